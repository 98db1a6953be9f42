"""HTML pages: the article's main text and metadata, via trafilatura.

trafilatura finds the main content and leaves out menus, cookie banners,
newsletter boxes, ads, comments, "related stories" and footers, which matters
here because every name in the text may become an actor in the graph. It runs
in its precision mode: a page where it finds no main text is reported as such
rather than read whole. Title, URL and author come from trafilatura's
metadata; the publication date from ``loaders.readers.dates`` (meta tags,
JSON-LD, ``<time>``), never guessed from the prose.

``html_to_text`` turns a fragment that *is* the article (a feed entry's
content) into text with paragraphs kept, without any boilerplate removal.
"""

from __future__ import annotations

import logging
import re

import lxml.html
import trafilatura
from lxml import etree

from loaders.articles import Article
from loaders.errors import ReadError
from loaders.readers.dates import html_published

# trafilatura logs every page it finds too short at WARNING; the reader reports
# such pages itself, once, as a read error.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "hr", "address", "body", "br",
}
_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, one line per block element."""
    if "<" not in markup:
        return _tidy(lxml.html.fromstring(f"<p>{markup}</p>").text_content()) if markup.strip() else ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(markup)
    for tag in root.iter(*_DROP):
        tag.drop_tree()
    for tag in root.iter():
        if isinstance(tag.tag, str) and tag.tag in _BLOCKS:
            tag.tail = "\n" + (tag.tail or "")
            if tag.tag != "br":
                tag.text = "\n" + (tag.text or "")
    return _tidy(root.text_content())


def _extract(tree, precision: bool, url: str | None = None):
    return trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, favor_precision=precision, fast=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def read_html(markup: str, article_id: str, source: str, url: str | None = None) -> Article:
    """One article from an HTML page; ``url`` is where it was fetched from
    (used when the page names no canonical URL)."""
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(source, f"cannot parse the HTML ({exc})") from None
    published = html_published(tree)
    doc = _extract(tree, precision=True, url=url)
    text = _tidy(doc.text or "") if doc is not None else ""
    title = (doc.title or "").strip() if doc is not None else ""
    if not title:
        heading = tree.find(".//h1")
        title = _tidy(heading.text_content()) if heading is not None else ""
    return Article(
        id=article_id,
        text=text,
        title=title or None,
        published=published,
        source_url=(doc.url if doc is not None and doc.url else None) or url,
        source=source,
        author=(doc.author or None) if doc is not None else None,
    )
