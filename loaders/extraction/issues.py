"""Trade issues from the taxonomy, matched as whole words in the text.

An issue counts when one of its terms appears, when two of its weak terms
do (words like "duties" or "deficit" that often mean something else), or when
a pair of its ``near`` words stands close in one sentence ("access for our
sesame in the Indian market"). A weak term written in capitals inside a
sentence is part of a name or title ("Ministry of Industry, Energy and
Mining") and does not count; nor does a term in capitals listed with other
portfolios of one name ("the Ministry of Investment, Trade and Industry",
"Vietnam National Coal and Mineral Industries Group", a law firm's "International
Trade & Sanctions" practice): the body is named, its subject is not discussed. Each
match remembers its sentence, so quotes and actors can be tied to the issues
discussed next to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from loaders.extraction.lexicon import Lexicon
from loaders.extraction.sentences import STORY_TOKENS, sentence_of, sentence_start
from loaders.extraction.text import fold

WEAK_SUFFIX = "#weak"
NEAR_WINDOW = 12  # tokens
IGNORE = "#ignore"
# words that join the parts of a name ("Ministry of Investment, Trade and Industry")
NAME_JOINERS = frozenset({"of", "and", "&", "for", ",", "-"})
LIST_JOINERS = frozenset({"and", "&", ","})


@dataclass
class IssueHits:
    """Matches per issue: token spans, and which sentences they fall in."""

    spans: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    weak: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))

    weak_needed: dict[str, int] = field(default_factory=dict)  # issue -> weak terms it takes, where not 2

    def discussed(self) -> list[str]:
        """Issues the article discusses, in order of first mention: any strong term,
        or a weak term seen at least twice (one "duty" alone is not a tariff story; some issues take more,
        ``weak_needed``)."""
        ids = [i for i, s in self.spans.items() if s]
        ids += [i for i, s in self.weak.items() if len(s) >= self.weak_needed.get(i, 2) and i not in ids]
        return sorted(ids, key=lambda i: min((s for s, _ in self.spans.get(i) or self.weak[i])))

    def all_spans(self, issue_id: str) -> list[tuple[int, int]]:
        """Every matched span of one issue, strong and weak, for placing quotes' issues."""
        return sorted(self.spans.get(issue_id, []) + self.weak.get(issue_id, []))


class IssueMatcher:
    """Finds the taxonomy's terms as whole words, case-insensitively, so issue
    coverage grows by editing ``issues.yaml`` rather than code."""

    def __init__(self, nlp: Language, lexicon: Lexicon):
        self.lex = lexicon
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for issue in lexicon.issues.values():
            self.matcher.add(issue.id, [nlp.make_doc(t) for t in issue.terms])
            if issue.weak_terms:
                self.matcher.add(issue.id + WEAK_SUFFIX, [nlp.make_doc(t) for t in issue.weak_terms])
        if lexicon.issue_ignore:
            self.matcher.add(IGNORE, [nlp.make_doc(t) for t in lexicon.issue_ignore])
        self.terms = {t.lower() for issue in lexicon.issues.values() for t in issue.terms}
        # every term, weak ones too: a name that is one of them is no person's or body's ("Farmers", "Lithium")
        self.all_terms = self.terms | {t.lower() for issue in lexicon.issues.values() for t in issue.weak_terms}
        # issue -> the weak terms it takes where not two (issues.yaml ``weak_needed``), for ``IssueHits.discussed``
        self.weak_needed = {issue.id: issue.weak_needed for issue in lexicon.issues.values() if issue.weak_needed != 2}
        # "access" -> [("market_access", "market"), ...]: the near pairs by their first word, for one pass per article
        self.near: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for issue in lexicon.issues.values():
            for first, second in issue.near:
                self.near[first].append((issue.id, second))

    def find(self, doc: Doc) -> IssueHits:
        """The issue terms in a parsed article; a term inside a longer one counts once
        and ignore-phrases ("bargaining chip") count never."""
        hits = IssueHits()
        taken: dict[int, tuple[int, int]] = {}  # token -> the match span that took it
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        for match_id, start, end in matches:
            # a shorter term inside a longer one does not count twice, but one
            # phrase may signal two issues ("non-tariff barriers")
            if any(taken.get(i, (start, end)) != (start, end) for i in range(start, end)):
                continue
            label = self.matcher.vocab.strings[match_id]
            for i in range(start, end):
                taken[i] = (start, end)
            if label == IGNORE:
                continue
            if end - start == 1 and doc[start].lower_ in self.lex.amount_units and start > 0 \
                    and (doc[start - 1].like_num or doc[start - 1].lower_ in _NUMBER_WORDS):
                continue  # "more than 30 billion yen a year": an amount
            capitalised = doc[start].text[:1].isupper() and not doc[start].is_sent_start
            if capitalised and (label.endswith(WEAK_SUFFIX) or _inside_a_name(doc, start, end, self.lex, self.terms)
                                or end - start >= 2 and end < len(doc) and doc[end].is_title
                                and self.lex.is_org_head(doc[end].lower_) and doc[end - 1].text[:1].isupper()):
                continue  # "Minister of Industry, Energy and Mining", "the Foreign Exchange Office": a name's words,
                # not the issue
            if _names_a_portfolio(doc, start, end):
                continue  # "Vietnam's agriculture ministry said": whose body speaks, not what it speaks of
            if label.endswith(WEAK_SUFFIX):
                hits.weak[label[: -len(WEAK_SUFFIX)]].append((start, end))
            else:
                hits.spans[label].append((start, end))
        for issue_id, start in self._near(doc):
            hits.spans[issue_id].append((start, start + 1))
        for issue_id, start, end in self._around_names(doc, hits):
            if not any(a < end and start < b for a, b in hits.spans.get(issue_id, [])):
                hits.spans[issue_id].append((start, end))  # (once: "dairy access into Europe")
        hits.weak_needed = self.weak_needed
        for issue_id, spans in list(hits.spans.items()):
            if len(spans) == 1 and not hits.weak.get(issue_id) and self.lex.issues[issue_id].in_passing_late \
                    and len(doc) >= STORY_TOKENS and spans[0][0] >= len(doc) // 2 \
                    and not _states_money(_with_sentence_before(doc, spans[0][0])):
                del hits.spans[issue_id]  # "... to take a final investment decision by mid-year", once, late (not
                # "TSMC will invest a further $100 billion in Arizona", or a sum in the sentence before: the news)
        once = [issue_id for issue_id, spans in hits.spans.items()
                if len(spans) == 1 and not hits.weak.get(issue_id) and self.lex.issues[issue_id].goods]
        if once:
            # the words of the other issues (measures, disputes, access): a list of goods in a sentence that names
            # one ("duties on cars, machinery and wine", "exempt from the tariffs") is the measure's subject
            measures = {i for found in (hits.spans, hits.weak) for issue_id, spans in found.items()
                        if not self.lex.issues[issue_id].goods for start, end in spans for i in range(start, end)}
            for issue_id in once:
                if _listed_in_passing(doc, *hits.spans[issue_id][0], measures):
                    del hits.spans[issue_id]  # "textiles, furniture and steel products": once, in passing
        return hits

    def _around_names(self, doc: Doc, hits: IssueHits) -> list[tuple[str, int, int]]:
        """(issue, start, end) of each issue's ``before_country`` words right before a country's or a region's name,
        in a sentence about goods (issues.yaml ``trade_words``, or a term of a kind of goods): "exporters lost
        access to China", "access to the United Kingdom for beef"; not "access to U.S. technology" nor "access to
        Ukraine's nuclear plant" (a noun's country), nor "students' access to the United Kingdom". And each
        issue's ``after_goods`` word right after a term of the goods issues it names ("beef access", "dairy
        access"; not "car access to the terminals")."""
        found = []
        goods = {i for issue_id, spans in list(hits.spans.items()) + list(hits.weak.items())
                 if self.lex.issues[issue_id].goods for start, end in spans for i in range(start, end)}
        ends = {(issue_id, end) for issue_id, spans in list(hits.spans.items()) + list(hits.weak.items())
                for _, end in spans}
        for issue in self.lex.issues.values():
            for phrase in issue.before_country:
                words = phrase.split()
                for tok in doc:
                    end = tok.i + len(words)
                    if end >= len(doc) or [t.lower_ for t in doc[tok.i:end]] != words:
                        continue
                    k = end + 1 if doc[end].lower_ == "the" else end
                    if not any((fold(doc[k:k + n].text) in self.lex.country_forms or doc[k:k + n].text in self.lex.region_names)
                               and not (k + n < len(doc) and (doc[k + n].pos_ in ("NOUN", "PROPN", "PART")
                                                             or doc[k + n].text in ("'", "\u2019")))
                               for n in (1, 2, 3) if k + n <= len(doc)):
                        continue
                    sentence = sentence_of(doc, tok.i)
                    if any(t.i in goods or t.lower_ in self.lex.trade_words for t in sentence):
                        found.append((issue.id, tok.i, end))
            for word, issue_ids in issue.after_goods.items():
                found += [(issue.id, end, end + 1) for issue_id, end in sorted(ends)
                          if issue_id in issue_ids and end < len(doc) and doc[end].lower_ == word]
        return found

    def _near(self, doc: Doc) -> list[tuple[str, int]]:
        """(issue, token) where a ``near`` pair of the issue starts: its second word
        follows within ``NEAR_WINDOW`` tokens of the same sentence; one per issue and token."""
        found = []
        for tok in doc:
            pairs = self.near.get(tok.lower_)
            if not pairs:
                continue
            sent_end = sentence_of(doc, tok.i).end  # (``Token.sent`` walks every sentence on each call)
            after = {doc[j].lower_ for j in range(tok.i + 1, min(sent_end, tok.i + 1 + NEAR_WINDOW))}
            for issue_id in dict.fromkeys(issue_id for issue_id, second in pairs if second in after):
                found.append((issue_id, tok.i))
        return found


_NUMBER_WORDS = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn"})


def _with_sentence_before(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i`` and the one before it."""
    sentence = sentence_of(doc, i)
    return doc[sentence_start(doc, max(0, sentence.start - 1)):sentence.end]


def _states_money(span: Span) -> bool:
    """Does the span state a sum of money ("$5.8bn", "200 billion dollars", "EUR 3 million")?"""
    return any(t.ent_type_ == "MONEY" or t.text in ("$", "€", "£", "¥") or t.lower_ in _NUMBER_WORDS for t in span)


_PORTFOLIO_HOLDERS = frozenset({"ministry", "ministries", "department"})


def _listed_in_passing(doc: Doc, start: int, end: int, measures: set[int]) -> bool:
    """Is ``doc[start:end]`` one item of a list of three or more goods or sectors ("most of them for textiles,
    furniture and steel products", "minerals vital to electric vehicles, wind turbines and defense equipment")?
    Named once so, a kind of goods is an example, not what the story is about. Not when the sentence names a
    measure or another issue (token in ``measures``: "import duties on cars, machinery and wine", "would be exempt
    from the tariffs", "market access for rice, cars and services"), whose subjects the goods are; nor when the word
    names the makers of the goods ("carmakers Volkswagen, BMW and Mercedes", "automakers, suppliers and dealers"),
    who act in the story. The list is read from the words themselves (nouns and their modifiers between commas and
    one "and" or "or"): the parse of such lists varies too much to count its conjuncts."""
    word = doc[end - 1].lower_
    example = _after_example_cue(doc, start)
    if end < len(doc) and doc[end].pos_ == "PROPN" or word.endswith(("maker", "makers", "ers")) and (
            doc[end - 1].dep_ in ("nsubj", "nsubjpass") or not example and not _in_list_of_makers(doc, start, end)):
        return False
    sent = sentence_of(doc, start)
    if any(i in measures for i in range(sent.start, sent.end)):
        return False
    if example:
        return True  # "downstream users, such as the automotive and machinery industries": an example
    first = start
    while first - 1 >= sent.start and (_list_word(doc[first - 1]) or _list_separator(doc[first - 1])):
        first -= 1
    last = end  # one past the list's last word
    while last < sent.end and (_list_word(doc[last]) or _list_separator(doc[last])):
        last += 1
    while first < start and _list_separator(doc[first]):
        first += 1
    while last > end and _list_separator(doc[last - 1]):
        last -= 1
    separators = [t for t in doc[first:last] if _list_separator(t)]
    items = 1 + sum(1 for i, t in enumerate(separators)
                    if not (t.lower_ in ("and", "or") and i and separators[i - 1].i == t.i - 1))  # ", and" is one
    return items >= 3 and any(t.text == "," for t in separators) and any(t.lower_ in ("and", "or") for t in separators)


def _after_example_cue(doc: Doc, start: int) -> bool:
    """Does "such as", "like" or "including" stand right before the term (a list's words and "the" between)?"""
    k = start - 1
    while k >= 0 and start - k <= 4 and (doc[k].lower_ == "the" or _list_word(doc[k]) or _list_separator(doc[k])) \
            and doc[k].lower_ not in ("like", "including"):
        k -= 1
    return k >= 0 and (doc[k].lower_ in ("like", "including") or doc[k].lower_ == "as" and k >= 1
                       and doc[k - 1].lower_ == "such")


def _in_list_of_makers(doc: Doc, start: int, end: int) -> bool:
    """Is the makers' word one of a list of makers and firms that is no sentence's subject ("the supply chains of
    carmakers, chipmakers and defence firms"): examples of who depends on something, not who acts?"""
    sent = sentence_of(doc, start)
    k = end
    while k < sent.end and (_list_word(doc[k]) or _list_separator(doc[k])):
        k += 1
    listed = doc[start:k]
    return sum(1 for t in listed if t.lower_.endswith(("makers", "firms", "companies", "producers"))) >= 2 \
        and any(t.text == "," for t in listed) and not any(t.dep_ in ("nsubj", "nsubjpass") for t in listed) \
        and start >= 1 and doc[start - 1].lower_ == "of"


def _list_word(tok) -> bool:
    """A word of a listed item: a noun, a name, or what modifies one ("auto parts", "high-tech equipment")."""
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.dep_ in ("amod", "compound") \
        or (tok.text == "-" and not tok.whitespace_)


def _list_separator(tok) -> bool:
    return tok.text == "," or tok.lower_ in ("and", "or")


def _names_a_portfolio(doc: Doc, start: int, end: int) -> bool:
    """Is the term the portfolio of a body ("the agriculture ministry", "Ministry of Agriculture")? Not of a post:
    "agriculture ministers agreed to ..." discuss their portfolio."""
    if end < len(doc) and doc[end].lower_ in _PORTFOLIO_HOLDERS:
        return True
    return start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_ in _PORTFOLIO_HOLDERS


def _inside_a_name(doc: Doc, start: int, end: int, lex: Lexicon, terms: set[str]) -> bool:
    """Whether the capitalised term ``doc[start:end]`` is one of a list of
    capitalised words joined by "and", "&" or a comma, inside one name the model read as a body's: a
    portfolio among several in a body's name ("Ministry of Investment, Trade and
    Industry", "Mineral and Coal", a practice called "International Trade &
    Sanctions"), which says nothing of what the story discusses. A name with one
    subject ("the Ministry of Agriculture", "the Dialogue on Deforestation-Free
    Supply Chains") still does."""
    if end - start == 1 and doc[start].is_upper and len(doc[start]) <= 4:
        return False  # ("American LNG and LPG": goods' initials)
    if doc[start].ent_type_ != "ORG" and not _body_or_title_around(doc, start, end, lex, terms):
        return False  # ("Steel, Aluminium and Copper": goods, no body's name)
    i = start - 1
    while _joiner(doc, i):
        i -= 1
    if _name_word(doc, i) and LIST_JOINERS & {t.lower_ for t in doc[i + 1:start]}:
        return True
    j = end
    while _joiner(doc, j):
        j += 1
    return _name_word(doc, j) and not doc[j].is_sent_start and bool(LIST_JOINERS & {t.lower_ for t in doc[end:j]})


def _body_or_title_around(doc: Doc, start: int, end: int, lex: Lexicon, terms: set[str]) -> bool:
    """Do the capitalised words around ``doc[start:end]`` (through "of", "and", commas) hold a body's or a
    title's word ("... National Coal and Mineral Industries Group", "Director General of Mineral and Coal"),
    other than an issue's own term ("Steel, Aluminium and Copper" are goods)?"""
    i, j = start - 1, end
    while (_joiner(doc, i) or _name_word(doc, i)) and start - i <= 8:
        i -= 1
    while (_joiner(doc, j) or _name_word(doc, j)) and j - end <= 8:
        j += 1
    return any(lex.is_org_head(t.lower_) or t.lower_ in lex.heads for t in doc[i + 1:j]
               if t.is_alpha and t.lower_ not in terms)


def _name_word(doc: Doc, i: int) -> bool:
    """Is token ``i`` a capitalised word (a name's word, inside a sentence)?"""
    return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()


def _joiner(doc: Doc, i: int) -> bool:
    """Is token ``i`` one of the words that join a name's parts ("of", "and", a comma)?"""
    return 0 <= i < len(doc) and doc[i].lower_ in NAME_JOINERS
