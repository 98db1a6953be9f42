"""Neo4j Browser served by the local server over HTTP: loopback only,
authentication on, the example queries as a guide, the password printed only
on request."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from conftest import ROOT
from graph.examples import examples
from test_server import assert_closed_on_other_addresses


@pytest.fixture(scope="module")
def http(server, settings):
    if server is None:
        pytest.skip("tests run against an external server")
    port = server.http_port()
    assert port is not None and port != 7474, "the test server must run on its own HTTP port"
    return f"http://127.0.0.1:{port}"


def fetch(url, data=None, auth=None):
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json",
                                                              "Accept": "application/json"})
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def test_the_browser_is_served_at_browser(http, settings):
    status, body = fetch(http + "/browser/")
    assert status == 200
    assert "<title>Neo4j Browser</title>" in body
    status, body = fetch(http + "/")
    assert status == 200
    assert json.loads(body)["bolt_direct"] == settings.uri  # the Browser connects to this server's Bolt


def test_the_http_api_refuses_without_the_right_credentials(http, settings):
    query = json.dumps({"statements": [{"statement": "RETURN 1 AS one"}]}).encode()
    url = http + f"/db/{settings.database}/tx/commit"
    status, body = fetch(url, query)
    assert status == 401, body
    assert "Unauthorized" in body
    assert fetch(url, query, auth=(settings.user, "not-the-password"))[0] == 401
    status, body = fetch(url, query, auth=(settings.user, settings.password))
    assert status == 200 and json.loads(body)["results"][0]["data"][0]["row"] == [1]


def test_http_is_not_reachable_on_other_addresses(server, http):
    assert_closed_on_other_addresses(server.http_port(), "HTTP")


def test_the_example_queries_are_served_as_a_guide_opened_after_login(server, http):
    status, guide = fetch(server.guide_url())
    assert status == 200
    assert server.guide_url().startswith(http + "/browser/")
    for example in examples():
        assert example.cypher in guide
        for name in example.params:
            assert f":param {name} =>" in guide
    conf = (server.home / "conf" / "neo4j.conf").read_text()
    assert f"browser.post_connect_cmd=guide {server.guide_url()}" in conf


def run_graph(*args, env):
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=120)


def test_credentials_are_printed_on_request_only(server, settings, test_env):
    result = run_graph("server", "credentials", env=test_env)
    assert result.returncode == 0, result.stderr
    assert f"Password:    {settings.password}" in result.stdout
    assert f"Username:    {settings.user}" in result.stdout
    assert server.browser_url() in result.stdout
    for other in (["server", "status"], ["server", "start"], ["counts"]):
        output = run_graph(*other, env=test_env)
        assert settings.password not in output.stdout + output.stderr, other


CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_log_in_to_the_browser_and_find_the_example_guide(server, settings, http, tmp_path):
    """What the README tells researchers to do, in a real headless Chromium."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_default_timeout(90_000)
        guide = page.get_by_text("tradegraph: example research queries").first
        for attempt in range(3):  # a cold server on a loaded machine can leave the first login hanging
            page.goto(server.browser_url())
            expect(page.get_by_test_id("boltaddress")).to_have_value(f"127.0.0.1:{settings.bolt_port}")
            page.get_by_test_id("username").fill(settings.user)
            page.get_by_test_id("password").fill(settings.password)
            page.get_by_test_id("connect").click()
            try:
                guide.wait_for(timeout=60_000)
                break
            except Exception:
                if attempt == 2:
                    raise
        expect(guide).to_be_visible()
        page.get_by_text("Next", exact=True).click()
        expect(page.get_by_text(examples()[0].label).first).to_be_visible()
        expect(page.get_by_text("product usage")).to_have_count(0)  # telemetry off
        page.screenshot(path=str(tmp_path / "browser.png"))
        browser.close()
