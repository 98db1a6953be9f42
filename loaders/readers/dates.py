"""Publication dates in the forms feeds and pages use, normalized to ISO dates."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%m/%d/%Y", "%m/%d/%y")


def to_iso_date(value) -> str | None:
    """``YYYY-MM-DD`` for a date given as ISO 8601, RFC 822 or a common
    written form; ``None`` when it cannot be read (a missing date is not an
    error, a wrong one would be)."""
    if value is None:
        return None
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
