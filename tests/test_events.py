"""Events (who met whom) and the people behind pronouns and descriptions, on
sentences written for these tests. All people are invented."""

from __future__ import annotations

import pytest

from loaders.articles import Article
from loaders.extraction.event_dates import event_date, parse_published


def run(extractor, text: str, published: str | None = "2025-06-10"):
    return extractor.extract(Article(id="t", text=text, published=published))


def people(event) -> set[str]:
    return {p.name for p in event.participants}


def sides(event) -> dict[str, str | None]:
    return {p.name: p.side for p in event.participants}


# ---- kinds ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("U.S. Commerce Secretary Dana Whitlow held talks with Chinese Vice Premier Gao Ruilin in Geneva on Monday.",
     "talks"),
    ("U.S. Commerce Secretary Dana Whitlow met Chinese Vice Premier Gao Ruilin in Geneva on Monday.", "meeting"),
    ("U.S. Commerce Secretary Dana Whitlow held a phone call with Chinese Vice Premier Gao Ruilin on Monday.",
     "call"),
    ("Chinese Vice Premier Gao Ruilin hosted U.S. Commerce Secretary Dana Whitlow in Beijing on Monday.", "visit"),
    ("U.S. President Ellis Marrow and Chinese President Gao Ruilin held a summit in Busan on Monday.", "summit"),
    ("U.S. Commerce Secretary Dana Whitlow and Chinese Vice Premier Gao Ruilin signed a grain agreement in "
     "Geneva on Monday.", "signing"),
    # a diplomat's "courtesy call on" a minister is a meeting, not a phone call
    ("Chinese Ambassador Gao Ruilin paid a courtesy call on U.S. Commerce Secretary Dana Whitlow in Washington on "
     "Monday.", "meeting"),
])
def test_each_kind_is_found_with_both_sides(extractor, sentence, kind):
    result = run(extractor, sentence)
    assert [e.kind.value for e in result.events] == [kind]
    event = result.events[0]
    assert set(sides(event).values()) == {"US", "CN"}
    assert event.date == "2025-06-09"  # Monday before a Tuesday publication
    assert event.evidence[0].sentence == sentence


def test_one_event_however_often_mentioned(extractor):
    text = ("U.S. Commerce Secretary Dana Whitlow met Chinese Vice Premier Gao Ruilin in Geneva on Monday.\n\n"
            "The meeting lasted four hours, officials said.\n\n"
            "Whitlow and Gao met again over dinner, aides said.")
    events = run(extractor, text).events
    assert len(events) == 1
    assert events[0].place == "Geneva"
    assert len(events[0].evidence) == 3


@pytest.mark.parametrize("sentence", [
    "U.S. Commerce Secretary Dana Whitlow could meet Chinese Vice Premier Gao Ruilin later this year.",
    "U.S. Commerce Secretary Dana Whitlow hopes to meet Chinese Vice Premier Gao Ruilin.",
    "No meeting between U.S. Commerce Secretary Dana Whitlow and Chinese Vice Premier Gao Ruilin is planned.",
    "U.S. Commerce Secretary Dana Whitlow told reporters that Chinese Vice Premier Gao Ruilin gave a speech.",
    "U.S. Commerce Secretary Dana Whitlow called for Chinese Vice Premier Gao Ruilin to cut tariffs.",
    "\u201cI will meet Gao Ruilin on Monday and we will sign,\u201d said U.S. Commerce Secretary Dana Whitlow.",
])
def test_possibilities_statements_and_quotes_are_not_events(extractor, sentence):
    assert run(extractor, sentence).events == []


def test_a_speaker_talking_ahead_of_a_meeting_takes_part(extractor):
    text = ("Both governments should settle the steel quotas soon, Prime Minister Aileen Corrie said on Monday "
            "ahead of a meeting with U.S. President Ellis Marrow in Ottawa.")
    events = run(extractor, text).events
    assert [people(e) for e in events] == [{"Aileen Corrie", "Ellis Marrow"}]


def test_a_speaker_reporting_talks_of_others_does_not_take_part(extractor):
    text = ("Chip sales are part of the U.S. negotiations with Chinese Vice Premier Gao Ruilin, U.S. Commerce "
            "Secretary Dana Whitlow said, after U.S. President Ellis Marrow met Gao in Busan.")
    events = run(extractor, text).events
    assert [people(e) for e in events] == [{"Ellis Marrow", "Gao Ruilin"}]


def test_scare_quotes_do_not_hide_talks(extractor):
    text = ("EU trade commissioner Lotte Brandsma said she held \u201csubstantive talks\u201d with U.S. Commerce "
            "Secretary Dana Whitlow on Tuesday.")
    events = run(extractor, text).events
    assert [sides(e) for e in events] == [{"Lotte Brandsma": "EU", "Dana Whitlow": "US"}]
    assert events[0].date == "2025-06-10"


# ---- pronouns and descriptions ------------------------------------------------------

def test_pronoun_and_counterpart_resolve_to_named_people(extractor):
    text = ("Chinese Vice Premier Gao Ruilin arrived in London on Sunday.\n\n"
            "He met his American counterpart, U.S. Commerce Secretary Dana Whitlow, on Monday.")
    events = run(extractor, text).events
    assert len(events) == 1
    assert people(events[0]) == {"Gao Ruilin", "Dana Whitlow"}


def test_the_two_sides_stand_for_the_people_of_the_last_event(extractor):
    text = ("Indian Commerce Minister Vikram Sathe held talks with EU trade commissioner Lotte Brandsma in "
            "New Delhi on Monday.\n\n"
            "The two sides held further talks on farm tariffs, officials said.")
    events = run(extractor, text).events
    assert len(events) == 1
    assert sides(events[0]) == {"Vikram Sathe": "IN", "Lotte Brandsma": "EU"}


def test_description_names_the_title_holder(extractor):
    text = ("Brazilian Agriculture Minister Rafael Duarte and Chinese Vice Premier Gao Ruilin spoke at a "
            "forum on Monday.\n\n"
            "The vice premier later met Duarte in Beijing, the ministry said.")
    events = run(extractor, text).events
    assert [people(e) for e in events] == [{"Gao Ruilin", "Rafael Duarte"}]


def test_she_said_after_a_paragraph_about_a_man_is_the_woman_named_before(extractor):
    text = ("Ms. Ilse Marten, the Dutch trade minister, opened the fair on Monday.\n\n"
            "Her deputy, Joost Verhey, said he found the tariffs unfair.\n\n"
            "\u201cWe will keep every market open to our farmers,\u201d she said.")
    quotes = run(extractor, text).quotes
    assert [q.speaker for q in quotes] == ["Ilse Marten"]


# ---- dates ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, published, expected", [
    ("They met on Monday.", "2025-06-10", "2025-06-09"),
    ("They met on Tuesday.", "2025-06-10", "2025-06-10"),
    ("They will meet on Saturday.", "2025-06-10", "2025-06-14"),
    ("They met yesterday.", "2025-06-10", "2025-06-09"),
    ("They met on June 3.", "2025-06-10", "2025-06-03"),
    ("They met in December 2018.", None, "2018-12"),
    ("They met in March.", "2025-06-10", "2025-03"),
    ("They met on Monday.", None, None),
    ("They met last week.", "2025-06-10", "2025-06"),
    ("They met last week.", "2025-06-03", None),
])
def test_event_dates(sentence, published, expected):
    assert event_date(sentence, parse_published(published)) == expected
