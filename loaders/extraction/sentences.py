"""Sentence lookup by token, in logarithmic time.

spaCy's ``Token.sent`` walks the document's sentences on every call, which
made sentence lookups the most expensive part of extraction. The boundaries
are computed once per document here and cached on the ``Doc``.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import wraps

from spacy.tokens import Doc, Span

from loaders.extraction.model import Evidence

_KEY = "tradegraph_sentence_starts"
# a text this long is a story, with a first and a second half and people it introduces (not a sentence or two):
# rules that read how a story is built ask for it
STORY_TOKENS = 120


def _starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get(_KEY)
    if starts is None:
        starts = [sent.start for sent in doc.sents] or [0]
        doc.user_data[_KEY] = starts
    return starts


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``."""
    starts = _starts(doc)
    k = bisect_right(starts, i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[starts[k]:end]


def sentence_start(doc: Doc, i: int) -> int:
    """Index of the first token of the sentence holding token ``i``."""
    starts = _starts(doc)
    return starts[bisect_right(starts, i) - 1]


def opening_token(doc: Doc, start: int, end: int) -> int:
    """The first token from ``start`` (before ``end``) that is no whitespace and no opening quotation mark: the word
    a sentence opens on ("According to X, ...", a name opening a paragraph); ``end`` when there is none."""
    k = start
    while k < end and (doc[k].is_space or doc[k].text in ('"', "\u201c")):
        k += 1
    return k


def once_per_doc(key: str):
    """Cache what a function finds in an article on the ``Doc`` under ``key``: several extraction steps ask for the
    same lines or spans (datelines, short forms, names of bodies), which are found once. The ``Doc`` is the
    function's last argument; the others (the lexicon) are the same for every call on one ``Doc``. An answer of None
    is kept too."""
    def decorate(find):
        @wraps(find)
        def cached(*args):
            doc = args[-1]
            if key not in doc.user_data:
                doc.user_data[key] = find(*args)
            return doc.user_data[key]
        return cached
    return decorate


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from the tokens on every access, cached."""
    text = doc.user_data.get("tradegraph_text")
    if text is None:
        text = doc.text
        doc.user_data["tradegraph_text"] = text
    return text


def sentence_evidence(doc: Doc, sent: Span) -> Evidence:
    """A sentence as evidence: its text without surrounding whitespace, with
    the offsets that text has in the article (``text[start:end]``)."""
    text = doc_text(doc)
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(sentence=text[start:end], start=start, end=end)
