"""Datelines: "SEOUL, July 28 (Tradewire) -" at the head of a story; and the wire's sign-off on its last line
("dpa ab xx fz"), which credits an agency too.

A dateline names a place and an agency, never a person; its place tells
which country a bare "commerce ministry" belongs to, and neither the place
nor a model's entity running across it is an organization. The lines are
found once per document and cached on the ``Doc``, so the people,
organization and country steps all read the same datelines.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from loaders.extraction.sentences import doc_text, once_per_doc
from loaders.extraction.text import fold, lines_at

# (the date may open with the day, an ordinal or not: "ABU DHABI, 16th June, 2026 (WAM) --", "PARIS, 17 February
# 2026 (AFP) -"); a full stop may close the agency's bracket ("MEXICO CITY, March 3 (Notimex).-", Spanish wires' style)
_DATELINE = re.compile(r"^[ \t]*(?!(?:QUESTION|REPORTER|JOURNALIST|MODERATOR)\b)[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+)*(?:,[ \t]*(?:[A-Z]|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z])[\w.]*(?:[ \t][A-Z0-9][\w.]*)*)?"
                       r"(?:,[ \t]*(?:19|20)\d\d)?[ \t]*(?:\([^)\n]{1,40}\)\.?)?[ \t]*[-\u2013\u2014:]", re.M)
# a transcript's turn: the speaker's name in capitals (its hyphen no dash), the post in brackets, then a colon and what
# was said ("LERATO NKOSI-BHENGU (Chief Director: Communications, the dtic): Good morning"); a member's party and
# country, a second bracket, a post after a comma ("PIETER VAN DER LINDEN (EPP, NL), rapporteur:", "ANA RUIZ (S&D,
# ES) (interpretation from Spanish):"). Read here, beside the datelines it must not be taken for ("NEW DELHI (PTI):")
TURN_LABEL = re.compile(r"^(?P<name>[A-Z][A-Z.'\u2019\u00c0-\u00de-]+(?: [A-Z][A-Z.'\u2019\u00c0-\u00de-]+){1,4})"
                        r" \((?P<post>[^()\n]{2,100})\)(?: \([^()\n]{1,60}\))?(?:, [^:()\n]{1,60})?:[ \t]")


# a parliament's record of a sitting names its speakers by style and surname in capitals, the seat and post in brackets
# and the time after them ("Mr WHITCOMBE (Shortland—Minister for Trade and Tourism) (14:09):", "Ms VARCOE (Whitlam)
# (14:14):", "Hon RĀWIRI TAMATEA (Minister for Trade and Investment):", "Hon RĀWIRI TAMATEA:"): the style stays out of
# the name (``SITTING_STYLES``, which the name readers ask too)
SITTING_STYLES = ("Mr", "Ms", "Mrs", "Miss", "Dr", "Hon", "Senator", "Chairman", "Chairwoman", "Representative")
_CAPS = "A-Z\u00c0-\u00de\u0100-\u017f"
HANSARD_LABEL = re.compile(r"^(?:" + "|".join(SITTING_STYLES) + r")\.?[ \t]+(?P<name>[" + _CAPS + r"][" + _CAPS + r"'\u2019-]+"
                           r"(?:[ \t][" + _CAPS + r"][" + _CAPS + r"'\u2019-]+){0,3})(?:[ \t]+\((?P<post>[^()\n]{2,100})\))?"
                           r"(?:[ \t]+\(\d{1,2}[:.]\d{2}\))?(?::|(?<=[A-Z])\.)[ \t]")
# (the U.S. Congress's printed hearings close the label with a full stop: "Senator HARGROVE. The subcommittee will
# come to order.", "Mr. FELDHEIM. Madam Chair, ...")


# a briefing's record names its speakers by post in title case and surname in capitals ("Press Secretary TAKAMURA:",
# "Chief Cabinet Secretary KONDO Ryo:"), and each reporter by surname in capitals and outlet ("NAKAI, Kyodo News:"),
# as Japan's foreign ministry and cabinet office write them (a dateline is no reporter: its date and agency in
# brackets, "BEIJING, Oct 22 (Xinhua):")
BRIEFING_LABEL = re.compile(r"^(?:(?P<post>[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+){0,4})[ \t]+(?P<name>[" + _CAPS + r"]{2,}"
                            r"(?:[ \t][" + _CAPS + r"][a-z\u00e0-\u00ff]+)?)"
                            r"|(?P<reporter>[" + _CAPS + r"]{2,}(?:[ \t][" + _CAPS + r"]{2,})?),[ \t]+"
                            r"(?P<outlet>[A-Z][A-Za-z&.'\u2019]*(?:[ \t][A-Z][A-Za-z&.'\u2019]*){0,4})):[ \t]")


def briefing_turns(text: str) -> list[tuple[int, re.Match]]:
    """A briefing record's speaker labels (``BRIEFING_LABEL``), with where their lines start: two or more, or none
    (one such line is no record of turns)."""
    found = [(pos, m) for pos, line in lines_at(text) if (m := BRIEFING_LABEL.match(line))]
    return found if len(found) >= 2 else []


@once_per_doc("tradegraph_briefing_reporters")
def briefing_reporters(doc: Doc) -> frozenset[int]:
    """Where each briefing reporter's name starts ("NAKAI, Kyodo News:"), as character offsets: a person's name,
    the outlet after it their paper's."""
    return frozenset(pos + m.start("reporter") for pos, m in briefing_turns(doc_text(doc)) if m["reporter"] is not None)


def bracketed_post(text: str) -> bool:
    """Do the brackets hold a speaker's post ("Chief Director: Communications, the dtic", "Secretary of Commerce",
    "EPP, NL"), not a wire's agency ("PTI", "Xinhua/AFP", "The Star")? A post runs to three words or more, or
    holds a comma or a colon (a one-word post, "(Chairwoman)", is told by the transcript's other turns)."""
    return len(text.split()) >= 3 or "," in text or ":" in text


def turn_labels(text: str) -> list[tuple[int, int, int]]:
    """Each transcript turn's speaker label: (where the name starts, where it ends, where the bracket closes)."""
    lines = list(lines_at(text))  # (read twice: the turns, then a sitting's members)
    found = [(pos, m) for pos, line in lines if (m := TURN_LABEL.match(line))]
    # (not a wire's dateline, "NEW DELHI (PTI): India and ...": a post in the brackets, or two turns or more with
    # different brackets; a roundup credits one agency throughout: "NEW DELHI (PTI): ..." / "MUMBAI (PTI): ...")
    turns = len(found) >= 2 and len({m["post"] for _, m in found}) >= 2
    labels = [(pos + m.start("name"), pos + m.end("name"), pos + m.end("post") + 1) for pos, m in found
              if bracketed_post(m["post"]) or turns]
    # (a parliament's record: two lines or more that open on a member's style and name)
    sitting = [(pos, m) for pos, line in lines if (m := HANSARD_LABEL.match(line))]
    if len(sitting) >= 2:
        labels += [(pos + m.start("name"), pos + m.end("name"),
                    pos + (m.end("post") + 1 if m["post"] is not None else m.end("name"))) for pos, m in sitting]
    # (a briefing's: "Press Secretary TAKAMURA:", "NAKAI, Kyodo News:", the speaker's name alone)
    labels += [(pos + m.start(key), pos + m.end(key), pos + m.end(key)) for pos, m in briefing_turns(text)
               for key in ("name", "reporter") if m[key] is not None]
    return sorted(labels)
# "Hanoi, July 18 (VNA) -", "Hanoi, March 10 - ", "New Delhi, Jul 14 (PTI) India ...": a place written in
# title case is a dateline only with a date after it and then a dash or an agency (a sentence never starts so)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# ("Brasilia, Jun 16 (EFE).- ": a full stop after the agency; "Accra, June 4, GNA - ": the agency bare, in capitals)
_TITLE_DATELINE = re.compile(r"^[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)*,[ \t]*(?:" + _MONTHS + r"[ \t]+\d{1,2}"
                             + r"|\d{1,2}[ \t]+" + _MONTHS + ")"  # ("Amman, 13 April (Petra) --": day first)
                             r"(?:,[ \t]*(?:19|20)\d\d)?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*\.?(?:[-\u2013\u2014:]|(?=[A-Z]))"
                             r"|,?[ \t]*(?:[A-Z]{2,8}[ \t]*)?[-\u2013\u2014]{1,2}[ \t])",
                             re.M)
# "Jakarta, 22 April 2026 - ": a ministry release's dateline, the year after the day and month with no comma; a
# place of one or two words, on the story's first lines only (not "Minister Arif Rahman, 5 May 2024 - present")
# (a small word inside the place and its region after it: "Peso da Régua, Vila Real, 29 Apr 2026 (Lusa) -")
_TITLE_YEAR_DATELINE = re.compile(r"^[ \t]*[A-Z][a-z]+(?:[ \t](?:(?:da|de|do|dos|das|del|di)[ \t])?[A-Z][a-z]+)?"
                                  r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?,[ \t]*\d{1,2}[ \t]+" + _MONTHS
                                  + r"[ \t]+(?:19|20)\d\d[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[-\u2013\u2014]{1,2}[ \t]",
                                  re.M)  # ("Manila, 5 May 2025 (PNA) -": with the agency)
# "Jakarta (AFP) - The United Arab Emirates ...": a place of one word in title case, no date, then the agency in
# brackets and a dash (AFP's and Xinhua's English copy), on the story's first line only (not "Karim Haddad (OECD) -
# trade economist" in a list of speakers, nor "Trade Talks (Update) -"), or the first line after a headline and a
# blank line ("Indonesia invites investment in nickel\n\nJakarta (ANTARA) - ..."); a place of two or three words too
# ("New Delhi (AFP) - ", "Rio de Janeiro" is not one: its small word)
# (an agency in small letters too: "Berlin (dpa) - ")
_TITLE_AGENCY_DATELINE = re.compile(r"\A(?:[^\n]{1,200}\n[ \t]*\n)?\s*(?P<line>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}[ \t]+\((?:[A-Z][\w\-]{1,20}|[a-z]{2,5})\)"
                                    r"[ \t]*[-\u2013\u2014]{1,2}[ \t])")
# "(ANSA) - ROME, FEB 5 - Agriculture Minister ...": the agency in brackets first, then the place in capitals and
# the date (ANSA's English copy), at a line's start
_AGENCY_FIRST_DATELINE = re.compile(r"^[ \t]*\([A-Z][\w\-]{1,20}\)[ \t]*[-\u2013\u2014]{1,2}[ \t]*[A-Z][A-Z.'\-]+"
                                    r"(?:[ \t][A-Z][A-Z.'\-]+)*(?:,[ \t]*[A-Z0-9][\w.]*(?:[ \t][A-Z0-9][\w.]*)*)?"
                                    r"[ \t]*[-\u2013\u2014]{1,2}[ \t]", re.M)
# "Ulaanbaatar /MONTSAME/. Minister ...": the agency between slashes after the place
# (the story goes on in its line after the slashes, a dot or a dash between: not "Trade War /Opinion/" over a story,
# a section's label; nor a byline, "By Ana Ruiz /AFP/")
_SLASH_DATELINE = re.compile(r"^(?![ \t]*By[ \t])[ \t]*[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2}[ \t]+"
                             r"/[A-Z][\w\-]{1,20}/(?:\.|[ \t]*[-\u2013\u2014])(?=[ \t]*\S)", re.M)
# the agency a dateline credits, in brackets or between slashes
_AGENCY = re.compile(r"\(([^)\n]{1,40})\)|/([^/\n]{1,30})/")
# or bare, between the date and the dash: "TOKYO, April 19 Kyodo -", "Accra, June 4, GNA -"
# (not the month of a date written day first: "Doha, 13 May -")
_BARE_AGENCY = re.compile(r"(?:\d|" + _MONTHS + r"),?[ \t]+(?!" + _MONTHS + r"[ \t]*[-\u2013\u2014])([A-Z][A-Za-z\-]{1,20})"
                          r"[ \t]*[-\u2013\u2014]{1,2}[ \t]*\Z")
# "Yaoundé = The 14th Ministerial Conference ...": Japanese and Korean papers set the place before "="
_EQUALS_DATELINE = re.compile(r"^[ \t]*[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2}[ \t]+=[ \t]", re.M)
# "From Brasília" on a line of its own: translated papers name the correspondent's city so
_FROM_DATELINE = re.compile(r"^[ \t]*From[ \t]+([A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2})[ \t]*$", re.M)
# "BERLIN. The federal government ...": German and Turkish papers close the city in capitals with a full stop
_PERIOD_DATELINE = re.compile(r"^[ \t]*([A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2})\.[ \t]+(?=[A-Z])", re.M)
# "Mexico City.– Mexican avocado shipments ...", "Bogotá.- The ministry ...": Spanish-language papers close the city
# with a full stop and a dash, on the story's first line (the place in title case, one to three words)
_STOP_DASH_DATELINE = re.compile(r"\A\s*([A-Z][\w'\-]+(?:[ \t](?:de[ \t])?[A-Z][\w'\-]+){0,2})\.[ \t]*[-\u2013\u2014]{1,2}"
                                 r"[ \t]*(?=[A-Z])")
# "Dar es Salaam. Tanzania is set to ...", "Nairobi. The government ...": East African papers close the place, in title
# case, with a full stop and run the story on, on one of the story's first lines (a place of one to three words, a
# small word inside it; not an abbreviation's stop: "Mr. Kulkarni held talks ...", "Md. Rafiqul Islam Khan")
_TITLE_PERIOD_DATELINE = re.compile(r"^[ \t]*(?!(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Capt|Col|Lt|Sgt|St|Mt|Hon|Rev|Jr|Sr|Corp|Inc"
                                    r"|Ltd|Co|No|Vol|Govt|Dept|Amb|Fig|Art|Sec|Md|Mohd|Muhd|Ma|Wm|Chas|Jas|Thos)\.)([A-Z][a-z]+(?:[ \t](?:(?:es|de|da|do|del|di|el|al)[ \t])?[A-Z][a-z]+){0,2})"
                                    r"\.[ \t]+(?=[A-Z][a-z])", re.M)
# "Bogotá, December 4, 2025. The Minister of ...", "Lima, 9 April 2025. The ministry ...": a ministry's release opens
# on its city in title case, the date and a full stop, on one of the story's first lines
_TITLE_DATE_STOP_DATELINE = re.compile(r"^[ \t]*([A-Z][a-z]+(?:[ \t](?:de[ \t])?[A-Z][a-z]+){0,2}),[ \t]*(?:"
                                       + _MONTHS + r"[ \t]+\d{1,2},?|\d{1,2}[ \t]+" + _MONTHS + r")[ \t]+(?:19|20)\d\d"
                                       r"\.[ \t]+(?=[A-Z])", re.M)
# "ANKARA" alone on the story's first line (Anadolu's house style): a city in capitals, one word, the story below it
_LONE_PLACE_DATELINE = re.compile(r"\A\s*([A-Z][A-Z'\-]{2,})[ \t]*\n")
_KEY = "tradegraph_datelines"
# "Jagran Bureau, New Delhi.", "HT Correspondent, Mumbai": the paper's bureau or correspondent, then the place, on a
# line of its own (Indian papers' style)
_BUREAU_DATELINE = re.compile(r"^[ \t]*[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2}[ \t]+(?:Bureau|Correspondent|News[ \t]Service)"
                              r",[ \t]*(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})\.?[ \t]*$", re.M)
# Only a dateline this close to the start places the story.
HEAD_CHARS = 400


_CAPS_SPEAKER = re.compile(r"^(?P<name>[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+){0,3}):[ \t]", re.M)


def _speakers_in_capitals(text: str) -> set[int]:
    """Where each turn label in capitals starts whose speaker the transcript labels again by surname alone
    ("PAUL KINSELLA: Morning, everyone." ... "KINSELLA: We've made progress."): a speaker, no dateline's place."""
    labels = [(m.start(), m["name"].split()) for m in _CAPS_SPEAKER.finditer(text)]
    alone = {words[0] for _, words in labels if len(words) == 1}
    return {at for at, words in labels if len(words) >= 2 and words[-1] in alone}


def _base_letters(text: str) -> str:
    """The text with each accented letter replaced by its base letter, one character for one ("HÀ NỘI" ->
    "HA NOI"), so the dateline patterns read places written with accents and the ranges stay the text's."""
    return "".join(unicodedata.normalize("NFD", ch)[0] for ch in text)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of datelines ("SAN JOSE, California (Tradewire) -", "HÀ NỘI —"; the place of a line
    "From Brasília")."""
    text = _base_letters(text)
    found = {(m.start(), m.end()) for m in _DATELINE.finditer(text)}
    speakers = {a for a, _, _ in turn_labels(text)}  # ("LI QIANG (MOFCOM): ...": a transcript's speaker, no place)
    speakers |= _speakers_in_capitals(text)  # ("PAUL KINSELLA: Morning." then "KINSELLA: We've made progress.")
    found = {(a, b) for a, b in found if a not in speakers}
    found |= {(m.start(), m.end()) for m in _TITLE_DATELINE.finditer(text)
              if not any(a <= m.start() < b for a, b in found)}
    found |= {(m.start(), m.end()) for m in _TITLE_YEAR_DATELINE.finditer(text)
              if m.start() < HEAD_CHARS and not any(a <= m.start() < b for a, b in found)}
    found |= {(m.start("line"), m.end("line")) for m in _TITLE_AGENCY_DATELINE.finditer(text)
              if m.start("line") < HEAD_CHARS and not any(a <= m.start("line") < b for a, b in found)}
    found |= {(m.start(), m.end()) for m in _AGENCY_FIRST_DATELINE.finditer(text)
              if m.start() < HEAD_CHARS and not any(a <= m.start() < b for a, b in found)}
    found |= {(m.start(), m.end()) for m in _SLASH_DATELINE.finditer(text)
              if not any(a <= m.start() < b for a, b in found)}
    found |= {(m.start(), m.end()) for m in _EQUALS_DATELINE.finditer(text)
              if not any(a <= m.start() < b for a, b in found)}
    found |= {(m.start(1), m.end(1)) for m in _FROM_DATELINE.finditer(text)
              if not any(a <= m.start() < b for a, b in found)}
    found |= {(m.start(1), m.end(1)) for m in _PERIOD_DATELINE.finditer(text)
              if m.start() < HEAD_CHARS and not any(a <= m.start() < b for a, b in found)}
    found |= {(m.start(1), m.end(1)) for m in _STOP_DASH_DATELINE.finditer(text)
              if not any(a <= m.start(1) < b for a, b in found)}
    found |= {(m.start(1), m.end(1)) for m in _TITLE_PERIOD_DATELINE.finditer(text)
              if m.start() < HEAD_CHARS and not any(a <= m.start(1) < b for a, b in found)}
    found |= {(m.start(1), m.end(1)) for m in _TITLE_DATE_STOP_DATELINE.finditer(text)
              if m.start() < HEAD_CHARS and not any(a <= m.start(1) < b for a, b in found)}
    found |= {(m.start(1), m.end(1)) for m in _LONE_PLACE_DATELINE.finditer(text)
              if not any(a <= m.start(1) < b for a, b in found)}
    found |= {(m.start("place"), m.end("place")) for m in _BUREAU_DATELINE.finditer(text)
              if m.start() < HEAD_CHARS and not any(a <= m.start("place") < b for a, b in found)}
    return sorted(found)


@once_per_doc(_KEY)
def datelines(doc: Doc) -> list[tuple[int, int]]:
    """The document's dateline ranges, found once and cached."""
    return dateline_spans(doc_text(doc))


def _credited(text: str, start: int, end: int) -> tuple[int, int, int, bool] | None:
    """The agency the dateline between ``start`` and ``end`` credits: where its bracket or slash (or the bare
    name) starts, where the name itself starts and ends, and whether it stands bare (no bracket or slash: "TOKYO,
    April 19 Kyodo -", a shape "WASHINGTON, June 2 Exclusive -" has too); None if it credits none."""
    found = _AGENCY.search(text, start, end)
    if found is not None and re.fullmatch(r"(?:" + _MONTHS + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+" + _MONTHS + r")(?:,?[ \t]+(?:19|20)\d\d)?",
                                          found.group(1) or ""):
        return None  # "SINGAPORE (Feb 24) --": a commodity journal's date in brackets, no agency (with its year too:
        # "OTTAWA, ON (November 20, 2025) –", as Canadian associations date their releases)
    if found is not None:
        group = 1 if found.group(1) is not None else 2
        return found.start(), found.start(group), found.end(group), False
    found = _BARE_AGENCY.search(text, start, end)
    return (found.start(1), found.start(1), found.end(1), True) if found is not None else None


def _named_elsewhere(text: str, start: int, end: int) -> bool:
    """Does the story write the word at ``start:end`` again, as a word, somewhere else ("GNA" in the dateline and
    in "By Selorm Adzraku, GNA")?"""
    word = re.escape(text[start:end])
    return any(m.start() != start for m in re.finditer(r"(?<![\w-])" + word + r"(?![\w-])", text))


@once_per_doc("tradegraph_credits")
def credits(doc: Doc) -> list[tuple[int, int, bool]]:
    """Character ranges of the agencies the datelines near the start credit ("Tradewire" in "SEOUL, July 28
    (Tradewire) -", "MONTSAME" in "Ulaanbaatar /MONTSAME/.", "Kyodo" in "TOKYO, April 19 Kyodo -"), then of the
    agency the story's sign-off names, each with whether the story's own text vouches for it: a name in brackets or
    between slashes, a sign-off with its desk's initials or its reporters' names, or a bare name the story writes
    again (a bare word or letters alone may be a label: "June 2 Exclusive -", a last line "MKW")."""
    text = doc_text(doc)
    found = [(a, b, bare) for _, _, credit in _near_start(doc) if credit is not None for _, a, b, bare in [credit]]
    found += sign_off_spans(doc)
    return [(a, b, not bare or _named_elsewhere(text, a, b)) for a, b, bare in found]


def agencies(doc: Doc) -> set[str]:
    """Folded agency names the datelines and the sign-off credit, where the text vouches for them (``credits``):
    the story may name them again ("told Tradewire")."""
    text = doc_text(doc)
    return {fold(text[a:b]) for a, b, sure in credits(doc) if sure}


def _near_start(doc: Doc) -> list[tuple[int, int, tuple[int, int, int, bool] | None]]:
    """The datelines near the start, each with the agency it credits (see ``_credited``), if any."""
    text = doc_text(doc)
    return [(start, end, _credited(text, start, end)) for start, end in datelines(doc) if start < HEAD_CHARS]


def places(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the place part of the datelines near the start
    ("SAO PAULO" in "SAO PAULO —"); the agency is left out."""
    text = doc_text(doc)
    out = []
    for start, end, credit in _near_start(doc):
        if credit is not None and not text[start:credit[0]].strip():
            out.append((credit[2] + 1, end))  # ("(ANSA) - ROME, FEB 5 -": the place after the agency)
        else:
            out.append((start, credit[0] if credit is not None else end))
    return out


# A wire's sign-off, the story's last line: the agency's letters alone ("AAP", "GNA"), before its desk's initials
# in small letters ("dpa ab xx fz", "EFE mp/cr/gbf") or before its reporters' names ("WAM/Nadia Farouk/Khaled
# Mansour"). Not editors' initials alone ("AD/VN", "ab/jac"); letters alone only for the agencies that sign so
# (organizations.yaml ``sign_off_agencies``) or that the story names again
_DESK = r"(?:[ \t]+[a-z][a-z0-9]{1,4}(?:[/-][a-z0-9]{2,5})*)+"
_SIGN_OFF = re.compile(r"[ \t]*(?:(?P<caps>[A-Z]{3,6})(?:" + _DESK + r"|(?:/[A-Z][a-z]+(?:[ \t][A-Z][\w'\-]+)+)+)?"
                       r"|(?P<small>[a-z]{3})" + _DESK + r")[ \t]*")


def sign_off_spans(doc: Doc) -> list[tuple[int, int, bool]]:
    """The character range of the agency a wire's sign-off names (see ``_SIGN_OFF``), if the story's last line
    is one, and whether it stands bare (letters alone, or in small letters); a text of fewer than three lines has
    none."""
    text = doc_text(doc)
    lines = [(pos, line) for pos, line in lines_at(text) if line.strip()]
    if len(lines) < 3:
        return []
    pos, line = lines[-1]
    found = _SIGN_OFF.fullmatch(line)
    if found is None:
        return []
    group = "caps" if found.group("caps") is not None else "small"
    bare = group == "small" or found.end(group) == len(line.rstrip())
    return [(pos + found.start(group), pos + found.end(group), bare)]


def place_texts(doc: Doc) -> list[str]:
    """The places of the datelines near the start, as written ("MEXICO CITY",
    "SEOUL, July 28"); a label line such as "ANALYSIS:" above a story has the
    shape of a dateline too, so callers take the first that names a place."""
    text = doc_text(doc)
    return [text[start:end].strip(" -\u2013\u2014:=") for start, end in places(doc)]


def place_text(doc: Doc) -> str | None:
    """The first dateline's place as written."""
    found = place_texts(doc)
    return found[0] if found else None


# "[Translated from French. L'Essor, Bamako]", "Translated from Vietnamese. Source: Báo Công Thương", "(Translated
# from the Korean. Maeil Business Newspaper, Seoul)": a translation note among a story's first lines
_TRANSLATED = re.compile(r"^\s*[\[(]?(?:[A-Z][a-z]+ )?[Tt]ranslat\w* from (?:the )?(?P<language>[A-Z][a-z]+)")


def _first_lines(text: str, count: int = 9):
    """The story's first ``count`` lines, numbered from 0: where a credit line, a release's addressee or a byline's
    agency stands."""
    for n, (_, line) in enumerate(lines_at(text)):
        if n >= count:
            return
        yield n, line


def home_country(text: str, place_country, language_country) -> str | None:
    """The country of the paper a translated story comes from: the place its translation note names ("L'Essor,
    Bamako"), else the one country whose press writes the language it was translated from ("Vietnamese", not
    "French": ``language_country`` knows only languages of one country's press); else None. A paper names its own
    country's officials bare, another country's with the country, so a bare post in a translated story with no
    dateline is the paper's country's (a dateline's country stands: "BEIJING - Commerce Minister X" is China's,
    whatever paper carried it). Only a credit line counts ("[Translated from French. L'Essor, Bamako]"), not
    prose ("Quotes were translated from Vietnamese.")."""
    for n, line in _first_lines(text):
        found = _TRANSLATED.match(line)  # (a credit line: not "Quotes were translated from Vietnamese.")
        if not found:
            continue
        for piece in re.split(r"[,.;:()\[\]|]", line[found.end():]):
            words = piece.strip()
            if words and words[0].isupper() and len(words.split()) <= 3 and (code := place_country(words)):
                return code  # ("L'Essor, Bamako": the paper's city)
        return language_country(found.group("language"))
    return None


def issuer_country(text: str, address_styles: dict[str, str]) -> str | None:
    """The country of the government whose release opens on its minister addressed in a style only that country's
    government writes (countries.yaml ``address_styles``): "Senator the Hon Daniel Kourakis" on a line of its own
    above "Minister for Trade and Tourism", among the release's first lines. Such a release, with no dateline, names
    its own government's posts bare, as a dateline's story does; else None."""
    for n, line in _first_lines(text):
        words = line.strip()
        for style, code in address_styles.items():
            if words.startswith(style + " ") and len(words.split()) <= len(style.split()) + 4:
                return code  # (a line that is the name alone: not a sentence that mentions the style)
    return None


# "Special for EL TIEMPO", "Special to The Hindu", "For The National": a byline's credit of the paper it writes for
_PAPER_CREDIT = re.compile(r"^\s*(?:Special (?:for|to)|Exclusive (?:for|to)|For) (?P<outlet>[^\n,.;:]{2,60}?)\s*$")


def paper_home_country(text: str, media_country) -> str | None:
    """The country of the paper a byline's credit line names among the story's first lines ("By X" / "Special for
    EL TIEMPO"), when ``media_country`` knows it as one country's outlet: the story is written for that country's
    readers, who need their own officials' country no more than a home agency's do; else None."""
    for n, line in _first_lines(text):
        found = _PAPER_CREDIT.match(line)
        if found and n > 0 and (code := media_country(found.group("outlet"))):
            return code
    return None


def agency_home_country(text: str, home_agencies: dict[str, str]) -> str | None:
    """The country of the national news agency a story's byline credits on a line of its own among its first lines
    ("Ellie Prentice" / "(Australian Associated Press)", countries.yaml ``home_agencies``): such a story with no
    dateline is written at home, and names its own government's posts bare ("Trade Minister X will travel to
    Jakarta"); else None."""
    for n, line in _first_lines(text):
        words = line.strip().strip("()[]").strip()
        if words in home_agencies and (n > 0 or line.strip() != words):  # (under the byline, or in brackets)
            return home_agencies[words]
    return None
