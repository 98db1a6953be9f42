"""The graph schema (``schema.yaml``) and the constraints and indexes it implies.

``ensure_schema`` is idempotent: it creates a uniqueness constraint on ``id``
for every label, one on ``Article.checksum``, a full-text index over names and
aliases, and range indexes the explorer's queries use, all with
``IF NOT EXISTS``, then waits for the indexes to come online.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from neo4j import Driver

SCHEMA_FILE = Path(__file__).resolve().parent / "schema.yaml"


@lru_cache(maxsize=1)
def schema() -> dict:
    """graph/schema.yaml as a dict (read once): the one list of labels, relationship types and properties."""
    with open(SCHEMA_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def labels() -> list[str]:
    """The node labels, in schema order."""
    return list(schema()["nodes"])


def relationship_types() -> list[str]:
    """The relationship types, in schema order."""
    return list(schema()["relationships"])


def provenance_types() -> list[str]:
    """The relationship types that carry provenance (weight, articles, evidence...)."""
    return [name for name, spec in schema()["relationships"].items() if spec.get("provenance")]


def schema_statements() -> list[str]:
    """The Cypher that creates every constraint and index (labels come from
    the schema file, never from user input)."""
    statements = []
    for label in labels():
        statements.append(
            f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        )
    statements.append("CREATE CONSTRAINT article_checksum IF NOT EXISTS FOR (n:Article) REQUIRE n.checksum IS UNIQUE")
    statements.append("CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)")
    statements.append("CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)")
    # blocking keys of identity resolution (graph.identity)
    statements.append("CREATE INDEX person_surname_key IF NOT EXISTS FOR (n:Person) ON (n.surname_key)")
    statements.append("CREATE INDEX person_surname_phonetic IF NOT EXISTS FOR (n:Person) ON (n.surname_phonetic)")
    statements.append("CREATE INDEX person_named_key IF NOT EXISTS FOR (n:Person) ON (n.named_key)")
    statements.append("CREATE INDEX person_named_phonetic IF NOT EXISTS FOR (n:Person) ON (n.named_phonetic)")
    statements.append("CREATE INDEX person_short_surname_key IF NOT EXISTS FOR (n:Person) ON (n.short_surname_key)")
    statements.append("CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)")
    statements.append("CREATE INDEX role_post IF NOT EXISTS FOR (n:Role) ON (n.post)")
    statements.append("CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind)")
    fulltext = schema()["fulltext"]
    label_list = "|".join(fulltext["labels"])
    props = ", ".join(f"n.{p}" for p in fulltext["properties"])
    statements.append(f"CREATE FULLTEXT INDEX {fulltext['name']} IF NOT EXISTS FOR (n:{label_list}) ON EACH [{props}]")
    return statements


def ensure_schema(driver: Driver, database: str | None = None) -> None:
    """Create every constraint and index the schema implies (idempotent) and wait until they are online."""
    _drop_stale_fulltext(driver, database)
    for statement in schema_statements():
        driver.execute_query(statement, database_=database)
    driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
    # graphs written before named_key existed: the keys of their named people (one pass, then none to set)
    driver.execute_query("MATCH (p:Person) WHERE p.named_key IS NULL AND p.surname_key IS NOT NULL "
                         "AND size(split(trim(p.name), ' ')) > 1 "
                         "SET p.named_key = p.surname_key, p.named_phonetic = p.surname_phonetic", database_=database)


def _drop_stale_fulltext(driver: Driver, database: str | None) -> None:
    """``IF NOT EXISTS`` keeps an index whose definition has since changed in
    schema.yaml; drop the full-text index when its labels or properties differ."""
    wanted = schema()["fulltext"]
    records, _, _ = driver.execute_query(
        "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name "
        "RETURN labelsOrTypes, properties", name=wanted["name"], database_=database)
    for record in records:
        if sorted(record["labelsOrTypes"]) != sorted(wanted["labels"]) or \
                sorted(record["properties"]) != sorted(wanted["properties"]):
            driver.execute_query(f"DROP INDEX {wanted['name']} IF EXISTS", database_=database)


def relationship_ends() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Start and end labels of each relationship type, read from the
    ``pattern`` lines of schema.yaml ("(Person|Organization)-[:ENGAGES_ON]->(Issue)")."""
    import re

    ends = {}
    for name, spec in schema()["relationships"].items():
        match = re.match(r"\(([\w|]+)\)-\[:(\w+)\]->\(([\w|]+)\)", spec["pattern"])
        if match:
            ends[name] = (frozenset(match.group(1).split("|")), frozenset(match.group(3).split("|")))
    return ends
