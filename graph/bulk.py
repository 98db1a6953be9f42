"""Bulk first loads: the graph the transactional writer would build, written
as CSV and loaded with ``neo4j-admin database import full`` into an empty
database (``python -m loaders ingest --bulk``).

The transactional writer (graph/writer.py) merges each batch into what is
stored, by rules that do not depend on the order articles arrive in. Into an
empty database, the result of all those merges is the same as applying the
rules once to every row of the corpus: ``BulkGraph`` collects the rows
(``ArticleFacts``) of all articles, aggregates them with the writer's own
``aggregate_nodes``/``aggregate_rels``, and computes each node's and
relationship's properties as the writer's Cypher sets them on creation
(``NODE_RULES``; relationships by their kind: article-scoped ones created
outright, the others with bounded provenance, plus ``MENTIONS`` counts and
``HOLDS`` currency). Relationship types flow through generically; a node
label the writer gives its own Cypher needs its rule here, and an unknown
label is refused rather than loaded differently.

What cannot run inside the import runs after it, on the started server:
the events (reports folded into Event nodes by graph/events.py), the schema
(constraints and indexes) and lists the CSV cannot carry
(``neo4j-admin`` leaves an empty array field unset where the writer stores
``[]``, and evidence lists may hold empty strings): these are set by id. ``ingested_at`` is
the import's time and ``ingest_run`` one id for the whole load.

One difference from merging everything at once is kept on purpose: the
writer sets a role's ``organization`` and ``country`` only when it creates
the node, from the batch that creates it (``CREATE_ONLY``); ``write`` takes
them from the first batch that brings the role, so the bulk graph equals
the transactional one for the same batches (``--batch-size``, 200).
"""

from __future__ import annotations

import subprocess
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path

from graph import tenure
from graph.export import _csv_type  # the neo4j-admin type of a column's values
from graph.facts import ArticleFacts
from graph.writer import (ARTICLE_SCOPED, MAX_ARTICLES, MAX_EVIDENCE, SAMPLE_QUERY, WriteStats, _with_surname_keys,
                          aggregate_nodes, aggregate_rels)

ARRAY_DELIMITER = "\u001f"  # unit separator: never in article text


class BulkError(Exception):
    """The bulk load cannot go ahead (database not empty, unknown label, import failed)."""


def _named(row: dict, *keep: str) -> dict:
    """Person and Organization (the writer's ``_NAMED``): the chosen name, every other spelling an alias."""
    name = row.get("name")
    props = {k: row.get(k) for k in keep}
    props["name"] = name
    props["aliases"] = sorted({a for a in [*(row.get("aliases") or []), name] if a != name})
    return props


#: Properties the writer sets only when it creates the node (``ON CREATE``),
#: from the aggregated rows of the batch that creates it, which later
#: batches do not fill in: kept from the first batch that brings the node.
CREATE_ONLY = {"Role": ("organization", "country", "post", "single_holder")}

#: Node properties as the writer's Cypher sets them on a new node, from the
#: aggregated row (graph/writer.py NODE_QUERIES).
NODE_RULES: dict[str, Callable[[dict], dict]] = {
    "Article": lambda r: {k: r.get(k) for k in ("checksum", "source_id", "title", "published", "date_source", "source_url",
                                                 "author", "text", "name")},
    "Person": lambda r: {**_named(_with_surname_keys(r), "country", "surname", "surname_key", "surname_phonetic",
                                "named_key", "named_phonetic", "short_surname_key"),
                         "keys": [r["id"]]},
    "Organization": lambda r: _named(r, "kind", "country"),
    "Role": lambda r: {"organization": r.get("organization"), "country": r.get("country"), "aliases": [],
                       "post": r.get("post"), "single_holder": r.get("post") is not None,
                       "title": r.get("title"), "name": r.get("title")},
    "Issue": lambda r: {"key": r.get("key"), "name": r.get("name"), "description": r.get("description"),
                        "aliases": []},
    "Country": lambda r: {"code": r.get("code"), "name": r.get("name"), "aliases": []},
    "Quote": lambda r: {k: r.get(k) for k in ("text", "name", "start", "end", "article")},
}


def _dates(published: list) -> list[str]:
    return [p for p in published if p not in (None, "")]


def rel_properties(rel_type: str, row: dict) -> dict:
    """A relationship's properties from its aggregated row (one entry per
    supporting article, in arrival order), as the writer sets them."""
    if rel_type in ARTICLE_SCOPED:
        first = row["published"][0] if row["published"][0] not in (None, "") else None
        props = {"articles": row["articles"], "weight": len(row["articles"]),
                 "evidence_articles": row["articles"], "evidence": row["evidence"],
                 "evidence_start": row["evidence_start"], "evidence_end": row["evidence_end"],
                 "first_seen": first, "last_seen": first}
        if rel_type == "MENTIONS":
            props["count"] = sum(row["count"])
        if row.get("person_key"):  # how the article wrote a person (graph/writer.py _PERSON_MENTION_SET)
            for name in ("person_key", "person_name", "person_forms", "person_surname"):
                props[name] = row[name][0]
        return props
    n = len(row["articles"])
    kept = sorted(range(n), key=lambda i: row["articles"][i])[:MAX_EVIDENCE]
    dates = _dates(row["published"])
    props = {"articles": sorted(set(row["articles"]))[:MAX_ARTICLES], "weight": n,
             "evidence_articles": [row["articles"][i] for i in kept],
             "evidence": [row["evidence"][i] for i in kept],
             "evidence_start": [row["evidence_start"][i] for i in kept],
             "evidence_end": [row["evidence_end"][i] for i in kept],
             "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None}
    if rel_type == "MENTIONS":
        props["count"] = sum(row["count"])
    if rel_type == "HOLDS":
        # the tenure evidence as the writer keeps it (graph/writer.py _EXTRA["HOLDS"]); until and current are
        # derived per post after the import (graph/tenure.py), as the writer does after each batch
        pairs = list(zip(row["published"], row["current"]))
        held = sorted(p for p, now in pairs if p not in (None, "") and now)
        ended = sorted({p for p, now in pairs if p not in (None, "") and not now})
        props["since"] = held[0] if held else None
        props["last_held"] = held[-1] if held else None
        props["ended_on"] = [d for d in ended if not held or d >= held[-1]]
        props["undated_held"] = any(now for p, now in pairs if p in (None, ""))
        props["undated_former"] = any(not now for p, now in pairs if p in (None, ""))
        props["as_of"] = props["last_seen"]
    return props


class BulkGraph:
    """Collects articles' rows in memory (a stand-in writer for ``ingest``:
    ``existing_checksums`` and ``write``), then writes import CSVs."""

    def __init__(self):
        self.articles: set[str] = set()
        self.nodes: dict[str, list[dict]] = {}
        self.rels: dict[tuple[str, str, str], list[dict]] = {}
        self.created: dict[str, dict[str, dict]] = {}  # label -> id -> CREATE_ONLY properties
        self.events: list[dict] = []  # reports of events, folded into Event nodes after the import

    def existing_checksums(self, checksums: Iterable[str]) -> set[str]:
        """Nothing is stored yet: the database is empty (checked before)."""
        return set()

    def write(self, batch: list[ArticleFacts]) -> WriteStats:
        """Keep a batch's rows; an article seen before is left out, as the writer's claim does."""
        stats = WriteStats()
        mine = []
        for facts in batch:
            if facts.article_id in self.articles:
                continue
            mine.append(facts)
            self.articles.add(facts.article_id)
            stats.articles += 1
            for label, rows in facts.nodes.items():
                if label not in NODE_RULES:
                    raise BulkError(f"no bulk rule for node label {label!r} (graph/bulk.py NODE_RULES); "
                                    "load without --bulk")
                self.nodes.setdefault(label, []).extend(rows)
            for key, rows in facts.rels.items():
                self.rels.setdefault(key, []).extend(rows)
            self.events.extend(facts.events)
        for label, keys in CREATE_ONLY.items():
            created = self.created.setdefault(label, {})
            rows = [r for facts in mine for r in facts.nodes.get(label, [])]
            for row in aggregate_nodes(rows, label):
                if row["id"] not in created:
                    created[row["id"]] = {k: row.get(k) for k in keys}
                    if "single_holder" in keys:  # the writer's ON CREATE: a post names a one-holder post
                        created[row["id"]]["single_holder"] = row.get("post") is not None
        return stats

    def write_csv(self, folder: Path) -> tuple[list[Path], list[Path], dict, WriteStats]:
        """Write one CSV per node label and per relationship shape into
        ``folder``; returns (node files, relationship files, empty lists to
        set after the import, counts)."""
        folder.mkdir(parents=True, exist_ok=True)
        stats = WriteStats(articles=len(self.articles))
        empty: dict = {"nodes": {}, "rels": {}}
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        run = uuid.uuid4().hex
        node_files, rel_files = [], []
        for label, rows in sorted(self.nodes.items()):
            items = []
            for row in aggregate_nodes(rows, label):
                props = NODE_RULES[label](row)
                props.update(self.created.get(label, {}).get(row["id"], {}))
                if label == "Article":
                    props.update(ingested_at=now, ingest_run=run)
                items.append((row["id"], props))
                for key, value in props.items():
                    if _after_import(value):
                        empty["nodes"].setdefault((label, key), []).append({"id": row["id"], "value": value})
            stats.nodes_created += len(items)
            path = folder / f"nodes-{label}.csv"
            _write(path, ["id:ID"], [[i] for i, _ in items], [p for _, p in items], label=label)
            node_files.append(path)
        for (rel_type, start, end), rows in sorted(self.rels.items()):
            items = []
            for row in aggregate_rels(rows):
                props = rel_properties(rel_type, row)
                items.append((row["start"], row["end"], props))
                for key, value in props.items():
                    if _after_import(value):
                        empty["rels"].setdefault((rel_type, start, end, key), []).append(
                            {"s": row["start"], "e": row["end"], "value": value})
            stats.relationships_created += len(items)
            path = folder / f"rels-{rel_type}-{start}-{end}.csv"
            _write(path, [":START_ID", ":END_ID"], [[s, e] for s, e, _ in items], [p for _, _, p in items],
                   rel_type=rel_type)
            rel_files.append(path)
        return node_files, rel_files, empty, stats


def _after_import(value) -> bool:
    """Lists the import cannot give as they are: empty ones, and string
    lists with an empty string in them (an empty field is no value there)."""
    return isinstance(value, list) and (not value or "" in value)


def _cell(value, kind: str, is_array: bool) -> str:
    if value is None or _after_import(value):
        return ""  # unset (such lists are set after the import)
    if is_array:
        return _quote(ARRAY_DELIMITER.join(_scalar(v) for v in value)) if kind == "string" else \
            ARRAY_DELIMITER.join(_scalar(v) for v in value)
    return _quote(value) if kind == "string" else _scalar(value)


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _quote(value) -> str:
    return '"' + str(value).replace('"', '""') + '"'


def _write(path: Path, id_header: list[str], ids: list[list[str]], props: list[dict], label: str = "",
           rel_type: str = "") -> None:
    keys = sorted({k for p in props for k in p})
    columns = []
    for key in keys:
        values = [p.get(key) for p in props]
        is_array = any(isinstance(v, list) for v in values)
        flat = [x for v in values for x in (v if isinstance(v, list) else [v])]
        kind = _csv_type(flat)
        if kind != "string" and any(not isinstance(x, (type(None), bool if kind == "boolean" else
                                                        int if kind == "long" else float)) for x in flat):
            raise BulkError(f"{label or rel_type}.{key} mixes types; load without --bulk")
        columns.append((key, kind, is_array))
    header = id_header + [f"{k}:{t}[]" if a else f"{k}:{t}" for k, t, a in columns]
    header += [":LABEL"] if label else [":TYPE"]
    tag = label or rel_type
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(header) + "\n")
        for id_cells, p in zip(ids, props):
            cells = [_quote(c) for c in id_cells] + [_cell(p.get(k), t, a) for k, t, a in columns] + [tag]
            handle.write(",".join(cells) + "\n")


def import_full(server, node_files: list[Path], rel_files: list[Path], database: str = "neo4j",
                report_file: Path | None = None) -> str:
    """Run ``neo4j-admin database import full`` for the stopped local
    ``server`` (a ``graph.server.LocalServer``), replacing ``database``."""
    server.write_config()
    cmd = [server._java(), "-cp", str(server.lib_dir / "*"), "org.neo4j.cli.AdminTool", "database", "import", "full",
           *[f"--nodes={p}" for p in node_files], *[f"--relationships={p}" for p in rel_files],
           "--array-delimiter=U+001F", "--multiline-fields=true", "--overwrite-destination=true",
           f"--report-file={report_file or (server.home / 'import.report')}", database]
    proc = subprocess.run(cmd, env=server._env(), capture_output=True, text=True, cwd=server.home)
    if proc.returncode != 0:
        raise BulkError(f"neo4j-admin import failed:\n{(proc.stdout + proc.stderr).strip()[-3000:]}")
    return proc.stdout


def set_empty_lists(driver, empty: dict, database: str | None = None) -> None:
    """After the import: store the lists the import cannot carry (empty
    ones, or with empty strings: ``evidence: [""]``) as the writer stores them."""
    for (label, key), rows in empty["nodes"].items():
        for i in range(0, len(rows), 10_000):
            driver.execute_query(f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET n.`{key}` = row.value",
                                 rows=rows[i:i + 10_000], database_=database)
    for (rel_type, start, end, key), rows in empty["rels"].items():
        for i in range(0, len(rows), 10_000):
            driver.execute_query(f"UNWIND $rows AS row MATCH (:{start} {{id: row.s}})-[r:{rel_type}]->"
                                 f"(:{end} {{id: row.e}}) SET r.`{key}` = row.value", rows=rows[i:i + 10_000],
                                 database_=database)


def is_empty(driver, database: str | None = None) -> bool:
    """Whether the database holds no data node (bookkeeping Meta nodes aside): the only state a bulk load may
    replace."""
    records, _, _ = driver.execute_query("MATCH (n) WHERE NOT n:Meta RETURN count(n) > 0 AS any",
                                         database_=database, routing_="r")
    return not records[0]["any"]


def bulk_load(settings, graph: BulkGraph, folder: Path, progress: Callable[[str], None] = print,
              identity=True) -> WriteStats:
    """Stop the local server, import ``graph``'s CSVs (written to
    ``folder``), start it again, and apply the post-import steps (schema,
    empty lists, events, tenures, identity resolution: ``identity`` as for
    ``GraphWriter``). The caller has checked that the database is empty."""
    from graph.connection import open_driver
    from graph.schema import ensure_schema
    from graph.server import LocalServer

    started = time.monotonic()
    nodes, rels, empty, stats = graph.write_csv(folder)
    progress(f"bulk: CSV for {stats.nodes_created:,} nodes and {stats.relationships_created:,} relationships "
             f"written in {time.monotonic() - started:.1f} s")
    server = LocalServer(settings, progress=progress)
    server.stop()
    started = time.monotonic()
    import_full(server, nodes, rels, settings.database or "neo4j", folder / "import.report")
    progress(f"bulk: neo4j-admin import took {time.monotonic() - started:.1f} s")
    server.start(timeout=300)
    with open_driver(settings) as driver:
        ensure_schema(driver, settings.database)
        set_empty_lists(driver, empty, settings.database)
        if graph.events:  # events merge across articles by the writer's own order-free rule (graph/events.py)
            from graph.events import write_events

            with driver.session(database=settings.database) as session:
                _, nodes_added, rels_added = session.execute_write(write_events, graph.events)
            stats.nodes_created += nodes_added
            stats.relationships_created += rels_added
        roles = sorted({row["end"] for row in graph.rels.get(("HOLDS", "Person", "Role"), [])})
        if roles:  # until and current of every tenure, from the stored evidence (graph/tenure.py)
            with driver.session(database=settings.database) as session:
                session.execute_write(tenure.recompute, roles)
        if graph.nodes.get("Person"):  # each person's sample of articles, as the writer keeps it
            driver.execute_query(SAMPLE_QUERY, ids=sorted({row["id"] for row in graph.nodes["Person"]}),
                                 database_=settings.database)
        if identity is not None and graph.nodes.get("Person"):
            # one person, one node: the resolver the writer runs after each batch, over every person at once
            if identity is True:
                from graph.identity import IdentityResolver

                identity = IdentityResolver(driver, settings.database)
            people = sorted({row["id"] for row in graph.nodes["Person"]})
            stats.identity = identity.resolve(people)
            progress(f"bulk: identity resolution over {len(people):,} people: "
                     f"{len(stats.identity.merged) + stats.identity.replayed} merged")
        # the change counter the writer bumps: caches keyed on the graph's version see the new graph
        from graph import version

        bumped = driver.execute_query(version.BUMP, database_=settings.database).summary.counters
        stats.nodes_created += bumped.nodes_created  # counted as the writer's report counts it
    return stats
