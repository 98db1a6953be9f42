"""The Streamlit explorer, rendered by AppTest against the real Neo4j loaded
with samples/: every page and the interactions a researcher uses."""

from __future__ import annotations


import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from graph import queries as Q

TIMEOUT = 120


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [s.value for s in at.subheader] + [c.value for c in at.caption]
    parts += [t.value for t in at.text] + [i.value for i in at.info] + [w.value for w in at.warning]
    parts += [s.value for s in at.success] + [e.value for e in at.error]
    return "\n".join(str(p) for p in parts)


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


@pytest.fixture
def explore(sample_graph):
    at = app().run()
    no_errors(at)
    at.switch_page("pages/explore.py").run()
    no_errors(at)
    return at


def test_home_opens_on_counts_top_actors_latest_articles_and_a_chart(sample_graph, reader):
    at = app().run()
    no_errors(at)
    assert at.title[0].value == "tradegraph"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == "22" and int(metrics["People"]) > 10
    assert int(metrics["Relationships"].replace(",", "")) > 100
    headings = [s.value for s in at.subheader]
    assert headings[:2] == ["Most connected actors", "Latest articles"] and "Articles over time" in headings
    assert "Latest events" in headings  # the samples report talks, calls, a summit and a signing
    top = Q.most_connected(reader, limit=25)
    busiest = max((n for n in top.nodes.values() if n.get("degree")), key=lambda n: n["degree"])
    assert at.selectbox(key="home_actor").value.startswith(busiest["name"])
    latest = Q.latest_articles(reader, limit=10)
    body = texts(at)
    assert latest[0]["title"] in body and latest[0]["published"] >= latest[-1]["published"]
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # the chart is drawn
    at.selectbox(key="home_actor").select_index(1).run()
    chosen = at.selectbox(key="home_actor").value.split(" \u00b7 ")[0]
    at.button(key="home_open").click().run()
    no_errors(at)
    assert at.title[0].value == "Explore the trade graph"
    assert at.subheader[0].value == chosen


def search(at: AppTest, text: str) -> AppTest:
    at.text_input(key="search").input(text).run()
    no_errors(at)
    return at


def test_landing_queries_add_up(reader):
    over_time = Q.articles_over_time(reader)
    overview = Q.overview(reader)
    assert sum(m["articles"] for m in over_time["months"]) + over_time["undated"] == overview["nodes"]["Article"]
    assert [m["month"] for m in over_time["months"]] == sorted(m["month"] for m in over_time["months"])
    dates = [a["published"] or "" for a in Q.latest_articles(reader, limit=100)]
    assert dates == sorted(dates, reverse=True)
    top = Q.most_connected(reader, limit=5)
    actors = [n for n in top.nodes.values() if n["label"] in ("Person", "Organization")]
    assert len(actors) == 5 and all(e["source"] in top.nodes and e["target"] in top.nodes for e in top.edges.values())
    events = Q.latest_events(reader)
    assert events and all(e["label"] == "Event" for e in events)


def test_start_page_invites_a_search_and_shows_what_is_loaded(explore):
    assert explore.title[0].value == "Explore the trade graph"
    assert "22 Article" in explore.info[0].value and "Person" in explore.info[0].value


def test_search_shows_the_actor_roles_and_evidence(explore):
    at = search(explore, "okafor")
    assert at.subheader[0].value == "Marisa Okafor"
    body = texts(at)
    assert "Deputy Trade Representative" in body
    assert "Office of the United States Trade Representative" in body
    assert "frank and more productive than the last round" in body  # evidence sentence
    assert "Negotiators Inch Toward Deal on Rare-Earth Magnets" in body  # its article


def test_search_finds_by_alias_and_by_issue(explore):
    at = search(explore, "rare earths")
    assert at.subheader[0].value == "Rare earths and critical minerals"
    at = search(at, "Zhou")
    assert at.subheader[0].value == "Zhou Hanlin"


def test_selecting_another_node_shows_its_details(explore):
    at = search(explore, "Zhou Hanlin")
    box = at.selectbox(key="selected_box")
    role = next(o for o in box.options if "vice minister of commerce" in o)
    box.select_index(box.options.index(role)).run()
    no_errors(at)
    assert at.subheader[0].value == "vice minister of commerce"
    assert "Zhou Hanlin" in texts(at)


def test_node_type_filter_and_depth(explore):
    at = search(explore, "Ministry of Commerce of the People's Republic of China")  # depth 2 goes on through its posts to their holders
    at.multiselect(key="f_types").set_value(["Person", "Role", "Organization"]).run()
    no_errors(at)
    labels = {o.split(" \u00b7 ")[-1] for o in at.selectbox(key="selected_box").options}
    assert labels <= {"Person", "Role", "Organization"}
    assert "Role" in labels
    one_hop = len(at.selectbox(key="selected_box").options)
    at.radio(key="depth").set_value(2).run()
    no_errors(at)
    assert len(at.selectbox(key="selected_box").options) > one_hop


def test_issue_and_country_filters(explore):
    at = search(explore, "Ministry of Commerce of the People's Republic of China")
    at.radio(key="depth").set_value(2).run()
    before = set(at.selectbox(key="selected_box").options)
    at.selectbox(key="f_issue").set_value("fentanyl").run()
    no_errors(at)
    after = set(at.selectbox(key="selected_box").options)
    people_after = {o for o in after if o.endswith("Person")}
    assert people_after and people_after < {o for o in before if o.endswith("Person")}
    assert any(o.startswith("Zhou Hanlin") for o in people_after)
    at.selectbox(key="f_issue").set_value(None).run()
    at.selectbox(key="f_country").set_value("US").run()
    no_errors(at)
    people = {o.split(" \u00b7 ")[0] for o in at.selectbox(key="selected_box").options if o.endswith("Person")}
    assert "Zhou Hanlin" not in people


def test_date_filter(explore):
    at = search(explore, "Soybean")
    at.multiselect(key="f_types").set_value(["Article", "Person", "Role"]).run()
    full = len(at.selectbox(key="selected_box").options)
    at.checkbox(key="f_use_dates").check().run()
    import datetime as dt

    at.date_input(key="f_from").set_value(dt.date(2025, 9, 1)).run()
    at.date_input(key="f_to").set_value(dt.date(2025, 12, 31)).run()
    no_errors(at)
    articles = [o for o in at.selectbox(key="selected_box").options if o.endswith("Article")]
    assert articles == ["China resumes soybean purchases after pause \u00b7 Article"]
    assert len(at.selectbox(key="selected_box").options) < full


def test_expand_adds_the_neighbours_of_the_selected_node(explore):
    at = search(explore, "Gregory Hale")
    before = set(at.selectbox(key="selected_box").options)
    institute = next(o for o in before if o.startswith("Meridian Trade Institute"))
    assert not any(o.startswith("analyst") for o in before)
    box = at.selectbox(key="selected_box")
    box.select_index(box.options.index(institute)).run()
    at.button(key="expand_btn").click().run()
    no_errors(at)
    after = set(at.selectbox(key="selected_box").options)
    assert before < after
    assert "analyst \u00b7 Role" in after  # Tomasz Weller's post at the institute


def test_node_cap_shows_a_notice(explore):
    at = search(explore, "Tariffs")
    at.multiselect(key="f_types").set_value(["Person", "Organization", "Article", "Quote", "Role", "Issue"]).run()
    at.radio(key="depth").set_value(2).run()
    at.slider(key="f_cap").set_value(50).run()
    no_errors(at)
    assert any("would show more than" in w.value and "at most 50" in w.value for w in at.warning)
    assert len(at.selectbox(key="selected_box").options) <= 51


def test_paths_page(sample_graph):
    at = app().run()
    at.switch_page("pages/paths.py").run()
    no_errors(at)
    at.text_input(key="path_a_text").input("Okafor").run()
    at.text_input(key="path_b_text").input("Priya Raman").run()
    no_errors(at)
    assert "shortest path" in at.success[0].value
    assert at.expander and at.expander[0].label.startswith("Path 1: Marisa Okafor")
    assert at.expander[0].label.endswith("Priya Raman")


def test_issue_page_groups_actors_by_country_and_organization(sample_graph):
    at = app().run()
    at.switch_page("pages/issues.py").run()
    at.selectbox(key="issue_key").set_value("rare_earths").run()
    no_errors(at)
    countries = [s.value for s in at.subheader]
    assert "China" in countries and "United States" in countries
    body = texts(at)
    assert "**Ministry of Commerce of the People's Republic of China**" in body
    assert "Zhou Hanlin" in body and "We have shown good faith on rare earths" in body
    assert "unknown article" not in body  # evidence without a quote still names its article


def test_upload_previews_and_writes(sample_graph):
    at = app().run()
    at.switch_page("pages/load.py").run()
    story = ("Peruvian Trade Minister Lucia Ferraz met investors in Lima. \u201cWe want copper exports to "
             "keep growing,\u201d Ferraz said. <script>alert(1)</script>").encode("utf-8")
    at.file_uploader(key="uploads").set_value([("lima.txt", story, "text/plain"),
                                               ("broken.json", b"{nope", "application/json")]).run()
    no_errors(at)
    assert any("broken.json" in e.value and "malformed JSON" in e.value for e in at.error)
    preview = texts(at)
    assert "Lucia Ferraz: Trade Minister" in preview
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in preview and "<script>" not in preview
    at.button(key="write_uploads").click().run()
    no_errors(at)
    assert "1 written" in at.success[0].value
    records, _, _ = sample_graph.execute_query("MATCH (p:Person {name: 'Lucia Ferraz'})-[:SAID]->(q) RETURN q.text AS t")
    assert records[0]["t"] == "We want copper exports to keep growing"
    sample_graph.execute_query("MATCH (a:Article {source_id: 'lima'}) DETACH DELETE a")


def test_upload_limits(sample_graph):
    at = app().run()
    at.switch_page("pages/load.py").run()
    big = b"x" * (6 * 1024 * 1024)
    at.file_uploader(key="uploads").set_value([("huge.txt", big, "text/plain")]).run()
    no_errors(at)
    assert any("over the 5 MB limit" in e.value for e in at.error)


def test_database_down_gives_a_message_not_a_traceback(sample_graph, tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEGRAPH_BOLT_PORT", "1")
    monkeypatch.delenv("NEO4J_URI", raising=False)
    at = app().run()
    assert not at.exception
    assert "not reachable" in at.error[0].value
    assert any("python -m graph server start" in c.value for c in at.code)


def test_console_runs_examples_refuses_writes_and_caps_rows(sample_graph):
    at = app().run()
    at.switch_page("pages/console.py").run()
    no_errors(at)
    assert any("(Person)" in e.label for e in at.expander)  # schema beside the editor
    at.button(key="run_query").click().run()
    no_errors(at)
    assert list(at.dataframe[0].value.columns) == ["person", "role", "current"]
    example = next(o for o in at.selectbox(key="example").options if o.startswith("3."))
    at.selectbox(key="example").set_value(example).run()
    assert at.text_input(key="param_issue").value == "rare_earths"
    at.button(key="run_query").click().run()
    no_errors(at)
    assert "Zhou Hanlin" in set(at.dataframe[0].value["person"])
    at.text_area(key="cypher").input("MATCH (n) DETACH DELETE n").run()
    at.button(key="run_query").click().run()
    assert "read-only" in at.error[0].value
    at.text_area(key="cypher").input("UNWIND range(1, 50) AS x RETURN x").run()
    at.number_input(key="row_cap").set_value(10).run()
    at.button(key="run_query").click().run()
    assert "cut at 10 rows" in at.warning[0].value
    assert len(at.dataframe[0].value) == 10
    at.text_area(key="cypher").input("UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*)").run()
    at.number_input(key="timeout").set_value(1.0).run()
    at.button(key="run_query").click().run()
    assert "longer than the 1 s limit" in at.error[0].value


def test_analytics_page_measures_writes_back_and_exports(sample_graph):
    at = app().run()
    at.switch_page("pages/analytics.py").run()
    no_errors(at)
    assert any("communities" in m.value for m in at.markdown)
    assert "Gregory Hale" in set(at.dataframe[0].value["name"])
    at.button(key="an_write").click().run()
    no_errors(at)
    assert "Stored degree" in at.success[0].value
    at.radio(key="an_source").set_value("People co-occurrence").run()
    no_errors(at)
    assert set(at.dataframe[0].value["type"]) == {"Person"}
    at.selectbox(key="ex_format").set_value("graphml").run()
    at.button(key="ex_run").click().run()
    no_errors(at)
    assert at.get("download_button")
