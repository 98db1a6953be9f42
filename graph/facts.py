"""From one article's extraction to graph rows: stable ids and provenance.

This is the resolve step between extraction and writing. It decides node
identity, which is what makes the graph merge facts across articles:

* people by their full name (the people lexicon's canonical name when the
  article only gives a surname, so "Trump" and "Donald Trump" meet);
* organizations by canonical name;
* roles by the words of their title, order-insensitive, at their organization
  ("Secretary of Commerce" = "Commerce Secretary" at the same department);
  a role whose organization is unknown is scoped to its country, or else to
  the person (two unknown "chairs" are not the same post);
* articles by the checksum of their normalized text, so one story under two
  file names is one node.

Every relationship row carries the article id and the evidence sentence with
its offsets; the writer folds them into the relationship's provenance lists.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.model import Evidence, Extraction
from loaders.extraction.text import fold, slug

_TITLE_STOP = {"of", "the", "for", "and", "at", "to", "a", "an", "in", "on"}


#: id prefix -> node label; queries use it so that every lookup by id goes
#: through the label's uniqueness index instead of scanning all nodes.
PREFIX_LABELS = {"person": "Person", "org": "Organization", "role": "Role", "issue": "Issue",
                 "country": "Country", "article": "Article", "quote": "Quote"}


def label_of(node_id: str) -> str | None:
    """The label of a node id made by this module, or None for other strings."""
    prefix = str(node_id).split(":", 1)[0]
    return PREFIX_LABELS.get(prefix)


def article_id(checksum: str) -> str:
    return f"article:{checksum[:20]}"


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


def org_id(name: str) -> str:
    return f"org:{slug(name)}"


def issue_id(key: str) -> str:
    return f"issue:{key}"


def country_id(code: str) -> str:
    return f"country:{code.lower()}"


def title_key(title: str) -> str:
    words = sorted(w for w in fold(title).split() if w not in _TITLE_STOP)
    return "-".join(words) or "untitled"


def role_id(title: str, organization: str | None, country: str | None, holder: str) -> str:
    """Same post, same id: title words in any order at the same organization
    (or, without one, the same country; failing that, the holder)."""
    if organization:
        scope = slug(organization)
    elif country:
        scope = f"country-{country.lower()}"
    else:
        scope = f"holder-{slug(holder)}"
    return f"role:{title_key(title)}@{scope}"


def quote_id(article: str, speaker: str, text: str) -> str:
    digest = hashlib.sha1(f"{article}\x1f{speaker}\x1f{fold(text)}".encode("utf-8")).hexdigest()
    return f"quote:{digest[:20]}"


@dataclass
class ArticleFacts:
    """Rows for one article: nodes by label, relationships by (type, start, end)."""

    article_id: str
    checksum: str
    nodes: dict[str, list[dict]] = field(default_factory=dict)
    rels: dict[tuple[str, str, str], list[dict]] = field(default_factory=dict)

    def node(self, label: str, row: dict) -> None:
        self.nodes.setdefault(label, []).append(row)

    def rel(self, rel_type: str, start_label: str, start: str, end_label: str, end: str,
            evidence: Evidence | None, published: str | None, **props) -> None:
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

    def counts(self) -> tuple[int, int]:
        return sum(len(v) for v in self.nodes.values()), sum(len(v) for v in self.rels.values())


def article_facts(ex: Extraction, lexicon: Lexicon, text: str) -> ArticleFacts:
    """Graph rows for one extracted article (``text`` is the article's text)."""
    aid = article_id(ex.checksum)
    facts = ArticleFacts(article_id=aid, checksum=ex.checksum)
    published = ex.published
    facts.node("Article", {
        "id": aid, "checksum": ex.checksum, "source_id": ex.id, "title": ex.title, "published": published,
        "source_url": ex.source_url, "text": text, "name": ex.title or ex.id,
    })

    def add_country(code: str | None, evidence: Evidence | None) -> str | None:
        info = lexicon.countries.get(code) if code else None
        if info is None or info.organization:
            return None
        cid = country_id(code)
        if cid not in seen_countries:
            seen_countries.add(cid)
            facts.node("Country", {"id": cid, "code": code, "name": info.name, "aliases": []})
            facts.rel("MENTIONS", "Article", aid, "Country", cid, evidence, published, count=1)
        return cid

    seen_countries: set[str] = set()
    people: dict[str, str] = {}  # extraction name -> node id
    for person in ex.persons:
        display = person.canonical or person.name
        pid = person_id(display)
        people[person.name] = pid
        aliases = sorted({a for a in [person.name, *person.aliases] if a != display})
        facts.node("Person", {"id": pid, "name": display, "aliases": aliases, "country": person.country})
        facts.rel("MENTIONS", "Article", aid, "Person", pid, person.evidence, published, count=person.mentions)

    orgs: dict[str, str] = {}
    for org in ex.organizations:
        oid = org_id(org.name)
        orgs[org.name] = oid
        facts.node("Organization", {"id": oid, "name": org.name, "aliases": sorted(set(org.aliases) - {org.name}),
                                    "kind": org.kind, "country": org.country})
        facts.rel("MENTIONS", "Article", aid, "Organization", oid, org.evidence, published, count=org.mentions)
        cid = add_country(org.country, org.evidence)
        if cid:
            facts.rel("OF_COUNTRY", "Organization", oid, "Country", cid, org.evidence, published)

    for code in ex.countries:
        add_country(code, None)

    for role in ex.roles:
        pid = people.get(role.person)
        if pid is None:
            continue
        title = lexicon.canonical_title(role.title)
        rid = role_id(title, role.organization, role.country, pid)
        facts.node("Role", {"id": rid, "title": title, "name": title, "organization": role.organization,
                            "country": role.country, "aliases": []})
        facts.rel("HOLDS", "Person", pid, "Role", rid, role.evidence, published, current=role.current)
        if role.organization:
            oid = orgs.get(role.organization) or org_id(role.organization)
            if role.organization not in orgs:
                info = lexicon.organizations.get(role.organization)
                facts.node("Organization", {"id": oid, "name": role.organization, "aliases": [],
                                            "kind": info.kind if info else None,
                                            "country": info.country if info else role.country})
                orgs[role.organization] = oid
                cid = add_country(info.country if info else role.country, role.evidence)
                if cid:
                    facts.rel("OF_COUNTRY", "Organization", oid, "Country", cid, role.evidence, published)
            facts.rel("AT", "Role", rid, "Organization", oid, role.evidence, published)
        elif role.country:
            cid = add_country(role.country, role.evidence)
            if cid:
                facts.rel("OF_COUNTRY", "Role", rid, "Country", cid, role.evidence, published)

    for issue in ex.issues:
        info = lexicon.issues[issue.id]
        iid = issue_id(issue.id)
        facts.node("Issue", {"id": iid, "key": issue.id, "name": info.label, "description": info.description,
                             "aliases": []})
        facts.rel("MENTIONS", "Article", aid, "Issue", iid, issue.evidence, published, count=issue.count)

    for quote in ex.quotes:
        pid = people.get(quote.speaker)
        if pid is None:
            continue
        qid = quote_id(aid, pid, quote.text)
        short = quote.text if len(quote.text) <= 80 else quote.text[:77] + "..."
        facts.node("Quote", {"id": qid, "text": quote.text, "name": short, "start": quote.start, "end": quote.end,
                             "article": aid, "aliases": []})
        facts.rel("SAID", "Person", pid, "Quote", qid, quote.evidence, published)
        facts.rel("IN", "Quote", qid, "Article", aid, quote.evidence, published)
        for key in quote.issues:
            facts.rel("ABOUT", "Quote", qid, "Issue", issue_id(key), quote.evidence, published)

    for engagement in ex.engagements:
        if engagement.actor_type == "Person":
            start = people.get(engagement.actor)
        else:
            start = orgs.get(engagement.actor)
        if start is None:
            continue
        facts.rel("ENGAGES_ON", engagement.actor_type, start, "Issue", issue_id(engagement.issue),
                  engagement.evidence, published)
    return facts
