"""Batched, idempotent writes of article facts into Neo4j.

A batch of articles is written in one managed transaction (``execute_write``,
which retries transient errors such as deadlocks and leader switches), so
each article lands whole or not at all. Inside it, one ``UNWIND … MERGE``
statement per node label and per relationship shape writes all rows of the
batch; nodes are merged on their uniquely constrained ``id``.

Writing the same article again changes nothing: the transaction that creates
an article's node claims the article, and an article whose node already
exists is left out, so its facts are never counted twice. Everything else is
set by rules that do not depend on the order in which articles arrive: among
spellings of a name one is chosen by sort order, alias lists are kept sorted,
counts add up, dates take the minimum or maximum, and the bounded provenance
lists keep the smallest article ids. That is also what makes two concurrent
ingests of overlapping corpora converge on the same graph.

Cypher text here is constant; labels and types come from the schema, and
all data travels as parameters.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from neo4j import Driver, ManagedTransaction

from graph import tenure, version
from graph.events import write_events
from graph.facts import ArticleFacts

#: Provenance kept per relationship: MAX_ARTICLES supporting article ids and
#: MAX_EVIDENCE evidence sentences (with their article ids); ``weight`` counts
#: every supporting article. The ones kept are those with the smallest article
#: ids, so the choice does not depend on the order articles arrive in.
#: (Unbounded lists made every update of a hub relationship rewrite thousands
#: of ids: write volume grew with the square of the corpus.)
MAX_EVIDENCE = 20
MAX_ARTICLES = 100

# Display names must not depend on which article arrives first (concurrent
# ingests would otherwise disagree): among the spellings of one id, a person
# or organization keeps the greatest (accents and lower-case particles sort
# after their plain forms: "François", "von der Leyen"), a role the least
# ("President" before "president"). Every other spelling is kept as an alias.
_NAMED = """
    WITH n, row, n.name AS old
    WITH n, row, old, CASE WHEN old IS NULL OR row.name > old THEN row.name ELSE old END AS name
    SET n.name = name,
        n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases + [row.name] +
                              CASE WHEN old IS NULL THEN [] ELSE [old] END AS a
                              WITH DISTINCT a WHERE a <> name RETURN a ORDER BY a }
"""

NODE_QUERIES = {
    # An article is claimed by the transaction that creates its node; one
    # that already exists (loaded meanwhile by a concurrent ingest) is left
    # out of the batch, so no fact is ever counted twice.
    "Article": """
        UNWIND $rows AS row
        MERGE (n:Article {id: row.id})
        ON CREATE SET n.checksum = row.checksum, n.source_id = row.source_id, n.title = row.title,
                      n.published = row.published, n.date_source = row.date_source, n.source_url = row.source_url, n.author = row.author,
                      n.text = row.text,
                      n.name = row.name, n.ingested_at = $now, n.ingest_run = $run
        RETURN row.id AS id, n.ingest_run = $run AS claimed
    """,
    # ``keys``: the ids the node's names were written under (one until a
    # merge); ``surname`` as extraction read it, with its blocking keys.
    "Person": """
        UNWIND $rows AS row
        MERGE (n:Person {id: row.id})
        SET n.country = coalesce(n.country, row.country), n.keys = coalesce(n.keys, [row.id]),
            n.surname = coalesce(n.surname, row.surname),
            n.surname_key = coalesce(n.surname_key, row.surname_key),
            n.surname_phonetic = coalesce(n.surname_phonetic, row.surname_phonetic),
            n.named_key = coalesce(n.named_key, row.named_key),
            n.named_phonetic = coalesce(n.named_phonetic, row.named_phonetic),
            n.short_surname_key = coalesce(n.short_surname_key, row.short_surname_key)
    """ + _NAMED,
    "Organization": """
        UNWIND $rows AS row
        MERGE (n:Organization {id: row.id})
        SET n.kind = coalesce(n.kind, row.kind), n.country = coalesce(n.country, row.country)
    """ + _NAMED,
    "Role": """
        UNWIND $rows AS row
        MERGE (n:Role {id: row.id})
        ON CREATE SET n.organization = row.organization, n.country = row.country, n.aliases = [],
                      n.post = row.post, n.single_holder = row.post IS NOT NULL
        WITH n, row, CASE WHEN n.title IS NULL OR row.title < n.title THEN row.title ELSE n.title END AS title
        SET n.title = title, n.name = title
    """,
    "Issue": """
        UNWIND $rows AS row
        MERGE (n:Issue {id: row.id})
        SET n.key = row.key, n.name = row.name, n.description = row.description, n.aliases = []
    """,
    "Country": """
        UNWIND $rows AS row
        MERGE (n:Country {id: row.id})
        SET n.code = row.code, n.name = row.name, n.aliases = coalesce(n.aliases, [])
    """,
    "Quote": """
        UNWIND $rows AS row
        MERGE (n:Quote {id: row.id})
        ON CREATE SET n.text = row.text, n.name = row.name, n.start = row.start, n.end = row.end,
                      n.article = row.article
    """,
}
NODE_ORDER = ("Country", "Issue", "Organization", "Person", "Role", "Quote")  # after the Article claim

# Rows arrive aggregated: one row per relationship per batch, with parallel
# lists (one entry per supporting article). Only the articles the
# relationship does not list yet (``fresh``) change it, and every new value
# is computed in WITH clauses before a single SET, so the result does not
# depend on how Cypher schedules the rows of an UNWIND.
_PROVENANCE = f"""
    ON CREATE SET r.articles = [], r.evidence = [], r.evidence_start = [], r.evidence_end = [],
                  r.evidence_articles = [], r.weight = 0
    WITH r, row, [i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN r.articles] AS fresh
    WHERE size(fresh) > 0
    WITH r, row, fresh,
         [i IN fresh WHERE row.published[i] <> "" | row.published[i]] AS dates,
         [k IN range(0, size(r.evidence_articles) - 1) |
             {{a: r.evidence_articles[k], s: r.evidence[k], b: r.evidence_start[k], e: r.evidence_end[k]}}] +
         [i IN fresh | {{a: row.articles[i], s: row.evidence[i], b: row.evidence_start[i], e: row.evidence_end[i]}}]
             AS candidates
    WITH r, row, fresh,
         COLLECT {{ UNWIND r.articles + [i IN fresh | row.articles[i]] AS a
                    WITH DISTINCT a RETURN a ORDER BY a LIMIT {MAX_ARTICLES} }} AS articles,
         COLLECT {{ UNWIND candidates AS ev RETURN ev ORDER BY ev.a LIMIT {MAX_EVIDENCE} }} AS kept,
         reduce(m = r.first_seen, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS first_seen,
         reduce(m = r.last_seen, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last_seen
    SET r.articles = articles,
        r.weight = r.weight + size(fresh),
        r.evidence_articles = [ev IN kept | ev.a],
        r.evidence = [ev IN kept | ev.s],
        r.evidence_start = [ev IN kept | ev.b],
        r.evidence_end = [ev IN kept | ev.e],
        r.first_seen = first_seen,
        r.last_seen = last_seen
"""
# Extra changes per relationship type, from the same fresh articles.
_EXTRA = {
    "MENTIONS": "SET r.count = coalesce(r.count, 0) + reduce(n = 0, i IN fresh | n + row.count[i])",
    # The dated evidence of holding is kept as its earliest and latest date
    # (since, last_held); dated evidence that it ended ("former") as the dates
    # not before the latest holding one (ended_on; earlier ones can never end
    # the tenure again); undated evidence as two flags. All of it is a
    # function of the set of supporting articles, never of their order;
    # until and current are then derived per post (graph/tenure.py).
    "HOLDS": """WITH r, row, fresh,
                     [i IN fresh WHERE row.published[i] <> "" AND row.current[i] | row.published[i]] AS held,
                     [i IN fresh WHERE row.published[i] <> "" AND NOT row.current[i] | row.published[i]] AS ended,
                     [i IN fresh WHERE row.published[i] = "" | row.current[i]] AS undated
                WITH r, held, ended, undated,
                     reduce(m = r.since, d IN held | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS since,
                     reduce(m = r.last_held, d IN held | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last_held
                SET r.since = since, r.last_held = last_held,
                    r.ended_on = COLLECT { UNWIND coalesce(r.ended_on, []) + ended AS d WITH DISTINCT d
                                           WHERE last_held IS NULL OR d >= last_held RETURN d ORDER BY d },
                    r.undated_held = coalesce(r.undated_held, false) OR any(c IN undated WHERE c),
                    r.undated_former = coalesce(r.undated_former, false) OR any(c IN undated WHERE NOT c),
                    r.as_of = r.last_seen""",
}
_LIST_FIELDS = ("articles", "published", "evidence", "evidence_start", "evidence_end")
_PERSON_MENTION = ("person_key", "person_name", "person_forms", "person_surname")


#: Relationships that belong to one article (its mentions, its quotes): they
#: are new whenever the article is, and the article was just claimed by this
#: transaction, so they are created outright, skipping the merge logic.
ARTICLE_SCOPED = frozenset({"MENTIONS", "SAID", "IN", "ABOUT"})
# how the article wrote a person: what a split of a merged node needs (graph.identity)
_PERSON_MENTION_SET = """    SET r.person_key = row.person_key[0], r.person_name = row.person_name[0],
        r.person_forms = row.person_forms[0], r.person_surname = row.person_surname[0]
"""
_CREATE = """
    UNWIND $rows AS row
    MATCH (s:__START__ {id: row.start})
    MATCH (t:__END__ {id: row.end})
    CREATE (s)-[r:__TYPE__]->(t)
    SET r.articles = row.articles, r.weight = size(row.articles), r.evidence_articles = row.articles,
        r.evidence = row.evidence, r.evidence_start = row.evidence_start, r.evidence_end = row.evidence_end,
        r.first_seen = CASE WHEN row.published[0] <> "" THEN row.published[0] END,
        r.last_seen = CASE WHEN row.published[0] <> "" THEN row.published[0] END
"""


def rel_query(rel_type: str, start_label: str, end_label: str) -> str:
    """The Cypher writing one relationship shape: created outright for article-scoped types, merged with provenance
    for the others."""
    if rel_type in ARTICLE_SCOPED:
        query = _CREATE.replace("__START__", start_label).replace("__END__", end_label).replace("__TYPE__", rel_type)
        if rel_type == "MENTIONS":
            query += "    SET r.count = reduce(n = 0, c IN row.count | n + c)\n"
        if rel_type == "MENTIONS" and end_label == "Person":
            query += _PERSON_MENTION_SET
        return query
    extra = _EXTRA.get(rel_type, "")
    return f"""
        UNWIND $rows AS row
        MATCH (s:{start_label} {{id: row.start}})
        MATCH (t:{end_label} {{id: row.end}})
        MERGE (s)-[r:{rel_type}]->(t)
        {_PROVENANCE}
        {"WITH r, row, fresh " + extra if extra else ""}
    """


#: Articles kept per person as its sample (``Person.sample_articles``): the
#: ones with the smallest ids among those that mention it, so the sample is
#: a function of the set of articles, not of their order. Identity resolution
#: reads the people a person is named with from this sample: reading them
#: from every article of a person named in most of the corpus made each write
#: slower as the corpus grew.
SAMPLE_ARTICLES = 200
# the sample computed from every mention (a node without one, a merge, a split, a bulk import)
_SAMPLE_FROM_MENTIONS = f"""
    SET p.sample_articles = COLLECT {{ MATCH (a:Article)-[:MENTIONS]->(p) RETURN a.id AS id ORDER BY id
                                       LIMIT {SAMPLE_ARTICLES} }}
"""
SAMPLE_QUERY = "UNWIND $ids AS pid MATCH (p:Person {id: pid})" + _SAMPLE_FROM_MENTIONS
# after a batch: new articles folded into the stored samples, missing ones computed
_SAMPLE_ADD = f"""
    UNWIND $rows AS row
    MATCH (p:Person {{id: row.person}}) WHERE p.sample_articles IS NOT NULL
    WITH p, row, p.sample_articles AS old
    WHERE size(old) < {SAMPLE_ARTICLES} OR any(a IN row.articles WHERE a < old[-1])
    SET p.sample_articles = COLLECT {{ UNWIND old + row.articles AS id WITH DISTINCT id RETURN id ORDER BY id
                                       LIMIT {SAMPLE_ARTICLES} }}
"""
_SAMPLE_MISSING = "UNWIND $ids AS pid MATCH (p:Person {id: pid}) WHERE p.sample_articles IS NULL" + \
    _SAMPLE_FROM_MENTIONS


def aggregate_nodes(rows: list[dict], label: str = "") -> list[dict]:
    """One row per node id: aliases united (other spellings of the name
    among them), the name chosen by the same order-free rule as in Cypher,
    other properties first non-empty."""
    merged: dict[str, dict] = {}
    pick = min if label == "Role" else max
    for row in rows:
        kept = merged.get(row["id"])
        if kept is None:
            merged[row["id"]] = {**row, "aliases": sorted(set(row.get("aliases") or []))}
            continue
        if row.get("name") and kept.get("name") and row["name"] != kept["name"]:
            kept["aliases"] = sorted(set(kept["aliases"]) | {row["name"], kept["name"]})
            kept["name"] = pick(row["name"], kept["name"])
            if label == "Role":
                kept["title"] = kept["name"]
        kept["aliases"] = sorted(set(kept["aliases"]) | set(row.get("aliases") or []))
        for key, value in row.items():
            if kept.get(key) is None and value is not None:
                kept[key] = value
    return list(merged.values())


def aggregate_rels(rows: list[dict]) -> list[dict]:
    """One row per (start, end): each supporting article once, as parallel lists."""
    merged: dict[tuple[str, str], dict] = {}
    for row in rows:
        key = (row["start"], row["end"])
        kept = merged.get(key)
        if kept is None:
            kept = merged[key] = {"start": row["start"], "end": row["end"], **{f: [] for f in _LIST_FIELDS},
                                  "count": [], "current": []}
        if row["article"] in kept["articles"]:
            continue
        kept["articles"].append(row["article"])
        for field in _LIST_FIELDS[1:]:
            kept[field].append(row[field])
        kept["count"].append(row.get("count", 0))
        kept["current"].append(row.get("current", True))
        for name in _PERSON_MENTION:  # how a person was written in the article: what a split needs
            kept.setdefault(name, []).append(row.get(name))
    return list(merged.values())


@dataclass
class WriteStats:
    """What one write did: articles claimed and nodes, relationships and properties created or set."""

    articles: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    people: list[str] = field(default_factory=list)  # Person ids the batch wrote
    identity: object | None = None  # graph.identity.ResolveReport, when resolution ran

    def add(self, other: "WriteStats") -> None:
        """Add another write's counts to these."""
        self.articles += other.articles
        self.nodes_created += other.nodes_created
        self.relationships_created += other.relationships_created
        self.properties_set += other.properties_set
        self.people.extend(other.people)
        if other.identity is not None:
            if self.identity is None:
                from graph.identity import ResolveReport

                self.identity = ResolveReport()
            self.identity.add(other.identity)


def _with_surname_keys(row: dict) -> dict:
    """The blocking keys the identity resolver finds candidates by."""
    from graph.identity.names import blocking_keys

    return {**row, **blocking_keys(row.get("name") or "", row.get("surname"))}


class GraphWriter:
    """Writes ``ArticleFacts`` in batches (one transaction per batch), then
    resolves the people the batch touched against the rest of the graph
    (``graph.identity``): ``identity=True`` (the default) uses the decisions
    file from the settings, an ``IdentityResolver`` its own, ``None`` turns
    resolution off."""

    def __init__(self, driver: Driver, database: str | None = None, identity=True):
        self.driver = driver
        self.database = database
        if identity is True:
            from graph.identity import IdentityResolver

            identity = IdentityResolver(driver, database)
        self.identity = identity or None

    def existing_checksums(self, checksums: Iterable[str]) -> set[str]:
        """Which of these article checksums are already in the graph."""
        wanted = list(dict.fromkeys(checksums))
        if not wanted:
            return set()
        records, _, _ = self.driver.execute_query(
            "UNWIND $checksums AS c MATCH (a:Article {checksum: c}) RETURN a.checksum AS checksum",
            checksums=wanted, database_=self.database, routing_="r",
        )
        return {r["checksum"] for r in records}

    def write(self, batch: list[ArticleFacts]) -> WriteStats:
        """Write a batch of articles' rows in one transaction (retried on transient errors); articles already
        stored are left out."""
        if not batch:
            return WriteStats()

        def work(tx: ManagedTransaction) -> WriteStats:
            stats = WriteStats()
            run = uuid.uuid4().hex  # new for every attempt: a retried transaction claims afresh
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            articles = aggregate_nodes([row for facts in batch for row in facts.nodes.get("Article", [])])
            result = tx.run(NODE_QUERIES["Article"], rows=articles, run=run, now=now)
            claimed = {record["id"] for record in result if record["claimed"]}
            _count(stats, result.consume().counters)
            mine = [facts for facts in batch if facts.article_id in claimed]
            stats.articles = len(mine)
            nodes: dict[str, list[dict]] = {}
            rels: dict[tuple[str, str, str], list[dict]] = {}
            for facts in mine:
                for label, rows in facts.nodes.items():
                    if label != "Article":
                        nodes.setdefault(label, []).extend(rows)
                for key, rows in facts.rels.items():
                    rels.setdefault(key, []).extend(rows)
            for label in NODE_ORDER:
                if nodes.get(label):
                    rows = aggregate_nodes(nodes[label], label)
                    if label == "Person":
                        rows = [_with_surname_keys(row) for row in rows]
                        stats.people = [row["id"] for row in rows]
                    _count(stats, tx.run(NODE_QUERIES[label], rows=rows).consume().counters)
            for (rel_type, start, end), rows in sorted(rels.items()):
                _count(stats, tx.run(rel_query(rel_type, start, end), rows=aggregate_rels(rows)).consume().counters)
            mentioned: dict[str, set[str]] = {}
            for row in rels.get(("MENTIONS", "Article", "Person"), []):
                mentioned.setdefault(row["end"], set()).add(row["start"])
            if mentioned:
                _count(stats, tx.run(_SAMPLE_ADD, rows=[{"person": p, "articles": sorted(a)}
                                                        for p, a in sorted(mentioned.items())]).consume().counters)
                _count(stats, tx.run(_SAMPLE_MISSING, ids=sorted(mentioned)).consume().counters)
            roles = sorted({row["end"] for row in rels.get(("HOLDS", "Person", "Role"), [])})
            if roles:
                stats.properties_set += 2 * tenure.recompute(tx, roles)
            _, nodes_added, rels_added = write_events(tx, [report for facts in mine for report in facts.events])
            stats.nodes_created += nodes_added
            stats.relationships_created += rels_added
            if mine:  # caches of whole-graph results (analytics) key on this counter
                _count(stats, tx.run(version.BUMP).consume().counters)
            return stats

        with self.driver.session(database=self.database) as session:
            stats = session.execute_write(work)
        if self.identity is not None and stats.people:
            stats.identity = self.identity.resolve(stats.people)
        return stats


def _count(stats: WriteStats, counters) -> None:
    stats.nodes_created += counters.nodes_created
    stats.relationships_created += counters.relationships_created
    stats.properties_set += counters.properties_set
