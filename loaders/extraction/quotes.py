"""Direct quotations and who said them.

Quotation spans are found paragraph by paragraph with curly, straight or
angle double quotes (in the English, French, German and Nordic ways of
pairing them), and single quotes where the press uses them ('...'); a
quotation left open at the end of a paragraph runs to the paragraph's end
(the convention for a quote continuing in the next paragraph, which opens
with a fresh mark).

The speaker is read, in order of preference, from:

1. the attribution in the same sentence: the subject of a speech verb
   outside the quote ("... ," Greer told CNBC; Mr Reynolds replied: "...";
   said Cutler), a pronoun standing for the person last mentioned, or a
   title ("the German Chancellor said") standing for the person who holds it;
2. "according to" a person;
3. the quotation before it, when this one continues it (the same paragraph
   with no attribution of its own, or the next paragraph after an open quote).

Quotations of fewer than ``MIN_WORDS`` words are scare quotes, not
statements, and are not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.datelines import turn_labels
from loaders.extraction.name_candidates import SIGNATURE_LEAD, caps_turns, question_labels, signature_line
from loaders.extraction.persons import PersonCluster, PersonIndex
from loaders.extraction.sentences import doc_text, once_per_doc, opening_token, sentence_of, sentence_start
from loaders.extraction.text import fold, lines_at

MIN_WORDS = 4
_OPEN_DOUBLE = "\u201c\u00ab\u201e"
_CLOSE_DOUBLE = "\u201d\u00bb"
# the marks around a quotation, stripped to read the words before and after it (German "\u201e...\u201c" and
# "\u201e...\"", French "\u00ab...\u00bb" too)
_OPENING_MARKS = " \"'\u201c\u2018\u00ab\u201e"
_CLOSING_MARKS = " \"'\u201d\u2019\u00bb\u201c"
# in patterns: a closing mark after a sentence's stop, and a double mark opening the next sentence
_CLOSER = "[" + re.escape(_CLOSING_MARKS.strip()) + "]"
_DOUBLE_OPENER = "[\"\u201c\u201e\u00ab]"
_SINGLE = re.compile(r"(?<![\w\u2019'])[\u2018'](?=[A-Za-z0-9])(.+?)(?<=[\w.,!?;:%)\u2014-])[\u2019'](?![A-Za-z0-9])")
_PRONOUNS = {"he", "she", "they"}
_WORD = re.compile(r"[\w\u2019'-]+")


@dataclass
class QuoteSpan:
    """A quotation in the article text, by character offsets."""

    start: int  # offsets of the quoted words, marks excluded
    end: int
    open_ended: bool  # no closing mark before the paragraph ended
    paragraph: int

    def text(self, doc_text: str) -> str:
        """The quoted words, from the text the offsets refer to."""
        return doc_text[self.start:self.end]


@once_per_doc("tradegraph_turn_names")
def _turn_names(doc: Doc) -> dict[int, tuple[int, int]]:
    """Each transcript turn's speaker's name (``datelines.turn_labels``), by where its line starts."""
    text = doc_text(doc)
    return {text.rfind("\n", 0, a) + 1: (a, b) for a, b, _ in turn_labels(text)}


@once_per_doc("tradegraph_turn_label_ranges")
def _turn_label_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of a transcript's question labels, once per article (``name_candidates.question_labels``),
    and of its speakers' labels in capitals ("KEALEY: Your opposite number, X, said ... "..."": the parse makes the
    label a second subject of the verb; the one who says it is X)."""
    return question_labels(doc_text(doc)) + caps_turns(doc_text(doc))


_QUOTE_RANGES = "tradegraph_quote_ranges"


@once_per_doc(_QUOTE_RANGES)
def quote_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the article's quotations, once per article: what is said there is the speaker's."""
    return [(q.start, q.end) for q in find_quote_spans(doc_text(doc))]


def filled_by_quotation(doc: Doc, sent) -> bool:
    """Is the sentence all quotation (and punctuation)? Pronouns and titles that attribute a quotation look back past
    such sentences to the one the speaker was named in."""
    ranges = quote_ranges(doc)
    return all(t.is_punct or any(a <= t.idx < b for a, b in ranges) for t in sent)


def remember_quote_ranges(doc: Doc, spans: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Keep the quotations the pipeline found (with the lexicon's verbs of speaking, so dash-led ones too) as the
    article's ``quote_ranges``, for every later step that asks; returns the ranges."""
    ranges = doc.user_data[_QUOTE_RANGES] = [(q.start, q.end) for q in spans]
    return ranges


def find_quote_spans(text: str, speech_verbs: frozenset[str] = frozenset()) -> list[QuoteSpan]:
    """Quotations in any of the quote styles news uses, per paragraph; a quote
    left open runs to the paragraph's end, as in news style. Given the lexicon's
    ``speech_verbs``, a paragraph a dash opens is a quotation too, up to the
    comma before its attribution (``_dash_quote``)."""
    spans: list[QuoteSpan] = []
    for n, (pos, para) in enumerate(lines_at(text)):
        dashed = _dash_quote(para, speech_verbs) if speech_verbs else None
        if dashed is not None:
            spans.append(_trimmed(para, pos, dashed[0], dashed[1], False, n))
            continue
        doubles: list[tuple[int, int, bool]] = []
        opened: int | None = None
        for i, ch in enumerate(para):
            if ch == '"':
                if opened is None:
                    opened = i + 1
                else:
                    doubles.append((opened, i, False))
                    opened = None
            elif ch in _OPEN_DOUBLE or ch in _CLOSE_DOUBLE:
                if opened is None:
                    if ch in _OPEN_DOUBLE or _opens_here(para, i):
                        opened = i + 1
                elif ch in _CLOSE_DOUBLE or _closes_here(para, i):
                    doubles.append((opened, i, False))
                    opened = None
        if opened is not None and len(para) - opened > 1:
            doubles.append((opened, len(para), True))
        for start, end, open_ended in doubles:
            spans.append(_trimmed(para, pos, start, end, open_ended, n))
        for match in _SINGLE.finditer(para):
            if any(s <= match.start() < e for s, e, _ in doubles):
                continue
            spans.append(_trimmed(para, pos, match.start(1), match.end(1), False, n))
    spans = [s for s in spans if s.end > s.start]
    spans.sort(key=lambda s: s.start)
    return spans


_DASH_OPENING = re.compile(r"[ \t]*[\u2013\u2014][ \t]+(?=\S)")
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+[A-Z]")


def _dash_quote(para: str, speech_verbs: frozenset[str]) -> tuple[int, int] | None:
    """Finnish, Swedish, Hungarian and Italian papers, and their translations, open a quotation with a dash and
    close it with a comma before the attribution: "\u2013 We have the ore and the know-how, Kallioniemi says to Yle.",
    "\u2013 Now the framework is in place, says the CEO of the group, Tiina Hyvarinen." The quoted words run from
    the dash to the last comma whose next few words hold a verb of speaking and after which no new sentence
    starts; a paragraph with quotation marks, or with no such attribution, is no dash quotation."""
    opening = _DASH_OPENING.match(para)
    if opening is None or any(ch == '"' or ch in _OPEN_DOUBLE or ch in _CLOSE_DOUBLE for ch in para):
        return None
    cut = None
    for comma in re.finditer(r",[ \t]+", para):
        tail = para[comma.end():]
        words = [w.strip(".,;:!?").lower() for w in tail.split()[:4]]
        if any(w in speech_verbs for w in words) and not _SENTENCE_BREAK.search(tail):
            cut = comma.start()
    return (opening.end(), cut) if cut is not None and cut > opening.end() else None


def _opens_here(para: str, i: int) -> bool:
    """A closing-shaped mark that opens: Swedish and Finnish press open with
    the same mark they close with (”...”), Danish and German books
    with »...«. Told by position: after a space or the line's start,
    before a word."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return not before.isalnum() and not after.isspace()


def _closes_here(para: str, i: int) -> bool:
    """An opening-shaped mark that closes an open quotation: German
    „...“ and »...«. Told by position: after a word or
    its punctuation, before a space, punctuation or the line's end."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return not before.isspace() and not after.isalnum()


def _trimmed(para: str, offset: int, start: int, end: int, open_ended: bool, n: int) -> QuoteSpan:
    while start < end and para[start].isspace():
        start += 1
    while end > start and (para[end - 1].isspace() or para[end - 1] in ",;:"):
        end -= 1
    return QuoteSpan(offset + start, offset + end, open_ended, n)


def word_count(text: str) -> int:
    """Words in a quote, so fragments too short to be a statement are skipped."""
    return len(_WORD.findall(text))


class QuoteAttributor:
    """Attributes quotation spans to people found in the article."""

    _unnamed_speaker = False  # set while reading one quote's sentence: its speech verb has an unnamed subject

    def __init__(self, lexicon: Lexicon, title_holder=None, references=None):
        self.lex = lexicon
        # references.pronoun(token) -> PersonCluster | None: who "he" is
        # (loaders.extraction.references, shared with event extraction)
        self.references = references
        # title_holder(subject_token) -> PersonCluster | None: who "the German
        # Chancellor" is; supplied by the pipeline, which knows the roles
        self.title_holder = title_holder

    def attribute(self, doc: Doc, spans: list[QuoteSpan], persons: PersonIndex) -> list[tuple[QuoteSpan, PersonCluster]]:
        """Each quote with its speaker; a quote no one is named for continues the
        previous quote's speaker when nothing (another person, a paragraph gap)
        comes between (or, left open at its paragraph's end, the next paragraph's
        quote's speaker); one with no speaker, or too short to be a statement, is
        left out."""
        text = doc_text(doc)
        read: list[tuple[QuoteSpan, PersonCluster | None, bool]] = []  # each quotation, its speaker, and whether
        # its sentence names none
        previous: tuple[QuoteSpan, PersonCluster | None] | None = None
        for span in spans:
            self._unnamed_speaker = False
            speaker = self._from_sentence(doc, span, spans, persons)
            # ("A high-ranking official ... explained, "..."": an unnamed speaker, nobody's quote continued)
            if speaker is None and previous is not None and not self._unnamed_speaker:
                prev_span, prev_speaker = previous
                if prev_speaker is not None and self._continues(doc, prev_span, span, prev_speaker) \
                        and not _someone_else_between(doc, persons, prev_speaker, prev_span.end, span.start):
                    speaker = prev_speaker
            if speaker is None and not self._unnamed_speaker:
                speaker = self._reported_just_before(doc, span, spans, persons)
            if speaker is None and not self._unnamed_speaker:
                speaker = _signed_below(doc, text, span, persons, self.lex.heads)
            if speaker is None and not self._unnamed_speaker:
                speaker = _credited_next(doc, text, span, persons)
            previous = (span, speaker)
            read.append((span, speaker, self._unnamed_speaker))
        # '"Our colleagues have twice given up pay rises.' / '"That is not how you treat people," X said.': a
        # quotation left open at its paragraph's end goes on in the next paragraph's, whose speaker is its speaker
        # (news style names the speaker once, in the last paragraph)
        for n in range(len(read) - 2, -1, -1):
            span, speaker, unnamed = read[n]
            after, after_speaker, _ = read[n + 1]
            if speaker is None and not unnamed and after_speaker is not None and span.open_ended \
                    and after.paragraph == span.paragraph + _blank_lines_between(text, span, after) + 1 \
                    and not text[text.rfind("\n", 0, after.start) + 1:after.start].strip(" \t\"\u201c"):
                read[n] = (span, after_speaker, unnamed)
        return [(span, speaker) for span, speaker, _ in read
                if speaker is not None and word_count(span.text(text)) >= MIN_WORDS and not self._labelled(text, span)]

    def _labelled(self, text: str, span: QuoteSpan) -> bool:
        """Is the quotation a name a label word sets off ("so-called \"Office of Trade Negotiations,\"",
        ``quote_label_words``), no statement?"""
        before = text[max(0, span.start - 40):span.start].rstrip(" \t\"'\u201c\u2018\u00ab").lower()
        return any(before.endswith(word) and not before[:-len(word)][-1:].isalpha() for word in self.lex.quote_label_words)

    def _continues(self, doc: Doc, prev: QuoteSpan, span: QuoteSpan, speaker: PersonCluster) -> bool:
        text = doc_text(doc)
        if prev.open_ended and span.paragraph == prev.paragraph + _blank_lines_between(text, prev, span) + 1:
            return True
        if _whole_paragraph(text, prev) and _whole_paragraph(text, span) \
                and not text[prev.end:span.start].strip(" \t\n\"\u201c\u201d.,") \
                and _under_colon_line(text, prev) and not _attributed_below(text, span) \
                and not _question(text, span):  # (a reporter's question)
            return True  # "X said:" then two paragraphs, each a quotation alone: a release's statement goes on
        if _whole_paragraph(text, span) and span.paragraph == prev.paragraph + _blank_lines_between(text, prev, span) + 1 \
                and _attribution_closes(text, prev, speaker.name) and not _attributed_below(text, span) \
                and word_count(text[span.start:span.end]) >= 8 and not _question(text, span):
            return True  # '"...," Ms X says.' then a paragraph that is a quotation alone: her words go on (a
            # statement's sentences, not a slogan or a retort a later line gives a source: "No farmers, no food.")
        if span.paragraph != prev.paragraph:
            return False
        if self._sentence_goes_on(doc, prev, span, speaker):
            return True
        between = text[prev.end:span.start]
        # only punctuation, quote marks and whitespace between the two quotes,
        # or the attribution clause that belonged to the first one (which may
        # describe the speaker at length: "said X, who heads operations at Y,
        # a Singapore-based shipping company."), but no further sentence
        return len(between) < 240 and not any(
            re.match(r"[^\u201c\"]{40,}", between[m.end():]) and not self._short_form_dot(between, m.start(), speaker.name)
            for m in re.finditer(r"[.!?]\s+[A-Z]", between))

    def _sentence_goes_on(self, doc: Doc, prev: QuoteSpan, span: QuoteSpan, speaker: PersonCluster) -> bool:
        """'"For us, this is survival," says X. The group has suffered for two years. "Every tonne ... costs jobs."':
        a quotation that is a whole sentence of its own, later in the paragraph where the speaker was named, goes on
        with them when only narration comes between: a sentence or two of the story, or their own reported speech
        ("..., he said"), no one else named and no one else speaking. A statement of 8 words or more, not a
        question."""
        text = doc_text(doc)
        between = text[prev.end:span.start]
        closing = re.search(r"[.!?]" + _CLOSER + r"*\s*$", text[:span.start].rstrip(_OPENING_MARKS))
        rest = text[span.end:].split("\n", 1)[0].lstrip(_CLOSING_MARKS)
        if closing is None or not re.search(r"[.!?]\s*$", text[span.start:span.end]) \
                or not (rest == "" or rest[:1].isupper()) or len(between) > 400 \
                or len(re.findall(r"[.!?]" + _CLOSER + r"?\s+" + _DOUBLE_OPENER + "?[A-Z]", between)) > 3 \
                or word_count(text[span.start:span.end]) < 8 or _question(text, span):
            return False
        window = doc.char_span(prev.end, span.start, alignment_mode="expand")
        if window is None:
            return False
        own = {i for s, e in speaker.spans for i in range(s, e)}
        reported = set()  # the speaker's verbs of speaking: a sentence with one gives their words ("..., he said, and")
        for tok in window:
            if tok.lower_ not in self.lex.speech_verbs or tok.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or any(c.lower_ not in ("he", "she") and c.i not in own for c in subjects):
                return False  # someone else speaks between ("The ministry says otherwise.")
            reported.add(tok.i)
        # the story's sentences between, by their stops (the parse may run them together: "... in Annex I. Exporters")
        cuts = [m.end() for m in re.finditer(r"[.!?]" + _CLOSER + r"?\s+(?=" + _DOUBLE_OPENER + "?[A-Z])", between)]
        for a, b in zip(cuts, cuts[1:] + [len(between)]):
            sent = doc.char_span(prev.end + a, prev.end + b, alignment_mode="contract")
            if sent is None or any(t.i in reported for t in sent):
                continue
            if any(t.lower_ in ("who", "they", "we") or t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS")
                   or t.lower_ in self.lex.rebuttal_verbs or t.lower_ in self.lex.inscription_nouns for t in sent):
                return False  # others react between ("Exporters, who had lobbied for months, were furious.", "The
                # ministry disagrees with that view.", "Protesters carried banners."; not things done to, "Individual
                # licences are being granted": no one acts there)
        return True

    def _reported_just_before(self, doc: Doc, span: QuoteSpan, spans: list[QuoteSpan],
                              persons: PersonIndex) -> PersonCluster | None:
        """"Mr Quintero told Lloyd's List the company would tender for six carriers. "Every buyer now asks us ...":
        a quotation that is a whole sentence, with no one named for it, right after a sentence of the same paragraph
        that gives one person's words in reported speech ("X told ... that", "She cautioned that"), is theirs. A
        statement of 8 words or more, not a question; not after a sentence that names someone else too."""
        text = doc_text(doc)
        before = text[:span.start].rstrip(_OPENING_MARKS)
        rest = text[span.end:].split("\n", 1)[0].lstrip(_CLOSING_MARKS)
        if not before.endswith((".", "!", "?")) or "\n" in before[-2:] or not (rest == "" or rest[:1].isupper()) \
                or not re.search(r"[.!?]\s*$", text[span.start:span.end]) \
                or word_count(text[span.start:span.end]) < 8:
            return None
        words = set(re.findall(r"[a-z']+", text[span.start:span.end].lower()))
        if _question(text, span) and (not words & {"we", "us", "our", "i", "my"} or words & {"you", "your"}):
            return None  # (a question put to someone: not the speaker's own, "... where will the ships come from for us?")
        opening = doc.char_span(span.start, span.end, alignment_mode="expand")
        if opening is None or sentence_start(doc, opening.start) == 0:
            return None
        previous = sentence_of(doc, sentence_start(doc, opening.start) - 1)
        if "\n" in text[previous.start_char:span.start].strip() or any(
                a < s.end and previous.start_char < s.start for s in spans for a in (previous.end_char,) if s is not span
                and s.start < span.start):
            return None  # (another paragraph, or a quotation of its own in that sentence)
        inside = [(s.start - 1, s.end + 1) for s in spans]

        def quoted(i: int) -> bool:
            return any(a <= doc[i].idx < b for a, b in inside)
        # (the sentence by its stops too, which the parse may run into the one before: "... in Annex I. Exporters")
        cut = max((m.end() for m in re.finditer(r"[.!?][\"\u201d\u2019'\u00bb]?\s+(?=[\"\u201c\u00ab]?[A-Z])",
                                                 text[:len(before) - 1])), default=0)
        if any(t.idx >= cut and t.lower_ in self.lex.inscription_nouns for t in previous):
            return None  # ("Ms X said protesters carried banners all morning. "Stop the deal ...": the banners' words)
        named = {id(p) for t in previous if t.idx >= cut and (p := persons.at(t.i)) is not None}
        for tok in previous:
            if tok.idx >= cut and tok.lower_ in self.lex.speech_verbs and tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ROOT", "conj"):
                who = self._subject_of(doc, tok, persons, quoted)
                if who is not None and named <= {id(who)}:
                    return who
        return None

    def _short_form_dot(self, text: str, dot: int, speaker: str = "") -> bool:
        """Does the dot at ``dot`` close an honorific rather than a sentence ("Adm. Mansour said,
        according to a transcript ...": one clause, so a quote after it continues his)?"""
        word = text[:dot + 1].split()[-1:]  # the word the dot ends, and the word after it (each split once)
        following = text[dot + 1:].split()[:1]
        # (not an initial: "the list in Annex I. Exporters"; nor a street's "Dr." before "The plant makes ...")
        # ("M. Fabre-Dumoulin": French press's "Monsieur", written like an initial)
        # (the middle initial of the speaker's name: "said Darren K. Halvorsen, president of ..."; not "Annex I.")
        initial = bool(word) and re.fullmatch(r"[A-Z]\.", word[0]) is not None and bool(following) \
            and f"{word[0]} {following[0].rstrip(',')}" in speaker
        return text[dot] == "." and bool(word) and (word[0] in self.lex.honorifics or initial
                                                    or word[0] in self.lex.initial_honorifics) and bool(following) \
            and following[0].lower() not in STOP_WORDS

    def _from_sentence(self, doc: Doc, span: QuoteSpan, spans: list[QuoteSpan], persons: PersonIndex) -> PersonCluster | None:
        text = doc_text(doc)
        inside = [(s.start - 1, s.end + 1) for s in spans]
        # (nor a transcript's reporter, named before the question: "QUESTION (Lucas Menezes, Valor): Senator Rocha
        # said ... "..."" is the senator's)
        inside += _turn_label_ranges(doc)

        def quoted(i: int) -> bool:
            idx = doc[i].idx
            return any(a <= idx < b for a, b in inside)

        char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
        if char_span is None:
            return None
        first_sent = sentence_of(doc, char_span.start)
        last_sent = sentence_of(doc, char_span.end - 1)
        para_start = text.rfind("\n", 0, span.start) + 1
        para_end = text.find("\n", span.end)
        para_end = len(text) if para_end < 0 else para_end
        sents = {first_sent.start: first_sent, last_sent.start: last_sent}
        # the sentence right after a quote that ends a sentence often holds
        # the attribution ("... ends here.” Greer said.)
        after = sentence_of(doc, last_sent.end) if last_sent.end < len(doc) else None
        if after is not None and after.start_char < para_end and not quoted(after.start):
            sents[after.start] = after
        # (only when the quote's own sentences name no one: "..., had told the
        # committee that "..." Aldous-Fenn asked: ..." is the first speaker's)
        candidates: list[tuple[int, int, int, PersonCluster]] = []  # (later, owned, distance, who)
        for sent in sents.values():
            later = 1 if after is not None and sent.start == after.start and after.start not in (
                first_sent.start, last_sent.start) else 0
            for tok in sent:
                if tok.idx < para_start or tok.idx >= para_end or quoted(tok.i):
                    continue
                who = None
                carries = tok.lower_ not in self.lex.speech_verbs and (
                    self._quote_verb(doc, tok, char_span.start) or self._closes_quote(doc, tok, char_span.end))
                # ("..., Holm is quoted in a statement", "Kanzaki was cited as expressing hope that ... "..."": the one
                # quoted, the passive's subject)
                passive = tok.lower_ in ("quoted", "cited") and any(c.dep_ == "auxpass" for c in tok.children)
                if tok.lower_ in self.lex.speech_verbs or carries or passive or self._speech_phrase_at(doc, tok.i):
                    unnamed = self._unnamed_speaker
                    if tok.lower_ not in self.lex.speech_verbs and not carries and _as_opening(doc, tok.i) is not None:
                        # "As X put it, "..."": the one person the clause names (of two, neither)
                        who = self._as_clause_person(doc, tok.i, persons, quoted)
                    else:
                        who = self._participle_speaker(doc, tok, persons) if _participle(tok) \
                            else self._subject_of(doc, tok, persons, quoted)
                    if later:
                        self._unnamed_speaker = unnamed  # (an unnamed speaker of the next sentence's own words:
                        # "... "read together". Downstream buyers are less enthusiastic: EUROMETAL ... has warned")
                    if who is not None:
                        distance = min(abs(tok.idx - span.start), abs(tok.idx - span.end))
                        # (a verb that only carries the quote yields to a verb of speaking: "Governor X welcomed
                        # "...," his spokesman Y said")
                        # (a relative clause whose verb carries the quotation gives it to the one the clause is about:
                        # "criticism from senator X, who has accused the Government of "...", the Minister said")
                        own = tok.dep_ == "relcl" and tok.i < char_span.start \
                            and any(t.i == char_span.start for t in tok.subtree)  # (a verb of speaking too: "remarks by
                        # X, who had described the agreement as "...," Y said")
                        candidates.append((later, -1 if own else int(carries), distance, who))
                if who is not None:
                    continue
                if tok.lower_ in self.lex.speech_nouns and (owner := self._owner_of(doc, tok.i, persons)
                                                              or self._author_after(doc, tok.i, persons)):
                    # "Kjeldsen's remark that a fee discount "does not change the insurance picture"", "Du Plessis's
                    # own formulation"
                    # (only when no verb of speaking names someone: "Botha said Steenhuisen's promise "means nothing"")
                    candidates.append((later, 1, abs(tok.idx - span.start), owner))
                elif tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
                    who = persons.at(tok.i + 2) or self._person_in(doc, tok.i + 2, tok.i + 6, persons)
                    if who is None and doc[tok.i + 2].lower_ in ("him", "her") and self.references is not None \
                            and tok.i + 3 < len(doc) and (doc[tok.i + 3].text in (",", ":")
                                                          # (or after the quotation: '"...," according to her.')
                                                          or doc[tok.i + 3].text == "." and tok.idx >= span.end) \
                            and _named_in_sentence_before(doc, tok.i, persons) == 1:
                        # ("According to her, "..."" after a sentence naming one person: the one she is; not "her
                        # office", nor after a sentence naming two)
                        who = self.references.pronoun(tok.i + 2)
                    if who is None and doc[tok.i + 2].lower_ == "whom" and tok.i >= 1 and doc[tok.i - 1].text == ",":
                        # ("Marta Colombini, national secretary of Fiom-Cgil, according to whom the government "is
                        # negotiating in the dark"": the one the relative clause hangs on, named last before it)
                        at = next((k for k in range(tok.i - 1, sent.start - 1, -1) if persons.at(k) is not None), None)
                        # (the person and an appositive only, no verb between: not "X, who chairs Y, cited the Bank
                        # of Italy, according to whom ...")
                        who = persons.at(at) if at is not None and not any(
                            doc[k].pos_ in ("VERB", "AUX") for k in range(at, tok.i)) else None
                    if who is None and self.title_holder is not None and doc[tok.i + 2].lower_ == "the" \
                            and tok.i + 4 < len(doc) and doc[tok.i + 3].lower_ in self.lex.heads \
                            and doc[tok.i + 4].text in (",", ":") and tok.idx < span.start \
                            and _named_in_sentence_before(doc, tok.i, persons) <= 1:  # (not after "Secretary A and
                        # Secretary B attended": either)
                        # ("According to the secretary, the government wants the quota "from the first day"": the
                        # one the story calls so)
                        who = self.title_holder(doc[tok.i + 3])
                    if who is not None:
                        candidates.append((later, 0, abs(tok.idx - span.end), who))
                elif tok.lower_ == "in" and sent.start == first_sent.start \
                        and tok.i + 3 < len(doc) and doc[tok.i + 1].lower_ in ("his", "her") \
                        and doc[tok.i + 2].lower_ in self.lex.view_nouns and doc[tok.i + 3].text == "," \
                        and (tok.i == sent.start or 0 <= char_span.start - (tok.i + 3) <= 2) \
                        and self.references is not None and _named_in_sentence_before(doc, tok.i, persons) <= 1 \
                        and not any(persons.at(k) is not None for k in range(sent.start, tok.i)) \
                        and (who := self.references.pronoun(tok.i + 1)) is not None:
                    # "In her view, "the big groups will absorb the shock"" after a sentence naming one person (or
                    # none: "The official also mentioned ... . The tariffs open, in her view, "a real window ...""),
                    # opening the sentence or right before the quotation
                    candidates.append((later, 0, abs(tok.idx - span.start), who))
                elif tok.lower_ == "for" and tok.i == sent.start and sent.start == first_sent.start \
                        and (who := self._opinion_holder(doc, tok.i, char_span.start, persons)) is not None:
                    # "For the president of Abiove, X, the American return "is not a reason for panic"": the one
                    # whose view the sentence gives (translated press's "Para o presidente ...")
                    candidates.append((later, 1, abs(tok.idx - span.start), who))
        if candidates:
            candidates.sort(key=lambda c: (c[0], c[1], c[2]))
            return candidates[0][3]
        who = self._before_colon(doc, span, persons, quoted)
        if who is None and not self._unnamed_speaker:
            who = self._governing_subject(doc, span, char_span, persons, quoted)
        return who

    @staticmethod
    def _opinion_holder(doc: Doc, i: int, quote_start: int, persons: PersonIndex) -> PersonCluster | None:
        """The one person named between a sentence's opening "For" and the comma that closes the phrase (a title and
        the name, a name and its post), before the quotation and with no verb between."""
        end = next((k for k in range(i + 1, min(len(doc), i + 20)) if doc[k].text == ","
                    and persons.at(k + 1) is None and any(persons.at(j) is not None for j in range(i + 1, k))), None)
        if end is None or end >= quote_start or any(doc[k].pos_ in ("VERB", "AUX") for k in range(i + 1, end)):
            return None
        people = {id(p): p for k in range(i + 1, end) if (p := persons.at(k)) is not None}
        return next(iter(people.values())) if len(people) == 1 else None

    def _governing_subject(self, doc: Doc, span: QuoteSpan, char_span, persons: PersonIndex,
                           quoted) -> PersonCluster | None:
        """A few of the speaker's words quoted inside a sentence about them, with no verb of speaking: "X accused
        the Commission of "trading our cattle for cars"", "X calculates that the quota represents "less than 1.5% of
        consumption"", "X wants the two regimes to be "read together, not in silos"". The quotation is a fragment (its
        first word in lower case, so no name or title of a thing: "the "Made in Kenya" fair"), and the first verb
        above it in the parse, outside it and before it, whose subject is a person (or a pronoun, or a title the story
        gives a holder), gives the speaker; a clause the speaker's verb takes is passed over ("that the quota
        represents"). Nothing through a clause that describes a thing, whose words are the thing's ("the bill, which
        bans "..."", "a report concluding that ... "..."", "boxes stamped "...""), through a subject that names no
        one or more than one person ("protesters shouted", "Sven Ek and Lina Sjo expect"), and nothing when a verb of
        the sentence has an unnamed person's subject ("analysts said")."""
        words = span.text(doc_text(doc)).lstrip()
        if not words[:1].islower() or word_count(words) < MIN_WORDS:
            return None
        tok = next((t for t in char_span if not t.is_punct), None)
        steps = 0
        while tok is not None and steps < 40:
            steps += 1
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if not quoted(tok.i) and tok.i < char_span.start and any(c.dep_ == "poss" for c in tok.children):
                return None  # "welcomed the EU's offer of "..."", "rejected the minister's claim that "..."": words
                # another party wrote or said
            if not quoted(tok.i) and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.i < char_span.start \
                    and tok.lower_ in self.lex.quote_verbs and doc[tok.i - 1].text == "," \
                    and (who := persons.at(tok.i - 2)) is not None and doc[tok.i - 2].head.i == tok.head.i \
                    and doc[tok.i - 2].dep_ == "appos":
                return who  # "Its spokesperson, Guo Yanping, assured ... that the decision « ... »": the parse hung
                # the verb off the title, whose holder's name stands in apposition right before it
            if not quoted(tok.i) and (tok.dep_ in ("acl", "relcl") or tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG")):
                return None  # "bags marked "product of Ethiopia"", "the bill, which bans "..."": a thing's words
            if quoted(tok.i) or tok.i >= char_span.start or tok.pos_ not in ("VERB", "AUX"):
                continue
            if tok.lower_ in self.lex.speech_verbs or self._speech_phrase_at(doc, tok.i) \
                    or any(persons.at(k) is not None and not quoted(k)
                                                           for k in range(tok.i + 1, char_span.start)):
                return None  # "thanked Kenji Arakawa for confirming that "..."": another's words, or not clearly
            subjects = _subjects(tok, quoted, ("nsubj",))
            if not subjects and tok.dep_ not in ("xcomp", "conj", "ccomp", "ROOT"):
                return None  # (a clause whose subject the parse does not give; one describing a thing stopped above)
            for subj in subjects:
                if any(c.dep_ == "conj" and (persons.at(c.i) is not None or c.pos_ == "PROPN") for c in subj.children):
                    return None  # (a quote two people share is no one's alone)
                who = persons.at(subj.i) or self._in_subtree(subj, persons, quoted)
                if who is None and subj.lower_ in ("he", "she"):
                    who = self._pronoun(doc, subj.i, persons)
                if who is None and subj.lower_ == "who" and sentence_start(doc, subj.i) < subj.i:
                    who = persons.last_before(subj.i)  # "Axel Brandt, ..., who told a conference that mills "...""
                if who is None and subj.pos_ in ("NOUN", "PROPN") and self.title_holder is not None \
                        and any(c.lower_ == "the" for c in subj.children):
                    who = self.title_holder(subj)
                if who is not None:
                    return who
                if not (tok.dep_ == "xcomp" or tok.dep_ == "ccomp" and (any(c.dep_ == "mark" for c in tok.children)
                                                                          or subj.pos_ == "PRON")):
                    return None  # (a thing's or unnamed people's words: "seized boxes stamped "...""; but past the
                    # clause a verb takes: "calculates that the quota represents "..."", "wants X to be "..."")
        return None

    def _closes_quote(self, doc: Doc, tok, quote_end: int) -> bool:
        """A verb that attributes only right after the quotation, past its subject (""...," the Secretary of State
        concluded"; not "India and the US concluded two days of talks")."""
        if tok.lower_ in self.lex.after_quote_verbs and quote_end <= tok.i <= quote_end + 8 \
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[quote_end:tok.i]) \
                and (tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct):
            return True
        return self._attributing_verb(doc, tok, quote_end)

    def _attributing_verb(self, doc: Doc, tok, quote_end: int) -> bool:
        """Any verb in the past or present tense right after a quotation its comma (or "?", "!") leaves open, with
        only its subject, a pronoun or a capitalized name, between: translated press's verbs of saying are the
        source language's (""...," she cut short", ""...," launched the Bloc deputy", ""...," Berg hammered")."""
        if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") or not quote_end <= tok.i <= quote_end + 5:
            return False
        k = quote_end
        while k < tok.i and doc[k].is_punct and not doc[k].is_alpha:
            k += 1  # (the closing quotation mark)
        if k == quote_end or not any(t.text in (",", "?", "!") for t in doc[quote_end - 1:k]):
            return False
        between = doc[k:tok.i]
        if len(between) >= 2 and between[0].lower_ == "the" and all(
                t.pos_ in ("NOUN", "ADJ", "PROPN") and t.is_alpha for t in between[1:]) \
                and self._a_posts_word(between[-1].lower_):
            return True  # (a description of the speaker by a word of a post the story gives: ""...," the minister
            # assured on leaving the meeting"; not "the Korean delegate joked" where no one is a delegate)
        return all(t.lower_ in ("he", "she") or t.is_title and t.pos_ == "PROPN" or t.text in (".", "-")
                   for t in between)

    def _a_posts_word(self, word: str) -> bool:
        """Is the word one of a post the story gives someone ("minister" of "Minister of Agriculture")?"""
        titles = getattr(self.references, "titles", None) or {}
        return any(word in fold(title).split() for held in titles.values() for title in held)

    def _turn_speaker(self, doc: Doc, i: int, persons: PersonIndex) -> PersonCluster | None:
        """Who "I" is in a transcript: the person the line's label names ("Vice Minister Mori: ... As I told the
        Under Secretary, "..."")."""
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, doc[i].idx) + 1
        labelled = _turn_names(doc).get(line_start)
        if labelled is not None and labelled[1] <= doc[i].idx:
            # (a record's label, however it closes: "Mr. HOLLISTER. Senator, ... We told the Department that "..."")
            label = doc.char_span(*labelled, alignment_mode="expand")
            return persons.at(label.start) if label is not None else None
        colon = text.find(":", line_start, min(doc[i].idx, line_start + 80))
        if colon < 0:
            # ("Yael Rosenfeld" on a line of its own, her turn on the next: an earnings call's transcript)
            above_end = len(text[:line_start].rstrip())
            above_start = text.rfind("\n", 0, above_end) + 1
            label = doc.char_span(above_start, above_end, alignment_mode="expand") if above_end > above_start else None
            if label is None or len(label) > 5:
                return None
            who = persons.at(label.start)
            return who if who is not None and any(s == label.start and e == label.end for s, e in who.spans) else None
        label = doc.char_span(line_start, colon, alignment_mode="expand")
        return _one_person_in(persons, label.start, label.end) if label is not None else None

    @staticmethod
    def _as_clause_person(doc: Doc, i: int, persons: PersonIndex, quoted) -> PersonCluster | None:
        """The person named in an "as" clause that ends at token ``i`` ("As our chairman, Lars Ekberg, likes to
        remind us, ..."), however the parse hung it: the only person between "as" and the verb."""
        opening = _as_opening(doc, i)
        if opening is None:
            return None
        if any(doc[k].dep_ == "conj" and doc[k].pos_ == "PROPN" for k in range(opening + 1, i)):
            return None  # ("As the two ministers, Ana Costa and Luis Reis, put it": words two people share)
        return _one_person_in(persons, opening + 1, i, quoted)

    def _speech_phrase_at(self, doc: Doc, i: int) -> bool:
        """Does a two-word verb of speaking open at token ``i`` ("put it", "remind us")?"""
        return i + 1 < len(doc) and (doc[i].lower_, doc[i + 1].lower_) in self.lex.speech_phrases

    def _quote_verb(self, doc: Doc, tok, quote_start: int) -> bool:
        """A verb that carries the quotation opening a few words after it, no verb of speaking between ("assured
        the delegation that "..."", "welcomed "a decision ...""; not "welcomed the vote, with analysts noting that")."""
        if tok.lower_ not in self.lex.quote_verbs or not tok.i < quote_start <= tok.i + 12:
            return False
        # (past "that", the clause is what the speaker said, whoever it names: "assured the delegation that Kenya
        # would "...""; before it no named party: "welcomed the EU's offer of "..."", words another party wrote)
        that = next((k for k in range(tok.i + 1, quote_start) if doc[k].lower_ == "that" and doc[k].dep_ == "mark"),
                    quote_start)
        mark = quote_start - 1 - doc[quote_start - 1].is_quote
        # ("praised the end of the de minimis exemption as "a win ..."": what the speaker called it, after "as"; "called
        # on the European Commission to "defend ..."": what the speaker asked of the party named)
        return (that < quote_start or quote_start <= tok.i + 8 or doc[mark].lower_ in ("as", "to")) \
            and not any(doc[k].lower_ in self.lex.speech_verbs for k in range(tok.i + 1, quote_start)) \
            and (doc[mark].lower_ == "to" and doc[mark].dep_ == "aux"
                 # ("guaranteed to Lusa that the project "..."": whom the speaker told, then what)
                 or that < quote_start and doc[tok.i + 1].lower_ == "to"
                 and all(doc[k].ent_type_ or doc[k].lower_ in ("to", "the") for k in range(tok.i + 1, that))
                 or not any(doc[k].text in ("'s", "\u2019s") or doc[k].ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                            for k in range(tok.i + 1, that)))

    @staticmethod
    def _participle_speaker(doc: Doc, verb, persons: PersonIndex) -> PersonCluster | None:
        """The speaker of a participle of speaking ("affirming", "stressing"): the main verb's subject, when the
        participle is set off by a comma after the main clause (", affirming that "...""), and that subject is a
        person and the last one named before it. Not "thanked Arakawa for confirming that" (the other person's
        words), nor "Lina Cruz presented the plan to Raul Mena, who rejected it, insisting that" (either's)."""
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in ("VERB", "AUX") \
                and verb.head.head.i < verb.i and verb.head.head.dep_ == "ROOT":
            # "Chairman X opened the hearing by arguing that the tariffs "only work if ..."": the main verb's subject
            subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
            who = persons.at(subject.i) if subject is not None else None
            if who is None and subject is not None:
                who = next((persons.at(t.i) for t in subject.subtree if persons.at(t.i) is not None), None)
            return who if who is not None and persons.last_before(verb.i) is who else None
        if not (verb.dep_ == "advcl" and verb.i > 0 and doc[verb.i - 1].text == ","
                and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i and verb.head.dep_ == "ROOT"):
            return None
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        who = persons.at(subject.i) if subject is not None else None
        return who if who is not None and persons.last_before(verb.i) is who else None

    def _before_colon(self, doc: Doc, span: QuoteSpan, persons: PersonIndex, quoted) -> PersonCluster | None:
        """"X, head of the unit, put it this way to the committee in February: "..."": a quote a colon opens is
        said by the subject of the clause before the colon, when that subject is a person (not "The statement
        read:"); never in a headline (the story's first line, or a line that ends with no full stop)."""
        text = doc_text(doc)
        line_end = text.find("\n", span.end)
        line = text[text.rfind("\n", 0, span.start) + 1:line_end if line_end >= 0 else len(text)]
        if not text[:text.rfind("\n", 0, span.start) + 1].strip() \
                or not line.rstrip().rstrip("\"'\u201d\u2019\u00bb)").endswith((".", "!", "?", "\u2026")):
            return None  # (not a headline's: "METI's Hasegawa to hold talks in Washington: "Allies must ...")
        k = span.start - 1
        while k > 0 and (text[k] in "\"'\u201c\u2018\u00ab " or text[k].isspace()):
            k -= 1
        if k <= 0 or text[k] != ":":
            return None
        colon = doc.char_span(k, k + 1, alignment_mode="expand")
        if colon is None:
            return None
        sent = sentence_of(doc, colon.start)
        verb = doc[colon.start - 1].head if colon.start > sent.start else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.i >= sent.start:
            verb = verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX") or quoted(verb.i) or not sent.start <= verb.i < colon.start:
            return _labelled_above(doc, text, k, span, persons, self.lex.quote_label_openers)
        return self._subject_of(doc, verb, persons, quoted)

    @staticmethod
    def _owner_of(doc: Doc, i: int, persons: PersonIndex) -> PersonCluster | None:
        """The person whose possessive owns the noun at token ``i``, past one word such as "own" or "latest"."""
        k = i - 1
        if k >= 1 and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k -= 1
        if k >= 1 and doc[k].text in ("'s", "\u2019s", "'", "\u2019"):
            return persons.at(k - 1)
        return None

    @staticmethod
    def _author_after(doc: Doc, i: int, persons: PersonIndex) -> PersonCluster | None:
        """The person a speech noun is "by" ("remarks last week by Ahmad Faizal, chief executive of the council,
        that the industry had "..."", "a warning from Lena Ortiz that", "the statement of the Minister, Ms X,
        that"), past at most three words of time and the speaker's title."""
        for k in range(i + 1, min(i + 5, len(doc))):
            if doc[k].lower_ in ("by", "from", "of"):
                # (past the speaker's title: "the statement of the Minister of Commerce, Ms María Ospina, that")
                for j in range(k + 1, min(k + 14, len(doc))):
                    if persons.at(j) is not None:
                        return persons.at(j)
                    if doc[j].lower_ in ("that", "which", "who", "to") or doc[j].text in ('"', "\u201c", ".", ";") \
                            or doc[j].pos_ in ("VERB", "AUX"):
                        return None
                return None
            if doc[k].is_punct or doc[k].lower_ in ("that", "which"):
                return None
        return None

    @staticmethod
    def _person_in(doc: Doc, start: int, end: int, persons: PersonIndex) -> PersonCluster | None:
        for i in range(start, min(end, len(doc))):
            if persons.at(i) is not None:
                return persons.at(i)
        return None

    def _subject_of(self, doc: Doc, verb, persons: PersonIndex, quoted) -> PersonCluster | None:
        # "she was quoted as saying", "Xinhua quoted Lu as saying": the one quoted, not the one quoting
        anchor = verb.head.head if verb.head.lower_ == "as" else None
        if verb.lower_ == "saying" and anchor is not None and anchor.lower_ in ("quoted", "quotes", "quote", "cited", "cites"):
            for c in anchor.children:
                if c.dep_ in ("dobj", "nsubjpass") and not quoted(c.i):
                    who = persons.at(c.i) or self._in_subtree(c, persons, quoted)
                    if who is not None:
                        return who
                    if c.lower_ in _PRONOUNS or c.lower_ in ("her", "him", "them"):
                        return self._pronoun(doc, c.i, persons)  # ("the statement quoted her as saying")
        subjects = _subjects(verb, quoted, ("nsubj", "nsubjpass"))
        if verb.dep_ in ("conj", "advcl", "ccomp", "xcomp") and not subjects:
            head = verb.head
            while verb.dep_ == "conj" and quoted(head.i) and head.dep_ in ("ccomp", "xcomp", "conj") and head.head.i != head.i:
                head = head.head  # ("the Minister said the Senator should "read the agreement" and noted that": the
                # parse joined the narrator's verb to the quotation's; its subject is the one who said it)
            subjects = [c for c in head.children if c.dep_ == "nsubj" and not quoted(c.i)]
        if not subjects and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "to" \
                and verb.head.head.pos_ == "VERB" and verb.head.head.i < verb.i:
            # ("The Belgian official limited herself to saying that "..."": the subject of the verb "to" hangs on)
            subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj" and not quoted(c.i)]
        if not subjects and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ"):
            k = verb.i - 1
            while k > 0 and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in ("on", "at", "in", "late", "early")):
                k -= 1
            if persons.at(k) is not None and not quoted(k):
                subjects = [doc[k]]  # ("(ANSA) - BRUSSELS, MARCH 16 - Minister X on Monday called on ...": a finite
                # verb right after the name (and its time) that the parse hung off the dateline's agency)
        if not subjects and verb.i >= 2 and (doc[verb.i - 1].text in ('"', "\u201d", "\u00bb")
                                             or doc[verb.i - 1].text == "," and doc[verb.i - 2].text in ('"', "\u201d",
                                                                                                        "\u00bb")):
            # '"...," declared the minister during a visit': the subject after the verb, which the parse may take
            # for its object (and after a guillemet and its comma: "« ... », insists its president, X")
            subjects = [c for c in verb.children if c.dep_ in ("dobj", "attr") and verb.i < c.i <= verb.i + 4
                        and not quoted(c.i)]
        if not subjects and verb.i >= 2 and doc[verb.i - 1].lower_ in self.lex.heads and not quoted(verb.i - 1) \
                and any(t.lower_ == "the" for t in doc[max(0, verb.i - 4):verb.i - 1]):
            # "Asked whether ..., the deputy director-general said": the parse hung the title on the clause before
            subjects = [doc[verb.i - 1]]
        # a title and the name after it may both be parsed as subjects ("vice president ... Dorota Malecka told")
        subjects.sort(key=lambda c: persons.at(c.i) is None)
        for subj in subjects:
            who = persons.at(subj.i) or self._in_subtree(subj, persons, quoted)
            if who is not None:
                return who
            if subj.lower_ in _PRONOUNS:
                return self._pronoun(doc, subj.i, persons)
            owner = next((c for c in subj.children if c.lower_ in ("his", "her") and c.dep_ == "poss"), None)
            if owner is not None and subj.lower_.rstrip(".") in self.lex.honorific_words:
                # "His Excellency stated:": he (not after a sentence naming two: "Prime Minister A and Trade
                # Minister B met the envoy. His Excellency stated:", either)
                return None if self._two_named_before(doc, owner.i, persons) else self._pronoun(doc, owner.i, persons)
            if subj.text in ("I", "we", "We") and (turn := self._turn_speaker(doc, subj.i, persons)) is not None:
                return turn  # (a firm's "we" in its officer's turn: "As I said ..., we "will not chase volume"")
            if subj.lower_ == "who" and subj.i >= 2 and sentence_start(doc, subj.i) < subj.i:
                # "Raghunathan, joint secretary at ..., who described the talks as ... and said": the one the
                # clause is about, named last before it in its sentence
                who = persons.last_before(subj.i)
                if who is not None and any(sentence_start(doc, s) == sentence_start(doc, subj.i) for s, _ in who.spans
                                           if s < subj.i):
                    return who
            before = verb.i - 1
            while before > subj.i and doc[before].dep_ in ("aux", "neg", "advmod") and doc[before].head.i == verb.i:
                before -= 1  # ("Director General of Foreign Trade Anjali Raghunathan has promised that")
            named = persons.at(before) if before >= 0 and not quoted(before) else None
            if named is not None and any(t.i == before for t in subj.subtree):
                # "AISI vice president for international trade Terrence Hale told ...": the parse hangs the
                # name off the title's "for" phrase, but it ends the subject right before the verb
                return named
            k = subj.i + 1
            while k < verb.i and not quoted(k) and persons.at(k) is None and (
                    doc[k].is_title or doc[k].text == "-" or doc[k].lower_ in ("of", "the", "for", "and", "&")
                    or doc[k].lower_ in self.lex.heads):
                k += 1  # (the title's words only: not "Officials close to Kenji Sato, who chairs ..., said")
            span = persons.span_at(k) if k < verb.i else None
            if span is not None and any(doc[j].lower_ in self.lex.heads for j in range(subj.i, k)) \
                    and (subj.is_title or subj.is_upper or subj.lower_ in self.lex.heads) and span[1] < len(doc) \
                    and doc[span[1]].text == "," \
                    and span[1] + 1 < len(doc) and doc[span[1] + 1].lower_ == "who":
                # "Director-General of the Maritime Bureau Ōtsuka Ryōta, who also joined the call, emphasised":
                # the name that closes the subject's title, before a clause about its holder (and in lower case: "ICO
                # head Tomas Ferreira, who signed the agreement with Verbeke, said")
                return persons.at(k)
            if verb.i < subj.i and subj.lower_ in self.lex.heads and not quoted(subj.i):
                # '"...," said Commissioner for Agriculture and Food Piotr Nowacki': a title after the verb whose area
                # the parse hung the name on; the name that closes the title's words is the speaker
                k = subj.i + 1
                while k < len(doc) and k - subj.i <= 8 and not quoted(k) and persons.at(k) is None and (
                        doc[k].is_title or doc[k].lower_ in ("of", "for", "and", "&", "the")
                        or doc[k].lower_ in self.lex.heads):
                    k += 1
                if k < len(doc) and k > subj.i + 1 and persons.at(k) is not None and not quoted(k):
                    return persons.at(k)
            if subj.lower_ in ("democrat", "republican") and any(c.lower_ == "the" for c in subj.children) \
                    and (member := _party_tagged(doc, persons, subj.text[0])) is not None:
                return member  # '"...," the Arizona Democrat said': the one member the story tags "D-Ariz."
            if (subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in self.lex.heads) and self.title_holder is not None:
                # (a hyphenated head the tagger calls an adjective: "said its secretary-general, X")
                holder = self.title_holder(subj)
                if holder is None and self.references is not None and subj.pos_ == "NOUN":
                    # ""...," the expert noted", "said the politician from the Golkar Party": the person the
                    # description stands for (the resolver event extraction shares)
                    holder = self.references.description(subj.i)
                if holder is not None:
                    return holder
            if subj.pos_ == "NOUN" and subj.lower_ not in _PRONOUNS:
                # "A U.S. official said Pettibone saw "real progress"": the
                # statement is an unnamed person's, not the named one's inside it
                self._unnamed_speaker = True
                return None
        # the parse missed the verb's subject: the nearest person before it in
        # the sentence who is the subject of something (not "with Champagne")
        for i in range(verb.i - 1, sentence_start(doc, verb.i) - 1, -1):
            if quoted(i):
                continue
            who = persons.at(i)
            if who is not None and doc[i].dep_ in ("nsubj", "nsubjpass") and persons.at(verb.i - 1) is None:
                return who
        # "Deputy Under Secretary Ocampo-Reyes, who co-chairs the committee, said:": the name opening the sentence,
        # then a clause about its holder that a comma closes right before the verb (however the parse hung it)
        start = sentence_start(doc, verb.i)
        span = next((persons.span_at(k) for k in range(start, min(verb.i, start + 6)) if persons.at(k) is not None),
                    None)
        if span is not None and span[1] + 1 < verb.i and doc[span[1]].text == "," and doc[span[1] + 1].lower_ == "who" \
                and doc[verb.i - 1].text == "," and not quoted(verb.i - 1) \
                and not any(persons.at(k) is not None for k in range(span[1], verb.i)):
            return persons.at(span[0])
        # "..., said Under Secretary Okafor": the name after the verb and a title
        j = verb.i + 1
        while j < len(doc) and j - verb.i <= 4 and not quoted(j) and (
                doc[j].lower_ in self.lex.heads or doc[j].lower_ in self.lex.modifiers
                or doc[j].lower_.rstrip(".") in self.lex.honorific_words or doc[j].text == "."):
            j += 1
        if j > verb.i + 2 and j < len(doc) and not quoted(j) and persons.at(j) is not None:
            return persons.at(j)
        # or a person right next to the verb
        for i in (verb.i - 1, verb.i + 1, verb.i + 2, verb.i - 2):
            if 0 <= i < len(doc) and not quoted(i):
                who = persons.at(i)
                if who is not None:
                    return who
                if doc[i].lower_ in _PRONOUNS and i < verb.i + 2:
                    return self._pronoun(doc, i, persons)
        return None

    @staticmethod
    def _two_named_before(doc: Doc, i: int, persons: PersonIndex) -> bool:
        """Does the sentence before token ``i``'s name two people or more?"""
        return _named_in_sentence_before(doc, i, persons) >= 2

    def _pronoun(self, doc: Doc, i: int, persons: PersonIndex) -> PersonCluster | None:
        """Who the pronoun at token ``i`` stands for: the holder of the title that is the subject of the sentence
        before ("the Chair noted ... She said ..."), else the shared resolver's answer."""
        holder = self._titled_subject_before(doc, i, persons) or self._source_before(doc, i, persons)
        if holder is not None:
            return holder
        if self.references is not None:
            # (the one named last outside a quotation: not "Khun Orawan" inside the words "he" said)
            found = self.references.pronoun(i)
            if found is not None:
                return found
            gender = self.lex.pronoun_genders.get(doc[i].lower_)
            last = self.references.last_named_before(i, gender)
            if last is not None:
                return last
            before = persons.last_before(i, doc=doc)
            if before is not None and gender and self.references.firm_genders.get(before.name) not in (None, gender):
                return None  # (the one named last is of the other gender the story gives: not the pronoun's)
            return before
        return persons.last_before(i, doc=doc)

    def _source_before(self, doc: Doc, i: int, persons: PersonIndex) -> PersonCluster | None:
        """"According to Dahl, Corrigan was open to further talks. "...," she says.": the one the paragraph before
        the speaking pronoun gives as its source, opening the sentence right before it ("According to X,"), when
        the pronoun may stand for them (the story calls them nothing else)."""
        here = sentence_start(doc, i)
        if here == 0 or self.references is None:
            return None
        previous = sentence_of(doc, here - 1)
        k = opening_token(doc, previous.start, previous.end)
        if k + 2 >= previous.end or doc[k].lower_ != "according" or doc[k + 1].lower_ != "to":
            return None
        source = persons.at(k + 2)
        span = persons.span_at(k + 2)
        if source is None or span is None or span[1] >= len(doc) or doc[span[1]].text != ",":
            return None
        gender = self.lex.pronoun_genders.get(doc[i].lower_)
        known = self.references.genders.get(source.name)
        return source if gender and (known is None or known == gender) else None

    def _titled_subject_before(self, doc: Doc, i: int, persons: PersonIndex) -> PersonCluster | None:
        """"Opening the session, the Chair noted that ... She said ...": when the main subject of the sentence
        before the pronoun (no named person's sentence in between) is a definite title whose holder the story
        names, that holder."""
        if self.title_holder is None or doc[i].lower_ not in ("he", "she"):
            return None
        here = sentence_start(doc, i)
        if here == 0 or any(persons.at(k) is not None for k in range(here, i)):
            return None
        sent = sentence_of(doc, here - 1)
        while sent.start > 0 and filled_by_quotation(doc, sent):
            sent = sentence_of(doc, sent.start - 1)  # (past the sentences a quotation fills: '"If partners agree ...
            # But a floor without buyers is just a number," he said' after "..., the minister was cautious.")
        subjects = [t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
        if not subjects or persons.at(subjects[0].i) is not None or any(
                persons.at(t.i) is not None for t in sent if t.i > subjects[0].i or t.head.i == subjects[0].i):
            return None  # (a person named before the subject, in a phrase of its own, leaves "the minister" the
            # subject: "Pressed by moderator X on whether ..., the minister was cautious")
        subject = subjects[0]
        if subject.pos_ != "NOUN" and not subject.is_title or not any(c.lower_ == "the" for c in subject.children):
            return None
        return self.title_holder(subject)

    @staticmethod
    def _in_subtree(token, persons: PersonIndex, quoted) -> PersonCluster | None:
        """A person named in the subject phrase itself (its compounds and
        appositions), not in a clause hanging off it ("X, who met Y, said")."""
        stack = [token]
        while stack:
            t = stack.pop()
            if not quoted(t.i) and persons.at(t.i) is not None:
                return persons.at(t.i)
            stack.extend(c for c in t.children if c.dep_ in ("compound", "appos", "flat", "amod", "nmod"))
        return None


def _as_opening(doc: Doc, i: int) -> int | None:
    """Where the "as" that opens the clause ending at token ``i`` stands ("As our chairman likes to remind us"), if
    within a dozen words in its sentence."""
    start = sentence_start(doc, i)
    # (the "as" that hangs on the verb or on the verb it completes; not "who served as secretary, put it bluntly")
    return next((k for k in range(i - 1, max(start - 1, i - 14), -1)
                 if doc[k].lower_ == "as" and doc[k].head.i in (i, doc[i].head.i)), None)


def _one_person_in(persons: PersonIndex, start: int, end: int, quoted=None) -> PersonCluster | None:
    """The one person named in tokens ``start:end`` (outside quotations, when ``quoted`` is given), else None."""
    named = {id(who): who for k in range(start, end)
             if (who := persons.at(k)) is not None and not (quoted is not None and quoted(k))}
    return next(iter(named.values())) if len(named) == 1 else None


def _subjects(verb, quoted, deps: tuple[str, ...]) -> list:
    """The verb's subjects outside quotations; where the parse made a transcript's question label the subject, the
    name it hung on the label ("QUESTION (Lucas Menezes, Valor): Senator Rocha, who ..., said")."""
    # (not a closing guillemet the parse took for a noun: '« ... », the minister insisted')
    return [c for c in verb.children if c.dep_ in deps and not quoted(c.i) and not c.is_punct] \
        + [a for c in verb.children if c.dep_ in deps and quoted(c.i)
           for a in c.children if a.dep_ == "appos" and not quoted(a.i)]


def _participle(verb) -> bool:
    """A participle of speaking, "saying" aside (it has rules of its own)."""
    return verb.lower_.endswith("ing") and verb.lower_ != "saying"


def _named_in_sentence_before(doc: Doc, i: int, persons: PersonIndex) -> int:
    """How many people the sentence before the one that holds token ``i`` names."""
    here = sentence_start(doc, i)
    if here == 0:
        return 0
    return len({id(p) for k in range(sentence_start(doc, here - 1), here) if (p := persons.at(k)) is not None})


# the sentence after a quotation that credits it, as translated press writes it ("This was stated by the Minister
# of Agriculture, X, at the end of ..."): the first person it names is the speaker
_CREDITED_NEXT = re.compile(r"\s*(?:This|That|So|It) (?:was|has been|had been) (?:stated|said|declared|affirmed|"
                            r"explained|underlined|stressed|announced|reiterated|emphasi[sz]ed|assured|warned) by ")


def _credited_next(doc: Doc, text: str, span: QuoteSpan, persons: PersonIndex) -> PersonCluster | None:
    """'"Italian geographical indications are not a bargaining chip." This was stated by the Minister of ..., X, at
    ...': a quotation that is a whole sentence, credited by the next sentence to the first person it names."""
    quoted = text[span.start:span.end].rstrip()
    after = text[span.end:].lstrip(_CLOSING_MARKS)
    credit = _CREDITED_NEXT.match(after)
    # (a whole sentence: its stop inside the quotation marks, or right after them)
    whole = quoted.endswith((".", "!", "?")) or text[span.end:span.end + 3].lstrip(_CLOSING_MARKS)[:1] in (".", "!", "?")
    if credit is None or not whole:
        return None
    start = len(text) - len(after) + credit.end()
    stop = text.find(".", start)
    first = doc.char_span(start, stop if stop > 0 else len(text), alignment_mode="expand")
    if first is None:
        return None
    return next((persons.at(t.i) for t in first if persons.at(t.i) is not None), None)


def _signed_below(doc: Doc, text: str, span: QuoteSpan, persons: PersonIndex, heads) -> PersonCluster | None:
    """A press release's statement: a paragraph that is the quotation alone, then a line that is the speaker's name,
    a comma and the post (``signature_line``: "Stelios Pitsillides, Minister of Finance of Cyprus"), no verb in it."""
    para_end = text.find("\n", span.end)
    if para_end < 0 or not _whole_paragraph(text, span):
        return None
    line_start = para_end
    while line_start < len(text) and text[line_start] in "\n \t":
        line_start += 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if not signature_line(text[line_start:line_end], heads):
        return None
    line_start += SIGNATURE_LEAD.match(text, line_start).end() - line_start  # (past "– The Honourable")
    line = doc.char_span(line_start, line_end, alignment_mode="expand")
    if line is None or persons.at(line.start) is None \
            or any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in line):
        return None
    _, end = persons.span_at(line.start)
    if end < line.end and doc[end].text not in (",", "-", "\u2013", "\u2014", "("):
        return None
    return persons.at(line.start)


def _party_tagged(doc: Doc, persons: PersonIndex, letter: str) -> PersonCluster | None:
    """The one person the story tags with a U.S. party's letter and a state after the name ("Rep. Jane Doe, D-Ariz.,",
    "Sen. John Roe (R-Ohio)"); None when none or several."""
    tagged = []
    for cluster in persons.clusters:
        for _, end in cluster.spans:
            k = end + (end < len(doc) and doc[end].text in (",", "("))
            if k + 1 < len(doc) and doc[k].text == letter and doc[k + 1].text == "-" \
                    or k < len(doc) and doc[k].text.startswith(letter + "-"):
                tagged.append(cluster)
                break
    return tagged[0] if len(tagged) == 1 else None


def _someone_else_between(doc: Doc, persons: PersonIndex, speaker: PersonCluster, start: int, end: int) -> bool:
    """Is a person other than ``speaker`` named between two quotes (characters
    ``start``-``end``)? Then the second quote may be theirs."""
    for cluster in persons.clusters:
        if cluster is speaker:
            continue
        if any(start <= doc[s].idx < end for s, _ in cluster.spans):
            return True
    return False


def _labelled_above(doc: Doc, text: str, colon: int, span: QuoteSpan, persons: PersonIndex,
                    openers: tuple[str, ...] = ()) -> PersonCluster | None:
    """A release's label over its quotations ("Quotes attributable to Minister for Trade, the Hon Jane Doe:", "Comment
    from Jane Doe, chief executive:", "Jane Doe, Chief Executive:"): a line of its own closing on the colon at
    character ``colon``, with no verb in it, naming one person, opening on one of ``openers`` (names.yaml
    ``quote_label_openers``) or on the person's post or name, and the quotation alone in the paragraph under it, or
    after the colon to the paragraph's end (not a question). Not "Open letter to Minister X:", "Comment from a spokesperson for Minister X:"."""
    line_start = text.rfind("\n", 0, colon) + 1
    end = text.find("\n", span.end)
    # (or on the label's own line, the quotation right after its colon and closing the paragraph: "Jane Doe,
    # President, United Auto Workers (UAW): "..."", as a release's "What they are saying" lists them)
    same_line = "\n" not in text[colon:span.start] and not text[colon + 1:span.start].strip(" \"\u201c") \
        and not text[span.end:len(text) if end < 0 else end].strip(" \"\u201d\u2019'.,")
    if not ("\n" in text[colon:span.start] and _whole_paragraph(text, span) or same_line) or _question(text, span):
        return None
    label = doc.char_span(line_start, colon, alignment_mode="expand")
    if label is None or any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in label):
        return None
    who = _one_person_in(persons, label.start, label.end)
    if who is None:
        return None
    first = min(s for s, _ in who.spans if label.start <= s < label.end)
    opening = " ".join(t.lower_ for t in doc[label.start:first])
    opener = next((o for o in openers if opening == o or opening.startswith(o + " ")), None)
    rest = doc[label.start + len(opener.split()):first] if opener else doc[label.start:first]
    # (past the opener, only the person's post: capitalized words, its small words, a comma, "the Hon")
    # (and a country's possessive: "Quotes attributable to Chile's Minister of Economy, ..., X:")
    if not all(t.is_title or t.is_upper or t.text in (",", "'s", "\u2019s") or t.lower_ in ("of", "for", "and", "the", "&")
               for t in rest):
        return None
    return who


def _question(text: str, span: QuoteSpan) -> bool:
    """Does the quotation at ``span`` close on a question mark (a reporter's question, no statement to go on with)?"""
    return text[span.start:span.end].rstrip(" \"\u201d").endswith("?")


def _whole_paragraph(text: str, span: QuoteSpan) -> bool:
    """Is the quotation its paragraph's only text (past its marks and a closing stop)? A press release's statement
    (``_signed_below``) and paragraphs of quotations under "X said:" (``QuoteAttributor._continues``) are so."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    return not text[start:span.start].strip(" \"\u201c\u2018'") and not text[span.end:end].strip(" \"\u201d\u2019'.,")


def _under_colon_line(text: str, span: QuoteSpan) -> bool:
    """Do the paragraphs of quotations alone above the one at ``span`` (or it) sit under a line closing on a colon
    ("Trade Minister X said:")?"""
    start = text.rfind("\n", 0, span.start) + 1
    while start > 0:
        line_end = len(text[:start].rstrip())  # (the line above, past blank lines)
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end].strip()
        if line.endswith(":"):
            return True
        if not (line[:1] in ('"', "\u201c") and line.rstrip(".").endswith(('"', "\u201d"))):
            return False
        start = line_start
    return False


def _attributed_below(text: str, span: QuoteSpan) -> bool:
    """Does the line after the quotation's paragraph go on from it (a dash or a lower-case word: "- the slogan of
    the growers' campaign - was painted ...") or give its source ("That was the reply of ...")?"""
    end = text.find("\n", span.end)
    rest = text[end:].lstrip() if end >= 0 else ""
    return bool(rest) and (rest[0] in "-\u2013\u2014" or rest[0].islower() or rest.startswith(("That was", "This was")))


# the post the quotation was given to the speaker by ('"...," the Minister said.'), or a pronoun ('"...," she said.')
_SHORT_ATTRIBUTION = re.compile(r"(?:(?:the|The) (?:[A-Za-z-]+ ){0,3}[A-Za-z-]+|he|she) (?:said|says|added|adds)\.")


def _attribution_closes(text: str, prev: QuoteSpan, speaker: str) -> bool:
    """Does the paragraph of the quotation at ``prev`` close on it and a short attribution naming ``speaker`` ('"...,"
    Ms Tamihana says.', or by a pronoun: '"...," she said.'), one clause and no more?"""
    end = text.find("\n", prev.end)
    tail = text[prev.end:len(text) if end < 0 else end].lstrip(" \t\"\u201d\u2019',").rstrip()
    surname = speaker.split()[-1] if speaker else ""
    named = surname in tail or _SHORT_ATTRIBUTION.fullmatch(tail) is not None
    # (a release's attribution may describe the speaker at length, in the one clause that opens on the verb or the
    # name: '"...," said Jane Doe, Minister for Industry, Business and Financial Affairs, whose country holds the
    # Council presidency.')
    reach = 200 if re.match(r"(?:said|says|added|adds|stated|declared)\s", tail) or speaker and tail.startswith(speaker) \
        else 80
    return bool(surname) and 0 < len(tail) <= reach and tail.endswith(".") and named \
        and not re.search(r"[.!?;]\s", re.sub(r"\b[A-Z][a-z]{0,3}\.", "", tail[:-1])) \
        and "\"" not in tail and "\u201c" not in tail  # (past an honorific's dot: "Mr. Lim said.")


def _blank_lines_between(text: str, prev: QuoteSpan, span: QuoteSpan) -> int:
    between = text[prev.end:span.start]
    return max(0, between.count("\n") - 1)
