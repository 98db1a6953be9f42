"""Node identity: the one place that decides what a node's ``id`` is.

Every node id is a readable prefix (from ``schema.yaml``: ``person:``,
``org:``...) and a slug. The slug comes from :func:`fold`, the comparison key
for names, which the extractor also uses to decide that two spellings are
the same name, so both sides agree on identity by construction. Changing
anything here renames nodes: ``tests/test_ids.py`` pins a table of ids that
must stay fixed.

This module belongs to the graph side; the loaders import it, never the
reverse.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from graph.schema import schema

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
#: Letters that carry no combining mark to strip but have a plain spelling ("Voßkamp" is written "Vosskamp",
#: "Đỗ" "Do", "Łukasz" "Lukasz", "Søren" "Soren").
_PLAIN_LETTERS = str.maketrans({"ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe",
                                "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                                "þ": "th", "Þ": "Th", "ı": "i"})
_NON_WORD = re.compile(r"[^\w\s]")
#: Word sequences that spell the United States wherever they appear in a name.
_US_FORMS = (("united", "states", "of", "america"), ("united", "states"), ("u", "s", "a"), ("u", "s"))
_TITLE_STOP = {"of", "the", "for", "and", "at", "to", "a", "an", "in", "on"}


def strip_accents(text: str) -> str:
    """``text`` without combining marks ("José Ángel" -> "Jose Angel") and with
    the plain spelling of letters such as "ß" and "ø", so names compare and
    slug the same however they are written."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)


def fold(text: str | None) -> str:
    """Comparison key for a name: lower case, no accents or punctuation, no
    leading "the", possessive dropped, and every spelling of the United States
    written ``us`` (so "U.S. Commerce Department" = "US Commerce Department").

    "America" is the United States only standing alone ("diverted from
    America", "America"), not inside a longer capitalized name: "Bank of
    America", "Latin America" and "America First" keep their word (an
    earlier version folded "Bank of America" to "bank of us")."""
    if not text:
        return ""
    return _fold(str(text))


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """``fold`` of a string, remembered: extraction and identity fold the same
    few thousand names over and over (some 400 times per article)."""
    text = strip_accents(text).translate(_APOSTROPHES)
    cased = _NON_WORD.sub(" ", re.sub(r"'[sS]\b", "", text)).split()
    words = _NON_WORD.sub(" ", re.sub(r"'s\b", "", text.lower())).split()
    if len(cased) != len(words):  # lower() changed the word boundaries: no case to go by
        cased = words
    out: list[str] = []
    i = 0
    while i < len(words):
        for form in _US_FORMS:
            if tuple(words[i:i + len(form)]) == form:
                out.append("us")
                i += len(form)
                break
        else:
            word = words[i]
            if word == "usa" or (word == "america" and not _in_longer_name(cased, i)):
                word = "us"
            out.append(word)
            i += 1
    if out[:1] == ["the"]:
        out = out[1:]
    return " ".join(out)


def _in_longer_name(cased: list[str], i: int) -> bool:
    """Whether the word at ``i`` belongs to a longer capitalized name: a
    capitalized neighbour ("Latin America", "America First") or "<Name> of"
    before it ("Bank of America")."""
    def capital(k: int) -> bool:
        return 0 <= k < len(cased) and cased[k][:1].isupper()

    if capital(i - 1) or capital(i + 1):
        return True
    return i >= 2 and cased[i - 1].lower() == "of" and capital(i - 2)


def slug(text: str) -> str:
    """Stable, readable id part: folded words joined by hyphens."""
    return "-".join(fold(text).split()) or "unnamed"


@lru_cache(maxsize=1)
def prefix_labels() -> dict[str, str]:
    """Id prefix -> node label, read from the ``id`` patterns in schema.yaml
    (``person: "person:<slug of name>"``), so that queries can look a node up
    through its label's uniqueness index instead of scanning all nodes."""
    return {spec["id"].split(":", 1)[0]: label for label, spec in schema()["nodes"].items()}


@lru_cache(maxsize=1)
def label_prefixes() -> dict[str, str]:
    """Node label -> id prefix (the inverse of :func:`prefix_labels`)."""
    return {label: prefix for prefix, label in prefix_labels().items()}


def label_of(node_id: str) -> str | None:
    """The label of a node id made by this module, or None for other strings."""
    prefix = str(node_id).split(":", 1)[0]
    return prefix_labels().get(prefix)


def _make(label: str, key: str) -> str:
    return f"{label_prefixes()[label]}:{key}"


def article_id(checksum: str) -> str:
    """An article is its normalized text: one story under two file names is one node."""
    return _make("Article", checksum[:20])


def person_id(name: str, article: str | None = None) -> str:
    """People meet by their full name, however it is accented or punctuated.
    A single word (a surname alone) is scoped to its ``article`` id, since
    two stories' "Lee" may be two people: the identity resolver
    (``graph.identity``) joins it to a named person when the evidence says so."""
    if article and len(name.split()) == 1:
        return _make("Person", f"{slug(name)}@{article.split(':', 1)[-1][:12]}")
    return _make("Person", slug(name))


def org_id(name: str) -> str:
    """Organizations meet by their canonical name."""
    return _make("Organization", slug(name))


def issue_id(key: str) -> str:
    """Issues are the taxonomy's keys, unchanged."""
    return _make("Issue", key)


def country_id(code: str) -> str:
    """Countries by ISO 3166 code, lower case."""
    return _make("Country", code.lower())


def title_key(title: str) -> str:
    """A role title's words, sorted and without small words, so "Secretary
    of Commerce" and "Commerce Secretary" name the same post."""
    words = sorted(w for w in fold(title).split() if w not in _TITLE_STOP)
    return "-".join(words) or "untitled"


def role_id(title: str, organization: str | None, country: str | None, holder: str) -> str:
    """Same post, same id: title words in any order at the same organization
    (or, without one, the same country; failing that, the holder, because two
    unknown "chairs" are not the same post)."""
    if organization:
        scope = slug(organization)
    elif country:
        scope = f"country-{country.lower()}"
    else:
        scope = f"holder-{slug(holder)}"
    return _make("Role", f"{title_key(title)}@{scope}")


def quote_id(article: str, speaker: str, text: str) -> str:
    """A quotation is its article, speaker and folded words: the same words
    said twice in one story by one person are one quote."""
    digest = hashlib.sha1(f"{article}\x1f{speaker}\x1f{fold(text)}".encode("utf-8")).hexdigest()
    return _make("Quote", digest[:20])
