"""Roles: a person holding a position at an organization.

Titles are read around each person mention with the title vocabulary from
``titles.yaml``:

* before the name: "U.S. Commerce Secretary Howard Lutnick", "Nvidia CEO
  Jensen Huang", "Chairman of the business and trade committee Liam Byrne",
  "Senators Elizabeth Warren and Jim Banks" (a plural title covers each name);
* after it, as an appositive: "Li Chenggang, a vice minister of commerce and
  China's international trade representative," (two roles), "Cutler, now
  vice president at the Asia Society Policy Institute", "Moolenaar, chair of
  that committee".

Each title phrase is split into the organization it names, the country it
names, a party word and the title itself. The organization is, in order: the
one named in the phrase; the body the title implies in its country
("Treasury Secretary" -> the U.S. Treasury, "China's commerce minister" ->
China's Ministry of Commerce); for company, committee and central-bank
titles, the nearest fitting organization mentioned before; else none. Heads
of state and government keep no organization. "former" (or "ex-") makes the
role not current.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.organizations import OrgEntity, OrgIndex
from loaders.extraction.persons import PersonCluster, PersonIndex
from loaders.extraction.text import fold

HEAD, MOD, CONN, POSS, PARTY, ORG, COUNTRY, OTHER, PERSON, PORTFOLIO = (
    "head", "mod", "conn", "poss", "party", "org", "country", "other", "person", "portfolio")
CONNECTORS = frozenset({"of", "for", "at", "and", "the", "on", "in"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
_DEMONSTRATIVE = frozenset({"that", "this", "the", "its"})

@dataclass
class RoleFact:
    person: PersonCluster
    title: str
    organization: str | None
    current: bool
    country: str | None
    token: int  # a token of the phrase, for evidence
    plural: bool = False


@dataclass
class ParsedTitle:
    title: str
    words: list[str]
    head: str
    organization: OrgEntity | None
    org_hint: str | None  # "committee" in "chair of that committee"
    country: str | None
    current: bool
    plural: bool


class RoleFinder:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.honorifics = {h.lower().rstrip(".") for h in lexicon.honorifics}

    # ---- token classes ---------------------------------------------------
    def _kind(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> str:
        tok = doc[i]
        low = tok.lower_
        if persons.at(i) is not None:
            return PERSON
        entity = orgs.at(i)
        if entity is not None:
            # "EU Trade Commissioner": a jurisdiction that is also an organization marks the
            # title's place, like a country; the post belongs to the body the title implies
            return COUNTRY if self.lex.country_of(entity.name) else ORG
        if tok.text in _POSSESSIVES:
            return POSS
        if tok.ent_type_ in ("GPE", "NORP") or self.lex.country_of(tok.text):
            if self._country_entity(doc, i)[0]:
                return COUNTRY
        if tok.text in self.lex.parties:
            return PARTY
        if low in self.lex.heads:
            return HEAD
        if low in CONNECTORS:
            return CONN
        if low == "to" and (orgs.at(i + 1) is not None
                            or (i + 2 < len(doc) and doc[i + 1].lower_ == "the" and orgs.at(i + 2) is not None)):
            return CONN  # "adviser to the European Commission": only before an organization
        if low in self.lex.modifiers or low in self.lex.domain_words or low in self.lex.not_current:
            return MOD
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ in ("compound", "amod") and tok.ent_type_ not in ("PERSON", "DATE", "CARDINAL", "MONEY", "PERCENT"):
            if tok.head.i > i and tok.head.i - i <= 3:
                return OTHER
        return ""

    def _country_entity(self, doc: Doc, i: int) -> tuple[str | None, int, int]:
        tok = doc[i]
        if tok.ent_iob_ in ("B", "I") and tok.ent_type_ in ("GPE", "NORP"):
            start = i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            code = self.lex.country_of(doc[start:end].text)
            if code:
                return code, start, end
        code = self.lex.country_of(tok.text)
        return (code, i, i + 1) if code else (None, i, i + 1)

    def _entity_bounds(self, doc: Doc, i: int, kind: str, orgs: OrgIndex) -> tuple[int, int]:
        if kind == ORG:
            entity = orgs.at(i)
            for m in entity.mentions:
                if m.start <= i < m.end:
                    return m.start, m.end
        if kind == COUNTRY:
            _, start, end = self._country_entity(doc, i)
            return start, end
        return i, i + 1

    # ---- phrase collection ------------------------------------------------
    def phrase_before(self, doc: Doc, start: int, persons: PersonIndex, orgs: OrgIndex) -> list[tuple[int, str]]:
        phrase = self._collect_left(doc, start, persons, orgs)
        if not phrase and start >= 2 and doc[start - 1].text == ",":
            # "China's vice minister of commerce, Zhou Hanlin, said": a title set
            # off by commas before the name, opening its clause
            left = self._collect_left(doc, start - 1, persons, orgs)
            if left and any(k == HEAD for _, k in left):
                before = left[0][0] - 1
                if before < 0 or doc[before].is_sent_start or doc[left[0][0]].is_sent_start \
                        or doc[before].lower_ in ("the", "a", "an", ",", "by", "with", "and") \
                        or doc[before].text in _POSSESSIVES:
                    phrase = left
        return phrase

    def _collect_left(self, doc: Doc, start: int, persons: PersonIndex, orgs: OrgIndex) -> list[tuple[int, str]]:
        i = start - 1
        while i >= 0 and doc[i].text.lower().rstrip(".") in self.honorifics and doc[i].lower_ not in self.lex.heads:
            i -= 1
        phrase: list[tuple[int, str]] = []
        while i >= 0:
            if "\n" in doc[i].text:
                break
            kind = self._kind(doc, i, persons, orgs)
            if kind in ("", PERSON):
                break
            if kind in (ORG, COUNTRY):
                s, _ = self._entity_bounds(doc, i, kind, orgs)
                phrase[0:0] = [(j, kind) for j in range(s, i + 1)]
                i = s - 1
                continue
            phrase.insert(0, (i, kind))
            i -= 1
        while phrase and (phrase[0][1] in (CONN, POSS) or doc[phrase[0][0]].lower_ in ("and",)):
            phrase.pop(0)
        return phrase

    def phrase_after(self, doc: Doc, end: int, persons: PersonIndex, orgs: OrgIndex) -> list[list[tuple[int, str]]]:
        if end >= len(doc) or doc[end].text not in (",", "\u2013", "\u2014", "("):
            return []
        i = end + 1
        lead: list[tuple[int, str]] = []
        while i < len(doc) and doc[i].lower_ in self.lex.lead_words and doc[i].lower_ not in self.lex.heads:
            if doc[i].lower_ in self.lex.not_current:
                lead.append((i, MOD))
            i += 1
        collected, i = self._collect_right(doc, i, persons, orgs)
        collected, i = self._portfolio(doc, collected, i, persons, orgs)
        phrase: list[tuple[int, str]] = list(lead) + collected
        if i < len(doc) and persons.at(i) is not None:
            return []  # "Lutnick, Treasury Secretary Scott Bessent": the title is the next person's
        # "chair of that committee", "a spokeswoman for the ministry": keep the
        # reference to a body named earlier
        if phrase and i < len(doc) and doc[i].lower_ in self.lex.context_nouns:
            if phrase[-1][1] == CONN and doc[phrase[-1][0]].lower_ in _DEMONSTRATIVE:
                phrase[-1] = (phrase[-1][0], OTHER)
                phrase.append((i, OTHER))
        elif i + 1 < len(doc) and phrase and phrase[-1][1] == CONN and doc[i].lower_ in _DEMONSTRATIVE \
                and doc[i + 1].lower_ in self.lex.context_nouns:
            phrase.append((i, OTHER))
            phrase.append((i + 1, OTHER))
        # "a former U.S. trade negotiator who is now a senior fellow at X"
        if i + 1 < len(doc) and doc[i].lower_ == "who" and doc[i + 1].lower_ in ("is", "was", "became", "has"):
            rest = self.phrase_after_clause(doc, i + 2, persons, orgs)
            if rest:
                phrase = phrase + [(i, CONN)] + rest
        while phrase and phrase[-1][1] in (CONN, POSS):
            phrase.pop()
        # one appositive can hold several titles joined by "and" (or "who is")
        parts: list[list[tuple[int, str]]] = [[]]
        for item in phrase:
            low = doc[item[0]].lower_
            if low in ("and", "who") and any(k == HEAD for _, k in parts[-1]):
                if low == "and" and self._joins_domains(doc, parts[-1], phrase, item):
                    parts[-1].append(item)  # "minister of industry and trade": one title
                else:
                    parts.append([])
            else:
                parts[-1].append(item)
        return [p for p in parts if any(k == HEAD for _, k in p)]

    def _joins_domains(self, doc: Doc, part: list[tuple[int, str]], phrase: list[tuple[int, str]],
                       joiner: tuple[int, str]) -> bool:
        """Does this "and" join two policy domains of one title ("minister of
        industry and trade") rather than two titles?"""
        if not part or doc[part[-1][0]].lower_ not in self.lex.domain_words:
            return False
        after = [item for item in phrase if item[0] > joiner[0]]
        rest = []
        for item in after:
            if doc[item[0]].lower_ == "and" or item[1] not in (MOD, OTHER):
                break
            rest.append(item)
        following = after[len(rest)] if len(rest) < len(after) else None
        return bool(rest) and all(doc[i].lower_ in self.lex.domain_words for i, _ in rest) \
            and (following is None or following[1] != HEAD)  # "and trade representative" is a second title

    def verb_roles(self, doc: Doc, end: int, persons: PersonIndex, orgs: OrgIndex) -> list[ParsedTitle]:
        """Posts stated by a verb in a relative clause: "Lange, the German
        Social Democrat who chairs the European Parliament's trade
        committee", "Nguyen Thi Lan, who heads the trade ministry's origin
        department" (the organization must follow the verb)."""
        if end >= len(doc) or doc[end].text != ",":
            return []
        k = end + 1
        while k < len(doc) and k - end < 12 and doc[k].text not in (",", ".", ";", "\u2014") \
                and persons.at(k) is None and doc[k].lower_ != "who":
            k += 1
        if k >= len(doc) or doc[k].lower_ != "who":
            return []
        k += 1
        earlier = False
        while k < len(doc) and doc[k].lower_ in ("also", "now", "currently", "once", "formerly", "previously"):
            earlier = earlier or doc[k].lower_ in ("once", "formerly", "previously")
            k += 1
        if k >= len(doc) or doc[k].lower_ not in self.lex.post_verbs:
            return []
        verb = self.lex.post_verbs[doc[k].lower_]
        title, current = verb.title, verb.current
        current = current and not earlier
        j = k + 1
        article = j < len(doc) and doc[j].lower_ == "the"
        if article:
            j += 1
        area = []
        # "who heads operations at Meridian Bulk Carriers": the area, then the body
        while j < len(doc) and len(area) < 4 and doc[j].is_lower and doc[j].is_alpha \
                and doc[j].pos_ in ("NOUN", "ADJ", "PROPN", "VERB") and orgs.at(j) is None:
            area.append(doc[j].text)
            j += 1
        if area and j < len(doc) and orgs.at(j) is not None:
            if not article:
                return []
            area = []  # "leads the ruling Morena party": words describing the body, not an area
        elif area:
            if article or j >= len(doc) or doc[j].lower_ not in ("at", "for", "of"):
                return []
            j += 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
        entity = orgs.at(j) if j < len(doc) else None
        if entity is None:
            return []
        if area:
            title = f"{title} of {' '.join(area)}"
        return [ParsedTitle(title, title.split(), title.split()[0], entity, None, entity.country, current, False)]

    def _portfolio(self, doc: Doc, collected: list[tuple[int, str]], i: int, persons: PersonIndex,
                   orgs: OrgIndex) -> tuple[list[tuple[int, str]], int]:
        """Take in the area a post covers when an organization follows: "head
        of supply chain policy at the German Association of the Automotive
        Industry" (the words between "of" and "at" belong to the title)."""
        if not collected or collected[-1][1] != CONN or doc[collected[-1][0]].lower_ not in ("of", "for") \
                or not any(k == HEAD for _, k in collected):
            return collected, i
        k = i
        while k < len(doc) and k - i < 5 and doc[k].is_alpha and (
                (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "PROPN")) or (k > i and doc[k].lower_ == "and")):
            k += 1
        if k == i or k + 1 >= len(doc) or doc[k].lower_ not in ("at", "for") or doc[k - 1].lower_ == "and":
            return collected, i
        first = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        if first >= len(doc) or orgs.at(first) is None:
            return collected, i
        more, end = self._collect_right(doc, k, persons, orgs)
        return collected + [(j, PORTFOLIO) for j in range(i, k)] + more, end

    def phrase_after_clause(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> list[tuple[int, str]]:
        """The title in "who is now a senior fellow at X" (from after the verb)."""
        while i < len(doc) and doc[i].lower_ in self.lex.lead_words | {"been", "now"} and doc[i].lower_ not in self.lex.heads:
            i += 1
        phrase, _ = self._collect_right(doc, i, persons, orgs)
        while phrase and phrase[-1][1] in (CONN, POSS):
            phrase.pop()
        return phrase if any(k == HEAD for _, k in phrase) else []

    def _collect_right(self, doc: Doc, i: int, persons: PersonIndex,
                       orgs: OrgIndex) -> tuple[list[tuple[int, str]], int]:
        """Title-like tokens from ``i`` rightwards (organizations and countries
        whole), up to the first other word; returns them and where it stopped."""
        phrase: list[tuple[int, str]] = []
        while i < len(doc) and "\n" not in doc[i].text:
            if phrase and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "based" \
                    and not doc[i].whitespace_ and doc[i].is_title:
                phrase.extend([(i, CONN), (i + 1, CONN), (i + 2, CONN)])
                i += 3  # "an analyst at the Jakarta-based Institute ...": where the body sits
                continue
            kind = self._kind(doc, i, persons, orgs)
            if kind in ("", PERSON):
                break
            if kind in (ORG, COUNTRY):
                _, e = self._entity_bounds(doc, i, kind, orgs)
                phrase.extend((j, kind) for j in range(i, e))
                i = e
                continue
            phrase.append((i, kind))
            i += 1
        return phrase, i

    # ---- phrase parsing ----------------------------------------------------
    def parse(self, doc: Doc, phrase: list[tuple[int, str]], orgs: OrgIndex) -> ParsedTitle | None:
        heads = [n for n, (_, k) in enumerate(phrase) if k == HEAD]
        if not heads:
            return None
        # lower-case words after the title and before an organization are the
        # area of the post: "head of supply chain policy at <organization>"
        phrase = [(i, PORTFOLIO) if kind == OTHER and n > heads[-1] and doc[i].is_lower
                  and any(k == ORG for _, k in phrase[n:]) else (i, kind) for n, (i, kind) in enumerate(phrase)]
        current = not any(doc[i].lower_.rstrip("-") in self.lex.not_current for i, _ in phrase)
        country = None
        organization: OrgEntity | None = None
        org_hint = None
        words: list[tuple[int, str]] = []
        for n, (i, kind) in enumerate(phrase):
            low = doc[i].lower_
            if kind in (HEAD, MOD, OTHER) and n > heads[-1] and organization is not None \
                    and any(k == ORG for _, k in phrase[heads[-1]:n]):
                break  # "adviser to the Commission's trade directorate": the title ended at the body
            if kind == COUNTRY and country is None:
                country = self._country_entity(doc, i)[0]
            elif kind == ORG:
                entity = orgs.at(i)
                if entity.kind == "party" and n < heads[0]:
                    continue  # "Labour MP": party membership, not the body of the post
                if organization is None or n > heads[0]:
                    organization = entity
            elif kind in (HEAD, MOD, OTHER):
                if low in _DEMONSTRATIVE and n + 1 < len(phrase) and doc[phrase[n + 1][0]].lower_ in self.lex.context_nouns:
                    org_hint = doc[phrase[n + 1][0]].lower_
                    break
                if n > heads[-1] and kind == OTHER:
                    break  # "MP for Birmingham Hodge Hill": a constituency, not part of the title
                if low in self.lex.dropped_modifiers or low.rstrip("-") in self.lex.not_current:
                    continue
                words.append((n, doc[i].text))
            elif kind == PORTFOLIO:
                words.append((n, doc[i].text))
            elif kind == CONN and words and n + 1 < len(phrase) and phrase[n + 1][1] in (HEAD, MOD, PORTFOLIO) \
                    and low != "the":
                words.append((n, doc[i].text))
        # the title is the run of words around the last head, without a
        # trailing "of" that led into an organization
        while words and words[-1][1].lower() in CONNECTORS:
            words.pop()
        if not words or not any(w.lower() in self.lex.heads for _, w in words):
            return None
        title_words = [w for _, w in words]
        head = next(w for w in reversed(title_words) if w.lower() in self.lex.heads)
        spec = self.lex.heads[head.lower()]
        plural = bool(spec.get("is_plural"))
        if plural:
            title_words = [spec["singular"].capitalize() if w == head else w for w in title_words]
            head = spec["singular"]
        elif spec.get("full"):  # "Sen." is stored as "Senator"
            title_words = [spec["full"].capitalize() if w == head else w for w in title_words]
            head = spec["full"]
        if len(title_words) == 1 and organization is not None:
            surface = [w for w in self._org_surface(doc, phrase, orgs).split()]
            org_first = min((n for n, (_, k) in enumerate(phrase) if k == ORG), default=len(phrase)) < heads[0]
            if head.lower() in ("chief", "head") and surface and org_first:
                # "EU commission chief": the title is "commission chief"
                title_words = [surface[-1].lower(), head]
            elif spec.get("government"):
                # "U.S. Treasury Secretary": the organization's domain word is part of the title
                domain = next((w for w in surface if w.lower() in self.lex.domain_words), None)
                if domain:
                    title_words = [domain, head]
        title = " ".join(title_words)
        first = phrase[0][0]
        if organization is None and org_hint is None and first > 0 and doc[first - 1].lower_ == "its":
            org_hint = "its"  # "Its spokesperson, Zhu Lanying": the body just named
        if organization is not None and country is None:
            country = organization.country
        return ParsedTitle(title, [w.lower() for w in title_words], head.lower(), organization, org_hint, country,
                           current, plural)

    @staticmethod
    def _org_surface(doc: Doc, phrase: list[tuple[int, str]], orgs: OrgIndex) -> str:
        return " ".join(doc[i].text for i, k in phrase if k == ORG)

    # ---- organization of a title -------------------------------------------
    def organization_for(self, parsed: ParsedTitle, orgs: OrgIndex, position: int,
                         fallback_country: str | None = None) -> tuple[str | None, str | None]:
        """The body a title belongs to. ``fallback_country`` (the dateline's)
        is used only when neither the text nor the title itself names one."""
        if parsed.organization is not None:
            return parsed.organization.name, parsed.country or parsed.organization.country
        words = parsed.words
        country = parsed.country
        if "shadow" in words:
            return None, country  # an opposition post shadows a department, it does not belong to it
        if parsed.org_hint == "its":
            entity = orgs.nearest_before(position, lambda e: True)
            if entity is not None and position - max(m.start for m in entity.mentions if m.start < position) <= 40:
                return entity.name, country or entity.country
        lowered = " ".join(words)
        if lowered in self.lex.head_of_state or (len(words) == 2 and words[-1] in self.lex.head_of_state_words
                                                  and words[0] not in self.lex.head_of_state_not_after):
            return None, country
        for seq, domain, default_country in self.lex.implied:
            if _contains(words, seq):
                chosen = country or default_country or fallback_country
                body = self.lex.body(domain, chosen)
                if body:
                    return body, chosen
                break
        spec = self.lex.heads.get(parsed.head, {})
        country = country or (fallback_country if spec.get("government") else None)
        if spec.get("government") and country:
            head_at = max(n for n, w in enumerate(words) if w == parsed.head) if parsed.head in words else None
            for n, w in enumerate(words):
                domain = self.lex.domain_words.get(w)
                if domain and head_at is not None and any(
                        x not in self.lex.domain_words and x not in self.lex.modifiers and x not in CONNECTORS
                        for x in words[min(n, head_at) + 1:max(n, head_at)]):
                    continue  # "economic revitalization minister": the post is not the economy ministry's
                if domain:
                    body = self.lex.body(domain, country)
                    if body:
                        return body, country
        if parsed.org_hint and parsed.org_hint in self.lex.context_nouns:
            wanted = self.lex.context_nouns[parsed.org_hint]
            entity = orgs.nearest_before(position, lambda e: parsed.org_hint in fold(e.name).split()
                                         or e.kind == wanted)
            if entity is not None:
                return entity.name, country or entity.country
        context = spec.get("context")
        if context:
            entity = orgs.nearest_before(position, lambda e: _fits(e, context))
            if entity is not None and position - entity.mentions[-1].start < 150:
                return entity.name, country or entity.country
        return None, country

    # ---- main ----------------------------------------------------------------
    def find(self, doc: Doc, persons: PersonIndex, orgs: OrgIndex, fallback_country: str | None = None) -> list[RoleFact]:
        found: list[tuple[PersonCluster, ParsedTitle, int, int]] = []  # (person, title, position, mention end)
        for cluster in persons.clusters:
            for start, end in cluster.spans:
                before = self.phrase_before(doc, start, persons, orgs)
                parsed = self.parse(doc, before, orgs) if before else None
                if parsed is not None:
                    found.append((cluster, parsed, start, end))
                for phrase in self.phrase_after(doc, end, persons, orgs):
                    parsed_after = self.parse(doc, phrase, orgs)
                    if parsed_after is not None:
                        found.append((cluster, parsed_after, phrase[0][0], -1))
                for parsed_verb in self.verb_roles(doc, end, persons, orgs):
                    found.append((cluster, parsed_verb, end + 1, -1))
        # a title without a country takes the one the article gives the same
        # person elsewhere ("a vice minister of commerce and China's ...")
        countries: dict[int, str] = {}
        for cluster, parsed, _, _ in found:
            if parsed.country:
                countries.setdefault(id(cluster), parsed.country)
        facts: list[RoleFact] = []
        plural_titles: dict[int, RoleFact] = {}  # mention end token -> fact with a plural title
        for cluster, parsed, position, end in found:
            if parsed.country is None:
                parsed.country = countries.get(id(cluster)) or cluster.country
            fact = self._fact(cluster, parsed, orgs, position, fallback_country)
            facts.append(fact)
            if parsed.plural and end >= 0:
                plural_titles[end] = fact
        # "Senators A and B": B inherits A's plural title
        for cluster in persons.clusters:
            for start, end in cluster.spans:
                j = start - 1
                if j >= 1 and doc[j].lower_ in ("and", ","):
                    for prev_end, fact in list(plural_titles.items()):
                        if prev_end == j and fact.person is not cluster:
                            facts.append(RoleFact(cluster, fact.title, fact.organization, fact.current, fact.country,
                                                  start, True))
                            plural_titles[end] = fact
        return _dedupe(facts)

    def _fact(self, cluster: PersonCluster, parsed: ParsedTitle, orgs: OrgIndex, position: int,
              fallback_country: str | None = None) -> RoleFact:
        organization, country = self.organization_for(parsed, orgs, position, fallback_country)
        return RoleFact(cluster, parsed.title, organization, parsed.current, country or cluster.country, position,
                        parsed.plural)

    def title_of_subject(self, doc: Doc, subject, persons: PersonIndex, orgs: OrgIndex) -> tuple[ParsedTitle | None, list[int]]:
        """Parse a definite title used as a subject ("the German Chancellor")."""
        tokens = [t.i for t in subject.subtree]
        phrase = []
        for i in tokens:
            kind = self._kind(doc, i, persons, orgs)
            if kind in ("", PERSON) and doc[i].lower_ not in ("the",):
                if phrase:
                    break
                continue
            if doc[i].lower_ == "the" and not phrase:
                continue
            phrase.append((i, kind or CONN))
        return (self.parse(doc, phrase, orgs) if phrase else None), tokens


def _contains(words: list[str], seq: tuple[str, ...]) -> bool:
    n = len(seq)
    return any(tuple(words[i:i + n]) == seq for i in range(len(words) - n + 1))


def _fits(entity: OrgEntity, context: str) -> bool:
    name = fold(entity.name)
    if context == "company":
        return entity.kind == "company" or (entity.kind is None and not entity.known and "committee" not in name)
    if context == "committee":
        return entity.kind == "committee" or "committee" in name.split()
    if context == "central_bank":
        return entity.kind == "central_bank"
    if context == "think_tank":
        return entity.kind in ("think_tank", None) and not entity.known or entity.kind == "think_tank"
    if context == "international":
        return entity.kind == "international"
    return False


def _dedupe(facts: list[RoleFact]) -> list[RoleFact]:
    out: dict[tuple[int, str], RoleFact] = {}
    for fact in facts:
        key = (id(fact.person), fold(fact.title))
        kept = out.get(key)
        if kept is None:
            out[key] = fact
        elif kept.organization is None and fact.organization is not None:
            kept.organization = fact.organization
            kept.country = kept.country or fact.country
    return list(out.values())
