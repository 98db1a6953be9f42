"""Ingest into the real Neo4j: facts land with provenance, re-ingest changes nothing,
a batch lands whole or not at all."""

from __future__ import annotations

import json
import shutil

import pytest
from neo4j.exceptions import ConstraintError

from conftest import SAMPLES, counts, ingest_paths, reset
from graph.writer import GraphWriter
from loaders.articles import Article
from loaders.rows import article_facts


def test_samples_load_with_every_label_present(empty_graph, extractor, settings):
    report = ingest_paths(empty_graph, extractor, [SAMPLES], settings.database)
    assert report.failed == 0 and report.written == report.read == 22
    records, _, _ = empty_graph.execute_query("MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n")
    per_label = {r["label"]: r["n"] for r in records}
    for label in ("Person", "Organization", "Role", "Issue", "Article", "Quote", "Country"):
        assert per_label.get(label, 0) > 0, label
    assert report.nodes_created == sum(per_label.values())


def test_ingesting_again_changes_nothing(empty_graph, extractor, settings):
    first = ingest_paths(empty_graph, extractor, [SAMPLES], settings.database)
    before = counts(empty_graph)
    props_before = empty_graph.execute_query(
        "MATCH ()-[r]->() RETURN sum(size(r.articles)) AS a, sum(size(r.evidence)) AS e").records[0].data()
    second = ingest_paths(empty_graph, extractor, [SAMPLES], settings.database)
    assert first.written == 22
    assert (second.written, second.skipped_existing, second.nodes_created, second.relationships_created) == (0, 22, 0, 0)
    assert counts(empty_graph) == before
    props_after = empty_graph.execute_query(
        "MATCH ()-[r]->() RETURN sum(size(r.articles)) AS a, sum(size(r.evidence)) AS e").records[0].data()
    assert props_after == props_before


def test_same_article_under_two_names_is_stored_once(empty_graph, extractor, settings, tmp_path):
    shutil.copy(SAMPLES / "01-geneva-magnets.txt", tmp_path / "one.txt")
    shutil.copy(SAMPLES / "01-geneva-magnets.txt", tmp_path / "copy-of-one.txt")
    report = ingest_paths(empty_graph, extractor, [tmp_path], settings.database)
    assert (report.read, report.written, report.skipped_duplicate) == (2, 1, 1)
    assert empty_graph.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"] == 1


def test_relationships_carry_provenance_that_points_into_the_article(sample_graph):
    records, _, _ = sample_graph.execute_query("""
        MATCH (p:Person {name: 'Zhou Hanlin'})-[h:HOLDS]->(r:Role)
        UNWIND range(0, size(h.evidence) - 1) AS i
        MATCH (a:Article {id: h.evidence_articles[i]})
        RETURN r.title AS title, h.evidence[i] AS sentence,
               substring(a.text, h.evidence_start[i], h.evidence_end[i] - h.evidence_start[i]) AS at_offsets,
               h.weight AS weight, size(h.articles) AS n
    """)
    assert records
    for record in records:
        assert record["sentence"] == record["at_offsets"]
        assert "Zhou" in record["sentence"]  # by full name, or by surname once named
        assert record["weight"] == record["n"]
    weights = {r["title"]: r["weight"] for r in records}
    assert weights["vice minister of commerce"] == 6


def test_role_is_shared_and_merges_across_articles(sample_graph):
    records, _, _ = sample_graph.execute_query("""
        MATCH (p:Person {name: 'Marisa Okafor'})-[h:HOLDS]->(r:Role)-[:AT]->(o:Organization)
        RETURN r.title AS title, o.name AS org, h.weight AS weight, h.current AS current
    """)
    assert [r.data() for r in records] == [{"title": "Deputy Trade Representative",
                                            "org": "Office of the United States Trade Representative",
                                            "weight": 6, "current": True}]


def test_batch_lands_whole_or_not_at_all(empty_graph, extractor, lexicon, settings):
    batch = []
    for name in ("09-mexico-steel.txt", "12-former-envoy.txt"):
        text = (SAMPLES / name).read_text(encoding="utf-8")
        article = Article(id=name, text=text)
        batch.append((article, article_facts(extractor.extract(article), lexicon, text)))
    # an Article already holding the second story's checksum under another id
    # makes the batch violate the checksum constraint after the first story
    # has been written inside the transaction
    empty_graph.execute_query("CREATE (:Article {id: 'article:other', checksum: $c})", c=batch[1][0].checksum)
    with pytest.raises(ConstraintError):
        GraphWriter(empty_graph, settings.database).write([facts for _, facts in batch])
    assert counts(empty_graph) == (1, 0)


def test_provenance_lists_are_capped_but_weight_counts_every_article(empty_graph, extractor, lexicon, settings):
    from graph.writer import MAX_ARTICLES

    writer = GraphWriter(empty_graph, settings.database)
    n = MAX_ARTICLES + 15
    for k in range(0, n, 40):
        batch = []
        for i in range(k, min(k + 40, n)):
            text = f"Report {i}. Canadian Trade Minister Aurelie Gagnon met exporters in Ottawa about tariffs."
            batch.append(article_facts(extractor.extract(Article(id=f"r{i}", text=text)), lexicon, text))
        writer.write(batch)
    record = empty_graph.execute_query(
        "MATCH (:Person {name: 'Aurelie Gagnon'})-[h:HOLDS]->() "
        "RETURN h.weight AS w, h.articles AS a, h.evidence_articles AS ea, size(h.evidence) AS e").records[0]
    assert (record["w"], len(record["a"]), record["e"]) == (n, MAX_ARTICLES, 20)
    every = sorted(r["id"] for r in empty_graph.execute_query("MATCH (a:Article) RETURN a.id AS id").records)
    assert record["a"] == every[:MAX_ARTICLES]  # the smallest ids: independent of loading order
    assert record["ea"] == every[:20]
    again = writer.write(batch)  # the same articles again: claimed already, nothing counted twice
    assert again.articles == 0
    assert empty_graph.execute_query(
        "MATCH (:Person {name: 'Aurelie Gagnon'})-[h:HOLDS]->() RETURN h.weight AS w").records[0]["w"] == n


def test_former_and_current_are_decided_by_the_latest_article(empty_graph, extractor, lexicon, settings, tmp_path):
    old = tmp_path / "old.json"
    old.write_text('{"id": "old", "published": "2024-01-10", "text": "Trade Representative Nora Whitfield met '
                   'farmers in Iowa on Monday."}', encoding="utf-8")
    new = tmp_path / "new.json"
    new.write_text('{"id": "new", "published": "2025-02-01", "text": "Former Trade Representative Nora Whitfield '
                   'joined a law firm in Chicago."}', encoding="utf-8")
    for order in ([new, old], [old, new]):
        from conftest import reset

        reset(empty_graph, settings.database)
        ingest_paths(empty_graph, extractor, order, settings.database)
        record = empty_graph.execute_query(
            "MATCH (:Person {name: 'Nora Whitfield'})-[h:HOLDS]->(:Role) RETURN h.current AS current, h.as_of AS as_of"
        ).records[0]
        assert (record["current"], record["as_of"]) == (False, "2025-02-01")


def test_bad_files_are_counted_and_the_rest_loads(empty_graph, extractor, settings, tmp_path):
    (tmp_path / "good.txt").write_text((SAMPLES / "12-former-envoy.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    report = ingest_paths(empty_graph, extractor, [tmp_path], settings.database)
    assert (report.written, report.failed) == (1, 2)
    assert sorted(e.source.rsplit("/", 1)[-1] for e in report.errors) == ["bad.json:1", "empty.txt"]


def full_dump(driver) -> tuple[list, list]:
    """Every node and relationship with all its properties, sorted; only the
    run's timestamps (``ingested_at``, ``ingest_run``) and the bookkeeping
    Meta node (a change counter with a random epoch) are left out."""
    nodes = sorted(
        (r["labels"], json.dumps({k: v for k, v in r["props"].items() if k not in ("ingested_at", "ingest_run")},
                                 sort_keys=True, ensure_ascii=False))
        for r in driver.execute_query(
            "MATCH (n) WHERE NOT n:Meta RETURN labels(n) AS labels, properties(n) AS props").records)
    rels = sorted(
        (r["type"], r["a"], r["b"], json.dumps(r["props"], sort_keys=True, ensure_ascii=False))
        for r in driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props").records)
    return nodes, rels


def test_two_workers_give_the_same_graph_as_one(empty_graph, extractor, settings):
    """The worker pool (separate processes, each with its own spaCy) and the
    in-process path build the identical graph from samples/."""
    from loaders.ingest import IngestOptions, ingest

    one = ingest_paths(empty_graph, extractor, [SAMPLES], settings.database)
    single = full_dump(empty_graph)
    reset(empty_graph, settings.database)
    two = ingest([SAMPLES], GraphWriter(empty_graph, settings.database), IngestOptions(workers=2))
    pooled = full_dump(empty_graph)
    assert one.written == two.written > 0 and two.failed == 0
    assert len(single[0]) > 50 and len(single[1]) > 100
    assert pooled == single


def test_dask_local_cluster_gives_the_same_graph_as_one_process(empty_graph, extractor, settings):
    """--executor dask (a LocalCluster of two worker processes, chunks as
    Dask tasks, writes from this process) builds the identical graph."""
    from loaders.ingest import IngestOptions, ingest

    one = ingest_paths(empty_graph, extractor, [SAMPLES], settings.database)
    single = full_dump(empty_graph)
    reset(empty_graph, settings.database)
    dask = ingest([SAMPLES], GraphWriter(empty_graph, settings.database),
                  IngestOptions(workers=2, executor="dask"))
    assert one.written == dask.written > 0 and dask.failed == 0
    assert full_dump(empty_graph) == single


def test_dask_scheduler_that_does_not_answer_is_a_clear_error():
    from loaders.errors import ExtractionError
    from loaders.parallel import DaskPool

    with pytest.raises(ExtractionError, match="no Dask scheduler answers at tcp://127.0.0.1:7859"):
        DaskPool(scheduler="tcp://127.0.0.1:7859")


def test_a_body_a_post_implies_is_written_inside_the_body_the_lexicon_lists(extractor):
    """Bug: a "foreign trade secretary" at Brazil's Secex, which the story never names, got no PART_OF to the
    trade ministry the lexicon lists, so the same secretary at the ministry in another story looked like a second
    post held at the same time and her two nodes were never merged."""
    text = "BRASILIA - Brazil's foreign trade secretary, Helena Moreira Lisboa, said beef exports to China would rise."
    result = extractor.extract(Article(id="s", text=text))
    assert ("Helena Moreira Lisboa", "Secretariat of Foreign Trade of Brazil") in {
        (r.person, r.organization) for r in result.roles}
    facts = article_facts(result, extractor.lexicon, text)
    names = {row["id"]: row["name"] for row in facts.nodes["Organization"]}
    assert ("Secretariat of Foreign Trade of Brazil", "Ministry of Development, Industry, Trade and Services of Brazil") \
        in {(names[row["start"]], names[row["end"]]) for row in facts.rels[("PART_OF", "Organization", "Organization")]}
