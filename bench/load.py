"""Load test: many concurrent readers run the explorer's queries while an
ingest writes, on loopback.

``python -m bench load [--readers 50] [--seconds 60] [--articles 400]``
prints throughput, latency percentiles and the error count, then checks the
graph is consistent (the invariants below, and that loading the same corpus
again writes nothing). The test suite runs a short form of it.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from dataclasses import dataclass, field

INVARIANTS = {
    "every quote is said by exactly one person and appears in exactly one article": """
        MATCH (q:Quote)
        WITH q, COUNT { (:Person)-[:SAID]->(q) } AS said, COUNT { (q)-[:IN]->(:Article) } AS in_article
        WHERE said <> 1 OR in_article <> 1
        RETURN count(q) AS bad""",
    "every relationship lists its supporting articles (the first 100) and counts them all": """
        MATCH ()-[r]->()
        WHERE size(r.articles) <> CASE WHEN r.weight < 100 THEN r.weight ELSE 100 END
        RETURN count(r) AS bad""",
    "every supporting article id names a stored article": """
        MATCH ()-[r]->() UNWIND r.articles AS aid
        WITH DISTINCT aid WHERE NOT EXISTS { MATCH (:Article {id: aid}) }
        RETURN count(aid) AS bad""",
    "every role held has a holder": """
        MATCH (r:Role) WHERE NOT EXISTS { (:Person)-[:HOLDS]->(r) } RETURN count(r) AS bad""",
    "no two articles share a checksum": """
        MATCH (a:Article) WITH a.checksum AS c, count(*) AS n WHERE n > 1 RETURN count(c) AS bad""",
}


@dataclass
class LoadResult:
    queries: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    seconds: float = 0.0
    ingest_written: int = 0
    ingest_seconds: float = 0.0
    violations: dict[str, int] = field(default_factory=dict)
    reingest_written: int = -1

    @property
    def throughput(self) -> float:
        return self.queries / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))]

    def summary(self) -> str:
        return (f"{self.queries} queries in {self.seconds:.1f} s ({self.throughput:.0f}/s) from concurrent readers; "
                f"p50 {self.percentile(0.5):.0f} ms, p95 {self.percentile(0.95):.0f} ms; {self.errors} errors. "
                f"Ingest meanwhile: {self.ingest_written} articles in {self.ingest_seconds:.1f} s. "
                f"Invariant violations: {sum(self.violations.values())}; written on re-ingest: {self.reingest_written}.")


def run_load(driver, database, corpus_path, readers: int = 50, seconds: float = 60.0,
             extractor=None, workers: int = 1) -> LoadResult:
    """Run ``readers`` reader threads for ``seconds`` while ingesting ``corpus_path``."""
    from graph import queries as Q
    from graph.writer import GraphWriter
    from loaders.ingest import IngestOptions, ingest

    reader = Q.GraphReader(driver, database)
    result = LoadResult()
    lock = threading.Lock()
    stop = threading.Event()
    seeds = {
        "people": [r["id"] for r in reader.rows("MATCH (p:Person) RETURN p.id AS id LIMIT 200")] or ["person:none"],
        "names": [r["name"] for r in reader.rows("MATCH (p:Person) RETURN p.name AS name LIMIT 200")] or ["x"],
        "issues": [r["key"] for r in reader.rows("MATCH (i:Issue) RETURN i.key AS key")] or ["tariffs"],
    }

    def one_query(rng: random.Random) -> None:
        kind = rng.randrange(6)
        if kind == 0:
            Q.search(reader, rng.choice(seeds["names"]).split()[-1][:4])
        elif kind == 1:
            Q.neighbourhood(reader, rng.choice(seeds["people"]), 1)
        elif kind == 2:
            Q.neighbourhood(reader, rng.choice(seeds["people"]), 2, labels=["Person", "Organization", "Role", "Issue"],
                            node_cap=150)
        elif kind == 3:
            Q.details(reader, rng.choice(seeds["people"]))
        elif kind == 4:
            Q.shortest_paths(reader, rng.choice(seeds["people"]), rng.choice(seeds["people"]), max_hops=4)
        else:
            Q.issue_view(reader, rng.choice(seeds["issues"]))

    def reader_loop(n: int) -> None:
        rng = random.Random(n)
        while not stop.is_set():
            start = time.perf_counter()
            try:
                one_query(rng)
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    result.queries += 1
                    result.latencies_ms.append(elapsed)
            except Exception as exc:  # counted and reported: the load test measures errors
                with lock:
                    result.errors += 1
                    if len(result.error_samples) < 5:
                        result.error_samples.append(f"{type(exc).__name__}: {exc}")

    def ingest_once() -> None:
        start = time.monotonic()
        report = ingest([corpus_path], GraphWriter(driver, database),
                        IngestOptions(workers=workers, extractor=extractor, batch_size=25))
        result.ingest_written = report.written
        result.ingest_seconds = time.monotonic() - start

    threads = [threading.Thread(target=reader_loop, args=(n,), daemon=True) for n in range(readers)]
    writer_thread = threading.Thread(target=ingest_once, daemon=True)
    started = time.monotonic()
    for thread in threads:
        thread.start()
    writer_thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    result.seconds = time.monotonic() - started
    writer_thread.join()
    for name, cypher in INVARIANTS.items():
        records, _, _ = driver.execute_query(cypher, database_=database)
        result.violations[name] = records[0]["bad"]
    again = ingest([corpus_path], GraphWriter(driver, database), IngestOptions(extractor=extractor))
    result.reingest_written = again.written + again.nodes_created + again.relationships_created
    return result


def main(argv: list[str] | None = None) -> int:
    from bench.run import Bench
    from loaders.extraction import Extractor

    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args(argv)
    bench = Bench(articles=args.articles, quick=True)
    driver = bench.driver()
    bench.reset(driver)
    extractor = Extractor()
    path = bench.corpus(args.articles)
    result = run_load(driver, bench._settings.database, path, args.readers, args.seconds,
                      extractor=extractor)
    print(result.summary())
    for sample in result.error_samples:
        print(f"  error: {sample}")
    for name, bad in result.violations.items():
        print(f"  {'ok  ' if bad == 0 else 'FAIL'} {name}" + (f" ({bad})" if bad else ""))
    return 0 if result.errors == 0 and not any(result.violations.values()) and result.reingest_written == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
