"""Plain-text and Markdown articles.

A plain-text file is one article; its first line is taken as the title when it
reads like a headline (short, no closing full stop). A Markdown file may carry
YAML front matter (``title``, ``published``/``date``, ``source_url``/``url``)
or a ``# Heading`` first line; Markdown markup is reduced to plain text so the
extractor sees prose.
"""

from __future__ import annotations

import re

import yaml

from loaders.articles import Article
from loaders.readers.dates import to_iso_date

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
_MD_QUOTE = re.compile(r"^>[ \t]?", re.M)
_MD_FENCE = re.compile(r"^```.*?$", re.M)
_MD_CODE = re.compile(r"`([^`]*)`")
_HEADLINE_END = re.compile(r"[.!?:;,]['\"\u201d\u2019)]*$")


def headline(text: str) -> str | None:
    """The first line when it reads as a title, else ``None``."""
    lines = text.strip().split("\n", 1)
    if len(lines) < 2 or not lines[1].strip():
        return None
    first = lines[0].strip()
    if not first or len(first) > 200 or _HEADLINE_END.search(first):
        return None
    return first


def read_plain(text: str, article_id: str, source: str) -> Article:
    """A plain-text file as one article; the first line is the title when it looks like one."""
    return Article(id=article_id, text=text.strip("\ufeff"), title=headline(text), source=source)


def markdown_to_text(md: str) -> str:
    """Markdown reduced to the prose a reader sees (offsets refer to this text)."""
    text = _MD_FENCE.sub("", md)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return text.strip()


def read_markdown(md: str, article_id: str, source: str) -> Article:
    """A Markdown file as one article: front matter (title, date, url, id) or the first heading as title,
    markup removed from the text."""
    meta: dict = {}
    match = _FRONT_MATTER.match(md.lstrip("\ufeff"))
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
        md = md.lstrip("\ufeff")[match.end():]
    title = meta.get("title")
    first = md.strip().split("\n", 1)[0]
    if not title and first.startswith("#"):
        title = first.lstrip("#").strip()
    text = markdown_to_text(md)
    return Article(
        id=str(meta.get("id") or article_id),
        text=text,
        title=str(title).strip() if title else headline(text),
        published=to_iso_date(meta.get("published") or meta.get("date")),
        source_url=meta.get("source_url") or meta.get("url"),
        source=source,
    )
