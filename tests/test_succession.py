"""Who held which post when: since, until and current on HOLDS, from stories of
our own (invented people, real posts), loaded in several orders through the
real extractor into the real test Neo4j; the result never depends on the order."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from conftest import reset

from graph.writer import GraphWriter
from loaders.ingest import IngestOptions, ingest

STORIES = Path(__file__).parent / "fixtures" / "succession"

TENURES = """
MATCH (p:Person)-[h:HOLDS]->(r:Role {post: 'us-trade-representative'})
RETURN p.name AS person, h.since AS since, h.until AS until, h.current AS current ORDER BY person
"""


def load(driver, extractor, settings, paths):
    """Ingest these files, in this order, one article per transaction (so the order is the arrival order)."""
    options = IngestOptions(extractor=extractor, batch_size=1)
    return ingest(paths, GraphWriter(driver, settings.database), options)


def tenures(driver):
    return [tuple(r.values()) for r in driver.execute_query(TENURES).records]


EXPECTED = [
    ("Dorian Falk", "2021-03-03", "2024-07-10", False),  # dated by its dateline only; "former" in 2024
    ("Marla Quenby", "2018-05-02", "2021-03-03", False),  # succeeded by Falk
    ("Selma Oduya", "2024-07-10", None, True),
]


def test_three_holders_in_any_order(empty_graph, extractor, settings):
    files = sorted(STORIES.iterdir())
    orders = list(itertools.permutations(files))
    random.Random(12).shuffle(orders)
    for order in [files, list(reversed(files)), *orders[:3]]:
        reset(empty_graph, settings.database)
        report = load(empty_graph, extractor, settings, order)
        assert (report.written, report.failed, report.undated) == (len(files), 0, 0)
        assert tenures(empty_graph) == EXPECTED, [p.name for p in order]


def test_dateline_dates_the_article(empty_graph, extractor, settings):
    reset(empty_graph, settings.database)
    load(empty_graph, extractor, settings, [STORIES / "2021-falk.txt"])
    record = empty_graph.execute_query(
        "MATCH (a:Article {source_id: '2021-falk'}) RETURN a.published AS published, a.date_source AS source"
    ).records[0]
    assert (record["published"], record["source"]) == ("2021-03-03", "dateline")


def test_undated_story_says_so_and_never_overrides_dated(empty_graph, extractor, settings, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("U.S. Trade Representative Marla Quenby said on Monday that talks would go on.\n",
                       encoding="utf-8")
    reset(empty_graph, settings.database)
    report = load(empty_graph, extractor, settings, [undated, *sorted(STORIES.iterdir())])
    assert report.undated == 1 and report.undated_examples == [str(undated)]
    assert "1 undated" in report.summary()
    source = empty_graph.execute_query(
        "MATCH (a:Article {source_id: 'undated'}) RETURN a.published AS p, a.date_source AS s").records[0]
    assert (source["p"], source["s"]) == (None, "none")
    assert tenures(empty_graph) == EXPECTED  # the undated claim that Quenby holds it changes nothing


def test_only_undated_evidence_keeps_the_claim(empty_graph, extractor, settings, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("Former U.S. Trade Representative Marla Quenby joined a law firm.\n", encoding="utf-8")
    reset(empty_graph, settings.database)
    load(empty_graph, extractor, settings, [undated])
    assert tenures(empty_graph) == [("Marla Quenby", None, None, False)]


@pytest.mark.parametrize("title", ["Commerce Secretary", "Secretary of Commerce"])
def test_one_holder_posts_come_from_data(lexicon, title):
    assert lexicon.single_post(title, "U.S. Department of Commerce", "US") == "us-commerce-secretary"
    assert lexicon.single_post("Deputy Commerce Secretary", "U.S. Department of Commerce", "US") is None


def run_graph(args, env):
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=Path(__file__).parent.parent,
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=120)


def test_timeline_command_prints_a_career_and_a_succession(empty_graph, extractor, settings, test_env):
    reset(empty_graph, settings.database)
    load(empty_graph, extractor, settings, sorted(STORIES.iterdir()))
    post = run_graph(["timeline", "U.S. Trade Representative"], test_env)
    assert post.returncode == 0, post.stderr
    lines = post.stdout.splitlines()
    assert lines[0].startswith("holders of Trade Representative")
    assert [line.split("\u00b7")[0].split()[-2:] for line in lines[1:]] == [
        ["Marla", "Quenby"], ["Dorian", "Falk"], ["Selma", "Oduya"]]
    assert "2018-05-02 to 2021-03-03" in lines[1] and "since 2024-07-10 (current)" in lines[3]
    person = run_graph(["timeline", "Dorian Falk", "--json"], test_env)
    import json

    data = json.loads(person.stdout)
    assert data["node"]["label"] == "Person"
    assert [(t["title"], t["since"], t["until"]) for t in data["timeline"]] == [
        ("Trade Representative", "2021-03-03", "2024-07-10")]
    on = run_graph(["timeline", "us-trade-representative", "--on", "2020-06-01", "--json"], test_env)
    assert [t["person"] for t in json.loads(on.stdout)["timeline"]] == ["Marla Quenby"]
    missing = run_graph(["timeline", "Nobody Atall"], test_env)
    assert missing.returncode == 1 and "no person or post" in missing.stderr


def test_a_merge_of_two_spellings_derives_the_tenure_again(empty_graph, extractor, settings, tmp_path):
    """Bug: when identity resolution joined two spellings of one holder, the tenure kept the dates of one of them
    (until, current) instead of being derived from the evidence of both."""
    variant = tmp_path / "2023-falk.md"
    variant.write_text("---\ntitle: Falk on tariffs\npublished: 2023-06-01\n---\n"
                       "WASHINGTON (Tradewire) - U.S. Trade Representative Dorian M. Falk said on Thursday that the "
                       "tariff review was nearly complete.\n", encoding="utf-8")
    files = [*sorted(STORIES.iterdir()), variant]
    for order in (files, list(reversed(files))):
        reset(empty_graph, settings.database)
        report = load(empty_graph, extractor, settings, order)
        assert report.people_merged >= 1 and report.written == len(files), [p.name for p in order]
        # one node, holding the post from its first dated evidence until the "former" of 2024
        assert tenures(empty_graph) == [("Dorian M. Falk", "2021-03-03", "2024-07-10", False), *EXPECTED[1:]]
