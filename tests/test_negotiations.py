"""The explorer's side of events: the read queries (events, filters, who met
whom, the depth-2 neighbourhood) and the Negotiations page in AppTest, over a
real Neo4j written through the real writer."""

from __future__ import annotations

import copy

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, reset
from graph import queries as Q
from graph.writer import GraphWriter
from loaders.extraction.model import Engagement
from loaders.rows import article_facts
from test_events_graph import A, B, C, extraction


@pytest.fixture(scope="module")
def event_graph(driver, settings, lexicon):
    reset(driver, settings.database)
    a, text = copy.deepcopy(A)
    a.engagements = [Engagement("Dana Whitcombe", "Person", "tariffs")]
    other = extraction("other", "2025-05-01", [], issues=("tariffs",))
    other[0].persons.append(type(a.persons[0])(name="Nobody Else", mentions=1))
    other[0].engagements = [Engagement("Nobody Else", "Person", "tariffs")]
    brussels = extraction("brussels", "2025-06-03", [
        ("meeting", ["Ines Moreau", "Peter Langley"], "Brussels", "2025-06-02",
         "Ines Moreau received Peter Langley in Brussels on Monday.")], issues=("steel_aluminum",))
    GraphWriter(driver, settings.database).write(
        [article_facts(ex, lexicon, t) for ex, t in [(a, text), B, C, other, brussels]])
    yield Q.GraphReader(driver, settings.database)
    reset(driver, settings.database)


def test_events_with_delegations_and_reporting_sentences(event_graph):
    found = Q.events(event_graph)
    assert [(e["kind"], e["place"]) for e in found] == [("talks", "Geneva"), ("meeting", "Brussels")]
    geneva = found[0]
    assert geneva["delegations"] == {"CN": ["He Lifeng", "Zhao Wenbo"], "US": ["Dana Whitcombe", "Peter Langley"]}
    assert [i["key"] for i in geneva["issues"]] == ["tariffs"]
    sentences = [s for r in geneva["reports"] for s in r["evidence"]]
    assert "Langley joined He and Zhao for the second day." in sentences and len(geneva["reports"]) == 3


def test_event_filters(event_graph):
    choices = Q.event_choices(event_graph)
    assert choices["sides"] == ["CN", "EU", "US"] and choices["kinds"] == ["meeting", "talks"]
    assert [e["place"] for e in Q.events(event_graph, side_a="US", side_b="EU")] == ["Brussels"]
    assert [e["place"] for e in Q.events(event_graph, person="person:zhao-wenbo")] == ["Geneva"]
    assert [e["place"] for e in Q.events(event_graph, issue="steel_aluminum")] == ["Brussels"]
    assert [e["place"] for e in Q.events(event_graph, date_from="2025-05-11", date_to="2025-05-31")] == ["Geneva"]
    assert Q.events(event_graph, date_from="2025-07-01") == []


def test_who_met_whom_counts_the_filtered_events(event_graph):
    everyone = Q.met_network(event_graph)
    names = {frozenset((everyone.nodes[e["source"]]["name"], everyone.nodes[e["target"]]["name"]))
             for e in everyone.edges.values()}
    assert frozenset(("Peter Langley", "Ines Moreau")) in names
    assert frozenset(("Dana Whitcombe", "Peter Langley")) not in names  # same side: not counterparts
    eu = Q.met_network(event_graph, side_a="EU")
    assert {n["name"] for n in eu.nodes.values()} == {"Ines Moreau", "Peter Langley"}


def test_depth_two_goes_through_actors_and_events_not_issue_hubs(event_graph):
    view = Q.neighbourhood(event_graph, "person:dana-whitcombe", depth=2)
    names = {n["name"] for n in view.nodes.values()}
    assert "Tariffs" in names  # the hub is drawn...
    assert "Nobody Else" not in names  # ...but not expanded
    assert {"He Lifeng", "Zhao Wenbo", "Peter Langley"} <= names  # through the event and MET
    assert {"ATTENDED", "MET"} <= {e["type"] for e in view.edges.values()}
    hub = Q.neighbourhood(event_graph, "issue:tariffs", depth=2)
    assert "Nobody Else" in {n["name"] for n in hub.nodes.values()}  # picked: expanded


def test_negotiations_page(event_graph):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/negotiations.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value.startswith("Negotiations")
    labels = [e.label for e in at.expander]
    assert labels[:2] == ["talks · Geneva · 2025-05-10 to 2025-05-11", "meeting · Brussels · 2025-06-02"]
    body = "\n".join(str(m.value) for m in at.markdown) + "\n".join(str(c.value) for c in at.caption)
    assert "**CN**: He Lifeng, Zhao Wenbo" in body and "Whitcombe met Zhao Wenbo in Geneva last week." in body
    assert "Peter Langley – Ines Moreau" in body or "Ines Moreau – Peter Langley" in body
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # the timeline
    at.selectbox(key="neg_side_a").set_value("EU").run()
    assert not at.exception
    assert [e.label for e in at.expander] == ["meeting · Brussels · 2025-06-02"]
