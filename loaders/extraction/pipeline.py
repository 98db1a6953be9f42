"""The extractor: runs the steps over each parsed article and assembles facts.

Order matters and is fixed here: quotation spans (so names seen only inside
quotes are not over-trusted), people, organizations, roles (which need both),
quote attribution (which needs roles to resolve "the German Chancellor said"),
issues, then engagements that tie actors to the issues discussed with them.
Every step is a plain object over a spaCy ``Doc`` and can be tested alone.
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from loaders.articles import Article
from loaders.errors import ExtractionError
from loaders.extraction.issues import IssueHits, IssueMatcher
from loaders.extraction.lexicon import Lexicon, default_lexicon
from loaders.extraction.model import (
    Engagement,
    Evidence,
    Extraction,
    IssueMention,
    Organization,
    Person,
    Quote,
    Role,
)
from loaders.extraction.nlp import build_pipeline
from loaders.extraction.organizations import OrgIndex, OrganizationFinder, acts, part_of, written_form
from loaders.extraction.datelines import (HEAD_CHARS, agency_home_country, home_country, issuer_country,
                                          paper_home_country, place_text, place_texts)
from loaders.extraction.event_dates import parse_published
from loaders.extraction.events import EventFinder
from loaders.extraction.references import References
from loaders.extraction.sides import person_sides
from loaders.extraction.persons import PersonCluster, PersonFinder, PersonIndex
from loaders.extraction.quotes import MIN_WORDS, QuoteAttributor, find_quote_spans, remember_quote_ranges, word_count
from loaders.extraction.roles import RoleFinder
from loaders.extraction.sentences import doc_text, sentence_evidence, sentence_of
from loaders.extraction.text import clean_space, fold
from loaders.readers.dates import text_published


def evidence_at(doc: Doc, token_index: int) -> Evidence:
    """The sentence holding token ``token_index``, with its offsets."""
    return sentence_evidence(doc, sentence_of(doc, token_index))


class Extractor:
    """Extracts trade-actor facts from articles. Load once, reuse: building
    the pipeline takes about a second, extracting an article milliseconds."""

    def __init__(self, lexicon: Lexicon | None = None, model: str | None = None, issues_file: str | None = None):
        self.lexicon = lexicon or default_lexicon(issues_file)
        self.nlp = build_pipeline(self.lexicon, model)
        self.issue_matcher = IssueMatcher(self.nlp, self.lexicon)
        self.person_finder = PersonFinder(self.lexicon, self.issue_matcher.all_terms)
        self.org_finder = OrganizationFinder(self.lexicon, self.issue_matcher.all_terms)
        self.role_finder = RoleFinder(self.lexicon)
        self.event_finder = EventFinder(self.lexicon)

    # ---- public API --------------------------------------------------------
    def extract(self, article: Article) -> Extraction:
        """Extract one article (parses it, then ``from_doc``)."""
        return self.from_doc(self.nlp(article.text), article)

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction | ExtractionError]:
        """Extract a stream of articles, batching the NLP; an article that
        fails yields an ``ExtractionError`` and the stream goes on."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            try:
                yield self.from_doc(doc, article)
            except Exception as exc:  # one article must not end a long run; the error names it
                yield ExtractionError(article.source or article.id, f"extraction failed ({type(exc).__name__}: {exc})")

    # ---- assembly ------------------------------------------------------------
    def from_doc(self, doc: Doc, article: Article) -> Extraction:
        """Run every extraction step over a parsed article and assemble the result;
        the steps run in the order each needs the previous ones."""
        quote_spans = find_quote_spans(doc_text(doc), self.lexicon.speech_verbs)
        persons = self.person_finder.find(doc, remember_quote_ranges(doc, quote_spans))
        # (Ernesto "Ka Erning" Villanueva: a nickname's marks inside a name are no quotation)
        names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        quote_spans = [q for q in quote_spans if not any(a < q.start and q.end < b for a, b in names)]
        dateline_country = self._dateline_country(doc)
        # (a translated story without a dateline: its bare posts are its paper's country's; a dateline's country
        # stands, the paper's reporter writing from there: "BEIJING - Commerce Minister X" in a Vietnamese paper)
        home = dateline_country or home_country(doc_text(doc), self.lexicon.place_country,
                                                self.lexicon.press_language_country) \
            or issuer_country(doc_text(doc), self.lexicon.address_styles)  # ("Senator the Hon X" heading a release)
        # ("(Australian Associated Press)" under the byline: a weaker sign, which a post its country has no body for
        # gives way to)
        credited = agency_home_country(doc_text(doc), self.lexicon.home_agencies) \
            or paper_home_country(doc_text(doc), self.lexicon.media_country) if home is None else None
        home = home or credited
        orgs = self.org_finder.find(doc, persons, home)
        # (a person the model found inside a body's name that closes on a kind of body: "Pilipino Banana Growers
        # and Exporters Association")
        persons.drop_inside([(m.start, m.end) for e in orgs.entities.values() for m in e.mentions
                             if self.lexicon.is_org_head(doc[m.end - 1].lower_)])
        # (a body in brackets right after a person's name: "federal MP Caroline Dethier (Les Engagés)", her party)
        persons.drop_inside([(m.start, m.end) for e in orgs.entities.values() for m in e.mentions
                             if 2 <= m.start and m.end < len(doc) and doc[m.start - 1].text == "("
                             and doc[m.end].text == ")" and (named := persons.span_at(m.start - 2)) is not None
                             and named[1] == m.start - 1], whole=True)
        # (a short form in brackets right after a body's name: "the National Chamber of Pineapple Producers and
        # Exporters (Canapep)", which the model may read as a person)
        persons.drop_inside([(m.end + 1, m.end + 2) for e in orgs.entities.values() for m in e.mentions
                             if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")"
                             and (named := persons.span_at(m.end + 1)) is not None and named == (m.end + 1, m.end + 2)],
                            whole=True)
        role_facts = self.role_finder.find(doc, persons, orgs, home, credited_home=bool(credited))
        orgs.prune({f.organization for f in role_facts if f.organization})
        # a small unit written inside another body ("the Rules Division at the WTO Secretariat") is part of its
        # people's posts, no organization of its own (unless it acts: "the Antitrust Division sued Visa")
        # (so is a university's school, college or department written inside it: "a professor at the College of
        # Economics and Management of China Agricultural University" works at the university)
        orgs.drop({e.name for e in orgs.entities.values() if self._part_written_inside(doc, orgs, e)})
        sides = person_sides(self.lexicon, doc, persons, role_facts, dateline_country)
        titles: dict[str, list[str]] = {}
        for fact in role_facts:
            titles.setdefault(fact.person.name, []).append(fact.title)
        refs = References(self.lexicon, doc, persons, sides, titles)
        self.role_finder.place_by_description(doc, role_facts, refs.description)  # ("the Belgian minister")
        found = len(role_facts)  # (``title_holder`` appends the posts descriptions give: "the Deputy Minister said")
        attributor = QuoteAttributor(self.lexicon, self.role_finder.title_holder(doc, persons, orgs, role_facts),
                                     refs)
        attributed = attributor.attribute(doc, quote_spans, persons)
        role_facts = self.role_finder.drop_restated(doc, orgs, role_facts, found)
        # (one bare word nobody titles, quotes or gives a post: a firm, an outlet or a place, not a person)
        persons.drop(self.person_finder.unsupported_one_word_names(
            doc, persons, {id(c) for c in [f.person for f in role_facts] + [speaker for _, speaker in attributed]}))
        hits = self.issue_matcher.find(doc)
        issue_ids = hits.discussed()
        # a scare quote ("substantive talks") does not hide an event; a statement does
        statements = [(q.start, q.end) for q in quote_spans if word_count(q.text(doc_text(doc))) >= MIN_WORDS]
        events = self.event_finder.find(doc, persons, refs, sides, statements,
                                        parse_published(article.published),
                                        {i: hits.all_spans(i) for i in issue_ids}, self._dateline_city(doc))

        published, date_source = article.published, "metadata" if article.published else None
        if not published:
            published, date_source = text_published(doc_text(doc))
        result = Extraction(
            id=article.id,
            checksum=article.checksum,
            title=article.title,
            published=published,
            date_source=date_source,
            source_url=article.source_url,
            author=getattr(article, "author", None),
        )
        result.persons = [self._person(doc, c) for c in persons.clusters]
        folded = f" {fold(doc_text(doc))} "
        result.organizations = [self._organization(doc, e, folded, part_of(doc, orgs, e, self.lexicon))
                                for e in orgs.ordered()]
        self._owned_where_shared(doc, result.organizations)
        result.roles = [
            # (a title the story joins to its party with a hyphen, "VVD-Kamerlid", keeps no dash of its own)
            Role(person=f.person.name, title=clean_space(f.title).strip(" -\u2013"), organization=f.organization, current=f.current,
                 country=f.country, evidence=evidence_at(doc, f.token))
            for f in role_facts
        ]
        result.issues = [self._issue(doc, hits, i) for i in issue_ids]
        result.quotes = []
        seen_quotes = set()
        for span, speaker in attributed:
            text = span.text(doc_text(doc))
            key = (speaker.name, fold(text))
            if key in seen_quotes:
                continue
            seen_quotes.add(key)
            token = doc.char_span(span.start, span.end, alignment_mode="expand")
            quote_issues = self._issues_between(hits, issue_ids, token.start, token.end) if token is not None else []
            result.quotes.append(Quote(
                speaker=speaker.name, text=text, start=span.start, end=span.end, issues=quote_issues,
                evidence=evidence_at(doc, token.start) if token is not None else None,
            ))
        result.events = events
        result.engagements = self._engagements(doc, hits, issue_ids, persons, orgs, result.quotes)
        result.mentions = self._mentions(doc, persons, orgs, hits, issue_ids)
        result.countries = self._countries(doc, result)
        return result

    def _dateline_place(self, doc: Doc) -> tuple[str, str] | None:
        """The first dateline that names a known place (a label such as
        "ANALYSIS:" above the story is skipped): (its first part as written,
        country code)."""
        for place in place_texts(doc):
            for part in [place, *place.split(",")]:
                code = self.lexicon.place_country(part.strip().title())
                if code:
                    return place, code
        return None

    def _dateline_country(self, doc: Doc) -> str | None:
        """Country of the article's dateline city ("MEXICO CITY (Tradewire) -"),
        else of the body a publisher line near the top names ("From:
        Department for Business and Trade" above a government readout)."""
        found = self._dateline_place(doc)
        return found[1] if found else self._publisher_country(doc)

    def _publisher_country(self, doc: Doc) -> str | None:
        head = doc_text(doc)[:HEAD_CHARS]
        for line in head.splitlines():
            words = line.strip()
            for cue in self.lexicon.publisher_cues:
                if words.lower().startswith(cue + ":") or words.lower().startswith(cue + " "):
                    name = words[len(cue):].lstrip(": ").strip().rstrip(".")
                    info = self.lexicon.org_named(name)
                    if info is not None and info.country:
                        return info.country
        return None

    def _part_written_inside(self, doc, orgs, entity) -> bool:
        """Is ``entity`` a small unit ("the Rules Division") or a university's school, college or department
        (organizations.yaml ``unit_parents``) that the story writes inside the body it belongs to (a university, for
        the second), and that does not act on its own?"""
        small = self.lexicon.is_small_unit(entity.name)
        if not small and "universit" not in self.lexicon.unit_parent_of(entity.name):
            return False
        if acts(doc, entity):
            return False
        outer = part_of(doc, orgs, entity, self.lexicon)
        return bool(outer) and (small or any(w.startswith("universit") for w in fold(outer).split()))

    def _dateline_city(self, doc: Doc) -> str | None:
        """The dateline's city as the story writes it ("GENEVA" -> "Geneva")."""
        found = self._dateline_place(doc)
        place = found[0] if found else place_text(doc)
        if place is None or fold(place.split(",")[0]) in self.lexicon.not_organizations:
            return None  # ("PRESS RELEASE – Da Nang, 29 April 2026": a document's kind, no place)
        first = place.split(",")[0].strip()
        return first.title() if first.isupper() else first

    def _person(self, doc: Doc, cluster: PersonCluster) -> Person:
        aliases = sorted(f for f in cluster.forms if f != cluster.name)
        return Person(name=cluster.name, aliases=aliases, surname=cluster.surname, country=cluster.country,
                      mentions=len(cluster.spans), evidence=evidence_at(doc, cluster.spans[0][0]))

    def _organization(self, doc: Doc, entity, folded_text: str, within: str | None = None) -> Organization:
        return Organization(name=entity.name, aliases=sorted(entity.aliases), country=entity.country, kind=entity.kind,
                            known=entity.known, mentions=len(entity.mentions),
                            evidence=evidence_at(doc, entity.mentions[0].start),
                            written=written_form(folded_text, entity.name, entity.aliases), part_of=within)

    def _owned_where_shared(self, doc: Doc, organizations: list[Organization]) -> None:
        """Two bodies the article writes alike ("Brazil's Ministry of Foreign Affairs" and "Uruguay's Ministry of
        Foreign Affairs", both written "Ministry of Foreign Affairs") keep their countries' possessives in the
        written form, so the output never gives two bodies one name."""
        shared: dict[str, list[Organization]] = {}
        for org in organizations:
            shared.setdefault(fold(org.as_written), []).append(org)
        text = doc_text(doc)
        for orgs in shared.values():
            if len(orgs) < 2:
                continue
            for org in orgs:
                info = self.lexicon.countries.get(org.country) if org.country else None
                if info is None:
                    continue
                for form in self.lexicon.country_names.get(org.country, [info.name]):
                    found = re.search(rf"\b{re.escape(form)}['\u2019]s\s+{re.escape(org.as_written)}\b", text)
                    if found:
                        org.written = re.sub(r"\s+", " ", found.group(0))
                        break

    def _issue(self, doc: Doc, hits: IssueHits, issue_id: str) -> IssueMention:
        spans = hits.all_spans(issue_id)
        info = self.lexicon.issues[issue_id]
        terms = sorted({doc[s:e].text.lower() for s, e in spans})
        return IssueMention(id=issue_id, label=info.label, count=len(spans), terms=terms,
                            evidence=evidence_at(doc, spans[0][0]))

    @staticmethod
    def _issues_between(hits: IssueHits, issue_ids: list[str], start: int, end: int) -> list[str]:
        return [i for i in issue_ids if any(start <= s < end for s, _ in hits.all_spans(i))]

    def _engagements(self, doc: Doc, hits: IssueHits, issue_ids: list[str], persons: PersonIndex, orgs: OrgIndex,
                     quotes: list[Quote]) -> list[Engagement]:
        found: dict[tuple[str, str, str], Engagement] = {}
        for quote in quotes:
            for issue in quote.issues:
                key = ("Person", quote.speaker, issue)
                found.setdefault(key, Engagement(quote.speaker, "Person", issue, quote.evidence))
        for issue in issue_ids:
            for start, _ in hits.all_spans(issue):
                sent = sentence_of(doc, start)
                for tok in sent:
                    person = persons.at(tok.i)
                    if person is not None:
                        key = ("Person", person.name, issue)
                        if key not in found:
                            found[key] = Engagement(person.name, "Person", issue, evidence_at(doc, start))
                    org = orgs.at(tok.i)
                    if org is not None:
                        key = ("Organization", org.name, issue)
                        if key not in found:
                            found[key] = Engagement(org.name, "Organization", issue, evidence_at(doc, start))
        return list(found.values())

    @staticmethod
    def _mentions(doc: Doc, persons: PersonIndex, orgs: OrgIndex, hits: IssueHits,
                  issue_ids: list[str]) -> list[tuple[int, int, str]]:
        """Character spans of every person, organization and issue mention
        (for highlighting the text in a preview)."""
        spans = []
        for cluster in persons.clusters:
            spans += [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), "Person") for s, e in cluster.spans]
        for entity in orgs.entities.values():
            spans += [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), "Organization")
                      for m in entity.mentions]
        for issue in issue_ids:
            spans += [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), "Issue") for s, e in hits.all_spans(issue)]
        return sorted(set(spans))

    def _countries(self, doc: Doc, result: Extraction) -> list[str]:
        codes: list[str] = []
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                code = self.lexicon.country_of(ent.text)
                if code and not self.lexicon.countries[code].organization and code not in codes:
                    codes.append(code)
        for item in [*result.organizations, *result.roles]:
            if item.country and item.country not in codes and not self.lexicon.countries.get(item.country, None) is None \
                    and not self.lexicon.countries[item.country].organization:
                codes.append(item.country)
        return codes
