"""Views that stay quick and readable on a big graph, rendered by AppTest
against the real Neo4j: analytics computed once per state of the graph, the
drawing's layout run again when its elements change, labels thinned in big
views, and the graph's change counter they rely on."""

from __future__ import annotations

import json

import networkx as nx
import streamlit as st
from streamlit.testing.v1 import AppTest

from conftest import ROOT, SAMPLES, ingest_paths
from graph import analytics as A
from graph import queries as Q
from graph.version import graph_version
from pages import common

TIMEOUT = 120


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def explore() -> AppTest:
    """The Explore page (the app opens on the landing view)."""
    return ok(ok(app().run()).switch_page("pages/explore.py").run())


def drawing(at: AppTest) -> dict:
    """The arguments the page passed to the Cytoscape component."""
    found = [c for c in at.get("component_instance") if "cytoscape" in c.proto.component_name]
    assert found, "nothing drawn"
    return json.loads(found[0].proto.json_args)


def test_depth_switch_changes_the_layout_argument_so_the_layout_runs_again(sample_graph):
    at = explore()
    ok(at.text_input(key="search").input("Okafor").run())
    first = drawing(at)
    ok(at.radio(key="depth").set_value(2).run())
    second = drawing(at)
    ok(at.radio(key="depth").set_value(1).run())
    third = drawing(at)
    assert len(second["elements"]["nodes"]) > len(first["elements"]["nodes"])
    # both small enough for the same layout algorithm: only the elements differ
    assert first["layout"]["name"] == second["layout"]["name"] == "cose"
    # the component re-runs its layout only when this argument changes
    assert second["layout"] != first["layout"] and third["layout"] != second["layout"]
    assert third["layout"] == first["layout"] and third["elements"] == first["elements"]
    assert third["layout"]["animate"] is False


def test_big_views_label_only_the_most_connected_nodes(sample_graph, monkeypatch):
    # the sample graph is small: lower the thresholds (100 nodes, 25 labels) so a depth-2 view is "big"
    monkeypatch.setattr(common, "LABEL_ALL_BELOW", 50)
    monkeypatch.setattr(common, "HUB_LABELS", 10)
    at = explore()
    ok(at.text_input(key="search").input("Okafor").run())
    ok(at.multiselect(key="f_types").set_value(common.LABELS).run())
    small = drawing(at)["elements"]
    assert len(small["nodes"]) < common.LABEL_ALL_BELOW
    assert all(n["data"].get("_labelled") for n in small["nodes"])
    ok(at.radio(key="depth").set_value(2).run())
    args = drawing(at)
    big = args["elements"]
    assert len(big["nodes"]) >= common.LABEL_ALL_BELOW, "the sample graph should give a big depth-2 view"
    degree = {n["data"]["id"]: 0 for n in big["nodes"]}
    for e in big["edges"]:
        degree[e["data"]["source"]] += 1
        degree[e["data"]["target"]] += 1
    labelled = {n["data"]["id"] for n in big["nodes"] if n["data"].get("_labelled")}
    assert len(labelled) == common.HUB_LABELS
    assert min(degree[n] for n in labelled) >= max(degree[n] for n in degree if n not in labelled)
    # unlabelled nodes keep their name for zoom and the side panel; the style rule shows labelled ones always
    assert all(n["data"]["name"] for n in big["nodes"])
    rules = {r["selector"]: r["style"] for r in args["style"]}
    assert rules["node[?_labelled]"]["min-zoomed-font-size"] == 0


def test_person_details_fetch_only_the_latest_quotes(reader):
    person = reader.rows("MATCH (p:Person)-[:SAID]->(q:Quote) WITH p, count(q) AS n ORDER BY n DESC, p.id LIMIT 1 "
                         "RETURN p.id AS id, n")[0]
    assert person["n"] >= 3
    profile = Q.person_profile(reader, person["id"], quote_limit=2)
    assert profile["quote_count"] == person["n"] and len(profile["quotes"]) == 2
    everything = Q.person_profile(reader, person["id"], quote_limit=1000)["quotes"]
    assert profile["quotes"] == everything[:2]


def test_details_list_every_relationship_type_with_its_true_number(reader):
    # a limit of one per type stands in for a hub with thousands of MENTIONS:
    # before, one limit across all types, ordered by type, cut whole types
    # (SAID, MET) out of the panel and counted only what was fetched
    person = reader.rows("MATCH (p:Person) WITH p, COUNT { (p)--() } AS n ORDER BY n DESC, p.id LIMIT 1 "
                         "RETURN p.id AS id")[0]["id"]
    expected = {r["type"]: r["n"] for r in reader.rows(
        "MATCH (:Person {id: $id})-[r]-() RETURN type(r) AS type, count(r) AS n", id=person)}
    assert len(expected) >= 4
    info = Q.details(reader, person, limit=1)
    assert info["totals"] == expected
    assert set(info["relations"]) == set(expected)
    assert all(len(items) == 1 for items in info["relations"].values())
    everything = Q.details(reader, person, limit=10_000)
    for rel_type, items in everything["relations"].items():
        assert len(items) == expected[rel_type]
        best = max(item["weight"] or 0 for item in items)
        assert (info["relations"][rel_type][0]["weight"] or 0) == best


def test_sampled_betweenness_in_steps_matches_networkx():
    g = nx.gnm_random_graph(90, 300, seed=5)
    for u, v, data in g.edges(data=True):
        data["distance"] = 1 + (u * v) % 7
    steps = []
    exact = A.betweenness(g, sample=None, weight="distance", progress=steps.append)
    expected = nx.betweenness_centrality(g, weight="distance", normalized=True)
    assert max(abs(exact[v] - expected[v]) for v in g) < 1e-12
    assert steps[-1] == 1.0 and len(steps) == -(-90 // A.STEP)
    assert A.betweenness(g, sample=90, weight="distance") == exact  # sampling every node is the exact measure
    hubs = nx.barabasi_albert_graph(300, 2, seed=3)  # a few hubs, like the trade graph
    sampled = A.betweenness(hubs, sample=60)
    assert sampled == A.betweenness(hubs, sample=60)  # seeded: the same graph gives the same numbers
    truth = nx.betweenness_centrality(hubs)
    top_exact = sorted(truth, key=truth.get, reverse=True)[:5]
    top_sampled = sorted(sampled, key=sampled.get, reverse=True)[:10]
    assert set(top_exact) <= set(top_sampled)


def analytics_page() -> AppTest:
    at = app().run()
    return ok(at.switch_page("pages/analytics.py").run())


def test_analytics_compute_once_per_graph_state_and_input(sample_graph, settings, extractor, monkeypatch, tmp_path):
    calls = []
    real = A.centralities

    def counted(*args, **kwargs):
        calls.append(kwargs.get("sample"))
        return real(*args, **kwargs)

    monkeypatch.setattr(A, "centralities", counted)
    sample_graph.execute_query("MATCH (m:Meta {id: 'analytics'}) DELETE m")
    st.cache_resource.clear()
    at = analytics_page()
    assert calls == [A.SAMPLE_SOURCES]
    first = list(at.dataframe[0].value["name"])
    assert "Gregory Hale" in first
    assert at.dataframe[0].value.columns[-1] == "Degree"
    # display-only widgets never recompute
    ok(at.slider(key="an_top").set_value(20).run())
    ok(at.multiselect(key="an_top_labels").set_value(["Person"]).run())
    assert set(at.dataframe[0].value["type"]) == {"Person"}
    assert len(calls) == 1
    # a later open (server memory gone) reads the results stored in Neo4j
    st.cache_resource.clear()
    later = analytics_page()
    assert len(calls) == 1
    assert any("stored in Neo4j" in c.value for c in later.caption)
    assert list(later.dataframe[0].value["name"]) == first
    # a different input computes; going back to the first one does not
    ok(later.checkbox(key="an_exact").check().run())
    assert calls == [A.SAMPLE_SOURCES, None]
    ok(later.checkbox(key="an_exact").uncheck().run())
    assert len(calls) == 2
    # a write changes the graph version: the next open computes again
    before = graph_version(sample_graph, settings.database)
    extra = tmp_path / "extra.txt"
    extra.write_text("GENEVA, May 2 - Trade Minister Ilse Varga said tariffs on steel would stay.\n",
                     encoding="utf-8")
    ingest_paths(sample_graph, extractor, [extra], settings.database)
    assert graph_version(sample_graph, settings.database) != before
    analytics_page()
    assert len(calls) == 3 and calls[-1] == A.SAMPLE_SOURCES


def test_the_version_changes_on_writes_only(empty_graph, settings, extractor):
    assert graph_version(empty_graph, settings.database) == "none:0:0"
    one = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".txt")[0]
    ingest_paths(empty_graph, extractor, [one], settings.database)
    first = graph_version(empty_graph, settings.database)
    assert first.split(":")[1] == "1"
    ingest_paths(empty_graph, extractor, [SAMPLES], settings.database)
    stamp = graph_version(empty_graph, settings.database)
    assert stamp != first and stamp.split(":")[0] == first.split(":")[0]
    report = ingest_paths(empty_graph, extractor, [SAMPLES], settings.database)  # nothing new: no write
    assert report.written == 0 and graph_version(empty_graph, settings.database) == stamp
    assert "Meta" not in Q.label_counts(Q.GraphReader(empty_graph, settings.database))


def test_folded_relationship_types_show_fewer_items_and_one_sentence_each(sample_graph, monkeypatch):
    """Every line of the details panel is an element the browser draws: a busy person's folded types (MENTIONS from
    hundreds of articles) are cut short with a notice; the open ones (HOLDS, SAID...) keep more."""
    monkeypatch.setattr(common, "ITEMS_FOLDED", 2)
    at = explore()
    ok(at.text_input(key="search").input("Okafor").run())
    folded = next(e for e in at.expander if e.label.startswith("MENTIONS"))
    mentions = int(folded.label.split("(")[1].rstrip(")"))
    assert mentions > 2
    assert any(f"The 2 best supported of {mentions}" in c.value for c in folded.caption)
    arrows = [m.value for m in folded.markdown if m.value.startswith(("\u2192", "\u2190"))]
    assert len(arrows) == 2
