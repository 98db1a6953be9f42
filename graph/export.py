"""Exports of the graph (or of a query's result) for other tools.

* GraphML and GEXF for Gephi, Cytoscape and networkx, with labels and all
  properties (lists become "; "-joined text, since neither format has lists).
  A node's ``label`` is its display name and ``labels`` its Neo4j label; an
  edge's ``label`` and ``relationship`` are its type;
* CSV as ``nodes.csv`` and ``relationships.csv`` with the headers
  ``neo4j-admin database import`` reads (``id:ID``, ``:LABEL``,
  ``:START_ID``, ``:END_ID``, ``:TYPE``, arrays as ``name:string[]`` joined
  by ``;``), which pandas reads as well;
* JSON as networkx node-link data.

Article full text is left out unless asked for: it is large and it is in
the graph already.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from graph.console import run_query
from graph.queries import GraphReader

FORMATS = ("graphml", "gexf", "csv", "json")

ALL_NODES = "MATCH (n) WHERE NOT n:Meta RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
ALL_RELS = """
MATCH (a)-[r]->(b)
RETURN elementId(r) AS key, a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
"""


def full_graph(reader: GraphReader, with_text: bool = False) -> nx.MultiDiGraph:
    """Every node and relationship with all their properties."""
    graph = nx.MultiDiGraph()
    for row in reader.rows(ALL_NODES):
        props = dict(row["props"])
        if not with_text:
            props.pop("text", None)
        graph.add_node(row["id"], labels=row["labels"], label=row["labels"][0], **props)
    for row in reader.rows(ALL_RELS):
        graph.add_edge(row["source"], row["target"], key=row["key"], type=row["type"], **row["props"])
    return graph


def query_graph(reader: GraphReader, cypher: str, params: dict | None = None,
                timeout: float = 60.0) -> nx.MultiDiGraph:
    """The nodes and relationships a read-only query returns, with properties."""
    result = run_query(reader.driver, cypher, params, timeout=timeout, row_cap=1_000_000, database=reader.database)
    if not result.ok:
        raise ValueError(result.error)
    graph = nx.MultiDiGraph()

    def visit(value):
        if isinstance(value, dict) and "_id" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_")}
            graph.add_node(value["_id"], labels=value["_labels"], label=value["_labels"][0] if value["_labels"] else "",
                           **props)
        elif isinstance(value, dict) and "_type" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_")}
            if value.get("_start") and value.get("_end"):
                graph.add_edge(value["_start"], value["_end"], key=f"{value['_type']}:{value['_start']}:{value['_end']}",
                               type=value["_type"], **props)
        elif isinstance(value, dict) and "_path" in value:
            for node in value["_nodes"]:
                visit(node)
            for rel in value["_path"]:
                visit(rel)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    for row in result.rows:
        for value in row.values():
            visit(value)
    # relationships seen only by their ends: make sure the end nodes exist
    for source, target in list(graph.edges()):
        for node in (source, target):
            graph.nodes[node].setdefault("label", "")
    return graph


def _flat(value):
    """GraphML/GEXF attribute values: scalars as they are, lists joined."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _flattened(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Scalar attributes only; ``label`` is the display name (what Gephi and
    Cytoscape show) and ``labels`` the Neo4j label(s)."""
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {k: _flat(v) for k, v in data.items() if v is not None}
        attrs["labels"] = _flat(data.get("labels") or data.get("label") or "")
        attrs["label"] = str(data.get("name") or data.get("title") or node)
        out.add_node(node, **attrs)
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = {k: _flat(val) for k, val in data.items() if val is not None}
        attrs["relationship"] = attrs["label"] = data.get("type")
        out.add_edge(u, v, key=key, **attrs)
    return out


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write ``graph`` as GraphML (lists flattened, which GraphML cannot hold) for Gephi, yEd or Cytoscape."""
    nx.write_graphml(_flattened(graph), path, named_key_ids=True)
    return path


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write ``graph`` as GEXF for Gephi (our ``type`` renamed: GEXF reserves it)."""
    flat = _flattened(graph)
    for _, _, data in flat.edges(data=True):
        data.pop("type", None)  # GEXF's own edge "type" means directed/undirected
    nx.write_gexf(flat, path)
    return path


def write_json(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write ``graph`` as node-link JSON, keeping lists and every property as they are."""
    data = nx.node_link_data(graph, edges="links")
    path.write_text(json.dumps(data, ensure_ascii=False, default=str, indent=1), encoding="utf-8")
    return path


def _csv_type(values: list) -> str:
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, bool):
        return "boolean"
    if isinstance(sample, int):
        return "long"
    if isinstance(sample, float):
        return "double"
    return "string"


def _csv_columns(items: list[dict], skip: set[str]) -> list[tuple[str, str, bool]]:
    """(property, neo4j-admin type, is_array) for every property in use."""
    keys: dict[str, list] = {}
    for item in items:
        for key, value in item.items():
            if key not in skip:
                keys.setdefault(key, []).append(value)
    columns = []
    for key in sorted(keys):
        values = keys[key]
        is_array = any(isinstance(v, (list, tuple)) for v in values)
        flat = [x for v in values for x in (v if isinstance(v, (list, tuple)) else [v])]
        kind = _csv_type(flat)
        if kind != "string" and any(v is not None and not isinstance(v, (list, tuple, type(flat[0])))
                                    for v in values):
            kind = "string"
        columns.append((key, kind, is_array))
    return columns


def _csv_value(value, is_array: bool) -> str:
    if value is None:
        return ""
    if is_array:
        items = value if isinstance(value, (list, tuple)) else [value]
        return ";".join(str(v).replace(";", ",") for v in items)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(graph: nx.MultiDiGraph, folder: Path) -> tuple[Path, Path]:
    """Write ``nodes.csv`` and ``relationships.csv`` into ``folder`` (for spreadsheets and ``LOAD CSV``)."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes_path, rels_path = folder / "nodes.csv", folder / "relationships.csv"
    node_items = [dict(data) for _, data in graph.nodes(data=True)]
    node_cols = _csv_columns(node_items, {"labels", "label", "id"})
    with open(nodes_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id:ID", ":LABEL"] + [f"{k}:{t}[]" if arr else f"{k}:{t}" for k, t, arr in node_cols])
        for node, data in graph.nodes(data=True):
            labels = data.get("labels") or [data.get("label") or "Node"]
            writer.writerow([node, ";".join(labels)] + [_csv_value(data.get(k), arr) for k, _, arr in node_cols])
    rel_items = [dict(data) for _, _, data in graph.edges(data=True)]
    rel_cols = _csv_columns(rel_items, {"type"})
    with open(rels_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{t}[]" if arr else f"{k}:{t}"
                                                            for k, t, arr in rel_cols])
        for u, v, data in graph.edges(data=True):
            writer.writerow([u, v, data.get("type")] + [_csv_value(data.get(k), arr) for k, _, arr in rel_cols])
    return nodes_path, rels_path


def export(graph: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Write ``graph`` as ``fmt`` to ``out`` (a file; a folder for csv)."""
    out = Path(out)
    if fmt == "graphml":
        return [write_graphml(graph, out)]
    if fmt == "gexf":
        return [write_gexf(graph, out)]
    if fmt == "json":
        return [write_json(graph, out)]
    if fmt == "csv":
        return list(write_csv(graph, out))
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
