"""Are two Person nodes one person? The evidence, weighed.

The score adds up what speaks for one person: how close the names are
(``names.NAME_SCORES``), a shared post, a shared organization, a shared
country and people both are named with; it takes off a little when both
hold current posts and share neither a post nor an organization. At
``AUTO_MERGE`` or above the two are merged when written; from ``SUGGEST``
up they are offered for review.

Some evidence rules a merge out whatever the score, because no node may ever
hold two people:

* different given names (Wang Yi and Wang Wentao), or different surnames;
* different countries (each node's countries from the posts it holds);
* different posts held at the same time: both current, the same kind of post
  ("minister") but a different one (commerce vs. foreign affairs, or at two
  organizations neither of which is a part of the other: DG Trade is a part
  of the European Commission), in articles less than a year apart;
* one article naming both as two people;
* a reviewer's rejection or split (``decisions``).

A bare surname ("Trump") is compared with full names only through the
evidence: it is merged when its surname belongs to exactly one named person
it does not conflict with, and something else agrees (a post, an
organization, the country, or people both are named with). That is decided
on the graph as it stands when the story is written: if a namesake turns up
later, the Review page can split the surname off again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from graph.ids import fold
from graph.identity.names import NameMatch, compare_any, parse
from graph.identity.profiles import Profile, one_body

#: Merge when written at this score or above (and nothing conflicts).
AUTO_MERGE = 0.85
#: Offer for review from this score up.
SUGGEST = 0.5

SHARED_ROLE = 0.25
SHARED_ORG = 0.1
SHARED_COUNTRY = 0.1
SHARED_PERSON = 0.05
#: Both hold current posts, and share neither a post nor an organization.
OTHER_POSTS = -0.15
MAX_SHARED_PEOPLE = 2
#: A bare surname that belongs to exactly one named person.
ONLY_BEARER = 0.3
#: Posts held "at the same time": the articles saying so are this close.
SAME_TIME_DAYS = 365

_TITLE_STOP = {"of", "the", "for", "and", "at", "to", "a", "an", "in", "on"}
#: Words that write one rank or one post two ways ("Vice Chairman" / "deputy chairman", "chairwoman" / "chair")
_SAME_WORD = {"vice": "deputy", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}


@dataclass
class Match:
    """The verdict on one pair: ``verdict`` is merge, suggest, none or conflict."""

    a: str
    b: str
    score: float
    verdict: str
    names: str = ""
    reasons: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    @property
    def pair(self) -> tuple[str, str]:
        return tuple(sorted((self.a, self.b)))

    def evidence(self) -> dict:
        return {"score": round(self.score, 3), "names": self.names, "reasons": self.reasons,
                "conflicts": self.conflicts}


def full_names(p: Profile) -> list:
    """The node's name and its other full-name spellings (a merged node has
    several: "Oleksandr Kovalchuk", "Oleksandr Kovalchyk")."""
    forms = [p.name] + sorted(a for a in p.aliases if len(a.split()) > 1 and a != p.name)
    return [parse(form, p.surname) for form in forms]


def name_match(a: Profile, b: Profile) -> NameMatch:
    """The closest of the two nodes' spellings; a conflict only when no
    spelling of one is compatible with any spelling of the other."""
    best = None
    for x in full_names(a):
        for y in full_names(b):
            found = compare_any(x, y)  # the surname may stand on the other side in one of them, or be two
            if best is None or found.score > best.score:
                best = found
    return best


def _head(title: str) -> tuple[str, frozenset[str]]:
    """A title's kind of post and the words that say which one:
    "Secretary of Commerce" -> ("secretary", {"commerce"})."""
    words = [w.strip(",;") for w in title.lower().replace("-", " ").split()]  # ("Minister for Trade, Agribusiness")
    # (but "vice" stays itself beside "deputy": a "Deputy Vice-Chancellor" is no Vice-Chancellor)
    words = [w if w == "vice" and "deputy" in words else _SAME_WORD.get(w, w) for w in words]
    # the head ends the words before the portfolio: "Under Secretary for International Trade" is a secretary
    cut = next((n for n, w in enumerate(words) if w in ("of", "for", "to", "at")), len(words))
    before_of = words[:cut]
    head = before_of[-1] if before_of else ""
    others = frozenset(w for w in words if w not in _TITLE_STOP and w != head)
    return head, others


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return None


def _one_country(ra, rb) -> bool:
    """May two posts be one country's: the same country, or one of them placed in none ("state secretary at the
    Hungarian Ministry of Foreign Affairs and Trade" / "... at the Ministry of Foreign Affairs and Trade", a story
    that never says whose)? Not two posts known to be two countries'."""
    if ra.country and rb.country:
        return ra.country == rb.country
    unplaced = rb if ra.country else ra
    name = fold(unplaced.organization_name or "")
    # (the unplaced one at a ministry named bare, with no country of its own: not "... of India")
    return bool(ra.country or rb.country) and name.startswith("ministry of ") and " of " not in name[12:]


def same_post(ra, rb) -> bool:
    """One post: the same Role node, or the same title where one of them
    could not be placed at an organization or country (such a role is
    scoped to its holder, so its id never matches another's)."""
    if ra.id == rb.id:
        return True
    unplaced = "@holder-" in ra.id or "@holder-" in rb.id
    # (the title written with "of" or "for": "Undersecretary of Foreign Trade" / "undersecretary for foreign trade")
    return unplaced and _head(ra.title) == _head(rb.title)


def one_kind(title_a: str, title_b: str) -> bool:
    """Two spellings of one kind of post: the same head, and the words of one within the other's ("foreign and
    trade minister" / "Minister of Foreign Affairs and Trade"). Not a shared post (the body may differ), but no
    sign of another one either."""
    head_a, words_a = _head(title_a)
    head_b, words_b = _head(title_b)
    return head_a == head_b and bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


def post_conflicts(a: Profile, b: Profile) -> list[str]:
    """Different posts of one kind held at the same time."""
    held_a = {r.id for r in a.roles}
    held_b = {r.id for r in b.roles}
    found = []
    for ra in a.roles:
        for rb in b.roles:
            if not (ra.current and rb.current) or same_post(ra, rb) or ra.id in held_b or rb.id in held_a:
                continue
            head_a, words_a = _head(ra.title)
            head_b, words_b = _head(rb.title)
            if head_a != head_b:
                continue
            apart = _days(ra.as_of or ra.last_seen, rb.as_of or rb.last_seen)
            if apart is not None and apart > SAME_TIME_DAYS:
                continue
            other_org = ra.organization and rb.organization and ra.organization != rb.organization \
                and not one_body(ra.organization_name, rb.organization_name, _one_country(ra, rb)) \
                and not ra.nested(rb)
            other_post = words_a and words_b and not (words_a & words_b)
            if other_org or other_post:
                where_a = f" ({ra.organization_name})" if ra.organization_name else ""
                where_b = f" ({rb.organization_name})" if rb.organization_name else ""
                found.append(f"different posts at the same time: {ra.title}{where_a} / {rb.title}{where_b}")
    return found


def score_pair(a: Profile, b: Profile, names: NameMatch | None = None, comentioned: bool = False,
               only_bearer: bool = False, rejected: str | None = None) -> Match:
    """Weigh the evidence that ``a`` and ``b`` are one person.

    ``only_bearer``: one of them is a bare surname and the other is the only
    named person with that surname it does not conflict with. ``rejected``:
    the reason a reviewer gave for keeping them apart."""
    names = names or name_match(a, b)
    match = Match(a.id, b.id, names.score, "none", names=names.describe())
    if names.conflict:
        match.conflicts.append(names.describe())
    countries_a, countries_b = a.countries, b.countries
    if countries_a and countries_b and not countries_a & countries_b:
        match.conflicts.append(f"different countries: {', '.join(sorted(countries_a))} / "
                               f"{', '.join(sorted(countries_b))}")
    match.conflicts.extend(post_conflicts(a, b))
    if comentioned:
        match.conflicts.append("one article names both as different people")
    if rejected is not None:
        match.conflicts.append(f"kept apart by a decision: {rejected}")

    shared_roles = {ra.title for ra in a.roles for rb in b.roles if same_post(ra, rb) or (
        (one_kind(ra.title, rb.title) or fold(ra.title) == fold(rb.title))
        and (one_body(ra.organization_name, rb.organization_name, _one_country(ra, rb)) or ra.nested(rb)))}
    if shared_roles:
        titles = sorted(shared_roles)
        match.score += SHARED_ROLE
        match.reasons.append(f"same post: {', '.join(titles)}")
    orgs_a, orgs_b = a.organizations, b.organizations
    shared_orgs = orgs_a.keys() & orgs_b.keys()
    # a post at a body and one at a part of it (the Foreign Trade Secretariat and its ministry): one organization
    nested = sorted({f"{ra.organization_name} / {rb.organization_name}" for ra in a.roles for rb in b.roles
                     if ra.nested(rb)})
    if shared_orgs:
        match.score += SHARED_ORG
        match.reasons.append(f"same organization: {', '.join(sorted(orgs_a[o] for o in shared_orgs))}")
    elif nested:
        match.score += SHARED_ORG
        match.reasons.append(f"one organization inside the other: {', '.join(nested)}")
        shared_orgs = set(nested)
    shared_countries = countries_a & countries_b
    if shared_countries:
        match.score += SHARED_COUNTRY
        match.reasons.append(f"same country: {', '.join(sorted(shared_countries))}")
    shared_people = sorted((a.people.keys() & b.people.keys()) - {a.id, b.id})
    if shared_people:
        match.score += SHARED_PERSON * min(len(shared_people), MAX_SHARED_PEOPLE)
        match.reasons.append("named with the same people: " + ", ".join(a.people[p] for p in shared_people[:5]))
    corroborated = bool(match.reasons)  # something beyond the name agrees
    current_a = {r.title for r in a.roles if r.current}
    current_b = {r.title for r in b.roles if r.current}
    if current_a and current_b and not shared_roles and not shared_orgs and not any(
            one_kind(x, y) for x in current_a for y in current_b):
        match.score += OTHER_POSTS
        match.reasons.append(f"against: each holds another post ({', '.join(sorted(current_a))} / "
                             f"{', '.join(sorted(current_b))})")
    if names.given == "bare" and only_bearer:
        match.score += ONLY_BEARER
        match.reasons.insert(0, "the only named person with this surname")
    match.score = round(min(match.score, 1.0), 3)

    if match.conflicts:
        match.verdict = "conflict"
    elif names.given == "bare" and not (only_bearer and corroborated):
        # several namesakes and nothing but the story's company: not worth a reviewer's time
        match.verdict = "suggest" if match.score >= SUGGEST and (only_bearer or shared_roles or shared_orgs) \
            else "none"
    elif match.score >= AUTO_MERGE:
        match.verdict = "merge"
    elif match.score >= SUGGEST:
        match.verdict = "suggest"
    return match
