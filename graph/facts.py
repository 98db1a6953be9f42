"""Graph rows for one article: what the writer takes.

``ArticleFacts`` holds the nodes (by label) and relationships (by type and
end labels) that one article contributes, each relationship row carrying the
article id and the evidence sentence with its offsets; the writer folds them
into the relationship's provenance lists. Building these rows from an
extraction is the loaders' job (``loaders/rows.py``); node ids come from
``graph/ids.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from graph.schema import labels, relationship_ends


class EvidenceLike(Protocol):
    """A sentence and its character offsets in the article text."""

    sentence: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _declared() -> tuple[frozenset[str], dict[str, tuple[frozenset[str], frozenset[str]]]]:
    return frozenset(labels()), relationship_ends()


@dataclass
class ArticleFacts:
    """Rows for one article: nodes by label, relationships by (type, start, end)."""

    article_id: str
    checksum: str
    nodes: dict[str, list[dict]] = field(default_factory=dict)
    rels: dict[tuple[str, str, str], list[dict]] = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)  # reports of events (see graph/events.py)

    def node(self, label: str, row: dict) -> None:
        """Add a node row (``id`` and properties) under its label, which
        must be one graph/schema.yaml declares."""
        if label not in _declared()[0]:
            raise ValueError(f"node label {label!r} is not declared in graph/schema.yaml")
        self.nodes.setdefault(label, []).append(row)

    def rel(self, rel_type: str, start_label: str, start: str, end_label: str, end: str,
            evidence: EvidenceLike | None, published: str | None, **props) -> None:
        """Add a relationship row with this article's provenance; ``props``
        are the relationship's own properties (``current``, ``count``...).
        Type and end labels must match a pattern in graph/schema.yaml."""
        starts, ends = _declared()[1].get(rel_type, ((), ()))
        if start_label not in starts or end_label not in ends:
            raise ValueError(f"relationship ({start_label})-[:{rel_type}]->({end_label}) is not declared in "
                             "graph/schema.yaml")
        row = {
            "start": start,
            "end": end,
            "article": self.article_id,
            "published": published or "",
            "evidence": evidence.sentence if evidence else "",
            "evidence_start": evidence.start if evidence else -1,
            "evidence_end": evidence.end if evidence else -1,
            **props,
        }
        self.rels.setdefault((rel_type, start_label, end_label), []).append(row)

    def event(self, kind: str, participants: list[tuple[str, str | None]], place: str | None, date: str | None,
              issues: list[str], evidence: list[EvidenceLike], published: str | None) -> None:
        """Add this article's report of an event: ``participants`` are (person id, side) pairs, ``issues`` issue
        ids. The writer merges it with other articles' reports of the same event (graph/events.py)."""
        seen: dict[str, str | None] = {}
        for pid, side in participants:
            if pid not in seen or (seen[pid] is None and side):
                seen[pid] = side
        self.events.append({
            "report": f"{self.article_id}#{len(self.events)}", "article": self.article_id, "kind": kind,
            "place": place, "date": date, "participants": list(seen), "sides": [side or "" for side in seen.values()],  # "" for unknown: a stored list holds no nulls
            "issues": sorted(set(issues)), "evidence": [e.sentence for e in evidence],
            "evidence_start": [e.start for e in evidence], "evidence_end": [e.end for e in evidence],
            "published": published,
        })

    def counts(self) -> tuple[int, int]:
        """How many node rows and relationship rows the article contributes."""
        return (sum(len(v) for v in self.nodes.values()) + len(self.events),
                sum(len(v) for v in self.rels.values()) + sum(len(e["participants"]) + 1 for e in self.events))
