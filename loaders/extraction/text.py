"""Small text helpers shared by the extraction steps. Folding names for
comparison and slugs for ids are node identity, so they live in
``graph/ids.py``; they are re-exported here for the extraction modules."""

from __future__ import annotations

from graph.ids import fold, slug, strip_accents  # noqa: F401  (node identity lives in graph/ids.py)


def clean_space(text: str) -> str:
    return " ".join(text.split())
