"""The graph's change counter: one ``(:Meta {id: 'graph'})`` node whose
``version`` the writer increments in every write transaction that changes
the graph.

Readers that compute something expensive from the whole graph (analytics)
key their caches on :func:`graph_version`, so a result is computed once per
state of the graph and reused until the next write. ``epoch`` is a random
token set when the node is first created, so a graph that was emptied and
loaded again never reuses a stamp of the old one.
"""

from __future__ import annotations

from neo4j import Driver

#: Run inside a write transaction that changed the graph.
BUMP = """
MERGE (m:Meta {id: 'graph'})
ON CREATE SET m.version = 0, m.epoch = randomUUID()
SET m.version = m.version + 1
"""

READ = "OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN m.epoch AS epoch, m.version AS version"


def graph_version(driver: Driver, database: str | None = None) -> str:
    """A stamp that changes whenever a writer changed the graph
    (``'<epoch>:<version>'``; ``'none:0'`` before the first write)."""
    records, _, _ = driver.execute_query(READ, database_=database, routing_="r")
    row = records[0] if records else None
    if row is None or row["epoch"] is None:
        return "none:0"
    return f"{row['epoch']}:{row['version']}"
