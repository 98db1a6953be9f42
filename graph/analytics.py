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

import random
import uuid
from collections.abc import Callable, Iterable, Mapping

import networkx as nx
from neo4j import Driver

from graph.console import run_query
from graph.ids import label_of
from graph.queries import GraphReader, Subgraph

MEASURES = ("degree", "betweenness", "pagerank")


# ---- loaders ---------------------------------------------------------------------

WHOLE = """
MATCH (n)
WHERE NOT n:Meta AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
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


#: Sources sampled for approximate betweenness (networkx's ``k``): about a
#: second on the 10,000-article benchmark graph, against a minute for exact.
SAMPLE_SOURCES = 100
#: Sources per step of the betweenness computation (one progress report each).
STEP = 25


def betweenness(graph: nx.Graph, sample: int | None = SAMPLE_SOURCES, seed: int = 42, weight: str | None = None,
                progress: Callable[[float], None] | None = None) -> dict[str, float]:
    """Normalized betweenness centrality, exact or estimated from ``sample``
    source nodes drawn with ``seed`` (Brandes' sampling: the same estimate
    networkx's ``k`` gives, scaled by n/k). Computed in steps of :data:`STEP`
    sources so that ``progress`` (a fraction done, 0..1) can be shown.

    Parameters
    ----------
    graph : networkx.Graph (undirected, simple)
    sample : int or None
        How many sources to sample; ``None`` (or a number >= the node count)
        for the exact measure.
    weight : str or None
        Edge attribute used as a distance.

    Examples
    --------
    >>> round(betweenness(nx.path_graph(3), sample=None)[1], 2)
    1.0
    """
    nodes = list(graph)
    n = len(nodes)
    if n < 3:
        return {v: 0.0 for v in nodes}
    sources = nodes if sample is None or sample >= n else random.Random(seed).sample(nodes, sample)
    raw = dict.fromkeys(nodes, 0.0)
    for start in range(0, len(sources), STEP):
        part = nx.betweenness_centrality_subset(graph, sources=sources[start:start + STEP], targets=nodes,
                                                normalized=False, weight=weight)
        for v, x in part.items():
            raw[v] += x
        if progress:
            progress(min(1.0, (start + STEP) / len(sources)))
    # the subset sums are halved for undirected graphs; networkx normalizes by (n-1)(n-2)
    scale = 2.0 / ((n - 1) * (n - 2)) * (n / len(sources))
    return {v: x * scale for v, x in raw.items()}


def centralities(graph: nx.Graph, weighted: bool = False, sample: int | None = SAMPLE_SOURCES,
                 progress: Callable[[float], None] | None = None) -> dict[str, dict[str, float]]:
    """Degree, betweenness and PageRank centrality of every node.

    Parameters
    ----------
    graph : networkx graph
        Any graph; it is first reduced with :func:`simple`.
    weighted : bool
        Use edge ``weight`` (number of supporting articles) in PageRank and
        betweenness (as a strength: distance = 1/weight).
    sample : int or None
        Betweenness from this many sampled sources (seeded, so the same graph
        gives the same numbers); ``None`` for the exact measure, which takes
        about a minute on a graph of 2,000 nodes and 16,000 relationships.
    progress : callable or None
        Called with the fraction of the betweenness computation done.

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
    Brandes, U. and Pich, C. (2007). Centrality estimation in large networks.
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
        "betweenness": betweenness(g, sample=sample, weight="distance" if weighted else None, progress=progress),
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


def top(measure: dict[str, float], graph: nx.Graph | Mapping[str, dict], k: int = 10,
        labels: Iterable[str] | None = None) -> list[dict]:
    """The ``k`` highest nodes of one measure (optionally only some labels).
    ``graph`` is a networkx graph or just its ``{node: {"name", "label"}}``
    (what :func:`stored_measures` gives back)."""
    info = graph.nodes if isinstance(graph, nx.Graph) else graph
    wanted = set(labels or [])
    rows = [
        {"id": node, "name": info[node].get("name", node), "label": info[node].get("label"), "value": value}
        for node, value in measure.items()
        if not wanted or info[node].get("label") in wanted
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
                   database: str | None = None, prefix: str = "", extra: dict | None = None) -> int:
    """Store the measures on the nodes as properties ``<prefix>degree``,
    ``<prefix>betweenness``, ``<prefix>pagerank`` and ``<prefix>community``
    (plus the ``extra`` properties on every node), so researchers can use
    them in Cypher. Returns the number of nodes updated."""
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
            by_label.setdefault(label, []).append({"id": node, "props": {**p, **(extra or {})}})
    for label, rows in by_label.items():
        for start in range(0, len(rows), 5000):
            driver.execute_query(WRITE.format(label=label), rows=rows[start:start + 5000], database_=database)
    return sum(len(rows) for rows in by_label.values())


# ---- results kept in Neo4j, per state of the graph ------------------------------------

REMEMBER = """
MERGE (m:Meta {id: 'analytics'})
SET m.graph_version = $stamp, m.key = $key, m.run = $run, m.nodes = $nodes, m.edges = $edges,
    m.stored_at = datetime()
"""
RECALL_META = "MATCH (m:Meta {id: 'analytics'}) RETURN m.graph_version AS stamp, m.key AS key, m.run AS run, " \
              "m.nodes AS nodes, m.edges AS edges"
RECALL = """
MATCH (n) WHERE n.measures_run = $run
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.degree AS degree, n.betweenness AS betweenness,
       n.pagerank AS pagerank, n.community AS community
"""


def remember(driver: Driver, stamp: str, key: str, measures: dict[str, dict[str, float]], groups: dict[str, int],
             nodes: int, edges: int, database: str | None = None) -> int:
    """Write whole-graph results back to Neo4j for later opens: the measures
    on the nodes (as :func:`write_measures`, tagged with a run id) and a
    ``(:Meta {id: 'analytics'})`` node saying which graph version and which
    parameters (``key``) they were computed for. Not a graph change: the
    version counter stays as it is."""
    run = uuid.uuid4().hex
    count = write_measures(driver, measures, groups, database, extra={"measures_run": run})
    driver.execute_query(REMEMBER, stamp=stamp, key=key, run=run, nodes=nodes, edges=edges, database_=database)
    return count


def recall(driver: Driver, stamp: str, key: str, database: str | None = None) -> dict | None:
    """The results :func:`remember` stored for this graph version and key,
    or None: ``{"nodes": {id: {"name", "label"}}, "measures", "groups",
    "n_nodes", "n_edges"}``."""
    meta, _, _ = driver.execute_query(RECALL_META, database_=database, routing_="r")
    if not meta or meta[0]["stamp"] != stamp or meta[0]["key"] != key:
        return None
    records, _, _ = driver.execute_query(RECALL, run=meta[0]["run"], database_=database, routing_="r")
    nodes = {r["id"]: {"name": r["name"] or r["id"], "label": r["label"]} for r in records}
    measures = {m: {r["id"]: r[m] for r in records if r[m] is not None} for m in MEASURES}
    groups = {r["id"]: r["community"] for r in records if r["community"] is not None}
    return {"nodes": nodes, "measures": measures, "groups": groups, "n_nodes": meta[0]["nodes"],
            "n_edges": meta[0]["edges"]}
