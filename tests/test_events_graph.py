"""Events in the real Neo4j: reports of one event by several articles are one
Event, whatever the loading order; MET joins counterparts with provenance.

The extractions here are built in the test (the extractor's side has its own
tests) and go through the real rows builder and the real writer."""

from __future__ import annotations

import hashlib

import pytest

from conftest import reset
from graph.events import components, dates_agree, same_event
from graph.writer import GraphWriter
from loaders.extraction.model import (Event, EventKind, Evidence, Extraction, IssueMention, Participant,
                                      Person)
from loaders.rows import article_facts
from test_graph_ingest import full_dump

SIDES = {"Dana Whitcombe": "US", "Peter Langley": "US", "He Lifeng": "CN", "Zhao Wenbo": "CN",
         "Ines Moreau": "EU", "Tomas Varga": "EU"}


def extraction(name: str, published: str, events: list[tuple], issues=("tariffs",)) -> tuple[Extraction, str]:
    """An article named ``name`` whose ``events`` are (kind, people, place, date, sentence) tuples."""
    text = " ".join(e[4] for e in events) or f"{name}."
    checksum = hashlib.sha256(f"{name}\n{text}".encode()).hexdigest()
    people = sorted({p for e in events for p in e[1]})
    ex = Extraction(id=name, checksum=checksum, title=name, published=published,
                    persons=[Person(name=p, mentions=1, evidence=Evidence(text, 0, len(text))) for p in people],
                    issues=[IssueMention(id=i, label=i, count=1) for i in issues])
    offset = 0
    for kind, who, place, date, sentence in events:
        ev = Evidence(sentence, offset, offset + len(sentence))
        offset += len(sentence) + 1
        ex.events.append(Event(kind=EventKind(kind), participants=[Participant(p, SIDES.get(p)) for p in who],
                               place=place, date=date, issues=list(issues), evidence=[ev]))
    return ex, text


@pytest.fixture
def write(empty_graph, lexicon, settings):
    writer = GraphWriter(empty_graph, settings.database)

    def go(*articles):
        return writer.write([article_facts(ex, lexicon, text) for ex, text in articles])
    return go


# one round of talks in Geneva, told three ways
A = extraction("a", "2025-05-12", [("talks", ["Dana Whitcombe", "He Lifeng"], "Geneva", "2025-05-10",
                                    "Whitcombe and He Lifeng held two days of talks in Geneva.")])
B = extraction("b", "2025-05-13", [("talks", ["He Lifeng", "Zhao Wenbo", "Peter Langley"], None, "2025-05-11",
                                    "Langley joined He and Zhao for the second day.")])
C = extraction("c", "2025-05-20", [("meeting", ["Dana Whitcombe", "Zhao Wenbo"], "geneva", None,
                                    "Whitcombe met Zhao Wenbo in Geneva last week.")])


def events(driver) -> list[dict]:
    return [r.data() for r in driver.execute_query(
        "MATCH (e:Event) OPTIONAL MATCH (a:Article)-[:REPORTS]->(e) "
        "WITH e, count(DISTINCT a) AS articles "
        "MATCH (p:Person)-[x:ATTENDED]->(e) "
        "RETURN e.id AS id, e.kind AS kind, e.place AS place, e.date AS date, e.date_end AS date_end, "
        "e.sides AS sides, articles, collect([p.name, x.side]) AS people ORDER BY e.date").records]


def met(driver) -> dict:
    return {(r["a"], r["b"]): r.data() for r in driver.execute_query(
        "MATCH (p:Person)-[m:MET]->(q:Person) RETURN p.name AS a, q.name AS b, m.count AS count, "
        "m.events AS events, m.weight AS weight, m.articles AS articles, m.evidence AS evidence").records}


def test_the_rule():
    r = {"participants": ["p1", "p2"], "kind": "talks", "place": "Geneva", "date": "2025-05-10"}
    assert same_event(r, {**r, "participants": ["p2", "p3"], "place": None, "date": "2025-05-13"})
    assert not same_event(r, {**r, "date": "2025-05-14"})  # four days apart
    assert not same_event(r, {**r, "participants": ["p3"]})
    assert not same_event(r, {**r, "place": "London"})
    assert not same_event(r, {**r, "kind": "call"})
    assert same_event(r, {**r, "kind": "meeting", "date": "2025-05"})
    assert dates_agree("2025-05", None) and not dates_agree("2025-05", "2025-06-01")
    reports = [{**r, "report": "k1"}, {**r, "report": "k2", "participants": ["p9"]},
               {**r, "report": "k3", "participants": ["p2", "p9"]}]
    assert [[x["report"] for x in g] for g in components(reports)] == [["k1", "k2", "k3"]]  # k3 bridges


def test_three_reports_of_one_round_are_one_event(write, empty_graph):
    write(A, B, C)
    found = events(empty_graph)
    assert len(found) == 1
    event = found[0]
    assert (event["kind"], event["place"], event["date"], event["date_end"]) == ("talks", "Geneva", "2025-05-10",
                                                                                 "2025-05-11")
    assert event["sides"] == ["CN", "US"] and event["articles"] == 3
    assert sorted(event["people"]) == [["Dana Whitcombe", "US"], ["He Lifeng", "CN"], ["Peter Langley", "US"],
                                       ["Zhao Wenbo", "CN"]]
    pairs = met(empty_graph)
    # counterparts only: four US-CN pairs, no US-US or CN-CN pair
    assert sorted(pairs) == [("Dana Whitcombe", "He Lifeng"), ("Dana Whitcombe", "Zhao Wenbo"),
                             ("He Lifeng", "Peter Langley"), ("Peter Langley", "Zhao Wenbo")]
    edge = pairs[("Dana Whitcombe", "He Lifeng")]
    assert edge["count"] == 1 and edge["events"] == [event["id"]] and edge["weight"] == 3
    assert "Whitcombe and He Lifeng held two days of talks in Geneva." in edge["evidence"]
    issue = empty_graph.execute_query("MATCH (e:Event)-[o:ON]->(i:Issue) RETURN i.key AS k, o.weight AS w").records
    assert [(r["k"], r["w"]) for r in issue] == [("tariffs", 3)]


def test_the_graph_does_not_depend_on_loading_order(write, empty_graph, settings):
    dumps = []
    for order in ([A, B, C], [C, A, B], [B, C, A]):
        reset(empty_graph, settings.database)
        for article in order:
            write(article)  # one transaction each: events merge across writes
        dumps.append(full_dump(empty_graph))
    reset(empty_graph, settings.database)
    write(C, B, A)  # one batch
    dumps.append(full_dump(empty_graph))
    assert all(d == dumps[0] for d in dumps[1:])
    assert sum(1 for labels, _ in dumps[0][0] if labels == ["Event"]) == 1


def test_a_late_report_joins_two_events_and_met_is_recomputed(write, empty_graph):
    stats = [write(A)]
    stats.append(write(extraction("d", "2025-05-12", [("talks", ["Zhao Wenbo", "Peter Langley"], "Geneva",
                                                       "2025-05-11", "Zhao and Langley talked in Geneva.")])))
    assert len(events(empty_graph)) == 2  # no shared participant yet
    stats.append(write(B))  # He Lifeng and Zhao Wenbo together: the two are one round
    nodes, rels = (empty_graph.execute_query(q).records[0]["n"] for q in (
        "MATCH (n) RETURN count(n) AS n", "MATCH ()-[r]->() RETURN count(r) AS n"))
    # the ingest report's counts are net: events rebuilt are not counted twice
    assert (sum(s.nodes_created for s in stats), sum(s.relationships_created for s in stats)) == (nodes, rels)
    found = events(empty_graph)
    assert len(found) == 1 and found[0]["articles"] == 3
    assert {tuple(e["events"]) for e in met(empty_graph).values()} == {(found[0]["id"],)}
    stale = empty_graph.execute_query("MATCH ()-[m:MET]->() WHERE m.count <> size(m.events) RETURN count(m) AS n")
    assert stale.records[0]["n"] == 0


def test_separate_events_stay_apart_and_met_counts_them(write, empty_graph):
    write(A, extraction("later", "2025-06-20", [
        ("talks", ["Dana Whitcombe", "He Lifeng"], "London", "2025-06-18", "They met again in London."),
        ("call", ["Dana Whitcombe", "He Lifeng"], None, "2025-05-10", "Whitcombe also spoke to He by phone.")]))
    found = events(empty_graph)
    assert sorted((e["kind"], e["place"]) for e in found) == [("call", None), ("talks", "Geneva"),
                                                              ("talks", "London")]
    edge = met(empty_graph)[("Dana Whitcombe", "He Lifeng")]
    assert edge["count"] == 3 and len(edge["events"]) == 3 and edge["weight"] == 2


def test_writing_again_changes_nothing(write, empty_graph):
    write(A, B)
    before = full_dump(empty_graph)
    assert write(A, B).articles == 0
    assert full_dump(empty_graph) == before


def test_a_participant_whose_side_is_unknown_attends_but_meets_nobody(write, empty_graph):
    """Bug: an unknown side (None) in the report's list of sides could not be stored."""
    write(extraction("unknown", "2025-05-12", [("talks", ["Dana Whitcombe", "Someone Unplaced", "He Lifeng"],
                                                "Geneva", "2025-05-10", "Whitcombe, Unplaced and He talked.")]))
    people = dict(events(empty_graph)[0]["people"])
    assert people == {"Dana Whitcombe": "US", "Someone Unplaced": None, "He Lifeng": "CN"}
    assert sorted(met(empty_graph)) == [("Dana Whitcombe", "He Lifeng")]


def test_an_event_with_an_unknown_side_is_rebuilt_when_a_later_report_joins_it(write, empty_graph):
    """Bug: rebuilding an event read its stored sides back as nulls, which a stored list cannot hold."""
    write(extraction("unknown", "2025-05-12", [("talks", ["Dana Whitcombe", "Someone Unplaced", "He Lifeng"],
                                                "Geneva", "2025-05-10", "Whitcombe, Unplaced and He talked.")]))
    write(B)  # He Lifeng again, the next day, in no named place: the same round
    found = events(empty_graph)
    assert len(found) == 1 and found[0]["articles"] == 2
    assert dict(found[0]["people"])["Someone Unplaced"] is None


def test_a_merge_of_two_spellings_rebuilds_their_events(write, empty_graph, settings):
    """Bug: after an identity merge the reports still named the merged-away id, so the next rebuild of the event
    lost that attendee, and two events that now shared a person stayed apart."""
    from graph.identity.merge import merge

    SIDES["Dana J. Whitcombe"] = "US"
    try:
        write(A, extraction("x", "2025-05-12", [("talks", ["Dana J. Whitcombe", "Zhao Wenbo"], "Geneva",
                                                 "2025-05-11", "Dana J. Whitcombe and Zhao Wenbo met in Geneva.")]))
        assert len(events(empty_graph)) == 2  # no shared person id yet
        kept, gone, _ = merge(empty_graph, "person:dana-whitcombe", "person:dana-j-whitcombe", settings.database)
        assert (kept, gone) == ("person:dana-j-whitcombe", "person:dana-whitcombe")
        found = events(empty_graph)
        assert len(found) == 1 and found[0]["articles"] == 2
        assert dict(found[0]["people"]) == {"Dana J. Whitcombe": "US", "He Lifeng": "CN", "Zhao Wenbo": "CN"}
        stale = empty_graph.execute_query("MATCH ()-[r:REPORTS]->() WHERE $gone IN r.participants RETURN count(r) AS n",
                                          gone=gone).records[0]["n"]
        assert stale == 0
        assert {k: (v["count"], len(v["events"])) for k, v in met(empty_graph).items()} == {
            ("Dana J. Whitcombe", "He Lifeng"): (1, 1), ("Dana J. Whitcombe", "Zhao Wenbo"): (1, 1)}
        write(B)  # a later report of the same round is folded in with every attendee kept
        found = events(empty_graph)
        assert len(found) == 1 and "Dana J. Whitcombe" in dict(found[0]["people"])
    finally:
        SIDES.pop("Dana J. Whitcombe")
