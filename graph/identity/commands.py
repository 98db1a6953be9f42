"""``python -m graph identities suggest|accept|reject|split|list|export|resolve``.

The command-line face of the review queue: the same resolver and decisions
file as the explorer's Review page.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from graph.identity.decisions import DecisionFileError, DecisionStore
from graph.identity.merge import IdentityError
from graph.identity.resolver import IdentityResolver


USAGE = """actions:
  suggest                 pairs of Person nodes that may be one person, best first (--limit, --json)
  accept A B              merge two Person nodes (--reason, --by, --force when the evidence conflicts)
  reject A B              record that two Person nodes are different people (--reason, --by)
  split NODE KEY [KEY...] undo a merge: the mentions under KEYs become their own node (see list --merged)
  list                    the decisions taken (--merged: the merged nodes and their keys; --json)
  export --out FILE       write the decisions file out (--format jsonl|json)
  resolve                 resolve every Person node in the graph now (as ingest does per batch)"""
#: how many ids each action takes: (least, most or None)
ARITY = {"suggest": (0, 0), "accept": (2, 2), "reject": (2, 2), "split": (2, None), "list": (0, 0),
         "export": (0, 0), "resolve": (0, 0)}


def add_parser(sub) -> None:
    """Register the ``identities`` subcommand on the graph CLI's subparsers
    (one flat parser: options may stand anywhere among the ids)."""
    ids = sub.add_parser("identities", help="review which nodes are one person: suggest, accept, reject, split, list",
                         epilog=USAGE, formatter_class=argparse.RawDescriptionHelpFormatter)
    ids.add_argument("action", choices=list(ARITY))
    ids.add_argument("ids", nargs="*", metavar="ID", help="Person ids (accept, reject), or a node and its keys (split)")
    ids.add_argument("--limit", type=int, default=50, help="suggest: most pairs shown (default 50)")
    ids.add_argument("--json", action="store_true", help="suggest, list: print JSON")
    ids.add_argument("--reason", default="", help="accept, reject, split: why (kept with the decision)")
    ids.add_argument("--by", default=None, help="accept, reject, split: who decides (default: your user name)")
    ids.add_argument("--force", action="store_true", help="accept: merge even when the evidence conflicts")
    ids.add_argument("--merged", action="store_true", help="list: the nodes that hold several keys instead")
    ids.add_argument("--out", help="export: the file to write")
    ids.add_argument("--format", choices=["jsonl", "json"], default="jsonl", help="export: JSON Lines or one list")


def _check(args) -> str | None:
    least, most = ARITY[args.action]
    n = len(args.ids)
    if n < least or (most is not None and n > most):
        want = {0: "no ids", 2: "two Person ids"}.get(least, "") if most == least else "a node and the keys to split off"
        return f"identities {args.action} takes {want} (got {n})"
    if args.action == "export" and not args.out:
        return "identities export needs --out FILE"
    return None


def run(args: argparse.Namespace, driver, settings) -> int:
    problem = _check(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    store = DecisionStore(settings.decisions_file)
    resolver = IdentityResolver(driver, settings.database, store)
    from graph import access

    # on the command line the person at the shell decides, as an editor, unless the
    # instance is read-only (TRADEGRAPH_READ_ONLY)
    actor = access.Actor(getattr(args, "by", None) or getpass.getuser(), access.EDITOR, "local",
                         read_only=access.read_only())
    try:
        if args.action == "suggest":
            return _suggest(resolver, args)
        if args.action == "accept":
            record = resolver.accept(*args.ids, actor=actor, reason=args.reason, force=args.force)
            print(f"Merged {record['names_b']} into {record['names_a']} ({record['node']}); decision {record['id']}.")
        elif args.action == "reject":
            record = resolver.reject(*args.ids, actor=actor, reason=args.reason)
            print(f"Kept {record['names_a']} and {record['names_b']} apart; decision {record['id']}.")
        elif args.action == "split":
            record = resolver.split(args.ids[0], args.ids[1:], actor=actor, reason=args.reason)
            print(f"Split {record['names_a']} ({record['node']}) off {record['names_b']} ({args.ids[0]}); "
                  f"decision {record['id']}.")
        elif args.action == "list":
            return _list(resolver, store, args)
        elif args.action == "export":
            n = store.export(args.out, args.format)
            print(f"Wrote {n} decisions to {args.out}")
        elif args.action == "resolve":
            from graph.identity.resolver import CHUNK, ResolveReport

            records, _, _ = driver.execute_query("MATCH (p:Person) RETURN p.id AS id ORDER BY id",
                                                 database_=settings.database)
            ids = [r["id"] for r in records]
            report = ResolveReport()
            for start in range(0, len(ids), CHUNK):
                report.add(resolver.resolve(ids[start:start + CHUNK]))
            print(f"Merged {len(report.merged)} pairs ({report.replayed} from earlier decisions); "
                  f"{report.suggested} pairs to review (python -m graph identities suggest).")
    except (IdentityError, DecisionFileError, access.AccessDenied) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _suggest(resolver: IdentityResolver, args) -> int:
    found = resolver.suggestions()[: args.limit]
    if args.json:
        print(json.dumps([{"a": s.a.to_json(), "b": s.b.to_json(), "score": s.match.score,
                           "verdict": s.match.verdict, "names": s.match.names, "reasons": s.match.reasons,
                           "conflicts": s.match.conflicts} for s in found], ensure_ascii=False, default=str))
        return 0
    if not found:
        print("No pairs to review.")
        return 0
    for s in found:
        print(f"{s.match.score:.2f}  {s.a.name} ({s.a.id})  ~  {s.b.name} ({s.b.id})")
        for line in [s.match.names, *s.match.reasons]:
            print(f"      + {line}")
        for line in s.match.conflicts:
            print(f"      ! {line}")
    print(f"\nAccept with: python -m graph identities accept A B; reject with: ... reject A B")
    return 0


def _list(resolver: IdentityResolver, store: DecisionStore, args) -> int:
    if args.merged:
        people = resolver.merged_people()
        if args.json:
            print(json.dumps([p.to_json() for p in people], ensure_ascii=False, default=str))
            return 0
        for p in people:
            print(f"{p.name} ({p.id}): keys {', '.join(p.keys)}")
        if not people:
            print("No merged nodes.")
        return 0
    records = store.records()
    if args.json:
        print(json.dumps(records, ensure_ascii=False))
        return 0
    for r in records:
        print(f"{r['at']}  {r['action']:<6} {r['names_a']} / {r['names_b']}  by {r['by']}: {r['reason']}  [{r['id']}]")
    if not records:
        print(f"No decisions yet ({store.path}).")
    return 0
