"""Ingest: read articles, skip the ones already stored, extract, write.

The flow is read -> de-duplicate -> extract -> resolve -> write:

* articles are identified by the checksum of their normalized text; a
  checksum seen earlier in the run, or already in the graph, is skipped
  before any NLP runs (which is why loading a corpus again is fast and
  writes nothing);
* new articles are extracted (in worker processes with ``workers > 1``),
  turned into graph rows (``graph.facts``) and written in batches, one
  transaction per batch (``graph.writer``);
* a file or article that fails is reported with its reason and the run goes
  on; the report counts everything.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from loaders.articles import Article
from loaders.errors import LoaderError
from loaders.parallel import extract_stream
from loaders.progress import Progress
from loaders.readers import iter_articles

#: Articles whose checksums are looked up in the graph at once.
LOOKUP_CHUNK = 200
#: Articles per write transaction (measured in bench/: larger batches write faster, up to ~200).
DEFAULT_BATCH = 200


@dataclass
class IngestReport:
    read: int = 0
    written: int = 0
    skipped_existing: int = 0
    skipped_duplicate: int = 0
    failed: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    seconds: float = 0.0
    extract_seconds: float = 0.0
    write_seconds: float = 0.0  # time spent in write transactions (in the writer thread)
    wait_seconds: float = 0.0  # time extraction had to wait for the writer
    errors: list[LoaderError] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Read {self.read} articles: {self.written} written, {self.skipped_existing} already in the graph, "
            f"{self.skipped_duplicate} duplicates in this run, {self.failed} failed. "
            f"Created {self.nodes_created} nodes and {self.relationships_created} relationships "
            f"in {self.seconds:.1f} s."
        )

    def to_json(self) -> dict:
        return {
            "read": self.read, "written": self.written, "skipped_existing": self.skipped_existing,
            "skipped_duplicate": self.skipped_duplicate, "failed": self.failed,
            "nodes_created": self.nodes_created, "relationships_created": self.relationships_created,
            "seconds": round(self.seconds, 3), "errors": [e.to_json() for e in self.errors],
        }


def ingest(
    paths: Iterable[str] | None,
    writer,
    lexicon,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    articles: Iterable[Article | LoaderError] | None = None,
    extractor=None,
    issues_file: str | None = None,
    on_error: Callable[[LoaderError], None] | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Load ``paths`` (or an ``articles`` stream) into the graph via ``writer``."""
    from graph.facts import article_facts

    report = IngestReport()
    started = time.monotonic()
    source = articles if articles is not None else iter_articles(paths or [])
    progress = progress or Progress("ingest", enabled=False)

    def fail(error: LoaderError) -> None:
        report.failed += 1
        report.errors.append(error)
        if on_error:
            on_error(error)

    def new_articles() -> Iterator[Article]:
        seen: set[str] = set()
        chunk: list[Article] = []

        def flush() -> Iterator[Article]:
            existing = writer.existing_checksums(a.checksum for a in chunk)
            for article in chunk:
                if article.checksum in existing:
                    report.skipped_existing += 1
                else:
                    yield article
            chunk.clear()

        for item in source:
            if isinstance(item, LoaderError):
                fail(item)
                continue
            report.read += 1
            if item.checksum in seen:
                report.skipped_duplicate += 1
                continue
            seen.add(item.checksum)
            chunk.append(item)
            if len(chunk) >= LOOKUP_CHUNK:
                yield from flush()
            progress.update(report.read, _detail(report))
        if chunk:
            yield from flush()

    batches = _BackgroundWriter(writer, report)
    batch = []
    try:
        for article, result in extract_stream(new_articles(), workers=workers, issues_file=issues_file,
                                              extractor=extractor):
            if isinstance(result, LoaderError):
                fail(result)
                continue
            batch.append(article_facts(result, lexicon, article.text))
            if len(batch) >= batch_size:
                batches.put(batch)
                batch = []
                progress.update(report.read, _detail(report))
        if batch:
            batches.put(batch)
    finally:
        batches.close()
    report.seconds = time.monotonic() - started
    report.extract_seconds = report.seconds - report.write_seconds
    progress.update(report.read, _detail(report), force=True)
    progress.close()
    return report


class _BackgroundWriter:
    """Writes batches in a thread while extraction goes on. At most two
    batches wait, so memory stays bounded; a write error stops the ingest
    with that error, and the batches already written stay written."""

    def __init__(self, writer, report: IngestReport):
        self.writer = writer
        self.report = report
        self.queue: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="graph-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            batch = self.queue.get()
            if batch is None:
                return
            if self.error is None:
                try:
                    _write(self.writer, batch, self.report)
                except BaseException as exc:  # handed to the caller's thread below
                    self.error = exc

    def put(self, batch: list) -> None:
        if self.error is not None:
            raise self.error
        mark = time.monotonic()
        self.queue.put(batch)
        self.report.wait_seconds += time.monotonic() - mark

    def close(self) -> None:
        mark = time.monotonic()
        self.queue.put(None)
        self.thread.join()
        self.report.wait_seconds += time.monotonic() - mark
        if self.error is not None:
            raise self.error


def _write(writer, batch: list, report: IngestReport) -> None:
    mark = time.monotonic()
    stats = writer.write(batch)
    report.write_seconds += time.monotonic() - mark
    report.written += stats.articles
    report.nodes_created += stats.nodes_created
    report.relationships_created += stats.relationships_created


def _detail(report: IngestReport) -> str:
    return f"{report.written} written, {report.skipped_existing + report.skipped_duplicate} skipped, {report.failed} failed"
