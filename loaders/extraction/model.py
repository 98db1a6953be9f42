"""What extraction produces: facts about one article, each with its evidence.

These dataclasses are the contract between the extractor and everything after
it (the JSON printed by ``extract --json``, the graph writer, the app's
preview). ``Extraction.to_json()`` gives the shape described in the evaluation
kit's GOLD_FORMAT (persons, organizations, roles, issues, quotes, events), with
evidence and a few extra keys alongside.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character offsets in the
    article text (``text[start:end] == sentence``)."""

    sentence: str
    start: int
    end: int


@dataclass
class Person:
    """A person found in one article, with the evidence of their first mention."""

    name: str
    aliases: list[str] = field(default_factory=list)
    surname: str | None = None  # the short form, as the name order reads it ("He" in "He Lifeng")
    country: str | None = None
    mentions: int = 0
    evidence: Evidence | None = None


@dataclass
class Organization:
    """An organization found in one article, canonical name first.

    ``written`` is how the article itself names the body when the canonical
    name never appears in it ("commerce ministry" for the Ministry of Commerce
    of China): a reader checking the evidence, or a scorer comparing with a
    hand annotation, looks for the words on the page. The graph keys the node
    on ``name`` and keeps ``written`` among its aliases."""

    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    kind: str | None = None
    known: bool = False  # in the organization lexicon
    mentions: int = 0
    evidence: Evidence | None = None
    written: str | None = None
    part_of: str | None = None  # the body this one is a part of (canonical name), as the lexicon or story says

    @property
    def as_written(self) -> str:
        return self.written or self.name


@dataclass
class Role:
    """A post a person holds (or held) at an organization, as the article states it."""

    person: str
    title: str
    organization: str | None
    current: bool = True
    country: str | None = None
    evidence: Evidence | None = None


@dataclass
class Quote:
    """Words a person is quoted as saying, with the issues they touch."""

    speaker: str
    text: str
    start: int = 0  # offsets of the quotation (without its marks) in the article
    end: int = 0
    issues: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class IssueMention:
    """A trade issue the article discusses, with the terms that signalled it."""

    id: str
    label: str
    count: int
    terms: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Engagement:
    """An actor discussed together with an issue (same sentence, or a quote)."""

    actor: str
    actor_type: str  # "Person" or "Organization"
    issue: str
    evidence: Evidence | None = None


class EventKind(str, Enum):
    """The interactions between actors the graph records (see GOLD_FORMAT):
    negotiation rounds, meetings, phone or video calls, visits where hosts and
    guests met, summits, and agreements signed by named people."""

    TALKS = "talks"
    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    SUMMIT = "summit"
    SIGNING = "signing"


@dataclass
class Participant:
    """A named person taking part in an event, and the side they act for: an
    ISO 3166 alpha-2 code, "EU", or the international body (e.g. "WTO")."""

    name: str
    side: str | None = None


@dataclass
class Event:
    """An interaction an article reports as having happened, happening, or
    firmly scheduled. ``date`` is ISO (``YYYY-MM-DD``), ``YYYY-MM`` when only
    the month is certain, or None; ``place`` is the city as stated (the
    country when no city is given). ``evidence`` holds every sentence that
    reports it, first one first."""

    kind: EventKind
    participants: list[Participant] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    issues: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything extracted from one article: what ``extract --json`` prints and
    what the graph writer stores."""

    id: str
    checksum: str
    title: str | None = None
    published: str | None = None
    #: where ``published`` was read: "metadata" (front matter, HTML, feed), "dateline",
    #: "published line", or None when the article states no date anywhere (undated)
    date_source: str | None = None
    source_url: str | None = None
    author: str | None = None  # the byline (metadata, never an actor)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    issues: list[IssueMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    engagements: list[Engagement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # ISO codes mentioned
    # every mention of a person, organization or issue: (start, end, label), character offsets
    mentions: list[tuple[int, int, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        """The object ``extract --json`` prints for this article."""
        def evidence(item):
            return asdict(item.evidence) if item.evidence else None

        # names as the article writes them; the canonical name beside each
        written = {o.name: o.as_written for o in self.organizations}

        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "date_source": self.date_source,
            "undated": self.published is None,
            "source_url": self.source_url,
            "author": self.author,
            "persons": [
                {"name": p.name, "aliases": p.aliases, "surname": p.surname, "country": p.country,
                 "evidence": evidence(p)}
                for p in self.persons
            ],
            "organizations": [
                {"name": o.as_written, "canonical": o.name, "aliases": o.aliases, "country": o.country,
                 "kind": o.kind, "part_of": o.part_of, "evidence": evidence(o)}
                for o in self.organizations
            ],
            "roles": [
                {"person": r.person, "title": r.title, "organization": written.get(r.organization, r.organization),
                 "organization_canonical": r.organization, "current": r.current, "country": r.country,
                 "evidence": evidence(r)}
                for r in self.roles
            ],
            "issues": [
                {"id": i.id, "label": i.label, "count": i.count, "terms": i.terms, "evidence": evidence(i)}
                for i in self.issues
            ],
            "quotes": [
                {"speaker": q.speaker, "text": q.text, "start": q.start, "end": q.end, "issues": q.issues,
                 "evidence": evidence(q)}
                for q in self.quotes
            ],
            "engagements": [
                {"actor": e.actor, "actor_type": e.actor_type, "issue": e.issue, "evidence": evidence(e)}
                for e in self.engagements
            ],
            "events": [
                {"kind": e.kind.value, "participants": [asdict(p) for p in e.participants], "place": e.place,
                 "date": e.date, "issues": e.issues, "evidence": [asdict(ev) for ev in e.evidence]}
                for e in self.events
            ],
            "countries": self.countries,
            "mentions": [{"start": s, "end": e, "label": label} for s, e, label in self.mentions],
        }
