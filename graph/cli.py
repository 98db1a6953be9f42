"""Command line: ``python -m graph server|schema|counts|reset|query|export|analytics|users|identities ...``.

``server start|stop|status`` manages the project's own local Neo4j (only
when ``NEO4J_URI`` is not set; ``status`` also lists every other graph this
checkout runs), ``server credentials`` prints the user and password to log in
to Neo4j Browser with (the only command that ever prints the password); the
other commands work against whichever server is configured.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from graph.cli_args import CommandParser
from graph.connection import GraphUnavailable, connect_or_explain, open_driver
from graph.server import LocalServer, ServerError, running_graphs
from graph.settings import load_settings


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m graph`` command line: server, query, export, analytics."""
    parser = CommandParser(prog="python -m graph", description="The Neo4j side of tradegraph.")
    sub = parser.add_commands(dest="command", required=True)
    server = sub.add_parser("server", help="start, stop or inspect the local Neo4j; print its credentials")
    server.add_argument("action", choices=["start", "stop", "status", "credentials"],
                        help="credentials: print the user and password (for Neo4j Browser)")
    server.add_argument("--timeout", type=float, default=180, help="seconds to wait for Bolt on start")
    sub.add_parser("schema", help="create constraints and indexes (idempotent)")
    counts = sub.add_parser("counts", help="count nodes per label and relationships per type")
    counts.add_argument("--json", action="store_true")
    reset = sub.add_parser("reset", help="delete every node and relationship")
    reset.add_argument("--yes", action="store_true", help="confirm")
    query = sub.add_parser("query", help="run a read-only Cypher query")
    query.add_argument("cypher", help="the query (in quotes)")
    query.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                       help="a $parameter; VALUE is read as JSON when it can be (repeatable)")
    query.add_argument("--timeout", type=float, default=10.0, help="seconds before the server stops it (default 10)")
    query.add_argument("--limit", type=int, default=1000, help="most rows returned (default 1000)")
    query.add_argument("--format", choices=["table", "json", "csv"], default="table")
    export = sub.add_parser("export", help="export the graph or a query's result")
    export.add_argument("--format", choices=["graphml", "gexf", "csv", "json"], required=True)
    export.add_argument("--out", required=True, help="output file (a folder for csv)")
    export.add_argument("--query", help="export only what this read-only query returns")
    export.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE")
    export.add_argument("--with-text", action="store_true", help="include article full text")
    analytics = sub.add_parser("analytics", help="centrality and communities with networkx")
    analytics.add_argument("--labels", nargs="*", default=["Person", "Organization", "Role", "Issue", "Country"],
                           help="node labels to include (default: all but Article and Quote)")
    analytics.add_argument("--cooccurrence", type=int, metavar="MIN_ARTICLES",
                           help="analyse the people co-occurrence network instead, pairs in at least N articles")
    analytics.add_argument("--top", type=int, default=10)
    analytics.add_argument("--write", action="store_true", help="store the measures on the nodes in Neo4j")
    analytics.add_argument("--exact", action="store_true",
                           help="exact betweenness (default: estimated from 100 sampled sources, seeded)")
    timeline = sub.add_parser("timeline", help="a person's career, or a post's holders over time")
    timeline.add_argument("name", help="a person's name, or a post's title (\"Trade Representative\") or role id")
    timeline.add_argument("--on", metavar="DATE", help="only who held the post on this date (YYYY-MM-DD)")
    timeline.add_argument("--json", action="store_true")
    users = sub.add_parser("users", help="the explorer's password sign-in: add, change, list or remove users")
    users.add_argument("action", choices=["add", "list", "remove"])
    users.add_argument("name", nargs="?", help="the user name (add, remove)")
    users.add_argument("--role", choices=["reader", "editor"], default="reader", help="add: the role (default reader)")
    users.add_argument("--file", help="the users file (default: TRADEGRAPH_USERS_FILE or .tradegraph/users.json)")
    users.add_argument("--password-stdin", action="store_true",
                       help="add: read the password from the first line of standard input instead of prompting")
    from graph.identity.commands import add_parser as add_identities

    add_identities(sub)
    return parser


def cmd_users(args) -> int:
    """Keep the users file: passwords are prompted for (twice) and stored as
    scrypt hashes; they never appear on the command line."""
    import getpass
    import os
    from pathlib import Path

    from graph.access import DEFAULT_USERS_FILE, AccessConfigError, UsersFile

    path = Path(args.file or os.environ.get("TRADEGRAPH_USERS_FILE") or DEFAULT_USERS_FILE).expanduser()
    try:
        users = UsersFile.load(path)
    except AccessConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.action == "list":
        for name, entry in sorted(users.users.items()):
            print(f"{name:<32} {entry['role']}")
        return 0
    if not args.name:
        print(f"error: users {args.action} needs a NAME", file=sys.stderr)
        return 2
    if args.action == "remove":
        if not users.remove(args.name):
            print(f"error: there is no user {args.name!r} in {path}", file=sys.stderr)
            return 1
        users.save()
        print(f"Removed {args.name} from {path}.")
        return 0
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            print("error: the two passwords differ; nothing changed", file=sys.stderr)
            return 1
    existed = args.name in users.users
    try:
        users.set(args.name, args.role, password)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    users.save()
    print(f"{'Updated' if existed else 'Added'} {args.name} ({args.role}) in {path}.")
    return 0


def cmd_server(args) -> int:
    """``server start|stop|status`` for the project's local Neo4j; refuses when NEO4J_URI points elsewhere."""
    settings = load_settings()
    if not settings.local and args.action in ("start", "stop"):
        print(f"NEO4J_URI is set ({settings.uri}); the local server is not used, so there is nothing to "
              f"{args.action}.", file=sys.stderr)
        return 2
    server = LocalServer(settings)
    try:
        if args.action == "start":
            server.start(timeout=args.timeout)
            if server.browser_url():
                print(f"Neo4j Browser: {server.browser_url()} (log in with: python -m graph server credentials)",
                      file=sys.stderr)
        elif args.action == "stop":
            print("Neo4j stopped." if server.stop() else "Neo4j was not running.")
        elif args.action == "credentials":
            return print_credentials(settings, server)
        else:
            return print_status(settings, server)
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def print_credentials(settings, server) -> int:
    """What to type into Neo4j Browser's login form; asked for explicitly, so
    the password is shown here and nowhere else."""
    if settings.local and not settings.password:
        print("No password yet: the local server makes one on its first start (python -m graph server start).",
              file=sys.stderr)
        return 1
    print(f"Connect URL: {settings.uri}")
    print(f"Username:    {settings.user}")
    print(f"Password:    {settings.password or ''}")
    if settings.local and server.browser_url():
        print(f"Browser:     {server.browser_url()}")
    return 0


def print_status(settings, server) -> int:
    """The configured server's state (the exit status: 0 up, 1 down), then
    every local graph this checkout runs, the configured one marked."""
    if not settings.local:
        try:
            open_driver(settings).close()
            print(f"{settings.uri}: up (server from NEO4J_URI)")
            up = True
        except GraphUnavailable as exc:
            print(f"{settings.uri}: down ({exc})")
            up = False
    else:
        state = server.status()
        up = state["bolt"]
        if state["bolt"]:
            browser = f", Browser at {state['browser']}" if state["browser"] else ""
            print(f"{state['uri']}: up (pid {state['pid']}, data in {state['data']}{browser})")
        elif state["running"]:
            print(f"{state['uri']}: starting or not answering (pid {state['pid']})")
        else:
            print(f"{state['uri']}: down (start it with: python -m graph server start)")
    graphs = running_graphs()
    if graphs:
        print("\nLocal graphs running from this checkout:")
        print(f"  {'':1} {'bolt':>5} {'http':>5} {'pid':>8}  {'bolt answers':<12}  data folder")
        for graph in graphs:
            mine = "*" if settings.local and graph["bolt_port"] == settings.bolt_port else ""
            http = graph["http_port"] or "off"
            print(f"  {mine:1} {graph['bolt_port']:>5} {http:>5} {graph['pid']:>8}  "
                  f"{'yes' if graph['bolt'] else 'no':<12}  {graph['data']}")
    return 0 if up else 1


def counts(driver, database=None) -> dict:
    """Nodes per label and relationships per type (zero for schema labels not present)."""
    from graph.schema import labels, relationship_types

    result = {"nodes": {}, "relationships": {}}
    for label in labels():
        records, _, _ = driver.execute_query(f"MATCH (n:{label}) RETURN count(n) AS c", database_=database)
        result["nodes"][label] = records[0]["c"]
    for rel_type in relationship_types():
        records, _, _ = driver.execute_query(f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS c", database_=database)
        result["relationships"][rel_type] = records[0]["c"]
    return result


def _params(items: list[str]) -> dict:
    from graph.console import parse_param

    return dict(parse_param(item) for item in items)


def cmd_query(args, driver, settings) -> int:
    """``query``: run one read-only Cypher query through the console's checks and print table, CSV or JSON."""
    from graph.console import run_query, to_csv

    try:
        params = _params(args.param)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = run_query(driver, args.cypher, params, timeout=args.timeout, row_cap=args.limit,
                       database=settings.database)
    if not result.ok:
        print(f"error: {result.error}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps({"columns": result.columns, "rows": result.rows, "truncated": result.truncated},
                         ensure_ascii=False, default=str))
    elif args.format == "csv":
        sys.stdout.write(to_csv(result))
    else:
        _print_table(result)
    if result.truncated:
        print(f"note: only the first {result.row_cap} rows are shown (--limit)", file=sys.stderr)
    return 0


def cmd_timeline(args, driver, settings) -> int:
    """``timeline NAME``: print a person's career, or the holders of a post, in order of their start."""
    from graph.queries import GraphReader
    from graph.timeline import holders_on, span_text, timeline_of

    reader = GraphReader(driver, settings.database)
    if args.on:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.on):
            print(f"error: --on takes a date as YYYY-MM-DD, not {args.on!r}", file=sys.stderr)
            return 2
        rows = holders_on(reader, args.name, args.on)
        node = {"id": args.name, "label": "Role", "name": args.name}
    else:
        node, rows = timeline_of(reader, args.name)
    if node is None:
        print(f"error: no person or post in the graph matches {args.name!r}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"node": node, "timeline": rows}, ensure_ascii=False))
        return 0
    person = node["label"] == "Person"
    heading = "career of" if person else ("holders on " + args.on + " of" if args.on else "holders of")
    print(f"{heading} {node['name']} ({node['id']})")
    if not rows:
        print("  nothing found" + (" on that date" if args.on else ""))
    for row in rows:
        what = row["title"] + (f" at {row['organization']}" if row.get("organization") else
                               f" ({row['country']})" if row.get("country") else "")
        who = what if person else f"{row['person']} \u00b7 {what}"
        print(f"  {span_text(row):<28} {who}  [{row['articles']} article(s)]")
    return 0


def _print_table(result) -> None:
    from graph.console import _cell

    rows = [[_cell(row[c], json) for c in result.columns] for row in result.rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in rows])) for i, c in enumerate(result.columns)]
    print("  ".join(c.ljust(w) for c, w in zip(result.columns, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join((v if len(v) <= w else v[: w - 1] + "\u2026").ljust(w) for v, w in zip(row, widths)))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''}, {result.seconds * 1000:.0f} ms)")


def cmd_export(args, driver, settings) -> int:
    """``export``: write the whole graph, or a query's result, as GraphML, GEXF, JSON or CSV."""
    from pathlib import Path

    from graph.export import export, full_graph, query_graph
    from graph.queries import GraphReader

    reader = GraphReader(driver, settings.database)
    try:
        if args.query:
            graph = query_graph(reader, args.query, _params(args.param))
        else:
            graph = full_graph(reader, with_text=args.with_text)
        paths = export(graph, args.format, Path(args.out))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships to "
          + ", ".join(str(p) for p in paths))
    return 0


def cmd_analytics(args, driver, settings) -> int:
    """``analytics``: print centrality, communities or co-occurrence computed with networkx."""
    from graph import analytics as A
    from graph.queries import GraphReader

    reader = GraphReader(driver, settings.database)
    if args.cooccurrence:
        graph = A.cooccurrence(reader, threshold=args.cooccurrence)
    else:
        graph = A.load_graph(reader, args.labels)
    measures = A.centralities(graph, weighted=True, sample=None if args.exact else A.SAMPLE_SOURCES)
    groups = A.communities(graph)
    print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships, "
          f"{len(set(groups.values()))} communities")
    for name in A.MEASURES:
        print(f"\nTop {args.top} by {name}:")
        for row in A.top(measures[name], graph, args.top):
            print(f"  {row['value']:.4f}  {row['name']} ({row['label']})")
    if args.write:
        n = A.write_measures(driver, measures, groups, settings.database)
        print(f"\nStored degree, betweenness, pagerank and community on {n} nodes.")
    return 0


def reset_graph(driver, database=None) -> None:
    """Delete every node and relationship, in chunks (auto-commit queries, as
    ``CALL … IN TRANSACTIONS`` requires): the relationships first, so a node
    named in tens of thousands of articles is not deleted with all of them in
    one transaction (that ran out of transaction memory on a 40,000-article graph)."""
    with driver.session(database=database) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS").consume()


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 when the graph is unreachable)."""
    args = build_parser().parse_args(argv)
    if args.command == "server":
        return cmd_server(args)
    if args.command == "users":
        return cmd_users(args)
    settings = load_settings()
    driver = connect_or_explain(settings)
    if driver is None:
        return 2
    with driver:
        if args.command == "schema":
            from graph.schema import ensure_schema

            ensure_schema(driver, settings.database)
            print("Constraints and indexes are in place.")
        elif args.command == "counts":
            result = counts(driver, settings.database)
            if args.json:
                print(json.dumps(result))
            else:
                for kind in ("nodes", "relationships"):
                    for name, value in result[kind].items():
                        print(f"{kind[:-1]:<13} {name:<14} {value:>8}")
        elif args.command == "query":
            return cmd_query(args, driver, settings)
        elif args.command == "export":
            return cmd_export(args, driver, settings)
        elif args.command == "analytics":
            return cmd_analytics(args, driver, settings)
        elif args.command == "identities":
            from graph.identity.commands import run

            return run(args, driver, settings)
        elif args.command == "timeline":
            return cmd_timeline(args, driver, settings)
        elif args.command == "reset":
            if not args.yes:
                print("This deletes everything in the graph; run again with --yes to confirm.", file=sys.stderr)
                return 2
            reset_graph(driver, settings.database)
            print("The graph is empty.")
    return 0
