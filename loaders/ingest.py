"""Ingest: read articles, skip the ones already stored, extract, write.

The flow is read -> de-duplicate -> extract -> resolve -> write:

* articles are identified by the checksum of their normalized text; a
  checksum seen earlier in the run, or already in the graph, is skipped
  before any NLP runs (which is why loading a corpus again is fast and
  writes nothing);
* new articles are extracted (in worker processes with ``workers > 1``),
  turned into graph rows (``loaders.rows``) and written in batches, one
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
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.articles import Article
from loaders.errors import LoaderError
from loaders.parallel import extract_stream
from loaders.progress import Progress
from loaders.readers import iter_articles
from loaders.readers.decoding import DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_FILE_BYTES

if TYPE_CHECKING:
    from loaders.extraction.lexicon import Lexicon
    from loaders.extraction.pipeline import Extractor

#: Articles whose checksums are looked up in the graph at once.
LOOKUP_CHUNK = 200
#: Articles per write transaction (measured in bench/: larger batches write faster, up to ~200).
DEFAULT_BATCH = 200
#: Undated articles named in the report (the count covers all of them).
UNDATED_EXAMPLES = 20


@dataclass
class IngestReport:
    """What an ingest did: counts of articles by outcome, what was created,
    where the time went, and every error with its source."""

    read: int = 0
    written: int = 0
    skipped_existing: int = 0
    skipped_duplicate: int = 0
    failed: int = 0
    #: extracted articles with no publication date anywhere (metadata, dateline, "Published" line)
    undated: int = 0
    undated_examples: list[str] = field(default_factory=list)  # the first few, by source
    nodes_created: int = 0
    relationships_created: int = 0
    seconds: float = 0.0
    extract_seconds: float = 0.0
    write_seconds: float = 0.0  # time spent in write transactions (in the writer thread)
    wait_seconds: float = 0.0  # time extraction had to wait for the writer
    people_merged: int = 0  # Person nodes joined across articles (graph.identity)
    people_to_review: int = 0  # pairs left for review (python -m graph identities suggest)
    errors: list[LoaderError] = field(default_factory=list)

    def summary(self) -> str:
        """One line for a person (the command line's last line)."""
        return (
            f"Read {self.read} articles: {self.written} written, {self.skipped_existing} already in the graph, "
            f"{self.skipped_duplicate} duplicates in this run, {self.failed} failed. "
            + (f"{self.undated} undated (no date in metadata, dateline or text: their facts have no dates). "
               if self.undated else "") +
            f"Created {self.nodes_created} nodes and {self.relationships_created} relationships "
            f"in {self.seconds:.1f} s."
            + (f" Joined {self.people_merged} people across articles." if self.people_merged else "")
            + (f" {self.people_to_review} possible matches to review (python -m graph identities suggest)."
               if self.people_to_review else "")
        )

    def to_json(self) -> dict:
        """The summary ``ingest --json`` prints (the Load page reads it)."""
        return {
            "read": self.read, "written": self.written, "skipped_existing": self.skipped_existing,
            "skipped_duplicate": self.skipped_duplicate, "failed": self.failed,
            "undated": self.undated, "undated_examples": self.undated_examples,
            "nodes_created": self.nodes_created, "relationships_created": self.relationships_created,
            "seconds": round(self.seconds, 3), "errors": [e.to_json() for e in self.errors],
            "people_merged": self.people_merged, "people_to_review": self.people_to_review,
        }


@dataclass
class IngestOptions:
    """How to ingest: everything but the paths and the writer, with the
    defaults the command line uses."""

    #: extraction processes (1: extract in this process)
    workers: int = 1
    #: articles per write transaction
    batch_size: int = DEFAULT_BATCH
    #: issue taxonomy (YAML) to use instead of the shipped one
    issues_file: str | None = None
    #: limits for reading the paths (see ``loaders.readers``)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_chars: int = DEFAULT_MAX_ARTICLE_CHARS
    #: an extractor already loaded (used with ``workers=1``; saves loading spaCy again)
    extractor: Extractor | None = None
    #: called with each file or article that fails, as it happens
    on_error: Callable[[LoaderError], None] | None = None
    #: progress display for long runs (none by default)
    progress: Progress | None = None

    def lexicon(self) -> Lexicon:
        """The lexicon the graph rows are resolved with: the extractor's, or the
        shipped one (with ``issues_file``)."""
        if self.extractor is not None:
            return self.extractor.lexicon
        from loaders.extraction.lexicon import default_lexicon

        return default_lexicon(self.issues_file)


def ingest(paths: Iterable[str | Path] | None, writer, options: IngestOptions | None = None, *,
           articles: Iterable[Article | LoaderError] | None = None) -> IngestReport:
    """Load the articles in ``paths`` (files, folders, glob patterns) into the
    graph through ``writer`` (a ``graph.writer.GraphWriter``, or anything with
    its ``existing_checksums`` and ``write``), skipping articles already
    stored; failures are counted in the report and the run goes on.
    ``articles`` instead of ``paths``: a stream already read (articles and
    read errors, as ``loaders.readers.iter_articles`` and the URL reader give)."""
    from loaders.rows import article_facts

    options = options or IngestOptions()
    lexicon = options.lexicon()
    workers, batch_size, on_error = options.workers, options.batch_size, options.on_error
    report = IngestReport()
    started = time.monotonic()
    source = articles if articles is not None else iter_articles(paths, options.max_file_bytes, options.max_chars)
    progress = options.progress or Progress("ingest", enabled=False)

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
        for article, result in extract_stream(new_articles(), workers=workers, issues_file=options.issues_file,
                                              extractor=options.extractor):
            if isinstance(result, LoaderError):
                fail(result)
                continue
            if result.published is None:
                report.undated += 1
                if len(report.undated_examples) < UNDATED_EXAMPLES:
                    report.undated_examples.append(article.source or article.id)
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
        """Queue a batch (waits while two are queued); raises the writer's error."""
        if self.error is not None:
            raise self.error
        mark = time.monotonic()
        self.queue.put(batch)
        self.report.wait_seconds += time.monotonic() - mark

    def close(self) -> None:
        """Write what is queued, stop the thread and raise the writer's error."""
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
    identity = getattr(stats, "identity", None)
    if identity is not None:
        report.people_merged += len(identity.merged) + identity.replayed
        report.people_to_review += identity.suggested


def _detail(report: IngestReport) -> str:
    return f"{report.written} written, {report.skipped_existing + report.skipped_duplicate} skipped, {report.failed} failed"
