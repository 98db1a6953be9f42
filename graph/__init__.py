"""The Neo4j side of tradegraph: settings and the local server, the schema,
batched writes, read queries, the read-only console, analytics and exports."""
