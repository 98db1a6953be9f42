"""Making one organization mention canonical.

A span the model (or the lexicon's entity ruler) labelled an organization,
or a generic phrase such as "China's commerce ministry", is resolved to the
name the graph uses:

* a name or alias from the organization lexicon ("Commerce Department" ->
  U.S. Department of Commerce);
* a generic body with a country marker, through the lexicon's
  ``government_bodies`` ("Canada's Department of Finance");
* otherwise the cleaned surface form, when it looks like an organization.

Countries, titles and issue terms the model mislabels are refused (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.org_cues import officer_post_then_holder
from loaders.extraction.portfolios import area_at
from loaders.extraction.sentences import doc_text
from loaders.extraction.text import fold

POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")


@dataclass(frozen=True)
class Resolved:
    """What a mention names: the canonical name, its country and kind when
    known, and whether the name is the lexicon's (``known``) rather than the
    text's own spelling."""

    name: str
    country: str | None
    kind: str | None
    known: bool


def countries_named(lexicon: Lexicon, doc: Doc) -> dict[str, int]:
    """How many times an article names each country ("U.S.", "Indian", "India")."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            code = lexicon.country_of(ent.text)
            if code:
                counts[code] = counts.get(code, 0) + 1
    return counts


def story_country(lexicon: Lexicon, doc: Doc, named: dict[str, int] | None = None) -> str | None:
    """The country a story without a dateline is about, if one stands out: named in its first two sentences,
    three times or more in all, and at least half as often again as any other ("Kenyan pharmaceutical manufacturers are
    lobbying the Treasury ..."). A bare post there with no body of its own is that country's ("Principal Secretary
    for Trade X"); the posts a title implies by habit elsewhere ("Commerce Secretary") are left to the title."""
    named = named if named is not None else countries_named(lexicon, doc)
    # (a bloc is no country's government: "the EU" neither is the story's country nor competes with it)
    ranked = sorted(((code, n) for code, n in named.items()
                     if lexicon.countries.get(code) is not None and not lexicon.countries[code].organization),
                    key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and 2 * ranked[0][1] < 3 * ranked[1][1]:
        return None
    code = ranked[0][0]
    sentences = list(doc.sents)[:2]
    lead_end = sentences[-1].end if sentences else 0
    lead = any(ent.start < lead_end and lexicon.country_of(ent.text) == code
               for ent in doc.ents if ent.label_ in ("GPE", "NORP"))
    return code if lead else None


class OrgResolver:
    """Resolves organization mentions against the lexicon."""

    def __init__(self, lexicon: Lexicon, issue_terms: set[str] | None = None):
        self.lex = lexicon
        self.issue_terms = issue_terms or set()
        self._named_for: Doc | None = None
        self._named: dict[str, int] = {}

    def country_before(self, doc: Doc, i: int) -> tuple[str | None, int]:
        """Country named just before token ``i`` ("China's", "Chinese",
        "U.S."), and the token where that marker starts."""
        j = i - 1
        while j >= 0 and doc[j].lower_ in ("the",):
            j -= 1
        if j >= 0 and doc[j].text in POSSESSIVES:
            j -= 1
        if j < 0 or doc[j].is_punct:
            return None, i  # (no country marks a name across a dateline's dash: "WELLINGTON - Labour ...")
        ent_start = j
        if doc[j].ent_iob_ == "I" or doc[j].ent_iob_ == "B":
            while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            code = self.lex.country_of(doc[ent_start:j + 1].text)
            if code:
                return code, ent_start
        code = self.lex.country_of(doc[j].text)
        return (code, j) if code else (None, i)

    def resolve(self, doc: Doc, start: int, end: int, fallback_country: str | None = None) -> Resolved | None:
        """What tokens ``start:end`` name, or None when they name no organization.

        ``fallback_country`` (the dateline's) places a generic body that no
        country marker places: "the commerce ministry" in a story filed
        from Beijing is China's."""
        while start < end - 1 and doc[start].lower_ == "the":
            start += 1  # ("the Management Board of" + "the Port of Gdańsk Authority": a part the model chained)
        span = doc[start:end]
        text = span.text
        key = fold(text)
        if not key or len(key) < 2:
            return None
        if len(span) == 3 and span[1].lower_ == "and" and span[0].is_title and span[2].is_title and start >= 1 \
                and doc[start - 1].lower_ == "between":
            return None  # "container services between Busan and Gdańsk": two places, not a firm's name
        area = area_at(self.lex, doc, start)
        if area and area[0] <= start and end <= area[1] and not (
                len(span) >= 2 and (known := self.lex.org_named(text)) is not None and known.kind == "government"
                and fold(known.name) == key):
            return None  # "Director-General for FTA Policy", "for APEC Affairs": the area a post covers, not a body
            # (not a government department by its full name: "a former negotiator for Global Affairs Canada")
        info = self.lex.org_named(text)
        if info is None and len(span) >= 3 and span[-1].is_title and self.lex.place_country(span[-1].text) \
                and start >= 1 and doc[start - 1].text == "," \
                and (end == len(doc) or doc[end].text in (";", "|") or "\n" in doc[end].text) \
                and fold(span[-1].text) not in self.lex.country_forms \
                and (firm := self.lex.org_named(span[:-1].text)) is not None and firm.kind == "company":
            info = firm  # "..., Partner, Clifford Chance Paris;": an author line's firm and the city of its office (not
            # "the managing director of DP World Dakar", a terminal's operator of its own)
        if info is None and end + 1 < len(doc) and (doc[end].text == "Building"
                                                    or doc[end].text == "Office" and doc[end + 1].text == "Building"):
            return None  # ("the Dirksen Senate Office Building": a building's name, the model's cut of it no body)
        if info is None and (key in self.lex.not_organizations
                             or any(key == t or key.endswith(" " + t) for t in self.lex.not_organization_tails)):
            return None  # ("the Nogales Port of Entry": a crossing, no body)
        if re.fullmatch(r"(?:WT/)?DS\d+", text):
            return None  # "the arbitrator in DS267": a WTO dispute's number, no body
        if info is None and span[0].ent_id_ in self.lex.organizations and all(t.ent_id_ == span[0].ent_id_ for t in span):
            info = self.lex.organizations[span[0].ent_id_]
        country, _ = self.country_before(doc, start)
        marker = country  # (the country the text writes before the name, before any guess)
        domain = self._domain_of(span)
        if info is not None:
            generic = domain is not None and any(t.lower_ in self.lex.body_words for t in span)
            if generic and country and country != info.country:
                body = self.lex.body(domain, country)
                said = {t.lower_ for t in span if t.lower_ in self.lex.body_words}
                if body and not said & set(fold(body).split()) and span[0].lower_ in self.lex.body_words:
                    # "India's Department of Commerce": a department of the country's listed ministry, no ministry
                    return Resolved(f"{text} of {self.lex.countries[country].in_body_name}", country, "government", False)
                if body:
                    binfo = self.lex.organizations.get(body)
                    return Resolved(body, country, binfo.kind if binfo else "government", True)
            owner = self._owner_after(doc, end, start)
            if owner and info.country and owner != info.country and self._generic_words(span):
                # "the Department of Commerce of India's Ministry of Commerce and Industry": that country's
                # department of the name, part of its ministry (not the listed U.S. one)
                return Resolved(text, owner, info.kind, False)
            if country and info.country and country != info.country and self._generic_words(span):
                # "the Canadian Chamber of Commerce": a generic alias of another
                # country's body ("Chamber of Commerce") names this country's own
                return Resolved(self._with_country_marker(doc, start, end), country, info.kind, False)
            if country is None and info.country and fallback_country and fallback_country != info.country \
                    and fold(text) != fold(info.name) and self._generic_words(span, titles=True) \
                    and self._countries_named(doc).get(info.country, 0) <= 1 \
                    and not self.lex.countries[info.country].organization and info.name not in doc_text(doc):
                # "Congress MP" in a story filed from New Delhi, "the House of Representatives" from Abuja:
                # a generic alias of a body of a country the story names once at most (and never the body by its
                # full name) is the story's own country's; never for a union's bodies ("Commission": the EU's)
                return Resolved(text, fallback_country, info.kind, False)
            return Resolved(info.name, info.country, info.kind, True)
        if domain is not None and any(t.lower_ in self.lex.body_words for t in span) and len(
                {self.lex.domain_words[t.lower_] for t in span if t.lower_ in self.lex.domain_words}) <= 1 \
                and not self._own_words(span):
            # (not "the Ministry of Mines and Fisheries": a body of two portfolios is none of the one-portfolio ones;
            # nor "the Trade Control Department", a unit's own name with a word of its own)
            guessed = country is None and self._country_inside(span) is None
            if country is None:
                country = self._country_inside(span) or fallback_country
            body = self.lex.body(domain, country)
            words = {t.lower_ for t in span if t.lower_ in self.lex.body_words}
            if body and not (guessed and self.lex.countries.get(country) is not None
                             and self.lex.countries[country].organization and not words & set(fold(body).split())):
                # (a "Ministry of Trade" in a story from Brussels is no ministry of the EU's, whose body is a
                # Commission: a member's or a partner's, which the story says elsewhere)
                binfo = self.lex.organizations.get(body)
                return Resolved(body, country, binfo.kind if binfo else "government", True)
            named = [t.text for t in span if t.is_alpha and t.lower_ != "the"]
            portfolio = None
            if len(named) == 2 and named[1].lower() == "ministry":
                portfolio = named[0]  # "finance ministry"
            elif len(named) == 3 and named[0].lower() == "ministry" and named[1].lower() == "of":
                portfolio = named[2]  # "Ministry of Finance"
            if not guessed and portfolio:
                # "Latvia's finance ministry": a country's ministry of one portfolio the lexicon does not list
                built = self.lex.unlisted_ministry(portfolio, country)
                if built:
                    return Resolved(built, country, "government", True)
        if (span[0].lower_ in self.lex.body_words or self.lex.kind_of(span[0].text) == "government") \
                and sum(t.is_alpha for t in span) >= 3 and marker is None:
            # "Ministry of Industry and Trade (MOIT)" in a story about Viet Nam: a name many countries' bodies
            # share is the listed one of the one country the story names that has a body so called (not
            # "Uruguay's Ministry of Foreign Affairs" in a story that names Brazil's: the country the text gives)
            listed = set(self.lex.named_with_country(text, self._countries_named(doc)).values())
            if len(listed) == 1:
                found = listed.pop()
                return Resolved(found.name, found.country, found.kind, True)
        if self.lex.country_of(text) or key in self.issue_terms or self._country_pair(text):
            return None
        if self.lex.place_country(text) and not self.lex.country_of(text) and span[-1].ent_type_ == "ORG" \
                and end < len(doc) and (doc[end].text in (".", ";") or "\n" in doc[end].text or doc[end].is_space):
            return None  # "By Madina Ospanova-Reid, Partner, Almaty": a city closing a line or a list entry, no body
        if self.lex.place_country(text) and start > 0 and (
                doc[start - 1].lower_ in ("in", "from", "near", "across")
                or doc[start - 1].lower_ == "and" and any(t.lower_ in ("in", "from") for t in doc[max(0, start - 6):start])):
            return None  # "mills in Minas Gerais and Espírito Santo": places where something is (not "Paraná's
            # agriculture secretary")
        words = [t for t in span if not t.is_punct]
        if words and words[0].is_lower and words[0].is_alpha:
            return None  # "trans-Pacific", "pan-European": an adjective, not a name
        if len(words) == 2 and words[-1].lower_ in self.lex.domain_words and words[0].lower_ not in self.lex.body_words \
                and not (start > 0 and doc[start - 1].lower_ == "at"
                         and not (end < len(doc) and doc[end].lower_ in self.lex.heads)) \
                and not officer_post_then_holder(self.lex, doc, end, officers_only=True):
            return None  # "Shipping Commerce": a word glued to a policy domain ("Commerce Secretary"); not the
            # workplace after "at" ("an analyst at Halyk Finance"), nor a firm's before its officer in lower case
            # ("Pavilion Energy chief executive X")
        if not words or all(t.is_lower for t in words):
            return None
        if len(words) > 1 and self.lex.country_of(words[0].text) and all(t.is_lower for t in words[1:]):
            return None  # "Brazilian steel": a country and common nouns, no name
        if len(words) >= 3 and words[0].lower_ in self.lex.heads and words[1].lower_ == "of" \
                and (not any(self.lex.is_org_head(t.lower_) for t in words[2:])
                     or end + 2 < len(doc) and doc[end].lower_ == "at" and not self.lex.is_org_head(words[0].lower_)
                     and (doc[end + 1].lower_ == "the" or doc[end + 1].is_title)):
            return None  # "Head of Unit", "Chief of Staff": a title the model read as a body (so is one before "at
            # the ...": "Superintendent of Financial Services at the Central Bank of Uruguay")
        if all(self._title_word(t.lower_) for t in words) and not (
                self.lex.is_org_head(words[-1].lower_) and not any(t.lower_ in self.lex.heads for t in words)):
            return None  # "Deputy Trade Representative", not "Union Cabinet"
        countries = {t.i for ent in span.doc.ents if ent.label_ == "GPE" and ent.start < end and ent.end > start
                     and self.lex.country_of(ent.text) for t in ent}  # "South Korea": a country of two words
        unplaced = [t for t in words if not self.lex.country_of(t.text) and t.i not in countries]
        if len(unplaced) < len(words) and unplaced and all(
                self._title_word(t.lower_) or t.lower_ in ("and", "of", "for") for t in unplaced):
            return None  # "British Business and Trade" (Secretary): a country and a title's words
        if len(words) == 1 and words[0].is_title and not words[0].is_sent_start and fallback_country is not None \
                and self.lex.kind_of(words[0].text) == "legislature" and start > 0 \
                and doc[start - 1].lower_ not in ("the", "this", "that", "our", "your"):
            return Resolved(text, fallback_country, "legislature", False)  # "laid before Parliament" in a story from
            # London: the chamber of the story's country, by its bare name
        if len(words) == 1 and (len(words[0].text) <= 2 or words[0].lower_ in self.lex.org_heads):
            return None  # "Group", "Administration": a generic word, not a name
        if country and span[0].lower_ in self.lex.body_words and len(words) >= 3 and words[1].lower_ == "of" \
                and not self.lex.countries[country].organization and self._country_inside(span) is None:
            # "China's Ministry of Transport": an unlisted body named the lexicon's way
            return Resolved(f"{text} of {self.lex.countries[country].in_body_name}", country, "government", False)
        return Resolved(text, country if any(t.lower_ in self.lex.org_heads for t in span) else None, None, False)

    def _owner_after(self, doc: Doc, end: int, start: int | None = None) -> str | None:
        """The country of "of India's ..." right after a name, or of the listed government body after its comma
        ("Secretary, Department of Commerce, Ministry of Commerce and Industry, Government of India"): whose body
        the name is a part of."""
        if end + 2 < len(doc) and doc[end].text == ",":
            # (the list entry's further bodies, up to its end: "..., Ministry of Commerce and Industry, Government
            # of India.")
            for k in range(end + 1, min(len(doc) - 2, end + 16)):
                if doc[k].text in (";", ".") or "\n" in doc[k].text or "\n" in doc[k - 1].whitespace_:
                    break
                info = self.lex.organizations.get(doc[k].ent_id_)
                if doc[k - 1].text == "," and info is not None and info.kind == "government" and info.country:
                    return info.country
                if doc[k - 1].text == "," and doc[k].lower_ == "government" and doc[k + 1].lower_ == "of":
                    return self.lex.country_of(doc[k + 2:k + 4].text) or self.lex.country_of(doc[k + 2].text)
            return None
        text = doc_text(doc)
        after = doc[end - 1].idx + len(doc[end - 1].text)
        if start is not None and text[after:after + 2].lstrip(" \t")[:1] == "\n" \
                and not text[text.rfind("\n", 0, doc[start].idx) + 1:doc[start].idx].strip(" \t-*#"):
            # "Department of Agriculture" alone on its line over "Republic of the Philippines": a release's
            # heading, the body then its country
            line = text[after:].lstrip(" \t\n").split("\n", 1)[0].strip()
            return self.lex.country_of(line) if len(line) < 40 else None
        if end + 2 >= len(doc) or doc[end].lower_ != "of":
            return None
        for width in (3, 2, 1):
            k = end + 1 + width
            if k < len(doc) and doc[k].text in POSSESSIVES:
                code = self.lex.country_of(doc[end + 1:k].text)
                if code:
                    return code
        return None

    def _country_pair(self, text: str) -> bool:
        """"U.S.-Japan", "EU-China": countries joined by a dash are a relation, not a body."""
        parts = [p.strip() for p in re.split(r"[-\u2013\u2014/]", text.replace("U.S.", "US")) if p.strip()]
        return len(parts) >= 2 and all(self.lex.country_of(p) for p in parts)

    def _generic_words(self, span, titles: bool = False) -> bool:
        """A name made only of generic words ("Chamber of Commerce", "Finance
        Ministry"; with ``titles`` also "House of Representatives"), which many
        countries' bodies share."""
        words = [t.lower_ for t in span if t.is_alpha]
        return bool(words) and all(
            w in self.lex.org_heads or w in self.lex.domain_words or w in ("of", "the", "and", "for")
            or (titles and w in self.lex.heads) for w in words)

    def _own_words(self, span) -> bool:
        """Does a body's name hold a capitalized word of its own, beside its portfolio, body and country words
        ("Trade Control Department", not "Ministry of Trade of the Republic of Indonesia" nor the description
        "development and trade ministry")? Such a name is a unit's own, not the portfolio's ministry."""
        words = [t for t in span if t.is_alpha and not (t.ent_type_ in ("GPE", "NORP") or self.lex.country_of(t.text))]
        return any(t.is_title and t.lower_ not in self.lex.org_heads and t.lower_ not in self.lex.domain_words
                   and t.lower_ not in ("of", "the", "and", "for", "republic", "people", "people's", "federal", "state")
                   for t in words)

    def _countries_named(self, doc: Doc) -> dict[str, int]:
        """How often an article names each country (kept for the last article read)."""
        if self._named_for is not doc:
            self._named_for = doc
            self._named = countries_named(self.lex, doc)
        return self._named

    def _with_country_marker(self, doc: Doc, start: int, end: int) -> str:
        """The name with the country word before it ("Canadian Chamber of
        Commerce"; "Canada's Chamber of Commerce" -> "Canada Chamber of Commerce")."""
        _, marker = self.country_before(doc, start)
        words = [t.text for t in doc[marker:start] if t.text not in POSSESSIVES and t.lower_ != "the"]
        return " ".join([*words, doc[start:end].text])

    def _title_word(self, word: str) -> bool:
        return word in self.lex.heads or word in self.lex.modifiers or word in self.lex.domain_words

    def _domain_of(self, span) -> str | None:
        words = [t.lower_ for t in span]
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i:i + n])
                if phrase in self.lex.domain_words:
                    return self.lex.domain_words[phrase]
        return None

    def country_in_name(self, name: str) -> str | None:
        """Country named inside an unknown organization's name ("Canadian
        Exporters Alliance"); not for jurisdictions that are organizations."""
        words = name.split()
        for i in range(len(words)):  # the first country named ("Embassy of Germany in Mexico City": Germany's)
            for n in (2, 1):
                if i + n > len(words):
                    continue
                code = self.lex.country_of(" ".join(words[i:i + n]))
                if code and not self.lex.countries[code].organization:
                    return code
        return None

    def _country_inside(self, span) -> str | None:
        for tok in span:
            code = self.lex.country_of(tok.text)
            if code:
                return code
        return None
