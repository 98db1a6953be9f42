"""Sign-in end to end in headless Chromium: `streamlit run app.py` with
OpenID Connect pointed at a local provider (tests/oidc_provider.py, real
HTTP) and a users file; the configured roles decide what each person sees."""

from __future__ import annotations

import pytest

from graph.access import UsersFile
from oidc_provider import Provider
from test_e2e_browser import BROWSER_ARGS, CHROMIUM, free_port, serve_app

READER_PW = "a long passphrase"


@pytest.fixture
def team_app(sample_graph, test_env, tmp_path):
    """The explorer as a team runs it: sign-in configured, a provider up."""
    app_port, idp_port = free_port(), free_port()
    users = UsersFile.load(tmp_path / "users.json")
    users.set("rudi", "reader", READER_PW)
    users.save()
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f"""
[auth]
redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"
cookie_secret = "{'c' * 48}"
client_id = "tradegraph-test"
client_secret = "test-secret"
server_metadata_url = "http://127.0.0.1:{idp_port}/.well-known/openid-configuration"

[tradegraph]
users_file = "{tmp_path / 'users.json'}"
editors = ["ana@lab.example.org"]
readers = ["@lab.example.org"]
provider_labels = {{ default = "the Lab account" }}
""")
    env = {**test_env, "TRADEGRAPH_AUDIT_LOG": str(tmp_path / "audit.jsonl")}
    with Provider(idp_port, "tradegraph-test", "test-secret") as provider:
        proc, url = serve_app(app_port, env, tmp_path / "streamlit.log", ("--secrets.files", str(secrets)))
        yield url, provider, tmp_path
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_oidc_and_password_sign_in_give_each_person_their_role(team_app):
    from playwright.sync_api import expect, sync_playwright

    url, provider, tmp_path = team_app
    expect.set_options(timeout=60_000)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)

        def signed_in_with_provider(email: str):
            provider.person = {"email": email, "name": email.split("@")[0].title()}
            page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            page.goto(url)
            expect(page.get_by_role("heading", name="Sign in to tradegraph")).to_be_visible()
            page.get_by_role("button", name="Sign in with the Lab account").click()
            return page

        page = signed_in_with_provider("ana@lab.example.org")
        expect(page.get_by_role("heading", name="tradegraph", exact=True)).to_be_visible()
        expect(page.get_by_text("ana@lab.example.org (editor)")).to_be_visible()
        expect(page.get_by_role("link", name="Load articles")).to_be_visible()
        assert "/token" in provider.requests  # the code really was exchanged for a signed ID token
        page.get_by_role("link", name="Load articles").click()
        expect(page.get_by_text("5MB per file", exact=False)).to_be_visible()  # Streamlit's cap = the app's

        page = signed_in_with_provider("bo@lab.example.org")
        expect(page.get_by_text("bo@lab.example.org (reader)")).to_be_visible()
        expect(page.get_by_role("link", name="Analytics & export")).to_be_visible()
        expect(page.get_by_role("link", name="Load articles")).to_have_count(0)

        page = signed_in_with_provider("eve@elsewhere.test")
        expect(page.get_by_role("heading", name="Not authorised")).to_be_visible()
        expect(page.get_by_role("heading", name="tradegraph", exact=True)).to_have_count(0)

        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        page.get_by_label("User name").fill("rudi")
        page.get_by_label("Password", exact=True).fill("not the password")
        page.get_by_role("button", name="Sign in", exact=True).click()
        expect(page.get_by_text("Unknown user name or wrong password")).to_be_visible()
        page.get_by_label("Password", exact=True).fill(READER_PW)
        page.get_by_role("button", name="Sign in", exact=True).click()
        expect(page.get_by_text("rudi (reader)")).to_be_visible()
        expect(page.get_by_role("link", name="Load articles")).to_have_count(0)
        page.screenshot(path=str(tmp_path / "reader.png"))
        browser.close()


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_a_first_visit_straight_to_a_page_still_asks_to_sign_in(team_app):
    """Bug: because the pages live in pages/, a fresh server ran the file of a page's address on its own (Streamlit's
    old multipage mode) for a visitor who opened it directly, skipping app.py and its sign-in."""
    from playwright.sync_api import expect, sync_playwright

    url, _, _ = team_app
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url + "/negotiations")  # the server's very first session
        expect(page.get_by_role("heading", name="Sign in to tradegraph")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("heading", name="Negotiations: who met whom")).to_have_count(0)
        expect(page.get_by_text("common", exact=True)).to_have_count(0)  # no listing of the files in pages/
        browser.close()


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_a_first_visit_straight_to_a_page_opens_it_in_the_explorer(sample_graph, test_env, tmp_path):
    """Without sign-in, the page asked for opens at once, in app.py's navigation (not a listing of pages/)."""
    from playwright.sync_api import expect, sync_playwright

    proc, url = serve_app(free_port(), test_env, tmp_path / "streamlit.log")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(url + "/negotiations")
            expect(page.get_by_role("heading", name="Negotiations: who met whom")).to_be_visible(timeout=60_000)
            expect(page.get_by_role("link", name="Review people")).to_be_visible()
            expect(page.get_by_text("common", exact=True)).to_have_count(0)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
