"""RSS 2.0, RSS 1.0 (RDF) and Atom feed files: one article per entry.

Entries without a title or date are still articles (those fields stay empty);
an entry without any text is reported as an error for that entry alone.
Parsing goes through ``defusedxml`` so a hostile feed cannot expand entities.
"""

from __future__ import annotations

from collections.abc import Iterator

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from loaders.articles import Article
from loaders.errors import ReadError
from loaders.readers.dates import to_iso_date
from loaders.readers.decoding import check_article_length
from loaders.readers.html import html_to_text


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element, *names: str):
    for child in element:
        if _local(child.tag) in names:
            return child
    return None


def _child_text(element, *names: str) -> str | None:
    for name in names:
        child = _child(element, name)
        if child is not None:
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def _atom_link(entry) -> str | None:
    fallback = None
    for child in entry:
        if _local(child.tag) == "link":
            href = child.get("href")
            if child.get("rel") in (None, "alternate"):
                return href
            fallback = fallback or href
    return fallback


def is_feed(text: str) -> bool:
    """Whether XML text is an RSS or Atom feed (judged from its start)."""
    head = text[:2048].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def read_feed(text: str, stem: str, source: str, max_chars: int) -> Iterator[Article | ReadError]:
    """One article per feed item with text, or one error for a malformed feed."""
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        yield ReadError(source, f"malformed feed XML ({exc})")
        return
    entries = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not entries:
        yield ReadError(source, "feed has no <item> or <entry> elements")
        return
    for n, entry in enumerate(entries, 1):
        where = f"{source}#{n}"
        body = _child_text(entry, "encoded", "content", "description", "summary")
        text_body = html_to_text(body) if body else ""
        if not text_body.strip():
            yield ReadError(where, "feed entry has no text (no content, description or summary)")
            continue
        try:
            check_article_length(text_body, where, max_chars)
        except ReadError as err:
            yield err
            continue
        title = _child_text(entry, "title")
        link = _child_text(entry, "link") if _local(entry.tag) == "item" else _atom_link(entry)
        entry_id = _child_text(entry, "guid", "id")
        published = _child_text(entry, "pubDate", "published", "date", "updated", "issued")
        yield Article(
            id=f"{stem}-{n}",
            text=text_body,
            title=html_to_text(title) if title else None,
            published=to_iso_date(published),
            source_url=link or (entry_id if entry_id and entry_id.startswith("http") else None),
            source=where,
        )
