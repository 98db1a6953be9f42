"""Turn paths (files, folders, globs) into articles.

``iter_articles`` is the one entry point: it expands the paths, picks a reader
by file extension (sniffing the content when the extension says nothing), and
yields ``Article`` objects and ``ReadError`` values in file order. Errors are
yielded, not raised, so one bad file never stops a run over many.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.articles import Article
from loaders.errors import LoaderError, ReadError
from loaders.readers.decoding import (
    DEFAULT_MAX_ARTICLE_CHARS,
    DEFAULT_MAX_FILE_BYTES,
    check_article_length,
    decode,
    read_bytes,
)
from loaders.readers.feeds import is_feed, read_feed
from loaders.readers.html import read_html
from loaders.readers.jsondoc import read_json, read_jsonl
from loaders.readers.text import read_markdown, read_plain

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES

__all__ = ["Article", "ReadError", "iter_articles", "expand_paths", "read_file", "KNOWN_SUFFIXES"]


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files named by ``paths``: files as given, folders walked for known
    article files (sorted), glob patterns expanded. A path that names nothing
    yields a ``ReadError``."""
    for raw in paths:
        text = str(raw)
        path = Path(text)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
            if not found:
                yield ReadError(text, "folder holds no article files (.txt, .md, .json, .jsonl, .html, .rss, .atom, .xml)")
            yield from found
        elif path.is_file():
            yield path
        elif glob.has_magic(text):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield ReadError(text, "pattern matches no files")
            for match in files:
                yield match
        else:
            yield ReadError(text, "no such file or folder")


def read_file(
    path: Path,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
) -> Iterator[Article | ReadError]:
    """Articles in one file, by its format."""
    suffix = path.suffix.lower()
    source = str(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, max_chars)
            return
        text = decode(read_bytes(path, max_file_bytes), source)
        if not text.strip():
            raise ReadError(source, "file is empty")
        if suffix in JSON_SUFFIXES:
            yield from read_json(text, path, max_chars)
        elif suffix in FEED_SUFFIXES or (suffix not in KNOWN_SUFFIXES and is_feed(text)):
            yield from read_feed(text, path.stem, source, max_chars)
        else:
            if suffix in HTML_SUFFIXES or (suffix not in KNOWN_SUFFIXES and text.lstrip()[:1] == "<"):
                article = read_html(text, path.stem, source)
            elif suffix in MARKDOWN_SUFFIXES:
                article = read_markdown(text, path.stem, source)
            else:
                article = read_plain(text, path.stem, source)
            if not article.text.strip():
                raise ReadError(source, "no article text found in the file")
            check_article_length(article.text, source, max_chars)
            yield article
    except LoaderError as err:
        yield err if isinstance(err, ReadError) else ReadError(err.source, err.reason)
    except RecursionError:
        yield ReadError(source, "document is nested too deeply to parse")


def iter_articles(
    paths: Iterable[str | Path],
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
) -> Iterator[Article | ReadError]:
    """Every article (or read error) found under ``paths``, in order."""
    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_file(item, max_file_bytes, max_chars)
