"""Node identity (graph/ids.py) and the one-way dependency loaders -> graph.

No database and no spaCy here: ids are pure functions, and the import checks
run in fresh interpreters.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from conftest import ROOT
from graph.ids import (article_id, country_id, fold, issue_id, label_of, org_id, person_id, quote_id, role_id,
                       slug, title_key)

GOLDEN_IDS = [
    # (function, arguments, id)
    (org_id, ("Bank of America",), "org:bank-of-america"),
    (org_id, ("Bank of America Corporation",), "org:bank-of-america-corporation"),
    (org_id, ("Latin America",), "org:latin-america"),
    (person_id, ("Paul O'Neil",), "person:paul-o-neil"),
    (person_id, ("Paul O\u2019Neil",), "person:paul-o-neil"),
    (person_id, ("Ngozi Okonjo-Iweala",), "person:ngozi-okonjo-iweala"),
    (person_id, ("José Ángel Gurría",), "person:jose-angel-gurria"),
    (person_id, ("Jose Angel Gurria",), "person:jose-angel-gurria"),
    (person_id, ("Thomas Müller",), "person:thomas-muller"),
    (person_id, ("Renée D\u2019Arcy",), "person:renee-d-arcy"),
    (person_id, ("Robert E. Lighthizer",), "person:robert-e-lighthizer"),
    (person_id, ("Ursula von der Leyen",), "person:ursula-von-der-leyen"),
    (org_id, ("U.S. Trade Representative",), "org:us-trade-representative"),
    (org_id, ("US Trade Representative",), "org:us-trade-representative"),
    (org_id, ("United States Trade Representative",), "org:us-trade-representative"),
    (org_id, ("Office of the U.S. Trade Representative",), "org:office-of-the-us-trade-representative"),
    (org_id, ("Office of the United States Trade Representative",), "org:office-of-the-us-trade-representative"),
    (org_id, ("The United States of America",), "org:us"),
    (org_id, ("USA",), "org:us"),
    (org_id, ("America",), "org:us"),
    (org_id, ("Procter & Gamble",), "org:procter-gamble"),
    (org_id, ("AT&T",), "org:at-t"),
    (org_id, ("U.S. Department of Commerce",), "org:us-department-of-commerce"),
    (org_id, ("",), "org:unnamed"),
    (role_id, ("U.S. Trade Representative", None, "US", "person:x"), "role:representative-trade-us@country-us"),
    (role_id, ("Secretary of Commerce", "U.S. Department of Commerce", "US", "person:x"),
     "role:commerce-secretary@us-department-of-commerce"),
    (role_id, ("Commerce Secretary", "US Department of Commerce", None, "person:y"),
     "role:commerce-secretary@us-department-of-commerce"),
    (role_id, ("Chair", None, None, "person:jane-doe"), "role:chair@holder-person-jane-doe"),
    (article_id, ("0123456789abcdef0123456789abcdef",), "article:0123456789abcdef0123"),
    (issue_id, ("rare_earths",), "issue:rare_earths"),
    (country_id, ("US",), "country:us"),
    (quote_id, ("article:1", "person:x", "We will act."), "quote:951b00df312b58992c94"),
]


@pytest.mark.parametrize("make, args, expected", GOLDEN_IDS, ids=[f"{m.__name__}{a}" for m, a, _ in GOLDEN_IDS])
def test_golden_ids(make, args, expected):
    """These ids are fixed from now on. A change here renames every node of
    that kind in every existing graph (re-ingesting would duplicate them):
    only change an entry to fix a bug, and say so in the change log."""
    assert make(*args) == expected


def test_bank_of_america_is_not_bank_of_us():
    """Bug: fold() turned every "America" into "us", so Bank of America's id
    was org:bank-of-us. Only the United States' own names fold to "us"."""
    assert org_id("Bank of America") != org_id("Bank of US")
    assert fold("Bank of America's chief") == "bank of america chief"
    assert fold("America First") == "america first"
    for name in ("U.S.", "US", "USA", "U.S.A.", "United States", "United States of America", "America",
                 "the United States", "America's"):
        assert fold(name) == "us", name
    assert fold("steel diverted from America.") == "steel diverted from us"


def test_title_key_ignores_word_order_and_small_words():
    assert title_key("Minister of Trade and Industry") == title_key("Industry and Trade Minister")


def test_label_of_follows_the_schema_prefixes():
    from graph.schema import labels

    assert {label_of(make("x")) for make in (person_id, org_id, issue_id, country_id)} == \
        {"Person", "Organization", "Issue", "Country"}
    assert label_of(article_id("abc")) == "Article" and label_of(role_id("Chair", "X", None, "y")) == "Role"
    assert label_of(quote_id("a", "b", "c")) == "Quote"
    assert label_of("nothing:here") is None
    from graph.events import event_id

    assert label_of(event_id(["a#1"])) == "Event"
    assert set(labels()) == {label_of(i) for i in (person_id("x"), org_id("x"), role_id("a", "b", None, "c"),
                                                    issue_id("x"), country_id("x"), article_id("x"),
                                                    quote_id("a", "b", "c"), event_id(["a#1"]))}


def test_fold_and_slug_have_one_implementation():
    """The extraction side uses the graph's fold and slug, not a copy."""
    from loaders.extraction import text

    assert text.fold is fold and text.slug is slug


def test_graph_imports_nothing_from_loaders():
    offenders = []
    for path in sorted((ROOT / "graph").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n == "loaders" or n.startswith("loaders.")]
    assert offenders == []


@pytest.mark.parametrize("module", ["graph.queries", "graph.writer", "graph.analytics", "graph.console",
                                    "pages.common", "pages.explore", "pages.issues", "pages.analytics",
                                    "pages.console", "pages.load", "pages.paths"])
def test_explorer_modules_load_neither_spacy_nor_loaders(module):
    """Importing the explorer's modules (in a fresh interpreter) must not
    pull in the extractor: pages use graph only, spaCy stays out of Streamlit."""
    # A page that refuses a session without the right (the Load page, outside a
    # signed-in Streamlit session) has imported everything it uses by then.
    code = ("import importlib, json, sys\nfrom graph.access import AccessDenied\n"
            f"try:\n    importlib.import_module({module!r})\nexcept AccessDenied:\n    pass\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'loaders', 'thinc'))))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


def test_public_functions_of_graph_and_loaders_have_docstrings():
    """Public functions, classes and methods in graph/ and loaders/ (the
    extraction package has its own rules) say why they exist."""
    missing = []
    files = [*(ROOT / "graph").glob("*.py"), *(ROOT / "loaders").glob("*.py"), *(ROOT / "loaders/readers").glob("*.py")]
    for path in sorted(files):
        def visit(node, prefix=""):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                        and not child.name.startswith("_"):
                    if not ast.get_docstring(child):
                        missing.append(f"{path.relative_to(ROOT)}:{child.lineno} {prefix}{child.name}")
                    if isinstance(child, ast.ClassDef):
                        visit(child, prefix + child.name + ".")
        visit(ast.parse(path.read_text(encoding="utf-8")))
    assert missing == []


def test_letters_without_a_combining_mark_fold_to_their_plain_spelling():
    """Bug: "Henrike Voßkamp" and "Henrike Vosskamp" (one person, spelled both ways across stories) folded
    apart, as did "Đỗ" and "Do": NFKD leaves "ß", "đ", "ø" and "ł" whole."""
    assert slug("Henrike Voßkamp") == slug("Henrike Vosskamp") == "henrike-vosskamp"
    assert fold("Đỗ Thanh Hải") == fold("Do Thanh Hai")
    assert fold("Søren Łukasz") == "soren lukasz"
