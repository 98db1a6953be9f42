"""Batched, idempotent writes of article facts into Neo4j.

A batch of articles is written in one managed transaction (``execute_write``,
which retries transient errors such as deadlocks and leader switches), so
each article lands whole or not at all. Inside it, one ``UNWIND … MERGE``
statement per node label and per relationship shape writes all rows of the
batch; nodes are merged on their uniquely constrained ``id``.

Writing the same article again changes nothing: relationship provenance is
only extended when the article's id is not already in its ``articles`` list,
and node properties are set from values that do not depend on the order in
which articles arrive (names are fixed at creation from the id's source,
alias lists are kept sorted and de-duplicated). That is also what makes two
concurrent ingests of overlapping corpora converge on the same graph.

Cypher text here is constant; labels and types come from the schema, and
all data travels as parameters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from neo4j import Driver, ManagedTransaction

from graph.facts import ArticleFacts

#: Provenance sentences kept per relationship (article ids are all kept).
MAX_EVIDENCE = 20

_ALIASES = "COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS a WITH DISTINCT a WHERE a <> n.name RETURN a ORDER BY a }"

NODE_QUERIES = {
    "Article": """
        UNWIND $rows AS row
        MERGE (n:Article {id: row.id})
        ON CREATE SET n.checksum = row.checksum, n.source_id = row.source_id, n.title = row.title,
                      n.published = row.published, n.source_url = row.source_url, n.text = row.text,
                      n.name = row.name, n.ingested_at = toString(datetime())
    """,
    "Person": f"""
        UNWIND $rows AS row
        MERGE (n:Person {{id: row.id}})
        ON CREATE SET n.name = row.name
        SET n.country = coalesce(n.country, row.country), n.aliases = {_ALIASES}
    """,
    "Organization": f"""
        UNWIND $rows AS row
        MERGE (n:Organization {{id: row.id}})
        ON CREATE SET n.name = row.name
        SET n.kind = coalesce(n.kind, row.kind), n.country = coalesce(n.country, row.country),
            n.aliases = {_ALIASES}
    """,
    "Role": """
        UNWIND $rows AS row
        MERGE (n:Role {id: row.id})
        ON CREATE SET n.title = row.title, n.name = row.name, n.organization = row.organization,
                      n.country = row.country, n.aliases = []
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
                      n.article = row.article, n.aliases = []
    """,
}
NODE_ORDER = ("Article", "Country", "Issue", "Organization", "Person", "Role", "Quote")

_PROVENANCE = f"""
    ON CREATE SET r.articles = [], r.evidence = [], r.evidence_start = [], r.evidence_end = [], r.weight = 0
    WITH r, row WHERE NOT row.article IN r.articles
    SET r.articles = r.articles + row.article
    SET r.weight = size(r.articles)
    SET r.evidence = CASE WHEN size(r.evidence) < {MAX_EVIDENCE} THEN r.evidence + row.evidence ELSE r.evidence END,
        r.evidence_start = CASE WHEN size(r.evidence_start) < {MAX_EVIDENCE}
                                THEN r.evidence_start + row.evidence_start ELSE r.evidence_start END,
        r.evidence_end = CASE WHEN size(r.evidence_end) < {MAX_EVIDENCE}
                              THEN r.evidence_end + row.evidence_end ELSE r.evidence_end END
"""
# Extra SETs per relationship type, applied only when the article is new to the relationship.
_EXTRA = {
    "MENTIONS": "SET r.count = coalesce(r.count, 0) + row.count",
    # the latest article decides whether the role is current; on the same
    # date, "former" wins (the result does not depend on arrival order)
    "HOLDS": """SET r.current = CASE
                    WHEN r.as_of IS NULL OR row.published > r.as_of THEN row.current
                    WHEN row.published = r.as_of THEN r.current AND row.current
                    ELSE r.current END
                SET r.as_of = CASE WHEN r.as_of IS NULL OR row.published > r.as_of THEN row.published ELSE r.as_of END""",
}


def rel_query(rel_type: str, start_label: str, end_label: str) -> str:
    return f"""
        UNWIND $rows AS row
        MATCH (s:{start_label} {{id: row.start}})
        MATCH (t:{end_label} {{id: row.end}})
        MERGE (s)-[r:{rel_type}]->(t)
        {_PROVENANCE}
        {_EXTRA.get(rel_type, "")}
    """


@dataclass
class WriteStats:
    articles: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0

    def add(self, other: "WriteStats") -> None:
        self.articles += other.articles
        self.nodes_created += other.nodes_created
        self.relationships_created += other.relationships_created
        self.properties_set += other.properties_set


class GraphWriter:
    """Writes ``ArticleFacts`` in batches (one transaction per batch)."""

    def __init__(self, driver: Driver, database: str | None = None):
        self.driver = driver
        self.database = database

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
        if not batch:
            return WriteStats()
        nodes: dict[str, list[dict]] = {}
        rels: dict[tuple[str, str, str], list[dict]] = {}
        for facts in batch:
            for label, rows in facts.nodes.items():
                nodes.setdefault(label, []).extend(rows)
            for key, rows in facts.rels.items():
                rels.setdefault(key, []).extend(rows)

        def work(tx: ManagedTransaction) -> WriteStats:
            stats = WriteStats(articles=len(batch))
            for label in NODE_ORDER:
                rows = nodes.get(label)
                if rows:
                    _count(stats, tx.run(NODE_QUERIES[label], rows=rows).consume().counters)
            for (rel_type, start, end), rows in sorted(rels.items()):
                _count(stats, tx.run(rel_query(rel_type, start, end), rows=rows).consume().counters)
            return stats

        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)


def _count(stats: WriteStats, counters) -> None:
    stats.nodes_created += counters.nodes_created
    stats.relationships_created += counters.relationships_created
    stats.properties_set += counters.properties_set
