"""The lexicon's data files are read strictly: a slip is an error naming the
file and line, never a rule that silently does nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from loaders.errors import LoaderError
from loaders.extraction.datafile import read_data_file
from loaders.extraction.lexicon import DATA_DIR, Lexicon
from loaders.extraction.schemas import SCHEMAS, TITLES


def _write(tmp_path: Path, text: str, name: str = "titles.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# (what the file says, what the error must say): one case per kind of rejection
REJECTIONS = {
    "key repeated at the top": (
        "modifiers: [vice]\nhonorifics: [Mr]\nmodifiers: [deputy]\n",
        r"titles\.yaml:3.*'modifiers' repeated \(first at line 1\)"),
    "key repeated deep inside": (
        "heads:\n  minister: {plural: ministers}\n  chair: {}\n  minister: {government: true}\n",
        r"titles\.yaml:4.*'minister' repeated"),
    "unknown key": (
        "modifiers: [vice]\nhead_of_states: [king]\n",
        r"titles\.yaml:2.*unknown key 'head_of_states'"),
    "unknown key inside an entry": (
        "heads:\n  minister: {plural: ministers, goverment: true}\n",
        r"titles\.yaml:2.*unknown key 'goverment'"),
    "text where a list belongs": (
        "modifiers: vice\n",
        r"titles\.yaml:1.*expected a list of text, found 'vice'"),
    "text where a flag belongs": (
        "post_verbs:\n  chairs: {title: chair, current: yes please}\n",
        r"titles\.yaml:2.*expected true or false"),
    "a word YAML reads as a boolean": (
        "lead_words: [now, on, as]\n",
        r"titles\.yaml:1.*'on' is not text; quote it"),
    "a word outside a fixed set": (
        "heads:\n  spokesman: {context: just_name}\n",
        r"titles\.yaml:2.*'just_name' is not one of company, committee"),
    "required key left out": (
        "post_verbs:\n  chairs: {title: chair}\n",
        r"titles\.yaml:2.*missing key 'current'"),
}


@pytest.mark.parametrize("case", sorted(REJECTIONS))
def test_a_slip_in_a_data_file_is_refused_with_file_and_line(tmp_path, case):
    text, message = REJECTIONS[case]
    path = _write(tmp_path, text)
    with pytest.raises(LoaderError, match=message):
        read_data_file(path, TITLES)


def test_the_same_files_without_the_slips_load(tmp_path):
    """The cases above fail for the slip, not for the file's other lines."""
    path = _write(tmp_path, "modifiers: [vice, deputy]\nheads:\n  minister: {plural: ministers, government: true}\n"
                            "lead_words: [now, \"on\", as]\npost_verbs:\n  chairs: {title: chair, current: true}\n")
    data = read_data_file(path, TITLES)
    assert data["lead_words"] == ["now", "on", "as"]
    assert data["heads"]["minister"] == {"plural": "ministers", "government": True}


def test_a_bad_file_in_a_data_directory_stops_the_lexicon_load(tmp_path):
    """Lexicon.load goes through the same checks for every file it reads."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    text = (data / "organizations.yaml").read_text(encoding="utf-8")
    (data / "organizations.yaml").write_text(text + "\nkind_words:\n  media: [wire]\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=r"organizations\.yaml:\d+.*'kind_words' repeated"):
        Lexicon.load(data)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_shipped_data_file_loads_and_repeats_no_list_entry(name):
    path = DATA_DIR / name
    data = read_data_file(path, SCHEMAS[name])
    assert data, f"{name} is empty"
    repeats = []

    def walk(value, where):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{where}/{key}")
        elif isinstance(value, list):
            seen = set()
            for item in value:
                marker = yaml.safe_dump(item, sort_keys=True) if isinstance(item, (dict, list)) else item
                if marker in seen:
                    repeats.append(f"{where}: {item!r}")
                seen.add(marker)
                walk(item, where + "[]")

    walk(data, name)
    assert not repeats, repeats


def test_every_shipped_data_file_has_a_declared_shape():
    assert sorted(p.name for p in DATA_DIR.glob("*.yaml")) == sorted(SCHEMAS)


def test_organization_words_and_kind_words_do_not_overlap():
    """One home per word: a word that gives an organization's kind is not
    also listed as a kind-less organization word."""
    data = read_data_file(DATA_DIR / "organizations.yaml", SCHEMAS["organizations.yaml"])
    kinded = [w for words in data["kind_words"].values() for w in words]
    assert len(kinded) == len(set(kinded))
    assert not set(kinded) & set(data["organization_words"])


def test_no_alias_is_a_piece_of_its_name_cut_at_a_comma():
    """Bug: `aliases: [DETE, Irish Department of Enterprise, Tourism and Employment]` is three aliases in YAML's flow
    list, one of them "Tourism and Employment", which then named the department wherever a minister's title listed
    those portfolios. A name with a comma has to be quoted in such a list."""
    data = read_data_file(DATA_DIR / "organizations.yaml", SCHEMAS["organizations.yaml"])
    cut = [(org["name"], alias) for org in data["organizations"] for alias in org.get("aliases", [])
           if "," in org["name"] and "," not in alias
           and any(alias in (part.strip(), f"{part.strip()}") for part in org["name"].split(",")[1:])]
    assert not cut, cut


def test_an_unknown_name_with_an_organization_word_gets_its_kind():
    lex = Lexicon.load()
    assert lex.kind_of("Meridian Trade Institute") == "think_tank"
    assert lex.kind_of("Halcyon Laboratories") == "company"
    assert lex.kind_of("Pacific Trade Forum") is None  # an organization, kind unknown
    assert lex.looks_like_org("Pacific Trade Forum")
    assert lex.is_org_head("subcommittees")


@pytest.mark.parametrize("text, message", [
    ("surname_first:\n  chinese: {surnames: [wang], min_words: two}\n", r"name_order\.yaml:2.*whole number"),
    ("surname_first:\n  chinese: {surnames: [wang], min_words: 1}\n", r"name_order\.yaml:2.*at least 2"),
    ("surname_first:\n  chinese: {min_words: 2}\n", r"name_order\.yaml:2.*missing key 'surnames'"),
])
def test_the_name_order_table_is_checked_like_every_data_file(tmp_path, text, message):
    path = _write(tmp_path, text, "name_order.yaml")
    with pytest.raises(LoaderError, match=message):
        read_data_file(path, SCHEMAS["name_order.yaml"])


def test_an_issues_goods_setting_is_a_flag(tmp_path):
    """`goods` decides whether a listed mention counts; a word there instead of true/false is refused."""
    path = _write(tmp_path, "issues:\n  autos:\n    terms: [cars]\n    goods: often\n", "issues.yaml")
    with pytest.raises(LoaderError, match=r"issues\.yaml:4.*expected true or false"):
        read_data_file(path, SCHEMAS["issues.yaml"])
    path = _write(tmp_path, "issues:\n  autos:\n    terms: [cars]\n    goods: true\n", "issues.yaml")
    assert Lexicon.load(issues_file=path).issues["autos"].goods


@pytest.mark.parametrize("name, old, new, message", [
    ("events.yaml", "hosting_verbs: [host, receive, welcome]", "hosting_verbs: [host, entertain]",
     r"events\.yaml.*hosting_verbs \['entertain'\] are not verbs any kind lists"),
    ("organizations.yaml", "one_word_name_forms: [Corporation,", "one_word_name_forms: [Konzern, Corporation,",
     r"organizations\.yaml.*one_word_name_forms \['Konzern'\] are not in company_suffixes"),
])
def test_a_list_that_narrows_another_names_only_its_entries(tmp_path, name, old, new, message):
    """Word lists that pick from another list (the hosting verbs from the event kinds' verbs, the corporations'
    forms from the legal forms) refuse a word the other list lacks, which would otherwise do nothing."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    text = (data / name).read_text(encoding="utf-8")
    assert old in text
    (data / name).write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(LoaderError, match=message):
        Lexicon.load(data)


def test_the_hosting_verbs_cover_every_written_form_the_event_kinds_give():
    lex = Lexicon.load()
    assert {"received", "hosts", "welcoming"} <= lex.hosting_verbs
    assert "met" not in lex.hosting_verbs


def test_an_issues_weak_needed_and_in_passing_late_settings_are_checked(tmp_path):
    """`weak_needed` is how many weak terms make an issue (at least 2); `in_passing_late` a flag."""
    path = _write(tmp_path, "issues:\n  energy:\n    terms: [LNG]\n    weak_needed: 1\n", "issues.yaml")
    with pytest.raises(LoaderError, match=r"issues\.yaml:4.*at least 2"):
        read_data_file(path, SCHEMAS["issues.yaml"])
    path = _write(tmp_path, "issues:\n  energy:\n    terms: [LNG]\n    in_passing_late: sometimes\n", "issues.yaml")
    with pytest.raises(LoaderError, match=r"issues\.yaml:4.*expected true or false"):
        read_data_file(path, SCHEMAS["issues.yaml"])
    path = _write(tmp_path, "issues:\n  energy:\n    terms: [LNG]\n    weak_needed: 4\n    in_passing_late: true\n",
                  "issues.yaml")
    issue = Lexicon.load(issues_file=path).issues["energy"]
    assert (issue.weak_needed, issue.in_passing_late) == (4, True)


def test_an_issues_before_country_and_after_goods_words_are_lists(tmp_path):
    """`before_country` is a list of words, `after_goods` a map of words to goods issues; other shapes are refused
    with their line."""
    path = _write(tmp_path, "issues:\n  market_access:\n    terms: [market access]\n    before_country: 7\n", "issues.yaml")
    with pytest.raises(LoaderError, match=r"issues\.yaml:4"):
        read_data_file(path, SCHEMAS["issues.yaml"])
    path = _write(tmp_path, "issues:\n  market_access:\n    terms: [market access]\n    after_goods: [access]\n",
                  "issues.yaml")
    with pytest.raises(LoaderError, match=r"issues\.yaml:4"):
        read_data_file(path, SCHEMAS["issues.yaml"])
    path = _write(tmp_path, "issues:\n  market_access:\n    terms: [market access]\n    before_country: [Access To]\n"
                  "    after_goods: {access: [agriculture]}\n", "issues.yaml")
    issue = Lexicon.load(issues_file=path).issues["market_access"]
    assert (issue.before_country, issue.after_goods) == (("access to",), {"access": frozenset({"agriculture"})})


def test_a_short_form_spelled_out_adds_its_full_names_to_the_terms_that_use_it(tmp_path):
    """`spelled_out` maps a short form to its full names: each term written with the short form is matched with
    each full name too, alone or before the short form in brackets; another shape is refused with its line."""
    path = _write(tmp_path, "spelled_out: {WTO: World Trade Organization}\nissues:\n  wto_disputes:\n"
                  "    terms: [WTO rules]\n", "issues.yaml")
    with pytest.raises(LoaderError, match=r"issues\.yaml:1"):
        read_data_file(path, SCHEMAS["issues.yaml"])
    path = _write(tmp_path, "spelled_out: {WTO: [World Trade Organization]}\nissues:\n  wto_disputes:\n"
                  "    terms: [WTO rules, dispute panel]\n", "issues.yaml")
    assert Lexicon.load(issues_file=path).issues["wto_disputes"].terms == (
        "WTO rules", "dispute panel", "World Trade Organization rules", "World Trade Organization (WTO) rules")
