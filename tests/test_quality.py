"""The quality floor: CI fails when extraction gets worse on our own stories.

The stories in tests/quality/stories were written and annotated in the
evaluation kit's gold format before the extractor saw them (see
tests/quality/README.md). ``floor.json`` holds, per figure, the value
measured when the floor was last raised minus a small margin; a change that
lowers any figure below it fails here and must be fixed, not the floor.
"""

from __future__ import annotations

import json

import pytest

from quality.scorer import STORIES, extract_all, load_gold, score

FLOOR = STORIES.parent / "floor.json"


@pytest.fixture(scope="module")
def report(extractor):
    gold = load_gold()
    assert len(gold) >= 8, "the quality set has gone missing"
    return score(gold, extract_all(gold, extractor))


def test_every_figure_stays_above_its_floor(report):
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    figures = report.figures()
    below = {name: (figures[name], minimum) for name, minimum in floor.items() if figures[name] < minimum}
    assert not below, f"below the quality floor (measured, floor): {below}\n{report.table()}"


def test_the_scorer_counts_misses_and_spurious_items():
    """A scorer that always agreed would make the floor meaningless."""
    gold = [{"id": "x", "persons": [{"name": "Ana Souza", "aliases": ["Souza"]}],
             "organizations": [{"name": "World Trade Organization", "aliases": ["WTO"]}],
             "roles": [{"person": "Ana Souza", "title": "trade minister", "title_aliases": [],
                        "organization": None, "current": True}],
             "issues": ["tariffs"], "quotes": [{"speaker": "Ana Souza", "text": "we will not accept these duties"}],
             "events": []}]
    perfect = {"x": {"persons": [{"name": "Souza"}], "organizations": [{"name": "the WTO"}],
                     "roles": [{"person": "Ana Souza", "title": "Trade Minister"}], "issues": ["tariffs"],
                     "quotes": [{"speaker": "Souza", "text": "We will not accept these duties."}]}}
    assert score(gold, perfect).overall == pytest.approx(1.0)
    wrong = {"x": {"persons": [{"name": "Ana Souza"}, {"name": "Brazil"}], "organizations": [],
                   "roles": [{"person": "Brazil", "title": "trade minister"}], "issues": ["dairy"],
                   "quotes": [{"speaker": "Brazil", "text": "we will not accept these duties"}]}}
    figures = score(gold, wrong).figures()
    assert figures["persons_f1"] == pytest.approx(2 / 3, abs=1e-3)
    assert figures["organizations_f1"] == 0 and figures["roles_f1"] == 0 and figures["quotes_f1"] == 0
