"""When an event took place, from the words of its sentence and the date the
article was published.

"On Monday" in a story published on Tuesday 2025-06-10 is 2025-06-09 (the
last Monday on or before publication; the next one when the sentence speaks
of the future: "will meet on Monday"). "June 9" takes the publication year;
"in October", "earlier this month" or "last week" (when that week lies in
one month) gives only ``YYYY-MM``. Without a
publication date only dates that carry their own year are certain; anything
else is None, never a guess.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {name: n for n, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?" \
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
# ("10-11 March", "from 10 to 12 March": a span of days, dated by its first)
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|\u2013|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
                        + _MONTH + r"(?:,?\s+(\d{4}))?", re.I)
_MONTH_ONLY = re.compile(r"\b(?:in|during|early|late|mid-?)\s+" + _MONTH + r"(?:\s+(\d{4}))?\b"
                         r"|\b" + _MONTH + r"\s+(\d{4})\b", re.I)
_WEEKDAY = re.compile(r"\b(last|next|this|on|late|early)?\s*(" + "|".join(_WEEKDAYS) + r")\b", re.I)
# "met on the 20th", "On the 21st,": the day of the month alone (Japanese and Korean press), the month the story's
_ORDINAL_DAY = re.compile(r"\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH + r")", re.I)
_RELATIVE = re.compile(r"\b(yesterday|today|tomorrow|this weekend|(?:earlier |later )?this month|last month|next month|last week|(?:earlier )?this week)\b", re.I)
_FUTURE = re.compile(r"\b(will|shall|next|scheduled|due to|to be held|set to|upcoming|agreed to (?:hold|meet|continue|convene)|"
                     r"plans? to (?:hold|meet|visit)|to meet again)\b", re.I)


# "(7/4/2026)", "07.04.2026": a day and a month in figures, in either order (read by the publication date)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")


def parse_published(value: str | None) -> date | None:
    """The publication day from the article's metadata (ISO, possibly with a time)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def is_future(text: str) -> bool:
    """Whether words such as "will", "scheduled", "due to" put what ``text`` reports ahead."""
    return bool(_FUTURE.search(text))


def event_date(sentence: str, published: date | None, anchor: int | None = None, ahead: bool = False) -> str | None:
    """The event's date as stated in ``sentence`` (ISO day, ``YYYY-MM``, or None).

    ``anchor`` is the character offset of the event word in the sentence;
    when the sentence holds several dates, the nearest one wins. ``ahead``: the
    caller knows the event lies ahead, whatever the words given here say."""
    future = ahead or is_future(sentence)
    found: list[tuple[int, str]] = []
    for m in _MONTH_DAY.finditer(sentence):
        value = _day(_MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), m.group(3), published, future)
        if value:
            found.append((m.start(), value))
    for m in _DAY_MONTH.finditer(sentence):
        value = _day(_MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)), m.group(3), published, future)
        if value:
            found.append((m.start(), value))
    for m in _MONTH_ONLY.finditer(sentence):
        if any(s <= m.start() < s + 12 for s, _ in found):
            continue
        name, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if name == "may" and not year:
            continue  # "may" in lower case is the modal verb ("in May", "early May" are the month)
        value = _month(_MONTHS[name.lower().rstrip(".")], year, published, future)
        if value:
            found.append((m.start(), value))
    for m in _NUMERIC.finditer(sentence):
        value = _numeric(int(m.group(1)), int(m.group(2)), int(m.group(3)), published)
        if value:
            found.append((m.start(), value))
    if published is not None:
        for m in _WEEKDAY.finditer(sentence):
            found.append((m.start(), _weekday(_WEEKDAYS.index(m.group(2).lower()), (m.group(1) or "").lower(),
                                              published, future).isoformat()))
        for m in _ORDINAL_DAY.finditer(sentence):
            value = _day_of_month(int(m.group(1)), published, future)
            if value:
                found.append((m.start(), value))
        for m in _RELATIVE.finditer(sentence):
            value = _relative(m.group(1).lower(), published)
            if value:
                found.append((m.start(), value))
    if not found:
        return None
    if anchor is None:
        return found[0][1]
    return min(found, key=lambda f: abs(f[0] - anchor))[1]


def _day(month: int, day: int, year: str | None, published: date | None, future: bool) -> str | None:
    if year:
        y = int(year)
    elif published is not None:
        y = published.year
        if not future and (month, day) > (published.month, published.day) and month - published.month > 6:
            y -= 1  # "December 3" in a January story is last December
        if future and (month, day) < (published.month, published.day) and published.month - month > 6:
            y += 1
    else:
        return None
    try:
        return date(y, month, day).isoformat()
    except ValueError:
        return None


def _day_of_month(day: int, published: date, future: bool) -> str | None:
    """"on the 20th": that day of the publication month; of the month before when that day is still to come
    in a story about the past (of the month after in one about the future)."""
    year, month = published.year, published.month
    if not future and day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif future and day < published.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(month: int, year: str | None, published: date | None, future: bool) -> str | None:
    if year:
        return f"{int(year):04d}-{month:02d}"
    if published is None:
        return None
    y = published.year
    if not future and month > published.month:
        y -= 1
    if future and month < published.month:
        y += 1
    return f"{y:04d}-{month:02d}"


def _weekday(weekday: int, qualifier: str, published: date, future: bool) -> date:
    if qualifier == "next" or (future and qualifier != "last"):
        ahead = (weekday - published.weekday()) % 7 or (7 if qualifier == "next" else 0)
        return published + timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if qualifier == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _relative(word: str, published: date) -> str | None:
    if word == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if word == "today":
        return published.isoformat()
    if word == "tomorrow":
        return (published + timedelta(days=1)).isoformat()
    if word.endswith("week"):
        monday = published - timedelta(days=published.weekday())
        first, end = (monday - timedelta(days=7), monday - timedelta(days=1)) if word == "last week" \
            else (monday, published)
        if (first.year, first.month) != (end.year, end.month):
            return None  # the week straddles two months: only unsure
        return f"{first.year:04d}-{first.month:02d}"
    if word == "this weekend":
        return (published + timedelta(days=(5 - published.weekday()) % 7)).isoformat()
    if word == "last month":
        first = published.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if word == "next month":
        nxt = (published.replace(day=28) + timedelta(days=4)).replace(day=1)
        return f"{nxt.year:04d}-{nxt.month:02d}"
    return f"{published.year:04d}-{published.month:02d}"


def _numeric(first: int, second: int, year: int, published: date | None) -> str | None:
    """"7/4/2026": day first (most of the world) or month first (the United States); when both read as dates,
    the one nearer the publication date."""
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            pass
    if not readings:
        return None
    if published is None or len(readings) == 1:
        return readings[0].isoformat()
    return min(readings, key=lambda d: abs((d - published).days)).isoformat()

