"""Extraction over a stream of articles, in this process or in several.

With ``workers > 1`` (or a pool) the articles are cut into chunks and
extracted by workers that each load the pipeline once, at most two chunks
per worker in flight so memory stays bounded however long the stream.
Results come back in input order. spaCy's own ``n_process`` only
parallelizes the parse; here the whole extraction runs in the workers.

Where the workers run is behind one small interface, a *pool* (``submit``
a chunk, get a future whose ``result()`` is the chunk's extractions;
``workers``; ``close``): ``ExtractionPool`` holds processes on this machine,
``DaskPool`` sends the chunks to Dask distributed (a ``LocalCluster`` or a
scheduler elsewhere). ``open_pool`` picks one by name.
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

    def submit(self, chunk: list[Article], batch_size: int) -> Future:
        """Extract ``chunk`` in a worker; the future's result is its extractions, in order."""
        return self.executor.submit(_extract_chunk, chunk, batch_size)

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


# ---- Dask distributed ---------------------------------------------------------

_dask_extractors: dict = {}


def _dask_extract_chunk(articles: list[Article], batch_size: int,
                        issues_file: str | None) -> list[Extraction | ExtractionError]:
    """A Dask task: extract one chunk with this worker process's extractor
    (loaded on its first chunk and kept for the next ones)."""
    extractor = _dask_extractors.get(issues_file)
    if extractor is None:
        from loaders.extraction.pipeline import Extractor

        extractor = _dask_extractors[issues_file] = Extractor(issues_file=issues_file)
    return list(extractor.extract_many(articles, batch_size=batch_size))


class DaskPool:
    """Extraction as Dask distributed tasks, one task per chunk.

    Without ``scheduler`` a ``LocalCluster`` of ``workers`` processes (one
    thread each: the extraction holds the GIL) is started here and stopped
    by ``close``; with ``scheduler`` (``tcp://host:8786``) the chunks go to
    that cluster, whose workers must be able to import this project's
    ``loaders`` package and its spaCy model, and ``workers`` is how many
    chunks per worker-thread are kept in flight (the cluster's size is
    read from the scheduler). The graph writes stay in the client."""

    def __init__(self, workers: int = 2, scheduler: str | None = None, issues_file: str | None = None,
                 dashboard: str | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - distributed is in requirements.txt
            raise ExtractionError("--executor dask", "needs the 'distributed' package: "
                                  "pip install -r requirements.txt") from exc
        self.issues_file = issues_file
        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="10s")
            except OSError as exc:
                raise ExtractionError(f"--scheduler {scheduler}", f"no Dask scheduler answers at {scheduler} "
                                                                  f"({exc})") from exc
            threads = sum(self.client.nthreads().values())
            self.workers = max(1, threads)
        else:
            self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                        dashboard_address=dashboard or ":0", scheduler_port=0, host="127.0.0.1")
            self.client = Client(self.cluster)
            self.workers = max(1, workers)

    def submit(self, chunk: list[Article], batch_size: int):
        """Send ``chunk`` to the cluster; the future's ``result()`` is its extractions, in order."""
        return self.client.submit(_dask_extract_chunk, chunk, batch_size, self.issues_file, pure=False)

    def warm(self) -> None:
        """Load the model in every worker now (one empty chunk per worker)."""
        self.client.run(_dask_extract_chunk, [], 1, self.issues_file)

    def close(self) -> None:
        """Disconnect; stop the LocalCluster this pool started (a remote cluster keeps running)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> "DaskPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


EXECUTORS = ("process", "dask")


def open_pool(executor: str, workers: int, issues_file: str | None = None, scheduler: str | None = None):
    """The pool for ``executor``: ``process`` (worker processes here) or
    ``dask`` (Dask distributed: a LocalCluster, or the cluster at ``scheduler``)."""
    if executor == "dask":
        return DaskPool(workers, scheduler, issues_file)
    if executor == "process":
        if scheduler:
            raise ValueError("--scheduler goes with --executor dask")
        return ExtractionPool(workers, issues_file)
    raise ValueError(f"unknown executor {executor!r}: choose one of {', '.join(EXECUTORS)}")


def extract_stream(
    articles: Iterable[Article],
    workers: int = 1,
    batch_size: int = 32,
    chunk_size: int = 64,
    issues_file: str | None = None,
    extractor=None,
    pool=None,
    executor: str = "process",
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Yield ``(article, extraction or error)`` for every article, in order.

    ``workers > 1``, ``executor="dask"`` or a ``pool`` extracts in workers
    (see ``open_pool``); otherwise in this process with ``extractor``
    (loaded here when not given)."""
    if pool is None and workers <= 1 and executor == "process":
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
    pool = pool or open_pool(executor, workers, issues_file, scheduler)
    stream = iter(articles)
    pending: deque[tuple[list[Article], Future]] = deque()

    def submit() -> bool:
        chunk = list(islice(stream, chunk_size))
        if not chunk:
            return False
        pending.append((chunk, pool.submit(chunk, batch_size)))
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
