"""Organizations told by their surroundings rather than by their words.

Two cues the model and the lexicon miss:

* a noun that introduces a name ("the news agency dpa", "the think tank
  Bruegel", "the newspaper Valor Economico", "according to the Nikkei"):
  the name after it is an organization, whatever it looks like;
* a short form defined in brackets after a full name ("the Lagos Chamber of
  Commerce and Industry (LCCI)"): every later use of the short form is the
  same organization, and a place between the name and the brackets ("the
  Korea Chamber of Commerce and Industry in Viet Nam (KoCham)") belongs to
  the name.

The introducing nouns are data (``name_cues`` in organizations.yaml).
"""

from __future__ import annotations

import re

from functools import lru_cache

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from loaders.extraction.datelines import agencies, credits
from loaders.extraction.lexicon import Lexicon
from loaders.extraction.sentences import doc_text, once_per_doc
from loaders.extraction.text import fold

if TYPE_CHECKING:  # persons reads the short forms defined here; the resolver reads the officer's post after a name
    from loaders.extraction.org_resolution import OrgResolver
    from loaders.extraction.persons import PersonIndex

_NOT_NAMED = ("DATE", "TIME", "NORP", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")


@dataclass
class CuedName:
    """A name found by a cue: token span and the canonical name it resolves to."""

    start: int
    end: int
    name: str


def _is_short_form(tok: Token) -> bool:
    """"LCCI", "KoCham", "INTA": one word, at least two capitals, no digits only."""
    text = tok.text
    return 2 <= len(text) <= 10 and text.isalpha() and text[0].isupper() and sum(c.isupper() for c in text) >= 2


def _capitals(short: str) -> str:
    """The letters a short form spells a name with: all of them in capitals ("APIA"), or only its capitals where
    it mixes cases ("PhRMA": P, R, M, A for "Pharmaceutical Research and Manufacturers of America")."""
    return short if short.isupper() else "".join(c for c in short if c.isupper())


def _contracts(short: str, words: list[str]) -> bool:
    """Is ``short`` made of the beginnings of two or more of ``words`` in order ("Antam" from "Aneka Tambang")?"""
    def fits(rest: str, at: int, used: int) -> bool:
        if not rest:
            return used >= 2
        for n in range(at, len(words)):
            word = words[n]
            for size in range(min(len(word), len(rest)), 0, -1):
                if rest[:size] == word[:size] and fits(rest[size:], n + 1, used + 1):
                    return True
        return False
    return 3 <= len(short) <= 10 and fits(short.lower(), 0, 0)


def short_form_at(doc: Doc, i: int, name_start: int | None = None) -> bool:
    """Is the bracketed token ``i`` a short form of the capitalized name before the brackets: initials ("LCCI",
    "KoCham") or a contraction of the name's words ("Antam" after "PT Aneka Tambang")? With ``name_start``
    (where an organization mention ending at the brackets begins) the contraction may take any of its words
    ("Codelco" from "Corporación Nacional del Cobre de Chile")."""
    tok = doc[i]
    if _is_short_form(tok):
        return True
    if 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")" and fold(tok.text) in agencies(doc):
        return True  # ("the German Press Agency (dpa)": the letters the dateline or the sign-off credits the story to)
    if not (tok.is_alpha and tok.is_title) or i < 3:
        return False
    if name_start is not None:
        words = [t.lower_ for t in doc[name_start:i - 1] if t.is_alpha]
    else:
        words = [t.lower_ for t in doc[max(0, i - 6):i - 1] if t.is_alpha and (t.is_title or t.is_upper)]
    if _contracts(tok.text, words):
        return True
    # "the Indonesian Chamber of Commerce and Industry (Kadin)": a short form in the body's own language, after
    # a name the model (or, with ``name_start``, the finder) read as an organization
    before = doc[i - 2]
    # ("the Pharmaceuticals Export Promotion Council of India (Pharmexcil)": the body's country closes its name)
    of_country = i >= 5 and before.ent_type_ == "GPE" and doc[i - 3].lower_ == "of" and doc[i - 4].ent_type_ == "ORG"
    return (before.ent_type_ == "ORG" or of_country or name_start is not None) and before.is_title \
        and doc[i - 1].text == "(" \
        and i + 1 < len(doc) and doc[i + 1].text == ")" and len(tok.text) >= 3 \
        and tok.lower_ not in _lower_words(doc)  # ("Foreign Affairs Council (Trade)": a word the story uses)


def reduced_participle(tok) -> bool:
    """Is the participle ``tok`` no passive's verb ("a draft seen by Reuters", "when contacted by Bisnis"; not "the
    report was seen by Ahmed", "she was contacted by Hughes": a person, as likely as an outlet)?"""
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def passive_agent(doc: Doc, i: int) -> bool:
    """Is token ``i`` the agent after "by" of a passive's participle ("she was contacted by |Hughes")?"""
    return i >= 2 and doc[i - 1].lower_ == "by" and not reduced_participle(doc[i - 2])


def document_source(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Does token ``i`` follow a document cue and "by" ("a draft seen by |Reuters", "sources consulted by |Ziarul
    Financiar"; organizations.yaml ``document_cues``), no passive's: an outlet, whatever the model read?"""
    return i >= 2 and doc[i - 1].lower_ == "by" and doc[i - 2].lower_ in lex.document_cues \
        and reduced_participle(doc[i - 2])


def by_cues(lexicon: Lexicon) -> frozenset[str]:
    """The participles of the outlet cues that end on "by" ("contacted by", "seen by"), for ``told_unnamed``."""
    return frozenset(words[0] for words in (cue.lower().split() for cue in lexicon.outlet_cues)
                     if len(words) == 2 and words[1] == "by")


def address_cues(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The outlet cues of several words that address someone, ending on "to" or "with" ("speaking to", "in
    statements to", "in a conversation with"), for ``told_unnamed``."""
    return frozenset(words for words in (tuple(cue.lower().split()) for cue in lexicon.outlet_cues)
                     if len(words) > 1 and words[-1] in ("to", "with"))


def _phrase_before(doc: Doc, i: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Does one of ``phrases`` (tuples of lower-case words) end right before token ``i``?"""
    return any(i >= len(words) and tuple(t.lower_ for t in doc[i - len(words):i]) == words for words in phrases)


def told_unnamed(doc: Doc, i: int, by_cues: frozenset[str] = frozenset(),
                 addressing: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    """Is token ``i`` one word after "told" (or after a participle of ``by_cues`` and "by": "when contacted by",
    "information obtained by"; or after a phrase of ``addressing``: "speaking to", "in statements to") that names
    no one in the story ("Mr. Voronov told Kommersant", "he said when contacted by Bisnis", "speaking to
    Naftemporiki"): an outlet, not a person (not "told Smith" after "John Smith", nor a short word: "told
    Lee")?"""
    cue = i > 0 and doc[i - 1].lower_ == "told" or i > 1 and doc[i - 1].lower_ == "by" \
        and doc[i - 2].lower_ in by_cues and reduced_participle(doc[i - 2]) \
        or _phrase_before(doc, i, addressing)
    return cue and len(doc[i]) >= 5 and not any(
        ent.label_ == "PERSON" and len(ent) > 1 and doc[i].text in ent.text.split() for ent in doc.ents)


def after_lower_body_post(lex: Lexicon, doc: Doc, of: int) -> bool:
    """Is token ``of`` the "of" right after a body's officer's post in lower case, with or without an article ("who
    was previously director general of", "as president of": ``body_posts``)? What follows names a body, wherever
    the model read a person's name."""
    return of >= 2 and doc[of].lower_ == "of" and doc[of - 1].is_lower \
        and doc[of - 1].lower_.split("-")[-1] in lex.body_posts


def after_body_post(lex: Lexicon, doc: Doc, of: int) -> bool:
    """Is token ``of`` the "of" after a title in lower case that only a body's officer holds ("the chief executive
    of", "the secretary general of": ``body_posts``)? What follows names a body, even where the model read a
    person's name (not "the envoy of Xi Jinping"). ``after_lower_body_post`` with the article before the post."""
    if not after_lower_body_post(lex, doc, of):
        return False
    the = next((j for j in range(of - 1, max(-1, of - 5), -1) if doc[j].lower_ == "the"), None)
    return the is not None and the < of - 1 and all(t.is_lower for t in doc[the + 1:of])


def post_head_before(lex: Lexicon, doc: Doc, of: int) -> bool:
    """Does a post's head end right before token ``of`` ("Chairman of"), or its head and "General" written apart
    ("Director General of")? What follows "of" then is what the post is of."""
    return of >= 1 and (doc[of - 1].lower_ in lex.heads
                        or doc[of - 1].lower_ == "general" and of >= 2 and doc[of - 2].lower_ in lex.heads)


def body_after_post_end(lex: Lexicon, doc: Doc, start: int, end: int) -> int | None:
    """Where the body named from ``start`` ends (at ``end``, or one word on where the name closes on a word of its
    own language in lower case: "chief economist of Komerční banka,"), or None if it is none. "Carlo Bertolazzi,
    director general of Eurofer, said", "Lars Brekke, chief executive of Höegh Autoliners, said": one to three
    capitalized words, closed by punctuation, after a holder's post in lower case set off by a comma and "of"
    (``body_posts``) are the body the post is at, where the model read a person's name; not a word another person's
    name in the story ends in ("the president of Ruiz Holdings" aside, "chief of staff of Ruiz" where the story names
    Ana Ruiz)."""
    close = end + 1 if end + 1 < len(doc) and doc[end].is_lower and doc[end].is_alpha and not doc[end].is_stop \
        and doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "X") and doc[end + 1].is_punct else end
    if not (2 <= start and 1 <= end - start <= 3 and close < len(doc) and doc[start - 1].lower_ == "of"
            and all(t.is_title and t.is_alpha for t in doc[start:end])
            and doc[close].is_punct and doc[close].text not in ("-", "'s")
            and all(t.ent_type_ == "PERSON" for t in doc[start:end]) and not lex.place_country(doc[start:end].text)):
        return None  # (a name the model read as a person's: not "president of Jalisco", a region, nor "director of
        # Research", a department)
    comma = next((j for j in range(start - 2, max(-1, start - 6), -1) if not doc[j].is_lower), None)
    if comma is None or doc[comma].text != "," or comma >= start - 2 \
            or doc[start - 2].lower_.split("-")[-1] not in lex.body_posts:
        return None
    last = doc[end - 1].text
    if lex.country_of(doc[start:end].text) or any(
            ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == last and not (ent.start == start and ent.end == end)
            for ent in doc.ents):
        return None
    return close


@once_per_doc("tradegraph_bodies_before_holders")
def one_word_bodies_before_holders(lex: Lexicon, doc: Doc) -> frozenset[int]:
    """The tokens of ``one_word_body_before_holder`` in the article, found once (people and organizations both
    ask)."""
    return frozenset(t.i for t in doc if one_word_body_before_holder(lex, doc, t.i))


def one_word_body_before_holder(lex: Lexicon, doc: Doc, i: int) -> bool:
    """"the president of Federchimica, Giancarlo Ferraris Bellini, ...": one capitalized word the model read as a
    person, after a post in lower case (``body_posts``) and "of", the holder named after the comma, is the body the
    post is at, when the lexicon knows no place or country of that name (not one the model read as a place: "the
    president of Lombardy, X", "the president of Georgia, X")."""
    tok = doc[i]
    return 2 <= i < len(doc) - 2 and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" \
        and doc[i + 1].ent_iob_ != "I" \
        and tok.is_title and tok.is_alpha and doc[i - 1].lower_ == "of" and doc[i - 2].is_lower \
        and doc[i - 2].lower_.split("-")[-1] in lex.body_posts and doc[i + 1].text == "," \
        and (doc[i + 2].ent_type_ == "PERSON" or _name_then_comma(doc, i + 2)) \
        and not lex.place_country(tok.text) and not lex.country_of(tok.text)


def _name_then_comma(doc: Doc, k: int) -> bool:
    """Do two or three capitalized words (a hyphen may join two: "Klaus-Dieter") from token ``k`` close on a comma,
    as a holder's name set off after the body does, however the model read them?"""
    j, words = k, 0
    while j < len(doc) and j - k < 6 and (doc[j].is_title and doc[j].is_alpha or doc[j].text == "-"
                                          and not doc[j].whitespace_ and j > k):
        words += doc[j].is_alpha
        j += 1
    return 2 <= words <= 4 and j < len(doc) and doc[j].text == ","


@once_per_doc("tradegraph_one_word_firms")
def one_word_firms(lex: Lexicon, doc: Doc) -> frozenset[int]:
    """The tokens of ``one_word_firm`` in the article, found once (people and organizations both ask)."""
    return frozenset(t.i for t in doc if one_word_firm(lex, doc, t.i))


def _post_words_end(lex: Lexicon, doc: Doc, k: int) -> int | None:
    """Where a post written in lower case from token ``k`` ends, its last word a post only a body's officer holds
    (``body_posts``: "chief executive", "senior vice president", "vice-president for resources"), or None."""
    last = None
    for j in range(k, min(len(doc), k + 5)):
        if doc[j].text == "-" and not doc[j].whitespace_:
            continue
        if not (doc[j].is_lower and doc[j].text.replace("-", "").isalpha()):
            break
        if doc[j].lower_.split("-")[-1] in lex.body_posts:
            last = j + 1
    return last


def officer_post_then_holder(lex: Lexicon, doc: Doc, end: int, officers_only: bool = False) -> bool:
    """"Pavilion Energy chief executive Desmond Yeo": does a post in lower case that only a body's officer holds
    (``body_posts``; with ``officers_only``, one no government names so either: ``officer_posts``) follow the name
    ending at token ``end``, and its holder's name (as the model reads one) right after it? The name is that
    body's."""
    stop = _post_words_end(lex, doc, end) if end < len(doc) else None
    return stop is not None and stop < len(doc) and doc[stop].ent_type_ == "PERSON" and doc[stop].ent_iob_ == "B" \
        and (not officers_only or doc[stop - 1].lower_.split("-")[-1] in lex.officer_posts)


def lower_post_end(lex: Lexicon, doc: Doc, k: int) -> int:
    """Where a post in lower case that may run to three words of heads and modifiers ("chief executive", "senior
    vice president") ends, from token ``k`` right after its first word; ``k`` where it is one word. People and
    organizations both ask what comes after it ("Sabine Ridge chief executive Travis Menard": the holder)."""
    end = k
    while end < len(doc) and end - k < 2 and doc[end].is_lower \
            and (doc[end].lower_ in lex.heads or doc[end].lower_ in lex.modifiers):
        end += 1
    return end


def _officer_before_holder(lex: Lexicon, doc: Doc, i: int) -> bool:
    """"Federvini President Micaela Dal Pozzo", "Eurofer Director General Axel Eggert": is token ``i`` followed by a
    post written in capitals that only a body's officer holds (``officer_posts``: a president, a chairman, a chief
    executive, a director; not a secretary, whom governments name so) and then its holder's full name, as the model
    reads one (two words or more)?"""
    j = i + 1
    while j < len(doc) and j - i <= 3 and (doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha and (
            doc[j].lower_ in lex.heads or doc[j].lower_ in lex.modifiers or doc[j].lower_ in lex.body_posts):
        j += 1
    if j == i + 1 or doc[j - 1].lower_ not in lex.body_posts \
            or not any(doc[k].lower_ in lex.officer_posts for k in range(i + 1, j)):
        return False
    holder = next((ent for ent in doc.ents if ent.start == j), None)
    # (a name the model read as a body's, two or three capitalized words, a hyphen joining two: "Alro CEO Sorin-Mihai
    # Ungureanu told ...")
    return holder is not None and len(holder) >= 2 and (holder.label_ == "PERSON" or holder.label_ == "ORG" and all(
        t.text == "-" or t.is_title and t.is_alpha and not lex.is_org_head(t.lower_) and not t.ent_id_ for t in holder)
        and 2 <= sum(t.is_alpha for t in holder) <= 3)


def _people_adjective(tok) -> bool:
    """"Palestinian President X", "Kurdish leader": a people's adjective the model read as one (``NORP``), told by its
    ending (callers ask the lexicon for the countries it knows first)."""
    return tok.ent_type_ == "NORP" and tok.lower_.endswith(("an", "ish", "ese", "ic", "ch", "ss", "que"))


def one_word_firm(lex: Lexicon, doc: Doc, i: int) -> bool:
    """"Zespri chief executive Grant Pohatu", "Federvini President Micaela Dal Pozzo" (``_officer_before_holder``),
    "Crowley's senior vice president", "the Swiss group Ameropa", "the Dongfeng group": one capitalized word (or a
    firm's letters, "SEFE chief executive X") written as a firm's where its sentence names the firm's officer or its
    kind (``firm_nouns``) right before or after it, a body's, never a person's; not a word the story gives a title
    or an honorific anywhere ("Mr Crowley"), nor a place or country the lexicon knows."""
    tok = doc[i]
    if not ((tok.is_title or tok.is_upper) and tok.is_alpha and len(tok) >= 3) or tok.ent_id_ \
            or tok.ent_type_ not in ("ORG", "PERSON", "NORP", "PRODUCT") \
            and not ((tok.pos_ == "PROPN" or tok.is_upper) and not tok.ent_type_) \
            or lex.country_of(tok.text) or lex.place_country(tok.text) or tok.lower_ in lex.heads \
            or tok.lower_ in lex.modifiers or tok.pos_ in ("PRON", "DET"):
        return False  # (a name the model saw: not "Its executive director", "Former chief executive X", "Auditor
        # general X", "Managing director X")
    if i > 0 and (doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].ent_type_ != "NORP"
                  or doc[i - 1].lower_ in ("and", "&", "of", "for")
                  or doc[i - 1].text == "-" and not doc[i - 1].whitespace_):
        return False  # (one word only: not "Grant Pohatu", "Australian Grape and Wine", "Rio-Tinto"; but the dash
        # after a dateline opens the story's first sentence: "WELLINGTON - Fonterra chief executive X")
    after = doc[i + 1] if i + 1 < len(doc) else None
    cued = False
    if after is not None and after.is_title and after.is_alpha or after is not None and after.lower_ == "ceo":
        if not _officer_before_holder(lex, doc, i) or lex.is_portfolio(tok.lower_) or _people_adjective(tok) \
                or lex.is_org_head(tok.lower_) or i > 0 and doc[i - 1].is_upper and doc[i - 1].is_alpha:
            return False  # (one word only: not "Tohoku Electric", "Commerce Secretary X", "Palestinian President X";
            # nor a kind of body, "Consortium President X", nor a body's division after its letters, "ADNOC Upstream
            # Executive Director X")
        cued = True
    elif after is not None and after.text in ("'s", "\u2019s"):
        if tok.ent_type_ != "ORG" or any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == tok.text
                                         for ent in doc.ents):
            return False  # (a leader's or a person's officer: "Carney's communications director", "Kosgei's general
            # manager" where the story names Mary Kosgei)
        end = _post_words_end(lex, doc, i + 2)
        cued = end is not None and end < len(doc) and doc[end].lower_ in ("for", "of", ",", "and")
        # ("Crowley's senior vice president for fleet strategy": not "Crowley's president Joe", a person's)
    elif after is not None and after.is_lower:
        end = _post_words_end(lex, doc, i + 1)
        if end is not None and end < len(doc) and doc[end].lower_ == "for":
            end = next((j for j in range(end + 1, min(len(doc), end + 5)) if not doc[j].is_lower), None)
        cued = end is not None and end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B" \
            and (tok.ent_type_ != "" or tok.lower_ not in _lower_words(doc))
        # ("Zespri chief executive Grant Pohatu said": the firm the model saw, or a word the story never writes in
        # lower case, "Eurofer director-general X", then its officer's post and name; not "Acting director general X")
        cued = cued or i > 0 and doc[i - 1].lower_ == "the" and after.lower_ in lex.firm_nouns \
            and i + 2 < len(doc) and not doc[i + 2].is_title  # ("a plant of the Dongfeng group in the South")
    if not cued and i >= 2 and doc[i - 1].is_lower and doc[i - 1].lower_ in lex.firm_nouns:
        first = i - 2
        while first >= 0 and doc[first].is_lower and doc[first].is_alpha and doc[first].lower_ not in ("the", "a"):
            first -= 1
        cued = first >= 0 and (doc[first].lower_ in ("the", "a") or doc[first].ent_type_ == "NORP")
        # ("owned by the Swiss group Ameropa", "Japanese utility Jera")
    if not cued:
        return False
    for other in doc:
        if other.text == tok.text and other.i > 0 and (
                doc[other.i - 1].text.lower().rstrip(".") in lex.honorific_words or doc[other.i - 1].lower_ in lex.heads):
            return False  # ("Mr Crowley", "Director Moser"): a person's name after all
    return True


def capitals_after_post_of(lex: Lexicon, doc: Doc, i: int) -> bool:
    """"Deputy Head of BKPM Dewi Kartikasari", "Chairman of KADIN Arif Rahman": is token ``i`` a body's short form
    in capitals after a post's "of", right before a capitalized name (no surname the name-order table lists, no
    country's code, no letters written after names)? People and organizations both ask: the name is the holder's
    without it, and it is the body the post is at."""
    tok = doc[i]
    return 2 <= i < len(doc) - 1 and tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 6 \
        and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in lex.heads and doc[i + 1].is_title \
        and not lex.name_order.listed_surname(tok.text) and tok.text not in lex.countries \
        and not lex.country_of(tok.text) and tok.text not in lex.post_nominals


def body_word_of_its_own(lex: Lexicon, tok: Token) -> bool:
    """"Head of Rosstat Irina Volkova said", "Chairman of Gazprom Neft Alexei Ivanov": could ``tok``, after a post's
    "of" and before its holder's name, be a word of the body's own name: capitalized, and no portfolio's, title's,
    unit's or kind of body's word, nor a country? People (where the holder's name starts) and organizations (the
    body) both ask, each with checks of its own besides."""
    return tok.is_title and tok.is_alpha and not (
        lex.is_portfolio(tok.lower_) or tok.lower_ in lex.heads or tok.lower_ in lex.unit_words
        or lex.kind_of(tok.text) or lex.country_of(tok.text))


def name_before_short_form(lex: Lexicon, doc: Doc, i: int) -> tuple[int, int] | None:
    """"İstanbul Apparel Exporters' Association (İHKİB)", "the Vietnam Leather, Footwear and Handbag Association
    (Lefaso)": for a short form at token ``i`` in brackets (capitals, or a word made of the name's first letters),
    the capitalized words before the brackets that close on an organization's word and hold a members' possessive
    or a remit listed with commas: their span, else None. Not a country's name, a title's words, nor bodies listed
    ("Samsung, LG and the Korea International Trade Association"). People (a word of such a name is no person's)
    and organizations (the span is a body) both ask."""
    tok = doc[i]
    if i < 3 or i + 1 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")" \
            or not (tok.text.isalpha() and 2 <= len(tok.text) <= 8 and (tok.text.isupper() or tok.is_title)):
        return None
    end = i - 1
    if not (doc[end - 1].is_title and lex.is_org_head(doc[end - 1].lower_)):
        return None
    start = end - 1
    listed = False
    while start > 0 and end - start < 10 and (doc[start - 1].is_title and doc[start - 1].is_alpha
                                              or doc[start - 1].text in ("'", "\u2019")
                                              or doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                                              or doc[start - 1].lower_ in INNER_SMALL_WORDS
                                              or doc[start - 1].text == "," and start >= 2 and doc[start].is_title
                                              and doc[start + 1].lower_ in (",", "and")
                                              and not lex.is_org_head(doc[start].lower_)
                                              and doc[start - 2].is_title and doc[start - 2].is_alpha
                                              and any(t.lower_ == "and" for t in doc[start:end])):
        listed |= doc[start - 1].text == ","
        start -= 1
    while start < end and (doc[start].lower_ in INNER_SMALL_WORDS or not doc[start].is_alpha):
        start += 1
    words = doc[start:end]
    if end - start < 3 or lex.country_of(words.text) or any(t.lower_ in lex.heads for t in words) \
            or not (listed or any(t.text in ("'", "\u2019") for t in words)):
        return None  # (a possessive inside the name, as a members' body writes it: "Exporters' Association"; or a
        # remit listed with commas)
    if listed and any(lex.org_named(t.text) is not None or lex.country_of(t.text) for t in words[1:] if t.is_title):
        return None
    if tok.is_title and not short_form_at(doc, i, start):
        return None
    return start, end


# the small words inside a body's capitalized name ("Federation of ...", "Trade and Industry", "Loom & Co")
INNER_SMALL_WORDS = frozenset({"of", "and", "for", "&"})


def _inner_capitals(tok: Token) -> bool:
    """"spiritsEUROPE", "eBay": a name written with capitals inside a word that begins in lower case."""
    return tok.text[:1].islower() and any(c.isupper() for c in tok.text[1:])


@once_per_doc("tradegraph_lower_words")
def _lower_words(doc: Doc) -> frozenset[str]:
    """The words an article writes in lower case (a short form never is one), once per article."""
    return frozenset(t.text for t in doc if t.is_lower and t.is_alpha)


def cue_length(lexicon: Lexicon, doc: Doc, i: int) -> int:
    """Length of a name cue ("think tank") starting at token ``i``, else 0."""
    if i >= len(doc) or doc[i].lower_ not in _first_words(lexicon.name_cues):
        return 0
    for cue in lexicon.name_cues:
        words = cue.lower().split()
        if [t.lower_ for t in doc[i:i + len(words)]] == words:
            return len(words)
    return 0


def after_name_cue(lexicon: Lexicon, doc: Doc, i: int) -> bool:
    """Does a noun cue ("the think tank", "the news agency") end right before
    token ``i``? The name there is a body's, never a person's."""
    k = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
    if k < 1 or doc[k - 1].lower_ not in _last_words(lexicon.name_cues):
        return False
    for cue in lexicon.name_cues:
        words = cue.lower().split()
        if k >= len(words) and [t.lower_ for t in doc[k - len(words):k]] == words \
                and (doc[k - 1].pos_ == "NOUN" or (doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_lower)
                     or k >= 2 and doc[k - 2].text == "-" and doc[k - 1].pos_ in ("VERB", "ADJ")):
            # ("business daily" tagged as a proper noun, "state-owned" a participle; not "according to", which a
            # person may follow)
            return True
    return False


def _place_then_comma(doc: Doc, k: int) -> bool:
    """Does a place's name the model read (one word or several: "Central and Eastern Europe") run from token ``k`` to
    a comma?"""
    if k >= len(doc) or doc[k].ent_type_ not in ("GPE", "LOC") or doc[k].ent_iob_ != "B":
        return False
    j = k + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j < len(doc) and doc[j].text == ","


def appositive_body_after(lexicon: Lexicon, doc: Doc, end: int, body: bool = False) -> bool:
    """Does an appositive saying what kind of body it is follow the name ending
    at token ``end`` ("Petronas, the Malaysian state energy company, said")?
    Up to five describing words between the article and the noun
    (``appositive_body_nouns``), then the clause goes on."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    if doc[end + 1].lower_ in ("the", "a", "an"):
        k = end + 2
    elif (owner := next((n for n in (1, 2, 3) if end + n + 2 < len(doc) and doc[end + n + 1].text in ("'s", "\u2019s")
                         and lexicon.country_of(doc[end + 1:end + n + 1].text)), None)) is not None:
        k = end + owner + 2  # "Proterial, Japan's other big magnet maker," (a maker's or a firm's noun only: not "Tom Reyes,
        # Canada's top lobster exporter")
        stop = next((j for j in range(k, min(len(doc), k + 6)) if doc[j].text in (",", ".", ";")), None)
        if stop is None or not (doc[stop - 1].lower_.endswith("maker") or doc[stop - 1].lower_ in lexicon.firm_nouns
                                or lexicon.kind_of(doc[stop - 1].text) == "union"):  # ("Germany's auto industry
            # association": a body of members, never a person)
            return False
    else:
        return False
    for _ in range(6):
        for noun in lexicon.appositive_body_nouns:
            stop = k + len(noun)
            if stop <= len(doc) and [t.lower_ for t in doc[k:stop]] == list(noun) \
                    and (stop == len(doc) or doc[stop].text in (",", ".", ";", ":")
                         or doc[stop].lower_ in ("that", "which", "of")  # "a family-owned maker of axles"
                         # ("Eurofer, the industry's lobby group in Brussels, has warned": where it sits)
                         or doc[stop].lower_ == "in" and _place_then_comma(doc, stop + 1)
                         or body and doc[stop].lower_ == "to" and stop + 1 < len(doc) and doc[stop + 1].pos_ == "VERB"):
                # (of a name the model read as a body, also "the only sampled exporter to cooperate fully"; of a
                # person's name never: "Tom Reyes, the largest lobster exporter to sell to China")
                return True
        if k < len(doc) and doc[k].text == "-" and k > end + 2 and not doc[k - 1].whitespace_:
            k += 1  # "a family-owned maker"
            continue
        if k < len(doc) and doc[k].tag_ == "POS" and k > end + 2:
            k += 1  # "the Brazilian grain exporters' association"
            continue
        joined = doc[k - 1].text == "-" and k > end + 3  # "owned" in "family-owned" is no verb of the clause
        # (nor a participle describing the noun: "the only sampled exporter", "a listed company")
        joined = joined or body and k < len(doc) and doc[k].tag_ == "VBN" and doc[k].is_lower and k > end + 2 \
            or k < len(doc) and doc[k].lower_ in lexicon.appositive_participles and k > end + 2
        if k >= len(doc) or not doc[k].is_alpha or (doc[k].pos_ in ("VERB", "AUX", "ADP", "DET", "CCONJ") and not joined) \
                or not (doc[k].is_lower or doc[k].is_title or doc[k].ent_type_ in ("NORP", "GPE")
                        or doc[k].is_upper and len(doc[k].text) <= 4) \
                or doc[k].lower_ in lexicon.heads:  # ("Eurofer, the European Steel Association, said")
            return False  # "Jane Doe, a partner at the firm,": a post at a body, said of a person
        k += 1
    return False


def cue_after(lexicon: Lexicon, doc: Doc, end: int, start: int | None = None) -> bool:
    """Does a name cue in lower case follow the name ending at token ``end`` and close its phrase ("the Copa-Cogeca
    farm lobby and ...", "France's FNSEA union blocked ...")? The name is that body's."""
    n = cue_length(lexicon, doc, end)
    if n == 0 and end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" \
            and lexicon.kind_of(doc[end].text) == "union" and start is not None \
            and (end - start >= 2 or doc[start].is_upper and len(doc[start]) >= 2):
        n = 1  # ("France's FNSEA union blocked": a body of members' word, "union", "federation", after a short form
        # or a name of two words; not "Kenya's Tea union", a sector)
    after = end + n
    return n > 0 and all(t.is_lower for t in doc[end:after]) and doc[end].lower_ not in ("according", "reported") \
        and (after >= len(doc) or doc[after].is_punct or doc[after].pos_ in ("CCONJ", "VERB", "AUX"))


def medium_after(lexicon: Lexicon, doc: Doc, end: int) -> bool:
    """Does a medium noun ("newspaper", "radio") follow the name ending at
    token ``end`` ("the Asahi newspaper", "KBS radio")? The name is an
    outlet's."""
    if end >= len(doc) or doc[end].lower_ not in _first_words(lexicon.medium_nouns):
        return False
    for noun in lexicon.medium_nouns:
        words = noun.split()
        if [t.lower_ for t in doc[end:end + len(words)]] == words and all(t.is_lower for t in doc[end:end + len(words)]):
            return True
    return False


@lru_cache(maxsize=16)
def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The first words of ``phrases``: a token that is none of them starts none of them."""
    return frozenset(p.lower().split()[0] for p in phrases if p.strip())


@lru_cache(maxsize=16)
def _last_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The last words of ``phrases``: a token that is none of them ends none of them."""
    return frozenset(p.lower().split()[-1] for p in phrases if p.strip())


def told_before(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word acronym at ``start:end`` addressed by "told" ("he told
    MBC that ...")? Then it is an outlet, even one the lexicon does not know."""
    return end - start == 1 and start > 0 and doc[start - 1].lower_ in ("told", "tells", "tell") \
        and doc[start].is_upper and doc[start].is_alpha and 2 <= len(doc[start]) <= 6


def _by_first_word(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Phrases (tuples of lower-case words) grouped by their first word, longest first in each group: a token is
    compared only with the phrases that can start at it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return out


def _after_phrase(doc: Doc, i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int | None:
    """The token after one of ``phrases`` (``_by_first_word``) starting at token ``i``, and after a "the" that
    follows it."""
    for phrase in phrases.get(doc[i].lower_, ()):
        if tuple(t.lower_ for t in doc[i:i + len(phrase)]) == phrase:
            k = i + len(phrase)
            return k + 1 if k < len(doc) and doc[k].lower_ == "the" else k
    return None


# the words that join a name's last part to the others ("Economía, Comercio y Empresa")
_JOINING_WORDS = frozenset({"and", "&", "y", "e", "et", "und"})
# the small words a body's short form leaves out, in English and in the languages that write names in sentence case
NAME_SMALL_WORDS = frozenset({"of", "and", "&", "for", "the", "de", "del", "do", "da", "dos", "das", "du", "des",
                              "der", "für", "la", "las", "los", "el", "le", "les", "l", "d", "y", "e", "et", "und",
                              "di", "della", "dei", "degli", "delle", "il", "per", "pour", "para", "por"})
_OF_WORDS = frozenset({"of", "de", "du", "des", "del", "do", "da", "der", "di"})


@once_per_doc("tradegraph_sentence_case_names")
def sentence_case_names(lex: Lexicon, doc: Doc) -> list[tuple[int, int]]:
    """"the Bureau national interprofessionnel du cognac (BNIC)", "Fédération des exportateurs de vins et
    spiritueux de France (FEVS)": French, Spanish and Italian names capitalize only their first word, and the
    model reads them in pieces (a place at the end as a person). The words before a bracketed short form, down
    to a capitalized first one, whose small words aside begin with the short form's letters (a last "de France"
    may stay out of it), are a body's name when it has an organization word and a lower-case word (or a word the
    model took for a person's). Token spans; persons reads them too (a place at the end of such a name is no
    person)."""
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i < 2 or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")" \
                or not _is_short_form(doc[tok.i + 1]):
            continue
        short, opening, start = doc[tok.i + 1].text.upper(), tok.i, tok.i
        while start > 0 and opening - start < 12 and (doc[start - 1].is_alpha or _ELIDED.fullmatch(doc[start - 1].text)) \
                and not doc[start - 1].is_sent_end:
            start -= 1
            if not doc[start].is_title or doc[start].lower_ in NAME_SMALL_WORDS:
                continue
            words = [t for t in doc[start:opening] if t.lower_ not in NAME_SMALL_WORDS]
            # (a word with its elided article counts by its own first letter: "de l'économie laitière (CNIEL)")
            initials = fold("".join(re.split("['’]", t.text)[-1][:1] for t in words)).upper()  # (É as E)
            tail = opening - start >= 3 and doc[opening - 2].lower_ in _OF_WORDS and doc[opening - 1].is_title
            if initials == short or (tail and initials[:-1] == short):
                # (or in capitals, when the model read part of it as a person: "Bank Gospodarstwa Krajowego (BGK)")
                if (any(t.is_lower for t in words) or any(t.ent_type_ == "PERSON" for t in words)) \
                        and lex.looks_like_org(doc[start:opening].text):
                    out.append((start, opening))
                break
    return out


# the small words that say a name is written in French, Spanish, Portuguese or Italian ("Conseil du patronat du
# Québec"): not English ones, so "Union of farmers" stays out
_FOREIGN_OF_WORDS = frozenset({"de", "du", "des", "del", "della", "dei", "degli", "delle", "di", "do", "da", "dos",
                               "das", "d"})
# the articles such a name may open with ("Les Producteurs de lait du Québec", "La Via Campesina")
_FOREIGN_ARTICLES = frozenset({"les", "la", "le", "l", "el", "los", "las", "il"})
# the words inside such a name that join its parts ("de la coopération et de la mutualité", "economía y empresa")
_FOREIGN_JOINERS = frozenset({"et", "y", "e", "la", "le", "les", "el", "los", "las", "l"})
# a word the tokenizer keeps with its elided article ("l'automobile", "d'Ivoire")
_ELIDED = re.compile(r"[dl]['’][^\W\d_]+")


def _place_after(doc: Doc, small: int, heads=frozenset()) -> int:
    """Where a place named after a small word of another language ends ("de" + "Chile", "do" + "Rio de Janeiro",
    "de" + "La Plata", "do" + "Rio Grande do Sul"): capitalized words, and small words between capitalized ones,
    up to a title's head (``heads``: "du Québec" + "President Charles Millard")."""
    end = small + 1
    while end < len(doc) and end - small <= 6 and doc[end].lower_ not in heads and (
            doc[end].is_title and doc[end].is_alpha
            or _ELIDED.fullmatch(doc[end].text) and doc[end].text[2:3].isupper()  # "Côte d'Ivoire"
            or doc[end].text == "-" and not doc[end].whitespace_ and end > small + 1 and end + 1 < len(doc)
            and doc[end + 1].is_title  # ("Antwerp-Bruges")
            or doc[end].lower_ in _FOREIGN_OF_WORDS and end + 1 < len(doc) and doc[end + 1].is_title):
        end += 1
    while end > small + 1 and not (doc[end - 1].is_title or doc[end - 1].text[2:3].isupper()):
        end -= 1
    return end


@once_per_doc("tradegraph_sentence_case_bodies")
def sentence_case_bodies(lex: Lexicon, doc: Doc) -> list[tuple[int, int]]:
    """"the Conseil du patronat du Québec", "Les Producteurs de lait du Québec", "Union des producteurs
    agricoles": a name in another language that capitalizes its first word only, with no short form in brackets
    to spell it (``sentence_case_names`` reads those). A body's word, then a French, Spanish, Portuguese or Italian
    small word ("du", "des", "de"), then lower-case nouns and adjectives, small words and capitalized places, up to
    the last word before punctuation, an English word or a verb; an article before the body's word ("Les") is part
    of the name. Token spans with a lower-case word in them (the rest ``head_first_names`` reads)."""
    out = []
    for tok in doc:
        k = tok.i + 1
        article = tok.i > 0 and doc[tok.i - 1].is_title and fold(doc[tok.i - 1].text).strip("'") in _FOREIGN_ARTICLES \
            and (tok.i == 1 or doc[tok.i - 2].lower_ not in ("the", "a", "an"))
        # (a body's word opens it, or any noun after the language's article: "Les Producteurs de lait du Québec")
        if not tok.is_title or not (lex.is_org_head(fold(tok.text)) or article) or k + 2 >= len(doc):
            continue
        adjective = doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop and doc[k + 1].lower_ in _FOREIGN_OF_WORDS
        if adjective:
            k += 1  # ("Conseil québécois de la coopération": an adjective after the body's word)
        if doc[k].lower_ not in _FOREIGN_OF_WORDS:
            continue
        start = tok.i - 1 if article else tok.i
        # (the adjective is the name's lower-case word: "Confédération générale de Roquefort")
        end, lower = tok.i + 1, adjective
        while k < len(doc) and k - tok.i < 10:
            word = doc[k]
            if word.lower_ in _FOREIGN_OF_WORDS or word.text in ("'", "’") and doc[k - 1].lower_ in ("d", "l"):
                k += 1
                continue
            if word.text == "-" and not word.whitespace_ and not doc[k - 1].whitespace_ and doc[k - 1].is_lower \
                    and k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].is_alpha:
                k += 2  # ("du café-cacao": a hyphenated word)
                end = k
                continue
            if word.lower_ in _FOREIGN_JOINERS and k + 1 < len(doc) and doc[k + 1].is_alpha \
                    and (doc[k + 1].is_lower or doc[k + 1].lower_ in _FOREIGN_OF_WORDS):
                k += 1  # ("de la coopération et de la mutualité", "économique et sociale")
                continue
            after_small = doc[k - 1].lower_ in _FOREIGN_OF_WORDS or doc[k - 1].text in ("'", "’") \
                or doc[k - 1].lower_ in _FOREIGN_JOINERS
            if word.is_title and word.is_alpha and doc[k - 1].lower_ in _FOREIGN_OF_WORDS:
                k = end = _place_after(doc, k - 1, lex.heads)  # ("do estado de São Paulo", "do Rio Grande do Sul": all of it,
                break  # whatever the model read it as)
            elided = _ELIDED.fullmatch(word.text) is not None  # ("de l'automobile", one token)
            if not (word.is_alpha or elided) or word.lower_ in NAME_SMALL_WORDS or word.is_stop \
                    or word.ent_type_ in ("DATE", "TIME", "PERSON") or not (word.is_lower or word.is_title):
                break
            # (the model reads the other language's nouns as anything, a verb too: after a small word a noun
            # of the name, "des entreprises"; after the name's noun only an adjective, "producteurs agricoles";
            # after a capitalized place nothing, "du Québec welcomed")
            if not after_small and not elided and (word.is_title or not doc[k - 1].is_lower
                                                   or word.pos_ not in ("ADJ", "NOUN", "PROPN", "X")):
                break
            lower = lower or word.is_lower
            k += 1
            end = k
        if lower and end - tok.i >= 3:
            out.append((start, end))
    return out


def _initials_to_bracket(doc: Doc, start: int, k: int) -> bool:
    """Do the words from token ``start`` run on from ``k`` to a short form in brackets that their initials spell
    ("the Fund for Rural Credit and Support in Agriculture (FRCSA)"): one name, no portfolio and a person's after it?"""
    j = k
    while j < len(doc) and j - k < 8 and (doc[j].is_title and doc[j].is_alpha or doc[j].lower_ in NAME_SMALL_WORDS
                                           or doc[j].lower_ in ("in", "on")):
        j += 1
    return j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" \
        and name_initials(doc, start, j).upper() == doc[j + 1].text.upper()


def _in_title_portfolio(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Is the capitalized word at ``i`` the last of a title's portfolio ("Minister of Development and Technology",
    "Secretary for Trade and Industry"): "and" before it, and back through capitalized words, "of", "for" and
    "and", a title's head?"""
    if i < 3 or doc[i - 1].lower_ not in ("and", "&"):
        return False
    k = i - 2
    while k >= 0 and i - k < 9 and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and", ",")):
        if doc[k].lower_ in lex.heads and doc[k].is_title and k + 1 < len(doc) and doc[k + 1].lower_ in ("of", "for"):
            return True
        k -= 1
    return False


@once_per_doc("tradegraph_head_first_names")
def head_first_names(lex: Lexicon, doc: Doc) -> list[tuple[int, int]]:
    """"The Consorzio di Tutela della Doc Prosecco is following ...", "(Ministerio de Economía, Comercio y
    Empresa)": a name that opens with a body's word and goes on with small words ("di", "della", "of", "y") and
    capitalized ones is a body's, however the model read its words (a place, a person: no person's here). Token
    spans of three words or more, none a date, that open no longer name ("EU Court of Justice") and run into no
    person's name ("Ministry of Trade Dwi Rahmawati Siregar"); a comma only inside a list that closes on "and".
    Organizations keeps those no other step took."""
    out = []
    for tok in doc:
        k = tok.i + 1
        if not tok.is_title or not (lex.is_org_head(tok.lower_) or tok.text in lex.country_closes_name) \
                or tok.lower_ in lex.heads or k + 1 >= len(doc):
            continue
        if fold(tok.text) in lex.name_after_head and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_:
            end = k
            while end < len(doc) and end - k < 3 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end + 1 < len(doc) and doc[end].lower_ in _FOREIGN_OF_WORDS and doc[end + 1].is_title:
                end = _place_after(doc, end, lex.heads)  # ("Universidad Católica de Chile": the place it is of, all of it:
                # "do Rio de Janeiro", "de Nuevo León", "de La Plata")
            start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].is_alpha \
                and not doc[tok.i - 1].is_sent_start and not doc[tok.i - 1].ent_id_ \
                and doc[tok.i - 1].lower_ not in lex.heads else tok.i  # ("Pontificia Universidad ...")
            out.append((start, end))  # "Universiti Malaya", "Universitas Padjadjaran": its name after the word
            continue
        if re.fullmatch(r"[IVX]{1,5}", doc[k].text) and lex.kind_of(tok.text) == "committee" \
                and (k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].lower_ in ("of", "on", "at")):
            # (not "The Committee I chair has asked ...": the pronoun)
            out.append((tok.i, k + 1))  # "Komisi XI of the House of Representatives": a committee by its number
            continue
        if tok.text in lex.country_closes_name and doc[k].is_title and doc[k].is_alpha and not lex.is_org_head(doc[k].lower_) \
                and doc[k + 1].lower_ in NAME_SMALL_WORDS and doc[k + 1].lower_ not in _JOINING_WORDS:
            k += 1  # "the Associação Brasileira dos Produtores de Algodão": the body's word, its nationality, then on
        if doc[k].text == "General" and lex.kind_of(tok.text) == "government" and k + 2 < len(doc) \
                and doc[k + 1].lower_ in ("of", "for") and doc[k + 2].is_title and doc[tok.i - 1].text != "(":
            k += 1  # "The Directorate General of Taxes (DJP)": a body's word in two (not a gloss in brackets)
        if doc[k].lower_ not in NAME_SMALL_WORDS or doc[k].lower_ in _JOINING_WORDS:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and not tok.is_sent_start and before.pos_ != "DET" and (
                before.is_title or before.is_upper or before.text == "-" and not before.whitespace_):
            continue  # ("the Hollander Centre for Economic Security", "HUN-REN Centre for ...": a longer name)
        if _in_title_portfolio(lex, doc, tok.i):
            continue  # ("the Minister of Development and Technology of the Republic of Poland Andrzej ...")
        end, commas = k, []
        while k < len(doc) and k - tok.i < 14 and not (
                # ("the Secretariat of Mining" + "of the Ministry of Economy": the body it is part of, a name of its own)
                k > tok.i + 1 and doc[k].lower_ == "of" and k + 2 < len(doc) and doc[k + 1].lower_ == "the"
                and doc[k + 2].lower_ in lex.body_words) and (
                doc[k].is_title and doc[k].is_alpha and (not doc[k].ent_id_ or _country_joined_in_name(lex, doc, k))
                and not (doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B" and doc[k - 1].is_title)
                # ("the Ministry of Trade Dwi Rahmawati Siregar": a portfolio, then a name)
                and not (doc[k - 1].is_title and lex.is_portfolio(doc[k - 1].lower_) and not lex.is_portfolio(doc[k].lower_)
                         and not lex.is_org_head(doc[k].lower_) and not _initials_to_bracket(doc, tok.i, k))
                or doc[k].lower_ in NAME_SMALL_WORDS and k + 1 < len(doc)
                and (doc[k + 1].is_title or doc[k + 1].lower_ in NAME_SMALL_WORDS and (
                    doc[k].lower_ not in _JOINING_WORDS or k + 2 < len(doc) and doc[k + 2].is_title))  # ("y del Zinc")
                or doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].is_title
                # ("the Conseil du Café-Cacao": a hyphenated word of the name)
                or doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_ and doc[k - 1].is_title
                and k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].is_alpha):
            if doc[k].text == ",":
                commas.append(k)
            k += 1
            if doc[k - 1].is_title:
                end = k
        if commas and not any(doc[j].lower_ in _JOINING_WORDS for j in range(commas[-1], end)):
            end = commas[0]  # ("the Ministry of Finance, Reuters": a list of bodies, not one name)
        end = spelled_on_to_short_form(doc, tok.i, end)
        if end - tok.i >= 3 and not any(doc[j].ent_type_ in ("DATE", "TIME") for j in range(tok.i, end)):
            out.append((tok.i, end))
    return out


def _country_joined_in_name(lex: Lexicon, doc: Doc, k: int) -> bool:
    """Is token ``k`` a country's name inside a body's, joined by "and" to the capitalized word after it ("the
    Center for China and Globalization", "the Institute for Japan and Asia Studies")?"""
    return k >= 2 and doc[k - 1].lower_ in ("for", "on") and bool(lex.country_of(doc[k].text)) \
        and k + 2 < len(doc) and doc[k + 1].lower_ == "and" and doc[k + 2].is_title and doc[k + 2].is_alpha \
        and not lex.country_of(doc[k + 2].text)


def country_inside_name(lex: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """Does a name at ``start:end`` hold a country joined to its next word (``_country_joined_in_name``)? The
    model reads such a name in pieces; it is taken whole before the model's entities."""
    return any(_country_joined_in_name(lex, doc, k) for k in range(start + 2, end - 2))


def spelled_on_to_short_form(doc: Doc, start: int, end: int) -> int:
    """"the Agency for Payments and Intervention" + "in Agriculture (APIA)": a body's name cut at a small word
    ("in", "on", "of"), when the capitalized words up to the short form in brackets make the whole name the short
    form spells, word by word; where the name ends, else ``end``. A name cut with no small word ("the European
    Union" + "Intellectual Property Office (EUIPO)") goes on only where the short form spells it all, letter for
    letter, in four letters or more."""
    if end + 3 >= len(doc):
        return end
    if doc[end].is_title and doc[end].is_alpha and end > start:
        k = end
        while k < len(doc) and k - end < 5 and doc[k].is_title and doc[k].is_alpha:
            k += 1
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and len(doc[k + 1].text) >= 4 \
                and name_initials(doc, start, k).upper() == _capitals(doc[k + 1].text):
            return k
        return end
    if doc[end].lower_ not in ("in", "on", "of", "for", "and"):
        return end
    k = end + 1
    while k < len(doc) and k - end < 6 and (doc[k].is_title and doc[k].is_alpha
                                            and (not doc[k].ent_id_ or doc[k].ent_type_ == "GPE")
                                            or k > end + 1 and doc[k].lower_ in _OF_WORDS | {"and", "for"}
                                            and k + 1 < len(doc) and doc[k + 1].is_title):
        k += 1  # (a country too: "the League of Agricultural Producers' Associations in Romania (LAPAR)"; small
        # words inside: "Pharmaceutical Research" + "and Manufacturers of America (PhRMA)")
    if k == end + 1 or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return end
    initials, short = name_initials(doc, start, k).upper(), _capitals(doc[k + 1].text)
    # (or the same letters in another order: the short form of the name in its own language, whose words the
    # translation reorders: "Federal Center for Conciliation and Labor Registration (CFCRL)", "the Autonomous Port of
    # Conakry (PAC)")
    return k if initials == short or len(short) >= 3 and sorted(initials) == sorted(short) else end


def spelled_back_to_short_form(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """"the International" + "Labour Organization (ILO)", "Agency for" + "Natural Resources and Energy (ANRE)",
    "the Maritime and" + "Port Authority of Singapore (MPA)": a body's name the model began too late, when the
    capitalized words (and the name's small words) before it make, with it, the name its bracketed short form
    spells word by word (a country after the last "of" may be left out of the short form); where the name
    begins, else ``start``."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or not _is_short_form(doc[end + 1]):
        return start
    short = doc[end + 1].text.upper()
    stops = [end] + [k for k in range(end - 1, start, -1) if doc[k].lower_ == "of" and doc[k + 1].ent_type_ == "GPE"][:1]
    if any(name_initials(doc, start, stop).upper() == short for stop in stops):
        return start
    k = start
    while k > 0 and start - k < 5 and (k - 1) not in taken and doc[k - 1].ent_type_ not in ("PERSON", "GPE") \
            and (doc[k - 1].is_title and doc[k - 1].is_alpha or doc[k - 1].lower_ in ("and", "&", "for", "of")):
        k -= 1
        if doc[k].is_title and doc[k].lower_ not in NAME_SMALL_WORDS \
                and any(name_initials(doc, k, stop).upper() == short for stop in stops):
            return k
    if k > 0 and (k - 1) not in taken and doc[k - 1].ent_type_ == "GPE" and doc[k - 1].is_title \
            and (k - 2 < 0 or doc[k - 2].ent_type_ != "GPE") and name_initials(doc, k - 1, end).upper() == short:
        return k - 1  # ("Bangladesh" + "Knitwear Manufacturers and Exporters Association (BKMEA)": the country opens
        # the name its short form spells)
    return start


def name_initials(doc: Doc, start: int, end: int) -> str:
    """The first letters of a name's capitalized words between tokens ``start`` and ``end``, its small words left
    out ("Agency for Payments and Intervention in Agriculture" -> "APIA"): what a short form of it spells."""
    return "".join(t.text[0] for t in doc[start:end] if t.is_title and t.lower_ not in NAME_SMALL_WORDS)


@once_per_doc("tradegraph_named_examples")
def named_examples(lex: Lexicon, doc: Doc) -> list[tuple[int, int]]:
    """"exporters including BRF and JBS", "companies such as JBS, Minerva and Marfrig", "Operators with
    Chinese-built tonnage, including COSCO Shipping": capitalized names listed after an example cue
    (``example_cues``) that follows a plural noun for bodies (``member_nouns``) a few words before it in the same
    clause are bodies of that kind, never people; so are the names after a cue only a firm takes (``share_cues``:
    "shares of X and Y"); a country or place in the list ends it ("exporters such as Brazil" are countries).
    Token spans; persons reads them too."""
    out: list[tuple[int, int]] = []
    firsts = {c[0] for c in lex.example_cues}
    for tok in doc:
        share = None
        if tok.text == "," and tok.i >= 1 and doc[tok.i - 1].lower_ in lex.listing_member_nouns \
                and doc[tok.i - 1].dep_ in ("nsubj", "nsubjpass") \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            cue = (",",)  # "The largest houses, Hennessy, Martell and Rémy Martin, ...": the list in apposition
        elif tok.lower_ in lex.listing_member_nouns and (tok.is_lower or tok.is_sent_start) and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].is_alpha and not doc[tok.i + 1].is_sent_start:
            cue = ()  # "Finnish forest companies UPM-Kymmene, Stora Enso and Metsä Group said ...": the list right after
            # (the noun in lower case, or opening the sentence: not "the Dairy Companies Association of New Zealand", a
            # word of a name)
        elif (share := next((c for c in lex.share_cues if [t.lower_ for t in doc[tok.i:tok.i + len(c)]] == list(c)),
                            None)) is not None:
            cue = share  # "Shares of West Fraser Timber and Canfor Corp fell": what has shares is a firm
        elif tok.lower_ not in firsts or tok.i < 1:
            continue
        else:
            cue = next((c for c in lex.example_cues if [t.lower_ for t in doc[tok.i:tok.i + len(c)]] == list(c)), None)
        if cue is None:
            continue
        k = tok.i - 1 if cue else tok.i  # (the noun itself, right before its list)
        while share is None and k >= 0 and tok.i - k <= 7 and doc[k].text not in (".", ";", ":") \
                and not doc[k].is_sent_start and doc[k].pos_ not in ("VERB", "AUX") \
                and fold(doc[k].text) not in lex.member_nouns:
            k -= 1
        if share is None and (k < 0 or fold(doc[k].text) not in lex.member_nouns):
            continue
        if cue and cue[0].startswith("include") and fold(doc[k].text) == "members":
            continue  # ("Board members include Anna Schmidt and ...": members may be people, as a verb lists them)
        i = tok.i + (len(cue) if cue else 1)
        listed: list[tuple[int, int]] = []
        while i < len(doc):
            start = i
            while i < len(doc) and i - start < 5 and (
                    doc[i].text[:1].isupper() and not doc[i].is_punct
                    or doc[i].text in ("-", "&") and not doc[i].whitespace_ and i > start
                    or doc[i].lower_ in _OF_WORDS and i > start and i + 1 < len(doc) and doc[i + 1].is_title
                    or doc[i].text in ("'s", "\u2019s") and i > start and i + 1 < len(doc) and doc[i + 1].is_title
                    and lex.kind_of(doc[i + 1].text) == "company" and not lex.country_of(doc[start:i].text)):
                i += 1  # ("Shin-Etsu Chemical", "Aceros del Noroeste", "Dr. Reddy's Laboratories")
            if i == start or lex.country_of(doc[start:i].text) or lex.place_country(doc[start:i].text) \
                    or doc[start].ent_type_ == "NORP" \
                    or i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text in lex.company_suffixes:
                break  # (a name with its legal form after a comma is read whole by the organization finder)
            if i + 1 < len(doc) and doc[i].text == "," and (doc[i + 1].lower_ in lex.heads
                                                            or doc[i + 1].lower_ in lex.modifiers and i + 2 < len(doc)
                                                            and doc[i + 2].lower_ in lex.heads or i + 2 < len(doc)
                                                            and doc[i + 1].lower_ in ("a", "an", "the")
                                                            and doc[i + 2].lower_ in lex.modifiers | set(lex.heads)):
                break  # "executives from producers, including Jorge Luis Bazán, vice president of ...": a person
            post = next((k for k in range(start + 1, i - 1) if doc[k].lower_ in lex.heads
                         and doc[k + 1].ent_type_ == "PERSON"), None)
            if post is not None:
                listed.append((start, post))  # "steelmakers, including POSCO CEO Yoo Byung-chul and ...": the body,
                break  # then its officer's post and name, no more bodies
            listed.append((start, i))
            close = next((k for k in range(i + 1, min(i + 6, len(doc))) if doc[k].text == ")"), None) \
                if i < len(doc) and doc[i].text == "(" else None
            if close is not None and close > i + 1 and all(doc[k].text[:1].isupper() or doc[k].text in ("-", "&")
                                                           or doc[k].is_lower and k == close - 1
                                                           and fold(doc[k].text) in lex.member_nouns | {"group"}
                                                           for k in range(i + 1, close)):
                # "among them Hennessy (LVMH group), Martell (Pernod Ricard) and ...": each house's owner in brackets
                owner_end = close - 1 if doc[close - 1].is_lower else close
                if owner_end > i + 1 and not lex.country_of(doc[i + 1:owner_end].text):
                    listed.append((i + 1, owner_end))
                i = close + 1
            if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and":
                i += 2
            elif i < len(doc) and (doc[i].text == "," or doc[i].lower_ == "and"):
                i += 1
            else:
                break
        if cue in ((",",), ()) and (len(listed) < 2 or any(
                doc[k].lower_ in lex.heads for a, b in listed for k in range(a, b))
                or cue and any(b < len(doc) and doc[b].lower_ in lex.speech_verbs for a, b in listed)):
            continue  # (the list in apposition names two bodies or more, no speaker: not "The companies, Ruiz said,")
        out.extend(listed)
    return out


@once_per_doc("tradegraph_bodies_before_clause")
def bodies_before_clause(lex: Lexicon, doc: Doc) -> list[tuple[int, int]]:
    """"Eurometaux, which represents metal producers", "SolarPower Europe (SPE), whose members include installers":
    capitalized words (up to four) before ", which" and a verb only a body does (``body_verbs``), or before
    ", whose members"/"whose membership" and a verb; the short form in brackets between them is skipped. Such a
    name is a body's, never a person's (persons read these spans too). Token spans."""
    out = []
    for tok in doc:
        if tok.text != "," or tok.i + 3 >= len(doc) or not (
                doc[tok.i + 1].lower_ == "which" and doc[tok.i + 2].lower_ in lex.body_verbs
                or doc[tok.i + 1].lower_ == "whose" and doc[tok.i + 2].lower_ in ("membership", "members")
                and doc[tok.i + 3].pos_ in ("VERB", "AUX")):
            continue
        end = tok.i
        if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and doc[end - 2].is_upper:
            end -= 3  # "SolarPower Europe (SPE), whose members ..."
        start = end
        while start > 0 and end - start < 4 and (doc[start - 1].is_title or doc[start - 1].text[:1].isupper()
                                                 and not doc[start - 1].is_upper) \
                and doc[start - 1].is_alpha and doc[start - 1].lower_ not in ("the", "a", "an") \
                and doc[start - 1].lower_ not in lex.heads \
                and not (doc[start - 1].pos_ in ("ADP", "SCONJ") and doc[start - 1].is_sent_start):
            start -= 1  # (not a preposition opening the sentence: "For France Industrie, which represents ...")
        if start == end or lex.place_country(doc[start:end].text):
            continue
        out.append((start, end))
    return out


@once_per_doc("tradegraph_bracketed_short_forms")
def bracketed_short_forms(doc: Doc) -> frozenset[str]:
    """Words a story defines in brackets after a capitalized name ("(LCCI)",
    "(KoCham)"): short forms of organizations, never people. Found once per article (people and organizations
    both ask)."""
    out = set()
    for tok in doc:
        if tok.text == "(" and 0 < tok.i and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")" \
                and short_form_at(doc, tok.i + 1) and (doc[tok.i - 1].is_title or doc[tok.i - 1].ent_type_):
            out.add(doc[tok.i + 1].text)
    return frozenset(out)


def short_form_after(doc: Doc, end: int, start: int | None = None) -> tuple[int, int] | None:
    """Where a bracketed short form follows a name ending at ``end``:
    ``(name_end, short_form_index)``. ``name_end`` moves past "in <Place>"
    when the brackets come after a place ("... in Viet Nam (KoCham)"), and
    past capitalized words the short form spells with the name's initials
    ("Federation of Malaysian" read short of "Manufacturers (FMM)")."""
    k = end
    if start is not None and k < len(doc) and doc[k].text != "(":
        j = k
        while j < len(doc) and j - k < 3 and doc[j].is_title and doc[j].is_alpha:
            j += 1
        if j > k and j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" \
                and "".join(t.text[0] for t in doc[start:j] if t.is_title or t.is_upper) == doc[j + 1].text:
            return j, j + 1
    if k < len(doc) and doc[k].lower_ == "in":
        j = k + 1
        while j < len(doc) and j - k <= 3 and doc[j].ent_type_ in ("GPE", "LOC") and doc[j].text != "(":
            j += 1
        if j == k + 1:
            return None
        k = j
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" \
            and short_form_at(doc, k + 1, start if k == end else None):
        return k, k + 1
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 3].text == ")" and _is_short_form(doc[k + 1]) \
            and doc[k + 2].is_alpha and (doc[k + 2].is_title or doc[k + 2].is_upper) \
            and doc[k + 2].ent_type_ not in ("PERSON", "DATE", "CARDINAL"):
        # "the Export-Import Bank of Pakistan (EXIM Bank)", "the American Chamber of Commerce to the EU (AmCham EU)":
        # a short form and one word of the name after it ("Bank", the region of its arm), the pair used later
        return k, k + 1
    if k < len(doc) and doc[k].text == "(":
        # "The Indonesian Textile Association (Asosiasi Pertekstilan Indonesia/API)": the name in the story's own
        # language, then its short form after a slash
        # (or after a comma: "the World Trade Organization (Dünya Ticaret Örgütü, DTÖ)", "(Hutnicza Izba
        # Przemysłowo-Handlowa, HIPH)")
        slash = next((j for j in range(k + 2, min(len(doc) - 2, k + 9)) if doc[j].text in ("/", ",")), None)
        if slash is not None and doc[slash + 2].text == ")" and short_form_at(doc, slash + 1) \
                and all(t.is_alpha and (t.is_title or t.is_lower) or t.text == "-" and not t.whitespace_
                        for t in doc[k + 1:slash]) and doc[k + 1].is_title:
            return k, slash + 1
    return None


class CueFinder:
    """Finds organizations named after a cue noun, and the short forms a
    story defines for the organizations it names."""

    def __init__(self, lexicon: Lexicon, resolver: OrgResolver):
        self.lex = lexicon
        self.resolver = resolver
        self.cues = _by_first_word(tuple(cue.lower().split()) for cue in lexicon.name_cues)
        self.outlet_cues = _by_first_word(tuple(cue.lower().split()) for cue in lexicon.outlet_cues)
        self.by_cues = by_cues(lexicon)
        self.addressing = address_cues(lexicon)

    def _cue_end(self, doc: Doc, i: int) -> int | None:
        """Token after a cue phrase starting at ``i`` (and a "the" after it)."""
        return _after_phrase(doc, i, self.cues)

    def addressed(self, doc: Doc, i: int) -> bool:
        """Does a speech cue address the name at token ``i`` ("told |ET Now")?"""
        if passive_agent(doc, i):
            return False  # ("she was contacted by Hughes": a passive's agent)
        return any(_after_phrase(doc, j, self.outlet_cues) == i for j in range(max(0, i - 6), i))

    def follows_cue(self, doc: Doc, i: int) -> bool:
        """Does a cue phrase end right before token ``i`` ("the newspaper |X")?"""
        return any(self._cue_end(doc, j) == i for j in range(max(0, i - 5), i))

    def _unknown_people(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` a word the model read as a people's ("NORP") that the lexicon knows for no country ("the
        research institute Nomisma": a name the cue vouches for)?"""
        return doc[i].ent_type_ == "NORP" and not self.lex.country_of(doc[i].text) and not _people_adjective(doc[i])

    def _name_at(self, doc: Doc, k: int, persons: PersonIndex) -> int:
        """End of the name starting at ``k``: capitalized words (at most four, hyphenated ones too),
        or one lower-case word that ends the clause ("dpa."), which the model
        rarely reads as a name."""
        end = k
        # (a capital inside the word too: "Baker McKenzie", "BlackRock")
        while end < len(doc) and end - k < 4 and (doc[end].text[:1].isupper() or _inner_capitals(doc[end])) \
                and doc[end].is_alpha \
                and persons.at(end) is None and (doc[end].ent_type_ not in _NOT_NAMED or self._unknown_people(doc, end)):
            end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
                end += 1  # "Tau-Ken Samruk", "FIOM-CGIL": a hyphen inside the name
        while end > k and doc[end - 1].text == "-":
            end -= 1  # (the four words ran out at a hyphen: "Korea Trade Data-Hub" is read to "Data")
        if end > k and end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].is_alpha and persons.at(end + 1) is None:
            end += 1  # "law firm Van Damme & Obradović": partners' names joined by "&" name one firm
            while end < len(doc) and end - k < 7 and doc[end].text[:1].isupper() and doc[end].is_alpha \
                    and persons.at(end) is None:
                end += 1
        elif end > k and end + 1 < len(doc) and doc[end].lower_ in ("and", "&"):
            # "the South East Asia Iron and Steel Institute": "and" inside a name that closes on a body's word
            more = end + 1
            while more < len(doc) and more - end <= 3 and doc[more].is_title and doc[more].is_alpha \
                    and persons.at(more) is None:
                more += 1
            if more > end + 1 and (self.lex.is_org_head(doc[more - 1].lower_)
                                   or doc[more - 1].text in self.lex.company_suffixes
                                   or doc[more - 1].text + "." in self.lex.company_suffixes):
                end = more  # (or on a company's form: "the state-run Korea Mine Rehabilitation and Mineral Resources
                # Corp")
        if end == k and k + 1 < len(doc) and doc[k - 1].pos_ == "NOUN" and doc[k].is_alpha and doc[k].is_lower \
                and not doc[k].is_stop and doc[k + 1].text in (".", ",", ";") and not doc[k].lower_.endswith("ed") \
                and doc[k].lower_ not in self.lex.speech_verbs and doc[k].ent_type_ not in _NOT_NAMED \
                and doc[k].tag_ not in ("VBD", "VBZ"):
            end = k + 1  # (not a verb in the past or present the noun is the subject of: "the budget of the firm grew,")
        return end

    def named_after_cues(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[CuedName]:
        """Names right after a cue ("the German news agency dpa"); never a
        country, a place or a person."""
        out = []
        for tok in doc:
            k = self._cue_end(doc, tok.i)
            if k is None or k >= len(doc) or k in taken:
                continue
            if doc[k].text == "," and k + 2 < len(doc) and doc[k - 1].pos_ == "NOUN" and doc[k + 1].is_title:
                # "Italy's wine lobby, Unione Italiana Vini (UIV), urged ...": the name set off after the noun
                end = self._name_at(doc, k + 1, persons)
                if end > k + 1 and end < len(doc) and doc[end].text in ("(", ","):
                    k = k + 1
            end = self._name_at(doc, k, persons)
            # ("according to DTI Undersecretary Ma. Cristina ...": the body, then a title before its holder's name)
            end = next((j for j in range(k + 1, end) if doc[j].lower_ in self.lex.heads and doc[j].is_title
                        and persons.at(end) is not None
                        and (all(t.is_upper and t.is_alpha for t in doc[k:j]) or doc[k].ent_id_)), end)
            # (a short form or a known body only: not "Vice Minister Ma Hui", "Agriculture Undersecretary X")
            if end == k or any(i in taken for i in range(k, end)) or doc[k].lower_ in self.lex.heads \
                    or doc[end - 1].lower_ in self.lex.heads and not doc[k].ent_id_ and persons.at(end) is not None:
                continue  # (not "Mining group CEO Duncan Wanblad": the cue, then a title; nor "State-owned
                # Enterprises Minister Erick Thohir": a portfolio and its title)
            if end - k >= 2 and end < len(doc) and doc[end].pos_ == "VERB" and doc[end].dep_ in ("relcl", "acl") \
                    and doc[end].head.i < k and doc[end].lower_ not in self.lex.speech_verbs:
                continue  # "the brokerage Ana Lopez founded in 1998": who made the body, in a clause about it
            text = doc[k:end].text
            if self.lex.country_of(text) or self.lex.place_country(text):
                continue
            if doc[k - 1].pos_ == "ADP" and all(t.ent_type_ in ("GPE", "LOC", "PERSON") for t in doc[k:end]):
                continue  # "according to Washington": a place standing for a government
            resolved = self.resolver.resolve(doc, k, end)
            name = resolved.name if resolved else (text if _plain_words(doc, k, end) else None)
            if name is None:
                continue
            out.append(CuedName(k, end, name))
            taken.update(range(k, end))
        return out

    def named_before_medium(self, doc: Doc, taken: set[int]) -> list[CuedName]:
        """Outlets named right before their medium ("told KBS radio", "the
        Chosun Ilbo newspaper"): one to three capitalized words, never a
        country, place or demonym ("Chinese television" is no outlet's name;
        the model often calls an outlet's foreign name a nationality)."""
        out = []
        for tok in doc:
            if tok.i == 0 or tok.i in taken or not medium_after(self.lex, doc, tok.i):
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and (doc[start - 1].is_title or doc[start - 1].is_upper) \
                    and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start and doc[start - 1].i not in taken \
                    and doc[start - 1].ent_type_ not in ("GPE", "LOC", "DATE", "TIME"):
                start -= 1
            if start == tok.i:
                continue
            if start > 0 and doc[start - 1].ent_type_ == "GPE" and doc[start - 1].is_title \
                    and doc[start - 1].i not in taken and self.addressed(doc, start - 1):
                start -= 1  # "told France Inter radio": a country's name opening the outlet's, right after the cue
            text = doc[start:tok.i].text
            if self.lex.country_of(text) or self.lex.place_country(text):
                continue
            resolved = self.resolver.resolve(doc, start, tok.i)
            out.append(CuedName(start, tok.i, resolved.name if resolved else text))
            taken.update(range(start, tok.i))
        return out

    def addressed_outlets(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[CuedName]:
        """ "he told ET Now that", "said on Fuji TV", "in an interview with the
        Nikkei": the capitalized words a speech cue addresses (``outlet_cues``)
        name an outlet, unless they name a person, a title, a country or a
        place ("told Prime Minister ...", "told Washington")."""
        out = []
        for tok in doc:
            k = _after_phrase(doc, tok.i, self.outlet_cues)
            if k is None or k >= len(doc) or k in taken:
                continue
            end = self._name_at(doc, k, persons)
            if end == k or any(i in taken for i in range(k, end)):
                continue
            words = doc[k:end]
            text = words.text
            # (one word the model read as a person's, told something, that names no one in the story)
            told = len(words) == 1 and told_unnamed(doc, k, self.by_cues, self.addressing)
            # (a place the model saw is no outlet, "told Washington"; but no place contacts anyone, nor is spoken to in
            # an interview: "when contacted by Kontan", "speaking to Naftemporiki", a name the model read as a place
            # that the lexicon does not know)
            contacted = doc[k - 1].lower_ == "by" or _phrase_before(doc, k, self.addressing)
            if passive_agent(doc, k):
                continue  # ("she was contacted by Hughes": a passive's agent, a person as likely as an outlet)
            handled = document_source(self.lex, doc, k)  # ("a draft seen by Reuters")
            # ("in an interview with El Economista": a paper's article opens the words the model read as a place)
            # (not a person's name, "told Le Van Thanh", nor a place before what it has, "told El Paso customs brokers")
            handled = handled or len(words) == 2 and words[0].text in self.lex.outlet_articles and words[1].is_title \
                and not any(t.ent_type_ == "PERSON" for t in words) \
                and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ in ("NOUN", "PROPN", "ADJ"))
            if any(self.lex.head_spec(t.text) for t in words) or self.lex.country_of(text) \
                    or self.lex.place_country(text) \
                    or not handled and all(t.ent_type_ in (("PERSON",) if contacted else ("GPE", "LOC", "PERSON"))
                                           for t in words) \
                    and not (told and words[0].ent_type_ == "PERSON"):
                continue
            if end < len(doc) and persons.at(end) is not None:
                continue  # the start of a person's name the index did not take whole
            if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("his", "her", "their") \
                    and any(t.lower_ in self.lex.heads for t in doc[end + 2:end + 5]):
                continue  # "speaking to Maria, his deputy,": a person, whose post the comma opens
            resolved = self.resolver.resolve(doc, k, end)
            out.append(CuedName(k, end, resolved.name if resolved else text))
            taken.update(range(k, end))
        return out

    def dateline_credits(self, doc: Doc, taken: set[int]) -> list[CuedName]:
        """The agency a dateline or a sign-off credits ("OTTAWA (The Canadian Press) -", "HA NOI (VNA) -",
        "Ulaanbaatar /MONTSAME/.", a last line "dpa ab xx fz"): an outlet the story is sourced from."""
        out = []
        for start_char, end_char, sure in credits(doc):
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is None or not len(span):
                continue
            start, end = span.start, span.end
            name = doc_text(doc)[start_char:end_char]
            if any(i in taken for i in range(start, end)) or not name[:1].isalpha():
                continue
            # (a token that runs on past the slashes, "/MONTSAME/.", is the agency's name alone)
            resolved = self.resolver.resolve(doc, start, end) if span.text == name else None
            if not sure and name not in self.lex.sign_off_agencies and not (
                    resolved is not None and resolved.known
                    and getattr(self.lex.organizations.get(resolved.name), "kind", None) == "media"):
                continue  # a bare word or letters the story does not name again, of no agency that signs so or
                # outlet the lexicon knows: a label as likely ("June 2 Exclusive -", a last line "MKW")
            out.append(CuedName(start, end, resolved.name if resolved else name))
            taken.update(range(start, end))
        return out

    def named_before_clause(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[CuedName]:
        """"Eurometaux, which represents metal producers": a name followed by ", which" and a verb of speaking for
        members (``body_verbs``), or by ", whose members/membership" (``bodies_before_clause``)."""
        out = []
        for start, end in bodies_before_clause(self.lex, doc):
            if any(i in taken for i in range(start, end)):
                continue
            resolved = self.resolver.resolve(doc, start, end)
            name = resolved.name if resolved else doc[start:end].text
            out.append(CuedName(start, end, name))
            taken.update(range(start, end))
        return out

    def named_before_appositive(self, doc: Doc, taken: set[int], persons: PersonIndex) -> list[CuedName]:
        """"Petronas, the Malaysian state energy company,": the capitalized
        words before an appositive that says what kind of body they name."""
        out = []
        for tok in doc:
            if tok.text != "," or tok.i == 0 or tok.i in taken or not appositive_body_after(self.lex, doc, tok.i):
                continue
            end = start = tok.i
            while start > 0 and end - start < 5 and ((doc[start - 1].is_title or doc[start - 1].is_upper)
                                                     and doc[start - 1].is_alpha
                                                     or doc[start - 1].lower_ in ("for", "and") and start < end
                                                     and start >= 2 and doc[start - 2].is_title
                                                     and doc[start - 2].lower_ not in self.lex.heads
                                                     and doc[start - 2].lower_ not in self.lex.modifiers) \
                    and persons.at(start - 1) is None and (start - 1) not in taken \
                    and not (doc[start - 1].is_sent_start and doc[start - 1].pos_ == "ADP"):
                start -= 1  # (not "In India, the ... Association of India says": where, then the body; small words
                # inside: "Medicines for Europe, the Brussels-based association"; not a title's: "Director General of")
            while start < end and doc[start].lower_ in ("for", "and"):
                start += 1
            if any(t.lower_ in ("for", "and") for t in doc[start:end]) and start > 0 and doc[start - 1].lower_ in (
                    "for", "in"):  # (a title's area: "managing director for Asia and Pacific of Maersk, the
                # Danish shipping group": the body is the last capitalized words only)
                start = end
                while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
                    start -= 1
            if start == end or self.lex.country_of(doc[start:end].text) or self.lex.place_country(doc[start:end].text):
                continue
            resolved = self.resolver.resolve(doc, start, end)
            name = resolved.name if resolved else (doc[start:end].text if _plain_words(doc, start, end) else None)
            if name is None:
                continue
            out.append(CuedName(start, end, name))
            taken.update(range(start, end))
        return out


def _plain_words(doc: Doc, start: int, end: int) -> bool:
    """A single unknown word after a cue is a name unless it is a common word."""
    return all(not t.is_stop and t.is_alpha for t in doc[start:end])


def link_short_forms(doc: Doc, found: list, taken: set[int], is_org,
                     body_words=frozenset(), place=lambda word: False) -> tuple[list[CuedName], set[str]]:
    """Give every use of a bracketed short form the full name it was defined
    for. ``found`` holds the mentions so far (objects with ``start``, ``end``,
    ``name``, ``surface``); a mention whose name the brackets follow after
    "in <Place>" is stretched over the place, mentions spelled as the short
    form take the full name, and uses nobody labelled are returned. Only
    names ``is_org`` accepts define a short form: "Trade and Investment
    Agreement (BTIA)" is an agreement, not a body, and its short form is
    returned among the refused ones, so no mention spelled so is kept. A short
    form before one of ``body_words`` names the body with it ("the ESDM
    Ministry"). A word ``place`` accepts is no short form: "Dainik Banijya
    Barta (Dhaka)" gives the paper's city."""
    defined: dict[str, str] = {}
    tails: dict[str, str] = {}  # the word a two-word short form has after its first ("EXIM" -> "Bank")
    inside: set[int] = set()  # where those words stand in the brackets: no body of their own there
    refused: set[str] = set()
    for mention in sorted(found, key=lambda m: m.start):
        k = mention.start - 2
        if k >= 0 and doc[k + 1].text == "(" and mention.end < len(doc) and doc[mention.end].text == ")" \
                and _is_short_form(doc[k]) and len(_capitals(doc[k].text)) >= 3 \
                and _capitals(doc[k].text) == name_initials(doc, mention.start, mention.end).upper() \
                and is_org(mention.name):
            defined.setdefault(doc[k].text, mention.name)  # "FIEO (Federation of Indian Export Organisations)":
            continue  # the short form first, the name it spells in brackets after it
        after = short_form_after(doc, mention.end, mention.start)
        if after is None or place(doc[after[1]].text):
            continue
        if not is_org(mention.name):
            refused.add(doc[after[1]].text)
            continue
        name_end, short = after
        if name_end > mention.end:
            if any(i in taken for i in range(mention.end, name_end)):
                continue
            stretched = doc[mention.start:name_end].text
            if mention.name == mention.surface:
                mention.name = stretched
            mention.surface = stretched
            taken.update(range(mention.end, name_end))
            mention.end = name_end
        defined.setdefault(doc[short].text, mention.name)
        if doc[short + 1].text != ")":
            tails.setdefault(doc[short].text, doc[short + 1].text)
            inside.add(short + 1)
    if inside:
        found[:] = [m for m in found if not (m.end - m.start == 1 and m.start in inside)]
    if not defined:
        return [], refused
    for mention in found:
        if mention.surface in defined and mention.end - mention.start == 1:
            mention.name = defined[mention.surface]
    out = []
    for tok in doc:
        if tok.text in defined and tok.i not in taken:
            end = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title \
                and doc[tok.i + 1].lower_ in body_words and tok.i + 1 not in taken else tok.i + 1
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text == tails.get(tok.text):
                # (the pair again: "AmCham EU chief executive X", the model's "EU" inside it no body of its own)
                found[:] = [m for m in found if not (m.start == tok.i + 1 and m.end == tok.i + 2)]
                taken.discard(tok.i + 1)
                end = tok.i + 2
            out.append(CuedName(tok.i, end, defined[tok.text]))
            taken.update(range(tok.i, end))
    return out, refused - set(defined)
