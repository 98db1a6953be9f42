"""End to end in a real headless Chromium: `streamlit run app.py` against the
test Neo4j holding samples/; search an actor, select it, read the details."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_app(port: int, env: dict, log_path, extra: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str]:
    """`streamlit run app.py` on 127.0.0.1:``port``; returns once it answers."""
    log = open(log_path, "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", *extra],
        cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit did not start:\n" + log_path.read_text())
    return proc, url


@pytest.fixture
def streamlit_server(sample_graph, test_env, tmp_path):
    proc, url = serve_app(free_port(), test_env, tmp_path / "streamlit.log")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_search_select_and_read_the_evidence(streamlit_server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1200})
        page.set_default_timeout(60_000)
        expect.set_options(timeout=60_000)  # the landing view runs several queries before it shows
        page.goto(streamlit_server)  # the landing view first
        expect(page.get_by_role("heading", name="tradegraph")).to_be_visible()
        expect(page.get_by_role("heading", name="Most connected actors")).to_be_visible()
        expect(page.get_by_role("heading", name="Articles over time")).to_be_visible()
        page.wait_for_function(
            """() => Array.from(document.querySelectorAll('iframe')).some(f => {
                   const cy = f.contentDocument?.getElementById('cy')?._cyreg?.cy;
                   return cy && cy.nodes().length >= 10; })""")
        page.screenshot(path=str(tmp_path / "home.png"), full_page=True)
        page.goto(streamlit_server + "/explore")
        expect(page.get_by_role("heading", name="Explore the trade graph")).to_be_visible()
        search = page.get_by_label("Search people, organizations, issues, roles or countries")
        search.fill("Hale")
        search.press("Enter")
        expect(page.get_by_role("heading", name="Gregory Hale")).to_be_visible()
        expect(page.get_by_role("heading", name="Roles")).to_be_visible()
        expect(page.get_by_text("senior fellow", exact=False).first).to_be_visible()
        evidence = page.locator(".evidence", has_text="who is now a senior fellow at the Meridian Trade Institute")
        expect(evidence.first).to_be_visible()

        # click (tap) the role node in the drawing: the event travels back to Python
        frame = page.frame_locator("iframe[title*='streamlit_cytoscape']").first
        expect(frame.locator("#cy")).to_be_attached()
        role_id = "role:fellow-senior@meridian-trade-institute"
        page.wait_for_function(
            """(id) => Array.from(document.querySelectorAll('iframe')).some(f => {
                   const cy = f.contentDocument?.getElementById('cy')?._cyreg?.cy;
                   return cy && cy.getElementById(id).length === 1; })""", arg=role_id)
        page.evaluate(
            """(id) => { for (const f of document.querySelectorAll('iframe')) {
                   const cy = f.contentDocument?.getElementById('cy')?._cyreg?.cy;
                   if (cy) { cy.getElementById(id).emit('tap'); } } }""", role_id)
        expect(page.get_by_role("heading", name="senior fellow")).to_be_visible()
        expect(page.get_by_text("Gregory Hale").first).to_be_visible()
        page.screenshot(path=str(tmp_path / "explorer.png"), full_page=True)
        browser.close()
    assert (tmp_path / "explorer.png").stat().st_size > 10_000


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_no_deploy_button_or_developer_menu_but_the_theme_setting_stays(streamlit_server, tmp_path):
    """.streamlit/config.toml (client.toolbarMode = "viewer") hides what a
    researcher has no use for in a local tool."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.set_default_timeout(60_000)
        page.goto(streamlit_server + "/explore")
        # the first run imports everything: seconds on a loaded machine
        expect(page.get_by_role("heading", name="Explore the trade graph")).to_be_visible(timeout=90_000)
        expect(page.get_by_test_id("stAppDeployButton")).to_have_count(0)
        page.get_by_test_id("stMainMenu").click()
        menu = page.get_by_test_id("stMainMenuPopover")
        expect(menu.get_by_text("Dark")).to_be_visible()  # the theme setting
        expect(menu.get_by_text("Clear cache")).to_have_count(0)  # a developer option
        page.screenshot(path=str(tmp_path / "menu.png"))
        browser.close()


POSITIONS_JS = """() => { for (const f of document.querySelectorAll('iframe')) {
    const cy = f.contentDocument?.getElementById('cy')?._cyreg?.cy;
    if (cy) { const w = cy.width(), h = cy.height();
      return {w, h, nodes: cy.nodes().map(n => { const b = n.renderedBoundingBox(); return [b.x1, b.y1, b.x2, b.y2]; })}; } }
  return null; }"""


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_switching_depth_lays_the_new_view_out_again(streamlit_server, tmp_path):
    """Depth 2 then back to 1: the drawing is laid out again, spread over the
    canvas (it used to keep stale positions and pile new nodes in a corner)."""
    import re

    from playwright.sync_api import expect, sync_playwright

    from bench.browser import DRAWN_JS, IDLE_JS

    def drawn(page, before: str | None) -> str:
        caption = page.get_by_text(re.compile(r"^\d+ nodes, \d+ relationships"))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = caption.first.inner_text() if caption.count() else None
            if text and text != before and page.evaluate(IDLE_JS) and \
                    page.evaluate(DRAWN_JS, int(text.split()[0])):
                return text
            time.sleep(0.1)
        pytest.fail(f"the view was not drawn (caption {before!r} -> {text!r})")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1200})
        page.set_default_timeout(60_000)
        page.goto(streamlit_server + "/explore")
        expect(page.get_by_role("heading", name="Explore the trade graph")).to_be_visible(timeout=90_000)
        search = page.get_by_role("textbox", name="Search people, organizations, issues, roles or countries")
        # a person whose second hop (through people, organizations and events) adds many nodes
        search.fill("Zhou Hanlin")
        search.press("Enter")
        expect(page.get_by_role("heading", name="Zhou Hanlin")).to_be_visible(timeout=60_000)
        one = drawn(page, None)
        radio = page.get_by_test_id("stRadio")
        radio.get_by_text("2", exact=True).click()
        two = drawn(page, one)
        assert int(two.split()[0]) > int(one.split()[0])
        page.screenshot(path=str(tmp_path / "depth2.png"), full_page=True)
        radio.get_by_text("1", exact=True).click()
        drawn(page, two)
        # the layout may still be moving on a busy machine (the CI once caught it mid-way): read the
        # positions once they stop changing
        shape, deadline = page.evaluate(POSITIONS_JS), time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.5)
            again = page.evaluate(POSITIONS_JS)
            if again == shape:
                break
            shape = again
        page.screenshot(path=str(tmp_path / "depth1-again.png"), full_page=True)
        browser.close()
    boxes = shape["nodes"]
    assert len(boxes) == int(one.split()[0])
    centres = [((x1 + x2) / 2, (y1 + y2) / 2) for x1, y1, x2, y2 in boxes]
    xs, ys = [c[0] for c in centres], [c[1] for c in centres]
    # spread over the canvas, not piled up: wide and tall, and few nodes overlapping another
    assert max(xs) - min(xs) > shape["w"] * 0.15 and max(ys) - min(ys) > shape["h"] * 0.15
    overlapping = sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
                      if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    # a pile-up overlaps nearly every pair; a force layout that ended may still leave a few labelled nodes
    # touching (3 pairs of 66 for 12 nodes, seen twice in CI), so the bound is a share of the pairs
    pairs = len(boxes) * (len(boxes) - 1) // 2
    assert overlapping <= max(2, pairs // 10), (overlapping, pairs)
    corner = sum(1 for x, y in centres if x < shape["w"] * 0.15 and y < shape["h"] * 0.15)
    assert corner <= len(boxes) // 4
