"""Merging two Person nodes into one, and splitting one back into two.

Merge: every relationship of the merged node moves to the node that stays;
where both had the same relationship (both HOLD one post), their provenance
is combined as the writer would have combined it (articles and evidence
united, the ones with the smallest article ids kept, weights added, dates
widened). The node that stays keeps the fullest name, every other spelling
as an alias, and the ``keys`` of both (the ids their names were written
under), which is what lets a split undo the merge later.

Split: each article's MENTIONS of a person records the ``key`` (and the
names) the person was written under in that article, so the articles of the
keys being split off are known; relationships whose supporting articles are
all among them move to the new node, and relationships supported by both
sides are divided by article. Provenance is bounded (``graph.writer``): a
relationship supported by more articles than it lists is divided by the
articles it lists, and its weight by what is left.

Relationship types are read from the database, checked against a strict
pattern before they enter Cypher text; data travels as parameters.
"""

from __future__ import annotations

import re

from neo4j import Driver, ManagedTransaction

from graph import tenure, version
from graph.identity.names import blocking_keys, fullest
from graph.events import rename_participants
from graph.writer import MAX_ARTICLES, MAX_EVIDENCE, SAMPLE_ARTICLES, SAMPLE_QUERY

_TYPE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_EVIDENCE_LISTS = ("evidence_articles", "evidence", "evidence_start", "evidence_end")


class IdentityError(ValueError):
    """A merge or split that cannot be done (says why)."""


def _rel_type(name: str) -> str:
    if not _TYPE.match(name):
        raise IdentityError(f"unexpected relationship type {name!r}")
    return name


# one relationship r between Person p and node x, as merges and splits read it
_REL_FIELDS = """
    RETURN type(r) AS type, startNode(r) = p AS out, elementId(r) AS rid, elementId(x) AS xid,
           x.id AS other, properties(r) AS props
"""


def _rels(tx: ManagedTransaction, node_id: str) -> list[dict]:
    result = tx.run("MATCH (p:Person {id: $id})-[r]-(x)" + _REL_FIELDS, id=node_id)
    return [dict(r) for r in result]


def _rels_towards(tx: ManagedTransaction, node_id: str, xids) -> list[dict]:
    """The node's relationships with the nodes ``xids`` (element ids), each read from that side."""
    result = tx.run("UNWIND $xids AS xid MATCH (x) WHERE elementId(x) = xid MATCH (x)-[r]-(p:Person {id: $id})"
                    + _REL_FIELDS, id=node_id, xids=sorted(xids))
    return [dict(r) for r in result]


def _node(tx: ManagedTransaction, node_id: str) -> dict:
    """The node's properties, read under its write lock: a concurrent ingest that merges the same node waits,
    or has deleted it already (then the read finds nothing, or an empty map, and the caller leaves the pair)."""
    record = tx.run("MATCH (p:Person {id: $id}) SET p._locked = true REMOVE p._locked "
                    "RETURN properties(p) AS props", id=node_id).single()
    if record is None or not (record["props"] or {}).get("name"):
        raise IdentityError(f"no person with id {node_id!r}")
    return dict(record["props"])


def combine(rel_type: str, kept: dict, moved: dict) -> dict:
    """The provenance of one relationship supported by two sets of articles."""
    out = dict(moved)
    out.update(kept)
    kept_articles, moved_articles = kept.get("articles") or [], moved.get("articles") or []
    both = set(kept_articles) & set(moved_articles)
    out["articles"] = sorted(set(kept_articles) | set(moved_articles))[:MAX_ARTICLES]
    out["weight"] = (kept.get("weight") or 0) + (moved.get("weight") or 0) - len(both)
    evidence = {}
    for props in (moved, kept):
        for a, s, b, e in zip(*(props.get(f) or [] for f in _EVIDENCE_LISTS)):
            evidence[a] = (a, s, b, e)
    chosen = [evidence[a] for a in sorted(evidence)][:MAX_EVIDENCE]
    for i, name in enumerate(_EVIDENCE_LISTS):
        out[name] = [row[i] for row in chosen]
    dates = [d for d in (kept.get("first_seen"), moved.get("first_seen")) if d]
    out["first_seen"] = min(dates) if dates else None
    dates = [d for d in (kept.get("last_seen"), moved.get("last_seen")) if d]
    out["last_seen"] = max(dates) if dates else None
    if rel_type == "MENTIONS":
        out["count"] = (kept.get("count") or 0) + (moved.get("count") or 0)
    if rel_type == "HOLDS":
        # the tenure evidence united as the writer keeps it; until and current are derived again (graph/tenure.py)
        held = [d for d in (kept.get("since"), moved.get("since")) if d]
        out["since"] = min(held) if held else None
        latest = [d for d in (kept.get("last_held"), moved.get("last_held")) if d]
        out["last_held"] = max(latest) if latest else None
        ended = set(kept.get("ended_on") or []) | set(moved.get("ended_on") or [])
        out["ended_on"] = sorted(d for d in ended if out["last_held"] is None or d >= out["last_held"])
        for flag in ("undated_held", "undated_former"):
            out[flag] = bool(kept.get(flag) or moved.get(flag))
        out["as_of"] = out["last_seen"]
        out.pop("until", None)
    return {k: v for k, v in out.items() if v is not None}


def _set_rel(tx, rid: str, props: dict) -> None:
    tx.run("MATCH ()-[r]->() WHERE elementId(r) = $rid SET r = $props", rid=rid, props=props)


def _create_rel(tx, rel_type: str, node_id: str, out: bool, xid: str, props: dict) -> None:
    pattern = "(p)-[r:{t}]->(x)" if out else "(x)-[r:{t}]->(p)"
    tx.run(f"MATCH (p:Person {{id: $id}}) MATCH (x) WHERE elementId(x) = $xid "
           f"CREATE {pattern.format(t=_rel_type(rel_type))} SET r = $props", id=node_id, xid=xid, props=props)


def _identity_props(name: str, surname: str | None, aliases, keys) -> dict:
    return {"name": name, "aliases": sorted(set(a for a in aliases if a and a != name)),
            "keys": sorted(set(keys)), "surname": surname, **blocking_keys(name, surname)}


def merge_nodes(tx: ManagedTransaction, keep_id: str, other_id: str) -> dict:
    """Merge Person ``other_id`` into ``keep_id`` inside ``tx``; returns the
    properties the kept node ends with."""
    if keep_id == other_id:
        raise IdentityError("a person cannot be merged with itself")
    keep, other = _node(tx, keep_id), _node(tx, other_id)
    moving = _rels(tx, other_id)
    # only the kept node's relationships to the same nodes can be twins: a person named in much of the corpus
    # has thousands, read from the other side
    kept_rels = {(r["type"], r["out"], r["xid"]): r for r in _rels_towards(tx, keep_id, {r["xid"] for r in moving})}
    changed_roles = sorted({r["other"] for r in moving if r["type"] == "HOLDS" and r["other"]})
    for rel in moving:
        if rel["other"] == keep_id:
            continue  # a relationship between the two would become a loop
        twin = kept_rels.get((rel["type"], rel["out"], rel["xid"]))
        if twin is not None:
            _set_rel(tx, twin["rid"], combine(rel["type"], twin["props"], rel["props"]))
        else:
            _create_rel(tx, rel["type"], keep_id, rel["out"], rel["xid"], rel["props"])
    tx.run("MATCH (p:Person {id: $id}) DETACH DELETE p", id=other_id)
    name = fullest([keep["name"], other["name"]])
    surname = keep.get("surname") if name == keep["name"] else other.get("surname")
    props = _identity_props(name, surname, [keep["name"], other["name"], *keep.get("aliases", []),
                                            *other.get("aliases", [])],
                            [*keep.get("keys", [keep_id]), *other.get("keys", [other_id])])
    if keep.get("country") is None and other.get("country"):
        props["country"] = other["country"]
    samples = (keep.get("sample_articles"), other.get("sample_articles"))
    if None not in samples:
        # the smallest ids of the union are the smallest of the two samples': no need to read every mention
        # of a person named in much of the corpus
        props["sample_articles"] = sorted(set(samples[0]) | set(samples[1]))[:SAMPLE_ARTICLES]
    tx.run("MATCH (p:Person {id: $id}) SET p += $props", id=keep_id, props=props)
    _after_identity_change(tx, [keep_id], {other_id: keep_id},  # whole-graph caches (analytics) see the change
                           sampled=None not in samples, roles=changed_roles)
    return {**keep, **props}


def _after_identity_change(tx: ManagedTransaction, people: list[str], renamed: dict[str, str],
                           articles: set[str] | None = None, sampled: bool = False,
                           roles: list[str] | None = None) -> None:
    """What is derived from a person's relationships, made again for the nodes a merge or split changed: the
    events they attended (reports name the new ids; events that now share a person may be one) with their MET
    relationships, the tenures (until, current) of the posts they hold (``roles``: the posts whose holds
    changed, when the caller knows them; a merge changes only the merged node's), and their sample of articles
    (unless ``sampled``)."""
    rename_participants(tx, people, renamed, articles)
    if not sampled:
        tx.run(SAMPLE_QUERY, ids=people).consume()  # the articles identity resolution reads a person by
    if roles is None:
        roles = [r["id"] for r in tx.run("UNWIND $ids AS pid MATCH (:Person {id: pid})-[:HOLDS]->(r:Role) "
                                         "RETURN DISTINCT r.id AS id", ids=people)]
    if roles:
        tenure.recompute(tx, roles)
    tx.run(version.BUMP)  # whole-graph caches (analytics) see the change


def survivor(a: dict, b: dict) -> tuple[str, str]:
    """Which of two nodes stays (the fuller name; order-free): (kept id, merged id)."""
    name = fullest([a["name"], b["name"]])
    if a["name"] == b["name"]:
        return (a["id"], b["id"]) if a["id"] < b["id"] else (b["id"], a["id"])
    return (a["id"], b["id"]) if name == a["name"] else (b["id"], a["id"])


def merge(driver: Driver, a: str, b: str, database: str | None = None) -> tuple[str, str, dict]:
    """Merge two Person nodes in one transaction: (kept id, merged id, kept node's properties)."""
    def work(tx):
        nodes = {x: _node(tx, x) for x in sorted((a, b))}  # locked in one order: two merges do not deadlock
        keep_id, other_id = survivor({"id": a, **nodes[a]}, {"id": b, **nodes[b]})
        return keep_id, other_id, merge_nodes(tx, keep_id, other_id)

    with driver.session(database=database) as session:
        return session.execute_write(work)


def _published(tx, articles) -> dict[str, str | None]:
    result = tx.run("UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.published AS published",
                    ids=sorted(articles))
    return {r["id"]: r["published"] for r in result}


def _part(props: dict, wanted: set[str], dates: dict[str, str | None], total: int | None) -> dict:
    out = dict(props)
    listed = props.get("articles") or []
    out["articles"] = [a for a in listed if a in wanted]
    keep = [i for i, a in enumerate(props.get("evidence_articles") or []) if a in wanted]
    for name in _EVIDENCE_LISTS:
        values = props.get(name) or []
        out[name] = [values[i] for i in keep]
    out["weight"] = len(out["articles"]) if total is None else max(total, 1)
    seen = sorted(d for d in (dates.get(a) for a in out["articles"]) if d)
    if seen:
        out["first_seen"], out["last_seen"] = seen[0], seen[-1]
        if "as_of" in out:
            out["as_of"] = seen[-1]
    if "since" in props or "last_held" in props or "ended_on" in props:
        # a tenure's dates divided by article: the dates of "former" evidence (ended_on) that fall on this part's
        # articles stay "former", its other dated articles are evidence of holding
        ended = [d for d in props.get("ended_on") or [] if d in seen]
        held = [d for d in seen if d not in ended]
        out["since"] = held[0] if held else None
        out["last_held"] = held[-1] if held else None
        out["ended_on"] = sorted({d for d in ended if not held or d >= held[-1]})
        out.pop("until", None)
    return {k: v for k, v in out.items() if v is not None}


def split_node(tx: ManagedTransaction, node_id: str, keys: list[str]) -> tuple[str, list[str], list[str]]:
    """Split the mentions written under ``keys`` off Person ``node_id`` into a
    new node; returns (new node id, keys moved, keys left)."""
    node = _node(tx, node_id)
    all_keys = set(node.get("keys") or [node_id])
    wanted = set(keys)
    unknown = wanted - all_keys
    if unknown:
        raise IdentityError(f"{node_id} holds no key {', '.join(sorted(unknown))} (its keys: "
                            f"{', '.join(sorted(all_keys))})")
    if not wanted or wanted == all_keys:
        raise IdentityError("split off some of the node's keys, not none or all of them")
    moving = wanted if node_id not in wanted else all_keys - wanted  # the node keeps its own id
    staying = all_keys - moving
    mentions = [dict(r) for r in tx.run("""
        MATCH (a:Article)-[m:MENTIONS]->(p:Person {id: $id})
        RETURN a.id AS article, m.person_key AS key, m.person_name AS name, coalesce(m.person_forms, []) AS forms,
               m.person_surname AS surname
    """, id=node_id)]
    moved = [m for m in mentions if m["key"] in moving]
    if not moved:
        raise IdentityError(f"no article mentions {node_id} under {', '.join(sorted(moving))}")
    left = [m for m in mentions if m["key"] not in moving]
    articles = {m["article"] for m in moved}
    best = max(moved, key=lambda m: (len((m["name"] or "").split()), len(m["name"] or ""), m["key"]))
    new_id = best["key"]
    if tx.run("MATCH (p:Person {id: $id}) RETURN p", id=new_id).single() is not None:
        raise IdentityError(f"a person with id {new_id} exists already; merge or split that one instead")
    name = fullest([m["name"] for m in moved if m["name"]] or [node["name"]])
    surname = next((m["surname"] for m in moved if m["name"] == name), None)
    props = _identity_props(name, surname, [f for m in moved for f in [m["name"], *m["forms"]]], moving)
    if node.get("country"):
        props["country"] = node["country"]
    tx.run("CREATE (p:Person {id: $id}) SET p += $props", id=new_id, props=props)
    rels = _rels(tx, node_id)
    listed = {a for r in rels for a in (r["props"].get("articles") or [])}
    dates = _published(tx, listed)
    for rel in rels:
        supported = rel["props"].get("articles") or []
        mine = [a for a in supported if a in articles]
        if not mine:
            continue
        if len(mine) == len(supported) and (rel["props"].get("weight") or 0) <= len(supported):
            _create_rel(tx, rel["type"], new_id, rel["out"], rel["xid"], rel["props"])
            tx.run("MATCH ()-[r]->() WHERE elementId(r) = $rid DELETE r", rid=rel["rid"])
            continue
        weight = rel["props"].get("weight") or len(supported)
        _create_rel(tx, rel["type"], new_id, rel["out"], rel["xid"], _part(rel["props"], articles, dates, None))
        rest = set(supported) - articles
        _set_rel(tx, rel["rid"], _part(rel["props"], rest, dates, weight - len(mine)))
    if left:
        name = fullest([m["name"] for m in left if m["name"]] or [node["name"]])
        surname = next((m["surname"] for m in left if m["name"] == name), node.get("surname"))
        aliases = [f for m in left for f in [m["name"], *m["forms"]] if f]
    else:
        name, surname, aliases = node["name"], node.get("surname"), node.get("aliases", [])
    tx.run("MATCH (p:Person {id: $id}) SET p += $props", id=node_id,
           props=_identity_props(name, surname, aliases, staying))
    _after_identity_change(tx, [node_id, new_id], {node_id: new_id}, articles)
    return new_id, sorted(moving), sorted(staying)


def split(driver: Driver, node_id: str, keys: list[str], database: str | None = None):
    """Split in one transaction (see ``split_node``)."""
    with driver.session(database=database) as session:
        return session.execute_write(lambda tx: split_node(tx, node_id, keys))
