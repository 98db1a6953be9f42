"""Who may read and who may write: the password file, OpenID Connect roles,
the refusal to serve the network without sign-in, read-only mode, the
permission check in the write paths, the audit log, and limits that hold."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tomllib

import pytest
from streamlit import config as st_config
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from graph import access
from graph.access import EDITOR, LOAD, MERGE, READER, WRITE_BACK, AccessDenied, Actor
from graph.limits import UPLOAD_MAX_FILE_MB, clamp_console, console_caps

EDITOR_PW, READER_PW = "editor-secret-123", "reader-secret-456"


# ---- the rules, without a database -----------------------------------------------------

def test_password_hashes_are_salted_scrypt_and_verify():
    first, second = access.hash_password("correct horse"), access.hash_password("correct horse")
    assert first.startswith("scrypt$16384$8$1$") and first != second  # a fresh salt each time
    assert "correct horse" not in first
    assert access.verify_password("correct horse", first) and access.verify_password("correct horse", second)
    assert not access.verify_password("correct horsE", first)
    assert not access.verify_password("x", "md5$abc") and not access.verify_password("x", "garbage")


@pytest.fixture
def users_file(tmp_path):
    path = tmp_path / "users.json"
    users = access.UsersFile.load(path)
    users.set("erin", EDITOR, EDITOR_PW)
    users.set("rudi", READER, READER_PW)
    users.save()
    return path


def test_users_file_keeps_hashes_only_readable_by_its_owner(users_file):
    text = users_file.read_text()
    assert EDITOR_PW not in text and READER_PW not in text
    assert stat.S_IMODE(users_file.stat().st_mode) == 0o600
    users = access.UsersFile.load(users_file)
    assert users.check("erin", EDITOR_PW) == Actor("erin", EDITOR, "password")
    assert users.check("rudi", READER_PW).role == READER
    with pytest.raises(AccessDenied, match="Unknown user name or wrong password"):
        users.check("erin", READER_PW)
    with pytest.raises(AccessDenied, match="Unknown user name or wrong password"):
        users.check("nobody", EDITOR_PW)
    with pytest.raises(ValueError, match="at least 10"):
        users.set("erin", EDITOR, "short")
    with pytest.raises(ValueError, match="role"):
        users.set("erin", "admin", EDITOR_PW)


def test_repeated_wrong_passwords_lock_the_name_for_a_while(users_file):
    users = access.UsersFile.load(users_file)
    for _ in range(access._Throttle.LIMIT):
        with pytest.raises(AccessDenied, match="wrong password"):
            users.check("rudi", "guess-guess-guess")
    with pytest.raises(AccessDenied, match="Too many failed attempts"):
        users.check("rudi", READER_PW)  # even the right password, until the pause is over
    access._THROTTLE.reset("rudi")
    assert users.check("rudi", READER_PW).role == READER


def test_a_damaged_users_file_is_refused(tmp_path):
    path = tmp_path / "users.json"
    path.write_text(json.dumps({"users": {"x": {"role": "editor", "password": "plain text!"}}}))
    with pytest.raises(access.AccessConfigError, match="scrypt"):
        access.UsersFile.load(path)


def test_users_command_prompts_hashes_and_lists(tmp_path):
    path = tmp_path / "team" / "users.json"

    def users(*args, stdin=""):
        return subprocess.run([sys.executable, "-m", "graph", "users", *args, "--file", str(path)], input=stdin,
                              capture_output=True, text=True, cwd=ROOT, timeout=60)

    done = users("add", "ana", "--role", "editor", "--password-stdin", stdin="a long passphrase\n")
    assert done.returncode == 0, done.stderr
    assert "Added ana (editor)" in done.stdout
    assert "a long passphrase" not in path.read_text()
    assert access.UsersFile.load(path).check("ana", "a long passphrase").role == EDITOR
    done = users("add", "ana", "--role", "reader", "--password-stdin", stdin="another passphrase\n")
    assert "Updated ana (reader)" in done.stdout
    assert users("list").stdout.split() == ["ana", "reader"]
    assert users("add", "bo", "--password-stdin", stdin="short\n").returncode == 2
    assert users("remove", "ana").returncode == 0 and users("list").stdout == ""


def test_rights_by_role_and_read_only_mode():
    editor, reader = Actor("e", EDITOR, "password"), Actor("r", READER, "password")
    for right in (LOAD, WRITE_BACK, MERGE):
        assert access.require(editor, right) is editor
        with pytest.raises(AccessDenied, match="only editors"):
            access.require(reader, right)
        with pytest.raises(AccessDenied, match="read-only"):
            access.require(Actor("e", EDITOR, "password", read_only=True), right)
        with pytest.raises(AccessDenied, match="Sign in"):
            access.require(None, right)
    assert access.read_only({"TRADEGRAPH_READ_ONLY": "1"}) and not access.read_only({"TRADEGRAPH_READ_ONLY": "0"})


def test_no_sign_in_is_allowed_only_on_loopback_without_a_proxy(users_file):
    none = access.load_config({}, {})
    assert access.local_actor(none) == Actor("local user", EDITOR, "local")
    for address in ("127.0.0.1", "localhost", "::1", "127.0.1.1"):
        assert access.startup_problem(none, address) is None, address
    for address in ("0.0.0.0", "::", "192.168.1.20", "", None, "example.org"):
        assert "no sign-in is configured" in access.startup_problem(none, address), address
    assert "through a proxy" in access.startup_problem(none, "127.0.0.1", proxied=True)
    with_users = access.load_config({"tradegraph": {"users_file": str(users_file)}}, {})
    assert with_users.users_file == users_file and access.startup_problem(with_users, "0.0.0.0") is None
    public = access.load_config({}, {"TRADEGRAPH_READ_ONLY": "1"})
    assert access.startup_problem(public, "0.0.0.0") is None
    assert access.local_actor(public) == Actor("anonymous", READER, "anonymous", read_only=True)
    with pytest.raises(access.AccessConfigError, match="does not exist"):
        access.load_config({"tradegraph": {"users_file": str(users_file) + ".missing"}}, {})


OIDC = {"redirect_uri": "https://graph.lab.example.org/oauth2callback", "cookie_secret": "s" * 40,
        "client_id": "tradegraph", "client_secret": "x",
        "server_metadata_url": "https://id.lab.example.org/.well-known/openid-configuration"}
ROLES = {"editors": ["ana@lab.example.org"], "readers": ["@lab.example.org"]}


def test_oidc_configuration_is_detected_and_claims_map_to_roles():
    assert access.oidc_providers({"auth": OIDC}) == ("default",)
    named = {"redirect_uri": OIDC["redirect_uri"], "cookie_secret": OIDC["cookie_secret"],
             "okta": {k: OIDC[k] for k in ("client_id", "client_secret", "server_metadata_url")}}
    assert access.oidc_providers({"auth": named}) == ("okta",)
    with pytest.raises(access.AccessConfigError, match="cookie_secret"):
        access.oidc_providers({"auth": {k: v for k, v in OIDC.items() if k != "cookie_secret"}})
    config = access.load_config({"auth": OIDC, "tradegraph": ROLES}, {})
    assert config.configured and access.startup_problem(config, "0.0.0.0") is None
    assert access.oidc_actor(config, {"email": "Ana@lab.example.org"}).role == EDITOR
    assert access.oidc_actor(config, {"email": "bo@lab.example.org"}).role == READER
    with pytest.raises(AccessDenied, match="not on this explorer's list"):
        access.oidc_actor(config, {"email": "eve@lab.example.org.evil.test"})
    with pytest.raises(AccessDenied, match="verified e-mail"):
        access.oidc_actor(config, {"email": "ana@lab.example.org", "email_verified": False})
    everyone = access.load_config({"auth": OIDC, "tradegraph": {"readers": ["*"]}}, {})
    assert access.oidc_actor(everyone, {"email": "anyone@else.test"}).role == READER


def test_console_limits_are_clamped_to_the_caps(monkeypatch):
    max_seconds, max_rows = console_caps()
    assert clamp_console(10**9, 10**12) == (max_seconds, max_rows)
    assert clamp_console(float("nan"), -5) == (max_seconds, max_rows)
    assert clamp_console(2.5, 30) == (2.5, 30)
    monkeypatch.setenv("TRADEGRAPH_CONSOLE_MAX_ROWS", "7")
    assert clamp_console(1, 1000)[1] == 7


def test_streamlit_config_matches_the_app_limits():
    server = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["server"]
    assert server["maxUploadSize"] == UPLOAD_MAX_FILE_MB
    assert server["enableXsrfProtection"] is True
    assert access.is_loopback(server["address"])


# ---- the write paths against the real graph ------------------------------------------

def pagerank_count(driver) -> int:
    records, _, _ = driver.execute_query("MATCH (n) WHERE n.pagerank IS NOT NULL RETURN count(n) AS n")
    return records[0]["n"]


def clear_measures(driver) -> None:
    driver.execute_query("MATCH (n) REMOVE n.pagerank, n.degree, n.betweenness, n.community")


def test_the_write_path_refuses_without_the_right_and_records_every_attempt(reader, tmp_path):
    from graph import analytics as A

    clear_measures(reader.driver)
    log = tmp_path / "audit.jsonl"
    g = A.load_graph(reader, ["Person", "Organization"])
    measures, groups = A.centralities(g), A.communities(g)
    for who in (Actor("rudi", READER, "password"), Actor("erin", EDITOR, "password", read_only=True), None):
        with pytest.raises(AccessDenied):
            with access.audited(who, WRITE_BACK, "store analytics measures", path=log):
                A.write_measures(reader.driver, measures, groups, reader.database)
    assert pagerank_count(reader.driver) == 0
    with access.audited(Actor("erin", EDITOR, "password"), WRITE_BACK, "store analytics measures", path=log) as done:
        done["nodes"] = A.write_measures(reader.driver, measures, groups, reader.database)
    assert pagerank_count(reader.driver) == done["nodes"] > 0
    entries = access.read_audit(log)
    assert [e["who"] for e in entries] == ["rudi", "erin", None, "erin"]
    assert [e["outcome"].split(":")[0] for e in entries] == ["denied", "denied", "denied", "done"]
    assert entries[-1]["nodes"] == done["nodes"] and entries[-1]["action"] == "store analytics measures"
    assert all(e["at"].endswith("+00:00") for e in entries)
    clear_measures(reader.driver)


def test_console_caps_hold_against_the_database(reader, monkeypatch):
    from graph.console import run_query

    monkeypatch.setenv("TRADEGRAPH_CONSOLE_MAX_ROWS", "5")
    result = run_query(reader.driver, "UNWIND range(1, 50) AS x RETURN x", row_cap=10**9, timeout=10**9,
                       database=reader.database)
    assert result.ok and len(result.rows) == 5 and result.truncated and result.row_cap == 5


# ---- the app: sign-in, roles and refusals, rendered by AppTest ----------------------------

def app(secrets: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if secrets:
        at.secrets.update(secrets)
    return at


def body(at: AppTest) -> str:
    parts = [t.value for t in at.title] + [e.value for e in at.error] + [c.value for c in at.caption]
    return "\n".join(str(p) for p in parts)


@pytest.fixture
def address():
    saved = st_config.get_option("server.address")

    def set_address(value):
        st_config.set_option("server.address", value)

    yield set_address
    st_config.set_option("server.address", saved)


@pytest.fixture
def audit_log(tmp_path, monkeypatch):
    path = tmp_path / "audit.jsonl"
    monkeypatch.setenv("TRADEGRAPH_AUDIT_LOG", str(path))
    return path


def test_app_on_a_network_address_without_sign_in_refuses_and_shows_no_data(sample_graph, address, caplog):
    import pages.auth

    pages.auth._logged.clear()  # the refusal is logged once per process
    address("0.0.0.0")
    with caplog.at_level("ERROR", logger="tradegraph.access"):
        at = app().run()
    assert not at.exception
    assert at.title[0].value == "tradegraph is not available"
    assert "no sign-in is configured" in at.error[0].value
    assert "Explore the trade graph" not in body(at) and not at.text_input
    assert any("refuses to serve" in r.getMessage() and "0.0.0.0" in r.getMessage() for r in caplog.records)
    address("127.0.0.1")
    at = app().run()  # the single local user, an editor, as before
    assert at.title[0].value == "tradegraph"  # the landing view
    assert "local user (editor)" in body(at).replace("*", "")


def crafted_click(button):
    """Click a disabled button as a hand-made websocket message would
    (Streamlit discards it server side; the write path's own check is tested
    above, in test_the_write_path_refuses_...)."""
    button.proto.disabled = False
    return button.click()


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="login_name").input(name)
    at.text_input(key="login_password").input(password)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_password_sign_in_wrong_password_reader_and_editor(sample_graph, users_file, address, audit_log):
    address("0.0.0.0")  # sign-in configured: serving the network is allowed
    secrets = {"tradegraph": {"users_file": str(users_file)}}
    at = app(secrets).run()
    assert at.title[0].value == "Sign in to tradegraph"
    assert not any("Explore" in t.value for t in at.title)
    sign_in(at, "erin", "not-her-password")
    assert at.title[0].value == "Sign in to tradegraph"
    assert "wrong password" in at.error[0].value

    clear_measures(sample_graph)
    at = sign_in(app(secrets).run(), "rudi", READER_PW)
    assert at.title[0].value == "tradegraph"  # the landing view
    assert "rudi (reader)" in body(at).replace("*", "")
    at.switch_page("pages/analytics.py").run()
    button = at.button(key="an_write")
    assert button.disabled
    crafted_click(button).run()
    assert not at.exception and pagerank_count(sample_graph) == 0
    at.switch_page("pages/load.py").run()  # not in a reader's navigation
    assert not any(u for u in at.get("file_uploader"))

    at = sign_in(app(secrets).run(), "erin", EDITOR_PW)
    at.switch_page("pages/analytics.py").run()
    assert not at.button(key="an_write").disabled
    at.button(key="an_write").click().run()
    assert "Stored degree" in at.success[0].value and pagerank_count(sample_graph) > 0
    at.switch_page("pages/load.py").run()
    assert at.file_uploader(key="uploads")
    entries = access.read_audit(audit_log)
    assert [(e["action"], e["who"], e["outcome"].split(":")[0]) for e in entries] == [
        ("sign-in", None, "refused"), ("sign-in", "rudi", "done"), ("sign-in", "erin", "done"), ("store analytics measures", "erin", "done")]
    clear_measures(sample_graph)


def test_read_only_mode_refuses_writes_even_to_an_editor(sample_graph, users_file, address, audit_log, monkeypatch):
    monkeypatch.setenv("TRADEGRAPH_READ_ONLY", "1")
    clear_measures(sample_graph)
    at = app().run()  # no sign-in configured: anonymous readers, even on loopback
    assert at.title[0].value == "tradegraph"  # the landing view
    at = sign_in(app({"tradegraph": {"users_file": str(users_file)}}).run(), "erin", EDITOR_PW)
    assert "read-only" in body(at)
    at.switch_page("pages/analytics.py").run()
    assert at.button(key="an_write").disabled
    crafted_click(at.button(key="an_write")).run()
    assert not at.exception and pagerank_count(sample_graph) == 0
    assert not [e for e in access.read_audit(audit_log) if e["action"] != "sign-in"]


def test_oidc_shows_the_provider_button_and_maps_the_user_to_a_role(sample_graph, address):
    address("0.0.0.0")
    secrets = {"auth": OIDC, "tradegraph": {**ROLES, "provider_labels": {"default": "the Lab account"}}}
    at = app(secrets)
    at.user = {"is_logged_in": False}
    at.run()
    assert at.title[0].value == "Sign in to tradegraph"
    assert at.button(key="login_default").label == "Sign in with the Lab account"
    assert not at.get("text_input")  # no password form without a users file
    for email, role in (("ana@lab.example.org", "editor"), ("bo@lab.example.org", "reader")):
        at = app(secrets)
        at.user = {"is_logged_in": True, "email": email, "name": email.split("@")[0]}
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert at.title[0].value == "tradegraph"  # the landing view
        assert f"{email} ({role})" in body(at).replace("*", "")
    at = app(secrets)
    at.user = {"is_logged_in": True, "email": "eve@elsewhere.test", "name": "Eve"}
    at.run()
    assert at.title[0].value == "Not authorised" and "not on this explorer's list" in at.error[0].value
