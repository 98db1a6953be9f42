"""Token classes for reading titles: what each word around a name is.

A title phrase ("U.S. Commerce Secretary", "a vice minister of commerce and
China's international trade representative") is read word by word; each
word gets a ``TokenKind`` from the title vocabulary (``titles.yaml``) and
from the people, organizations and countries already found in the article.
"""

from __future__ import annotations

from enum import Enum

from spacy.tokens import Doc

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.organizations import OrgIndex
from loaders.extraction.persons import PersonIndex
from loaders.extraction.portfolios import area_at, in_serial_list, listed_remit_at, lower_remit_at
from loaders.extraction.text import fold

CONNECTORS = frozenset({"of", "for", "at", "and", "the", "on", "in"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


class TokenKind(Enum):
    """What a word around a name is, for reading a title phrase."""

    HEAD = "head"  # the noun that ends a title: "minister", "CEO"
    MOD = "mod"  # a word before a head inside a title: "vice", "trade"
    CONN = "conn"  # "of", "for", "at", "and"
    POSS = "poss"  # "'s"
    PARTY = "party"  # "Democratic"
    ORG = "org"  # a token of an organization found in the article
    COUNTRY = "country"  # a token of a country (or of a jurisdiction such as the EU)
    OTHER = "other"  # a noun or adjective compounded into the title
    PERSON = "person"  # a token of a person's name
    PORTFOLIO = "portfolio"  # the area after "head of": "head of operations at"
    NONE = "none"  # not part of a title phrase


class TokenClasses:
    """Classes the tokens of a parsed article for title reading."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon

    # ---- token classes ---------------------------------------------------
    def kind(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> TokenKind:
        """What token ``i`` is for title reading, given the people and organizations
        already found (their tokens are never title words)."""
        tok = doc[i]
        low = tok.lower_
        if len(tok.text) > 1 and any(c in tok.text for c in "()[]") and not tok.is_alpha:
            return TokenKind.NONE  # "(EFE).-" kept whole by the tokenizer: a dateline's agency, no title's word
        if (tok.is_alpha and tok.is_title and low not in self.lex.heads or tok.text == ",") \
                and self._ministers_portfolios(doc, i, persons, orgs):
            # "The Minister of Transport and Infrastructures, X": a word of the ministry's list (however the model read
            # it: "Maritime" of "Agriculture, Maritime Fisheries, ..." as a name, "Economy, Digitalisation" as a body)
            return TokenKind.CONN if tok.text == "," else TokenKind.MOD
        if self._partner_in_remit(doc, i):
            return TokenKind.MOD  # "chief negotiator for trade with the United States": the remit's partner, part of
            # the title (not the post's own country)
        if listed_remit_at(self.lex, doc, i) is not None:
            # "Minister of Trade, Industry and Competition X": the listed department's remit, commas and all
            return TokenKind.CONN if tok.text == "," or low in ("and", "&") else TokenKind.MOD
        if self._listed_ministrys_remit(doc, i):
            # "the Minister of Enterprises and Made in Italy, X": the remit of a ministry the lexicon lists, word for
            # word, whatever its words ("in", a country's name)
            return TokenKind.MOD
        if low in ("and", "&") and self._portfolios_before_minister(doc, i, persons, orgs) is not None:
            return TokenKind.MOD  # "Trade, Commerce, Food Security and Cooperative Development Minister": one list
        if (tok.text == "," or tok.is_title and tok.is_alpha and low not in self.lex.heads) and any(
                doc[k].lower_ in ("and", "&") and (opening := self._portfolios_before_minister(doc, k, persons, orgs))
                is not None and opening < i + (tok.text != ",")
                for k in range(i + 1, min(len(doc), i + 5))
                if all(t.text == "," or t.is_title and t.is_alpha for t in doc[i + 1:k])):
            # "Agriculture, Forestry and Fisheries Minister": a word of that list, whatever the lexicon says of it
            return TokenKind.CONN if tok.text == "," else TokenKind.MOD
        if tok.is_title and tok.is_alpha and low not in self.lex.heads and any(
                doc[k].lower_ in ("and", "&") and all(t.is_title and t.is_alpha for t in doc[k + 1:i])
                and self._portfolios_before_minister(doc, k, persons, orgs) is not None
                for k in range(max(0, i - 3), i)):
            return TokenKind.MOD  # "Agriculture and Livestock Development Cabinet Secretary": the list's last item,
            # whatever its words
        if persons.at(i) is not None:
            return TokenKind.PERSON
        if (whole := self.lex.whole_title_at(doc, i)) is not None:
            return TokenKind.HEAD if i == whole[1] - 1 else TokenKind.MOD  # ("Minister without Portfolio": one title)
        if low in self.lex.country_stand_ins and tok.is_title and i >= 2 and doc[i - 1].lower_ == "the" \
                and doc[i - 2].lower_ == "of" and orgs.at(i) is None:
            return TokenKind.CONN  # "Secretary of Agriculture, Livestock and Fisheries of the Nation, X": the country
        entity = orgs.at(i)
        if entity is None and (found := self._province_before_title(doc, i)) is not None:
            return found  # "B.C. Forests Minister", "New South Wales Premier": the province whose post it is
        if entity is not None:
            # "EU Trade Commissioner": a jurisdiction that is also an organization marks the
            # title's place, like a country; the post belongs to the body the title implies
            return TokenKind.COUNTRY if self.lex.country_of(entity.name) else TokenKind.ORG
        if tok.text in _POSSESSIVES:
            return TokenKind.POSS
        if tok.text == "-" and 0 < i < len(doc) - 1 and not tok.whitespace_ and not doc[i - 1].whitespace_ \
                and doc[i - 1].is_alpha and doc[i + 1].is_alpha and doc[i + 1].dep_ in ("compound", "amod") \
                and not area_at(self.lex, doc, i):  # (not "Director of Asia-Pacific Affairs": an area)
            return TokenKind.OTHER  # "Chief Agri-Food Trade Negotiator", "chief agri-food trade negotiator": a
            # hyphenated word inside a title
        for back in range(0, 3) if any(low in opener[:-1] for opener in self.lex.area_openers) else ():
            # "the director responsible for Asia", "Director in charge of Asia": the area follows
            opener = self.lex.area_opener_at(doc, i - back) if i - back >= 1 else 0
            if back < opener - 1 and doc[i - back - 1].lower_ in self.lex.heads:
                return TokenKind.MOD
        if low in self.lex.unit_words and not (i + 1 < len(doc) and (doc[i + 1].lower_ == "of" or orgs.at(i + 1) is not None)):
            j = i - 1
            while j > 0 and (doc[j].is_title and (doc[j].lower_ in self.lex.domain_words
                                                  or doc[j].lower_ in self.lex.portfolio_words)
                             or doc[j].lower_ == "and" and j < i - 1 or doc[j].lower_ == "the" and doc[j - 1].lower_ == "of"):
                j -= 1  # "Head of Trade Section", "Head of the Trade and Economic Section": the unit's portfolio before it
            if j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in self.lex.heads:
                return TokenKind.MOD  # "Head of Unit", "Head of Delegation" (not "head of the mission of X")
        if low in self.lex.unit_words and tok.is_lower and i >= 4:
            j = i - 1
            while j > 0 and doc[j].is_lower and (doc[j].lower_ in self.lex.domain_words
                                                 or doc[j].lower_ in self.lex.portfolio_words):
                j -= 1
            if j < i - 1 and j >= 2 and doc[j].lower_ == "the" and doc[j - 1].lower_ == "of" \
                    and doc[j - 2].lower_ in self.lex.heads:
                return TokenKind.MOD  # "head of the trade defence unit (of the Commission)": the unit, in the title
        if low in ("parliament", "congress") and tok.is_title and i >= 2 and doc[i - 1].lower_ == "of" \
                and doc[i - 2].lower_ in ("member", "members") and orgs.at(i) is None:
            return TokenKind.MOD  # "Member of Parliament Priyantha Abeykoon": the chamber named in the title
        if tok.is_lower and low not in self.lex.heads and lower_remit_at(self.lex, doc, i):
            return TokenKind.MOD  # "the French minister in charge of the sea, X": a remit in lower case
        if (tok.is_title or tok.is_upper or tok.text == "-" or low == "in" and doc[i - 1].lower_ == "trade") \
                and low not in self.lex.heads and area_at(self.lex, doc, i):
            return TokenKind.MOD  # "Director for Korea", "for North American Trade Policy": the post's area
        if tok.text == "," and 0 < i < len(doc) - 1 and area_at(self.lex, doc, i):
            return TokenKind.CONN  # "Assistant Trade Representative for Japan, Korea and APEC Affairs": the area's list
        if (tok.is_alpha or tok.text == "-") and tok.lower_ not in self.lex.heads \
                and self._lower_area_of_firms_post(doc, i, persons, orgs):
            return TokenKind.MOD  # "Yara's head of European commercial operations, X": the post's area, in lower case
        if tok.is_title and orgs.at(i) is None and (
                tok.text in self.lex.compass_names and i + 2 < len(doc) and doc[i + 1].is_title
                and (doc[i + 1].text in self.lex.region_names or doc[i + 1].ent_type_ in ("GPE", "LOC"))
                and doc[i + 2].lower_ in self.lex.heads and not self.lex.country_of(doc[i:i + 2].text)
                or i >= 1 and doc[i - 1].text in self.lex.compass_names and doc[i - 1].is_title
                and (tok.text in self.lex.region_names or tok.ent_type_ in ("GPE", "LOC"))
                and i + 1 < len(doc) and doc[i + 1].lower_ in self.lex.heads
                and not self.lex.country_of(doc[i - 1:i + 1].text)):
            return TokenKind.MOD  # "chief North America economist": a region the post covers, part of the title
        if tok.ent_type_ in ("GPE", "LOC") and tok.is_title and orgs.at(i) is None:
            # "British Columbia Premier X", "X, Ontario director of the United Steelworkers,": a region, read whole,
            # right before the head is the post's area (not a country: "British" alone is, the post's country)
            place = next((e for e in doc.ents if e.start <= i < e.end), None)
            if place is not None and place.end < len(doc) and doc[place.end].lower_ in self.lex.heads \
                    and (len(place) >= 2 or tok.is_alpha) \
                    and not self.lex.country_of(place.text) and not self.lex.country_of(place.text.removeprefix("the ")):
                return TokenKind.MOD
        if tok.ent_type_ in ("GPE", "NORP") or self.lex.country_of(tok.text):
            if self.country_entity(doc, i)[0]:
                return TokenKind.COUNTRY
        if tok.text in self.lex.parties:
            return TokenKind.PARTY
        if any(self._gloss_at(doc, i - back) and self._board_closes_title(doc, i - back - 1) for back in range(3)):
            return TokenKind.MOD  # "member of the Board (minister) for trade": the title's gloss, part of it
        if tok.is_lower and low in self.lex.instrument_words and self._dossier_after_for(doc, i):
            return TokenKind.MOD  # "the rapporteur for the steel regulation", "rapporteur for the agreement in the
            # Committee on International Trade": the file the post is in charge of, part of its title
        if low in self.lex.board_words and tok.is_lower and self._board_of_named_body(doc, i):
            return TokenKind.MOD  # "a member of the union's executive board": the board of a body named before
        if low in self.lex.board_words and self._board_of(doc, i):
            return TokenKind.CONN  # "chairman of the board of (directors of) X": the post is at X
        if low in self.lex.board_words and self._board_closes_title(doc, i, persons) \
                or low in ("of", "the") and i + 2 < len(doc) and self._board_closes_title(doc, i + (2 if low == "of" else 1), persons):
            return TokenKind.PORTFOLIO  # "ODMD Chairwoman of the Board Ms. Selin Akyürek": the body's board, in the title
        if (tok.text == "," or tok.is_lower and tok.is_alpha) and self._area_list_before_body(doc, i, orgs):
            # "director of chemical, pharmaceutical and textile industry at ...": an area's list
            return TokenKind.CONN if tok.text == "," else TokenKind.PORTFOLIO  # ("and" too: one title's area)
        if low in self.lex.heads:
            return TokenKind.HEAD
        if low in CONNECTORS or low in ("its", "their") and i + 1 < len(doc) and orgs.at(i + 1) is not None:
            return TokenKind.CONN  # ("Director-General of its Trade Policy Bureau")
        if low in ("group", "faction", "caucus") and tok.is_lower and i >= 1 and orgs.at(i - 1) is not None \
                and orgs.at(i - 1).kind == "party":
            return TokenKind.CONN  # ("the agricultural policy spokesperson of the Die Linke group", "the SPD group's
            # rapporteur": the party's group in a chamber, the post the party's)
        if low == "from" and 0 < i < len(doc) - 1 and doc[i - 1].lower_.split("-")[-1] in self.lex.heads \
                and orgs.at(i + 1) is not None and (doc[i + 1].is_title or doc[i + 1].is_upper):
            return TokenKind.CONN  # ("Fisheries economist from IPB University, X,": the body the post is at)
        if tok.is_lower and low in self.lex.context_nouns and i + 2 < len(doc) and doc[i + 1].text in _POSSESSIVES \
                and orgs.at(i + 2) is not None and i >= 1 and doc[i - 1].lower_ in ("the", "that", "this"):
            return TokenKind.CONN  # ("the director of the ministry's Tax Legislation Department": its owner, named before)
        if tok.is_lower and low in self.lex.context_nouns and i + 2 < len(doc) and doc[i + 1].text in _POSSESSIVES \
                and doc[i + 2].lower_ in self.lex.board_words and self._board_of_named_body(doc, i + 2):
            return TokenKind.OTHER  # ("a member of the union's executive board": the body named before, its board)
        if (tok.text == "," or tok.text[:1].isupper() and low not in self.lex.heads) and in_serial_list(self.lex, doc, i):
            # "Minister of Trade, Crafts and Local Consumption", "Minister of Commerce, Industry and SMEs": a listed
            # portfolio, whatever the words of its later items
            return TokenKind.CONN if tok.text == "," else TokenKind.MOD
        if tok.text == "," and 0 < i < len(doc) - 1 and (
                doc[i - 1].lower_ in self.lex.domain_words
                # ("Undersecretary for Policy, Planning and Regulations": a list closing on "and" a few words on)
                or doc[i - 1].is_title and doc[i - 1].lower_ in self.lex.portfolio_words
                and any(t.lower_ == "and" for t in doc[i + 2:i + 4])
                and all(t.is_title or t.lower_ == "and" for t in doc[i + 1:i + 4])
                and not self._closes_on_body_word(doc, i + 1)) \
                and doc[i + 1].is_title and (doc[i + 1].lower_ in self.lex.domain_words
                                             or doc[i + 1].lower_ in self.lex.portfolio_words
                                             and area_at(self.lex, doc, i + 1)) \
                and not (i + 2 < len(doc) and doc[i + 2].is_title and doc[i + 2].lower_ in self.lex.heads):
            return TokenKind.CONN  # "Minister of Industry, Trade and Investment", "Minister for Trade, Agribusiness
            # and Industry": a list of portfolios (not "China's Vice Minister of Commerce, State Secretary X": a
            # title, then another's)
        if tok.text == "," and 0 < i < len(doc) - 1 and doc[i - 1].is_lower \
                and doc[i - 1].lower_ in self.lex.domain_words \
                and (self._lower_portfolios_to_head(doc, i + 1) or self._lower_portfolios_after_head(doc, i)):
            return TokenKind.CONN  # "Japan's economy, trade and industry minister", "a former minister of economy,
            # trade and industry": a list of portfolios in lower case
        if (low == "to" or (low == "with" and i >= 1 and doc[i - 1].lower_ in self.lex.heads)) and (orgs.at(i + 1) is not None
                            or (i + 2 < len(doc) and doc[i + 1].lower_ == "the" and orgs.at(i + 2) is not None)):
            return TokenKind.CONN  # "adviser to (researcher with) the European Commission": only before a body
        if low == "to" and i >= 1 and self.abroad_before(doc, i) and i + 1 < len(doc) and (
                self.lex.country_of(doc[i + 1].text) or self.country_entity(doc, i + 1)[0]
                or (doc[i + 1].lower_ == "the" and i + 2 < len(doc) and self.country_entity(doc, i + 2)[0])):
            return TokenKind.CONN  # "ambassador to the United States": the country the post is in
        if tok.like_num and tok.is_lower and i + 1 < len(doc) and (doc[i + 1].lower_ in self.lex.heads
                                                                  or doc[i + 1].lower_ in self.lex.modifiers):
            return TokenKind.MOD  # "one of the WTO's four deputy directors-general": a count, dropped from the title
        if tok.is_lower and tok.is_alpha and self._area_between_head_and_body(doc, i, orgs):
            return TokenKind.PORTFOLIO  # "The head of sales at Bonfiglioli, Roberto Galli,": the post's area
        if low == "under" and tok.is_lower and i + 1 < len(doc) and doc[i + 1].is_title:
            return TokenKind.NONE  # "a meeting held under Commerce Secretary X": a preposition, not "under secretary"
        if low in self.lex.modifiers or low in self.lex.domain_words or low in self.lex.not_current:
            return TokenKind.MOD
        if tok.is_alpha and low in self.lex.portfolio_words and tok.pos_ in ("NOUN", "PROPN") and i + 3 < len(doc) \
                and doc[i + 1].lower_ in ("and", "&") and doc[i + 2].lower_ in self.lex.domain_words \
                and doc[i + 2].is_lower == tok.is_lower and (spec := self.lex.heads.get(doc[i + 3].lower_)) is not None \
                and spec.government:
            return TokenKind.MOD  # "Brazil's development and trade minister": a portfolio noun joined to a policy
            # domain right before a government post's head, one title (not "security and trade talks")
        if tok.is_title and 2 <= i < len(doc) - 1 and doc[i - 1].lower_ == "and" \
                and doc[i - 2].lower_ in self.lex.domain_words and doc[i + 1].is_title \
                and doc[i + 1].lower_ in self.lex.domain_words:
            return TokenKind.MOD  # "Minister of Investment and Downstream Industry": a word of the last portfolio
        if tok.is_title and low in self.lex.portfolio_words and i + 1 < len(doc) and doc[i + 1].is_title \
                and doc[i + 1].lower_ in self.lex.heads:
            return TokenKind.MOD  # "the Economic and Commercial Counsellor": its area in capitals, before the head
        if low in self.lex.portfolio_words and self._after_for(doc, i) and not (
                tok.is_lower and i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN"
                and not self.lex.is_portfolio(doc[i + 1].lower_)):
            # (not "the deputy minister of finance and banking regulators": a noun the word qualifies)
            return TokenKind.MOD  # "Assistant Trade Representative for Africa", "for International Affairs"
        if tok.is_lower and (low in self.lex.portfolio_words and self._last_lower_portfolio(doc, i)
                             or tok.is_alpha and i + 1 < len(doc) and doc[i + 1].is_lower
                             and doc[i + 1].lower_ in self.lex.portfolio_words and self._last_lower_portfolio(doc, i + 1)):
            return TokenKind.MOD  # "deputy minister of agriculture and rural development": a ministry's last portfolio
        if (tok.is_title or tok.is_lower or tok.is_upper) and tok.is_alpha and self._area_before_body(doc, i, persons, orgs):
            return TokenKind.MOD  # "Assistant Secretary for Export Administration, Bureau of ...": its area, whatever its words
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ in ("compound", "amod") and tok.ent_type_ not in ("PERSON", "DATE", "CARDINAL", "MONEY", "PERCENT") \
                and low not in self.lex.speech_verbs:  # ("ani Usec. Magbanua": a speech verb the model took for a noun)
            if tok.head.i > i and tok.head.i - i <= 3:
                return TokenKind.OTHER
        return TokenKind.NONE

    def _province_before_title(self, doc: Doc, i: int) -> TokenKind | None:
        """MOD when token ``i`` is a word of a province's name or short form (provinces.yaml) written right before a
        government post ("B.C. Forests Minister", "Alberta Premier"); else None (not a country's name a state shares:
        "Georgia Deputy Minister of Economy")."""
        if not doc[i].text[:1].isupper() or not self.lex.provinces:
            return None
        for start in range(max(0, i - 2), i + 1):
            if start > 0 and doc[start - 1].lower_ in ("of", "du", "de", "des", "la", "le", "for"):
                continue  # ("Les Producteurs de lait du Québec President X": the province ends a body's name)
            for end in range(i + 1, min(len(doc), start + 3) + 1):
                if fold(doc[start:end].text) in self.lex.provinces and end < len(doc) and doc[end].is_title \
                        and fold(doc[start:end].text) not in self.lex.country_forms \
                        and (doc[end].lower_ in self.lex.heads or doc[end].lower_ in self.lex.domain_words
                             or doc[end].lower_ in self.lex.portfolio_words or doc[end].lower_ in self.lex.modifiers):
                    head = next((k for k in range(end, min(len(doc), end + 6)) if doc[k].lower_ in self.lex.heads
                                 and doc[k].lower_ not in self.lex.modifiers), None)
                    heads = self.lex.province_post_heads.get(self.lex.provinces[fold(doc[start:end].text)].country)
                    if head is not None and heads and self.lex.head_spec(doc[head].text).singular not in heads \
                            and doc[head].lower_ not in heads:
                        return None  # ("Georgia Deputy Minister of Economy": no post a U.S. state's government holds)
                    return TokenKind.MOD
        return None

    def _partner_in_remit(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` the "with" of a remit in lower case after "for" and a head, or a word of the country it
        names ("chief negotiator for trade with the United States")?"""
        def partner_with(w: int) -> bool:
            return w >= 3 and doc[w].lower_ == "with" and doc[w - 1].is_lower and doc[w - 2].lower_ == "for" \
                and doc[w - 3].lower_ in self.lex.heads and w + 1 < len(doc) \
                and bool(self.country_entity(doc, w + 1)[0] or doc[w + 1].lower_ == "the" and w + 2 < len(doc)
                         and self.country_entity(doc, w + 2)[0])
        if partner_with(i):
            return True
        country, start, _ = self.country_entity(doc, i)
        if not country:
            return False
        start -= start >= 1 and doc[start - 1].lower_ == "the"
        return start >= 1 and partner_with(start - 1)

    def _listed_ministrys_remit(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` inside the words after a government post's "of" (or "for") that, after "Ministry of",
        name a ministry the lexicon lists ("Minister of Enterprises and Made in Italy")?"""
        def country_from(k: int) -> bool:  # ("of the People's Republic of China": the country, read as one)
            k += doc[k].lower_ == "of"
            k += k < len(doc) and doc[k].lower_ == "the"
            return k < len(doc) and self.country_entity(doc, k)[0] is not None
        for j in range(i - 1, max(0, i - 9), -1):
            if doc[j].lower_ in ("of", "for") and (spec := self.lex.heads.get(doc[j - 1].lower_)) is not None \
                    and spec.government:
                if any(doc[k].lower_ == "of" and country_from(k) for k in range(j + 1, i + 1)):
                    return False  # ("Vice Minister of Commerce of the People's Republic of China": its country)
                return doc[i].is_alpha and any(
                    doc[end - 1].is_alpha and self.lex.org_named(f"Ministry {doc[j].lower_} {doc[j + 1:end].text}")
                    is not None for end in range(i + 1, min(len(doc), j + 10)))
            if doc[j].text in (",", ".", ";") or "\n" in doc[j].text:
                break
        # (or the same words before the post: "Enterprise and Made in Italy Minister X")
        for h in range(i + 1, min(len(doc), i + 9)):
            if (spec := self.lex.heads.get(doc[h].lower_)) is not None and spec.government:
                return doc[i].is_alpha and any(
                    doc[start].is_title and self.lex.org_named(f"Ministry of {doc[start:h].text}") is not None
                    for start in range(max(0, h - 8), i + 1))
            if not doc[h].is_alpha:
                return False
        return False

    def _ministers_portfolios(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> bool:
        """Is token ``i`` a word of the capitalised list of portfolios right after a government post's "of"
        ("Minister of Transport and Infrastructures", "minister of Economy, Digitalisation, Entrepreneurship and
        Tourism", "Minister of Agriculture, Maritime Fisheries, Rural Development and Water and Forests"), which
        opens or ends on a policy domain ("of Productive Development and Plural Economy") and closes on a comma, a
        bracket or the holder's name? Every word of it is the title's area, whatever the word (the ministry's name
        says what the portfolios are)."""
        def listed(k: int) -> bool:
            t = doc[k]
            person, entity = persons.span_at(k), orgs.at(k)
            return (person is None or person[1] - person[0] == 1) \
                and (entity is None or entity.name not in self.lex.organizations) and (
                t.is_alpha and t.is_title and t.lower_ not in self.lex.heads and not self.lex.country_of(t.text)
                or t.lower_ in ("and", "&", "of") or t.text == ",")
        if not listed(i):
            return False
        j = i - 1
        while j > 0 and listed(j) and "\n" not in doc[j].text:
            j -= 1
        if j < 1 or doc[j + 1].lower_ != "of" or not (spec := self.lex.heads.get(doc[j].lower_)) or not spec.government:
            return False
        k = i + 1
        while k < len(doc) and listed(k) and "\n" not in doc[k].text:
            k += 1
        end = k  # the list's end: not the comma or "and" before the holder's name
        while end > i + 1 and (doc[end - 1].lower_ in ("and", "&", "of") or doc[end - 1].text == ","):
            end -= 1
        ands = [t.i for t in doc[j + 2:end] if t.lower_ in ("and", "&")]
        if not ands:
            return False  # (a list has its "and": "the Minister of Agriculture, Sutarno," is a title and a name)
        # the item after the last "and" closes the list ("... Trade, Industry and Tourism, Budiman, and ...")
        end = next((t.i for t in doc[ands[-1]:end] if t.text == ","), end)
        after = persons.span_at(k) if k < len(doc) else None
        if not (end < len(doc) and doc[end].text in (",", "(") or after is not None and after[1] - after[0] > 1):
            return False  # (the list closes on a comma, a bracket, or the holder's name)
        items = [t for t in doc[j + 2:end] if t.is_alpha and t.lower_ not in ("and", "of")]
        # (the comma that closes the list, before the holder's name, joins the title to the name)
        return (i < end or i == end and doc[i].text == ",") and len(items) >= 2 \
            and (items[0].lower_ in self.lex.domain_words or items[-1].lower_ in self.lex.domain_words)

    def _portfolios_before_minister(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> int | None:
        """Is the "and" at ``i`` inside a capitalised list of portfolios written before a government post ("Energy,
        Commerce and Industry Minister X", "Plantation and Community Infrastructure Deputy Minister X"), which opens
        on a policy domain? The whole list names the ministry, so the "and" stays in the title. The list's first
        token, or None."""
        def word(k: int) -> bool:
            t = doc[k]
            return t.is_alpha and t.is_title and persons.at(k) is None and t.lower_ not in self.lex.heads \
                and not self.lex.country_of(t.text) \
                and (orgs.at(k) is None or orgs.at(k).name not in self.lex.organizations)
        k = i + 1
        while k < len(doc) and word(k):
            k += 1  # (a rank before the head, "... Deputy Minister", is one of the words)
        if k == i + 1:
            return None
        if k >= len(doc) or not doc[k].is_title or not (spec := self.lex.heads.get(doc[k].lower_)) or not (
                spec.government or "ministry" in self.lex.offices.get(f"{doc[k - 1].lower_} {doc[k].lower_}", ())):
            return None  # (a minister's post, or Kenya's "Cabinet Secretary", who runs a ministry: ``offices``)
        j = i - 1
        while j >= 0 and (word(j) or doc[j].text == "," and j > 0 and word(j - 1)):
            j -= 1
        # (not after a rank read as a head, "Deputy Trade, Industry and Competition Minister": the title's parse
        # would take the "and" for one between two posts)
        listed = j < i - 1 and doc[j + 1].lower_ in self.lex.domain_words \
            and not (j >= 0 and doc[j].lower_ in self.lex.heads)
        return j + 1 if listed else None

    def _lower_domain_run(self, doc: Doc, k: int) -> tuple[int, int]:
        """Where policy domains in lower case, commas and "and" running from token ``k`` end, and how many "and"
        they hold ("trade and industry", "economy, trade and industry")."""
        ands = 0
        while k < len(doc) and (doc[k].is_lower and doc[k].lower_ in self.lex.domain_words
                                or doc[k].text == "," or doc[k].lower_ == "and"):
            ands += doc[k].lower_ == "and"
            k += 1
        return k, ands

    def _lower_portfolios_to_head(self, doc: Doc, k: int) -> bool:
        """Do policy domains in lower case, joined by commas and one "and", run from token ``k`` to a government
        post's head ("trade and industry minister")?"""
        k, ands = self._lower_domain_run(doc, k)
        spec = self.lex.heads.get(doc[k].lower_) if k < len(doc) and doc[k].is_lower else None
        return ands == 1 and spec is not None and spec.government

    def _area_between_head_and_body(self, doc: Doc, i: int, orgs: OrgIndex) -> bool:
        """Is token ``i`` a word in lower case of a post's area between its head's "of" and the body's "at" ("head
        of sales at Bonfiglioli", "head of ocean products at the carrier X"): up to three nouns or adjectives?"""
        if doc[i].pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
        j = i
        while j > 0 and i - j < 3 and doc[j - 1].is_lower and doc[j - 1].is_alpha and doc[j - 1].pos_ in ("NOUN", "ADJ"):
            j -= 1
        if j < 2 or doc[j - 1].lower_ != "of" or doc[j - 2].lower_ not in self.lex.heads:
            return False
        k = i + 1
        while k < len(doc) and k - j < 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
        body = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        if body < len(doc) and doc[body].ent_type_ in ("NORP", "GPE") and orgs.at(body) is None:
            body += 1  # ("at the Italian machinery maker Bonfiglioli Meccanica": what the body is, first)
        while body < len(doc) and orgs.at(body) is None and doc[body].is_lower and doc[body].pos_ in ("NOUN", "ADJ") \
                and body - k < 5:
            body += 1
        return k < len(doc) and doc[k].lower_ == "at" and body < len(doc) and orgs.at(body) is not None

    def _lower_portfolios_after_head(self, doc: Doc, comma: int) -> bool:
        """Is the comma at ``comma`` inside a lower-case list of a government post's portfolios after its head and
        "of" or "for" ("minister of economy, trade and industry"): domains joined by commas and one "and", the list
        closing there (no noun after its last word)?"""
        k = comma - 1
        while k > 0 and doc[k].is_lower and doc[k].lower_ in self.lex.domain_words:
            k -= 1
        spec = self.lex.heads.get(doc[k - 1].lower_) if k >= 1 and doc[k].lower_ in ("of", "for") else None
        if spec is None or not spec.government or k == comma - 1:
            return False
        j, ands = self._lower_domain_run(doc, comma + 1)
        while doc[j - 1].text == ",":
            j -= 1  # (the comma closing the appositive)
        return ands == 1 and doc[j - 1].lower_ in self.lex.domain_words \
            and (j == len(doc) or not (doc[j].is_lower and doc[j].pos_ == "NOUN"))

    def _last_lower_portfolio(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` the last word of a lower-case list of a minister's portfolios, after "of" and a policy
        domain and "and" ("minister of agriculture and rural development")?"""
        j = i - 1
        while j > i - 3 and j > 0 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ != "and" \
                and doc[j].lower_ not in self.lex.heads:
            j -= 1  # ("rural")
        if j < 3 or doc[j].lower_ != "and" or doc[j - 1].lower_ not in self.lex.domain_words \
                or i + 1 < len(doc) and not doc[i + 1].is_punct:
            return False  # (not "minister of finance and banking regulators")
        k = j - 1
        while k > 0 and (doc[k].lower_ in self.lex.domain_words or doc[k].text == ","):
            k -= 1
        return doc[k].lower_ == "of" and k >= 1 and doc[k - 1].lower_ in self.lex.heads

    def _board_of(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` part of "of the (supervisory) board (of directors)" after a head, leading to "of <body>"?"""
        j = i
        while j >= 0 and (doc[j].lower_ in self.lex.board_words or doc[j].lower_ in ("of", "the")):
            j -= 1
        k = i
        while k < len(doc) and doc[k].lower_ in self.lex.board_words | {"of"}:
            k += 1
        return j >= 0 and doc[j].lower_ in self.lex.heads and doc[j + 1].lower_ == "of" \
            and "board" in doc[j + 1:k].text.lower().split() and k > 0 and doc[k - 1].lower_ == "of"

    def _board_of_named_body(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` a word of a board in lower case after a body's noun and its possessive ("the union's
        executive board", "the company's supervisory board")?"""
        j = i
        while j > 0 and doc[j - 1].lower_ in self.lex.board_words and doc[j - 1].is_lower:
            j -= 1
        return j >= 3 and doc[j - 1].text in _POSSESSIVES and doc[j - 2].lower_ in self.lex.context_nouns \
            and doc[j - 3].lower_ == "the" and "board" in {t.lower_ for t in doc[j:i + 2]}

    def _board_closes_title(self, doc: Doc, i: int, persons=None) -> bool:
        """Is token ``i`` the "Board" that closes "Chairwoman of the Board" right before an honorific or a
        comma (the body named before the title), or that a portfolio follows ("member of the Board (minister)
        for trade of the EEC": a seat on a body's board)?"""
        if not (i < len(doc) and doc[i].lower_ == "board" and i >= 3 and doc[i - 1].lower_ == "the"
                and doc[i - 2].lower_ == "of" and doc[i - 3].lower_ in self.lex.heads and i + 1 < len(doc)):
            return False
        after = i + 1 + 3 * self._gloss_at(doc, i + 1)
        return doc[i + 1].text.lower().rstrip(".") in self.lex.honorific_words or doc[i + 1].text == "," \
            or after + 1 < len(doc) and doc[after].lower_ == "for" and self.lex.is_portfolio(doc[after + 1].lower_) \
            or persons is not None and persons.at(i + 1) is not None  # ("Chairman of the Board Ahmet Ocaklı")

    def _dossier_after_for(self, doc: Doc, i: int) -> bool:
        """Is the instrument word at token ``i`` the object of a head's "for the" ("rapporteur for the steel
        regulation", "negotiator for the agreement"), with at most two lower-case words between?"""
        j = i - 1
        while j > 0 and i - j <= 2 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ != "the":
            j -= 1
        return j >= 2 and doc[j].lower_ == "the" and doc[j - 1].lower_ == "for" and doc[j - 2].lower_ in self.lex.heads

    def _gloss_at(self, doc: Doc, i: int) -> bool:
        """Does a title's one-word gloss in brackets open at token ``i`` ("member of the Board (minister) for
        trade"): a head between brackets, right after a word of the title?"""
        return i + 2 < len(doc) and i >= 1 and doc[i].text == "(" and doc[i + 1].lower_ in self.lex.heads \
            and doc[i + 2].text == ")" and doc[i - 1].is_alpha

    def _area_list_before_body(self, doc: Doc, i: int, orgs: OrgIndex) -> bool:
        """Is token ``i`` in a lower-case area whose words a comma parts, that runs after a title's head and "of",
        with "and", to "at" or "in" and a body ("director of chemical, pharmaceutical and textile industry at ...")?"""
        def inside(t) -> bool:
            return t.text == "," or t.is_lower and t.is_alpha and t.lower_ not in ("at", "in", "of")
        j = i - 1 if inside(doc[i]) else i
        while j > 0 and i - j < 8 and inside(doc[j]):
            j -= 1
        if doc[j].lower_ != "of" or j < 1 or doc[j - 1].lower_ not in self.lex.heads:
            return False
        k = i + 1
        while k < len(doc) and k - i < 8 and inside(doc[k]):
            k += 1
        run = [t.text.lower() for t in doc[j + 1:k]]
        if k + 1 >= len(doc) or doc[k].lower_ not in ("at", "in") or "," not in run or "and" not in run \
                or ", and" in " ".join(run).replace(" ,", ","):
            return False  # (not "head of research, and analysts at Nomura": a second clause)
        at = k + 1 + (doc[k + 1].lower_ == "the")
        while at < len(doc) and (self.country_entity(doc, at)[0] or doc[at].text in _POSSESSIVES) and at - k < 5:
            at += 1  # ("at Indonesia's Ministry of Industry")
        return at < len(doc) and orgs.at(at) is not None

    def _area_before_body(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> bool:
        """Is token ``i`` one of the capitalized words between a title's "for" and the comma (or "at") before the
        body that holds the post ("Director for Steel Import Monitoring, International Trade Administration"), or
        before the holder's name; or after "of", an area closing on a portfolio's word before a comma?"""
        lower = (doc[i].is_lower or doc[i].is_upper) and doc[i].is_alpha and doc[i].lower_ not in ("and", "the")

        def word(t) -> bool:  # ("for negotiations and strategic dialogue at the GCC Secretariat General", "for LNG
            # marketing at QatarEnergy": in lower case, or a short form in capitals)
            return t.is_alpha and (t.is_title or lower and (t.is_lower or t.is_upper) and t.lower_ not in self.lex.heads
                                   and t.lower_ not in ("and", "the", "for", "of", "at", "in", "to")) \
                or t.lower_ == "and" or t.lower_ == "the" and doc[t.i - 1].lower_ == "and"
        j = i - 1
        while j > 0 and i - j < 7 and word(doc[j]):
            j -= 1
        if j < 1 or doc[j].lower_ not in ("for", "of") or doc[j - 1].lower_ not in self.lex.heads \
                or not (doc[j - 1].is_title or lower and doc[j].lower_ == "for"):
            return False
        k = i + 1
        while k < len(doc) and k - i < 5 and persons.at(k) is None and word(doc[k]):
            k += 1
        if doc[i].ent_type_ == "GPE" or k >= len(doc) or lower and doc[k].lower_ != "at":
            return False
        if doc[j].lower_ == "of":  # "Head of International Data Policy, Department for ...": an area closing on its word
            # (or on any word, when the body follows: "Director of Energy Efficiency, Ministry of ...")
            return doc[k].text in (",", ";") and (doc[k - 1].lower_ in self.lex.portfolio_words or (
                k + 1 < len(doc) and (orgs.at(k + 1) is not None or doc[k + 1].ent_type_ == "ORG")))
        if persons.at(k) is not None and k > i and not doc[k - 1].ent_id_:
            return True  # ("Assistant Secretary for Export Administration Paul Rendell": the holder next)
        at = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        return doc[k].text in (",", "at") and at < len(doc) \
            and (doc[at].ent_type_ == "ORG" or bool(doc[at].ent_id_) or orgs.at(at) is not None)

    def _lower_area_of_firms_post(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> bool:
        """Is token ``i`` in the area of a body's post, after its head and "of" or "for", in lower case up to the
        comma before the holder's name ("UPM's executive vice president for pulp, Juha Salminen", "Yara's head of
        European commercial operations, X") or after it ("Laura Pettit, Crowley's head of fleet strategy, said")?"""
        j = i - 1
        while j > 0 and i - j <= 5 and doc[j].lower_ not in ("of", "for") and doc[j].text != ",":
            j -= 1
        if j < 1 or doc[j].lower_ not in ("of", "for") or doc[j - 1].lower_ not in self.lex.heads:
            return False
        comma = self._lower_area_end(doc, j + 1, i)
        return comma is not None and self._firms_post_before_holder(doc, j - 1, comma, persons, orgs)

    def _lower_area_end(self, doc: Doc, start: int, i: int) -> int | None:
        """The comma closing a post's area that opens at ``start`` and holds token ``i``: up to five words, some in
        lower case, none a head's, a place's or a small word but "and" ("iron ore marketing", "European commercial
        operations", "Asia-Europe network")."""
        k = start
        while k < len(doc) and k - start <= 5 and doc[k].text != ",":
            t = doc[k]
            if not (t.text.replace("-", "").isalpha() or t.text == "-" and not t.whitespace_) or t.lower_ in self.lex.heads \
                    or t.is_lower and t.is_stop and t.lower_ != "and" or t.ent_type_ == "GPE" and not t.is_lower \
                    or t.pos_ in ("VERB", "AUX") or t.lower_ == "state":
                return None  # (a clause, not an area: "When Ford's head of purchasing retired, X took over"; nor
                # "head of state")
            k += 1
        if k >= len(doc) or doc[k].text != "," or not start <= i < k or not any(t.is_lower and t.lower_ != "and"
                                                                              for t in doc[start:k]):
            return None
        return k

    def _firms_post_before_holder(self, doc: Doc, head: int, comma: int, persons: PersonIndex, orgs: OrgIndex) -> bool:
        """Is the post whose head word is at ``head`` (its area running to ``comma``) a body's, by its possessive
        ("UPM's", "The OECD's", "Its"), with its holder named right after the comma or right before the post?"""
        k = head - 1
        while k > 0 and head - k <= 3 and doc[k].is_lower and (doc[k].lower_ in self.lex.modifiers
                                                               or doc[k].lower_ in self.lex.heads):
            k -= 1  # ("senior vice president", "executive vice president")
        owned = doc[k].lower_ == "its" or (doc[k].text in _POSSESSIVES and k >= 1 and orgs.at(k - 1) is not None)
        if not owned:
            return False
        opening = k - 1 if doc[k].lower_ != "its" else k
        while opening > 0 and orgs.at(opening - 1) is orgs.at(opening) and orgs.at(opening) is not None:
            opening -= 1
        if opening >= 1 and doc[opening - 1].lower_ == "the":
            opening -= 1
        if not (doc[opening].is_sent_start or opening >= 1 and doc[opening - 1].text in (",", ":", "\u2014", "\u2013")):
            return False  # the post opens its clause (not "Like Airbus's head of X, Y ...", "Ford has replaced its
            # head of purchasing, Jim Baker said", "At the African Union's head of state retreat, X said")
        holder = persons.span_at(comma + 1)
        return holder is not None and holder[1] < len(doc) and doc[holder[1]].text in (",", "(") or (
            opening >= 2 and doc[opening - 1].text == "," and persons.at(opening - 2) is not None)
        # (the name after the comma set off by another: "..., Juha Salminen, said"; not "The World Bank's lead
        # economist for trade disagreed, Priya Nair wrote")

    def _after_for(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` in the portfolio after "for": "for" itself just before
        it, or before a run of portfolio and domain words ending at it."""
        j = i - 1
        while j >= 0 and (doc[j].lower_ in self.lex.portfolio_words or doc[j].lower_ in self.lex.domain_words
                          or doc[j].lower_ == "and" or doc[j].lower_ == "the" and j >= 1
                          and doc[j - 1].lower_ in ("of", "for")):
            j -= 1  # ("Vice-Minister of the Economy and Innovation")
        return j >= 0 and j < i and (doc[j].lower_ == "for" or (
            doc[j].lower_ == "of" and j >= 1 and (doc[j - 1].lower_ in self.lex.heads or (  # "Minister of Foreign Affairs"
                doc[j - 1].lower_ == "general" and j >= 2 and doc[j - 2].lower_ in self.lex.heads))))  # "director general of"

    def abroad_before(self, doc: Doc, i: int) -> bool:
        """Does a post held abroad end right before token ``i``: "ambassador", "High Commissioner", or with
        the sending country, "Ambassador of India" (before "to China")?"""
        if self.lex.post_abroad([t.lower_ for t in doc[max(0, i - 2):i]], at_end=True):
            return True
        if i >= 3:  # "Ambassador of the Republic of Colombia" (before "to the Kingdom of the Netherlands")
            code, start, end = self.country_entity(doc, i - 1)
            k = start - 1 - (start >= 1 and doc[start - 1].lower_ == "the")
            if code and end == i and k >= 1 and doc[k].lower_ == "of" \
                    and self.lex.post_abroad([t.lower_ for t in doc[max(0, k - 2):k]], at_end=True):
                return True
        for k in range(i - 1, max(0, i - 6), -1):
            if doc[k].lower_ == "of":
                between = doc[k + 1:i].text
                return k >= 1 and self.lex.post_abroad([t.lower_ for t in doc[max(0, k - 2):k]], at_end=True) \
                    and bool(self.lex.country_of(between) or self.lex.country_of(between.removeprefix("the ")))
        return False

    def country_entity(self, doc: Doc, i: int) -> tuple[str | None, int, int]:
        """The country a token is part of (with the span of a multi-word name such
        as "South Korea"), or None."""
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
                return code, self._formal_start(doc, start), end
            words = fold(doc[start:end].text).removeprefix("the ").removesuffix(" the") + " "
            if words in self.lex.country_formal_prefixes and end < len(doc):
                # "the Kingdom of" + "the Netherlands", tagged apart: the country after its formal words
                after = end + 1 if doc[end].lower_ == "the" and end + 1 < len(doc) else end
                code, _, last = self.country_entity(doc, after)
                if code:
                    return code, start, last
        code = self.lex.country_of(tok.text)
        return (code, self._formal_start(doc, i), i + 1) if code else (None, i, i + 1)

    def _formal_start(self, doc: Doc, start: int) -> int:
        """Where a country's name starts with its formal words before it ("the Republic of" + "Kazakhstan", which
        the model may tag apart), else ``start``."""
        for k in range(max(0, start - 5), start - 1):
            words = fold(doc[k:start].text) + " "
            if words.startswith("the "):
                words = words[4:]
            if words in self.lex.country_formal_prefixes:
                return k
        return start

    def _closes_on_body_word(self, doc: Doc, i: int) -> bool:
        """Do the capitalized words from ``i`` through the first "and" and the word after it run on into a body's
        word ("the Policy, Planning and Research Division": a unit's name, no title's area)?"""
        k = next((j for j in range(i, min(len(doc), i + 4)) if doc[j].lower_ == "and"), None)
        while k is not None and k + 1 < len(doc) and doc[k + 1].is_title:
            k += 1
            if self.lex.is_org_head(doc[k].lower_) or doc[k].lower_ in self.lex.heads:
                return True
        return False

    def run(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> tuple[TokenKind, int, int] | None:
        """Token ``i``'s kind and the span it belongs to (a whole organization or
        country name, else the token alone); None when the token ends a title
        phrase (a person's name, or a word no title has)."""
        kind = self.kind(doc, i, persons, orgs)
        if kind in (TokenKind.NONE, TokenKind.PERSON):
            return None
        start, end = self.bounds(doc, i, kind, orgs)
        return kind, start, end

    def bounds(self, doc: Doc, i: int, kind: TokenKind, orgs: OrgIndex) -> tuple[int, int]:
        """The whole span of the organization or country token ``i`` is part of, so
        a phrase takes in "the European Commission" at once."""
        if kind == TokenKind.ORG:
            entity = orgs.at(i)
            for m in entity.mentions:
                if m.start <= i < m.end:
                    return m.start, m.end
        if kind == TokenKind.COUNTRY:
            _, start, end = self.country_entity(doc, i)
            return start, end
        return i, i + 1

    # ---- phrase collection ------------------------------------------------
