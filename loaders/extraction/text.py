"""Small text helpers shared by the extraction steps. Folding names for
comparison and slugs for ids are node identity, so they live in
``graph/ids.py``; they are re-exported here for the extraction modules."""

from __future__ import annotations

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
