"""Pages full of navigation, ads, cookie banners, newsletter boxes, comments
and "related stories": only the story's own people may reach the graph.

The pages (tests/fixtures/boilerplate/) are our own, with invented people in
both the story and the boilerplate; expected.yaml says which is which.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ingest_paths
from loaders.articles import Article
from loaders.readers import iter_articles

PAGES = Path(__file__).parent / "fixtures" / "boilerplate"
EXPECTED = yaml.safe_load((PAGES / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reader_keeps_the_story_and_its_metadata_and_drops_the_boilerplate(name):
    expected = EXPECTED[name]
    [article] = list(iter_articles([PAGES / name]))
    assert isinstance(article, Article), article
    assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert article.source_url == expected.get("source_url")
    assert article.author == expected.get("author")
    for person in expected["article_people"]:
        assert person.split()[-1] in article.text
    for person in expected["boilerplate_people"]:
        assert person.split()[-1] not in article.text, f"{person} leaked into the text of {name}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extraction_finds_only_the_story_people(extractor, name):
    [article] = list(iter_articles([PAGES / name]))
    persons = {p.name for p in extractor.extract(article).persons}
    assert set(EXPECTED[name]["article_people"]) <= persons
    assert not persons & set(EXPECTED[name]["boilerplate_people"])


def test_no_boilerplate_person_enters_the_graph(empty_graph, extractor, settings):
    report = ingest_paths(empty_graph, extractor, [PAGES], settings.database)
    assert report.failed == 0 and report.written == len(EXPECTED), report.errors
    records, _, _ = empty_graph.execute_query("MATCH (p:Person) RETURN p.name AS name, p.aliases AS aliases",
                                              database_=settings.database)
    stored = {r["name"] for r in records} | {a for r in records for a in (r["aliases"] or [])}
    story = {p for e in EXPECTED.values() for p in e["article_people"]}
    boilerplate = {p for e in EXPECTED.values() for p in e["boilerplate_people"]}
    assert story <= stored
    surnames = {p.split()[-1] for p in boilerplate}
    assert not {s for s in stored if s.split()[-1] in surnames}, "a boilerplate person is in the graph"
    records, _, _ = empty_graph.execute_query(
        "MATCH (a:Article) WHERE a.author IS NOT NULL RETURN a.title AS title, a.author AS author",
        database_=settings.database)
    assert {r["author"] for r in records} == {e["author"] for e in EXPECTED.values() if e.get("author")}
