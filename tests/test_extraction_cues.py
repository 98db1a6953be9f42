"""Extraction, second round: organizations told by their surroundings, and
words around a name that say it is not a person.

Every sentence here is written for these tests; the people and most bodies
are invented.
"""

from __future__ import annotations

import pytest

from loaders.articles import Article


def run(extractor, text: str, published: str | None = None):
    return extractor.extract(Article(id="t", text=text, published=published))


def org_names(result) -> set[str]:
    return {o.name for o in result.organizations}


def org_forms(result) -> set[str]:
    """Every name the organizations go by: the canonical one, the article's own and the aliases."""
    return {form for o in result.organizations for form in (o.name, o.written, *o.aliases) if form}


def person_names(result) -> set[str]:
    return {p.name for p in result.persons}


# ---- outlets and bodies introduced by a noun ---------------------------------------

def test_outlet_after_a_cue_noun_is_an_organization(extractor):
    result = run(extractor, "The border is open, Minister Ilse Marquardt told reporters, according to the Dutch news "
                            "agency zanp. Officials confirmed it to the newspaper Correio Mercantil on Friday.")
    assert {"zanp", "Correio Mercantil"} <= org_names(result)


def test_according_to_a_named_outlet(extractor):
    result = run(extractor, "Exports of steel fell by a tenth, according to the Daily Ledger.")
    assert "Daily Ledger" in org_names(result)


def test_according_to_a_common_noun_is_no_organization(extractor):
    result = run(extractor, "The two sides will meet again in May, according to the readout. "
                            "Talks went well, according to the spokesperson.")
    assert org_names(result) == set()


def test_think_tank_named_after_a_based_place(extractor):
    result = run(extractor, "\"It is a truce and little more,\" said Oriane Castellane, a senior fellow at the "
                            "Lisbon-based think tank Valdora.")
    assert "Valdora" in org_names(result)
    roles = {(r.person, r.title, r.organization) for r in result.roles}
    assert ("Oriane Castellane", "senior fellow", "Valdora") in roles


def test_name_before_which_represents_is_a_body_not_a_person(extractor):
    result = run(extractor, "Ferrolux, which represents alloy makers, asked for a longer phase-in.")
    assert "Ferrolux" in org_names(result)
    assert "Ferrolux" not in person_names(result)


def test_dateline_agency_is_an_organization(extractor):
    result = run(extractor, "PORT LOUIS (Island Wire) - Trade Minister Devika Ramsurrun said sugar exports rose.")
    assert "Island Wire" in org_names(result)
    assert "Devika Ramsurrun" in person_names(result)


# ---- short forms ---------------------------------------------------------------

def test_short_form_in_brackets_links_to_the_full_name(extractor):
    result = run(extractor, "The Harbour City Chamber of Commerce and Industry (HCCCI) urged the government to act. "
                            "The HCCCI said imports of cheap fabric were hurting mills.")
    orgs = {o.name: o.aliases for o in result.organizations}
    assert "Harbour City Chamber of Commerce and Industry" in orgs
    assert "HCCCI" in orgs["Harbour City Chamber of Commerce and Industry"]
    assert "HCCCI" not in orgs
    assert "HCCCI" not in person_names(result)


def test_place_before_the_short_form_belongs_to_the_name(extractor):
    result = run(extractor, "The minister met leaders of the Norland Chamber of Commerce in Portugal (NorCham). "
                            "NorCham welcomed the deal.")
    assert "Norland Chamber of Commerce in Portugal" in org_names(result)
    assert "NorCham" not in person_names(result)


def test_agreement_with_a_short_form_is_no_organization(extractor):
    result = run(extractor, "Talks on the Broad-based Trade and Commerce Agreement (BTCA) stalled in 2013. "
                            "The BTCA was never signed.")
    assert not any("Agreement" in name or name == "BTCA" for name in org_names(result))


def test_bare_chamber_of_commerce_in_another_country_is_not_the_us_chamber(extractor):
    result = run(extractor, "The Lagosia Chamber of Commerce and Industry said costs had doubled.")
    assert org_names(result) == {"Lagosia Chamber of Commerce and Industry"}


# ---- not people -----------------------------------------------------------------

def test_place_after_in_is_not_a_person(extractor):
    result = run(extractor, "Tomas Ribeiro said farmers in Serra Alta were planting more soy.")
    assert person_names(result) == {"Tomas Ribeiro"}


def test_name_before_states_is_a_place(extractor):
    result = run(extractor, "Minister Amaka Obi proposed plants in special zones in Ogun and Zaria states.")
    assert person_names(result) == {"Amaka Obi"}


def test_two_word_surname_alone_joins_the_full_name(extractor):
    result = run(extractor, "President Lucia Montes Herrera arrived on Monday. Montes Herrera said the deal was close.")
    assert person_names(result) == {"Lucia Montes Herrera"}
    assert "Montes Herrera" in result.persons[0].aliases


def test_title_fused_with_a_name_is_a_title(extractor):
    result = run(extractor, "Taoiseach Ciaran Molloy said the levy was unfair. \"We will answer it,\" said Molloy.")
    assert person_names(result) == {"Ciaran Molloy"}
    assert ("Ciaran Molloy", "Taoiseach") in {(r.person, r.title) for r in result.roles}
    assert {q.speaker for q in result.quotes} == {"Ciaran Molloy"}


def test_title_written_after_a_name_is_no_part_of_it(extractor):
    result = run(extractor, "Ortega Commerce Secretary told reporters the quota would stay.")
    assert person_names(result) == {"Ortega"}


def test_photo_credit_lines_are_not_story_sentences(extractor):
    result = run(extractor, "Ports brace for new levies\n"
                            "TRADEWIRE/Jonas Feld Prime Minister Ilse Marquardt speaks in Valletta, May 3.\n"
                            "A crane loads containers. (AP Photo/Mara Quint)\n"
                            "VALLETTA (Tradewire) - Trade Minister Paul Azzopardi said exports rose.")
    assert person_names(result) == {"Paul Azzopardi"}


def test_country_pair_with_a_slash_in_the_story_is_no_credit(extractor):
    result = run(extractor, "US/China talks with Trade Minister Lu Bowen resumed on Monday.")
    assert person_names(result) == {"Lu Bowen"}


def test_title_set_off_by_commas_after_a_possessive(extractor):
    # "The committee's ranking member, Patel, agreed." once raised a NameError
    result = run(extractor, "Raja Patel spoke first. The committee's ranking member, Patel, agreed.")
    assert person_names(result) == {"Raja Patel"}


# ---- quotes ----------------------------------------------------------------------

def test_quote_inside_an_unnamed_persons_statement_is_nobodys(extractor):
    result = run(extractor, "A U.S. official, speaking on condition of anonymity, said Commerce Secretary Graham "
                            "Pettibone saw \"real progress on investment and jobs\" in the talks.")
    assert result.quotes == []


def test_leader_named_by_party_title_speaks_for_the_party_leader(extractor):
    result = run(extractor, "Opposition leader Niamh Carey of Sinn Fein spoke on Monday. Taoiseach Ciaran Molloy "
                            "disagreed. \"This deal is a betrayal of our farmers,\" the Sinn Fein leader added.")
    assert [(q.speaker, q.text) for q in result.quotes] == [("Niamh Carey", "This deal is a betrayal of our farmers")]
    roles = {(r.person, r.title, r.organization) for r in result.roles}
    assert ("Niamh Carey", "Opposition leader", "Sinn Féin") in roles  # (the party's name as the lexicon writes it)
    assert not any(person == "Ciaran Molloy" and title == "leader" for person, title, _ in roles)


def test_speaker_named_only_after_a_long_quotation(extractor):
    result = run(extractor, "\"We will not be rushed into a bad deal, and we have said so plainly to our partners in "
                            "Lisbon and in Brussels. The timetable is theirs to propose and ours to accept or refuse, "
                            "and we have refused it,\" Prime Minister Ana Duarte said on Friday.")
    assert [q.speaker for q in result.quotes] == ["Ana Duarte"]


def test_body_word_as_subject_of_a_speech_verb_is_no_person(extractor):
    result = run(extractor, "The Adriatic Steel Exporters' Association (ASEA) warned that the cut would hurt. "
                            "\"We will defend our mills,\" said Marko Tadic, the chairman of ASEA.")
    assert person_names(result) == {"Marko Tadic"}
    assert ("Marko Tadic", "chairman", "Adriatic Steel Exporters' Association") in {
        (r.person, r.title, r.organization) for r in result.roles}


# ---- titles with a list of portfolios ------------------------------------------------

def test_portfolio_list_before_a_name_is_the_title_not_an_organization(extractor):
    result = run(extractor, "NAIROBI (Tradewire) - Minister of Mines, Trade and Investment Chanda Mwale met the envoy. "
                            "Minister of Industry and Trade Bwalya Phiri received him.")
    assert person_names(result) == {"Chanda Mwale", "Bwalya Phiri"}
    roles = {(r.person, r.title, r.organization) for r in result.roles}
    # (Kenya's listed ministry of those portfolios, the lexicon's name)
    assert ("Bwalya Phiri", "Minister of Industry and Trade", "Ministry of Investments, Trade and Industry") in roles
    assert not any("Phiri" in name or "Mwale" in name for name in org_names(result))


# ---- spans that are no organization --------------------------------------------------

@pytest.mark.parametrize("text", ["U.S.-Japan", "EU-China", "trans-Pacific", "Shipping Commerce", "Harbor Trade"])
def test_spans_the_model_may_label_that_name_no_body(extractor, text):
    doc = extractor.nlp(text)
    assert extractor.org_finder.resolver.resolve(doc, 0, len(doc)) is None


@pytest.mark.parametrize("text", ["U.S.-China Business Council", "Halcyon Semiconductor", "Ministry of Commerce"])
def test_names_like_those_that_still_name_a_body(extractor, text):
    doc = extractor.nlp(text)
    assert extractor.org_finder.resolver.resolve(doc, 0, len(doc)) is not None


def test_national_body_led_by_an_adjective_with_a_plural_possessive(extractor):
    result = run(extractor, "The Chilean Fruit Growers' Association welcomed the plan. Its president, Tomas Vial, "
                            "said in a statement that it was good.")
    assert "Chilean Fruit Growers' Association" in org_names(result)
    assert ("Tomas Vial", "president", "Chilean Fruit Growers' Association") in {
        (r.person, r.title, r.organization) for r in result.roles}


def test_short_form_in_brackets_is_cut_off_a_ministry_name(extractor):
    result = run(extractor, "The statement came from Chile's Ministry of Mines and Fisheries (MINFISH). "
                            "MINFISH later confirmed it.")
    assert "Ministry of Mines and Fisheries of Chile" in org_names(result)
    assert not any("(" in name for name in org_names(result))


def test_according_to_a_body_named_with_a_country(extractor):
    result = run(extractor, "Reserves are large, according to the United States Geological Survey.")
    assert "United States Geological Survey" in org_names(result)


def test_short_form_after_a_title_does_not_swallow_the_name(extractor):
    result = run(extractor, "The minister met the Korea Chamber of Commerce in Portugal (KoChamP) on Friday. "
                            "Chairman of KoChamP Yoo Jae-min told reporters that firms want faster licensing.")
    assert person_names(result) == {"Yoo Jae-min"}
    assert ("Yoo Jae-min", "Chairman", "Korea Chamber of Commerce in Portugal") in {
        (r.person, r.title, r.organization) for r in result.roles}


# ---- roles -----------------------------------------------------------------------

def test_two_posts_joined_by_and_are_two_roles(extractor):
    result = run(extractor, "Executive Vice-President and Trade Commissioner Ilona Stavrou spoke in Brussels.")
    roles = {(r.person, r.title, r.organization) for r in result.roles}
    assert ("Ilona Stavrou", "Executive Vice-President", "European Commission") in roles
    assert ("Ilona Stavrou", "Trade Commissioner", "European Commission") in roles


def test_bare_title_beside_a_fuller_one_is_not_a_second_role(extractor):
    result = run(extractor, "Minister of Industry and Trade Tran Van Hoa came on Monday. Later, Minister Tran Van Hoa left.")
    assert [r.title for r in result.roles] == ["Minister of Industry and Trade"]


# ---- outlets a speaker addresses, credits, portfolios (third round) -----------------

@pytest.mark.parametrize("sentence, outlet", [
    ("Exporters stand to gain, Ravindra Kulkarni told Market Now that evening.", "Market Now"),
    ("The minister, Orla Vintner, said on Bluewater Business TV that the quota would stay.", "Bluewater Business TV"),
    ("In an interview with the Harbour Courier, Ines Albrand said the talks had stalled.", "Harbour Courier"),
    ("The industry cannot absorb the duty, its chairman Tobias Wrenfield told TV Kestrel last week.", "TV Kestrel"),
])
def test_an_outlet_a_speaker_addresses_is_an_organization(extractor, sentence, outlet):
    assert outlet in org_names(run(extractor, sentence))


def test_a_title_or_place_a_speaker_addresses_is_no_outlet(extractor):
    result = run(extractor, "Senator Hal Brisbane told Prime Minister Odile Marchant that the deal was close. "
                            "He later told Lisbon that the talks would go on, and told reporters nothing more.")
    assert not {"Prime Minister", "Prime Minister Odile Marchant", "Lisbon", "Prime"} & org_names(result)


def test_photo_credit_agency_stops_at_the_slash(extractor):
    result = run(extractor, "Premier Dana Holloway speaks in Toronto on March 10. THE HARBOUR PRESS/Ruth Allenby\n\n"
                            "Holloway said the duties would hurt.")
    assert not any("/" in name or "Allenby" in name for name in org_names(result))


def test_portfolio_words_before_a_title_are_no_organization(extractor):
    result = run(extractor, "Vice Minister Lu Shaoqing met Development, Industry, Trade and Services Minister "
                            "Helena Paiva on Wednesday. The Labour MP for Leeds East, Tom Harker, spoke later.")
    names = org_names(result)
    assert not any(name.startswith("Development") for name in names)
    assert "Labour Party" in names


def test_excellency_is_no_part_of_a_name_and_long_hyphenated_names_stay_whole(extractor):
    result = run(extractor, "H.E. Rashed Al-Mansoori met the delegation. His Excellency Faisal bin Khalid Al-Qasimi, "
                            "the Minister of Investment, also attended. Vice Premier He Lingfeng spoke later.")
    names = person_names(result)
    assert {"Rashed Al-Mansoori", "Faisal bin Khalid Al-Qasimi", "He Lingfeng"} <= names
    assert not any(name.startswith(("H.E", "Excellency")) for name in names)
    roles = {(r.person, r.title) for r in result.roles}
    assert ("Faisal bin Khalid Al-Qasimi", "Minister of Investment") in roles


def test_minister_of_a_portfolio_list_names_the_ministry_the_lexicon_knows(extractor):
    # the dateline's country must not rename a ministry the title names exactly
    result = run(extractor, "RIYADH (Gulf Wire) - Yusuf Al-Harbi, Minister of Industry and Mineral Resources, met "
                            "Minister of Trade, Industry and Energy Ryu Seung-min on Tuesday.")
    roles = {r.person: (r.title, r.organization) for r in result.roles}
    assert roles["Yusuf Al-Harbi"][0] == "Minister of Industry and Mineral Resources"
    assert roles["Ryu Seung-min"] == ("Minister of Trade, Industry and Energy", "Ministry of Trade, Industry and Energy")


def test_a_name_in_commas_after_a_title_is_a_person_whatever_the_model_says(extractor):
    result = run(extractor, "Its executive director, Mariana Quintela Sobral, said the group expected \"a strong "
                            "second half if the plant approvals come through.\" The chamber's president and chief "
                            "executive, Nadia Okoro-Whitfield, said in a statement that members would pay.")
    assert {"Mariana Quintela Sobral", "Nadia Okoro-Whitfield"} <= person_names(result)
    assert {q.speaker for q in result.quotes} == {"Mariana Quintela Sobral"}


def test_hyphenated_surname_before_an_appositive_title_and_a_region_after_for(extractor):
    result = run(extractor, "Edgar Penhale-Doyle, chief executive of the Harbour Authority, told MPs the review was "
                            "late. Ruto met Assistant U.S. Trade Representative for Africa Simone Caldwell-Obi on "
                            "Monday.")
    assert {"Edgar Penhale-Doyle", "Simone Caldwell-Obi"} <= person_names(result)
    roles = {(r.person, r.title) for r in result.roles}
    assert ("Simone Caldwell-Obi", "Assistant Trade Representative for Africa") in roles


def test_one_story_writing_a_name_in_both_orders_is_one_person(extractor):
    result = run(extractor, "Minister Ryu Seong-jin held talks in Riyadh. Minister Al-Harbi said that \"Minister "
                            "Seong-jin Ryu and I agree on the next steps for both of our countries,\" and smiled.")
    assert "Seong-jin Ryu" not in person_names(result)
    assert "Ryu Seong-jin" in person_names(result)


def test_quoted_as_saying_gives_the_quote_to_the_one_quoted(extractor):
    result = run(extractor, "Celeste Marlowe, the deputy trade representative, did not speak to reporters. In a "
                            "readout released later, she was quoted as saying that Washington \"welcomes Korea's "
                            "constructive approach to the talks\" and wanted more.")
    assert [(q.speaker, q.text[:8]) for q in result.quotes] == [("Celeste Marlowe", "welcomes")]


def test_a_quote_reported_inside_another_statement_is_its_own_speakers(extractor):
    # the next sentence's speaker ("Harker asked") is only a fallback when the quote's own sentence names no one
    result = run(extractor, "Tom Harker chairs the committee. The Conservative MP reminded the minister that one of "
                            "his predecessors, Lord Penrose-Vane, had told the committee in 2023 that \"safeguards are "
                            "a bridge, not a destination.\" Harker asked: \"Where is the other side of the bridge?\"")
    speakers = {q.text[:10]: q.speaker for q in result.quotes}
    assert speakers["safeguards"].endswith("Penrose-Vane")
    assert speakers["Where is t"] == "Tom Harker"


# ---- round four: official releases, other countries' generic bodies ---------------------------

def roles_of(result) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.title, r.organization) for r in result.roles}


def test_a_surname_written_in_capitals_is_the_surname_and_marks_a_name(extractor):
    result = run(extractor, "The dialogue was attended on the Korean side by CHOI Seo-yun, Director General for "
                            "Trade Policy, and on the Japanese side by NAKAMURA Ryota of the Trade Policy Bureau.")
    surnames = {p.name: p.surname for p in result.persons}
    assert surnames == {"CHOI Seo-yun": "CHOI", "NAKAMURA Ryota": "NAKAMURA"}


def test_a_body_named_with_of_after_the_name_is_the_titles_even_when_known(extractor):
    result = run(extractor, "Trade Minister PARK Ji-hoon of the Ministry of Trade, Industry and Energy met the "
                            "delegation in Seoul on Tuesday.")
    assert ("PARK Ji-hoon", "Trade Minister", "Ministry of Trade, Industry and Energy") in roles_of(result)


def test_a_prefix_joined_with_a_hyphen_and_a_portfolio_after_for_make_one_title(extractor):
    result = run(extractor, "Officials met Hiroki Tamaru, Vice-Minister for International Affairs of Japan's "
                            "Ministry of Economy, Trade and Industry, in Osaka. Co-chair Lena Brandt agreed.")
    assert ("Hiroki Tamaru", "Vice-Minister for International Affairs",
            "Ministry of Economy, Trade and Industry") in roles_of(result)
    assert ("Lena Brandt", "Co-chair") in {(r.person, r.title) for r in result.roles}


def test_a_generic_alias_of_a_body_of_a_country_the_story_hardly_names_is_the_storys_own(extractor):
    result = run(extractor, "NEW DELHI: Opposition MPs questioned Commerce Secretary Arvind Kulkarni on Monday. "
                            "Congress MP Meera Pillai said the government had given away its leverage under U.S. tariffs.")
    assert "U.S. Congress" not in org_names(result) and "Congress" in org_names(result)
    assert ("Arvind Kulkarni", "Commerce Secretary", "Ministry of Commerce and Industry of India") in roles_of(result)
    named = run(extractor, "BRUSSELS — Diplomats said the U.S. Congress must approve the deal. Congress is divided, "
                           "said Ana Lindqvist.")
    assert "U.S. Congress" in org_names(named)


def test_a_known_name_ending_a_longer_one_and_a_verb_after_a_name_are_not_the_name(extractor):
    result = run(extractor, "ABUJA — The opposition Peoples Progressive Democratic Party dismissed the visit. A "
                            "member of the Social Democratic Party agreed. The Standing Committee on Commerce "
                            "questioned the minister.")
    names = org_names(result)
    assert {"Peoples Progressive Democratic Party", "Social Democratic Party"} <= names
    assert "Democratic Party" not in names
    assert "Standing Committee on Commerce" in names


def test_a_place_before_with_is_no_side_of_the_person_after_it(extractor):
    result = run(extractor, "NEW DELHI: Commerce Secretary Ravi Anand held talks in New Delhi with Kenji Tamura, "
                            "Vice-Minister for International Affairs at Japan's Ministry of Economy, Trade and Industry.")
    sides = {p.name: p.side for e in result.events for p in e.participants}
    assert sides == {"Ravi Anand": "IN", "Kenji Tamura": "JP"}


def test_a_name_the_story_says_is_a_company_or_association_is_a_body(extractor):
    result = run(extractor, "He said that Veltrana, the Chilean state copper company, was in talks. In Hamburg, Ute "
                            "Krombach, president of the German machine tool association VMW, urged calm. Shares of "
                            "Orinda Holdings and Kasumi Electric fell. Lior Adani, a partner at Brandt Ossery LLP, "
                            "wrote the note. Ministers for Small and Medium Industries met.")
    orgs, people = org_names(result), person_names(result)
    assert {"Veltrana", "VMW", "Kasumi Electric", "Brandt Ossery LLP"} <= orgs
    assert not {"Veltrana", "Kasumi Electric", "Brandt Ossery LLP"} & people
    assert "Medium Industries" not in orgs
    assert ("Ute Krombach", "president", "VMW") in roles_of(result)
    assert ("Lior Adani", "partner", "Brandt Ossery LLP") in roles_of(result)


def test_a_country_word_and_common_nouns_name_no_body(extractor):
    result = run(extractor, "Caio Mendes, executive president of the Brazilian steel association Ferro Brasil, said "
                            "the duties came late.")
    assert "Brazilian steel" not in org_names(result)
    assert ("Caio Mendes", "executive president", "Ferro Brasil") in roles_of(result)


def test_a_name_before_a_title_in_brackets_or_a_countrys_title_is_a_person(extractor):
    result = run(extractor, "The note was drafted in Brussels by Noor Halvorsen (Partner, Brussels) and her team. "
                            "Zhang held talks in Recife with Teodora Vilela, Brazil's secretary of foreign trade, on "
                            "Monday.")
    assert {"Noor Halvorsen", "Teodora Vilela"} <= person_names(result)
    assert ("Noor Halvorsen", "Partner") in {(r.person, r.title) for r in result.roles}


def test_which_after_a_name_makes_a_body_only_before_a_verb(extractor):
    result = run(extractor, "The meeting follows a video call between Zhou Ming and the Commission's chief trade "
                            "negotiator, Joost Verhaegen, which both sides described as constructive. Ferrometa, "
                            "which represents metal producers, objected.")
    assert "Joost Verhaegen" in person_names(result)
    assert "Ferrometa" not in person_names(result)


def test_a_deputy_ministers_portfolio_names_the_ministry_and_a_conjunction_is_no_part_of_a_body(extractor):
    result = run(extractor, "Deputy Minister of Industry and Trade Tran Thi Mai and Whitcomb are due to hold talks "
                            "in Hanoi. \"If CBP goes after a few cases, the market will adjust,\" Tran said.")
    # (since round 48 the listed ministry of that name of the one country the story names that has one: Viet Nam's)
    assert ("Tran Thi Mai", "Deputy Minister of Industry and Trade", "Ministry of Industry and Trade of Vietnam") \
        in roles_of(result)
    assert not any(name.startswith("If ") for name in org_names(result))


def test_a_policy_dialogue_held_with_a_counterpart_is_talks(extractor):
    result = run(extractor, "Trade Minister KIM Ha-neul held the 9th Korea-Japan Trade Policy Dialogue with ITO Ren, "
                            "Vice-Minister for International Affairs of Japan's Ministry of Economy, Trade and Industry, "
                            "in Seoul on June 25.")
    assert [(e.kind, {p.name for p in e.participants}) for e in result.events] == \
        [("talks", {"KIM Ha-neul", "ITO Ren"})]


def test_a_hungarian_name_the_story_shortens_to_its_first_word_is_surname_first(extractor):
    result = run(extractor, "Szabó Levente (Senior Fellow, Danube Policy Forum) argues the gap is deliberate. "
                            "\"Ambiguity is the policy,\" Szabó said.")
    assert {p.name: p.surname for p in result.persons} == {"Szabó Levente": "Szabó"}  # a forum is no person


def test_malaysian_and_nigerian_honorifics_are_no_part_of_the_name(extractor):
    result = run(extractor, "Malaysian Minister Datuk Seri Azlan Mokhtar met officials in Abuja on Tuesday.")
    assert "Azlan Mokhtar" in person_names(result)


def test_a_title_after_and_belongs_to_the_next_person_and_an_honorific_does_not_hide_a_title(extractor):
    result = run(extractor, "The texts were initialled by India's Commerce Secretary, Dr. V.S. Raghunath, and the "
                            "European Commission's chief trade negotiator, Maarten Claes, at the close of the round. "
                            "Parliamentary State Secretary to the Federal Minister for Economic Affairs, Dr Lena "
                            "Hofbauer, held talks.")
    roles = roles_of(result)
    assert ("V.S. Raghunath", "Commerce Secretary", "Ministry of Commerce and Industry of India") in roles
    assert ("Maarten Claes", "chief trade negotiator", "European Commission") in roles
    assert not any(p == "V.S. Raghunath" and t == "chief trade negotiator" for p, t, _ in roles)
    assert not any(p == "Lena Hofbauer" and "Federal Minister" in t for p, t, _ in roles)


def test_a_bodys_name_after_a_title_word_and_a_gerund_are_no_people(extractor):
    result = run(extractor, "Brazil's Executive Management Committee of the Chamber of Foreign Trade extended the "
                            "duties. Reacting, the minister's spokesperson, Mr. Tunde Bakare, said the deal was good.")
    assert person_names(result) == {"Tunde Bakare"}
    assert "G20" in org_names(run(extractor, "Leaders of the Group of 20 met in Johannesburg."))


# ---- fifth round (train 7) ------------------------------------------------------------

def test_a_briefings_list_of_authors_gives_people_and_posts_at_the_issuing_firm(extractor):
    text = ("CLIENT ALERT | Trade Remedies\n\nTariff Rules Change Again: What Importers Should Do\n\n"
            "Marlowe Brandt LLP\n\nAuthors: Ines Korvald, Partner (Oslo); Tobias R. Fenwick, Counsel (London); "
            "Ama Owusu-Reyes (Associate, Accra)\n\nThe new schedule applies from March.")
    result = run(extractor, text)
    assert {"Ines Korvald", "Tobias R. Fenwick", "Ama Owusu-Reyes"} <= person_names(result)
    roles = roles_of(result)
    assert {("Ines Korvald", "Partner", "Marlowe Brandt LLP"), ("Tobias R. Fenwick", "Counsel", "Marlowe Brandt LLP"),
            ("Ama Owusu-Reyes", "Associate", "Marlowe Brandt LLP")} <= roles
    assert "Marlowe Brandt LLP" in org_names(result) and len(result.organizations) == 1


def test_a_post_at_a_body_said_of_a_person_does_not_make_the_person_a_body(extractor):
    result = run(extractor, "Oriane Vasquez-Holt, a partner at the firm, wrote the note. Petronix, the Malaysian "
                            "state energy company, said it would invest.")
    assert person_names(result) == {"Oriane Vasquez-Holt"}
    assert org_names(result) == {"Petronix"}


def test_two_word_honorifics_and_a_bodys_short_form_before_a_title(extractor):
    result = run(extractor, "Federation of Coastal Exporters (FCE) president Tan Sri Harun Idris Salleh said firms "
                            "need guidance. Tan Wei Ling, a director of the federation, agreed.")
    assert person_names(result) == {"Harun Idris Salleh", "Tan Wei Ling"}
    assert ("Harun Idris Salleh", "president", "Federation of Coastal Exporters") in roles_of(result)


def test_kenyan_cabinet_secretary_abbreviation_is_a_title(extractor):
    result = run(extractor, "Former Trade CS Joseph Kariuki Mwangi warned against haste. \"We need time,\" "
                            "CS Mwangi said.")
    assert person_names(result) == {"Joseph Kariuki Mwangi"}
    assert any(p == "Joseph Kariuki Mwangi" and t == "Trade Cabinet Secretary" for p, t, _ in roles_of(result))


def test_embassies_get_one_name_however_written(extractor):
    result = run(extractor, "Ambassador Lerato Dube joined from the South African Embassy in Washington. "
                            "The Embassy of the Republic of Korea in Washington hosted a reception, and the "
                            "U.S. embassy in Pretoria said nothing. Zambia's High Commission in London agreed.")
    assert {"Embassy of South Africa in Washington", "Embassy of South Korea in Washington",
            "Embassy of the United States in Pretoria", "High Commission of Zambia in London"} <= org_names(result)


def test_a_body_the_model_missed_is_found_by_its_short_forms_initials(extractor):
    result = run(extractor, "Vice Chairman Oh Dong-hyun of the Korea Battery & Materials Association (KBMA) "
                            "attended. KBMA said exports fell.")
    assert "Korea Battery & Materials Association" in org_names(result)
    assert ("Oh Dong-hyun", "Vice Chairman", "Korea Battery & Materials Association") in roles_of(result)
    result = run(extractor, "The Trade and Investment Framework (TIF) was signed.")
    assert not org_names(result)  # an agreement spelled by its initials is no body


def test_committee_titles_take_the_committee_named_before(extractor):
    result = run(extractor, "Lawmakers on the Senate Finance Committee pressed the envoy. Committee Chair Wilma "
                            "Hargrove opened the hearing. The panel's ranking member, Sen. Omar Castellanos-Reid of "
                            "Nevada, was sharper.")
    roles = roles_of(result)
    assert ("Wilma Hargrove", "Committee Chair", "Senate Finance Committee") in roles
    assert ("Omar Castellanos-Reid", "ranking member", "Senate Finance Committee") in roles


def test_formal_titles_in_capitals_around_a_name(extractor):
    result = run(extractor, "VILNIUS - Vaitkus Jonas, Minister of Foreign Affairs and Trade, held talks in Riga. "
                            "On Monday, the envoy met Peru's Minister of Foreign Trade and Tourism, Rosa Quispe Mamani, in Lima.")
    assert {"Vaitkus Jonas", "Rosa Quispe Mamani"} <= person_names(result)
    roles = roles_of(result)
    assert any(p == "Vaitkus Jonas" and t == "Minister of Foreign Affairs and Trade" and o and
               o.startswith("Ministry of Foreign Affairs and Trade") for p, t, o in roles)
    assert any(p == "Rosa Quispe Mamani" and t == "Minister of Foreign Trade and Tourism" for p, t, _ in roles)


def test_places_listed_after_in_and_member_states_are_no_people(extractor):
    result = run(extractor, "The ministry will open help desks in Leon and Queretaro, and plants in Debrecen, "
                            "Szeged and Nyiregyhaza. Member States can block it.")
    assert not person_names(result)


def test_a_permanent_mission_to_a_body_and_a_bodys_organ(extractor):
    result = run(extractor, "The envoys met at the Permanent Mission of Chile to the WTO, weeks after the WTO "
                            "Appellate Body stopped working.")
    assert {"Permanent Mission of Chile to the WTO", "WTO Appellate Body"} <= org_names(result)


def test_release_headings_and_headline_capitals_are_no_bodies(extractor):
    result = run(extractor, "Press Release\nMinistry of Trade, Industry and Energy, Republic of Korea\n\n"
                            "Minister Holds Talks on Tariff Measures on Automobiles and Steel\n\n"
                            "The Ministry of Trade, Industry and Energy said the talks went well.")
    assert org_names(result) == {"Ministry of Trade, Industry and Energy"}


def test_bodies_told_by_a_chamber_cue_or_a_hyphenated_appositive(extractor):
    result = run(extractor, "The steel chamber Acerlat has lobbied for years. On the floor of Fundiciones Vargas, a "
                            "family-owned maker of axle housings, the presses run.")
    assert {"Acerlat", "Fundiciones Vargas"} <= org_names(result)
    assert not person_names(result)


def test_a_company_prefix_and_a_contracted_short_form(extractor):
    result = run(extractor, "Sutanto, a former director of state miner PT Bumi Logam Nusantara (Bulogam), spoke. "
                            "Bulogam said exports would rise.")
    assert "PT Bumi Logam Nusantara" in org_names(result)
    assert not person_names(result) & {"PT Bumi Logam Nusantara", "Bulogam"}


def test_a_korean_given_name_after_a_title_and_comma_keeps_its_second_syllable(extractor):
    result = run(extractor, "The shipbuilders' association agreed. Its vice chairman, Chae Seo-gyu, cautioned that "
                            "labour shortages limit expansion.")
    assert "Chae Seo-gyu" in person_names(result)


def test_a_second_surname_the_model_reads_as_a_nationality_stays_in_the_name(extractor):
    result = run(extractor, "Economy Secretary Valentina Rojas Ibanez agreed with the plan.")
    assert person_names(result) == {"Valentina Rojas Ibanez"}


def test_market_access_in_the_words_trade_stories_use(extractor):
    for text in ("Exporters will lose duty-free access to the American market in September, the minister warned. "
                 "Duty-free access had kept the mills running.",
                 "Halal certification remains the biggest non-tariff barrier for our exporters, she said. Another "
                 "non-tariff barrier is slow customs clearance."):
        assert "market_access" in {i.id for i in run(extractor, text).issues}, text


def test_an_ambassador_keeps_the_country_posted_to_and_the_sending_countrys_embassy(extractor):
    result = run(extractor, "Ghana's Ambassador to the United States, Kwame Asante-Boateng, joined the call from the "
                            "Ghanaian Embassy in Washington. Ambassador to China Efua Mensah-Darko did not.")
    roles = roles_of(result)
    assert ("Kwame Asante-Boateng", "Ambassador to the United States", "Embassy of Ghana in Washington") in roles
    assert any(p == "Efua Mensah-Darko" and t == "Ambassador to China" for p, t, _ in roles)
    assert {r.person: r.country for r in result.roles}["Efua Mensah-Darko"] != "CN"  # posted there, not from there


def test_a_post_at_the_body_a_possessive_noun_points_back_to(extractor):
    result = run(extractor, "Brightwater Line, a Rotterdam-based carrier, will reroute ships. \"We cannot absorb the "
                            "fee on every call,\" said Pieter Maas, the company's chief executive. The Chamber of "
                            "Dredging Contractors disagreed, said Ilse Vonk, the chamber's president.")
    roles = roles_of(result)
    assert ("Pieter Maas", "chief executive", "Brightwater Line") in roles
    assert ("Ilse Vonk", "president", "Chamber of Dredging Contractors") in roles
    assert "Brightwater Line" not in person_names(result)


def test_a_post_stated_with_is_or_was_after_a_name_opening_the_sentence(extractor):
    result = run(extractor, "Marit Hovland is a senior fellow at Bruegel. Kojo Appiah was a deputy trade minister "
                            "until 2023. Marit Hovland is expected to testify.")
    facts = {(r.person, r.title, r.organization, r.current) for r in result.roles}
    assert ("Marit Hovland", "senior fellow", "Bruegel", True) in facts
    assert ("Kojo Appiah", "deputy trade minister", None, False) in {(p, t, None, c) for p, t, _, c in facts}


def test_a_high_commissioner_is_a_post_abroad_like_an_ambassador(extractor):
    result = run(extractor, "Ghana's High Commissioner to Nigeria, Kwesi Ofori-Atta, also attended.")
    roles = {(r.person, r.title, r.country) for r in result.roles}
    assert ("Kwesi Ofori-Atta", "High Commissioner to Nigeria", "GH") in roles


def test_the_ministry_points_back_to_the_body_a_title_implied(extractor):
    result = run(extractor, "The talks followed a meeting with the Minister of Industry, Trade and Investment, "
                            "Dr. Ngozi Balogun-Eze. The Permanent Secretary of the ministry, Mrs. Halima Danjuma, "
                            "signed the terms.")
    orgs = {r.person: r.organization for r in result.roles}
    assert orgs["Halima Danjuma"] == orgs["Ngozi Balogun-Eze"] is not None


def test_names_after_a_title_and_comma_keep_particles_and_a_last_name_read_as_a_place(extractor):
    result = run(extractor, "She met the bloc's chief trade negotiator, Maartje van Rossem, in Brussels. Also present "
                            "was the President of the Chilean Agency for the Promotion of Exports (ProChile), Ines "
                            "Carvajal Toledo. Deputy Assistant Secretary for Strategic Trade Wyatt Holloway "
                            "joined by phone.")
    assert {"Maartje van Rossem", "Ines Carvajal Toledo", "Wyatt Holloway"} <= person_names(result)


def test_a_government_title_belongs_to_the_one_named_body_of_its_domains(extractor):
    result = run(extractor, "Exporters met Economy Minister Lorena Ibarra Soto in Santiago on Thursday. Chile's "
                            "Ministry of Economy, Development and Tourism said afterward that it would open help desks.")
    assert ("Lorena Ibarra Soto", "Economy Minister", "Ministry of Economy, Development and Tourism of Chile") \
        in roles_of(result)


def test_a_trade_agreement_named_by_its_initials_is_no_body_for_the_companys_post(extractor):
    result = run(extractor, "Forjas Halcon makes axle housings near Celaya. \"Half our parts qualify under USMCA,\" "
                            "said Ramiro Halcon Vega, the company's chief executive.")
    assert "USMCA" not in org_names(result)
    assert ("Ramiro Halcon Vega", "chief executive", "Forjas Halcon") in roles_of(result)


def test_a_place_opening_the_sentence_before_a_title_is_no_person(extractor):
    result = run(extractor, "On Capitol Hill, the chairman of the House Ways and Means Committee, Rep. Dale Whitcombe, "
                            "wrote to the agency.")
    assert "Capitol Hill" not in person_names(result)
    assert "Dale Whitcombe" in person_names(result)


def test_a_name_with_a_particle_before_a_body_officials_title(extractor):
    result = run(extractor, "\"The quotas protect sensitive sectors,\" Liesbeth van Oordt, the Commission official who "
                            "led the talks, told me.")
    assert person_names(result) == {"Liesbeth van Oordt"}


def test_the_author_a_note_describes_is_a_person_with_that_post(extractor):
    result = run(extractor, "By Marek Zielinski\n\nThe author is a fellow at the Polish Institute of International "
                            "Affairs (PISM) in Warsaw.\n\nPoland wants the quotas kept, Zielinski argues.")
    assert ("Marek Zielinski", "fellow", "Polish Institute of International Affairs") in roles_of(result)
    plain = run(extractor, "By Marek Zielinski\n\nPoland wants the quotas kept, officials said.")
    assert person_names(plain) == {"Marek Zielinski"} and not plain.roles  # the writer, with no post


def test_market_access_from_access_near_a_market_and_energy_not_from_a_ministrys_name(extractor):
    issues = {i.id for i in run(extractor, "She added that Ghana would seek better terms for its cocoa butter and "
                                           "shea in the Japanese market, and access for processed cashew in the "
                                           "Korean market.").issues}
    assert "market_access" in issues
    named = run(extractor, "The meeting was hosted by the Minister of Industry, Energy and Mining, Rosa Ferreyra, and "
                           "the Federal Ministry for Economic Affairs and Energy sent an observer. Exports are mostly "
                           "soybeans, iron ore and oil.")
    assert "energy" not in {i.id for i in named.issues}


def test_an_issue_pair_must_be_two_single_words(tmp_path):
    from loaders.extraction.lexicon import Lexicon, LoaderError
    bad = tmp_path / "issues.yaml"
    bad.write_text("issues:\n  market_access:\n    terms: [market access]\n    near: [[access, the market, x]]\n")
    with pytest.raises(LoaderError, match="near"):
        Lexicon.load(issues_file=bad)


def test_a_short_form_in_the_bodys_own_language_is_no_person(extractor):
    result = run(extractor, "The Peruvian Society of Industry (Sonapi) said exports fell. Sonapi chairman Renzo "
                            "Callirgos Tapia urged talks. The president of the Federation of Andean Exporters "
                            "(Fedandex), Lucila Mayta Quispe, agreed.")
    assert not person_names(result) & {"Sonapi", "Fedandex"}
    roles = roles_of(result)
    assert ("Renzo Callirgos Tapia", "chairman", "Peruvian Society of Industry") in roles
    assert ("Lucila Mayta Quispe", "president", "Federation of Andean Exporters") in roles


def test_names_after_a_lower_case_portfolio_title_and_before_who(extractor):
    result = run(extractor, "Peru's undersecretary for international economic relations, Amaru Condori Rojas, spoke. "
                            "He replaced Claudia Huaman Soto, who left to become ambassador to Japan.")
    assert {"Amaru Condori Rojas", "Claudia Huaman Soto"} <= person_names(result)


def test_portfolio_words_after_a_government_title_are_no_organization(extractor):
    result = run(extractor, "Malta's Minister of State for Trade Promotion, Ciaran Borg, chaired it. The "
                            "Undersecretary for International Economic Relations, Amaru Condori, attended.")
    assert not org_names(result)
    assert ("Ciaran Borg", "Minister of State for Trade Promotion", None) in roles_of(result)


def test_an_ambassador_to_an_international_body_keeps_it_in_the_title(extractor):
    result = run(extractor, "Ngozi Adebayo-Cole, Nigeria's ambassador to the WTO, chairs the talks. Hendra Kusuma, "
                            "chief executive of PT Sinar Bumi Sejahtera Tbk, said output would rise.")
    roles = roles_of(result)
    assert ("Ngozi Adebayo-Cole", "ambassador to the WTO", "Permanent Mission of Nigeria to the WTO") in roles
    assert ("Hendra Kusuma", "chief executive", "PT Sinar Bumi Sejahtera Tbk") in roles


def test_a_post_one_was_appointed_to_is_held_now(extractor):
    result = run(extractor, "Tran Van Minh, who was recently appointed Director General of the Trade Remedies "
                            "Authority, spoke. Kojo Appiah was named trade minister in May. Ama Owusu, who was trade "
                            "minister until 2023, disagreed.")
    current = {(r.person, r.current) for r in result.roles}
    assert {("Tran Van Minh", True), ("Kojo Appiah", True), ("Ama Owusu", False)} <= current


def test_a_masthead_names_its_issuer_and_a_titled_byline_its_author(extractor):
    result = run(extractor, "POLICY BRIEF No. 3/2026 | Lindqvist Centre for Trade Studies\n\nTariffs Return to "
                            "the Nordic Agenda\n\nBy Dr. Maja Ekholm Dahl, Senior Fellow, Trade Programme\n\n"
                            "Sweden's exporters face higher tariffs.")
    assert "Lindqvist Centre for Trade Studies" in org_names(result)
    assert ("Maja Ekholm Dahl", "Senior Fellow", "Lindqvist Centre for Trade Studies") in roles_of(result)
    assert not org_names(run(extractor, "Tariffs Return to the Nordic Agenda\n\nSweden's exporters face higher "
                                        "tariffs, officials said."))


def test_a_bracketed_word_the_story_also_writes_in_lower_case_is_no_short_form(extractor):
    result = run(extractor, "EU trade ministers meeting in the Foreign Affairs Council (Trade) endorsed the position. "
                            "Commissioner for Trade and Economic Security Lina Vaitkute presented the file on trade.")
    assert ("Lina Vaitkute", "Commissioner for Trade and Economic Security", "European Commission") in roles_of(result)


def test_a_title_case_dateline_with_a_date_and_a_dash_places_the_story(extractor):
    result = run(extractor, "Manila, March 10 - At the headquarters of the Department of Trade and Industry in "
                            "Manila, Undersecretary Liza Soriano received the delegation.")
    assert {r.person: r.country for r in result.roles}.get("Liza Soriano") == "PH"


def test_a_post_with_no_portfolio_belongs_to_its_countrys_one_named_ministry(extractor):
    result = run(extractor, "Hanoi, March 10 - At the headquarters of the Ministry of Industry and Trade (MOIT) in "
                            "Hanoi, Deputy Minister Pham Thu Ha received the ambassador.")
    assert ("Pham Thu Ha", "Deputy Minister", "Ministry of Industry and Trade of Vietnam") in roles_of(result)


def test_a_title_with_two_portfolios_before_the_name(extractor):
    result = run(extractor, "He spoke with U.S. Under Secretary of Commerce for Industry and Security Dana Whitfield "
                            "on Wednesday.")
    assert ("Dana Whitfield", "Under Secretary of Commerce for Industry and Security",
            "U.S. Department of Commerce") in roles_of(result)  # (the title names the department; twenty-third round)


def test_a_companys_legal_form_or_base_gives_its_peoples_side(extractor):
    result = run(extractor, "Skovlund Line, a Copenhagen-based carrier, will reroute ships, said Mads Holm, the "
                            "company's chief executive. Budi Santoso, chief executive of PT Logam Jaya Tbk, met Holm "
                            "in Jakarta on Monday.")
    countries = {o.name: o.country for o in result.organizations}
    assert countries["Skovlund Line"] == "DK" and countries["PT Logam Jaya Tbk"] == "ID"
    sides = {p.name: p.side for e in result.events for p in e.participants}
    assert sides == {"Mads Holm": "DK", "Budi Santoso": "ID"}


def test_an_ambassadors_title_implies_the_mission_the_story_does_not_name(extractor):
    result = run(extractor, "Ravi Menon, the Ambassador of India to China, spoke. The EU's ambassador to the UAE, "
                            "Claire Fontaine, agreed. Diego Paz Solis, Chile's permanent representative to the WTO, "
                            "and Paulo Nery, Brazil's ambassador to the EU, were there.")
    roles = roles_of(result)
    assert ("Ravi Menon", "Ambassador to China", "Embassy of India in China") in roles
    # (the bloc's own ambassador is at the bloc, as the annotators of the worked sets read all 15 such posts;
    # its delegation only where the story names it)
    assert ("Claire Fontaine", "ambassador to the UAE", "European Union") in roles
    assert ("Diego Paz Solis", "permanent representative to the WTO", "Permanent Mission of Chile to the WTO") in roles
    assert ("Paulo Nery", "ambassador to the EU", "Mission of Brazil to the European Union") in roles


def test_a_title_set_off_by_commas_right_after_a_dateline(extractor):
    result = run(extractor, "BRUSSELS, July 21 - Chile's Undersecretary for International Economic Relations, "
                            "Ignacio Valdés, met EU officials in Brussels on Monday.")
    # (the office the title's head runs, which the lexicon lists for Chile: round 44)
    assert ("Ignacio Valdés", "Undersecretary for International Economic Relations",
            "Undersecretariat of International Economic Relations") in roles_of(result)


def test_a_two_word_name_the_story_shortens_to_its_first_word_is_surname_first(extractor):
    result = run(extractor, "Japanese Minister Takeda Ryosuke met her on Monday. Minister Takeda said the talks "
                            "went well.")
    assert [(p.name, p.surname) for p in result.persons] == [("Takeda Ryosuke", "Takeda")]


def test_a_company_name_the_model_cut_is_whole_again(extractor):
    result = run(extractor, "Deniz Aksoy, chief executive of Karadeniz Paslanmaz Boru A.Ş., said so. He met Federal "
                            "Maritime Commission (FMC) Commissioner Ruth Okafor in Washington.")
    roles = roles_of(result)
    assert ("Deniz Aksoy", "chief executive", "Karadeniz Paslanmaz Boru A.Ş.") in roles
    assert ("Ruth Okafor", "Commissioner", "Federal Maritime Commission") in roles
    assert not {"Karadeniz", "Federal Maritime", "Maritime Commission"} & org_names(result)


def test_words_a_title_or_heading_runs_into_are_no_people(extractor):
    result = run(extractor, "The MoU was signed by Dr. Thani Al Marri. They will meet at the APEC Ministers "
                            "Responsible for Trade Meeting in May.")
    assert person_names(result) == {"Thani Al Marri"}


def test_a_surname_with_its_particle_alone_is_the_full_names_person(extractor):
    result = run(extractor, "The round was led by the EU's chief negotiator, Maartje Van Rossem of the European "
                            "Commission. Van Rossem said the two sides had agreed.")
    assert [(p.name, p.aliases) for p in result.persons] == [("Maartje Van Rossem", ["Van Rossem"])]


def test_a_delegation_and_a_portfolio_of_places_say_whose_side_a_holder_is(extractor):
    result = run(extractor, "ABUJA, Jan 5 - The deal followed a meeting on Monday between the Minister of Industry, "
                            "Trade and Investment, Dr. Ngozi Balogun-Eze, and a high-level Indian delegation led by "
                            "Commerce Secretary Anand Raghunathan. The Permanent Secretary of the Federal Ministry "
                            "of Industry, Trade and Investment, Mrs. Halima Danjuma, said India's Ministry of "
                            "Commerce and Industry had agreed. The Permanent Secretary of the ministry signed.")
    sides = {p.name: p.side for e in result.events for p in e.participants}
    assert sides["Anand Raghunathan"] == "IN" and sides["Ngozi Balogun-Eze"] == "NG"
    assert ("Anand Raghunathan", "Commerce Secretary", "Ministry of Commerce and Industry of India") in roles_of(result)
    talks = run(extractor, "Assistant U.S. Trade Representative for Japan, Korea and APEC Affairs Dana Whitfield met "
                           "Korea's Deputy Minister for Trade Negotiations Park Ji-won in Seoul on Monday.")
    assert {p.name: p.side for e in talks.events for p in e.participants} == {"Dana Whitfield": "US",
                                                                               "Park Ji-won": "KR"}


def test_export_bans_critical_raw_materials_and_wto_challenges_in_the_words_stories_use(extractor):
    issues = {i.id for i in run(extractor, "Indonesia has banned exports of raw nickel ore since 2020, a policy the "
                                           "European Union has challenged at the World Trade Organization. Chile "
                                           "offers lithium refining and critical raw materials. It also sells green "
                                           "hydrogen."  # (not one of a list of three: goods listed once pass)
                                ).issues}
    assert {"export_controls", "wto_disputes", "rare_earths", "energy"} <= issues


def test_a_country_the_sentence_names_before_between_is_no_side_of_the_people_after_it(extractor):
    result = run(extractor, "BRUSSELS, July 21 - Ministers discussed relations with the United States ahead of a "
                            "possible meeting between Commissioner Lina Vaitkute and US officials. On Friday, "
                            "Commissioner for Trade Lina Vaitkute held a call with Japan's trade minister, Aiko Mori.")
    assert {r.person: r.country for r in result.roles}["Lina Vaitkute"] == "EU"


def test_long_chamber_names_and_chambers_abroad_are_whole(extractor):
    result = run(extractor, "The Korea Chamber of Commerce in China said its members would invest. The China Chamber "
                            "of Commerce for Import and Export of Machinery and Electronic Products agreed.")
    assert org_names(result) == {"Korea Chamber of Commerce in China", "China Chamber of Commerce for Import and "
                                 "Export of Machinery and Electronic Products"}


def test_names_after_long_portfolios_and_honorifics_with_an_apostrophe(extractor):
    result = run(extractor, "The call was joined by Assistant U.S. Trade Representative for Southeast Asia and the "
                            "Pacific Lorna Vance and by Malaysia's Ambassador to the United States, Dato' Aziz Rahman.")
    assert {"Lorna Vance", "Aziz Rahman"} == person_names(result)
    assert ("Aziz Rahman", "Ambassador to the United States", "Embassy of Malaysia in the United States") \
        in roles_of(result)


def test_foreign_trade_is_a_trade_portfolio(extractor):
    result = run(extractor, "MEXICO CITY, May 5 - Undersecretary of Foreign Trade Lucia Campos Leal received them.")
    assert ("Lucia Campos Leal", "Undersecretary of Foreign Trade", "Secretariat of Economy of Mexico") \
        in roles_of(result)


# ---- names written in Spanish or Portuguese, and legal forms ------------------------

def test_spanish_name_runs_through_de_and_the_country(extractor):
    result = run(extractor, "Rodrigo Alvear, chairman of the board of Corporación Minera del Estaño de Bolivia "
                            "(Comidesbo), said exports would rise. Comidesbo sells to China.")
    orgs = {o.name: o for o in result.organizations}
    assert "Corporación Minera del Estaño de Bolivia" in orgs
    assert "Comidesbo" in orgs["Corporación Minera del Estaño de Bolivia"].aliases  # a contraction of its words
    roles = {(r.person, r.title, r.organization) for r in result.roles}
    assert ("Rodrigo Alvear", "chairman", "Corporación Minera del Estaño de Bolivia") in roles  # through "the board"


def test_spanish_name_goes_on_past_y(extractor):
    result = run(extractor, "Imports rose, said Lucía Ferrer, president of the Cámara Nacional de la Industria "
                            "del Cobre y del Zinc.")
    assert "Cámara Nacional de la Industria del Cobre y del Zinc" in org_names(result)


def test_legal_form_after_a_comma_belongs_to_the_company(extractor):
    result = run(extractor, "Production at Volkswagen de México, S.A. de C.V. fell by a tenth, the company said.")
    names = org_names(result)
    assert "Volkswagen de México, S.A. de C.V." in names
    assert "S.A. de C.V." not in names and "Volkswagen" not in names


def test_portuguese_body_named_once_is_kept(extractor):
    result = run(extractor, "Exports rose, said Ana Souza of the Confederação Nacional dos Exportadores.")
    assert "Confederação Nacional dos Exportadores" in org_names(result)


def test_mission_in_a_capital_named_after_its_country(extractor):
    result = run(extractor, "A reception was held at the U.S. Embassy in Mexico City on Friday. The German Embassy "
                            "in Mexico City said nothing.")
    orgs = {o.name: o for o in result.organizations}
    assert {"Embassy of the United States in Mexico City", "Embassy of Germany in Mexico City"} <= set(orgs)
    assert orgs["Embassy of Germany in Mexico City"].aliases == ["German Embassy in Mexico City"]  # no ". The"
    assert orgs["Embassy of Germany in Mexico City"].country == "DE"  # the sending country, not the host


def test_mission_in_a_country_names_the_host_as_an_ambassadors_post_does(extractor):
    result = run(extractor, "The Chilean Embassy in Peru said the shipment had cleared customs.")
    assert "Embassy of Chile in Peru" in org_names(result)


def test_country_led_name_with_an_ampersand(extractor):
    result = run(extractor, "Orders were up, said Seo Jin-woo, vice chairman of the Korea Marine & Offshore "
                            "Equipment Association.")
    assert ("Seo Jin-woo", "vice chairman", "Korea Marine & Offshore Equipment Association") in roles_of(result)


# ---- posts stated by succession, and titles the model read as bodies ---------------

def test_succeeded_as_gives_the_predecessor_a_former_post_and_the_subject_a_current_one(extractor):
    result = run(extractor, "Mr Tremayne, who succeeded Olwen Pritchard as Secretary of State for Business and "
                            "Trade in the spring, confirmed the quota.")
    roles = {(r.person, r.title, r.current) for r in result.roles}
    assert ("Olwen Pritchard", "Secretary of State for Business and Trade", False) in roles
    assert ("Tremayne", "Secretary of State for Business and Trade", True) in roles


def test_government_title_before_a_name_is_no_organization(extractor):
    result = run(extractor, "Chinese Vice Premier Lu Hanbo met visiting German Federal Minister for Economic Affairs "
                            "and Energy Ilka Sommerfeld in Beijing on Monday.")
    assert not any("Minister" in name for name in org_names(result))
    assert any(r.person == "Ilka Sommerfeld" and r.title == "Federal Minister for Economic Affairs and Energy"
               for r in result.roles)


def test_two_titles_before_two_names_are_shared_out_in_order(extractor):
    result = run(extractor, "In a letter, the chair and ranking member of the Senate Finance Committee, Sens. Orla "
                            "Brandt and Tobias Reinholt, asked for a briefing.")
    roles = roles_of(result)
    assert ("Orla Brandt", "chair", "Senate Finance Committee") in roles
    assert ("Tobias Reinholt", "ranking member", "Senate Finance Committee") in roles
    assert ("Tobias Reinholt", "Senator", "U.S. Senate") in roles  # "Sens." gives each name the title
    assert not any(" and " in title for _, title, _ in roles)


def test_plural_abbreviated_title_with_its_dot_apart(extractor):
    result = run(extractor, "Reps. Marisa Quell and Dorian Fitch asked for the data.")
    roles = roles_of(result)
    assert {("Marisa Quell", "Representative", "U.S. House of Representatives"),
            ("Dorian Fitch", "Representative", "U.S. House of Representatives")} <= roles


def test_first_word_of_a_spelled_out_company_alone_is_the_company_not_a_person(extractor):
    result = run(extractor, "Brightvale Advanced Materials Corp jumped 14%. \"We built the plant for this,\" "
                            "Brightvale CEO Odile Marchetti said.")
    assert person_names(result) == {"Odile Marchetti"}
    result = run(extractor, "Sales at Halvard Marine Inc rose. Mr. Halvard said the yard was full.")
    assert "Halvard" in person_names(result)  # an honorific says it is a person


def test_researcher_with_an_academy_named_once(extractor):
    result = run(extractor, "Zhao Minqi, a researcher with the Chinese Academy of Port and Shipping Studies, said "
                            "the visit sent a positive signal.")
    assert ("Zhao Minqi", "researcher", "Chinese Academy of Port and Shipping Studies") in roles_of(result)


def test_directorate_named_once_and_its_short_form_before_a_title(extractor):
    result = run(extractor, "NEW DELHI - India's Directorate General of Customs Valuation (DGCV) has issued new "
                            "rules. DGCV Director General Kavita Rao told reporters the rules were fair.")
    assert ("Kavita Rao", "Director General", "Directorate General of Customs Valuation") in roles_of(result)


def test_listed_body_followed_by_another_country_is_that_countrys_body(extractor):
    result = run(extractor, "A delegation from the Trade Remedies Authority of Vietnam, led by its director, Tran "
                            "Van Khoa, held consultations in New Delhi.")
    orgs = {o.name: o for o in result.organizations}
    assert orgs["Trade Remedies Authority of Vietnam"].country == "VN"  # not the UK body of that name
    assert ("Tran Van Khoa", "director", "Trade Remedies Authority of Vietnam") in roles_of(result)


def test_the_committees_chair_before_a_name_with_an_honorific(extractor):
    result = run(extractor, "Giving evidence to the Energy and Trade Committee on Tuesday, the minister said little. "
                            "The committee's chair, Dame Rowena Penhale, said patience was running out.")
    assert ("Rowena Penhale", "chair", "Energy and Trade Committee") in roles_of(result)


def test_a_cue_noun_between_title_and_body(extractor):
    result = run(extractor, "Tamsin Orford, director general of the trade body Metals Britannia, said producers "
                            "needed certainty.")
    assert ("Tamsin Orford", "director general", "Metals Britannia") in roles_of(result)


def test_spanish_company_with_small_words_and_a_dotted_legal_form(extractor):
    result = run(extractor, "Cables y Conductores del Sur S.p.A., which exports copper wire, suspended a contract. "
                            "Its general manager, Felipe Arancibia, warned of cuts.")
    assert ("Felipe Arancibia", "general manager", "Cables y Conductores del Sur S.p.A.") in roles_of(result)


def test_body_the_model_read_as_a_building_is_kept_by_its_words(extractor):
    result = run(extractor, "From the Sociedad Nacional de Pesca (Sonapesca), its president, Macarena Ibáñez, "
                            "called for a response.")
    assert ("Macarena Ibáñez", "president", "Sociedad Nacional de Pesca") in roles_of(result)


def test_given_name_before_a_one_word_tagged_surname_after_a_small_word(extractor):
    result = run(extractor, "Ministers met in Brussels, chaired by Stelios Hadjipavlou, Minister of Energy, Commerce "
                            "and Industry of Cyprus.")
    assert "Stelios Hadjipavlou" in person_names(result)


def test_name_after_a_capitalized_title_opened_by_its(extractor):
    result = run(extractor, "The Secretariat is in Accra. Its Deputy Secretary-General, Nana Akosua Owusu-Ansah, "
                            "told the forum that the zone could supply goods.")
    assert "Nana Akosua Owusu-Ansah" in person_names(result)


def test_indias_union_minister_is_no_union_the_story_named(extractor):
    result = run(extractor, "The European Union wants a deal. Officials will meet India's Union Minister of "
                            "Commerce and Industry, Harish Venkatesan, in July. Indian Union Commerce and Industry "
                            "Minister H. Venkatesan said so.")
    roles = roles_of(result)
    # "H. Venkatesan" is Harish Venkatesan, and his two spellings of the title are one post
    assert roles == {("Harish Venkatesan", "Union Minister of Commerce and Industry",
                      "Ministry of Commerce and Industry of India")}
    assert not any("Union Commerce" in name for name in org_names(result))


def test_a_title_of_several_portfolios_names_the_listed_ministry_holding_them_all(extractor):
    result = run(extractor, "WASHINGTON - In Seoul, a reshuffle replaced Trade, Industry and Energy Minister "
                            "Baek Jin-ho on Monday.")
    assert ("Baek Jin-ho", "Trade, Industry and Energy Minister", "Ministry of Trade, Industry and Energy") \
        in roles_of(result)  # not the U.S. energy department of the dateline's country


def test_india_s_union_cabinet_is_a_body(extractor):
    assert "Union Cabinet" in org_names(run(extractor, "In India, the agreement requires Union Cabinet approval."))


def test_title_case_dateline_with_an_agency_and_no_dash(extractor):
    result = run(extractor, "India, EU aim to close talks by December\n\nNew Delhi, Jul 14 (BNQ) India and the "
                            "European Union on Tuesday agreed to talk. Commerce Secretary Meera Iyengar was present.")
    assert "BNQ" in org_names(result)
    # the dateline places the story: a bare "Commerce Secretary" is India's, not the U.S. one
    assert ("Meera Iyengar", "Commerce Secretary", "Ministry of Commerce and Industry of India") in roles_of(result)


def test_short_form_and_country_in_brackets_before_a_title(extractor):
    result = run(extractor, "Engineering Export Promotion Council (EEPC India) Chairman Pankaj Setalvad attended.")
    assert ("Pankaj Setalvad", "Chairman", "Engineering Export Promotion Council") in roles_of(result)


def test_legal_form_right_after_the_name(extractor):
    result = run(extractor, "Henrik Lund, chief commercial officer of Nordhavn Bulk Carriers A/S, signed a deal. "
                            "Shares of Samsung Electronics Co., Ltd. rose.")
    names = org_names(result)
    assert {"Nordhavn Bulk Carriers A/S", "Samsung Electronics Co., Ltd."} <= names


def test_french_minister_delegate_is_a_title_not_a_name(extractor):
    result = run(extractor, "Hélène Marchadier, French Minister Delegate for Foreign Trade, called for a mechanism.")
    assert person_names(result) == {"Hélène Marchadier"}
    assert any(r.title == "Minister Delegate for Foreign Trade" for r in result.roles)


def test_spanish_company_found_only_by_its_legal_form(extractor):
    result = run(extractor, "Companies such as Aceros del Noroeste, S.A. de C.V. have been affected.")
    assert org_names(result) == {"Aceros del Noroeste, S.A. de C.V."}


def test_spanish_company_name_ending_in_del(extractor):
    result = run(extractor, "Jorge Villamil, chief executive of Grupo Autopartes del Bajío, said staff were added.")
    assert ("Jorge Villamil", "chief executive", "Grupo Autopartes del Bajío") in roles_of(result)


def test_four_word_spanish_name_cut_in_two_by_the_model_is_one_person(extractor):
    result = run(extractor, "Among them was the president of the Cámara Nacional de la Industria del Hierro y del "
                            "Acero (Canacero), Luisa Fernanda Ibarra Tostado, and others.")
    assert person_names(result) == {"Luisa Fernanda Ibarra Tostado"}
    assert ("Luisa Fernanda Ibarra Tostado", "president",
            "Cámara Nacional de la Industria del Hierro y del Acero") in roles_of(result)


def test_nominated_to_succeed_x_as_t_gives_x_the_post_before(extractor):
    result = run(extractor, "Dana Whitlow left in May. Kendra Oyewole, the deputy U.S. trade representative, was "
                            "nominated last month to succeed Whitlow as U.S. Trade Representative.")
    roles = {(r.person, r.title, r.current) for r in result.roles}
    assert ("Dana Whitlow", "Trade Representative", False) in roles


def test_a_surname_with_an_apostrophe_after_an_honorific_is_a_name(extractor):
    """Bug: "Mr O'Brien said" found no one: a name with an apostrophe is no alphabetic token, and the check
    for words in capitals (a dateline) took an empty list of words for one."""
    result = run(extractor, "\"The market is open and fair to all,\" Mr O'Shaughnessy said on Monday.")
    assert [(q.speaker, q.text[:15]) for q in result.quotes] == [("O'Shaughnessy", "The market is o")]


def test_said_then_a_title_then_the_name(extractor):
    result = run(extractor, "Under Secretary Wendell P. Okonkwo met the minister. \"American farmers deserve the "
                            "same access to your consumers,\" said Under Secretary Okonkwo.")
    assert [q.speaker for q in result.quotes] == ["Wendell P. Okonkwo"]


def test_name_the_model_read_as_a_body_before_a_head_in_capitals(extractor):
    result = run(extractor, "Also present were Carsten Hollberg, President of the BDI, and Lukas Anzenberger, CEO "
                            "of Rheinwerk AG.")
    assert ("Lukas Anzenberger", "CEO", "Rheinwerk AG") in roles_of(result)


def test_a_city_and_a_cue_noun_before_a_company_are_neither_body_nor_title(extractor):
    result = run(extractor, "Also taking part were Carsten Hollberg, President of the BDI, and Lukas Anzenberger, "
                            "CEO of the Stuttgart carmaker Rheinwerk AG.")
    assert "Stuttgart" not in org_names(result)
    assert ("Lukas Anzenberger", "CEO", "Rheinwerk AG") in roles_of(result)


def test_a_body_before_a_comma_and_the_chairman_is_no_name(extractor):
    result = run(extractor, "In the National Assembly, the Chairman of the House Committee on Commerce, Hon. "
                            "Babatunde Adewale, said the committee would invite the minister.")
    assert person_names(result) == {"Babatunde Adewale"}


# ---- eighth round: attendee lists, bodies owned by a country, glosses ---------------

ATTENDEES = """The following officials also took part:

Chile:
- Ignacio Valdivieso Roa, Chief Negotiator, Undersecretariat of International Economic Relations
- Fernanda Oyarzún, Deputy Chief Negotiator

Norway:
- Ambassador Sigrid Haugland, Embassy of Norway in Chile
"""


def test_names_in_an_attendee_list_are_people_with_their_posts(extractor):
    result = run(extractor, ATTENDEES)
    assert {"Ignacio Valdivieso Roa", "Fernanda Oyarzún", "Sigrid Haugland"} <= person_names(result)
    roles = {(r.person, r.title, r.organization) for r in result.roles}
    assert ("Ignacio Valdivieso Roa", "Chief Negotiator", "Undersecretariat of International Economic Relations") in roles
    assert ("Sigrid Haugland", "Ambassador", "Embassy of Norway in Chile") in roles


def test_a_body_inside_a_listed_portfolio_is_not_the_post_holders(extractor):
    result = run(extractor, "Delegates:\n- Aroha Whitiora, Assistant Trade Representative for the Pacific and "
                            "APEC Affairs, Office of the United States Trade Representative\n")
    assert {(r.person, r.organization) for r in result.roles} == {
        ("Aroha Whitiora", "Office of the United States Trade Representative")}


def test_a_ministry_after_the_name_and_a_countrys_possessive_is_the_posts(extractor):
    result = run(extractor, "Kwon Ha-eun hosted Vice-Minister Sato Reiko of Japan's Ministry of Economy, Trade and "
                            "Industry (METI) and Trade Minister Choi Min-jae of the Republic of Korea's Ministry of "
                            "Trade, Industry and Energy (MOTIE) in Busan.")
    orgs = {r.person: r.organization for r in result.roles}
    assert orgs["Sato Reiko"] == "Ministry of Economy, Trade and Industry"
    assert orgs["Choi Min-jae"] == "Ministry of Trade, Industry and Energy"


def test_an_embassy_in_the_united_states_keeps_its_host(extractor):
    result = run(extractor, "Counsellor Ruan Minh Thu of the Embassy of Vietnam in the United States attended.")
    assert "Embassy of Vietnam in the United States" in org_names(result)


def test_a_generic_name_in_brackets_translates_the_body_before_it(extractor):
    result = run(extractor, "WASHINGTON - Officials spoke with Mexico's Secretaría de Economía (Ministry of Economy) "
                            "on Friday about steel.")
    assert org_names(result) == {"Secretariat of Economy of Mexico"}


def test_a_given_name_the_model_read_as_a_nationality_before_a_formal_title(extractor):
    result = run(extractor, "Wilhelmina van der Berg, Deputy Director-General at the Commission's Directorate-"
                            "General for Trade, said the quota would shrink.")
    assert person_names(result) == {"Wilhelmina van der Berg"}


def test_the_people_of_a_wire_credit_line_are_persons(extractor):
    result = run(extractor, "GENEVA (Wire) - Trade Minister Ana Souza met Lee Min-ho on Tuesday.\n\n"
                            "(Reporting by Odile Marchetti and Piet Vermaelen; Editing by Rufus Hartigan)")
    assert {"Odile Marchetti", "Piet Vermaelen", "Rufus Hartigan"} <= person_names(result)


def test_a_press_contact_is_a_person_and_a_body_is_no_post(extractor):
    result = run(extractor, "Officials met on Tuesday.\n\nPress contact: Joan Pettifer, Office of Public Affairs")
    assert "Joan Pettifer" in person_names(result)
    assert not [r for r in result.roles if r.person == "Joan Pettifer"]


def test_a_ministry_of_several_portfolios_the_model_cut_before_and(extractor):
    result = run(extractor, "Vice Minister Tavita Leiataua of Samoa's Ministry of Commerce, Industry and Labour "
                            "spoke first.")
    assert org_names(result) == {"Ministry of Commerce, Industry and Labour of Samoa"}


def test_a_generic_body_written_again_without_its_country_is_the_same_body(extractor):
    result = run(extractor, "WASHINGTON - Vice Minister Tavita Leiataua of Samoa's Ministry of Commerce, Industry "
                            "and Labour met U.S. officials.\n\nParticipants:\n- Mele Aufai, Chief Executive "
                            "Officer, Ministry of Commerce, Industry and Labour\n")
    assert org_names(result) == {"Ministry of Commerce, Industry and Labour of Samoa"}


def test_a_chamber_abroad_keeps_its_own_countrys_word_and_its_short_form(extractor):
    result = run(extractor, "The forum was organized by the Japan Foundation and the Japanese Chamber of Commerce "
                            "and Industry in Peru (JCCIP). JCCIP president Seo Dong-hyun spoke first.")
    assert "Japanese Chamber of Commerce and Industry in Peru" in org_names(result)
    assert ("Seo Dong-hyun", "Japanese Chamber of Commerce and Industry in Peru") in {
        (r.person, r.organization) for r in result.roles}


def test_a_known_companys_regional_arm_is_a_body_of_its_own(extractor):
    result = run(extractor, "Ilse Brandauer, director of government affairs at Nissan Mexicana, said so.")
    assert ("Ilse Brandauer", "director of government affairs", "Nissan Mexicana") in {
        (r.person, r.title, r.organization) for r in result.roles}


def test_a_known_company_then_two_organization_words_is_the_longer_name(extractor):
    result = run(extractor, "Kenji Arakawa, managing director of Toyota Motor Manufacturing de Guanajuato, "
                            "said plans were on hold.")
    assert person_names(result) == {"Kenji Arakawa"}
    assert "Toyota Motor Manufacturing de Guanajuato" in org_names(result)


def test_a_committee_named_by_a_list_of_portfolios_is_one_body(extractor):
    result = run(extractor, "Rep. Noh Ji-won, a member of the Agriculture, Food, Rural Affairs, Oceans and "
                            "Fisheries Committee, spoke at the hearing.")
    assert "Agriculture, Food, Rural Affairs, Oceans and Fisheries Committee" in org_names(result)


def test_the_paper_a_translated_story_credits_is_an_outlet_not_a_person(extractor):
    result = run(extractor, "Dongfang Jingji Bao (Eastern Economic Daily), May 4, 2026. Translated from the "
                            "Chinese.\n\nVice Minister Lin Qiuyue said exports rose.")
    assert person_names(result) == {"Lin Qiuyue"}
    assert "Dongfang Jingji Bao" in org_names(result)
    assert "Eastern Economic Daily" not in org_names(result)


def test_a_bodys_own_language_name_in_brackets_is_no_person(extractor):
    result = run(extractor, "Trade Minister Ko Eun-bi of the Ministry of Trade, Industry and Energy (Saneop "
                            "Tongsang Jawonbu, MOTIE) spoke on Monday.")
    assert person_names(result) == {"Ko Eun-bi"}


def test_the_minister_said_is_the_minister_the_story_named_with_no_second_post(extractor):
    result = run(extractor, "Minister for Trade Ko Eun-bi met investors in Busan. \"Our firms need rules that "
                            "last,\" the minister said.")
    assert [(r.person, r.title) for r in result.roles] == [("Ko Eun-bi", "Minister for Trade")]
    assert [q.speaker for q in result.quotes] == ["Ko Eun-bi"]


def test_a_title_in_its_own_language_in_brackets_before_the_body(extractor):
    result = run(extractor, "Hoshi Daigo, Vice-Minister for International Affairs (Keizai Sangyo Shingikan) of "
                            "the Ministry of Economy, Trade and Industry (METI), visited Manila.")
    assert {(r.person, r.organization) for r in result.roles} == {
        ("Hoshi Daigo", "Ministry of Economy, Trade and Industry")}


def test_a_title_of_a_country_of_two_words_before_its_ministry_is_no_body(extractor):
    result = run(extractor, "He held talks with Ko Eun-bi, the Minister for Trade of South Korea's Ministry of "
                            "Trade, Industry and Energy (MOTIE).")
    assert org_names(result) == {"Ministry of Trade, Industry and Energy"}
    assert [(r.person, r.title, r.organization) for r in result.roles] == [
        ("Ko Eun-bi", "Minister for Trade", "Ministry of Trade, Industry and Energy")]


@pytest.mark.parametrize("sentence, title, current", [
    ("Lin Qiuyue, who also holds the title of deputy China international trade representative, spoke.",
     "deputy international trade representative", True),
    ("Elena Brandt, who served as ambassador to Chile, spoke.", "ambassador to Chile", False),
])
def test_a_post_after_a_holding_phrase(extractor, sentence, title, current):
    result = run(extractor, sentence)
    assert [(r.title, r.current) for r in result.roles] == [(title, current)]


def test_an_honorific_opening_a_sentence_with_was_formerly(extractor):
    result = run(extractor, "Hoshi Daigo arrived on Monday. Mr. Hoshi was formerly the Director-General of the "
                            "Trade Policy Bureau, and he led the tariff talks.")
    assert [(r.title, r.current) for r in result.roles] == [("Director-General", False)]


# ---- quotes: pronoun chains, translated speech verbs, unnamed speakers ---------------

def test_she_carries_on_the_subject_of_the_sentence_before_not_the_person_she_named(extractor):
    result = run(extractor, "Ines Vidal Urquiza, Spain's secretary of state for trade, said Madrid would answer "
                            "\"firmly but without escalation.\" She said she had spoken to Chinese Ambassador Lu "
                            "Hanwen in Brussels. \"Our farmers cannot become hostages of a dispute about cars,\" "
                            "she said.")
    assert {q.speaker for q in result.quotes} == {"Ines Vidal Urquiza"}


@pytest.mark.parametrize("verb", ["expressed", "considered", "evaluated", "indicated"])
def test_speech_verbs_of_translated_press(extractor, verb):
    result = run(extractor, f"Vice Minister Lin Qiuyue {verb} that China \"firmly opposes unilateral measures "
                            "against its enterprises,\" according to the ministry.")
    assert [q.speaker for q in result.quotes] == ["Lin Qiuyue"]


def test_an_unnamed_official_of_a_body_is_not_its_minister_and_continues_no_quote(extractor):
    result = run(extractor, "Trade Minister Ko Eun-bi of the Ministry of Trade, Industry and Energy (MOTIE) spoke "
                            "first. \"We kept every promise of the deal,\" Ko said. A senior official of MOTIE "
                            "explained, \"The timing of the refund is not decided yet.\" An official added, \"We "
                            "will know more by the end of the month.\"")
    assert [q.speaker for q in result.quotes] == ["Ko Eun-bi"]


@pytest.mark.parametrize("sentence, body", [
    ("Wilhelmina van der Berg, Deputy Director-General of the Directorate-General for Trade of the European "
     "Commission, said so.", "Directorate-General for Trade"),
    ("Jo Park, director at the Office of Trade Policy of the U.S. Department of Commerce, said so.",
     "Office of Trade Policy"),
])
def test_a_post_in_a_body_that_is_part_of_another_belongs_to_the_first(extractor, sentence, body):
    result = run(extractor, sentence)
    assert [r.organization for r in result.roles] == [body]


def test_a_counsel_to_a_committee_holds_a_post_there(extractor):
    result = run(extractor, "Odile Marchetti, a former chief trade counsel to the Senate Finance Committee, joined "
                            "the office in January.")
    assert [(r.title, r.organization, r.current) for r in result.roles] == [
        ("chief trade counsel", "Senate Finance Committee", False)]


def test_a_member_states_mep_sits_in_the_european_parliament_and_a_german_secretary_not_in_washington(extractor):
    result = run(extractor, "Femke Roozendaal, the Dutch MEP, met German Commerce Secretary Jo Park.")
    assert {(r.person, r.organization) for r in result.roles} == {
        ("Femke Roozendaal", "European Parliament"), ("Jo Park", None)}


def test_a_name_after_a_place_and_a_cue_noun_is_a_body(extractor):
    result = run(extractor, "Alberto Ruiz, an analyst at the Brussels think tank Bruegel, said so. The European "
                            "farm lobby Copa-Cogeca said the duties had no basis.")
    assert {"Bruegel", "Copa-Cogeca"} <= org_names(result)
    assert person_names(result) == {"Alberto Ruiz"}


def test_a_translation_after_a_short_form_in_brackets_is_the_same_body(extractor):
    result = run(extractor, "The president of the Asociación Mexicana de la Industria Automotriz (AMIA, Mexican "
                            "Automotive Industry Association), Mariana Treviño Salcido, spoke.")
    assert org_names(result) == {"Asociación Mexicana de la Industria Automotriz"}


# ---- translated press: names in the story's own language, honorific suffixes ---------

def test_a_bodys_own_language_name_before_its_english_name_and_short_form(extractor):
    result = run(extractor, "Dianzi Shanghui (China Chamber of Commerce for Electronic Products, CCCEP) "
                            "vice-president Lin Qiuyue told this newspaper so.")
    assert person_names(result) == {"Lin Qiuyue"}
    assert [(r.person, r.organization) for r in result.roles] == [
        ("Lin Qiuyue", "China Chamber of Commerce for Electronic Products")]


def test_a_title_in_its_own_language_with_its_english_form_in_brackets(extractor):
    result = run(extractor, "Hoshi Daigo, Keizai Sangyo Shingikan (Vice-Minister for International Affairs) of "
                            "Keizai Sangyosho (the Ministry of Economy, Trade and Industry, METI), visited Seoul.")
    assert person_names(result) == {"Hoshi Daigo"}
    assert [(r.title, r.organization) for r in result.roles] == [
        ("Vice-Minister for International Affairs", "Ministry of Economy, Trade and Industry")]


def test_an_honorific_joined_to_a_surname_is_no_part_of_the_name(extractor):
    result = run(extractor, "Hoshi Daigo visited Seoul. \"We must act together on rare earths,\" Hoshi-shi said. "
                            "Hoshi-shingikan also met investors.")
    assert person_names(result) == {"Hoshi Daigo"}
    assert [q.speaker for q in result.quotes] == ["Hoshi Daigo"]


def test_a_party_group_in_brackets_after_a_member_is_no_person_and_a_body_in_brackets_keeps_the_person(extractor):
    result = run(extractor, "Katarzyna Zielinska (Renew, PL) spoke first. Jane Doe (Ministry of Trade) spoke next.")
    assert person_names(result) == {"Katarzyna Zielinska", "Jane Doe"}


SUMMARY = """Committee on International Trade (INTA)
Meeting summary, 14 October 2026

Chair: Lorenzo Bellandi (S&D, IT)
Vice-Chairs present: Agnieszka Wrobel (EPP, PL), Pieter de Smet (Renew, BE)
Rapporteur on the steel measure: Kadri Tamm (Renew, EE)
For the Commission: Wilhelmina van der Berg, Deputy Director-General, DG TRADE

The committee heard the Commission on the steel safeguard.
"""


def test_a_committee_meetings_labelled_lines_name_its_officers_and_guests(extractor):
    result = run(extractor, SUMMARY)
    assert {"Lorenzo Bellandi", "Agnieszka Wrobel", "Pieter de Smet", "Kadri Tamm",
            "Wilhelmina van der Berg"} <= person_names(result)
    roles = {(r.person, r.title, r.organization) for r in result.roles}
    assert {("Lorenzo Bellandi", "Chair", "Committee on International Trade"),
            ("Agnieszka Wrobel", "Vice-Chair", "Committee on International Trade"),
            ("Kadri Tamm", "Rapporteur", "Committee on International Trade"),
            ("Wilhelmina van der Berg", "Deputy Director-General", "Directorate-General for Trade")} <= roles


def test_a_think_tank_events_chair_holds_no_committee_post(extractor):
    result = run(extractor, "Roundtable on export controls, 3 March 2026\n\nChair: Dr Sabine Kettering, Senior "
                            "Fellow, Lindenhurst Centre for Trade and Security\n\nSpeakers discussed chips.")
    assert "Sabine Kettering" in person_names(result)
    assert "Chair" not in {r.title for r in result.roles}


def test_an_own_language_title_and_body_before_their_english_forms_in_brackets(extractor):
    result = run(extractor, "Ko Eun-bi, Trade Minister (Tongsang Gyoseop Bonbujang) of the Sanup Tongsang Jawonbu "
                            "(Ministry of Trade, Industry and Energy), visited Hanoi.")
    assert person_names(result) == {"Ko Eun-bi"}
    assert org_names(result) == {"Ministry of Trade, Industry and Energy"}


def test_madam_is_an_honorific_and_a_companys_short_name_is_no_person(extractor):
    result = run(extractor, "Deputy Minister Nguyen Thi Lan spoke first. \"We will act on every violation,\" Madam "
                            "Lan affirmed. A petition came from Hoa Sen Group. Hoa Sen's deputy director, Tran Van "
                            "Binh, said so.")
    assert person_names(result) == {"Nguyen Thi Lan", "Tran Van Binh"}
    assert [q.speaker for q in result.quotes] == ["Nguyen Thi Lan"]


def test_she_after_a_spokesperson_reporting_others_is_the_spokesperson(extractor):
    result = run(extractor, "Odile Marchetti, the Commission's trade spokesperson, said Rainer Falk and Liang Wen had "
                            "agreed to meet again in March. \"The aim is a text both sides can defend,\" she said.")
    assert [q.speaker for q in result.quotes] == ["Odile Marchetti"]


def test_the_korean_minister_is_the_minister_of_that_country(extractor):
    result = run(extractor, "South Korean Trade Minister Ko Eun-bi met Indonesia's Deputy Minister of Investment "
                            "Rizal Wibowo in Canberra. \"Korea brings the demand and the technology,\" the Korean "
                            "minister said.")
    assert [q.speaker for q in result.quotes] == ["Ko Eun-bi"]


def test_a_members_group_and_country_code_in_brackets_keep_the_member(extractor):
    result = run(extractor, "Committee Chair Aurelie Vandamme (Renew Europe, BE) opened the debate. \"We cannot be "
                            "the only open market left for steel,\" the Chair said.")
    assert person_names(result) == {"Aurelie Vandamme"}
    assert [q.speaker for q in result.quotes] == ["Aurelie Vandamme"]


def test_a_hyphenated_own_language_body_name_before_its_english_name(extractor):
    result = run(extractor, "Hoshi Daigo, Vice-Minister for International Affairs of Keizai Sangyo-sho (Ministry of "
                            "Economy, Trade and Industry, METI), held a call.")
    assert [(r.person, r.organization) for r in result.roles] == [
        ("Hoshi Daigo", "Ministry of Economy, Trade and Industry")]


# ---- the area a post covers, written after its title -----------------------------

def test_the_area_after_a_title_belongs_to_the_title(extractor):
    result = run(extractor, "Participants\n\n- Orla Brennagh, Director for Chile, Office of the U.S. Trade Representative\n"
                            "- Pak Ji-won, Director-General for South American Trade Policy, Ministry of Trade, Industry "
                            "and Energy\n- Yun Tae-gyu, Director-General for EPA Policy, Ministry of Trade, Industry and "
                            "Energy\n- Wiryo Santoso, Director General of Bilateral Trade Negotiations, Ministry of Trade\n")
    assert person_names(result) == {"Orla Brennagh", "Pak Ji-won", "Yun Tae-gyu", "Wiryo Santoso"}
    assert {(r.person, r.title) for r in result.roles} == {
        ("Orla Brennagh", "Director for Chile"), ("Pak Ji-won", "Director-General for South American Trade Policy"),
        ("Yun Tae-gyu", "Director-General for EPA Policy"),
        ("Wiryo Santoso", "Director General of Bilateral Trade Negotiations")}
    assert not {"EPA Policy", "Bilateral Trade Negotiations"} & org_names(result)
    # the area's country is not the country the post serves
    assert {r.organization for r in result.roles if r.person == "Orla Brennagh"} == {
        "Office of the United States Trade Representative"}


def test_a_body_after_of_is_no_area(extractor):
    result = run(extractor, "Ines Caldeira, Director-General of the Export Policy Bureau, said the rules would stay.")
    assert "Export Policy Bureau" in org_names(result)


def test_a_known_body_inside_an_area_is_no_organization(extractor):
    result = run(extractor, "Dara Quill served as Deputy Assistant Secretary for APEC Affairs until May.")
    assert "Asia-Pacific Economic Cooperation" not in org_names(result) and "APEC" not in org_names(result)


def test_a_word_inside_a_capitalized_title_is_no_name(extractor):
    result = run(extractor, "Halvard Strand, the group's Chief Sustainability Officer, declined to comment.")
    assert person_names(result) == {"Halvard Strand"}
    assert [(r.person, r.title) for r in result.roles] == [("Halvard Strand", "Chief Sustainability Officer")]


def test_a_diplomats_rank_with_its_area(extractor):
    result = run(extractor, "- Bae Soo-min, Minister-Counsellor for Economic Affairs, Embassy of the Republic of Korea "
                            "in Ottawa\n")
    assert [(r.person, r.title) for r in result.roles] == [("Bae Soo-min", "Minister-Counsellor for Economic Affairs")]


# ---- names the model labels as places or bodies ---------------------------------------

def test_a_name_with_its_country_after_a_title(extractor):
    result = run(extractor, "The chair of the DSB, Sigrid Bergland of Norway, urged members to wait.")
    assert person_names(result) == {"Sigrid Bergland"}


def test_a_name_read_as_a_place_before_an_appositive_title(extractor):
    result = run(extractor, "Lopes met Pieter-Jan Haverkamp, director for international affairs at the Commission's "
                            "agriculture department, on Monday evening.")
    assert "Pieter-Jan Haverkamp" in person_names(result)


def test_a_body_described_with_a_possessive_is_no_person(extractor):
    result = run(extractor, "\"Prices will not fall soon,\" said Tiago Arruda Neves, president of Abrafrut, the "
                            "Brazilian fruit growers' association.")
    assert person_names(result) == {"Tiago Arruda Neves"}
    assert "Abrafrut" in org_names(result)


def test_a_name_after_a_label_that_is_a_post(extractor):
    result = run(extractor, "About the author: Marthe Lindqvist-Oyelaran is a senior fellow at the Nordic Trade "
                            "Institute.")
    assert person_names(result) == {"Marthe Lindqvist-Oyelaran"}
    assert [(r.title, r.organization) for r in result.roles] == [("senior fellow", "Nordic Trade Institute")]


# ---- where a body's name ends ------------------------------------------------------

def test_a_last_portfolio_after_and_is_the_bodys(extractor):
    result = run(extractor, "Jonas Weidlich, state secretary at Germany's Federal Ministry for Economic Affairs and "
                            "Energy, met Ivo Pletikosa.")
    assert [r.organization for r in result.roles if r.person == "Jonas Weidlich"] == [
        "Federal Ministry for Economic Affairs and Energy of Germany"]
    assert "Federal Ministry for Economic Affairs and Energy" in {o.as_written for o in result.organizations}


def test_a_capitalized_last_portfolio_stays_in_the_title_and_its_ministry(extractor):
    result = run(extractor, "Dewi Anggraeni, Minister of Investment and Downstream Industry, signed the memorandum.")
    assert [(r.title, r.organization) for r in result.roles] == [
        ("Minister of Investment and Downstream Industry", "Ministry of Investment and Downstream Industry")]


def test_a_chamber_abroad_to_a_union(extractor):
    result = run(extractor, "According to the Brazil Chamber of Commerce to the EU, exports held up.")
    assert "Brazil Chamber of Commerce to the EU" in org_names(result)


def test_a_country_closing_a_portuguese_bodys_name(extractor):
    result = run(extractor, "Caio Menezes, president of the Instituto Aço Brasil, asked for quotas.")
    assert [r.organization for r in result.roles] == ["Instituto Aço Brasil"]


# ---- posts said by a verb, and one post written two ways ----------------------------

def test_a_post_served_as_in_a_main_clause_is_held_before(extractor):
    result = run(extractor, "Kanda Ryosuke is vice-minister. Kanda previously served as Director-General of the "
                            "Energy Policy Bureau and is known as a hawk.")
    assert ("Director-General", "Energy Policy Bureau", False) in {
        (r.title, r.organization, r.current) for r in result.roles}


def test_a_name_in_another_script_between_the_name_and_its_title(extractor):
    result = run(extractor, "Minister Ahn will meet Laura Pettigrew (로라 페티그루), Deputy United States Trade "
                            "Representative, on the 27th.")
    assert ("Laura Pettigrew", "Deputy Trade Representative") in {(r.person, r.title) for r in result.roles}


def test_a_shorter_title_is_not_read_as_a_body_it_implies(extractor):
    result = run(extractor, "Ahn met Laura Pettigrew, Deputy United States Trade Representative, in May. Minister "
                            "Ahn and Deputy Representative Pettigrew then held a video call.")
    assert {(r.title, r.organization) for r in result.roles if r.person == "Laura Pettigrew"} == {
        ("Deputy Trade Representative", "Office of the United States Trade Representative")}


def test_half_a_korean_given_name_is_no_short_form(extractor):
    result = run(extractor, "Trade Minister Seo Jun-ho met Park Seo-hyun, head of trade policy at a chipmaker. "
                            "Minister Seo said the talks went well.")
    assert {r.person for r in result.roles if r.title.endswith("Minister")} == {"Seo Jun-ho"}
    assert next(p for p in result.persons if p.name == "Park Seo-hyun").aliases == []


def test_one_post_written_two_ways_is_one_role(extractor):
    result = run(extractor, "Trade Minister Ilka Sorvari spoke first. Ilka Sorvari, Minister for Trade, said the "
                            "deal was close.")
    assert len([r for r in result.roles if r.person == "Ilka Sorvari"]) == 1


def test_an_area_named_by_a_region_before_the_body(extractor):
    result = run(extractor, "Lars Udd, head of the Korea desk at Nordbank, spoke. Mina Cho, head of the Americas "
                            "policy team at Hanwha Aerospace, listened.")
    assert {(r.person, r.title, r.organization) for r in result.roles} == {
        ("Lars Udd", "head of the Korea desk", "Nordbank"),
        ("Mina Cho", "head of the Americas policy team", "Hanwha Aerospace")}


def test_one_of_several_alike_posts(extractor):
    result = run(extractor, "Kofi Asante-Darko, one of the WTO's four deputy directors-general, said the secretariat "
                            "could help.")
    assert [(r.title, r.organization) for r in result.roles] == [("deputy director-general", "World Trade Organization")]


def test_a_delegation_that_was_led_by_gives_its_country(extractor):
    result = run(extractor, "Japan's delegation was led by Vice Economy Minister Oda Kenji.")
    assert [(r.person, r.organization) for r in result.roles] == [
        ("Oda Kenji", "Ministry of Economy, Trade and Industry")]


def test_a_one_word_short_form_then_the_translation_in_brackets(extractor):
    result = run(extractor, "Lima heads the Secretaria de Política Comercial (Secop, the Secretariat of Trade Policy), "
                            "the MDIC body.")
    # (and "MDIC", the short form the lexicon lists for Brazil's ministry)
    assert org_names(result) == {"Secretaria de Política Comercial",
                                 "Ministry of Development, Industry, Trade and Services of Brazil"}


def test_a_term_in_the_storys_own_language_and_a_building_are_no_people(extractor):
    result = run(extractor, "Thailand asked for changes to Vietnam's import licence (Giay Phep Nhap Khau) rules. "
                            "\"It is urgent,\" Minister Ruang told reporters at Government Complex Chaeng Watthana.")
    assert person_names(result) == {"Ruang"}


def test_a_described_holder_matches_a_hyphenated_title(extractor):
    result = run(extractor, "The secretary of Foreign Trade, Lucia Prates, received the vice-minister of Commerce of "
                            "China, Zhao Mingyu, on Tuesday. \"We are partners in this trade,\" Prates said. The Chinese "
                            "vice-minister, for his part, said Beijing wants \"a broader basket of goods from Brazil\".")
    assert [(q.speaker, q.text[:8]) for q in result.quotes] == [("Lucia Prates", "We are p"), ("Zhao Mingyu", "a broade")]
    assert {r.person for r in result.roles if "vice-minister" in r.title} == {"Zhao Mingyu"}


def test_a_surname_written_in_capitals_again_after_a_title(extractor):
    result = run(extractor, "Minister for Trade HAN Ji-woo met Minister Ratna Susanti in Jakarta. \"Our two "
                            "industries fit together like few others,\" Minister HAN stated.")
    assert [q.speaker for q in result.quotes] == ["HAN Ji-woo"]


def test_a_title_the_parse_hung_on_the_clause_before_still_speaks(extractor):
    result = run(extractor, "Marta Gelling, the deputy director-general at DG Trade, spoke on Monday. Asked whether "
                            "Brussels had raised steel with Beijing, the deputy director-general said overcapacity "
                            "had been \"on the table at every single meeting\", but no deal was near.")
    assert [q.speaker for q in result.quotes] == ["Marta Gelling"]


def test_a_shadow_rapporteur_far_down_a_story_about_one_committee(extractor):
    filler = " ".join(["The regulation would cut quotas for steel imports from third countries."] * 12)
    result = run(extractor, "The European Parliament's Committee on International Trade adopted its report on "
                            "Tuesday. " + filler + " Shadow rapporteur Zofia Kaminska (S&D, Poland) met industry "
                            "leaders in Gdansk on Monday.")
    assert [(r.person, r.organization) for r in result.roles] == [("Zofia Kaminska", "Committee on International Trade")]


@pytest.mark.parametrize("line, outlet", [
    ("Hankyung Daily News (한경) | Translated from Korean | 2026.05.02", "Hankyung Daily News"),
    ("Asahi Keizai Shimbun (朝日経済新聞), evening edition, 3 May 2026 - English rendering", "Asahi Keizai Shimbun"),
])
def test_source_lines_of_translated_papers(extractor, line, outlet):
    result = run(extractor, "Trade Minister Visits Ottawa\n\n" + line + "\n\nTrade Minister Ahn Ji-ho left for Ottawa "
                            "on the 1st, the ministry said.")
    assert outlet in org_names(result)


def test_a_title_its_office_and_a_former_post(extractor):
    result = run(extractor, "\"Read the fine print,\" said Ruth Abernathy, senior counsel in our Geneva office and a "
                            "former deputy assistant secretary at the Commerce Department's International Trade "
                            "Administration.")
    assert {(r.title, r.organization, r.current) for r in result.roles} == {
        ("senior counsel", None, True),
        ("deputy assistant secretary", "International Trade Administration", False)}


# ---- European translated press: German, French, Turkish ---------------------------------

def test_a_paper_a_cue_names_once_is_no_person_anywhere(extractor):
    result = run(extractor, "[Translated from the German business daily Wirtschaftsbote, 3 May 2026]\n\n"
                            "According to information obtained by Wirtschaftsbote, a draft bill is ready.")
    assert person_names(result) == set() and "Wirtschaftsbote" in org_names(result)


def test_an_own_language_title_with_its_english_form_before_the_name(extractor):
    result = run(extractor, "On Tuesday, Parlamentarischer Staatssekretär (Parliamentary State Secretary) Jonas "
                            "Kellermann of the Bundesministerium für Wirtschaft und Energie met Odile Ferrand.")
    assert "Jonas Kellermann" in person_names(result)
    assert ("Jonas Kellermann", "Parliamentary State Secretary", "Bundesministerium für Wirtschaft und Energie") in {
        (r.person, r.title, written) for r in result.roles
        for written in [next(o.as_written for o in result.organizations if o.name == r.organization)]}


def test_own_language_bodies_before_their_english_names_are_no_people(extractor):
    result = run(extractor, "The Verband der Chemischen Industrie (VCI, German Chemical Industry Association) and "
                            "the Ankara Sanayi Odası Makine İhracatçıları Birliği (Ankara Machinery Exporters' "
                            "Association) objected. Ambassador Mert Yalçın (Permanent Representative of Türkiye to "
                            "the European Union) agreed.")
    assert person_names(result) == {"Mert Yalçın"}


def test_an_honorific_after_the_name(extractor):
    result = run(extractor, "Deputy Minister Emre Kılınç met Sofia Marchesi. \"The union must be modernised now,\" "
                            "Kılınç Bey said. Marchesi Hanım, who is deputy director-general at the Directorate-General "
                            "for Trade, agreed.")
    assert person_names(result) == {"Emre Kılınç", "Sofia Marchesi"}
    assert ("Sofia Marchesi", "deputy director-general") in {(r.person, r.title) for r in result.roles}
    assert [q.speaker for q in result.quotes] == ["Emre Kılınç"]


def test_a_credit_label_naming_a_desk_is_no_person(extractor):
    result = run(extractor, "Exports fell.\n\nTranslation: Trade Desk, from Wirtschaftsbote (Düsseldorf)")
    assert person_names(result) == set()


def test_a_numbered_paragraph_is_no_list_entry_and_a_body_after_the_title_is_its(extractor):
    result = run(extractor, "6. The two sides set up a working group, to be co-chaired by Mr Lars Holmberg, Director "
                            "for Trade Defence, DG TRADE, and Ms Ayla Demirci, Director General of Imports, Ministry "
                            "of Trade.")
    assert ("Lars Holmberg", "Directorate-General for Trade") in {(r.person, r.organization) for r in result.roles}


def test_a_known_companys_name_with_the_capitals_of_a_sister_company(extractor):
    result = run(extractor, "Shares of Samsung SDI rose 3%. HD Hyundai Heavy Industries also gained, while Samsung "
                            "EV sales fell. Minister Ko told Bloomberg HT that talks would resume.")
    assert {"Samsung SDI", "HD Hyundai Heavy Industries", "Bloomberg HT"} <= org_names(result)
    assert "Samsung EV" not in org_names(result)


def test_a_firms_masthead_and_its_contacts(extractor):
    result = run(extractor, "Carver & Lindqvist LLP - Trade Policy Client Alert\n\nTariffs: What Changes in May\n\n"
                            "Exporters should check their filings.\n\nContacts: Oskar Lindqvist, Partner, Stockholm; "
                            "Mira Carver, Counsel, London.")
    assert "Carver & Lindqvist LLP" in org_names(result)
    assert ("Oskar Lindqvist", "Partner", "Carver & Lindqvist LLP") in roles_of(result)


def test_a_press_release_line_names_no_paper_and_a_joint_secretary(extractor):
    result = run(extractor, "MINISTRY OF COMMERCE\nPress Release | April 21, 2026\n\nThe minister met Arun Mehra, "
                            "Joint Secretary for the Americas, on Monday.")
    assert "Press Release" not in org_names(result)
    assert [(r.person, r.title) for r in result.roles][:1] == [("Arun Mehra", "Joint Secretary for the Americas")]


def test_a_title_and_body_in_their_own_script_with_english_in_brackets(extractor):
    result = run(extractor, "(Seoul = Correspondent Han Da-bin) Yoo Jae-min, 통상교섭본부장 (Minister for Trade "
                            "Negotiations) of the 산업통상자원부 (Ministry of Trade, Industry and Energy), met Tomas "
                            "Berglund in Stockholm on the 3rd.")
    assert ("Yoo Jae-min", "Minister for Trade Negotiations", "Ministry of Trade, Industry and Energy") in roles_of(result)
    assert ("Han Da-bin", "Correspondent") in {(r.person, r.title) for r in result.roles}
    assert all("Han Da-bin" not in {p.name for p in e.participants} for e in result.events)


def test_a_bare_government_title_beside_the_one_body_its_sentence_names(extractor):
    result = run(extractor, "Speaking at the Ministry of Commerce's regular press conference on Thursday, Vice "
                            "Minister Wen Haoran said countermeasures were ready.")
    assert [(r.person, r.organization) for r in result.roles] == [("Wen Haoran", "Ministry of Commerce")]


def test_a_part_named_after_a_known_bodys_possessive_and_who_chairs_it(extractor):
    result = run(extractor, "Rekha Iyer met Ambassador Bjorn Aasland of Norway, who chairs the World Trade "
                            "Organization's Negotiating Group on Market Access, in Geneva on Tuesday. The WTO's "
                            "Director-General later joined them.")
    assert "Negotiating Group on Market Access" in org_names(result)
    assert ("Bjorn Aasland", "chair", "Negotiating Group on Market Access") in roles_of(result)
    within = {o.name: o.part_of for o in result.organizations}
    assert within["Negotiating Group on Market Access"] == "World Trade Organization"


def test_an_own_language_body_glossed_by_a_body_and_its_part(extractor):
    result = run(extractor, "Rossi Hanım, who is director at the Avrupa Komisyonu Tarım Genel Müdürlüğü (European "
                            "Commission Directorate-General for Agriculture and Rural Development), told reporters so.")
    assert [(r.person, r.organization) for r in result.roles] == [
        ("Rossi", "Directorate-General for Agriculture and Rural Development")]


def test_translations_in_brackets_and_a_title_in_the_storys_language_are_no_people(extractor):
    result = run(extractor, "The rapporteur for the Carbon Border Adjustment Mechanism (CBAM, Mecanismo de Ajuste en "
                            "Frontera por Carbono) met the Secretary of State for Trade (secretaria de Estado de "
                            "Comercio), Elena Rubio Castaño, in Madrid. Katarzyna Wrona, director at the Directorate-"
                            "General for Trade (DG TRADE, Dyrekcja Generalna ds. Handlu), spoke. Dyrektor Wrona added "
                            "that duties would follow.")
    assert person_names(result) == {"Elena Rubio Castaño", "Katarzyna Wrona"}
    assert not any(r.title == "Dyrektor" for r in result.roles)


def test_a_bodys_full_name_in_apposition_is_no_person_and_no_second_body(extractor):
    result = run(extractor, "Ferrometal, the European Ferroalloy Association, welcomed the vote. Karl Haug, director "
                            "general of Ferrometal, the European Ferroalloy Association, spoke.")
    assert person_names(result) == {"Karl Haug"}
    assert org_names(result) == {"Ferrometal"}


def test_a_name_opening_with_a_bodys_word_is_a_body(extractor):
    result = run(extractor, "Wulan Sari, Director for ASEAN Negotiations, Kementerian Perdagangan (Ministry of Trade), "
                            "said so. Shares of Tamborine Resources rose.")
    assert person_names(result) == {"Wulan Sari"}
    assert "Tamborine Resources" in org_names(result)


def test_vietnamese_honorifics_are_no_part_of_a_name(extractor):
    result = run(extractor, "Minister Cho Hyun-woo met Lê Văn Tâm in Hanoi. Ông Cho (Mr Cho) said the quotas would "
                            "widen.")
    assert person_names(result) == {"Cho Hyun-woo", "Lê Văn Tâm"}


def test_an_area_with_words_that_are_no_portfolio_words(extractor):
    result = run(extractor, "- Ko Jae-sung, Director-General for Industrial Supply Chain Policy, Ministry of Trade, "
                            "Industry and Energy\n")
    assert person_names(result) == {"Ko Jae-sung"}
    assert [r.title for r in result.roles] == ["Director-General for Industrial Supply Chain Policy"]


def test_a_firm_of_two_partners_names_joined_by_an_ampersand(extractor):
    result = run(extractor, "Exporters should check their filings.\n\nAuthors: Mira Solberg, Partner, and Tomas "
                            "Lindgren, Senior Associate, Thornbury & Vale LLP (London / Oslo)")
    assert "Thornbury & Vale LLP" in org_names(result)
    assert ("Mira Solberg", "Partner", "Thornbury & Vale LLP") in roles_of(result)


def test_a_hyphenated_area_and_bodies_named_undersecretariat_or_headquarters(extractor):
    result = run(extractor, "- Tomas Ibarra Leiva, Director of Asia-Pacific Affairs, Undersecretariat of International "
                            "Economic Relations\n\nMinister Nam heads the Trade Negotiations Headquarters at the "
                            "ministry.")
    assert ("Tomas Ibarra Leiva", "Director of Asia-Pacific Affairs",
            "Undersecretariat of International Economic Relations") in roles_of(result)
    assert "Trade Negotiations Headquarters" in org_names(result)
    assert "Asia-Pacific Affairs" not in org_names(result)


def test_a_publisher_in_capitals_on_the_first_line(extractor):
    result = run(extractor, "NORDIC TRADE POLICY INSTITUTE - Policy Brief No. 26-09\nMay 2, 2026\n\nBy Siri Haugland, "
                            "Senior Fellow\n\nThe three governments moved quietly.")
    assert "Nordic Trade Policy Institute" in org_names(result)
    assert ("Siri Haugland", "Senior Fellow", "Nordic Trade Policy Institute") in roles_of(result)


# ---- tenth round: a post at the part of a body the story names ---------------------------

def test_a_listed_post_belongs_to_the_first_body_the_line_names(extractor):
    result = run(extractor, "Delegation of Japan:\n- Mr. KUDO Haruki, Director-General, Trade Policy Bureau, METI\n"
                            "- Ms. ARAI Mio, Director, Mineral Resources Division, Agency for Natural Resources and "
                            "Energy (ANRE), METI\n")
    assert ("KUDO Haruki", "Director-General", "Trade Policy Bureau") in roles_of(result)
    # (a small unit, "Mineral Resources Division", is part of the post: the post is at the body it is in)
    assert ("ARAI Mio", "Director", "Agency for Natural Resources and Energy") in roles_of(result)
    within = {o.name: o.part_of for o in result.organizations}
    assert within["Trade Policy Bureau"] == "Ministry of Economy, Trade and Industry"
    assert "Mineral Resources Division" not in within


def test_an_area_the_story_does_not_confirm_as_a_body_is_not_the_posts(extractor):
    result = run(extractor, "European Commission: Karin Aalto (Director, Trade Defence, DG TRADE); Pavel Novak "
                            "(Head of Unit, Neighbourhood Countries and Türkiye, DG TRADE).")
    assert {r.organization for r in result.roles} == {"Directorate-General for Trade"}


def test_one_post_written_at_a_body_and_at_its_part_is_one_role_at_the_part(extractor):
    result = run(extractor, "The committee was co-chaired by Ms Karin AALTO, Director for Trade Defence in the "
                            "Directorate-General for Trade of the European Commission.\n\nFor the European Union:\n"
                            "- Ms Karin AALTO, Director, Trade Defence, Directorate-General for Trade (DG TRADE)\n")
    assert roles_of(result) == {("Karin AALTO", "Director for Trade Defence", "Directorate-General for Trade")}


def test_a_vice_chair_of_the_whole_is_no_chair_of_the_part(extractor):
    result = run(extractor, "Tomoya Ishida told the Committee on Digital Trade of Keidanren that data rules mattered. "
                            "The committee's chair, Hiroki Nomura, a Keidanren vice chair, agreed.")
    titles = {r.title for r in result.roles if r.person == "Hiroki Nomura"}
    assert {"chair", "vice chair"} <= titles


def test_a_delegation_posted_to_a_country_is_a_body_and_a_visiting_delegation_is_not(extractor):
    result = run(extractor, "- Ms Sanna Lepisto, Minister-Counsellor, Delegation of the European Union to Viet Nam\n\n"
                            "Ms Rita Voss, Deputy Head of the EU Delegation to Japan, attended. The Korean delegation "
                            "was led by Kim Do-hyun.")
    assert ("Sanna Lepisto", "Minister-Counsellor", "Delegation of the European Union to Viet Nam") in roles_of(result)
    assert {o.name: o.written for o in result.organizations}["Delegation of the European Union to Japan"] \
        == "EU Delegation to Japan"
    assert not any("Korea" in name for name in org_names(result))


def test_a_name_many_countries_bodies_share_is_the_named_countrys(extractor):
    result = run(extractor, "HANOI and BRUSSELS - Viet Nam and the EU met.\n\n- Mr Pham Van Duc, Deputy Minister, "
                            "Ministry of Industry and Trade (MOIT)\n\nThe Deputy Minister of Industry and Trade of "
                            "Viet Nam, Pham Van Duc, said the talks went well.")
    organizations = {o.name: o for o in result.organizations}
    assert organizations["Ministry of Industry and Trade of Vietnam"].written == "Ministry of Industry and Trade"
    assert len([r for r in result.roles if r.person == "Pham Van Duc"]) == 1


def test_a_body_is_written_by_its_proper_name_before_a_description(extractor):
    result = run(extractor, "BEIJING - China's commerce ministry warned Washington on Friday. Speaking at the Ministry "
                            "of Commerce's press conference, Vice Minister Zhao Lin said China would respond.")
    organizations = {o.name: o for o in result.organizations}
    assert organizations["Ministry of Commerce of the People's Republic of China"].written == "Ministry of Commerce"


def test_a_section_of_an_office_is_no_person(extractor):
    result = run(extractor, "Anneli Tamm, Head of Trade Section, Delegation of the European Union to the Republic of "
                            "Korea, said so.")
    assert person_names(result) == {"Anneli Tamm"}


def test_a_lower_case_title_takes_the_area_after_for_and_the_holder_keeps_his_side(extractor):
    result = run(extractor, "NEW DELHI, Feb 13 (Reuters) - The round was led by Lars Vinter, the European Commission's "
                            "chief negotiator for India, and Meera Joshi, a joint secretary in India's Department of "
                            "Commerce. Lars Vinter, director for Asia and Latin America, spoke.")
    assert ("Lars Vinter", "chief negotiator for India", "European Commission") in roles_of(result)
    assert "director for Asia and Latin America" in {r.title for r in result.roles}
    sides = {p.name: p.side for e in result.events for p in e.participants}
    assert sides == {"Lars Vinter": "EU", "Meera Joshi": "IN"}


def test_head_of_unit_and_head_of_delegation_are_whole_titles(extractor):
    result = run(extractor, "Indonesia: Ms. Dewi Lestari (Head of Delegation); Mr. Agus Salim, Director of Export of "
                            "Agricultural and Forestry Products, Ministry of Trade; officials.\n\nEuropean Union:\n"
                            "- Mr. Jonas Brandt, Head of Unit, Directorate-General for Trade (DG TRADE)\n")
    titles = {(r.person, r.title) for r in result.roles}
    assert {("Dewi Lestari", "Head of Delegation"), ("Jonas Brandt", "Head of Unit"),
            ("Agus Salim", "Director of Export of Agricultural and Forestry Products")} <= titles
    assert person_names(result) == {"Dewi Lestari", "Agus Salim", "Jonas Brandt"}


def test_an_area_after_of_keeps_a_country_that_follows_as_the_posts(extractor):
    result = run(extractor, "The Minister of Trade of Japan, Ito Ken, spoke.")
    assert roles_of(result) == {("Ito Ken", "Minister of Trade", "Ministry of Economy, Trade and Industry")}


def test_hindi_names_of_bodies_and_honorifics_are_no_people(extractor):
    result = run(extractor, "According to sources in the Vanijya evam Udyog Mantralaya (Ministry of Commerce and "
                            "Industry), the notice is ready. On Wednesday a delegation led by Nguyen Thi Mai met Smt. "
                            "Rekha Iyer at Vanijya Bhawan in New Delhi. \"We object,\" Sushri Mai told reporters.")
    assert person_names(result) == {"Nguyen Thi Mai", "Rekha Iyer"}
    assert [(sorted(p.name for p in e.participants), e.place) for e in result.events] == [
        (["Nguyen Thi Mai", "Rekha Iyer"], "New Delhi")]


def test_titles_with_the_papers_own_language_in_brackets_and_a_short_form_with_its_body_word(extractor):
    result = run(extractor, "This was conveyed by the Director General of Foreign Trade (Dirjen Perdagangan Luar "
                            "Negeri) of the Ministry of Trade (Kementerian Perdagangan), Dewi Anggraini, on Tuesday. "
                            "The Ministry of Energy and Mineral Resources (ESDM) agreed. The Director General of "
                            "Mineral and Coal of the ESDM Ministry, Ir. Bayu Santoso, said so. Dewi Anggraini and "
                            "Bayu Santoso spoke again; Dewi Anggraini later left.")
    assert {("Dewi Anggraini", "Director General of Foreign Trade", "Ministry of Trade"),
            ("Bayu Santoso", "Director General of Mineral and Coal", "Ministry of Energy and Mineral Resources")} \
        <= roles_of(result)


def test_given_names_alone_join_the_one_person_who_bears_them(extractor):
    result = run(extractor, "Dewi Sekar Anggraini, a director general, spoke. \"We will not relax it,\" said Dewi "
                            "Sekar.")
    assert person_names(result) == {"Dewi Sekar Anggraini"}


def test_legal_instruments_and_their_short_forms_are_no_bodies(extractor):
    result = run(extractor, "The task force on the EU Deforestation Regulation (EUDR) met. The EUDR applies from "
                            "December; the Regulation is strict. Japan joined the Multi-Party Interim Appeal "
                            "Arbitration Arrangement (MPIA) and the Wassenaar Arrangement.")
    assert "Wassenaar Arrangement" in org_names(result)
    assert not org_names(result) & {"EUDR", "EU Deforestation Regulation", "Regulation", "MPIA",
                                    "Multi-Party Interim Appeal Arbitration Arrangement"}


def test_the_director_responsible_for_an_area_and_a_bureau_at_a_ministry(extractor):
    result = run(extractor, "Lars Vinter, the director responsible for Asia at the European Commission's "
                            "Directorate-General for Trade (DG TRADE), met Kenji Mori, director-general of the Trade "
                            "Policy Bureau at Japan's Ministry of Economy, Trade and Industry (METI), in Brussels.")
    assert ("Lars Vinter", "director responsible for Asia", "Directorate-General for Trade") in roles_of(result)
    assert {p.name: p.side for e in result.events for p in e.participants} == {"Lars Vinter": "EU", "Kenji Mori": "JP"}
    assert {o.name: o.part_of for o in result.organizations}["Trade Policy Bureau"] == \
        "Ministry of Economy, Trade and Industry"


def test_a_government_title_naming_a_portfolio_takes_the_one_body_its_sentence_names_when_no_country_is_given(extractor):
    result = run(extractor, "Culiacán, Sinaloa. The Secretaría de Economía (SE) will ask Washington to drop the duty, "
                            "announced the undersecretary of Foreign Trade, Ramón Ibarra Soto.")
    assert roles_of(result) == {("Ramón Ibarra Soto", "undersecretary of Foreign Trade", "Secretariat of Economy of Mexico")}


def test_a_name_romanized_in_brackets_and_a_surname_first_name_after_a_lower_case_title(extractor):
    result = run(extractor, "According to the ministry, 한지수 (Han Ji-soo) 통상차관보 (Deputy Minister for Trade) held "
                            "talks in Tokyo.\n\nSEOUL, March 4 (Reuters) - South Korea's deputy trade minister Kang "
                            "Min-ho said the talks went well.")
    assert {"Han Ji-soo", "Kang Min-ho"} <= person_names(result)


def test_a_papers_name_in_a_bracketed_translation_note_and_its_bureau(extractor):
    for note in ("[Translated from the Hanseong Business Daily (한성경제), Seoul, February 11, 2026.]",
                 "[Translated from the Korean. Source: Hanseong Business Daily (한성경제), March 20, 2026]"):
        result = run(extractor, note + "\n\nHanseong Business Daily Bureau, Seoul.\n\nTrade Minister Kim Do-hyun "
                                       "said so.")
        assert org_names(result) == {"Hanseong Business Daily"}
    result = run(extractor, "[Translated from Spanish, 3 June 2026]\n\nMinister Ana Soto said so.")
    assert org_names(result) == set()


def test_names_cut_at_a_comma_an_and_or_a_trailing_at(extractor):
    result = run(extractor, "Officials of Australia's Department of Industry, Science and Resources (DISR) attended. "
                            "According to the South East Asia Iron and Steel Institute (SEAISI), exports rose. "
                            "Kwek Li Ling, Director of the Trade Division at Singapore's Ministry of Trade and "
                            "Industry, spoke.")
    assert {"Department of Industry, Science and Resources of Australia", "South East Asia Iron and Steel Institute"} \
        <= org_names(result)
    assert "Trade Division" not in org_names(result)  # (a small unit: part of the post at the ministry)
    assert any(r.person == "Kwek Li Ling" and r.organization and r.organization.startswith("Ministry of Trade and Industry")
               for r in result.roles)


def test_a_lower_case_area_joined_by_and_and_a_task_led_is_no_post(extractor):
    result = run(extractor, "Clara Reyes, director for trade and international affairs at the European Automobile "
                            "Manufacturers' Association, said so. Delphine Marceau, who leads the Commission's work on "
                            "trade defence, agreed.")
    assert roles_of(result) == {("Clara Reyes", "director for trade and international affairs",
                                 "European Automobile Manufacturers' Association")}


def test_the_end_of_a_posts_area_before_who_is_no_person(extractor):
    result = run(extractor, "The envoy met Beatrice Aemmer-Sutz, the Swiss State Secretary for Economic Affairs, who "
                            "heads the State Secretariat for Economic Affairs (SECO).")
    assert person_names(result) == {"Beatrice Aemmer-Sutz"}


def test_bodies_a_post_implies_in_more_countries(extractor):
    result = run(extractor, "SANTIAGO - Chile's Mining Minister Aurora Vidal and Senator Tomás Lagos spoke.")
    assert {r.person: r.organization for r in result.roles} == {"Aurora Vidal": "Ministry of Mining of Chile",
                                                                 "Tomás Lagos": "Senate of Chile"}


def test_vietnamese_words_before_an_english_gloss_are_no_people_and_an_accented_dateline(extractor):
    result = run(extractor, "Việt Nam – Hàn Quốc họp Ủy ban Hỗn hợp FTA: siết kiểm soát [Viet Nam and Korea hold FTA "
                            "Joint Committee meeting]\n\nHÀ NỘI — Thứ trưởng Bộ Công Thương (Deputy Minister of Industry "
                            "and Trade) Trần Văn Minh and Bộ trưởng Thương mại (Minister for Trade) Choi Ji-ho, who "
                            "heads the Trade Negotiations Headquarters, co-chaired the fourth meeting of the Joint "
                            "Committee in Hà Nội on May 19.", published="2026-05-21")
    assert person_names(result) == {"Trần Văn Minh", "Choi Ji-ho"}
    assert [(e.kind.value, {p.name: p.side for p in e.participants}, e.place, e.date) for e in result.events] == [
        ("meeting", {"Trần Văn Minh": "VN", "Choi Ji-ho": "KR"}, "Hà Nội", "2026-05-19")]


def test_a_generic_secretariat_is_the_named_countrys_and_brazils_foreign_trade_secretary_heads_secex(extractor):
    result = run(extractor, "BRASILIA - The foreign trade secretary, Ana Prado, spoke on Brazil's exports. Officials of "
                            "the Secretariat of Foreign Trade (Secex) agreed.")
    assert {o.name for o in result.organizations} >= {"Secretariat of Foreign Trade of Brazil"}
    assert roles_of(result) == {("Ana Prado", "foreign trade secretary", "Secretariat of Foreign Trade of Brazil")}


# ---- eleventh round -----------------------------------------------------------------------

def test_quotes_marked_the_nordic_and_german_ways(extractor):
    nordic = run(extractor, "\u201dWe will defend every sawmill in the country\u201d, says Minister Ylva Berggren. "
                            "She called the case \u201da thin basis for a serious accusation\u201d.")
    assert [(q.speaker, q.text) for q in nordic.quotes] == [
        ("Ylva Berggren", "We will defend every sawmill in the country"),
        ("Ylva Berggren", "a thin basis for a serious accusation")]
    german = run(extractor, "\u201eDie Zölle treffen unsere Werke hart\u201c, sagte Minister Jens Albrecht. Later "
                            "Albrecht said: \u00bbWir verhandeln weiter mit Washington.\u00ab")
    assert [(q.speaker, q.text) for q in german.quotes] == [
        ("Jens Albrecht", "Die Zölle treffen unsere Werke hart"),
        ("Jens Albrecht", "Wir verhandeln weiter mit Washington.")]


def test_titles_kept_in_the_papers_own_language(extractor):
    result = run(extractor, "In Stockholm she met statssekreterare Nils Ekholm at the Ministry for Foreign Affairs, "
                            "with Maja Strand, vd of Skogsbolaget Norrvik AB. Paul Girardin, directeur of the Office "
                            "des vins de Loire (OVL), and Anne Vasseur, présidente of the Union des caves du Rhône "
                            "(UCR), joined them.")
    assert roles_of(result) == {("Nils Ekholm", "statssekreterare", "Ministry for Foreign Affairs of Sweden"),
                                ("Maja Strand", "vd", "Skogsbolaget Norrvik AB"),
                                ("Paul Girardin", "directeur", "Office des vins de Loire"),
                                ("Anne Vasseur", "présidente", "Union des caves du Rhône")}


def test_a_name_in_sentence_case_spelled_by_its_short_form(extractor):
    result = run(extractor, "The Bureau régional interprofessionnel des fromages (BRIF) and the Fédération des "
                            "producteurs de lait de France (FPL) objected, as did makers of Loire valley wines (LVW).")
    assert {"Bureau régional interprofessionnel des fromages",
            "Fédération des producteurs de lait de France"} <= org_names(result)
    assert not any("Loire" in name for name in org_names(result))


def test_frances_treasury_directorate_and_bercy(extractor):
    result = run(extractor, "PARIS - Marc Olivier, head of the bilateral affairs unit at the Direction générale du "
                            "Trésor, said Bercy would not retaliate.")
    assert {"Direction générale du Trésor", "Ministry of the Economy and Finance of France"} <= org_names(result)


def test_the_french_monsieur_before_a_surname_is_the_person_named_in_full(extractor):
    result = run(extractor, "Laurent Vasselin, head of the unit, met Mme Zhou Lan in Beijing. \u00ab We came to listen "
                            "and to explain \u00bb, M. Vasselin told the paper. Mark Bellamy agreed; M. Bellamy "
                            "said so too.")
    assert person_names(result) == {"Laurent Vasselin", "Zhou Lan", "Mark Bellamy"}
    assert [(q.speaker, q.text) for q in result.quotes] == [("Laurent Vasselin", "We came to listen and to explain")]


def test_units_in_a_delegation_list_an_area_after_for_and_a_host_by_its_formal_name(extractor):
    result = run(extractor, "The talks were held in Riyadh on 20 January 2026.\n\nDelegations:\n"
                            "- Ms. OKADA Rie, Director, Copper and Rare Metals Division, Agency for Natural Resources "
                            "and Energy (ANRE)\n"
                            "- Mr. NODA Ken, Minister, Embassy of Japan in the Kingdom of Saudi Arabia\n"
                            "- Dr. Lina Al-Harbi, Vice President for Strategy and Business Development, Saudi Arabian "
                            "Mining Company (Ma'aden)\n"
                            "- Paul Ferland, Director General, Critical Minerals Policy Branch, Natural Resources Canada\n"
                            "- KIM Ho-jin, Director-General for FTA Policy, Ministry of Trade, Industry and Energy\n")
    assert roles_of(result) == {
        ("OKADA Rie", "Director", "Agency for Natural Resources and Energy"),
        ("NODA Ken", "Minister", "Embassy of Japan in Saudi Arabia"),
        ("Lina Al-Harbi", "Vice President for Strategy and Business Development", "Ma'aden"),
        ("Paul Ferland", "Director General", "Natural Resources Canada"),
        ("KIM Ho-jin", "Director-General for FTA Policy", "Ministry of Trade, Industry and Energy")}
    # (small units, "Critical Minerals Policy Branch" and "Copper and Rare Metals Division", are parts of the posts)
    assert not {"Critical Minerals Policy Branch", "Copper and Rare Metals Division"} & org_names(result)


def test_a_body_is_printed_without_its_owners_possessive(extractor):
    result = run(extractor, "Lin Bo, a director-general at China's Ministry of Commerce, met the Japanese side.")
    assert {o.as_written for o in result.organizations} == {"Ministry of Commerce"}
    assert {o.name for o in result.organizations} == {"Ministry of Commerce of the People's Republic of China"}


def test_a_committees_remit_and_a_bank_of_the_country_are_read_whole(extractor):
    result = run(extractor, "He testified before the House Subcommittee on Railroads and Inland Waterways last week. "
                            "Dana Pryor, chair of the House Ways and Means Subcommittee on Trade, opened the hearing. "
                            "Lee Amsel, vice president at the Export-Import Bank of the United States, spoke. Aiko "
                            "Mori told the Committee on Economic Security of Keidanren that it was so.")
    assert {"House Subcommittee on Railroads and Inland Waterways", "House Ways and Means Subcommittee on Trade",
            "Export-Import Bank of the United States", "Committee on Economic Security"} <= org_names(result)


def test_author_lines_without_a_label_and_a_masthead_line_of_its_own(extractor):
    result = run(extractor, "KESTREL CENTRE FOR SHIPPING POLICY\nPolicy Brief No. 14 | 2 March 2026\n\n"
                            "Fees, Fleets and the Autumn Deadline\n\n"
                            "Ilse Marren-Holt, Senior Fellow, and Teodor Vance, Research Associate\n\n"
                            "The fees were suspended for a year. Carriers rerouted ships.")
    assert "Kestrel Centre for Shipping Policy" in org_names(result)
    assert roles_of(result) == {("Ilse Marren-Holt", "Senior Fellow", "Kestrel Centre for Shipping Policy"),
                                ("Teodor Vance", "Research Associate", "Kestrel Centre for Shipping Policy")}


def test_a_byline_of_a_firms_authors_gives_each_a_post_at_the_firm(extractor):
    result = run(extractor, "CLIENT ALERT | Trade | January 27, 2026\n\nNew Licences for Exporters\n\n"
                            "By Maren K. Solheim, Partner; Ravi Oduya, Counsel; and Lin Hua Ostrow, Associate, "
                            "Caldwell Brook LLP\n\nOn January 23 the ministry published new rules. They are administered by "
                            "MOFCOM's Export Licensing Bureau. At a briefing, the bureau's Director-General, Mr. Gao "
                            "Feng (高峰), said the rules were clear.")
    assert roles_of(result) >= {("Maren K. Solheim", "Partner", "Caldwell Brook LLP"),
                                ("Ravi Oduya", "Counsel", "Caldwell Brook LLP"),
                                ("Lin Hua Ostrow", "Associate", "Caldwell Brook LLP")}
    assert ("Gao Feng", "Director-General", "Export Licensing Bureau") in roles_of(result)
    assert not any(r.person == "Lin Hua Ostrow" and r.title == "Director-General" for r in result.roles)


def test_a_body_named_by_the_first_words_of_its_longer_name_is_that_body(extractor):
    result = run(extractor, "Dana Roe, vice president of the Nordland Chamber of Commerce in Chile, spoke. The "
                            "Nordland Chamber said it would ask for talks.")
    assert org_names(result) == {"Nordland Chamber of Commerce in Chile"}


def test_a_headline_with_a_colon_is_no_list_of_people(extractor):
    result = run(extractor, "RIDGE INSTITUTE FOR SHIPPING\nPolicy Brief No. 3\n\n"
                            "After the Thaw: Harbour Dues, Reprisals and the Winter Deadline\n\n"
                            "The dues were suspended for a year, Minister Alma Brink said.")
    assert person_names(result) == {"Alma Brink"}


def test_a_title_then_the_name_beside_it_and_who_then_said_speak_for_the_one_named(extractor):
    result = run(extractor, "By Ada Moss, Partner, Moss & Lyle LLP\n\nThe rules are run by MOFCOM's Licensing Bureau. "
                            "At a briefing, the bureau's Director-General, Mr. Wen Jiabo (温家博), said that \"the "
                            "licences will be granted in order\". The talks were led by Ines Varga, who later "
                            "described them as \"useful\" and said Hungary wanted \"room for our small firms to "
                            "grow.\" Moss said nothing.")
    assert [(q.speaker, q.text) for q in result.quotes] == [
        ("Wen Jiabo", "the licences will be granted in order"), ("Ines Varga", "room for our small firms to grow.")]


def test_bodies_named_as_examples_of_a_kind(extractor):
    result = run(extractor, "The Pampas Meat Council, which represents exporters including Brasa and Serrano Foods, "
                            "objected. Mills such as Norrfors, Ekeby Sag and Lundvik have lost sales. Operators with "
                            "older ships, including Halden Bulk, will pay more. Exporters such as Brazil and Chile "
                            "disagreed, as did suppliers like Maria Lopez.")
    assert {"Brasa", "Serrano Foods", "Norrfors", "Ekeby Sag", "Lundvik", "Halden Bulk"} <= org_names(result)
    assert not ({"Brazil", "Chile"} & org_names(result))
    assert not ({"Brasa", "Norrfors", "Lundvik"} & person_names(result))


def test_a_part_of_a_body_after_its_short_forms_possessive_and_a_title_before_a_named_body(extractor):
    result = run(extractor, "The Ministry of Fisheries (Mipes) will reply. The news came from the secretary of Mipes's "
                            "Secretariat of Trade and Sanitary Relations (STSR), Lucia Amaral, who spoke to the paper.")
    assert "Secretariat of Trade and Sanitary Relations" in org_names(result)
    assert roles_of(result) == {("Lucia Amaral", "secretary", "Secretariat of Trade and Sanitary Relations")}


def test_a_trade_newsletters_masthead_and_a_bullets_verb(extractor):
    result = run(extractor, "FREIGHT POLICY MONITOR | Committee Watch\n\nPanel told talks have narrowed\n\n"
                            "WASHINGTON - The negotiator told producers on Tuesday that talks had narrowed.\n\n"
                            "Next steps:\n\n- Monitor EU notices and register early.")
    assert org_names(result) == {"Freight Policy Monitor", "European Union"}


def test_a_post_at_a_part_named_before_the_whole_with_an_unhyphenated_title(extractor):
    for whole in ("the Ministry of Industry and Trade", "Vietnam's Ministry of Industry and Trade"):
        result = run(extractor, f"The talks were with Tran Van Loc, deputy director general of the Export Licensing "
                                f"Department at {whole}, who agreed.")
        # (the department's head holds a post of the ministry it is written at; twenty-third round)
        [(person, title, body)] = roles_of(result)
        assert (person, title) == ("Tran Van Loc", "deputy director general of the Export Licensing Department")
        assert body.startswith("Ministry of Industry and Trade")


def test_a_lower_case_area_joined_by_and_runs_to_the_body_after_at(extractor):
    result = run(extractor, "Ines Waal, director of trade policy and programs at CBP's Office of Trade, spoke. Jan "
                            "Pieters, head of feed and food audits and analysis at the Commission's Directorate-General "
                            "for Health and Food Safety, agreed.")
    assert roles_of(result) == {
        ("Ines Waal", "director of trade policy and programs", "Office of Trade"),
        ("Jan Pieters", "head of feed and food audits and analysis", "Directorate-General for Health and Food Safety")}


def test_a_unit_named_for_a_body_and_the_entity_opening_a_sentence(extractor):
    result = run(extractor, "The secretary met Ugo Bellini, head of the Mercosur unit at the Directorate-General for "
                            "Trade. The Coastal Fishers Association (CFA) objected. For the executive director of the "
                            "entity, Rosa Pinheiro, the answer came fast.")
    assert roles_of(result) == {("Ugo Bellini", "head of the Mercosur unit", "Directorate-General for Trade"),
                                ("Rosa Pinheiro", "executive director", "Coastal Fishers Association")}


def test_a_companys_board_its_name_spelled_by_a_short_form_and_a_masthead_with_the_country(extractor):
    result = run(extractor, "MINISTRY OF MARITIME AFFAIRS OF THE REPUBLIC OF POLAND\n\nWarsaw, 3 February 2026\n\n"
                            "1. The dialogue was chaired by Mr. Jan Nowicki, Undersecretary of State at the Ministry of "
                            "Maritime Affairs.\n\n- Ms. Ewa Lis, Vice-President of the Management Board, Portex S.A.\n"
                            "- Mr. Adam Wrona, Managing Director, Bank Rozwoju Gospodarczego (BRG)\n\n"
                            "Piotr Zaj, Vice-President of the Management Board of Kolej Baltyk S.A., spoke.")
    assert roles_of(result) == {("Jan Nowicki", "Undersecretary of State", "Ministry of Maritime Affairs"),
                                ("Ewa Lis", "Vice-President", "Portex S.A."),
                                ("Adam Wrona", "Managing Director", "Bank Rozwoju Gospodarczego"),
                                ("Piotr Zaj", "Vice-President", "Kolej Baltyk S.A.")}
    assert org_names(result) == {"Ministry of Maritime Affairs", "Portex S.A.", "Bank Rozwoju Gospodarczego",
                                 "Kolej Baltyk S.A."}


def test_own_language_titles_in_lower_case_glossed_in_brackets_and_an_area_in_charge_of(extractor):
    result = run(extractor, "Khun Somchai Wongsa, athibodi (director-general) of the Department of Foreign Trade "
                            "(DFT), Ministry of Commerce, spoke. Mr. Lê Văn Nam, Phó Cục trưởng (Deputy Director "
                            "General) of the Agency of Export Promotion, received Mrs. Ilse Claes, Director in charge "
                            "of Asia of the European Commission. Bà Đỗ Thị Mai, Phó Tổng Thư ký (Deputy Secretary "
                            "General) of the Hiệp hội Dệt may Việt Nam (Vietnam Weavers Association, VWA), and Mr. Hồ "
                            "Văn Tâm, Vice Chairman of the Việt Nam Leather and Footwear Association (Lefaso), came.")
    assert person_names(result) == {"Somchai Wongsa", "Lê Văn Nam", "Ilse Claes", "Đỗ Thị Mai", "Hồ Văn Tâm"}
    assert roles_of(result) == {
        ("Somchai Wongsa", "director-general", "Department of Foreign Trade"),
        ("Lê Văn Nam", "Deputy Director General", "Agency of Export Promotion"),
        ("Ilse Claes", "Director in charge of Asia", "European Commission"),
        ("Đỗ Thị Mai", "Deputy Secretary General", "Vietnam Weavers Association"),
        ("Hồ Văn Tâm", "Vice Chairman", "Việt Nam Leather and Footwear Association")}


def test_a_surname_in_capitals_in_a_list_entry(extractor):
    result = run(extractor, "Participants\n\nFor the European Union:\n- Katrin EHRLUND, Head of Unit, Directorate-"
                            "General for Taxation and Customs Union (DG TAXUD)\n- Jan-Pieter VERMEER, Director, "
                            "Directorate-General for Trade, European Commission (co-chair)\n")
    assert roles_of(result) == {
        ("Katrin EHRLUND", "Head of Unit", "Directorate-General for Taxation and Customs Union"),
        ("Jan-Pieter VERMEER", "Director", "Directorate-General for Trade")}


def test_an_area_after_for_in_capitals_before_the_body_at_which_the_post_is(extractor):
    result = run(extractor, "The team was led by Dana Whitby, Deputy Assistant Secretary for Export Administration "
                            "at the Bureau of Industry and Security (BIS).")
    assert roles_of(result) == {("Dana Whitby", "Deputy Assistant Secretary for Export Administration",
                                 "Bureau of Industry and Security")}
    assert "Export Administration" not in org_names(result)


def test_a_hyphenated_given_name_after_a_surname_and_an_area_before_a_countrys_body(extractor):
    result = run(extractor, "He met Kang Ji-hoon, director general for shipping and ports policy at South Korea's "
                            "Ministry of Oceans and Fisheries, and online platforms such as Kartly and Vendro.")
    assert person_names(result) == {"Kang Ji-hoon"}
    assert roles_of(result) == {("Kang Ji-hoon", "director general for shipping and ports policy",
                                 "Ministry of Oceans and Fisheries of South Korea")}
    assert {"Kartly", "Vendro"} <= org_names(result)


def test_a_correspondent_writes_for_the_one_outlet_the_story_names(extractor):
    result = run(extractor, "(Washington = Correspondent Lee Ha-na) Trade Minister Park Do-yun met the U.S. side on "
                            "Monday and told the Hanseong Business Newspaper the talks went well.")
    assert ("Lee Ha-na", "Correspondent", "Hanseong Business Newspaper") in roles_of(result)
    assert person_names(result) == {"Lee Ha-na", "Park Do-yun"}


def test_a_part_after_its_once_the_body_is_named(extractor):
    result = run(extractor, "The Ministry of Land and Ports (MLP) will send Ono Rin, Director-General of its Port "
                            "Policy Bureau, to Washington.")
    assert roles_of(result) == {("Ono Rin", "Director-General", "Port Policy Bureau")}
    assert {o.name: o.part_of for o in result.organizations}["Port Policy Bureau"] == "Ministry of Land and Ports"


@pytest.mark.parametrize("line,paper", [
    ("Source: Il Corriere 24 Ore (Milan), 11 February 2026. Translated from Italian.", "Il Corriere 24 Ore"),
    ("Source: Sauti Leo (Nairobi), Thursday, 21 May 2026. Translated from Kiswahili.", "Sauti Leo"),
    ("Jornal Mercantil (São Paulo), 15/04/2026. Translated from Portuguese.", "Jornal Mercantil"),
])
def test_source_lines_with_a_label_a_weekday_or_a_date_in_figures(extractor, line, paper):
    result = run(extractor, line + "\n\nThe minister, Ana Wekesa, said the talks went well.")
    assert paper in org_names(result) and paper not in person_names(result)


def test_malay_and_kiswahili_honorifics_a_coordinator_and_a_state_department_for_trade(extractor):
    result = run(extractor, "- Puan Siti Aminah binti Yusof, Senior Director, MITI\n- Encik Rahim bin Osman, Director, "
                            "MITI\n\nBw Peter Kibet Langa, Principal Secretary of Kenya's State Department for Trade, "
                            "met Ilse Vogt, the European Commission's chief coordinator for raw materials.")
    assert person_names(result) == {"Siti Aminah binti Yusof", "Rahim bin Osman", "Peter Kibet Langa", "Ilse Vogt"}
    assert ("Peter Kibet Langa", "Principal Secretary", "State Department for Trade") in roles_of(result)
    assert any(r.person == "Ilse Vogt" and r.organization == "European Commission" for r in result.roles)


def test_titles_set_off_by_commas_before_a_name_with_an_honorific(extractor):
    result = run(extractor, "The deal was signed by the agency's chief executive officer, Bi Neema Atieno, and the "
                            "Commissioner of Customs of the Rwanda Revenue Authority (RRA), Bw Jean Habimana, and was "
                            "witnessed by the Principal Secretary (Katibu Mkuu) in the Ministry of Trade and Industry, "
                            "Bw Paul Kiprotich. The chairman of the Truckers Association, Bw Ali Hassan, told the "
                            "paper: \"We welcome this agreement at the border.\"")
    roles = roles_of(result)
    assert ("Jean Habimana", "Commissioner of Customs", "Rwanda Revenue Authority") in roles
    assert ("Paul Kiprotich", "Principal Secretary", "Ministry of Trade and Industry") in roles
    assert ("Ali Hassan", "chairman", "Truckers Association") in roles
    assert not any(r[0] == "Jean Habimana" and r[1] == "chairman" for r in roles)
    assert not any(r[1] == "Commissioner" and r[0] != "Jean Habimana" for r in roles)
    assert [q.speaker for q in result.quotes] == ["Ali Hassan"]


def test_authors_at_the_one_firm_named_below_and_a_title_before_and_is_no_ones_after_it(extractor):
    result = run(extractor, "CLIENT ALERT\n\nAuthors: Rosa Pell, Partner, Washington, D.C.; Ian Mbeki, Associate, "
                            "London\n\nThe moratorium lapsed.\n\nRosa Pell is a Partner and Ian Mbeki is an Associate in "
                            "the trade practice of Pell & Drew LLP.")
    roles = roles_of(result)
    assert {("Rosa Pell", "Partner", "Pell & Drew LLP"), ("Ian Mbeki", "Associate", "Pell & Drew LLP")} <= roles
    assert not any(r[0] == "Ian Mbeki" and r[1] == "Partner" for r in roles)


def test_a_paper_credited_by_the_source_line_is_no_person_where_the_story_names_it(extractor):
    result = run(extractor, "Source: Sauti Leo (Nairobi), Thursday, 21 May 2026. Translated from Kiswahili.\n\n"
                            "The chairman, Bw Ali Hassan, told Sauti Leo: \"We welcome this agreement at the border.\"")
    assert "Sauti Leo" not in person_names(result) and "Sauti Leo" in org_names(result)


def test_a_title_the_model_reads_as_a_body_is_no_body(extractor):
    result = run(extractor, "Paolo Verri, Chief Agri-Food Trade Negotiator at Italy's agriculture ministry, said so.")
    assert not any("Negotiator" in name for name in org_names(result))


def test_a_hyphenated_word_inside_a_title_and_italys_agriculture_ministry(extractor):
    result = run(extractor, "Marco Ferri, Chief Agri-Food Trade Negotiator at Italy's agriculture ministry, said so. "
                            "Lia Conti, Director of Asia-Pacific Affairs at the ministry, agreed.")
    roles = roles_of(result)
    assert ("Marco Ferri", "Chief Agri-Food Trade Negotiator", "Ministry of Agriculture, Food Sovereignty and Forests") \
        in roles
    assert any(r[0] == "Lia Conti" and r[1] == "Director of Asia-Pacific Affairs" for r in roles)
    lower = run(extractor, "Rome sent Marco Ferri, chief agri-food trade negotiator at the Ministry of Agriculture, "
                           "Food Sovereignty and Forests (Masaf), who argued so.")
    assert roles_of(lower) == {("Marco Ferri", "chief agri-food trade negotiator",
                                "Ministry of Agriculture, Food Sovereignty and Forests")}


def test_a_part_of_a_body_named_with_its_short_form_before_of(extractor):
    result = run(extractor, "The head of the Department of Rural Policies (Dirup) of the Ministry of Agriculture, Food "
                            "Sovereignty and Forests (Masaf), Ugo Sarti, convened the meeting.")
    assert {o.name: o.part_of for o in result.organizations}["Department of Rural Policies"] \
        == "Ministry of Agriculture, Food Sovereignty and Forests"


# ---- twelfth round ------------------------------------------------------------------

def test_its_at_a_sentence_start_is_the_subject_of_the_sentence_before(extractor):
    result = run(extractor, "The Coastal Yards Association, which backed the petition, has urged USTR to act. "
                            "Its president, Lorna Pettigrew, wrote to the agency this month.")
    assert ("Lorna Pettigrew", "president", "Coastal Yards Association") in roles_of(result)


def test_a_company_name_opens_with_its_country_and_a_brand_in_capitals(extractor):
    result = run(extractor, "A spokesperson for China COSCO Shipping Corp declined to comment.")
    assert "China COSCO Shipping Corp" in org_names(result)


def test_french_monsieur_before_a_full_name(extractor):
    text = ("Mme Odile Vantard met the leaders of the Union of Weavers of Fez (UWF), with at their head its "
            "president, M. Karim Essafi Benhadou. « Each month lost costs us orders », estimated M. Benhadou.")
    result = run(extractor, text)
    assert "Karim Essafi Benhadou" in person_names(result)
    assert ("Karim Essafi Benhadou", "president", "Union of Weavers of Fez") in roles_of(result)
    assert [(q.speaker, q.text) for q in result.quotes] == [("Karim Essafi Benhadou", "Each month lost costs us orders")]
    # in English press the same letter is a given name's initial
    assert "M. Karim Benhadou" in person_names(run(extractor, "M. Karim Benhadou, an economist, said so."))


def test_an_own_language_unit_glossing_a_title_is_the_unit_it_heads(extractor):
    result = run(extractor, "The Director General of Trade (Direction générale du Commerce) at the Ministry of Industry "
                            "and Trade, Mme Leila Amrani-Sefrioui, met officials. Officials of the Ministry of Trade "
                            "(Kementerian Perdagangan) attended.")
    assert ("Leila Amrani-Sefrioui", "Director General of Trade", "Direction générale du Commerce") in roles_of(result)
    assert "Direction générale du Commerce" in org_names(result)
    assert "Kementerian Perdagangan" not in org_names(result)  # the own-language name of a body, not a unit of it
    assert "Dirección General de Comercio Exterior" in org_names(
        run(extractor, "He met officials of the Dirección General de Comercio Exterior on Monday."))


def test_the_same_ministry_name_of_another_country_is_another_body(extractor):
    result = run(extractor, "RABAT - Officials of the Ministry of Industry and Trade met on Monday. They later called "
                            "Awa Ndiaye, Director of Foreign Trade at the Ministry of Industry and Trade of Senegal.")
    assert {"Ministry of Industry and Trade", "Ministry of Industry and Trade of Senegal"} <= org_names(result)
    assert ("Awa Ndiaye", "Director of Foreign Trade", "Ministry of Industry and Trade of Senegal") in roles_of(result)


def test_a_known_short_name_is_the_body_named_in_full_with_another_country(extractor):
    result = run(extractor, "HANOI - \"The Trade Remedies Authority will not defend cheats,\" Tran Thi Lan said. "
                            "The Trade Remedies Authority of Vietnam (TRAV) has imposed duties on steel.")
    assert "Trade Remedies Authority of Vietnam" in org_names(result)
    assert "Trade Remedies Authority" not in org_names(result)


def test_a_short_form_spelling_a_name_with_french_small_words(extractor):
    result = run(extractor, "Dakar, whose Industries Chimiques du Sénégal (ICS) also export acid, agreed.")
    assert "Industries Chimiques du Sénégal" in org_names(result)


def test_bodies_chained_by_of_the_are_two(extractor):
    result = run(extractor, "The Committee of Geology of the Ministry of Ports and Shipping is preparing proposals.")
    assert {"Committee of Geology", "Ministry of Ports and Shipping"} <= org_names(result)


def test_a_company_named_after_its_cue_with_a_hyphen(extractor):
    result = run(extractor, "Its operator will be the national mining company Tau-Ken Samruk, officials said.")
    assert "Tau-Ken Samruk" in org_names(result) and not person_names(result)


def test_head_of_unit_of_a_body(extractor):
    result = run(extractor, "Henrik Dalsgaard, head of unit of the Directorate-General for Internal Market, Industry, "
                            "Entrepreneurship and SMEs, said so.")
    assert ("Henrik Dalsgaard", "head of unit", "Directorate-General for Internal Market, Industry, Entrepreneurship "
            "and SMEs") in roles_of(result)


def test_the_holder_named_after_the_body_a_title_points_back_to(extractor):
    result = run(extractor, "ASTANA. The Committee of Geology is preparing proposals. This was announced by the "
                            "chairman of the committee Rustem Bakhytovich Nurmatov following a meeting.")
    assert ("Rustem Bakhytovich Nurmatov", "chairman", "Committee of Geology") in roles_of(result)


def test_the_holder_named_after_the_body_of_the_title_without_a_comma(extractor):
    result = run(extractor, "JAKARTA - Director General of International Trade Negotiations (Dirjen PPI) of the "
                            "Ministry of Trade Bambang Hariyanto Wibisono said that both parties agreed.")
    assert person_names(result) == {"Bambang Hariyanto Wibisono"}
    assert ("Bambang Hariyanto Wibisono", "Director General of International Trade Negotiations",
            "Ministry of Trade of Indonesia") in roles_of(result)


def test_a_paper_named_after_its_country_goes_by_its_first_word(extractor):
    result = run(extractor, "Bisnis Harian Indonesia, Thursday (14/5/2026). Translated from Indonesian.\n\n"
                            "JAKARTA - \"We will win,\" Hendra Kusumanegara said in a statement received by Bisnis "
                            "Harian.")
    assert person_names(result) == {"Hendra Kusumanegara"}
    assert "Bisnis Harian Indonesia" in org_names(result)


def test_a_short_form_after_a_slash_in_the_own_language_name(extractor):
    result = run(extractor, "JAKARTA - The Indonesian Textile Association (Asosiasi Pertekstilan Indonesia/API) "
                            "welcomed it. API chairman Hendra Kusumanegara assessed that the rule would hurt.")
    assert ("Hendra Kusumanegara", "chairman", "Indonesian Textile Association") in roles_of(result)


def test_a_delegation_entry_with_the_titles_area_before_its_body(extractor):
    result = run(extractor, "The delegation also included Mr. Agus Purbaya, Director of Animal Health, Directorate "
                            "General of Livestock and Animal Health Services, Ministry of Agriculture; Mr. Tane Rewiti, "
                            "Director, Market Access, Ministry for Primary Industries; and Ms. Olive Whitford, Trade "
                            "Commissioner, New Zealand Trade and Enterprise, Jakarta.")
    assert roles_of(result) >= {
        ("Agus Purbaya", "Director of Animal Health", "Directorate General of Livestock and Animal Health Services"),
        ("Tane Rewiti", "Director, Market Access", "Ministry for Primary Industries"),
        ("Olive Whitford", "Trade Commissioner", "New Zealand Trade and Enterprise")}


def test_a_ministry_name_the_model_stopped_at_and(extractor):
    result = run(extractor, "ATHENS - Eleni Karamanou, secretary-general for ports at the Ministry of Maritime Affairs "
                            "and Insular Policy, said so.")
    assert ("Eleni Karamanou", "secretary-general for ports", "Ministry of Maritime Affairs and Insular Policy") \
        in roles_of(result)
    assert "Ministry of Chemicals and Fertilizers" in org_names(run(
        extractor, "NEW DELHI - Officials of the Ministry of Chemicals and Fertilizers said so."))


def test_a_body_and_the_government_it_belongs_to_are_two(extractor):
    result = run(extractor, "The delegation was led by Anil Dwivedi, Additional Secretary, Department of Commerce, "
                            "Ministry of Commerce and Industry, Government of India.")
    assert {"Ministry of Commerce and Industry of India", "Government of India"} <= org_names(result)


def test_a_word_before_the_country_that_the_short_form_spells(extractor):
    result = run(extractor, "The probe was backed by the All India Glass Manufacturers' Federation (AIGMF).")
    assert "All India Glass Manufacturers' Federation" in org_names(result)


def test_a_list_writes_surname_given_name_patronymic(extractor):
    result = run(extractor, "Vice Minister Erlan Bekzhanov held a meeting on Tuesday. \"We are ready,\" noted "
                            "E. Bekzhanov.\n\nParticipants:\n- Bekzhanov Erlan Serikovich, vice minister of trade;")
    assert len(result.persons) == 1
    assert result.persons[0].surname == "Bekzhanov"


def test_a_title_case_masthead_before_a_bar_and_two_authors_with_titles(extractor):
    result = run(extractor, "Atlas Centre for Maritime Studies | Policy Brief PB-26/14 | July 2026\n\n"
                            "Reporting Before Paying: What It Means\n\n"
                            "Youssef Benali, Senior Fellow, and Clara Stein, Research Assistant\n\nSummary")
    assert roles_of(result) == {("Youssef Benali", "Senior Fellow", "Atlas Centre for Maritime Studies"),
                                ("Clara Stein", "Research Assistant", "Atlas Centre for Maritime Studies")}


@pytest.mark.parametrize("line", [
    "Dainik Prabhat, New Delhi edition, 23 April 2026 (translated from Hindi)",
    "Dainik Prabhat, New Delhi, 4 June 2026 (translated from Hindi)",
    "Kapital.kz, 9 April 2026. Translation from Russian.",
])
def test_source_lines_with_a_place_or_edition(extractor, line):
    result = run(extractor, f"Headline here\n\n{line}\n\nNEW DELHI - Officials met on Monday.")
    assert line.split(",")[0] in org_names(result)


def test_this_newspaper_is_no_source_paper(extractor):
    result = run(extractor, "Source: Economic Daily (Jingji Ribao), Beijing, 13 March 2026. Translated from Chinese."
                            "\n\nThis newspaper, Beijing, 12 March (reporter Zhao Minghui) - Officials met.")
    assert "This newspaper" not in org_names(result)


def test_a_lower_case_minister_title_names_its_ministry_in_capitals(extractor):
    result = run(extractor, "Participants:\n- Temirov Daniyar Serikovich, vice minister of trade and tourism;")
    assert {r.organization for r in result.roles} == {"Ministry of Trade and Tourism"}


def test_a_delegation_lists_header_gives_its_entries_their_country(extractor):
    result = run(extractor, "Brussels, 14 April 2026\n\nThe session was co-chaired by Mr Pieter VOSS, Director, DG "
                            "TRADE, and H.E. Mr Mehmet KARADAG, Deputy Minister of Trade of the Republic of Türkiye."
                            "\n\nFor the Republic of Türkiye:\n- Mehmet KARADAG, Deputy Minister of Trade (co-chair)\n")
    assert {r.organization for r in result.roles if r.person == "Mehmet KARADAG"} == {"Ministry of Trade of the Republic of Türkiye"}


def test_a_unit_after_a_titles_of_the(extractor):
    result = run(extractor, "From Japan, Morishita Takuya, Deputy Director-General of the Export and International "
                            "Affairs Bureau of the Ministry of Agriculture, Forestry and Fisheries (MAFF), attended. "
                            "Anna Lenz, Vice-President of the Management Board of Orlen S.A., joined.")
    assert ("Morishita Takuya", "Deputy Director-General", "Export and International Affairs Bureau") in roles_of(result)
    assert "Management Board" not in org_names(result)


def test_a_body_named_again_word_for_word(extractor):
    result = run(extractor, "The digital association Bitkom warned against it. Bitkom President Friederike Wallbrecht "
                            "said a national levy would hurt.")
    assert ("Friederike Wallbrecht", "President", "Bitkom") in roles_of(result)


def test_a_shipyard_is_a_company(extractor):
    result = run(extractor, "On the 2nd, Minister Park visited Hanwha Philly Shipyard in Philadelphia, where the "
                            "shipyard's president, Rachel Hendry, showed him around.")
    assert ("Rachel Hendry", "president", "Hanwha Philly Shipyard") in roles_of(result)


def test_who_heads_a_bodys_unit(extractor):
    result = run(extractor, "Katrin Vollmer, who heads the Commission's CBAM unit and attended the workshop, said "
                            "Brussels was open.")
    assert roles_of(result) == {("Katrin Vollmer", "head of the CBAM unit", "European Commission")}


def test_a_hyphenated_given_name_whose_second_part_is_a_month(extractor):
    result = run(extractor, "The session was co-chaired by Mr Pieter-Jan VERHOEVEN, Director, DG TRADE.")
    assert person_names(result) == {"Pieter-Jan VERHOEVEN"}


def test_three_words_closing_on_a_bodys_word_are_no_person(extractor):
    result = run(extractor, "Ahn will inspect Hanwha Philly Shipyard before returning. Anna Maria Banks agreed.")
    assert person_names(result) == {"Ahn", "Anna Maria Banks"}


@pytest.mark.parametrize("text, name", [
    ("Talks held\n\nBy Hye-jin Baek\n\n(Bloomberg) -- US officials met.", "Hye-jin Baek"),
    ("Talks held\n\nBy Renata Figueiredo Tavares — From Brasília\n\nThe secretary met.", "Renata Figueiredo Tavares"),
    ("Officials met.\n\n(Reporting by Sofie Lind in Brussels; additional reporting by Marcus Oyelade in "
     "Washington; Editing by Helen Prade)", "Marcus Oyelade"),
    ("Officials met.\n\nReporter Lee Ji-hoon (이지훈)\n", "Lee Ji-hoon"),
])
def test_the_names_a_byline_or_credit_gives(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("first_line, label, newsletter", [
    ("COMMITTEE WATCH | STEEL", "Committee Watch", None),
    ("TRADE REMEDIES WATCH | Solar glass", "Trade Remedies Watch", None),
    ("GENEVA TRADE WATCH — WTO Committee Watch", None, "Geneva Trade Watch"),
    ("PROCUREMENT POLICY WATCH | Hearing report", None, "Procurement Policy Watch"),
])
def test_a_journals_column_label_is_no_body_but_its_name_is(extractor, first_line, label, newsletter):
    result = run(extractor, f"{first_line}\n\nMills ask for quotas\n\nBRUSSELS - The Commission met producers. "
                            "COMMITTEE WATCH: The committee meets on Monday.")
    names = org_names(result)
    assert not any(n.lower() in ("committee watch", "watch") for n in names)
    assert label is None or label not in names
    assert newsletter is None or newsletter in names


def test_a_body_two_countries_share_names_both(extractor):
    result = run(extractor, "The second meeting of the Indonesia-New Zealand Working Group on Dairy Trade was held in "
                            "Jakarta. The Working Group agreed to meet again. The US-China Business Council said so.")
    assert org_names(result) >= {"Indonesia-New Zealand Working Group on Dairy Trade", "US-China Business Council"}
    assert "Working Group" not in org_names(result)


def test_a_trading_house_and_a_listed_name_with_a_slash(extractor):
    result = run(extractor, "Japanese trading house Sojitz invested. Members from the Greens/EFA group pressed the "
                            "Commission.")
    assert {"Sojitz", "Greens/European Free Alliance"} <= org_names(result)


def test_measures_named_by_initials_are_no_bodies_and_may_name_a_unit(extractor):
    result = run(extractor, "Joint Press Statement\n\nIndia fears the CBAM will hit its DAP exports. Katrin Vollmer, "
                            "head of the CBAM unit at the Directorate-General for Taxation and Customs Union, said so.")
    assert not {"CBAM", "DAP", "Joint Press Statement"} & org_names(result)
    assert ("Katrin Vollmer", "head of the CBAM unit", "Directorate-General for Taxation and Customs Union") \
        in roles_of(result)


def test_a_name_with_its_native_spelling_before_an_appositive_title(extractor):
    result = run(extractor, "Kim Do-yeon (김도연), a senior research fellow at the Institute for International Trade, "
                            "said so.")
    assert ("Kim Do-yeon", "senior research fellow", "Institute for International Trade") in roles_of(result)


def test_two_posts_in_one_appositive_joined_by_and_a(extractor):
    result = run(extractor, "The chair, Mitsuhiro Sakakibara, a Keidanren vice chair and a senior adviser at "
                            "Mitsubishi Electric, said members supported it.")
    assert ("Mitsuhiro Sakakibara", "senior adviser", "Mitsubishi Electric") in roles_of(result)


@pytest.mark.parametrize("text, speaker", [
    ("« The minimum price was supposed to be a shield », Mr Roux-Delmas summarises.", "Roux-Delmas"),
    ("Mme Anne Li met M. Youssef Ouazzani. «Each month lost costs us orders», he alerted.", "Youssef Ouazzani"),
])
def test_translated_press_verbs_of_saying(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


# ---- twelfth round, from the review: rules kept from misfiring on ordinary news text ----------------

def test_a_title_after_company_is_no_body(extractor):
    result = run(extractor, "Toyota cut its forecast, company President Koji Sato told reporters. The carmaker is "
                            "watching President Donald Trump's tariffs, and the President has not responded.")
    assert "President" not in org_names(result)
    assert ("Koji Sato", "company President", "Toyota") in roles_of(result)


def test_western_names_ending_as_patronymics_keep_their_surname_last(extractor):
    for text, surname in (("John Paul Markovich, a spokesman for the union, said so.", "Markovich"),
                          ("Rod R. Blagojevich said so.", "Blagojevich")):
        assert [p.surname for p in run(extractor, text).persons] == [surname]


def test_a_name_with_an_initial_closing_on_a_bodys_word_is_a_person(extractor):
    assert "Robert K. Steel" in person_names(run(extractor, "Robert K. Steel, a former Treasury under secretary, "
                                                            "said so."))


def test_a_company_after_a_ministry_and_is_no_portfolio(extractor):
    names = org_names(run(extractor, "The Ministry of Agriculture and Cargill signed a deal on soybean exports."))
    assert "Ministry of Agriculture and Cargill" not in names


def test_a_cued_name_does_not_end_on_a_hyphen(extractor):
    names = org_names(run(extractor, "Shipments rose, according to Korea Trade Data-Hub figures."))
    assert not any(name.endswith("-") for name in names)


def test_a_company_after_the_firm_is_no_person(extractor):
    assert not person_names(run(extractor, "The founder of the firm Lazard Freres said markets were calm."))


# ---- thirteenth round: bodies' own names ------------------------------------------------------------

def test_a_known_name_opening_a_chamber_takes_its_of_area_and_host(extractor):
    names = org_names(run(extractor, "The European Union Chamber of Commerce in Vietnam said in a survey that half of "
                                     "its members expected delays."))
    assert "European Union Chamber of Commerce in Vietnam" in names
    assert "European Union Chamber" not in names


def test_a_units_own_name_with_a_trade_word_is_not_the_trade_ministry(extractor):
    result = run(extractor, "BEIJING, May 4 - Commerce ministry spokesperson He Lanfang said licences would be "
                            "granted. Sato Emiko, director-general of the Trade Control Department at Japan's "
                            "Ministry of Economy, Trade and Industry, will visit next week.")
    assert "Trade Control Department" in org_names(result)
    spokesperson = [r.organization for r in result.roles if r.person == "He Lanfang"]
    assert spokesperson == ["Ministry of Commerce of the People's Republic of China"]


def test_who_chairs_the_bodys_working_group_holds_a_post_at_the_body_named_before(extractor):
    result = run(extractor, "The Federation of German Industries published a survey on Monday.\n\nLena Vogt, who "
                            "chairs the federation's raw materials working group, said members were worried.")
    assert ("Lena Vogt", "chair of the raw materials working group", "Federation of German Industries") \
        in roles_of(result)


def test_a_line_of_authors_closing_on_their_bodys_city(extractor):
    result = run(extractor, "Policy Brief No. 3/2026\n\nMarta Lindqvist, Senior Fellow, and Pavel Hrubý, Research "
                            "Associate, Baltic Institute for Trade Studies (BITS), Riga\n\n2 March 2026\n\nThe "
                            "regulation makes screening mandatory.")
    assert {("Marta Lindqvist", "Senior Fellow", "Baltic Institute for Trade Studies"),
            ("Pavel Hrubý", "Research Associate", "Baltic Institute for Trade Studies")} <= roles_of(result)


def test_a_unit_in_its_body_and_a_gerund_in_the_units_name(extractor):
    result = run(extractor, "Tereza Malkova, head of the export licensing unit in the Directorate-General for "
                            "Trade, spoke in February.")
    assert ("Tereza Malkova", "head of the export licensing unit", "Directorate-General for Trade") in roles_of(result)


def test_a_quote_a_colon_opens_is_the_subjects_of_the_clause_before(extractor):
    result = run(extractor, "Our correspondent reports.\n\nPiet Verhoeven, a director at the port, put it this way "
                            "to the committee in March: \"Nobody builds a terminal for one season of cargo.\"\n\n"
                            "The notice read: \"Vessels will be inspected at the anchorage before berthing.\"")
    assert [(q.speaker, q.text[:6]) for q in result.quotes] == [("Piet Verhoeven", "Nobody")]


def test_a_colon_in_a_headline_opens_no_ones_quote(extractor):
    result = run(extractor, "Minister Dara Okoye at the port: \"We will not pay these fees for long\"\n\nLAGOS - Dara "
                            "Okoye visited the port on Monday.")
    assert result.quotes == []


def test_a_ministry_named_both_ways_in_a_country_with_no_listed_body_is_one(extractor):
    result = run(extractor, "Commerce Ministry asks exporters to prepare\n\nKATHMANDU - The matter was discussed on "
                            "Monday at a meeting between the Ministry of Commerce and leaders of the exporters' "
                            "association.")
    bodies = [o for o in result.organizations if "ommerce" in o.name]
    assert len(bodies) == 1 and {"Commerce Ministry", "Ministry of Commerce"} <= {bodies[0].name, *bodies[0].aliases}


def test_a_papers_name_past_its_word_for_daily_is_the_paper(extractor):
    result = run(extractor, "Dainik Sangbad Prabaha (Dhaka), 3 March 2026. Translated from Bengali.\n\nExporters "
                            "met officials. Rafiqul Alam told Sangbad Prabaha the rules were unclear.")
    papers = [o for o in result.organizations if "Prabaha" in o.name]
    assert [(o.name, o.mentions, o.aliases) for o in papers] == [("Dainik Sangbad Prabaha", 2, ["Sangbad Prabaha"])]


def test_a_unit_named_after_a_known_body_and_a_bengali_honorific(extractor):
    result = run(extractor, "DHAKA - The meeting was chaired by Janab Md. Anisur Rahman Khan, Director General of "
                            "the WTO Cell of the Ministry of Commerce.")
    assert person_names(result) == {"Md. Anisur Rahman Khan"}
    assert ("Md. Anisur Rahman Khan", "Director General", "Ministry of Commerce of Bangladesh") in roles_of(result)


def test_a_name_closing_on_a_list_spelled_by_its_short_form_and_named_again(extractor):
    result = run(extractor, "Officials of the Department of Mines, Quarries and Minerals (DMQM) attended.\n\nParticipants:"
                            "\n- Dr. Selina Akter, Deputy Registrar, Department of Mines, Quarries and Minerals\n"
                            "- Mr. Owen Pryce, Trade Adviser, Foreign, Commonwealth & Development Office")
    assert "Department of Mines" not in org_names(result)
    assert {("Selina Akter", "Deputy Registrar", "Department of Mines, Quarries and Minerals"),
            ("Owen Pryce", "Trade Adviser", "Foreign, Commonwealth and Development Office")} <= roles_of(result)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("WASHINGTON - Members of the House Energy Committee's Subcommittee on Grid, Storage, and Pipelines met on "
     "Tuesday.", {"House Energy Committee", "Subcommittee on Grid, Storage, and Pipelines"}, set()),
    ("Dana Holt, a director at the Office of Analysis, Research, and Statistics, spoke.",
     {"Office of Analysis, Research, and Statistics"}, {"Office of Analysis"}),
    ("Both ministers signed the terms of a Working Group on Vaccines and Intellectual Property.",
     {"Working Group on Vaccines and Intellectual Property"}, set()),
    ("The Ministry of Finance, Reuters, and Bloomberg reported it.", {"Ministry of Finance"},
     {"Ministry of Finance, Reuters, and Bloomberg"}),
])
def test_names_closing_on_lists_and_a_committees_part(extractor, text, wanted, unwanted):
    result = run(extractor, text)
    assert wanted <= org_names(result) and not unwanted & org_names(result)
    assert not person_names(result) & {"Intellectual Property"}


def test_a_weekly_in_capitals_on_a_masthead_is_a_body(extractor):
    result = run(extractor, "GRAIN MARKETS WEEKLY | Committee Watch\n\nPanel presses negotiators\n\nLONDON - Members "
                            "of the committee pressed the minister on Monday.")
    assert "Grain Markets Weekly" in org_names(result)


def test_a_name_opening_with_a_bodys_word_in_another_language_and_an_italian_honorific(extractor):
    result = run(extractor, "The Consorzio per la Tutela del Vino Lambrusco is watching closely. \u00abWe will defend the "
                            "name in every market\u00bb, said Cav. Marco Ferlini, president of the consortium.")
    assert "Consorzio per la Tutela del Vino Lambrusco" in org_names(result)
    assert person_names(result) == {"Marco Ferlini"}
    assert [q.speaker for q in result.quotes] == ["Marco Ferlini"]


def test_a_bodys_own_language_name_in_brackets_after_its_english_one_is_the_same_body(extractor):
    result = run(extractor, "Sources at the Ministry of Agriculture, Fisheries and Food (Ministerio de Agricultura, "
                            "Pesca y Alimentaci\u00f3n) said Spain backs the plan.")
    assert not any(name.startswith("Ministerio") for name in org_names(result))


@pytest.mark.parametrize("text, person, org", [
    ("Director General of Foreign Trade at the Ministry of Trade Sri Wahyuni Lestari said so.", "Sri Wahyuni Lestari",
     "Ministry of Trade"),
    ("Researchers at the Lindqvist Centre for Trade Studies said so.", None, "Centre for Trade Studies"),
])
def test_a_name_opening_with_a_bodys_word_runs_into_no_person_nor_cuts_a_longer_name(extractor, text, person, org):
    result = run(extractor, text)
    if person:
        assert person in person_names(result) and org in org_names(result)
    else:
        assert org not in org_names(result)


def test_a_french_comite_and_a_post_on_an_area_at_a_body(extractor):
    result = run(extractor, "BRUSSELS - Members of the Comité Européen des Producteurs de Cidre (CEPC) met on Monday. "
                            "Paola Rinaldi, lead negotiator on spirits labelling at Italy's Ministry of Enterprises "
                            "and Made in Italy, spoke. Luc Fabre, vice-president of the CEPC, said so.")
    assert ("Paola Rinaldi", "lead negotiator on spirits labelling", "Ministry of Enterprises and Made in Italy") \
        in roles_of(result)
    assert ("Luc Fabre", "vice-president", "Comité Européen des Producteurs de Cidre") in roles_of(result)


def test_a_title_heads_the_office_the_story_names_for_it_written_the_same_way(extractor):
    result = run(extractor, "NEW DELHI - A notice from the Directorate General of Foreign Trade (DGFT) set a floor price. "
                            "\"We will stay a reliable supplier,\" Director General of Foreign Trade Kavita Rao Menon "
                            "said. Jan Kowalski, director at the Directorate-General for Trade, met Lalla Amal Idrissi, "
                            "director general of Trade at Morocco's Ministry of Industry and Trade.")
    assert ("Kavita Rao Menon", "Director General of Foreign Trade", "Directorate General of Foreign Trade") \
        in roles_of(result)
    assert not any(r.person == "Lalla Amal Idrissi" and r.organization == "Directorate-General for Trade"
                   for r in result.roles)


def test_a_philippine_undersecretary_of_a_portfolio(extractor):
    result = run(extractor, "Rogelio Manansala, the Philippine agriculture undersecretary for planning, said so.")
    assert ("Rogelio Manansala", "agriculture undersecretary for planning", "Department of Agriculture of the Philippines") \
        in roles_of(result)


def test_a_body_the_eu_shares_with_a_country_names_both(extractor):
    names = org_names(run(extractor, "Officials met at the EU-Chile Subcommittee on Customs and Rules of Origin."))
    assert "EU-Chile Subcommittee on Customs and Rules of Origin" in names


def test_the_holder_named_after_the_title_of_the_entity(extractor):
    result = run(extractor, "The Chilean Salmon Farmers Association (ACSF) criticised the rule. \"This is a step back "
                            "for exporters,\" said the president of the entity, Renata Fonseca Lima.")
    assert ("Renata Fonseca Lima", "president", "Chilean Salmon Farmers Association") in roles_of(result)
    assert [q.speaker for q in result.quotes] == ["Renata Fonseca Lima"]


def test_authors_one_to_a_line_and_their_body_alone_on_the_next(extractor):
    result = run(extractor, "POLICY BRIEF No. 2026/09 | May 2026\n\nWhat the port fees teach us\n\nNadia Korkmaz-Lind, "
                            "Senior Fellow\nTomas Arveson, Research Associate\nBosphorus Centre for Trade Studies\n\n"
                            "Summary\n\nThe fees changed shipping routes. The views are the authors', not those of "
                            "the Bosphorus Centre for Trade Studies.")
    assert {("Nadia Korkmaz-Lind", "Senior Fellow", "Bosphorus Centre for Trade Studies"),
            ("Tomas Arveson", "Research Associate", "Bosphorus Centre for Trade Studies")} <= roles_of(result)


def test_a_quote_of_the_name_closing_its_title_before_a_clause_about_its_holder(extractor):
    result = run(extractor, "TOKYO - Director-General of the Trade Policy Bureau Hoshino Daichi raised the request on "
                            "the 13th. Director-General of the Fisheries Agency Kameda Rina, who also joined the call, "
                            "stressed to reporters on the 14th: \"Our fleets are partners of yours, not rivals at sea.\"")
    assert [q.speaker for q in result.quotes] == ["Kameda Rina"]


def test_a_body_of_its_country_posted_in_another_and_a_head_of_department(extractor):
    result = run(extractor, "Ana Lima met Pavel Orlov, head of the Trade Representation of the Russian Federation in "
                            "Argentina, on Monday. The Central Bank of Russia in Moscow declined to comment.\n\n"
                            "The delegation also included:\n- Ms. Deniz Aral, Head of Department, Directorate General "
                            "of Exports;")
    assert "Trade Representation of the Russian Federation in Argentina" in org_names(result)
    assert "Central Bank of Russia in Moscow" not in org_names(result)
    assert ("Deniz Aral", "Head of Department", "Directorate General of Exports") in roles_of(result)


def test_turkish_press_titles_with_their_body_and_an_honorific_before_the_name(extractor):
    result = run(extractor, "ANKARA - Director General of Exports of the Ministry of Trade Mr. Kaan Özdemir received a "
                            "delegation headed by Director General of the Trade Remedy and Investigation Bureau Mr. Liu "
                            "Jianguo.\n\nSector divided\n\nThe Automotive Dealers and Mobility Association (ODMD) gave a "
                            "cautious reaction to the meeting. ODMD Chairwoman of the Board Ms. Elif Sarı said costs "
                            "would rise.")
    assert {("Kaan Özdemir", "Director General of Exports", "Ministry of Trade of the Republic of Türkiye"),
            ("Liu Jianguo", "Director General", "Trade Remedy and Investigation Bureau"),
            ("Elif Sarı", "Chairwoman of the Board", "Automotive Dealers and Mobility Association")} <= roles_of(result)


def test_who_leads_an_area_at_a_countrys_body(extractor):
    result = run(extractor, "Ayla Demirci, who leads export policy at Türkiye's Ministry of Trade, spoke in April. "
                            "Ana Ruiz, who leads the Labour party, agreed.")
    assert ("Ayla Demirci", "head of export policy", "Ministry of Trade of the Republic of Türkiye") in roles_of(result)
    assert ("Ana Ruiz", "leader", "Labour Party") in roles_of(result)


def test_a_part_of_a_body_whose_name_opens_with_a_country(extractor):
    names = org_names(run(extractor, "Lucie Gagnon, Vice-President of the Audit Branch of the Canada Food "
                                     "Inspection Service (CFIS), spoke."))
    assert "Canada Food Inspection Service" in names
    assert not {"Audit Branch", "Audit Branch of the Canada"} & names  # (a small unit: part of the post)


def test_a_diplomat_named_after_a_title_with_its_area_and_another_countrys_embassy_in_the_sentence(extractor):
    result = run(extractor, "The secretary of Foreign Trade, Helena Duarte Vaz, received on Tuesday the "
                            "minister-counsellor for economic and commercial affairs of the Embassy of Japan in "
                            "Brasília, Sato Kenta, to present the terms.")
    assert ("Sato Kenta", "minister-counsellor for economic and commercial affairs", "Embassy of Japan in Brasília") \
        in roles_of(result)
    assert not any(r.person == "Helena Duarte Vaz" and r.organization and "Embassy" in r.organization
                   for r in result.roles)


def test_who_heads_a_hyphenated_unit_at_a_part_of_a_body_and_the_director_said(extractor):
    result = run(extractor, "Lena Brauer, who heads the anti-circumvention unit at the European Commission's "
                            "Directorate-General for Trade, spoke on Monday. Asked about quotas, the director said "
                            "allocations would come later. Talks were held at the WTO Council for Trade in Goods.")
    assert roles_of(result) == {("Lena Brauer", "head of the anti-circumvention unit", "Directorate-General for Trade")}
    assert "WTO Council for Trade in Goods" in org_names(result)


# ---- thirteenth round, from the review: rules kept from misfiring on ordinary news text -------------

def test_review_someone_named_inside_a_subject_about_others_does_not_speak(extractor):
    result = run(extractor, "Officials close to Kenji Sato, who chairs the trade committee, said: \"We will not accept "
                            "these tariffs under any circumstances.\"")
    assert result.quotes == []


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Officials from the Department of Commerce, Treasury, and State met on Tuesday.", {"U.S. Department of Commerce"},
     {"Department of Commerce, Treasury, and State"}),
    ("The loan from the Export-Import Bank of the United States to Mexico was approved. A complaint from the "
     "Government of India to the United States followed.",
     {"Export-Import Bank of the United States", "Government of India"},
     {"Export-Import Bank of the United States to Mexico", "Government of India to the United States"}),
    ("LG Energy Solution will build a new Battery Cell plant in Arizona. Exports of Solar Cell modules fell.",
     set(), {"Battery Cell", "Solar Cell"}),
    ("Exporters cited the USDA Weekly report, which showed soybean sales to China fell.",
     {"U.S. Department of Agriculture"}, {"USDA Weekly"}),
])
def test_review_bodies_not_run_into_other_words(extractor, text, wanted, unwanted):
    names = org_names(run(extractor, text))
    assert wanted <= names and not unwanted & names


def test_review_offices_posts_and_ministries_stay_in_their_country(extractor):
    result = run(extractor, "The European Commission's Directorate-General for Trade said talks would resume. "
                            "Malaysia's Director-General for Trade, Aziz Rahman, said so. Australia's deputy "
                            "agriculture minister Sam Reid spoke. Jane Moss, the minister on the panel at the WTO "
                            "forum, said so.")
    roles = roles_of(result)
    assert not any(r[0] == "Aziz Rahman" and r[2] == "Directorate-General for Trade" for r in roles)
    assert not any(r[2] and "Ministry of Agriculture of Australia" in r[2] for r in roles)
    assert ("Jane Moss", "minister", None) in roles


def test_review_list_entries_of_documents_and_a_papers_words_inside_another_name(extractor):
    result = run(extractor, "Next steps:\n- KITA Survey, published 2 March\n- CBAM Guidance, issued by the European "
                            "Commission")
    assert not person_names(result)
    result = run(extractor, "Jornal do Brasil, March 3, 2026. Translated from the Portuguese.\n\nThe state-owned Banco "
                            "do Brasil said so.")
    assert [o.aliases for o in result.organizations if o.name == "Jornal do Brasil"] == [[]]


def test_review_a_name_ending_on_its_last_line_after_a_comma_does_not_crash(extractor):
    assert run(extractor, "The statement was signed by\nJane Doe,") is not None


def test_a_partners_delegation_in_a_statement_from_brussels_holds_its_own_countrys_posts(extractor):
    result = run(extractor, "EUROPEAN COMMISSION - MINISTRY OF TRADE OF THE REPUBLIC OF TÜRKİYE\nJOINT PRESS STATEMENT\n"
                            "Brussels, 3 March 2026\n\n1. Delegations of the European Commission and the Ministry of "
                            "Trade of the Republic of Türkiye met in Brussels. The Turkish delegation was led by Mr Emre "
                            "Kalkan, Deputy Minister of Trade.\n\n2. Composition of the delegations:\n\nRepublic of "
                            "Türkiye: Emre Kalkan (Deputy Minister of Trade); Selin Oral (Director General of Exports, "
                            "Ministry of Trade).")
    bodies = {r.person: r.organization for r in result.roles}
    assert bodies["Emre Kalkan"] == "Ministry of Trade of the Republic of Türkiye"
    assert bodies["Selin Oral"].startswith("Ministry of Trade")  # (not the European Commission)


# ---- fourteenth round: rules found on batches 34, 36 and 38, tested on sentences written for them ----------

def test_a_ministry_the_lexicon_does_not_list_is_named_for_its_country(extractor):
    result = run(extractor, "RIGA, Feb 4 (Reuters) - Inga Berzina, Estonia's vice-minister of finance, said the levy "
                            "was too low. Peteris Kalns, state secretary at Latvia's finance ministry, agreed.")
    bodies = {r.person: r.organization for r in result.roles}
    assert bodies["Inga Berzina"] == "Ministry of Finance of Estonia"
    assert bodies["Peteris Kalns"] == "Ministry of Finance of Latvia"
    assert [o.written for o in result.organizations if o.name == "Ministry of Finance of Latvia"] \
        == ["Latvia's finance ministry"]  # (shown as the story writes it)


def test_a_secretary_of_state_for_a_portfolio_is_no_us_secretary_of_state(extractor):
    result = run(extractor, "MAPUTO, 9 June 2026. The forum was opened by the Secretary of State for Trade, Celso "
                            "Mabunda, of the Ministry of Industry and Commerce. In Lisbon, the Secretary of State for "
                            "Internationalization, Rita Sousa, spoke. U.S. Secretary of State Mark Dalton did not.")
    bodies = {r.person: r.organization for r in result.roles}
    assert bodies["Celso Mabunda"] != "U.S. Department of State"
    assert bodies["Rita Sousa"] is None
    assert bodies["Mark Dalton"] == "U.S. Department of State"


@pytest.mark.parametrize("text, name", [
    ("The panel was chaired by Undersecretary Ma. Luisa Fernandez-Cruz of the Department of Trade and Industry.",
     "Ma. Luisa Fernandez-Cruz"),
    ("The talks were led by Commerce Secretary Md. Anwar Hossain. He said they went well.", "Md. Anwar Hossain"),
    ("- Mohd Azlan bin Ismail, Director, Trade Policy Division, MITI", "Mohd Azlan bin Ismail"),
    ("- Harith Iskandar bin Mohd Noor, Counsellor (Trade), Embassy of Malaysia, Tokyo", "Harith Iskandar bin Mohd Noor"),
])
def test_a_given_name_written_short_or_before_bin_stays_in_the_name(extractor, text, name):
    assert name in person_names(run(extractor, "KUALA LUMPUR, 2 June 2026 - Officials met.\n\n" + text))


def test_an_abbreviated_state_ending_a_sentence_is_no_given_name(extractor):
    result = run(extractor, "The plant is in Frederick, Md. The company said Anna Berg would run it.")
    assert person_names(result) == {"Anna Berg"}


def test_a_nickname_in_quotation_marks_leaves_one_person(extractor):
    result = run(extractor, 'MANILA - Department of Trade and Industry Undersecretary Josefina "Pining" R. Navarro '
                            'flew to Geneva. "We stood firm all week," said Ernesto "Ka Erning" Villanueva, chairman of the '
                            'fishers\' group. "We will keep the subsidy," Navarro said.')
    # (the name is the fullest form the story writes, as the gold format asks; the form without the nickname is an
    # alias: round 35)
    assert person_names(result) == {'Josefina "Pining" R. Navarro', 'Ernesto "Ka Erning" Villanueva'}
    assert {q.speaker for q in result.quotes} == {'Josefina "Pining" R. Navarro', 'Ernesto "Ka Erning" Villanueva'}
    assert "Josefina R. Navarro" in {a for p in result.persons for a in p.aliases}


def test_philippine_press_abbreviations_and_its_word_for_said(extractor):
    result = run(extractor, 'MANILA - Department of Agriculture Undersecretary for Livestock Carmela D. Reyes met the '
                            'importers. "The ban stays until the review ends," ani Usec. Reyes. Asec. Paulo Lim of the '
                            'Department of Trade and Industry also attended.')
    assert [q.speaker for q in result.quotes] == ["Carmela D. Reyes"]
    assert ("Paulo Lim", "Assistant Secretary", "Department of Trade and Industry") in roles_of(result)
    assert not any(t.startswith("ani") for _, t, _ in roles_of(result))


def test_spanish_honorifics_kept_in_translation_are_no_part_of_the_name(extractor):
    result = run(extractor, "SANTIAGO, 5 May 2026 - Greta Holm, director at the European Commission, met exporters. "
                            "Señora Holm said the register would stay open. Señor Pizarro disagreed.")
    assert person_names(result) == {"Greta Holm", "Pizarro"}


@pytest.mark.parametrize("text, wanted", [
    ("Talks were held with Amara Iipinge, executive director of Namibia's Ministry of Agriculture, Water and Land "
     "Reform.", "Ministry of Agriculture, Water and Land Reform"),
    ("Joana Lima, director of trade at the Brazilian Coffee and Cocoa Exporters Council (BCCEC), spoke.",
     "Brazilian Coffee and Cocoa Exporters Council"),
    ("Aid will be paid through the Fund for Rural Credit and Support in Agriculture (FRCSA) from May.",
     "Fund for Rural Credit and Support in Agriculture"),
    ("The Union of Grain Traders' Associations in Bulgaria (UGTAB) objected.",
     "Union of Grain Traders' Associations in Bulgaria"),
])
def test_a_bodys_name_the_model_cut_short_is_read_whole(extractor, text, wanted):
    assert any(name.startswith(wanted) for name in org_names(run(extractor, text)))  # (with its country, if unlisted)


def test_the_workplace_after_a_title_and_at_is_no_person(extractor):
    result = run(extractor, "Dana Kerr, vice president for trade at Kaiser-Alcoa, said so. Tom Reyes, a partner at "
                            "Baker Whitlow, agreed.")
    assert person_names(result) == {"Dana Kerr", "Tom Reyes"}
    assert ("Dana Kerr", "vice president for trade", "Kaiser-Alcoa") in roles_of(result)


def test_a_minister_of_an_unlisted_portfolio_belongs_to_the_ministry_the_story_names(extractor):
    result = run(extractor, "WARSAW, 3 March 2026 - The Ministry of Digital Affairs published the draft in May. "
                            "Poland's Deputy Minister of Digital Affairs, Jan Wrobel, defended it.")
    assert ("Jan Wrobel", "Deputy Minister of Digital Affairs", "Ministry of Digital Affairs") in roles_of(result)
    assert "Digital Affairs" not in org_names(result)


def test_a_bare_government_title_never_takes_a_body_of_another_portfolio(extractor):
    result = run(extractor, "Source: Pravo, 4 May 2026. Translated from Czech.\n\nTariff threat\n\nDeputy Finance "
                            "Minister Karel Novak met the envoy of the Office of the US Trade Representative (USTR) on "
                            "Monday. The talks at the Ministry of Finance lasted an hour.")
    assert {r.person: r.organization for r in result.roles}.get("Karel Novak") \
        != "Office of the United States Trade Representative"


def test_a_body_that_opens_with_a_universitys_word_is_no_person(extractor):
    result = run(extractor, "JAKARTA, 2 May 2026 - Economist Dewi Lestari of Universitas Padjadjaran said the quota "
                            "was too small. \"Exporters need a second market,\" she said.")
    assert person_names(result) == {"Dewi Lestari"}
    assert ("Dewi Lestari", "Economist", "Universitas Padjadjaran") in {(r.person, r.title, r.organization)
                                                                       for r in result.roles}


def test_an_organisation_named_after_the_word_and_its_chief(extractor):
    result = run(extractor, "OSLO, 3 May 2026 - The envoy met the fishing industry's organisation Norwegian Seafood "
                            "(Sjomat Norge) and its chief executive, Liv Haugen.")
    assert "Norwegian Seafood" not in person_names(result)
    assert ("Liv Haugen", "chief executive", "Norwegian Seafood") in roles_of(result)


def test_a_body_of_a_country_whose_short_form_spells_it_and_its_president(extractor):
    result = run(extractor, "In Winnipeg, Grain Growers of Canada (GGC) welcomed the ruling. \"It is overdue,\" GGC "
                            "president Ellen Marsh said.")
    assert person_names(result) == {"Ellen Marsh"}
    assert ("Ellen Marsh", "president", "Grain Growers of Canada") in roles_of(result)


@pytest.mark.parametrize("line, journal", [
    ("COMMITTEE WATCH | Poultry Trade Weekly", "Poultry Trade Weekly"),
    ("Grain Markets Review | ASSOCIATION WATCH", "Grain Markets Review"),
])
def test_a_journals_name_beside_its_column_label_is_the_outlet(extractor, line, journal):
    result = run(extractor, line + "\n\nQuota fight goes on\n\nGENEVA - The committee met on Tuesday.")
    assert journal in org_names(result)


def test_a_workplace_named_with_a_policy_word_after_at_is_a_body(extractor):
    result = run(extractor, "ASTANA, 4 May 2026 (Reuters) - The deal is small, said Aliya Serik, a metals analyst at "
                            "Freedom Finance in Almaty.")
    assert ("Aliya Serik", "metals analyst", "Freedom Finance") in roles_of(result)


def test_a_unit_of_a_countrys_ministry_written_with_its_possessive(extractor):
    result = run(extractor, "BANGKOK, 4 May 2026 - She spoke by video with Haruto Sano, director-general of the "
                            "Japanese ministry's Plant Protection and Quarantine Bureau.")
    assert ("Haruto Sano", "director-general", "Plant Protection and Quarantine Bureau") in roles_of(result)


def test_a_royal_embassy_keeps_its_own_name_in_a_delegation_list(extractor):
    result = run(extractor, "MANILA, 3 May 2026\n\nNorway:\n- Mr. Lars Eide, Counsellor (Trade), Royal Norwegian "
                            "Embassy, Manila\n- Ms. Kari Lund, Director, Ministry of Trade, Industry and Fisheries")
    assert [o.written for o in result.organizations if o.name == "Embassy of Norway"] == ["Royal Norwegian Embassy"]
    assert ("Lars Eide", "Counsellor", "Embassy of Norway") in roles_of(result)


@pytest.mark.parametrize("text", [
    "Officials:\n- Ms. Malee Chai, Director, Ministry of Agriculture and Cooperatives, Bangkok",
    "Officials:\n- Ms. Malee Chai, Senior Officer, Rice Department, Ministry of Agriculture and Cooperatives",
])
def test_a_ministry_longer_than_the_listed_one_of_its_first_portfolio(extractor, text):
    names = org_names(run(extractor, "BANGKOK, 3 May 2026\n\n" + text))
    assert "Ministry of Agriculture and Cooperatives" in names and "Ministry of Agriculture" not in names


@pytest.mark.parametrize("note, paper", [
    ("[Vertaald uit het Nederlands. Bron: Het Parool (HP), dinsdag 12 mei 2026]", "Het Parool"),
    ("[Traduzido do português. Fonte: Diário de Notícias, 12 de Maio de 2026]", "Diário de Notícias"),
])
def test_a_credit_note_left_in_the_papers_language(extractor, note, paper):
    result = run(extractor, note + "\n\nTimber rules worry importers\n\nROTTERDAM - Importers fear the rules, said "
                                   "Sanne Bakker, director of the timber trade association.")
    assert person_names(result) == {"Sanne Bakker"}
    assert paper in org_names(result)


def test_a_unit_named_before_the_ministry_it_belongs_to(extractor):
    result = run(extractor, "BEIJING, 17 March 2026 - Zhao Lei held a video call with Paula Ruiz, Undersecretary of "
                            "Energy Transition of the Secretariat of Energy of the Ministry of Economy of Argentina.")
    assert ("Paula Ruiz", "Undersecretary of Energy Transition", "Secretariat of Energy") in roles_of(result)
    assert not any(name.endswith("of Argentina of Argentina") for name in org_names(result))


def test_a_company_named_for_what_it_makes_before_its_officers_title(extractor):
    result = run(extractor, "SHANGHAI, 18 March 2026 - Officials met producers. Tianhua Cobalt vice-president Zhou "
                            "Ming and others attended.")
    assert person_names(result) == {"Zhou Ming"}
    assert ("Zhou Ming", "vice-president", "Tianhua Cobalt") in roles_of(result)


def test_a_strategy_is_no_body(extractor):
    result = run(extractor, "SANTIAGO, 4 May 2026 - The National Cobalt Strategy, published in May, was welcomed by "
                            "Rosa Mena, director of the mining council.")
    assert "National Cobalt Strategy" not in org_names(result)


def test_a_ministry_named_in_full_in_a_header_keeps_its_full_name(extractor):
    result = run(extractor, "MINISTRY OF ECONOMY OF THE REPUBLIC OF ESTONIA\nPress release\n\nTALLINN, 3 May 2026 - "
                            "The Ministry of Economy said exports rose. Mari Tamm, its deputy secretary general, "
                            "welcomed the figures.")
    assert "Ministry of Economy of the Republic of Estonia" in org_names(result)


def test_a_word_inside_a_title_between_its_modifier_and_head_is_no_person(extractor):
    from loaders.extraction.name_candidates import NameCandidates
    doc = extractor.nlp("- Dr. Kanya Boonmee, Senior Veterinary Officer, Department of Livestock Development")
    officer = next(t.i for t in doc if t.text == "Officer")
    # the model, on some lists, reads "Veterinary Officer" as a person: the title's word is still none
    assert NameCandidates(extractor.lexicon).clean(doc, officer - 1, officer + 1) is None


def test_a_common_noun_opening_a_quotation_is_no_body(extractor):
    result = run(extractor, "BRNO, 3 May 2026 - The Confederation of Industry of the Czech Republic has warned the "
                            "cabinet. \"Machinery and electronics from Czech plants would end up paying for a tax aimed "
                            "at a few platforms,\" said the confederation's vice-president Petr Novy.")
    assert "Machinery" not in org_names(result)
    assert ("Petr Novy", "vice-president", "Confederation of Industry of the Czech Republic") in roles_of(result)


def test_a_confederations_officer_belongs_to_the_confederation_named(extractor):
    result = run(extractor, "PRAGUE, 3 May 2026 - The Confederation of Czech Exporters opposed the levy, said the "
                            "confederation's president Jana Dvorak.")
    assert ("Jana Dvorak", "president", "Confederation of Czech Exporters") in roles_of(result)


def test_its_late_in_a_long_sentence_is_the_sentences_subject(extractor):
    result = run(extractor, "JAKARTA: The Ministry of Trade will send a detailed reply to the United States "
                            "Department of Commerce before the end of the month to defend local furniture makers "
                            "against claims that they are used to route Chinese goods around the duties, said its "
                            "Director General of Foreign Trade, Budi Santoso.")
    assert {r.person: r.organization for r in result.roles}["Budi Santoso"] != "U.S. Department of Commerce"


def test_a_title_glossed_in_the_papers_language_before_the_name(extractor):
    result = run(extractor, "OSLO, 3 May 2026 - The envoy visited the Norwegian Maritime Authority (Sjofartsdirektoratet) "
                            "in Haugesund. She was received by the authority's director-general (direktor), Ingrid "
                            "Solheim, who said little.")
    assert ("Ingrid Solheim", "director-general", "Norwegian Maritime Authority") in roles_of(result)


def test_dutch_aldus_left_in_a_translation_attributes_the_quote(extractor):
    result = run(extractor, "ROTTERDAM, 3 May 2026 - Sanne Visser called the port the front line of the rules. \"The "
                            "port is the gateway for European timber, and it must stay open,\" aldus Visser.")
    assert [q.speaker for q in result.quotes] == ["Sanne Visser"]


def test_a_source_line_naming_a_one_word_paper_after_the_translation_note(extractor):
    result = run(extractor, "Translated from French. Source: L'Observateur (Dakar), 22 May 2026.\n\nSteel duties "
                            "stay\n\nMr. Moussa Diop, Director of Trade at the Ministry of Commerce, met officials.")
    assert "L'Observateur" in org_names(result)


# ---- fourteenth round, from the review: rules kept from misfiring on ordinary news text -------------

@pytest.mark.parametrize("text, people", [
    ("The memorandum was signed in Hangzhou by Alibaba co-founder Jack Ma. Shares of the company rose 3% on "
     "Thursday, analysts said.", {"Jack Ma"}),
    ("The contract went to a supplier in Baltimore, Md. Officials there said the first shipment would arrive.", set()),
    ("Finance Minister Arjun Mehta lashed out at Kavita Rao, the central bank governor, on Friday.",
     {"Arjun Mehta", "Kavita Rao"}),
    ("\"We expect a deal by June,\" said Marco Fonte, chief executive of Fonte Logistica.", {"Marco Fonte"}),
])
def test_review_names_kept_and_abbreviations_left_alone(extractor, text, people):
    assert person_names(run(extractor, text)) == people


def test_review_its_after_a_sentences_object_is_the_objects(extractor):
    result = run(extractor, "The European Commission on Tuesday fined Meridian Steel 40 million euros for price "
                            "fixing, and its chief executive Hans Bauer said the company would appeal the decision.")
    assert ("Hans Bauer", "chief executive", "Meridian Steel") in roles_of(result)


def test_review_us_posts_of_state_and_acting_titles_keep_their_department(extractor):
    result = run(extractor, "Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kessler met "
                            "officials in Hanoi. \"We will not accept this,\" Acting Energy Secretary Lena Ruiz told "
                            "reporters.")
    bodies = {r.person: r.organization for r in result.roles}
    assert bodies == {"Daniel Kessler": "U.S. Department of State", "Lena Ruiz": "U.S. Department of Energy"}
    assert "Acting Energy" not in org_names(result)


@pytest.mark.parametrize("text, unwanted", [
    ("Representatives of the Ministry of Energy, Pertamina and Sapura attended the meeting in Jakarta.",
     "Ministry of Energy, Pertamina and Sapura"),
    ("Delegations from the Kingdom of Saudi Arabia (KSA) and Kenya met in Nairobi on Monday.",
     "Kingdom of Saudi Arabia"),
    ("\"Costs will rise,\" said Sr. Vice President Jane Tan of Halvorsen Freight.", "Sr."),
])
def test_review_no_body_made_of_a_list_a_country_or_an_abbreviation(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_review_a_headline_word_in_quotation_marks_is_no_nickname(extractor):
    result = run(extractor, "EU Trade Chief Sefcovic \"Disappointed\" By Washington Response\n\nBRUSSELS, May 3 "
                            "(Reuters) - European Trade Commissioner Maros Sefcovic said the offer was poor.")
    # (the bloc the headline's title names places the post: a trade chief of the EU's is at its Commission, as
    # annotators give such posts; titles.yaml bloc_executive_posts)
    assert ("Maros Sefcovic", "Trade Chief", "European Commission") in roles_of(result)


def test_its_after_the_reported_content_is_the_sentences_subject(extractor):
    result = run(extractor, "BANGKOK, 3 May 2026 - The Department of Foreign Trade will keep the 3:1 rule for feed "
                            "wheat imports under review until the harvest is in and the mills have reported their "
                            "stocks to the Office of Agricultural Economics, its director-general Mrs Ratana Suksai "
                            "told the feed millers' meeting in Bangkok.")
    assert {r.person: r.organization for r in result.roles}.get("Ratana Suksai") == "Department of Foreign Trade"


def test_a_title_stops_before_the_body_a_portfolios_possessive_holds(extractor):
    result = run(extractor, "WASHINGTON - Scope rulings will speed up, said Dana Whitley, deputy assistant secretary "
                            "for policy in Commerce's Enforcement and Compliance unit.")
    assert ("Dana Whitley", "deputy assistant secretary for policy", "Enforcement and Compliance") in roles_of(result)


def test_the_commerce_departments_enforcement_unit_in_a_delegation_list(extractor):
    result = run(extractor, "WASHINGTON, 3 May 2026\n\nUnited States:\n- Paul R. Hendricks, Director, AD/CVD Operations "
                            "Office III, Enforcement and Compliance, International Trade Administration")
    assert "Enforcement and Compliance" in org_names(result)


# ---- fifteenth round -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("GENEVA, 4 May 2026 - Wages in the sector fell again, the International Labour Organization (ILO) said.",
     "International Labour Organization"),
    ("TOKYO, 4 May 2026 - The Agency for Natural Resources and Energy (ANRE) will fund the survey.",
     "Agency for Natural Resources and Energy"),
    ("SINGAPORE, 4 May 2026 - Rita Moss met Tan Wei, assistant chief executive at the Maritime and Port Authority of "
     "Singapore (MPA), on Monday.", "Maritime and Port Authority of Singapore"),
])
def test_a_name_the_model_began_late_is_read_back_to_what_its_short_form_spells(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_a_bureau_whose_first_word_is_also_a_companys_word(extractor):
    result = run(extractor, "SEJONG, 4 May 2026 - Director-General Park Ji-ho of the Shipping and Ports Bureau met "
                            "Associate Administrator Tom Reyes of the Maritime Administration on Friday.")
    assert ("Park Ji-ho", "Director-General", "Shipping and Ports Bureau") in roles_of(result)


@pytest.mark.parametrize("text, person, title, body", [
    ("United States:\n- Ms Dana Holt, Director for Aluminum Import Monitoring, International Trade Administration, "
     "U.S. Department of Commerce", "Dana Holt", "Director for Aluminum Import Monitoring",
     "International Trade Administration"),
    ("The talks were led by Mr. Paul Rendell, Assistant Secretary for Export Administration, Bureau of Industry and "
     "Security (BIS), U.S. Department of Commerce.", "Paul Rendell", "Assistant Secretary for Export Administration",
     "Bureau of Industry and Security"),
    ("Assistant Secretary for Export Administration Paul Rendell told the hearing that the rule would be tightened.",
     "Paul Rendell", "Assistant Secretary for Export Administration", "Bureau of Industry and Security"),
])
def test_the_area_after_a_titles_for_is_no_body(extractor, text, person, title, body):
    result = run(extractor, text)
    assert (person, title, body) in roles_of(result)
    assert not {"Aluminum Import Monitoring", "Export Administration"} & org_names(result)


def test_a_law_firms_masthead_in_capitals_keeps_its_first_word(extractor):
    result = run(extractor, "ASHFORD LINDQVIST LLP\nInternational Trade | Client Alert\nJuly 9, 2026\n\n"
                            "BIS Tightens License Review for Chips\n\nOn July 7, 2026, BIS published a rule.")
    assert "ASHFORD LINDQVIST LLP" in org_names(result)
    assert "LINDQVIST LLP" not in org_names(result)


@pytest.mark.parametrize("text, firm", [
    ("CLIENT ALERT | Trade Remedies\n\nNew Duties on Steel Wire: What Importers Should Know\n\nMay 4, 2026\n\n"
     "By Helen Okoro, Partner, and Luis Vance, Associate, Brandt Mercer LLP (Washington, D.C.)\n\nOn May 1, 2026, "
     "the U.S. Department of Commerce published its preliminary determination. Brandt Mercer's trade team is "
     "available to assist.", "Brandt Mercer LLP"),
    ("BRANDT MERCER LLP - Client Alert\nTrade Remedies | May 4, 2026\n\nNew Duties on Steel Wire\n\nBy Helen Okoro, "
     "Partner (New York), and Luis Vance, Associate (Geneva)\n\nOn May 1, 2026, Commerce published its preliminary "
     "determination. For questions, contact your usual Brandt Mercer contact.", "BRANDT MERCER LLP"),
])
def test_a_client_alerts_authors_are_the_firms_with_their_cities_in_brackets(extractor, text, firm):
    result = run(extractor, text)
    assert {("Helen Okoro", "Partner", firm), ("Luis Vance", "Associate", firm)} <= roles_of(result)
    assert person_names(result) == {"Helen Okoro", "Luis Vance"}


def test_food_is_a_portfolio_before_the_ministers_name(extractor):
    result = run(extractor, "SOFIA, 4 May 2026 - Deputy Minister of Agriculture and Food Milena Dimitrova Koleva said "
                            "every lorry would be sealed.")
    assert person_names(result) == {"Milena Dimitrova Koleva"}


@pytest.mark.parametrize("text, body", [
    ("GENEVA, 4 May 2026 - The International Labour Organization said wages in the sector fell.",
     "International Labour Organization"),
    ("ROME, 4 May 2026 - The UN Food and Agriculture Organization's price index rose for a third month.",
     "Food and Agriculture Organization"),
])
def test_international_bodies_the_model_splits_are_known_by_name(extractor, text, body):
    assert body in {o.name for o in run(extractor, text).organizations}


def test_argentinas_foreign_ministry_is_the_listed_one(extractor):
    result = run(extractor, "BUENOS AIRES, May 4 (Reuters) - Rita Moss held a call on Monday with Tomás Irigoyen, "
                            "secretary of international economic relations at Argentina's foreign ministry.")
    assert {r.person: r.organization for r in result.roles}["Tomás Irigoyen"] \
        == "Ministry of Foreign Affairs, International Trade and Worship"


def test_a_delegation_lists_titles_before_commas_and_cities_after_embassies(extractor):
    result = run(extractor, "LONDON, 4 May 2026\n\nParticipants\nUnited Kingdom: Tom Hale; Anna Lowe, Trade Policy "
                            "Lead, British Embassy Tbilisi.\nGeorgia: Irakli Tsomaia; Nino Beridze, Deputy Head, "
                            "Personal Data Protection Service; Levan Kapanadze, Director, Digital Governance Agency.")
    names = org_names(result)
    assert {"Embassy of the United Kingdom in Tbilisi", "Personal Data Protection Service"} <= names
    assert not any(n.startswith("Head") for n in names)
    assert ("Nino Beridze", "Deputy Head", "Personal Data Protection Service") in roles_of(result)


def test_a_weekday_after_an_embassy_is_no_city(extractor):
    result = run(extractor, "MANILA, May 4 (AP) - The U.S. Embassy Wednesday denied the report.")
    assert "Embassy of the United States" in org_names(result)


def test_a_bare_head_keeps_the_unit_it_heads_in_its_title(extractor):
    result = run(extractor, "LONDON, 4 May 2026\n\nUnited Kingdom: Tom Hale, Head of International Data Policy, "
                            "Department for Science, Innovation and Technology (DSIT); Sara Quinn, Head of the Trade "
                            "Policy Department. Ana Ruiz, deputy head of the Office of Trade Remedies, spoke.")
    assert person_names(result) == {"Tom Hale", "Sara Quinn", "Ana Ruiz"}
    assert {("Tom Hale", "Head of International Data Policy", "Department for Science, Innovation and Technology"),
            ("Sara Quinn", "Head of the Trade Policy Department", "Trade Policy Department"),
            ("Ana Ruiz", "deputy head of the Office of Trade Remedies", "Office of Trade Remedies")} <= roles_of(result)


def test_head_of_unit_before_a_name_is_no_part_of_it(extractor):
    result = run(extractor, "MEXICO CITY, 4 May 2026\n\nMexico:\n- Lucía Ortega Vidal, Head of the Trade Remedies "
                            "Unit, Secretaría de Economía\n\nThe teams led by Director Hale and Head of Unit Ortega "
                            "Vidal will exchange data monthly.")
    assert person_names(result) == {"Lucía Ortega Vidal", "Hale"}


def test_head_of_unit_later_is_the_unit_named_in_the_list(extractor):
    result = run(extractor, "MEXICO CITY, 4 May 2026\n\nMexico:\n- Lucía Ortega Vidal, Head of the Unidad de Prácticas "
                            "Comerciales (UPC), Secretaría de Economía\n\nThe teams led by Director Hale and Head of "
                            "Unit Ortega Vidal will exchange data monthly.")
    assert [(r.title, r.organization) for r in result.roles if r.person == "Lucía Ortega Vidal"] \
        == [("Head of the Unidad de Prácticas Comerciales", "Unidad de Prácticas Comerciales")]


def test_a_member_of_parliament_on_a_committee_holds_the_parliaments_seat(extractor):
    result = run(extractor, "BRUSSELS, 4 May 2026 - Members of the Committee on International Trade (INTA) pressed the "
                            "Commission last week. Anna Kowal, a Polish MEP on the committee, said that \"sixteen months "
                            "is far too long for us.\"")
    assert ("Anna Kowal", "MEP", "European Parliament") in roles_of(result)


@pytest.mark.parametrize("name", ["Sakurai Ken'ichirō", "Sakurai Ken\u2019ichirō", "Mary O'Brien"])
def test_a_name_with_an_apostrophe_before_its_title(extractor, name):
    result = run(extractor, f"Japan tightens controls\n\n{name}, Director-General of METI's Trade Policy Bureau, "
                            "visited Washington on the 2nd and held talks with U.S. officials.")
    # (the bureau's ministry; twenty-third round)
    assert (name, "Director-General", "Ministry of Economy, Trade and Industry") in roles_of(result)


def test_a_head_of_an_owners_unit_keeps_the_unit_not_the_owner(extractor):
    result = run(extractor, "TOKYO, 4 May 2026 - Aiko Mori, head of JCCI's international affairs division, said the "
                            "chamber would respond.")
    assert [r.title for r in result.roles if r.person == "Aiko Mori"] == ["head of international affairs division"]


@pytest.mark.parametrize("text, body", [
    ("ROTTERDAM, 4 May 2026 - The Port of Rotterdam Authority said it supported clear rules.",
     "Port of Rotterdam Authority"),
    ("ANTWERP, 4 May 2026 - The Port of Antwerp Authority said it supported clear rules.", "Port of Antwerp Authority"),
])
def test_a_body_the_model_read_as_a_place_or_began_late(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_its_officer_after_a_body_the_model_never_labelled(extractor):
    result = run(extractor, "ROTTERDAM, 4 May 2026 - The Port of Rotterdam Authority said it supported clear rules. "
                            "Eva Jansen, its director of strategy, warned against it.")
    assert ("Eva Jansen", "director of strategy", "Port of Rotterdam Authority") in roles_of(result)


def test_the_body_after_a_sector_and_a_cue_noun(extractor):
    result = run(extractor, "SEOUL, 4 May 2026 - On the 2nd, Choi held a video conference with Stefan Keller, "
                            "president of the European battery industry association EUROBAT, to follow up.")
    assert ("Stefan Keller", "president", "EUROBAT") in roles_of(result)


def test_a_delegations_leader_holds_his_post_at_the_body_it_came_from(extractor):
    result = run(extractor, "ANKARA, 4 May 2026 - A delegation from the Trade Remedy and Investigation Bureau of the "
                            "Chinese Ministry of Commerce (MOFCOM), headed by deputy director-general Li Wenjun, came "
                            "to Ankara on 28 April.")
    assert ("Li Wenjun", "deputy director-general", "Trade Remedy and Investigation Bureau") in roles_of(result)


def test_a_think_tank_on_the_line_after_its_authors(extractor):
    result = run(extractor, "POLICY BRIEF No. 26-09 | May 2026\n\nDuties and Dumping: What the WTO Ruling Means for "
                            "Steel Wire\n\nAnna Lindqvist, Senior Fellow, and Tomás Ruiz, Research Associate\nMeridian "
                            "Centre for Trade Studies\n\nSummary. Anti-dumping duties on steel wire have doubled since "
                            "2024.")
    assert {("Anna Lindqvist", "Senior Fellow", "Meridian Centre for Trade Studies"),
            ("Tomás Ruiz", "Research Associate", "Meridian Centre for Trade Studies")} <= roles_of(result)


def test_a_title_case_headline_with_its_small_words_in_lower_case_names_no_body(extractor):
    result = run(extractor, "POLICY BRIEF No. 26-10 | June 2026\n\nTariffs and Quotas: What the New Safeguard Means for "
                            "Rice and Sugar\n\nAnna Lindqvist, Senior Fellow\nMeridian Centre for Trade Studies\n\n"
                            "Summary. Rice duties have doubled since 2024.")
    assert "New Safeguard Means" not in org_names(result)
    assert ("Anna Lindqvist", "Senior Fellow", "Meridian Centre for Trade Studies") in roles_of(result)


def test_an_area_joined_by_and_before_the_holders_name(extractor):
    result = run(extractor, "WASHINGTON, 4 May 2026\n\nU.S. side: Associate Administrator for Ports and Waterways Jane "
                            "Ortiz (head of delegation), MARAD; Tom Reyes, Director, Office of Trade Policy")
    assert person_names(result) == {"Jane Ortiz", "Tom Reyes"}
    assert ("Jane Ortiz", "Associate Administrator for Ports and Waterways", None) in roles_of(result)


def test_a_subcommittees_remit_listed_with_an_oxford_comma_and_its_members_posts(extractor):
    result = run(extractor, "WASHINGTON, 4 May 2026 - A Senate Finance subcommittee hearing on Wednesday turned into a "
                            "debate over port fees.\n\nSen. Mark Ellison (R-Kan.), who chairs the Finance Subcommittee on "
                            "International Trade, Customs, and Global Competitiveness, opened the session. Sen. Laura "
                            "Beck (D-Ore.), the panel's ranking member, said the fees worked.")
    panel = "Finance Subcommittee on International Trade, Customs, and Global Competitiveness"
    assert person_names(result) == {"Mark Ellison", "Laura Beck"}
    # (a committee's chair is named by the committee as written, as annotators give the post)
    assert {("Mark Ellison", "chair of the " + panel, panel), ("Laura Beck", "ranking member", panel)} <= roles_of(result)


def test_a_program_managers_area_before_a_command_named_in_a_list(extractor):
    result = run(extractor, "WASHINGTON, 4 May 2026\n\nUnited States:\n- Capt. Mark Hill, Program Manager for Ship "
                            "Maintenance, Naval Sea Systems Command, U.S. Navy")
    assert ("Mark Hill", "Program Manager for Ship Maintenance", "Naval Sea Systems Command") in roles_of(result)
    assert "U.S. Navy" in org_names(result)


def test_a_producer_named_for_its_metal(extractor):
    result = run(extractor, "DUBAI, 4 May 2026 - Saudi Arabian Mining Co. and Emirates Global Aluminium supply the bloc.")
    assert "Emirates Global Aluminium" in org_names(result)


@pytest.mark.parametrize("text, person, title", [
    ("JAKARTA, 4 May 2026 - Among them was Budi Santoso, director of chemical, pharmaceutical and textile industry at "
     "Indonesia's Ministry of Industry.", "Budi Santoso", "director of chemical, pharmaceutical and textile industry"),
    ("Budi Santoso, director of textile, leather and footwear industry at the Ministry of Industry, spoke.",
     "Budi Santoso", "director of textile, leather and footwear industry"),
])
def test_a_lower_case_area_listed_with_commas_before_its_body(extractor, text, person, title):
    roles = [(r.title, r.organization) for r in run(extractor, text).roles if r.person == person]
    assert len(roles) == 1 and roles[0][0] == title and roles[0][1].startswith("Ministry of Industry")


def test_online_platforms_are_companies(extractor):
    result = run(extractor, "VILNIUS, 4 May 2026 - Parcels from platforms such as Temu and Shein have tripled, the "
                            "customs office said. Temu said it complied with the rules.")
    assert {"Temu", "Shein"} <= org_names(result)
    assert not person_names(result)


def test_a_known_name_run_into_a_headlines_capitals_is_no_longer_name(extractor):
    result = run(extractor, "EU Readies Copper Safeguard as Gulf Producers Cry Foul\n\n(Bloomberg) -- The European Union "
                            "is preparing provisional safeguard duties on copper imports.")
    assert "EU Readies Copper" not in org_names(result)


def test_a_delegation_lists_areas_ministries_and_missions(extractor):
    result = run(extractor, "RABAT, 4 May 2026\n\nParticipants\n\nFor the Moroccan side:\n- Ms Salma Idrissi, Director of "
                            "Energy Efficiency, Ministry of Industry, Mines and Energy\n- Mr Omar Bennani, Director of "
                            "Strategy, Groupe Chimique Marocain (GCM)\n- Mr Youssef Alami, Counsellor, Mission of Morocco "
                            "to the European Union\n\nA trade mission to Brussels is planned.")
    assert {("Salma Idrissi", "Director of Energy Efficiency", "Ministry of Industry, Mines and Energy"),
            ("Omar Bennani", "Director of Strategy", "Groupe Chimique Marocain"),
            ("Youssef Alami", "Counsellor", "Mission of Morocco to the European Union")} <= roles_of(result)
    assert "Energy Efficiency" not in org_names(result)


def test_a_ministry_of_three_portfolios_without_an_oxford_comma(extractor):
    result = run(extractor, "TUNIS, 4 May 2026 - Salma Idrissi, a director at the Ministry of Industry, Mines and "
                            "Energy, said exports rose. Representatives of the Ministry of Energy, Pertamina and "
                            "Sapura attended.")
    names = org_names(result)
    assert "Ministry of Industry, Mines and Energy" in names
    assert "Ministry of Energy, Pertamina and Sapura" not in names


def test_a_federation_in_the_papers_language_is_no_person(extractor):
    result = run(extractor, "MADRID, 4 May 2026 - Pedro Gil Navarro, secretary-general of the Federación Española del "
                            "Aceite (FEA), said cooperatives were diverting volumes to Asia.")
    assert person_names(result) == {"Pedro Gil Navarro"}
    assert ("Pedro Gil Navarro", "secretary-general", "Federación Española del Aceite") in roles_of(result)


def test_a_provincial_ministers_portfolio_and_a_bank_the_model_split(extractor):
    result = run(extractor, "QUEBEC, 4 May 2026 - The negotiator met on Thursday with the Minister of Natural Resources "
                            "and Forests, Anne Tremblay, in Quebec City. Loan guarantees are administered by the Business "
                            "Development Bank of Canada (BDC). Quebec's Ministry of Natural Resources and Forests (MRNF) "
                            "will submit a brief.")
    assert org_names(result) == {"Business Development Bank of Canada", "Ministry of Natural Resources and Forests"}
    assert ("Anne Tremblay", "Minister of Natural Resources and Forests", "Ministry of Natural Resources and Forests") \
        in roles_of(result)


def test_a_one_word_body_before_its_presidents_name_is_no_area(extractor):
    result = run(extractor, "ROME, 4 May 2026 - Seated at the table were the secretary general of Unione Italiana Vini "
                            "(UIV), Paola Zanardi, and the president of Federvini, Giovanni Battista Orsenigo, together "
                            "with others.")
    assert ("Giovanni Battista Orsenigo", "president", "Federvini") in roles_of(result)


def test_posts_around_names_and_bodies_glossed_in_the_papers_script(extractor):
    result = run(extractor, "[Reporter Wang Mei / Taipei report] The Ministry of Economic Affairs' International Trade "
                            "Administration (國際貿易署) Deputy Director-General Chen Wei-lun (陳偉倫) yesterday (7th) "
                            "received a delegation led by Director General Brennan (布倫南, Fiona Brennan) of Global "
                            "Affairs Canada (加拿大全球事務部) for the annual meeting.")
    assert {("Chen Wei-lun", "Deputy Director-General", "International Trade Administration"),
            ("Fiona Brennan", "Director General", "Global Affairs Canada")} <= roles_of(result)


def test_an_assistant_trade_representative_for_a_hemisphere(extractor):
    result = run(extractor, "OTTAWA, 4 May 2026 - The chief negotiator, Assistant Deputy Minister Gagnon of Global "
                            "Affairs Canada, and the Assistant U.S. Trade Representative for the Western Hemisphere, "
                            "Derek Holm, met in Ottawa on April 14.")
    assert [r.organization for r in result.roles if r.person == "Derek Holm"] \
        == ["Office of the United States Trade Representative"]


def test_a_ministry_named_in_a_story_from_a_capital_of_departments_is_not_that_countrys(extractor):
    result = run(extractor, "WASHINGTON - Assistant U.S. Trade Representative Dan Reyes met on Thursday with Peru's Vice "
                            "Minister of Foreign Trade Luis Quispe in Washington, D.C. Vice Minister Quispe briefed the "
                            "U.S. side on consultations between the Ministry of Foreign Trade and Tourism (MINCETUR) and "
                            "the Ministry of Transport and Communications.")
    assert all(o.country != "US" for o in result.organizations if o.name.startswith("Ministry"))


@pytest.mark.parametrize("text, person, title, body", [
    ("PRAGUE, 4 May 2026 - The meeting at the Ministry of Finance lasted two hours. On the Czech side it was also "
     "attended by the director of the ministry's Tax Legislation Department, Eva Nováková.", "Eva Nováková", "director",
     "Tax Legislation Department"),
    ("KUALA LUMPUR, 4 May 2026 - She said that during a meeting in Washington last week with the Deputy Assistant "
     "Secretary of the US Department of Commerce, Gregory Alves, the delegation had received an assurance.",
     "Gregory Alves", "Deputy Assistant Secretary", "U.S. Department of Commerce"),
])
def test_a_name_set_off_after_a_long_title_of_a_body(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_a_department_named_for_its_partner(extractor):
    result = run(extractor, "TASHKENT, 4 May 2026\n\nUzbekistan:\n\u2013 Aziza Karimova, Head of the Department for "
                            "Cooperation with the WTO, Ministry of Investment, Industry and Trade;\n\u2013 Otabek Rasulov, "
                            "Deputy Minister of Digital Technologies.")
    body = "Department for Cooperation with the WTO"
    assert ("Aziza Karimova", f"Head of the {body}", body) in roles_of(result)


def test_a_secretary_of_state_for_a_portfolio_set_off_before_the_name(extractor):
    result = run(extractor, "LISBON, 4 May 2026 - On 2 April, Chen held a video call with Portugal's Secretary of State "
                            "for Economy, Inês Marques, on a proposed refinery, according to Portugal's Ministry of "
                            "Economy.")
    assert ("Inês Marques", "Secretary of State for Economy", "Ministry of Economy of Portugal") in roles_of(result)


def test_who_heads_a_unit_in_charge_of_a_task_at_a_body(extractor):
    result = run(extractor, "TUNIS, 4 May 2026 - Ali Ben Salah raised the issue with Lars Lindqvist of the European "
                            "Commission at a meeting in Tunis.\n\nLindqvist, who heads the unit in charge of CBAM "
                            "implementation at the Commission's Directorate-General for Taxation and Customs Union (DG "
                            "TAXUD), said Brussels would listen.")
    assert ("Lars Lindqvist", "head of the unit in charge of CBAM implementation",
            "Directorate-General for Taxation and Customs Union") in roles_of(result)


def test_whose_head_names_the_holder_of_the_post_at_the_body_before(extractor):
    result = run(extractor, "MEXICO CITY, 4 May 2026 - The investigation will be conducted by the Unidad de Prácticas "
                            "Comerciales (UPC), whose head, Lucía Ortega Vidal, said that provisional measures were "
                            "possible.")
    assert ("Lucía Ortega Vidal", "head", "Unidad de Prácticas Comerciales") in roles_of(result)


# ---- fifteenth round: misfires a review of the round's change found, with the reviewer's sentences ----------------

@pytest.mark.parametrize("text, person", [
    ("Commerce Secretary Howard Lutnick and Mary Kay Henry met union leaders on Monday.", "Mary Kay Henry"),
    ("Steve Madden Ltd said it would cut imports from China by 45%. Founder Steve Madden told analysts the move was "
     "needed.", "Steve Madden"),
    ("The envoy of Côte D'Ivoire Aly Toure, a former trade minister, said the talks failed.", "Aly Toure"),
])
def test_review_names_kept_whole(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, person, title, body", [
    ("Simon Evenett, founder of Global Trade Alert at the University of St. Gallen, said the data were clear.",
     "Simon Evenett", "founder", "Global Trade Alert"),
    ("The Senate Committee on Finance, Chairman Mike Crapo and Ranking Member Ron Wyden said the bill would pass.",
     "Ron Wyden", "Ranking Member", "Senate Finance Committee"),
    ("The Ministry of Commerce said a delegation of the China Chamber of Commerce for Import and Export of Machinery "
     "and Electronic Products, led by Vice Minister Ling Ji, would visit Brussels.", "Ling Ji", "Vice Minister",
     "Ministry of Commerce of the People's Republic of China"),
    ("Vice Minister of Foreign Trade Diego Llosa will travel to Canberra, where he will meet officials of the "
     "Department of Foreign Affairs and Trade.", "Diego Llosa", "Vice Minister of Foreign Trade",
     "Ministry of Foreign Trade"),
    ("Growth will slow, said Jane Doe, head of research, and analysts at Nomura expect a rate cut in June.",
     "Jane Doe", "head of research", None),
    ("Ursula von der Leyen, head of the European Commission, said the deal was close.", "Ursula von der Leyen",
     "head of the European Commission", "European Commission"),
])
def test_review_posts_read_as_before(extractor, text, person, title, body):
    assert [(r.title, r.organization) for r in run(extractor, text).roles if r.person == person] == [(title, body)]


@pytest.mark.parametrize("text, unwanted", [
    ("Some Ministry officials said the plan was late. Each Ministry will publish a list.", {"Some Ministry", "Each Ministry"}),
    ("LME Copper prices rose 2% on Tuesday.", {"LME Copper"}),
])
def test_review_no_body_of_a_determiner_or_a_commodity(extractor, text, unwanted):
    assert not unwanted & org_names(run(extractor, text))


@pytest.mark.parametrize("text, person, title, body", [
    ("WASHINGTON, 4 May 2026\n\nJane Doe is a Senior Fellow at the Peterson Institute for International Economics",
     "Jane Doe", "Senior Fellow", "Peterson Institute for International Economics"),
    ("TOKYO, 4 May 2026\n\nAbout the author: Kenji Sato is Chief Economist at the Japan Center for Economic Research",
     "Kenji Sato", "Chief Economist", "Japan Center for Economic Research"),
])
def test_review_a_line_about_an_author_is_no_headline(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_review_a_known_companys_regional_arm_in_a_headline_stays(extractor):
    result = run(extractor, "Toyota Motor Europe Cuts Output at Czech Plant\n\nThe carmaker said demand was weak.")
    assert "Toyota Motor Europe" in org_names(result)


def test_a_title_of_two_portfolios_with_no_country_is_no_other_countrys_ministry(extractor):
    result = run(extractor, "SOFIA, 4 May 2026 - The Deputy Minister of Agriculture and Food Stoyan Kirilov Velichkov "
                            "and the trade representative of Ukraine Taras Onishchenko signed on Tuesday in Kyiv a "
                            "protocol.")
    bodies = {r.person: r.organization for r in result.roles}
    assert bodies["Stoyan Kirilov Velichkov"] == "Ministry of Agriculture and Food"
    assert "Taras Onishchenko" in person_names(result)


def test_a_director_generals_area_of_that_institution(extractor):
    result = run(extractor, "LIMA, 4 May 2026 - Mincetur received a delegation of the Korea Customs Service (KCS), "
                            "headed by Mr. Kim Dae Ho, director general of International Customs Cooperation of that "
                            "institution.")
    assert ("Kim Dae Ho", "director general of International Customs Cooperation", "Korea Customs Service") \
        in roles_of(result)
    assert "International Customs Cooperation" not in org_names(result)


def test_a_delegation_lists_areas_and_sections(extractor):
    result = run(extractor, "ABUJA, 4 May 2026\nEuropean Union: Ms. Anna Berg, Director for Industrial Transformation, "
                            "DG GROW (co-chair); Mr. Marco Rossi, Head of the Trade and Economic Section, Delegation of "
                            "the European Union to Nigeria and ECOWAS.")
    assert person_names(result) == {"Anna Berg", "Marco Rossi"}
    titles = {r.person: r.title for r in result.roles}
    assert titles == {"Anna Berg": "Director for Industrial Transformation",
                      "Marco Rossi": "Head of the Trade and Economic Section"}


def test_a_working_partys_remit_and_a_title_between_a_body_and_its_holder(extractor):
    result = run(extractor, "PARIS, 4 May 2026 - The OECD Working Party on Shipbuilding met in Paris. Korea Customs "
                            "Service Deputy Commissioner Kim Hyun-joo said the system worked.")
    assert {"OECD Working Party on Shipbuilding", "Korea Customs Service"} <= org_names(result)
    assert ("Kim Hyun-joo", "Deputy Commissioner", "Korea Customs Service") in roles_of(result)


def test_a_baltic_parliament_and_a_vice_ministers_portfolio_after_the(extractor):
    result = run(extractor, "VILNIUS, 4 May 2026 - Background: the Seimas approved the law. Vice-Minister of the "
                            "Economy and Innovation Jonas Petrauskas said so. The Ministry of the Economy and "
                            "Innovation published the plan.")
    assert person_names(result) == {"Jonas Petrauskas"}
    assert "Seimas" in org_names(result)
    assert ("Jonas Petrauskas", "Vice-Minister of the Economy and Innovation", "Ministry of the Economy and Innovation") \
        in roles_of(result)


@pytest.mark.parametrize("text", [
    "LJUBLJANA, 4 May 2026 - Cheap imports squeeze the Alpine country's wire drawers, the ministry said.",
    "BANGKOK, 4 May 2026 - Companies should map their data flows now.\n\nBackground\nThe European Union and Thailand "
    "concluded their latest round in Bangkok.",
    "ABUJA, 4 May 2026 - At the close of the meeting, the co-chairs signed an updated Roadmap for cooperation.",
])
def test_a_country_described_a_heading_and_a_common_noun_in_capitals_are_no_people(extractor, text):
    assert not person_names(run(extractor, text))


# ---- sixteenth round: bodies -------------------------------------------------------------------------------------

def test_a_countrys_foreign_ministry_the_lexicon_does_not_list(extractor):
    result = run(extractor, "Lucía Pereyra, a director at Paraguay's foreign ministry, led the talks. Tomás Vidal, an "
                            "adviser at the Bolivian foreign ministry, agreed.")
    bodies = {o.name for o in result.organizations}
    assert {"Ministry of Foreign Affairs of Paraguay", "Ministry of Foreign Affairs of Bolivia"} <= bodies
    assert {r.title for r in result.roles} == {"director", "adviser"}


def test_a_name_written_with_capitals_inside_a_word_after_a_cue(extractor):
    result = run(extractor, "The Brussels-based industry group spiritsEUROPE said the exemption had to stay narrow.")
    assert "spiritsEUROPE" in org_names(result)


@pytest.mark.parametrize("text, body", [
    ("For the bloc, Deputy Director-General Anne Morel of the European Commission's trade department (DG TRADE) "
     "backed the request.", "Directorate-General for Trade"),
    ("Talks ended on Thursday between Anne Morel, a deputy director-general at the European Commission's trade "
     "department, known as DG TRADE, and Li Wen.", "Directorate-General for Trade"),
])
def test_a_unit_after_a_bodys_possessive_named_by_its_short_form(extractor, text, body):
    assert ("Anne Morel", "Deputy Director-General".lower(), body) in {
        (p, t.lower(), o) for p, t, o in roles_of(run(extractor, text))}


def test_a_directorate_general_whose_remit_ends_with_the_union(extractor):
    result = run(extractor, "Speaking on Monday, Ayşe Demir, who heads the Directorate General for Bilateral "
                            "Agreements and EU at Türkiye's Ministry of Trade, said her government was ready.")
    assert "Directorate General for Bilateral Agreements and EU" in org_names(result)


def test_a_sector_group_before_its_short_name(extractor):
    result = run(extractor, "Egypt's state-controlled fertiliser group KIMA supplies much of the region's urea.")
    assert "KIMA" in org_names(result)


def test_a_customs_service_named_by_its_country(extractor):
    result = run(extractor, "Under the deal, Sri Lanka Customs will send certificates to Turkish customs every week.")
    assert "Sri Lanka Customs" in org_names(result)


def test_the_owners_unit_named_after_the_owner_before_the_title(extractor):
    result = run(extractor, "The talks were held between Director General Nuri Aksoy and European Commission "
                            "Taxation and Customs Union Directorate-General Director Karin Vos.")
    assert {(r.title, r.organization) for r in result.roles if r.person == "Karin Vos"} & {
        ("Director", "Directorate-General for Taxation and Customs Union"),
        ("Director", "Taxation and Customs Union Directorate-General")}
    assert "Nuri Aksoy" in person_names(result)


def test_a_working_group_on_an_instrument_and_a_pair_of_countries_before_a_committee(extractor):
    result = run(extractor, "The Working Group on Energy and the Carbon Border Adjustment Mechanism, established under "
                            "the Czech-Slovak Joint Committee for Economic Cooperation, held its second session in "
                            "Bratislava on 16 May 2026. The two co-chairs signed a Memorandum of Understanding on the "
                            "Exchange of Customs Data.")
    names = org_names(result)
    assert "Working Group on Energy and the Carbon Border Adjustment Mechanism" in names
    assert "Exchange of Customs Data" not in names
    pair = run(extractor, "The group was established under the Hungarian-Serbian Joint Committee for Economic "
                          "Cooperation in 2024.")
    assert "Hungarian-Serbian Joint Committee for Economic Cooperation" in org_names(pair)


def test_a_department_of_a_countrys_listed_ministry(extractor):
    result = run(extractor, "Talks were led by Meera Pillai, a joint secretary in India's Department of Commerce. "
                            "India's Ministry of Commerce and Industry said the talks would resume.")
    assert ("Meera Pillai", "joint secretary", "Department of Commerce of India") in roles_of(result)


def test_a_chamber_named_with_commas_and_ampersands(extractor):
    result = run(extractor, "Exporters are represented by the China Chamber of Commerce of Metals, Minerals & "
                            "Chemicals Importers & Exporters. Zhao Lin, the chamber's vice president, said the "
                            "figures were wrong.")
    assert ("Zhao Lin", "vice president", "China Chamber of Commerce of Metals, Minerals & Chemicals Importers & "
            "Exporters") in roles_of(result)


def test_a_body_named_with_a_countrys_possessive_appositive(extractor):
    result = run(extractor, "Okada met executives from Nidec, Japan's biggest motor maker, on Tuesday.")
    assert "Nidec" in org_names(result)


def test_a_quarantine_department_cut_at_its_and(extractor):
    result = run(extractor, "The delegation was headed by Sun Wei, deputy director-general of its Department of Animal "
                            "and Plant Quarantine.")
    assert ("Sun Wei", "deputy director-general", "Department of Animal and Plant Quarantine") in roles_of(result)


@pytest.mark.parametrize("text, name", [
    ("The Associação Brasileira dos Exportadores de Carne (Abiec) said prices fell.",
     "Associação Brasileira dos Exportadores de Carne"),
    ("The Cámara Nacional de la Industria del Cobre y del Zinc said imports rose.",
     "Cámara Nacional de la Industria del Cobre y del Zinc"),
])
def test_a_body_in_the_papers_language_with_its_nationality_after_its_word(extractor, text, name):
    assert name in org_names(run(extractor, text))


def test_a_subcommittee_remit_listed_without_an_oxford_comma_and_its_chair(extractor):
    result = run(extractor, "At a hearing of the House Subcommittee on Fisheries, Oceans and Coastal Resilience, Dana "
                            "Pruitt, the Maine Democrat who chairs the subcommittee, questioned the agency.")
    body = "House Subcommittee on Fisheries, Oceans and Coastal Resilience"
    assert body in org_names(result)
    assert ("Dana Pruitt", "chair", body) in roles_of(result)


def test_a_unit_in_another_bodys_part(extractor):
    result = run(extractor, "Mark Olsen, director of the Division of Import Operations in the FDA's Human Foods "
                            "Program, testified on Tuesday.")
    assert ("Mark Olsen", "director", "Division of Import Operations") in roles_of(result)


def test_a_name_its_bracketed_short_form_spells_is_a_body(extractor):
    result = run(extractor, "Technology goes to a plant in Gliwice, part of the state-owned Przemysłowa Grupa Obronna "
                            "(PGO).")
    assert "Przemysłowa Grupa Obronna" in org_names(result)
    assert not person_names(result)


def test_a_known_groups_company_named_twice(extractor):
    result = run(extractor, "The delegation included Choi Min-ho, executive vice president at Hyundai Rotem. A Hyundai "
                            "Rotem plant is planned.")
    assert ("Choi Min-ho", "executive vice president", "Hyundai Rotem") in roles_of(result)


def test_a_company_named_in_quotation_marks_after_what_it_is(extractor):
    result = run(extractor, "For Kazakhstan:\n- Mr Arman Seitkali, Deputy Chairman of the Management Board, JSC "
                            "National Company \"Kazakh Invest\"\n\nThe delegation will visit Kazakh Invest.")
    assert ("Arman Seitkali", "Deputy Chairman", "Kazakh Invest") in roles_of(result)


def test_a_paper_in_quotation_marks_and_a_paper_after_a_translation_note(extractor):
    polish = run(extractor, "Source: „Gazeta Wyborcza”, 18.02.2026. Translated from Polish.\n\nDairy talks\n\n"
                            "Exports rose, Gazeta Wyborcza learned.")
    assert "Gazeta Wyborcza" in org_names(polish) and not person_names(polish)
    khmer = run(extractor, "[Unofficial translation from Khmer] Koh Santepheap Daily, Friday, 7 August 2026\n\n"
                           "Tyre exports rose, an official told Koh Santepheap.")
    assert not person_names(khmer)
    assert "Khmer" not in org_names(khmer)


# ---- sixteenth round: posts and people ---------------------------------------------------------------------------

def test_a_title_glossed_in_the_papers_language_before_its_area_and_body(extractor):
    result = run(extractor, "The talks took place in Eger, where dr. Kovács Júlia, deputy state secretary (helyettes "
                            "államtitkár) for export policy of the Ministry of Foreign Affairs and Trade (KKM), received "
                            "a delegation of the China National Intellectual Property Administration (CNIPA).")
    assert ("Kovács Júlia", "deputy state secretary for export policy", "Ministry of Foreign Affairs and Trade") \
        in roles_of(result)


def test_an_area_of_a_short_form_and_a_portfolio(extractor):
    result = run(extractor, "Speaking for Washington, Karen Blyth, the Assistant U.S. Trade Representative for WTO "
                            "and Multilateral Affairs, told the committee the programme was opaque.")
    assert {(r.title, r.organization) for r in result.roles} == {
        ("Assistant Trade Representative for WTO and Multilateral Affairs",
         "Office of the United States Trade Representative")}


def test_a_place_the_story_writes_after_in_is_no_person(extractor):
    result = run(extractor, "The talks were held on Wednesday in Villány, where Anna Kiss received the delegation. "
                            "Growers from the Villány wine district attended.")
    assert person_names(result) == {"Anna Kiss"}


def test_a_term_in_the_papers_language_is_no_person(extractor):
    result = run(extractor, "The levy (in Turkish, Karbon Vergisi Düzenlemesi) worries exporters.")
    assert not person_names(result)


@pytest.mark.parametrize("text, person, title", [
    ("The meeting was between Trade Ministry Market Access Director General Selin Aydın and Director Paul Roux.",
     "Selin Aydın", "Director General"),
    ("COLOMBO - Member of Parliament Nimal Jayasuriya, who questioned the official, said small firms lost out.",
     "Nimal Jayasuriya", "Member of Parliament"),
])
def test_a_name_after_a_head_of_two_words_or_a_chamber(extractor, text, person, title):
    result = run(extractor, text)
    assert person in person_names(result)
    assert title in {r.title for r in result.roles if r.person == person}


def test_a_member_of_parliament_sits_in_the_parliament_of_the_storys_country(extractor):
    result = run(extractor, "COLOMBO - Member of Parliament Nimal Jayasuriya said small firms lost out.")
    assert ("Nimal Jayasuriya", "Member of Parliament", "Parliament of Sri Lanka") in roles_of(result)


def test_a_professional_honorific_and_a_superintendent(extractor):
    result = run(extractor, "The team included Cra. Lucía Ferreyra, Superintendent of Insurance at the Central Bank of "
                            "Uruguay, on Monday. The Superintendency of Insurance will publish the rules.")
    assert ("Lucía Ferreyra", "Superintendent of Insurance", "Central Bank of Uruguay") in roles_of(result)
    assert "Superintendency of Insurance" in org_names(result)


def test_an_area_of_trade_in_services(extractor):
    result = run(extractor, "The British side was led by Tom Hale, Director for Trade in Services at the Department "
                            "for Business and Trade.")
    assert ("Tom Hale", "Director for Trade in Services", "Department for Business and Trade") in roles_of(result)


def test_a_minister_of_a_listed_trio_of_portfolios_set_off_by_commas(extractor):
    result = run(extractor, "The Deputy Minister for Trade, Agribusiness and Industry, Ama Mensah, led the delegation. "
                            "The Ministry of Trade, Agribusiness and Industry will follow up.")
    assert ("Ama Mensah", "Deputy Minister for Trade, Agribusiness and Industry",
            "Ministry of Trade, Agribusiness and Industry") in roles_of(result)


def test_a_lower_case_portfolio_list_closing_on_an_adjective_and_a_portfolio(extractor):
    result = run(extractor, "WARSAW - The deputy minister of agriculture and rural development, Piotr Nowicki, met "
                            "the delegation. The Ministry of Agriculture and Rural Development said talks went well.")
    assert ("Piotr Nowicki", "deputy minister of agriculture and rural development",
            "Ministry of Agriculture and Rural Development") in roles_of(result)


def test_a_bodys_name_glossed_in_its_own_language_and_a_polish_title(extractor):
    result = run(extractor, "According to the Ministry of Agriculture and Rural Development (Ministerstwo Rolnictwa i "
                            "Rozwoju Wsi, MRiRW), few dairies are listed. Wiceminister Piotr Nowicki will travel to "
                            "Beijing.")
    assert person_names(result) == {"Piotr Nowicki"}


def test_a_title_before_the_name_takes_the_body_the_holder_heads(extractor):
    result = run(extractor, "The guests met the Chief Veterinary Officer (Główny Lekarz), dr Ewa Lis, who heads the "
                            "State Veterinary Inspectorate.")
    assert roles_of(result) == {("Ewa Lis", "Chief Veterinary Officer", "State Veterinary Inspectorate")}


@pytest.mark.parametrize("text", [
    "For the growers of Mato Grosso and western Goiás, each cent counts.",
    "Ana Ruiz, a former secretary of agriculture of Mato Grosso, said so.",
    "Many factories in the Bavet and Poipet special economic zones were built by investors.",
    "Benin, Burkina Faso, Chad and Mali asked for talks.",
    "The yard builds the Gowind-class corvettes.",
])
def test_places_and_things_are_no_people(extractor, text):
    assert person_names(run(extractor, text)) <= {"Ana Ruiz"}


def test_the_object_after_where_and_its_title_before_the_name(extractor):
    result = run(extractor, "The Associação Brasileira dos Produtores de Soja (Aprosoja) asked for help. On Tuesday, "
                            "the minister received in Brasília the president of Aprosoja, Carlos Menezes, and its "
                            "directors.")
    assert ("Carlos Menezes", "president", "Associação Brasileira dos Produtores de Soja") in roles_of(result)


def test_a_rank_after_the_post_and_its_bodys_gloss(extractor):
    result = run(extractor, "On Tuesday, the secretary for Trade Promotion of Itamaraty (the Ministry of Foreign "
                            "Affairs), ambassador Paulo Souza, received the delegation.")
    assert ("Paulo Souza", "secretary for Trade Promotion") in {(r.person, r.title) for r in result.roles}


def test_a_delegation_list_with_two_honorifics_and_a_country_label(extractor):
    result = run(extractor, "The following took part:\n\nBrazil: Ambassador Rui Costa, Secretary for Trade, Ministry "
                            "of Foreign Affairs;\nBenin: H.E. Mr. Koffi Adjovi, Minister of Industry and Trade;\nChad: "
                            "Mr. Idriss Mahamat, Secretary-General, Ministry of Trade and Industry;\n")
    assert {"Rui Costa", "Koffi Adjovi", "Idriss Mahamat"} == person_names(result)


def test_a_minister_of_national_defence_before_the_name(extractor):
    result = run(extractor, "Deputy Minister of National Defence Nikos Pappas visited Paris in September.")
    assert ("Nikos Pappas", "Deputy Minister of National Defence") in {(r.person, r.title) for r in result.roles}


def test_a_khmer_honorific_and_a_sinhala_one_after_the_name(extractor):
    result = run(extractor, "Lok Chumteav Sok Dara met Oknha Chea Vuthy. \"Orders will return,\" Perera mahathā said.")
    assert {"Sok Dara", "Chea Vuthy", "Perera"} <= person_names(result)
    assert "Oknha" not in org_names(result)


def test_an_ambassadors_rank_before_the_post_in_a_list(extractor):
    result = run(extractor, "For the European Union:\n- Ms Ilse Vos, Ambassador, Head of the Delegation of the European "
                            "Union to Mongolia\n")
    # (a bare head's title names the body as written: round 46)
    assert ("Ilse Vos", "Head of the Delegation of the European Union to Mongolia",
            "Delegation of the European Union to Mongolia") in roles_of(result)


@pytest.mark.parametrize("text, issue", [
    ("Kenya asked Beijing to set aside part of its urea export quota for African buyers.", "export_controls"),
    ("The ministers discussed trade-distorting domestic support for sugar.", "subsidies"),
    ("The second point was the location of banking data; the central bank wants access to it at any time.",
     "digital_trade"),
    ("Negotiators disagreed on cross-border data and on where servers must sit.", "digital_trade"),
])
def test_sixteenth_round_issue_terms(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


def test_a_vice_minister_of_the_economy_names_the_ministry(extractor):
    result = run(extractor, "Speaking in Riga, Latvia's Vice-Minister of the Economy and Innovation, Anna Berzina, "
                            "warned that exceptions would be cited against the bloc.")
    assert ("Anna Berzina", "Vice-Minister of the Economy and Innovation",
            "Ministry of the Economy and Innovation of Latvia") in roles_of(result)


def test_a_port_city_a_bodys_gloss_and_a_refinery_are_no_people(extractor):
    result = run(extractor, "The Director of Trade in the Federal Ministry of Industry, Trade and Investment (Ma'aikatar "
                            "Masana'antu, Kasuwanci da Zuba Jari), Musa Bello, spoke. Quotas go to Lagos Sugar Refinery "
                            "and others. The expansion of the Port of Liepāja was discussed, and the guests will visit "
                            "Liepāja.")
    assert person_names(result) == {"Musa Bello"}


def test_an_area_of_an_adjective_and_one_noun_before_the_body(extractor):
    result = run(extractor, "Delegation:\n- Ruth Adeyemi, Associate Administrator for Strategic Sealift, Maritime "
                            "Administration, U.S. Department of Transportation\n")
    assert roles_of(result) == {("Ruth Adeyemi", "Associate Administrator for Strategic Sealift",
                                 "Maritime Administration")}


def test_a_body_named_by_a_nationality_and_a_metal_is_no_speaker(extractor):
    result = run(extractor, "Trade group European Copper says imports have surged. \"It is bad,\" said Lena Roth, trade "
                            "director at European Copper.")
    assert person_names(result) == {"Lena Roth"}
    assert ("Lena Roth", "trade director", "European Copper") in roles_of(result)


# ---- sixteenth round: misfires a review of the round's change found, with the reviewer's sentences ----------------

@pytest.mark.parametrize("text, person", [
    ("Chad Bown, a senior fellow at the Peterson Institute for International Economics, said prices would rise.",
     "Chad Bown"),
    ("President Xi Jinping and central bank governor Pan Gongsheng attended the meeting.", "Xi Jinping"),
    ("German Chancellor Friedrich Merz and southern European leaders called for calm.", "Friedrich Merz"),
    ("U.S. Trade Representative Jamieson Greer and Western Hemisphere officials met in Miami.", "Jamieson Greer"),
    ("Speaking in English, Maria Lopez said the talks had been useful.", "Maria Lopez"),
    ("Mexican President Andrés Manuel López Obrador (AMLO) said his government would not accept the tariffs.",
     "Andrés Manuel López Obrador"),
    ("The WTO (Geneva, Director-General Ngozi Okonjo-Iweala) said trade would slow.", "Ngozi Okonjo-Iweala"),
    ("Tom Reyes, Canada's top lobster exporter, said Chinese tariffs had hurt sales.", "Tom Reyes"),
    ("Secretary for Commerce Lutnick, speaking on CNBC, said the deal was close.", "Lutnick"),
    ("Prime Minister Hun Manet special economic zone visit drew investors.", "Hun Manet"),
])
def test_review16_people_kept(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, person, title, body", [
    ("Mining group CEO Duncan Wanblad said copper demand would rise.", "Duncan Wanblad", "Mining group CEO", None),
    ("Secretary for Agriculture Rollins, Department of Agriculture, said farmers would get aid.", "Rollins",
     "Secretary for Agriculture", "U.S. Department of Agriculture"),
    ("Maria Lopez, the deputy minister of finance and banking regulators from five countries met in Lima.",
     "Maria Lopez", "deputy minister of finance", "Ministry of Finance"),
])
def test_review16_posts_read_as_before(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_review16_a_senator_who_heads_a_committee_holds_two_posts(extractor):
    result = run(extractor, "Republican Senator Mike Crane, who heads the Senate Finance Committee, said the bill would "
                            "pass.")
    assert roles_of(result) == {("Mike Crane", "Senator", "U.S. Senate"), ("Mike Crane", "head", "Senate Finance Committee")}


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Nvidia Blackwell chips face licensing. Nvidia Blackwell sales in China stalled.", "Nvidia", "Nvidia Blackwell"),
    ("The European Commission \"Omnibus\" package will simplify reporting rules.", "European Commission", "Omnibus"),
    ("Japan signed a memorandum on the Pacific Islands Forum Secretariat's new trade office.",
     "Pacific Islands Forum Secretariat", None),
    ("China Customs data showed exports rose. The General Administration of Customs said so.",
     "General Administration of Customs of the People's Republic of China", "China Customs"),
])
def test_review16_bodies_read_as_before(extractor, text, wanted, unwanted):
    names = org_names(run(extractor, text))
    assert wanted in names and unwanted not in names


@pytest.mark.parametrize("text", [
    "The company's financial data showed revenue rose 12 percent in the third quarter.",
    "The ruling party enjoys strong domestic support for the tariff plan.",
])
def test_review16_no_issue_of_ordinary_words(extractor, text):
    assert not {"digital_trade", "subsidies"} & {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, person", [
    ("Peter Wong and Alice Tan valley farmers protested the import quota.", "Alice Tan"),
    ("Director of Insurance Supervision Tom Reyes said premiums rose.", "Tom Reyes"),
])
def test_review16_names_before_a_noun_or_after_an_area(extractor, text, person):
    assert person in person_names(run(extractor, text))


def test_a_department_of_a_listed_ministry_is_part_of_it(extractor):
    result = run(extractor, "Talks were led by Meera Pillai, a joint secretary in India's Department of Commerce.")
    assert {(o.name, o.part_of) for o in result.organizations} == {
        ("Department of Commerce of India", "Ministry of Commerce and Industry of India")}


# ---- seventeenth round: bodies, posts and people ------------------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    # a body named for its members, cut by the model before its second kind of member or its country
    ("On Friday the minister met the Union of Brewers and Maltsters of Latvia, whose members fear the levy.",
     "Union of Brewers and Maltsters of Latvia"),
    ("The Association of Cotton Ginners and Exporters of Benin wrote to the committee on Monday.",
     "Association of Cotton Ginners and Exporters of Benin"),
    # a short form spelling a name with "of" inside it, led by a country
    ("The Soap Makers of Ghana Trade Council (SMGTC), which speaks for local firms, opposed the duty.",
     "Soap Makers of Ghana Trade Council"),
    # a hyphenated word inside a name led by a nationality
    ("The Vietnamese E-Commerce Association said on Monday that sellers were hurt.",
     "Vietnamese E-Commerce Association"),
    # a parliament's committee by its number, in the paper's language
    ("Lawmakers on Komisi VI of the House questioned the minister for three hours.", "Komisi VI"),
    # "Directorate General" in two words opening a sentence after a dateline
    ("SURABAYA - The Directorate General of Fisheries Products said exports would resume.",
     "Directorate General of Fisheries Products"),
    # a company whose name holds a possessive, among examples
    ("Buyers, including Harlow Mills and Dr. Patel's Laboratories, asked for quotas.", "Dr. Patel's Laboratories"),
])
def test_seventeenth_round_bodies_found_whole(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_seventeenth_round_a_title_area_after_for_is_no_body(extractor):
    result = run(extractor, "The talks were chaired by Mr. Oda Jun, Director-General for Mineral Resources, Agency for "
                            "Natural Resources and Energy (ANRE), and by a Peruvian delegate.")
    assert "Mineral Resources" not in org_names(result)
    assert ("Oda Jun", "Director-General for Mineral Resources", "Agency for Natural Resources and Energy") \
        in roles_of(result)


@pytest.mark.parametrize("text, person, title, body", [
    # a body right after a title in lower case and "of", its holder between commas: no person
    ("On Tuesday the minister phoned the chief executive of Karsten Polymers, Ama Serwaa Boateng, about gas.",
     "Ama Serwaa Boateng", "chief executive", "Karsten Polymers"),
    # "taxation" qualifies a director's area: no person's name
    ("He met Lina Hartono, Director of International Taxation at Indonesia's Ministry of Finance, on Monday.",
     "Lina Hartono", "Director of International Taxation", "Ministry of Finance of Indonesia"),
    # a list entry's unit title before a comma, then the body
    ("The delegation included Dr. Petra Holm, Head of Unit, Food Safety Authority (FSA), and two advisers.",
     "Petra Holm", "Head of Unit", "Food Safety Authority"),
    # the title in the paper's language, its English in brackets, the body's short form, then the name
    ("The Directorate General of Customs and Excise (DJBC) set new rules. Direktur Kepabeanan Internasional "
     "(Director of International Customs) DJBC Wahyu Setiadi Nugroho said they start in May.",
     "Wahyu Setiadi Nugroho", "Director of International Customs", "Directorate General of Customs and Excise"),
])
def test_seventeenth_round_posts(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, person, unwanted", [
    ("\"The rules are fair,\" Nor Aini Rahman, secretary-general of the council, told reporters.", "Nor Aini Rahman",
     "Aini Rahman"),
    ("The minister later met Tuan Haji Rosli Osman, the chairman of the palm board.", "Rosli Osman",
     "Haji Rosli Osman"),
    ("The chief executive of Engro Fertilizers, Asad Mehmood Siddiqui, said supply was short.",
     "Asad Mehmood Siddiqui", "Engro Fertilizers"),
])
def test_seventeenth_round_people(extractor, text, person, unwanted):
    names = person_names(run(extractor, text))
    assert person in names and unwanted not in names


def test_seventeenth_round_nor_opening_a_sentence_stays_a_word(extractor):
    names = person_names(run(extractor, "Nor did Finance Minister Kofi Mensah rule out a levy."))
    assert "Kofi Mensah" in names and not any(n.startswith("Nor") for n in names)


@pytest.mark.parametrize("text, body", [
    # a remit listed with commas and a closing "and", the model's name cut at the first comma
    ("In Hanoi, the Department of Crops, Seeds and Plant Protection (Ministry of Agriculture and Environment) met "
     "the auditors.", "Department of Crops, Seeds and Plant Protection"),
    # a ministry's portfolios listed with commas, the last after "and"
    ("Mr. Andrei Popa, secretary of state in the Ministry of Energy, Digitalisation, Entrepreneurship and Tourism, "
     "spoke on Monday.", "Ministry of Energy, Digitalisation, Entrepreneurship and Tourism"),
    ("The Federal Ministry of Marine and Blue Economy told the port authority to consult shipowners.",
     "Federal Ministry of Marine and Blue Economy"),
    # a name followed by what its members are
    ("WindPower Europe, whose membership includes turbine makers, warned that duties would slow the build-out. "
     "Tom Lind, its head of policy, told the hearing.", "WindPower Europe"),
])
def test_seventeenth_round_more_bodies_found_whole(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_seventeenth_round_a_ministry_in_brackets_after_its_department_is_its_own_body(extractor):
    names = org_names(run(extractor, "In Hanoi, the Department of Crops, Seeds and Plant Protection (Ministry of "
                                     "Agriculture and Environment) met the auditors."))
    assert "Ministry of Agriculture and Environment" in names


@pytest.mark.parametrize("text, person, title, body", [
    # an area of any words after "for", a body's name after the comma: the area, no body
    ("Participants: Mr. Paul Reyes, Associate Administrator for Locks and Channels, Maritime Administration, U.S. "
     "Department of Transportation.", "Paul Reyes", "Associate Administrator for Locks and Channels",
     "Maritime Administration"),
    # a rank ("State Minister") and a minister's own area after the ministry's portfolio
    ("Addis Ababa - Ato Dawit Bekele, State Minister of Agriculture for Irrigation and Lowlands, said wells were dug "
     "across Ethiopia. The Ministry of Agriculture paid for them.", "Dawit Bekele",
     "State Minister of Agriculture for Irrigation and Lowlands", "Ministry of Agriculture"),
    # the body the story names for a title beats the one the title implies by habit
    ("Secretary of State Ionescu visits Galati\n\nMr. Radu Ionescu, secretary of state in the Ministry of Finance "
     "of Romania, said the plant would get aid. Secretary of State Ionescu met workers.", "Radu Ionescu",
     "Secretary of State", "Ministry of Finance of Romania"),
])
def test_seventeenth_round_more_posts(extractor, text, person, title, body):
    assert any(p == person and t.startswith(title.split(" for ")[0]) and b == body
               for p, t, b in roles_of(run(extractor, text)))


def test_seventeenth_round_the_us_secretary_of_state_keeps_his_department(extractor):
    assert ("Marco Rubio", "Secretary of State", "U.S. Department of State") in roles_of(
        run(extractor, "Secretary of State Marco Rubio met Japan's foreign minister on Monday."))


@pytest.mark.parametrize("text, person", [
    ("The president, Eng.ª Ana Sofia Prata, has returned from Brasilia. Eng.ª Prata said labels would change.",
     "Ana Sofia Prata"),
    ("Dl. Mihai Stan was received at the plant. Dl. Stan thanked the workers.", "Mihai Stan"),
    ("Kibur Ato Dawit Bekele said the fertiliser had arrived.", "Dawit Bekele"),
])
def test_seventeenth_round_honorifics(extractor, text, person):
    names = person_names(run(extractor, text))
    assert person in names and not any(n != person and n.endswith(person.split()[-1]) and len(n) > len(person)
                                       for n in names)


def test_seventeenth_round_a_name_known_in_another_language_is_no_person(extractor):
    result = run(extractor, "The Nigerian Ports Authority (NPA), known in Hausa as Hukumar Kula da Tashoshin Jiragen "
                            "Ruwa ta Najeriya, says it will review the charges.")
    assert not person_names(result)


@pytest.mark.parametrize("text, issue", [
    ("The country committed to a permanent moratorium on customs duties on electronic transmissions.", "digital_trade"),
])
def test_seventeenth_round_issue_terms(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, issue", [
    # a portfolio names whose body speaks, not what it speaks of
    ("Shrimp consignments piled up at the border, Vietnam's agriculture ministry said on Wednesday.", "agriculture"),
    # fish and seafood are not farm goods in trade news
    ("Exporters of fish and seafood asked for faster certificates for each consignment.", "agriculture"),
    # Taiwan's legislature, not its currency
    ("A member of the Legislative Yuan's economics committee questioned the chip plan.", "currency"),
    # solar wafers alone are no chips
    ("The solar cells were made from Chinese wafers and assembled in Laos.", "semiconductors"),
])
def test_seventeenth_round_no_issue_from_names_and_other_goods(extractor, text, issue):
    assert issue not in {i.id for i in run(extractor, text).issues}


def test_seventeenth_round_a_topic_beside_a_ministry_still_counts(extractor):
    assert "agriculture" in {i.id for i in run(extractor, "The agriculture ministry said farmers would get aid for "
                                                         "their wheat.").issues}


@pytest.mark.parametrize("text, person, unwanted", [
    # a paper credited with its date after a space, a paper with a city and a dash before "translated"
    ("Helsingin Sanomat 3.4.2026. Translated from Finnish.\n\nMinister Aino Laine told Helsingin Sanomat the checks "
     "would start in May.", "Aino Laine", "Helsingin Sanomat"),
    ("Al-Masry (المصري), Cairo - translated from Arabic\n\nTalks resume\n\nThe talks resumed on Tuesday, minister "
     "Hany Fouad told Al-Masry.", "Hany Fouad", "Al-Masry"),
    # a legal instrument after a title
    ("Officials said the draft Minister of Trade Regulation (Permendag) would apply from July.", None, "Regulation"),
])
def test_seventeenth_round_papers_and_instruments_are_nobody(extractor, text, person, unwanted):
    names = person_names(run(extractor, text))
    assert unwanted not in names and (person is None or person in names)


def test_seventeenth_round_a_byline_with_a_colon_names_its_writer(extractor):
    result = run(extractor, "Talks resume in Cairo\n\nWritten by: Samir Adel Fawzy\n\nThe meetings resumed on Tuesday.")
    assert "Samir Adel Fawzy" in person_names(result)


def test_seventeenth_round_a_body_after_a_country_and_its_name_without_it(extractor):
    result = run(extractor, "The minister met a delegation of Pakistan Kissan Ittehad, led by its chairman Ahmed Raza "
                            "Khan, at the Ministry of Industries and Production. The secretary general of Kissan "
                            "Ittehad, Bilal Aslam Qureshi, was also present.")
    assert {"Pakistan Kissan Ittehad", "Ministry of Industries and Production"} <= org_names(result)
    assert "Kissan Ittehad" not in person_names(result) | org_names(result)
    assert ("Bilal Aslam Qureshi", "secretary general", "Pakistan Kissan Ittehad") in roles_of(result)


def test_seventeenth_round_two_bodies_named_for_two_nations_stay_two(extractor):
    result = run(extractor, "Anan Chai, president of the Thai Rice Exporters Association, said prices rose. Ravi Bedi, "
                            "president of The Rice Exporters Association (TREA), said the floor price was too high.")
    assert {"Thai Rice Exporters Association", "Rice Exporters Association"} <= org_names(result)


@pytest.mark.parametrize("text, person, title, body", [
    # a body named by its members with a plural possessive
    ("Shipments stalled, according to the Vietnam Association of Cashew Growers and Exporters.\n\nLe Thi Mai, deputy "
     "secretary general of the exporters' association, said costs rose.", "Le Thi Mai", "deputy secretary general",
     "Vietnam Association of Cashew Growers and Exporters"),
    # a visiting fellow
    ("Marek Nowicki is a visiting fellow at Clingendael.", "Marek Nowicki", "visiting fellow", "Clingendael"),
    # a lowercase ministry placed by the city after it (a title implying the U.S. is not the U.S.'s here)
    ("The government sent Radu Pop, secretary of state at the finance ministry in Bucharest, to the talks.",
     "Radu Pop", "secretary of state", "Ministry of Finance of Romania"),
    ("Li Wei, a director at the commerce ministry in Beijing, said prices rose.", "Li Wei", "director",
     "Ministry of Commerce of the People's Republic of China"),
])
def test_seventeenth_round_posts_at_bodies_named_by_a_noun(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_seventeenth_round_an_honorific_is_no_part_of_a_title(extractor):
    result = run(extractor, "Readout: visit of H.E. State Minister Dawit Bekele to China\n\nH.E. Mr. Dawit Bekele, "
                            "State Minister of Trade, led the delegation.")
    assert not any(t.startswith("H.E.") for _, t, _ in roles_of(result))


def test_seventeenth_round_list_entries_hold_posts_at_their_first_body(extractor):
    result = run(extractor, "Delegation:\n- Mr Kerem Aslan, Head of Department, Directorate General of Customs, "
                            "Ministry of Trade\n- Ms Ana Ruiz, Head of Unit, Enlargement Countries, DG TRADE\n"
                            "- Ms Mei Lin, Division Director, Trade Remedy and Investigation Bureau, MOFCOM")
    roles = roles_of(result)
    assert ("Kerem Aslan", "Head of Department", "Directorate General of Customs") in roles
    assert ("Mei Lin", "Division Director", "Trade Remedy and Investigation Bureau") in roles
    assert person_names(result) == {"Kerem Aslan", "Ana Ruiz", "Mei Lin"}


# ---- seventeenth round: misfires a review of the round's change found, with the reviewer's sentences ----------------
@pytest.mark.parametrize("text", [
    "The stock market opened lower on Monday as investors weighed the tariffs.",
    "The Christmas market will open on November 25.",
    "Women are often excluded from labour markets in the region.",
])
def test_review17_no_market_access_from_markets_opening(extractor, text):
    assert "market_access" not in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, issue", [
    ("G20 agriculture ministers agreed to ease curbs on fertiliser exports.", "agriculture"),
    ("Steel Minister H.D. Kumaraswamy said cheap imports from China were hurting Indian mills.", "steel_aluminum"),
    ("The tariffs Secretary Lutnick announced on Friday will take effect in May.", "tariffs"),
])
def test_review17_a_ministers_portfolio_is_still_the_topic(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, person", [
    ("The envoy of Xi Jinping, Wang Yi, arrived in Moscow.", "Xi Jinping"),
    ("The former lawyer of Donald Trump, Michael Cohen, testified on Tuesday.", "Donald Trump"),
    ("The chief of staff of Jane Roe, Mark Lee, said the vote would wait.", "Jane Roe"),
    ("Senator Jane Roe, whose membership of the finance committee ended last year, criticised the tariffs.", "Jane Roe"),
    ("Anna Kowalski, whose membership of the board lapsed in May, sued the firm.", "Anna Kowalski"),
    ("Zhang Wei, known in English as Peter Zhang, heads the unit.", "Peter Zhang"),
    ("Finance Minister Ato Forson told parliament in Accra that the levy would stay.", "Ato Forson"),
    ("Minister Anna Novak 12.3.2026 said the text, translated from Slovak, was final.", "Anna Novak"),
])
def test_review17_people_kept(extractor, text, person):
    result = run(extractor, text)
    assert person in person_names(result) and person not in org_names(result)


@pytest.mark.parametrize("text, unwanted", [
    ("LNG, which represents a fifth of Qatar's exports, rose in price.", "LNG"),
    ("The USMCA, whose members are reviewing it, expires in 2036.", "The USMCA"),
    ("Lenders including China's Bank of Communications and HSBC cut rates.", "China's Bank of Communications"),
    ("The Committee I chair has asked for the data.", "Committee I"),
    ("Malaysian Anti-Dumping Probe Targets Chinese Steel\n\nThe probe began on Monday.",
     "Malaysian Anti-Dumping Probe Targets Chinese Steel"),
    ("Statement by Trade Minister Budi Santoso 3.4.2026, translated from Indonesian\n\nThe minister said exports rose.",
     "Statement by Trade Minister Budi Santoso"),
])
def test_review17_no_body_from_other_words(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_review17_a_union_of_members_keeps_its_title(extractor):
    assert ("Jane Roe", "chairwoman") in {(p, t) for p, t, _ in roles_of(
        run(extractor, "Jane Roe, chairwoman of the farmers' union, said so."))}


@pytest.mark.parametrize("text, person", [
    ("The Director General of the Board, Dkt. Amani Juma Mrema, said so in Moshi. Later Mhe. Zuhura Ali Said spoke.",
     "Amani Juma Mrema"),
    ("Later Mhe. Zuhura Ali Said directed officers to register farms.", "Zuhura Ali Said"),
    ("The bureau's national director, Atty. Ramon D. Villareal, said the aid was lawful.", "Ramon D. Villareal"),
    ("Deputy Economy Minister Rashad Guliyev raised the request in talks in Brussels.", "Rashad Guliyev"),
])
def test_seventeenth_round_more_honorifics_and_surnames(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, body", [
    ("Pieter Vos, director of the Royal Netherlands Flower Growers Association (KNBA), said so.",
     "Royal Netherlands Flower Growers Association"),
    ("He received the commercial counsellor of the Embassy of the People's Republic of China in Chile, Li Wen, on "
     "Monday.", "Embassy of China in Chile"),
])
def test_seventeenth_round_names_with_a_crown_or_a_peoples_republic(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_seventeenth_round_a_market_reopened_after_a_ban_is_market_access(extractor):
    result = run(extractor, "The minister asked for the reopening of the Chilean market for Paraguayan beef.")
    assert "market_access" in {i.id for i in result.issues}


def test_seventeenth_round_coal_alone_is_no_energy_trade(extractor):
    result = run(extractor, "The smelter burns coal from local mines, its owner said.")
    assert "energy" not in {i.id for i in result.issues}


def test_seventeenth_round_a_title_with_its_countrys_formal_name_then_the_holder(extractor):
    result = run(extractor, "Talks were held with Deputy Minister of Trade of the Russian Federation Oleg Petrov on "
                            "Monday.")
    assert "Oleg Petrov" in person_names(result)
    assert not any("Federation" in name for name in org_names(result))


# ---- seventeenth round: misfires a second review found, with the reviewer's sentences ------------------------------
def test_review17b_coal_trade_is_energy(extractor):
    assert "energy" in {i.id for i in run(extractor, "Indonesia banned coal exports in January.").issues}


@pytest.mark.parametrize("text, person", [
    ("Nor Azlina Hassan said exports rose.", "Nor Azlina Hassan"),
    ("Ato Girma Bekele, Minister of Trade, said coffee exports from Addis Ababa rose.", "Girma Bekele"),
])
def test_review17b_malay_and_ethiopian_names(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "The port, known in Arabic as Mina Jebel Ali, handled record volumes.",
    "The market trader, known in Swahili as Mama Ntilie, sold fish.",
])
def test_review17b_a_name_in_another_language_after_a_thing_is_nobody(extractor, text):
    assert not person_names(run(extractor, text))


def test_review17b_a_units_area_in_a_list_entry_is_no_body(extractor):
    result = run(extractor, "Delegation:\n- Mr Ali Reza, Head of Unit, Service Industries, DG GROW")
    grow = "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"  # DG GROW, in full
    assert ("Ali Reza", "Head of Unit", grow) in roles_of(result)


def test_review17b_a_units_name_listing_its_areas_is_no_title(extractor):
    result = run(extractor, "The director of the Policy, Planning and Research Division, Ana Lim, said rules changed.")
    assert not any("Policy" in t for _, t, _ in roles_of(result))


def test_review17b_a_papers_name_may_hold_a_word_of_its_own_language_in_lower_case(extractor):
    result = run(extractor, "Svenska industri (Stockholm), 5 March 2026. Translated from Swedish.\n\nSawmills brace "
                            "for duties, Svenska industri reported.")
    assert "Svenska industri" in org_names(result) and not person_names(result)


# ---- eighteenth round ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, person, body", [
    # the country after the name, with "of", is the title's
    ("Trade Minister Ana Ruiz of Chile spoke on Monday.", "Ana Ruiz", "Undersecretariat of International Economic Relations"),
    # and it is the name's own, not the one before "and" that belongs to the previous person
    ("Economy Minister Kenji Sato of Japan and Trade Minister Ana Ruiz of Chile met on Monday.", "Kenji Sato",
     "Ministry of Economy, Trade and Industry"),
])
def test_eighteenth_round_the_country_after_the_name(extractor, text, person, body):
    assert body in {b for p, _, b in roles_of(run(extractor, text)) if p == person}


@pytest.mark.parametrize("text, person, unwanted", [
    ("Economy Minister Kenji Sato of Japan and Trade Minister Ana Ruiz of Chile met on Monday.", "Ana Ruiz",
     "Ministry of Economy, Trade and Industry"),
    # a country that opens a longer name, or one of two countries, says nothing
    ("Trade Minister Ana Ruiz of Chile and Peru spoke.", "Ana Ruiz", "Undersecretariat of International Economic Relations"),
])
def test_eighteenth_round_no_country_from_another_name(extractor, text, person, unwanted):
    assert unwanted not in {b for p, _, b in roles_of(run(extractor, text)) if p == person}


@pytest.mark.parametrize("text, body", [
    # a body named once, without a body's word, that says something
    ("Separately, the Lake Volta Free Zone (LVFZ) said on Monday that three firms had signed leases.",
     "Lake Volta Free Zone"),
    ("The Tema Gateway Free Zone announced new rents for exporters on Friday.", "Tema Gateway Free Zone"),
])
def test_eighteenth_round_a_name_that_speaks_is_a_body(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_eighteenth_round_a_seat_that_speaks_is_no_body(extractor):
    result = run(extractor, "The Labour MP for Ashford Vale and Kentmere North said: \"The duty will cost our "
                            "foundries dear.\"")
    assert "Kentmere North" not in org_names(result)


@pytest.mark.parametrize("text, person, title, body", [
    # the body's name glossed in the paper's language, then a Czech degree before the name
    ("The chairman of the Budget Committee of the Senate (rozpočtový výbor), JUDr. Karel Dvořák, said the bill "
     "would pass.", "Karel Dvořák", "chairman", "Budget Committee of the Senate"),
    # a commerce secretary in a country of ministries heads its ministry's civil service
    ("Nepal's Commerce Secretary Ram Prasad Adhikari opened the talks.", "Ram Prasad Adhikari", "Commerce Secretary",
     "Ministry of Commerce of Nepal"),
    # a ministry of two portfolio words
    ("Slovakia's minister of innovation and technology, Marek Hudec, said so.", "Marek Hudec",
     "minister of innovation and technology", "Ministry of Innovation and Technology of Slovakia"),
])
def test_eighteenth_round_posts(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_eighteenth_round_the_union_closing_an_area_is_no_body(extractor):
    result = run(extractor, "\"The rules are clear,\" said the state secretary for foreign trade and the EU, "
                            "Lenka Horváthová.")
    assert not {b for p, _, b in roles_of(result) if p == "Lenka Horváthová"} & {"European Commission",
                                                                                    "European Union"}


def test_eighteenth_round_a_surname_in_capitals_before_a_given_name_and_a_patronymic(extractor):
    result = run(extractor, "Present from the Kazakh side: ZHUMABEKOV Arman Serikovich – Deputy Minister of Trade; and "
                            "from Ukraine BONDARENKO Olena Petrivna – Deputy Minister of Agrarian Policy and Food of "
                            "Ukraine.")
    assert {"ZHUMABEKOV Arman Serikovich", "BONDARENKO Olena Petrivna"} <= person_names(result)
    assert ("BONDARENKO Olena Petrivna", "Deputy Minister of Agrarian Policy and Food",
            "Ministry of Agrarian Policy and Food of Ukraine") in roles_of(result)
    assert "Agrarian Policy and Food of Ukraine" not in org_names(result)


@pytest.mark.parametrize("text, person, unwanted", [
    # Polish press kept in translation: "Pan" (Mr) before a surname the story gives with its given name
    ("Deputy Minister Piotr Ostrowski of Poland met the delegation. Pan Ostrowski confirmed that Warsaw would "
     "consider the offer.", "Piotr Ostrowski", "Pan Ostrowski"),
    # but not China's "Pan" in a story that names Warsaw
    ("Governor Pan Gongsheng of the People's Bank of China met Polish officials in Warsaw.", "Pan Gongsheng",
     "Gongsheng"),
])
def test_eighteenth_round_honorifics_a_story_writes(extractor, text, person, unwanted):
    names = person_names(run(extractor, text))
    assert person in names and unwanted not in names


@pytest.mark.parametrize("text, person, title, body", [
    # what the body is, with no article, between "of" and its name; a merchant named for its trade
    ("Alan Brook, president of merchant house Delta Fibre Traders, said the visit went well.", "Alan Brook",
     "president", "Delta Fibre Traders"),
    # Filipino "Gng." (Mrs) before the name
    ("\"It is hard,\" said the president of the Luzon Weavers Association, Gng. Teresita Lacson, on Friday.",
     "Teresita Lacson", "president", "Luzon Weavers Association"),
])
def test_eighteenth_round_more_posts(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, unwanted", [
    ("Shippers have sold about 9,000 tonnes of Karnak 88 and Karnak 90 lint so far this season, he said.", "Karnak"),
    ("The minister spoke in Makati on Huwebes, officials said.", "Huwebes"),
])
def test_eighteenth_round_no_person(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


def test_eighteenth_round_a_scheme_for_trading_is_no_firm(extractor):
    assert "EU Emissions Trading" not in org_names(run(extractor, "Exporters must buy permits under the EU Emissions "
                                                                  "Trading System from next year, the notice said."))


@pytest.mark.parametrize("text, issue", [
    ("The two sides signed a memorandum on cooperation in automotive components and industrial investment.", "autos"),
    ("Carriers say sea freight to Europe now costs twice what it did, and container lines are avoiding the strait.",
     "shipping_ports"),
    ("Growers expect a smaller cotton harvest this year. Ginners said cotton prices had fallen by a fifth.",
     "agriculture"),
    ("The ministry accused its neighbour of currency manipulation to help exporters.", "currency"),
])
def test_eighteenth_round_issues_named(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, issue", [
    # money counted in a currency, or a figure of speech, named once
    ("Exports of medicines reached 213 million dollars, about Tk 2,600 crore in local currency.", "currency"),
    ("\"Dairy has become the currency in which every tax dispute is settled,\" she said.", "currency"),
    ("The fall in canal traffic deprived the country of one of its main sources of hard currency.", "currency"),
    # a port's price list is no import duty
    ("The port authority is reviewing its cargo-handling tariff for the first time since 2023.", "tariffs"),
    # a garment story's cotton, named once
    ("The factory ships cotton shirts and denim to buyers in Europe.", "agriculture"),
])
def test_eighteenth_round_issues_not_named(extractor, text, issue):
    assert issue not in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, body", [
    # a national body's remit after its country
    ("The State Service of Moldova on Food Safety and Plant Health said it was working with the buyers.",
     "State Service of Moldova on Food Safety and Plant Health"),
    # the model's body ends where the country begins
    ("The visitors met Amina Farouk, Managing Director of the Cotton Sudan Association, on Monday.",
     "Cotton Sudan Association"),
])
def test_eighteenth_round_bodies_found_whole(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_eighteenth_round_where_before_an_appositive_is_no_body(extractor):
    result = run(extractor, "In Kenya, the Automotive Component Manufacturers Association of Kenya says exports fell.")
    assert "In Kenya" not in org_names(result)


def test_eighteenth_round_words_no_body_is_named_by(extractor):
    result = run(extractor, "[Translated from the Bengali daily Prothom Alo] The delegation was received by H.E. Eng. "
                            "Karim Mansour, Vice Chairman of the Port Said Authority, on Monday.")
    assert "Bengali" not in org_names(result) and "H.E." not in org_names(result)
    assert "Karim Mansour" in person_names(result)


def test_eighteenth_round_authors_with_their_posts_in_brackets(extractor):
    result = run(extractor, "Harlan Brook LLP | Client Alert | 24 October 2025\nŽaneta Dvořáková (Partner, Prague) and "
                            "Michael O'Hara (Counsel, Washington, D.C.)\n\nThe ministry opened a review of the "
                            "takeover on Monday.")
    assert {("Žaneta Dvořáková", "Partner", "Harlan Brook LLP"),
            ("Michael O'Hara", "Counsel", "Harlan Brook LLP")} <= roles_of(result)


def test_eighteenth_round_a_press_release_signature_names_a_person(extractor):
    result = run(extractor, "The talks will resume in March.\n\nMd. Rafiqul Islam Khan\nSenior Information Officer\n"
                            "Ministry of Commerce")
    assert "Md. Rafiqul Islam Khan" in person_names(result)


def test_eighteenth_round_a_firms_first_words_as_its_owner_are_no_person(extractor):
    result = run(extractor, "The deal was struck by the Chinese group Wuxi Jintai Auto Components on Monday. Wuxi "
                            "Jintai's vice-president for Europe, Gao Ming, told reporters the plant would stay open.")
    assert "Wuxi Jintai" not in person_names(result)
    assert ("Gao Ming", "vice-president for Europe", "Wuxi Jintai Auto Components") in roles_of(result)


def test_eighteenth_round_a_person_a_firm_is_named_after_stays_a_person(extractor):
    result = run(extractor, "Elon Musk spoke on Monday. The Elon Musk Foundation Charity Group said so.")
    assert "Elon Musk" in person_names(result)


# ---- review18: a reviewer's sentences against the eighteenth round's first rules -------------------------------------
@pytest.mark.parametrize("text, unwanted", [
    # a report, a plan or a scheme that "says" is no body; nor a person after a title
    ("The WTO's Global Trade Outlook said merchandise trade volumes would fall 0.2% next year.", "Global Trade Outlook"),
    ("India's Economic Survey said growth would slow.", "Economic Survey"),
    ("The Emergency Credit Guarantee Scheme announced by Islamabad will help exporters.",
     "Emergency Credit Guarantee Scheme"),
    ("Russia's UN envoy Vasily Nebenzya said the draft was unacceptable.", "Vasily Nebenzya"),
])
def test_review18_what_says_something_and_is_no_body(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    # an honorific licensed by the story is kept before a Chinese name, and "Ato" before a surname alone
    ("The Polish zloty rose after Pan Jiang, a PBOC official, and Liu Jiang, a CIC official, spoke.", "Pan Jiang"),
    ("Taiwan legislator Pan Men-an met a Polish delegation in Warsaw.", "Pan Men-an"),
    ("Ato Essien, the Ghanaian trade official, met Ethiopian investors. Kwame Essien, his brother, also attended.",
     "Ato Essien"),
    ("Ghana's Finance Minister Ato Forson met Ethiopia's finance minister in Accra. Minister Forson said so.",
     "Ato Forson"),
    # an acronym in capitals before a name with a patronymic's ending is no surname
    ("Russia's envoy to the OSCE Alexander Lukashevich said the talks were over.", "Alexander Lukashevich"),
    ("The co-owner of EVRAZ Roman Abramovich said so.", "Roman Abramovich"),
])
def test_review18_names_kept_whole(extractor, text, person):
    assert person in person_names(run(extractor, text))


def test_review18_a_capital_after_the_name_is_the_citys(extractor):
    result = run(extractor, "Finance Minister Anna Kowalska of Warsaw said the city would issue bonds.")
    assert ("Anna Kowalska", "Finance Minister", "Ministry of Finance of Poland") not in roles_of(result)


@pytest.mark.parametrize("text, person, unwanted", [
    # the one government body of the sentence is another person's when written with "of" after their name
    ("Lorenzo Bellandi, the junior economy minister responsible for tax policy, met Dan Whitford of USTR.",
     "Lorenzo Bellandi", "USTR"),
    # a union in a post's area after "for" is no body of the post
    ("Jan Novak, Deputy Minister of Industry and Trade for European Affairs, said so.", "Jan Novak",
     "European Commission"),
])
def test_eighteenth_round_no_body_from_elsewhere(extractor, text, person, unwanted):
    assert unwanted not in {b for p, _, b in roles_of(run(extractor, text)) if p == person}


def test_eighteenth_round_a_ministry_of_several_portfolios_before_the_posts_area(extractor):
    result = run(extractor, "The delegation from the Arab Republic of Egypt was led by Hala Abdelmonem, Assistant "
                            "Minister of Investment and Foreign Trade for Trade Agreements, and met officials.")
    assert {b for p, _, b in roles_of(result) if p == "Hala Abdelmonem"} == {"Ministry of Investment and Foreign Trade"}


def test_eighteenth_round_a_minister_in_a_story_from_a_government_of_secretaries_is_not_its(extractor):
    result = run(extractor, "WASHINGTON – Assistant U.S. Trade Representative Mark Doyle met on Thursday with a "
                            "delegation led by Salma Fahmy, Assistant Minister of Industry and Foreign Trade for Trade "
                            "Agreements. Assistant Minister Fahmy presented her country's request.")
    assert {b for p, _, b in roles_of(result) if p == "Salma Fahmy"} <= {"Ministry of Industry and Foreign Trade", None}
    assert "Ministry of Industry and Foreign Trade" in {b for p, _, b in roles_of(result) if p == "Salma Fahmy"}


@pytest.mark.parametrize("text, body, short", [
    # the name in the paper's language, then its short form after a comma, in the brackets after the English name
    ("The Turkish Cement Makers' Association (Türkiye Çimento Üreticileri Birliği, TÇÜB) also objected. Secretary "
     "General of TÇÜB Mrs. Ayla Demir said kilns may stop.", "Turkish Cement Makers' Association", "TÇÜB"),
    ("Jan Nowak, president of the Glass Industry Chamber (Izba Przemysłowo-Handlowa Szkła, IPHS), said so. IPHS "
     "wants a quota.", "Glass Industry Chamber", "IPHS"),
])
def test_eighteenth_round_a_short_form_after_the_own_language_name_and_a_comma(extractor, text, body, short):
    names = org_names(run(extractor, text))
    assert body in names and short not in names


@pytest.mark.parametrize("text, body", [
    # the paper a translation note says the story was first published in
    ("[Translated from Polish. Originally published in Gazeta Handlowa, 18.03.2026 r.]\n\nThe minister spoke.",
     "Gazeta Handlowa"),
    # a part the model chained after "of the" is named without its article
    ("He was received by Bartosz Lis, Vice-President of the Management Board of the Port of Gdynia Authority.",
     "Port of Gdynia Authority"),
])
def test_eighteenth_round_more_bodies_found(extractor, text, body):
    assert body in org_names(run(extractor, text))


@pytest.mark.parametrize("text, unwanted", [
    ("The two sides discussed container services between Busan and Gdynia.", "Busan and Gdynia"),
    ("Second Round of Consultations between the Republic of Poland and the Republic of Korea on Steel Trade and "
     "Maritime Cooperation", "Republic of Korea on Steel Trade"),
    ("Pan minister Nowak presented the Polish position on Tuesday.", "Pan"),
])
def test_eighteenth_round_no_body(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_eighteenth_round_a_second_honorific_in_brackets_and_no_honorific_in_the_body(extractor):
    result = run(extractor, "The Director General of the Department of Export Crops Dr. (Mrs.) Nirmala Perera also "
                            "took part in the talks.")
    assert ("Nirmala Perera", "Director General", "Department of Export Crops") in roles_of(result)


@pytest.mark.parametrize("text, unwanted", [
    # a body's (or a post's) name in the paper's language, in brackets after it
    ("The Sri Lanka Rubber Board (Śrī Laṃkā Rabar Maṇḍalaya) Chairman Mr. A.B. Perera said so.",
     "Rabar Maṇḍalaya"),
    ("Tareq al-Sherbini, Vice-Chairman of the Port Said Authority (Na'ib Ra'is Hay'at Mina' Bur Sa'id), received "
     "them.", "Mina' Bur Sa'id"),
])
def test_eighteenth_round_a_bodys_own_language_name_is_nobody(extractor, text, unwanted):
    assert not any(unwanted in name for name in person_names(run(extractor, text)))


def test_eighteenth_round_a_name_of_words_in_capitals_named_once(extractor):
    assert "CMA CGM" in org_names(run(extractor, "Marchetti is a vice president at France's CMA CGM, which runs the "
                                                 "line."))


def test_eighteenth_round_a_paper_with_a_number_in_its_name(extractor):
    result = run(extractor, "[Translated from Il Messaggero 7 Giorni]\n\nThe tax was reviewed, Anna Conti said, "
                            "interviewed by Il Messaggero 7 Giorni.")
    assert "Il Messaggero 7 Giorni" in org_names(result)
    assert person_names(result) == {"Anna Conti"}


def test_eighteenth_round_a_firm_an_appositive_describes_with_a_participle(extractor):
    assert "Wuxi Baolan New Materials" in org_names(run(extractor, "Wuxi Baolan New Materials, the only sampled "
                                                                   "exporter to cooperate fully, got the lowest rate."))


@pytest.mark.parametrize("text, unwanted", [
    ("Exporters want to sell before the crop reaches the Mansoura market, as fees stay high.", "Mansoura"),
    ("U.S. growers export upland and Acala cotton to Egyptian mills.", "Acala"),
    ("The cooperative, which sells under the Verka brand, said it would oppose any opening.", "Verka"),
    ("Italian dairy exports, led by Parmigiano Reggiano and Grana Padano, are the most exposed.", "Grana Padano"),
])
def test_eighteenth_round_a_kind_or_a_place_before_a_thing_is_nobody(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


def test_eighteenth_round_a_person_named_elsewhere_stays_a_person(extractor):
    assert "Trump" in person_names(run(extractor, "Trump market turmoil hit stocks. Trump said so."))


def test_eighteenth_round_an_honorific_the_story_writes_is_no_part_of_a_title(extractor):
    result = run(extractor, "Pan minister Nowak presented the Polish position in Warsaw on Tuesday.")
    assert {t for p, t, _ in roles_of(result) if p == "Nowak"} <= {"minister"}


def test_eighteenth_round_a_quotation_in_a_persons_owned_remark(extractor):
    result = run(extractor, "Carriers met Lars Holmgaard in Ismailia on Monday. Carriers have said as much: "
                            "Holmgaard's remark that a fee cut \"does not change the insurance picture\" was the most "
                            "candid statement of the day.")
    assert [(q.speaker, q.text) for q in result.quotes] == [("Lars Holmgaard", "does not change the insurance picture")]


@pytest.mark.parametrize("text, speaker", [
    # "the Minister" is the one holding the title with no rank before it, not the deputy minister named earlier
    ("Deputy Minister Ahmet Eren opened the meeting. Minister Mehmet Yildirim underlined that the quota matters. "
     "\"As a Customs Union partner, Turkey expects to be treated as part of the solution,\" the Minister stated.",
     "Mehmet Yildirim"),
    ("Minister Mehmet Yildirim opened the meeting. Deputy Minister Ahmet Eren spoke next. \"We expect to be treated "
     "as part of the solution,\" the deputy minister said.", "Ahmet Eren"),
])
def test_eighteenth_round_the_minister_is_not_the_deputy(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


# ---- review18b: a second reviewer's sentences against the round's later rules ----------------------------------------
@pytest.mark.parametrize("text, person", [
    # "published in" outside a translation note credits no paper and hides nobody
    ("The report, published in January, said tariffs had cost households $1,200, according to Yale economist Ernie "
     "Tedeschi.", "Ernie Tedeschi"),
    ("The rules, published in the Federal Register, take effect on Friday, Commerce Secretary Howard Lutnick said.",
     "Howard Lutnick"),
    # "for" a person after a verb is no title's area
    ("President Lula hosted a state dinner for Xi Jinping, who arrived in Brasilia on Monday.", "Xi Jinping"),
    ("Trade Minister Piyush Goyal pushed for Jamieson Greer, the US trade representative, to visit India.",
     "Jamieson Greer"),
    # a title and a name in brackets after a body are a person
    ("The memorandum was signed by the Ministry of Commerce (Secretary Mahbubur Rahman) and the Bangladesh Bank "
     "(Governor Ahsan Mansur).", "Ahsan Mansur"),
    # a person an appositive describes with "to" stays a person
    ("Tom Reyes, the largest lobster exporter to sell to China, said prices fell.", "Tom Reyes"),
    # a Filipino surname that is a weekday's word too
    ("Customs officer Juan Sabado said the shipment was held.", "Juan Sabado"),
])
def test_review18b_people_kept(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, unwanted", [
    ("The report, published in January, said tariffs had cost households, according to Yale economist Ernie "
     "Tedeschi.", "January"),
    ("Jane Roe, the governor of Bavaria, Markus Soeder, said so.", "Bavaria"),
    ("Tom Reyes, the largest lobster exporter to sell to China, said prices fell.", "Tom Reyes"),
    ("Chinese Traders in Lagos protested against the new levy on Monday.", "Chinese Traders"),
    ("The deal was initialled by VALDIS DOMBROVSKIS and TRAN THI MAI on Monday.", "VALDIS DOMBROVSKIS"),
])
def test_review18b_no_body(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, issue", [
    ("Ukraine earns gas transit fees from Gazprom under the old contract.", "shipping_ports"),
    ("Temu and Shein raised prices to cover higher shipping costs after the exemption ended.", "shipping_ports"),
])
def test_review18b_not_shipping(extractor, text, issue):
    assert issue not in {i.id for i in run(extractor, text).issues}


def test_review18b_a_currency_that_moves_is_a_currency_story(extractor):
    assert "currency" in {i.id for i in run(extractor, "China's currency weakened sharply on Monday.").issues}


def test_eighteenth_round_what_a_body_is_between_at_and_its_name_is_no_part_of_the_title(extractor):
    result = run(extractor, "\"The clock is running,\" said Dan Whitlow, a partner at Washington law firm Harlan & "
                            "Pierce.")
    assert ("Dan Whitlow", "partner", "Harlan & Pierce") in roles_of(result)


def test_eighteenth_round_a_body_opening_a_posts_area_after_for_is_no_body_of_the_post(extractor):
    result = run(extractor, "Jane Roe, Director for WTO and Multilateral Affairs, said so.")
    assert ("Jane Roe", "Director for WTO and Multilateral Affairs", None) in roles_of(result)


def test_eighteenth_round_a_ministrys_last_portfolio_after_a_word_before_its_body_word(extractor):
    result = run(extractor, "The Federal Ministry for Economic Affairs and Climate Action said on Monday that exports "
                            "fell.")
    assert "Federal Ministry for Economic Affairs and Climate Action" in org_names(result)


def test_eighteenth_round_a_units_area_and_the_arabic_bint(extractor):
    result = run(extractor, "Noura bint Khalid Al-Harbi, Director of Economic Studies at the Gulf Petrochemicals and "
                            "Chemicals Association, said so.")
    assert person_names(result) == {"Noura bint Khalid Al-Harbi"}
    assert ("Noura bint Khalid Al-Harbi", "Director of Economic Studies",
            "Gulf Petrochemicals and Chemicals Association") in roles_of(result)


def test_eighteenth_round_authors_in_brackets_then_their_firm(extractor):
    result = run(extractor, "Jonas Hartwig (Partner, Brussels) and Adaeze Obi (Counsel, Singapore), Halvern Grey LLP"
                            "\n\nThe ministry spoke on Monday.")
    assert {("Jonas Hartwig", "Partner", "Halvern Grey LLP"), ("Adaeze Obi", "Counsel", "Halvern Grey LLP")} \
        <= roles_of(result)


def test_eighteenth_round_a_posts_area_before_its_holders_name_is_no_body(extractor):
    result = run(extractor, "Officials met a delegation of Japan's Ministry of Economy, Trade and Industry (METI) led "
                            "by Deputy Director-General for Manufacturing Industries Kenta Mori in Jakarta.")
    assert "Manufacturing Industries" not in org_names(result)
    assert ("Kenta Mori", "Deputy Director-General for Manufacturing Industries",
            "Ministry of Economy, Trade and Industry") in roles_of(result)


def test_eighteenth_round_a_posts_area_after_a_colon_then_its_body(extractor):
    result = run(extractor, "The delegation comprised:\n• Ms Lindiwe Dube, Executive Manager: Market Access, Namibia "
                            "Agronomic Board;\n• Dr Sipho Nkosi, Director: Plant Health, Department of Agriculture; "
                            "and\n• two advisers.")
    assert ("Lindiwe Dube", "Executive Manager: Market Access", "Namibia Agronomic Board") in roles_of(result)
    assert ("Sipho Nkosi", "Director: Plant Health") in {(p, t) for p, t, _ in roles_of(result)}
    assert not any(name.startswith(("Market Access", "Plant Health")) for name in org_names(result))


def test_eighteenth_round_a_briefs_author_line_with_its_date_and_an_owned_formulation(extractor):
    result = run(extractor, "TRADE BRIEF | Trade Law Institute, Stellenbosch\nLindiwe Mokoena-Hart, Senior Researcher "
                            "| 27 August 2025\n\nGrowers face new rules. Van Wyk's own formulation – \"Every market we "
                            "lose in the north, we have to find again in the east\" – captures the strategy, said mnr. "
                            "Van Wyk.")
    assert "Lindiwe Mokoena-Hart" in person_names(result)
    assert ("Van Wyk", "Every market we lose in the north, we have to find again in the east") in \
        {(q.speaker, q.text) for q in result.quotes}


def test_eighteenth_round_a_ministers_portfolios_spell_the_department_the_story_names(extractor):
    result = run(extractor, "The Department of Trade, Industry and Tourism (DTIT) is in talks. Thandi Mokoena, Deputy "
                            "Minister of Trade, Industry and Tourism, spoke.")
    assert ("Thandi Mokoena", "Deputy Minister of Trade, Industry and Tourism",
            "Department of Trade, Industry and Tourism") in roles_of(result)


# ---- review18c: a third reviewer's sentences against the round's last rules -----------------------------------------
@pytest.mark.parametrize("text, body", [
    ("The message from the director: Mercosur must open up its market.", "Mercosur"),
    ("Tom Reyes, a consultant for Cargill and Food Lion, said so.", "Cargill"),
])
def test_review18c_bodies_kept(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_review18c_a_speakers_verb_beats_the_owner_of_what_the_quote_is_about(extractor):
    result = run(extractor, "Piet Botha, a farmer, said Steenhuisen's new promise \"means nothing to us at all\".")
    assert [q.speaker for q in result.quotes] == ["Piet Botha"]


def test_review18c_no_date_in_a_title_and_no_firm_as_a_person(extractor):
    result = run(extractor, "Peter Lund, Partner | 5 May 2024\n\nThe talks resumed.")
    assert {t for p, t, _ in roles_of(result) if p == "Peter Lund"} <= {"Partner"}
    result = run(extractor, "Jens Hartmann (Partner, Brussels), Halvorsen Greer\n\nThe talks resumed.")
    assert "Halvorsen Greer" not in person_names(result)


def test_review18c_a_ministers_portfolio_is_not_another_countrys_body(extractor):
    result = run(extractor, "South Africa's Minister of Finance Enoch Godongwana said the Department of Finance in "
                            "Manila had asked for talks.")
    assert ("Enoch Godongwana", "Minister of Finance", "Department of Finance") not in roles_of(result)


# ---- nineteenth round -------------------------------------------------------------------------------------------------
def test_nineteenth_round_a_firms_own_briefing_places_its_people_at_the_firm(extractor):
    # "our ... office" says the briefing is the firm's; the one firm with a legal form is where its partners work
    result = run(extractor, "CLIENT ALERT\n\nExporters face new licence rules, Acme Ltd said. \"Plan for delays,\" "
                            "said Dana Whitlock, a partner in our Geneva office.\n\nFor questions, please contact Dana "
                            "Whitlock or any member of the Corran Vale LLP Trade practice.")
    assert ("Dana Whitlock", "partner", "Corran Vale LLP") in roles_of(result)
    # a firm named on the first line heads its own alert: the partners it lists without a body are its own
    result = run(extractor, "CLIENT ALERT | Brennock Hale LLP | International Trade\n\nThe duties took effect on "
                            "Monday.\n\nFor further information, please contact Ines Varga (Partner, Brussels) or "
                            "Tom Pike (Counsel, Washington, D.C.).")
    assert ("Ines Varga", "Partner", "Brennock Hale LLP") in roles_of(result)
    assert ("Tom Pike", "Counsel", "Brennock Hale LLP") in roles_of(result)


def test_nineteenth_round_a_speakers_our_is_not_the_firms(extractor):
    result = run(extractor, "Rates rose, Vantor Shipping LLC said. \"Our team is ready for the rules,\" said Lena Brook, "
                            "a partner.")
    assert ("Lena Brook", "partner", "Vantor Shipping LLC") not in roles_of(result)


def test_nineteenth_round_a_firms_name_ends_at_its_short_legal_form(extractor):
    result = run(extractor, "For questions, please contact any member of the Harlow Pierce LLP International Trade & "
                            "Customs practice.")
    assert "Harlow Pierce LLP" in org_names(result)


@pytest.mark.parametrize("text, person, body", [
    ("Luiza Kawamoto, an analyst at StoneX, said demand was priced in.", "Luiza Kawamoto", "StoneX"),
    ("Tom Hale, a senior adviser at Goldman Sachs, met the minister.", "Tom Hale", "Goldman Sachs"),
    ("Jana Roe, director of the company Acme Holdings, said so.", "Jana Roe", "Acme Holdings"),
    ("The memorandum was signed by Stanojević Nikola, director of the company Balkan Rare Elements d.o.o. (BRE).",
     "Stanojević Nikola", "Balkan Rare Elements d.o.o."),
    ("At the meeting, Søren Lund met director Pieter Vandamme from the European Commission's Directorate-General for "
     "Competition (DG COMP).", "Pieter Vandamme", "Directorate-General for Competition"),
    ("Abdalla Bakari, Principal Secretary, State Department for Blue Economy and Fisheries, attended.", "Abdalla Bakari",
     "State Department for Blue Economy and Fisheries"),
    ("The Confederation of Danish Industry calls an investigation a necessary step but warns against a trade war, says "
     "industry director Mette Thygesen.", "Mette Thygesen", "Confederation of Danish Industry"),
])
def test_nineteenth_round_bodies_of_posts(extractor, text, person, body):
    assert (person, body) in {(p, b) for p, _, b in roles_of(run(extractor, text))}


def test_nineteenth_round_a_body_that_does_not_speak_gives_no_post(extractor):
    result = run(extractor, "The WTO ruled against the duties on Monday, said analyst Jane Roe.")
    assert ("Jane Roe", "analyst", "WTO") not in roles_of(result)


@pytest.mark.parametrize("text, person, body, unit", [
    ("\"It does not,\" said Pascal Vandermeulen, a former director of the Rules Division at the WTO Secretariat.",
     "Pascal Vandermeulen", "WTO Secretariat", "Rules Division"),
    ("Yuki Sato is a senior fellow in the Economic Security Program at the Lindenhof Institute.", "Yuki Sato",
     "Lindenhof Institute", "Economic Security Program"),
])
def test_nineteenth_round_a_small_unit_is_part_of_the_post(extractor, text, person, body, unit):
    result = run(extractor, text)
    assert (person, body) in {(p, b) for p, _, b in roles_of(result)}
    assert unit not in org_names(result)


@pytest.mark.parametrize("text, body", [
    ("Jana Roe, a former head of unit at the European Commission's Directorate-General for Communications Networks, "
     "Content and Technology (DG CONNECT), notes that nothing changed.",
     "Directorate-General for Communications Networks, Content and Technology"),
    ("The Ministry of Agriculture, Fisheries, Food Security and Nature (LVVN), under which the inspectors fall, "
     "declined to comment.", "Ministry of Agriculture, Fisheries, Food Security and Nature"),
    ("\"It hurts,\" said Antoine Rivaud, president of the Federation of French Wine and Spirits Exporters (FEVS).",
     "Federation of French Wine and Spirits Exporters"),
    ("Amman, 13 April (Petra) -- The minister affirmed on Sunday that the talks went well.", "Petra"),
    ("Ulaanbaatar /MONTSAME/. The minister held an online meeting on the 19th of this month.", "MONTSAME"),
])
def test_nineteenth_round_names_listed_up_to_their_short_form_and_agencies_of_datelines(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_nineteenth_round_another_body_before_a_short_form_is_not_joined(extractor):
    assert {"Ministry of Finance", "Central Bank"} <= org_names(
        run(extractor, "Talks between the Ministry of Finance and the Central Bank (BCRA) continued."))


@pytest.mark.parametrize("text, person, title", [
    ("The Minister of Industry, Trade and Supply, Dr. Yousef Al-Shawabkeh, affirmed on Sunday that the talks went "
     "well.", "Yousef Al-Shawabkeh", "Minister of Industry, Trade and Supply"),
    ("The Philippine delegation included Assistant Secretary for Regulations Ma. Teresa C. Buenaventura and officials.",
     "Ma. Teresa C. Buenaventura", "Assistant Secretary for Regulations"),
    ("WASHINGTON (STT) Minister for Foreign Trade and Development (ulkomaankauppa- ja kehitysministeri) Aino-Kaisa "
     "Lehtimäki (kok.) demanded on Tuesday that the United States exempt Finnish timber.", "Aino-Kaisa Lehtimäki",
     "Minister for Foreign Trade and Development"),
    ("Ulaanbaatar /MONTSAME/. Minister of Mining and Heavy Industry Ts.Ganbold held an online meeting on the 19th.",
     "Ts.Ganbold", "Minister of Mining and Heavy Industry"),
    ("Chief Executive Officer of Erdenes Tavan Tolgoi JSC P.Bat-Erdene, who attended the meeting, informed that output "
     "rose.", "P.Bat-Erdene", "Chief Executive Officer"),
])
def test_nineteenth_round_names_and_titles_of_translated_press(extractor, text, person, title):
    result = run(extractor, text)
    assert (person, title) in {(p, t) for p, t, _ in roles_of(result)}


def test_nineteenth_round_a_romanized_initial_opens_a_name_anywhere(extractor):
    result = run(extractor, "The round will take place with the participation of Ye. Tokhtarov. \"We are ready to seek "
                            "solutions together,\" Ye. Tokhtarov noted.")
    assert person_names(result) == {"Ye. Tokhtarov"}
    assert [q.speaker for q in result.quotes] == ["Ye. Tokhtarov"]
    # (a country's short form and a sentence after it are no initial and name)
    assert "Then" not in " ".join(person_names(run(extractor, "Sales rose in the U.S. Then prices fell.")))


@pytest.mark.parametrize("text, bodies", [
    ("The largest houses, Hennessy, Martell and Rémy Martin, had offered a price undertaking.",
     {"Hennessy", "Martell", "Rémy Martin"}),
    ("Ireland, where U.S. drugmakers including Pfizer and Eli Lilly run large plants, exports medicines.",
     {"Pfizer", "Eli Lilly"}),
    ("JinkoSolar and Trina Solar have also signalled interest in an undertaking.", {"Trina Solar"}),
])
def test_nineteenth_round_companies_listed_together(extractor, text, bodies):
    result = run(extractor, text)
    assert bodies <= org_names(result)
    assert not bodies & person_names(result)


@pytest.mark.parametrize("text, people", [
    ("Its rivals, Jane Smith and Tom Hale, said so.", {"Jane Smith", "Tom Hale"}),
    ("By Stavros Melidonis, Senior Fellow, Shipping and Trade Programme\n\nTransits fell.", {"Stavros Melidonis"}),
])
def test_nineteenth_round_people_listed_together_stay_people(extractor, text, people):
    assert people <= person_names(run(extractor, text))


@pytest.mark.parametrize("text, people", [
    ("China buys coal. Coal tells the mirror story. Imports fell.", set()),
    ("Grower Jeroen Wassenaar (52), who grows chrysanthemums in De Kwakel, fears that the damage will spread.",
     {"Jeroen Wassenaar"}),
    ("He met Customs Major General Ahmad Al-Qudah. Major General Al-Qudah explained the plan.", {"Ahmad Al-Qudah"}),
    ("She announced a joint operation in the customs offices of Manzanillo and Veracruz.", set()),
])
def test_nineteenth_round_words_and_ranks_before_names(extractor, text, people):
    assert person_names(run(extractor, text)) == people


@pytest.mark.parametrize("text, person, body", [
    ("The Kazakh delegation was headed by Vice Minister of Trade and Integration of the Republic of Kazakhstan Mr. "
     "Arman Zhumabekov.", "Arman Zhumabekov", "Ministry of Trade and Integration of Kazakhstan"),
    ("- H.E. Mr. Andrés Felipe Zuluaga Mejía, Ambassador of the Republic of Colombia to the Kingdom of the Netherlands;",
     "Andrés Felipe Zuluaga Mejía", "Embassy of Colombia in the Netherlands"),
])
def test_nineteenth_round_countries_by_their_formal_names(extractor, text, person, body):
    assert (person, body) in {(p, b) for p, _, b in roles_of(run(extractor, text))}


@pytest.mark.parametrize("text, speaker", [
    ("The Minister of Trade, Ana Ruiz, spoke on Monday. \"We will not accept an inspection that becomes a barrier. Our "
     "flowers comply with the highest standards,\" declared the minister during a visit to a farm.", "Ana Ruiz"),
    ("The general manager of the Colombian Agricultural Institute (ICA), Camilo Betancur Henao, affirmed that controls "
     "rose. \"From the ICA we have multiplied the visits to the farms, and the rate fell,\" said the functionary.",
     "Camilo Betancur Henao"),
])
def test_nineteenth_round_a_speaker_after_the_verb_and_translated_posts(extractor, text, speaker):
    result = run(extractor, text)
    assert [q.speaker for q in result.quotes] == [speaker]
    assert not any(t in ("functionary", "subsecretaria", "Undersecretary") for _, t, _ in roles_of(result))


def test_nineteenth_round_the_government_called_the_executive_is_no_post(extractor):
    result = run(extractor, "The Undersecretary of International Economic Relations, María Oyarzún, affirmed that the "
                            "Executive will not grant the price. The Executive estimates the cost at $850 million. Juan "
                            "Pablo Soto, general manager of Litio Andino, the firm that holds a contract, agreed. "
                            "\"What investors need is that the rules be clear,\" the executive indicated.")
    assert [q.speaker for q in result.quotes] == ["Juan Pablo Soto"]
    assert not any(p == "María Oyarzún" and t.lower() == "executive" for p, t, _ in roles_of(result))


def test_nineteenth_round_a_namesake_set_off_by_dashes_is_another_person(extractor):
    result = run(extractor, "Trade minister María Fernanda Castaño said the rules were unfair. Ricardo Castaño - no "
                            "relation to the minister - grows roses near Rionegro. \"We pass every inspection and still "
                            "wait,\" Castaño said.")
    assert person_names(result) == {"María Fernanda Castaño", "Ricardo Castaño"}
    assert [q.speaker for q in result.quotes] == ["Ricardo Castaño"]


@pytest.mark.parametrize("text, body", [
    ("Italy's wine lobby, Unione Italiana Vini (UIV), urged Brussels to keep wine off any retaliation list.",
     "Unione Italiana Vini"),
])
def test_nineteenth_round_a_name_spelled_by_its_short_form_or_set_off_after_a_cue(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_nineteenth_round_a_romanized_initial_joins_the_full_name(extractor):
    result = run(extractor, "The delegation met TOKHTAROV Yerlan Serikovich, Vice Minister. Yerlan Tokhtarov said so. "
                            "The next round will take place with the participation of Ye. Tokhtarov.")
    assert person_names(result) == {"TOKHTAROV Yerlan Serikovich"}


def test_nineteenth_round_a_particle_inside_a_speakers_name(extractor):
    result = run(extractor, "\"A minimum import price would be a duty in name only,\" said ESMC secretary-general "
                            "Annelies de Vries. De Vries and other ESMC representatives met officials on Tuesday.")
    assert person_names(result) == {"Annelies de Vries"}
    assert [q.speaker for q in result.quotes] == ["Annelies de Vries"]


def test_nineteenth_round_a_body_before_its_short_form_and_whose_members(extractor):
    result = run(extractor, "SolarPower Europe (SPE), whose members include installers and project developers, says "
                            "the cost is already landing on buyers.")
    assert org_names(result) == {"SolarPower Europe"} and not person_names(result)


# ---- review19: a reviewer's sentences against the round's rules ----------------------------------------------------
@pytest.mark.parametrize("text, person", [
    ("The companies, Ruiz said, will have to pay the duties from January.", "Ruiz"),
    ("The airlines, Transport Minister Ana Ruiz said, would be compensated for the losses.", "Ana Ruiz"),
    ("The banks, Peter Lind told Reuters, had stopped financing Russian trade.", "Peter Lind"),
    ("The firms, Peter Lind, the ministry's spokesman, said, had been fined.", "Peter Lind"),
    ("OFAC designated Ivan Petrov, Oleg Smirnov and Petrov Holdings for evading the oil price cap.", "Oleg Smirnov"),
    ("Jensen Huang, Lisa Su and Intel Corp executives met Commerce Secretary Howard Lutnick.", "Lisa Su"),
    ("By Ana Ruiz /AFP/\nChile and India signed a trade pact on Monday.", "Ana Ruiz"),
])
def test_review19_people_stay_people(extractor, text, person):
    result = run(extractor, text)
    assert person in person_names(result)
    assert person not in org_names(result)


@pytest.mark.parametrize("text, unwanted", [
    ("The groups, Monday's filing showed, had lobbied against the tariffs.", "Monday"),
    ("Trade War /Opinion/\nThe duties took effect on Monday.", "Opinion"),
    ("Steel Imports /Analysis/\nThe duties took effect on Monday.", "Analysis"),
])
def test_review19_no_body_from_a_clause_or_a_section_label(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, person, body", [
    ("Volkswagen says the levies will cost it billions, says analyst Peter Lind.", "Peter Lind", "Volkswagen"),
    ("The WTO says trade will shrink this year, says professor Ana Ruiz.", "Ana Ruiz", "WTO"),
    ("Acme Steel Ltd hit with EU safeguard duties\n\"The quota is too small,\" said Peter Lind, an associate at a "
     "Brussels law firm.", "Peter Lind", "Acme Steel Ltd"),
    ("Vantage Metals Ltd wins WTO case\nTom Berg, a partner who represented the Indonesian government, said the "
     "ruling was clear.", "Tom Berg", "Vantage Metals Ltd"),
    ("Jane Doe, a partner in our Washington office, and Mark Roe, counsel in our Brussels team, advised Vantage "
     "Metals Ltd on the case.", "Jane Doe", "Vantage Metals Ltd"),
    ("Alicia Gomez, head of our Brussels office, met officials from Vantage Metals Ltd to discuss the tariffs.",
     "Alicia Gomez", "Vantage Metals Ltd"),
])
def test_review19_an_outsider_or_a_client_is_no_post_at_the_body(extractor, text, person, body):
    assert (person, body) not in {(p, b) for p, _, b in roles_of(run(extractor, text))}


@pytest.mark.parametrize("text, unwanted", [
    ("The delegation was led by Vice Minister Wang Yu. Trade talks will resume in May.", "Wang Yu."),
    ("The chief negotiator was Kim Ya. Seoul and Tokyo will meet again in June.", "Kim Ya. Seoul"),
    ("The statement was read by spokesman Lin Ye. Beijing has denied dumping claims.", "Lin Ye. Beijing"),
    ("S.Africa's citrus exporters brace for higher U.S. tariffs.", "S.Africa"),
    ("N.Macedonia seeks EU help as steel tariffs bite.", "N.Macedonia"),
])
def test_review19_a_sentences_end_or_a_place_is_no_initial(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


@pytest.mark.parametrize("text, unit", [
    ("The Justice Department's Antitrust Division sued Visa on Tuesday.", "Antitrust Division"),
    ("The Commerce Department's Bureau of Industry and Security and the Justice Department's National Security "
     "Division charged three traders.", "National Security Division"),
])
def test_review19_a_unit_that_acts_is_a_body(extractor, text, unit):
    assert unit in org_names(run(extractor, text))


def test_review19_the_unit_that_acts_keeps_its_people(extractor):
    result = run(extractor, "The Economist Intelligence Unit at The Economist Group forecasts slower growth. Its "
                            "director Peter Lind said so on Monday.")
    assert ("Peter Lind", "director", "Economist Intelligence Unit") in roles_of(result)


@pytest.mark.parametrize("text", [
    "Chile's Subsecretaria de Relaciones Economicas Internacionales (Subrei) said exports to China rose 8 percent.",
    "Subsecretario de Comercio Exterior Luis Rosendo Gutiérrez said Mexico would not retaliate.",
])
def test_review19_a_spanish_bodys_name_is_no_title(extractor, text):
    assert not any(name.startswith("de ") for name in person_names(run(extractor, text)))


@pytest.mark.parametrize("text", [
    "Vice Minister Ana Ruiz received Peter Lind, chairman of Vantage Metals. \"We welcome the investment,\" said the "
    "functionary.",
    "Ana Ruiz, Minister of Trade, received Peter Lind, CEO of Vantage Metals. \"The investment is welcome,\" said the "
    "official.",
])
def test_review19_the_official_is_the_one_with_a_government_post(extractor, text):
    assert [q.speaker for q in run(extractor, text).quotes] == ["Ana Ruiz"]


@pytest.mark.parametrize("text, person, body", [
    # (round 35: the body the phrase names, as ten annotators of unseen stories give it, not the directorate the
    # title's words spell)
    ("The minister met the Deputy Director-General for Trade of the European Commission, Ms. Katarzyna Wrona, on "
     "Monday.", "Katarzyna Wrona", "European Commission"),
    ("The minister met Ms. Katarzyna Wrona, deputy director-general of the Commission's Directorate-General for Trade, "
     "on Monday.", "Katarzyna Wrona", "Directorate-General for Trade"),
    ("Colombia's trade minister, María Castaño, met her Dutch counterpart. The Ministry of Commerce, Industry and "
     "Tourism said so.", "María Castaño", "Ministry of Commerce, Industry and Tourism"),
    ("Mongolia's mining minister Tserendorj Ganbold spoke. The Ministry of Mining and Heavy Industry said output rose.",
     "Tserendorj Ganbold", "Ministry of Mining and Heavy Industry"),
    ("The Dutch minister for foreign trade, Hendrik-Jan Bosma, met her in The Hague.", "Hendrik-Jan Bosma",
     "Ministry of Foreign Affairs of the Netherlands"),
    ("Finland's trade minister Aino Lehtimaki met him in Ottawa.", "Aino Lehtimaki",
     "Ministry for Foreign Affairs of Finland"),
    ("Irish Enterprise Minister Declan Furlong travelled to Washington.", "Declan Furlong",
     "Department of Enterprise, Tourism and Employment"),
])
def test_nineteenth_round_the_body_a_post_is_at(extractor, text, person, body):
    assert (person, body) in {(p, b) for p, _, b in roles_of(run(extractor, text))}


def test_nineteenth_round_a_generic_departments_country_after_it(extractor):
    # the list entry's later bodies, and a release's heading line over its country, say whose department it is
    result = run(extractor, "PRESS RELEASE\nDepartment of Agriculture\nRepublic of the Philippines\n08 October 2025\n\n"
                            "The Indian delegation was headed by Shri Anil Mehra, Secretary, Department of Commerce, "
                            "Ministry of Commerce and Industry, Government of India.")
    assert not {"U.S. Department of Agriculture", "U.S. Department of Commerce"} & org_names(result)
    assert ("Anil Mehra", "Secretary", "Department of Commerce") in roles_of(result)


# ---- review19b: a second reviewer's sentences against the narrowed rules ---------------------------------------------
@pytest.mark.parametrize("text, bodies", [
    ("Finnish forest companies UPM-Kymmene, Stora Enso and Metsä Group said they would cut production.",
     {"UPM-Kymmene", "Stora Enso", "Metsä Group"}),
    ("The companies, Vantage Metals and Orion Alloys, said they would appeal the ruling.",
     {"Vantage Metals", "Orion Alloys"}),
    ("Beijing /Xinhua/. Vice Minister of Commerce Wang Shouwen met a U.S. business delegation on Tuesday.",
     {"Xinhua News Agency"}),
    ("Peter Lind, chairman of Vantage Metals at the Swedish Steel Producers Association, said duties were needed.",
     {"Vantage Metals"}),
])
def test_review19b_bodies_kept(extractor, text, bodies):
    result = run(extractor, text)
    assert bodies <= org_names(result) and not bodies & person_names(result)


@pytest.mark.parametrize("text, people", [
    ("According to D.Sarantuya, coal exports via Gashuunsukhait rose 20 percent.", {"D.Sarantuya"}),
    ("The agreement was signed by B.Javkhlan and T.Bold.", {"B.Javkhlan", "T.Bold"}),
    ("Vice Minister of Trade Ye. Tokhtarov met the Chinese delegation.", {"Ye. Tokhtarov"}),
    ("Ambassador of Kazakhstan Ye. Tokhtarov met the Mongolian delegation.", {"Ye. Tokhtarov"}),
    ("Ahmed Al - Sayed, head of the Egyptian Exporters Association, said exports rose.", {"Ahmed Al - Sayed"}),
    ("\"A minimum import price would be a duty in name only,\" said ESMC secretary-general Annelies de Vries.",
     {"Annelies de Vries"}),
])
def test_review19b_people_found_whole(extractor, text, people):
    assert people <= person_names(run(extractor, text))


@pytest.mark.parametrize("text, speaker", [
    ("Minister Ana Ruiz met Sabine Weyand, Director-General for Trade at the European Commission. \"We are close to a "
     "deal,\" said the EU official.", "Sabine Weyand"),
    ("Trade Minister Carlos Vega met Peter Lind, director-general of the Swedish National Board of Trade. \"Sweden "
     "backs the agreement,\" said the official.", "Peter Lind"),
])
def test_review19b_the_official_named_last_keeps_the_quote(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


@pytest.mark.parametrize("text, person, body", [
    ("The German Chemical Industry Association warns of job losses, says chief economist Henrik Meyer.", "Henrik Meyer",
     "German Chemical Industry Association"),
    # (the title spells the listed Irish department word for word, since round 32: that department, not a U.S. one)
    ("Minister for Enterprise, Tourism and Employment Peter Burke met U.S. officials in Washington.", "Peter Burke",
     "Department of Enterprise, Tourism and Employment"),
    ("Colombia's trade minister, María Castaño, met her Dutch counterpart. The Ministry of Commerce, Industry and "
     "Tourism said so.", "María Castaño", "Ministry of Commerce, Industry and Tourism"),
])
def test_review19b_bodies_of_posts(extractor, text, person, body):
    assert (person, body) in {(p, b) for p, _, b in roles_of(run(extractor, text))}


@pytest.mark.parametrize("text, person, unwanted", [
    ("BMW says the tariff will cut profits, says economist Ana Ruiz.", "Ana Ruiz", "BMW"),
    ("The Trade Remedies Unit was created in 2020. Ana Ruiz, head of the Trade Remedies Unit at the Ministry of "
     "Commerce, said investigations had doubled.", "Ana Ruiz", "Trade Remedies Unit"),
    ("LAGOS (Reuters) - Nigerian customs seized steel coils imported by Vantage Metals Ltd, the agency said on "
     "Monday.\nThe seizure was unlawful, said Tunde Bello, a partner who represents several importers.\nVantage "
     "Metals Ltd declined to comment.", "Tunde Bello", "Vantage Metals Ltd"),
    ("LAGOS (Reuters) - Police searched Vantage Metals Ltd offices in Lagos on Monday.\n\"The search was unlawful,\" "
     "said Tunde Bello, a partner who represents several importers.", "Tunde Bello", "Vantage Metals Ltd"),
    ("Kenya's trade minister Lee Kinyanjui met Ugandan officials at the Ministry of Trade, Industry and Cooperatives in "
     "Kampala.", "Lee Kinyanjui", "Ministry of Trade, Industry and Cooperatives"),
    ("Egypt's trade minister Hassan El-Khatib said the Ministry of Supply and Internal Trade would ensure bread "
     "supplies.", "Hassan El-Khatib", "Ministry of Supply and Internal Trade"),
])
def test_review19b_no_post_at_the_wrong_body(extractor, text, person, unwanted):
    assert (person, unwanted) not in {(p, b) for p, _, b in roles_of(run(extractor, text))}


def test_review19b_a_firm_that_speaks_as_our_office(extractor):
    result = run(extractor, "Vantage Metals wins EU appeal\nAuthors\nLaura Chen, Partner\nMarc Dubois, Counsel\nThe "
                            "General Court annulled the duties on Tuesday. Harwell & Doone LLP has advised importers on "
                            "the case, and our Brussels office will host a webinar next week.")
    assert ("Laura Chen", "Partner", "Harwell & Doone LLP") in roles_of(result)


# ---- after the held-out scoring: batch 62's misfires, looked at once the round's figures were taken ------------------
def test_nineteenth_round_a_degree_after_a_name_is_no_glued_initial(extractor):
    result = run(extractor, "The Chair was received by the Secretary-General of KKP, Dr. Ir. Rina Kusumawardani, M.Sc., "
                            "accompanied by the Director General of Capture Fisheries, Ir. Hendra Nasution, M.Si.")
    assert not {"M.Sc", "M.Si"} & person_names(result)


def test_nineteenth_round_a_nickname_inside_a_name_opened_by_a_given_names_abbreviation(extractor):
    result = run(extractor, "The Philippine side was led by Undersecretary for Policy, Planning and Regulations Ma. "
                            "Teresa \"Tess\" Dizon, with Administrator Ramon T. Villaflor.")
    assert 'Ma. Teresa "Tess" Dizon' in person_names(result)
    assert "Planning and Regulations" not in org_names(result)


# ---- twentieth round ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("\"The port is open and it is cheaper than it has been for years,\" Adm. Rashid Okoro said, according to a "
     "transcript released by the authority. \"We ask the lines to test it, not to trust us blindly.\"", "Rashid Okoro"),
    ("\"Our mills need dollars on time,\" said Dr. Leila Haddad, speaking to reporters after the meeting in the "
     "capital. \"Promises do not pay for a single cargo of wheat.\"", "Leila Haddad"),
])
def test_twentieth_round_a_quote_after_an_honorifics_dot_continues_the_speakers(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker, speaker]


def test_twentieth_round_a_quote_after_a_further_sentence_is_not_continued(extractor):
    result = run(extractor, "\"The port is open,\" Adm. Rashid Okoro said on Monday. Transits have halved since the "
                            "attacks on merchant ships began, according to the authority's own figures. \"Lines should "
                            "come back now, before the summer season,\" a shipping agent said.")
    assert [q.speaker for q in result.quotes] == ["Rashid Okoro"]


@pytest.mark.parametrize("text, person", [
    ("The session was chaired by Nadia Farouk-Kamel, a former AmCham president who now heads the committee.",
     "Nadia Farouk-Kamel"),
    ("Rafael Quintero-Alves, a former Petrobras engineer, said the rules were unclear.", "Rafael Quintero-Alves"),
    ("Federal deputy Marília Gonçalves Tenório (PSD-AL), who chairs the farm committee, was more critical.",
     "Marília Gonçalves Tenório"),
    ("Deputy Rogério Fontes Amaral (PT-SP), the bill's rapporteur, said the vote would come in May.",
     "Rogério Fontes Amaral"),
])
def test_twentieth_round_names_before_an_appositive_or_a_party_tag(extractor, text, person):
    assert person in person_names(run(extractor, text))


def test_twentieth_round_an_agreements_short_form_in_brackets_is_no_party_tag(extractor):
    result = run(extractor, "Talks on the Indonesia-European Union Comprehensive Economic Partnership Agreement "
                            "(IEU-CEPA) enter their final stage.")
    assert not person_names(result)


@pytest.mark.parametrize("text, person, body", [
    ("Selin Arslan, a metals analyst at Izmir brokerage Ege Yatirim, expects the mills to suffer.", "Selin Arslan",
     "Ege Yatirim"),
    ("Rina Wulandari, an analyst at brokerage Nusa Sekuritas, expects prices to rise.", "Rina Wulandari",
     "Nusa Sekuritas"),
    ("Tom Reedy, an economist at Dutch bank ING, said the duties would bite.", "Tom Reedy", "ING"),
])
def test_twentieth_round_where_a_workplace_is_and_what_it_is_come_before_its_name(extractor, text, person, body):
    result = run(extractor, text)
    assert (person, body) in {(p, b) for p, _, b in roles_of(result)}
    assert org_names(result) == {body}


@pytest.mark.parametrize("text, person, title, body", [
    ("BRASÍLIA — The secretary of Foreign Trade of the Ministry of Development, Industry, Commerce and Services "
     "(MDIC), Luana Cristina Ferraz Cavalcanti, met exporters on Friday.", "Luana Cristina Ferraz Cavalcanti",
     "secretary of Foreign Trade", "Ministry of Development, Industry, Commerce and Services"),
    ("Freya Lindqvist Holm, head of network planning at A.P. Moller-Maersk, said the line would return to the "
     "canal.", "Freya Lindqvist Holm", "head of network planning", "A.P. Moller-Maersk"),
])
def test_twentieth_round_posts_of_translated_press_and_shipping(extractor, text, person, title, body):
    result = run(extractor, text)
    assert (person, title, body) in roles_of(result)
    assert person in person_names(result)


def test_twentieth_round_two_given_names_after_a_comma(extractor):
    result = run(extractor, "The talks, chaired by Maria Clara Souza Lima, ended without a deal on beef quotas.")
    assert person_names(result) == {"Maria Clara Souza Lima"}


def test_twentieth_round_a_firms_name_without_its_legal_form_is_no_person(extractor):
    result = run(extractor, "Client Alert | Trade / Harwood Kroon LLP | 3 March 2026\n\nThe Commission proposed new "
                            "steel quotas on Tuesday. Harwood Kroon's trade team in Brussels advises importers.")
    assert "Kroon" not in person_names(result) and "Harwood Kroon" not in person_names(result)
    assert "Harwood Kroon LLP" in org_names(result)


def test_twentieth_round_a_person_named_like_a_firm_stays_a_person(extractor):
    result = run(extractor, "Ana Brennan, a partner at Brennan Voss LLP, said the quotas were unlawful.")
    assert "Ana Brennan" in person_names(result)


def test_twentieth_round_a_numbered_points_heading_is_no_person(extractor):
    result = run(extractor, "The proposal has three parts.\n\n2. Melt and pour. Origin would follow the melting.\n\n"
                            "3. Mendez said the rule was clear.")
    assert person_names(result) == {"Mendez"}


def test_twentieth_round_a_hyphenated_given_name_the_model_read_as_a_place(extractor):
    result = run(extractor, "He added that Dewi Sartika had conveyed the position to the EU delegation led by "
                            "Pieter-Jan van der Berg in Jakarta earlier this week.")
    assert person_names(result) == {"Dewi Sartika", "Pieter-Jan van der Berg"}


@pytest.mark.parametrize("text, body", [
    ("Ana Kowal serves as rapporteur in Parliament's Committee on International Trade (INTA).",
     "Committee on International Trade"),
    ("The Commission's Directorate-General for Trade opened the inquiry.", "Directorate-General for Trade"),
])
def test_twentieth_round_a_part_after_its_owners_possessive(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_twentieth_round_a_quote_after_a_participle_is_the_main_verbs_subjects(extractor):
    result = run(extractor, "During the meeting, Rashid Okoro reviewed the discounts approved for container ships, "
                            "affirming that \"the situation in the Red Sea has clearly improved and the canal is "
                            "ready for the largest ships.\"")
    assert [q.speaker for q in result.quotes] == ["Rashid Okoro"]


def test_twentieth_round_a_dotted_rank_before_a_name(extractor):
    result = run(extractor, "The memorandum was signed in Cairo on Monday by Brig. Gen. Samir Fawzi Lotfy, head of the "
                            "grain agency, and Oleg Demin, the deputy farm minister.")
    assert person_names(result) == {"Samir Fawzi Lotfy", "Oleg Demin"}


def test_twentieth_round_a_bodys_name_runs_on_to_its_bracketed_short_form(extractor):
    result = run(extractor, "The canal authority met the General Authority for the Red Sea Logistics Zone (RSLZone), "
                            "whose chairman, Dr. Amr Fathy Kamel, received the delegation.")
    assert "General Authority for the Red Sea Logistics Zone" in org_names(result)
    assert ("Amr Fathy Kamel", "chairman", "General Authority for the Red Sea Logistics Zone") in roles_of(result)


def test_twentieth_round_a_place_the_model_read_as_a_body(extractor):
    result = run(extractor, "The minister met the delegation at the Ministry of Supply in the New Administrative "
                            "Capital on Monday.")
    assert org_names(result) == {"Ministry of Supply"}


# ---- twentieth round: misfires a review of the round's change found, with the reviewer's sentences ----------------
@pytest.mark.parametrize("text, person", [
    ("\"Clearance times have doubled,\" said customs broker Ana Ruiz, who runs a firm in Laredo.", "Ana Ruiz"),
    ("Asset manager Claire Dubois said investors were fleeing emerging markets.", "Claire Dubois"),
    ("Lt. Col. Hassan Raza said the border was closed.", "Hassan Raza"),
    ("Brig. Gen. Sami Haddad said the port was secure. Haddad added that patrols would continue.", "Sami Haddad"),
    ("Mario Rossi, the founder of Mario Rossi SpA, said exports had fallen.", "Mario Rossi"),
    ("\"We are moving to Vietnam,\" Steve Marden, the company's founder, said. Steve Marden Ltd has 40 stores.",
     "Steve Marden"),
    ("Head of Internal Audit Jane Moss resigned on Friday.", "Jane Moss"),
])
def test_review20_people_stay_people(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Trade Minister Hana Kovac thanked her Japanese counterpart Kenji Arakawa for confirming that \"the border "
    "will reopen on Monday.\"",
    "Senator Ray Holt attacked Commerce Secretary Lin Parkes for insisting that \"the tariffs will pay for "
    "themselves.\"",
    "Minister Lina Cruz welcomed the vote, with analysts noting that \"the margin was narrow and fragile.\"",
])
def test_review20_a_participle_not_set_off_after_the_main_clause_gives_no_quote_to_its_subject(extractor, text):
    speakers = {q.speaker for q in run(extractor, text).quotes}
    assert not speakers & {"Hana Kovac", "Ray Holt", "Lina Cruz"}


def test_review20_a_label_letter_ends_a_sentence(extractor):
    result = run(extractor, "\"We will not retreat,\" Minister Ivo Marin said, referring to the list in Annex I. "
                            "Exporters, who had lobbied for months against the list, were furious. \"This is a "
                            "disaster for the whole sector.\"")
    assert [q.speaker for q in result.quotes] == ["Ivo Marin"]


@pytest.mark.parametrize("text, unwanted", [
    ("Maersk Tankers, a separate company, said it would keep its fleet in the Gulf.", "A.P. Moller-Maersk"),
    ("Anadolu Efes, the Turkish brewer, said exports to Iraq had doubled.", "Anadolu Agency"),
])
def test_review20_a_known_bodys_first_word_starts_other_names(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, company", [
    ("Cleveland Cliffs (CLF-US), which makes steel in Ohio, rose 5 percent.", "Cleveland Cliffs"),
    ("Shares of Nucor Steel (NUE-US), which benefits from tariffs, rose.", "Nucor Steel"),
])
def test_review20_a_ticker_in_brackets_is_no_party_tag(extractor, text, company):
    assert company not in person_names(run(extractor, text))


def test_review20_a_workplace_before_what_it_is(extractor):
    result = run(extractor, "\"Exports will slow,\" said Hakan Erdem, an economist at Gedik Yatirim brokerage.")
    assert ("Hakan Erdem", "economist", "Gedik Yatirim") in roles_of(result)


def test_review20_numbered_speakers_stay_people(extractor):
    result = run(extractor, "Panel:\n1. Tanaka: Japan will respond.\n2. Kim: Korea will wait.\n3. Lee and Park will "
                            "join later.")
    assert {"Kim", "Lee"} <= person_names(result)


# ---- twentieth round, second review: the narrowed rules, with the reviewer's sentences ------------------------------
@pytest.mark.parametrize("text, person", [
    ("The investment bank Raul Mena runs advised the government on the sale.", "Raul Mena"),
    ("\"We are hiring,\" said Lina Cruz, who runs the brokerage Tom Hale set up in 2010.", "Tom Hale"),
    ("Activist Ana Clara Rocha Lima organized the protest.", "Ana Clara Rocha Lima"),
    ("Businessman Luiz Fernando Almeida Prado said he would move production to Paraguay.",
     "Luiz Fernando Almeida Prado"),
    ("Key takeaways:\n1. Chen and the trade office will review the case.\n2. Duties apply from June.", "Chen"),
])
def test_review20b_people_stay_people(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, company", [
    ("Rio Tinto (RIO-GB), which owns the mine, declined to comment.", "Rio Tinto"),
    ("Cleveland-Cliffs (CLF-US), which makes steel in Ohio, rose 5 percent.", "Cleveland-Cliffs"),
])
def test_review20b_a_ticker_is_no_party_tag(extractor, text, company):
    assert company not in person_names(run(extractor, text))


def test_review20b_who_made_a_body_is_not_the_body(extractor):
    result = run(extractor, "\"Demand is slowing,\" said Ana Ruiz, an analyst at the brokerage Ana Lopez founded in "
                            "1998.")
    assert "Ana Lopez" not in org_names(result)


@pytest.mark.parametrize("text", [
    "Lina Cruz presented the plan to Raul Mena, who rejected it, insisting that \"the timeline is unrealistic.\"",
    "After meeting Raul Mena, Lina Cruz left the building, emphasising that \"nothing has been agreed yet.\"",
    "Exporters welcomed the deal reached by Lina Cruz and Raul Mena, insisting that \"the details still matter.\"",
])
def test_review20b_a_participle_after_another_persons_clause_gives_no_quote(extractor, text):
    assert not run(extractor, text).quotes


@pytest.mark.parametrize("text", ["Investors in the Ares Capital fund lost money on the deal.",
                                  "He is a partner in the Hartwell Capital, a London fund."])
def test_review20b_a_firm_named_capital_stays_a_body(extractor, text):
    assert any(name.endswith("Capital") for name in org_names(run(extractor, text)))


@pytest.mark.parametrize("text, person, title", [
    ("Bernd Lange, who chairs Parliament's Committee on International Trade, criticised the deal.", "Bernd Lange",
     "chair"),
    ("Raul Mena, rapporteur for Parliament's Committee on International Trade, said the vote was close.",
     "Raul Mena", "rapporteur"),
])
def test_review20b_a_post_at_a_part_after_its_owners_possessive(extractor, text, person, title):
    assert (person, title, "Committee on International Trade") in roles_of(run(extractor, text))


def test_review20b_a_streets_dr_ends_a_sentence(extractor):
    result = run(extractor, "\"This is a milestone for the region and its workers,\" CEO Tom Hale said at the opening "
                            "of the plant at 300 Commerce Dr. The plant makes steel wire and will export to Canada "
                            "and Mexico. \"This is a great day for Ohio.\"")
    assert [q.speaker for q in result.quotes] == ["Tom Hale"]


# ---- twenty-first round --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tokyo said the extra rice would stay inside the minimum access quota it accepted at the WTO.",
    "Warsaw will keep its ban on imports of Ukrainian maize and rapeseed until a licensing system works.",
    "Budapest banned imports of Ukrainian sunflower seed in September.",
    "Lima lifted the import ban on Chilean poultry after a two-year dispute.",
])
def test_a_closed_market_is_market_access(extractor, text):
    assert "market_access" in {i.id for i in run(extractor, text).issues}, text


def test_an_arms_embargo_alone_is_no_market_access(extractor):
    assert "market_access" not in {i.id for i in run(extractor, "The council renewed the arms embargo on the "
                                                                   "junta for a year.").issues}


@pytest.mark.parametrize("text, person, title, body", [
    ("Aisha Danladi, Comptroller of the Kano Free Zone Authority, said seizures rose.", "Aisha Danladi", "Comptroller",
     "Kano Free Zone Authority"),
    ("Kenji Arai, chairman of the Hokkaido Wheat Growers' League (Domuren), said prices fell.", "Kenji Arai",
     "chairman", "Hokkaido Wheat Growers' League"),
    ("Mira Osei, director of trade in goods at the ECOWAS Commission, met the delegation.", "Mira Osei",
     "director of trade in goods", "ECOWAS Commission"),
    ("Ana Pardo, head of trade in services at the Ministry of Economy, said no.", "Ana Pardo",
     "head of trade in services", "Ministry of Economy"),
    ("Tran Bich Ngoc, a partner at the Ho Chi Minh City office of law firm Russin Vecchi, said audits had begun.",
     "Tran Bich Ngoc", "partner", "Russin Vecchi"),
    ("Uche Nnaji, General Manager, Corporate Communications at Lagos Free Zone Company, said exports rose.",
     "Uche Nnaji", "General Manager, Corporate Communications", "Lagos Free Zone Company"),
    ("Dr. Fahad bin Saleh Al-Dosari, Professor of Economics at King Abdulaziz University, disagreed.",
     "Fahad bin Saleh Al-Dosari", "Professor of Economics", "King Abdulaziz University"),
    ("Wiebke Lorenz, a senior consultant at Kestrel Advisory, said the rules were unclear.", "Wiebke Lorenz",
     "senior consultant", "Kestrel Advisory"),
])
def test_twentyfirst_posts_and_their_bodies(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, body", [
    ("Ji-ho Park, Director of the Korea Trade-Investment Promotion Agency (KOTRA) office in Jakarta, spoke.",
     "Korea Trade-Investment Promotion Agency"),
    ("Officials of the Japan External Trade Organization (JETRO) said so.", "Japan External Trade Organization"),
    ("Tran Bich Ngoc, a partner at law firm Russin McKenna, said audits had begun.", "Russin McKenna"),
])
def test_twentyfirst_bodies_named_whole(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_a_junior_ministers_area_is_no_body(extractor):
    result = run(extractor, "Bala Musa, the Minister of State for Petroleum Resources, said talks would resume.")
    assert "Petroleum Resources" not in org_names(result)
    assert ("Bala Musa", "Minister of State for Petroleum Resources", None) in roles_of(result)


def test_a_post_after_a_members_party_in_brackets(extractor):
    result = run(extractor, "Senator Matías Orrego Pinto (Evópoli), a former Minister of Agriculture, questioned "
                            "the timing.")
    assert any(r.person == "Matías Orrego Pinto" and r.title == "Minister of Agriculture" for r in result.roles)


def test_engineer_before_a_name_is_an_honorific(extractor):
    result = run(extractor, "The talks were attended by Engineer Saad bin Khalid Al-Mutairi, Director General of "
                            "Trade Remedies at the ministry.")
    assert "Saad bin Khalid Al-Mutairi" in person_names(result)


def test_the_ministry_is_the_ministry_named_before_another_government_body(extractor):
    result = run(extractor, "Deputy Minister Omar Al-Shehri received at the Ministry of Commerce a delegation from "
                            "the U.S. Treasury, which chairs the Committee on Foreign Investment in the United States. "
                            "Also present was Nouf Al-Ghamdi, Director General of Trade Agreements at the ministry.")
    assert ("Nouf Al-Ghamdi", "Director General of Trade Agreements", "Ministry of Commerce") in roles_of(result)


def test_a_holders_title_read_into_a_bodys_name_is_cut_off(extractor):
    result = run(extractor, "Hauwa Bello, Comptroller of the Lagos Customs Command, said seizures rose.")
    assert "Lagos Customs Command" in org_names(result)
    assert ("Hauwa Bello", "Comptroller", "Lagos Customs Command") in roles_of(result)


@pytest.mark.parametrize("text, person, title, body", [
    ("The delegation included Marco Testa, national secretary of the Italian metalworkers' union UILM-UIL, and others.",
     "Marco Testa", "national secretary", "UILM-UIL"),
    ("Jan Kos, head of the farmers' union Solidarnosc RI, said the border must stay shut.", "Jan Kos", "head",
     "Solidarnosc RI"),
    ("Ute Brandl (CSU), Parliamentary State Secretary at the Federal Ministry of Finance, toured the port.",
     "Ute Brandl", "Parliamentary State Secretary", "Federal Ministry of Finance"),
    ("A delegation led by SolarPower Europe policy director Lena Vogt met officials.", "Lena Vogt", "policy director",
     "SolarPower Europe"),
])
def test_twentyfirst_posts_at_unions_and_brand_named_bodies(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, body", [
    ("\"Cases will multiply,\" said Ines Voss, a partner at Brussels law firm Lemaire & Kovac.", "Lemaire & Kovac"),
    ("Russia's NordKali and Canada's Nutrien raised potash prices.", "NordKali"),  # (a name the lexicon does not list)
    ("The figures were reported by ChemTrade Monitor on Monday.", "ChemTrade Monitor"),
])
def test_twentyfirst_bodies_named_by_partners_and_brands(extractor, text, body):
    assert body in org_names(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    ("Dr. Ian McKenzie, an economist, said prices would rise.", "Ian McKenzie"),
    ("Senator Ray LaHood said the bill would pass.", "Ray LaHood"),
    ("Governor Ron DeSantis signed the order on Monday.", "Ron DeSantis"),
])
def test_a_surnames_inner_capital_keeps_a_person(extractor, text, person):
    assert person in person_names(run(extractor, text))


def test_a_brand_named_body_is_no_person(extractor):
    result = run(extractor, "A delegation led by IndustriAll Europe Deputy General Secretary Teresa Gallardo Ruiz met "
                            "officials in Brussels.")
    assert "IndustriAll Europe" not in person_names(result)
    assert "IndustriAll Europe" in org_names(result)


def test_a_bracketed_short_form_with_inner_capitals_joins_its_name(extractor):
    result = run(extractor, "A roundtable was hosted by the Chilean-American Chamber of Commerce (AmCham Chile) and "
                            "its president, Ignacio Valdivieso Grez.")
    assert org_names(result) == {"Chilean-American Chamber of Commerce"}


# ---- twenty-first round: misfires a review of the round's change found, with the reviewer's sentences ------------
@pytest.mark.parametrize("text, person", [
    ("\"Tariffs are a tax,\" said RoseMarie Kelly, an economist at Deutsche Bank.", "RoseMarie Kelly"),
    ("Saudi Energy Minister Prince AbdulAziz bin Salman said OPEC+ would raise output.", "AbdulAziz bin Salman"),
    ("BUA Group chairman AbdulSamad Rabiu said cement prices would fall.", "AbdulSamad Rabiu"),
    ("MaryAnn Lee, a spokeswoman for the Port of Oakland, said volumes fell.", "MaryAnn Lee"),
    ("KeShawn Brooks, a trader, said so.", "KeShawn Brooks"),
])
def test_review21_a_given_name_with_a_capital_inside_stays_a_person(extractor, text, person):
    assert any(name.endswith(person) for name in person_names(run(extractor, text)))


@pytest.mark.parametrize("text", [
    "Tariffs on PlayStation consoles would raise prices, analysts said.",
    "Exports of LiDAR sensors face new controls.",
    "The company banned employees from using ChatGPT.",
])
def test_review21_a_products_name_is_no_body(extractor, text):
    assert not org_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Engineer Corps officials inspected the levee on Monday.",
    "Engineer Battalion soldiers cleared the border crossing.",
    "The Engineer Regiment of the army built the bridge.",
])
def test_review21_engineer_before_a_units_word_makes_no_person(extractor, text):
    assert not person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "The ministry banned the export of onions, sending prices lower; imports rose.",
    "The embargo on arms was lifted, though imports of oil remained low.",
    "Officials banned trucks from the bridge after imports surged.",
    "The football league banned players from betting; imports of kits rose.",
])
def test_review21_a_ban_beside_imports_is_no_market_access(extractor, text):
    assert "market_access" not in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, person, title, body", [
    ("\"This is the largest aid,\" the Minister of Agriculture and Rural Development, Jan Wrona, said in Warsaw.",
     "Jan Wrona", "Minister of Agriculture and Rural Development", "Ministry of Agriculture and Rural Development"),
    ("Kim Do-yoon, who heads the Asia sales division at Hyundai Steel, said orders fell.", "Kim Do-yoon",
     "head of the Asia sales division", "Hyundai Steel"),
    ("The Federal Trade Commission is also watching. Commissioner Lena Ortiz told the forum the inquiry would end "
     "soon.", "Lena Ortiz", "Commissioner", "Federal Trade Commission"),
    ("Ruth Agyei, who was chief counsel at the Ministry of Trade until 2023 and is now a partner at Lex Mundi "
     "Advisory, said owners should wait.", "Ruth Agyei", "partner", "Lex Mundi Advisory"),
])
def test_twentyfirst_more_posts_and_their_bodies(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_a_product_name_with_an_officer_is_a_company(extractor):
    result = run(extractor, "Priya Raman, Maersk's regional managing director for the Middle East, said customers "
                            "were planning on the Cape route.")
    # (round 43: the lexicon lists "Maersk" as a name of A.P. Moller-Maersk, the body a role gives)
    assert ("Priya Raman", "regional managing director for the Middle East", "A.P. Moller-Maersk") in roles_of(result)


def test_a_translated_storys_paper_after_the_language(extractor):
    result = run(extractor, "Moscow and Beijing to set up payments group\n\n(Translated from the Russian. Vedomosti, "
                            "September 18, 2025)\n\nRussia and China will create a working group, Deputy Minister Oleg "
                            "Petrov said.")
    assert "Vedomosti" in org_names(result)
    assert "Vedomosti" not in person_names(result)


def test_a_papers_reporter_in_the_byline(extractor):
    result = run(extractor, "Expo opens\n\n(Translated from the Chinese. Caixin, May 20, 2025)\n\nCaixin reporter Li "
                            "Wenjing, Harbin - The expo opened on Monday.")
    assert ("Li Wenjing", "reporter", "Caixin") in roles_of(result)


@pytest.mark.parametrize("text, body", [
    ("Arirang TV said the talks had failed.", "Arirang TV"),
    ("Question (Agence Europe): Has the Commission answered the union's letter?", "Agence Europe"),
])
def test_outlets_named_by_their_kind_are_no_persons(extractor, text, body):
    result = run(extractor, text)
    assert body in org_names(result) and body not in person_names(result)


def test_a_title_after_a_transcripts_label(extractor):
    result = run(extractor, "NHK: Japan's Vice-Minister for International Affairs, Hiroshi Mori, told a Diet committee "
                            "on Tuesday that licences were slow.")
    assert ("Hiroshi Mori", "Vice-Minister for International Affairs", None) in roles_of(result)


def test_the_former_official_is_the_one_whose_post_is_past(extractor):
    result = run(extractor, "Lena Sørensen, a European Commission official, said the quota was fixed. The harshest "
                            "criticism came from Ramiro Ochoa Vidal, former head of the Secretariat of Agriculture, who "
                            "believes too much was given. \"Europe keeps its subsidies and we lower our tariffs,\" said "
                            "the former official.")
    assert [q.speaker for q in result.quotes] == ["Ramiro Ochoa Vidal"]


def test_a_dispute_at_the_world_trade_organization(extractor):
    result = run(extractor, "A formal dispute at the World Trade Organization remains unlikely, diplomats said.")
    assert "wto_disputes" in {i.id for i in result.issues}


def test_a_company_opening_on_its_country(extractor):
    result = run(extractor, "Zhou Lei, former general manager of China Ocean Rail Logistics Corp., said trains fell.")
    assert any(r.person == "Zhou Lei" and (r.organization or "").startswith("China Ocean Rail Logistics")
               for r in result.roles)


# ---- twenty-first round, second review: the reviewer's sentences ----------------------------------------------------
@pytest.mark.parametrize("text, person", [
    ("The Minister of Trade and Prime Minister Anwar Ibrahim met investors in Kuala Lumpur.", "Anwar Ibrahim"),
    ("The Minister of Finance and Deputy Prime Minister Chrystia Freeland said Canada would retaliate.",
     "Chrystia Freeland"),
])
def test_review21b_a_title_after_and_builds_no_ministry(extractor, text, person):
    assert not any("Prime Minister" in (r.organization or "") for r in run(extractor, text).roles)


@pytest.mark.parametrize("text, person", [
    ("The European Commission proposed duties on steel. Commissioner Sid Miller of Texas said farmers would suffer.",
     "Sid Miller"),
    ("The European Commission proposed duties on steel. Commissioner Ravi Kumar, India's customs chief, said duties "
     "applied.", "Ravi Kumar"),
])
def test_review21b_a_commissioner_placed_elsewhere_is_not_the_commissions(extractor, text, person):
    assert (person, "Commissioner", "European Commission") not in roles_of(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Anna Bell, Boeing 737's chief engineer, said production would resume.",
    "Airbus A320's program director Marc Vidal said deliveries slowed.",
])
def test_review21b_a_models_number_is_no_company(extractor, text):
    assert not any(any(c.isdigit() for c in name) for name in org_names(run(extractor, text)))


@pytest.mark.parametrize("credit", ["Moscow", "Updated"])
def test_review21b_a_dateline_or_author_after_the_language_is_no_paper(extractor, credit):
    result = run(extractor, f"Headline\n\n(Translated from the Russian. {credit}, September 18, 2025)\n\nRussia and "
                            "China will create a working group.")
    assert credit not in org_names(result)


def test_a_ministry_named_by_the_first_of_two_joined_titles(extractor):
    result = run(extractor, "Ukraine's Deputy Minister of Economy and Trade Representative, Oleksiy Bondarenko, signed "
                            "the memorandum.")
    roles = roles_of(result)
    assert ("Oleksiy Bondarenko", "Deputy Minister of Economy", "Ministry of Economy of Ukraine") in roles
    assert ("Oleksiy Bondarenko", "Trade Representative", None) in roles


def test_reporters_at_a_place_name_no_body(extractor):
    result = run(extractor, "\"We had a serious discussion,\" Okada told reporters at Narita airport.")
    assert not org_names(result)


@pytest.mark.parametrize("text, person, title, body", [
    ("Diallo will meet Dr. Amara Keita, who directs trade in services at the ECOWAS Commission, in Abuja on Monday.",
     "Amara Keita", "director of trade in services", "ECOWAS Commission"),
    ("MEXICO CITY - The minister met Undersecretary of Industry and Commerce Rosa Quispe on Monday.", "Rosa Quispe",
     "Undersecretary of Industry and Commerce", "Undersecretariat of Industry and Commerce"),
    ("NORDIC COBALT ALLIANCE - STATEMENT\n\nOslo, 3 May 2026 - The Nordic Cobalt Alliance (NCA) met officials of the "
     "European Investment Bank on Monday.\n\nAbout NCA\nThe Nordic Cobalt Alliance represents 12 companies.\n\n"
     "Press contact: Maja Lund, Head of Communications", "Maja Lund", "Head of Communications",
     "Nordic Cobalt Alliance"),
])
def test_twentyfirst_posts_in_clauses_titles_and_contact_lines(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_an_undersecretary_in_a_country_of_departments_keeps_the_department(extractor):
    result = run(extractor, "WASHINGTON - Undersecretary of Commerce Ana Ruiz said the duties would stay.")
    assert not any((r.organization or "").startswith("Undersecretariat") for r in result.roles)


def test_hajiya_before_a_name_is_an_honorific(extractor):
    result = run(extractor, "The chamber's President, Alhaji Musa Bello, and Hajiya Zainab Lawal Sani also attended.")
    assert "Zainab Lawal Sani" in person_names(result)


def test_one_word_told_something_that_names_no_one_is_an_outlet(extractor):
    result = run(extractor, "Deputy Minister Pavel Sorokin spoke in Moscow. \"The problem is the plumbing,\" Mr. "
                            "Sorokin told Vedomosti after the meeting. \"The money cannot move.\"")
    assert "Vedomosti" in org_names(result) and "Vedomosti" not in person_names(result)
    assert [q.speaker for q in result.quotes] == ["Pavel Sorokin", "Pavel Sorokin"]


def test_told_a_person_named_before_stays_a_person(extractor):
    result = run(extractor, "Minister John Whitaker met officials. \"We are ready,\" the envoy told Whitaker on "
                            "Monday.")
    assert "Whitaker" not in org_names(result)


def test_a_specialist_is_a_post(extractor):
    result = run(extractor, "Graham Poole, a former senior mining specialist at the World Bank, said plants need data.")
    assert any(r.person == "Graham Poole" and r.title == "senior mining specialist" and r.organization == "World Bank"
               for r in result.roles)


def test_a_headlines_abbreviated_country_is_no_person(extractor):
    result = run(extractor, "S. Korea asks EU for a larger steel quota\n\nSEOUL, March 24 (Yonhap) -- Trade Minister "
                            "Ahn Duk-geun said talks would go on.")
    assert "S. Korea" not in person_names(result)


def test_amb_before_a_name_is_the_ambassadors_rank(extractor):
    result = run(extractor, "The talks were led by Amb. Ngozi Okafor-Eze on Monday.")
    assert "Amb" not in person_names(result) and "Ngozi Okafor-Eze" in person_names(result)


# ---- twenty-first round, third review: the reviewer's sentences -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "A labor dispute at the World Health Organization headquarters delayed the assembly.",
    "Russia said it would take its dispute to the International Maritime Organization.",
])
def test_review21c_a_dispute_at_another_organization_is_no_wto_dispute(extractor, text):
    assert "wto_disputes" not in {i.id for i in run(extractor, text).issues}


def test_review21c_a_papers_reporters_in_the_plural(extractor):
    result = run(extractor, "Kyodo reporters Aya Ito and Ken Mori said the talks stalled.")
    assert {("Aya Ito", "reporter", "Kyodo News"), ("Ken Mori", "reporter", "Kyodo News")} <= roles_of(result)


@pytest.mark.parametrize("text, person", [
    ("The U.S. International Trade Commission said Commissioner Amy Karpel, the commission's chair, would preside.",
     "Amy Karpel"),
    ("The European Commission said Commissioner Maros Sefcovic, 58, would travel to Washington.", "Maros Sefcovic"),
    ("The European Commission said Commissioner Sefcovic of Slovakia would lead the talks.", "Sefcovic"),
])
def test_review21c_a_commissioner_after_the_commission_keeps_it(extractor, text, person):
    assert any(r.person.endswith(person) and r.title == "Commissioner" and "Commission" in (r.organization or "")
               for r in run(extractor, text).roles)


@pytest.mark.parametrize("credit", ["Le Monde", "Der Spiegel", "Komsomolskaya Pravda"])
def test_review21c_a_two_word_paper_in_a_credit(extractor, credit):
    result = run(extractor, f"Exports of fertilizer rose.\n\n(Translated from the French. {credit}, September 18, "
                            "2025)\n\nOfficials said exports rose.")
    assert credit in org_names(result)


@pytest.mark.parametrize("text", [
    "Uruguay's Undersecretary of Economy and Finance Martin Vallcorba said the deficit would narrow.",
    "Italy's Undersecretary of Foreign Affairs Maria Tripodi met Chinese officials.",
])
def test_review21c_a_ministrys_undersecretary_names_no_undersecretariat(extractor, text):
    assert not any((r.organization or "").startswith("Undersecretariat") for r in run(extractor, text).roles)


@pytest.mark.parametrize("text, company", [
    ("In Brazil Vale SA raised iron ore output.", "Vale SA"),
    ("Meanwhile in Japan Toyota Motor Corp. cut production.", "Toyota"),
])
def test_review21c_a_place_before_a_company_stays_out_of_its_name(extractor, text, company):
    assert not any(name.startswith(("Brazil", "Japan")) for name in org_names(run(extractor, text)))


@pytest.mark.parametrize("text, person", [
    ("Agriculture Minister Kenta Ishii paired the deal with a subsidy for paddy farmers. Ishii met Dwayne Pruitt of "
     "the U.S. Department of Agriculture in Washington on Oct. 27.", "Kenta Ishii"),
    ("Payments go through the Agency for Restructuring and Modernisation of Agriculture. The agriculture minister, "
     "Adam Wrona, said so.", "Adam Wrona"),
])
def test_a_ministers_body_is_a_ministry_of_a_government_with_ministers(extractor, text, person):
    assert not any(r.person == person and r.organization for r in run(extractor, text).roles)


def test_a_us_senator_keeps_the_us_senate(extractor):
    result = run(extractor, "WASHINGTON - Sen. Ron Wyden said the bill would pass.")
    assert ("Ron Wyden", "Senator", "U.S. Senate") in roles_of(result)


# ---- twenty-first round, fourth review: a seat's chamber stays as it was -------------------------------------------
@pytest.mark.parametrize("text, body", [
    ("BRUSSELS - Sen. Chuck Grassley said on Tuesday that the EU's new deforestation rules would hurt Iowa soybean "
     "growers.", "U.S. Senate"),
    ("After touring farms in Kenya, Rep. Jim Costa said U.S. food aid should be increased.",
     "U.S. House of Representatives"),
])
def test_review21d_a_us_legislator_abroad_keeps_congress(extractor, text, body):
    assert any(r.organization == body for r in run(extractor, text).roles)


# ---- twenty-second round ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, person, title, body", [
    ("Last week the trade commissioner of the European Commission, the Pole Tomasz Nowicki, told MEPs the quotas "
     "would be small.", "Tomasz Nowicki", "trade commissioner", "European Commission"),
    ("More cautious is the chair of the Committee on Agriculture, the Spaniard Marta Lozano Ibarra, who wants more "
     "time.", "Marta Lozano Ibarra", "chair of the Committee on Agriculture", "Committee on Agriculture"),
    ("Also present, the director of trade of the ECOWAS Commission, the Nigerian Chidi Okafor, recalled the rules.",
     "Chidi Okafor", "director of trade", "ECOWAS Commission"),
])
def test_a_nationality_between_a_title_and_its_holder(extractor, text, person, title, body):
    result = run(extractor, text)
    assert person in person_names(result)
    assert (person, title, body) in roles_of(result)


@pytest.mark.parametrize("text, kept", [
    ("Funding came from its partner, the German Marshall Fund, last year.", "German Marshall Fund"),
    ("We will meet Anna Weiss, the German Green MEP who sits on the trade committee.", "Anna Weiss"),
])
def test_a_nationality_before_a_body_or_a_title_names_no_one(extractor, text, kept):
    result = run(extractor, text)
    assert not any(n.startswith(("Marshall", "Green")) for n in person_names(result))
    assert kept in person_names(result) | org_names(result)


def test_a_body_whose_short_form_follows_its_country(extractor):
    result = run(extractor, "Ravi Menon, chairman of the Pharmaceuticals Export Promotion Council of India "
                            "(Pharmexcil), said exports fell. He said Pharmexcil had written to the ministry.")
    assert "Pharmexcil" not in person_names(result)


@pytest.mark.parametrize("text, person, title, body", [
    ("Asha Rao, who stepped down as director general of the Export Council in August, said so.", "Asha Rao",
     "director general", "Export Council"),
    ("Tomas Lind resigned as chairman of the Nordic Steel Association last year.", "Tomas Lind", "chairman",
     "Nordic Steel Association"),
])
def test_a_post_someone_stepped_down_from(extractor, text, person, title, body):
    roles = [r for r in run(extractor, text).roles if r.person == person]
    assert [(r.title, r.organization, r.current) for r in roles] == [(title, body, False)]


def test_according_to_after_a_body_is_no_title(extractor):
    result = run(extractor, "Both raised the quotas at the WTO's Committee on Import Licensing, according to trade "
                            "officials in Geneva.")
    assert not person_names(result)
    assert "Committee on Import Licensing" in org_names(result)


def test_a_name_its_initials_spell_in_brackets_is_a_body(extractor):
    result = run(extractor, "In Milan the president of Sistema Moda Italia (SMI), Lucia Bentivoglio, met the "
                            "minister.")
    assert "Sistema Moda Italia" not in person_names(result)
    assert ("Lucia Bentivoglio", "president", "Sistema Moda Italia") in roles_of(result)


@pytest.mark.parametrize("text, body", [
    ("The bill reached the National Assembly on Monday. Rep. Park Ji-won of the Democratic Party of Korea said the "
     "ministry was slow.", "National Assembly"),
    # (review22: a chamber of another kind is no seat of the title's; without one, the chamber the title implies in
    # the party's country, else the party stays the body named)
    ("Rep. Jane Cho of the Democratic Party said the Senate had stripped the tariff provision from the bill.",
     "U.S. House of Representatives"),
    ("MP Hannah Clarke of the Conservative Party said the House of Lords should not delay the trade bill.",
     "House of Commons"),
    ("Opposition MP Kofi Boateng of the New Patriotic Party said Parliament had not seen the agreement.",
     "New Patriotic Party"),
])
def test_a_legislators_party_is_not_the_seat(extractor, text, body):
    assert [r.organization for r in run(extractor, text).roles] == [body]


def test_the_body_a_sentence_opens_at_is_no_name(extractor):
    result = run(extractor, "At the National Assembly, lawmakers criticized what they called a slow response.")
    assert not person_names(result)


def test_prepared_by_a_line_of_authors_with_a_firms_practice(extractor):
    result = run(extractor, "HALDEN ROSS ADVISORY | Trade Policy Briefing | 11 February 2026\n\nWhat clients should "
                            "watch\n\nPrepared by Marta Ferri, Director, EU Trade Practice, with Conor Walsh, Senior "
                            "Associate (Dublin)\n\nKey points\n- The agreement has a digital chapter.")
    assert {("Marta Ferri", "Director", "Halden Ross Advisory"),
            ("Conor Walsh", "Senior Associate", "Halden Ross Advisory")} <= roles_of(result)


def test_plantation_and_commodities_minister(extractor):
    result = run(extractor, "KUALA LUMPUR, Jan 3 - Plantation and Commodities Minister Azman Idris said the talks "
                            "went well.")
    assert any(r.person == "Azman Idris" and r.organization == "Ministry of Plantation and Commodities of Malaysia"
               for r in result.roles)


@pytest.mark.parametrize("text, person, body", [
    ("LIMA - The Vice Minister of Mines, Rosa Huamán Ccori, spoke on Monday. She met union leaders at the Ministry of "
     "Energy and Mines (MINEM) in Lima.", "Rosa Huamán Ccori", "Ministry of Energy and Mines"),
    ("CAIRO - Trade Minister Ahmed Samir met officials of the Ministry of Supply and Internal Trade on Monday.",
     "Ahmed Samir", "Ministry of Trade of Egypt"),
])
def test_a_ministry_the_story_names_holds_the_titles_portfolio(extractor, text, person, body):
    assert any(r.person == person and r.organization == body for r in run(extractor, text).roles)


def test_a_congressman_in_a_story_from_abroad_sits_in_the_chamber_it_names(extractor):
    result = run(extractor, "LIMA - The bill went to the Congress of the Republic on Monday. Bill 11482/2025-CR, "
                            "authored by congressman Luis Apaza Mamani, would raise the royalty.")
    assert ("Luis Apaza Mamani", "congressman", "Congress of the Republic") in roles_of(result)
    assert "Bill" not in person_names(result)


@pytest.mark.parametrize("text, body", [
    ("She spoke before the Energy and Mines Committee on Monday.", "Energy and Mines Committee"),
    ("The Senate of the Republic voted on Tuesday.", "Senate of the Republic"),
    ("The talks moved forward between the Gulf Cooperation Council and the European Union.", "Gulf Cooperation Council"),
    ("The talks were led by Omar Saleh, an assistant secretary-general at the GCC Secretariat General in Riyadh.",
     "GCC Secretariat General"),
])
def test_bodies_the_model_cuts_short(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_a_spanish_list_inside_a_bodys_name(extractor):
    result = run(extractor, "For the companies, the president of the Sociedad Nacional de Minería, Petróleo y Energía "
                            "(SNMPE), Carmen Zevallos de la Torre, spoke.")
    assert ("Carmen Zevallos de la Torre", "president", "Sociedad Nacional de Minería, Petróleo y Energía") \
        in roles_of(result)


def test_a_unions_compañero_is_no_part_of_the_name(extractor):
    result = run(extractor, '"It is an insult," declared compañero Rómulo Ccama Condori at the close of the session.')
    assert person_names(result) == {"Rómulo Ccama Condori"}


@pytest.mark.parametrize("text, person, body", [
    ("Omar Saleh, the GCC Secretary General, spoke on Monday.", "Omar Saleh", "Gulf Cooperation Council"),
    ("The EU chief negotiator, Katrin Olsen, said talks would go on.", "Katrin Olsen", "European Union"),
    ("Nadia Fitch, Brussels correspondent of the review, wrote the story.", "Nadia Fitch", None),
    ("Jan Mol, an EU trade lawyer, said so.", "Jan Mol", None),
])
def test_a_blocs_post_with_no_other_body_is_the_blocs(extractor, text, person, body):
    assert [r.organization for r in run(extractor, text).roles if r.person == person] == [body]


@pytest.mark.parametrize("text, person", [
    ("LUBLIN - Deputy Minister of Agriculture and Rural Development Jan Kowal met Ukrainian officials on Thursday.",
     "Jan Kowal"),
    ("The envoy met Deputy Minister of Agriculture and Rural Development of the Republic of Poland Jan Kowal.",
     "Jan Kowal"),
    ("On 15 April, Ambassador Extraordinary and Plenipotentiary of Ukraine to the Republic of Poland Olena Hrytsenko "
     "held a meeting in Warsaw.", "Olena Hrytsenko"),
])
def test_a_name_after_a_long_formal_title(extractor, text, person):
    result = run(extractor, text)
    assert person_names(result) == {person}


@pytest.mark.parametrize("text, title, body", [
    ("Omar Saleh, Assistant Secretary-General for Negotiations and Strategic Dialogue at the GCC Secretariat General, "
     "spoke.", "Assistant Secretary-General for Negotiations and Strategic Dialogue", "GCC Secretariat General"),
    ("Omar Saleh, assistant secretary-general for negotiations and strategic dialogue at the GCC Secretariat General "
     "in Riyadh, spoke.", "assistant secretary-general for negotiations and strategic dialogue",
     "GCC Secretariat General"),
])
def test_an_area_joined_by_and_runs_on_to_the_body(extractor, text, title, body):
    assert ("Omar Saleh", title, body) in roles_of(run(extractor, text))


def test_two_titles_joined_by_and_stay_two(extractor):
    result = run(extractor, "Li Chenggang, a vice minister of commerce and China's international trade "
                            "representative, spoke.")
    assert {r.title for r in result.roles} == {"vice minister of commerce", "international trade representative"}


def test_an_ambassador_of_one_country_to_another_before_the_name(extractor):
    result = run(extractor, "The delegation included the Vice Minister of Foreign Trade, Ana Ospina Reyes, and the "
                            "Ambassador of Colombia to Peru, Germán Alonso Vélez Cano.")
    assert "Germán Alonso Vélez Cano" in person_names(result)
    assert not any(r.person == "Ana Ospina Reyes" and "Ambassador" in r.title for r in result.roles)


def test_a_ministers_portfolios_listed_with_commas_before_the_name(extractor):
    result = run(extractor, "In Quito, Ecuador's Minister of Production, Foreign Trade, Investment and Fisheries, "
                            "Diego Paredes Mora, announced it.")
    assert any(r.person == "Diego Paredes Mora" and r.title == "Minister of Production, Foreign Trade, Investment "
               "and Fisheries" for r in result.roles)


def test_a_short_form_of_words_in_lower_case_is_no_body(extractor):
    result = run(extractor, "Konkan Gas Ltd has signed a 15-year sale and purchase agreement (SPA) with ADNOC Gas. "
                            "The SPA was signed in Abu Dhabi.")
    assert "SPA" not in org_names(result)
    assert "ADNOC Gas" in org_names(result)


def test_a_given_name_a_middle_initial_and_a_surname_the_model_read_as_a_body(extractor):
    result = run(extractor, "Greta M. Lindholm met on Monday in Doha with Nasser Al-Kuwari, senior vice president "
                            "for LNG marketing at QatarEnergy, according to two people.")
    assert "Greta M. Lindholm" in person_names(result)
    assert ("Nasser Al-Kuwari", "senior vice president for LNG marketing", "QatarEnergy") in roles_of(result)


# a briefing transcript: speakers in capitals with their posts, reporters with their outlets
_TRANSCRIPT = ("Venue: Department of Trade, Industry and Competition (the dtic), Pretoria\n\n"
               "THABO MOLEFE-DUBE (Chief Director: Communications, the dtic): Good morning, colleagues.\n\n"
               "DEPUTY MINISTER NDLOVU: Thank you, Thabo.\n\n"
               "MOLEFE-DUBE: Thank you, Deputy Minister. Karin Smit, Business Day.\n\n"
               "QUESTION (Karin Smit, Business Day): Deputy Minister, how many jobs are at risk?\n\n"
               "NDLOVU: I will ask the Deputy Director-General.\n\n"
               "AYANDA KHUMALO-PETERS (Deputy Director-General: International Trade and Economic Development, the "
               "dtic): Thank you. Our modelling is shared.\n\n"
               "MOLEFE-DUBE: Thanks, all.")


def test_a_transcripts_speakers_in_capitals_and_their_posts(extractor):
    result = run(extractor, _TRANSCRIPT)
    assert {"Thabo Molefe-Dube", "Ayanda Khumalo-Peters", "Karin Smit"} <= person_names(result)
    assert ("Thabo Molefe-Dube", "Chief Director: Communications", "Department of Trade, Industry and Competition") \
        in roles_of(result)
    assert ("Ayanda Khumalo-Peters", "Deputy Director-General: International Trade and Economic Development",
            "Department of Trade, Industry and Competition") in roles_of(result)
    assert not any(r.person == "Karin Smit" for r in result.roles)


def test_a_transcripts_labels_are_no_bodies_and_no_datelines(extractor):
    result = run(extractor, _TRANSCRIPT)
    assert "Business Day" in org_names(result)
    assert not any(n.isupper() or "Smit" in n or ":" in n for n in org_names(result))


def test_a_one_line_dateline_still_reads(extractor):
    result = run(extractor, "WASHINGTON: The Commerce Department said on Monday that exports rose.")
    assert "US" in result.countries


# ---- twenty-second round, first review: the reviewer's sentences -------------------------------------------------
@pytest.mark.parametrize("text", [
    "The cooperative's main lender, the French Crédit Agricole, said the tariffs would hit wine exporters.",
    "The lender, the Spanish Banco Santander, said it would finance the project.",
    "The country's largest opposition party, the Polish Civic Platform, backed the deal.",
    "The newspaper, the Italian Corriere della Sera, said the government would oppose the tariffs.",
])
def test_review22_a_nationality_adjective_before_a_body_names_no_one(extractor, text):
    assert not person_names(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    ("Under the administration of Alberto Manuel Ruiz Ortega (AMRO), Mexico expanded its ties with Beijing.",
     "Alberto Manuel Ruiz Ortega"),
    ("The trade lawyer for Ana Paula Ferreira (APF) said she would appeal.", "Ana Paula Ferreira"),
    ("Chen 2019 found that tariff pass-through to consumers was close to complete.", "Chen"),
])
def test_review22_a_leaders_initials_or_a_cited_year_keep_the_person(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, unwanted", [
    ("Brussels Mayor Philippe Vandenbroucke said farmers' protests would be allowed near the summit.", "European Union"),
    ("European diplomat Paolo Ferri said the talks had stalled over beef quotas.", "European Union"),
    ("GCC CEO Tom Carter said the company would expand in Saudi Arabia.", "Gulf Cooperation Council"),
    ("Brussels bureau chief Anne Lefevre of Agence France-Presse reported the vote.", "European Union"),
    ("Sofia Lind, EU sales director for a Chinese solar company, said the duties would hurt installers.",
     "European Union"),
])
def test_review22_a_city_or_adjective_gives_no_bloc_as_body(extractor, text, unwanted):
    assert unwanted not in {r.organization for r in run(extractor, text).roles}


@pytest.mark.parametrize("text, body", [
    ("China's state administration for market regulation (SAMR) fined the chipmaker; SAMR said the probe was closed.",
     "SAMR"),
    ("The general administration of customs (GAC) said imports of soybeans rose. GAC data showed exports fell.", "GAC"),
])
def test_review22_a_body_written_in_lower_case_keeps_its_short_form(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_review22_a_country_and_portfolio_is_no_energy_company(extractor):
    result = run(extractor, "Qatar Energy Minister Khalid Al-Sada said LNG output would rise by 2027.")
    assert not org_names(result)


def test_review22_a_practice_group_is_no_body(extractor):
    result = run(extractor, "Written by Tom Reyes, Associate Director, Trade Practice, with Jane Cho, Counsel\n\n"
                            "The UK published its trade strategy.")
    assert "Trade Practice" not in org_names(result)
    assert not any(r.organization == "Trade Practice" for r in result.roles)


def test_review22_a_us_congressman_in_a_story_from_lima(extractor):
    result = run(extractor, "LIMA, June 3 (Reuters) - Congressman Bill Hartley, a Republican from Texas, said Congress "
                            "should extend the trade preferences; Peru's Congress of the Republic backs them.")
    assert ("Bill Hartley", "Congressman", "U.S. House of Representatives") in roles_of(result)


def test_a_negotiator_for_a_bloc_negotiates_with_it(extractor):
    result = run(extractor, "Jan Mol, the EU's chief negotiator for Mercosur, said so.")
    assert ("Jan Mol", "chief negotiator for Mercosur", "European Union") in roles_of(result)


def test_a_brazilian_state_is_a_place_not_a_person(extractor):
    result = run(extractor, "The steel association Aço Brasil warned that mills in Minas Gerais and Espírito Santo "
                            "could lose orders. Its executive president, Mauro Lins, said so.")
    assert person_names(result) == {"Mauro Lins"}
    assert ("Mauro Lins", "executive president", "Aço Brasil") in roles_of(result)


def test_review22b_a_state_governments_post(extractor):
    # (review22b: a state alone stays a body where a post is held at it)
    result = run(extractor, "Paraná's agriculture secretary Norberto Ortigara said chicken exports would be hit.")
    assert ("Norberto Ortigara", "agriculture secretary", "Paraná") in roles_of(result)


def test_two_posts_joined_by_and_share_the_body(extractor):
    # (a firm's top post written with two heads is one post, as firms and annotators write it: twenty-eighth round)
    result = run(extractor, "Paul Tremblay, president and chief executive of the Aluminium Association of Canada "
                            "(AAC), attended.")
    assert ("Paul Tremblay", "president and chief executive", "Aluminium Association of Canada") in roles_of(result)
    result = run(extractor, "Executive Vice-President and Trade Commissioner Maros Sefcovic said so.")
    assert {("Maros Sefcovic", "Executive Vice-President", "European Commission"),
            ("Maros Sefcovic", "Trade Commissioner", "European Commission")} <= roles_of(result)


def test_a_portuguese_name_the_model_cut_before_its_last_word(extractor):
    result = run(extractor, "The president of the União da Indústria de Cana-de-Açúcar e Bioenergia (Unica), Rui "
                            "Paulo Souza, backed the position.")
    assert "União da Indústria de Cana-de-Açúcar e Bioenergia" in org_names(result)


def test_a_committee_transcripts_members_in_capitals_are_no_bodies(extractor):
    result = run(extractor, "Chair: Anna Visser (Renew, BE)\n\nCHAIR: Good afternoon.\n\nPIETER VAN DAM (EPP, NL), "
                            "rapporteur: The brake exists on paper.\n\nMARIE DUPONT-LEROY (S&D, FR) (interpretation "
                            "from French): French growers worry.\n\nCHAIR: Thank you.")
    assert not any(n.isupper() for n in org_names(result))
    assert {"pieter van dam", "marie dupont-leroy"} <= {n.lower() for n in person_names(result)}


def test_a_contacts_list_under_a_header_of_its_own(extractor):
    result = run(extractor, "CLIENT UPDATE\n\nHartono Lubis & Partners, Jakarta\n20 May 2026\n\nNew Export Rules: What "
                            "Investors Should Know\n\nThe ministry issued new rules on nickel exports, which PT Sulawesi "
                            "Baja Tbk said it would follow.\n\nContacts\n\nBudi Santoso Wijaya, S.H., LL.M., Partner\n"
                            "Maria Lestari Gultom, S.H., Senior Associate\n\nThis update is for general information only.")
    assert {("Budi Santoso Wijaya", "Partner", "Hartono Lubis & Partners"),
            ("Maria Lestari Gultom", "Senior Associate", "Hartono Lubis & Partners")} <= roles_of(result)


@pytest.mark.parametrize("text", [
    "Türkiye and the EU held talks on modernizing the 1995 Customs Union on Tuesday.",
    "The envoy for the Western Balkans met ministers in Skopje.",
])
def test_an_arrangement_or_a_region_is_no_body(extractor, text):
    assert not ({"Customs Union", "Western Balkans"} & org_names(run(extractor, text)))


# ---- twenty-second round, second review: the reviewer's sentences ------------------------------------------------
@pytest.mark.parametrize("text, agency, body", [
    ("NEW DELHI (PTI): India and the European Union on Monday concluded the 12th round of talks for a free trade "
     "agreement, Commerce Secretary Rajiv Menon said.", "PTI", "Ministry of Commerce and Industry of India"),
    ("ABU DHABI (WAM): Minister of Economy Abdulla Al Marri said the talks would go on.", "WAM",
     "Ministry of Economy of the United Arab Emirates"),
])
def test_review22b_a_wire_dateline_with_a_colon_stays_a_dateline(extractor, text, agency, body):
    result = run(extractor, text)
    assert agency in org_forms(result)
    assert any(r.organization == body for r in result.roles)
    assert not any(p.isupper() or " " in p and p.split()[0] in ("New", "Abu") for p in person_names(result))


def test_review22b_a_roundup_of_datelines_with_colons(extractor):
    result = run(extractor, "LAGOS: Trade Minister Jumoke Oduwole said the talks went well.\nABUJA: Officials met.\n"
                            "KANO: Traders waited.")
    assert ("Jumoke Oduwole", "Trade Minister", "Federal Ministry of Industry, Trade and Investment") in roles_of(result)


def test_review22b_a_hearings_witnesses_with_honorifics_keep_their_bodies(extractor):
    result = run(extractor, "HEARING TRANSCRIPT\n\nDR. ELENA MARSH (Senior Fellow, Peterson Institute for International "
                            "Economics): Tariffs are taxes.\n\nMR. JAMES OKAFOR (Vice President, National Association "
                            "of Manufacturers): We disagree.\n\nMS. KAREN LIU (Chief Economist, American Farm Bureau "
                            "Federation): Farmers pay.\n\nDR. MARSH: Indeed.")
    assert {("Elena Marsh", "Senior Fellow", "Peterson Institute for International Economics"),
            ("James Okafor", "Vice President", "National Association of Manufacturers"),
            ("Karen Liu", "Chief Economist", "American Farm Bureau Federation")} <= roles_of(result)


def test_review22b_reporters_and_outlets_in_a_press_conference(extractor):
    result = run(extractor, "Press conference, Ministry of Commerce, Beijing\n\nHE YADONG: We oppose it.\n\nQUESTION "
                            "(Li Wei, Caixin): Will you retaliate?\n\nQUESTION (Sarah Chen, Bloomberg): When?\n\nHE "
                            "YADONG: Soon.")
    assert {"Li Wei", "Sarah Chen"} <= person_names(result)
    assert {"Caixin", "Bloomberg"} <= org_names(result)
    assert "Caixin" not in person_names(result)


@pytest.mark.parametrize("text, person, title, body", [
    ("The EU's new trade commissioner, the Slovak Maros Sefcovic, met his U.S. counterpart on Monday.",
     "Maros Sefcovic", "trade commissioner", "European Commission"),
    ("Jane Ortiz, a senator and member of the Senate Finance Committee, said so.", "Jane Ortiz", "senator",
     "U.S. Senate"),
    ("The Center for Trade Law and Practice at Georgetown University hosted the conference, its director Jennifer "
     "Hillman said.", "Jennifer Hillman", "director", "Center for Trade Law and Practice"),
    ("Aramco chief executive Amin Nasser said so.", "Amin Nasser", "chief executive", "Saudi Aramco"),
])
def test_review22b_posts_kept(extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_review22c_a_leaders_initials_after_a_spokesman_for_him(extractor):
    # (review22c: a body's initials after "a spokesman for" stay a limit: a leader's are written so too)
    result = run(extractor, "A spokesman for Andrés Manuel López Obrador (AMLO) said the plan would go ahead.")
    assert "Andrés Manuel López Obrador" in person_names(result)


def test_review22b_a_name_in_capitals_is_written_as_a_name(extractor):
    result = run(extractor, "BRIEFING\n\nMARY MCCARTHY (Director, Irish Exporters Association): Good morning.\n\n"
                            "JOHN SMITH III (Vice President, Acme Steel Corp.): Thanks.\n\nMCCARTHY: Next.")
    assert {"Mary McCarthy", "John Smith III"} <= person_names(result)


def test_a_titled_surname_is_the_namesake_who_holds_the_title(extractor):
    result = run(extractor, "Taiwan's Deputy Minister of Economic Affairs Wu Mei-ling announced the top-up in Taipei. "
                            "On a visit she was shown the line by Wu Chen-hao, the company's senior vice president. "
                            "\"Subsidies are not charity; they keep the supply chain here,\" Deputy Minister Wu told "
                            "reporters.")
    assert [q.speaker for q in result.quotes] == ["Wu Mei-ling"]


def test_a_person_listed_after_including_with_a_post(extractor):
    result = run(extractor, "Quispe met executives from the largest copper producers, including Raúl Ticona Mamani, "
                            "vice president of corporate affairs at Compañía Minera Antamina, on Monday.")
    assert "Raúl Ticona Mamani" in person_names(result)
    assert "Raúl Ticona Mamani" not in org_names(result)


def test_an_appositive_body_noun_after_a_short_form(extractor):
    result = run(extractor, "Copa-Cogeca, the largest EU farm lobby, said in a statement that quotas should stay.")
    assert "Copa-Cogeca" in org_names(result)
    assert not person_names(result)


# ---- twenty-second round, third review: the reviewer's sentences -------------------------------------------------
def test_review22c_one_word_posts_in_a_transcript(extractor):
    result = run(extractor, "JANE WHITCOMB (Chairwoman): We now turn to the witnesses.\nROBERT HALE (Witness): Thank "
                            "you.\nJANE WHITCOMB (Chairwoman): Go on.")
    assert {"Jane Whitcomb", "Robert Hale"} <= person_names(result)
    assert not ({"Chairwoman", "Witness"} & org_names(result))


def test_review22c_speakers_with_their_bodies_in_brackets(extractor):
    result = run(extractor, "LI QIANG (MOFCOM): China firmly opposes it.\nMARK DAWSON (USTR): We disagree.")
    assert {"Li Qiang", "Mark Dawson"} <= person_names(result)


def test_review22c_a_speakers_post_takes_no_reporters_outlet(extractor):
    result = run(extractor, "PRESS CONFERENCE\n\nLUIS DE LA CRUZ (Secretary of Economy): Good morning.\n\nQUESTION "
                            "(Ana Torres, El Universal): Will you retaliate?\n\nDE LA CRUZ: No.")
    assert not any(r.organization == "El Universal" for r in result.roles)


@pytest.mark.parametrize("text, firm", [
    ("On Monday, Baker & Partners filed a petition.", "Baker & Partners"),
    ("Consultancy Kessler & Associates estimated the costs.", "Kessler & Associates"),
    ("The report by Mercer & Associates Ltd found gaps.", "Mercer & Associates Ltd"),
    ("Helena Brandt, Partner, Vermeer & Partners, said so.", "Vermeer & Partners"),
])
def test_review22c_a_firm_named_for_its_partners_is_named_as_written(extractor, text, firm):
    assert firm in org_names(run(extractor, text))


@pytest.mark.parametrize("text, person, body", [
    ("Karin Holm, a member and vice-chair of the board of the Swedish Trade Council, said so.", "Karin Holm",
     "Swedish Trade Council"),
    ("U.S. Senator Jane Roe of the Democratic Party said the Mexican Senate should reject the deal.", "Jane Roe",
     "U.S. Senate"),
])
def test_review22c_a_members_body_and_a_senators_own_senate(extractor, text, person, body):
    assert any(r.person == person and r.organization == body for r in run(extractor, text).roles)


@pytest.mark.parametrize("name", ["Xi Wen", "Tran Le Hoang"])
def test_review22c_names_in_capitals_keep_their_words(extractor, name):
    result = run(extractor, f"BRIEFING\n\n{name.upper()} (Deputy Director-General, Department of Trade Remedies): We "
                            "will act.\n\nQUESTION (Ana Torres, Caixin): When?")
    assert name in person_names(result)


def test_review22c_a_contacts_header_names_no_body(extractor):
    result = run(extractor, "EU Trade Briefing\n\nThe steel safeguard expires in June.\n\nMedia contacts\nLaura Becker, "
                            "Head of Communications, Eurofer\nPaul Anders, Press Officer, Eurofer")
    assert person_names(result) == {"Laura Becker", "Paul Anders"}
    assert "Media" not in org_names(result)


def test_review22c_a_practice_group_with_an_ampersand_is_no_body(extractor):
    result = run(extractor, "Karen Liu, a partner in the Customs & Trade Practice at Morrow Vance LLP, said so.")
    assert "Customs & Trade Practice" not in org_names(result)


def test_review22c_a_company_after_a_nationality_and_before_a_post(extractor):
    result = run(extractor, "The new chairman, the Indian Tata Sons executive Natarajan Chandrasekaran, met officials.")
    assert "Tata Sons" not in person_names(result)


# ---- twenty-second round, fourth review: the reviewer's sentences ------------------------------------------------
def test_review22d_a_roundup_of_one_agencys_datelines_keeps_the_agency(extractor):
    result = run(extractor, "NEW DELHI (PTI): India and the European Union on Monday resumed talks.\nMUMBAI (PTI): "
                            "Indian steelmakers sought safeguard duties.")
    assert "PTI" in org_names(result)
    assert not person_names(result)


def test_review22d_a_body_alone_in_a_speakers_brackets(extractor):
    result = run(extractor, "ROBERT KING (Chair of the Senate Finance Committee): Good morning.\nSUSAN PARK (Deputy "
                            "U.S. Trade Representative): Thank you, Chairman King.")
    assert ("Robert King", "Chair of the Senate Finance Committee", "Senate Finance Committee") in roles_of(result)


def test_review22d_names_in_capitals_with_particles_and_mc(extractor):
    result = run(extractor, "SEAN MCALLISTER (Chair): Welcome.\nPIETER VAN DER LINDEN (EPP, NL): Thank you.\n"
                            "SEAN MCALLISTER (Chair): Go on.")
    assert {"Sean McAllister", "Pieter van der Linden"} <= person_names(result)


def test_review22d_two_authors_on_one_line_under_a_header(extractor):
    result = run(extractor, "Authors\n\nSarah Kim and David Roe, Partners, Washington\nMarc Dubois, Counsel, Brussels")
    assert {"Sarah Kim", "David Roe", "Marc Dubois"} <= person_names(result)


def test_review22d_a_senator_and_the_senate_the_story_names(extractor):
    result = run(extractor, "Senator Jane Moss of the Australian Labor Party said the Senate would debate the bill.")
    assert [r.organization for r in result.roles if r.person == "Jane Moss"] != ["Australian Labor Party"]


def test_review22d_petronas_is_a_company(extractor):
    result = run(extractor, "Malaysia's Petronas said US tariffs would not affect its LNG exports.")
    assert "Petronas" in org_names(result) and not person_names(result)


# ---- twenty-third round --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, person, body", [
    ("Kenji Mori, Director-General of METI's Trade Policy Bureau, visited Seoul.", "Kenji Mori",
     "Ministry of Economy, Trade and Industry"),
    ("Wang Li, Deputy Director-General of MOFCOM's Department of Trade Remedies and Import Control, attended.",
     "Wang Li", "Ministry of Commerce of the People's Republic of China"),
    ("Park Ji-hoon held talks with Kenji Mori, director-general of the Trade Policy Bureau at Japan's Ministry of "
     "Economy, Trade and Industry (METI), in Seoul.", "Kenji Mori", "Ministry of Economy, Trade and Industry"),
])
def test_twenty_third_round_a_bureaus_head_holds_a_post_of_the_ministry_it_is_written_in(extractor, text, person, body):
    result = run(extractor, text)
    assert [r.organization for r in result.roles if r.person == person] == [body]


def test_twenty_third_round_who_heads_a_ministrys_bureau_is_head_of_the_bureau_at_the_ministry(extractor):
    result = run(extractor, "Kenji Mori, who heads the Trade Policy Bureau at Japan's Ministry of Economy, Trade and "
                            "Industry (METI), spoke to reporters.")
    assert ("Kenji Mori", "head of the Trade Policy Bureau", "Ministry of Economy, Trade and Industry") \
        in roles_of(result)


def test_twenty_third_round_a_bureau_alone_stays_the_posts_body(extractor):
    result = run(extractor, "Tom Reyes, director of the Trade Policy Bureau, spoke.")
    assert ("Tom Reyes", "director", "Trade Policy Bureau") in roles_of(result)


def test_twenty_third_round_a_secretary_of_commerce_for_an_area_is_the_departments(extractor):
    result = run(extractor, "He met Dana Whitfield, Under Secretary of Commerce for Industry and Security of the "
                            "United States, in Seoul.")
    assert [r.organization for r in result.roles] == ["U.S. Department of Commerce"]


def test_twenty_third_round_a_chambers_committee_named_by_portfolios_joined_by_and(extractor):
    result = run(extractor, "The House of Commons Environment and Trade Committee said the deal was weak.")
    assert org_names(result) == {"House of Commons Environment and Trade Committee"}


@pytest.mark.parametrize("heading, committee", [
    ("European Parliament - Committee on Fisheries (PECH)", "Committee on Fisheries"),
    ("European Parliament, Committee on International Trade", "Committee on International Trade"),
])
def test_twenty_third_round_a_committees_minutes_name_it_on_their_first_line_and_its_chair(extractor, heading,
                                                                                           committee):
    result = run(extractor, f"{heading}\n\nMeeting of 3 May 2026, Brussels\n\nChair: Marta Kowalczyk (EPP, PL)\n\n"
                            "Item 2 - Exchange of views on poultry imports\n\nMr Dimitris Andreou, rapporteur, said the "
                            "file was urgent.")
    assert committee in org_names(result)
    assert ("Marta Kowalczyk", "Chair", committee) in roles_of(result)
    assert ("Dimitris Andreou", "rapporteur", committee) in roles_of(result)


def test_twenty_third_round_a_bare_chair_among_the_members_present_is_the_heading_committees(extractor):
    result = run(extractor, "House of Commons Environment and Trade Committee\n\nSummary of oral evidence: Fish "
                            "quotas\n\nMembers present: Fiona Gallagher (Chair); Owen Pritchard; Dr Maeve Doyle.\n\n1. "
                            "Opening the session, the Chair noted that the deal was signed.")
    assert ("Fiona Gallagher", "Chair", "House of Commons Environment and Trade Committee") in roles_of(result)


def test_twenty_third_round_a_chair_in_a_story_without_a_committee_heading_stays_without_a_body(extractor):
    result = run(extractor, "Trade Weekly\n\nThe Senate Finance Committee met on Monday. Separately, the Lisbon "
                            "Forum met; its Chair, Rui Costa, opened it.")
    assert [r.organization for r in result.roles if r.person == "Rui Costa"] != ["Senate Finance Committee"]


def test_twenty_third_round_the_head_of_a_delegation_named_before_the_ambassadors_rank(extractor):
    result = run(extractor, "The minister received the Head of the European Union Delegation to Türkiye, Ambassador "
                            "Piotr Nowicki, at the ministry.")
    [(title, body)] = [(r.title, r.organization) for r in result.roles if r.person == "Piotr Nowicki"]
    assert title.startswith("Head") and "Delegation" in body and "European Union" in body


def test_twenty_third_round_a_title_before_the_ambassadors_rank_without_a_body_gives_the_rank(extractor):
    result = run(extractor, "The talks were led by Mexico's chief negotiator, Ambassador Luis Mora.")
    assert [r.title for r in result.roles if r.person == "Luis Mora"] == ["Ambassador"]


@pytest.mark.parametrize("text, firm, person", [
    ("Joost Bakker, head of research at Rotterdam shipbroker Van Dijk & Maes, estimated a discount.",
     "Van Dijk & Maes", "Joost Bakker"),
    ("Capt. Rafael Soto Vega, fleet director at Chilean-owned Naviera Austral del Sur, said his company had moved "
     "two vessels.", "Naviera Austral del Sur", "Rafael Soto Vega"),
    ("Ana Ruiz, head of research at Kessler Freight, said rates fell.", "Kessler Freight", "Ana Ruiz"),
    ("Trade lawyer Pieter de Wit, a partner at Hoogeveen de Wit, expects the exporters to argue.", "Hoogeveen de Wit",
     "Pieter de Wit"),
])
def test_twenty_third_round_a_workplace_after_a_post_and_at(extractor, text, firm, person):
    result = run(extractor, text)
    assert firm in org_names(result)
    assert firm in {r.organization for r in result.roles if r.person == person}
    assert person_names(result) == {person}


def test_twenty_third_round_told_reporters_at_a_place_names_no_workplace(extractor):
    result = run(extractor, "She told reporters at Haneda Airport that the talks went well.")
    assert "Haneda Airport" not in org_names(result)


@pytest.mark.parametrize("line, paper", [
    ("Translated from the German. Rheinische Handelsblatt Zeitung, 21 October 2025", "Rheinische Handelsblatt Zeitung"),
    ("Translated from Thai. Khao Setthakit Wan, 6 November 2025", "Khao Setthakit Wan"),
])
def test_twenty_third_round_a_source_line_naming_the_language_then_the_paper(extractor, line, paper):
    result = run(extractor, f"Rice exporters press ministry\n\n{line}\n\nBANGKOK. Thai rice exporters have urged the "
                            "Ministry of Commerce to move faster.")
    assert paper in org_names(result)
    assert not any(n.startswith(("German", "Thai")) for n in org_names(result))


def test_twenty_third_round_a_legislators_party_and_state_between_commas_is_no_person(extractor):
    result = run(extractor, "Rep. Denise Holloway, R-Texas, who sits on the House Foreign Affairs Committee, said she "
                            "would ask for a briefing.")
    assert person_names(result) == {"Denise Holloway"}
    assert ("Denise Holloway", "member of the House Foreign Affairs Committee", "House Foreign Affairs Committee") \
        in roles_of(result)


def test_twenty_third_round_who_serves_on_a_committee_is_its_member(extractor):
    result = run(extractor, "Sen. Alan Voss, who serves on the Senate Banking Committee, said so.")
    assert ("Alan Voss", "member of the Senate Banking Committee", "Senate Banking Committee") in roles_of(result)


def test_twenty_third_round_who_sits_on_a_companys_board_names_no_seat(extractor):
    result = run(extractor, "Ana Ruiz, who sits on Acme Steel's board, said no.")
    assert not [r for r in result.roles if r.title.startswith("member")]


def test_twenty_third_round_mexican_states_are_places(extractor):
    result = run(extractor, "Several assemblers in Coahuila and Nuevo León are absorbing the tariff, said Ana Ruiz, "
                            "head of the Mexican Automotive Industry Association (AMIA).")
    assert person_names(result) == {"Ana Ruiz"}


@pytest.mark.parametrize("text, person, title, body", [
    ("Sara Lind, director of the School of Economics at the University of Lund, said so.", "Sara Lind",
     "director of the School of Economics", "University of Lund"),
    ("Jan Roe, director of the Department of Customs at the Ministry of Finance, agreed.", "Jan Roe",
     "director of the Department of Customs", "Ministry of Finance"),
])
def test_twenty_third_round_the_head_of_a_school_or_department_written_inside_its_university_or_ministry(
        extractor, text, person, title, body):
    assert (person, title, body) in roles_of(run(extractor, text))


def test_twenty_third_round_a_school_alone_is_its_directors_body(extractor):
    result = run(extractor, "Sara Lind, director of the Lund School of Economics, said so.")
    assert [r.organization for r in result.roles if r.person == "Sara Lind"] == ["Lund School of Economics"]


def test_twenty_third_round_an_authors_line_with_a_body_holding_and(extractor):
    result = run(extractor, "POLICY COMMENTARY\n\nThe Customs Union at thirty: rebuild it\n\nTobias Wennerström, "
                            "Senior Fellow, Nordic Institute for Trade and Integration (NITI) | 20 March 2026\n\nWhen "
                            "the deputy minister spoke, markets fell.")
    assert ("Tobias Wennerström", "Senior Fellow", "Nordic Institute for Trade and Integration") in roles_of(result)


def test_twenty_third_round_a_member_with_group_and_country_in_brackets(extractor):
    result = run(extractor, "Ms Herrera said no.\n\nJan-Willem de Bruijn (ECR, NL) questioned whether a partner could "
                            "be subject to quotas at all.")
    assert "Jan-Willem de Bruijn" in person_names(result)
    assert "European Conservatives and Reformists" in org_names(result)


def test_twenty_third_round_a_post_with_brackets_of_group_and_country_names_no_person(extractor):
    result = run(extractor, "Chair: Giedre Kazlauskaite (Renew Europe, LT)\n\nThe Chair (EPP, PL) spoke.")
    assert person_names(result) == {"Giedre Kazlauskaite"}


@pytest.mark.parametrize("title", ["Minister of State for Commerce and Industry", "Minister of State for Commerce"])
def test_twenty_third_round_a_name_after_a_minister_of_states_portfolios(extractor, title):
    result = run(extractor, f"She held talks with {title} Kavita Raghunathan on Monday.")
    assert ("Kavita Raghunathan", title) in {(r.person, r.title) for r in result.roles}


def test_twenty_third_round_a_nickname_inside_a_name_after_a_post_and_its_comma(extractor):
    result = run(extractor, "Its secretary general, Heriberto \"Beto\" Lozoya Saldivar, told reporters that \"the "
                            "company complied on paper and retaliated in practice.\"")
    assert person_names(result) == {'Heriberto "Beto" Lozoya Saldivar'}
    assert [q.speaker for q in result.quotes] == ['Heriberto "Beto" Lozoya Saldivar']


def test_twenty_third_round_who_now_lectures_at_a_university_is_a_lecturer_there(extractor):
    result = run(extractor, "Mr Somchai Ruang, a former BOI secretary-general who now lectures at Chulalongkorn "
                            "University, said the rules were overdue.")
    assert ("Somchai Ruang", "lecturer", "Chulalongkorn University") in roles_of(result)
    assert [r.current for r in result.roles if r.title == "secretary-general"] == [False]


def test_twenty_third_round_a_member_after_party_and_state_names_the_committee_in_the_title(extractor):
    result = run(extractor, "Sen. Alan Reeve, D-Ore., a member of the Senate Banking Committee, said in a statement "
                            "that the licenses were weak.")
    assert ("Alan Reeve", "member of the Senate Banking Committee", "Senate Banking Committee") in roles_of(result)


def test_twenty_third_round_a_member_of_the_board_stays_as_written(extractor):
    result = run(extractor, "Jan Roe, member of the board, spoke.")
    assert [r.title for r in result.roles] == ["member of the board"]


def test_twenty_third_round_a_firm_owned_by_a_nationality_is_no_person(extractor):
    result = run(extractor, "Capt. Rafael Ortega Sandoval, fleet director at Chilean-owned Naviera Atlántica del Sur, "
                            "said his company had already moved its two vessels.")
    assert person_names(result) == {"Rafael Ortega Sandoval"}
    assert ("Rafael Ortega Sandoval", "fleet director", "Naviera Atlántica del Sur") in roles_of(result)


def test_twenty_third_round_a_title_listing_portfolios_is_not_the_other_body_its_sentence_names(extractor):
    result = run(extractor, "Jane Roe, a minister at the Department for Business and Trade (DBT), also held talks on "
                            "Monday with Minister of State for Commerce and Industry Kavita Raghunathan.")
    assert [r.organization for r in result.roles if r.person == "Kavita Raghunathan"] != \
        ["Department for Business and Trade"]


def test_twenty_third_round_a_standing_rapporteur_for_a_country(extractor):
    result = run(extractor, "European Parliament - Committee on International Trade (INTA)\n\nItem 5 - Customs Union\n\n"
                            "The standing rapporteur for Turkey, Kostas Papadakis (EPP, EL), presented a working "
                            "document.")
    assert ("Kostas Papadakis", "standing rapporteur for Turkey", "Committee on International Trade") in roles_of(result)


def test_twenty_third_round_a_korean_name_whose_first_syllable_spells_a_word(extractor):
    result = run(extractor, "The meeting was also attended by Hwang In-kyu, MOTIE's Director General for Trade "
                            "Security Policy, and by officials.")
    assert person_names(result) == {"Hwang In-kyu"}


def test_twenty_third_round_a_hyphenated_word_opening_a_sentence_is_no_name(extractor):
    result = run(extractor, "In-house lawyers at Samsung said no. Co-chair Ana Ruiz agreed.")
    assert "In-house" not in " ".join(person_names(result))


def test_twenty_third_round_a_firm_named_for_what_it_makes_read_as_a_person(extractor):
    result = run(extractor, "The heaviest rate applies to Lampang Nylon Resins, Thailand's biggest exporter of the "
                            "material. Its chief executive, Somchai Boonmee, called the finding unfair.")
    assert person_names(result) == {"Somchai Boonmee"}
    assert ("Somchai Boonmee", "chief executive", "Lampang Nylon Resins") in roles_of(result)


def test_twenty_third_round_a_surname_that_is_a_company_word_stays_a_person(extractor):
    result = run(extractor, "Ana Steel, a trade lawyer, said no.")
    assert person_names(result) == {"Ana Steel"}


@pytest.mark.parametrize("text, title", [
    ("Mr. Somsak Chaiyo, Honorary Chairman of the Thai Rice Exporters Association, said the deal was good.",
     "Honorary Chairman"),
    ("Mr. Somsak Chaiyo, Honorary President and former President of the Association, said: \"In forty years of "
     "exporting I have learned patience.\"", "Honorary President"),
])
def test_twenty_third_round_an_honorary_title_is_no_name(extractor, text, title):
    result = run(extractor, text)
    assert person_names(result) == {"Somsak Chaiyo"}
    assert title in {r.title for r in result.roles}


# ---- twenty-third round, first review: the reviewer's sentences ---------------------------------------------------
@pytest.mark.parametrize("text, person", [
    ("Senate Finance Committee weighs new tariff bill\nWASHINGTON (Reuters) - The tariffs would raise prices, said "
     "Mary Lee, an economist who has studied steel markets.", "Mary Lee"),
    ("The Senate Agriculture Committee will vote on Tuesday, said Dana Wills, a senior analyst.", "Dana Wills"),
])
def test_review23_a_committee_in_a_headline_or_sentence_is_no_heading_of_minutes(extractor, text, person):
    assert [r.organization for r in run(extractor, text).roles if r.person == person] == [None]


@pytest.mark.parametrize("text, name", [
    ("Dean Baker, co-founder of the Center for Economic and Policy Research, said the tariffs were regressive.",
     "Dean Baker"),
    ("James Dean, an analyst at Rabobank, said corn prices would fall.", "James Dean"),
])
def test_review23_dean_as_a_name(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("Under Secretary of State for Economic Growth Jacob Helberg met Indian officials.", "Jacob Helberg"),
    ("Minister of State for Investment and Trade Facilitation Aisha Bello spoke in Abuja.", "Aisha Bello"),
])
def test_review23_a_name_after_an_areas_last_words(extractor, text, name):
    assert person_names(run(extractor, text)) == {name}


@pytest.mark.parametrize("text, name", [
    ("Its chief executive, E-Jin Park, said the company would move production to Vietnam.", "E-Jin Park"),
    ("Our managing director, U-Jin Choi, said the company would expand in Mexico.", "U-Jin Choi"),
])
def test_review23_a_hyphenated_given_name_after_a_comma_is_no_party_tag(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Yara International (YAR, NO) cut fertilizer output.",
    "Participants included Wine Europe (CEEV, BE) and Spirits Europe (SE, BE).",
    "Press contact: Trade Policy Unit (TPU, BE)",
])
def test_review23_a_body_with_letters_and_a_country_in_brackets_is_no_person(extractor, text):
    assert not person_names(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    ("Representatives of Mercosur, Ambassador Pedro Ruiz of Uruguay and Chile's trade minister signed the pact.",
     "Pedro Ruiz"),
    ("The director of Cargill, Ambassador Ricardo Soto and farm leaders met in Brasilia.", "Ricardo Soto"),
])
def test_review23_a_post_before_an_ambassador_that_is_not_his(extractor, text, person):
    assert [r.title for r in run(extractor, text).roles if r.person == person] == ["Ambassador"]


def test_review23_a_talk_given_once_is_no_lecturers_post(extractor):
    result = run(extractor, "Mr. Grant, who lectured at the Heritage Foundation last week, defended the tariffs.")
    assert not [r for r in result.roles if r.title == "lecturer"]


@pytest.mark.parametrize("text, body", [
    ("Tomas Berg, director of operations at Port of Rotterdam, said volumes fell.", "Port of Rotterdam"),
    ("Jochen de Wit, director of trade at Port of Antwerp-Bruges, said throughput fell.", "Port of Antwerp-Bruges"),
])
def test_review23_a_port_authority_named_with_of(extractor, text, body):
    result = run(extractor, text)
    assert "Port" not in org_names(result)
    assert body in {r.organization for r in result.roles}


@pytest.mark.parametrize("text", [
    "Rep. Carl Mendez, who sits on the Senate-House conference committee, said a deal was close.",
    "Rep. Tom Rice (R-S.C.), who sits on the Ways and Means trade subcommittee, praised the deal.",
])
def test_review23_sits_on_a_body_whose_name_runs_on(extractor, text):
    assert not [r for r in run(extractor, text).roles if r.title.startswith("member of")]


def test_review23_a_manager_at_a_firm_owned_by_a_nationality(extractor):
    result = run(extractor, "Pablo Ortiz, a manager at Spanish-owned Naviera Atlántica del Sur, said ships were "
                            "diverted.")
    assert ("Pablo Ortiz", "manager", "Naviera Atlántica del Sur") in roles_of(result)


@pytest.mark.parametrize("text, body", [
    ("The Royal Thai Embassy in Berlin said Ambassador Somsri Chai had met the minister last week.",
     "Embassy of Thailand in Berlin"),  # (the mission's name as the lexicon writes missions; written as the story did)
    ("The Embassy of Thailand in Berlin said Ambassador Somsri Chai had met the minister last week.",
     "Embassy of Thailand in Berlin"),
    ("Ambassador Somsri Chai visited the Embassy of Chile.", None),
    ("The EU Delegation to Japan hosted Ambassador Jan Kowal and the Embassy of Chile sent Ambassador Somsri Chai.", None),
])
def test_twenty_third_round_a_bare_ambassador_and_the_one_mission_named_before_him(extractor, text, body):
    assert [r.organization for r in run(extractor, text).roles if r.person == "Somsri Chai"] == [body]


def test_twenty_third_round_a_city_in_capitals_closed_by_a_full_stop_places_the_story(extractor):
    result = run(extractor, "ANKARA. Deputy Minister of Trade Elif Demir said the quota was unfair.")
    assert [r.country for r in result.roles if r.person == "Elif Demir"] == ["TR"]


def test_twenty_third_round_a_bare_ministerial_rank_in_a_story_naming_one_ministry_of_its_country(extractor):
    result = run(extractor, "Berlin blocks sale\n\nBERLIN. The Federal Ministry for Economic Affairs and Energy (BMWE) "
                            "on Monday barred the sale.\n\nState Secretary Dr. Matthias Klein defended the decision in "
                            "the committee on Monday afternoon.")
    assert [r.organization for r in result.roles if r.person == "Matthias Klein"] == \
        ["Federal Ministry for Economic Affairs and Energy of Germany"]


def test_twenty_third_round_a_bare_rank_beside_two_ministries_stays_without_a_body(extractor):
    result = run(extractor, "BERLIN. The Federal Ministry of Finance and the Federal Ministry for Economic Affairs and "
                            "Energy disagreed.\n\nState Secretary Dr. Matthias Klein defended the decision.")
    assert [r.organization for r in result.roles if r.person == "Matthias Klein"] == [None]


def test_twenty_third_round_she_after_a_sentence_whose_subject_is_the_chair(extractor):
    result = run(extractor, "House of Commons Environment and Trade Committee\n\nMembers present: Fiona Gallagher "
                            "(Chair); Owen Pritchard.\n\nWitnesses: Tom Reyes, Director, Fish Producers Federation; Ana "
                            "Ruiz, Director, Trade Negotiations, Department for Business and Trade.\n\n1. Opening the "
                            "session, the Chair noted that the deal was signed in July. She said the Committee's "
                            "purpose was \"to test whether the gains will reach coastal towns\".\n\n2. Mr Reyes told the "
                            "Committee that the quota was \"the best deal in a generation\".")
    assert {(q.speaker, q.text[:7]) for q in result.quotes} == {("Fiona Gallagher", "to test"),
                                                                ("Tom Reyes", "the bes")}


def test_twenty_third_round_the_committee_alone_in_its_own_minutes_is_that_committee(extractor):
    result = run(extractor, "House of Commons Environment and Trade Committee\n\nMembers present: Fiona Gallagher "
                            "(Chair); Owen Pritchard.\n\n1. Opening the session, the Chair noted that the deal was "
                            "signed in July.\n\n2. Mr Reyes told the Committee that the quota was \"the best deal in a "
                            "generation\".")
    assert org_names(result) == {"House of Commons Environment and Trade Committee"}


# ---- twenty-third round, second review: the reviewer's sentences --------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("\"Exporters are front-loading shipments,\" said Singapore-based Priyanka Menon, senior economist at OCBC Bank.",
     "Priyanka Menon"),
    ("\"There's a lot of uncertainty,\" said Mumbai-based Rahul Kothari, a partner at Khaitan & Co.", "Rahul Kothari"),
])
def test_review23b_a_person_after_a_city_based(extractor, text, name):
    result = run(extractor, text)
    assert name in person_names(result) and [q.speaker for q in result.quotes] == [name]


@pytest.mark.parametrize("text, name", [
    ("Minister of Finance Terence Mwale presented the budget.", "Terence Mwale"),
    ("Commissioner for Trade Clarence Adjei said the ECOWAS tariff would be harmonised.", "Clarence Adjei"),
    ("Deputy Minister of Trade Clement Banda said Malawi would join the bloc.", "Clement Banda"),
])
def test_review23b_given_names_ending_like_abstract_nouns(extractor, text, name):
    assert person_names(run(extractor, text)) == {name}


@pytest.mark.parametrize("text, absent", [
    ("Director of operations at Port of Rotterdam Pieter Smits said the strike cost 20 million euros a day.",
     "Port of Rotterdam Pieter Smits"),
    ("\"We see headwinds,\" said Ana Costa, an economist at Bank of Portugal Governor Mario Centeno's office.",
     "Bank of Portugal Governor"),
    ("\"We cut our forecast,\" said Rui Tanaka, a strategist at Mizuho of Japan.", "Mizuho of Japan"),
])
def test_review23b_a_workplace_with_of_stops_at_its_name(extractor, text, absent):
    assert absent not in org_names(run(extractor, text))


def test_review23b_a_witness_chairing_another_body_in_a_committees_minutes(extractor):
    result = run(extractor, "House Ways and Means Committee\nWitnesses\nMaria Lopez, Chairwoman, U.S. Chamber of "
                            "Commerce trade task force, testified.")
    assert [r.organization for r in result.roles if r.person == "Maria Lopez"] != ["House Ways and Means Committee"]


@pytest.mark.parametrize("text", [
    "The Senate Majority Leader and Committee Chairman Roger Whitcombe negotiated the deal.",
    "The Senate President and Committee chairs agreed to fast-track the bill.",
])
def test_review23b_a_chambers_officer_and_committee_are_no_committee(extractor, text):
    assert not any("and Committee" in n for n in org_names(run(extractor, text)))


@pytest.mark.parametrize("text", [
    "The Han River-side plant will make batteries, Jung Sung-hoon of LG Energy Solution said.",
    "The Ma On-shan line opened in 2004, the MTR said.",
])
def test_review23b_places_with_hyphens_are_no_korean_names(extractor, text):
    assert not {"Han River-side", "Ma On-shan"} & person_names(run(extractor, text))


def test_review23b_a_minister_of_state_for_one_portfolio_keeps_the_department(extractor):
    result = run(extractor, "The Minister of State for Investment, Lord Harlow, spoke at the Department for Business "
                            "and Trade on Monday.")
    assert [r.organization for r in result.roles] == ["Department for Business and Trade"]


def test_twenty_third_round_a_ministry_the_model_cut_after_and(extractor):
    result = run(extractor, "On Monday, the undersecretary of Labor of the Ministry of Labor and Social Welfare (STPS), "
                            "Pablo Ruiz Soto, met in Celaya with union leaders.")
    assert ("Pablo Ruiz Soto", "undersecretary of Labor", "Ministry of Labor and Social Welfare") in roles_of(result)


def test_twenty_third_round_an_attorney_adviser(extractor):
    result = run(extractor, "\"It is hard,\" said Brian Roe, who previously served as an attorney-adviser in the "
                            "Commerce Department's Office of Chief Counsel for Industry and Security.")
    assert [r.title for r in result.roles if r.person == "Brian Roe"] == ["attorney-adviser"]


@pytest.mark.parametrize("text, name", [
    ("Witnesses:\n- The Honorable Thaddeus O. Mbeki, Under Secretary of Commerce for Industry and Security\n- Dr. Ana "
     "Ruiz, Senior Fellow, Center for Trade Studies", "Thaddeus O. Mbeki"),
    ("The Honourable Jane Roe, Minister for Trade, said no.", "Jane Roe"),
])
def test_twenty_third_round_the_honorable_is_no_part_of_the_name(extractor, text, name):
    assert name in person_names(run(extractor, text))


# ---- twenty-fourth round: sentences written for the misses of batches 86 and 88 -------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Datuk Seri Rosnah Kamaruddin met the union on Monday. Datuk Seri Rosnah assured the delegation that \"no worker "
     "will be left behind by the transition\" and agreed to meet again.", "Rosnah Kamaruddin"),
    ("The union noted remarks last week by Ahmad Faizal bin Ismail, chief executive officer of the Malaysian Palm Oil "
     "Council (MPOC), that the industry had \"done more in three years than the EU asked for in ten\".",
     "Ahmad Faizal bin Ismail"),
    ("Lena Ortiz met Paul Brand. Brand rejected a warning from Lena Ortiz that \"the quota will run out by the end of "
     "March\".", "Lena Ortiz"),
])
def test_twenty_fourth_round_assurances_and_remarks_by_a_person_are_theirs(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


def test_twenty_fourth_round_a_possessive_speech_noun_after_a_speaker_stays_the_speakers(extractor):
    result = run(extractor, "Botha said Steenhuisen made remarks by the fire. Botha said the promise \"means nothing at "
                            "all to the farmers here\".")
    assert [q.speaker for q in result.quotes] == ["Botha"]


def test_twenty_fourth_round_yang_berhormat_is_an_honorific(extractor):
    result = run(extractor, "The union met the Minister of Plantation and Commodities, YB Datuk Seri Rosnah Kamaruddin, "
                            "on Monday.")
    assert ("Rosnah Kamaruddin", "Minister of Plantation and Commodities", "Ministry of Plantation and Commodities") \
        in roles_of(result)


@pytest.mark.parametrize("text, name", [
    ("Officials met at the Ministry of Plantation and Commodities in Putrajaya on Monday.",
     "Ministry of Plantation and Commodities"),
    ("Officials met at the Embassy of Japan in Kuala Lumpur on Monday.", "Embassy of Japan in Kuala Lumpur"),
])
def test_twenty_fourth_round_a_ministrys_seat_is_no_part_of_its_name(extractor, text, name):
    assert org_names(run(extractor, text)) == {name}


def test_twenty_fourth_round_a_negotiating_group_keeps_its_remit(extractor):
    result = run(extractor, "A delegation met Ambassador Sigridur Magnusdottir of Iceland, who chairs the WTO "
                            "Negotiating Group on Rules, in Geneva on 15 May.")
    assert "WTO Negotiating Group on Rules" in org_names(result)


def test_twenty_fourth_round_a_post_in_a_sentence_opening_at_a_body_is_that_bodys(extractor):
    result = run(extractor, "At the steelmaker Acindar, the director of institutional relations, Ricardo Tomás "
                            "Benvenuto, estimated the cost at 60 dollars a tonne.")
    assert ("Ricardo Tomás Benvenuto", "director of institutional relations", "Acindar") in roles_of(result)
    result = run(extractor, "At the meeting, the director of institutional relations, Ricardo Tomás Benvenuto, "
                            "estimated the cost at 60 dollars a tonne.")
    assert ("Ricardo Tomás Benvenuto", "director of institutional relations", None) in roles_of(result)


def test_twenty_fourth_round_two_countries_ministries_of_one_name_stay_apart(extractor):
    result = run(extractor, "The talks were attended by Maria Lopez, director at Uruguay's Ministry of Foreign Affairs, "
                            "and Joao Lins, secretary at Brazil's Ministry of Foreign Affairs.")
    assert {("Maria Lopez", "director", "Ministry of Foreign Affairs of Uruguay"),
            ("Joao Lins", "secretary", "Ministry of Foreign Affairs of Brazil")} <= roles_of(result)
    assert {o.as_written for o in result.organizations} == {"Uruguay's Ministry of Foreign Affairs",
                                                            "Brazil's Ministry of Foreign Affairs"}


def test_twenty_fourth_round_a_contact_blocks_labelled_post_is_the_units(extractor):
    result = run(extractor, "TOKYO - The ministry will act on minerals, the minister said on Monday.\n\nContact: Trade "
                            "Policy Bureau, METI\nDirector: TANIGUCHI Rie\nTel: +81-3-3501-1511")
    assert ("TANIGUCHI Rie", "Director", "Trade Policy Bureau") in roles_of(result)
    assert "Rie" not in person_names(result)


def test_twenty_fourth_round_an_acronym_before_a_given_name_is_no_surname(extractor):
    result = run(extractor, "The WTO said on Monday that IMF chief Kristalina spoke to the USTR.")
    assert not any(n.startswith(("IMF", "WTO")) for n in person_names(result))


def test_twenty_fourth_round_arbitrators_sign_an_award(extractor):
    result = run(extractor, "5.1. We uphold the findings. (Exhibit PAK-22)\n\nSigned in the original in Geneva this "
                            "20th day of March 2026 by:\n\nK. Asante-Mensah, Presiding Arbitrator\nJ. Lindqvist, "
                            "Arbitrator\nT. E. Barreiro, Arbitrator")
    assert {("K. Asante-Mensah", "Presiding Arbitrator", None), ("J. Lindqvist", "Arbitrator", None)} \
        <= roles_of(result)
    assert "Exhibit" not in person_names(result)


def test_twenty_fourth_round_a_lexicon_body_alone_in_capitals_on_the_first_line(extractor):
    result = run(extractor, "WORLD TRADE ORGANIZATION\n\nWT/DS647/R\n13 February 2026\n\nREPORT OF THE PANEL\n\n1.1. "
                            "On 6 March 2024, the European Union requested consultations with Indonesia. The Panel "
                            "found against Indonesia.")
    assert org_names(result) == {"World Trade Organization", "European Union"}


@pytest.mark.parametrize("text, speaker", [
    ("4.12. Colombia refers to the statement of the Minister of Commerce, Ms María Ospina Restrepo, before the Congress "
     "on 12 March 2024, that \"the surge of Asian fabrics was something no one could have foreseen\".",
     "María Ospina Restrepo"),
    ("4.13. Pakistan relies on a letter from Mr Shahzad Ali Qureshi, Chairman of the All Pakistan Textile Mills "
     "Association (APTMA), stating that \"Pakistani mills supplied Colombia steadily for fifteen years\".",
     "Shahzad Ali Qureshi"),
    ("The quota answers a demand of the textile association. Its president, Mohamed Amine Bennouna, welcomed \"a "
     "decision of economic sovereignty.\"", "Mohamed Amine Bennouna"),
])
def test_twenty_fourth_round_statements_and_letters_of_a_named_person(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


def test_twenty_fourth_round_the_bare_title_is_its_holder_named_last(extractor):
    result = run(extractor, "The Secretary of International Economic Relations, Lucía Ferreyra, led Argentina's team. "
                            "Brazil's Secretary for Economic Affairs, Maurício Lins, chaired the meeting.\n\n\"Argentina arrives with a clear position on the "
                            "agreement,\" said Secretary Ferreyra.\n\nThe Secretary then met the EU side. \"We need "
                            "predictability, not a safeguard that a press release can trigger,\" the Secretary stressed.")
    assert [q.speaker for q in result.quotes] == ["Lucía Ferreyra", "Lucía Ferreyra"]


def test_twenty_fourth_round_said_its_hyphenated_title_and_a_name(extractor):
    result = run(extractor, "Copa-Cogeca, the EU farm lobby, says input costs will rise. \"Farmers are being asked to "
                            "pay for geopolitics at the till,\" said its secretary-general, Fionnuala Ní Bhriain.")
    assert [q.speaker for q in result.quotes] == ["Fionnuala Ní Bhriain"]
    assert ("Fionnuala Ní Bhriain", "secretary-general", "Copa-Cogeca") in roles_of(result)


def test_twenty_fourth_round_a_bodys_delegation_led_by_its_general_secretary(extractor):
    result = run(extractor, "The National Union of Plantation Workers (NUPW) wrote to the minister. On Monday an NUPW "
                            "delegation led by General Secretary G. Sankaran met the Minister of Plantation and "
                            "Commodities at the ministry.")
    assert ("G. Sankaran", "General Secretary", "National Union of Plantation Workers") in roles_of(result)


def test_twenty_fourth_round_a_name_before_its_kind_of_body_is_the_body(extractor):
    result = run(extractor, "Kim met Mostafa El-Naggar, deputy head of procurement at Egypt's Mostakbal Misr agency, to "
                            "discuss shipments of wheat.")
    assert "Mostakbal Misr" in org_names(result) and "Mostakbal Misr" not in person_names(result)
    assert ("Mostafa El-Naggar", "deputy head of procurement", "Mostakbal Misr") in roles_of(result)
    result = run(extractor, "The Trump administration said on Monday that Donald Trump will visit.")
    assert "Donald Trump" in person_names(result)


@pytest.mark.parametrize("text", [
    "Kazakh milling wheat was assessed at $226-231 per tonne FCA Kazakh-Uzbek border on Wednesday.",
    "Granular MOP was assessed at $355-360 a tonne on Wednesday, unchanged on the week.",
])
def test_twenty_fourth_round_price_report_terms_are_nobody(extractor, text):
    assert person_names(run(extractor, text)) == set()


def test_twenty_fourth_round_a_delegation_led_by_someone_who_meets_an_ambassador(extractor):
    result = run(extractor, "On the European side, a BGMEA delegation led by Farhana Chowdhury met EU Ambassador "
                            "Pieter-Jan Claessens in Dhaka on Sunday.")
    assert ("Pieter-Jan Claessens", "Ambassador", "European Union") in roles_of(result)


def test_twenty_fourth_round_a_senator_of_the_chamber_her_clause_names(extractor):
    result = run(extractor, "Sen. Mirta Ledesma, who chairs the mining committee of the Argentine Senate, welcomed the "
                            "agreement.")
    assert {("Mirta Ledesma", "Senator", "Argentine Senate"),
            ("Mirta Ledesma", "chair of the mining committee", "Argentine Senate")} <= roles_of(result)
    result = run(extractor, "Sen. Ted Cruz met Mexican senators in Mexico City, where the Mexican Senate is debating "
                            "the bill.")
    assert ("Ted Cruz", "Senator", "U.S. Senate") in roles_of(result)


def test_twenty_fourth_round_who_chairs_a_bodys_committee_or_board(extractor):
    result = run(extractor, "\"We need public finance that is willing to take risk,\" said Tatsuya Ishikawa, who chairs "
                            "the economic security committee of the Japan Business Federation, known as Keidanren.")
    assert ("Tatsuya Ishikawa", "chair of the economic security committee", "Japan Business Federation") \
        in roles_of(result)
    result = run(extractor, "Kemal Tuncer, a former economy minister who now chairs the board of the Istanbul-based "
                            "Bosphorus Trade Policy Institute (BTPI), said Ankara should push.")
    assert ("Kemal Tuncer", "chair of the board", "Bosphorus Trade Policy Institute") in roles_of(result)


def test_twenty_fourth_round_a_second_post_after_a_bodys_short_form(extractor):
    result = run(extractor, "Martín Ferreyra, president of the Rural Society (SRA) and a former agriculture secretary, "
                            "celebrated the quota.")
    assert {r[1] for r in roles_of(result)} == {"president", "agriculture secretary"}


def test_twenty_fourth_round_a_former_minister_who_now_serves_as_an_adviser(extractor):
    result = run(extractor, "Han Seung-woo, a former Korean trade minister who now serves as a senior adviser to Steppe "
                            "Advisory Partners, cautions that screening will matter less.")
    assert ("Han Seung-woo", "senior adviser", "Steppe Advisory Partners") in roles_of(result)


@pytest.mark.parametrize("text, nobody", [
    ("The duties follow a regulation published Thursday in the bloc's Official Journal.", "Journal"),
    ("Siam Polyester Resins supplies many members with food-grade PET, its chief said.", "PET"),
])
def test_twenty_fourth_round_a_gazette_and_a_plastic_are_no_actors(extractor, text, nobody):
    result = run(extractor, text)
    assert nobody not in person_names(result) | org_names(result)


def test_twenty_fourth_round_a_translated_bodys_short_form_in_its_own_words_order(extractor):
    result = run(extractor, "The former head of the Federal Center for Conciliation and Labor Registration (CFCRL), "
                            "Octavio Landa Urquidi, warned that the industry cannot afford it.")
    assert "Federal Center for Conciliation and Labor Registration" in org_names(result)


def test_twenty_fourth_round_a_plain_name_its_bracketed_initials_spell_is_a_body(extractor):
    result = run(extractor, "The STPS must present a remediation plan for the Celaya, Guanajuato, plant of Autopartes "
                            "Tecnológicas del Bajío (ATB), after Washington invoked the mechanism.")
    assert "Autopartes Tecnológicas del Bajío" in org_names(result)


def test_twenty_fourth_round_who_co_chairs_and_said_after_the_clause(extractor):
    result = run(extractor, "Deputy Under Secretary Janelle Ocampo-Reyes met labor leaders.\n\nDeputy Under Secretary "
                            "Ocampo-Reyes, who co-chairs the Interagency Labor Committee for Monitoring and Enforcement, "
                            "said: \"Our job is to make sure the mechanism delivers results.\"")
    assert [q.speaker for q in result.quotes] == ["Janelle Ocampo-Reyes"]
    assert ("Janelle Ocampo-Reyes", "co-chair of the Interagency Labor Committee for Monitoring and Enforcement",
            "Interagency Labor Committee for Monitoring and Enforcement") \
        in roles_of(result)


def test_twenty_fourth_round_a_titles_area_then_its_bodys_short_form(extractor):
    result = run(extractor, "MEXICO CITY - The Ministry of Economy (SE) proposed a quota.\n\nThe undersecretary of "
                            "Foreign Trade of the SE, Ana Rocío Barragán Olmedo, met officials in Washington on Monday.")
    assert ("Ana Rocío Barragán Olmedo", "undersecretary of Foreign Trade", "Secretariat of Economy of Mexico") \
        in roles_of(result)
    assert {o.as_written for o in result.organizations} == {"Ministry of Economy"}


def test_twenty_fourth_round_what_a_person_owns_and_runs_is_a_firm(extractor):
    result = run(extractor, "Rafael Ortega, whose Naviera Atlántica del Sur runs four car carriers between Mexico and US "
                            "Gulf ports, is shifting calls.")
    assert "Naviera Atlántica del Sur" in org_names(result)
    assert person_names(result) == {"Rafael Ortega"}


@pytest.mark.parametrize("text, present, absent", [
    ("BIMCO published a standard charter party clause last year.", {"BIMCO"}, set()),
    ("Opening the session, the Chair noted that the Agreement was signed on 24 July 2025.", set(), {"Agreement"}),
])
def test_twenty_fourth_round_shipping_bodies_and_an_agreement_named_by_its_kind(extractor, text, present, absent):
    names = org_names(run(extractor, text))
    assert present <= names and not absent & names


def test_twenty_fourth_round_a_terms_short_form_is_no_body(extractor):
    result = run(extractor, "Commerce found that solar cells are circumventing the antidumping (AD) and countervailing "
                            "duty (CVD) orders on crystalline silicon photovoltaic (CSPV) products. The CVD order offsets "
                            "subsidies, said Ana Ruiz, a partner at Kell LLP.")
    assert org_names(result) == {"Kell LLP"}
    result = run(extractor, "The rules of the World Trade Organization (WTO) apply, said Ana Ruiz of the ministry.")
    assert "World Trade Organization" in org_names(result)


@pytest.mark.parametrize("text, speaker", [
    ("Subcommittee Chairman Harlan J. Pruett (R-Kan.) opened the hearing by arguing that the Section 232 tariffs on "
     "steel \"only work if the steel at the border is what the paperwork says it is.\"", "Harlan J. Pruett"),
    ("Sen. Arambula asked Ms. Castañeda whether penalties should fall on exporters. \"Penalties should follow the "
     "importer of record, not the flag on the ship,\" Castañeda answered.", "Castañeda"),
])
def test_twenty_fourth_round_answered_and_by_arguing_that(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


def test_twenty_fourth_round_a_firm_named_for_partners_opens_on_a_comma(extractor):
    result = run(extractor, "Client Alert | US-EU Talks on Digital Trade\n\nBarrow, Kessling & Ortiz LLP - February 25, "
                            "2026\n\nLast week, Deputy U.S. Trade Representative Adrienne K. Holloway met officials.")
    assert "Barrow, Kessling & Ortiz LLP" in org_names(result)
    result = run(extractor, "Yesterday, Kessling & Ortiz LLP said the deal was good.\n\nYesterday, Kessling & Ortiz LLP "
                            "said the deal was good.")
    assert org_names(result) == {"Kessling & Ortiz LLP"}


def test_twenty_fourth_round_a_universitys_institute_and_its_professor(extractor):
    result = run(extractor, "Dong Yanping, a professor at the Institute of International Economics of the University of "
                            "International Business and Economics, said the US keeps moving the line.")
    # (round 43: the institute, written inside its university, is part of its people's posts, no body of its own)
    assert "University of International Business and Economics" in org_names(result)
    assert "Institute of International Economics" not in org_names(result)
    assert ("Dong Yanping", "professor", "University of International Business and Economics") in roles_of(result)


def test_twenty_fourth_round_a_former_post_with_its_portfolio_then_who_is_now(extractor):
    result = run(extractor, "Hou Zhenbang, a former vice minister of commerce who is now vice chairman of the China "
                            "Center for International Economic Exchanges, said the video call showed that channels "
                            "remain open.")
    assert {("Hou Zhenbang", "vice minister of commerce", "Ministry of Commerce of the People's Republic of China"),
            ("Hou Zhenbang", "vice chairman", "China Center for International Economic Exchanges")} <= roles_of(result)


def test_twenty_fourth_round_a_bylines_city_is_no_body(extractor):
    result = run(extractor, "Steppe Advisory Partners | Eurasia Trade Brief | 11 February 2026\n\nSeoul goes to the "
                            "steppe\n\nBy Madina Ospanova-Reid, Partner, Almaty\n\n1. The headline\nSouth Korea's Minister "
                            "for Trade, Jihoon Yoon, spent two days in Astana this week.")
    assert "Almaty" not in org_names(result)
    assert ("Madina Ospanova-Reid", "Partner", "Steppe Advisory Partners") in roles_of(result)


def test_twenty_fourth_round_a_deputy_of_the_mazhilis(extractor):
    result = run(extractor, "Former Minister of Agriculture Serik Zhumabaev, now a deputy of the Mazhilis of the "
                            "Parliament, called the ban an \"administrative reflex.\"")
    assert ("Serik Zhumabaev", "deputy", "Mazhilis") in roles_of(result)


@pytest.mark.parametrize("text, role", [
    ("Not everyone is convinced. Timur Abenov, who stepped down in April as chairman of the Food Contract Corporation, "
     "the state grain buyer, said its stocks were thin.", ("Timur Abenov", "chairman", "Food Contract Corporation")),
    ("The Asia-Pacific Fishworkers' Network (APFN) and the union met the chair. The delegation was led by APFN Regional "
     "Coordinator Ramon dela Cruz.", ("Ramon dela Cruz", "Regional Coordinator", "Asia-Pacific Fishworkers' Network")),
])
def test_twenty_fourth_round_a_post_left_in_a_month_and_a_filipino_particle(extractor, text, role):
    assert role in roles_of(run(extractor, text))


# ---- review24: a reviewer's sentences for the classes the first version of the change made worse --------------

@pytest.mark.parametrize("text", [
    "Trade Desk | 26.03.2026\nThe EU extended its steel safeguard.",
    "Anadolu Agency | 26.03.2026\nTurkey's exports rose 5 percent in March.",
    "Istanbul Chamber Of Commerce | 10.10.2025\nMembers met the minister.",
    "Port Klang | 05.06.2026\nContainer volumes rose 4 percent.",
])
def test_review24_a_dated_line_of_a_desk_a_body_or_a_place_names_nobody(extractor, text):
    assert person_names(run(extractor, text)) == set()


@pytest.mark.parametrize("text, person", [
    ("Hungary, whose Peter Varadi has blocked the sanctions package twice, again refused to sign.", "Peter Varadi"),
    ("The European Union, whose Maros Sefcovic led the talks, said the outcome was balanced.", "Maros Sefcovic"),
    ("Canada's Mark Halloway firm on retaliation as steel talks stall.", "Mark Halloway"),
    ("Japan's Taro Kono agency reform plan was shelved.", "Taro Kono"),
])
def test_review24_a_countrys_or_bodys_people_stay_people(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, person, body", [
    ("At the request of the Ministry of Economy, the deputy director, Ana Sola, revised the forecast.", "Ana Sola",
     "Ministry of Economy"),
    ("At the WTO General Council, India's ambassador, Suresh Rao, blocked the decision.", "Suresh Rao",
     "WTO General Council"),
    ("At the summit hosted by the African Union, the president of Ghana, Kwame Asante, called for unity.",
     "Kwame Asante", "African Union"),
])
def test_review24_a_fronted_at_phrase_that_is_no_workplace(extractor, text, person, body):
    assert not any(p == person and o == body for p, _, o in roles_of(run(extractor, text)))


@pytest.mark.parametrize("text, person", [
    ("Senator Joan Fields of Ohio, who met members of the Philippine Senate in Manila, said rice tariffs should fall.",
     "Joan Fields"),
    ("Senator Elena Cruz of Texas, who testified before the Mexican Senate's foreign affairs committee, urged calm.",
     "Elena Cruz"),
])
def test_review24_a_chamber_a_senator_visits_is_not_hers(extractor, text, person):
    assert (person, "Senator", "U.S. Senate") in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("The Commission fined Nordstahl AG 40 million euros. \"We will appeal,\" said its chief executive, Jonas Weber.",
     ("Jonas Weber", "chief executive", "Commission")),
    ("Unilever sued the Kenya Revenue Authority over the levy. \"We respect the law,\" said its commissioner general, "
     "Humphrey Wattanga.", ("Humphrey Wattanga", "commissioner general", "Unilever")),
])
def test_review24_said_its_title_after_a_sentence_about_an_action(extractor, text, role):
    assert role not in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, absent", [
    ("Importers must register on the National Single Window (NSW) by March.", "National Single Window"),
    ("Fishers objected to the Vessel Monitoring System (VMS) rules.", "Vessel Monitoring System"),
    ("Indonesian Sustainable Palm Oil (ISPO) certificates are now mandatory.", "Indonesian Sustainable Palm Oil"),
])
def test_review24_a_system_or_scheme_its_initials_spell_is_no_body(extractor, text, absent):
    assert absent not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, short", [
    ("Spain's national statistics institute (INE) said exports fell 3 percent. INE data showed a sharp drop in olive "
     "oil sales.", "INE"),
    ("According to the federal statistics office (FSO), watch exports to the U.S. fell. The FSO said shipments dropped "
     "12 percent.", "FSO"),
])
def test_review24_a_body_named_in_lower_case_keeps_its_short_form(extractor, text, short):
    assert short in org_names(run(extractor, text))


@pytest.mark.parametrize("text, people", [
    ("Local aluminium producer Kemal Aydin, owner of a small foundry in Izmir, said scrap prices doubled.",
     {"Kemal Aydin"}),
    ("Two cocoa suppliers, Kwame Asante and Ama Owusu, told Reuters they were paid late.", {"Kwame Asante"}),
])
def test_review24_producers_and_suppliers_who_are_people(extractor, text, people):
    result = run(extractor, text)
    assert people <= person_names(result) and not people & org_names(result)


@pytest.mark.parametrize("text", [
    "The data from MPOB Ahmad showed stocks rising.",
    "Under the rules, EXIM Sarah must approve the loan.",
    "The decision by ISTAC Fatima was final.",
])
def test_review24_an_acronym_before_a_given_name_is_no_surname(extractor, text):
    assert not any(n.split()[0].isupper() for n in person_names(run(extractor, text)))


@pytest.mark.parametrize("text, wrong", [
    ("Contact: Ana Ruiz, Federation of Exporters\nChairman: Luis Vega, Ministry of Trade",
     ("Luis Vega", "Chairman", "Federation of Exporters")),
    ("Media contact: Lisa Park\nHead of Communications: Tom Reed, Korea International Trade Association",
     ("Tom Reed", "Head", "Media")),
])
def test_review24_a_labelled_line_naming_its_own_body_keeps_it(extractor, text, wrong):
    assert wrong not in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, speaker", [
    ("Governor Ahmed Bello welcomed \"the return of foreign buyers to Kano,\" his spokesman Musa Ali said on Sunday.",
     "Musa Ali"),
    ("Energy Minister Sara Mbeki welcomed the EU's offer of \"a green hydrogen partnership worth 4 billion euros.\"",
     None),
])
def test_review24_a_verb_that_carries_a_quote_yields_to_a_speaker_and_another_partys_words(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text", [
    "Markets Team | 01/04/2026\nCopper prices rose on Tuesday.",
    "WTO Dispute Settlement | 14.05.2025\nThe panel circulated its report on Tuesday.",
    "Reuters Staff | 26.03.2026\nAnkara imposed duties on Chinese cars.",
])
def test_review24_a_dated_line_of_a_team_or_staff_names_nobody(extractor, text):
    assert person_names(run(extractor, text)) == set()


def test_review24_a_family_group_keeps_its_founder(extractor):
    assert "Carlos Slim" in person_names(run(extractor, "Mexico's Carlos Slim group is expanding into Colombia."))


# ---- review24b: a second reviewer's sentences for the near misses of the fixed version ---------------------------

@pytest.mark.parametrize("text, wrong", [
    ("Meanwhile, Kessling & Ortiz LLP said the ruling could be appealed.", "Meanwhile, Kessling & Ortiz LLP"),
    ("Today, Hart & Lowe LLP published its client alert.", "Today, Hart & Lowe LLP"),
    ("Nairobi, Kessling & Ortiz LLP announced the opening of an office in Kenya.", "Nairobi, Kessling & Ortiz LLP"),
])
def test_review24b_a_sentence_adverb_or_place_before_a_firm_is_no_partner(extractor, text, wrong):
    assert wrong not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    ("Sen. Paul Rider, fresh from a visit to the Brazilian Senate, said ethanol tariffs should go.", "Paul Rider"),
    ("Sen. Tom Harris, a guest of the Philippine Senate last week, said the rice deal was close.", "Tom Harris"),
    ("Sen. Ron Avila, a frequent critic of the Mexican Senate, said the energy law broke USMCA.", "Ron Avila"),
])
def test_review24b_a_chamber_named_beside_a_senator_but_not_his_seat(extractor, text, person):
    assert (person, "Senator", "U.S. Senate") in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("Senator Ramon Diaz, a member of the Philippine Senate, said the rice tariff would be cut.",
     ("Ramon Diaz", "Senator", "Philippine Senate")),
    ("Senator Rosa Tapia, who sits in the Chilean Senate, voted against the treaty.",
     ("Rosa Tapia", "Senator", "Senate of Chile")),
])
def test_review24b_a_chamber_named_as_the_senators_seat(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    ("Mexico's Carlos Ruelas conglomerate, Grupo Ruelas, said it would bid for the port.", "Carlos Ruelas"),
    ("Canada's Mark Halloway company, which makes steel pipe, laid off workers.", "Mark Halloway"),
])
def test_review24b_a_tycoons_company_keeps_the_tycoon(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, short", [
    ("The country's sugar regulator (SRA) cut the import allocation. SRA said stocks were sufficient.", "SRA"),
    ("The port regulator (PRA) approved new tariffs. PRA chairman Ali Khan said fees would rise.", "PRA"),
])
def test_review24b_a_regulator_named_in_lower_case_keeps_its_short_form(extractor, text, short):
    assert short in org_names(run(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    ("Speaking as a panelist, Minister Hannah Fox said the EU would not back down.", "panelist"),
    ("Trade Minister Kofi Asare, a panelist at the Davos session on tariffs, said Ghana would diversify.", "panelist"),
])
def test_review24b_a_panelist_at_an_event_holds_no_post(extractor, text, wrong):
    assert not any(t == wrong for _, t, _ in roles_of(run(extractor, text)))


def test_review24b_a_disputes_number_is_no_body(extractor):
    assert "DS267" not in org_names(run(extractor, "The arbitrator in DS267, Professor Eva Hart, set the level of "
                                                   "retaliation."))


def test_review24b_at_an_event_with_a_body(extractor):
    result = run(extractor, "At the signing with Siemens, the governor, Ruth Okafor, welcomed the plant.")
    assert ("Ruth Okafor", "governor", "Siemens") not in roles_of(result)


def test_review24b_a_warning_from_a_body_to_a_person_is_not_the_persons(extractor):
    result = run(extractor, "A warning from the IMF to Finance Minister Chipo Moyo that debt was \"unsustainable without "
                            "deep reforms to the tax system\" went unheeded.")
    assert "Chipo Moyo" not in {q.speaker for q in result.quotes}


@pytest.mark.parametrize("text, absent", [
    ("The Western Sugar Cooperative (WSC) said beet acreage would fall.", "World Shipping Council"),
    ("Colombia's Plan Nacional de Desarrollo (PND) targets non-mining exports.", "Plan Nacional de Desarrollo"),
    ("Mercosur will cut the Tarifa Externa Común (TEC) on capital goods.", "Tarifa Externa Común"),
    ("Senator Joan Price, whose Farm Export Bill passed the Senate, welcomed the vote.", "Farm Export Bill"),
    ("According to YB Nurul Huda, the export ban would stay.", "YB Nurul Huda"),
])
def test_review24b_plans_tariffs_bills_and_honorifics_are_no_bodies(extractor, text, absent):
    assert absent not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    ("The Commission said it had fined Nordstahl AG 40 million euros. \"We will appeal,\" said its chief executive, "
     "Uwe Krämer.", ("Uwe Krämer", "chief executive", "Commission")),
    ("Media enquiries: Ministry of Trade\nMinister: Ana Castro", ("Ana Castro", "Minister", "Media")),
    ("A Port Authority delegation led by Governor General Helen Brack toured the terminal.",
     ("Helen Brack", "Governor General", "Port Authority")),
])
def test_review24b_posts_not_at_the_body_beside_them(extractor, text, wrong):
    assert wrong not in roles_of(run(extractor, text))


def test_twenty_fourth_round_a_senator_is_never_seated_in_a_lower_house_her_clause_names(extractor):
    result = run(extractor, "Sen. Ana Cruz, a member of the House of Representatives of Indonesia, said no.")
    assert ("Ana Cruz", "Senator", "House of Representatives of Indonesia") not in roles_of(result)


# ---- twenty-fifth round ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, role", [
    ("The Committee took oral evidence from the Rt Hon Alasdair Reid-Munro MP, Minister of State for Trade Policy, "
     "Department for Business and Trade.", "Alasdair Reid-Munro",
     ("Alasdair Reid-Munro", "Minister of State for Trade Policy", "Department for Business and Trade")),
    ("Ravi Menon KC, counsel for the importers, said the duty was unlawful.", "Ravi Menon", None),
    ("Dame Ada Obi DBE, chair of the Export Council, opened the meeting.", "Ada Obi", None),
])
def test_twenty_fifth_round_letters_after_a_name_are_no_part_of_it(extractor, text, person, role):
    result = run(extractor, text)
    assert person in person_names(result)
    assert not any(n.endswith((" MP", " KC", " DBE")) for n in person_names(result))
    if role:
        assert role in roles_of(result)


@pytest.mark.parametrize("text, wrong, role", [
    ("The Committee heard Professor Siobhan Doyle, Professor of International Trade Law, University of Kent.",
     "Law", ("Siobhan Doyle", "Professor of International Trade Law", "University of Kent")),
    ("Dr Amal Haddad, Lecturer in Development Economics, University of Leeds, gave evidence.", "Economics", None),
])
def test_twenty_fifth_round_a_field_closes_the_area_of_a_post(extractor, text, wrong, role):
    result = run(extractor, text)
    assert wrong not in person_names(result)
    if role:
        assert role in roles_of(result)


def test_twenty_fifth_round_a_surname_after_an_area_is_still_a_name(extractor):
    result = run(extractor, "Secretary for Labour and Welfare Law Chi-kwong met the delegation.")
    assert "Law Chi-kwong" in person_names(result)


def test_twenty_fifth_round_an_attendance_line_lists_people_not_posts(extractor):
    result = run(extractor, "Members present: Hon Tamati Kereama (Chairperson), Dr Priya Venkat (Deputy Chairperson), "
                            "Hon Bruce Halloran, James Oduya, Aroha Ngata-Simmonds\n\nApologies: Sarah Fitz (for "
                            "lateness)\n\nThe committee heard evidence on the bill.")
    names = person_names(result)
    assert {"Bruce Halloran", "James Oduya", "Aroha Ngata-Simmonds", "Sarah Fitz"} <= names
    assert "Aroha Ngata-Simmonds" not in org_names(result)
    assert not any(t in names for _, t, _ in roles_of(result))


@pytest.mark.parametrize("text, person, nickname_quote", [
    ("Kwabena Asante-Mensah — known across the industry as Kobby — director of trade policy at the Motor Traders "
     "Society, met officials in Brussels.\n\nKobby, for his part, is keeping expectations low. \"Brussels listens. "
     "Whether it moves is another question,\" he said.", "Kwabena Asante-Mensah", "Brussels listens"),
    ("Ana Lucia Ferreira, nicknamed Nena, heads the growers' cooperative. Nena told reporters: \"We cannot sell "
     "below cost for another season.\"", "Ana Lucia Ferreira", "We cannot sell"),
])
def test_twenty_fifth_round_a_nickname_the_story_explains_is_the_person(extractor, text, person, nickname_quote):
    result = run(extractor, text)
    assert person in person_names(result)
    assert not ({"Kobby", "Nena"} & (person_names(result) | org_names(result)))
    assert any(q.speaker == person and q.text.startswith(nickname_quote) for q in result.quotes)


def test_twenty_fifth_round_known_as_after_a_body_is_no_person(extractor):
    result = run(extractor, "The Comprehensive Economic Partnership Agreement, known as Cepa, took effect in May.")
    assert "Cepa" not in person_names(result)


@pytest.mark.parametrize("text, role", [
    ("At Westminster, the Business and Trade Committee, chaired by Dame Philippa Ashcombe, will question ministers.",
     ("Philippa Ashcombe", "chair", "Business and Trade Committee")),
    ("The Joint Economic Commission, co-chaired by Deputy Minister Marta Ruiz, met in Lima.",
     ("Marta Ruiz", "co-chair", "Joint Economic Commission")),
])
def test_twenty_fifth_round_chaired_by_gives_the_chair(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_twenty_fifth_round_a_meeting_chaired_by_someone_gives_no_post(extractor):
    result = run(extractor, "A meeting chaired by Marta Ruiz agreed the agenda.")
    assert not any(t == "chair" for _, t, _ in roles_of(result))


def test_twenty_fifth_round_a_given_name_a_company_goes_by_opens_a_persons_name(extractor):
    result = run(extractor, "Mercedes Ruiz Castellanos, director in charge of trade defence at the European "
                            "Commission, said the review would start in May. Ruiz Castellanos declined to comment.")
    assert "Mercedes Ruiz Castellanos" in person_names(result)
    assert "Mercedes" not in org_names(result)
    assert ("Mercedes Ruiz Castellanos", "director in charge of trade defence", "European Commission") \
        in roles_of(result)


def test_twenty_fifth_round_the_company_itself_stays_a_company(extractor):
    result = run(extractor, "Mercedes Benz, a German carmaker, said sales fell. Mercedes will cut jobs.")
    assert "Mercedes-Benz" in org_names(result) and not person_names(result)


def test_twenty_fifth_round_an_mp_in_a_story_that_names_only_another_countrys_chamber(extractor):
    result = run(extractor, "In the Sejm the tax has more supporters than opponents. MP Ewa Nowak of the Civic "
                            "Coalition, chair of the Sejm Committee on Digitalisation, received the US diplomat.")
    assert ("Ewa Nowak", "MP", "Sejm") in roles_of(result)
    assert ("Ewa Nowak", "chair of the Sejm Committee on Digitalisation", "Sejm Committee on Digitalisation") \
        in roles_of(result)
    assert "Civic Coalition" not in person_names(result)


def test_twenty_fifth_round_an_mp_stays_in_her_own_chamber_when_the_story_names_it(extractor):
    result = run(extractor, "MP Jane Holt said the House of Commons would vote. The Sejm passed its own bill.")
    assert not any(r.organization == "Sejm" for r in result.roles)


def test_twenty_fifth_round_a_party_after_of_the_is_no_person(extractor):
    result = run(extractor, "Deputy Lina Ortiz of the Green Renewal Movement, chair of the energy committee, said no.")
    assert "Green Renewal Movement" not in person_names(result)


@pytest.mark.parametrize("text, paper", [
    ("[Translated from the Indonesian-language daily Warta Niaga]\n\nJAKARTA - The government is drafting a ban, "
     "Warta Niaga reported.", "Warta Niaga"),
    ("[Translated from the Japanese-language Chubu Keizai Shimbun]\n\nTOKYO - The government will widen screening.",
     "Chubu Keizai Shimbun"),
])
def test_twenty_fifth_round_a_paper_after_its_language(extractor, text, paper):
    result = run(extractor, text)
    assert paper in org_names(result) and paper not in person_names(result)
    assert not any("-language" in o for o in org_names(result))


def test_twenty_fifth_round_an_act_whose_name_holds_and_is_no_body(extractor):
    result = run(extractor, "Alloys are screened under the Foreign Exchange and Foreign Trade Act (FEFTA), officials "
                            "said.")
    assert not any("Act" in o or o == "FEFTA" for o in org_names(result))


def test_twenty_fifth_round_please_contact_heads_a_contact_block(extractor):
    result = run(extractor, "The next round is planned in Jakarta.\n\nFor further information, please contact:\n"
                            "Ms. Nadia Puspitasari, Counsellor for Economic Affairs\n"
                            "Embassy of the Republic of Indonesia in Tokyo")
    assert any(p == "Nadia Puspitasari" and t == "Counsellor for Economic Affairs" and o and o.startswith("Embassy of")
               for p, t, o in roles_of(result))


def test_twenty_fifth_round_a_witness_line_names_its_own_body_or_none(extractor):
    result = run(extractor, "The committee heard evidence from:\nCraig Andersen, Deputy Comptroller, New Zealand Customs "
                            "Service\nHemi Tautahi, Executive Director, ExportNZ\nJane Doe, Partner, Brussels\n"
                            "Helen Okoro, Director, Trade Negotiations\n\nMs Fifita told the committee the ban was "
                            "overdue.")
    roles = roles_of(result)
    assert ("Hemi Tautahi", "Executive Director", "ExportNZ") in roles
    assert ("Craig Andersen", "Deputy Comptroller", "New Zealand Customs Service") in roles
    assert ("Jane Doe", "Partner", None) in roles and ("Helen Okoro", "Director", None) in roles
    assert "Brussels" not in org_names(result) and "Trade Negotiations" not in org_names(result)


def test_twenty_fifth_round_a_think_tank_named_for_a_strategy_is_a_body(extractor):
    result = run(extractor, "Rafael Ortiz, a senior fellow at the Centre for European Trade Strategy in Madrid, said "
                            "the tariffs bought time.")
    assert "Centre for European Trade Strategy" in org_names(result)
    assert ("Rafael Ortiz", "senior fellow", "Centre for European Trade Strategy") in roles_of(result)


def test_twenty_fifth_round_emissions_trading_is_no_company(extractor):
    result = run(extractor, "Free allocation under the EU Emissions Trading System is being phased down.")
    assert not any("Trading" in o for o in org_names(result))


@pytest.mark.parametrize("text", [
    "In the European Parliament, Lisa Baumgart, an Austrian MEP on the International Trade Committee (INTA), called "
    "for one screening authority.",
    "Lisa Baumgart, an MEP on the International Trade Committee, called for one screening authority.",
])
def test_twenty_fifth_round_a_member_on_a_committee_holds_her_seat_in_the_chamber(extractor, text):
    assert ("Lisa Baumgart", "MEP", "European Parliament") in roles_of(run(extractor, text))


# ---- review25: a reviewer's near misses --------------------------------------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("Chief executive Anna Berg visited the plant of rival Volvex AB on Monday.", "Volvex AB"),
    ("CEO Lina Park said Samsung Electronics Co. was a key customer.", "Samsung Electronics Co."),
    ("Chief executive Jack Moreno, formerly of Glencore Plc, joined the board last month.", "Glencore Plc"),
])
def test_review25_a_company_later_in_the_sentence_is_not_the_officers(extractor, text, wrong):
    assert not any(o == wrong for _, _, o in roles_of(run(extractor, text)))


@pytest.mark.parametrize("text, wrong", [
    ("Representatives of the Cotton Board attended the meeting at the Ministry of Trade, chaired by Minister Grace "
     "Achieng.", "Ministry of Trade"),
    ("The talks with the European Commission, chaired by Commissioner Pieter Vanhove, were constructive.",
     "European Commission"),
    ("The Trade Committee of the European Parliament, chaired by Bernd Lange-Hofer, voted on the text.",
     "European Parliament"),
    ("A panel discussion at the Chamber of Commerce, chaired by Mary Quinn, followed.", "Chamber of Commerce"),
])
def test_review25_chaired_by_after_a_host_or_a_parent_gives_it_no_chair(extractor, text, wrong):
    assert not any(t in ("chair", "co-chair") and o == wrong for _, t, o in roles_of(run(extractor, text)))


def test_review25_an_unlisted_council_has_its_chair(extractor):
    assert ("Ada Obi", "chair", "Export Council") in roles_of(run(extractor, "The Export Council, chaired by Dame Ada "
                                                                            "Obi, opened the meeting."))


@pytest.mark.parametrize("text", [
    "Members present: Dr. Sam Okello, Dr. Mary Atieno, Prof. John Ouma",
    "Present: Hon. Jane Ochieng, Hon. Peter Mbugua, Hon. Alice Njoki",
    "Members present: Jane Holt MP (Chair), Alan Reid MP, Samira Khan MP, Tom Bright MP",
])
def test_review25_an_attendance_line_with_honorifics_gives_no_name_as_a_post(extractor, text):
    result = run(extractor, text)
    names = person_names(result)
    assert len(names) >= 3 and not any(" MP" in n or n.startswith(("Dr", "Hon")) for n in names)
    assert not any(any(w in t for w in ("Dr.", "Hon.", "MP")) or t in names for _, t, _ in roles_of(result))


def test_review25_a_councillor_is_no_part_of_the_name(extractor):
    assert person_names(run(extractor, "Apologies: Cllr Janet Pike, Cllr Roger Blythe\n\nItem 1: Port fees.")) \
        == {"Janet Pike", "Roger Blythe"}


@pytest.mark.parametrize("text, thing", [
    ("The Pacific Trade Pact, known as Pactra, was signed in Apia.", "Pacific Trade Pact"),
    ("The United States-Mexico-Canada Agreement, known as Usmca, is under review.", "Agreement"),
    ("The new body, the Export Credit Facility, known as Ecfa, opened.", "Export Credit Facility"),
])
def test_review25_known_as_after_a_pact_or_a_body_makes_no_person(extractor, text, thing):
    assert not any(thing in n for n in person_names(run(extractor, text)))


@pytest.mark.parametrize("text, person", [
    ("Translated from the Spanish-language daily El Tiempo, the interview with Minister Laura Rios covered coffee "
     "exports.", "Laura Rios"),
    ("[Translated from the French-language daily Le Soleil, Dakar] Minister Awa Ndiaye said groundnut exports would "
     "resume.", "Awa Ndiaye"),
    ("Translated from the Polish-language daily Gazeta Handlowa, the article quoted MP Jan Nowicki.", "Jan Nowicki"),
])
def test_review25_a_language_note_running_into_prose_keeps_its_people(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, company", [
    ("Toyota Akio Morimoto Tanaka, president, said the yen was the main worry.", "Toyota"),
    ("Airbus Guillaume Faure Lemoine, chief executive, said supply chains were strained.", "Airbus"),
    ("BMW and Mercedes Julia Hofmann Weiss, analyst at Metzler, said, would both suffer.", "Mercedes"),
])
def test_review25_a_company_before_a_persons_name_stays_a_company(extractor, text, company):
    result = run(extractor, text)
    assert not any(n.startswith(company) for n in person_names(result))


@pytest.mark.parametrize("text, wrong", [
    ("Speakers:\nJames Ode, Director, Trade and Investment\nMary Ade, Head, Export Development", "Trade and Investment"),
    ("Witnesses:\nJane Ford, Director, European Union\nMark Cole, Head, World Trade Organization Affairs",
     "World Trade Organization Affairs"),
])
def test_review25_a_witness_lines_area_is_no_body(extractor, text, wrong):
    result = run(extractor, text)
    assert wrong not in org_names(result) and not any(o == wrong for _, _, o in roles_of(result))


@pytest.mark.parametrize("text, role", [
    ("For further information, please contact:\nSir Malcolm Ostridge KC, Chair, Trade Law Association\n"
     "+44 20 5555 0101", ("Malcolm Ostridge", "Chair", "Trade Law Association")),
    ("For further information, please contact:\nJane Holt MP, Chair, Export Council\n+44 20 5555 0101",
     ("Jane Holt", "Chair", "Export Council")),
    ("Witnesses:\nSir Malcolm Ostridge KC, Chair, Trade Law Association\nJane Holt, Director, Export Council",
     ("Malcolm Ostridge", "Chair", "Trade Law Association")),
])
def test_review25_letters_after_a_name_on_a_contact_line_keep_the_body(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Kenji Arakawa, Japan's chief negotiator for the Comprehensive and Progressive Agreement for Trans-Pacific "
    "Partnership at the Cabinet Secretariat, met officials.",
    "Kenji Arakawa, Japan's chief negotiator for the Comprehensive and Progressive Agreement at the Cabinet "
    "Secretariat, met officials.",
])
def test_twenty_fifth_round_an_agreement_in_a_posts_area_then_its_body(extractor, text):
    assert ("Kenji Arakawa", "chief negotiator", "Cabinet Secretariat") in roles_of(run(extractor, text))


# ---- twenty-fifth round, after the new sets were scored -----------------------------------------------------

EARNINGS_CALL = ("Halvard Drilling Systems, Inc. (HDS) Q2 2026 Earnings Call Transcript\n\nCompany Participants\n\n"
                 "Nora Blix -- Vice President, Investor Relations\nTomas Ekdahl -- Chief Executive Officer\n\n"
                 "Conference Call Participants\n\nWen-Li Sato -- Fjordline Securities\nAmara Holt -- Brackwater "
                 "Capital\n\nPresentation\n\nOperator: Good afternoon, and welcome to the call.")


def test_twenty_fifth_round_an_earnings_calls_participants(extractor):
    result = run(extractor, EARNINGS_CALL)
    assert {"Nora Blix", "Tomas Ekdahl", "Wen-Li Sato", "Amara Holt"} <= person_names(result)
    roles = roles_of(result)
    assert ("Nora Blix", "Vice President, Investor Relations", "Halvard Drilling Systems, Inc.") in roles
    assert ("Tomas Ekdahl", "Chief Executive Officer", "Halvard Drilling Systems, Inc.") in roles
    assert {"Fjordline Securities", "Brackwater Capital"} <= org_names(result)
    assert not any(p in ("Wen-Li Sato", "Amara Holt") for p, _, _ in roles)


def test_twenty_fifth_round_a_panel_composed_as_follows(extractor):
    result = run(extractor, "1.2. On 19 May 2025, the Director-General composed the Panel as follows:\n\n"
                            "Chairperson: Ms Marit Solvang\nMembers: Mr Tomas Ibarra Quiroz\nMs Adaeze Okonkwo-Bello\n\n"
                            "1.3. Australia notified its interest in participating.")
    roles = roles_of(result)
    assert ("Marit Solvang", "Chairperson", None) in roles
    assert ("Tomas Ibarra Quiroz", "Member", None) in roles and ("Adaeze Okonkwo-Bello", "Member", None) in roles


def test_twenty_fifth_round_a_posts_area_after_its_owners_possessive(extractor):
    result = run(extractor, "U.S. Customs and Border Protection (CBP) said duties rose. \"Our officers are making sure "
                            "every importer pays,\" said Marisol Quintana, CBP's Director of Field Operations in Tucson.")
    assert "Field Operations" not in org_names(result)
    assert any(p == "Marisol Quintana" and o == "U.S. Customs and Border Protection" for p, _, o in roles_of(result))


@pytest.mark.parametrize("text, role", [
    ("Deputy Industry and Trade Minister Nguyen Thi Lan met the delegation in Hanoi.",
     # (round 49: the listed ministry of those words of the one country the story names, by its capital)
     ("Nguyen Thi Lan", "Deputy Industry and Trade Minister", "Ministry of Industry and Trade of Vietnam")),
    ("Executive Vice-President and Trade Commissioner Anna Kovac said no.",
     ("Anna Kovac", "Trade Commissioner", "European Commission")),
])
def test_twenty_fifth_round_one_portfolio_of_two_domains_is_one_post(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    ("Mr Okafor is no relation of my hon. Friend the Member for Hallam Vale. We have secured agreement.",
     "Hallam Vale"),
    ("1. Dr Adaeze Okafor (Hallam Vale) (Lab): What recent discussions she has had with the Commission on steel?",
     "Hallam Vale"),
    ("We have secured agreement, I am told. [Laughter.] The minister smiled.", "Laughter"),
    ("At the meeting, held at the offices on Paseo de la Reforma, the official said Mexico would not accept it.",
     "Paseo de la Reforma"),
])
def test_twenty_fifth_round_seats_stage_notes_and_streets_are_nobody(extractor, text, wrong):
    assert wrong not in person_names(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("Sen. Paul Harrow, who co-chairs the Senate Dairy Caucus, said no.",
     ("Paul Harrow", "co-chair", "Senate Dairy Caucus")),
    ("Tran Van Long, head of the Việt Nam Trade Office in the Philippines, said exports rose.",
     ("Tran Van Long", "head of the Việt Nam Trade Office in the Philippines",
      "Việt Nam Trade Office in the Philippines")),
    ("Le Thi Minh, Director of the Anti-Smuggling and Investigation Department under the General Department of "
     "Customs, said seizures rose.", ("Le Thi Minh", "Director", "Anti-Smuggling and Investigation Department")),
])
def test_twenty_fifth_round_caucuses_trade_offices_abroad_and_two_areas_before_a_department(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_twenty_fifth_round_export_credit_bodies(extractor):
    assert {"UK Export Finance", "Export Control Joint Unit", "Export Finance Australia"} <= org_names(
        run(extractor, "UK Export Finance and the Export Control Joint Unit issued guidance. Export Finance Australia "
                       "agreed."))


# ---- twenty-sixth round ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, role", [
    ("The accord was signed by Mr. Idrissa Konaté, Minister of Industry, Commerce and Handicrafts of Niger, and others.",
     ("Idrissa Konaté", "Minister of Industry, Commerce and Handicrafts",
      "Ministry of Industry, Commerce and Handicrafts of Niger")),
    ("Her counterpart, the Minister of Trade, Industry and SMEs, Mr. Abdou Sarr, spoke first.",
     ("Abdou Sarr", "Minister of Trade, Industry and SMEs", "Ministry of Trade, Industry and SMEs")),
    ("She will receive Mr. Kossi Amégan, Minister of Commerce, Crafts and Local Consumption, on 4 May.",
     ("Kossi Amégan", "Minister of Commerce, Crafts and Local Consumption",
      "Ministry of Commerce, Crafts and Local Consumption")),
    ("Wanjiru Kamau, Kenya's Cabinet Secretary for Investments, Trade and Industry, met them on Monday. The Ministry of "
     "Investments, Trade and Industry said talks went well.",
     ("Wanjiru Kamau", "Cabinet Secretary for Investments, Trade and Industry",
      "Ministry of Investments, Trade and Industry")),
])
def test_twenty_sixth_round_a_listed_portfolio_ends_on_its_last_item(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, body, wrong", [
    ("A briefing was held at the Ministry of Industry, Commerce and Handicrafts.",
     "Ministry of Industry, Commerce and Handicrafts", "Ministry of Industry, Commerce"),
    ("The memorandum was signed at the Ministry of Trade, Industry and SMEs in Dakar.",
     "Ministry of Trade, Industry and SMEs", "Ministry of Trade, Industry"),
])
def test_twenty_sixth_round_a_ministry_of_listed_portfolios_is_named_whole(extractor, text, body, wrong):
    names = org_names(run(extractor, text))
    assert body in names and wrong not in names


@pytest.mark.parametrize("text, person, title", [
    # a known portfolio word after "and" closes on known words only: the name after it stays a name
    ("On Monday State Minister of Economy, Trade and Industry Haruka Onishi met the delegation.",
     "Haruka Onishi", "State Minister of Economy, Trade and Industry"),
    ("Kazakhstan's Vice Minister of Trade and Integration Nurlan Abenov, who met the commission on Monday, objected.",
     "Nurlan Abenov", "Vice Minister of Trade and Integration"),
])
def test_twenty_sixth_round_a_name_after_a_listed_portfolio_stays_whole(extractor, text, person, title):
    result = run(extractor, text)
    assert person in person_names(result)
    assert any(p == person and t == title for p, t, _ in roles_of(result))


def test_twenty_sixth_round_regional_blocs_and_their_commissioners(extractor):
    result = run(extractor, "Since Niger left the Economic Community of West African States (ECOWAS), trade fell. The "
                            "ECOWAS Commissioner for Trade, Customs and Free Movement, Mr. Kofi Mensah-Bonsu, called "
                            "for talks.")
    assert "Economic Community of West African States" in org_names(result)
    # (its commissioners sit in its Commission, round 53)
    assert ("Kofi Mensah-Bonsu", "Commissioner for Trade, Customs and Free Movement", "ECOWAS Commission") \
        in roles_of(result)


def test_twenty_sixth_round_a_group_of_countries_named_with_a_number(extractor):
    result = run(extractor, "Awa Ouédraogo, coordinator of the Cotton-4 (C-4) group, said the C-4 would press on.")
    assert ("Awa Ouédraogo", "coordinator", "Cotton-4") in roles_of(result)


@pytest.mark.parametrize("text, bodies, wrong", [
    ("The text cuts fees at the Autonomous Port of Dakar (PAD), the main outlet.", {"Autonomous Port of Dakar"}, set()),
    ("Officers at the Laredo Port of Entry cleared 900 trucks.", set(), {"Laredo Port of Entry"}),
    ("We signed a memorandum on port services between Sokhna and Jeddah Port Authority yesterday.",
     {"Jeddah Port Authority"}, {"Sokhna and Jeddah Port Authority"}),
])
def test_twenty_sixth_round_ports_are_bodies_and_crossings_are_not(extractor, text, bodies, wrong):
    names = org_names(run(extractor, text))
    assert bodies <= names and not wrong & names


def test_twenty_sixth_round_a_seat_on_a_board_with_its_portfolio(extractor):
    result = run(extractor, "Duties are set by the Eurasian Economic Commission (EEC). Last week Aram Petrosyan, member "
                            "of the Board (minister) for trade of the EEC, held a call.")
    assert any(p == "Aram Petrosyan" and t.startswith("member of the Board") and o == "Eurasian Economic Commission"
               for p, t, o in roles_of(result))


def test_twenty_sixth_round_a_leading_researcher_at_an_institute_of_a_school(extractor):
    result = run(extractor, "Pavel Sokolov, a leading researcher at the Institute of Trade Policy of the Higher School of "
                            "Economics (HSE), called it predictable.")
    assert {"Institute of Trade Policy", "Higher School of Economics"} <= org_names(result)
    assert ("Pavel Sokolov", "leading researcher", "Institute of Trade Policy") in roles_of(result)


@pytest.mark.parametrize("text, role", [
    # a translated story's bare post is its paper's country's, when no dateline places it
    ("Minister visits Japan\n\nTranslated from Vietnamese. Source: Tin Kinh Te (Economic News).\n\nIn Tokyo on "
     "Tuesday, Deputy Minister of Industry and Trade Pham Thi Lan met Mr. Sato Kenta, Director-General of the Trade "
     "Policy Bureau of Japan's Ministry of Economy, Trade and Industry.",
     ("Pham Thi Lan", "Deputy Minister of Industry and Trade", "Ministry of Industry and Trade of Vietnam")),
])
def test_twenty_sixth_round_a_translated_storys_bare_post_is_its_papers_country(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, country", [
    ("[Translated from French. Le Républicain, Niamey]\n\nTrade talks resume", "NE"),
    ("Translated from Vietnamese. Source: Tin Kinh Te.\n\nTOKYO - Talks resumed.", "VN"),
    ("[Translated from French. Originally published in a weekly.]\n\nTalks resumed.", None),
    ("TOKYO - Talks resumed, officials said.", None),
])
def test_twenty_sixth_round_the_home_country_of_a_translated_story(text, country):
    from loaders.extraction.datelines import home_country
    from loaders.extraction.lexicon import default_lexicon
    lex = default_lexicon()
    assert home_country(text, lex.place_country, lex.press_language_country) == country


def test_twenty_sixth_round_a_chamber_the_sentence_opens_in_is_the_senators(extractor):
    result = run(extractor, "MEXICO CITY - The minister received U.S. Senator Paul Hartman, of Iowa, on Monday.\n\n"
                            "Hartman, who co-chairs the Senate Dairy Caucus in Washington, said quotas would hurt.\n\n"
                            "In the Senate of the Republic, the chair of the Agriculture and Livestock Committee, "
                            "Senator Lucía Herrera Paz, announced public forums.")
    roles = roles_of(result)
    assert ("Lucía Herrera Paz", "Senator", "Senate of the Republic") in roles
    assert ("Lucía Herrera Paz", "chair of the Agriculture and Livestock Committee", "Agriculture and Livestock Committee") \
        in roles
    assert ("Paul Hartman", "Senator", "U.S. Senate") in roles


def test_twenty_sixth_round_a_seat_after_a_post_keeps_both(extractor):
    roles = roles_of(run(extractor, "In the Senate, the chair of the Energy Committee, Senator Rosa Vidal Soto, "
                                    "announced hearings."))
    assert ("Rosa Vidal Soto", "chair of the Energy Committee", "Energy Committee") in roles
    assert any(p == "Rosa Vidal Soto" and t == "Senator" for p, t, _ in roles)


@pytest.mark.parametrize("text, role", [
    ("The Committee on International Trade met. The rapporteur for the steel regulation, Elena Varga, asked "
     "how the measure would work.", ("Elena Varga", "rapporteur", "Committee on International Trade")),
    ("MEP Joost de Vries, rapporteur for the agreement in the Committee on International Trade (INTA), said no.",
     ("Joost de Vries", "rapporteur for the agreement", "Committee on International Trade")),
    ("COMMITTEE ON INTERNATIONAL TRADE\n\nThe meeting was chaired by Ewa Lis (S&D, PL), First Vice-Chair.",
     ("Ewa Lis", "Vice-Chair", "Committee on International Trade")),  # (the lexicon's name, round 53)
])
def test_twenty_sixth_round_a_rapporteurs_file_and_a_members_group_tag(extractor, text, role):
    assert role in roles_of(run(extractor, text))


# ---- review26: the reviewer's sentences ------------------------------------------------------------------------
@pytest.mark.parametrize("text, role", [
    # a dateline's country stands in a translated story; prose that mentions a translation is no credit line
    ("Translated from Vietnamese\nBEIJING - Commerce Minister Wang Wentao said China would investigate steel.",
     ("Wang Wentao", "Commerce Minister", "Ministry of Commerce of the People's Republic of China")),
    ("Quotes were translated from Vietnamese.\nBANGKOK - Commerce Minister Phumtham Wechayachai said Thailand "
     "would export more rice.", ("Phumtham Wechayachai", "Commerce Minister", "Ministry of Commerce of Thailand")),
    # a chamber the sentence opens in is not a senator's whose country or state the text gives
    ("In the Senate of the Republic, Senator Olga Sánchez met visiting US Senator Tim Kaine.",
     ("Tim Kaine", "Senator", "U.S. Senate")),
    ("In the Senate of the Republic, Texas Senator John Cornyn met Mexican lawmakers.",
     ("John Cornyn", "Texas Senator", "U.S. Senate")),
])
def test_review26_the_paper_and_the_opening_chamber_give_way(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    ("The chief executive of Pacific Steel, Senator James Lake's brother Mark Lake, attended.", "James Lake"),
    ("The CEO of Boeing, Senator Cole said, should testify.", "Cole"),
])
def test_review26_a_post_before_a_seat_is_not_an_asides(extractor, text, person):
    roles = roles_of(run(extractor, text))
    assert not any(p == person and t.lower() in ("chief executive", "ceo") for p, t, _ in roles)


@pytest.mark.parametrize("text", [
    "Police found C-4 and detonators in the truck at the border post.",
    "The C4 engine model was discontinued, the company said.",
])
def test_review26_an_explosive_or_a_model_is_no_group_of_countries(extractor, text):
    assert not org_names(run(extractor, text))


@pytest.mark.parametrize("text, speaker", [
    ('Issa Traoré, who has grown cotton for thirty years, says fertiliser costs doubled. "We work as hard as anyone, '
     'but we do it alone," he sighs.', "Issa Traoré"),
    ('"Our drivers pay at every barrier on the road," laments Awa Keïta, the head of the transporters\' union.',
     "Awa Keïta"),
])
def test_twenty_sixth_round_verbs_of_feeling_carry_a_quote(extractor, text, speaker):
    assert any(q.speaker == speaker for q in run(extractor, text).quotes)


def test_twenty_sixth_round_a_portfolio_of_several_words_before_a_name_and_who(extractor):
    # (found on batch 95 after it was scored: the first rule stopped after one portfolio word)
    result = run(extractor, "Vice Minister of Finance for International Affairs Sato Hiroshi, who is no relation to the "
                            "bank's chairman, said the government was watching markets closely.")
    assert person_names(result) == {"Sato Hiroshi"}


@pytest.mark.parametrize("text, role", [
    # (found on batch 96 after it was scored) a hyphenated surname the model read as a body, after a title
    ("In the European Parliament, the file sits with the International Trade Committee (INTA), where German MEP Lukas "
     "Obermeier-Stiegl has tabled amendments.", ("Lukas Obermeier-Stiegl", "MEP", "European Parliament")),
    # a head written in two words, then its portfolio, then the name
    ("Domestic work matters too. Director General of Foreign Trade Anjali Raghunathan has promised help.",
     ("Anjali Raghunathan", "Director General of Foreign Trade", None)),
])
def test_twenty_sixth_round_names_after_titles_the_model_misreads(extractor, text, role):
    assert role in roles_of(run(extractor, text))


# ---- twenty-seventh round -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    # a Korean surname that is an English article, before a hyphenated given name
    ("Commerce Minister Wang Lei met in Seoul with An Se-jin, Korea's trade minister, on Friday.", "An Se-jin"),
    # a listed surname after the last word of a title the model read with the name as one body
    ("The envoy spoke by phone with Minister of Trade, Industry and Energy Ahn Do-hyun of the Republic of Korea.",
     "Ahn Do-hyun"),
    # a name after a title that ends on a country's formal name and a comma (no list of places)
    ("The minister met the Vice Minister of Commerce of the People's Republic of China, Zhou Lianbo, to review "
     "trade.", "Zhou Lianbo"),
    # a member's party in brackets is no body's own-language name
    ("MP Halina Wrona-Bartnik (Polish People's Party) asked about compensation for orchards.", "Halina Wrona-Bartnik"),
    # after two given names, a surname the model read as a place
    ("ANKARA - Deputy Minister of Trade Elif Nur Karaca hosted the delegation on Wednesday.", "Elif Nur Karaca"),
    # a given name that is an English word, inside a name the model tagged by its surname
    ("Emre Can Aydın, who served as deputy trade minister until 2023, said the files should be linked.",
     "Emre Can Aydın"),
])
def test_twenty_seventh_round_names_the_model_cuts(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    # "said members" is a verb and its subject, no title after a body's name
    ("Jan Kos, who heads the National Union of Fruit Growers, said members would block the roads.", "Fruit Growers"),
    # "Q (Outlet):" labels a reporter's question
    ("Berg: We agree.\n\nQuestion (Politico Europe): MEP Katrin Moll accused the Commission of delay. What is your "
     "reaction?", "Question"),
    ("Minister Sato: I will not comment.\n\nQ (Kyodo): Senator Aoki said on Monday that the deal \"amounts to a "
     "blank cheque for the buyers.\" How do you respond?", "Q"),
])
def test_twenty_seventh_round_words_that_are_no_names(extractor, text, wrong):
    assert wrong not in person_names(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("The delegation included the Economic and Commercial Counsellor of the Embassy of Chile in Seoul, Marta Ibáñez "
     "Ruiz.", ("Marta Ibáñez Ruiz", "Economic and Commercial Counsellor", "Embassy of Chile in Seoul")),
    # a title between two names, after a comma and "the", is the second's
    ("The hearing took evidence from Deputy Minister of Agriculture Jan Kos, the Chief Inspector of the State Seed "
     "Inspection Service, Dr. Ewa Lis, and farm groups.", ("Ewa Lis", "Chief Inspector", "State Seed Inspection Service")),
    # a member's group and country spelled out in brackets
    ("The Committee on International Trade met on Tuesday. The meeting was chaired by Lars Holm (S&D, Denmark), "
     "chair of the committee.", ("Lars Holm", "chair", "Committee on International Trade")),
    # "the committee, chaired by X": the committee the story named
    ("The Committee on Agriculture met on Tuesday. The committee, chaired by Anna Kos (Civic Coalition), heard the "
     "minister.", ("Anna Kos", "chair", "Committee on Agriculture")),
    ("Rosa Achter, chief commercial officer at the Port of Long Beach, said three services had skipped the port.",
     ("Rosa Achter", "chief commercial officer", "Port of Long Beach")),
    ("The admiral met Hapag-Lloyd's chief operating officer, Jan-Uwe Brock, in Ismailia on Sunday.",
     ("Jan-Uwe Brock", "chief operating officer", "Hapag-Lloyd")),
    # a seat written after the name
    ("Piet Vanderstraeten MEP told a debate in the European Parliament that the vote would be close.",
     ("Piet Vanderstraeten", "MEP", "European Parliament")),
    # one portfolio of a domain and a portfolio's word before the head (found on batch 79 while changing the above)
    ("The exporters met Deputy Agriculture and Forestry Minister Hakan Demir in Ankara last Friday.",
     ("Hakan Demir", "Deputy Agriculture and Forestry Minister", None)),
])
def test_twenty_seventh_round_posts(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, person, title", [
    ("The committee heard Dr. Ewa Lis, and representatives of fruit growers.", "Ewa Lis", "representative"),
    ("The hearing took evidence from Deputy Minister of Agriculture Jan Kos, the Chief Inspector of the State Seed "
     "Inspection Service, Dr. Ewa Lis, and farm groups.", "Jan Kos", "Chief Inspector"),
])
def test_twenty_seventh_round_posts_that_are_others(extractor, text, person, title):
    assert not any(p == person and t == title for p, t, _ in roles_of(run(extractor, text)))


@pytest.mark.parametrize("text, speaker", [
    # a fragment of the speaker's words inside a sentence about them, with no verb of speaking
    ('Marc Dubois, a vice-president of the farmers\' union, accused the Commission of "selling our herds for '
     'foreign cars".', "Marc Dubois"),
    ('The research director of the growers\' council, Lúcia Prado, calculates that the quota offered by the bloc '
     'represents "less than two percent of its consumption".', "Lúcia Prado"),
    ('Jan de Wit, head of trade at a steel group, welcomed the rule but wants the two regimes to be "read side by '
     'side, not apart".', "Jan de Wit"),
    ('Professor Li Wen of Fudan University believes that the talks have entered "the hardest and final stage".',
     "Li Wen"),
    # "as X put it", "as X likes to remind us"
    ('As former commerce secretary Asha Menon put it at a seminar last year, "Carbon rules are trade rules with '
     'better manners."', "Asha Menon"),
    ('Costs rose again. As our chairman, Lars Ekberg, likes to remind us, "Supply chains take decades to build." '
     'We moved two suppliers.', "Lars Ekberg"),
    # past "that", a named country or body does not stop a verb that carries a quote
    ('Cabinet Secretary Grace Wanjiru assured the delegation that Kenya would "protect every job in the sector."',
     "Grace Wanjiru"),
    # a transcript's question: the person it reports, not the reporter who asks
    ('SMITH: Thank you.\n\nQUESTION (Lucas Prado, Valor): Senator Ana Rocha, who leads the farm caucus, said on '
     'Monday that the rule is "a slap in the face of our producers". How do you respond?', "Ana Rocha"),
    # a description standing for the person named with a post just before
    ('Alexei Orlov, a leading researcher at the Institute of Trade Policy, calls the decision predictable. "The tariff '
     'was always going to rise," the expert noted.', "Alexei Orlov"),
    # ... or for the person the sentence before is about, named with no post (not one named with a post earlier)
    ('Budi Santoso, the association\'s chairman, said prices fell. "Investors are waiting," he added.\n\nA member of '
     'the House, Dedi Sitompul, asked the government to act. "Do not let the smelters turn into monuments," said the '
     'politician from the Golkar Party.', "Dedi Sitompul"),
    # a question labelled "Question (Outlet):", the member it reports accused someone "of" the quoted words
    ('Berg: We have kept the Parliament informed.\n\nQuestion (Politico Europe): MEP Katrin Moll, vice-chair of the '
     'trade committee, accused the Commission this week of "negotiating quotas behind closed doors." What is your '
     'reaction?', "Katrin Moll"),
])
def test_twenty_seventh_round_quotes(extractor, text, speaker):
    assert any(q.speaker == speaker for q in run(extractor, text).quotes)


@pytest.mark.parametrize("text", [
    'Governor Lim welcomed the EU\'s offer of "a full and fair review of the case".',
    'Senator Ana Cruz rejected the minister\'s claim that tariffs "protect every worker in the sector".',
    'Trade Minister Hana Vok thanked her counterpart Kenji Arai for confirming that "the border will reopen soon."',
    'Trade Minister Ana Vidal visited the "Made in Kenya Expo for Exporters" fair on Monday.',
])
def test_twenty_seventh_round_fragments_that_are_not_the_subjects(extractor, text):
    assert not run(extractor, text).quotes


@pytest.mark.parametrize("text, org", [
    # a body named with a possessive country and a kind of body of members in the appositive
    ("The VDMA, Germany's machinery industry association, said in a statement that the tariff was too high.", "VDMA"),
    # a name cue in lower case after the name
    ("Farmers waving flags of the Agri-Union farm lobby and Spain's COAG union blocked the street.", "Agri-Union"),
    ("Farmers waving flags of the Agri-Union farm lobby and Spain's COAG union blocked the street.", "COAG"),
])
def test_twenty_seventh_round_bodies_named_by_what_follows(extractor, text, org):
    assert org in org_names(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    # a unit in lower case inside the title, before the body
    ("The minister held a call with the head of the trade defence unit of the European Commission, Marta Lis, on "
     "Friday.", ("Marta Lis", "head of the trade defence unit", "European Commission")),
    # an area listing countries and a forum, then a second post after "who is now"
    ('"They are two halves of one deal," said Ruth Halvor, a former assistant U.S. trade representative for Japan, '
     'Korea and APEC who is now a senior fellow at the Center for Strategic and International Studies (CSIS).',
     ("Ruth Halvor", "senior fellow", "Center for Strategic and International Studies")),
])
def test_twenty_seventh_round_posts_in_long_phrases(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_twenty_seventh_round_union_in_a_bodys_name_is_no_cue(extractor):
    # (found on batch 77 while changing the above) "Union" in a body's name is no cue for the words after it
    result = run(extractor, "Commerce Minister Arjun Rao and European Union Trade Commissioner Piotr Lasek held talks "
                            "on Tuesday.")
    assert ("Piotr Lasek", "Trade Commissioner", "European Commission") in roles_of(result)
    assert "Trade Commissioner" not in org_names(result)


def test_twenty_seventh_round_a_union_word_in_a_description_stays_out_of_the_title(extractor):
    # (found on batch 78 while changing the above)
    result = run(extractor, "Farmers remain opposed. Luc Martel, president of France's largest farm union FNSEA, "
                            "warned of a flood of sugar.")
    assert {t for p, t, _ in roles_of(result) if p == "Luc Martel"} == {"president"}


@pytest.mark.parametrize("text, speaker", [
    # the name right before the verb, past its auxiliary, ends the subject a title opens (not another "director")
    ("The talks between Additional Secretary Ravi Nair and DG TAXUD director Inga Solberg produced a working group.\n\n"
     "Director General of Foreign Trade Anjali Rao has promised that \"nobody will be left to face this alone\", and "
     "her meeting with exporters produced a help desk.", "Anjali Rao"),
    # "the statement quoted her as saying"
    ("Rao told the councils the mission would start soon, according to a ministry statement.\n\n\"Every support "
     "measure we design has to be WTO-compatible,\" the statement quoted her as saying.", "Rao"),
    # "I" in a transcript's turn is the person its label names
    ("Vice Minister Mori: I will refrain from commenting. As I told the Under Secretary, \"Excessive volatility is "
     "undesirable for the economy.\" That position is shared.\n\nQ (Nikkei): Will you intervene?", "Mori"),
    # a verb that attributes only right after the quotation
    ("The Secretary of State for Trade, Ana Ortega Vidal, held a call with Zhou Minghui.\n\n\"Relations between "
     "Spain and China rest on mutual respect,\" the Secretary of State concluded.", "Ana Ortega Vidal"),
    # an unnamed speaker in the next sentence does not stop the quote's own sentence
    ("Jan de Wit, head of trade at a steel group, welcomed the rule but wants the two regimes to be \"read side by "
     "side, not apart\". Buyers are less keen: EUROMETAL, the distributors' federation, has warned of price spikes.",
     "Jan de Wit"),
])
def test_twenty_seventh_round_speakers_found_again(extractor, text, speaker):
    assert any(q.speaker == speaker for q in run(extractor, text).quotes)


def test_twenty_seventh_round_concluded_is_no_verb_of_speaking_before_a_quote(extractor):
    result = run(extractor, "Trade Minister Ana Ruiz and Commissioner Jan Kos concluded two days of talks, with "
                            "officials saying \"progress was made on all fronts\".")
    assert not result.quotes


def test_twenty_seventh_round_its_past_a_long_quotation(extractor):
    # a quotation's words between the body and "its" count for nothing (found on batch 96)
    result = run(extractor, "For EUROFER, the European Steel Association, the measure is overdue. \"For seven years the "
                            "safeguard has been a leaky bucket with holes everywhere. This is the first instrument "
                            "designed for a world of structural overcapacity,\" Karl Wendt, its director general, told "
                            "Steel Monitor. Wendt, who headed another federation before moving to EUROFER in 2021, said "
                            "mills were running at 65% of capacity.")
    assert ("Karl Wendt", "director general", "EUROFER") in roles_of(result)


# ---- review27: the reviewer's sentences ------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("An Jae-won told lawmakers the talks were difficult.", "An Jae-won"),
    ("An Duk-geun said the ministry would respond.", "An Duk-geun"),
    ("An Jae-won's appointment was welcomed by exporters.", "An Jae-won"),
    # a question's label is no name, the person in its brackets is one
    ("Question (Senator Ruth Hale): Will the minister confirm the quota?\nMinister Lind: \"Yes.\"", "Ruth Hale"),
    ("Reporter (Anna Lee, Bloomberg): Will the EU retaliate?\nMinister Ruiz: \"We are ready.\"", "Anna Lee"),
])
def test_review27_names_kept(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    # another source's wording, in a clause describing a thing
    "Senator Paula Reyes voted for the bill, which bans \"any import of goods made with forced labour\".",
    "Professor Ana Vidal reviewed a WTO report concluding that the measures were \"more trade-restrictive than "
    "necessary\".",
    "Customs officer Ben Ivy seized boxes stamped \"not for resale in the EU\".",
    "Mayor Ivan Cruz attended a rally where protesters shouted \"no to the free trade deal\".",
    # words two people share
    "As Senators Ruth Hale and Tom Ray put it in a joint letter, \"the deal is unconstitutional.\"",
    "As the two ministers, Ana Costa and Luis Reis, put it, \"the door is open.\"",
    "Sven Ek and Lina Sjo expect exports to \"recover by the summer\".",
    # a description the person named before does not fit
    "Economist Karl Ober presented the figures. \"This is a disaster for Europe,\" the politician said.",
    "Senator Ken Wu voted against the deal. \"It is a bad deal,\" the expert said.",
])
def test_review27_quotes_that_are_no_ones_or_not_the_subjects(extractor, text):
    assert not run(extractor, text).quotes


@pytest.mark.parametrize("text, wrong", [
    # a seat after the name is only in a chamber the story names
    ("Ghana's Kwesi Ampofo MP called for a cocoa price review.", ("Kwesi Ampofo", "MP", "House of Commons")),
    ("India's Rahul Verma MP asked about rice exports.", ("Rahul Verma", "MP", "House of Commons")),
    # a title between two names is the second's
    ("The hearing included Senator Ruth Hale, the Chief Inspector of Product Safety, Mark Dunn, and others.",
     ("Ruth Hale", "Chief Inspector", None)),
    # a plural head before a name set off by commas is others'
    ("Officials at the Port of Antwerp, Jan Peeters said, are worried.", ("Jan Peeters", "Official", "Port of Antwerp")),
])
def test_review27_posts_not_given(extractor, text, wrong):
    assert wrong not in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    ("Kenya's Tea union went on strike.", "Tea"),
    ("Brazil's Metalworkers union called a strike.", "Metalworkers"),
    ("The committee heard Deputy Minister Adam Nowak, the Chief Inspector of Food Safety, Dr. Ewa Lis, and farmers.",
     "Safety"),
])
def test_review27_no_body_or_person(extractor, text, wrong):
    result = run(extractor, text)
    assert wrong not in org_names(result) and wrong not in person_names(result)


@pytest.mark.parametrize("text, speaker", [
    # (found on sets 73 and 96 while mending review27's classes) "wants it adopted "..."": the speaker's wish; "who
    # served as secretary, put it bluntly": that "as" opens no clause of its own
    ("In the European Parliament, the lawmaker steering the text, German conservative Sabine Holl, wants it adopted "
     "\"before the summer, not after it.\"", "Sabine Holl"),
    ("Paulo Vasconcelos, who served as foreign trade secretary in the early 2000s, put it bluntly when I interviewed "
     "him last month: \"The critics are right about one thing.\" He still supports ratification.", "Paulo Vasconcelos"),
])
def test_review27_speakers_kept(extractor, text, speaker):
    assert any(q.speaker == speaker for q in run(extractor, text).quotes)


@pytest.mark.parametrize("text, role", [
    # (found on batches 98-100 after they were scored) a body's remit after "for", capitalized, closes its name
    ("Laura Whit, who is now a senior fellow at the Hollis Center for Agricultural Trade, said the risks had eased.",
     ("Laura Whit", "senior fellow", "Hollis Center for Agricultural Trade")),
    # a known body's name, then another country's: another body ("of Việt Nam" the model did not label)
    ("Mr. Nguyễn Văn Khải, Director of the Trade Remedies Authority of Việt Nam (TRAV) under the MOIT, said the "
     "authority had compiled a list.", ("Nguyễn Văn Khải", "Director", "Trade Remedies Authority of Việt Nam")),
    ("Mr. Khai, Director of the Competition and Consumer Authority of Việt Nam, said the authority had compiled a list.",
     ("Khai", "Director", "Competition and Consumer Authority of Việt Nam")),
])
def test_twenty_seventh_round_a_bodys_name_runs_on(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_twenty_seventh_round_a_region_is_an_area_not_a_body(extractor):
    result = run(extractor, "The agreement was signed by Henrik Aas, the EBRD's managing director for Eastern Europe "
                            "and the Caucasus.")
    assert "Caucasus" not in org_names(result)
    assert any(p == "Henrik Aas" and o == "European Bank for Reconstruction and Development"
               for p, _, o in roles_of(result))


# ---- twenty-eighth round ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    # a name in another language written in sentence case, with no short form in brackets to spell it
    ("Paul Roy, who chairs the Conseil du patronat du Québec, met Trade Minister Anita Leduc in Montreal on Monday.",
     "Conseil du patronat du Québec"),
    ("The Fédération des chambres de commerce du Québec welcomed the agreement on Tuesday.",
     "Fédération des chambres de commerce du Québec"),
    ("The Mouvement des entreprises de France (Medef) said its president would travel to Brussels.",
     "Mouvement des entreprises de France"),
    # (its article is part of it)
    ("The chair of Les Producteurs de lait du Québec, Martine Gagnon, said the deal hurt farms.",
     "Les Producteurs de lait du Québec"),
])
def test_twenty_eighth_round_sentence_case_bodies(extractor, text, body):
    assert body in org_names(run(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    # (an English verb after the name is not part of it; nor an English sentence's article before it)
    ("The Fédération des chambres de commerce du Québec welcomed the agreement on Tuesday.",
     "Fédération des chambres de commerce du Québec welcomed"),
    ("The Conseil du patronat du Québec said exports would fall.", "The Conseil du patronat du Québec"),
])
def test_twenty_eighth_round_sentence_case_bodies_end_where_they_end(extractor, text, wrong):
    assert wrong not in org_names(run(extractor, text))


def test_twenty_eighth_round_a_post_at_a_sentence_case_body(extractor):
    result = run(extractor, "The chair of Les Producteurs de lait du Québec, Martine Gagnon, said the deal hurt farms.")
    assert ("Martine Gagnon", "chair", "Les Producteurs de lait du Québec") in roles_of(result)


def test_twenty_eighth_round_a_surname_the_model_read_as_a_verb_opens_the_name(extractor):
    # (a Vietnamese surname before given names of its language's syllables, after a quotation)
    result = run(extractor, "\"The rules have not changed,\" Nguyễn Thị Hồng Vân, Vietnam's deputy minister of "
                            "industry and trade, told a forum in Ho Chi Minh City.")
    assert "Nguyễn Thị Hồng Vân" in person_names(result)
    assert any(q.speaker == "Nguyễn Thị Hồng Vân" for q in result.quotes)


def test_twenty_eighth_round_a_title_case_place_before_an_agency_is_a_dateline(extractor):
    # "Jakarta (AFP) -": the story's country for its bare posts
    result = run(extractor, "Jakarta (AFP) - The United Arab Emirates pledged $12 billion in new investment on "
                            "Monday. Investment Minister Dewi Kartikasari said Gulf money could help projects.")
    assert ("Dewi Kartikasari", "Investment Minister", "Ministry of Investment of Indonesia") in roles_of(result)
    assert "Jakarta" not in person_names(result)


def test_twenty_eighth_round_a_counterparts_nationality_is_the_country_of_the_post_after_it(extractor):
    result = run(extractor, "Resources Minister Madeleine Kerrigan and her Chilean counterpart, Mining Minister "
                            "Maria Jose Undurraga, signed a memorandum in Perth on Monday.")
    assert ("Maria Jose Undurraga", "Mining Minister", "Ministry of Mining of Chile") in roles_of(result)


@pytest.mark.parametrize("text, role", [
    # a story without a dateline that is about one country: its bare government posts are that country's
    ("Chile's copper exports fell in March, the central bank said. Chilean miners blamed lower prices in China. "
     "Chile is the largest producer. Mining Minister Maria Jose Undurraga said output would recover.",
     ("Maria Jose Undurraga", "Mining Minister", "Ministry of Mining of Chile")),
])
def test_twenty_eighth_round_the_country_a_story_is_about(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text", [
    # (no country stands out: two named as often)
    "Chile and Peru traded barbs. Chilean and Peruvian miners blamed China. Chile and Peru disagree. Mining Minister "
    "Maria Jose Undurraga said output would recover.",
    # (the country is not named in the story's first two sentences)
    "Copper prices fell in March. Miners blamed lower demand. Chile is the largest producer, and Chilean mines "
    "are idle; Chile may cut output. Mining Minister Maria Jose Undurraga said output would recover.",
])
def test_twenty_eighth_round_no_country_stands_out(extractor, text):
    assert ("Maria Jose Undurraga", "Mining Minister", None) in roles_of(run(extractor, text))


def test_twenty_eighth_round_one_word_after_a_post_and_of_is_the_body(extractor):
    result = run(extractor, "Carlo Bertolazzi, director general of Eurofer, said the quota was too generous.")
    assert "Eurofer" not in person_names(result)
    assert ("Carlo Bertolazzi", "director general", "Eurofer") in roles_of(result)


def test_twenty_eighth_round_one_word_after_of_that_a_persons_name_ends_in_stays_a_person(extractor):
    result = run(extractor, "Ana Ruiz Carrasco is the minister. Juan Pérez, chief of staff of Carrasco, said no.")
    assert "Carrasco" not in org_names(result)


@pytest.mark.parametrize("text, speaker, words", [
    # French press's "M." before a surname the story gives with another given name; its dot ends no sentence, so the
    # quotation after the attribution continues his
    ("Laurent Fabre-Dumoulin met the industry on Monday. \"We have obtained a ceiling, it is a protection, but it is "
     "not a guarantee,\" said M. Fabre-Dumoulin at the exit of the meeting. \"I said to the laboratories very clearly: "
     "the State will be at your side.\"", "Fabre-Dumoulin", "I said to the laboratories"),
    # translated French verbs of saying
    ("\"Every investment that leaves for America is an investment that does not come to Europe,\" confides Mme "
     "Catherine Lévêque-Brunet.", "Catherine Lévêque-Brunet", "Every investment that leaves"),
    ("\"The medicines most exposed are not the innovative ones,\" Hélène Grosjean detailed.", "Hélène Grosjean",
     "The medicines most exposed"),
])
def test_twenty_eighth_round_french_ways_of_quoting(extractor, text, speaker, words):
    assert any(q.speaker.endswith(speaker) and words in q.text for q in run(extractor, text).quotes)


def test_twenty_eighth_round_an_initial_before_its_own_given_name_is_kept(extractor):
    # (an "M." the story's other mention of the surname does not contradict is an initial)
    assert "M. Fabre" in person_names(run(extractor, "Minister M. Fabre spoke on Monday. M. Fabre said no."))


@pytest.mark.parametrize("text, name", [
    # a Turkish paper's courtesy word before a name
    ("Commissioner Tomáš Hradecký met the minister. Minister Aydınlı said: \"We explained to Sayın Hradecký in a clear "
     "language that the allocation does not reflect today's trade.\"", "Tomáš Hradecký"),
    # a short given name after "by"
    ("At the meeting, chaired by Ma. Cristina Villaruel-Santos, Secretary of Trade and Industry of the Philippines, "
     "ministers reviewed the pact.", "Ma. Cristina Villaruel-Santos"),
])
def test_twenty_eighth_round_names_kept_whole(extractor, text, name):
    names = person_names(run(extractor, text))
    surname = name.split()[-1]
    assert name in names and not any(n != name and surname in n for n in names)


def test_twenty_eighth_round_a_surname_after_a_short_given_name_ending_a_sentence_stays_a_surname(extractor):
    assert "Jack Ma" in person_names(run(extractor, "The company was founded by Jack Ma. Shares rose."))


@pytest.mark.parametrize("text, body, person", [
    # a firm by what it is, before its one-word name
    ("Magnet manufacturer Vacuumschmelze from Hanau, one of the few European producers, is benefiting from the crisis.",
     "Vacuumschmelze", "Vacuumschmelze"),
    ("According to the estimates of the analytical company Kpler, in January exports of crude oil by sea fell.",
     "Kpler", "Kpler"),
    # a university's name with the word before it and the place it is of
    ("Economist Carolina Fuenzalida, a professor at the Pontificia Universidad Católica de Chile, warned of risks.",
     "Pontificia Universidad Católica de Chile", "Pontificia Universidad"),
])
def test_twenty_eighth_round_bodies_not_people(extractor, text, body, person):
    result = run(extractor, text)
    assert body in org_names(result) and person not in person_names(result)


def test_twenty_eighth_round_a_faculty_then_its_university_after_a_comma(extractor):
    # (an academic rank written short is no name; the post is the university's, its title as written)
    result = run(extractor, "Assoc. Prof. Dr. Nattapong Siriwattana, an economist of the Faculty of Economics, "
                            "Kasetsart University, said the plan was reasonable.")
    assert ("Nattapong Siriwattana", "economist", "Kasetsart University") in roles_of(result)
    assert "Assoc" not in person_names(result)


@pytest.mark.parametrize("text, title", [
    # a body's short form that is a post's title too, after "Deputy"
    ("Deputy USTR Brad Whitcombe said the talks would resume next week.", "Deputy USTR"),
    ("Brad Whitcombe, the deputy USTR, said the talks would resume next week.", "deputy USTR"),
])
def test_twenty_eighth_round_deputy_of_a_post_named_by_its_short_form(extractor, text, title):
    assert any(p == "Brad Whitcombe" and t == title for p, t, _ in roles_of(run(extractor, text)))


def test_twenty_eighth_round_a_departments_under_secretary(extractor):
    result = run(extractor, "\"Companies that think a new address solves their problem are wrong,\" Daniel Haverford, "
                            "the Commerce under secretary who oversees BIS, said in a statement.")
    assert ("Daniel Haverford", "Commerce under secretary", "U.S. Department of Commerce") in roles_of(result)


@pytest.mark.parametrize("text, name", [
    # a surname the model read as a people, its given name after it, set off after a title
    ("On Monday he was received by the Minister of Agriculture and Rural Affairs of China, Han Dewei, with whom he "
     "discussed the protocol.", "Han Dewei"),
    # a title in lower case after "the", straight before the name (translated press)
    ("The national deputy Hernán Quiroga Lema (Unión por la Patria) stated on the social network X that the ruling "
     "arrives late.", "Hernán Quiroga Lema"),
    # the others in a list of people the model read as persons
    ("For further information, please contact Margaret L. Chen-Whitfield, Omar Haddad or Rebecca Sato, or your "
     "regular contact at the firm.", "Rebecca Sato"),
    ("Executives at the meeting included Ana Ruiz, Juan Pérez and Lina Morales Vega.", "Ana Ruiz"),
])
def test_twenty_eighth_round_people_the_model_missed(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    # (a list with one person is no list of people; a body in it stays a body)
    ("Talks included Ana Ruiz, Juan Pérez and Deutsche Bank.", "Deutsche Bank"),
    ("Exporters from Chile, Peru and Mexico met Juan Pérez and Lina Morales Vega.", "Chile"),
    # an issue's word before a title is the title's area
    ("Over two hours of testimony, Canada's Fentanyl Czar, Marc-André Paquin, and Sandra Kowalchuk testified.",
     "Fentanyl"),
    # (a lower-case title after "the" before a body's name)
    ("The president Toyota Motor said so.", "Toyota Motor"),
])
def test_twenty_eighth_round_not_people(extractor, text, wrong):
    assert wrong not in person_names(run(extractor, text))


# ---- review28: the reviewer's sentences -------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    # (a person and a bracketed body before a dash is no dateline, in a list or at a story's top)
    ("Panel speakers:\nKarim Haddad (OECD) - trade economist\nLucia Ferraz (WTO) - legal affairs", "Karim Haddad"),
    ("Karim Haddad (OECD) – We expect trade growth to slow sharply this year.\nLucia Ferraz (WTO) – The dispute system "
     "must be restored.", "Lucia Ferraz"),
])
def test_review28_people_before_a_bracketed_body_stay_people(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text, body", [
    # a university's place, all of it
    ("Professor Ricardo Montes of the Universidade Federal do Rio de Janeiro said Brazil should diversify.",
     "Universidade Federal do Rio de Janeiro"),
    ("Professor Hugo Benítez of the Universidad Autónoma de Nuevo León said factories were busy.",
     "Universidad Autónoma de Nuevo León"),
    ("A study by the Universidad Nacional de La Plata found exporters lost market share.",
     "Universidad Nacional de La Plata"),
    # a sentence-case name's place, all of it, and its joined parts
    ("The Federação das indústrias do estado de São Paulo said the measure was unacceptable.",
     "Federação das indústrias do estado de São Paulo"),
    ("The Federação da agricultura do Rio Grande do Sul asked for credit.",
     "Federação da agricultura do Rio Grande do Sul"),
    ("\"We are not a bargaining chip,\" said Sylvie Marchand-Roy, president of the Conseil québécois de la coopération "
     "et de la mutualité.", "Conseil québécois de la coopération et de la mutualité"),
    ("Anne-Claire Dutertre, director general of the Institut de recherche économique et sociale, said the figures "
     "were alarming.", "Institut de recherche économique et sociale"),
])
def test_review28_names_of_bodies_run_to_their_end(extractor, text, body):
    assert body in org_names(run(extractor, text))


@pytest.mark.parametrize("text, wrong", [
    # (one word after a post and "of" that the model did not read as a person's: a region, a department)
    ("Enrique Salas, president of Jalisco, said the state would court Asian investors.", "Jalisco"),
    ("Karen Holt, director of Research, said the data showed a slowdown.", "Research"),
])
def test_review28_one_word_after_a_post_that_is_no_body(extractor, text, wrong):
    assert wrong not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    # (a visiting minister, or one whose own sentence names his country, is not the story's country's)
    ("Thailand's rice exports rose. Thai farmers benefited from strong demand, and Thailand expects more sales. "
     "Visiting Commerce Minister Rahul Goenka said India would buy less.", "Rahul Goenka"),
    ("Egypt's gas exports stopped. Egyptian officials blamed rising demand at home, and Egypt now imports LNG. "
     "Energy Minister Eli Cohenberg said Israel would keep supplying gas.", "Eli Cohenberg"),
    ("Pakistan's textile exports fell. Pakistani mills blamed energy costs, and Pakistan has asked for help. "
     "Visiting Finance Minister Wang Jianguo pledged new loans.", "Wang Jianguo"),
    # (the one who speaks after "their counterparts," is no counterpart)
    ("Australia's ministers met their Chilean counterparts, Trade Minister Don Pemberton said on Monday.",
     "Don Pemberton"),
    ("After talks with their Indonesian counterparts, Finance Minister Jim Calloway told reporters the deal was close.",
     "Jim Calloway"),
])
def test_review28_posts_not_given_the_other_countrys_body(extractor, text, person):
    assert all(o is None for p, _, o in roles_of(run(extractor, text)) if p == person)


@pytest.mark.parametrize("text, wrong", [
    # (a surname or a state's abbreviation ending a sentence after "by", "as", "from")
    ("Peter Ma controls Lianhua Holdings. The company is controlled by Ma. Shares rose 3% on Monday.", "Ma. Shares"),
    ("The talks were known as Ma. Critics said the name was a joke.", "Ma. Critics"),
    ("Trucks carrying crabs from Md. Officials in Virginia said the shipments were delayed.", "Md. Officials"),
])
def test_review28_short_given_names_ending_a_sentence(extractor, text, wrong):
    assert not any(wrong.split()[0] in n for n in person_names(run(extractor, text)))


def test_review28_a_bureaus_head_keeps_the_bureau_in_the_title(extractor):
    result = run(extractor, "Kenji Sato, director-general of the Trade Policy Bureau, said on Monday that talks would "
                            "resume. The Trade Policy Bureau at the Ministry of Economy, Trade and Industry drafts "
                            "Japan's trade strategy.")
    assert ("Kenji Sato", "director-general of the Trade Policy Bureau", "Ministry of Economy, Trade and Industry") \
        in roles_of(result)


def test_review28_a_lecturer_at_a_school_of_a_university(extractor):
    result = run(extractor, "Dr. Wanchai Pongsak, a lecturer at the School of Business, Mahidol University, said "
                            "consumers would pay more.")
    assert ("Wanchai Pongsak", "lecturer", "Mahidol University") in roles_of(result)


@pytest.mark.parametrize("text, role", [
    # a port the story names after "the Port of", however the model read its place
    ("Whitfield met Renata Olvera-Hughes, executive director of the Port of Long Beach, on Thursday.",
     ("Renata Olvera-Hughes", "executive director", "Port of Long Beach")),
])
def test_twenty_eighth_round_posts_at_ports(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, roles", [
    # the owner before a title is the whole title's; "the group" is a company or an association
    ("Tran Quoc Minh, vice chairman of the Vietnam Textile and Apparel Association (VITAS), said members were asked "
     "for documents.\n\nIn Washington, the American Apparel & Footwear Association (AAFA) urged the administration to "
     "publish guidance. Julia Brennan, the group's president and chief executive, said brands were ready.",
     [("Julia Brennan", "president and chief executive", "American Apparel & Footwear Association")]),
    # (not a second noun phrase: "and a former trade minister")
    ("Aki Sato, Toyota's chairman and a former trade minister, said costs rose.",
     [("Aki Sato", "chairman", "Toyota")]),
])
def test_twenty_eighth_round_an_owner_shared_by_two_titles(extractor, text, roles):
    found = roles_of(run(extractor, text))
    assert all(role in found for role in roles)
    assert not any(p == "Aki Sato" and t == "trade minister" and o == "Toyota" for p, t, o in found)


@pytest.mark.parametrize("text, speaker, words", [
    # an age says nothing of whom: "the 44-year-old deputy" is the deputy the story named (translated press's word
    # for a member of the lower house)
    ("On the left, lawmakers urged the government not to give ground. Sandrine Mauberger, a member of the National "
     "Assembly's finance committee, accused Washington of \"blackmail on behalf of a handful of tech billionaires\".\n\n"
     "\"Every time we ask the giants of the internet to pay their fair share, the White House sends us a threat,\" the "
     "44-year-old deputy told AFP.", "Sandrine Mauberger", "Every time we ask"),
    # "For <person>, ... "..."": the one whose view the sentence gives
    ("Brazil shipped 73 million tonnes of soybeans. For the president of the Brazilian Association of Vegetable Oil "
     "Industries (Abiove), Marcelo Tavares Quintella, the American return \"is not a reason for panic\".",
     "Marcelo Tavares Quintella", "is not a reason for panic"),
    # "His Excellency" is "he"
    ("H.E. Dr. Faisal bin Rashid Al Shamsi, Minister of State for Foreign Trade, met Kwon Tae-jun. He noted the ties "
     "were strong.\n\nHis Excellency stated: \"The UAE looks to the Republic of Korea as a key partner in building the "
     "economy of the future.\"", "Faisal bin Rashid Al Shamsi", "The UAE looks to"),
    # "he" is not the one named inside the words he said, and a possessive in his sentence ("her leadership") is
    # another's
    ("On the wall of Orawan Thepsuwan's office hangs a rice sack. \"That is who I am negotiating for,\" she says.\n\n"
     "Not everyone is an admirer. Somkiat Chaiprasert, a former deputy commerce minister, said the department under "
     "her leadership had been too cautious.\n\n\"Khun Orawan protects the farmers, and that is admirable, but "
     "Thailand's future is not only in the paddy field,\" he said.", "Somkiat Chaiprasert", "Khun Orawan protects"),
])
def test_twenty_eighth_round_speakers_by_description_view_and_pronoun(extractor, text, speaker, words):
    assert any(q.speaker == speaker and words in q.text for q in run(extractor, text).quotes)


def test_twenty_eighth_round_for_a_while_is_no_ones_view(extractor):
    # ("For years, X said": the speaker is the verb's subject, as before)
    result = run(extractor, "For years, Ana Ruiz Pérez said the deal \"is a disaster for farmers\".")
    assert all(q.speaker == "Ana Ruiz Pérez" for q in result.quotes)


@pytest.mark.parametrize("text, role", [
    # a firm's top post written with two heads is one post
    ("NMPF President and CEO Thomas R. Lindqvist met officials on Tuesday in Washington.",
     ("Thomas R. Lindqvist", "President and CEO", "NMPF")),
    ("Julia Brennan, president and chief executive of the American Apparel & Footwear Association, wrote to USTR.",
     ("Julia Brennan", "president and chief executive", "American Apparel & Footwear Association")),
])
def test_twenty_eighth_round_a_firms_top_post_in_two_heads(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_twenty_eighth_round_two_bodies_two_posts(extractor):
    found = roles_of(run(extractor, "Aki Sato, the president of Acme Corp and chief executive of Zeta Holdings, said so."))
    assert {("Aki Sato", "president", "Acme Corp"), ("Aki Sato", "chief executive", "Zeta Holdings")} <= found


# ---- review28b: the second reviewer's sentences -----------------------------------------------------------------
@pytest.mark.parametrize("text, wrong", [
    # (a list of people: the others are people only where the model gave them no reading and they hold no word of a
    # body, a place or a department)
    ("The shortlist named Priya Natarajan, Kofi Mensah, Deutsche Telekom and Air Liquide.", "Deutsche Telekom"),
    ("For further information, please contact Helen Okafor, Bruno Castellani or Media Relations at the ministry.",
     "Media Relations"),
    ("Both Ana Ruiz, Juan Pérez and Lina Vega opposed the tariff.", "Both Ana Ruiz"),
    ("Meanwhile Ana Ruiz, Juan Pérez and Lina Vega left early.", "Meanwhile Ana Ruiz"),
])
def test_review28b_not_people(extractor, text, wrong):
    assert wrong not in person_names(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    # a name's place stops at a title's head; an elided article's word is part of the name
    ("The Fédération des chambres de commerce du Québec President Charles Millard said the tariffs were a disaster.",
     ("Charles Millard", "President", "Fédération des chambres de commerce du Québec")),
    ("Les Producteurs de lait du Québec President Daniel Gobeil said dairy was not negotiable.",
     ("Daniel Gobeil", "President", "Les Producteurs de lait du Québec")),
])
def test_review28b_a_title_after_a_sentence_case_body(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_review28b_an_elided_article_inside_a_sentence_case_name(extractor):
    result = run(extractor, "The Association des industries de l'automobile du Canada said exports would fall.")
    assert "Association des industries de l'automobile du Canada" in org_names(result)


# ---- review28c: the third reviewer's sentences ------------------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    # a place after "de" written with an elided article or a hyphen, and a port's name with a hyphen or "and"
    ("Moussa Diabaté, president of the Union des industries de Côte d'Ivoire, said tariffs would hurt.",
     "Union des industries de Côte d'Ivoire"),
    ("The Conseil du café-cacao de Côte d'Ivoire said prices would rise.", "Conseil du café-cacao de Côte d'Ivoire"),
    ("The Port of Antwerp-Bruges said it would invest 1 billion euros in hydrogen terminals.", "Port of Antwerp-Bruges"),
    ("The Port of New York and New Jersey said imports surged.", "Port of New York and New Jersey"),
])
def test_review28c_names_run_to_their_end(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_review28c_his_excellency_after_two_people_is_either(extractor):
    result = run(extractor, "Prime Minister Anwar Rahim and Trade Minister Tengku Aziz met the U.S. envoy. His "
                            "Excellency stated: \"Malaysia wants a fair deal with Washington.\"")
    assert not result.quotes


def test_review28c_a_board_seat_beside_the_top_post_is_another_post(extractor):
    found = roles_of(run(extractor, "Tim Cook, CEO and director of Apple, met the minister."))
    assert {("Tim Cook", "CEO", "Apple"), ("Tim Cook", "director", "Apple")} <= found


# ---- after 104-106 were scored ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, wrong", [
    # a place, then its region, closing a sentence
    ("Dwi Hartanto said Indonesia was keen to learn from the processing industry in Gebeng, Pahang.\n\n\"Indonesia "
     "has the nickel, and we are looking at rare earths now,\" said the Indonesian trade minister.", "Pahang"),
    ("Arnold Vandersteen, who milks 140 cows near Woodstock, Ont. \"We have given up close to 18 per cent of our "
     "market,\" he said.", "Ont"),
    # Portugal's news agency and Mercosur's Portuguese name
    ("LISBON, March 4 (Lusa) - Portugal backs the EU-Mercosul agreement, minister Inês Calado Morais told Lusa.",
     "Lusa"),
    ("LISBON, March 4 (Lusa) - Portugal backs the EU-Mercosul agreement, minister Inês Calado Morais told Lusa.",
     "Mercosul"),
])
def test_after_scoring_28_places_and_bodies_are_no_people(extractor, text, wrong):
    result = run(extractor, text)
    assert wrong not in person_names(result)
    assert all(q.speaker != wrong for q in result.quotes)


# ---- twenty-ninth round: classes found on 101-106 -----------------------------------------------------------------
@pytest.mark.parametrize("text, body", [
    # the capitalized words before a legal form written with no comma
    ("Lucía Paredes, an economist at Grupo Industrial Norteño SAB, said exports would slow.",
     "Grupo Industrial Norteño SAB"),
    # a short form that spells a name joined by "and", in mixed case
    ("Laura Chen, a senior vice president at the Pharmaceutical Research and Manufacturers of America (PhRMA), said "
     "members would invest.", "Pharmaceutical Research and Manufacturers of America"),
    # small words inside a name before an appositive saying what body it is
    ("Marta Kovac, director general of Medicines for Europe, the Brussels-based association of generic manufacturers, "
     "warned of shortages.", "Medicines for Europe"),
])
def test_twenty_ninth_round_bodies_found_whole(extractor, text, body):
    assert body in org_forms(run(extractor, text))  # (by any name it goes by: the lexicon lists "PhRMA" since round 42)


@pytest.mark.parametrize("text, wrong", [
    # a title's portfolio ending in a company's word is no body, nor the title itself
    ("Minister of Development and Technology Henryk Zawadzki said the quotas would stay.", "Minister of Development and Technology"),
    ("Warsaw sent the Minister of Development and Technology of the Republic of Poland Krzysztof Baran and two "
     "deputies.", "Technology of the Republic"),
    ("Warsaw sent the Minister of Development and Technology of the Republic of Poland Krzysztof Baran and two "
     "deputies.", "Minister of Development and Technology of the Republic"),
])
def test_twenty_ninth_round_a_title_is_no_body(extractor, text, wrong):
    assert wrong not in org_names(run(extractor, text))


def test_twenty_ninth_round_a_holder_after_a_title_of_a_body_and_its_short_form(extractor):
    result = run(extractor, "In parliament, the deputy of the Liberal Party (PL) Helena Marques Duarte asked the "
                            "Government for a study.")
    assert "Helena Marques Duarte" in person_names(result)
    assert "Helena Marques Duarte" not in org_names(result)


@pytest.mark.parametrize("text, speaker, words", [
    # "the Brazilian official": the one named last whose post is that country's
    ("Rafael Pinto Gomes, executive secretary of the Brazilian Ministry of Agriculture, attended. Anna Lindqvist, "
     "the European Commission's chief negotiator, spoke first. \"The deal protects our cheeses,\" said Anna "
     "Lindqvist. The Brazilian official, for his part, underlined that Brazil has \"every interest in a quick "
     "ratification\" of the deal.", "Rafael Pinto Gomes", "every interest in a quick ratification"),
    # "the Polish minister": the minister, not the deputy minister named after him
    ("Poland sent Minister of Finance Tomasz Lisowski and Deputy Minister of Agriculture Marek Zielinski. The Polish "
     "minister noted that Warsaw expects \"fair rules for our farmers\" from Kyiv.", "Tomasz Lisowski",
     "fair rules for our farmers"),
    # "the academic": the specialist quoted just before
    ("For Paula Ibarra Soto, specialist in trade at the University of Chile, the outcome depends on Washington. "
     "\"If the United States wants its own content, the plants will go to Texas,\" the academic explained.",
     "Paula Ibarra Soto", "If the United States wants its own content"),
    # a lede that gives the title before the name, which the next sentence gives
    ("The Minister for Enterprise has said the Government is \"ready for every scenario\" as tariffs loom.\n\n"
     "Speaking on radio, Niamh Ó Briain said she had met the heads of the drug makers.", "Niamh Ó Briain",
     "ready for every scenario"),
])
def test_twenty_ninth_round_speakers_by_description(extractor, text, speaker, words):
    assert any(q.speaker == speaker and words in q.text for q in run(extractor, text).quotes)


def test_twenty_ninth_round_a_lede_title_goes_to_the_one_named_next(extractor):
    result = run(extractor, "The Minister for Enterprise has said the Government is \"ready for every scenario\" as "
                            "tariffs loom.\n\nSpeaking on radio, Niamh Ó Briain said she had met the drug makers.")
    assert any(r[0] == "Niamh Ó Briain" and r[1] == "Minister for Enterprise" for r in roles_of(result))


@pytest.mark.parametrize("text, wrong", [
    # a palace a meeting is held in, and a newspaper the story cites
    ("The meeting took place yesterday at Palazzo Piacentini between the two ministers, Marco Rossi and Ana Ruiz.",
     "Palazzo Piacentini"),
])
def test_twenty_ninth_round_a_palace_is_no_person(extractor, text, wrong):
    assert wrong not in person_names(run(extractor, text))


def test_twenty_ninth_round_a_newspaper_the_story_cites(extractor):
    result = run(extractor, "Steelmakers expect quotas to fall by a fifth, Il Sole 24 Ore reported on Tuesday.")
    assert "Il Sole 24 Ore" in org_names(result)


@pytest.mark.parametrize("text, role", [
    # a cue, a body, then a title before its holder's name: the body stops at the title
    ("According to DTI Undersecretary Rosario Lim-Santos, the government backs the treaty.",
     ("Rosario Lim-Santos", "Undersecretary", "DTI")),
    # a prosecutor and a campaigner hold posts
    ("Chief Prosecutor Nils Ekberg at the Swedish Prosecution Authority declined to comment.",
     ("Nils Ekberg", "Chief Prosecutor", "Swedish Prosecution Authority")),
    ("Liza Mercado, a campaigner at the EcoWaste Coalition, said the treaty was weak.",
     ("Liza Mercado", "campaigner", "EcoWaste Coalition")),
    # a chamber's remit listed with commas, one of its words also a firm's
    ("Reza Tavakoli, a member of the board of the Tabriz Chamber of Commerce, Industries, Mines and Agriculture, "
     "said exports rose.", ("Reza Tavakoli", "member of the board", "Tabriz Chamber of Commerce, Industries, Mines and Agriculture")),
])
def test_twenty_ninth_round_posts_at_bodies_named_whole(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    # Nigerian posts, an Irish party's spokeswoman, a Dutch member of parliament joined to her party by a hyphen
    ("The Comptroller-General of Customs, Bashir Adamu Yakubu, spoke in Abuja on Tuesday.",
     ("Bashir Adamu Yakubu", "Comptroller-General of Customs", None)),
    ("Fianna Fáil’s agriculture spokesman, Declan Moran TD, called for emergency aid.",
     ("Declan Moran", "agriculture spokesman", "Fianna Fáil")),
    # (since the thirtieth round a Kamerlid's seat is the Tweede Kamer, as data)
    ("VVD-Kamerlid Sanne de Wit fears that the Netherlands will pay for everyone.",
     ("Sanne de Wit", "Kamerlid", "Tweede Kamer")),
])
def test_twenty_ninth_round_posts_from_more_countries(extractor, text, role):
    assert role in roles_of(run(extractor, text))



# ---- review29: the reviewer's sentences -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, person", [
    # a lede's title goes to the one named next only when the sentence names nothing else of them
    ("The Minister for Trade has said the deal is \"a win for exporters\".\n\nMary Collins, who runs a dairy "
     "cooperative in Kerry, said it was too early to judge.", "Mary Collins"),
    ("The Finance Minister has said the budget will include \"relief for exporters\".\n\nWriting in the Irish Times, "
     "columnist Conor Walsh said the measures were modest.", "Conor Walsh"),
    ("The minister said the deal was \"fair to both sides\". John Byrne, a beef farmer in Cork, disagreed.",
     "John Byrne"),
    ("The Agriculture Minister has said farmers will get \"every cent they are owed\".\n\nAt a meeting in Athlone, "
     "Brendan Fahy said he would not believe it until he saw the money.", "Brendan Fahy"),
    ("The Minister for Enterprise has said the Government is \"monitoring the situation\".\n\nSinn Féin's Louise "
     "Daly said the Government was asleep at the wheel.", "Louise Daly"),
])
def test_review29_a_lede_title_is_not_given_to_someone_described_otherwise(extractor, text, person):
    result = run(extractor, text)
    assert not any(r[0] == person for r in roles_of(result))
    assert all(q.speaker != person for q in result.quotes)


@pytest.mark.parametrize("text, wrong", [
    # a title's area before the body, a rank before a title, a portfolio before a title, a newspaper's name in prose
    ("Maria Lopes, managing director for Asia and Pacific of Maersk, the Danish shipping group, said rates would "
     "rise.", "Asia and Pacific of Maersk"),
    ("According to Vice Minister Ma Hui, China will buy more soybeans next year.", "Vice"),
    ("According to Agriculture Undersecretary Ma. Cristina Evangelista, onion imports will resume in July.",
     "Agriculture"),
    ("The Hindu nationalist government has courted foreign investors with tax breaks.", "The Hindu"),
])
def test_review29_no_such_body(extractor, text, wrong):
    assert wrong not in org_names(run(extractor, text))


def test_review29_a_department_after_a_short_form_is_no_person(extractor):
    result = run(extractor, "The head of the Ministry of Industry and Trade (MOIT) Import Export Department Tran Quoc "
                            "Bao said licences would be issued faster.")
    assert "Import Export" not in person_names(result)


@pytest.mark.parametrize("text, role", [
    # "Ambassador to <country>" before the name, which the model did not read
    ("Widodo received European Union Ambassador to Indonesia Pieter-Jan Maes at his office on Monday.",
     ("Pieter-Jan Maes", "Ambassador to Indonesia", "European Union")),
    # fisheries posts: Peru's belong to its production ministry, Chile's undersecretary heads an undersecretariat
    ("Carmen Rojas Vela, Peru's vice minister of fisheries and aquaculture, said foreign fleets target squid.",
     ("Carmen Rojas Vela", "vice minister of fisheries and aquaculture", "Ministry of Production of Peru")),
    ("Ignacia Soto Larraín, Chile's Undersecretary of Fisheries and Aquaculture, said the stocks were shared.",
     ("Ignacia Soto Larraín", "Undersecretary of Fisheries and Aquaculture",
      "Undersecretariat of Fisheries and Aquaculture of Chile")),
])
def test_twenty_ninth_round_posts_named_with_their_place(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    # India's steel ministry by its posts' usual names; the US agriculture department's trade post
    ("NEW DELHI: Union Steel Minister Ravinder Pal Sandhu said cheap imports were hurting mills.",
     ("Ravinder Pal Sandhu", "Union Steel Minister", "Ministry of Steel")),
    ("Daniel Okoro, Under Secretary for Trade and Foreign Agricultural Affairs, led the US delegation to Seoul.",
     ("Daniel Okoro", "Under Secretary for Trade and Foreign Agricultural Affairs", "U.S. Department of Agriculture")),
])
def test_twenty_ninth_round_posts_a_title_implies(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_twenty_ninth_round_a_steel_company_keeps_its_name(extractor):
    result = run(extractor, "Tata Steel and JSW Steel welcomed the safeguard duty, Steel Secretary Anil Kapoor said.")
    assert {"Tata Steel", "JSW Steel"} <= org_names(result)


@pytest.mark.parametrize("text, speaker, words", [
    # "According to her," then the quotation
    ("The Director-General of the Kano Chamber of Commerce, Dr. Halima Sule-Bako, welcomed the move. According to "
     "her, \"Clarity and predictability are what traders need most.\"", "Halima Sule-Bako", "Clarity and predictability"),
    # a middle initial in the attribution does not end the sentence before the next quotation
    ("\"Our members are paying the highest duties ever,\" said Gordon T. Lindqvist, president of the Interior Lumber "
     "Council. \"Every extra dollar of duty is a dollar not invested in our mills.\"", "Gordon T. Lindqvist",
     "Every extra dollar of duty"),
    # a press release's statement signed on the line below it
    ("The Council agreed today on the regulation.\n\n\"Today's agreement closes a loophole that was costing jobs. We "
     "have kept the burden for small importers to a minimum.\"\n\nMaria Papadaki, Minister of Finance of Greece\n\n"
     "Main elements of the agreement", "Maria Papadaki", "Today's agreement closes a loophole"),
])
def test_twenty_ninth_round_speakers_by_pronoun_signature_and_short_title(extractor, text, speaker, words):
    assert any(q.speaker == speaker and words in q.text for q in run(extractor, text).quotes)


def test_twenty_ninth_round_a_title_case_line_under_prose_stays_a_headline(extractor):
    # a line in Title Case after a paragraph that does not close a quotation is no signature
    result = run(extractor, "Exports rose in May.\n\nRice Growers Seek Relief, Minister Says\n\nThe talks resume today.")
    assert "Rice Growers Seek Relief" not in person_names(result)


@pytest.mark.parametrize("text, role", [
    # Indonesia's coordinating ministry, the UAE's foreign trade ministry
    ("JAKARTA (Reuters) - Coordinating Minister for Economic Affairs Budi Santoso said exports rose.",
     ("Budi Santoso", "Coordinating Minister for Economic Affairs", "Coordinating Ministry for Economic Affairs")),
    ("The Emirati Minister of State for Foreign Trade, Omar al-Mansoori, met Indonesian officials on Monday.",
     ("Omar al-Mansoori", "Minister of State for Foreign Trade", "Ministry of Foreign Trade of the United Arab Emirates")),
])
def test_twenty_ninth_round_ministries_posts_belong_to(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_twenty_ninth_round_a_post_at_a_body_described_by_a_gerund(extractor):
    result = run(extractor, "\"The cargo stands,\" says Olga Petrova, head of research at the shipbroking company "
                            "Baltic Brokers.")
    assert ("Olga Petrova", "head of research", "Baltic Brokers") in roles_of(result)


# ---- review29b: the second reviewer's sentences ----------------------------------------------------------------------
@pytest.mark.parametrize("text, person", [
    # "according to him/her" only after a sentence naming one person, and only the pronoun alone
    ("Kwame Mensah and Yaw Boateng, both cocoa traders in Kumasi, complained about the levy. According to him, \"The "
     "government is killing the trade.\"", "Kwame Mensah"),
    ("Minister Rosa Villalobos did not attend the meeting. According to her office, \"The minister is travelling in "
     "Asia this week.\"", "Rosa Villalobos"),
    # a lede's title is not held by one who speaks of its holder
    ("The Minister for Agriculture has said the beef sector is \"resilient\".\n\nSpeaking after the meeting, Liam Hogan "
     "said the minister had not listed any new money.", "Liam Hogan"),
    # a writer's credit under a pull quote is no signature
    ("\"We cannot wait for Brussels forever.\"\n\nHelga Strand, Trade Correspondent\n\nBERLIN - The talks stalled.",
     "Helga Strand"),
])
def test_review29b_no_speaker_there(extractor, text, person):
    assert all(q.speaker != person for q in run(extractor, text).quotes)


@pytest.mark.parametrize("text, wrong", [
    # a headline after a quotation is no signature
    ("The union called the plan \"a betrayal.\"\n\nSteel Workers Strike, Minister Urges Calm\n\nWorkers walked out.",
     "Urges"),
    ("Analysts called the deal \"historic.\"\n\nTrade Deal Signed, Officials Say\n\nThe pact was signed on Monday.",
     "Say"),
])
def test_review29b_a_headline_is_no_signature(extractor, text, wrong):
    assert not any(wrong in name for name in person_names(run(extractor, text)))


@pytest.mark.parametrize("text, wrong", [
    # short forms that name other things, and a steel minister who is not India's
    ("The plant will use CHP units to cut energy costs.", "Republican People's Party"),
    ("Under the National Development Plan (NDP), Ghana aims to double exports.", "New Democratic Party"),
    ("In Prague, SPD chairman Radek Hromádka said Czech farmers were sacrificed.", "Social Democratic Party of Germany"),
])
def test_review29b_no_such_party(extractor, text, wrong):
    assert wrong not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("LONDON (Reuters) - Steel Minister Gareth Pryce said the government would protect jobs at Port Talbot.",
     ("Gareth Pryce", "Steel Minister", None)),
    # a party's name before a post in the party is the post's body (before a seat, the member's party)
    ("AKP deputy chairman Selim Karaağaç said Turkey would not accept new quotas on its steel.",
     ("Selim Karaağaç", "deputy chairman", "Justice and Development Party")),
    ("Labour Party chairman Tom Hughes said the deal was bad for Wales.", ("Tom Hughes", "chairman", "Labour Party")),
])
def test_review29b_posts(extractor, text, role):
    assert role in roles_of(run(extractor, text))


# ---- after 110-112 were scored -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, role", [
    # a minister's portfolio that is also a firm's last word; a body's name that ends before an honorific
    ("Chilean Mining Minister Aurora Vial said copper exports would rise.",
     ("Aurora Vial", "Mining Minister", "Ministry of Mining of Chile")),
    ("KUALA LUMPUR - Minister of Investment, Trade and Industry Datuk Seri Hamzah Rahim said talks were close.",
     ("Hamzah Rahim", "Minister of Investment, Trade and Industry", "Ministry of Investment, Trade and Industry of Malaysia")),
])
def test_after_scoring_29_posts(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_after_scoring_29_a_french_party_is_no_person(extractor):
    result = run(extractor, "\"We will not vote for a text that sacrifices our cheeses,\" warned Les Républicains "
                            "deputy Anne Morel.")
    assert "Les Républicains" not in person_names(result)
    assert all(q.speaker != "Les Républicains" for q in result.quotes)


# ---- thirtieth round -----------------------------------------------------------------------------------------------
def bodies_of(result) -> set[tuple[str, str | None]]:
    return {(person, body) for person, _, body in roles_of(result)}


@pytest.mark.parametrize("text, pair", [
    # a sentence's full stop after a firm's name with a capital inside it
    ("\"Buyers have gone quiet,\" said Marta Lindqvist, a freight analyst at CargoX.",
     ("Marta Lindqvist", "CargoX")),
    # the post's area between its head and "at"
    ("Oren Castellanos, senior analyst for Latin American metals at Harbor Rock, said copper would stay tight.",
     ("Oren Castellanos", "Harbor Rock")),
    ("Nadia Fenwick, a partner in the customs and trade practice at Larkspur Hale, said importers were confused.",
     ("Nadia Fenwick", "Larkspur Hale")),
    # what the firm is between "at" and its name
    ("Tomasz Wierzba, head of research at broker Brightwater, said premiums had doubled.",
     ("Tomasz Wierzba", "Brightwater")),
])
def test_round30_body_after_at(extractor, text, pair):
    assert pair in bodies_of(run(extractor, text))


def test_round30_a_firms_short_name_is_the_company_the_story_names(extractor):
    result = run(extractor, "Kestrel Harbour Holdings and a Korean partner signed a memorandum on Monday. It was signed "
                            "by Omar Haddad, executive director of the ports platform at Kestrel Harbour, and others.")
    assert "Kestrel Harbour" not in org_names(result)
    assert ("Omar Haddad", "Kestrel Harbour Holdings") in bodies_of(result)


def test_round30_a_short_name_beside_two_companies_stays_apart(extractor):
    result = run(extractor, "Vantor Steel and Vantor Motors both cut output. Vantor said demand was weak.")
    assert {"Vantor Steel", "Vantor Motors"} <= org_names(result)


@pytest.mark.parametrize("text, body", [
    # a body's name the model began after its "and"
    ("Jeon Ha-eun, chair of the Korea Cosmetics and Bio-Beauty Manufacturers Association (KCBMA), welcomed the "
     "talks.", "Korea Cosmetics and Bio-Beauty Manufacturers Association"),
    ("Harpreet Chadha, president of the Glass and Tableware Importers' Association, said the duty would hurt.",
     "Glass and Tableware Importers' Association"),
])
def test_round30_a_name_opened_before_its_and(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_round30_two_bodies_joined_by_and_stay_two(extractor):
    names = org_names(run(extractor, "Talks with the African Union and the Southern African Customs Union (SACU) "
                                     "resumed on Monday."))
    assert {"African Union", "Southern African Customs Union"} <= names


def test_round30_holder_after_a_body_listing_its_portfolios(extractor):
    # the model reads the holder's name as an organization; the body's name lists portfolios with commas
    result = run(extractor, "The executive secretary of Brazil's Ministry of Agriculture, Livestock and Supply (MAPA), "
                            "Helena Vasconcellos Prado, said the tariff would change.")
    assert "Helena Vasconcellos Prado" in person_names(result)


@pytest.mark.parametrize("text, speaker", [
    # translated press keeps the source language's verbs of saying after a quotation
    ("Lena Holm met the growers on Friday. \"We will not trade away our dairy quotas,\" she cut short.", "Lena Holm"),
    ("Lena Holm met the growers on Friday. \"We will not trade away our dairy quotas,\" Holm hammered.", "Lena Holm"),
    ("The deputy Marc Tessier spoke in Ottawa. \"It opens the door by the back,\" launched the deputy in a scrum.",
     "Marc Tessier"),
])
def test_round30_any_verb_right_after_an_open_quotation(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


@pytest.mark.parametrize("text", [
    # no one's words: a body or an office after the quotation, or a sentence the quotation closed
    "Lena Holm met the growers. \"We will not trade away our dairy quotas,\" Holm's office confirmed.",
    "Lena Holm met the growers. \"We will not trade away our dairy quotas.\" The union rejected the offer.",
])
def test_round30_no_speaker_without_a_subject(extractor, text):
    assert run(extractor, text).quotes == []


@pytest.mark.parametrize("text, role", [
    # "of the <title> of <body>, <name>" after a noun that is no post: the name holds the title
    ("The minister toured a dairy in the company of the president of the UFCA, Gilles Paradis-Roy.",
     ("Gilles Paradis-Roy", "president", "UFCA")),
    ("The minister received the drug makers in the presence of the president of Medika, Odile Ferrand-Moulin.",
     ("Odile Ferrand-Moulin", "president", "Medika")),
])
def test_round30_title_after_of_a_noun_that_is_no_post(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    # translated press names the holder right after the title's body, without a comma
    ("The Chairman of the Board of the Union of Poultry Breeders of Ukraine Petro Hnatyuk called the decision a "
     "long-awaited one.", "Petro Hnatyuk"),
])
def test_round30_holder_right_after_the_body_without_a_comma(extractor, text, person):
    assert person in person_names(run(extractor, text))


def test_round30_a_deputy_minister_belongs_to_the_ministry_not_a_department_in_it(extractor):
    result = run(extractor, "Mr. Anan Srisuk, Deputy Minister of Commerce, said after meeting pig farmers at the "
                            "Ministry of Commerce, Nonthaburi province, that Thai farmers would be protected. Ms. Malee "
                            "Chaiyo, Director-General of the Department of Trade Negotiations (DTN), said a study was "
                            "under way.")
    bodies = dict(bodies_of(result))
    assert bodies["Anan Srisuk"].startswith("Ministry of Commerce")
    assert bodies["Malee Chaiyo"] == "Department of Trade Negotiations"


@pytest.mark.parametrize("text, role", [
    # a legislator's seat is in the one chamber the story names, whatever its name says
    ("TAIPEI - The pledge was questioned at the Legislative Yuan on Tuesday. Democratic Progressive Party (DPP) "
     "Legislator Lin Wei-chen said exporters welcomed it.", ("Lin Wei-chen", "Legislator", "Legislative Yuan")),
    ("THE HAGUE - D66-Kamerlid Sanne Visser asked the minister about the spirits tariffs.",
     ("Sanne Visser", "Kamerlid", "Tweede Kamer")),
])
def test_round30_a_legislators_chamber(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    # a foreign or finance minister of a country the lexicon lists no such ministry for
    ("The envoy met Kyrgyz Deputy Foreign Minister Azamat Toktobaev in Bishkek on Monday.",
     ("Azamat Toktobaev", "Deputy Foreign Minister", "Ministry of Foreign Affairs of the Kyrgyz Republic")),
    ("Paraguayan Finance Minister Lucía Benítez Ayala said the tariff would be cut.",
     ("Lucía Benítez Ayala", "Finance Minister", "Ministry of Finance of Paraguay")),
])
def test_round30_an_unlisted_countrys_foreign_or_finance_ministry(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round30_a_short_form_before_the_name_it_spells(extractor):
    result = run(extractor, "Traders' body CATR (Confederation of All Tea Retailers) also urged the government to act. "
                            "CATR President Rakesh Menon said orders had fallen.")
    assert ("Rakesh Menon", "Confederation of All Tea Retailers") in bodies_of(result)


@pytest.mark.parametrize("text, speaker", [
    # a description after a quotation of several sentences stands for the one named before the quotation
    ("The chair of the Furniture Makers Chamber, Octavio Ruelas Paz, called the quota late.\n\n\"It is a first step. "
     "The boards come in as if for export. Then they are sold here,\" the businessman said in an interview.",
     "Octavio Ruelas Paz"),
    ("Minister Dewi Anggraini met the Korean envoy, Lee Jun-ho, on Monday.\n\n\"We do not export raw ore. We want "
     "plants here. We want jobs here,\" the minister said.", "Dewi Anggraini"),
])
def test_round30_a_description_after_a_long_quotation(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


# ---- review30: a reviewer's sentences, where the thirtieth round's rules must not fire -------------------------------
@pytest.mark.parametrize("text, person", [
    # "of the <title> of X, Y" after a relation: Y is another person, not the title's holder
    ("The wife of the president of the UFCA, Marie Paradis, hosted the dinner.", "Marie Paradis"),
    ("The brother of the mayor of Lyon, Paul Girard, runs the export firm.", "Paul Girard"),
])
def test_review30_a_relation_is_no_holder(extractor, text, person):
    assert all(p != person for p, _, _ in roles_of(run(extractor, text)))


@pytest.mark.parametrize("text, wrong", [
    # "the businessman" is no minister, named last or not
    ("Minister Ana Ruiz announced the quota on Monday. A furniture maker in Jalisco was unimpressed.\n\n\"It is late. "
     "It is small. It changes nothing,\" the businessman said.", "Ana Ruiz"),
    ("Shoe exporter Murat Yilmaz hosted the delegation. Minister Ayse Demir thanked him.\n\n\"Our factories are ready. "
     "Our workers are trained. We only need access,\" the businessman said.", "Ayse Demir"),
])
def test_review30_a_businessman_is_no_minister(extractor, text, wrong):
    assert all(q.speaker != wrong for q in run(extractor, text).quotes)


@pytest.mark.parametrize("text, role", [
    # a lawmaker's chamber only where the story names one of the lawmaker's country; none built
    ("Japanese lawmaker Taro Kono-Hayashi said Tokyo would not retaliate.", ("Taro Kono-Hayashi", "lawmaker", None)),
    ("US lawmakers criticised the Knesset vote. Democratic lawmaker Rosa DeLuca said it was a mistake.",
     ("Rosa DeLuca", "lawmaker", None)),
    ("Mexican lawmaker Ricardo Monreal-Diaz said the Senate would review the accord.",
     ("Ricardo Monreal-Diaz", "lawmaker", None)),
    # a deputy minister is not moved to a ministry the story gives another country
    ("Deputy Minister of Trade Lerato Mokoena said the Department of Trade and Industry and the Ministry of Trade of "
     "Zimbabwe had agreed.", ("Lerato Mokoena", "Deputy Minister of Trade", "Department of Trade and Industry")),
    # a government that calls its foreign ministry a department
    ("Irish Foreign Minister Siobhan Keane-Doyle said the EU would respond.",
     ("Siobhan Keane-Doyle", "Foreign Minister", "Department of Foreign Affairs of Ireland")),
])
def test_review30_posts(extractor, text, role):
    assert role in roles_of(run(extractor, text))


# ---- after 116-118 were scored -------------------------------------------------------------------------------------
def test_after_scoring_30_a_titles_last_portfolio_is_no_body(extractor):
    result = run(extractor, "The talks that the Minister of Maritime Affairs and Island Policy, Mr. Nikos Valaoritis, "
                            "held on Wednesday in Piraeus went well.")
    assert "Island Policy" not in org_names(result)


def test_after_scoring_30_a_comma_closes_the_title_before_and(extractor):
    # the given name after ", and" is the next person's, not the last word of the title's area
    result = run(extractor, "Talks were held with Mira Castellan, Secretary for Economic Affairs, and Pranav K. "
                            "Iyengar, India's Commerce Secretary.")
    assert "Pranav K. Iyengar" in person_names(result)


# ---- thirty-first round ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, issue", [
    # a kind of goods named once, as one item of a list of three or more, is an example in passing
    ("The ministry revoked 140 certificates of origin, most of them for textiles, furniture and steel products.",
     "steel_aluminum"),
    ("Tokyo wants to cut its reliance on Beijing for minerals vital to electric vehicles, wind turbines and "
     "defence equipment.", "autos"),
    ("Hanoi is ready to buy more American goods such as agricultural products, aircraft, liquefied natural gas "
     "and high-tech equipment.", "energy"),
    ("Our exporters of jewellery, processed food and auto parts will gain from the first day.", "autos"),
])
def test_thirty_first_round_goods_listed_once_in_passing(extractor, text, issue):
    assert issue not in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, issue", [
    # the list is what a measure is on: its goods are the measure's subjects
    ("He said separate tariffs on autos, pharmaceuticals and aluminum were coming soon.", "autos"),
    # two goods are no list of examples; the goods named again are the story's
    ("Mexico has focused on the tariffs on steel and autos.", "autos"),
    ("Imports of textiles, furniture and steel products rose. Steel mills asked for a safeguard.", "steel_aluminum"),
    # goods that are not in a list
    ("The ministry wants wider market access for Egyptian agricultural products, including citrus, grapes and dates.",
     "agriculture"),
    # a chip story may name its plants only as fabs
    ("The rules would restrict servicing of advanced fabs in China.", "semiconductors"),
])
def test_thirty_first_round_goods_that_still_count(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, role", [
    # a minister's capitalised list of portfolios after "of", whatever its words, names the ministry
    ("BAMAKO - The Minister of Transport and Infrastructures, Aminata Traore, said the corridor was open.",
     ("Aminata Traore", "Minister of Transport and Infrastructures", "Ministry of Transport and Infrastructures of Mali")),
    ("RABAT - The Minister of Agriculture, Maritime Fisheries, Rural Development and Water and Forests, Karim "
     "Bennani, said exports rose.", ("Karim Bennani", "Minister of Agriculture, Maritime Fisheries, Rural Development "
                                     "and Water and Forests", "Ministry of Agriculture, Maritime Fisheries, Rural "
                                     "Development and Water and Forests of Morocco")),
    # the same list written before the head
    ("NICOSIA - Energy, Commerce and Industry Minister Andreas Kyprianou said exports rose.",
     ("Andreas Kyprianou", "Energy, Commerce and Industry Minister", "Ministry of Energy, Commerce and Industry of Cyprus")),
    ("COLOMBO - Trade, Commerce, Food Security and Cooperative Development Minister Nimal Perera said tea exports rose.",
     ("Nimal Perera", "Trade, Commerce, Food Security and Cooperative Development Minister",
      "Ministry of Trade, Commerce, Food Security and Cooperative Development of Sri Lanka")),
    ("ASTANA - Deputy Trade and Integration Minister Arman Nurlanov said the rules would change.",
     ("Arman Nurlanov", "Deputy Trade and Integration Minister", "Ministry of Trade and Integration of Kazakhstan")),
])
def test_thirty_first_round_a_ministers_list_of_portfolios_names_the_ministry(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_thirty_first_round_a_word_of_a_ministers_list_is_nobody(extractor):
    result = run(extractor, "RABAT - The Minister of Agriculture, Maritime Fisheries, Rural Development and Water and "
                            "Forests, Karim Bennani, said exports rose.")
    assert person_names(result) == {"Karim Bennani"}


@pytest.mark.parametrize("text, role", [
    # a name after the title and a comma is still the holder; a list needs a comma or "and" inside it
    ("The Minister of Trade and Industry, Ahmed Fathy, said exports rose.",
     ("Ahmed Fathy", "Minister of Trade and Industry", "Ministry of Trade and Industry")),
    ("HANOI - Industry and Trade Minister Nguyen Van Binh said exports rose.",
     ("Nguyen Van Binh", "Industry and Trade Minister", "Ministry of Industry and Trade of Vietnam")),
])
def test_thirty_first_round_short_portfolio_titles_unchanged(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    # honorifics of Israeli and South African lawyers ("Adv.") and of southern African unions ("Cde")
    ("\"The tax would hurt exporters,\" said Adv. Michal Ben-Ami, a partner at the firm.", "Michal Ben-Ami"),
    ("Speaking after the meeting, the union's General Secretary Cde Sipho Dlamini said the duties came too late.",
     "Sipho Dlamini"),
])
def test_thirty_first_round_honorifics_are_no_part_of_the_name(extractor, text, person):
    assert person_names(run(extractor, text)) == {person}


def test_thirty_first_round_a_body_run_on_through_a_seat_and_a_name_ends_before_them(extractor):
    result = run(extractor, "The chairperson of the Senate Standing Committee on Commerce Senator Rukhsana Baloch "
                            "asked the government to watch domestic rice prices.")
    assert "Senate Standing Committee on Commerce" in org_names(result)
    assert not any("Rukhsana" in name for name in org_names(result))


@pytest.mark.parametrize("text, unwanted", [
    # a paper's byline credit after the dateline; a preference scheme by its initials
    ("ISLAMABAD (Staff Reporter): The commerce minister said there would be no ban on rice exports.", "Staff Reporter"),
    ("Garment exporters want GSP Plus kept after 2029, the association said.", "GSP Plus"),
])
def test_thirty_first_round_credits_and_schemes_are_no_bodies(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_thirty_first_round_a_statistics_office_keeps_its_country(extractor):
    assert "Department of Statistics Malaysia" in org_names(run(extractor, "Data from the Department of Statistics "
                                                                           "Malaysia showed exports rose."))


def test_thirty_first_round_a_ministers_portfolios_closing_on_a_domain(extractor):
    result = run(extractor, "LA PAZ - The Minister of Productive Development and Plural Economy, Hernán Quispe "
                            "Mamani, said the Government would defend domestic production.")
    assert ("Hernán Quispe Mamani", "Minister of Productive Development and Plural Economy",
            "Ministry of Productive Development and Plural Economy of Bolivia") in roles_of(result)
    assert "Productive Development and Plural Economy" not in org_names(result)


@pytest.mark.parametrize("text, speaker", [
    # whom the subject met or spoke "with" is the occasion's other party, not whom "he" or "the minister" stands for
    ("According to the agency's correspondent, Farid Rahimi, Deputy Minister of Trade, on Sunday in a meeting with "
     "Aram Petrosyan, the Deputy Minister of Economy of Armenia, which was held in Tehran, stated that the sanctions "
     "had failed.\n\nHe added: \"Despite all the pressures, our "
     "exports reached a record last year.\"", "Farid Rahimi"),
    ("The Minister of Foreign Trade, Rosa Quispe Huaman, held a telephone call yesterday with the Minister of "
     "Commerce of the People's Republic of China, Wang Lin, in which both reviewed the port.\n\nThe head of the "
     "sector asked her counterpart for guarantees.\n\n\"We are not going to choose between our friends,\" the "
     "minister declared after the call.", "Rosa Quispe Huaman"),
])
def test_thirty_first_round_the_other_party_of_a_meeting_is_not_the_speaker(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


def test_thirty_first_round_a_titles_own_short_form_in_brackets(extractor):
    # "Cabinet Secretary (CS)": the title's short form, no body; the post runs the ministry its portfolios name
    result = run(extractor, "NAIROBI - Investments, Trade and Industry Cabinet Secretary (CS) Dr. Wanjiru Kamau made "
                            "the call on Wednesday.")
    assert "Cabinet Secretary" not in org_names(result)
    assert ("Wanjiru Kamau", "Investments, Trade and Industry Cabinet Secretary",
            "Ministry of Investments, Trade and Industry") in roles_of(result)
    # a body's short form after its name still spells the body
    assert "Federation of Malaysian Manufacturers" in org_names(run(
        extractor, "The Federation of Malaysian Manufacturers (FMM) president Tan Wei Ming said costs rose."))


def test_thirty_first_round_a_dateline_with_a_year_and_no_comma_before_it(extractor):
    # "Jakarta, 22 April 2026 -": a ministry release's dateline; its country places the posts the release names
    result = run(extractor, "PRESS RELEASE\nMinistry of Trade of the Republic of Indonesia\n\nJakarta, 22 April 2026 - "
                            "Director General of Foreign Trade Sari Wulandari said permits would be issued.")
    assert {org for person, _, org in roles_of(result) if person == "Sari Wulandari"} <= {
        "Ministry of Trade of the Republic of Indonesia", "Ministry of Trade of Indonesia"}
    assert any(person == "Sari Wulandari" and org for person, _, org in roles_of(result))


@pytest.mark.parametrize("text, body", [
    # an outlet's research arm is a body of its own; a word naming a field after the outlet is not its arm
    ("The estimate is by Priya Menon, an analyst at Bloomberg Intelligence.", "Bloomberg Intelligence"),
    ("Bloomberg Economics expects growth to slow, the report said.", "Bloomberg"),
])
def test_thirty_first_round_an_outlets_research_arm(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_thirty_first_round_a_firm_named_as_an_example_is_no_employer(extractor):
    result = run(extractor, "Lumenfield Media Inc. reported revenue of $612 million. The company competes with "
                            "larger platforms such as Google and Amazon. Chief Financial Officer Ravi Sethi said the "
                            "company's guidance held.")
    assert ("Ravi Sethi", "Chief Financial Officer", "Lumenfield Media Inc.") in roles_of(result)


@pytest.mark.parametrize("text, role", [
    # a title tied to a country by habit ("Commerce Secretary": the U.S.'s) is held where its holder is met
    ("LONDON - During the visit, the Minister met Commerce Secretary Arvind Menon in New Delhi on 16 February.",
     ("Arvind Menon", "Commerce Secretary", "Ministry of Commerce and Industry of India")),
    ("The minister met Commerce Secretary Jane Holloway in Washington on Monday.",
     ("Jane Holloway", "Commerce Secretary", "U.S. Department of Commerce")),
    ("The minister met Commerce Secretary Jane Holloway on Monday.",
     ("Jane Holloway", "Commerce Secretary", "U.S. Department of Commerce")),
])
def test_thirty_first_round_a_habitual_title_held_in_the_capital_named_after_it(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_thirty_first_round_the_head_of_the_ministry_is_its_minister(extractor):
    # translated press: "the head of the ministry said" after the minister and a foreign counterpart he spoke with
    result = run(extractor, "Hungarian wine producers must not become the victims of a trade conflict, Minister of "
                            "Foreign Affairs and Trade Gábor Kertész said on Wednesday, after a telephone conversation "
                            "with the Chinese Minister of Commerce, Liu Wen-hao."
                            "\n\nThe Chinese Ministry of Commerce opened an investigation in January.\n\n\u201cWe did not "
                            "ask for this trade war, and our winemakers did not start it\u201d \u2013 the head of the "
                            "ministry said in a video.")
    assert [q.speaker for q in result.quotes] == ["Gábor Kertész"]


# ---- after 122-124 were scored ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, body, nobody", [
    # rail operators: a country's word or a post's "of", then what the body is
    ("Levan Kapanadze, general director of Georgian Railway, said volumes rose.", "Georgian Railway", "Georgian Railway"),
    ("Nurlan Sadykov, chairman of the management board of Kazakhstan Temir Zholy, said volumes rose.",
     "Kazakhstan Temir Zholy", "Temir Zholy"),
])
def test_after_scoring_31_rail_operators_are_bodies(extractor, text, body, nobody):
    result = run(extractor, text)
    assert body in org_names(result) and nobody not in person_names(result)


def test_after_scoring_31_austrian_academic_titles_are_honorifics(extractor):
    result = run(extractor, "\"Tariffs on batteries mean higher prices for cars,\" said Secretary General Mag. Florian "
                            "Reischl of the Federation of Austrian Industries.")
    assert person_names(result) == {"Florian Reischl"}
    assert [q.speaker for q in result.quotes] == ["Florian Reischl"]


@pytest.mark.parametrize("text, quotes", [
    # a dash opens the quotation and a comma before its attribution closes it (Finnish, Swedish, Hungarian papers)
    ("Minister for Foreign Trade Aino Virtanen signed the letter in Tokyo.\n\n\u2013 We have the ore, the know-how "
     "and the refining capacity, Virtanen says to Yle by phone.",
     [("Aino Virtanen", "We have the ore, the know-how and the refining capacity")]),
    ("The group joined the trip.\n\n\u2013 Now the political framework is finally in place, says the CEO of the "
     "group, Leena Korhonen.", [("Leena Korhonen", "Now the political framework is finally in place")]),
    # a dash list, or a dash paragraph with no one speaking, is no quotation
    ("Exports in brief:\n\u2013 Steel fell, mills said.\n\u2013 Timber rose in April.", []),
    ("Minister Aino Virtanen spoke on Monday.\n\n\u2013 Trade with Japan rose, and so did investment.", []),
])
def test_after_scoring_31_dash_led_quotations(extractor, text, quotes):
    assert [(q.speaker, q.text) for q in run(extractor, text).quotes] == quotes


def test_after_scoring_31_a_given_name_the_model_read_as_a_body(extractor):
    result = run(extractor, "Meanwhile, Executive Director of the Indonesian Flour Mills Association (APTINDO), Yohanes "
                            "Setiabudi Tambunan, noted that flour demand is growing.")
    assert person_names(result) == {"Yohanes Setiabudi Tambunan"}
    # (a body's one word before a name stays the body's: "Pertamina's Ahmad Fauzi")
    assert "Ahmad Fauzi" in person_names(run(extractor, "The deal was signed by Pertamina's Ahmad Fauzi on Monday."))


# ---- review31: a reviewer's sentences, where the thirty-first round's rules must not fire -----------------------------
@pytest.mark.parametrize("text, issue", [
    # goods listed once in a sentence that names a measure or another issue are its subjects
    ("Washington imposed import duties on cars, machinery and wine from the bloc on Monday, the second round of "
     "measures this year.", "autos"),
    ("Brazil's tariffs of 35% on cars, machinery and wine took effect on Friday after talks with Washington "
     "collapsed.", "autos"),
    ("The White House said pharmaceuticals, semiconductors and critical minerals would be exempt from the new "
     "tariffs for now.", "pharmaceuticals"),
    ("Market access for rice, cars and financial services dominated two days of talks in Tokyo, negotiators said.",
     "autos"),
    # the goods' makers act in the story
    ("BERLIN - German carmakers Volkswagen, BMW and Mercedes-Benz lowered their profit forecasts, citing U.S. "
     "tariffs.", "autos"),
    ("Chipmakers Samsung Electronics, SK Hynix and Micron rallied after Washington granted the waivers.",
     "semiconductors"),
    ("Automakers, parts suppliers and dealers urged the White House on Thursday to delay the new rules by two years.",
     "autos"),
    ("Ottawa announced a 100% surtax on electric vehicles, solar cells and batteries made in China, matching "
     "Washington.", "autos"),
])
def test_review31_goods_that_are_the_subject(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, role", [
    # a visitor in a capital is no official of its government; nor one the sentence calls the habit's country's
    ("Commerce Secretary Daniel Harper in Beijing on Tuesday said the United States wanted stable trade with China.",
     ("Daniel Harper", "Commerce Secretary", "U.S. Department of Commerce")),
    ("Treasury Secretary Mark Ellison in Tokyo on Wednesday said the yen's weakness was a concern.",
     ("Mark Ellison", "Treasury Secretary", "U.S. Department of the Treasury")),
    ("Varma met Commerce Secretary Howard Lindell in New Delhi, where the U.S. official was on a two-day visit.",
     ("Howard Lindell", "Commerce Secretary", "U.S. Department of Commerce")),
    # a firm named only after "such as" or "including" is still the employer where the story names no other
    ("Steelmakers such as Tata Steel have cut output because of cheap imports. Chief Executive Rohan Mehta said demand "
     "was weak.", ("Rohan Mehta", "Chief Executive", "Tata Steel")),
    ("Retailers including Target have warned of higher prices. Chief Financial Officer Jim Lee said the company's "
     "margins would shrink.", ("Jim Lee", "Chief Financial Officer", "Target")),
    # a date after a name is no dateline; a release's dateline with its agency is
    ("Minister Arif Rahman, 5 May 2024 - present, leads the negotiations with Washington.",
     ("Arif Rahman", "Minister", None)),
    ("Manila, 5 May 2025 (PNA) - Trade Undersecretary Eduardo Santos said the Philippines would seek a lower tariff.",
     ("Eduardo Santos", "Trade Undersecretary", "Department of Trade and Industry of the Philippines")),
    # a title's own short form after the title is no word of the name (the portfolio before a minister's or a
    # cabinet secretary's head is no body of its own since round 42: "Trade Cabinet" was never one)
    ("Trade Cabinet Secretary (CS) Daniel Kiprono and his Ugandan counterpart signed the deal in Kampala.",
     ("Daniel Kiprono", "Trade Cabinet Secretary", None)),
])
def test_review31_posts(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, title", [
    # a rank before a list of portfolios keeps the title whole; the item after the last "and" closes a list
    ("PRETORIA - Deputy Trade, Industry and Competition Minister Zola Mthembu said the steel safeguard would be "
     "extended.", "Deputy Trade, Industry Competition Minister"),
    ("JAKARTA - The Minister of Trade, Industry and Tourism, Budiman, and the Minister of Agriculture, Sutarno, visited "
     "the port on Monday.", "Minister of Trade, Industry and Tourism"),
])
def test_review31_titles_not_split_or_glued(extractor, text, title):
    result = run(extractor, text)
    titles = {t for _, t, _ in roles_of(result)}
    assert title in titles and not any("Sutarno" in t or t == "Competition Minister" for t in titles)


def test_review31_a_country_in_the_possessive_after_a_statistics_office(extractor):
    names = org_names(run(extractor, "According to the Bureau of Statistics Pakistan's exports to the U.S. rose 9% in "
                                     "the fiscal year."))
    assert "Bureau of Statistics Pakistan" not in names


def test_review31_the_head_of_the_commission_is_its_president(extractor):
    result = run(extractor, "EU Trade Commissioner Marta Lindqvist and Commission President Elena Moretti met Chinese "
                            "leaders in Beijing.\n\n\"Europe will not be a dumping ground,\" the head of the Commission "
                            "said.")
    assert [q.speaker for q in result.quotes] == ["Elena Moretti"]


# ---- thirty-second round ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, role", [
    # a post in lower case after a preposition, the holder's name, then the body set off by commas
    ("For analyst Rodrigo Menezes Farias, of StoneX, the American quota matters little.",
     ("Rodrigo Menezes Farias", "analyst", "StoneX")),
    # a holder named right after the body a title's "of" names, which the model reads into the body (or not at all)
    ("For her part, the analyst of the Rosario Grain Exchange Lucía Berardi Toledo estimated that exports would rise.",
     ("Lucía Berardi Toledo", "analyst", "Rosario Grain Exchange")),
    # a body's remit after its "of", cut at "and" by the model
    ("In a statement, President of the National Federation of Textiles and Leather Goods at the Tunisian Union of "
     "Industry, Trade and Handicrafts (UTICA) Karim Ben Salah warned that jobs were at risk.",
     ("Karim Ben Salah", "President", "National Federation of Textiles and Leather Goods")),
    # a nickname in quotation marks, then the post after a comma
    ("Industry groups want more. Bartholomew \"Bart\" Keaney, president and CEO of the Northern Dairy Council, said the "
     "quotas were unfair.", ('Bartholomew "Bart" Keaney', "president and CEO", "Northern Dairy Council")),
])
def test_round32_holders_and_their_bodies(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Kim Soo-hyun, president of LG Energy Solution Wrocław, said the plant would grow.",
    "The general manager of Cosco Shipping Ports Chancay, Wang Lixin, said the terminal would not lose traffic.",
])
def test_round32_a_body_named_with_its_holder_elsewhere_keeps_its_words(extractor, text):
    """(the holder is named before the post, or after it and a comma: the words after the body's word are its own)"""
    result = run(extractor, text)
    assert not any(n.startswith(("Solution", "Ports")) for n in person_names(result))


def test_round32_a_holder_after_a_body_the_model_did_not_see(extractor):
    result = run(extractor, "Later, the minister met the Chief Executive Officer of EXIM Bank Nadia Karim Siddiqui, who "
                            "briefed him.")
    assert "Nadia Karim Siddiqui" in person_names(result)


def test_round32_a_capital_closing_a_word_names_a_firm():
    from loaders.extraction.text import camel_case_name
    assert camel_case_name("StoneX") and camel_case_name("SpaceX")
    assert not camel_case_name("McKenzie") and not camel_case_name("Stone") and not camel_case_name("ABCDE")


def test_round32_a_remit_after_and_is_no_second_body(extractor):
    names = org_names(run(extractor, "The Federation of E-commerce and Distance Selling (Fevad), which represents "
                                     "online sellers, is more nuanced."))
    assert "Federation of E-commerce and Distance Selling" in names and "Distance Selling" not in names
    names = org_names(run(extractor, "The Federation of Industries and Japan's Keidanren signed the memorandum."))
    assert "Federation of Industries" in names


@pytest.mark.parametrize("text, speaker", [
    # the passive "is quoted": the one quoted
    ("Trade Commissioner Lena Fjeldstad met the minister in Vienna.\n\n\"Europe cannot build its own battery industry "
     "while it is flooded with cells sold below cost,\" Fjeldstad is quoted in a statement issued by her office.",
     "Lena Fjeldstad"),
    # what the speaker called a thing, after "as"
    ("De minimis. Rep. Karen Holmgren-Price praised the end of the de minimis exemption as \"a win for Main Street "
     "retailers and for consumer safety,\" while asking USTR to act. Ambassador Clara Ostby said she was \"very open\" "
     "to it.", "Karen Holmgren-Price"),
    # what the speaker asked of a party named before the quotation
    ("Agriculture Minister Paolo Ferracin on Monday called on the European Commission to \"defend Italian cheese with "
     "the same determination it shows for cars\", as EU farm ministers met.", "Paolo Ferracin"),
    # a finite verb the parse hung off a dateline's agency, right after the name and its time
    ("(ANSA) - BRUSSELS, MARCH 16 - Agriculture Minister Massimo Bellandi on Monday called on the European "
     "Commission to \"defend Italian cheese with the same determination it shows for cars and machinery\", as EU farm "
     "ministers met in Brussels.", "Massimo Bellandi"),
    # "the secretary" after an undersecretary and then a deputy: the one whose post holds the word
    ("SANTIAGO.- The Undersecretary of International Economic Relations, Marta Lillo Fuentes, warned on Monday that "
     "the bill \"would put at risk our commitments\".\n\nThe motion, presented by deputy Ignacio Valdivia Rojas and "
     "others, proposes a tax on concentrate.\n\n\"Practically all of our agreements prohibit export duties,\" "
     "maintained the secretary of State.", "Marta Lillo Fuentes"),
])
def test_round32_quotes(extractor, text, speaker):
    result = run(extractor, text)
    assert speaker in [q.speaker for q in result.quotes]
    assert all(q.speaker == speaker for q in result.quotes if "Ostby" not in q.speaker)


@pytest.mark.parametrize("text, role", [
    # a body the model read as a place, after a post and "of", its holder named after the comma
    ("The alarm was raised by the president of Federchimica, Gianluigi Ferretti Bassi, at the end of the meeting. "
     "According to the Federchimica study centre, exports rose.", ("Gianluigi Ferretti Bassi", "president", "Federchimica")),
    # a minister "for" a portfolio noun in capitals, in a country of ministries
    ("Karaagac also met Pakistan's Minister for Commerce Tariq Mehmood Awan on Monday.",
     ("Tariq Mehmood Awan", "Minister for Commerce", "Ministry of Commerce of Pakistan")),
    # the capital a sentence opens with places a portfolio's minister
    ("In Bangkok, Deputy Commerce Minister Somchai Rattanakul told reporters the government would seek clarification "
     "through its embassy in Washington.", ("Somchai Rattanakul", "Deputy Commerce Minister",
                                            "Ministry of Commerce of Thailand")),
    # the ministry named before a bare minister's post, not the guests' body after it
    ("On the afternoon of January 7, at the headquarters of the Ministry of Industry and Trade in Hanoi, Deputy Minister "
     "Pham Thi Lan received the delegation of the National Oceanic and Atmospheric Administration (NOAA).",
     ("Pham Thi Lan", "Deputy Minister", "Ministry of Industry and Trade of Vietnam")),
    # a post naming a domain at the one government body its sentence names with that word
    ("MANILA - The Bureau of Customs (BOC) is on track to digitalize its processes by 2027, Customs Commissioner "
     "Rogelio D. Santos said.", ("Rogelio D. Santos", "Customs Commissioner", "Bureau of Customs")),
])
def test_round32_bodies_of_posts(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, title", [
    # not a bloc's seat; not a minister "for" a portfolio's adjective, nor in a country of departments
    ("In Brussels, Trade Minister Anna Berg said the bloc must act.", "Trade Minister"),
    ("He met Minister for Foreign Trade Karin Lindqvist at the Government Offices in Stockholm.",
     "Minister for Foreign Trade"),
    ("He met Australia's Minister for Trade Don Farrell-Hughes on Monday.", "Minister for Trade"),
    ("He met the president of Colombia, Gustavo Rivas Londoño, in Bogota.", "president"),
])
def test_round32_no_body_from_a_guess(extractor, text, title):
    orgs = {o for _, t, o in roles_of(run(extractor, text)) if t == title}
    assert not any(o and ("of Belgium" in o or "Ministry of Foreign Trade" in o or "Ministry of Trade of Australia" in o
                          or o == "Colombia") for o in orgs)


@pytest.mark.parametrize("text, speaker", [
    # the passive "was cited as expressing": the one cited
    ("Minister Ryo Takahara was cited as expressing hope that the two countries could \"build a model of "
     "cooperation\" on economic security.", "Ryo Takahara"),
    # "guaranteed to <outlet> that ...": whom the speaker told, then what
    ("The executive president of Lusitania Mining, Tiago Brito Monteiro, guaranteed to Lusa that the project \"will "
     "respect the highest European environmental standards\" and that it will create jobs.", "Tiago Brito Monteiro"),
    # '"...," according to her.' after a sentence naming one person
    ("GroenLinks-PvdA Kamerlid Fenna de Graaf calls on the cabinet to stand firm. \"Our export policy is made in The "
     "Hague, not in Washington,\" according to her.", "Fenna de Graaf"),
    # a pronoun carried past the sentences a quotation fills, not the one the subject met "with"
    ("KUALA LUMPUR: The EU must recognise national schemes, said Plantation Minister Ahmad Zulkifli Hamdan.\n\nHe said "
     "the decision was reached during his meeting with Indonesian Deputy Trade Minister Bayu Santoso in Kuala Lumpur "
     "yesterday.\n\n\"We are not asking for special treatment. We are asking the EU to recognise what our schemes "
     "deliver,\" he told reporters after the meeting.", "Ahmad Zulkifli Hamdan"),
])
def test_round32_more_quotes(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


def test_round32_a_fifth_word_the_model_read_in_the_name(extractor):
    result = run(extractor, "KUALA LUMPUR: The EU must recognise national schemes, said Plantation and Commodities "
                            "Minister Datuk Seri Wan Ahmad Fauzi Wan Ismail.")
    assert "Wan Ahmad Fauzi Wan Ismail" in person_names(result)


@pytest.mark.parametrize("text, role", [
    ("\"Prices are up 15 to 20% since November,\" said Dana Whitcomb, president of Pacific Coast Seafood Imports in "
     "Long Beach, California.", ("Dana Whitcomb", "president", "Pacific Coast Seafood Imports")),
])
def test_round32_a_firm_named_for_its_trade(extractor, text, role):
    result = run(extractor, text)
    assert role in roles_of(result) and person_names(result) == {"Dana Whitcomb"}


def test_round32_a_place_adjective_is_nobody(extractor):
    result = run(extractor, "\"We have containers with nowhere to go,\" said Tran Van Long, director of a Quy "
                            "Nhon-based tuna processor.")
    assert person_names(result) == {"Tran Van Long"}


def test_round32_a_listing_bracket_names_no_employer(extractor):
    result = run(extractor, "Kestrel Metals Corporation (NYSE: KMC) reported first-quarter results on Wednesday. Chief "
                            "Executive Officer Dana R. Whitley said Kestrel had no plans to restart idled smelters.")
    assert ("Dana R. Whitley", "Chief Executive Officer", "Kestrel Metals Corporation") in roles_of(result)
    assert "NYSE" not in org_names(result)


def test_round32_a_corporations_one_word_name_is_no_person(extractor):
    result = run(extractor, "Alcoa Corporation reported results on Wednesday. Chief Executive Officer Dana R. Whitley "
                            "said Alcoa had no plans to restart idled smelters.")
    assert person_names(result) == {"Dana R. Whitley"}


@pytest.mark.parametrize("text, name", [
    ("Traders expect Russian urea destined for Europe to go to Brazil. Europe adds a further layer of uncertainty.",
     "Europe"),
    ("AmCham EU supports the objective of protecting security, said its chief executive.", "AmCham EU"),
])
def test_round32_places_and_branches_are_nobody(extractor, text, name):
    assert name not in person_names(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    # a minister's portfolio at the one federal ministry the story names with its domain
    ("VIENNA - Economy Minister Sabine Gruber-Lenz (ÖVP) met the EU trade commissioner on Monday. The two met at the "
     "Federal Ministry of Economy, Energy and Tourism (BMWET) on Stubenring.",
     ("Sabine Gruber-Lenz", "Economy Minister", "Federal Ministry of Economy, Energy and Tourism")),
    # a list of portfolios closing on "and the", and the listed department it names word for word
    ("The decision follows a call between the Minister for Agriculture, Food and the Marine, Ciarán Ó Briain TD, and "
     "officials in Beijing.", ("Ciarán Ó Briain", "Minister for Agriculture, Food and the Marine",
                               "Department of Agriculture, Food and the Marine")),
    # a body whose bracketed short form spells its capitalized words and its country; the short form before a title
    ("Dairy Industry Ireland (DII) welcomed the decision. DII Senior Director Fergal Nolan said it was good news. DII "
     "Chair Dr Aoife Ní Dhuibhir said the outcome showed the value of new markets.",
     ("Aoife Ní Dhuibhir", "Chair", "Dairy Industry Ireland")),
    # a Balinese name's opening word
    ("Separately, Head of the National Food Agency (Bapanas) I Made Surya Dharma stated that local flours would be "
     "encouraged.", ("I Made Surya Dharma", "Head of the National Food Agency", "National Food Agency")),
])
def test_round32_later_posts(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round32_a_title_naming_an_alias_is_no_other_countrys_body(extractor):
    result = run(extractor, "Vice Minister of Commerce Lyu Hanwen met the delegation in Beijing on Monday.")
    assert not any(o and o.startswith("U.S.") for _, _, o in roles_of(result))


@pytest.mark.parametrize("text, speaker", [
    # "the minister said" after the host received another minister: the host
    ("Santos received Japan's Minister of Agriculture, Forestry and Fisheries, Kenta Morioka, at the ministry's "
     "headquarters in Brasilia, in a meeting on beef exports.\n\n\"There is no longer any technical reason for our beef "
     "to remain outside the Japanese market,\" the minister said, according to the statement.\n\nEarlier, Brazil's "
     "Minister of Agriculture and Livestock, Rafael Santos, had asked Tokyo to conclude the procedures.",
     None),
    # a verb that attributes a quotation only right after it ("the expert believes")
    ("According to transport economist Nurlan Seitkali, the main problem remains the shortage of vessels.\n\n\"Without "
     "new ferries any through rate remains on paper,\" the expert believes.", "Nurlan Seitkali"),
    # "he" after the sentences a quotation fills, whose sentence before has a definite title as subject
    ("Trade Minister Park Ji-hoon spoke first.\n\nPressed by moderator Laura Benes, senior director of the GeoEconomics "
     "Center, on whether Seoul would join a price floor, the minister was cautious. \"If partners agree on a floor, "
     "Korea will be at the table. But a floor without buyers is just a number,\" he said.", "Park Ji-hoon"),
])
def test_round32_descriptions_and_pronouns(extractor, text, speaker):
    speakers = [q.speaker for q in run(extractor, text).quotes]
    if speaker is None:
        assert "Kenta Morioka" not in speakers
    else:
        assert speakers == [speaker]


@pytest.mark.parametrize("text, role", [
    # a dateline's agency the tokenizer keeps with its brackets is no word of the title
    ("Brasilia, Apr 14 (EFE).- Brazil's Minister of Agriculture and Livestock, Rafael Santos Lima, on Tuesday asked "
     "his Japanese counterpart to conclude the procedures.",
     ("Rafael Santos Lima", "Minister of Agriculture and Livestock", "Ministry of Agriculture and Livestock of Brazil")),
])
def test_round32_dateline_agency_is_no_title_word(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    # the country a title's "of the" closes on, in translated press
    ("The Secretary of Agriculture, Livestock and Fisheries of the Nation, Tomás Echeverría Paz, received the "
     "exporters yesterday.", ("Tomás Echeverría Paz", "Secretary of Agriculture, Livestock and Fisheries", None)),
    # "According to the <post> of <body>, X,": X holds the post
    ("According to the president of the Black Sea Grain Association (BSGA), Oleh Marchenko, insurance premiums have "
     "fallen.", ("Oleh Marchenko", "president", "Black Sea Grain Association")),
    # a holder's age in brackets before "is a member of"
    ("Minister Haruto Ishida (52) is a member of the House of Representatives elected from the Niigata 4th district.",
     ("Haruto Ishida", "member of the House of Representatives", None)),
])
def test_round32_posts_in_other_shapes(extractor, text, role):
    found = roles_of(run(extractor, text))
    assert role in found or role[2] is None and any(r[:2] == role[:2] for r in found)


@pytest.mark.parametrize("text", [
    "According to the minister, Bradley Hale showed openness to listen but made no commitment.",
    "According to the IRNA economic correspondent, Reza Farahani, Deputy Minister of Industry, Mine and Trade, on "
    "Sunday met the Armenian deputy minister.",
])
def test_round32_according_to_a_post_is_not_always_the_holders(extractor, text):
    titles = {t for _, t, _ in roles_of(run(extractor, text))}
    assert not titles & {"minister", "economic correspondent"}


@pytest.mark.parametrize("text, absent, kept", [
    # an instrument with its maker's name in front is no body
    ("Jakarta - Deputy Minister of Trade Arif Santoso asked the European Union (EU) to recognise the certification "
     "under the European Union Deforestation Regulation (EUDR).", "European Union Deforestation Regulation",
     "European Union"),
    # a name never closes on "of" and a word in lower case
    ("Indonesia said its concerns about the EU rules on the export from the Union of certain commodities had not been "
     "resolved.", "Union of certain", "European Union"),
    # a wire agency's sign-off with its staff's initials
    ("New Delhi, Apr 7 (PTI) The government has imposed an anti-dumping duty on aluminium foil from China for five "
     "years.\n\nPTI DP HVA", "PTI DP HVA", "PTI"),
    # but a body written in lower case throughout stays
    ("The Taiwanese ministry of economy said on Monday that exports rose.", None, None),
])
def test_round32_no_body_from_these_words(extractor, text, absent, kept):
    names = org_names(run(extractor, text))
    assert absent not in names and (kept is None or kept in names)


# ---- after 128-130 were scored ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, role", [
    # a title listing portfolios the story's named ministry does not hold is another country's ministry's
    ("The document was signed at the Ministry of Commerce, Industry and Tourism (MinCIT) by the head of that "
     "portfolio, Laura Restrepo Gaviria, and by the Egyptian Minister of Investment and Foreign Trade, Hossam Abdel "
     "Aziz, who is on his first official visit.", ("Hossam Abdel Aziz", "Minister of Investment and Foreign Trade",
                                                   "Ministry of Investment and Foreign Trade of Egypt")),
    # "the head of that portfolio, X": the ministry the story named; and later "Minister X" is the same post
    ("The document was signed at the Ministry of Commerce, Industry and Tourism (MinCIT) by the head of that "
     "portfolio, Laura Restrepo Gaviria, on Monday.\n\n\"This is a historic day,\" said Minister Restrepo Gaviria.",
     ("Laura Restrepo Gaviria", "Minister", "Ministry of Commerce, Industry and Tourism")),
    # a firm after the maker's kind, a body whose appositive says where it sits
    ("Markus Feldhaus, chief financial officer of the auto supplier Brenntag Technik, pointed out the effort.",
     ("Markus Feldhaus", "chief financial officer", "Brenntag Technik")),
])
def test_round32_after_128_130(extractor, text, role):
    result = run(extractor, text)
    assert role in roles_of(result)
    if role[1] == "Minister":  # (one post, not a second "head" beside it)
        assert not any(t == "head" for _, t, _ in roles_of(result))


def test_round32_a_lobby_group_where_it_sits(extractor):
    result = run(extractor, "Stahlverband, the industry's lobby group in Brussels, has warned that capacity "
                            "utilization at EU mills has dropped below 65%.")
    assert "Stahlverband" in org_names(result) and "Stahlverband" not in person_names(result)


# ---- review32: a reviewer's sentences, where the thirty-second round's rules must not fire ---------------------------

@pytest.mark.parametrize("text, unwanted", [
    # a body's own name words after its organization word are no holder
    ("The president of Bank Gospodarstwa Krajowego (BGK) said the state lender would guarantee loans for exporters.",
     "Gospodarstwa Krajowego"),
    ("The chief executive of Bank Simpanan Nasional (BSN) said the lender would offer cheaper loans to exporters.",
     "Simpanan Nasional"),
    ("The chairman of Bank Ochrony Środowiska said the lender would finance solar imports.", "Ochrony Środowiska"),
    # a quoted word inside a brand's name before another's post
    ("Growers marketed the crop as Delta \"Sun\" Citrus, chairman Walter Boyce said on Monday.", "Delta Citrus"),
])
def test_review32_no_person_from_these_words(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


@pytest.mark.parametrize("text, unwanted", [
    # a region or a country the model reads as a place is no body after "president of"
    ("The president of Lombardy, Attilio Ferrante Sala, said the region's machinery makers would be hit hardest.",
     "Lombardy"),
    ("The president of Georgia, Mikheil Beridze, signed the trade law on Wednesday.", "Georgia"),
    # two bodies joined by "and" stay two
    ("The Confederation of Indian Industry and Nasscom, the software lobby, issued a joint statement on Monday.",
     "Confederation of Indian Industry and Nasscom"),
])
def test_review32_no_body_from_these_words(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, kept", [
    # a dispute's number in brackets is no share's listing; a portfolio in lower case after "of" is the body's
    ("Indonesia lost the nickel case (WTO: DS592) in 2022, the trade ministry said.", "WTO"),
    ("The Ministry of agriculture said on Monday that wheat imports would be suspended until June.",
     "Ministry of agriculture"),
])
def test_review32_bodies_kept(extractor, text, kept):
    assert kept in org_names(run(extractor, text)) or kept == "WTO" and "World Trade Organization" in org_names(
        run(extractor, text))


@pytest.mark.parametrize("text, person, body", [
    # a visiting minister: the capital the sentence opens with is not his country's when it names his first
    ("In Beijing, Trade Minister Dan Farrow said Australia wanted the barley tariffs removed for good.",
     "Dan Farrow", None),
    ("In Beijing, Deputy Trade Minister Nguyen Hoang Long said Vietnam would expand rice sales to China.",
     "Nguyen Hoang Long", None),
    ("In Jakarta, Trade Minister Budi Santosa said Indonesia would cut tariffs on US wheat.", "Budi Santosa",
     "Ministry of Trade of Indonesia"),
    # the guests' body is not the host's ministry
    ("A delegation of Japan's Ministry of Economy, Trade and Industry was received on Monday by Deputy Minister Phan "
     "Thi Thang at the Ministry of Industry and Trade in Hanoi.", "Phan Thi Thang",
     "Ministry of Industry and Trade of Vietnam"),
    ("Officials of the Ministry of Commerce of China met Deputy Minister Ly Thi Mai at the Ministry of Industry and "
     "Trade on Tuesday.", "Ly Thi Mai", "Ministry of Industry and Trade"),
    # a domain's commissioner is not at the same-domain body the sentence names after the post
    ("Customs Commissioner Rina Dela Cruz met officials of the General Administration of Customs of China in Beijing.",
     "Rina Dela Cruz", None),
    ("Energy Commissioner Dan Jorgensen visited the Ministry of Energy in Kyiv on Wednesday.", "Dan Jorgensen", None),
])
def test_review32_posts(extractor, text, person, body):
    found = {(p, b) for p, _, b in roles_of(run(extractor, text))}
    if body is None:
        assert not any(p == person and b and not b.startswith(("European", "Department of Foreign")) and (
            "China" in b or "Energy" in b or "Commerce" in b or "Customs" in b) for p, b in found)
    else:
        assert (person, body) in found


def test_review32_the_authority_is_no_person(extractor):
    result = run(extractor, "Exporter Jaime Ortiz Lara complained about delays at the port. The Port Authority said it "
                            "would hire more staff. \"Waiting times will fall by half,\" indicated the authority.")
    assert "Jaime Ortiz Lara" not in [q.speaker for q in result.quotes]


@pytest.mark.parametrize("text, name", [
    ("KUALA LUMPUR: Deputy Investment, Trade and Industry Minister Datuk Wan Ahmad Fauzi Wan Husain said the talks "
     "with Washington were fruitful.", "Wan Ahmad Fauzi Wan"),
    ("Deputy Minister Nik Nazmi Nik Ahmad Fadzil said the tariffs would be discussed at ASEAN.", "Nik Nazmi Nik Ahmad"),
])
def test_review32_five_word_names_not_cut_shorter(extractor, text, name):
    names = person_names(run(extractor, text))
    assert any(n.startswith(name) for n in names) and len(names) == 1


def test_review32_an_airport_named_for_a_person_is_no_person(extractor):
    result = run(extractor, "At Robert F. Whitmore International Airport, the largest mail facility in the country, "
                            "officers have seized more than 18,000 packages.")
    assert not person_names(result)


# ---- thirty-third round -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unwanted, kept", [
    # a plural common noun opening the sentence says what the companies after it are
    ("Chipmakers Applied Materials, Lam Research and KLA said the new rules would cut their China sales.",
     "Chipmakers Applied Materials", "Applied Materials"),
    ("Steelmakers Nippon Steel and JFE said they would cut output in the second half.", "Steelmakers Nippon Steel",
     "Nippon Steel"),
])
def test_round33_a_plural_noun_before_companies_is_no_persons(extractor, text, unwanted, kept):
    result = run(extractor, text)
    assert not any(unwanted in n or n in unwanted for n in person_names(result))
    assert kept in org_names(result)


@pytest.mark.parametrize("text, person, body", [
    # a short form of two words in brackets, used again later as a pair
    ("The Export-Import Bank of Pakistan (EXIM Bank) will extend credit lines to rice exporters. EXIM Bank chief "
     "executive Ayesha Rehman Qazi said on Tuesday the lender had doubled the facility.", "Ayesha Rehman Qazi",
     "Export-Import Bank of Pakistan"),
    ("The American Chamber of Commerce to the EU (AmCham EU) said its members were worried. AmCham EU chief "
     "executive Malte Lohan said the rules were unclear.", "Malte Lohan", "American Chamber of Commerce to the EU"),
    # a bare spokesman: the body that spoke in the sentence before, not one its clause named last
    ("The European Commission, which handles trade policy for the 27 EU member states, said it was ready to respond. "
     "A spokesman, Olof Gilles, said the instrument was on the table.", "Olof Gilles", "European Commission"),
])
def test_round33_posts(extractor, text, person, body):
    result = run(extractor, text)
    assert (person, body) in {(p, b) for p, _, b in roles_of(result)}
    assert len([o for o in result.organizations if o.name == body]) == 1


def test_round33_a_short_form_of_two_words_is_no_body_of_its_own_in_its_brackets(extractor):
    result = run(extractor, "The American Chamber of Commerce to the EU (AmCham EU) said its members were worried.")
    assert not [o for o in result.organizations if o.name in ("AmCham", "AmCham EU")]


@pytest.mark.parametrize("text, written", [
    # a lexicon's short name on the page only inside a longer form of the firm's own: the article's longest form
    ("Shares of Nissan fell, while Honda Motor Co. and Mazda slid more than 2%.", "Honda Motor Co."),
    ("Toyota Motor's share price rose 1.2% on Monday after the tariff deal.", "Toyota Motor"),
])
def test_round33_a_firm_named_as_the_article_writes_it(extractor, text, written):
    assert written in {o.as_written for o in run(extractor, text).organizations}


def test_round33_a_committee_after_its_chamber_keeps_its_own_name(extractor):
    result = run(extractor, "The House of Commons Business and Trade Committee took oral evidence on Tuesday. The "
                            "Committee will report in July.")
    assert "Business and Trade Committee" in {o.as_written for o in result.organizations}


@pytest.mark.parametrize("text, person, title", [
    # a national's noun before the name, as translated press writes it
    ("On Monday, the European commissioner for trade, the Finn Henrik Aaltonen, received the French delegation.",
     "Henrik Aaltonen", "commissioner for trade"),
    ("The head of the WTO's fisheries talks, the Dane Mikkel Sorensen, said a text was close.", "Mikkel Sorensen",
     None),
    # a remit in lower case after "in charge of" / "responsible for" is part of the title
    ("The French minister in charge of the sea, Claire Lemarchand, said the exemption must stay.",
     "Claire Lemarchand", "minister in charge of the sea"),
    ("Arakawa Kenji, minister in charge of economic revitalization, met the commerce secretary on Friday.",
     "Arakawa Kenji", "minister in charge of economic revitalization"),
])
def test_round33_names_and_titles_in_translated_press(extractor, text, person, title):
    result = run(extractor, text)
    assert person in person_names(result) and not any(person in n and n != person for n in person_names(result))
    if title:
        got = [t for p, t, _ in roles_of(result) if p == person]
        assert any(set(title.replace("the ", "").split()) == set(t.replace("the ", "").split()) for t in got), got


@pytest.mark.parametrize("text, unwanted", [
    # a place's region in brackets after it; a seat of power after "the"; a cue in capitals before a body's name
    ("In the port of Le Guilvinec (Finistère), the news from Geneva is followed with suspicion.", "Finistère"),
    ("The minister will fly to Yaoundé, where the Elysée hopes that a text can be adopted by consensus.", "Elysée"),
    ("\"Brussels pays for the diesel,\" said Léa Fournier, advocacy officer at the NGO Bloom.", "NGO Bloom"),
    ("\"Brussels pays for the diesel,\" said Léa Fournier, advocacy officer at the NGO Bloom.", "Bloom"),
])
def test_round33_no_person_from_these_words(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


def test_round33_a_campaign_group_after_its_cue(extractor):
    result = run(extractor, "\"Brussels pays for the diesel,\" said Léa Fournier, advocacy officer at the NGO Bloom.")
    assert "Bloom" in org_names(result) and "NGO Bloom" not in org_names(result)
    assert ("Léa Fournier", "Bloom") in {(p, b) for p, _, b in roles_of(result)}
    assert "Mighty Earth" in org_names(run(extractor, "The environmental group Mighty Earth said the rules were weak."))
    result = run(extractor, "The campaign group Global Witness said the minerals were smuggled through Rwanda.")
    assert "Global Witness" in org_names(result) and not person_names(result)


@pytest.mark.parametrize("text, person, title, body", [
    # a short form in brackets inside a title: the ministry's in the paper's language, a party's before the post
    ("Jakarta (ANTARA) - Minister of Energy and Mineral Resources (ESDM) Rizal Hartono Siregar affirmed that the "
     "ban on nickel ore exports stays.", "Rizal Hartono Siregar", "Minister of Energy and Mineral Resources",
     "Ministry of Energy and Mineral Resources"),
    ("Aurélien Dufresnoy, a Socialist Party (PS) member of the National Assembly who wrote the amendment, accused "
     "Washington of trying to intimidate parliament.", "Aurélien Dufresnoy", "member of the National Assembly",
     "National Assembly"),
])
def test_round33_a_short_form_in_brackets_inside_a_title(extractor, text, person, title, body):
    found = roles_of(run(extractor, text))
    assert any(p == person and t == title and b and b.startswith(body) for p, t, b in found), found


@pytest.mark.parametrize("text, person", [
    # the body's short form after the post's "of", before the name; regions opening on a compass word
    ("Deputy Head of BKPM Dewi Kartikasari said that realized investment reached Rp187 trillion.", "Dewi Kartikasari"),
])
def test_round33_a_name_after_a_body_in_capitals(extractor, text, person):
    assert person_names(run(extractor, text)) == {person}


def test_round33_regions_opening_on_a_compass_word_are_no_persons(extractor):
    result = run(extractor, "\"The smelters created jobs in Central Sulawesi, Southeast Sulawesi and North Maluku,\" "
                            "Dewi Kartikasari said in Jakarta.")
    assert person_names(result) == {"Dewi Kartikasari"}


@pytest.mark.parametrize("text, party", [
    # a party's short form in brackets right after a person's name
    ("Yesterday in Rome the undersecretary for Agriculture, Luigi Carbonara (FdI), received the German delegation.",
     "FdI"),
    ("The Minister of Agriculture Tomasz Wierzbicki (PSL) told the EU's chief negotiator that Poland would not sign.",
     "PSL"),
])
def test_round33_a_party_tag_after_a_name_is_a_body(extractor, text, party):
    result = run(extractor, text)
    assert party in org_names(result) and party not in person_names(result)


@pytest.mark.parametrize("text", [
    # not a person's own initials, nor a country's code
    "President Andrés Manuel López Obrador (AMLO) spoke to reporters on Monday.",
    "The rapporteur, Jan Kowalczyk (PL), said the text would pass.",
])
def test_round33_no_party_from_initials_or_a_country_code(extractor, text):
    assert not org_names(run(extractor, text)) - {"European Parliament"}


def test_round33_an_italian_union_by_its_word(extractor):
    result = run(extractor, "Exports reached 1.9 billion euros, according to data from the Unione Italiana Vini (UIV). "
                            "Its president, Giancarlo Bertoldi, called the tariffs a disaster.")
    assert "Unione Italiana Vini" in org_names(result)
    assert ("Giancarlo Bertoldi", "Unione Italiana Vini") in {(p, b) for p, _, b in roles_of(result)}


def test_round33_members_closing_a_remit_and_a_brand_in_mixed_capitals(extractor):
    result = run(extractor, "PhRMA and the European Federation of Pharmaceutical Industries and Associations, known as "
                            "EFPIA, have asked the administration to push back the start date.")
    assert {"PhRMA", "European Federation of Pharmaceutical Industries and Associations"} <= org_names(result)
    assert not person_names(result)


@pytest.mark.parametrize("text, body", [
    # a country closing a firm's or a trade body's name: its arm there, a body of its own
    ("Tata Steel UK, which is building an electric arc furnace at Port Talbot, declined to comment.", "Tata Steel UK"),
    ("Witnesses included Priyanka Dhillon, Chief Executive of Solar Energy UK. She spoke first.", "Solar Energy UK"),
])
def test_round33_a_country_closing_a_firms_name(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_round33_a_country_after_a_firm_before_a_noun_is_no_part_of_it(extractor):
    assert "Tata Steel UK" not in org_names(run(extractor, "Tata Steel UK output fell by a third last year."))


def test_round33_a_commissioner_with_a_portfolio_is_the_named_commissions(extractor):
    result = run(extractor, "The European Commission proposed new duties on fertilisers. Commissioner for Agriculture "
                            "and Food Jonas Lindqvist met farmers in Brussels.")
    assert ("Jonas Lindqvist", "European Commission") in {(p, b) for p, _, b in roles_of(result)}


def test_round33_the_second_of_joined_posts_gets_the_ministry_its_words_name(extractor):
    result = run(extractor, "Aaltonen will meet Ukraine's First Deputy Prime Minister and Minister of Economy, "
                            "Oksana Hrytsenko, in Kyiv on Thursday.")
    assert ("Oksana Hrytsenko", "Minister of Economy", "Ministry of Economy of Ukraine") in roles_of(result)


@pytest.mark.parametrize("text, body, person, title", [
    # a members' body named before a short form in its own language, then the holder after "Chairman of the Board"
    ("İstanbul Apparel Exporters' Association (İHKİB) Chairman of the Board Ahmet Ocaklı warned that the expiry "
     "would hurt small producers.", "İstanbul Apparel Exporters' Association", "Ahmet Ocaklı", "Chairman of the Board"),
    ("Hakan Yilmazer, the head of the Istanbul Ferrous and Non-Ferrous Metals Exporters' Association (IDDMIB), said "
     "tariffs had cut sales.", "Istanbul Ferrous and Non-Ferrous Metals Exporters' Association", "Hakan Yilmazer",
     "head of the Istanbul Ferrous and Non-Ferrous Metals Exporters' Association"),
])
def test_round33_a_members_body_before_its_own_languages_short_form(extractor, text, body, person, title):
    result = run(extractor, text)
    assert body in org_names(result) and person_names(result) == {person}
    assert (person, title, body) in roles_of(result)


@pytest.mark.parametrize("text, person, body", [
    # one capitalized word before an outside voice's head and the name: the firm the voice speaks for
    ("Jefferies analyst Tom Brackett asked whether the company would move production to Mexico.", "Tom Brackett",
     "Jefferies"),
    ("\"Prices will rise,\" said Rabobank economist Jan Smit.", "Jan Smit", "Rabobank"),
])
def test_round33_the_firm_of_an_outside_voice(extractor, text, person, body):
    result = run(extractor, text)
    assert body in org_names(result) and (person, body) in {(p, b) for p, _, b in roles_of(result)}


@pytest.mark.parametrize("text", [
    "Trade analyst Tom Brackett said prices would rise.",
    "Veteran analyst Tom Brackett said prices would rise.",
    "Independent economist Jan Smit said the tariffs would backfire.",
])
def test_round33_no_firm_from_a_word_describing_the_voice(extractor, text):
    assert not org_names(run(extractor, text))


def test_round33_a_wire_sign_off_after_the_last_sentence_is_no_body(extractor):
    result = run(extractor, "NEW DELHI (PTI) - India curbed rice exports. The government had lifted the earlier "
                            "restrictions after record harvests. PTI RSN MR")
    assert "PTI RSN MR" not in org_names(result) and not person_names(result)


def test_round33_a_post_before_a_diplomats_rank_is_the_holders(extractor):
    result = run(extractor, "Washington, 20th May 2026 - The Principal Secretary, State Department for Trade, Amb. "
                            "Justus K. Langat, CBS, yesterday held talks with the Deputy United States Trade "
                            "Representative, Ambassador Colin Prewitt, at the Office of the United States Trade "
                            "Representative (USTR).")
    found = roles_of(result)
    assert ("Justus K. Langat", "Principal Secretary", "State Department for Trade") in found
    assert any(p == "Colin Prewitt" and "Deputy" in t and b == "Office of the United States Trade Representative"
               for p, t, b in found)


def test_round33_a_bare_diplomats_rank_beside_a_post_at_a_body_is_a_form_of_address(extractor):
    result = run(extractor, "The Principal Secretary, State Department for Trade, Amb. Justus K. Langat, CBS, held "
                            "talks in Washington. \"AGOA is not charity,\" said Amb. Langat.")
    assert not any(t.lower().startswith("amb") for p, t, _ in roles_of(result))
    # (an ambassador who holds no other post keeps the rank)
    result = run(extractor, "Ambassador Maria Okonjo said the embassy would help exporters.")
    assert any(p == "Maria Okonjo" and t == "Ambassador" for p, t, _ in roles_of(result))


def test_round33_a_description_by_another_spelling_of_the_post(extractor):
    result = run(extractor, "\"We are being crushed,\" says Hannes Oberländer, Chief Financial Officer of Hagener "
                            "Aluminiumwerke AG. \"Overcapacity is the problem,\" says Managing Director Katrin "
                            "Baumgärtel. Mrs Baumgärtel reports similar decisions from other member companies. \"As long "
                            "as nobody can tell us which tariffs will apply, we will not invest a single cent,\" says "
                            "the CFO.")
    assert any(q.speaker == "Hannes Oberländer" and q.text.startswith("As long") for q in result.quotes)


def test_round33_a_title_in_lower_case_listing_its_portfolios_with_commas(extractor):
    result = run(extractor, "Japan's minister of economy, trade and industry, Hiroshi Kanemoto, told a parliamentary "
                            "committee on Tuesday that Tokyo was studying the rule.")
    assert ("Hiroshi Kanemoto", "minister of economy, trade and industry",
            "Ministry of Economy, Trade and Industry") in roles_of(result)


def test_round33_a_federal_deputy_sits_in_the_chamber_of_deputies_his_sentence_names(extractor):
    result = run(extractor, "The federal deputy Everaldo Pimentel (PL-MT), member of the agribusiness caucus in the "
                            "Chamber of Deputies, said that the government celebrates too early.")
    found = roles_of(result)
    assert ("Everaldo Pimentel", "federal deputy", "Chamber of Deputies") in found
    assert not any(t == "member" for _, t, _ in found)  # (a member of no body named is no post)


@pytest.mark.parametrize("text, found", [
    ("Goods from third countries must not be transshipped through Vietnam to win the preferences.", True),
    ("The rules of origin are too strict, exporters said. Smarter rules of origin would mean more trade.", True),
    ("Exporters must meet the rules of origin for every cargo, customs said.", False),  # (once: weak alone)
])
def test_round33_transshipment_terms(extractor, text, found):
    assert ("transshipment" in {i.id for i in run(extractor, text).issues}) == found


def test_round33_a_body_cut_from_an_events_name_is_none(extractor):
    result = run(extractor, "\"Malaysia welcomes investment,\" he told reporters after officiating the Malaysia Solar "
                            "Week 2026 here today.")
    assert "Malaysia Solar" not in org_names(result)


# ---- after 134-136 were scored ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    # a body's name spelled by its bracketed initials after a post's "at the"; or with a post right after the brackets
    ("Kendra Voss, senior vice president of government relations at the Footwear Distributors and Retailers of "
     "America (FDRA), was in the room.", "Kendra Voss", "Footwear Distributors and Retailers of America"),
    ("Meat & Livestock Australia (MLA) managing director Trent Colquhoun has estimated the safeguard could cost "
     "producers.", "Trent Colquhoun", "Meat & Livestock Australia"),
    # a remit listed with commas before the body's word and its short form
    ("In Ho Chi Minh City, Phan Thi Thu Hien, vice chairwoman of the Vietnam Leather, Footwear and Handbag "
     "Association (Lefaso), said factories had seen orders fall.", "Phan Thi Thu Hien",
     "Vietnam Leather, Footwear and Handbag Association"),
    # an agency's remit after "for" is no person
    ("A memorandum was signed between the Mostakbal Misr Agency for Sustainable Development, represented by its "
     "executive director, Hesham Abdel-Sattar Fouda, and the State Food and Grain Corporation of Ukraine.",
     "Hesham Abdel-Sattar Fouda", "Mostakbal Misr Agency for Sustainable Development"),
])
def test_round33_after_134_136(extractor, text, person, body):
    result = run(extractor, text)
    assert person_names(result) == {person}
    assert (person, body) in {(p, b) for p, _, b in roles_of(result)}


def test_round33_bodies_listed_with_commas_stay_apart(extractor):
    result = run(extractor, "Samsung, LG and the Korea International Trade Association (KITA) welcomed the deal.")
    assert "Korea International Trade Association" in org_names(result)
    assert not any("," in n for n in org_names(result))


def test_round33_a_digital_tax_spelled_by_its_initials_is_no_body(extractor):
    assert not org_names(run(extractor, "The Digital Services Tax (DST) will be repealed, the minister said."))


def test_round33_a_malaysian_honorific_pair_with_its_apostrophe_apart(extractor):
    result = run(extractor, "In Kuala Lumpur, the delegation met YB Dato' Sri Amirul Hakim Yusof, Deputy Minister at the "
                            "Ministry of Investment, Trade and Industry (MITI), to discuss the agreement.")
    assert person_names(result) == {"Amirul Hakim Yusof"}
    # (a given name that is also the honorific's second word stays: "Sri Mulyani Indrawati")
    assert "Sri Mulyani Indrawati" in person_names(run(extractor, "Finance Minister Sri Mulyani Indrawati said the "
                                                                   "budget was safe."))


def test_round33_a_bloc_inside_a_longer_name_joined_by_a_hyphen(extractor):
    result = run(extractor, "The US-ASEAN Business Council concluded its business mission to Indonesia.")
    assert "US-ASEAN Business Council" in org_names(result) and "ASEAN Business Council" not in org_names(result)


# ---- review33: a reviewer's sentences, where the thirty-third round's rules must not fire -----------------------------

@pytest.mark.parametrize("text, unwanted", [
    # letters after a name or a post are no party
    ("Tom Baker (MP) asked ministers about steel safeguards.", "MP"),
    ("Ana Ruiz (PhD), a trade economist, said the tariffs would backfire.", "PhD"),
    ("Paul Grant (CFA), a portfolio manager, said steel stocks were cheap.", "CFA"),
    # a sector, a subject or a person before an outside voice's head is no firm
    ("Shipping analyst Lars Jensen said rates were falling.", "Shipping"),
    ("Tax lawyer David Kim said the tariffs could be challenged in court.", "Tax"),
    ("Trump adviser Peter Navarro said more tariffs were coming.", "Trump"),
    # an outlet's own word is no staff initials of a sign-off
])
def test_review33_no_body_from_these_words(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_review33_an_outlets_name_closing_a_story_stays(extractor):
    assert "Reuters TV" in org_names(run(extractor, "Steel prices in Europe fell. Reuters TV"))


def test_review33_an_mp_keeps_his_seat(extractor):
    found = roles_of(run(extractor, "Tom Baker (MP) asked ministers about steel safeguards."))
    assert any(p == "Tom Baker" and t == "MP" for p, t, _ in found)


@pytest.mark.parametrize("text, person", [
    # a surname alone after "according to" is no body
    ("According to Greer, the talks with India are progressing.", "Greer"),
    ("Shipping sources said rates fell. According to Jensen, the decline will continue.", "Jensen"),
])
def test_review33_according_to_a_surname(extractor, text, person):
    assert person not in org_names(run(extractor, text))


def test_review33_a_national_commissioner_is_not_the_commissions_named_after_him(extractor):
    found = roles_of(run(extractor, "Commissioner for Customs and Border Control Lilian Nyawanda said Kenya would adopt "
                                    "the European Commission's rules on deforestation."))
    assert not any(p == "Lilian Nyawanda" and b == "European Commission" for p, _, b in found)


def test_review33_a_coordinating_minister_keeps_his_rank_and_not_his_guests_body(extractor):
    found = roles_of(run(extractor, "Coordinating Minister for Economic Affairs (EKON) Airlangga Putra met USTR "
                                    "officials."))
    assert any(p == "Airlangga Putra" and t.startswith("Coordinating") for p, t, _ in found)
    assert not any(b and "Trade Representative" in b for _, _, b in found)


@pytest.mark.parametrize("text, person", [
    # a member of a party or a chamber named after "of" keeps the post
    ("Paulo Reis, a member of the ruling Workers' Party, said Brazil would retaliate.", "Paulo Reis"),
    ("Kofi Mensah, a member of Ghana's parliament, said the cocoa price was too low.", "Kofi Mensah"),
])
def test_review33_a_member_of_a_named_body_keeps_the_post(extractor, text, person):
    assert any(p == person and t == "member" for p, t, _ in roles_of(run(extractor, text)))


@pytest.mark.parametrize("text, body, unwanted", [
    ("Brazil's Workers' Party (PT) said the tariffs were an attack on sovereignty.", "Workers' Party",
     "Brazil's Workers' Party"),
    ("Federazione Nazionale della Stampa Italiana said journalists were being harassed.",
     "Federazione Nazionale della Stampa Italiana", "Federazione Nazionale"),
])
def test_review33_bodies_whole_and_without_their_owner(extractor, text, body, unwanted):
    names = org_names(run(extractor, text))
    assert body in names and unwanted not in names


def test_review33_a_body_in_capitals_after_a_posts_of_holds_the_post(extractor):
    found = roles_of(run(extractor, "Chairman of KADIN Arif Rahman urged the government to protect garment makers."))
    assert ("Arif Rahman", "Chairman", "KADIN") in found


# ---- thirty-fourth round: general rules found on sets 131-139, tested on sentences written for them ----------------

def test_round34_a_national_agency_named_for_its_country(extractor):
    found = run(extractor, "Pereira spent a decade as a senior economist at Export Development Canada before joining "
                           "the ministry.")
    assert "Export Development Canada" in org_names(found) and "Export Development" not in org_names(found)


def test_round34_an_operations_codename_is_no_person(extractor):
    found = run(extractor, "The probe, codenamed Ops Asal, began in January, customs director Azhar Rahmat said.")
    assert "Ops Asal" not in person_names(found) and "Azhar Rahmat" in person_names(found)


def test_round34_a_dutch_surname_after_its_particle(extractor):
    found = run(extractor, "Minister Sanne ten Brink (Agriculture, BBB) wrote to parliament on Friday.")
    assert "Sanne ten Brink" in person_names(found)
    assert "BBB" in org_names(found)


@pytest.mark.parametrize("text, party, person", [
    ("In the Senate, the PAN senator Lucía Ortega Ruiz asked for a vote on steel quotas.", "PAN", "Lucía Ortega Ruiz"),
    ("Farmers protested. Syriza MEP Dimitra Kallergi called the deal a surrender.", "Syriza", "Dimitra Kallergi"),
    ("\"It is a bad deal,\" said the M5S deputy Paolo Ferrante.", "M5S", "Paolo Ferrante"),
])
def test_round34_a_party_before_a_seat_is_a_body_and_not_the_posts(extractor, text, party, person):
    found = run(extractor, text)
    assert party in org_names(found) and person in person_names(found)
    assert not any(p == person and b == party for p, _, b in roles_of(found))


@pytest.mark.parametrize("text, unwanted", [
    ("Opposition MP Clara Hughes said the deal was rushed.", "Opposition"),
    ("Republican Senator Dale Morrow said the tariffs would stay.", "Republican"),
    ("New MP Jane Doe asked about steel.", "New"),
    ("They met Trade Representative Jamie Greenholt and Treasury Secretary Ana Ruiz.", "Trade"),
    ("Texas Senator Bob Hill said the border must stay open.", "Texas"),
])
def test_round34_no_party_from_what_the_member_is(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_round34_a_member_of_an_unnamed_chamber_abroad_is_not_at_the_commons(extractor):
    found = run(extractor, "PRAGUE - Czech exporters want clarity on the carbon border levy. Opposition MP Tereza "
                           "Dvořáková (ODS) said the cabinet was sending mixed signals to Brussels.")
    assert not any(b == "House of Commons" for _, _, b in roles_of(found))


def test_round34_a_given_name_opening_a_sentence_before_the_party_tag(extractor):
    found = run(extractor, "Parties reacted along familiar lines. Giorgos Manolas (PASOK), on the other hand, blamed "
                           "the ministry for the delay.")
    assert "Giorgos Manolas" in person_names(found) and "Manolas" not in person_names(found)


def test_round34_a_name_the_model_reads_as_a_place_after_a_capitalized_title(extractor):
    found = run(extractor, "The vote was close. New Democracy MEP Eleni Vlachou spoke of a fair compromise.")
    assert "Eleni Vlachou" in person_names(found)
    assert "New Democracy" in org_names(found)


@pytest.mark.parametrize("text, outlet, unwanted", [
    ("\"We will not bow to threats,\" the minister told France Inter radio.", "France Inter", "Inter"),
    ("\"Quotas sit half-empty,\" Dunmore told FoodNavigator-USA.", "FoodNavigator-USA", "FoodNavigator"),
])
def test_round34_outlets_whole(extractor, text, outlet, unwanted):
    names = org_names(run(extractor, text))
    assert outlet in names and unwanted not in names


def test_round34_a_dateline_bracket_glued_to_the_first_word(extractor):
    found = run(extractor, "Osaka, May 2 (Jiji Press)--Japan will tighten checks on steel imports, trade minister "
                           "Haruto Ishikawa said.")
    assert "Jiji Press" in org_names(found) and not any(")" in name for name in org_names(found))


def test_round34_an_efe_dateline_before_a_title_and_name(extractor):
    found = run(extractor, "Lima, May 2 (EFE).- Peru's Vice Minister of Foreign Trade, Rosa Quispe Huamán, met "
                           "Chinese investors on Monday.")
    assert any(p == "Rosa Quispe Huamán" and t.startswith("Vice Minister") for p, t, _ in roles_of(found))


def test_round34_a_company_named_with_an_and_after_its_country(extractor):
    found = run(extractor, "Lee Min-ho, chief of Korea Mine Rehabilitation and Mineral Resources Corp., said stocks "
                           "were low.")
    assert "Mineral Resources Corp." not in org_names(found)
    assert any(p == "Lee Min-ho" and b and b.startswith("Korea Mine Rehabilitation") for p, _, b in roles_of(found))


def test_round34_quotes_signed_under_with_a_dash_and_a_ministers_style(extractor):
    found = run(extractor, "Quotes\n\n\u201cFarmers deserve a fair price for every tonne they ship abroad.\u201d\n\n"
                           "\u2013 The Honourable Nadia Fortier, Minister of Agriculture\n\n"
                           "\u201cWe have waited years for these talks and we welcome them.\u201d\n\n"
                           "\u2013 Owen Galbraith, President and CEO, Pulse Canada")
    speakers = {q.speaker for q in found.quotes}
    assert speakers == {"Nadia Fortier", "Owen Galbraith"}


def test_round34_a_body_of_a_country_closing_the_text(extractor):
    found = run(extractor, "\u201cWe welcome the talks and hope they bring results soon.\u201d\n\n"
                           "\u2013 Owen Galbraith, President and CEO, Pork Council of Canada")
    assert "Pork Council of Canada" in org_names(found)


def test_round34_the_chair_said_after_two_chairs(extractor):
    found = run(extractor, "The Chair of the General Council, Ambassador Lars Eide of Norway, said he had met the "
                           "Chair of the Trade Committee. \"This item cannot wait another year,\" the Chair said.")
    assert any(p == "Lars Eide" and t == "Chair" for p, t, _ in roles_of(found))
    assert {q.speaker for q in found.quotes} == {"Lars Eide"}


# ---- review34: a reviewer's sentences, where the thirty-fourth round's rules must not fire -------------------------

@pytest.mark.parametrize("text, unwanted", [
    ("Welsh MP Gareth Pryce said Tata Steel's plans for Port Talbot were a disgrace.", "Welsh"),
    ("Bavarian lawmaker Franz Huber said German carmakers would suffer.", "Bavarian"),
    ("Nominated Senator Agnes Chebet said the sugar import quota favoured cartels.", "Nominated"),
    ("Rookie MP Sarah Lindqvist asked the trade minister about the timber export ban.", "Rookie"),
    ("Lars Berg (Vice President, EMEA) said demand for Nordic salmon was strong.", "EMEA"),
    ("The minister told Global Trade Review Brazil would not raise tariffs on Chinese cars.",
     "Global Trade Review Brazil"),
    ("The talks with Korea Zinc and Young Poong Corp. ended without agreement.", "Korea Zinc and Young Poong Corp."),
])
def test_review34_no_body_from_these_words(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_review34_a_canadian_mp_sits_in_the_house_of_commons(extractor):
    found = roles_of(run(extractor, "OTTAWA \u2014 Conservative MP Luc Bergeron said Canada should retaliate against "
                                    "U.S. lumber duties."))
    assert ("Luc Bergeron", "MP", "House of Commons") in found


@pytest.mark.parametrize("text, person", [
    ("Speakers included the Minister of Trade of Kenya, Ambassador Carlos Vega of Peru, and the EU commissioner.",
     "Carlos Vega"),
    ("After the Prime Minister of Japan, Ambassador Tomas Ruiz of Chile, spoke for ten minutes.", "Tomas Ruiz"),
    ("The director of Cargill, Ambassador Helen Park of Canada, and farm leaders met on Monday.", "Helen Park"),
])
def test_review34_an_ambassador_listed_after_another_post_does_not_take_it(extractor, text, person):
    assert not any(p == person and t != "Ambassador" for p, t, _ in roles_of(run(extractor, text)))


def test_review34_an_employer_after_a_post_in_brackets_stays_a_body(extractor):
    assert "ING" in org_names(run(extractor, "Sarah Jansen (Senior Economist, ING) expects Dutch exports to shrink."))


# ---- thirty-fourth round, after 140-142 were scored ---------------------------------------------------------------

def test_round34b_a_release_line_opening_a_quotation_is_no_headline(extractor):
    found = run(extractor, "Exports Minister Dame Harriet Colquhoun said:\n\n\"Our farmers can now sell into a market "
                           "of a billion people on better terms.\"\n\nDame Harriet will visit Delhi in June.")
    assert "Harriet Colquhoun" in person_names(found) and "Harriet" not in person_names(found)
    assert {q.speaker for q in found.quotes} == {"Harriet Colquhoun"}


def test_round34b_paragraphs_each_a_quotation_go_on_with_the_speaker(extractor):
    found = run(extractor, "Agriculture Secretary Owen Pritchard said:\n\n\"This agreement opens doors that were shut "
                           "for a decade.\"\n\n\"I will lead a delegation of growers to Jakarta next month to make sure "
                           "they use it.\"")
    assert [q.speaker for q in found.quotes] == ["Owen Pritchard", "Owen Pritchard"]


def test_round34b_a_body_named_for_its_region_after_a_post(extractor):
    found = run(extractor, "\"The duties come too late,\" said Maarten Claes, secretary general of Aquaculture "
                           "Europe.")
    assert ("Maarten Claes", "secretary general", "Aquaculture Europe") in roles_of(found)


@pytest.mark.parametrize("text, unwanted", [
    ("Jan Roe, the head of Central Europe, said no.", "Central Europe"),
    ("Jan Roe, chief executive of Eastern Europe, said the region would grow.", "Eastern Europe"),
])
def test_round34b_no_body_from_a_region_after_a_post(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_round34b_a_surname_in_capitals_after_the_given_name(extractor):
    found = run(extractor, "For more information\n\nPress contacts:\n\nKarin LUND (+32 2 298 71 04)\n\nTomas SCHEFFLER "
                           "(+32 2 296 53 22)\n\nGeneral public inquiries: Europe Direct by phone")
    assert "Tomas SCHEFFLER" in person_names(found) and "Tomas" not in person_names(found)


def test_round34b_summed_up_attributes_a_quotation(extractor):
    found = run(extractor, "The Minister of Fisheries, Carmen Lozano, met the growers on Monday. \u201cWe defend our "
                           "fleet and we respect our partners,\u201d the minister summed up.")
    assert {q.speaker for q in found.quotes} == {"Carmen Lozano"}


def test_round34b_a_name_after_a_title_with_her_party_in_brackets(extractor):
    found = run(extractor, "In Namur, the Walloon Minister of Agriculture, Marie-Claire Dubois (Les Engagés), is "
                           "calling for a fund.")
    assert "Marie-Claire Dubois" in person_names(found)


@pytest.mark.parametrize("text, unwanted", [
    ("Jan Roe (New York), a trader, said prices fell.", "New York"),
    ("Jan Roe (Senior Partner), a lawyer, said the case was weak.", "Senior Partner"),
])
def test_round34b_no_party_from_a_place_or_post_in_brackets(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


def test_round34b_he_after_according_to_him_is_the_one_reported(extractor):
    found = run(extractor, "PUTRAJAYA: Malaysia will seek a supply deal for bauxite, said Minister Datuk Seri Hafiz "
                           "Kamal.\n\nHe said a delegation led by him would meet Indonesia's Energy Minister, Budi "
                           "Santoso, in Jakarta.\n\nAccording to him, the ban has made it hard for refineries to obtain "
                           "ore.\n\n\"We respect Indonesia's policy, but we hope for room to cooperate,\" he said.")
    assert [q.speaker for q in found.quotes] == ["Hafiz Kamal"]


def test_round34b_a_description_after_a_sentence_naming_its_subject_and_a_leader_in_its_object(extractor):
    found = run(extractor, "Ramiro Cedeño, president of the Banana Exporters Association, said prices fell.\n\n"
                           "Cedeño also asked the Government of President Daniel Noboa to press Brussels for "
                           "flexibility.\n\n\"Europe cannot change the rules every six months,\" the business leader "
                           "stressed.")
    assert {q.speaker for q in found.quotes} == {"Ramiro Cedeño"}
    assert not any(p == "Daniel Noboa" and "business" in t for p, t, _ in roles_of(found))


def test_round34b_the_minister_is_not_the_counterpart_she_spoke_with(extractor):
    found = run(extractor, "The Minister opened by saying that she had spoken by phone with India's Minister of "
                           "Commerce, Arjun Mehra, and that talks would resume in June. Minister for Trade Fiona "
                           "Gallagher will lead the delegation and will meet Mr Mehra during the round.\n\nOn wine, the "
                           "Minister said tariffs remained \"far too high for a market of that size\".")
    assert {q.speaker for q in found.quotes} == {"Fiona Gallagher"}


def test_round34b_a_remit_and_its_modifier_before_a_title_is_no_body(extractor):
    found = run(extractor, "Kenya will seek new tea markets, Agriculture and Livestock Development Cabinet Secretary "
                           "(CS) Dr. Joseph Kiprono Langat has said.")
    assert "Agriculture and Livestock Development Cabinet" not in org_names(found)


def test_round34b_a_hearings_witness_list_with_blank_lines(extractor):
    found = run(extractor, "The subcommittee heard three witnesses on solar imports.\n\nWitnesses\n\nMr. Daniel Okafor, "
                           "Director, Office of Trade, U.S. Customs and Border Protection\n\nAmbassador Helen Marsh, "
                           "Assistant United States Trade Representative\n\nMr. Okafor said detentions had doubled.")
    assert {"Daniel Okafor", "Helen Marsh"} <= person_names(found)


def test_round34b_a_sentence_after_a_contacts_list_is_no_entry(extractor):
    found = run(extractor, "Contacts\n\nJane Doe, Partner, Brussels\n\nJohn Roe, Senior Associate, Brussels\n\n"
                           "Trade Minister Alan Price, the former banker, said the deal would pass.")
    assert ("Alan Price", "Trade Minister") in {(p, t) for p, t, _ in roles_of(found)}


# ---- review34b: a reviewer's sentences, where the rules written after 137-142 were scored must not fire ----------

@pytest.mark.parametrize("text, body", [
    ("Philip Morris International Chief Executive Jacek Olszewski said the company would move production to Poland.",
     "Philip Morris International"),
    ("National Farmers Union President Tom Bradley said British farmers had been sold out.", "National Farmers Union"),
])
def test_review34b_a_body_ending_in_a_modifier_before_a_title_stays(extractor, text, body):
    assert body in org_names(run(extractor, text))


@pytest.mark.parametrize("text, unwanted", [
    ("Diageo named Raj Patel managing director of Emerging Asia, replacing Tom Crane, who retires.", "Emerging Asia"),
    ("\"Demand held up better than we feared,\" said Li Wei, the company's general manager of Greater China.",
     "Greater China"),
    ("Nestle promoted Ahmed Saleh to executive vice president of Zone Asia, Oceania and Africa.", "Zone Asia"),
    ("Thanks to Sarah Hill (Project Engineer), the plant restarted within a week.", "Project Engineer"),
])
def test_review34b_no_body_from_these_words(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, speaker, words", [
    ("Finance Minister Ama Owusu said:\n\n\"We will meet the IMF targets.\"\n\n\"The minister is wrong.\"\n\n"
     "That was the blunt reply of opposition spokesman Kwame Adjei.", "Ama Owusu", "The minister is wrong."),
    ("Trade Representative Julia Haas said:\n\n\"We will not extend the deadline.\"\n\n\"Not even for Canada?\"",
     "Julia Haas", "Not even for Canada?"),
])
def test_review34b_a_quoted_paragraph_someone_else_says_is_not_the_speakers(extractor, text, speaker, words):
    assert (speaker, words) not in {(q.speaker, q.text) for q in run(extractor, text).quotes}


def test_review34b_according_to_him_does_not_pass_over_a_man_named_in_its_sentence(extractor):
    found = run(extractor, "Shipping consultant Lars Eriksen advises several Gulf ports. According to him, the Red Sea "
                           "crisis is far from over, and Jebel Ali's chairman, Omar Al Mansoori, agrees. \"We are "
                           "planning for another year of diversions,\" he said.")
    assert "Lars Eriksen" not in {q.speaker for q in found.quotes}


def test_review34b_a_description_that_fits_the_one_named_last_stays_his(extractor):
    found = run(extractor, "Farmer Luis Cano met Pedro Gomez, chairman of the Chamber of Commerce of Cali. \"The free "
                           "trade agreement has helped our exporters,\" the business leader said.")
    assert "Luis Cano" not in {q.speaker for q in found.quotes}


# ---- thirty-fifth round: on sets 140-145, read freely after round 34 -------------------------------------------------

def test_round35_quotations_under_a_label_line_naming_one_person(extractor):
    found = run(extractor, "JOINT MEDIA RELEASE\n\nThe two ministers opened the new grain terminal in Geraldton.\n\n"
                           "Quotes attributable to Minister for Agriculture, the Hon Rhys Pemberton MP:\n\n"
                           "\"Farmers in the west have waited a long time for this terminal.\"\n\n"
                           "\"It will carry more wheat to Asia than any port on this coast.\"\n\n"
                           "Comment from Dana Whitfield, Chief Executive of GrainWest:\n\n"
                           "\"Growers can finally plan their harvests around a reliable outlet.\"")
    said = {(q.speaker, q.text) for q in found.quotes}
    assert ("Rhys Pemberton", "Farmers in the west have waited a long time for this terminal.") in said
    assert ("Rhys Pemberton", "It will carry more wheat to Asia than any port on this coast.") in said
    assert ("Dana Whitfield", "Growers can finally plan their harvests around a reliable outlet.") in said
    assert ("Rhys Pemberton", "Minister for Agriculture") in {(p, t) for p, t, _ in roles_of(found)}


def test_round35_a_label_line_naming_two_people_gives_no_speaker(extractor):
    found = run(extractor, "Statement by Rhys Pemberton and Dana Whitfield on the terminal:\n\n"
                           "\"Growers can finally plan their harvests around a reliable outlet.\"")
    assert not found.quotes


def test_round35_a_ministers_senate_seat_is_not_the_us_senate(extractor):
    found = run(extractor, "The Minister for Trade and Tourism, Senator the Hon Kirra Dawson, said the agreement would "
                           "lift beef exports to Korea.")
    roles = roles_of(found)
    assert ("Kirra Dawson", "Minister for Trade and Tourism", None) in roles
    assert ("Kirra Dawson", "Senator", "U.S. Senate") not in roles


def test_round35_a_senator_alone_keeps_the_chamber_of_habit(extractor):
    found = run(extractor, "Senator Kirra Dawson said the tariffs on Canadian lumber were a mistake.")
    assert ("Kirra Dawson", "Senator", "U.S. Senate") in roles_of(found)


def test_round35_a_lower_case_title_before_a_name_and_a_clause_naming_another(extractor):
    found = run(extractor, "On the new rules, the industry is split. Marta Osei, secretary general of the European Cocoa "
                           "Association (ECA), said most traders were ready. To address that risk, the ECA and the "
                           "International Cocoa Organization (ICCO) signed a memorandum in Brussels. ICCO head Lionel "
                           "Brandt, who signed the agreement with Osei, said the aim was to \"keep small farmers inside "
                           "the certified chain\".")
    assert ("Lionel Brandt", "keep small farmers inside the certified chain") in {(q.speaker, q.text) for q in found.quotes}


def test_round35_a_title_opening_the_main_clause_after_a_name_is_not_its_post(extractor):
    found = run(extractor, "Trade Secretary Amina Juma Mwangi said Kenya wanted a deal with Washington.\n\n"
                           "Speaking on Monday after holding talks in Nairobi with a US delegation led by Assistant US "
                           "Trade Representative for Africa, Mr. Carl Jessop, the CS said the two sides had made \"real "
                           "headway on the rules of origin\".")
    assert not {t for p, t, _ in roles_of(found) if p == "Carl Jessop"} & {"CS", "Cabinet Secretary"}
    assert ("Amina Juma Mwangi", "real headway on the rules of origin") in {(q.speaker, q.text) for q in found.quotes}


def test_round35_a_nickname_in_quotation_marks_stays_in_the_name(extractor):
    found = run(extractor, "Senator Ernesto \"Boy\" Salcedo filed the bill on Monday. Ernesto Salcedo said the rice "
                           "tariff had failed. \"We cannot import our way out of this,\" Salcedo said.")
    people = {p.name: p for p in found.persons}
    assert 'Ernesto "Boy" Salcedo' in people and "Ernesto Salcedo" in people['Ernesto "Boy" Salcedo'].aliases
    assert {q.speaker for q in found.quotes} == {'Ernesto "Boy" Salcedo'}


def test_round35_words_in_a_relative_clause_are_its_subjects_not_the_main_speakers(extractor):
    found = run(extractor, "Trade Minister Harriet Lowe met exporters in Perth. Asked about criticism from Greens "
                           "senator Paul Haddad, who has accused the Government of \"selling out our farmers for a "
                           "handshake in Tokyo\", the Minister said the Senator should \"check the quota figures before "
                           "he speaks\" and noted that growers had been consulted.")
    said = {(q.speaker, q.text) for q in found.quotes}
    assert ("Paul Haddad", "selling out our farmers for a handshake in Tokyo") in said
    assert ("Harriet Lowe", "check the quota figures before he speaks") in said


def test_round35_a_quotation_alone_after_a_paragraph_closing_on_its_attribution_goes_on(extractor):
    found = run(extractor, "Exporters welcomed the deal.\n\n\"Butter has waited decades for this,\" Ms Wiremu says.\n\n"
                           "\"Every cent off the tariff goes back to farmers and to the regions.\"")
    assert ("Wiremu", "Every cent off the tariff goes back to farmers and to the regions.") in {
        (q.speaker, q.text) for q in found.quotes}


@pytest.mark.parametrize("text", [
    "Exporters welcomed the deal.\n\n\"Butter has waited decades for this,\" Ms Wiremu says.\n\n"
    "\"And what about the beef quota for this season?\"",
    "Exporters welcomed the deal.\n\n\"Butter has waited decades for this,\" Ms Wiremu says.\n\n"
    "\"That is wishful thinking on the minister's part.\"\n\n- the reply of opposition MP Tane Hohaia.",
    "Exporters welcomed the deal.\n\n\"Butter has waited decades for this,\" Ms Wiremu says. Farmers were sceptical "
    "of her claims at a meeting in Hamilton.\n\n\"Every cent off the tariff goes back to farmers and to the regions.\"",
])
def test_round35_a_quotation_alone_that_may_be_someone_elses_is_not_continued(extractor, text):
    assert [q.speaker for q in run(extractor, text).quotes] == ["Wiremu"]


# ---- thirty-fifth round, on sets 146-148 -------------------------------------------------------------------------------

def test_round35_a_members_group_and_country_in_brackets_then_her_post(extractor):
    found = run(extractor, "Anne-Sophie Morel (Renew, Belgium), a member of the trade committee, objected. Dairy farmers, "
                           "she said, were \"paying for the car industry\" once again.")
    assert "Anne-Sophie Morel" in person_names(found)
    assert ("Anne-Sophie Morel", "paying for the car industry") in {(q.speaker, q.text) for q in found.quotes}


def test_round35_a_short_form_in_brackets_before_a_description_is_no_name(extractor):
    found = run(extractor, "Mehta will travel to Jakarta for a review of the India-Indonesia Comprehensive Economic "
                           "Cooperation Agreement (CECA), the official added.")
    assert not person_names(found)


def test_round35_a_nickname_inside_a_name_after_a_title_and_its_area(extractor):
    found = run(extractor, "DTI Assistant Secretary for Industry Development Josefina \"Pinky\" Salonga and the chamber's "
                           "president signed the agreement.")
    assert person_names(found) == {'Josefina "Pinky" Salonga'}


def test_round35_a_country_led_company_with_a_hyphenated_word_and_its_mixed_case_short_form(extractor):
    found = run(extractor, "Japan Agri-Marine & Food Export Corporation (JaFE) President Sato Emi signed the deal.")
    assert "Japan Agri-Marine & Food Export Corporation" in org_names(found)
    assert ("Sato Emi", "President", "Japan Agri-Marine & Food Export Corporation") in roles_of(found)


def test_round35_no_person_inside_a_bodys_name(extractor):
    found = run(extractor, "Pilipino Banana Growers and Exporters Association (PBGEA) President Ramon T. Bautista, who "
                           "joined the mission, said the deal was fair.")
    assert person_names(found) == {"Ramon T. Bautista"}
    assert "Pilipino Banana Growers and Exporters Association" in org_names(found)


def test_round35_a_body_named_for_its_country_before_a_title_and_its_holder(extractor):
    found = run(extractor, "Pulses Canada chief executive Marc Dupuis said the Indian duty had closed the market.")
    assert ("Marc Dupuis", "chief executive", "Pulses Canada") in roles_of(found)


def test_round35_no_body_from_a_region_before_a_title(extractor):
    found = run(extractor, "Western Australia premier Lachlan Moyes said the iron ore levy would stay.")
    assert not {o for o in org_names(found) if "Australia" in o}


def test_round35_a_post_opening_the_sentence_after_one_set_in_a_country(extractor):
    found = run(extractor, "In Germany, where the car makers earn much of their profit in China, the news was received "
                           "badly. Economy Minister Katrin Vogelsang (SPD) had met union leaders in Berlin on Monday.")
    assert ("Katrin Vogelsang", "Economy Minister", "Federal Ministry for Economic Affairs and Energy of Germany") \
        in roles_of(found)


def test_round35_a_post_after_a_sentence_set_in_a_country_names_another_country(extractor):
    found = run(extractor, "In Germany, the news was received badly. Economy Minister Katrin Vogelsang said France had "
                           "blocked the compromise.")
    assert ("Katrin Vogelsang", "Economy Minister", None) in roles_of(found)


@pytest.mark.parametrize("text, body", [
    ("Rosa Quispe, president of the Association of Mango Growers and Packers Exporters of Peru (AMGEP), said shipments "
     "rose.", "Association of Mango Growers and Packers Exporters of Peru"),
    ("According to the Institute of Studies for the National Grain Market (Isgram), wheat prices rose.",
     "Institute of Studies for the National Grain Market"),
    ("In March the Court of Justice of the European Union (CJEU) annulled the Council decision on the fisheries deal.",
     "Court of Justice of the European Union"),
])
def test_round35_a_bodys_name_runs_on_through_small_words_to_its_short_form(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_round35_countries_before_a_bracket_are_no_bodys_name(extractor):
    assert not org_names(run(extractor, "The ministers of France and Germany (FR) met in Paris."))


@pytest.mark.parametrize("text", ["Officials of the Institute of Services", "Talks with the Association of Producers and"])
def test_round35_a_bodys_name_closing_the_text_reads_without_error(extractor, text):
    run(extractor, text)  # (the run on to a short form looks past the name's end: not past the text's)


def test_round35_made_clear_attributes_a_quotation(extractor):
    found = run(extractor, "The director of the Federal Office for Agriculture, Urs Brändli, met farmers in Bern on "
                           "Friday. «We will not lower the tariff before the harvest is in», the agency director made "
                           "clear.")
    assert ("Urs Brändli", "We will not lower the tariff before the harvest is in") in {
        (q.speaker, q.text) for q in found.quotes}


def test_round35_a_senator_of_another_countrys_party_is_not_guessed_in_the_us_senate(extractor):
    found = run(extractor, "Greens senator Omar Haddad said the wine deal was a betrayal of growers.")
    assert not {o for _, t, o in roles_of(found) if o == "U.S. Senate"}


@pytest.mark.parametrize("text", [
    "Republican senator Kate Dunmore said the wine deal was a betrayal of growers.",
    "Texas senator Kate Dunmore said the wine deal was a betrayal of growers.",
    # (review35: a word saying what kind of member, capitalized at the sentence's start, is no party)
    "Veteran senator Tom Hadley of Iowa said the soybean tariffs were hurting farmers in his state.",
    "Freshman Senator Dana Pruitt, a Republican from Ohio, said the steel tariffs protected jobs.",
    "Conservative senator Ted Marsh of Texas said the tomato deal was a betrayal of growers.",
])
def test_round35_a_us_partys_or_states_senator_stays_in_the_us_senate(extractor, text):
    assert "U.S. Senate" in {o for _, t, o in roles_of(run(extractor, text))}


# ---- thirty-fifth round, after 149-151 were scored ----------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("According to the Bureau national interprofessionnel de l'armagnac (BNIA), sales to China fell by a third.",
     "Bureau national interprofessionnel de l'armagnac"),
    ("The growers met Marie Fabre, president of the Confédération générale de Comté, in Besançon.",
     "Confédération générale de Comté"),
])
def test_round35b_bodies_named_in_another_language(extractor, text, body):
    assert body in org_names(run(extractor, text))


def test_round35b_the_un_conference_on_trade_and_development_written_short(extractor):
    found = run(extractor, "Lena Holm, head of commodities research at the UN Conference on Trade and Development "
                           "(UNCTAD), said freight costs had doubled.")
    assert "UN" not in org_names(found)
    assert {o for p, _, o in roles_of(found) if p == "Lena Holm"} == {"United Nations Conference on Trade and Development"}


def test_round35b_a_bloc_post_held_by_one_of_its_members_people(extractor):
    found = run(extractor, "U.S. Trade Representative Dana Whitmore announced the tariffs on Monday. EU Trade "
                           "Commissioner Sofie Vanhove, who spoke to Whitmore by phone on Tuesday, said the bloc wanted "
                           "\"a negotiated outcome\".\n\n\"But our patience has limits,\" the Belgian commissioner added.")
    assert ("Sofie Vanhove", "But our patience has limits") in {(q.speaker, q.text) for q in found.quotes}


def test_round35b_the_minister_is_not_the_one_named_last_with_another_post(extractor):
    found = run(extractor, "The plant's expansion will be screened again, the minister for foreign trade announced on "
                           "Tuesday. According to Gábor Keszthelyi, the review is not aimed at any investor.\n\nThe "
                           "minister met Li Wenhua, general manager of the local unit of Sunvolt, at the site. \"Hungary "
                           "stays open to every investor who respects our laws,\" the minister said afterwards.")
    assert ("Gábor Keszthelyi", "Hungary stays open to every investor who respects our laws") in {
        (q.speaker, q.text) for q in found.quotes}


def test_round35b_a_buildings_last_word_before_a_post_is_no_person(extractor):
    found = run(extractor, "Lima.- The Minister of Agriculture, Rosa Quispe Mamani, said Peru had offered a new quota "
                           "deal.\n\nAt the morning briefing in the Government Palace, the head of the ministry explained "
                           "that the offer was made in Washington during a meeting with the Secretary of Agriculture, "
                           "Tom Brennan, and a later meeting with the US trade representative, Joan Pryor.\n\n\"We "
                           "offered a quota that protects their growers and keeps our grapes moving,\" the official "
                           "stated.")
    assert "Palace" not in person_names(found)


def test_round35b_a_firm_before_a_rank_and_field_and_an_outside_voice(extractor):
    found = run(extractor, "Rabobank senior grains analyst Pieter de Jong expects European mills to buy less wheat.")
    assert ("Pieter de Jong", "senior grains analyst", "Rabobank") in roles_of(found)


def test_round35b_a_word_before_a_rank_in_lower_case_read_as_a_quality_is_no_firm(extractor):
    found = run(extractor, "Independent senior analyst Pieter de Jong expects European mills to buy less wheat.")
    assert "Independent" not in org_names(found)


def test_round35b_a_portfolios_secretary_in_a_story_from_a_country_of_ministries(extractor):
    found = run(extractor, "KATHMANDU, March 3 (RSS) - Nepal and India agreed to review the rules on transit cargo. "
                           "Commerce Secretary Ramesh Adhikari said the talks had been useful.")
    assert {o for p, _, o in roles_of(found) if p == "Ramesh Adhikari"} == {"Ministry of Commerce of Nepal"}


# ---- thirty-fifth round, after 152-154 were scored (the second freeze) --------------------------------------------------

def test_round35c_a_secretary_under_a_dhaka_dateline_whatever_the_story_says_of_the_us(extractor):
    found = run(extractor, "Dhaka (AFP) - Bangladesh's exporters fear new US tariffs. The United States buys a fifth of "
                           "the country's garments, and US buyers have cut orders.\n\nCommerce Secretary Nasrin Akter met "
                           "the EU ambassador in Dhaka on Monday.")
    assert {o for p, _, o in roles_of(found) if p == "Nasrin Akter"} == {"Ministry of Commerce of Bangladesh"}


def test_round35c_a_spanish_language_dateline_and_an_undersecretary_of_that_country(extractor):
    found = run(extractor, "Mexico City.– Mexican tomato exports to the United States rose 6% in the first quarter, and "
                           "US buyers asked for more.\n\nThe undersecretary of Agriculture, Lucía Robles Ortega, met "
                           "growers in Culiacán on Monday.")
    assert ("Lucía Robles Ortega", "undersecretary of Agriculture", "Secretariat of Agriculture and Rural Development") \
        in roles_of(found)


def test_round35c_a_us_undersecretary_named_with_his_country_stays_american(extractor):
    found = run(extractor, "Mexico City.– Tomato talks resumed on Monday. The US undersecretary of Agriculture, Tom "
                           "Brennan, met growers in Culiacán.")
    assert {o for p, _, o in roles_of(found) if p == "Tom Brennan"} == {"U.S. Department of Agriculture"}


# ---- review35: a reviewer's sentences, where the rules written this round must not fire ----------------------------------

@pytest.mark.parametrize("text, person, title", [
    ("The company will double its exports to Europe, Jane Kim, the chief executive said on Monday.", "Jane Kim",
     "chief executive"),
    ("Orders from Asia have recovered, Peter Odhiambo, the managing director told the Business Daily.",
     "Peter Odhiambo", "managing director"),
])
def test_review35_a_subjects_post_with_its_closing_comma_left_out_stays_hers(extractor, text, person, title):
    assert (person, title) in {(p, t) for p, t, _ in roles_of(run(extractor, text))}


@pytest.mark.parametrize("text, unwanted", [
    ("Meanwhile senior grains analyst Jo Park said wheat prices would stay flat.", "Meanwhile"),
    ("Today Australia chief negotiator Ellen Price will meet her Indian counterpart in Canberra.", "Today Australia"),
    ("Yesterday Canada chief negotiator Steve Verheul left for Washington.", "Yesterday Canada"),
])
def test_review35_no_body_from_a_sentences_opening_adverb(extractor, text, unwanted):
    assert unwanted not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, person, body", [
    ("DHAKA, Nov 20 - Visiting Commerce Secretary Howard Blaine of the United States met garment exporters.",
     "Howard Blaine", "U.S. Department of Commerce"),
    ("ISLAMABAD, Nov 20 - Visiting Commerce Secretary Howard Blaine met Pakistani textile exporters to discuss tariffs.",
     "Howard Blaine", "U.S. Department of Commerce"),
])
def test_review35_a_visiting_secretary_is_not_the_datelines(extractor, text, person, body):
    assert {o for p, _, o in roles_of(run(extractor, text)) if p == person} == {body}


def test_review35_a_setting_sentence_naming_another_countrys_people(extractor):
    found = run(extractor, "In Japan, the Australian delegation arrived on Tuesday. Trade Minister Don Ferris said beef "
                           "access was the priority.")
    assert not {o for p, _, o in roles_of(found) if p == "Don Ferris" and o and "Japan" in o}
    assert "Ministry of Economy, Trade and Industry" not in {o for _, _, o in roles_of(found)}


@pytest.mark.parametrize("text", [
    "Comment from a spokesperson for Agriculture Minister Ruth Abebe:\n\n\"The ministry will respond to the audit in "
    "due course.\"",
    "Open letter to Trade Minister Ana Costa:\n\n\"We, the undersigned growers, ask you to reject the Mercosur deal.\"",
    "Questions for Trade Minister Ana Costa:\n\n\"Why did the talks with Brazil fail so badly this week?\"",
])
def test_review35_a_label_line_naming_whom_the_words_are_for_gives_no_speaker(extractor, text):
    assert not run(extractor, text).quotes


@pytest.mark.parametrize("text", [
    "\"We need fair prices,\" Ms Kaur says.\n\n\"No farmers, no food.\"\n\nThe slogan was painted on dozens of "
    "tractors outside parliament.",
    "\"We will sue the ministry,\" Mr Brown says.\n\n\"See you in court.\"\n\nThe ministry posted that reply on social "
    "media within minutes.",
])
def test_review35_a_short_quotation_alone_after_an_attribution_is_not_continued(extractor, text):
    assert len(run(extractor, text).quotes) == 1


def test_review35_a_title_after_to_before_a_name_and_its_verb_is_not_the_names(extractor):
    found = run(extractor, "She was promoted to Chief Operating Officer, Helen Brandt confirmed on Monday.")
    assert not {t for p, t, _ in roles_of(found) if p == "Helen Brandt"}


# ---- thirty-sixth round: sets 149-154 looked at after their scoring ------------------------------------------------------

def test_round36_a_name_the_model_reads_as_a_people_after_a_titles_comma(extractor):
    found = run(extractor, "The minister of Mines and Energy, Luz Marina Salcedo, said the copper levy would stay. "
                           "\"We will not change the royalty in the middle of the year\", declared the minister.")
    assert "Luz Marina Salcedo" in person_names(found)
    assert [q.speaker for q in found.quotes] == ["Luz Marina Salcedo"]


def test_round36_a_given_name_that_is_a_small_word_before_a_known_bodys_post(extractor):
    found = run(extractor, "Shipments to Japan will rise, according to Nor Hidayah Rahman, Petronas' general manager "
                           "for gas trading.\n\n\"Our buyers want flexible volumes from the new trains,\" Nor Hidayah "
                           "said on Tuesday.")
    assert person_names(found) == {"Nor Hidayah Rahman"}
    assert ("Nor Hidayah Rahman", "general manager", "Petronas") in roles_of(found)
    assert [q.speaker for q in found.quotes] == ["Nor Hidayah Rahman"]


def test_round36_a_name_the_model_ran_into_a_bodys_name_past_its_short_form(extractor):
    found = run(extractor, "The economist from the Institute for Development of Economics and Finance (Indef) Nailul "
                           "Amri assessed that the quota cut is right in direction. \"Smelters will simply move their "
                           "lines elsewhere if the rule changes again,\" he said.")
    assert "Nailul Amri" in person_names(found)
    assert [q.speaker for q in found.quotes] == ["Nailul Amri"]


def test_round36_an_outlet_that_contacted_the_speaker_is_no_person(extractor):
    found = run(extractor, "\"Investors will simply wait for the final rule before they commit,\" Hendra Wijaya said "
                           "when contacted by Kontan on Monday.")
    assert "Kontan" not in person_names(found)
    assert "Kontan" in org_names(found)


@pytest.mark.parametrize("text, speaker", [
    ("\"For our plant this is not protection, it is survival,\" says Nordstahl chief executive Ingrid Halvorsen. The "
     "Bremen steel group, which employs about 9,000 people, has cut two shifts since spring. \"Every tonne of "
     "subsidised steel that reaches Europe through third countries costs jobs here.\"", "Ingrid Halvorsen"),
    ("Mr Okafor said the exporters were running out of time. \"We have warned the ministry about this cliff edge for "
     "a year,\" he told the hearing. Several quotas had been filled within days, he said, and prices had fallen by a "
     "third. \"If the bloc halves its quotas and we do nothing, the steel it turns away will be here within a week.\"",
     "Okafor"),
])
def test_round36_a_quotation_later_in_the_speakers_paragraph_goes_on_with_them(extractor, text, speaker):
    quotes = run(extractor, text).quotes
    assert len(quotes) == 2 and {q.speaker for q in quotes} == {speaker}


@pytest.mark.parametrize("text", [
    "\"We will fight this ruling in every court we can,\" said Anna Berg, the chief executive. The ministry says that "
    "the new rules are entirely lawful. \"The company has had two years to prepare for this change and it chose not "
    "to.\"",
    "\"We will fight this ruling in every court we can,\" said Anna Berg, the chief executive. Her rivals on the council disagree "
    "with her sharply. \"Is there any court left that would hear a case like this one after two rulings?\"",    "\"The deal protects our dairy sector in full,\" said Minister Tomas Lind. Farmers, who had protested outside the "
    "ministry for weeks, were angry. \"This deal sells out every family farm in the country for cheaper cars.\"",
])
def test_round36_a_quotation_after_someone_else_speaks_or_a_question_is_not_continued(extractor, text):
    assert len(run(extractor, text).quotes) == 1


def test_round36_in_her_view_gives_the_quotation_to_the_one_she_is(extractor):
    found = run(extractor, "In parliament, opposition MP Greta Lindqvist has tabled a question on the cocoa levy. In "
                           "her view, \"the big traders will absorb the levy, the small roasters will not.\"")
    assert [q.speaker for q in found.quotes] == ["Greta Lindqvist"]


@pytest.mark.parametrize("text, person, party", [
    ("In the Chamber, federal MP Lotte Vandamme (Vooruit) has asked the government about the cocoa levy.",
     "Lotte Vandamme", "Vooruit"),
    ("Senator Camila Arbeláez (Alianza Verde) has asked the government about the coffee levy.",
     "Camila Arbeláez", "Alianza Verde"),
])
def test_round36_a_members_party_in_brackets_is_a_body_and_not_a_chamber_by_habit(extractor, text, person, party):
    found = run(extractor, text)
    assert person_names(found) == {person}
    assert party in org_names(found)
    assert {o for p, _, o in roles_of(found) if p == person} == {None}


@pytest.mark.parametrize("text, body", [
    ("Labour MP Hugh Pennant (Labour) asked the minister about steel quotas.", "House of Commons"),
    ("Senator Dale Whitcomb (Republican) asked the secretary about steel quotas.", "U.S. Senate"),
])
def test_round36_a_member_of_the_chambers_own_party_keeps_its_chamber(extractor, text, body):
    assert body in {o for _, _, o in roles_of(run(extractor, text))}


def test_round36_a_committees_short_form_title_and_name_read_as_one_body(extractor):
    found = run(extractor, "The hearing, chaired by INTA Chair Henrik Dahl (EPP, FR), heard three witnesses.")
    assert "Henrik Dahl" in person_names(found)
    assert not {o for o in org_names(found) if "Dahl" in o}


def test_round36_a_formal_title_in_capitals_holding_a_countrys_name_of_two_words(extractor):
    found = run(extractor, "Minister Ana Silva today met with Marcus Feldinger, Deputy United States Trade "
                           "Representative, in Ottawa.")
    assert "Marcus Feldinger" in person_names(found)
    assert ("Marcus Feldinger", "Office of the United States Trade Representative") in {
        (p, o) for p, _, o in roles_of(found)}


def test_round36_an_outlet_that_obtained_the_information_is_no_person(extractor):
    found = run(extractor, "According to information obtained by Kathimerini, the deputy minister, Mr. Nikos Varvitsiotis, "
                           "met the negotiator on Wednesday.")
    assert "Kathimerini" not in person_names(found)
    assert "Kathimerini" in org_names(found)


@pytest.mark.parametrize("text, title, body", [
    ("TOKYO, Nov 2 (Kyodo) - Agriculture, Forestry and Fisheries Minister Shiro Tanabe said talks with Canberra "
     "would continue.", "Agriculture, Forestry and Fisheries Minister", "Ministry of Agriculture, Forestry and Fisheries"),
    ("The Agriculture, Forestry and Fisheries Ministry will set an export target. Agriculture, Forestry and Fisheries "
     "Minister Shiro Tanabe said rice shipments would double.", "Agriculture, Forestry and Fisheries Minister",
     "Agriculture, Forestry and Fisheries Ministry"),
    ("The Mines Ministry will publish the royalty rules. Mines Minister Grace Mutale said copper output would rise.",
     "Mines Minister", "Mines Ministry"),
])
def test_round36_a_list_of_portfolios_before_minister_and_the_ministry_it_names(extractor, text, title, body):
    found = run(extractor, text)
    assert {(t, o) for _, t, o in roles_of(found)} == {(title, body)}
    assert body in org_names(found) or body not in text


def test_round36_a_short_form_in_brackets_and_a_comma_before_a_portfolio_list_stay_out_of_the_title(extractor):
    found = run(extractor, "Exporters will pay less under the Comprehensive and Progressive Agreement for Trans-Pacific "
                           "Partnership (CPTPP), Trade and Investment Minister Aroha Ngata says.")
    assert {t for _, t, _ in roles_of(found)} == {"Trade and Investment Minister"}
    assert "Trans-Pacific Partnership" not in org_names(found)


def test_round36_a_label_line_naming_a_countrys_minister_over_a_quotation(extractor):
    found = run(extractor, "Quotes attributable to Peru's Minister of Production, Fisheries and Aquaculture, Rosa Elvira "
                           "Quispe:\n\n\"Peru wants its anchovy to feed an industry here, not only to fill ships bound "
                           "for Asia.\"")
    assert "Rosa Elvira Quispe" in person_names(found)
    assert [q.speaker for q in found.quotes] == ["Rosa Elvira Quispe"]


def test_round36_according_to_the_title_gives_the_quotation_to_its_holder(extractor):
    found = run(extractor, "\"We will not accept that beef goes to the back of the queue,\" Secretary of Trade Marcos "
                           "Ribeiro Lins told reporters. According to the secretary, the government wants the quota to "
                           "open \"on the first day the agreement enters into force.\"")
    assert [q.speaker for q in found.quotes] == ["Marcos Ribeiro Lins", "Marcos Ribeiro Lins"]


@pytest.mark.parametrize("text, person, title", [
    ("OTTAWA (AFP) - Canada's agriculture minister on Friday urged the holdouts at the WTO to stop blocking a deal on "
     "farm subsidies.\n\nGreta Lindholm, who arrived in Geneva this week, said the gap was narrow.", "Greta Lindholm",
     "agriculture minister"),
    ("The government will review the sale of the port operator in a new procedure, the minister of transport "
     "announced on Monday.\n\nDarius Okonjo, who visited the port on Sunday, said the review is not aimed at any "
     "country.", "Darius Okonjo", "minister of transport"),
])
def test_round36_a_ledes_post_and_the_holder_the_next_sentence_opens_on(extractor, text, person, title):
    assert title in {t for p, t, _ in roles_of(run(extractor, text)) if p == person}


@pytest.mark.parametrize("text, person", [
    ("\"We will check every label,\" said Minister Paolo Fornari. Customs will inspect the ports from next week, the "
     "minister specified.\n\nConfagri Roma is on a war footing after the ruling.", "Confagri Roma"),
    ("The minister of transport announced a review on Monday. Darius Okonjo, an analyst at Fitch, said the review "
     "was overdue.", "Darius Okonjo"),
])
def test_round36_a_post_before_someone_named_earlier_or_with_a_post_of_their_own_is_not_theirs(extractor, text, person):
    assert not {t for p, t, _ in roles_of(run(extractor, text)) if p == person and "minister" in t.lower()}


def test_round36_in_her_view_right_before_the_quotation_inside_the_sentence(extractor):
    found = run(extractor, "Contacted by the paper, Mrs. Leila Haddad, head of sales at Maghreb Fertilisers, said the "
                           "group had found new buyers. The European duties on Russian fertilizers open, in her view, "
                           "\"a real window for African phosphate\" on the continent.")
    assert [q.speaker for q in found.quotes] == ["Leila Haddad"]


@pytest.mark.parametrize("name", ["Thérèse De Smet", "Thérèse Vermeulen"])
def test_round36_a_given_name_the_tagger_took_for_a_noun_opening_the_sentence(extractor, name):
    found = run(extractor, f"{name}, deputy secretary-general of Copa-Cogeca, warned that producers remained under "
                           "pressure.")
    assert person_names(found) == {name}


def test_round36_a_rulers_name_of_four_hyphenated_parts(extractor):
    found = run(extractor, "The delegation was received by Sheikh Fahad Al-Salem Al-Mubarak Al-Sabah in Kuwait City.")
    assert person_names(found) == {"Sheikh Fahad Al-Salem Al-Mubarak Al-Sabah"}


# ---- thirty-sixth round, after 158-160 were scored (the first freeze) ----------------------------------------------------

def test_round36b_a_listed_ministrys_remit_in_the_title_whatever_its_words(extractor):
    found = run(extractor, "ROME - Yesterday the Minister of Enterprises and Made in Italy, Carlo Benedetti, received "
                           "the Chinese vice minister. \"We want investment that brings Italian suppliers and Italian "
                           "jobs with it,\" the minister explained.")
    assert ("Carlo Benedetti", "Minister of Enterprises and Made in Italy", "Ministry of Enterprises and Made in Italy") \
        in roles_of(found)
    assert [q.speaker for q in found.quotes] == ["Carlo Benedetti"]


def test_round36b_according_to_whom_gives_the_quotation_to_the_one_the_clause_hangs_on(extractor):
    found = run(extractor, "Harder still is Paola Rinaldi, national secretary of Fiom-Cgil, according to whom the "
                           "government \"is negotiating in the dark, without involving the unions\".")
    assert [q.speaker for q in found.quotes] == ["Paola Rinaldi"]


def test_round36b_limited_herself_to_saying_that(extractor):
    found = run(extractor, "The deputy director-general Elke Vermassen met the delegation. The Belgian official "
                           "limited herself to saying that \"any agreement on prices must be as effective as the duties "
                           "it replaces\".")
    assert [q.speaker for q in found.quotes] == ["Elke Vermassen"]


def test_round36b_a_lower_case_title_and_its_remit_with_a_country_before_the_name(extractor):
    found = run(extractor, "From Brussels, the European Commission's chief negotiator for trade with the United States, "
                           "Hanne Vestergaard, said the bloc would respond \"as one\".")
    assert "Hanne Vestergaard" in person_names(found)
    assert {(t, o) for p, t, o in roles_of(found) if p == "Hanne Vestergaard"} == {
        ("chief negotiator for trade with United States", "European Commission")}


def test_round36b_repeated_in_a_statement_carries_the_quotation(extractor):
    found = run(extractor, "Its spokesperson, Tobias Marchand, repeated in a statement that the mills « benefit from "
                           "fees set by governments, not by the market ».")
    assert [q.speaker for q in found.quotes] == ["Tobias Marchand"]




@pytest.mark.parametrize("text, speaker", [
    ("Mr Okonkwo told the paper the company would order at least six carriers this year. \"Every buyer now asks us "
     "the same question before they ask about price: where will our ships come from?\"", "Okonkwo"),
    ("Analyst Ragnhild Sørensen counts 14 new trains. She cautioned, however, that European buyers remain reluctant "
     "to commit beyond 2040. \"The Japanese are signing for twenty years. The Europeans are still asking for ten.\"",
     "Ragnhild Sørensen"),
])
def test_round36b_a_quotation_right_after_one_persons_reported_words_is_theirs(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


@pytest.mark.parametrize("text", [
    "Mr Okonkwo told Mary Levin the company would order at least six carriers. \"Every buyer now asks us the same "
    "question before they ask about price and delivery dates.\"",
    "Mr Okonkwo said the company would order at least six carriers this year. \"Will you ask the board to approve "
    "the order before the port fees take effect?\"",
    "Mr Okonkwo said the company would order six carriers.\n\n\"Every buyer now asks us the same question before "
    "they ask about price and delivery dates.\"",
])
def test_round36b_no_quotation_after_reported_words_naming_two_a_question_to_someone_or_a_new_paragraph(extractor,
                                                                                                       text):
    assert not run(extractor, text).quotes


@pytest.mark.parametrize("text", [
    "Minister Sipho Dlamini will report to Cabinet.\n\nIssued by: The Department of Trade, Industry and Competition "
    "(the dtic)\n\nEnquiries: Mr Thabang Molefe - Departmental Spokesperson",
    "Minister Sipho Dlamini will report to Cabinet.\n\nEnquiries: Mr Thabang Molefe \u2013 Departmental "
    "Spokesperson\n\nIssued by: The Department of Trade, Industry and Competition",
])
def test_round36b_an_enquiries_line_under_or_over_the_issuing_department(extractor, text):
    found = run(extractor, text)
    assert "Thabang Molefe" in person_names(found)
    assert ("Thabang Molefe", "Departmental Spokesperson", "Department of Trade, Industry and Competition") \
        in roles_of(found)


def test_round36b_the_source_a_sentence_opens_on_speaks_next(extractor):
    found = run(extractor, "Trade Minister Sigrid Aasland met US Trade Representative Megan Hale in Washington on "
                           "Tuesday.\n\nAccording to Aasland, Hale was open to technical talks but gave no sign of an "
                           "exemption for salmon.\n\n\"Our message is that a tariff on salmon hits American consumers "
                           "first,\" she says.")
    assert [q.speaker for q in found.quotes] == ["Sigrid Aasland"]


@pytest.mark.parametrize("text, outlet", [
    ("The board approved the sale of the terminal, according to sources consulted by Gazeta Bursei.", "Gazeta Bursei"),
    ("A draft of the rules, seen by Wirtschaftsblatt, would halve the quotas.", "Wirtschaftsblatt"),
])
def test_round36b_the_outlet_that_saw_a_document_or_consulted_sources_is_no_person(extractor, text, outlet):
    found = run(extractor, text)
    assert outlet not in person_names(found)
    assert outlet in org_names(found)


def test_round36b_the_state_democrat_is_the_one_member_tagged_with_the_party(extractor):
    found = run(extractor, "Rep. Dana Whitlock, D-Nev., whose district includes a battery plant, said the change was "
                           "wrong.\n\n\"You don't rewrite a contract after the concrete is poured,\" the Nevada Democrat "
                           "said in a statement.\n\nSen. Tom Calloway, R-Ohio, said he backed the review.")
    assert {q.speaker for q in found.quotes} == {"Dana Whitlock"}


def test_round36b_the_democrat_among_two_tagged_democrats_is_no_one(extractor):
    found = run(extractor, "Rep. Dana Whitlock, D-Nev., and Rep. Omar Reyes, D-Texas, opposed the change.\n\n\"You "
                           "don't rewrite a contract after the concrete is poured,\" the Nevada Democrat said.")
    assert not {q.speaker for q in found.quotes} & {"Omar Reyes"}


# ---- review36: a reviewer's sentences, where the rules written this round must not fire ----------------------------------

@pytest.mark.parametrize("text", [
    "\"The market is oversupplied,\" said Ahmed Farouk, a trader in Cairo. The ministry disagrees with that view "
    "completely. \"Stocks of wheat are sufficient for five months of consumption across the country.\"",
    "\"Tariffs are the only language Beijing understands,\" said Senator Walt Brennan. The White House has taken a "
    "softer line in recent weeks. \"We believe negotiation will deliver more for American farmers than confrontation.\"",
])
def test_review36_a_body_that_answers_between_two_quotations_stops_the_first_speakers(extractor, text):
    assert len(run(extractor, text).quotes) == 1


@pytest.mark.parametrize("text", [
    "Ms Ferreira said protesters carried banners outside the ministry all morning. \"Stop the Mercosur deal before it "
    "destroys our farms and our villages.\"",
    "Mr Abdullah said the union had published a leaflet against the reform. \"Workers of the ports will not accept "
    "lower wages imposed by foreign operators.\"",
])
def test_review36_words_on_a_banner_or_leaflet_are_not_the_reporters(extractor, text):
    assert not run(extractor, text).quotes


@pytest.mark.parametrize("text", [
    "Secretary Ana Lima and Secretary Paulo Reis attended the meeting. According to the secretary, the deal \"must be "
    "signed before the end of the year.\"",
    "Marco Bassi, who chairs the employers' group, cited the central bank, according to whom growth \"will stall in "
    "the second half of the year.\"",
])
def test_review36_according_to_a_title_two_hold_or_to_whom_after_a_verb_names_no_speaker(extractor, text):
    assert not run(extractor, text).quotes


@pytest.mark.parametrize("text, person", [
    ("Australia's trade minister on Monday called on China to lift the duties on wine. Tony Battaglia of the Grape "
     "and Wine Council said the industry welcomed the call.", "Tony Battaglia"),
    ("New Zealand's trade minister on Thursday urged India to cut dairy tariffs. Miles Hurley, Fonterra's chief "
     "executive, said the company was ready to supply.", "Miles Hurley"),
    ("Chile's agriculture minister on Wednesday defended the cherry quota. Rodrigo Fuentes, 54, whose family has "
     "grown cherries for four generations, said the quota was unfair.", "Rodrigo Fuentes"),
    ("Malaysia's plantation minister said on Monday palm oil exports would rise. According to Nagaraj Menon, the "
     "forecast is too optimistic.", "Nagaraj Menon"),
])
def test_review36_a_ledes_post_is_not_given_to_someone_described_otherwise(extractor, text, person):
    assert not {t for p, t, _ in roles_of(run(extractor, text)) if p == person and "minister" in t.lower()}


@pytest.mark.parametrize("text, unwanted", [
    ("Os ministros Fernando Haddad e Simone Tebet disseram que o governo vai cortar tarifas.", "Fernando Haddad e Simone"),
    ("Il ministro Adolfo Urso e Antonio Tajani hanno incontrato gli esportatori a Milano.", "Adolfo Urso e Antonio Tajani"),
])
def test_review36_a_small_and_between_two_people_joins_no_names(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


def test_review36_emir_as_a_given_name(extractor):
    found = run(extractor, "Emir Hadzic, chief executive of the furniture exporter Drvo Export, said orders had fallen.")
    assert "Emir Hadzic" in person_names(found)


@pytest.mark.parametrize("text, person", [
    ("The proposal was reviewed by Smithers and approved by the board in March.", "Smithers"),
    ("She said she was first contacted by Hughes in March about the cargo.", "Hughes"),
])
def test_review36_a_passives_agent_after_a_cue_is_no_outlet(extractor, text, person):
    assert person not in org_names(run(extractor, text))


def test_review36_a_uk_members_party_short_form_keeps_the_commons(extractor):
    found = run(extractor, "MP Jess Carver (Lab) said the UK steel plan came too late for Port Talbot.")
    assert ("Jess Carver", "MP", "House of Commons") in roles_of(found)


def test_review36_a_datelines_secretary_in_a_sentence_naming_the_other_side_of_the_trade(extractor):
    found = run(extractor, "DHAKA, May 12, 2026 (BSS) - Bangladesh has sought a cut in the tariff on its garments "
                           "exported to the United States, Commerce Secretary Md. Rafiqul Islam Bhuiyan said today. The "
                           "Commerce Ministry will send a letter to Washington.")
    assert {o for p, _, o in roles_of(found) if p == "Md. Rafiqul Islam Bhuiyan"} == {"Commerce Ministry"}


# ---- thirty-seventh round ----------------------------------------------------------


@pytest.mark.parametrize("text, person", [
    ("The hearing was chaired by Gareth Pellow MP (Labour). Mr Pellow asked the regulator whether it had the staff.",
     "Gareth Pellow"),
    ("Witnesses were Eleanor Prothero MP, Minister for Trade, and two officials. Mrs Prothero defended the quota.",
     "Eleanor Prothero"),
])
def test_round37_a_name_before_a_members_letters_is_a_persons(extractor, text, person):
    assert person in person_names(run(extractor, text))


def test_round37_a_partys_name_before_a_members_letters_stays_no_person(extractor):
    found = run(extractor, "Labour MP Gareth Pellow said the quota was wrong.")
    assert person_names(found) == {"Gareth Pellow"}


@pytest.mark.parametrize("text, person", [
    ("From Kyiv, the deputy minister of economy of Ukraine, Taras Melnychuk, rejected the accusations. In a statement, "
     "Melnychuk said that Kyiv is open to a dialogue.", "Taras Melnychuk"),
    ("Not everyone in Berlin is so patient. Bernd Ahlhaus (CDU), economic policy spokesman of the Union group, is "
     "pushing. \"Now it must finally deliver,\" Ahlhaus told reporters.", "Bernd Ahlhaus"),
    ("Seoul has taken a more direct line. Seung-woo Han, South Korea's trade minister, travelled to Beijing this "
     "week. Han later told Korean reporters the two sides had agreed.", "Seung-woo Han"),
    ("The queues grew. Anders Holmgaard, Maersk's managing director for Bangladesh, said the queues were caused by "
     "slow customs clearance. Holmgaard said more cranes were coming.", "Anders Holmgaard"),
])
def test_round37_a_person_found_by_the_surname_is_named_with_the_given_name_written_before_it(extractor, text, person):
    assert person in person_names(run(extractor, text))


def test_round37_no_given_name_from_a_sentences_first_word_written_in_lower_case_too(extractor):
    found = run(extractor, "Meanwhile Holmgaard said the queues were long. Meanwhile, the port added cranes.")
    assert not {p for p in person_names(found) if "Meanwhile" in p}


def test_round37_no_given_name_from_a_title(extractor):
    found = run(extractor, "The trade representative of Ukraine, Melnychuk, spoke first. Vice Premier Melnychuk of the "
                           "other delegation spoke second.")
    assert not {p for p in person_names(found) if "Premier" in p}


@pytest.mark.parametrize("text, issue, wanted", [
    ("Brazil raised its tariff on imported steel to 25 percent on Monday, the trade ministry said in a statement. "
     "Domestic mills said the duty was overdue and would protect thousands of jobs in Minas Gerais. Imports from "
     "China doubled last year, according to the steel association, and prices fell by a fifth. Buyers said prices "
     "would rise again by the end of the year. The carmakers' association said its members would pass the cost on "
     "to buyers. Analysts said other countries in the region could follow. The association said the quota would be "
     "reviewed in six months. The mills said they would take a final investment decision on a new furnace by June.",
     "investment", False),
    ("Brazil will screen foreign investment in its ports, the ministry said on Monday. Mills said the rule was overdue. "
     "Imports from China doubled last year. Buyers said prices would rise. The rule takes effect in June.",
     "investment", True),
    ("India raised its tariff on imported fertilizer on Monday. Farmers said energy costs were already high and oil "
     "prices volatile. The duty takes effect in June.", "energy", False),
    ("India raised its tariff on imported fertilizer on Monday. Farmers said energy costs were high, oil prices "
     "volatile and coal scarce, and that energy subsidies should follow.", "energy", True),
    ("Vietnam raised its tariff on imported shrimp feed. Exporters said shipping was slow and the ports were full.",
     "shipping_ports", False),
    ("Vietnam raised its tariff on imported shrimp feed. Exporters said shipping was slow, the ports were full and "
     "the ships were late.", "shipping_ports", True),
])
def test_round37_issues_named_in_passing_need_more(extractor, text, issue, wanted):
    assert (issue in {i.id for i in run(extractor, text).issues}) is wanted


@pytest.mark.parametrize("text, body", [
    ("Kiwora chief executive Dana Fell said kiwifruit exports to India rose by a fifth.", "Kiwora"),
    ("Hanwha Ocean signed a letter of intent with Crowley for up to four product tankers. Laura Pettit, Crowley's "
     "senior vice president for fleet strategy, said the ships would be built in Philadelphia.", "Crowley"),
    ("The ammonia plant, owned by the Swiss group Velmora, has been idle since March, said Ion Pop.", "Velmora"),
    ("The ministry favours a plant of the Quanfeng group in the south, said Marco Rossi.", "Quanfeng"),
    ("Kogas vice-president for resources Jung Hae-won told a briefing that prices were high.", "Kogas"),
])
def test_round37_one_word_written_as_a_firms_is_a_body(extractor, text, body):
    found = run(extractor, text)
    # (in any case: the lexicon lists "KOGAS" since round 42)
    assert body.lower() in {f.lower() for f in org_forms(found)} and body not in person_names(found)


@pytest.mark.parametrize("text, word", [
    ("Mr Brightwater said so. Tamsin Rowe, Brightwater's senior vice president for trade, agreed.", "Brightwater"),
    ("The association met on Monday. Its executive director Rajesh Menon said the duty was too high.", "Its"),
    ("Australian Grape and Wine chief executive Tom Riddell said exports to China rose.", "Wine"),
])
def test_round37_no_firm_of_a_titled_name_a_pronoun_or_a_longer_names_last_word(extractor, text, word):
    assert word not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, wanted", [
    ("Canadian pea growers lost access to India for two years after the duty took effect.", True),
    ("Growers want access to the United Kingdom before the quota runs out, the council said.", True),
    ("\"Our beef access was the part of the deal we cared about,\" said Jo Smith, a rancher.", True),
    ("The rules limit Chinese firms' access to U.S. technology, the department said.", False),
    ("Buyers want access to American volumes once their contracts end, the trader said.", False),
])
def test_round37_access_to_a_country_or_for_a_kind_of_goods_is_market_access(extractor, text, wanted):
    assert ("market_access" in {i.id for i in run(extractor, text).issues}) is wanted, text


_LNG_STORY = (
    "Japan's largest utility has signed a long-term deal to buy liquefied natural gas from a planned export plant in "
    "Texas, the companies said on Tuesday. The agreement follows a similar purchase by {name} last month and comes as "
    "Tokyo seeks to cut its trade surplus with Washington. Prices will be linked to the Henry Hub benchmark, according "
    "to people familiar with the terms. Buyers in Asia have signed more than a dozen such contracts this year. Output "
    "from the plant is due to start in 2030. {last} Analysts said more Asian buyers were likely to follow before the "
    "end of the year, as tariffs on other goods loom.")


@pytest.mark.parametrize("name", ["Kestrel", "Mowbray", "Hallgren"])
def test_round37_one_bare_word_nobody_titles_quotes_or_hears_speak_is_no_person(extractor, name):
    text = _LNG_STORY.format(name=name, last=f"{name} does not comment on its own talks.")
    assert name not in person_names(run(extractor, text))


@pytest.mark.parametrize("last", ["Mr Hallgren does not comment on his own talks.",
                                  "Hallgren said he would not comment."])
def test_round37_a_bare_surname_titled_or_speaking_stays_a_person(extractor, last):
    assert "Hallgren" in person_names(run(extractor, _LNG_STORY.format(name="Hallgren", last=last)))


def test_round37_a_minister_of_the_sea_is_a_minister(extractor):
    found = run(extractor, "The protocol was signed by the Minister of the Sea, Joana Faria Lopes, and by the European "
                           "Union ambassador, Ingrid Holm. \"This protocol brings more money to the small boats,\" the "
                           "minister told reporters.")
    assert ("Joana Faria Lopes", "Minister of the Sea") in {(p, t) for p, t, _ in roles_of(found)}
    assert {q.speaker for q in found.quotes} == {"Joana Faria Lopes"}


def test_round37_a_bare_word_that_assesses_is_not_vouched_for_by_a_speaking_verb(extractor):
    last = "Mowbray assesses the benchmark at its highest since March."
    assert "Mowbray" not in person_names(run(extractor, _LNG_STORY.format(name="Mowbray", last=last)))


# ---- review37: what the reviewer's texts showed the first rules of round 37 did worse ----------


@pytest.mark.parametrize("text, word", [
    ("Former chief executive Grant Pohatu said the kiwifruit trade had leaned too hard on one market.", "Former"),
    ("Acting director general Ruth Mwangi said the port would open a second berth in May.", "Acting"),
    ("Managing director Anders Holmgaard said the line had no plans to cut capacity.", "Managing"),
    ("Carney's communications director, Audrey Champoux, said Ottawa would not negotiate in public.", "Carney"),
])
def test_review37_a_rank_or_a_leaders_possessive_before_a_post_is_no_firm(extractor, text, word):
    assert word not in org_names(run(extractor, text))


@pytest.mark.parametrize("text, unwanted", [
    ("She holds a Johns Hopkins MBA and spent ten years at the IMF before joining the trade ministry.", "Johns Hopkins"),
    ("The Forza Italia MEP said cheese makers would suffer most from the tariffs.", "Forza Italia"),
])
def test_review37_a_schools_degree_or_a_partys_member_names_no_one(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


@pytest.mark.parametrize("text, unwanted", [
    ("Winemaker Larrain exports most of his wine to Canada. Larrain said the new tariff would not change his plans.",
     "Winemaker Larrain"),
    ("Landrat Ahlhaus met the dairy cooperative on Tuesday. Ahlhaus said the cheese makers could not absorb the tariff.",
     "Landrat Ahlhaus"),
])
def test_review37_no_given_name_from_an_occupation_or_a_title_opening_the_sentence(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "US regulators were granted access to China to inspect the audits of listed firms, the board said.",
    "Chinese students' access to the United Kingdom will be reviewed next year, the ministry said.",
    "Inspectors were again denied access to Ukraine's largest nuclear plant, the agency said.",
    "Truck and car access to the Maasvlakte terminals was restricted on Monday after the storm.",
])
def test_review37_access_to_a_country_outside_trade_in_goods_is_no_market_access(extractor, text):
    assert "market_access" not in {i.id for i in run(extractor, text).issues}


_BARE_LEADER_STORY = (
    "ABUJA - Nigeria will ban exports of raw shea nuts for six months to encourage local processing, according to a "
    "presidential directive issued on Wednesday.\n\nNigeria produces about 40 percent of the world's shea nuts, but "
    "most are exported raw to processors in Ghana and Europe. The ban is meant to lift domestic output of shea butter "
    "for the cosmetics and food industries.\n\n{sentence} Exporters said the ban came without warning and would "
    "leave them with stocks they cannot sell.\n\nShea collectors fear that prices will fall because there are too "
    "few processing plants to absorb the crop. The government has promised a fund for processors.")


@pytest.mark.parametrize("sentence, person", [
    ("Abubakar directed the trade ministry to work with state governments to support processors.", "Abubakar"),
    ("Danjuma's government has promised to review the ban in June.", "Danjuma"),
    ("The minister met Lawal in Abuja to discuss the ban.", "Lawal"),
    ("Abubakar (52), who collects shea nuts in Kwara, fears for his income.", "Abubakar"),
    ("Danjuma announces the ban after a meeting with the processors' association.", "Danjuma"),
    ("Danjuma has called on processors to build more plants in the north.", "Danjuma"),
])
def test_review37_a_bare_name_doing_a_deed_owning_a_government_met_or_aged_stays_a_person(extractor, sentence, person):
    assert person in person_names(run(extractor, _BARE_LEADER_STORY.format(sentence=sentence)))


def test_review37_a_sum_of_money_keeps_a_late_investment(extractor):
    text = ("ATLANTA - A Korean carmaker will build a steel plant in Louisiana, the company said on Monday, as it "
            "moves to make more of the materials for its US car factories inside the United States to avoid "
            "tariffs.\n\nThe electric arc furnace plant will produce 2.7 million tonnes of steel a year and employ "
            "about 1,300 people. It will supply the group's assembly plants in Georgia and Alabama.\n\nThe "
            "announcement came days after the company's chairman met officials in Washington. Steel imports face a "
            "50 percent US tariff.\n\nConstruction starts next year, with production due in 2029. Analysts said the "
            "$5.8 billion investment would help Seoul in its tariff talks with Washington.")
    assert "investment" in {i.id for i in run(extractor, text).issues}


def test_review37_a_sum_of_money_in_the_sentence_before_keeps_a_late_investment(extractor):
    text = ("ATLANTA - A Korean carmaker will build a steel plant in Louisiana, the company said on Monday, as it "
            "moves to make more of the materials for its US car factories inside the United States to avoid "
            "tariffs.\n\nThe electric arc furnace plant will produce 2.7 million tonnes of steel a year and employ "
            "about 1,300 people. It will supply the group's assembly plants in Georgia and Alabama.\n\nThe "
            "announcement came days after the company's chairman met officials in Washington. Steel imports face a "
            "50 percent US tariff.\n\nThe group has now committed $26 billion to US projects in four years. Analysts "
            "said the investment would help Seoul in its tariff talks with Washington.")
    assert "investment" in {i.id for i in run(extractor, text).issues}


# ---- thirty-eighth round: classes counted across sets 131-172 -------------------------------


@pytest.mark.parametrize("text, role", [
    ("Brakstad's executive vice president for pulp, Juha Salminen, said the tariff would cost mills dearly.",
     ("Juha Salminen", "executive vice president for pulp", "Brakstad")),
    ("Norvika's head of European commercial operations, Ingrid Solheim, said buyers were cautious.",
     ("Ingrid Solheim", "head of European commercial operations", "Norvika")),
    ("The OECD's head of export credits, Lucia Ferrante, said the talks had made progress.",
     ("Lucia Ferrante", "head of export credits", "Organisation for Economic Co-operation and Development")),
    ("Laura Pettit, Crowley's senior vice president for fleet strategy, said the ships would be built locally.",
     ("Laura Pettit", "senior vice president for fleet strategy", "Crowley")),
])
def test_round38_a_bodys_post_keeps_its_lower_case_area_before_the_comma(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("The ministry's head of the trade unit, Ana Lopes, said the talks had gone well.",
     ("Ana Lopes", "head of the trade unit", None)),
    ("The president met the head of state, Ana Lopes, on Monday.", ("Ana Lopes", "head of state", None)),
])
def test_round38_a_post_with_no_bodys_possessive_is_read_as_before(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, bodies", [  # (firms the model reads as bodies, which the lexicon does not list)
    ("Shell and TotalEnergies have each already signed up for two million tonnes a year.", {"Shell"}),
    ("The plant drew investment from large American corporations such as Intel, Amkor and Marvell.",
     {"Amkor", "Marvell"}),
])
def test_round38_a_word_the_model_reads_as_a_body_listed_with_a_confirmed_body_is_one(extractor, text, bodies):
    assert bodies <= org_names(run(extractor, text))


def test_round38_no_body_from_a_names_own_comma(extractor):
    text = ("Rocio Baeza, undersecretary of transportation at Mexico's Secretaría de Infraestructura, Comunicaciones "
            "y Transportes (SICT), hosted the delegation.")
    assert "Comunicaciones y Transportes" not in org_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "President Sheinbaum said the tariffs on Chinese steel were in line with World Trade Organization rules.",
    "The spokesman said the anti-dumping probe followed the rules of the World Trade Organization (WTO).",
    "Canada will continue to pursue its case at the WTO, the minister said on Friday.",
    "Growers asked the government to take the case to the World Trade Organization (WTO) if the duties stay.",
])
def test_round38_the_wto_spelled_out_or_named_as_the_forum_is_a_wto_dispute(extractor, text):
    assert "wto_disputes" in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, role", [
    ("ATHENS - The meeting was also attended by the Minister of Maritime Affairs and Insular Policy, Christos "
     "Papadakis, who backed the plan.", ("Christos Papadakis", "Minister of Maritime Affairs and Insular Policy",
                                         "Ministry of Maritime Affairs and Insular Policy of Greece")),
    ("LISBON - The Minister of the Sea, Rui Ferreira, said the fleet would grow.",
     ("Rui Ferreira", "Minister of the Sea", "Ministry of the Sea of Portugal")),
])
def test_round38_a_ministers_formal_title_names_the_ministry_it_implies(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round38_no_ministry_implied_in_a_country_of_departments(extractor):
    found = run(extractor, "CANBERRA - The Minister of Trade and Tourism, Dana Farrow, said wine exports rose.")
    assert not any(r.organization and r.organization.startswith("Ministry of") for r in found.roles)



@pytest.mark.parametrize("text, body", [
    ("The Korea Trade Commission said on Friday it would extend the duties on steel plates.", "Korea Trade Commission"),
    ("Two sources told Inside U.S. Trade that the talks had stalled.", "Inside U.S. Trade"),
    ("Medical device maker Becton, Dickinson and Co. said costs rose.", "Becton, Dickinson and Co."),
    ("The Grain Industry Association of Western Australia said barley prices fell.",
     "Grain Industry Association of Western Australia"),
    ("Exporters told the Conseil du Café-Cacao that farm-gate prices were too low.", "Conseil du Café-Cacao"),
    ("The Port Authority of the Canary Islands said container traffic rose.", "Port Authority of the Canary Islands"),
    ("The Marine Exchange of the West Gulf said 40 ships were waiting.", "Marine Exchange of the West Gulf"),
    ("The Minerals Council South Africa said output fell in the third quarter.", "Minerals Council South Africa"),
])
def test_round38_a_bodys_whole_name_where_the_model_cut_it(extractor, text, body):
    assert body in org_names(run(extractor, text))


@pytest.mark.parametrize("text, body", [
    ("The EU Commission said on Friday it would extend the duties.", "European Commission"),
    ("Exports to Germany and Co. were listed in the annex.", None),
    ("The U.S. Administration and Congress disagree on the tariff.", "U.S. Administration"),
])
def test_round38_no_longer_name_from_a_country_before_a_known_word_or_a_country_before_and(extractor, text, body):
    names = org_names(run(extractor, text))
    assert (body in names) if body else not any("Germany" in n for n in names)



@pytest.mark.parametrize("text, issue", [
    ("The ministry said the new port would add value along the country's coffee value chain and create jobs.",
     "supply_chains"),
    ("The ministry said the tariff would hurt farmers in the north, where the harvest starts in June.", "agriculture"),
    ("The company said its investments in the region would continue despite the tariff.", "investment"),
    ("The mine produces lithium for battery makers in Japan, the company said.", "rare_earths"),
])
def test_round38_a_word_named_once_in_passing_is_no_issue(extractor, text, issue):
    assert issue not in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, issue", [
    ("Growers said the value chain was broken, and the ministry said the value chain must be rebuilt.",
     "supply_chains"),
    ("Farmers blocked the roads, and the union said farmers would not accept cheaper imports.", "agriculture"),
])
def test_round38_the_same_word_named_twice_is_the_issue(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


def test_round38_a_description_before_a_verb_after_the_quotation_is_the_speaker(extractor):
    text = ("MADRID - The Minister of Agriculture, Carmen Galindo, travelled to Valencia on Friday. She met the "
            "president of Intercitrus, Joaquín Ferrer Albiol. \"Spanish citrus is not a bargaining chip, and we will "
            "act,\" the minister assured on leaving the meeting.")
    assert ("Carmen Galindo", "Spanish citrus is not a bargaining chip, and we will act") in {
        (q.speaker, q.text) for q in run(extractor, text).quotes}



def test_round38_a_weak_terms_word_written_as_a_name_is_no_body(extractor):
    text = ("Farmers are more wary. The EU farm lobby Copa-Cogeca warned that any abrupt cut-off would push prices "
            "higher.\n\n\"Farmers cannot be the ones paying for geopolitics. If Brussels closes one door, it must open "
            "another,\" its secretary general, Pekka Virtanen, said in a statement.")
    found = run(extractor, text)
    assert "Farmers" not in org_names(found)
    assert ("Pekka Virtanen", "secretary general", "Copa-Cogeca") in roles_of(found)



def test_round38_infrastructure_and_housing_are_a_ministers_portfolio(extractor):
    found = run(extractor, "LISBON - The union leader and Rui Valadares, Portugal's minister of infrastructure and "
                           "housing, met in Lisbon on Monday.")
    assert any(r.person == "Rui Valadares" and r.title == "minister of infrastructure and housing" for r in found.roles)


# ---- review38: what the reviewer's texts showed the first rules of round 38 did worse ----------


@pytest.mark.parametrize("text, person", [
    ("When Siemens's head of procurement retired, Jon Berg took over the talks with suppliers.", "Jon Berg"),
    ("The IMF's lead economist for trade disagreed, Priya Nair wrote in a blog post on Monday.", "Priya Nair"),
    ("Siemens has replaced its head of procurement, Jon Berg said on Tuesday.", "Jon Berg"),
])
def test_review38_a_clause_before_the_comma_is_no_posts_area(extractor, text, person):
    assert not any(r.person == person and r.title.startswith(("head of", "lead economist for"))
                   for r in run(extractor, text).roles)


@pytest.mark.parametrize("text, word", [
    ("Toyota and Corolla sales rose in Japan in October, Toyota said.", "Corolla"),
    ("Stellantis, Jeep and Ram dealers in Canada warned of higher prices, Stellantis said.", "Jeep"),
])
def test_review38_names_listed_before_a_noun_they_qualify_are_no_bodies(extractor, text, word):
    assert word not in org_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "India would make its case at the WTO for letting the e-commerce moratorium lapse, the minister said.",
    "The minister said Lesotho would raise the matter with the WTO's aid for trade programme next month.",
])
def test_review38_a_case_made_or_a_matter_raised_with_the_wto_is_no_dispute(extractor, text):
    assert "wto_disputes" not in {i.id for i in run(extractor, text).issues}


def test_review38b_a_shadow_ministers_title_implies_no_ministry(extractor):
    found = run(extractor, "CAPE TOWN - The Shadow Minister of Trade and Industry, Toby Chanter, said the tariff relief "
                           "plan came too late for exporters.")
    assert not any(r.organization and r.organization.startswith("Ministry of") for r in found.roles)


def test_review38b_a_description_no_post_of_the_story_fits_gives_no_one_the_quotation(extractor):
    text = ("TOKYO (Kyodo) - Japan and South Korea held their first high-level economic dialogue in seven years in "
            "Tokyo on Monday, with Japan's economy minister, Yoji Mutsuki, hosting Korea's deputy trade minister, Park "
            "Jong-won.\n\nThe two sides agreed to resume talks on a trilateral free trade agreement. Mutsuki said Japan "
            "was also willing to discuss Korea's bid to join the CPTPP.\n\n\"We have a lot of homework, but we have "
            "finally opened the books,\" the Korean delegate joked after the meeting, which ran an hour longer.")
    assert not any(q.speaker == "Yoji Mutsuki" and q.text.startswith("We have a lot of homework")
                   for q in run(extractor, text).quotes)


@pytest.mark.parametrize("text, issue", [
    ("Customs said aluminium extrusions from China had been re-exported through Malaysia to dodge the duties.",
     "transshipment"),
    ("The government lifted the ban on maize imports from Tanzania on Monday.", "agriculture"),
    ("Zimbabwe banned exports of lithium concentrate, saying the battery metal must be processed at home.",
     "rare_earths"),
    ("European module makers say a glut of Chinese solar panels is forcing factories to close.", "overcapacity"),
])
def test_review38b_words_that_name_the_issue_once_still_count(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


# ---- thirty-ninth round: posts linked to the body a description names ----------------------------


@pytest.mark.parametrize("text, role", [
    ("The deal was signed in Oslo by Marit Hovde, CEO of the state-owned Nordvik Minerals Group, and Taro Onishi of "
     "JOGMEC.", ("Marit Hovde", "CEO", "Nordvik Minerals Group")),
    ("The deal was signed by Taro Onishi, executive director of Japan's state agency JOGMEC, in Tokyo.",
     ("Taro Onishi", "executive director", "Japan Organization for Metals and Energy Security")),
    ("\"The fleet is changing flags,\" said Dana Wexler, senior analyst at maritime AI firm Seabridge Analytics.",
     ("Dana Wexler", "senior analyst", "Seabridge Analytics")),
    ("Tomasz Rybak, chairman of the farmers' trade union Solidarność RI, warned of new blockades.",
     ("Tomasz Rybak", "chairman", "Solidarność RI")),
])
def test_round39_a_post_of_a_body_described_before_its_name_is_that_bodys(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("The Swedish Forest Industries Federation is critical of the plan. Annika Lund, head of trade policy at the "
     "organisation, said the money could be better used.",
     ("Annika Lund", "head of trade policy", "Swedish Forest Industries Federation")),
    ("The National Board of Trade published a study on Monday. \"Tariffs on medicines hurt patients,\" said Olof "
     "Berg, trade policy analyst at the agency.", ("Olof Berg", "trade policy analyst", "National Board of Trade")),
])
def test_round39_a_post_at_the_body_a_noun_refers_back_to_is_that_bodys(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round39_a_formal_ministers_second_portfolio_keeps_its_article(extractor):
    found = run(extractor, "The Minister of Fisheries and the Blue Economy, Marie-Claire Hoareau, told EFE on Monday "
                           "that her country would defend its fleet.")
    assert ("Marie-Claire Hoareau", "Minister of Fisheries and the Blue Economy",
            "Ministry of Fisheries and the Blue Economy") in roles_of(found)


def test_round39_a_secretary_of_state_for_a_portfolio_is_no_department_of_states(extractor):
    found = run(extractor, "WASHINGTON (AP) - Portugal's textile exporters want answers. The Secretary of State for "
                           "Economy, João Mendonça, will meet U.S. officials on April 23.")
    assert not any(r.organization == "U.S. Department of State" for r in found.roles)


@pytest.mark.parametrize("text, name", [
    ("USTR Marcus Delaney and China's commerce minister, Wen Shaohua, discussed the fees on Monday.", "Marcus Delaney"),
    ("The chapter was signed by Business and Trade Secretary the Rt Hon Helen Carrick MP on Monday.", "Helen Carrick"),
])
def test_round39_a_name_after_a_posts_letters_or_the_rt_hon_is_a_person(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text, words", [
    ("U.S. LNG is priced off Henry Hub, plus a fee of about $2.50.", "Henry Hub"),
    ("Port Houston said container volumes rose 4 percent in May.", "Port Houston"),
])
def test_round39_a_hub_or_a_port_is_no_person(extractor, text, words):
    assert words not in person_names(run(extractor, text))


def test_round39_a_small_island_state_is_a_country(extractor):
    found = run(extractor, "The Seychelles trade minister, Marie-Claire Hoareau, said the quota was unfair.")
    assert "SC" in found.countries


def test_round39_a_partys_letters_in_brackets_stay_a_party(extractor):
    found = run(extractor, "The motion was presented by Senator Hernán Cifuentes (PS) in April.")
    assert "PS" in org_names(found)


def test_round39_a_country_after_the_name_with_its_article_is_the_titles(extractor):
    found = run(extractor, "WASHINGTON - The U.S. trade representative today signed the agreement with Secretary of "
                           "Trade and Industry Ramon Villaruel of the Philippines.")
    assert ("Ramon Villaruel", "Secretary of Trade and Industry",
            "Department of Trade and Industry of the Philippines") in roles_of(found)


def test_round39_a_commerce_secretary_in_a_story_about_india_that_never_names_the_us_is_indias(extractor):
    found = run(extractor, "India and the European Union agreed a quota on cars, the Indian government said. Commerce "
                           "Secretary Meenakshi Raghavan said on Monday that India had adopted the same model on wine.")
    assert ("Meenakshi Raghavan", "Commerce Secretary", "Ministry of Commerce and Industry of India") in roles_of(found)


def test_round39_a_treasury_secretary_in_a_story_that_names_the_us_stays_the_uss(extractor):
    found = run(extractor, "Treasury Secretary Rhea Calder and U.S. Trade Representative Tom Bexley will meet Chinese "
                           "Vice Premier Wen Lihua this weekend in Geneva, the first talks since President Donald Trump "
                           "imposed 145% tariffs on Chinese goods. China's commerce ministry said Beijing would defend "
                           "its interests. Chinese exporters have been hit hard, and China wants the tariffs lifted.")
    assert ("Rhea Calder", "Treasury Secretary", "U.S. Department of the Treasury") in roles_of(found)


@pytest.mark.parametrize("text, role", [
    ("Kuwaiti Oil Minister Khaled al-Fadhli attended the signing in Kuwait City.",
     ("Khaled al-Fadhli", "Oil Minister", "Ministry of Oil of Kuwait")),
    ("The memorandum was signed by Congolese Mines Minister Patrice Ilunga Kabeya on Monday.",
     ("Patrice Ilunga Kabeya", "Mines Minister", "Ministry of Mines of the Democratic Republic of the Congo")),
])
def test_round39_a_portfolio_before_minister_names_the_ministry_of_a_country_said(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Trade and Investment Minister Tama Whitcombe said the deal would open markets.",
    "French Foreign Trade Minister Sophie Arnaud said the deal would open markets.",
])
def test_round39_a_portfolio_before_minister_names_no_ministry_where_it_may_not_be_one(extractor, text):
    assert all(r.organization is None or not r.organization.startswith("Ministry of") or "France" in r.organization
               for r in run(extractor, text).roles)


@pytest.mark.parametrize("text, person", [
    ("EU Agriculture Commissioner Aleksander Nowak said the safeguard would be used.", "Aleksander Nowak"),
    ("Pedrosa held a video call with the European Commissioner for Fisheries and Oceans, Kostas Vardas, on Tuesday.",
     "Kostas Vardas"),
])
def test_round39_a_blocs_commissioner_of_any_portfolio_sits_in_its_commission(extractor, text, person):
    assert (person, "European Commission") in {(r.person, r.organization) for r in run(extractor, text).roles}


@pytest.mark.parametrize("text, body", [
    ("THE HAGUE - Economic Affairs Minister Maarten Visser said chips matter.",
     "Ministry of Economic Affairs of the Netherlands"),
    ("OTTAWA - Agriculture Minister Claire Ouellet said canola matters.", "Agriculture and Agri-Food Canada"),
    ("WARSAW - Agriculture Minister Tomasz Wierzbowski said imports must fall.",
     "Ministry of Agriculture and Rural Development of Poland"),
])
def test_round39_a_countrys_ministry_by_its_own_name(extractor, text, body):
    assert body in {r.organization for r in run(extractor, text).roles}


@pytest.mark.parametrize("text, issue", [
    ("Our members have invested billions on both sides of the border and are investing more this year.",
     "investment"),
    ("Korean automakers are investing in the United States on an unprecedented scale and have invested $20 billion.",
     "investment"),
])
def test_round39_investing_named_twice_is_the_investment_issue(extractor, text, issue):
    assert issue in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text", [
    "Chile will press Washington to keep refined copper exempt from tariffs, the mining minister said. Copper "
    "exports make up half of Chile's shipments.",
    "Cobalt hydroxide payables rose this week after Congo signalled that export quotas would stay tight.",
])
def test_round39_copper_or_cobalt_alone_is_no_critical_minerals_story(extractor, text):
    assert "rare_earths" not in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text, name", [
    ("The federal government approved the chip subsidy on Wednesday, a spokeswoman in Berlin said.",
     "federal government"),
    ("The Trump administration imposed tariffs of 50 percent on steel on Monday.", "Trump administration"),
])
def test_round39_a_presidents_administration_or_a_federal_government_is_no_body(extractor, text, name):
    assert name not in org_names(run(extractor, text))


# ---- review39: what the reviewer's texts showed the first rules of round 39 did worse ----------


@pytest.mark.parametrize("text, name", [
    ("\"Rates are coming down,\" said Jonathan Port, head of research at Freightos, in a note on Monday.", "Jonathan Port"),
    ("Hub van Doorne, the founder of the truck maker DAF, is remembered in Eindhoven as an engineer.", "Hub van Doorne"),
    ("Jordan Kerr, an analyst at ING, expects the tariffs to stay.", "Jordan Kerr"),
])
def test_review39_a_port_or_hub_inside_a_name_and_jordan_stay_people(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "ST. JOHN'S, Newfoundland - Fisheries Minister Joanne Thompson said on Friday that the cod quota would rise.",
    "Swedish Rural Affairs Minister Peter Kullgren said the quota was too small.",
    "Finnish Employment Minister Arto Salonen said the plant would close.",
])
def test_review39_no_ministry_built_where_the_portfolio_is_not_its_name(extractor, text):
    assert not any(r.organization and r.organization.startswith("Ministry of") for r in run(extractor, text).roles)


@pytest.mark.parametrize("text, role", [
    ("The Food and Agriculture Organization said world food prices rose for a third month. Cargill and Bunge reported "
     "higher margins. Maximo Torres, chief economist at the organization, said vegetable oils led the rise.",
     ("Maximo Torres", "chief economist", "Food and Agriculture Organization")),
    ("The World Trade Organization's panel ruled against the duties that Apex Steel Corp had sought. \"The ruling is "
     "clear,\" said Nadia Karim, a counsellor at the organisation, speaking in Geneva.",
     ("Nadia Karim", "counsellor", "World Trade Organization")),
])
def test_review39_the_organisation_is_the_world_body_or_association_named_before_not_a_firm(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_review39_investors_named_in_a_market_report_make_no_investment_issue(extractor):
    found = run(extractor, "Investors have built up a large short position in wheat futures, traders said. Some "
                           "investors said prices were close to a floor after the harvest.")
    assert "investment" not in {i.id for i in found.issues}


@pytest.mark.parametrize("text, name", [
    ("The deal was signed on behalf of KPC by Deputy Chief Executive Officer for International Marketing Abdullah "
     "Fahad Al-Ajmi in Kuwait City.", "Abdullah Fahad Al-Ajmi"),
    ("Vice President for Global Sales Petra Lindgren said orders fell.", "Petra Lindgren"),
])
def test_round39_a_firms_area_before_the_name_is_no_part_of_it(extractor, text, name):
    assert name in person_names(run(extractor, text))


# ---- fortieth round: wires' credits, release headers, seats after the name ----------------------


@pytest.mark.parametrize("text, agency", [
    ("Berlin (dpa) - German chemical makers urged the EU to act on tariffs.\n\nThe industry wants a ceiling.\n\n"
     "dpa ab xx fz", "dpa"),
    ("TOKYO, April 19 Kyodo - Japan and South Korea agreed Sunday to coordinate their stockpiles of rare earths.",
     "Kyodo News"),
    ("Accra, June 4, GNA - The cocoa regulator says it will not cut the producer price this season.", "GNA"),
    ("ABU DHABI, 16th June, 2026 (WAM) -- The Minister of State for Foreign Trade received a delegation.", "WAM"),
    ("Brasilia, Jun 16 (EFE).- The government on Tuesday described the tariffs as unjustified.", "EFE"),
    ("Farmers want a larger quota for beef.\n\nThe minister said talks would go on.\n\nAAP", "AAP"),
    ("Farmers want a larger quota for beef.\n\nThe minister said talks would go on.\n\n"
     "WAM/Nadia Farouk/Khaled Mansour", "WAM"),
])
def test_round40_the_agency_a_dateline_or_a_sign_off_credits_is_an_organization(extractor, text, agency):
    assert agency in org_forms(run(extractor, text))


@pytest.mark.parametrize("last", ["ENDS", "AD/VN", "ab/jac", "-- BERNAMA", "(END)", "12 MAY 2026", "MKW", "LAGOS",
                                  "URGENT", "jkl mb"])
def test_round40_editors_initials_and_end_marks_credit_no_agency(extractor, last):
    text = f"Farmers want a larger quota for beef.\n\nThe minister said talks would go on.\n\n{last}"
    assert not org_names(run(extractor, text)) - {"BERNAMA", "Bernama"}


def test_round40_the_agencys_own_letters_in_brackets_are_its_short_form(extractor):
    found = run(extractor, "Berlin (dpa) - Aluminium processors urged the EU to soften its quotas.\n\n\"No processor "
                           "will run out of aluminium,\" the official told the German Press Agency (dpa).\n\nTrimet "
                           "board member Sabine Kruse told dpa the plans were welcome.")
    agencies = [o for o in found.organizations if {o.name, o.written, *o.aliases} & {"dpa", "German Press Agency"}]
    assert len(agencies) == 1


def test_round40_a_releases_header_names_its_ministers_and_their_seats(extractor):
    found = run(extractor, "Minister for Trade and Tourism, Senator the Hon Rhys Carmody\n\nMinister for Agriculture, "
                           "Fisheries and Forestry, the Hon Megan Thornbury MP\n\nJOINT MEDIA RELEASE\n\nThe Government "
                           "has secured a better offer on dairy quotas for Australian farmers.")
    roles = {(p, t) for p, t, _ in roles_of(found)}
    assert {("Rhys Carmody", "Minister for Trade and Tourism"), ("Rhys Carmody", "Senator"),
            ("Megan Thornbury", "Minister for Agriculture, Fisheries and Forestry"), ("Megan Thornbury", "MP")} <= roles
    assert not any(o == "U.S. Senate" for _, _, o in roles_of(found))


@pytest.mark.parametrize("text, role", [
    ("The offer is better, said the Minister for Trade and Tourism, Senator the Hon Rhys Carmody.",
     ("Rhys Carmody", "Minister for Trade and Tourism", None)),
    ("DUBLIN - Ireland will hold firm, the Minister for Enterprise, Seán Moriarty TD, said.",
     ("Seán Moriarty", "TD", "Dáil Éireann")),
    ("Britain will hold firm, Jane Pellow MP said in London.", ("Jane Pellow", "MP", "House of Commons")),
    ("ACCRA - Ghana will hold firm, Kwesi Ampofo MP said on Tuesday.", ("Kwesi Ampofo", "MP", None)),
])
def test_round40_a_seat_written_after_the_name_or_beside_a_ministers_post(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round40_a_party_a_seat_and_a_name_read_as_one_body_are_three_things(extractor):
    found = run(extractor, "The political dispute has not died down either. Konfederacja MP Rafał Jaskólski called the "
                           "memorandum another concession made at the expense of the Polish countryside.")
    assert "Rafał Jaskólski" in person_names(found)
    assert "Konfederacja" in org_names(found)


def test_round40_two_firms_joined_by_and_after_a_companys_form_are_two(extractor):
    found = run(extractor, "Türkiye is home to plants of several tyre makers, as well as Brisa, a joint venture of "
                           "Sabancı Holding and Bridgestone.")
    assert {"Sabancı Holding", "Bridgestone"} <= org_names(found)


def test_round40_what_a_shipping_firm_owns_before_its_name_is_no_part_of_the_post(extractor):
    found = run(extractor, "The chairman of Greek tanker owner Aegean Ridge Shipping, Nikos Papadatos, said his "
                           "company had sold its tankers.")
    assert ("Nikos Papadatos", "chairman", "Aegean Ridge Shipping") in roles_of(found)


@pytest.mark.parametrize("text", [
    "In an interview with El Economista, the official explained the plan.",
    "The official told El Economista that Washington is pressing.",
])
def test_round40_a_paper_whose_name_opens_on_an_article_is_an_outlet_not_a_place_or_person(extractor, text):
    found = run(extractor, text)
    assert "El Economista" in org_names(found) and "El Economista" not in person_names(found)


def test_round40_the_small_word_joining_two_portfolios_is_no_rank_before_the_head(extractor):
    found = run(extractor, "Trade and Investment Minister Rachel Tamihana and Oceans and Fisheries Minister Tāne "
                           "Whitcombe hosted talks.\n\n\"Our quota system has been in place since 1986,\" Mr Whitcombe "
                           "said.\n\nMs Tamihana will also raise fisheries subsidies with Pacific counterparts next "
                           "month.\n\n\"We will be in Geneva making the same argument,\" the Minister said.")
    assert ("Rachel Tamihana", "We will be in Geneva making the same argument") in {
        (q.speaker, q.text) for q in found.quotes}


def test_round40_a_plural_noun_of_trade_opening_a_sentence_is_no_person(extractor):
    found = run(extractor, "Generics manufacturers are particularly exposed, because their margins are wafer-thin, "
                           "says Bork Hansen, managing director of Pro Generika. \u201cWith a tariff of 100 percent, many "
                           "products simply disappear from the American market.\u201d")
    assert person_names(found) == {"Bork Hansen"}
    assert {q.speaker for q in found.quotes} == {"Bork Hansen"}


def test_round40_the_head_of_a_portfolios_ministry_is_its_minister(extractor):
    found = run(extractor, "The memorandum was signed in Warsaw by the minister of agriculture Tomasz Wierzbicki (PSL) "
                           "and Ukraine's deputy minister of agrarian policy, Ołeksandr Hrycenko.\n\n\"Transit, yes, but "
                           "sealed tight. Not a single tonne may stay on the Polish market,\" the head of the "
                           "agriculture ministry stressed after the signing.")
    assert {q.speaker for q in found.quotes} == {"Tomasz Wierzbicki"}


def load_edited_lexicon(tmp_path, file: str, old: str, new: str):
    """Load a copy of the data folder with ``old`` replaced by ``new`` in ``file`` (which must hold it)."""
    import shutil

    from loaders.extraction.lexicon import DATA_DIR, Lexicon
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    text = (data / file).read_text()
    assert old in text
    (data / file).write_text(text.replace(old, new, 1))
    return Lexicon.load(data)


def test_round40_a_seat_of_one_countrys_chamber_must_be_a_seat(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="mayor"):
        load_edited_lexicon(tmp_path, "titles.yaml", "seats_of_one_country: [td]", "seats_of_one_country: [td, mayor]")


def test_round40_a_minister_who_is_a_td_sits_in_the_dail_in_any_story(extractor):
    found = run(extractor, "The Minister for Enterprise, Tourism and Employment, Siobhán Keaveney TD, today briefed "
                           "colleagues on her talks in Washington with the United States on tariffs.")
    assert ("Siobhán Keaveney", "TD", "Dáil Éireann") in roles_of(found)


@pytest.mark.parametrize("text, names", [
    ("State-owned Sinograin and COFCO made most of the recent purchases, two traders in Singapore said.",
     {"Sinograin", "COFCO"}),
    ("Output fell at the state-owned Halvorsen Kobber last year.", {"Halvorsen Kobber"}),
    ("Eurofer director-general Henrike Stoltz welcomed the final text.", {"Eurofer"}),
])
def test_round40_bodies_named_by_who_owns_them_or_by_their_officers_post(extractor, text, names):
    assert names <= org_names(run(extractor, text))


def test_round40_a_name_with_and_after_a_cue_of_who_runs_it_is_one_body(extractor):
    found = run(extractor, "Under the deal, the state-run Korea Mine Rehabilitation and Mineral Resources Corp. (KOMIR) "
                           "will buy the ore.")
    assert any(n.startswith("Korea Mine Rehabilitation and Mineral Resources Corp") for n in org_names(found))
    assert "Korea Mine Rehabilitation" not in org_names(found)


@pytest.mark.parametrize("text, role", [
    ("Melissa Okonjo, director of logistics at Memphis-based merchant Delta Staple Exports, said container "
     "availability was tight.", ("Melissa Okonjo", "director of logistics", "Delta Staple Exports")),
    ("Lena Berg, head of chartering at the Copenhagen-based shipowner Norden Reefer A/S, said rates rose.",
     ("Lena Berg", "head of chartering", "Norden Reefer A/S")),
])
def test_round40_a_post_at_a_body_described_by_where_it_is_based_and_what_it_is(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round40_a_city_alone_in_capitals_on_the_first_line_is_the_dateline(extractor):
    found = run(extractor, "ANKARA\n\nTürkiye and the US on Tuesday signed a memorandum on critical minerals.\n\n"
                           "Separately, Trade Minister Kerem Aydogdu said bilateral trade with the US reached a record.")
    assert any(p == "Kerem Aydogdu" and o and o.startswith("Ministry of Trade") for p, _, o in roles_of(found))


def test_round40_at_the_commission_is_the_commission_named_not_a_home_agency(extractor):
    found = run(extractor, "Berlin (dpa) - German aluminium processors have urged the European Union to soften planned "
                           "import quotas.\n\nThe European Commission has proposed the quotas.\n\nThe head of trade "
                           "defence at the Commission, Anneliese Korhonen, rejected the criticism. \"No processor will "
                           "run out of aluminium,\" the Finnish official told the German Press Agency (dpa).")
    assert ("Anneliese Korhonen", "head of trade defence", "European Commission") in roles_of(found)


def test_round40_a_dateline_with_a_small_word_in_the_place_and_its_region(extractor):
    found = run(extractor, "Peso da Régua, Vila Real, 29 Apr 2026 (Lusa) - The secretary of state for Agriculture and "
                           "Food, Inês Calado, said on Tuesday that the government is pressing Brussels.")
    assert org_names(found) & {"Lusa", "Agência Lusa"} and "da Régua" not in person_names(found)


def test_round40_a_name_closing_on_a_legal_form_and_its_full_stop_is_no_person(extractor):
    found = run(extractor, "The domestic industry is in a difficult position. Nitrogénművek Zrt., the country's only "
                           "nitrogen fertiliser producer, based in Pétfürdő, uses natural gas arriving via the "
                           "TurkStream pipeline.")
    assert not any(n.startswith("Nitrogénművek") for n in person_names(found))


def test_round40_maersk_written_with_ap_before_it_is_one_firm_not_the_associated_press(extractor):
    found = run(extractor, "Sofie Lindqvist, head of decarbonisation at AP Moller-Maersk, says owners that ordered "
                           "ships are waiting.")
    assert "Associated Press" not in org_names(found) and "AP" not in org_names(found)


# ---- review40: what the reviewer's texts showed the first rules of round 40 did worse ----------


@pytest.mark.parametrize("text, name", [
    ("Harris aides said the Tánaiste would raise pharmaceutical tariffs at his meeting in Washington.", "Harris"),
    ("Williams supporters rallied outside the trade ministry, demanding an end to duty-free imports of steel.",
     "Williams"),
])
def test_review40_a_name_before_a_plural_noun_of_people_stays_a_person(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "WASHINGTON, June 2 Exclusive - The administration is preparing a probe into drone imports, two people said.",
    "Tokyo, April 19 JST - Japan's trade negotiator will travel to Washington next week.",
])
def test_review40_a_label_between_the_date_and_the_dash_is_no_agency(extractor, text):
    assert not org_names(run(extractor, text))


@pytest.mark.parametrize("text, kept", [
    ("\"The tariffs are biting,\" said Priya Nair, an economist at TD Economics.", "TD Economics"),
    ("\"Prices will fall,\" said Bart Melek, head of commodity strategy at TD Securities.", "TD Securities"),
])
def test_review40_td_opening_a_firms_name_is_no_seat(extractor, text, kept):
    found = run(extractor, text)
    assert kept in org_names(found) and not any(o in ("Dáil Éireann", "House of Commons") for _, _, o in roles_of(found))


def test_review40_an_mp_in_a_story_from_canberra_sits_in_no_house_of_commons(extractor):
    found = run(extractor, "CANBERRA - Independent MP Zoe Hartigan has called for an inquiry into the beef dispute "
                           "with the United States and a Senate vote on the deal. Tom Gallagher MP said the government "
                           "had been caught flat-footed.")
    assert not any(o == "House of Commons" for _, _, o in roles_of(found))


@pytest.mark.parametrize("text, parts", [
    ("Doosan Heavy Industries & Construction signed a contract to supply turbines for a power plant in Vietnam.",
     {"Doosan Heavy Industries", "Construction"}),
    ("Mitsui Chemicals & SKC Polyurethanes Inc. said it would cut output of MDI.", {"Mitsui Chemicals"}),
])
def test_review40_one_firm_named_with_an_ampersand_after_a_word_of_trade_stays_whole(extractor, text, parts):
    assert not parts & org_names(run(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("\u201cThe duty cut will help our mills,\u201d Sarah Holding, chief executive of the cotton spinners' association, "
     "told reporters in Karachi.", "Sarah Holding"),
    ("Mark Partners, a trade lawyer at the firm, said the company would appeal the anti-dumping duties.",
     "Mark Partners"),
])
def test_review40_holding_or_partners_as_a_surname_stays_a_person(extractor, text, name):
    assert name in person_names(run(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("The minister told Le Van Thanh, the head of the Vietnam Cashew Association, that the government would help.",
     "Le Van Thanh"),
])
def test_review40_a_person_named_with_le_after_told_stays_a_person(extractor, text, name):
    found = run(extractor, text)
    assert name in person_names(found) and name not in org_names(found)


def test_review40_a_place_with_el_before_what_it_has_is_no_outlet(extractor):
    found = run(extractor, "The inspector told El Paso customs brokers that trucks would face longer checks.")
    assert not any(n.startswith("El Paso") for n in org_names(found))


def test_review40_state_owned_before_a_ministers_portfolio_makes_no_body(extractor):
    found = run(extractor, "State-owned Enterprises Minister Erick Thohir said Pertamina would cut fuel imports.")
    assert "Enterprises Minister" not in org_names(found)


def test_review40_a_firm_after_a_cue_whose_name_ends_in_a_title_word_stays_a_body(extractor):
    found = run(extractor, "Priya Raghunathan, a partner at apparel consultancy Wazir Advisors, says buyers should "
                           "expect more checks.")
    assert ("Priya Raghunathan", "partner", "Wazir Advisors") in roles_of(found)


def test_review40_letters_of_an_agency_that_signs_so_on_the_last_line_the_model_read_first(extractor):
    found = run(extractor, "Rabat - The minister met his counterpart on Tuesday.\n\nTalks on trade will go on in "
                           "Casablanca on Thursday.\n\nMAP")
    assert "MAP" in org_names(found)


def test_review40_a_seat_after_the_name_in_a_story_never_naming_britain_is_at_no_house_of_commons(extractor):
    found = run(extractor, "Minister for Resources and Northern Australia\nThe Hon Madeleine Kerr MP\n\nMEDIA RELEASE\n\n"
                           "Australia will invest in a critical minerals reserve. \"We are determined to make sure "
                           "no one country has a monopoly,\" Ms Kerr said.")
    assert not any(o == "House of Commons" for _, _, o in roles_of(found))


def test_round40_a_place_before_a_ministers_name_gives_no_country_to_the_seat_after_it(extractor):
    found = run(extractor, "British poultry exporters have regained access to the Philippines after Manila agreed to "
                           "limit restrictions to affected areas of the UK.\n\nIt follows a visit to Manila by Minister "
                           "for Trade Helen Marchbank MP, who met the Philippine Secretary of Agriculture on Tuesday.")
    assert not any(p == "Helen Marchbank" and o and "Philippines" in o for p, _, o in roles_of(found))


# ---- forty-first round ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, person", [
    ("Fianna Fáil TD Cathal Brennan said the tariffs \"would hurt every exporter in Clare\".", "Cathal Brennan"),
    ("Independent TD Nora Fitzgibbon said the dairy quota would hurt farmers.", "Nora Fitzgibbon"),
])
def test_round41_td_before_a_name_is_a_seat_in_the_dail_and_not_part_of_the_name(extractor, text, person):
    found = run(extractor, text)
    assert person in person_names(found) and not any(n.startswith("TD ") for n in person_names(found))
    assert any(p == person and o == "Dáil Éireann" for p, _, o in roles_of(found))


@pytest.mark.parametrize("text, firm", [
    ("Analysts at TD Securities said the steel tariff would cut Canada's growth.", "TD Securities"),
    ("TD Economics chief economist Maria Castell said the levy would hurt exporters.", "TD Economics"),
    ("MP Materials chief executive Aaron Voss said the magnet plant would open next year.", "MP Materials"),
])
def test_round41_a_firm_whose_name_opens_with_a_seats_letters_is_a_firm_not_a_seat(extractor, text, firm):
    found = run(extractor, text)
    assert firm in org_names(found)
    assert not any(t in ("TD", "MP") for _, t, _ in roles_of(found))


def test_round41_the_minister_after_a_federal_ministers_words_is_hers_not_her_guests(extractor):
    found = run(extractor, "Federal Economy Minister Ilse Brandauer and Chile's Minister of Mining, Tomás Irarrázaval, "
                           "signed a raw materials pact in Berlin on Monday.\n\n\"We cannot depend on one supplier for "
                           "every magnet we need,\" Brandauer said after the signing. Germany must \"spread its "
                           "purchases across reliable partners\", the minister added.")
    assert ("Ilse Brandauer", "spread its purchases across reliable partners") in {(q.speaker, q.text)
                                                                                   for q in found.quotes}


def test_round41_government_level_words_must_be_modifiers(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="provincial"):
        load_edited_lexicon(tmp_path, "titles.yaml", "government_level_words: [federal, union, national]",
                            "government_level_words: [federal, provincial]")


def test_round41_a_permanent_representative_to_the_wto_sits_in_no_chamber(extractor):
    found = run(extractor, "The talks were also attended by Canada's Ambassador and Permanent Representative to the "
                           "WTO, Mireille Dufresne, who said the fisheries deal was close.")
    assert not any(o and ("Commons" in o or "Parliament" in o) for _, _, o in roles_of(found))
    assert ("Mireille Dufresne", "Permanent Mission of Canada to the WTO") in {(p, o) for p, _, o in roles_of(found)}


@pytest.mark.parametrize("text, person", [
    ("Republican People's Party Trabzon deputy Emre Yazıcıoğlu submitted a parliamentary question.", "Emre Yazıcıoğlu"),
])
def test_round41_a_name_the_model_read_as_a_body_after_a_lower_case_head_is_its_holder(extractor, text, person):
    assert person in person_names(run(extractor, text))


@pytest.mark.parametrize("text, person", [
    ("The head of fisheries at Oceana Europe, Marta Quintela, recalled that the fleet receives public money.",
     "Marta Quintela"),
    ("The director of campaigns at WWF Portugal, Inês Carvalhal, said the subsidy cap came too late for the sardine "
     "fleet.", "Inês Carvalhal"),
])
def test_round41_a_name_after_a_post_of_an_area_at_a_body_is_its_holder(extractor, text, person):
    found = run(extractor, text)
    assert person in person_names(found)


@pytest.mark.parametrize("text, speaker, words", [
    ("The federation backs the quotas too. « The quotas change nothing if parcels keep coming in uncounted », "
     "insists its president, Solène Marchetti.", "Solène Marchetti", "The quotas change nothing"),
    ("Mr Verhaegen tried to reassure the mills. « We will act, but only within the rules of the WTO », declared the "
     "commissioner, Bart Verhaegen, after the meeting.", "Bart Verhaegen", "We will act"),
])
def test_round41_a_guillemet_after_a_full_stop_opens_the_next_sentence_and_its_speaker_follows(extractor, text,
                                                                                                speaker, words):
    found = run(extractor, text)
    assert any(q.speaker == speaker and q.text.startswith(words) for q in found.quotes)


def test_round41_reversed_guillemets_and_german_low_quotes_open_no_sentence():
    from loaders.extraction.nlp import _opening_marks
    assert _opening_marks("Sie sagte: \u00abWir handeln.\u00bb Dann \u201cging\u201d sie.") == {"\u00ab", "\u201c"}
    assert _opening_marks("Sie sagte: \u00bbWir handeln.\u00ab Dann ging sie.") == {"\u201c"}
    assert _opening_marks("Der Verband meinte: \u201eDas reicht nicht.\u201c Danach sprach Jana Vogt.") == frozenset()


def test_round41_chief_operating_officer_is_one_post_at_the_body_after_it(extractor):
    found = run(extractor, "\"We cannot plan the second line yet,\" said Karl Brenner, chief operating officer of "
                           "Halvorsen Motors, at a supplier fair in Detroit.")
    assert ("Karl Brenner", "chief operating officer", "Halvorsen Motors") in roles_of(found)


def test_round41_a_known_firms_arm_in_a_region_of_two_words_is_one_body(extractor):
    found = run(extractor, "Lena Ortiz, head of logistics at Toyota North America, said the port delays were easing.")
    assert "Toyota North America" in org_names(found)
    assert ("Lena Ortiz", "Toyota North America") in {(p, o) for p, _, o in roles_of(found)}


@pytest.mark.parametrize("text, body", [
    ("Dale Pruitt, a vice president of the United Steelworkers union, said the quotas came too late.",
     "United Steelworkers"),
    ("Members of the Canadian Autoworkers Federation union voted to strike at the plant.",
     "Canadian Autoworkers Federation"),
])
def test_round41_union_after_a_bodys_name_says_what_it_is_and_is_no_part_of_it(extractor, text, body):
    found = run(extractor, text)
    assert body in org_names(found) and not any(n.endswith(" union") for n in org_names(found))


def test_round41_a_firm_named_after_affiliate_or_subsidiary_is_a_body(extractor):
    found = run(extractor, "The quotas hit Halvard Steel and its subsidiary Norrmetall Parts, which ship most of their "
                           "output to Germany.")
    assert "Norrmetall Parts" in org_names(found)


@pytest.mark.parametrize("text", [
    "New Delhi, Apr 7 (PTI) India will keep its EV incentives, Heavy Industries Minister Rakesh Varma said on Tuesday.",
    "New Delhi, Apr 7 (PTI) India's Union Heavy Industries Minister Rakesh Varma said the EV scheme would stay.",
])
def test_round41_a_ministers_portfolio_the_lexicon_calls_a_ministry_by_is_that_ministry(extractor, text):
    assert ("Rakesh Varma", "Ministry of Heavy Industries") in {(p, o) for p, _, o in roles_of(run(extractor, text))}


@pytest.mark.parametrize("signature, speaker", [
    ("\u2013 Marianne Tessier, President, Grain Growers of Canada", "Marianne Tessier"),
    ("\u2013 Owen Lacroix, Executive Director, Canadian Council of Seafood Exporters", "Owen Lacroix"),
    ("\u2013 Rizal Hakim, Coordinating Minister for Economic Affairs of the Republic of Indonesia", "Rizal Hakim"),
])
def test_round41_a_releases_signature_of_heads_alone_then_the_body_names_the_speaker(extractor, signature, speaker):
    found = run(extractor, "Ottawa, Ontario - The two ministers met growers on Tuesday.\n\nQuotes\n\n\"Our members need "
                           "certainty so they can keep investing in their farms and in their towns.\"\n" + signature
                           + "\n\nQuick facts\n\nCanada exported more wheat last year.")
    assert any(q.speaker == speaker and q.text.startswith("Our members need certainty") for q in found.quotes)


@pytest.mark.parametrize("text, person, body", [
    ("Ottawa, Ontario - Today, the Honourable Claire Dufort, Minister of Agriculture and Agri-Food, met dairy "
     "farmers.", "Claire Dufort", "Agriculture and Agri-Food Canada"),
    ("Ottawa, Ontario - Canada's Minister of Fisheries, Liam Broderick, said the subsidy talks would resume.",
     "Liam Broderick", "Fisheries and Oceans Canada"),
])
def test_round41_canadas_ministers_sit_in_its_departments_named_for_canada(extractor, text, person, body):
    assert (person, body) in {(p, o) for p, _, o in roles_of(run(extractor, text))}


@pytest.mark.parametrize("text, person, body", [
    ("Kaya co-chaired the session together with the Secretary of State at the Ministry of Development and Technology "
     "Marek Zieliński.", "Marek Zieliński", "Ministry of Development and Technology"),
    ("The talks were led by the deputy head of the Ministry of Agriculture and Rural Development Jan Krajewski, who "
     "met the Turkish side.", "Jan Krajewski", "Ministry of Agriculture and Rural Development"),
])
def test_round41_a_name_after_the_ministry_a_title_is_at_is_its_holder_not_part_of_the_ministry(extractor, text,
                                                                                               person, body):
    found = run(extractor, text)
    assert person in person_names(found) and body in org_names(found)


def test_round41_a_party_before_member_of_a_listed_chamber_and_a_name_is_a_body(extractor):
    found = run(extractor, "The SPD member of the Bundestag Jana Oberdorf, who sits on the economic affairs committee, "
                           "called for a debate on the raw materials pact.")
    # (the lexicon lists the party's letters since round 48; named beside the Bundestag, they are the German party's)
    assert {"SPD", "Social Democratic Party of Germany"} & org_names(found) and "Jana Oberdorf" in person_names(found)


@pytest.mark.parametrize("text, person, body", [
    ("Rudi Pranowo, director of state-owned miner Bukit Jaya, said his company was ready to partner with foreign "
     "firms.", "Rudi Pranowo", "Bukit Jaya"),
    ("Rudi Pranowo, president director of the state-owned mining holding PT Nusantara Mineral, said his company was "
     "ready.", "Rudi Pranowo", "PT Nusantara Mineral"),
])
def test_round41_a_post_of_a_body_described_by_its_owner_and_kind_is_at_that_body(extractor, text, person, body):
    assert (person, body) in {(p, o) for p, _, o in roles_of(run(extractor, text))}


def test_round41_a_bare_title_beside_the_body_its_holder_meets_is_no_post_there(extractor):
    found = run(extractor, "Trade Minister Cho Min-jae met chipmakers in Seoul on Monday. \"We will do our best,\" "
                           "Minister Cho said. Minister Cho plans to meet with U.S. Trade Representative (USTR) "
                           "Dalton next week.")
    assert not any(p == "Cho Min-jae" and o and "Trade Representative" in o for p, _, o in roles_of(found)) \
        and not any(p == "Cho Min-jae" and o == "USTR" for p, _, o in roles_of(found))


def test_round41_a_name_after_a_posts_bracketed_letters_is_its_holder(extractor):
    found = run(extractor, "Minister Cho plans to meet U.S. Trade Representative (USTR) Dalton in Washington.")
    assert "Dalton" in person_names(found)


@pytest.mark.parametrize("text, person, body", [
    ("LONDON (Reuters) - Health and Social Care Secretary Helen Ashdown said the tariffs on medicines would hurt.",
     "Helen Ashdown", "Department of Health and Social Care"),
    ("U.S. Secretary of Health and Human Services Robert Kane said the drug tariffs would bring plants home.",
     "Robert Kane", "U.S. Department of Health and Human Services"),
])
def test_round41_a_health_secretary_sits_in_the_health_department(extractor, text, person, body):
    assert (person, body) in {(p, o) for p, _, o in roles_of(run(extractor, text))}


def test_round41_a_reporters_credit_line_is_no_post(extractor):
    found = run(extractor, "SEOUL -- Trade Minister Cho met chipmakers on Monday.\n\nReporter Lim Ha-eun")
    assert not any(t.lower() == "reporter" for _, t, _ in roles_of(found))


@pytest.mark.parametrize("text, body", [
    ("Lars Brekke, chief executive of Höegh Autoliners, said the port fee had nothing to do with China.",
     "Höegh Autoliners"),
    ("Samsung, which bought Mobile Shipyard last year, said it would invest more.", "Mobile Shipyard"),
])
def test_round41_a_firm_the_model_read_as_a_person_after_a_post_of_or_by_its_last_word_is_a_body(extractor, text,
                                                                                                   body):
    found = run(extractor, text)
    assert body in org_names(found) and body not in person_names(found)


def test_round41_a_premier_in_a_story_from_toronto_that_never_names_china_is_no_chinese_premier(extractor):
    found = run(extractor, "TORONTO (Reuters) - Premier Doug Ford said Canada would answer the U.S. steel tariffs "
                           "with its own.")
    assert not any(o == "State Council of the People's Republic of China" for _, _, o in roles_of(found))
    assert "Ford" not in org_names(found) and "Doug Ford" in person_names(found)


def test_round41_a_region_before_a_post_after_the_name_is_part_of_the_title(extractor):
    found = run(extractor, "\"We lost a thousand jobs,\" said Karen Dufour, Ontario director of the United "
                           "Steelworkers.")
    assert ("Karen Dufour", "Ontario director", "United Steelworkers") in roles_of(found)


def test_round41_a_places_abbreviated_word_ends_no_sentence_and_makes_no_person(extractor):
    found = run(extractor, "\"Our members in Hamilton and Sault Ste. Marie have lived through two years of layoffs,\" "
                           "said Karen Dufour.")
    assert person_names(found) == {"Karen Dufour"}


def test_round41_the_secretary_of_state_in_a_british_release_is_the_portfolio_secretary(extractor):
    found = run(extractor, "The government will bring in a permanent steel measure, Business and Trade Secretary Owen "
                           "Caradog announced today.\n\nThe Business and Trade Secretary visited a steelworks yesterday, "
                           "where he met Nia Probert, General Secretary of the Forge trade union.\n\nSpeaking during the "
                           "visit, the Secretary of State said: \"Every tonne of dumped steel is a tonne not made in "
                           "Wales.\"")
    assert any(q.speaker == "Owen Caradog" and q.text.startswith("Every tonne") for q in found.quotes)
    assert not any(o == "U.S. Department of State" for _, _, o in roles_of(found))


@pytest.mark.parametrize("text, title", [
    ("The Health and Social Care Secretary, Miriam Okafor, said NHS drug buying would not change.",
     "Health and Social Care Secretary"),
    ("British Columbia Premier Dana Whitcombe said the softwood duties were unjust.", "British Columbia Premier"),
])
def test_round41_a_titles_words_before_its_head_are_kept_whole(extractor, text, title):
    assert title in {t for _, t, _ in roles_of(run(extractor, text))}


@pytest.mark.parametrize("text", [
    "Speaking in Regina, Premier Scott Halvorsen said the province's potash producers were well placed.",
    "EDMONTON \u2014 Premier Dana Whitcombe told reporters that Alberta would not back an export tax on oil.",
])
def test_round41_a_bare_premier_in_a_story_that_never_names_china_is_at_no_chinese_body(extractor, text):
    assert not any(o == "State Council of the People's Republic of China" for _, _, o in roles_of(run(extractor, text)))


def test_round41_a_shorter_title_at_the_same_body_under_the_lexicons_name_is_dropped():
    from loaders.extraction.organizations import OrgEntity, OrgIndex
    from loaders.extraction.persons import PersonCluster
    from loaders.extraction.roles import RoleFact, _drop_subsumed, _one_body
    orgs = OrgIndex()
    orgs.entities["ministry"] = OrgEntity(name="Ministry of Industry and Trade of Vietnam",
                                          aliases={"Ministry of Industry and Trade"})
    mai = PersonCluster(name="Tran Thi Mai")
    full = RoleFact(mai, "Deputy Minister of Industry and Trade", "Ministry of Industry and Trade", True, "VN", 3)
    bare = RoleFact(mai, "Deputy Minister", "Ministry of Industry and Trade of Vietnam", True, "VN", 30)
    kept = _drop_subsumed([full, bare], {"Ministry of Industry and Trade of Vietnam"}, {}, same=_one_body(orgs))
    assert kept == [full]


@pytest.mark.parametrize("text, person", [
    ("Labour MP for Redcar Jenna Colvin said workers at the Teesside plant deserved certainty.", "Jenna Colvin"),
    ("Labour MP for Birmingham Hodge Hill Liam Dwyer said the steel quotas came too late.", "Liam Dwyer"),
])
def test_round41_a_members_name_after_the_constituency_is_the_member(extractor, text, person):
    assert person in person_names(run(extractor, text))


def test_round41_a_region_of_a_compass_word_and_a_place_inside_a_title(extractor):
    found = run(extractor, "\"The pass-through is slower than feared,\" wrote Paul Ashcombe, chief North America "
                           "economist.")
    assert ("Paul Ashcombe", "chief North America economist", None) in roles_of(found)


def test_round41_a_metalworkers_union_whose_name_opens_on_capital_letters_is_a_body(extractor):
    found = run(extractor, "Halvorsen Steel said it would cut 3,000 jobs. IG Metall called the plans \"a declaration of "
                           "war on the workers\".")
    assert "IG Metall" in org_names(found) and not any(q.speaker == "Metall" for q in found.quotes)


def test_round41_an_agency_dateline_on_the_line_after_the_headline_credits_the_agency(extractor):
    found = run(extractor, "Indonesia invites Canadian investment in nickel processing\n\nJakarta (ANTARA) - Minister "
                           "Rizal Hakim has affirmed that Indonesia remains open to investment in smelters.")
    assert "antara" in {form.lower() for form in org_forms(found)}


@pytest.mark.parametrize("text, person, body", [
    ("Jana Holubová, chief economist of Komerční banka, said the quota would lift bottle prices for brewers.",
     "Jana Holubová", "Komerční banka"),
    ("For Gianni Trevisan, regional secretary of Filctem Cgil, \"hundreds of jobs on the lagoon are at risk\".",
     "Gianni Trevisan", "Filctem Cgil"),
    ("Connected by video link was also the director general of Eurofer, Klaus-Dieter Wernick, who recalled the "
     "request.", "Klaus-Dieter Wernick", "Eurofer"),
])
def test_round41_the_body_after_a_holders_post_of_is_no_person_and_holds_the_post(extractor, text, person, body):
    found = run(extractor, text)
    assert (person, body) in {(p, o) for p, _, o in roles_of(found)}
    assert person_names(found) == {person}


@pytest.mark.parametrize("text, person, body", [
    ("\"Each new duty slows down rooftop installations,\" said Sole Nostro President Gianni Sartori.",
     "Gianni Sartori", "Sole Nostro"),
    ("Forza Italia MEP Federica Manzoni said she would ask the Commission to report on the inquiry.",
     "Federica Manzoni", "Forza Italia"),
])
def test_round41_a_name_between_another_name_and_a_holders_title_is_a_body(extractor, text, person, body):
    found = run(extractor, text)
    assert person_names(found) == {person} and body in org_names(found)


def test_round41_a_name_after_a_committee_of_a_chamber_is_its_member_and_the_mp_is_at_no_westminster(extractor):
    found = run(extractor, "Ostrava, Nov 3 (CTK) - The Czech Republic will back export licences for steel scrap, the "
                           "Czech industry minister said.\n\n"
                           "Member of the Economic Committee of the Chamber of Deputies Lenka Dvořáková (ANO) said the "
                           "country should push for the measure with Slovakia. \"It is a question of whether we will "
                           "make steel in Central Europe at all,\" the MP said.")
    assert "Lenka Dvořáková" in person_names(found)
    assert not any("Dvořáková" in o for o in org_names(found))
    assert not any(o == "House of Commons" for _, _, o in roles_of(found))
    assert any(q.speaker == "Lenka Dvořáková" for q in found.quotes)


def test_round41_a_committees_remit_goes_on_through_a_hyphenated_word(extractor):
    found = run(extractor, "The GCC Permanent Committee on Anti-Dumping Practices met in Riyadh on Monday.")
    assert "GCC Permanent Committee on Anti-Dumping Practices" in org_names(found)


@pytest.mark.parametrize("text, body", [
    ("KUWAIT, March 23 (KUNA) -- Minister of Commerce Fahad Al-Sabeeh affirmed support for the safeguard.", "KUNA"),
    ("A Commission spokesperson quoted by the news site Euractiv said no inquiry had been opened.", "Euractiv"),
    ("Speaking to Tuoi Tre, Deputy Minister Nguyen Van Binh said exporters must prepare for stricter checks.",
     "Tuoi Tre"),
])
def test_round41_news_agencies_and_papers_the_lexicon_lists(extractor, text, body):
    found = run(extractor, text)
    assert body in org_forms(found) and body not in person_names(found)


def test_round41_a_minister_whose_title_names_a_portfolio_is_at_its_ministry_not_the_government(extractor):
    found = run(extractor, "Abuja, Dec. 8, 2026 (NAN) The Minister of Steel Development, Alhaji Musa Danladi, says the "
                           "Federal Government will enforce the ban on scrap exports.")
    assert ("Musa Danladi", "Ministry of Steel Development of Nigeria") in {(p, o) for p, _, o in roles_of(found)}


def test_round41_a_date_in_a_datelines_brackets_credits_no_agency(extractor):
    found = run(extractor, "SINGAPORE (Feb 24) \u2014 Chinese buyers have all but stopped bidding for spot LNG cargoes.")
    assert not org_names(found)


# ---- forty-second round ------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("Vinorra President Marisa Dal Bello, who was also at the table, called for a zero-for-zero deal on wine.",
     "Marisa Dal Bello", "Vinorra"),
    ("\"Every bottle we do not sell is replaced by a fake,\" said Agrivera President Sandro Bellucci.",
     "Sandro Bellucci", "Agrivera"),
    ("Ferrovia Director General Axel Brenner said the safeguard must be tightened.", "Axel Brenner", "Ferrovia"),
])
def test_round42_one_word_before_an_officers_capitalized_post_and_a_full_name_is_the_body(extractor, text, person,
                                                                                            body):
    found = run(extractor, text)
    assert person_names(found) == {person} and body in org_names(found)
    assert (person, body) in {(p, o) for p, _, o in roles_of(found)}
    assert not any(body in t for _, t, _ in roles_of(found))  # (the body is no word of the title)


@pytest.mark.parametrize("text, title", [
    ("Palestinian President Hadi Mansour met the delegation in Ramallah.", "Palestinian President"),
    ("Commerce Secretary Howard Lutz said the tariffs would stay.", "Commerce Secretary"),
    ("Vice President Dana Marlow said so on Monday.", "Vice President"),
])
def test_round42_a_peoples_adjective_a_portfolio_or_a_modifier_before_a_post_is_no_body(extractor, text, title):
    found = run(extractor, text)
    assert title in {t for _, t, _ in roles_of(found)}
    assert not {title.split()[0]} & org_names(found)


def test_round42_an_agency_first_dateline_places_the_story(extractor):
    found = run(extractor, "Wine must not pay for the trade row, says Ferraboli\n\n"
                           "(ANSA) - ROME, FEB 5 - Agriculture Minister Giulio Ferraboli said on Thursday that he will "
                           "ask the European Commission to make wine a priority in its talks with Washington.")
    assert ("Giulio Ferraboli", "Ministry of Agriculture, Food Sovereignty and Forests") in {
        (p, o) for p, _, o in roles_of(found)}
    assert "ANSA" in org_names(found) and not {"ROME", "Rome"} & org_names(found)


def test_round42_an_mp_in_a_story_that_names_other_countries_never_britain_sits_in_no_commons(extractor):
    found = run(extractor, "Italian winemakers fear a second round of U.S. duties. In parliament, opposition "
                           "Democratic Party (PD) MP Chiara Lombardi urged the government to set up an emergency fund.")
    assert "House of Commons" not in {o for _, _, o in roles_of(found)}
    found = run(extractor, "Britain's steelmakers fear a second round of duties. Labour MP Jane Dorsey urged the "
                           "government to act.")
    assert ("Jane Dorsey", "House of Commons") in {(p, o) for p, _, o in roles_of(found)}


@pytest.mark.parametrize("text, body", [
    ("The chair of the Dairy Companies Association of New Zealand, Kieran Walshe, said processors would back a case.",
     "Dairy Companies Association of New Zealand"),
    ("The minister also met Representative Joel Whitmore, co-chair of the Friends of Australia Caucus in the House of "
     "Representatives.", "Friends of Australia Caucus"),
    ("Exporters should contact the Ministry of Foreign Affairs and Trade or New Zealand Trade and Enterprise.",
     "Ministry of Foreign Affairs and Trade"),
    ("Canberra will co-invest with Khanij Bidesh India Limited (KABIL), the Indian joint venture.",
     "Khanij Bidesh India Limited"),
])
def test_round42_a_bodys_name_with_a_country_or_a_plural_inside_is_read_whole(extractor, text, body):
    found = run(extractor, text)
    assert body in org_names(found)
    assert not any(o != body and o in body for o in org_names(found))


def test_round42_a_given_name_opening_a_sentence_that_the_tagger_reads_as_a_word_is_the_names(extractor):
    found = run(extractor, "Producers in Norway and Iceland are among the most exposed. Erlend Søther, executive vice "
                           "president for aluminium metal at Norsk Hydro, said the company had shifted a large share.")
    assert person_names(found) == {"Erlend Søther"}


@pytest.mark.parametrize("text, person, body", [
    ("Marta Ruggeri, senior economist at Milan-based research institute Prometeo, said the impact on growth would be "
     "severe.", "Marta Ruggeri", "Prometeo"),
    ("Rosalba Lo Verde, president of olive growers' consortium Oliveta, warned that buyers would switch.",
     "Rosalba Lo Verde", "Oliveta"),
])
def test_round42_research_institutes_and_consortia_introduce_a_body(extractor, text, person, body):
    found = run(extractor, text)
    assert (person, body) in {(p, o) for p, _, o in roles_of(found)}
    assert person_names(found) == {person}


def test_round42_the_month_of_a_day_first_date_in_a_dateline_is_no_agency(extractor):
    found = run(extractor, "Doha, 13 May \u2014 Japanese utility Kansera has signed a 27-year supply deal with "
                           "QatarEnergy. The deal was signed on 12 May by Kansera's chief.")
    assert "May" not in org_names(found)


def test_round42_a_lower_case_list_of_portfolios_before_minister_is_one_title_with_its_country(extractor):
    found = run(extractor, "Doha, 13 May \u2014 Japanese utility Kansera has signed a deal with QatarEnergy.\n\n"
                           "The deal follows a visit to Doha by Japan's economy, trade and industry minister, Haruki "
                           "Otsubo.")
    assert ("Haruki Otsubo", "economy, trade and industry minister", "Ministry of Economy, Trade and Industry") \
        in roles_of(found)


def test_round42_a_german_quotation_goes_on_with_its_speaker_after_a_sentence_of_narration(extractor):
    found = run(extractor, "Berlin. The BDI is sounding the alarm. \u201eThe situation has not eased, it has only become "
                           "more bureaucratic\u201c, Friederike Saalberg, head of the foreign trade department at the "
                           "BDI, said on Monday. For weeks the federation has been waiting for an answer from Beijing. "
                           "\u201eNo company can plan a production line like that, not for a single year.\u201c")
    assert {q.speaker for q in found.quotes} == {"Friederike Saalberg"} and len(found.quotes) == 2


def test_round42_things_done_to_between_two_quotations_are_no_one_else_reacting(extractor):
    found = run(extractor, "The BDI is sounding the alarm. \"The situation has not eased, it has only become more "
                           "bureaucratic,\" Friederike Saalberg, head of the foreign trade department at the BDI, said. "
                           "Individual licences are being granted, but often only for six months and for one single "
                           "customer. \"No company can plan a production line like that, not for a single year.\"")
    assert {q.speaker for q in found.quotes} == {"Friederike Saalberg"} and len(found.quotes) == 2


_RELEASE_HEAD = ("Joint media release\n\nSenator the Hon Callum Ashdown\nMinister for Trade and Tourism\n\n"
                 "The Hon Imogen Reilly MP\nMinister for Resources and Northern Australia\n\n20 March 2026\n\n"
                 "Australia and India sign critical minerals pact\n\n")


def test_round42_a_release_headed_by_a_style_one_country_writes_is_that_countrys(extractor):
    found = run(extractor, _RELEASE_HEAD + "Australia and India today signed a critical minerals pact in Perth. The "
                           "pact was signed by the Minister for Trade and Tourism, Senator the Hon Callum Ashdown, and "
                           "India's Minister of Commerce and Industry, Shri Rajesh Kumar Bhatia. India will send "
                           "officials to Perth and Australia will host a dialogue in India next year.")
    assert ("Callum Ashdown", "Minister for Trade and Tourism", "Department of Foreign Affairs and Trade of Australia") \
        in roles_of(found)


def test_round42_a_ministers_post_on_the_line_under_the_name_heading_a_release(extractor):
    found = run(extractor, _RELEASE_HEAD + "Australia and India today signed a pact in Perth. On Thursday, Minister "
                           "Reilly accompanied Minister Bhatia to a lithium plant.")
    posts = {(p, t) for p, t, _ in roles_of(found)}
    assert ("Imogen Reilly", "Minister for Resources and Northern Australia") in posts
    assert ("Callum Ashdown", "Minister for Trade and Tourism") in posts
    assert ("Imogen Reilly", "Minister") not in posts  # (the bare title says no more than her post)


def test_round42_a_portfolio_list_before_a_ministers_head_is_no_body(extractor):
    found = run(extractor, "Industry and Technology Minister Selçuk Aydınlı, for his part, announced that electric "
                           "vehicle investments will continue to benefit from support.")
    assert "Industry and Technology" not in org_names(found)
    assert "Industry and Technology Minister" in {t for _, t, _ in roles_of(found)}


def test_round42_a_firm_in_capitals_before_its_officers_post_is_hers_not_the_next_holders(extractor):
    found = run(extractor, "KEGA chief executive Katrin Obermann and Bayou Ridge chief executive Travis Menlo signed the "
                           "deal in Houston on 23 March.")
    assert person_names(found) == {"Katrin Obermann", "Travis Menlo"}
    bodies = {(p, o) for p, _, o in roles_of(found)}
    assert ("Katrin Obermann", "KEGA") in bodies and ("Travis Menlo", "KEGA") not in bodies


def test_round42_a_body_described_as_the_largest_producer_in_a_region_and_its_ceo(extractor):
    found = run(extractor, "Alro Slatina, the largest aluminium producer in Central and Eastern Europe, reported a "
                           "fall in exports. Alro CEO Sorin-Mihai Undeanu told AGERPRES that the company has "
                           "redirected part of its exports.")
    assert "Alro Slatina" not in person_names(found) and "Alro Slatina" in org_names(found)
    assert ("Sorin-Mihai Undeanu", "CEO", "Alro") in roles_of(found)


def test_round42_the_first_two_words_of_a_firms_legal_name_are_the_firm_not_a_speaker(extractor):
    found = run(extractor, "US Customs and Border Protection has issued a withhold release order against Kenari Latex "
                           "Holdings Bhd, one of Malaysia's mid-sized glove makers. Kenari Latex said in a filing to "
                           "Bursa Malaysia that it \"disagrees with the findings\" and has hired an auditor.")
    assert "Kenari Latex" not in person_names(found) and not found.quotes


def test_round42_a_quotation_alone_goes_on_after_one_a_title_attributed(extractor):
    found = run(extractor, "Minister Ashdown met the US Secretary of Commerce, Raymond Kettler, on Wednesday.\n\n"
                           "\"Australia has the resources, the skills and the standards that the United States needs,\" "
                           "the Minister said.\n\n"
                           "\"We are turning the framework into projects, and projects into jobs on both sides of the "
                           "Pacific.\"")
    assert len(found.quotes) == 2 and {q.speaker for q in found.quotes} == {"Ashdown"}


@pytest.mark.parametrize("text, person, body", [
    ("\"This project is central to our strategy,\" said ADNOC Upstream Executive Director Musab Al Kaabani.",
     "Musab Al Kaabani", "ADNOC"),
    ("The cheese consortium Consorzio del Grana Verde said prices had risen. Consortium President Nicola Bertoni said "
     "demand from the US was strong.", "Nicola Bertoni", "Consorzio del Grana Verde"),
])
def test_round42_review_a_division_after_a_bodys_letters_or_a_kind_of_body_before_a_post_is_no_body(
        extractor, text, person, body):
    found = run(extractor, text)
    assert (person, body) in {(p, o) for p, _, o in roles_of(found)}
    assert not {"Upstream", "Consortium"} & org_names(found)


def test_round42_review_the_line_under_a_ministers_name_is_the_whole_post(extractor):
    found = run(extractor, "Media release\n\nThe Hon Chris Bowman MP\nMinister for Climate Change and Energy\n\n"
                           "Australia will host the talks, Minister Bowman said.")
    assert ("Chris Bowman", "Minister for Climate Change and Energy") in {(p, t) for p, t, _ in roles_of(found)}


def test_round42_review_a_name_after_a_cue_the_model_read_as_a_peoples_is_the_body(extractor):
    found = run(extractor, "Bologna-based research institute Nomisma said Italian food exports could reach 70 billion "
                           "euros this year.")
    assert "Nomisma" in org_names(found) and "Italian" not in org_names(found)


def test_round42_the_greens_are_a_party(extractor):
    found = run(extractor, "Berlin is divided. Lena Hofmeister, a Greens member of the Bundestag who sits on its "
                           "economic committee, called for stricter standards.")
    assert "Greens" in org_names(found) and "Greens" not in person_names(found)
    assert not any(t.startswith("Greens") for _, t, _ in roles_of(found))


@pytest.mark.parametrize("text", [
    "Madeleine King, the resources minister, said exports grew.",
    "Resources Minister Madeleine King said exports grew.",
    "Media release\n\nThe Hon Madeleine King MP\nMinister for Resources and Northern Australia\n\nThe Government will "
    "invest in processing, the minister said.",
])
def test_round42_review_a_title_word_closing_a_name_after_a_given_name_is_the_surname(extractor, text):
    assert person_names(run(extractor, text)) == {"Madeleine King"}


def test_round42_review_a_title_after_a_surname_is_still_no_part_of_the_name(extractor):
    assert person_names(run(extractor, "Guzman Commerce Secretary said the deal was done.")) == {"Guzman"}


def test_round42_its_director_general_after_a_comma_is_the_body_the_sentence_before_was_about(extractor):
    found = run(extractor, "Prices rose. Aluminium Europe, the Brussels-based industry body, urged the Commission to "
                           "press ahead with its own safeguard. Its director general, Annelies Verbrugghe, said that "
                           "metal was already arriving in Europe.")
    assert ("Annelies Verbrugghe", "director general", "Aluminium Europe") in roles_of(found)


# ---- forty-third round -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Lena Vogt, head of purchasing at the automotive supplier Brenner Antriebe, said costs rose.",
    "Lena Vogt, head of purchasing at the Bavarian automotive supplier Brenner Antriebe, said costs rose.",
])
def test_round43_a_posts_area_then_a_body_described_by_its_trade(extractor, text):
    assert ("Lena Vogt", "head of purchasing", "Brenner Antriebe") in roles_of(run(extractor, text))


def test_round43_a_surname_that_is_a_title_word_after_a_title_is_the_storys_holder(extractor):
    found = run(extractor, "Resources Minister Madeleine Archer-King spoke first. Resources Minister Joan King announced "
                           "the deal in Perth. \"This is a good day for the industry and for its workers,\" Minister "
                           "King said.")
    assert ("Joan King", "This is a good day for the industry and for its workers") in {
        (q.speaker, q.text.rstrip(",")) for q in found.quotes}


def test_round43_a_title_word_before_another_name_is_not_the_storys_holder_of_that_surname(extractor):
    found = run(extractor, "Resources Minister Joan King flew to London. \"It was a warm and friendly meeting with "
                           "all of them,\" King Charles said.")
    assert not any(q.speaker == "Joan King" for q in found.quotes)


def test_round43_a_bodys_name_cut_at_its_members_possessive_goes_on(extractor):
    found = run(extractor, "The French Federation of Men's Ready-to-Wear also supports the quotas, but asks for "
                           "stricter controls on parcels.")
    assert "French Federation of Men's Ready-to-Wear" in org_names(found)


def test_round43_a_firms_arm_in_a_country_in_a_list_of_firms(extractor):
    found = run(extractor, "Among the Thai signatories were BetaFeed Thailand and Saraburi Group. Officials said more "
                           "firms would sign.")
    assert {"BetaFeed Thailand", "Saraburi Group"} <= org_names(found)
    assert not any(o.startswith("Thailand") for o in org_names(found))


def test_round43_a_digit_opening_a_capitalized_word_is_a_firms_name(extractor):
    found = run(extractor, "Salvatore Licciardello, chief executive of 4Solar, said European manufacturers were "
                           "struggling.")
    assert ("Salvatore Licciardello", "chief executive", "4Solar") in roles_of(found)


def test_round43_its_is_not_a_body_named_only_as_an_example(extractor):
    found = run(extractor, "The Federation of Apparel Makers backs the quotas and wants checks on platforms such as "
                           "Shein and Temu. \"Parcels escape every control,\" said its president, Odile Marchand.")
    assert not any(org in ("Shein", "Temu") for _, _, org in roles_of(found))


def test_round43_a_given_name_and_a_double_surname_the_model_read_as_a_body(extractor):
    found = run(extractor, "U.S. Ambassador to the WTO Celeste Varga-Holm will present the U.S. position at the next "
                           "meeting.")
    assert "Celeste Varga-Holm" in person_names(found)


def test_round43_a_signature_of_two_heads_and_an_area_under_a_quotation(extractor):
    found = run(extractor, "\"Europe wants electric vehicles built in Europe, by European workers. Fair competition is "
                           "welcome.\"\n\nMathilde Rousseau, Executive Vice-President for Prosperity and Industrial "
                           "Strategy\n\nNext steps")
    assert ("Mathilde Rousseau", "Executive Vice-President for Prosperity and Industrial Strategy", None) \
        in roles_of(found)
    assert [q.speaker for q in found.quotes] == ["Mathilde Rousseau"]


@pytest.mark.parametrize("text", [
    "Sales at Mercedes-Benz rose in March, the company said.",
    "Manufacturers eligible for the quota include Bentley, Rolls-Royce Motor Cars and McLaren.",
])
def test_round43_a_firms_hyphenated_name_is_no_person(extractor, text):
    assert not person_names(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Board members include Anna Schmidt and Peter Braun, both former executives.",
    "Members of the delegation included Anna Schmidt, Peter Braun and Carla Ruiz.",
])
def test_round43_members_a_verb_lists_may_be_people(extractor, text):
    assert {"Anna Schmidt", "Peter Braun"} <= person_names(run(extractor, text))


def test_round43_a_noun_in_apposition_says_what_kind_of_body_an_unlisted_name_is(extractor):
    found = run(extractor, "The Iowa Soybean Growers Association backs the deal. Brazil's oilseed crushers' "
                           "association, ABRACO, has renewed its call for quotas. Paulo Sérgio Brandão, the "
                           "association's president, said crushers were running below capacity.")
    assert ("Paulo Sérgio Brandão", "president", "ABRACO") in roles_of(found)


def test_round43_a_countrys_body_after_and_is_the_next_body_not_a_portfolio(extractor):
    found = run(extractor, "USTR is coordinating with the U.S. Department of Commerce and U.S. Customs and Border "
                           "Protection on implementation.")
    assert {"U.S. Department of Commerce", "U.S. Customs and Border Protection"} <= org_names(found)


@pytest.mark.parametrize("name", ["techUK", "BritishAmerican Business"])
def test_round43_trade_bodies_written_in_lower_case_or_run_together(extractor, name):
    found = run(extractor, f"Imogen Barraclough, Chief Executive of {name}, said the deal mattered to members.")
    assert ("Imogen Barraclough", "Chief Executive", name) in roles_of(found)


def test_round43_a_firms_name_holding_a_word_an_honorific_abbreviates_without_its_dot(extractor):
    found = run(extractor, "Nguyen Thi Lan, Deputy General Director of Phuoc Sen Group, said the company supported "
                           "the probe.")
    assert ("Nguyen Thi Lan", "Deputy General Director", "Phuoc Sen Group") in roles_of(found)


def test_round43_a_firms_research_arm_with_its_own_body_word(extractor):
    found = run(extractor, "Kim Jae-won, a senior researcher at the POSCO Research Institute, said a safeguard "
                           "would help.")
    assert ("Kim Jae-won", "senior researcher", "POSCO Research Institute") in roles_of(found)


def test_round43_review_a_firm_whose_name_opens_on_a_title_word_in_an_example_list(extractor):
    found = run(extractor, "The duty followed a complaint by domestic producers, including Waaree Energies and "
                           "Premier Energies.")
    assert {"Waaree Energies", "Premier Energies"} <= org_names(found) and not person_names(found)


def test_round43_an_example_list_ends_at_a_firms_officer(extractor):
    found = run(extractor, "Han met the chief executives of the country's major steelmakers, including POSCO CEO "
                           "Yoo Byung-chul and Hyundai Steel CEO Seo Kang-ho, in Seoul.")
    assert {("Yoo Byung-chul", "CEO", "POSCO"), ("Seo Kang-ho", "CEO", "Hyundai Steel")} <= roles_of(found)


@pytest.mark.parametrize("text", [
    "Sakuraba Kōichi, a former minister of economy, trade and industry who now chairs a party panel, welcomed it.",
    "Sakuraba Kōichi, the minister of economy, trade and industry, welcomed the move.",
])
def test_round43_a_lower_case_list_of_portfolios_after_the_head(extractor, text):
    assert any(t == "minister of economy, trade and industry" for _, t, _ in roles_of(run(extractor, text)))


def test_round43_a_full_name_after_its_title_before_which_is_still_a_person(extractor):
    found = run(extractor, "The meeting was led by Coordinating Minister for Economic Affairs Ahmad Fauzi Ramadhan, "
                           "which was also attended by Minister of Energy Arief Nugroho Wicaksono.")
    assert {"Ahmad Fauzi Ramadhan", "Arief Nugroho Wicaksono"} <= person_names(found)


@pytest.mark.parametrize("opening", [
    "Fertiliser race\n\nNew Delhi (AFP) – India is racing to line up fertiliser supplies, officials said.\n\n",
    "Fertiliser race\n\nSamachar Bureau, New Delhi.\n\nIndia is racing to line up fertiliser supplies, officials said. ",
])
def test_round43_a_dateline_of_a_place_of_two_words_places_the_story(extractor, opening):
    found = run(extractor, opening + "Commerce Secretary Rajeev Mehrotra said he had raised the issue with Chinese "
                                     "Vice Commerce Minister Tang Weiming by phone.")
    assert ("Rajeev Mehrotra", "Commerce Secretary", "Ministry of Commerce and Industry of India") in roles_of(found)


def test_round43_indias_union_commerce_secretary_whatever_the_story_names(extractor):
    found = run(extractor, "After China's restrictions, Beijing and Chinese firms were named. A meeting was held under "
                           "the chairmanship of Union Commerce Secretary Rajiv Mehrotra.")
    assert ("Rajiv Mehrotra", "Union Commerce Secretary", "Ministry of Commerce and Industry of India") \
        in roles_of(found)


def test_round43_under_in_lower_case_before_a_capitalized_title_is_a_preposition(extractor):
    found = run(extractor, "A meeting was held in Delhi under Commerce Secretary Rajiv Mehrotra. Exports rose.")
    assert {t for _, t, _ in roles_of(found)} == {"Commerce Secretary"}


def test_round43_the_countrys_post_after_a_name(extractor):
    found = run(extractor, "\"Hungary will decide itself who invests in Hungary,\" Gergely Szabados, the country's state "
                           "secretary for foreign economic relations, told the state news agency MTI.")
    assert ("Gergely Szabados", "state secretary for foreign economic relations", None) in roles_of(found)


def test_round43_scientists_hold_posts(extractor):
    found = run(extractor, "Ashok Kumar Pandey, former principal scientist at the Indian Council of Agricultural "
                           "Research (ICAR), believes farmers can adapt.")
    assert ("Ashok Kumar Pandey", "principal scientist", "Indian Council of Agricultural Research") in roles_of(found)


def test_round43_an_mps_seat_before_the_name_is_no_part_of_it(extractor):
    found = run(extractor, "Congress MP from Punjab Jasbir Singh Grewal said the claims do not match the situation.")
    assert "Jasbir Singh Grewal" in person_names(found)


def test_round43_a_body_that_represents_members_is_what_the_association_stands_for(extractor):
    found = run(extractor, "The European Solar Makers Council welcomed the duties.\n\nHelioPower Europa, which represents "
                           "installers and developers, warned that prices would rise.\n\n\"Every cent added to a module "
                           "is a cent taken out of our climate targets,\" the association's chief executive, Marta "
                           "Oliveira Santos, said.")
    assert ("Marta Oliveira Santos", "chief executive", "HelioPower Europa") in roles_of(found)


def test_round43_a_chamber_named_once_in_a_story_from_another_country_is_kept(extractor):
    found = run(extractor, "Fertiliser race\n\nNew Delhi (AFP) – India is racing to line up fertiliser supplies.\n\n"
                           "The opposition has targeted the government on the issue. Congress MP Jasbir Singh Grewal "
                           "said the claims do not match the situation.")
    assert "Congress" in org_names(found) and "U.S. Congress" not in org_names(found)


def test_round43_a_releases_reaction_list_name_post_body_colon_quotation(extractor):
    found = run(extractor, "What They Are Saying:\n\nTerrence Maddock, President, United Auto Workers (UAW): \"For too "
                           "long, parts plants across the Midwest lost work to cheap imports.\"\n\nDouglas Reinhart, "
                           "President and CEO, MEMA: \"Our members support strong enforcement of the rules.\"")
    assert {(q.speaker, q.text.rstrip(".")) for q in found.quotes} == {
        ("Terrence Maddock", "For too long, parts plants across the Midwest lost work to cheap imports"),
        ("Douglas Reinhart", "Our members support strong enforcement of the rules")}


def test_round43_a_comma_between_one_holders_title_and_the_next_holders(extractor):
    found = run(extractor, "Berlin is worried. During a visit by China's Vice Minister of Commerce, State Secretary "
                           "Baumgartl tries to prevent an escalation. Henrike Baumgartl, State Secretary in the Federal "
                           "Ministry for Economic Affairs and Energy, met him.")
    assert not any(t.startswith("Vice Minister") for p, t, _ in roles_of(found) if p == "Henrike Baumgartl")


def test_round43_the_partys_spokeswoman_in_a_chamber_holds_the_partys_post(extractor):
    found = run(extractor, "The Greens disagreed with the plan. Lea Dornbusch, the party's spokeswoman for economic "
                           "policy in the Bundestag, called for a screening mechanism.")
    assert ("Lea Dornbusch", "spokeswoman for economic policy", "Greens") in roles_of(found)


@pytest.mark.parametrize("text, university, unit", [
    ("Zhang Lihua, a professor at the College of Economics and Management of Hebei Agricultural University, told "
     "reporters that sourcing helps.", "Hebei Agricultural University", "College of Economics and Management"),
    ("Li Ming, a professor at the School of Economics and Management of Fudan University, said so.",
     "Fudan University", "School of Economics and Management"),
    ("Yoon Ha-na, Professor in the Department of Earth Resources and Environmental Engineering at Hanyang "
     "University, said so.", "Hanyang University", "Department of Earth Resources and Environmental Engineering"),
])
def test_round43_a_universitys_school_is_part_of_its_peoples_posts(extractor, text, university, unit):
    found = run(extractor, text)
    assert any(o == university for _, _, o in roles_of(found))
    assert university in org_names(found) and unit not in org_names(found)


@pytest.mark.parametrize("party", ["People Power Party", "Justice Renewal Party"])
def test_round43_a_rep_of_another_countrys_party_sits_in_that_countrys_chamber(extractor, party):
    found = run(extractor, "SEOUL, Feb. 24 (Yonhap) -- Trade Minister Ahn Do-hyun said Tuesday the government will "
                           "act, as Washington reviews tariffs. The U.S. is Korea's ally.\n\n"
                           f"Rep. Yoon Mi-rae of the main opposition {party} said the government should disclose "
                           "what it is prepared to offer.")
    assert ("Yoon Mi-rae", "Representative", "National Assembly of the Republic of Korea") in roles_of(found)


def test_round43_a_rep_of_a_us_party_still_sits_in_the_house(extractor):
    found = run(extractor, "Rep. Jane Doe of the Democratic Party said the tariffs would hurt farmers.")
    assert ("Jane Doe", "Representative", "U.S. House of Representatives") in roles_of(found)


def test_round43_a_bodys_arm_in_a_country_after_a_posts_at(extractor):
    found = run(extractor, "The head of oceans at WNF Spain, Lucía Garrido, recalled that the fleet receives funds.")
    assert ("Lucía Garrido", "head of oceans", "WNF Spain") in roles_of(found)


def test_round43_a_bodys_description_in_lower_case_the_tagger_read_as_a_name(extractor):
    found = run(extractor, "Minister Kilbride met Askar Nurmagambetov, Chairman of the Management Board of national "
                           "mining company Altyn-Ken Samruk, to discuss partnerships.")
    assert ("Askar Nurmagambetov", "Chairman", "Altyn-Ken Samruk") in roles_of(found)


@pytest.mark.parametrize("text", [
    "Reinholt said so.\n\nBackground:\n\nTariffs on imported automobiles were imposed in 2025.",
    "Media enquiries\nMinister Kourakis's office\nDFAT Media Liaison: media@dfat.gov.au",
])
def test_round43_a_releases_section_labels_are_no_one(extractor, text):
    found = run(extractor, text)
    assert not person_names(found) & {"Background", "Media Liaison"}
    assert not org_names(found) & {"Media", "Media Liaison", "Background"}


def test_round43_a_place_listed_with_a_place_after_from_is_no_speaker(extractor):
    found = run(extractor, "At Maersk, Anne-Sofie Brandt, head of ocean products for Asia Pacific, said the carrier "
                           "would add extra loaders from Singapore and Tanjung Pelepas in the coming weeks. \"We expect "
                           "equipment availability to improve by the end of April,\" she said.")
    assert person_names(found) == {"Anne-Sofie Brandt"}
    assert [q.speaker for q in found.quotes] == ["Anne-Sofie Brandt"]
    assert any(p == "Anne-Sofie Brandt" and o == "A.P. Moller-Maersk" for p, _, o in roles_of(found))


def test_round43_a_name_after_a_place_and_and_opening_a_clause_is_a_person(extractor):
    assert "Maria Schulz" in person_names(run(extractor, "The minister flew to Berlin and Maria Schulz met him there."))


@pytest.mark.parametrize("text, body", [
    ("BRASILIA (Reuters) - Agriculture Minister Renato Lins said soybean exports rose.",
     "Ministry of Agriculture and Livestock of Brazil"),
    ("SEOUL (Yonhap) -- Agriculture Minister Park Jin-seok said beef imports rose.",
     "Ministry of Agriculture, Food and Rural Affairs"),
])
def test_round43_agriculture_ministries_under_their_own_names(extractor, text, body):
    assert body in {o for _, _, o in roles_of(run(extractor, text))}


@pytest.mark.parametrize("text, body", [
    ("The head of sales at Bonfiglio, Roberto Galli, said that orders froze.", "Bonfiglio"),
    ("The head of sales at the Italian machinery maker Bonfiglio Meccanica, Roberto Galli, told Reuters that orders "
     "froze.", "Bonfiglio Meccanica"),
])
def test_round43_a_posts_area_in_lower_case_before_its_body_and_the_holders_name(extractor, text, body):
    assert ("Roberto Galli", "head of sales", body) in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("A.P. Moller-Maersk said container volumes rose 5 percent.", "A.P. Moller-Maersk"),
    ("The Maersk Mc-Kinney Moller Center for Zero Carbon Shipping published a report.",
     "Maersk Mc-Kinney Moller Center for Zero Carbon Shipping"),
])
def test_round43_review_a_known_firms_longer_names_as_the_story_writes_them(extractor, text, name):
    assert org_names(run(extractor, text)) == {name}


# --- forty-fourth round ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, speaker", [
    ("\"We will protect our farmers from unfair competition,\" said Commissioner for Agriculture and Food Piotr "
     "Nowacki.", "Piotr Nowacki"),
    ("\"The new quota will not hurt our exporters,\" said Minister for Trade and Investment Aroha Tane on Tuesday.",
     "Aroha Tane"),
])
def test_round44_a_title_with_its_area_after_the_verb_then_the_speakers_name(extractor, text, speaker):
    assert [q.speaker for q in run(extractor, text).quotes] == [speaker]


def test_round44_a_second_title_after_a_comma_that_closes_a_list_of_portfolios(extractor):
    found = roles_of(run(extractor, "Japan's Minister of Economy, Trade and Industry, Deputy Prime Minister Kenji "
                                    "Morita, met U.S. officials in Tokyo."))
    assert ("Kenji Morita", "Minister of Economy, Trade and Industry", "Ministry of Economy, Trade and Industry") in found
    assert ("Kenji Morita", "Deputy Prime Minister", None) in found


def test_round44_a_quotation_alone_after_a_paragraph_closing_on_a_pronouns_attribution_goes_on(extractor):
    found = run(extractor, "Ilse Marwitz, a former customs official who now teaches at the Vienna University of "
                           "Economics, said the ban would be hard to police.\n\n\"Smugglers will find the gaps faster "
                           "than the inspectors can close them,\" she said.\n\n\"Every border post needs scanners "
                           "before the rule takes effect, not after.\"\n\nThe rule takes effect in May.")
    assert [q.speaker for q in found.quotes] == ["Ilse Marwitz", "Ilse Marwitz"]


def test_round44_examples_with_their_owners_in_brackets_are_bodies_and_its_passes_over_them(extractor):
    found = run(extractor, "The Ministry of Commerce of Ruritania announced on Monday that it would lift the duties "
                           "on several houses, among them Dorval (Vexin group), Larose (Marchetti Holdings) and Saint "
                           "Aubin (Groupe Lamarque). The lower rates will apply from 1 June.\n\nIts spokesperson, Milo "
                           "Terzic, assured reporters in the capital that the decision \"fully respects the rules of "
                           "the World Trade Organization\".")
    assert {"Dorval", "Vexin", "Larose", "Marchetti Holdings", "Saint Aubin", "Groupe Lamarque"} <= org_names(found)
    assert person_names(found) == {"Milo Terzic"}
    assert ("Milo Terzic", "spokesperson", "Ministry of Commerce of Ruritania") in roles_of(found)
    assert [q.speaker for q in found.quotes] == ["Milo Terzic"]


@pytest.mark.parametrize("text, former, now", [
    ("Anna Berg, a former trade official and now senior fellow at the Kiel Institute, said the duties would hurt.",
     ("Anna Berg", "trade official", None), ("Anna Berg", "senior fellow", "Kiel Institute for the World Economy")),
    ("The former Minister of Agriculture and current President of the Farmers Union, Jan Nowak, said the quota was "
     "too low.", ("Jan Nowak", "Minister of Agriculture", "Ministry of Agriculture"),
     ("Jan Nowak", "President", "Farmers Union")),
    ("Doubtful is Marco Ferrante, former deputy minister of infrastructure and today professor at the Polytechnic of "
     "Milan.", None, ("Marco Ferrante", "professor", "Polytechnic of Milan")),
])
def test_round44_a_former_post_and_the_one_held_now_are_two_posts(extractor, text, former, now):
    found = roles_of(run(extractor, text))
    assert now in found
    if former is not None:
        assert former in found
    assert not any(t != now[1] and o == now[2] for _, t, o in found)


@pytest.mark.parametrize("text, role", [
    ("The minister held a call with the Vice Minister of Commerce of the People's Republic of China, Wei Lanfang, on "
     "Monday.", ("Wei Lanfang", "Vice Minister of Commerce", "Ministry of Commerce of the People's Republic of China")),
    ("SANTIAGO - Chile's Undersecretary for International Economic Relations, Tomás Ibarra, said talks resume in May.",
     ("Tomás Ibarra", "Undersecretary for International Economic Relations",
      "Undersecretariat of International Economic Relations")),
    ("BOGOTA (Reuters) - Colombia wants easier checks on its coffee, Trade Minister Sara Lucía Peña said on Friday.",
     ("Sara Lucía Peña", "Trade Minister", "Ministry of Commerce, Industry and Tourism")),
    ("Lorenzo Vitali is a professor at the Polytechnic of Turin.", ("Lorenzo Vitali", "professor", "Polytechnic of Turin")),
    ("Greta Lindqvist, director general of spiritsEUROPE, urged both sides to restore zero tariffs.",
     ("Greta Lindqvist", "director general", "spiritsEUROPE")),
    ("Trade Minister Han Ji-woo met Peru's foreign trade minister on Monday, the ministry said.\n\nFor more "
     "information, please contact the Americas Division of the Office of Trade Negotiations at the Ministry of Trade, "
     "Industry and Energy.", ("Han Ji-woo", "Trade Minister", "Ministry of Trade, Industry and Energy")),
])
def test_round44_posts_at_the_bodies_the_story_or_the_lexicon_names(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round44_the_mep_of_a_national_party_sits_in_the_unions_parliament(extractor):
    found = run(extractor, "The MEP of New Democracy Ioanna Marinou, member of the Committee on International Trade "
                           "of the European Parliament, has submitted a question to the Commission.")
    assert person_names(found) == {"Ioanna Marinou"}
    assert ("Ioanna Marinou", "MEP", "European Parliament") in roles_of(found)
    assert "New Democracy" in org_names(found)


@pytest.mark.parametrize("text, role", [
    ("The minister conveyed this Tuesday to the ambassador of Japan in Portugal, Kenji Ota, the concern of the "
     "Government.", ("Kenji Ota", "ambassador", None)),
    ("From Seville, the Councillor of Agriculture, Fisheries, Water and Rural Development of the Junta de Andalucía, "
     "Rocío Maldonado Vera, welcomed the meeting.",
     ("Rocío Maldonado Vera", "Councillor of Agriculture, Fisheries, Water and Rural Development",
      "Junta de Andalucía")),
])
def test_round44_the_post_of_one_spoken_to_and_a_regional_councillors(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round44_a_long_list_of_portfolios_before_a_name_set_off_by_commas(extractor):
    found = run(extractor, "Lima, May 5 (EFE).- The Minister of Production received this Monday the Brazilian "
                           "Minister of Development, Industry, Trade and Services, Luíza Prado Vasconcelos, with whom "
                           "she reviewed the agenda.\n\n\"Brazil and Peru share a long border and a common interest "
                           "in fair rules,\" the Brazilian minister said at a press conference.")
    assert "Luíza Prado Vasconcelos" in person_names(found)
    assert [q.speaker for q in found.quotes] == ["Luíza Prado Vasconcelos"]


@pytest.mark.parametrize("text, role", [
    ("Grain exporters share the worry. The foreign trade adviser of the Chamber of Exporters of Rice and Grains "
     "(Caproz), Marta Giménez Acosta, warned that rules will spread.",
     ("Marta Giménez Acosta", "foreign trade adviser", "Chamber of Exporters of Rice and Grains")),
    ("On Monday, the secretary of Trade and International Relations of the Ministry of Fisheries and Aquaculture "
     "(Mpa), Otávio Reis Lacerda, received a mission from the European Commission.",
     ("Otávio Reis Lacerda", "secretary of Trade and International Relations", "Ministry of Fisheries and Aquaculture")),
])
def test_round44_a_lower_case_title_with_its_area_before_a_body_and_the_name(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round44_a_quotation_credited_by_the_next_sentence(extractor):
    found = run(extractor, "(ANSA) - ROME, 3 APR - \"Our cheeses are not a currency for other sectors.\" This was "
                           "stated by the Minister of Enterprises, Silvia Carbone, after a meeting in Brussels.")
    assert [q.speaker for q in found.quotes] == ["Silvia Carbone"]


def test_round44_the_president_of_the_body_whose_reaction_the_sentence_before_reports(extractor):
    found = run(extractor, "Relief was expressed by Coldiretti. \"The new list protects forty more names than the "
                           "old one,\" declared the president Marco Vettore.")
    assert ("Marco Vettore", "president", "Coldiretti") in roles_of(found)


def test_round44_a_day_before_its_month_in_a_dateline(extractor):
    found = run(extractor, "LISBON, 12 March 2026 (Lusa) - The government received the ambassador of India on Monday. "
                           "Economy Minister Rui Tavares met him.")
    assert any(p == "Rui Tavares" and o is not None and o.endswith("of Portugal") for p, _, o in roles_of(found))


def test_round44_a_release_issued_by_a_department_and_its_minister(extractor):
    found = run(extractor, "UK and Peru open talks on services trade\n\nFrom: Department for Business and Trade and "
                           "Gareth Pemberton MP\nPublished 4 March 2026\n\nMinister for Trade Policy and Economic Security "
                           "Gareth Pemberton "
                           "met Peru's Minister of Foreign Trade in Lima on Monday.")
    assert ("Gareth Pemberton", "Minister for Trade Policy and Economic Security",
            "Department for Business and Trade") in roles_of(found)


def test_round44_a_national_agencys_byline_credit_places_a_story_with_no_dateline(extractor):
    found = run(extractor, "Canberra backs Thailand's bid\n\nMolly Fenwick\n(Australian Associated Press)\n\nTrade "
                           "Minister Callum Rhodes will travel to Bangkok this week to meet Thailand's commerce "
                           "minister.")
    assert any(p == "Callum Rhodes" and o is not None and "Australia" in o for p, _, o in roles_of(found))


def test_round44_a_post_the_credited_agencys_country_has_no_body_for_is_the_story_countrys(extractor):
    found = run(extractor, "Canberra and Beijing talk barley\n\nMolly Fenwick\n(Australian Associated Press)\n\n"
                           "Trade Minister Callum Rhodes met Vice Commerce Minister Wang Jun in Beijing on Monday. China "
                           "lifted its barley duties in 2023, and China remains the largest buyer of Australian barley, "
                           "China's customs data show.")
    assert ("Wang Jun", "Vice Commerce Minister", "Ministry of Commerce of the People's Republic of China") in roles_of(found)
    assert any(p == "Callum Rhodes" and o is not None and "Australia" in o for p, _, o in roles_of(found))


def test_round44_its_after_a_sentence_of_examples_stands_for_none_of_them(extractor):
    found = run(extractor, "The olive oil board said exports fell. Several mills, among them Oleifici Rossi (Vestra "
                           "group) and Frantoio Blu (Marenco Holdings), cut their purchases.\n\nIts spokesperson, "
                           "Nadia Ferri, said growers were in distress.")
    assert not any(p == "Nadia Ferri" and o in {"Vestra", "Marenco Holdings", "Oleifici Rossi", "Frantoio Blu"}
                   for p, _, o in roles_of(found))


# --- forty-fifth round -------------------------------------------------------------------------------------------


def test_round45_a_ministry_the_story_names_with_its_country_adjective(extractor):
    found = run(extractor, "MINSK, May 4. /BelTA/. Belarusian Agriculture Minister Ales Kavaliou met his Polish "
                           "counterpart on Monday, the Belarusian Agriculture Ministry said.")
    assert ("Ales Kavaliou", "Agriculture Minister", "Belarusian Agriculture Ministry") in roles_of(found)


def test_round45_a_full_stop_after_the_agency_in_a_capitals_dateline(extractor):
    found = run(extractor, "LIMA, April 9 (Andina).- The Minister of Foreign Trade, Rosa Quispe Huamán, said the "
                           "talks would resume in June.")
    assert "Andina" in org_names(found)
    assert ("Rosa Quispe Huamán", "Minister of Foreign Trade", "Ministry of Foreign Trade and Tourism of Peru") \
        in roles_of(found)


def test_round45_the_post_of_a_bloc_the_model_tags_as_a_body(extractor):
    found = run(extractor, "Oman's energy minister met on Sunday with Secretary General of the Gulf Cooperation "
                           "Council (GCC) Faisal Al-Harthy to discuss gas pipelines, at the Ministry of Energy.")
    assert ("Faisal Al-Harthy", "Secretary General", "Gulf Cooperation Council") in roles_of(found)


@pytest.mark.parametrize("text, role", [
    ("The contract was signed by Harbourline Energy chief executive Marcus Teo and the port's director.",
     ("Marcus Teo", "chief executive", "Harbourline Energy")),
    ("Greenvale analyst Pieter Bakker said prices had largely priced in a deal.",
     ("Pieter Bakker", "analyst", "Greenvale")),
])
def test_round45_a_firm_before_its_officers_post_in_lower_case_and_the_name(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round45_a_closing_guillemet_is_no_subject_of_the_verb_after_it(extractor):
    found = run(extractor, "The Minister Delegate for Trade, Odile Marchetti, visited the port on Friday.\n\n"
                           "Mrs. Marchetti is to travel to Ottawa at the end of the month. « Our answer is simple: "
                           "dialogue first, but no weakness », the minister insisted before taking the plane back to "
                           "Paris.")
    assert [q.speaker for q in found.quotes] == ["Odile Marchetti"]


def test_round45_a_short_form_that_spells_a_country_led_name_joins_it(extractor):
    found = run(extractor, "Exporters filed 40 applications with the European Union Intellectual Property Office "
                           "(EUIPO) last year, the office said.")
    assert "European Union Intellectual Property Office" in org_names(found)
    assert "Intellectual Property Office" not in org_names(found)


def test_round45_a_listed_body_on_a_letterhead_line_in_capitals(extractor):
    found = run(extractor, "REPUBLIC OF KENYA\nMINISTRY OF INVESTMENTS, TRADE AND INDUSTRY\nSTATE DEPARTMENT FOR "
                           "TRADE\n\nPRESS STATEMENT\n\nThe Cabinet Secretary met exporters in Mombasa on Friday.")
    assert {"Ministry of Investments, Trade and Industry", "State Department for Trade"} <= org_names(found)
    assert "MINISTRY OF INVESTMENTS" not in org_names(found)


@pytest.mark.parametrize("text, role", [
    ("NAIROBI, March 2 (Reuters) - Trade Cabinet Secretary Joyce Wanjiru met exporters in Mombasa on Monday.",
     ("Joyce Wanjiru", "Trade Cabinet Secretary", "Ministry of Investments, Trade and Industry")),
    ("JOHANNESBURG (AP) — Trade Minister Sipho Dlamini told reporters in Pretoria that the country had kept its "
     "side of the deal.", ("Sipho Dlamini", "Trade Minister", "Department of Trade, Industry and Competition")),
])
def test_round45_kenyas_and_south_africas_trade_bodies(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round45_a_senator_of_the_datelines_country_beside_a_bare_senate_the_lexicon_gives_the_us(extractor):
    found = run(extractor, "MEXICO CITY, March 3 (Reuters) - Meanwhile, in the Senate of the Republic, the president "
                           "of the Economy Commission, Senator Lucía Pardo Rivas, said the chamber would hold hearings. "
                           "\"The Senate will ask for every document,\" the legislator stated.")
    assert ("Lucía Pardo Rivas", "Senator", "Senate of the Republic") in roles_of(found)


def test_round45_the_head_of_a_portfolio_is_its_minister(extractor):
    found = run(extractor, "The Secretary of Agriculture, Tomás Ibarra Ruiz, met the Canadian Ambassador, Claire "
                           "Dubois, in Ottawa on Monday.\n\n\"We will not accept a quota on our tomatoes,\" stated the "
                           "head of Agriculture.")
    assert [q.speaker for q in found.quotes] == ["Tomás Ibarra Ruiz"]


def test_round45_a_numbered_commission_opens_no_name(extractor):
    found = run(extractor, "Deputy Chairperson of Commission IV Dedi Kurniawan asked the government to protect "
                           "farmers.")
    assert "Dedi Kurniawan" in person_names(found)
    assert "Commission IV" in org_names(found)


def test_round45_a_country_opens_the_name_its_bracketed_short_form_spells(extractor):
    found = run(extractor, "Bangladesh Leather Manufacturers and Exporters Association (BLMEA) Executive President "
                           "Nazmul Karim said costs rose.")
    assert ("Nazmul Karim", "Executive President", "Bangladesh Leather Manufacturers and Exporters Association") \
        in roles_of(found)
    assert person_names(found) == {"Nazmul Karim"}


@pytest.mark.parametrize("text, role", [
    ("PRESS RELEASE\nMinistry of Trade of the Republic of Indonesia\n\nJakarta, 3 March 2026 – Minister of Trade Budi "
     "Santoso received the Ambassador of Peru. Director of Bilateral Negotiations Sri Wahyuni, who accompanied the "
     "Minister of Trade, said talks would start in May.",
     ("Sri Wahyuni", "Director of Bilateral Negotiations", "Ministry of Trade of the Republic of Indonesia")),
    ("LIMA, May 5 (Andina) - The Minister of Agriculture, Tomás Ibarra Ruiz, met the Canadian delegation. The "
     "Director General of Food Safety, Elena Vargas Pino, who accompanied the Minister, presented the inspection data.",
     ("Elena Vargas Pino", "Director General of Food Safety", "Ministry of Agriculture of Peru")),
])
def test_round45_an_official_who_accompanied_the_minister_is_of_the_ministers_body(extractor, text, role):
    roles = roles_of(run(extractor, text))
    held = next(o for p, t, o in roles if p == role[0] and t == role[1])
    minister = next(o for p, t, o in roles if p != role[0] and t.split()[0] in ("Minister", "Secretary"))
    assert held is not None and held == minister


def test_round45_an_ambassador_in_the_delegation_composed_of_them(extractor):
    found = run(extractor, "The Chilean delegation was also composed of the Ambassador of Chile to Japan, Rodrigo "
                           "Fuentes Alba, as well as exporters of salmon.")
    assert any(p == "Rodrigo Fuentes Alba" and t.startswith("Ambassador") for p, t, _ in roles_of(found))


def test_round45_an_undersecretary_of_a_portfolio_is_a_junior_minister_of_its_ministry(extractor):
    found = run(extractor, "The minister received in Santiago the Undersecretary of Foreign Affairs of Paraguay, "
                           "Diego Benítez Rolón, on Monday.")
    assert ("Diego Benítez Rolón", "Undersecretary of Foreign Affairs", "Ministry of Foreign Affairs of Paraguay") \
        in roles_of(found)



@pytest.mark.parametrize("text, role", [
    ("Harbourline Logistics president Maria Costa said the port was full.",
     ("Maria Costa", "president", "Harbourline Logistics")),
    ("Pavilion Energy chief executive Frederick Teo said the company would sign two supply deals this year.",
     ("Frederick Teo", "chief executive", "Pavilion Energy")),
])
def test_round45_two_capitalized_words_before_an_officers_post_and_the_name_at_a_sentences_start(extractor, text,
                                                                                                   role):
    assert role in roles_of(run(extractor, text))


def test_round45_a_portfolio_before_an_officers_post_is_no_firm(extractor):
    found = run(extractor, "Foreign Trade director John Smith said the duties would hurt.")
    assert org_names(found) == set()


def test_round45_a_senator_in_the_senate_of_the_republic_beside_a_bare_senate_in_a_quotation(extractor):
    found = run(extractor, "Senator Lilia Margarita Valdez, in the Senate of the Republic, asked the Ministry of "
                           "Economy to report on the steel quotas. \"The Senate has a duty to oversee these "
                           "negotiations,\" Valdez said.")
    assert ("Lilia Margarita Valdez", "Senator", "Senate of the Republic") in roles_of(found)
    assert "U.S. Senate" not in org_names(found)


def test_round45_a_headlines_verb_after_a_name_is_no_part_of_it(extractor):
    found = run(extractor, "Minister Takemura Holds a Meeting with Minister for Trade Lee Sangmin of the Republic of "
                           "Korea\n\nOn March 2, Mr. TAKEMURA Hiroshi, Minister of Economy, Trade and Industry, held a "
                           "meeting with Mr. LEE Sangmin, Minister for Trade of Korea.")
    assert "Takemura Holds" not in person_names(found)
    assert "TAKEMURA Hiroshi" in person_names(found)


def test_round45_a_surname_a_release_writes_in_capitals_after_a_headline_in_title_case(extractor):
    found = run(extractor, "Minister Takemura Holds a Meeting with Minister for Trade Lee Sangmin of the Republic of "
                           "Korea\n\nOn March 2, Mr. TAKEMURA Hiroshi, Minister of Economy, Trade and Industry, held a "
                           "meeting with Mr. LEE Sangmin, Minister for Trade of Korea.\n\nAt the outset, Minister "
                           "TAKEMURA stated, \"Our two countries coordinate closely on export controls.\"\n\nIn "
                           "response, Minister LEE expressed his thanks for the hospitality of the Government of Japan. "
                           "\"Predictability is what governments can provide,\" he said.")
    assert [q.speaker for q in found.quotes] == ["TAKEMURA Hiroshi", "Lee Sangmin"]


# ---- forty-sixth round ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, role", [
    ("Marta Quist, director of sourcing at group purchasing organization Lindqvale, said prices rose.",
     ("Marta Quist", "director of sourcing", "Lindqvale")),
    ("Ole Brandt, the board member responsible for copper at the Bremen chemical group Brenntal Chemie, expects "
     "delays.",
     ("Ole Brandt", "board member responsible for copper", "Brenntal Chemie")),
])
def test_round46_what_the_body_is_between_a_posts_area_and_its_name(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round46_a_board_member_speaks_for_the_firm_his_sentence_opens_on(extractor):
    found = run(extractor, "The copper group Elbmetall is weighing a stake in the smelter, as board member Ole Brandt "
                           "confirmed to Reuters.")
    assert ("Ole Brandt", "board member", "Elbmetall") in roles_of(found)


def test_round46_the_credit_under_a_quotation_in_a_release_keeps_the_issuers_body(extractor):
    found = run(extractor, "European Commission - Press release\n\nEU asks for WTO panel on pork duties\n\n"
                           "Brussels, 10 March 2026\n\nThe European Union has today asked for a WTO panel on the "
                           "duties China imposes on EU pork.\n\nQuotes:\n\n\"Our pig farmers deserve a fair hearing "
                           "in Geneva, and they will get one.\"\n\nMirela Vasic, Commissioner for Agriculture and "
                           "Food\n\nNext steps\n\nChina can block the first request for a panel.")
    assert ("Mirela Vasic", "Commissioner for Agriculture and Food", "European Commission") in roles_of(found)


@pytest.mark.parametrize("text", [
    "In the Assembly of the Republic, the Socialist Party (PS) deputy Rita Faria asked the Government for a plan.",
    "In the Assembly of the Republic, the Socialist Party deputy Rita Faria asked the Government for a plan.",
])
def test_round46_a_bare_deputy_after_a_party_sits_in_the_chamber_her_sentence_opens_on(extractor, text):
    assert ("Rita Faria", "deputy", "Assembly of the Republic") in roles_of(run(extractor, text))


def test_round46_a_name_after_a_post_in_a_ministry(extractor):
    found = run(extractor, "On Monday the deputy minister hosted in Warsaw the Parliamentary State Secretary in the "
                           "German Ministry of Economy, Till Wendauer. The two talked about investment screening.")
    assert "Till Wendauer" in person_names(found)
    assert {r[:2] for r in roles_of(found)} >= {("Till Wendauer", "Parliamentary State Secretary")}


def test_round46_a_name_after_an_envoys_post_to_a_list_of_places(extractor):
    found = run(extractor, "She met the minister on Tuesday, together with Australia's Ambassador to the European Union, "
                           "Belgium and Luxembourg, Pieter Vanhoutte, to take stock of the talks.")
    assert "Pieter Vanhoutte" in person_names(found)


def test_round46_a_senator_for_a_state_then_the_name(extractor):
    found = run(extractor, "Liberal senator for Western Australia Kirsty Mallory-Hart questioned whether taxpayers "
                           "were protected.")
    assert "Kirsty Mallory-Hart" in person_names(found)
    assert ("Kirsty Mallory-Hart", "Liberal senator", "U.S. Senate") not in roles_of(found)


def test_round46_a_firms_first_word_as_owner_is_the_firm_not_a_person(extractor):
    found = run(extractor, "The deal was signed with Tallgrass Energy on Monday by Joan Pike, Tallgrass's executive "
                           "vice-president for marketing.")
    assert "Tallgrass" not in person_names(found)


def test_round46_a_ministry_named_by_a_portfolio_in_lower_case(extractor):
    found = run(extractor, "Greece's rural development minister Nikos Stathakis said Athens would examine every option.")
    assert ("Nikos Stathakis", "rural development minister", "Ministry of Rural Development of Greece") in roles_of(found)


def test_round46_an_unmarked_minister_beside_a_counterpart_of_the_other_country(extractor):
    found = run(extractor, "PRESS RELEASE\n\nSINGAPORE AND NEW ZEALAND SIGN DIGITAL TRADE PROTOCOL\n\nMinister for "
                           "Trade and Industry Lim Kok Seng and New Zealand's Minister for Trade and Investment, Aroha "
                           "Tane, today signed the protocol in Singapore. Singapore and New Zealand have worked together "
                           "on digital trade since 2020. Singapore will host the next round, and New Zealand will "
                           "chair the working group.")
    orgs = {r[0]: r[2] for r in roles_of(found)}
    assert orgs["Lim Kok Seng"] is not None and "Singapore" in orgs["Lim Kok Seng"]


def test_round46_a_releases_issuer_on_its_line_of_date_and_place_is_its_ministers_body(extractor):
    found = run(extractor, "News release\n\nCanada concludes trade mission to Indonesia\n\nMarch 27, 2026 – Jakarta, "
                           "Indonesia – Global Affairs Canada\n\nToday, the Honourable Claire Dufresne, Minister of "
                           "International Trade, concluded a four-day trade mission to Indonesia.")
    assert ("Claire Dufresne", "Minister of International Trade", "Global Affairs Canada") in roles_of(found)


def test_round46_a_us_style_secretary_in_a_story_from_abroad_that_names_its_own_secretariat(extractor):
    found = run(extractor, "BUENOS AIRES — Argentina will cap soybean exports under a resolution from the Secretariat "
                           "of Agriculture, Livestock and Fisheries.\n\nAgriculture Secretary Tomás Irigoyen met "
                           "China's vice minister of commerce in Buenos Aires on Tuesday.")
    body = {r[0]: r[2] for r in roles_of(found)}["Tomás Irigoyen"]
    assert body is not None and body.startswith("Secretariat of Agriculture, Livestock and Fisheries")


def test_round46_a_country_adjective_and_two_words_before_an_officers_post(extractor):
    found = run(extractor, "Australian Dairy Farmers president Kerry Lomax said farmers had waited long enough.")
    assert ("Kerry Lomax", "president", "Australian Dairy Farmers") in roles_of(found)


def test_round46_the_groups_officer_after_a_body_of_no_known_kind(extractor):
    found = run(extractor, "Pharmalpina, the Basel-based association of research-based drug makers, welcomed the "
                           "grace period. Ursula Kälin, the group's managing director, said several firms had paused "
                           "hiring.")
    assert ("Ursula Kälin", "managing director", "Pharmalpina") in roles_of(found)


def test_round46_a_thai_public_companys_form_ends_a_firms_name(extractor):
    found = run(extractor, "Glenfarne has signed preliminary accords with Taiwan's CPC Corp. and Thailand's Siam "
                           "Gasline Pcl, but has yet to make a final investment decision.")
    assert "Siam Gasline Pcl" in org_names(found)
    assert "Siam Gasline Pcl" not in person_names(found)


def test_round46_a_bare_heads_title_names_the_body_as_written(extractor):
    found = run(extractor, "The head of the Delegation of the European Union to Laos, Ines Mertens, attended the signing.")
    assert ("Ines Mertens", "head of the Delegation of the European Union to Laos",
            "Delegation of the European Union to Laos") in roles_of(found)


def test_round46_his_excellency_between_a_post_and_the_name(extractor):
    found = run(extractor, "Laos's Minister of Industry and Commerce, His Excellency Somphone Keomany, signed the "
                           "statement in Vientiane.")
    assert {r[:2] for r in roles_of(found)} == {("Somphone Keomany", "Minister of Industry and Commerce")}


def test_round46_a_pronoun_reporting_a_named_person_says_nothing_of_that_persons_gender(extractor):
    found = run(extractor, "\"Our members are watching the shelf disappear,\" said Dana Lusk, president of the Ohio "
                           "Distillers' Association.\n\nLusk met Italy's agriculture minister in Verona last month. "
                           "Minister Bellandi, she said, had been \"sympathetic but constrained\" by Brussels.\n\nIn a "
                           "written reply, Bellandi said Rome had argued against the list. \"Italian wine has nothing "
                           "to gain from a war on bourbon,\" he said.")
    assert [q.speaker for q in found.quotes] == ["Dana Lusk", "Bellandi"]


def test_round46_a_new_zealand_release_opens_on_its_ministers_after_a_bare_hon(extractor):
    found = run(extractor, "Hon Aroha Tane\nMinister for Trade and Investment\n\nHon Rewi Paraone\nMinister for "
                           "Oceans and Fisheries\n\n15 April 2026\n\nNew Zealand and Viet Nam agree seafood work "
                           "programme\n\nNew Zealand and Viet Nam have agreed a work programme, Trade and Investment "
                           "Minister Aroha Tane says.")
    assert "Rewi Paraone" in person_names(found)
    assert "Oceans" not in person_names(found)


def test_round46_a_ministers_title_the_model_read_as_a_body_after_a_speech_verb(extractor):
    found = run(extractor, "\"We will act,\" said the Minister of Development, Industry, Trade and Services, Otávio "
                           "Pires Lacerda, who chaired the meeting.")
    assert ("Otávio Pires Lacerda", "Minister of Development, Industry, Trade and Services",
            "Ministry of Development, Industry, Trade and Services") in roles_of(found)
    assert org_names(found) == set()


def test_round46_indias_steel_secretary_runs_the_steel_ministry(extractor):
    found = run(extractor, "New Delhi, Mar 12 (PTI) The government will impose a safeguard duty on steel imports. Steel "
                           "Secretary Rekha Iyer said the domestic industry is adding capacity at a fast pace.")
    assert ("Rekha Iyer", "Steel Secretary", "Ministry of Steel") in roles_of(found)


def test_round46_a_country_adjective_and_what_the_body_is_after_a_posts_of(extractor):
    found = run(extractor, "On Wednesday the vice minister met Lars Enevold, executive vice president of Danish "
                           "shipping company A.P. Moller-Maersk, in Beijing.")
    assert ("Lars Enevold", "executive vice president", "A.P. Moller-Maersk") in roles_of(found)


def test_round46_he_said_after_a_report_of_a_named_person_is_the_reporter(extractor):
    found = run(extractor, "Farm lobby leader Owen Pritchard spoke after the meeting. Minister Galloway, he said, had been "
                           "receptive to the concerns of sheep farmers. \"We need action, not words,\" he said.")
    assert [q.speaker for q in found.quotes] == ["Owen Pritchard"]


def test_round46_a_senator_for_a_state_the_lexicon_places_sits_in_no_us_chamber(extractor):
    found = run(extractor, "Nationals senator for Queensland Callum Reeve said the levy would hurt cattle producers.")
    assert ("Callum Reeve", "senator", "U.S. Senate") not in roles_of(found)
    assert "Callum Reeve" in person_names(found)


def test_round46_a_seat_a_place_follows_must_be_a_seat(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="minister"):
        load_edited_lexicon(tmp_path, "titles.yaml", "seats_for_places: [mp,", "seats_for_places: [minister, mp,")


def test_round46_a_new_zealand_ministers_release_names_its_own_ministers_posts_bare(extractor):
    found = run(extractor, "Hon Aroha Tane\nTrade and Investment\n\n15 April 2026\n\nNew Zealand and Viet Nam agree "
                           "seafood work programme\n\nNew Zealand and Viet Nam have agreed a work programme to speed up "
                           "market access for seafood, Trade and Investment Minister Aroha Tane says. The agreement was "
                           "reached in Wellington with Viet Nam's Vice Minister of Industry and Trade.")
    body = {r[0]: r[2] for r in roles_of(found)}["Aroha Tane"]
    assert body is not None and body.startswith("Ministry of Foreign Affairs and Trade")


def test_round46_the_first_of_two_portfolios_before_a_ministers_title_is_no_speaker(extractor):
    found = run(extractor, "Oceans and Fisheries Minister Hemi Rangitaane says New Zealand's fisheries management "
                           "system gives it a strong story to tell in Asian markets.")
    assert person_names(found) == {"Hemi Rangitaane"}


# ---- forty-seventh round --------------------------------------------------------------------------------------------

def test_round47_a_blocs_member_of_parliament_in_a_story_from_a_member_state(extractor):
    found = run(extractor, "ATHENS (Reuters) - Greek olive oil producers want a better deal. New Democracy MEP Eleni "
                           "Karamoutsou, a member of the European Parliament's Committee on International Trade, has "
                           "written to the Commission about it.")
    assert ("Eleni Karamoutsou", "MEP", "European Parliament") in roles_of(found)
    found = run(extractor, "MADRID (EFE) - Spanish fleets push for a deal. The MEP of the Popular Party (PP) Carmen "
                           "Villarejo, member of the Fisheries Committee of the European Parliament, asked the "
                           "European Commission to act.")
    assert ("Carmen Villarejo", "MEP", "European Parliament") in roles_of(found)


def test_round47_a_bare_commissioner_in_a_story_about_the_bloc(extractor):
    found = run(extractor, "Brussels (AFP) - The European Union and China failed to agree on Wednesday, with the EU's "
                           "trade commissioner warning that patience was wearing thin. Commissioner Ruud Vollenbregt "
                           "hosted Chinese Vice Commerce Minister Liang Weimin in Brussels.")
    assert ("Ruud Vollenbregt", "Commissioner", "European Commission") in roles_of(found)


def test_round47_a_bare_commissioner_in_a_story_datelined_elsewhere_is_no_blocs(extractor):
    found = run(extractor, "WASHINGTON - The U.S. and the EU sparred over steel on Tuesday. Commissioner Jane Holtby "
                           "said the EU case was weak.")
    assert ("Jane Holtby", "Commissioner", "European Commission") not in roles_of(found)


def test_round47_a_releases_header_names_the_body_of_its_officers(extractor):
    found = run(extractor, "European Commission - Press release\n\nEU and China review price undertakings\n\nBrussels, "
                           "28 April 2026\n\nCommissioner for Trade Henrik Vestermark met China's Vice Minister of "
                           "Commerce, Li Wenhao, in Brussels.\n\n\"Europe wants electric vehicles built in Europe.\"\n\n"
                           "Sabine Roussel-Marquet, Executive Vice-President for Prosperity and Industrial Strategy\n\n"
                           "Press contacts: Marco Benedetto, Spokesperson for Trade")
    got = roles_of(found)
    assert ("Sabine Roussel-Marquet", "Executive Vice-President for Prosperity and Industrial Strategy",
            "European Commission") in got
    assert ("Marco Benedetto", "Spokesperson for Trade", "European Commission") in got
    assert ("Li Wenhao", "Vice Minister of Commerce", "European Commission") not in got


def test_round47_a_listed_ministrys_remit_before_its_ministers_post(extractor):
    found = run(extractor, "(ANSA) - ROME, MAR 25 - Enterprise and Made in Italy Minister Marcello Lanfrancotti said "
                           "on Wednesday that he had warned US officials about the tariffs.")
    assert ("Marcello Lanfrancotti", "Enterprise and Made in Italy Minister",
            "Ministry of Enterprises and Made in Italy") in roles_of(found)


def test_round47_a_bare_press_release_is_the_body_its_headline_opens_on(extractor):
    found = run(extractor, "Press release\nBrussels, 6 October 2026\n\nCommission imposes provisional anti-dumping "
                           "duties on imports of acrylic acid from China\n\nThe European Commission has today imposed "
                           "provisional duties on imports of acrylic acid.\n\nExecutive Vice-President for Prosperity "
                           "and Industrial Strategy, Antoine Delacroix-Vernet, said: \"Europe's chemical industry is "
                           "the backbone of our value chains.\"")
    assert ("Antoine Delacroix-Vernet", "Executive Vice-President for Prosperity and Industrial Strategy",
            "European Commission") in roles_of(found)


def test_round47_an_honorific_in_capitals_ends_the_ministry_before_the_name(extractor):
    found = run(extractor, "KUALA LUMPUR, 26 February 2026 - Malaysia will keep its ban on the export of raw rare earth "
                           "materials, said Minister of Investment, Trade and Industry YB Dato' Seri Amirul Hakimi "
                           "Zainal.")
    assert ("Amirul Hakimi Zainal", "Minister of Investment, Trade and Industry",
            "Ministry of Investment, Trade and Industry of Malaysia") in roles_of(found)
    assert not any("YB" in name for name in org_names(found))


def test_round47_a_ruling_partys_member_sits_in_the_datelines_parliament(extractor):
    found = run(extractor, "SEOUL, June 10 (Yonhap) -- Washington is pressing Seoul over map data, U.S. officials said. "
                           "The U.S. Trade Representative raised it last week. Rep. Kim Tae-yoon of the ruling "
                           "Democratic Party said the government should insist on servers inside the country.")
    assert ("Kim Tae-yoon", "Representative", "U.S. House of Representatives") not in roles_of(found)
    assert {r[2] for r in roles_of(found) if r[0] == "Kim Tae-yoon"} & {
        "National Assembly", "National Assembly of the Republic of Korea"}


def test_round47_the_reporter_spoken_with_is_no_post_of_the_speaker(extractor):
    found = run(extractor, "Speaking with the reporter, Mr. Hoàng Văn Lợi, Deputy Minister of Agriculture and "
                           "Environment, said that the tariff quotas would be widened step by step.")
    assert ("Hoàng Văn Lợi", "reporter", None) not in roles_of(found)
    assert any(r[0] == "Hoàng Văn Lợi" and r[1] == "Deputy Minister of Agriculture and Environment"
               for r in roles_of(found))


def test_round47_the_countrys_official_is_one_whose_body_the_lexicon_places_there(extractor):
    found = run(extractor, "Mexico City, May 21, 2026\n\nThe Undersecretary of Foreign Trade, Mariela Ochoa Beltrán, "
                           "said the review was on track. \"Our objective is a clean review,\" she said.\n\nOn "
                           "Wednesday, the head of the Secretariat of Agriculture and Rural Development, Julio César "
                           "Arreaga Pinedo, held a call with the Under Secretary for Trade and Foreign Agricultural "
                           "Affairs of the USDA, Karen Lindqvist. The Mexican official said that the proposal \"is "
                           "technically solid and protects the herds of both countries.\"")
    speakers = {q.text[:15]: q.speaker for q in found.quotes}
    assert speakers["is technically "] == "Julio César Arreaga Pinedo"


def test_round47_a_blocs_spokesperson_and_trade_chief_speak_for_its_commission(extractor):
    found = run(extractor, "\"We will respond,\" EU trade spokesperson Marta Serranito said in Brussels. EU trade chief "
                           "Henrik Vestermann is due to raise the issue with U.S. officials.")
    got = roles_of(found)
    assert ("Marta Serranito", "trade spokesperson", "European Commission") in got
    assert ("Henrik Vestermann", "trade chief", "European Commission") in got


def test_round47_a_release_credits_no_outsider_to_its_issuer(extractor):
    found = run(extractor, "Press release\nCommission proposes a Digital Networks Act\nBrussels, 21 January 2026\n\nThe "
                           "European Commission today proposed new rules for telecoms networks.\n\n\"This is good news "
                           "for investment,\" said Alessandra Gropelli-Fiore, Director General of Connect Europe.")
    assert not any(r[0] == "Alessandra Gropelli-Fiore" and r[2] == "European Commission" for r in roles_of(found))


def test_round47_a_partys_short_form_of_another_country_in_a_story_from_there(extractor):
    found = run(extractor, "ROME - Italy's farmers fear tariffs. Former agriculture minister Lucio Marzanetti, now an "
                           "MEP for the opposition Democratic Party (PD), urged the government not to seek separate "
                           "deals with Washington.")
    got = roles_of(found)
    assert ("Lucio Marzanetti", "agriculture minister", "U.S. Department of Agriculture") not in got
    assert ("Lucio Marzanetti", "agriculture minister", "Ministry of Agriculture, Food Sovereignty and Forests") in got


def test_round47_a_blocs_executive_post_must_be_a_blocs_post(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="bloc_executive_posts"):
        load_edited_lexicon(tmp_path, "titles.yaml", "bloc_executive_posts: [official,",
                            "bloc_executive_posts: [minister, official,")


@pytest.mark.parametrize("line, paper", [
    ("(Translated from Thai; Thansettakij Daily Online)", "Thansettakij Daily Online"),
    ("(Translated from Filipino | Balita Ngayon Pilipinas)", "Balita Ngayon Pilipinas"),
    ("(Translated from Kasikorn Turakij)", "Kasikorn Turakij"),
    ("Translated from Sud Ouest Libre | By Mathilde Renoir", "Sud Ouest Libre"),
    ("Siam Turakij Weekly (translated from Thai)", "Siam Turakij Weekly"),
    ("Source: Caixun  Author: Zhou Yuhang  2026-07-08 06:45", "Caixun"),
])
def test_round47_a_translated_storys_credit_line_names_its_paper(extractor, line, paper):
    found = run(extractor, f"Rice exports rise again\n\n{line}\n\nThe commerce ministry said on Monday that rice "
                           "exports rose. \"We are pleased with the numbers,\" said Somchai Rattanakul, president of "
                           "the Thai Rice Exporters Association.")
    assert paper in org_names(found)
    assert paper not in person_names(found)


def test_round47_a_parliaments_party_words_are_words(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="titles.yaml:[0-9]+: expected text"):
        load_edited_lexicon(tmp_path, "titles.yaml", "parliament_party_words: [ruling,",
                            "parliament_party_words: [7, ruling,")


def test_round47_a_city_then_a_paper_alone_on_a_line_is_the_paper(extractor):
    found = run(extractor, "Saudi Arabia and Morocco sign a memorandum\n\nRiyadh - Sharq Al-Wasat Daily\n\nSaudi "
                           "Arabia and Morocco signed a memorandum on critical minerals on Monday. In statements to "
                           "Sharq Al-Wasat Daily, economic analyst Dr. Hisham Al-Qahtawi explained that the agreement "
                           "comes at a good time.")
    assert "Sharq Al-Wasat Daily" in org_names(found)
    assert person_names(found) == {"Hisham Al-Qahtawi"}
    found = run(extractor, "Steel tariffs bite\n\nBerlin - Economy Minister\n\nGermany's economy minister Anna Webermann "
                           "said the tariffs hurt.")
    assert "Economy Minister" not in org_names(found)


# ---- forty-eighth round ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, outlet", [
    ("ATHENS - Greek exporters want the tariff lifted, Development Minister Nikos Papadakis said on Tuesday, speaking "
     "to Naftemporiki.", "Naftemporiki"),
    ("WARSAW - The duties will hurt our farmers, Deputy Minister Jan Kowalczyk said in a conversation with PAP "
     "Biznes.", "PAP Biznes"),
    ("MADRID - Spain's trade secretary, Lucia Ortega Ferrer, said in statements to Expansiva that the duties were "
     "unjustified.", "Expansiva"),
])
def test_round48_an_outlet_spoken_to_is_an_organization(extractor, sentence, outlet):
    found = run(extractor, sentence)
    assert outlet in org_names(found)
    assert outlet not in person_names(found)


def test_round48_a_person_spoken_to_stays_a_person(extractor):
    found = run(extractor, "OSLO - Trade Minister Sara Lindqvist met Danish trade minister Anders Holmgaard on "
                           "Monday. Speaking to Holmgaard afterwards, she promised a joint position.")
    assert "Holmgaard" not in org_names(found)
    assert "Anders Holmgaard" in person_names(found)


@pytest.mark.parametrize("post, title", [
    ("Minister for Trade and Tourism", "Minister for Trade and Tourism"),
    ("Minister for Agriculture, Fisheries and Forestry", "Minister for Agriculture, Fisheries and Forestry"),
])
def test_round48_a_seat_written_as_the_style_after_a_post_is_a_second_title(extractor, post, title):
    found = run(extractor, f"CANBERRA - Quotes attributable to {post} Senator the Hon Marian Tolhurst:\n\n"
                           "\"This deal opens new markets for our growers,\" she said.")
    titles = {t for person, t, _ in roles_of(found) if person == "Marian Tolhurst"}
    assert title in titles and "Senator" in titles
    assert not any(t.endswith(" Senator") for t in titles)


def test_round48_a_commissions_remit_after_on_is_part_of_its_name(extractor):
    found = run(extractor, "TOKYO - Hiroshi Sakamaki, chair of the Research Commission on Agriculture, Forestry and "
                           "Fisheries, said rice imports must stay low.")
    assert "Research Commission on Agriculture, Forestry and Fisheries" in org_names(found)
    found = run(extractor, "Officials briefed the Commission on Monday about rice imports.")
    assert not any("Monday" in name for name in org_names(found))


def test_round48_remit_on_words_are_words(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="organizations.yaml:[0-9]+: expected text"):
        load_edited_lexicon(tmp_path, "organizations.yaml", "remit_on_words: [commission,",
                            "remit_on_words: [12, commission,")


def test_round48_a_ministers_portfolio_names_the_one_listed_ministry_of_the_countries_named(extractor):
    found = run(extractor, "PRESS RELEASE\n\n1. Minister for Trade and Industry Mr Tan Boon Kiat met Viet Nam's "
                           "Minister of Industry and Trade Mr Le Van Khoa in Singapore on 3 March 2026.\n\n2. On 2 "
                           "March 2026, Minister of State for Trade and Industry Ms Farah Hamid hosted Minister Khoa "
                           "to lunch.")
    bodies = {(person, body) for person, _, body in roles_of(found)}
    assert ("Tan Boon Kiat", "Ministry of Trade and Industry of Singapore") in bodies
    assert ("Farah Hamid", "Ministry of Trade and Industry of Singapore") in bodies
    assert ("Le Van Khoa", "Ministry of Industry and Trade of Vietnam") in bodies


def test_round48_an_ambassadors_full_rank_is_one_title(extractor):
    found = run(extractor, "HANOI - Minister Le Van Khoa received Mr. Choi Min-jae, Ambassador Extraordinary and "
                           "Plenipotentiary of the Republic of Korea to Viet Nam, who paid a courtesy call.")
    titles = {title for person, title, _ in roles_of(found) if person == "Choi Min-jae"}
    assert any(t.startswith("Ambassador Extraordinary and Plenipotentiary") for t in titles)


def test_round48_an_interior_secretary_is_at_the_interior_department(extractor):
    found = run(extractor, "TOKYO - Morimura met US interior secretary Gregory Halvorsson in Tokyo on Wednesday.")
    assert ("Gregory Halvorsson", "interior secretary", "U.S. Department of the Interior") in roles_of(found)


@pytest.mark.parametrize("text, body, person", [
    ("WELLINGTON - Kowhaiwood chief executive Miles Harwood said the industry had lobbied hard.", "Kowhaiwood",
     "Miles Harwood"),
    ("WELLINGTON - Kelp New Zealand chief executive Tom Rangiora said the industry had lobbied hard.",
     "Kelp New Zealand", "Tom Rangiora"),
    ("Kelp New Zealand chief executive Tom Rangiora said the industry had lobbied hard.", "Kelp New Zealand",
     "Tom Rangiora"),
])
def test_round48_a_body_before_its_officer_in_a_storys_first_sentence(extractor, text, body, person):
    found = run(extractor, text)
    assert body in org_names(found)
    assert (person, "chief executive", body) in roles_of(found)


@pytest.mark.parametrize("text, title, body", [
    ("WASHINGTON - Speaker of the House of Representatives Mike Jonsrud said the tariffs hurt.", "Speaker",
     "House of Representatives"),
    ("CANBERRA - Independent member of the House of Representatives Zali Stegmann said the tariffs hurt.",
     "Independent member", "House of Representatives"),
])
def test_round48_a_chamber_named_for_its_members_keeps_its_name_before_a_holder(extractor, text, title, body):
    found = run(extractor, text)
    assert body in org_forms(found)
    assert "House of" not in org_forms(found)
    assert any(t == title and (b or "").endswith(body) for _, t, b in roles_of(found))


def test_round48_a_speaker_is_a_title_not_a_name(extractor):
    found = run(extractor, "NEW DELHI - Lok Sabha Speaker Om Birlani adjourned the House after protests.")
    assert person_names(found) == {"Om Birlani"}
    assert ("Om Birlani", "Speaker", "Lok Sabha") in roles_of(found)


def test_round48_a_post_in_charge_of_an_area_at_a_body_before_its_holder(extractor):
    found = run(extractor, "On the sidelines of the meeting, Executive Vice-President in charge of sustainability at "
                           "Ouardi Phosphates, Nadia Bensalem, told MAP that the group is pursuing carbon neutrality.")
    assert "Nadia Bensalem" in person_names(found)
    assert ("Nadia Bensalem", "Executive Vice-President in charge of sustainability",
            "Ouardi Phosphates") in roles_of(found)


def test_round48_a_name_after_the_region_a_post_covers(extractor):
    found = run(extractor, "New Delhi, Mar 20 (PTI) Iyer held talks with Assistant US Trade Representative for South "
                           "and Central Asia Garrett Hollis in New Delhi.")
    assert "Garrett Hollis" in person_names(found)


def test_round48_two_parties_of_one_word_and_a_longer_name(extractor):
    found = run(extractor, "New Delhi, Mar 20 (PTI) Congress member Anand Raghuvir asked about prices. Trinamool "
                           "Congress MP Sudipta Ghoshdastidar asked about the industry's dependence on China.")
    bodies = {(person, body) for person, _, body in roles_of(found)}
    assert ("Sudipta Ghoshdastidar", "Trinamool Congress") in bodies
    assert ("Anand Raghuvir", "Trinamool Congress") not in bodies


def test_round48_a_sign_off_in_capitals_names_the_listed_ministry_whole(extractor):
    found = run(extractor, "KUALA LUMPUR - The ministry will engage stakeholders, including the Ministry of Health, "
                           "Minister Tengku Rahimah Aziz said.\n\nMINISTRY OF INVESTMENT, TRADE AND INDUSTRY\n"
                           "26 February 2026")
    assert "Ministry of Investment, Trade and Industry of Malaysia" in org_names(found)
    assert not any(name.upper() == "MINISTRY OF INVESTMENT" for name in org_forms(found))


@pytest.mark.parametrize("byline", ["By Jordan Kettleby, The Maple Press", "By Jordan Kettleby\nThe Maple Press"])
def test_round48_a_bylines_outlet_is_an_organization(extractor, byline):
    found = run(extractor, f"Steel quotas tightened\n\n{byline}\n\nOTTAWA — Trade Minister Elise Tremblay-Roux says "
                           "Ottawa is prepared to tighten its steel quotas.")
    assert "Maple Press" in {name.removeprefix("The ") for name in org_forms(found)}
    found = run(extractor, "Steel quotas tightened\n\nBy Jordan Kettleby, Staff Writer\n\nOTTAWA — Trade Minister "
                           "Elise Tremblay-Roux says Ottawa is prepared to tighten its steel quotas.")
    assert not any("Staff" in name for name in org_forms(found))


def test_round48_a_datelines_city_is_no_country_marker_for_the_name_after_its_dash(extractor):
    found = run(extractor, "WELLINGTON - Labour trade spokesperson Damien O'Connor-Hale said the deal was rushed.")
    assert not any("WELLINGTON" in name for name in org_forms(found))


@pytest.mark.parametrize("text, person, body", [
    ("IG Metall sees things differently. \"We cannot allow subsidised overcapacity to destroy jobs in Wolfsburg,\" "
     "said Sabine Kettner, a member of the union's executive board.", "Sabine Kettner", "IG Metall"),
    ("Nordstahl AG reported a loss. \"Prices are too low,\" said Jan Bergmeier, a member of the company's management "
     "board.", "Jan Bergmeier", "Nordstahl AG"),
])
def test_round48_a_member_of_a_named_bodys_board_is_at_the_body(extractor, text, person, body):
    found = run(extractor, text)
    assert (person, "member", body) in roles_of(found)
    assert "Wolfsburg" not in org_names(found)


def test_round48_a_country_inside_a_bodys_name_joined_to_its_next_word(extractor):
    found = run(extractor, "Tang Ruoxin, a senior fellow at the Center for China and Globalization, a Beijing think "
                           "tank, said talks would move slowly.")
    assert "Center for China and Globalization" in org_names(found)
    assert "Globalization" not in org_names(found)


@pytest.mark.parametrize("text, person, title, body", [
    ("JAKARTA (Antara) - Indonesia wants a fair deal, Marine Affairs and Fisheries Minister Bambang Wirasena said on "
     "Wednesday.", "Bambang Wirasena", "Marine Affairs and Fisheries Minister",
     "Ministry of Marine Affairs and Fisheries of Indonesia"),
    ("SEOUL - Oceans and Fisheries Minister Kang Do-hyeon said on Wednesday the catch fell.", "Kang Do-hyeon",
     "Oceans and Fisheries Minister", "Ministry of Oceans and Fisheries of South Korea"),
])
def test_round48_a_listed_ministrys_portfolios_before_its_minister(extractor, text, person, title, body):
    found = run(extractor, text)
    assert (person, title, body) in roles_of(found)
    assert person_names(found) == {person}


@pytest.mark.parametrize("text", [
    "The fish are fewer. Fisheries economist from Bogor Agrarian University, Lestari Handoko, opined that Indonesia "
    "should act.",
    "Lestari Handoko, an economist from Bogor Agrarian University, said Indonesia should act.",
])
def test_round48_a_post_from_a_body(extractor, text):
    found = run(extractor, text)
    assert "Lestari Handoko" in person_names(found)
    assert any(p == "Lestari Handoko" and b == "Bogor Agrarian University" for p, _, b in roles_of(found))


def test_round48_a_region_opening_a_portfolio_is_no_name(extractor):
    found = run(extractor, "The deal was reached with the Cyprus Presidency of the Council, represented by Deputy "
                           "Minister for European Affairs Nikos Hadjiloizou, and Commissioner for Trade Katarina "
                           "Novakova.")
    assert "Nikos Hadjiloizou" in person_names(found)
    assert not any(name.startswith("Affairs") for name in person_names(found))


def test_round48_opposition_opening_a_sentence_is_no_part_of_a_partys_name(extractor):
    found = run(extractor, "ROME - Opposition Democratic Party (PD) senator Carlo Benvenutti said the tariffs hurt.")
    assert not any(name.startswith("Opposition") for name in org_forms(found))


def test_round48_a_posts_at_a_partys_group_are_the_partys(extractor):
    found = run(extractor, "BERLIN - The committee recommended adoption. The SPD group's rapporteur, Florian Dettwiler, "
                           "described the agreement as an answer. The agricultural policy spokesperson of the Die Linke "
                           "group, Ines Mauerhofer, criticised the split.")
    bodies = {(person, body) for person, _, body in roles_of(found)}
    assert ("Florian Dettwiler", "Social Democratic Party of Germany") in bodies
    assert ("Ines Mauerhofer", "Die Linke") in bodies


def test_round48_a_name_before_what_kind_of_body_it_is(extractor):
    found = run(extractor, "LONDON - \"Steelworkers will welcome this,\" said Alun Bedwyr, General Secretary of the "
                           "Fellowship union.")
    assert ("Alun Bedwyr", "General Secretary", "Fellowship") in roles_of(found)
    found = run(extractor, "SEOUL - Jane Roe, head of the Korean steel association, said prices fell.")
    assert not any("Korean" in name for name in org_forms(found))


def test_round48_parliament_by_its_bare_name_is_the_storys_countrys(extractor):
    found = run(extractor, "LONDON - The new measure will be laid before Parliament next week, the Department for "
                           "Business and Trade said.")
    assert any(o.name == "Parliament" and o.country == "GB" for o in found.organizations)
    found = run(extractor, "LONDON - The parliament will debate the measure next week.")
    assert not found.organizations


def test_round48_the_blocs_ambassador_is_at_the_bloc_unless_the_delegation_is_named(extractor):
    found = run(extractor, "ANKARA - EU Ambassador to Türkiye Henrik Lindqvast also attended the meeting.")
    assert ("Henrik Lindqvast", "Ambassador to Türkiye", "European Union") in roles_of(found)
    found = run(extractor, "HANOI - Attending was the Head of the Delegation of the European Union to Viet Nam, Julien "
                           "Guerrand.")
    assert any(p == "Julien Guerrand" and b == "Delegation of the European Union to Viet Nam"
               for p, _, b in roles_of(found))


def test_round48_world_regions_are_words(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="names.yaml:[0-9]+: expected text"):
        load_edited_lexicon(tmp_path, "names.yaml", "world_regions: [Pacific,", "world_regions: [3, Pacific,")


# (from the review of round 48)
def test_round48_review_a_name_read_as_a_place_after_a_given_name(extractor):
    found = run(extractor, "Lok Sabha Speaker Om Prakash Vyas adjourned the House after protests over the trade deal.")
    assert person_names(found) == {"Om Prakash Vyas"}
    assert ("Om Prakash Vyas", "Speaker", "Lok Sabha") in roles_of(found)


def test_round48_review_two_words_joined_by_a_sign_open_a_body_named_with_its_country(extractor):
    found = run(extractor, "Beef + Lamb New Zealand chief executive Grant Heaney said exports had risen 18 percent.")
    assert ("Grant Heaney", "chief executive", "Beef + Lamb New Zealand") in roles_of(found)
    assert "Lamb New Zealand" not in org_names(found)


@pytest.mark.parametrize("text, kept", [
    ("ROME - Opposition Democratic Party (PD) senator Chiara Ferrante said the tariffs would hurt Italian exporters.",
     None),
    ("Congress leader Priya Nair said the party would oppose the bill, while BJP MP Arvind Kulkarni said it would "
     "benefit farmers.", "Bharatiya Janata Party"),
])
def test_round48_review_a_partys_letters_beside_its_full_name_or_in_a_story_placed_nowhere_else(extractor, text, kept):
    found = run(extractor, text)
    assert "PD" not in org_names(found)
    assert kept is None or kept in org_names(found)


def test_round48_review_a_person_spoken_to_with_a_post_after_a_comma(extractor):
    found = run(extractor, "He made the remarks speaking to Maria, his deputy, in a recorded call later leaked to the "
                           "press, according to Kommersant.")
    assert "Maria" not in org_names(found)


@pytest.mark.parametrize("text, body", [
    ("CANBERRA - Senator Donna Farrelly said the deal was done.", "Australian Senate"),
    ("WELLINGTON - Senator Donna Farrelly said the deal was done.", None),
    ("BRUSSELS - Senator Ron Wydell, an Oregon Democrat, said the tariffs hurt.", "U.S. Senate"),
])
def test_round48_review_a_bare_senator_in_a_story_from_abroad(extractor, text, body):
    found = run(extractor, text)
    assert [b for _, t, b in roles_of(found) if t == "Senator"] == [body]


def test_round48_a_bodys_first_word_after_its_owners_possessive(extractor):
    found = run(extractor, "In the ruling Liberal Democratic Party (LDP), caution is spreading. Kenta Hoshimoto, who "
                           "chairs the party's Research Commission on Agriculture, Forestry and Fisheries, warned of "
                           "trouble.")
    assert "Research Commission on Agriculture, Forestry and Fisheries" in org_names(found)


def test_round48_a_members_chamber_by_its_own_name_beside_bare_parliament(extractor):
    found = run(extractor, "New Delhi, Mar 20 (PTI) India is pressing the US on drug tariffs, the Lok Sabha was told on "
                           "Friday. DMK MP T R Selvakumar asked about small drug units.\n\nSpeaking to PTI outside "
                           "Parliament, Meena Rao, secretary general of the Indian Pharma Alliance, said prices rose.")
    assert ("T R Selvakumar", "MP", "Lok Sabha") in roles_of(found)
    found = run(extractor, "NEW DELHI - \"The government keeps telling this House that talks are going well,\" Congress "
                           "MP Anil Varkey said.")
    assert "House" not in org_names(found)


@pytest.mark.parametrize("text", [
    "Seafood Aotearoa chief executive Tom Rangiwai said the industry had lobbied hard. Sandpoint, the country's largest "
    "listed seafood company, plans to send a sales team to Mumbai. Its chief executive, Clare Whitmore, said the "
    "company would start small.",
    "Sandpoint, New Zealand's largest listed seafood company, plans a sales team for Mumbai. Its chief executive, "
    "Clare Whitmore, said the company would start small.",
])
def test_round48_a_firm_described_with_a_participle_and_its_owners_country(extractor, text):
    found = run(extractor, text)
    assert "Sandpoint" in org_names(found)
    assert ("Clare Whitmore", "chief executive", "Sandpoint") in roles_of(found)


def test_round48_appositive_participles_are_words(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="organizations.yaml:[0-9]+: expected text"):
        load_edited_lexicon(tmp_path, "organizations.yaml", "appositive_participles: [listed,",
                            "appositive_participles: [5, listed,")


@pytest.mark.parametrize("text", [
    "India pressing US to keep generic medicines out of pharma tariffs: Govt tells LS\n\nNew Delhi, Mar 20 (PTI) "
    "India is pressing the US to keep generic medicines outside the scope of American tariffs.",
    "Trade critic Brad Kellerby said the government had moved too slowly while mills in Hamilton and Sault Ste. Marie "
    "laid off workers.",
])
def test_round48_words_that_name_no_person(extractor, text):
    found = run(extractor, text)
    assert not person_names(found) & {"Govt", "Marie"}


# ---- forty-ninth round ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("MOSCOW, March 3. Director of Autostat Pavel Lisitsyn believes that car imports will fall.",
     "Pavel Lisitsyn", "Autostat"),
    ("Head of Rosstat Irina Volkova said prices rose.", "Irina Volkova", "Rosstat"),
    ("Chairman of Gazprom Neft Alexei Ivanov told reporters that exports fell.", "Alexei Ivanov", "Gazprom Neft"),
    ("The head of Roscosmos Dmitry Bakanov said the launch would go ahead.", "Dmitry Bakanov", "Roscosmos"),
])
def test_round49_a_holder_named_right_after_the_one_word_body_of_the_post(extractor, text, person, body):
    found = run(extractor, text)
    assert person_names(found) == {person}
    assert body in org_names(found)
    assert any(r.person == person and r.organization == body for r in found.roles)


@pytest.mark.parametrize("text, person", [
    ("President of Mexico Carmen Valdivia said the tariffs were unfair.", "Carmen Valdivia"),
    ("President of Peru Elena Quispe said the tariffs were unfair.", "Elena Quispe"),
])
def test_round49_a_name_after_a_post_of_a_country(extractor, text, person):
    assert person_names(run(extractor, text)) == {person}


def test_round49_a_body_named_with_its_country_after_a_post_of(extractor):
    found = run(extractor, "Chairman of the Vietnam Textile and Apparel Association (VITAS) Vu Duc Thinh said the "
                           "market was small.")
    assert person_names(found) == {"Vu Duc Thinh"}
    assert ("Vu Duc Thinh", "Chairman", "Vietnam Textile and Apparel Association") in roles_of(found)


@pytest.mark.parametrize("text, role", [
    ("The union will present its demands in February.\n\nPress contact:\nGerd Walbrecht\nPress spokesperson, "
     "Bauwerk Union\n+49 69 5550 0000", ("Gerd Walbrecht", "Press spokesperson", None)),
    ("The Nordhaven Chamber of Commerce speaks for 800 companies.\n\nFor media enquiries, please contact:\n"
     "Ms Salma Idris\nManager, Communications and Events\nNordhaven Chamber of Commerce\nTel: +60 3 5550 0000",
     ("Salma Idris", "Manager, Communications and Events", "Nordhaven Chamber of Commerce")),
    ("Importers must buy certificates.\n\nContacts:\nAudrey Lemaire-Vos\nPress Officer\n(+32) 2 555 0000\n",
     ("Audrey Lemaire-Vos", "Press Officer", None)),
])
def test_round49_a_press_contact_named_alone_over_the_post(extractor, text, role):
    found = run(extractor, text)
    assert role[0] in person_names(found)
    assert role in roles_of(found)


@pytest.mark.parametrize("text, role", [
    ("Greens Bundestag member Jonas Feldkamp said the coalition was wrong.",
     ("Jonas Feldkamp", "Bundestag member", "Bundestag")),
    ("The cuts are not fate, said Sandra Obermaier, member of the executive board of IG Metall responsible for the "
     "automotive industry.", ("Sandra Obermaier", "member of the executive board", "IG Metall")),
    ("Anna Berglund, a member of the board of Volvo, said prices rose.",
     ("Anna Berglund", "member of the board", "Volvo")),
])
def test_round49_a_bare_member_keeps_what_it_is_a_member_of(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round49_a_quotation_left_open_goes_on_in_the_next_paragraph(extractor):
    found = run(extractor, "Frank Weidel chairs the works council.\n\n\"Our colleagues in Kassel have twice given up pay "
                           "rises to secure their jobs. Now they read in the paper that their division is under review.\n\n"
                           "\"That is not how you treat the people who built this company,\" Weidel said.")
    assert {(q.speaker, q.text[:15]) for q in found.quotes} == {("Frank Weidel", "Our colleagues "),
                                                                ("Frank Weidel", "That is not how")}


def test_round49_a_word_of_what_firms_make_opens_no_name(extractor):
    found = run(extractor, "The supply agreement was signed in Riyadh on Wednesday by the two firms' chiefs, in the "
                           "presence of Union Minister of Chemicals and Fertilizers Harendra Nath Dubey and Saudi Minister "
                           "of Industry and Mineral Resources Fahad bin Saleh Al-Qahtani.")
    assert "Harendra Nath Dubey" in person_names(found)


@pytest.mark.parametrize("text, firm", [
    ("Varna Oleochemicals, with plants in Malaysia and Germany, said it was shifting some orders to its Hamburg site.",
     "Varna Oleochemicals"),
    ("Delta Grain Exports said the harvest was late.", "Delta Grain Exports"),
])
def test_round49_capitals_closing_on_what_a_firm_makes_name_a_firm(extractor, text, firm):
    found = run(extractor, text)
    assert firm in org_names(found) and firm not in person_names(found)


def test_round49_a_firm_ending_after_a_name_another_reading_took(extractor):
    found = run(extractor, "Samsung Heavy Industries operates a block production plant in Ningbo.")
    assert "Heavy Industries" not in org_names(found)


@pytest.mark.parametrize("text, names", [
    ("On Monday, on the sidelines of a meeting of EU farm ministers, he met his Hungarian and Slovak counterparts, "
     "Gergely Vászonyi and Marek Hrebíček. Vászonyi went further. Hrebíček was more cautious.",
     {"Gergely Vászonyi", "Marek Hrebíček"}),
    ("She spoke with her Danish counterpart Anders Lykke on Friday.", {"Anders Lykke"}),
])
def test_round49_people_a_counterpart_noun_introduces(extractor, text, names):
    assert names <= person_names(run(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("The minister said after talks with the European Commission's Margit Ahlqvard in Putrajaya last month that the "
     "two sides would form a task force.", "Margit Ahlqvard"),
    ("Responding to a question from Suresh Ramaswamy of Bernstein about overcapacity, Brockhaus pointed to an "
     "orderbook.", "Suresh Ramaswamy"),
])
def test_round49_a_name_read_as_a_body_beside_a_body(extractor, text, name):
    assert name in person_names(run(extractor, text))


def test_round49_the_body_a_person_is_of(extractor):
    found = run(extractor, "Responding to a question from Suresh Ramaswamy of Bernstein about overcapacity, "
                           "Brockhaus pointed to an orderbook.")
    assert "Bernstein" in org_names(found)


def test_round49_a_national_agency_named_for_its_country_before_who(extractor):
    found = run(extractor, "Gauthier, a former vice-president at Export Development Canada who took over the trade "
                           "portfolio in May, declined to say.")
    assert ("Gauthier", "vice-president", "Export Development Canada") in roles_of(found)


def test_round49_a_minister_of_state_for_a_portfolio_is_in_its_ministry(extractor):
    found = run(extractor, "The announcement came after El-Sherbiny hosted Singapore's Senior Minister of State for "
                           "Transport, Melvin Tan Kok Seng, in Ismailia on Monday.")
    assert ("Melvin Tan Kok Seng", "Senior Minister of State for Transport", "Ministry of Transport of Singapore") \
        in roles_of(found)


@pytest.mark.parametrize("text, unwanted", [
    ("The EU and the UAE launched talks in 2025, after the adoption of the EU's Joint Communication on a Strategic "
     "Partnership with the Gulf.", "Communication"),
    ("More than two dozen postal operators, including Germany's Deutsche Post, Britain's Royal Mail and France's La "
     "Poste, have suspended some shipments.", "Royal Mail"),
    ("The meeting was attended by Chae Dong-won, Vice President of Korea Zinc, and officials from Samsung "
     "Electronics.", "Zinc"),
])
def test_round49_words_beside_a_body_or_a_country_that_name_no_person(extractor, text, unwanted):
    assert unwanted not in person_names(run(extractor, text))


def test_round49_a_minister_of_state_for_a_post_of_no_ministry(extractor):
    found = run(extractor, "VALLETTA - Minister of State for Trade Promotion Ciaran Borg said exports rose.")
    assert not any(r.organization for r in found.roles if r.person == "Ciaran Borg")


def test_round49_a_name_set_off_after_a_long_post_and_its_body(extractor):
    text = ("Rabat - The minister held talks on Monday with Director of Trade in Goods and Competition at the African "
            "Continental Free Trade Area (AfCFTA) Secretariat, Kwabena Owusu-Ansah, on the tariff schedule.")
    doc = extractor.nlp(text)
    doc.ents = [e for e in doc.ents if "Owusu" not in e.text]  # (as the model leaves such a name untagged)
    found = extractor.from_doc(doc, Article(id="t", text=text))
    assert "Kwabena Owusu-Ansah" in person_names(found)


def test_round49_a_post_before_and_an_honorific_is_the_person_named_before(extractor):
    found = run(extractor, "Chipo Mwale-Phiri, Zambia's Minister of Commerce, Trade and Industry, and Ato Tesfaye "
                           "Gebre Alemu, State Minister at Ethiopia's Ministry of Trade and Regional Integration, signed it.")
    assert ("Chipo Mwale-Phiri", "Minister of Commerce, Trade and Industry",
            "Ministry of Commerce, Trade and Industry of Zambia") in roles_of(found)
    assert not any("Ato" in r.title for r in found.roles)


def test_round49_a_paper_credited_after_a_dash_in_the_translation_note(extractor):
    found = run(extractor, "[Translated from Arabic \u2013 Al-Watan Al-Youm, Riyadh, 3 December 2025]\n\nAl-Suhaili "
                           "told Al-Watan Al-Youm that the Gulf states do not object.")
    assert "Al-Watan Al-Youm" in org_names(found) and "Al-Watan Al-Youm" not in person_names(found)


def test_round49_an_academy_for_a_remit_listed_with_commas(extractor):
    found = run(extractor, "Karim Shalaby, professor of maritime transport economics at the Arab Academy for Science, "
                           "Technology and Maritime Transport, said the figures must be read with caution.")
    assert "Arab Academy for Science, Technology and Maritime Transport" in org_names(found)


def test_round49_taiwans_cabinet_is_a_body_and_no_person(extractor):
    found = run(extractor, "Lin, who heads the Office of Trade Negotiations under Taiwan's Executive Yuan, is visiting "
                           "Japan through Sunday.")
    assert "Executive Yuan" in org_names(found) and not {"Yuan", "Executive Yuan"} & person_names(found)


def test_round49_a_body_right_before_a_post_in_capitals(extractor):
    found = run(extractor, "The official is due to meet on Wednesday in Casablanca with OCP Group Executive Vice-President "
                           "for Africa, Yassine El-Amrani, to discuss the contribution of the phosphate group.")
    assert ("Yassine El-Amrani", "Executive Vice-President for Africa", "OCP Group") in roles_of(found)


def test_round49_a_bare_head_keeps_the_area_it_heads(extractor):
    found = run(extractor, "The delegation was led by Rasmus Holmgaard, the company's head of network operations for the "
                           "Middle East and Africa.")
    assert ("Rasmus Holmgaard", "head of network operations for the Middle East and Africa") \
        in {(r.person, r.title) for r in found.roles}


def test_round49_portfolios_before_minister_name_the_listed_ministry_of_a_country_named(extractor):
    found = run(extractor, "Plantation and Commodities Minister Datuk Seri Rahim Salleh said after talks in Putrajaya "
                           "that Malaysia would form a task force.")
    assert ("Rahim Salleh", "Plantation and Commodities Minister", "Ministry of Plantation and Commodities of Malaysia") \
        in roles_of(found)


def test_round49_a_state_secretary_in_the_one_ministry_the_story_names(extractor):
    found = run(extractor, "The union will present its demands at the next dialogue of the Federal Ministry for "
                           "Economic Affairs and Energy in February. \"We welcome the fact that State Secretary Henning "
                           "Obermann has put the suppliers on the agenda,\" Pfeiffer said.")
    assert ("Henning Obermann", "State Secretary", "Federal Ministry for Economic Affairs and Energy of Germany") \
        in roles_of(found)


def test_round49_names_after_shares_of_are_firms(extractor):
    found = run(extractor, "Shares of Norvik Timber and Canwood Corp fell more than 2% in Toronto trading on Thursday.")
    assert {"Norvik Timber", "Canwood Corp"} <= org_names(found) and not person_names(found)


def test_round49_share_cues_are_words(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="organizations.yaml:[0-9]+: expected text"):
        load_edited_lexicon(tmp_path, "organizations.yaml", "share_cues: [shares of,", "share_cues: [7, shares of,")


def test_round49_review_a_holder_after_a_date_and_a_comma_named_again_by_surname(extractor):
    found = run(extractor, "MOSCOW, March 2 (Reuters) - Russia's grain exports fell 12% in February, Head of Rosstat "
                           "Irina Volkonskaya said on Monday. \"The decline reflects weaker demand from Egypt and Turkey,\" "
                           "Volkonskaya told reporters.")
    assert "Irina Volkonskaya" in person_names(found)
    assert ("Irina Volkonskaya", "Head of Rosstat", "Rosstat") in roles_of(found)
    assert "Rosstat Irina" not in org_names(found)


def test_round49_a_holder_after_a_bank_of_a_country(extractor):
    found = run(extractor, "Governor of the Bank of Japan Haruto Moriyama said the yen's weakness was helping exporters.")
    assert ("Haruto Moriyama", "Governor", "Bank of Japan") in roles_of(found)


def test_round49_contacts_under_investor_relations_and_media_headers(extractor):
    found = run(extractor, "OSLO \u2013 Equinor ASA and \u00d8rsted A/S today announced a partnership on offshore wind.\n\n"
                           "Investor relations:\nEirik Solvang, SVP Investor Relations, Equinor\nMedia:\nMagnus Frantzen "
                           "Eide, press spokesperson")
    assert {"Eirik Solvang", "Magnus Frantzen Eide"} <= person_names(found)


def test_round49_a_preposition_opening_the_sentence_is_no_word_of_the_body(extractor):
    found = run(extractor, "For Sentier Industrie, which represents the country's large industrial groups, the priority "
                           "lies elsewhere.")
    assert "Sentier Industrie" in org_names(found) and "For Sentier Industrie" not in org_names(found)


# ---- fiftieth round


def test_round50_a_ministry_named_by_listed_portfolios_after_its_state(extractor):
    found = run(extractor, "The host, Marlene Voßkuhl, state secretary in the Baden-Württemberg Ministry of Economic "
                           "Affairs, Labour and Tourism, pointed to pressure from outside.")
    assert ("Marlene Voßkuhl", "state secretary", "Baden-Württemberg Ministry of Economic Affairs, Labour and Tourism") \
        in roles_of(found)
    assert "Labour Party" not in org_names(found)


def test_round50_a_ministry_of_five_listed_portfolios_before_a_verb(extractor):
    found = run(extractor, "The Moroccan Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and "
                           "Forests said on Monday that exports of citrus rose.")
    assert org_names(found) == {"Moroccan Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests"}


def test_round50_listed_portfolios_before_the_state_of_the_ministry(extractor):
    found = run(extractor, "Marlene Voßkuhl, state secretary in the Ministry of Economic Affairs, Labour and Tourism of "
                           "Baden-Württemberg, said the talks would go on.")
    assert "Ministry of Economic Affairs, Labour and Tourism" in org_names(found)
    assert "Labour Party" not in org_names(found)


def test_round50_a_listed_body_after_a_ministry_stays_its_own(extractor):
    found = run(extractor, "He met officials from the Ministry of Finance, Reuters and Bloomberg reported.")
    assert {"Reuters", "Bloomberg"} <= org_names(found)


def test_round50_a_chancellery_is_a_body(extractor):
    found = run(extractor, "The state secretary, who until the spring headed the economic policy department at the "
                           "Federal Chancellery, promised faster approval procedures.")
    assert org_names(found) == {"Federal Chancellery"}


def test_round50_listed_portfolios_after_a_post_are_no_names(extractor):
    found = run(extractor, "The deal was signed in the presence of the Secretary General of the Ministry of Agriculture, "
                           "Maritime Fisheries, Rural Development, Water and Forests, Abdelkrim Bensouda.")
    assert person_names(found) == {"Abdelkrim Bensouda"}
    assert ("Abdelkrim Bensouda", "Secretary General",
            "Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests") in roles_of(found)


def test_round50_a_bare_post_in_a_story_about_one_country_that_speaks_of_it_first(extractor):
    text = ("Canada will ease some of its counter-tariffs on steel, Ottawa said on Tuesday. Canadian manufacturers had "
            "complained for months, and Canada's steelmakers backed the change. Finance Minister Douglas Fenmore said "
            "Canada's remission framework would grow. International Trade Minister Odile Marchetti said Canada's "
            "counter-tariffs would stay in place for as long as the U.S. tariffs do.")
    found = run(extractor, text)
    assert ("Odile Marchetti", "International Trade Minister", "Global Affairs Canada") in roles_of(found)


@pytest.mark.parametrize("text", [
    "The Commission wanted the Council's green light in the coming weeks, Commissioner Jana Kovářová said.",
    "Once the European Parliament has adopted its position, negotiations with the Council on the final shape of the "
    "law can start, said MEP Giulia Ferraro.",
])
def test_round50_the_bare_council_of_a_story_about_the_eu(extractor, text):
    found = run(extractor, text)
    assert "Council of the European Union" in org_names(found)
    assert not any(name.startswith("Council on") for name in org_names(found))


@pytest.mark.parametrize("text", [
    "The city Council approved the budget, the mayor said.",
    "The Council approved the budget on Monday, the mayor said.",
    "The European Commission spoke to the Council of Europe.",
    "The European Commission briefed the Foreign Affairs Council.",
])
def test_round50_no_bare_council_without_the_bloc_or_inside_a_name(extractor, text):
    assert "Council of the European Union" not in org_names(run(extractor, text))


def test_round50_bare_bloc_bodies_name_listed_organizations(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="bare_bloc_bodies 'Council' names 'Council of the EEU'"):
        load_edited_lexicon(tmp_path, "organizations.yaml", "{Council: Council of the European Union,",
                            "{Council: Council of the EEU,")


def test_round50_no_bare_council_before_the_noun_it_qualifies(extractor):
    found = run(extractor, "The European Commission noted the safeguard duties imposed by the Council states on some "
                           "iron and steel products.")
    assert "Council of the European Union" not in org_names(found)


def test_round50_no_bare_council_where_another_named_body_has_the_word(extractor):
    found = run(extractor, "Gulf Cooperation Council negotiators met the European Commission in Riyadh. \"Every chapter "
                           "we agree on with the Europeans, we place at the disposal of our brothers in the Council,\" "
                           "said Saeed Al-Nuaimani.")
    assert "Council of the European Union" not in org_names(found)


def test_round50_a_name_with_an_ampersand_word_is_a_firm(extractor):
    found = run(extractor, "S&P Global Mobility estimates that the chip tariffs will add about $1,100 to the average "
                           "price of a new vehicle.")
    assert org_names(found) == {"S&P Global Mobility"} and not person_names(found)


def test_round50_ampersand_terms_are_no_firms(extractor):
    found = run(extractor, "The R&D budget of the carmaker rose, M&A advisers said.")
    assert not {"R&D", "M&A"} & org_names(found)


def test_round50_a_verb_after_a_firm_noun_names_no_firm(extractor):
    assert not org_names(run(extractor, "The budget of the firm grew, advisers said."))


def test_round50_a_picture_agency_in_a_caption_is_no_person(extractor):
    found = run(extractor, "Radoslav Kmetovic has called the joint statement \"a framework, not a finished house.\" | "
                           "Getty Images")
    assert person_names(found) == {"Radoslav Kmetovic"}


def test_round50_what_a_bare_post_in_lower_case_is_of_is_a_body(extractor):
    found = run(extractor, "Enrico Dall'Olmo, who was previously director general of Confagricoltura Veneto, asks Rome "
                           "for an emergency fund.")
    assert person_names(found) == {"Enrico Dall'Olmo"}
    assert ("Enrico Dall'Olmo", "director general", "Confagricoltura Veneto") in roles_of(found)


def test_round50_a_holder_after_a_body_closing_on_its_word_at_the_sentence_end(extractor):
    found = run(extractor, "The meeting was attended by Chairman of Azerbaijan Railways (ADY) Vugar Mammadli and "
                           "Director General of Georgian Railway Levan Tsereteli.")
    assert person_names(found) == {"Vugar Mammadli", "Levan Tsereteli"}
    assert ("Levan Tsereteli", "Director General", "Georgian Railway") in roles_of(found)


def test_round50_a_holder_after_the_board_of_a_body_closing_on_its_brand(extractor):
    from spacy.tokens import Span

    from loaders.articles import Article
    text = "The signing was attended by Chairman of the Board of the Trade Policy Development Center QazTrade Aidar " \
           "Temirbekov."
    doc = extractor.nlp(text)
    doc.ents = [Span(doc, len(doc) - 2, len(doc) - 1, label="GPE")]  # (the surname read as a place, as the model may)
    found = extractor.from_doc(doc, Article(id="t", text=text))
    assert "Aidar Temirbekov" in person_names(found)
    assert any(r.person == "Aidar Temirbekov" and r.organization and "Trade Policy Development Center" in r.organization
               for r in found.roles)


def test_round50_the_bare_commission_of_a_story_naming_another_commission(extractor):
    found = run(extractor, "Vadim Lavrentyev, the Eurasian Economic Commission's minister in charge of trade, met "
                           "officials in Istanbul. Lavrentyev, who has overseen trade at the Commission since last year, "
                           "arrived on Tuesday.")
    assert org_names(found) == {"Eurasian Economic Commission"}


def test_round50_the_bare_commission_stays_the_one_the_story_names(extractor):
    found = run(extractor, "The European Commission said on Monday that talks went well. The Commission will meet "
                           "again in May.")
    assert org_names(found) == {"European Commission"}


def test_round50_the_area_of_a_post_read_as_bodies_is_no_person_nor_body(extractor):
    found = run(extractor, "The move follows a visit to Astana by Brian Calloway, the U.S. Treasury's Assistant "
                           "Secretary for Terrorist Financing and Financial Crimes, who met Kazakh officials on Tuesday.")
    assert person_names(found) == {"Brian Calloway"}
    assert org_names(found) == {"U.S. Department of the Treasury"}
    assert ("Brian Calloway", "Assistant Secretary", "U.S. Department of the Treasury") in roles_of(found)


def test_round50_a_canadian_press_dateline_with_its_province_places_the_story(extractor):
    found = run(extractor, "WINDSOR, Ont. — Industry Minister Priya Ramlochan toured a battery plant on Tuesday.")
    assert ("Priya Ramlochan", "Industry Minister", "Innovation, Science and Economic Development Canada") \
        in roles_of(found)


def test_round50_a_province_is_no_person(extractor):
    found = run(extractor, "Mills in Quebec and British Columbia have cut shifts, said Jean Tremblay-Roy.")
    assert person_names(found) == {"Jean Tremblay-Roy"}


_ROUND50_CALL = """Nordhavn Shipping A/S Q1 2026 Earnings Call

Corporate Participants
Mette Aagaard Lund — Chief Executive Officer
Jonas Fabrin — Head of Investor Relations

Conference Call Participants
Marco Ferrante — Jefferies — Analyst
Sophie Langley — Barclays — Analyst

Operator: Our first question comes from Marco Ferrante with Jefferies. Please go ahead.

Marco Ferrante — Jefferies — Analyst: Thank you. Where is the floor now?

Mette Aagaard Lund — Chief Executive Officer: Thanks, Marco. The floor came later than we expected."""


def test_round50_an_earnings_calls_analyst_line_gives_the_firm_then_the_post(extractor):
    found = run(extractor, _ROUND50_CALL)
    assert {"Jefferies", "Barclays"} <= org_names(found)
    assert {("Marco Ferrante", "Analyst", "Jefferies"), ("Sophie Langley", "Analyst", "Barclays")} <= roles_of(found)


def test_round50_a_transcripts_turn_ends_the_post_at_its_colon(extractor):
    found = run(extractor, _ROUND50_CALL)
    assert {r.title for r in found.roles if r.person == "Mette Aagaard Lund"} == {"Chief Executive Officer"}
    assert ("Mette Aagaard Lund", "Chief Executive Officer", "Nordhavn Shipping A/S") in roles_of(found)


def test_round50_the_philippine_news_agency_signs_off_a_story(extractor):
    found = run(extractor, "MANILA – The Philippines wants the pact signed this year, Trade Secretary Maria Castellano "
                           "said.\n\nThe talks resume in March.\n\nThe Philippines took over the chairship on Jan. 1. (PNA)")
    assert "Philippine News Agency" in org_names(found)


def test_round50_the_chair_is_the_one_the_story_said_chaired(extractor):
    found = run(extractor, "1. The 57th Economic Ministers' Meeting was held on 23 September 2025 in Kuala Lumpur. The "
                           "Meeting was chaired by H.E. Datuk Seri Azlan Hakim Rosdi, Minister of Investment, Trade and "
                           "Industry of Malaysia, and attended by the Secretary-General of ASEAN, H.E. Dr. Sok Vanna.\n\n"
                           "2. In his opening remarks, the Chair noted that the region faced \"the most uncertain trading "
                           "environment in a generation\".")
    assert [(q.speaker, q.text) for q in found.quotes] == [
        ("Azlan Hakim Rosdi", "the most uncertain trading environment in a generation")]


def test_round50_a_former_negotiator_for_a_government_department_is_of_it(extractor):
    found = run(extractor, "Eric Vandermolen, a trade lawyer with Bennett Jones LLP in Ottawa and a former negotiator for "
                           "Global Affairs Canada, said the meeting mattered.")
    assert "Global Affairs Canada" in org_names(found)
    assert ("Eric Vandermolen", "negotiator", "Global Affairs Canada") in roles_of(found)


def test_round50_a_known_firm_after_and_in_one_model_name_is_a_second_firm(extractor):
    found = run(extractor, "Investments include the NextStar Energy plant in Windsor, Ontario, a joint venture of LG "
                           "Energy Solution and Stellantis, and cathode projects in Quebec.")
    assert {"LG Energy Solution", "Stellantis"} <= org_names(found)


def test_round50_a_camel_case_name_takes_its_capitals(extractor):
    found = run(extractor, "The roundtable included representatives of Samsung SDI and EcoPro BM, whose plants in Quebec "
                           "are growing.")
    assert "EcoPro BM" in org_names(found)


def test_round50_an_ambassador_of_one_country_to_another_then_the_name(extractor):
    found = run(extractor, "Ambassador of the Republic of Korea to Canada Han Seung-min also took part in the roundtable.")
    assert person_names(found) == {"Han Seung-min"}


def test_round50_an_editors_credit_in_square_brackets_names_a_person(extractor):
    found = run(extractor, "BRUSSELS – The Commission met on Monday.\n\nMore talks follow.\n\n[Edited by Aneta Wójcikowa]")
    assert "Aneta Wójcikowa" in person_names(found)


def test_round50_a_byline_in_capitals_over_the_place_and_date_of_filing(extractor):
    found = run(extractor, "Brazil seeks Spain's help on the trade pact\n\nThe Brazilian minister meets his Spanish "
                           "counterpart in Madrid\n\nLUCÍA PEREDA\nMadrid - 13 JAN 2026 - 19:45 CET\n\nBrazil wants Spain "
                           "to act as its advocate in Brussels, the Brazilian minister Paulo Mattos Rezende said on Tuesday.")
    assert {name.lower() for name in person_names(found)} == {"lucía pereda", "paulo mattos rezende"}


def test_round50_a_capitals_headline_over_a_dateline_is_no_byline(extractor):
    found = run(extractor, "TRADE TALKS\nMadrid - 13 JAN 2026 - 19:45 CET\n\nSpain and Brazil met on Tuesday.")
    assert not person_names(found)


def test_round50_frances_agriculture_minister_is_of_its_ministry_by_its_name(extractor):
    found = run(extractor, "PARIS – French Agriculture Minister Claire Dumontel said farmers would protest again.")
    assert ("Claire Dumontel", "Agriculture Minister", "Ministry of Agriculture and Food Sovereignty of France") \
        in roles_of(found)


def test_round50_a_holder_after_a_known_body_closing_a_chain_of_posts(extractor):
    found = run(extractor, "On the same day, the Deputy Director-General met with Chairman of the Committee on Budget and "
                           "Economic Reforms of the Legislative Chamber of the Oliy Majlis Farrukh Tojimatov. He said the "
                           "laws were ready.")
    assert person_names(found) == {"Farrukh Tojimatov"}
    assert "Legislative Chamber of the Oliy Majlis" in org_names(found)


def test_round50_a_provinces_minister_is_no_federal_ministers_after_a_dateline(extractor):
    found = run(extractor, "REGINA, Sask. — Saskatchewan Agriculture Minister Daryl Harrowsmith says canola farmers need "
                           "federal help after China imposed duties of 100 per cent.")
    # (the province's own ministry, round 53: provinces.yaml)
    assert ("Daryl Harrowsmith", "Saskatchewan Agriculture Minister", "Saskatchewan Ministry of Agriculture") \
        in roles_of(found)


def test_round50_listed_portfolios_closed_by_the_holders_name(extractor):
    found = run(extractor, "State Secretary in the Bavarian Ministry of Economic Affairs, Labour and Tourism Anna Weberling "
                           "said exports fell.")
    assert ("Anna Weberling", "State Secretary", "Bavarian Ministry of Economic Affairs, Labour and Tourism") \
        in roles_of(found)


def test_round50_a_known_bodys_bare_word_opening_a_longer_name(extractor):
    found = run(extractor, "The GCC Ministerial Council met in Riyadh on Sunday. The Commission for Economic Cooperation "
                           "will follow up.")
    assert "Commission for Economic Cooperation" in org_names(found)
    assert "European Commission" not in org_names(found)


def test_round50_dp_world_is_one_firm(extractor):
    found = run(extractor, "DUBAI, March 15 (Reuters) - DP World chairman Hamad Saeed Al Mazroui said the company would "
                           "invest $2 billion in African ports.")
    assert ("Hamad Saeed Al Mazroui", "chairman", "DP World") in roles_of(found)


def test_round50_a_bodys_short_form_after_its_possessive_then_the_post(extractor):
    found = run(extractor, "Deputy Trade Minister Selim Karatay met Vadim Lavrinenko, the Eurasian Economic Commission's "
                           "(EEC) minister in charge of trade, in Istanbul on Wednesday.")
    assert ("Vadim Lavrinenko", "minister in charge of trade", "Eurasian Economic Commission") in roles_of(found)


def test_round50_a_formal_ministers_title_in_a_story_about_one_country_is_of_that_countrys_body(extractor):
    found = run(extractor, "Dairy farmers met the Minister of International Trade, Odile Marchetti, in Ottawa on Thursday. "
                           "Canada's dairy sector is protected, Canadian farmers said. Canada will not yield.")
    assert ("Odile Marchetti", "Minister of International Trade", "Global Affairs Canada") in roles_of(found)


def test_round50_a_translation_note_ends_at_its_colon_when_the_story_runs_on(extractor):
    found = run(extractor, "Translated from Russian (Kommersant): The head of the Federal Customs Service, Valery "
                           "Pankratyev, stated that imports from China via the Far East grew by a third.")
    assert person_names(found) == {"Valery Pankratyev"}
    assert "Kommersant" in org_names(found)


def test_round50_people_set_off_by_our_post_in_capitals(extractor):
    found = run(extractor, "Thank you, operator. With me today are Sophie Laurentin, our Chief Executive Officer, and "
                           "Anders Nyborg, our Chief Financial Officer.")
    assert person_names(found) == {"Sophie Laurentin", "Anders Nyborg"}


def test_round50_a_commerce_secretary_in_a_story_that_never_names_the_us(extractor):
    found = run(extractor, "Ambassador of Japan to India Hiroshi Katagiri met Commerce Secretary Arvind Mehrotra on "
                           "Tuesday to discuss the Japan-India CEPA.")
    assert ("Arvind Mehrotra", "Commerce Secretary", "Ministry of Commerce and Industry of India") in roles_of(found)


def test_round50_a_commerce_secretary_beside_china_stays_the_us_one(extractor):
    found = run(extractor, "Commerce Secretary Howard Lanning said China must open its markets.")
    assert ("Howard Lanning", "Commerce Secretary", "U.S. Department of Commerce") in roles_of(found)


# ---- fifty-first round: sentences written for the misses of sets 331-335 ----

def test_round51_outlets_a_story_cites_are_bodies_of_their_country(extractor):
    found = run(extractor, "\"We have weeks of buffer,\" Cecilia Wramsby, head of purchasing at Scania, tells Dagens "
                           "Industri. \"We are not going anywhere,\" Thabo Ndlovu told Daily Maverick after the meeting.")
    assert {"Dagens Industri", "Daily Maverick"} <= org_names(found)
    assert "Maverick" not in org_names(found) and person_names(found) == {"Cecilia Wramsby", "Thabo Ndlovu"}
    countries = {o.name: o.country for o in found.organizations}
    assert countries["Dagens Industri"] == "SE" and countries["Daily Maverick"] == "ZA"


def test_round51_a_byline_of_the_papers_unnamed_reporter_names_no_person(extractor):
    for byline in ("By Citizen Reporter", "By Staff Correspondent"):
        found = run(extractor, byline + "\n\nDar es Salaam. Exporters are turning to the Gulf, Trade Minister Juma "
                                         "Mrisho said on Monday.")
        assert person_names(found) == {"Juma Mrisho"}


def test_round51_a_preposition_opening_the_sentence_is_no_part_of_a_name(extractor):
    found = run(extractor, "Without Agoa, Kenyan garments shipped to the US now attract duties of up to 32 per cent, "
                           "Trade CS Samuel Boit said.")
    assert person_names(found) == {"Samuel Boit"}


@pytest.mark.parametrize("text, body", [
    ("The Standard Chartered bank said exports rose, Jane Moss said.", "The Standard"),
    ("The Economist Intelligence Unit forecasts slower growth, Jane Moss said.", "The Economist"),
    ("Protesters marched on Paseo de la Reforma, Jane Moss said.", "Reforma"),
])
def test_round51_an_outlets_name_that_opens_other_names_is_no_outlet_there(extractor, text, body):
    assert body not in org_names(run(extractor, text))


def test_round51_minister_without_portfolio_is_one_title_at_the_cabinet(extractor):
    found = run(extractor, "Minister without Portfolio Kuo Pei-hsuan (郭佩萱), who heads the Executive Yuan's Office of "
                           "Trade Negotiations, on Thursday described the rate as temporary.")
    assert person_names(found) == {"Kuo Pei-hsuan"}
    assert ("Kuo Pei-hsuan", "Minister without Portfolio", "Executive Yuan") in roles_of(found)


def test_round51_minister_without_portfolio_before_a_second_title(extractor):
    found = run(extractor, "The delegation led by Minister without Portfolio and Chief Trade Negotiator Kuo Pei-hsuan "
                           "met officials in Washington.")
    assert person_names(found) == {"Kuo Pei-hsuan"}
    assert "Minister without Portfolio" in {t for p, t, _ in roles_of(found) if p == "Kuo Pei-hsuan"}


def test_round51_taiwans_premier_heads_the_executive_yuan(extractor):
    found = run(extractor, "TAIPEI (CNA) — Premier Cho Jung-tai said on Monday the talks were going well.")
    assert ("Cho Jung-tai", "Premier", "Executive Yuan") in roles_of(found)


def test_round51_a_trade_minister_with_no_country_takes_no_other_body_of_trade(extractor):
    found = run(extractor, "Trade Minister Daniel Whitcombe met European Commission officials in Brussels on Monday.")
    assert ("Daniel Whitcombe", "Trade Minister", "European Commission") not in roles_of(found)


def test_round51_hong_kongs_principal_officials_head_their_bureau_and_department(extractor):
    found = run(extractor, "Secretary for Commerce and Economic Development Raymond Yeung Chi-wai met traders on "
                           "Tuesday. The Director-General of Trade and Industry, Mr Vincent Ho, said the WTO must act.")
    assert ("Raymond Yeung Chi-wai", "Secretary for Commerce and Economic Development",
            "Commerce and Economic Development Bureau") in roles_of(found)
    assert ("Vincent Ho", "Director-General of Trade and Industry", "Trade and Industry Department") in roles_of(found)


def test_round51_a_minister_talking_with_the_main_countrys_official_is_of_the_other_country(extractor):
    found = run(extractor, "Swedish industry is running out of magnets. Swedish firms say China's licences arrive in "
                           "drips. China has not answered, and China's customs are slow. China says it follows the "
                           "law. Trade Minister Elin Norrgård raised the issue on Wednesday in a video call with "
                           "China's Vice Minister of Commerce, Liang Wen-hao. Swedish exporters want more.")
    assert ("Elin Norrgård", "Trade Minister", "Ministry for Foreign Affairs of Sweden") in roles_of(found)


def test_round51_a_ministers_portfolio_in_brackets_after_the_name_gives_the_body(extractor):
    found = run(extractor, "Minister Sanne Hoogeveen (Foreign Trade and Development Aid) today held talks in Beijing "
                           "with Chinese Vice Minister of Commerce Liang Wenhao. The Netherlands wants calm, Dutch "
                           "firms said, and Dutch exporters agree.")
    assert ("Sanne Hoogeveen", "Minister", "Ministry of Foreign Affairs of the Netherlands") in roles_of(found)


def test_round51_a_place_closed_by_a_full_stop_opens_an_east_african_story(extractor):
    found = run(extractor, "By Citizen Reporter\n\nDar es Salaam. The Minister for Agriculture, Dr Husna Abdallah "
                           "Bakari, said on Monday the government would help exporters find buyers in Egypt.")
    assert ("Husna Abdallah Bakari", "Minister for Agriculture", "Ministry of Agriculture of Tanzania") in roles_of(found)


def test_round51_an_honorifics_stop_opening_a_line_is_no_dateline():
    from loaders.extraction.datelines import dateline_spans
    text = "Mr. Kulkarni held talks with New Zealand's trade minister.\nNairobi. The ministry said so."
    assert [text[a:b] for a, b in dateline_spans(text)] == ["Nairobi"]


def test_round51_a_title_listing_a_listed_bodys_remit_is_at_that_body(extractor):
    found = run(extractor, "Trade, Industry and Competition Minister Thabiso Mahlangu visited citrus growers on "
                           "Monday. The US tariffs hurt, growers said. The US will not budge, the US embassy said.")
    assert ("Thabiso Mahlangu", "Trade, Industry and Competition Minister",
            "Department of Trade, Industry and Competition") in roles_of(found)


def test_round51_a_titled_name_before_a_producers_appositive_is_a_person(extractor):
    found = run(extractor, "Harnack and National Pork Producers Council (NPPC) President Rhett Vanderploeg, an Iowa "
                           "producer, led a delegation.")
    assert person_names(found) == {"Rhett Vanderploeg"}
    assert ("Rhett Vanderploeg", "President", "National Pork Producers Council") in roles_of(found)
    assert not any("Vanderploeg" in name for name in org_names(found))


def test_round51_a_date_with_its_year_in_a_datelines_brackets_is_no_agency(extractor):
    found = run(extractor, "OTTAWA, ON (November 20, 2025) – The Fertilizer Institute (TFI) and Fertilizer Canada "
                           "today urged the governments to keep fertilizer trade free of tariffs.")
    assert org_names(found) == {"The Fertilizer Institute", "Fertilizer Canada"}


def test_round51_an_acronym_then_what_the_firm_makes_is_a_firm(extractor):
    found = run(extractor, "The consortium was led by Liu Jianguo, general manager of Sinochem Fertilizer, with "
                           "CNAMPGC and CNOOC Fertilizer also at the table.")
    assert person_names(found) == {"Liu Jianguo"} and "CNOOC Fertilizer" in org_names(found)


def test_round51_a_so_called_name_in_quotation_marks_is_no_quote_and_a_relative_clause_keeps_its_own(extractor):
    found = run(extractor, "Asked about remarks by Guo Peixuan, the head of the DPP authorities' so-called \"Office of "
                           "Trade Negotiations,\" who had described the agreement as \"the best result Taiwan could get "
                           "under the circumstances,\" Yan Ruhong said such claims \"cannot deceive the people on the "
                           "island.\"")
    assert {(q.speaker, q.text) for q in found.quotes} == {
        ("Guo Peixuan", "the best result Taiwan could get under the circumstances"),
        ("Yan Ruhong", "cannot deceive the people on the island.")}


def test_round51_a_firms_we_in_its_officers_turn_under_her_name_on_its_own_line(extractor):
    found = run(extractor, "Operator\nOur next question comes from Nadia Petrovic with Clarksons Securities.\n\n"
                           "Yael Rosenfeld\nLet me add one number, Nadia. As I said in my prepared remarks, we \"will "
                           "not chase volume at any price,\" and that applies to the transpacific too.")
    assert ("Yael Rosenfeld", "will not chase volume at any price") in {(q.speaker, q.text) for q in found.quotes}


def test_round51_a_listed_departments_remit_after_the_post_commas_and_all(extractor):
    found = run(extractor, "Minister of Trade, Industry and Competition John Smith told reporters the talks failed.")
    assert person_names(found) == {"John Smith"}
    assert ("John Smith", "Minister of Trade, Industry and Competition",
            "Department of Trade, Industry and Competition") in roles_of(found)


def test_round51_a_trade_programme_written_as_a_word_is_no_person(extractor):
    found = run(extractor, "NAIROBI (Reuters) - Kenya's Trade Cabinet Secretary Rebecca Wanjiru said on Tuesday the "
                           "country would seek a bilateral deal with Washington if Agoa lapsed.")
    assert person_names(found) == {"Rebecca Wanjiru"}


def test_round51_african_bodies_the_lexicon_lists(extractor):
    found = run(extractor, "Ethiopian Airlines Cargo and Logistics Services Managing Director Hiwot Tadesse said the "
                           "airline would add freighters. Payments run through a system backed by Afreximbank.")
    assert ("Hiwot Tadesse", "Managing Director", "Ethiopian Airlines Cargo and Logistics Services") in roles_of(found)
    assert "African Export-Import Bank" in org_names(found)


def test_round51_a_parliaments_record_names_members_by_style_and_surname_in_capitals(extractor):
    found = run(extractor, "QUESTIONS WITHOUT NOTICE\n\nMr TRETHOWAN (Riverina) (14:08): My question is to the "
                           "Minister for Trade and Tourism.\n\nMr WHITCOMBE (Shortland\u2014Minister for Trade and "
                           "Tourism) (14:09): I thank the member for Riverina for his question. BlueScope has asked "
                           "for help.\n\nHon R\u0100WIRI TAMATEA (Minister for Trade and Investment): I hosted my "
                           "counterpart.")
    assert person_names(found) == {"Trethowan", "Whitcombe", "R\u0101wiri Tamatea"}
    roles = roles_of(found)
    assert ("Whitcombe", "Minister for Trade and Tourism") in {(p, t) for p, t, _ in roles}
    assert ("Whitcombe", "Minister for Trade and Tourism", "BlueScope") not in roles


def test_round51_a_title_closing_on_general_is_no_part_of_the_body_before_it(extractor):
    found = run(extractor, "Tanzania Ports Authority Director General Baraka Mfinanga said the port would expand.")
    assert org_names(found) == {"Tanzania Ports Authority"}
    assert ("Baraka Mfinanga", "Director General", "Tanzania Ports Authority") in roles_of(found)


# ---- fifty-second round: transcripts' speaker lines, panel lists, briefings' turns


_PANEL = ("Atlantic Council\n\"Tariffs and Allies: What Comes Next\"\nTuesday, July 8, 2025\n\nMODERATOR:\n"
          "Howard Kessling, Senior Adviser, Trade Program, Atlantic Council\n\nPANELISTS:\n"
          "Maria Dunleavy, Partner, Sidley Austin LLP; former Deputy Assistant Secretary of Commerce for Export "
          "Enforcement\nTomasz Wrobel, Senior Research Fellow, Polish Institute of International Affairs\n\n"
          "HOWARD KESSLING: Good morning and welcome. Maria, you worked at Commerce. What changed?\n\n"
          "MARIA DUNLEAVY: A great deal, Howard. The tariffs are now the first tool, not the last.\n\n"
          "TOMASZ WROBEL: In Warsaw we see it the same way. Europe has to answer.")


def test_round52_a_panels_moderator_and_panelists_under_their_headers_are_people(extractor):
    found = run(extractor, _PANEL)
    assert {"Howard Kessling", "Maria Dunleavy", "Tomasz Wrobel"} <= person_names(found)


def test_round52_a_panelists_body_closes_the_line_of_the_list(extractor):
    roles = roles_of(run(extractor, _PANEL))
    assert ("Tomasz Wrobel", "Senior Research Fellow", "Polish Institute of International Affairs") in roles
    assert ("Maria Dunleavy", "Partner", "Sidley Austin LLP") in roles


def test_round52_a_program_set_off_by_commas_in_a_panel_list_is_its_bodys_unit(extractor):
    found = run(extractor, _PANEL)
    assert ("Howard Kessling", "Senior Adviser", "Atlantic Council") in roles_of(found)


def test_round52_a_former_post_after_a_semicolon_on_a_panelists_line(extractor):
    found = run(extractor, _PANEL)
    former = [r for r in found.roles if r.person == "Maria Dunleavy" and "Assistant Secretary" in r.title]
    assert former and not former[0].current


_BRIEFING = ("Press Conference by Press Secretary MORISHITA Daiki\n\nOpening Remarks\n\nPress Secretary MORISHITA: "
             "I have no announcements today.\n\nQuestions and Answers\n\nSAKATA, Kyodo News: Minister of Economy, "
             "Trade and Industry KUBOTA Hideo flies to Washington next week. Will he raise steel?\n\n"
             "Press Secretary MORISHITA: I would like to refrain from prejudging the visit.\n\n"
             "ELLWOOD, Nikkei: Has Japan asked the European Commission for a quota?\n\n"
             "Press Secretary MORISHITA: I will refrain from going into details. Thank you.")


def test_round52_a_briefings_speakers_by_post_and_surname_in_capitals_are_people(extractor):
    found = run(extractor, _BRIEFING)
    names = person_names(found)
    assert {"SAKATA", "ELLWOOD", "KUBOTA Hideo"} <= names
    assert any(n.startswith("MORISHITA") for n in names)
    assert ("Press Secretary", ) in {(t,) for p, t, _ in roles_of(found) if p.startswith("MORISHITA")}


def test_round52_a_briefing_reporters_outlet_is_a_body(extractor):
    found = run(extractor, _BRIEFING)
    assert {"Kyodo News", "Nikkei"} <= org_names(found)
    assert not {"Press Secretary MORISHITA", "SAKATA", "Opening Remarks"} & org_names(found)



def test_round52_firms_and_brands_named_after_people_are_bodies(extractor):
    found = run(extractor, "Farm equipment maker John Deere said on Tuesday it would raise prices because of steel "
                           "tariffs. Levi Strauss and Ralph Lauren warned of higher costs, while Johnnie Walker owner "
                           "Diageo said exports would slow.")
    assert person_names(found) == set()
    assert {"Deere & Company", "Levi Strauss & Co.", "Ralph Lauren", "Johnnie Walker", "Diageo"} <= org_names(found)


def test_round52_a_broadcasts_presenter_and_guest_labels_name_people(extractor):
    found = run(extractor, "BBC Radio 4 \u2014 Today\nThursday 5 June 2025, 08:10\nPresenter: Martha Kealey\n"
                           "Guest: Rhiannon Ashcroft MP, Minister of State for Trade Policy, Department for Business "
                           "and Trade\n\nMARTHA KEALEY: Steelmakers woke up to a tariff. Minister, is he right?\n\n"
                           "RHIANNON ASHCROFT: I understand the frustration, Martha.\n\nKEALEY: And what did he tell "
                           "you?\n\nASHCROFT: He told me nothing.")
    assert {"Martha Kealey", "Rhiannon Ashcroft"} <= person_names(found)
    assert "BBC Radio 4" in org_names(found)
    assert ("Martha Kealey", "Presenter", "BBC Radio 4") in roles_of(found)


def test_round52_a_speakers_label_in_capitals_is_no_subject_of_the_reported_quotation(extractor):
    found = run(extractor, "KEALEY: Tata Steel says it is losing orders.\n\nASHCROFT: That is why we want the quota."
                           "\n\nKEALEY: Your opposite number, the Conservatives' shadow business and trade secretary "
                           "Oliver Stanbridge, said this morning that the agreement was \"a press release dressed up "
                           "as a trade agreement\".\n\nASHCROFT: With respect to Oliver, his party never got one.")
    assert ("Oliver Stanbridge", "a press release dressed up as a trade agreement") in {
        (q.speaker, q.text) for q in found.quotes}


def test_round52_a_releases_long_attribution_then_a_paragraph_quoted_alone_goes_on(extractor):
    found = run(extractor, "\"We cannot allow our industry to become the shock absorber for everyone else,\" said "
                           "Morten Lund, Danish Minister for Industry, Business and Financial Affairs, whose country "
                           "holds the Council presidency until the end of the year.\n\n\"Today's mandate gives us a "
                           "robust instrument that is compatible with our WTO obligations.\"\n\nBackground")
    assert ("Morten Lund", "Today's mandate gives us a robust instrument that is compatible with our WTO "
            "obligations.") in {(q.speaker, q.text) for q in found.quotes}


def test_round52_a_briefings_question_after_a_dash_names_the_reporter_and_outlet_not_the_speaker(extractor):
    found = run(extractor, "Jonas Lindqvist: Thank you. The Commissioner spoke to Beijing.\n\nQuestion - Anke "
                           "Dorfmann, Handelsblatt: This morning the French minister for foreign trade, Aur\u00e9lien "
                           "Marchetti, said that \"the anti-coercion instrument was built for precisely this kind of "
                           "situation\". Is the Commission ready?")
    assert ("Aur\u00e9lien Marchetti", "the anti-coercion instrument was built for precisely this kind of situation") \
        in {(q.speaker, q.text) for q in found.quotes}
    assert "Handelsblatt" in org_names(found)
    assert ("Aur\u00e9lien Marchetti", "minister for foreign trade",
            "Ministry for Europe and Foreign Affairs of France") in roles_of(found)


def test_round52_a_briefing_rooms_name_on_the_first_lines_is_no_paper(extractor):
    found = run(extractor, "European Commission - Midday briefing\nBerlaymont press room, Brussels, 14 October 2025 - "
                           "transcript (excerpts)\n\nSpeakers: In\u00eas Pimentel, Chief Spokesperson; Jonas Lindqvist, "
                           "Spokesperson for Trade\n\nIn\u00eas Pimentel: Good afternoon and welcome to the midday.")
    assert not any("press room" in name for name in org_names(found))


def test_round52_a_hyphenated_instruments_short_form_is_no_body(extractor):
    found = run(extractor, "Lawmakers are pressing the European Commission to prepare the bloc's anti-coercion "
                           "instrument (ACI) after Washington threatened new tariffs. The ACI was adopted in 2023.")
    assert org_names(found) == {"European Commission"}


def test_round52_the_union_in_a_posts_area_stays_in_its_title(extractor):
    found = run(extractor, "Speaking for the presidency, Deputy Minister for European Affairs Eleni Koumidou said "
                           "member states had agreed.")
    assert ("Eleni Koumidou", "Deputy Minister for European Affairs") in {(p, t) for p, t, _ in roles_of(found)}


def test_round52_a_committees_chair_is_named_by_the_committee_as_written(extractor):
    found = run(extractor, "For the S&D, Katrin Vollmer (DE), who chairs the Committee on International Trade, urged "
                           "colleagues not to delay. Anna Berg, chair of the Committee on Agriculture and Rural "
                           "Development, disagreed.")
    titles = {(p, t) for p, t, _ in roles_of(found)}
    assert ("Katrin Vollmer", "chair of the Committee on International Trade") in titles
    assert ("Anna Berg", "chair of the Committee on Agriculture and Rural Development") in titles


def test_round52_a_groups_short_form_in_a_members_bracket_only(extractor):
    found = run(extractor, "Luc\u00eda Beltr\u00e1n Ortega (Renew, ES) highlighted the gains for wine. Renew the "
                           "deal, farmers said.")
    assert "Renew Europe" in org_names(found)
    found = run(extractor, "Renew the deal or lose the market, farmers told Commissioner Jan Berg in Brussels.")
    assert "Renew Europe" not in org_names(found)


def test_round52_a_printed_hearings_members_by_style_and_surname_closed_by_a_full_stop(extractor):
    found = run(extractor, "WITNESSES: Wade Hollister, Vice President, Government Affairs, Freeport-McMoRan Inc.\n\n"
                           "Senator HARGROVE. The subcommittee will come to order. Mr. Hollister, is the tariff "
                           "working?\n\nMr. HOLLISTER. Senator, it is helping at the margin. We told the Department "
                           "early on that \"tariffs buy time; permits build capacity,\" and that remains our view.\n\n"
                           "Senator ACHTERBERG. Thank you. I yield back.")
    assert {"Hargrove", "Achterberg", "Wade Hollister"} <= {n.title() if n.isupper() else n
                                                            for n in person_names(found)}
    assert ("Wade Hollister", "tariffs buy time; permits build capacity") in {(q.speaker, q.text) for q in found.quotes}


def test_round52_a_research_reports_authors_hold_their_posts_at_its_publisher(extractor):
    found = run(extractor, "Congressional Research Service\nInforming the legislative debate since 1914\n\n"
                           "Section 232 Tariffs on Copper: Status and Issues for Congress\n\nJanuary 28, 2026\n\n"
                           "Hollis R. Tamburro, Specialist in International Trade and Finance\n"
                           "Danielle Okoye-Marsh, Analyst in Industrial Organization and Business\n"
                           "Clara M. Whitlow, Legislative Attorney\n\n"
                           "Section 232 of the Trade Expansion Act of 1962 authorizes the President to adjust imports.")
    roles = roles_of(found)
    crs = "Congressional Research Service"
    assert {("Hollis R. Tamburro", "Specialist in International Trade and Finance", crs),
            ("Danielle Okoye-Marsh", "Analyst in Industrial Organization and Business", crs),
            ("Clara M. Whitlow", "Legislative Attorney", crs)} <= roles
    assert crs in org_names(found) and not any("Industrial" in name or name == "Legislative" for name in org_names(found))


def test_round52_a_given_names_initial_without_a_full_stop_after_a_title(extractor):
    found = run(extractor, "Commerce and Industry Minister A Venkatraman said the pact was ambitious. \"This is the "
                           "most ambitious trade agreement India has ever concluded,\" Venkatraman said.")
    assert person_names(found) == {"A Venkatraman"}
    assert ("A Venkatraman", "This is the most ambitious trade agreement India has ever concluded") in {
        (q.speaker, q.text.rstrip(".,")) for q in found.quotes}
    assert person_names(run(extractor, "A Reuters poll showed gains on Tuesday. A decision is due.")) == set()


def test_round52_chinas_bodies_go_by_their_full_official_names(extractor):
    found = run(extractor, "China's Ministry of Commerce said the State Council had approved the duties, and Chinese Vice "
                           "Premier Gu Chengxiang held a video call with U.S. Treasury Secretary Russell Hartigan.")
    assert {"Ministry of Commerce of the People's Republic of China",
            "State Council of the People's Republic of China"} <= org_names(found)
    assert ("Gu Chengxiang", "Vice Premier", "State Council of the People's Republic of China") in roles_of(found)


def test_round52_defence_firms_listed_together_stay_apart(extractor):
    found = run(extractor, "Kratos Defense & Security Solutions, AeroVironment and Anduril Industries were added to "
                           "the unreliable entity list. Peng Lixia, vice-president of the Association of China Rare "
                           "Earth Industry, said exports would recover.")
    assert {"Kratos Defense & Security Solutions", "AeroVironment", "Anduril Industries",
            "Association of China Rare Earth Industry"} <= org_names(found)


def test_round52_a_speaker_named_in_full_in_capitals_then_by_surname_is_a_person_not_a_dateline(extractor):
    found = run(extractor, "PAUL KINSELLA: Morning, everyone. Yesterday it was my pleasure to host ministers.\n\n"
                           "JOURNALIST: Minister, is Costa Rica in?\n\nKINSELLA: We've made substantial progress.")
    assert person_names(found) == {"Paul Kinsella"}


def test_round52_the_british_minister_is_the_one_of_britain_not_one_of_no_known_country(extractor):
    found = run(extractor, "PAUL KINSELLA: Twelve economies met, plus Costa Rica, whose Minister of Foreign Trade, "
                           "Rodrigo Solano Vargas, joined us. I had breakfast with the UK trade minister, Rhiannon "
                           "Ashcroft, this morning.\n\nJOURNALIST: The British minister said on Wednesday she wanted "
                           "the CPTPP to become \"the gold standard for digital trade in the world.\" Is that "
                           "realistic?\n\nKINSELLA: Look, the rules still matter.")
    assert [q.speaker for q in found.quotes] == ["Rhiannon Ashcroft"]


def test_round52_a_podcasts_labels_and_editors_notes_are_no_people_nor_is_a_programme_in_quotation_marks(extractor):
    found = run(extractor, "Hosts: Dev Raman and Claire Ostrowski. Guest: Niamh Carrigan, senior fellow at the "
                           "Institute of International and European Affairs.\n\n[Transcript edited for length and "
                           "clarity]\n\nDEV RAMAN: Welcome back to Trade Matters. The interview aired on CNBC's "
                           "\"Squawk Box\" on Thursday.\n\nRAMAN: Niamh, welcome.")
    assert person_names(found) == {"Dev Raman", "Claire Ostrowski", "Niamh Carrigan"}


def test_round52_an_index_named_after_its_provider_is_no_cut_name(extractor):
    found = run(extractor, "The Morgan Stanley Capital International index of emerging markets fell 1.4%. The Dow "
                           "Jones Industrial Average gained 0.3%. Japan's export insurer NEXI will cover the loans.")
    assert org_names(found) == {"MSCI", "Nippon Export and Investment Insurance"}


def test_round52_a_firms_own_language_name_in_brackets_after_its_legal_form_is_no_person(extractor):
    found = run(extractor, "Wang Lei, board secretary of Hua Hong Semiconductor Co., Ltd. (Huahong Bandaoti), said "
                           "approvals had picked up. Fang Wei of JL Mag Rare-Earth Co., Ltd. (Jinli Yongci) agreed.")
    assert person_names(found) == {"Wang Lei", "Fang Wei"}


def test_round52_a_hyphenated_trade_before_a_firms_name_after_at(extractor):
    found = run(extractor, "Russian barrels will find their way back, said Aarav Khurana, lead research analyst at "
                           "ship-tracking firm Kpler.")
    assert ("Aarav Khurana", "lead research analyst", "Kpler") in roles_of(found)


def test_round52_indias_refiners_papers_and_trade_bodies(extractor):
    found = run(extractor, "\"Russian oil remains the most economical option,\" Dmitri Kovalev, Russia's deputy energy "
                           "minister, told Mint. State-run Bharat Petroleum (BPCL) and Hindustan Petroleum (HPCL) are "
                           "scrutinising documents, while Nayara Energy runs on Russian crude. The Federation of Indian "
                           "Export Organisations (FIEO) welcomed the DGFT notice.")
    assert person_names(found) == {"Dmitri Kovalev"}
    assert {"Mint", "Bharat Petroleum Corporation Limited", "Hindustan Petroleum Corporation Limited", "Nayara Energy",
            "Federation of Indian Export Organisations", "Directorate General of Foreign Trade"} <= org_names(found)


def test_round52_a_releases_bare_post_is_at_the_issuing_ministry_that_holds_its_portfolio(extractor):
    found = run(extractor, "Korea, Japan agree to build early warning system\n- Minister for Trade Yeom Tae-kyung "
                           "holds Korea-Japan Trade Ministers' Meeting with Japanese METI Minister Ogiwara\n\nApril 9, "
                           "2026 | Ministry of Trade, Industry and Energy\n\nMinister for Trade Yeom Tae-kyung held the "
                           "meeting with Tatsuhiko Ogiwara, Minister of Economy, Trade and Industry of Japan, in Seoul "
                           "on April 9.")
    roles = roles_of(found)
    assert ("Yeom Tae-kyung", "Minister for Trade", "Ministry of Trade, Industry and Energy") in roles
    assert ("Tatsuhiko Ogiwara", "Minister of Economy, Trade and Industry",
            "Ministry of Economy, Trade and Industry") in roles


def test_round52_a_europe_minister_sits_in_the_foreign_ministry(extractor):
    found = run(extractor, "\"We did not build this instrument to admire it,\" French Europe Minister Bastien Roussel "
                           "told POLITICO on Tuesday.")
    assert ("Bastien Roussel", "Europe Minister", "Ministry for Europe and Foreign Affairs of France") in roles_of(found)


def test_round52_a_department_inside_a_ministry_does_not_make_its_country_one_of_departments(extractor):
    found = run(extractor, "NEW DELHI: Indian drugmakers want a permanent carve-out from US tariffs, Pharmexcil said. "
                           "India's exports of generics to the US rose 12 per cent last year, and Indian firms expect "
                           "more.\n\nFormer commerce secretary Vinod Khurana, who now heads a trade policy think tank, "
                           "said India should use its talks with the US to secure the exemption.")
    assert "Pharmexcil" not in person_names(found)
    assert not any(b == "U.S. Department of Commerce" for p, _, b in roles_of(found) if p == "Vinod Khurana")


def test_round52_a_questions_opening_verb_is_no_given_name(extractor):
    found = run(extractor, "CHOWDHURY: Will the investment come back, though? Will Merck reverse course?\n\n"
                           "GALLACHER: Merck pulled its London research centre last month, and NICE has not moved.")
    assert person_names(found) == set()
    assert {"Merck & Co.", "National Institute for Health and Care Excellence"} <= org_names(found)
    assert "Will Smith" in person_names(run(extractor, "Will Smith, the trade envoy, said talks would resume."))


def test_round52_a_bare_parliament_in_a_story_of_the_unions_bodies_is_the_european_parliament(extractor):
    found = run(extractor, "BRUSSELS - The Commission's steel proposal moved a step closer on Tuesday. Back in "
                           "Brussels, negotiators from the Parliament and the Council will meet tonight for what could be the "
                           "final trilogue. Parliament's plenary vote is scheduled for April.")
    assert {"European Parliament", "Council of the European Union", "European Commission"} <= org_names(found)
    found = run(extractor, "LONDON (Reuters) - Britain's prime minister said Parliament would vote on the deal next "
                           "week. The European Commission said talks with Britain would continue, and British "
                           "lawmakers said the UK needed the vote. Britain's economy is slowing.")
    assert "European Parliament" not in org_names(found)


def test_round52_suppliers_platforms_and_parties_the_lexicon_lists(extractor):
    found = run(extractor, "KMT legislator Hsieh Kuo-liang said the Kuomintang opposed the deal. ZF and Mahle cut "
                           "jobs, while Ericsson and Volvo Cars said tariffs hurt. Forza Italia senator Carlo Rossi "
                           "agreed. Continental European buyers held back.")
    assert person_names(found) == {"Hsieh Kuo-liang", "Carlo Rossi"}
    assert {"Kuomintang", "ZF Friedrichshafen", "Mahle", "Ericsson", "Volvo Cars", "Forza Italia"} <= org_names(found)
    assert "Continental AG" not in org_names(found)
    # (a firm's name that is a surname too is left out: "Erlend Sandvik", "Jan Porsche" are people)
    found = run(extractor, "\"Carriers know that the day they come back, rates will fall,\" said Erlend Sandvik, a "
                           "Norwegian shipowner. \"The rebate is welcome, but it is small change,\" Sandvik said.")
    assert person_names(found) == {"Erlend Sandvik"} and not org_names(found)


def test_round52_an_officers_post_in_a_bureaus_release_is_the_bureaus(extractor):
    found = run(extractor, "BUREAU OF INDUSTRY AND SECURITY\nOffice of Congressional and Public Affairs\nFOR IMMEDIATE "
                           "RELEASE\nThursday, January 22, 2026\n\nWASHINGTON - The Bureau of Industry and Security "
                           "added twelve entities to the Entity List. \"Every advanced chip that ends up in the wrong "
                           "data center is a chip that works against us,\" said Under Secretary of Commerce for Industry "
                           "and Security Marcus Feldheim.")
    assert ("Marcus Feldheim", "Under Secretary of Commerce for Industry and Security",
            "Bureau of Industry and Security") in roles_of(found)


def test_round52_an_age_between_a_name_and_the_post(extractor):
    found = run(extractor, "The deal was signed by Aiko Fujimura, 58, president of Mitsubishi Corporation, and Ravi "
                           "Krishnan, chairman of Tata Sons.")
    assert ("Aiko Fujimura", "president", "Mitsubishi Corporation") in roles_of(found)


def test_round52_a_buildings_name_is_no_body(extractor):
    found = run(extractor, "The hearing was held in Room 215 of the Dirksen Senate Office Building in Washington, "
                           "and the Senate Finance Committee heard three witnesses.")
    assert not any(name.startswith("Dirksen") for name in org_names(found))


# ---- fifty-third round: ministries a minister's title names, provinces' posts ------------------------------------


def test_round53_a_ministers_listed_portfolio_after_for_names_the_ministry(extractor):
    found = run(extractor, "\"We cannot carry this alone,\" said Morten Skovgaard Lund, Danish Minister for Industry, "
                           "Business and Financial Affairs, whose country chairs the Council.")
    assert ("Morten Skovgaard Lund", "Minister for Industry, Business and Financial Affairs",
            "Ministry of Industry, Business and Financial Affairs of Denmark") in roles_of(found)


def test_round53_a_foreign_trade_minister_of_a_country_with_no_trade_body_listed(extractor):
    found = run(extractor, "Costa Rican Foreign Trade Minister Andrés Quesada Mora joined the session online.")
    assert ("Andrés Quesada Mora", "Foreign Trade Minister", "Ministry of Foreign Trade of Costa Rica") \
        in roles_of(found)
    # (Sweden's sits in its foreign ministry, which the lexicon says)
    found = run(extractor, "Swedish Foreign Trade Minister Anna Berglund Ek joined the session online.")
    assert ("Anna Berglund Ek", "Foreign Trade Minister", "Ministry for Foreign Affairs of Sweden") in roles_of(found)


def test_round53_a_portfolio_noun_joined_to_a_domain_before_minister(extractor):
    found = run(extractor, "Brazil's development and trade minister Luiz Fernando Rezende urged EU capitals to "
                           "ratify the agreement.")
    assert ("Luiz Fernando Rezende", "development and trade minister",
            "Ministry of Development, Industry, Trade and Services of Brazil") in roles_of(found)
    found = run(extractor, "Leaders discussed the security and trade talks. Minister Luis Ortega Vela attended.")
    assert not any("security" in title for _, title, _ in roles_of(found))


def test_round53_a_ministry_built_from_a_title_carries_its_country(extractor):
    found = run(extractor, "Costa Rica's development minister Luis Rojas Quirós urged the bloc to act.")
    assert ("Luis Rojas Quirós", "development minister", "Ministry of Development of Costa Rica") in roles_of(found)


def test_round53_a_cabinet_secretarys_listed_portfolio_before_the_title(extractor):
    found = run(extractor, "NAIROBI - Agriculture and Livestock Development Cabinet Secretary Peter Kiprono Langat "
                           "said on Monday that Kenya was in talks to secure fertiliser.")
    assert ("Peter Kiprono Langat", "Agriculture and Livestock Development Cabinet Secretary",
            "Ministry of Agriculture and Livestock Development") in roles_of(found)


def test_round53_a_provinces_premier_and_ministers(extractor):
    found = run(extractor, "Alberta Premier Dana Hollister said the tariffs would hurt. Saskatchewan Agriculture "
                           "Minister Daryl Harrow and B.C. Forests Minister Ravi Dhesi-Mann agreed.")
    roles = roles_of(found)
    assert ("Dana Hollister", "Alberta Premier", "Government of Alberta") in roles
    assert ("Daryl Harrow", "Saskatchewan Agriculture Minister", "Saskatchewan Ministry of Agriculture") in roles
    assert ("Ravi Dhesi-Mann", "B.C. Forests Minister", "British Columbia Ministry of Forests") in roles
    # a bare "Premier" in a story datelined from a province's capital is that province's; China's stays China's
    found = run(extractor, "TORONTO - Premier Gordon Brisebois said on Monday that the province would retaliate.")
    assert ("Gordon Brisebois", "Premier", "Government of Ontario") in roles_of(found)
    found = run(extractor, "BEIJING - Premier Li Qiang said the economy grew by five percent.")
    assert ("Li Qiang", "Premier", "State Council of the People's Republic of China") in roles_of(found)


def test_round53_provinces_file_is_checked_when_loaded(tmp_path):
    from loaders.errors import LoaderError
    with pytest.raises(LoaderError, match="unknown country"):
        load_edited_lexicon(tmp_path, "provinces.yaml", "Ontario: {country: CA", "Ontario: {country: XX")


def test_round53_a_commissioner_by_portfolio_in_a_story_of_the_bloc(extractor):
    found = run(extractor, "BRUSSELS - Agriculture Commissioner Tomasz Wierzbicki told farmers the EU would protect "
                           "them. Climate Commissioner Anneke Verhoeven said the levy would work.")
    roles = roles_of(found)
    assert ("Tomasz Wierzbicki", "Agriculture Commissioner", "European Commission") in roles
    assert ("Anneke Verhoeven", "Climate Commissioner", "European Commission") in roles
    found = run(extractor, "The European Commission will act, said Lucien Abadie, Executive Vice-President for "
                           "Prosperity and Industrial Strategy.")
    assert ("Lucien Abadie", "Executive Vice-President for Prosperity and Industrial Strategy",
            "European Commission") in roles_of(found)
    # (a state's commissioner, the state in the title, is no member of the college)
    found = run(extractor, "AUSTIN - Texas Agriculture Commissioner Sid Mullins said EU rules hurt farmers.")
    assert ("Sid Mullins", "Texas Agriculture Commissioner", "European Commission") not in roles_of(found)


def test_round53_a_ministers_formal_title_of_a_country_with_no_body_listed(extractor):
    found = run(extractor, "The meeting was chaired by Rasmus Thorsager, Minister for Foreign Affairs of Denmark, whose "
                           "country holds the presidency.")
    assert ("Rasmus Thorsager", "Minister for Foreign Affairs", "Ministry of Foreign Affairs of Denmark") \
        in roles_of(found)


def test_round53_a_secretary_of_state_for_a_portfolio_is_a_junior_minister_there(extractor):
    found = run(extractor, "The reopening followed a meeting with Cambodia's Secretary of State for Commerce, Ouk "
                           "Rathana, who agreed on joint inspections.")
    assert ("Ouk Rathana", "Secretary of State for Commerce", "Ministry of Commerce of Cambodia") in roles_of(found)
    found = run(extractor, "Britain's Secretary of State for Business and Trade, Jonathan Reyner, agreed.")
    assert ("Jonathan Reyner", "Secretary of State for Business and Trade", "Department for Business and Trade") \
        in roles_of(found)


def test_round53_a_bodys_name_with_of_after_a_title(extractor):
    found = run(extractor, "\"Our members have been waiting,\" said Pornthip Sangkhamanee, chair of the Sa Kaeo Chamber "
                           "of Commerce, which represents businesses in the province.")
    assert ("Pornthip Sangkhamanee", "chair", "Sa Kaeo Chamber of Commerce") in roles_of(found)
    assert org_names(found) == {"Sa Kaeo Chamber of Commerce"}
    found = run(extractor, "\"It hurts,\" said Rolando Céspedes Ulate, executive director of the National Chamber of "
                           "Pineapple Producers and Exporters (Canapep).")
    assert "National Chamber of Pineapple Producers and Exporters" in org_names(found)


def test_round53_trade_bodies_the_lexicon_lists(extractor):
    found = run(extractor, "Data from the Foreign Trade Promoter (Procomer) show exports rose, and Cinde said "
                           "investors waited. Nigeria Customs Service and the Lagos Chamber of Commerce and Industry "
                           "(LCCI) disagreed, and Cocobod held prices.")
    assert {"Foreign Trade Promoter of Costa Rica", "Costa Rican Investment Promotion Agency", "Nigeria Customs Service",
            "Lagos Chamber of Commerce and Industry", "Ghana Cocoa Board"} <= org_names(found)
    # (a generic name is no alias of one country's body)
    found = run(extractor, "Vice Minister of Foreign Trade Diego Llosa will travel to Canberra.")
    assert not any("Costa Rica" in (o or "") for _, _, o in roles_of(found))


def test_round53_a_name_the_model_reads_as_a_place_after_a_lower_case_title(extractor):
    found = run(extractor, "* \"Diversification is no longer optional for European industry,\" European Commission "
                           "spokesperson Anneliese Vogt told reporters in Brussels.")
    assert person_names(found) == {"Anneliese Vogt"}
    assert ("Anneliese Vogt", "spokesperson", "European Commission") in roles_of(found)
    assert [q.speaker for q in found.quotes] == ["Anneliese Vogt"]


def test_round53_a_title_at_the_body_then_the_name_after_a_comma(extractor):
    found = run(extractor, "At the meeting, the Director of Foreign Trade at the ministry, Aïssatou Bâ Diallo, "
                           "presented the results of a survey of 300 companies.")
    assert person_names(found) == {"Aïssatou Bâ Diallo"}


def test_round53_two_given_names_the_model_reads_as_a_body(extractor):
    found = run(extractor, "The meeting was attended by the Minister of Commerce, Industry and Tourism of Colombia, "
                           "Hernán Darío Quintero Salcedo; the Vice Minister of Foreign Trade of Ecuador, Daniela "
                           "Moncayo Herrera.")
    assert person_names(found) == {"Hernán Darío Quintero Salcedo", "Daniela Moncayo Herrera"}


@pytest.mark.parametrize("text, wanted", [
    ("Exporters fear the policy will deepen Nigeria's foreign-exchange squeeze while the naira remains under "
     "pressure.", True),
    ("Exporters who miss the deadline will be barred from the official FX window.", True),
    ("The COCOBOD boss said the weaker cedi had made smuggling to Côte d'Ivoire more attractive.", True),
    ("The fund paid 40 million rand for the stake.", False),
])
def test_round53_foreign_exchange_and_a_currency_moving(extractor, text, wanted):
    assert ("currency" in {i.id for i in run(extractor, text).issues}) == wanted


def test_round53_goods_named_once_as_an_example_are_no_issue(extractor):
    found = run(extractor, "Several importers and downstream users, such as the automotive and machinery industries, "
                           "fear higher steel prices.")
    assert "autos" not in {i.id for i in found.issues}
    assert "autos" in {i.id for i in run(extractor, "The tariffs on cars will rise to 25 percent.").issues}


def test_round53_a_pronoun_is_not_the_last_named_person_of_the_other_gender(extractor):
    found = run(extractor, "SANTIAGO - On the wall of Valentina Sepúlveda Araya's office hangs a framed page. "
                           "\"Everybody wants our minerals,\" Sepúlveda, 49, said last week. \"My job is to put those "
                           "in the same package.\"\n\nShe grew up in Antofagasta. Her father, Hernán Sepúlveda, spent "
                           "three decades as an engineer at a copper mine. \"At dinner we talked about ore grades the "
                           "way other families talked about football,\" she said.")
    assert {q.speaker for q in found.quotes} == {"Valentina Sepúlveda Araya"}


def test_round53_an_authors_note_gives_the_post_held_now_after_the_one_held_before(extractor):
    found = run(extractor, "Sigrid Tveitane, a former deputy governor of Norges Bank, is Professor of Economics at the "
                           "Norwegian School of Economics.")
    assert ("Sigrid Tveitane", "Professor of Economics", "Norwegian School of Economics") in roles_of(found)


def test_round53_a_letters_signature_with_the_post_under_the_name(extractor):
    found = run(extractor, "Sir, the deal is bad for growers.\n\nOluwaseun Adeyemi-Clarke\nSenior Lecturer in "
                           "Economics, University of Leeds, UK\n\nSir, the deal is good.\n\nPieter-Jan Claessens\n"
                           "Professor of International Economic Law, KU Leuven\nLeuven, Belgium")
    assert person_names(found) == {"Oluwaseun Adeyemi-Clarke", "Pieter-Jan Claessens"}
    assert {("Oluwaseun Adeyemi-Clarke", "Senior Lecturer in Economics", "University of Leeds"),
            ("Pieter-Jan Claessens", "Professor of International Economic Law", "KU Leuven")} <= roles_of(found)


def test_round53_a_releases_city_and_date_closed_by_a_full_stop(extractor):
    found = run(extractor, "Bogotá, December 4, 2025. The meeting was also attended by the Vice Minister of Foreign "
                           "Trade, Paola Andrea Lizarazo Gómez, and the ambassador.")
    assert ("Paola Andrea Lizarazo Gómez", "Vice Minister of Foreign Trade", "Ministry of Commerce, Industry and Tourism") \
        in roles_of(found)


def test_round53_a_bylines_credit_of_its_paper_places_the_story(extractor):
    text = ("By NICOLÁS BARRIGA\nSpecial for EL TIEMPO\n\nEcuador announced tariffs on 20 products. \"What Ecuador "
            "announced is a flagrant violation of Andean law,\" said the Minister of Commerce, Hernán Quiroga, at a press "
            "conference. Ecuador said it would answer. Ecuador's exporters and Colombia's waited.")
    assert ("Hernán Quiroga", "Minister of Commerce", "Ministry of Commerce, Industry and Tourism") \
        in roles_of(run(extractor, text))


def test_round53_a_states_short_form_and_a_bodys_bracketed_short_form_are_no_body_nor_person(extractor):
    found = run(extractor, "NSW Premier Chris Minford said it.")
    assert ("Chris Minford", "NSW Premier", "Government of New South Wales") in roles_of(found)
    assert not org_names(found)
    found = run(extractor, "\"It hurts,\" said Rolando Céspedes Ulate, executive director of the National Chamber of "
                           "Pineapple Producers and Exporters (Canapep).")
    assert person_names(found) == {"Rolando Céspedes Ulate"}


def test_round53_central_banks_the_lexicon_lists(extractor):
    found = run(extractor, "Bank of Ghana Governor Kofi Mensah said the cedi was stable.")
    assert ("Kofi Mensah", "Governor", "Bank of Ghana") in roles_of(found)
    found = run(extractor, "Comex Peru, the Lima-based trade association, said the deal would help exporters.")
    assert "Ministry of Foreign Trade of Costa Rica" not in org_names(found)


@pytest.mark.parametrize("text", ["The rand weakened 2% against the dollar.", "A weaker shilling raised import costs."])
def test_round53_a_currency_named_moving(extractor, text):
    assert "currency" in {i.id for i in run(extractor, text).issues}


@pytest.mark.parametrize("text", [
    "According to figures from the Foreign Exchange Office, Moroccan exports to African countries rose.",
    "Every ringgit of duty our exporters fail to claim is a ringgit handed to their competitors.",
])
def test_round53_a_currency_in_a_bodys_name_or_as_a_sum_is_no_issue(extractor, text):
    assert "currency" not in {i.id for i in run(extractor, text).issues}


def test_round53_a_title_such_as_chairman_says_no_gender(extractor):
    found = run(extractor, "Murat Zhaksylykov, chairman of the Grain Union, told Interfax the route was viable.\n\n"
                           "\"The Caspian ports have learned to handle grain,\" he said.\n\nProdcorporation chairman Asel "
                           "Nurpeisova said on Monday that the company planned a trial. \"If the trial works, we will "
                           "offer this route to private exporters,\" she told reporters in Kostanay.")
    assert {(q.speaker, q.text[:6]) for q in found.quotes} == {("Murat Zhaksylykov", "The Ca"),
                                                               ("Asel Nurpeisova", "If the")}


def test_round53_a_bare_post_in_a_story_of_two_sides_is_of_the_side_it_never_marks(extractor):
    text = ("Indonesia tightens textile quotas as Vietnam seeks relief\n\nJakarta has cut import quotas for fabric, but "
            "Hanoi wants yarn spared. Indonesia imports yarn from Vietnam, and Vietnam's mills depend on Indonesia. "
            "Trade minister Rizal Hendarto Wibisana has framed the quotas as a tool against illegal imports. Vietnam's "
            "Deputy Minister of Industry and Trade, Do Thi Thanh Van, met Wibisana in Jakarta. Indonesia's weavers and "
            "Vietnam's exporters wait; Indonesia will decide, Vietnam said.")
    assert ("Rizal Hendarto Wibisana", "Trade minister", "Ministry of Trade of Indonesia") in roles_of(run(extractor, text))


def test_round53_a_commissioners_own_country_does_not_keep_him_from_the_college(extractor):
    found = run(extractor, "BRUSSELS - Agriculture Commissioner Tomasz Wierzbicki, a former Polish farm minister, will "
                           "receive farm leaders on Thursday, the EU said.")
    assert ("Tomasz Wierzbicki", "Agriculture Commissioner", "European Commission") in roles_of(found)


def test_round53_a_bylines_names_in_capitals_and_a_name_over_its_email(extractor):
    found = run(extractor, "By SOFÍA CASTAÑEDA RUEDA and JOHN SMITHERS\nEconomy Desk, EL TIEMPO\n\nBOGOTÁ. There is "
                           "little room left in the cold rooms.")
    assert person_names(found) == {"Sofía Castañeda Rueda", "John Smithers"}
    assert not person_names(run(extractor, "BY REUTERS STAFF\n\nLONDON - Growers wait for the rules."))
    found = run(extractor, "Andrea Chaverri Solís\nandrea.chaverri@nacion.com\n\nThe Minister of Foreign Trade, Mónica "
                           "Solano Quesada, met on Tuesday in Washington with Dan Whitcombe.")
    assert "Andrea Chaverri Solís" in person_names(found)


def test_round53_a_releases_press_office_and_a_common_tariffs_short_form_are_no_bodies(extractor):
    found = run(extractor, "The ECOWAS CET review will start in March, the ministry said.\n\nPress Office\nMinistry of "
                           "Commerce, Industry and Tourism")
    assert not {"CET", "Press Office"} & org_names(found)


def test_round53_foreign_exchange_said_once_in_passing_is_no_issue(extractor):
    text = ("Economists criticise the pattern of allowing sugar exports and then importing at higher prices, which "
            "drains foreign exchange.")
    assert "currency" not in {i.id for i in run(extractor, text).issues}


def test_round53_the_bare_council_beside_the_bloc_and_the_european_council(extractor):
    found = run(extractor, "Diplomats will try again on Wednesday to line up the qualified majority the Council needs to "
                           "approve the trade agreement with Mercosur, the EU said.")
    assert "Council of the European Union" in org_names(found)
    found = run(extractor, "Leaders meet on Thursday at the European Council. Diplomats need a qualified majority in "
                           "the Council to approve the deal.")
    assert {"European Council", "Council of the European Union"} <= org_names(found)


def test_round53_a_posts_office_and_a_parliaments_committee_by_its_common_name(extractor):
    found = run(extractor, "The department negotiated the tariff side with the US Trade Representative's office on "
                           "Monday.")
    assert "Office of the United States Trade Representative" in org_names(found)
    found = run(extractor, "Anna Holmstein, a Greens/EFA MEP who sits on Parliament’s trade committee, said the EU must "
                           "act.")
    assert {"Committee on International Trade", "European Parliament"} <= org_names(found)  # (the body and its part)


def test_round53_a_provinces_premier_before_the_cabinet_of_a_country_the_sentence_names(extractor):
    found = run(extractor, "REGINA, Sask. - Premier Scott Halvorsen says Chinese tariffs on canola oil and meal are "
                           "hurting Saskatchewan farmers.")
    assert ("Scott Halvorsen", "Premier", "Government of Saskatchewan") in roles_of(found)
    found = run(extractor, "Queensland Senator Matt Canning said the tariffs would hurt.")
    assert not any(o == "Government of Queensland" for _, _, o in roles_of(found))


def test_round53_a_commissioner_of_a_body_that_runs_a_commission_sits_in_it(extractor):
    found = run(extractor, "ECOWAS Commissioner for Economic Affairs and Agriculture Fatoumata Keita said the review "
                           "would start in March.")
    assert ("Fatoumata Keita", "Commissioner for Economic Affairs and Agriculture", "ECOWAS Commission") \
        in roles_of(found)


def test_round53_the_ministry_a_story_gives_its_minister_by_title_alone(extractor):
    found = run(extractor, "ABUJA - Minister of Industry, Trade and Investment Folake Adeyemi met U.S. officials on "
                           "Tuesday, the Federal Government said. The Permanent Secretary of the ministry, Alhaji Nasiru "
                           "Kurawa, who also attended the meeting, said the list would be published.")
    bodies = {person: body for person, _, body in roles_of(found)}
    assert bodies["Nasiru Kurawa"] == bodies["Folake Adeyemi"] and "Ministry" in bodies["Nasiru Kurawa"]


def test_round53_a_one_word_posts_office_is_no_countrys_body(extractor):
    found = run(extractor, "TORONTO - Ivana Petrova, Press Secretary, Premier's Office, said the Premier would respond.")
    assert "State Council of the People's Republic of China" not in org_names(found)


@pytest.mark.parametrize("text", [
    "The naira fell to a record low against the dollar on Tuesday as foreign exchange shortages worsened.",
    "Chinedu Okeke, president of the chamber, said manufacturers were struggling to access foreign exchange.",
])
def test_round53_foreign_exchange_as_the_news(extractor, text):
    assert "currency" in {i.id for i in run(extractor, text).issues}


def test_round53_a_letters_signature_after_a_paragraph_and_its_former_post(extractor):
    found = run(extractor, "Sir, the policy deserves to be copied.\n\nIgnacio Larraín Benavides\nFormer Undersecretary "
                           "of Mining, Chile\nViña del Mar, Chile\n\nAppeal arbitration works")
    assert person_names(found) == {"Ignacio Larraín Benavides"}
    assert [(r.title, r.current) for r in found.roles] == [("Undersecretary of Mining", False)]


def test_round53_australias_resources_minister(extractor):
    found = run(extractor, "Australian Resources Minister Bronwyn Tillman signed the deal in Tokyo.")
    assert ("Bronwyn Tillman", "Resources Minister", "Department of Industry, Science and Resources of Australia") \
        in roles_of(found)


def test_round53_a_counterpart_holds_the_same_post_in_the_country_named(extractor):
    found = run(extractor, "Thai Commerce Minister Thanakorn Srisawang said Tuesday that Bangkok was ready to reopen "
                           "crossings. His Cambodian counterpart, Keo Sovanny, told reporters in Phnom Penh that "
                           "Cambodia would not rush.")
    assert ("Keo Sovanny", "Commerce Minister", "Ministry of Commerce of Cambodia") in roles_of(found)
    found = run(extractor, "Indonesian Trade Minister Budi Santika met his Malaysian counterpart, Aziz Rahmanudin, "
                           "a former banker, in Jakarta.")
    assert ("Aziz Rahmanudin", "Trade Minister", "Ministry of Investment, Trade and Industry of Malaysia") \
        in roles_of(found)


# ---- fifty-fourth round: sentences written for this round's classes of miss

@pytest.mark.parametrize("text", [
    "CANBERRA - Queensland Senator Rhys Callander said on Tuesday that coal exports to China would recover.",
    "Queensland Senator Rhys Callander said on Tuesday that coal exports would recover, as Washington weighs tariffs.",
])
def test_round54_a_provinces_senator_sits_in_its_countrys_senate(extractor, text):
    assert ("Rhys Callander", "Queensland Senator", "Australian Senate") in roles_of(run(extractor, text))


def test_round54_a_spanish_ministers_formal_title_names_the_listed_ministry(extractor):
    found = run(extractor, "MADRID - Minister for the Ecological Transition Elena Marcos Ibarra said Spain would back "
                           "the carbon border levy.")
    assert ("Elena Marcos Ibarra", "Minister for the Ecological Transition",
            "Ministry for the Ecological Transition and the Demographic Challenge") in roles_of(found)


def test_round54_a_ministry_built_for_russia_uses_its_formal_name(extractor):
    found = run(extractor, "MOSCOW - Deputy Energy Minister Arkady Semyonov said Russia would keep shipping LNG.")
    assert ("Arkady Semyonov", "Deputy Energy Minister", "Ministry of Energy of the Russian Federation") \
        in roles_of(found)


def test_round54_a_client_alerts_masthead_is_its_authors_firm(extractor):
    found = run(extractor, "Steptoe | Client Alert\n\nThe End of De Minimis\n\nSeptember 9, 2025\n\n"
                           "Renata Holloway-Ames, Partner; Tomasz Wierzbowski, Associate\n\n"
                           "Since August 29, low-value shipments no longer qualify for duty-free entry.")
    assert {("Renata Holloway-Ames", "Partner", "Steptoe LLP"), ("Tomasz Wierzbowski", "Associate", "Steptoe LLP")} \
        <= roles_of(found)
    assert "Steptoe" not in person_names(found)


def test_round54_an_author_line_after_a_date_and_a_bar_with_the_area_and_the_member_firm(extractor):
    found = run(extractor, "KPMG Trade & Customs Briefing\n\nCBAM goes live\n\n15 January 2026 | Annelies Verhaegen, "
                           "Partner, Trade & Customs, KPMG in Belgium; Jonas Lindqvist, Director, Global Trade & "
                           "Customs, KPMG in Sweden\n\nThe mechanism left its transitional phase on 1 January, "
                           "Verhaegen said.")
    assert {("Annelies Verhaegen", "Partner", "KPMG"), ("Jonas Lindqvist", "Director", "KPMG")} <= roles_of(found)


def test_round54_authors_set_apart_by_bars(extractor):
    found = run(extractor, "September 2, 2025\n\nDaniel P. Whitmore, Partner | Sofia Restrepo-Glade, Counsel | Aaron "
                           "Thornbeck, Associate\n\nOn Friday the Federal Circuit affirmed the ruling, Whitmore said.")
    assert {"Daniel P. Whitmore", "Sofia Restrepo-Glade", "Aaron Thornbeck"} <= person_names(found)


def test_round54_a_minister_is_never_at_a_us_department_his_sentence_names(extractor):
    found = run(extractor, "The Deputy Prime Minister and Minister of Economy, Pieter Vanderhaegen, hosted a delegation "
                           "from the US Department of Commerce on a tour of the port.")
    assert all(body != "U.S. Department of Commerce" for person, _, body in roles_of(found)
               if person == "Pieter Vanderhaegen")


def test_round54_a_chief_negotiator_for_a_bloc_is_at_the_body_whose_possessive_opens_the_post(extractor):
    found = run(extractor, "The farm leaders were received by Tobias Reinhardt, the European Commission's chief "
                           "negotiator for Mercosur.")
    assert ("Tobias Reinhardt", "chief negotiator for Mercosur", "European Commission") in roles_of(found)


def test_round54_a_post_attached_to_a_ministry(extractor):
    found = run(extractor, "Claire Desmarets-Morin, minister delegate for foreign trade attached to the Quai d'Orsay, "
                           "met Chinese Vice-Minister of Commerce Tang Yuelin in Beijing on Monday.")
    assert ("Claire Desmarets-Morin", "minister delegate for foreign trade",
            "Ministry for Europe and Foreign Affairs of France") in roles_of(found)


def test_round54_a_minister_in_a_story_of_the_us_and_one_other_country_is_of_that_country(extractor):
    found = run(extractor, "Washington doubled its duties on softwood lumber from Canada on Friday. U.S. builders say "
                           "the duties raise U.S. house prices, and the U.S. Lumber Coalition disagrees. Quebec's "
                           "forestry minister travelled to Ottawa on Monday to meet the federal Minister of "
                           "International Trade, Paul Desjardins. Canadian exporters want a deal.")
    assert ("Paul Desjardins", "federal Minister of International Trade", "Global Affairs Canada") in roles_of(found)


@pytest.mark.parametrize("text, role", [
    ("\"Trade frictions have shifted flows,\" Nasser Al-Hamdawi, head of OPEC's Energy Studies Department, told "
     "reporters in Vienna.", ("Nasser Al-Hamdawi", "head of Energy Studies Department", "OPEC")),
    ("\"Demand is weak,\" said Taro Yamazato, head of JCCI's international affairs division.",
     ("Taro Yamazato", "head of international affairs division", "JCCI")),
    ("The Russian agriculture ministry set the quota. \"The quota is sufficient,\" said Stanislav Burdin, head of the "
     "ministry's export development department, in Moscow.",
     ("Stanislav Burdin", "head of export development department", "Ministry of Agriculture of the Russian Federation")),
])
def test_round54_a_unit_after_its_owners_possessive_is_in_the_title_the_owner_is_the_body(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round54_a_post_of_two_fields_in_lower_case(extractor):
    found = run(extractor, "Bridget Ashworth, a risk and compliance analyst at Kpler, said the listings would push "
                           "the fleet further.")
    assert ("Bridget Ashworth", "risk and compliance analyst", "Kpler") in roles_of(found)


def test_round54_a_body_described_by_two_fields(extractor):
    found = run(extractor, "\"Yamal can adjust,\" said Priya Raghavan, lead LNG analyst at data and analytics firm Kpler.")
    assert ("Priya Raghavan", "lead LNG analyst", "Kpler") in roles_of(found)


def test_round54_an_area_after_the_owners_possessive_and_head_of(extractor):
    found = run(extractor, "The offer was put to Maersk at a meeting attended by Mikkel Thorsager, Maersk's head of "
                           "network for Asia-Europe.")
    assert ("Mikkel Thorsager", "head of network for Asia-Europe", "A.P. Moller-Maersk") in roles_of(found)


def test_round54_a_post_after_and_that_a_name_follows_is_that_persons(extractor):
    found = run(extractor, "The meeting brought together the secretary of foreign trade, João Batista Sertão, and the "
                           "European Commission's chief negotiator for Mercosur, the Dutch official Ingrid Valkenhof, "
                           "who arrived on Wednesday.")
    assert all(person != "João Batista Sertão" or "negotiator" not in title for person, title, _ in roles_of(found))


def test_round54_energy_and_commodity_firms_in_market_copy(extractor):
    found = run(extractor, "Urals loadings rose as Rosneft and Lukoil sold more cargoes to Indian refiners, while "
                           "Gazprom cut pipeline flows and traders at Vitol and Gunvor bid for Kazakh barrels.")
    assert {"Rosneft", "Lukoil", "Gazprom", "Vitol", "Gunvor"} <= org_names(found)


def test_round54_a_delegation_line_gives_its_vice_minister_the_ministry_of_its_minister(extractor):
    found = run(extractor, "Attendees:\nJapanese side: Mr. MORIOKA Kenta, Minister of Economy, Trade and Industry; "
                           "Mr. SUGIYAMA Tomoki, Vice-Minister for International Affairs\nU.S. side: The Honorable "
                           "Daniel J. Whitmore, Secretary of Commerce; The Honorable Robert Kinsey, Ambassador of the "
                           "United States of America to Japan")
    assert ("SUGIYAMA Tomoki", "Vice-Minister for International Affairs", "Ministry of Economy, Trade and Industry") \
        in roles_of(found)
    assert {"Daniel J. Whitmore", "Robert Kinsey"} <= person_names(found)


def test_round54_a_memorandum_named_in_capitals_is_no_body(extractor):
    found = run(extractor, "The two ministers signed the Memorandum of Cooperation on Strengthening Critical Minerals "
                           "and Semiconductor Supply Chains.")
    assert not any("Memorandum" in name for name in org_names(found))


def test_round54_japans_chief_cabinet_secretary(extractor):
    found = run(extractor, "In Tokyo, Chief Cabinet Secretary Haruka Uemura told a regular press conference on Friday "
                           "that the government would implement the agreement.")
    assert ("Haruka Uemura", "Chief Cabinet Secretary", "Cabinet Secretariat of Japan") in roles_of(found)


def test_round54_a_bar_ends_the_post_of_the_author_before_it(extractor):
    found = run(extractor, "Hallworth & Pryce | Client Alert\nCommerce Expands the Steel Derivatives List\nMargaret "
                           "Ellisford, Partner | Thomas Reardon, Counsel | Priya Natarajan, Associate\nOn 14 "
                           "January 2026, the Bureau of Industry and Security published a notice.")
    assert [title for person, title, _ in roles_of(found) if person == "Thomas Reardon"] == ["Counsel"]


def test_round54_a_firm_and_the_city_of_its_office_is_the_firm(extractor):
    found = run(extractor, "Clifford Chance | Briefing\nFebruary 2026 | Isabelle Moreau-Vidal, Counsel, Clifford Chance "
                           "Paris; Henrik Stålberg, Partner, Clifford Chance Amsterdam\nThe CBAM definitive period "
                           "begins on 1 January 2026.")
    assert org_names(found) == {"Clifford Chance"}
    assert {("Isabelle Moreau-Vidal", "Counsel", "Clifford Chance"), ("Henrik Stålberg", "Partner", "Clifford Chance")} \
        <= roles_of(found)


def test_round54_a_senator_named_with_the_province_is_no_us_senator(extractor):
    found = run(extractor, "Senator Marguerite Ouellette, a Quebec senator, said the Senate committee would study the "
                           "impact of tariffs on maple syrup producers.")
    assert roles_of(found) == {("Marguerite Ouellette", "Quebec senator", "Senate of Canada")}


def test_round54_a_signature_under_a_letters_closing(extractor):
    found = run(extractor, "Regards,\nPaul Ostrander\nSenior Vice President, Trade Policy\nU.S. Chamber of Commerce")
    assert ("Paul Ostrander", "Senior Vice President, Trade Policy", "U.S. Chamber of Commerce") in roles_of(found)


def test_round54_a_newsletters_signature_over_its_association(extractor):
    found = run(extractor, "As always, thank you for your engagement.\n\nCarolyn Ashby-Mendes\nPresident & CEO\n"
                           "American Association of Exporters and Importers")
    assert ("Carolyn Ashby-Mendes", "President & CEO", "American Association of Exporters and Importers") \
        in roles_of(found)


@pytest.mark.parametrize("text, role", [
    ("DES MOINES - Iowa Secretary of Agriculture Mark Nagelberg said soybean farmers needed China back.",
     ("Mark Nagelberg", "Iowa Secretary of Agriculture", "Iowa Department of Agriculture and Land Stewardship")),
    ("Minnesota Agriculture Commissioner Tom Pedersen said growers were shut out of China.",
     ("Tom Pedersen", "Minnesota Agriculture Commissioner", "Minnesota Department of Agriculture")),
    ("Nebraska Director of Agriculture Sherry Vinterberg led the mission to Tokyo.",
     ("Sherry Vinterberg", "Nebraska Director of Agriculture", "Nebraska Department of Agriculture")),
    ("Iowa Gov. Karen Reimerson signed the letter of intent at the Capitol.",
     ("Karen Reimerson", "Iowa Governor", "Office of the Governor of Iowa")),
    ("TOPEKA, Kan. - Gov. Laura Kellerman led a trade mission to Mexico City on Monday.",
     ("Laura Kellerman", "Governor", "Office of the Governor of Kansas")),
])
def test_round54_a_us_states_posts_are_the_states(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("Federal Reserve Governor Christopher Walling said tariffs would lift prices.",
     ("Christopher Walling", "Governor", "Federal Reserve")),
    ("TORONTO - Premier Doug Fordham said the tariffs were unfair.", ("Doug Fordham", "Premier", "Government of Ontario")),
])
def test_round54_other_governors_and_premiers_stay(extractor, text, role):
    assert role in roles_of(run(extractor, text))


@pytest.mark.parametrize("text, role", [
    ("SYDNEY - New South Wales Agriculture Minister Tara Moriarti said wine exports to China had recovered.",
     ("Tara Moriarti", "New South Wales Agriculture Minister", "Government of New South Wales")),
    ("BISMARCK, N.D. - North Dakota Agriculture Commissioner Doug Goehringer said soybean growers were losing China.",
     ("Doug Goehringer", "North Dakota Agriculture Commissioner", "North Dakota Department of Agriculture")),
])
def test_round54_a_post_of_a_province_whose_name_has_several_words(extractor, text, role):
    assert role in roles_of(run(extractor, text))


def test_round54_a_provincial_ministers_portfolio_may_open_on_the(extractor):
    found = run(extractor, "QUEBEC CITY - The Quebec Minister of the Economy, Innovation and Energy, Étienne Lavallois, "
                           "said aluminium exports fell.")
    assert ("Étienne Lavallois", "Quebec Minister of the Economy, Innovation and Energy",
            "Quebec Ministry of the Economy, Innovation and Energy") in roles_of(found)


def test_round54_according_to_the_post_at_a_body_a_noun_points_back_to(extractor):
    found = run(extractor, "The Brazilian Association of Animal Protein (ABPA) celebrated the decision. According to the "
                           "president of the entity, Luiz Kesselring, the sector lost US$ 150 million.")
    assert ("Luiz Kesselring", "president", "Brazilian Association of Animal Protein") in roles_of(found)


def test_round54_a_later_description_of_the_holder_gives_a_bare_posts_country(extractor):
    found = run(extractor, "On Wednesday, the Minister of Economy, Pieter Vandermeulen, hosted a delegation from the US "
                           "Department of Commerce on a tour of the port's chemical platform. \"Fifteen percent must "
                           "stay a ceiling,\" Vandermeulen told reporters. The Belgian minister also asked for an "
                           "exemption for specialty chemicals.")
    assert ("Pieter Vandermeulen", "Minister of Economy", "Federal Public Service Economy, SMEs, Self-employed and "
            "Energy") in roles_of(found)


def test_round54_a_code_is_an_instrument_not_a_body(extractor):
    assert not org_names(run(extractor, "The Union Customs Code applies to every shipment, the Commission said.")) \
        - {"European Commission"}


def test_round54_a_signatures_post_before_the_body_on_its_line(extractor):
    found = run(extractor, "We urge the Commission to suspend the duties.\n\nSincerely,\nHelena Marchetto\nDirector "
                           "General, Federation of European Chemical Importers")
    assert [(r.person, r.title) for r in found.roles] == [("Helena Marchetto", "Director General")]


@pytest.mark.parametrize("text", [
    "Daniel Ruizabal, a partner in the international trade practice of Hollis & Marr LLP, said the ruling was narrow.",
    "Daniel Ruizabal, a partner in the trade team at Hollis & Marr LLP, said the ruling was narrow.",
])
def test_round54_a_partner_in_a_firms_practice_is_the_firms_partner(extractor, text):
    assert ("Daniel Ruizabal", "partner", "Hollis & Marr LLP") in roles_of(run(extractor, text))
