"""Network analytics over the trade graph with networkx.

Two kinds of functions live here:

* loaders that build a ``networkx`` graph from Neo4j: the whole graph (or
  some labels of it), the result of a Cypher query, the explorer's current
  view, or the co-occurrence network of people named in the same articles;
* pure functions over a networkx graph that return numbers: centrality
  measures and communities. They know nothing of Neo4j and are tested on
  small hand-made graphs.

``write_measures`` puts computed measures back on the nodes in Neo4j (the
only write here, done on request) so researchers can use them in Cypher.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from neo4j import Driver

from graph.console import run_query
from graph.ids import label_of
from graph.queries import GraphReader, Subgraph

MEASURES = ("degree", "betweenness", "pagerank")


# ---- loaders ---------------------------------------------------------------------

WHOLE = """
MATCH (n)
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
WITH collect(n) AS nodes
UNWIND nodes AS n
OPTIONAL MATCH (n)-[r]->(m)
WHERE m IN nodes
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {target: m.id, type: type(r), weight: coalesce(r.weight, 1)} END)
         AS out
"""


def load_graph(reader: GraphReader, labels: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The graph in Neo4j (restricted to ``labels`` when given) as a networkx
    ``MultiDiGraph``; node attributes ``label`` and ``name``, edge attributes
    ``type`` and ``weight`` (the number of supporting articles)."""
    graph = nx.MultiDiGraph()
    for row in reader.rows(WHOLE, labels=list(labels or [])):
        graph.add_node(row["id"], label=row["label"], name=row["name"] or row["id"])
        for edge in row["out"]:
            if edge:
                graph.add_edge(row["id"], edge["target"], key=edge["type"], type=edge["type"],
                               weight=edge["weight"])
    return graph


def from_subgraph(view: Subgraph) -> nx.MultiDiGraph:
    """A drawn view (``graph.queries.Subgraph``) as a networkx graph."""
    graph = nx.MultiDiGraph()
    for node in view.nodes.values():
        graph.add_node(node["id"], label=node.get("label"), name=node.get("name"))
    for edge in view.edges.values():
        if edge["source"] in graph and edge["target"] in graph:
            graph.add_edge(edge["source"], edge["target"], key=edge["type"], type=edge["type"],
                           weight=edge.get("weight") or 1)
    return graph


def from_query(driver: Driver, cypher: str, params: dict | None = None, database: str | None = None,
               timeout: float = 30.0, row_cap: int = 100_000) -> nx.MultiDiGraph:
    """The nodes, relationships and paths a read-only query returns."""
    result = run_query(driver, cypher, params, timeout=timeout, row_cap=row_cap, database=database)
    if not result.ok:
        raise ValueError(result.error)
    return from_subgraph(result.graph)


COOCCURRENCE = """
MATCH (p1:Person)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(p2:Person)
WHERE p1.id < p2.id
WITH p1, p2, count(DISTINCT a) AS weight
WHERE weight >= $threshold
RETURN p1.id AS a, p1.name AS a_name, p2.id AS b, p2.name AS b_name, weight
"""


def cooccurrence(reader: GraphReader, threshold: int = 1) -> nx.Graph:
    """People linked when named in the same articles, ``weight`` = how many
    articles; pairs below ``threshold`` are left out."""
    graph = nx.Graph()
    for row in reader.rows(COOCCURRENCE, threshold=int(threshold)):
        graph.add_node(row["a"], label="Person", name=row["a_name"])
        graph.add_node(row["b"], label="Person", name=row["b_name"])
        graph.add_edge(row["a"], row["b"], weight=row["weight"])
    return graph


# ---- measures (pure) ----------------------------------------------------------------

def simple(graph: nx.Graph) -> nx.Graph:
    """Undirected simple graph with summed edge weights, for the measures.

    Parameters
    ----------
    graph : networkx graph (directed or multi edges allowed)

    Returns
    -------
    networkx.Graph
        Same nodes and attributes; parallel edges merged with their ``weight``
        (default 1) added up; self-loops dropped.
    """
    out = nx.Graph()
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        w = data.get("weight", 1) or 1
        if out.has_edge(u, v):
            out[u][v]["weight"] += w
        else:
            out.add_edge(u, v, weight=w)
    return out


def centralities(graph: nx.Graph, weighted: bool = False) -> dict[str, dict[str, float]]:
    """Degree, betweenness and PageRank centrality of every node.

    Parameters
    ----------
    graph : networkx graph
        Any graph; it is first reduced with :func:`simple`.
    weighted : bool
        Use edge ``weight`` (number of supporting articles) in PageRank and
        betweenness (as a strength: distance = 1/weight).

    Returns
    -------
    dict
        ``{"degree": {node: value}, "betweenness": {...}, "pagerank": {...}}``;
        degree centrality is the fraction of other nodes a node is linked to,
        betweenness the normalized share of shortest paths through it,
        PageRank sums to 1.

    Examples
    --------
    >>> star = nx.star_graph(3)
    >>> round(centralities(star)["degree"][0], 2)
    1.0

    References
    ----------
    Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
    Brin, S. and Page, L. (1998). The anatomy of a large-scale hypertextual web search engine.
    """
    g = simple(graph)
    if g.number_of_nodes() == 0:
        return {m: {} for m in MEASURES}
    if weighted:
        for _, _, data in g.edges(data=True):
            data["distance"] = 1.0 / data["weight"]
    return {
        "degree": nx.degree_centrality(g),
        "betweenness": nx.betweenness_centrality(g, weight="distance" if weighted else None, normalized=True),
        "pagerank": nx.pagerank(g, weight="weight" if weighted else None),
    }


def communities(graph: nx.Graph, seed: int = 42, resolution: float = 1.0) -> dict[str, int]:
    """Louvain communities: ``{node: community number}``, largest community 0.

    Parameters
    ----------
    graph : networkx graph
    seed : int
        Louvain is randomized; a fixed seed gives the same answer every time.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.

    Examples
    --------
    >>> two = nx.disjoint_union(nx.complete_graph(3), nx.complete_graph(3))
    >>> sorted(set(communities(two).values()))
    [0, 1]

    References
    ----------
    Blondel, V. D. et al. (2008). Fast unfolding of communities in large networks.
    """
    g = simple(graph)
    if g.number_of_nodes() == 0:
        return {}
    found = nx.community.louvain_communities(g, weight="weight", seed=seed, resolution=resolution)
    ordered = sorted(found, key=lambda c: (-len(c), min(map(str, c))))
    return {node: n for n, members in enumerate(ordered) for node in members}


def top(measure: dict[str, float], graph: nx.Graph, k: int = 10, labels: Iterable[str] | None = None) -> list[dict]:
    """The ``k`` highest nodes of one measure (optionally only some labels)."""
    wanted = set(labels or [])
    rows = [
        {"id": node, "name": graph.nodes[node].get("name", node), "label": graph.nodes[node].get("label"),
         "value": value}
        for node, value in measure.items()
        if not wanted or graph.nodes[node].get("label") in wanted
    ]
    rows.sort(key=lambda r: (-r["value"], str(r["name"])))
    return rows[:k]


# ---- writing back -------------------------------------------------------------------

WRITE = """
UNWIND $rows AS row
MATCH (n:{label} {{id: row.id}})
SET n += row.props
"""


def write_measures(driver: Driver, measures: dict[str, dict[str, float]], groups: dict[str, int] | None = None,
                   database: str | None = None, prefix: str = "") -> int:
    """Store the measures on the nodes as properties ``<prefix>degree``,
    ``<prefix>betweenness``, ``<prefix>pagerank`` and ``<prefix>community``.
    Returns the number of nodes updated."""
    props: dict[str, dict] = {}
    for name, values in measures.items():
        for node, value in values.items():
            props.setdefault(node, {})[f"{prefix}{name}"] = float(value)
    for node, group in (groups or {}).items():
        props.setdefault(node, {})[f"{prefix}community"] = int(group)
    by_label: dict[str, list[dict]] = {}
    for node, p in props.items():
        label = label_of(node)
        if label is not None:
            by_label.setdefault(label, []).append({"id": node, "props": p})
    for label, rows in by_label.items():
        for start in range(0, len(rows), 5000):
            driver.execute_query(WRITE.format(label=label), rows=rows[start:start + 5000], database_=database)
    return sum(len(rows) for rows in by_label.values())
