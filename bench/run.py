"""The benchmark measurements. Each one runs the pipeline next to its natural
reference in the same process and run, and returns figures (never asserts).

They use their own Neo4j (a local server in .tradegraph/bench-neo4j on port
TRADEGRAPH_BENCH_BOLT_PORT, 7689 by default, in bench-neo4j-<port> on any
other port; HTTP off; or
TRADEGRAPH_BENCH_NEO4J_URI), because they empty the graph. A server the run
started is stopped when it ends, however it ends (``Bench.close``).
"""

from __future__ import annotations

import logging
import os
import platform
import resource
import secrets
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


@dataclass
class Figure:
    area: str
    what: str
    value: float
    unit: str
    reference: float | None = None
    ratio: float | None = None
    target: str = ""

    def row(self) -> list[str]:
        ref = "" if self.reference is None else _num(self.reference)
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}x"
        return [self.area, self.what, f"{_num(self.value)} {self.unit}", ref, ratio, self.target]


def _num(x: float) -> str:
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}"


@dataclass
class Bench:
    articles: int
    quick: bool
    seed: int = 1
    workers: int = 2
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *args, **kwargs) -> Figure:
        figure = Figure(*args, **kwargs)
        self.figures.append(figure)
        print("  " + " | ".join(figure.row()), file=sys.stderr, flush=True)
        return figure

    # ---- environment ----------------------------------------------------------
    def corpus(self, n: int) -> Path:
        from bench.corpus import write_corpus

        path = OUT / f"corpus-{n}-{self.seed}.jsonl"
        if not path.exists():
            write_corpus(path, n, self.seed)
        return path

    def articles_from(self, path: Path, limit: int | None = None):
        from loaders.readers import iter_articles

        items = [a for a in iter_articles([str(path)])]
        return items[:limit] if limit else items

    def settings(self):
        from graph.settings import load_settings, read_env_file, write_env_value

        uri = os.environ.get("TRADEGRAPH_BENCH_NEO4J_URI")
        if uri:
            os.environ.update(NEO4J_URI=uri, NEO4J_USER=os.environ.get("TRADEGRAPH_BENCH_NEO4J_USER", "neo4j"),
                              NEO4J_PASSWORD=os.environ.get("TRADEGRAPH_BENCH_NEO4J_PASSWORD", ""))
            return load_settings()
        port = os.environ.get("TRADEGRAPH_BENCH_BOLT_PORT") or "7689"
        # a server per port, so a run on another port never meets the default one's process
        home = ROOT / ".tradegraph" / ("bench-neo4j" if port == "7689" else f"bench-neo4j-{port}")
        env_file = home / ".env"
        password = read_env_file(env_file).get("NEO4J_PASSWORD")
        if not password:
            password = secrets.token_urlsafe(18)
            write_env_value(env_file, "NEO4J_PASSWORD", password)
        os.environ.pop("NEO4J_URI", None)
        os.environ.pop("TRADEGRAPH_DATA_DIR", None)
        os.environ.update(TRADEGRAPH_HOME=str(home), TRADEGRAPH_ENV_FILE=str(env_file), TRADEGRAPH_HTTP_PORT="off",
                          TRADEGRAPH_BOLT_PORT=port,
                          NEO4J_PASSWORD=password, TRADEGRAPH_HEAP=os.environ.get("TRADEGRAPH_BENCH_HEAP", "2g"),
                          TRADEGRAPH_PAGECACHE=os.environ.get("TRADEGRAPH_BENCH_PAGECACHE", self.pagecache()))
        return load_settings()

    def pagecache(self) -> str:
        """The page cache the bench server gets: 1 GB, or 4 GB from 50,000
        articles on, where the store (about 24 MB per 1,000 articles) outgrows
        1 GB. Neo4j's own sizing advice is a page cache that holds the store;
        a server started earlier keeps the size it was started with."""
        return "4g" if self.articles >= 50_000 else "1g"

    def driver(self):
        from graph.connection import open_driver
        from graph.schema import ensure_schema
        from graph.server import LocalServer

        settings = self.settings()
        if settings.local:
            server = LocalServer(settings)
            if server.pid() is None:
                self._server = server  # noted before it starts: an interrupted start is stopped too
            server.start(timeout=300)
        driver = open_driver(settings)
        ensure_schema(driver, settings.database)
        self._settings = settings
        return driver

    def close(self) -> None:
        """Stop the Neo4j this run started (one that was already running is
        left alone), so a benchmark never leaves a database in memory."""
        server = getattr(self, "_server", None)
        if server is not None:
            self._server = None
            print(f"Stopping the bench Neo4j on port {server.settings.bolt_port}...", file=sys.stderr, flush=True)
            server.stop()

    def reset(self, driver) -> None:
        from graph.cli import reset_graph

        reset_graph(driver, self._settings.database)

    # ---- 1. extraction -----------------------------------------------------------
    def extraction(self) -> None:
        import spacy

        from loaders.extraction import Extractor
        from loaders.extraction.nlp import MODEL_NAMES
        from loaders.parallel import extract_stream

        n = 150 if self.quick else 800
        articles = self.articles_from(self.corpus(max(n, 200)), n)
        texts = [a.text for a in articles]
        bare = None
        for name in MODEL_NAMES:
            try:
                bare = spacy.load(name)
                break
            except OSError:
                continue
        for _ in bare.pipe(texts[:16]):
            pass
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in bare.pipe(texts, batch_size=32))
        bare_s = time.perf_counter() - start
        extractor = Extractor()
        list(extractor.extract_many(articles[:16]))
        start = time.perf_counter()
        results = list(extractor.extract_many(articles, batch_size=32))
        ours_s = time.perf_counter() - start
        assert all(not isinstance(r, Exception) for r in results)
        self.add("extraction", f"extract, 1 process ({n} articles)", n / ours_s, "articles/s", n / bare_s,
                 bare_s / ours_s, ">= 0.80x of bare nlp.pipe")
        self.add("extraction", "extract tokens/s, 1 process", tokens / ours_s, "tokens/s", tokens / bare_s,
                 bare_s / ours_s, "")
        from loaders.parallel import ExtractionPool

        start = time.perf_counter()
        count = sum(1 for _ in extract_stream(iter(articles), extractor=extractor))
        single_s = time.perf_counter() - start
        startup_s, multi_s = _time_pool(ExtractionPool, self.workers, articles)
        self.add("extraction", f"--workers {self.workers}, steady state", n / multi_s, "articles/s", n / single_s,
                 single_s / multi_s, f">= 1.6x on {self.workers} cores")
        self.add("extraction", f"--workers {self.workers}, start-up (load the model in each worker)", startup_s, "s")
        self.dask_extraction(articles, multi_s)

    def dask_extraction(self, articles, pool_s: float) -> None:
        """The same articles as Dask distributed tasks on a LocalCluster of
        as many worker processes, against the process pool's time."""
        from loaders.parallel import DaskPool

        n = len(articles)
        startup_s, dask_s = _time_pool(DaskPool, self.workers, articles)
        self.add("extraction", f"--executor dask, LocalCluster of {self.workers}, steady state", n / dask_s,
                 "articles/s", n / pool_s, pool_s / dask_s, f"about 1x of --workers {self.workers}")
        self.add("extraction", "--executor dask, start-up (cluster and models)", startup_s, "s")

    # ---- 2. writes -----------------------------------------------------------------
    def writes(self, driver) -> None:
        from bench.naive import NaiveWriter
        from loaders.rows import article_facts
        from graph.writer import GraphWriter
        from loaders.extraction import Extractor

        n = 150 if self.quick else 600
        articles = self.articles_from(self.corpus(max(n, 200)), n)
        extractor = Extractor()
        facts = [article_facts(r, extractor.lexicon, a.text)
                 for a, r in zip(articles, extractor.extract_many(articles))]
        rows = sum(sum(f.counts()) for f in facts)
        self.reset(driver)
        writer = GraphWriter(driver, self._settings.database)
        naive = NaiveWriter(driver, self._settings.database)
        # warm the server (JIT, page cache) and the query plans for both writers
        for i in range(0, len(facts), 200):
            writer.write(facts[i:i + 200])
        self.reset(driver)
        naive.write(facts[:10])
        # best of several trials for both: the VM's other load only ever adds time
        batched_s = float("inf")
        for _ in range(3):
            self.reset(driver)
            start = time.perf_counter()
            for i in range(0, len(facts), 200):
                writer.write(facts[i:i + 200])
            batched_s = min(batched_s, time.perf_counter() - start)
        subset = facts[: min(len(facts), 60 if self.quick else 150)]
        subset_rows = sum(sum(f.counts()) for f in subset)
        naive_s = float("inf")
        for _ in range(2):
            self.reset(driver)
            start = time.perf_counter()
            for f in subset:
                naive.write([f])
            naive_s = min(naive_s, time.perf_counter() - start)
        self.add("writes", f"batched writer ({n} articles, {rows:,} fact rows)", rows / batched_s, "facts/s",
                 subset_rows / naive_s, (rows / batched_s) / (subset_rows / naive_s),
                 ">= 10x of one transaction per article")
        # the writer's ceiling: articles per second it takes with extraction
        # done beforehand; an ingest whose extraction runs faster than this
        # (enough cores or machines) is limited by the writer
        self.add("writes", "writer's ceiling (extraction done beforehand)", n / batched_s, "articles/s",
                 target="report: above it, writing limits the ingest")
        self.bulk(facts, batched_s)

    def bulk(self, facts, batched_s: float) -> None:
        """--bulk of the same rows (CSV, neo4j-admin import, start, post-import
        steps) into a second local server, so the bench graph's driver keeps
        its bookmarks; against the batched writer's time."""
        if not self._settings.local:
            self.notes.append("bulk: skipped (needs the local server)")
            return
        from graph.bulk import BulkGraph, bulk_load
        from graph.server import LocalServer
        from graph.settings import load_settings

        port = str(int(self._settings.bolt_port) + 1)
        home = ROOT / ".tradegraph" / f"bench-bulk-{port}"
        settings = load_settings({**os.environ, "TRADEGRAPH_DATA_DIR": str(home / "data"), "TRADEGRAPH_HOME": str(home),
                                  "TRADEGRAPH_BOLT_PORT": port, "TRADEGRAPH_HTTP_PORT": "off"})
        server = LocalServer(settings, progress=lambda m: None)
        try:
            start = time.perf_counter()
            collected = BulkGraph()
            collected.write(facts)
            stats = bulk_load(settings, collected, home / "csv", progress=lambda m: None)
            bulk_s = time.perf_counter() - start
        finally:
            server.stop()
        n = len(facts)
        self.add("writes", f"--bulk ({n} articles: CSV, neo4j-admin import, server start, schema)", n / bulk_s,
                 "articles/s", n / batched_s, batched_s / bulk_s, "report: vs the batched writer")
        self.notes.append(f"bulk: {stats.nodes_created:,} nodes, {stats.relationships_created:,} relationships "
                          f"in {bulk_s:.1f} s (server stop and start included)")

    # ---- 3 + 4. scale, re-ingest ------------------------------------------------------
    def scale(self, driver) -> None:
        from graph.writer import GraphWriter
        from loaders.ingest import IngestOptions, ingest
        from loaders.progress import Progress

        n = self.articles
        path = self.corpus(n)
        self.reset(driver)
        marks: list[tuple[int, float]] = []
        # the marks also go to a file as they come, so a run stopped part-way
        # still tells its per-block times (bench/out/scale-marks-N.tsv)
        marks_file = OUT / f"scale-marks-{n}.tsv"
        marks_log = open(marks_file, "w", encoding="utf-8")

        class Marks(Progress):
            def update(self, done, detail="", force=False):
                if not marks or done - marks[-1][0] >= 1000 or force:
                    marks.append((done, time.monotonic()))
                    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                    marks_log.write(f"{done}\t{marks[-1][1] - marks[0][1]:.1f}\t{rss:.0f}\n")
                    marks_log.flush()
                super().update(done, detail, force)

        # reference: the same ingest path (reading, de-duplication, extraction
        # in workers, fact rows) with a writer that discards the batches
        from bench.naive import NullWriter

        ref_n = min(n, 3000)
        ref_path = OUT / f"corpus-{n}-{self.seed}-first{ref_n}.jsonl"
        if not ref_path.exists():
            with open(path, encoding="utf-8") as src, open(ref_path, "w", encoding="utf-8") as dst:
                for _, line in zip(range(ref_n), src):
                    dst.write(line)
        start = time.monotonic()
        ingest([ref_path], NullWriter(), IngestOptions(workers=self.workers))
        reference_rate = ref_n / (time.monotonic() - start)
        writer = GraphWriter(driver, self._settings.database)
        started = time.monotonic()
        marks.append((0, started))
        report = ingest([path], writer, IngestOptions(workers=self.workers,
                                                      progress=Marks("scale", enabled=True, interval=30)))
        wall = time.monotonic() - started
        peak_main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        self.add("scale", f"ingest {n:,} articles end to end ({self.workers} workers)", wall, "s",
                 target="report")
        self.add("scale", "throughput end to end", n / wall, "articles/s", reference_rate,
                 (n / wall) / reference_rate, "reference: same ingest, writes discarded")
        self.add("scale", "time writing adds to the ingest", 100 * (1 - (n / wall) / reference_rate), "%",
                 target="<= 20%")
        self.add("scale", "peak memory, main Python process", peak_main, "MB", target="< 2048 MB")
        self.add("scale", "peak memory, largest extraction worker", peak_children, "MB")
        self.add("scale", "time in write transactions (a thread, overlapping extraction)",
                 100 * report.write_seconds / report.seconds, "% of wall time")
        self.add("scale", "time extraction waited for the writer", 100 * report.wait_seconds / report.seconds, "%")
        self.add("scale", "graph size", report.nodes_created, "nodes")
        self.add("scale", "graph size", report.relationships_created, "relationships")
        if self._settings.local:
            # database files only: transaction logs are pruned to 256 MB at
            # Neo4j's periodic checkpoints, so their size at any moment says little
            store = _du(self._settings.data_dir / "databases" / "neo4j")
            if store is not None:
                self.add("scale", "Neo4j store on disk (database files)", store / 1048576, "MB")
        per_k = []
        for (a, ta), (b, tb) in zip(marks, marks[1:]):
            if b - a >= 900:
                per_k.append((b, (tb - ta) * 1000 / (b - a)))
        if len(per_k) >= 3:
            self.add("scale", f"time per 1,000 articles, first block (to {per_k[0][0]})", per_k[0][1], "s")
            self.add("scale", f"time per 1,000 articles, second block (to {per_k[1][0]})", per_k[1][1], "s")
            self.add("scale", f"time per 1,000 articles, last block (to {per_k[-1][0]})", per_k[-1][1], "s",
                     per_k[1][1], per_k[-1][1] / per_k[1][1], "flat (about 1x vs second)")
        self.notes.append(f"per-1000 blocks (s): {[round(t, 1) for _, t in per_k]}")
        if n >= 30_000:
            blocks = _blocks(marks, 10_000)
            for end, seconds in blocks:
                self.add("scale", f"time per 10,000 articles, block to {end:,}", seconds, "s",
                         blocks[0][1], seconds / blocks[0][1], "flat (about 1x vs first)")
        marks_log.close()
        # re-ingest of the whole corpus
        started = time.monotonic()
        again = ingest([path], writer, IngestOptions(workers=self.workers))
        again_s = time.monotonic() - started
        self.add("re-ingest", f"load the same {n:,} articles again", again_s, "s", wall, wall / again_s,
                 ">= 20x faster than the first load")
        self.add("re-ingest", "written on the second load", again.written + again.nodes_created +
                 again.relationships_created, "articles+nodes+relationships", target="0")

    # ---- 3b. the writer alone at scale ---------------------------------------------------
    def facts(self, n: int) -> Path:
        """The corpus's fact rows, extracted once (2 workers, the ingest's own
        path) and kept as pickled write batches in bench/out, so the writer
        can be measured at scale without extracting again. Delete the file
        after changing extraction."""
        import pickle

        from graph.writer import WriteStats
        from loaders.ingest import IngestOptions, ingest
        from loaders.progress import Progress

        path = OUT / f"facts-{n}-{self.seed}.pkl"
        if path.exists():
            return path
        partial = path.with_suffix(".partial")
        with open(partial, "wb") as out:
            class Keep:  # the writer interface, keeping the batches
                def existing_checksums(self, checksums):
                    list(checksums)
                    return set()

                def write(self, batch):
                    pickle.dump(batch, out)
                    return WriteStats(articles=len(batch))

            ingest([self.corpus(n)], Keep(), IngestOptions(workers=self.workers,
                                                          progress=Progress("extract", enabled=True, interval=30)))
        partial.rename(path)
        return path

    def writer(self, driver) -> None:
        """Write the extracted corpus with the transactional writer alone
        (identity resolution, tenures and events included), timing each block
        of 1,000 and 10,000 articles: whether writing stays flat as the graph
        grows, and the writer's ceiling in articles per second."""
        import pickle

        from graph.identity import DecisionStore, IdentityResolver
        from graph.writer import GraphWriter

        n = self.articles
        facts = self.facts(n)
        self.reset(driver)
        decisions = OUT / f"writer-decisions-{n}.jsonl"
        decisions.unlink(missing_ok=True)
        identity = IdentityResolver(driver, self._settings.database, DecisionStore(decisions))
        resolving = [0.0]
        resolve = identity.resolve

        def timed_resolve(*args, **kwargs):
            started = time.monotonic()
            try:
                return resolve(*args, **kwargs)
            finally:
                resolving[0] += time.monotonic() - started

        identity.resolve = timed_resolve
        writer = GraphWriter(driver, self._settings.database, identity=identity)
        marks = [(0, time.monotonic(), 0.0)]
        log = open(OUT / f"writer-marks-{n}.tsv", "w", encoding="utf-8")
        done = nodes = rels = 0
        with open(facts, "rb") as handle:
            while True:
                try:
                    batch = pickle.load(handle)
                except EOFError:
                    break
                stats = writer.write(batch)
                done += len(batch)
                nodes += stats.nodes_created
                rels += stats.relationships_created
                if done - marks[-1][0] >= 1000:
                    marks.append((done, time.monotonic(), resolving[0]))
                    log.write(f"{done}\t{marks[-1][1] - marks[0][1]:.1f}\t{resolving[0]:.1f}\n")
                    log.flush()
                    print(f"  writer: {done:,} articles, {marks[-1][1] - marks[0][1]:.0f} s", file=sys.stderr,
                          flush=True)
        log.close()
        if marks[-1][0] != done:
            marks.append((done, time.monotonic(), resolving[0]))
        wall = marks[-1][1] - marks[0][1]
        self.add("writer", f"write {done:,} extracted articles (identity, tenures, events)", wall, "s", target="report")
        self.add("writer", "writer's ceiling at this size", done / wall, "articles/s",
                 target="report: above it, writing limits the ingest")
        self.add("writer", "time in identity resolution", 100 * resolving[0] / wall, "% of writing")
        self.add("writer", "peak memory, main Python process",
                 resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB", target="< 2048 MB")
        self.add("writer", "graph size", nodes, "nodes")
        self.add("writer", "graph size", rels, "relationships")
        if self._settings.local:
            store = _du(self._settings.data_dir / "databases" / "neo4j")
            if store is not None:
                self.add("writer", "Neo4j store on disk (database files)", store / 1048576, "MB")
        size = 10_000 if done >= 30_000 else 1000
        blocks = _blocks([(d, t) for d, t, _ in marks], size)
        for end, seconds in blocks:
            self.add("writer", f"time per {size:,} articles, block to {end:,}", seconds, "s", blocks[0][1],
                     seconds / blocks[0][1], "flat (about 1x vs first)")

    # ---- 5. queries ----------------------------------------------------------------
    def queries(self, driver) -> None:
        import random

        from graph import queries as Q
        from graph.examples import examples

        reader = Q.GraphReader(driver, self._settings.database)
        rng = random.Random(self.seed)
        people = [r["id"] for r in reader.rows(
            "MATCH (p:Person)<-[m:MENTIONS]-() WITH p, count(m) AS n ORDER BY n DESC LIMIT 200 RETURN p.id AS id")]
        names = [r["name"] for r in reader.rows("MATCH (p:Person) RETURN p.name AS name LIMIT 500")]
        issues = [r["key"] for r in reader.rows("MATCH (i:Issue) RETURN i.key AS key")]
        reps = 20 if self.quick else 60

        def timed(label, fn):
            fn()  # warm the plan
            samples = []
            for _ in range(reps):
                start = time.perf_counter()
                fn()
                samples.append((time.perf_counter() - start) * 1000)
            p50 = statistics.median(samples)
            p95 = sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]
            self.add("queries", f"{label} p50", p50, "ms", target="< 50 ms")
            self.add("queries", f"{label} p95", p95, "ms", target="< 200 ms")

        timed("search by name", lambda: Q.search(reader, rng.choice(names).split()[-1][:5]))
        timed("neighbourhood depth 1", lambda: Q.neighbourhood(reader, rng.choice(people), 1))
        timed("neighbourhood depth 2", lambda: Q.neighbourhood(reader, rng.choice(people), 2,
                                                                labels=["Person", "Organization", "Role", "Issue",
                                                                        "Country"]))
        timed("shortest paths", lambda: Q.shortest_paths(reader, rng.choice(people), rng.choice(people)))
        timed("issue view", lambda: Q.issue_view(reader, rng.choice(issues)))
        timed("person details", lambda: Q.details(reader, rng.choice(people)))
        example_samples = []
        for example in examples():
            driver.execute_query(example.cypher, example.params, routing_="r")
            for _ in range(max(3, reps // 6)):
                start = time.perf_counter()
                driver.execute_query(example.cypher, example.params, routing_="r")
                example_samples.append((time.perf_counter() - start) * 1000)
        self.add("queries", f"schema examples ({len(examples())}) p50", statistics.median(example_samples), "ms",
                 target="< 50 ms")
        self.add("queries", "schema examples p95",
                 sorted(example_samples)[int(len(example_samples) * 0.95) - 1], "ms", target="< 200 ms")

    # ---- 6. app ---------------------------------------------------------------------
    def app(self, driver) -> None:
        """Browser timings of every page (bench/browser.py), then the
        server-side render of a 300-node view."""
        quiet_streamlit()
        from streamlit.testing.v1 import AppTest

        from bench.browser import measure

        measure(self, driver)

        from graph import queries as Q

        reader = Q.GraphReader(driver, self._settings.database)
        hub = reader.rows("MATCH (i:Issue)<-[e:ENGAGES_ON]-() WITH i, count(e) AS n ORDER BY n DESC LIMIT 1 "
                          "RETURN i.name AS name")[0]["name"]
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
        at.switch_page("pages/explore.py").run()  # the app opens on the landing view
        at.text_input(key="search").input(hub).run()
        at.multiselect(key="f_types").set_value(["Person", "Organization", "Role", "Issue", "Country"]).run()
        at.slider(key="f_cap").set_value(300).run()
        at.radio(key="depth").set_value(2).run()
        view = at.session_state["view"]
        samples = []
        for _ in range(3 if self.quick else 5):
            at.session_state["view_key"] = None  # force the queries, as on a fresh view
            start = time.perf_counter()
            at.run()
            samples.append(time.perf_counter() - start)
        self.add("app", f"explore page, {len(view.nodes)}-node neighbourhood (server side)",
                 statistics.median(samples) * 1000, "ms", target="report")


class ErrorsOnly(logging.Filter):
    """Lets through log records of level ERROR and above."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR


def quiet_streamlit() -> None:
    """Keep the benchmark's output to its figures: running the app outside
    ``streamlit run`` makes Streamlit log "missing ScriptRunContext" (and
    other notes meant for app developers) once per cached call. Streamlit
    resets its loggers' levels whenever it reads its config, so a filter,
    which stays, lets through errors only."""
    from streamlit import logger

    os.environ["STREAMLIT_LOGGER_LEVEL"] = "error"
    logger.set_log_level("error")
    for name in ("streamlit", "streamlit.runtime.scriptrunner_utils.script_run_context",
                 *list(logger._loggers)):
        target = logger.get_logger(name)
        if not any(isinstance(f, ErrorsOnly) for f in target.filters):
            target.addFilter(ErrorsOnly())
        for handler in target.handlers:
            handler.addFilter(ErrorsOnly())


def _time_pool(pool_class, workers: int, articles) -> tuple[float, float]:
    """(start-up, steady-state) seconds of extracting ``articles`` with a
    worker pool (``ExtractionPool`` or ``DaskPool``): start-up is starting the
    pool (a LocalCluster starts in its constructor) and loading the model in
    every worker; then the articles go through in chunks of 32."""
    from loaders.parallel import extract_stream

    start = time.perf_counter()
    with pool_class(workers) as pool:
        pool.warm()
        startup_s = time.perf_counter() - start
        start = time.perf_counter()
        count = sum(1 for _ in extract_stream(iter(articles), pool=pool, chunk_size=32))
        run_s = time.perf_counter() - start
    assert count == len(articles)
    return startup_s, run_s


def _blocks(marks: list[tuple[int, float]], size: int) -> list[tuple[int, float]]:
    """Seconds per ``size`` articles, from (articles done, time) marks: the
    time between the marks nearest each multiple of ``size``, scaled to
    exactly ``size`` articles."""
    out = []
    start = marks[0]
    for done, at in marks[1:]:
        if done - start[0] >= size * 0.95:
            out.append((done, (at - start[1]) * size / (done - start[0])))
            start = (done, at)
    return out


def _du(path: Path) -> int | None:
    try:
        out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True).stdout
        return int(out.split()[0])
    except (OSError, ValueError, IndexError):
        return None


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1048576:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[:1]
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "os": platform.platform(), "java": java[0] if java else "unknown"}
