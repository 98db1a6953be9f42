"""Title phrases: the words around a person's name that state a post.

A title is read with the vocabulary of ``titles.yaml``: each token near a
name is classed (``TokenKind``: a head such as "minister", a modifier, a
connector, an organization, a country...), the run of classed tokens before
or after the name is collected ("U.S. Commerce Secretary Howard Lutnick",
"Li Chenggang, a vice minister of commerce and China's international trade
representative,", "who chairs the committee") and parsed into a
``ParsedTitle``: the title itself, the organization and country it names,
and whether it is held now. Which organization the post belongs to when the
phrase names none is decided in ``roles.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.name_candidates import (PARTY_TAG, from_country_after, header_entry_at, honorifics_written,
                                                in_another_script, nationality_before, other_script)
from loaders.extraction.org_cues import NAME_SMALL_WORDS, _is_short_form, cue_length, name_initials, short_form_at
from loaders.extraction.org_resolution import POSSESSIVES
from loaders.extraction.organizations import OWNED_WORDS, OrgEntity, OrgIndex
from loaders.extraction.persons import PersonIndex
from loaders.extraction.portfolios import area_at, serial_list
from loaders.extraction.text import fold
from loaders.extraction.title_tokens import _POSSESSIVES, CONNECTORS, TokenClasses, TokenKind

_DEMONSTRATIVE = frozenset({"that", "this", "the", "its"})
# the words that open the area a post covers ("head of supply chain policy", "chief negotiator on wine denominations")
_ATTACHED = frozenset({"attached", "assigned", "seconded"})  # ("... attached to" a body: at it)
# the words that close the name of a firm's practice ("the Doe & Roe LLP Trade practice", "a partner in the
# international trade practice of X")
PRACTICE_WORDS = frozenset({"practice", "team", "group"})
_AREA_PREPOSITIONS = frozenset({"of", "for", "on"})

# heads that say whose second a person is ("Deputy USTR", "Assistant USTR"): before a body's short form that is also
# a post's title, the post is part of the title
_SECOND_HEADS = frozenset({"deputy", "assistant", "acting"})


# words after "and" that open the post a holder of a former one holds now ("former minister and current president")
_NOW_WORDS = frozenset({"current", "currently", "now", "today"})


@dataclass
class ParsedTitle:
    """A title phrase read into its parts: the title as stored, its words, head,
    and the organization, country and currency it states."""

    title: str
    words: list[str]
    head: str
    organization: OrgEntity | None
    org_hint: str | None  # "committee" in "chair of that committee"
    country: str | None
    current: bool
    plural: bool
    posted_to: str | None = None  # "ambassador to Nigeria": the country code, or the body ("the WTO") as written
    # "the former Minister of X and current President of Y": how many words of ``title`` the first post has (a second
    # post, the one held now, opens after its "and"); None for one post
    now_after: int | None = None


class TitleReader:
    """Finds and parses the title phrases around person mentions."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.honorifics = lexicon.honorific_words
        self.honorific_pairs = lexicon.honorific_pairs
        self.tokens = TokenClasses(lexicon)

    def _portfolio_word(self, word: str) -> bool:
        return word in self.lex.domain_words or self.lex.is_portfolio(word)

    def phrase_before(self, doc: Doc, start: int, persons: PersonIndex, orgs: OrgIndex) -> list[tuple[int, TokenKind]]:
        """The title phrase just before a name ("U.S. Commerce Secretary"), as
        classed tokens; empty when there is none."""
        phrase = self._collect_left(doc, start, persons, orgs)
        if phrase and phrase[-1][0] == start - 1 and doc[start - 1].lower_ in ("and", "or"):
            return []  # "X is a Partner and Daniel Oyelaran is an Associate": the title before "and" is X's
        body = start - 1 if start >= 4 and doc[start - 2].text == ")" and orgs.at(start - 1) is not None \
            and orgs.at(start - 1).name != doc[start - 1].text and _is_short_form(doc[start - 1]) else None
        if (not phrase or body is not None) and start >= 3 and doc[start - 1 - (body is not None)].text == ")":
            # "Parlamentarischer Staatssekretär (Parliamentary State Secretary) Lukas Brandstätter": the title's
            # English form in brackets right before the name (and the body's short form after it: "Direktur
            # Perpajakan Internasional (Director of International Taxation) DJP Rizal Aditya Pranoto")
            close = start - 1 - (body is not None)
            opening = next((k for k in range(close - 1, max(0, close - 8), -1) if doc[k].text == "("), None)
            if opening is not None:
                inside, stop = self._collect_right(doc, opening + 1, persons, orgs)
                if stop == close and any(k == TokenKind.HEAD for _, k in inside):
                    return inside + ([(body, TokenKind.ORG)] if body is not None else [])
        while start >= 1 and (n := self._honorific_before(doc, start)):
            start -= n  # "Commerce Secretary, Dr. R.K. Menon"
        if nationality_before(self.lex, doc, start):
            start -= 2  # "the chair of INTA, the Spaniard María Ibarra": the title before the nationality
            phrase = []
        # "The panel's ranking member, Sen. Jane Doe": a lone honorific title gives way to the one before the comma
        if len(phrase) == 1 and (doc[phrase[0][0]].text.lower().rstrip(".") in self.honorifics
                                 or doc[phrase[0][0]].lower_ in ("ambassador", "amb.", "amb") and phrase[0][0] >= 2
                                 and doc[phrase[0][0] - 1].text == ","
                                 and (doc[phrase[0][0]].is_lower or self._post_before_rank(doc, phrase[0][0], start,
                                                                                           persons, orgs))):
            start = phrase[0][0]  # (and a diplomat's rank: "the secretary for Foreign Trade ..., ambassador X"; "the
            # Head of the European Union Delegation to Türkiye, Ambassador X": the post the body names)
        if (not phrase or start == phrase[0][0]) and start >= 2 and doc[start - 1].text == ",":
            # "China's vice minister of commerce, Zhou Hanlin, said": a title set
            # off by commas before the name, opening its clause
            upto = start - 1
            if upto >= 2 and doc[upto - 1].text == ")":
                # "the secretary for Foreign Trade and Economic Affairs of Itamaraty (the Ministry of Foreign
                # Affairs), ambassador X": past the body's gloss in brackets
                upto = next((k for k in range(upto - 2, max(0, upto - 10), -1) if doc[k].text == "("), upto)
            left = self._collect_left(doc, upto, persons, orgs)
            while left and not any(k in (TokenKind.HEAD, TokenKind.ORG) for _, k in left) and left[0][0] >= 3 \
                    and doc[left[0][0] - 1].text == "," and self._portfolio_word(doc[left[0][0] - 2].lower_) \
                    and all((doc[j].is_title or doc[j].is_lower) and doc[j].is_alpha or doc[j].lower_ in ("and", "&", ",")
                            for j, _ in left) \
                    and any(self._portfolio_word(doc[j].lower_) for j, _ in left):
                # "The Minister of Industry, Trade and Supply, Dr. X": the portfolios listed with a comma
                more = self._collect_left(doc, left[0][0] - 1, persons, orgs)
                if not more:
                    break
                left = more + [(left[0][0] - 1, TokenKind.CONN)] + left
            left = self._post_before_body(doc, left, persons, orgs)
            copula = bool(left) and doc[left[0][0]].lower_ in ("was", "is") and len(left) > 1
            if copula:
                left = left[1:]  # "Among them was the president of X, Luisa Ibarra": who is there, not a post held before
                while left and left[0][1] == TokenKind.CONN:
                    left = left[1:]
            if len(left) > 2 and left[0][1] == TokenKind.COUNTRY and left[0][0] >= 1 \
                    and doc[left[0][0] - 1].lower_ in ("in", "at") and doc[left[1][0]].lower_ == "the":
                left = left[1:]  # "received in Brasília the president of Abrapa, X": where, then the object
            if left and any(k == TokenKind.HEAD and self._plural_head(doc[i]) for i, k in left):
                left = []  # "Officials at the Port of Antwerp, Jan Peeters said, are worried": others, not his post
            if left and any(k == TokenKind.HEAD for _, k in left):
                before = left[0][0] - 1
                if before >= 1 and doc[before].lower_ in ("the", "a", "an") \
                        and doc[before - 1].lower_ in ("to", "of", "for", "at") and not doc[before - 1].is_sent_start \
                        and not (doc[before - 1].lower_ == "of" and before >= 2
                                 and doc[before - 2].lower_ in ("company", "and", "presence", "composed", "comprised",
                                                                "consisting", "consisted")) \
                        and not (doc[before - 1].lower_ == "to" and before >= 2 and doc[before - 2].lower_ == "according"
                                 and self._according_to_holder(doc, left, start, persons)) \
                        and not (doc[before - 1].lower_ == "to" and before >= 2 and doc[before - 2].pos_ != "PUNCT"
                                 and doc[before - 2].lower_ not in self.lex.heads
                                 and not (doc[before - 2].is_title
                                          and doc[before - 2].ent_type_ not in ("DATE", "TIME"))
                                 and doc[before - 2].lower_ != "according"):
                    # (but "According to the president of the Ukrainian Grain Association, X,": X is the president;
                    # so is the one spoken to: "transferred this Wednesday to the ambassador of China in Spain, X, ...")
                    # ("in the company of the president of X, Y": Y is the president; so is Z the ambassador in "a
                    # delegation composed of the Ambassador of X to Y, Z"; not "the wife of the president of X, Y",
                    # "the brother of the mayor of Lyon, Y": another person)
                    pass  # "State Secretary to the Federal Minister for X, Dr Y": the minister is another person (not
                    # "For the executive director of the entity, Ana Pinto, ...", opening the sentence)
                elif before >= 2 and doc[before].lower_ in ("the", "a") and doc[before - 1].lower_ in ("with", "to") \
                        and doc[before - 2].lower_ in ("speaking", "talking", "spoke", "talked", "speak", "talk") \
                        and all(doc[k].lower_ in ("reporter", "journalist", "correspondent") for k, kind in left
                                if kind == TokenKind.HEAD):
                    pass  # "Speaking with the reporter, Mr. X, Deputy Minister of ..., said": the paper's own reporter,
                    # to whom X spoke (not "Speaking to the president of the chamber, Mr. Y": Y is the president)
                elif copula or before < 0 or doc[before].is_sent_start or doc[left[0][0]].is_sent_start \
                        or doc[before].lower_ in ("the", "a", "an", "its", "whose", ",", "by", "with", "and", "-", "--",
                                                  "\u2013", "\u2014", ":") \
                        or doc[before].text in POSSESSIVES \
                        or doc[before].lower_ == "to" and doc[left[0][0]].is_title and not _verb_after_name(doc, start) \
                        or ((doc[before].pos_ == "VERB" or doc[before].lower_ in ("between", "from"))
                            and (doc[left[0][0]].ent_type_ in ("GPE", "NORP")
                                 # ("met Hapag-Lloyd's chief operating officer, Jens-Uwe Brockmann,")
                                 or left[0][1] == TokenKind.ORG and any(k == TokenKind.POSS for _, k in left))) \
                        or (doc[left[0][0]].lower_ == "the" and doc[before].ent_type_ in ("GPE", "LOC", "DATE")
                            and doc[before].is_title and before >= 1
                            and doc[before - 1].lower_ in ("in", "at", "on")):
                    # ("received in Brasília the president of Abrapa, Rodrigo Tavares Bortolini,": the object)
                    # ("met Peru's Minister of Trade, Rosa Quispe,": the object's title, its holder named after it;
                    # "Quotes attributable to Minister for Resources, the Hon Tom Kelleher MP:": a title without
                    # its article after "to")
                    phrase = left
        return phrase

    def _according_to_holder(self, doc: Doc, left, start: int, persons: PersonIndex) -> bool:
        """"According to the president of the Ukrainian Grain Association, X, premiums fell": the post at a body the
        phrase names is the holder's, named after it and a comma that closes the name; not a bare post ("According to
        the minister, X showed openness": what the minister said of X), nor a source's reporter before the subject's
        own post ("According to the IRNA economic correspondent, X, Deputy Minister of ...")."""
        span = persons.span_at(start)
        if span is None or not any(k == TokenKind.ORG for _, k in left) and not any(
                doc[i].lower_ in self.lex.context_nouns and i >= 2 and doc[i - 1].lower_ in ("the", "that", "this")
                and doc[i - 2].lower_ in ("of", "at") for i, _ in left):
            return False  # (or one a noun points back to: "According to the president of the entity, X, ...")
        end = span[1]
        return end + 1 < len(doc) and doc[end].text == "," and not (
            doc[end + 1].is_title and (doc[end + 1].lower_ in self.lex.heads or doc[end + 1].lower_ in self.lex.modifiers))

    def _post_before_rank(self, doc: Doc, rank: int, start: int, persons: PersonIndex, orgs: OrgIndex) -> bool:
        """"received the Head of the European Union Delegation to Türkiye, Ambassador X, at ...": a singular post at
        a body set off by commas before the rank, the name closed by a comma (not "Representatives of Mercosur,
        Ambassador X of Uruguay and ...", "The director of Cargill, Ambassador X and farm leaders met")."""
        span = persons.span_at(start)
        if span is None or span[1] >= len(doc):
            return False
        close = span[1]
        of_country = doc[close].lower_ == "of"
        if of_country:  # "the Chair of the General Council, Ambassador Henrik Solberg of Norway,":
            close = next((k for k in range(close + 2, min(len(doc), close + 5))  # the diplomat's country, then the comma
                          if self.lex.country_of(doc[close + 1:k].text) and k < len(doc) and doc[k].text == ","), close)
            if close + 1 < len(doc) and doc[close + 1].lower_ in ("and", "or"):
                return False  # ("the director of Cargill, Ambassador X of Canada, and farm leaders": a list)
        if doc[close].text != ",":
            return False
        left = self._post_before_body(doc, self._collect_left(doc, rank - 1, persons, orgs), persons, orgs)
        if of_country and any(k == TokenKind.COUNTRY for _, k in left):
            return False  # ("After the Prime Minister of Japan, Ambassador X of Chile, spoke": another country's post)
        heads = [doc[j] for j, k in left if k == TokenKind.HEAD]
        # (a post at a body, or of a country: "the Deputy United States Trade Representative, Ambassador X,")
        return bool(heads) and any(k in (TokenKind.ORG, TokenKind.COUNTRY) for _, k in left) \
            and not any(self.lex.heads.get(h.lower_) is None or h.lower_.endswith("s") for h in heads)

    def _post_before_body(self, doc: Doc, left: list[tuple[int, TokenKind]], persons: PersonIndex,
                          orgs: OrgIndex) -> list[tuple[int, TokenKind]]:
        """"The Principal Secretary, State Department for Trade, Amb. X": where the words before a name are a body
        alone, set off by a comma from a post closing on its head before it, the post and the body (else ``left``
        as it is; not "The director of the Policy, Planning and Research Division")."""
        if not (left and all(k == TokenKind.ORG for _, k in left) and left[0][0] >= 3 and doc[left[0][0] - 1].text == ","):
            return left
        more = self._collect_left(doc, left[0][0] - 1, persons, orgs)
        if more and more[-1][1] == TokenKind.HEAD and not any(k == TokenKind.ORG for _, k in more):
            return more + [(left[0][0] - 1, TokenKind.CONN)] + left
        return left

    def _plural_head(self, tok) -> bool:
        """Is ``tok`` a head's plural ("officials", "representatives"): a post of several people, no one's alone?"""
        spec = self.lex.heads.get(tok.lower_)
        return spec is not None and spec.is_plural

    def _group_and_country(self, text: str) -> bool:
        """A member's political group and country in brackets: "EPP, PL", "S&D, Sweden", "Renew Europe,
        Netherlands"."""
        m = _GROUP_AND_COUNTRY.fullmatch(text)
        return bool(m) and (len(m.group(2)) == 2 and m.group(2).isupper() or bool(self.lex.country_of(m.group(2))))

    def named_after_comma(self, doc: Doc, comma: int, persons: PersonIndex):
        """The person named right after the comma at token ``comma``, past an honorific ("..., Bw Moses
        Mugisha", "..., Mr. Weiming Zhou"); None when no name follows."""
        k = comma + 1
        while k + 1 < len(doc) and (doc[k].lower_.rstrip(".") in self.honorifics or doc[k].text == "."
                                    or doc[k].text in self.lex.initial_honorifics):
            k += 1
        return persons.at(k) if k < len(doc) else None

    def _honorific_before(self, doc: Doc, end: int) -> int:
        """How many tokens of honorific end just before token ``end`` ("Dr", "Tan Sri"); 0 when none (a title
        head such as "President" counts as a title there, not as an honorific)."""
        if end >= 2 and (doc[end - 2].lower_, doc[end - 1].lower_.rstrip(".")) in self.honorific_pairs:
            return 2
        if end >= 2 and doc[end - 2].lower_ == "the" and doc[end - 1].lower_.rstrip(".") in _STYLES:
            return 2  # "Minister for Resources, the Hon Tom Kelleher MP": a minister's style, with its article
        if end >= 2 and doc[end - 1].text in ("'", "\u2019") and doc[end - 2].lower_ in self.honorifics:
            return 2  # "Dato' Rosli Hamdan"
        if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(" \
                and doc[end - 2].text.lower().rstrip(".") in self.honorifics:
            return 3  # "Dr. (Mrs.) Chandrika Herath": a second honorific in brackets
        word = doc[end - 1]
        if word.text in self.lex.initial_honorifics and end < len(doc) and doc[end].is_title:
            return 1  # "its president, M. Youssef El Ouazzani": the French "Monsieur" the name was cut from
        if word.text in self.lex.cued_honorifics and word.text in honorifics_written(self.lex, doc):
            return 1  # "and Ato Tesfaye Alemu" in a story that writes Ethiopia's honorific
        return 1 if word.text.lower().rstrip(".") in self.honorifics and word.lower_ not in self.lex.heads else 0

    def _collect_left(self, doc: Doc, start: int, persons: PersonIndex, orgs: OrgIndex) -> list[tuple[int, TokenKind]]:
        i = start - 1
        while i >= 0 and (n := self._honorific_before(doc, i + 1)):
            i -= n
        phrase: list[tuple[int, TokenKind]] = []
        if i >= 1 and doc[i].lower_ in ("and", "&") and doc[i - 1].text == ",":
            return phrase  # "X, Zambia's Minister of Commerce, Trade and Industry, and Ato Y": the post before ", and"
            # is the person's named before it
        if i >= 1 and doc[i].text == "." and doc[i - 1].lower_ in self.lex.heads and doc[i - 1].is_title \
                and len(doc[i - 1].text) <= 4:
            i -= 1  # "Reps. A and B": the tokenizer kept the abbreviation's dot apart (not "Thank you, Deputy
            # Minister. Annelie Botha, Business Day.": a sentence ends)
        if i >= 3 and doc[i].lower_ in self.lex.context_nouns and doc[i - 1].lower_ in _DEMONSTRATIVE \
                and doc[i - 2].lower_ in ("of", "at", "for"):
            # "The Permanent Secretary of the ministry, Mrs. X": the body the story named
            phrase = [(i - 2, TokenKind.CONN), (i - 1, TokenKind.OTHER), (i, TokenKind.OTHER)]
            i -= 3
        while i >= 0:
            if "\n" in doc[i].text or doc[i].text in ("|", "\u2022"):
                break  # (a bar or a bullet parts the items of a line: "Jane Doe, Partner | John Roe, Counsel")
            if phrase and doc[phrase[0][0]].lower_ in ("and", "&") and (doc[i].text == ")" or orgs.at(i) is not None):
                break  # "Tsukamoto of Japan's Ministry of X (METI) and Minister for Trade Baek": a body ends the last clause
            if not phrase and doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(" and doc[i - 1].is_upper \
                    and doc[i - 3].is_title and doc[i - 3].lower_ in self.lex.heads \
                    and name_initials(doc, i - 2 - len(doc[i - 1].text), i - 2).upper() == doc[i - 1].text \
                    and not any(orgs.at(k) is not None for k in range(i - 2 - len(doc[i - 1].text), i - 2)):
                i -= 3  # "Cabinet Secretary (CS) Dr. X": the title's own short form between it and the name
                continue
            if doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(" and orgs.at(i - 3) is not None \
                    and (doc[i - 1].is_upper or short_form_at(doc, i - 1) or orgs.at(i - 1) is orgs.at(i - 3)
                         # ("Korea Agro-Fisheries & Food Trade Corporation (aT) President": a short form in mixed case)
                         or doc[i - 1].is_alpha and len(doc[i - 1].text) <= 5
                         and any(c.isupper() for c in doc[i - 1].text[1:])):
                i -= 3  # "Federation of Malaysian Manufacturers (FMM) president": the body's short form
                continue
            if doc[i].text == ")" and phrase and (opening := next((k for k in range(i - 1, max(0, i - 8), -1)
                                                                   if doc[k].text == "("), None)) is not None \
                    and opening >= 1 and in_another_script(doc[opening + 1:i].text) and orgs.at(opening - 1) is not None:
                i = opening - 1  # "International Trade Administration (國際貿易署) Deputy Director-General": the body's
                continue  # name in the paper's script, between the body and the title
            if doc[i].text == ")" and (opening := _bracket_of_names(doc, i, orgs)) is not None \
                    and opening >= 1 and orgs.at(opening - 1) is not None:
                i = opening - 1  # "the Secretaría de Economía (SE, Ministry of Economy)": short form and translation
                continue
            if not phrase and doc[i].text == ")" and i >= 4 and doc[i - 2].text == "(" and doc[i - 1].is_upper \
                    and doc[i - 1].is_alpha and 2 <= len(doc[i - 1].text) <= 6 and doc[i - 3].is_title \
                    and (doc[i - 3].lower_ in self.lex.domain_words or doc[i - 3].lower_ in self.lex.portfolio_words) \
                    and any(doc[k].lower_ in self.lex.heads for k in range(max(0, i - 12), i - 3)):
                i -= 3  # "Minister of Energy and Mineral Resources (ESDM) Rizal Hartono Siregar": the ministry's short
                continue  # form in the paper's language, between the title and the name
            if doc[i].text == ")" and i >= 4 and doc[i - 3].text == "(" and doc[i - 2].is_upper \
                    and doc[i - 1].is_title and orgs.at(i - 4) is not None:
                i -= 4  # "Engineering Export Promotion Council (EEPC India) Chairman": a short form and its country
                continue
            if doc[i].text == ")" and (opening := next((k for k in range(i - 1, max(0, i - 8), -1)
                                                        if doc[k].text == "("), None)) is not None and opening >= 1 \
                    and i - opening >= 2 and (doc[opening + 1].is_title or (
                        # "the authority's director-general (direktør), Mette Holm": one word of the paper's language
                        i - opening == 2 and doc[opening - 1].lower_ in self.lex.heads) or (
                        # "the Economic Committee of the Chamber of Deputies (hospodářský výbor), JUDr. Petr Novák":
                        # a few words in lower case, written with the paper's own letters
                        i - opening <= 5 and all(t.is_lower for t in doc[opening + 1:i])
                        and any(not t.text.isascii() for t in doc[opening + 1:i])) or (
                        # "Minister for Foreign Trade and Development (ulkomaankauppa- ja kehitysministeri) X": a
                        # title's own-language words, none of them English, a hyphen joining two
                        i - opening <= 6 and all(t.is_lower and not t.is_stop or t.text == "-" for t in doc[opening + 1:i])
                        and any("-" in t.text for t in doc[opening + 1:i]))) \
                    and all(t.text.strip("-").isalpha() and (t.is_title or t.is_lower or t.is_upper) or t.text == "-"
                            for t in doc[opening + 1:i]) \
                    and not any(t.lower_ in self.lex.heads for t in doc[opening + 1:i]) \
                    and (orgs.at(opening - 1) is not None or doc[opening - 1].lower_ in self.lex.domain_words
                         or doc[opening - 1].lower_ in self.lex.portfolio_words
                         or doc[opening - 1].lower_ in self.lex.heads):  # "Principal Secretary (Katibu Mkuu) in ..."
                # "Director General of Foreign Trade (Dirjen Perdagangan Luar Negeri) of the Ministry of Trade
                # (Kementerian Perdagangan), Sri Wahyuni Hartono", "Director General of Trade (Direction générale du
                # Commerce) at the Ministry ...": the title and body in the paper's own language; a body found there
                # is the unit the title heads
                glossed = orgs.at(opening + 1)
                if glossed is not None and self.lex.looks_like_org(glossed.name) \
                        and all(orgs.at(k) is glossed for k in range(opening + 1, i)):
                    phrase[0:0] = [(k, TokenKind.ORG) for k in range(opening + 1, i)]
                i = opening - 1
                continue
            found = self.tokens.run(doc, i, persons, orgs)
            if found is None:
                break
            kind, start_at, _ = found
            phrase[0:0] = [(j, kind) for j in range(start_at, i + 1)]
            i = start_at - 1
        if phrase and phrase[0][1] == TokenKind.POSS and phrase[0][0] >= 1 \
                and doc[phrase[0][0] - 1].lower_ in self.lex.context_nouns:
            phrase.insert(0, (phrase[0][0] - 1, TokenKind.OTHER))  # "the committee's chair": the body it points at
            return phrase
        while phrase and (phrase[0][1] in (TokenKind.CONN, TokenKind.POSS) or doc[phrase[0][0]].lower_ in ("and",)):
            phrase.pop(0)
        return phrase

    def phrase_after(self, doc: Doc, end: int, persons: PersonIndex, orgs: OrgIndex) -> list[list[tuple[int, TokenKind]]]:
        """The title phrases of an appositive after a name (", a vice minister of
        commerce and China's international trade representative,"): one per title."""
        if end + 1 < len(doc) and doc[end].text in self.lex.trailing_honorifics:
            end += 1  # "Marchetti Hanım, who is deputy director-general at ..."
        while end + 1 < len(doc) and doc[end].text in self.lex.post_nominals:
            end += 1  # "Alasdair Reid MP, Minister of State for Trade Policy": the letters after the name
        if end + 2 < len(doc) and doc[end].lower_ == "of":
            party = orgs.at(end + 1 + (doc[end + 1].lower_ == "the"))
            if party is not None and party.kind == "party":
                close = end + 1 + (doc[end + 1].lower_ == "the")
                while close < len(doc) and orgs.at(close) is party:
                    close += 1
                if close < len(doc) and doc[close].text == ",":
                    end = close  # "MP Ewa Nowak of the Civic Coalition, chair of ...": her party, then her post
        if end >= len(doc) or doc[end].text not in (",", "\u2013", "\u2014", "("):
            return []
        if doc[end].text == "(":  # "Daniel Whitcombe (대니얼 휫컴), Deputy ...": the name in another script first
            close = next((k for k in range(end + 1, min(len(doc), end + 8)) if doc[k].text == ")"), None)
            if close is not None and close + 1 < len(doc) and doc[close + 1].text == "," \
                    and (in_another_script(doc[end + 1:close].text)
                         or PARTY_TAG.fullmatch(doc[end + 1:close].text.replace(" ", ""))
                         # a member's political group and country: "Jan Kowal (EPP, PL), the rapporteur"
                         or self._group_and_country(doc[end + 1:close].text)
                         or close == end + 2 and doc[end + 1].text.isupper() and doc[end + 1].lower_ in self.lex.heads
                         # or the member's party by name: "Senator Rodrigo Alarcón (Renovación Nacional), a former ..."
                         # or "Friederike Dammann (SPD), Parliamentary State Secretary at ...": a short form
                         or close - end <= 4 and persons.at(end - 1) is not None
                         and all((t.is_title or t.is_upper) and t.is_alpha for t in doc[end + 1:close])):
                end = close + 1  # (or a senator's party and state: "Sen. Laura Beck (D-Ore.), the panel's ...", or a
                # member's letters: "Hon. Salma J. Mwakalinga (MP), Deputy Minister of Agriculture")
        else:
            end = _past_party_tag(doc, end)  # "Sen. Alan Voss, D-Ore., a member of the Senate Banking Committee"
            if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 1].is_digit \
                    and len(doc[end + 1].text) <= 2 and doc[end + 2].text == ",":
                end += 2  # "Aiko Fujimura, 58, president of Mitsubishi Corporation": the age, then the post
        held = self._holding_phrase(doc, end + 1, persons, orgs) or self._glossed_title(doc, end + 1, persons, orgs)
        if held:
            return [held]
        lead, i = self._lead(doc, end + 1)
        collected, i = self._collect_right(doc, i, persons, orgs)
        if len(collected) == 1 and doc[collected[0][0]].lower_ == "ambassador" and i + 1 < len(doc) and doc[i].text == ",":
            post, k = self._collect_right(doc, i + 1, persons, orgs)
            if any(kind == TokenKind.HEAD for _, kind in post):
                collected, i = post, k  # "Ms X, Ambassador, Head of the Delegation of the EU to ...": the rank, then the post
        collected, i = self._portfolio(doc, collected, i, persons, orgs)
        opened = next((n for n, (j, kind) in enumerate(collected) if kind == TokenKind.CONN and doc[j].lower_ == "in"
                       and n >= 1 and collected[n - 1][1] == TokenKind.HEAD), None)
        if opened is not None and i + 2 < len(doc) and doc[i].lower_ in PRACTICE_WORDS \
                and doc[i + 1].lower_ in ("of", "at") \
                and orgs.at(i + 2 + (doc[i + 2].lower_ == "the")) is not None:
            # "a partner in the international trade practice of X": the practice is where the post sits in the firm,
            # the firm its body
            more, k = self._collect_right(doc, i + 1, persons, orgs)
            collected = collected[:opened] + [(j, TokenKind.CONN) for j, _ in collected[opened:]] \
                + [(i, TokenKind.CONN)] + more
            i = k
        if end + 1 < len(doc) and doc[end + 1].lower_ == "and" and i + 1 < len(doc) and doc[i].text == ",":
            k = i + 1
            while k < len(doc) and k - i <= 6 and persons.at(k) is None and doc[k].text not in (",", ".", ";"):
                k += 1
            if k < len(doc) and persons.at(k) is not None and any(t.is_lower and t.is_alpha for t in doc[i + 1:k]):
                return []  # "the secretary of foreign trade, X, and the Commission's chief negotiator, the Dutch
                # official Y,": the post after "and" is the next person's, described before the name (a name right
                # after the comma, or after an honorific, takes the post as ``named_after_comma`` reads it)
        at = collected[-1][0] if collected and doc[collected[-1][0]].lower_ == "in" else i
        office = self._office_after(doc, at) if collected else None
        if office is not None and office + 1 < len(doc) and doc[office].lower_ == "and":
            collected = [c for c in collected if c[0] < at]
            # "senior counsel in our Washington office and a former deputy assistant secretary at ...": where the
            # first post is held, then a second post
            lead2, k = self._lead(doc, office + 1)
            more, k = self._collect_right(doc, k, persons, orgs)
            if any(kind == TokenKind.HEAD for _, kind in more):
                collected = collected + [(office, TokenKind.CONN)] + list(lead2) + more
                i = k
        if collected and i < len(doc) and doc[i].lower_ == "until" and any(kind == TokenKind.HEAD for _, kind in collected):
            # "who was general counsel at USTR until last year and is now a partner at X": past the time the first
            # post ended, to the second
            k = i + 1
            while k < len(doc) and k - i <= 3 and (doc[k].is_alpha or doc[k].like_num) and doc[k].lower_ != "and":
                k += 1
            m = k + 1
            while m < len(doc) and doc[m].lower_ in ("is", "now", "currently"):
                m += 1
            if k < len(doc) and doc[k].lower_ == "and" and m > k + 1 and m < len(doc) and doc[m].lower_ in ("a", "an"):
                i = k
        if collected and i + 2 < len(doc) and doc[i].lower_ == "and" \
                and (doc[i + 1].lower_ in ("a", "an", *_NOW_WORDS) or doc[i - 1].lower_ != "and" and any(
                    doc[j].lower_ == "until" for j in range(max(0, i - 4), i))) \
                and any(kind == TokenKind.HEAD for _, kind in collected):
            # "a Keidanren vice chair and a senior adviser at Mitsubishi Electric": a second post (or the one held now:
            # "a former deputy trade minister and now head of trade research at X")
            lead2, k = self._lead(doc, i + 1)
            more, k = self._collect_right(doc, k, persons, orgs)
            more, k = self._portfolio(doc, more, k, persons, orgs)
            if any(kind == TokenKind.HEAD for _, kind in more):
                collected = collected + [(i, TokenKind.CONN)] + list(lead2) + more
                i = k
        if i < len(doc) and persons.at(i) is not None:
            # "X, Zambia's Minister of Commerce, Trade and Industry, and Ato Y": the post ends before ", and" and the
            # next person (and the honorific before the name)
            k = len(collected)
            while k and (doc[collected[k - 1][0]].lower_ in ("and", "&", ",")
                         or self._honorific_before(doc, collected[k - 1][0] + 1)):
                k -= 1
            if k < len(collected) and any(doc[collected[m][0]].lower_ == "and" for m in range(k, len(collected))) \
                    and doc[collected[k][0]].text == "," and any(kind == TokenKind.HEAD for _, kind in collected[:k]):
                collected, i = collected[:k], collected[k][0]
        phrase: list[tuple[int, TokenKind]] = list(lead) + collected
        if i < len(doc) and persons.at(i) is not None:
            return []  # "Lutnick, Treasury Secretary Scott Bessent": the title is the next person's
        if i < len(doc) and doc[end + 1].lower_ == "the" and doc[i].pos_ in ("VERB", "AUX") \
                and doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") and _object_name(doc, end):
            return []  # "after talks with a delegation led by Mr. Brian Holloway, the CS said": the title opens the
            # main clause, its holder someone the story named before (not "..., Jane Kim, the chief executive said":
            # a subject's post, the comma after it left out)
        first_head = next((k for k, kind in collected if kind == TokenKind.HEAD), None)
        if first_head is not None and doc[first_head].is_lower and self._plural_head(doc[first_head]) \
                and not any(t.lower_ in ("one", "among") for t in doc[end + 1:first_head]):
            return []  # "heard Dr. Ewa Lis, and representatives of farmers": others, not her post (not "X, one of
            # the bank's directors", whose lead words say so)
        if i < len(doc) and doc[i].text == "," and doc[end + 1].lower_ == "the" \
                and any(kind == TokenKind.HEAD and doc[k].is_title for k, kind in collected) \
                and self.named_after_comma(doc, i, persons) is not None:
            return []  # "heard Deputy Minister X, the Chief Inspector of the Service, Dr. Ewa Lis, and ...": a list,
            # each title before its holder's name
        if end + 1 < len(doc) and doc[end + 1].lower_ in ("and", "or"):
            # "Menon, and the Commission's chief negotiator, Pieter Van Damme", "X, and the Commissioner of Customs
            # of the Uganda Revenue Authority (URA), Bw Moses Mugisha": the title is the next person's
            comma = next((k for k in range(i, min(len(doc), i + 20)) if doc[k].text in (",", ".", ";")), None)
            if comma is not None and doc[comma].text == "," \
                    and self.named_after_comma(doc, comma, persons) is not None:
                return []
        # "chair of that committee", "a spokeswoman for the ministry": keep the
        # reference to a body named earlier
        if phrase and i < len(doc) and doc[i].lower_ in self.lex.context_nouns:
            # (past the members the body is named for: "of the exporters' association")
            last = len(phrase) - 3 if len(phrase) >= 3 and doc[phrase[-1][0]].text in ("'", "\u2019") else len(phrase) - 1
            if phrase[last][1] == TokenKind.CONN and doc[phrase[last][0]].lower_ in _DEMONSTRATIVE:
                phrase[last] = (phrase[last][0], TokenKind.OTHER)
                del phrase[last + 1:]
                phrase.append((i, TokenKind.OTHER))
        elif i + 1 < len(doc) and phrase and phrase[-1][1] == TokenKind.CONN and doc[i].lower_ in _DEMONSTRATIVE \
                and doc[i + 1].lower_ in self.lex.context_nouns:
            phrase.append((i, TokenKind.OTHER))
            phrase.append((i + 1, TokenKind.OTHER))
        # "a former U.S. trade negotiator who is now a senior fellow at X"
        if i + 1 < len(doc) and doc[i].lower_ == "who" and doc[i + 1].lower_ in ("is", "was", "became", "has"):
            rest = self.phrase_after_clause(doc, i + 2, persons, orgs)
            if rest:
                phrase = phrase + [(i, TokenKind.CONN)] + rest
        elif phrase and i + 1 < len(doc) and doc[i].lower_ == "who":
            rest = self._holding_phrase(doc, i, persons, orgs)  # "a former trade minister who now serves as a senior
            if rest:  # adviser to X"
                phrase = phrase + [(i, TokenKind.CONN)] + rest
        while phrase and phrase[-1][1] in (TokenKind.CONN, TokenKind.POSS):
            phrase.pop()
        # one appositive can hold several titles joined by "and" (or "who is")
        parts: list[list[tuple[int, TokenKind]]] = [[]]
        for n, item in enumerate(phrase):
            low = doc[item[0]].lower_
            if low in ("and", "who") and item[1] != TokenKind.PORTFOLIO and any(k == TokenKind.HEAD for _, k in parts[-1]):
                if low == "and" and (self._joins_domains(doc, parts[-1], phrase, item)
                                     or self._one_firm_post(doc, parts[-1], phrase[n + 1:])
                                     or area_at(self.lex, doc, item[0])
                                     # ("for negotiations and strategic dialogue at the GCC Secretariat General": no
                                     # second title follows, the area goes on to the body)
                                     or not any(k == TokenKind.HEAD for _, k in phrase[n + 1:])
                                     and any(k == TokenKind.ORG for _, k in phrase[n + 1:])
                                     # ("Ambassador Extraordinary and Plenipotentiary of the Republic of Korea": a
                                     # second word of rank, no head after it)
                                     or n + 1 < len(phrase) and phrase[n + 1][1] == TokenKind.MOD
                                     and doc[phrase[n + 1][0]].is_title
                                     and not any(k == TokenKind.HEAD for _, k in phrase[n + 1:])):
                    parts[-1].append(item)  # "minister of industry and trade", "for Asia and Latin America": one title
                else:
                    parts.append([])
            else:
                parts[-1].append(item)
        parts = [p for p in parts if any(k == TokenKind.HEAD for _, k in p)]
        if parts and header_entry_at(doc, end - 1):
            parts += self._former_post_in_entry(doc, i, persons, orgs)
        first_head = next((n for n, (_, k) in enumerate(parts[0]) if k == TokenKind.HEAD), 0) if parts else 0
        owner = parts[0][:first_head] if parts else []
        if any(k == TokenKind.POSS for _, k in owner) or any(doc[i].lower_ in ("its", "their") for i, _ in owner):
            # "the group's president and chief executive", "its chairman and CEO": the owner before the first title
            # is the later ones' too, when they name no body of their own
            # (not "Toyota's chairman and a former trade minister": another noun phrase, another post)
            parts = [parts[0]] + [owner + p if not any(k in (TokenKind.ORG, TokenKind.POSS) for _, k in p)
                                  and doc[p[0][0]].lower_ not in ("a", "an", "the")
                                  and not any(k == TokenKind.HEAD and (spec := self.lex.heads.get(doc[i].lower_))
                                              is not None and spec.government for i, k in p) else p
                                  for p in parts[1:]]
        return parts

    def _former_post_in_entry(self, doc: Doc, i: int, persons: PersonIndex,
                              orgs: OrgIndex) -> list[list[tuple[int, TokenKind]]]:
        """"Jane Doe, Partner, Covington & Burling LLP; former Assistant Secretary of Commerce": on a panel's or
        witness list's line, a post held before, after a semicolon past the first post and its body (the title's
        phrase from "former" on, as after "and a former" in prose); else nothing."""
        k = i
        while k < len(doc) and k - i < 25 and doc[k].text != ";" and "\n" not in doc[k].text:
            k += 1
        if k + 2 >= len(doc) or doc[k].text != ";" or doc[k + 1].lower_ not in self.lex.not_current:
            return []
        lead, m = self._lead(doc, k + 1)
        more, _ = self._collect_right(doc, m, persons, orgs)
        return [list(lead) + more] if any(kind == TokenKind.HEAD for _, kind in more) else []

    def _one_firm_post(self, doc: Doc, part: list[tuple[int, TokenKind]], rest: list[tuple[int, TokenKind]]) -> bool:
        """"president and chief executive", "President and CEO": two heads of a firm's top post joined by "and"
        (``joint_post_firsts``, ``joint_post_seconds``), no article between, are one post as firms and their
        annotators write it."""
        before = [i for i, k in part if k == TokenKind.HEAD]
        run = []  # the second title's words up to anything else ("chief executive")
        for i, k in rest:
            if k not in (TokenKind.HEAD, TokenKind.MOD):
                break
            run.append(i)
        if not before or not run or before[-1] != part[-1][0] or doc[rest[0][0]].lower_ in ("a", "an", "the", "former"):
            return False  # (not "the president of Acme and chief executive of Zeta": a body after the first)
        return doc[before[-1]].lower_ in self.lex.joint_post_firsts \
            and doc[run[-1]].lower_.split("-")[-1] in self.lex.joint_post_seconds

    def _joins_domains(self, doc: Doc, part: list[tuple[int, TokenKind]], phrase: list[tuple[int, TokenKind]],
                       joiner: tuple[int, TokenKind]) -> bool:
        """Does this "and" join two policy domains of one title ("minister of
        industry and trade") rather than two titles?"""
        last = doc[part[-1][0]].lower_ if part else ""
        if last not in self.lex.domain_words and not (last in self.lex.portfolio_words and len(part) >= 3):
            return False  # ("Minister of Foreign Affairs and Trade": a domain after a portfolio's last word too)
        after = [item for item in phrase if item[0] > joiner[0]]
        rest = []
        for item in after:
            if doc[item[0]].lower_ == "and" or item[1] not in (TokenKind.MOD, TokenKind.OTHER):
                break
            rest.append(item)
        following = after[len(rest)] if len(rest) < len(after) else None
        domains = bool(rest) and (all(doc[i].lower_ in self.lex.domain_words for i, _ in rest) or (
            # "director for trade and international affairs": portfolio words closing the area
            doc[rest[-1][0]].lower_ in self.lex.portfolio_words and all(
                doc[i].lower_ in self.lex.domain_words or doc[i].lower_ in self.lex.portfolio_words
                or doc[i].lower_ in self.lex.modifiers for i, _ in rest)) or (
            # "Minister of Investment and Downstream Industry": capitalized words closing on a domain
            len(rest) <= 3 and all(doc[i].is_title for i, _ in rest) and doc[rest[-1][0]].lower_ in self.lex.domain_words
            and doc[part[-1][0]].is_title) or (
            # "Head of the Trade and Economic Section": the unit the portfolios name
            len(rest) <= 3 and all(doc[i].is_title for i, _ in rest) and doc[rest[-1][0]].lower_ in self.lex.unit_words
            and all(doc[i].lower_ in self.lex.domain_words or doc[i].lower_ in self.lex.portfolio_words
                    for i, _ in rest[:-1])))
        return domains and (following is None or following[1] != TokenKind.HEAD)  # "and trade representative" is a second title

    def verb_roles(self, doc: Doc, end: int, persons: PersonIndex, orgs: OrgIndex) -> list[ParsedTitle]:
        """Posts stated by a verb in a relative clause: "Lange, the German
        Social Democrat who chairs the European Parliament's trade
        committee", "Nguyen Thi Lan, who heads the trade ministry's origin
        department" (the organization must follow the verb)."""
        end = from_country_after(self.lex, doc, end) or end  # "Ambassador Einar Solvik of Norway, who chairs ..."
        if end < len(doc) and doc[end].text == "(":
            close = next((k for k in range(end + 1, min(len(doc), end + 8)) if doc[k].text == ")"), None)
            end = close + 1 if close is not None else end  # "Sen. Mark Ellison (R-Kan.), who chairs ...": party, state
        else:
            end = _past_party_tag(doc, end)  # "Rep. Denise Holloway, R-Texas, who sits on ..."
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
        word = doc[k].lower_ if k < len(doc) else ""
        if k + 2 < len(doc) and doc[k + 1].text == "-" and f"{word}-{doc[k + 2].lower_}" in self.lex.post_verbs:
            word = f"{word}-{doc[k + 2].lower_}"  # "who co-chairs the committee", split at its hyphen
            k += 2
        if word not in self.lex.post_verbs:
            return []
        verb = self.lex.post_verbs[word]
        title, current = verb.title, verb.current
        current = current and not earlier
        if verb.particle:
            if k + 1 >= len(doc) or doc[k + 1].lower_ != verb.particle:
                return []
            k += 1
        j = k + 1
        article = j < len(doc) and doc[j].lower_ == "the"
        if article:
            j += 1
        if article and j + 1 < len(doc) and doc[j].is_lower and doc[j].lower_ in self.lex.context_nouns \
                and (unit := self._unit_after_possessive(doc, j + 1)):
            # "who chairs the chamber's automotive working group": a unit of the body the story named before
            title = f"{title} of the {unit}"
            return [ParsedTitle(title, title.split(), title.split()[0], None, doc[j].lower_, None, current, False)]
        if article and j + 1 < len(doc) and doc[j].is_lower and self.lex.context_nouns.get(doc[j].lower_) == "committee" \
                and (doc[j + 1].is_punct or doc[j + 1].lower_ in ("and", "since", "until")):
            # "Marla Fontenot, the Louisiana Republican who chairs the subcommittee,": the panel the story named
            return [ParsedTitle(title, title.split(), title.split()[0], None, doc[j].lower_, None, current, False)]
        area = []
        # "who heads operations at Meridian Bulk Carriers": the area, then the body
        while j < len(doc) and len(area) < 6 and (
                doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "ADP")
                and (doc[j].pos_ != "ADP" or j + 1 < len(doc) and doc[j + 1].text == "-"
                     # "who directs trade in goods at the AfCFTA Secretariat": a trade in something
                     or doc[j].lower_ == "in" and area and j + 1 < len(doc) and doc[j + 1].is_lower
                     and doc[j + 1].pos_ == "NOUN" and not self.lex.area_opener_at(doc, j))  # (not "in charge of")
                or doc[j].text == "-" and area and not doc[j].whitespace_ and not doc[j - 1].whitespace_
                # a region or country naming the area ("who heads the Europe marketing division at POSCO")
                or doc[j].is_title and j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].is_alpha
                and (doc[j].lower_ in self.lex.portfolio_words or self.lex.country_of(doc[j].text))) \
                and orgs.at(j) is None:
            area.append(doc[j].text)  # ("who heads the rules-of-origin unit at ...": a hyphenated word in it)
            j += 1
        if area and j < len(doc) and orgs.at(j) is not None:
            if not article:
                return []
            area = []  # "leads the ruling Morena party": words describing the body, not an area
        elif area:
            unit = article and (area[-1].lower() in self.lex.unit_words
                                or " ".join(area[-2:]).lower() in self.lex.unit_words
                                # "who chairs the mining committee of the Argentine Senate": a body's committee
                                or self.lex.kind_of(area[-1]) == "committee"
                                or area == ["board"])  # ("who now chairs the board of the X Institute")
            remit = self.lex.area_opener_at(doc, j) if unit else 0
            if remit:  # "who heads the unit in charge of CBAM implementation at the Commission's ...": its remit
                k = j + remit
                while k < len(doc) and k - j < 10 and doc[k].lower_ not in ("at", ",", ".") and not doc[k].is_punct:
                    k += 1
                if k < len(doc) and doc[k].lower_ == "at":
                    area.extend(t.text for t in doc[j:k])
                    j = k
            if article and not unit or j >= len(doc) or doc[j].lower_ not in ("at", "for", "of", "in"):
                return []  # (but "who heads the rules-of-origin unit at the Commission's ...": a unit of the body)
            if unit:
                area = ["the", *area]
            j += 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
        if j + 3 < len(doc) and doc[j].is_title and doc[j + 1].text == "-" and doc[j + 2].lower_ in _SITS_WORDS \
                and not doc[j].whitespace_ and orgs.at(j + 3) is not None:
            j += 3  # "who chairs the board of the Istanbul-based Bosphorus Trade Policy Institute": where it sits
        code, _, country_end = self.tokens.country_entity(doc, j) if j < len(doc) else (None, 0, 0)
        if code and country_end + 1 < len(doc) and doc[country_end].text in POSSESSIVES and orgs.at(country_end + 1):
            j = country_end + 1  # "who leads import policy at Türkiye's Ministry of Trade"
        j = self._past_owners_possessive(doc, j, orgs)  # "who chairs Parliament's Committee on International Trade"
        entity = orgs.at(j) if j < len(doc) else None
        if entity is None:
            return []
        end_of = next((m.end for m in entity.mentions if m.start <= j < m.end), j + 1)
        unit = self._unit_after_possessive(doc, end_of)
        if unit:
            # "who heads the Commission's CBAM unit": the unit of the body named, its area in any case
            title, area = f"{title} of the {unit}", []
        elif end_of + 1 < len(doc) and doc[end_of].text in POSSESSIVES and orgs.at(end_of + 1) is not None:
            entity = orgs.at(end_of + 1)  # "who chairs the WTO's Negotiating Group on Rules": the part named
        elif end_of + 1 < len(doc) and doc[end_of].text in POSSESSIVES:
            words = []
            m = end_of + 1
            while m < len(doc) and len(words) < 4 and doc[m].is_lower and doc[m].is_alpha:
                words.append(doc[m].lower_)
                m += 1
            if words and not any(w in self.lex.context_nouns or self.lex.is_org_head(w) or w in self.lex.unit_words
                                 or w == "service" for w in words):
                return []  # "who leads the Commission's work on trade defence": a task, no post (not "its trade
                # committee", "its legal service")
        if area:
            title = f"{verb.area_title or title} of {' '.join(area)}".replace(" - ", "-")
        elif verb.particle == "on":
            after = doc[end_of] if end_of < len(doc) else None
            if _fits_seat(entity) and (after is None or after.is_punct and after.text not in ("-", "\u2013")
                                       or after.lower_ in ("and", "since", "until", "as", "for", "which", "where")):
                title = f"{title} of the {doc[j:end_of].text}"  # "who sits on the Senate Banking Committee"
            else:
                return []  # ("who sits on Acme's board": no body's seat named)
        return [ParsedTitle(title, title.split(), title.split()[0], entity, None, entity.country, current, False)]

    def _unit_after_possessive(self, doc: Doc, end: int) -> str | None:
        """"the Commission's CBAM unit", "the ministry's trade defence directorate": the words after a body's
        possessive (``end``), through a unit's word, as written; None when no unit follows."""
        if end + 1 >= len(doc) or doc[end].text not in POSSESSIVES:
            return None
        m = end + 1
        while m < len(doc) and m - end <= 4 and doc[m].is_alpha and not doc[m].ent_type_ == "PERSON":
            if doc[m].lower_ in self.lex.unit_words or m > end + 1 and doc[m - 1:m + 1].text.lower() in self.lex.unit_words:
                return doc[end + 1:m + 1].text if m > end + 1 else None
            m += 1
        return None

    def _portfolio(self, doc: Doc, collected: list[tuple[int, TokenKind]], i: int, persons: PersonIndex,
                   orgs: OrgIndex) -> tuple[list[tuple[int, TokenKind]], int]:
        """Take in the area a post covers when an organization follows: "head
        of supply chain policy at the German Association of the Automotive
        Industry" (the words between "of" and "at" belong to the title)."""
        while collected and doc[collected[-1][0]].lower_ == "and" and i < len(doc) and doc[i].is_lower:
            collected, i = collected[:-1], collected[-1][0]  # "director of trade policy and programs at CBP's ..."
        if len(collected) >= 3 and doc[collected[-1][0]].lower_ == "in" and i < len(doc) and doc[i].is_lower \
                and doc[i].pos_ == "NOUN" and doc[collected[-2][0]].is_lower \
                and doc[collected[-3][0]].lower_ in _AREA_PREPOSITIONS:
            # "director of trade in goods at the AfCFTA Secretariat": the area runs on through "in" to the body
            more, end = self._portfolio(doc, collected[:-2], collected[-2][0], persons, orgs)
            return (more, end) if len(more) > len(collected) - 2 else (collected, i)
        untrimmed = (collected, i)  # (what to give back when no body follows the area read apart below)
        tail = len(collected)
        while tail > 0 and len(collected) - tail < 4 and doc[collected[tail - 1][0]].lower_ not in _AREA_PREPOSITIONS and (
                doc[collected[tail - 1][0]].lower_ == "the"
                or collected[tail - 1][1] in (TokenKind.COUNTRY, TokenKind.MOD, TokenKind.OTHER, TokenKind.PORTFOLIO)
                or collected[tail - 1][1] == TokenKind.ORG and i < len(doc) and doc[i].lower_ in self.lex.unit_words):
            tail -= 1  # "head of the Korea desk", "of the Americas policy team": the area's first words, read apart
        if tail < len(collected) and tail > 0 and doc[collected[tail - 1][0]].lower_ in _AREA_PREPOSITIONS \
                and i < len(doc) and doc[i].is_lower:
            collected, i = collected[:tail], collected[tail][0]
        if not collected or collected[-1][1] != TokenKind.CONN or doc[collected[-1][0]].lower_ not in _AREA_PREPOSITIONS \
                or not any(k == TokenKind.HEAD for _, k in collected):
            return collected, i  # ("chief negotiator on wine denominations at Italy's Ministry of ...")
        if doc[collected[-1][0]].lower_ == "on" and i < len(doc) and doc[i].lower_ == "the":
            return collected, i  # ("the minister on the panel at the WTO forum": no area of the post)
        k = i
        if k + 1 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].is_alpha:
            k += 1  # "head of the Americas policy team at SK hynix"
        while k < len(doc) and k - i < 6 and doc[k].is_alpha and not (
                doc[k].lower_ == "and" and k + 1 < len(doc) and doc[k + 1].lower_ in _NOW_WORDS) and (
                # (not past "and" and a post held now: "former deputy minister of economic development and today
                # professor at the Polytechnic of Turin")
                (doc[k].is_lower and (doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k].tag_ == "VBG"))  # "screening"
                or (k > i and doc[k].lower_ == "and")
                # an area that is a trade in something ("director of trade in goods at the AfCFTA Secretariat")
                or (k > i and doc[k].lower_ == "in" and k + 1 < len(doc) and doc[k + 1].is_lower
                    and doc[k + 1].pos_ == "NOUN")
                # a region or country naming the area ("the Americas policy team", "the Korea desk")
                or (doc[k].is_title and k + 1 < len(doc) and doc[k + 1].is_lower and orgs.at(k) is None
                    and (doc[k].lower_ in self.lex.portfolio_words or self.lex.country_of(doc[k].text)))
                # a body naming the unit's area ("head of the Mercosur unit at DG Trade"), or initials ("the CBAM unit")
                or ((orgs.at(k) is not None or doc[k].is_upper and doc[k].is_alpha) and k + 1 < len(doc)
                    and doc[k + 1].lower_ in self.lex.unit_words)):
            k += 1
        if k == i + 1 and doc[i].lower_ == "the":
            return collected, i
        if k > i and k + 2 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].lower_ in _NOW_WORDS:
            return collected + [(j, TokenKind.PORTFOLIO) for j in range(i, k)], k  # (the area; the post held now next)
        owned = any(kind == TokenKind.POSS for _, kind in collected) and doc[collected[-1][0]].lower_ == "of" \
            and any(kind == TokenKind.ORG for _, kind in collected) and doc[i].lower_ != "the"
        if owned and k > i:
            # "Maersk's head of network for Asia-Europe": the post's body named before it, its area after "of" in
            # lower case (and the region it covers, after "for"), to the end of the clause
            end = k
            if end + 1 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].is_title:
                end += 1
                while end < len(doc) and (doc[end].is_title or doc[end].text == "-" and not doc[end].whitespace_):
                    end += 1
            if end == len(doc) or doc[end].text in (",", ".", ";", ")") or "\n" in doc[end].text:
                return collected + [(j, TokenKind.PORTFOLIO) for j in range(i, end)], end
        area_end = k
        if k > i and k + 2 < len(doc) and doc[k].lower_ in _ATTACHED and doc[k + 1].lower_ == "to":
            k += 1  # "minister delegate for foreign trade attached to the Quai d'Orsay": the body the post sits in
        if k == i or k + 1 >= len(doc) or doc[k - 1].lower_ == "and" or doc[k].lower_ not in ("at", "for", "of") and not (
                doc[k].lower_ == "in" and doc[k - 1].lower_ in self.lex.unit_words) and not (
                doc[k].lower_ == "to" and doc[k - 1].lower_ in _ATTACHED):
            # ("head of unit of the Directorate-General for ...", as translated press writes it; "head of the investment
            # screening unit in the Directorate-General for Trade": a unit in its body; "a former vice minister of
            # commerce who is now ...": the title as read, its clause after it)
            return untrimmed if k < len(doc) and doc[k].lower_ == "who" else (collected, i)
        first = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        code, _, country_end = self.tokens.country_entity(doc, first) if first < len(doc) else (None, 0, 0)
        if code and country_end + 1 < len(doc) and doc[country_end].text in POSSESSIVES:
            first = country_end + 1  # "... logistics policy at South Korea's Ministry of Oceans and Fisheries"
        first = max(past_body_description(doc, first, orgs),  # ("... logistics at Memphis-based merchant X")
                    first + self._description_before_body(doc, first, persons, orgs))
        # (what the body is, as after a post with no area: "director of sourcing at group purchasing organization
        # X", "the board member responsible for polysilicon at the Munich chemical group X")
        if first >= len(doc) or orgs.at(first) is None:
            return collected, i
        more, end = self._collect_right(doc, k, persons, orgs)
        return collected + [(j, TokenKind.PORTFOLIO) for j in range(i, area_end)] \
            + [(j, TokenKind.CONN) for j in range(area_end, k)] + more, end

    @staticmethod
    def _office_after(doc: Doc, i: int) -> int | None:
        """Where "in our Washington office" (an office's place after a title) ends, from token ``i``; else None."""
        if i + 2 >= len(doc) or doc[i].lower_ != "in":
            return None
        k = i + 1
        if doc[k].lower_ in ("our", "its", "their", "the", "his", "her"):
            k += 1
        while k < len(doc) and k - i < 5 and doc[k].is_title:
            k += 1
        return k + 1 if k < len(doc) and doc[k].lower_ in ("office", "offices", "bureau") else None

    def _lead(self, doc: Doc, i: int) -> tuple[list[tuple[int, TokenKind]], int]:
        """The words that open a title phrase after a name ("a former", "the
        company's"): those that matter to the title, and where the title starts."""
        lead: list[tuple[int, TokenKind]] = []
        if i + 2 < len(doc) and doc[i].lower_ == "one" and doc[i + 1].lower_ == "of":
            i += 2  # "one of the WTO's four deputy directors-general": one post of several alike
        while i < len(doc) and doc[i].lower_ in self.lex.lead_words and doc[i].lower_ not in self.lex.heads:
            if doc[i].lower_ in self.lex.not_current:
                lead.append((i, TokenKind.MOD))
            i += 1
        if any(doc[j].lower_ in self.lex.appointment_words for j in range(i - 3, i) if j >= 0):
            lead = [(j, k) for j, k in lead if doc[j].lower_ != "was"]  # "who was recently appointed X": held now
        if i + 1 < len(doc) and doc[i].lower_ in self.lex.context_nouns and doc[i + 1].text in _POSSESSIVES:
            lead += [(i, TokenKind.OTHER), (i + 1, TokenKind.POSS)]  # "X, the company's chief executive"
            i += 2
        elif i + 2 < len(doc) and i >= 1 and doc[i - 1].lower_ == "the" and doc[i].lower_ in ("country", "nation") \
                and doc[i + 1].text in _POSSESSIVES and doc[i + 2].is_lower:
            i += 2  # "Gergely Szabados, the country's state secretary for ...": the story's country, its post after
        return lead, i

    def phrase_of_copula(self, doc: Doc, start: int, end: int, persons: PersonIndex,
                         orgs: OrgIndex) -> list[list[tuple[int, TokenKind]]]:
        """The title a sentence gives its subject with "is"/"was": "Ingrid Solheim
        is a senior fellow at Bruegel", "Okafor was trade minister until 2023".
        Only for a name opening its sentence and a title that follows the verb
        at once (after "a", "the", "now" ...)."""
        opens = doc[start].is_sent_start or (start >= 1 and doc[start - 1].is_sent_start
                                             and doc[start - 1].text.lower().rstrip(".") in self.honorifics) \
            or (start >= 1 and doc[start - 1].text == ":" and start - doc[start].sent.start <= 5)  # "About the author:"
        if not opens or end + 1 >= len(doc):
            return []
        if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].like_num and doc[end + 2].text == ")":
            end += 3  # "Minister Kanzaki (52) is a member of ...": past the holder's age
        if doc[end].text == "," and (close := next((c for c in range(end + 2, min(len(doc) - 1, end + 25))
                                                    if doc[c].text == "," and doc[c + 1].lower_ in ("is", "was")
                                                    and doc[c + 1].pos_ == "AUX"
                                                    and not any(t.is_sent_start or t.text in (";", "\"", "(")
                                                                for t in doc[end + 1:c + 1])), None)) is not None:
            end = close + 1  # "X, a former deputy governor of Norges Bank, is Professor of Economics at ...": an
            # author's note, the post held now after the one held before
        k = end
        while k < len(doc) and doc[k].lower_ in ("also", "now", "currently", "previously", "formerly", "once"):
            k += 1
        for words, current in self.lex.holding_phrases:  # "Takeda previously served as Director-General of ..."
            if tuple(t.lower_ for t in doc[k:k + len(words)]) == words:
                phrase = self.phrase_after_clause(doc, k + len(words), persons, orgs)
                earlier = not current or any(doc[j].lower_ in ("previously", "formerly", "once") for j in range(end, k))
                return [[(k, TokenKind.MOD)] + phrase] if phrase and earlier else [phrase] if phrase else []
        if doc[end].lower_ not in ("is", "was"):
            return []  # ("Mr. Tsukamoto was formerly the Director-General of ...": an honorific opens it)
        lead, i = self._lead(doc, end + 1)
        phrase, _ = self._collect_right(doc, i, persons, orgs)
        while phrase and phrase[-1][1] in (TokenKind.CONN, TokenKind.POSS):
            phrase.pop()
        if not phrase or phrase[0][0] != i or not any(k == TokenKind.HEAD for _, k in phrase):
            return []
        if doc[end].lower_ == "was" and not any(t.lower_ in self.lex.appointment_words for t in doc[end + 1:i]):
            lead.insert(0, (end, TokenKind.MOD))  # "Okafor was trade minister": a post held before (not "was named")
        return [lead + phrase]

    def _glossed_title(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> list[tuple[int, TokenKind]]:
        """"Morimoto Takeshi, Keizai Sangyo Shingikan (Vice-Minister for International Affairs) of ...", "Khun X,
        athibodi (director-general) of ...", "Phó Cục trưởng (Deputy Director General) of ...": a title in the
        story's own language, its English form in brackets, then its body."""
        k = i
        while k < len(doc) and k - i < 4 and (doc[k].is_title or doc[k].is_lower or other_script(doc[k])) \
                and doc[k].is_alpha \
                and doc[k].lower_ not in self.lex.heads \
                and persons.at(k) is None and (orgs.at(k) is None or not orgs.at(k).known):
            k += 1  # (the model may read the title in its own language as a body's name; "통상교섭본부장")
        if k == i or k >= len(doc) or doc[k].text != "(":
            return []
        inside, stop = self._collect_right(doc, k + 1, persons, orgs)
        if not inside or stop >= len(doc) or doc[stop].text != ")" or not any(t == TokenKind.HEAD for _, t in inside):
            return []
        rest, _ = self._collect_right(doc, stop + 1, persons, orgs) if stop + 1 < len(doc) \
            and doc[stop + 1].lower_ in ("of", "at") else ([], stop)
        j = stop + 2 + (stop + 2 < len(doc) and doc[stop + 2].lower_ == "the")
        if stop + 1 < len(doc) and doc[stop + 1].lower_ in ("of", "at") and j < len(doc) and (
                other_script(doc[j]) or not any(k == TokenKind.ORG for _, k in rest)):
            # "... of the 산업통상자원부 (Ministry of Trade, Industry and Energy)", "of the Hiệp hội Chế biến ... Việt
            # Nam (Vietnam Association of Seafood Exporters and Producers, VASEP)": the body in its own language,
            # then in English in brackets
            first = j
            while j < len(doc) and j - first < 12 and (other_script(doc[j]) or doc[j].is_alpha) and orgs.at(j) is None:
                j += 1
            if j < len(doc) and doc[j].text == "(":
                body, _ = self._collect_right(doc, j + 1, persons, orgs)
                rest = [(stop + 1, TokenKind.CONN)] + [t for t in body if t[1] == TokenKind.ORG]
        phrase = inside + rest
        while phrase and phrase[-1][1] in (TokenKind.CONN, TokenKind.POSS):
            phrase.pop()
        return phrase

    def _holding_phrase(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> list[tuple[int, TokenKind]]:
        """"Qiao, who also holds the title of deputy China international trade representative,": the post after
        a holding phrase of the lexicon; one the phrase puts in the past ("who served as ...") is marked held
        before."""
        if i >= len(doc) or doc[i].lower_ != "who":
            return []
        k = i + 1
        while k < len(doc) and doc[k].lower_ in ("also", "now", "currently"):
            k += 1
        for words, current in self.lex.holding_phrases:
            after = k + len(words) if tuple(t.lower_ for t in doc[k:k + len(words)]) == words else None
            if after is None and words[-1] == "as" and tuple(t.lower_ for t in doc[k:k + len(words) - 1]) == words[:-1]:
                # "who stepped down in April as chairman of ...", "who served until 2024 as ...": when, then the post
                m = k + len(words) - 1
                while m < len(doc) and m - (k + len(words) - 1) < 5 and (
                        doc[m].ent_type_ == "DATE" or doc[m].lower_ in ("in", "on", "until", "till", "from")):
                    m += 1
                after = m + 1 if m > k + len(words) - 1 and m < len(doc) and doc[m].lower_ == "as" else None
            if after is not None:
                phrase = self.phrase_after_clause(doc, after, persons, orgs)
                if phrase and not current:
                    phrase.insert(0, (k, TokenKind.MOD))  # "served": not_current
                return phrase
        return []

    def phrase_after_clause(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> list[tuple[int, TokenKind]]:
        """The title in "who is now a senior fellow at X" (from after the verb)."""
        while i < len(doc) and doc[i].lower_ in self.lex.lead_words | {"been", "now"} and doc[i].lower_ not in self.lex.heads:
            i += 1
        phrase, _ = self._collect_right(doc, i, persons, orgs)
        while phrase and phrase[-1][1] in (TokenKind.CONN, TokenKind.POSS):
            phrase.pop()
        return phrase if any(k == TokenKind.HEAD for _, k in phrase) else []

    def _past_branch_office(self, doc: Doc, i: int, orgs: OrgIndex) -> int:
        """Where the body begins after "the Hanoi office of (law firm)" at token ``i``: a branch named by its city
        is where the post is held, the body is the one after "of"; else ``i``."""
        k = i + (i < len(doc) and doc[i].lower_ in ("the", "its", "their", "our"))
        place = k
        while k < len(doc) and k - place < 4 and doc[k].is_title and doc[k].is_alpha:
            k += 1  # (a city the model read as a body too: "the Ho Chi Minh City office of ...")
        if k == place or k + 2 >= len(doc) or doc[k].lower_ not in ("office", "offices", "bureau") \
                or doc[k + 1].lower_ != "of":
            return i
        k += 2 + (doc[k + 2].lower_ == "the")
        k += cue_length(self.lex, doc, k) if k < len(doc) else 0
        return k if k < len(doc) and orgs.at(k) is not None else i

    def _past_owners_possessive(self, doc: Doc, j: int, orgs: OrgIndex) -> int:
        """Where the body starts after its owner's possessive, the owner a body's word the story did not make a
        body ("Parliament's Committee on International Trade"); else ``j``."""
        if j + 2 < len(doc) and orgs.at(j) is None and doc[j].is_title and self.lex.is_org_head(doc[j].lower_) \
                and doc[j + 1].text in POSSESSIVES and orgs.at(j + 2) is not None:
            return j + 2
        return j

    def _body_noun_before_body(self, doc: Doc, i: int, orgs: OrgIndex) -> int:
        """Length of a noun saying what a body is ("company", "law firm"; ``appositive_body_nouns``) at token ``i``
        when a body's name follows it ("director of the company Balkan Rare Elements d.o.o."), else 0."""
        for noun in self.lex.appositive_body_nouns:
            n = len(noun)
            if tuple(t.lower_ for t in doc[i:i + n]) == noun and i + n < len(doc) and orgs.at(i + n) is not None:
                return n
        return 0

    def _description_before_body(self, doc: Doc, i: int, persons: PersonIndex, orgs: OrgIndex) -> int:
        """Length of the words at token ``i`` that say what the body named right after them is ("the trade body UK
        Steel", "the Stuttgart carmaker Rheinmotor AG", "Japan's state agency JOGMEC", "the state-owned Nordvik
        Minerals Group", "maritime AI firm Seabridge", "the farmers' trade union Solidarność RI"), else 0. A post's
        body comes after them."""
        opened = doc[i - 1].lower_ in ("the", "at")  # ("at Istanbul brokerage X": no article after a workplace's "at")
        # (nor after a post's "of" before words in lower case: "Chairman of national mining company Tau-Ken Samruk")
        opened = opened or doc[i - 1].lower_ == "of" and doc[i].is_lower
        # (or a country's adjective first: "executive vice president of Danish shipping company X")
        opened = opened or doc[i - 1].lower_ == "of" and i + 1 < len(doc) and doc[i].ent_type_ == "NORP" \
            and bool(self.lex.country_of(doc[i].text)) and doc[i + 1].is_lower
        place = 0
        if i + 2 < len(doc) and doc[i].is_title and orgs.at(i) is None and persons.at(i) is None:
            if doc[i].ent_type_ == "GPE" and doc[i + 1].text in POSSESSIVES and doc[i - 1].lower_ in ("of", "at"):
                place, opened = 2, True  # "executive director of Japan's state agency JOGMEC": whose body it is
            elif opened and doc[i].ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
                place = 1  # "the Stuttgart carmaker": where the body is from (a city read as a person: "Izmir")
        if not opened:
            return 0
        k, words = i + place, 0  # "the European battery industry association EUROBAT": what its members make
        while words < 2 and k < len(doc) and not cue_length(self.lex, doc, k) \
                and not self._body_noun_before_body(doc, k, orgs):
            t = doc[k]
            if k + 2 < len(doc) and t.is_lower and t.is_alpha and doc[k + 1].text == "-" \
                    and doc[k + 2].lower_ in OWNED_WORDS:
                k += 3  # "state-owned", "family-run": who owns or runs it
                if orgs.at(k) is not None:
                    return k - i  # ("the state-owned Nordvik Minerals Group": the name right after)
            elif t.is_lower and t.lower_.endswith("s") and k + 1 < len(doc) and doc[k + 1].text in ("'", "\u2019"):
                k += 2  # "the farmers' trade union": whose it is
            elif k + 2 < len(doc) and t.is_lower and t.is_alpha and doc[k + 1].text == "-" and not t.whitespace_ \
                    and not doc[k + 1].whitespace_ and doc[k + 2].is_lower and doc[k + 2].is_alpha:
                k += 3  # "ship-tracking firm Kpler", "at risk-consulting firm X": the trade, joined by a hyphen
            elif t.is_lower and (t.pos_ in ("NOUN", "ADJ", "PROPN") or t.tag_ == "VBG") \
                    or t.is_upper and t.is_alpha and len(t) <= 4 and orgs.at(k) is None and k > i + place:
                k += 1  # ("maritime AI firm": a field's letters among its words; a word in lower case the tagger
                # read as a name: "of national mining company Tau-Ken Samruk")
            elif t.lower_ in ("and", "&") and k > i + place and doc[k - 1].is_lower and k + 1 < len(doc) \
                    and doc[k + 1].is_lower and doc[k + 1].is_alpha:
                k += 1  # "at data and analytics firm Kpler": two fields of its trade
                continue
            else:
                break
            words += 1
        noun = cue_length(self.lex, doc, k) or self._body_noun_before_body(doc, k, orgs)
        if noun and k + noun < len(doc) and orgs.at(k + noun) is None and words < 2:
            # a cue that says who owns it, then what it is: "of state-owned miner Antam", "state-owned mining
            # holding MIND ID"
            k += noun
            if doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ") and not cue_length(self.lex, doc, k) \
                    and not self._body_noun_before_body(doc, k, orgs):
                k += 1
            noun = cue_length(self.lex, doc, k) or self._body_noun_before_body(doc, k, orgs)
        return k + noun - i if noun and k + noun < len(doc) and orgs.at(k + noun) is not None else 0

    def _collect_right(self, doc: Doc, i: int, persons: PersonIndex,
                       orgs: OrgIndex) -> tuple[list[tuple[int, TokenKind]], int]:
        """Title-like tokens from ``i`` rightwards (organizations and countries
        whole), up to the first other word; returns them and where it stopped."""
        phrase: list[tuple[int, TokenKind]] = []
        while i < len(doc) and "\n" not in doc[i].text:
            if i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "&") and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") \
                    and doc[i].lower_ not in self.lex.heads and all(k == TokenKind.MOD for _, k in phrase):
                k = i + 2
                while k < len(doc) and k - i <= 4 and doc[k].is_lower and doc[k].is_alpha \
                        and doc[k].lower_ not in self.lex.heads:
                    k += 1
                if k > i + 2 and k < len(doc) and doc[k].lower_ in self.lex.heads and not self._plural_head(doc[k]):
                    # "a risk and compliance analyst at X": two fields of one post, in lower case before its head
                    phrase.extend([(i, TokenKind.OTHER), (i + 1, TokenKind.CONN)])
                    phrase.extend((j, TokenKind.OTHER) for j in range(i + 2, k))
                    i = k
                    continue
            if phrase and doc[i].text == "(":
                close = next((k for k in range(i + 1, min(len(doc), i + 7)) if doc[k].text == ")"), None)
                if close is not None and close > i + 1 and close + 1 < len(doc) \
                        and doc[close + 1].lower_ in ("of", "at", "for") and all(t.is_alpha for t in doc[i + 1:close]):
                    # "Vice-Minister for International Affairs (Keizai Sangyo Shingikan) of the Ministry ...":
                    # the title in its own language, then its body (or its area first: "deputy state secretary
                    # (helyettes államtitkár) for trade policy of the Ministry ...")
                    phrase.extend((j, TokenKind.CONN) for j in range(i, close + 1))
                    i = close + 1
                    continue
                if close == i + 2 and doc[i - 1].text in _POSSESSIVES and doc[i + 1].is_upper and doc[i + 1].is_alpha \
                        and close + 1 < len(doc) and doc[close + 1].is_lower:
                    # "the Eurasian Economic Commission's (EEC) minister in charge of trade": the body's short form
                    # after its possessive, then the post
                    phrase.extend((j, TokenKind.CONN) for j in range(i, close + 1))
                    i = close + 1
                    continue
                if close == i + 2 and orgs.at(i - 1) is not None and orgs.at(i - 1).kind == "party" \
                        and doc[i + 1].is_upper and doc[i + 1].is_alpha and close + 1 < len(doc) \
                        and doc[close + 1].lower_ in self.lex.heads:
                    # "a Socialist Party (PS) member of the National Assembly": the party's short form, then the post
                    phrase.extend((j, TokenKind.CONN) for j in range(i, close + 1))
                    i = close + 1
                    continue
                if close == i + 2 and orgs.at(i - 1) is not None and doc[i + 1].is_upper and doc[i + 1].is_alpha \
                        and close + 2 < len(doc) and doc[close + 1].lower_ in ("and", ","):
                    # "president of the Sociedad Rural Argentina (SRA) and a former agriculture secretary": the
                    # body's short form, then the next title
                    phrase.extend((j, TokenKind.CONN) for j in range(i, close + 1))
                    i = close + 1
                    continue
            if phrase and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in _SITS_WORDS \
                    and not doc[i].whitespace_ and doc[i].is_title:
                phrase.extend([(i, TokenKind.CONN), (i + 1, TokenKind.CONN), (i + 2, TokenKind.CONN)])
                i += 3  # "an analyst at the Jakarta-based Institute ...": where the body sits (or who owns it:
                # "fleet director at Chilean-owned Naviera del Sur")
                cue = cue_length(self.lex, doc, i)
                if not cue:  # (or any noun of trade right before the body's name: "at Memphis-based merchant X")
                    cue = _nouns_before_body(doc, i, orgs) - i
                phrase.extend((j, TokenKind.CONN) for j in range(i, i + cue))
                i += cue  # "... at the Brussels-based think tank Bruegel": what the body is
                continue
            office = self._past_branch_office(doc, i, orgs) if phrase and doc[i - 1].lower_ in ("at", "in") else i
            if office > i:
                phrase.extend((j, TokenKind.CONN) for j in range(i, office))
                i = office  # "a partner at the Hanoi office of law firm Baker McKenzie": the firm, past its office
                continue
            if phrase and doc[i - 1].lower_ in ("for", "of", "at", "in") and self._past_owners_possessive(doc, i, orgs) > i:
                phrase.extend([(i, TokenKind.CONN), (i + 1, TokenKind.CONN)])
                i += 2  # "rapporteur for Parliament's Committee on International Trade": the body's owner first
                continue
            cue = self._description_before_body(doc, i, persons, orgs) if phrase else 0
            if cue:
                # ("the Stuttgart carmaker Rheinmotor AG": where the body is from, then what it is)
                phrase.extend((j, TokenKind.CONN) for j in range(i, i + cue))
                i += cue  # "director general of the trade body UK Steel": what the body is
                continue
            # ("the Italian metalworkers' union": the members' country first)
            own = i + 1 if phrase and doc[i - 1].lower_ == "the" and doc[i].ent_type_ == "NORP" and doc[i].is_title else i
            if phrase and doc[i - 1].lower_ == "the" and own + 2 < len(doc) and doc[own].is_lower \
                    and doc[own].lower_.endswith("s") and doc[own + 1].text in ("'", "\u2019") \
                    and doc[own + 2].lower_ in self.lex.context_nouns and doc[own + 2].lower_ not in self.lex.modifiers:
                named = own + 3 < len(doc) and orgs.at(own + 3) is not None  # ("the producers' association SalmonChile")
                phrase.extend((j, TokenKind.CONN) for j in range(i, own + 2 + named))
                i = own + 2 + named  # "deputy secretary general of the exporters' association": whose body it is,
                continue  # then the body
            if phrase and phrase[-1][1] == TokenKind.HEAD and doc[i].text == ":" and i + 1 < len(doc) \
                    and doc[i + 1].is_title and orgs.at(i + 1) is None:
                # "Executive Manager: Market Access, Wines of South Africa": the post's area after a colon, up to
                # the comma before its body
                k = i + 1
                while k < len(doc) and k - i <= 5 and (doc[k].is_title and doc[k].is_alpha and orgs.at(k) is None
                                                        or doc[k].lower_ in ("and", "&")):
                    k += 1
                if (k < len(doc) and doc[k].text in (",", ";", ")") or k == len(doc)) \
                        and not (k + 1 < len(doc) and doc[k].text == "," and persons.at(k + 1) is not None):
                    # (not a transcript's turn: "Jane Doe -- Chief Financial Officer: Thanks, Marco.")
                    phrase.append((i, TokenKind.CONN))
                    phrase.extend((j, TokenKind.PORTFOLIO) for j in range(i + 1, k))
                    i = k
                    continue
            owner = i + 1 if doc[i].ent_type_ in ("NORP", "GPE") and orgs.at(i) is None else i  # ("Japanese ministry")
            if phrase and owner + 2 < len(doc) and doc[owner + 1].text in _POSSESSIVES \
                    and orgs.at(owner + 2) is not None \
                    and (doc[i - 1].lower_ == "the" and doc[owner].lower_ in self.lex.context_nouns
                         or doc[i - 1].lower_ in ("in", "at") and owner == i and doc[i].is_title
                         and doc[i].lower_ in self.lex.domain_words):
                # "director-general of the Japanese ministry's Food Safety and Consumer Affairs Bureau", "deputy
                # assistant secretary for policy in Commerce's Enforcement and Compliance unit": the body the
                # possessive's owner holds
                phrase.extend((j, TokenKind.CONN) for j in range(i, owner + 2))
                i = owner + 2
                continue
            instrument = self._instrument_then_body(doc, i, orgs) if phrase and doc[i - 1].lower_ in ("for", "the") \
                else i
            if instrument > i:
                # "chief negotiator for the Comprehensive and Progressive Agreement for Trans-Pacific Partnership at
                # the Cabinet Secretariat": the agreement is the post's area, the body comes after it
                phrase.extend((j, TokenKind.CONN) for j in range(i, instrument))
                i = instrument
                continue
            found = self.tokens.run(doc, i, persons, orgs)
            if found is None:
                break
            kind, _, end_at = found
            phrase.extend((j, kind) for j in range(i, end_at))
            i = end_at
        return phrase, i

    def _instrument_then_body(self, doc: Doc, i: int, orgs: OrgIndex) -> int:
        """Where an agreement's or a law's name starting at token ``i`` ends, when "at" or "in" and a body follow
        it (capitalized words, "and", "for", "of", hyphens, an instrument's word among them); else ``i``."""
        k, seen = i, False
        while k < len(doc) and k - i < 14 and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha
                                               or doc[k].lower_ in ("and", "for", "of", "on", "-") and k > i):
            seen = seen or doc[k].lower_ in self.lex.instrument_words
            k += 1
        if not seen or k + 1 >= len(doc) or doc[k].lower_ not in ("at", "in") or orgs.at(i) is not None \
                and all(orgs.at(j) is orgs.at(i) for j in range(i, k)):
            return i  # (a body's own name is no agreement: "for the Agreement Secretariat" stays the body)
        body = k + 1 + (doc[k + 1].lower_ == "the")
        return k if body < len(doc) and orgs.at(body) is not None else i

    # ---- phrase parsing ----------------------------------------------------
    def parse(self, doc: Doc, phrase: list[tuple[int, TokenKind]], orgs: OrgIndex) -> ParsedTitle | None:
        """Read a classed phrase into a ``ParsedTitle``: the title words kept, the
        organization and country it names, whether it is current; None when the
        phrase has no head."""
        heads = [n for n, (_, k) in enumerate(phrase) if k == TokenKind.HEAD]
        if not heads:
            return None
        # lower-case words after the title and before an organization are the
        # area of the post: "head of supply chain policy at <organization>"
        phrase = [(i, TokenKind.PORTFOLIO) if kind == TokenKind.OTHER and n > heads[-1] and doc[i].is_lower
                  and any(k == TokenKind.ORG for _, k in phrase[n:]) else (i, kind) for n, (i, kind) in enumerate(phrase)]
        # ... but lower-case words right before the body's name describe the body: "president of the German auto
        # industry association VDA" is the president of VDA
        describing = (TokenKind.PORTFOLIO, TokenKind.OTHER, TokenKind.MOD, TokenKind.HEAD)
        n = len(phrase) - 1
        while n > heads[0] + 1:
            if phrase[n][1] == TokenKind.ORG and phrase[n - 1][1] in (*describing, TokenKind.COUNTRY) \
                    and phrase[n - 1][0] == phrase[n][0] - 1 and doc[phrase[n - 1][0]].is_lower:
                k = n - 1
                while k > heads[0] and (phrase[k][1] == TokenKind.COUNTRY
                                        or (phrase[k][1] in describing and doc[phrase[k][0]].is_lower)):
                    k -= 1
                kind_of_body = tuple(doc[phrase[m][0]].lower_ for m in range(k + 1, n))
                if k > heads[0] and (doc[phrase[k][0]].lower_ in ("the", "a", "an")
                                     or doc[phrase[k][0]].lower_ in ("of", "at")
                                     and any(kind_of_body[-len(noun):] == noun
                                             for noun in self.lex.appositive_body_nouns)):
                    # ("president of merchant house Delta Staple Traders", "a partner at Washington law firm Harlow &
                    # Pierce": what the body is, with no article)
                    for m in range(k + 1, n):
                        if phrase[m][1] in describing:
                            phrase[m] = (phrase[m][0], TokenKind.CONN)
                    heads = [h for h in heads if not k < h < n] or heads
                n = k
            n -= 1
        current = not any(doc[i].lower_.rstrip("-") in self.lex.not_current for i, _ in phrase)
        country = None
        organization: OrgEntity | None = None
        org_hint = None
        words: list[tuple[int, TokenKind]] = []
        abroad = False  # after "ambassador to": the country named is where the post is, part of the title
        first_after: tuple[int, int] | None = None  # tokens of the first body named after the head
        posted_to: str | None = None
        now_at: int | None = None  # the "and" before a post held now, in ``words``
        for n, (i, kind) in enumerate(phrase):
            low = doc[i].lower_
            seat_for = low == "for" and n == heads[-1] + 1 \
                and doc[phrase[heads[-1]][0]].lower_ in self.lex.seats_for_places
            seat_place = " ".join(doc[j].text for j, _ in phrase[n + 1:]) if seat_for else None  # (only after it)
            if seat_place is not None and (
                    any(k == TokenKind.COUNTRY or doc[j].ent_type_ in ("GPE", "LOC") for j, k in phrase[n + 1:])
                    or self.lex.place_country(seat_place)):
                place = next((j for j, k in phrase[n + 1:] if k == TokenKind.COUNTRY), None)
                if place is not None and country is None:
                    country = self.tokens.country_entity(doc, place)[0]  # (whose chamber the seat is in)
                if country is None:  # ("senator for Queensland": a state the lexicon places)
                    country = self.lex.place_country(seat_place)
                break  # "Liberal senator for Western Australia": the seat's state or constituency, not its body
            if kind == TokenKind.CONN and low == "to" and n > 0 and self.tokens.abroad_before(doc, i):
                abroad = True
                words.append((n, doc[i].text))
                continue
            if abroad and (kind in (TokenKind.COUNTRY, TokenKind.ORG) or (kind == TokenKind.CONN and low == "the")):
                # "ambassador to the WTO": the body posted to is part of the title, not the holder's body
                words.append((n, doc[i].text))
                if posted_to is None and kind == TokenKind.COUNTRY:
                    posted_to = self.tokens.country_entity(doc, i)[0]
                elif kind == TokenKind.ORG and (posted_to is None or posted_to.startswith("the ")):
                    posted_to = "the " + (posted_to[4:] + " " if posted_to else "") + doc[i].text
                continue
            abroad = False
            if kind in (TokenKind.HEAD, TokenKind.MOD, TokenKind.OTHER) and n > heads[-1] and (
                    organization is not None and any(k == TokenKind.ORG for _, k in phrase[heads[-1]:n])
                    or any(k == TokenKind.POSS for _, k in phrase[heads[-1]:n])):
                break  # "adviser to the Commission's trade directorate", "Negotiator at Italy's agriculture
                # ministry": the title ended at the body (or its owner)
            if kind == TokenKind.COUNTRY and country is None and n > heads[-1] \
                    and (self._area_closing_body(doc, phrase, n, heads[-1])
                         or doc[phrase[n - 1][0]].lower_ == "for" and i + 1 < len(doc)
                         and self.lex.is_portfolio(doc[i + 1].lower_)):
                if doc[phrase[n - 1][0]].lower_ == "for" and n + 1 < len(phrase) \
                        and phrase[n + 1][1] in (TokenKind.MOD, TokenKind.PORTFOLIO):
                    if words and words[-1][0] != n - 1:
                        words.append((n - 1, doc[phrase[n - 1][0]].text))
                    words.append((n, doc[i].text))  # (written in the title: "Minister for European Affairs")
                continue  # "deputy minister for foreign trade and the EU", "Deputy Minister of Industry and Trade
                # for European Affairs": the union is part of the area
            if kind == TokenKind.COUNTRY and country is None:
                country = self.tokens.country_entity(doc, i)[0] \
                    or (self.lex.country_of(orgs.at(i).name) if orgs.at(i) is not None else None)
                # ("Secretary General of the Gulf Cooperation Council": a bloc the model tags as a body, not a place)
            elif kind == TokenKind.ORG:
                entity = orgs.at(i)
                if (entity.kind == "party" or not entity.known and entity.kind is None) and n < heads[0] \
                        and doc[phrase[heads[-1]][0]].lower_ in self.lex.seat_heads:
                    continue  # "Labour MP", "the PD deputy": party membership, not the body of the post (a name the
                    # lexicon does not know, of no kind, before a seat is a party too; but "AKP deputy chairman",
                    # "Labour Party chairman": a post in the party; "Bundestag deputy": the chamber)
                if organization is None and n > heads[-1] and (
                        self._area_closing_body(doc, phrase, n, heads[-1])
                        or doc[phrase[n - 1][0]].lower_ == "for" and i + 2 < len(doc) and doc[i + 1].lower_ == "and"
                        and self.lex.is_portfolio(doc[i + 2].lower_) and entity.kind == "international"):
                    # (an international body only: not "a consultant for Cargill and Food Lion")
                    continue  # "deputy minister for foreign trade and the EU", "Deputy Assistant U.S. Trade
                    # Representative for WTO and Multilateral Affairs": relations with the body are an area
                if (organization is None or first_after is None) and n > heads[-1] and doc[phrase[n - 1][0]].lower_ == "for" \
                        and doc[phrase[heads[-1]][0]].lower_ in ("negotiator", "negotiators") \
                        and entity.kind != "government":
                    words.extend([(n - 1, doc[phrase[n - 1][0]].text), (n, doc[i].text)])
                    continue  # "Chief Negotiator for Mercosur": the side negotiated with, part of the title (not "a
                    # former negotiator for Global Affairs Canada": a government's department negotiates for it)
                # (the title's words end at its last head or modifier before the first body: "deputy director
                # general of the Agency of Foreign Trade at the Ministry of ...")
                sub_body = organization is not None and organization is not entity and first_after is not None \
                    and all(k in (TokenKind.CONN, TokenKind.COUNTRY) or phrase[m][0] in range(*first_after)
                            or k == TokenKind.POSS and (phrase[m - 1][1] == TokenKind.COUNTRY
                                                        or phrase[m - 1][1] == TokenKind.ORG
                                                        and orgs.at(phrase[m - 1][0]) is not organization)
                            # ("at Vietnam's Ministry"; "of the Division of Seafood Safety in the FDA's Human Foods
                            # Program": the first body sits in another owner's part; not "of METI's Trade Policy
                            # Bureau", a part of the first body)
                            or k == TokenKind.ORG and m + 1 < n and phrase[m + 1][1] == TokenKind.POSS
                            and orgs.at(phrase[m][0]) is not organization
                            or orgs.at(phrase[m][0]) is entity
                            for m, (_, k) in enumerate(phrase[:n]) if m > max(
                                h for h, (j, kh) in enumerate(phrase[:n])
                                if kh in (TokenKind.HEAD, TokenKind.MOD) and j < first_after[0])) \
                    if any(h < n for h in heads) and first_after is not None else False
                if organization is None or (n > heads[0] and not sub_body) \
                        or (n < heads[0] and n >= 1 and (phrase[n - 1][1] == TokenKind.POSS
                                                         or phrase[n - 1][1] == TokenKind.ORG
                                                         and orgs.at(phrase[n - 1][0]) is organization)):
                    # ("the Ministry of Economic Affairs' International Trade Administration Deputy Director-General",
                    # "European Commission Taxation and Customs Union Directorate-General Director": the owner's
                    # part, named last before the title)
                    organization = entity
                    if n > heads[0] and first_after is None:
                        first_after = next(((m.start, m.end) for m in entity.mentions if m.start <= i < m.end), None)
                # ("Deputy Director-General of the Directorate-General for Trade of the European Commission": the
                # post sits in the first body, a part of the second)
            elif kind in (TokenKind.HEAD, TokenKind.MOD, TokenKind.OTHER):
                if n < heads[0] and low in self.lex.context_nouns and n + 1 < len(phrase) \
                        and phrase[n + 1][1] == TokenKind.POSS and org_hint is None:
                    org_hint = low  # "the chamber's president": the chamber the story named
                    continue
                if low in _DEMONSTRATIVE and n + 1 < len(phrase) and doc[phrase[n + 1][0]].lower_ in self.lex.context_nouns:
                    org_hint = doc[phrase[n + 1][0]].lower_
                    break
                if n > heads[-1] and kind == TokenKind.OTHER and low in self.lex.context_nouns and org_hint is None \
                        and n + 1 < len(phrase) and phrase[n + 1][1] == TokenKind.POSS:
                    org_hint = low  # "a member of the union's executive board": the union the story named
                    break
                if n > heads[-1] and kind == TokenKind.OTHER:
                    break  # "MP for Birmingham Hodge Hill": a constituency, not part of the title
                if n < heads[0] and low in self.lex.dropped_modifiers and low not in ("the", "a", "an") and any(
                        fold(" ".join(doc[j].text for j, _ in phrase[n:n + k])) in self.lex.provinces for k in (2, 3)):
                    words.append((n, doc[i].text))  # ("New South Wales Agriculture Minister": the province's first
                    continue  # word, no modifier of the post)
                if low == "the" and n > heads[-1] and words and words[-1][0] == n - 1 \
                        and doc[phrase[n - 1][0]].lower_ in ("of", "for"):
                    words.append((n, doc[i].text))  # ("Minister for the Ecological Transition": the article of a
                    continue  # listed ministry's remit, kept as written)
                if low in self.lex.dropped_modifiers or low.rstrip("-") in self.lex.not_current or doc[i].like_num:
                    if low in _NOW_WORDS and words and words[-1][1].lower() == "and" and not current:
                        now_at = len(words) - 1  # "former Minister of X and current President of Y": two posts
                    continue
                if n < heads[0] and low not in self.lex.heads and (
                        low.rstrip(".") in self.honorifics
                        or doc[i].text in self.lex.cued_honorifics and doc[i].text in honorifics_written(self.lex, doc)):
                    continue  # "H.E. State Minister", "Pan minister" in a Polish story: the honorific is no part of it
                if low == "visiting" and doc[i].is_lower and i + 1 < len(doc) and not doc[i + 1].is_lower:
                    continue  # "met visiting German Federal Minister X": who is visiting, not a "visiting fellow"
                words.append((n, doc[i].text))
            elif kind == TokenKind.PORTFOLIO:
                words.append((n, doc[i].text))
            elif kind == TokenKind.CONN and words and n + 1 < len(phrase) and low != "the" and (
                    phrase[n + 1][1] in (TokenKind.HEAD, TokenKind.MOD, TokenKind.PORTFOLIO)
                    # ("The Health and Social Care Secretary, X": a second portfolio in capitals before the head)
                    or phrase[n + 1][1] == TokenKind.OTHER and n < heads[0] and low in ("and", "&")
                    and (doc[phrase[n + 1][0]].is_title or doc[phrase[n + 1][0]].is_lower and n >= 1
                         and phrase[n - 1][1] == TokenKind.OTHER and doc[phrase[n - 1][0]].is_lower)):
                # (or in lower case: "a risk and compliance analyst")
                words.append((n, doc[i].text))
            elif kind == TokenKind.CONN and words and n + 2 < len(phrase) and low in ("for", "of") \
                    and doc[phrase[n + 1][0]].lower_ == "the" and phrase[n + 2][1] == TokenKind.MOD \
                    and (area_at(self.lex, doc, phrase[n + 2][0]) or self.lex.is_portfolio(doc[phrase[n + 2][0]].lower_)
                         or any(doc[j].lower_ in self.lex.unit_words and k == TokenKind.MOD for j, k in phrase[n + 2:])):
                words.extend([(n, doc[i].text), (n + 1, doc[phrase[n + 1][0]].text)])  # "for the Americas"
            elif kind == TokenKind.CONN and words and n + 2 < len(phrase) and low in ("and", "&") \
                    and doc[phrase[n + 1][0]].lower_ == "the" and phrase[n + 2][1] == TokenKind.MOD \
                    and (serial_list(self.lex, doc, i) or n >= 2 and phrase[n - 1][1] == TokenKind.MOD
                         and doc[i - 1].is_title and self.lex.is_portfolio(doc[i - 1].lower_)
                         and doc[phrase[n - 2][0]].lower_ in ("of", "for") and doc[phrase[n + 2][0]].is_title):
                # "Food and the Marine"; "Minister of Fisheries and the Blue Economy": two portfolios, the second
                # with its article
                words.extend([(n, doc[i].text), (n + 1, doc[phrase[n + 1][0]].text)])
            elif kind == TokenKind.CONN and words and n + 2 < len(phrase) and low == "for" \
                    and doc[phrase[n + 1][0]].lower_ == "the" and any(
                        doc[j].lower_ in self.lex.instrument_words and k == TokenKind.MOD for j, k in phrase[n + 2:n + 5]):
                words.extend([(n, doc[i].text), (n + 1, doc[phrase[n + 1][0]].text)])  # "for the steel regulation"
        # the title is the run of words around the last head, without a
        # trailing "of" that led into an organization
        while words and words[-1][1].lower() in CONNECTORS:
            words.pop()
        if not words or not any(w.lower() in self.lex.heads for _, w in words):
            return None
        title_words = [w for _, w in words]
        head = next(w for w in reversed(title_words) if w.lower() in self.lex.heads)
        spec = self.lex.heads[head.lower()]
        plural = spec.is_plural
        if plural:
            single = spec.full or spec.singular  # "Sens." -> "Senator"
            title_words = [(single[:1].upper() if w[:1].isupper() else single[:1]) + single[1:] if w == head else w
                           for w in title_words]  # "Senators" -> "Senator", "directors-general" -> "director-general"
            head = single.split()[-1].lower()
        elif spec.full:  # "Sen." is stored as "Senator"
            full = spec.full if spec.full[:1].isupper() else spec.full.capitalize()
            title_words = [full if w == head else w for w in title_words]
            head = spec.full.split()[-1].lower()  # "CS" -> "Cabinet Secretary", a secretary
        if len(title_words) == 1 and organization is not None:
            surface = [w for w in self._org_surface(doc, phrase, orgs).split()]
            org_first = min((n for n, (_, k) in enumerate(phrase) if k == TokenKind.ORG), default=len(phrase)) < heads[0]
            if head.lower() in ("chief", "head") and surface and org_first:
                # "EU commission chief": the title is "commission chief"
                title_words = [surface[-1].lower(), head]
            elif head.lower() in _SECOND_HEADS and len(surface) == 1 and surface[0].isupper() and not org_first \
                    and self.lex.is_post_title(surface[0]):
                title_words = [title_words[0], surface[0]]  # "Deputy USTR": the short form names a post too
            elif spec.government and org_first:
                # "U.S. Treasury Secretary": the organization's domain word is part of the title (not in "the
                # secretary of the Secretariat of Trade", the body named after the title)
                domain = next((w for w in surface if w.lower() in self.lex.domain_words), None)
                if domain:
                    title_words = [domain, head]
        title = _joined(title_words)
        if head.lower() == "member" and len(title_words) == 1:
            title = self._member_of(doc, phrase, orgs) or title
        elif head.lower() == "head" and len(title_words) == 1:
            title = self._head_of_area(doc, phrase) or title
        unit = self._unit_headed(doc, phrase, head, title_words, organization)
        if unit:
            title = f"{title} {unit}"  # "Head of the Foreign Trade Policy Department": "head" alone says nothing
        elif len(title_words) <= 3 and all(w.lower() in self.lex.modifiers or w.lower() in self.lex.heads
                                           for w in title_words) \
                and (owned := self._owners_unit(doc, phrase, heads[-1], orgs)) is not None:
            organization, unit = owned[0] or organization, owned[1]  # "head of OPEC's Energy Studies Department",
            title = f"{title} of {unit}"  # "director of JCCI's international affairs division": the owner's post
        first = phrase[0][0]
        if organization is None and org_hint is None and first > 0 and doc[first - 1].lower_ == "its":
            org_hint = "its"  # "Its spokesperson, Zhu Lanying": the body just named
        elif organization is None and org_hint is None and len(title_words) > 1 and not spec.government \
                and title_words[0].lower() in self.lex.context_nouns and title_words[0].lower() != head.lower():
            # (not "Union Minister": India's central government, no union the story named)
            org_hint = title_words[0].lower()  # "Committee Chair Jane Doe": the committee the story named
        if organization is not None and country is None:
            country = organization.country
        now_after = None
        if now_at is not None and now_at < len(words) - 1 and len(title_words) == len(words):
            now_after = len(_joined(title_words[:now_at]).split())
        return ParsedTitle(title, [w.lower() for w in title_words], head.lower(), organization, org_hint, country,
                           current, plural, posted_to, now_after)

    def _area_closing_body(self, doc: Doc, phrase: list[tuple[int, TokenKind]], n: int, head: int) -> bool:
        """Whether the body at ``phrase[n]`` closes a post's area after "for" ("minister for foreign trade and
        the EU", "secretary for European affairs and the WTO"): named after "and" and a policy word, with no body
        before it since the area began."""
        m = n - 1
        if m > head and doc[phrase[m][0]].lower_ == "the":
            m -= 1
        if m <= head + 1 or doc[phrase[m][0]].lower_ != "and" \
                or not self.lex.is_portfolio(doc[phrase[m - 1][0]].lower_):
            return False
        opened = [k for k in range(head + 1, m) if doc[phrase[k][0]].lower_ == "for"]
        return bool(opened) and all(phrase[k][1] != TokenKind.ORG for k in range(opened[0], m))

    def _member_of(self, doc: Doc, phrase: list[tuple[int, TokenKind]], orgs: OrgIndex) -> str | None:
        """A bare "member" says nothing of what the person is a member of; the title keeps it: the body written
        right before it ("Bundestag member", "Senate Finance Committee member"), or the board or committee in lower
        case right after it ("member of the executive board of IG Metall": "member of the executive board"). None
        when neither is there."""
        at = next((i for i, k in reversed(phrase) if k == TokenKind.HEAD and doc[i].lower_ == "member"), None)
        if at is None:
            return None
        before = orgs.at(at - 1) if at > 0 else None
        mention = next((m for m in before.mentions if m.end == at), None) \
            if before is not None and before.kind != "party" else None  # (not "a Greens member of the Bundestag")
        if mention is not None:
            return f"{doc[mention.start:mention.end].text} member"
        k = at + 1
        if k + 2 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ in ("the", "its", "their"):
            end = k + 2
            while end < len(doc) and end - k < 5 and doc[end].is_lower and doc[end].is_alpha \
                    and doc[end].lower_ not in ("of", "at", "and", "for"):
                end += 1
            if end > k + 2 and doc[end - 1].lower_ in self.lex.chaired_body_words \
                    and (end == len(doc) or not doc[end].is_alpha or doc[end].lower_ in ("of", "at")):
                return f"member {doc[k:end].text}"
        return None

    def _head_of_area(self, doc: Doc, phrase: list[tuple[int, TokenKind]]) -> str | None:
        """"the company's head of network operations for the Middle East and Africa": a bare "head" keeps the area
        it heads, written in lower case after "of", and the region after "for" ("for the Middle East and Africa").
        None when no such area follows."""
        at = next((i for i, k in reversed(phrase) if k == TokenKind.HEAD and doc[i].lower_ == "head"), None)
        if at is None or at + 2 >= len(doc) or doc[at + 1].lower_ != "of" or not doc[at + 2].is_lower \
                or doc[at + 2].pos_ in ("DET", "PRON"):
            return None  # (not "head of that portfolio": the body the story named)
        end = at + 2
        while end < len(doc) and end - at < 6 and doc[end].is_lower and doc[end].is_alpha \
                and doc[end].lower_ not in ("of", "at", "for", "and", "the", "a", "an", "in", "with", "who", "which"):
            end += 1
        if end == at + 2 or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
            return None
        if end + 1 < len(doc) and doc[end].lower_ == "for":
            k = end + 1 + (doc[end + 1].lower_ == "the")
            region = k
            while k < len(doc) and k - region < 6 and (doc[k].is_title and doc[k].is_alpha
                                                       or doc[k].lower_ == "and" and k > region):
                k += 1
            if k > region and doc[k - 1].is_title and (k == len(doc) or not doc[k].is_alpha or doc[k].is_lower):
                end = k
        return doc[at:end].text

    def _owners_unit(self, doc: Doc, phrase: list[tuple[int, TokenKind]], head: int,
                     orgs: OrgIndex) -> tuple[OrgEntity | None, str] | None:
        """The body named after a post's "of" and its possessive, and the unit of it written next, when the unit is
        no body the lexicon lists ("of OPEC's Energy Studies Department", "of the IEA's gas, coal and power markets
        division"): (the owner, the unit's words as written; the owner None where a noun stands for the body the
        story named, "of the ministry's export development department"); else None."""
        for n in range(head + 1, len(phrase)):
            i, kind = phrase[n]
            hinted = kind == TokenKind.OTHER and doc[i].lower_ in self.lex.context_nouns  # ("the ministry's")
            if kind != TokenKind.ORG and not hinted or doc[phrase[n - 1][0]].lower_ not in ("of", "the") \
                    or doc[phrase[n - 1][0]].lower_ == "the" and (n < 2 or doc[phrase[n - 2][0]].lower_ != "of"):
                continue
            owner = None if hinted else orgs.at(i)
            end = i + 1 if owner is None else next((m.end for m in owner.mentions if m.start <= i < m.end), i + 1)
            if end + 1 >= len(doc) or doc[end].text not in _POSSESSIVES:
                return None
            unit = orgs.at(end + 1)
            if unit is not None and unit is not owner:
                mention = next((m for m in unit.mentions if m.start == end + 1), None)
                if unit.known or mention is None or doc[mention.end - 1].lower_ not in self.lex.unit_words:
                    return None  # (a listed part is a body of its own: "the Commission's Directorate-General for Trade")
                return owner, doc[mention.start:mention.end].text
            m = end + 1
            while m < len(doc) and m - end <= 8 and (doc[m].is_alpha and doc[m].is_lower or doc[m].text == ","):
                if doc[m].lower_ in self.lex.unit_words:
                    return owner, doc[end + 1:m + 1].text
                m += 1
            return None
        return None

    def _unit_headed(self, doc: Doc, phrase: list[tuple[int, TokenKind]], head: str, title_words: list[str],
                     organization: OrgEntity | None) -> str | None:
        """"Head of the Foreign Trade Policy Department": the words from "of" through the body's name, when the
        title is a bare "head" (with its modifiers) of a unit written right after it (not a body the lexicon knows:
        "head of the European Commission" is its head); else None."""
        if head.lower() != "head" or organization is None or organization.known \
                or not all(w.lower() in self.lex.modifiers for w in title_words if w.lower() != "head"):
            return None
        at = next((n for n, (i, _) in enumerate(phrase) if doc[i].lower_ == "head"), None)
        if at is None or at + 2 >= len(phrase) or doc[phrase[at + 1][0]].lower_ != "of":
            return None
        k = at + 2 + (doc[phrase[at + 2][0]].lower_ == "the")
        if k >= len(phrase) or phrase[k][1] != TokenKind.ORG:
            return None
        mention = next((m for m in organization.mentions if m.start == phrase[k][0]), None)
        if mention is None or any(t.text in _POSSESSIVES or t.is_alpha and t.is_lower and t.lower_ not in CONNECTORS
                                  and t.lower_ not in NAME_SMALL_WORDS and t.lower_ != "with"
                                  for t in doc[mention.start:mention.end]):
            return None  # ("the head of Mexico's customs agency": a body described, no unit's name)
        if mention.end < len(doc) and doc[mention.end].text in _POSSESSIVES:
            return None  # ("head of JCCI's international affairs division": the unit is the owner's)
        return doc[phrase[at + 1][0]:mention.end].text

    @staticmethod
    def _org_surface(doc: Doc, phrase: list[tuple[int, TokenKind]], orgs: OrgIndex) -> str:
        return " ".join(doc[i].text for i, k in phrase if k == TokenKind.ORG)

    def title_of_subject(self, doc: Doc, subject, persons: PersonIndex, orgs: OrgIndex) -> tuple[ParsedTitle | None, list[int]]:
        """Parse a definite title used as a subject ("the German Chancellor")."""
        tokens = [t.i for t in subject.subtree]
        phrase = []
        for i in tokens:
            kind = self.tokens.kind(doc, i, persons, orgs)
            if kind in (TokenKind.NONE, TokenKind.PERSON) and doc[i].lower_ not in ("the",):
                if phrase:
                    break
                continue
            if doc[i].lower_ == "the" and not phrase:
                continue
            phrase.append((i, kind if kind is not TokenKind.NONE else TokenKind.CONN))
        return (self.parse(doc, phrase, orgs) if phrase else None), tokens


_GROUP_AND_COUNTRY = re.compile(r"([A-Z][A-Za-z&/-]{1,11}(?: [A-Z][a-z]+)?) ?, ?([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


# the style of a minister or member, written after "the" ("the Hon Jane Doe", "the Honourable Jane Doe")
_STYLES = frozenset({"hon", "honourable", "honorable"})


def _verb_after_name(doc: Doc, start: int) -> bool:
    """Does a verb follow the name that opens at token ``start`` ("promoted to Chief Operating Officer, Helen Brandt
    confirmed": the name is the next clause's subject, not the title's holder)?"""
    k = start
    while k < len(doc) and (doc[k].is_title or doc[k].text in (".", "-")) and doc[k].pos_ != "VERB":
        k += 1
    return k < len(doc) and doc[k].pos_ == "VERB"


def _object_name(doc: Doc, end: int) -> bool:
    """Is the name ending before token ``end`` (a comma) the object of a preposition or a verb ("led by Mr. X,")?"""
    k = end - 1
    while k > 0 and doc[k].dep_ in ("compound", "flat") and doc[k].head.i > k:
        k = doc[k].head.i
    head = doc[k]
    while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("pobj", "dobj"):
        return True
    j, commas = end - 1, 0  # (the parse varies: read the words, past the name, the title before it and one comma)
    while j > 0 and doc[j].ent_type_ != "DATE" and (
            doc[j].is_title or doc[j].is_upper or doc[j].text in ("(", ")", "&")
            or doc[j].lower_ in ("of", "for", "the", "and") or doc[j].text == "," and not commas):
        commas += doc[j].text == ","
        j -= 1
    return doc[j].lower_ in ("by", "with", "met", "received")


def _past_party_tag(doc: Doc, end: int) -> int:
    """The comma that closes a legislator's party and state set off by commas after the name ending at token ``end``
    ("Rep. Denise Holloway, R-Texas, who ..."), else ``end``."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return end
    tag = next((k for k in range(end + 2, min(len(doc), end + 7)) if doc[k].text == ","), None)
    return tag if tag is not None and PARTY_TAG.fullmatch(doc[end + 1:tag].text) else end


def _fits_seat(entity) -> bool:
    """Is ``entity`` a body one sits on ("who sits on the Senate Banking Committee"): a committee, board, council
    or chamber?"""
    words = entity.name.lower().split()
    return entity.kind in ("committee", "legislature") or bool(
        {"committee", "subcommittee", "board", "council", "commission", "panel"} & set(words))


# the words after a place or a nationality and a hyphen before a body's name: where it sits, who owns it (as the
# workplace reader has them, but "-run": "a manager at Kremlin-run X" is read there, not in a title's phrase)
_SITS_WORDS = OWNED_WORDS - {"run"}


def _joined(words: list[str]) -> str:
    """A title's words as stored: commas, colons and hyphens against the words they follow ("Asia-Pacific")."""
    return " ".join(words).replace(" , ", ", ").replace(" : ", ": ").replace(" - ", "-")


def past_body_description(doc: Doc, k: int, orgs: OrgIndex) -> int:
    """Where the body's name starts after the words at token ``k`` that say where it is based and what it is
    ("Memphis-based merchant X", "Greek tanker owner X": one or two nouns in lower case), when a body's name
    follows them; else ``k``."""
    if k >= len(doc) or orgs.at(k) is not None:
        return k
    j = k
    if j + 2 < len(doc) and doc[j].is_title and doc[j + 1].text == "-" and doc[j + 2].lower_ in OWNED_WORDS:
        j += 3  # ("Memphis-based")
    elif doc[j].ent_type_ == "NORP" and doc[j].is_title:
        j += 1  # ("Greek")
    found = _nouns_before_body(doc, j, orgs)
    return found if found > j else k


def _nouns_before_body(doc: Doc, k: int, orgs: OrgIndex) -> int:
    """Where a body's name starts after one or two nouns in lower case at token ``k`` that say what it is
    ("merchant", "tanker owner"), an adjective of its trade perhaps first ("automotive supplier"); ``k`` when no
    body's name follows them."""
    j = k + (k + 1 < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ" and doc[k + 1].pos_ == "NOUN")
    while j < len(doc) and j - k < 2 and doc[j].is_lower and doc[j].pos_ == "NOUN":
        j += 1
    return j if j > k and doc[j - 1].pos_ == "NOUN" and j < len(doc) and orgs.at(j) is not None else k


def _bracket_of_names(doc: Doc, close: int, orgs: OrgIndex) -> int | None:
    """The "(" of brackets closing at ``close`` that hold only a body's other names (short forms, names in
    another language, commas between them), or None."""
    k = close - 1
    while k > close - 24 and k >= 0:
        tok = doc[k]
        if tok.text == "(":
            return k if k < close - 1 else None
        if not (tok.text == "," or orgs.at(k) is not None or (tok.is_upper and tok.is_alpha and len(tok.text) >= 2)):
            return None
        k -= 1
    return None

