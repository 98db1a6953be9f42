"""The graph as of a date, and timelines in the explorer: over the succession
stories (invented people in real posts) in the real Neo4j, through the real
queries and the real Streamlit pages (AppTest)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ROOT, ingest_paths, reset
from streamlit.testing.v1 import AppTest

from graph import queries as Q
from graph import timeline as T

STORIES = Path(__file__).parent / "fixtures" / "succession"


@pytest.fixture(scope="module")
def succession(driver, settings, extractor):
    reset(driver, settings.database)
    report = ingest_paths(driver, extractor, [STORIES], settings.database)
    assert report.failed == 0
    return Q.GraphReader(driver, settings.database)


def post_role(reader) -> str:
    return reader.rows("MATCH (r:Role {post: 'us-trade-representative'}) RETURN r.id AS id")[0]["id"]


def people(view: Q.Subgraph) -> set[str]:
    return {n["name"] for n in view.nodes.values() if n["label"] == "Person"}


def test_neighbourhood_as_of_shows_the_holder_then(succession):
    role = post_role(succession)
    assert people(Q.neighbourhood(succession, role)) == {"Marla Quenby", "Dorian Falk", "Selma Oduya"}
    assert people(Q.neighbourhood(succession, role, as_of="2020-06-01")) == {"Marla Quenby"}
    assert people(Q.neighbourhood(succession, role, as_of="2022-06-01")) == {"Dorian Falk"}
    assert people(Q.neighbourhood(succession, role, as_of="2025-01-01")) == {"Selma Oduya"}
    articles = Q.neighbourhood(succession, role, depth=2, labels=["Article", "Role", "Person"], as_of="2019-01-01")
    dates = [a["id"] for a in articles.nodes.values() if a["label"] == "Article"]
    assert dates and all(Q.node(succession, a)["published"] <= "2019-01-01" for a in dates)


def test_issue_view_as_of_keeps_what_was_said_before(succession):
    actors = {a["name"] for a in Q.issue_view(succession, "tariffs")["actors"]}
    assert {"Marla Quenby", "Dorian Falk"} <= actors
    before = Q.issue_view(succession, "tariffs", as_of="2020-01-01")
    names = {a["name"] for a in before["actors"]}
    assert "Marla Quenby" in names and "Dorian Falk" not in names
    quenby = next(a for a in before["actors"] if a["name"] == "Marla Quenby")
    assert "Office of the United States Trade Representative" in quenby["organizations"]
    later = {a["name"]: a["organizations"] for a in Q.issue_view(succession, "tariffs", as_of="2022-01-01")["actors"]}
    assert later["Dorian Falk"] == ["Office of the United States Trade Representative"]
    assert "Office of the United States Trade Representative" not in later["Marla Quenby"]  # her tenure had ended
    assert Q.issue_view(succession, "tariffs", as_of="2017-01-01")["actors"] == []


def test_career_and_holders_in_order(succession):
    person = succession.rows("MATCH (p:Person {name: 'Marla Quenby'}) RETURN p.id AS id")[0]["id"]
    assert [(t["title"], T.span_text(t)) for t in T.career(succession, person)] == [
        ("Deputy Commerce Secretary", "since 2016-11-08 (current)"),
        ("Trade Representative", "2018-05-02 to 2021-03-03")]
    assert [t["person"] for t in T.holders(succession, post_role(succession))] == [
        "Marla Quenby", "Dorian Falk", "Selma Oduya"]


def explore() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/explore.py").run()
    return at


def test_explore_draws_a_career_and_a_succession_and_takes_an_as_of_date(succession):
    at = explore()
    at.text_input(key="search").set_value("Quenby").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.subheader[0].value == "Marla Quenby"
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    captions = [c.value for c in at.caption]
    assert any("Trade Representative \u00b7 Office of the United States Trade Representative: 2018-05-02 to "
               "2021-03-03" in c for c in captions)
    role = post_role(succession)
    at.session_state["selected"] = role
    at.run()
    captions = [c.value for c in at.caption]
    assert [c.split(" \u00b7 ")[0] for c in captions if c.startswith(("Marla", "Dorian", "Selma"))] == [
        "Marla Quenby", "Dorian Falk", "Selma Oduya"]
    at.session_state["focus"] = role
    at.checkbox(key="f_use_as_of").check().run()
    at.date_input(key="f_as_of").set_value(dt.date(2022, 6, 1)).run()
    assert not at.exception, [e.value for e in at.exception]
    shown = [o for o in at.selectbox(key="selected_box").options if o.endswith("Person")]
    assert shown == ["Dorian Falk \u00b7 Person"]


def test_issues_page_as_of(succession):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/issues.py").run()
    at.selectbox(key="issue_key").set_value("tariffs").run()
    assert "Dorian Falk" in "\n".join(m.value for m in at.markdown)
    at.checkbox(key="issue_use_as_of").check().run()
    at.date_input(key="issue_as_of").set_value(dt.date(2020, 1, 1)).run()
    assert not at.exception, [e.value for e in at.exception]
    body = "\n".join(m.value for m in at.markdown)
    assert "Marla Quenby" in body and "Dorian Falk" not in body
