"""The shape of every lexicon data file, declared once.

``datafile.read_data_file`` checks a file against its entry here, so a new
key in a data file must first be named here (and used by ``lexicon.py``):
nothing in ``loaders/data`` can be present yet ignored.
"""

from __future__ import annotations

from loaders.extraction.datafile import Choice, Count, Either, Fields, Flag, ListOf, MapOf, Text

WORDS = ListOf(Text())
CODE = Text()  # an ISO country code (or EU); quoted when YAML would read it as a boolean

COUNTRIES = MapOf(Fields(
    required={"name": Text()},
    optional={"aliases": WORDS, "adjectives": WORDS, "nationals": WORDS, "capitals": WORDS, "cities": WORDS,
              "press_languages": WORDS, "address_styles": WORDS, "home_agencies": WORDS,
              "organization": Text(), "the": Flag(), "given_name": Flag(), "formal": Text()},
), key=CODE)

ORGANIZATIONS = Fields(optional={
    "kind_words": MapOf(WORDS),
    "organization_words": WORDS,
    "subsidiary_words": WORDS,
    "country_closes_name": WORDS,
    "country_opens_after": WORDS,
    "part_openers": WORDS,
    "name_after_head": WORDS,
    "not_organizations": WORDS,
    "not_organization_tails": WORDS,
    "instrument_words": WORDS,
    "document_words": WORDS,
    "firm_self_words": WORDS,
    "firm_posts": WORDS,
    "chaired_body_words": WORDS,
    "small_unit_words": WORDS,
    "unit_parents": MapOf(WORDS),
    "listing_member_nouns": WORDS,
    "column_words": WORDS,
    "name_cues": WORDS,
    "outlet_cues": WORDS,
    "document_cues": WORDS,
    "outlet_articles": WORDS,
    "sign_off_agencies": WORDS,
    "medium_nouns": WORDS,
    "publisher_cues": WORDS,
    "body_verbs": WORDS,
    "appositive_participles": WORDS,
    "remit_on_words": WORDS,
    "member_nouns": WORDS,
    "example_cues": WORDS,
    "share_cues": WORDS,
    "appositive_body_nouns": WORDS,
    "firm_nouns": WORDS,
    "ministers_bodies": WORDS,
    "firm_name_endings": WORDS,
    "missions": WORDS,
    "missions_posted_to": WORDS,
    "company_prefixes": WORDS,
    "company_suffixes": WORDS,
    "spelled_out_legal_forms": WORDS,
    "one_word_name_forms": WORDS,
    "legal_form_countries": MapOf(CODE),
    "body_words": WORDS,
    "org_leading_words": WORDS,
    "government_bodies": MapOf(MapOf(Text(), key=CODE)),
    "domain_fallbacks": MapOf(Text()),
    "unlisted_ministry_names": MapOf(Text()),
    "unlisted_bodies": MapOf(Text()),
    "bare_bloc_bodies": MapOf(Text()),
    "possessed_parts": MapOf(MapOf(Text())),
    "organizations": ListOf(Fields(required={"name": Text()},
                                   optional={"aliases": WORDS, "country": CODE, "kind": Text(),
                                             "part_of": Text(), "tag_aliases": WORDS})),
})

# which body a bare title belongs to when its phrase names none (roles.py, ``_fits``)
HEAD_CONTEXTS = Choice(("company", "committee", "central_bank", "think_tank", "international", "just_named", "any", "media"))

TITLES = Fields(optional={
    "heads": MapOf(Fields(optional={"plural": Text(), "government": Flag(), "context": HEAD_CONTEXTS,
                                    "full": Text()})),
    "modifiers": WORDS,
    "ministry_secretary_countries": ListOf(CODE),
    "ministerless_countries": ListOf(CODE),
    "firm_area_words": WORDS,
    "portfolio_not_ministry_countries": ListOf(CODE),
    "undersecretariat_countries": ListOf(CODE),
    "hyphen_prefixes": WORDS,
    "portfolio_words": WORDS,
    "area_closing_words": WORDS,
    "office_titles": WORDS,
    "own_voice_heads": WORDS,
    "seat_heads": WORDS,
    "seats_of_one_country": WORDS,
    "seats_for_places": WORDS,
    "government_level_words": WORDS,
    "seat_qualifiers": WORDS,
    "parliament_party_words": WORDS,
    "seat_qualifier_endings": WORDS,
    "seat_party_words": MapOf(WORDS, key=CODE),
    "outside_voice_heads": WORDS,
    "bloc_posts": WORDS,
    "bloc_executive_posts": WORDS,
    "ministerial_heads": WORDS,
    "committee_posts": WORDS,
    "official_words": WORDS,
    "headline_verbs": WORDS,
    "country_stand_ins": WORDS,
    "body_posts": WORDS,
    "officer_posts": WORDS,
    "joint_post_firsts": WORDS,
    "joint_post_seconds": WORDS,
    "dropped_modifiers": WORDS,
    "domains": MapOf(WORDS),
    "implied": ListOf(Fields(required={"words": WORDS, "domain": Text()}, optional={"country": CODE, "sole": Flag()})),
    "head_of_state": WORDS,
    "head_of_state_words": Fields(required={"words": WORDS}, optional={"not_after": WORDS}),
    "parties": MapOf(Text()),
    "honorifics": WORDS,
    "synonyms": MapOf(WORDS),
    "lead_words": WORDS,
    "appointment_words": WORDS,
    "holding_phrases": MapOf(Fields(required={"current": Flag()})),
    "board_words": WORDS,
    "unit_words": WORDS,
    "college_heads": WORDS,
    "courtesy_ranks": WORDS,
    "bare_non_posts": WORDS,
    "area_openers": WORDS,
    "whole_titles": WORDS,
    "offices": MapOf(WORDS),
    "succession_verbs": WORDS,
    "not_current": WORDS,
    "context_nouns": MapOf(Text()),
    "post_verbs": MapOf(Fields(required={"title": Text(), "current": Flag()}, optional={"area_title": Text(), "particle": Text()})),
})

NAMES = Fields(optional={
    "speech_verbs": WORDS,
    "speech_nouns": WORDS,
    "quote_verbs": WORDS,
    "speech_phrases": WORDS,
    "quote_label_openers": WORDS,
    "view_nouns": WORDS,
    "rebuttal_verbs": WORDS,
    "inscription_nouns": WORDS,
    "after_quote_verbs": WORDS,
    "name_particles": WORDS,
    "name_suffixes": WORDS,
    "trailing_honorifics": WORDS,
    "post_nominals": WORDS,
    "surname_heads": WORDS,
    "degree_letters": WORDS,
    "outlet_verbs": WORDS,
    "initial_honorifics": WORDS,
    "given_name_abbreviations": WORDS,
    "place_abbreviations": WORDS,
    "two_letter_initials": WORDS,
    "region_names": WORDS,
    "world_regions": WORDS,
    "occupation_words": WORDS,
    "source_words": WORDS,
    "initial_honorific_cues": WORDS,
    "cued_honorifics": MapOf(WORDS),
    "surname_honorifics": WORDS,
    "pronoun_names": WORDS,
    "word_given_names": WORDS,
    "name_markers": MapOf(WORDS),
    "institution_words": WORDS,
    "place_prepositions": WORDS,
    "thing_nouns": WORDS,
    "not_names": WORDS,
    "place_nouns": WORDS,
    "compass_words": WORDS,
    "compass_names": WORDS,
    "thing_naming_words": WORDS,
    "quote_label_words": WORDS,
    "name_made_words": WORDS,
    "facility_words": WORDS,
    "site_first_words": WORDS,
    "site_last_words": WORDS,
    "country_formal_prefixes": WORDS,
})

ISSUES = Fields(required={"issues": MapOf(Either((
    WORDS,  # the short form: id -> list of terms
    Fields(required={"terms": WORDS},
           optional={"label": Text(), "description": Text(), "weak_terms": WORDS, "near": ListOf(WORDS),
                     "goods": Flag(), "weak_needed": Count(least=2), "in_passing_late": Flag(),
                     "before_country": WORDS, "after_goods": MapOf(WORDS)}),
)))}, optional={"ignore": WORDS, "amount_units": WORDS, "trade_words": WORDS,
                                                                    "spelled_out": MapOf(WORDS)})

NAME_ORDER = Fields(required={"surname_first": MapOf(Fields(
    required={"surnames": WORDS},
    optional={"min_words": Count(least=2), "initials": WORDS, "vowels": WORDS, "finals": WORDS},
))}, optional={"patronymic_endings": WORDS, "patronymic_surname_endings": WORDS, "surname_particles": WORDS})

EVENTS = Fields(optional={
    "kinds": MapOf(Fields(optional={"verbs": MapOf(WORDS), "nouns": WORDS})),
    "verb_objects": MapOf(WORDS),
    "hedges": WORDS,
    "hedges_unless_set": WORDS,
    "distinct_words": WORDS,
    "groups": WORDS,
    "counterpart_words": WORDS,
    "vague_times": WORDS,
    "posts_abroad": WORDS,
    "delegation_words": WORDS,
    "lead_verbs": WORDS,
    "attendee_headings": WORDS,
    "join_verbs": WORDS,
    "join_objects": WORDS,
    "audiences": WORDS,
    "hosting_verbs": WORDS,
    "guest_nouns": WORDS,
    "priority": WORDS,
})

REFERENCES = Fields(optional={
    "pronouns": MapOf(Text()),
    "honorifics": MapOf(Text()),
    "gendered_nouns": MapOf(Choice(("male", "female"))),
    "post_holders": WORDS,
    "near_descriptions": MapOf(Choice(("outside", "office", "business"))),
    "outside_voice_words": WORDS,
})

POSTS = Fields(optional={
    "posts": MapOf(Fields(required={"titles": WORDS}, optional={"organization": Text(), "country": CODE})),
})

PROVINCES = Fields(optional={
    "post_heads": MapOf(WORDS, key=CODE),
    "provinces": MapOf(Fields(required={"country": CODE, "government": Text()},
                              optional={"aliases": WORDS, "adjectives": WORDS, "seat": Text(), "ministries": Text()})),
})

# file name in loaders/data -> its shape
SCHEMAS = {
    "countries.yaml": COUNTRIES,
    "organizations.yaml": ORGANIZATIONS,
    "titles.yaml": TITLES,
    "names.yaml": NAMES,
    "issues.yaml": ISSUES,
    "name_order.yaml": NAME_ORDER,
    "events.yaml": EVENTS,
    "references.yaml": REFERENCES,
    "posts.yaml": POSTS,
    "provinces.yaml": PROVINCES,
}
