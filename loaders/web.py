"""Articles from URLs: article pages and feeds, through the polite fetcher.

A URL that answers with HTML is one article (read like an ``.html`` file);
one that answers with RSS or Atom is a feed, and each of its entries' pages
is fetched and read as an article (an entry without a link is read from the
text the feed carries). Plain text is read like a ``.txt`` file; any other
content type is refused with its type named.

A feed remembers, in the fetch cache folder, which entries it listed at its
last run; the next run reads only entries it did not list then, unless
``all_entries`` is asked for. That memory is saved by ``commit()``, which the
command calls once the run has finished, so entries of a run that stopped
half-way are read again next time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.articles import Article
from loaders.errors import LoaderError, ReadError
from loaders.fetch import Fetcher, FetchError, Response
from loaders.readers.decoding import DEFAULT_MAX_ARTICLE_CHARS, check_article_length, decode
from loaders.readers.feeds import FeedEntry, is_feed, parse_entries
from loaders.readers.html import read_html
from loaders.readers.text import read_plain

HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+xml"}
TEXT_TYPES = {"text/plain"}


def is_url(text: str) -> bool:
    """True for what the command line should fetch rather than open."""
    return text.startswith(("http://", "https://"))


def read_url_list(path: str) -> list[str]:
    """URLs from a file, one a line; blank lines and ``#`` comments are skipped.
    Raises ``ReadError`` for a missing file or a line that is not a URL."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise ReadError(path, f"cannot read the URL list ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ReadError(path, "the URL list is not UTF-8 text") from None
    urls = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise ReadError(f"{path}:{n}", f"not an http(s) URL: {line[:80]}")
        urls.append(line)
    return urls


class FeedMemory:
    """Which entries each feed listed at its last run (``feeds.json`` in the cache folder)."""

    def __init__(self, folder: Path):
        self.path = folder / "feeds.json"
        try:
            self.known: dict[str, dict] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.known = {}
        self.pending: dict[str, dict] = {}

    def seen(self, feed_url: str) -> set[str]:
        """The entries the feed listed at its earlier runs."""
        return set((self.known.get(feed_url) or {}).get("entries", []))

    def remember(self, feed_url: str, keys: Iterable[str]) -> None:
        """Note this run's entries; kept only by :meth:`commit` when the run finishes."""
        earlier = self.seen(feed_url)
        self.pending[feed_url] = {"entries": sorted(earlier | set(keys)), "last_run": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}

    def commit(self) -> None:
        """Save what this run saw (atomically), so the next run reads only newer entries."""
        if not self.pending:
            return
        self.known.update(self.pending)
        self.pending = {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.known, indent=1, sort_keys=True), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass


class UrlReader:
    """Reads article pages and feeds from URLs; keep one per run."""

    def __init__(self, fetcher: Fetcher | None = None, all_entries: bool = False,
                 max_chars: int = DEFAULT_MAX_ARTICLE_CHARS):
        self.fetcher = fetcher or Fetcher()
        self.all_entries = all_entries
        self.max_chars = max_chars
        self.feeds = FeedMemory(self.fetcher.options.cache_path())
        self.skipped_entries = 0  # feed entries left out because an earlier run listed them

    def read(self, url: str) -> Iterator[Article | LoaderError]:
        """The article at ``url``, or every new entry of the feed at ``url``;
        errors are yielded, one per URL that failed."""
        try:
            response = self.fetcher.get(url)
            kind = _kind(response)
            if kind == "feed" and response.from_cache:  # a feed changes: ask again (conditionally)
                response = self.fetcher.get(url, revalidate=True)
            if kind == "other":
                raise ReadError(url, _not_article(response))
            text = self._text(url, response)
            if kind == "feed" or (kind == "html" and is_feed(text)):
                yield from self._feed(url, text)
                return
            yield self._article(url, response, text, kind)
        except LoaderError as err:
            yield err

    def commit(self) -> None:
        """Remember the feed entries of this run (call when the run has finished)."""
        self.feeds.commit()

    def _feed(self, url: str, text: str) -> Iterator[Article | LoaderError]:
        entries = parse_entries(text, url)
        seen = set() if self.all_entries else self.feeds.seen(url)
        done: list[str] = []
        for entry in entries:
            key = entry.entry_id or entry.link or f"#{entry.number}"
            if key in seen:
                self.skipped_entries += 1
                continue
            item = self._entry(url, entry)
            if isinstance(item, Article):
                done.append(key)
            yield item
        self.feeds.remember(url, done)

    def _entry(self, feed_url: str, entry: FeedEntry) -> Article | LoaderError:
        where = entry.link or f"{feed_url}#{entry.number}"
        try:
            if entry.link:
                response = self.fetcher.get(entry.link)
                kind = _kind(response)
                if kind == "other":
                    raise ReadError(entry.link, _not_article(response))
                article = self._article(entry.link, response, self._text(entry.link, response), kind)
            else:
                if not entry.text.strip():
                    raise ReadError(where, "feed entry has neither a link nor any text")
                article = Article(id=where, text=entry.text, source=where)
                check_article_length(article.text, where, self.max_chars)
        except LoaderError as err:
            return err
        # the page's own metadata wins; the feed fills what the page lacks
        article.title = article.title or entry.title
        article.published = article.published or entry.published
        article.author = article.author or entry.author
        return article

    def _text(self, url: str, response: Response) -> str:
        if response.charset:
            try:
                return response.body.decode(response.charset)
            except (LookupError, UnicodeDecodeError):
                pass
        text = decode(response.body, url)
        if not text.strip():
            raise ReadError(url, "the page is empty")
        return text

    def _article(self, url: str, response: Response, text: str, kind: str) -> Article:
        if kind == "html":
            article = read_html(text, url, url, url=response.url)
        elif kind == "text":
            article = read_plain(text, url, url)
            article.source_url = response.url
        elif kind == "feed":
            raise ReadError(url, "a feed where an article page was expected")
        else:
            raise ReadError(url, _not_article(response))
        if not article.text.strip():
            raise ReadError(url, "no article text found on the page")
        check_article_length(article.text, url, self.max_chars)
        return article


def _not_article(response: Response) -> str:
    return f"not an article page or feed: the server sent {response.content_type or 'no content type'}"


def _kind(response: Response) -> str:
    ctype = response.content_type
    if ctype in HTML_TYPES:
        return "html"
    if ctype in FEED_TYPES or ctype.endswith("+xml") and ("rss" in ctype or "atom" in ctype):
        return "feed"
    if ctype in TEXT_TYPES:
        return "text"
    if not ctype:  # no type given: judge by the content
        head = response.body[:2048].lstrip().lower()
        if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
            return "feed"
        if head.startswith(b"<"):
            return "html"
    return "other"


def iter_inputs(inputs: Iterable[str], url_reader: UrlReader | None, read_files) -> Iterator[Article | LoaderError]:
    """Articles from a mixed list of paths and URLs, in the order given:
    URLs through ``url_reader``, everything else through ``read_files``
    (``loaders.readers.iter_articles`` with the run's limits)."""
    paths: list[str] = []
    for item in inputs:
        if is_url(item):
            if paths:
                yield from read_files(paths)
                paths = []
            if url_reader is None:
                yield FetchError(item, "URLs are not read in this mode")
            else:
                yield from url_reader.read(item)
        else:
            paths.append(item)
    if paths:
        yield from read_files(paths)
