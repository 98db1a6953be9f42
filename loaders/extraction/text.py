"""Small text helpers shared by the extraction steps: folding names for
comparison and slugs for ids."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_NON_WORD = re.compile(r"[^\w\s]")
_US_FORMS = (("united", "states", "of", "america"), ("united", "states"), ("u", "s", "a"), ("u", "s"))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str | None) -> str:
    """Comparison key for a name: lower case, no accents or punctuation, no
    leading "the", possessive dropped, and every spelling of the United States
    written ``us`` (so "U.S. Commerce Department" = "US Commerce Department")."""
    if not text:
        return ""
    text = strip_accents(str(text)).translate(_APOSTROPHES).lower()
    text = re.sub(r"'s\b", "", text)
    words = _NON_WORD.sub(" ", text).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for form in _US_FORMS:
            if tuple(words[i:i + len(form)]) == form:
                out.append("us")
                i += len(form)
                break
        else:
            out.append("us" if words[i] in ("usa", "america") else words[i])
            i += 1
    if out[:1] == ["the"]:
        out = out[1:]
    return " ".join(out)


def slug(text: str) -> str:
    """Stable, readable id part: folded words joined by hyphens."""
    return "-".join(fold(text).split()) or "unnamed"


def clean_space(text: str) -> str:
    return " ".join(text.split())
