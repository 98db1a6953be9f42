"""Which side each person acts for: a country code, "EU", or an international body.

Read from the story's evidence, most explicit first: a country word in the
words right before a mention of their name ("Chinese negotiator Li",
"China's Vice Minister of Agriculture Zhou", "The Indian side was led by
Commerce Secretary Iyer"), the country of a role the story gives them
("U.S. Treasury Secretary" -> US), the country of the organization of that
role ("at the European Commission" -> EU), the people lexicon's country, and
last the dateline's country for an official with no other cue.
"""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.persons import PersonIndex
from loaders.extraction.sentences import sentence_start

# how many tokens before a name a country word may stand ("Chinese Vice Premier Liang")
REACH = 16


def person_sides(lexicon: Lexicon, doc: Doc, persons: PersonIndex, role_facts,
                 home: str | None = None) -> dict[str, str]:
    """Person name -> side, for the people the story gives one. ``home`` (the
    dateline's country) is the side of an official the story gives a post
    but no country ("Minister of Industry Sadiq" in a story from ABUJA)."""
    sides: dict[str, str] = {}
    for cluster in persons.clusters:  # an explicit country word before the name says most
        for start, _ in sorted(cluster.spans):
            code = country_before(lexicon, doc, start, persons)
            if code:
                sides[cluster.name] = code
                break
    for fact in role_facts:
        if fact.country and fact.current and fact.person.name not in sides:
            sides[fact.person.name] = fact.country
    for fact in role_facts:
        if fact.country and fact.person.name not in sides:
            sides[fact.person.name] = fact.country
    for fact in role_facts:  # "a deputy director-general at the European Commission"
        if not fact.organization or fact.person.name in sides:
            continue
        code = lexicon.body_country(fact.organization)
        if code:
            sides[fact.person.name] = code
    for cluster in persons.clusters:  # "Katarzyna Nowak (S&D, Poland)": an MEP acts for the Parliament
        if cluster.name in sides:
            continue
        for _, end in sorted(cluster.spans):
            code = _group_in_brackets(lexicon, doc, end)
            if code:
                sides[cluster.name] = code
                break
    for cluster in persons.clusters:
        if cluster.name in sides:
            continue
        if cluster.country:
            sides[cluster.name] = cluster.country
            continue
        for start, _ in sorted(cluster.spans):
            code = country_before(lexicon, doc, start, persons)
            if code:
                sides[cluster.name] = code
                break
    if home:
        for fact in role_facts:
            if not lexicon.post_abroad(fact.title.lower().split()):
                sides.setdefault(fact.person.name, home)
    return sides


def _group_in_brackets(lexicon: Lexicon, doc: Doc, end: int) -> str | None:
    """The side a political group in brackets right after a name gives: "(S&D, Poland)", "(Renew Europe, BE)"
    name a member of a union's parliament, who acts for the union, not the member state."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    close = next((k for k in range(end + 1, min(len(doc), end + 10)) if doc[k].text == ")"), None)
    if close is None:
        return None
    first = ",".join(doc[end + 1:close].text.split(",")[:1]).strip()
    info = lexicon.org_named(first)
    return info.country if info is not None and info.kind == "party" and info.country \
        and lexicon.is_bloc(info.country) else None


def _portfolio_start(lexicon: Lexicon, doc: Doc, k: int, first: int) -> int | None:
    """When token ``k`` ends a title's portfolio of places ("for Japan, Korea and APEC Affairs"): the index of
    its "for"; else None."""
    if not doc[k].text[:1].isupper():
        return None  # (the comma after "chief negotiator for India, and Jane Doe" ends the portfolio, and the title)
    j = k
    while j > first and (doc[j].text[:1].isupper() or doc[j].text == "," or doc[j].lower_ == "and"):
        j -= 1
    if j < k and doc[j].lower_ == "for" and any(lexicon.country_of(doc[i].text) for i in range(j + 1, k + 1)):
        return j
    return None


def country_before(lexicon: Lexicon, doc: Doc, start: int, persons: PersonIndex) -> str | None:
    """A country word in the title before the name, within its sentence and
    paragraph ("China's Vice Minister of Agriculture Zhou", "his Singaporean
    counterpart, Trade Minister Lim"), not across a verb, another person or
    a comma after a name ("talks with China, Zhou said")."""
    first = sentence_start(doc, start)
    k = start
    while k - 1 > max(first - 1, start - 1 - REACH):
        k -= 1
        tok = doc[k]
        portfolio = _portfolio_start(lexicon, doc, k, first)
        if portfolio is not None:
            k = portfolio  # "Assistant U.S. Trade Representative for Japan, Korea and APEC Affairs": the countries
            continue       # a post covers are not its holder's
        if tok.is_space:
            return None
        if tok.text == "," and k > 0 and doc[k - 1].pos_ == "NOUN":
            continue  # "his Singaporean counterpart, Trade Minister Lim": an apposition
        if tok.lower_ == "by" and k >= 2 and doc[k - 1].lower_ in lexicon.lead_verbs:
            # "an Indian delegation led by Commerce Secretary X", "China's delegation was led by Vice Commerce
            # Minister X": the delegation's country is his
            j = k - 3 if k >= 3 and doc[k - 2].lower_ in ("was", "is", "were", "will", "be") else k - 2
            if doc[j].lower_ in lexicon.delegation_words:
                k = j + 1
                continue
        if tok.is_punct and tok.text not in (".", "-", "'s", "’s") or tok.pos_ in ("VERB", "AUX") \
                or persons.at(k) or tok.lower_ in ("with", "between") or tok.lower_ == "and" and doc[k + 1].pos_ != "PROPN":
            return None  # "talks in New Delhi with Kenji Tamura": a place before "with" is no side of his
        for width in (3, 2, 1):  # "Republic of Korea", "South Korea", "Chinese"
            if k - width + 1 >= 0:
                code = lexicon.country_of(doc[k - width + 1:k + 1].text)
                if code:
                    return code
    return None
