"""The data files behind extraction, loaded once into lookup tables.

Countries, organizations, titles, issues and the name-order table live in
``loaders/data/*.yaml`` so that researchers can extend them without touching
code. ``Lexicon.load()`` reads them (or replacements given by path) and builds
the folded-form indexes every extraction step uses.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from graph.ids import title_key
from loaders.errors import LoaderError
from loaders.extraction.datafile import read_data_file
from loaders.extraction.name_order import NameOrder
from loaders.extraction.schemas import SCHEMAS
from loaders.extraction.text import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class ProvinceInfo:
    """A province or state whose government holds posts of its own (provinces.yaml)."""

    name: str
    country: str
    government: str  # "Government of Ontario": the body its premier heads
    ministries: str | None = None  # "Ontario Ministry of": a minister's body, before the portfolio
    seat: str | None = None  # "Toronto": its capital


@dataclass(frozen=True)
class CountryInfo:
    """A country (or a jurisdiction such as the EU) from countries.yaml."""

    code: str
    name: str
    organization: str | None = None  # set for jurisdictions that are organizations (EU)
    the: bool = False  # "the Netherlands" inside a phrase
    formal: str | None = None  # "the Russian Federation": the country as its bodies' full names write it

    @property
    def in_phrase(self) -> str:
        return f"the {self.name}" if self.the else self.name

    @property
    def in_body_name(self) -> str:
        """The country at the end of a body's name the lexicon builds ("Ministry of Energy of the Russian
        Federation"): its formal name where its bodies' full names use one, else as in a phrase."""
        return self.formal or self.in_phrase


@dataclass(frozen=True)
class OrgInfo:
    """A known organization from organizations.yaml: its canonical name and aliases."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: str
    part_of: str | None = None  # the listed body it is a part of ("Directorate-General for Trade": the Commission)


@dataclass(frozen=True)
class IssueInfo:
    """One issue of the taxonomy (issues.yaml)."""

    id: str
    label: str
    description: str
    terms: tuple[str, ...]
    weak_terms: tuple[str, ...]
    # pairs of words that signal the issue when both stand in one sentence, the first
    # a few words before the second ("access" ... "market"), whatever lies between
    near: tuple[tuple[str, str], ...] = ()
    # a kind of goods (cars, steel, farm goods): named once, as one item of a list of three or more
    # goods, it is passing ("textiles, furniture and steel products"), not the story's subject
    goods: bool = False
    # how many weak terms make the issue without a strong one ("energy" and "oil" twice in a story about a tariff
    # are background; four times, the story is about energy)
    weak_needed: int = 2
    # a word trade stories use in passing ("investment decisions", "trade and investment"): named once, and only in
    # the second half of the story, it is not what the story discusses
    in_passing_late: bool = False
    # words that make the issue right before a country's or a region's name ("access to Indonesia", "access to the
    # United Kingdom"), and words that make it right after a term of a kind of goods ("beef access", "dairy access")
    before_country: tuple[str, ...] = ()
    after_goods: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> the goods issues it follows


@dataclass(frozen=True)
class HeadSpec:
    """A noun that ends a title ("minister", "CEO"), from titles.yaml's heads."""

    singular: str  # the head as listed; a plural form points back to it
    plural: str | None = None
    government: bool = False  # a government post: its domain word picks the body
    context: str | None = None  # kind of body a bare head attaches to ("company")
    full: str | None = None  # what an abbreviation stands for ("Sen." -> "senator")
    is_plural: bool = False  # this entry is the plural form ("Senators A and B")


@dataclass(frozen=True)
class PostVerb:
    """A verb that states a post: "chairs" -> chair (held now), "led" -> leader (before); ``area_title`` the
    title when an area follows ("who leads import policy": head of import policy)."""

    title: str
    current: bool
    area_title: str | None = None
    particle: str | None = None  # "sits on", "lectures at": the word after the verb (a seat "on" a body is named
    # in the title: "member of the X")


@dataclass
class Lexicon:
    """Every data file's content as lookup tables keyed by folded form, built once
    so each extraction step looks words up instead of re-reading YAML."""

    countries: dict[str, CountryInfo] = field(default_factory=dict)
    country_forms: dict[str, str] = field(default_factory=dict)  # folded name/alias -> code
    country_adjectives: dict[str, str] = field(default_factory=dict)  # folded adjective -> code
    nationals: dict[str, str] = field(default_factory=dict)  # folded noun for one of its people ("pole") -> code
    press_languages: dict[str, str] = field(default_factory=dict)  # folded language only one country's press writes
    address_styles: dict[str, str] = field(default_factory=dict)  # "Senator the Hon" -> the one country that writes it
    home_agencies: dict[str, str] = field(default_factory=dict)  # "Australian Associated Press" -> AU
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital -> code
    cities: dict[str, str] = field(default_factory=dict)  # folded other city -> code (datelines only)
    country_names: dict[str, list[str]] = field(default_factory=dict)  # code -> name and aliases as written
    organizations: dict[str, OrgInfo] = field(default_factory=dict)  # canonical name -> info
    org_forms: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical name
    _body_countries: dict[str, str] | None = field(default=None, repr=False, compare=False)  # (``body_country``)
    government_bodies: dict[str, dict[str, str]] = field(default_factory=dict)
    domain_fallbacks: dict[str, str] = field(default_factory=dict)  # "foreign_trade" -> "trade" where none is listed
    unlisted_ministry_names: dict[str, str] = field(default_factory=dict)  # "foreign" -> "Foreign Affairs"
    unlisted_bodies: dict[str, str] = field(default_factory=dict)  # "parliament" -> "Parliament of"
    bare_bloc_bodies: dict[str, str] = field(default_factory=dict)  # "Council" -> "Council of the European Union"
    possessed_parts: dict[str, dict[str, str]] = field(default_factory=dict)  # body -> folded phrase -> part
    office_titles: frozenset[str] = frozenset()  # "Chief Veterinary Officer ..., who heads X": the post at X
    own_voice_heads: frozenset[str] = frozenset()  # "director": "The X warns ..., says its director": X's post
    seat_qualifiers: frozenset[str] = frozenset()  # "Opposition MP": what kind of member, not a party
    parliament_party_words: frozenset[str] = frozenset()  # "the ruling Democratic Party": a parliament's party
    seat_qualifier_endings: tuple[str, ...] = ()  # "Welsh MP", "Bavarian lawmaker": where from, not a party
    seat_party_words: dict[str, frozenset[str]] = field(default_factory=dict)  # "US": the parties its members sit for
    seat_heads: frozenset[str] = frozenset()  # "MP": a party's name before one is the member's party, not the body
    seats_of_one_country: frozenset[str] = frozenset()  # "TD": a seat in one country's chamber alone
    seats_for_places: frozenset[str] = frozenset()  # "senator for Queensland": "for" and the seat's place
    government_level_words: frozenset[str] = frozenset()  # "federal" of "Federal Minister": which government, no rank
    outside_voice_heads: frozenset[str] = frozenset()  # "analyst": "The X warns ..., says analyst Y": no post at X
    bloc_posts: frozenset[str] = frozenset()  # "negotiator": "the EU's chief negotiator" is the bloc's
    bloc_executive_posts: frozenset[str] = frozenset()  # "spokesperson": "EU trade spokesperson" is its commission's
    ministerial_heads: frozenset[str] = frozenset()  # "secretary": a bare "State Secretary" is the one ministry's
    committee_posts: frozenset[str] = frozenset()  # "chair": a committee's minutes give it bare
    official_words: frozenset[str] = frozenset()  # "said the official": one of the government's people
    headline_verbs: frozenset[str] = frozenset()  # "Minister Matsudaira Holds a Meeting": a headline's verb, no name
    country_stand_ins: frozenset[str] = frozenset()  # "of the Nation": the story's country, after a title
    body_posts: frozenset[str] = frozenset()  # "the chief executive of X, Y,": X is a body, not a person
    officer_posts: frozenset[str] = frozenset()  # "Federvini President X": the word before is a body
    # "President and CEO": the two heads of a firm's top post written together, one post
    joint_post_firsts: frozenset[str] = frozenset()
    joint_post_seconds: frozenset[str] = frozenset()
    given_name_countries: frozenset[str] = frozenset()  # "Chad": a country's name that is a given name too
    kind_words: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # (folded words, kind)
    # each kind phrase's first place in ``kind_words``, and the phrases' lengths: an unknown name's kind is looked
    # up run by run, not by trying every phrase (built with ``kind_words``)
    kind_word_first: dict[tuple[str, ...], int] = field(default_factory=dict)
    kind_word_lengths: tuple[int, ...] = ()
    org_heads: frozenset[str] = frozenset()  # single words that make a phrase an organization
    org_head_pairs: frozenset[tuple[str, str]] = frozenset()  # ("direction", "generale"): two words that do together
    subsidiary_words: frozenset[str] = frozenset()  # "ArcelorMittal Europe": a known company's regional arm
    country_closes_name: frozenset[str] = frozenset()  # "Instituto Aço Brasil": the country ends the name
    country_opens_after: frozenset[str] = frozenset()  # "Royal Netherlands ...": a word before the country's
    # countries whose government bodies the lexicon lists as departments ("Department of Agriculture of the Philippines")
    department_countries: frozenset[str] = frozenset()
    ministry_secretary_countries: frozenset[str] = frozenset()  # "Commerce Secretary" heads a ministry's civil service
    ministerless_countries: frozenset[str] = frozenset()  # no minister there: a "minister" is another country's
    firm_area_words: frozenset[str] = frozenset()  # "for International Marketing Jane Doe": no part of the name
    portfolio_not_ministry_countries: frozenset[str] = frozenset()  # "Rural Affairs Minister" names no ministry there
    undersecretariat_countries: frozenset[str] = frozenset()  # "Undersecretary of X" heads an "Undersecretariat of X"
    # countries whose listed government has departments and no ministry ("U.S. Department of Commerce"): a "Ministry
    # of ..." a story from there names is another country's
    no_ministry_countries: frozenset[str] = frozenset()
    name_after_head: frozenset[str] = frozenset()  # folded: "Universiti Malaya", the name right after the word
    body_words: frozenset[str] = frozenset()  # "ministry": a generic body with a domain
    part_openers: frozenset[str] = frozenset()  # "Directorate General of Customs": a part of government by its word
    not_organizations: frozenset[str] = frozenset()  # folded names never taken as organizations
    # a group's short form written only in a member's bracket ("Ana Ruiz (Renew, ES)": "Renew" is Renew Europe there,
    # a verb elsewhere), as written
    tag_forms: dict[str, str] = field(default_factory=dict)
    not_organization_tails: tuple[str, ...] = ()  # folded last words no body's name ends on ("... Port of Entry")
    document_words: frozenset[str] = frozenset()  # "Outlook", "Scheme": a report's or a plan's name that "says"
    firm_self_words: frozenset[str] = frozenset()  # "office" of "a partner in our Washington office": the writer's firm
    firm_posts: frozenset[str] = frozenset()  # "partner", "counsel": a post at the firm whose own briefing names it
    chaired_body_words: frozenset[str] = frozenset()  # "the Export Council, chaired by X": bodies a chair chairs
    small_unit_words: frozenset[str] = frozenset()  # "Division": a unit of a body, part of a post's title
    # "bureau" -> ("minist",): a part of a ministry, its people's posts the ministry's when written inside one
    unit_parents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    listing_member_nouns: frozenset[str] = frozenset()  # "houses": "The largest houses, A, B and C" lists bodies
    instrument_words: frozenset[str] = frozenset()  # "Regulation", "Mechanism": a legal instrument's name ends so
    column_words: frozenset[str] = frozenset()  # "COMMITTEE WATCH": a journal's column label ends so
    name_cues: tuple[str, ...] = ()  # "news agency": the name after it is an organization
    outlet_cues: tuple[str, ...] = ()  # "told", "said on": the capitalized name after it is an outlet
    document_cues: frozenset[str] = frozenset()  # "seen" of "a draft seen by Reuters": an outlet follows, never a person
    outlet_articles: frozenset[str] = frozenset()  # "El" of "told El Economista": a paper's name, not a place
    sign_off_agencies: frozenset[str] = frozenset()  # "AAP" alone on a story's last line: the agency it comes from
    medium_nouns: tuple[str, ...] = ()  # "newspaper", "radio": the name before it is an outlet
    medium_words: frozenset[str] = frozenset()  # single words that say a name is an outlet's ("Daily", "Shimbun")
    publisher_cues: tuple[str, ...] = ()  # "from", "issued by": a publisher line's opening words
    body_verbs: frozenset[str] = frozenset()  # "<name>, which represents": a body
    appositive_participles: frozenset[str] = frozenset()  # "the country's largest listed seafood company"
    remit_on_words: frozenset[str] = frozenset()  # "Commission on": a remit after "on" is part of the body's name
    member_nouns: frozenset[str] = frozenset()  # "exporters" in "exporters including BRF and JBS" (last word, folded)
    example_cues: tuple[tuple[str, ...], ...] = ()  # "such as", "including": names of such bodies follow
    share_cues: tuple[tuple[str, ...], ...] = ()  # "shares of": a firm's name follows
    company_prefixes: frozenset[str] = frozenset()  # "PT" in "PT Aneka Tambang"
    missions: tuple[tuple[str, ...], ...] = ()  # ("high", "commission"): a country's mission abroad
    missions_posted_to: frozenset[tuple[str, ...]] = frozenset()  # ("delegation",): a mission only with "to <place>"
    mission_names: frozenset[str] = frozenset()  # the same as a body's name opens: "High Commission"
    appositive_body_nouns: tuple[tuple[str, ...], ...] = ()  # "<name>, the state energy company": a body
    firm_nouns: frozenset[str] = frozenset()  # "<name>, Japan's big magnet maker": a firm after a country's possessive
    ministers_bodies: frozenset[str] = frozenset()  # "ministry", "department": the words of a minister's body
    firm_name_endings: frozenset[str] = frozenset()  # "Imports" of "Pacific Rim Seafood Imports": never a person's
    company_suffixes: frozenset[str] = frozenset()  # "<name> LLP": a company, never a person
    spelled_out_legal_forms: frozenset[str] = frozenset()  # "Corporation": a legal form with a trade word's shape
    one_word_name_forms: frozenset[str] = frozenset()  # "Inc.": one word before it is a firm's name
    legal_form_countries: dict[str, str] = field(default_factory=dict)  # "Tbk" -> "ID": the one country using it
    org_leading_words: frozenset[str] = frozenset()  # "its": trimmed from a mention's start
    title_synonyms: dict[str, str] = field(default_factory=dict)  # folded form -> canonical title
    heads: dict[str, HeadSpec] = field(default_factory=dict)  # lower-case head (and plural) -> spec
    modifiers: frozenset[str] = frozenset()
    dropped_modifiers: frozenset[str] = frozenset()
    domain_words: dict[str, str] = field(default_factory=dict)  # word or phrase -> domain
    portfolio_words: frozenset[str] = frozenset()  # "development", "affairs": in a portfolio, no domain
    area_closing_words: frozenset[str] = frozenset()  # "Professor of Trade Law, ...": an area's last word
    implied: list[tuple[tuple[str, ...], str, str | None]] = field(default_factory=list)
    # the ``implied`` words only one country's government uses ("Union Commerce Secretary": India's), whatever
    # country the story is about
    sole_implied: frozenset[tuple[str, ...]] = frozenset()
    head_of_state: frozenset[str] = frozenset()
    head_of_state_words: frozenset[str] = frozenset()  # "<x> president": a head of state too
    head_of_state_not_after: frozenset[str] = frozenset()  # ... unless <x> is one of these
    lead_words: frozenset[str] = frozenset()  # may open a title phrase after a name
    appointment_words: frozenset[str] = frozenset()  # "was appointed X": a post held now
    board_words: frozenset[str] = frozenset()  # "chairman of the board of X": read through to X
    unit_words: frozenset[str] = frozenset()  # "Head of Unit": the part a head leads, in the title
    full_two_word_titles: frozenset[str] = frozenset()  # "cabinet secretary": from the heads' `full`
    college_heads: frozenset[str] = frozenset()  # "commissioner": a member of the one commission the story names
    courtesy_ranks: frozenset[str] = frozenset()  # "ambassador": bare, a form of address beside a post at a body
    bare_non_posts: frozenset[str] = frozenset()  # "member": no post alone, with no body
    area_openers: tuple[tuple[str, ...], ...] = ()  # "responsible for", "in charge of": the area after a head
    whole_titles: tuple[tuple[str, ...], ...] = ()  # "minister without portfolio": a title read as one, whatever its words
    offices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "director general" -> "directorate general"
    succession_verbs: frozenset[str] = frozenset()  # "succeeded X as T": X held T before
    not_current: frozenset[str] = frozenset()  # "former": a post held before
    context_nouns: dict[str, str] = field(default_factory=dict)  # "that committee" -> kind of body
    post_verbs: dict[str, PostVerb] = field(default_factory=dict)  # "chairs" -> chair, held now
    # "who also holds the title of X": (words of the phrase, whether the post after it is held now)
    holding_phrases: tuple[tuple[tuple[str, ...], bool], ...] = ()
    parties: dict[str, str] = field(default_factory=dict)
    honorifics: frozenset[str] = frozenset()
    honorific_words: frozenset[str] = frozenset()  # one-word honorifics, folded ("dr", "datuk")
    honorific_pairs: frozenset[tuple[str, str]] = frozenset()  # two-word ones ("tan", "sri")
    issues: dict[str, IssueInfo] = field(default_factory=dict)
    issue_ignore: tuple[str, ...] = ()
    amount_units: frozenset[str] = frozenset()  # "30 billion yen": after a number, an amount, not the issue
    trade_words: frozenset[str] = frozenset()  # "exporters", "shipments": a sentence about trade in goods
    speech_verbs: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()  # "Kjeldsen's remark that ...": what a person said, owned
    quote_verbs: frozenset[str] = frozenset()  # "assured the union that "..."": a quote right after, no other cue
    after_quote_verbs: frozenset[str] = frozenset()  # ""...," she concluded": only right after a quote
    speech_phrases: frozenset[tuple[str, ...]] = frozenset()  # "as X put it": a verb of speaking in two words
    quote_label_openers: tuple[str, ...] = ()  # "Quotes attributable to": a release's label over its quotations
    view_nouns: frozenset[str] = frozenset()  # "In her view, "..."": the quotation is hers
    rebuttal_verbs: frozenset[str] = frozenset()  # "The ministry disagrees.": another voice between two quotations
    inscription_nouns: frozenset[str] = frozenset()  # "banners": the quotation after is what they read
    name_particles: frozenset[str] = frozenset()
    name_suffixes: frozenset[str] = frozenset()  # "Morimoto-shi": an honorific joined to a surname
    trailing_honorifics: frozenset[str] = frozenset()  # "Aydoğdu Bey": an honorific written after the name
    post_nominals: frozenset[str] = frozenset()  # "Jane Holt MP", "Ravi Menon KC": letters after a name
    surname_heads: frozenset[str] = frozenset()  # "Madeleine King": a title word closing a name is its surname
    degree_letters: frozenset[str] = frozenset()  # "PhD", "MBA": letters a school's name takes too
    outlet_verbs: frozenset[str] = frozenset()  # "assessed": what an agency or an outlet does, no person's sign
    given_name_abbreviations: frozenset[str] = frozenset()  # "Md.", "Ma.": a given name written short
    place_abbreviations: frozenset[str] = frozenset()  # "Ste." of "Sault Ste. Marie": no sentence ends on its dot
    two_letter_initials: frozenset[str] = frozenset()  # "Ye.", "Ts.": a romanized initial opening a name anywhere
    region_names: frozenset[str] = frozenset()  # "Africa" of "S.Africa": a place after a compass initial
    world_regions: frozenset[str] = frozenset()  # "Pacific": a region a post covers ("for Asia and the Pacific")
    occupation_words: frozenset[str] = frozenset()  # "Grower": before a name, what the person does; no name, no post
    source_words: tuple[str, ...] = ("Source",)  # "Bron:", "Fonte:": a credit note's word before the paper's name
    initial_honorifics: frozenset[str] = frozenset()  # "M. Deschamps": the French "Monsieur", written like an initial
    initial_honorific_cues: frozenset[str] = frozenset()  # "Mme": the story writes French honorifics
    # "Ato": "Mr" in a story that writes one of its cue words ("Kibur", "Ethiopia"); "Pan" in a Polish story
    cued_honorifics: dict[str, frozenset[str]] = field(default_factory=dict)
    surname_honorifics: frozenset[str] = frozenset()  # "Pan Ostrowski": before a surname alone
    pronoun_names: frozenset[str] = frozenset()
    word_given_names: frozenset[str] = frozenset()
    name_markers: dict[str, frozenset[str]] = field(default_factory=dict)  # "I" before "Gede": a Balinese name's opening
    institution_words: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()  # "in <word>": a place, not a name
    not_names: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()  # "the Alexandria market": a word before one names a kind or a place
    place_nouns: frozenset[str] = frozenset()  # "<word> states": a place, not a name
    compass_words: frozenset[str] = frozenset()  # "western <word>": a region, not a name
    compass_names: frozenset[str] = frozenset()  # "North Maluku": a region's name, never a person's
    thing_naming_words: frozenset[str] = frozenset()  # "codenamed Ops Asal": an operation's name, never a person's
    quote_label_words: tuple[str, ...] = ()  # "so-called": the quotation after them is a name, no statement
    name_made_words: frozenset[str] = frozenset()  # "<word>-class": a name made into a kind of thing
    facility_words: frozenset[str] = frozenset()  # "Complex Sejong": a building, not a name
    site_first_words: frozenset[str] = frozenset()  # "Port Houston": a port, not a person
    site_last_words: frozenset[str] = frozenset()  # "Henry Hub": a trading hub, not a person
    country_formal_prefixes: tuple[str, ...] = ()  # "republic of" in "Republic of Indonesia" (folded)
    name_order: NameOrder = field(default_factory=lambda: NameOrder([]))  # which word is the surname
    event_verbs: dict[str, tuple[str, str]] = field(default_factory=dict)  # written form -> (verb, kind)
    event_nouns: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower-case words -> event kind
    event_verb_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "call" -> {"with"}
    event_hedges: frozenset[str] = frozenset()  # "could": a possibility, not an event
    hedges_unless_set: frozenset[str] = frozenset()  # "next": a possibility unless a day or place is set
    distinct_words: frozenset[str] = frozenset()  # "a bilateral meeting": an encounter of its own
    group_phrases: tuple[tuple[str, ...], ...] = ()  # "the two sides": the people of the last event
    counterpart_words: frozenset[str] = frozenset()  # "his counterpart": someone on the other side
    post_holders: frozenset[str] = frozenset()  # "the official": whoever was last named with a post
    near_descriptions: dict[str, str] = field(default_factory=dict)  # "the expert": whom the sentences just before
    # are about -> the voice ("outside", "office") that person's posts may have
    outside_voice_words: frozenset[str] = frozenset()  # "researcher": an outside voice for those descriptions
    vague_times: tuple[str, ...] = ()  # "later this year": a possibility, not an event
    posts_abroad: frozenset[str] = frozenset()  # "ambassador": acts for the sending country
    posts_abroad_pairs: frozenset[tuple[str, ...]] = frozenset()  # ("high", "commissioner")
    delegation_words: frozenset[str] = frozenset()  # "the EU delegation was headed by X"
    lead_verbs: frozenset[str] = frozenset()
    attendee_headings: tuple[str, ...] = ()  # "Participants": a list of the main event's people follows
    join_verbs: frozenset[str] = frozenset()  # "X also attended": joins the event just reported
    join_objects: frozenset[str] = frozenset()  # ... "attended the talks", not "attended a seminar"
    audiences: frozenset[str] = frozenset()  # "met with reporters": no counterpart
    hosting_verbs: frozenset[str] = frozenset()  # "received", "hosted": every written form; its object is a guest
    guest_nouns: frozenset[str] = frozenset()  # "delegation": the guests' words before the body they come from
    event_priority: tuple[str, ...] = ()  # the kind kept when one sentence reports one encounter twice
    pronoun_genders: dict[str, str] = field(default_factory=dict)  # "she" -> female
    honorific_genders: dict[str, str] = field(default_factory=dict)  # "ms" -> female
    noun_genders: dict[str, str] = field(default_factory=dict)  # "father" -> male, in apposition to a name
    # posts one person holds at a time: (title key, organization or "country-<code>") -> post key
    single_posts: dict[tuple[str, str], str] = field(default_factory=dict)
    provinces: dict[str, ProvinceInfo] = field(default_factory=dict)  # any folded name, short form or adjective
    province_seats: dict[str, ProvinceInfo] = field(default_factory=dict)  # folded capital -> its province
    # country -> the heads of its provinces' posts, the government's own head first ("premier", "minister")
    province_post_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # ---- lookups -------------------------------------------------------
    def single_post(self, title: str, organization: str | None, country: str | None) -> str | None:
        """The key of the post (posts.yaml) this title at this organization
        (or, without one, in this country) names, when one person holds it at
        a time; None otherwise. The graph ends a holder's tenure when a later
        holder of such a post appears."""
        key = title_key(self.canonical_title(title))
        if organization:
            return self.single_posts.get((key, organization))
        return self.single_posts.get((key, f"country-{country}")) if country else None

    def nationality(self, word: str) -> str | None:
        """The country whose people ``word`` names as a noun: an adjective used alone ("the Nigerian") or a
        noun of its own ("the Pole", "the Spaniard")."""
        key = fold(word)
        return self.nationals.get(key) or self.country_adjectives.get(key)

    def country_of(self, text: str) -> str | None:
        """Country code for a country name, adjective or capital, else None."""
        key = fold(text)
        found = self.country_forms.get(key) or self.country_adjectives.get(key) or self.capitals.get(key)
        if found is None and key.startswith("the ") and key[4:].startswith(self.country_formal_prefixes):
            key = key[4:]  # "the Republic of Kazakhstan" (the model's entity with its article)
        if found is None and key.startswith(self.country_formal_prefixes):  # "Republic of Indonesia"
            rest = next(key[len(p):] for p in self.country_formal_prefixes if key.startswith(p))
            found = self.country_forms.get(rest) or self.country_forms.get(rest.removeprefix("the "))
            # ("Republic of the Philippines", "Kingdom of the Netherlands")
        return found

    def place_names(self) -> list[str]:
        """Every country and place name the lexicon knows, folded (names, aliases, adjectives, capitals, cities)."""
        return sorted({*self.country_forms, *self.country_adjectives, *self.capitals, *self.cities})

    def media_country(self, name: str) -> str | None:
        """The country of a news outlet the lexicon lists by this name ("EL TIEMPO", "El Tiempo"), else None."""
        found = self.org_named(name.strip()) or self.org_named(name.strip().title())
        return found.country if found is not None and found.kind == "media" else None

    def press_language_country(self, language: str) -> str | None:
        """The one country whose press writes ``language`` ("Vietnamese" -> VN), else None ("French")."""
        return self.press_languages.get(fold(language))

    def place_country(self, text: str) -> str | None:
        """Country of a dateline's place: a country, capital or other listed city."""
        return self.country_of(text) or self.cities.get(fold(text))

    def org_named(self, text: str) -> OrgInfo | None:
        """The known organization a name or alias refers to (any spelling that folds
        alike), so "Commerce Department" and "U.S. Department of Commerce" meet."""
        name = self.org_forms.get(fold(text))
        return self.organizations.get(name) if name else None

    def named_with_country(self, name: str, codes) -> dict[str, OrgInfo]:
        """The listed bodies called ``name`` followed by "of" and the name of one of the countries ``codes`` ("Ministry
        of Industry and Trade" + "of Vietnam"), by country code: a name many countries' bodies share, read against
        the countries a story names."""
        return {code: found for code in codes if code in self.countries
                and (found := self.org_named(f"{name} of {self.countries[code].name}")
                     or self.org_named(f"{name} of {self.countries[code].in_body_name}")) is not None}

    def body(self, domain: str | None, country: str | None) -> str | None:
        """The government body a policy domain means in a country ("commerce", CN ->
        Ministry of Commerce of the People's Republic of China), or None when the lexicon does not say."""
        if not domain or not country:
            return None
        found = self.government_bodies.get(domain, {}).get(country)
        if found is None and domain in self.domain_fallbacks:
            return self.body(self.domain_fallbacks[domain], country)
        return found

    def unlisted_body(self, domain: str | None, country: str | None) -> str | None:
        """"Parliament of Sri Lanka": a country's body of a domain the lexicon lists none for, named by
        ``unlisted_bodies`` (None for a union, whose bodies are listed, and for other domains)."""
        lead = self.unlisted_bodies.get(domain or "")
        if not lead or not country or country not in self.countries or self.countries[country].organization \
                or self.body(domain, country):
            return None
        return f"{lead} {self.countries[country].in_body_name}"

    def head_spec(self, word: str) -> HeadSpec | None:
        """What a title's head word means, in any case ("CEO", "ceo")."""
        return self.heads.get(word.lower())

    def canonical_title(self, title: str) -> str:
        """One spelling per post: "chief executive" -> "CEO" (others unchanged)."""
        return self.title_synonyms.get(fold(title), title)

    def kind_of(self, name: str) -> str | None:
        """Kind of an unknown organization from the words of its name."""
        words = fold(name).split()
        first = self._first_kind_word(words)
        if first is not None:
            return self.kind_words[first][1]
        if len(name.split()) > 1 and self.has_legal_form(name):
            return "company"  # "Hartley Voss LLP", "Korea Electric", "PT Aneka Tambang"
        return None

    def _first_kind_word(self, words: list[str]) -> int | None:
        """Index in ``kind_words`` of the first listed phrase found among ``words``."""
        index = self.kind_word_first
        found = [index[run] for n in self.kind_word_lengths for i in range(len(words) - n + 1)
                 if (run := tuple(words[i:i + n])) in index]
        return min(found) if found else None

    def legal_form_proper(self, word: str) -> bool:
        """Is ``word``, one of ``company_suffixes``, a company's legal form proper ("LLP", "Ltd", "GmbH", "S.A.",
        "Corporation"), not a word of its trade that the suffix list also holds ("Lines", "Mining", "Industries")?"""
        return word in self.spelled_out_legal_forms or not (word.isalpha() and word.istitle() and len(word) > 4)

    def has_legal_form(self, name: str) -> bool:
        """Does the name open or end with a word only companies carry ("PT", "LLP")?"""
        words = name.split()
        return bool(words) and (words[0] in self.company_prefixes or words[-1] in self.company_suffixes)

    def is_bloc(self, code: str | None) -> bool:
        """Is ``code`` one of the lexicon's blocs ("EU", "GCC": a jurisdiction that is also an organization)?"""
        return code in self.countries and bool(self.countries[code].organization)

    def body_country(self, name: str | None) -> str | None:
        """The country a body the lexicon knows is of: a listed organization's, a bloc's own, or the country whose
        policy domain the lexicon gives that body for (Mexico's "Secretariat of Agriculture and Rural Development",
        listed nowhere else)."""
        if not name:
            return None
        known = self.org_named(name)
        if known is not None and known.country:
            return known.country
        if self._body_countries is None:
            found: dict[str, str] = {fold(info.organization): code for code, info in self.countries.items()
                                     if info.organization}
            for by_country in self.government_bodies.values():
                for code, body in by_country.items():
                    found.setdefault(fold(body), code)
            self._body_countries = found
        return self._body_countries.get(fold(name))

    def legal_form_country(self, name: str) -> str | None:
        """The country a company's legal form says it is registered in ("PT ... Tbk" -> ID), when only one
        country uses that form."""
        words = name.split()
        if not words:
            return None
        return self.legal_form_countries.get(words[-1]) or self.legal_form_countries.get(words[0])

    def post_abroad(self, words: list[str], at_end: bool = False) -> bool:
        """Do these (lower-case) words name a post held abroad ("ambassador",
        "high commissioner"), anywhere or, with ``at_end``, as their last words?"""
        if at_end:
            return bool(words) and (words[-1] in self.posts_abroad or tuple(words[-2:]) in self.posts_abroad_pairs)
        return bool(set(words) & self.posts_abroad) or any(pair in self.posts_abroad_pairs
                                                            for pair in zip(words, words[1:]))

    def area_opener_at(self, doc, i: int) -> int:
        """How many words of an area opener ("responsible for", "in charge of") start at token ``i``; 0 if none."""
        return next((len(o) for o in self.area_openers if [t.lower_ for t in doc[i:i + len(o)]] == list(o)), 0)

    def whole_title_at(self, doc, i: int) -> tuple[int, int] | None:
        """The span of a title read whole (``whole_titles``: "Minister without Portfolio") that token ``i`` is in."""
        for title in self.whole_titles:
            for start in range(max(0, i - len(title) + 1), i + 1):
                if [t.lower_ for t in doc[start:start + len(title)]] == list(title):
                    return start, start + len(title)
        return None

    def office_heads(self, words) -> frozenset[str]:
        """The one-word title heads whose offices the folded ``words`` name ("directorate" -> "director"): the head
        of an office holds a title that names it."""
        return frozenset(head for head, names in self.offices.items() if " " not in head and set(names) & set(words))

    def uses_departments(self, country: str) -> bool:
        """Does the lexicon list the country's government bodies as departments ("Department of Agriculture of the
        Philippines", Australia's "Department of Foreign Affairs and Trade")? Its posts then name no "Ministry of ..."
        the lexicon does not list."""
        return country in self.department_countries

    def unlisted_ministry(self, word: str, country: str | None) -> str | None:
        """"Ministry of Finance of Lithuania": the ministry of a portfolio (a noun naming its domain, or a word
        ``unlisted_ministry_names`` names the ministry of: "foreign") in a country the lexicon lists no body of that
        domain for, named the lexicon's way; None for a union (whose bodies are a Commission's) and for countries
        of departments."""
        w = word.lower()
        named = self.unlisted_ministry_names.get(w)
        if not country or country not in self.countries or self.countries[country].organization \
                or (self.domain_words.get(w) != w and not named) or w == "state" \
                or self.body(self.domain_words.get(w), country) or self.uses_departments(country):
            return None
        return f"Ministry of {named or w[:1].upper() + w[1:]} of {self.countries[country].in_body_name}"

    def is_portfolio(self, word: str) -> bool:
        """Whether a lower-case word names a policy domain or a portfolio ("trade", "affairs")."""
        return word in self.domain_words or word in self.portfolio_words

    def is_firm_name_ending(self, word: str) -> bool:
        """Does ``word`` close a firm's name as what it makes (``firm_name_endings``: "Chemicals"), or as a word
        made on a long one of them ("Oleochemicals", "Biopharmaceuticals")? No surname ends so."""
        return word in self.firm_name_endings or word[:1].isupper() and any(
            len(ending) >= 8 and len(word) > len(ending) and word.lower().endswith(ending.lower())
            for ending in self.firm_name_endings)

    def is_org_head(self, word: str) -> bool:
        """Whether a lower-case word (or its plural) makes a phrase an
        organization: "Semiconductor(s)", "Ministry"."""
        return word in self.org_heads or (word.endswith("s") and word[:-1] in self.org_heads)

    def is_small_unit(self, name: str) -> bool:
        """Is an unlisted name a small unit's inside a body ("Rules Division", "Unit for Sanctions Implementation",
        "Economic Security Program"), which names part of a post, not an organization of its own?"""
        words = fold(name).replace(",", " ").split()
        return bool(words) and (words[0] in self.small_unit_words or words[-1] in self.small_unit_words) \
            and self.org_named(name) is None

    def unit_parent_of(self, name: str) -> tuple[str, ...]:
        """How the name of the larger body an unlisted part ("Trade Policy Bureau", "School of International Trade")
        belongs to begins ("minist", "universit"); empty for a listed body or no part's name."""
        words = fold(name).replace(",", " ").split()
        if not words or self.org_named(name) is not None:
            return ()
        return self.unit_parents.get(words[0]) or self.unit_parents.get(words[-1]) or ()

    def looks_like_org(self, name: str) -> bool:
        """Whether an unknown name of several words carries an organization
        word, so it is kept even when named once ("Halcyon Semiconductor")."""
        words = fold(name).split()
        return len(words) > 1 and (self.has_legal_form(name) or any(w in self.org_heads for w in words)
                                   or any(tuple(words[i:i + 2]) in self.org_head_pairs for i in range(len(words) - 1)))

    # ---- loading -------------------------------------------------------
    @classmethod
    def load(cls, data_dir: Path | None = None, issues_file: Path | None = None) -> "Lexicon":
        """Read and check every data file (from ``data_dir``, else the shipped
        ``loaders/data``; the issue taxonomy from ``issues_file`` or
        ``TRADEGRAPH_ISSUES`` when given) and build the lookup tables. A bad
        file raises ``LoaderError`` naming the file and line."""
        data_dir = Path(data_dir) if data_dir else DATA_DIR
        issues_path = issues_file or os.environ.get("TRADEGRAPH_ISSUES") or data_dir / "issues.yaml"
        lex = cls()
        lex._load_countries(_read(data_dir / "countries.yaml"))
        lex._load_organizations(_read(data_dir / "organizations.yaml"))
        lex._load_titles(_read(data_dir / "titles.yaml"))
        lex._index_names_without_country()  # (needs the titles' domain words)
        lex._load_names(_read(data_dir / "names.yaml"))
        lex._load_issues(_read(Path(issues_path), "issues.yaml"), str(issues_path))
        lex.name_order = NameOrder.from_data(_read(data_dir / "name_order.yaml"))
        for name, load in (("events.yaml", lex._load_events), ("references.yaml", lex._load_references)):
            if (data_dir / name).exists():
                load(_read(data_dir / name))
        posts_file = data_dir / "posts.yaml"
        if posts_file.exists():
            lex._load_posts(_read(posts_file), str(posts_file))
        provinces_file = data_dir / "provinces.yaml"
        if provinces_file.exists():
            lex._load_provinces(_read(provinces_file), str(provinces_file))
        return lex

    def _load_countries(self, data: dict) -> None:
        for code, entry in data.items():
            info = CountryInfo(code=code, name=entry["name"], organization=entry.get("organization"),
                               the=bool(entry.get("the", False)), formal=entry.get("formal"))
            self.countries[code] = info
            forms = [entry["name"], *entry.get("aliases", [])]
            self.country_names[code] = forms
            for form in forms:
                self.country_forms.setdefault(fold(form), code)
            for adj in entry.get("adjectives", []):
                self.country_adjectives.setdefault(fold(adj), code)
            for noun in entry.get("nationals", []):
                self.nationals.setdefault(fold(noun), code)
            for language in entry.get("press_languages", []):
                self.press_languages.setdefault(fold(language), code)
            for style in entry.get("address_styles", []):
                self.address_styles[style] = code
            for agency in entry.get("home_agencies", []):
                self.home_agencies[agency] = code
            for cap in entry.get("capitals", []):
                self.capitals.setdefault(fold(cap), code)
            for city in entry.get("cities", []):
                self.cities.setdefault(fold(city), code)
            if entry.get("given_name"):
                self.given_name_countries = self.given_name_countries | {entry["name"]}

    def _load_organizations(self, data: dict) -> None:
        for entry in data.get("organizations", []):
            info = OrgInfo(
                name=entry["name"],
                aliases=tuple(entry.get("aliases", [])),
                country=entry.get("country"),
                kind=entry.get("kind", "organization"),
                part_of=entry.get("part_of"),
            )
            self.organizations[info.name] = info
            for form in (info.name, *info.aliases):
                self.org_forms.setdefault(fold(form), info.name)
            for form in entry.get("tag_aliases", []):
                self.tag_forms[form] = info.name
        # (not a department inside a ministry: India's "Department of Commerce" is its commerce ministry's)
        self.department_countries = frozenset(info.country for info in self.organizations.values()
                                              if info.kind == "government" and info.name.startswith("Department ")
                                              and info.part_of is None)
        with_ministries = {info.country for info in self.organizations.values()
                           if info.kind == "government" and info.name.startswith("Ministry ")}
        self.no_ministry_countries = frozenset(info.country for info in self.organizations.values()
                                               if info.kind == "government" and "Department of" in info.name
                                               and info.country not in with_ministries)
        for info in self.organizations.values():
            if info.part_of is not None and info.part_of not in self.organizations:
                raise LoaderError("organizations.yaml",
                                  f"{info.name!r} is part_of {info.part_of!r}, which is not a listed organization")
        self.bare_bloc_bodies = dict(data.get("bare_bloc_bodies") or {})
        self.possessed_parts = {body: {fold(k): v for k, v in parts.items()}
                                for body, parts in (data.get("possessed_parts") or {}).items()}
        for word, name in self.bare_bloc_bodies.items():
            if name not in self.organizations:
                raise LoaderError("organizations.yaml",
                                  f"bare_bloc_bodies {word!r} names {name!r}, which is not a listed organization")
        self.domain_fallbacks = dict(data.get("domain_fallbacks") or {})
        self.unlisted_ministry_names = {k.lower(): v for k, v in (data.get("unlisted_ministry_names") or {}).items()}
        self.unlisted_bodies = dict(data.get("unlisted_bodies") or {})
        self.government_bodies = {
            domain: dict(bodies)
            for domain, bodies in (data.get("government_bodies") or {}).items()}
        for kind, words in (data.get("kind_words") or {}).items():
            for word in words:
                self.kind_words.append((tuple(fold(word).split()), kind))
        for i, (phrase, _) in enumerate(self.kind_words):
            self.kind_word_first.setdefault(phrase, i)
        self.kind_word_lengths = tuple(sorted({len(phrase) for phrase in self.kind_word_first}))
        self.org_heads = frozenset(
            [phrase[0] for phrase, _ in self.kind_words if len(phrase) == 1] + data.get("organization_words", []))
        # "direction generale": two words that make a body only together ("Direction générale du Commerce"; not
        # "a new direction")
        self.org_head_pairs = frozenset(phrase for phrase, _ in self.kind_words if len(phrase) == 2)
        self.body_words = frozenset(data.get("body_words", []))
        self.part_openers = frozenset(w.lower() for w in data.get("part_openers", []))
        self.subsidiary_words = frozenset(data.get("subsidiary_words", []))
        self.country_closes_name = frozenset(data.get("country_closes_name", []))
        self.country_opens_after = frozenset(data.get("country_opens_after", []))
        self.name_after_head = frozenset(fold(w) for w in data.get("name_after_head", []))
        self.not_organizations = frozenset(data.get("not_organizations", []))
        self.not_organization_tails = tuple(fold(w) for w in data.get("not_organization_tails", []))
        self.document_words = frozenset(w.lower() for w in data.get("document_words", []))
        self.firm_self_words = frozenset(w.lower() for w in data.get("firm_self_words", []))
        self.firm_posts = frozenset(w.lower() for w in data.get("firm_posts", []))
        self.chaired_body_words = frozenset(w.lower() for w in data.get("chaired_body_words", []))
        self.small_unit_words = frozenset(w.lower() for w in data.get("small_unit_words", []))
        self.unit_parents = {w.lower(): tuple(p.lower() for p in ps) for w, ps in (data.get("unit_parents") or {}).items()}
        self.listing_member_nouns = frozenset(w.lower() for w in data.get("listing_member_nouns", []))
        self.instrument_words = frozenset(w.lower() for w in data.get("instrument_words", []))
        self.column_words = frozenset(w.lower() for w in data.get("column_words", []))
        # a possessive's apostrophe and a word's hyphen are tokens of their own, as the tokenizer reads them
        # ("farmers ' union", "state - owned company")
        self.name_cues = tuple(re.sub(r"(\w)-(?=\w)", r"\1 - ", re.sub(r"(\w)['\u2019](?=\s|$)", r"\1 '", c))
                               for c in data.get("name_cues", []))
        self.outlet_cues = tuple(data.get("outlet_cues", []))
        self.document_cues = frozenset(w.lower() for w in data.get("document_cues", []))
        self.outlet_articles = frozenset(data.get("outlet_articles", []))
        self.sign_off_agencies = frozenset(data.get("sign_off_agencies", []))
        self.medium_nouns = tuple(data.get("medium_nouns", []))
        self.medium_words = frozenset([phrase[0] for phrase, kind in self.kind_words if kind == "media" and len(phrase) == 1]
                                      + [w for w in self.medium_nouns if " " not in w])
        self.publisher_cues = tuple(sorted((c.lower() for c in data.get("publisher_cues", [])), key=len, reverse=True))
        self.body_verbs = frozenset(data.get("body_verbs", []))
        self.appositive_participles = frozenset(w.lower() for w in data.get("appositive_participles", []))
        self.remit_on_words = frozenset(w.lower() for w in data.get("remit_on_words", []))
        self.member_nouns = frozenset(fold(n).split()[-1] for n in data.get("member_nouns", []))
        self.share_cues = tuple(tuple(c.lower().split()) for c in data.get("share_cues", []))
        self.example_cues = tuple(sorted((tuple(c.lower().split()) for c in data.get("example_cues", [])),
                                         key=len, reverse=True))
        self.firm_nouns = frozenset(w.lower() for w in data.get("firm_nouns", []))
        self.ministers_bodies = frozenset(fold(w) for w in data.get("ministers_bodies", []))
        self.firm_name_endings = frozenset(data.get("firm_name_endings", []))
        self.appositive_body_nouns = tuple(sorted((tuple(n.lower().split()) for n in data.get("appositive_body_nouns", [])),
                                                  key=len, reverse=True))
        self.company_suffixes = frozenset(data.get("company_suffixes", []))
        for key in ("spelled_out_legal_forms", "one_word_name_forms"):
            forms = frozenset(data.get(key, []))
            if forms - self.company_suffixes:
                raise LoaderError("organizations.yaml", f"{key} {sorted(forms - self.company_suffixes)} "
                                  "are not in company_suffixes")
            setattr(self, key, forms)
        self.company_prefixes = frozenset(data.get("company_prefixes", []))
        self.legal_form_countries = dict(data.get("legal_form_countries") or {})
        posted_to = [m for m in data.get("missions_posted_to", [])]
        self.missions = tuple(sorted((tuple(m.lower().split()) for m in [*data.get("missions", []), *posted_to]),
                                     key=len, reverse=True))
        self.missions_posted_to = frozenset(tuple(m.lower().split()) for m in posted_to)
        self.mission_names = frozenset(" ".join(m).title() for m in self.missions)  # "High Commission"
        self.org_leading_words = frozenset(data.get("org_leading_words", []))

    def _index_names_without_country(self) -> None:
        """"the Federal Ministry for Economic Affairs and Energy" for "... of Germany": a listed body's name
        without its country, when no other listed body shares it and it is no generic name ("Ministry of
        Industry and Trade", which many countries' bodies are called)."""
        stripped: dict[str, list[str]] = {}
        for info in self.organizations.values():
            country = self.countries.get(info.country) if info.country else None
            suffix = f" of {country.name}" if country else None
            short = info.name[:-len(suffix)] if suffix and info.name.endswith(suffix) else ""
            if len(short.split()) >= 5 and not all(
                    w in self.org_heads or w in self.domain_words or w in self.portfolio_words
                    or w in ("of", "the", "and", "for") for w in fold(short).split()):
                # (not "Ministry of Industry and Trade": many countries' bodies are called so)
                stripped.setdefault(fold(short), []).append(info.name)
        for key, names in stripped.items():
            if len(names) == 1:
                self.org_forms.setdefault(key, names[0])

    def _load_titles(self, data: dict) -> None:
        self.ministry_secretary_countries = frozenset(data.get("ministry_secretary_countries") or ())
        self.ministerless_countries = frozenset(data.get("ministerless_countries") or ())
        self.firm_area_words = frozenset(w.lower() for w in data.get("firm_area_words") or ())
        self.portfolio_not_ministry_countries = frozenset(data.get("portfolio_not_ministry_countries") or ())
        self.undersecretariat_countries = frozenset(data.get("undersecretariat_countries") or ())
        for head, entry in (data.get("heads") or {}).items():
            spec = HeadSpec(singular=head, **(entry or {}))
            self.heads[head.lower()] = spec
            if spec.plural:
                self.heads.setdefault(spec.plural.lower(), replace(spec, is_plural=True))
        for prefix in data.get("hyphen_prefixes", []):
            # "Vice-Minister", "deputy-director": a prefix joined to any head with a hyphen is that head
            for word, spec in list(self.heads.items()):
                if "-" not in word and not word.endswith("."):
                    self.heads.setdefault(f"{prefix.lower()}-{word}", spec)
        # "Cabinet Secretary", "Assistant Secretary": a title an abbreviation stands for, written in two words
        self.full_two_word_titles = frozenset(spec.full.lower() for spec in self.heads.values()
                                              if spec.full and len(spec.full.split()) == 2)
        self.modifiers = frozenset(w.lower() for w in data.get("modifiers", []))
        self.dropped_modifiers = frozenset(w.lower() for w in data.get("dropped_modifiers", []))
        self.portfolio_words = frozenset(w.lower() for w in data.get("portfolio_words", []))
        self.area_closing_words = frozenset(w.lower() for w in data.get("area_closing_words", []))
        self.office_titles = frozenset(w.lower() for w in data.get("office_titles", []))
        self.own_voice_heads = frozenset(w.lower() for w in data.get("own_voice_heads", []))
        self.seat_heads = frozenset(w.lower() for w in data.get("seat_heads", []))
        self.seats_of_one_country = frozenset(w.lower() for w in data.get("seats_of_one_country", []))
        if self.seats_of_one_country - self.seat_heads:
            raise LoaderError("titles.yaml", f"seats_of_one_country {sorted(self.seats_of_one_country - self.seat_heads)} "
                              "are not in seat_heads")
        self.seats_for_places = frozenset(w.lower() for w in data.get("seats_for_places", []))
        if self.seats_for_places - self.seat_heads:
            raise LoaderError("titles.yaml", f"seats_for_places {sorted(self.seats_for_places - self.seat_heads)} "
                              "are not in seat_heads")
        self.government_level_words = frozenset(w.lower() for w in data.get("government_level_words", []))
        if self.government_level_words - self.modifiers:
            raise LoaderError("titles.yaml", "government_level_words "
                              f"{sorted(self.government_level_words - self.modifiers)} are not in modifiers")
        self.seat_qualifiers = frozenset(w.lower() for w in data.get("seat_qualifiers", []))
        self.parliament_party_words = frozenset(w.lower() for w in data.get("parliament_party_words", []))
        self.seat_qualifier_endings = tuple(w.lower() for w in data.get("seat_qualifier_endings", []))
        self.seat_party_words = {code: frozenset(words) for code, words in data.get("seat_party_words", {}).items()}
        self.outside_voice_heads = frozenset(w.lower() for w in data.get("outside_voice_heads", []))
        self.bloc_posts = frozenset(w.lower() for w in data.get("bloc_posts", []))
        self.bloc_executive_posts = frozenset(w.lower() for w in data.get("bloc_executive_posts", []))
        if self.bloc_executive_posts - self.bloc_posts:
            raise LoaderError("titles.yaml", f"bloc_executive_posts {sorted(self.bloc_executive_posts - self.bloc_posts)} "
                              "are not in bloc_posts")
        self.ministerial_heads = frozenset(w.lower() for w in data.get("ministerial_heads", []))
        self.committee_posts = frozenset(w.lower() for w in data.get("committee_posts", []))
        self.official_words = frozenset(w.lower() for w in data.get("official_words", []))
        self.headline_verbs = frozenset(w.lower() for w in data.get("headline_verbs", []))
        self.country_stand_ins = frozenset(w.lower() for w in data.get("country_stand_ins", []))
        self.body_posts = frozenset(w.lower() for w in data.get("body_posts", []))
        self.officer_posts = frozenset(w.lower() for w in data.get("officer_posts", []))
        self.joint_post_firsts = frozenset(w.lower() for w in data.get("joint_post_firsts", []))
        self.joint_post_seconds = frozenset(w.lower() for w in data.get("joint_post_seconds", []))
        for domain, words in (data.get("domains") or {}).items():
            for word in words:
                self.domain_words[word.lower()] = domain
        for item in data.get("implied", []):
            self.implied.append((tuple(w.lower() for w in item["words"]), item["domain"],
                                 item.get("country")))
        self.sole_implied = frozenset(tuple(w.lower() for w in item["words"]) for item in data.get("implied", [])
                                      if item.get("sole") and item.get("country"))
        self.implied.sort(key=lambda t: -len(t[0]))
        self.head_of_state = frozenset(t.lower() for t in data.get("head_of_state", []))
        hos_words = data.get("head_of_state_words") or {}
        self.head_of_state_words = frozenset(hos_words.get("words", []))
        self.head_of_state_not_after = frozenset(hos_words.get("not_after", []))
        self.appointment_words = frozenset(w.lower() for w in data.get("appointment_words", []))
        self.board_words = frozenset(w.lower() for w in data.get("board_words", []))
        self.unit_words = frozenset(w.lower() for w in data.get("unit_words", []))
        self.area_openers = tuple(tuple(w.lower().split()) for w in data.get("area_openers", []))
        self.whole_titles = tuple(tuple(w.lower().split()) for w in data.get("whole_titles", []))
        self.college_heads = frozenset(w.lower() for w in data.get("college_heads", []))
        self.courtesy_ranks = frozenset(fold(w) for w in data.get("courtesy_ranks", []))
        self.bare_non_posts = frozenset(data.get("bare_non_posts", []))  # (as written: not a panel's "Member")
        self.offices = {head.lower(): tuple(o.lower() for o in names) for head, names in (data.get("offices") or {}).items()}
        self.succession_verbs = frozenset(w.lower() for w in data.get("succession_verbs", []))
        self.lead_words = frozenset(data.get("lead_words", [])) | self.appointment_words
        self.not_current = frozenset(data.get("not_current", []))
        self.context_nouns = dict(data.get("context_nouns") or {})
        self.post_verbs = {verb: PostVerb(**spec) for verb, spec in (data.get("post_verbs") or {}).items()}
        self.holding_phrases = tuple(sorted(((tuple(p.lower().split()), bool(spec["current"]))
                                             for p, spec in (data.get("holding_phrases") or {}).items()),
                                            key=lambda x: -len(x[0])))
        self.parties = dict(data.get("parties") or {})
        self.honorifics = frozenset(data.get("honorifics", []))
        self.honorific_words = frozenset(h.lower().rstrip(".") for h in self.honorifics if " " not in h)
        # "Tan Sri", "Puan Sri": honorifics of two words, whose first word alone may be a name ("Tan Boon Heng")
        self.honorific_pairs = frozenset(tuple(h.lower().split()) for h in self.honorifics if " " in h)
        for canonical, forms in (data.get("synonyms") or {}).items():
            for form in [canonical, *forms]:
                self.title_synonyms[fold(form)] = canonical

    def _load_names(self, data: dict) -> None:
        self.speech_verbs = frozenset(data.get("speech_verbs", []))
        self.speech_nouns = frozenset(w.lower() for w in data.get("speech_nouns", []))
        self.quote_verbs = frozenset(w.lower() for w in data.get("quote_verbs", []))
        self.after_quote_verbs = frozenset(w.lower() for w in data.get("after_quote_verbs", []))
        self.speech_phrases = frozenset(tuple(w.lower().split()) for w in data.get("speech_phrases", []))
        self.quote_label_openers = tuple(w.lower() for w in data.get("quote_label_openers", []))
        self.view_nouns = frozenset(w.lower() for w in data.get("view_nouns", []))
        self.rebuttal_verbs = frozenset(w.lower() for w in data.get("rebuttal_verbs", []))
        self.inscription_nouns = frozenset(w.lower() for w in data.get("inscription_nouns", []))
        self.name_particles = frozenset(data.get("name_particles", []))
        self.name_suffixes = frozenset(w.lower() for w in data.get("name_suffixes", []))
        self.trailing_honorifics = frozenset(data.get("trailing_honorifics", []))
        self.post_nominals = frozenset(data.get("post_nominals", []))
        self.surname_heads = frozenset(data.get("surname_heads", []))
        self.degree_letters = frozenset(data.get("degree_letters", []))
        self.outlet_verbs = frozenset(w.lower() for w in data.get("outlet_verbs", []))
        self.initial_honorifics = frozenset(data.get("initial_honorifics", []))
        self.given_name_abbreviations = frozenset(data.get("given_name_abbreviations", []))
        self.place_abbreviations = frozenset(data.get("place_abbreviations", []))
        self.two_letter_initials = frozenset(data.get("two_letter_initials", []))
        self.region_names = frozenset(data.get("region_names", []))
        self.world_regions = frozenset(data.get("world_regions", []))
        self.occupation_words = frozenset(w.lower() for w in data.get("occupation_words", []))
        self.source_words = tuple(data.get("source_words", ["Source"]))
        self.initial_honorific_cues = frozenset(data.get("initial_honorific_cues", []))
        self.cued_honorifics = {word: frozenset(cues) for word, cues in (data.get("cued_honorifics") or {}).items()}
        self.surname_honorifics = frozenset(data.get("surname_honorifics") or ())
        self.pronoun_names = frozenset(data.get("pronoun_names", []))
        self.word_given_names = frozenset(data.get("word_given_names", []))
        self.name_markers = {marker: frozenset(after) for marker, after in data.get("name_markers", {}).items()}
        self.institution_words = frozenset(data.get("institution_words", []))
        self.place_prepositions = frozenset(data.get("place_prepositions", []))
        self.not_names = frozenset(data.get("not_names", []))
        self.thing_nouns = frozenset(w.lower() for w in data.get("thing_nouns", []))
        self.place_nouns = frozenset(data.get("place_nouns", []))
        self.compass_words = frozenset(w.lower() for w in data.get("compass_words", []))
        self.compass_names = frozenset(data.get("compass_names", []))
        self.thing_naming_words = frozenset(w.lower() for w in data.get("thing_naming_words", []))
        self.quote_label_words = tuple(w.lower() for w in data.get("quote_label_words", []))
        self.name_made_words = frozenset(w.lower() for w in data.get("name_made_words", []))
        self.facility_words = frozenset(data.get("facility_words", []))
        self.site_first_words = frozenset(w.lower() for w in data.get("site_first_words", []))
        self.site_last_words = frozenset(w.lower() for w in data.get("site_last_words", []))
        self.country_formal_prefixes = tuple(sorted((fold(p) + " " for p in data.get("country_formal_prefixes", [])),
                                                    key=len, reverse=True))

    def _load_issues(self, data: dict, where: str) -> None:
        entries = data.get("issues") if isinstance(data, dict) else None
        if not isinstance(entries, dict) or not entries:
            raise LoaderError(where, "issue taxonomy must have an 'issues' mapping of id -> {terms: [...]}")
        self.issue_ignore = tuple(str(t) for t in data.get("ignore", []))
        self.amount_units = frozenset(str(t).lower() for t in data.get("amount_units", []))
        self.trade_words = frozenset(str(t).lower() for t in data.get("trade_words", []))
        spelled_out = data.get("spelled_out") or {}  # (its shape checked by the schema)
        for issue_id, entry in entries.items():
            if isinstance(entry, list):  # the short form: id -> list of terms
                entry = {"terms": entry}
            terms = _with_spelled_out(tuple(str(t) for t in entry.get("terms", [])), spelled_out)
            if not terms:
                raise LoaderError(where, f"issue '{issue_id}' has no terms")
            self.issues[issue_id] = IssueInfo(
                id=issue_id,
                label=entry.get("label") or issue_id.replace("_", " ").capitalize(),
                description=entry.get("description", ""),
                terms=terms,
                weak_terms=tuple(str(t) for t in entry.get("weak_terms", [])),
                near=tuple(_word_pair(pair, where, issue_id) for pair in entry.get("near", [])),
                goods=bool(entry.get("goods", False)),
                weak_needed=int(entry.get("weak_needed", 2)),
                in_passing_late=bool(entry.get("in_passing_late", False)),
                before_country=tuple(str(t).lower() for t in entry.get("before_country", [])),
                after_goods={str(word).lower(): frozenset(str(i) for i in ids)
                             for word, ids in (entry.get("after_goods") or {}).items()},
            )

    def _load_events(self, data: dict) -> None:
        for kind, cues in (data.get("kinds") or {}).items():
            cues = cues or {}
            for verb, forms in (cues.get("verbs") or {}).items():
                for form in [verb, *forms]:
                    self.event_verbs[form.lower()] = (verb.lower(), kind)
            for noun in cues.get("nouns", []):
                self.event_nouns[tuple(noun.lower().split())] = kind
        self.event_verb_objects = {verb.lower(): frozenset(w.lower() for w in words)
                                   for verb, words in (data.get("verb_objects") or {}).items()}
        self.event_hedges = frozenset(w.lower() for w in data.get("hedges", []))
        self.hedges_unless_set = frozenset(w.lower() for w in data.get("hedges_unless_set", []))
        self.distinct_words = frozenset(w.lower() for w in data.get("distinct_words", []))
        self.group_phrases = tuple(sorted((tuple(p.lower().split()) for p in data.get("groups", [])),
                                          key=len, reverse=True))
        self.counterpart_words = frozenset(w.lower() for w in data.get("counterpart_words", []))
        self.vague_times = tuple(w.lower() for w in data.get("vague_times", []))
        self.posts_abroad = frozenset(w.lower() for w in data.get("posts_abroad", []) if " " not in w)
        # "high commissioner": a post abroad of two words, whose last word alone is not one ("EU Trade Commissioner")
        self.posts_abroad_pairs = frozenset(tuple(w.lower().split()) for w in data.get("posts_abroad", []) if " " in w)
        self.delegation_words = frozenset(w.lower() for w in data.get("delegation_words", []))
        self.lead_verbs = frozenset(w.lower() for w in data.get("lead_verbs", []))
        self.attendee_headings = tuple(w.lower() for w in data.get("attendee_headings", []))
        self.join_verbs = frozenset(w.lower() for w in data.get("join_verbs", []))
        self.join_objects = frozenset(w.lower() for w in data.get("join_objects", []))
        self.audiences = frozenset(w.lower() for w in data.get("audiences", []))
        hosting = {w.lower() for w in data.get("hosting_verbs", [])}
        unknown = hosting - {verb for verb, _ in self.event_verbs.values()}
        if unknown:
            raise LoaderError("events.yaml", f"hosting_verbs {sorted(unknown)} are not verbs any kind lists")
        self.hosting_verbs = frozenset(form for form, (verb, _) in self.event_verbs.items() if verb in hosting)
        self.guest_nouns = frozenset(w.lower() for w in data.get("guest_nouns", []))
        self.event_priority = tuple(w.lower() for w in data.get("priority", []))

    def _load_references(self, data: dict) -> None:
        self.pronoun_genders = {k.lower(): v for k, v in (data.get("pronouns") or {}).items()}
        self.honorific_genders = {k.lower(): v for k, v in (data.get("honorifics") or {}).items()}
        self.noun_genders = {k.lower(): v for k, v in (data.get("gendered_nouns") or {}).items()}
        self.post_holders = frozenset(w.lower() for w in data.get("post_holders", []))
        self.near_descriptions = {k.lower(): v for k, v in (data.get("near_descriptions") or {}).items()}
        self.outside_voice_words = frozenset(w.lower() for w in data.get("outside_voice_words", []))


    def is_post_title(self, title: str) -> bool:
        """Is ``title`` a title ``posts.yaml`` gives a post ("USTR", "Commerce Secretary")?"""
        return any(key == title_key(title) for key, _ in self.single_posts)

    def _load_posts(self, data: dict, where: str) -> None:
        for post, entry in data.get("posts", {}).items():
            if bool(entry.get("organization")) == bool(entry.get("country")):
                raise LoaderError(where, f"post {post!r} needs either an organization or a country (not both)")
            scope = entry.get("organization") or f"country-{entry['country']}"
            for title in entry["titles"]:
                self.single_posts[(title_key(title), scope)] = post

    def _load_provinces(self, data: dict, where: str) -> None:
        for code, heads in data.get("post_heads", {}).items():
            if code not in self.countries:
                raise LoaderError(where, f"post_heads: unknown country {code!r}")
            self.province_post_heads[code] = tuple(w.lower() for w in heads)
        for name, entry in data.get("provinces", {}).items():
            if entry["country"] not in self.countries:
                raise LoaderError(where, f"province {name!r}: unknown country {entry['country']!r}")
            info = ProvinceInfo(name, entry["country"], entry["government"], entry.get("ministries"), entry.get("seat"))
            for form in (name, *entry.get("aliases", []), *entry.get("adjectives", [])):
                if self.provinces.get(fold(form), info) != info:
                    raise LoaderError(where, f"province {name!r}: {form!r} already names {self.provinces[fold(form)].name}")
                self.provinces[fold(form)] = info
            if info.seat:
                self.province_seats[fold(info.seat)] = info

    def province_in(self, words: list[str]) -> ProvinceInfo | None:
        """The province a title's words name ("B.C. Forests Minister", "Premier of Ontario"), by one or more
        consecutive words written in capitals; None when they name none."""
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                run = words[i:i + n]
                if run[0][:1].isupper() and (found := self.provinces.get(fold(" ".join(run)))) is not None:
                    return found
        return None


def _read(path: Path, schema: str | None = None) -> dict:
    """One data file, checked against the shape ``schemas.py`` declares for it."""
    return read_data_file(path, SCHEMAS[schema or path.name])


@lru_cache(maxsize=4)
def default_lexicon(issues_file: str | None = None) -> Lexicon:
    """The shipped lexicon (cached; the data files are read once per process)."""
    return Lexicon.load(issues_file=Path(issues_file) if issues_file else None)


def _with_spelled_out(terms: tuple[str, ...], spelled_out: dict) -> tuple[str, ...]:
    """The terms, and each term written with a short form also with its full name, alone or before the short form
    in brackets: "WTO rules" -> "World Trade Organization rules", "World Trade Organization (WTO) rules"."""
    out = dict.fromkeys(terms)
    for term in terms:
        words = term.split()
        for short, names in spelled_out.items():
            if short not in words:
                continue
            at = words.index(short)
            for name in names:
                for written in (name, f"{name} ({short})"):
                    out.setdefault(" ".join(words[:at] + [written] + words[at + 1:]))
    return tuple(out)


def _word_pair(pair, where: str, issue_id: str) -> tuple[str, str]:
    """One ``near`` entry of an issue: exactly two single words."""
    words = [str(w).lower() for w in pair]
    if len(words) != 2 or any(" " in w or not w for w in words):
        raise LoaderError(where, f"issue '{issue_id}': each 'near' entry must be two single words, got {pair!r}")
    return words[0], words[1]
