"""Small text helpers shared by the extraction steps. Folding names for
comparison and slugs for ids are node identity, so they live in
``graph/ids.py``; they are re-exported here for the extraction modules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.ids import fold, slug, strip_accents  # noqa: F401  (node identity lives in graph/ids.py)


def clean_space(text: str) -> str:
    return " ".join(text.split())


def lines_at(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with the character offset it starts at, as ``(offset, line)``: the steps that read
    a story line by line (bylines, captions, lists of people, column labels) mark what they find by offsets
    into the whole text."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


# a name's own capital inside: a surname's prefix ("McKenzie", "MacArthur", "DeSantis", "LaHood", "DiNapoli",
# "VanDyke", "FitzGerald") or a given name joined of two ("AbdulAziz", "MaryAnn", "RoseMarie", "JoAnne", "LeeAnn")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Del|La|Le|Lee|Van|Von|Fitz|St|Abdul|Abdel|Abd|Mary|Rose|Jo|Ann|Anna"
                          r"|Ke|Ty|Ja|Da|De|Sha|Ra)[A-Z]")
# lower-case letters after the inside capital: a name's second part ("IndustriAll", "PhosAgro"), not a product's
# letters ("ChatGPT", "LiDAR"); or one closing capital after a word ("StoneX", "SpaceX")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]|[A-Z][a-z]{3,}[A-Z]$|[A-Z][a-z][A-Z]{2,}$")  # (and "PhRMA"; not a product: "ChatGPT")


# a digit, then a capital and lower-case letters: "3Sun", "1Komma5": a brand's name
_DIGIT_LED = re.compile(r"\d{1,2}[A-Z][a-z]{2,}(?:\d+)?$")


def holds_run(words, run: tuple[str, ...]) -> bool:
    """Do ``words`` hold the items of ``run`` one after another ("secretary of commerce" in a title's words: the
    posts and bodies titles.yaml ``implied`` lists)?"""
    n = len(run)
    return any(tuple(words[i:i + n]) == run for i in range(len(words) - n + 1))


def digit_led_name(word: str) -> bool:
    """"3Sun", "1Komma5": a word that opens with a digit and goes on as a capitalized word is a firm's or a brand's
    name (the model reads it as a number), never a person's or an amount."""
    return bool(_DIGIT_LED.match(word))


def camel_case_name(word: str) -> bool:
    """"IndustriAll", "PhosAgro", "BusinessEurope", "KoCham", "StoneX", "PhRMA": a word of five letters or more with a capital inside
    after lower-case letters is a brand's or a body's name, never a person's (not a name's own prefix: "McKenzie",
    "AbdulAziz")."""
    return len(word) >= 5 and word.isalpha() and bool(_CAMEL.match(word)) and not _NAME_PREFIX.match(word)
