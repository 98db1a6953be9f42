"""Extraction over a stream of articles, in this process or in several.

With ``workers > 1`` the articles are cut into chunks and extracted in worker
processes (each loads the pipeline once), at most two chunks per worker in
flight so memory stays bounded however long the stream. Results come back in
input order. spaCy's own ``n_process`` only parallelizes the parse; here the
whole extraction runs in the workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from loaders.articles import Article
from loaders.errors import ExtractionError
from loaders.extraction.model import Extraction

Result = tuple[Article, Extraction | ExtractionError]

_worker_extractor = None


def _init_worker(issues_file: str | None) -> None:
    global _worker_extractor
    from loaders.extraction.pipeline import Extractor

    _worker_extractor = Extractor(issues_file=issues_file)


def _extract_chunk(articles: list[Article], batch_size: int) -> list[Extraction | ExtractionError]:
    return list(_worker_extractor.extract_many(articles, batch_size=batch_size))


def default_workers() -> int:
    """The number of cores this process may use: the default for ``--workers 0``."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class ExtractionPool:
    """Worker processes that each hold a loaded extractor. Reusable across
    streams, so the model is loaded once per worker, not once per run."""

    def __init__(self, workers: int, issues_file: str | None = None):
        self.workers = workers
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_init_worker, initargs=(issues_file,))

    def warm(self) -> None:
        """Start every worker and load its model now (otherwise the first chunks wait for it)."""
        list(self.executor.map(_ping, range(self.workers * 2)))

    def close(self) -> None:
        """Stop the worker processes (pending work is cancelled)."""
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "ExtractionPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _ping(_: int) -> bool:
    return _worker_extractor is not None


def extract_stream(
    articles: Iterable[Article],
    workers: int = 1,
    batch_size: int = 32,
    chunk_size: int = 64,
    issues_file: str | None = None,
    extractor=None,
    pool: ExtractionPool | None = None,
) -> Iterator[Result]:
    """Yield ``(article, extraction or error)`` for every article, in order.

    ``workers > 1`` (or a ``pool``) extracts in worker processes; otherwise
    in this process with ``extractor`` (loaded here when not given)."""
    if pool is None and workers <= 1:
        if extractor is None:
            from loaders.extraction.pipeline import Extractor

            extractor = Extractor(issues_file=issues_file)
        buffered: deque[Article] = deque()

        def remember(stream: Iterable[Article]) -> Iterator[Article]:
            for article in stream:
                buffered.append(article)
                yield article

        for result in extractor.extract_many(remember(articles), batch_size=batch_size):
            yield buffered.popleft(), result
        return
    owned = pool is None
    pool = pool or ExtractionPool(workers, issues_file)
    stream = iter(articles)
    pending: deque[tuple[list[Article], Future]] = deque()

    def submit() -> bool:
        chunk = list(islice(stream, chunk_size))
        if not chunk:
            return False
        pending.append((chunk, pool.executor.submit(_extract_chunk, chunk, batch_size)))
        return True

    try:
        for _ in range(pool.workers * 2):
            if not submit():
                break
        while pending:
            chunk, future = pending.popleft()
            results = future.result()
            submit()
            yield from zip(chunk, results)
    finally:
        if owned:
            pool.close()
