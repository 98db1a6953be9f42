"""From one article's extraction to graph rows (``graph.facts.ArticleFacts``).

This is the resolve step between extraction and writing. It decides which
nodes and relationships an article contributes; the ids themselves come from
``graph/ids.py``, which is what makes the graph merge facts across articles:

* people by their full name; a surname alone by the surname and the article
  (which person it is, the identity resolver decides from the evidence);
* organizations by canonical name;
* roles by the words of their title, order-insensitive, at their organization
  ("Secretary of Commerce" = "Commerce Secretary" at the same department);
  a role whose organization is unknown is scoped to its country, or else to
  the person (two unknown "chairs" are not the same post);
* articles by the checksum of their normalized text, so one story under two
  file names is one node;
* events are this article's reports of them; the writer merges reports of
  the same event across articles (graph/events.py).
"""

from __future__ import annotations

from graph.facts import ArticleFacts
from graph.ids import article_id, country_id, issue_id, org_id, person_id, quote_id, role_id
from loaders.extraction.lexicon import Lexicon
from loaders.extraction.model import Evidence, Extraction


def article_facts(ex: Extraction, lexicon: Lexicon, text: str) -> ArticleFacts:
    """Graph rows for one extracted article (``text`` is the article's text)."""
    aid = article_id(ex.checksum)
    facts = ArticleFacts(article_id=aid, checksum=ex.checksum)
    published = ex.published
    facts.node("Article", {
        "id": aid, "checksum": ex.checksum, "source_id": ex.id, "title": ex.title, "published": published,
        "date_source": ex.date_source or "none",
        "source_url": ex.source_url, "author": ex.author, "text": text, "name": ex.title or ex.id,
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
        display = person.name
        pid = person_id(display, aid)
        people[person.name] = pid
        for other in [display, *person.aliases]:
            people.setdefault(other, pid)
        aliases = sorted({a for a in person.aliases if a != display})
        facts.node("Person", {"id": pid, "name": display, "aliases": aliases, "country": person.country,
                              "surname": person.surname})
        # how the article wrote the person: what a split of a merged node needs
        facts.rel("MENTIONS", "Article", aid, "Person", pid, person.evidence, published, count=person.mentions,
                  person_key=pid, person_name=display, person_forms=aliases, person_surname=person.surname)

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
    def add_part_of(name: str, part_of: str | None, evidence) -> None:
        """"the Directorate-General for Trade of the European Commission": the body ``name`` is a part of."""
        if not part_of or part_of == name:
            return
        parent = orgs.get(part_of) or org_id(part_of)
        if part_of not in orgs:
            info = lexicon.organizations.get(part_of)
            facts.node("Organization", {"id": parent, "name": part_of, "aliases": [],
                                        "kind": info.kind if info else None, "country": info.country if info else None})
            orgs[part_of] = parent
        facts.rel("PART_OF", "Organization", orgs[name], "Organization", parent, evidence, published)

    for org in ex.organizations:
        add_part_of(org.name, org.part_of, org.evidence)

    for code in ex.countries:
        add_country(code, None)

    for role in ex.roles:
        pid = people.get(role.person)
        if pid is None:
            continue
        title = lexicon.canonical_title(role.title)
        rid = role_id(title, role.organization, role.country, pid)
        facts.node("Role", {"id": rid, "title": title, "name": title, "organization": role.organization,
                            "country": role.country, "aliases": [],
                            "post": lexicon.single_post(title, role.organization, role.country)})
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
                # (a body the post implies, named nowhere in the story, is still a part of the one the lexicon
                # lists: a "foreign trade secretary" at Brazil's Secex, which is in the trade ministry)
                add_part_of(role.organization, info.part_of if info else None, role.evidence)
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
                             "article": aid})
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
    for event in ex.events:
        attendees = []
        for participant in event.participants:
            pid = people.get(participant.name) or person_id(participant.name)
            if participant.name not in people:
                people[participant.name] = pid
                facts.node("Person", {"id": pid, "name": participant.name, "aliases": [], "country": None})
            attendees.append((pid, participant.side))
        known = {i.id for i in ex.issues}
        facts.event(event.kind.value if hasattr(event.kind, "value") else str(event.kind), attendees, event.place,
                    event.date, [issue_id(k) for k in event.issues if k in known], event.evidence, published)
    return facts
