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


def test_a_key_repeated_at_the_top_is_refused_with_its_line(tmp_path):
    path = _write(tmp_path, "modifiers: [vice]\nhonorifics: [Mr]\nmodifiers: [deputy]\n")
    with pytest.raises(LoaderError, match=r"titles\.yaml:3.*'modifiers' repeated \(first at line 1\)"):
        read_data_file(path, TITLES)


def test_a_key_repeated_deep_inside_is_refused(tmp_path):
    path = _write(tmp_path, "heads:\n  minister: {plural: ministers}\n  chair: {}\n"
                            "  minister: {government: true}\n")
    with pytest.raises(LoaderError, match=r"titles\.yaml:4.*'minister' repeated"):
        read_data_file(path, TITLES)


def test_an_unknown_key_is_refused(tmp_path):
    path = _write(tmp_path, "modifiers: [vice]\nhead_of_states: [king]\n")
    with pytest.raises(LoaderError, match=r"titles\.yaml:2.*unknown key 'head_of_states'"):
        read_data_file(path, TITLES)


def test_an_unknown_key_inside_an_entry_is_refused(tmp_path):
    path = _write(tmp_path, "heads:\n  minister: {plural: ministers, goverment: true}\n")
    with pytest.raises(LoaderError, match=r"titles\.yaml:2.*unknown key 'goverment'"):
        read_data_file(path, TITLES)


def test_a_value_of_the_wrong_type_is_refused(tmp_path):
    path = _write(tmp_path, "modifiers: vice\n")
    with pytest.raises(LoaderError, match=r"titles\.yaml:1.*expected a list of text, found 'vice'"):
        read_data_file(path, TITLES)


def test_a_flag_written_as_text_is_refused(tmp_path):
    path = _write(tmp_path, "post_verbs:\n  chairs: {title: chair, current: yes please}\n")
    with pytest.raises(LoaderError, match=r"titles\.yaml:2.*expected true or false"):
        read_data_file(path, TITLES)


def test_a_word_yaml_reads_as_a_boolean_is_refused_with_a_hint(tmp_path):
    path = _write(tmp_path, "lead_words: [now, on, as]\n")
    with pytest.raises(LoaderError, match=r"titles\.yaml:1.*'on' is not text; quote it"):
        read_data_file(path, TITLES)


def test_a_missing_required_key_is_refused(tmp_path):
    path = _write(tmp_path, "post_verbs:\n  chairs: {title: chair}\n")
    with pytest.raises(LoaderError, match=r"titles\.yaml:2.*missing key 'current'"):
        read_data_file(path, TITLES)


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


def test_an_unknown_name_with_an_organization_word_gets_its_kind():
    lex = Lexicon.load()
    assert lex.kind_of("Meridian Trade Institute") == "think_tank"
    assert lex.kind_of("Halcyon Laboratories") == "company"
    assert lex.kind_of("Pacific Trade Forum") is None  # an organization, kind unknown
    assert lex.looks_like_org("Pacific Trade Forum")
    assert lex.is_org_head("subcommittees")
