"""Read queries: what the explorer asks of the graph.

Each function takes a ``GraphReader`` and plain values and returns plain
Python data (dicts and lists), so the app stays a thin layer and the queries
are tested without a UI. All user input travels as query parameters; the few
variable parts of the Cypher text (path lengths) are chosen from fixed
literals in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from neo4j import Driver, RoutingControl

from graph.ids import label_of
from graph.schema import labels as schema_labels
from graph.schema import relationship_ends

#: Nodes drawn at most in one view; bigger neighbourhoods are cut with a notice.
DEFAULT_NODE_CAP = 300
#: At depth 2 the view expands through these (actors, their posts and the
#: events between them); issue, country, article and quote hubs are drawn but
#: not expanded unless picked as the centre (a "Tariffs" hub would otherwise
#: bring in everyone who ever mentioned tariffs).
EXPANDED_AT_DEPTH_2 = frozenset({"Person", "Organization", "Role", "Event"})
#: Node labels, from graph/schema.yaml (the one list of them).
LABELS = tuple(schema_labels())
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


@dataclass
class GraphReader:
    """Read access to the graph for the explorer and the analytics: every query is routed as a read."""

    driver: Driver
    database: str | None = None

    def rows(self, cypher: str, **params) -> list[dict]:
        """The records of a read query as dicts (parameters passed as parameters, never pasted)."""
        records, _, _ = self.driver.execute_query(cypher, params, database_=self.database,
                                                  routing_=RoutingControl.READ)
        return [r.data() for r in records]

    def values(self, cypher: str, **params) -> list[list]:
        """Rows as plain lists: cheaper than dicts for large results."""
        records, _, _ = self.driver.execute_query(cypher, params, database_=self.database,
                                                  routing_=RoutingControl.READ)
        return [r.values() for r in records]


@dataclass
class Subgraph:
    """Nodes and relationships for drawing, with a notice when capped."""

    nodes: dict[str, dict] = field(default_factory=dict)  # id -> {id, name, label, ...}
    edges: dict[str, dict] = field(default_factory=dict)  # element id -> {source, target, type, ...}
    truncated: bool = False
    total_nodes: int | None = None
    element_ids: dict[str, str] = field(default_factory=dict)  # Neo4j element id -> node id (console results)
    total_is_lower_bound: bool = False

    def add_node(self, node: dict) -> None:
        """Add a node unless one with its id is there already."""
        self.nodes.setdefault(node["id"], node)

    def add_edge(self, edge: dict) -> None:
        """Add an edge unless one with its key is there already."""
        self.edges.setdefault(edge["key"], edge)

    def merge(self, other: "Subgraph") -> None:
        """Add another subgraph's nodes and edges; the result is truncated if either was."""
        for node in other.nodes.values():
            self.add_node(node)
        for edge in other.edges.values():
            self.add_edge(edge)
        self.truncated = self.truncated or other.truncated


# ---- search -------------------------------------------------------------------

def lucene_query(text: str) -> str:
    """A safe full-text query for what a user typed: special characters
    escaped, each word matched as a prefix ("lutn" finds "Lutnick")."""
    words = [w for w in _LUCENE_SPECIAL.sub(" ", text).split() if w]
    if not words:
        return ""
    return " AND ".join(f"{w}*" if len(w) > 1 else w for w in words)


SEARCH = """
CALL db.index.fulltext.queryNodes('names', $query) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node.id AS id, node.name AS name, labels(node)[0] AS label, node.aliases AS aliases, score
ORDER BY score DESC, name
LIMIT $limit
"""


def search(reader: GraphReader, text: str, labels: list[str] | None = None, limit: int = 20) -> list[dict]:
    """Nodes whose name or alias matches ``text`` (people, organizations,
    issues, roles, countries), best first."""
    query = lucene_query(text.replace("\x00", ""))
    if not query:
        return []
    return reader.rows(SEARCH, query=query, labels=list(labels or []), limit=int(limit))


# ---- nodes and neighbourhoods ------------------------------------------------------

NODE = """
MATCH (n:{label} {{id: $id}})
RETURN n {{.*, label: labels(n)[0], text: null}} AS node
"""


def node(reader: GraphReader, node_id: str) -> dict | None:
    """One node's properties by id (looked up through its label's index), or None."""
    label = label_of(node_id)
    if label is None:
        return None
    rows = reader.rows(NODE.format(label=label), id=node_id)
    return rows[0]["node"] if rows else None


#: A HOLDS held on $as_of (see HOLDS since/until in docs/SCHEMA.md): dated
#: evidence of holding on or before it, and no end on or before it.
AS_OF_HOLDS = "(h.since <= $as_of AND (h.until IS NULL OR h.until > $as_of))"

_NODE_FILTER = """
    ($labels IS NULL OR any(l IN labels(x) WHERE l IN $labels))
    AND ($issue IS NULL OR NOT (x:Person OR x:Organization)
         OR EXISTS { (x)-[:ENGAGES_ON]->(:Issue {key: $issue}) })
    AND ($country IS NULL OR NOT (x:Person OR x:Organization)
         OR x.country = $country
         OR EXISTS { (x)-[:OF_COUNTRY]->(:Country {code: $country}) }
         OR EXISTS { (x)-[:HOLDS]->(:Role)-[:AT]->(:Organization)-[:OF_COUNTRY]->(:Country {code: $country}) }
         OR EXISTS { (x)-[:HOLDS]->(:Role)-[:OF_COUNTRY]->(:Country {code: $country}) })
    AND ($date_from IS NULL OR NOT x:Article OR x.published >= $date_from)
    AND ($date_to IS NULL OR NOT x:Article OR x.published <= $date_to)
    AND ($as_of IS NULL OR NOT x:Article OR x.published <= $as_of)
    AND ($as_of IS NULL OR NOT x:Event OR x.date IS NULL OR x.date <= $as_of)
"""
_REL_FILTER = """
    ($date_from IS NULL OR r.last_seen IS NULL OR r.last_seen >= $date_from)
    AND ($date_to IS NULL OR r.first_seen IS NULL OR r.first_seen <= $date_to)
    AND ($as_of IS NULL OR CASE WHEN type(r) = "HOLDS" THEN """ + AS_OF_HOLDS.replace("h.", "r.") + """
                                ELSE r.first_seen IS NULL OR r.first_seen <= $as_of END)
"""


# one flat row per relationship (the driver decodes flat values fastest)
_HOP_RETURN = """
RETURN elementId(x), elementId(r), type(r), startNode(r) = s, s.id, x.id, x.name, labels(x)[0], r.weight, r.current
"""
_FIRST_HOP = """
MATCH (s:__LABEL__ {id: $id})-[r__TYPES__]-(x)
WHERE """ + _NODE_FILTER + " AND " + _REL_FILTER + """
WITH s, r, x LIMIT $edge_limit
""" + _HOP_RETURN
# The second hop takes at most $per_source relationships from each first-hop
# node, so one hub (an issue thousands of people engage on) neither fills the
# view alone nor makes the query walk all of its relationships.
_NEXT_HOP = """
MATCH (s) WHERE elementId(s) IN $eids
CALL (s) {
  MATCH (s)-[r__TYPES__]-(x)
  WHERE x.id <> $id AND """ + _NODE_FILTER + " AND " + _REL_FILTER + """
  RETURN r, x LIMIT $per_source
}
""" + _HOP_RETURN
_COUNT_FIRST = """
MATCH (s:__LABEL__ {id: $id})-[r__TYPES__]-(x)
WHERE """ + _NODE_FILTER + " AND " + _REL_FILTER + """
WITH DISTINCT x LIMIT $count_limit
RETURN count(x) AS n
"""


def _types_between(labels: list[str] | None, centre: str) -> str:
    """The relationship types that can join shown nodes (``:HOLDS|AT|...``),
    so a hub is not expanded through relationships whose other end is
    filtered out anyway (an issue's thousands of MENTIONS when articles are
    hidden). Types come from the schema file, never from input."""
    if not labels:
        return ""
    shown = set(labels) | {centre}
    types = [t for t, (starts, ends) in relationship_ends().items()
             if (starts & shown and ends & set(labels)) or (ends & shown and starts & set(labels))]
    return ":" + "|".join(types) if types else ":__NONE__"


def _hop(query: str, label: str, types: str) -> str:
    return query.replace("__LABEL__", label).replace("__TYPES__", types)


def neighbourhood(
    reader: GraphReader,
    node_id: str,
    depth: int = 1,
    labels: list[str] | None = None,
    issue: str | None = None,
    country: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    node_cap: int = DEFAULT_NODE_CAP,
    as_of: str | None = None,
) -> Subgraph:
    """The node and its neighbours at ``depth`` 1 or 2, filtered by node
    label, issue, country and article dates, capped at ``node_cap`` nodes.
    ``as_of`` (ISO date) shows the graph as it stood then: posts held on
    that date, articles, events and other relationships from before it.
    The second hop goes out only from people, organizations, roles and
    events (``EXPANDED_AT_DEPTH_2``).

    The neighbourhood is expanded one hop at a time from the centre (found
    through its label's index), so a hub's second hop is bounded by the cap
    instead of enumerating every path."""
    if depth not in (1, 2):
        raise ValueError("depth must be 1 or 2")
    label = label_of(node_id)
    graph = Subgraph(total_nodes=0)
    centre = node(reader, node_id) if label else None
    if centre is None:
        return graph
    graph.add_node(_drawable(centre))
    allowed = [l for l in labels if l in LABELS] if labels else None
    params = {
        "id": node_id, "labels": allowed, "issue": issue or None,
        "country": country or None, "date_from": date_from or None, "date_to": date_to or None,
        "as_of": as_of or None, "edge_limit": node_cap * 4, "count_limit": node_cap * 3,
    }
    types = _types_between(allowed, label)
    first = reader.values(_hop(_FIRST_HOP, label, types), **params)
    total = reader.rows(_hop(_COUNT_FIRST, label, types), **params)[0]["n"]
    graph.total_is_lower_bound = total >= params["count_limit"]
    hop1 = _add_hop(graph, first, node_cap)
    through = {row[0] for row in first if row[7] in EXPANDED_AT_DEPTH_2}
    hop1 = [eid for eid in hop1 if eid in through]
    if depth == 2 and hop1:
        room = max(node_cap - len(graph.nodes), 0)
        per_source = max(4, (4 * room) // (3 * len(hop1)) + 1)
        second = reader.values(_hop(_NEXT_HOP, label, types), eids=hop1, per_source=per_source, **params)
        per_node: dict[str, int] = {}
        for row in second:
            per_node[row[4]] = per_node.get(row[4], 0) + 1
        before = len(graph.nodes)
        _add_hop(graph, second, node_cap)
        total += len(graph.nodes) - before
        if any(n >= per_source for n in per_node.values()):
            graph.truncated = True  # some first-hop nodes have more neighbours than were fetched
            graph.total_is_lower_bound = True
    graph.total_nodes = total
    if total + 1 > node_cap:
        graph.truncated = True
    if not labels or "Organization" in labels:
        _add_role_bodies(reader, graph, node_cap)
    return graph


def _add_hop(graph: Subgraph, rows: list[list], node_cap: int) -> list[str]:
    """Add a hop's rows (see _HOP_RETURN) within the cap; returns the element
    ids of the nodes added."""
    added: list[str] = []
    for eid, key, rel_type, outgoing, from_id, node_id, name, label, weight, current in rows:
        if node_id not in graph.nodes:
            if len(graph.nodes) >= node_cap:
                graph.truncated = True
                continue
            graph.add_node({"id": node_id, "name": name, "label": label})
            added.append(eid)
        source, target = (from_id, node_id) if outgoing else (node_id, from_id)
        edge = {"key": key, "type": rel_type, "source": source, "target": target, "weight": weight}
        if current is not None:
            edge["current"] = current
        graph.add_edge(edge)
    return added


ROLE_BODIES = """
UNWIND $roles AS rid
MATCH (r:Role {id: rid})-[a:AT]->(o:Organization)
RETURN elementId(a) AS key, r.id AS source, o {.id, .name, label: 'Organization'} AS target
"""


def _add_role_bodies(reader: GraphReader, graph: Subgraph, node_cap: int) -> None:
    """A role is drawn with the organization it belongs to, so a person's
    posts read as "title at body" even at depth 1."""
    roles = [nid for nid, n in graph.nodes.items() if n.get("label") == "Role"]
    if not roles:
        return
    for row in reader.rows(ROLE_BODIES, roles=roles):
        if row["target"]["id"] not in graph.nodes and len(graph.nodes) >= node_cap:
            graph.truncated = True
            continue
        graph.add_node(row["target"])
        graph.add_edge({"key": row["key"], "type": "AT", "source": row["source"], "target": row["target"]["id"]})


def _drawable(props: dict) -> dict:
    return {"id": props["id"], "name": props.get("name") or props.get("title") or props["id"],
            "label": props.get("label")}


# ---- details and evidence ------------------------------------------------------------

#: Relationships of one type fetched for the details panel (the panel shows
#: fewer; the Cypher console lists them all).
DETAILS_PER_TYPE = 50
# One branch per relationship type the label can have (from schema.yaml, never
# from input): the best supported first, then the latest articles, then by
# name. Per type, so a hub's thousands of MENTIONS cannot push its posts or
# quotes out of the panel.
_RELATIONS_BRANCH = """
  MATCH (n)-[r:__TYPE__]-(m)
  WITH r, m ORDER BY coalesce(r.weight, 0) DESC, coalesce(m.published, "") DESC, m.name, m.id LIMIT $limit
  RETURN r, m
"""


def _types_of(label: str) -> list[str]:
    return sorted(t for t, (starts, ends) in relationship_ends().items() if label in starts or label in ends)


def _relations_query(label: str) -> str:
    types = _types_of(label)
    if not types:
        return ""
    branches = "  UNION ALL".join(_RELATIONS_BRANCH.replace("__TYPE__", t) for t in types)
    totals = ", ".join(f"{t}: COUNT {{ (n)-[:{t}]-() }}" for t in types)
    return (f"MATCH (n:{label} {{id: $id}})\nWITH n, {{{totals}}} AS totals\nCALL (n) {{{branches}}}\n"
            "RETURN type(r) AS type, startNode(r) = n AS outgoing, m {.id, .name, label: labels(m)[0]} AS other, "
            "r {.*} AS props, totals")


ARTICLES = """
UNWIND $ids AS aid
MATCH (a:Article {id: aid})
RETURN a.id AS id, a.title AS title, a.published AS published, a.source_url AS source_url, a.source_id AS source_id
"""


def articles(reader: GraphReader, ids: list[str]) -> dict[str, dict]:
    """Title, date and source of the given articles, by id, to show beside evidence."""
    return {row["id"]: row for row in reader.rows(ARTICLES, ids=list(ids))}


def evidence_of(props: dict, sources: dict[str, dict], limit: int = 5) -> list[dict]:
    """The evidence sentences of one relationship with their articles."""
    out = []
    ids = props.get("evidence_articles") or []
    sentences = props.get("evidence") or []
    for i, aid in enumerate(ids[:limit]):
        source = sources.get(aid, {"id": aid})
        out.append({"sentence": sentences[i] if i < len(sentences) else "", "article": source})
    return out


def details(reader: GraphReader, node_id: str, limit: int = DETAILS_PER_TYPE) -> dict | None:
    """Everything the details panel shows for one node: its properties, and
    for each relationship type its number (``totals``) and the ``limit``
    best-supported relationships with the evidence behind them."""
    centre = node(reader, node_id)
    if centre is None:
        return None
    query = _relations_query(label_of(node_id))
    relations = reader.rows(query, id=node_id, limit=int(limit)) if query else []
    totals = {t: n for t, n in (relations[0]["totals"] if relations else {}).items() if n}
    article_ids = {aid for rel in relations for aid in (rel["props"].get("evidence_articles") or [])[:5]}
    sources = articles(reader, sorted(article_ids))
    grouped: dict[str, list[dict]] = {}
    for rel in relations:
        item = {
            "other": rel["other"], "outgoing": rel["outgoing"],
            "current": rel["props"].get("current"), "weight": rel["props"].get("weight"),
            "evidence": evidence_of(rel["props"], sources),
        }
        grouped.setdefault(rel["type"], []).append(item)
    result = {"node": centre, "relations": grouped, "totals": totals}
    if centre.get("label") == "Person":
        result.update(person_profile(reader, node_id))
    return result


PROFILE = """
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[h:HOLDS]->(r:Role)
  OPTIONAL MATCH (r)-[:AT]->(o:Organization)
  OPTIONAL MATCH (r)-[:OF_COUNTRY]->(rc:Country)
  WITH h, r, o, rc WHERE r IS NOT NULL
  RETURN collect({title: r.title, role: r.id, organization: o.name, organization_id: o.id,
                  country: coalesce(rc.name, r.country), current: h.current, as_of: h.as_of,
                  since: h.since, until: h.until,
                  evidence: h.evidence[0], article: h.evidence_articles[0]}) AS roles
}
CALL (p) {
  OPTIONAL MATCH (p)-[:SAID]->(q:Quote)-[:IN]->(a:Article)
  WITH q, a WHERE q IS NOT NULL
  ORDER BY coalesce(a.published, '') DESC, q.text DESC LIMIT $quote_limit
  OPTIONAL MATCH (q)-[:ABOUT]->(i:Issue)
  WITH q, a, collect(i.name) AS issues
  RETURN collect({text: q.text, article: a.id, title: a.title, published: a.published,
                  source_url: a.source_url, issues: issues}) AS quotes
}
CALL (p) {
  OPTIONAL MATCH (p)-[e:ENGAGES_ON]->(i:Issue)
  WITH i, e WHERE i IS NOT NULL
  RETURN collect({issue: i.name, key: i.key, id: i.id, weight: e.weight}) AS issues
}
RETURN roles, quotes, issues, COUNT { (p)-[:SAID]->(:Quote) } AS quote_count
"""


def person_profile(reader: GraphReader, person_id: str, quote_limit: int = 50) -> dict:
    """Roles, the latest ``quote_limit`` quotes (``quote_count`` says how many
    there are: a busy person has thousands, and fetching them all made the
    details panel take seconds) and issues of a person."""
    rows = reader.rows(PROFILE, id=person_id, quote_limit=quote_limit)
    if not rows:
        return {"roles": [], "quotes": [], "issues": [], "quote_count": 0}
    row = rows[0]
    roles = sorted(row["roles"], key=lambda r: (not r["current"], r["title"] or ""))
    sources = articles(reader, sorted({r["article"] for r in roles if r.get("article")}))
    for role in roles:
        role["source"] = sources.get(role.get("article"))
    quotes = sorted(row["quotes"], key=lambda q: (q["published"] or "", q["text"]), reverse=True)
    issues = sorted(row["issues"], key=lambda i: -(i["weight"] or 0))
    return {"roles": roles, "quotes": quotes, "issues": issues, "quote_count": row["quote_count"]}


def article_text(reader: GraphReader, article_id: str) -> dict | None:
    """An article's stored properties with its full text, for evidence in context; None if unknown."""
    rows = reader.rows("MATCH (a:Article {id: $id}) RETURN a {.*} AS article", id=article_id)
    return rows[0]["article"] if rows else None


# ---- paths ---------------------------------------------------------------------

def _paths_query(max_hops: int, label_a: str, label_b: str) -> str:
    return f"""
MATCH (a:{label_a} {{id: $a}}), (b:{label_b} {{id: $b}})
MATCH p = allShortestPaths((a)-[*..{max_hops}]-(b))
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n {{.id, .name, label: labels(n)[0]}}] AS nodes,
       [r IN relationships(p) | {{key: elementId(r), type: type(r), source: startNode(r).id,
                                 target: endNode(r).id, evidence: r.evidence[0], article: r.evidence_articles[0]}}] AS rels
"""


def shortest_paths(reader: GraphReader, a: str, b: str, max_hops: int = 6, limit: int = 10) -> list[dict]:
    """The shortest connections between two nodes (all of equal length, up
    to ``limit``), each as its nodes and relationships in order."""
    label_a, label_b = label_of(a), label_of(b)
    if a == b or label_a is None or label_b is None:
        return []
    hops = min(max(int(max_hops), 1), 8)
    return reader.rows(_paths_query(hops, label_a, label_b), a=a, b=b, limit=int(limit))


def paths_subgraph(paths: list[dict]) -> Subgraph:
    """The nodes and relationships of the given paths as one subgraph to draw."""
    graph = Subgraph()
    for path in paths:
        for n in path["nodes"]:
            graph.add_node(n)
        for r in path["rels"]:
            graph.add_edge({"key": r["key"], "type": r["type"], "source": r["source"], "target": r["target"]})
    return graph


# ---- issues --------------------------------------------------------------------

ISSUES = """
MATCH (i:Issue)
OPTIONAL MATCH (i)<-[m:MENTIONS]-(:Article)
RETURN i.id AS id, i.key AS key, i.name AS name, count(m) AS articles
ORDER BY articles DESC, name
"""


def issues(reader: GraphReader) -> list[dict]:
    """Every issue in the graph with how many articles mention it, most mentioned first."""
    return reader.rows(ISSUES)


ISSUE_ACTORS = """
MATCH (i:Issue {key: $key})<-[e:ENGAGES_ON]-(x)
WHERE $as_of IS NULL OR e.first_seen IS NULL OR e.first_seen <= $as_of
WITH i, e, x ORDER BY e.weight DESC, x.name LIMIT $limit
OPTIONAL MATCH (x)-[h:HOLDS]->(:Role)-[:AT]->(o:Organization)
WHERE $as_of IS NULL OR """ + AS_OF_HOLDS + """
WITH i, e, x, h, o ORDER BY h.current DESC
WITH i, e, x, [b IN collect(o) WHERE b IS NOT NULL] AS orgs
WITH i, e, x, CASE WHEN x:Organization THEN [x] ELSE orgs END AS bodies
WITH i, e, x, bodies,
     [b IN bodies | COLLECT { MATCH (b)-[:OF_COUNTRY]->(c:Country) RETURN c.name }] AS body_countries
WITH i, e, x, bodies,
     coalesce(head(reduce(acc = [], l IN body_countries | acc + l)),
              COLLECT { MATCH (x)-[:HOLDS]->(:Role)-[:OF_COUNTRY]->(c:Country) RETURN c.name }[0],
              CASE WHEN x.country IS NOT NULL THEN COLLECT { MATCH (c:Country {code: x.country}) RETURN c.name }[0] END,
              "Unknown") AS country
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label, country,
       [b IN bodies | b.name] AS organizations, e.weight AS weight, e.evidence[0] AS evidence,
       e.evidence_articles[0] AS evidence_article,
       COLLECT { MATCH (x)-[:SAID]->(q:Quote)-[:ABOUT]->(i)
                 MATCH (q)-[:IN]->(a:Article)
                 WHERE $as_of IS NULL OR a.published <= $as_of
                 RETURN {text: q.text, title: a.title, published: a.published, source_url: a.source_url,
                         article: a.id} AS quote
                 LIMIT 4 } AS quotes
ORDER BY country, weight DESC, name
"""


def issue_view(reader: GraphReader, key: str, limit: int = 100, as_of: str | None = None) -> dict:
    """Who engages on one issue (the ``limit`` most engaged), grouped by
    country and organization, with their quotes on it; ``as_of`` (ISO
    date): as it stood then (engagements and quotes from before it, people
    grouped by the posts they held on that date)."""
    rows = reader.rows(ISSUE_ACTORS, key=key, limit=int(limit), as_of=as_of or None)
    sources = articles(reader, sorted({r["evidence_article"] for r in rows if r.get("evidence_article")}))
    for row in rows:
        row["evidence_source"] = sources.get(row.get("evidence_article"))
    total = reader.rows("MATCH (i:Issue {key: $key}) RETURN COUNT { (i)<-[:ENGAGES_ON]-() } AS n", key=key)
    total = total[0]["n"] if total else 0
    by_country: dict[str, dict[str, list[dict]]] = {}
    for row in rows:
        group = (row["organizations"] or ["(no organization)"])[0] if row["label"] == "Person" else row["name"]
        by_country.setdefault(row["country"], {}).setdefault(group, []).append(row)
    return {"key": key, "actors": rows, "by_country": by_country, "total": total, "limit": limit}


# ---- overview --------------------------------------------------------------------

def label_counts(reader: GraphReader) -> dict[str, int]:
    """How many nodes of each label the graph holds (the start page's summary; not the Meta bookkeeping)."""
    rows = reader.rows("MATCH (n) WHERE NOT n:Meta RETURN labels(n)[0] AS label, count(*) AS n")
    return {r["label"]: r["n"] for r in rows}


def countries(reader: GraphReader) -> list[dict]:
    """The countries in the graph by name, for the explorer's country filter."""
    return reader.rows("MATCH (c:Country) RETURN c.code AS code, c.name AS name ORDER BY name")


# ---- landing view ------------------------------------------------------------------

TOP_ACTORS = """
MATCH (x) WHERE x:Person OR x:Organization
WITH x, COUNT { (x)--() } AS degree
ORDER BY degree DESC, x.name
LIMIT $limit
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label, degree
"""
TOP_ACTOR_LINKS = """
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[h:HOLDS]->(r:Role)-[a:AT]->(o:Organization)
WHERE o.id IN $ids
RETURN elementId(h) AS held, p.id AS person, r.id AS role, r.name AS title, elementId(a) AS at, o.id AS organization,
       h.current AS current
LIMIT $link_limit
"""
TOP_ACTOR_ISSUES = """
UNWIND $ids AS xid
MATCH (x {id: xid})-[e:ENGAGES_ON]->(i:Issue)
WHERE x:Person OR x:Organization
RETURN elementId(e) AS key, x.id AS actor, i.id AS issue, i.name AS name, e.weight AS weight
ORDER BY e.weight DESC
LIMIT $link_limit
"""


def most_connected(reader: GraphReader, limit: int = 25, link_limit: int = 120) -> Subgraph:
    """The ``limit`` people and organizations with the most relationships,
    drawn with what joins them: the posts linking a person to an
    organization among them, and the issues they engage on. The landing
    view's picture of who matters in the graph."""
    graph = Subgraph()
    actors = reader.rows(TOP_ACTORS, limit=int(limit))
    for row in actors:
        graph.add_node({"id": row["id"], "name": row["name"], "label": row["label"], "degree": row["degree"]})
    ids = [row["id"] for row in actors]
    if not ids:
        return graph
    for row in reader.rows(TOP_ACTOR_LINKS, ids=ids, link_limit=int(link_limit)):
        graph.add_node({"id": row["role"], "name": row["title"], "label": "Role"})
        graph.add_edge({"key": row["held"], "type": "HOLDS", "source": row["person"], "target": row["role"],
                        "current": row["current"]})
        graph.add_edge({"key": row["at"], "type": "AT", "source": row["role"], "target": row["organization"]})
    for row in reader.rows(TOP_ACTOR_ISSUES, ids=ids, link_limit=int(link_limit)):
        graph.add_node({"id": row["issue"], "name": row["name"], "label": "Issue"})
        graph.add_edge({"key": row["key"], "type": "ENGAGES_ON", "source": row["actor"], "target": row["issue"],
                        "weight": row["weight"]})
    return graph


LATEST_ARTICLES = """
MATCH (a:Article)
WITH a ORDER BY coalesce(a.published, '') DESC, a.ingested_at DESC, a.title
LIMIT $limit
RETURN a.id AS id, a.title AS title, a.published AS published, a.source_url AS source_url,
       a.source_id AS source_id, a.author AS author,
       COUNT { (a)-[:MENTIONS]->(:Person) } AS people,
       COUNT { (a)-[:MENTIONS]->(:Organization) } AS organizations
"""


def latest_articles(reader: GraphReader, limit: int = 10) -> list[dict]:
    """The most recently published articles (undated ones last), with how
    many people and organizations each names."""
    return reader.rows(LATEST_ARTICLES, limit=int(limit))


ARTICLES_BY_MONTH = """
MATCH (a:Article)
WITH CASE WHEN a.published IS NULL OR a.published = '' THEN null ELSE substring(a.published, 0, 7) END AS month
RETURN month, count(*) AS articles
ORDER BY month
"""


def articles_over_time(reader: GraphReader) -> dict:
    """Articles per publication month (``YYYY-MM``, oldest first), and how
    many have no date."""
    rows = reader.rows(ARTICLES_BY_MONTH)
    return {"months": [{"month": r["month"], "articles": r["articles"]} for r in rows if r["month"]],
            "undated": sum(r["articles"] for r in rows if not r["month"])}


def overview(reader: GraphReader) -> dict:
    """The graph's size: nodes per label and the number of relationships."""
    relationships = reader.rows("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    return {"nodes": label_counts(reader), "relationships": relationships}


LATEST_EVENTS = """
MATCH (e:Event)
WITH e ORDER BY coalesce(e.date, e.published, '') DESC
LIMIT $limit
RETURN e {.*, label: 'Event'} AS event
"""


def latest_events(reader: GraphReader, limit: int = 10) -> list[dict]:
    """Hook for events (who met whom): the latest ``Event`` nodes once the
    extractor produces them; an empty list while the graph has none (the
    landing view then shows no events section)."""
    labels = {r["label"] for r in reader.rows("CALL db.labels() YIELD label RETURN label")}
    if "Event" not in labels:
        return []
    return [r["event"] for r in reader.rows(LATEST_EVENTS, limit=int(limit))]


# ---- events (who met whom) ---------------------------------------------------------------

_EVENT_FILTER = """
MATCH (e:Event)
WHERE ($date_from IS NULL OR coalesce(e.date_end, e.date) >= $date_from)
  AND ($date_to IS NULL OR e.date <= $date_to)
  AND ($side_a IS NULL OR $side_a IN e.sides) AND ($side_b IS NULL OR $side_b IN e.sides)
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:ATTENDED]->(e) })
  AND ($issue IS NULL OR EXISTS { (e)-[:ON]->(:Issue {key: $issue}) })
"""
EVENTS = _EVENT_FILTER + """
WITH e ORDER BY coalesce(e.date, '9999'), e.id LIMIT $limit
RETURN e {.*} AS event,
       COLLECT { MATCH (p:Person)-[x:ATTENDED]->(e)
                 RETURN {id: p.id, name: p.name, side: x.side} AS p ORDER BY coalesce(x.side, '~'), p.name } AS people,
       COLLECT { MATCH (e)-[:ON]->(i:Issue) RETURN {key: i.key, name: i.name} AS i ORDER BY i.name } AS issues,
       COLLECT { MATCH (a:Article)-[r:REPORTS]->(e)
                 RETURN {id: a.id, title: a.title, source_id: a.source_id, published: a.published,
                         source_url: a.source_url, evidence: r.evidence} AS a ORDER BY a.id } AS reports
"""
EVENT_CHOICES = """
MATCH (e:Event)
RETURN COLLECT { UNWIND e.sides AS s RETURN DISTINCT s } AS sides, e.kind AS kind,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(e) RETURN {id: p.id, name: p.name} } AS people,
       COLLECT { MATCH (e)-[:ON]->(i:Issue) RETURN {key: i.key, name: i.name} } AS issues
"""
MET_NETWORK = _EVENT_FILTER + """
WITH collect(e.id) AS ids
MATCH (p:Person)-[m:MET]->(q:Person)
WHERE any(x IN m.events WHERE x IN ids)
RETURN elementId(m) AS key, p.id AS a, p.name AS a_name, q.id AS b, q.name AS b_name,
       size([x IN m.events WHERE x IN ids]) AS count, m.weight AS weight
ORDER BY count DESC, a, b LIMIT $limit
"""


def _event_params(side_a, side_b, person, issue, kind, date_from, date_to, limit) -> dict:
    return {"side_a": side_a or None, "side_b": side_b or None, "person": person or None, "issue": issue or None,
            "kind": kind or None, "date_from": date_from or None, "date_to": date_to or None, "limit": int(limit)}


def event_choices(reader: GraphReader) -> dict:
    """What the Negotiations page's filters can offer: the sides, kinds, people and issues of the stored events."""
    sides, kinds, people, issues = set(), set(), {}, {}
    for row in reader.rows(EVENT_CHOICES):
        sides.update(row["sides"])
        kinds.add(row["kind"])
        people.update({p["id"]: p["name"] for p in row["people"]})
        issues.update({i["key"]: i["name"] for i in row["issues"]})
    return {"sides": sorted(s for s in sides if s), "kinds": sorted(k for k in kinds if k),
            "people": dict(sorted(people.items(), key=lambda kv: kv[1])),
            "issues": dict(sorted(issues.items(), key=lambda kv: kv[1]))}


def events(reader: GraphReader, side_a: str | None = None, side_b: str | None = None, person: str | None = None,
           issue: str | None = None, kind: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int = 500) -> list[dict]:
    """Events in date order, filtered by the sides present (a country pair), a participant, an issue, a kind and
    dates; each with its people, delegations (people by side), issues and the articles that report it with their
    sentences, so a researcher sees who sat across from whom and where that is written."""
    rows = reader.rows(EVENTS, **_event_params(side_a, side_b, person, issue, kind, date_from, date_to, limit))
    out = []
    for row in rows:
        delegations: dict[str, list[str]] = {}
        for p in row["people"]:
            delegations.setdefault(p["side"] or "side unknown", []).append(p["name"])
        out.append({**row["event"], "people": row["people"], "delegations": delegations, "issues": row["issues"],
                    "reports": row["reports"]})
    return out


def met_network(reader: GraphReader, side_a: str | None = None, side_b: str | None = None, person: str | None = None,
                issue: str | None = None, kind: str | None = None, date_from: str | None = None,
                date_to: str | None = None, limit: int = 400) -> Subgraph:
    """Who met whom: people joined by MET, counting only the events the filters keep (``weight`` on each edge is
    that number of events)."""
    graph = Subgraph()
    for row in reader.rows(MET_NETWORK, **_event_params(side_a, side_b, person, issue, kind, date_from, date_to,
                                                         limit)):
        graph.add_node({"id": row["a"], "name": row["a_name"], "label": "Person"})
        graph.add_node({"id": row["b"], "name": row["b_name"], "label": "Person"})
        graph.add_edge({"key": row["key"], "type": "MET", "source": row["a"], "target": row["b"],
                        "weight": row["count"]})
    graph.total_nodes = len(graph.nodes)
    return graph
