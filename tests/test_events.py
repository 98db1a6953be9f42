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


# ---- eighth round: lists of participants, leads without names, people who joined ----

READOUT = """WASHINGTON - On June 3, Deputy Trade Representative Orla Fennimore held a video call with Vice Minister \
Tavita Leiataua of Samoa's Ministry of Commerce, Industry and Labour.

The two officials discussed fisheries subsidies.

Participants

United States:
- Orla Fennimore, Deputy Trade Representative
- Rasmus Elkjaer, Director for the Pacific Islands

Samoa:
- Tavita Leiataua, Vice Minister
- Mele Aufai, Chief Executive Officer, Ministry of Commerce, Industry and Labour

Background

Press contact: Joan Pettifer, Office of Public Affairs
"""


def test_the_people_of_a_participants_list_join_the_main_event_with_their_lines_sides(extractor):
    result = run(extractor, READOUT)
    assert len(result.events) == 1
    assert sides(result.events[0]) == {"Orla Fennimore": "US", "Tavita Leiataua": "WS", "Rasmus Elkjaer": "US",
                                       "Mele Aufai": "WS"}
    assert "Joan Pettifer" in {p.name for p in result.persons}


def test_an_event_reported_without_names_takes_the_pair_named_next(extractor):
    result = run(extractor, "GENEVA - Senior Canadian and Korean trade officials met on the sidelines of a WTO "
                            "meeting in Geneva on Wednesday.\n\nCanadian Deputy Minister Blair Osterhout and "
                            "Korean Vice Minister Yoo Ha-neul spent two hours at the Canadian mission.")
    assert [(e.kind.value, people(e), e.place, e.date) for e in result.events] == [
        ("meeting", {"Blair Osterhout", "Yoo Ha-neul"}, "Geneva", "2025-06-04")]


def test_people_who_attended_join_the_event_just_reported(extractor):
    result = run(extractor, "Trade Minister Oh Ji-hoon held a video conference with Deputy Trade Representative "
                            "Orla Fennimore on the 9th. Ambassador Kwak Min-seo participated in the conference "
                            "from the embassy in Washington. From the ministry, Director-General Seo Yu-na "
                            "attended. Minister Oh also attended a seminar on shipbuilding.")
    assert [(e.kind.value, people(e)) for e in result.events] == [
        ("call", {"Oh Ji-hoon", "Orla Fennimore", "Kwak Min-seo", "Seo Yu-na"})]


def test_meeting_reporters_is_no_event(extractor):
    result = run(extractor, "Trade Minister Oh Ji-hoon met with reporters after the briefing in Seoul.")
    assert result.events == []


def test_a_signing_after_a_meeting_is_its_own_event_at_that_meeting(extractor):
    result = run(extractor, "On June 3, Minister Oh Ji-hoon hosted Vice Minister Tavita Leiataua in Seoul.\n\n"
                            "The two officials signed a memorandum on fisheries cooperation.\n\n"
                            "They agreed to hold the next meeting in Apia.")
    assert [(e.kind.value, people(e), e.place, e.date) for e in result.events] == [
        ("visit", {"Oh Ji-hoon", "Tavita Leiataua"}, "Seoul", "2025-06-03"),
        ("signing", {"Oh Ji-hoon", "Tavita Leiataua"}, "Seoul", "2025-06-03")]


def test_received_the_title_then_the_name_in_apposition_is_a_visit(extractor):
    result = run(extractor, "The undersecretary of Foreign Trade of the Secretaría de Economía (SE, Ministry of "
                            "Economy), Lorenzo Ibarra Cuevas, received on Monday the vice minister of Commerce of "
                            "China, Wen Jiali, in the offices of the ministry in Mexico City.")
    assert [(e.kind.value, people(e), e.place) for e in result.events] == [
        ("visit", {"Lorenzo Ibarra Cuevas", "Wen Jiali"}, "Mexico City")]
    assert {(r.person, r.organization) for r in result.roles} >= {
        ("Lorenzo Ibarra Cuevas", "Secretariat of Economy of Mexico")}
    assert {o.name for o in result.organizations} >= {"Secretariat of Economy of Mexico"}
    assert "Ministry of Economy" not in {o.name for o in result.organizations}


def test_attending_the_talks_joins_them_and_a_filing_credit_takes_no_part(extractor):
    result = run(extractor, "[Seoul = Ishida Mai] Vice-Minister Hoshi Daigo visited Seoul on the 2nd and held talks "
                            "with Minister Ko Eun-bi.\n\nAmbassador Mizuno Kenji of the Embassy of Japan also "
                            "attended the talks.")
    assert [(e.kind.value, people(e)) for e in result.events] == [
        ("visit", {"Hoshi Daigo", "Ko Eun-bi", "Mizuno Kenji"})]


def test_speaking_at_a_meeting_is_no_encounter(extractor):
    result = run(extractor, "Rep. Noh Ji-won and Rep. Park Da-som said at a committee meeting that the package "
                            "conceded too much.")
    assert result.events == []


# ---- ninth round: delegation heads, lists under country lines, dates by day of month ------------

def test_heads_of_two_sides_named_one_after_another_join_the_talks(extractor):
    result = run(extractor, "LISBON, June 12 (Tradewire) - Officials of the EU and India ended two days of talks on "
                            "steel in Lisbon on Thursday.\n\nIndia's delegation was led by Commerce Secretary Rohan "
                            "Mehta. Greta Lindqvist, a director in the European Commission's trade department, "
                            "headed the EU team.", published="2025-06-12")
    assert len(result.events) == 1
    assert sides(result.events[0]) == {"Rohan Mehta": "IN", "Greta Lindqvist": "EU"}


def test_a_country_owning_a_body_is_not_where_they_met(extractor):
    result = run(extractor, "OSLO, May 4 (Tradewire) - Ingvild Aasen met Tomasz Zielinski, state secretary at Poland's "
                            "Ministry of Development, on Monday.", published="2025-05-06")
    assert [e.place for e in result.events] == ["Oslo"]


def test_an_meps_group_in_brackets_gives_the_union_side(extractor):
    result = run(extractor, "Rapporteur Ewa Mazur (S&D, Poland) met Jan Dvorak, president of the Czech Steel Union, "
                            "in Ostrava on Monday.")
    assert sides(result.events[0]) == {"Ewa Mazur": "EU", "Jan Dvorak": "CZ"}


def test_a_directorate_general_is_the_unions(extractor):
    result = run(extractor, "Vice Minister Hao Jun held a video call with Frida Holm, Deputy Director-General of the "
                            "Directorate-General for Trade of the European Commission, on Monday.")
    assert sides(result.events[0])["Frida Holm"] == "EU"


@pytest.mark.parametrize("sentence, published, expected", [
    ("The two ministers met on the 20th in The Hague.", "2026-04-23", "2026-04-20"),
    ("On the 21st, the minister visited the plant.", "2026-04-23", "2026-04-21"),
    ("They met on the 28th.", "2026-04-03", "2026-03-28"),
    ("They will meet on the 2nd.", "2026-04-23", "2026-05-02"),
    ("They met on the 20th of April.", "2026-05-03", "2026-04-20"),
])
def test_the_day_of_the_month_alone(sentence, published, expected):
    assert event_date(sentence, parse_published(published)) == expected


def test_a_list_under_a_heading_and_country_lines_without_colons(extractor):
    result = run(extractor, "JAKARTA - The trade ministers of Korea and Indonesia met in Jakarta on Tuesday.\n\n"
                            "Key attendees at the Ministers' Meeting\n\nRepublic of Korea\n"
                            "- Han Ji-woo, Minister for Trade, Ministry of Trade, Industry and Energy\n"
                            "- Baek Seung-ho, Director-General for FTA Policy, Ministry of Trade, Industry and Energy\n\n"
                            "Republic of Indonesia\n- Budi Hartono, Minister of Trade, Ministry of Trade\n"
                            "- Sri Lestari Wibowo, Vice Minister of Trade\n")
    assert len(result.events) == 1
    assert sides(result.events[0]) == {"Han Ji-woo": "KR", "Baek Seung-ho": "KR", "Budi Hartono": "ID",
                                       "Sri Lestari Wibowo": "ID"}


def test_an_earlier_dated_meeting_is_not_merged_into_a_visit_and_attendees_join_it(extractor):
    result = run(extractor, "Trade Minister Ahn Ji-ho will visit Ottawa this month. During his stay, Minister Ahn "
                            "will hold talks with Claire Fortier, Canada's trade minister, on the 27th. Earlier, on "
                            "the 23rd, Minister Ahn convened a meeting with the battery industry in Seoul. Attendees "
                            "included Ko Min-seok, vice president at LG Energy Solution, and Jang Hye-rin, head of "
                            "trade policy at SK On.", published="2026-03-25")
    found = {(e.kind, frozenset(people(e)), e.date) for e in result.events}
    assert ("meeting", frozenset({"Ahn Ji-ho", "Ko Min-seok", "Jang Hye-rin"}), "2026-03-23") in found
    assert ("talks", frozenset({"Ahn Ji-ho", "Claire Fortier"}), "2026-03-27") in found


def test_they_after_a_pair_named_in_the_same_sentence_is_that_pair(extractor):
    result = run(extractor, "Attendees included Ko Min-seok of LG Energy Solution and Jang Hye-rin of SK On. "
                            "Minister Ahn Ji-ho and Claire Fortier held a video conference on Monday, at which they "
                            "agreed to speed up consultations.")
    assert [people(e) for e in result.events] == [{"Ahn Ji-ho", "Claire Fortier"}]


@pytest.mark.parametrize("sentence, expected", [
    ("Park and Okafor agreed to hold a follow-up meeting in Seoul in July.", "2026-07"),
    ("The two agreed to meet again in Paris in March.", "2027-03"),
])
def test_an_agreed_meeting_is_ahead(sentence, expected):
    assert event_date(sentence, parse_published("2026-06-03")) == expected


# ---- tenth round: scheduled encounters, meetings first reported with no names ---------------

def test_a_call_on_a_set_day_and_the_next_round_on_a_set_day_are_events(extractor):
    result = run(extractor, "NEW DELHI, Feb 13 (Reuters) - Lars Vinter, the EU's chief negotiator, met Meera Joshi, "
                            "a joint secretary in India's Department of Commerce, on Tuesday. Vinter and Joshi are "
                            "due to hold a video call on Feb. 24 to settle the rules of origin, and will lead the "
                            "next full round in Brussels starting March 16.", published="2026-02-13")
    got = {(e.kind.value, e.place, e.date) for e in result.events}
    assert ("call", None, "2026-02-24") in got
    assert ("talks", "Brussels", "2026-03-16") in got


def test_the_next_round_with_no_day_set_is_no_event(extractor):
    result = run(extractor, "Lars Vinter met Meera Joshi in New Delhi on Tuesday. Vinter and Joshi could hold the "
                            "next round of talks later.", published="2026-02-13")
    assert [e.kind.value for e in result.events] == ["meeting"]


def test_a_meeting_reported_first_with_no_names_gives_its_place_and_days_and_the_next_one_none(extractor):
    result = run(extractor, "JOINT PRESS STATEMENT\n\nJakarta, 11 March 2026\n\n1. The fifth meeting of the Joint "
                            "Task Force was held in Jakarta on 10-11 March 2026.\n\n2. The meeting was co-chaired by "
                            "Ms. Dewi Lestari, Director General of Foreign Trade, Ministry of Trade of the Republic "
                            "of Indonesia; and Ms. Ana Duarte, Director, Directorate-General for Environment (DG "
                            "ENV), European Commission.\n\n3. The sixth meeting of the Task Force will be hosted by "
                            "Malaysia in Kuala Lumpur in the second half of 2026.", published="2026-03-11")
    assert [(e.kind.value, e.place, e.date) for e in result.events] == [("meeting", "Jakarta", "2026-03-10")]


def test_a_surname_with_an_honorific_glossed_in_brackets_and_a_place_set_before_equals(extractor):
    result = run(extractor, "Yaoundé = The ministerial conference closed on the 29th. Nakamura Haruto, Director-General "
                            "of the Trade Policy Bureau of the Ministry of Economy, Trade and Industry (METI), spoke.\n\n"
                            "On the 27th, Nakamura kyokuchō (Director-General Nakamura) held talks in Yaoundé with "
                            "Li Jianguo, Director-General of the Department of WTO Affairs of China's Ministry of "
                            "Commerce. On the 28th, Nakamura also met Katarzyna Nowicka, the European Union's "
                            "Ambassador to the WTO.", published="2026-04-02")
    assert [(e.kind.value, sorted((p.name, p.side) for p in e.participants), e.place, e.date)
            for e in result.events] == [
        ("talks", [("Li Jianguo", "CN"), ("Nakamura Haruto", "JP")], "Yaoundé", "2026-03-27"),
        ("meeting", [("Katarzyna Nowicka", "EU"), ("Nakamura Haruto", "JP")], "Yaoundé", "2026-03-28")]
    assert ("Li Jianguo", "Department of WTO Affairs") in {(r.person, r.organization) for r in result.roles}


def test_receiving_a_delegation_and_its_head_named_next_and_a_date_in_figures(extractor):
    result = run(extractor, "JAKARTA, KOMPAS - Dewi Anggraini, Director General of Foreign Trade, spoke after receiving "
                            "a delegation of Japan's Ministry of Economy, Trade and Industry (METI) at the ministry, "
                            "Jakarta, Selasa (7/4/2026).\n\nThe Japanese delegation was led by the Director General "
                            "for Trade Policy of METI, Kenji Mori. Dewi Anggraini and Kenji Mori agreed to continue "
                            "the discussion in Tokyo in June.", published="2026-04-08")
    assert [(sorted(p.name for p in e.participants), e.place, e.date) for e in result.events] == [
        (["Dewi Anggraini", "Kenji Mori"], "Jakarta", "2026-04-07"),
        (["Dewi Anggraini", "Kenji Mori"], "Tokyo", "2026-06")]


def test_a_call_scheduled_for_a_weekday_lies_ahead_and_would_meet_on_a_set_day_is_scheduled(extractor):
    result = run(extractor, "WASHINGTON (AP) - Jane Holt, Deputy U.S. Trade Representative, met Luis Ortega, Mexico's "
                            "undersecretary for foreign trade, on Tuesday. Holt is scheduled to hold a video call on "
                            "Friday with Marie Roy, Canada's chief trade negotiator. Mexico's Economy Ministry said "
                            "Ortega and Holt would meet again in Mexico City on June 10.", published="2026-05-21")
    got = [(e.kind.value, e.place, e.date) for e in result.events]
    assert ("call", None, "2026-05-22") in got
    assert ("meeting", "Mexico City", "2026-06-10") in got


def test_the_two_and_a_month_written_early_may(extractor):
    result = run(extractor, "On the 28th, Kenji Mori also met Anna Nowak, the European Union's Ambassador to the WTO. "
                            "The two agreed to submit a proposal, and will hold a video conference in early May to "
                            "finalise the text.", published="2026-04-02")
    assert [(e.kind.value, e.date) for e in result.events] == [("meeting", "2026-03-28"), ("call", "2026-05")]


GCC_READOUT = """UK-GCC Free Trade Agreement: readout of the Riyadh negotiating round

The United Kingdom and the Gulf Cooperation Council (GCC) held a round of negotiations in Riyadh from 22 to 25 June 2026. The round was hosted by the GCC General Secretariat.

Delegations

UK delegation:
- Helen Marsh, UK Chief Negotiator, Department for Business and Trade (DBT)
- Tom Reyes, Deputy Director, Trade in Goods, DBT

GCC delegation:
- Dr. Omar Al-Said, GCC Chief Negotiator, GCC General Secretariat
- Lina Al-Amiri, Director of Economic Integration, GCC General Secretariat

Next steps

The chief negotiators, Ms Marsh and Dr. Al-Said, will hold a video call in July to take stock.
"""


def test_a_delegation_list_joins_the_round_reported_before_it_and_a_bloc_is_a_side(extractor):
    result = run(extractor, GCC_READOUT, published="2026-06-26")
    events = [(e.kind.value, {p.name: p.side for p in e.participants}, e.place, e.date) for e in result.events]
    assert events[0] == ("talks", {"Helen Marsh": "GB", "Tom Reyes": "GB", "Omar Al-Said": "GCC",
                                   "Lina Al-Amiri": "GCC"}, "Riyadh", "2026-06-22")
    assert events[1] == ("call", {"Helen Marsh": "GB", "Omar Al-Said": "GCC"}, None, "2026-07")
    assert ("Lina Al-Amiri", "GCC General Secretariat") in {(r.person, r.organization) for r in result.roles}


STATEMENT = """JOINT PRESS STATEMENT

1. The fifth meeting of the Task Force was held in Jakarta on 10-11 March 2026.

2. The meeting was co-chaired by Ms. Dewi Hartono, Director General of Foreign Trade, Ministry of Trade of the Republic of Indonesia; Dato' Amir Zulkifli, Deputy Secretary-General (Plantation and Commodities), Ministry of Plantation and Commodities of Malaysia; and Ms. Ana Moreira, Director, Directorate-General for Environment (DG ENV), European Commission.

3. Delegations:

Indonesia: Ms. Dewi Hartono (Head of Delegation); Mr. Budi Nugroho, Director of Export, Ministry of Trade.

European Union: Ms. Ana Moreira (Head of Delegation); Mr. Piet Brand, Head of Unit, Directorate-General for Trade (DG TRADE).

4. On the margins of the meeting, Ms. Hartono and Ms. Moreira held a bilateral meeting on 10 March on certification. Dato' Amir held a separate bilateral meeting with Ms. Moreira on 11 March.
"""


def test_delegation_lines_written_inline_and_bilateral_meetings_on_the_margins(extractor):
    result = run(extractor, STATEMENT, published="2026-03-11")
    events = [({p.name: p.side for p in e.participants}, e.place, e.date) for e in result.events]
    assert events[0] == ({"Dewi Hartono": "ID", "Amir Zulkifli": "MY", "Ana Moreira": "EU", "Budi Nugroho": "ID",
                          "Piet Brand": "EU"}, "Jakarta", "2026-03-10")
    assert events[1] == ({"Dewi Hartono": "ID", "Ana Moreira": "EU"}, "Jakarta", "2026-03-10")
    assert events[2][0] == {"Amir Zulkifli": "MY", "Ana Moreira": "EU"} and events[2][2] == "2026-03-11"
    roles = {(r.person, r.title): r.organization for r in result.roles}
    assert roles[("Amir Zulkifli", "Deputy Secretary-General")] == "Ministry of Plantation and Commodities of Malaysia"
    assert roles[("Ana Moreira", "Head of Delegation")] is None


def test_a_delegation_that_called_on_someone_and_meetings_a_day_apart_with_someone_new(extractor):
    result = run(extractor, "Washington, June 16, 2026 - A delegation led by Meera R. Joshi, joint secretary in the "
                            "Department of Commerce of India's Ministry of Commerce and Industry, met on June 9 with "
                            "Greg Sutton, deputy assistant secretary at the International Trade Administration. On "
                            "June 10, the delegation also called on Dana Oakes, assistant U.S. trade representative.",
                 published="2026-06-16")
    assert [({p.name: p.side for p in e.participants}, e.date) for e in result.events] == [
        ({"Meera R. Joshi": "IN", "Greg Sutton": "US"}, "2026-06-09"),
        ({"Meera R. Joshi": "IN", "Dana Oakes": "US"}, "2026-06-10")]


def test_the_official_a_call_last_friday_and_a_meeting_to_hold_in_a_relative_clause(extractor):
    result = run(extractor, "Culiacán, Sinaloa. The Secretaría de Economía will ask Washington to drop the duty, "
                            "announced the undersecretary of Foreign Trade, Ramón Ibarra Soto.\n\nIn a meeting with "
                            "growers in Culiacán this Monday, the official assured that the matter was raised last "
                            "Friday in a telephone call with the deputy representative of the Office of the United "
                            "States Trade Representative (USTR), Karen Whitley, and that it will be on the table at "
                            "the meeting he will hold with Whitley on June 10 in Mexico City.",
                 published="2026-06-03")
    got = [(e.kind.value, sorted(p.name for p in e.participants), e.place, e.date) for e in result.events]
    assert ("call", ["Karen Whitley", "Ramón Ibarra Soto"], None, "2026-05-29") in got
    assert ("meeting", ["Karen Whitley", "Ramón Ibarra Soto"], "Mexico City", "2026-06-10") in got


def test_a_thing_signed_last_year_is_no_signing_and_a_next_meeting_in_a_year_is_none(extractor):
    result = run(extractor, "Minister Ada Okoye met Ambassador Li Wen at her office in Abuja on Wednesday. The two "
                            "discussed plants in Ogun and the currency swap line signed last year. The two agreed to "
                            "hold the next meeting of the joint committee in Beijing in 2026.", published="2025-06-12")
    assert [(e.kind.value, e.place) for e in result.events] == [("meeting", "Abuja")]


def test_a_visit_to_a_city_by_someone_then_hosted_on_a_weekday_by_a_host(extractor):
    result = run(extractor, "PERTH - Japan's ministry opened talks after a two-day visit to Perth this week by Kenji "
                            "Mori, METI's director-general for trade policy.\n\nMori was hosted on Monday by Rohan "
                            "Vail, who heads the Critical Minerals Office.", published="2026-07-09")
    assert [(e.kind.value, sorted(p.name for p in e.participants), e.place, e.date) for e in result.events] == [
        ("visit", ["Kenji Mori", "Rohan Vail"], "Perth", "2026-07-06")]


PARTNERSHIP = """MINISTRY OF INDUSTRY AND TRADE OF VIET NAM
PRESS RELEASE – Da Nang, 29 April 2026

1. The First Ministerial Meeting of the Partnership was held in Da Nang on 28 April 2026. It was chaired by Deputy Minister Le Thi Hoa.

2. Participants welcomed the signing, on the margins of the meeting, of a Memorandum of Understanding signed by Deputy Minister Le Thi Hoa and Minister for Trade Kim Tae-ho.

3. Participants agreed to convene a senior officials' meeting in Tokyo in October 2026.

LIST OF DELEGATIONS

VIET NAM
- H.E. Ms. Le Thi Hoa, Deputy Minister of Industry and Trade (Head of Delegation)

REPUBLIC OF KOREA
- Mr. Kim Tae-ho, Minister for Trade, Ministry of Trade, Industry and Energy
"""


def test_a_delegation_list_joins_the_meeting_not_the_signing_on_its_margins(extractor):
    result = run(extractor, PARTNERSHIP, published="2026-04-29")
    assert [(e.kind.value, sorted(p.name for p in e.participants), e.place, e.date) for e in result.events] == [
        ("meeting", ["Kim Tae-ho", "Le Thi Hoa"], "Da Nang", "2026-04-28"),
        ("signing", ["Kim Tae-ho", "Le Thi Hoa"], "Da Nang", "2026-04-28")]


def test_talks_opened_on_a_day_and_the_ministers_who_met_there(extractor):
    result = run(extractor, "OTTAWA, Feb 9 (Cardinal) - Canada and the United States opened talks on Monday on metals "
                            "tariffs.\n\nDeputy U.S. Trade Representative Dan Walsh met Canada's Minister of "
                            "International Trade, Marie Roy, for about three hours in Ottawa.", published="2026-02-09")
    assert [(e.place, e.date) for e in result.events] == [("Ottawa", "2026-02-09")]
