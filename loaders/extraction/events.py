"""Interactions between people: talks, meetings, calls, visits, summits, signings.

A sentence reports an event when it holds a cue of ``loaders/data/events.yaml``
(a verb such as "met", a noun such as "talks"), outside any quotation, not
hedged into a possibility ("could meet", "hopes to visit", "later this
year"), and names at least two people: by name, by pronoun, by description
("his Chinese counterpart", "the vice premier") or as a group ("the two
sides", standing for the people of the event reported just before).
Sentences that name a kind already found without naming two people ("The
talks in Geneva lasted two days") add their place, date and evidence to it.

Events of one kind whose participants overlap and whose place and date do
not disagree are one event, however often the story mentions it.
Each participant's side is the country (or EU, or body) of their roles in
the story, else of the people lexicon, else the country word right before
their name ("Chinese Vice Premier Liang").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from loaders.extraction.datelines import datelines
from loaders.extraction.event_dates import event_date, is_future
from loaders.extraction.lexicon import Lexicon
from loaders.extraction.model import Event, EventKind, Participant
from loaders.extraction.persons import PersonCluster, PersonIndex
from loaders.extraction.references import References
from loaders.extraction.name_candidates import LIST_ITEM, byline_lines
from loaders.extraction.sentences import doc_text, once_per_doc, sentence_evidence, sentence_of
from loaders.extraction.text import fold as _fold, lines_at

# verbs whose object may be a thing ("signed a deal", "visited Beijing")
_THING_OBJECT_VERBS = {"sign", "ink", "negotiate", "visit"}
_PLACE_PREPOSITIONS = {"in", "at"}
_TO_PLACE = {"visit", "trip", "travel", "travels", "traveled", "travelled", "travelling", "traveling", "fly", "flew"}
CALL = EventKind.CALL.value
SIGNING = EventKind.SIGNING.value  # an agreement signed at a meeting is an event of its own
TALKS = EventKind.TALKS.value
MEETING = EventKind.MEETING.value


@dataclass
class _Found:
    kind: str
    people: list[PersonCluster]
    place: str | None
    date: str | None
    sentences: list[Span] = field(default_factory=list)


class EventFinder:
    """Finds the events of one parsed story (see the module docstring)."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        # the event nouns by their first word, longest first ("phone call" before "call"): the cue scan looks up
        # the nouns a token can open, not every noun at every token
        self._nouns_from: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, kind in sorted(lexicon.event_nouns.items(), key=lambda kv: -len(kv[0])):
            self._nouns_from.setdefault(words[0], []).append((words, kind))

    def find(self, doc: Doc, persons: PersonIndex, refs: References, sides: dict[str, str],
             quote_ranges: list[tuple[int, int]], published: date | None,
             issue_spans: dict[str, list[tuple[int, int]]], dateline_place: str | None = None) -> list[Event]:
        """The story's events, first reported first, with every sentence reporting each.
        An event held somewhere (not a call) with no place of its own takes
        the dateline's city: a story datelined GENEVA reports talks there."""
        def quoted(tok) -> bool:
            return any(a - 1 <= tok.idx < b + 1 for a, b in quote_ranges)

        found: list[_Found] = []
        last: _Found | None = None
        leaders = self._delegation_leaders(doc, persons, quoted)
        unpeopled: list[tuple[str, str | None, str | None, Span]] = []  # cues no one was named for
        for sent in doc.sents:
            cues = self._cues(sent, persons, quoted)
            if not cues:
                if unpeopled or last is not None:
                    self._delegations(sent, persons, quoted, found, last, unpeopled)
                    named = self._named_after_lead(sent, persons, quoted, found, last, unpeopled, published)
                    last = named or last
                    if named is None:
                        self._joined(sent, persons, quoted, last)
                continue
            order = self.lex.event_priority
            cues.sort(key=lambda kc: order.index(kc[0]) if kc[0] in order else len(order))
            taken: list[tuple[set[str], str | None, str]] = []  # the people, day and kind of each event reported
            for kind, cue in cues:
                if self._negated(cue) or self._hedged(cue, sent):
                    continue
                scope = _scope(cue, self.lex.speech_verbs)
                wide = _wide(sent, cue, self.lex.speech_verbs)
                # one cue: the sentence's people; several: each cue's own clause first
                people, _ = self._participants(sent, persons, refs, quoted, last, sides,
                                               scope if len(cues) > 1 or _between(cue, persons) else wide)
                if len(people) < 2 and not _between(cue, persons):
                    people, _ = self._participants(sent, persons, refs, quoted, last, sides, wide)
                if len(people) < 2 and any(t.lower_ in self.lex.delegation_words and t.i > 0
                                           and doc[t.i - 1].lower_ == "the" and not quoted(t) for t in sent):
                    # "On June 10, the delegation also called on Daniel Okafor": the one who led it
                    head = next((c for at, c in reversed(leaders) if at < sent.start), None)
                    if head is not None and head not in people:
                        people = [head, *people]
                # (a call's place only from its own clause: "a video call on Feb. 24, and the next round in
                # Brussels")
                own_place = self._place(sent, lambda t: quoted(t) or t.i not in scope)
                place = own_place if kind == CALL else own_place or self._place(sent, quoted, wide)
                own_day = self._date(sent, published, cue, scope)
                when = own_day or self._date(sent, published, cue, wide)
                if place is None and kind != CALL and found and any(
                        t.lower_ in ("margins", "margin", "sidelines", "sideline") and t.i + 1 < sent.end
                        and doc[t.i + 1].lower_ == "of" for t in sent):
                    place = next((e.place for e in reversed(found) if e.place and e.kind != CALL), None)
                    # "On the margins of the meeting, X and Y held a bilateral meeting": where that meeting was
                names = {p.name for p in people}
                if len(people) >= 2 and any(names == other and (not own_day or not day or own_day == day)
                                            and (CALL not in (kind, other_kind) or kind == other_kind
                                                 or not (own_day or own_place))
                                            for other, day, other_kind in taken):
                    continue  # "met at the summit": one encounter, reported once (not a video call on the 24th and
                    # a round in Brussels, nor two encounters on different days)
                if len(people) >= 2:
                    taken.append((names, own_day, kind))
                if people and (len(people) >= 2 or not self._definite(cue)):
                    event = self._merge(found, kind, people, place, when,
                                        distinct=any(c.lower_ in self.lex.distinct_words for c in cue.children))
                    if event is None:
                        earlier = next((u for u in reversed(unpeopled) if (u[0] == kind or {u[0], kind} == {TALKS, MEETING})
                                        and sent.start - u[3].end <= 150), None) \
                            if self._definite(cue) or (cue.pos_ == "VERB" and not found) else None
                        if earlier is not None:
                            # "The fifth meeting was held in Jakarta on 10-11 March. The meeting was co-chaired by
                            # X and Y": the meeting reported with no names, its place and day
                            place, when = place or earlier[1], when or earlier[2]
                        event = _Found(kind, people, place, when)
                        found.append(event)
                    if sent not in event.sentences:
                        event.sentences.append(sent)
                    last = event
                elif self._definite(cue) and not _ahead(cue):
                    event = next((e for e in reversed(found) if e.kind == kind or CALL not in (e.kind, kind)),
                                 None)
                    if event is not None:
                        event.place = event.place or place
                        event.date = event.date or when
                        if sent not in event.sentences:
                            event.sentences.append(sent)
                    else:
                        unpeopled.append((kind, place, when, sent))
                else:
                    unpeopled.append((kind, place, when, sent))
        home = self.lex.place_country(dateline_place) if dateline_place else None
        for event in found:
            if event.kind == CALL or not dateline_place:
                continue
            if event.place is None or (home and self.lex.country_forms.get(_fold(event.place)) == home):
                event.place = dateline_place  # "in Viet Nam" in a story from HA NOI: Ha Noi
        found = [e for e in found if len(e.people) >= 2]
        listed = self._attendees(doc, persons)
        first_found = min((s.start for e in found for s in e.sentences), default=len(doc))
        before = [u for u in unpeopled if u[3].start < first_found and u[0] != CALL]
        if len(listed) >= 2 and before and (not found or found[0].kind in (CALL, SIGNING)):
            # "The trade ministers of Korea and Indonesia met in Jakarta on Tuesday", then the list of who attended
            # (not the call the chief negotiators will hold after it, nor a signing on its margins); of such
            # sentences, the one with a place and a day (a headline gives neither)
            kind, place, when, sent = max(before, key=lambda u: (bool(u[1]) + bool(u[2]), -u[3].start))
            found.insert(0, _Found(kind, [], place or (dateline_place if kind != CALL else None), when, [sent]))
        if found and listed:
            sides = dict(sides)
            for cluster, country in listed:
                if cluster not in found[0].people:
                    found[0].people.append(cluster)
                if country:
                    sides[cluster.name] = country  # the delegation the list puts them in
        for n, event in enumerate(found):
            if event.kind == SIGNING and (event.place is None or event.date is None):
                # "The three officials signed a memorandum": at the encounter of the same people just reported
                hosts = [e for e in reversed(found[:n]) if e.kind != CALL
                         and {p.name for p in event.people} <= {p.name for p in e.people}]
                host = next((e for e in hosts if e.date), hosts[0] if hosts else None)  # one that happened on a day
                if host is not None:
                    event.place = event.place or host.place
                    event.date = event.date or host.date
        return [self._event(doc, e, sides, issue_spans) for e in found]

    def _delegation_leaders(self, doc: Doc, persons: PersonIndex, quoted) -> list[tuple[int, PersonCluster]]:
        """"A delegation led by Ananya Kulkarni": (token, person) for each person the story says led a delegation."""
        out = []
        for tok in doc:
            if tok.lower_ in self.lex.lead_verbs and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "by" \
                    and not quoted(tok) and any(t.lower_ in self.lex.delegation_words
                                                for t in doc[max(tok.sent.start, tok.i - 4):tok.i]):
                k = tok.i + 2
                while k < min(len(doc), tok.i + 14) and persons.at(k) is None and doc[k].text not in (".", ";"):
                    k += 1  # past the title before the name ("led by its Deputy Director General X")
                if k < len(doc) and persons.at(k) is not None:
                    out.append((tok.i, persons.at(k)))
        return out

    def _side_label(self, label: str) -> str | None:
        """The country a delegation line names: "Japan", "GCC delegation", "For the European Union"."""
        named = label.strip()
        words = named.split()
        if len(words) > 1 and words[-1].lower() in self.lex.delegation_words:
            named = " ".join(words[:-1])  # "GCC delegation:", "Korean side:"
        if named.lower().startswith("for "):
            named = named[4:]  # "For the European Union:"
        return self.lex.country_of(named)

    def _attendees(self, doc: Doc, persons: PersonIndex) -> list[tuple[PersonCluster, str | None]]:
        """The people of a list of participants ("Participants" or "The following officials also took
        part:", then "- Jane Doe, Deputy Minister" entries, under country lines such as "Japan:"), each with
        the country of the line above them: they took part in the story's main event."""
        text = doc_text(doc)
        entries: list[tuple[int, int, str | None]] = []  # character range of each entry, its country line's code
        inside, country = False, None
        for pos, line in lines_at(text):
            low = line.strip().lower()
            bare = low.rstrip(":").strip()
            heading_words = re.findall(r"[a-z]+", low)
            if bare in self.lex.attendee_headings or (low.endswith(":") and any(
                    h in low for h in self.lex.attendee_headings)) or (
                    # "Key attendees at the Trade Ministers' Meeting": a short heading line naming the list
                    not LIST_ITEM.match(line) and len(heading_words) <= 8 and not low.endswith(".")
                    and any(h in heading_words for h in self.lex.attendee_headings if " " not in h)):
                inside, country = True, None
            elif inside and LIST_ITEM.match(line):
                entries.append((pos, pos + len(line), country))
            elif inside and (low.endswith(":") or self.lex.country_of(line.strip())) and len(low.split()) <= 5:
                country = self._side_label(line.strip().rstrip(":"))  # "Japan:", "Republic of Korea"
            elif inside and (label := re.match(r"\s*([^:\n]{2,40}):\s+\S", line)) \
                    and (code := self._side_label(label.group(1))):
                entries.append((pos, pos + len(line), code))  # "Malaysia: Dato' X (Head of Delegation); Dr. Y, ..."
            elif inside and low:
                inside = False
        out: list[tuple[PersonCluster, str | None]] = []
        for a, b, code in entries:
            for cluster in persons.clusters:
                if cluster not in [c for c, _ in out] and any(a <= doc[s].idx < b for s, _ in cluster.spans):
                    out.append((cluster, code))
        return out

    def _delegations(self, sent: Span, persons: PersonIndex, quoted, found: list[_Found], last: _Found | None,
                     unpeopled) -> None:
        """ "The EU delegation was headed by X": the people leading the sides
        of the event just reported (or of talks reported with no names)."""
        words = [t.lower_ for t in sent]
        if not any(w in self.lex.delegation_words for w in words):
            return
        people = []
        if any(a in self.lex.lead_verbs and b == "by" for a, b in zip(words, words[1:])):
            for tok in sent:
                who = persons.at(tok.i)
                if who is not None and not quoted(tok) and who not in people:
                    people.append(who)
        else:  # "Ingrid Vallander, a deputy director-general ..., headed the EU team": the subject leads a side
            for verb in sent:
                if verb.lower_ not in self.lex.lead_verbs or verb.dep_ != "ROOT" or not any(
                        t.lower_ in self.lex.delegation_words for c in verb.children if c.dep_ == "dobj"
                        for t in c.subtree):
                    continue
                for child in verb.children:
                    who = persons.at(child.i) if child.dep_ == "nsubj" and not quoted(child) else None
                    if who is not None and who not in people:
                        people.append(who)
        if not people:
            return
        recent = [u for u in unpeopled if sent.start - u[3].end <= 400
                  and (last is None or u[3].start > last.sentences[-1].start)]
        if recent:
            # the talks reported with no names, with the place and date any of those sentences gave; the heads
            # of the sides, named one sentence after another, all take part in them
            kind = recent[-1][0]
            place = next((u[1] for u in reversed(recent) if u[1]), None)
            when = next((u[2] for u in reversed(recent) if u[2]), None)
            event = next((e for e in found if recent[-1][3] in e.sentences), None)
            if event is not None:
                event.people.extend(p for p in people if p not in event.people)
                event.sentences.append(sent)
                return
            event = _Found(kind, people, place, when, [u[3] for u in recent if u[0] == kind] + [sent])
            found.append(event)
        elif last is not None and sent.start - last.sentences[-1].end < 150:
            last.people.extend(p for p in people if p not in last.people)
            last.sentences.append(sent)

    def _named_after_lead(self, sent: Span, persons: PersonIndex, quoted, found: list[_Found],
                          last: _Found | None, unpeopled, published) -> _Found | None:
        """"Senior U.S. and Chinese officials met in Geneva on Wednesday. Deputy USTR X and Vice Minister Y
        spent three hours ...": an event reported with no names, then two or more people named together as
        the subject of the next sentences, are that event's people."""
        recent = [u for u in unpeopled if 0 <= sent.start - u[3].end <= 80
                  and (last is None or u[3].start > last.sentences[-1].start)]
        if not recent:
            return None
        people: list[PersonCluster] = []
        for tok in sent:
            if quoted(tok):
                continue
            subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" or (
                tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.dep_ == "ROOT")
            who = persons.at(tok.i) if subject else None
            if who is not None and who not in people:
                people.append(who)
        if len(people) < 2:
            return None
        kind, place, when, lead = recent[-1]
        root = next((t for t in sent if t.dep_ == "ROOT"), sent[0])
        scope = {t.i for t in sent}
        place = place or self._place(sent, quoted)
        when = when or self._date(sent, published, root, scope)
        event = self._merge(found, kind, people, place, when)
        if event is None:
            event = _Found(kind, people, place, when, [])
            found.append(event)
        event.sentences.extend(s for s in (lead, sent) if s not in event.sentences)
        unpeopled.remove(recent[-1])
        return event

    def _joined(self, sent: Span, persons: PersonIndex, quoted, last: _Found | None) -> None:
        """"Ambassador X participated in the conference from the embassy", "Y also attended": people who
        joined the event just reported."""
        if last is None or not last.sentences or sent.start - last.sentences[-1].end > 150:
            return
        listed = [t for t in sent if t.lower_ in ("included", "include")]  # (the pipeline has no lemmatizer)
        if listed and not quoted(listed[0]) and any(c.dep_ == "nsubj" and c.lower_ in ("attendees", "participants")
                                                    for c in listed[0].children):
            # "Attendees included Kang Do-hyun, ..., and Yoon Seo-yeon, ...": the people at the event just reported
            people = [who for t in sent if not quoted(t) and (who := persons.at(t.i)) is not None]
            for who in people:
                if who not in last.people:
                    last.people.append(who)
            if people and sent not in last.sentences:
                last.sentences.append(sent)
            return
        verbs = [t for t in sent if t.pos_ == "VERB" and t.lower_ in self.lex.join_verbs and not quoted(t)]
        if not verbs or self._hedged(verbs[0], sent):
            return
        verb = verbs[0]
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
        if any(o.lower_ not in self.lex.join_objects for o in objects):
            return  # "attended a seminar on steel": another gathering
        people = [who for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i
                  and (who := persons.at(t.i)) is not None]
        for who in people:
            if who not in last.people:
                last.people.append(who)
        if people and sent not in last.sentences:
            last.sentences.append(sent)

    # ---- cues --------------------------------------------------------------
    def _cues(self, sent: Span, persons: PersonIndex, quoted) -> list[tuple[str, object]]:
        """(kind, cue token) for each kind the sentence reports, first cue of each kind."""
        out: dict[str, object] = {}
        later: list[tuple[str, object]] = []
        tokens = list(sent)
        for n, tok in enumerate(tokens):
            if quoted(tok):
                continue
            kind = None
            if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" \
                    and tok.head.lower_ not in self.lex.heads and not any(persons.at(t.i) for t in tok.subtree):
                continue  # "the currency swap line signed last year": a thing described, no encounter
            if tok.pos_ == "VERB" and self.lex.event_verbs.get(tok.lower_, (None,))[0] == "call" and any(
                    c.dep_ == "prep" and c.lower_ == "on" and any(persons.at(g.i) is not None for g in c.children)
                    for c in tok.children) and not any(c.dep_ in ("xcomp", "advcl") and any(
                        g.lower_ == "to" for g in c.children) for c in tok.children):
                kind = "meeting"  # "the delegation also called on Daniel Okafor": a courtesy call, in person
            elif tok.pos_ in ("VERB",) and tok.lower_ in self.lex.event_verbs:
                verb, verb_kind = self.lex.event_verbs[tok.lower_]
                if self._verb_fits(tok, verb, persons):
                    kind = verb_kind
            elif self._joined_object(tok):
                continue  # "Ambassador Mizuno also attended the talks": someone joining, read by ``_joined``
            elif tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and tok.head.head.lower_ in self.lex.speech_verbs \
                    and not any(c.lower_ in ("with", "between") for c in tok.children):
                continue  # "Rep. Jang said at a committee meeting": where someone spoke, no encounter (not "speaking
                # at a meeting with carmakers")
            else:
                for words, noun_kind in self._nouns_from.get(tok.lower_, ()):
                    end = n + len(words)
                    if len(words) == 1 and tok.pos_ not in ("NOUN", "PROPN"):
                        continue  # "talks" the verb, "meeting" the gerund
                    if len(words) == 1 and tok.is_title and n > 0 and tokens[n - 1].is_title \
                            and not tokens[n - 1].is_sent_start and n + 1 < len(tokens) and tokens[n + 1].is_title:
                        continue  # "the Trade Negotiations Headquarters": a word inside a body's name
                    if end <= len(tokens) and tuple(t.lower_ for t in tokens[n:end]) == words:
                        last = tokens[end - 1]
                        if noun_kind == "call" and last.lower_ in ("call", "calls") and end < len(tokens) and \
                                tokens[end].lower_ in ("for", "to", "on") and not (
                                    tokens[end].lower_ == "on" and end + 1 < len(tokens)
                                    and tokens[end + 1].ent_type_ == "DATE"):
                            break  # ("a call for tariffs", "calls on Japan to"; not "a video call on Feb. 24")
                        kind = noun_kind
                        tok = tokens[end - 1]  # the phrase's last word heads it ("phone call", "by phone")
                        break
            if kind and (kind not in out or any(c.lower_ in self.lex.distinct_words for c in tok.children)):
                out[kind] = tok  # (a later "bilateral meeting" over "the margins of the meeting" before it)
            elif kind and tok.i > out[kind].i and self._own_day(tok) and tok.head.i != out[kind].head.i:
                later.append((kind, tok))  # "In a meeting with producers on Monday, ... the meeting he will hold
                # with X on June 10": a second encounter of the kind, on a day of its own
        return list(out.items()) + later

    @staticmethod
    def _own_day(cue) -> bool:
        """Does a date (with a day's number) stand in the clause of the cue: its subtree or its verb's?"""
        verb = cue.head if cue.head.pos_ in ("VERB", "AUX") else cue
        near = list(cue.subtree) + [c for c in verb.children if c.dep_ in ("prep", "npadvmod") for c in c.subtree]
        return any(t.ent_type_ == "DATE" and t.like_num for t in near)

    def _joined_object(self, tok) -> bool:
        """Is ``tok`` the object of a joining verb ("attended the talks", "participated in the meeting")?"""
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "in":
            head = head.head
        return tok.dep_ in ("dobj", "obj", "pobj") and head.pos_ == "VERB" and head.lower_ in self.lex.join_verbs \
            and tok.lower_ in self.lex.join_objects

    def _verb_fits(self, verb, lemma: str, persons: PersonIndex) -> bool:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        personal = [o for o in objects if persons.at(o.i) is not None or o.pos_ in ("PRON", "PROPN")
                    or o.lower_ in self.lex.counterpart_words
                    # "after receiving a delegation of Japan's METI": its people, named as it is described next
                    or o.lower_ in self.lex.delegation_words
                    # "received the vice minister of commerce, Wenbin Qiao": a title, its holder in apposition
                    or (o.lower_ in self.lex.heads and any(c.dep_ == "appos" and persons.at(c.i) is not None
                                                           for c in o.children))]
        if not objects and not personal:
            # "hosted Vice Minister Tavita Leiataua": a parse that lost the object; a person right after the verb
            # ("received this Monday the vice minister of Commerce of China, Wen Jiali": past the day, the
            # title and its body to the name in apposition)
            k = verb.i + 1
            while k < len(verb.doc) and k <= verb.i + 14 and persons.at(k) is None and (
                    verb.doc[k].lower_ in self.lex.heads or verb.doc[k].lower_ in self.lex.modifiers
                    or verb.doc[k].lower_ in ("the", "on", "this", "of", ",") or verb.doc[k].is_title
                    or verb.doc[k].ent_type_ in ("NORP", "GPE", "DATE")):
                k += 1
            if k < len(verb.doc) and persons.at(k) is not None:
                personal = [verb.doc[k]]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not personal and any(persons.at(g.i) is not None for g in agents) and any(
                c.dep_ == "nsubjpass" and (persons.at(c.i) is not None or c.pos_ == "PRON") for c in verb.children):
            personal = agents  # "Nakagawa was hosted on Monday by Rohan Paterson-Vail": the passive, its agent
        partners = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"]
        if partners and all(g.lower_ in self.lex.audiences for g in partners):
            return False  # "met with reporters": an audience, not a counterpart
        if objects and not personal and lemma not in _THING_OBJECT_VERBS:
            return False
        needed = self.lex.event_verb_objects.get(lemma)
        if needed:
            return bool(personal) or any(c.lower_ in needed for c in verb.children)
        return True

    def _hedged(self, cue, sent: Span) -> bool:
        """A possibility, not an event: a hedge word on the cue or on the verbs above it."""
        lowered = sent.text.lower()
        if any(v in lowered for v in self.lex.vague_times):
            return True
        # "the next round in Brussels starting March 16": firmly scheduled, its day set (a number in a date)
        hedges = self.lex.event_hedges
        if any(t.ent_type_ == "DATE" and t.like_num and not (len(t.text) == 4 and t.text.isdigit()) for t in sent):
            hedges = hedges - self.lex.hedges_unless_set  # (a day, not only a year: "the next meeting ... in 2024")
        node, steps = cue, 0
        while True:
            if node.lower_ in hedges:
                return True
            for child in node.children:
                if child.dep_ in ("aux", "mark", "advmod", "amod", "neg") and \
                        (child.lower_ in hedges or child.lower_ in ("not", "n't", "never")):
                    return True
            if node.head.i == node.i or steps >= 4 or node.dep_ in ("ccomp",) and steps:
                return False
            node, steps = node.head, steps + 1

    @staticmethod
    def _negated(cue) -> bool:
        return any(c.dep_ == "det" and c.lower_ == "no" for c in cue.children)

    @staticmethod
    def _definite(cue) -> bool:
        return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for c in cue.children)

    # ---- participants --------------------------------------------------------
    def _participants(self, sent: Span, persons: PersonIndex, refs: References, quoted, last: _Found | None,
                      sides: dict[str, str], scope: set[int] | None = None,
                      exclude: set[int] = frozenset()) -> tuple[list[PersonCluster], bool]:
        """The people a cue's clause (``scope``, token indexes; else the whole
        sentence) names, resolving pronouns, descriptions and groups."""
        people: list[PersonCluster] = []
        grouped = False

        def add(cluster):
            if cluster is not None and cluster not in people:
                people.append(cluster)

        tokens = list(sent)
        credits = _credit_brackets(sent.doc)
        for n, tok in enumerate(tokens):
            if quoted(tok) or (scope is not None and tok.i not in scope) or tok.i in exclude:
                continue
            if any(a <= tok.idx < b for a, b in credits):
                continue  # "[Seoul = Ishida Mai]": the reporter who filed the story
            who = persons.at(tok.i)
            if who is not None:
                span = persons.span_at(tok.i)
                if span and any(doc_tok.dep_ == "poss" for doc_tok in sent.doc[span[0]:span[1]]):
                    continue  # "Trump's top trade officials": the officials took part, not Trump
                add(who)
                continue
            if tok.pos_ == "PRON" and tok.lower_ in self.lex.pronoun_genders and tok.dep_ != "poss":
                add(refs.pronoun(tok.i))
            elif tok.pos_ == "PRON" and tok.lower_ in ("they", "them") and tok.dep_ != "poss":
                for p in refs.plural(tok.i):
                    add(p)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
                if tok.lower_ in self.lex.counterpart_words or \
                        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    add(refs.description(tok.i))
            for words in self.lex.group_phrases:
                if tuple(t.lower_ for t in tokens[n:n + len(words)]) == words:
                    grouped = True
                    break
        if grouped and len(people) < 2:
            if last is not None and last.sentences and sent.start - last.sentences[-1].end < 250:
                group = last.people
            else:
                group = refs.plural(sent.start)  # "X and Y pledged ... The two leaders met"
            for p in group:
                add(p)
        return people, grouped

    def _date(self, sent: Span, published, cue, scope: set[int]) -> str | None:
        """The date among the tokens of ``scope``, the one nearest the cue
        (a dateline's date is when the story was filed, not the event's)."""
        lines = datelines(sent.doc)
        inside = "".join(t.text_with_ws if t.i in scope and not any(a <= t.idx < b for a, b in lines)
                         else " " * len(t.text_with_ws) for t in sent)
        # "Whitcombe is scheduled to hold a video call on Friday": the verbs above the cue's clause say it lies ahead
        return event_date(inside, published, cue.idx - sent.start_char, ahead=_ahead_above(cue))

    def _place(self, sent: Span, quoted, scope: set[int] | None = None) -> str | None:
        """The city (else the country) after "in"/"at" in the sentence, the
        cue's own clause first."""
        if scope is not None:
            own = self._place(sent, lambda t: quoted(t) or t.i not in scope)
            if own:
                return own
        cities, countries = [], []
        for ent in sent.ents:
            if ent.label_ not in ("GPE", "LOC") or quoted(ent[0]):
                continue
            before = ent.doc[ent.start - 1] if ent.start > 0 else None
            if before is None or (before.lower_ not in _PLACE_PREPOSITIONS and not (
                    before.lower_ == "to" and ent.start >= 2 and ent.doc[ent.start - 2].lower_ in _TO_PLACE)):
                continue  # ("a two-day visit to Perth", "would travel to Washington": where they met)
            if ent.end < len(ent.doc) and ent.doc[ent.end].text in ("'s", "\u2019s"):
                continue  # "state secretary at Germany's economy ministry": whose body, not where they met
            if ent.end + 1 < len(ent.doc) and ent.doc[ent.end].lower_ == "in" and ent.doc[ent.end + 1].ent_type_ == "GPE":
                continue  # "at Vanijya Bhawan in New Delhi": a building in the city, which is the place
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            if ent.end < len(ent.doc) and ent.doc[ent.end].text == "City":
                name += " City"  # "Mexico City", "Guatemala City": a capital named after its country
            code = self.lex.country_forms.get(_fold(name))
            if code:
                countries.append(name)
            else:
                cities.append(name)
        return (cities or countries or [None])[0]

    @staticmethod
    def _merge(found: list[_Found], kind: str, people, place, when, distinct: bool = False) -> _Found | None:
        """The event already found that these people, place and day report again, if any. A ``distinct``
        encounter ("a bilateral meeting on the margins") is no more of a larger one."""
        names = {p.name for p in people}
        for event in reversed(found):
            theirs = {p.name for p in event.people}
            if not names & theirs:
                continue
            if distinct and theirs - names:
                continue
            if event.kind != kind and (CALL in (kind, event.kind) or SIGNING in (kind, event.kind) or
                                       (len(names & theirs) / len(names | theirs) < 0.5
                                        and not (names <= theirs or theirs <= names))):
                continue  # a call is never a meeting, a signing its own; other kinds of one encounter are one event
            if event.kind != kind and when and event.date and len(when) > len(event.date):
                continue  # "Earlier, on the 23rd, X convened a meeting" beside a visit known only by its month
            if place and event.place and _fold(place) != _fold(event.place):
                continue
            if when and event.date and not _dates_agree(when, event.date):
                continue
            if when and event.date and when != event.date and len(when) == len(event.date) == 10 and names - theirs:
                continue  # "met X on June 9 ... on June 10 also called on Y": another encounter, with someone new
            for p in people:
                if p not in event.people:
                    event.people.append(p)
            event.place = event.place or place
            if when and (not event.date or (len(when) > len(event.date) and when.startswith(event.date))):
                event.date = when  # ("a visit this week" ... "hosted on Monday": the day)
            return event
        return None

    def _event(self, doc: Doc, found: _Found, sides: dict[str, str],
               issue_spans: dict[str, list[tuple[int, int]]]) -> Event:
        evidence = [sentence_evidence(doc, s) for s in found.sentences]
        reach = [(s.start, s.end) for s in found.sentences]
        for s in list(found.sentences):
            if s.end < len(doc):
                following = sentence_of(doc, s.end)
                reach.append((following.start, following.end))
        issues = [issue for issue, spans in issue_spans.items()
                  if any(a <= start < b for start, _ in spans for a, b in reach)]
        return Event(kind=EventKind(found.kind),
                     participants=[Participant(p.name, sides.get(p.name)) for p in found.people],
                     place=found.place, date=found.date, issues=issues, evidence=evidence)


_CREDIT_BRACKET = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,60}=[^\]\n]{1,60}\]|\([^)\n]{1,60}=[^)\n]{1,60}\))", re.M)


@once_per_doc("tradegraph_credit_brackets")
def _credit_brackets(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of "[Seoul = Ishida Mai]" or "(Washington = Correspondent Kim)" credits opening a line (where the story was filed, by whom) and of
    bylines."""
    # and "By Jane Doe" bylines: the writer of the story took no part in it
    return [m.span() for m in _CREDIT_BRACKET.finditer(doc_text(doc))] + byline_lines(doc_text(doc))


def _between(cue, persons: PersonIndex) -> bool:
    """Does the cue name its own people ("a meeting between X and Y")?"""
    return any(c.lower_ == "between" and any(persons.at(t.i) for t in c.subtree) for c in cue.children)


_MARKS = {"since", "after", "before", "when", "while", "because", "as", "until", "once", "although", "though"}


def _wide(sent: Span, cue, speech_verbs) -> set[int]:
    """The sentence without what belongs to other clauses: relative clauses
    and clauses opened by "since", "after", "before"... that do not hold the
    cue ("talks since Trump imposed tariffs"), and the speakers who report
    it ("..., Lutnick said")."""
    inside = {t.i for t in cue.ancestors} | {cue.i}
    out: set[int] = set()
    for tok in sent:
        subordinate = tok.dep_ == "relcl" or \
            (tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _MARKS for c in tok.children))
        if subordinate and tok.i not in inside:
            out.update(t.i for t in tok.subtree)
        if tok.lower_ in speech_verbs and tok.pos_ == "VERB":
            path_child = next((a for a in [cue, *cue.ancestors] if a.head.i == tok.i and a.i != tok.i), None)
            if path_child is None or path_child.dep_ == "ccomp":
                for c in tok.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        out.update(t.i for t in c.subtree)
    return {t.i for t in sent} - out


_HOLD_VERBS = frozenset({"hold", "holds", "held", "holding", "have", "has", "had"})


def _scope(cue, speech_verbs=frozenset()) -> set[int]:
    """Tokens of the clause a cue belongs to: its verb's words without the
    verbs joined to it ("met X, and spoke by phone with Y": X met, Y called)
    or relative clauses ("Trump, whose aide Z said"), plus the subject
    shared with the verb it is joined to. "A meeting between X and Y" is its
    own scope; a clause reported by a speech verb stops below that verb."""
    if any(c.lower_ == "between" for c in cue.children):
        return {t.i for t in cue.subtree}
    if any(c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and c.lower_ in _HOLD_VERBS for c in cue.children):
        return {t.i for t in cue.subtree}  # "the meeting he will hold with Whitcombe on June 10 in Mexico City"
    verb, steps = cue, 0
    while verb.pos_ != "VERB" and verb.head.i != verb.i and steps < 4:
        if verb.head.lower_ in speech_verbs:
            break
        verb, steps = verb.head, steps + 1
    if verb.pos_ != "VERB":
        verb = cue
    scope: set[int] = set()
    stack = [verb]
    while stack:
        tok = stack.pop()
        scope.add(tok.i)
        stack.extend(c for c in tok.children if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
                     and c.dep_ not in ("relcl", "ccomp", "parataxis", "advcl"))
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("conj", "xcomp", "advcl"):
        for c in verb.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                scope.update(t.i for t in c.subtree)
    return scope


def _dates_agree(a: str, b: str) -> bool:
    """Same day or month, or days at most three apart (a round of talks over a weekend)."""
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 3
    return False


def _ahead(cue) -> bool:
    """"The sixth meeting of the task force will be hosted by Malaysia in Kuala Lumpur": a gathering to come,
    not more about the one just reported (a "will" or "next" on the cue or on the verb it depends on)."""
    nodes = [cue, cue.head] if cue.head.i != cue.i else [cue]
    return any(c.lower_ in ("will", "shall", "next", "upcoming") for node in nodes for c in node.children) \
        or _ahead_above(cue)  # "Participants agreed to convene a senior officials' meeting in Tokyo"


def _ahead_above(cue) -> bool:
    """Do the verbs above a cue's clause, with their auxiliaries, put it ahead ("is scheduled to hold a video
    call", "agreed to convene a meeting")?"""
    above = sorted([*cue.ancestors, *(c for t in cue.ancestors for c in t.children if c.dep_ in ("aux", "auxpass"))],
                   key=lambda t: t.i)
    return is_future(" ".join(t.text for t in above))

