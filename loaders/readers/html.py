"""HTML pages: the article's main text, without scripts, menus and footers.

The main content is the largest ``<article>``, else ``<main>``, else the body.
Boilerplate containers (navigation, headers, footers, asides, forms, share and
cookie widgets) are dropped, and block elements become line breaks so that
paragraphs stay paragraphs for sentence splitting and evidence.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from loaders.articles import Article
from loaders.readers.dates import to_iso_date

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "header",
    "footer", "aside", "form", "button", "select", "input", "textarea", "figure", "object", "embed",
)
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"}
_BOILERPLATE = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|footer|sidebar|cookie|consent|share|sharing|social|related|"
    r"comments?|advert|ads?|promo|newsletter|subscribe|breadcrumbs?|skip)($|[-_\s])",
    re.I,
)
_BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "hr", "address", "body",
}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def _is_boilerplate(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    if (tag.get("role") or "").lower() in _DROP_ROLES or tag.get("aria-hidden") == "true":
        return True
    names = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    return bool(names.strip()) and bool(_BOILERPLATE.search(names))


def _text_of(root: Tag) -> str:
    """Visible text of ``root`` with block boundaries as line breaks."""
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    parts.append("\n")
                    continue
                block = child.name in _BLOCKS
                if block:
                    parts.append("\n")
                walk(child)
                if block:
                    parts.append("\n")

    walk(root)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return None


def html_to_text(markup: str) -> str:
    """Main text of an HTML document or fragment (also used for feed content)."""
    soup = BeautifulSoup(markup, "html.parser")
    return _text_of(_main_root(soup))


def _main_root(soup: BeautifulSoup) -> Tag:
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_boilerplate):
        if tag.name not in ("body", "html", "article", "main"):
            tag.decompose()
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda t: len(t.get_text()))
    return soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup


def read_html(markup: str, article_id: str, source: str) -> Article:
    """The article in an HTML page: title, date and canonical URL from the metadata, the text from its
    main content."""
    soup = BeautifulSoup(markup, "html.parser")
    title = _meta(soup, "og:title", "twitter:title")
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    h1 = soup.find("h1")
    if not title and h1:
        title = h1.get_text(" ", strip=True)
    published = _meta(soup, "article:published_time", "date", "pubdate", "dc.date", "DC.date.issued")
    if not published:
        time_tag = soup.find("time", attrs={"datetime": True})
        published = time_tag["datetime"] if time_tag else None
    canonical = soup.find("link", attrs={"rel": "canonical"})
    url = canonical.get("href") if canonical else _meta(soup, "og:url")
    text = _text_of(_main_root(soup))
    return Article(
        id=article_id,
        text=text,
        title=title or None,
        published=to_iso_date(published),
        source_url=url or None,
        source=source,
    )
