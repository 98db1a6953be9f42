"""--bulk first loads: neo4j-admin import of the rows gives the graph the
transactional writer builds (samples/ and a generated 200-article corpus);
a database that is not empty is refused."""

from __future__ import annotations

import pytest

from conftest import SAMPLES, WORKER_NUMBER, ingest_paths
from test_graph_ingest import full_dump


@pytest.fixture
def local_server(server):
    if server is None or not server.installed():
        pytest.skip("--bulk loads the local server's files (tests run against an external server)")
    return server


@pytest.fixture
def bulk_server(local_server, test_env, tmp_path):
    """A second local server (its own data folder, Bolt port
    TRADEGRAPH_TEST_BULK_BOLT_PORT, 7843 by default, one higher per test worker, HTTP off) for the bulk
    loads: an import replaces a database under a running driver's
    bookmarks, so the session's graph is left alone."""
    import os

    from graph.server import LocalServer
    from graph.settings import load_settings

    settings = load_settings({"TRADEGRAPH_ENV_FILE": test_env["TRADEGRAPH_ENV_FILE"],
                              "NEO4J_PASSWORD": test_env["NEO4J_PASSWORD"],
                              "TRADEGRAPH_DATA_DIR": str(tmp_path / "bulk-graph"),
                              "TRADEGRAPH_BOLT_PORT": str(int(os.environ.get("TRADEGRAPH_TEST_BULK_BOLT_PORT", "7843"))
                                                          + WORKER_NUMBER),
                              "TRADEGRAPH_HTTP_PORT": "off", "TRADEGRAPH_HEAP": "512m",
                              "TRADEGRAPH_PAGECACHE": "64m"})
    yield settings
    LocalServer(settings, progress=lambda m: None).stop()


def bulk(settings, tmp_path, facts=None, paths=None, extractor=None, batch=200):
    """Bulk-load into ``settings``' server, ``facts`` in batches of ``batch`` articles; (stats, full dump of what it
    holds)."""
    from graph.bulk import BulkGraph, bulk_load
    from graph.connection import open_driver
    from loaders.ingest import IngestOptions, ingest

    collected = BulkGraph()
    if facts is not None:
        for i in range(0, len(facts), batch):
            collected.write(facts[i:i + batch])
    else:
        ingest(paths, collected, IngestOptions(extractor=extractor))
    stats = bulk_load(settings, collected, tmp_path / "bulk", progress=lambda m: None)
    with open_driver(settings) as driver:
        constraints = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").records[0]["n"]
        assert constraints > 0  # the schema is there after the import
        return stats, full_dump(driver)


def assert_same(got, expected) -> None:
    """Nodes, then relationships; a difference shows its first few items from each side."""
    for kind, mine, theirs in (("nodes", got[0], expected[0]), ("relationships", got[1], expected[1])):
        extra = sorted(set(map(repr, mine)) - set(map(repr, theirs)))[:3]
        missing = sorted(set(map(repr, theirs)) - set(map(repr, mine)))[:3]
        assert not extra and not missing, f"{kind}: bulk only {extra}; transactional only {missing}"
    assert got == expected


def test_bulk_load_of_samples_is_the_transactional_graph(empty_graph, extractor, settings, bulk_server, tmp_path):
    report = ingest_paths(empty_graph, extractor, [SAMPLES], settings.database)
    expected = full_dump(empty_graph)
    stats, got = bulk(bulk_server, tmp_path, paths=[SAMPLES], extractor=extractor)
    assert (stats.nodes_created, stats.relationships_created) == (report.nodes_created,
                                                                   report.relationships_created)
    assert_same(got, expected)


def test_bulk_load_of_a_generated_corpus_is_the_transactional_graph(empty_graph, extractor, settings, bulk_server,
                                                                     tmp_path):
    from bench.corpus import write_corpus
    from graph.writer import GraphWriter
    from loaders.readers import iter_articles
    from loaders.rows import article_facts

    # three batches of the writer (two full, one not), as many in the bulk graph: later batches bring people, bodies
    # and posts earlier ones created
    path = write_corpus(tmp_path / "corpus.jsonl", 100, seed=3)
    articles = list(iter_articles([str(path)]))
    facts = [article_facts(r, extractor.lexicon, a.text) for a, r in zip(articles, extractor.extract_many(articles))]
    writer = GraphWriter(empty_graph, settings.database)
    for i in range(0, len(facts), 40):
        writer.write(facts[i:i + 40])
    expected = full_dump(empty_graph)
    _, got = bulk(bulk_server, tmp_path, facts=facts, batch=40)
    assert len(got[0]) == len(expected[0]) and len(got[1]) == len(expected[1])
    assert_same(got, expected)


def test_bulk_refuses_a_database_that_is_not_empty(sample_graph, settings, local_server):
    from loaders.cli import _bulk_refusal

    refusal = _bulk_refusal(sample_graph, settings)
    assert refusal and "already holds a graph" in refusal
