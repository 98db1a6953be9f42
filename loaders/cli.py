"""Command line: ``python -m loaders extract|ingest PATH...``.

``extract`` prints what the extractor finds (``--json``: one JSON object per
article, the evaluation kit's format). ``ingest`` writes it into Neo4j. Both
take files, folders and glob patterns, report one line per bad file with the
reason, carry on with the rest, and exit with status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import json
import sys

from graph.cli_args import CommandParser
from loaders.errors import LoaderError
from loaders.readers.decoding import DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_FILE_BYTES


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files, folders, glob patterns, or http(s) URLs of article pages and feeds")
    parser.add_argument("--urls", metavar="FILE", help="a file of URLs (pages or feeds), one a line")
    parser.add_argument("--all-entries", action="store_true",
                        help="read every entry of a feed, not only those new since its last run")
    parser.add_argument("--cache-dir", metavar="DIR",
                        help="where fetched pages are kept (default .tradegraph/fetch-cache, or TRADEGRAPH_FETCH_CACHE)")
    parser.add_argument("--no-cache", action="store_true", help="fetch every URL again and keep nothing")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds allowed for one URL (default 20)")
    parser.add_argument("--per-host-delay", type=float, default=1.0,
                        help="seconds between two requests to the same site (default 1)")
    parser.add_argument("--workers", type=int, default=1,
                        help="extract in N processes (0 = one per core; default 1)")
    parser.add_argument("--issues", metavar="FILE", help="issue taxonomy (YAML) to use instead of the shipped one")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_ARTICLE_CHARS,
                        help=f"longest article accepted, in characters (default {DEFAULT_MAX_ARTICLE_CHARS:,})")
    parser.add_argument("--max-file-mb", type=float, default=DEFAULT_MAX_FILE_BYTES / 1048576,
                        help="largest file read whole, in MB (JSON Lines files are streamed; default %(default)g)")
    parser.add_argument("--quiet", action="store_true", help="no progress output")


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m loaders`` command line."""
    parser = CommandParser(prog="python -m loaders",
                                     description="Read trade news articles and extract or ingest their facts.")
    sub = parser.add_commands(dest="command", required=True)
    extract = sub.add_parser("extract", help="print the people, roles, organizations, issues and quotes found")
    _common(extract)
    extract.add_argument("--json", action="store_true", help="JSON Lines, one object per article")
    extract.add_argument("--with-text", action="store_true",
                         help="with --json, add each article's text (mention offsets index into it) and source")
    ingest = sub.add_parser("ingest", help="extract and write into Neo4j (skips articles already stored)")
    _common(ingest)
    ingest.add_argument("--executor", choices=["process", "dask"], default="process",
                        help="where extraction runs: worker processes here (default), or Dask distributed tasks "
                             "(a LocalCluster of --workers, or the cluster at --scheduler)")
    ingest.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --executor dask: a running Dask scheduler (tcp://host:8786); its workers "
                             "need this project and its spaCy model installed")
    ingest.add_argument("--bulk", action="store_true",
                        help="first load into an EMPTY local database: extract everything, write CSV, load it "
                             "with neo4j-admin import (the server is stopped and started again); same graph as "
                             "the transactional ingest, faster for large corpora")
    ingest.add_argument("--batch-size", type=int, default=200, help="articles per write transaction (default 200)")
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON")
    ingest.add_argument("--progress-every", type=float, metavar="SECONDS",
                        help="seconds between progress lines (default: 0.2 on a terminal, else 5)")
    return parser


def _workers(n: int) -> int:
    from loaders.parallel import default_workers

    return default_workers() if n <= 0 else n


def _sources(args):
    """(article stream, URL reader or None) for the paths, URLs and --urls
    file given; None, None (after saying why) when no input was given."""
    from loaders.readers import iter_articles
    from loaders.web import UrlReader, is_url, read_url_list

    inputs = list(args.paths)
    if args.urls:
        try:
            inputs += read_url_list(args.urls)
        except LoaderError as exc:
            _report_error(exc)
            return None, None
    if not inputs:
        print("error: give article files, folders, URLs, or --urls FILE", file=sys.stderr)
        return None, None
    url_reader = None
    if any(is_url(i) for i in inputs):
        from loaders.fetch import Fetcher, FetchOptions

        options = FetchOptions(timeout=args.timeout, max_bytes=int(args.max_file_mb * 1048576),
                               per_host_delay=args.per_host_delay, use_cache=not args.no_cache,
                               cache_dir=args.cache_dir)
        url_reader = UrlReader(Fetcher(options), all_entries=args.all_entries, max_chars=args.max_chars)
    from loaders.web import iter_inputs

    def read_files(paths):
        return iter_articles(paths, int(args.max_file_mb * 1048576), args.max_chars)

    return iter_inputs(inputs, url_reader, read_files), url_reader


def _finish_urls(url_reader) -> None:
    """Remember this run's feed entries, and say how many were left out."""
    if url_reader is None:
        return
    url_reader.commit()
    if url_reader.skipped_entries:
        print(f"note: {url_reader.skipped_entries} feed entries were read at an earlier run and left out "
              "(--all-entries reads them again)", file=sys.stderr)


def _report_error(error: LoaderError) -> None:
    print(f"error: {error.source}: {error.reason}", file=sys.stderr, flush=True)


def cmd_extract(args) -> int:
    """``extract``: print what the extractor finds; exit status 1 if anything failed."""
    from loaders.parallel import extract_stream
    from loaders.progress import Progress
    failed = 0
    count = 0
    source, url_reader = _sources(args)
    if source is None:
        return 2
    progress = Progress("extract", enabled=not args.quiet and not sys.stdout.isatty())

    def fail(error: LoaderError) -> None:
        """One line on stderr; with --json also an error object in the stream."""
        nonlocal failed
        failed += 1
        _report_error(error)
        if args.json:
            print(json.dumps(error.to_json(), ensure_ascii=False), flush=True)

    def articles():
        for item in source:
            if isinstance(item, LoaderError):
                fail(item)
            else:
                yield item

    for article, result in extract_stream(articles(), workers=_workers(args.workers), issues_file=args.issues):
        count += 1
        progress.update(count)
        if isinstance(result, LoaderError):
            fail(result)
            continue
        if args.json:
            row = result.to_json()
            if args.with_text:
                row["text"], row["source"] = article.text, article.source
            print(json.dumps(row, ensure_ascii=False), flush=True)
        else:
            print(_human(result))
    progress.close()
    _finish_urls(url_reader)
    return 1 if failed else 0


def _human(result) -> str:
    lines = [f"== {result.id}" + (f": {result.title}" if result.title else "")]
    for p in result.persons:
        lines.append(f"  person        {p.name}" + (f"  (also: {', '.join(p.aliases)})" if p.aliases else ""))
    for o in result.organizations:
        lines.append(f"  organization  {o.name}" + (f"  [{o.country}]" if o.country else "")
                     + (f"  (written: {o.written})" if o.written else ""))
    for r in result.roles:
        state = "" if r.current else " (former)"
        lines.append(f"  role          {r.person}: {r.title}{state}" + (f" @ {r.organization}" if r.organization else ""))
    for i in result.issues:
        lines.append(f"  issue         {i.id} ({i.count})")
    for q in result.quotes:
        lines.append(f"  quote         {q.speaker}: \u201c{q.text}\u201d")
    return "\n".join(lines)


def cmd_ingest(args) -> int:
    """``ingest``: extract and write into Neo4j; 2 without a graph, 3 if it fails mid-run."""
    from graph.connection import connect_or_explain
    from graph.schema import ensure_schema
    from graph.settings import load_settings
    from graph.writer import GraphWriter
    from loaders.extraction.lexicon import default_lexicon
    from loaders.ingest import IngestOptions, ingest
    from loaders.progress import Progress

    from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

    settings = load_settings()
    driver = connect_or_explain(settings)
    if driver is None:
        return 2
    try:
        default_lexicon(args.issues)  # a bad taxonomy file is reported before anything is read
    except LoaderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    source, url_reader = _sources(args)
    if source is None:
        driver.close()
        return 2
    with driver:
        try:
            ensure_schema(driver, settings.database)
            options = IngestOptions(
                workers=_workers(args.workers), batch_size=args.batch_size, issues_file=args.issues,
                executor=args.executor, scheduler=args.scheduler,
                max_file_bytes=int(args.max_file_mb * 1048576), max_chars=args.max_chars, on_error=_report_error,
                progress=Progress("ingest", enabled=not args.quiet, interval=args.progress_every),
            )
            if args.bulk:
                refused = _bulk_refusal(driver, settings)
                if refused:
                    print(f"error: --bulk {refused}", file=sys.stderr)
                    return 2
                from graph.bulk import BulkGraph

                collected = BulkGraph()
                report = ingest(None, collected, options, articles=source)
            else:
                report = ingest(None, GraphWriter(driver, settings.database), options, articles=source)
        except (ServiceUnavailable, SessionExpired, ConnectionError, OSError) as exc:
            print(f"error: lost the connection to Neo4j at {settings.uri} during the ingest ({type(exc).__name__}). "
                  "Articles written before this are complete; run the same command again once the server is "
                  "back and it will carry on where it stopped.", file=sys.stderr)
            return 3
        except Neo4jError as exc:
            print(f"error: Neo4j refused a write: {exc.code}: {exc.message}", file=sys.stderr)
            return 3
        except LoaderError as exc:  # e.g. no Dask scheduler at --scheduler
            print(f"error: {exc}", file=sys.stderr)
            return 2
    if args.bulk:
        from graph.bulk import BulkError, bulk_load

        try:
            stats = bulk_load(settings, collected, settings.home / "bulk-import",
                              progress=lambda m: print(m, file=sys.stderr) if not args.quiet else None)
        except BulkError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 3
        report.nodes_created, report.relationships_created = stats.nodes_created, stats.relationships_created
        if stats.identity is not None:
            report.people_merged += len(stats.identity.merged) + stats.identity.replayed
            report.people_to_review += stats.identity.suggested
    _finish_urls(url_reader)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(report.summary())
    return 1 if report.failed else 0


def _bulk_refusal(driver, settings) -> str | None:
    """Why --bulk cannot run here (None: it can): it replaces the whole
    database, so only the project's own local server, and only when empty."""
    from graph.bulk import is_empty

    if not settings.local:
        return (f"loads the project's local server only (neo4j-admin import works on its files), not {settings.uri}; "
                "unset NEO4J_URI or load without --bulk")
    if not is_empty(driver, settings.database):
        return ("is for a first load into an empty database, and this one already holds a graph: load without "
                "--bulk (articles already stored are skipped), or empty it first with python -m graph reset")
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        return cmd_extract(args)
    return cmd_ingest(args)
