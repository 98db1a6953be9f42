"""graph/schema.yaml is the one source of labels, relationship types and
their properties: the writer, the queries and the pages follow it, and the
writer sets no property the schema does not declare."""

from __future__ import annotations

import re

from graph import queries as Q
from graph.schema import labels, provenance_types, relationship_ends, relationship_types, schema
from graph.writer import NODE_ORDER, NODE_QUERIES, rel_query


def declared_node_properties() -> dict[str, set[str]]:
    """Data labels and the bookkeeping label (Meta), each with its declared properties."""
    declared = {**schema()["nodes"], **schema().get("bookkeeping", {})}
    return {label: set(spec["properties"]) for label, spec in declared.items()}


def declared_rel_properties() -> dict[str, set[str]]:
    provenance = set(schema()["provenance"])
    return {name: set(spec.get("properties", [])) | (provenance if spec.get("provenance") else set())
            for name, spec in schema()["relationships"].items()}


def test_writer_queries_and_pages_use_the_schema_labels():
    from pages import common

    assert set(NODE_QUERIES) | {"Event"} == set(labels())  # events are built by graph/events.py
    assert set(NODE_ORDER) | {"Article", "Event"} == set(labels())
    assert list(Q.LABELS) == labels()
    assert common.LABELS == labels() and common.EDGE_TYPES == relationship_types()
    assert set(common.COLORS) == set(labels()) and set(common.ICONS) == set(labels())


def test_every_property_in_the_writers_cypher_is_declared():
    """Static check over the writer's Cypher text: every ``n.x =`` and ``r.x =``."""
    nodes = declared_node_properties()
    for label, query in NODE_QUERIES.items():
        set_props = set(re.findall(r"\bn\.(\w+)\s*=", query)) | {"id"}
        assert set_props <= nodes[label], (label, set_props - nodes[label])
    rels = declared_rel_properties()
    for rel_type, (starts, ends) in relationship_ends().items():
        text = rel_query(rel_type, sorted(starts)[0], sorted(ends)[0])
        set_props = set(re.findall(r"\br\.(\w+)\s*=", text))
        assert set_props <= rels[rel_type], (rel_type, set_props - rels[rel_type])
    assert set(provenance_types()) == set(relationship_types())


def test_every_property_in_the_event_writers_cypher_is_declared():
    """graph/events.py writes Event nodes and ATTENDED, ON, REPORTS and MET: the same check over its Cypher."""
    from graph import events

    nodes, rels = declared_node_properties(), declared_rel_properties()
    assert set(re.findall(r"\be\.(\w+)\s*=", events._CREATE_EVENTS)) <= nodes["Event"]
    for rel_type, query in [("ATTENDED", events._CREATE_ATTENDED), ("ON", events._CREATE_ON),
                            ("REPORTS", events._CREATE_REPORTS), ("MET", events._SET_MET)]:
        found = set(re.findall(r"\br\.(\w+)\s*=", query))
        assert found and found <= rels[rel_type], (rel_type, found - rels[rel_type])


def test_every_property_in_the_ingested_graph_is_declared(sample_graph):
    """The stronger check: what the real writer left in Neo4j after ingesting samples/."""
    nodes, rels = declared_node_properties(), declared_rel_properties()
    found = sample_graph.execute_query(
        "MATCH (n) UNWIND labels(n) AS label UNWIND keys(n) AS key RETURN DISTINCT label, key").records
    undeclared = sorted({(r["label"], r["key"]) for r in found if r["key"] not in nodes.get(r["label"], set())})
    assert undeclared == []
    from conftest import EVENT_EXTRACTOR

    assert ({r["label"] for r in found} - set(schema().get("bookkeeping", {}))
            == set(labels()) - (set() if EVENT_EXTRACTOR else {"Event"}))
    found = sample_graph.execute_query(
        "MATCH ()-[r]->() UNWIND keys(r) AS key RETURN DISTINCT type(r) AS type, key").records
    undeclared = sorted({(r["type"], r["key"]) for r in found if r["key"] not in rels.get(r["type"], set())})
    assert undeclared == []
    event_types = set() if EVENT_EXTRACTOR else {"ATTENDED", "ON", "REPORTS", "MET"}
    assert {r["type"] for r in found} == set(relationship_types()) - event_types
