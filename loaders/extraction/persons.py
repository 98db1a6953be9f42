"""Find the people an article names and group their mentions.

The statistical model finds most full names but often mislabels a bare
surname ("Lutnick" as a place, "Ishiba" as an organization). So people are
found from three kinds of evidence, then grouped:

1. ``PERSON`` entities (the model's and the lexicon's);
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

from loaders.extraction.datelines import agencies, datelines
from loaders.extraction.lexicon import Lexicon
from loaders.extraction.sentences import doc_text, sentence_start
from loaders.extraction.text import fold

_BYLINE = re.compile(r"^\s*(?:by|reporting by|written by|writing by|edited by|editing by|additional reporting by)\s", re.I)
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}

@dataclass
class PersonCluster:
    """All mentions of one person in one article."""

    name: str
    forms: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)  # token offsets of each mention
    canonical: str | None = None
    country: str | None = None

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    @property
    def first(self) -> int:
        return min(start for start, _ in self.spans)


@dataclass
class PersonIndex:
    clusters: list[PersonCluster] = field(default_factory=list)
    by_token: dict[int, PersonCluster] = field(default_factory=dict)

    def at(self, i: int) -> PersonCluster | None:
        return self.by_token.get(i)

    def span_at(self, i: int) -> tuple[int, int] | None:
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

    def named(self, name: str) -> PersonCluster | None:
        key = fold(name)
        for cluster in self.clusters:
            if key in {fold(f) for f in cluster.forms} or key == fold(cluster.name):
                return cluster
        return None


def _joins_hyphenated(doc: Doc, k: int) -> bool:
    """Is token ``k`` a hyphen inside one word ("Okonjo-Iweala")?"""
    return (0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k].whitespace_
            and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha)


def _hyphenated_start(doc: Doc, i: int) -> int:
    """First token of the hyphenated word that ends at token ``i``."""
    while i >= 2 and _joins_hyphenated(doc, i - 1) and doc[i - 2].text[:1].isupper():
        i -= 2
    return i


def _hyphenated_end(doc: Doc, i: int) -> int:
    """End (exclusive) of the hyphenated capitalized word starting at token ``i``."""
    end = i + 1
    while end + 1 < len(doc) and _joins_hyphenated(doc, end) and doc[end + 1].text[:1].isupper():
        end += 2
    return end


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    return any(doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(start, end))


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines written in Title Case (headlines, section heads).

    The model reads capitalized headline words as names ("Trump May
    Fast-Track"), so names there are trusted only when the body confirms them.
    """
    ranges = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line)]
        if len(words) >= 3 and not line.rstrip().endswith((".", ".\u201d", '."')):
            caps = sum(1 for w in words if w[0].isupper())
            if caps / len(words) >= 0.7:
                ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def byline_lines(text: str) -> list[tuple[int, int]]:
    ranges = []
    pos = 0
    for line in text.split("\n"):
        if _BYLINE.match(line) and len(line) < 160:
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def _inside(ranges: list[tuple[int, int]], char: int) -> bool:
    return any(start <= char < end for start, end in ranges)


class PersonFinder:
    """Finds and clusters person mentions in a parsed article."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.honorifics = {h.lower().rstrip(".") for h in lexicon.honorifics}

    # ---- token tests -----------------------------------------------------
    def is_title_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.lex.heads or w in self.lex.domain_words or (w in self.lex.modifiers and w not in self.lex.name_particles)

    def _namelike(self, tok, in_name: bool = False) -> bool:
        """Could this token be part of a person's name? Inside a longer name
        the model tagged, pronoun-like words are allowed ("He Lifeng", "Liu He")."""
        text = tok.text
        if tok.like_num or any(ch.isdigit() for ch in text) or not text[:1].isalpha():
            return False
        if not text[0].isupper():
            return False
        low = text.lower()
        if low in self.lex.institution_words:
            return False
        if in_name and tok.ent_type_ == "PERSON" and low in self.lex.pronoun_names:
            return True
        return low not in self.lex.not_names

    def _not_a_name(self, text: str) -> bool:
        """True for strings that are countries, organizations or titles."""
        key = fold(text)
        if not key:
            return True
        if self.lex.country_of(text) or key in self.lex.org_forms:
            return True
        words = text.replace("-", " ").split()
        if all(self.is_title_word(w) or w.lower() in self.honorifics for w in words):
            return True
        return False

    # ---- candidates ------------------------------------------------------
    def clean(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Trim honorifics, titles and possessives off a candidate name span."""
        # cut at a possessive ("Elon Musk's Tesla" -> "Elon Musk")
        for i in range(start, end):
            if doc[i].text in _POSSESSIVE or doc[i].text.endswith(("'s", "\u2019s")) and i > start:
                end = i
                break
        for i in range(end - 2, start - 1, -1):
            if doc[i].lower_ in self.lex.heads and (doc[i].is_upper or doc[i].is_title or doc[i].is_lower):
                start = i + 1  # "Halcyon Semiconductor CEO Priya Raman" -> "Priya Raman"
                break
        while start < end and (
            doc[start].text.lower().rstrip(".") in self.honorifics
            or self.is_title_word(doc[start].text)
            or doc[start].text in self.lex.parties
            or doc[start].is_punct
            or doc[start].lower_ in ("the", "a", "an")
            or (doc[start].ent_type_ in ("GPE", "NORP") and end - start > 1 and self.lex.country_of(doc[start].text))
        ):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if start >= end or end - start > 5:
            return None
        tokens = doc[start:end]
        if all(t.is_upper and len(t.text) > 1 for t in tokens if t.is_alpha):
            return None  # "SAN JOSE": a dateline or headline in capitals
        for tok in tokens:
            if tok.is_space or tok.text in ("\n",) or "\n" in tok.text:
                return None
            if tok.text.lower() in self.lex.name_particles or tok.text in ("-", "."):
                continue
            if tok.i > start and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and tok.is_alpha:
                continue  # second part of a hyphenated given name ("Ji-won")
            if not self._namelike(tok, in_name=end - start > 1) and not (
                    tok.text[:1].isupper() and tok.text.endswith(".") and len(tok) <= 3):
                return None
        if tokens[0].text.lower() in self.lex.name_particles and end - start == 1:
            return None
        if self._not_a_name(tokens.text):
            return None
        return start, end

    def candidates(self, doc: Doc) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                span = self.clean(doc, self._back_through_particles(doc, ent.start),
                                  self._through_particles(doc, ent.end))
                if span:
                    found.append((*span, "ner"))
        for tok in doc:
            word = tok.text.lower().rstrip(".")
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            seed = word in self.honorifics or (tok.lower_ in self.lex.heads and (
                tok.is_title or tok.is_upper or (nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B")))
            if not seed:
                continue
            j = tok.i + 1
            while j < len(doc) and doc[j].text.lower().rstrip(".") in self.honorifics and doc[j].is_title:
                j += 1
            k = j
            # after "Mr", "Ms", "Sir"... the capitalized words are a name whatever
            # the model labelled them; after a title, not if they are a place
            blocked = ("DATE",) if word in self.honorifics and tok.lower_ not in self.lex.heads \
                else ("GPE", "ORG", "NORP", "DATE", "LOC")
            while k < len(doc) and sum(1 for t in doc[j:k] if t.text != "-") < 4 and (
                (self._namelike(doc[k]) and doc[k].ent_type_ not in blocked and not doc[k].ent_id_)
                or (k > j and _joins_hyphenated(doc, k) and self._namelike(doc[k + 1]))
                or (doc[k].ent_type_ == "PERSON")
                or (doc[k].text.lower() in self.lex.name_particles and k + 1 < len(doc)
                    and (doc[k + 1].is_title or doc[k + 1].text.lower() in self.lex.name_particles))
            ):
                k += 1
            if k > j:
                span = self.clean(doc, j, k)
                if span:
                    found.append((*span, "title"))
        found.extend(self._before_appositive_title(doc))
        for tok in doc:
            if tok.lower_ not in self.lex.speech_verbs:
                continue
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PROPN" and self._namelike(child):
                    left = _hyphenated_start(doc, child.i)
                    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i in range(left, child.i + 1) \
                            and self._namelike(doc[left - 1]):
                        left = _hyphenated_start(doc, left - 1)
                    if left > 0 and (doc[left - 1].lower_ in ("the", "a", "an") or (
                            left > 1 and doc[left - 1].ent_type_ in ("GPE", "NORP")
                            and doc[left - 2].lower_ in ("the", "a", "an"))):
                        continue  # "The U.S. Embassy said": a name takes no article
                    span = self.clean(doc, left, child.i + 1)
                    if span and not (doc[span[0]].ent_type_ in ("GPE", "ORG", "NORP") and self.lex.country_of(doc[span[0]:span[1]].text)):
                        if doc[span[0]:span[1]].text not in self.lex.org_forms and not self._known_org(doc, span):
                            found.append((*span, "speaker"))
        return found

    def _before_appositive_title(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Names the model missed that an appositive title or "who" follows:
        "Le Minh Chau, a trade lawyer in Ho Chi Minh City", "Pham Thi Ngoc,
        who heads ..." (two to four capitalized words the model left
        unlabelled or took for a facility or other non-place thing)."""
        found = []
        for comma in doc:
            if comma.text != ",":
                continue
            end = start = comma.i
            while start > 0 and end - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].is_alpha and not doc[start - 1].ent_id_ \
                    and doc[start - 1].ent_type_ in ("", "FAC", "LOC", "WORK_OF_ART", "PRODUCT"):
                start -= 1
            if end - start < 2:
                continue
            k = end + 1
            if k < len(doc) and doc[k].lower_ == "who":  # "Pham Thi Ngoc, who heads ...": only people are "who"
                span = self.clean(doc, start, end)
                if span:
                    found.append((*span, "appositive"))
                continue
            if k < len(doc) and doc[k].lower_ in ("a", "an", "the"):
                k += 1
            words = 0
            while k < len(doc) and words < 2 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in self.lex.heads:
                k += 1
                words += 1
            if k < len(doc) and doc[k].is_lower and doc[k].lower_ in self.lex.heads:
                span = self.clean(doc, start, end)
                if span:
                    found.append((*span, "appositive"))
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
        return end

    def _back_through_particles(self, doc: Doc, start: int) -> int:
        """Extend a name cut short after its particles ("Berg" <- "Ines van der")."""
        k = start
        while k > 0 and doc[k - 1].text.lower() in self.lex.name_particles:
            k -= 1
        if k < start and k > 0 and self._namelike(doc[k - 1]) and not doc[k - 1].ent_id_ \
                and doc[k - 1].ent_type_ not in ("GPE", "DATE"):
            return k - 1
        return start

    def _known_org(self, doc: Doc, span: tuple[int, int]) -> bool:
        ent = doc[span[0]].ent_type_
        return ent == "ORG" and doc[span[0]].ent_id_ != "" and doc[span[0]].ent_id_ in self.lex.organizations

    # ---- clustering ------------------------------------------------------
    def find(self, doc: Doc, quote_ranges: list[tuple[int, int]] | None = None) -> PersonIndex:
        text = doc_text(doc)
        heads = headline_lines(text)
        bylines = byline_lines(text)
        quotes = quote_ranges or []
        bylines = bylines + datelines(doc)
        credited = agencies(doc)
        raw = [c for c in self.candidates(doc) if not _inside(bylines, doc[c[0]].idx)
               and fold(doc[c[0]:c[1]].text) not in credited]
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

        index = PersonIndex()
        # one word, even when the tokenizer split it at a hyphen ("Okonjo-Iweala")
        multi = [m for m in mentions if len(doc[m[0]:m[1]].text.split()) > 1]
        single = [m for m in mentions if len(doc[m[0]:m[1]].text.split()) == 1]
        for s, e, _ in multi:
            name = doc[s:e].text
            cluster = self._match_full(index, name)
            if cluster is None:
                cluster = PersonCluster(name=name)
                index.clusters.append(cluster)
            elif len(name) > len(cluster.name):
                cluster.name = name
            cluster.forms.add(name)
            cluster.spans.append((s, e))
        for s, e, src in single:
            word = doc[s:e].text
            cluster = self._match_part(index, word, s)
            if cluster is None:
                inside_quote = _inside(quotes, doc[s].idx)
                if inside_quote and src != "speaker":
                    continue
                if src == "ner" and self._place_like(doc[s]) and fold(word) not in self.lex.people_forms:
                    continue
                cluster = PersonCluster(name=word)
                index.clusters.append(cluster)
            cluster.forms.add(word)
            cluster.spans.append((s, e))
        self._add_bare_mentions(doc, index, taken)
        for cluster in index.clusters:
            cluster.spans.sort()
            for s, e in cluster.spans:
                for i in range(s, e):
                    index.by_token[i] = cluster
            known = self.lex.people_forms.get(fold(cluster.name))
            if known:
                cluster.canonical = known
                cluster.country = self.lex.people[known].country
        index.clusters.sort(key=lambda c: c.first)
        return index

    @staticmethod
    def _place_like(tok) -> bool:
        """A lone word governed by "in", "at", "near"…: a place the model took for a name."""
        head = tok.head
        return tok.dep_ == "pobj" and head.lower_ in ("in", "at", "near", "from", "to", "into", "outside", "inside")

    def _match_full(self, index: PersonIndex, name: str) -> PersonCluster | None:
        words = [fold(w) for w in name.split() if w.lower() not in self.lex.name_particles]
        for cluster in index.clusters:
            theirs = [fold(w) for w in cluster.name.split() if w.lower() not in self.lex.name_particles]
            if not words or not theirs:
                continue
            # "Donald J. Trump" ~ "Donald Trump": same first and last word
            if words[0] == theirs[0] and words[-1] == theirs[-1]:
                return cluster
        return None

    def _match_part(self, index: PersonIndex, word: str, position: int) -> PersonCluster | None:
        key = fold(word)
        best, best_pos = None, -1
        for cluster in index.clusters:
            parts = [fold(w) for w in cluster.name.split()]
            if len(parts) < 2:
                continue
            last_parts = fold(cluster.name.split()[-1]).split()  # "Vasquez-Rauch" -> vasquez, rauch
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
        for tok in doc:
            if tok.i in taken or not tok.is_title or tok.ent_type_ == "PERSON":
                continue
            if tok.pos_ in ("PRON", "DET", "ADP") or tok.lower_ in self.lex.not_names or tok.lower_ in self.lex.pronoun_names:
                continue  # "He" opening a sentence is not He Lifeng
            end = _hyphenated_end(doc, tok.i)
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
            cluster.spans.append((tok.i, tok.i + 1))
            cluster.forms.add(tok.text)
            taken.add(tok.i)
