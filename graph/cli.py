"""Command line: ``python -m graph server|schema|counts|reset ...``.

``server start|stop|status`` manages the project's own local Neo4j (only
when ``NEO4J_URI`` is not set); the other commands work against whichever
server is configured.
"""

from __future__ import annotations

import argparse
import json
import sys

from graph.connection import GraphUnavailable, open_driver
from graph.server import LocalServer, ServerError
from graph.settings import load_settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m graph", description="The Neo4j side of tradegraph.")
    sub = parser.add_subparsers(dest="command", required=True)
    server = sub.add_parser("server", help="start, stop or inspect the local Neo4j")
    server.add_argument("action", choices=["start", "stop", "status"])
    server.add_argument("--timeout", type=float, default=180, help="seconds to wait for Bolt on start")
    sub.add_parser("schema", help="create constraints and indexes (idempotent)")
    counts = sub.add_parser("counts", help="count nodes per label and relationships per type")
    counts.add_argument("--json", action="store_true")
    reset = sub.add_parser("reset", help="delete every node and relationship")
    reset.add_argument("--yes", action="store_true", help="confirm")
    return parser


def cmd_server(args) -> int:
    settings = load_settings()
    if not settings.local and args.action != "status":
        print(f"NEO4J_URI is set ({settings.uri}); the local server is not used, so there is nothing to "
              f"{args.action}.", file=sys.stderr)
        return 2
    server = LocalServer(settings)
    try:
        if args.action == "start":
            server.start(timeout=args.timeout)
        elif args.action == "stop":
            print("Neo4j stopped." if server.stop() else "Neo4j was not running.")
        else:
            if not settings.local:
                try:
                    open_driver(settings).close()
                    print(f"{settings.uri}: up (server from NEO4J_URI)")
                    return 0
                except GraphUnavailable as exc:
                    print(f"{settings.uri}: down ({exc})")
                    return 1
            state = server.status()
            if state["bolt"]:
                print(f"{state['uri']}: up (pid {state['pid']}, data in {state['data']})")
            elif state["running"]:
                print(f"{state['uri']}: starting or not answering (pid {state['pid']})")
            else:
                print(f"{state['uri']}: down (start it with: python -m graph server start)")
            return 0 if state["bolt"] else 1
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


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


def reset_graph(driver, database=None) -> None:
    """Delete every node and relationship, in chunks (an auto-commit query, as
    ``CALL … IN TRANSACTIONS`` requires)."""
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "server":
        return cmd_server(args)
    settings = load_settings()
    try:
        driver = open_driver(settings)
    except GraphUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
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
        elif args.command == "reset":
            if not args.yes:
                print("This deletes everything in the graph; run again with --yes to confirm.", file=sys.stderr)
                return 2
            reset_graph(driver, settings.database)
            print("The graph is empty.")
    return 0
