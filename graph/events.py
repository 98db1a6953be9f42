"""Events (talks, meetings, calls, visits, summits, signings) in the graph.

Ten articles about the same round of talks must make one ``Event``. Each
article's account of an event is a *report* (kept on its ``REPORTS``
relationship: kind, place, date, participants with their sides, issues,
evidence). Two reports are the same event when (:func:`same_event`):

* they share at least one participant (the same person id);
* their places agree (equal after folding case and accents, or one is unknown);
* their dates are at most ``DAY_WINDOW`` days apart (a ``YYYY-MM`` date agrees
  with any date in that month; an unknown date agrees with any date);
* a phone or video ``call`` only merges with another call.

An ``Event`` is a connected component of reports under that rule, and every
property of it (id, kind, place, dates, sides, ``ATTENDED``, ``ON``, ``MET``)
is computed from the component's reports alone, so the graph does not depend
on the order articles arrive in: when a new report joins components, they are
deleted and rebuilt as one. ``(Person)-[:MET]->(Person)`` joins counterparts
(different, known sides) of at least one event, pointing from the smaller
person id to the greater, and lists the events, their number and the
provenance of the reports behind them.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date as Date

from neo4j import ManagedTransaction

from graph.ids import fold, label_prefixes

#: Reports whose dates are at most this many days apart may be one event
#: (rounds of talks run over two or three days; reports date them differently).
DAY_WINDOW = 3
MAX_EVIDENCE = 20
MAX_ARTICLES = 100


def event_id(report_keys: Iterable[str]) -> str:
    """An event is named after its smallest report key (``article id#n``): the
    same set of reports always gives the same id, whatever the loading order."""
    first = min(report_keys)
    return f"{label_prefixes()['Event']}:" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:20]


def _day(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def dates_agree(a: str | None, b: str | None, window: int = DAY_WINDOW) -> bool:
    """Unknown dates agree with any date; a month with any day in it; two days when at most ``window`` apart."""
    if not a or not b:
        return True
    da, db = _day(a), _day(b)
    if da and db:
        return abs((da - db).days) <= window
    return a[:7] == b[:7]


def places_agree(a: str | None, b: str | None) -> bool:
    """Unknown places agree with any place; known ones must be the same words."""
    return not a or not b or fold(a) == fold(b)


def same_event(a: dict, b: dict) -> bool:
    """Whether two reports (dicts with ``participants``, ``place``, ``date``, ``kind``) describe one event."""
    if not set(a["participants"]) & set(b["participants"]):
        return False
    if (a["kind"] == "call") != (b["kind"] == "call"):
        return False
    return places_agree(a["place"], b["place"]) and dates_agree(a["date"], b["date"])


def components(reports: list[dict], linked: Iterable[tuple[str, str]] = ()) -> list[list[dict]]:
    """Group reports into events: connected components of :func:`same_event`
    (plus ``linked`` pairs of report keys already known to be one event),
    each sorted by report key, the list sorted by first key."""
    parent = {r["report"]: r["report"] for r in reports}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    for x, y in linked:
        union(x, y)
    by_person: dict[str, list[dict]] = {}
    for r in reports:
        for p in set(r["participants"]):
            by_person.setdefault(p, []).append(r)
    for group in by_person.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if same_event(a, b):
                    union(a["report"], b["report"])
    groups: dict[str, list[dict]] = {}
    for r in reports:
        groups.setdefault(find(r["report"]), []).append(r)
    return sorted((sorted(g, key=lambda r: r["report"]) for g in groups.values()), key=lambda g: g[0]["report"])


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best)


def _provenance(reports: list[dict]) -> dict:
    """Provenance properties (as on every fact) from the reports supporting one relationship."""
    articles = sorted({r["article"] for r in reports})
    evidence = sorted(((r["article"], s, b, e) for r in reports
                       for s, b, e in zip(r["evidence"], r["evidence_start"], r["evidence_end"])))[:MAX_EVIDENCE]
    dates = [r["published"] for r in reports if r.get("published")]
    return {
        "weight": len(articles), "articles": articles[:MAX_ARTICLES],
        "evidence_articles": [ev[0] for ev in evidence], "evidence": [ev[1] for ev in evidence],
        "evidence_start": [ev[2] for ev in evidence], "evidence_end": [ev[3] for ev in evidence],
        "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
    }


def build_event(reports: list[dict]) -> dict:
    """One event's node, ATTENDED, ON and REPORTS rows from its reports."""
    eid = event_id(r["report"] for r in reports)
    kind = _most_common(r["kind"] for r in reports)
    places = [r["place"] for r in reports if r["place"]]
    place = _most_common(places)
    days = sorted(r["date"] for r in reports if r["date"] and len(r["date"]) == 10)
    months = sorted(r["date"] for r in reports if r["date"])
    start = days[0] if days else (months[0] if months else None)
    end = days[-1] if days else start
    sides_of: dict[str, list[str | None]] = {}
    for r in reports:
        for pid, side in zip(r["participants"], r["sides"]):
            sides_of.setdefault(pid, []).append(side or None)
    attended = []
    for pid in sorted(sides_of):
        side = _most_common(sides_of[pid])
        attended.append({"person": pid, "side": side,
                         **_provenance([r for r in reports if pid in r["participants"]])})
    sides = sorted({a["side"] for a in attended if a["side"]})
    issues = sorted({i for r in reports for i in r["issues"]})
    on = [{"issue": i, **_provenance([r for r in reports if i in r["issues"]])} for i in issues]
    name = " ".join(part for part in ("–".join(sides) if len(sides) > 1 else None, kind,
                                      f"in {place}" if place else None, start and f"({start})") if part)
    node = {"id": eid, "name": name, "kind": kind, "place": place, "date": start, "date_end": end,
            "sides": sides, "reports": len({r["article"] for r in reports}),
            "published": min((r["published"] for r in reports if r.get("published")), default=None)}
    return {"node": node, "attended": attended, "on": on, "reports": reports}


# --- writing --------------------------------------------------------------------------------------------------------

_EXISTING = """
UNWIND $pids AS pid
MATCH (:Person {id: pid})-[:ATTENDED]->(e:Event)
WITH DISTINCT e
MATCH (a:Article)-[r:REPORTS]->(e)
RETURN e.id AS event, a.id AS article, properties(r) AS r
"""
_LOCK = "UNWIND $ids AS id MATCH (e:Event {id: id}) SET e.reports = e.reports"
_DELETE = "UNWIND $ids AS id MATCH (e:Event {id: id}) DETACH DELETE e"
_CREATE_EVENTS = """
UNWIND $rows AS row
CREATE (e:Event {id: row.id})
SET e.name = row.name, e.kind = row.kind, e.place = row.place, e.date = row.date, e.date_end = row.date_end,
    e.sides = row.sides, e.reports = row.reports, e.published = row.published
"""
_PROV_SET = """
SET r.weight = row.weight, r.articles = row.articles, r.evidence = row.evidence,
    r.evidence_articles = row.evidence_articles, r.evidence_start = row.evidence_start,
    r.evidence_end = row.evidence_end, r.first_seen = row.first_seen, r.last_seen = row.last_seen
"""
_CREATE_ATTENDED = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person}), (e:Event {id: row.event})
CREATE (p)-[r:ATTENDED]->(e)
SET r.side = row.side
""" + _PROV_SET
_CREATE_ON = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event}), (i:Issue {id: row.issue})
CREATE (e)-[r:ON]->(i)
""" + _PROV_SET
_CREATE_REPORTS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (e:Event {id: row.event})
CREATE (a)-[r:REPORTS]->(e)
SET r.report = row.report, r.kind = row.kind, r.place = row.place, r.date = row.date,
    r.participants = row.participants, r.sides = row.sides, r.issues = row.issues,
    r.weight = 1, r.articles = [row.article], r.evidence = row.evidence,
    r.evidence_articles = [x IN row.evidence | row.article], r.evidence_start = row.evidence_start,
    r.evidence_end = row.evidence_end, r.first_seen = row.published, r.last_seen = row.published
"""
_PAIR_EVENTS = """
UNWIND $pairs AS pair
MATCH (p:Person {id: pair[0]})-[x:ATTENDED]->(e:Event)<-[y:ATTENDED]-(q:Person {id: pair[1]})
WHERE x.side IS NOT NULL AND y.side IS NOT NULL AND x.side <> y.side
MATCH (a:Article)-[r:REPORTS]->(e)
RETURN pair[0] AS p, pair[1] AS q, e.id AS event, properties(r) AS r
"""
_SET_MET = """
UNWIND $rows AS row
MATCH (p:Person {id: row.start}), (q:Person {id: row.end})
MERGE (p)-[r:MET]->(q)
SET r.events = row.events, r.count = row.count
""" + _PROV_SET
_DROP_MET = """
UNWIND $pairs AS pair
MATCH (:Person {id: pair[0]})-[r:MET]->(:Person {id: pair[1]})
DELETE r
"""


def _stored(r: dict) -> dict:
    """A report as read back from its REPORTS relationship."""
    return {"report": r["report"], "article": r["articles"][0], "kind": r["kind"], "place": r.get("place"),
            "date": r.get("date"), "participants": list(r["participants"]), "sides": list(r["sides"]),  # "" for unknown, as stored
            "issues": list(r.get("issues") or []), "evidence": list(r["evidence"]),
            "evidence_start": list(r["evidence_start"]), "evidence_end": list(r["evidence_end"]),
            "published": r.get("first_seen")}


def write_events(tx: ManagedTransaction, reports: list[dict]) -> tuple[int, int, int]:
    """Fold new reports into the events of the graph (inside the writer's
    transaction, after the articles' people and issues exist): the events
    they join are rebuilt from all their reports, and the MET relationships
    of everyone in them recomputed. Returns the number of events written and
    the net numbers of nodes and relationships this added (events rebuilt
    are deleted and created again: only the difference is new).

    Concurrent ingests stay consistent because the writer has already
    write-locked every participant (their Person rows are merged earlier in
    the same transaction): two reports can only merge when they share a
    person, so a transaction that could merge with another's events waits
    for it to commit and then reads them."""
    if not reports:
        return 0, 0, 0
    net = [0, 0]

    def run(query: str, **params) -> None:
        c = tx.run(query, **params).consume().counters
        net[0] += c.nodes_created - c.nodes_deleted
        net[1] += c.relationships_created - c.relationships_deleted

    pids = sorted({p for r in reports for p in r["participants"]})
    existing, event_of = _existing(tx, pids)
    new_keys = {r["report"] for r in reports}
    everything = list(existing.values()) + [r for r in reports if r["report"] not in existing]
    first_of: dict[str, str] = {}
    linked = []
    for key, event in sorted(event_of.items()):
        if event in first_of:
            linked.append((first_of[event], key))
        else:
            first_of[event] = key
    groups = [g for g in components(everything, linked) if any(r["report"] in new_keys for r in g)]
    stale = sorted({event_of[r["report"]] for g in groups for r in g if r["report"] in event_of})
    run(_DELETE, ids=stale)
    built = [build_event(g) for g in groups]
    run(_CREATE_EVENTS, rows=[b["node"] for b in built])
    run(_CREATE_ATTENDED, rows=[{**a, "event": b["node"]["id"]} for b in built for a in b["attended"]])
    run(_CREATE_ON, rows=[{**o, "event": b["node"]["id"]} for b in built for o in b["on"]])
    run(_CREATE_REPORTS, rows=[{**r, "event": b["node"]["id"]} for b in built for r in b["reports"]])
    people = sorted({a["person"] for b in built for a in b["attended"]})
    pairs = [[p, q] for i, p in enumerate(people) for q in people[i + 1:]]
    _write_met(tx, pairs, run)
    return len(built), net[0], net[1]


def _existing(tx: ManagedTransaction, pids: list[str]) -> tuple[dict[str, dict], dict[str, str]]:
    """The stored reports of the events these people attended, keyed by report, and each one's event. The events
    are write-locked and read again until stable, so an event another transaction is rebuilding is read after it
    commits (its other participants are not locked by this transaction)."""
    seen: set[str] | None = None
    for _ in range(5):
        existing: dict[str, dict] = {}
        event_of: dict[str, str] = {}
        for rec in tx.run(_EXISTING, pids=pids):
            report = _stored(rec["r"])
            existing[report["report"]] = report
            event_of[report["report"]] = rec["event"]
        found = set(event_of.values())
        if found == seen:
            break
        tx.run(_LOCK, ids=sorted(found)).consume()
        seen = found
    return existing, event_of


def _write_met(tx: ManagedTransaction, pairs: list[list[str]], run) -> None:
    """Recompute MET for these (sorted) person pairs from the events they attended on different sides."""
    if not pairs:
        return
    found: dict[tuple[str, str], dict[str, list[dict]]] = {}
    for rec in tx.run(_PAIR_EVENTS, pairs=pairs):
        found.setdefault((rec["p"], rec["q"]), {}).setdefault(rec["event"], []).append(_stored(rec["r"]))
    rows = []
    for (p, q), events in sorted(found.items()):
        reports = [r for rs in events.values() for r in rs]
        rows.append({"start": p, "end": q, "events": sorted(events), "count": len(events), **_provenance(reports)})
    run(_SET_MET, rows=rows)
    run(_DROP_MET, pairs=[pair for pair in pairs if tuple(pair) not in found])


_PERSON_REPORTS = """
UNWIND $ids AS pid
MATCH (:Person {id: pid})-[:ATTENDED]->(e:Event)
WITH DISTINCT e
MATCH (a:Article)-[r:REPORTS]->(e)
RETURN elementId(r) AS rid, a.id AS article, properties(r) AS r
"""
_SET_PARTICIPANTS = """
UNWIND $rows AS row
MATCH ()-[r:REPORTS]->() WHERE elementId(r) = row.rid
SET r.participants = row.participants, r.sides = row.sides
"""
_DROP_PERSON_MET = "UNWIND $ids AS pid MATCH (:Person {id: pid})-[m:MET]-(:Person) DELETE m"


def rename_participants(tx: ManagedTransaction, people: list[str], renamed: dict[str, str],
                        articles: set[str] | None = None) -> int:
    """After an identity merge or split: the reports of every event these
    people attended name the person ids they now stand for (``renamed``
    maps old id to new, only in reports from ``articles`` when given), and
    those events and their MET relationships are rebuilt by the same rule as
    when writing, so two events that now share a person may become one.
    Returns the number of events rebuilt."""
    reports, rows = [], []
    for rec in tx.run(_PERSON_REPORTS, ids=sorted(set(people) | set(renamed.values()))):
        report = _stored(rec["r"])
        if articles is None or rec["article"] in articles:
            seen: dict[str, str] = {}
            for pid, side in zip(report["participants"], report["sides"]):
                pid = renamed.get(pid, pid)
                if pid not in seen or (side and not seen[pid]):
                    seen[pid] = side
            report["participants"], report["sides"] = list(seen), list(seen.values())
            rows.append({"rid": rec["rid"], "participants": report["participants"], "sides": report["sides"]})
        reports.append(report)
    if not reports:
        return 0
    tx.run(_SET_PARTICIPANTS, rows=rows).consume()
    # their MET relationships (moved by the merge in either direction) are made again from the events
    tx.run(_DROP_PERSON_MET, ids=sorted(set(people) | set(renamed.values()))).consume()
    built, _, _ = write_events(tx, reports)
    return built
