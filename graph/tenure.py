"""Until and current of every tenure (HOLDS) of some posts, from the stored evidence alone.

For each HOLDS into the given roles, and into every role of the same post (``Role.post``, for posts one person
holds at a time):

* ``until`` is the earliest of: its own dated "former" evidence (``ended_on``), and, for a one-holder post, the
  first dated evidence of another holder after this holder's latest (their ``since``, else their ``last_held``);
* ``current`` is: no ``until``, and dated evidence of holding; or, with none, an undated claim that is not
  "former" and, for a one-holder post, no other holder with dated evidence (undated never overrides dated).

The writer runs this after every batch for the posts the batch touched, merges and splits for the posts whose
holders changed, and ``--bulk`` once after the import. It was a Cypher query comparing every holder with every
other: a post with hundreds of holders (a common title whose holders the story could not tell apart) made that
quadratic work after every batch. Here each post's holders are read once, the next other holder's date is found
by bisection in the sorted dates, and only the tenures that changed are written.
"""

from __future__ import annotations

from bisect import bisect_right

from neo4j import ManagedTransaction

_HOLDS = """
UNWIND $roles AS rid
MATCH (role:Role {id: rid})
WITH DISTINCT role.post AS post, CASE WHEN role.post IS NULL THEN role END AS alone
CALL (post, alone) {
    MATCH (p:Person)-[h:HOLDS]->(r:Role) WHERE post IS NOT NULL AND r.post = post
    RETURN p, h, true AS single
    UNION
    MATCH (p:Person)-[h:HOLDS]->(alone) WHERE post IS NULL
    RETURN p, h, false AS single
}
RETURN coalesce(post, elementId(alone)) AS post, single, p.id AS person, elementId(h) AS rid,
       h.since AS since, h.last_held AS last_held, h.ended_on AS ended_on, h.undated_held AS undated_held,
       h.undated_former AS undated_former, h.until AS until, h.current AS current
"""
_SET = """
UNWIND $rows AS row
MATCH ()-[h:HOLDS]->() WHERE elementId(h) = row.rid
SET h.until = row.until, h.current = row.current
"""


def recompute(tx: ManagedTransaction, roles: list[str]) -> int:
    """Derive until and current again for the posts of ``roles``; returns the number of tenures changed."""
    if not roles:
        return 0
    posts: dict[str, list[dict]] = {}
    for rec in tx.run(_HOLDS, roles=sorted(set(roles))):
        posts.setdefault(rec["post"], []).append(dict(rec))
    changed = []
    for holds in posts.values():
        changed.extend(_post(holds))
    if changed:
        tx.run(_SET, rows=changed).consume()
    return len(changed)


def _post(holds: list[dict]) -> list[dict]:
    """The tenures of one post (or one role without a post) whose until or current changes."""
    dated = sorted((d, h["person"]) for h in holds for d in {h["since"], h["last_held"]} if d is not None)
    values = [d for d, _ in dated]
    with_last = {}
    for h in holds:
        if h["last_held"] is not None:
            with_last[h["person"]] = with_last.get(h["person"], 0) + 1
    out = []
    for h in holds:
        single = h["single"]
        latest = h["last_held"] if h["last_held"] is not None else h["since"]
        succeeded = None
        if single and latest is not None:
            at = bisect_right(values, latest)  # the first date after this holder's latest ...
            while at < len(dated) and dated[at][1] == h["person"]:
                at += 1  # ... that is another holder's
            succeeded = dated[at][0] if at < len(dated) else None
        ended = h["ended_on"][0] if h["ended_on"] else None
        if ended is None:
            until = succeeded
        elif succeeded is None or ended <= succeeded:
            until = ended
        else:
            until = succeeded
        if until is not None:
            current = False
        elif h["last_held"] is not None:
            current = True
        else:
            others_dated = sum(with_last.values()) - with_last.get(h["person"], 0) > 0
            current = bool(h["undated_held"]) and not bool(h["undated_former"]) and not (single and others_dated)
        if h["until"] != until or h["current"] is None or h["current"] != current:
            out.append({"rid": h["rid"], "until": until, "current": current})
    return out
