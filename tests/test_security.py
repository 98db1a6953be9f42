"""Security: hostile names travel as data, the console cannot write or reach
files, secrets stay secret, and the app shows article text as text."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, counts, ingest_paths
from graph import queries as Q
from graph.console import run_query
from graph.settings import load_settings

HOSTILE = [
    "x'}) DETACH DELETE n //",
    "\") MATCH (n) DETACH DELETE n //",
    "person:x'}) DETACH DELETE n //",
    "` DETACH DELETE n //",
    "a\u0000b",
    "*:*",
    "name:(a OR b)~",
    "\\",
    "} RETURN 1 UNION MATCH (n) DETACH DELETE n //",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_through_search_details_paths_and_views(sample_graph, reader, text):
    before = counts(sample_graph)
    Q.search(reader, text)
    assert Q.details(reader, text) is None
    assert Q.node(reader, text) is None
    assert Q.shortest_paths(reader, text, "person:marisa-okafor") == []
    assert Q.neighbourhood(reader, text, 2).nodes == {}
    Q.issue_view(reader, text)
    Q.neighbourhood(reader, "person:marisa-okafor", 1, labels=[text], issue=text, country=text,
                    date_from=text, date_to=text)
    assert counts(sample_graph) == before


def test_hostile_names_are_stored_as_data_by_ingest(sample_graph, extractor, settings, tmp_path):
    before = counts(sample_graph)
    article = {
        "id": "x'}) DETACH DELETE n //",
        "title": "a\u0000b '); DROP TABLE articles; --",
        "source_url": "javascript:alert(1)",
        "text": ("Trade Minister Robert O'Brien-Drop said on Monday that tariffs would stay. "
                 "\u201cMATCH (n) DETACH DELETE n is not a trade policy,\u201d O'Brien-Drop said."),
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    report = ingest_paths(sample_graph, extractor, [path], settings.database)
    assert report.written == 1 and report.failed == 0
    after = counts(sample_graph)
    assert after[0] > before[0] and after[1] > before[1]  # only additions
    records, _, _ = sample_graph.execute_query(
        "MATCH (a:Article {source_id: $id}) RETURN a.title AS title, a.source_url AS url", id=article["id"])
    assert records[0]["title"] == article["title"] and records[0]["url"] == article["source_url"]
    quote = sample_graph.execute_query("MATCH (:Person)-[:SAID]->(q:Quote {article: $a}) RETURN q.text AS t",
                                       a=records and sample_graph.execute_query(
                                           "MATCH (a:Article {source_id: $id}) RETURN a.id AS id",
                                           id=article["id"]).records[0]["id"]).records
    assert quote[0]["t"] == "MATCH (n) DETACH DELETE n is not a trade policy"
    sample_graph.execute_query("MATCH (a:Article {source_id: $id}) DETACH DELETE a", id=article["id"])


ATTACKS = [
    ("writing procedure", "CALL db.createLabel('Owned')"),
    ("file read through LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"),
    ("file read, lower case and comment", "load /* hi */ csv from 'file:///etc/passwd' as l return l"),
    ("server administration", "CALL dbms.listConfig() YIELD name RETURN name"),
    ("security procedure", "CALL dbms.security.listUsers()"),
    ("user creation", "CREATE USER mallory SET PASSWORD 'correct-horse-battery'"),
    ("query routing to system", "USE system SHOW USERS"),
    ("write hidden in a subquery", "MATCH (n) CALL (n) { SET n.owned = true } RETURN count(*)"),
    ("write after a read", "MATCH (p:Person) WITH p LIMIT 1 DETACH DELETE p"),
]


@pytest.mark.parametrize("what,cypher", ATTACKS, ids=[a[0] for a in ATTACKS])
def test_console_from_an_attackers_angle(sample_graph, what, cypher):
    before = counts(sample_graph)
    result = run_query(sample_graph, cypher)
    assert not result.ok, what
    assert result.error.startswith(("Refused", "Neo.ClientError"))
    assert counts(sample_graph) == before
    labels = sample_graph.execute_query("CALL db.labels() YIELD label RETURN collect(label) AS l").records[0]["l"]
    assert "Owned" not in labels


def test_password_never_in_error_messages(settings, server):
    from dataclasses import replace

    from graph.connection import GraphUnavailable, open_driver

    wrong = replace(settings, password="the-wrong-secret-123")
    with pytest.raises(GraphUnavailable) as info:
        open_driver(wrong)
    assert "the-wrong-secret-123" not in str(info.value)
    assert settings.password not in str(info.value)
    down = replace(settings, uri="bolt://127.0.0.1:1")
    with pytest.raises(GraphUnavailable) as info:
        open_driver(down)
    assert settings.password not in str(info.value)
    assert settings.password not in repr(load_settings().describe())


def test_article_text_is_shown_as_text_in_the_explorer(sample_graph, extractor, settings, tmp_path):
    text = ("Canadian Trade Minister Aurelie Gagnon spoke in Ottawa about tariffs. "
            "<script>alert('owned')</script> **not bold** <img src=x onerror=alert(1)>")
    path = tmp_path / "markup.json"
    path.write_text(json.dumps({"id": "markup", "title": "<b>Markup</b> story", "text": text}), encoding="utf-8")
    ingest_paths(sample_graph, extractor, [path], settings.database)
    article_id = sample_graph.execute_query("MATCH (a:Article {source_id: 'markup'}) RETURN a.id AS id").records[0]["id"]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/explore.py")
    at.session_state["focus"] = article_id
    at.session_state["selected"] = article_id
    at.run()
    assert not at.exception
    assert any(t.value == text for t in at.text)  # the full text, verbatim, in a text element
    rendered = "\n".join(m.value for m in at.markdown)
    assert "<script>" not in rendered and "<img" not in rendered and "<b>Markup</b>" not in rendered
    assert "&lt;b&gt;Markup&lt;/b&gt;" in rendered or "Markup" in at.subheader[0].value
    sample_graph.execute_query("MATCH (a:Article {source_id: 'markup'}) DETACH DELETE a")


def test_upload_count_is_capped(sample_graph):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/load.py").run()
    files = [(f"f{n}.txt", b"Tariffs were discussed in Lima on Monday.", "text/plain") for n in range(25)]
    at.file_uploader(key="uploads").set_value(files).run()
    assert not at.exception
    assert any("at most 20 at a time" in e.value for e in at.error)
