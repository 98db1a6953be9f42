"""The area a post covers, written after its title with "for" or "of".

"Director for Korea", "Director-General for North American Trade Policy",
"Assistant Trade Representative for Japan, Korea and APEC Affairs",
"Director General of International Trade Negotiations": the capitalized words
after the title say what the post covers. They belong to the title; they are
not a body (the model often labels "FTA Policy" an organization), not a person
("American Trade Policy" read as a name after a title), and a country among
them is the post's subject, not the country the post serves.

Three steps ask the same question (title reading, organization resolution,
name candidates), so the answer lives here, once.
"""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.sentences import once_per_doc

_JOINERS = frozenset({"and", ",", "&"})


def _portfolio(lex: Lexicon, word: str) -> bool:
    return word in lex.portfolio_words or word in lex.domain_words


def capitals_word(tok, longest: int = 5) -> bool:
    """"FTA", "APEC", "SDI": a word of capitals only, two to ``longest`` letters."""
    return tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= longest


def serial_list(lex: Lexicon, doc: Doc, k: int) -> tuple[int, int] | None:
    """The listed portfolio around "and" at token ``k``, as a token range: "Minister of Industry, Commerce and
    Handicrafts", "Ministry of Commerce, Industry and SMEs", "Minister of Trade, Crafts and Local Consumption".
    Items listed with commas right after a title's or a body's "of"/"for", the first of them a known portfolio
    word, make a list, and its last item is the portfolio's whatever its words: one or two capitalized words (no
    person, place, title or body word; known portfolio words only, when it opens with one) that end the list (a
    comma, "of", a lower-case word or the end follows); else None."""
    if not (4 <= k < len(doc) and doc[k].lower_ in ("and", "&") and doc[k - 2].text == ","):
        return None
    i = k - 1
    while i >= 2 and doc[i - 1].text == "," and doc[i - 2].is_title:
        i -= 2  # back over "Commerce, Industry," to the list's first item
    if not (i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i].is_title and _portfolio(lex, doc[i].lower_)
            and (doc[i - 2].lower_ in lex.heads or lex.is_org_head(doc[i - 2].lower_))
            and all(doc[x].is_title and doc[x].is_alpha and doc[x].ent_type_ not in ("PERSON", "GPE")
                    and doc[x].lower_ not in lex.heads
                    # (a portfolio that is also a firm's word: "Chamber of Commerce, Industries, Mines and Agriculture")
                    and (not lex.is_org_head(doc[x].lower_) or _portfolio(lex, doc[x].lower_) and x > i)
                    for x in range(i, k, 2))):
        return None
    j = k + 1 + (k + 2 < len(doc) and doc[k + 1].lower_ == "the" and doc[k + 2].is_title)
    # ("Minister for Agriculture, Food and the Marine": the last item with its article)
    first = j
    known = j < len(doc) and doc[j].is_title and _portfolio(lex, doc[j].lower_)
    while j < len(doc) and j - first <= 1 and doc[j].is_alpha and doc[j].text[0].isupper() \
            and doc[j].ent_type_ not in ("PERSON", "GPE") and not lex.country_of(doc[j].text) \
            and doc[j].lower_ not in lex.heads \
            and not lex.is_org_head(doc[j].lower_) and (not known or _portfolio(lex, doc[j].lower_)):
        j += 1  # (a known portfolio word closes on known words: "of Economy, Trade and Industry Aiko Fujisawa")
    if j == first or (j < len(doc) and (doc[j].text[0].isupper() or doc[j].text[0].isdigit())):
        return None
    return i, j


def in_serial_list(lex: Lexicon, doc: Doc, k: int) -> bool:
    """Is token ``k`` inside a listed portfolio (``serial_list``)? The list's "and" is looked for from three
    tokens before ``k`` (its last item) to seven after (its first items)."""
    for i in range(max(0, k - 3), min(len(doc), k + 8)):
        if doc[i].lower_ in ("and", "&") and (found := serial_list(lex, doc, i)) and found[0] <= k < found[1]:
            return True
    return False


def area_word(lex: Lexicon, doc: Doc, k: int) -> bool:
    """A word of a post's area: a policy domain or portfolio word, a country or
    nationality ("Korea", "American"), a short form a portfolio word follows
    ("FTA Policy", "APEC Affairs"), or the last item of a list of portfolios
    ("Industry, Commerce and Handicrafts")."""
    tok = doc[k]
    if tok.is_title and _portfolio(lex, tok.lower_):
        return True
    if tok.text[:1].isupper() and in_serial_list(lex, doc, k):
        return True
    if tok.is_title and lex.country_of(tok.text):
        return True
    return capitals_word(tok) and k + 1 < len(doc) and (
        doc[k + 1].is_title and _portfolio(lex, doc[k + 1].lower_)
        # "for WTO and Multilateral Affairs": the short form shares the portfolio word of the area after it
        or doc[k + 1].lower_ in ("and", "&") and k + 2 < len(doc) and area_word(lex, doc, k + 2))


def area_after(lex: Lexicon, doc: Doc, head: int) -> tuple[int, int] | None:
    """The area after the title head at token ``head`` ("Director" in
    "Director for Korea,"): its token range, else None.

    The words after "for" (or "of") must all be area words, joined by commas,
    "and" or "the", and must end the title: punctuation, a lower-case word or
    the end of the line follows ("Director-General of the Trade Policy Bureau"
    goes on with a capitalized word: a body's name, not an area). After "of"
    the area must close on a portfolio word: "Prime Minister of Japan" names
    the country the post serves."""
    prep = head + 1
    opener = lex.area_opener_at(doc, prep)
    if opener and prep + opener < len(doc):
        prep += opener - 1  # "the director responsible for Asia", "Director in charge of Asia"
    if prep + 1 >= len(doc) or doc[prep].lower_ not in ("for", "of") \
            or not (doc[head].is_title or (doc[head].is_lower and doc[prep].lower_ == "for")):
        return None  # (a title in lower case takes an area after "for" only: "chief negotiator for India")
    if doc[head].lower_ not in lex.heads and not (  # "Director General of ...": the head written in two words
            doc[head].lower_ == "general" and head >= 1 and doc[head - 1].lower_ in lex.heads) and not (
            # "Assistant Secretary of Commerce for Industry and Analysis": a second portfolio after the first
            head >= 2 and doc[head].is_title and doc[head].lower_ in lex.domain_words and doc[head - 1].lower_ == "of"
            and doc[head - 2].lower_ in lex.heads):
        return None
    k = prep + 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1  # "Joint Secretary for the Americas"
    last = None
    while k < len(doc):
        if area_word(lex, doc, k):
            last = k
            k += 1
        elif doc[k].lower_ == "in" and last == k - 1 and doc[k - 1].lower_ == "trade" and k + 1 < len(doc) \
                and doc[k + 1].is_title and doc[k + 1].lower_ in ("services", "goods"):
            last = k + 1  # "Director for Trade in Services": what is traded is part of the area
            k += 2
        elif doc[k].text == "-" and last == k - 1 and not doc[k - 1].whitespace_ and k + 1 < len(doc) \
                and area_word(lex, doc, k + 1):
            k += 1  # "Director of Asia-Pacific Affairs"
        elif doc[k].lower_ == "of" and last is not None and k + 1 < len(doc) and area_word(lex, doc, k + 1) \
                and not any(lex.country_of(doc[k + 1:k + n].text) for n in (2, 3, 4) if k + n <= len(doc)) \
                and doc[k + 1].ent_type_ not in ("GPE", "NORP"):
            k += 1  # "Director of Export of Agricultural and Forestry Products" (not "Minister of Trade of Japan")
        elif doc[k].lower_ in _JOINERS | {"the"} and last is not None and k + 1 < len(doc) \
                and (area_word(lex, doc, k + 1) or (doc[k + 1].lower_ == "the" and k + 2 < len(doc)
                                                    and area_word(lex, doc, k + 2))):
            k += 1
        elif doc[k].lower_ in ("and", "&") and last == k - 1 and lex.country_of(doc[last].text) and k + 1 < len(doc) \
                and capitals_word(doc[k + 1]) and not (k + 2 < len(doc) and doc[k + 2].is_title):
            last = k + 1  # "for Japan, Korea and APEC": countries, then a forum's short form
            k += 2
        else:
            break
    if doc[prep].lower_ == "for":
        last = _loose_end(lex, doc, prep + 1 + (doc[prep + 1].lower_ == "the"), last)
    if last is None:
        return None
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and ((after.is_title or after.is_upper) and not after.is_punct
                              or after.text in ("'s", "\u2019s")):
        return None  # the words run on into a name ("of the Trade Policy Bureau", "for China's commerce ministry")
    if doc[prep].lower_ == "of" and not _portfolio(lex, doc[last].lower_) and not in_serial_list(lex, doc, last):
        return None
    return prep + 1, last + 1  # (a "the" opening the area is part of it)


def _loose_end(lex: Lexicon, doc: Doc, k: int, last: int | None) -> int | None:
    """After "for", capitalized words that are no area word may stand inside an area that closes on one
    ("for Industrial Supply Chain Policy", "for Industry and Analysis"): where such a run ends, when it is longer
    than the strict one; never through a person's name or a body's word."""
    j, end = k, last
    while j < len(doc) and j - k < 8 and (
            (doc[j].is_title and not lex.is_org_head(doc[j].lower_)
             and doc[j].lower_ not in lex.heads)
            or (doc[j].lower_ in ("and", "&") and j > k and j + 1 < len(doc) and doc[j + 1].is_title)):
        if doc[j].is_title and _portfolio(lex, doc[j].lower_):
            end = j
        j += 1
    if end is not None and (last is None or end > last) and (j == end + 1):
        return end
    if last == k and k + 2 < len(doc) and doc[k + 1].is_title and doc[k + 1].is_alpha \
            and (doc[k].pos_ == "ADJ" or doc[k].lower_.endswith(("al", "ic", "ive"))) \
            and doc[k].lower_ not in lex.domain_words and doc[k + 1].ent_type_ != "PERSON" \
            and not lex.is_org_head(doc[k + 1].lower_) and doc[k + 1].lower_ not in lex.heads \
            and doc[k + 2].text == "," and k >= 2 and doc[k - 1].lower_ == "for":
        return k + 1  # "Associate Administrator for Strategic Sealift, Maritime Administration": a portfolio's
        # adjective and the one noun it qualifies, before the comma and the body
    # "Deputy Assistant Secretary for Export Administration at the Bureau of Industry and Security": capitalized
    # words after "for", then the body the post is at: the area, whatever its words
    j = k
    while j < len(doc) and j - k < 6 and (doc[j].is_title and doc[j].lower_ not in lex.heads and not doc[j].ent_id_
                                          or doc[j].lower_ in ("and", "&") and j > k and j + 1 < len(doc)
                                          and doc[j + 1].is_title
                                          or doc[j].lower_ == "the" and doc[j - 1].lower_ == "and"):
        j += 1  # ("for Negotiations and Strategic Dialogue at the GCC Secretariat General")
    at = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    if j > k and (last is None or j - 1 > last) and j < len(doc) and doc[j].lower_ == "at" and at < len(doc) \
            and (doc[at].ent_type_ == "ORG" or doc[at].ent_id_) and k >= 2 and doc[k - 1].lower_ == "for":
        return j - 1
    return last


def lower_remit(lex: Lexicon, doc: Doc, head: int) -> tuple[int, int] | None:
    """The remit in lower case after a head and an area opener, up to the punctuation that closes it ("the French
    minister in charge of the sea, X", "X, minister in charge of economic revitalization, met"): its token range,
    else None. Translated press gives such posts no capitals; the remit is part of the title."""
    prep = head + 1
    opener = lex.area_opener_at(doc, prep) if prep < len(doc) else 0
    if not opener or doc[head].lower_ not in lex.heads:
        return None
    start = k = prep + opener
    last = None
    while k < len(doc) and k - start < 6 and doc[k].is_lower and doc[k].is_alpha and (
            doc[k].pos_ in ("NOUN", "ADJ") or doc[k].lower_ in ("the", "and") and k > start - (doc[k].lower_ == "the")):
        if doc[k].pos_ == "NOUN":
            last = k
        k += 1
    # (or "at" and the body the post is at: "Executive Vice-President in charge of sustainability at OCP Group, X")
    body = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    at_body = k < len(doc) and doc[k].lower_ == "at" and body < len(doc) \
        and (doc[body].ent_type_ == "ORG" or doc[body].ent_id_) and (doc[body].is_title or doc[body].is_upper)
    if last is None or last + 1 != k or k < len(doc) and not doc[k].is_punct and not at_body:
        return None
    return start, last + 1


@once_per_doc("tradegraph_lower_remits")
def _lower_remit_words(lex: Lexicon, doc: Doc) -> frozenset[int]:
    """The tokens of every remit in lower case (``lower_remit``) in the article, found once."""
    return frozenset(k for head in range(len(doc)) if doc[head].lower_ in lex.heads
                     and (found := lower_remit(lex, doc, head)) is not None for k in range(*found))


def lower_remit_at(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Is token ``i`` a word of a remit in lower case (``lower_remit``)? (The title's tokens ask one by one.)"""
    return i in _lower_remit_words(lex, doc)


def area_at(lex: Lexicon, doc: Doc, i: int) -> tuple[int, int] | None:
    """The area (as ``area_after``) that token ``i`` is part of, if any."""
    j = i
    while j > 1 and i - j < 12 and doc[j - 1].lower_ not in ("for", "of") and (
            area_word(lex, doc, j - 1) or doc[j - 1].lower_ in _JOINERS | {"the", "-"}
            or doc[j - 1].lower_ == "in" and doc[j - 2].lower_ == "trade"  # ("Trade in Services")
            or (doc[j - 1].is_title and not lex.is_org_head(doc[j - 1].lower_) and doc[j - 1].lower_ not in lex.heads)):
        j -= 1  # (the words of a loose area too: "for Industrial Supply Chain Policy"; area_after decides)
    if j < 2 or doc[j - 1].lower_ not in ("for", "of"):
        return None
    found = area_after(lex, doc, j - 2)
    for n in (1, 2):  # "Director in charge of Asia", "director responsible for Asia": the head before the opener
        if found is None and j - 2 - n >= 0 and lex.area_opener_at(doc, j - 1 - n) == n + 1:
            found = area_after(lex, doc, j - 2 - n)
    if found is None and doc[j - 1].lower_ == "of" and i - j < 10 and area_word(lex, doc, j - 2):
        found = area_at(lex, doc, j - 2)  # "Director of Export of Agricultural and Forestry Products": an earlier "of"
    return found if found and found[0] <= i < found[1] else None


# what a government body the lexicon lists is called before its remit ("Department of Trade, Industry and Competition")
_LISTED_BODIES = ("Ministry", "Department")


def listed_body(lex: Lexicon, opener: str, remit: str):
    """The government body the lexicon lists by its remit after "Ministry" or "Department" and ``opener`` ("of",
    "for"): "Department of Trade, Industry and Competition" for "of" and "Trade, Industry and Competition"; else None."""
    return next((found for body in _LISTED_BODIES if (found := lex.org_named(f"{body} {opener} {remit}")) is not None
                 and found.kind == "government"), None)


def listed_remit_at(lex: Lexicon, doc: Doc, i: int) -> tuple[int, int] | None:
    """The span of a listed body's remit, written after a government post's "of" or "for", commas and all, that token
    ``i`` is in ("Minister of Trade, Industry and Competition John Smith": the Department of Trade, Industry and
    Competition's remit, whose last word is no name's first), or None."""
    if not (doc[i].is_title and doc[i].is_alpha or doc[i].lower_ in _JOINERS):
        return None
    for j in range(i - 1, max(0, i - 10), -1):
        if doc[j].lower_ in ("of", "for") and j >= 1 and (spec := lex.heads.get(doc[j - 1].lower_)) is not None \
                and spec.government:
            for end in range(max(i + 1, j + 2), min(len(doc), j + 11)):
                if not (doc[end - 1].is_title and doc[end - 1].is_alpha or doc[end - 1].lower_ in _JOINERS):
                    return None
                if doc[end - 1].is_alpha and listed_body(lex, doc[j].lower_, doc[j + 1:end].text) is not None:
                    return j + 1, end
            return None
        if not (doc[j].is_title and doc[j].is_alpha or doc[j].lower_ in _JOINERS):
            return None
    return None


def listed_remit_word(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Is token ``i`` a word of a listed body's remit after a government post (``listed_remit_at``)?"""
    return listed_remit_at(lex, doc, i) is not None
