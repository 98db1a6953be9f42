"""Find the people an article names and group their mentions.

The statistical model finds most full names but often mislabels a bare
surname ("Lutnick" as a place, "Ishiba" as an organization). So people are
found from three kinds of evidence (``name_candidates.py``), then grouped:

1. ``PERSON`` entities from the model;
2. capitalized words right after a title or honorific ("Commerce Secretary
   Howard Lutnick", "Mr Reynolds", "Prime Minister Sir Keir Starmer");
3. the proper-noun subject of a speech verb ("Fouquet said").

Each article gets one cluster per person, named by the fullest form it uses;
a surname or given name alone joins the cluster whose name contains it (the
most recent one when two could). Bylines ("By Jane Doe") are not people in
the story; a single word found only inside quotation marks is not trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from loaders.extraction.datelines import SITTING_STYLES, agencies, briefing_reporters, datelines
from loaders.extraction.lexicon import Lexicon
from loaders.extraction.org_cues import (NAME_SMALL_WORDS, _is_short_form, after_body_post, after_lower_body_post,
                                        after_name_cue,
                                        appositive_body_after, bodies_before_clause, lower_post_end,
                                        one_word_bodies_before_holders, one_word_firms,
                                        bracketed_short_forms, name_before_short_form,
                                        head_first_names, medium_after, named_examples, body_after_post_end,
                                        sentence_case_bodies, sentence_case_names, told_unnamed,
                                        by_cues, address_cues, document_source)
from loaders.extraction.name_candidates import NameCandidates, byline_lines, caption_lines, credit_note_lines, \
    PARTY_TAG, askers, header_lists, question_labels, headline_lines, hyphenated_end, hyphenated_start, label_lines, people_list_lines, source_lines, \
    signature_lines, translating_brackets
from loaders.extraction.sentences import STORY_TOKENS, doc_text, once_per_doc, sentence_start
from loaders.extraction.text import camel_case_name, fold

_NICKNAME = re.compile(r'\s+["\u201c][^"\u201c\u201d]{1,30}["\u201d](?=\s)')


def from_capitals(name: str, particles) -> str:
    """A name written in capitals as a name is written ("PIETER VAN DER LINDEN" -> "Pieter van der Linden",
    "MARY MCCARTHY" -> "Mary McCarthy", "JOHN SMITH III" -> "John Smith III")."""
    words = name.split()

    def word(m: re.Match) -> str:
        w = m[0]
        if re.fullmatch(r"[IVX]{2,4}", w) and m.end() == len(name) and len(words) >= 3:
            return w  # ("JOHN SMITH III"; not "XI WEN")
        k = len(name[:m.start()].split())
        if m.start() > 0 and k + 1 < len(words) and w.lower() in particles and (
                w.lower() in ("von", "de", "del", "della", "di", "du", "dos", "der", "den")
                or words[k + 1].lower() in particles or k > 0 and words[k - 1].lower() in particles):
            return w.lower()  # "VAN DER", "DE LA", "DE", "VON" (not a lone "Van", "Le", "Das": Vietnamese, Indian)
        if len(w) > 3 and w.startswith("MC"):
            return "Mc" + w[2] + w[3:].lower()  # ("McCarthy", "McAllister")
        return w[0] + w[1:].lower()
    return re.sub(r"[^\W\d_]+", word, name)


def without_nickname(name: str) -> str:
    """'Rosario "Charo" L. Magbanua' -> "Rosario L. Magbanua": the nickname in
    quotation marks is how the story calls the person, not part of the name."""
    return _NICKNAME.sub("", name)


# lower-case kinds of body written after a name ("Egypt's Mostakbal Misr agency"): the name is the body's (not
# "group", "company" or "conglomerate": "the Adani group", "Mexico's Carlos Ruelas conglomerate, Grupo Ruelas," are a
# person's firms, named for the person)
BODY_KIND_AFTER = frozenset({"agency", "consortium"})


def kind_noun_closes(doc: Doc, end: int) -> bool:
    """Does a kind of body in lower case ("agency", "consortium") follow token ``end`` and close its phrase, a comma, a
    full stop or a verb after it ("Egypt's Mostakbal Misr agency, to discuss ...")?"""
    return end + 1 < len(doc) and doc[end].lower_ in BODY_KIND_AFTER and doc[end].pos_ == "NOUN" \
        and (doc[end + 1].is_punct or doc[end + 1].pos_ in ("VERB", "AUX"))


def owned_by_person(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """"Rafael Ortega, whose Naviera Atlántica del Sur runs four car carriers": a name of two words or more after a
    person's "whose", its verb right after, is something the person owns (not "Hungary, whose Peter Varadi has
    blocked ...": a country's or a body's own people)."""
    if not (end - start >= 2 and start >= 3 and doc[start - 1].lower_ == "whose" and doc[start - 2].text == ","
            and end < len(doc) and doc[end].pos_ in ("VERB", "AUX")):
        return False
    # (not "Senator Joan Price, whose Farm Export Bill passed": a bill, a plan, a programme)
    return doc[start - 3].ent_type_ == "PERSON" and doc[end - 1].lower_ not in lex.document_words \
        and doc[end - 1].lower_ not in lex.instrument_words


@dataclass
class PersonCluster:
    """All mentions of one person in one article."""

    name: str
    forms: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)  # token offsets of each mention
    surname: str | None = None  # as the name order reads it ("He" in "He Lifeng")
    country: str | None = None
    nicknames: set[str] = field(default_factory=set)  # "Kobby" of "Kwabena Asante-Mensah — known as Kobby —"

    @property
    def tokens(self) -> list[str]:
        """The words of the name, for matching a surname or given name alone."""
        return self.name.split()

    @property
    def first(self) -> int:
        """Token of the first mention: who was named before whom."""
        return min(start for start, _ in self.spans)


@dataclass
class PersonIndex:
    """An article's people, with a token index so other steps can ask who a
    token names."""

    clusters: list[PersonCluster] = field(default_factory=list)
    by_token: dict[int, PersonCluster] = field(default_factory=dict)

    def at(self, i: int) -> PersonCluster | None:
        """The person token ``i`` is part of, if any."""
        return self.by_token.get(i)

    def span_at(self, i: int) -> tuple[int, int] | None:
        """The whole mention (token span) token ``i`` is part of, if any."""
        cluster = self.by_token.get(i)
        if cluster is None:
            return None
        for start, end in cluster.spans:
            if start <= i < end:
                return start, end
        return None

    def last_before(self, i: int, exclude: PersonCluster | None = None, doc: Doc | None = None) -> PersonCluster | None:
        """The person most recently mentioned before token ``i``; with ``doc``,
        the subject of the sentence that mentions them last, when that
        sentence also names someone else ("Okafor, who met Park, said ...
        she said": she is Okafor)."""
        best, best_pos = None, -1
        subject, subject_pos = None, -1
        for cluster in self.clusters:
            if cluster is exclude:
                continue
            for start, end in cluster.spans:
                if best_pos < start < i:
                    best, best_pos = cluster, start
                if doc is not None and subject_pos < start < i and _is_subject(doc, start, end):
                    subject, subject_pos = cluster, start
        if subject is not None and doc is not None and sentence_start(doc, subject_pos) == sentence_start(doc, best_pos):
            return subject
        return best

    def drop_inside(self, ranges: list[tuple[int, int]], whole: bool = False) -> None:
        """Drop the people every mention of whom lies inside one of the token ``ranges`` (a body's name that holds
        words the model read as a person's: "Pilipino Banana Growers and Exporters Association"); ``whole``: or is
        one of them (a party in brackets after a member's name, "(Les Engagés)")."""
        self.drop([c for c in self.clusters
                   if all(any(a <= s and e <= b and (whole or (a, b) != (s, e)) for a, b in ranges) for s, e in c.spans)])

    def drop(self, gone: list[PersonCluster]) -> None:
        """Drop these people and their mentions."""
        for cluster in gone:
            self.clusters.remove(cluster)
            for k in [k for k, c in self.by_token.items() if c is cluster]:
                del self.by_token[k]

    def named(self, name: str) -> PersonCluster | None:
        """The cluster a name refers to, by any of its forms (folded)."""
        key = fold(name)
        for cluster in self.clusters:
            if key in {fold(f) for f in cluster.forms} or key == fold(cluster.name):
                return cluster
        return None

def _join_adjacent(doc: Doc, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Luisa Fernanda" + "Ibarra Tostado": two name spans with nothing but a space between them are one
    name of four words (the model cut a Spanish name with two given names and two surnames); so are two joined
    by a hyphen with no space ("Aino" + "Kaisa Lehtimäki")."""
    out: list[tuple[int, int, str]] = []
    for s, e, src in mentions:
        if out and out[-1][1] == s and doc[s - 1].whitespace_ and (e - out[-1][0]) <= 4 \
                and all(doc[k].is_title for k in range(out[-1][0], e)):
            out[-1] = (out[-1][0], e, out[-1][2])
        elif out and out[-1][1] == s - 1 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_ \
                and not doc[s - 2].whitespace_ and (e - out[-1][0]) <= 5 and doc[s].is_title and doc[s - 2].is_title:
            out[-1] = (out[-1][0], e, out[-1][2])  # "Aino" + "Kaisa Lehtimäki": a hyphenated given name cut at its hyphen
        else:
            out.append((s, e, src))
    return out


# a member of a legislature "for" a constituency ("the Member for Hallam Vale", "MP for Derby North")
_SEAT_WORDS = frozenset({"member", "mp", "mla", "msp", "mpp", "td", "representative"})
# the party tags a parliament's record writes after a member's seat ("(Lab)", "(Con)", "(LD)", "(SNP)")
_HOUSE_PARTIES = frozenset({"Lab", "Con", "LD", "SNP", "DUP", "SDLP", "PC", "Green", "Ind", "Reform", "Lib", "NDP",
                            "Bloc", "CPC", "LPC"})


def _name_before(doc: Doc, bracket: int) -> bool:
    """Is the word right before the bracket at ``bracket`` a capitalized name's last word ("Okafor (")?"""
    return bracket >= 1 and doc[bracket - 1].is_title and doc[bracket - 1].ent_type_ == "PERSON"


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    return any(doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(start, end))


def _common_word_opening(doc: Doc, i: int, text: str) -> bool:
    """"Greenfield projects by foreign companies fall within scope": one capitalized word opening a sentence,
    before the common noun it qualifies, that the story also writes in lower case ("greenfield plants") is that
    word, not a name; so is one joined to a common noun by "and", "or" or "of" ("Courier and express delivery
    services", "Licensing of fixed-line operators")."""
    word = doc[i].text
    if doc[i].is_sent_start and i + 2 < len(doc) and (
            doc[i + 1].lower_ in ("and", "or") and doc[i + 2].is_lower and doc[i + 2].pos_ in ("NOUN", "ADJ")
            or doc[i + 1].lower_ == "of" and doc[i + 2].is_lower and doc[i + 2].pos_ in ("NOUN", "ADJ", "VERB")):
        return True  # "Courier and express delivery services are opened", "Licensing of fixed-line operators"
    # (or before its verb: "Coal tells the mirror story" in a story of "Mongolia's coal"; not "Rice said")
    return doc[i].is_sent_start and i + 1 < len(doc) and doc[i + 1].is_lower and (
        doc[i + 1].pos_ == "NOUN" or doc[i + 1].pos_ == "VERB" and doc[i + 1].lower_ not in _SAYING) \
        and _written_lower(word, text)


def _written_lower(word: str, text: str) -> bool:
    """Does the story write ``word`` in lower case as a word of its own somewhere?"""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


_SAYING_TO = frozenset({"told", "tells", "asked", "asks"})  # (their object is the one spoken to)
# what only a person has ("Lula's government", "Batista's family"): a firm has no cabinet and no wife
_PEOPLES_OWN = frozenset({"government", "administration", "cabinet", "family", "wife", "husband", "son", "daughter",
                          "predecessor", "successor", "party", "coalition", "presidency", "premiership", "visit", "trip"})
_SAYING = frozenset({"said", "says", "told", "tells", "added", "adds", "noted", "notes", "warned", "warns", "argued",
                     "argues", "wrote", "writes", "asked", "asks", "explained", "explains", "insisted", "insists"})


def _inside(ranges: list[tuple[int, int]], char: int) -> bool:
    return any(start <= char < end for start, end in ranges)


class PersonFinder:
    """Groups an article's candidate name spans into one cluster per person."""

    def __init__(self, lexicon: Lexicon, issue_terms: set[str] | frozenset[str] = frozenset()):
        self.lex = lexicon
        self.names = NameCandidates(lexicon)
        self._by_cues = by_cues(lexicon)  # "contacted", "seen": "contacted by Bisnis", an outlet
        self._addressing = address_cues(lexicon)  # "speaking to", "in statements to": "speaking to Naftemporiki"
        # "Intellectual Property", "Market Access": a trade issue's name in capitals is no person's
        self.issue_terms = issue_terms
        # romanized initials, folded ("ye" of "Ye. Tokhtarov")
        self._initials = frozenset(fold(form.rstrip(".")) for form in lexicon.two_letter_initials)

    def find(self, doc: Doc, quote_ranges: list[tuple[int, int]] | None = None) -> PersonIndex:
        """The article's people, one cluster per person: candidates kept when they
        pass the name checks, then grouped (surname or given name alone joins the
        full name); bylines and one-word names only inside quotes are dropped."""
        text = doc_text(doc)
        heads = headline_lines(text, self.lex.heads)
        # a byline names the story's writer: a person named in the story, as the gold format counts them (who
        # takes no part in its events and is no antecedent of its pronouns: ``references.py``, ``events.py``);
        # "By Jane Doe" in capitals is no headline
        bylines = byline_lines(text)
        labelled = {a for a, _, _ in label_lines(text, self.lex.heads)}
        # ("Chair: Matteo Ferrandi (S&D, IT)": read as text)
        listed = {a for a, _ in people_list_lines(text, self.lex.heads)}  # ("Contacts" / "Jane Doe, S.H., Partner")
        # (a letter's signature: "Ignacio X" / "Former Undersecretary of Mining, Chile")
        listed |= {text.rfind("\n", 0, a) + 1 for a, _ in signature_lines(text, self.lex.heads)}
        asking = [name for name, _ in askers(text)]  # ("QUESTION (Li Wei, Caixin): Will you retaliate?")
        heads = [h for h in heads if h not in bylines and h[0] not in labelled and h[0] not in listed
                 and not any(h[0] <= a < h[1] for a, _ in asking)]
        quotes = quote_ranges or []
        # lines that are no sentences of the story and name nobody in it
        papers = [name for name, _ in source_lines(text, self.lex.medium_words, self.lex.source_words,
                                                    self.lex.place_country, self.lex.heads)]
        outside = datelines(doc) + caption_lines(text) + papers + credit_note_lines(text, self.lex.source_words) \
            + [outlet for _, outlet in askers(text)]  # ("QUESTION (Li Wei, Caixin):": the reporter's outlet)
        # (a paper the source line credits is no person where the story names it again: "told Taifa Leo")
        credited = agencies(doc) | {fold(form) for form in bracketed_short_forms(doc)} \
            | {fold(text[a:b]) for a, b in papers} | self._paper_short_names(text, papers) \
            | {fold(doc[i].text) for i in one_word_bodies_before_holders(self.lex, doc) | one_word_firms(self.lex, doc)}  # ("the Federchimica study
        # centre")
        found = [c for c in self.names.candidates(doc) if fold(doc[c[0]:c[1]].text) not in credited
                 and not _opens_credited(doc, c[0], c[1], credited)]
        found = [(c[0] - 1, *c[1:]) if self._given_name_read_as_body(doc, c[0]) else c for c in found]
        found = [(c[0] - self._marker_before(doc, c[0]), *c[1:]) for c in found]
        found = [(c[0] - 1, *c[1:]) if self._initial_before(doc, c[0]) else c for c in found]
        # ("Will Merck reverse course?": a question's opening verb is no given name)
        found = [(c[0] + 1, *c[1:]) if c[1] - c[0] >= 2 and _question_opening(doc, c[0]) else c for c in found]
        # ("aired on CNBC's "Squawk Box" on Thursday": a name alone in quotation marks is a programme's or a work's)
        found = [c for c in found if not _quoted_alone(doc, c[0], c[1])]
        candidates = [c for c in found if not _inside(outside, doc[c[0]].idx)]
        # ("Question (Politico Europe):", "Q (Nikkei):": a question's label is no one's name)
        labels = question_labels(text, words_only=True)
        candidates = [c for c in candidates if not _inside(labels, doc[c[0]].idx)]
        # a contacts list under its header names one person a line, first ("Laura Becker, Head of Communications,
        # Eurofer": not the body after the post)
        _, one_a_line = header_lists(text)
        candidates = [c for c in candidates if not any(a <= doc[c[0]].idx < b and "," in text[a:doc[c[0]].idx]
                                                       for a, b in one_a_line)]
        # "the Union des caves du Rhône (UCR)": a word inside a body's name written in sentence case
        in_names = {i for start, end in sentence_case_names(self.lex, doc) + head_first_names(self.lex, doc)
                    + sentence_case_bodies(self.lex, doc) for i in range(start + 1, end)} \
            | {i for start, end in named_examples(self.lex, doc) for i in range(start, end)} \
            | {i for start, end in bodies_before_clause(self.lex, doc) for i in range(start, end)}
        # ("firms such as X", "X, which represents exporters")
        # (a holder named right after the body a title's "of" names, which the model read into the body, was found
        # by the words around it: no body's words refuse it)
        refused = {c for c in found if c[2] != "after body" and (self._not_a_person(doc, c[0], c[1]) or c[0] in in_names)}
        # "the German business daily Handelsblatt": a name its surroundings once show to be a body's is no
        # person's where it stands alone ("according to Handelsblatt")
        kept_spans = {(s, e) for s, e, _ in found if (s, e, _) not in refused}
        bodies = {fold(doc[s:e].text) for s, e, _ in refused if (s, e) not in kept_spans}
        # "Brandt Mercer's trade team" in a story signed "..., Brandt Mercer LLP": the firm, though the model
        # never offered the name before the legal form as a person's (a name only the model read so; a legal form,
        # not a word such as "Lines" a headline may hold: "Jamieson Greer Lines Up New Probe")
        company_names = self._company_names(doc)
        firms = {fold(doc[s:e].text) for s, e in company_names if self.lex.legal_form_proper(doc[e].text) and (
            e - s >= 2 or doc[e].text in self.lex.one_word_name_forms)}
        # (one word before a corporation's form too: "Alcoa Corporation" ... "Alcoa sells")
        firms |= self._firm_short_names(doc)
        # ("Sinar Latex said in a filing" in a story that names "Sinar Latex Holdings Bhd": the first two words of a
        # firm's name of three or more before its legal form, the firm, however the name was found; not after an
        # honorific or a title)
        openings = {fold(doc[s:s + 2].text) for s, e in company_names
                    if e - s >= 3 and self.lex.legal_form_proper(doc[e].text)}
        raw = [c for c in candidates if c not in refused and fold(doc[c[0]:c[1]].text) not in bodies
               and not (c[2] == "ner" and fold(doc[c[0]:c[1]].text) in firms)
               and not (fold(doc[c[0]:c[1]].text) in openings and not self._titled_before(doc, c[0]))]
        body = [c for c in raw if not _inside(heads, doc[c[0]].idx)]
        body_words = {doc[i].text for s, e, _ in body for i in range(s, e)}
        cands: list[tuple[int, int, str]] = list(body)
        for s, e, src in raw:
            if _inside(heads, doc[s].idx):
                # keep only the leading words the body also uses as names
                k = s
                while k < e and doc[k].text in body_words:
                    k += 1
                if k > s:
                    cands.append((s, k, src))
        # ("Labour MP for Birmingham Hodge Hill Liam Byrne": the member's name after the constituency, not the
        # model's run of the place's last word into it)
        cands = [c for c in cands if not (c[2] == "ner" and any(o[2] == "after seat" and c[0] < o[0] < c[1]
                                                                for o in cands))]
        # resolve overlaps: longest first
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken: set[int] = set()
        mentions: list[tuple[int, int, str]] = []
        for s, e, src in cands:
            if any(i in taken for i in range(s, e)):
                continue
            taken.update(range(s, e))
            mentions.append((s, e, src))
        mentions.sort()
        mentions = _join_adjacent(doc, mentions)

        index = PersonIndex()
        # one word, even when the tokenizer split it at a hyphen ("Okonjo-Iweala")
        multi = [m for m in mentions if len(doc[m[0]:m[1]].text.split()) > 1]
        single = [m for m in mentions if len(doc[m[0]:m[1]].text.split()) == 1]
        for s, e, _ in multi:
            name = without_nickname(doc[s:e].text)
            if name.isupper():  # "LERATO NKOSI-BHENGU (Chief Director ...):", a transcript's speaker in capitals
                name = from_capitals(name, self.lex.name_particles)
            cluster = self._match_full(index, name)
            if cluster is None:
                cluster = PersonCluster(name=name)
                index.clusters.append(cluster)
            elif len(name) > len(cluster.name):
                cluster.name = name
            cluster.forms.add(name)
            written = " ".join(doc[s:e].text.replace("\u201c", '"').replace("\u201d", '"').split())
            if written != " ".join(name.split()) and not written.isupper():
                # 'Ramon "Bong" Villareal': the fullest form the story writes is the name, nickname and all;
                # the name without it stays one of the person's forms
                cluster.forms.add(written)
                if len(written) > len(cluster.name):
                    cluster.name = written
            cluster.spans.append((s, e))
        # "Corvane CEO ..." after "Corvane Advanced Materials Corp": the first word of a company's name and more
        companies = {doc[k].text for k, end in company_names if k < end - 1} if single else set()
        # "the Tokaj wine region" in a story of "talks in Tokaj": a word the story writes as a place elsewhere
        places = {tok.text for tok in doc if tok.ent_type_ in ("GPE", "LOC") and tok.head.lower_ in ("in", "near")
                  and self._place_like(tok)
                  or tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].text == "Port"} if single else set()
        # ("the development of the Port of Klaipėda": the port's city)
        for s, e, src in single:
            word = doc[s:e].text
            if src == "nickname":  # "Kwabena Asante-Mensah — known as Kobby —": the person named before the aside
                cluster = max((c for c in index.clusters for a, b in c.spans if b <= s and s - b <= 9),
                              key=lambda c: max(b for _, b in c.spans if b <= s), default=None)
                if cluster is not None:
                    cluster.nicknames.add(word)
                    cluster.forms.add(word)
                    cluster.spans.append((s, e))
                continue
            cluster = next((c for c in index.clusters if fold(word) in {fold(n) for n in c.nicknames}), None) \
                or self._match_part(index, word, s, doc)
            if cluster is None:
                honorific = next((t for t in reversed(doc[max(0, s - 2):s]) if t.text != "."), None)
                if word in companies and src in ("ner", "speaker") and not (
                        honorific is not None and honorific.lower_.rstrip(".") in self.lex.honorific_words):
                    continue  # "Corvane CEO Deborah Klinefelter" after "Corvane Advanced Materials Corp": the company
                inside_quote = _inside(quotes, doc[s].idx)
                if inside_quote and src != "speaker":
                    continue
                if src == "ner" and (self._place_like(doc[s]) or word in places):
                    continue
                if s > 0 and doc[s - 1].text in self.lex.place_abbreviations:
                    continue  # "Sault Ste. Marie": a place's name after its abbreviated word, no person's
                if src == "ner" and _common_word_opening(doc, s, text):
                    continue
                if src == "speaker" and doc[s].is_sent_start and _written_lower(word, text):
                    continue  # "Coal tells the mirror story" in a story of "Mongolia's coal": the word, no speaker
                cluster = PersonCluster(name=from_capitals(word, self.lex.name_particles) if word.isupper()
                                        and len(word) >= 3 and s > 0 and doc[s - 1].text.rstrip(".") in SITTING_STYLES
                                        else word)  # ("Mr WHITCOMBE (Shortland) (14:09):": a member's surname)
                index.clusters.append(cluster)
            cluster.forms.add(word)
            cluster.spans.append((s, e))
        self._given_names_written(doc, index, taken)
        self._add_bare_mentions(doc, index, taken)
        for cluster in index.clusters:
            cluster.spans.sort()
            for s, e in cluster.spans:
                for i in range(s, e):
                    index.by_token[i] = cluster
            cluster.surname = self.lex.name_order.surname(cluster.name, cluster.forms)
        index.clusters.sort(key=lambda c: c.first)
        return index

    def _titled_before(self, doc: Doc, start: int) -> bool:
        """Does an honorific or a title's head come right before the name at ``start`` ("Mr", "Minister"), past an
        abbreviation's dot or a quotation mark?"""
        k = start - 1
        while k >= 0 and doc[k].text in (".", "'", "\u2019"):
            k -= 1
        return k >= 0 and (doc[k].text.lower().rstrip(".") in self.names.honorifics or doc[k].lower_ in self.lex.heads)

    def _company_names(self, doc: Doc) -> list[tuple[int, int]]:
        """The capitalized words before each legal form the story writes ("Corvane Advanced Materials" of
        "Corvane Advanced Materials Corp", "Brandt Mercer" of "Brandt Mercer LLP"), as token spans."""
        out = []
        for tok in doc:
            if tok.text not in self.lex.company_suffixes or tok.i < 1:
                continue
            k = tok.i
            while k > 0 and tok.i - k < 4 and (doc[k - 1].is_title or doc[k - 1].is_upper) and doc[k - 1].is_alpha:
                k -= 1  # (a masthead in capitals: "BRANDT MERCER LLP")
            if k < tok.i:
                out.append((k, tok.i))
        return out

    def _firm_short_names(self, doc: Doc) -> set[str]:
        """"Ningbo Huarui's vice-president" in a story that names "Ningbo Huarui Auto Components": the first two
        words of a company's name the model read whole, its trade after them in capitals, are the company, never
        a person the story gives no title or honorific."""
        out = set()
        for ent in doc.ents:
            words = [t for t in ent if t.lower_ != "the"]
            # ("Cheniere's executive vice-president" in a story that names "Cheniere Energy": the one word before the
            # trade of a name of two or three words)
            n = 2 if len(words) >= 4 else 1
            if ent.label_ != "ORG" or len(words) < 2 or not all(t.is_title and t.is_alpha for t in words) \
                    or not any(self.lex.kind_of(t.text) == "company" for t in words[n:]):
                continue
            short = fold(" ".join(t.text for t in words[:n]))
            alone = [t.i for t in doc if t.i + n <= len(doc) and fold(doc[t.i:t.i + n].text) == short
                     and not (doc[t.i].ent_type_ == "ORG" and t.i + n < len(doc) and doc[t.i + n].ent_type_ == "ORG")]
            # (only where the story writes it as an owner, "Ningbo Huarui's": not "Elon Musk said", a person; never
            # after a title or an honorific)
            if alone and all(i + n < len(doc) and doc[i + n].text in ("'s", "\u2019s") and i >= 1
                             and doc[i - 1].lower_ not in self.lex.heads
                             and doc[i - 1].text.lower().rstrip(".") not in self.names.honorifics for i in alone):
                out.add(short)
        return out

    def _paper_short_names(self, text: str, papers: list[tuple[int, int]]) -> set[str]:
        """"received by Bisnis" in a story the source line credits to "Bisnis Indonesia": a paper named after
        its country (or city) goes by the words before it."""
        out = set()
        for a, b in papers:
            words = text[a:b].split()
            if len(words) >= 2 and (self.lex.country_of(words[-1]) or self.lex.place_country(words[-1])
                                    or words[-1].lower() in self.lex.medium_words):
                out.add(fold(" ".join(words[:-1])))  # (or after its medium: "Rasmei Kampuchea Daily")
        return out

    def _names_a_thing(self, doc: Doc, start: int, end: int) -> bool:
        """Do the words right around a name say it names a thing, a kind or a body's own-language name: a body's (or
        a post's) name in brackets after it, a thing's noun after a word the story writes only so, a number after
        a word?"""
        opening = next((k for k in range(start - 1, max(0, start - 6), -1) if doc[k].text == "("), None)
        if opening is not None and opening >= 1 and end < len(doc) and doc[end].text == ")" \
                and (doc[opening - 1].ent_type_ == "ORG" or doc[opening - 1].is_title
                     and self.lex.is_org_head(doc[opening - 1].lower_)) and not doc[opening - 1].is_upper \
                and all(t.is_title or t.is_lower or "'" in t.text or t.text == "-" for t in doc[opening + 1:end]) \
                and doc[opening + 1].lower_ not in self.lex.heads \
                and not (doc[opening + 1].text.lower().rstrip(".") in self.names.honorifics
                         and doc[opening + 1:end].text.isascii()) \
                and (end - opening >= 4 or any(not t.text.isascii() or "'" in t.text for t in doc[opening + 1:end])):
            return True  # "the Sri Lanka Tea Board (Shri Lanka Thé Mandalaya)", "the Suez Canal Authority (Na'ib Ra'is
            # Hay'at Qanat al-Suways)": the body's name (or the post's) in the paper's own language
        if end - start != 1 or end >= len(doc):
            return False
        if doc[start].is_sent_start and doc[start].text.endswith(("ics", "als")) and doc[end].is_lower \
                and doc[end].tag_ == "NNS" and doc[start].head.i == end:
            return True  # "Generics manufacturers are particularly exposed", "Chemicals producers": a plural noun of
            # trade opening the sentence (not "Harris aides said", "Williams supporters rallied": a person's)
        if doc[end].lower_ in self.lex.thing_nouns and doc[end].is_lower \
                and all(t.i + 1 < len(doc) and doc[t.i + 1].lower_ in self.lex.thing_nouns for t in doc
                        if t.text == doc[start].text):
            return True  # "the Alexandria market", "Pima cotton", "the Amul brand": a kind or a place, never a person
        # "Giza 94 and Giza 96 lint": a variety, a model or a grade named by a word and its number
        return doc[end].is_digit and len(doc[end].text) <= 3 and not doc[start].ent_id_

    def _clause_of_holder(self, doc: Doc, start: int, end: int) -> bool:
        """"the investment bank Raul Mena runs", "the brokerage Tom Hale set up in 2010": a person's name the model
        tagged, two words or more, and a verb right after it (no speaking verb) whose object is the body before:
        the name is the clause's subject, not the body's."""
        return end - start >= 2 and end < len(doc) and doc[start].ent_type_ == "PERSON" and doc[end].pos_ == "VERB" \
            and doc[end].tag_ in ("VBD", "VBZ", "VBP") and doc[end].lower_ not in self.lex.speech_verbs

    def _in_firms_name(self, doc: Doc, start: int, end: int) -> bool:
        """Is the name the end of a firm's name the story also writes with its legal form ("Hartwell Kroon LLP"
        ... "Hartwell Kroon's trade team": not a Mr Kroon)? The firm's name must be two words or more, all of
        them here, its first words left out of the name found, and no title before them (not "Steve Marden Ltd
        has 40 stores ... Steve Marden, its founder, said": the founder named in full)."""
        stems = firm_stems(self.lex, doc)
        if not stems:
            return False
        for left in range(start - 1, max(-1, start - 4), -1):
            if not doc[left].is_title or doc[left].ent_type_ == "PERSON":
                break
            if doc[left:end].text in stems:
                # (not "Steve Madden Ltd said ... Founder Steve Madden told analysts": a title names the person)
                return not (left > 0 and (doc[left - 1].lower_ in self.lex.heads
                                          or doc[left - 1].text.lower().rstrip(".") in self.names.honorifics))
        return False

    def _after_thing_naming_word(self, doc: Doc, start: int) -> bool:
        """Does a word that names a thing ("codenamed", "code-named": ``thing_naming_words``) end right before
        token ``start``?"""
        words = ""
        for k in range(start - 1, max(-1, start - 4), -1):
            words = doc[k].text.lower() + words
            if words in self.lex.thing_naming_words:
                return True
            if doc[k - 1].whitespace_ if k > 0 else True:
                return False  # (the word before began with a space: "code-named" is three tokens with none)
        return False

    def _not_a_person(self, doc: Doc, start: int, end: int) -> bool:
        """What the words around a name say it is not a person: "Eurometaux,
        which represents ..." (a body), "Kano states" (a place), "farmers in
        Mato Grosso" (a place)."""
        if end + 1 < len(doc) and doc[end].text in ("'", "\u2019") and doc[end + 1].is_title \
                and self.lex.is_org_head(doc[end + 1].lower_):
            return True  # "İstanbul Apparel Exporters' Association": the members a body is named for
        if 2 <= end - start <= 3 and doc[start].text in self.lex.compass_names:
            return True  # "Central Sulawesi, Southeast Sulawesi and North Maluku": regions (names.yaml compass_names)
        if self._after_thing_naming_word(doc, start):
            return True  # "the investigation, codenamed Ops Asal,": an operation's name (names.yaml thing_naming_words)
        if start >= 3 and doc[start - 1].lower_ in ("and", "or") and doc[start - 2].ent_type_ in ("GPE", "LOC") \
                and doc[start - 2].ent_iob_ == "B" and doc[start - 2].dep_ == "pobj" \
                and doc[start - 2].head.lower_ in self.lex.place_prepositions and doc[start].ent_iob_ == "B" \
                and doc[end - 1].dep_ == "conj" and doc[end - 1].head.i == start - 2 \
                and not (end < len(doc) and (doc[end].text in ("'s", "\u2019s", "'", "\u2019", ",")
                                             or doc[end].pos_ in ("VERB", "AUX"))) \
                and not any(t.lower_ in self.lex.heads for t in doc[start - 4:start - 2]):
            return True  # "extra loaders from Singapore and Tanjung Pelepas": a place listed with a place
        if end - start == 1 and doc[start].text in self.lex.region_names:
            return True  # "Europe adds a further layer of uncertainty": a continent's or a region's name (names.yaml)
        # (a post of several words in lower case: "Sabine Ridge chief executive Travis Menard")
        held = lower_post_end(self.lex, doc, end + 1) if end < len(doc) and doc[end].is_lower else end + 1
        if end - start >= 2 and held < len(doc) and doc[end].lower_ in self.lex.heads and doc[end].is_alpha \
                and doc[held].ent_type_ == "PERSON" \
                and doc[held].ent_iob_ == "B" and not (start > 0 and doc[start - 1].lower_ in self.lex.heads):
            return True  # "said Italia Solare President Gianni Sartorato", "Forza Italia MEP Federica Mancuso": the
            # body the post is at, or the party, between a name and the holder's title (not a holder's own name)
        if end - start >= 2 and doc[end - 2].text == "-" and doc[end - 1].lower_ in ("based", "owned", "listed", "born"):
            return True  # "a Quy Nhon-based tuna processor": a place's adjective
        if any("&" in t.text for t in doc[start:end]):
            return True  # "S&P Global Mobility estimates ...": an ampersand joins the names a firm is made of, never
            # a person's
        if end - start >= 2 and self.lex.is_firm_name_ending(doc[end - 1].text):
            return True  # "president of Pacific" + "Rim Seafood Imports": a trading house's name
        if end - start >= 2 and self.lex.is_org_head(doc[end - 1].lower_) and (
                self.lex.country_of(doc[start].text) or doc[start].ent_type_ in ("NORP", "GPE")
                or self._after_post_of(doc, start)):
            # "Azerbaijan Railways", "general director of Georgian Railway": a country's word or a post's "of", then
            # what a body is
            return True
        if end - start >= 2 and after_lower_body_post(self.lex, doc, start - 1) \
                and not (end < len(doc) and doc[end].text in ("'s", "\u2019s")) and not self.names.honorific_at(doc, start):
            return True  # "who was previously director of Confagricoltura Veneto": what a post in lower case is of is a
            # body (not "director of Jane Doe's office")
        if end - start == 1 and doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "I" and doc[start].tag_ == "NNPS":
            k = start
            while k > 1 and (doc[k - 1].ent_type_ == "ORG" and not doc[k - 1].ent_id_
                             or doc[k - 1].lower_ in ("and", "&") and doc[k - 2].ent_type_ == "ORG"):
                k -= 1  # (back over the area's words, which the model may read as two bodies)
            if k >= 2 and doc[k - 1].lower_ in ("for", "of") and doc[k - 2].lower_ in self.lex.heads:
                return True  # "Assistant Secretary for Terrorist Financing and Financial Crimes, who": the last word
                # of the area of a post, which the model read as a body
        if end - start == 1 and self._item_of_ministers_list(doc, start):
            return True  # "the Minister of Agriculture, Maritime Fisheries, Rural Development ...": a portfolio's word
        if start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ in _SEAT_WORDS:
            return True  # "my hon. Friend the Member for Hallam Vale": a constituency
        if start >= 2 and end + 3 < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")" \
                and doc[end + 1].text == "(" and doc[end + 3].text.startswith(")") and doc[end + 2].text in _HOUSE_PARTIES \
                and _name_before(doc, start - 1):
            return True  # "Dr Adaeze Okafor (Hallam Vale) (Lab):": a member's seat, then her party
        if any(camel_case_name(doc[k].text) and all(t.text in self.lex.subsidiary_words or self.lex.kind_of(t.text)
                                                     or t.is_upper and self.lex.country_of(t.text)
                                                     for t in doc[k + 1:end])
               for k in range(start, end)):
            return True  # "IndustriAll Europe", "PhosAgro": a brand's or a body's name (not "RoseMarie Kelly")
        if end - start >= 2 and doc[end - 1].is_upper and doc[end - 1].is_alpha and len(doc[end - 1]) >= 2 \
                and self.lex.kind_of(doc[end - 1].text) == "media":
            return True  # "Phoenix TV said": a broadcaster's name closing on its kind in capitals
        if end - start >= 3 and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and doc[end + 1].is_upper and doc[end + 1].text == "".join(t.text[0] for t in doc[start:end]) \
                and start >= 2 and doc[start - 2].lower_ in self.lex.heads and doc[start - 1].lower_ in ("of", "at"):
            return True  # "the president of Sistema Moda Italia (SMI)": a short form spelled by the name's initials,
            # after a post and "of" (not "President Andrés Manuel López Obrador (AMLO)", "the policy of Alberto
            # Manuel Ruiz Ortega (AMRO)", "a spokesman for ... (AMLO)": a leader's initials)
        if end - start == 1 and start >= 3 and doc[start - 1].text == "," and doc[start - 2].is_title \
                and doc[start - 2].is_alpha and doc[start - 3].lower_ in self.lex.place_prepositions \
                and (end == len(doc) or doc[end].text in (".", ";")):
            return True  # "in Gebeng, Pahang.", "near Woodstock, Ont.": a place, then its region, closing a sentence
        if any(fold(t.text) in self.lex.name_after_head for t in doc[start:end]):
            return True  # "Pontificia Universidad": a university's word is in no person's name
        if body_after_post_end(self.lex, doc, start, end) is not None:
            return True  # "Carlo Bertolazzi, director general of Eurofer, said": the body the post is at
        if end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].text in ("Partners", "Associates"):
            return True  # "Hartono Lubis & Partners": a firm named for its founders
        if end - start == 1 and end + 3 < len(doc) and doc[end].lower_ in (",", "and"):
            paren = next((k for k in range(end + 1, min(len(doc) - 1, end + 7)) if doc[k].text == "("), None)
            named = name_before_short_form(self.lex, doc, paren + 1) if paren is not None else None
            if named is not None and named[0] <= start < named[1]:
                return True  # "the Vietnam Leather, Footwear and Handbag Association (Lefaso)": a word of its name
        if start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].is_title \
                and self.lex.is_org_head(doc[start - 2].lower_) and doc[start - 2].lower_ not in self.lex.heads:
            return True  # "the Mostakbal Misr Agency for Sustainable Development": the body's remit
        if end - start == 1 and end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].is_title:
            return True  # "Meat & Livestock Australia": one word joined to the next by "&", a body's name
        if start >= 4 and doc[start - 2].text == "-" and doc[start - 1].lower_ in ("owned", "listed", "controlled") \
                and doc[start - 3].is_title and not doc[start - 3].whitespace_ and doc[start - 4].lower_ in ("at", "by"):
            return True  # "fleet director at Chilean-owned Naviera Atlántica del Sur": a firm's name (not "said
            # Singapore-based Priyanka Menon")
        if PARTY_TAG.fullmatch(doc[start:end].text) and start >= 1 and doc[start - 1].text in (",", "("):
            return True  # "Rep. Denise Holloway, R-Texas, who sits on ...": a legislator's party and state
        if end - start == 1 and end < len(doc) and (doc[end].like_num and not re.fullmatch(r"(?:1[89]|20)\d\d", doc[end].text)
                                                    or re.match(r"\d+/", doc[end].text)):
            return True  # "Bill 11482/2025-CR would raise ...": a given name before a number names a document (a
            # year after a name cites a work: "Chen 2019 found")
        if end - start == 1 and doc[start].is_title and told_unnamed(doc, start, self._by_cues, self._addressing):
            return True  # "Mr. Voronov told Kommersant": an outlet
        if document_source(self.lex, doc, start):
            return True  # "according to sources consulted by Ziarul Financiar": an outlet, whatever the model read
        if end - start == 1 and start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")" \
                and (doc[start - 2].ent_type_ in ("GPE", "LOC", "FAC") or self.lex.place_country(doc[start - 2].text)):
            return True  # "the port of Le Guilvinec (Finistère)": a place's region in brackets after it
        if end - start == 1 and doc[start].dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in doc[start].children) \
                and not any(c.dep_ in ("amod", "compound") for c in doc[start].children):
            return True  # "where the Elysée hopes", "a call from the Kremlin": a seat of power, no one's name (not
            # "the late Tanaka", "the Finn Aaltonen": words before the name)
        if end - start == 1 and start > 0 and doc[start - 1].text == "Engineer":
            return True  # "Engineer Corps officials": a unit's word after the word, no name
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which" \
                and doc[end + 2].pos_ in ("VERB", "AUX") \
                and not (end - start >= 2 and any(t.is_title and t.lower_ in self.lex.heads
                                                  for t in doc[max(0, start - 6):start])):
            return True  # "Eurometaux, which represents ...", not "a call with Van Damme, which both sides described"
            # (nor "a meeting led by Coordinating Minister for Economic Affairs Ahmad Fauzi Ramadhan, which was also
            # attended by ...": a full name after its holder's title; the clause is the meeting's)
        if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "whose" \
                and doc[end + 2].lower_ in ("membership", "members") and doc[end + 3].pos_ in ("VERB", "AUX") \
                and not (start >= 1 and (doc[start - 1].lower_ in self.lex.heads
                                         or doc[start - 1].text.lower().rstrip(".") in self.names.honorifics)):
            return True  # "SolarPower Europe, whose membership includes installers, ...": a body with members (not
            # "Anna Kowalski, whose membership of the board lapsed", nor "Senator Jane Roe, whose members ...")
        if start >= 6 and doc[start - 1].lower_ == "as" and doc[start - 3].lower_ == "in" \
                and doc[start - 2].is_title and doc[start - 4].lower_ in ("known", "called") and doc[start - 5].text == "," \
                and doc[start - 6].ent_type_ != "PERSON":
            return True  # "the Nigerian Ports Authority, known in Hausa as Hukumar Kula da ...": its own-language name
            # (a place's, a dish's, a trade's too; only after a person's name a name of theirs: "Zhang Wei, known in
            # English as Peter Zhang")
        if end - start == 1 and start >= 1 and (doc[start - 1].lower_ in ("a", "an") or (
                start >= 2 and (doc[start - 1].pos_ == "ADJ" or doc[start - 1].tag_ == "VBN")
                and doc[start - 1].is_lower and doc[start - 2].lower_ in ("a", "an"))):
            return True  # "signed an updated Roadmap for ...": a common noun in capitals, no one's name
        if owned_by_person(doc, start, end, self.lex):
            return True  # "Rafael Ortega, whose Naviera Atlántica del Sur runs four car carriers": what he owns
        if kind_noun_closes(doc, end) and start >= 2 and (
                doc[start - 1].text in ("'s", "\u2019s") and self.lex.country_of(doc[start - 2].text)
                or doc[start - 1].lower_ == "the"):
            return True  # "at Egypt's Mostakbal Misr agency", "the Sinar Mas consortium": a body named before its kind (not
            # "the Trump administration", "Brazil's Lula government": a leader's name for the government he leads; nor
            # "Japan's Taro Kono agency reform plan", "Canada's Mark Halloway firm on retaliation")
        if self._names_a_thing(doc, start, end):
            return True
        if self._in_firms_name(doc, start, end):
            return True
        if end - start == 1:
            text = doc_text(doc)
            line_start = text.rfind("\n", 0, doc[start].idx) + 1
            line_end = text.find("\n", doc[start].idx)
            if re.fullmatch(r"\s*\d{1,2}[.)]\s*", text[line_start:doc[start].idx]) and end + 1 < len(doc) \
                    and doc[end].lower_ in ("and", "&") and doc[end + 1].is_lower \
                    and doc[end + 1].pos_ in ("VERB", "NOUN"):
                return True  # "2. Melt and pour.": a numbered point's heading (not "3. Mendez said ...", "2) Kim -
                # Korea will wait", "3. Lee and Park will join", "1. Chen and the trade office will review")
            if text[line_start:line_end if line_end >= 0 else len(text)].strip() == doc[start].text:
                return True  # "Background" alone on its line: a section's heading
        if end - start >= 2 and self.lex.kind_of(doc[start].text) and (
                not doc[start].text.isascii() or any(t.lower_ in NAME_SMALL_WORDS for t in doc[start + 1:end])):
            return True  # "the Federación Española del Aceite": a body's word in the paper's language opens it
        if end < len(doc) and doc[end].lower_ in self.lex.place_nouns:
            return True
        k = end
        if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].is_title:
            k += 2  # ("the Bavet and Sihanoukville special economic zones": the first of two)
            while k < len(doc) and k - end < 5 and doc[k].is_title:
                k += 1
        if (k > end or end < len(doc) and doc[end].is_lower) and start >= 1 and doc[start - 1].lower_ in ("the", "and"):
            m = k
            while m < len(doc) and m - k < 3 and doc[m].is_lower and doc[m].is_alpha and doc[m].pos_ in ("ADJ", "NOUN") \
                    and doc[m].lower_ not in self.lex.place_nouns:
                m += 1
            if m > k and m < len(doc) and doc[m].lower_ in self.lex.place_nouns:
                return True  # "the Sihanoukville special economic zone": a place, whatever the words between
        if end - start >= 2 and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and doc[end + 1].text.isupper() and len(doc[end + 1].text) == end - start \
                and doc[end + 1].text == "".join(t.text[0] for t in doc[start:end]).upper() \
                and self.lex.kind_of(doc[start:end].text):
            return True  # "Polska Grupa Zbrojeniowa (PGZ)": a name its short form spells is a body's
        if end - start == 1 and self.lex.country_of(doc[start].text) and (
                end < len(doc) and doc[end].text == ":"
                or start >= 2 and doc[start - 1].lower_ in (",", "and") and self.lex.country_of(doc[start - 2].text)):
            return True  # "Chad: Mr. Mahamat Abakar Issa", "Benin, Burkina Faso, Chad and Mali": the country
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and doc[end + 1].is_lower and doc[end + 1].lower_ in self.lex.name_made_words:
            return True  # "the Belharra-class frigates": a name made into a word for a kind of thing
        if start >= 1 and doc[start - 1].is_lower and doc[start - 1].lower_ in self.lex.compass_words \
                or end + 3 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_lower \
                and doc[end + 1].lower_ in self.lex.compass_words and doc[end + 2].is_title and doc[end + 2].ent_type_ != "NORP" \
                and not (doc[end + 3].is_lower and doc[end + 3].is_alpha):
            return True  # "the producers of (Mato Grosso and) western Bahia": a region
        if start >= 4 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.lex.domain_words \
                and doc[start - 3].lower_ == "of" and doc[start - 4].lower_ in self.lex.heads:
            return True  # "a former secretary of agriculture of Mato Grosso": the state the post serves
        opening = next((k for k in range(start - 1, max(-1, start - 8), -1) if doc[k].text in ("(", ")")), None)
        if opening is not None and doc[opening].text == "(" and opening >= 1 and doc[opening - 1].ent_type_ == "ORG":
            close = next((k for k in range(end, min(len(doc), end + 6)) if doc[k].text == ")"), None)
            if close is not None and (close >= 2 and doc[close - 2].text == "," and doc[close - 1].text[:1].isupper()
                                      and any(c.isupper() for c in doc[close - 1].text[1:])
                                      or any(doc[k].text == "," for k in range(opening + 1, start))
                                      and not any(doc[k].lower_ in self.lex.heads or doc[k].text == ":"
                                                  for k in range(opening + 1, start))):
                return True  # "the Ministry of Agriculture and Rural Development (Ministerstwo Rolnictwa i Rozwoju
                # Wsi, MRiRW)", "(Ma'aikatar Masana'antu, Kasuwanci da Zuba Jari)": the body's name in the paper's
                # language (with its short form)
        if start >= 4 and doc[start - 1].text in (",", ":") and doc[start - 3].lower_ == "in" and doc[start - 4].text == "(" \
                and doc[start - 2].ent_type_ in ("NORP", "LANGUAGE") and doc[start - 2].is_title:
            return True  # "(in Turkish, Sınırda Karbon Düzenleme Mekanizması)": a term in the paper's language
        k = start
        if k >= 3 and doc[k - 1].lower_ in ("and", ",") and doc[k - 2].is_title and (
                doc[k - 1].lower_ == "and" or end + 1 < len(doc) and doc[end].lower_ in (",", "and")
                and doc[end + 1].is_title):
            k -= 2  # (the second of two: "the provinces of Malanje and Cuanza Sul"; after a comma only inside a list
            # that goes on: not "the Vice Minister of the People's Republic of China, Zhou Minghui, to review")
            while k > 1 and doc[k - 1].is_title:
                k -= 1
        if k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in self.lex.place_nouns:
            return True  # "the province of Malanje": a place
        if doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "I" and start >= 1 \
                and doc[start - 1].ent_type_ == "ORG" and doc[start - 1].is_title \
                and self.lex.is_org_head(doc[start - 1].lower_) and doc[start - 1].lower_ not in self.lex.heads \
                and not (start >= 3 and doc[start - 2].lower_ == "of" and doc[start - 3].lower_ in self.lex.heads
                         and doc[start - 3].is_title and doc[start - 1].lower_ in ("parliament", "congress")) \
                and not (start >= 4 and doc[start - 1].lower_ in self.lex.board_words and doc[start - 2].lower_ == "the"
                         and doc[start - 3].lower_ == "of" and doc[start - 4].lower_ in self.lex.heads) \
                and not self._model_body_opens_with_title(doc, start):
            return True  # "of Universiti Malaya said": the model's body, opening with a body's word, says it (not
            # "Member of Parliament Priyantha Abeykoon": a title naming its chamber; nor "Minister of Trade, Industry
            # and Energy Ahn Jae-won", which the model read whole as a body; nor "Chairman of the Board Ahmet
            # Ocaklı": the board the post chairs)
        if end + 2 < len(doc) and doc[end].lower_ in ("of", "for"):
            close = next((k for k in range(end + 1, min(len(doc), end + 6)) if doc[k].text == "("), None)
            if close is not None and close + 2 < len(doc) and doc[close + 2].text == ")" \
                    and all(t.is_title and t.is_alpha for t in doc[end + 1:close]) and "".join(
                        t.text[0] for t in doc[start:close] if t.is_title).upper() == doc[close + 1].text:
                return True  # "Dairy Farmers of Canada (DFC)": a body whose short form spells the words after it too
        if start >= 2 and doc[start - 1].lower_ == "at" and any(
                doc[j].lower_ in self.lex.heads and all(
                    t.is_lower and t.pos_ not in ("VERB", "AUX", "ADP") or t.lower_ in ("for", "of", "and")
                    for t in doc[j + 1:start - 1])
                for j in range(max(0, start - 7), start - 1)):
            return True  # "vice president for trade policy at Cleveland-Cliffs": the workplace after a title (its
            # area between; not "Minister Arjun Mehta lashed out at Kavita Rao")
        if end - start >= 2 and fold(doc[start:end].text) in self.issue_terms:
            return True  # "a Working Group on Pharmaceuticals and Intellectual Property": an issue, capitalized
        if end - start == 1 and fold(doc[start].text) in self.issue_terms and end < len(doc) \
                and doc[end].lower_ in self.lex.heads and doc[end].is_title:
            return True  # "Canada's Fentanyl Czar, X": the area of the title after it
        if end - start == 1 and start >= 3 and doc[start - 1].lower_ in ("of", "and", "for") and any(
                doc[k].is_title and self.lex.kind_of(doc[k].text) == "government" and doc[k + 1].lower_ in ("of", "for")
                for k in range(max(0, start - 6), start - 1)):
            return True  # "the Department of Fertilizers", "the Ministry of Chemicals and Fertilizers": a portfolio
        if doc[start].text in self.lex.company_prefixes or (start > 0 and doc[start - 1].text in self.lex.company_prefixes
                                                            and not (doc[start - 1].text in self.lex.company_suffixes
                                                                     and start >= 2 and doc[start - 2].is_title)):
            return True  # "PT Aneka Tambang": a company (not the name after "Erdenes Tavan Tolgoi JSC", which closes one)
        if end + 2 < len(doc) and doc[end].text == "(":
            k = end + 1 + (doc[end + 1].lower_ == "the")
            close = next((j for j in range(k, min(len(doc), k + 24)) if doc[j].text == ")"), None)
            stop = next((j for j in range(k, min(len(doc), k + 14)) if doc[j].text in (",", ")")), k)
            if translating_brackets(doc, end, close) and stop > k + 1 and (doc[k].ent_type_ == "ORG" or any(
                    self.lex.is_org_head(t.lower_) and t.is_title for t in doc[k:stop])):
                return True  # "Jidian Shanghui (China Chamber of Commerce for ..., CCCME)": a body's own-language name
            if close is not None and close - k >= 3 and doc[close - 1].is_title \
                    and self.lex.is_org_head(doc[close - 1].lower_) and doc[k].is_title \
                    and not any(t.lower_ in self.lex.heads for t in doc[k:close]) \
                    and self.lex.kind_of(doc[close - 1].text) != "party":  # ("MP Zofia Nowak (Polish People's Party)")
                return True  # "... Hammaddeleri İhracatçıları Birliği (Istanbul Textile ... Exporters' Association)"
            if close is not None and k + 2 < close and _is_short_form(doc[k]) and doc[k + 1].text == "," \
                    and any(self.lex.is_org_head(t.lower_) and t.is_title for t in doc[k + 2:close]):
                return True  # "Verband der Automobilindustrie (VDA, German Association of the Automotive Industry)"
        opening = next((k for k in range(start - 1, max(-1, start - 12), -1) if doc[k].text in ("(", ")")
                        or "\n" in doc[k].text), None)  # (within the line: not a speaker's "(EPP, NL):" above)
        if opening is not None and doc[opening].text == "(" and opening + 2 < start and _is_short_form(doc[opening + 1]) \
                and (doc[opening + 2].text == "," or (_is_short_form(doc[opening + 2]) and doc[opening + 3].text == ",")):
            return True  # "(CBAM, Mecanismo de Ajuste en Frontera por Carbono)": a short form's words in another language
        if opening is not None and doc[opening].text == "(" and opening >= 1 and doc[opening + 1].is_lower \
                and (doc[opening - 1].lower_ in self.lex.heads or doc[opening - 1].lower_ in self.lex.domain_words):
            return True  # "the Secretary of State for Trade (secretaria de Estado de Comercio)": the title, translated
        if end + 3 < len(doc) and doc[end].text == "(":
            close = next((j for j in range(end + 1, min(len(doc), end + 10)) if doc[j].text == ")"), None)
            if close is not None and close + 1 < len(doc) and (
                    doc[close + 1].lower_ == "of" or ((doc[close + 1].is_title or _is_short_form(doc[close + 1]))
                                                      and close + 2 < len(doc) and doc[close + 2].is_title)) \
                    and any(t.lower_ in self.lex.heads and t.is_title for t in doc[end + 1:close]):
                # "Keizai Sangyo Shingikan (Vice-Minister for International Affairs) of ...", "Parlamentarischer
                # Staatssekretär (Parliamentary State Secretary) Lukas Brandstätter": a title in its own language
                return True
        if start >= 2 and doc[start - 1].text == "(" and doc[start - 2].lower_ in self.lex.heads \
                and end < len(doc) and doc[end].text == ")":
            return True  # "Trade Minister (Tongsang Gyoseop Bonbujang) of ...": the title in its own language
        if end - start >= 2:
            name = doc[start:end].text
            for ent in doc.ents:
                if ent.label_ == "ORG" and ent.text.startswith(name + " ") \
                        and all(self.lex.is_org_head(w.lower()) for w in ent.text[len(name) + 1:].split()):
                    return True  # "Hoa Phat's deputy director" after "Hoa Phat Group": the company, short
        if end - start == 1 and start >= 2 and doc[start - 1].text == "(" and doc[start - 2].ent_type_ == "PERSON" \
                and end < len(doc) and doc[end].text in (",", ")"):
            return True  # "Joost van den Bergh (Renew, NL)": the member's party group
        if start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text in (",", ")") \
                and (doc[start - 2].ent_type_ == "ORG" or self.lex.is_org_head(doc[start - 2].lower_)
                     or doc[start - 2].text in self.lex.company_suffixes):
            return True  # "Ministry of Trade, Industry and Energy (Saneop Tongsang Jawonbu, MOTIE)": its own-language name
            # (or a firm's, after its legal form: "Hua Hong Semiconductor Co., Ltd. (Huahong Bandaoti)")
        if end - start == 1 and any(ord(ch) > 0x17F for ch in doc[start].text):
            # "Bộ trưởng Thương mại (Minister for Trade)", "Ủy ban Hỗn hợp FTA [... Joint Committee ...]": one word of
            # a title or body in the paper's own language, its English in brackets a few words on
            k = end
            while k < min(len(doc), end + 6) and doc[k].is_alpha and "\n" not in doc[k].whitespace_:
                k += 1
            if k + 1 < len(doc) and doc[k].text in ("(", "[", ":") and any(
                    t.lower_ in self.lex.heads or self.lex.is_org_head(t.lower_) for t in doc[k + 1:k + 12]):
                return True
            text = doc_text(doc)
            line_end = text.find("\n", doc[start].idx)
            if "[" in text[doc[start].idx:line_end if line_end >= 0 else len(text)]:
                return True  # a headline in the paper's language, its English in square brackets after it
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].is_title \
                and self.lex.is_org_head(doc[end + 1].lower_) and doc[end + 1].lower_ not in self.lex.heads \
                and self.lex.is_org_head(doc[end - 1].lower_):
            return True  # "Vanijya evam Udyog Mantralaya (Ministry of Commerce and Industry)": the body, in its language
        if end - start >= 2 and start > 0 and doc[start - 1].ent_type_ == "ORG" and doc[start - 1].whitespace_ \
                and self.lex.is_org_head(doc[start].lower_):
            return True  # "Toyota Motor Manufacturing de Guanajuato": the rest of a company's name
        if end - start == 1 and doc[start].lower_ in self.lex.place_nouns:
            return True  # "Member States": a place noun is nobody's name
        if end - start == 1 and doc[start].lower_ in self.lex.instrument_words:
            return True  # "the draft Minister of Finance Regulation (PMK)": a legal instrument, no one's name
        if end - start >= 2 and end < len(doc) and self.lex.is_org_head(doc[end - 1].lower_) \
                and self.lex.kind_of(doc[start:end].text) == "company" \
                and (doc[end].lower_ in self.lex.heads or doc[end].lower_.split("-")[-1] in self.lex.heads):
            return True  # "Ganfeng Lithium vice-president Liu Jianhua": the company before its officer's title
        if end - start >= 2 and start >= 1 and doc[start - 1].ent_type_ == "GPE" and self.lex.country_of(doc[start - 1].text) \
                and doc[end - 1].is_title and self.lex.is_org_head(doc[end - 1].lower_) \
                and doc[end - 1].lower_ not in self.lex.heads and not doc[start - 1].whitespace_ == "":
            return True  # "a delegation of Pakistan Kissan Ittehad": a country, then a body's name closing on its word
        if end - start >= 2 and self.lex.is_org_head(doc[start].lower_) and doc[start].lower_ not in self.lex.heads:
            return True  # "Kementerian Perdagangan": a name opening with a body's word is the body's
        if end - start >= 2 and start > 0 and doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "I" \
                and doc[end - 1].ent_type_ == "ORG" and doc[end - 1].is_title \
                and doc[end - 1].lower_ in self.lex.org_heads and doc[end - 1].lower_ not in self.lex.heads:
            return True  # "at King Saud University": the rest of a body's name the model read whole, after a word
            # that is a title too
        if end - start >= 3 and doc[end - 1].is_title and doc[end - 1].lower_ in self.lex.org_heads \
                and doc[end - 1].lower_ not in self.lex.heads and all(len(t.text.rstrip(".")) > 1 for t in doc[start:end]):
            return True  # "Hanwha Philly Shipyard": three words closing on a body's word (not "Sarah Banks", nor
            # "Robert K. Steel" with an initial)
        if end - start >= 2 and (doc[start].lower_ in self.lex.facility_words
                                 or doc[end - 1].is_title and doc[end - 1].lower_ in self.lex.facility_words):
            return True  # "Complex Sejong" in "Government Complex Sejong", "John F. Kennedy International Airport": a
            # building
        if end - start >= 2 and (doc[start].lower_ in self.lex.site_first_words
                                 or doc[end - 1].is_title and doc[end - 1].lower_ in self.lex.site_last_words):
            return True  # "Port Houston", "Henry Hub": a port, a trading hub (names.yaml site_first/last_words)
        if end - start == 1 and doc[start].lower_ in self.lex.facility_words and doc[start].ent_type_ in ("FAC", "ORG", "LOC") \
                and doc[start].ent_iob_ == "I":
            return True  # ("at the National Palace, the head of ... explained": the building's last word, no name)
        if opening is not None and opening >= 1 and doc[opening].text == "(" and start - opening <= 5 \
                and all(doc[j].is_title for j in range(opening + 1, start)) and end < len(doc) and doc[end].text == ")" \
                and doc[opening - 1].is_lower and doc[opening - 1].pos_ == "NOUN" \
                and doc[opening - 1].lower_ not in self.lex.heads and doc[opening - 1].text not in self.lex.trailing_honorifics \
                and not any(doc[j].lower_ in self.lex.heads for j in range(opening + 1, start)):
            # (not "Nakamura kyokuchō (Director-General Nakamura)": an honorific, glossed as a title and the name)
            return True  # "import approval (Persetujuan Impor)": a term in the story's own language
        if (after_name_cue(self.lex, doc, start) and not self._clause_of_holder(doc, start, end)) \
                or medium_after(self.lex, doc, end):
            return True  # "the think tank Valdora", "the Valdora newspaper"
        if end - start == 1 and start >= 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and after_name_cue(self.lex, doc, start - 1) \
                and not self._clause_of_holder(doc, start - 1, end):
            return True  # "The campaign group Global Witness said": the second word of the body's name
        if appositive_body_after(self.lex, doc, end) \
                and not (start >= 1 and doc[start - 1].is_title and doc[start - 1].lower_ in self.lex.heads):
            return True  # "Petronas, the Malaysian state energy company," (not "President Rhett Vanderploeg, an Iowa
            # producer,": a title in capitals before the name, a person's)
        if start >= 4 and doc[start - 1].text == "," and doc[start - 2].lower_ in self.lex.unit_words \
                and doc[start - 3].lower_ == "of" and doc[start - 4].lower_ in self.lex.heads \
                and end < len(doc) and doc[end].text in (",", "("):
            return True  # "Ms Ana Ruiz, Head of Unit, Enlargement Countries, DG TRADE": the unit's name
        if self._first_words_before_and(doc, start, end):
            return True  # "..., Trade Remedy and Investigation Bureau, MOFCOM": a body's first words
        if self._body_before_holder(doc, start, end):
            return True  # "the chief executive of Engro Fertilizers, Asad Mehmood Siddiqui,": the post's body
        dotted = end < len(doc) and doc[end].text == "." and doc[end - 1].text + "." in self.lex.company_suffixes
        if doc[end - 1].text in self.lex.company_suffixes or dotted \
                or (end < len(doc) and doc[end].text in self.lex.company_suffixes):
            return True  # "Hartley Voss LLP", "Nitrogénművek Zrt." (its full stop a token of its own)
        return end - start >= 2 and start > 0 and doc[start - 1].lower_ in ("in", "near") \
            and (end >= len(doc) or doc[end].text not in ("'s", "\u2019s"))

    def _after_post_of(self, doc: Doc, start: int) -> bool:
        """Does a post's "of" stand right before the name at ``start``, or before one or two capitalized words the
        title took from it ("general director of Georgian Railway", "president of Pacific" + "Rim Seafood Imports")?"""
        first = start
        while first > 0 and start - first < 2 and doc[first - 1].is_title and doc[first - 1].is_alpha \
                and doc[first - 1].lower_ not in self.lex.heads:
            first -= 1
        return any(k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in self.lex.heads
                   for k in range(first, start + 1))

    def _initial_before(self, doc: Doc, start: int) -> bool:
        """"Commerce and Industry Minister A Venkatraman", "Shri S Jaishankar": Indian papers write a given name's
        initial with no full stop; one capital letter right before the surname, right after a title's head or an
        honorific, opens the name (the model reads "A" as an article and leaves it out)."""
        k = start - 1
        return k >= 1 and len(doc[k].text) == 1 and doc[k].text.isupper() and doc[start].is_title \
            and (doc[k - 1].lower_ in self.lex.heads or doc[k - 1].lower_.rstrip(".") in self.names.honorifics)

    def _marker_before(self, doc: Doc, start: int) -> int:
        """"Head of the National Food Agency I Gede Wirawan Putra": how many words before the name open it, which the
        model left out: a Balinese name's opening word ("I", "Ni", ``name_markers``) right before the word it goes
        with, that word too where the model left it out ("I Made" read as a pronoun and a verb)."""
        if start >= 1 and doc[start].text in self.lex.name_markers.get(doc[start - 1].text, ()):
            return 1
        if start >= 2 and doc[start - 1].text in self.lex.name_markers.get(doc[start - 2].text, ()) \
                and doc[start].is_title:
            return 2
        return 0

    def _given_name_read_as_body(self, doc: Doc, start: int) -> bool:
        """"..., Executive Director of the Association (APTINDO), Yohanes Setiabudi Tambunan, noted": the model read
        the given name as a one-word body and the rest as the name. One capitalised word of no known body, no word
        a body's name has, right after a comma or a title's head and right before the name, is its first word."""
        k = start - 1
        if k < 1 or doc[start].ent_type_ != "PERSON" or doc[start].ent_iob_ != "B":
            return False
        t = doc[k]
        return t.ent_type_ == "ORG" and t.ent_iob_ == "B" and t.is_title and t.is_alpha and not t.ent_id_ \
            and not self.lex.kind_of(t.text) and not self.lex.is_org_head(t.lower_) \
            and not self.lex.country_of(t.text) and (doc[k - 1].text == "," or doc[k - 1].lower_ in self.lex.heads)

    def _item_of_ministers_list(self, doc: Doc, i: int) -> bool:
        """Does the one word at ``i`` open an item of a minister's capitalised list of portfolios, after a comma or
        "and", a policy domain or portfolio word after it ("Minister of Agriculture, Maritime Fisheries, ...")? Not a
        name after a title and a comma ("Minister of Agriculture, Smith, said")."""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if i < 3 or doc[i - 1].lower_ not in (",", "and") or nxt is None or not nxt.is_title \
                or not self.lex.is_portfolio(nxt.lower_):
            return False
        j = i - 1
        while j > 1 and (doc[j].is_alpha and doc[j].is_title and doc[j].lower_ not in self.lex.heads
                         or doc[j].lower_ in ("and", "&", ",")):
            j -= 1
        return doc[j].lower_ == "of" and doc[j + 1].lower_ in self.lex.domain_words \
            and (spec := self.lex.heads.get(doc[j - 1].lower_)) is not None and spec.government

    def _model_body_opens_with_title(self, doc: Doc, start: int) -> bool:
        """Does the organization the model read around token ``start`` open with a title (its modifiers first), so
        that it is a title and a name rather than a body ("Minister of Trade, Industry and Energy Ahn Jae-won")?"""
        k = start
        while k > 0 and doc[k].ent_iob_ == "I":
            k -= 1
        while k < start and doc[k].lower_ in self.lex.modifiers:
            k += 1
        return k < start and doc[k].is_title and doc[k].lower_ in self.lex.heads

    def _first_words_before_and(self, doc: Doc, start: int, end: int) -> bool:
        """"..., Trade Remedy and Investigation Bureau, MOFCOM": a name holding a policy word (or cleaned of one before
        it), after a comma or "the", then "and" and the model's body closing on a body's word, is that body's start."""
        if not (end + 2 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].ent_type_ == "ORG"
                and doc[end + 1].ent_iob_ == "B"):
            return False
        first = start
        while first > 0 and doc[first - 1].is_title and self.lex.is_portfolio(doc[first - 1].lower_):
            first -= 1  # ("Trade" + "Remedy": the policy word the name was cleaned of)
        if not (first >= 1 and doc[first - 1].text in (",", "the")
                and (any(self.lex.is_portfolio(t.lower_) for t in doc[first:end])
                     # ("the Glass and Tableware Importers' Association": after "the", any word opens it)
                     or doc[first - 1].lower_ == "the" and end - first <= 3)):
            return False
        k = end + 2
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        return self.lex.is_org_head(doc[k - 1].lower_)

    def _body_before_holder(self, doc: Doc, start: int, end: int) -> bool:
        """"the chief executive of Engro Fertilizers, Asad Mehmood Siddiqui, ...": two capitalized names after a
        title in lower case and "of", the second set off by commas: the first is the post's body, the second its
        holder (two words or more, closed by a comma, a full stop or "and"; neither a country)."""
        if not (end - start >= 2 and start >= 3 and end + 3 < len(doc) and doc[end].text == ","
                and after_body_post(self.lex, doc, start - 1)):
            return False
        k = end + 1
        while k < len(doc) and k - end <= 5 and (doc[k].is_title and doc[k].is_alpha
                                                 or doc[k].text == "-" and not doc[k].whitespace_):
            k += 1
        return k - end - 1 >= 2 and k < len(doc) and doc[k].text in (",", ".", "and") \
            and not self.lex.country_of(doc[start:end].text) and doc[end + 1].ent_type_ not in ("GPE", "NORP") \
            and not self.lex.country_of(doc[end + 1:k].text)

    def _place_like(self, tok) -> bool:
        """A lone word governed by "in", "at", "near"…, or joined to one that is ("in Leon and Queretaro",
        "in Debrecen, Szeged and Nyiregyhaza"): a place the model took for a name."""
        seen = 0
        while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 6:
            tok, seen = tok.head, seen + 1
        return tok.dep_ == "pobj" and tok.head.lower_ in self.lex.place_prepositions

    def _match_full(self, index: PersonIndex, name: str) -> PersonCluster | None:
        # a word folded whole, hyphen or not: "Ji-hoon" and "Jihoon" are one given name
        words = [fold(w).replace(" ", "") for w in name.split() if w.lower() not in self.lex.name_particles]
        for cluster in index.clusters:
            theirs = [fold(w).replace(" ", "") for w in cluster.name.split()
                      if w.lower() not in self.lex.name_particles]
            if not words or not theirs:
                continue
            # "Donald J. Trump" ~ "Donald Trump": same first and last word
            if words[0] == theirs[0] and words[-1] == theirs[-1]:
                return cluster
            # "P. Venkataraman" ~ "Priya S. Venkataraman": an initial for the given name, the same surname
            first = name.split()[0]
            if len(words) >= 2 and words[-1] == theirs[-1] and len(theirs) >= 2 and re.fullmatch(r"[A-Z]\.", first) \
                    and theirs[0][:1] == words[0][:1] and len(theirs[0]) > 1:
                return cluster
            # "Ye. Tokhtarov" ~ "Yerlan Tokhtarov": a romanized initial of two or three letters
            if len(words) >= 2 and words[-1] == theirs[-1] and len(theirs) >= 2 and first in self.lex.two_letter_initials \
                    and theirs[0].startswith(fold(first.rstrip("."))) and len(theirs[0]) > len(first):
                return cluster
            # "M. Deschamps-Vidal" ~ "Laurent Deschamps-Vidal": the French "Monsieur" before the surname
            if words[-1] == theirs[-1] and any(len(n.split()) == 2 and n.split()[0] in self.lex.initial_honorifics
                                               and len(m.split()) >= 2 for n, m in ((name, cluster.name),
                                                                                    (cluster.name, name))):
                return cluster
            # "Bekmukhambetov Erlan Serikovich" (a list's surname, given name, patronymic) ~ "Erlan Bekmukhambetov",
            # "E. Bekmukhambetov"
            for full, short in ((words, theirs), (theirs, words)):
                if self.lex.name_order.listed_with_patronymic(full) and 2 <= len(short) <= 3 \
                        and short[-1] == full[0] and (short[0] == full[1] or len(short[0]) == 1 == len(
                            short[0].rstrip(".")) and short[0] == full[1][:1]
                            or short[0].rstrip(".") in self._initials
                            and full[1].startswith(short[0].rstrip("."))):  # ("Ye. Tokhtarov")
                    return cluster
            # "Gi-hoon Nam" ~ "Nam Gi-hoon": one story writing a name in both orders
            if len(words) == 2 == len(theirs) and words == theirs[::-1]:
                return cluster
            # "Robles Arriaga" after "Ximena Robles Arriaga": a two-word surname alone (or before it, in a headline)
            if 2 <= len(words) < len(theirs) and theirs[-len(words):] == words:
                return cluster
            if 2 <= len(theirs) < len(words) and words[-len(theirs):] == theirs and len(theirs) == len(
                    cluster.name.split()) and not any(len(f.split()) > len(theirs) for f in cluster.forms):
                return cluster
            # "De Wachter" after "Annelies De Wachter": a surname with its particle, alone
            if len(words) == 1 < len(name.split()) and len(theirs) >= 2 and words[0] == theirs[-1] \
                    and fold(name) == fold(" ".join(cluster.name.split()[-len(name.split()):])):
                return cluster
        # "Sri Wahyuni" after "Sri Wahyuni Hartono": the given names alone, of the one person who bears them
        given = [c for c in index.clusters if len(words) >= 2 and [
            fold(w).replace(" ", "") for w in c.name.split() if w.lower() not in self.lex.name_particles][:len(words)]
            == words and len(c.name.split()) > len(name.split())]
        return given[0] if len(given) == 1 else None

    def _match_part(self, index: PersonIndex, word: str, position: int, doc: Doc | None = None) -> PersonCluster | None:
        """The person a lone surname or given name names: of several who share it, the one whose full name came
        with the title written before this mention ("Deputy Minister Lin" after "Deputy Minister of Economic
        Affairs Lin Wen-chi", not the "Lin Chia-hao" named since), else the one named last before it."""
        key = fold(word)
        best, best_pos = None, -1
        head = self._head_before(doc, position) if doc is not None else None
        if head is not None:
            titled = [c for c in index.clusters if self._part_of(c, key)
                      and any(self._head_before(doc, s, reach=8) == head for s, _ in c.spans)]
            if len(titled) == 1:
                return titled[0]
        for cluster in index.clusters:
            parts = [fold(w) for w in cluster.name.split()]
            if len(parts) < 2:
                continue
            last_parts = fold(cluster.name.split()[-1]).split()  # "Vasquez-Rauch" -> vasquez, rauch
            if len(last_parts) > 1 and fold(self.lex.name_order.surname(cluster.name, cluster.forms) or "") == parts[0]:
                last_parts = []  # "Yoon Seo-yeon": the surname comes first; "Seo" is half her given name
            # "Lula" in "Luiz Inacio Lula da Silva": a middle word of a long name too
            middle = len(parts) >= 3 and key in parts[1:-1] and key not in self.lex.name_particles
            if key not in (parts[-1], parts[0]) and key not in last_parts and not middle:
                continue
            last_seen = max((s for s, _ in cluster.spans if s < position), default=-1)
            if best is None or last_seen > best_pos:
                best, best_pos = cluster, last_seen
        if best is None:
            for cluster in index.clusters:
                if len(cluster.tokens) == 1 and fold(cluster.name) == key:
                    return cluster
        return best

    def _part_of(self, cluster: PersonCluster, key: str) -> bool:
        """Is the folded word ``key`` the first or last word of the cluster's full name?"""
        parts = [fold(w) for w in cluster.name.split()]
        return len(parts) >= 2 and key in (parts[0], parts[-1])

    def _head_before(self, doc: Doc, position: int, reach: int = 2) -> str | None:
        """The title's head written just before a name (within ``reach`` tokens, in capitals): "minister" of
        "Deputy Minister Lin", of "Deputy Minister of Economic Affairs Lin Wen-chi" with a longer reach."""
        for k in range(position - 1, max(-1, position - 1 - reach), -1):
            if doc[k].is_title and doc[k].lower_ in self.lex.heads:
                return doc[k].lower_
            if doc[k].text in (",", ".", ";") or "\n" in doc[k].text:
                return None
        return None

    def _given_names_written(self, doc: Doc, index: PersonIndex, taken: set[int]) -> None:
        """"the deputy minister of economy of Ukraine, Taras Melnychuk, rejected ..." with "Melnychuk" alone read as a
        person's name and "Taras" as nothing, or "Bernd Ahlhaus (CDU)" read as a body: a person found by one word
        is named in full where the story writes a given name right before that word. One given name only (two
        different ones are two people), a capitalized word that is no title, honorific, party, place or body's
        word, and nothing capitalized before it inside the sentence ("Trade Representative Melnychuk")."""
        named = {k for cluster in index.clusters for a, b in cluster.spans for k in range(a, b)}
        for cluster in index.clusters:
            if len(cluster.name.split()) != 1 or cluster.nicknames or cluster.name.isupper():
                continue
            given: dict[str, list[tuple[int, int]]] = {}
            for tok in doc:
                i = tok.i
                if tok.text != cluster.name or i < 1 or i - 1 in named:
                    continue
                start = hyphenated_start(doc, i - 1)  # ("Pieter-Jan Claeys", "Seung-woo Han")
                if start < i - 1 and (start in named or not doc[start].is_title):
                    continue
                if not self._could_open_name(doc, start, i):
                    continue
                if i + 1 < len(doc) and (doc[i + 1].is_title and doc[i + 1].is_alpha or doc[i + 1].ent_iob_ == "I"):
                    continue  # ("Taras Melnychuk Foundation")
                given.setdefault(doc[start:i].text, []).append((start, i))
            if len(given) != 1:
                continue
            word, mentions = next(iter(given.items()))
            cluster.name = f"{word} {cluster.name}"
            cluster.forms.add(cluster.name)
            for start, surname in mentions:
                cluster.spans = [sp for sp in cluster.spans if sp != (surname, surname + 1)] + [(start, surname + 1)]
                taken.update(range(start, surname + 1))

    def _could_open_name(self, doc: Doc, start: int, surname: int) -> bool:
        """Could tokens ``start``..``surname`` be a given name written before a surname: capitalized words (or one
        hyphenated word) that are no title, honorific, party, place, date or body's word, that the model read as
        nothing, a person, a body or a people, after no capitalized word but a country
        or a body's head ("of Ukraine Nataliia Kravets", "Agriculture Ministry Kirill Shmakov")?"""
        first = doc[start]
        if not (first.is_title and first.is_alpha and len(first) >= 3) or doc[surname - 1].whitespace_ != " ":
            return False
        if any(tok.ent_type_ in ("DATE", "GPE", "LOC", "FAC") or tok.ent_id_ for tok in doc[start:surname]):
            return False  # (a body or people the model read, "Mercedes Galindo", "Anneliese Brandauer", may be a name)
        words = [t for t in doc[start:surname] if t.text != "-"]
        if any(not self.names.given_word(t) or t.lower_ in self.lex.occupation_words  # ("Winemaker Larraín")
               or self.lex.is_org_head(t.lower_) or self.lex.kind_of(t.text) or self.lex.country_of(t.text)
               for t in words):
            return False
        if len(words) == 1 and not self.names.namelike(first):
            return False
        if first.is_sent_start:
            if not (surname + 1 < len(doc) and doc[surname + 1].text in (",", "(")):
                return False  # (a sentence's opening name is one set off by a comma or a bracket, "Anders
                # Holmgaard, Maersk's ...": not "Landrat Ahlhaus met", "Herr Ahlhaus said", "Bupati Suryadi visited")
            return first.pos_ == "PROPN" or surname - start > 1 or (
                first.pos_ == "NOUN" and not first.is_stop and not _written_lower(first.text, doc_text(doc)))
            # (not "Meanwhile Melnychuk ...": a sentence's first word that is no name; a hyphenated one is, "Seung-woo
            # Han, South Korea's trade minister", and one the model calls a noun the story never writes in lower case,
            # "Anders Holmgaard, Maersk's managing director")
        before = doc[start - 1]
        return not (before.is_title and before.is_alpha) or bool(self.lex.country_of(before.text)) \
            or self.lex.is_org_head(before.lower_)  # (not "Vice Premier Liu": a run of capitals read as it stands)

    def unsupported_one_word_names(self, doc: Doc, index: PersonIndex, kept: set[int]) -> list[PersonCluster]:
        """People found by one word only ("Argus", "Novatek", "Veneto", "Coldiretti") that no mention vouches for
        (``_bare_name_vouched``), never given a nickname, holding no post and saying nothing the story quotes
        (``kept``: the ids of the clusters that do): a firm, an outlet or a place the model read as a person far more
        often than a person the story names so bare (measured on the unseen sets, docs/EXTRACTION.md)."""
        if len(doc) < STORY_TOKENS:
            return []  # (a sentence or two names people as it can; a story introduces them)
        out = []
        for cluster in index.clusters:
            if len(cluster.name.split()) != 1 or cluster.nicknames or id(cluster) in kept or "." in cluster.name:
                continue  # (and "D.Sarantuya": an initial, a person's)
            if not any(self._bare_name_vouched(doc, start, end) for start, end in cluster.spans):
                out.append(cluster)
        return out

    def _bare_name_vouched(self, doc: Doc, start: int, end: int) -> bool:
        """Does one mention of a one-word name say it is a person's: an honorific or a title before it ("Mr Pryce",
        "Minister Undurraga") or after it ("Perera mahathā", "Ortega Commerce Secretary"), a speaking verb it is the
        subject of ("Mendez said", "said Jumadi"), a speaker's colon after it ("Kim: Korea will wait"), what only
        a person has ("Lula's government"), an age ("Jumadi (52)"), "who" or "whose" after it, or a meeting it
        takes part in ("met Trump", "talks with Putin")? (Not "he" or "she" after it: a firm's officer's too.)"""
        if start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
            return False  # (the end of a hyphenated word: "the deputy for Seine-Saint-Denis, who ...")
        k = start - 1
        while k >= 0 and doc[k].text in (".", "'", "\u2019"):
            k -= 1
        if self._titled_before(doc, start) or k >= 0 and doc[k].is_title and self.names.is_title_word(doc[k].text):
            return True  # (a title's word capitalized: not "and", which titles hold too)
        if doc[start].idx in briefing_reporters(doc):
            return True  # ("NAKAI, Kyodo News:": a briefing's reporter, by surname)
        if end < len(doc) and (doc[end].text in self.lex.trailing_honorifics or doc[end].text == ":"
                               or doc[end].is_title and self.names.is_title_word(doc[end].text)):
            return True
        tok = doc[end - 1]  # (not "told Argus": the one spoken to, an outlet as often as not)
        if tok.dep_ == "nsubj" and tok.head.lower_ in self.lex.speech_verbs and tok.head.lower_ not in self.lex.outlet_verbs \
                or start > 0 and doc[start - 1].lower_ in _SAYING and doc[start - 1].lower_ not in _SAYING_TO:
            return True  # ("Ebrard announced", "said Jumadi"; not "Platts assessed the index", names.yaml outlet_verbs)
        if end + 2 < len(doc) and doc[end].text in ("'s", "\u2019s") and doc[end + 1].lower_ in _PEOPLES_OWN:
            return True  # ("Lula's government", "Starmer's cabinet", "Batista's family")
        if end + 2 < len(doc) and doc[end].text in ("(", ",") and doc[end + 1].like_num and len(doc[end + 1]) <= 2 \
                and doc[end + 2].text in (")", ","):
            return True  # ("Jumadi (52)", "Mensah, 61,"): an age
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whose"):
            return True  # ("Batista, whose family controls JBS,")
        if tok.dep_ == "nsubj" and tok.ent_type_ == "PERSON" and tok.head.pos_ == "VERB" and tok.head.tag_ in ("VBD", "VBN") \
                and not (start > 0 and doc[start - 1].text in ("'s", "\u2019s")):
            return True  # ("Tinubu directed the trade ministry", "Erdoğan discussed the payments"): what the model reads
            # as a person doing a deed in the past (a firm's deed is mostly in the present: "Coldiretti is", "calls")
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "with":
            head = head.head  # ("talks with Putin", "met with Erdoğan")
        kind = self.lex.event_verbs.get(head.lower_, (None, None))[1] or self.lex.event_nouns.get((head.lower_,))
        if tok.dep_ in ("dobj", "pobj") and kind is not None and kind != "signing":
            return True  # ("met Trump in Tokyo", "talks with Putin"): whom one meets is a person (not the subject: a
            # firm "calls for" too; nor a signing's party: "signed a deal with Glenfarne")
        return False

    def _add_bare_mentions(self, doc: Doc, index: PersonIndex, taken: set[int]) -> None:
        """Surnames the model labelled as something else ("Lutnick" as GPE)."""
        parts: dict[str, PersonCluster] = {}
        for cluster in index.clusters:
            words = cluster.name.split()
            if len(words) >= 2:
                for word in {words[-1], words[0]}:
                    key = fold(word)
                    parts[key] = None if key in parts and parts[key] is not cluster else cluster
            else:
                parts.setdefault(fold(words[0]), cluster)
            for nickname in cluster.nicknames:  # ("Kobby, for his part, ...": what the story calls the person)
                parts[fold(nickname)] = cluster
        capitals = {w for cluster in index.clusters for form in (cluster.name, *cluster.forms)
                    for w in form.split()[:1] + form.split()[-1:]
                    if w.isupper() and len(w) > 1}  # "SEO" of "SEO Min-jae": a surname the story writes in capitals
        # (in any of the name's forms: "Yoon Jaehyuk" in a headline, "Mr. YOON Jaehyuk" below it)
        for tok in doc:
            caps = tok.text in capitals
            # (a surname that is also a title word, "Minister King said": the name read apart from the title, as
            # the story's King, however the model labelled it)
            if tok.i in taken or not (tok.is_title or caps) \
                    or (tok.ent_type_ == "PERSON" and not caps and tok.text not in self.lex.surname_heads):
                continue
            if tok.pos_ in ("PRON", "DET", "ADP") or tok.lower_ in self.lex.not_names or tok.lower_ in self.lex.pronoun_names:
                continue  # "He" opening a sentence is not He Lifeng
            end = hyphenated_end(doc, tok.i)
            if end > tok.i + 1:  # a hyphenated surname ("Okonjo-Iweala") as one word
                cluster = parts.get(fold(doc[tok.i:end].text))
                if cluster is not None and not any(i in taken for i in range(tok.i, end)):
                    cluster.spans.append((tok.i, end))
                    cluster.forms.add(doc[tok.i:end].text)
                    taken.update(range(tok.i, end))
                continue
            cluster = parts.get(fold(tok.text))
            if cluster is None:
                continue
            if tok.ent_type_ == "ORG" and tok.ent_id_ in self.lex.organizations:
                continue  # part of a known organization's name ("Trump administration")
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ != "PERSON":
                continue  # part of a longer proper name
            if tok.text in self.lex.surname_heads and nxt is not None and nxt.is_title and nxt.is_alpha:
                continue  # a title before another's name ("King Charles"), not the story's King
            cluster.spans.append((tok.i, tok.i + 1))
            cluster.forms.add(tok.text)
            taken.add(tok.i)


@once_per_doc("tradegraph_firm_stems")
def firm_stems(lexicon: Lexicon, doc: Doc) -> frozenset[str]:
    """The names the story gives firms before their legal form, two capitalized words or more ("Hartwell Kroon"
    of "Hartwell Kroon LLP")."""
    stems = set()
    for tok in doc:
        if tok.text not in lexicon.company_suffixes or tok.i < 2:
            continue
        k = tok.i
        while k > 0 and tok.i - k < 4 and doc[k - 1].is_title and doc[k - 1].is_alpha:
            k -= 1
        if tok.i - k >= 2:
            stems.add(doc[k:tok.i].text)
    return frozenset(stems)


_QUESTION_VERBS = frozenset({"Will", "Would", "Can", "Could", "Should", "Does", "Did", "Is", "Has"})


def _question_opening(doc: Doc, start: int) -> bool:
    """Does the name at ``start`` open a question with a verb read as a given name ("Will Merck reverse course?")?"""
    if doc[start].text not in _QUESTION_VERBS or not doc[start].is_sent_start:
        return False
    sent = doc[start].sent
    return sent.text.rstrip().rstrip("\"\u201d").endswith("?")


_OPENING_QUOTES = frozenset({'"', "\u201c"})
_CLOSING_QUOTES = frozenset({'"', "\u201d"})


def _quoted_alone(doc: Doc, start: int, end: int) -> bool:
    """Do quotation marks open right before the words at ``start`` and close right after them (""Squawk Box"")?"""
    return start >= 1 and end < len(doc) and doc[start - 1].text in _OPENING_QUOTES and doc[end].text in _CLOSING_QUOTES \
        and not doc[start - 1].whitespace_ and (end == start or not doc[end - 1].whitespace_)


def _opens_credited(doc: Doc, start: int, end: int, credited: set[str]) -> bool:
    """Do the words at ``start:end`` open a credited paper's name that the story writes whole there ("Il Sole" of
    "interviewed by Il Sole 24 Ore")?"""
    key = fold(doc[start:end].text)
    for name in credited:
        if name.startswith(key + " "):
            rest = len(name.split()) - len(key.split())
            if fold(doc[start:min(len(doc), end + rest)].text) == name:
                return True
    return False
