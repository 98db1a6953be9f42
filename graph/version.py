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

# the relationship count (from the count store: instant) also catches writes
# by code that does not bump the counter, e.g. a graph loaded before it
# existed; every article adds relationships. (Not the node count: storing
# analytics creates a Meta node, which is no change of the graph.)
READ = """
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
OPTIONAL MATCH (m:Meta {id: 'graph'})
RETURN m.epoch AS epoch, m.version AS version, rels
"""


def graph_version(driver: Driver, database: str | None = None) -> str:
    """A stamp that changes whenever a writer changed the graph:
    ``'<epoch>:<version>:<relationships>'`` (``'none:0:0'`` for an empty
    graph)."""
    records, _, _ = driver.execute_query(READ, database_=database, routing_="r")
    row = records[0]
    return f"{row['epoch'] or 'none'}:{row['version'] or 0}:{row['rels']}"
