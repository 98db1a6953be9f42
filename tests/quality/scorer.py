"""Score extractions against the project's own annotated stories.

Why this exists: extraction quality is the product, and nothing used to fail
when it fell. The stories in ``tests/quality/stories`` were written and
annotated (in the evaluation kit's gold format: persons, organizations,
roles, issues, quotes, events) before the extractor ever saw them; CI scores
them on every run and fails below a recorded floor (``floor.json``).

The matching rules follow the gold format's description:

* names are compared after :func:`fold` (case, accents, punctuation, a
  leading "the", every spelling of the United States);
* persons and organizations match a gold item's name or any of its aliases;
* a role matches when its person matches and its title's words (without
  filler such as "of") overlap a gold title's or title alias's by Jaccard
  >= 0.6; its organization is right when it names the gold body or holds
  three quarters of its words;
* a quote matches when its speaker matches and it holds at least half of the
  gold quotation's tokens;
* an event matches the gold event whose participants it shares by Jaccard
  >= 0.5; pairs of people who took part together, and counterpart pairs
  (different sides), are scored on top.

Gold items marked ``optional`` are matched first by nothing and never count:
a prediction that matches one is neither right nor wrong. Figures are
micro-averaged over stories; ``overall`` is the mean F1 of the five fields.

Run it by hand: ``python -m tests.quality.scorer [STORIES_DIR]`` prints the
table for the current extractor.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from loaders.extraction.text import fold

STORIES = Path(__file__).resolve().parent / "stories"
FIELDS = ("persons", "organizations", "roles", "issues", "quotes")


@dataclass
class Tally:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Every field's tally plus role-organization and event figures."""

    fields: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FIELDS})
    role_org: list[bool] = field(default_factory=list)
    events: Tally = field(default_factory=Tally)
    pairs: Tally = field(default_factory=Tally)
    counterpart_pairs: Tally = field(default_factory=Tally)
    place: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)

    @property
    def overall(self) -> float:
        return sum(t.f1 for t in self.fields.values()) / len(self.fields)

    def figures(self) -> dict[str, float]:
        """Flat name -> value, the form the floor file and the test use."""
        out = {f"{name}_f1": round(t.f1, 4) for name, t in self.fields.items()}
        out["overall_f1"] = round(self.overall, 4)
        out["role_org_accuracy"] = round(_share(self.role_org), 4)
        out["events_f1"] = round(self.events.f1, 4)
        out["counterpart_pairs_f1"] = round(self.counterpart_pairs.f1, 4)
        out["place_accuracy"] = round(_share(self.place), 4)
        out["date_accuracy"] = round(_share(self.date), 4)
        return out

    def table(self) -> str:
        rows = [f"{'field':<20}{'P':>7}{'R':>7}{'F1':>7}"]
        for name, t in [*self.fields.items(), ("events", self.events), ("pairs", self.pairs),
                        ("counterpart_pairs", self.counterpart_pairs)]:
            rows.append(f"{name:<20}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}")
        rows.append(f"{'overall F1':<20}{self.overall:21.3f}")
        rows.append(f"{'role-org accuracy':<20}{_share(self.role_org):21.3f}  ({len(self.role_org)} roles)")
        rows.append(f"{'event place acc.':<20}{_share(self.place):21.3f}  ({len(self.place)} events)")
        rows.append(f"{'event date acc.':<20}{_share(self.date):21.3f}  ({len(self.date)} events)")
        return "\n".join(rows)


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 1.0


_FILLER = {"of", "the", "for", "and", "on", "to", "a", "an", "in"}


def _tokens(text: str | None) -> set[str]:
    return set(fold(text).split())


def _title_words(text: str | None) -> set[str]:
    """Title tokens without filler words ("Minister of Trade" ~ "Trade Minister")."""
    return _tokens(text) - _FILLER


def _names(item: dict) -> set[str]:
    """Every folded form a gold person or organization may be written as."""
    return {fold(n) for n in [item.get("name"), *(item.get("aliases") or [])] if n}


class _Identities:
    """Which gold person (by index) a predicted name refers to, if any."""

    def __init__(self, gold_persons: list[dict]):
        self.forms = [_names(p) for p in gold_persons]

    def of(self, name: str | None) -> int | None:
        key = fold(name)
        for index, forms in enumerate(self.forms):
            if key and key in forms:
                return index
        return None


def _match(gold: list[dict], predicted: list, same) -> tuple[Tally, list[tuple[dict, object]]]:
    """One-to-one matching, required gold items before optional ones."""
    tally = Tally()
    used: set[int] = set()
    pairs: list[tuple[dict, object]] = []
    unmatched = []
    for pred in predicted:
        order = sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional")))
        hit = next((i for i in order if i not in used and same(gold[i], pred)), None)
        if hit is None:
            unmatched.append(pred)
            continue
        used.add(hit)
        if not gold[hit].get("optional"):
            tally.tp += 1
            pairs.append((gold[hit], pred))
    tally.fp += len(unmatched)
    tally.fn += sum(1 for i, g in enumerate(gold) if i not in used and not g.get("optional"))
    return tally, pairs


def _add(total: Tally, part: Tally) -> None:
    total.tp += part.tp
    total.fp += part.fp
    total.fn += part.fn


def score_story(gold: dict, pred: dict, report: Report) -> None:
    """Add one story's comparison to ``report``."""
    people = _Identities(gold.get("persons", []))
    org_forms = {fold(o["name"]): _names(o) for o in gold.get("organizations", [])}

    for name in ("persons", "organizations"):
        predicted = [p["name"] for p in pred.get(name, [])]
        tally, _ = _match(gold.get(name, []), predicted, lambda g, n: fold(n) in _names(g))
        _add(report.fields[name], tally)

    def same_role(g: dict, p: dict) -> bool:
        if people.of(p.get("person")) is None or people.of(p.get("person")) != people.of(g["person"]):
            return False
        title = _title_words(p.get("title"))
        for gold_title in [g.get("title"), *(g.get("title_aliases") or [])]:
            want = _title_words(gold_title)
            if want and title and len(want & title) / len(want | title) >= 0.6:
                return True
        return False

    tally, matched = _match(gold.get("roles", []), pred.get("roles", []), same_role)
    _add(report.fields["roles"], tally)
    for g, p in matched:
        if g.get("organization"):
            forms = org_forms.get(fold(g["organization"]), {fold(g["organization"])})
            want = _tokens(g["organization"])
            got = _tokens(p.get("organization"))
            report.role_org.append(fold(p.get("organization")) in forms or len(want & got) >= 0.75 * len(want))

    gold_issues = set(gold.get("issues", []))
    pred_issues = {i if isinstance(i, str) else i.get("id") for i in pred.get("issues", [])}
    issues = report.fields["issues"]
    issues.tp += len(gold_issues & pred_issues)
    issues.fp += len(pred_issues - gold_issues)
    issues.fn += len(gold_issues - pred_issues)

    def same_quote(g: dict, p: dict) -> bool:
        if people.of(p.get("speaker")) is None or people.of(p.get("speaker")) != people.of(g["speaker"]):
            return False
        want = _tokens(g["text"])
        return bool(want) and len(want & _tokens(p.get("text"))) >= len(want) / 2

    tally, _ = _match(gold.get("quotes", []), pred.get("quotes", []), same_quote)
    _add(report.fields["quotes"], tally)
    _score_events(gold.get("events", []), pred.get("events", []), people, report)


def _score_events(gold: list[dict], pred: list[dict], people: _Identities, report: Report) -> None:
    def members(event: dict) -> dict[object, str]:
        """Participant identity -> side (unknown names keep their own folded form)."""
        out: dict[object, str] = {}
        for part in event.get("participants", []):
            who = people.of(part.get("name"))
            out[who if who is not None else fold(part.get("name"))] = str(part.get("side") or "")
        return out

    def same_event(g: dict, p: dict) -> bool:
        a, b = set(members(g)), set(members(p))
        return bool(a | b) and len(a & b) / len(a | b) >= 0.5

    tally, matched = _match(gold, pred, same_event)
    _add(report.events, tally)
    for g, p in matched:
        if g.get("place"):
            report.place.append(bool(p.get("place")) and _tokens(g["place"]) <= _tokens(p["place"])
                                or bool(p.get("place")) and _tokens(p["place"]) <= _tokens(g["place"]))
        if g.get("date"):
            report.date.append(str(p.get("date") or "").startswith(g["date"]))

    def pair_sets(events: list[dict]) -> tuple[set, set]:
        together, counterparts = set(), set()
        for event in events:
            if event.get("optional"):
                continue
            who = members(event)
            for a, b in combinations(sorted(who, key=str), 2):
                together.add((a, b))
                if who[a] != who[b]:
                    counterparts.add((a, b))
        return together, counterparts

    gold_together, gold_counter = pair_sets(gold)
    pred_together, pred_counter = pair_sets(pred)
    for total, want, got in ((report.pairs, gold_together, pred_together),
                             (report.counterpart_pairs, gold_counter, pred_counter)):
        total.tp += len(want & got)
        total.fp += len(got - want)
        total.fn += len(want - got)


def load_gold(folder: Path = STORIES) -> list[dict]:
    """The annotated stories, sorted by id."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def extract_all(gold: list[dict], extractor=None) -> dict[str, dict]:
    """Run the real extractor over each story's text with its publication date."""
    from loaders.articles import Article
    from loaders.extraction import Extractor

    extractor = extractor or Extractor()
    out = {}
    for story in gold:
        article = Article(id=story["id"], text=story["text"], published=story.get("published"))
        out[story["id"]] = extractor.extract(article).to_json()
    return out


def score(gold: list[dict], predictions: dict[str, dict]) -> Report:
    """Score every gold story against the prediction with its id (missing = empty)."""
    report = Report()
    for story in gold:
        score_story(story, predictions.get(story["id"], {}), report)
    return report


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else STORIES
    gold = load_gold(folder)
    report = score(gold, extract_all(gold))
    print(f"{len(gold)} stories from {folder}")
    print(report.table())
    print(json.dumps(report.figures(), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
