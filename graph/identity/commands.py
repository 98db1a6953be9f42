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


def add_parser(sub) -> None:
    """Register the ``identities`` subcommand on the graph CLI's subparsers."""
    ids = sub.add_parser("identities", help="review which nodes are one person: suggest, accept, reject, split, list")
    actions = ids.add_subparsers(dest="action", required=True)
    suggest = actions.add_parser("suggest", help="pairs of Person nodes that may be one person, best first")
    suggest.add_argument("--limit", type=int, default=50)
    suggest.add_argument("--json", action="store_true")
    for name, text in (("accept", "merge two Person nodes into one"),
                       ("reject", "record that two Person nodes are different people")):
        action = actions.add_parser(name, help=text)
        action.add_argument("a", help="a Person id (as `suggest` prints it)")
        action.add_argument("b", help="the other Person id")
        action.add_argument("--reason", default="")
        action.add_argument("--by", default=None, help="who decides (default: your user name)")
        if name == "accept":
            action.add_argument("--force", action="store_true", help="merge even when the evidence conflicts")
    split = actions.add_parser("split", help="undo a merge: the mentions under KEYS become their own node")
    split.add_argument("node", help="the merged Person id")
    split.add_argument("keys", nargs="+", help="keys to split off (see `list --merged`)")
    split.add_argument("--reason", default="")
    split.add_argument("--by", default=None)
    listing = actions.add_parser("list", help="the decisions taken, or the merged nodes and their keys")
    listing.add_argument("--merged", action="store_true", help="list nodes that hold several keys instead")
    listing.add_argument("--json", action="store_true")
    export = actions.add_parser("export", help="write the decisions file out")
    export.add_argument("--out", required=True)
    export.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    actions.add_parser("resolve", help="resolve every Person node in the graph now (as ingest does per batch)")


def run(args: argparse.Namespace, driver, settings) -> int:
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
            record = resolver.accept(args.a, args.b, actor=actor, reason=args.reason, force=args.force)
            print(f"Merged {record['names_b']} into {record['names_a']} ({record['node']}); decision {record['id']}.")
        elif args.action == "reject":
            record = resolver.reject(args.a, args.b, actor=actor, reason=args.reason)
            print(f"Kept {record['names_a']} and {record['names_b']} apart; decision {record['id']}.")
        elif args.action == "split":
            record = resolver.split(args.node, args.keys, actor=actor, reason=args.reason)
            print(f"Split {record['names_a']} ({record['node']}) off {record['names_b']} ({args.node}); "
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
