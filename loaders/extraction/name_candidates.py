"""Where names may be: the spans of an article that could name a person.

Three kinds of evidence give candidate spans (``NameCandidates.candidates``):
``PERSON`` entities from the model; capitalized words right
after a title or honorific ("Commerce Secretary Howard Lutnick", "Mr
Reynolds"); the proper-noun subject of a speech verb ("Fouquet said"); and
capitalized words the model missed before an appositive title or "who".
Each span is cleaned (titles, honorifics and particles trimmed or taken in)
and checked against the words that are never names (``names.yaml``).
``persons.py`` groups the candidates into people.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from loaders.extraction.datelines import (HANSARD_LABEL, SITTING_STYLES, TURN_LABEL, bracketed_post, briefing_turns,
                                          turn_labels)
from loaders.extraction.lexicon import Lexicon
from loaders.extraction.name_order import capitals
from loaders.extraction.org_cues import body_word_of_its_own, bracketed_short_forms, capitals_after_post_of, \
    post_head_before
from loaders.extraction.portfolios import area_after, area_at, listed_remit_word
from loaders.extraction.sentences import doc_text, once_per_doc
from loaders.extraction.text import camel_case_name, fold, lines_at

_EMAIL_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BYLINE = re.compile(r"^\s*(?:by|reporting by|written by|writing by|edited by|editing by|additional reporting by|reporter)"
                     r":?\s", re.I)  # ("Written by: Mahmoud Abdel-Aziz")
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
# a given name, a middle initial and a surname ("Helena M. Lindqvist", "José A. Ruiz-Pérez"): a person's, however read
_INITIALLED_NAME = re.compile(r"[A-Z][a-z\u00e0-\u00ff]+ [A-Z]\. [A-Z][\w\u00c0-\u024f'\u2019-]+")

#: the endings of abstract nouns, which close a post's area and begin no name ("Trade Facilitation", "Development")
_ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ity|ics|ism|ship)$|^\w{6,}(?:ment|ance|ence)$")  # (not "Clement",
# "Terence", "Clarence": given names)
#: a name, then a member's political group and country in brackets: "Jan-Willem de Bruijn (ECR, NL)", "María Ruiz
#: (Renew Europe, ES)"
_MEMBER_TAGGED = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][\w'\u2019-]+(?: (?:van der|van den|van|von|de la|de|der|den|da|di|du|le|la|[A-Z]\.|"
    r"[A-Z][\w'\u2019-]+))*? [A-Z][\w'\u2019-]+) \((?P<group>[A-Z][\w&/.-]*(?: [A-Z][\w&/.-]*)?), [A-Z]{2}\)")
#: a legislator's party and state in brackets after the name: "(D-Ore.)", "(R-N.Y.)", "(R-Texas)", "(PSD-AL)"
PARTY_TAG = re.compile(r"[A-Z]{1,5}-(?:[A-Z]{2}|[A-Z][a-z]+(?:[A-Z][a-z]+)?\.?|[A-Z]\.(?:[A-Z]\.)+)")


#: what follows a stock's ticker and the dash: its exchange or market ("(CLF-US)", "(RIO-GB)"), no state
_EXCHANGE_CODES = frozenset({"US", "GB", "UK", "LN", "HK", "JP", "CN", "FP", "GR", "AU", "SS", "SZ", "KS", "TT", "SW",
                             "SM", "NA", "IM", "SJ", "JT", "CH", "DE", "FR"})


def party_tag_close(doc: Doc, open_bracket: int) -> int | None:
    """The closing bracket's index when the brackets opened at ``open_bracket`` hold only a party and state tag
    (not a ticker, "(CLF-US)", nor brackets a body's "which" follows)."""
    close = next((k for k in range(open_bracket + 1, min(len(doc), open_bracket + 8)) if doc[k].text == ")"), None)
    tag = doc[open_bracket + 1:close].text.replace(" ", "") if close is not None else ""
    if close is None or not PARTY_TAG.fullmatch(tag) or tag.split("-", 1)[1] in _EXCHANGE_CODES:
        return None
    if close + 2 < len(doc) and doc[close + 1].text == "," and doc[close + 2].lower_ in ("which", "that"):
        return None
    return close


def _before_native_gloss(doc: Doc, k: int) -> int:
    """Where a name ends before token ``k`` when its spelling in another script, in brackets, stands between
    them ("Kim Do-yeon (김도연), a senior research fellow"): the bracket's opening; else ``k``."""
    if k < 3 or doc[k - 1].text != ")":
        return k
    opening = next((j for j in range(k - 2, max(0, k - 7), -1) if doc[j].text == "("), None)
    if opening is None:
        return k
    return opening if in_another_script(doc[opening + 1:k - 1].text) else k


def in_another_script(text: str) -> bool:
    """Is ``text`` written without Latin letters ("김도연", "대니얼 휫컴"): a name's spelling in its own script?"""
    return bool(text) and not any(c.isascii() and c.isalpha() for c in text)


def _apostrophe_name(tok) -> bool:
    """A capitalized name word with an apostrophe inside ("Ken'ichirō", "O'Brien"), which is neither alphabetic
    nor title-cased to the tokenizer."""
    return re.fullmatch(r"[A-Z][a-z\u00e0-\u024f]*['\u2019][A-Za-z\u00e0-\u024f]+", tok.text) is not None


def _read_as_one_person(doc: Doc, start: int, end: int) -> bool:
    """Did the model read ``doc[start:end]`` as one person's name (every word a person's, none opening another)?"""
    return all(t.ent_type_ == "PERSON" for t in doc[start:end]) and all(t.ent_iob_ == "I" for t in doc[start + 1:end])


def _joins_hyphenated(doc: Doc, k: int) -> bool:
    """Is token ``k`` a hyphen inside one word ("Okonjo-Iweala")?"""
    return (0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k].whitespace_
            and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha)


def hyphenated_start(doc: Doc, i: int) -> int:
    """First token of the hyphenated word that ends at token ``i``."""
    while i >= 2 and _joins_hyphenated(doc, i - 1) and doc[i - 2].text[:1].isupper():
        i -= 2
    return i


def other_script(tok) -> bool:
    """A word in a script other than the Latin one ("통상교섭본부장", "経済産業省"): a name or title in the paper's own
    script, glossed in English beside it."""
    return tok.is_alpha and not any(c.isascii() for c in tok.text) and not any(
        "LATIN" in unicodedata.name(c, "") for c in tok.text[:3])


def _syllable(tok) -> bool:
    """The lower-case second part of a hyphenated given name ("Jae-min",
    "Ji-won"), not a word such as "-led" or "-based"."""
    return tok.is_lower and tok.is_alpha and len(tok.text) <= 4 and not tok.text.endswith("ed") \
        and tok.text not in ("run", "born", "era", "made", "style", "wide", "like")


def hyphenated_end(doc: Doc, i: int) -> int:
    """End (exclusive) of the hyphenated capitalized word starting at token ``i``."""
    end = i + 1
    while end + 1 < len(doc) and _joins_hyphenated(doc, end) and doc[end + 1].text[:1].isupper():
        end += 2
    return end




_DATE_WORDS = frozenset(w.lower() for w in [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name,
                                             *calendar.day_abbr, "Sept", "Christmas", "Easter", "New", "Year"])


def _date_word(tok) -> bool:
    """A word a date is made of ("March", "Monday"): the model also tags
    some surnames as dates ("Minister ... Sjoerd Hoogeveen"), which are not."""
    return tok.lower_.rstrip(".") in _DATE_WORDS or not tok.is_alpha


# "Authors: Jane Doe, Partner (Brussels); ...": a briefing's list of its people and their posts, in capitals like a
# headline but read as text (its names are people with posts, unlike a byline's "By Jane Doe")
# a header on a line of its own over one person per line ("Contacts" / "Jane Doe, Partner, Brussels")
_PEOPLE_HEADER = re.compile(r"(?:(?:key |press |media )?contacts?|authors?|contributors?"
                            # an earnings call's lists: "Company Participants", "Conference Call Participants"
                            r"|(?:company |corporate |conference call |call )?participants|executives|analysts"
                            # a hearing's summary: "Witnesses" / "Mr. Jane Doe, Executive Director, ..."
                            r"|witnesses|(?:the )?witness list|panel(?:ists)?|speakers"
                            # a think tank's event transcript: "MODERATOR:" / "PANELISTS:" over the names and posts
                            r"|(?:moderators?|panel(?:ists)?|speakers|participants|discussants|hosts?):"
                            # "For further information, please contact:"
                            r"|(?:for (?:further|more) (?:information|details),? )?(?:please )?contact(?: us)?:"
                            # "Press contact:", "For media enquiries, please contact:", "Media inquiries:"
                            r"|(?:(?:key |press |media )?contacts?|(?:for )?(?:media |press )?(?:enquiries|inquiries)"
                            r"(?:,? please contact)?):"
                            # "Investor relations:" / "Media:", each over its contact's line
                            r"|(?:investor|media|press|public) relations:|media:|investors:)", re.I)
# "Members present: Hon Jane Doe (Chairperson), John Roe, Ann Poe": a meeting's attendance, names one after another
ATTENDANCE = re.compile(r"^\s*(?:(?:members |also )?present|in attendance|attendees|apologies)\s*:", re.I)
_PEOPLE_LIST = re.compile(r"^\s*(?:authors?|contributors?|(?:press |media |key )?contacts?|prepared by"
                          r"|(?:media )?(?:enquiries|inquiries)"  # ("Enquiries: Mr X - Departmental Spokesperson")
                          # a broadcast's or a podcast's people: "Presenter: Jane Doe", "Guest: John Roe MP, Minister
                          # of State for Trade Policy"
                          r"|presenters?|hosts?|co-hosts?|anchors?|interviewers?|guests?|moderators?|panell?ists?)\s*:|"
                          + ATTENDANCE.pattern, re.I)
# "- Jane Doe, Deputy Minister, Ministry of X": an entry of a list (attendees, delegations), read as text like the
# people list above: its capitals are a name and a post, not a headline's
# "(Reporting by Jane Doe; Editing by John Roe)": a wire story's credit line names the people who wrote it, in
# capitals like a headline but read as text (the people in it are named persons of the story)
# where a byline or credit names a person: "By ", "(Reporting by ", "; additional reporting by ", "Reporter "
# (an editor's credit in square brackets too: "[Edited by Jane Doe]", as Euractiv signs its stories)
_CREDIT_CUE = re.compile(r"(?m)(?:^\s*|\(\s*|\[\s*|;\s*)(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited)"
                         r"\s+by|By|by|Reporter)\s+")
_CREDITED_NAME = re.compile(r"[A-Z][\w\u00c0-\u024f'\u2019.-]*(?: (?:[A-Z][\w\u00c0-\u024f'\u2019.-]*|de|da|dos|van|von|der|del|la|le|bin|binti|al|el)){1,4}")
_CAPITALS_BYLINE = re.compile(r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+(?: [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]+){1,2}")
_PLACE_DATE_LINE = re.compile(r"^\s*[A-Z][\w .'\u2019-]{1,30}?\s*[-\u2013\u2014,]\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
                              r"|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})")
_CREDIT_LINE = re.compile(r"^\s*[(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled)\s+by\s", re.I)
_BULLETS = ("-", "*", "\u2022", "\u2013", "\u00b7")  # the marks that open a list's entries
# a name, a comma and a post, alone on a line (a statement's signature)
_SIGNED = re.compile(r"^\s*(?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]*,\s+\S")
# posts of those who write the story, not of one who signs a statement in it
_WRITERS = frozenset({"correspondent", "reporter", "editor", "writer", "columnist", "journalist"})


# what may open a signature's line before the name: a dash, and a minister's style ("– The Honourable Jane Doe,
# Minister of ...", as Canadian government releases sign their quotes)
SIGNATURE_LEAD = re.compile(r"[ \t]*(?:[-\u2013\u2014][ \t]*)?(?:(?:The[ \t]+)?(?:Honourable|Honorable|Hon\.)[ \t]+)?")


def signature_line(line: str, heads) -> bool:
    """Is ``line`` a statement's signature, a name then a post ("Stelios Pitsillides, Minister of Finance of Cyprus",
    "Jane Doe, Chief Executive", "– The Honourable Jane Doe, Minister of Trade", "– Jane Doe, President and CEO,
    Canola Council"), not a headline ("Steel Workers Strike, Minister Urges Calm", "Trade Deal Signed, Officials Say")
    nor a writer's credit ("Helga Strand, Trade Correspondent")? The name's words hold no head; the post opens on a
    head, then "of"/"for" or more heads (joined by "and") only, up to its comma."""
    line = line[SIGNATURE_LEAD.match(line).end():]
    if not _SIGNED.match(line):
        return False
    name, post = line.split(",", 1)
    words, name_words = post.split(), name.split()
    if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha() and words[0].lower() not in heads \
            and words[1].lower().rstrip(",") in heads:
        words = words[1:]  # ("Coordinating Minister for Economic Affairs of ...": a rank before the head)
        post = post.split(None, 1)[1]
    if any(w.lower() in heads for w in name_words) or not words or words[0].lower().rstrip(",") not in heads \
            or any(w.lower().strip(".,") in _WRITERS for w in words):
        return False
    first = post.split(",")[0].split()  # ("President and CEO", before the body's name)
    rest = post.split(",", 1)[1].split() if "," in post else []
    return len(words) == 1 or words[1].lower() in ("of", "for", "to") or all(w.lower() in heads for w in words) \
        or len(words) >= 3 and words[1].lower() in heads and words[2].lower() in ("of", "for", "to") \
        or len(first) >= 3 and all(w.lower() in heads or w.lower() in ("and", "&") for w in first) \
        or all(w.lower() in heads for w in first) and rest[:1] != [] and rest[0][:1].isupper()
    # (a post of heads alone, then the body: "President, Dairy Farmers of Canada", "Executive Director, X Council"; or
    # two heads, then its area: "Executive Vice-President for Prosperity and Industrial Strategy")


def signed_under_quotation(text: str, line_start: int, heads) -> bool:
    """Is the line at ``line_start`` a statement's signature (``signature_line``) right under a paragraph that
    closes a quotation?"""
    line_end = text.find("\n", line_start)
    if not signature_line(text[line_start:len(text) if line_end < 0 else line_end], heads):
        return False
    before = text[:line_start].rstrip()
    return before.endswith(('"', "\u201d")) and "\n" in text[len(before):line_start]
LIST_ITEM = re.compile(r"^\s*(?:[" + re.escape("".join(_BULLETS)) + r"]|\d{1,2}[.)])\s+\S")


def list_entry_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token range of the rest of the list entry line ("- Name, Title, Body") holding token ``i``, from ``i``
    to the line's end; None when that line is no list entry."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    line_end = text.find("\n", line_start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not (LIST_ITEM.match(line) or _NAMED_LABEL.match(line) or header_entry_at(doc, i)):
        return None  # ("For the Commission: Jane Doe, Deputy Director-General, DG TRADE": an entry too; so is a line
        # under a people header: "PANELISTS:" / "Jane Doe, Senior Adviser, Economics Program, CSIS")
    if LIST_ITEM.match(line) and len(re.sub(r"^\s*(?:[-*\u2022\u2013\u00b7]|\d{1,2}[.)])\s+", "", line)
                                      .split(",")[0].split()) > 6:
        return None  # "6. The two sides agreed ... co-chaired by Mr X, Director, DG TRADE, and ...": a numbered paragraph
    end = i
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return i, end


_LIST_HEADER = re.compile(r"^\s*(?:For|From)\s+(?:the\s+)?(?P<side>[^:]{2,60}?)(?:\s+(?:side|delegation))?\s*:\s*$")


def list_header_side(doc: Doc, i: int) -> str | None:
    """The side a delegation list's header names for the entry holding token ``i`` ("For the Republic of
    Türkiye:" above "- Mehmet Karatas, Deputy Minister of Trade"), as written; None when the entry is under no
    such header (the lines between are entries of the same list)."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    if not LIST_ITEM.match(text[line_start:text.find("\n", line_start) if "\n" in text[line_start:] else None]):
        return None
    end = line_start - 1
    for _ in range(20):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        header = _LIST_HEADER.match(line)
        if header:
            return header.group("side")
        if line.strip() and not LIST_ITEM.match(line):
            return None
        end = start - 1
    return None


# a reporter's question in a briefing transcript, the reporter and the outlet in brackets
# ("QUESTION (Annelie Botha, Business Day): Deputy Minister, ...")
_ASKER = re.compile(r"^(?:QUESTION|Q|REPORTER|JOURNALIST)\s*\((?P<name>[A-Z][^,()\n]{2,40}), "
                    r"(?P<outlet>[A-Z][^,()\n]{1,40})\):[ \t]"
                    # (or after a dash: "Question - Anke Dorfmann, Handelsblatt:", the Commission's midday briefing)
                    r"|^(?:QUESTION|Question|Q|REPORTER|Reporter|JOURNALIST|Journalist)[ \t]+[-\u2013\u2014][ \t]+"
                    r"(?P<name2>[A-Z][^,()\n:]{2,40}), (?P<outlet2>[A-Z][^,()\n:]{1,40}):[ \t]")


def askers(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each question's reporter and outlet in a transcript, as character ranges: (name, outlet)."""
    out = []
    for pos, line in lines_at(text):
        m = _ASKER.match(line)
        if m:
            name, outlet = ("name", "outlet") if m["name"] is not None else ("name2", "outlet2")
            out.append(((pos + m.start(name), pos + m.end(name)), (pos + m.start(outlet), pos + m.end(outlet))))
    # (a briefing record's reporter: "NAKAI, Kyodo News:")
    out += [((pos + m.start("reporter"), pos + m.end("reporter")), (pos + m.start("outlet"), pos + m.end("outlet")))
            for pos, m in briefing_turns(text) if m["reporter"] is not None]
    return sorted(out)


# a transcript's question, labelled, with the reporter or the outlet in brackets or neither ("Q (Nikkei):",
# "Question (Politico Europe):", "QUESTION (Li Wei, Caixin):", "Q:")
_QUESTION_LABEL = re.compile(r"^(?P<word>QUESTION|Question|Q|REPORTER|Reporter|JOURNALIST|Journalist)\s*"
                             r"(?:\([^()\n]{1,80}\)|[-\u2013\u2014][ \t]+[A-Z][^:\n]{1,80})?\s*:")


def question_labels(text: str, words_only: bool = False) -> list[tuple[int, int]]:
    """Character ranges of each question's label in a transcript, up to its colon: nobody in it speaks the
    question's reported words. With ``words_only``, the label's word alone ("Question", "Q"): no one's name (the
    reporter in its brackets is a person: "Question (Senator Ruth Hale):")."""
    return [(pos, pos + (m.end("word") if words_only else m.end())) for pos, line in lines_at(text)
            if (m := _QUESTION_LABEL.match(line))]


# a transcript's turn opened by the speaker in capitals, without a post ("NKOSI-BHENGU:", "SENATOR PRUITT:")
_CAPS_TURN = re.compile(r"^(?P<name>[A-Z][A-Z.'\u2019\u00c0-\u00de-]+(?: [A-Z][A-Z.'\u2019\u00c0-\u00de-]+){0,4})"
                        r"(?: \([^()\n]{1,100}\)){0,2}(?:, [^:()\n]{1,60})?:[ \t]")


def caps_turns(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """Where each transcript turn's speaker label in capitals stands ("NKOSI-BHENGU:"), when the text has three or
    more such turns (a story opening "WASHINGTON: ..." has one): a speaker's name, never a body's or a place's."""
    found = []
    for pos, line in lines_at(text):
        m = _CAPS_TURN.match(line)
        if m:
            close = line.find(")", m.end("name"))
            inside = line[m.end("name"):close] if close > 0 else ""
            # the name and the post in the brackets ("(Chairwoman)", "(Deputy Director-General: International
            # Trade ...,"), not the body after the post's last comma ("..., Peterson Institute")
            words = [w for w in re.split(r"[\s(),:.-]+", inside) if w]
            titled = lexicon is not None and words and all(w.lower() in lexicon.heads or w.lower() in lexicon.modifiers
                                                           or lexicon.country_of(w) or len(w) <= 2 for w in words)
            cut = m.end("name") + inside.rfind(",") if "," in inside else close if close > 0 and titled \
                else m.end("name")  # ("(Chairwoman)", "(D-Ore.)", "(Poland)"; not "(Chair of the Senate Finance
            # Committee)", "(FICCI)": a body in the brackets)
            found.append((pos, pos + cut))
    return found if len(found) >= 2 else []


def nationality_before(lexicon: Lexicon, doc: Doc, start: int) -> int:
    """How many tokens just before a name at ``start`` give the person's nationality in an appositive (", the Pole
    Tomasz Nowak", ", the Nigerian Ada Obi"): 2 ("the" and the noun) or 0. Translated press writes the title, then
    who holds it this way; the noun is no part of the name and no title of it."""
    if start >= 3 and doc[start - 2].lower_ == "the" and doc[start - 3].text == "," and doc[start - 1].is_title \
            and lexicon.nationality(doc[start - 1].text):
        return 2
    return 0


# "Chair: Matteo Ferrandi (S&D, IT)", "Vice-Chairs present: A (EPP, PL), B (Renew, NL)": a label with a title,
# then the people who hold it
_LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Z][\w'-]*(?: [A-Za-z][\w'-]*){0,5}?)(?: present| attending)?:\s+\S")


def label_lines(text: str, heads) -> list[tuple[int, int, str]]:
    """Character ranges of lines that open with a label naming a title ("Chair:", "Vice-Chairs present:",
    "Rapporteur on the steel measure:"), with the label's title (singular): the names after it hold it."""
    out = []
    for pos, line in lines_at(text):
        found = _LABEL_LINE.match(line)
        if found:
            words = found.group("label").split()
            title = [w[:-1] if w.lower().endswith("s") and w.lower()[:-1] in heads else w for w in words]
            if title and title[0].lower() in heads:
                cut = next((n for n, w in enumerate(title) if w.lower() in ("on", "for", "of")), len(title))
                out.append((pos, pos + len(line), " ".join(title[:cut])))
    return out


# "For the Commission: Ingrid Haugen, Deputy Director-General, DG TRADE", "Chair: Dr Sabine Kettering, Senior
# Fellow": a label, then a name that a comma or bracket ends (a meeting summary's list of who was there)
# the honorifics a list writes before a name ("Chair: Dr Sabine Kettering", "Ms Adaeze Okonkwo-Bello")
_LIST_HONORIFIC = r"(?:H\.E\.|Dr|Mr|Ms|Mrs|Prof|The Hono(?:u)?rable)\.?"  # ("U.S. side: The Honorable X, ...")
_NAMED_LABEL = re.compile(r"^\s*[A-Z][\w'.&-]*(?: [A-Za-z][\w'.&-]*){0,5}?:\s+(?:" + _LIST_HONORIFIC + r" ){0,2}"
                          r"[A-Z][\w'\u00c0-\u024f-]+(?: (?:[a-z]{1,3} ){0,2}[A-Z][\w'.\u00c0-\u024f-]+){1,3}\s*[,(;]")


# "Jane Doe, Senior Fellow, and John Roe, Research Associate", "By Jane Doe, Partner; John Roe, Counsel; and Ann
# Poe, Associate, Doe & Roe LLP": a line of authors with no label, each a name, then a title
# (capitals with accents open names too: "Šťastná", "Ørsted")
_AUTHOR_NAME = re.compile(r"^[^\W\d_a-z][\w.'\u2019-]*(?: [^\W\d_a-z][\w.'\u2019-]*){1,3}$")
# a style of address before a listed name, which no name holds: "The Honorable", "Hon.", "H.E."
_STYLE_BEFORE_NAME = re.compile(r"(?:The\s+)?(?:Hono(?:u)?rable|Hon\.|Rt\.? Hon\.?|H\.E\.|His Excellency|Her Excellency)\s+")
# the body an author's post is at, after the post: "Halvorsen Greer", "KPMG in Belgium" (a member firm of a network)
_AUTHOR_BODY = re.compile(r"^[^\W\d_a-z][\w.&'\u2019-]*(?: (?:[^\W\d_a-z][\w.&'\u2019-]*|&|of|for|and)){0,5}"
                          r"(?: in [A-Z][\w-]+(?: [A-Z][\w-]+)?)?$")
# the area a post covers, in capitals, between the post and the body: "Trade & Customs", "Global Trade & Customs"
_AUTHOR_AREA = re.compile(r"^[A-Z][\w-]*(?: (?:[A-Z][\w-]*|&|and|of))*$")
# a date and a bar before a line of authors: "15 January 2026 | ", "September 2, 2025 | "
_DATE_BAR = re.compile(r"\s*(?:(?:\d{1,2} )?[A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*\|\s*")
# an author's name, then the post (and the city) in brackets: "Veronika Stastna (Partner, Prague)"
_BRACKETED_POST = re.compile(r"(?P<name>[^(),]+?) \((?P<title>(?:[A-Z][\w-]*\s?){1,4})(?:, [^()]{1,40})?\)")
# (a bare "and" parts two authors only when a name and its comma or bracket follow: not "Nordic Institute for Trade
# and Integration")
_AUTHOR_SPLIT = re.compile(r"\s*(?:;\s*(?:and\s+)?|\s+\|\s+|,\s+(?:and|with)\s+|\s+and\s+(?=[^\W\d_a-z][\w.'\u2019-]*"
                           r"(?: [^\W\d_a-z][\w.'\u2019-]*){1,3}\s*[,(]))")


def author_line(line: str, heads) -> int | None:
    """Where the names start on a line of authors with no label (after a "By"), or None when the line is no
    such line: every item a name of two to four capitalized words, a comma, and a title whose last word is a
    title's head ("Senior Fellow", "Partner"); the last item may add the body after a comma, and its city; a city
    in brackets may follow any item."""
    line = re.sub(r"\s*\|\s*[^|]*\d{4}\s*$", "", line)  # ("Naledi Khumalo-Brandt, Senior Researcher | 27 August 2025")
    stripped = line.strip()
    if not stripped or stripped.endswith(".") or len(stripped) > 240:
        return None
    lead = re.match(r"\s*(?:(?:prepared |written |compiled )?by\s+)?", line, re.I).end() \
        or (dated.end() if (dated := _DATE_BAR.match(line)) else 0)  # (the date first: "15 January 2026 | Jane Doe, ...")
    # (the firm after the last: "Jens Hartmann (Partner, Brussels) and Adaeze Okafor (Counsel, Singapore), Halvorsen
    # Greer LLP")
    listed = re.sub(r"(?<=\)),\s*[A-Z][^,()]{0,60}\b(?:LLP|LLC|Ltd\.?|Inc\.?|GmbH|AG|plc|PLC|S\.A\.|N\.V\.|B\.V\.|"
                    r"Partners|Institute|Foundation|Centre|Center)$", "", line[lead:].strip())  # (a firm with its legal form)
    bracketed = [_BRACKETED_POST.fullmatch(item) for item in _AUTHOR_SPLIT.split(listed)]
    if all(bracketed) and all(_AUTHOR_NAME.match(m["name"]) and m["title"].split()[-1].lower() in heads
                              for m in bracketed):
        return lead  # "Veronika Stastna (Partner, Prague) and Michael O'Rourke (Counsel, Washington, D.C.)"
    # ("Jane Doe, Partner (Washington, D.C.), and John Roe, Counsel (Toronto)": where each works, in brackets)
    items = _AUTHOR_SPLIT.split(re.sub(r"\s*\([^()]{1,40}\)", "", line[lead:]).strip())
    for n, item in enumerate(items):
        parts = [p.strip() for p in item.split(",")]
        if n == len(items) - 1 and len(parts) == 4 and re.fullmatch(r"[A-Z][\w\u00c0-\u024f-]+(?: [A-Z][\w-]+)?", parts[3]):
            parts = parts[:3]  # "..., Research Associate, European Centre for ... (ECIPE), Brussels": its city
        if len(parts) == 4 and _AUTHOR_AREA.match(parts[2]) and _AUTHOR_BODY.match(parts[3]) and " in " in parts[3]:
            parts = [parts[0], parts[1], parts[3]]  # "Jane Doe, Partner, Trade & Customs, KPMG in Belgium": the area
            # the post covers, then a network's member firm by its country
        if len(parts) not in (2, 3) or len(parts) == 3 and n < len(items) - 1 and not _AUTHOR_BODY.match(parts[2]) \
                or not _AUTHOR_NAME.match(parts[0]):
            # (an earlier author's practice or unit too: "Prepared by Jane Doe, Director, EU Trade Practice, with
            # John Roe, Senior Associate")
            return None
        title = parts[1].split()
        if not (1 <= len(title) <= 4 and all(w[:1].isupper() for w in title) and title[-1].lower() in heads
                or _post_with_area(title, heads)):
            return None
    return lead


@once_per_doc("tradegraph_author_area_posts")
def author_area_posts(heads, doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the posts with an area on a report's author lines ("Jane Doe, Analyst in Industrial
    Organization and Business"): a post, whose capitalized area names no body. Read once per article, for the
    organizations step and the roles step."""
    out = []
    for pos, line in lines_at(doc_text(doc)):
        if "," not in line or author_line(line, heads) is None:
            continue
        name, post = line.split(",", 1)
        if _post_with_area(post.split(), heads):
            out.append((pos + len(name) + 1, pos + len(line)))
    return out


def _post_with_area(title: list[str], heads) -> bool:
    """"Analyst in International Trade and Finance", "Specialist in Agricultural Policy": a capitalized post whose
    head is followed by "in" or "for" and the area it covers, in capitals ("and" between), as research services sign
    their reports."""
    k = next((n for n, w in enumerate(title) if w.lower() in heads), None)
    return k is not None and k <= 3 and k + 2 < len(title) <= k + 7 and title[k + 1] in ("in", "for") \
        and all(w[:1].isupper() for w in title[:k + 1]) \
        and all(w[:1].isupper() or w in ("and", "of", "&") for w in title[k + 2:]) and title[-1][:1].isupper()


def _labelled_post(line: str, heads) -> bool:
    """Whether the words after the first name of a labelled line ("For the Commission: Jane Doe, Deputy
    Director-General, DG TRADE") hold a title; not a headline with a colon ("After the Truce: Port Fees,
    Countermeasures and the November Cliff")."""
    after = line[line.index(":") + 1:]
    if "," not in after:
        return True
    post = after.split(",", 1)[1]
    return "(" in after.split(",", 1)[0] or any(w.lower() in heads or w.lower().split("-")[-1] in heads
                                               for w in re.findall(r"[\w-]+", post.split(",")[0]))


# "Priya Raghunathan -- President and Chief Executive Officer": an earnings call's participant, the name, a dash set
# off by spaces, then the post (or the analyst's firm)
PARTICIPANT_DASH = r" (?:--|-|\u2013|\u2014) "


# a name alone on its line, an honorific before it or not ("Delphine Rousseau-Mertens", "Ms Aisyah Rahman")
_LISTED_NAME_ALONE = re.compile(r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?[A-Z][\w'\u2019\u00c0-\u024f-]+"
                                r"(?: (?:[a-z]{1,3} )?[A-Z][\w'.\u2019\u00c0-\u024f-]+){1,3}")


def header_lists(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The header lines of their own ("Contacts", "Media contacts", "Authors") and the one-person lines under them
    ("Jane Doe, Partner, Brussels"), as character ranges: (headers, people's lines). The header names no body, and
    a people's line names one person, first."""
    headers, lines = [], []
    listing, listed, gap = 0, False, False  # lines still to read under the header, whether one was read, and
    # whether a blank line came after one
    for pos, line in lines_at(text):
        entry = re.match(r"\s*[A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|and|[a-z]{1,3}))"
                         r"{1,6}\s*(?:[,(]|" + PARTICIPANT_DASH + ")", line)
        if _PEOPLE_HEADER.fullmatch(line.strip()):
            headers.append((pos, pos + len(line)))
            listing, listed, gap = 8, False, False
        elif listing and not line.strip():
            gap = listed  # (the blank line after the header; one after an entry ends the list, unless another entry
            # follows it: "Witnesses" / "Mr. Jane Doe, Director, ..." / (blank) / "Ambassador John Roe, ...")
        elif listing and (entry or not listed and _LISTED_NAME_ALONE.fullmatch(line.strip())) \
                and not (gap and (line.rstrip().endswith(".") or len(line) > 160)):
            # (the first entry may be a name alone, its post on the lines under it: "Press contact:" / "Jörg
            # Hüttenrauch" / "Press spokesperson, IG Metall Executive Board")
            listing, listed, gap = listing - 1, True, False
            lines.append((pos, pos + len(line)))
        else:
            listing = 0
    return headers, lines


@once_per_doc("tradegraph_header_entries")
def _header_entry_ranges(doc: Doc) -> list[tuple[int, int]]:
    return header_lists(doc_text(doc))[1]


def header_entry_at(doc: Doc, i: int) -> bool:
    """Is token ``i`` on a one-person line under a people header ("PANELISTS:" / "Jane Doe, Senior Adviser,
    Economics Program, CSIS"), whose parts a comma sets off as in a list entry?"""
    at = doc[i].idx
    return any(start <= at < end for start, end in _header_entry_ranges(doc))


def people_list_lines(text: str, heads) -> list[tuple[int, int]]:
    """Character ranges of lines listing a briefing's people ("Authors: ...", "Chair: Jane Doe (S&D, IT)", a line
    of authors with no label, told by the title ``heads`` of the lexicon)."""
    _, ranges = header_lists(text)  # ("Contacts" / "Jane Doe, Partner, Brussels")
    under = {a for a, _ in ranges}
    for pos, line in lines_at(text):
        if pos in under:
            continue
        if _PEOPLE_LIST.match(line) or _NAMED_LABEL.match(line) and _labelled_post(line, heads) \
                or author_line(line, heads) is not None:
            ranges.append((pos, pos + len(line)))
        elif (m := TURN_LABEL.match(line)) and any(w.lower().rstrip(".") in heads for w in re.split(r"[\s:,-]+", m["post"])) \
                and bracketed_post(m["post"]):
            ranges.append((pos, pos + m.end("post") + 1))  # (a transcript's speaker and post, not what was said)
        elif (m := HANSARD_LABEL.match(line)) and m["post"] is not None \
                and any(w.lower().rstrip(".") in heads for w in re.split(r"[\s:,\u2014\u2013-]+", m["post"])):
            ranges.append((pos, pos + m.end("post") + 1))  # ("Mr WHITCOMBE (Shortland—Minister for Trade and ...)")
    return ranges


_TITLE_CASE_SMALL = frozenset({"a", "an", "the", "and", "or", "nor", "for", "of", "on", "in", "to", "at"})


def _signature_title(line: str, heads) -> bool:
    """Is the line a post alone, as under the name in a press release's signature ("Senior Information
    Officer"): one to five capitalized words ending in a title's head?"""
    words = line.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w in _TITLE_CASE_SMALL for w in words) \
        and words[-1].lower() in heads


# a line that is an honorific and a name only ("Ms Adaeze Okonkwo-Bello")
_HONORIFIC_NAME = re.compile(r"^\s*" + _LIST_HONORIFIC + r" [A-Z][\w'\u00c0-\u024f-]+"
                             r"(?: (?:[a-z]{1,3} )?[A-Z][\w'.\u00c0-\u024f-]+){1,3}\s*$")
# "Minister for Trade and Tourism, Senator the Hon Rhys Carmody", "the Hon Jane Doe MP": a release's line naming a
# minister it comes from, the name after "the Hon" ("the Rt Hon"; a line's bare "Hon", as New Zealand's releases
# open: "Hon Kahu Rangiwhetu" over "Minister for Oceans and Fisheries") closing the line; no headline
_HONOURABLE_LINE = re.compile(r"(?:^|, )(?:Senator )?(?:[Tt]he |(?<![^\n]))(?:Rt\.? )?Hon\.? [A-Z][\w'.\u00c0-\u024f-]+"
                              r"(?: [A-Z][\w'.\u00c0-\u024f-]+){1,3}(?: (?:MP|MLA|MHR|MPP|TD|MSP))?\s*$")


# a letter's complimentary close over the signature: "Sincerely,", "Yours faithfully,", "Best regards,"
_LETTER_CLOSING = re.compile(r"(?i)(?:yours )?(?:sincerely|faithfully|truly)(?: yours)?,?|(?:best |kind |warm |with )?"
                             r"regards,?|respectfully(?: yours| submitted)?,?|cordially,?")


def post_line_under(text: str, start: int, heads) -> tuple[int, int] | None:
    """The character range of the line under the name at character ``start``, when that name's line is a release's
    heading of a minister ("Senator the Hon Daniel Kourakis", "The Hon Madeleine Fraser MP": ``_HONOURABLE_LINE``),
    or a contact's name alone right under a people header ("Press contact:" / "Jörg Hüttenrauch" / "Press
    spokesperson, IG Metall Executive Board"),
    and the next line opens on a title's head ("Minister for Resources and Northern Australia"): the post; else
    None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        return None
    name_line = text[line_start:line_end].strip()
    header = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip()
    if not (_HONOURABLE_LINE.match(name_line) or (_PEOPLE_HEADER.fullmatch(header) or not header and line_start > 0
                                                  or _LETTER_CLOSING.fullmatch(header))
            and _LISTED_NAME_ALONE.fullmatch(name_line)):
        return None  # (or a contact's name alone under "Press contact:", the post under it; or a signature, a name
        # alone after a blank line with the post under it: a letter's "Jane Doe" / "Senior Lecturer, University of X")
    below = line_end + 1
    below_end = text.find("\n", below)
    below_end = len(text) if below_end < 0 else below_end
    words = text[below:below_end].split()
    k = 0
    while k < len(words) - 1 and words[k][:1].isupper() and words[k].lower().rstrip(",") not in heads and k < 2:
        k += 1  # ("Assistant Minister for Trade": a rank before the head; "Press spokesperson, IG Metall")
    return (below, below_end) if words and words[k].lower().rstrip(",") in heads and words[0][:1].isupper() else None


def headline_lines(text: str, heads) -> list[tuple[int, int]]:
    """Character ranges of lines written in Title Case (headlines, section heads).

    The model reads capitalized headline words as names ("Trump May
    Fast-Track"), so names there are trusted only when the body confirms them.
    Lists of people (labelled, or authors with their titles, told by the
    lexicon's title ``heads``) are read as text, not as headlines.
    """
    ranges = []
    numbered = list(lines_at(text))
    for n, (pos, line) in enumerate(numbered):
        words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line)]
        if n + 1 < len(numbered) and _signature_title(numbered[n + 1][1], heads) and _AUTHOR_NAME.match(line.strip()) \
                and not any(w.lower() in heads for w in line.split()):  # (not a headline: "Trade Ministers Meet")
            continue  # "Md. Jahid Hasan" over "Senior Information Officer": a press release's signature, a name
        if n >= 1 and _LABEL_LINE.match(numbered[n - 1][1]) and _HONORIFIC_NAME.match(line):
            continue  # "Members: Mr Tomás Ibarra" / "Ms Adaeze Okonkwo-Bello": the labelled list goes on, a name
        if _HONOURABLE_LINE.search(line):
            continue
        if signed_under_quotation(text, pos, heads):
            continue  # "Stelios Pitsillides, Minister of Finance of Cyprus" under a press release's statement
        if line.rstrip().endswith(":") and words and (
                words[-1].islower() or text[pos + len(line):].lstrip()[:1] in ('"', "\u201c")):
            continue  # "Trade Minister Sir Alistair Penhallow said:", "Comment from Jane Doe, Chief Executive of X:": a
            # release's line opening the quotation under it
        if len(words) >= 3 and not line.rstrip().endswith((".", ".\u201d", '."')) and not _PEOPLE_LIST.match(line) \
                and not (_NAMED_LABEL.match(line) and _labelled_post(line, heads)) and author_line(line, heads) is None \
                and not LIST_ITEM.match(line) and not _CREDIT_LINE.match(line):
            # (Title Case leaves its small words in lower case: "What the GSP Debate Means for Rice and Sugar"; not
            # a list's line of names and posts, whose items a semicolon parts)
            counted = [w for w in words if w.lower() not in _TITLE_CASE_SMALL]
            if not counted or ";" in line or "," in line or len(words) > 14 or not all(w[0].isupper() for w in counted):
                counted = words  # (only a short line in pure Title Case: not "Jane Doe is a Senior Fellow at ...")
            caps = sum(1 for w in counted if w[0].isupper())
            if caps / len(counted) >= 0.7:
                ranges.append((pos, pos + len(line)))
    return ranges


# "REUTERS/Jane Doe", "(AP Photo/Jane Doe)", "Photo: AFP/Jane Doe": a photo credit
_CREDIT = re.compile(r"(?:^\s*|\()(?:[A-Z]{2,}[A-Z&\- ]{0,28}(?: Photo)?|Photo: ?[A-Z][A-Za-z&. ]{1,30})/ ?"
                     r"[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+")


# "Chuo Sangyo Shimbun (Central Industry Daily), March 27. Translated from the Japanese.": the line naming the
# paper a translated story comes from, its name first, then a gloss or city in brackets, then the date
_SOURCE_LINE = re.compile(
    # (after a note in brackets: "[Unofficial translation from Khmer] Rasmei Kampuchea Daily, Friday, ..."; the
    # name in the paper's quotation marks: "Source: „Rzeczpospolita”, 18.02.2026")
    r"^(?P<note>\[[^\]]{0,40}[Tt]ranslat[^\]]{0,40}\] )?(?:Source: )?[\u201e\u201c\"]?"
    r"(?P<name>[A-Z][\w\u00c0-\u024f'\u2019.&-]*(?: [A-Za-z0-9\u00c0-\u024f][\w\u00c0-\u024f'\u2019.&-]*){0,5})"
    r"[\u201d\"]?(?: \((?P<gloss>[^)]{2,50})\))?(?:, | \| | (?=\d{1,2}\.\d{1,2}\.\d{4}\.? [Tt]ranslated))(?:[a-z]+ edition, )?"
    # "Dainik Bhaskar, New Delhi edition, 23 April 2026", "Al-Ahram (...), Cairo - translated from Arabic"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: edition)?(?:, | [-\u2013\u2014] ))?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} [A-Z][a-z]+"
    r"|\d{4}-\d\d-\d\d|\d{4}\.\d\d?\.\d\d?|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}|[Tt]ranslated from "
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \(\d{1,2}/\d{1,2}/\d{4}\))")  # "Thursday (14/5/2026)", Indonesian
# "[Translated from the Maeil Business Newspaper (...), Seoul, ...]", "[Translated from the Korean. Source: Amar
# Ujala (...), 20 February 2026]": a note in brackets crediting the paper, its name before a bracket or a comma
# (a number among the words: "Il Sole 24 Ore")
_NAME_WORDS = r"[A-Z][\w\u00c0-\u024f'\u2019.&-]*(?: (?:[A-Z][\w\u00c0-\u024f'\u2019.&-]*|\d{1,3}|de|del|do|da|di|la|el|of|the)){0,5}"


@lru_cache(maxsize=8)
def _credit_note(source_words: tuple[str, ...]) -> re.Pattern:
    """The credit note's pattern, "Source:" written in any of ``source_words``."""
    words = "|".join(re.escape(w) for w in source_words)
    # (or "[Translated from Polish. Originally published in Gazeta Przemysłowa, 18.03.2026 r.]")
    return re.compile(r"^(?:[\[(]?[Tt]ranslated from (?:the )?[A-Z][a-z]+\. (?P<first>" + _NAME_WORDS + r")(?=, )"
                      # ("Translated from the German. Rheinische Wirtschaftszeitung, 21 October 2025": the language,
                      # then the paper)
                      # "[Translated from the Indonesian-language daily Warta Niaga]": the paper after its language
                      # and what it is
                      r"|\[?Translated from (?:the )?[A-Z][a-z]+-language (?:[a-z]+ ){0,2}(?P<language>" + _NAME_WORDS
                      + r")(?=[\])]?\s*$|, [^,\])]{1,40}[\])]\s*$)"  # (the note ends the line: no prose after it)
                      # "(Translated from Thai; Prachachat Turakij Online)", "(Translated from Filipino | Pilipino
                      # Star Ngayon)": the language, a semicolon or a bar, then the paper, ending the note
                      r"|[\[(]?[Tt]ranslated from (?:the )?[A-Z][a-z]+(?:; | \| )(?P<separated>" + _NAME_WORDS
                      + r")(?=[\])]?\s*$)"
                      # "[Translated from Arabic – Asharq Al-Awsat, Riyadh, 3 December 2025]": a dash, then the
                      # paper, then the city and the date
                      r"|[\[(][Tt]ranslated from (?:the )?[A-Z][a-z]+ [-\u2013\u2014] (?P<dashed>" + _NAME_WORDS
                      + r")(?=, |[\])]\s*$)"
                      # ("(Translated from Prachachat Turakij)", "Translated from Charente Libre | By X")
                      r"|[\[(]?Translated from (?:the )?(?P<name>" + _NAME_WORDS + r")(?= \(|, |[\])]\s*$| \| )"
                      # "Krungthep Turakij (translated from Thai)": the paper, then the note in brackets
                      r"|(?P<noted>" + _NAME_WORDS + r") \([Tt]ranslated from (?:the )?[A-Z][a-z]+\)\s*$"
                      # ("Source: Yicai  Author: X": the paper's name before two spaces or the line's end)
                      r"|[^\]]*?(?<!\w)(?:" + words + r"): (?:the )?(?P<other>" + _NAME_WORDS + r")(?= \(|, |  |\s*$)"
                      r"|[\[(][Tt]ranslated[^\])]*?(?<!\w)(?:[Oo]riginally |[Ff]irst )?published in (?:the )?"
                      r"(?P<published>" + _NAME_WORDS + r")(?<!\.)(?=, |\.?[\])]\s*$)"
                      # "(Translated from the Russian. Kommersant, September 18, 2025)": the paper after the language
                      r"|[\[(][Tt]ranslated from (?:the )?[A-Z][a-z]+\. (?P<after>" + _NAME_WORDS + r")(?=, ))")


# a line of its own with the city a story is filed from and the paper that filed it: "Riyadh - Asharq Al-Awsat"
# (two to four capitalized words after the dash; a hyphen or an apostrophe inside them)
_PLACE_THEN_PAPER = re.compile(r"^[ \t]*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]+[-\u2013\u2014][ \t]+"
                               r"(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,3})[ \t]*$")


# what a source line may say of the story besides "translated from": "English rendering", "English translation"
# small words a paper's name may hold ("Diario de Noticias", "The Voice of the People", "Tuoi Tre")
_NAME_SMALL = frozenset({"de", "del", "da", "do", "dos", "das", "la", "le", "el", "al", "di", "du", "des", "van", "von",
                         "der", "den", "of", "the", "and", "i", "e", "y", "och", "og", "und", "et", "a", "na", "ng"})
_RENDERED = re.compile(r"\b(?:translated from|translation from|english rendering|english translation|english version)\b",
                       re.I)


def credit_note_lines(text: str, source_words: tuple[str, ...] = ("Source",)) -> list[tuple[int, int]]:
    """The lines of a story's first few that credit its source paper ("[Vertaald uit het Nederlands. Bron: Het
    Parool (HP), dinsdag 12 mei 2026]"), as character ranges: their other words name nobody."""
    out = []
    note = _credit_note(source_words)
    for n, (pos, line) in enumerate(lines_at(text)):
        found = note.match(line) if n <= 8 else None
        if found is None:
            continue
        # ("Translated from Russian (Kommersant): The head of the Federal Customs Service, X, stated ...": the note
        # ends at its colon, and the story runs on after it on the same line)
        colon = line.find(": ", found.start())
        if 0 <= colon < 80 and len(line) - colon > 40 and line[colon + 2:colon + 3].isupper():
            out.append((pos, pos + colon + 1))
        else:
            out.append((pos, pos + len(line)))
    return out


def source_lines(text: str, medium_words: frozenset[str], source_words: tuple[str, ...] = ("Source",),
                 place=lambda name: None, heads=frozenset()) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """The outlet's name on the line that credits a translated story's source paper ("Seoul Sanop Ilbo (Seoul
    Industry Daily), August 20, 2026. Translated from the Korean.", "Maeil Business Newspaper (...) | Translated
    from Korean | 2026.03.25"), as a character range, with the range of its English name in brackets when that
    gloss names a medium ("Daily", "Times"), else None. The line says it is translated (or an English
    rendering), or its name or gloss names a medium; or it is the city a story is filed from and the paper, alone
    on a line ("Riyadh - Asharq Al-Awsat"; no title's ``heads`` among the paper's words). Only the first lines of a
    story."""
    out = []
    for n, (pos, line) in enumerate(lines_at(text)):
        if n > 8:
            break
        placed = _PLACE_THEN_PAPER.match(line)
        if placed and place(placed.group("place")) and not place(placed.group("name")) \
                and not any(w.lower() in heads for w in placed.group("name").split()):  # (not "Berlin - Economy
            # Minister": a post, whatever follows)
            # "Riyadh - Asharq Al-Awsat" alone on a line: the city the story is filed from, then the paper
            out.append(((pos + placed.start("name"), pos + placed.end("name")), None))
            continue
        note = _credit_note(source_words).match(line)
        if note:
            group = next(g for g in ("first", "language", "separated", "dashed", "name", "noted", "other", "published",
                                     "after") if note.group(g))
            name = note.group(group)
            if group in ("after", "first") and (name.endswith("ed") or place(name)):
                continue  # (a dateline after the language, not a paper: "Moscow, ...", "Updated, ...")
            if group in ("first", "language", "separated", "dashed", "noted", "other", "published", "after") \
                    or len(name.split()) > 1 or "." in name or name.lower() in medium_words:
                # (not "Translated from Spanish,"; after "Source:" a paper of one word too: "L'Economiste")
                out.append(((pos + note.start(group), pos + note.end(group)), None))
                continue
        found = _SOURCE_LINE.match(line)
        if found and any(w.islower() and w not in _NAME_SMALL and w in STOP_WORDS for w in found.group("name").split()):
            found = None  # ("Statement by Trade Minister X 3.4.2026, translated from ...": no paper's name; but
            # "Dagens industri", a word of its own language)
        if found and not found.group("name").isupper() \
                and found.group("name").split()[0].lower() not in ("this", "our", "the"):  # ("This newspaper, Beijing")
            medium = any(w.lower() in medium_words for w in re.findall(r"[A-Za-z]+", found.group("gloss") or ""))
            own = any(w.lower() in medium_words for w in found.group("name").split())  # "Maeil Business Newspaper"
            if medium or own or _RENDERED.search(line) and not found.group("note"):
                # (after a note in brackets only a paper its name or gloss calls one: "Rasmei Kampuchea Daily")
                gloss = (pos + found.start("gloss"), pos + found.end("gloss")) if medium else None
                out.append(((pos + found.start("name"), pos + found.end("name")), gloss))
    return out


def from_country_after(lexicon: Lexicon, doc: Doc, k: int) -> int | None:
    """Where "of <country>" starting at token ``k`` ends, when punctuation follows it ("Sigrid Holm of Norway,",
    "Ambassador Einar Solvik of Norway, who chairs ..."): a name and where its bearer is from; else None."""
    if k + 2 < len(doc) and doc[k].lower_ == "of" and lexicon.country_of(doc[k + 1].text) and doc[k + 2].is_punct:
        return k + 2
    return None


def translating_brackets(doc: Doc, opening: int, close: int | None) -> bool:
    """Do the brackets opened at token ``opening`` (closed at ``close``, when found) translate the name before
    them? They start with "the" ("(the Ministry of Economy, Trade and Industry, METI)") or end with a short form
    of three or more capitals after a comma ("(China Chamber of Commerce for ..., CCCME)"; not a member's
    country: "(Renew, BE)")."""
    return doc[opening + 1].lower_ == "the" or (
        close is not None and doc[close - 2].text == "," and doc[close - 1].is_upper and doc[close - 1].is_alpha
        and len(doc[close - 1].text) >= 3)


def caption_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo captions and credits ("AGENCY/Photographer
    Prime Minister ... speaks in ..."): lines that carry a photo credit are
    not sentences of the story, and the people they name are not found there."""
    ranges = []
    for pos, line in lines_at(text):
        if _CREDIT.search(line[:80]) and len(line) < 400:
            ranges.append((pos, pos + len(line)))
    return ranges


def signature_lines(text: str, heads) -> list[tuple[int, int]]:
    """Character ranges of the names that sign a letter or an op-ed: a name alone on its line after a blank line,
    its post on the line under it ("Pieter-Jan Claessens" / "Professor of International Economic Law, KU Leuven"),
    or a byline's name alone over its e-mail address ("Andrea Chaverri Solís" / "andrea.c@nacion.com"). Such a
    line is no headline, whatever its capitals."""
    found, at = [], 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        start, at = at, at + len(line) + 1
        name = line.strip()
        mailed = n + 1 < len(lines) and _EMAIL_LINE.fullmatch(lines[n + 1].strip()) is not None
        if not name or not _LISTED_NAME_ALONE.fullmatch(name) or not mailed and (
                start == 0 or post_line_under(text, start + line.index(name), heads) is None):
            continue
        found.append((start + line.index(name), start + line.index(name) + len(name)))
    return found


def byline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of byline lines ("By Jane Doe"): their names wrote the
    story and are not people in it."""
    ranges = []
    lines = list(lines_at(text))
    for n, (pos, line) in enumerate(lines):
        if _BYLINE.match(line) and len(line) < 160 and not _CREDIT_LINE.match(line):
            ranges.append((pos, pos + len(line)))
        elif n + 1 < len(lines) and _EMAIL_LINE.fullmatch(lines[n + 1][1].strip()) \
                and _LISTED_NAME_ALONE.fullmatch(line.strip()):
            ranges.append((pos, pos + len(line)))  # ("Andrea Chaverri Solís" over "andrea.chaverri@nacion.com")
    return ranges




_AUTHOR_NOTES_KEY = "tradegraph_author_notes"


@once_per_doc(_AUTHOR_NOTES_KEY)
def author_notes(doc: Doc) -> list[int]:
    """Where the post starts in each note on the byline's author ("The author is
    a fellow at the Polish Institute of International Affairs"): the author of
    such a piece is a person in it, with that post. Found once per article
    (people and roles both ask)."""
    starts = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space][:3]
        if len(words) == 3 and words[0].lower_ in ("the", "this") and words[1].lower_ in ("author", "writer") \
                and words[2].lower_ in ("is", "was"):
            starts.append(words[2].i + 1)
    return starts


_NAME_QUOTES = frozenset({'"', "\u201c", "\u201d"})


@once_per_doc("tradegraph_cued_honorifics")
def honorifics_written(lexicon: Lexicon, doc: Doc) -> frozenset[str]:
    """The honorifics of ``cued_honorifics`` the story writes as such, told by one of their cue words ("Kibur Ato
    Tesfaye", "Weyzero Hirut", "Ethiopia" for "Ato"; "Poland" for "Pan"): before a name each is "Mr" there, not a
    name of its own. Found once per article, in one pass (people, bodies and titles all ask)."""
    words = {t.text for t in doc}
    return frozenset(word for word, cues in lexicon.cued_honorifics.items() if not words.isdisjoint(cues))


def _surname_given_elsewhere(lexicon: Lexicon, doc: Doc, at: int) -> bool:
    """Does the story write the surname at token ``at`` elsewhere right after a given name ("Piotr Ostrowski" for
    "Pan Ostrowski"): a capitalized word of a person's name the model read, not an honorific, a title or a
    surname the name-order table puts first ("Liu Jiang" gives no "Jiang" surname)?"""
    for t in doc:
        if t.i == at or t.text != doc[at].text or t.i < 1 or t.ent_type_ != "PERSON":
            continue
        given = doc[t.i - 1]
        if given.is_title and given.is_alpha and given.ent_type_ == "PERSON" and given.text != doc[at - 1].text \
                and given.lower_ not in lexicon.heads and given.text not in lexicon.cued_honorifics \
                and not lexicon.name_order.surname_first([given.text, t.text]):
            return True
    return False


@once_per_doc("tradegraph_french_honorifics")
def writes_initial_honorifics(lexicon: Lexicon, doc: Doc) -> bool:
    """Does the story write honorifics the French way ("Mme Bennani-Tazi"), so that
    its "M." before a full name is "Monsieur" rather than a given name's initial?"""
    return any(t.text in lexicon.initial_honorific_cues for t in doc)


_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")


def body_number(doc: Doc, i: int) -> bool:
    """Is token ``i`` a Roman numeral ("VI" of "Commission VI", Indonesia's parliamentary commissions)? After a
    body's word it numbers the body, and opens no name."""
    return _ROMAN_NUMERAL.fullmatch(doc[i].text) is not None


class NameCandidates:
    """Finds the spans that could name a person, cleaned to the name itself."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.honorifics = lexicon.honorific_words
        self.honorific_pairs = lexicon.honorific_pairs

    # ---- token tests -----------------------------------------------------
    def is_title_word(self, word: str) -> bool:
        """Whether a word belongs to a title ("minister", "vice", "trade"), so it is
        trimmed off a name rather than taken as part of it."""
        w = word.lower()
        return w in self.lex.heads or w in self.lex.domain_words or (w in self.lex.modifiers and w not in self.lex.name_particles)

    def namelike(self, tok, in_name: bool = False) -> bool:
        """Could this token be part of a person's name? Inside a longer name
        the model tagged, pronoun-like words are allowed ("He Lifeng", "Liu He")."""
        text = tok.text
        if tok.like_num or any(ch.isdigit() for ch in text) or not text[:1].isalpha():
            return False
        if not text[0].isupper():
            return False
        if tok.is_sent_start and tok.tag_ == "VBG":
            return False  # "Reacting, the minister's spokesperson said"
        low = text.lower()
        if low in self.lex.institution_words:
            return False
        if in_name and low in self.lex.pronoun_names and (tok.ent_type_ == "PERSON" or self._in_surname_first(tok)):
            return True
        return low not in self.lex.not_names

    def _lettered_after(self, doc: Doc, ent) -> bool:
        """"Gareth Pellow MP", "Ravi Menon KC": two or three capitalized words followed by a post-nominal's letters
        (names.yaml ``post_nominals``, not ``degree_letters``), inside the span or right after it, no article before
        them, and nothing of a body's, a place's or a party's about them (not "Labour MP", "Green Party MEP", "The
        Forza Italia MEP", "a Johns Hopkins MBA")."""
        end = ent.end
        letters = self.lex.post_nominals - self.lex.degree_letters  # (not "a Carnegie Mellon PhD": a school's degree)
        while end - ent.start > 2 and doc[end - 1].text in letters:
            end -= 1
        lettered = end < ent.end or end < len(doc) and doc[end].text in letters
        words = doc[ent.start:end]
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an", "this", "that"):
            return False  # ("The Forza Italia MEP said": a party's member, no name)
        return lettered and not ent[0].ent_id_ and 2 <= len(words) <= 3 \
            and all(t.is_title and t.is_alpha and self.namelike(t, in_name=True) for t in words) \
            and not any(self.lex.is_org_head(t.lower_) or self.lex.kind_of(t.text) or self.lex.country_of(t.text)
                        or t.text in self.lex.parties or t.lower_ in self.lex.heads for t in words)

    def _lone_org_surname(self, doc: Doc, k: int) -> bool:
        """"Deputy Economy Minister Elnur" + "Mammadov" (read as a body): one capitalized word the model alone took
        for an organization, right after a given name, with nothing of a body's about it, is the surname."""
        tok = doc[k]
        # (a hyphenated surname too: "MEP Lukas" + "Hofbauer-Stiegl")
        after = k + 3 if k + 2 < len(doc) and _joins_hyphenated(doc, k + 1) and doc[k + 2].is_title \
            and doc[k + 1].ent_iob_ == doc[k + 2].ent_iob_ == "I" else k + 1
        return tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and not (after < len(doc) and doc[after].ent_iob_ == "I") \
            and not tok.ent_id_ and tok.is_title and tok.is_alpha and not self.lex.is_org_head(tok.lower_) \
            and not self.lex.kind_of(tok.text) and doc[k - 1].is_title and doc[k - 1].ent_type_ in ("", "PERSON") \
            and not (k + 1 < len(doc) and doc[k + 1].is_title)

    def _past_portfolio(self, doc: Doc, j: int, short_forms: set[str] = frozenset(), lower: bool = False) -> int:
        """After "Minister" in "Minister of Industry, Trade and Investment Halima
        Sadiq": where the name starts, past the capitalized portfolio (policy
        domains joined by commas and "and") or a short form the story defined
        ("Chairman of KoCham Yoo Jae-min"), which the model often reads as one
        organization with the name."""
        if j + 2 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].text in short_forms:
            return j + 2
        area = area_after(self.lex, doc, j - 1) if j >= 1 else None
        if area and area[1] < len(doc) and doc[area[1]].lower_ == "for":
            # "Secretary of State for Economy, ...": a second one (running on into a name the model did not read:
            # "Minister of State for Commerce and Industry Kavita Raghunathan", the name after its portfolio words,
            # read below; where the model read one, "... for Economic Growth Jacob Helberg", it stands)
            second = area_after(self.lex, doc, area[1] - 1)
            area = second or (None if not any(t.ent_type_ == "PERSON" for t in doc[area[1]:area[1] + 8]) else area)
        if area:
            return area[1]  # "Director-General for North American Trade Policy, ...": no name in the area
        if j + 2 < len(doc) and doc[j].lower_ == "for" and doc[j - 1].is_title:
            k = self._past_region(doc, j + 1)
            if k < len(doc) and (self._portfolio_word(doc[k]) or doc[k].lower_ in self.lex.heads):
                k = j + 1  # ("Deputy Minister for European Affairs X": the region opens a portfolio, read above)
            if k > j + 1 and k + 1 < len(doc) and doc[k].is_title and doc[k].is_alpha and doc[k + 1].is_title \
                    and not self._in_place_name(doc, k) or k > j + 1 and k + 1 < len(doc) and doc[k].is_title \
                    and doc[k].ent_type_ in ("LOC", "GPE") and doc[k].ent_iob_ == "I" and doc[k + 1].is_title \
                    and not self.lex.place_country(doc[k].text) and not self.lex.country_of(doc[k].text):
                return k  # "Assistant US Trade Representative for South and Central Asia Garrett Hollis": the
                # region the post covers, then the name (which the model may read into the region's)
        if j + 3 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ == "the" and doc[j + 2].is_title \
                and doc[j + 2].lower_ in self.lex.board_words and doc[j + 3].is_title and doc[j + 3].lower_ != "of":
            return j + 3  # "Chairman of the Board Ahmet Ocaklı": the board the post chairs, then the name
        if j + 2 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].is_title and doc[j + 1].lower_ in self.lex.unit_words \
                and doc[j + 2].lower_ != "of":
            return j + 2  # "Head of Unit Ortega Vidal", "Head of Division Kim": the post's own words
        if j + 2 < len(doc) and doc[j].lower_ in ("of", "for") and doc[j + 1].text == "National" \
                and self._portfolio_word(doc[j + 2]):
            j += 1  # "Deputy Minister of National Defence Dimitrios Karamanolis"
            if not doc[j + 1].is_title:
                return j - 1
            k = j + 1
        elif j + 1 >= len(doc) or doc[j].lower_ not in ("of", "for") or not self._portfolio_word(doc[j + 1]):
            return j
        else:
            k = j + 1
        while k < len(doc) and (
                ((doc[k].is_title or (lower and doc[k].is_lower)) and self._portfolio_word(doc[k]))
                # "Under Secretary of Commerce for Industry and Security Caroline Ashby": a second portfolio
                or (doc[k].lower_ in ("and", ",", "for", "of") and k + 1 < len(doc) and self._portfolio_word(doc[k + 1])
                    and (doc[k + 1].is_title or lower))
                or (doc[k].lower_ in ("and", "for", "of") and k + 2 < len(doc) and doc[k + 1].lower_ == "the"
                    and self._portfolio_word(doc[k + 2]) and (doc[k + 2].is_title or lower))
                # "for Southeast Asia and the Pacific"
                or (doc[k].lower_ == "the" and doc[k - 1].lower_ in ("and", "for", "of") and k + 1 < len(doc)
                    and self._portfolio_word(doc[k + 1]) and (doc[k + 1].is_title or lower))
                # "for Investment and Trade Facilitation Aisha Bello": an abstract noun closing the area, no name
                or (k > j + 1 and doc[k].is_title and doc[k].is_alpha and _ABSTRACT_NOUN.search(doc[k].lower_)
                    and self._portfolio_word(doc[k - 1]))):
            k += 1
        m = k
        while k > j + 1 and m < len(doc) and m - k < 3 and doc[m].is_title and doc[m].is_alpha:
            m += 1
        if m > k and m < len(doc) and self._portfolio_word(doc[m - 1]) and doc[m].text in (",", ";", ")", "("):
            return m  # "Head of International Data Policy, Department for ...": the area closes on its own word
        if k > j + 1 and k + 1 < len(doc) and doc[k].is_title and doc[k].lower_ in self.lex.area_closing_words \
                and doc[k + 1].text in (",", ";", ")"):
            return k + 1  # "Professor of International Trade Law, University of ...": the field closes the area
        return k

    def _name_end_read_as_place(self, doc: Doc, j: int, k: int) -> bool:
        """Is token ``k`` in two capitalized words the model read as a place, which no lexicon places, right after
        one or two words of a name from ``j`` the model read as nothing or a person ("Lok Sabha Speaker Om" +
        "Prakash Vyas")? They close the name."""
        ent = next((e for e in doc.ents if e.start <= k < e.end), None)
        return ent is not None and ent.label_ in ("GPE", "LOC") and len(ent) == 2 and j < ent.start <= j + 2 \
            and all(t.is_title and t.is_alpha for t in ent) and not self.lex.place_country(ent.text) \
            and not any(self.lex.country_of(t.text) or self.lex.place_country(t.text) for t in ent) \
            and all(doc[m].ent_type_ in ("", "PERSON") and self.namelike(doc[m]) for m in range(j, ent.start))

    def _past_region(self, doc: Doc, k: int) -> int:
        """Past the countries and regions of the world from token ``k`` ("Japan", "South and Central Asia", "the
        Western Hemisphere", "Southeast Asia and the Pacific"): a post's area of the map; ``k`` when none."""
        start = k
        while k < len(doc) and k - start < 8:
            two = doc[k:k + 2].text if k + 1 < len(doc) else ""
            if two and (self.lex.country_of(two) or self.lex.place_country(two)):
                k += 2
            elif doc[k].is_title and (self.lex.country_of(doc[k].text) or doc[k].text in self.lex.region_names
                                      or doc[k].text in self.lex.compass_names
                                      or doc[k].text in self.lex.world_regions):
                k += 1
            elif doc[k].lower_ in ("and", "the") and k > start or doc[k].lower_ == "the" and k == start:
                k += 1
            else:
                break
        while k > start and doc[k - 1].lower_ in ("and", "the"):
            k -= 1
        return k

    def _past_rank(self, doc: Doc, j: int) -> int:
        """Past the words of rank after a head in capitals ("Ambassador" + "Extraordinary and Plenipotentiary"),
        when "of" or "to" follows them; else ``j``."""
        k = j
        while k < len(doc) and (doc[k].is_title and doc[k].lower_ in self.lex.modifiers
                                and doc[k].lower_ not in ("of", "the", "for", "and", "at")
                                or doc[k].lower_ == "and" and k > j):
            k += 1
        return k if k > j + 1 and k < len(doc) and doc[k].lower_ in ("of", "to") else j

    def _past_country(self, doc: Doc, j: int) -> int:
        """Past "of"/"to" and a country at token ``j`` when a capitalized word follows ("of the Republic of Poland
        Tomasz Nowak"); else ``j``."""
        c = j + 1 + (doc[j + 1].lower_ == "the")
        e = c
        while e < len(doc) and doc[e].ent_type_ == "GPE" and (e == c or doc[e].ent_iob_ == "I" or doc[e - 1].lower_ == "of"):
            e += 1  # (the model may read "the Republic of" and "Poland" as two places)
        return e if e > c and e < len(doc) and (doc[e].is_title or doc[e].lower_ == "to" and doc[j].lower_ == "of") \
            and self.lex.country_of(doc[c:e].text) else j

    def _full_name_at(self, doc: Doc, k: int) -> bool:
        """Do two or three capitalized words from token ``k``, none a body's, a title's or a kind of body's word,
        end the capitals there, as a given name and a surname after a post's country do ("President of Mexico" +
        "Carmen Valdivia said")? Not "the Vietnam" + "Textile and Apparel Association", nor "Korea" + "Zinc", a body
        named with its country."""
        end = k
        while end < len(doc) and end - k < 4 and doc[end].is_title and doc[end].is_alpha:
            if self.lex.is_org_head(doc[end].lower_) or self.lex.kind_of(doc[end].text) \
                    or self.lex.is_firm_name_ending(doc[end].text) or self.is_title_word(doc[end].text):
                return False
            end += 1
        return 2 <= end - k <= 3 and (end == len(doc) or doc[end].lower_ not in ("and", "&", "of"))

    def _portfolio_word(self, tok) -> bool:
        """A word of a minister's portfolio ("Minister for Foreign Trade and
        Development", "Vice-Minister for International Affairs"): a policy
        domain, or a word that only ever qualifies one (``portfolio_words``); here, where a name starts, a firm's area
        too ("Deputy Chief Executive Officer for International Marketing Abdullah Al-Ajmi": ``firm_area_words``)."""
        return tok.lower_ in self.lex.domain_words or tok.lower_ in self.lex.portfolio_words \
            or tok.lower_ in self.lex.firm_area_words

    def _surname_head(self, doc: Doc, start: int, k: int) -> bool:
        """Is the title word at token ``k`` a surname (names.yaml ``surname_heads``: "Madeleine King"), right after a
        given name that no title word opens, and closing the name (no capitalized word after it)?"""
        return doc[k].text in self.lex.surname_heads and k - 1 >= start and doc[k - 1].is_title \
            and not self.is_title_word(doc[k - 1].text) \
            and not (k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].is_alpha)

    def _title_after_name(self, word: str) -> bool:
        """A head or policy domain ("Secretary", "Commerce") closing a span is a
        title written after the name, never its last word."""
        return word in self.lex.heads or word in self.lex.domain_words

    def _capitals_surname(self, doc: Doc, k: int, short_forms) -> bool:
        """Is token ``k`` a surname written in capitals ("TANIGUCHI"), not an acronym, a body's short form, a
        country, a title or a word of a headline in capitals, on the line of the name after it?"""
        tok = doc[k]
        # (after a line's label, a title or an honorific only: "Director: TANIGUCHI Rie", "Director TANIGUCHI Rie";
        # not "the data from MPOB Ahmad", "Under the rules, EXIM Sarah must ...")
        before = doc[k - 1] if k > 0 else None
        if before is None or not (before.text == ":" or before.lower_ in self.lex.heads
                                  or before.text.lower().rstrip(".") in self.honorifics):
            return False
        return tok.is_upper and tok.is_alpha and len(tok.text) >= 3 and not tok.ent_id_ \
            and tok.ent_type_ in ("", "PERSON") and "\n" not in tok.whitespace_ \
            and tok.text not in short_forms and not self.lex.country_of(tok.text) \
            and tok.lower_ not in self.lex.heads and tok.lower_ not in self.lex.not_names \
            and not self.lex.org_named(tok.text) and not (k > 0 and doc[k - 1].is_upper and doc[k - 1].is_alpha) \
            and any(c in "AEIOUY" for c in tok.text)

    def _named_after_titles_body(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"the analyst of the Buenos Aires Grain Exchange Agustina Ferrando estimated", "President and Chief
        Executive Officer of EXIM Bank Ayesha Rehman Qazi, who ...": translated press names the holder right after
        the body a title's "of" names, and the model reads it all as one body (or as nothing). Two or three
        capitalized words after the body's last organization word (no place, known body, title or organization word
        among them), closed by a comma, a bracket or a verb, are the holder's name."""
        found = []
        for of in doc[1:-3]:
            if of.lower_ != "of" or not self._post_part_before(doc, of.i):
                continue
            k = of.i - 1
            while k > 0 and of.i - k < 7 and (doc[k - 1].lower_ in self.lex.heads or doc[k - 1].lower_ in ("and", "the")
                                              or doc[k - 1].is_alpha and doc[k - 1].ent_type_ != "PERSON"
                                              and (doc[k - 1].is_title or doc[k - 1].is_lower
                                                   and doc[k - 1].pos_ in ("ADJ", "NOUN", "DET", "CCONJ"))):
                k -= 1
            if k >= 2 and doc[k - 1].text == "," and (doc[k - 2].ent_type_ == "PERSON" or doc[k - 2].is_title
                                                     and doc[k - 2].ent_type_ not in ("DATE", "TIME", "GPE", "LOC")):
                continue  # ("Kim Dong-wook, president of LG Energy Solution Wrocław, said": the holder named before)
            start = end = of.i + 1 + (doc[of.i + 1].lower_ == "the")
            while end < len(doc) and end - start < 9 and (doc[end].is_title or doc[end].is_upper
                                                          or camel_case_name(doc[end].text)) and doc[end].is_alpha:
                end += 1
            if end < len(doc) and end > start and doc[end].lower_ == "of" and self.lex.is_org_head(doc[end - 1].lower_):
                # "Governor of the Bank of Japan Haruto Ueno said": the body's country, then the holder's name
                c = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
                past = next((c + n for n in (2, 1) if c + n <= len(doc) and self.lex.country_of(doc[c:c + n].text)), end)
                stop = past
                while stop < len(doc) and stop - past < 3 and doc[stop].is_title and doc[stop].is_alpha:
                    stop += 1
                if past > end and self._full_name_at(doc, past) and stop < len(doc) \
                        and (doc[stop].text == "," or doc[stop].pos_ in ("VERB", "AUX")):
                    span = self.clean(doc, past, stop)
                    if span:
                        found.append((*span, "after body"))
                continue
            head = max((h for h in range(start, end - 2) if self.lex.is_org_head(doc[h].lower_) and doc[h].is_title),
                       default=None)
            own_words = head is None and end - start in (3, 4) and end < len(doc) and all(
                body_word_of_its_own(self.lex, doc[h]) and doc[h].ent_type_ != "PERSON" for h in range(start, end - 2))
            if own_words:
                head = end - 3  # "Head of Rosstat Irina Volkova said", "Chairman of Gazprom Neft Alexei Ivanov":
                # a body of one or two words of its own, then the holder's given name and surname
            if head is not None and head + 3 < end and camel_case_name(doc[head + 1].text):
                head += 1  # ("the Trade Policy Development Center QazTrade Aidar Temirkhanov": the body's brand closing it)
            if head is None or not 2 <= end - head - 1 <= 3 or end >= len(doc) or head == start and not own_words:
                continue  # (a body named by its word and its own words, "Bank Simpanan Nasional", "Bank Ochrony
                # Środowiska": the organization's word must close a name of its own first)
            name = doc[head + 1:end]
            after = doc[end]
            if after.text == "," and end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON":
                continue  # ("The general manager of Cosco Shipping Ports Chancay, Liu Jianguo, ...": named after it)
            # (or the sentence's end, after a given name and a surname: "... and Director General of Georgian Railway
            # Levan Tsertsvadze.")
            closed = after.text == "," or after.pos_ in ("VERB", "AUX") \
                or after.text == "." and self._full_name_at(doc, name.start)
            if not closed or any(
                    not t.is_title or t.ent_id_ or self.lex.is_org_head(t.lower_)
                    or t.lower_ in self.lex.heads or self.lex.is_portfolio(t.lower_) or self.lex.country_of(t.text)
                    or self.lex.place_country(t.text) or self.lex.kind_of(t.text) or t.ent_type_ in ("NORP", "DATE")
                    or t.ent_type_ == "GPE" and t.i == name.start  # (a surname the model read as a place: "Toledo")
                    for t in name):
                continue
            span = self.clean(doc, name.start, name.end)
            if span:
                found.append((*span, "after body"))
        return found

    def _named_after_known_body(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"Chairman of the Committee on Budget and Economic Reforms of the Legislative Chamber of the Oliy Majlis
        Farrukh Tojiboev.": translated press names the holder right after the body a chain of posts and bodies ends
        on. After a body the lexicon knows by its full name (after "of" or "at", a title's head in capitals earlier
        in the sentence), two or three capitalized name-like words the model left untagged, closed by a comma, a
        full stop, a bracket or a verb."""
        found = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or not ent[0].ent_id_ or len(ent) < 2 or ent.end + 2 >= len(doc) \
                    or ent.start < 2 or doc[ent.start - 1 - (doc[ent.start - 1].lower_ == "the")].lower_ not in ("of", "at"):
                continue
            sent_start = doc[ent.start].sent.start
            if not any(doc[k].is_title and doc[k].lower_ in self.lex.heads for k in range(max(sent_start, ent.start - 16),
                                                                                            ent.start)):
                continue
            k = ent.end
            while k < len(doc) and k - ent.end < 3 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_ \
                    and self.namelike(doc[k], in_name=True) and not self.is_title_word(doc[k].text) \
                    and not self.lex.is_org_head(doc[k].lower_) and not self._known_place(doc[k].text):
                k += 1
            if k - ent.end < 2 or k >= len(doc) or not (doc[k].text in (",", ".", "(") or doc[k].pos_ in ("VERB", "AUX")):
                continue
            span = self.clean(doc, ent.end, k)
            if span:
                found.append((*span, "after body"))
        return found

    def _post_part_before(self, doc: Doc, of: int) -> bool:
        """Does the post end right before token ``of``: on its head ("Chairman of"), on "General" after its head
        ("Director General of", ``post_head_before``), or on the board it sits on ("Chairman of the Board of",
        "Member of the Management Board of")?"""
        if post_head_before(self.lex, doc, of):
            return True
        before = doc[of - 1]
        k = of - 1
        while k > 0 and of - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha:
            k -= 1  # (the board's words: "the Management Board")
        return before.is_title and before.lower_ in ("board", "council", "directors") and k >= 3 \
            and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "of" and doc[k - 3].lower_ in self.lex.heads \
            and not any(self.lex.is_org_head(t.lower_) for t in doc[k:of - 1])

    def _named_after_body_of_post(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"the Secretary of State at the Ministry of Development and Technology Tomasz Wierzbicki", "Member of the
        Economic Committee of the Chamber of Deputies Markéta Veselá (ANO)": translated press names the holder right
        after the body a title is at or of, and the model reads the name into the body's. After "at"/"of" and the
        title's head a few words before: a body's word in capitals (up to two words of its own before it), "of",
        "for" or "on", then capitalized portfolios, bodies' words or members' heads joined by "and", commas, "of"
        and "the"; then two or three capitalized name-like words (no portfolio's, body's, title's or country's word)
        closed by a comma, a full stop, a bracket or a verb: the holder's name."""
        found = []
        for at in doc[1:-4]:
            if at.lower_ not in ("at", "of") or not any(doc[k].lower_ in self.lex.heads
                                                         for k in range(max(0, at.i - 4), at.i)):
                continue
            k = at.i + 1 + (doc[at.i + 1].lower_ == "the")
            opened = k
            while k < len(doc) and k - opened < 2 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_ \
                    and not (doc[k].lower_ in self.lex.ministers_bodies or self.lex.is_org_head(doc[k].lower_)):
                k += 1  # ("the Economic Committee of ...": the body's own words before its word)
            if k + 3 >= len(doc) or not (doc[k].is_title and (doc[k].lower_ in self.lex.ministers_bodies
                                                              or self.lex.is_org_head(doc[k].lower_))) \
                    or doc[k + 1].lower_ not in ("of", "for", "on"):
                continue
            k += 2 + (doc[k + 2].lower_ == "the")
            portfolios = 0  # (or the chamber a committee is of: "Member of the Economic Committee of the Chamber of
            # Deputies Markéta Veselá (ANO)")
            while k < len(doc) and (doc[k].is_title and (self.lex.is_portfolio(doc[k].lower_)
                                                         or self.lex.is_org_head(doc[k].lower_)
                                                         or self.lex.head_spec(doc[k].lower_) is not None
                                                         or doc[k].lower_ in self.lex.seat_heads)
                                    or doc[k].lower_ in ("and", "&", ",") and portfolios
                                    or doc[k].lower_ in ("of", "the") and portfolios and k + 1 < len(doc)
                                    and (doc[k + 1].is_title or doc[k + 1].lower_ == "the")):
                portfolios += doc[k].is_title
                k += 1
            if not portfolios or doc[k - 1].lower_ in ("and", "&", ",", "of", "the"):
                continue
            end = k
            while end < len(doc) and end - k < 3 and doc[end].is_title and doc[end].is_alpha and self.namelike(doc[end]) \
                    and not self.lex.is_portfolio(doc[end].lower_) and not self.lex.is_org_head(doc[end].lower_) \
                    and doc[end].lower_ not in self.lex.heads and not self.lex.country_of(doc[end].text) \
                    and not doc[end].ent_id_ and doc[end].ent_type_ not in ("GPE", "NORP", "DATE", "LOC"):
                end += 1
            if end - k < 2 or end < len(doc) and not (doc[end].text in (",", ".", "(", ";")
                                                     or doc[end].pos_ in ("VERB", "AUX")):
                continue
            span = self.clean(doc, k, end)
            if span:
                found.append((*span, "after body"))
        return found

    def _named_after_constituency(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"Labour MP for Redcar Jenna Colvin said": a seat's head, "for" and its constituency, then the member's
        name, which the model reads into one body with the place. Of three to six capitalized words after "for",
        closed by a verb, a comma or a full stop, the last two are the member's name (the place's may be several:
        "MP for Birmingham Hodge Hill Liam Byrne")."""
        found = []
        for tok in doc[:-4]:
            # (a seat in lower case too: "Liberal senator for Western Australia Jacinta Pryce-Hollis questioned")
            if tok.lower_ not in self.lex.seat_heads or not (tok.is_upper or tok.is_title or tok.is_lower) \
                    or doc[tok.i + 1].lower_ != "for":
                continue
            k, starts = tok.i + 2, []  # (where each capitalized word starts: a hyphen joins two into one)
            while k < len(doc) and len(starts) < 7 and (doc[k].is_title and doc[k].is_alpha or doc[k].lower_ == "and"
                                                        and k > tok.i + 2 and doc[k + 1:k + 2].text[:1].isupper()) \
                    and (not doc[k].ent_id_ or doc[k].ent_type_ in ("GPE", "LOC")):
                starts.append(k)
                k += 1
                while k + 1 < len(doc) and _joins_hyphenated(doc, k) and doc[k + 1].is_title:
                    k += 2
            if not 3 <= len(starts) <= 7 or k >= len(doc) or doc[starts[-3]].lower_ == "and" \
                    or not (doc[k].text in (",", ".") or doc[k].pos_ in ("VERB", "AUX")) \
                    or not all(self.namelike(doc[j], in_name=True) and not doc[j].ent_id_ for j in starts[-2:]):
                continue
            span = self.clean(doc, starts[-2], k)
            if span:
                found.append((*span, "after seat"))
        return found

    def _listed_with_people(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"please contact Margaret L. Chen-Whitfield, Omar Haddad or Rebecca Sato, or ...", "included Ana Ruiz,
        Juan Pérez and Lina Morales Vega": in a list of names joined by commas and "and" or "or", of which the model
        read two or more as persons, the others (two or three capitalized name-like words each, no body's or place's
        name the lexicon knows) are persons too, whatever it read."""
        found = []
        items: list[tuple[int, int]] = []

        def close() -> None:
            people = [(a, b) for a, b in items if all(doc[k].ent_type_ == "PERSON" for k in range(a, b))]
            if len(items) >= 3 and len(people) >= 2:
                for a, b in items:
                    while a < b and doc[a].is_stop:
                        a += 1  # ("Both Ana Ruiz, ...", "Meanwhile Ana Ruiz, ...": the sentence's word, no name's)
                    # (only words the model gave no reading, or read as a building: not a company's, a place's or a
                    # department's name, "Deutsche Telekom", "Can Tho", "Media Relations")
                    if (a, b) not in people and 2 <= b - a <= 3 and all(
                            doc[k].ent_type_ in ("", "FAC") and not doc[k].ent_id_ and self.namelike(doc[k])
                            and not self.lex.is_org_head(doc[k].lower_) and not self.lex.kind_of(doc[k].text)
                            and doc[k].lower_ not in self.lex.heads and not self.lex.is_portfolio(doc[k].lower_)
                            and not self.lex.place_country(doc[k].text) for k in range(a, b)) \
                            and not self.lex.looks_like_org(doc[a:b].text) and not self.lex.place_country(doc[a:b].text):
                        span = self.clean(doc, a, b)
                        if span:
                            found.append((*span, "list"))
            items.clear()

        k = 0
        while k < len(doc):
            j = k
            while j < len(doc) and (doc[j].is_title and doc[j].is_alpha or doc[j].text == "-" and j > k
                                    and not doc[j].whitespace_ and j + 1 < len(doc) and doc[j + 1].is_title
                                    or len(doc[j].text) == 2 and doc[j].text[1] == "." and doc[j].text[0].isupper()):
                j += 1  # (an initial, a hyphen: "Margaret L. Chen-Whitfield")
            if j > k:
                items.append((k, j))
                if j < len(doc) and (doc[j].text == "," or doc[j].lower_ in ("and", "or")):
                    k = j + 1 + (doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"))
                    continue
            close()
            k = max(j, k + 1)
        close()
        return found

    def _lower_title_before_name(self, doc: Doc, i: int) -> bool:
        """"The national deputy Hernán Quiroga Lema (Unión por la Patria) stated ...": translated press writes a
        title in lower case after "the" straight before the name, which the model may read as a body's. A head in
        lower case, "the" and lower-case words only before it in its sentence's first words, then two or three
        capitalized name-like words closed by a bracket, a comma or a verb. A preposition may stand for "the" ("For
        analyst Felipe Cardoso Brandão, of StoneX, the quota ...")."""
        k = i - 1
        while k >= 0 and i - k <= 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ != "the" \
                and doc[k].pos_ != "ADP":
            k -= 1
        if k < 0 or not (doc[k].lower_ == "the" or doc[k].pos_ == "ADP" and k == i - 1) or not doc[i].is_lower:
            return False
        j = i + 1
        while j < len(doc) and j - i <= 4 and doc[j].is_title and doc[j].is_alpha and self.namelike(doc[j]) \
                and not doc[j].ent_id_ and doc[j].ent_type_ not in ("GPE", "NORP", "DATE"):
            j += 1
        return 2 <= j - i - 1 <= 3 and j < len(doc) and (doc[j].text in ("(", ",") or doc[j].pos_ in ("VERB", "AUX"))

    def _named_with_other_initial(self, doc: Doc, start: int, end: int) -> bool:
        """Does the story name the surname after ``doc[start]`` (an initial-like honorific, "M.") elsewhere with a
        given name that initial cannot stand for ("Laurent Fabre-Dumoulin" ... "M. Fabre-Dumoulin")?"""
        words = [t.text for t in doc[start + 1:end]]
        letter = doc[start].text[0]
        for k in range(1, len(doc) - len(words) + 1):
            if k != start + 1 and [t.text for t in doc[k:k + len(words)]] == words:
                given = doc[k - 1]
                if given.is_title and given.is_alpha and len(given) > 1 and given.text[0] != letter \
                        and given.lower_ not in self.lex.heads and not self.is_title_word(given.text):
                    return True
        return False

    def _in_surname_first(self, tok) -> bool:
        """A capitalized pronoun-like word inside a sentence is part of a
        surname-first name (``name_order.yaml``): a given name right after
        the surname ("Vice Premier Liu He this week"), or the surname before
        a given name ("confirmed He Lifeng's trip")."""
        if tok.i == 0 or tok.is_sent_start or not tok.text[:1].isupper():
            return False
        order = self.lex.name_order
        if order.takes_given(tok.doc[tok.i - 1].text, tok.text):
            return True
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.text[:1].isupper() and order.takes_given(tok.text, nxt.text)

    def _given_name_before(self, doc: Doc, start: int, end: int) -> bool:
        """Is the word right before a model-tagged name of two or more words an
        untagged (or mis-tagged) given name? Spanish and Portuguese names carry
        two surnames ("Itzel Guadarrama Ochoa", "Luana Ferraz Cavalcanti") and
        the model often leaves the given name out, or calls it a place. Not a
        title, honorific, party, place, day or month, nor a word that is never
        a name, and not itself the end of a longer capitalized run ("Trade
        Representative Ana Ruiz" is a title, "Deputy Ana" is handled as one)."""
        if start == 0:
            return False
        tok = doc[start - 1]
        opening = tok.is_sent_start and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].is_upper \
            and doc[end + 2].text in (")", ",") and tok.ent_type_ == "" \
            and "\n" not in doc[start - 1].whitespace_  # "Giorgos Manolas (PASOK), on the other hand, ...": a
        # sentence opened by a given name, then the tagged surname and its party's short form in brackets
        if end - start < 2 and not opening and (start < 2 or tok.is_sent_start or not (
                doc[start - 2].is_lower or doc[start - 2].is_punct
                # "the trade representative of Ukraine Taras Onishchenko": after a title's country
                or start >= 3 and doc[start - 3].lower_ == "of" and bool(self.lex.country_of(doc[start - 2].text)))):
            return False  # one tagged word: only after a small word ("chaired by Stelios Hadjipetrou")
        if not self._could_be_given(tok):
            return False
        before = doc[start - 2] if start >= 2 else None
        if before is not None and before.lower_ == "of" and (
                tok.lower_ in self.lex.unit_words or start >= 3 and doc[start - 3].lower_ in self.lex.heads):
            return False  # "Head of Unit Ortega Vidal": the post's unit, then the name; "the head of Roscosmos Dmitry
            # Bakanov": the body the post is of
        return before is None or not (before.is_title and before.is_alpha and not before.is_sent_start) \
            or before.text.lower().rstrip(".") in self.honorifics or self.is_title_word(before.text) \
            or start >= 3 and doc[start - 3].lower_ == "of" and bool(self.lex.country_of(before.text)) \
            or (end - start >= 2 and start >= 3 and self._could_be_given(before)
                and (doc[start - 3].is_punct and doc[start - 3].text != "-"
                     or doc[start - 3].lower_ in ("by", "with", "said", "says") or doc[start - 3].lower_ in self.lex.heads))
        # ("..., Ana Beatriz Figueiredo Lacerda, met": two given names after a comma, before two tagged surnames;
        # not "Head of Internal Audit Jane Moss", the post's area)

    def _double_surname_read_as_body(self, doc: Doc, ent) -> int | None:
        """Where the name starts when the model read a given name and a surname of two joined by a hyphen as a body
        ("Stéphane Roussel-Marchetti", or "Varga-Holm" alone after "Celeste"): two capitalized words of no body,
        country or title around the hyphen, closing the entity, and one given name right before them, inside it or
        right before it (not "Mercedes-Benz", "Rolls-Royce": no given name; nor "the Varga-Holm Group")."""
        end = ent.end
        if len(ent) not in (3, 4) or not _joins_hyphenated(doc, end - 2) \
                or end < len(doc) and doc[end].is_title and self.lex.is_org_head(doc[end].lower_):
            return None
        for t in (doc[end - 3], doc[end - 1]):
            if not (t.is_title and t.is_alpha) or t.ent_id_ or self.lex.country_of(t.text) \
                    or self.lex.is_org_head(t.lower_) or self.is_title_word(t.text) or self.lex.kind_of(t.text):
                return None
        given = end - 4
        if given < 0 or given < ent.start - 1 or given >= 1 and doc[given - 1].lower_ == "the":
            return None
        tok = doc[given]
        if not (tok.is_title and tok.is_alpha and tok.tag_ in ("NNP", "NNPS") and tok.ent_type_ in ("", "ORG", "PERSON")
                and not tok.ent_id_ and self.given_word(tok) and self.namelike(tok)):
            return None
        return given

    def _given_names_read_as_body(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a name starts when the model read its one or two given names, right before the two surnames it
        tagged, as a body ("the Minister of Commerce ... of Colombia, Hernán Darío Quintero Salcedo"): words of no
        body, title, place or portfolio, set off by a comma, "by" or "with" before them; else None."""
        if end - start < 2 or start < 2 or doc[start - 1].ent_type_ != "ORG" or doc[start - 1].ent_id_:
            return None
        first = start - 1
        while first > 0 and doc[first].ent_iob_ == "I" and start - first < 2:
            first -= 1  # (back to where the body the model read begins, two words at most)
        if doc[first].ent_iob_ != "B" or first < 1 or doc[first - 1].text not in (",", "by", "with") \
                or not all(t.is_title and t.is_alpha and t.tag_ in ("NNP", "NNPS") and not t.ent_id_
                           and self.given_word(t) and self.namelike(t) and not self.lex.is_org_head(t.lower_)
                           for t in doc[first:start]):
            return None
        return first

    def _could_be_given(self, tok) -> bool:
        """Could ``tok`` be a given name: a capitalized proper noun that is no title, honorific, portfolio, party,
        country, place or body's name?"""
        if tok.tag_ not in ("NNP", "NNPS") or not tok.is_title or not tok.is_alpha or tok.ent_type_ in ("DATE", "NORP", "ORG"):
            return False
        return self.given_word(tok) and self.namelike(tok)

    def given_word(self, tok) -> bool:
        """May ``tok`` stand in a given name for all the lexicon knows: no honorific, title's word, portfolio's word,
        party, place or body's name? (People and the name candidates both ask.)"""
        return not (tok.text.lower().rstrip(".") in self.honorifics or self.is_title_word(tok.text)
                    or tok.lower_ in self.lex.portfolio_words or tok.text in self.lex.parties
                    or self._known_place(tok.text) or fold(tok.text) in self.lex.org_forms)

    def _not_a_name(self, text: str) -> bool:
        """True for strings that are countries, organizations or titles."""
        key = fold(text)
        if not key:
            return True
        if self.lex.country_of(text) or key in self.lex.org_forms or self.lex.place_country(text):
            return True  # "São Paulo", which the model may call a person, is a place
        words = text.replace("-", " ").split()
        if all(self.is_title_word(w) or w.lower() in self.honorifics for w in words):
            return True
        return False

    def honorific_at(self, doc: Doc, i: int) -> int:
        """How many tokens of honorific start at token ``i`` (0, 1, 2, or 3 for "Dato' Sri", whose apostrophe the
        tokenizer keeps apart)."""
        if i + 1 < len(doc) and (doc[i].lower_, doc[i + 1].lower_.rstrip(".")) in self.honorific_pairs:
            return 2
        if i + 2 < len(doc) and doc[i + 1].text in ("'", "\u2019") and not doc[i].whitespace_ \
                and (doc[i].lower_ + "'", doc[i + 2].lower_) in self.honorific_pairs:
            return 3
        return 1 if doc[i].text.lower().rstrip(".") in self.honorifics else 0

    # ---- candidates ------------------------------------------------------
    def clean(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Trim honorifics, titles and possessives off a candidate name span."""
        # cut at a possessive ("Elon Musk's Tesla" -> "Elon Musk"), or at a dash set off by spaces ("Ricardo Castaño -
        # no relation to the minister -": an aside, not a hyphenated name)
        for i in range(start, end):
            if doc[i].text in _POSSESSIVE or doc[i].text.endswith(("'s", "\u2019s")) and i > start \
                    or doc[i].text in ("-", "\u2013", "\u2014") and i > start and doc[i - 1].whitespace_ \
                    and i + 1 < len(doc) and (doc[i + 1].is_lower  # (not "Ahmed Al - Sayed")
                                              # ("Mr Thabang Molefe - Departmental Spokesperson": his post)
                                              or any(t.lower_ in self.lex.heads for t in doc[i + 1:min(end + 1, i + 4)])):
                end = i
                break
        for i in range(end - 2, start - 1, -1):
            if doc[i].lower_ in self.lex.heads and (doc[i].is_upper or doc[i].is_title or doc[i].is_lower):
                start = i + 1  # "Halcyon Semiconductor CEO Priya Raman" -> "Priya Raman"
                break
        if end - start >= 2 and doc[end - 1].is_title and doc[end - 1].lower_ in self.lex.headline_verbs:
            end -= 1  # "Minister Matsudaira Holds a Meeting with ...": a headline's verb after the name
        if end - start >= 2 and start > 0 and body_number(doc, start) and self.lex.is_org_head(doc[start - 1].lower_):
            start += 1  # "Deputy Chairperson of Commission VI Bambang Wirawan": the numeral names the commission
        while start < end and (n := self.honorific_at(doc, start)) >= 2:
            start += n
        if end - start >= 2 and start >= 2 and doc[start - 1].text in ("'", "\u2019") \
                and self.honorific_at(doc, start - 2) == 3:
            start += 1  # ("YB Dato' Sri Amirul Hakim Yusof, Deputy Minister": a walk back that stopped inside it)
        if end - start >= 2 and doc[start].text in self.lex.cued_honorifics and doc[start + 1].is_title \
                and doc[start].text in honorifics_written(self.lex, doc) \
                and not self.lex.name_order.surname_first(doc[start:end].text.split()) \
                and (end - start >= 3 or doc[start].text in self.lex.surname_honorifics
                     and _surname_given_elsewhere(self.lex, doc, start + 1)):
            start += 1  # "Ato Tesfaye Gebremedhin" in a story from Addis Ababa: "Mr" (not Ghana's "Ato Forson");
            # "Pan Ostrowski" in a Polish story that names Piotr Ostrowski (not China's "Pan Gongsheng")
        if end - start >= 2 and doc[start].text in self.lex.initial_honorifics and doc[start + 1].is_title \
                and (end - start >= 3 and writes_initial_honorifics(self.lex, doc)
                     or self._named_with_other_initial(doc, start, end)):
            start += 1  # "M. Youssef Lahlou" in a story that writes "Mme Raghavan": "Monsieur"; "M. Fabre-Dumoulin"
            # in a story that names Laurent Fabre-Dumoulin: no initial of his
        while start < end and (
            doc[start].text.lower().rstrip(".") in self.honorifics
            or self.is_title_word(doc[start].text)
            or doc[start].text in self.lex.parties
            or doc[start].is_punct
            or doc[start].lower_ in ("the", "a", "an") and not self._surname_before_given(doc, start, end)
            or doc[start].lower_ in self.lex.occupation_words and end - start > 2  # ("Grower Jeroen Wassenaar")
            or (doc[start].ent_type_ in ("GPE", "NORP") and end - start > 1 and self.lex.country_of(doc[start].text)
                and not (doc[start].text in self.lex.given_name_countries and not self.is_title_word(doc[start + 1].text)))
            # ("Chad Bown": a given name too, before a surname; not "Chad President ...")
            or (end - start > 2 and doc[start].is_upper and 2 <= len(doc[start].text) <= 6 and doc[start + 1].is_title
                and doc[start].text in bracketed_short_forms(doc))
            # ("DJP Rizal Aditya Pranoto": a body the story gave a short form, before its officer's name)
            or end - start >= 2 and start > 0 and doc[start - 1].lower_ == "the" and fold(doc[start].text) in self.lex.nationals
            # ("the Finn Henrik Aaltonen": a national's noun before the name, as translated press writes it)
            or end - start >= 3 and capitals_after_post_of(self.lex, doc, start)
            # ("Deputy Head of BKPM Dewi Kartikasari": the body's short form after the post's "of", before the name)
            or (whole := self.lex.whole_title_at(doc, start)) is not None and whole[0] < start
            # ("Minister without Portfolio Kuo Pei-hsuan": the last words of a title read whole)
            or end - start >= 2 and listed_remit_word(self.lex, doc, start)
            # ("Minister of Trade, Industry and Competition John Smith": the listed department's last word)
        ):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - start >= 3 and doc[end - 2].text == "-" and doc[end - 1].lower_ in self.lex.name_suffixes:
            end -= 2  # "Morimoto-shi", "Morimoto-shingikan": the honorific joined to the surname
        if end - start >= 2 and doc[end - 1].text in self.lex.trailing_honorifics:
            end -= 1  # "Aydoğdu Bey", "Marchetti Hanım": the honorific written after the name
        while end - start >= 2 and doc[end - 1].text in self.lex.post_nominals:
            end -= 1  # "Alasdair Reid MP", "Ravi Menon KC OBE": the letters after a name are no part of it
        while end - start > 1 and doc[end - 1].is_title and self._title_after_name(doc[end - 1].lower_) \
                and not self._surname_head(doc, start, end - 1):
            end -= 1  # "Guzman Commerce Secretary said": the title after a name is no part of it
        if end - start == 1 and start > 0 and end < len(doc) and doc[start - 1].lower_ in self.lex.modifiers \
                and doc[start - 1].is_title and doc[end].lower_ in self.lex.heads:
            return None  # "Senior Veterinary Officer": a word inside a title, between its modifier and its head
        joints = sum(1 for k in range(start + 1, end - 1) if _joins_hyphenated(doc, k))  # ("Al-Ahmad Al-Jaber")
        if start >= end or end - start - 2 * joints > 8 or self._name_words(doc, start, end) > 4 and not (
                self._name_words(doc, start, end) == 5 and _read_as_one_person(doc, start, end)):
            return None  # (five words only where the model read them as one name: "Nik Faizal Hakimi Nik Mansor")
        tokens = doc[start:end]
        lettered = [t for t in tokens if any(c.isalpha() for c in t.text)]  # "Fa'amausili", "O'Brien" too
        if all(t.text.isupper() and len(t.text) > 1 for t in lettered):
            return None  # "SAN JOSE": a dateline or headline in capitals
        for tok in tokens:
            if tok.is_space or tok.text in ("\n",) or "\n" in tok.text:
                return None
            if tok.text.lower() in self.lex.name_particles or tok.text in ("-", "."):
                continue
            if tok.text in _NAME_QUOTES and start < tok.i < end - 1 and tok.ent_type_ == "PERSON":
                continue  # Rosario "Charo" L. Magbanua: a nickname's marks inside the name
            if tok.i > start and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and tok.is_alpha:
                continue  # second part of a hyphenated given name ("Ji-won")
            if start < tok.i and tok.i + 2 < end and tok.is_title and not tok.whitespace_ and doc[tok.i + 1].text == "-" \
                    and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_lower and doc[tok.i + 2].is_alpha \
                    and self.lex.name_order.takes_given(doc[start].text, doc[tok.i:tok.i + 3].text) \
                    and not (start > 0 and doc[start - 1].lower_ == "the"):
                continue  # its first part, whatever word it spells ("Hwang In-kyu"; not "the Ma On-shan line")
            if tok.i == start and self._surname_before_given(doc, start, end):
                continue  # a surname that is an English word, opening the sentence too ("An Jae-won told ...")
            if not self.namelike(tok, in_name=end - start > 1) and not (
                    tok.text[:1].isupper() and tok.text.endswith(".") and len(tok) <= 3):
                return None
        if tokens[0].text.lower() in self.lex.name_particles and end - start == 1:
            return None
        if self._not_a_name(tokens.text):
            return None
        return start, end

    def candidates(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Every span that could name a person, with where it came from ("ner",
        "title", "speaker", "appositive"); ``PersonFinder`` decides which to keep and groups them."""
        found: list[tuple[int, int, str]] = []
        short_forms = bracketed_short_forms(doc)
        for ent in doc.ents:
            if ent.label_ in ("ORG", "GPE") and not ent[0].ent_id_ and _INITIALLED_NAME.fullmatch(ent.text) \
                    and not any(self.lex.is_org_head(t.lower_) or self.lex.kind_of(t.text) for t in ent):
                span = self.clean(doc, ent.start, ent.end)  # "Helena M. Lindqvist met ...": a given name, a middle
                if span:  # initial and a surname, whatever the model read them as
                    found.append((*span, "ner"))
                continue
            double = self._double_surname_read_as_body(doc, ent) if ent.label_ == "ORG" else None
            if double is not None:
                span = self.clean(doc, double, ent.end)  # "U.S. Ambassador to the WTO Celeste Varga-Holm": a given
                if span:  # name and a surname of two joined by a hyphen, which the model read as a body's name
                    found.append((*span, "ner"))
                continue
            if ent.label_ in ("ORG", "GPE", "NORP") and self._lettered_after(doc, ent):
                span = self.clean(doc, ent.start, ent.end)  # "chaired by Gareth Pellow MP (Labour)": letters only a
                if span:  # person puts after a name, whatever the model read it as
                    found.append((*span, "ner"))
                continue
            if ent.label_ == "PERSON":
                ent = doc[ent.start:next((k for k in range(ent.start, ent.end) if doc[k].text == "("), ent.end)]
                if not len(ent):
                    continue  # "Noor Halvorsen (Partner": the model ran the name into its bracketed title
                start = self._back_through_particles(doc, ent.start)
                if start > 0 and self._in_surname_first(doc[start - 1]):
                    start -= 1  # "confirmed He Lifeng's trip": the model tags "Lifeng" only
                elif self._given_name_before(doc, start, ent.end):
                    start -= 1  # "Itzel Guadarrama Ochoa": the model tags the two surnames only
                    if start > 1 and not doc[start - 1].is_sent_start and self._given_name_before(doc, start, ent.end):
                        start -= 1  # "Ana Beatriz Figueiredo Lacerda": two given names (not "Activist Ana Clara
                        # Rocha Lima" opening a story)
                elif start >= 2 and doc[start - 1].is_title and doc[start - 1].pos_ in ("AUX", "VERB") \
                        and not doc[start - 1].is_sent_start and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_title \
                        and doc[start - 2].ent_type_ in ("", "PERSON") and self._could_be_given(doc[start - 2]) \
                        and (start == 2 or doc[start - 2].is_sent_start or doc[start - 3].is_punct):
                    start -= 2  # "Mehmet Can Aydın, who ...": a given name that is an English word, capitalized inside
                    # the name (the model tags the surname alone)
                elif start > 0 and doc[start - 1].text in self.lex.word_given_names and ent.end - start >= 2 \
                        and not ent[0].ent_id_:
                    start -= 1  # ""...," Nor Azlina Hassan, secretary-general of ...": a given name that is a word too
                elif start > 0 and ent.end - start == 1 and self._capitals_surname(doc, start - 1, short_forms):
                    start -= 1  # "Director: TANIGUCHI Rie": a surname in capitals before the given name the model
                    # tagged alone (Japanese releases write the surname first, in capitals)
                elif (given := self._given_names_read_as_body(doc, start, ent.end)) is not None:
                    start = given  # "..., Hernán Darío" (read as a body) + "Quintero Salcedo": two given names
                if ent.end - start >= 3 and start >= 3 and doc[start - 1].lower_ in ("and", "for", "of") \
                        and doc[start].is_title and doc[start - 2].ent_type_ != "PERSON" and doc[start - 2].text != "," \
                        and any(doc[k].lower_ == "for" and doc[k - 1].lower_ in self.lex.heads and doc[k - 1].is_title
                                for k in range(max(1, start - 6), start)):
                    start += 1  # "Associate Administrator for Ports and Waterways Jane Ortiz": the area's last word (not
                    # "..., Secretary for Economic Affairs, and Rajeev N. Bhardwaj": a comma closed the title)
                if all(t.lower_ in self.lex.portfolio_words or t.lower_ in self.lex.domain_words for t in ent):
                    continue  # "Customs, and Global Competitiveness": the end of a remit, no name
                if ent.end - start >= 3 and start >= 2 and doc[start - 1].lower_ == "from" \
                        and doc[start - 2].lower_ in self.lex.seat_heads and doc[start].ent_iob_ == "B":
                    start += 1  # "Congress MP from Punjab Jasbir Singh Grewal": the seat's place, then the name
                start = self._past_area_words(doc, start, ent.end - 2)
                body_end = max((h + 1 for h in range(start, ent.end - 2) if doc[h].is_title
                                and self.lex.is_org_head(doc[h].lower_)), default=start)
                if body_end > start:
                    start = body_end  # ("Director General of Georgian Railway Levan Tsertsvadze": the body's name the
                    # model ran into the holder's, up to its organization word)
                end = self._through_particles(doc, ent.end)
                if end == ent.end and end - start == 1 and end < len(doc) and doc[start].is_title \
                        and doc[end].is_upper and doc[end].is_alpha and len(doc[end]) >= 3 and not doc[end].ent_id_ \
                        and doc[end].ent_type_ in ("", "PERSON") and doc[end].text not in short_forms \
                        and doc[start].whitespace_ == " " and (end + 1 == len(doc) or not doc[end + 1].is_upper):
                    end += 1  # "Tomas SCHEFFLER (+32 2 ...)": the surname in capitals, as EU releases write it, which
                    # the model left out
                span = self.clean(doc, start, end)
                if span:
                    found.append((*span, "ner"))
        found.extend(self._listed(doc))
        found.extend(self._signatures(doc))
        found.extend(self._byline_in_capitals(doc))
        found.extend(self._named_after_titles_body(doc))
        found.extend(self._named_after_known_body(doc))
        found.extend(self._named_after_body_of_post(doc))
        found.extend(self._named_after_constituency(doc))
        found.extend(self._named_after_counterparts(doc))
        found.extend(self._names_read_as_bodies_beside_bodies(doc))
        found.extend(self._named_after_long_title(doc))
        found.extend(self._turn_speakers(doc))
        found.extend(self._listed_with_people(doc))
        for tok in doc:
            word = tok.text.lower().rstrip(".")
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            pair_n = self.honorific_at(doc, tok.i)
            pair = pair_n >= 2
            # "South Korea's deputy trade minister Han Do-yeon said": a surname and the given name it takes
            surname_first = tok.lower_ in self.lex.heads and nxt is not None and nxt.is_title and tok.i + 2 < len(doc) \
                and self.lex.name_order.takes_given(nxt.text, doc[tok.i + 2].text + (
                    "".join(t.text for t in doc[tok.i + 3:tok.i + 5]) if doc[tok.i + 3:tok.i + 4].text == "-" else ""))
            lower_title = tok.lower_ in self.lex.heads and self._lower_title_before_name(doc, tok.i)
            # "USTR Marcus Delaney": a post's letters the lexicon lists (posts.yaml) stand for its title
            post_letters = tok.is_upper and tok.is_alpha and len(tok) >= 3 and nxt is not None and nxt.is_title \
                and self.lex.is_post_title(tok.text)
            # "CHP Trabzon deputy Gökhan Yazıcıoğlu": a head in lower case after the capitalized words it is of, then
            # two or three capitalized words the model read as a body, which are its holder's name
            lower_head_of_capitals = tok.lower_ in self.lex.heads and tok.is_lower and tok.i > 0 \
                and doc[tok.i - 1].is_title and not doc[tok.i - 1].is_sent_start and self._bare_org_reading(doc, tok.i + 1)
            seed = word in self.honorifics or pair or surname_first or lower_title or post_letters \
                or lower_head_of_capitals or (
                tok.lower_ in self.lex.heads and (
                    tok.is_title or tok.is_upper or (nxt is not None and nxt.ent_iob_ == "B" and nxt.ent_type_ in (
                        "PERSON", "LOC", "WORK_OF_ART"))))  # (a name read as a place or a work: checked below)
            # "the chairman of the committee Rustem Bakhytovich Nurmatov": translated press names the holder right
            # after the body a title points back to, without a comma
            pointed = not seed and tok.is_lower and self.lex.context_nouns.get(tok.lower_) in ("committee", "government") \
                and tok.i >= 3 \
                and doc[tok.i - 1].lower_ in ("the", "that", "this") and doc[tok.i - 2].lower_ == "of" \
                and doc[tok.i - 3].lower_ in self.lex.heads and nxt is not None and nxt.is_title
            if not seed and not pointed:
                continue
            j = self._past_portfolio(doc, tok.i + 1, short_forms) if tok.lower_ in self.lex.heads else tok.i + (pair_n if pair else 1)
            if tok.lower_ in self.lex.heads and j == tok.i + 1 and j + 1 < len(doc) and doc[j].text == "General":
                j += 1  # "Director General Elif Karaosmanoğlu": the head written in two words
                j = self._past_portfolio(doc, j, short_forms)  # ("Director General of Foreign Trade Anjali R.")
            elif tok.lower_ in self.lex.heads and tok.is_title and j == tok.i + 1 and j + 2 < len(doc) \
                    and doc[j].lower_ == "of" and doc[j + 1].is_title \
                    and doc[j + 1].lower_ in ("parliament", "congress", "senate", "assembly"):
                j += 2  # "Member of Parliament Priyantha Abeykoon": the chamber, then the name
            if tok.lower_ in self.lex.heads and tok.is_title and j == tok.i + 1:
                j = self._past_rank(doc, j)  # "Ambassador Extraordinary and Plenipotentiary of Ukraine to ..."
            if tok.lower_ in self.lex.heads and j + 2 < len(doc) \
                    and (j > tok.i + 1 or tok.is_title) and doc[j].lower_ in ("of", "to"):  # (also "Ambassador to
                # Indonesia X", "President of Mexico X")
                past = self._past_country(doc, j)  # "Deputy Minister of Agriculture of the Russian Federation Sergei
                # Rudakov": the title's country, then the name
                if past > j and (j > tok.i + 1 or doc[j].lower_ == "to" or self._full_name_at(doc, past)
                                 or past < len(doc) and doc[past].lower_ == "to"):  # ("Ambassador of X to Y Z")
                    j = past  # (not "Chairman of the Vietnam Textile and Apparel Association": a body named with
                    # its country)
                if j + 2 < len(doc) and doc[j].lower_ == "to":
                    j = self._past_country(doc, j)  # ("... of Ukraine to the Republic of Poland Iryna ...")
            while j < len(doc) and doc[j].is_title and (n := self.honorific_at(doc, j)):
                j += n
            k = j
            # after "Mr", "Ms", "Sir"... the capitalized words are a name whatever
            # the model labelled them; after a title, not if they are a place
            blocked = ("DATE",) if (word in self.honorifics or pair) and tok.lower_ not in self.lex.heads \
                else ("GPE", "ORG", "DATE", "LOC") if surname_first \
                else ("GPE", "NORP", "DATE", "LOC") if pointed else ("GPE", "ORG", "NORP", "DATE", "LOC")
            if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and not tok.ent_id_ and j < len(doc) \
                    and doc[j].ent_iob_ == "I":
                blocked = ("GPE", "NORP", "DATE", "LOC")  # "Taoiseach Ciaran Molloy" read as one organization
            elif (j > tok.i + 1 or tok.lower_ in self.lex.seat_heads and tok.ent_iob_ == "I") and j < len(doc) \
                    and doc[j].ent_type_ == "ORG" and doc[j].ent_iob_ == "I":
                blocked = ("GPE", "NORP", "DATE", "LOC")  # "of Industry and Trade Phan Quoc Thinh", one organization;
                # "Konfederacja MP Rafał Jaskólski", a party, a seat and a name read as one
            elif tok.lower_ in self.lex.heads and tok.is_title and (self._bare_org_reading(doc, j)
                                                                     or self._bare_org_reading(doc, j, tok.i)) \
                    or lower_title or lower_head_of_capitals:
                blocked = ("GPE", "NORP", "DATE", "LOC")  # "EU Director General Elif Karaosmanoğlu" read as a body
            elif tok.lower_ in self.lex.heads and j < len(doc) \
                    and doc[j].ent_type_ in ("LOC", "WORK_OF_ART") and doc[j].ent_iob_ == "B" and not doc[j].ent_id_:
                ent = next(e for e in doc.ents if e.start == j)
                if 2 <= len(ent) <= 3 and all(self.namelike(t) and t.is_title and t.is_alpha for t in ent) \
                        and not self._known_place(ent.text) and not any(self._known_place(t.text) for t in ent) \
                        and not self.lex.country_of(ent.text) and ent[0].text not in self.lex.compass_names \
                        and not (ent.end < len(doc) and doc[ent.end].is_title) \
                        and (tok.is_title or tok.is_upper or ent.end < len(doc) and (
                            doc[ent.end].lower_ in self.lex.speech_verbs or doc[ent.end].text in (",", "."))):
                    blocked = ("GPE", "ORG", "NORP", "DATE")  # "MEP Eleni Vlachou spoke": a name the model read
                    # as a place (or a work's title), no place the lexicon knows, right after a capitalized title, or
                    # a lower-case one when a speech verb or a comma closes it ("Commission spokesperson Anneliese
                    # Vogt told reporters")
            elif tok.lower_ in self.lex.heads and tok.is_title and j > tok.i + 2 and j < len(doc) \
                    and doc[j - 1].ent_type_ in ("LOC", "GPE") and doc[j].ent_type_ == doc[j - 1].ent_type_ \
                    and doc[j].ent_iob_ == "I" and doc[tok.i + 1].lower_ == "for":
                blocked = ("GPE", "ORG", "NORP", "DATE")  # "... for South and Central Asia Garrett Hollis": the name
                # the model read on from the region the post covers
            while k < len(doc) and (self._name_words(doc, j, k) < 4 or self._name_words(doc, j, k) == 4
                                    # (a fifth word the model read inside the same name: "Nik Faizal Hakimi Nik Mansor")
                                    and _read_as_one_person(doc, j, k + 1)) and (
                (self.namelike(doc[k], in_name=self._in_surname_first(doc[k]))
                 and (doc[k].ent_type_ not in blocked or (doc[k].ent_type_ == "DATE" and not _date_word(doc[k])))
                 and not doc[k].ent_id_)
                or (k > j and _joins_hyphenated(doc, k) and (self.namelike(doc[k + 1]) or _syllable(doc[k + 1])
                                                             or doc[k + 1].is_title))  # ("Pieter-Jan": not January)
                or (k > j + 1 and _joins_hyphenated(doc, k - 1) and (_syllable(doc[k]) or doc[k].is_title))  # "Jae-min"
                or (doc[k].ent_type_ == "PERSON")
                # ("Ambassador of the Republic of Korea to Canada Han Seung-min": a surname the model read as a people,
                # its given name after it)
                or (k == j and doc[k].ent_type_ == "NORP" and k + 1 < len(doc) and not self.lex.country_of(doc[k].text)
                    and self.lex.name_order.takes_given(doc[k].text, doc[k + 1].text))
                or (k > j and self._lone_org_surname(doc, k))
                # "Director General of Foreign Trade Anjali" + "Raghunathan" (read as a place): one word no lexicon
                # places, after a given name, closes the name
                # (after two given names too: "Deputy Minister of Trade Ayşe Nur" + "Karaca")
                or (j < k <= j + 2 and doc[k].ent_type_ == "GPE" and doc[k].ent_iob_ == "B" and doc[k].is_title
                    and doc[k].is_alpha and not (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I")
                    and not self.lex.place_country(doc[k].text) and not self.lex.country_of(doc[k].text)
                    and all(doc[m].ent_type_ in ("", "PERSON") and self.namelike(doc[m]) for m in range(j, k))
                    and not (k + 1 < len(doc) and doc[k + 1].is_title))
                # "Lok Sabha Speaker Om" + "Prakash Vyas" (read as a place): two words no lexicon places, after a
                # given name, close the name
                or self._name_end_read_as_place(doc, j, k)
                or (doc[k].text.lower() in self.lex.name_particles and k + 1 < len(doc)
                    and (doc[k + 1].is_title or doc[k + 1].text.lower() in self.lex.name_particles))
                # "Minister Marloes ter Horst (Foreign Trade, D66)": the surname after a particle inside the name,
                # whatever the model read it as (it ran "Horst" into the bracket as one organization)
                or (k > j + 1 and doc[k - 1].is_lower and doc[k - 1].text in self.lex.name_particles
                    and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_id_
                    and not self.is_title_word(doc[k].text) and not self._known_place(doc[k].text))
            ):
                k += 1
            if k > j and not (k < len(doc) and doc[k].lower_ in self.lex.institution_words):
                # ("Executive Management Committee": a body's name, not a title and a name)
                span = self.clean(doc, j, k)
                if span and span[1] - span[0] == 1 and span[1] < len(doc) and doc[span[1]].is_title \
                        and doc[span[1]].lower_ in self.lex.heads:
                    continue  # "Chief Strategy Officer": one capitalized word inside a title, before its head
                if span:
                    found.append((*span, "title"))
        found.extend(self._after_nationality(doc))
        found.extend(self._known_as(doc))
        found.extend(self._before_appositive_title(doc))
        found.extend(self._after_title_appositive(doc))
        found.extend(self._after_body_of_title(doc))
        found.extend(self._apposed_to_title(doc))
        found.extend(self._described_by_copula(doc))
        found.extend(self._after_bracketed_title(doc))
        found.extend(self._romanized_in_brackets(doc))
        found.extend(self._credited_names(doc))
        found.extend(self._member_tagged(doc))
        found.extend(self._surname_then_hyphenated_given(doc))
        found.extend(self._surname_in_capitals(doc))
        for tok in doc:
            if tok.lower_ not in self.lex.speech_verbs:
                continue
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PROPN" and self.namelike(child):
                    left = hyphenated_start(doc, child.i)
                    while left > 0 and (doc[left - 1].dep_ == "compound" and doc[left - 1].head.i in range(left, child.i + 1)
                                        and self.namelike(doc[left - 1])
                                        # ("Chipmakers Applied Materials, Lam Research and KLA said": a plural
                                        # common noun opening the sentence says what the names are)
                                        and doc[left - 1].tag_ != "NNS"
                                        # "Annelies de Vries said": a particle inside the name, a given name before it
                                        or left > 1 and doc[left - 1].lower_ in self.lex.name_particles
                                        and doc[left - 1].is_lower and doc[left - 2].is_title
                                        and self.namelike(doc[left - 2]) and doc[left - 2].dep_ == "compound"
                                        and doc[left - 2].ent_type_ not in ("GPE", "LOC")
                                        and doc[left - 2].lower_ not in self.lex.domain_words
                                        and doc[left - 2].lower_ not in self.lex.portfolio_words):
                        left = hyphenated_start(doc, left - 1)
                    if left > 0 and (doc[left - 1].lower_ in ("the", "a", "an") or (
                            left > 1 and doc[left - 1].ent_type_ in ("GPE", "NORP")
                            and doc[left - 2].lower_ in ("the", "a", "an"))):
                        continue  # "The U.S. Embassy said": a name takes no article
                    left = self._past_area_words(doc, left, child.i)
                    right = child.i + 1
                    while right + 1 < len(doc) and _joins_hyphenated(doc, right) and _syllable(doc[right + 1]):
                        right += 2  # "Seo Min-jae said": the parse ends the subject at "Min"
                    span = self.clean(doc, left, right)
                    if span and span[1] - span[0] == 1 and len(doc[span[0]].text.rstrip(".")) == 1:
                        continue  # "Q (Nikkei): Ishikawa Norio ... said": a transcript's label for a question
                    if span and doc[span[0]].ent_type_ == "ORG" and doc[span[0]].ent_iob_ == "I" and span[0] > left:
                        continue  # "Industry group European Aluminium says": the model's body, after its nationality
                    if span and span[1] + 2 < len(doc) and doc[span[1]].lower_ == "and" \
                            and self.lex.is_portfolio(doc[span[1] - 1].lower_) \
                            and (span[1] - span[0] == 1 or any(doc[k].lower_ in self.lex.heads and doc[k].is_title
                                                              for k in range(span[1] + 1, min(len(doc), span[1] + 4)))):
                        continue  # "Oceans and Fisheries Minister X says", "Marine Affairs and Fisheries Minister X
                        # said": the first of the portfolios, no name
                    if span and not (doc[span[0]].ent_type_ in ("GPE", "ORG", "NORP") and self.lex.country_of(doc[span[0]:span[1]].text)):
                        if doc[span[0]:span[1]].text not in self.lex.org_forms and not self._known_org(doc, span):
                            found.append((*span, "speaker"))
        return [(self._surname_before(doc, start, end), end, source) for start, end, source in found]

    def _surname_before(self, doc: Doc, start: int, end: int) -> int:
        """Where a name begins when the word before it is a surname that the name's words follow as given names
        (""...," Nguyễn Thị Hồng Vân, Vietnam's deputy minister": the model read the surname as a verb and began
        the name after it): there, else ``start``."""
        if start == 0 or end - start > 3 or not doc[start - 1].is_title or not doc[start - 1].is_alpha \
                or doc[start - 1].ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            return start
        surname = doc[start - 1].text
        fits = [rule for rule in self.lex.name_order.rules if fold(surname) in rule.surnames
                and all(rule.given_name(doc[k].text) for k in range(start, end))]
        return start - 1 if fits else start

    def _after_nationality(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Names after a nationality set off by a comma (", the Spaniard María José Ibarra Goicoechea, who"): the
        model often reads the noun and the name as one body. Two to four capitalized words, then a comma or a verb."""
        found = []
        for tok in doc:
            if not (tok.i + 3 <= len(doc) and nationality_before(self.lex, doc, tok.i + 1)):
                continue
            comma = tok.i - 2
            titled = doc[comma - 1].lower_ in self.lex.heads and doc[comma - 1].lower_ not in ("partner", "partners") \
                or (doc[comma - 1].ent_type_ == "ORG" or doc[comma - 1].ent_id_) and any(
                    t.lower_ in self.lex.heads for t in doc[max(doc[comma].sent.start, comma - 9):comma])
            if fold(tok.text) not in self.lex.nationals and doc[tok.i + 1].ent_type_ != "PERSON" and (
                    not titled or doc[tok.i + 1].ent_type_ == "ORG" and doc[tok.i + 1].ent_iob_ == "B"):
                continue  # ("The lender, the Spanish Banco Santander", "The country's largest opposition party, the
                # Polish Civic Platform": an adjective names a body too, unless a person's post comes before the
                # comma: "the trade commissioner, the Slovak X"; a noun for a country's people, "the Pole", is a person)
            k = tok.i + 1
            while k < len(doc) and self._name_words(doc, tok.i + 1, k) < 4 and (
                    self.namelike(doc[k], in_name=True) and doc[k].ent_type_ not in ("GPE", "NORP", "DATE", "LOC")
                    and not self.is_title_word(doc[k].text) and doc[k].text not in self.lex.parties
                    or doc[k].lower_ in self.lex.name_particles and k + 1 < len(doc) and doc[k + 1].is_title
                    or k > tok.i + 1 and _joins_hyphenated(doc, k) and doc[k + 1].is_title):
                k += 1
            if self._name_words(doc, tok.i + 1, k) < 2 or k < len(doc) and (doc[k].is_title or doc[k].is_lower
                                                                            and doc[k].pos_ == "NOUN"):
                continue  # ("the German Marshall Fund", "the Indian Tata Sons executive X": no name runs on into a
                # body's word or a noun it qualifies)
            if k < len(doc) and doc[k].lower_ in self.lex.institution_words:
                continue
            span = self.clean(doc, tok.i + 1, k)
            if span:
                found.append((*span, "appositive"))
        return found

    def _named_after_counterparts(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"he met his Hungarian and Slovak counterparts, Gergely Vászolyi and Marek Hrebíček", "her Danish
        counterpart Anders Lykke": the people a counterpart noun introduces, which the model often reads as places or
        bodies. After "counterpart(s)" (a comma or not), each of two or three capitalized name-like words that no
        lexicon knows as a place, country, body or title, closed by "and", a comma, a full stop, a preposition or a
        verb; a list after the plural."""
        found = []
        for tok in doc:
            if tok.lower_ not in ("counterpart", "counterparts") or tok.i + 2 >= len(doc):
                continue
            k = tok.i + 1 + (doc[tok.i + 1].text == ",")
            while k < len(doc):
                end = k
                while end < len(doc) and end - k < 3 and doc[end].is_title and doc[end].is_alpha \
                        and self.namelike(doc[end], in_name=True) and not self.is_title_word(doc[end].text) \
                        and not self._known_place(doc[end].text) and not self.lex.country_of(doc[end].text) \
                        and fold(doc[end].text) not in self.lex.org_forms and doc[end].text not in self.lex.parties \
                        and doc[end].ent_type_ not in ("DATE", "NORP"):
                    end += 1
                if end - k < 2 or end < len(doc) and not (doc[end].text in (",", ".", ";", "(")
                                                          or doc[end].lower_ == "and"
                                                          or doc[end].pos_ in ("VERB", "AUX", "ADP")):
                    break
                span = self.clean(doc, k, end)
                if span:
                    found.append((*span, "appositive"))
                if tok.lower_ != "counterparts" or end + 1 >= len(doc) or doc[end].lower_ not in ("and", ","):
                    break
                k = end + 1 + (doc[end].text == "," and doc[end + 1].lower_ == "and")
        return found

    def _names_read_as_bodies_beside_bodies(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"talks with the European Commission's Margit Ahlqvist", "a question from Sathish Ramaswamy of Bernstein":
        two or three capitalized words the model read as a body with nothing that makes one (``_bare_org_reading``),
        after a body's possessive, or between "from", "with" or "by" and "of" and a capitalized name, are a person's
        name: the people a body has, or the body a person is of."""
        found = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or not self._bare_org_reading(doc, ent.start) \
                    or self.lex.kind_of(ent.text) or fold(ent.text) in self.lex.org_forms:
                continue
            owned = ent.start >= 2 and doc[ent.start - 1].text in ("'s", "\u2019s") \
                and (doc[ent.start - 2].ent_type_ == "ORG" or doc[ent.start - 2].ent_id_) \
                and not self.lex.country_of(doc[ent.start - 2].text)  # (not "Britain's Royal Mail")
            of_body = ent.start >= 1 and doc[ent.start - 1].lower_ in ("from", "with", "by") and ent.end + 1 < len(doc) \
                and doc[ent.end].lower_ == "of" and doc[ent.end + 1].is_title \
                and doc[ent.end + 1].ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
            if owned or of_body:
                span = self.clean(doc, ent.start, ent.end)
                if span == (ent.start, ent.end):  # (every word a name's: not "the EU's Joint Communication")
                    found.append((*span, "appositive"))
        return found

    def _named_after_long_title(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"with Director of Trade in Goods and Competition at the African Continental Free Trade Area (AfCFTA)
        Secretariat, Kwabena Asante-Mensah, on ...": a name set off by commas right after a post written in
        capitals with its body, which the model often leaves untagged. Two to four capitalized name-like words (no
        title's, body's, place's or country's word) between two commas, after a run of capitalized words, small
        words and bracketed letters that opens on a title's head."""
        found = []
        for comma in doc[2:-3]:
            if comma.text != ",":
                continue
            end = k = comma.i + 1
            while end < len(doc) and end - k < 6 and (doc[end].is_title and doc[end].is_alpha
                                                      or doc[end].text == "-" and not doc[end].whitespace_ and end > k):
                w = doc[end]
                if w.is_alpha and (self.is_title_word(w.text) or self.lex.is_org_head(w.lower_)
                                   or self.lex.country_of(w.text) or self._known_place(w.text)
                                   or fold(w.text) in self.lex.org_forms or w.ent_id_):
                    break
                end += 1
            if end >= len(doc) or doc[end].text != "," or not 2 <= self._name_words(doc, k, end) <= 4 \
                    or doc[end - 1].text == "-":
                continue
            j, head = comma.i - 1, None
            while j >= 0 and comma.i - j <= 20 and (doc[j].is_alpha and doc[j].text[:1].isupper()
                                                    or doc[j].lower_ in ("of", "and", "at", "the", "in", "for", "&")
                                                    or doc[j].text in ("(", ")")):
                if doc[j].is_title and doc[j].lower_ in self.lex.heads:
                    head = j
                j -= 1
            if head is None or head == comma.i - 1 or any(t.ent_type_ == "PERSON" for t in doc[head:comma.i]):
                continue
            span = self.clean(doc, k, end)
            if span:
                found.append((*span, "appositive"))
        return found

    def _portfolio_listed_on(self, doc: Doc, start: int, comma: int) -> bool:
        """Are the capitalized words ``start:comma`` one of a body's listed portfolios: a policy domain among them,
        and after the comma more capitalized words then "and" or another comma ("Maritime Fisheries" + ", Rural
        Development, Water and Forests")?"""
        if not any(t.lower_ in self.lex.domain_words or t.lower_ in self.lex.portfolio_words for t in doc[start:comma]):
            return False
        k = comma + 1
        while k < len(doc) and k - comma <= 3 and doc[k].is_title and doc[k].is_alpha:
            k += 1
        return comma + 1 < k < len(doc) - 1 and doc[k].text in (",", "and") and doc[k + 1].is_title

    def _known_as(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"Kwabena Asante-Mensah — known across the industry as Kobby — director of ...", "Maria Lopes, nicknamed
        Nena,": the name before the aside is a person's (two to four name words), and the one word after "as" is
        what the story calls them too (source "nickname", joined to that person; see ``PersonFinder``)."""
        found = []
        for tok in doc:
            if tok.lower_ == "nicknamed":
                at = tok.i + 1
            elif tok.lower_ == "known":
                at = next((k + 1 for k in range(tok.i + 1, min(len(doc), tok.i + 6)) if doc[k].lower_ == "as"
                           and all(t.is_lower for t in doc[tok.i + 1:k])), None)
            else:
                continue
            if at is None or at + 1 >= len(doc) or not (doc[at].is_title and doc[at].is_alpha) \
                    or doc[at + 1].text not in (",", "\u2014", "\u2013", "-", ")", ".") or not self.namelike(doc[at]):
                continue  # (one word, then the aside closes: "known as Kobby —"; not "known as the Growth Act")
            k = tok.i - 1
            while k > 0 and doc[k].lower_ in ("widely", "better", "commonly", "universally", "affectionately",
                                              "locally", "also", "who", "is", "was"):
                k -= 1
            if doc[k].text not in (",", "\u2014", "\u2013", "("):
                continue
            end = start = k
            while start > 0 and end - start < 6 and (
                    doc[start - 1].is_title and self.namelike(doc[start - 1], True)
                    or doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                    or doc[start - 1].text.lower() in self.lex.name_particles and start < end):
                start -= 1
            span = self.clean(doc, start, end)
            if span is None or self._name_words(doc, *span) < 2 or self._known_org(doc, span) \
                    or self.lex.country_of(doc[span[0]:span[1]].text) \
                    or span[0] > 0 and doc[span[0] - 1].lower_ in ("the", "and", "-") \
                    or any(t.lower_ in self.lex.instrument_words or t.lower_ in self.lex.document_words
                           or self.lex.is_org_head(t.lower_) or self.lex.kind_of(t.text) for t in doc[span[0]:span[1]]):
                continue  # (not "the Comprehensive Agreement, known as Cepa,", "the Pacific Trade Pact, known as")
            found.append((*span, "title"))
            found.append((at, at + 1, "nickname"))
        return found

    def _turn_speakers(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The speakers a transcript names in capitals before their post ("LERATO NKOSI-BHENGU (Chief Director:
        ...):"), past leading title words ("DEPUTY MINISTER ..."); ``clean`` would refuse a name in capitals."""
        found = []
        text = doc_text(doc)
        for (a, b), _ in askers(text):  # "QUESTION (Annelie Botha, Business Day):": the reporter
            span = doc.char_span(a, b, alignment_mode="contract")
            cleaned = self.clean(doc, span.start, span.end) if span is not None else None
            if cleaned and self._name_words(doc, *cleaned) >= 2:
                found.append((*cleaned, "list"))
        if caps_turns(text):  # ("PAUL KINSELLA: Morning, everyone." / "KINSELLA: We've made progress."): a turn's
            # speaker named in full in capitals, past leading title words ("SENATOR PRUITT:"), is a person
            for pos, line in lines_at(text):
                m = _CAPS_TURN.match(line)
                span = doc.char_span(pos + m.start("name"), pos + m.end("name"), alignment_mode="contract") \
                    if m else None
                if span is None or self.lex.place_country(span.text) or self.lex.org_named(span.text) is not None:
                    continue
                start = self._past_title_words(doc, span.start, span.end)
                if span.end - start >= 2 and self._name_words(doc, start, span.end) >= 2:
                    found.append((start, span.end, "title"))
        briefed = {pos + m.start(key) for pos, m in briefing_turns(text) for key in ("name", "reporter")
                   if m[key] is not None}  # ("Press Secretary TAKAMURA:", "NAKAI, Kyodo News:": a surname alone)
        for a, b, _ in turn_labels(text):
            span = doc.char_span(a, b, alignment_mode="contract")
            if span is None or self.lex.place_country(span.text):
                continue
            if a in briefed and not self.is_title_word(span.text):
                found.append((span.start, span.end, "title"))
                continue
            start = self._past_title_words(doc, span.start, span.end)
            if self._name_words(doc, start, span.end) >= 2 or start == span.start and start >= 1 \
                    and doc[start - 1].text.rstrip(".") in SITTING_STYLES and doc[start].text.isupper():
                found.append((start, span.end, "title"))  # (a member's surname alone after the style: "Mr WHITCOMBE")
        return found

    def _past_title_words(self, doc: Doc, start: int, end: int) -> int:
        """Where a speaker's name in capitals starts past the title words and honorifics opening its label
        ("DR. ELENA MARSH (Senior Fellow, ...):", "DEPUTY MINISTER ...", "SENATOR PRUITT:")."""
        while start < end and (self.is_title_word(doc[start].text) or doc[start].text == "."
                               or doc[start].text.lower().rstrip(".") in self.honorifics):
            start += 1
        return start

    def _byline_in_capitals(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"By SOFÍA CASTAÑEDA RUEDA", "By NICOLE HARTMANN and JOÃO SILVA": a byline's names in capitals, which the
        model does not read as names (two to four words of letters each, no body's or place's name)."""
        text, found = doc_text(doc), []
        for a, b in byline_lines(text):
            line = text[a:b]
            for m in re.finditer(r"(?<![\w'])([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\-]+){1,3})(?![\w'])", line):
                name = m.group(1)
                if name.split()[0] in ("BY", "AND") or self.lex.looks_like_org(name.title()) \
                        or self.lex.place_country(name.title()) or self.lex.country_of(name.title()) \
                        or self.lex.org_named(name) or self.lex.org_named(name.title()):
                    continue
                span = doc.char_span(a + m.start(1), a + m.end(1), alignment_mode="contract")
                if span is not None and len(span) >= 2:
                    found.append((span.start, span.end, "list"))
        return found

    def _signatures(self, doc: Doc) -> list[tuple[int, int, str]]:
        """A letter's or an op-ed's signature: a name alone on its line after a blank line, its post on the line
        under it ("Pieter-Jan Claessens" / "Professor of International Economic Law, KU Leuven")."""
        text, found = doc_text(doc), []
        for a, b in signature_lines(text, self.lex.heads):
            name = text[a:b]
            if self.lex.looks_like_org(name):
                continue
            span = doc.char_span(a, b, alignment_mode="contract")
            cleaned = self.clean(doc, span.start, span.end) if span is not None else None
            if cleaned and self._name_words(doc, *cleaned) >= 2 and not any(
                    doc[k].lower_ in self.lex.heads or self.lex.place_country(doc[k].text) for k in range(*cleaned)):
                found.append((*cleaned, "list"))
        return found

    def _listed(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The names of a briefing's list of its people ("Authors: Jane Doe, Partner (Brussels); John Roe
        (Counsel, Delhi)"): each item opens with the name, which a comma or a bracket ends. The model reads
        such lines poorly (a firm taken for a person, a name run into its title)."""
        found = []
        for a, b in people_list_lines(doc_text(doc), self.lex.heads):
            line = doc_text(doc)[a:b]
            lead = author_line(line, self.lex.heads)
            body_at = lead if lead is not None else line.index(":") + 1 if ":" in line else 0
            # (in an attendance line every comma opens a name, and the last runs to the line's end)
            opening = r"(?:^|;|\),|,|\band\b)" if ATTENDANCE.match(line) else r"(?:^|;|\||\),|\bwith\b|\band\b)"
            for item in re.finditer(opening + r"\s*([^,;()]+?)\s*(?=[,(]|" + PARTICIPANT_DASH + "|$)",
                                    line[body_at:]):
                named = item.group(1)
                styled = _STYLE_BEFORE_NAME.match(named)  # ("The Honorable Daniel J. Whitcomb, Secretary of ...")
                start = a + body_at + item.start(1) + (styled.end() if styled else 0)
                named = named[styled.end():] if styled else named
                span = doc.char_span(start, start + len(named), alignment_mode="contract")
                if span is None or not 2 <= len(named.split()) <= 4:
                    continue
                cleaned = self.clean(doc, span.start, span.end)
                if cleaned and all(t.lower_ in self.lex.portfolio_words or t.lower_ in self.lex.domain_words
                                   for t in doc[cleaned[0]:cleaned[1]]):
                    continue  # "Director of Agricultural and Forestry Products": the end of a portfolio after "and"
                if cleaned and self._name_words(doc, *cleaned) >= 2:  # ("Translation: Trade Desk": no name left)
                    found.append((*cleaned, "list"))
        return found

    def _past_area_words(self, doc: Doc, start: int, stop: int) -> int:
        """"Director of Insurance Supervision Tom Reyes": where a name the model (or a speech verb's subject) began
        inside a title's area starts, past the area's capitalized portfolio words (no further than ``stop``); past
        a word of what firms make too, which no name holds ("Minister of Chemicals and Fertilizers Devendra Nath
        Pandey": ``firm_name_endings``)."""
        while start < stop and start > 0 and doc[start].is_title \
                and (self._portfolio_word(doc[start]) and (doc[start - 1].lower_ in ("of", "for")
                                                           or self._portfolio_word(doc[start - 1]))
                     or doc[start].text in self.lex.firm_name_endings and doc[start - 1].lower_ in ("of", "for", "and")):
            start += 1
        return start

    def _bare_org_reading(self, doc: Doc, j: int, head: int | None = None) -> bool:
        """Does the model's organization at token ``j`` hold two or three capitalized words and nothing that makes
        a body (no body's, title's, portfolio's or country's word, no listed name)? Right after a title's head,
        such words are its holder's name. ``head``: the title's head, inside the same organization, which runs on
        through the name to its end ("INTA Chair Joachim Brenner" read as one body)."""
        if j >= len(doc) or doc[j].ent_type_ != "ORG" or doc[j].ent_id_:
            return False
        if doc[j].ent_iob_ != "B" and not (head is not None and head == j - 1 and doc[j].ent_iob_ == "I"
                                           and doc[head].ent_type_ == "ORG" and doc[head].ent_iob_ == "I"
                                           and head >= 1 and doc[head - 1].ent_iob_ == "B" and doc[head - 1].is_upper
                                           and doc[head - 1].is_alpha and len(doc[head - 1]) >= 2):
            return False  # (the body a short form in capitals: not "The Economist Intelligence Unit")
        end = j + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return 2 <= end - j <= 3 and all(
            t.is_title and t.is_alpha and not self.lex.is_org_head(t.lower_) and t.lower_ not in self.lex.heads
            and not self._portfolio_word(t) and not self.lex.country_of(t.text) for t in doc[j:end])

    def _name_words(self, doc: Doc, start: int, end: int) -> int:
        """Words of a name between two tokens: a hyphenated word counts once
        ("Al-Dosari"), particles, a nickname's quotation marks and an abbreviation's dot the tokenizer kept apart not
        at all ("bin", "van der", "Ma" "." of "Ma. Teresa C. Cruz")."""
        return sum(1 for t in doc[start:end] if t.text not in ("-", ".") and t.text.lower() not in self.lex.name_particles
                   and t.text not in _NAME_QUOTES
                   and not (t.i > start and _joins_hyphenated(doc, t.i - 1)))

    def _determined_title(self, doc: Doc, end: int) -> bool:
        """Does a capitalized title ending before token ``end`` open with "its", "the" or "their" ("Its Deputy
        Secretary-General, Nana Akosua Mensah-Bonsu,"), so the words after the comma name its holder?"""
        k = end - 1
        while k > 0 and end - k < 5 and (doc[k].lower_ in self.lex.heads or doc[k].lower_ in self.lex.modifiers):
            k -= 1
        return k < end - 1 and doc[k].lower_ in ("its", "the", "their")

    def _surname_then_hyphenated_given(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"attended by Hwang In-kyu, MOTIE's Director General": a listed surname of a surname-first language, then a
        given name of two hyphenated syllables the name-order table allows, is a person's name wherever it stands."""
        out = []
        for tok in doc[:-3]:
            i = tok.i
            if not (tok.is_alpha and doc[i + 3].is_alpha and self._surname_before_given(doc, i, i + 4)) or tok.ent_id_:
                continue
            if i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and not self.is_title_word(doc[i - 1].text) \
                    and doc[i - 1].lower_.rstrip(".") not in self.honorifics and not doc[i - 1].is_sent_start:
                continue  # (a longer capitalized run: another reading decides; not a title's last word: "Minister
                # of Trade, Industry and Energy Ahn Jae-won")
            if not (i > 0 and doc[i - 1].lower_ == "the"):
                cleaned = self.clean(doc, i, i + 4)
                if cleaned:
                    out.append((*cleaned, "title"))
        return out

    def _surname_before_given(self, doc: Doc, start: int, end: int) -> bool:
        """Is the capitalized small word at ``start`` a surname the name-order table lists, before a hyphenated given
        name of its language's syllables ("An Jae-won", "met with An Jae-won"; not "An EU-wide ban")?"""
        return doc[start].is_title and start + 3 < end + 1 and start + 3 < len(doc) and doc[start + 1].is_title \
            and doc[start + 2].text == "-" and doc[start + 3].is_lower and not doc[start + 1].whitespace_ \
            and not doc[start + 2].whitespace_ \
            and self.lex.name_order.takes_given(doc[start].text, doc[start + 1:start + 4].text)

    def _member_tagged(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"Jan-Willem de Bruijn (ECR, NL) questioned ...": a name with a member's group and country in brackets
        after it (a parliament's minutes), a person's whatever the model read it as."""
        out = []
        text = doc.text
        for m in _MEMBER_TAGGED.finditer(text):
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
            if span is None or not len(span) or any(t.lower_ in self.lex.heads for t in span):
                continue  # ("The Chair (EPP, PL)": a post, no name)
            group = self.lex.org_named(m.group("group"))
            if not (group is not None and group.kind == "party" or any(t.ent_type_ == "PERSON" for t in span)) \
                    or self.lex.kind_of(span.text):
                continue  # ("Yara International (YAR, NO)", "Wine Europe (CEEV, BE)": a body and its letters)
            cleaned = self.clean(doc, span.start, span.end)
            if cleaned:
                out.append((*cleaned, "title"))
        return out

    def _credited_names(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The names a byline or a credit line gives ("By Hye-jin Baek", "By Renata Figueiredo Tavares — From
        Brasília", "(Reporting by X in Brussels; additional reporting by Y in Washington)", "Reporter Lee Ji-hoon
        (이지훈)"): people the story names, whatever the model labelled them."""
        found = []
        text = doc_text(doc)
        for cue in _CREDIT_CUE.finditer(text):
            name = _CREDITED_NAME.match(text, cue.end())
            if name is None:
                continue
            span = doc.char_span(name.start(), name.end(), alignment_mode="contract")
            if span is None or not 2 <= len(span.text.split()) <= 4:
                continue
            if span[-1].lower_ in _WRITERS:  # "By Citizen Reporter", "By Staff Correspondent": a paper's unnamed writer
                continue
            cleaned = self.clean(doc, span.start, span.end)
            if cleaned:
                found.append((*cleaned, "credit"))
        lines = [(pos, line) for pos, line in lines_at(text) if line.strip()][:10]
        for (pos, line), (_, after) in zip(lines, lines[1:]):
            # "IRENE SALCEDO" over "Madrid - 13 JAN 2026 - 19:45 CET": a byline in capitals on a line of its own, the
            # place and date of filing under it (as El País prints its bylines)
            if _CAPITALS_BYLINE.fullmatch(line.strip()) and _PLACE_DATE_LINE.match(after):
                start = pos + len(line) - len(line.lstrip())
                span = doc.char_span(start, start + len(line.strip()), alignment_mode="contract")
                if span is not None and not any(t.ent_type_ in ("GPE", "ORG", "NORP") and t.ent_id_ for t in span) \
                        and all(self.namelike(t, in_name=True) and t.lower_ not in self.lex.domain_words
                                and t.lower_ not in self.lex.portfolio_words and t.lower_ not in self.lex.heads
                                and t.lower_ not in self.lex.speech_verbs and not t.is_stop for t in span):
                    found.append((span.start, span.end, "credit"))
        return found

    def _after_body_of_title(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"Director General of International Trade Negotiations (Dirjen PPI) of the Ministry of Trade Bambang
        Hariyanto Wibisono said": Indonesian and Vietnamese papers name the holder right after the body of
        the title, without a comma, and the model reads body and name as one organization. Two to four
        capitalized words after a body's name (an organization word, then a portfolio at its end), inside
        such a span, with a title's head shortly before it, are the holder's name."""
        found = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 5 or ent[0].ent_id_:
                continue
            start = ent.start + (ent[0].lower_ == "the")
            if not self.lex.is_org_head(doc[start].lower_) or not any(
                    doc[k].lower_ in self.lex.heads for k in range(max(0, start - 14), start)):
                continue
            for k in range(start + 2, ent.end - 1):
                word = doc[k - 1].lower_
                if not (word in self.lex.domain_words or word in self.lex.portfolio_words):
                    continue
                rest = doc[k:ent.end]
                if 2 <= len(rest) <= 4 and all(t.is_title and t.is_alpha and not self.lex.is_org_head(t.lower_)
                                               and t.lower_ not in self.lex.domain_words
                                               and t.lower_ not in self.lex.portfolio_words
                                               and not self.lex.country_of(t.text) for t in rest):
                    found.append((k, ent.end, "title"))
                    break
        return found

    def _apposed_to_title(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"The Chairman of the Board of the Union of Poultry Breeders of Ukraine Serhii Dovhaliuk called ...",
        "economist from the Institute for ... (INDEF) Fitriani Kusumaningrum reminded ...": translated press names
        the holder right after the title's body, without a comma, and the model often tags no one. Two or three
        capitalized words the parse hangs on a title's head as its apposition, right after a body's or a country's
        name (or its bracketed short form), none of them a title's, a body's or a country's word, are the holder."""
        found = []
        for tok in doc:
            if tok.dep_ != "appos" or tok.pos_ != "PROPN" or not tok.is_title or tok.head.lower_ not in self.lex.heads \
                    or tok.head.i >= tok.i or tok.ent_type_ == "PERSON":
                continue
            swallowed = tok.ent_type_ == "ORG"  # "... (Indef) Nailul Fikri" read as the end of the body's name
            start = tok.i
            while start > 0 and tok.i - start < 3 and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == tok.i and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and (doc[start - 1].ent_type_ != "ORG" or swallowed) and not self.lex.country_of(doc[start - 1].text) \
                    and not self.lex.place_country(doc[start - 1].text):
                start -= 1  # (a given name the model took for a place: "Fitriani")
            if start == tok.i or start < 1:
                continue
            before = doc[start - 1]
            if swallowed and not (before.text == ")" and before.ent_type_ == "ORG" and not tok.ent_id_
                                  and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")):
                continue  # (only names after the body's bracketed short form, closing the model's entity)
            if not (before.text == ")" or before.ent_type_ in ("ORG", "GPE") and before.ent_iob_ in ("B", "I")):
                continue
            words = doc[start:tok.i + 1]
            if any(t.lower_ in self.lex.heads or self.lex.is_org_head(t.lower_) or self._portfolio_word(t)
                   or self.lex.country_of(t.text) for t in words):
                continue
            span = self.clean(doc, start, tok.i + 1)
            if span:
                found.append((*span, "title"))
        return found

    def _after_title_appositive(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Names set off by commas right after a title: "its executive
        director, Carolina Vasconcelos Brandao, said" (two to four capitalized
        words, whatever the model labelled them: it often reads such a name as
        an organization)."""
        found = []
        for comma in doc:
            i = comma.i
            if comma.text != "," or i == 0:
                continue
            # ("Its director general, X,": a head and "general" written apart, one head)
            head_at = i - 2 if i >= 2 and doc[i - 1].lower_ == "general" and doc[i - 2].lower_ in self.lex.heads \
                and doc[i - 2].is_lower == doc[i - 1].is_lower else i - 1
            if not (doc[head_at].lower_ in self.lex.heads and (doc[i - 1].is_lower or self._determined_title(doc, i))) \
                    and not self._portfolio_ends_at(doc, i) \
                    and not self._title_of_body_ends_at(doc, i) and not self._posted_to_ends_at(doc, i) \
                    and not self._remit_with_country_ends_at(doc, i) and not self._title_at_body_ends_at(doc, i) \
                    and not self._title_from_body_opens_sentence(doc, i) and not self._title_at_the_body_ends_at(doc, i):
                continue
            k = i + 1
            while k < len(doc) and (n := self.honorific_at(doc, k)):
                k += n  # "..., Dato' Rosli Hamdan": the honorific is no part of the name
                if k < len(doc) and doc[k].text in ("'", "\u2019"):
                    k += 1
            i = k - 1
            while k < len(doc) and self._name_words(doc, i + 1, k) < 4 \
                    and not (k > i + 2 and doc[k].text in self.lex.post_nominals) and (
                    (self.namelike(doc[k], in_name=True) and (
                        doc[k].ent_type_ not in ("GPE", "NORP", "DATE")
                        # "..., Han Dewei, with whom": a surname the model took for a people, its given name after it
                        or (k == i + 1 and doc[k].ent_type_ == "NORP" and k + 1 < len(doc)
                            and self.lex.name_order.takes_given(doc[k].text, doc[k + 1].text))
                        # "The minister of Agriculture ..., Luz Marina Ospina,": a whole name the model read as a
                        # people, no word of it a country's or its people's
                        or (doc[k].ent_type_ == "NORP" and self._norp_name(doc, i + 1))
                        # "The chair, Sigrid Bergland of Norway,": a name the model took for a place
                        or (doc[k].ent_type_ == "GPE" and not self.lex.country_of(doc[k].text)
                            and not self.lex.place_country(doc[k].text))
                        # "..., Helena Vasconcelos Prado,": a last name the model took for a place
                        or (k >= i + 3 and doc[k].ent_type_ == "GPE" and k + 1 < len(doc) and doc[k + 1].text in (",", ".")
                            and not self.lex.country_of(doc[k].text))))
                    or (k > i + 1 and _joins_hyphenated(doc, k) and (self.namelike(doc[k + 1], in_name=True)
                                                                     or _syllable(doc[k + 1])))  # "Min-gyu"
                    or (k > i + 2 and _joins_hyphenated(doc, k - 1))
                    # "Annelies de Wachter": a particle inside the name
                    or (k > i + 1 and doc[k].is_lower and doc[k].lower_ in self.lex.name_particles
                        and k + 1 < len(doc) and doc[k + 1].is_title)):
                k += 1
            end_of_name = k
            while k < len(doc) and doc[k].text in self.lex.post_nominals and k > i + 2:
                k += 1  # "the Minister for Enterprise, Seán Moriarty TD, said": the letters after the name
            k = from_country_after(self.lex, doc, k) or k  # "The chair, Sigrid Holm of Norway, said"
            # "the Walloon Minister of Agriculture, Anne-Sophie Dewandre (Les Engagés), is ...": her party in brackets
            # between the name and the comma that closes it
            if k + 2 < len(doc) and doc[k].text == "(":
                close = next((j for j in range(k + 2, min(len(doc), k + 5)) if doc[j].text == ")"), None)
                if close is not None and close + 1 < len(doc) and doc[close + 1].text in (",", ".") \
                        and all(t.is_title or t.is_upper for t in doc[k + 1:close]):
                    k = close + 1
            # (or a colon closing a release's label line: "Quotes attributable to Chile's Minister of Economy, X:")
            label_end = k < len(doc) and doc[k].text == ":" and (k + 1 == len(doc) or "\n" in doc[k + 1].text)
            if k >= len(doc) or doc[k].text not in (",", ".") and not label_end \
                    or self._name_words(doc, i + 1, end_of_name) < 2:
                continue
            if any(doc[j].ent_id_ or doc[j].lower_ in self.lex.heads for j in range(i + 1, end_of_name)):
                continue  # a known body or another title, not a name
            if k == end_of_name and self._portfolio_listed_on(doc, i + 1, k):
                continue  # ("Secretary General of the Ministry of Agriculture, Maritime Fisheries, Rural Development,
                # Water and Forests, X": the ministry's portfolios, listed)
            span = self.clean(doc, i + 1, end_of_name)
            if span:
                found.append((*span, "appositive"))
        return found

    def _norp_name(self, doc: Doc, start: int) -> bool:
        """Is the people-or-group entity opening at token ``start`` two or more capitalized words, closed by a
        comma, none of them a country's or its people's word ("Luz Marina Ospina" tagged NORP)?"""
        if doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "NORP":
            return False
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end - start >= 2 and end < len(doc) and doc[end].text == "," and all(
            t.is_title and t.is_alpha and not self.lex.country_of(t.text) and not self.lex.place_country(t.text)
            for t in doc[start:end])

    def _remit_with_country_ends_at(self, doc: Doc, end: int) -> bool:
        """Does a title in lower case and its remit with a country end just before token ``end``: "the
        Commission's chief negotiator for trade with the United States,", "the director for relations with
        Japan,"?"""
        for n in (1, 2, 3):
            k = end - n
            if k < 4 or not self.lex.country_of(doc[k:end].text):
                continue
            k -= doc[k - 1].lower_ == "the"
            if doc[k - 1].lower_ not in ("with", "in", "to"):
                continue
            j = k - 2
            while j > 0 and k - 2 - j < 3 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ != "for":
                j -= 1  # "trade", "relations", "economic relations"
            return j >= 1 and j < k - 2 and doc[j].lower_ == "for" and doc[j - 1].is_lower \
                and doc[j - 1].lower_ in self.lex.heads
        return False

    def _posted_to_ends_at(self, doc: Doc, end: int) -> bool:
        """Does "<post abroad> to <country or body>" end just before token ``end``: "the EU's ambassador to
        the UAE,"?"""
        def known(place: str) -> bool:
            return bool(self.lex.country_of(place) or self.lex.country_of(place.removeprefix("the "))
                        or self.lex.org_named(place.removeprefix("the ")))
        for k in range(end - 1, max(0, end - 10), -1):
            if doc[k].lower_ == "to":
                places = doc[k + 1:end].text.replace(" and ", ", ").split(", ")
                if k < end - 6 and len(places) < 2:
                    return False  # (a list of places may run longer: "to the European Union, Belgium and Luxembourg,")
                post = k
                sender = next((m for m in range(k - 1, max(0, k - 5), -1) if doc[m].lower_ == "of"), None)
                if sender is not None and known(doc[sender + 1:k].text):
                    post = sender  # "the Ambassador of Colombia to Peru,", "the Ambassador of the European Union to
                    # the Republic of Korea,": the sending country (or bloc) before "to"
                return self.lex.post_abroad([t.lower_ for t in doc[max(0, post - 2):post]], at_end=True) \
                    and all(known(place) for place in places)
        return False

    def _title_at_body_ends_at(self, doc: Doc, end: int) -> bool:
        """Does "the <head> of <an area in lower case> at <a body's capitalized name>" end just before token ``end``:
        "The head of oceans at WWF Spain," "the director of policy at the Kiel Institute,"? (The head opens the
        sentence or follows "the"; one to three lower-case words of its area; the body's words after "at".)"""
        h = end - 1
        while h > 0 and end - h <= 6 and (doc[h].is_title or doc[h].is_upper or doc[h].lower_ in ("of", "for", "the", "&")):
            h -= 1
        if h >= end - 1 or doc[h].lower_ != "at" or not (doc[h + 1].is_title or doc[h + 1].is_upper
                                                         or doc[h + 1].lower_ == "the"):
            return False
        k = h - 1
        while k > 0 and h - k <= 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ("of", "the"):
            k -= 1
        if k == h - 1 or doc[k].lower_ != "of" or k < 1:
            return False
        if k >= 3 and doc[k - 1].lower_ == "charge" and doc[k - 2].lower_ == "in" and doc[k - 3].is_title \
                and doc[k - 3].lower_.split("-")[-1] in self.lex.heads:
            # "Executive Vice-President in charge of sustainability at OCP Group, X,": the post's area said so
            head = k - 3
            while head > 0 and (doc[head - 1].lower_ in self.lex.modifiers or doc[head - 1].text == "-") \
                    and doc[head - 1].is_title:
                head -= 1
            return head == 0 or doc[head - 1].lower_ in ("the", ",") or doc[head].is_sent_start
        if doc[k - 1].lower_ not in self.lex.heads:
            return False
        return k - 1 == 0 or doc[k - 2].lower_ == "the" or doc[k - 1].is_sent_start

    def _title_from_body_opens_sentence(self, doc: Doc, end: int) -> bool:
        """Does a sentence open with a title, "from" or "at" and a body's capitalized name, ending just before token
        ``end`` ("Fisheries economist from IPB University, X, opined")? (At most two words before the head, of its
        area or rank.)"""
        h = end - 1
        while h > 0 and end - h <= 6 and (doc[h].is_title or doc[h].is_upper or doc[h].lower_ in ("of", "for", "&")):
            h -= 1
        if h >= end - 1 or doc[h].lower_ not in ("from", "at") or h < 1 \
                or doc[h - 1].lower_.split("-")[-1] not in self.lex.heads:
            return False
        k = h - 1
        while k > 0 and h - k <= 3 and not doc[k].is_sent_start and (doc[k - 1].is_title or doc[k - 1].is_lower) \
                and doc[k - 1].is_alpha and doc[k - 1].lower_ not in ("the", "a", "an"):
            k -= 1
        return doc[k].is_sent_start

    def _title_of_body_ends_at(self, doc: Doc, end: int) -> bool:
        """Does "the <Title> of <a body's name>" end just before token ``end``: "the
        President of the Brazilian Agency for the Promotion of Exports (ApexBrasil),"?
        (capitalized words, connectors and a bracketed short form back to the head,
        which "the" opens.)"""
        if end >= 4 and doc[end - 1].lower_ in self.lex.context_nouns and doc[end - 2].lower_ in ("the", "that", "this") \
                and doc[end - 3].lower_ == "of" and doc[end - 4].lower_ in self.lex.heads:
            return True  # "said the president of the entity, Luciana Fonseca Prado": the body the story named
        h = end - 1
        depth = 0  # inside brackets ("(SE, Ministry of Economy)") anything goes
        while h >= 1 and end - h <= 24:
            tok = doc[h]
            depth += (tok.text == ")") - (tok.text == "(")
            if (tok.lower_ in self.lex.heads or tok.lower_ == "general" and doc[h - 1].lower_ in self.lex.heads) \
                    and (tok.is_title or tok.is_lower) and h + 1 < end - 1 \
                    and (doc[h + 1].lower_ == "of" or self._in_body(doc, h + 1)):
                m = h  # "the Deputy Assistant Secretary of the US Department of Commerce,": the title's first word
                while m >= 1 and (doc[m - 1].lower_ in self.lex.heads or doc[m - 1].lower_ in self.lex.modifiers
                                  or (doc[m - 1].is_title or tok.is_lower and doc[m - 1].is_lower)
                                  and self._portfolio_word(doc[m - 1])) \
                        and (doc[m - 1].is_title or doc[m - 1].is_lower) and doc[m - 1].lower_ != "the":
                    m -= 1  # (and its area: "the Economic and Commercial Counsellor of the Embassy of ...", "The
                    # foreign trade adviser of the Chamber of ... (Capeco),")
                if m >= 1 and doc[m - 1].lower_ == "the":
                    return True
            if tok.lower_ in self.lex.heads and (tok.is_title or tok.is_lower) and doc[h - 1].lower_ == "the":
                return h + 1 < end - 1 and doc[h + 1].lower_ == "of"
            if "\n" in tok.text or not (depth > 0 or tok.text[:1].isupper() or tok.text in ("(", ")", "&")
                                         or tok.lower_ in ("of", "the", "and", "for", "on")
                                         # ("the Counsellor of the Embassy of Spain in Beijing,": its seat)
                                         or tok.lower_ == "in" and doc[h + 1].ent_type_ == "GPE"
                                         # ("the Parliamentary State Secretary in the German Ministry of Economy,")
                                         or self._in_body(doc, h)
                                         # ("the head of the Delegation of the European Union to Laos,")
                                         or tok.lower_ == "to" and bool(self.lex.country_of(doc[h + 1].text))
                                         # ("the head of the trade defence unit of the European Commission,")
                                         or tok.is_lower and (tok.lower_ in self.lex.unit_words
                                                              or self._portfolio_word(tok))
                                         or tok.lower_ in self.lex.name_particles
                                         # "the director of the ministry's Tax Legislation Department,"
                                         or tok.text in ("'s", "\u2019s") and doc[h - 1].lower_ in self.lex.context_nouns
                                         or tok.is_lower and tok.lower_ in self.lex.context_nouns
                                         and doc[h + 1].text in ("'s", "\u2019s")
                                         # ("of Brazil's Ministry of Development, Industry, Trade and Services
                                         # (MDIC),": the portfolios a body's name lists, its country before it)
                                         or tok.text == "," and doc[h - 1].is_title and doc[h + 1].is_title
                                         and self._portfolio_word(doc[h - 1]) and self._portfolio_word(doc[h + 1])
                                         or tok.text in ("'s", "\u2019s") and bool(self.lex.country_of(doc[h - 1].text))):
                return False  # ("Secretaría de Economía": a particle inside a body's name)
            h -= 1
        return False

    @staticmethod
    def _in_body(doc: Doc, k: int) -> bool:
        """Is token ``k`` the "in" of a post in a body the model names ("State Secretary in the Ministry of ...")?"""
        body = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        return doc[k].lower_ == "in" and body < len(doc) and doc[body].ent_type_ == "ORG" and doc[body].is_title

    def _title_at_the_body_ends_at(self, doc: Doc, end: int) -> bool:
        """Does "<a title> at the <body's common noun>" end just before token ``end``: "the Director of Foreign Trade
        at the ministry," (the body named before, its holder's name after the comma)?"""
        return end >= 5 and doc[end - 1].lower_ in self.lex.context_nouns and doc[end - 2].lower_ == "the" \
            and doc[end - 3].lower_ == "at" and (doc[end - 4].lower_ in self.lex.heads or self._portfolio_ends_at(doc, end - 3))

    def _portfolio_ends_at(self, doc: Doc, end: int) -> bool:
        """Does a title with its portfolio end just before token ``end``: "Mexico's Secretary of Economy,"?"""
        for h in range(max(0, end - 12), end - 2):  # ("Minister of Development, Industry, Trade and Services,")
            if doc[h].lower_ in self.lex.heads and (doc[h].is_title or doc[h].is_lower) \
                    and self._past_portfolio(doc, h + 1, lower=doc[h].is_lower) == end:
                return True
        return False

    def _in_place_name(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` a word of a country's or place's name ("Côte D'Ivoire")?"""
        return doc[i].ent_type_ in ("GPE", "LOC") or any(
            self.lex.country_of(doc[a:b].text) or self.lex.place_country(doc[a:b].text)
            for a in range(max(0, i - 2), i + 1) for b in range(i + 1, min(len(doc), i + 3)))

    def _before_appositive_title(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Names the model missed that an appositive title or "who" follows:
        "Le Minh Chau, a trade lawyer in Ho Chi Minh City", "Pham Thi Ngoc,
        who heads ..." (two to four capitalized words the model left
        unlabelled or took for a facility or other non-place thing)."""
        found = []
        for comma in doc:
            if comma.text not in (",", "("):
                continue
            end = start = comma.i
            tagged = False  # a party and state in the brackets: the words before are a person's, never a body's
            if comma.text == "(":
                # "(Partner, Brussels)", or a legislator's party and state: "Marília Tenório (PSD-AL), who chairs"
                titled = self._bracketed_title(doc, comma.i + 1)
                tagged = not titled and party_tag_close(doc, comma.i) is not None
                titled = titled or tagged
                close = next((k for k in range(comma.i + 1, min(len(doc), comma.i + 8)) if doc[k].text == ")"), None)
                if not titled and close is not None and close + 2 < len(doc) and doc[close + 1].text == "," \
                        and any(t.text == "," for t in doc[comma.i + 1:close]) \
                        and all(t.text in (",", "&", "-") or t.is_alpha and (t.is_title or t.is_upper)
                                for t in doc[comma.i + 1:close]) \
                        and self._appositive_title(doc, close + 2):
                    titled = True  # "Marie-Hélène Crozat (EPP, France), a member of the agriculture committee,": a
                    # member's group and country in brackets, then her post
            else:  # a title follows, or "who" (only people are "who": "replaced Claudia Riquelme Soto, who left")
                titled = self._appositive_title(doc, comma.i + 1) or (
                    comma.i + 1 < len(doc) and doc[comma.i + 1].lower_ == "who") or self._list_entry(doc, comma.i)
                end = start = _before_native_gloss(doc, comma.i)  # "Kim Do-yeon (김도연), a senior research fellow"
            while start > 0 and end - start < 6:
                prev = doc[start - 1]
                # ("Anneliese van der Meer, Deputy Director-General at ...": a given name the model read as a nationality)
                nationality = prev.ent_type_ == "NORP" and titled and not self.lex.country_of(prev.text)
                if start >= 3 and _joins_hyphenated(doc, start - 2) and (_syllable(prev) or prev.is_title) \
                        and doc[start - 3].is_title and not doc[start - 3].ent_id_:
                    start -= 3  # "Seo-yeon", "Tranmere-Josephs": a hyphenated given name or surname
                elif (prev.pos_ == "PROPN" or nationality) and not prev.ent_id_ \
                        and (prev.is_alpha or _apostrophe_name(prev) and not self._in_place_name(doc, start - 1)) \
                        and (prev.is_title or _apostrophe_name(prev)
                             or prev.is_upper and len(prev.text) > 2 and start == end and titled
                             and start >= 2 and doc[start - 2].is_title) \
                        and (prev.ent_type_ in ("", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "PERSON") or nationality
                             or (prev.ent_type_ == "ORG" and titled and not tagged)  # (not "Nucor Steel (NUE-US)")
                             # "met Dirk-Jan Haverkamp, director for ...": a name the model took for a place
                             or (prev.ent_type_ in ("GPE", "DATE") and titled and not tagged
                                 and not self.lex.country_of(prev.text)
                                 and not self.lex.place_country(prev.text) and not _date_word(prev))):
                    start -= 1  # the model often reads a name before a title as an organization (its surname in
                    # capitals too, as EU lists write it: "Katrin EHRLUND, Head of Unit")
                elif start < end and prev.is_title and prev.is_alpha and not prev.ent_type_ \
                        and self.lex.name_order.takes_given(prev.text, doc[start].text):
                    start -= 1  # "Oh Seo-yeon": a surname the model reads as a word ("Oh")
                elif titled and not tagged and end - start == 2 and prev.ent_id_ and prev.ent_iob_ == "B" \
                        and prev.ent_type_ == "ORG" and prev.is_title and prev.is_alpha \
                        and doc[start].ent_iob_ != "I" and all(not t.ent_id_ and t.is_title for t in doc[start:end]) \
                        and (start == 1 or not doc[start - 2].is_title and doc[start - 2].lower_ not in ("and", "or", ","))\
                        and self._body_in_appositive(doc, comma.i + 1):
                    start -= 1  # "Mercedes Ruiz Castellanos, director ...": a given name one company goes by too,
                    # before two name words and a title
                    break
                elif start < end and titled and not tagged and prev.is_title and prev.is_alpha \
                        and (prev.is_stop and not prev.is_sent_start
                             or prev.pos_ == "NOUN" and prev.lower_ not in self.lex.heads
                             and not self.lex.is_org_head(prev.lower_) and not self.lex.country_of(prev.text)) \
                        and prev.ent_iob_ == "B" and prev.ent_type_ in ("ORG", "PERSON") \
                        and doc[start].ent_iob_ == "I":
                    start -= 1  # "Nor Azman Ismail, Petronas' vice president", "Thérèse Van Acker, deputy ...": a
                    # given name the tagger took for a small word or a noun, inside the name the model marked
                elif titled and not tagged and start == end - 1 and prev.is_sent_start and prev.is_title \
                        and prev.is_alpha and not prev.ent_type_ and prev.tag_ in ("VB", "NN", "JJ") \
                        and doc[start].pos_ == "PROPN" and prev.lower_ not in self.lex.heads \
                        and prev.lower_ not in self.lex.modifiers \
                        and not re.search(rf"(?<![\w-]){re.escape(prev.lower_)}(?![\w-])", doc.text):
                    start -= 1  # "Erlend Sæther, executive vice president ...": a given name opening the sentence
                    # that the tagger read as a verb or a common word (one the story never writes in lower case)
                    break
                elif start < end and re.fullmatch(r"[A-Z]\.", prev.text) and start >= 2 and doc[start - 2].is_title \
                        and doc[start - 2].is_alpha and not doc[start - 2].is_sent_start:
                    start -= 1  # "Ananya R. Kulkarni": a middle initial inside the name
                else:
                    break
            if start < end:
                start = self._back_through_particles(doc, start)  # "Annelies de Wachter, the Commission official"
            while end - start > 2 and start >= 2 and (doc[start - 1].lower_ in ("and", "of", "for")
                                                      or doc[start - 1].is_title and self._portfolio_word(doc[start - 1])) \
                    and doc[start].is_title and self._portfolio_word(doc[start]) and doc[start].ent_type_ != "PERSON":
                start += 1  # "Vice Minister of Trade and Integration Erlan Zhaksybekov, who ...": the portfolio's last
                # word, not the name's first
            if end - start < 2 or self._name_words(doc, start, end) > 4:
                continue
            if start >= 1 and doc[start - 1].is_sent_start and (
                    doc[start - 1].lower_ in self.lex.place_prepositions or doc[start - 1].lower_ == "on"):
                continue  # "On Capitol Hill, the chairman ...": a place opening the sentence
            if start >= 1 and end - start == 2 and doc[start].text in self.lex.outlet_articles \
                    and doc[start].ent_type_ != "PERSON" and doc[start - 1].lower_ in ("with", "told", "to"):
                continue  # "In an interview with El Economista, the official explained": a paper, addressed
            if start >= 1 and doc[start - 1].lower_ == "the" and doc[start].ent_type_ == "ORG" \
                    and doc[start - 1].ent_type_ == "ORG":
                continue  # "At the National Assembly, lawmakers criticized": the model's body, with its article
            if comma.text == "(":
                if titled:  # "Amara Nwosu (Partner, Brussels)": a name with its title in brackets
                    span = self.clean(doc, start, end)
                    if span:
                        found.append((*span, "appositive"))
                continue
            if (area := area_at(self.lex, doc, start)) and area[0] <= start and end <= area[1]:
                continue  # "the State Secretary for Economic Affairs, who heads ...": the end of a post's area
            if start >= 2 and doc[start - 1].lower_ == "for" and doc[start].ent_type_ != "PERSON" \
                    and self._capitalized_title_before(doc, start - 1):
                continue  # "Assistant Minister of Investment and Foreign Trade for Trade Agreements,": its area
            k = end + 1
            if k < len(doc) and doc[k].lower_ == "who":  # "Pham Thi Ngoc, who heads ...": only people are "who"
                span = self.clean(doc, start, end)
                if span:
                    found.append((*span, "appositive"))
                continue
            if titled:
                span = self.clean(doc, start, end)
                if span and span[0] >= 2 and doc[span[0] - 1].lower_ == "the" and doc[span[0] - 2].lower_ == "of" \
                        and doc[span[0]].ent_type_ != "PERSON":
                    continue  # "MP Ewa Nowak of the Civic Coalition, chair of ...": a body after "of the", not a name
                if span:
                    found.append((*span, "appositive"))
        return found

    @staticmethod
    def _body_in_appositive(doc: Doc, k: int) -> bool:
        """Does the appositive from token ``k`` to its comma or the sentence's end name a body of its own ("director
        ... at the European Commission")? Then a company's one-word name before the person is no employer."""
        while k < len(doc) and doc[k].text not in (",", ";") and not doc[k].is_sent_end:
            if doc[k].ent_type_ == "ORG" and doc[k - 1].lower_ in ("at", "of", "the"):
                return True
            k += 1
        return False

    def _capitalized_title_before(self, doc: Doc, at: int) -> bool:
        """Does a title in capitals run up to token ``at`` ("Assistant Minister of Investment and Foreign Trade"
        before "for"), its words capitalized or small, a head among them (not "hosted a dinner for", "pushed for")?"""
        k = at - 1
        while k >= 0 and at - k <= 10 and (doc[k].is_title or doc[k].lower_ in ("of", "and", "the", "&")):
            if doc[k].is_title and doc[k].lower_ in self.lex.heads:
                return True
            k -= 1
        return False

    def _romanized_in_brackets(self, doc: Doc) -> list[tuple[int, int, str]]:
        """"한도연 (Han Do-yeon) 통상차관보 (Deputy Minister for Trade)": a name in the paper's own script, its
        romanization in brackets right after it (two to four capitalized words, none a word of a title or body)."""
        found = []
        for open_ in doc:
            if open_.text != "(" or open_.i == 0 or not other_script(doc[open_.i - 1]):
                continue
            close = next((k for k in range(open_.i + 1, min(len(doc), open_.i + 8)) if doc[k].text == ")"), None)
            if close is None:
                continue
            inside = doc[open_.i + 1:close]
            words = [t for t in inside if t.text != "-"]
            if not 2 <= self._name_words(doc, open_.i + 1, close) <= 4 or not all(
                    (t.is_title or _syllable(t)) and t.is_alpha and t.lower_ not in self.lex.heads
                    and not self.lex.is_org_head(t.lower_) and t.lower_ not in self.lex.domain_words
                    and t.lower_ not in self.lex.portfolio_words and not self.lex.country_of(t.text) for t in words):
                continue
            span = self.clean(doc, open_.i + 1, close)
            if span:
                found.append((*span, "appositive"))
        return found

    def _after_bracketed_title(self, doc: Doc) -> list[tuple[int, int, str]]:
        """A name right after a title's English form in brackets, which follows its own-language form:
        "Parlamentarischer Staatssekretär (Parliamentary State Secretary) Lukas Brandstätter" (the model often
        reads such a name as an organization)."""
        found = []
        for close in doc:
            if close.text != ")" or close.i + 2 >= len(doc):
                continue
            opening = next((k for k in range(close.i - 1, max(0, close.i - 8), -1) if doc[k].text == "("), None)
            # "U.S. Trade Representative (USTR) Hale": a post's letters the lexicon lists, after the post's head, then
            # the holder (the surname alone too)
            post_letters = opening is not None and close.i == opening + 2 and opening >= 1 \
                and self.lex.is_post_title(doc[opening + 1].text) and doc[opening - 1].lower_ in self.lex.heads
            if opening is None or not (any(t.lower_ in self.lex.heads and t.is_title for t in doc[opening + 1:close.i])
                                       or self._title_of_short_form(doc, opening, close.i) or post_letters):
                continue
            k = close.i + 1
            while k < len(doc) and self._name_words(doc, close.i + 1, k) < 4 and (
                    self.namelike(doc[k], in_name=True) or (k > close.i + 1 and _joins_hyphenated(doc, k))):
                k += 1
            if self._name_words(doc, close.i + 1, k) >= (1 if post_letters else 2) \
                    and not any(doc[j].ent_id_ for j in range(close.i + 1, k)):
                span = self.clean(doc, close.i + 1, k)
                if span:
                    found.append((*span, "title"))
        return found

    def _title_of_short_form(self, doc: Doc, opening: int, close: int) -> bool:
        """"the deputy of the Socialist Party (PS) Inês Calado Morais asked": translated press puts the holder
        right after the body of the title and its short form in brackets. One short form in the brackets, and a
        title's head then "of" or "at" and the body's capitalized words before them."""
        if close != opening + 2 or not doc[opening + 1].is_upper or not doc[opening + 1].is_alpha:
            return False
        k = opening
        while k > 1 and opening - k < 7 and (doc[k - 1].is_title and doc[k - 1].is_alpha
                                             or doc[k - 1].lower_ in ("of", "and", "for") and doc[k - 2].is_title):
            k -= 1
        k -= k > 0 and doc[k - 1].lower_ == "the"
        j = close + 1
        while j < len(doc) and j - close <= 5 and doc[j].is_title:
            if self.lex.is_org_head(doc[j].lower_):
                return False  # ("the Ministry of Industry and Trade (MOIT) Import Export Department Tran Quoc Bao": a
                # part of the body goes on after the brackets)
            j += 1
        return k < opening and k >= 2 and doc[k - 1].lower_ in ("of", "at") and doc[k - 2].lower_ in self.lex.heads

    def _described_by_copula(self, doc: Doc) -> list[tuple[int, int, str]]:
        """A name opening a sentence (or the text after a label such as "About the author:") that "is" or "was"
        a post: "Sophie Arnaud is a senior fellow at ...". The model often takes such a name for an organization;
        a body "is" no "senior fellow"."""
        found = []
        for sent in doc.sents:
            start = sent.start
            while start < sent.end and doc[start].is_space:
                start += 1
            colon = next((t.i for t in doc[start:min(sent.end, start + 5)] if t.text == ":"), None)
            if colon is not None:
                start = colon + 1
            k = start
            while k < sent.end and k - start < 6 and (
                    self.namelike(doc[k], in_name=True) or (k > start and _joins_hyphenated(doc, k))
                    or (k > start + 1 and _joins_hyphenated(doc, k - 1) and _syllable(doc[k]))):
                k += 1
            if k >= sent.end - 2 or doc[k].lower_ not in ("is", "was") or self._name_words(doc, start, k) < 2 \
                    or not self._appositive_title(doc, k + 1) or doc[k + 1].lower_ not in ("a", "an", "the"):
                continue
            if any(doc[j].ent_id_ or doc[j].lower_ in self.lex.heads or self.lex.country_of(doc[j].text)
                   for j in range(start, k)):
                continue
            span = self.clean(doc, start, k)
            if span:
                found.append((*span, "copula"))
        return found

    def _appositive_title(self, doc: Doc, k: int) -> bool:
        """Does a lower-case title start at token ``k`` (after a comma): "a trade
        lawyer", "the bloc's chief negotiator", "Brazil's secretary of foreign trade"?"""
        bare = k  # the title right after the comma, no article
        if k < len(doc) and doc[k].lower_ == "according":
            return False  # "the Committee on Import Licensing, according to trade officials": a source, no title
        if k < len(doc) and doc[k].lower_ in ("our", "its", "their"):
            # "With me today are X, our Chief Executive Officer, and Y, our Chief Financial Officer": the body's own
            # post in capitals after its possessive
            j = k + 1
            while j < len(doc) and j < k + 5 and doc[j].is_title and doc[j].lower_ not in self.lex.heads \
                    and (doc[j].lower_ in self.lex.modifiers or doc[j].lower_ in self.lex.domain_words):
                j += 1
            if j < len(doc) and doc[j].is_title and doc[j].lower_ in self.lex.heads:
                return True
        if k < len(doc) and doc[k].lower_ in ("a", "an", "the"):
            k += 1
        elif k + 1 < len(doc) and (self.lex.country_of(doc[k].text)
                                   or (doc[k].ent_type_ == "ORG" and (doc[k].is_upper or doc[k].ent_id_))) \
                and doc[k + 1].text in _POSSESSIVE:  # (a known body's: "Petronas' vice president for LNG")
            k += 2  # ("Brazil's secretary of foreign trade", "METI's director-general for trade policy")
        if k + 2 < len(doc) and doc[k].is_title and doc[k].lower_ in self.lex.heads and doc[k + 1].lower_ in ("of", "for") \
                and self._portfolio_word(doc[k + 2]):
            return True  # "Szalai Bence, Minister of Foreign Affairs and Trade,": a formal title in capitals
        h = k
        while h + 1 < len(doc) and h < k + 3 and doc[h].is_title and doc[h].lower_ in self.lex.modifiers \
                and doc[h + 1].is_title and doc[h + 1].lower_ in self.lex.heads:
            h += 1  # "Deputy Director-General at ...": modifiers in capitals before the head
        if k == bare:
            # "Jane Holt, Deputy U.S. Trade Representative, met ...": a formal title in capitals, closed by a comma
            def title_word(j: int) -> int:
                """How many tokens the word of such a title at ``j`` takes: a modifier, a domain, a country's name
                (of two words: "Deputy United States Trade Representative,"); 0 when none starts there."""
                if not (doc[j].is_title or doc[j].is_upper):
                    return 0
                one = bool(self.lex.country_of(doc[j].text))
                two = not one and bool(self.lex.country_of(doc[j:j + 2].text))
                if doc[j].lower_ in self.lex.modifiers or doc[j].lower_ in self.lex.domain_words or one \
                        or two and doc[j + 1].is_title:
                    return 2 if two else 1
                return 0
            j = k
            while j < len(doc) and j < k + 6 and (n := title_word(j)):
                j += n
            if j > k and j + 1 < len(doc) and doc[j].is_title and doc[j].lower_ in self.lex.heads \
                    and doc[j + 1].text == ",":
                return True
        if k == bare and h + 2 < len(doc) and (doc[h].is_upper or doc[h].is_title) and doc[h].lower_ in self.lex.heads:
            after = hyphenated_end(doc, h)  # "Director-General"
            if after + 1 < len(doc) and doc[after].lower_ in ("of", "at") \
                    and (doc[after + 1].ent_type_ == "ORG" or doc[after + 1].lower_ == "the"):
                return True  # "Lukas Anzengruber, CEO of Rheinmotor AG,": a head in capitals and the body
        words = 0
        opened = -1  # where the body's name starts when lower-case words come between it and the article
        j = k
        while k > bare and j < len(doc) and j < k + 2 and doc[j].is_lower and doc[j].is_alpha \
                and doc[j].lower_ not in self.lex.heads:
            j += 1  # "a former AmCham president": describing words before the body's name
        if j > k and j < len(doc) and doc[j].ent_type_ in ("ORG", "NORP", "GPE") and doc[j].text[:1].isupper():
            words, k, opened = j - k, j, j
        # "the Commission official", "the EU trade official": a body's name before the title
        while k < len(doc) and (words < 2 if opened < 0 else k < opened + 2) \
                and doc[k].ent_type_ in ("ORG", "NORP", "GPE") and doc[k].text[:1].isupper() \
                and (doc[k - 1].lower_ in ("the", "a", "an") or k == opened or (words and doc[k - 1].ent_type_)):
            k += 1
            words += 1
        while k < len(doc) and words < 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in self.lex.heads:
            if doc[k].lower_ in self.lex.speech_verbs:
                return False  # ("..., said members would ...": a verb, then its subject)
            k += 1
            words += 1
        return k < len(doc) and doc[k].is_lower and doc[k].lower_ in self.lex.heads

    def _list_entry(self, doc: Doc, comma: int) -> bool:
        """Is the comma at ``comma`` the one after a name that opens a list entry, a title in capitals
        after it ("- Helena Strickland-Obi, Assistant U.S. Trade Representative for ...")?"""
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, doc[comma].idx) + 1
        # (or a press release's signature under a statement: "Stelios Pitsillides, Minister of Finance of Cyprus" on
        # the line after a paragraph that closes its quotation)
        signed = signed_under_quotation(text, line_start, self.lex.heads)
        if not signed and (not LIST_ITEM.match(text[line_start:doc[comma].idx] + " x") or
                           not re.fullmatch(r"\s*\S+\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*\s*",
                                            text[line_start:doc[comma].idx])):
            return False
        for tok in doc[comma + 1:comma + 7]:
            if tok.text in (",", ";") or "\n" in tok.text:
                return False
            if tok.is_title and tok.lower_ in self.lex.heads:
                return True
        return False

    def _bracketed_title(self, doc: Doc, k: int) -> bool:
        """Does a title open the brackets at token ``k``: "(Partner, Brussels)",
        "(Senior Adviser; former ...)"? Title-case words of titles only, one a head."""
        words = 0
        while k < len(doc) and words < 3 and doc[k].is_alpha and (doc[k].is_title or doc[k].is_lower) \
                and (doc[k].lower_ in self.lex.modifiers or doc[k].lower_ in self.lex.heads):
            if doc[k].lower_ in self.lex.heads:
                return k + 1 < len(doc) and doc[k + 1].text in (",", ";", ")")
            k += 1
            words += 1
        return False

    def _surname_in_capitals(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Names written the way Korean and Japanese official releases write
        them, surname in capitals first ("CHOI Min-seo", "NAKAMURA Shota"),
        which the model often misses: a surname the name-order table lists,
        in capitals, then one capitalized given name (hyphenated or not)."""
        found = []
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            # (any surname opening a list entry before its comma: "- TAKEDA Yui, Director, Digital Trade Office")
            opens_entry = tok.i >= 1 and doc[tok.i - 1].text in _BULLETS \
                and (tok.i == 1 or "\n" in doc[tok.i - 2].text) and tok.i + 2 < len(doc) and doc[tok.i + 2].text == "," \
                and len(tok.text) >= 3 and list_entry_at(doc, tok.i) is not None and tok.i + 3 < len(doc) \
                and (doc[tok.i + 3].lower_ in self.lex.heads or doc[tok.i + 3].lower_ in self.lex.modifiers)  # (a title)
            # ("KOVALENKO Iryna Volodymyrivna": any surname in capitals before a given name and a patronymic)
            # (a surname's ending, not an acronym's or a place's: not "the OSCE Alexander Lukashevich")
            patronymic = tok.i + 2 < len(doc) and doc[tok.i + 2].is_title \
                and self.lex.name_order.patronymic(doc[tok.i + 2].text) and len(tok.text) >= 3 \
                and fold(tok.text).endswith(self.lex.name_order.patronymic_surname_endings) \
                and tok.ent_type_ not in ("ORG", "GPE", "LOC", "FAC")
            if not (capitals(tok.text) and (self.lex.name_order.listed_surname(tok.text) or opens_entry or patronymic)) \
                    or tok.ent_id_ or tok.text in self.lex.name_cues and tok.i >= 1 and doc[tok.i - 1].lower_ == "the":
                continue  # (not a cue in capitals that says what the name after it is: "at the NGO Bloom")
            if not nxt.is_title or not nxt.is_alpha or not self.namelike(nxt, in_name=True) or nxt.ent_id_ \
                    or self.is_title_word(nxt.text):
                continue
            end = tok.i + 2
            if end + 1 < len(doc) and _joins_hyphenated(doc, end) and (_syllable(doc[end + 1]) or doc[end + 1].is_title):
                end += 2  # "Min-seo", "Seung-Woo"
            elif patronymic:
                end += 1
            if end < len(doc) and doc[end].is_title and doc[end].is_alpha and not self.is_title_word(doc[end].text):
                continue  # a longer capitalized run: not this pattern
            span = self.clean(doc, tok.i, end)
            if span:
                found.append((*span, "capitals"))
        return found

    def _through_particles(self, doc: Doc, end: int) -> int:
        """Extend a name cut short before its particles ("Ursula von" + "der Leyen")."""
        k = end
        while k < len(doc) and doc[k].text.lower() in self.lex.name_particles:
            k += 1
        if k > end and k < len(doc) and doc[k].is_title and doc[k - 1].text.lower() in self.lex.name_particles:
            return k + 1
        if end > 0 and doc[end - 1].text.lower() in self.lex.name_particles and end < len(doc) and doc[end].is_title:
            return end + 1
        if end < len(doc) and end - 2 >= 0 and doc[end].is_title and doc[end].is_alpha and doc[end].ent_iob_ == "B" \
                and doc[end].ent_type_ in ("NORP", "GPE") and not self.lex.place_country(doc[end].text) \
                and not self.is_title_word(doc[end].text) and doc[end - 1].ent_type_ == "PERSON" \
                and (end + 1 == len(doc) or not doc[end + 1].is_title) and self._name_words(doc, end - 2, end) == 2:
            return end + 1  # "Valentina Rojas Ibanez": a second surname the model took for a nationality
        return end

    def _back_through_particles(self, doc: Doc, start: int) -> int:
        """Extend a name cut short after its particles ("Berg" <- "Ines van der")."""
        k = start
        while k > 0 and doc[k - 1].text.lower() in self.lex.name_particles:
            k -= 1
        if k == start and doc[start].is_lower and doc[start].text in self.lex.name_particles:
            # "Harith Iskandar" + "bin Mohd Noor": the model began the name at its particle; the given names before
            while k > 0 and start - k < 3 and doc[k - 1].is_title and self.namelike(doc[k - 1]) \
                    and not doc[k - 1].ent_id_ and doc[k - 1].ent_type_ not in ("GPE", "DATE", "ORG") \
                    and doc[k - 1].lower_ not in self.lex.heads and "\n" not in doc[k - 1].whitespace_:
                k -= 1
            return k
        if k < start and k > 2 and doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 2].text == "-" \
                and not doc[k - 2].whitespace_ and not doc[k - 3].whitespace_ and self.namelike(doc[k - 3]) \
                and not doc[k - 3].ent_id_ and not self._known_place(doc[k - 3:k].text) \
                and (doc[k - 3].ent_type_ != "GPE" or doc[k - 3].ent_iob_ == "B" and doc[k - 1].ent_type_ == "GPE"):
            # "Pieter-Jan Van den Broeck": a hyphenated given name (the model reads "Jan" as a month, or "Pieter-Jan
            # van" as a place)
            return k - 3
        if k < start and k > 0 and self.namelike(doc[k - 1]) and not doc[k - 1].ent_id_ \
                and doc[k - 1].ent_type_ not in ("GPE", "DATE"):
            return k - 1
        return start

    def _known_place(self, text: str) -> bool:
        """Does the lexicon know ``text`` as a country or a place?"""
        return bool(self.lex.country_of(text) or self.lex.place_country(text))

    def _known_org(self, doc: Doc, span: tuple[int, int]) -> bool:
        ent = doc[span[0]].ent_type_
        return ent == "ORG" and doc[span[0]].ent_id_ != "" and doc[span[0]].ent_id_ in self.lex.organizations

    # ---- clustering ------------------------------------------------------
