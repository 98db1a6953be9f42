"""Organizations: found, cleaned and made canonical.

Mentions come from ``ORG`` entities (the lexicon's and the model's) and from
generic government phrases the model does not label ("China's commerce
ministry"). Each mention is resolved to a canonical name:

* a name or alias from the organization lexicon ("Commerce Department" ->
  U.S. Department of Commerce, "Xinhua" -> Xinhua News Agency);
* a generic body with a country marker, through the lexicon's
  ``government_bodies`` ("Canada's Department of Finance",
  "the Chinese commerce ministry");
* otherwise the cleaned surface form, when it looks like an organization.

Countries, cities, people, titles and issue terms the model mislabels as
organizations are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.org_cues import (NAME_SMALL_WORDS, CueFinder, _contracts, _in_title_portfolio, _is_short_form,
                                        after_body_post, after_lower_body_post, after_name_cue, appositive_body_after,
                                        lower_post_end, post_head_before,
                                        officer_post_then_holder, one_word_bodies_before_holders, one_word_firms,
                                        country_inside_name, body_word_of_its_own,
                                        bodies_before_clause, bracketed_short_forms, cue_after, cue_length, head_first_names,
                                        link_short_forms, medium_after, name_initials, named_examples, body_after_post_end,
                                        INNER_SMALL_WORDS, capitals_after_post_of, name_before_short_form, sentence_case_bodies, sentence_case_names,
                                        spelled_back_to_short_form, spelled_on_to_short_form, told_before)
from loaders.extraction.org_resolution import POSSESSIVES, OrgResolver, countries_named, story_country
from loaders.extraction.portfolios import area_at, capitals_word, serial_list
from loaders.extraction.datelines import agencies, places
from loaders.extraction.name_candidates import (PARTICIPANT_DASH, _joins_hyphenated, askers, author_area_posts,
                                               body_number, byline_lines, caps_turns, header_lists,
                                               headline_lines, honorifics_written, list_entry_at, source_lines,
                                               translating_brackets)
from loaders.extraction.sentences import doc_text
from loaders.extraction.persons import PersonIndex, kind_noun_closes, owned_by_person
from loaders.extraction.text import camel_case_name, digit_led_name, fold, holds_run, lines_at



# "ExportNZ", "BusinessNZ", "MakeUK": a word, then a country's letters (not a product's: "LiDAR")
_COUNTRY_CAPPED = re.compile(r"[A-Z][a-z]{3,}[A-Z]{2,3}")
_AMPERSAND_WORD = re.compile(r"^[A-Z]{1,3}&[A-Z]{1,3}$")  # "S&P", "AT&T", "P&O", "H&M"
# the small words between a body's capitalized words on a list's line ("Trade and Investment", "Loom & Co")
_NAME_JOINERS = frozenset({"and", "of", "for", "&", "the"})


def _brand_word(word: str) -> bool:
    """"IndustriAll", "ExportNZ": a word whose inside capitals make it a brand's or a body's, never a person's."""
    return camel_case_name(word) or bool(_COUNTRY_CAPPED.fullmatch(word))


@dataclass
class OrgMention:
    """One mention of an organization: token span, canonical name, surface text."""

    start: int  # token offsets
    end: int
    name: str  # canonical
    surface: str
    # found where only an organization fits ("an analyst at Bruegel"): kept
    # even when named once
    confirmed: bool = False


@dataclass
class OrgEntity:
    """All mentions of one organization in one article."""

    name: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    kind: str | None = None
    known: bool = False
    mentions: list[OrgMention] = field(default_factory=list)
    # An unknown name seen once, without a word like "Institute" in it, is
    # more often a place or product the model mislabelled than an
    # organization; it is kept only if a role confirms it ("chief executive
    # of Halcyon Semiconductor").
    confirmed: bool = True
    dateline_country: bool = False  # placed only by the dateline ("the Federal Ministry of Industry" from ABUJA)


@dataclass
class OrgIndex:
    """An article's organizations, by folded name and by token, so role and
    quote steps can ask which organization a token belongs to."""

    entities: dict[str, OrgEntity] = field(default_factory=dict)  # folded canonical -> entity
    by_token: dict[int, OrgEntity] = field(default_factory=dict)

    def at(self, i: int) -> OrgEntity | None:
        """The organization token ``i`` is part of, if any."""
        return self.by_token.get(i)

    def reindex(self) -> None:
        """Rebuild the token index after entities were added or dropped."""
        self.by_token = {}
        for entity in self.entities.values():
            for mention in entity.mentions:
                for i in range(mention.start, mention.end):
                    self.by_token[i] = entity

    def prune(self, used: set[str]) -> None:
        """Drop unconfirmed organizations that no role refers to."""
        for key, entity in list(self.entities.items()):
            if not entity.confirmed and entity.name not in used:
                del self.entities[key]
        self.reindex()

    def drop(self, names: set[str]) -> None:
        """Drop the organizations of these canonical names."""
        for key, entity in list(self.entities.items()):
            if entity.name in names:
                del self.entities[key]
        self.reindex()

    def ordered(self) -> list[OrgEntity]:
        """Organizations in order of first mention, so output is stable."""
        return sorted(self.entities.values(), key=lambda e: e.mentions[0].start)

    def nearest_before(self, i: int, accept) -> OrgEntity | None:
        """The organization mentioned last before token ``i`` that ``accept``s."""
        best, best_pos = None, -1
        for entity in self.entities.values():
            if not accept(entity):
                continue
            for m in entity.mentions:
                if best_pos < m.start < i:
                    best, best_pos = entity, m.start
        return best


class OrganizationFinder:
    """Finds the organizations an article names and groups their mentions,
    each made canonical by ``OrgResolver``."""

    def __init__(self, lexicon: Lexicon, issue_terms: set[str] | None = None):
        self.lex = lexicon
        self.resolver = OrgResolver(lexicon, issue_terms)
        self.cues = CueFinder(lexicon, self.resolver)
        # the words of a body a country posts abroad ("embassy", "mission", "representation", "office")
        self._mission_words = frozenset(w for m in lexicon.missions for w in m) | {"representation", "office"}

    def _through_longer_name(self, doc: Doc, start: int, end: int) -> int:
        """A known name that begins a longer one is the longer one:
        "Hyundai" (Hyundai Motor) in "Hyundai Heavy Industries". The words
        after it must end in an organization word and include one that is
        not ("Heavy"), so "Huawei Technologies" stays Huawei."""
        company = self.lex.organizations.get(doc[end - 1].ent_id_)
        if end + 1 < len(doc) and company is not None and company.kind == "company" and doc[end - 1].whitespace_ == " " \
                and doc[end].text in self.lex.compass_names and doc[end + 1].text in self.lex.subsidiary_words \
                | self.lex.region_names | {"America"} \
                and not (end + 2 < len(doc) and doc[end + 2].is_lower and doc[end + 2].pos_ == "NOUN"):
            return end + 2  # "Hyundai Motor North America", "Nestlé South Africa": its arm in a region of two words
        if end < len(doc) and doc[end].whitespace_ is not None and doc[end - 1].whitespace_ == " " \
                and company is not None \
                and (company.kind == "company"
                     or company.kind == "media"
                     and doc[end].text in self.lex.subsidiary_words and doc[end].lower_ not in self.lex.domain_words) \
                and (doc[end].text in self.lex.subsidiary_words or self.lex.country_of(doc[end].text)) \
                and (doc[end].is_title or doc[end].is_upper and len(doc[end].text) >= 2 and self.lex.country_of(doc[end].text)) \
                and not (end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"):
            if end + 1 < len(doc) and doc[end + 1].is_title and self.lex.is_org_head(doc[end + 1].lower_) \
                    and doc[end].whitespace_ == " ":
                return end + 2  # "the POSCO Research Institute": the arm's own body word closes its name
            return end + 1  # "ArcelorMittal Europe", "Nissan Mexicana", "Tata Steel UK": the company's regional arm, not
            # "a Toyota Mexico plant"
            # (an outlet's research arm too: "Bloomberg Intelligence")
        if end < len(doc) and company is not None and company.kind == "company" and doc[end].tag_ == "NNPS" \
                and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ and doc[end - 1].whitespace_ == " " \
                and not self.lex.country_of(doc[end].text) and doc[end].lower_ not in self.lex.heads \
                and not (end + 1 < len(doc) and doc[end + 1].is_title):
            return end + 1  # "Maersk Tankers": a known firm's name, then a plural of what a sister firm runs
        if end < len(doc) and company is not None and company.kind in ("company", "media") and _short_caps(doc[end]) \
                and not doc[end].ent_id_ and doc[end - 1].whitespace_ == " " \
                and not self.lex.country_of(doc[end].text) and doc[end].lower_ not in self.lex.heads \
                and fold(doc[end].text) not in self.resolver.issue_terms:
            return end + 1  # "Samsung SDI", "Bloomberg HT": a known name and the capitals of its sister company
        if end + 1 < len(doc) and company is not None and company.kind == "company" and doc[end].is_title \
                and doc[end].is_alpha and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in ("", "ORG") \
                and not doc[end].ent_id_ and doc[end - 1].whitespace_ == " " and doc[end].lower_ not in self.lex.heads \
                and not self.lex.country_of(doc[end].text) and not self.lex.is_org_head(doc[end].lower_) \
                and not doc[end + 1].is_title and doc_text(doc).count(f"{doc[end - 1].text} {doc[end].text}") >= 2 \
                and any(t.i + 2 < len(doc) and doc[t.i + 1].text == doc[end - 1].text and doc[t.i + 2].text == doc[end].text
                        and (t.i + 3 >= len(doc) or doc[t.i + 3].is_punct) for t in doc if t.lower_ in ("at", "of", "from", "by")):
            return end + 1  # "at Hyundai Rotem.", named twice: a known group's company of its own name (not "Nvidia
            # Blackwell chips", a product)
        known = self.lex.organizations.get(doc[end - 1].ent_id_)
        if known is not None and end - start == 1 and self.lex.is_org_head(doc[start].lower_) and end + 1 < len(doc) \
                and doc[end].lower_ in ("for", "on") and doc[end + 1].is_title and not doc[end + 1].ent_id_ \
                and doc[end + 1].ent_type_ not in ("DATE", "TIME", "GPE"):
            k = end + 1
            while k < len(doc) and k - end < 7 and (doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_
                                                    and doc[k].ent_type_ not in ("DATE", "TIME")
                                                    or doc[k].lower_ in ("and", "of") and k + 1 < len(doc)
                                                    and doc[k + 1].is_title):
                k += 1
            return k  # "The Commission for Economic Cooperation": a body's bare word the lexicon gives a known body
            # ("Commission"), opening a longer name of another
        if known is not None and known.kind != "company" and end + 1 < len(doc) and doc[end].is_title \
                and doc[end].lower_ in self.lex.unit_words and doc[end - 1].whitespace_ == " " \
                and doc[end + 1].lower_ != "to" and not doc[end + 1].is_title and doc[end].whitespace_:
            return end + 1  # "the WTO Cell of the Ministry of Commerce": a unit named after a body, no company's arm
        committee = self._chamber_committee(doc, end)
        if committee > end:
            return committee
        k = end
        while k < len(doc) and k - end < 6 and doc[k].is_title and doc[k].is_alpha \
                and doc[k].ent_type_ in ("", "ORG", "PERSON") and not doc[k].ent_id_ and doc[k - 1].whitespace_ == " ":
            k += 1
            if _joins_hyphenated(doc, k) and doc[k + 1].is_title:
                k += 2  # ("the Maersk Mc-Kinney Moller Center": a founder's name joined by a hyphen)
        while k > end and not self.lex.is_org_head(doc[k - 1].lower_) \
                and not (doc[k - 1].text == "General" and k - 2 >= end and self.lex.is_org_head(doc[k - 2].lower_)):
            k -= 1  # (a body's word may take "General" after it: "the GCC Secretariat General")
        if k > end and (any(not self.lex.is_org_head(doc[i].lower_) for i in range(end, k)) or k - start >= 3):
            # ("Toyota Motor Manufacturing": two organization words make a name of its own), with the area its
            # body's word takes after "of" ("the European Union Chamber of Commerce in China")
            return self._area_of_body_word(doc, k)
        return self._longer_government_body(doc, end)

    def _chamber_committee(self, doc: Doc, end: int) -> int:
        """"the House of Commons Environment and Trade Committee": a chamber the lexicon lists (ending at token
        ``end``), then the portfolios of one of its committees, joined by "and", and the committee's word: where
        the committee's name ends, else ``end``."""
        chamber = self.lex.organizations.get(doc[end - 1].ent_id_) if end > 0 else None
        if chamber is None or chamber.kind != "legislature" or not doc[end - 1].whitespace_:
            return end
        k = end
        while k < len(doc) and k - end < 7 and (
                doc[k].is_title and doc[k].is_alpha and doc[k].ent_type_ not in ("PERSON", "GPE", "DATE")
                and not doc[k].ent_id_ and doc[k].lower_ not in ("committee", "subcommittee")
                and doc[k].lower_ not in self.lex.heads and doc[k].lower_ not in self.lex.modifiers
                or doc[k].lower_ in ("and", "&") and k > end and k + 1 < len(doc) and doc[k + 1].is_title):
            k += 1
        if k > end and k < len(doc) and doc[k].lower_ in ("committee", "subcommittee") and doc[k].is_title \
                and any(t.lower_ in ("and", "&") for t in doc[end:k]):
            return k + 1  # (without "and" the model reads the name whole: "the Senate Finance Committee")
        return end

    def _partners_surname_after(self, doc: Doc, start: int, end: int) -> int:
        """"a partner at Vandermeer de Groot": a firm named for its partners, the second surname with its particle,
        where a post's "at" names the workplace (the model stops at the particle); where the name ends."""
        if not self._after_title_at(doc, start) or doc[start].ent_id_:
            return end
        k = end
        while k < len(doc) and k - end < 2 and doc[k].lower_ in _SURNAME_PARTICLES and doc[k].is_lower:
            k += 1
        if k == end or k >= len(doc) or not (doc[k].is_title and doc[k].is_alpha) or doc[k].ent_type_ in ("GPE", "DATE"):
            return end
        k += 1
        return k if k == len(doc) or doc[k].is_punct or doc[k].is_lower else end

    def _portfolios_or_republic_after(self, doc: Doc, start: int, end: int) -> int:
        """Where a body's name ends that the model cut short at token ``end``: "the Energy and Mines Committee", of
        which it took "Energy" alone (portfolios, then the body's word), and "the Congress of the Republic" (a
        state's own name for its chamber); else ``end``."""
        if end + 2 < len(doc) and doc[end].lower_ in ("and", "&") and all(
                self.lex.is_portfolio(t.lower_) for t in doc[start:end] if t.lower_ != "the"):
            k = end + 1
            while k < len(doc) and k - end <= 3 and doc[k].is_title and self.lex.is_portfolio(doc[k].lower_):
                k += 1
            if k > end + 1 and k < len(doc) and doc[k].is_title and self.lex.is_org_head(doc[k].lower_) \
                    and not self.lex.is_portfolio(doc[k].lower_):
                end = k + 1
        if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" \
                and doc[end + 2].text == "Republic" and self.lex.is_org_head(doc[end - 1].lower_):
            end += 3
            if end + 1 < len(doc) and doc[end].lower_ == "of" and self.lex.country_of(doc[end + 1].text):
                end += 2  # ("... of the Republic of Korea")
        return end

    def _area_of_body_word(self, doc: Doc, k: int) -> int:
        """Where a name that ends on a body's word at token ``k`` ends when "of" or "for" and capitalized words
        follow ("Chamber" + "of Commerce and Industry"); no country, person or known name among them."""
        if not (k + 1 < len(doc) and doc[k].lower_ in ("of", "for") and self.lex.is_org_head(doc[k - 1].lower_)):
            return k
        j = k + 1
        while j < len(doc) and j - k < 6 and (
                doc[j].is_title and doc[j].is_alpha and not doc[j].ent_id_ and doc[j].ent_type_ not in ("GPE", "PERSON", "DATE")
                or doc[j].lower_ in ("and", "&", "in") and j > k + 1 and j + 1 < len(doc) and doc[j + 1].is_title
                and not doc[j + 1].ent_id_ and doc[j + 1].ent_type_ not in ("GPE", "PERSON", "DATE")):
            j += 1
        while j > k + 1 and doc[j - 1].lower_ in ("and", "&", "in"):
            j -= 1
        return j if j > k + 1 else k

    def _longer_government_body(self, doc: Doc, end: int) -> int:
        """"Kenya's State Department for Trade": a listed government body's name with a portfolio after "for" is
        another body than the listed one; where it ends, else ``end``."""
        body = self.lex.organizations.get(doc[end - 1].ent_id_)
        if end + 1 < len(doc) and body is not None and body.kind == "government" and doc[end].lower_ == "for" \
                and self.lex.is_org_head(doc[end - 1].lower_) and doc[end + 1].is_title and not doc[end + 1].ent_id_:
            k = end + 1
            while k < len(doc) and k - end <= 6 and (
                    doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_
                    and doc[k].ent_type_ not in ("GPE", "PERSON", "DATE")
                    or doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_title):
                k += 1  # (with a portfolio's other words: "State Department for Blue Economy and Fisheries")
            while k > end + 1 and not (doc[k - 1].lower_ in self.lex.domain_words or self.lex.is_portfolio(doc[k - 1].lower_)):
                k -= 1
            if any(t.lower_ in self.lex.domain_words for t in doc[end + 1:k]):
                return k  # "Kenya's State Department for Trade": another body than the "State Department"
            return end
        if end + 2 < len(doc) and body is not None and body.kind == "government" and doc[end].lower_ == "and" \
                and doc[end - 1].whitespace_ and any(t.lower_ == "of" for t in doc[max(0, end - 4):end]):
            k = end + 1
            while k < len(doc) and k - end <= 2 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_ \
                    and doc[k].ent_type_ not in ("GPE", "PERSON", "NORP") and not self.lex.is_org_head(doc[k].lower_):
                k += 1
            if k > end + 1 and (k == len(doc) or doc[k].is_punct or "\n" in doc[k - 1].whitespace_):
                return k  # "Ministry of Agriculture and Cooperatives,": the listed "Ministry of Agriculture" is another
        return end

    def _country_closing(self, doc: Doc, end: int, read_as_org: bool = False) -> int:
        """"Tata Steel UK, which ...", "Chief Executive of Solar Energy UK.": a country right after an unknown firm's or
        trade body's name that closes on its kind's word, before punctuation or a verb, closes the name (its arm in
        that country, a body of its own); where the name ends. With ``read_as_org`` (the model read the words before
        the country as one organization, the lexicon knows none of them) a country before a preposition closes it
        too: "a senior executive at Export Development Canada before joining" (a national agency named for its
        country, as Canada's and Australia's are)."""
        # (read as an organization alone, the country before a verb is the next clause's subject: "the minister
        # told Global Trade Review Brazil would not raise tariffs")
        read_as_org_only = read_as_org and self.lex.kind_of(doc[end - 1].text) not in ("company", "union")
        # (a country of two words too: "the Minerals Council South Africa said")
        last = self._country_span(doc, end)[1] if end < len(doc) and doc[end].ent_iob_ == "B" else end + 1
        if end < len(doc) and doc[end].ent_type_ == "GPE" and self.lex.country_of(doc[end:last].text) \
                and (doc[end].is_upper or doc[end].is_title) and doc[end - 1].whitespace_ == " " and doc[end - 1].is_title \
                and (self.lex.kind_of(doc[end - 1].text) in ("company", "union") or read_as_org) \
                and (last == len(doc) or doc[last].is_punct
                     or doc[last].pos_ in ("VERB", "AUX") and not read_as_org_only
                     or read_as_org and doc[last].pos_ in ("ADP", "SCONJ", "CCONJ") and doc[last].is_lower
                     or read_as_org and doc[last].lower_ in ("who", "which", "whose")  # ("at Export Development
                     # Canada who took over ...")
                     # ("Seafood New Zealand chief executive Tom Rangitaake said": a post in lower case and its holder)
                     or read_as_org and self._lower_post_then_name(doc, last) is not None):
            return last
        return end

    def _lower_post_then_name(self, doc: Doc, k: int, persons: PersonIndex | None = None) -> int | None:
        """Where the name of a post's holder starts, when a post in lower case ("chief executive", a head among its
        words) runs from token ``k`` straight into it (a person ``persons`` found, else a name the model read)."""
        j = k
        while j < len(doc) and j - k <= 3 and doc[j].is_lower and (
                doc[j].lower_ in self.lex.heads or doc[j].lower_ in self.lex.modifiers
                or doc[j].lower_.split("-")[-1] in self.lex.heads):
            j += 1
        if j == k or j >= len(doc) or not any(doc[m].lower_.split("-")[-1] in self.lex.heads for m in range(k, j)):
            return None
        named = persons.at(j) is not None if persons is not None else doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"
        return j if named else None

    def _back_through_longer_name(self, doc: Doc, start: int, persons: PersonIndex) -> int:
        """A known name that ends a longer one is the longer one: "Democratic
        Party" in "the opposition Peoples Democratic Party" or "the Social
        Democratic Party" (capitalized words right before it, inside a
        sentence, that are no country, title or person)."""
        company = self.lex.organizations.get(doc[start].ent_id_)
        if start > 0 and company is not None and company.kind == "company" and _short_caps(doc[start - 1]) \
                and not doc[start - 1].ent_id_ and not self.lex.country_of(doc[start - 1].text) \
                and persons.at(start - 1) is None and doc[start - 1].lower_ not in self.lex.heads:
            return start - 1  # "HD Hyundai Heavy Industries": capitals before a known company's name
        k = start
        while k > 0 and start - k < 3:
            prev = doc[k - 1]
            # (opening its sentence too, a proper noun the story never writes in lower case: "Trinamool Congress MP
            # X asked ..." after "Congress member Y")
            opening = prev.is_sent_start and prev.pos_ == "PROPN" and not prev.is_stop and k == start \
                and prev.lower_ not in {t.lower_ for t in doc if t.is_lower} and not self.lex.place_country(prev.text) \
                and prev.lower_ not in self.lex.seat_qualifiers and prev.lower_ not in self.lex.parliament_party_words
            if not (prev.is_title and prev.is_alpha and (not prev.is_sent_start or opening) and not prev.ent_id_
                    and not (prev.i >= 1 and doc[prev.i - 1].text in _BULLETS)  # ("- Monitor EU notices": a verb)
                    and prev.whitespace_ == " " and persons.at(prev.i) is None
                    and prev.ent_type_ in ("", "ORG", "NORP") and not self.lex.country_of(prev.text)
                    and prev.lower_ not in self.lex.org_leading_words and not self.lex.head_spec(prev.text)
                    and prev.lower_ not in self.lex.modifiers and prev.lower_ not in self.lex.domain_words):
                break
            k -= 1
        return k

    def _capitals_before_company(self, doc: Doc, start: int, end: int, persons: PersonIndex, taken: set[int]) -> int:
        """"China COSCO Shipping Corp": a company's name (it ends in a legal form) that the model
        began after the capitals of its brand, and the country's name that opens it, begins there."""
        if doc[end - 1].text not in self.lex.company_suffixes:
            return start
        k = start
        while k > 0 and doc[k - 1].is_upper and doc[k - 1].is_alpha and len(doc[k - 1].text) >= 2 \
                and not doc[k - 1].ent_id_ and persons.at(k - 1) is None and (k - 1) not in taken \
                and not self.lex.country_of(doc[k - 1].text) and not doc[k - 1].is_sent_start:
            k -= 1
        if k < start and k > 0 and doc[k - 1].ent_type_ == "GPE" and self.lex.country_of(doc[k - 1].text) \
                and (k - 1) not in taken:
            k -= 1
        return k

    def _other_countrys(self, doc: Doc, start: int, end: int) -> int:
        """"the Trade Remedies Authority of Vietnam": a listed body's name followed by "of" and another country
        than its own names that country's body of the same name (the mention runs through the country)."""
        info = self.lex.organizations.get(doc[start].ent_id_)
        if info is None or not info.country or end + 1 >= len(doc) or doc[end].lower_ != "of" \
                or doc[end + 1].ent_type_ != "GPE" or not doc[end + 1].ent_id_:
            return end
        code, country_end = doc[end + 1].ent_id_, self._country_span(doc, end + 1)[1]
        return country_end if code in self.lex.countries and code != info.country else end

    def _title_before_person(self, doc: Doc, start: int, end: int, persons: PersonIndex) -> bool:
        """"German Federal Minister for Economic Affairs and Energy Henrike Vosskamp": capitalized words with a
        government title in them, right before a name (or its initial), are the person's title, not a body."""
        while end < len(doc) and persons.at(end) is None and (
                doc[end].is_title or doc[end].lower_ == "and"
                or doc[end].lower_ in ("of", "the") and end + 1 < len(doc) and (doc[end + 1].is_title
                                                                              or doc[end + 1].lower_ == "the")) \
                and doc[end].is_alpha and not (doc[end].is_upper and len(doc[end].text) == 1):
            end += 1  # "Indian Union Commerce" + "and Industry Minister H. Venkataraman"; "the Minister of Development
            # and Technology of the Republic" + "of Poland Andrzej Kolodziejczyk"
        at = end + 1 if end + 1 < len(doc) and doc[end].is_upper and len(doc[end].text.rstrip(".")) == 1 else end
        return at < len(doc) and persons.at(at) is not None and any(
            (spec := self.lex.heads.get(doc[k].lower_)) is not None and spec.government for k in range(start, end))

    def _name_before_legal_form(self, doc: Doc, start: int, end: int) -> int:
        """"Aceros del Noreste, S.A. de C.V.": when the model found only the legal form after a comma, the
        capitalized words before the comma (Spanish or Portuguese small words between them) are the name; so
        are those right before it with no comma ("at Grupo Financiero Banorte SAB", where the model found "SAB")."""
        if start < 1 or not all(
                doc[k].text in self.lex.company_suffixes or doc[k].lower_ == "de" for k in range(start, end)):
            return start
        if doc[start - 1].lower_ in ("and", "&") and start >= 2 and doc[start - 2].is_title:
            # "Becton, Dickinson and Co.", "Smith & Co.": the partners' names, listed, before "and" and the legal form
            k = start - 1
            while k > 0 and start - k < 7 and (doc[k - 1].is_title and doc[k - 1].is_alpha
                                               and not self.lex.country_of(doc[k - 1].text)
                                               and doc[k - 1].lower_ not in self.lex.org_leading_words
                                               or doc[k - 1].text == "," and k >= 2 and doc[k - 2].is_title):
                k -= 1
            return k if k < start - 1 and doc[k].is_title else start
        if doc[start - 1].text != ",":
            k = start
            while k > 0 and start - k < 5 and doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 1].whitespace_ \
                    and doc[k - 1].ent_type_ in ("", "ORG") and not self.lex.country_of(doc[k - 1].text) \
                    and doc[k - 1].lower_ not in self.lex.org_leading_words:
                k -= 1
            return k
        if start < 2:
            return start
        k = start - 1
        while k > 0 and start - k < 7 and (doc[k - 1].is_title and doc[k - 1].is_alpha
                                           or (doc[k - 1].lower_ in _ROMANCE_INSIDE and k >= 2 and doc[k - 2].is_title)):
            k -= 1
        return k if k < start - 1 and doc[k].is_title else start

    def _legal_form_after(self, doc: Doc, end: int) -> int:
        """"Volkswagen de México, S.A. de C.V.", "Hartley Voss, Inc.", "Nordhavn Car Carriers A/S": a legal
        form after the name or a comma (``company_suffixes``, joined by "de") belongs to the company before it."""
        if end < len(doc) and doc[end].text in self.lex.company_suffixes and doc[end - 1].whitespace_:
            return self._legal_form_after(doc, end + 1)  # "Nordhavn Car Carriers" + "A/S": the model left it out
        if end + 1 >= len(doc) or doc[end].text != ",":
            return end
        k, last = end + 1, end
        while k < len(doc) and k - end <= 6 and (doc[k].text in self.lex.company_suffixes or doc[k].lower_ == "de"):
            if doc[k].text in self.lex.company_suffixes:
                last = k + 1
            k += 1
        return last

    def _committee_remit(self, doc: Doc, on: int) -> int:
        """"House Subcommittee on Coast Guard and Maritime Transportation", "Subcommittee on Trade": a committee's
        remit after "on" is part of its name, the model's cut at "on" or "and" notwithstanding (capitalized words,
        "and", a comma before "and"; no date: "the Committee on Monday"; not the body after "of": "the Committee
        on Economic Security of Keidanren")."""
        k = on + 1
        while k < len(doc) and (doc[k].is_title and doc[k].is_alpha and doc[k].ent_type_ not in ("DATE", "TIME")
                                # "on Anti-Injurious Practices": a hyphen joining two capitalized words of the remit
                                or doc[k].text == "-" and k > on + 1 and not doc[k].whitespace_
                                and not doc[k - 1].whitespace_ and k + 1 < len(doc) and doc[k + 1].is_title
                                or doc[k].lower_ in ("and", "&") and k > on + 1 and k + 1 < len(doc)
                                and doc[k + 1].is_title
                                or doc[k].text == "," and k + 2 < len(doc) and doc[k + 1].lower_ == "and"
                                # "on International Trade, Customs, and Global Competitiveness": a list of its fields,
                                # one word each (not "..., Chairman Mike Crapo and Ranking Member Ron Wyden said")
                                or doc[k].text == "," and k + 2 < len(doc) and doc[k + 1].is_title
                                and doc[k + 1].ent_type_ not in ("DATE", "TIME", "PERSON", "GPE")
                                and not (doc[k + 1].ent_type_ == "NORP" and self.lex.country_of(doc[k + 1].text))
                                and (doc[k + 2].text == "," or doc[k + 2].lower_ == "and" and k + 3 < len(doc)
                                     and doc[k + 3].is_title)):  # (or none before "and": "Customs and Global ...")
            k += 1
        return k if k > on + 1 else on

    def _portfolio_before_title(self, doc: Doc, start: int, end: int) -> bool:
        """ "Development, Industry, Trade and Services Minister X": words that
        only name a portfolio (``domains``, ``portfolio_words``) right before a
        title's head word are part of the title, not an organization (one
        word may be a party's: "the Labour MP")."""
        if end >= len(doc) or not self.lex.head_spec(doc[end].text):
            return False
        words = [t.lower_ for t in doc[start:end] if t.is_alpha and t.lower_ not in ("and", "of", "the")]
        return len(words) > 1 and self.lex.org_named(doc[start:end].text) is None \
            and all(w in self.lex.domain_words or w in self.lex.portfolio_words for w in words)

    def _based_in(self, doc: Doc, end: int) -> str | None:
        """"Nordhavn Line, a Copenhagen-based container carrier": the country of the place the appositive
        right after the name says the body is based in."""
        k = end
        if k + 4 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an", "the"):
            k += 2
            while k + 2 < len(doc) and k - end < 6 and not (doc[k + 1].text == "-" and doc[k + 2].lower_ == "based"):
                k += 1
            if k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].lower_ == "based":
                return self.lex.place_country(doc[k].text)
        return None

    def _head_before(self, doc: Doc, of: int):
        """The title head that ends right before the "of" or "for" at ``of``, if any: "Minister for", "director
        general of" (the head in two words), "Minister of State for" (a junior minister's rank before the area)."""
        if of < 1:
            return None
        spec = self.lex.head_spec(doc[of - 1].text)
        if spec is None and of >= 2 and doc[of - 1].lower_ == "general":
            spec = self.lex.head_spec(doc[of - 2].text)
        if spec is None and of >= 3 and doc[of - 1].lower_ == "state" and doc[of - 2].lower_ == "of":
            spec = self.lex.head_spec(doc[of - 3].text)
        return spec

    def _portfolio_after_title(self, doc: Doc, start: int, end: int) -> bool:
        """"Minister of State for Trade Promotion", "Undersecretary for International
        Economic Relations": portfolio words right after a government title's
        "of"/"for" (any title's "for") are part of the title, not an organization."""
        if start < 2 or doc[start - 1].lower_ not in ("of", "for") or self.lex.org_named(doc[start:end].text):
            return False
        spec = self._head_before(doc, start - 1)
        if spec is None:
            return False
        words = [t for t in doc[start:end] if t.is_alpha and t.lower_ not in ("and", "of")]
        if spec.government and doc[start - 1].lower_ == "of" and end < len(doc) and doc[end].text == "," \
                and not self.lex.is_org_head(doc[end - 1].lower_) and not doc[start].ent_id_ and len(words) >= 2 \
                and all(t.is_title or t.lower_ in ("and", "of") or t.text == "," for t in doc[start:end]) \
                and any(t.lower_ in ("and", "&") or t.text == "," for t in doc[start:end]) \
                and (words[0].lower_ in self.lex.domain_words or words[-1].lower_ in self.lex.domain_words):
            return True  # "the Minister of Productive Development and Plural Economy, X": a ministry's portfolios
        at = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        if doc[start - 1].lower_ == "of" and end + 2 < len(doc) and doc[end].lower_ == "of" \
                and not self.lex.is_org_head(doc[end - 1].lower_) and not doc[start].ent_id_ \
                and (doc[end + 1].lower_ in ("that", "this", "the") and doc[end + 2].lower_ in self.lex.context_nouns
                     or doc[end + 1].ent_id_ or doc[end + 1].ent_type_ == "ORG"):
            return True  # "director general of International Customs Cooperation of that institution": the area, then
            # the body it belongs to
        if (doc[start - 1].lower_ == "for" or not self.lex.is_org_head(doc[end - 1].lower_)
            and end - start >= 2 and all(t.lower_ in self.lex.domain_words or t.lower_ in self.lex.portfolio_words
                                         or t.is_title for t in doc[start:end])
            and any(t.lower_ in self.lex.domain_words or t.lower_ in self.lex.portfolio_words for t in doc[start:end])) \
                and end < len(doc) and (doc[end].text == "," or doc[end].lower_ == "at" and doc[start - 1].lower_ == "for") \
                and at < len(doc) and (doc[at].ent_type_ == "ORG" or doc[at].ent_id_) and not doc[start].ent_id_:
            return True  # "Deputy Assistant Secretary for Export Administration at the Bureau of ...", "Director for
            # Steel Import Monitoring, International Trade Administration", "Director of Energy Efficiency, Ministry of
            # ...": its area, then its body
        if doc[start - 1].lower_ == "of" and doc[end - 1].lower_ in self.lex.portfolio_words and not doc[start].ent_id_:
            title_at = start - 2
            while title_at > 0 and doc[title_at].is_title and doc[title_at].lower_ not in self.lex.heads \
                    and start - title_at < 4:
                title_at -= 1
            if title_at >= 2 and doc[title_at].lower_ in self.lex.heads \
                    and doc[title_at - 1].text in ("'s", "\u2019s") and (doc[title_at - 2].ent_type_ == "ORG"
                                                                      or doc[title_at - 2].ent_id_):
                return True  # "CBP's Director of Field Operations": the area of a post the owner's possessive names
        if not spec.government and doc[start - 1].lower_ != "for":
            return False  # ("Vice President for Strategy and Business Development": any title's area after "for")
        k = end
        while k < len(doc) and k - end < 4 and (doc[k].lower_ == "and" or doc[k].is_title and doc[k].is_alpha) \
                and doc[k].ent_type_ != "PERSON":
            k += 1  # ("Associate Administrator for Ports" + "and Waterways Jane Ortiz")
        if doc[start - 1].lower_ == "for" and k < len(doc) and doc[k].ent_type_ == "PERSON" and not doc[start].ent_id_:
            return True  # "Assistant Secretary for Export Administration Paul Rendell": its area, then its holder
        words = [t.lower_ for t in doc[start:end] if t.is_alpha and t.lower_ not in ("and", "of", "the", "for")]
        return bool(words) and all(w in self.lex.domain_words or w in self.lex.portfolio_words for w in words)

    def _chamber_abroad(self, doc: Doc, start: int, end: int, taken: set[int]) -> int:
        """Where a chamber's name ends: "Korea Chamber of Commerce in China", "China Chamber of Commerce to the EU"
        (a chamber abroad is named by its host country or union, which the model labels apart); so does a body
        named by its own country after "of" ("Trade Representation of the Russian Federation in Brazil")."""
        if end + 1 >= len(doc) or doc[end].lower_ not in ("in", "to"):
            return end
        words = fold(doc[start:end].text).split()
        own = next((n for n in range(len(words) - 1, 0, -1) if words[n - 1] == "of"), None)
        chamber = "chamber" in words
        # "the Việt Nam Trade Office in the Philippines": a country's trade office abroad, named by its host
        chamber = chamber or len(words) >= 3 and words[-1] in ("office", "representation") \
            and words[-2] in ("trade", "commercial", "economic") and doc[end].lower_ == "in" \
            and bool(self.lex.country_of(doc[start:end - 2].text.removeprefix("the ")))
        if not chamber and not (own is not None and " ".join(words[own:]).removeprefix("the ") in self.lex.country_forms
                                and doc[end].lower_ == "in" and set(words[:own]) & self._mission_words):
            return end
        at = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
        if doc[at].ent_type_ in ("GPE", "ORG"):  # "in China", "to the EU" (a union the lexicon lists as a body)
            _, place_end = self._country_span(doc, at)
            host = doc[at:place_end].text
            if (self.lex.country_of(host) if chamber else fold(host) in self.lex.country_forms) \
                    and not any(i in taken for i in range(end, place_end)):
                return place_end  # (a country, not a city: "the Central Bank of Russia in Moscow")
        return end

    def _country_span(self, doc: Doc, i: int) -> tuple[int, int]:
        start, end = i, i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == doc[i].ent_type_:
            end += 1
        return start, end

    def _named_parties(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"the ruling Morena party": a name before a lower-case "party" is a
        political party, whatever the model labelled the name."""
        out = []
        for tok in doc:
            if tok.text != "party" or tok.i == 0 or tok.i in taken:
                continue
            start = tok.i
            while start > 1 and tok.i - start < 4 and doc[start - 1].text == "," and doc[start - 2].is_title \
                    and doc[start - 2].pos_ == "PROPN" and doc[start - 2].ent_type_ not in ("DATE", "GPE", "NORP") \
                    and doc[start - 2].lower_ not in self.lex.heads or start > 0 and tok.i - start < 4 \
                    and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in taken:
                start -= 1
            if start == tok.i or self.lex.country_of(doc[start:tok.i].text):
                continue
            name = doc[start:tok.i].text
            info = self.lex.org_named(f"{name} Party") or self.lex.org_named(name)
            canonical = info.name if info else self.lex.parties.get(name) or f"{name} Party"
            out.append(OrgMention(start, tok.i + 1, canonical, doc[start:tok.i + 1].text, confirmed=True))
            taken.update(range(start, tok.i + 1))
        return out

    def mentions(self, doc: Doc, persons: PersonIndex, fallback_country: str | None = None) -> list[OrgMention]:
        """Every organization mention in the article, resolved to its canonical name;
        one token belongs to at most one mention. Names the model reads poorly (mastheads, source papers, names
        in another language that open with a body's word) come first; then the model's own."""
        taken: set[int] = set()
        self._column_labels(doc, taken)
        found: list[OrgMention] = self._journal_beside_column(doc, taken) + self._capital_mastheads(doc, taken) \
            + self._listed_header_lines(doc, taken) + self._heading_committee(doc, taken) \
            + self._source_papers(doc, taken) + self._byline_outlets(doc, taken) + self._askers_outlets(doc, taken) + self._and_partners(doc, taken, persons) \
            + self._group_tags(doc, taken, persons) \
            + self._missions(doc, taken) + self._ports(doc, taken) + self._bare_bloc_bodies(doc, taken) \
            + self._portfolio_lists(doc, taken) \
            + self._country_led_names(doc, taken, persons) + self._named_parties(doc, taken) \
            + self._spans_named(doc, sentence_case_names(self.lex, doc), taken, resolve=False) \
            + self._spans_named(doc, sentence_case_bodies(self.lex, doc), taken, resolve=True) \
            + self._spans_named(doc, [(a, b) for a, b in head_first_names(self.lex, doc)
                                      if self._other_language(doc, a, b) or country_inside_name(self.lex, doc, a, b)],
                                taken, resolve=True) \
            + self._list_entry_units(doc, taken, persons, fallback_country) \
            + self._entry_line_bodies(doc, taken, persons, fallback_country) \
            + self._participant_firms(doc, taken, persons, fallback_country) \
            + self._spans_named(doc, named_examples(self.lex, doc), taken, resolve=True) \
            + self._bracketed_after_title(doc, taken) + self._spelled_by_bracketed_initials(doc, taken, persons) \
            + self._spans_named(doc, self._party_tags(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._parties_named_in_brackets(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._parties_before_seats(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._named_before_short_form(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._firms_of_outside_voices(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._capitals_after_post_of(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._words_after_post_of(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._named_for_what_they_make(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._body_a_person_is_of(doc, taken, persons), taken, resolve=True) \
            + self._spans_named(doc, self._body_before_capital_post(doc, taken, persons), taken, resolve=False) \
            + self._spans_named(doc, self._named_before_its_kind(doc, taken, persons), taken, resolve=True)
        dateline_places = places(doc)
        short_forms = bracketed_short_forms(doc)
        terms = _terms_short_forms(doc, self.lex)  # ("countervailing duty (CVD)": a short form of words in lower case)
        ents = [part for ent in self._begun_before_and(doc, _joined_at_and(doc))
                for chained in self._bodies_chained(doc, ent) for part in self._firms_joined_by_and(doc, chained)]
        for n, ent in enumerate(ents):
            firm = ent.label_ == "PERSON" and len(ent) >= 2 and persons.at(ent.start) is None \
                and (ent[-1].is_title and self.lex.kind_of(ent[-1].text) == "company"
                     and fold(ent[-1].text) not in _COMPANY_WORDS_OF_NAMES
                     or self.lex.is_firm_name_ending(ent[-1].text)  # ("Nordic Reefer Partners" read as a person)
                     or any("&" in t.text for t in ent)  # ("S&P Global Mobility")
                     # ("who was previously director of Confagricoltura Veneto": what a post in lower case is of)
                     or after_lower_body_post(self.lex, doc, ent.start - 1)
                     or kind_noun_closes(doc, ent.end)
                     or owned_by_person(doc, ent.start, ent.end, self.lex))
            # ("Siam Polyester Resins" read as a person, and no person made of it: a firm named for what it makes; "Egypt's
            # Mostakbal Misr agency": a body named before its kind)
            if ent.label_ not in ("ORG", "FAC", "LOC") and not firm and not self._product_with_officers(doc, ent) \
                    or any(start <= doc[ent.start].idx < end for start, end in dateline_places):
                continue
            if ent.text in terms and not ent[0].ent_id_:
                continue  # "the CVD order": a term the story spelled out in lower case, no body
            if ent.label_ == "ORG" and not ent[0].ent_id_ and ent[-1].lower_ in self.lex.portfolio_words \
                    and not any(self.lex.is_org_head(t.lower_) for t in ent) and _in_title_portfolio(self.lex, doc, ent.start) \
                    and ent.end < len(doc) and doc[ent.end].text in (",", ".", ";"):
                continue  # "the Minister of Maritime Affairs and Insular Policy": the title's last portfolio, no body
            if ent.label_ == "ORG" and not any(t.ent_id_ or self.lex.is_org_head(t.lower_) for t in ent) \
                    and ent.start >= 2 and doc[ent.start - 1].lower_ == "for" and doc[ent.start - 2].is_title \
                    and doc[ent.start - 2].lower_ in self.lex.heads:
                continue  # "Assistant Secretary for Terrorist Financing and Financial Crimes": the post's area
            if ent.label_ == "ORG" and self._title_read_as_body(doc, ent):
                continue  # ("said the Minister of Industry, Trade and Services, X": a post, which names no body)
            if ent.label_ == "FAC" and not self.lex.looks_like_org(ent.text):
                continue  # "the Sociedad Nacional de Minería" read as a building: a body by its words
            if ent.label_ == "LOC" and not (len(ent) >= 3 and ent[-1].is_title and self.lex.is_org_head(ent[-1].lower_)
                                            and self.lex.looks_like_org(ent.text)):
                continue  # ("The Port of Rotterdam Authority" read as a place: a body by its last word)
            if len(ent) == 1 and not ent[0].ent_id_ and ent[0].is_title and ent.end + 1 < len(doc) \
                    and (ent[0].is_sent_start or (ent.start > 0 and doc[ent.start - 1].text in ('"', "\u201c"))) \
                    and doc[ent.end].lower_ in ("and", "or") and doc[ent.end + 1].is_lower \
                    and doc[ent.end + 1].pos_ == "NOUN":
                continue  # ""Machinery and electronics from Czech factories ...": a common noun opening a sentence
            start, end = ent.start, ent.end
            if ent[0].ent_id_ and (named := persons.span_at(start)) is not None and named[0] < start \
                    and named[1] >= end:
                continue  # "Ontario Premier Doug Ford": a known body's name closing a person's, no body
            if ent.label_ == "ORG" and end - start >= 2 and doc[end - 1].is_lower \
                    and (doc[end - 1].lower_,) in self.lex.appositive_body_nouns and doc[end - 2].is_title \
                    and doc[end - 1].lower_ not in self.lex.body_words and not doc[end - 1].ent_id_:
                end -= 1  # "the United Auto Workers union": what the body is, after its name (not "the commerce
                # ministry", a body named by its kind)
            if end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_ \
                    and doc[end - 1].text + "." in self.lex.company_suffixes:
                end += 1  # "Nitrogénművek Zrt.": the legal form's full stop, which the tokenizer split off
            opens = start + (doc[start].lower_ == "the")
            if ent.label_ == "ORG" and not ent[-1].ent_id_ and ent[-1].lower_ in self.lex.place_nouns and ent[-1].is_title \
                    and opens >= 2 and doc[opens - 1].lower_ == "the" and doc[opens - 2].lower_ == "in" \
                    and ent.end - opens >= 3 and (ent.end == len(doc) or doc[ent.end].pos_ not in ("NOUN", "PROPN")):
                continue  # "at the ministry in the New Administrative Capital": a place the model read as a body (not
                # "in the Ares Capital fund", "in the Hartwell Capital, a fund": a firm's name of two words)
            start = self._past_owner(doc, self._past_place_and_kind(doc, start, end), end)
            if start == ent.start and start >= 2 and self.lex.is_org_head(doc[start].lower_) \
                    and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].ent_type_ \
                    and (start - 1) not in taken and persons.at(start - 1) is None \
                    and doc[start - 1].lower_ not in self.lex.heads and doc[start - 2].text in POSSESSIVES:
                start -= 1  # "the party's Research Commission on ...": the body's first word, which the model left out,
                # after its owner's possessive
            if start == ent.start and start >= 2 and doc[end - 1].text in self.lex.company_suffixes \
                    and doc[start - 2].lower_ not in ("in", "for") and not doc[start - 1].is_sent_start \
                    and doc[start - 1].is_title and doc[start - 1].ent_type_ == "GPE" \
                    and self.lex.country_of(doc[start - 1].text) and (start - 1) not in taken \
                    and not any(m.start <= start - 1 < m.end for m in found):
                start -= 1  # "general manager of China Railway Container Transport Corp.": a company's name opening
                # on its country, which the model left out
            if end - start >= 4 and doc[start].lower_ in self.lex.heads and not self.lex.is_org_head(doc[start].lower_) \
                    and doc[start + 1].lower_ == "of" and not doc[start].ent_id_ \
                    and self.lex.is_org_head(doc[end - 1].lower_) and doc[end - 1].is_title:
                start += 2 + (doc[start + 2].lower_ == "the")  # "Comptroller of the Lagos Customs Command": the holder's
                # title read into the body's name
            while end - start > 2 and doc[end - 1].text in self.lex.honorifics and doc[end - 1].text.endswith(".") \
                    and end < len(doc) and (doc[end].text == "(" or doc[end].ent_type_ == "PERSON"):
                end -= 1  # "the Department of Export Agriculture Dr. (Mrs.) Chandrika Herath": the holder's honorific
            if self._title_area(doc, start, end):
                continue  # "Director-General for Mineral Resources, Agency for ...": the post's area, no body
            if start >= 3 and not doc[start].ent_id_ and doc[start - 2].text == "-" and not doc[start - 2].whitespace_ \
                    and not doc[start - 3].whitespace_ and doc[start - 1].is_title and doc[start - 3].is_title \
                    and self.lex.country_of(doc[start - 1].text) and self.lex.country_of(doc[start - 3].text) \
                    and not any(start - 3 <= m.start < start for m in found):
                start -= 3  # "the Hungarian-Serbian" + "Joint Committee for Economic Cooperation": the two countries
                # whose body it is open its name
            if n + 1 < len(ents) and ents[n + 1].label_ == "ORG" and ents[n + 1].start == end \
                    and len(ents[n + 1]) == 1 and self.lex.is_org_head(doc[end].lower_):
                end = ents[n + 1].end  # "Federal Maritime" + "Commission": the model cut one name in two
            elif n + 1 < len(ents) and ents[n + 1].label_ == "ORG" and ents[n + 1].start in (end + 1, end + 2) \
                    and doc[end].lower_ == "and" and doc[end + 1].lower_ == "the" and ent.label_ == "ORG" \
                    and self.lex.kind_of(ent.text) == "committee" and doc[ents[n + 1].end - 1].is_title \
                    and doc[ents[n + 1].end - 1].lower_ in self.lex.instrument_words:
                end = ents[n + 1].end  # "the Working Group on Trade" + "and the" + "Carbon Border Adjustment
                # Mechanism": a committee's remit, an instrument after the first
            elif n + 1 < len(ents) and ents[n + 1].label_ == "ORG" and ents[n + 1].start == end + 1 \
                    and doc[end].lower_ in ("and", "&") and ent.label_ == "ORG" and not doc[start].ent_id_ \
                    and (len(ent) == 1 or not any(self.lex.is_org_head(t.lower_) for t in ent)) \
                    and doc[end - 1].text not in self.lex.company_suffixes \
                    and any(self.lex.is_org_head(t.lower_) for t in ents[n + 1]) and not ents[n + 1][0].ent_id_:
                end = ents[n + 1].end  # "Việt Nam Textile" + "and" + "Apparel Association": one name in two (one
                # word alone names no body, even a company's word: "the Shipping" + "and" + "Ports Bureau")
            elif n + 1 < len(ents) and ents[n + 1].label_ == "ORG" and ents[n + 1].start == end and ent.label_ == "ORG" \
                    and end - start <= 3 and not doc[start].ent_id_ and ents[n + 1][0].is_title \
                    and self.lex.is_org_head(ents[n + 1][0].lower_) and ents[n + 1][0].lower_ not in self.lex.heads \
                    and not any(self.lex.is_org_head(t.lower_) for t in ent) \
                    and not any(self.lex.country_of(t.text) for t in ent):
                end = ents[n + 1].end  # "the Business Development" + "Bank of Canada": the name's first words, then
                # the rest, which the model took for a known name
            elif n + 1 < len(ents) and ents[n + 1].label_ == "ORG" and ents[n + 1].start == end and end - start >= 2 \
                    and doc[end - 1].lower_ in ("and", "&") and ent.label_ == "ORG" and not doc[start].ent_id_ \
                    and not any(self.lex.is_org_head(t.lower_) for t in ent) \
                    and self.lex.is_org_head(doc[ents[n + 1].end - 1].lower_) and not ents[n + 1][0].ent_id_:
                end = ents[n + 1].end  # "The Automotive Distributors and" + "Mobility Association": the same
            elif n + 1 < len(ents) and ents[n + 1].label_ == "ORG" and ents[n + 1].start == end and end - start >= 4 \
                    and doc[end - 1].lower_ == "and" and self._body_of_before(doc, start, end - 2) \
                    and len(ents[n + 1]) <= 2 \
                    and all(t.is_title and not self.lex.is_org_head(t.lower_) and not t.ent_id_ for t in ents[n + 1]):
                end = ents[n + 1].end  # "Ministry of Agriculture and" + "Cooperatives": a ministry's last portfolio
            elif self._last_portfolio_after(doc, ent, ents[n + 1] if n + 1 < len(ents) else None):
                end = ents[n + 1].end if n + 1 < len(ents) and ents[n + 1].start == end + 1 else end + 2 \
                    + (end + 3 <= len(doc) and doc[end + 2].is_title and doc[end + 2].is_alpha)
            elif end < len(doc) and doc[end].is_title and not doc[end].ent_type_ and self.lex.is_org_head(doc[end].lower_) \
                    and doc[end].lower_ not in self.lex.heads and doc[end - 1].whitespace_ and ent.label_ == "ORG" \
                    and not (end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"
                             and self.lex.kind_of(doc[end].text) == "company") \
                    and not self.lex.country_of(ent.text) and not (end + 1 < len(doc) and doc[end + 1].lower_ == "of") \
                    and not (doc[start].ent_id_ and doc[end].lower_ in self.lex.medium_words):  # ("the USDA Weekly report")
                end = self._area_of_body_word(doc, end + 1)  # "GCC General" + "Secretariat": the body's word the
                # model left out (with its area: "the WTO Council for Trade in Goods")
            start = self._words_before_and(doc, start, end)
            start = self._second_of_between(doc, start, end)
            if end - start > 2 and doc[end - 1].lower_ in ("and", "&", "or"):
                end -= 1  # "the Federal Ministry for Economic Affairs and" + "Energy": the model stopped after "and"
                # (or ran on into a choice: "the Ministry of Foreign Affairs and Trade or" + "New Zealand Trade ...")
            end = self._members_and_country(doc, start, end)
            if end - start >= 3 and end < len(doc) and doc[end - 2].lower_ == "of" \
                    and doc[end - 1].lower_ in self.lex.compass_words and doc[end - 1].is_title \
                    and doc[end].ent_type_ in ("GPE", "LOC") and doc[end].is_title and doc[end - 1].whitespace_:
                end += 1  # "the Grain Industry Association of Western" + "Australia": a region's name, its compass
                # word inside the body's and its place outside
            end = self._region_of_the_after(doc, ent, start, end)
            comma = end - 1 if doc[end - 1].text == "," else end if end < len(doc) and doc[end].text == "," else None
            following = ents[n + 1] if n + 1 < len(ents) else None
            if comma is not None and following is not None and following.start == comma + 1 \
                    and following.label_ == "ORG" and any(t.lower_ in self.lex.body_words for t in doc[start:comma]) \
                    and (doc[comma - 1].lower_ in self.lex.domain_words or doc[comma - 1].lower_ in self.lex.portfolio_words) \
                    and all(t.is_title or t.lower_ == "and" for t in following) and "and" in following.text.split() \
                    and (following[-1].lower_ in self.lex.domain_words or following[-1].lower_ in self.lex.portfolio_words):
                end = following.end  # "Department of Industry," + "Science and Resources": one name, cut at a comma
            elif comma is not None and doc[comma - 1].is_title:
                end = self._listed_up_to_short_form(doc, start, comma) or end
            end = self._list_closing_name(doc, start, end)
            end = self._listed_up_to_bracket(doc, start, end)
            end = spelled_on_to_short_form(doc, start, end)  # (the short form spelling it all is cue enough:
            # "Pharmaceutical Research" + "and Manufacturers of America (PhRMA)")
            if any(self.lex.is_org_head(t.lower_) for t in doc[start:end]):
                end = self._on_to_bracketed_short_form(doc, end)
            if doc[end - 1].lower_ in ("of", "for") and any(self.lex.is_org_head(t.lower_)
                                                             or self.lex.is_org_head(t.lower_.split("-")[0])
                                                             for t in doc[start:end]):
                k = end  # "the Department of" + "WTO" + "Affairs": the model cut the name after "of"
                while k < len(doc) and k - end < 5 and (
                        ((doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha
                         and doc[k].ent_type_ not in ("DATE", "GPE") and not (k > end and doc[k].ent_type_ == "PERSON"))
                        or (doc[k].lower_ == "and" and k > end and k + 1 < len(doc) and doc[k + 1].is_title)) \
                        and not (k + 1 < len(doc) and doc[k + 1].text in POSSESSIVES):
                    k += 1  # ("Directorate-General for" + "Mobility" (read as a person) + "and Transport")
                while k > end and doc[k - 1].ent_id_:
                    k -= 1  # ("the Committee on Economic Security of" + "Keidanren": a known body, the whole it is part of)
                end = k if k > end else end
            end = self._remit_listed_after_comma(doc, start, end)
            if end < len(doc) and doc[end].lower_ in ("and", "&") and (listed := serial_list(self.lex, doc, end)) \
                    and listed[0] - 2 >= start:
                end = listed[1]  # "the Ministry of Industry, Commerce" + "and Handicrafts": a list's last item
            elif end + 1 < len(doc) and (doc[end - 1].lower_ in self.lex.domain_words
                                       or doc[end - 1].lower_ in self.lex.portfolio_words
                                       or doc[end - 1].is_title and end - start >= 5 and doc[end - 2].text == ","
                                       and any(t.lower_ in self.lex.domain_words for t in doc[start:end])) \
                    and doc[end].lower_ in ("and", "&") and any(t.lower_ in self.lex.body_words for t in doc[start:end]) \
                    and not (doc[end + 1].ent_type_ == "ORG" and doc[end + 1].ent_iob_ == "B"
                             and self.lex.country_of(doc[end + 1].text)):
                # (not "the U.S. Department of Commerce and" + "U.S. Customs and Border Protection": the next body)
                # "Ministry of Commerce, Industry" + "and Labour", "Federal Ministry for Economic Affairs" + "and
                # Energy", "Ministry of Investment and Downstream Industry": the last portfolio is the name's
                k = end + 1
                while k < len(doc) and k - end <= 2 and doc[k].is_title and doc[k].lower_ not in self.lex.domain_words:
                    k += 1
                if k < len(doc) and doc[k].is_title and doc[k].lower_ in self.lex.domain_words \
                        and not (k + 1 < len(doc) and doc[k + 1].is_title):
                    end = k + 1
                elif k == end + 2 and doc[k - 1].lower_ in self.lex.portfolio_words \
                        and not (k < len(doc) and doc[k].is_title):
                    end = k  # "the Ministry of Industries" + "and Production": a portfolio word closes it
            elif (joined := self._remit_joined_by_and(doc, start, end, persons)) is not None:
                end = joined  # "the Federation of E-commerce" + "and Distance Selling (Fevad)"
            # "Hollis & Varga LLP - International Trade Client Alert": a firm's name ends at its legal form (no
            # dateline's dash)
            end = next((k + 1 for k in range(start, end - 1) if doc[k].text in self.lex.company_suffixes
                        and doc[k + 1].text in _DASHES and doc[k].whitespace_), end)
            # "the Harlow Pierce LLP International Trade & Customs practice": nor does it go on past a legal form
            # written short, into the name of one of the firm's practices or offices
            end = next((k + 1 for k in range(start + 1, end - 1) if _short_legal_form(doc[k].text, self.lex)
                        and doc[k + 1].is_title and doc[k + 1].text not in self.lex.company_suffixes), end)
            start = _after_dateline_break(doc, start, end)
            start = self._name_before_legal_form(doc, start, end)
            if start >= 2 and doc[start - 1].text == "," and doc[start - 2].is_title and doc[start - 2].is_alpha \
                    and (start == 2 or "\n" in doc[start - 3].text) and doc[start - 2].pos_ == "PROPN" \
                    and doc[start - 2].ent_type_ not in ("DATE", "TIME", "GPE") \
                    and (end == len(doc) or "\n" in doc[end].text or doc[end].text in ("-", "\u2013", "\u2014", "|")) \
                    and any(t.text == "&" for t in doc[start:end]) and doc[end - 1].text in self.lex.company_suffixes:
                start -= 2  # "Barrow, Kessling & Ortiz LLP": a firm named for its partners, the first before a comma
            end = next((k for k in range(start, end) if doc[k].text == "("), end)  # "Ministry of X (MAPA)"
            # "Minister of Investment, Trade and Industry Datuk Seri X": a body's name ends before an honorific
            # (not a word an honorific abbreviates without its dot: "Hoa Sen Group" is no "Sen.")
            # (or one in capitals: "... Trade and Industry YB Dato' Seri X", Malaysia's "Yang Berhormat")
            end = next((k for k in range(start + 1, end) if (doc[k].is_title or doc[k].is_upper and len(doc[k]) > 1
                                                              and doc[k].text in self.lex.honorifics)
                        and doc[k].lower_ in self.lex.honorific_words
                        and (doc[k].text in self.lex.honorifics or doc[k].text + "." not in self.lex.honorifics)
                        and doc[k].lower_ not in self.lex.heads and k + 1 < len(doc) and doc[k + 1].is_title), end)
            # a photo credit ("THE CANADIAN PRESS/Jane Doe"): the agency ends at the slash
            end = next((k for k in range(start, end) if "/" in doc[k].text and not doc[k].ent_id_), end)
            # (not a listed name with its slash: "Greens/EFA")
            while start < end and (doc[start].lower_ in self.lex.org_leading_words or doc[start].is_punct or not doc[start].text.strip("\u2022\u00b7*")):
                start += 1
            if end - start >= 2 and doc[start].is_upper and doc[start].text in self.lex.name_cues and start >= 1 \
                    and doc[start - 1].lower_ == "the" and doc[start + 1].is_title:
                start += 1  # "the NGO Bloom": a cue in capitals says what the name after it is
            comma = next((k for k in range(start + 1, min(end - 1, start + 4)) if doc[k].text == ","), None)
            if comma is not None and all(doc[k].lower_ in self.lex.heads or doc[k].lower_ in self.lex.modifiers
                                         or k > start and doc[k].lower_ in self.lex.unit_words
                                         for k in range(start, comma)):
                start = comma + 1  # "Deputy Head, Personal Data Protection Service": a list's title, then the body
            if start >= 2 and doc[start - 1].lower_ in ("for", "of") and doc[start - 2].is_title \
                    and self.lex.is_org_head(doc[start - 2].lower_) and doc[start - 2].ent_type_ == "" \
                    and (start == 2 or not doc[start - 3].is_title):
                start -= 2  # "Agency for" + "Natural Resources and Energy": the model left out the body's word
            elif start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title and doc[start - 2].is_alpha \
                    and not doc[start - 2].ent_type_ and doc[start - 2].lower_ not in self.lex.heads \
                    and start >= 3 and doc[start - 3].lower_ == "the" \
                    and self.lex.is_org_head(doc[end - 1].lower_) and doc[end - 1].is_title and end - start <= 3:
                start -= 2  # "Port of" + "Antwerp Authority": the name's first words, before the place it is of
            area = area_at(self.lex, doc, start)
            if area and area[0] <= start < area[1] < end:
                start = area[1] + (doc[area[1]].text == ",")  # "Director of Export" + ", Ministry of Trade"
            start = self._past_title_area(doc, start, end)
            owner = next((k for k in range(end - 2, start, -1) if doc[k].text in POSSESSIVES), None)
            if owner is not None and any(doc[k].lower_ in self.lex.heads and doc[k].is_title for k in range(start, owner)):
                start = owner + 1  # "the Minister for Trade of South Korea's Ministry of ...": a title, then the body
            elif owner is not None and end - owner > 2 and (self.lex.org_named(doc[start:owner].text)
                                                            or doc[start:owner].text in short_forms):
                start = owner + 1  # "Mapa's Secretariat of Trade and International Relations": a part of a body
            if end - start >= 3 and end < len(doc) and doc[end - 1].lower_ in ("e", "y", "et", "und") and doc[end].is_title \
                    and doc[end].is_alpha and not self.lex.country_of(doc[end].text) and not doc[end].ent_id_ \
                    and doc[end].ent_type_ != "PERSON":
                end += 1  # "União da Indústria de Cana-de-Açúcar e" + "Bioenergia": the model cut the last word off
            seat = next((k for k in range(start + 2, end - 1) if doc[k].lower_ == "in"
                         and (all(t.ent_type_ == "GPE" for t in doc[k + 1:end])
                              or self.lex.place_country(doc[k + 1:end].text))), None)
            if seat is not None and ent.label_ == "ORG" and self.lex.kind_of(doc[start:seat].text) == "government" \
                    and not set(fold(doc[start:seat].text).split()) & self._mission_words:
                end = seat  # "the Ministry of Plantation and Commodities in Putrajaya": the ministry, then its seat
            if end - start >= 2 and end < len(doc) and doc[end - 1].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end - 2].whitespace_ and doc[end].is_alpha and (doc[end].is_upper or doc[end].is_title) \
                    and persons.at(end) is None and end not in taken:
                end += 1  # "told FoodNavigator-USA.": the model cut the name at its hyphen
            if end < len(doc) and end - start >= 2 and not doc[start].ent_id_ \
                    and f"{doc[end - 1].lower_} {doc[end].lower_}" in self.lex.full_two_word_titles:
                continue  # "Agriculture and Livestock Development Cabinet" + "Secretary": a title's remit and the first
                # word of a title the lexicon writes in two ("Cabinet Secretary", titles.yaml `full`), no body (not
                # "Philip Morris International" + "Chief Executive")
            end = self._possessive_in_name(doc, start, end, persons, taken)
            while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct or doc[end - 1].is_space
                                   or doc[end - 1].lower_ in _OF or doc[end - 1].lower_ in ("and", "for", "the", "on", "in", "at")
                                   or (doc[end - 1].is_lower and doc[end - 1].pos_ in ("VERB", "AUX", "ADV"))):
                end -= 1  # "... Committee on Commerce questioned": the model ran the name into its verb
            board = start
            while board < end and doc[board].lower_ in self.lex.board_words:
                board += 1
            if board > start and "board" in {t.lower_ for t in doc[start:board]}:
                if board == end:
                    continue  # "Vice-President of the Management Board, KUKE S.A.": the board is no body of its own
                if doc[board].lower_ == "of":
                    start = board + 1  # "the Management Board of GAZ-SYSTEM S.A.": the company
            if start >= end or any(i in taken for i in range(start, end)):
                continue
            if not doc[start].ent_id_ and start >= 3 and doc[start - 1].lower_ == "and" \
                    and self.lex.is_org_head(doc[end - 1].lower_):
                k = start - 2  # "the Anti-Smuggling and Investigation Department": the first of the two areas
                while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
                    k -= 2
                if doc[k].is_title and doc[k].is_alpha and k >= 1 and doc[k - 1].lower_ == "the" \
                        and not any(i in taken or persons.at(i) is not None for i in range(k, start)):
                    start = k
            # a body's name, then a country's the model may not have labelled ("the Trade Remedies Authority of Việt
            # Nam": that country's, not the body the lexicon knows by the shorter name)
            country_after = _country_words_at(self.lex, doc, end + 1) if end + 2 < len(doc) \
                and doc[end].lower_ == "of" and self.lex.is_org_head(doc[end - 1].lower_) else None
            if doc[start].ent_id_ and not (end + 1 < len(doc) and doc[end].lower_ in _OF_ABROAD
                                           and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_id_) \
                    and country_after is None:
                start = self._back_through_longer_name(doc, start, persons)
                end = self._through_longer_name(doc, start, end)
                end = self._other_countrys(doc, start, end)
                if end - start >= 2 and start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                        and not doc[start - 2].whitespace_ and self.lex.country_of(doc[start - 2].text) \
                        and self.lex.is_org_head(doc[end - 1].lower_) and (start - 2) not in taken:
                    start -= 2  # ("The US-ASEAN Business Council": a known bloc's name inside the longer one)
            elif not doc[start].ent_id_ and country_after is None and ent.end <= end \
                    and (closed := self._country_closing(doc, end, read_as_org=ent.label_ == "ORG" and ent.end == end
                                                         and not any(t.ent_id_ or self.lex.country_of(t.text)
                                                                     for t in doc[start:end]))) > end:
                end = closed
            elif end + 1 < len(doc) and doc[end].lower_ in _OF and (
                    the := int(doc[end + 1].lower_ == "the" and doc[end].lower_ == "of")) is not None \
                    and end + 1 + the < len(doc) \
                    and ent.end <= end + 1 + the and doc[end + 1 + the].ent_type_ == "GPE" and doc[end + 1 + the].ent_id_:
                # (the country may close the text: "– Jane Doe, President and CEO, Canola Council of Canada")
                # "Dairy Farmers of Canada", "Corporación Nacional del Cobre de Chile", "Volkswagen de México",
                # "Export-Import Bank of the United States": the lexicon's country label cut the name short
                _, country_end = self._country_span(doc, end + 1 + the)
                if not (country_end < len(doc) and doc[country_end].is_title and doc[country_end].is_alpha):
                    end = country_end  # (not "the Commercial and Trade Branch of the Canada Border Services Agency")
            elif ent.end <= end and country_after is not None \
                    and not (country_after < len(doc) and doc[country_after].is_title and doc[country_after].is_alpha):
                end = country_after
            elif end + 2 < len(doc) and doc[end].lower_ == "for" and ent.end <= end and not doc[start].ent_id_ \
                    and self.lex.is_org_head(doc[end - 1].lower_) and doc[end - 1].is_title:
                k = end + 1
                while k < len(doc) and k - end <= 5 and (doc[k].is_title and doc[k].is_alpha and persons.at(k) is None
                                                        and not doc[k].ent_id_
                                                        or doc[k].lower_ in ("and", "&") and k + 1 < len(doc)
                                                        and doc[k + 1].is_title):
                    k += 1
                if k > end + 1 and self.lex.is_portfolio(doc[k - 1].lower_) \
                        and not (k < len(doc) and doc[k].is_title):
                    end = k  # "the Hollis Center for Agricultural Trade": the body's remit, capitalized, closes its name
            end = self._portfolios_or_republic_after(doc, start, end)
            start = spelled_back_to_short_form(doc, start, end, taken)
            if end + 2 < len(doc) and doc[end].lower_ == "with" and doc[end - 1].lower_ in _WITH_PARTNER \
                    and any(t.lower_ in self.lex.body_words for t in doc[start:end]):
                k = end + 1 + (doc[end + 1].lower_ == "the")
                if k < len(doc) and (doc[k].ent_id_ or self.lex.country_of(doc[k].text)):
                    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
                        k += 1
                    end = k + 1  # "the Department for Cooperation with the WTO": its partner is part of its name
            on = next((k for k in range(start + 1, end + 1) if k < len(doc) and doc[k].lower_ == "on"
                       and ("committee" in (self.lex.kind_of(doc[k - 1].text),
                                            self.lex.kind_of(doc[max(start, k - 2):k].text))  # "Working Group on"
                            or doc[k - 1].lower_ in self.lex.remit_on_words and doc[k - 1].is_title
                            or doc[max(start, k - 2):k].text.lower() in self.lex.remit_on_words)), None)
            # ("the Research Commission on Agriculture, Forestry and Fisheries": ``remit_on_words``)
            if on is not None:
                end = max(end, self._committee_remit(doc, on))
            elif end + 2 < len(doc) and doc[end].lower_ == "on" and end - start >= 3 and doc[end - 2].lower_ == "of" \
                    and self.lex.country_of(doc[end - 1].text) and not self.lex.country_of(doc[start:end].text) \
                    and self._committee_remit(doc, end) >= end + 3:  # (not "the Republic of Korea on Steel Trade")
                end = self._committee_remit(doc, end)  # "the State Service of Ukraine on Food Safety and Consumer
                # Protection": a national body's remit after its country
            end = _romance_tail(doc, start, end)
            end = self._partners_surname_after(doc, start, end)
            start = self._capitals_before_company(doc, start, end, persons, taken)
            if end < len(doc) and doc[end].is_title and self.lex.country_of(doc[end].text) \
                    and any(t.text in self.lex.country_closes_name for t in doc[start:end]) \
                    and not (end + 1 < len(doc) and (doc[end + 1].is_title or doc[end + 1].text in POSSESSIVES)):
                end += 1  # "the Instituto Aço Brasil": the country's name closes the body's (not "the Bureau of
                # Statistics Pakistan's exports", a country's own after the body)
            elif ent.label_ == "ORG" and end == start + 1 and end + 1 < len(doc) and doc[end].ent_type_ == "GPE" \
                    and doc[end].ent_iob_ == "B" and doc[end].is_title and self.lex.country_of(doc[end].text) \
                    and doc[start].is_alpha and not doc[start].ent_id_ and not doc[start].is_sent_start \
                    and not self.lex.is_org_head(doc[start].lower_) and not self.lex.country_of(doc[start].text) \
                    and doc[start].lower_ not in self.lex.heads and doc[end + 1].lower_ in ("and", "&", ",", "."):
                end += 1  # "GreenFeed Vietnam and Dabaco Group": a firm's arm in a country, in a list of firms
            end = self._legal_form_after(doc, end)
            if end < len(doc) and body_number(doc, end) and self.lex.is_org_head(doc[end - 1].lower_):
                end += 1  # "Commission VI": the numeral names the body (Indonesia's parliamentary commissions)
            if not doc[start].ent_id_ and self.lex.kind_of(doc[start:end].text) == "company":
                start, end = self._quoted_name_after(doc, start, end)  # ('JSC National Company "Kazakh Invest"')
            abroad = self._chamber_abroad(doc, start, end, taken)
            if abroad > end and start >= 1 and (start - 1) not in taken and self.lex.country_of(doc[start - 1].text):
                start -= 1  # "the Japanese Chamber of Commerce and Industry in Mexico": its own country and its host
            end = abroad
            end = self._title_off_end(doc, start, end, persons)
            if any(persons.at(i) is not None for i in range(start, end)) and not doc[start].ent_id_ \
                    and doc[end - 1].text not in self.lex.company_suffixes:
                continue  # (a firm with its legal form stays a firm: "Hollis & Varga LLP" beside "Marcus Hollis")
            if doc[start].ent_id_ and end - start == 1 and (within := persons.span_at(start)) is not None \
                    and within[1] - within[0] >= 3:
                continue  # "Mercedes Ruiz Castellanos": a company's one-word name that is the given name of a person
            if self._portfolio_before_title(doc, start, end) or self._portfolio_after_title(doc, start, end):
                continue
            if not doc[start].ent_id_ and doc[end - 1].lower_ in self.lex.heads \
                    and not any(self.lex.is_org_head(t.lower_) for t in doc[start:end]):
                continue  # "Chief Agri-Food Trade Negotiator": a title the model read as a body
            if end - start == 3 and doc[start].lower_ in self.lex.heads and doc[start + 1].lower_ == "of" \
                    and doc[start + 2].lower_ in self.lex.unit_words:
                continue  # "Head of Department", "Chief of Mission": a title
            if not doc[start].ent_id_ and self._title_before_person(doc, start, end, persons):
                continue
            if end - start == 1 and not doc[start].ent_id_ and (cue := cue_length(self.lex, doc, end)) \
                    and end + cue < len(doc) and doc[end + cue].is_title:
                continue  # "the Stuttgart carmaker Rheinmotor AG": where the body is from, before what it is
            if end - start == 1 and start >= 2 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "GPE" \
                    and not doc[start].ent_id_:
                continue  # "Banff, Alta.": a province or state after a place name
            if start >= 2 and doc[start - 1].text == ":" and doc[start - 2].lower_ in self.lex.heads:
                # "Executive Manager: Market Access, Wines of South Africa": the post's area after its colon, then
                # the body after the comma
                comma = next((k for k in range(start, end) if doc[k].text == ","), None)
                if comma is not None:  # (no comma: the body itself, "Lead negotiator: European Union")
                    start = comma + 1
            resolved = self.resolver.resolve(doc, start, end, fallback_country)
            if resolved is None:
                continue
            # a known company's longer name ("Nissan Mexicana") is a body, however often the story names it (not
            # another known body's run into a headline's capitals: "EU Readies Aluminum Safeguard")
            longer = bool(doc[start].ent_id_) and end > ent.end and not resolved.known \
                and getattr(self.lex.organizations.get(doc[start].ent_id_), "kind", None) in ("company", "media")
            # ("whose Naviera Atlántica del Sur runs four car carriers": what a person owns and runs is a firm)
            owned = owned_by_person(doc, start, end, self.lex)
            found.append(OrgMention(start, end, resolved.name, doc[start:end].text, confirmed=longer or owned))
            taken.update(range(start, end))
        found.extend(OrgMention(c.start, c.end, c.name, doc[c.start:c.end].text, confirmed=True)
                     for c in self.cues.dateline_credits(doc, taken))
        # "New Delhi, Jul 14 (BNS)", a last line "MAP": the model may have found the agency first
        credited = agencies(doc) | {fold(c.name) for c in self.cues.dateline_credits(doc, set())}
        for mention in found:
            mention.confirmed = mention.confirmed or fold(mention.surface) in credited or self._after_title_at(doc, mention.start) \
                or self.cues.follows_cue(doc, mention.start) or medium_after(self.lex, doc, mention.end) \
                or cue_after(self.lex, doc, mention.end, mention.start) \
                or told_before(doc, mention.start, mention.end) or self.cues.addressed(doc, mention.start) \
                or self._speaks(doc, mention) or self._initials_of_words(doc, mention) \
                or mention.end - mention.start <= 2 and camel_case_name(doc[mention.start].text) \
                or appositive_body_after(self.lex, doc, mention.end, body=True) \
                or officer_post_then_holder(self.lex, doc, mention.end) \
                or mention.start >= 2 and doc[mention.start - 1].text == "," \
                and self.cues.follows_cue(doc, mention.start - 1) \
                or any(a <= mention.start and mention.end <= b for a, b in bodies_before_clause(self.lex, doc))
            # ("Italy's wine lobby, Unione Italiana Vini", "SolarPower Europe (SPE), whose members include ...")
            # ("X, the only sampled exporter ...")
        found.extend(self._named_after_title(doc, taken, persons))
        # (in English, only where the model saw no body: "the Centre for ..." it labelled a place)
        found.extend(self._spans_named(doc, head_first_names(self.lex, doc), taken, resolve=True))
        found.extend(self._unit_after_title(doc, taken, persons))
        found.extend(self._parts_after_possessive(doc, taken, persons))
        found.extend(self._company_names(doc, taken, persons, found))
        found.extend(self._company_before_title(doc, taken, persons))
        found.extend(self._name_before_holders_title(doc, taken, persons))
        found.extend(self._country_named_body_before_title(doc, taken, persons))
        found.extend(self._firm_before_officer(doc, taken, persons))
        found.extend(self._body_before_holder(doc, taken, persons))
        cued = self.cues.named_after_cues(doc, taken, persons) + self.cues.named_before_clause(doc, taken, persons) \
            + self.cues.named_before_medium(doc, taken) + self.cues.addressed_outlets(doc, taken, persons) \
            + self.cues.named_before_appositive(doc, taken, persons)
        found.extend(OrgMention(c.start, c.end, c.name, doc[c.start:c.end].text, confirmed=True) for c in cued)
        found.extend(self._named_again(doc, [m for m in found if m.confirmed], taken, persons))
        found.extend(self._generic_bodies(doc, taken, fallback_country))
        found.extend(self._posts_office(doc, taken))
        found.extend(self._possessed_parts(doc, found, taken))
        found.extend(self._unlabelled_bodies(doc, taken, persons, fallback_country))
        found.extend(self._camel_case_names(doc, taken))
        found.extend(self._ampersand_names(doc, taken))
        found.extend(self._one_word_body_before_holder(doc, taken, persons))
        found.extend(self._spelled_by_short_form(doc, taken, persons))
        linked, refused = link_short_forms(doc, found, taken, self._defines_short_form, self.lex.body_words,
                                           self.lex.place_country)
        found.extend(OrgMention(c.start, c.end, c.name, doc[c.start:c.end].text, confirmed=True) for c in linked)
        self._glosses(doc, found)
        self._appositive_names(doc, found)
        found.extend(self._own_language_names(doc, found, taken))
        self._longer_name_again(doc, found, taken)
        self._same_words_again(doc, found)
        self._both_sides_named(doc, found, taken)
        instruments = self._instruments(doc)
        # (a word no body is named by, whichever cue found it: "the Bengali daily Prothom Alo"; an honorific the
        # story writes: "Pan minister Wiśniewski" in a Polish story)
        turns = caps_turns(doc_text(doc), self.lex) + header_lists(doc_text(doc))[0] \
            + author_area_posts(self.lex.heads, doc)  # (and "Media contacts"; "Jane Doe, Analyst in
        # Industrial Organization and Business": an author's post and its area)
        found = [m for m in found if (not any(a <= doc[m.start].idx < b for a, b in turns)  # ("NKOSI-BHENGU:")
                                      or m.name in self.lex.organizations and doc[m.start - 1].text == "(")
                 # ("Director, EU Trade Practice": a firm's practice group, a part of the firm and no body of its own)
                 and not (m.name.split()[-1] == "Practice" and m.name not in self.lex.organizations
                          and len(m.name.split()) <= 7 and all(w[:1].isupper() or w == "&" for w in m.name.split())
                          and not any(self.lex.is_org_head(w.lower()) for w in m.name.split()[:-1]))]
        return [m for m in found if m.surface not in refused and not _ticker_exchange(doc, m)
                # ("officiating the Malaysia Solar Week 2026": an event's name the mention cuts, no body)
                and not (m.end < len(doc) and doc[m.end].ent_type_ == "EVENT" and doc[m.end].ent_iob_ == "I"
                         and doc[m.end - 1].ent_type_ == "EVENT")
                and not _closes_lower(doc, m) and not _sign_off(doc, m, self.lex)
                and (m.name in self.lex.organizations or fold(m.surface) not in instruments
                     and fold(m.name) not in self.lex.not_organizations)
                and not (m.surface in self.lex.cued_honorifics and m.surface in honorifics_written(self.lex, doc))]

    def _product_with_officers(self, doc: Doc, ent: Span) -> bool:
        """"Priya Raman, Maersk's regional managing director": a name the model read as a product, with a post
        after its possessive (lower-case words, then a title's head), is a company's."""
        if ent.label_ != "PRODUCT" or ent.end + 1 >= len(doc) or doc[ent.end].text not in POSSESSIVES \
                or not all(t.is_alpha for t in ent):
            return False  # (not a model's number: "Boeing 737's chief engineer")
        k = ent.end + 1
        while k < len(doc) and k - ent.end <= 4 and doc[k].is_lower and doc[k].lower_ not in self.lex.heads:
            k += 1
        return k < len(doc) and doc[k].is_lower and (doc[k].lower_ in self.lex.heads
                                                     or doc[k].lower_.split("-")[-1] in self.lex.heads)

    def _initials_of_words(self, doc: Doc, mention: OrgMention) -> bool:
        """"France's CMA CGM": a name of two or more words each in capitals, which the model read as a body, is one
        named once too (a headline's capitals never get this far)."""
        words = doc[mention.start:mention.end]
        # (short words, as initials are: not "VALDIS DOMBROVSKIS", a name in capitals)
        return len(words) >= 2 and all(t.is_upper and t.is_alpha and 2 <= len(t) <= 4 and t.ent_type_ == "ORG"
                                       for t in words) \
            and not self.lex.name_order.surname_first([t.text for t in words])  # (nor "TRAN THI MAI")

    def _speaks(self, doc: Doc, mention: OrgMention) -> bool:
        """"The Suez Canal Economic Zone (SCZONE) said ...": a name of several words that says something, its
        short form between them or not, is a body even when named once and without a body's word (a place
        that speaks is a country's or a city's name, which never gets this far)."""
        words = [t for t in doc[mention.start:mention.end] if t.is_alpha]
        if len(words) < 2 or not all(t.is_title or t.is_upper or t.lower_ in ("of", "and", "for") for t in words) \
                or words[-1].lower_ in self.lex.document_words or any(t.ent_type_ == "PERSON" for t in words) \
                or not any(t.ent_type_ == "ORG" for t in words):
            return False  # (a report, a plan, a fair that "says": "The WTO's Global Trade Outlook said"; a person)
        if mention.start >= 1 and (doc[mention.start - 1].text in ("'s", "\u2019s")
                                   or doc[mention.start - 1].lower_ in self.lex.heads):
            return False  # (an owner's: "India's Economic Survey said"; a title's holder: "UN envoy Vasily Nebenzya")
        before = mention.start - 1 if mention.start > 0 and doc[mention.start - 1].lower_ != "the" else mention.start - 2
        if before >= 0 and doc[before].pos_ in ("ADP", "CCONJ"):
            return False  # "the MP for Birmingham Hodge Hill and Solihull North said": a seat, not the speaker
        k = mention.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper:
            k += 3
        return k < len(doc) and doc[k].lower_ in self.lex.speech_verbs and doc[k].pos_ == "VERB" \
            and doc[k].tag_ in ("VBD", "VBZ", "VBP") and not (k + 1 < len(doc) and doc[k + 1].lower_ in ("by", "in"))

    def _instruments(self, doc: Doc) -> set[str]:
        """Folded names of legal instruments the story names, and their bracketed short forms ("EU Deforestation
        Regulation (EUDR)"): no bodies."""
        out = set()
        subject_cues = self.lex.instrument_words | {"understanding", "memorandum"}
        for tok in doc:
            if tok.lower_ in subject_cues and tok.is_title \
                    and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "on":
                k = start = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
                while k < len(doc) and k - start < 8 and not doc[k].ent_id_ and (
                        doc[k].is_title or doc[k].lower_ in ("of", "and", "for") and k + 1 < len(doc)
                        and doc[k + 1].is_title):
                    k += 1  # "a Memorandum of Understanding on the Exchange of Emissions Data": what it is on
                if k > start and not self.lex.is_org_head(doc[k - 1].lower_):
                    out.add(fold(doc[start:k].text))  # (not "on the Caribbean Development Bank loan")
            if tok.lower_ in subject_cues and tok.is_title and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" \
                    and doc[tok.i + 2].is_title:
                k = tok.i + 2
                while k < len(doc) and k - tok.i < 16 and not doc[k].ent_id_ and (
                        doc[k].is_title or doc[k].lower_ in ("of", "and", "for", "on", "the") and k + 1 < len(doc)
                        and doc[k + 1].is_title):
                    k += 1
                out.add(fold(doc[tok.i:k].text))  # "the Memorandum of Cooperation on Strengthening Critical Minerals
                # and Semiconductor Supply Chains": the instrument whole, its kind first
            if tok.lower_ not in self.lex.instrument_words or not tok.is_title or tok.ent_id_:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 9 and not doc[start - 1].ent_id_ and (
                    doc[start - 1].is_title or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_)
                    or doc[start - 1].lower_ in ("and", "of", "for", "on") and start >= 2 and doc[start - 2].is_title
                    and not doc[start - 2].ent_id_ and not self.lex.kind_of(doc[start - 2].text)):
                # (not "Centre for European Trade Strategy": a body's word before the connector)
                start -= 1  # ("Multi-Party Interim Appeal Arbitration Arrangement", "Foreign Exchange and Foreign
                # Trade Act")
            while start < tok.i and doc[start].is_lower:
                start += 1
            if start < tok.i:
                out.add(fold(doc[start:tok.i + 1].text))
                owner = start
                while owner > 0 and tok.i - owner < 12 and doc[owner - 1].ent_id_ and doc[owner - 1].is_title:
                    owner -= 1
                if owner < start:
                    out.add(fold(doc[owner:tok.i + 1].text))  # ("the European Union Deforestation Regulation": the
                    # instrument with its maker's name in front)
            if tok.i + 3 < len(doc) and doc[tok.i + 1].text == "(" and doc[tok.i + 3].text == ")":
                out.add(fold(doc[tok.i + 2].text))
        for tok in doc:  # "a sale and purchase agreement (SPA)": a short form of words in lower case is a term's
            if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")" and doc[tok.i + 1].is_upper \
                    and doc[tok.i + 1].is_alpha and 2 <= len(doc[tok.i + 1].text) <= 6:
                short = doc[tok.i + 1].lower_
                k, letters = tok.i, []
                while k > 0 and len(letters) < len(short) and (
                        doc[k - 1].is_lower and doc[k - 1].is_alpha
                        or doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and k >= 2 and doc[k - 2].is_lower):
                    k -= 1  # (a hyphen's parts count each: "the anti-coercion instrument (ACI)")
                    if doc[k].is_alpha and doc[k].lower_ not in NAME_SMALL_WORDS:
                        letters.insert(0, doc[k].lower_[0])
                if "".join(letters) == short and not any(self.lex.kind_of(t.text) in ("government", "union", "committee")
                                                         for t in doc[k:tok.i]):
                    out.add(short)  # (not "the general administration of customs (GAC)": a body in lower case)
        return out

    def _parts_after_possessive(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"the World Trade Organization's Negotiating Group on Rules": capitalized words with a word that makes
        a body ("Group", "Committee", "Bureau") right after a known body's possessive (or "its" once a body is
        named) name a part of it."""
        out = []
        for tok in doc:
            its = tok.lower_ in ("its", "their") and any(i < tok.i for i in taken)  # "Director-General of its Trade
            # Policy Bureau", after the ministry is named
            if not its and (tok.text not in POSSESSIVES or tok.i == 0 or tok.i + 1 >= len(doc)
                            or (tok.i - 1) not in taken or not doc[tok.i - 1].ent_id_):
                continue
            k = tok.i + 1
            while k < len(doc) and k - tok.i <= 7 and k not in taken and persons.at(k) is None and (
                    doc[k].is_title or (doc[k].lower_ in ("of", "on", "for", "and") and k + 1 < len(doc)
                                        and doc[k + 1].is_title)):
                k += 1
            words = doc[tok.i + 1:k]
            if len(words) < 2 or not any(self.lex.is_org_head(t.lower_) for t in words) \
                    or any(t.lower_ in self.lex.heads for t in words):
                continue  # ("the WTO's Director-General": a title, not a part)
            out.append(OrgMention(tok.i + 1, k, words.text, words.text, confirmed=True))
            taken.update(range(tok.i + 1, k))
        return out

    def _both_sides_named(self, doc: Doc, found: list[OrgMention], taken: set[int]) -> None:
        """"the Indonesia-New Zealand Working Group on Dairy Trade", "the Japan–Brazil Joint Committee on ...": a
        body two countries share names both; the model, which reads the first country as a place, starts the
        name at the second. The mention takes the first country and its dash in."""
        for mention in found:
            k = mention.start
            if k < 2 or doc[k - 1].text not in ("-", "\u2013", "\u2014") or mention.name in self.lex.organizations \
                    or not self.lex.country_of(doc[mention.start:mention.end].text.split(" ")[0]) \
                    and not doc[mention.start].ent_type_ == "GPE":
                continue
            first = k - 2
            while first > 0 and doc[first - 1].ent_iob_ == "I" and doc[first].ent_type_ == "GPE" \
                    and doc[first - 1].ent_type_ == "GPE":
                first -= 1  # ("Viet Nam – Korea ...": a country of two words)
            if first > 0 and doc[first - 1].ent_type_ == "GPE" and doc[first].ent_iob_ == "I":
                first -= 1
            if not self.lex.country_of(doc[first:k - 1].text):
                continue
            surface = doc[first:mention.end].text
            if mention.name == mention.surface:
                mention.name = surface
            mention.surface, mention.start = surface, first
            taken.update(range(first, k))

    @staticmethod
    def _longer_name_again(doc: Doc, found: list[OrgMention], taken: set[int]) -> None:
        """"the Department of Patents, Designs and Trademarks (DPDT)", then "- Dr X, Deputy Registrar, Department of
        Patents, Designs and Trademarks": a name with a comma in it, written again where no short form follows,
        cut at its comma the second time; the mention runs on through the name as first found."""
        longer = {m.surface for m in found if "," in m.surface}
        for mention in found:
            start_char = doc[mention.start].idx
            for name in longer:
                if len(name) <= len(mention.surface) or not name.startswith(mention.surface + ",") \
                        or doc_text(doc)[start_char:start_char + len(name)] != name:
                    continue
                span = doc.char_span(start_char, start_char + len(name))
                if span is None or any(i in taken for i in range(mention.end, span.end)):
                    continue
                if mention.name == mention.surface:
                    mention.name = name
                taken.update(range(mention.end, span.end))
                mention.end, mention.surface = span.end, name
                break

    def _same_words_again(self, doc: Doc, found: list[OrgMention]) -> None:
        """"Samoa's Ministry of Commerce, Industry and Labour ... - Jane Doe, Ministry of Commerce, Industry and
        Labour": a generic name written again without its country names the body it named the first time, not
        the dateline country's."""
        first: dict[str, OrgMention] = {}
        for mention in sorted(found, key=lambda m: m.start):
            key = fold(mention.surface)
            earlier = first.setdefault(key, mention)
            if earlier is not mention and earlier.name != mention.name \
                    and self.resolver.country_before(doc, mention.start)[0] is None \
                    and self.resolver._generic_words(doc[mention.start:mention.end]):
                for short in found:  # (and its short form in brackets after it: "the Department of Agriculture (DA)")
                    if short.name == mention.name and mention.end < short.start <= mention.end + 2 \
                            and doc[mention.end].text == "(" and short.surface.isupper():
                        short.name = earlier.name
                mention.name = earlier.name

    def _last_portfolio_after(self, doc: Doc, ent: Span, following: Span | None) -> bool:
        """"the Ministry of Maritime Affairs" + "and Insular Policy", "the Ministry of Chemicals" + "and
        Fertilizers": a ministry's or department's name the model stopped at "and"; its last portfolio (one or
        two capitalized words, which the model read as a body of their own or as nothing) follows."""
        end = ent.end
        start = ent.start + (ent[0].lower_ == "the")
        if start + 1 < end and doc[start].is_title and self.lex.kind_of(doc[start + 1].text) == "government" \
                and self.lex.kind_of(doc[start].text) != "government":
            start += 1  # ("the Federal Ministry for Economic Affairs" + "and Climate Action": a word before the body's)
        prep = start + 1
        while prep < end - 1 and doc[prep].lower_ in ("-", "general"):
            prep += 1  # "Directorate General for ...", "Directorate-General for ..."
        if ent.label_ != "ORG" or ent[0].ent_id_ or prep + 1 >= end or end + 2 >= len(doc) \
                or doc[end].lower_ not in ("and", "&") or self.lex.kind_of(doc[start].text) != "government" \
                or doc[prep].lower_ not in ("of", "for"):
            return False
        if following is not None and following.start == end + 1 and len(following) == 1 and following[0].is_upper \
                and self.lex.country_of(following.text) and doc[prep].lower_ == "for" and following.end < len(doc) \
                and (doc[following.end].is_punct or doc[following.end].pos_ == "ADP"):
            return True  # "the Directorate General for International Agreements" + "and EU" + "at ...": the union
            # the unit deals with
        if following is not None and following.start == end + 1:
            words = list(following)
            if following.label_ not in ("ORG", "PERSON") or len(words) > (3 if following.label_ == "ORG" else 1) \
                    or following[0].ent_id_:
                return False  # ("the Ministry of Chemicals and Fertilizers was represented": read as a person)
        else:
            k = end + 1
            while k < len(doc) and k - end <= 2 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_:
                k += 1
            words = list(doc[end + 1:k])
            if not words or (k < len(doc) and (doc[k].is_title or doc[k].ent_type_)):
                return False
        last = words[-1].lower_
        portfolio = last in self.lex.domain_words or last in self.lex.portfolio_words \
            or len(words) == 2 and words[0].lower_ in self.lex.portfolio_words and words[1].pos_ in ("NOUN", "PROPN") \
            or (last.endswith("s") and words[-1].pos_ in ("NOUN", "PROPN") and len(words) == 1)
        return portfolio and all(t.is_title and t.is_alpha and not self.lex.is_org_head(t.lower_)
                                 and t.lower_ not in self.lex.heads and not self.lex.country_of(t.text) for t in words)

    def _past_title_area(self, doc: Doc, start: int, end: int) -> int:
        """"Director of Animal Health, Directorate General of Livestock ...", "Director, Market Access, Ministry
        for Primary Industries": the area of a title in a delegation list, read by the model into the body after
        it; the body starts after the comma (the words before it name no body, and a title's head is just
        before them)."""
        if start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_ in self.lex.heads:
            k = start  # "the secretary of Foreign Trade of the Ministry of Development, ...": the title's area, then
            while k < end and (doc[k].is_title and (doc[k].lower_ in self.lex.portfolio_words  # "of" and the body
                                                    or doc[k].lower_ in self.lex.domain_words)
                               or doc[k].lower_ in ("and", "&") and k > start and k + 1 < end and doc[k + 1].is_title):
                k += 1  # (two areas: "the secretary of Trade and International Relations of the Ministry of ...")
            body = k + 1 + (k + 1 < end and doc[k + 1].lower_ == "the")
            if k > start and body < end and doc[k].lower_ == "of" and (
                    self.lex.is_org_head(doc[body].lower_) or doc[body:end].text in bracketed_short_forms(doc)
                    or self.lex.org_named(doc[body:end].text) is not None):
                return body  # (or its short form: "the undersecretary of Foreign Trade of the SE")
        comma = next((k for k in range(start + 1, min(end - 1, start + 5)) if doc[k].text == ","), None)
        if comma is None or start < 2 or doc[start - 1].lower_ not in ("of", "for", ",") \
                or doc[start - 2].lower_ not in self.lex.heads \
                or doc[start].ent_id_ and all(t.ent_id_ == doc[start].ent_id_ for t in doc[start:end]):
            return start  # (a known name with a comma in it: "Foreign, Commonwealth & Development Office")
        if any(self.lex.is_org_head(t.lower_) for t in doc[start:comma]) \
                or not any(self.lex.is_org_head(t.lower_) for t in doc[comma + 1:end]):
            return start
        return comma + 1

    def _bodies_chained(self, doc: Doc, ent: Span) -> list[Span]:
        """"The Committee of Geology of the Ministry of Industry and Construction", "Ministry of Commerce and
        Industry, Government of India", read by the model as one name, are two bodies, the one a part of the
        other: a name with its organization word, then "of the" (or a comma) and a government body's word
        ("Ministry", "Department", "Government") or a university's opening the second ("the Institute of International
        Economics of the University of ..."), or its possessive and a body of its kind
        ("Committee's Subcommittee")."""
        if ent.label_ != "ORG" or ent[0].ent_id_:
            return [ent]
        for k in range(ent.start + 2, ent.end - 2):
            if doc[k].text == "," and doc[k + 1].is_title and self.lex.kind_of(doc[k + 1].text) == "government" \
                    and self.lex.is_org_head(doc[k + 1].lower_) and doc[k + 2].lower_ in ("of", "for") \
                    and any(self.lex.is_org_head(t.lower_) for t in doc[ent.start:k]):
                # "Ministry of Commerce and Industry, Government of India": a body, then the one it belongs to
                return [Span(doc, ent.start, k, label="ORG"), Span(doc, k + 1, ent.end, label="ORG")]
            if doc[k].lower_ == "of" and doc[k + 1].lower_ == "the" and doc[k + 2].is_title \
                    and self.lex.kind_of(doc[k + 2].text) in ("government", "university") \
                    and self.lex.is_org_head(doc[k + 2].lower_) \
                    and any(self.lex.is_org_head(t.lower_) for t in doc[ent.start:k]):
                # (the second may hold a third: "the Secretariat of Mining of the Ministry of Economy")
                rest = Span(doc, k + 2, ent.end, label="ORG")
                return [Span(doc, ent.start, k, label="ORG"), *self._bodies_chained(doc, rest)]
            if doc[k].lower_ in ("of", "at") and doc[k + 1].is_title and fold(doc[ent.end - 1].text).startswith("universit") \
                    and "universit" in self.lex.unit_parent_of(doc[ent.start + (doc[ent.start].lower_ == "the"):k].text) \
                    and not any(fold(t.text).startswith("universit") for t in doc[ent.start:k]) \
                    and not any(t.lower_ in ("of", "and", "at") for t in doc[k + 1:ent.end]):
                # "the School of Economics and Management of Tsinghua University": a university's school, then the
                # university (named by its own name, no "the University of")
                start = ent.start + (doc[ent.start].lower_ == "the")
                return [Span(doc, start, k, label="ORG"), Span(doc, k + 1, ent.end, label="ORG")]
            if doc[k].text in POSSESSIVES and self.lex.is_org_head(doc[k - 1].lower_) and doc[k + 1].is_title \
                    and self.lex.kind_of(doc[k + 1].text) == self.lex.kind_of(doc[k - 1].text) is not None \
                    and self.lex.is_org_head(doc[k + 1].lower_):
                # "the House Agriculture Committee's Subcommittee on Livestock": a body, then its part of a kind
                start = ent.start + (doc[ent.start].lower_ == "the")
                return [Span(doc, start, k, label="ORG"), Span(doc, k + 1, ent.end, label="ORG")]
        return [ent]

    def _bracketed_after_title(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"Director General of Trade (Direction générale du Commerce) at the Ministry": a body's name in the
        story's own language, in brackets right after a title that it glosses, is the unit that title heads
        (its first words say it is a body; the model often runs the title into it)."""
        out = []
        for tok in doc:
            if tok.text != "(" or tok.i < 1 or tok.i in taken:
                continue
            if not self._title_ends_at(doc, tok.i):
                continue
            close = next((k for k in range(tok.i + 2, min(len(doc), tok.i + 10)) if doc[k].text == ")"), None)
            if close is None or any(k in taken for k in range(tok.i + 1, close)):
                continue
            inner = doc[tok.i + 1:close]
            words = fold(inner.text).split()
            if not inner[0].is_title or not all(t.is_alpha or t.text in ("-", "'", "\u2019") for t in inner) \
                    or not (words[0] in self.lex.org_heads or tuple(words[:2]) in self.lex.org_head_pairs):
                continue
            resolved = self.resolver.resolve(doc, tok.i + 1, close)
            if resolved is None:
                continue
            out.append(OrgMention(tok.i + 1, close, resolved.name, inner.text, confirmed=True))
            taken.update(range(tok.i + 1, close))
        return out

    def _spelled_by_bracketed_initials(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"the state-owned Polska Grupa Zbrojeniowa (PGZ)": capitalized words whose initials the short form in
        brackets after them spells, letter by letter, name a body, whatever the model read them as (no person's
        name, no country's, none the story took already)."""
        out = []
        for tok in doc:
            short = tok.text
            start = tok.i - 1 - len(short)
            if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6) or start < 0 \
                    or doc[tok.i - 1].text != "(" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ")":
                continue
            start = self._initials_start(doc, tok.i - 1, short, start)
            words = doc[start:tok.i - 1]
            if name_initials(doc, start, tok.i - 1).upper() != short \
                    or not all(t.is_title and t.is_alpha or t.lower_ in INNER_SMALL_WORDS for t in words) \
                    or any(t.i in taken or persons.at(t.i) is not None for t in words) \
                    or self.lex.country_of(words.text) or words[0].ent_id_ or words[-1].lower_ in self.lex.heads:
                continue  # (a title's own short form: "Cabinet Secretary (CS)", "Principal Secretary (PS)")
            resolved = self.resolver.resolve(doc, start, tok.i - 1)
            post_of = start >= 2 and doc[start - 1].lower_ in ("of", "at") and doc[start - 2].lower_ in self.lex.heads
            # (or "senior vice president of government relations at the Footwear Distributors and Retailers of America
            # (FDRA)": a post's "at the" or "of the"; "Meat & Livestock Australia (MLA) managing director X": a post
            # right after the brackets)
            post_of = post_of or start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in ("of", "at") \
                and any(doc[j].lower_ in self.lex.heads for j in range(max(0, start - 10), start - 2)) \
                or tok.i + 2 < len(doc) and (doc[tok.i + 2].lower_ in self.lex.heads
                                             or doc[tok.i + 2].lower_ in self.lex.modifiers
                                             and tok.i + 3 < len(doc) and doc[tok.i + 3].lower_ in self.lex.heads)
            if resolved is None or fold(short) in self.lex.not_organizations or not (
                    resolved.known or self.lex.looks_like_org(words.text) or self.lex.kind_of(words.text) or post_of):
                continue  # (a measure's name: "Digital Services Tax (DST)"; but "the president of Sistema Moda
                # Italia (SMI)" holds a post at it)
            out.append(OrgMention(start, tok.i - 1, resolved.name, words.text, confirmed=True))
            taken.update(range(start, tok.i - 1))
        return out

    def _named_before_short_form(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """The bodies ``org_cues.name_before_short_form`` finds before a short form in brackets, none taken or
        holding a person's name of two words or more: their spans, for ``_spans_named``."""
        out = []
        for tok in doc:
            found = name_before_short_form(self.lex, doc, tok.i)
            if found is None or any(k in taken for k in range(*found)) \
                    or any(persons.at(k) is not None and len(persons.at(k).name.split()) > 1 for k in range(*found)):
                continue
            out.append(found)
        return out

    def _firms_of_outside_voices(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"Jefferies analyst Tom Brackett asked ...", "said Rabobank economist X": one capitalized word right before
        an outside voice's head in lower case (titles.yaml ``outside_voice_heads``), or before its rank and field
        ("Rabobank senior grains analyst X"), and the holder's name is the firm the voice speaks for, whatever the
        model read it as (no place, country, nationality, person, policy domain, title word, nor a word the story
        writes in lower case: "Trade analyst X", "Veteran analyst X"). Their spans, for ``_spans_named``."""
        out = []
        lower = {t.lower_ for t in doc if t.is_lower and t.is_alpha}
        for tok in doc[:-2]:
            i = tok.i
            h = i + 1  # (past a rank and a field in lower case: "Citi senior metals analyst X")
            while h < len(doc) - 1 and h - i <= 3 and doc[h].is_lower and doc[h].lower_ not in self.lex.outside_voice_heads \
                    and (doc[h].lower_ in self.lex.modifiers or doc[h].lower_ in self.lex.domain_words
                         or doc[h].pos_ == "NOUN"):
                h += 1
            ranked = any(doc[k].lower_ in self.lex.modifiers for k in range(i + 1, h))
            nxt = doc[h]
            if not (tok.is_title and tok.is_alpha and len(tok.text) >= 3) or i in taken or persons.at(i) is not None \
                    or not (nxt.is_lower and nxt.lower_ in self.lex.outside_voice_heads) \
                    or h + 1 >= len(doc) or persons.at(h + 1) is None or tok.ent_type_ in ("NORP", "DATE", "PERSON") \
                    or (i > 0 and (doc[i - 1].is_title or doc[i - 1].text in ("'s", "\u2019s"))) \
                    or self.lex.country_of(tok.text) or self.lex.place_country(tok.text) \
                    or tok.lower_ in self.lex.heads or tok.lower_ in self.lex.modifiers \
                    or tok.lower_ in self.lex.domain_words or tok.lower_ in self.lex.portfolio_words \
                    or tok.lower_ in lower or tok.pos_ == "ADJ" or fold(tok.text) in self.lex.not_organizations \
                    or not (tok.ent_type_ in ("ORG", "GPE") or self.lex.org_named(tok.text) is not None
                            or ranked and not tok.ent_type_ and tok.pos_ in ("PROPN", "NOUN") and not tok.is_stop):
                continue  # (the model's body, or its misread place: not "Shipping analyst X", "Tax lawyer X"; or a
                # word before a rank in lower case: "Citi senior metals analyst X", whose rank says it is no title's)
            out.append((i, i + 1))
        return out

    def _named_before_its_kind(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"General Secretary of the Community union", "chair of the Thornbury lobby group": after a post's "of the",
        one to three capitalized words the lexicon knows as no place, country or person, then what kind of body
        they are in lower case (``appositive_body_nouns``): the words name the body. Their spans, for
        ``_spans_named``."""
        out = []
        for tok in doc:
            if tok.lower_ != "the" or tok.i < 2 or doc[tok.i - 1].lower_ != "of" \
                    or doc[tok.i - 2].lower_.split("-")[-1] not in self.lex.heads:
                continue
            start = end = tok.i + 1
            while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha \
                    and end not in taken and persons.at(end) is None and not doc[end].ent_id_ \
                    and doc[end].lower_ not in self.lex.heads:
                end += 1
            if end == start or end >= len(doc) or not doc[end].is_lower:
                continue
            kind = next((n for n in (2, 1) if tuple(t.lower_ for t in doc[end:end + n]) in self.lex.appositive_body_nouns
                         and end + n <= len(doc)), None)
            text = doc[start:end].text
            if kind is None or self.lex.country_of(text) or self.lex.place_country(text) \
                    or any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE") for t in doc[start:end]) \
                    or self.lex.is_portfolio(doc[end - 1].lower_):
                continue  # (not "the Korean steel association", "of the Trade union": a place or a remit)
            out.append((start, end))
        return out

    def _named_for_what_they_make(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"Emery Oleochemicals, with plants in ...", "Delta Grain Exports said": two to four capitalized words in
        prose that close on what a firm makes (``Lexicon.is_firm_name_ending``), which the model read as nothing,
        name a firm. Not in a headline's capitals, nor where a place, a nationality or a country opens them ("Chinese
        Semiconductors"). Their spans, for ``_spans_named``."""
        heads = headline_lines(doc_text(doc), self.lex.heads)
        out = []
        for tok in doc:
            if not (tok.is_title and self.lex.is_firm_name_ending(tok.text)) or tok.ent_type_ or tok.i in taken \
                    or any(a <= tok.idx < b for a, b in heads):
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and not doc[start - 1].ent_type_ and not doc[start - 1].ent_id_ and start - 1 not in taken \
                    and persons.at(start - 1) is None and not self.lex.country_of(doc[start - 1].text) \
                    and not self.lex.place_country(doc[start - 1].text) and doc[start - 1].lower_ not in self.lex.heads \
                    and doc[start - 1].lower_ not in self.lex.org_leading_words:
                start -= 1
            if start < tok.i and not (start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha
                                      and not self.lex.country_of(doc[start - 1].text)
                                      and doc[start - 1].lower_ not in self.lex.org_leading_words) \
                    and not (start > 0 and doc[start - 1].lower_ in ("for", "and", "&")) \
                    and not self.lex.is_portfolio(doc[start].lower_):
                out.append((start, tok.i + 1))  # (not "Heavy Industries" of "Samsung Heavy Industries", a name
                # another reading took; nor a post's area: "Director-General for Manufacturing Industries", "Ministers
                # for Small and Medium Industries")
        return out

    def _body_before_capital_post(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"with OCP Group Executive Vice-President for Africa, X": one to four capitalized words closing on a
        body's word ("Group", "Association", "Corporation"), right before a post in capitals (a title's head, or a
        modifier and one), which the model read as nothing: the body the post is at. Their spans, for
        ``_spans_named``."""
        out = []
        for tok in doc[1:-1]:
            nxt = doc[tok.i + 1]
            post = nxt.is_title and (nxt.lower_ in self.lex.heads or nxt.lower_.split("-")[0] in self.lex.modifiers
                                     and any(doc[k].lower_.split("-")[-1] in self.lex.heads
                                             for k in range(tok.i + 1, min(len(doc), tok.i + 4))))
            if not (post and tok.is_title and self.lex.is_org_head(tok.lower_)) or tok.ent_type_ or tok.i in taken \
                    or self.lex.kind_of(tok.text) not in ("company", "union", "think_tank") \
                    or self.lex.is_portfolio(tok.lower_):
                continue  # (not "Trade Cabinet Secretary", "Acting Energy Secretary": a portfolio before the post)
            start = tok.i
            while start > 0 and tok.i - start < 3 and (doc[start - 1].is_title or doc[start - 1].is_upper) \
                    and doc[start - 1].is_alpha and not doc[start - 1].ent_type_ and start - 1 not in taken \
                    and doc[start - 1].lower_ not in self.lex.org_leading_words \
                    and doc[start - 1].lower_ not in self.lex.heads and not self.lex.country_of(doc[start - 1].text):
                start -= 1
            if start < tok.i and not doc[start].is_sent_start \
                    and not any(self.lex.is_portfolio(t.lower_) for t in doc[start:tok.i + 1]):
                out.append((start, tok.i + 1))
        return out

    def _body_a_person_is_of(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"a question from Sathish Ramaswamy of Bernstein about ...", "Jane Dorrit of Jefferies said": one to three
        capitalized words after a person's name and "of", which the lexicon knows as no place or country and the
        model read as none, closed by punctuation, a preposition or a verb, name the body the person is of. Their
        spans, for ``_spans_named``."""
        out = []
        for tok in doc[1:-2]:
            if tok.lower_ != "of" or persons.at(tok.i - 1) is None or persons.span_at(tok.i - 1)[1] != tok.i:
                continue
            start = end = tok.i + 1
            while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha \
                    and persons.at(end) is None and end not in taken:
                end += 1
            words = doc[start:end]
            if not len(words) or end >= len(doc) or not (doc[end].is_punct and doc[end].text != "-"
                                                         or doc[end].pos_ in ("ADP", "VERB", "AUX")) \
                    or any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "PERSON") or self.lex.country_of(t.text)
                           or self.lex.place_country(t.text) or t.lower_ in self.lex.heads for t in words) \
                    or self.lex.place_country(words.text) or self.lex.country_of(words.text):
                continue
            out.append((start, end))
        return out

    def _capitals_after_post_of(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"Deputy Head of BKPM Dewi Kartikasari", "Chairman of KADIN Arif Rahman": a body's short form in capitals
        after a post's "of", right before its holder's name (``capitals_after_post_of``), is the body the post is at.
        Their spans, for ``_spans_named``."""
        return [(i, i + 1) for i in range(2, len(doc) - 1)
                if i not in taken and capitals_after_post_of(self.lex, doc, i)
                and (span := persons.span_at(i + 1)) is not None and span[0] == i + 1]

    def _words_after_post_of(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"Head of Rosstat Irina Volkova said", "Chairman of Gazprom Neft Alexei Ivanov": one or two capitalized
        words after a post's "of", right before its holder's name (which the name candidates split off them), are
        the body the post is at; not a country, a place, a portfolio or a title's word ("President of Mexico X",
        "Governor of Hokkaido X", "Minister of Agriculture X"). Their spans, for ``_spans_named``."""
        found = []
        for of in doc[1:-3]:
            if of.lower_ != "of" or not post_head_before(self.lex, doc, of.i):
                continue  # (or "Director General of")
            start = of.i + 1 + (doc[of.i + 1].lower_ == "the")
            named = self._named_by_its_word_before(doc, start, persons)
            if named is not None and not any(k in taken for k in range(start, named)):
                found.append((start, named))  # "Director General of Georgian Railway Levan Tsertsvadze"
                continue
            start = of.i + 1
            span = next((persons.span_at(k) for k in (start + 1, start + 2) if persons.span_at(k) is not None), None)
            if span is None or span[0] - start not in (1, 2) or span[1] - span[0] < 2 \
                    or any(k in taken for k in range(start, span[0])):
                continue  # (the holder's given name and surname: not "Rosstat Irina" before a surname alone)
            words = doc[start:span[0]]
            if all(body_word_of_its_own(self.lex, t) and not self.lex.place_country(t.text)
                   and t.ent_type_ not in ("GPE", "LOC", "NORP", "DATE") for t in words) \
                    and not self.lex.place_country(words.text):  # (no place: "Mayor of Kyiv X")
                found.append((start, span[0]))
        return found

    def _named_by_its_word_before(self, doc: Doc, start: int, persons: PersonIndex) -> int | None:
        """Where a body's name from ``start`` ends when two to six capitalized words close on an organization's word
        (or the brand after it: "Development Center QazTrade") right before a person's given name and surname
        ("Georgian Railway" + "Levan Tsertsvadze"); None when they do not."""
        k = start
        while k < len(doc) and k - start < 6 and doc[k].is_title and doc[k].is_alpha and persons.span_at(k) is None:
            k += 1
        span = persons.span_at(k) if k < len(doc) else None
        if k - start < 2 or span is None or span[0] != k or span[1] - span[0] < 2:
            return None
        last = k - 1 - (camel_case_name(doc[k - 1].text) and k - 2 > start)
        return k if self.lex.is_org_head(doc[last].lower_) and not doc[start].ent_type_ == "PERSON" else None

    def _party_tags(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"Luigi Carbonara (FdI)", "Bernd Ahlhaus (CDU)": a short form in brackets right after a person's name is
        the party the person sits for, a body (not the person's own initials: "Andrés Manuel López Obrador (AMLO)";
        not a country's code: "Jan Kowal (PL)"; not letters after a name or a post: "(PhD)", "(OBE)", "(MP)",
        names.yaml ``post_nominals``). Their spans, for ``_spans_named``.
        Dutch papers put the portfolio first: "Minister Marloes ter Horst (Foreign Trade, D66)" (capitalized words,
        then a comma, then the party); a party's short form may hold a digit ("D66")."""
        out = []
        for tok in doc:
            i = tok.i
            short = tok.text
            if i < 2 or i + 1 >= len(doc) or doc[i - 1].text not in ("(", ",") or doc[i + 1].text != ")" or i in taken \
                    or not (short.isalnum() and 2 <= len(short) <= 6 and short[0].isupper()
                            and sum(c.isupper() or c.isdigit() for c in short) >= 2):
                continue
            opening = i - 1
            if doc[i - 1].text == ",":  # ("(Foreign Trade, D66)": the portfolio's capitalized words before the comma)
                opening = i - 2
                while opening > 0 and i - 2 - opening < 4 and doc[opening].is_title and doc[opening].is_alpha:
                    opening -= 1
                if opening == i - 2 or doc[opening].text != "(" or opening < 1 \
                        or any(t.ent_type_ == "DATE" for t in doc[opening + 1:i - 1]):
                    continue  # (a seat before the party names it too: "Jan Kowal (Warsaw, KO)"; an employer after a
                    # post is a body too: "(Senior Economist, ING)"; a region's code is none, organizations.yaml
                    # not_organizations: "(Vice President, EMEA)")
            span = persons.span_at(opening - 1)
            if span is None or span[1] != opening or short in self.lex.countries or self.lex.country_of(short) \
                    or short in self.lex.post_nominals or short.lower() in self.lex.heads \
                    or name_initials(doc, span[0], span[1]).upper() == short.upper() \
                    or fold(short) in self.lex.not_organizations:
                continue
            out.append((i, i + 1))
        return out

    def _group_tags(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"Lucía Beltrán (Renew, ES)": a parliament group's short form that the lexicon gives for members' brackets
        only (``tag_aliases``), then the member's country code, right after a person's name: that group."""
        out = []
        for tok in doc:
            i = tok.i
            name = self.lex.tag_forms.get(tok.text)
            if name is None or i < 2 or i + 3 >= len(doc) or i in taken or doc[i - 1].text != "(" \
                    or doc[i + 1].text != "," or doc[i + 3].text != ")" or not re.fullmatch(r"[A-Z]{2}", doc[i + 2].text):
                continue
            span = persons.span_at(i - 2)
            if span is None or span[1] != i - 1:
                continue
            out.append(OrgMention(i, i + 1, name, tok.text, confirmed=True))
            taken.add(i)
        return out

    def _parties_named_in_brackets(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"federal MP Caroline Dethier (Les Engagés)", "Senator Maria Ortiz (Frente Amplio)": one to three capitalized
        words in brackets right after the name of a member a seat's head (``seat_heads``) opens are the party the
        member sits for, a body, whatever the model read them as (a person's name, often); so are a party's words
        the lexicon knows after anyone's name ("Dame Harriet Colville (Labour)"). Not a country or a place
        ("(Texas)"), a title, letters after a name ("(OBE)"), nor words of the member's own name. Their spans, for
        ``_spans_named``."""
        out = []
        for tok in doc:
            opening = tok.i
            if tok.text != "(" or opening < 2 or (span := persons.span_at(opening - 1)) is None or span[1] != opening:
                continue
            close = next((k for k in range(opening + 2, min(len(doc), opening + 5)) if doc[k].text == ")"), None)
            if close is None or any(k in taken for k in range(opening + 1, close)):
                continue
            words = doc[opening + 1:close]
            text = words.text
            if not all(t.is_alpha and (t.is_title or t.is_upper and len(t) > 1) for t in words) \
                    or self.lex.country_of(text) or self.lex.place_country(text) \
                    or any(self.lex.head_spec(t.text) or t.ent_type_ in ("GPE", "LOC", "DATE") for t in words) \
                    or text in self.lex.post_nominals or fold(text) in self.lex.not_organizations \
                    or any(t.text in doc[span[0]:span[1]].text.split() for t in words):
                continue
            seat = span[0] - 1
            while seat > 0 and span[0] - seat <= 2 and doc[seat].text in self.lex.honorifics:
                seat -= 1
            if doc[seat].lower_ in self.lex.seat_heads and doc[seat].lower_ not in ("member", "members") \
                    or text in self.lex.parties:
                out.append((opening + 1, close))
        return out

    def _parties_before_seats(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[tuple[int, int]]:
        """"the Morena senator Óscar Treviño Garza", "New Democracy MEP Eleni Vlachou", "the PD deputy X": one or
        two capitalized words right before a seat's head (``seat_heads``) that opens its holder's name are the
        party the holder sits for, a body (not a country, place or nationality: "Texas senator", "Greek MEP"; not a
        word that says what kind of member: "Opposition MP", "Republican senator", titles.yaml
        ``seat_qualifiers``). Their spans, for ``_spans_named``."""
        def party_word(t) -> bool:  # a capitalized word no title's, place's or person's, nor a kind of member
            return (t.is_title or t.is_upper) and t.text.isalnum() and t.i not in taken and persons.at(t.i) is None \
                and t.ent_type_ not in ("GPE", "LOC", "DATE", "TIME") and not self.lex.head_spec(t.text) \
                and t.lower_ not in self.lex.seat_qualifiers

        def after_chamber(seat: int) -> int:  # "member of the Bundestag Sevim Aydoğdu": where the name opens
            k = seat + 1 + (seat + 1 < len(doc) and doc[seat + 1].lower_ == "of")
            k += k > seat + 1 and k < len(doc) and doc[k].lower_ == "the"
            opened = k
            while k < len(doc) and k - opened < 4 and doc[k].is_title and doc[k].is_alpha and persons.at(k) is None:
                k += 1
            known = self.lex.org_named(doc[opened:k].text) if k > opened else None
            return k if known is not None and known.kind == "legislature" else seat + 1

        out = []
        for tok in doc:
            seat = tok.i
            if seat < 1 or tok.lower_ not in self.lex.seat_heads or tok.lower_ == "members":
                continue
            opens = after_chamber(seat) if tok.lower_ == "member" else seat + 1
            if tok.lower_ == "member" and opens == seat + 1 \
                    or (span := persons.span_at(opens)) is None or span[0] != opens:
                continue  # ("the SPD member of the Bundestag X": a member only of a chamber the lexicon lists)
            start = seat
            while start > 0 and seat - start < 2 and party_word(doc[start - 1]) and not doc[start - 1].is_sent_start \
                    and doc[start - 1].lower_ not in self.lex.modifiers:
                start -= 1
            if start > 0 and seat - start < 2 and doc[start - 1].is_sent_start and party_word(doc[start - 1]) \
                    and doc[start - 1].lower_ not in self.lex.not_current \
                    and (start < seat or doc[start - 1].lower_ not in self.lex.modifiers):
                start -= 1  # ("New Democracy MEP ...", opening its sentence; "new" is a title's modifier only alone)
            if start == seat or start > 0 and not (doc[start - 1].is_punct or doc[start - 1].lower_ in ("the", "a", "and")
                                                   or doc[start - 1].is_sent_end or start == 0) \
                    or start > 0 and doc[start - 1].text == ")":
                continue  # (after a bracket the party is named in, the words are the seat's place: "(CHP) Trabzon
                # deputy X")
            if seat - start == 1 and (doc[start].lower_ in self.lex.dropped_modifiers
                                      or doc[start].lower_ in self.lex.not_current):
                continue  # ("New MP Jane Doe said", "Former MP ...": what the member is, opening the sentence)
            if seat - start == 1 and doc[start].is_title and (doc[start].lower_.endswith(self.lex.seat_qualifier_endings)
                                                              or doc[start].pos_ in ("ADJ", "VERB")):
                continue  # ("Welsh MP", "Bavarian lawmaker", "Nominated Senator": where from, how seated)
            text = doc[start:seat].text
            if self.lex.country_of(text) or self.lex.place_country(text) \
                    or any(self.lex.country_of(t.text) or self.lex.is_portfolio(t.lower_) or t.lower_ in self.lex.domain_words
                           for t in doc[start:seat]) or fold(text) in self.lex.not_organizations \
                    or any(t.ent_id_ for t in doc[start:seat]) or self.lex.org_named(text) is not None:
                continue  # (not "Trade Representative Jamieson Greer": a title's portfolio; a name the lexicon knows
                # is found as the lexicon says: "Congress MP" in a story from New Delhi)
            out.append((start, seat))
        return out

    @staticmethod
    def _initials_start(doc: Doc, close: int, short: str, start: int) -> int:
        """Where the words the short form before ``close`` spells begin, when its name holds small words ("the
        Fertilizer Manufacturers of Pakistan Advisory Council (FMPAC)"): the first capitalized word from which
        the capitalized words up to the bracket spell it; else ``start``."""
        k, letters = close, 0
        while k > 0 and close - k < len(short) + 3 and letters < len(short) and (
                doc[k - 1].is_title and doc[k - 1].is_alpha or doc[k - 1].lower_ in INNER_SMALL_WORDS):
            k -= 1
            letters += doc[k].is_title
        if letters == len(short) and doc[k].is_title and k != start:
            return k
        return start

    def _quoted_name_after(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """'JSC National Mining Company "Tau-Ken Samruk"': what a body is, then its own name in quotation marks, as
        papers of the former Soviet Union write it; the quoted name is the body's (else ``start``, ``end``)."""
        if end + 2 >= len(doc) or doc[end].text not in ('"', "\u201c", "\u00ab") or doc[end - 1].whitespace_ != " " \
                or not self.lex.kind_of(doc[start:end].text):
            return start, end
        close = next((k for k in range(end + 2, min(len(doc), end + 7)) if doc[k].text in ('"', "\u201d", "\u00bb")), None)
        if close is None or not all(t.is_title or t.text == "-" or t.is_upper for t in doc[end + 1:close]):
            return start, end
        return end + 1, close

    def _possessive_in_name(self, doc: Doc, start: int, end: int, persons: PersonIndex, taken: set[int]) -> int:
        """Where a body's name the model cut at a possessive inside it ends: "the French Federation of Women's" +
        "Ready-to-Wear", "the Association of Exporters' Trade Fairs": after a body's head and "of", the members'
        possessive, then capitalized words (joined by hyphens perhaps) that are no one's name; or cut inside a word
        joined by hyphens ("... of Men's Ready" + "-to-Wear"). Else ``end``."""
        k = end
        while _joins_hyphenated(doc, k):
            k += 2
        if k > end + 2 and doc[k - 1].is_title and any(doc[j].is_lower for j in range(end + 1, k, 2)) \
                and doc[end - 1].is_title:
            return k  # "... of Men's Ready" + "-to-Wear": the model cut a word joined by hyphens (not "EU" + "-China")
        if end - start < 4 or doc[end - 1].text not in POSSESSIVES and not (
                doc[end - 1].text in ("'", "\u2019") and doc[end - 2].lower_.endswith("s")):
            return end
        if doc[end - 3].lower_ != "of" or not any(self.lex.is_org_head(doc[k].lower_) and doc[k].is_title
                                                   for k in range(start, end - 3)):
            return end
        k = end
        while k < len(doc) and (doc[k].is_title and doc[k].is_alpha or k > end and _joins_hyphenated(doc, k)
                                or doc[k].is_alpha and doc[k - 1].text == "-" and k > end + 1):  # ("-to-")
            if persons.at(k) is not None or k in taken or self.lex.country_of(doc[k].text):
                return end
            k += 1
        return k if k > end and doc[k - 1].is_title else end

    def _title_ends_at(self, doc: Doc, end: int) -> bool:
        """Do the words before token ``end`` make a title ("Director General of Trade") rather than a body's
        name ("Ministry of Trade")? Back through capitalized words and "of", "for", "and", a title's head word
        comes before any organization word."""
        k = end - 1
        while k >= 0 and end - k <= 6 and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and", "-")):
            word = doc[k].lower_
            if self.lex.is_org_head(fold(word)):
                return False
            if word in self.lex.heads:
                return True
            k -= 1
        return False

    def _own_language_names(self, doc: Doc, found: list[OrgMention], taken: set[int]) -> list[OrgMention]:
        """"Jidian Shanghui (China Chamber of Commerce for ..., CCCME)", "Keizai Sangyosho (the Ministry of Economy,
        Trade and Industry, METI)": capitalized words right before a body's name given in brackets with its short
        form (or "the") are its name in the story's own language: that body."""
        out = []
        for mention in found:
            opening = mention.start - 1 - (mention.start >= 2 and doc[mention.start - 1].lower_ == "the")
            if opening < 1 or doc[opening].text != "(":
                continue
            close = next((j for j in range(mention.end, min(len(doc), mention.end + 4)) if doc[j].text == ")"), None)
            if close is None or not translating_brackets(doc, opening, close):
                continue
            k = opening
            while k > 0 and opening - k < 6 and (k - 1) not in taken and (
                    (doc[k - 1].is_title and doc[k - 1].is_alpha)
                    or (k >= 2 and doc[k - 1].is_alpha and doc[k - 2].text == "-" and not doc[k - 2].whitespace_)
                    or (doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and k >= 2 and doc[k - 2].is_alpha)):
                k -= 1  # ("Keizai Sangyo-sho": hyphenated parts too)
                if doc[k].is_sent_start:
                    break
            if k == opening or doc[k - 1].lower_ in self.lex.heads or self.lex.country_of(doc[k:opening].text):
                continue
            out.append(OrgMention(k, opening, mention.name, doc[k:opening].text, confirmed=True))
            taken.update(range(k, opening))
        return out

    @staticmethod
    def _appositive_names(doc: Doc, found: list[OrgMention]) -> None:
        """"Eurofer, the European Steel Association, said": a body's name set off by commas right after another
        body's is that body's full name, not a second body."""
        ending = {m.end: m for m in found}
        for mention in found:
            if mention.start < 3 or doc[mention.start - 1].lower_ != "the" or doc[mention.start - 2].text != "," \
                    or mention.end >= len(doc) or doc[mention.end].text not in (",", ".", ";", ")"):
                continue
            before = ending.get(mention.start - 2)
            if before is not None and before.name != mention.name:
                mention.name = before.name

    def _glosses(self, doc: Doc, found: list[OrgMention]) -> None:
        """"Mexico's Secretaría de Economía (Ministry of Economy)": a generic body name in brackets right after
        a body's own-language name translates it; it names that body, not a body of the dateline's country."""
        ending = {m.end: m for m in found}
        for mention in found:
            opening = mention.start - 1
            if opening >= 3 and doc[opening].lower_ == "the" and doc[opening - 1].text == ",":
                opening -= 1  # "(Secex, the Secretariat of Foreign Trade)"
            short_first = opening >= 2 and doc[opening].text == "," and doc[opening - 2].text == "(" \
                and (_is_short_form(doc[opening - 1]) or (doc[opening - 1].is_title and doc[opening - 1].is_alpha))
            if short_first:
                opening -= 2  # "(SE, Ministry of Economy)": the short form, then the translation
            inner = ending.get(mention.start)
            if inner is not None and inner.start >= 1 and doc[inner.start - 1].text == "(" and not short_first:
                opening = inner.start - 1  # "(European Commission Directorate-General for Trade)": the last, inner one
            before = ending.get(opening)
            if before is None and doc[opening].text == "(":
                # "Avrupa Komisyonu Ticaret Genel Müdürlüğü (...)": the model cut the last words off the body's own
                # name
                before = next((ending[k] for k in range(opening - 1, max(0, opening - 3), -1)
                               if k in ending and all(doc[j].is_title for j in range(k, opening))), None)
            if before is not None and doc[opening].text == "(" and mention.end < len(doc) \
                    and doc[mention.end].text in (")", ",") and before.name != mention.name \
                    and before.name not in self.lex.organizations and mention.name in self.lex.organizations \
                    and not short_first:
                before.name = mention.name  # "the Sanup Tongsang Jawonbu (Ministry of Trade, Industry and Energy)"
                continue
            if before is not None and doc[opening].text == "(" and mention.end < len(doc) \
                    and doc[mention.end].text == ")" and before.name != mention.name and not short_first \
                    and self._other_language(doc, mention.start, mention.end) \
                    and not self._other_language(doc, before.start, before.end):
                # "the Ministry of Economy, Trade and Business (Ministerio de Economía, Comercio y Empresa)": the
                # English name, then the body's own
                mention.name = before.name
                continue
            # after a short form any name translates ("(AMIA, Mexican Automotive Industry Association)"); alone in
            # brackets only a generic one does ("Ministry of Economy"), not another body ("(WTO)")
            if before is None or doc[opening].text != "(" or mention.end >= len(doc) \
                    or doc[mention.end].text != ")" or before.name == mention.name \
                    or not (short_first or self.resolver._generic_words(doc[mention.start:mention.end])):
                continue
            if not short_first and doc[before.start].lower_ != doc[mention.start].lower_ \
                    and self.lex.kind_of(doc[before.start].text) == "government" \
                    and doc[mention.start].lower_ == "ministry" \
                    and not self._other_language(doc, before.start, before.end):
                continue  # "the Department of Quality, ... (Ministry of Agriculture and Environment)": its ministry
            mention.name = before.name

    @staticmethod
    def _other_language(doc: Doc, start: int, end: int) -> bool:
        """Is a name written in another language than English: does it hold a small word English names have not
        ("de", "della", "y")?"""
        return any(t.lower_ in NAME_SMALL_WORDS and t.lower_ not in ("of", "and", "&", "for", "the") and not t.is_title
                   for t in doc[start:end])

    def _column_labels(self, doc: Doc, taken: set[int]) -> None:
        """"COMMITTEE WATCH | STEEL", "ASSOCIATION WATCH", "COMMITTEE WATCH: The European Parliament's ...": a trade
        journal's column labels, in capitals at a line's start and ending in a column word, name no body; their
        tokens are taken so that no step reads them as one."""
        text = doc_text(doc)
        for pos, line in lines_at(text):
            label = _COLUMN_LABEL.match(line)
            words = label.group(1).split() if label else []
            rest = line[label.end(1):].lstrip() if label else ""
            # "COMMITTEE WATCH", "TRADE REMEDIES WATCH | Solar glass": a column (not the newsletter "GENEVA TRADE
            # WATCH — ...", nor "PROCUREMENT POLICY WATCH | Hearing report", the kind of piece after its name)
            if label and words[-1].lower() in self.lex.column_words and (
                    any(self.lex.is_org_head(w.lower()) for w in words[:-1])
                    or rest.startswith("|") and not _PUBLICATION_LINE.search(rest)
                    or rest.startswith(":")):
                span = doc.char_span(pos + label.start(1), pos + label.end(1), alignment_mode="expand")
                if span is not None:
                    taken.update(range(span.start, span.end))

    def _journal_beside_column(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"COMMITTEE WATCH | Aquaculture Trade Weekly", "Dairy Markets Review | COMMITTEE WATCH": on a story's first
        line, the journal's name beside its column label, in title case and ending in a word of an outlet's name
        (or "Review"): the outlet."""
        start, line = first_line(doc_text(doc))
        parts = re.split(r"(\s+\|\s+)", line)
        if len(parts) != 3:
            return []
        out = []
        for name, other in ((parts[0], parts[2]), (parts[2], parts[0])):
            label = _COLUMN_LABEL.match(other)
            words = name.split()
            if not label or label.group(1).split()[-1].lower() not in self.lex.column_words or not 2 <= len(words) <= 6 \
                    or not all(w[:1].isupper() or w in ("of", "and", "&", "on") for w in words) or name.isupper() \
                    or not (fold(words[-1]) in self.lex.medium_words or fold(words[-1]) == "review"):
                continue
            at = start + line.index(name)
            span = doc.char_span(at, at + len(name), alignment_mode="expand")
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                taken.update(range(span.start, span.end))
                out.append(OrgMention(span.start, span.end, name, name, confirmed=True))
        return out

    def _capital_mastheads(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"ASIA TRADE POLICY INSTITUTE - Policy Brief No. 26-07": a publisher named in capitals on a story's first
        line (or in title case before a bar and the kind of publication: "Policy Center for the New South | Policy
        Brief PB-26/14"), before a dash or bar (or alone, the kind of publication on the next line), with a word
        that makes a body ("Institute", "Council"): the body, written in title case (capitals on a first line
        are a masthead's style, not the name's)."""
        text = doc_text(doc)
        start, line = first_line(text)
        name = re.split(r"\s+[-\u2013\u2014|]\s+", line, maxsplit=1)[0].strip()
        name = re.sub(r"\s*\([^)]*\)$", "", name)  # "CENTRE FOR GEOECONOMIC STUDIES (CGS)": its short form apart
        words = name.split()
        rest = text[start + len(line):].lstrip("\n")
        following = rest[:rest.find("\n")] if "\n" in rest else rest
        # ("HALVORSEN INSTITUTE FOR MARITIME ECONOMICS" alone, the brief's number and date on the next line)
        # (or a body the lexicon lists, alone on the line: "WORLD TRADE ORGANIZATION" over a panel report)
        alone = name == line.strip() and (_PUBLICATION_LINE.search(following) is not None
                                          or name.isupper() and self.lex.org_named(name) is not None)
        # ("Policy Center for the New South | Policy Brief PB-26/14 | July 2026": in title case, before a bar
        # and the kind of publication)
        barred = " | " in line and _PUBLICATION_LINE.search(line[len(name):]) is not None \
            and all(w[:1].isupper() or w in ("for", "of", "the", "and", "on", "&") for w in words)
        if name == line.strip() and not alone or not 2 <= len(words) <= 7 or not (name.isupper() or barred) \
                or not any(self.lex.is_org_head(fold(w)) for w in words):
            return []
        span = doc.char_span(start + line.index(name), start + line.index(name) + len(name), alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            return []
        titled = _title_cased(name)
        known = self.lex.org_named(name)
        line_span = doc.char_span(start, start + len(line), alignment_mode="expand")
        # the rest of the masthead's line labels the piece ("| Committee Watch"): no body of its own
        taken.update(range(span.start, line_span.end if line_span is not None else span.end))
        return [OrgMention(span.start, span.end, known.name if known else titled, span.text, confirmed=True)]

    def _listed_header_lines(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"REPUBLIC OF KENYA" / "MINISTRY OF INVESTMENTS, TRADE AND INDUSTRY" / "STATE DEPARTMENT FOR TRADE": a line
        of a release's letterhead (among its first five lines) in capitals that is, whole, a body the lexicon lists
        (its commas and small words too, which the model's entities cut at): that body. So is one of its sign-off
        (among its last three lines), a ministry named without its country ("MINISTRY OF INVESTMENT, TRADE AND
        INDUSTRY" over the date) standing for the one listed body of that name and a country."""
        out = []
        lines = [(start, line) for start, line in lines_at(doc_text(doc)) if line.strip()]
        for n, (start, line) in enumerate(lines):
            if 5 <= n < len(lines) - 3:
                continue  # (or of its sign-off, among its last three lines: "MINISTRY OF INVESTMENT, TRADE AND
                # INDUSTRY" over the date)
            name = line.strip()
            if not name.isupper() or not 2 <= len(name.split()) <= 8:
                continue
            at = start + line.index(name)
            span = doc.char_span(at, at + len(name), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            known = self.lex.org_named(name)
            if known is None and n >= len(lines) - 3 and self.lex.is_org_head(fold(name.split()[0])):
                # (a country's body the lexicon names with its country after "of": the one such)
                named = [o for o in self.lex.organizations.values() if fold(o.name).startswith(fold(name) + " of ")
                         and self.lex.country_of(o.name[len(name) + 4:]) == o.country]
                known = named[0] if len(named) == 1 else None
            if known is None:
                continue
            taken.update(range(span.start, span.end))
            out.append(OrgMention(span.start, span.end, known.name, span.text, confirmed=True))
        return out

    def _heading_committee(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"European Parliament - Committee on International Trade (INTA)", "Senate, Committee on Finance": a
        chamber the lexicon lists, then one of its committees, the whole first line of a committee's minutes or
        summary; the committee is a body (the chamber too), its short form in brackets one of its names."""
        text = doc_text(doc)
        start, line = first_line(text)
        m = _HEADING_COMMITTEE.match(line)
        if m is None:
            return []
        chamber = self.lex.org_named(m.group("chamber").strip())
        if chamber is None or not (chamber.kind == "legislature" or "parliament" in fold(chamber.name).split()):
            return []  # (the European Parliament is listed as the union's body)
        a, b = start + m.start("committee"), start + m.end("short" if m.group("short") else "committee")
        span = doc.char_span(a, b + (1 if m.group("short") else 0), alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            return []
        taken.update(range(span.start, span.end))
        name = m.group("committee").strip()
        return [OrgMention(span.start, span.end, name, span.text, confirmed=True)]

    def _askers_outlets(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """The outlet each reporter in a briefing transcript asks for ("QUESTION (Annelie Botha, Business Day):"):
        a body, named as written; the reporter's name before it is no part of it."""
        out = []
        for (a, _), (c, d) in askers(doc_text(doc)):
            name = doc.char_span(a, c, alignment_mode="expand")
            span = doc.char_span(c, d, alignment_mode="expand")
            if span is None or name is None or any(i in taken for i in range(span.start, span.end)):
                continue
            resolved = self.resolver.resolve(doc, span.start, span.end)
            out.append(OrgMention(span.start, span.end, resolved.name if resolved else span.text, span.text,
                                  confirmed=True))
            taken.update(range(name.start, span.end))
        return out

    def _byline_outlets(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """The outlet a byline names its writer's employer ("By Jordan Kettering, The Canadian Press", or "The
        Canadian Press" alone on the line under "By Jordan Kettering"): capitalized words, "The" may open them,
        closing on a medium's word the lexicon knows ("Press", "News", "Times") or naming a listed outlet."""
        text = doc_text(doc)
        out = []
        for a, b in byline_lines(text):
            line = text[a:b]
            candidates = []
            if "," in line:
                at = a + line.rindex(",") + 1
                candidates.append((at, b))
            below = text[b + 1:text.find("\n", b + 1) if "\n" in text[b + 1:] else len(text)]
            if below.strip():
                candidates.append((b + 1, b + 1 + len(below)))
            for start, end in candidates:
                name = text[start:end].strip()
                words = name.split()
                known = self.lex.org_named(name)
                if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w in ("of", "&") for w in words) \
                        or not (known is not None and known.kind == "media"
                                or len(words) >= 2 and self.lex.kind_of(words[-1]) == "media"):
                    continue  # (not "By Jane Doe, Staff Writer", nor a place: "By Jane Doe, Ottawa")
                at = start + text[start:end].index(name)
                span = doc.char_span(at, at + len(name), alignment_mode="expand")
                if span is None or any(i in taken for i in range(span.start, span.end)):
                    continue
                resolved = self.resolver.resolve(doc, span.start, span.end)
                out.append(OrgMention(span.start, span.end, resolved.name if resolved else name, span.text,
                                      confirmed=True))
                taken.update(range(span.start, span.end))
        return out

    def _source_papers(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """The paper a translated story credits on its source line ("Zhongguo Maoyi Shibao (China Trade Times),
        July 9, 2026. Translated from the Chinese."): an outlet, named as written."""
        out = []
        for (a, b), gloss in source_lines(doc_text(doc), self.lex.medium_words, self.lex.source_words,
                                          self.lex.place_country, self.lex.heads):
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)) \
                    or fold(span.text) in self.lex.not_organizations \
                    or any(fold(span.text).endswith(" " + tail) for tail in self.lex.not_organization_tails):
                continue  # ("Press Release | April 21, 2026": a document's kind, not a paper; "Berlaymont press room,
                # Brussels, 14 October 2025 - transcript": where a briefing is held)
            out.append(OrgMention(span.start, span.end, span.text, span.text, confirmed=True))
            taken.update(range(span.start, span.end))
            words = [t.text for t in span]
            # "told Banijya Barta" in a story from "Dainik Banijya Barta": the name past its word for a paper
            rest = words[1:] if len(words) >= 3 and words[0].lower() in self.lex.medium_words else None
            for tok in doc:  # "Amar Ujala Bureau, New Delhi.": the paper's bureau is the paper
                k = tok.i + len(words)
                if k < len(doc) and doc[k].text in ("Bureau", "bureau") and [t.text for t in doc[tok.i:k]] == words \
                        and not any(i in taken for i in range(tok.i, k + 1)):
                    out.append(OrgMention(tok.i, k + 1, span.text, doc[tok.i:k + 1].text, confirmed=True))
                    taken.update(range(tok.i, k + 1))
                k = tok.i + len(rest or ())
                if rest and rest[0][:1].isupper() and [t.text for t in doc[tok.i:k]] == rest \
                        and not any(i in taken for i in range(tok.i, k)) and not (k < len(doc) and doc[k].is_title) \
                        and not (tok.i > 0 and doc[tok.i - 1].is_title):  # (not "Banco do Brasil" of "Jornal do Brasil")
                    out.append(OrgMention(tok.i, k, span.text, doc[tok.i:k].text, confirmed=True))
                    taken.update(range(tok.i, k))
            english = doc.char_span(*gloss, alignment_mode="expand") if gloss else None
            if english is not None and not any(i in taken for i in range(english.start, english.end)):
                # "(China Trade Times)": the paper's name in English, the same outlet
                out.append(OrgMention(english.start, english.end, span.text, english.text, confirmed=True))
                taken.update(range(english.start, english.end))
        return out

    def _portfolio_lists(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"the Trade, Industry, Energy, SMEs and Startups Committee": a body named by a list of its portfolios
        (capitalized words, commas, "and", at least two policy domains), which the model cuts at the commas."""
        out = []
        for tok in doc:
            if not tok.is_title or tok.lower_ not in ("committee", "commission", "council", "ministry", "department") \
                    or tok.i < 4 or tok.i in taken:
                continue
            k = tok.i - 1
            while k >= 0 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k -= 1  # "Startups"
            if k < 0 or doc[k].lower_ not in ("and", "&"):
                continue
            items = 1
            k -= 1
            while k >= 0:
                j = k
                while j >= 0 and doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j].ent_type_ not in ("GPE", "PERSON"):
                    j -= 1
                if j == k:
                    break
                items += 1
                k = j
                if k >= 0 and doc[k].text == "," and k >= 1 and doc[k - 1].text[:1].isupper():
                    k -= 1
                    continue
                break
            start = k + 1
            while start < tok.i and doc[start].lower_ == "the":
                start += 1  # ("The Agriculture, Forestry and Fisheries Ministry will ...": the article opening the sentence)
            words = [t.lower_ for t in doc[start:tok.i + 1] if t.is_alpha]
            if items < 3 or sum(w in self.lex.domain_words for w in words) < 2 or any(i in taken for i in range(start, tok.i + 1)):
                continue
            out.append(OrgMention(start, tok.i + 1, doc[start:tok.i + 1].text, doc[start:tok.i + 1].text, confirmed=True))
            taken.update(range(start, tok.i + 1))
        return out

    def _bare_bloc_bodies(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"negotiations with the Council on the final text", "unless Parliament and Council decide": a bloc's body
        by its one word (``bare_bloc_bodies``), in a story that names another listed body of that bloc; alone, after
        "the", "and" or a comma, never inside a longer name ("the Foreign Affairs Council", "the Council of Europe",
        "the Council Presidency") nor before a noun it qualifies ("the Council states" of the Gulf)."""
        named = {doc[t.i].ent_id_ for t in doc if t.ent_id_}
        # (not in a story about one country, whose own chamber "Parliament" is: "Parliament will vote on the Brexit
        # deal" in a story from London that names the European Commission too)
        home = story_country(self.lex, doc) if any(t.text in self.lex.bare_bloc_bodies for t in doc) else None
        out = []
        for tok in doc:
            name = self.lex.bare_bloc_bodies.get(tok.text)
            if name is not None and home is not None and not self.lex.is_bloc(home) \
                    and not any(t.lower_ in _BLOC_CUES for t in tok.sent if t.i != tok.i):
                continue  # (unless its sentence is the bloc's: "negotiators from the Parliament and the Council meet
                # tonight for the final trilogue")
            owned = tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("'s", "\u2019s")  # ("chairs Parliament's trade
            # committee", "Parliament's plenary vote")
            if name is None or tok.i in taken or tok.i == 0 or doc[tok.i - 1].lower_ not in ("the", "and", ",") \
                    and not owned \
                    or tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ in ("of", "for") or doc[tok.i + 1].is_title
                                                 or doc[tok.i + 1].is_upper or doc[tok.i + 1].text == "-"
                                                 or doc[tok.i + 1].pos_ == "NOUN"):
                continue  # (nor a noun's word: "the Council states", "the Council presidency")
            bloc = self.lex.organizations[name].country
            own = self.lex.countries[bloc].organization if bloc in self.lex.countries else None
            if bloc is None or not any(other != name and (info := self.lex.organizations.get(other)) is not None
                                       and (info.country == bloc or other == own) for other in named) \
                    or any(other != name and tok.text in other.split()
                           and getattr(self.lex.organizations.get(other), "country", None) != bloc for other in named):
                continue  # (a story that names the bloc or another of its bodies; not where another body the story
                # names has the word: "our brothers in the Council", of the Gulf Cooperation Council; the bloc's own
                # "European Council" beside it leaves "the Council" the Council of the European Union)
            out.append(OrgMention(tok.i, tok.i + 1, name, tok.text))
            taken.add(tok.i)
        return out

    def _missions(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """A country's embassy, high commission or consulate, however the story writes it ("the Kenyan Embassy
        in Washington", "Embassy of the Republic of Korea in Washington", "the U.S. embassy in New Delhi"):
        named "Embassy of Kenya in Washington", one name for every spelling."""
        out = []
        firsts = {m[0] for m in self.lex.missions}
        for tok in doc:
            if tok.lower_ not in firsts or tok.i in taken or not (tok.is_title or tok.is_lower):
                continue
            words = next((m for m in self.lex.missions if [t.lower_ for t in doc[tok.i:tok.i + len(m)]] == list(m)),
                         None)
            if words is None:
                continue
            start, end, code = tok.i, tok.i + len(words), None
            for size in (3, 2, 1):  # "South Korean Embassy", "Kenya's Embassy"
                k = start - size - (1 if start >= 1 and doc[start - 1].text in POSSESSIVES else 0)
                if k >= 0 and not doc[k].is_punct and doc[k].lower_ != "the" \
                        and (code := self.lex.country_of(doc[k:k + size].text)):
                    start = k - (k >= 1 and doc[k - 1].text == "Royal")  # "the Royal Thai Embassy", as it calls itself
                    break
            if code is None and end < len(doc) and doc[end].lower_ == "of":
                k = end + 1 + (1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else 0)
                for size in (5, 4, 3, 2, 1):  # "Embassy of the Republic of Korea", "... of the People's Republic of China"
                    if k + size <= len(doc) and (code := self.lex.country_of(doc[k:k + size].text)):
                        end = k + size
                        break
            if code is None or code not in self.lex.countries or any(i in taken for i in range(start, end)):
                continue
            to = ""
            if end + 1 < len(doc) and doc[end].lower_ == "to":  # "Permanent Mission of Mexico to the WTO"
                k = end + 1 + (1 if doc[end + 1].lower_ == "the" else 0)
                size = next((n for n in (5, 4, 3, 2, 1) if k + n <= len(doc) and not doc[k + n - 1].is_punct
                             and not doc[k + n - 1].is_space and self.lex.org_named(doc[k:k + n].text)), 0) \
                    or next((n for n in (4, 3, 2, 1) if k + n <= len(doc) and not doc[k + n - 1].is_punct
                             and not any(t.is_space for t in doc[k:k + n])
                             and self.lex.country_of(doc[k:k + n].text) not in (None, code)), 0)
                if size:  # (or a country: "Delegation of the European Union to Viet Nam")
                    to, end = f" to {doc[end + 1:k + size].text}", k + size
            if words in self.lex.missions_posted_to and not (to and tok.is_title):
                continue  # ("the Korean delegation": the people who came)
            city = None
            if end + 1 < len(doc) and doc[end].lower_ == "in":  # "Embassy of Japan in the Kingdom of Saudi Arabia"
                k = end + 1 + (doc[end + 1].lower_ == "the")
                for n in (4, 3, 2):
                    formal = doc[k:k + n]
                    host = self.lex.country_of(formal.text) if k + n <= len(doc) and not any(
                        t.is_punct or t.is_space for t in formal) and fold(formal.text).startswith(
                        self.lex.country_formal_prefixes) else None
                    if host is not None and host != code and host in self.lex.countries:
                        city, end = self.lex.countries[host].in_phrase, k + n
                        break
            the = 1 if end + 2 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].lower_ == "the" \
                and doc[end + 2].ent_type_ == "GPE" else 0  # "in the United States"
            if end + 1 + the < len(doc) and doc[end].lower_ == "in" and doc[end + 1 + the].ent_type_ == "GPE":
                end += the
                k = end + 2  # the city's first word, then the rest of its entity ("Kuala Lumpur")
                while k < len(doc) and doc[k].ent_type_ == "GPE" and doc[k].ent_iob_ == "I":
                    k += 1
                if k == end + 2 and k + 1 < len(doc) and doc[k].text == "City" and self.lex.country_of(doc[end + 1].text):
                    k += 1  # "Mexico City", "Guatemala City": a capital named after its country
                host = self.lex.country_of(doc[end + 1:k].text) if fold(doc[end + 1:k].text) in self.lex.country_forms \
                    else None
                if host is None:
                    city, end = doc[end + 1:k].text, k  # "in Washington"
                elif host in self.lex.countries and host != code:
                    city, end = self.lex.countries[host].in_phrase, k  # "in Kenya", as an ambassador's post implies
            elif city is None and tok.is_title and end + 1 < len(doc) and doc[end - 1].whitespace_ == " " \
                    and doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ in ("", "GPE") \
                    and not self.lex.country_of(doc[end].text) and doc[end].lower_ not in self.lex.heads \
                    and (doc[end + 1].text in (".", ";", ",", ")") or "\n" in doc[end].whitespace_ + doc[end + 1].text) \
                    and self.lex.place_country(doc[end].text) in (None, *self.lex.countries.keys() - {code}):
                # "Anna Lowe, Trade Policy Lead, British Embassy Tbilisi.": the city closing a list's entry
                city, end = doc[end].text, end + 1
            mission = " ".join(t.text for t in doc[tok.i:tok.i + len(words)])
            mission = mission if mission[0].isupper() else mission.title()
            name = f"{mission} of {self.lex.countries[code].in_phrase}{to}" + (f" in {city}" if city else "")
            out.append(OrgMention(start, end, name, doc[start:end].text, confirmed=True))
            taken.update(range(start, end))
        return out

    def _spelled_by_short_form(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """A body the model missed whose bracketed short form spells its initials: "the Korea Automobile &
        Mobility Association (KAMA)" (the capitalized words before the brackets, "of", "and" and "&" between
        them, or the small words of other languages' names: "Industries Chimiques du Sénégal (ICS)", whose first
        letters make the short form exactly), kept when the name has an organization word."""
        out = []
        for tok in doc:
            if tok.text != "(" or tok.i < 2 or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")" \
                    or not _is_short_form(doc[tok.i + 1]) or (tok.i - 1) in taken:
                continue
            short = doc[tok.i + 1].text
            start = tok.i
            while start > 0 and tok.i - start < 10 and (start - 1) not in taken and persons.at(start - 1) is None \
                    and (doc[start - 1].is_title or doc[start - 1].is_upper and doc[start - 1].is_alpha
                         or doc[start - 1].lower_ in NAME_SMALL_WORDS and doc[start - 1].lower_ != "the"
                         # ("the Agency for Payments and Intervention in Agriculture (APIA)")
                         or doc[start - 1].lower_ in ("in", "on") and start >= 2 and doc[start - 2].is_title
                         # ("the Korea Trade-Investment Promotion Agency (KOTRA)": words joined by a hyphen)
                         or doc[start - 1].text == "-" and start >= 2 and doc[start - 2].is_title
                         and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_):
                start -= 1
                initials = "".join(t.text[0] for t in doc[start:tok.i] if t.is_title or t.is_upper and t.is_alpha)
                # (or the beginnings of its words, from the first: "KOTRA" from "Korea Trade-Investment ...")
                contracted = doc[start].text[:1] == short[:1] and doc[start].lower_ not in NAME_SMALL_WORDS \
                    and _contracts(short, [t.lower_ for t in doc[start:tok.i] if t.is_alpha])
                if (initials == short.upper() or contracted) and doc[start].is_title:
                    name = doc[start:tok.i].text
                    if self._defines_short_form(name) and doc[tok.i - 1].lower_ not in self.lex.heads:
                        # (not a title's own short form: "Cabinet Secretary (CS)")
                        out.append(OrgMention(start, tok.i, name, name, confirmed=True))
                        taken.update(range(start, tok.i))
                    break
        return out

    def _list_entry_units(self, doc: Doc, taken: set[int], persons: PersonIndex,
                          fallback_country: str | None) -> list[OrgMention]:
        """"- Andrea Kowalchuk, Director General, Minerals and Metals Policy Branch, Natural Resources Canada",
        "- Ms. X, Director, Mineral and Natural Resources Division, ANRE": in a delegation list, a part set off by
        commas that is all capitalized words (and "and", "of", "for") ending in the word for a part of government
        (bureau, division, branch, committee) is a body, whole, however much of it the model saw; not a title ("Head
        of Office"), the person's name or the end of a name cut at a comma ("Ministry of Trade, Industry and
        Energy")."""
        out = []
        for tok in doc:
            if tok.text != "," or tok.i + 2 >= len(doc) or list_entry_at(doc, tok.i) is None:
                continue
            start = end = tok.i + 1
            while end < len(doc) and (doc[end].is_title and doc[end].is_alpha
                                      or doc[end].lower_ in ("and", "of", "for", "&") and end > start):
                end += 1
            if end - start < 2 or end < len(doc) and doc[end].text not in (",", "(", ";") and "\n" not in doc[end].text \
                    or self.lex.kind_of(doc[end - 1].text) not in ("government", "committee") \
                    or doc[end - 1].lower_ in self.lex.heads \
                    or any(t.lower_ in self.lex.heads for t in doc[start:end]) \
                    or any(i in taken or persons.at(i) is not None for i in range(start, end)) \
                    or self.lex.org_named(doc[start:end].text) \
                    or doc[start].ent_id_ and doc[start].ent_iob_ == "I":
                continue  # (nor the end of a known name with a comma: "Foreign, Commonwealth & Development Office")
            resolved = self.resolver.resolve(doc, start, end, fallback_country)
            if resolved is not None:
                out.append(OrgMention(start, end, resolved.name, doc[start:end].text, confirmed=True))
                taken.update(range(start, end))
        return out

    def _entry_line_bodies(self, doc: Doc, taken: set[int], persons: PersonIndex,
                           fallback_country: str | None) -> list[OrgMention]:
        """"Hemi Tautahi, Executive Director, ExportNZ" on a line of its own (a committee's witnesses, a
        delegation, signatories): a person, a post, then one part of capitalized words that is no place is the body
        the post is held at, however the model read it."""
        out = []
        text = doc_text(doc)
        for pos, line in lines_at(text):
            parts = line.strip().split(", ")
            if len(parts) != 3 or not parts[2] or len(parts[2].split()) > 6:
                continue
            first = doc.char_span(pos + line.index(parts[0]), pos + line.index(parts[0]) + len(parts[0]),
                                  alignment_mode="expand")
            whole = doc.char_span(pos, pos + len(line), alignment_mode="expand")
            named = persons.span_at(first.end - 1) if first is not None else None
            if first is None or whole is None or named is None or named[0] > first.start + 2 \
                    or any(t.pos_ in ("VERB", "AUX") for t in whole) \
                    or not any(w.lower().strip(".") in self.lex.heads for w in parts[1].split()):
                continue  # (the name opens the line, past an honorific; no sentence: "Talks were held with X, ...")
            at = pos + line.rindex(parts[2])
            span = doc.char_span(at, at + len(parts[2]), alignment_mode="contract")
            if span is not None and len(span) > 1 and span[-1].text == ".":
                span = span[:-1]
            if span is None or any(i in taken or persons.at(i) is not None for i in range(span.start, span.end)) \
                    or not all(t.is_title or t.is_upper or t.lower_ in _NAME_JOINERS or _brand_word(t.text)
                               for t in span) \
                    or not span[0].text[:1].isupper() \
                    or self.lex.country_of(span.text) or self.lex.place_country(span.text) \
                    or any(t.ent_type_ in ("GPE", "LOC", "DATE") for t in span) \
                    or span[-1].lower_ in self.lex.heads:
                continue  # (not "Jane Doe, Partner, Brussels"; nor "..., Director, Trade Negotiations" of a unit
                # the post's own words name: that part holds a post's word or none a body's)
            if not any(_brand_word(t.text) or t.ent_type_ == "ORG" or self.lex.is_org_head(t.lower_)
                       or self.lex.kind_of(t.text) for t in span) \
                    or all(t.lower_ in self.lex.portfolio_words or t.lower_ in self.lex.domain_words
                           or t.lower_ in _NAME_JOINERS or not t.is_alpha for t in span) \
                    or span[-1].lower_ in self.lex.portfolio_words:
                continue  # (a name the model or the lexicon reads as a body's, or a brand's: not "Trade Negotiations")
            resolved = self.resolver.resolve(doc, span.start, span.end, fallback_country)
            name = resolved.name if resolved is not None else span.text
            out.append(OrgMention(span.start, span.end, name, span.text, confirmed=True))
            taken.update(range(span.start, span.end))
        return out

    def _participant_firms(self, doc: Doc, taken: set[int], persons: PersonIndex,
                           fallback_country: str | None) -> list[OrgMention]:
        """"Wei-Lun Chang -- Harbourline Securities" under an earnings call's "Conference Call Participants": after
        the dash, capitalized words with no title's head are the analyst's firm."""
        out = []
        text = doc_text(doc)
        for a, b in header_lists(text)[1]:
            line = text[a:b]
            dash = re.search(PARTICIPANT_DASH, line)
            if dash is None:
                continue
            rest = line[dash.end():].strip()
            second = re.search(PARTICIPANT_DASH, rest)
            if second is not None and any(w.lower() in self.lex.heads for w in rest[second.end():].split()):
                rest = rest[:second.start()].strip()  # "Marco Ferretti -- Jefferies -- Analyst": the firm, then the post
            at = a + line.index(rest, dash.end()) if rest else -1
            span = doc.char_span(at, at + len(rest), alignment_mode="contract") if rest else None
            if span is None or not 1 <= len(span) <= 6 or persons.at(span.start) is not None \
                    or any(i in taken for i in range(span.start, span.end)) \
                    or not all(t.is_title or t.is_upper or t.text in ("&", "and", "of") for t in span) \
                    or any(t.lower_ in self.lex.heads for t in span):
                continue  # (a post: "Vice President, Investor Relations")
            resolved = self.resolver.resolve(doc, span.start, span.end, fallback_country)
            out.append(OrgMention(span.start, span.end, resolved.name if resolved is not None else span.text,
                                  span.text, confirmed=True))
            taken.update(range(span.start, span.end))
        return out

    def _ports(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"executive director of the Port of Long Beach", "the Port of Santos said": a port the story names
        after "the", "Port of" and its place (capitalized words up to three, closed by punctuation or a word in
        lower case), is the body that runs it, however the model read the place."""
        spans = []
        for tok in doc[1:-2]:
            if tok.text != "Port" or doc[tok.i - 1].lower_ != "the" or doc[tok.i + 1].lower_ != "of" \
                    or not doc[tok.i + 2].is_title:
                continue
            end = tok.i + 2
            while end < len(doc) and end - tok.i <= 7 and (
                    doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ not in ("PERSON", "DATE")
                    and not doc[end].ent_id_
                    # ("Antwerp-Bruges", "New York and New Jersey")
                    or doc[end].text == "-" and not doc[end].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_title
                    or doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title
                    and doc[end + 1].ent_type_ in ("GPE", "LOC") and doc[end + 1].ent_iob_ == "B"):
                end += 1
            if end - tok.i <= 7 and (end == len(doc) or doc[end].is_punct and doc[end].text != "-"
                                     or doc[end].is_lower):
                spans.append((tok.i, end))
        return self._spans_named(doc, spans, taken, resolve=True)

    def _spans_named(self, doc: Doc, spans: list[tuple[int, int]], taken: set[int],
                     resolve: bool) -> list[OrgMention]:
        """Bodies at token spans a cue found (``org_cues.named_examples``: "exporters including BRF and JBS";
        ``org_cues.sentence_case_names``: "Bureau national interprofessionnel du cognac (BNIC)", named as
        written; ``_unit_after_title``), where no other mention took their words; ``resolve``: under the name
        the lexicon gives."""
        out = []
        for start, end in spans:
            if any(i in taken for i in range(start, end)):
                continue
            resolved = self.resolver.resolve(doc, start, end) if resolve else None
            out.append(OrgMention(start, end, resolved.name if resolved else doc[start:end].text,
                                  doc[start:end].text, confirmed=True))
            taken.update(range(start, end))
        return out

    def _defines_short_form(self, name: str) -> bool:
        """A name whose bracketed short form names a body: a known or body-like one, or capitalized words "of" a
        country ("Dairy Farmers of Canada (DFC)"; an agreement's name is no body's: "... Agreement (BTIA)", nor a
        country's formal name: "the Kingdom of Saudi Arabia (KSA)")."""
        if name in self.lex.organizations or self.lex.looks_like_org(name):
            return True
        words = name.split()
        if len(words) >= 3 and self.lex.country_of(words[-1]) and not self.lex.country_of(" ".join(words[:-1])) \
                and not any(self.lex.country_of(w) for w in words[:-1]) and all(w[:1].isupper() for w in words):
            return True  # "Meat Industry Ireland (MII)": capitalized words, then the country the body is of
        head, _, country = name.rpartition(" of ")
        return bool(head) and self.lex.country_of(country) is not None and self.lex.country_of(name) is None \
            and all(w[:1].isupper() for w in head.split()) and not any(fold(w) in self.lex.instrument_words
                                                                      for w in head.split())

    def _country_led_names(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """Names that begin with a country ("Korea Institute for International
        Economic Policy", "China Development Bank"): the lexicon labels the
        country first, so the model never sees the whole name."""
        out = []
        for tok in doc:
            if tok.ent_type_ not in ("GPE", "NORP") or not (tok.ent_id_ or self.lex.country_of(tok.text)) \
                    or tok.i in taken:
                continue
            if tok.ent_iob_ == "B" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
                continue  # the first word of a longer country name
            start, k = tok.i, tok.i + 1
            while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == tok.ent_type_:
                start -= 1  # the last word of a longer country name ("Viet Nam Chamber of Commerce")
            while k < len(doc) and k - start < 16 and (doc[k - 1].whitespace_ == " " or doc[k].text in ("'", "\u2019")
                                                       or _joins_hyphenated(doc, k - (doc[k].text != "-"))) \
                    and (not doc[k].ent_id_ or self._known_word_closing(doc, start, k)) \
                    and persons.at(k) is None and (
                    (doc[k].is_title and doc[k].is_alpha and doc[k].ent_type_ not in ("DATE", "TIME"))
                    or (doc[k].text == "-" and _joins_hyphenated(doc, k) and k + 2 < len(doc) and doc[k + 1].is_title
                        and (self.lex.is_org_head(doc[k + 2].lower_)
                             # ("Korea Agro-Fisheries & Food Trade Corporation": a hyphenated word of the name)
                             or doc[k - 1].is_title and not self.lex.country_of(doc[k - 1].text)
                             and not self.lex.country_of(doc[k + 1].text) and tok.ent_type_ == "GPE")
                        and k - start <= 3)
                    or (doc[k].lower_ in ("of", "for", "and", "on", "&") and k + 1 < len(doc) and doc[k + 1].is_title
                        and doc[k + 1].ent_type_ not in ("DATE", "TIME"))  # "Ports Authority on Thursday"
                    or (doc[k].lower_ in ("of", "for") and k + 2 < len(doc) and doc[k + 1].lower_ == "the"
                        and doc[k + 2].is_title)
                    or (doc[k].lower_ == "the" and doc[k - 1].lower_ in ("of", "for") and k + 1 < len(doc)
                        and doc[k + 1].is_title)  # "Council for the Promotion of International Trade"
                    or (doc[k].text in ("'", "\u2019") and doc[k - 1].text.endswith("s") and k + 1 < len(doc)
                        and doc[k + 1].is_title)):  # "Vehicle Manufacturers' Association"
                k += 1
            end = k
            while end > start + 1 and doc[end - 1].lower_ in ("of", "for", "and", "on", "the", "&"):
                end -= 1
            end = self._title_off_end(doc, start, end, persons)
            # (a body's word after the country's own words: not "Russian Federation" + "Sergei Rudakov")
            named_from = max(start + 1, tok.i + 1)
            if named_from < end and doc[named_from].lower_ == "on":
                continue  # "the Republic of Korea on Steel Trade": what two countries talk about, after the country
            if named_from + 1 < end and doc[named_from].lower_ in ("and", "&") \
                    and doc[named_from + 1].ent_type_ == "ORG" and doc[named_from + 1].ent_iob_ == "B" \
                    and not self.lex.country_of(doc[named_from + 1].text):
                continue  # "GreenFeed Vietnam and Dabaco Group": a list's next body, which the model read apart (not
                # "Australia and New Zealand Banking Group", two countries)
            if end == start + 1 or not (any(self.lex.is_org_head(doc[i].lower_) for i in range(named_from, end))
                                        or self._customs_named_by_country(doc, tok, end)):
                continue
            end = self._chamber_abroad(doc, start, end, taken)
            if start >= 1 and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                    and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start \
                    and (start - 1) not in taken and "".join(t.text[0] for t in doc[start - 1:end] if t.is_title) \
                    == doc[end + 1].text:
                start -= 1  # "the All India Glass Manufacturers' Federation (AIGMF)": the short form spells it
            elif start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].is_title:
                start = spelled_back_to_short_form(doc, start, end, taken)  # "the Fertilizer Manufacturers of"
                # + "Pakistan Advisory Council (FMPAC)": the words before the country spelled too
            if start >= 1 and doc[start - 1].text in self.lex.country_opens_after and (start - 1) not in taken:
                start -= 1  # "the Royal" + "Netherlands Coffee and Tea Association"
            elif start >= 2 and doc[start - 1].ent_type_ == "ORG" and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and doc[start - 2].lower_ == "the" and doc[start - 2].ent_type_ == "ORG" \
                    and doc[start - 1].lower_ not in self.lex.heads and (start - 1) not in taken \
                    and not self.lex.is_org_head(doc[start - 1].lower_):
                start -= 1  # "the Cotton" + "Egypt Association": the model's body ends where the country begins
            elif start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 1].ent_type_ == "ORG" \
                    and (opening := self._model_name_before(doc, start)) is not None:
                start = opening  # "the Friends of" + "Australia Caucus": the model's body ends at the "of" before it
            if any(i in taken for i in range(start, end)) or self._title_before_person(doc, start, end, persons):
                continue
            resolved = self.resolver.resolve(doc, start, end)
            if resolved is None and not self._customs_named_by_country(doc, tok, end):
                continue
            customs = resolved is None
            out.append(OrgMention(start, end, resolved.name if resolved else doc[start:end].text, doc[start:end].text,
                                  confirmed=customs))
            taken.update(range(start, end))
        return out

    def _model_name_before(self, doc: Doc, start: int) -> int | None:
        """Where the name the model read up to the "of" right before token ``start`` begins ("the Friends of"), if
        its words are capitalized, none a title's or a body's kind, and none taken; else None."""
        ent = next((e for e in doc.ents if e.start < start - 1 and e.end == start), None)
        if ent is None or ent.label_ != "ORG":
            return None
        first = ent.start + (doc[ent.start].lower_ == "the")
        words = [t for t in doc[first:start - 1]]
        if not 1 <= len(words) <= 3 or not all(t.is_title and t.is_alpha and t.lower_ not in self.lex.heads
                                                 and not self.lex.is_org_head(t.lower_) and not t.ent_id_
                                                 for t in words):
            return None
        return first

    def _region_of_the_after(self, doc: Doc, ent: Span, start: int, end: int) -> int:
        """"The Port Authority" + "of the Canary Islands", "The Marine Exchange" + "of the West Gulf": an unknown
        body closing on its kind's word, then "of the" and a region's capitalized name (no country, body or person
        the story or the lexicon knows), which the model read apart; the region is the body's name's. Where the
        name ends."""
        if ent.label_ != "ORG" or end != ent.end or doc[end - 1].ent_id_ or not doc[end - 1].is_title \
                or not self.lex.is_org_head(doc[end - 1].lower_) or end + 3 >= len(doc) \
                or doc[end].lower_ != "of" or doc[end + 1].lower_ != "the":
            return end
        k = end + 2
        while k < len(doc) and k - end < 5 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_ \
                and doc[k].ent_type_ in ("LOC", "ORG", "GPE", "FAC", "") and not self.lex.country_of(doc[k].text) \
                and not self.lex.is_org_head(doc[k].lower_) and doc[k].lower_ not in self.lex.heads:
            k += 1
        if k == end + 2 or self.lex.country_of(doc[end + 2:k].text) \
                or k < len(doc) and (doc[k].is_title or doc[k].lower_ in ("of", "'s", "\u2019s")
                                     or doc[k].is_lower and doc[k].pos_ in ("NOUN", "PROPN")):
            return end  # (not "the Trade Association of the Year award")
        return k

    def _known_word_closing(self, doc: Doc, start: int, k: int) -> bool:
        """Is token ``k`` one body's word the lexicon knows alone ("Commission": the European Commission's), closing
        a name that opens on a country and a word of its own ("Korea Trade Commission", not "the EU Commission")?"""
        return k - start >= 2 and doc[k].is_title and self.lex.is_org_head(doc[k].lower_) and doc[k].ent_iob_ == "B" \
            and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I") and not self.lex.country_of(doc[k - 1].text) \
            and doc[k - 1].is_title  # (not "the U.S. Administration and Congress": two bodies)

    @staticmethod
    def _customs_named_by_country(doc: Doc, country: Token, end: int) -> bool:
        """"Sri Lanka Customs will share ...": a country's customs service, named by the country's name (not its
        adjective: "Turkish customs") and "Customs" alone."""
        return end == country.i + 2 and doc[end - 1].text == "Customs" and country.ent_type_ == "GPE" \
            and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN")  # ("China Customs data")

    def _title_off_end(self, doc: Doc, start: int, end: int, persons: PersonIndex) -> int:
        """"Korea Customs Service Deputy Commissioner Kim Hyun-joo": the holder's title written after the body and
        before the name is no part of the body's name; where the name ends without it. The model may have run the
        body on through the title and the name ("the Senate Standing Committee on Commerce Senator Shahida Qazi"):
        the name found as a person's closes the span, and is cut off with its title."""
        inside = next((k for k in range(start + 2, end) if persons.at(k) is not None), None)
        if inside is not None and doc[inside - 1].is_title and (
                doc[inside - 1].lower_ in self.lex.heads or doc[inside - 1].lower_ in self.lex.seat_heads
                or self.lex.is_org_head(doc[inside - 1].lower_)) \
                and all(persons.at(k) is not None for k in range(inside, end)):
            end = inside  # (or the body's own last word: "the Chamber of Deputies Markéta Veselá (ANO)")
        if end >= len(doc) or persons.at(end) is None or not post_head_before(self.lex, doc, end):
            return end  # (a title closing on its "General" too: "Tanzania Ports Authority Director General X")
        if end - start >= 3 and doc[end - 2].lower_ in ("of", "the") and doc[end - 1].lower_.endswith("s"):
            return end  # "Speaker of the House of Representatives Mike X": the members the body is named for close
            # its name (no title of the holder's)
        k = end - 1
        while k > start and doc[k - 1].is_title and (doc[k - 1].lower_ in self.lex.heads
                                                     or doc[k - 1].lower_ in self.lex.modifiers):
            k -= 1
        return k if k - start >= 2 and any(self.lex.is_org_head(t.lower_) for t in doc[start:k]) else end

    def _past_place_and_kind(self, doc: Doc, start: int, end: int) -> int:
        """Where the name starts in a span the model read as one body with where it is from and what it is before
        it: "Dutch bank ING", "Istanbul brokerage Bogazici Yatirim" (the place and the lower-case noun are no part
        of the name)."""
        k = start
        while k < end - 2 and doc[k].is_title and (self.lex.country_of(doc[k].text) or self.lex.place_country(doc[k].text)):
            k += 1
        if k == start or not doc[k].is_lower:
            return start
        n = cue_length(self.lex, doc, k) or (1 if doc[k].lower_ in self.lex.firm_nouns else 0)
        return k + n if n and k + n < end and (doc[k + n].is_title or doc[k + n].is_upper) else start

    def _on_to_bracketed_short_form(self, doc: Doc, end: int) -> int:
        """"the General Authority" + "for the Suez Canal Economic Zone (SCZone)": a body's name the model cut after
        its body's word, when "for (the)" and capitalized words run on to a short form in brackets; where the name
        ends, else ``end``."""
        if end + 3 < len(doc) and doc[end].lower_ == "for" and self.lex.is_org_head(doc[end - 1].lower_):
            k = end + 1 + (doc[end + 1].lower_ == "the")
            first = k
            while k < len(doc) and k - first < 5 and doc[k].is_title and doc[k].is_alpha \
                    and not doc[k].ent_type_ == "PERSON":
                k += 1
            if k != first and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" \
                    and _is_short_form(doc[k + 1]):
                return k
        return self._on_through_small_words(doc, end)

    def _on_through_small_words(self, doc: Doc, end: int) -> int:
        """"the Institute of Services" + "for the Agricultural Food Market (Ismea)", "the Association of Avocado
        Producers" + "and Packers Exporters of Mexico (APEAM)", "Conseil du Café" + "-Cacao (CCC)": a body's name
        the model cut at a small word or a hyphen inside it, when capitalized words and small words (no title's, no
        known body's, whatever the model read them as) run on from there to its short form in brackets; where the name
        ends, else ``end``."""
        if end + 3 >= len(doc):
            return end
        glued = doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_
        if not (glued or doc[end].lower_ in ("for", "of", "and", "&")):
            return end
        k = end + 1
        while k < len(doc) and k - end <= 8 and (
                doc[k].is_title and doc[k].is_alpha and doc[k].lower_ not in self.lex.heads
                and (not doc[k].ent_id_ or doc[k].ent_type_ == "GPE" and doc[k - 1].lower_ in ("of", "de"))
                or doc[k].lower_ in ("of", "for", "and", "&", "the", "du", "de", "des", "del", "della")
                and k + 1 < len(doc) and doc[k + 1].is_title
                or doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_):
            k += 1
        if doc[end].lower_ in ("and", "&") and any(t.lower_ == "the" or self.lex.is_org_head(t.lower_)
                                                    for t in doc[end + 1:k]):
            return end  # (not "the African Union and the Southern African Customs Union (SACU)": two bodies)
        if k == end + 1 or not doc[k - 1].is_title or k + 2 >= len(doc) or doc[k].text != "(" \
                or doc[k + 2].text != ")" or not (_is_short_form(doc[k + 1]) or doc[k + 1].is_title and doc[k + 1].is_alpha
                                                  and 3 <= len(doc[k + 1].text) <= 6):
            return end
        return k

    def _past_owner(self, doc: Doc, start: int, end: int) -> int:
        """Where a part's name starts in a span the model read whole with its owner's possessive: "Parliament's
        Committee on International Trade" is the committee (the owner a body's word or a known body's name)."""
        for p in range(start + 1, min(end - 2, start + 4)):
            if doc[p].text in POSSESSIVES:
                owner = doc[start:p].text
                if all(t.is_title or t.is_upper for t in doc[start:p]) \
                        and (self.lex.is_org_head(owner.lower()) or fold(owner) in self.lex.org_forms) \
                        and doc[p + 1].is_title and any(self.lex.is_org_head(t.lower_) for t in doc[p + 1:end]):
                    return p + 1
                break
        return start

    def _works_at(self, doc: Doc, at: int) -> bool:
        """Is token ``at`` the "at" of "<title> at <workplace>" ("analysts at
        Drewry")? Government titles are left out ("minister at the talks")."""
        if at == 0 or doc[at].lower_ != "at":
            return False
        spec = self.lex.heads.get(doc[at - 1].lower_) or self._head_before_area(doc, at)
        # (not whom someone spoke to: "told reporters at Haneda airport")
        return spec is not None and not spec.government and not (at >= 2 and doc[at - 2].lower_ in self.lex.speech_verbs)

    def _head_before_area(self, doc: Doc, at: int):
        """The head of a post whose area runs up to "at": one or two words in lower case after "of" ("head of
        research at Van Dijk & Maes"), else a noun phrase of up to eight words opened by "for", "of" or "in"
        ("principal analyst for Asia-Pacific gas and LNG at Wood Mackenzie", "head of marine for Asia at Marsh")."""
        k = at - 1
        while k >= 2 and at - k <= 2 and doc[k].is_lower and doc[k].is_alpha:
            k -= 1
            if doc[k].lower_ == "of":
                spec = self.lex.heads.get(doc[k - 1].lower_)
                if spec is not None:
                    return spec
                break
        k = at - 1
        while k >= 1 and at - k <= 8:
            tok = doc[k]
            if tok.lower_ in ("for", "of", "in") and doc[k - 1].lower_ in self.lex.heads:
                return self.lex.heads[doc[k - 1].lower_]
            if not area_phrase_word(tok):
                return None
            k -= 1
        return None

    def _after_title_at(self, doc: Doc, start: int) -> bool:
        at = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
        return at >= 0 and self._works_at(doc, at)

    def _named_after_title(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"an analyst at Bruegel": a capitalized name after a title and "at"
        is where the person works, even when the model took it for a place.
        Kept only if a role confirms it; never a known country or city."""
        out = []
        for at in doc:
            if at.lower_ != "at" or at.i == 0 or at.i in taken or not self._works_at(doc, at.i):
                continue
            start = at.i + 2 if at.i + 1 < len(doc) and doc[at.i + 1].lower_ == "the" else at.i + 1
            if start + 3 < len(doc) and doc[start].is_title and doc[start + 1].text == "-" \
                    and doc[start + 2].lower_ in OWNED_WORDS and doc[start + 3].is_title:
                start += 3  # "fleet director at Chilean-owned Naviera del Sur": who owns it, then its name
                owned = True  # (a firm's name, whatever the model read it as, its particles too)
            else:
                owned = False
            described = start + 1 < len(doc) and doc[start].is_lower and doc[start].pos_ in ("NOUN", "PROPN") \
                and doc[start + 1].text[:1].isupper() and doc[start + 1].is_alpha \
                and not self.lex.country_of(doc[start + 1].text)
            if described:
                start += 1  # "head of marine at broker Marsh": what the firm is, then its name
            end = start
            while end < len(doc) and end - start < (6 if owned else 4) and (
                    doc[end].text[:1].isupper()  # ("StoneX", "McKinsey")
                    or doc[end].text in self.lex.company_suffixes
                    or owned and doc[end].lower_ in _NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title) \
                    and doc[end].is_alpha and not doc[end].ent_id_ and (owned or persons.at(end) is None) \
                    and doc[end].ent_type_ not in ("DATE", "TIME", "NORP"):  # (a "PERSON" no person was made of)
                end += 1
            if end > start:
                end = self._partners_surname_after(doc, start, end)  # ("a partner at Vandermeer de Groot")
                if end + 1 < len(doc) and doc[end].is_title and doc[end].ent_type_ == "GPE" \
                        and self.lex.country_of(doc[end].text) and doc[end + 1].text in (",", ".", ";") \
                        and not self.lex.country_of(doc[start:end].text):
                    end += 1  # "the head of oceans at WWF Spain, X": the body's arm in a country
            if end > start and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title \
                    and (self.lex.is_org_head(doc[end - 1].lower_) or doc[end - 1].lower_ == "port"):
                k = end + 1  # "director of operations at Port of Rotterdam": the body's name runs on past "of"
                if doc[k].is_alpha and persons.at(k) is None and doc[k].ent_type_ != "PERSON" \
                        and doc[k].lower_ not in self.lex.heads:
                    k += 1  # (one word: not "at Port of Rotterdam Pieter Smits", "at Bank of Portugal Governor X's")
                    if k + 1 < len(doc) and doc[k].ent_iob_ == "I" and doc[k].is_title \
                            and doc[k].ent_type_ in ("GPE", "LOC", "FAC") and persons.at(k) is None \
                            and doc[k + 1].is_punct:
                        k += 1  # (a place's name in two words: "at the Port of Long Beach,", not "at Port of
                        # Rotterdam Pieter Smits said", a name after it)
                    while k < len(doc) and k - end < 4 and doc[k].is_title and self.lex.is_portfolio(doc[k].lower_) \
                            and self.lex.is_portfolio(doc[k - 1].lower_) and persons.at(k) is None:
                        k += 1  # (but a portfolio's words: "at the Institute of Trade Policy of the ...")
                while k < len(doc) and k + 1 < len(doc) and doc[k].text == "-" and not doc[k].whitespace_ \
                        and doc[k + 1].is_title:
                    k += 2  # ("Port of Antwerp-Bruges")
                end = k
            if end == start or any(i in taken for i in range(start, end)) or self.lex.country_of(doc[start:end].text):
                continue
            if described and end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
                continue  # (not "an analyst at the brokerage Ana Lopez founded": who made it, in a clause)
            if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based":
                continue  # "at the Lisbon-based think tank": where the body sits
            cue = cue_length(self.lex, doc, end) if end < len(doc) and doc[end].is_lower else 0
            if cue and end + cue < len(doc) and doc[end + cue].is_title:
                continue  # "at Istanbul brokerage Bogazici Yatirim": where the body sits, then what it is (not "at
                # Gedik Yatirim brokerage.")
            resolved = self.resolver.resolve(doc, start, end)
            if resolved is None:
                continue
            out.append(OrgMention(start, end, resolved.name, doc[start:end].text, confirmed=True))
            taken.update(range(start, end))
        return out

    def _named_again(self, doc: Doc, named: list, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"The digital association Bitkom warned ... Bitkom President Friederike Wallbrecht said": a name the
        story showed to be a body's (a cue, a title's "at", a short form) is that body wherever the story
        writes it again, word for word (the model may not see it there). Generic names are left alone."""
        out = []
        names = {tuple(t.text for t in doc[c.start:c.end]): c.name for c in named
                 if not self.resolver._generic_words(doc[c.start:c.end], titles=True) and doc[c.start].text[:1].isupper()
                 and not all(t.lower_ in self.lex.heads or t.lower_ in self.lex.modifiers for t in doc[c.start:c.end])}
        for words, name in names.items():
            n = len(words)
            for tok in doc:
                k = tok.i
                if tok.text != words[0] or k + n > len(doc) or tuple(t.text for t in doc[k:k + n]) != words \
                        or any(i in taken or persons.at(i) is not None for i in range(k, k + n)):
                    continue
                out.append(OrgMention(k, k + n, name, doc[k:k + n].text, confirmed=True))
                taken.update(range(k, k + n))
        return out

    def _unit_after_title(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"Deputy Director-General of the Export and International Affairs Bureau of the Ministry ...": the
        capitalized words after a title's "of the", closed by an organization word, name the unit the post
        belongs to, where the model saw none."""
        spans = []
        for of in doc:
            if of.lower_ != "of" or of.i < 1 or of.i + 3 >= len(doc) or doc[of.i + 1].lower_ != "the" \
                    or doc[of.i - 1].lower_ not in self.lex.heads:
                continue
            start = end = of.i + 2
            inner_of = None  # ("the Sa Kaeo Chamber of Commerce": a body's "of" and the words it names after it)
            while end < len(doc) and end - start < 7 and persons.at(end) is None and end not in taken and (
                    (doc[end].is_title and doc[end].is_alpha and not doc[end].ent_id_)
                    or (doc[end].lower_ in ("and", "&") and end > start)
                    or (doc[end].lower_ == "of" and inner_of is None and end > start
                        and self.lex.is_org_head(doc[end - 1].lower_) and end + 1 < len(doc)
                        and doc[end + 1].is_title and doc[end + 1].is_alpha and not doc[end + 1].ent_id_)):
                inner_of = end if doc[end].lower_ == "of" else inner_of
                end += 1
            while end > start and not self.lex.is_org_head(doc[end - 1].lower_) \
                    and not (inner_of is not None and end - 1 > inner_of and doc[end - 1].lower_ not in ("and", "&")):
                end -= 1
            if end - start < 2 or doc[end - 1].lower_ in ("and", "&") or any(i in taken for i in range(start, end)) \
                    or any(t.lower_ in self.lex.board_words for t in doc[start:end]):
                continue  # ("Vice-President of the Management Board of X": the board is read through to X)
            spans.append((start, end))
        return self._spans_named(doc, spans, taken, resolve=True)

    def _company_before_title(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"Ganfeng Lithium vice-president Liu Jianhua": capitalized words closing on a word only companies' names
        close on (kind "company": "Lithium", "Cement"), right before a title and its holder's name: the
        company, which the model may have read as a person."""
        out = []
        for tok in doc[1:-2]:
            head = doc[tok.i + 1]
            if tok.i in taken or not tok.is_title or not self.lex.is_org_head(tok.lower_) \
                    or not (head.lower_ in self.lex.heads or head.lower_.split("-")[-1] in self.lex.heads) \
                    or persons.at(tok.i + 2) is None:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and (start - 1) not in taken and persons.at(start - 1) is None and not doc[start - 1].ent_id_ \
                    and not self.lex.country_of(doc[start - 1].text) and doc[start - 1].lower_ not in self.lex.heads:
                start -= 1
            spec = self.lex.head_spec(head.lower_.split("-")[-1])
            if start == tok.i or self.lex.kind_of(doc[start:tok.i + 1].text) != "company" \
                    or (spec is not None and spec.government) \
                    or any(t.lower_ in self.lex.modifiers or t.lower_ in self.lex.domain_words
                           for t in doc[start:tok.i + 1]):
                continue  # (not "Acting Energy Secretary", "Former Technology Minister": a title's own words)
            name = doc[start:tok.i + 1].text
            out.append(OrgMention(start, tok.i + 1, name, name, confirmed=True))
            taken.update(range(start, tok.i + 1))
        return out

    def _name_before_holders_title(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"said Italia Solare President Gianni Sartorato": a name of two or three words the model read as a
        person's, right before a title's head (no government post's, no seat's) and its holder's name, which
        ``PersonFinder`` refuses as a person, is the body the post is at."""
        out = []
        for ent in doc.ents:
            # (the post in lower case may run to several words: "Sabine Ridge chief executive Travis Menard")
            held = lower_post_end(self.lex, doc, ent.end + 1) if ent.end < len(doc) and doc[ent.end].is_lower \
                else ent.end + 1
            if ent.label_ != "PERSON" or not 2 <= len(ent) <= 3 or held >= len(doc) \
                    or any(k in taken or persons.at(k) is not None for k in range(ent.start, ent.end)) \
                    or persons.at(held) is None or not all(t.is_title and t.is_alpha for t in ent):
                continue
            spec = self.lex.head_spec(doc[held - 1].lower_)
            if spec is None or spec.government or doc[held - 1].lower_ in self.lex.seat_heads \
                    or self.lex.country_of(ent.text):
                continue
            out.append(OrgMention(ent.start, ent.end, ent.text, ent.text, confirmed=True))
            taken.update(range(ent.start, ent.end))
        return out

    def _country_named_body_before_title(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"Citrus Australia chief executive Lachlan Moyes": one or two capitalized words and a country's own name
        (no region's: "Western Australia", "South Korea"), right before a title in lower case and its holder's name,
        are a body named for its country (an industry's association: "Dairy Australia", "Seafood Norway")."""
        spans = []
        for tok in doc[1:-2]:
            # (the country's name may be two or three words: "Seafood New Zealand chief executive X")
            first = next((j for j in range(max(1, tok.i - 2), tok.i + 1) if self._country_named(doc[j:tok.i + 1].text)
                          and (j == tok.i or doc[j].ent_iob_ == "B")), None)
            if first is None or any(j in taken for j in range(first, tok.i + 1)) \
                    or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I" and doc[tok.i + 1].ent_type_ == "GPE":
                continue
            if self._lower_post_then_name(doc, tok.i + 1, persons) is None:
                continue
            start = first
            while start > 0 and first - start < 2 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and (start - 1) not in taken and persons.at(start - 1) is None and not doc[start - 1].ent_id_ \
                    and not self.lex.country_of(doc[start - 1].text) and doc[start - 1].lower_ not in self.lex.heads \
                    and doc[start - 1].lower_ not in self.lex.compass_words \
                    and doc[start - 1].text not in self.lex.compass_names and doc[start - 1].ent_type_ != "NORP" \
                    and doc[start - 1].lower_ not in self.lex.modifiers and not doc[start - 1].is_stop \
                    and doc[start - 1].ent_type_ not in ("DATE", "TIME") and doc[start - 1].pos_ in ("PROPN", "NOUN"):
                start -= 1  # (not "Today Australia chief negotiator X", "Meanwhile ...")
            if first - start == 1 and start >= 2 and doc[start - 1].text in ("+", "&") and doc[start - 2].is_title \
                    and doc[start - 2].is_alpha and (start - 2) not in taken and persons.at(start - 2) is None \
                    and not doc[start - 2].ent_id_ and not self.lex.country_of(doc[start - 2].text):
                start -= 2  # "Beef + Lamb New Zealand chief executive X": two words joined by a sign open the name
            if start < first and (start == 0 or not doc[start - 1].is_title or doc[start - 1].is_sent_start):
                spans.append((start, tok.i + 1))
        return self._spans_named(doc, spans, taken, resolve=True)

    def _title_read_as_body(self, doc: Doc, ent: Span) -> bool:
        """Is the model's body a minister's title, its head then "of" or "for" and only portfolios after it ("the
        Minister of Industry, Trade and Services")?"""
        words = [t for t in ent if t.lower_ != "the"]
        if len(words) < 3 or words[0].lower_ not in self.lex.ministerial_heads or words[0].ent_id_ \
                or words[1].lower_ not in ("of", "for"):
            return False
        return all(t.text in (",", "&") or t.lower_ == "and" or self.lex.is_portfolio(t.lower_) for t in words[2:])

    def _firm_before_officer(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"Pavilion Energy chief executive Frederick Teo said": two capitalized words the model saw no entity in,
        right before a post in lower case only a firm's officer holds (``officer_posts``) and its holder's name, are
        the firm (one word: ``one_word_firm``); not a portfolio ("Trade chief executive"), a title or a place."""
        def plain(t, last: bool = False) -> bool:  # (a policy domain may close a firm's name: "Pavilion Energy")
            return t.is_title and t.is_alpha and t.i not in taken and persons.at(t.i) is None and not t.ent_id_ \
                and not t.ent_type_ and not self.lex.country_of(t.text) and not self.lex.place_country(t.text) \
                and t.lower_ not in self.lex.heads and t.lower_ not in self.lex.modifiers and not t.is_stop \
                and (last or t.lower_ not in self.lex.domain_words and not self.lex.is_portfolio(t.lower_))
        spans = []
        for k in range(2, len(doc) - 2):
            if not (doc[k].is_lower and officer_post_then_holder(self.lex, doc, k, officers_only=True)) \
                    or not (plain(doc[k - 2]) and plain(doc[k - 1], last=True)):
                continue
            if k - 2 == 0 or doc[k - 2].is_sent_start or not (doc[k - 3].is_title or doc[k - 3].is_upper):
                spans.append((k - 2, k))
            elif doc[k - 3].ent_type_ == "NORP" and self.lex.country_of(doc[k - 3].text) and k - 3 not in taken \
                    and (k - 3 == 0 or doc[k - 3].is_sent_start or not (doc[k - 4].is_title or doc[k - 4].is_upper)):
                spans.append((k - 3, k))  # ("Australian Dairy Farmers president X": a body named for its country)
        return self._spans_named(doc, spans, taken, resolve=True)

    def _body_before_holder(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"the chief executive of Engro Fertilizers, Asad Mehmood Siddiqui, ...": capitalized words after a title
        in lower case and "of", the post's holder named right after them between commas, are the post's body,
        even where the model read them as a person (``PersonFinder`` refuses them as one)."""
        spans = []
        for of in doc[2:-4]:
            if of.i + 1 in taken or persons.at(of.i + 1) is not None or not after_body_post(self.lex, doc, of.i):
                continue
            end = of.i + 1
            while end < len(doc) and end - of.i <= 4 and doc[end].is_title and doc[end].is_alpha and end not in taken:
                end += 1
            if end - of.i - 1 >= 2 and end + 1 < len(doc) and doc[end].text == "," and persons.at(end + 1) is not None \
                    and doc[of.i + 1].ent_type_ == "PERSON" and not self.lex.country_of(doc[of.i + 1:end].text):
                spans.append((of.i + 1, end))

        for tok in doc[2:-1]:
            close = next((c for n in (1, 2, 3) if tok.i + n < len(doc)
                          and all(k not in taken and persons.at(k) is None for k in range(tok.i, tok.i + n))
                          and (c := body_after_post_end(self.lex, doc, tok.i, tok.i + n)) is not None), None)
            if close is not None:
                spans.append((tok.i, close))  # ("X, director general of Eurofer, said"; "of Höegh Autoliners,";
                # "chief economist of Komerční banka,")
            elif tok.lower_ == "of" and doc[tok.i - 1].lower_.split("-")[-1] in self.lex.body_posts \
                    and doc[tok.i - 1].is_lower and tok.i + 3 < len(doc):
                end = tok.i + 1
                while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and doc[end].is_alpha \
                        and end not in taken and persons.at(end) is None:
                    end += 1
                if 2 <= end - tok.i - 1 <= 3 and end < len(doc) and doc[end].is_punct and doc[end].text != "-" \
                        and not (doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].is_title) \
                        and doc[end - 1].text in self.lex.subsidiary_words \
                        and not self.lex.place_country(doc[tok.i + 1:end].text) \
                        and not self.lex.country_of(doc[tok.i + 1:end].text) and not self.lex.country_of(doc[end - 1].text) \
                        and not any(
                            self.lex.country_of(t.text) or t.ent_type_ == "GPE" or t.lower_ in self.lex.compass_words
                            or t.text in self.lex.compass_names for t in doc[tok.i + 1:end - 1]):
                    spans.append((tok.i + 1, end))  # "X, director general of Fertilizers Europe.": a body named for
                    # the region it works in, which the model read as a place (not "head of Central Europe", nor a
                    # list of regions: "executive vice president of Zone Asia, Oceania and Africa")
        return self._spans_named(doc, spans, taken, resolve=True)

    def _company_names(self, doc: Doc, taken: set[int], persons: PersonIndex,
                       found: list[OrgMention] | None = None) -> list[OrgMention]:
        """"Kokusai Electric", "Hartley Voss LLP": capitalized words ending in a
        word only companies end in (``company_suffixes``), which the model may
        have taken for a person. A one-word mention found right before such a
        name is its first word ("Anadolu" + "Paslanmaz Celik A.S."): it is
        taken back from ``found`` into the company's name."""
        out = []
        for tok in doc:
            if tok.text in self.lex.company_prefixes and tok.i not in taken:  # "PT Aneka Tambang"
                end = tok.i + 1
                while end < len(doc) and end - tok.i <= 4 and doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper) \
                        and end not in taken and persons.at(end) is None:
                    end += 1
                if end > tok.i + 1:
                    first, last = self._quoted_name_after(doc, tok.i, end)  # ('JSC ... Company "Tau-Ken Samruk"')
                    stop = last + 1 if last > end else end
                    out.append(OrgMention(tok.i, stop, doc[first:last].text, doc[tok.i:stop].text, confirmed=True))
                    taken.update(range(tok.i, stop))
                continue
            if tok.text not in self.lex.company_suffixes or tok.i in taken or tok.i == 0:
                continue
            if tok.i + 1 < len(doc) and (spec := self.lex.heads.get(doc[tok.i + 1].lower_)) is not None \
                    and spec.government and (tok.lower_ in self.lex.domain_words or tok.lower_ in self.lex.portfolio_words):
                continue  # "Chilean Mining Minister X": a minister's portfolio, not a firm's last word
            start = tok.i
            while start > 0 and tok.i - start < 6 and (start - 1) not in taken and persons.at(start - 1) is None and (
                    ((doc[start - 1].is_title or doc[start - 1].is_upper) and doc[start - 1].is_alpha
                     and not doc[start - 1].is_stop and not self.lex.head_spec(doc[start - 1].text))
                    # "Cables y Conductores del Pacífico S.p.A.": Spanish or Portuguese small words inside
                    or (doc[start - 1].lower_ in _ROMANCE_INSIDE and start >= 2 and doc[start - 2].is_title
                        and start < tok.i and doc[start].is_title)
                    # "Harrowgate & Pell LLP": two partners' names joined by "&"
                    or (doc[start - 1].text == "&" and start >= 2 and doc[start - 2].is_title and start < tok.i
                        and persons.at(start - 2) is None)):
                start -= 1
            first = next((m for m in found or [] if m.end == start and start - 3 <= m.start < start), None)
            if first is not None and start < tok.i and not any(t.ent_id_ for t in doc[first.start:first.end]) \
                    and all(t.is_alpha and (t.is_title or t.is_upper) for t in doc[first.start:first.end]) \
                    and not (first.start > 0 and doc[first.start - 1].text in POSSESSIVES):
                found.remove(first)  # "Anadolu" + "Paslanmaz Celik A.S.", "HOLLAND" + "WEBER LLP", "Khanij Bidesh" +
                # "India Limited" (the model's name cut at the country's word inside it)
                start = first.start
            before = doc[start - 1] if start > 0 else None
            owner = self._head_before(doc, start - 1) if start >= 2 else None
            if start == tok.i or (before is not None and (before.lower_ == "&" or (
                    before.lower_ in ("of", "for") and start >= 2 and (
                        (owner is not None and owner.government) or doc[start - 2].lower_ in self.lex.body_words
                        or doc[start - 2].lower_ in self.lex.institution_words)) or (
                    before.lower_ == "and" and start >= 2 and doc[start - 2].is_title and (start - 2) not in taken))) \
                    or self._title_area(doc, start, tok.i + 1):
                continue  # "Minister for Large and Medium Industries": the end of a longer phrase
            text = doc[start:tok.i + 1].text
            if self.lex.country_of(text) or self.lex.place_country(text):
                continue
            resolved = self.resolver.resolve(doc, start, tok.i + 1)  # the suffix vouches for a name it refuses
            out.append(OrgMention(start, tok.i + 1, resolved.name if resolved else text, text, confirmed=True))
            taken.update(range(start, tok.i + 1))
        return out

    def _unlabelled_bodies(self, doc: Doc, taken: set[int], persons: PersonIndex,
                           fallback_country: str | None = None) -> list[OrgMention]:
        """"The Port of Rotterdam Authority said ...", "Meridian Centre for Trade Studies" on the line after its
        authors: a capitalized name around an organization's word (``org_heads``) that the model labelled nothing
        at all, its words joined by "of", "for", "and" or "&", with the remit after the word; it opens after "the"
        or a sentence's start, and needs a word of its own before its head."""
        out = []
        for tok in doc:
            if tok.i in taken or tok.ent_type_ or not tok.is_title or not self.lex.is_org_head(tok.lower_) \
                    or tok.lower_ in self.lex.heads or (tok.i + 1 < len(doc) and doc[tok.i + 1].is_lower
                                                        and doc[tok.i + 1].pos_ == "NOUN"):
                continue  # (not "Refined Steel output": a commodity before a common noun)
            start = tok.i
            while start > 0 and tok.i - start < 6 and (start - 1) not in taken and persons.at(start - 1) is None \
                    and not doc[start - 1].ent_type_ and not doc[start].is_sent_start and (
                        doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].lower_ != "the"
                        or doc[start - 1].lower_ in ("of", "for", "and", "&") and start >= 2 and doc[start - 2].is_title):
                start -= 1
            before = doc[start - 1] if start > 0 else None
            if start == tok.i or doc[start].lower_ in NAME_SMALL_WORDS or doc[start].pos_ != "PROPN" or doc[start].is_stop \
                    or doc[start].lower_ in self.lex.heads \
                    or not (before is None or doc[start].is_sent_start or before.lower_ == "the"
                            or before.text == ":"  # ("Contact: Trade Policy Bureau, METI": a line's label, then the body)
                            # ("Corporate Communications at Lagos Free Zone Company": a firm where someone works)
                            or before.lower_ == "at" and self.lex.kind_of(doc[start:tok.i + 1].text) == "company") \
                    or not any(not self.lex.is_org_head(t.lower_) and t.lower_ not in NAME_SMALL_WORDS
                               and t.lower_ not in self.lex.modifiers for t in doc[start:tok.i]):
                continue
            end = tok.i + 1
            while end + 1 < len(doc) and doc[end].lower_ in ("for", "of", "on") and doc[end + 1].is_title \
                    and doc[end + 1].is_alpha and not doc[end + 1].ent_type_ and (end + 1) not in taken:
                k = end + 1  # "Meridian Centre for Trade Studies": the body's remit after its word
                while k < len(doc) and k - end < 5 and (doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_
                                                        or doc[k].lower_ == "and" and k + 1 < len(doc)
                                                        and doc[k + 1].is_title) and k not in taken:
                    k += 1
                end = k
            if end < len(doc) and doc[end].is_title and (spec := self.lex.head_spec(doc[end].lower_)) is not None \
                    and spec.government:
                continue  # "Industry and Technology Minister X": the minister's portfolio, no body of its own
            resolved = self.resolver.resolve(doc, start, end, fallback_country)
            if resolved is None:
                continue
            out.append(OrgMention(start, end, resolved.name, doc[start:end].text))
            taken.update(range(start, end))
        return out

    def _and_partners(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"Hartono Lubis & Partners", "Baker, Doe & Associates": a firm named for its founders, whatever the
        model read the names as (one to four capitalized words, then "&" and the partners)."""
        out = []
        for tok in doc:
            if tok.text != "&" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in ("Partners", "Associates") \
                    or tok.i + 1 in taken:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ not in ("DATE", "GPE", "NORP") \
                    and doc[start - 1].lower_ not in self.lex.heads and doc[start - 1].lower_ not in self.lex.modifiers \
                    and not self.lex.kind_of(doc[start - 1].text) \
                    and (doc[start - 1].lower_,) not in self.lex.appositive_body_nouns:
                start -= 1  # (the founders' names only: not "On Monday, ...", "Consultancy ...", "Partner, ...")
            end = tok.i + 2
            while end < len(doc) and (doc[end].text in self.lex.company_suffixes
                                      or doc[end].text in ("Law", "Firm", "Office") and doc[end].is_title):
                end += 1  # ("Baker & Partners LLP", "Kim & Partners Law Firm")
            if start == tok.i or any(i in taken for i in range(start, end)) or self.lex.country_of(doc[start].text):
                continue
            span = doc[start:end]
            out.append(OrgMention(start, end, span.text, span.text, confirmed=True))
            taken.update(range(start, end))
        return out

    def _one_word_body_before_holder(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[OrgMention]:
        """"the president of Federchimica, Giancarlo Ferraris Bellini, ...", "Zespri chief executive Grant Pohatu": a
        body the model read as a person or as nothing (``one_word_body_before_holder``, ``one_word_firm``)."""
        out = []
        for i in sorted(one_word_bodies_before_holders(self.lex, doc) | one_word_firms(self.lex, doc)):
            if i not in taken and persons.at(i) is None:
                out.append(OrgMention(i, i + 1, doc[i].text, doc[i].text, confirmed=True))
                taken.add(i)
        return out

    def _camel_case_names(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"IndustriAll Europe Deputy General Secretary ...", "Russia's PhosAgro": a word with a capital inside
        (``camel_case_name``), or a digit opening a capitalized word ("chief executive of 3Sun", ``digit_led_name``), is a
        body's or a brand's name wherever the model read it, with the region of its arm after it ("Europe",
        ``subsidiary_words``); not a place's."""
        out = []
        for tok in doc:
            if tok.i in taken or not (camel_case_name(tok.text) or digit_led_name(tok.text)) \
                    or tok.ent_type_ in ("GPE", "LOC") \
                    or self.lex.place_country(tok.text) or tok.i > 0 and doc[tok.i - 1].text == "(":
                continue  # (a short form in brackets is linked to the name before it: "(AmCham Chile)")
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (nxt.is_lower and nxt.pos_ == "NOUN" and not self.lex.is_org_head(nxt.lower_)
                                    or nxt.is_title and nxt.is_alpha and nxt.text not in self.lex.subsidiary_words
                                    and not self.lex.kind_of(nxt.text) and nxt.lower_ not in self.lex.heads
                                    and not self.lex.head_spec(nxt.text)):
                continue  # (a product's name before what it is: "PlayStation consoles"; a given name before a
                # surname: "KeShawn Brooks")
            end = tok.i + 1
            while end < len(doc) and end - tok.i < 3 and end not in taken and (
                    doc[end].text in self.lex.subsidiary_words
                    or doc[end].is_title and self.lex.kind_of(doc[end].text) in ("media", "company")
                    or end == tok.i + 1 and _short_caps(doc[end]) and not doc[end].ent_id_
                    and not self.lex.country_of(doc[end].text) and doc[end].lower_ not in self.lex.heads):
                end += 1  # ("PharmaTrade Monitor": a newsletter's name closing on its kind; "EcoPro BM": the capitals
                # of a group's company)
            resolved = self.resolver.resolve(doc, tok.i, end)
            text = doc[tok.i:end].text
            out.append(OrgMention(tok.i, end, resolved.name if resolved else text, text, confirmed=True))
            taken.update(range(tok.i, end))
        return out

    def _ampersand_names(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"S&P Global Mobility estimates ...", "P&O Ferries": a word of capitals joined by an ampersand ("S&P",
        "AT&T") opens a firm's name wherever the model read it (or left it unread), with up to three capitalized words
        after it that are no title's, place's, person's or date's."""
        out = []
        for tok in doc:
            if tok.i in taken or not _AMPERSAND_WORD.match(tok.text) or tok.lower_ in self.lex.not_organizations \
                    or tok.i + 1 < len(doc) and doc[tok.i + 1].is_lower and doc[tok.i + 1].pos_ == "NOUN":
                continue  # (not a term: "R&D", "M&A advisers")
            end = tok.i + 1
            while end < len(doc) and end - tok.i < 4 and end not in taken and doc[end].is_title and doc[end].is_alpha \
                    and doc[end].lower_ not in self.lex.heads and doc[end].ent_type_ not in ("GPE", "PERSON", "DATE"):
                end += 1
            resolved = self.resolver.resolve(doc, tok.i, end)
            text = doc[tok.i:end].text
            out.append(OrgMention(tok.i, end, resolved.name if resolved else text, text, confirmed=True))
            taken.update(range(tok.i, end))
        return out

    def _possessed_parts(self, doc: Doc, found: list[OrgMention], taken: set[int]) -> list[OrgMention]:
        """"Parliament's trade committee", "the European Parliament's trade committee": after a body's possessive, a
        common phrase the lexicon gives as the name of one of its parts (``possessed_parts``) names that part."""
        out = []
        for mention in found:
            parts = self.lex.possessed_parts.get(mention.name)
            k = mention.end
            if not parts or k + 1 >= len(doc) or doc[k].text not in ("'s", "\u2019s"):
                continue
            phrase = next((doc[k + 1:k + 1 + n] for n in (3, 2, 1) if k + 1 + n <= len(doc)
                           and all(t.is_alpha and t.i not in taken for t in doc[k + 1:k + 1 + n])
                           and fold(doc[k + 1:k + 1 + n].text) in parts), None)
            if phrase is not None:
                out.append(OrgMention(phrase.start, phrase.end, parts[fold(phrase.text)], phrase.text))
                taken.update(range(phrase.start, phrase.end))
        return out

    def _posts_office(self, doc: Doc, taken: set[int]) -> list[OrgMention]:
        """"the US Trade Representative's office", "the United States Trade Representative's office": a post's office,
        the body the post implies where it implies one of one country (titles.yaml ``implied``)."""
        out = []
        for tok in doc[2:]:
            if tok.lower_ not in ("office", "offices") or doc[tok.i - 1].text not in ("'s", "\u2019s") or tok.i in taken:
                continue
            start = tok.i - 1
            while start > 0 and tok.i - 1 - start < 5 and (doc[start - 1].is_title or doc[start - 1].is_upper) \
                    and (start - 1) not in taken:
                start -= 1
            words = tuple(t.lower_ for t in doc[start:tok.i - 1])
            found = next(((domain, country) for seq, domain, country in self.lex.implied if country and len(seq) >= 2
                          and holds_run(words, seq)), None)
            # (a post of two words or more: not "Premier's Office", a premier of any country's)
            body = self.lex.body(*found) if found else None
            if body is None:
                continue
            start -= start > 0 and doc[start - 1].lower_ == "the"
            # (written as its name: the phrase is a description of the body, not a name of it)
            out.append(OrgMention(start, tok.i + 1, body, body))
            taken.update(range(start, tok.i + 1))
        return out

    def _generic_bodies(self, doc: Doc, taken: set[int], fallback_country: str | None = None) -> list[OrgMention]:
        """"commerce ministry" / "Ministry of Commerce" phrases the model missed."""
        out = []
        for tok in doc:
            if tok.lower_ not in ("ministry", "department", "agency") or tok.i in taken:
                continue
            start, end = tok.i, tok.i + 1
            if start > 0 and doc[start - 1].lower_ in self.lex.domain_words:
                start -= 1
                if start > 1 and doc[start - 1].lower_ == "and" and doc[start - 2].is_lower and doc[start - 2].is_alpha:
                    start -= 2  # "the development and trade ministry"
            elif end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in self.lex.domain_words:
                end += 2
            else:
                continue
            if any(i in taken for i in range(start, end)):
                continue
            seat = self.lex.place_country(doc[end + 1].text) if end + 1 < len(doc) and doc[end].lower_ == "in" \
                and doc[end + 1].is_title and not self.resolver.country_before(doc, start)[0] else None
            # ("secretary of state at the economy ministry in Bucharest": the city places the ministry)
            resolved = self.resolver.resolve(doc, start, end, seat or fallback_country)
            unlisted = self.lex.unlisted_ministry(doc[start].lower_, seat) \
                if seat and tok.lower_ == "ministry" and end - start == 2 else None
            if unlisted and (resolved is None or not resolved.known or resolved.country != seat):
                out.append(OrgMention(start, end, unlisted, doc[start:end].text))  # (a ministry the lexicon does not
                taken.update(range(start, end))  # list: "the economy ministry in Bucharest", Romania's)
                continue
            if resolved is None or not resolved.known:
                continue
            if resolved.name not in self.lex.organizations:
                # "Latvia's finance ministry": a ministry the lexicon does not list, placed by the country before it,
                # is written with that country
                start = min(start, self.resolver.country_before(doc, start)[1])
            out.append(OrgMention(start, end, resolved.name, doc[start:end].text))
            taken.update(range(start, end))
        return out

    def _unplaced_party_letters(self, doc: Doc, mentions: list[OrgMention], home: str | None = None) -> None:
        """"In Prague, SPD chairman X said": a listed party's letters ("SPD", Germany's), the only way a story writes
        it, in a story placed in another country (its dateline, ``home``, or a country it names) that names neither
        the party's country nor another listed body of it (the Bundestag, a German ministry), are a party of that
        name the lexicon does not know: the mention keeps its letters as its name."""
        named = countries_named(self.lex, doc)

        def letters(m: OrgMention) -> bool:
            return m.surface.isupper() and m.surface.isalpha() and len(m.surface) <= 6

        for mention in mentions:
            info = self.lex.organizations.get(mention.name)
            if info is None or info.kind != "party" or not info.country or not letters(mention) \
                    or named.get(info.country) or home == info.country or self.lex.is_bloc(info.country) \
                    or not (home or any(code != info.country for code in named)):
                continue  # (a story that places itself nowhere else: "BJP MP X said" is India's party)
            if any(m.name == info.name and not letters(m)
                   or m.name != info.name and getattr(self.lex.organizations.get(m.name), "country", None) == info.country
                   for m in mentions):
                continue  # (the party written in full too: "the opposition Democratic Party (PD)", placed below)
            mention.name = mention.surface

    def _another_countrys_party(self, doc: Doc, mention: OrgMention, info) -> bool:
        """Is a listed party's name, in a story datelined in another country, that country's party of the same name?
        So when the story calls it ruling or in opposition (words of a parliament's parties: "the ruling Democratic
        Party", "Opposition Democratic Party (PD) lawmaker X") or gives it a short form in brackets the lexicon does
        not list for it ("Democratic Party (PD)")."""
        before = {doc[k].lower_ for k in range(max(0, mention.start - 2), mention.start)}
        if before & self.lex.parliament_party_words:  # (titles.yaml)
            return True
        end = mention.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
            return fold(doc[end + 1].text) not in {fold(a) for a in (info.name, *info.aliases)}
        return False

    def find(self, doc: Doc, persons: PersonIndex, fallback_country: str | None = None) -> OrgIndex:
        """The article's organizations, mentions grouped by canonical name, with
        country and kind; unknown names seen once are marked unconfirmed."""
        index = OrgIndex()
        mentions = sorted(self.mentions(doc, persons, fallback_country), key=lambda m: m.start)
        # (the first words of longer names: "Senate" is no chamber of its own beside "the Senate of the Republic")
        openings = {fold(m.name).split()[0] for m in mentions if len(m.name.split()) > 1}
        self._unplaced_party_letters(doc, mentions, fallback_country)
        for mention in mentions:
            key = fold(mention.name)
            entity = index.entities.get(key)
            if entity is None:
                info = self.lex.organizations.get(mention.name)
                country = info.country if info else None
                if info is not None and info.kind == "party" and fallback_country not in (None, country) \
                        and self._another_countrys_party(doc, mention, info):
                    country = fallback_country  # "ROME - ... the opposition Democratic Party (PD)": the dateline's
                    # party of that name, not the one the lexicon lists
                if country is None:
                    country, _ = self.resolver.country_before(doc, mention.start)
                if country is None and info is None:
                    country = self.resolver.country_in_name(mention.name) or self.lex.legal_form_country(mention.name) \
                        or self._based_in(doc, mention.end)
                kind = info.kind if info else self.lex.kind_of(mention.name) or self._described_kind(doc, mention)
                if country is None and info is None and kind == "government" \
                        and not (fold(mention.name).startswith("ministry") and fallback_country in self.lex.no_ministry_countries):
                    # "the Federal Ministry of Industry ..." in a story from ABUJA (not a ministry from WASHINGTON,
                    # whose government has departments)
                    country = fallback_country
                if country is None and info is None and kind == "legislature" \
                        and (fold(mention.name).endswith(_SELF_NAMED)
                             or len(mention.name.split()) == 1 and key not in openings):
                    country = fallback_country  # "the Senate of the Republic" in a story from Mexico City: its own
                    # (so is "Parliament" alone: "laid before Parliament" in a story from London)
                entity = OrgEntity(name=mention.name, country=country, kind=kind, known=info is not None)
                entity.dateline_country = country is not None and country == fallback_country and info is None \
                    and kind == "government" and not self.resolver.country_before(doc, mention.start)[0]
                index.entities[key] = entity
            entity.mentions.append(mention)
            if entity.name.isupper() and not mention.name.isupper() and not entity.known:
                entity.name = mention.name  # "MINISTRY OF X" in a masthead, "Ministry of X" in the text
            if fold(mention.surface) != key:
                entity.aliases.add(re.sub(r"\s+", " ", mention.surface))
        self._merge_short_names(index, doc)
        heads = headline_lines(doc_text(doc), self.lex.heads)
        for key, entity in list(index.entities.items()):
            if not entity.known and entity.name.split()[-1] not in self.lex.company_suffixes \
                    and not any(_masthead(doc, heads, m) or m.confirmed for m in entity.mentions) \
                    and all(any(a <= doc[m.start].idx < b for a, b in heads) for m in entity.mentions):
                # "U.S. Doubles Steel and Aluminium Tariffs": headline capitals, no body (a masthead's "BRIEFING
                # NOTE | Meridian Institute for Trade Policy", the body a whole part of the line names, stays; so
                # does one a cue confirms, such as the source paper of a translated story)
                del index.entities[key]
        index.reindex()
        for entity in index.entities.values():
            if entity.dateline_country:
                # "Trade Policy Bureau of the Ministry of Economy, ..." in a story from Yaounde: the country of the
                # body it is part of
                outer = index.entities.get(fold(part_of(doc, index, entity, self.lex) or ""))
                if outer is not None and outer.country and not outer.dateline_country:
                    entity.country = outer.country
        for entity in index.entities.values():
            # (a chamber the lexicon's kinds know, "Congress" in a story from New Delhi: the story's own country's)
            entity.confirmed = entity.known or len(entity.mentions) >= 2 or self.lex.looks_like_org(entity.name) \
                or entity.kind == "legislature" \
                or any(m.confirmed or _spells_its_short_form(doc, m, self.lex) for m in entity.mentions) \
                or entity.name.split()[-1] in self.lex.company_suffixes \
                or len(entity.name.split()) >= 2 and self.lex.is_firm_name_ending(entity.name.split()[-1])
        for entity in index.entities.values():
            if not entity.confirmed and any(_listed_with_confirmed(doc, index, m, lambda k: self.cues.follows_cue(doc, k))
                                            for m in entity.mentions):
                entity.confirmed = True  # "Shell and TotalEnergies have signed up", "Cofco Corp. and Sinograin bought":
                # named in one list with a body the story confirms, as the model read it
        index.reindex()
        return index

    def _remit_joined_by_and(self, doc: Doc, start: int, end: int, persons: PersonIndex) -> int | None:
        """"the Federation of E-commerce" + "and Distance Selling (Fevad)", "the National Federation of Metallurgy" +
        "and Mechanical Industries at the ...": a body's remit after its organization word and "of", cut by the model
        at "and"; the one to three capitalized words after it (no person, place, known body or organization word
        opening them; one word only if it is a portfolio's: "and Customs", not "and Nasscom") are the name's, when a
        bracket, a comma, a full stop or a word in lower case follows them.
        Where the name ends then, else None."""
        of = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in ("of", "for")), None)
        if of is None or end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&") \
                or not self.lex.is_org_head(doc[of - 1].lower_) \
                or not all(t.is_title or t.text == "-" or t.is_lower and t.i > of + 1 and doc[t.i - 1].text == "-"
                           for t in doc[of + 1:end]):
            return None
        k = end + 1
        while k < len(doc) and k - end <= 3 and doc[k].is_title and doc[k].is_alpha and persons.at(k) is None \
                and not doc[k].ent_id_ and not self.lex.country_of(doc[k].text) \
                and doc[k].ent_type_ not in ("GPE", "PERSON", "DATE", "NORP"):
            k += 1
        # ("of Pharmaceutical Industries and Associations": a plural organization word closing the remit, the members)
        members = k == end + 2 and doc[end + 1].lower_.endswith("s") and self.lex.is_org_head(doc[end + 1].lower_[:-1])
        # ("of Pineapple Producers and Exporters (Canapep)": a second kind of member, its short form after it)
        members = members or k == end + 2 and k < len(doc) and doc[k].text == "(" and doc[end + 1].lower_.endswith("ers")
        if k == end + 1 or k - end > 3 or k >= len(doc) or self.lex.is_org_head(doc[end + 1].lower_) and not members \
                or k == end + 2 and not self.lex.is_portfolio(doc[end + 1].lower_) and not members \
                or not (doc[k].text in ("(", ",", ".", ";") or doc[k].is_lower and doc[k].is_alpha and doc[k].text != "and"):
            return None
        return k

    def _remit_listed_after_comma(self, doc: Doc, start: int, end: int) -> int:
        """"the Department of Quality" + ", Processing and Market Development (Ministry of ...)": a body's remit
        listed with commas and a closing "and", the model's name cut at the first comma; where the name ends (the
        list's capitalized words no name of their own, a bracket, comma or full stop after it), else ``end``."""
        start += doc[start].lower_ == "the"
        # the body's word, at the name's start or after its place or people ("the Tehran Chamber of Commerce,
        # Industries, Mines and Agriculture"; "the Baden-Württemberg Ministry of Economic Affairs, Labour and Tourism")
        start = next((h for h in range(start, min(end, start + 4)) if h + 2 < len(doc) and doc[h + 1].lower_ in ("of", "for")
                      and self.lex.kind_of(doc[h].text) in ("government", "union", "think_tank")
                      and all(doc[j].is_title or doc[j].text == "-" for j in range(start, h))), start)
        comma = start + 2
        while comma < len(doc) and comma - start < 5 and doc[comma].is_title:
            comma += 1  # the first portfolio, of one to three words ("of Agriculture", "of Economic Affairs")
        if comma + 4 >= len(doc) or doc[comma].text != "," or comma == start + 2 or not comma - 1 <= end <= comma + 3 \
                or doc[start + 1].lower_ not in ("of", "for") \
                or self.lex.kind_of(doc[start].text) not in ("government", "union", "think_tank"):
            return end
        k, joined = comma + 1, None
        closing = next((j for j in range(comma + 1, min(len(doc), comma + 12)) if doc[j].lower_ == "and"), comma)
        while closing + 1 < len(doc) and closing - comma < 9 and (doc[closing + 1].is_title or doc[closing + 1].is_upper):
            closing += 1
        places = doc[closing].lower_ in self.lex.portfolio_words  # ("Office of Japan, Korea and APEC Affairs")
        # (a remit the model read into the body's name: "Chamber of Commerce, Industries" + ", Mines and Agriculture")
        inside = doc[comma + 1].ent_type_ == "ORG" and doc[comma + 1].ent_iob_ == "I" and (
            doc[closing].lower_ in self.lex.domain_words or doc[closing].lower_ in self.lex.portfolio_words)
        while k < len(doc) and k - end <= 11 and (
                (doc[k].is_title or places and doc[k].is_upper) and doc[k].is_alpha
                and (not doc[k].ent_type_ or places and doc[k].ent_type_ in ("GPE", "NORP", "ORG") and not doc[k].ent_id_
                     or doc[k].ent_type_ == "ORG" and not doc[k].ent_id_ and (inside or doc[comma + 1].ent_iob_ == "B"
                                                                               and doc[comma + 1].ent_type_ == "ORG")
                     # (a policy domain a known body is named by, inside the list: "Economic Affairs, Labour and Tourism")
                     or doc[k].ent_type_ == "ORG" and doc[k].lower_ in self.lex.domain_words
                     and doc[k - 1].text in (",", "and") and doc[k + 1].text in (",", "and"))
                # ("Seeds and Plant Protection" read as one more body)
                and (not self.lex.is_org_head(doc[k].lower_) or doc[k].lower_ in self.lex.domain_words
                     or doc[k].lower_ in self.lex.portfolio_words)  # ("Industries": a remit, not a firm's word)
                or doc[k].text == "," and doc[k - 1].is_title and joined is None
                or doc[k].lower_ == "and" and joined is None):
            joined = k if doc[k].lower_ == "and" else joined
            k += 1
        if joined is None or not doc[k - 1].is_title or k - joined > 3 or k >= len(doc) or k < end \
                or doc[k].text not in ("(", ",", ".") and not (doc[k].lower_ == "and" and joined != k) \
                and not (doc[k].is_lower and doc[k].is_alpha and k - comma > 4 and not doc[start].ent_id_
                         and doc[joined - 1].text != ",") \
                and not (doc[k].lower_ == "of" and k + 1 < len(doc) and doc[k + 1].ent_type_ == "GPE") \
                and not (doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B" and k - comma > 2):
            # (or at the name of its post's holder: "State Secretary in the ... Ministry of Economic Affairs, Labour
            # and Tourism Katrin Schüle said")
            return end  # (a list of three portfolios or more may end at a word in lower case: "..., Water and Forests
            # said on Monday", "..., Labour and Tourism of Baden-Württemberg"; not a known body's, nor a list with a
            # comma before its "and": "the Department of Commerce, Treasury, and State met")
        return k

    def _title_area(self, doc: Doc, start: int, end: int) -> bool:
        """"Director-General for Mineral Resources, Agency for ...", "Undersecretary for International Economic
        Relations, Ministry of ...": capitalized policy words right after a title's head and "for", then a comma:
        the area of the post, which the body after the comma holds."""
        if start >= 2 and doc[start - 1].text == "," and not doc[start].ent_id_ and end + 1 < len(doc) \
                and doc[end].lower_ in ("at", ",") and self.lex.head_spec(doc[start - 2].text) is not None \
                and all(t.lower_ in self.lex.domain_words or t.lower_ in self.lex.portfolio_words
                        or t.lower_ in ("and", "&") for t in doc[start:end]):
            return True  # "General Manager, External Relations at Nigeria LNG Limited": the post's area after a comma
        if start < 2 or doc[start - 1].lower_ not in ("for", "of") or doc[start].ent_id_:
            return False
        while end < len(doc) and end - start < 6 and (doc[end].is_title or doc[end].lower_ == "and") \
                and doc[end].ent_type_ != "PERSON":
            end += 1  # ("for" + "Ports" + "and Waterways, ...": the model's name, the area's first word)
        head = doc[start - 2].lower_
        if not (head in self.lex.heads or head.split("-")[-1] in self.lex.heads):
            return False
        if end + 2 < len(doc) and doc[end].lower_ == "at" and all(
                t.lower_ in self.lex.domain_words or t.lower_ in self.lex.portfolio_words or t.lower_ in ("and", "-")
                for t in doc[start:end]):  # (not a company: "chairman of Vantage Metals at the ... Association")
            # "The Director of Agro-Export Development at the Nigerian Export Promotion Council": the area of the
            # post, then "at" and the body that holds it
            k = end + 1 + (doc[end + 1].lower_ == "the")
            while k < len(doc) and k - end <= 11 and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and")):
                k += 1
            return k > end + 1 and self.lex.is_org_head(doc[k - 1].lower_) and doc[k - 1].is_title \
                and not any(t.ent_id_ for t in doc[start:end])
        if doc[start - 1].lower_ != "for":
            return False
        if end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B" \
                and all(t.is_title and t.is_alpha or t.lower_ == "and" or t.text == "," for t in doc[start:end]):
            return True  # "Deputy Director-General for Manufacturing Industries Takumi Arakawa": the area, then the
            # holder's name
        if end >= len(doc) or doc[end].text != ",":
            return False
        if all(t.lower_ in self.lex.domain_words or t.lower_ in self.lex.portfolio_words or t.lower_ == "and"
               for t in doc[start:end]):
            return True
        # "Associate Administrator for Ports and Waterways, Maritime Administration, ...": any capitalized area when
        # a body's name (closing on a body's word) follows the comma
        k = end + 1
        while k < len(doc) and k - end <= 6 and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and")):
            k += 1
        return k > end + 1 and self.lex.is_org_head(doc[k - 1].lower_) and doc[k - 1].is_title \
            and all(t.is_title and t.is_alpha or t.lower_ == "and" for t in doc[start:end]) \
            and not any(t.ent_id_ for t in doc[start:end])

    def _members_and_country(self, doc: Doc, start: int, end: int) -> int:
        """"the Union of Winegrowers" + "and Winemakers of Ukraine", "the Association of Fish Processors and
        Exporters" + "of Kenya": a body named for its members, cut before its second kind of member or before the
        country it closes on; where the name ends (through "of <country>"), else ``end``."""
        of = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "of"), None)
        if of is None or not self.lex.is_org_head(doc[of - 1].lower_) or not doc[end - 1].is_title \
                or self.lex.is_org_head(doc[end - 1].lower_) or self.lex.country_of(doc[of + 1:end].text):
            return end
        k = end
        if k + 2 < len(doc) and doc[k].lower_ == "and":
            k += 1
            while k < len(doc) and k - end <= 3 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_ \
                    and doc[k].ent_type_ not in ("PERSON", "GPE", "NORP") and not self.lex.is_org_head(doc[k].lower_):
                k += 1
            if k == end + 1:
                return end
        elif not any(t.lower_ in ("and", "&") for t in doc[of + 1:end]):
            return end  # (not "the Ministry of Finance" + "of Ukraine": a body the lexicon places by itself)
        if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].ent_type_ == "GPE":
            country = k + 1
            while country < len(doc) and doc[country].ent_type_ == "GPE" and (country == k + 1 or doc[country].ent_iob_ == "I"):
                country += 1
            if self.lex.country_of(doc[k + 1:country].text):
                return country
        return end

    def _past_both_countries(self, words: list[str]) -> list[str]:
        """A name's words past the two countries that open it ("Indonesia-New Zealand Working Group on ..." ->
        "Working Group on ..."), so "the Working Group" later in the story is that body; else the words."""
        text = " ".join(words)
        parts = re.split(r"\s?[-\u2013\u2014]\s?", text, maxsplit=1)
        if len(parts) < 2 or not self.lex.country_of(parts[0]):
            return words
        rest = parts[1].split()
        for n in (3, 2, 1):
            if len(rest) > n and self.lex.country_of(" ".join(rest[:n])):
                return rest[n:]
        return words

    def _second_of_between(self, doc: Doc, start: int, end: int) -> int:
        """"between Sokhna and Jeddah Islamic Port": two things after "between", the model's one name; the body is
        what follows "and", when the words before it have no body's word (a place); else ``start``."""
        if start < 1 or doc[start - 1].lower_ != "between":
            return start
        joint = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in ("and", "&")), None)
        if joint is None or any(self.lex.is_org_head(t.lower_) for t in doc[start:joint]):
            return start
        return joint + 1 + (doc[joint + 1].lower_ == "the")

    def _words_before_and(self, doc: Doc, start: int, end: int) -> int:
        """"the Trade Remedy and" + "Investigation Bureau": a body's name the model started after its "and"; the
        capitalized words before it, back to "the", are its first (none a body's word, a name or a place)."""
        if start < 3 or doc[start - 1].lower_ not in ("and", "&") or doc[start].ent_id_ \
                or not (self.lex.is_org_head(doc[end - 1].lower_) or end - start >= 3 and doc[end - 1].lower_ == "general"
                        and doc[end - 2].text == "-" and self.lex.is_org_head(doc[end - 3].lower_)):
            return start  # (a body's word last: "Bureau", "Directorate-General")
        k = start - 1
        while k > 0 and start - 1 - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha \
                and doc[k - 1].ent_type_ in ("", "FAC", "ORG", "PERSON") and not doc[k - 1].ent_id_ \
                and not self.lex.is_org_head(doc[k - 1].lower_) and doc[k - 1].lower_ not in self.lex.heads:
            k -= 1
        if any(t.ent_type_ == "PERSON" for t in doc[k:start - 1]) \
                and not any(self.lex.is_portfolio(t.lower_) for t in doc[k:start - 1]):
            return start  # (a person's name before "and": only a policy word makes it a body's first words)
        listed = k > 1 and doc[k - 1].text == "," and any(t.lower_ in self.lex.heads for t in doc[max(0, k - 6):k - 1])
        # ("Deputy Director-General, Trade Remedy and" + "Investigation Bureau, MOFCOM": a list entry's body)
        if k < start - 1 and k > 1 and doc[k - 1].ent_type_ in ("NORP", "FAC", "ORG") \
                and self.lex.country_of(doc[k - 1].text) and doc[k - 2].lower_ == "the":
            k -= 1  # "the Brazilian Sugarcane and" + "Bioenergy Industry Association": a nationality opening the name
        # (or after the listed body it is part of: "European Commission Taxation and" + "Customs Union
        # Directorate-General")
        return k if k < start - 1 and k > 0 and (doc[k - 1].lower_ == "the" or listed or doc[k - 1].ent_id_
                                                 and doc[k - 1].ent_type_ == "ORG") else start

    def _body_of_before(self, doc: Doc, start: int, stop: int) -> bool:
        """Does a body's word and "of" ("Ministry of") open at a token from ``start`` up to ``stop``?"""
        return any(doc[j].lower_ in self.lex.body_words and doc[j + 1].lower_ == "of" for j in range(start, stop))

    def _list_closing_name(self, doc: Doc, start: int, end: int) -> int:
        """"the Subcommittee on Livestock" + ", Dairy, and Poultry", "the Office of Strategy" + ", Policy, and
        Plans": a body's name closing on a list of single capitalized words with a comma before its "and", which the
        model cuts at the first comma; where the whole name ends, else ``end`` (not for a ministry or department
        and a list of portfolios each a department's own: "the Department of Commerce, Treasury, and State")."""
        if end >= len(doc) or doc[end].text != "," or not doc[end - 1].is_title \
                or not any(self.lex.is_org_head(t.lower_) for t in doc[start:end]):
            return end

        def word(k: int) -> bool:  # (no known name: "the Ministry of Finance, Reuters, and Bloomberg")
            return k < len(doc) and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_ \
                and doc[k].ent_type_ not in ("PERSON", "DATE") and not self.lex.country_of(doc[k].text)
        k = end
        while doc[k].text == "," and word(k + 1) and k + 2 < len(doc):
            k += 2
        if k > end and doc[k].lower_ in ("and", "&") and word(k + 1) and not word(k + 2) \
                and self._body_of_before(doc, start, end - 1) \
                and not any(doc[j].ent_type_ and doc[j].ent_iob_ == "B" and doc[j].lower_ not in self.lex.domain_words
                            for j in range(end + 1, k + 2)):
            # (not "the Ministry of Energy, Pertamina and Sapura": bodies the model named one by one)
            # "Ministry of Industries, Mines and Energy", "Ministry of Finance, Planning and Economic Development":
            # a ministry's portfolios listed without a comma before the "and" (a department's three are three
            # departments: "the Department of Commerce, Treasury and State")
            listed = [t for t in doc[start:k + 2] if t.is_title and t.is_alpha]
            if len({self.lex.domain_words[t.lower_] for t in listed if t.lower_ in self.lex.domain_words}) < 3 \
                    or any(t.lower_ == "ministry" for t in doc[start:end]):
                return k + 2
        if k == end and not any(doc[j].text == "," for j in range(max(start, end - 3), end)) or k + 2 >= len(doc) \
                or doc[k].text != "," or doc[k + 1].lower_ != "and" or not word(k + 2) or word(k + 3):
            return end
        listed = [t for t in doc[max(start, end - 3):k + 3] if t.is_title and t.is_alpha]
        if doc[start].lower_ in self.lex.body_words and len(
                {self.lex.domain_words[t.lower_] for t in listed if t.lower_ in self.lex.domain_words}) >= 3:
            return end
        return k + 3

    def _listed_up_to_bracket(self, doc: Doc, start: int, end: int) -> int:
        """"the Directorate-General for Communications Networks" + ", Content and Technology (DG CONNECT)", "the
        Federation of French Wine" + "and Spirits Exporters (FEVS)": a body's name of "of" or "for" and an area
        that the model cut inside the area's list, which goes on in capitalized words, commas and one closing "and"
        up to its short form in brackets; where the whole name ends, else ``end``. (Not over another body or a
        known name: "the Ministry of Finance and the Central Bank (BCRA)".)"""
        if end + 2 >= len(doc) or doc[end].text not in (",", "and", "&") \
                or not any(t.lower_ in ("of", "for") for t in doc[start + 1:end]) \
                or not self.lex.is_org_head(doc[start + (doc[start].lower_ == "the")].lower_.split("-")[0]):
            return end
        k, joins = end, 0
        while k < len(doc) and k - end < 9 and (
                doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_ and doc[k].ent_type_ not in ("PERSON", "GPE")
                and doc[k].lower_ not in self.lex.institution_words
                or doc[k].text == "," or doc[k].lower_ in ("and", "&") or doc[k].lower_ == "the" and joins):
            joins += doc[k].lower_ in ("and", "&")
            k += 1
        close = next((j for j in range(k + 2, min(len(doc), k + 5)) if doc[j].text == ")"), None)
        if joins != 1 or k >= len(doc) or doc[k].text != "(" or close is None or not doc[k - 1].is_title \
                or not all(t.is_upper and t.is_alpha for t in doc[k + 1:close]):
            return end
        return k

    def _listed_up_to_short_form(self, doc: Doc, start: int, comma: int) -> int | None:
        """"the Department of Patents," + "Designs and Trademarks (DPDT)": a body's name cut at the comma of the
        list that closes it, which the short form in brackets after it spells, word by word; where the whole name
        ends, else None."""
        if not any(t.lower_ in self.lex.body_words or self.lex.is_org_head(t.lower_) for t in doc[start:comma]):
            return None  # (or a body of its own words: "the Sociedad Nacional de Minería," + "Petróleo y Energía")
        k = comma + 1
        while k < len(doc) and k - comma < 10 and (doc[k].is_title and doc[k].is_alpha or doc[k].text == ","
                                                   or doc[k].lower_ in _LIST_ANDS):
            k += 1
        if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" or doc[k - 1].lower_ in _LIST_ANDS \
                or not any(t.lower_ in _LIST_ANDS for t in doc[comma + 1:k]):
            return None
        return k if name_initials(doc, start, k).upper() == doc[k + 1].text.upper() else None

    def _country_after(self, name: str, shorter: str) -> str | None:
        """The country ``name`` adds to ``shorter`` after "of" ("ministry of trade of the republic of turkiye" after
        "ministry of trade"), folded names both; else None."""
        if not name.startswith(shorter + " of "):
            return None
        return self.lex.country_of(name[len(shorter) + 4:].removeprefix("the "))

    def _country_named(self, word: str) -> bool:
        """Is ``word`` a country's own name ("Pakistan"), not what its people are called ("Thai")?"""
        code = self.lex.country_of(word)
        return code is not None and code in self.lex.countries and fold(self.lex.countries[code].name) == fold(word)

    def _firms_joined_by_and(self, doc: Doc, ent: Span) -> list[Span]:
        """"a joint venture of Sabancı Holding and Bridgestone": two firms the model read as one name, the first
        closing on a holding's or a legal form (``company_suffixes``, not a word of trade: "Doosan Heavy Industries &
        Construction" is one firm), the second one to three capitalized words after "and" (not "&") that open on no
        form ("Becton, Dickinson and Co." is one)."""
        if ent.label_ != "ORG" or ent[0].ent_id_:
            return [ent]
        joint = next((k for k in range(ent.start + 2, ent.end - 1) if doc[k].lower_ == "and"), None)
        form = doc[joint - 1].text if joint is not None else ""
        if joint is not None and all(t.is_title or t.is_upper for t in doc[ent.start:joint]) \
                and (known := self.lex.org_named(doc[joint + 1:ent.end].text)) is not None and known.kind == "company" \
                and not self.lex.is_org_head(doc[joint - 1].lower_):
            # "a joint venture of LG Energy Solution and Stellantis": a firm the lexicon knows after "and" is a
            # second firm (not "the Glass and Tableware Association": a body's word before "and")
            return [Span(doc, ent.start, joint, label="ORG"), Span(doc, joint + 1, ent.end, label="ORG")]
        if joint is None or not (form in ("Holding", "Holdings")
                                 or form in self.lex.company_suffixes and self.lex.legal_form_proper(form)) \
                or not 1 <= ent.end - joint - 1 <= 3 or doc[joint + 1].text in self.lex.company_suffixes \
                or not all(t.is_title or t.is_upper for t in doc[joint + 1:ent.end]) \
                or not all(t.is_title or t.is_upper for t in doc[ent.start:joint]):
            return [ent]
        return [Span(doc, ent.start, joint, label="ORG"), Span(doc, joint + 1, ent.end, label="ORG")]

    def _begun_before_and(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"the Glass and Tableware Importers' Association", "the Korea Pharmaceutical and Bio-Pharma Manufacturers
        Association": a body's name the model began after its "and", when one to three capitalized words between
        "the" and "and" (not all of them countries: "the United States and Mexico Chamber" may be two) open it."""
        out: list[Span] = []
        for ent in ents:
            i = ent.start
            if ent.label_ == "ORG" and i >= 3 and doc[i - 1].lower_ == "and" and ent[0].is_title \
                    and doc[i - 2].ent_type_ != "ORG" and (self.lex.is_org_head(ent[-1].lower_)
                                                           or ent[-1].text in self.lex.company_suffixes) \
                    and not any(t.lower_ in self.lex.heads for t in ent):
                # (not "the European Union and the European Free Trade Association": two bodies)
                k = i - 1
                while k > 0 and i - 1 - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha \
                        and doc[k - 1].lower_ != "the":
                    k -= 1
                # "chief of Korea Mine Rehabilitation and Mineral Resources Corp.": a country's name and two or more
                # words open it, after a preposition, where no "the" does (not "Korea Zinc and Young Poong Corp.")
                country_led = k < i - 3 and k > 0 and doc[k - 1].lower_ in ("of", "at", "from", "by", "with", "and", ",") \
                    and bool(self.lex.country_of(doc[k].text)) and not self.lex.country_of(doc[k + 1].text) \
                    and not doc[k + 1].ent_type_ and not any(t.ent_id_ for t in doc[k + 1:i - 1])
                # (or after a cue that says what the body is: "the state-run Korea Mine Rehabilitation and ...")
                if k < i - 1 and k > 0 and (doc[k - 1].lower_ == "the" or country_led or after_name_cue(self.lex, doc, k)) \
                        and not all(self.lex.country_of(t.text) for t in doc[k:i - 1]) \
                        and not any(t.lower_ in self.lex.heads for t in doc[k:i - 1]):
                    # (nor "the Senate Majority Leader and Committee Chairman X": a post, then another)
                    while out and out[-1].end > k:
                        out.pop()  # ("Glass" read as a person, "Korea" as a place: words of the name)
                    out.append(Span(doc, k, ent.end, label="ORG"))
                    continue
            out.append(ent)
        return out

    def _described_kind(self, doc: Doc, mention: OrgMention) -> str | None:
        """The kind of body a noun in apposition says an unlisted name is ("Brazil's oilseed crushers' association,
        ABIOVE, has ...", "ABIOVE, the crushers' association, said"): what "the association's president" later
        stands for; or a verb only such a body does ("SolarPower Europe, which represents installers", ``body_verbs``).
        None when no such noun or verb stands beside it."""
        start, end = mention.start, mention.end
        noun = None
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("which", "that") \
                and doc[end + 2].lower_ in self.lex.body_verbs:
            return "union"  # "SolarPower Europe, which represents installers ...": a body of its members
        if start >= 2 and doc[start - 1].text == "," and doc[start - 2].is_lower \
                and end < len(doc) and doc[end].text in (",", "."):
            noun = doc[start - 2].lower_
        elif end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("the", "a", "an"):
            k = end + 2
            while k < len(doc) and k - end <= 6 and doc[k].text not in (",", ".", ";"):
                k += 1
            if k < len(doc) and doc[k].text in (",", ".") and doc[k - 1].is_lower:
                noun = doc[k - 1].lower_
        kinds = self.lex.context_nouns.get(noun) if noun else None
        return None if kinds is None or kinds == "any" else kinds.split("/")[0]

    def _bare_word_of(self, doc: Doc, key: str, entity: OrgEntity) -> str | None:
        """The organization's word a body is named by alone, folded ("committee", "commission"), for
        ``_merge_short_names``: an unknown body's one-word name (not a party before a seat: "Congress member X"), or
        the bare word every mention of a known body is (not a chamber's, nor a bloc's body the story's other bodies
        placed: "the Council" beside the "Foreign Affairs Council"); else None."""
        if not entity.known:
            words = key.split()
            if len(words) != 1 or not self.lex.is_org_head(words[0]) or any(
                    m.end < len(doc) and doc[m.end].lower_ in self.lex.seat_heads and doc[m.end].lower_ != "members"
                    and (m.start == 0 or doc[m.start - 1].lower_ != "the") for m in entity.mentions):
                return None  # ("Congress member X" beside "Trinamool Congress MP Y": a party before a seat, its own)
            return words[0]
        if entity.kind == "legislature" or not entity.mentions or entity.name in self.lex.bare_bloc_bodies.values() \
                or any(len(fold(m.surface).removeprefix("the ").split()) != 1 for m in entity.mentions):
            return None
        word = fold(entity.mentions[0].surface).removeprefix("the ")
        return word if self.lex.is_org_head(word) else None

    def _merge_short_names(self, index: OrgIndex, doc: Doc) -> None:
        """"the Eastgate Institute" after "Eastgate Institute for Trade and Security": a body the lexicon does not
        know, named by the first words of a longer name in the story up to its organization word, is the body of
        the longer name (the rest opens with "for", "of", "on" or "in"); "the Commerce Ministry" is "the Ministry of
        Commerce" the story names (of a country the lexicon lists no such body for); a name with its country after
        "of" is the body the story also names without it, unless that one is another country's."""
        for key, entity in list(index.entities.items()):
            words = entity.name.split()
            if entity.known or len(words) < 2 or not self.lex.is_org_head(fold(words[-1])):
                continue
            longer = [e for e in index.entities.values() if e is not entity and not e.known
                      and (own := self._past_both_countries(e.name.split())) and len(own) > len(words)
                      and (own[:len(words)] == words and own[len(words)].lower() in ("for", "of", "on", "in")
                           # ("the Working Group" after "the Japan–Saudi Arabia Critical Minerals Working Group")
                           or own != e.name.split() and own[-len(words):] == words
                           # ("Kissan Ittehad" after "Pakistan Kissan Ittehad": the name without its country)
                           or own[1:] == words and self._country_named(own[0]))]
            if len(longer) == 1:
                _merge_into(index, key, longer[0], entity.name)
        # "at Mubadala" in a story that names "Mubadala Investment Company": a firm's own name, without the words
        # that say it is a company, is that company when the story names one such company only (not "Tata" beside
        # "Tata Steel" and "Tata Motors")
        for key, entity in list(index.entities.items()):
            words = entity.name.split()
            if entity.known or len(words) > 2 or not all(w[:1].isupper() for w in words) \
                    or self.lex.is_org_head(fold(words[-1])) or self.lex.country_of(entity.name) \
                    or self.lex.kind_of(entity.name) is not None:
                continue
            longer = [e for e in index.entities.values() if e is not entity and not e.known
                      and e.name.split()[:len(words)] == words and len(e.name.split()) > len(words)]
            if len(longer) == 1 and self.lex.kind_of(longer[0].name) == "company":
                _merge_into(index, key, longer[0], entity.name)
        # "the Senate" in a story that names "the Senate of the Republic": a chamber's bare word the lexicon gives
        # another country's chamber (the U.S. Senate) is the chamber the story names in full with that word first,
        # when every mention of it is the bare word
        for key, entity in list(index.entities.items()):
            if not entity.known or entity.kind != "legislature" \
                    or any(len(fold(m.surface).removeprefix("the ").split()) != 1 for m in entity.mentions):
                continue
            word = fold(entity.mentions[0].surface).removeprefix("the ")
            fuller = [e for e in index.entities.values() if e is not entity and not e.known and e.kind == "legislature"
                      and fold(e.name).startswith(word + " of the ") and fold(e.name).endswith(_SELF_NAMED)]
            if len(fuller) == 1:
                _merge_into(index, key, fuller[0], entity.mentions[0].surface)
        # A body's word alone, capitalized, is the one body of that word the story names in full: "the Committee's
        # purpose" in the minutes of the "House of Commons Business and Trade Committee" (a body the lexicon does not
        # know), and "the Commission" in a story that names the "Eurasian Economic Commission" only (the bare word
        # the lexicon gives a known body, the European Commission, when every mention of that body is the bare word)
        for key, entity in list(index.entities.items()):
            word = self._bare_word_of(doc, key, entity)
            if word is None:
                continue
            fuller = [e for k, e in index.entities.items() if e is not entity and len(k.split()) >= 2
                      and k.split()[-1] == word and self.lex.org_forms.get(k) != entity.name]
            if len(fuller) == 1:
                _merge_into(index, key, fuller[0], entity.mentions[0].surface if entity.known else entity.name)
        # "the Commerce Ministry" and "the Ministry of Commerce" of a country the lexicon lists no such body for: one
        for key, entity in list(index.entities.items()):
            words = entity.name.split()
            if entity.known or len(words) < 2 or words[-1].lower() not in self.lex.body_words \
                    or not all(w.lower() in self.lex.domain_words or w.lower() in self.lex.portfolio_words
                               or w.lower() in ("and", "&") for w in words[:-1]):
                continue
            target = fold(f"{words[-1]} of {' '.join(words[:-1])}")
            other = next((e for k, e in index.entities.items() if k == target or self._country_after(k, target)), None)
            if other is not None and other is not entity and not other.known \
                    and (other.country is None or entity.country is None or other.country == entity.country):
                _merge_into(index, key, other, entity.name)
        # "Ministry of Trade" in a statement from Brussels that names the "Ministry of Trade of the Republic of
        # Türkiye": a generic name only a union's dateline gave a country (a union has no ministries) is the one body
        # of that name the story names (not in a story from Rabat: "... of Senegal" is another country's)
        for key, entity in list(index.entities.items()):
            if entity.known or not entity.dateline_country or not self.lex.is_bloc(entity.country):
                continue
            fuller = [e for e in index.entities.values() if e is not entity and any(
                self._country_after(form, key) for form in (fold(e.name), *map(fold, e.aliases)))]
            if len(fuller) == 1:
                _merge_into(index, key, fuller[0], entity.name)
        # "MINISTRY OF DEVELOPMENT AND TECHNOLOGY OF THE REPUBLIC OF POLAND" above a statement that names the
        # "Ministry of Development and Technology": a body's name with its country after "of" is the body (also
        # where the dateline gave the shorter name its country the lexicon's way: "Ministry of Economy of Estonia")
        for key, entity in list(index.entities.items()):
            if entity.known or " of " not in key:
                continue
            for cut in [m.start() for m in re.finditer(" of ", key)]:
                code = self._country_after(key, key[:cut])
                place = self.lex.countries.get(code) if code else None
                lexicons = f"{key[:cut]} of {fold(place.in_phrase)}" if place is not None else None
                shorter = index.entities.get(key[:cut]) or index.entities.get(lexicons)
                if shorter is None or shorter is entity or not code:
                    continue
                if shorter.country in (None, code):
                    written = _title_cased(entity.name) if entity.name.isupper() else entity.name
                    _merge_into(index, key, shorter, written)
                    shorter.aliases.add(shorter.name)
                    shorter.name, shorter.country = written, code  # (the body named in full, with its country)
                elif shorter.known:
                    # "the Trade Remedies Authority" the lexicon knows as Britain's, in a story that names the "Trade
                    # Remedies Authority of Vietnam": the body the story names in full
                    _merge_into(index, key[:cut], entity, shorter.name)
                # (and not "the Ministry of Industry and Trade" in a story from Rabat, Morocco's, and "the Ministry
                # of Industry and Trade of Senegal")
                break


def area_phrase_word(tok: Token) -> bool:
    """Can token ``tok`` be a word of a post's area written as a noun phrase between the post's head and "at" (no
    comma or other mark, no verb or pronoun, no one's name)? Walked back from "at" to find the head, and forward
    from the head to find the body."""
    return (tok.is_alpha or tok.text in ("-", "&")) and tok.pos_ not in ("VERB", "AUX", "PRON") \
        and tok.ent_type_ != "PERSON"


def _closes_lower(doc: Doc, mention: OrgMention) -> bool:
    """"the export from the Union of certain commodities": a name never closes on "of" and a word in lower case (a
    body named for its kind, "the commerce ministry", "the Trump administration", is another matter)."""
    last = doc[mention.end - 1]
    return mention.end - mention.start >= 3 and last.is_lower and last.is_alpha and doc[mention.start].is_title \
        and doc[mention.end - 2].lower_ in ("of", "for") and last.lower_ not in NAME_SMALL_WORDS \
        and last.pos_ not in ("NOUN", "PROPN")  # (not "the ministry of economy", "The Ministry of agriculture": a
    # body whose portfolio the paper writes in lower case)


def _sign_off(doc: Doc, mention: OrgMention, lex: Lexicon) -> bool:
    """"PTI RSN HVA" alone on the last line: a wire agency's sign-off (an agency the lexicon knows or the dateline
    credits), its staff's initials after its name, is no body's name (the agency is found in the dateline)."""
    words = doc[mention.start:mention.end]
    if len(words) < 2 or not all(t.is_upper and t.is_alpha and 2 <= len(t.text) <= 4 for t in words[1:]) \
            or any(lex.kind_of(t.text) for t in words[1:]):
        return False  # (an outlet's own words are no staff initials: "Reuters TV")
    line_start = mention.start == 0 or "\n" in doc[mention.start - 1].text or doc[mention.start - 1].is_space \
        or doc[mention.start - 1].text in (".", "!", "?", "\"", "\u201d")  # (or after the last sentence: "... harvests. PTI RSN MR")
    line_end = mention.end == len(doc) or "\n" in doc[mention.end].text or doc[mention.end].is_space
    known = lex.org_named(words[0].text)
    return line_start and line_end and (known is not None and known.kind == "media"
                                        or fold(words[0].text) in agencies(doc))


def _ticker_exchange(doc: Doc, mention: OrgMention) -> bool:
    """"Alcoa Corporation (NYSE: AA)": the exchange in a listing's bracket, before the share's ticker, says where the
    firm is listed; it is no body the story is about, nor anyone's employer."""
    start, end = mention.start, mention.end
    exchange = start >= 1 and end + 2 < len(doc) and doc[start - 1].text == "(" and doc[end].text == ":" \
        and doc[end + 1].is_upper and doc[end + 1].is_alpha and doc[end + 2].text in (")", ";", ",")
    ticker = start >= 3 and end < len(doc) and end - start == 1 and doc[start - 1].text == ":" \
        and doc[start - 3].text == "(" and doc[start - 2].is_upper and doc[start].is_alpha \
        and doc[end].text in (")", ";", ",")  # (a share's ticker is letters: not a dispute's number, "(WTO: DS592)")
    return exchange or ticker  # (nor is the ticker: "KMC" of "(NYSE: KMC)")


def _joined_at_and(doc: Doc) -> list[Span]:
    """The model's entities, an organization it cut after "and" joined to the one it began right after ("the
    Ministry of Labor and" + "Social Welfare (STPS)": one ministry)."""
    out: list[Span] = []
    for ent in doc.ents:
        if out and out[-1].label_ == "ORG" and ent.label_ == "ORG" and out[-1].end == ent.start \
                and doc[out[-1].end - 1].lower_ in ("and", "&") and ent[0].is_title:
            out[-1] = Span(doc, out[-1].start, ent.end, label="ORG")
        elif out and out[-1].label_ == "ORG" and ent.label_ == "ORG" and out[-1].end + 1 == ent.start \
                and doc[out[-1].end].lower_ in _LINKING_PARTICLES and ent[0].is_title and not ent[0].ent_id_ \
                and not out[-1][0].ent_id_:
            # "Federazione Nazionale" + "della" + "Stampa Italiana": a body's name in the paper's language the model
            # cut at its small word
            out[-1] = Span(doc, out[-1].start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _listed_with_confirmed(doc: Doc, index: OrgIndex, mention: OrgMention, cued=lambda k: False) -> bool:
    """Is this mention, which the model read as a body, joined by "and", "&" or a list's comma to a mention of a
    body the story confirms, as the model read it or as a cue names it (``cued``, given the token)?"""
    if doc[mention.start].ent_type_ != "ORG" or mention.end - mention.start != 1:
        return False  # (one word: not "The Pharmaceutical Research" + "and Manufacturers of America", one name cut)
    list_end = mention.end
    while list_end < len(doc) and (doc[list_end].is_title or doc[list_end].is_upper or doc[list_end].text in (",", "&")
                                   or doc[list_end].lower_ == "and") and list_end - mention.end < 12:
        list_end += 1
    if list_end < len(doc) and doc[list_end].is_lower and (doc[list_end].pos_ in ("NOUN", "ADJ")
                                                           or doc[list_end].tag_ == "VBG"):
        return False  # words that qualify what follows, no bodies listed ("Toyota and Prius sales", "Airbus and
        # Toulouse officials", "Stellantis, Jeep and Ram dealers")
    after = mention.end + 1 if mention.end < len(doc) and doc[mention.end].lower_ in ("and", "&", ",") else None
    before = mention.start - 2 if mention.start >= 2 and doc[mention.start - 1].lower_ in ("and", "&", ",") else None
    for k in (after, before):
        other = index.by_token.get(k) if k is not None else None
        if other is None or not other.confirmed or doc[k].ent_type_ != "ORG" and not cued(k):
            continue  # (a body as the model read it, or as a cue names it: "State-owned Sinograin and COFCO")
        joiner = doc[mention.end] if k == after else doc[mention.start - 1]
        if joiner.text == ",":
            # a comma joins a list only where the list goes on ("Intel, Amkor and Marvell"), not a name's own comma
            # ("Secretaría de Infraestructura, Comunicaciones y Transportes (SICT)")
            pair_end = max(m.end for m in other.mentions if m.start <= k < m.end) if k == after else mention.end
            if pair_end >= len(doc) or doc[pair_end].lower_ not in ("and", "&", ","):
                continue
        return True
    return False


def _merge_into(index: OrgIndex, key: str, into: OrgEntity, alias: str) -> None:
    """Move the entity under ``key`` into ``into``: its mentions, in text order, and its name as an alias."""
    into.mentions.extend(index.entities.pop(key).mentions)
    into.mentions.sort(key=lambda m: m.start)
    into.aliases.add(alias)


def acts(doc: Doc, entity: OrgEntity) -> bool:
    """Is the body a subject somewhere in the story ("The Justice Department's Antitrust Division sued Visa", "...
    and the National Security Division charged three traders")? A unit that acts is a body of its own."""
    def subject(tok) -> bool:
        return tok.dep_ == "nsubj" or tok.dep_ == "conj" and tok.head.dep_ == "nsubj"  # (not "was created")
    return any(subject(t) for m in entity.mentions for t in doc[m.start:m.end])


# words of a sentence about the European Union's institutions ("the Parliament and the Council meet for the final
# trilogue", "Parliament's plenary in Strasbourg")
_BLOC_CUES = frozenset({"council", "commission", "mep", "meps", "trilogue", "trilogues", "plenary", "strasbourg",
                        "co-legislators", "rapporteur"})


def part_of(doc: Doc, orgs: OrgIndex, entity: OrgEntity, lexicon: Lexicon) -> str | None:
    """The body ``entity`` is a part of: the one the lexicon lists (``part_of``), else the one the story
    writes it inside of: "the Directorate-General for Trade of the European Commission", "the European
    Commission's Directorate-General for Trade" (both bodies named, one right after "of" or before "'s"),
    "- Jane Doe, Director, Trade Policy Bureau, METI" (in a list entry, the body after the comma that follows)."""
    info = lexicon.organizations.get(entity.name)
    if info is not None and info.part_of:
        return info.part_of
    words = fold(entity.name).split()
    if info is None and entity.country and len(words) >= 3 and words[0] == "department" and words[1] == "of":
        # "India's Department of Commerce": a department of the ministry the lexicon lists for its portfolio
        body = lexicon.body(lexicon.domain_words.get(words[2]), entity.country)
        if body and fold(body).startswith("ministry"):
            return body
    return written_part_of(doc, orgs, entity, lexicon)


_PART_FORMS = frozenset({"at", "list", "of", "possessive", "its"})


def written_part_of(doc: Doc, orgs: OrgIndex, entity: OrgEntity, lexicon: Lexicon,
                    forms: frozenset[str] = _PART_FORMS) -> str | None:
    """The body the story writes ``entity`` inside of (see ``part_of``), whatever the lexicon lists; ``forms`` the
    ways of writing it to read: "at" ("the X Bureau at the Ministry"), "list" ("Director, X Bureau, METI"), "of",
    "possessive" ("METI's X Bureau"), "its", "comma" ("the Faculty of Economics, Kasetsart University")."""
    for mention in entity.mentions:
        k = mention.end
        if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3  # "the Department of ... (Dipeisr) of the Ministry of ...": past its short form
        unit = lexicon.is_small_unit(entity.name) or bool(lexicon.unit_parent_of(entity.name))
        if "at" in forms and k + 2 < len(doc) and doc[k].lower_ == "at" and (entity.kind == "government" or unit):
            # "the Trade Policy Bureau at Japan's Ministry of Economy, Trade and Industry"
            j = k + 1 + (doc[k + 1].lower_ == "the")
            while j < min(len(doc), k + 6) and doc[j].ent_type_ == "GPE" and orgs.at(j) is None:
                j += 1
            j += 1 if j < len(doc) and doc[j].text in POSSESSIVES else 0
            outer = orgs.at(j) if j < len(doc) else None
            if outer is not None and outer is not entity and (outer.kind == "government" or unit):
                return outer.name  # (a unit at any body: "the Economic Security Program at the X Institute")
        if "list" in forms and mention.end + 1 < len(doc) and doc[mention.end].text == "," \
                and list_entry_at(doc, mention.start):
            outer = orgs.at(mention.end + 1)
            if outer is not None and outer is not entity and outer.kind not in ("party", "company", "media"):
                return outer.name
        if "comma" in forms and k + 1 < len(doc) and doc[k].text == "," and unit:
            outer = orgs.at(k + 1)  # "the Faculty of Economics, Kasetsart University"
            if outer is not None and outer is not entity and outer.mentions[0].start <= k + 1:
                return outer.name
        if "of" in forms and k + 1 < len(doc) and doc[k].lower_ == "of":
            k += 1 + (doc[k + 1].lower_ == "the")
            outer = orgs.at(k) if k < len(doc) else None
            if outer is not None and outer is not entity and not outer.name.startswith(entity.name):
                return outer.name
        k = mention.start - 1
        if "possessive" in forms and k >= 1 and doc[k].text in POSSESSIVES:
            outer = orgs.at(k - 1)
            if outer is not None and outer is not entity and outer.kind not in ("party", "company", "media"):
                return outer.name  # (not "Toyota's Nissan stake": a company's holding is no part of it)
        if "its" in forms and k >= 1 and doc[k].lower_ == "its" and entity.kind == "government":
            # "Director-General of its Trade Policy Bureau": the government body named last before, in its sentence
            # or the one before
            outer = orgs.nearest_before(k, lambda e: e is not entity and e.kind == "government")
            if outer is not None and k - max(m.start for m in outer.mentions if m.start < k) <= 60:
                return outer.name
    return None


# "and" closing a list in a body's name, as the languages of its names write it ("Minería, Petróleo y Energía")
_LIST_ANDS = frozenset({"and", "&", "y", "e", "et", "und"})


def _short_legal_form(word: str, lex: Lexicon) -> bool:
    """Is ``word`` a legal form written short ("LLP", "GmbH", "S.A.", "Ltd"), not a word a name may go on past
    ("Corporation", "Electric", "Holdings")?"""
    return word in lex.company_suffixes and ("." in word or len(word) <= 4 and word != "Line" or not word.istitle())


def _short_caps(tok) -> bool:
    """"SDI", "HD", "HT": a sister company's capitals, two to four of them."""
    return capitals_word(tok, longest=4)


def _terms_short_forms(doc: Doc, lex: Lexicon) -> set[str]:
    """Short forms the story defines in brackets after words in lower case whose initials they spell ("countervailing
    duty (CVD)", "crystalline silicon photovoltaic (CSPV)"): terms, never a body's name."""
    out = set()
    for tok in doc:
        if tok.i < 2 or not (tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 6) or doc[tok.i - 1].text != "(" \
                or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ")":
            continue
        letters = tok.text.lower()
        k = tok.i - 2
        words: list[str] = []
        while k >= 0 and len(words) < len(letters) and doc[k].is_alpha and doc[k].is_lower:
            words.insert(0, doc[k].lower_)
            k -= 1
        for n in range(1, len(words) + 1):
            phrase = words[-n:]  # (its letters in order, each word's first among them: "countervailing duty (CVD)")
            if phrase[0][0] == letters[0] and _subsequence(letters, "".join(phrase)) \
                    and all(w[0] in letters for w in phrase) \
                    and not any(lex.is_org_head(w) or w.endswith("s") and lex.is_org_head(w[:-1])
                                or (w,) in lex.appositive_body_nouns for w in phrase):
                # (not a body named in lower case: "the national statistics institute (INE)")
                out.add(tok.text)
                break
    return out


def _subsequence(short: str, text: str) -> bool:
    found = iter(text)
    return all(c in found for c in short)


def _spells_its_short_form(doc: Doc, mention: OrgMention, lex: Lexicon) -> bool:
    """"Autopartes Tecnológicas del Bajío (ATB)": a name of three words or more whose initials the bracketed short
    form after it spells is a body's, however plain its words (not an agreement's, a plan's or a law's, whichever
    end its kind word stands: "Comprehensive Economic and Trade Agreement (CETA)", "Plan Nacional de Desarrollo
    (PND)")."""
    end = mention.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or not doc[end + 1].is_upper \
            or any(doc[k].lower_ in lex.instrument_words or doc[k].lower_ in lex.document_words
                   for k in (mention.start, end - 1)):
        return False
    initials = name_initials(doc, mention.start, end)
    # (a name in another language, as the story keeps it: not "National Single Window (NSW)", "Vessel Monitoring
    # System (VMS)", a system's or a scheme's name in English)
    foreign = any(not t.text.isascii() or t.lower_ in _NAME_PARTICLES for t in doc[mention.start:end])
    return foreign and len(initials) >= 3 and initials.upper() == doc[end + 1].text.upper()


def written_form(folded_text: str, name: str, surfaces) -> str | None:
    """How the article itself names a body whose canonical name it never
    writes: its longest form on the page ("commerce ministry" for the Ministry
    of Commerce of China), a proper name first ("Ministry of Commerce" rather
    than "China's commerce ministry"), or None when the canonical name is on
    the page. ``folded_text`` is the article folded with ``fold``, padded with
    spaces."""
    # (the canonical name on the page only at the start of a longer form the article uses: "Toyota Motor Corp." and
    # "Toyota Motor's share price" for Toyota, which the article then names by its longest form; not words before
    # it, another body's or a place's: "House of Commons Business and Trade Committee")
    own = f" {fold(name)} "
    rest = folded_text
    for form in sorted((f" {fold(form)} " for form in surfaces), key=len, reverse=True):
        if len(form) > len(own) and form.startswith(own):
            rest = rest.replace(form, " ")
    if own in rest:
        return None
    # "China's Ministry of Commerce" (Ministry of Commerce of the People's Republic of China): the name is what follows the country's
    # possessive, when the canonical name only adds the country ("Cyprus's Permanent Representation to the EU"
    # keeps it)
    owned = [m.group(1) for form in surfaces if (m := _OWNED.match(form)) and _proper(m.group(1))
             and fold(name).startswith(fold(m.group(1)) + " of ")]
    forms = [form for form in [*surfaces, *owned] if f" {fold(form)} " in folded_text]
    return max(forms, key=lambda form: (_proper(form), len(form), form)) if forms else None


# "COMMITTEE WATCH | STEEL", "ASSOCIATION WATCH": words in capitals opening a line, before a bar, colon or dash
_COLUMN_LABEL = re.compile(r"^\s*([A-Z][A-Z&-]*(?: [A-Z][A-Z&-]*){0,4})\s*(?:[|:\u2013\u2014-]|$)")
# "Policy Brief No. 26-07 | 13 May 2026": the line under a publisher's masthead
# the words after a place or a nationality and a hyphen that say where a firm sits or who owns it ("Chilean-owned")
# company words that are surnames too ("Steel", "Capital"): a name the model read as a person's may end on them
_COMPANY_WORDS_OF_NAMES = frozenset({"steel", "capital", "co", "group", "partners", "bank"})
# the particles of a surname that a firm named for its partners keeps ("Vandermeer de Groot")
_SURNAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "ter", "te", "du", "da", "di", "le", "la"})
# the small words inside a firm's name in the Romance languages ("Naviera Atlántica del Sur")
_NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "la", "las", "los", "y", "e", "di", "du", "des"})
# the small words that join two parts of one body's name in the Romance languages ("... della Stampa Italiana")
_LINKING_PARTICLES = frozenset({"della", "delle", "dello", "degli", "dei", "del", "de", "do", "da", "dos", "das"})
OWNED_WORDS = frozenset({"owned", "based", "listed", "registered", "controlled", "run", "headquartered"})
# a first line naming a chamber, then one of its committees: "European Parliament - Committee on International Trade
# (INTA)", "Senate, Committee on Agriculture, Nutrition and Forestry"
_HEADING_COMMITTEE = re.compile(
    r"^\s*(?P<chamber>[A-Z][\w'\u2019.]*(?: (?:of |the |[A-Z][\w'\u2019.]*))*?)\s*[-\u2013\u2014,|:]\s*"
    r"(?P<committee>(?:(?:Standing|Select|Special|Joint|Permanent) )?(?:Sub)?[Cc]ommittee (?:on|for) (?:the )?"
    r"[A-Z][\w'\u2019-]*(?:(?:,| and| &| of| for| the)* [A-Z][\w'\u2019-]*)*)"
    r"(?:\s*\((?P<short>[A-Z]{2,8})\))?\s*$")
_PUBLICATION_LINE = re.compile(r"\b(?:brief|note|paper|report|commentary|memo|alert|bulletin|newsletter|insight)s?\b"
                               r"|\bNo\. ?\d", re.I)
_OWNED = re.compile(r"^[^'\u2019]+['\u2019]s\s+(\S.*)$")


# how a country's own press names its chambers, with no country: "the Senate of the Republic", "the Chamber of
# Deputies of the Nation" (folded endings)
_SELF_NAMED = (" of the republic", " of the nation")


def first_line(text: str) -> tuple[int, str]:
    """Where a story's first line that is not blank starts, and the line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, text[start:end if end >= 0 else len(text)]


def _title_cased(name: str) -> str:
    """A name written in capitals, in title case ("CENTRE FOR TRADE STUDIES" -> "Centre for Trade Studies")."""
    return " ".join(w.lower() if n and w.lower() in ("of", "for", "and", "the", "on") else w
                    for n, w in enumerate(name.title().split()))


def _proper(form: str) -> bool:
    """A body's proper name rather than a description of it: no possessive, every word capitalized but the
    small ones that join a name ("Ministry of Commerce", not "China's commerce ministry")."""
    words = form.split()
    return not any(p in form for p in ("'s", "\u2019s")) and all(w[:1].isupper() or not w[:1].isalpha() or w in _JOINING
                                                          for w in words)


_JOINING = frozenset({"of", "for", "and", "the", "on", "in", "to", "de", "du", "des", "da", "do", "für", "und"})


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u00b7"})
# the last words of a unit named for the partner it deals with ("Department for Cooperation with the WTO")
_WITH_PARTNER = frozenset({"cooperation", "co-operation", "relations", "liaison"})
_OF_ABROAD = frozenset({"de", "del", "do", "da", "für", "fur", "der", "des", "du"})
# "of" in names written in Spanish, Portuguese, German or French ("Bundesministerium für Wirtschaft und Energie")
_OF = _OF_ABROAD | {"of"}
_ROMANCE_ARTICLES = _OF_ABROAD | {"la", "las", "los", "el", "dos", "das", "o", "a"}
_AND_ABROAD = frozenset({"y", "e", "und", "et"})  # "and" in names written in Spanish, Portuguese, German or French
_ROMANCE_INSIDE = _OF_ABROAD | _AND_ABROAD  # small words inside a body's name written in another language


def _country_words_at(lex: Lexicon, doc: Doc, i: int) -> int | None:
    """Where a country's name of one or two capitalized words starting at token ``i`` ends ("Việt Nam"), else None."""
    for n in (2, 1):
        if i + n <= len(doc) and all(t.is_title and t.is_alpha for t in doc[i:i + n]) \
                and lex.country_of(doc[i:i + n].text):
            return i + n
    return None


def _romance_tail(doc: Doc, start: int, end: int) -> int:
    """"Cámara Nacional de la Industria del Hierro y del Acero", "Grupo Autopartes del Bajío": a name
    written in Spanish or Portuguese goes on past its "y"/"e" ("and") or a last "del ...", which the model
    takes for the end of it."""
    if end + 1 < len(doc) and doc[end].lower_ in _OF_ABROAD and doc[end + 1].is_title and doc[end + 1].is_alpha:
        end += 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            end += 1
    if not any(doc[k].lower_ in _OF_ABROAD for k in range(start, end)):
        return end
    while end + 1 < len(doc) and doc[end].lower_ in _AND_ABROAD:
        k = end + 1
        while k < len(doc) and doc[k].lower_ in _ROMANCE_ARTICLES:
            k += 1
        if k >= len(doc) or not doc[k].is_title or not doc[k].is_alpha:
            break
        while k < len(doc) and doc[k].is_title and doc[k].is_alpha:
            k += 1
        end = k
    return end


def _masthead(doc: Doc, lines: list[tuple[int, int]], mention: OrgMention) -> bool:
    """Is the mention a whole part of its heading line ("Ministry of Development, Industry, Trade and Services
    (MDIC)", "BRIEFING NOTE No. 14 | Meridian Institute for Trade Policy"): an issuer's masthead, not a headline?"""
    at = doc[mention.start].idx
    line = next(((a, b) for a, b in lines if a <= at < b), None)
    if line is None:
        return False
    parts = re.split(r"\s[|\u2013\u2014-]\s|\|", doc_text(doc)[line[0]:line[1]])
    surface = re.sub(r"\s+", " ", mention.surface).strip()
    return any(re.sub(r"\s*\([A-Za-z]{2,10}\)$", "", part.strip()) == surface
               # ("Wiranata Soedarmo & Partners, Jakarta": the issuer and its city)
               or re.sub(r",\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}$", "", part.strip()) == surface for part in parts)


def _after_dateline_break(doc: Doc, start: int, end: int) -> int:
    """Where an entity really starts when the model ran it across a dateline
    ("Tradewire) - Commerce" in "BEIJING (Tradewire) - Commerce ministry..."):
    after an unmatched closing bracket or a dash set off by spaces."""
    for k in range(end - 1, start - 1, -1):
        tok = doc[k]
        if tok.text == ")" and "(" not in doc[start:k].text:
            return k + 1
        if tok.text in _DASHES and tok.whitespace_ and k > 0 and doc[k - 1].whitespace_:
            return k + 1
    return start
