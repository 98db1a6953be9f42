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
one named in the phrase; the one listed ministry holding every portfolio of a
title naming several ("Trade, Industry and Energy Minister"); the body the
title implies in its country
("Treasury Secretary" -> the U.S. Treasury, "China's commerce minister" ->
China's Ministry of Commerce); for company, committee and central-bank
titles, the nearest fitting organization mentioned before (for a bare
"Spokesman", the body named in the last lines); else none. Heads
of state and government keep no organization. "former" (or "ex-") makes the
role not current.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from loaders.extraction.datelines import HANSARD_LABEL, TURN_LABEL, place_text
from loaders.extraction.lexicon import Lexicon, OrgInfo, ProvinceInfo
from loaders.extraction.name_candidates import (ATTENDANCE, author_area_posts, author_line, author_notes, byline_lines,
                                               header_lists, label_lines, list_entry_at, list_header_side,
                                               other_script, people_list_lines, post_line_under)
from loaders.extraction.org_resolution import countries_named, story_country
from loaders.extraction.organizations import (OrgEntity, OrgIndex, acts, area_phrase_word, first_line, part_of,
                                              written_part_of)
from loaders.extraction.persons import PersonCluster, PersonIndex
from loaders.extraction.portfolios import listed_body
from loaders.extraction.quotes import quote_ranges
from loaders.extraction.references import is_main_subject, with_companion
from loaders.extraction.sides import country_before
from loaders.extraction.sentences import doc_text, once_per_doc, opening_token, sentence_of, sentence_start
from loaders.extraction.text import fold, holds_run, lines_at
from loaders.extraction.title_phrases import _NOW_WORDS, PRACTICE_WORDS, ParsedTitle, TitleReader, past_body_description
from loaders.extraction.title_tokens import CONNECTORS, TokenKind


# a statement's closing line naming whom the press may call ("Press contact: Jane Doe, Head of Communications")
# the opening line of a release's contact block ("Contact: Trade Policy Bureau, METI", "For inquiries:")
_CONTACT_BLOCK = re.compile(r"\s*(?:(?:press|media) )?(?:contacts?|(?:for )?(?:enquiries|inquiries))\s*:\s*\S", re.I)
_CONTACT_LINE = re.compile(r"\s*(?:(?:press|media)(?: contact| contacts| enquiries| inquiries)|enquiries|inquiries)\s*:",
                           re.I)
# the note on the body that issued a statement ("About LEIC", "About the Lithium Europe Industry Council")
_ABOUT_LINE = re.compile(r"\s*About (?:the )?\S", re.I)
# the line that says who issued it, above or below the contact ("Issued by: The Department of Trade, Industry and
# Competition (the dtic)")
_ISSUED_LINE = re.compile(r"\s*Issued by\s*:?\s*\S", re.I)

# policy domains one ministry may name either way ("trade minister" at a "Ministry of Commerce, Industry and Tourism")
_TRADE_DOMAINS = frozenset({"trade", "commerce", "foreign_trade"})

# an academic degree written after a name ("S.H.", "LL.M.", "Ph.D.", "M.Sc."): no post
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]?\.){1,3}|[A-Z][a-z]{0,2}\.[A-Z][a-z]{0,2}\.?|Ph\.?D\.?|MBA")

# "Head of Delegation", "Chief of Mission": a post in a delegation, which is no body
_DELEGATION_UNITS = frozenset({"delegation", "mission"})


# A portfolio in capitals: capitalized words joined by spaces, commas, "and" or "&" ("Mines and Mining Development")
_CAPITALIZED_PORTFOLIO = r"(?:[A-Z][\w\u2019'-]*)(?:(?:,? and |, | & | )(?:[A-Z][\w\u2019'-]*))*"
# "Minister of Maritime Affairs and Insular Policy", "Minister of the Sea", "Minister of Commerce & Industry": the
# portfolio of a minister's formal title, every word capitalized, to the title's end
_FORMAL_MINISTER = re.compile(rf"\bMinister of ((?:the )?{_CAPITALIZED_PORTFOLIO})$")
# "Oil Minister", "Deputy Mines and Mining Development Minister": the portfolio in capitals before the head (or all in
# lower case, as wires write it: "rural development minister", "Health, labor and welfare minister")
_PORTFOLIO_MINISTER = re.compile(rf"^(?:(?:Deputy|Vice)[ -])?({_CAPITALIZED_PORTFOLIO}) Minister$"
                                 r"|^(?:(?:[Dd]eputy|[Vv]ice)[ -])?([A-Za-z]+(?:(?:,? and |, | )[a-z]+)*) minister$")


@dataclass
class RoleFact:
    """A role found in the article, before it becomes a ``Role`` in the output."""

    person: PersonCluster
    title: str
    organization: str | None
    current: bool
    country: str | None
    token: int  # a token of the phrase, for evidence
    plural: bool = False
    hint: str | None = None  # "ministry" in "Permanent Secretary of the ministry": a body named earlier
    guessed: bool = False  # the body is the one a title implies in its usual country ("Secretary of State": the U.S.)
    now_after: int | None = None  # "former Minister of X and current President of Y": the first post's words in title

def _spaced_dash(doc: Doc, j: int) -> bool:
    """Is token ``j`` a dash with spaces around it, as a call's participant line parts a name, a firm and a post
    ("Priya Raghunathan -- Jefferies -- Analyst")?"""
    return doc[j].text in ("--", "-", "\u2013", "\u2014") and bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_)


# the words for one who chairs a meeting, whom "the Chair noted" names when the story said who chaired it
_CHAIR_HEADS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})

# "the Director-General composed the Panel as follows:": the labelled lines under it name its members
_AS_FOLLOWS = re.compile(r"\bas follows:\s*$", re.I)
_LABEL_START = re.compile(r"^\s*[A-Z][\w'-]*(?: [A-Za-z][\w'-]*){0,5}?:")

# participles that open a sentence on the occasion of someone's words ("Speaking on RTE radio, X said"): the one it
# names is the one who spoke (a lede's title before the name: ``RoleFinder._named_next``)
_SPEAKING_OPENERS = frozenset({"speaking", "addressing", "responding", "answering", "interviewed", "asked"})

# domains of the bodies a member of a legislature sits in (``implied``: "MEP", "senator")
_CHAMBERS = frozenset({"parliament", "upper_house", "lower_house", "legislature"})


class RoleFinder(TitleReader):
    """Turns the title phrases around each person into roles: reads them
    (``TitleReader``) and decides the organization each post belongs to."""

    _countries_named: dict[str, int] = {}  # of the article ``find`` reads (never changed in place)
    _story_country: str | None = None  # the country a story without a dateline is about (``find`` sets it)
    _fallback_country: str | None = None  # the country of the story's dateline or publisher (``find`` sets it)
    _credited_home = False  # the fallback country is only the byline's agency's (``find`` sets it)
    _doc: Doc | None = None  # the article ``find`` reads

    def __init__(self, lexicon: Lexicon):
        super().__init__(lexicon)
        # words that make a longer title another post, not the same one with its area ("vice", "deputy")
        self._rank = (lexicon.modifiers | set(lexicon.heads)) - lexicon.portfolio_words - set(lexicon.domain_words) \
            - {"of", "the", "for", "and", "at"}
        self._guessed = False  # whether the body ``organization_for`` gave last is one a title implies by habit

    # ---- organization of a title -------------------------------------------
    def _subject_before(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """The body a sentence-opening "Its" stands for: the subject of the
        sentence before ("The Shipbuilders Council of America ... has urged USTR
        to act. Its president, ..."), not whichever body that sentence named last; of the sentence before that
        when the one between names no body."""
        doc = self._doc
        if doc is None:
            return None
        start = sentence_start(doc, position)
        if start == 0 or doc[start].lower_ != "its" or start < position - 3 and not (
                doc[position - 1].text == "," and all(t.is_alpha for t in doc[start + 1:position - 1])
                and position - start <= 6):
            return None  # ("Its director general, X," too: the title in a few words, then the name after a comma)
        before = sentence_start(doc, start - 1)
        if before > 0 and not any(orgs.at(k) is not None for k in range(before, start)):
            # ("The ministry announced ... to several houses. The new rates will apply from 1 March. Its
            # spokesperson, X,": past a sentence that names no body, to the one before)
            return self._subject_between(orgs, sentence_start(doc, before - 1), start)
        return self._subject_between(orgs, before, start)

    def _only_an_example(self, entity: OrgEntity, position: int) -> bool:
        """Was ``entity`` named before ``position`` only in a list of examples ("platforms such as Shein and Temu",
        ``example_cues``)? An "its" later stands for the body the sentence was about, not for one of its examples."""
        doc = self._doc
        before = [m for m in entity.mentions if m.start < position]
        if doc is None or not before:
            return False
        cues = self.lex.example_cues

        def listed(start: int) -> bool:
            k = start
            while k > 0 and start - k < 20 and (doc[k - 1].text in (",", "(", ")") or doc[k - 1].lower_ in ("and", "or")
                                                or (doc[k - 1].is_title or doc[k - 1].is_upper) and doc[k - 1].is_alpha
                                                or doc[k - 1].lower_ == "group" and doc[k].text == ")"):
                # (past each example's owner in brackets: "among them Hennessy (LVMH group), Martell (Pernod Ricard)")
                k -= 1
            return any(tuple(t.lower_ for t in doc[k - len(c):k]) == c for c in cues if k >= len(c))
        return all(listed(m.start) for m in before)

    def _subject_of_sentence(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """The body an "its" after a speech verb later in its own sentence stands for: that sentence's subject ("The
        Ministry of Investment, Trade and Industry will submit a rebuttal to the U.S. Department of Commerce ...,
        said its Deputy Secretary-General"), not the body named last."""
        doc = self._doc
        if doc is None:
            return None
        its = next((k for k in range(min(position, len(doc) - 1), max(-1, position - 10), -1)
                    if doc[k].lower_ == "its"), None)
        if its is None or its == 0 or not (doc[its - 1].lower_ in self.lex.speech_verbs or doc[its - 1].text == ","):
            return None  # (only in the clause that credits the statement, "..., said its director", "..., its
            # director told the meeting"; "and its chief executive said" is the fined company's, not "The European
            # Commission on Tuesday fined ...")
        start = sentence_start(doc, position)
        own = self._subject_between(orgs, start, position)
        if own is None and start > 0 and doc[its - 1].lower_ in self.lex.speech_verbs:
            # ("Copa-Cogeca, the EU farm lobby, says costs will rise. "...," said its secretary-general": the body the
            # sentence before was about, when this one names none and that body spoke there; not "The Commission
            # fined Nordstahl AG. "...," said its chief executive": the fined firm's)
            return self._body_that_spoke_before(orgs, position)
        return own

    def _body_that_spoke_before(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """The body the sentence before ``position``'s was about, where that body spoke there ("The European
        Commission, which handles trade policy for the 27 EU member states, said it was ready to respond") and named
        no other body after its verb ("The Commission said it had fined Nordstahl AG"); None where ``position``'s own
        sentence names a body before it."""
        doc = self._doc
        start = sentence_start(doc, position)
        if start == 0 or any(orgs.at(k) is not None for k in range(start, position)):
            return None
        before = self._subject_between(orgs, sentence_start(doc, start - 1), start)
        said = {t.head for m in before.mentions for t in doc[m.start:m.end] if t.dep_ in ("nsubj", "nsubjpass")} \
            if before is not None else set()
        verb = min((v.i for v in said if v.lower_ in self.lex.speech_verbs), default=None)
        other = verb is not None and any(orgs.at(k) is not None and orgs.at(k) is not before
                                         for k in range(verb, start))
        return before if verb is not None and not other else None

    def _speaking_for_subject(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """"The Confederation of Danish Industry calls it a necessary step, says industry director Mette Holm": a
        title with no body right after the speech verb that closes a sentence whose subject is a body speaks for
        that body."""
        doc = self._doc
        if doc is None or not 2 <= position < len(doc):
            return None
        verb = self._speech_verb_before(position, 6)
        if verb is None or doc[verb - 1].text != ",":
            return None
        subject = self._subject_between(orgs, sentence_start(doc, position), verb - 1)
        if subject is None:
            return None
        # (only a body that speaks itself, "warns", "says": not "The WTO ruled against the duties, said analyst X")
        said = {t.head for m in subject.mentions for t in doc[m.start:m.end] if t.dep_ in ("nsubj", "nsubjpass")}
        said |= {c for v in said for c in v.conjuncts}
        return subject if any(v.lower_ in self.lex.speech_verbs for v in said) else None

    def _speech_verb_before(self, position: int, reach: int) -> int | None:
        """The verb of speaking right before the title that ends before token ``position`` ('"...," says industry
        director X'), back over fewer than ``reach`` words of the title; None when there is none."""
        doc = self._doc
        verb = position - 1
        while verb > 1 and position - verb < reach and doc[verb].is_alpha \
                and doc[verb].lower_ not in self.lex.speech_verbs:
            verb -= 1  # (back over the title)
        return verb if doc[verb].lower_ in self.lex.speech_verbs else None

    def _reaction_of_body_before(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """"Satisfaction was expressed by Coldiretti. "...," declared the president X": a title with no body, right
        after the verb that credits a quotation, in a sentence that names no body, is the post of the one body (not
        a government's) the sentence before names, by its reaction (the agent of a passive verb, or its subject), when
        that sentence names no one."""
        doc = self._doc
        if doc is None or not 2 <= position < len(doc):
            return None
        start = sentence_start(doc, position)
        if self._speech_verb_before(position, 4) is None or start == 0 \
                or any(orgs.at(k) is not None for k in range(start, position)):
            return None  # (the verb back over the title and its article)
        before = sentence_start(doc, start - 1)
        named = {orgs.at(k).name: orgs.at(k) for k in range(before, start) if orgs.at(k) is not None}
        if len(named) != 1:
            return None
        body = next(iter(named.values()))
        if body.kind in ("government", "legislature", "international", "media") or any(
                doc[k].ent_type_ == "PERSON" for k in range(before, start)):
            return None
        acts = any(t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.lower_ == "by"
                   and t.head.head.tag_ == "VBN" for m in body.mentions if before <= m.start < start
                   for t in doc[m.start:m.end])
        return body if acts else None

    def _fronted_body(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """"At the aluminium producer Aluar, the director of institutional relations, X, estimated ...": a sentence
        that opens on "At <body>," sets the scene, and a title with no body of its own in that sentence, right after
        it and before any other body, is that body's post."""
        doc = self._doc
        if doc is None or position >= len(doc):
            return None
        start = sentence_start(doc, position)
        if doc[start].lower_ not in ("at", "within", "inside"):
            return None
        comma = next((k for k in range(start + 1, min(position, start + 12)) if doc[k].text == ","), None)
        if comma is None or position - comma > 8:
            return None
        if any(doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("of", "by", "with", "for", "between")
               for k in range(start + 1, comma)):
            return None  # ("At the request of the Ministry, ...", "At the summit hosted by the AU, ...")
        found = None
        for entity in orgs.entities.values():
            for m in entity.mentions:
                if start < m.start < comma and m.end == comma:
                    found = entity
                elif comma < m.start < position + 8 and m.start < len(doc) and sentence_start(doc, m.start) == start:
                    return None  # (another body named beside the title: that one's, if any)
        return found

    def _subject_between(self, orgs: OrgIndex, start: int, end: int) -> OrgEntity | None:
        """The body named as a subject between tokens ``start`` and ``end`` (of the article ``find`` reads)."""
        doc = self._doc
        for entity in orgs.entities.values():
            for m in entity.mentions:
                if start <= m.start < end and any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[m.start:m.end]):
                    return entity
        return None

    def _capital_after(self, position: int, habit: str) -> str | None:
        """The country whose capital is named right after a title met there and its holder's name ("met Commerce
        Secretary X in New Delhi"): a title its words tie to another country by habit (``habit``) is held there. Not
        where the sentence names the habit's country ("met Commerce Secretary X in New Delhi, where the U.S. official
        ..."), nor a holder who speaks or acts there ("Commerce Secretary X in Beijing said": a visitor)."""
        doc = self._doc
        if doc is None or not 2 <= position < len(doc):
            return None
        sent = sentence_of(doc, position)
        k = position - 1  # back over the title before the name, to the word before it
        while k > sent.start and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and")):
            k -= 1
        if doc[k].lower_ not in ("met", "meet", "meets", "meeting") \
                and doc[k - 1:k + 1].text.lower() not in ("talks with", "meeting with", "met with"):
            return None
        if any(self.lex.country_of(t.text) == habit for t in sent):
            return None
        end = sent.end
        k = position
        while k < end and k - position <= 12 and (doc[k].is_title or doc[k].is_punct and doc[k].text in ".-"
                                                  or doc[k].lower_ in ("of", "for", "and")):
            k += 1  # the title and the name
        if k + 1 < end and doc[k].lower_ == "in" and doc[k + 1].is_title:
            return self.lex.capitals.get(fold(doc[k + 1].text)) or (
                self.lex.capitals.get(fold(doc[k + 1:k + 3].text)) if k + 2 < end else None)
        return None

    def _names_country(self, position: int, code: str, near: bool = False) -> bool:
        """Does the sentence of token ``position`` name the country ``code`` (its name, people or capital)?
        ``near``: around the post and its holder's name only ("Commerce Secretary X of the United States"; not
        "garments exported to the United States, Commerce Secretary X said", the trade's other side)."""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return False
        sent = sentence_of(doc, position)
        if near:
            sent = doc[max(sent.start, position - 3):min(sent.end, position + 10)]
        return any(self.lex.country_of(t.text) == code for t in sent) \
            or any(self.lex.country_of(re.sub(r"^the\s+", "", e.text, flags=re.I)) == code for e in sent.ents
                   if sent.start <= e.start and e.end <= sent.end)

    def _country_set_before(self, position: int) -> str | None:
        """"In Germany, where ..., the news was received with concern. Economy Minister X (CDU) had met ...": a
        sentence that opens on its post, right after one set in a country ("In <Country>,") in the same paragraph,
        names the minister of that country (not where the post's sentence names a country of its own)."""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return None
        sent = sentence_of(doc, position)
        if not all(t.is_title or t.text == "-" for t in doc[sent.start:position + 1]) or sent.start == 0 \
                or "\n" in doc[sent.start - 1].text + doc[sent.start - 1].whitespace_:
            return None  # (the title opens the sentence, and the sentence before is in its paragraph)
        before = sentence_of(doc, sent.start - 1)
        if before.end - before.start < 4:
            return None
        for place in _opening_place(doc, before):
            code = self.lex.country_of(place.text)
            if code is not None and code in self.lex.countries and not self.lex.countries[code].organization \
                    and not any(self.lex.country_of(t.text) not in (None, code) for t in sent) \
                    and not any(self.lex.country_adjectives.get(fold(t.text)) not in (None, code) for t in before):
                return code  # (not "In Japan, the Australian delegation arrived. Trade Minister X said": another
                # country's people in the setting sentence)
        return None

    def _opening_capital(self, position: int) -> str | None:
        """The country whose capital opens the sentence of token ``position`` ("In Bangkok, Deputy Commerce Minister X
        told reporters ..."): where the sentence is set, the country of a portfolio's minister it names no other way
        (not a bloc's seat: "In Brussels, ...", where ministers of many countries meet; nor where the sentence names a
        country: "In Beijing, Trade Minister X said Australia wanted ...", a visitor)."""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return None
        sent = sentence_of(doc, position)
        for place in _opening_place(doc, sent):
            code = self.lex.capitals.get(fold(place.text))
            if code is not None and code in self.lex.countries and not self.lex.countries[code].organization:
                # (not where the sentence names another country first: "In Beijing, Trade Minister X said
                # Australia wanted ...", a visitor; but "In Jakarta, Trade Minister X said Indonesia would cut
                # tariffs on US wheat"; "New Zealand" read as an entity)
                spans = sorted([(t.i, fold(t.text)) for t in sent] + [(e.start, fold(e.text)) for e in sent.ents])
                named = [self.lex.country_forms.get(w) or self.lex.country_adjectives.get(w) for _, w in spans
                         if w not in self.lex.capitals
                         and (w in self.lex.country_forms or w in self.lex.country_adjectives)]
                if not named or named[0] == code:
                    return code
        return None

    def organization_for(self, parsed: ParsedTitle, orgs: OrgIndex, position: int,
                         fallback_country: str | None = None) -> tuple[str | None, str | None]:
        """The body a title belongs to. ``fallback_country`` (the dateline's)
        is used only when neither the text nor the title itself names one."""
        seat = self._seat(parsed.words) if parsed.organization is not None and parsed.organization.kind == "party" \
            else None
        if seat:
            # "Rep. Park Soo-min of the Democratic Party of Korea": the party is the member's, the seat is in the
            # chamber of that kind the story names (else the party stays the one body the text gives)
            chamber = self._chamber_named(orgs, parsed.country or parsed.organization.country, seat)
            if chamber is not None:
                return chamber.name, chamber.country or parsed.country
            default = next((c for seq, domain, c in self.lex.implied if holds_run(parsed.words, seq) and domain == seat),
                           None)
            if parsed.organization.country == default \
                    or self.lex.is_bloc(default):
                seat = "implied"  # "Rep. Jane Doe of the Democratic Party", "MEP of the European People's Party":
                # the chamber the title implies in the party's own country (or bloc: "The MEP of New Democracy X"
                # sits in the union's parliament, whatever her party's country)
        if parsed.organization is None and parsed.words in (["deputy"], ["deputies"]) \
                and self._party_before_seat(orgs, position) is not None:
            # "In the Assembly of the Republic, the Socialist Party (PS) deputy X asked ...": after a party, a bare
            # "deputy" is a seat in the chamber her clause names (not a deputy of some post)
            here = self._chamber_in_sentence(orgs, position, "lower_house")
            if here is not None:
                return here.name, here.country
        member = self._seat(parsed.words) if parsed.organization is not None \
            and parsed.organization.kind == "committee" and parsed.head not in self.lex.committee_posts else None
        if member:
            # "an Austrian MEP on the International Trade Committee": a member sits on a committee of her chamber,
            # her seat is the chamber's (the one named, else the one the title implies)
            home = parsed.country or parsed.organization.country
            default = next((c for seq, domain, c in self.lex.implied if holds_run(parsed.words, seq)
                            and domain == member), None)
            # (an "Austrian MEP" sits in the union's parliament: the title's own country, then the member state's)
            chamber = self._chamber_named(orgs, default, member) if default and default != home \
                and self.lex.is_bloc(default) \
                else self._chamber_named(orgs, home, member)
            if chamber is not None:
                return chamber.name, chamber.country or home
            implied = self.lex.body(member, home) or (self.lex.body(member, default) if default else None)
            if implied:
                return implied, home or default
        if parsed.head in self.lex.college_heads and not parsed.plural and "high" not in parsed.words:
            # "EU Agriculture Commissioner X", "the European Commissioner for Fisheries and Oceans, X": a bloc's
            # commissioner, whatever the portfolio, sits in its executive commission (not "High Commissioner")
            bloc = parsed.country if parsed.organization is None else self.lex.country_of(parsed.organization.name)
            college = self.lex.body("executive_commission", bloc) if self.lex.is_bloc(bloc) else None
            if college:
                return college, bloc
        if parsed.organization is not None and parsed.org_hint == "party" \
                and parsed.organization.kind == "legislature":
            party = orgs.nearest_before(position, lambda e: e.kind == "party")
            if party is not None and _named_within(party, position, 60):
                return party.name, party.country  # "X, the party's spokeswoman for economic policy in the Bundestag":
                # the party's post, the chamber only where she holds it
        if parsed.organization is not None and seat != "implied":
            # (the body the phrase names, even where the title's words spell a part of it: "Deputy Director-General
            # for Trade of the European Commission" is a post of the Commission, as annotators give it; "deputy
            # director-general of the Commission's Directorate-General for Trade" one of the directorate)
            return parsed.organization.name, parsed.country or parsed.organization.country
        office = self._office_of_title(parsed, orgs)
        if office is not None:
            return office.name, parsed.country or office.country
        ministry = self._ministry_called_by_portfolio(parsed, fallback_country)
        if ministry is not None:
            return ministry.name, parsed.country or ministry.country
        issuer = self._issuer_of_contact(orgs, position) or self._publisher_of_author(orgs, position) \
            or (self._issuing_ministry(parsed, orgs) if parsed.country is None else None)
        if issuer is not None:
            return issuer.name, parsed.country or issuer.country
        words = parsed.words
        country = parsed.country
        if country is None and parsed.head in self.lex.ministerial_heads \
                and any(w in self.lex.domain_words for w in words if w != parsed.head):
            # ("In Bangkok, Deputy Commerce Minister X told reporters"; "In Germany, ... . Economy Minister X said")
            country = self._opening_capital(position) or self._country_set_before(position)
        if any(w in _DELEGATION_UNITS for w in words[1:]) and words[0] in self.lex.heads:
            return None, country  # "(Head of Delegation)": a post in the delegation, no body's (its holder's is elsewhere)
        head_spec = self.lex.heads.get(parsed.head)
        if "shadow" in words and not (head_spec is not None and head_spec.context == "committee"):
            # an opposition post shadows a department, it does not belong to it (a parliament committee's
            # "shadow rapporteur" is a post on that committee)
            return None, country
        if parsed.org_hint == "its":
            before = self._subject_before(orgs, position)
            if before is not None and self._only_an_example(before, position):
                before = None  # (an example the parse made the subject: "Several mills, among them X (Y), cut ...")
            subject = self._subject_of_sentence(orgs, position) if before is None else None
            if subject is not None:
                return subject.name, country or subject.country  # (however long the sentence)
            entity = before or orgs.nearest_before(position, lambda e: not self._only_an_example(e, position))
            # (the subject of the sentence before however long it is: "The Chinese Ministry of Commerce announced
            # ... to several houses, among them .... Its spokesperson, X,")
            if entity is not None and _named_within(entity, position, (120 if before is not None else 40)
                                                    + self._quoted_between(entity, position)):
                # (the words of a quotation between count for nothing: "For EUROFER, the measure is overdue. "...
                # two sentences ...," X, its director general, told ...")
                return entity.name, country or entity.country
            last = orgs.nearest_before(position, lambda e: True)
            if last is not None and self._only_an_example(last, position):
                return None, country  # ("Several houses, among them Hennessy and Martell (Pernod Ricard), cut
                # purchases. Its spokesperson, X,": none of the examples; the body it stands for is not named)
        spec = self.lex.heads.get(parsed.head)
        if not (spec is not None and spec.government) and parsed.org_hint is None \
                and parsed.head not in self.lex.outside_voice_heads:
            subject = self._speaking_for_subject(orgs, position)
            # (a company's own voice is its management's: "BMW says ..., says economist X" is a bank's economist;
            # an association's or institute's also its economists and researchers)
            if subject is None and parsed.head in self.lex.own_voice_heads:
                subject = self._reaction_of_body_before(orgs, position)
            if subject is not None and (subject.kind != "company" or parsed.head in self.lex.own_voice_heads):
                return subject.name, country or subject.country
            fronted = self._fronted_body(orgs, position) if parsed.country is None and spec is not None \
                and spec.context is not None else None  # (a post at some body: not "India's ambassador")
            if fronted is not None:
                return fronted.name, country or fronted.country
        # "the chamber's president", "chair of that committee": the body the story named, whatever the title (not
        # "a Polish MEP on the committee": a member of a chamber sits on its committee, the post is the chamber's)
        seat = parsed.org_hint == "committee" and any(
            holds_run(words, seq) and domain in _CHAMBERS for seq, domain, _ in self.lex.implied)
        if parsed.org_hint and parsed.org_hint in self.lex.context_nouns and not seat:
            wanted = self.lex.context_nouns[parsed.org_hint]

            def called(e: OrgEntity) -> bool:  # ("the ministry": a body named a ministry, in any language)
                words = fold(e.name).replace("organisation", "organization").split()
                return parsed.org_hint.replace("organisation", "organization") in words \
                    or parsed.org_hint == "ministry" and any(w.startswith("minist") for w in words)

            def fits(e: OrgEntity) -> bool:  # ("the entity": any body, the one named last; "unknown": of no kind)
                return wanted == "any" or called(e) or (e.kind or "unknown") in wanted.split("/")
            # of several ministries, "the ministry" of the story's country (not of several groups: "the group's
            # president" is the one named last, wherever it is from)
            home = (country or fallback_country) if wanted == "government" else country
            # a body the story calls by that word before one of its kind only ("at the ministry" after the Ministry
            # of Investment and a U.S. committee; "at the Commission" after the European Commission, in a story from
            # Berlin that credits the German Press Agency)
            entity = (orgs.nearest_before(position, lambda e: called(e) and e.country == home) if home else None) \
                or (orgs.nearest_before(position, called)
                    if parsed.org_hint in ("ministry", "organization", "organisation", "commission") else None) \
                or (orgs.nearest_before(position, lambda e: fits(e) and e.country == home) if home else None) \
                or orgs.nearest_before(position, fits)
            if entity is not None:
                return entity.name, country or entity.country
        if parsed.head == "commissioner" and all(w in self.lex.modifiers for w in words[:-1]) and words[-1] == "commissioner" \
                and not self._other_post_after(position):
            # "The Federal Maritime Commission is also watching. Commissioner Daniel R. Okafor told ...": a bare
            # commissioner's body is the commission the story named just before
            entity = orgs.nearest_before(position, lambda e: fold(e.name).split()[-1:] == ["commission"])
            if entity is not None and _named_within(entity, position, 60):
                return entity.name, country or entity.country
            college = self._bloc_college(orgs, fallback_country)
            if college is not None:
                return college
        if parsed.head == "commissioner" and words[-1] == "commissioner" and len(words) >= 2 \
                and not any(self.lex.country_of(w) or self.lex.place_country(w) for w in parsed.title.split()) \
                and self._portfolio_in_capitals(parsed.title.split()[:-1]):
            # "Agriculture Commissioner X", "Climate Commissioner Y" in a story of the one bloc it names: a member of
            # its college by portfolio (not "Texas Agriculture Commissioner X", of a state: a place in the title)
            college = self._bloc_college(orgs, fallback_country, by_name=True)
            if college is not None:
                return college
        if parsed.head in ("vice-president", "vice president") and words[0] == "executive" and country is None \
                and "for" in (written := parsed.title.split()) and written[0] == "Executive" \
                and self._portfolio_in_capitals(written[written.index("for") + 1:]) \
                and (college := self._bloc_college(orgs, fallback_country, by_name=True)) is not None:
            return college  # "Executive Vice-President for Prosperity and Industrial Strategy X" in a story of the
            # bloc: a vice-president of its college, by portfolio in capitals (not a firm's "for Sales")
        lowered = " ".join(words)
        if lowered in self.lex.head_of_state or (len(words) == 2 and words[-1] in self.lex.head_of_state_words
                                                  and words[0] not in self.lex.head_of_state_not_after):
            return None, country
        if country is None and fallback_country in self.lex.ministerless_countries and "minister" in words:
            # "Assistant Minister of Investment and Foreign Trade" in a release from Washington: a ministry the
            # title names, of a country whose government has none; not the dateline's department of trade (and a
            # bare "Assistant Minister" there is no post of the dateline's government either)
            named = self._ministry_named_by_title(parsed, None)
            if named is not None:
                return named, None
            fallback_country = None
        for seq, domain, default_country in self.lex.implied:
            if domain in _CHAMBERS and self.lex.post_abroad(words):
                continue  # ("Canada's Permanent Representative to the WTO": a post abroad, no seat in the Commons)
            if holds_run(words, seq) and not (seq[-1] == "state" and (
                    holds_run(words, (*seq, "for")) or _domain_after(words, seq, self.lex.domain_words))
                                              and not {"assistant", "under", "deputy"} & set(words)):
                # ("Secretary of State for Commerce": a secretary of state of another country's government, the
                # portfolio after "for", not the U.S. Secretary of State; but the U.S. "Assistant Secretary of State
                # for East Asian and Pacific Affairs")
                if domain in _CHAMBERS:
                    here = self._chamber_in_sentence(orgs, position, domain)
                    if here is not None and (country is None or here.country in (None, country)):
                        # "Sen. Mirta Ledesma, who chairs the mining committee of the Argentine Senate": the chamber
                        # of that kind her own sentence names, not the one "Sen." implies by habit
                        return here.name, here.country
                    party = self._party_after_holder(orgs, position)
                    # ("SEOUL - Rep. X of the ruling Democratic Party": the dateline's party of that name, as the
                    # organizations step places it)
                    own = (party.country or fallback_country) if party is not None else None
                    if country is None and own and own != default_country:
                        # "Rep. Yoon Mi-rae of the main opposition People Power Party": a member for a party of
                        # another country than the title's habit sits in that country's chamber (the one the story
                        # names, else the lexicon's; else as below)
                        # (an unlisted party is the dateline's country's)
                        chamber = self._chamber_named(orgs, own, domain)
                        if chamber is not None:
                            return chamber.name, chamber.country or own
                        if body := self.lex.body(domain, own):
                            return body, own
                bloc = self.lex.is_bloc(default_country)
                # (a bloc's seat is no seat abroad in a story from one of its members: "New Democracy MEP X" in a
                # story from Athens sits in the union's parliament, not in a Greek chamber the story does not name)
                if domain in ("lower_house", "parliament") and country is None and default_country and not bloc \
                        and not self._countries_named.get(default_country) \
                        and not any(e.kind == "legislature" and e.country == default_country
                                    for e in orgs.entities.values()) \
                        and not (self._doc is not None and 0 <= position < len(self._doc) and any(
                            t.text in ("Republican", "Democrat") for t in self._doc[position].sent)):
                    # "In the Sejm the tax has more supporters ... MP Ewa Nowak": in a story that never names the
                    # country "MP" implies by habit, the one chamber of another country the story names
                    others = [e for e in orgs.entities.values() if e.kind == "legislature"
                              and e.country not in (None, default_country)
                              and not any(w in fold(e.name).split() for w in ("senate", "senat", "lords"))]
                    others = _own_names_first(others)
                    if len(others) == 1:
                        return others[0].name, others[0].country
                    # (the story's own country: its dateline's, else the one it is about; not merely the only
                    # one it names)
                    home = fallback_country or self._story_country
                    if not others and home is not None and home != default_country \
                            and not any(e.kind == "legislature" for e in orgs.entities.values()) \
                            and self.lex.body(domain, home) is None:
                        return None, None  # "Opposition MP Markéta Sýkorová (ODS)" in a story from Prague: a seat in
                        # the story's own country's chamber, which it does not name (not the House of Commons)
                    if not others and home is None and not set(words) & self.lex.seats_of_one_country and any(
                            code != default_country and code in self.lex.countries
                            and not self.lex.countries[code].organization for code in self._countries_named):
                        return None, None  # "opposition MP Chiara Lombardo" in a story that names Italy and the
                        # U.S., never Britain: a seat in a chamber it does not name
                if seq in self.lex.sole_implied:
                    return self.lex.body(domain, default_country), country or default_country  # ("Union Commerce
                    # Secretary" in a story that names China more than India: India's post, only India has it)
                chosen = country or default_country or fallback_country
                # (a story with no dateline is from the country it is about: "Commerce Secretary X" in a story about
                # India that never names the U.S.)
                home = fallback_country or (self._story_country if domain not in _CHAMBERS
                                            and not self._countries_named.get(default_country) else None)
                if home is None and default_country and domain not in _CHAMBERS and parsed.head == "secretary" \
                        and not self._countries_named.get(default_country):
                    having = [code for code in self._countries_named if code != default_country
                              and code in self.lex.ministry_secretary_countries and self.lex.body(domain, code)]
                    if len(having) == 1:
                        home = having[0]  # ("Commerce Secretary X" in a story about Japan and India that never names
                        # the U.S.: of the countries it names, India alone has a commerce secretary, the senior
                        # official of its ministry; not China, whose commerce post is a minister's)
                abroad = country is None and default_country and home \
                    and home != default_country and self._countries_named.get(default_country, 0) <= 1 and not bloc
                if abroad and domain in _CHAMBERS and self._doc is not None and 0 <= position < len(self._doc) \
                        and any(t.text in ("Republican", "Democrat") for t in self._doc[position].sent):
                    abroad = False  # ("Congressman X, a Republican from Texas" in a story from Lima: a U.S. member)
                if abroad and domain in _CHAMBERS and self.lex.body(domain, fallback_country) is None:
                    chamber = self._chamber_named(orgs, fallback_country, domain)
                    if chamber is not None and chamber.country != default_country:
                        # "congressman X" in a story from Lima that names the "Congress of the Republic"
                        return chamber.name, chamber.country or fallback_country
                    abbreviated = self._doc is not None and 0 <= position <= len(self._doc) and any(
                        t.lower_.rstrip(".") == "sen" for t in self._doc[max(0, position - 2):position + 1])
                    if fallback_country is not None and (domain in ("lower_house", "parliament")
                                                         or domain == "upper_house" and not abbreviated):
                        return None, None  # "Independent MP X" in a story from Canberra: a seat in the chamber of the
                        # dateline's country, which the story does not name (not the House of Commons; nor, for
                        # "CANBERRA - Senator X", the U.S. Senate; "BRUSSELS - Sen. X", as U.S. wires write it, is)
                if domain == "cabinet" and country is None and not self._countries_named.get(default_country) \
                        and fallback_country != default_country and not (home and self.lex.body(domain, home)):
                    return None, None  # "TORONTO - Premier Doug Ford said", "Speaking in Regina, Premier X": a
                    # premier of the story's own country or its provinces, not China's State Council (in a story
                    # that never names China)
                if abroad and self.lex.body(domain, home):
                    chosen = home  # "Commerce Secretary" in a story from New Delhi that hardly names the U.S.
                elif abroad and domain and fallback_country == home and domain not in _CHAMBERS \
                        and (named := self._named_body_for_domain(domain, home, orgs)) is not None \
                        and named.country in (None, home):
                    return named.name, home  # ("BUENOS AIRES - ... Agriculture Secretary X" in a story that names the
                    # Secretariat of Agriculture, Livestock and Fisheries: the dateline's own, not the U.S.'s)
                elif country is None and default_country and fallback_country != default_country \
                        and "visiting" not in words and not self._names_country(position, default_country, near=True):
                    # a dateline's own official, however often the story names the U.S. (not a visitor, nor where
                    # the holder's own sentence names it): "Senior Commerce Secretary X" in a story from Dhaka, the
                    # secretary of the ministry of that portfolio; "The undersecretary of Agriculture, X" in one from
                    # Mexico City, at its secretariat where the lexicon lists one, else at none named
                    if fallback_country in self.lex.ministry_secretary_countries \
                            and (own := self._ministry_named_by(parsed.title, fallback_country)) is not None:
                        named = self._named_body_for_domain(domain, fallback_country, orgs) if domain else None
                        # (the ministry as the story names it, "the Commerce Ministry", where it does)
                        return (named.name, fallback_country) if named is not None else (own, fallback_country)
                    if fallback_country in self.lex.undersecretariat_countries \
                            and parsed.head in ("undersecretary", "under-secretary"):
                        return self.lex.body(domain, fallback_country), fallback_country
                met_in = self._capital_after(position, default_country) if country is None and default_country \
                    else None
                if met_in not in (None, default_country) and self.lex.body(domain, met_in):
                    chosen = met_in  # "met Commerce Secretary Suresh Bhandari in New Delhi": the capital's government
                body = self._as_the_story_names(self.lex.body(domain, chosen), domain, chosen, orgs)
                if body is None and domain in _CHAMBERS \
                        and (chamber := self._chamber_named(orgs, chosen, domain)) is not None \
                        and (domain != "legislature" or chosen is not None and chamber.country == chosen):
                    # "KMT Legislator X" in a story that names the Legislative Yuan: the chamber of the holder's
                    # country the story names, not one built from the country's name (nor another country's, nor a
                    # bare "the Senate" a Mexican lawmaker speaks of)
                    return chamber.name, chamber.country or chosen
                if body is None and chosen is None and domain == "cabinet":
                    listed = set(self.lex.government_bodies.get(domain, {}).values())
                    named = [e for e in orgs.entities.values() if e.name in listed]
                    if len(named) == 1:
                        # "Minister without Portfolio X, who heads the Executive Yuan's Office of ...": of a cabinet
                        # post with no country, the one cabinet of any country the story names (not so a ministry's
                        # post: "Trade Minister X" in a story that names the European Commission)
                        return named[0].name, named[0].country
                if body is None and default_country is None:
                    # "Colombia's trade minister" in a story that names the "Ministry of Commerce, Industry and
                    # Tourism": the body the story names for the portfolio, else one built from the lexicon's way
                    named = self._named_body_for_domain(domain, chosen, orgs)
                    if named is not None and not self._holds_title_list(parsed, named):
                        named = None
                    body = named.name if named is not None else self.lex.unlisted_body(domain, chosen)
                if body:  # ("Member of Parliament" in a story from Colombo: the Parliament of Sri Lanka)
                    self._guessed = country is None and chosen == default_country \
                        and not set(words) & self.lex.seats_of_one_country  # (not "TD": the Dáil's alone)
                    return body, chosen
                if default_country and chosen != default_country and self.lex.is_bloc(default_country) \
                        and self.lex.body(domain, default_country):
                    # "the Dutch MEP": a member state's member of the union's parliament
                    return self.lex.body(domain, default_country), chosen
                break
        spec = self.lex.heads.get(parsed.head)
        government = spec is not None and spec.government
        writers = not government and self._writers_firm(position)
        if not government and (writers or parsed.head in self.lex.firm_posts):
            firm = self._signing_firm(orgs) or (self._acting_firm(orgs) if writers else None)
            if firm is not None:
                return firm.name, country or firm.country
        if government:
            portfolio = self._listed_body_for_portfolio(parsed, country)
            if portfolio is not None:
                return portfolio.name, portfolio.country
        country = country or (fallback_country if government else None)
        if government and country:
            head_at = max(n for n, w in enumerate(words) if w == parsed.head) if parsed.head in words else None
            for n, w in enumerate(words):
                domain = self.lex.domain_words.get(w)
                phrased = {x for phrase, d in self.lex.domain_words.items() if d == domain and " " in phrase
                           for x in phrase.split()} if domain else set()
                if domain and head_at is not None and any(
                        x not in self.lex.domain_words and x not in self.lex.modifiers and x not in CONNECTORS
                        and x not in phrased for x in words[min(n, head_at) + 1:max(n, head_at)]):
                    continue  # "economic revitalization minister": the post is not the economy ministry's (but
                    # "Plantation and Commodities Minister": the words of one domain's name)
                if w == "state" and 2 <= n < len(words) - 2 and words[n - 1] == "of" and words[n + 1] in ("for", "of") \
                        and words[n - 2] in self.lex.heads:
                    continue  # "Secretary of State for Economy": a junior post of the portfolio after "for", not
                    # the department of state's
                if domain:
                    body = self._as_the_story_names(self.lex.body(domain, country), domain, country, orgs)
                    if body:
                        return body, country
        # (a union's "General Secretary" leading its delegation holds the union's post)
        sent_by = self._delegation_body(orgs, position) \
            if not government or parsed.head in ("secretary", "secretary-general") and "general" in words else None
        if sent_by is not None:  # (a minister leading a business delegation holds his post at his ministry)
            return sent_by.name, country or sent_by.country
        context = spec.context if spec is not None else None
        if parsed.head == "member" and any(w in self.lex.board_words for w in words):
            context = "company"  # ("The copper group X is examining ..., as board member Y confirmed": a member of
            # a firm's board, not of a committee)
        if context:
            # (of the title's country, when it names one: "Malaysia's Director-General for Trade" is not the EU's)
            # (not a firm named only as an example, "larger platforms such as Google and Amazon", where the story
            # names another; "Steelmakers such as Tata Steel have cut output. Chief Executive X said": Tata Steel's)
            def fitting_here(e: OrgEntity) -> bool:
                return _fits(e, context) and (parsed.country is None or e.country in (None, parsed.country)) \
                    and not (self._doc is not None and 0 <= position < len(self._doc) and any(
                        self._before_anothers_post(m.start, position) for m in e.mentions
                        if self._doc[position].sent.start <= m.start < position))  # (in the title's own sentence)
            entity = orgs.nearest_before(position, lambda e: fitting_here(e) and not all(
                _named_as_example(self._doc, m.start) for m in e.mentions if m.start < position)) \
                or orgs.nearest_before(position, fitting_here)
            # a bare "Spokesman" speaks for the body named in the last lines; a CEO for the story's company
            reach = 40 if context == "just_named" else 150
            if context == "just_named" and entity is not None and self._doc is not None \
                    and 0 < position < len(self._doc):
                # ("The European Commission, which handles trade policy for the 27 EU member states, said it was
                # ready to respond. A spokesman, X, said ...": the body that spoke, not the one its clause named last)
                spoke = self._body_that_spoke_before(orgs, position)
                if spoke is not None and fitting_here(spoke):
                    entity = spoke
            if entity is not None and position - entity.mentions[-1].start < reach:
                return self._bloc_executive(entity.name, parsed.head) or entity.name, country or entity.country
            fitting = [e for e in orgs.entities.values() if _fits(e, context)]
            if context in ("committee", "central_bank", "media") and len(fitting) == 1 \
                    and (fitting == [entity] or entity is None and context == "media"):
                # "Shadow rapporteur X" far down a story about one committee: that committee; a correspondent
                # writes for the one outlet the story names
                return fitting[0].name, country or fitting[0].country
        heading = self._heading_committee(orgs) if parsed.head in self.lex.committee_posts \
            and not self._body_later_on_line(orgs, position) else None
        if heading is not None:  # "Members present: Jane Doe (Chair)" under "House of Commons Business and Trade
            # Committee": a bare chair in a committee's own minutes is the committee's
            return heading.name, country or heading.country
        spelled = self._body_spelled_by_title(parsed, orgs)
        if spelled is not None:
            return spelled.name, country or spelled.country
        if country is None and parsed.head == "minister" and fallback_country is None and parsed.country is None \
                and all(w in self.lex.domain_words or w in self.lex.modifiers or w in ("of", "for", "and", "the",
                                                                                     "minister", "international", "federal")
                        for w in words) \
                and (ministers := self._only_country_of_ministers()) is not None \
                and (body := self.lex.body(self._domain_of(words), ministers)) is not None:
            return body, ministers  # ("met the federal Minister of International Trade, X" in a story that names
            # the U.S. and Canada: a minister is Canada's, the U.S. has none)
        named = self._ministry_named_by_title(parsed, country) or self._undersecretariat_named_by_title(parsed, country)
        if named is not None:
            domains = {self.lex.domain_words[w] for w in words if w in self.lex.domain_words and w != parsed.head}
            story = self._named_body_for_domain(next(iter(domains)), country, orgs) \
                if len(domains) == 1 and self.lex.org_named(named) is None else None
            if story is not None:  # ("Mongolia's mining minister" where the story names its ministry in full)
                return story.name, country or story.country
            if country is None and self._story_country and len(domains) == 1 and self.lex.org_named(named) is None \
                    and self.lex.body(next(iter(domains)), self._story_country) \
                    and not any(e.known and e.kind == "government" and e.country not in (None, self._story_country)
                                for e in orgs.entities.values()):
                return None, None  # ("the Minister of International Trade, X" in a story about Canada: the body the
                # story's country has for that domain, which ``_fact`` gives, not a ministry made of the title; not
                # where the story names another country's government body, which may be the post's)
            return named, country
        bloc_post = self.lex.is_bloc(parsed.country) and self._bloc_named_at(position, parsed.country)
        if government and (country is None or not any(w in self.lex.domain_words for w in words)) and not bloc_post \
                and self._doc is not None and 0 <= position < len(self._doc):
            # "Speaking at the Ministry of Commerce's press conference, Vice Minister Zhou said": a bare government
            # title beside the one government body its sentence names (or one naming a portfolio in a story that
            # gives no country: "The Secretaría de Economía will ask ..., announced the undersecretary of Foreign
            # Trade, X")
            sent = self._doc[position].sent
            bodies = [e for e in orgs.entities.values() if e.kind == "government"
                      and e.name.split(" of ")[0] not in self.lex.mission_names  # (another country's embassy)
                      and any(sent.start <= m.start < sent.end and not self._anothers_body(m.start, position)
                              for m in e.mentions)]
            # (not a whole government beside a minister whose title names a portfolio of its own: "The Minister of
            # Steel Development, X, says the Federal Government will enforce the ban" is at that ministry)
            bodies = [e for e in bodies if not (fold(e.name).split()[-1:] == ["government"]
                                                and parsed.head == "minister" and "of" in words[1:])]
            if len(bodies) > 1 and parsed.head == "minister":
                # ("at the headquarters of the Ministry of Industry and Trade in Hanoi, Deputy Minister X received the
                # delegation of NOAA": the ministry where the post is, not the guests' body: one named after "at", else
                # the one named before the post; never one the guests are "of": "a delegation of Japan's Ministry of
                # ..., "Officials of the Ministry of Commerce of the People's Republic of China met Deputy Minister X at ...")
                def guests(e: OrgEntity) -> bool:
                    return any(sent.start <= m.start < sent.end and any(
                        self._doc[k].lower_ in self.lex.guest_nouns for k in range(max(sent.start, m.start - 5), m.start))
                        for m in e.mentions)
                hosts = [e for e in bodies if not guests(e)]
                at = [e for e in hosts if any(sent.start <= m.start < sent.end and m.start >= 1 and (
                    self._doc[m.start - 1].lower_ == "at" or self._doc[m.start - 1].lower_ == "the" and m.start >= 2
                    and self._doc[m.start - 2].lower_ == "at") for m in e.mentions)]
                before = [e for e in hosts if all(m.start < position for m in e.mentions
                                                  if sent.start <= m.start < sent.end)]
                # (the body after "at" only beside a guests' body: otherwise "at" names a venue, "held talks at the
                # Department of Commerce building", "a briefing at the Government Complex Sejong")
                bodies = at if len(at) == 1 and len(hosts) < len(bodies) else before if len(before) == 1 else hosts
            if len(bodies) == 1 and not self._other_portfolios(words, bodies[0]) \
                    and (country is None or bodies[0].country in (None, country)) \
                    and not (parsed.head == "minister" and (not set(fold(bodies[0].name).split()) & self.lex.ministers_bodies
                                                            or bodies[0].country in self.lex.ministerless_countries)):
                # (a minister's is a ministry: not the General Administration of Customs his guests came from, nor
                # the U.S. Department of Commerce whose delegation a Belgian "Minister of Economy" hosted)
                return bodies[0].name, country or bodies[0].country
        if government:
            entity = self._body_named_for_domains(parsed, orgs, country)
            if entity is not None:
                return entity.name, country or entity.country
        elif self._doc is not None and 0 <= position < len(self._doc) and country is None:
            # "The Bureau of Customs (BOC) is on track ..., Customs Commissioner X said": a post naming a policy domain
            # at the one government body its sentence names with that domain's word in its name
            sent = self._doc[position].sent
            domain = {w for w in words if w in self.lex.domain_words and w != parsed.head}
            bodies = [e for e in orgs.entities.values() if e.kind == "government" and domain
                      and domain <= set(fold(e.name).split())
                      and any(sent.start <= m.start < position for m in e.mentions)]  # (named before the post: not
            # "Customs Commissioner X met officials of the General Administration of Customs of the People's Republic of China")
            if len(bodies) == 1:
                return bodies[0].name, bodies[0].country
        if government and country and not any(w in self.lex.domain_words for w in words
                                              if not (w == "state" and "secretary" in words)):
            # "State Secretary Matthias Kleinschmidt" in a story from Berlin that names one federal ministry: a bare
            # ministerial rank is that ministry's (of the title's or the dateline's country, the only one named)
            ministries = [e for e in orgs.entities.values() if e.kind == "government" and e.country == country
                          and fold(e.name).split()[0] in self.lex.ministers_bodies | {"federal"}
                          and "minist" in fold(e.name)]
            if len(ministries) == 1 and parsed.head in self.lex.ministerial_heads:
                return ministries[0].name, country
        if self.lex.post_abroad(parsed.words) and parsed.country is None and self._doc is not None \
                and 0 <= position < len(self._doc):
            # "The Royal Thai Embassy in Berlin said Ambassador X had met ...": a bare ambassador beside the one
            # mission his sentence names
            sent = self._doc[position].sent
            missions = [e for e in orgs.entities.values() if self._a_mission(e)
                        and any(sent.start <= m.start < position for m in e.mentions)]  # (named before him: not
            # "Ambassador X visited the Embassy of Chile")
            if len(missions) == 1:
                return missions[0].name, country or missions[0].country
        if self.lex.post_abroad(parsed.words) and country in self.lex.countries:
            # an ambassador belongs to the one mission of the country the story names ("Embassy of Kenya in ...")
            sending = f" of {self.lex.countries[country].in_phrase}"
            missions = [e for e in orgs.entities.values() if e.kind == "government"
                        and e.name.split(" of ")[0] in self.lex.mission_names and sending in f" {e.name}"]
            if len(missions) == 1:
                return missions[0].name, country
            if parsed.posted_to:
                return self._mission_implied(parsed, country), country
        bloc = self.lex.countries.get(country) if country else None
        if bloc is not None and bloc.organization and parsed.country == country and not parsed.plural \
                and parsed.head in self.lex.bloc_posts and self._bloc_named_at(position, country):
            # "the GCC Secretary General", "the EU's chief negotiator": a post of a bloc the title names, at no body
            # of it the story names: the bloc's own (not "Brussels Mayor X", "European diplomat X", "GCC CEO X": a
            # city or an adjective places the post, or the post is no bloc's)
            return self._bloc_executive(bloc.organization, parsed.head) or bloc.organization, country
        if parsed.head in self.lex.college_heads and parsed.country is None and not parsed.plural and "for" in words:
            # "Commissioner for Agriculture and Food X" in a story that names the European Commission: its member
            offices = self.lex.offices.get(parsed.head, ())
            # (named before the title: not "Commissioner for Customs X said Kenya would adopt the European
            # Commission's rules")
            colleges = [e for e in orgs.entities.values() if any(w in offices for w in fold(e.name).split())
                        and e.country in (None, country, "EU") and any(m.start < position for m in e.mentions)]
            if len(colleges) == 1:
                return colleges[0].name, country or colleges[0].country
        if country is None and parsed.head in self.lex.ministerial_heads and not parsed.plural:
            domain = next((self.lex.domain_words[w] for w in words if w in self.lex.domain_words and w != parsed.head),
                          None)  # (a list's first: "Agriculture, Forestry and Fisheries Minister")
            story = self._named_body_for_domain(domain, country, orgs) if domain else None
            if story is not None:  # "Agriculture, Forestry and Fisheries Minister X" in a story of no country that
                return story.name, story.country  # names the "Agriculture, Forestry and Fisheries Ministry"
        return None, country

    def _ministry_of_formal_title(self, fact: RoleFact) -> str | None:
        """"Minister of Maritime Affairs and Insular Policy", "Deputy Minister of Industry and Trade": a minister's
        formal title, its portfolio written out in capitals after "of", names the ministry it implies, "Ministry of"
        that portfolio (not in a country of departments, nor for "Minister of State", a rank); so does a portfolio
        written in capitals before "Minister" ("Mines and Mining Development Minister")."""
        if fact.plural or fact.organization is not None or (fact.country and self.lex.uses_departments(fact.country)) \
                or "shadow" in fact.title.lower().split():
            return None  # (an opposition post shadows a ministry, it does not belong to it)
        country = fact.country
        # (in the country the post is of, where known, written the lexicon's way: "Ministry of Development and Trade
        # of Costa Rica", not one name for every country's)
        of = f" of {self.lex.countries[country].in_body_name}" if country in self.lex.countries \
            and not self.lex.countries[country].organization else ""
        found = _FORMAL_MINISTER.search(fact.title)
        if found is not None:
            return None if found.group(1).removeprefix("the ").lower() == "state" else f"Ministry of {found.group(1)}{of}"
        # (a journalist's shorthand names the ministry only in a country the story gives whose ministries its
        # ministers' portfolios name: "Trade and Investment Minister" of no country said is no "Ministry of Trade and
        # Investment", nor is a Swedish "Rural Affairs Minister" of a "Ministry of Rural Affairs")
        named_by_portfolio = country in self.lex.countries and not self.lex.countries[country].organization \
            and country not in self.lex.no_ministry_countries \
            and country not in self.lex.portfolio_not_ministry_countries
        found = _PORTFOLIO_MINISTER.match(fact.title) if named_by_portfolio else None
        lower = found is not None and found.group(2) is not None
        # (written in lower case: each word in capitals, as the ministry's name is)
        portfolio = re.sub(r"(?<![\w'])([a-z])", lambda m: m.group(1).upper(), found.group(2)) \
            .replace(" And ", " and ") if lower else found.group(1) if found else ""
        words = re.split(r",? and |, | & | ", portfolio) if found else []
        if not words or not all(self.lex.is_portfolio(w.lower()) for w in words) \
                or "Foreign" in words and words != ["Foreign"] or lower and any(w.endswith("ic") for w in words):
            return None  # (only a portfolio's words: not "Prime Minister", "Senior Minister"; a "Foreign Trade
            # Minister" sits in the foreign ministry as often as in one of trade; a field in lower case is no
            # ministry's name: "economic revitalization minister")
        # "Oil Minister": the ministry of that portfolio ("Foreign Minister": of foreign affairs)
        return f"Ministry of Foreign Affairs{of}" if words == ["Foreign"] else f"Ministry of {portfolio}{of}"

    def _chamber_word_after(self, doc: Doc, position: int) -> bool:
        """Does an institution's word follow the title at ``position`` within its next few words ("a member of
        Ghana's parliament", "a member of the ruling party")? Such a member's post is kept, its body unnamed."""
        k = position
        while k < len(doc) and k - position < 8 and doc[k].text not in (",", ".", ";", "(") \
                and doc[k].lower_ not in ("in", "at", "who", "which", "that", "and"):
            if doc[k].lower_ in self.lex.institution_words or doc[k].lower_ == "party":
                return True  # (of that body: not "a member of the agribusiness caucus in the Chamber of Deputies")
            k += 1
        return False

    def _body_later_on_line(self, orgs: OrgIndex, position: int) -> bool:
        """Does a body follow the title at ``position`` on its line ("Maria Lopez, Chairwoman, U.S. Chamber of
        Commerce task force" among a committee's witnesses: a chair elsewhere)?"""
        if self._doc is None or not 0 <= position < len(self._doc):
            return False
        text = self._doc.text
        at = self._doc[position].idx
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        return any(at < self._doc[m.start].idx < end for e in orgs.entities.values() for m in e.mentions)

    def _a_mission(self, entity: OrgEntity) -> bool:
        """Is the body a country's mission abroad ("Embassy of Thailand in Berlin", "Royal Thai Embassy")?"""
        words = f" {fold(entity.name)} ".replace(",", " ")
        return any(f" {' '.join(m)} " in words for m in (*self.lex.missions, *self.lex.missions_posted_to))

    def _heading_committee(self, orgs: OrgIndex) -> OrgEntity | None:
        """The committee a story's first line names (its minutes' or summary's heading), if any."""
        if self._doc is None or not len(self._doc):
            return None
        text = self._doc.text
        if "\n" not in text.strip():
            return None  # (one paragraph: no heading)
        lead, line = first_line(text)
        line = line.rstrip()
        bare = re.sub(r"\s*\([A-Za-z&]{2,10}\)$", "", line)
        # the whole line names the committee (a chamber before it): the minutes' heading, not a headline about it
        return next((e for e in orgs.entities.values() if _fits(e, "committee") and any(
            self._doc[m.start].idx < lead + len(line) and (bare.endswith(m.surface.strip()) or bare == e.name)
            for m in e.mentions)), None)

    def _bloc_named_at(self, position: int, code: str) -> bool:
        """Does the title at token ``position`` name the bloc by its name or short form ("EU", "GCC", "the
        European Union's"), not by its capital or an adjective ("Brussels", "European")?"""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return False
        capitals = {key for key, c in self.lex.capitals.items() if c == code}
        forms = {fold(f) for f in self.lex.country_names.get(code, [])} - capitals - {"the bloc"}
        window = doc[max(doc[position].sent.start, position - 8):min(doc[position].sent.end, position + 8)]
        return any(fold(t.text) in forms for t in window) \
            or any(" " in f and f in fold(window.text) for f in forms)

    def _seat(self, words: list[str]) -> str | None:
        """The kind of chamber a title is a seat in ("Rep." a lower house, "senator" an upper one, "MP" a
        parliament), or None when it is no legislator's."""
        return next((domain for seq, domain, _ in self.lex.implied if holds_run(words, seq) and domain in _CHAMBERS), None)

    def _named_with_country(self, entity: OrgEntity) -> bool:
        """Does the story write a country's name in any mention of the body ("the Mexican Senate", "the Ministry of
        Trade of Zimbabwe")?"""
        return any(self.lex.country_of(w) for m in entity.mentions
                   for w in m.surface.replace("'s", " ").replace("\u2019s", " ").split())

    def _chamber_named(self, orgs: OrgIndex, country: str | None, seat: str = "parliament") -> OrgEntity | None:
        """The legislature of the seat's kind the story names for ``country`` (the only one it names, when the
        country is unknown or the chamber's is): a party member's seat is there. A senate is no lower house's
        seat, a lower house ("House of Representatives", "House of Commons") no senator's."""
        def fits(e: OrgEntity) -> bool:
            words = fold(e.name).split()
            upper = "senate" in words or "senado" in words or "lords" in words
            lower = "representatives" in words or "commons" in words or "deputies" in words or "diputados" in words
            return not (seat == "lower_house" and upper or seat == "upper_house" and (lower or not upper))
        chambers = [e for e in orgs.entities.values() if e.kind == "legislature" and fits(e)]
        mine = _own_names_first([e for e in chambers if country is not None and e.country == country])
        if len(mine) == 1:
            return mine[0]
        # (a chamber the story names without a country, "the Senate", is the party's, whatever country the
        # lexicon gives the bare name; not "the Mexican Senate" for a U.S. Democrat)
        plain = len(chambers) == 1 and not self._named_with_country(chambers[0])
        if len(chambers) == 1 and (country is None or chambers[0].country in (None, country) or plain):
            return chambers[0]  # ("Senator X of the Australian Labor Party said the Senate ...": the one chamber of
            # that kind the story names; not the Mexican Senate for a U.S. Democrat)
        return None

    def _party_after_holder(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """The party named right after the holder's name at ``position`` ("Rep. X of the main opposition People
        Power Party", "MP X (CHP)"): the first body in the next few words, when it is a party."""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return None
        k = position + 1
        while k < len(doc) and doc[k].ent_type_ == "PERSON":
            k += 1  # (past the rest of the name)
        for j in range(k, min(len(doc), k + 7)):
            if doc[j].text in (".", ";") or doc[j].pos_ in ("VERB", "AUX") and doc[j].is_lower \
                    and doc[j].lower_ not in self.lex.parliament_party_words:  # ("ruling", an adjective the model
                # may read as a verb)
                return None
            entity = orgs.at(j)
            if entity is not None:
                return entity if entity.kind == "party" else None
        return None

    def _party_before_seat(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """The party named right before a bare seat's head before the holder's name at ``position`` ("the Socialist
        Party (PS) deputy X"), its short form in brackets perhaps between; None when there is none."""
        doc = self._doc
        k = position - 2  # (before the head)
        if doc is None or not 1 <= k < len(doc):
            return None
        if doc[k].text == ")":
            k = next((j - 1 for j in range(k - 1, max(0, k - 5), -1) if doc[j].text == "("), -1)
        entity = orgs.at(k) if k >= 0 else None
        return entity if entity is not None and entity.kind == "party" else None

    def _chamber_in_sentence(self, orgs: OrgIndex, position: int, seat: str) -> OrgEntity | None:
        """The one legislature of the seat's kind named after token ``position`` in its clause (an appositive or a
        relative clause about the holder, before the sentence's main verb)."""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return None
        sent = doc[position].sent
        # (before the sentence's main verb: "Sen. Ted Cruz met Mexican senators where the Mexican Senate ..." is not
        # his chamber)
        root = next((t.i for t in sent if t.dep_ == "ROOT" and t.i > position), sent.end)
        opening = [e for e in orgs.entities.values() if e.kind == "legislature" and any(
            sent.start < m.start < position and m.start - (doc[m.start - 1].lower_ == "the") - 1 == sent.start
            and doc[sent.start].lower_ in ("in", "at") for m in e.mentions)]
        # (the sentence's subject only, no country or state before the title: not "..., Senator X met visiting US
        # Senator Y", "In the Senate of the Republic, Texas Senator Z met ...")
        if len(opening) == 1 and position < sent.root.i \
                and not any((doc[k].ent_type_ in ("GPE", "NORP") or self.lex.country_of(doc[k].text))
                            and orgs.at(k) is None for k in range(max(sent.start, position - 3), position + 1)) \
                and (here := self._chamber_named(OrgIndex(entities={fold(opening[0].name): opening[0]}), None, seat)):
            return here  # "In the Senate of the Republic, the chair of ..., Senator X, announced": where the
            # sentence is set
        # (and held there: through a verb of holding a post only, "who chairs the mining committee of ..."; not "who
        # met members of the Philippine Senate", "who testified before the Mexican Senate"; and named as the place of
        # a post: "the mining committee of", "a member of", "who sits in" the X Senate; not "fresh from a visit to",
        # "a frequent critic of" it)
        def held_in(m) -> bool:
            k = m.start - (doc[m.start - 1].lower_ == "the")
            return k >= 2 and doc[k - 1].lower_ in ("of", "in", "on") and (
                doc[k - 2].lower_ in self.lex.post_verbs or doc[k - 2].lower_ in self.lex.heads
                or self.lex.kind_of(doc[k - 2].text) == "committee"
                # ("Senator X, in the Senate of the Republic, asked": set off right after the holder's name)
                or doc[k - 1].lower_ == "in" and doc[k - 2].text == "," and k - 2 > position
                and all(doc[j].ent_type_ == "PERSON" or doc[j].is_title for j in range(position + 1, k - 2)))
        found = {key: e for key, e in orgs.entities.items() if e.kind == "legislature"
                 and any(position < m.start < root and held_in(m) and not any(
                     doc[k].pos_ == "VERB" and doc[k].lower_ not in self.lex.post_verbs for k in range(position, m.start))
                     for m in e.mentions)}
        return self._chamber_named(OrgIndex(entities=found), None, seat) if found else None

    def _anothers_body(self, start: int, position: int) -> bool:
        """Is the body named at token ``start`` another person's, written with "of" after their name ("... met
        Dan Whitford of USTR"), away from the title at ``position``?"""
        doc = self._doc
        if position < start and any(doc[k].lower_ in _MEETING_WORDS for k in range(max(position + 1, start - 6), start)):
            return True  # ("Minister Park plans to meet with U.S. Trade Representative (USTR) Hale": whom he meets)
        if start < position and self._before_anothers_post(start, position):
            return True  # ("KEGA chief executive Katrin Obermann and Bayou Ridge chief executive X": hers, not his)
        return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].ent_type_ == "PERSON" \
            and not (start - 2 <= position <= start)

    def _before_anothers_post(self, start: int, position: int) -> bool:
        """Is the body named at token ``start`` written right before a post and its holder's name, all before the
        title at ``position`` ("KEGA chief executive Katrin Obermann and ...")?"""
        doc = self._doc
        k = start
        while k < position and k - start < 5 and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha \
                and doc[k].lower_ not in self.lex.heads:
            k += 1
        j = k
        while j < position and j - k < 3 and doc[j].is_alpha and (doc[j].lower_ in self.lex.heads
                                                                  or doc[j].lower_ in self.lex.modifiers):
            j += 1
        return k > start and j > k and j + 1 < position and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"

    def _bloc_executive(self, body: str, head: str) -> str | None:
        """The executive commission of the bloc ``body`` names, for a post of the bloc held there (titles.yaml
        ``bloc_executive_posts``: "EU trade spokesperson X", "EU trade chief X" speak for the European
        Commission, as annotators give them); None for any other post or body (an ambassador stays the bloc's)."""
        code = self.lex.country_of(body) if head in self.lex.bloc_executive_posts else None
        if not self.lex.is_bloc(code):
            return None
        return self.lex.body("executive_commission", code)

    def _portfolio_in_capitals(self, words: list[str]) -> bool:
        """Are these a portfolio written in capitals, its policy domains and portfolio words joined by "and" or
        commas, after any rank ("Agriculture", "Energy and Housing", "Deputy Climate")?"""
        while words and words[0].lower() in self.lex.modifiers:
            words = words[1:]
        return bool(words) and any(w.lower() not in ("and", "&") for w in words) and all(
            w.lower() in ("and", "&") or w[:1].isupper() and self.lex.is_portfolio(w.strip(",").lower()) for w in words)

    def _bloc_college(self, orgs: OrgIndex, dateline: str | None, by_name: bool = False) -> tuple[str, str] | None:
        """The executive commission of the one bloc a story names, where it names no other commission: "Commissioner
        Vollmer hosted ..." in a story about the European Union and China; "Commissioner X informed ministers that
        the Commission intends ..." (the story's own "the Commission" where it names the college so). Not in a story
        datelined in some country ("WASHINGTON - ... Commissioner X": one of its own commissions, maybe unnamed)."""
        blocs = [code for code, spec in self.lex.countries.items() if spec.organization
                 and self.lex.body("executive_commission", code) and (
                     self._countries_named.get(code) and not by_name or any(
                         e.country == code or fold(e.name) == fold(spec.organization) for e in orgs.entities.values()))]
        # (``by_name``: the bloc or one of its bodies named, not merely "European" workers)
        # (named as a place, "the EU's", or as a body: the model often reads "the European Union" as one)
        if len(blocs) != 1 or dateline not in (None, blocs[0]):
            return None
        college = self.lex.body("executive_commission", blocs[0])
        named = [e for e in orgs.entities.values() if fold(e.name).split()[-1:] == ["commission"]]
        if any(fold(e.name) not in ("commission", fold(college)) for e in named):
            return None  # (a story that names another commission: its commissioner may sit there)
        return next((e.name for e in named if fold(e.name) == "commission"), college), blocs[0]

    def _as_the_story_names(self, body: str | None, domain: str, country: str | None, orgs: OrgIndex) -> str | None:
        """The lexicon's body of a domain, written as the story names it where it names it shorter: the story's
        "Ministry of Agriculture and Rural Development" for the lexicon's "... of Poland" (one body, not two)."""
        if body is None or domain in _CHAMBERS:
            return body
        named = self._named_body_for_domain(domain, country, orgs)
        return named.name if named is not None and fold(body).startswith(fold(named.name) + " of ") else body

    def _named_body_for_domain(self, domain: str, country: str | None, orgs: OrgIndex) -> OrgEntity | None:
        """The one government body the story names, of the country (or of none), whose name holds a word of the
        policy domain (trade and commerce one family: ministries name it either way)."""
        family = _TRADE_DOMAINS if domain in _TRADE_DOMAINS else {domain}
        doc = self._doc

        def elsewhere(e: OrgEntity) -> bool:  # ("the Ministry of Commerce in Niamey": another country's)
            return doc is not None and any(
                m.end + 1 < len(doc) and doc[m.end].lower_ == "in"
                and (self.lex.place_country(doc[m.end + 1].text) or country) != country for m in e.mentions)

        def portfolios(e: OrgEntity) -> list[str]:
            """The first word of its remit, and each other portfolio written in one word: "Ministry of Energy and
            Mines" holds mines, "Ministry of Supply and Internal Trade" holds supply but no trade."""
            words = fold(e.name).replace(",", " , ").split()
            if _remit_before_body_word(words):
                remit = words[:-1]  # "Agriculture, Forestry and Fisheries Ministry": the remit before the body's word
                if len(remit) > 1 and e.country is not None and self.lex.country_adjectives.get(remit[0]) == e.country:
                    remit = remit[1:]  # ("Russian Agriculture Ministry": its country's adjective, then the remit)
            elif "of" not in words or words.index("of") + 1 >= len(words):
                return []
            else:
                remit = words[words.index("of") + 1:]
                remit = remit[1:] if remit[:1] == ["the"] and len(remit) > 1 else remit  # ("of the Economy and ...")
            items, item = [], []
            for w in remit + [","]:
                if w in (",", "and", "&"):
                    if item:
                        items.append(item)
                    item = []
                else:
                    item.append(w)
            return [remit[0]] + [i[0] for i in items[1:] if len(i) == 1]

        def of_the_field(e: OrgEntity) -> bool:  # a body whose remit holds the domain, here
            return any(self.lex.domain_words.get(w) in family for w in portfolios(e)) and not elsewhere(e)
        def kind(e: OrgEntity) -> str:  # ("Agriculture, Forestry and Fisheries Ministry": its last word)
            words = fold(e.name).split()
            return words[-1] if _remit_before_body_word(words) else _kind_word(e.name)
        fits = [e for e in orgs.entities.values()
                if kind(e) in self.lex.ministers_bodies  # (a ministry's kind: not a bureau in it)
                # (of no stated country, only a ministry, as the body built instead would be: not "the Department of
                # Finance in Manila" for South Africa's finance minister)
                and (e.country == country or e.country is None and kind(e) == "ministry")
                and of_the_field(e)]
        if len(fits) == 1 and fold(fits[0].name).startswith("department") and country is None:
            # "Deputy Minister of Commerce X" in a story naming Thailand's "Ministry of Commerce" and its "Department
            # of Trade Negotiations": a minister's is the ministry of the field the story names, whatever its country
            # (not one the story gives another country in its name: "the Ministry of Trade of Zimbabwe")
            ministries = [e for e in orgs.entities.values() if fold(e.name).split()[0] == "ministry"
                          and of_the_field(e) and not self._named_with_country(e)]
            if len(ministries) == 1:
                return ministries[0]
        inside = written_part_of(doc, orgs, fits[0], self.lex, frozenset({"at"})) \
            if len(fits) == 1 and doc is not None and fold(fits[0].name).split()[0] != "ministry" else None
        if inside and (whole := orgs.entities.get(fold(inside))) is not None and of_the_field(whole) \
                and kind(whole) in self.lex.ministers_bodies:
            return whole  # ("the Office of Trade Negotiations at MOTIE": a minister's post is at the ministry it is in)
        return fits[0] if len(fits) == 1 else None

    def _holds_title_list(self, parsed: ParsedTitle, entity: OrgEntity) -> bool:
        """Does the body's name hold every portfolio a title lists after "of" ("Minister of Investment and Foreign
        Trade")? Not the story's "Ministry of Commerce, Industry and Tourism" for the Egyptian minister; a title of one
        portfolio ("trade minister") fits any body of its field."""
        words = fold(parsed.title).replace(",", " ").split()
        if "of" not in words or not ({"and", "&"} & set(words)):
            return True
        listed = {w for w in words[words.index("of") + 1:] if self.lex.is_portfolio(w) and w not in ("foreign", "state")}
        held = set(fold(entity.name).replace(",", " ").split())
        family = {w for w in listed if self.lex.domain_words.get(w) in _TRADE_DOMAINS}
        return listed - family <= held and (not family or bool(held & {w for w, d in self.lex.domain_words.items()
                                                                         if d in _TRADE_DOMAINS}))

    def _office_and_area(self, parsed: ParsedTitle) -> tuple[list[str], int] | None:
        """A title's folded words without the ranks before its head ("deputy"), and where its area opens with "of" or
        "for" ("director-general" | "for trade"): the office the head runs and the area it covers; None when the
        title names no area."""
        words = fold(parsed.title).split()
        while len(words) > 3 and words[0] in self.lex.modifiers:
            words = words[1:]
        cut = next((n for n, w in enumerate(words) if w in ("of", "for")), None)
        return None if cut is None or cut == len(words) - 1 else (words, cut)

    def _office_of_title(self, parsed: ParsedTitle, orgs: OrgIndex) -> OrgEntity | OrgInfo | None:
        """"Director General of Foreign Trade Meenakshi Rao Bhatia" in a story that names the "Directorate General
        of Foreign Trade (DGFT)": the body the story names for the office the title's head runs (``offices``), over
        the same area written the same way (not "director general of Trade" at a ministry beside the EU's
        "Directorate-General for Trade"); a deputy's or an acting holder's too."""
        split = self._office_and_area(parsed)
        if split is None:
            return None
        words, cut = split
        offices = self.lex.offices.get(" ".join(words[:cut]), ())
        if "ministry" in offices and any(w.strip(",") in self.lex.domain_words for w in words[cut + 1:]):
            return None  # ("Deputy Minister of Trade": a ministry of a listed domain is found with its country)
        area = " ".join(words[cut + 1:]).removeprefix("the ")
        wanted = {f"{office} {words[cut]} {area}" for office in offices}  # (the title's own "of" or "for")
        fits = [e for e in orgs.entities.values()
                if (fold(e.name) in wanted or any(fold(a) in wanted for a in e.aliases))
                and (parsed.country is None or e.country in (None, parsed.country))]  # (not Malaysia's at the EU's)
        if not fits and "undersecretariat" in offices:
            # "Chile's Undersecretary for International Economic Relations": the listed undersecretariat of the
            # title's country (or the dateline's) that runs the same area, with either small word (not a
            # directorate-general, whose people annotators give the Commission: "Deputy Director-General for Trade")
            country = parsed.country or self._fallback_country
            listed = {self.lex.org_named(f"{office} {small} {area}") for office in offices for small in ("of", "for")}
            fits = [e for e in listed if e is not None and country is not None and e.country == country]
            return fits[0] if len(fits) == 1 else None  # (its name and country, as a body the story names gives)
        return fits[0] if len(fits) == 1 else None

    def _listed_body_for_portfolio(self, parsed: ParsedTitle, country: str | None):
        """"Trade, Industry and Energy Minister": a title naming two or more policy domains belongs to the one
        listed government body (of the title's country, when known) whose name holds every one of them, the
        Korean ministry here, whatever the dateline's country."""
        order = [w.strip(",") for w in parsed.words if w.strip(",") in self.lex.domain_words and w != parsed.head]
        if len(set(order)) < 2:
            return None

        def holds(name: str) -> bool:
            words = re.findall(r"[a-z]+", fold(name))
            if not set(order) <= set(words):
                return False
            # with no country, the domains in the title's order ("Industry, Trade and Investment" is Nigeria's,
            # not Malaysia's "Investment, Trade and Industry")
            # not Malaysia's "Investment, Trade and Industry"); nor a body holding a domain the title does not name
            # ("Minister of Investment and Downstream Industry" is not at "Investment, Trade and Industry")
            return country is not None or ([w for w in words if w in order] == order
                                           and not {w for w in words if w in self.lex.domain_words} - set(order))
        fits = [info for info in self.lex.organizations.values() if info.kind == "government"
                and (country is None or info.country == country) and holds(info.name)]
        if len(fits) != 1 or country is None and fits[0].country not in self._countries_named:
            return None  # (with no country, of one the story names: not Italy's "Ministry of Agriculture, Food
            # Sovereignty and Forests" for Bulgaria's deputy minister of agriculture and food)
        return fits[0]

    def _mission_implied(self, parsed: ParsedTitle, sending: str) -> str | None:
        """The mission an ambassador's title implies when the story names none: "Ambassador of India to
        China" -> "Embassy of India in China"; to the EU, "Mission of Brazil to the European Union"; the EU's
        own, the European Union itself; to an international body, "Permanent Mission of
        Mexico to the WTO"; a high commissioner's, "High Commission of ... in ..."."""
        to = parsed.posted_to
        countries = self.lex.countries
        if parsed.head not in ("ambassador", "commissioner", "representative") or to == sending:
            return None
        own = countries[sending].in_phrase
        if to in countries:
            if self.lex.is_bloc(sending):
                return countries[sending].organization  # "EU Ambassador to China": the bloc's own post, the bloc
                # (its delegation there only where the story names it: "Head of the Delegation of the EU to ...")
            if to == "EU":
                return f"Mission of {own} to the European Union"
            if parsed.head == "representative":
                return None
            body = "High Commission" if parsed.head == "commissioner" else "Embassy"
            return f"{body} of {own} in {countries[to].in_phrase}"
        if to.startswith("the ") and parsed.head in ("ambassador", "representative"):
            return f"Permanent Mission of {own} to {to}"
        return None

    def _delegation_body(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """"A delegation from the Trade Remedy and Investigation Bureau of the Chinese Ministry of Commerce, headed by
        deputy director-general Li Wenjun, ...": the body a delegation came from is its leader's, when the title
        follows "headed by" or "led by" in the sentence that names both."""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return None
        by = position - 1
        while by > 0 and position - by < 8 and doc[by].lower_ != "by" and not doc[by].is_punct \
                and doc[by].pos_ not in ("VERB", "AUX"):
            by -= 1  # (over the title before the name; not "a delegation led by X met EU Ambassador Y")
        if by < 1 or doc[by].lower_ != "by" or doc[by - 1].lower_ not in ("headed", "led", "chaired"):
            return None
        sent = doc[position].sent
        for k in range(sent.start, by - 1):
            if doc[k].lower_ in _DELEGATION_UNITS and doc[k + 1].lower_ in ("from", "of"):
                at = k + 2 + (doc[k + 2].lower_ == "the")
                return orgs.at(at) if at < by else None
            if doc[k].lower_ in _DELEGATION_UNITS and k + 1 == by - 1 and k > sent.start and orgs.at(k - 1) is not None:
                # "an NUPW delegation led by General Secretary G. Sankaran" (a post of that body's kind: not "A Port
                # Authority delegation led by Governor General X")
                head = self.lex.heads.get(doc[by + 1].lower_) if by + 1 < len(doc) else None
                context = head.context if head is not None else None
                return orgs.at(k - 1) if context in (None, "any") or _fits(orgs.at(k - 1), context) else None
        return None

    def _body_named_for_domains(self, parsed: ParsedTitle, orgs: OrgIndex, country: str | None) -> OrgEntity | None:
        """"Economy Secretary Marisol Quintero ... Mexico's Secretariat of Economy
        said": a government title whose policy domains all appear in the name of
        one government body the story names (of the title's country, when known)
        belongs to that body."""
        words = parsed.words
        if "for" in words and "of" in words[:words.index("for")] \
                and any(w in self.lex.domain_words and w != "state" for w in words[words.index("of"):words.index("for")]):
            words = words[:words.index("for")]  # "State Minister of Agriculture for Agricultural Inputs and
            # Mechanization": the ministry's portfolio, then the minister's own area in it
        domains = [w for n, w in enumerate(words) if w in self.lex.domain_words and w != parsed.head
                   and not (w == "state" and ("secretary" in words or words[n + 1:n + 2] == [parsed.head]))]
        # ("Secretary of State for Economy", "State Minister of Agriculture": a rank)
        if not domains:
            # "Deputy Minister Huong received ... at the Ministry of Industry and Trade": a post with no
            # portfolio belongs to its country's one ministry the story names
            if country is None and words[-2:] == ["state", "secretary"]:
                # "State Secretary X" in a story of no country that names one ministry: a ministry's rank, there
                fits = [e for e in orgs.entities.values() if e.kind == "government"
                        and _kind_word(e.name) in self.lex.ministers_bodies
                        and not (e.country and self.lex.uses_departments(e.country))]
                return fits[0] if len(fits) == 1 else None
            if country is None or parsed.head not in ("minister", "secretary"):
                return None
            fits = [e for e in orgs.entities.values() if e.kind == "government" and e.country == country
                    and fold(e.name).split()[0] in self.lex.body_words]
            return fits[0] if len(fits) == 1 else None
        named = {e.name: set(fold(e.name).replace(",", " ").split()) for e in orgs.entities.values()
                 if e.kind == "government" and (country is None or e.country in (None, country))}
        # ("Ministry of Trade, Agribusiness and Industry": its words, without their commas)
        wanted = set(domains)
        if "," in " ".join(words) or "and" in words:
            # "Deputy Minister for Trade, Agribusiness and Industry": only a body with all the portfolios it lists
            wanted |= {w.strip(",") for w in words if self.lex.is_portfolio(w.strip(","))}
        fits = [e for e in orgs.entities.values() if e.name in named and wanted <= named[e.name]
                # (a minister is no official of a government with none: "Agriculture Minister Otsuki" beside the U.S.
                # Department of Agriculture)
                and not (parsed.head == "minister" and (e.country in self.lex.ministerless_countries
                                                        or _kind_word(e.name) not in self.lex.ministers_bodies))]
        # (nor in an agency: "agriculture minister" beside the "Agency for Restructuring and Modernisation of Agriculture")
        return fits[0] if len(fits) == 1 else None

    def _other_portfolios(self, words: list[str], entity: OrgEntity) -> bool:
        """Does the title name a portfolio whose body in the entity's country is another body ("Deputy Finance
        Minister" beside the U.S. Trade Representative's office, whose country's finance body is the Treasury)?
        Only nouns naming their domain count ("finance", "trade"; not "foreign" of "foreign trade")."""
        for word in words:
            if self.lex.domain_words.get(word) != word:
                continue  # (only a noun naming its domain: "foreign" of "foreign trade" names no foreign ministry)
            expected = self.lex.body(word, entity.country)
            if expected is not None and expected != entity.name:
                return True
        named = [w for w in words if self.lex.domain_words.get(w) == w and w != "state"]  # ("Minister of State")
        body = set(fold(entity.name).split())
        # "Minister of State for Commerce and Industry" beside the "Department for Business and Trade": two
        # portfolios the title lists, neither in the body's name
        return len(named) >= 2 and not body & set(named)

    def _body_spelled_by_title(self, parsed: ParsedTitle, orgs: OrgIndex) -> OrgEntity | None:
        """"Deputy Minister of Trade, Industry and Competition" in a story that names the "Department of Trade,
        Industry and Competition": the one body the story names whose name is a ministry's or a department's word,
        "of" and the title's portfolios, word for word."""
        words = parsed.title.split()
        at = next((n for n, w in enumerate(words) if w.lower() == "minister"), None)
        if at is None or at + 2 >= len(words) or words[at + 1].lower() != "of":
            return None
        portfolio = fold(" ".join(words[at + 2:]))
        if " and " not in f" {portfolio} ":
            return None  # (several portfolios only: one, "Finance", names many countries' bodies)
        found = [e for e in orgs.entities.values() if e.kind in ("government", None)
                 and not (parsed.country and e.country and e.country != parsed.country)
                 and fold(e.name).split(" of ", 1)[-1] == portfolio
                 and fold(e.name).split(" of ", 1)[0] in self.lex.ministers_bodies]
        return found[0] if len(found) == 1 else None

    def _line_to(self, position: int) -> tuple[str, int, int] | None:
        """The story's text, where the line of token ``position`` starts and where the token starts (None past the
        story): the contact's and the author's lines are read from there."""
        doc = self._doc
        if doc is None or position >= len(doc):
            return None
        text = doc_text(doc)
        at = doc[position].idx
        return text, text.rfind("\n", 0, at) + 1, at

    def _issuer_of_contact(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """"Press contact: Chiara Rossi, Head of Communications" closing a statement: the post is at the body that
        issued it, the one its "About ..." note names (the first body on that line)."""
        if (line := self._line_to(position)) is None:
            return None
        text, line_start, at = line
        doc = self._doc
        if not _CONTACT_LINE.match(text[line_start:at]):
            return None
        for start, line in lines_at(text):
            # (an "About ..." note above the contact; the "Issued by:" line above or below it)
            if (start < line_start and _ABOUT_LINE.match(line) or _ISSUED_LINE.match(line)) \
                    and len(line.split()) <= 14:
                first = next((t.i for t in doc if start <= t.idx < start + len(line) and orgs.at(t.i) is not None), None)
                if first is not None:
                    return orgs.at(first)
        return None

    def _issuing_ministry(self, parsed: ParsedTitle, orgs: OrgIndex) -> OrgEntity | None:
        """"April 9, 2026 | Ministry of Trade, Industry and Energy" on a release's first lines, then "Minister for Trade
        X held talks ...": a government post that names no body or country is at the ministry that issued the
        release, when the ministry's name holds the post's portfolios ("trade")."""
        doc = self._doc
        spec = self.lex.heads.get(parsed.head)
        portfolio = {w for w in parsed.words if w in self.lex.domain_words}
        if doc is None or spec is None or not spec.government or not portfolio:
            return None
        text = doc_text(doc)
        for n, (pos, line) in enumerate(lines_at(text)):
            if n > 8:
                break
            at = pos
            for part in line.split("|"):
                start = at + len(part) - len(part.lstrip())
                at += len(part) + 1
                entity = _named_whole(doc, orgs, start, start + len(part.strip()))
                if entity is None or entity.kind != "government":
                    continue
                held = portfolio & set(fold(entity.name).replace(",", " ").split())
                if held == portfolio or held and parsed.head != "minister":
                    return entity  # (a minister's every portfolio: not "Minister of Commerce and Industry" at the
                    # "Department for Promotion of Industry and Internal Trade" a written answer's header names; an
                    # officer's one: "Under Secretary of Commerce for Industry and Security" at the bureau)
        return None

    def _publisher_of_author(self, orgs: OrgIndex, position: int) -> OrgEntity | None:
        """"Congressional Research Service" alone on a report's first line, then "Jane Doe, Legislative Attorney" on
        an author's line under the title: the author's post is at the body that publishes the report."""
        if (line := self._line_to(position)) is None:
            return None
        text, line_start, at = line
        line_end = text.find("\n", at)
        if text.count("\n", 0, line_start) > 15 \
                or author_line(text[line_start:line_end if line_end >= 0 else len(text)], self.lex.heads) is None:
            return None
        start, first = first_line(text)
        return _named_whole(self._doc, orgs, start, start + len(first.rstrip()))

    def _undersecretariat_named_by_title(self, parsed: ParsedTitle, country: str | None) -> str | None:
        """"Undersecretary of International Economic Relations" in a country of undersecretariats
        (``undersecretariat_countries``: Chile's SUBREI, Argentina's, Mexico's): the undersecretariat the title
        names, its portfolio words capitalized (not Italy's or Uruguay's undersecretary, a ministry's junior
        minister, nor the U.S. "Undersecretary of Commerce", a department's)."""
        words = parsed.title.split()
        while len(words) > 2 and words[0].lower() in self.lex.modifiers:
            words = words[1:]
        if "for" in words:
            words = words[:words.index("for")]
        if len(words) < 3 or words[0].lower() not in ("undersecretary", "under-secretary") or words[1] != "of" \
                or country not in self.lex.undersecretariat_countries:
            return None
        area = [w for w in words[2:] if w.lower() not in ("and", "&")]
        if not all(w[:1].isupper() and (w.lower() in self.lex.domain_words or w.lower() in self.lex.portfolio_words)
                   for w in area):
            return None
        return "Undersecretariat of " + " ".join(words[2:])

    def _ministry_called_by_portfolio(self, parsed: ParsedTitle, fallback_country: str | None):
        """"Heavy Industries Minister X": the listed ministry the lexicon calls by the title's portfolio and
        "Ministry" ("Heavy Industries Ministry"), of the title's country or the dateline's, before a policy domain
        among its words ("industries") picks another one."""
        words = [w for w in parsed.words if w not in ("the", "a", "an") and w not in self.lex.government_level_words]
        if parsed.head != "minister" or len(words) < 3 or words[-1] != "minister":
            return None
        # (or the ministry of those words: "Enterprise and Made in Italy Minister", whatever its small words)
        known = self.lex.org_named(" ".join(["ministry", "of", *words[:-1]]))
        if known is None and any(w in self.lex.modifiers and w not in self.lex.government_level_words
                                 for w in words[:-1]):
            return None
        known = known or self.lex.org_named(" ".join([*words[:-1], "ministry"]))
        country = parsed.country or fallback_country
        if known is None or known.kind != "government" or country is None or known.country != country:
            return None
        return known

    def _ministry_named_by_title(self, parsed: ParsedTitle, country: str | None) -> str | None:
        """"Minister of Industry, Trade and Investment" names its ministry
        ("Ministry of Industry, Trade and Investment", with the country the
        lexicon's way when known) when no listed body fits."""
        return self._ministry_named_by(parsed.title, country)

    def _ministry_named_by(self, title: str, country: str | None) -> str | None:
        """``_ministry_named_by_title`` for a title's words alone (a post split off a joined title)."""
        words = title.split()
        first = words[0].lower().rsplit("-", 1) if words else []
        if len(first) == 2 and first[0] in self.lex.modifiers and first[1] == "minister":
            words = ["Minister", *words[1:]]  # "vice-minister of finance": the post is in the ministry of finance
        elif words and words[0].lower() in ("undersecretary", "under-secretary") and country is not None \
                and country not in self.lex.undersecretariat_countries:
            words = ["Minister", *words[1:]]  # "Undersecretary of Foreign Affairs of Uruguay": a junior minister of
            # the ministry (not Chile's undersecretary, head of an undersecretariat; nor one of no country known, at
            # the body its sentence names)
        while len(words) > 2 and words[0].lower() in self.lex.modifiers:
            words = words[1:]  # "Deputy Minister of Industry and Trade": the deputy's post is in the same ministry
        if len(words) >= 5 and [w.lower() for w in words[:4]] == ["secretary", "of", "state", "for"] \
                and country in self.lex.countries and not self.lex.uses_departments(country):
            words = ["Minister", "of", "State", "for", *words[4:]]  # "Cambodia's Secretary of State for Commerce": a
            # junior minister's rank in a country of ministries, in the ministry of the portfolio after "for"
        if len(words) >= 5 and [w.lower() for w in words[:4]] == ["minister", "of", "state", "for"] \
                and all(w.lower() in ("and", "&") or self.lex.domain_words.get(w.lower()) == w.lower() for w in words[4:]):
            words = ["Minister", "for", *words[4:]]  # "Senior Minister of State for Transport": a junior minister,
            # in the ministry of that portfolio (not "for Trade Promotion", a post of no ministry so named)
        if 2 <= len(words) <= 4 and (words[-1].lower() == "minister" or words[-1].lower() == "secretary"
                                     and country in self.lex.ministry_secretary_countries) \
                and country in self.lex.countries \
                and not self.lex.countries[country].organization \
                and all(self.lex.domain_words.get(w.lower()) == w.lower() != "state"
                        for w in words[:-1] if w.lower() not in ("and", "&")) \
                and not self.lex.uses_departments(country):
            # "Ukraine's deputy economy minister": the ministry of that portfolio (a noun naming its domain, not
            # "foreign", "economic"), in the country's name; so is a commerce secretary's in a country of ministries,
            # where the secretary is its most senior official ("Bangladesh's Commerce Secretary")
            portfolio = " ".join(w if w.lower() in ("and", "&") else w[:1].upper() + w[1:] for w in words[:-1])
            return f"Ministry of {portfolio} of {self.lex.countries[country].in_body_name}"
        if len(words) >= 3 and words[-1].lower() == "minister" \
                and (built := self.lex.unlisted_ministry(" ".join(words[:-1]), country)) is not None:
            return built  # "Costa Rican Foreign Trade Minister": a ministry of a portfolio of two words the lexicon
            # names (``unlisted_ministry_names``), where it lists none for the country (Sweden's is in its foreign
            # ministry: listed)
        listed = self._portfolios_listed_before_minister(words)
        if listed and country in self.lex.countries and not self.lex.countries[country].organization \
                and not self.lex.uses_departments(country):
            # "Energy, Commerce and Industry Minister", "Trade, Commerce, Food Security and Cooperative Development
            # Minister": a list of portfolios before the head, opening on a policy domain, names the ministry
            known = self.lex.org_named(f"Ministry of {listed}")
            if known is not None and known.country == country:
                return known.name  # ("Agriculture, Forestry and Fisheries Minister" in Tokyo: the listed ministry)
            return f"Ministry of {listed} of {self.lex.countries[country].in_body_name}"
        if listed and country is None:
            # "Plantation and Commodities Minister X" in a story with no dateline: of the countries the story names,
            # the one whose listed ministry is named so, word for word, when only one is
            named = {known.name for code, known in self.lex.named_with_country(f"Ministry of {listed}",
                                                                               self._countries_named).items()
                     if known.kind == "government" and known.country == code}
            if len(named) == 1:
                return named.pop()
        if len(words) >= 3 and words[0].lower() == "minister" and words[1] in ("of", "for"):
            # "Minister for Agriculture, Food and the Marine": the listed body its portfolio names, word for word
            portfolio = " ".join(words[2:])
            if len(words) >= 5 and words[1] == "of" and words[2] == "State" and words[3] == "for":
                portfolio = " ".join(words[4:])  # "Minister of State for Trade and Industry": a junior minister there
            if country is not None and (known := self.lex.org_named(f"Ministry {words[1]} {portfolio}")) is not None \
                    and known.kind == "government" and known.country == country:
                return known.name  # ("Minister for the Ecological Transition" in a story from Madrid: the listed
                # ministry of the post's country that the words after "Ministry" name, in full or by an alias)
            # (its own name, a list of portfolios: not "Department of Commerce", another country's by its alias)
            for kind in _MINISTRY_NAMES if " and " in f" {portfolio} " else ():
                known = self.lex.org_named(f"{kind} {portfolio}")
                if known is not None and known.name == f"{kind} {portfolio}" and known.kind == "government" \
                        and (country is None or known.country == country):
                    return known.name
            if country is None and " and " in f" {portfolio} ":
                # "Minister for Trade and Industry Mr X met Viet Nam's Minister of Industry and Trade": of the
                # countries the story names, the one whose listed ministry is named so, word for word and in that
                # order (Singapore's, not Viet Nam's of the same words), when only one is
                named = {known.name for kind in _MINISTRY_NAMES
                         for code, known in self.lex.named_with_country(f"{kind} {portfolio}",
                                                                        self._countries_named).items()
                         if known.kind == "government" and known.country == code}
                if len(named) == 1:
                    return named.pop()
        if len(words) >= 3 and words[0].lower() == "minister" and words[1] in ("of", "for") \
                and (built := self.lex.unlisted_body(self.lex.domain_words.get(" ".join(words[2:]).lower()), country)):
            return built  # "Minister for Foreign Affairs of Denmark": the body every country has of that domain, named
            # the lexicon's way (``unlisted_bodies``) where it lists none for the country
        if len(words) < 3 or words[0].lower() != "minister" or words[1] not in ("of", "for") or words[1] == "for" and (
                country not in self.lex.countries or self.lex.uses_departments(country) or not words[2][:1].isupper()
                or self.lex.domain_words.get(first := words[2].rstrip(",").lower()) != first or first == "state"):
            return None  # ("Pakistan's Minister for Commerce": its ministry, a portfolio's noun in capitals, however
            # many follow it, "Minister for Industry, Business and Financial Affairs"; not a department's minister,
            # nor "Minister for Foreign Trade", a post in a ministry named otherwise)
        heads = [n for n in range(3, len(words)) if words[n].lower() in self.lex.heads
                 or words[n].lower().rstrip(".") in self.honorifics]
        ands = [n for n in range(3, heads[0]) if words[n].lower() in ("and", "&")] if heads else []
        if ands:
            words = words[:ands[-1]]  # "Minister of Economy and Trade Representative": the ministry, then a second post
        if "for" in words[3:] and words[2].lower() != "state":
            # "Assistant Minister of Investment and Foreign Trade for Trade Agreements": the ministry's portfolios,
            # then the post's own area (not a "Minister of State for Trade Promotion", a rank)
            words = words[:words.index("for", 3)]
        portfolio = [w.strip(",").lower() for w in words[2:] if w.lower() not in ("and", "&", "the")]
        written = [w for w in words[2:] if w.lower() not in ("and", "&", "the")]  # ("of the Economy and Innovation")
        if not any(w in self.lex.domain_words for w in portfolio) and not (
                len(portfolio) >= 2 and all(w in self.lex.portfolio_words for w in portfolio)) or not (all(
                w in self.lex.domain_words or w in self.lex.portfolio_words for w in portfolio)
                # "Minister of Investment and Downstream Industry": a capitalized portfolio closing on a domain, or
                # opening on one ("Minister of Agriculture and Rural Development")
                or ((portfolio[-1] in self.lex.domain_words or portfolio[0] in self.lex.domain_words
                     and not any(w in self.lex.heads or w in self.lex.modifiers or w.rstrip(".") in self.honorifics
                                 for w in portfolio))  # (not "Minister of Trade and Prime Minister X")
                    and all(w[:1].isupper() for w in written))):
            return None  # ("Minister of Foreign Affairs and Trade": "affairs" qualifies a domain)
        # ("vice minister of trade and integration": the body's name in capitals)
        name = "Ministry of " + " ".join(w if w.lower() in ("and", "&", "the") else w[:1].upper() + w[1:] for w in words[2:])
        known = self.lex.org_named(name)
        if known is not None:
            return known.name  # the lexicon's body of that name, whatever the dateline's country
        if country and country in self.lex.countries:
            known = self.lex.org_named(f"{name} of {self.lex.countries[country].name}")
            # ("... of Nigeria": an alias of the listed "Federal Ministry of ...")
            if known is not None and known.kind == "government":
                return known.name
            if not self.lex.uses_departments(country):
                name += f" of {self.lex.countries[country].in_body_name}"
                # (not in a country of departments, where a ministry so named is a province's: Quebec's "Minister
                # of Natural Resources and Forests")
        return name

    def _portfolios_listed_before_minister(self, words: list[str]) -> str | None:
        """The capitalised list of portfolios written before the head of a post that runs a ministry ("Minister",
        Kenya's "Cabinet Secretary": ``offices``), after any rank, as written, when it opens on a policy domain and
        is a list (a comma or "and" inside): "Energy, Commerce and Industry"."""
        head = 2 if " ".join(words[-2:]).lower() in self.lex.offices else 1  # ("... Cabinet Secretary")
        if len(words) < 3 + head or "ministry" not in self.lex.offices.get(" ".join(words[-head:]).lower(), ()):
            return None
        area = words[:-head]
        while area and area[-1].lower() in self.lex.modifiers:
            area = area[:-1]
        if not area or not any(w.endswith(",") or w.lower() in ("and", "&") for w in area[:-1]) or len(area) > 9 \
                or area[0].strip(",").lower() not in self.lex.domain_words \
                or not all(w[:1].isupper() and w.strip(",").isalpha() or w.lower() in ("and", "&") for w in area):
            return None
        return " ".join(area)

    def _post_then_seat(self, doc: Doc, before: list) -> list:
        """"Minister for Trade and Tourism Senator the Hon X": a post named with its portfolio ("of", "for"), then a
        legislator's seat written straight before the name as his style. The post's words (empty when the phrase is
        not so written): two titles, as when a comma parts them, not one ending on the seat ("Tourism Senator")."""
        if len(before) < 4 or before[-1][1] != TokenKind.HEAD or not doc[before[-1][0]].is_title \
                or self._seat([doc[before[-1][0]].lower_]) != "upper_house":
            return []  # (a senator's seat, the one written as a style before a name: not "Minister of Economy and
            # Trade Representative X", whose last words are a post of their own)
        post = before[:-1]
        if any(kind == TokenKind.HEAD and self._seat([doc[i].lower_]) for i, kind in post) \
                or not any(kind == TokenKind.HEAD for i, kind in post) \
                or not any(doc[i].lower_ in ("of", "for") and kind == TokenKind.CONN for i, kind in post) \
                or doc[post[-1][0]].lower_ in ("of", "for", "and", "the"):
            return []  # (not "Member of the House Ways and Means Committee Rep. X", nor "Chair of the Senate")
        return post

    def _post_before_seat(self, doc: Doc, before: list, parsed: ParsedTitle, cluster: PersonCluster,
                          persons: PersonIndex, orgs: OrgIndex, end: int) -> list:
        """"the chair of the Agriculture Committee, Senator X,": a legislator's seat right before the name, and a
        post at a body set off by commas before it; the holder has both (the seat is read as the title)."""
        at = before[0][0]
        closed = end >= len(doc) or doc[end].text in (",", ":", ".") or doc[end].is_space and "\n" in doc[end].text
        if len(before) != 1 or not self._seat(parsed.words) or at < 2 or doc[at - 1].text != "," or not closed:
            return []  # (the name closes the appositive, the sentence or the line, as a release's header does:
            # "Minister for Trade and Tourism, Senator the Hon X"; not "..., Senator X's aide Y", "..., Senator X said,")
        post = self.phrase_before(doc, at, persons, orgs)
        if not post or post[-1][0] + 1 != at - 1:
            return []
        second = self.parse(doc, post, orgs)
        if second is None or self._seat(second.words):
            return []
        if second.organization is None and not (second.head == "minister" and any(
                w in self.lex.domain_words or self.lex.is_portfolio(w) for w in second.words)):
            return []  # (a minister's portfolio stands for the body: "Minister for Trade and Tourism, Senator X:")
        return [(cluster, second, post[0][0], end)]

    def _unit_whole(self, doc: Doc, orgs: OrgIndex, entity: OrgEntity, parents: tuple[str, ...]) -> str | None:
        """The larger body a part ("Trade Policy Bureau", "School of X", a ministry's or a university's "Department
        of X") is written inside of, when its name begins as ``parents`` says ("minist", "universit"). A
        university's part may be written before "of" or a comma ("the Institute of X of the University", "the
        Faculty of Economics, Kasetsart University"); a ministry's only before "at" or after a possessive (not "the
        Department of WTO Affairs of the Ministry of Commerce", a department named with its ministry)."""
        if "universit" in parents:
            outer = written_part_of(doc, orgs, entity, self.lex, _WRITTEN_INSIDE | {"of", "comma"})
            if outer is not None and any(w.startswith("universit") for w in fold(outer).split()):
                return outer
        others = tuple(p for p in parents if p != "universit")
        outer = written_part_of(doc, orgs, entity, self.lex, _WRITTEN_INSIDE) if others else None
        return outer if outer is not None and any(w.startswith(others) for w in fold(outer).split()) else None

    # ---- main ----------------------------------------------------------------
    def find(self, doc: Doc, persons: PersonIndex, orgs: OrgIndex, fallback_country: str | None = None,
             credited_home: bool = False) -> list[RoleFact]:
        """Every role stated around a person mention in the article (titles before
        the name, appositives, verbs such as "who chairs"), one per person and post. ``credited_home``: the
        fallback country is only that of the agency the byline credits, which a post its government has no body for
        gives way to (the country the story is about, as with no fallback at all)."""
        self._countries_named = countries_named(self.lex, doc)
        self._story_country = story_country(self.lex, doc, self._countries_named) \
            if fallback_country is None or credited_home else None
        self._credited_home = credited_home
        self._fallback_country = fallback_country
        self._doc = doc
        found: list[tuple[PersonCluster, ParsedTitle, int, int]] = []  # (person, title, position, mention end)
        bylines = byline_lines(doc_text(doc))
        for cluster in persons.clusters:
            for start, end in cluster.spans:
                before = self.phrase_before(doc, start, persons, orgs)
                if before and any(a <= doc[before[0][0]].idx < b for a, b in bylines):
                    before = []  # ("Reporter Shin Ye-rin" closing a Korean story: a credit line, no post in it)
                if before and start >= 2 and doc[start - 1].lower_ in ("of", "at") and doc[start - 2].lower_ in self.lex.heads:
                    before = []  # ("X, chief economist of Komerční banka,": the name after a post's "of" is its body's,
                    # however the model read it; the post is the one named before it)
                shared = self._distributive(doc, start, end, cluster, persons, orgs)
                found.extend(shared)
                if shared and before and any(doc[i].text == "," for i in range(before[-1][0] + 1, start)):
                    before = []  # the titles before the comma were shared out, one to each name
                post = self._post_then_seat(doc, before)
                if post:
                    before = before[len(post):]  # the seat, read as the title before the name, as after a comma
                    parsed_post = self.parse(doc, post, orgs)
                    if parsed_post is not None:
                        found.append((cluster, parsed_post, post[0][0], end))
                parsed = self.parse(doc, before, orgs) if before else None
                at = before[0][0] if before else 0
                if parsed is not None and parsed.country is None and parsed.organization is None and at >= 3 \
                        and doc[at - 1].lower_ == "by" and doc[at - 2].lower_ in self.lex.lead_verbs:
                    # "an Indian delegation led by Commerce Secretary X": the delegation's country
                    parsed.country = country_before(self.lex, doc, at, persons)
                if parsed is not None:
                    if parsed.organization is None and parsed.words == [parsed.head] \
                            and parsed.head in self.lex.ministerial_heads \
                            and (remit := self._remit_in_brackets(doc, end)):
                        parsed.words = parsed.words + ["for"] + remit  # ("Minister Sanne Hoogeveen (Foreign Trade and
                        # Development Aid)", as Dutch papers write a minister: the post's portfolio after the name,
                        # for its body; the title stays "Minister")
                    if parsed.organization is None:  # ("Economy Minister A of Japan and Trade Minister B of Chile")
                        parsed.country = self._country_after_name(doc, end) or parsed.country
                    if parsed.organization is None:
                        parsed.organization = _body_after_name(doc, end, orgs, parsed.country) \
                            or _body_of_list_entry(doc, end, orgs, self.lex.unit_words, self.lex.part_openers) \
                            or _body_before_whose(doc, at, orgs)
                    found.append((cluster, parsed, start, end))
                    if not shared:  # (not "the chair and ranking member of X, Sens. A and B": shared out above)
                        found.extend(self._post_before_seat(doc, before, parsed, cluster, persons, orgs, end))
                after: list[tuple[list, ParsedTitle]] = []
                for phrase in self.phrase_after(doc, end, persons, orgs):
                    parsed_after = self.parse(doc, phrase, orgs)
                    if after and parsed_after is not None and after[-1][1].organization is None \
                            and parsed_after.organization is not None and doc[after[-1][0][-1][0] + 1].lower_ == "and" \
                            and after[-1][0][-1][0] + 2 == phrase[0][0] and after[-1][1].current == parsed_after.current \
                            and after[-1][1].country is None \
                            and not ((self._seat(after[-1][1].words) or after[-1][1].head in ("lawmaker", "legislator"))
                                     and parsed_after.organization.kind != "legislature") \
                            and all(w in self.lex.heads or w in self.lex.modifiers for w in after[-1][1].words):
                        # "president and chief executive of the Aluminium Association": one body for both posts
                        after[-1][1].organization = parsed_after.organization
                    if parsed_after is not None:
                        after.append((phrase, parsed_after))
                for n_after, (phrase, parsed_after) in enumerate(after):
                    if parsed_after is not None:
                        _unit_glossed_in_phrase(doc, phrase, orgs, parsed_after)
                        if parsed_after.organization is None:
                            parsed_after.organization = _body_of_list_entry(
                                doc, phrase[-1][0] + 1, orgs, self.lex.unit_words, self.lex.part_openers) \
                                or _body_after_comma(doc, phrase[-1][0] + 1, orgs)
                        heads = [i for i, kind in phrase if kind == TokenKind.HEAD]
                        if parsed_after.organization is None and heads and parsed_after.title.split()[-1].lower() \
                                == doc[heads[-1]].lower_:
                            parsed_after = _area_then_body(doc, heads[-1] + 1, orgs, parsed_after)
                        if parsed_after.organization is None:
                            parsed_after.organization = _body_at_after_area(
                                doc, heads[-1] + 1 if heads else phrase[-1][0] + 1, orgs)
                        held_now = after[n_after + 1] if n_after + 1 < len(after) else None
                        if held_now is not None and parsed_after.organization is not None \
                                and parsed_after.organization is held_now[1].organization \
                                and any(doc[i].lower_ in _NOW_WORDS
                                        for i in range(held_now[0][0][0] - 2, held_now[0][0][0] + 1)) \
                                and not any(orgs.at(i) is parsed_after.organization for i, _ in phrase):
                            # "former deputy minister of economic development and today professor at the Polytechnic
                            # of Turin": the body named after the post held now is that post's only
                            parsed_after.organization = None
                        found.append((cluster, parsed_after, phrase[0][0], -1))
                if not after and (below := post_line_under(doc_text(doc), doc[start].idx, self.lex.heads)) is not None \
                        and (first := doc.char_span(below[0], below[0] + 1, alignment_mode="expand")) is not None:
                    # "Senator the Hon Daniel Kourakis" / "Minister for Trade and Tourism": a release's heading, the
                    # minister's post on the line under the name
                    phrase, _ = self._collect_right(doc, first.start, persons, orgs)
                    parsed_below = self.parse(doc, phrase, orgs) if phrase else None
                    if parsed_below is not None:
                        line = doc_text(doc)[below[0]:below[1]].strip()
                        body_after = _body_after_comma(doc, phrase[-1][0] + 1, orgs)
                        last_piece = line.rsplit(",", 1)[-1].strip()
                        if len(line) > len(parsed_below.title) and body_after is None and all(
                                w[:1].isupper() or w in ("and", "the", "of", "for", "&") for w in line.split()) \
                                and line.split()[0].lower() not in self.lex.not_current \
                                and not ("," in line and (self.lex.country_of(last_piece)
                                                          or self.lex.place_country(last_piece)
                                                          or any(self.lex.is_org_head(fold(w)) for w in last_piece.split()))):
                            # (not "Former Undersecretary of Mining, Chile": a post held before, and its country; nor
                            # "Director General, Federation of European Chemical Importers": the post, then its body)
                            parsed_below.title = line  # (the line is the post, all of it: "Minister for Climate
                            # Change and Energy", which the title's reader may cut)
                        if parsed_below.organization is None:
                            parsed_below.organization = body_after or _body_on_line_at(doc, below[1] + 1, orgs)  # (a letter's "Senior Lecturer in
                            # Economics, University of Leeds, UK"; a contact's body on the line under the post:
                            # "Manager, Communications and Events" / "EU-Malaysia Chamber of Commerce and Industry")
                        found.append((cluster, parsed_below, phrase[0][0], -1))
                one_country = doc[end].lower_ in self.lex.seats_of_one_country if end < len(doc) else False
                if end < len(doc) and doc[end].text in self.lex.post_nominals \
                        and (doc[end].lower_ in self.lex.heads or one_country) \
                        and not (parsed is not None and parsed.head == doc[end].lower_) \
                        and not (end + 1 < len(doc) and persons.at(end + 1) is not None) \
                        and self._in_prose(doc, start):
                    # "Pieter Vandersteen MEP (Renew Europe, Belgium)", "Jane Holt MP": the seat written after the
                    # name, in the chamber the story names or its country's (not a chamber the letters imply by
                    # habit: "Ghana's Kwesi Ampofo MP" is at none named; nor a constituency before a member's name:
                    # "Pasir Gudang MP Hassan Karim"). "TD" is no title's head elsewhere ("TD Securities"): read here.
                    parsed_seat = ParsedTitle(doc[end].text, [doc[end].lower_], doc[end].lower_, None, None, None,
                                              True, False) if one_country else self.parse(doc, [(end, TokenKind.HEAD)], orgs)
                    if parsed_seat is not None and len(cluster.tokens) >= 2:  # (not "Liberal MEP X": a party)
                        # (the holder's country the words right before the name give: "Ghana's Kwesi Ampofo MP"; not
                        # a place further back, "a visit to Manila by Minister for Trade X MP")
                        owner = self.lex.country_of(doc[start - 2].text) \
                            if start >= 2 and doc[start - 1].text in ("'s", "\u2019s") else None
                        parsed_seat.country = parsed_seat.country or (parsed.country if parsed is not None else None) \
                            or owner
                        found.append((cluster, parsed_seat, end, -1))
                for phrase in self.phrase_of_copula(doc, start, end, persons, orgs):
                    parsed_copula = self.parse(doc, phrase, orgs)
                    if parsed_copula is not None:
                        found.append((cluster, parsed_copula, phrase[0][0], -1))
                for parsed_verb in self.verb_roles(doc, end, persons, orgs):
                    if parsed is not None and parsed.organization is None and parsed_verb.head == "head" \
                            and parsed_verb.words == ["head"] and parsed_verb.organization is not None \
                            and parsed.head in self.lex.office_titles and parsed.current and parsed_verb.current \
                            and "also" not in [t.lower_ for t in doc[end:min(len(doc), end + 8)]]:
                        # "the Chief Veterinary Officer, dr X, who heads the General Veterinary Inspectorate": the
                        # title before the name is the post of heading that body
                        parsed.organization = parsed_verb.organization
                        continue
                    found.append((cluster, parsed_verb, end + 1, -1))
                found.extend(self._succession(doc, start, end, cluster, persons, orgs))
        found.extend(self._post_of_sentence_before(doc, persons, orgs, {id(c) for c, *_ in found}))
        # a title without a country takes the one the article gives the same
        # person elsewhere ("a vice minister of commerce and China's ...")
        countries: dict[int, str] = {}
        for cluster, parsed, position, _ in found:
            if parsed.country is None:
                parsed.country = self._listed_for(doc, position) or self._led_by(doc, cluster) \
                    or self._counterpart_from(doc, cluster)
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
        facts.extend(self._listed(doc, persons, orgs, facts))
        facts.extend(self._chaired_by(doc, persons, orgs))
        facts.extend(self._labelled(doc, persons, orgs))
        facts.extend(self._authors(doc, persons, orgs, fallback_country))
        _bodies_of_earlier_posts(facts, fallback_country)
        facts = self._head_of_ministry_is_minister(facts)
        self._seats_not_guessed(facts, orgs)
        within = {e.name: part_of(doc, orgs, e, self.lex) for e in orgs.entities.values()}
        kept = self._settled(orgs, _split_joined(facts, self.lex.heads, self.lex.domain_words, self.lex.portfolio_words,
                                                 (self.lex.joint_post_firsts, self.lex.joint_post_seconds),
                                                 self._ministry_named_by), within)
        # "The Principal Secretary, State Department for Trade, Amb. X" ... "said Amb. X": a diplomat's rank used as a
        # form of address, bare, where the story gives the holder a post at a body, is no post of its own
        # (titles.yaml courtesy_ranks)
        placed = {id(f.person) for f in kept if f.organization and fold(f.title) not in self.lex.courtesy_ranks}
        kept = [f for f in kept if not (fold(f.title) in self.lex.courtesy_ranks and f.organization is None
                                        and id(f.person) in placed)
                and not (f.title in self.lex.bare_non_posts and f.organization is None
                         and not self._chamber_word_after(doc, f.token))]
        issued = _issued_from(doc, persons, orgs)
        for n, fact in enumerate(kept):
            # (or a body only built from the title's words, which the story never names)
            if (fact.organization is None or fold(fact.organization) not in orgs.entities) and fact.current \
                    and id(fact.person) in issued \
                    and any((spec := self.lex.heads.get(w.lower())) is not None and spec.government
                            for w in fact.title.split()):
                # "From: Department for Business and Trade and Daniel Ashcombe MP": a release issued by a department
                # and its minister; the minister's post with no body the story names is the department's
                kept[n] = replace(fact, organization=issued[id(fact.person)].name,
                                  country=fact.country or issued[id(fact.person)].country)
        issuer = _release_issuer(doc, orgs)
        at_a_body = {id(f.person) for f in kept if f.organization is not None}
        for n, fact in enumerate(kept):
            # "May 22, 2026 – Ottawa, Ontario – Global Affairs Canada" over "the Honourable X, Minister of
            # International Trade": a minister whose title names no country and no body the story names, whose
            # portfolio is the issuing department's, is its own minister (wherever the release is datelined); an
            # officer of no ministry's kind with no post elsewhere is the issuer's ("European Commission - Press
            # release" ... "X, Executive Vice-President for Prosperity", its spokesperson on the contacts line)
            if issuer is not None and fact.country is None and fact.current \
                    and (fact.organization is None or fold(fact.organization) not in orgs.entities) \
                    and (any(self.lex.body(domain, issuer.country) == issuer.name
                             for w in fold(fact.title).split() if (domain := self.lex.domain_words.get(w)))
                         or fact.organization is None and id(fact.person) not in at_a_body
                         and not set(fold(fact.title).replace("-", " ").split()) & self.lex.ministerial_heads
                         and not _names_a_body_after(doc, fact)):
                kept[n] = replace(fact, organization=issuer.name, country=issuer.country)
        _bodies_of_companions(doc, kept, self.lex)
        units = {e.name for e in orgs.entities.values() if self.lex.is_small_unit(e.name) and not acts(doc, e)}
        for fact in kept:  # "director of the Rules Division at the WTO Secretariat": the post is the Secretariat's
            if fact.organization in units and within.get(fact.organization):
                fact.organization = within[fact.organization]
        text = doc_text(doc)
        blocks = _line_blocks(people_list_lines(text, self.lex.heads) + header_lists(text)[1])
        # (where each body's mention ends, read once: a witness line's last words may be a body)
        ends = {doc[m.end - 1].idx + len(doc[m.end - 1].text) for e in orgs.entities.values() for m in e.mentions} \
            if blocks else set()
        for fact in kept:
            if fact.organization is not None and not _named_on_entry_line(doc, orgs, fact, blocks, ends):
                fact.organization = None  # ("Jane Doe, Partner, Brussels" under "Hemi Tautahi, Executive Director,
                # ExportNZ": a witness's line names her post's body, or none)
        _bodies_of_delegations(doc, kept, blocks)
        lowered = text.lower()
        implied = {f.organization for f in kept if f.organization and "ministry" in f.organization.lower().split()}
        for fact in kept:
            # "The Permanent Secretary of the ministry, X" after "Minister of Industry, Trade and Investment Y": the
            # ministry the story gives its minister, which it names by his title alone (not the government)
            if fact.hint == "ministry" and len(implied) == 1 \
                    and (fact.organization is None or "ministry" not in fact.organization.lower().split()):
                fact.organization = next(iter(implied))
        verb_titles = {v.title.lower() for v in self.lex.post_verbs.values()}
        ministries = {e.name: outer for e in orgs.entities.values() if (parents := self.lex.unit_parent_of(e.name))
                      and (outer := self._unit_whole(doc, orgs, e, parents))}
        for fact in kept:  # "director-general of the Trade Policy Bureau at Japan's Ministry of Economy, Trade and
            # Industry", "who heads MOFCOM's Department of Trade Remedies": the bureau's head holds a post of the
            # ministry (a bureau alone, or a listed one, stays the post's body: "director of the Trade Policy Bureau")
            if fact.organization in ministries and not fact.hint:  # (not "the bureau's Director-General")
                whole = f"{fact.title} of the {fact.organization}"
                # (not "an economist of the Faculty of Economics, Kasetsart University": a post at the university)
                comma = f"{fact.organization}, {ministries[fact.organization]}".lower() in lowered
                if not comma and (fact.title.lower() in verb_titles or whole.lower() in lowered):
                    fact.title = whole  # ("who heads the bureau at ...", "dean of the School of X at the University")
                fact.organization = ministries[fact.organization]
        for fact in kept:  # "a member of the Senate Banking Committee": a member's title names the body, as written
            # (so does a bare head's: "the head of the Delegation of the European Union to Viet Nam, X", where "Head"
            # alone says nothing of the post)
            entity = orgs.entities.get(fold(fact.organization)) if fact.organization else None
            if fact.title.lower() in ("member", "head") and entity is not None:
                written = next((m.surface for m in entity.mentions
                                if f"{fact.title} of the {m.surface}".lower() in lowered), None)
                if written:
                    fact.title = f"{fact.title} of the {written}"
            elif fact.title.lower() in _CHAIRS and entity is not None and entity.kind == "committee":
                # "chair of the Committee on International Trade (INTA)", "who chairs the Committee on International
                # Trade": a committee's chair by the committee's name, as written (annotators give the post so)
                verb = next((v for v, spec in self.lex.post_verbs.items() if spec.title == fact.title.lower()), None)
                written = next((m.surface for m in entity.mentions
                                if f"{fact.title} of the {m.surface}".lower() in lowered
                                or verb is not None and f"{verb} the {m.surface}".lower() in lowered), None)
                if written and len(written.split()) >= 2:  # (not "chair of the INTA": a short form, no name)
                    fact.title = f"{fact.title} of the {written}"
        for a, b in author_area_posts(self.lex.heads, doc):  # "Jane Doe, Analyst in Industrial Organization and
            # Business" on a report's author line: the post as signed, its area whatever its words
            post = text[a:b].strip()
            line_start = text.rfind("\n", 0, a) + 1
            for fact in kept:
                if line_start <= doc[fact.token].idx < b and post.lower().startswith(fact.title.lower()):
                    fact.title = post
        countries = {e.name: e.country for e in orgs.entities.values()}
        for fact in kept:  # "Director-General, Trade Policy Bureau, METI": the bureau's country is its ministry's
            body, seen = fact.organization, set()
            while fact.country is None and body is not None and body not in seen:
                seen.add(body)
                info = self.lex.organizations.get(body)
                fact.country = countries.get(body) or (info.country if info else None)
                body = within.get(body) or (info.part_of if info else None)
        kept.extend(self._counterparts_posts(doc, persons, kept))
        placed = {id(f.person) for f in kept if f.organization}
        for fact in kept:  # a formal minister's title no body of the story or the lexicon is the post's, held by one
            # the story places at no body at all ("the Minister of Maritime Affairs and Insular Policy, X")
            if id(fact.person) not in placed:
                fact.organization = self._ministry_of_formal_title(fact) or fact.organization
        return kept

    def _post_of_sentence_before(self, doc: Doc, persons: PersonIndex, orgs: OrgIndex,
                                 held: set[int]) -> list[tuple[PersonCluster, ParsedTitle, int, int]]:
        """"New Zealand's trade minister on Thursday urged ... . Daniel Harwood, who arrived ..., said": a lede that
        gives the post alone as its subject, with no one named in or before it, then names the holder opening the
        next sentence (not one described otherwise: "X of the Wine Council", "X, Fonterra's chief executive,", "X,
        54, whose family ...", nor a source: "According to X, the forecast is too optimistic"). The person,
        named there for the first time and with no post of their own anywhere, holds that post."""
        out = []
        for cluster in persons.clusters:
            if id(cluster) in held:
                continue
            start, end = min(cluster.spans)
            # (not one the sentence describes as someone else: "John Byrne, a beef farmer in Cork,", "Mary Collins,
            # who runs a dairy cooperative,")
            if end + 2 < len(doc) and (doc[end].lower_ in ("of", "from", "at") or doc[end].text == "," and (
                    doc[end + 1].lower_ in ("a", "an", "whose") or doc[end + 1].pos_ in ("NOUN", "ADJ", "NUM")
                    or doc[end + 1].lower_ == "who" and any(t.lower_ in self.lex.post_verbs
                                                            for t in doc[end + 2:end + 4])
                    # ("Miles Hurrell, Fonterra's chief executive,": a post of his own)
                    or any(t.lower_ in self.lex.heads for t in doc[end + 1:end + 6] if not t.is_sent_start))):
                continue
            sent = sentence_of(doc, start)
            if opening_token(doc, sent.start, start) != start or sent.start == 0:
                continue
            j = sent.start - 1
            while j > 0 and doc[j].is_space:
                j -= 1
            before = sentence_of(doc, j)
            if any(persons.at(i) is not None for i in range(0, before.end)):
                continue  # (a lede's: no one named before it, whom "the minister" would point back to)
            # (the subject, or a dateline's apposition the parse made of it: "GENEVA (AFP) - New Zealand's trade
            # minister on Thursday urged ...")
            subjects = [t for t in before if (t.dep_ == "nsubj" and (t.head == before.root
                                                                     or t.head.lower_ in self.lex.speech_verbs)
                                              or t.dep_ == "appos" and t.head.dep_ == "nsubj"
                                              and t.head.head == before.root) and t.lower_ in self.lex.heads
                        and t.tag_ in ("NN", "NNP") and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "every")
                                                                for c in t.children)]
            if len(subjects) != 1:
                continue
            parsed, tokens = self.title_of_subject(doc, subjects[0], persons, orgs)
            if parsed is not None and not parsed.plural:
                out.append((cluster, parsed, min(tokens), -1))
        return out

    def _seats_not_guessed(self, facts: list[RoleFact], orgs: OrgIndex) -> None:
        """"Minister for Trade and Tourism, Senator the Hon Jane Doe", "Greens senator X", "The Hon Madeleine Kerr MP"
        in a release that names neither the UK nor its chamber: a seat in another country's parliament, whose chamber
        the story does not name, is at none; not the chamber "Senator" or "MP" implies by habit (a U.S. senator holds
        no minister's post and sits for no party but the U.S. ones; Westminster's letters are the Commonwealth's too).
        A minister's seat in the story's own country's chamber stays ("the Minister for Enterprise, X TD" from
        Dublin)."""
        ministers = {id(f.person) for f in facts if "minister" in f.title.lower().split()}
        home = self._fallback_country or self._story_country
        for fact in facts:
            # (a seat written after the name, "X MP", is cleared only where the story names neither the country whose
            # chamber the letters imply nor the chamber)
            written_after = self._doc is not None and 0 < fact.token < len(self._doc) \
                and self._doc[fact.token].text in self.lex.post_nominals \
                and any(s[1] == fact.token for s in fact.person.spans)
            if fact.guessed and self._seat(fact.title.lower().split()) \
                    and (id(fact.person) in ministers and (home is None or fact.country != home)
                         or self._another_countrys_party(fact, orgs)
                         or written_after and self._chamber_of_unnamed_country(fact, orgs, home)):
                fact.organization, fact.country, fact.guessed = None, None, False

    def _another_countrys_party(self, fact: RoleFact, orgs: OrgIndex) -> bool:
        """"Greens senator Y": a party the story names as a body right before the seat, none of those the members of
        the chamber the seat implies by habit sit for (titles.yaml ``seat_party_words``)."""
        doc, parties = self._doc, self.lex.seat_party_words.get(fact.country or "")
        if doc is None or not parties or not 0 < fact.token < len(doc):
            return False
        k = fact.token
        while k > 0 and fact.token - k <= 4 and not self._seat([doc[k].lower_]):
            k -= 1
        if not self._seat([doc[k].lower_]):
            return False
        named = next((span for span in fact.person.spans if k < span[0] <= k + 3), None)
        close = next((j for j in range(named[1] + 2, min(len(doc), named[1] + 6)) if doc[j].text == ")"), None) \
            if named is not None and named[1] < len(doc) and doc[named[1]].text == "(" else None
        if close is not None and (party := orgs.at(named[1] + 1)) is not None and party.kind in (None, "party") \
                and doc[named[1] + 1:close].text not in parties and party.name not in parties:
            return True  # "federal MP Caroline Dethier (Les Engagés)": her party in brackets, not one of the chamber's
        if k < 1:
            return False
        word = doc[k - 1]
        party = orgs.at(k - 1)
        # (a party's name the story makes a body of, "Greens senator X"; not a word saying what kind of member,
        # "Veteran", "Freshman", "Liberal", nor in a sentence naming the U.S. or a place of it: "... of Texas")
        return word.is_title and word.text not in parties and party is not None and party.kind in (None, "party") \
            and not any(self.lex.country_of(t.text) == fact.country or self.lex.place_country(t.text) == fact.country
                        for t in doc[k].sent)

    def _head_of_ministry_is_minister(self, facts: list[RoleFact]) -> list[RoleFact]:
        """"the head of that portfolio, X" and, later, "Minister X": one post. A bare "head" at a ministry gives its
        body to the holder's minister's post the story names with no body, and is no second post."""
        out = []
        for fact in facts:
            if fold(fact.title) == "head" and fact.organization and _kind_word(fact.organization) == "ministry":
                ministers = [f for f in facts if f.person is fact.person and f is not fact and f.organization is None
                             and fold(f.title).split()[-1:] == ["minister"]]
                if ministers:
                    for minister in ministers:
                        minister.organization = fact.organization
                        minister.country = minister.country or fact.country
                    continue
            out.append(fact)
        return out

    def _country_after_name(self, doc: Doc, end: int) -> str | None:
        """"Trade Minister Ana Ruiz of Chile said": the country named with "of"
        right after the name, when it ends there (not "of Chile's Ministry of
        ..." nor "of Chile and Peru"), is the title's."""
        the = int(end + 2 < len(doc) and doc[end + 1].lower_ == "the")  # ("Ramon Villaruel of the Philippines")
        if end + 1 + the >= len(doc) or doc[end].lower_ != "of" or doc[end + 1 + the].ent_type_ != "GPE":
            return None
        k = end + 2 + the
        while k < len(doc) and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "GPE":
            k += 1
        if k < len(doc) and (doc[k].text in ("'s", "\u2019s", "-") or doc[k].lower_ in ("and", "or")
                             and k + 1 < len(doc) and doc[k + 1].ent_type_ == "GPE"):
            return None
        named = doc[end + 1 + the:k].text
        # (a country, not its capital: "Finance Minister Anna Kowalska of Warsaw" is the city's)
        return None if fold(named) in self.lex.capitals else self.lex.country_of(named)

    def _distributive(self, doc: Doc, start: int, end: int, cluster: PersonCluster, persons: PersonIndex,
                      orgs: OrgIndex) -> list[tuple[PersonCluster, ParsedTitle, int, int]]:
        """"the chair and ranking member of the Senate Finance Committee, Sens. A and B": two titles joined by
        "and" before a comma, then two names joined by "and": the first title is A's, the second B's, each at
        the body named after the second."""
        c = start - 1
        while c >= 0 and (doc[c].text == "." or doc[c].lower_ in self.lex.heads
                          or doc[c].lower_.rstrip(".") in self.honorifics):
            c -= 1  # past "Sens." / "Reps." / "Ms."
        if c < 1 or doc[c].text != "," or end + 1 >= len(doc) or doc[end].lower_ != "and":
            return []
        second = persons.at(end + 1)
        if second is None or second is cluster:
            return []
        second_end = next((e for s, e in second.spans if s == end + 1), None)
        if second_end is None:
            return []
        left = self._collect_left(doc, c, persons, orgs)
        heads = [n for n, (_, k) in enumerate(left) if k == TokenKind.HEAD]
        joins = [n for n, (i, k) in enumerate(left) if doc[i].lower_ == "and" and heads and heads[0] < n < heads[-1]]
        if len(heads) < 2 or len(joins) != 1:
            return []
        tail_from = heads[-1] + 1
        first = left[:joins[0]] + left[tail_from:]
        out = []
        for person, part, at in ((cluster, first, start), (second, left[joins[0] + 1:], end + 1)):
            parsed = self.parse(doc, part, orgs)
            if parsed is not None:
                out.append((person, parsed, at, -1))
        return out if len(out) == 2 else []

    def _succession(self, doc: Doc, start: int, end: int, cluster: PersonCluster, persons: PersonIndex,
                    orgs: OrgIndex) -> list[tuple[PersonCluster, ParsedTitle, int, int]]:
        """"Penhaligon, who succeeded Moira Castellane as Secretary of State for Business and Trade": the person
        after the verb held the post before; the subject of "who" holds it now."""
        verb = start - 1
        while verb > 0 and (doc[verb].lower_.rstrip(".") in self.honorifics or doc[verb].text == "."):
            verb -= 1  # "replacing Ms. Judith Abernathy"
        if verb < 0 or doc[verb].lower_ not in self.lex.succession_verbs or end + 1 >= len(doc) \
                or doc[end].lower_ != "as":
            return []
        phrase, _ = self._collect_right(doc, end + 1 + (doc[end + 1].lower_ == "the"), persons, orgs)
        while phrase and phrase[-1][1] in (TokenKind.CONN, TokenKind.POSS):
            phrase.pop()
        parsed = self.parse(doc, phrase, orgs) if phrase else None
        if parsed is None:
            return []
        out = [(cluster, replace(parsed, current=False), end + 1, -1)]
        who = verb - 1
        if who >= 2 and doc[who].lower_ == "who" and doc[who - 1].text == ",":
            subject = persons.at(who - 2)
            if subject is not None and subject is not cluster:
                out.append((subject, replace(parsed), end + 1, -1))
        return out

    def _authors(self, doc: Doc, persons: PersonIndex, orgs: OrgIndex, fallback_country: str | None) -> list[RoleFact]:
        """"By Jane Doe ... The author is a senior fellow at Bruegel": the post of the
        byline's one author."""
        notes = author_notes(doc)
        if not notes:
            return []
        lines = byline_lines(doc_text(doc))
        authors = [c for c in persons.clusters if any(a <= doc[s].idx < b for s, _ in c.spans for a, b in lines)]
        if len(authors) != 1:
            return []
        out = []
        for start in notes:
            lead, i = self._lead(doc, start)
            phrase = self.phrase_after_clause(doc, i, persons, orgs)
            parsed = self.parse(doc, lead + phrase, orgs) if phrase else None
            if parsed is not None:
                out.append(self._fact(authors[0], parsed, orgs, phrase[0][0], fallback_country))
        return out

    def _listed(self, doc: Doc, persons: PersonIndex, orgs: OrgIndex, facts: list[RoleFact]) -> list[RoleFact]:
        """Posts in a briefing's list of its people ("Authors: Jane Doe, Partner (Brussels); Raj Rao (Counsel,
        New Delhi)"): the words after the name's comma, or first in its brackets, are the post, whatever they
        are; one the list gives without a body is at the body the line names after its people, else at the firm
        or think tank that issued the briefing (the company, else the think tank, named last before the list; else
        the one firm with a legal form the story names)."""
        lines = people_list_lines(doc_text(doc), self.lex.heads)
        if not lines:
            return []
        out = []
        for cluster in persons.clusters:
            for start, end in cluster.spans:
                at = doc[start].idx
                line = next(((a, b) for a, b in lines if a <= at < b), None)
                if line is None or end >= len(doc):
                    continue
                while end + 1 < len(doc) and doc[end].text in self.lex.post_nominals:
                    end += 1  # "Sir Malcolm Ostridge KC, Chair, ...": the letters after the name
                # "Priya Raghunathan -- President and Chief Executive Officer": a participant's post after a dash,
                # in full, commas and all ("Vice President, Investor Relations")
                dashed = _spaced_dash(doc, end)
                k = end + 1 if doc[end].text in (",", "(") or dashed else None
                if k is None or doc[end].text == "," and ATTENDANCE.match(doc_text(doc)[line[0]:line[1]]):
                    continue  # (an attendance line gives posts in brackets only: "Dr. Sam Okello, Dr. Mary Atieno")
                while k + 1 < len(doc) and _DEGREE.fullmatch(doc[k].text) and doc[k + 1].text == ",":
                    k += 2  # "Andreas Kusuma, S.H., LL.M., Partner": the degrees after a name, then the post
                line_end = doc_text(doc).find("\n", line[0])  # (the whole line: the time and the colon after the post)
                sitting = HANSARD_LABEL.match(doc_text(doc)[line[0]:line_end if line_end >= 0 else None]) is not None
                if sitting and (seat := next(
                        (j for j in range(k, min(len(doc), k + 5)) if doc[j].text in ("\u2014", "\u2013")
                         or doc[j].text == ")"), None)) is not None and doc[seat].text != ")":
                    k = seat + 1  # "Mr WHITCOMBE (Shortland—Minister for Trade and Tourism)": the seat, then the post
                stop = k
                # (a transcript's speaker gives the post in full: "Deputy Director-General: International Trade and
                # Economic Development, the dtic")
                turn = TURN_LABEL.match(doc_text(doc)[line[0]:line[1] + 2])
                longest = 12 if turn or dashed else 6
                while stop < len(doc) and doc[stop].idx < line[1] and (doc[stop].text not in (",", ";", "(", ")", "|")
                                                                       or dashed and doc[stop].text == ",") \
                        and not (dashed and doc[stop].text == ":") and stop - k < longest:
                    stop += 1  # (a transcript's turn, "Jane Doe -- Chief Financial Officer: Thanks, ...", ends the
                    # post at its colon)
                words = doc[k:stop]
                if dashed and not any(t.lower_ in self.lex.heads for t in words):
                    continue  # ("Wei-Lun Chang -- Harbourline Securities": an analyst's firm, no post)
                second = next((j for j in range(k + 1, stop) if _spaced_dash(doc, j)), None) if dashed else None
                if second is not None and orgs.at(k) is not None:
                    post = doc[second + 1:stop]  # "Marco Ferretti -- Jefferies -- Analyst": the firm, then the post
                    if len(post) and any(t.lower_ in self.lex.heads for t in post):
                        out.append(RoleFact(cluster, post.text, orgs.at(k).name, True, orgs.at(k).country, second + 1))
                    continue
                if not len(words) or not words[0].is_title or stop - k >= longest or persons.at(k) is not None \
                        or any(t.ent_type_ == "GPE" and t.lower_ not in self.lex.heads for t in words) \
                        or orgs.at(k) is not None or any(self.lex.is_org_head(t.lower_) and t.lower_ not in self.lex.heads
                                                         for t in words):
                    continue  # ("Press contact: Jane Doe, Office of Public Affairs": a body, no post)
                if any(f.person is cluster and f.token >= start and f.organization for f in facts):
                    continue  # the list names the post's body itself ("Deputy Director-General, WTO")
                # the body the line names after its people ("...; and Ann Poe, Associate, Doe & Roe LLP"), else the
                # firm or think tank that issued the briefing; none for "Head of Delegation"
                named = next((orgs.at(m) for m in range(stop, len(doc)) if doc[m].idx < line[1]
                              and orgs.at(m) is not None and not _in_practice_name(doc, m)), None) \
                    or _body_by_initials(doc, orgs, stop, line[1]) or self._body_line_after(doc, orgs, lines, line) \
                    or self._issuer_of_contact(orgs, start)  # ("Enquiries: Mr X - Departmental Spokesperson" under
                # "Issued by: The Department of ...")
                if sitting:
                    # a member's post in a parliament's record: the body its title gives, never a firm the record names
                    phrase = [(j, self.tokens.kind(doc, j, persons, orgs)) for j in range(k, stop)]
                    parsed = self.parse(doc, phrase, orgs)
                    if parsed is not None:
                        parsed.title = words.text
                        out.append(self._fact(cluster, parsed, orgs, k, self._fallback_country))
                    continue
                if named is None and turn:
                    out.append(RoleFact(cluster, words.text, None, not words[0].lower_ in self.lex.not_current, None, k))
                    continue  # (a transcript's speaker: the post's body is on the line or nowhere, not the outlet of
                    # a reporter who asked before)
                firm = None if any(t.lower_ in _DELEGATION_UNITS for t in words) else named \
                    or self._signing_firm(orgs) or (self._only_firm(orgs) if self._writes_as_firm(orgs) else None) \
                    or orgs.nearest_before(start, lambda e: e.kind == "company") \
                    or orgs.nearest_before(start, lambda e: _fits(e, "company")) \
                    or orgs.nearest_before(start, lambda e: e.kind == "think_tank") \
                    or self._only_firm(orgs)
                out.append(RoleFact(cluster, words.text, firm.name if firm is not None else None,
                                    not words[0].lower_ in self.lex.not_current, None, k))
        return out

    def _chaired_by(self, doc: Doc, persons: PersonIndex, orgs: OrgIndex) -> list[RoleFact]:
        """"the House of Commons Business and Trade Committee, chaired by Dame Philippa Ashcombe, will ...": the
        person after "chaired by" (or "co-chaired by") chairs the body named right before it."""
        out = []
        for cluster in persons.clusters:
            for start, _ in cluster.spans:
                by = start - 1
                while by > 0 and start - by <= 4 and doc[by].lower_ != "by" and doc[by].is_title:
                    by -= 1  # (past "Dame", "Sen.", "Deputy Minister")
                if by < 2 or doc[by].lower_ != "by" or doc[by - 1].lower_ not in ("chaired", "co-chaired"):
                    continue
                verb = by - 1
                joint = doc[verb].lower_ == "co-chaired" or verb >= 2 and doc[verb - 1].text == "-" \
                    and doc[verb - 2].lower_ == "co"
                if joint and doc[verb].lower_ == "chaired":
                    verb -= 2  # ("co", "-", "chaired" as the tokenizer splits it)
                k = verb - 1 - (doc[verb - 1].text == ",")
                body = orgs.at(k) if k >= 0 else None
                if body is None and k >= 1 and doc[k].lower_ == "committee" and doc[k - 1].lower_ in ("the", "this", "that"):
                    # "The committee, chaired by Anna Nowak (Civic Coalition), heard ...": the committee the story
                    # named before, else the one its heading names
                    body = orgs.nearest_before(k, lambda e: _fits(e, "committee")) or self._heading_committee(orgs)
                    if body is not None:
                        out.append(RoleFact(cluster, "co-chair" if joint else "chair", body.name, True, None, start))
                    continue
                if body is None or not self._chairable(body):
                    continue
                first = next(m.start for m in body.mentions if m.start <= k < m.end)
                first -= first > 0 and doc[first - 1].lower_ == "the"
                if first > 0 and (doc[first - 1].pos_ == "ADP" or doc[first - 1].lower_ in ("and", "or")):
                    continue  # (not "the meeting at the Ministry of Trade, chaired by", "the Trade Committee of the
                    # European Parliament, chaired by": the chaired thing is another's)
                out.append(RoleFact(cluster, "co-chair" if joint else "chair", body.name, True, None, start))
        return out

    @staticmethod
    def _in_prose(doc: Doc, start: int) -> bool:
        """Is the name at token ``start`` inside a sentence of prose: not the first words of its line (a contact or
        witness line: "Jane Holt MP, Chair, Export Council") nor after a label's colon ("Members present: ...")?"""
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, doc[start].idx) + 1
        line_end = text.find("\n", doc[start].idx)
        before = text[line_start:doc[start].idx]
        line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
        return ":" not in before and (bool(before.strip()) or line.endswith((".", "!", "?", "\"", "\u201d")))

    def _quoted_between(self, entity: OrgEntity, position: int) -> int:
        """How many tokens between the body's last mention before ``position`` and ``position`` are quoted words."""
        doc = self._doc
        if doc is None:
            return 0
        last = max(m.start for m in entity.mentions if m.start < position)
        ranges = quote_ranges(doc)
        return sum(1 for t in doc[last:position] if any(a <= t.idx < b for a, b in ranges))

    def _chairable(self, body: OrgEntity) -> bool:
        """Is ``body`` one a chair chairs: a committee, or a body the lexicon does not know whose name ends in a
        committee's word ("Joint Economic Commission", "Export Council", "Working Group")? Not a ministry, a
        chamber or an executive commission."""
        if body.known or body.kind == "committee":
            return body.kind == "committee"
        return bool(body.name) and fold(body.name).split()[-1] in self.lex.chaired_body_words

    @staticmethod
    def _body_line_after(doc: Doc, orgs: OrgIndex, lines: list[tuple[int, int]], line: tuple[int, int]):
        """"Jane Doe, Senior Fellow / John Roe, Research Associate / Galata Institute for Trade Policy", one to a
        line: the body named alone on the line after a list's last person; else None."""
        listed = {a for a, _ in lines}
        start, end = next(((pos, pos + len(text)) for pos, text in lines_at(doc_text(doc))
                           if pos > line[1] and text and pos not in listed), (0, 0))
        span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
        if span is None:
            return None
        entity = orgs.at(span.start)
        if entity is not None and all(orgs.at(k) is entity for k in range(span.start, span.end)):
            return entity
        written = fold(span.text)  # (a body the story names elsewhere, which the model missed on that line)
        return next((e for e in orgs.entities.values() if written in (fold(e.name), *map(fold, e.aliases))), None)

    def _only_firm(self, orgs: OrgIndex) -> OrgEntity | None:
        """The one firm with a legal form the story names, wherever ("... in the International Trade practice of
        Harwell & Doone LLP" below the authors' list): the firm that issued the briefing. Of several, the one the
        story's first line or its last lines name ("CLIENT ALERT | Doe & Roe LLP | Trade"), where a firm signs."""
        firms = [e for e in orgs.entities.values() if e.name.split()[-1] in self.lex.company_suffixes]
        doc = self._doc
        if len(firms) <= 1 or doc is None:
            return firms[0] if firms else None
        lines = [line for _, line in lines_at(doc_text(doc)) if line.strip()]
        for signed in (
                lambda e: any(name in lines[0] for name in (e.name, *e.aliases)),  # "CLIENT ALERT | Doe & Roe LLP"
                # "any member of the Doe & Roe LLP Trade practice"
                lambda e: any(t.lower_ in self.lex.firm_self_words for m in e.mentions for t in doc[m.end:m.end + 5]),
                lambda e: any(name in " ".join(lines[-4:]) for name in (e.name, *e.aliases))):
            chosen = [e for e in firms if signed(e)]
            if len(chosen) == 1:
                return chosen[0]
        return None

    def _writes_as_firm(self, orgs: OrgIndex) -> bool:
        """Is the story a firm's own briefing: does it speak of the writer's firm ("our Washington office") or
        open on the firm's heading?"""
        doc = self._doc
        return doc is not None and (any(self._writers_firm(t.i) for t in doc if t.lower_ == "our")
                                    or self._heading_firm(orgs) is not None)

    def _acting_firm(self, orgs: OrgIndex) -> OrgEntity | None:
        """The one firm with a legal form the story names, when it is a subject somewhere ("Doe & Roe LLP has
        advised importers on the case, and our Brussels office ..."): in a story that speaks of "our office", the
        writer's firm; not a client it advised ("... advised Vantage Metals Ltd")."""
        firm = self._only_firm(orgs)
        return firm if firm is not None and self._doc is not None and acts(self._doc, firm) else None

    def _signing_firm(self, orgs: OrgIndex) -> OrgEntity | None:
        """The firm with a legal form that signs the story as its own: the one its heading names ("CLIENT ALERT |
        Doe & Roe LLP | Trade"), else the one named before one of its practices or in a short line among the
        story's last ("... any member of the Doe & Roe LLP Trade practice", "Doe & Roe LLP, Brussels"). Not a
        client or a party the story writes about ("advised Vantage Metals Ltd on the case")."""
        heading = self._heading_firm(orgs)
        if heading is not None:
            return heading
        doc = self._doc
        firm = self._only_firm(orgs)
        if doc is None or firm is None:
            return None
        names = (firm.name, *firm.aliases)
        lines = [line for _, line in lines_at(doc_text(doc)) if line.strip()]
        # ("the Doe & Roe LLP International Trade & Customs practice": the firm's name, its practice's, the word; not
        # "police searched Vantage Metals Ltd offices")
        practice = any(t.lower_ in PRACTICE_WORDS and all(u.is_title or u.text == "&" for u in doc[m.end:t.i])
                       for m in firm.mentions for t in doc[m.end:m.end + 6])
        # a closing line that signs ("Doe & Roe LLP, Brussels"), or a contact line that names the firm; not a
        # sentence about it ("Vantage Metals Ltd declined to comment.")
        signed = any(name in line and ("contact" in line.lower() or not re.search(r"\b[a-z]{3,}\b", line.replace(name, "")))
                     for line in lines[1:][-4:] for name in names)
        return firm if practice or signed else None

    def _heading_firm(self, orgs: OrgIndex) -> OrgEntity | None:
        """The one firm with a legal form that the story's first line names as its heading: the firm's name alone
        or beside labels ("CLIENT ALERT | Doe & Roe LLP | Trade", "Doe & Roe LLP - Client Alert"), no headline
        about it ("Acme Steel Ltd hit with EU safeguard duties")."""
        doc = self._doc
        if doc is None:
            return None
        # (or one of the first three lines, the firm alone or with its city: "CLIENT UPDATE" / "Wiranata Soedarmo &
        # Partners, Jakarta"; a firm's name is one with a legal form or partners joined by "&")
        heading = [line for _, line in lines_at(doc_text(doc)) if line.strip()][:3]
        firms = [e for e in orgs.entities.values() if e.name.split()[-1] in self.lex.company_suffixes
                 or "&" in e.name.split() and e.name.split()[-1] == "Partners"]
        for n, line in enumerate(heading):
            for firm in firms:
                name = next((x for x in (firm.name, *firm.aliases) if x in line), None)
                if name is None:
                    continue
                rest = line.replace(name, " ")
                if "|" in line or not rest.strip(" -\u2013\u2014:") or re.fullmatch(r"[\sA-Z&:\-\u2013\u2014]+", rest) \
                        or n and re.fullmatch(r"\s*,\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}\s*", rest):
                    return firm
        return None

    def _writers_firm(self, position: int) -> bool:
        """Does the sentence at token ``position`` speak of the writer's own firm ("a partner in our Washington
        office", "counsel in our Brussels team")? Then the briefing is the firm's and a post it gives with no body
        is at the firm."""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return False
        sent = doc[position].sent
        quoted = quote_ranges(doc)
        return any(t.lower_ == "our" and any(u.lower_ in self.lex.firm_self_words for u in doc[t.i + 1:t.i + 6])
                   and not any(a <= t.idx < b for a, b in quoted) for t in sent)  # (not a speaker's "our team")

    def _labelled(self, doc: Doc, persons: PersonIndex, orgs: OrgIndex) -> list[RoleFact]:
        """"Chair: Matteo Ferrandi (S&D, IT)", "Vice-Chairs present: A (EPP, PL), B (Renew, NL)": the people of a
        line opened by a committee post's label hold that post at the committee the story named before (a
        meeting's chair at a think tank holds no post: only a committee's posts are read so)."""
        out = []
        composed = None  # where the last line of a panel composed "as follows:" ends
        for a, b, title in label_lines(doc_text(doc), self.lex.heads):
            words = title.lower().split()
            if words[-1] not in self.lex.heads:
                continue
            start = doc.char_span(a, b, alignment_mode="expand")
            if start is None:
                continue
            committee = orgs.nearest_before(start.start, lambda e: _fits(e, "committee"))
            spec = self.lex.heads.get(words[-1])
            if spec is not None and spec.context == "media":
                # "BBC Radio 4 - Today" / "Presenter: Jane Doe": a broadcast's presenter is the broadcaster's, the
                # one named on the transcript's first line
                committee = self._masthead_medium(doc, orgs)
            elif committee is None:
                # (a contact block's unit, for a labelled line that names no body of its own: not "Chairman: Luis
                # Vega, Ministry of Trade")
                line = doc_text(doc)[a:b]
                own = re.search(r":\s*[^,(]+[,(]\s*\S", line) is not None
                committee = self._contact_body(doc, orgs, a) if not own else None
            text = doc_text(doc)
            before = text[:a].rstrip()
            if committee is None and not _AS_FOLLOWS.search(before[before.rfind("\n") + 1:]) \
                    and not (composed and composed == a - 1):
                continue
            # (or a panel composed "as follows:" that the story names as no body: "Chairperson: Ms Marit Solheim" /
            # "Members: Mr Tomás Ibarra" / "Ms Adaeze Okonkwo-Bello", the line under a label continuing it)
            end = b
            while committee is None and end + 1 < len(text) and text[end] == "\n" and text[end + 1] != "\n" \
                    and not _LABEL_START.match(text[end + 1:text.find("\n", end + 1) % (len(text) + 1)]):
                following = text.find("\n", end + 1)
                end = len(text) if following < 0 else following
            for cluster in persons.clusters:
                spans = [s for s, _ in cluster.spans if a <= doc[s].idx < end]
                if spans:
                    out.append(RoleFact(cluster, title, committee.name if committee else None, True,
                                        committee.country if committee else None, spans[0]))
            composed = end if committee is None else None  # (the next label line, right under, is the panel's too)
        return out

    @staticmethod
    def _masthead_medium(doc: Doc, orgs: OrgIndex) -> OrgEntity | None:
        """The outlet named first on the text's first line ("BBC Radio 4 - Today"), or None."""
        start, line = first_line(doc_text(doc))
        first = next((t.i for t in doc if start <= t.idx < start + len(line) and orgs.at(t.i) is not None), None)
        entity = orgs.at(first) if first is not None else None
        return entity if entity is not None and entity.kind == "media" else None

    @staticmethod
    def _contact_body(doc: Doc, orgs: OrgIndex, at: int) -> OrgEntity | None:
        """"Contact: Trade Policy Bureau, METI" then "Director: TANIGUCHI Rie": a release's contact block names the
        unit first, and the post labelled on the lines under it (at most two lines down) is that unit's."""
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, at + 1) + 1  # (the label line's own start)
        for _ in range(2):
            if line_start <= 0:
                return None
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            line = text[prev_start:line_start - 1]
            if _CONTACT_BLOCK.match(line):
                colon = prev_start + line.index(":")  # (after the label: not "Media" of "Media enquiries:")
                first = next((t.i for t in doc if colon < t.idx < line_start - 1 and orgs.at(t.i) is not None),
                             None)
                return orgs.at(first) if first is not None else None
            line_start = prev_start
        return None

    def place_by_description(self, doc: Doc, facts: list[RoleFact], described) -> None:
        """"The Belgian minister also pleaded ..." after "the Minister of Economy, X": a government post the story
        gives no country (no body, or a ministry named by its title alone) is of the country a later description of
        its holder names (``described``: the person a description headed by a token names, as ``References``
        reads it), at that country's body for the post's portfolio."""
        for tok in doc:
            spec = self.lex.heads.get(tok.lower_)
            if spec is None or not spec.government or spec.is_plural or tok.i < 2 \
                    or doc[tok.i - 2].lower_ != "the" or not (code := self.lex.country_of(doc[tok.i - 1].text)) \
                    or code not in self.lex.countries or self.lex.countries[code].organization:
                continue
            holder = described(tok.i)
            for fact in facts if holder is not None else ():
                words = fold(fact.title).split()
                if fact.person is not holder or fact.country is not None or fact.plural or tok.lower_ not in words \
                        or fact.organization is not None and self.lex.org_named(fact.organization) is not None:
                    continue
                body = self._body_in(fact.title, self._domain_of(words), code)
                if body is not None:
                    fact.organization, fact.country = body, code

    def _body_in(self, title: str, domain: str | None, country: str) -> str | None:
        """The body a post of ``title`` (of policy ``domain``) is at in ``country``: the country's listed body of
        the domain, else the ministry the title names, the lexicon's way."""
        return self.lex.body(domain, country) or self._ministry_named_by(title, country)

    def drop_restated(self, doc: Doc, orgs: OrgIndex, facts: list[RoleFact], added: int) -> list[RoleFact]:
        """The facts after quote attribution (``facts[added:]`` the ones ``title_holder`` added to those ``find``
        gave), less a post added in fewer words than one its holder has already ("the Deputy Minister said" beside
        "Deputy Minister of Industry and Trade"), and with no chamber guessed for a seat added: as ``find`` does."""
        self._seats_not_guessed(facts, orgs)
        home = self._fallback_country or self._story_country or next(iter(self._countries_named), None)
        for fact in facts[added:]:
            if fact.guessed and self._seat(fact.title.lower().split()) and self._chamber_of_unnamed_country(
                    fact, orgs, home):
                # ('"...," the MP said' in a story from Ostrava about the Czech Republic: a seat a description gave,
                # in a chamber of a country the story never names, is at none, not Westminster's by habit)
                fact.organization, fact.country, fact.guessed = None, None, False
        return self._settled(orgs, facts, {e.name: part_of(doc, orgs, e, self.lex) for e in orgs.entities.values()})

    def _settled(self, orgs: OrgIndex, facts: list[RoleFact], within: dict[str, str | None]) -> list[RoleFact]:
        """One fact per person and post (``_dedupe``), less the posts another of the holder's says in more words
        (``_drop_subsumed``), given the story's bodies and the bodies each is part of (``within``)."""
        named = {e.name for e in orgs.entities.values()}
        return _drop_subsumed(_dedupe(facts, within), named, within, self._rank, self.lex.office_heads,
                              frozenset(self.lex.unit_words), _one_body(orgs))

    def _chamber_of_unnamed_country(self, fact: RoleFact, orgs: OrgIndex, home: str | None) -> bool:
        """Is the chamber a seat's fact was given by habit one of a country the story never names, not ``home``,
        and no body the story names?"""
        return not self._countries_named.get(fact.country) and fact.country != home \
            and not any(fold(e.name) == fold(fact.organization or "") for e in orgs.entities.values())

    def title_holder(self, doc: Doc, persons: PersonIndex, orgs: OrgIndex, facts: list[RoleFact]):
        """Who "the German Chancellor" or "the Labour MP for X" is, for quotes.

        A title matching a role already found names its holder; otherwise a
        definite title as subject refers to the person last mentioned, and
        that person gets the role (added to ``facts``, made like every other
        role by ``_fact``)."""
        def holder(subject) -> PersonCluster | None:
            # "the bureau's Director-General, Mr. Weiming Zhou, said", "The chairman of the Kenya Transporters
            # Association, Bw Dennis Wafula, told ...": the one named after the comma that closes the title
            comma = next((k for k in range(subject.i + 1, min(len(doc), max(subject.right_edge.i, subject.i) + 2))
                          if doc[k].text == ","), None)
            named = self.named_after_comma(doc, comma, persons) if comma is not None else None
            if named is not None:
                return named
            portfolio = _portfolio_headed(doc, subject.i, self.lex.domain_words)
            if portfolio is not None:
                # ""...," stated the head of Economy": the minister (or secretary) of that portfolio named last before
                running = [f for f in facts if f.person.first < subject.i and portfolio in fold(f.title).split()
                           and set(fold(f.title).split()) & self.lex.ministerial_heads]
                if running:
                    return max(running, key=lambda f: max(s for s, _ in f.person.spans if s < subject.i)).person
            parsed, tokens = self.title_of_subject(doc, subject, persons, orgs)
            if parsed is None or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
                return None  # ("A high-ranking official of MOTIE explained": someone unnamed, not its minister)
            wanted = set(fold(" ".join(parsed.words)).split())  # "vice-minister" as "vice minister", like the held ones
            said = {fold(doc[k].text) for k in tokens}
            # ("the head of the ministry", "the head of the agriculture ministry": its portfolio before it)
            runs = frozenset(h for h in self.lex.office_heads(said) if "ministry" in self.lex.offices[h]) \
                if parsed.head == "head" and all(w in ("head", "of", "the") or w in self.lex.domain_words
                                                 for w in parsed.words) else frozenset()
            # (a ministry's head is its minister; not a commission's, whose head is no commissioner but its president)
            if runs:
                # "the head of the ministry", "the head of the Mining portfolio": who holds the post that runs it
                wanted = {"the"} | runs | {w for w in said if w in self.lex.domain_words}
            bare_official = parsed.head in self.lex.official_words and parsed.words == [parsed.head]  # ("the official")

            def last_mention(fact: RoleFact) -> tuple[int, int]:  # where the story last names the holder before it
                return max((s, e) for s, e in fact.person.spans if s < subject.i)

            def mentioned_last(fact: RoleFact) -> int:
                return last_mention(fact)[0]

            def not_companion(fact: RoleFact) -> bool:  # (not last named as whom the subject met "with")
                return not with_companion(self.lex, doc, *last_mention(fact))

            if bare_official and not parsed.current:
                # ""...," said the former official": the one named last before it whose post the story puts in the
                # past (not a serving official named earlier)
                former = [f for f in facts if not f.current and f.person.first < subject.i]
                if former:
                    return max(former, key=mentioned_last).person
            best, best_rank = None, None
            for fact in facts:
                held = set(fold(fact.title).split())
                held |= self.lex.office_heads(held)  # ("the director said" of one "who heads the ... directorate")
                if parsed.country and fact.country and fact.country != parsed.country \
                        and not self.lex.is_bloc(fact.country):
                    continue  # "the Korean minister": not the Indonesian one (but "the Belgian commissioner" of an
                    # EU Trade Commissioner: a bloc's post held by one of its members' people)
                # "the minister said" after "Minister for Trade Paik": a shorter form of a title someone holds;
                # rather the one holding it with no rank before it ("the Minister stated" after "Minister Yildirim
                # underlined", not the deputy minister named earlier), then the one named first
                # (or one spelling of it: "says the CFO" of a Chief Financial Officer; titles.yaml synonyms)
                spelled = fold(self.lex.canonical_title(fact.title)) == fold(self.lex.canonical_title(
                    " ".join(w for w in parsed.words if w != "the")))
                # (a British minister's title, "Business and Trade Secretary", is a Secretary of State's: "the
                # Secretary of State said" in a release from London)
                spelled = spelled or wanted - {"the"} == {"secretary", "of", "state"} and fact.country == "GB" \
                    and fold(fact.title).split()[-1:] == ["secretary"] \
                    and any(w in self.lex.domain_words for w in fold(fact.title).split()[:-1])
                if (held <= wanted | {"of", "the"} or wanted - {"the"} <= held or spelled) and fact.person.first < subject.i:
                    ranks = self.lex.modifiers - self.lex.government_level_words  # ("Federal Minister": no rank)
                    ranked = not (_rank_words(fact.title, self.lex) & ranks) \
                        or bool(wanted & self.lex.modifiers)  # (a rank before the head: "Deputy Secretary", not the
                    # area after it: "Secretary of International Economic Relations")
                    # (then the holder the story named last before it: "said Secretary Ferreyra. ... the Secretary
                    # stressed" after another secretary introduced later in the story but not named since)
                    # (and not one last named as the other party of a meeting: "The Minister of Foreign Trade, X, held
                    # a call with the Minister of Commerce of China, Y. ... "...," the minister declared": X's)
                    # (and then one of the country the subject names: "The British minister said" is the UK's
                    # minister, not one of no known country the story named without a companion's "with")
                    placed = parsed.country is not None and fact.country == parsed.country
                    rank = (ranked, placed, not_companion(fact), mentioned_last(fact))
                    if best is None or rank > best_rank:
                        best, best_rank = fact, rank
            if best is None and parsed.organization is not None:
                # "the Sinn Fein leader": whoever the story ties to that body
                for fact in facts:
                    if fact.organization == parsed.organization.name and fact.person.first < subject.i \
                            and (best is None or fact.person.first > best.person.first):
                        best = fact
            if best is not None:
                return best.person
            if doc[tokens[0]].lower_ != "the":
                return None
            chair = self._said_to_chair(doc, tokens[0], persons) if parsed.head in _CHAIR_HEADS else None
            if chair is not None:
                # "The Meeting was chaired by H.E. X, Minister of ..., and attended by ... In his opening remarks, the
                # Chair noted ...": the one the story said chaired it, not the one named last
                facts.append(self._fact(chair, parsed, orgs, subject.i))
                return chair
            if parsed.country and bare_official:
                # ""The Brazilian official, for his part, underlined" after an EU negotiator spoke: the one named
                # last whose post the story gives that country
                theirs = [f for f in facts if (f.country or self.lex.body_country(f.organization)) == parsed.country
                          and f.person.first < subject.i]  # (or whose body is that country's: "head of the
                # Secretariat of Agriculture and Rural Development, X" in a Mexican release)
                if theirs:
                    return max(theirs, key=mentioned_last).person
            person = persons.last_before(tokens[0]) or self._named_next(doc, tokens[0], persons, facts, parsed.head)
            if person is not None and not bare_official:
                # ""...," maintained the secretary of State" after "the Undersecretary ..., X" and then "deputy Y": not
                # Y, whose post the story gave as another, but X, named before, whose post's word holds the head
                def heads_it(who) -> bool | None:
                    titles = [f.title for f in facts if f.person is who]
                    return None if not titles else any(parsed.head in w for t in titles for w in fold(t).split())
                holds = heads_it(person)
                if not holds and any(s < tokens[0] for s, _ in person.spans):
                    last = min(s for s, _ in person.spans if s < tokens[0])
                    earlier = persons.last_before(last, exclude=person)
                    if earlier is not None and heads_it(earlier) and holds is False:
                        person = earlier
                    elif earlier is not None and holds is False and heads_it(earlier) is None \
                            and (spec := self.lex.heads.get(parsed.head)) is not None and spec.government \
                            and self._in_business(person, facts, orgs) \
                            and _sentences_between(doc, max(s for s, _ in earlier.spans if s < last), tokens[0]) <= 2:
                        # ("According to X, ... The minister held talks with Zhou, managing director of CATL ...
                        # "...," the minister said": a government post's word, not Zhou's, whose post the story gives
                        # at a business, but X's, named just before with no post found)
                        person = earlier
                    elif earlier is not None and holds is None and not heads_it(earlier):
                        # ""...," the business leader stressed" after "Jaramillo also asked the Government of President
                        # Daniel Noboa to ...": where the one named last, inside its object, has no post found, the
                        # sentence's main subject (not "Farmer X met Y, chairman of the Chamber ... the business
                        # leader said": Y)
                        start, end = max((s, e) for s, e in earlier.spans if s < last)
                        if sentence_start(doc, start) == sentence_start(doc, last) and is_main_subject(doc, start, end):
                            person = earlier
            if person is not None and bare_official and self._in_business(person, facts, orgs):
                # "Vice Minister Ana Ruiz received Peter Lind, chairman of Vantage Metals. "...," said the
                # functionary": of the two named last, the one who holds a government post, when the one named last
                # holds a post at a business (not "the EU official", nor a director-general of an agency)
                earlier = persons.last_before(min(s for s, _ in person.spans if s < tokens[0]), exclude=person)
                if earlier is not None and self._governs(earlier, facts):
                    person = earlier
            if person is not None and (not any(f.person is person for f in facts) or parsed.organization is not None
                                       or any(holds_run(parsed.words, seq) for seq, _, _ in self.lex.implied)):
                # (a bare word for a post the story gave its holder already is no second post: "said the
                # functionary" of "the general manager of the Colombian Agricultural Institute", "The Executive
                # estimates" of the government; "the Labour MP" is a seat of its own)
                facts.append(self._fact(person, parsed, orgs, subject.i))
            return person
        return holder

    @staticmethod
    def _said_to_chair(doc: Doc, before: int, persons: PersonIndex) -> PersonCluster | None:
        """The one person the story says chaired something before token ``before`` ("was chaired by X", "X chaired
        the meeting"), else None."""
        chairs, found = set(), None
        for tok in doc[:before]:
            if tok.lower_ not in ("chaired", "chairs", "chairing", "co-chaired"):
                continue
            k = tok.i + 1
            if k < len(doc) and doc[k].lower_ == "by":
                k += 1
                while k < len(doc) and k - tok.i < 8 and persons.at(k) is None and not doc[k].is_punct:
                    k += 1  # (past an honorific the name leaves out: "H.E. Datuk Seri")
                who = persons.at(k) if k < len(doc) else None
            else:
                j = tok.i - 1
                while j >= 0 and tok.i - j < 3 and persons.at(j) is None and doc[j].lower_ in ("who", "also", ","):
                    j -= 1
                who = persons.at(j) if j >= 0 else None
            if who is not None:
                chairs.add(id(who))
                found = who
        return found if len(chairs) == 1 else None

    @staticmethod
    def _named_next(doc: Doc, at: int, persons: PersonIndex, facts: list[RoleFact],
                    head: str = "") -> PersonCluster | None:
        """"The Minister for Enterprise has said the Government is "...". Speaking on radio, Aoife Ní Bhriain
        said ...": a lede that gives the title before anyone is named, and the next sentence, opening on the
        occasion of the words ("Speaking ...,"), names its holder as the subject of its verb: one the story gives
        no post of its own, with nothing that describes them as someone else, who does not speak of the title's
        ``head`` in the third person."""
        sent = sentence_of(doc, at)
        if sent.end >= len(doc):
            return None
        following = sentence_of(doc, sent.end)
        for tok in following:
            who = persons.at(tok.i)
            if who is None:
                continue
            first, (start, end) = min(s for s, _ in who.spans), persons.span_at(tok.i)
            if first < following.start or not any(doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(start, end)) \
                    or any(f.person is who for f in facts):
                return None
            # the name alone, right before its verb: not one the sentence describes as someone else ("columnist
            # Conor Walsh said", "Mary Collins, who runs a dairy cooperative, said", "John Byrne, a farmer,")
            if end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX") \
                    or start > following.start and (doc[start - 1].is_alpha and doc[start - 1].pos_ in ("NOUN", "PROPN")
                                                    or doc[start - 1].text in ("'s", "\u2019s")):
                return None
            # and only where that sentence opens on the occasion of the words ("Speaking on radio, X said"; not "At
            # a meeting in Athlone, Brendan Fahy said he would not believe it": anyone's reply)
            opener = next((t for t in following if not t.is_space), None)
            if any(t.lower_ == head for t in doc[end:following.end]):
                return None  # ("Speaking after the meeting, Liam Hogan said the minister had listed no new money")
            return who if opener is not None and opener.lower_ in _SPEAKING_OPENERS else None
        return None

    def _other_post_after(self, position: int) -> bool:
        """Does the name after the title at ``position`` go on with "of" or an appositive ("Commissioner Sid Miller
        of Texas", "Commissioner Ravi Kumar, India's customs chief"): words that may place the post elsewhere?"""
        doc = self._doc
        k = position  # (the title, then the name; or the name)
        while k < len(doc) and (doc[k].is_title or doc[k].text in (".", "-")) and "\n" not in doc[k].whitespace_:
            k += 1
        if k + 1 >= len(doc):
            return False
        if doc[k].lower_ == "of":  # (a member state's commissioner: "Commissioner Sefcovic of Slovakia")
            return not self.lex.country_of(doc[k + 1].text) and not self.lex.country_of(doc[k + 1:k + 3].text)
        if doc[k].text != ",":
            return False
        stop = next((j for j in range(k + 1, min(len(doc), k + 10)) if doc[j].text in (",", ".", ";")), k + 1)
        words = [t.lower_ for t in doc[k + 1:stop]]
        # ("Commissioner Ravi Kumar, India's customs chief": another post; not "the commission's chair", "58")
        return any(w in self.lex.heads for w in words) and not any(w.startswith("commission") for w in words)

    def _in_business(self, person: PersonCluster, facts: list[RoleFact], orgs: OrgIndex) -> bool:
        """Does the story give ``person`` a post only at a business (a company, or a body whose name holds no
        institution's word: "chairman of Vantage Metals", not "director-general of the National Board of Trade")?"""
        held = [f for f in facts if f.person is person]
        if not held or not all(f.organization for f in held):
            return False
        entities = {e.name: e for e in orgs.entities.values()}
        return all((e := entities.get(f.organization)) is not None and e.kind in ("company", None)
                   and not set(fold(e.name).split()) & self.lex.institution_words for f in held)

    def _governs(self, person: PersonCluster, facts: list[RoleFact]) -> bool:
        """Does the story give ``person`` a government post ("Vice Minister", "Secretary of Commerce")?"""
        return any(f.person is person and any((spec := self.lex.heads.get(w)) is not None and spec.government
                                              for w in fold(f.title).split()) for f in facts)

    def _listed_for(self, doc: Doc, position: int) -> str | None:
        """The country of a delegation list's header above the entry at token ``position`` ("For the Republic
        of Türkiye:"), or of the label opening its line ("Republic of Türkiye: Kerem Aydoğdu (Deputy Minister of
        Trade); ..."): the entry's title is that country's post, whatever the dateline says."""
        position = min(position, len(doc) - 1)
        side = list_header_side(doc, position)
        if side is None:
            text = doc_text(doc)
            line = text[text.rfind("\n", 0, doc[position].idx) + 1:doc[position].idx]
            label = re.match(r"\s*(?:For\s+(?:the\s+)?)?([^:()\n]{2,40}):\s+\S", line)
            side = label.group(1) if label else None
        return self.lex.country_of(side) if side else None

    def _other_country_in_sentence(self, position: int, country: str) -> bool:
        """Does the sentence of token ``position`` name a country other than ``country``, and not ``country`` first
        ("International Trade Minister X said Canada's counter-tariffs would stay as long as the U.S. tariffs do",
        in a story about Canada: the minister's country the one he speaks of first)?"""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return False
        sentence = sentence_of(doc, position)
        codes = [code for ent in sentence.ents if ent.label_ in ("GPE", "NORP") and (code := self.lex.country_of(ent.text))]
        return any(code != country for code in codes) and codes[0] != country

    def _counterpart_from(self, doc: Doc, cluster: PersonCluster) -> str | None:
        """"Resources Minister X and her Chilean counterpart, Mining Minister Y, signed ...": the country of the
        counterpart a person is named as (the title between, capitalized, is that country's post)."""
        for start, end in cluster.spans:
            k = start - 1
            while k > 0 and start - k <= 6 and doc[k].is_title and doc[k].is_alpha:
                k -= 1  # (back over the title: "Mining Minister")
            if k > 0 and doc[k].text == ",":
                k -= 1
            if k >= 1 and doc[k].lower_ == "counterpart" and (code := self.lex.country_of(doc[k - 1].text)) \
                    and not (end < len(doc) and doc[end].lower_ in self.lex.speech_verbs):
                return code  # (not "met their Chilean counterparts, Trade Minister X said": the one who speaks)
        return None

    def _led_by(self, doc: Doc, cluster: PersonCluster) -> str | None:
        """"The Turkish delegation was led by Mr Kerem Aydoğdu, Deputy Minister of Trade": the country of the
        delegation a person leads, for the posts the story gives them."""
        for start, _ in cluster.spans:
            k = start - 1
            while k > 0 and (doc[k].lower_.rstrip(".") in self.lex.honorific_words or doc[k].text == "."):
                k -= 1
            if k < 3 or doc[k].lower_ != "by" or doc[k - 1].lower_ not in ("led", "headed"):
                continue
            j = k - 2 - (doc[k - 2].lower_ in ("was", "is", "will", "be"))
            if j >= 1 and doc[j].lower_ in ("delegation", "side", "team") and (code := self.lex.country_of(doc[j - 1].text)):
                return code
        return None

    def _fact(self, cluster: PersonCluster, parsed: ParsedTitle, orgs: OrgIndex, position: int,
              fallback_country: str | None = None) -> RoleFact:
        self._guessed = False
        if parsed.head in self.lex.seat_heads and parsed.country is None \
                and (seat_of := self._province_named(parsed)) is not None:
            fallback_country = seat_of.country  # ("Queensland Senator X", "an Alberta MP": a seat in the federal
            # parliament for the province, of the province's country; not the U.S. Senate that "Senator" means by habit)
        elif fallback_country is not None and any(
                w[:1].isupper() and self.lex.place_country(w) == fallback_country and not self.lex.country_of(w)
                and w not in getattr(self.lex.countries.get(fallback_country), "capitals", ())
                for w in re.split(r"[\s,]+", parsed.title)):
            fallback_country = None  # ("REGINA, Sask. - Saskatchewan Agriculture Minister X": a province's post, not
            # the federal one the dateline's country has)
        spec = self.lex.heads.get(parsed.head)
        province = self._province_of_post(parsed, fallback_country) \
            if any(parsed.head in heads for heads in self.lex.province_post_heads.values()) else None
        # (not "Queensland Senator X", "an Alberta MP": a seat in the federal parliament for the province)
        if province is not None:
            # ("REGINA, Sask. - Premier X says Chinese tariffs ...": the province's premier, before any country's
            # cabinet the sentence names; "B.C. Forests Minister": the province's ministry, not the federal one)
            organization, country = self._provincial_body(parsed, province), province.country
        else:
            organization, country = self.organization_for(parsed, orgs, position, fallback_country)
        home, partner = self._story_country, None
        if organization is None and (fallback_country is None or self._credited_home) and parsed.country is None:
            partner = self._partners_country(position)  # (asked only of a post the text gave no body)
        if partner is not None and home in (None, partner):
            # "Trade Minister X raised the issue in a video call with China's Vice Minister of Commerce" in a Swedish
            # story that names China most: the one she talks with is of that country, she of the other one named
            home = self._other_side(partner)
        if organization is None and (country is None or self._credited_home and country == fallback_country) \
                and (fallback_country is None or self._credited_home) and home \
                and spec is not None and spec.government and parsed.country is None and "visiting" not in parsed.words \
                and (partner is not None or not self._other_country_in_sentence(position, home)):
            # (a government post with no body of its own, in a story about one country: that country's; not "Visiting
            # Commerce Minister X said India would buy less", whose sentence names his)
            organization, country = self.organization_for(parsed, orgs, position, home)
        if organization is None and country is None and spec is not None and spec.government \
                and parsed.country is None and (listed := self._body_of_listed_remit(parsed)) is not None:
            organization, country = listed.name, listed.country  # ("Trade, Industry and Competition Minister X" in
            # a story that names the U.S. more than South Africa: the one body whose remit the title lists word for word)
        if organization is None and country is None and spec is not None and spec.government \
                and parsed.country is None and fallback_country is None and home is None \
                and self._doc is not None and (unmarked := self._unmarked_side(self._doc)) is not None \
                and not self._other_country_in_sentence(position, unmarked):
            # "Trade minister X has framed the quotas ..." in a story that names Indonesia and Vietnam about as often
            # and writes Vietnam's officials with their country ("Vietnam's Deputy Minister of Industry and Trade"):
            # the bare post is of the side the story never needs to name
            organization, country = self.organization_for(parsed, orgs, position, unmarked)
        if organization is None and country is None and spec is not None and spec.government \
                and parsed.country is None and fallback_country is None:
            end = next((e for s, e in cluster.spans if s == position), None)
            other = self._counterpart_country(end) if end is not None else None
            if other is not None:
                organization, country = self.organization_for(parsed, orgs, position, other)
        if parsed.head == "commissioner" and organization is not None:
            organization = self._bodys_commission(organization)
        return RoleFact(cluster, parsed.title, organization, parsed.current, country or cluster.country, position,
                        parsed.plural, parsed.org_hint, self._guessed, parsed.now_after)

    def _only_country_of_ministers(self) -> str | None:
        """In a story that names a country whose government has no ministers (the U.S.), the one other country it
        names more than once, where a minister named with no country is from; else None (not where two others are
        named so: a Brazilian minister in a story of China, Brazil and the U.S.)."""
        named = {code: n for code, n in self._countries_named.items()
                 if code in self.lex.countries and not self.lex.countries[code].organization}
        if not any(code in self.lex.ministerless_countries for code in named):
            return None
        others = [code for code, n in named.items() if code not in self.lex.ministerless_countries and n >= 2]
        return others[0] if len(others) == 1 else None

    def _domain_of(self, words: list[str]) -> str | None:
        """The one policy domain a title's words name ("minister of international trade": trade), else None."""
        domains = {self.lex.domain_words[w] for w in words if w in self.lex.domain_words}
        return domains.pop() if len(domains) == 1 else None

    def _province_of_post(self, parsed: ParsedTitle, fallback_country: str | None) -> ProvinceInfo | None:
        """The province a government post is of: the one its title names ("Ontario Premier", "B.C. Forests
        Minister"), else, for a bare "Premier" in a story datelined from a province's capital ("TORONTO - Premier
        X said"), that province; None otherwise."""
        found = self._province_named(parsed)
        if found is not None:
            heads = self.lex.province_post_heads.get(found.country, ())
            return found if parsed.head in heads and (parsed.head in (heads[0], "minister")
                                                      or self._portfolio_of(parsed, found)) else None
            # (a post its country's provinces hold: not "Georgia's Economy Minister", of the country Georgia; a
            # department's post by its portfolio: not "Texas Commissioner X", nor a firm's "Iowa director")
        if parsed.country is not None or self._doc is None \
                or not any(heads[:1] == (parsed.head,) for heads in self.lex.province_post_heads.values()):
            return None
        place = place_text(self._doc)
        parts = [fold(part.strip()) for part in place.split(",")] if place else []
        # ("TORONTO -", "SAVANNAH, Ga. -": the seat, or the state after the city)
        seat = next((found for n, part in enumerate(parts)
                     if (found := self.lex.province_seats.get(part) or (self.lex.provinces.get(part) if n else None))),
                    None)
        if seat is None or parsed.head not in self.lex.province_post_heads.get(seat.country, ())[:1]:
            return None
        return seat if seat.country == (fallback_country or seat.country) else None

    def _province_named(self, parsed: ParsedTitle) -> ProvinceInfo | None:
        """The province or state a title's words name ("Queensland Senator", "B.C. Forests Minister"), or None."""
        return self.lex.province_in([w.strip(",") for w in parsed.title.replace("'s ", " ").split()])

    def _provincial_body(self, parsed: ParsedTitle, province: ProvinceInfo) -> str:
        """The body of a province's post: its government for a premier, else its ministry of the title's portfolio
        where the province names ministries so ("Saskatchewan Agriculture Minister" -> "Saskatchewan Ministry of
        Agriculture"), else its government."""
        heads = self.lex.province_post_heads.get(province.country, ())
        if parsed.head not in heads[1:] or not province.ministries:
            return province.government
        portfolio = self._portfolio_of(parsed, province)
        if not portfolio:
            return province.government  # (a portfolio in capitals only: "Ontario Minister of Economic Development,
            # Job Creation and Trade"; not "the province's minister responsible for trade")
        built = f"{province.ministries} {' '.join(portfolio)}"
        known = self.lex.org_named(built)
        return known.name if known is not None and known.kind == "government" else built
        # (the lexicon's name of the body where it lists one: "Iowa Department of Agriculture and Land Stewardship")

    def _portfolio_of(self, parsed: ParsedTitle, province: ProvinceInfo) -> list[str]:
        """The portfolio a provincial post's title names, in capitals, after its head's "of"/"for" or before the
        head ("Saskatchewan Agriculture Minister", "Iowa Secretary of Agriculture"), without the province's name and
        any rank; [] when there is none."""
        forms = {w for w in fold(province.name).split()} | {fold(f) for f in self.lex.provinces
                                                             if self.lex.provinces[f] is province}
        words = [w for w in parsed.title.replace("'s ", " ").split() if fold(w) not in forms]
        low = [w.lower() for w in words]
        if parsed.head not in low:
            return []
        at = low.index(parsed.head)
        words = [w for n, w in enumerate(words) if n >= at or fold(w) not in self.lex.modifiers
                 and fold(w) not in ("the", "provincial", "state")]  # (a rank before the head: "Deputy", "provincial")
        low = [w.lower() for w in words]
        if parsed.head not in low:
            return []
        at = low.index(parsed.head)
        portfolio = words[at + 2:] if at + 2 < len(words) and low[at + 1] in ("of", "for") else words[:at]
        if not portfolio or not all(w.strip(",").isalpha() and (w[:1].isupper() or w.lower() in ("and", "&"))
                                    or w.lower() in ("and", "&") or n == 0 and w == "the"  # ("of the Economy, ...")
                                    for n, w in enumerate(portfolio)) \
                or not any(self.lex.is_portfolio(w.strip(",").lower()) for w in portfolio):
            return []
        return portfolio

    def _counterpart_country(self, end: int) -> str | None:
        """The country of a government post that names none, held by the person whose name ends at token ``end``
        and joined by "and" to a counterpart's post that names its own ("Minister for Trade and Industry X and New
        Zealand's Minister for Trade and Investment, Y", "Trade Minister X and US Trade Representative Y"): in a story
        of two countries (no bloc counted), the other one; else None."""
        doc = self._doc
        if doc is None or end + 2 >= len(doc) or doc[end].lower_ != "and":
            return None
        theirs = self._country_post_at(end + 1)
        return self._other_side(theirs) if theirs is not None else None

    def _body_of_listed_remit(self, parsed: ParsedTitle) -> OrgInfo | None:
        """The listed government body whose name is its remit, as the title lists it before the head or after its
        "of" ("Trade, Industry and Competition Minister", "Minister of Trade, Industry and Competition": the
        Department of Trade, Industry and Competition); a remit of two portfolios or more, so no bare "Trade
        Minister" picks one country's ministry of trade; else None."""
        words = parsed.title.split()
        if not words or words[0].lower() not in self.lex.heads and words[-1].lower() not in self.lex.heads:
            return None
        if words[-1].lower() in self.lex.heads:
            remit = words[:-1]
            while remit and remit[0].lower() in self.lex.modifiers and remit[0].lower() not in self.lex.domain_words:
                remit = remit[1:]  # ("Deputy Trade, Industry and Competition Minister")
            while remit and remit[-1].lower() in self.lex.modifiers and remit[-1].lower() not in self.lex.domain_words:
                remit = remit[:-1]  # ("Investments, Trade and Industry Cabinet Secretary")
        else:
            remit = words[2:] if len(words) > 2 and words[1].lower() in ("of", "for") else []
        portfolios = [w.strip(",").lower() for w in remit if w.lower() not in ("and", "&")]
        if len(portfolios) < 2 or not any(w.lower() in ("and", "&") for w in remit) \
                or sum(self.lex.is_portfolio(w) for w in portfolios) < 2 or not all(w[:1].isupper() for w in remit
                                                                                 if w.lower() not in ("and", "&")):
            return None
        return listed_body(self.lex, "of", " ".join(remit)) or listed_body(self.lex, "for", " ".join(remit))

    def _remit_in_brackets(self, doc: Doc, end: int) -> list[str]:
        """The portfolio in brackets right after a name, "(Foreign Trade and Development Aid)", in lower case: words
        in capitals, joined by "and" or commas, at least one of them a policy domain's; else []."""
        if end + 2 >= len(doc) or doc[end].text != "(":
            return []
        close = next((k for k in range(end + 1, min(len(doc), end + 10)) if doc[k].text == ")"), None)
        inside = doc[end + 1:close] if close is not None else []
        if not inside or not all(t.is_title and t.is_alpha or t.lower_ in ("and", ",", "&") for t in inside) \
                or not any(t.lower_ in self.lex.domain_words for t in inside) \
                or any(t.lower_ in self.lex.heads for t in inside):
            return []
        return [t.lower_ for t in inside]

    def _country_post_at(self, k: int) -> str | None:
        """The country of a post written from token ``k`` on with its country first ("New Zealand's Minister for
        Trade", "US Trade Representative", "Chinese Vice Minister of Commerce"); else None."""
        doc = self._doc
        k += k < len(doc) and doc[k].lower_ == "the"
        return next((code for n in (3, 2, 1) if k + n < len(doc)
                     and (code := self.lex.country_of(doc[k:k + n].text)) is not None
                     and (doc[k + n].text in ("'s", "\u2019s") or doc[k + n].is_title and (
                         doc[k + n].lower_ in self.lex.heads or doc[k + n].lower_ in self.lex.domain_words
                         or doc[k + n].lower_ in self.lex.modifiers))), None)

    def _counterparts_posts(self, doc: Doc, persons: PersonIndex, kept: list[RoleFact]) -> list[RoleFact]:
        """"Thai Commerce Minister X said ... His Cambodian counterpart, Y, told reporters": Y, given no post of his
        own, holds the same post in the country the word before "counterpart" names, at that country's body of the
        post's policy domain (or the ministry its title names, the lexicon's way)."""
        out = []
        held = {id(f.person) for f in kept}
        for cluster in persons.clusters:
            if id(cluster) in held:
                continue
            for start, _ in cluster.spans:
                k = start - 1 - (start >= 1 and doc[start - 1].text == ",")
                if k < 2 or doc[k].lower_ != "counterpart" or doc[k - 2].lower_ not in ("his", "her", "their", "its") \
                        or (country := self.lex.country_of(doc[k - 1].text)) is None or self.lex.is_bloc(country):
                    continue
                before = [f for f in kept if f.current and f.token < k and f.country not in (None, country)
                          and _sentences_between(doc, f.token, k) <= 1
                          and (spec := self.lex.heads.get(f.title.split()[-1].lower())) is not None and spec.government]
                if not before:
                    continue
                fact = max(before, key=lambda f: f.token)
                words = fact.title.lower().split()
                domain = next((self.lex.domain_words[w] for w in words if w in self.lex.domain_words), None)
                out.append(RoleFact(cluster, fact.title, self._body_in(fact.title, domain, country), True, country,
                                    start))
                held.add(id(cluster))
                break
        return out

    def _bodys_commission(self, organization: str) -> str:
        """A commissioner of an international body that runs a commission the lexicon lists under the body's name
        ("ECOWAS" -> "ECOWAS Commission", "African Union" -> "African Union Commission") sits in that commission."""
        info = self.lex.organizations.get(organization)
        if info is None or info.kind != "international":
            return organization
        for form in (info.name, *info.aliases):
            found = self.lex.org_named(f"{form} Commission")
            if found is not None and found.name != info.name and found.kind == "international":
                return found.name
        return organization

    @once_per_doc("tradegraph_unmarked_side")
    def _unmarked_side(self, doc: Doc) -> str | None:
        """In a story whose two most named countries (no bloc) are named about as often and far more than any third,
        the one whose officials the story never writes with their country, when it writes the other's so ("Vietnam's
        Deputy Minister ...", "Indian Commerce Secretary ..."): the paper's own side; else None. Read once per
        story (``find`` has set the countries it names)."""
        ranked = sorted(((n, code) for code, n in self._countries_named.items()
                         if code in self.lex.countries and not self.lex.countries[code].organization), reverse=True)
        if len(ranked) < 2 or ranked[1][0] < 3 or len(ranked) > 2 and ranked[2][0] * 2 > ranked[1][0]:
            return None
        top = {ranked[0][1], ranked[1][1]}

        def posts_country(k: int) -> str | None:  # ("Vietnam's Deputy Minister", "Thai Deputy Commerce Minister")
            for n in (3, 2, 1):
                code = self.lex.country_of(doc[k:k + n].text) if k + n < len(doc) \
                    and not any(t.is_punct or t.is_space for t in doc[k:k + n]) else None
                if code is None:
                    continue  # (not "Indonesia." closing a sentence before "Trade minister X")
                j = k + n + (doc[k + n].text in ("'s", "\u2019s"))
                while j < len(doc) and j - k - n <= 3 and (doc[j].lower_ in self.lex.modifiers
                                                           or doc[j].lower_ in self.lex.domain_words):
                    j += 1
                spec = self.lex.heads.get(doc[j].lower_) if j < len(doc) else None
                return code if spec is not None and spec.government else None
            return None
        marked = {code for k in range(len(doc)) if doc[k].is_title or doc[k].is_upper
                  if (code := posts_country(k)) is not None and code in top}
        return next(iter(top - marked)) if len(marked) == 1 else None

    def _other_side(self, theirs: str) -> str | None:
        """In a story of two countries (no bloc counted), the one that is not ``theirs``: one other country, or one
        the story names far more than any third (a passing "Chile" is no side); else None."""
        others = sorted((n, code) for code, n in self._countries_named.items() if code != theirs
                        and code in self.lex.countries and not self.lex.countries[code].organization)
        return others[-1][1] if others and (len(others) == 1 or others[-1][0] >= 3 * others[-2][0]) else None

    def _partners_country(self, position: int) -> str | None:
        """The country of the official the holder of the post at token ``position`` talks with, in the holder's
        own sentence after the name: "raised the issue in a video call with China's Vice Minister of Commerce, X",
        "held talks in Beijing with Chinese Vice Minister of Commerce X"."""
        doc = self._doc
        if doc is None or not 0 <= position < len(doc):
            return None
        sentence = sentence_of(doc, position)
        return next((code for tok in sentence if tok.i > position and tok.lower_ == "with"
                     and (code := self._country_post_at(tok.i + 1)) is not None), None)


# how a story writes a bureau inside its ministry for the bureau's people to hold the ministry's posts: "the X Bureau at
# the Ministry", "METI's X Bureau" (a list entry's "Director-General, X Bureau, METI", "the X Bureau of the Ministry"
# and "its X Bureau" keep the bureau, as annotators of such lists and minutes give it)
_WRITTEN_INSIDE = frozenset({"at", "possessive"})


def _opening_place(doc: Doc, sent) -> list:
    """The place a sentence opens on, "In Bangkok, ..." / "In New Zealand, ...": its one or two capitalized words
    before the comma, the shorter first (none where the sentence does not open on "In")."""
    start = sent.start
    if start + 3 >= len(doc) or doc[start].lower_ != "in":
        return []
    return [doc[start + 1:start + 1 + n] for n in (1, 2)
            if doc[start + 1 + n].text == "," and all(t.is_title for t in doc[start + 1:start + 1 + n])]


def _sentences_between(doc: Doc, a: int, b: int) -> int:
    """How many sentence starts lie after token ``a`` up to token ``b``."""
    return sum(1 for sent in doc.sents if a < sent.start <= b)


# "X, who accompanied the Minister, added": an official in the minister's suite
_ACCOMPANIED = frozenset({"accompanied", "accompanies", "accompanying", "escorted"})
# ranks inside a ministry, whose holder goes with the minister as one of the ministry's people (not an ambassador,
# whose post is abroad, nor a minister of another portfolio); a title's first word, or its first two joined by a
# hyphen ("Vice Minister" as "vice-minister", "Director General" as "director-general")
_SUITE_HEADS = frozenset({"undersecretary", "under-secretary", "director", "director-general", "secretary-general",
                          "vice-minister", "deputy"})


def _suite_official(fact: RoleFact) -> bool:
    """Is the post, held now and given no body, one of a rank inside a ministry (``_SUITE_HEADS``), not one abroad?"""
    words = fold(fact.title).replace("-", " ").split()
    return fact.organization is None and fact.current and bool(words) \
        and bool({words[0], "-".join(words[:2])} & _SUITE_HEADS) \
        and not any(w in ("ambassador", "envoy", "consul") for w in words)


def _bodies_of_companions(doc: Doc, facts: list[RoleFact], lex: Lexicon) -> None:
    """"the Undersecretary of Foreign Trade, X, who accompanied the Secretary, explained", "Director General of
    International Trade Negotiations X, who accompanied the Minister of Trade, added": an official of a rank inside a
    ministry, whose post the story gives no body, goes with the minister as one of the ministry's people; the post
    is at the body of the post the one accompanied holds (the one the story named last with that title's head)."""
    for fact in facts:
        if not _suite_official(fact):
            continue
        for start, end in fact.person.spans:
            k = end + 1  # (past the comma after the name, then "who" if it is there)
            if k >= len(doc) or doc[end].text != ",":
                continue
            k += doc[k].lower_ == "who"
            if k + 2 >= len(doc) or doc[k].lower_ not in _ACCOMPANIED or doc[k + 1].lower_ != "the" \
                    or doc[k + 2].lower_ not in lex.ministerial_heads:
                continue
            led = [f for f in facts if f.person is not fact.person and f.organization is not None
                   and fold(f.title).split()[:1] == [doc[k + 2].lower_] and f.person.first < start]
            if led:
                chosen = max(led, key=lambda f: max(s for s, _ in f.person.spans if s < start))
                fact.organization, fact.country = chosen.organization, fact.country or chosen.country
                break


def _bodies_of_delegations(doc: Doc, facts: list[RoleFact],
                           blocks: dict[tuple[int, int], frozenset[tuple[int, int]]]) -> None:
    """"Japanese side: Mr. X, Minister of Economy, Trade and Industry; Mr. Y, Vice-Minister for International
    Affairs": on a line listing one side's delegation, an official of a rank inside a ministry whose post names no
    body is of the one ministry the line gives its other members' posts."""
    lines = {}
    for fact in facts:
        start = doc[fact.token].idx if 0 <= fact.token < len(doc) else -1
        line = next((r for r in blocks if r[0] <= start < r[1]), None)
        if line is not None:
            lines.setdefault(line, []).append(fact)
    for on_line in lines.values():
        bodies = {f.organization for f in on_line if f.organization is not None
                  and "ministry" in fold(f.organization).split()}
        if len(bodies) != 1:
            continue
        for fact in on_line:
            if _suite_official(fact):
                fact.organization = next(iter(bodies))


def _portfolio_headed(doc: Doc, i: int, domain_words) -> str | None:
    """"the head of Economy", "the head of Agriculture": the portfolio (a policy domain's word, capitalized, right
    after "of", no other capitalized word after it) whose ministry the bare "head" at token ``i`` heads, folded; else
    None (not "the head of Trade Policy Bureau", a unit's name)."""
    if doc[i].lower_ != "head" or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return None
    word, after = doc[i + 2], doc[i + 3] if i + 3 < len(doc) else None
    if not word.is_title or fold(word.text) not in domain_words or after is not None and after.is_title:
        return None
    return fold(word.text)


def _remit_before_body_word(words: list[str]) -> bool:
    """Do a body's folded name words put its remit before its kind, with no "of" ("agriculture , forestry and
    fisheries ministry")?"""
    return "of" not in words and len(words) >= 2 and words[-1] in ("ministry", "department")


def _kind_word(name: str) -> str:
    """The word that says what kind of body a name is, past "Federal" ("Federal Ministry of Economy, Energy and
    Tourism": a ministry)."""
    words = fold(name).split()
    return words[1] if len(words) > 1 and words[0] == "federal" else words[0] if words else ""


def _domain_after(words: list[str], seq: tuple[str, ...], domains) -> bool:
    """Does a policy domain follow ``seq`` in the title's words ("secretary of state" + "economy", from "secretary
    of state at the economy ministry")?"""
    n = len(seq)
    at = next((i for i in range(len(words) - n + 1) if tuple(words[i:i + n]) == tuple(seq)), None)
    return at is not None and any(w in domains and w != "state" for w in words[at + n:])


def _bodies_of_earlier_posts(facts: list[RoleFact], home: str | None = None) -> None:
    """"the Minister of Industry, Trade and Investment, Dr. X ... The Permanent
    Secretary of the ministry, Mrs. Y": a body a title implied earlier (and the
    text never named as such) is the one "the ministry" points back to; of
    several, one of the holder's country, else of the dateline's (``home``)."""
    for fact in facts:
        if fact.organization is not None or not fact.hint or fact.hint == "its":
            continue
        earlier = [f for f in facts if f.organization and f.token < fact.token and fact.hint in fold(f.organization).split()]
        if earlier:
            wanted = fact.country or home
            source = max(earlier, key=lambda f: (f.country == wanted, f.token))
            fact.organization, fact.country = source.organization, fact.country or source.country


def _body_by_initials(doc: Doc, orgs: OrgIndex, start: int, end_char: int) -> OrgEntity | None:
    """The body a short form on a list's line stands for, when the story wrote it in lower case after the body's
    name ("Department of Trade, Industry and Competition (the dtic)", then "..., the dtic)"): the one body whose
    capitalized words' initials it spells."""
    for tok in doc[start:]:
        if tok.idx >= end_char:
            break
        if tok.is_lower and tok.is_alpha and 3 <= len(tok.text) <= 6 and doc[tok.i - 1].lower_ == "the":
            fits = [e for e in orgs.entities.values()
                    if "".join(w[0] for w in e.name.replace(",", " ").split() if w[:1].isupper()).lower() == tok.text]
            if len(fits) == 1:
                return fits[0]
    return None


def _in_practice_name(doc: Doc, k: int) -> bool:
    """Is token ``k`` inside the name of a firm's practice ("Director, EU Trade Practice"): capitalized words up to
    the next comma that end on a practice word? The practice is the firm's, not the body its name holds."""
    j = k
    while j < len(doc) and j - k < 6 and (doc[j].is_title or doc[j].is_upper or doc[j].text == "&"):
        j += 1
    return j > k and doc[j - 1].lower_ in PRACTICE_WORDS and (j == len(doc) or doc[j].text in (",", ";", "(") or "\n" in doc[j].text)


def _body_after_name(doc: Doc, end: int, orgs: OrgIndex, country: str | None = None) -> OrgEntity | None:
    """"Opposition leader Niamh Carey of Sinn Fein", "Trade Minister Lee Do-hyun
    of the Ministry of Trade, Industry and Energy": a body named with "of"
    right after the name is the one the title belongs to, unless it is
    another country's than the one the title names; past the name written in the paper's script ("Director General
    Brennan (布倫南, Fiona Brennan) of Global Affairs Canada"), or set off by commas ("analyst X, of StoneX, said")."""
    if end < len(doc) and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(len(doc), end + 10)) if doc[k].text == ")"), None)
        if close is not None and close > end + 1 and other_script(doc[end + 1]):
            end = close + 1
    set_off = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("of", "from")
    end += set_off  # ("analyst Felipe Cardoso Brandão, of StoneX, said": the body set off by commas)
    k = end + 1
    if end < len(doc) and doc[end].lower_ in ("of", "from"):  # ("director Piet Claes from the Commission's ...")
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        # "of the Republic of Korea's Ministry of ...": past the owning country's name
        g = k
        while g < min(len(doc), k + 6) and doc[g].ent_type_ == "GPE":
            g += 1
        if g > k and g + 1 < len(doc) and doc[g].text in ("'s", "\u2019s"):
            k = g + 1
        entity = orgs.at(k) if k < len(doc) else None
        if set_off and entity is not None and not any(
                m.start == k and (m.end >= len(doc) or doc[m.end].text in (",", ".", ";")) for m in entity.mentions):
            return None
        if entity is not None and not (country and entity.country and entity.country != country):
            return _unit_glossed_after(doc, k, orgs, entity) or _unit_after_possessive(doc, k, orgs, entity) or entity
    return None


def _unit_after_possessive(doc: Doc, k: int, orgs: OrgIndex, entity: OrgEntity) -> OrgEntity | None:
    """"of the European Commission's Directorate-General for Competition": the body named right after the first
    one's possessive is the unit the post is in."""
    end = k
    while end < len(doc) and orgs.at(end) is entity:
        end += 1
    if end + 1 < len(doc) and doc[end].text in ("'s", "\u2019s"):
        unit = orgs.at(end + 1)
        if unit is not None and unit is not entity:
            return unit
    return None


def _unit_glossed_after(doc: Doc, k: int, orgs: OrgIndex, entity: OrgEntity) -> OrgEntity | None:
    """"of the European Commission's trade department (DG TRADE)": the unit after the body's possessive, named by
    the short form in brackets after it, is where the post is."""
    end = k
    while end < len(doc) and orgs.at(end) is entity:
        end += 1
    if end + 2 >= len(doc) or doc[end].text not in ("'s", "\u2019s"):
        return None
    m = end + 1
    while m < len(doc) and m - end <= 5 and doc[m].is_lower and doc[m].is_alpha:
        m += 1
    if m == end + 1 or m + 1 >= len(doc):
        return None
    gloss = m + 1 if doc[m].text == "(" else m + 3 if doc[m].text == "," and doc[m + 1:m + 3].text == "known as" \
        else m + 2 if doc[m].text == "," and doc[m + 1].lower_ == "or" else None  # (", known as DG TRADE")
    unit = orgs.at(gloss) if gloss is not None and gloss < len(doc) else None
    return unit if unit is not None and unit is not entity else None


def _unit_glossed_in_phrase(doc: Doc, phrase, orgs: OrgIndex, parsed: ParsedTitle) -> None:
    """"a deputy director-general at the European Commission's trade department, known as DG TRADE": the post's
    body, read from the phrase, is the unit named after its possessive."""
    if parsed.organization is None:
        return
    at = [i for i, _ in phrase if orgs.at(i) is parsed.organization]
    unit = _unit_glossed_after(doc, at[-1], orgs, parsed.organization) if at else None
    if unit is not None:
        parsed.organization = unit


def _body_before_whose(doc: Doc, at: int, orgs: OrgIndex) -> OrgEntity | None:
    """"the Unidad de Prácticas Comerciales (UPC), whose head, Lucía Ortega Vidal, said": the body "whose" follows
    (past its bracketed short form and the comma) holds the post the title names."""
    k = at - 1
    if k < 1 or doc[k].lower_ != "whose":
        return None
    k -= 1
    if doc[k].text == ",":
        k -= 1
    if doc[k].text == ")" and k >= 2 and doc[k - 2].text == "(":
        k -= 3
    return orgs.at(k) if k >= 0 else None


def _body_on_line_at(doc: Doc, char: int, orgs: OrgIndex):
    """The organization whose mention opens the line starting at character ``char`` and fills it, if any."""
    text = doc_text(doc)
    end = text.find("\n", char)
    end = len(text) if end < 0 else end
    first = doc.char_span(char, char + 1, alignment_mode="expand") if char < len(text) else None
    entity = orgs.at(first.start) if first is not None else None
    if entity is None or not any(m.start == first.start and doc[m.end - 1].idx + len(doc[m.end - 1].text) >= end
                                 for m in entity.mentions):
        return None
    return entity


_CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice chair", "co-chair"})


def _named_whole(doc: Doc, orgs: OrgIndex, start: int, end: int) -> OrgEntity | None:
    """The body whose name is the whole of the text between characters ``start`` and ``end`` (a release's header,
    a report's first line), and nothing else; else None."""
    span = doc.char_span(start, end, alignment_mode="contract")
    entity = orgs.at(span.start) if span is not None and len(span) else None
    if entity is None or not any(m.start == span.start and m.end == span.end for m in entity.mentions):
        return None
    return entity


def _body_after_comma(doc: Doc, end: int, orgs: OrgIndex) -> OrgEntity | None:
    """"Mr Jens Holm, Director for Trade Defence, DG TRADE, and Ms ...": in prose, a body's name set off by a
    comma right after the title, and closed by punctuation or "and", is the title's body (past the
    portfolio in brackets: "Deputy Secretary-General (Plantation and Commodities), Ministry of ...")."""
    if end < len(doc) and doc[end].text == "(":
        close = next((k for k in range(end + 1, min(len(doc), end + 10)) if doc[k].text == ")"), None)
        if close is not None:
            end = close + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    k = end + 1 + (doc[end + 1].lower_ == "the")
    entity = orgs.at(k) if k < len(doc) else None
    if entity is None:
        return None
    mention = next((m for m in entity.mentions if m.start == k), None)
    if mention is None or (mention.end < len(doc) and doc[mention.end].text not in (",", ".", "(", ";")
                           and doc[mention.end].lower_ != "and" and "\n" not in doc[mention.end].text):
        return None  # (or the line's end: "Jane Doe, Senior Fellow, Kiel Institute for the World Economy" in a list)
    return entity


def _named_within(entity: OrgEntity, position: int, reach: int) -> bool:
    """Was ``entity`` last named before token ``position`` at most ``reach`` tokens back (a body found by
    ``nearest_before``, so named before it at least once)?"""
    return position - max(m.start for m in entity.mentions if m.start < position) <= reach


def _body_at(doc: Doc, at: int, orgs: OrgIndex) -> OrgEntity | None:
    """The body named right after the "at" at token ``at`` ("at the Ministry", "at Nigeria LNG Limited"), past
    what the body is and where it is from ("at Memphis-based merchant X", "at the Greek shipowner X")."""
    k = past_body_description(doc, at + 1 + (at + 1 < len(doc) and doc[at + 1].lower_ == "the"), orgs)
    return orgs.at(k) if k < len(doc) else None


def _body_at_after_area(doc: Doc, k: int, orgs: OrgIndex) -> OrgEntity | None:
    """"X, principal analyst for Asia-Pacific gas and LNG at Wood Mackenzie", "a director in the automotive
    practice at AlixPartners": the post's area, opened by "for", "in" or "of" and written as a noun phrase (no
    comma, verb or name), then "at" and the body the post belongs to."""
    if k >= len(doc) or doc[k].lower_ not in ("for", "in", "of"):
        return None
    for at in range(k + 1, min(len(doc), k + 10)):
        tok = doc[at]
        if tok.lower_ == "at":
            return _body_at(doc, at, orgs) if at > k + 1 else None
        if not area_phrase_word(tok) or orgs.at(at) is not None:
            return None
    return None


def _area_then_body(doc: Doc, end: int, orgs: OrgIndex, parsed: ParsedTitle) -> ParsedTitle:
    """"Mr. Agus Purba, Director of Animal Health, Directorate General of Livestock ...", "Mr. Tane Rangihuna,
    Director, Market Access, Ministry for Primary Industries": in a delegation list the area a title covers
    (one to four capitalized words after "of", "for" or a comma that name no body) comes before the body set
    off by the next comma; the title takes in the area and belongs to that body."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("of", "for", ","):
        return parsed
    k = end + 1
    while k < len(doc) and k - end <= 4 and doc[k].is_title and doc[k].is_alpha and orgs.at(k) is None:
        k += 1
    if k == end + 1 or k >= len(doc) or doc[k].text != "," and not (doc[end].text == "," and doc[k].lower_ == "at"):
        return parsed
    # ("General Manager, External Relations at Nigeria LNG Limited": the area set off by a comma, then "at" its body)
    entity = _body_after_comma(doc, k, orgs) if doc[k].text == "," else _body_at(doc, k, orgs)
    if entity is None:
        return parsed
    joint = "," if doc[end].text == "," else f" {doc[end].text}"
    title = f"{parsed.title}{joint} {doc[end + 1:k].text}"
    return replace(parsed, title=title, words=title.lower().replace(",", "").split(), organization=entity)


def _body_of_list_entry(doc: Doc, end: int, orgs: OrgIndex, unit_words=frozenset(),
                        part_openers=frozenset()) -> OrgEntity | None:
    """"- Tominaga Ayaka, Deputy Director-General, Economic Affairs Bureau, Ministry of Foreign Affairs": in a
    list of attendees a title belongs to the first body set off by a comma after it, the most specific one
    (the bureau; the ministry after it is the body the bureau is part of, see ``organizations.part_of``)."""
    if end >= len(doc):
        return None
    entry = list_entry_at(doc, end)
    if entry is None:
        return None
    first = None
    for k in range(entry[0], entry[1]):
        if doc[k].text == ";":
            break  # "Malaysia: Dato' X (Head of Delegation); Dr. Y, Director, MPOB": the next person's entry
        entity = orgs.at(k)
        if entity is not None and orgs.at(k - 1) is not entity and doc[k - 1].text == ",":
            # a body of its own after a comma, not one inside the portfolio ("for ... APEC Affairs"); one the story
            # does not confirm as a body ("Head of Unit, Enlargement Countries, DG TRADE": the unit's area) only
            # when no other follows
            if k >= 3 and doc[k - 2].lower_ in unit_words and doc[k - 3].lower_ == "of" \
                    and any(orgs.at(m) is not None and orgs.at(m) is not entity for m in range(k, entry[1])) \
                    and fold(entity.name).split("-")[0].split()[0] not in part_openers:
                continue  # "Head of Unit, Energy-Intensive Industries, DG GROW": the unit's name, then its body (not
                # "Head of Department, Directorate General of Customs, Ministry of Trade": a body by its own word)
            if entity.confirmed:
                return entity
            first = first or entity
    return first


def _line_blocks(listed: list[tuple[int, int]]) -> dict[tuple[int, int], frozenset[tuple[int, int]]]:
    """Each list line (a character range) with the block of list lines it stands in: the lines that touch it, and
    the lines that touch those."""
    blocks: dict[tuple[int, int], frozenset[tuple[int, int]]] = {}
    for here in listed:
        if here in blocks:
            continue
        block, grown = {here}, True
        while grown:
            grown = False
            for a, b in listed:
                if (a, b) not in block and any(abs(a - y) <= 1 or abs(x - b) <= 1 for x, y in block):
                    block.add((a, b))
                    grown = True
        for line in block:
            blocks[line] = frozenset(block)
    return blocks


def _named_on_entry_line(doc: Doc, orgs: OrgIndex, fact: RoleFact,
                         blocks: dict[tuple[int, int], frozenset[tuple[int, int]]], ends: set[int]) -> bool:
    """For a post read on a line of its own that opens with the holder's name and a comma ("Helen Okoro, Director,
    Trade Negotiations" in a list of witnesses): is the post's body named on that line or the next (a contact
    block's body line)? True for any other post, and for a body the story never names (one a title implies).
    ``blocks``: the story's list lines with their blocks (``_line_blocks``); ``ends``: where its bodies' mentions
    end."""
    entity = next((e for e in orgs.entities.values() if e.name == fact.organization), None)
    # (the holder's mention the post follows)
    span = max(((a, b) for a, b in fact.person.spans if a <= fact.token), default=None)
    if entity is None or not entity.mentions or span is None:
        return True
    text = doc_text(doc)
    start = doc[span[0]].idx
    line_start = text.rfind("\n", 0, start) + 1
    opening = text[line_start:start].strip()
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if opening.rstrip(".") not in ("", "Mr", "Ms", "Mrs", "Dr", "Prof", "Hon", "H.E.") \
            or text[doc[span[1] - 1].idx + len(doc[span[1] - 1].text):].lstrip(" ")[:1] != "," \
            or not 2 <= line.count(", ") + 1 <= 4 or len(line) > 140 or ". " in line or '"' in line:
        return True
    before = text[:line_start].rstrip()
    paragraph = before[before.rfind("\n") + 1:].strip()
    if paragraph[:1] in ('"', "\u201c", "\u00ab") and paragraph[-1:] in ('"', "\u201d", "\u00bb"):
        return True  # the credit under a quotation of its own ('"..."' then "Pavel Dvorak, Commissioner for
        # Agriculture and Food" in a Commission release): the speaker's post, not an entry in a list of witnesses
    here = next(((a, b) for a, b in blocks if a <= start < b), None)
    if here is not None:
        # a briefing's authors or contacts: their firm is the one that issued it (``_listed``); unless the lines
        # beside this one each name a body of their own (a committee's witnesses: a line whose last words are a
        # body, "Hemi Tautahi, Executive Director, ExportNZ")
        if not any(b - 2 <= c <= b for a, b in blocks[here] - {here} for c in ends):
            return True
    words = doc.char_span(line_start, line_end, alignment_mode="expand")
    if words is None or any(t.pos_ in ("VERB", "AUX") for t in words):
        return True  # a sentence ("Mr Dimitris Andreou, rapporteur, said ..."), not an entry
    after = text.find("\n", line_end + 1)
    after = len(text) if after < 0 else after
    return any(line_start <= doc[m.start].idx < after for m in entity.mentions)


def _named_as_example(doc: Doc, start: int) -> bool:
    """Is the body named at ``start`` one of examples given after "such as", "like" or "including" ("platforms such
    as Google and Amazon")? Named so, it is no one's employer."""
    k = start - 1
    while k >= 0 and start - k <= 8 and (doc[k].text == "," or doc[k].lower_ in ("and", "or") or doc[k].is_title
                                         and doc[k].is_alpha):
        k -= 1
    return k >= 0 and (doc[k].lower_ in ("like", "including") or doc[k].lower_ == "as" and k >= 1
                       and doc[k - 1].lower_ == "such")


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
    if context == "media":
        return entity.kind == "media"
    return context == "just_named"  # a spokesperson speaks for whatever body the story just named


# the words a government body's name opens with before its portfolios ("Ministry of", "Department for")
_MINISTRY_NAMES = ("Department of", "Ministry of", "Ministry for", "Department for")


def _own_names_first(chambers: list[OrgEntity]) -> list[OrgEntity]:
    """Of several chambers, those named by a name of their own (or known to the lexicon) rather than by the bare
    word for a legislature: the Lok Sabha, not the "Parliament" of "outside Parliament"; all of them when none is."""
    if len(chambers) < 2:
        return chambers
    return [e for e in chambers if len(e.name.split()) > 1 or e.known] or chambers


def _split_joined(facts: list[RoleFact], heads, domains=frozenset(), portfolio_words=frozenset(),
                  joint=(frozenset(), frozenset()), ministry_named_by=None) -> list[RoleFact]:
    """"Executive Vice-President and Trade Commissioner": two posts joined by
    "and", each with its own head, are two roles (same body); not one portfolio of two domains before its head
    ("Deputy Industry and Trade Minister", as Vietnamese titles are rendered), nor a firm's top post written
    with two heads ("President and CEO": ``joint`` holds the heads that may stand first and second).
    A second post left with no body whose words name its ministry gets it (``ministry_named_by``: "Ukraine's First
    Deputy Prime Minister and Minister of Economy, X": the Ministry of Economy of Ukraine)."""
    def has_head(words: list[str]) -> bool:
        return any(w.lower() in heads or w.lower().split("-")[-1] in heads for w in words)

    def one_portfolio(words: list[str], n: int) -> bool:
        # ("Deputy Agriculture and Forestry Minister": a portfolio's word closes the second)
        return words[n - 1].lower() in domains and (words[n + 1].lower() in domains
                                                     or words[n + 1].lower() in portfolio_words) \
            and all(w.lower() in domains for w in words[1:n]) and n + 2 < len(words) and has_head(words[n + 2:n + 3])

    def titles_after_comma(words: list[str], n: int) -> bool:
        # "Minister of Economy, Trade and Industry, Deputy Prime Minister": the comma after a whole title opens a
        # second title of capitalized words only, with a head of its own (the first's portfolio list is no cut)
        comma = next((m for m in range(n, len(words) - 1) if words[m].endswith(",")), None)
        rest = words[comma + 1:] if comma is not None else []
        whole = comma is not None and (has_head([words[comma].rstrip(",")]) or any(
            has_head([words[k]]) and words[k + 1].lower() in ("of", "for") for k in range(comma)))
        return whole and 1 <= len(rest) <= 4 and has_head(rest[:1]) and has_head(rest) \
            and all(w[:1].isupper() and w.lower() not in ("of", "for", "and", "the") for w in rest) \
            and (comma == n or not has_head(words[n + 1:comma + 1]))

    out = []
    for fact in facts:
        words = fact.title.split()
        if fact.now_after is not None and 0 < fact.now_after < len(words) - 1 and words[fact.now_after] == "and":
            # "the former Minister of Rural Development and Food and current President of EDOAK, X": the body named
            # after the title is the post's held now; the former post is at the ministry its title names, if any
            cut, first = fact.now_after, " ".join(words[:fact.now_after])
            body = ministry_named_by(first, fact.country) if ministry_named_by is not None else None
            out.append(RoleFact(fact.person, first, body, fact.current, fact.country, fact.token, fact.plural))
            out.append(RoleFact(fact.person, " ".join(words[cut + 1:]), fact.organization, True, fact.country,
                                fact.token, fact.plural))
            continue
        cut = next((n for n, w in enumerate(words) if w == "and" and has_head(words[:n]) and has_head(words[n + 1:])
                    and words[n + 1][:1].isupper() and not one_portfolio(words, n)
                    and not titles_after_comma(words, n)
                    and not (words[n - 1].lower() in joint[0] and words[-1].lower().split("-")[-1] in joint[1]
                             and "of" not in [x.lower() for x in words])), None)
        if cut is None:
            comma = next((m for m, w in enumerate(words) if w.endswith(",") and titles_after_comma(words, m)), None)
            if comma is not None:
                words = [w.rstrip(",") if m == comma else w for m, w in enumerate(words)]
                cut = comma + 1
                words.insert(cut, "and")  # (read as the two posts joined by "and" below)
        if cut is None:
            out.append(fact)
            continue
        first = [w.lower().strip(",") for w in words[:cut]]
        # (a ministry the first title names is not the second's: "Minister of Trade and Prime Minister X")
        own = "of" in first and fold(fact.organization or "").startswith("ministry of") \
            and set(first[first.index("of") + 1:]) <= set(fold(fact.organization).split())
        for second, (part, body) in enumerate(((words[:cut], fact.organization),
                                               (words[cut + 1:], None if own else fact.organization))):
            if second and body is None and ministry_named_by is not None and fact.country:
                body = ministry_named_by(" ".join(part), fact.country)
            out.append(RoleFact(fact.person, " ".join(part), body, fact.current, fact.country, fact.token,
                                fact.plural))
    return out


# the line of a government release that says who issued it ("From: Department for Business and Trade and X MP")
_ISSUED_FROM = re.compile(r"^[ \t]*From:[ \t]+\S[^\n]*$", re.M)


# a release's line of date, place and issuing department: "May 22, 2026 – Ottawa, Ontario – Global Affairs Canada"
_ISSUER_DATELINE = re.compile(r"^[ \t]*[A-Z][a-z]+\.? \d{1,2}, \d{4}[ \t]+[\u2013\u2014-][ \t]+[^\n\u2013\u2014]+"
                              r"[ \t][\u2013\u2014-][ \t]+(?P<body>[A-Z][^\n]*?)[ \t]*$", re.M)


# a release's header that names its issuer: "Ministry of Economy | Press Release 112/2026", "European Commission -
# Press release"; or the issuer alone on the line above "Press release(s)"
_RELEASE_LABEL = r"(?:press|news|media)[ \t]+releases?\b"
_RELEASE_LINE = re.compile(r"^[ \t]*" + _RELEASE_LABEL + r"[^\n]*$", re.M | re.I)
_ISSUER_HEADER = re.compile(r"^[ \t]*(?P<body>[A-Z][^\n|\u2013\u2014]*?)[ \t]+[|\u2013\u2014-][ \t]+" + _RELEASE_LABEL
                            + r"|^[ \t]*(?P<alone>[A-Z][^\n|]*?)[ \t]*\n(?:[ \t]*\n)?[ \t]*" + _RELEASE_LABEL, re.M | re.I)


def _names_a_body_after(doc: Doc, fact: RoleFact) -> bool:
    """Does the fact's sentence write its title with a capitalized name after "of" or "at" ("said X, Director General
    of Connect Europe"), a body of its own the story did not find?"""
    if not 0 <= fact.token < len(doc):
        return False
    sentence = doc[fact.token].sent.text
    return re.search(re.escape(fact.title) + r",?\s+(?:of|at)\s+(?:the\s+)?[A-Z]", sentence) is not None


def _release_issuer(doc: Doc, orgs: OrgIndex) -> OrgEntity | None:
    """The government body (or a bloc's) a release names as its issuer among its first lines, when the story found
    it as a body: on its line of date and place (``_ISSUER_DATELINE``) or in its header (``_ISSUER_HEADER``)."""
    text = doc_text(doc)
    for pattern in (_ISSUER_DATELINE, _ISSUER_HEADER):
        line = pattern.search(text[:600])
        group = next((g for g in ("body", "alone") if line and g in line.re.groupindex and line.group(g)), None)
        span = doc.char_span(line.start(group), line.end(group), alignment_mode="expand") if group else None
        if span is None or len(span) > 12:
            continue
        bodies = {orgs.at(k).name: orgs.at(k) for k in range(span.start, span.end) if orgs.at(k) is not None}
        body = next(iter(bodies.values())) if len(bodies) == 1 else None
        if body is not None and body.kind in ("government", "international") and body.country:
            return body
    label = _RELEASE_LINE.search(text[:600])
    if label is None:
        return None
    # a bare "Press release" over a headline and a first paragraph: the body that opens either ("Commission proposes
    # tariffs ...", "The European Commission has today imposed ..."), the first line or sentence that opens on one
    for sentence in list(doc.sents)[:6]:
        if sentence.start_char < label.end():
            continue
        if sentence.start_char > label.end() + 400:
            break
        first = sentence.start + (sentence[0].lower_ == "the")
        body = orgs.at(first) if first < sentence.end else None
        if body is not None:
            return body if body.kind in ("government", "international") and body.country else None
    return None


def _issued_from(doc: Doc, persons: PersonIndex, orgs: OrgIndex) -> dict[int, OrgEntity]:
    """The people a release's "From:" line names beside the one government body it names (by the person cluster's
    id): the release is the department's and its minister's."""
    text = doc_text(doc)
    out: dict[int, OrgEntity] = {}
    for line in _ISSUED_FROM.finditer(text[:1500]):  # (among the release's first lines)
        span = doc.char_span(line.start(), line.end(), alignment_mode="expand")
        if span is None:
            continue
        bodies = {orgs.at(k).name: orgs.at(k) for k in range(span.start, span.end) if orgs.at(k) is not None}
        people = {id(persons.at(k)) for k in range(span.start, span.end) if persons.at(k) is not None}
        if len(bodies) == 1 and (body := next(iter(bodies.values()))).kind == "government":
            out.update((person, body) for person in people)
    return out


# words before a body that make it whom a title's holder meets, not the holder's own ("to meet with the USTR")
_MEETING_WORDS = frozenset({"with", "meet", "meets", "met", "meeting", "visit", "visits", "visited", "visiting"})


def _rank_words(title: str, lex: Lexicon) -> set[str]:
    """The words of a title before its first head ("deputy", "vice" of "Deputy Trade Minister"), folded."""
    words = fold(title).replace("-", " ").split()
    # (a rank that is a head of its own, "deputy" of "Deputy Minister", is a rank before another head)
    head = next((n for n, w in enumerate(words) if w in lex.heads and not (
        w in lex.modifiers and n + 1 < len(words) and words[n + 1] in lex.heads)), len(words))
    # (not the small words that join two portfolios, which the modifiers hold too: "Trade and Investment Minister")
    return set(words[:head]) - {"of", "the", "for", "and", "at", "&"}


def _title_words(fact: RoleFact) -> frozenset[str]:
    """The words of a fact's title, without the small words that join them ("Minister for Trade": minister,
    trade)."""
    return frozenset(fold(fact.title).split()) - {"of", "the", "and", "for"}


def _one_body(orgs: OrgIndex):
    """Whether two names are one body of the story's ("Ministry of Industry and Trade", as the story names it, and
    "Ministry of Industry and Trade of Vietnam", the lexicon's name for it)."""
    forms = {fold(n): e for e in orgs.entities.values() for n in (e.name, *e.aliases)}

    def same(a: str | None, b: str | None) -> bool:
        return a == b or a is not None and b is not None and forms.get(fold(a)) is not None \
            and forms.get(fold(a)) is forms.get(fold(b))
    return same


def _inside(part: str | None, whole: str | None, within: dict[str, str | None]) -> bool:
    """Whether body ``part`` lies inside body ``whole`` (directly or through bodies between them)."""
    seen = set()
    while part is not None and part not in seen:
        seen.add(part)
        part = within.get(part)
        if part is not None and part == whole:
            return True
    return False


def _drop_subsumed(facts: list[RoleFact], named: set[str] = frozenset(),
                   within: dict[str, str | None] | None = None, rank: set[str] = frozenset(),
                   office_heads=lambda words: frozenset(), units: frozenset[str] = frozenset(),
                   same=lambda a, b: a == b) -> list[RoleFact]:
    """A bare "Minister" beside "Minister of Industry and Trade" for the same
    person says nothing more: a title whose words all sit in another of the
    person's titles is dropped when it names no other body, or only one its
    title implied and the story never names ("Deputy Representative" read as
    the House's, beside "Deputy Trade Representative" at USTR), or a part or
    the whole of the other's body ("Director" at DG Trade beside "Director for
    Trade Defence" at the Commission: one post, at the more specific body;
    not when the longer title adds a word of ``rank``: "vice chair" of a
    federation is no "chair" of its committee). The head of an office counts among the words of a title that
    names the office (``office_heads``: "the director said" of the one "who heads the trade defence
    directorate"). "Head of Unit" with no body beside the same person's head of a named unit is that post
    (``units``: the words for a unit). ``same``: whether two bodies' names are one body's (the story's name and
    the lexicon's)."""
    within = within or {}

    def words_of(fact: RoleFact) -> frozenset[str]:
        words = _title_words(fact)
        return words | office_heads(words)
    kept = []
    for fact in facts:
        wider = next((other for other in facts
                      if other is not fact and other.person is fact.person and _title_words(fact) < words_of(other)
                      and (fact.organization is None or same(fact.organization, other.organization)
                           or fact.organization not in named
                           # (or one its title implied by habit: "Senator X, a Quebec senator": not the U.S. Senate)
                           or fact.guessed and other.organization is not None
                           # (a bare head beside the holder's post that names its portfolio: "Minister" Fraser, whose
                           # post is "Minister for Resources and Northern Australia", holds no other minister's body)
                           or len(_title_words(fact)) == 1 and {"for", "of"} & set(fold(other.title).split())
                           or ((_inside(fact.organization, other.organization, within)
                                or _inside(other.organization, fact.organization, within))
                               and not (_title_words(other) - _title_words(fact)) & rank))), None)
        words = fold(fact.title).split()
        if wider is None and fact.organization is None and len(words) == 3 and words[1] == "of" and words[2] in units:
            wider = next((other for other in facts if other is not fact and other.person is fact.person
                          and other.organization is not None and words[0] in _title_words(other)), None)
        if wider is None:
            kept.append(fact)
        elif _inside(fact.organization, wider.organization, within):
            wider.organization = fact.organization  # the post sits in the part the other line names
    return kept


def _dedupe(facts: list[RoleFact], within: dict[str, str | None] | None = None) -> list[RoleFact]:
    """One fact per person and post: "Trade Minister" and "Minister for Trade" are one post written two ways
    (the same words, in another order, with or without "of", "for"); of a body and a part of it named for
    the post, the part."""
    within = within or {}
    out: dict[tuple[int, frozenset[str]], RoleFact] = {}
    for fact in facts:
        key = (id(fact.person), _title_words(fact))
        kept = out.get(key)
        if kept is None:
            out[key] = fact
        elif (kept.organization is None and fact.organization is not None) \
                or _inside(fact.organization, kept.organization, within):
            kept.organization = fact.organization
            kept.country = kept.country or fact.country
        elif kept.guessed and fact.organization is not None and not fact.guessed:
            # "Secretary of State Dobrescu" in a headline, "secretary of state in the Ministry of Economy" in the
            # story: the body the story names, not the one the title usually implies
            kept.organization, kept.country, kept.guessed = fact.organization, fact.country, False
    return list(out.values())
