"""Who "he", "the vice premier" and "his Chinese counterpart" are.

One resolver serves quote attribution and event extraction alike, so "he
said" and "he met Bessent" never disagree about who "he" is. It reads only
the story:

* salience: the people mentioned in the nearest sentences before the word,
  the subject of a sentence before its objects, the nearest first;
* gender: from the story's own cues (an honorific before a name, a he/she
  in or right after a sentence naming only that person), never from the name;
  a pronoun skips people whose known gender differs;
* descriptions: "the vice premier" is the person whose role's words it
  holds; "his Chinese counterpart" is the most salient person on a side
  other than his (and Chinese, when it says so).
"""

from __future__ import annotations

import re

from collections import Counter

from spacy.tokens import Doc

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.persons import PersonCluster, PersonIndex
from loaders.extraction.name_candidates import byline_lines
from loaders.extraction.quotes import filled_by_quotation, quote_ranges
from loaders.extraction.sentences import doc_text, sentence_of, sentence_start
from loaders.extraction.text import fold

# how many sentences back a pronoun may reach
WINDOW = 4


class References:
    """Resolves pronouns and descriptions in one parsed story to its people."""

    def __init__(self, lexicon: Lexicon, doc: Doc, persons: PersonIndex, sides: dict[str, str] | None = None,
                 titles: dict[str, list[str]] | None = None):
        self.lex = lexicon
        self.doc = doc
        self.persons = persons
        self.sides = sides or {}  # person name -> side (country code, EU, body)
        self.titles = titles or {}  # person name -> titles the story gives them
        self._bylines = byline_lines(doc_text(doc))
        named = self._votes_by_name()
        # (a gender the story says by an honorific or a kin noun at the name, and only one: firm enough to skip the
        # person for a pronoun of the other gender with no one else to stand for)
        self.firm_genders = {name: next(iter(counter)) for name, counter in named.items() if len(counter) == 1}
        self.genders = self._genders(named)

    # ---- public ---------------------------------------------------------
    def pronoun(self, i: int, depth: int = 0) -> PersonCluster | None:
        """The person the pronoun at token ``i`` stands for, or None. A pronoun of the same gender that is the
        main subject of the sentence before (or of this one, earlier) carries on: "Iriarte said ... She said she
        had spoken to Ambassador Cai. "...," she said." is Iriarte's, not the ambassador's."""
        gender = self.lex.pronoun_genders.get(self.doc[i].lower_)
        if gender and depth < 4:
            carried = self._subject_pronoun_before(i, gender)
            if carried is not None:
                found = self.pronoun(carried, depth + 1)
                if found is not None:
                    return found
        reported = {id(self.persons.at(t.i)) for t in sentence_of(self.doc, i) if t.i < i and self.persons.at(t.i)} \
            if self._parenthetical_speaker(i) else set()
        for cluster in self.salient_before(i, skip_quoted=True):
            known = self.genders.get(cluster.name)
            if gender and known and known != gender:
                continue  # the story calls this person "she" and the pronoun is "he"
            if id(cluster) in reported:
                continue  # ("Minister X, he said, had been receptive": the one reporting it, not X)
            return cluster
        return None

    def _parenthetical_speaker(self, i: int) -> bool:
        """Is the pronoun at token ``i`` the subject of a speech verb set off by commas inside a sentence about
        someone else ("Minister X, he said, had been receptive")?"""
        doc = self.doc
        tok = doc[i]
        return tok.dep_ == "nsubj" and tok.head.lower_ in self.lex.speech_verbs and i > 0 and doc[i - 1].text == "," \
            and tok.head.i + 1 < len(doc) and doc[tok.head.i + 1].text == ","

    def _subject_pronoun_before(self, i: int, gender: str) -> int | None:
        """The token of a same-gender pronoun that is the main subject of the sentence before token ``i`` (or
        of its own sentence, before it), when no named person is a subject in between; None otherwise."""
        doc = self.doc
        here = sentence_start(doc, i)
        sentences = [sentence_of(doc, i)]
        while here > 0 and len(sentences) < 4:
            sentences.append(sentence_of(doc, here - 1))
            here = sentences[-1].start
            if not filled_by_quotation(doc, sentences[-1]):
                break  # (past the sentences a quotation fills: '"We are not asking ... We are asking ...," he told
                # reporters' after "He said ... his meeting with Deputy Minister X")
        for sent in sentences:
            subjects = [t for t in sent if t.i < i and t.dep_ in ("nsubj", "nsubjpass") and not self.quoted(t.i)
                        and (t.head.dep_ == "ROOT" or t.head.i == t.i)]
            # "According to him, the ban has made it difficult ...": the one the sentence reports, as its subject would
            source = next((t.i for t in sent if 2 <= t.i < i and t.pos_ == "PRON"
                           and self.lex.pronoun_genders.get(t.lower_) == gender and doc[t.i - 1].lower_ == "to"
                           and doc[t.i - 2].lower_ == "according" and not self.quoted(t.i)), None)
            if source is not None and any(self.persons.at(t.i) is not None and not self.quoted(t.i) for t in sent):
                source = None  # (not when the sentence names someone else: "..., and its chairman, X, agrees")
            if not subjects:
                if source is not None:
                    return source
                continue
            aside = next((t.i for t in sent if t.i < i and t.pos_ == "PRON" and not self.quoted(t.i)
                          and self.lex.pronoun_genders.get(t.lower_) == gender and self._parenthetical_speaker(t.i)),
                         None)
            if aside is not None:
                return aside  # ("Minister X, he said, had been receptive. "...," he said.": the one reporting it)
            first = subjects[0]
            if self.persons.at(first.i) is not None:
                return None  # a named subject: salience decides
            if first.i != i and first.pos_ == "PRON" and self.lex.pronoun_genders.get(first.lower_) == gender:
                return first.i
            return source
        return None

    def plural(self, i: int) -> list[PersonCluster]:
        """The people "they" at token ``i`` stands for: those its own sentence
        named before it, else those named in the nearest earlier sentence
        (within two) that names several people ("Li and Wang were part of the
        delegation led by He. They met ...")."""
        doc = self.doc
        start = sentence_start(doc, i)
        before: list[PersonCluster] = []  # "A and B held a video conference, at which they agreed ...": the pair
        for tok in doc[start:i]:           # the same sentence named first
            who = self.persons.at(tok.i)
            if who is not None and who not in before:
                before.append(who)
        if len(before) >= 2:
            return before
        for _ in range(2):
            if start == 0:
                break
            prev = sentence_of(doc, start - 1)
            named: list[PersonCluster] = []
            for tok in prev:
                who = self.persons.at(tok.i)
                if who is not None and who not in named:
                    named.append(who)
            if len(named) >= 2:
                return named
            start = prev.start
        return []

    def description(self, i: int) -> PersonCluster | None:
        """The person a description headed by token ``i`` names ("the vice
        premier", "his Chinese counterpart"), or None when it names no one."""
        tok = self.doc[i]
        # (an age says nothing of whom: "the 44-year-old deputy" is "the deputy")
        words = [t for t in tok.subtree if t.i <= i and not _age_word(t)]
        lower = [t.lower_ for t in words]
        wanted = next((self.lex.country_of(t.text) for t in words if t.i < i and self.lex.country_of(t.text)), None)
        if tok.lower_ in self.lex.counterpart_words:
            owner = None
            for t in words:
                if t.dep_ == "poss":
                    owner = self.persons.at(t.i) or (self.pronoun(t.i) if t.pos_ == "PRON" else None)
            own_side = self.sides.get(owner.name) if owner else None
            for cluster in self.salient_before(i, window=None):
                side = self.sides.get(cluster.name)
                if cluster is owner or (own_side and side == own_side):
                    continue
                if wanted and side != wanted:
                    continue
                return cluster
            return None
        if not lower or lower[0] not in ("the", "this", "that"):
            return None
        phrase = {fold(w) for w in lower[1:] if w not in ("the",)}
        if not phrase:
            return None
        extra_ok = _country_words(self.lex, phrase)
        if tok.lower_ in self.lex.post_holders and tok.lower_ == lower[-1] and phrase - {tok.lower_} <= extra_ok:
            # "the official assured that ...", "the U.S. official showed openness": the last one named with a post
            # (of that country first, where the story gives one: "The Brazilian official" after an EU negotiator)
            holders = [c for c in self.salient_before(i, window=None) if self.titles.get(c.name)]
            if wanted:
                holders = [c for c in holders if self.sides.get(c.name) == wanted] \
                    or [c for c in holders if self.sides.get(c.name) is None]
            return holders[0] if holders else None
        if tok.lower_ in self.lex.near_descriptions and lower[0] == "the" and len(words) <= 3:
            # ""...," the expert noted": the person the last two sentences are about (their main subject first);
            # only one whom the noun fits ("Two deputies, A and B, ... the 50-year-old deputy said": either)
            near = self.salient_before(i, window=2, skip_quoted=True, past_quotation=True)
            voice = self.lex.near_descriptions[tok.lower_]
            fitting = [c for c in near if self._voice_fits(c, voice)]
            if near and fitting[:1] == near[:1] and (len(fitting) == 1 or self.titles.get(near[0].name)
                                                     and not any(self.titles.get(c.name) for c in fitting[1:])):
                return near[0]
        for cluster in self.salient_before(i, window=None):
            for title in self.titles.get(cluster.name, []):
                title_words = set(fold(title).split()) - {"of", "the", "and"}
                if fold(tok.text) in title_words and phrase - title_words <= extra_ok:
                    if wanted and self.sides.get(cluster.name) not in (None, wanted):
                        continue
                    return cluster
        return None

    def _voice_fits(self, cluster: PersonCluster, voice: str) -> bool:
        """Do the person's posts fit a description's voice ("the expert": an analyst, not a senator; "the politician":
        not an economist)? A person named with no post fits any."""
        words = {w for title in self.titles.get(cluster.name, []) for w in fold(title).split()}
        if not words:
            return True
        outside = bool(words & (self.lex.outside_voice_heads | self.lex.outside_voice_words))
        if voice == "business":  # ("the businessman": a firm's or an industry body's, not a minister's)
            return not outside and not any((spec := self.lex.heads.get(w)) is not None and spec.government
                                           for w in words)
        return outside if voice == "outside" else not outside

    def salient_before(self, i: int, window: int | None = WINDOW, skip_quoted: bool = False,
                       past_quotation: bool = False) -> list[PersonCluster]:
        """People mentioned before token ``i``, most salient first: nearest
        sentence first, within it the grammatical subject first, then the
        latest mention. ``skip_quoted``: not a mention inside a quotation (""Khun Orawan protects the farmers ...,"
        he said": the speaker is not the one he speaks of)."""
        doc = self.doc
        quoted = quote_ranges(doc) if skip_quoted else []
        here = sentence_start(doc, i)

        def inside_quote(s: int) -> bool:  # a sentence of the quotation itself: no sentence about anyone
            k = s
            while k < len(doc) - 1 and doc[k].is_punct:
                k += 1
            return any(a <= doc[k].idx < b for a, b in quoted)
        starts = []
        counted = 0  # (with ``past_quotation``, the sentences of the quotation ``i`` closes are not counted: a
        # description after a quotation of three sentences stands for the one the sentences before it are about)
        leading = past_quotation
        s = here
        while s > 0 and (window is None or counted < window):
            starts.append(s)
            leading = leading and inside_quote(s)  # (looked up only while the quotation's sentences lead)
            counted += not leading
            s = sentence_start(doc, s - 1)
        if s == 0 and (window is None or counted < window):
            starts.append(0)
        rank = {start: n for n, start in enumerate(dict.fromkeys(starts))}
        best: dict[str, tuple] = {}
        for cluster in self.persons.clusters:
            for start, end in cluster.spans:
                if start >= i or any(a <= doc[start].idx < b for a, b in self._bylines):
                    continue  # ("By Jane Doe": the writer, no one the story's "he" or "she" stands for)
                if quoted and any(a <= doc[start].idx < b for a, b in quoted):
                    continue
                sent = sentence_start(doc, start)
                if sent not in rank:
                    continue
                # the main clause's subject first ("X, the spokesperson, said Y and Z had agreed ...": X), then
                # other subjects, then the latest mention
                # (one named as whom the subject met or spoke "with" comes after the others: "X, in a meeting with Y,
                # stated ... He added: "..."" is X's)
                key = (rank[sent], 0 if is_main_subject(doc, start, end) else 1 if _is_subject(doc, start, end)
                       else 3 if with_companion(self.lex, doc, start, end) else 2, -start)
                if cluster.name not in best or key < best[cluster.name][0]:
                    best[cluster.name] = (key, cluster)
        return [c for _, c in sorted(best.values(), key=lambda kc: kc[0])]

    def quoted(self, i: int) -> bool:
        """Is token ``i`` inside a quotation?"""
        idx = self.doc[i].idx
        return any(a <= idx < b for a, b in quote_ranges(self.doc))

    def last_named_before(self, i: int, gender: str | None = None) -> PersonCluster | None:
        """The person named last before token ``i``, outside quotations (of no other gender than ``gender``, where
        the story says one: "Her father, Hernán X, spent ... "...," she said" is not his)."""
        best = None
        for cluster in self.persons.clusters:
            if gender and self.firm_genders.get(cluster.name) not in (None, gender):
                continue
            for start, _ in cluster.spans:
                if start < i and not self.quoted(start) and (best is None or start > best[0]):
                    best = (start, cluster)
        return best[1] if best else None

    # ---- gender ------------------------------------------------------------
    def _votes_by_name(self) -> dict[str, Counter]:
        """The genders the words at each person's name say: an honorific before it ("Ms"), a kin noun in apposition
        ("her father, X"); three votes each."""
        doc = self.doc
        votes: dict[str, Counter] = {}
        for cluster in self.persons.clusters:
            for start, end in cluster.spans:
                if start > 0 and doc[start - 1].lower_ in self.lex.honorific_genders:
                    votes.setdefault(cluster.name, Counter())[self.lex.honorific_genders[doc[start - 1].lower_]] += 3
                if (noun := self._apposed_noun(start, end)) is not None:
                    votes.setdefault(cluster.name, Counter())[self.lex.noun_genders[noun]] += 3
        return votes

    def _genders(self, named: dict[str, Counter]) -> dict[str, str]:
        """Each person's gender from the votes at their name (``named``) and the pronouns around their mentions."""
        doc = self.doc
        votes = {name: Counter(counter) for name, counter in named.items()}
        for tok in doc:
            gender = self.lex.pronoun_genders.get(tok.lower_)
            if gender is None or tok.pos_ != "PRON":
                continue
            sent = sentence_of(doc, tok.i)
            if self._parenthetical_speaker(tok.i):
                continue  # ("Minister X, she said, had been sympathetic": the one reporting it, another person)
            # a sentence naming one person before its pronoun is a cue
            # ("Okafor said she ..."), and so is one after a sentence naming
            # one person, unless the pronoun is a speaker ("..., she said"):
            # that is what is being resolved, not evidence
            # (a name inside a quotation is no cue: ""Khun Orawan protects the farmers," he said")
            named = {self.persons.at(t.i).name for t in sent if t.i < tok.i and self.persons.at(t.i)
                     and not self.quoted(t.i)}
            if not named and sent.start > 0 and tok.head.lower_ not in self.lex.speech_verbs:
                prev = sentence_of(doc, sent.start - 1)
                named = {self.persons.at(t.i).name for t in prev if self.persons.at(t.i) and not self.quoted(t.i)}
            if len(named) == 1:
                # (a subject counts more than a possessive, which may be another's: "X said the department under
                # her leadership ...")
                votes.setdefault(named.pop(), Counter())[gender] += 2 if tok.dep_ in ("nsubj", "nsubjpass") else 1
        out = {}
        for name, counter in votes.items():
            (top, n), *rest = counter.most_common()
            if not rest or n > rest[0][1]:
                out[name] = top
        return out

    def _apposed_noun(self, start: int, end: int) -> str | None:
        """A gendered noun (references.yaml ``gendered_nouns``) in apposition to the name at ``start:end``: "Her
        father, Hernán Sepúlveda,", "her father Hernán", "Hernán Sepúlveda, her father,"; else None."""
        doc, genders = self.doc, self.lex.noun_genders
        k = start - 1 - (start >= 1 and doc[start - 1].text == ",")
        if k >= 1 and doc[k].lower_ in genders and doc[k].pos_ == "NOUN" and doc[k - 1].pos_ in ("PRON", "DET") \
                and doc[k - 1].lower_ not in ("a", "an", "the"):
            return doc[k].lower_  # ("her father, X", "his wife X": a possessive before the kin noun)
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ in ("PRON", "DET") \
                and doc[end + 2].lower_ in genders and end + 3 < len(doc) and doc[end + 3].text in (",", "."):
            return doc[end + 2].lower_
        return None


def is_main_subject(doc: Doc, start: int, end: int) -> bool:
    return any(doc[k].dep_ in ("nsubj", "nsubjpass") and doc[k].head.dep_ == "ROOT" for k in range(start, end)) or \
        (doc[end - 1].head.dep_ in ("nsubj", "nsubjpass") and doc[end - 1].head.head.dep_ == "ROOT"
         and doc[end - 1].dep_ in ("compound", "appos", "flat"))


def with_companion(lex: Lexicon, doc: Doc, start: int, end: int) -> bool:
    """Is the name at ``doc[start:end]`` whom someone met or spoke "with" ("a telephone conversation with the Chinese
    Minister of Commerce, Ku Hao-zsan", "in a meeting with Gevorg Sahakyan"), or whom someone received or hosted?
    Such a name is the occasion's other party, not whom the sentence is about (the hosting verbs: events.yaml)."""
    if start >= 3 and doc[start - 1].text == ",":
        # (read from the words too, the parse of such a tail varying: "with the Chinese Minister of Commerce, Liu")
        k = start - 2
        while k > 0 and start - k <= 12 and (doc[k].is_title or doc[k].lower_ in ("of", "the", "for", "and")
                                             or doc[k].text in ("'s", "\u2019s")):
            k -= 1
        if k < start - 2 and doc[k].lower_ == "with" and (doc[k + 1].lower_ == "the" or lex.country_of(doc[k + 1].text)
                                                          and doc[k + 2].text in ("'s", "\u2019s")):
            return True  # (or "with India's Minister of Commerce and Industry, Vikram Sethi")
    root = next((t for t in doc[start:end] if not start <= t.head.i < end), doc[end - 1])
    for _ in range(6):
        if root.dep_ == "pobj" and root.head.lower_ == "with":
            return True
        if root.dep_ == "dobj" and (root.head.lower_ in lex.hosting_verbs or root.head.lower_ in ("meet", "meets", "met")):
            return True  # ("Figueiredo Lemos received Japan's Minister of Agriculture, Takeshi Hamaguchi": the guest;
            # "She will meet Mr Sethi during the round": whom she meets)
        if root.dep_ in ("appos", "compound", "flat") and root.head.i != root.i:
            root = root.head  # ("the Minister of Commerce, Ku": the title the name is set beside)
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i:
            root = root.head.head  # (the parse may set the name beside the title's last "of": "... of China, Gu")
        else:
            return False
    return False


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    return any(doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(start, end)) or \
        (doc[end - 1].head.dep_ in ("nsubj", "nsubjpass") and doc[end - 1].dep_ in ("compound", "appos", "flat"))


def _country_words(lex: Lexicon, words: set[str]) -> set[str]:
    return {w for w in words if lex.country_of(w)}


def _age_word(tok) -> bool:
    """Is the token part of an age written before a noun ("44-year-old", "54 year old")?"""
    doc = tok.doc
    window = doc[max(0, tok.i - 4):min(len(doc), tok.i + 5)].text.lower()
    return bool(re.search(r"\d+[- ]year[- ]old", window)) and (
        tok.like_num or tok.lower_ in ("year", "old", "-", "years"))
