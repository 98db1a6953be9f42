"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds, via feedparser: one article per entry.

Entries without a title or date are still articles (those fields stay empty);
an entry without any text is reported as an error for that entry alone. A
document that declares its own XML entities is refused outright, so a hostile
feed cannot expand them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import feedparser

from loaders.articles import Article
from loaders.errors import ReadError
from loaders.readers.dates import to_iso_date
from loaders.readers.decoding import check_article_length
from loaders.readers.html import html_to_text

_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)


@dataclass
class FeedEntry:
    """One entry as the feed gives it: ``text`` may be empty (a headline-only
    feed), in which case the page at ``link`` is the article."""

    number: int
    title: str | None
    link: str | None
    entry_id: str | None
    published: str | None
    author: str | None
    text: str


def is_feed(text: str) -> bool:
    """True for RSS, RDF or Atom documents (by their root element)."""
    head = text[:2048].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def parse_entries(text: str, source: str) -> list[FeedEntry]:
    """The entries of a feed document, in feed order; ``ReadError`` for a
    document that is not a feed or has no entries."""
    if _ENTITY_DECLARATION.search(text[:65536]):
        raise ReadError(source, "feed declares its own XML entities; refused (a feed never needs them)")
    parsed = feedparser.parse(text, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo") and not parsed.get("version"):
            raise ReadError(source, f"malformed feed XML ({parsed.get('bozo_exception')})")
        raise ReadError(source, "feed has no <item> or <entry> elements")
    entries = []
    for n, entry in enumerate(parsed.entries, 1):
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        body = contents[0] if contents else entry.get("summary") or entry.get("description") or ""
        link = entry.get("link") or None
        entry_id = entry.get("id") or None
        if not link and entry_id and entry_id.startswith(("http://", "https://")):
            link = entry_id
        title = html_to_text(entry["title"]) if entry.get("title") else None
        entries.append(FeedEntry(
            number=n, title=title or None, link=link, entry_id=entry_id,
            published=to_iso_date(entry.get("published_parsed") or entry.get("updated_parsed")
                                  or entry.get("published") or entry.get("updated")),
            author=entry.get("author") or None, text=html_to_text(body) if body else "",
        ))
    return entries


def read_feed(text: str, stem: str, source: str, max_chars: int) -> Iterator[Article | ReadError]:
    """Articles from a feed file, one per entry, from the text the feed carries."""
    try:
        entries = parse_entries(text, source)
    except ReadError as err:
        yield err
        return
    for entry in entries:
        where = f"{source}#{entry.number}"
        if not entry.text.strip():
            yield ReadError(where, "feed entry has no text (no content, description or summary)")
            continue
        try:
            check_article_length(entry.text, where, max_chars)
        except ReadError as err:
            yield err
            continue
        yield Article(id=f"{stem}-{entry.number}", text=entry.text, title=entry.title, published=entry.published,
                      source_url=entry.link, source=where, author=entry.author)
