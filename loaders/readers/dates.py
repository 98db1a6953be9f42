"""Publication dates, normalized to ISO dates: the one place dates are parsed.

Readers hand over whatever their format carries: a string from front matter,
JSON or a feed (ISO 8601, RFC 822 or a common written form), a
``time.struct_time`` from feedparser, or an HTML page's ``<meta>`` tags,
JSON-LD ``datePublished`` and ``<time datetime>``. A missing date is not an
error; a wrong one would be, so nothing is guessed from the page's prose or
its URL.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%m/%d/%Y", "%m/%d/%y")

#: ``<meta>`` names and properties that carry the publication date, most specific first.
HTML_DATE_META = (
    "article:published_time", "og:article:published_time", "datePublished", "date", "pubdate",
    "publishdate", "publish-date", "publication_date", "sailthru.date", "parsely-pub-date",
    "dc.date.issued", "dc.date", "dcterms.date", "dcterms.issued",
)
#: JSON-LD types that describe an article (their ``datePublished`` is the page's date).
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "webpage", "report", "opinionnewsarticle", "backgroundnewsarticle"}


def to_iso_date(value) -> str | None:
    """``YYYY-MM-DD`` for a date given as ISO 8601, RFC 822, a common
    written form, a ``date``/``datetime`` or a ``time.struct_time``;
    ``None`` when it cannot be read."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        try:
            return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
        except ValueError:
            return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_PREFIX.match(text)
    if match:
        try:
            return datetime.strptime(match.group(0), "%Y-%m-%d").date().isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def html_published(tree) -> str | None:
    """The publication date an HTML page declares (``tree`` is an lxml
    document): ``<meta>`` tags first, then JSON-LD ``datePublished``, then
    the first ``<time datetime>`` inside an ``<article>`` or the page."""
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content:
            metas.setdefault(key, content)
    for name in HTML_DATE_META:
        found = to_iso_date(metas.get(name.lower()))
        if found:
            return found
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            found = _json_ld_date(script.text or "")
            if found:
                return found
    times = tree.xpath("//article//time[@datetime]") or tree.xpath("//time[@datetime]")
    return to_iso_date(times[0].get("datetime")) if times else None


def _json_ld_date(text: str) -> str | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack, seen = [data], 0
    while stack and seen < 200:
        item = stack.pop(0)
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                found = to_iso_date(item.get("datePublished") or item.get("dateCreated"))
                if found:
                    return found
            stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "mainEntityOfPage"))
    return None


# ---- dates written in the article's own text --------------------------------
# Only two places in a story's text state its date: the dateline at its head
# ("WASHINGTON, March 3, 2021 (Tradewire) -") and a "Published ..." line. A
# date anywhere else in the prose is a date of something the story reports.
_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH_DAY = rf"(?:{_MONTH}[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})[ \t]+{_MONTH.replace('month', 'month2')})"
_WRITTEN = re.compile(rf"{_MONTH_DAY}(?:,?[ \t]+(?P<year>(?:19|20)\d{{2}}))?\b")
_DATELINE_DATE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+)*(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)*)?,[ \t]*"
    rf"(?P<date>{_MONTH_DAY}(?:,?[ \t]+(?:19|20)\d{{2}})?)[ \t]*(?:\([^)\n]{{1,40}}\))?[ \t]*[-\u2013\u2014:]")
_PUBLISHED_LINE = re.compile(r"^[ \t]*(?:First[ \t]+)?(?:Published|Posted|Dated)(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*"
                             r"(?P<rest>[^\n]{6,80})$", re.M | re.I)
_ISO_IN_TEXT = re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")
#: How far from the start a dateline, and from either end a "Published" line, may stand.
TEXT_DATE_CHARS = 600


def written_date(text: str) -> tuple[str | None, bool]:
    """The first date written in ``text`` ("March 3, 2021", "3 June 2021",
    "2021-03-03") as ``(iso_date, True)``; a month and day without a year
    give ``(None, False)``: the year is unknown, and guessing it would make
    a wrong date, which is worse than none."""
    iso = _ISO_IN_TEXT.search(text)
    match = _WRITTEN.search(text)
    if iso and (not match or iso.start() < match.start()):
        return to_iso_date(iso.group(0)), True
    if not match:
        return None, False
    if not match.group("year"):
        return None, False
    month = match.group("month") or match.group("month2")
    day = match.group("day") or match.group("day2")
    return to_iso_date(f"{day} {month[:3]} {match.group('year')}".title()), True


def text_published(text: str) -> tuple[str | None, str | None]:
    """The publication date the story's own text states, and where it was
    read: ``(date, "dateline")``, ``(date, "published line")`` or ``(None,
    None)``. Used only when the input carried no date (metadata wins)."""
    head = text[:TEXT_DATE_CHARS]
    match = _DATELINE_DATE.search(head)
    if match:
        found, _ = written_date(match.group("date"))
        if found:
            return found, "dateline"
    for part in (head, text[-TEXT_DATE_CHARS:]):
        for line in _PUBLISHED_LINE.finditer(part):
            found, _ = written_date(line.group("rest"))
            if found:
                return found, "published line"
    return None, None
