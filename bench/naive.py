"""References for the write benchmarks: the naive way to write facts, and
a writer that writes nothing.

One transaction per article, and in it one Cypher statement per node and per
relationship (no UNWIND batching), with the same MERGE semantics and
provenance as graph.writer. This is how a first version usually writes.
"""

from __future__ import annotations

from neo4j import Driver

from graph.facts import ArticleFacts


class NaiveWriter:
    def __init__(self, driver: Driver, database: str | None = None):
        self.driver = driver
        self.database = database

    def write(self, batch: list[ArticleFacts]) -> None:
        for facts in batch:
            with self.driver.session(database=self.database) as session:
                session.execute_write(self._article, facts)

    @staticmethod
    def _article(tx, facts: ArticleFacts) -> None:
        for label, rows in facts.nodes.items():
            for row in rows:
                props = {k: v for k, v in row.items() if k != "id" and v is not None}
                tx.run(f"MERGE (n:{label} {{id: $id}}) ON CREATE SET n += $props", id=row["id"], props=props).consume()
        for (rel_type, start, end), rows in facts.rels.items():
            for row in rows:
                tx.run(
                    f"MATCH (s:{start} {{id: $start}}) MATCH (t:{end} {{id: $end}}) "
                    f"MERGE (s)-[r:{rel_type}]->(t) "
                    "WITH r WHERE NOT $article IN coalesce(r.articles, []) "
                    "SET r.articles = coalesce(r.articles, []) + $article, "
                    "    r.evidence = coalesce(r.evidence, []) + $evidence, "
                    "    r.weight = size(coalesce(r.articles, [])) + 1",
                    start=row["start"], end=row["end"], article=row["article"], evidence=row["evidence"],
                ).consume()


class NullWriter:
    """The reference for "what writing adds": the writer interface, writing nothing."""

    def existing_checksums(self, checksums) -> set[str]:
        list(checksums)
        return set()

    def write(self, batch: list[ArticleFacts]):
        from graph.writer import WriteStats

        return WriteStats(articles=len(batch))
