"""The read-only Cypher console behind the app's console page and
``python -m graph query``.

Safety is layered:

1. every query runs in a **read transaction** (session access mode READ), so
   the database itself refuses CREATE, MERGE, SET, DELETE, schema changes and
   writing procedures, whatever the query text looks like;
2. a **timeout** (default 10 s) makes the server stop long queries;
3. at most ``row_cap`` rows (default 1,000) are fetched, with a notice when
   there were more; both limits are clamped to the caps in ``graph.limits``
   (60 s and 100,000 rows unless the operator sets others), whatever the
   page or command line asks for;
4. before anything is sent, queries that read files or URLs (``LOAD CSV``,
   ``apoc.load.*``), administer the server (``CALL dbms.*``, user and role
   commands) or run other Cypher (``apoc.cypher.*``) are refused with a plain
   message, so a server configured more loosely than ours is still safe.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime, time as dtime

from neo4j import READ_ACCESS, Driver
from neo4j.exceptions import ClientError, Neo4jError
from neo4j.graph import Node, Path, Relationship
from neo4j.time import Date, DateTime, Duration, Time

from graph.limits import clamp_console
from graph.queries import Subgraph

DEFAULT_TIMEOUT = 10.0
DEFAULT_ROW_CAP = 1000

_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_BACKTICKS = re.compile(r"`([^`]*)`")
_REFUSED = [
    (re.compile(r"\bLOAD\s+CSV\b", re.I), "LOAD CSV reads files and URLs; it is not allowed in the console"),
    (re.compile(r"\bCALL\s+dbms\s*\.\s*(?!components\b)", re.I),
     "dbms.* procedures administer the server; only dbms.components() is allowed"),
    (re.compile(r"\bapoc\s*\.\s*(load|import|export|cypher|periodic|trigger|systemdb|config|log)\b", re.I),
     "this APOC procedure reads or writes files, runs other Cypher or changes the server"),
    (re.compile(r"\b(CREATE|DROP|ALTER|RENAME)\s+(USER|ROLE|DATABASE|ALIAS|COMPOSITE|SERVER)\b", re.I),
     "user, role and database administration is not allowed in the console"),
    (re.compile(r"\b(GRANT|DENY|REVOKE)\b", re.I), "privilege administration is not allowed in the console"),
    (re.compile(r"\bSHOW\s+(USERS?|ROLES?|PRIVILEGES|(ROLE|USER)\s+\w+\s+PRIVILEGES|CURRENT\s+USER|SERVERS|"
                r"SETTINGS|TRANSACTIONS|DATABASES?)\b", re.I),
     "server administration commands are not allowed in the console"),
    (re.compile(r"\b(START|STOP)\s+DATABASE\b", re.I), "starting or stopping databases is not allowed"),
    (re.compile(r"\bTERMINATE\s+TRANSACTIONS?\b", re.I), "terminating transactions is not allowed"),
    (re.compile(r"\bUSE\s+system\b", re.I), "the system database is not available in the console"),
]


class ConsoleRefused(Exception):
    """The console will not run this query (said before sending it)."""


@dataclass
class ConsoleResult:
    """What a console query returned: columns, plain rows (capped), timing, or the error to show."""

    columns: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # plain Python values (nodes as dicts)
    truncated: bool = False
    row_cap: int = DEFAULT_ROW_CAP
    seconds: float = 0.0
    graph: Subgraph = field(default_factory=Subgraph)
    error: str | None = None
    error_code: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the query ran (no error to show)."""
        return self.error is None


def _code_only(cypher: str) -> str:
    """The query without string literals and comments (so that a name like
    'LOAD CSV' inside a string does not trip the checks)."""
    text = _COMMENTS.sub(" ", cypher)
    text = _STRINGS.sub("''", text)
    return _BACKTICKS.sub(lambda m: m.group(1).replace(" ", "_"), text)


def check_query(cypher: str) -> None:
    """Raise ``ConsoleRefused`` for queries the console never sends."""
    if not cypher or not cypher.strip():
        raise ConsoleRefused("the query is empty")
    if "\x00" in cypher:
        raise ConsoleRefused("the query contains a NUL character")
    code = _code_only(cypher)
    for pattern, reason in _REFUSED:
        if pattern.search(code):
            raise ConsoleRefused(reason)


def plain(value, graph: Subgraph | None = None):
    """A JSON-friendly copy of a driver value; nodes, relationships and paths
    are also added to ``graph`` for drawing."""
    if isinstance(value, Node):
        props = dict(value)
        node_id = props.get("id") or value.element_id
        label = next(iter(value.labels), "Node")
        if graph is not None:
            graph.element_ids[value.element_id] = node_id
            graph.add_node({"id": node_id, "name": props.get("name") or props.get("title") or node_id, "label": label})
        props.pop("text", None)
        return {"_id": node_id, "_labels": sorted(value.labels), **{k: plain(v) for k, v in props.items()}}
    if isinstance(value, Relationship):
        # the ends of a relationship returned on its own carry only their
        # element ids; they are mapped to node ids once the whole result is read
        start = value.start_node.element_id if value.start_node is not None else None
        end = value.end_node.element_id if value.end_node is not None else None
        if graph is not None and start and end:
            graph.add_edge({"key": value.element_id, "type": value.type, "source": start, "target": end})
        return {"_type": value.type, "_start": start, "_end": end, **{k: plain(v) for k, v in dict(value).items()}}
    if isinstance(value, Path):
        return {"_nodes": [plain(n, graph) for n in value.nodes],
                "_path": [plain(r, graph) for r in value.relationships]}
    if isinstance(value, (list, tuple)):
        return [plain(v, graph) for v in value]
    if isinstance(value, dict):
        return {k: plain(v, graph) for k, v in value.items()}
    if isinstance(value, (Date, DateTime, Time, date, datetime, dtime)):
        return value.isoformat()
    if isinstance(value, Duration):
        return str(value)
    return value


def run_query(driver: Driver, cypher: str, params: dict | None = None, timeout: float = DEFAULT_TIMEOUT,
              row_cap: int = DEFAULT_ROW_CAP, database: str | None = None) -> ConsoleResult:
    """Run ``cypher`` read-only and return its rows (at most ``row_cap``).
    The time and row limits are clamped to the configured caps
    (``graph.limits``) whatever the caller asks for."""
    timeout, row_cap = clamp_console(timeout, row_cap)
    result = ConsoleResult(row_cap=row_cap)
    try:
        check_query(cypher)
    except ConsoleRefused as exc:
        result.error, result.error_code = f"Refused: {exc}.", "Console.Refused"
        return result
    started = time.monotonic()
    try:
        with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
            with session.begin_transaction(timeout=timeout) as tx:
                records = tx.run(cypher, dict(params or {}))
                result.columns = list(records.keys())
                for n, record in enumerate(records):
                    if n >= row_cap:
                        result.truncated = True
                        break
                    result.rows.append({k: plain(record[k], result.graph) for k in result.columns})
                tx.rollback()
        _resolve_ends(result)
    except ClientError as exc:
        result.error, result.error_code = _explain(exc, timeout), exc.code
    except Neo4jError as exc:
        result.error, result.error_code = f"{exc.code}: {exc.message}", exc.code
    except ValueError as exc:  # e.g. a parameter the driver cannot send
        result.error, result.error_code = f"Invalid query or parameters: {exc}", "Console.Invalid"
    result.seconds = time.monotonic() - started
    return result


def _resolve_ends(result: ConsoleResult) -> None:
    """Relationship ends from element ids to node ids; ends whose node the
    query did not return are dropped from the drawing (kept in the rows)."""
    ids = result.graph.element_ids
    for key, edge in list(result.graph.edges.items()):
        source, target = ids.get(edge["source"]), ids.get(edge["target"])
        if source and target:
            edge["source"], edge["target"] = source, target
        else:
            del result.graph.edges[key]

    def fix(value):
        if isinstance(value, dict):
            if "_type" in value:
                value["_start"] = ids.get(value["_start"], value["_start"])
                value["_end"] = ids.get(value["_end"], value["_end"])
            for item in value.values():
                fix(item)
        elif isinstance(value, list):
            for item in value:
                fix(item)

    for row in result.rows:
        fix(row)


def _explain(exc: ClientError, timeout: float) -> str:
    code = exc.code or ""
    if code.endswith("AccessMode"):
        return f"Refused by the database: the console is read-only ({exc.message})"
    if "TransactionTimedOut" in code:
        return f"Stopped: the query ran longer than the {timeout:g} s limit."
    if code.endswith("ParameterMissing"):
        return f"Missing parameter: {exc.message}"
    return f"{code}: {exc.message}"


def parse_param(text: str) -> tuple[str, object]:
    """``name=value`` from the command line; the value is read as JSON when it
    can be (numbers, lists, true/false/null), else kept as a string."""
    import json

    if "=" not in text:
        raise ValueError(f"parameter {text!r} is not name=value")
    name, raw = text.split("=", 1)
    name = name.strip().lstrip("$")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"parameter name {name!r} is not a valid Cypher parameter name")
    try:
        return name, json.loads(raw)
    except ValueError:
        return name, raw


def parameters_in(cypher: str) -> list[str]:
    """The ``$names`` a query uses (outside strings and comments), in order."""
    names = re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", _code_only(cypher))
    return list(dict.fromkeys(names))


def to_csv(result: ConsoleResult) -> str:
    """The result as CSV text for download; nested values (nodes, lists) are written as JSON."""
    import csv
    import io
    import json

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([_cell(row[c], json) for c in result.columns])
    return out.getvalue()


def _cell(value, json) -> str:
    if value is None:
        return ""
    if isinstance(value, dict) and "_id" in value:
        return str(value.get("name") or value.get("title") or value["_id"])
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# counts by a literal label or type come from Neo4j's count store (instant);
# filtering all nodes or relationships by a label held in a variable scanned
# them (1.6 s for the relationships of the 10,000-article graph)
SCHEMA_NODES = "CALL db.labels() YIELD label RETURN label ORDER BY label"
SCHEMA_RELS = "CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type ORDER BY type"
SCHEMA_PROPS = """
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName
RETURN nodeLabels[0] AS label, collect(DISTINCT propertyName) AS properties
"""


def schema_overview(driver: Driver, database: str | None = None) -> dict:
    """Labels, relationship types, their counts and the property keys in use."""
    def rows(cypher):
        with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
            return session.execute_read(lambda tx: [r.data() for r in tx.run(cypher)])

    def count(pattern: str) -> int:
        return rows(f"MATCH {pattern} RETURN count(*) AS n")[0]["n"]

    def quoted(name: str) -> str:
        return "`" + name.replace("`", "``") + "`"

    props = {r["label"]: sorted(p for p in r["properties"] if p) for r in rows(SCHEMA_PROPS) if r["label"]}
    return {
        "labels": [{"label": r["label"], "count": count(f"(:{quoted(r['label'])})"),
                    "properties": props.get(r["label"], [])} for r in rows(SCHEMA_NODES)],
        "relationships": [{"type": r["type"], "count": count(f"()-[:{quoted(r['type'])}]->()")}
                          for r in rows(SCHEMA_RELS)],
    }
