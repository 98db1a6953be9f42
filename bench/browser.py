"""``python -m bench app``: what a person waits for in the browser.

Runs ``streamlit run app.py`` against the bench graph (loading the corpus of
``--articles`` first if the graph holds fewer articles), drives Debian's
Chromium with Playwright through every page and the interactions a
researcher uses, and times each from the navigation or click to the
finished render.

"Finished" means all of: the server has sent the "script finished" message
of the rerun the step caused (read from the app's websocket), Streamlit is
idle (no running indicator, no element marked stale), the element the step
waits for is visible, and,
for a drawing, the Cytoscape canvas holds as many nodes as the page's caption
says, laid out (positions spread, not piled in one place). The state is
polled every 25 ms, so a figure is at most that much late.

One pass over all pages warms the server first (Python imports, the spaCy
model of the upload preview, Neo4j's query plans), as a running explorer
would be; the timed pass then starts from a fresh browser session. The
first visit after the server started is reported separately. With ``--quick``
there is one pass only, on the cold server, and its figures say so.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
POLL = 0.025

IDLE_JS = """() => !document.querySelector('[data-testid="stStatusWidget"]')
    && !document.querySelector('[data-stale="true"]')
    && !!document.querySelector('[data-testid="stMain"]')"""

# the drawing: {count, spread} of the Cytoscape instance showing `expected` nodes, if any
DRAWN_JS = """(expected) => {
  for (const f of document.querySelectorAll('iframe')) {
    let cy = null;
    try { cy = f.contentDocument?.getElementById('cy')?._cyreg?.cy; } catch (e) { continue; }
    if (!cy || cy.nodes().length !== expected) continue;
    const seen = new Set();
    cy.nodes().forEach(n => { const p = n.position(); seen.add(Math.round(p.x) + ',' + Math.round(p.y)); });
    const box = cy.nodes().boundingBox();
    if (expected < 2 || (seen.size >= expected * 0.9 && box.w > 50 && box.h > 50)) return true;
  }
  return false;
}"""


def chromium() -> str | None:
    """Debian's Chromium (``make browser`` installs it), or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_app(port: int, log_path: Path):
    """``streamlit run app.py`` on 127.0.0.1:port with this process's
    environment (the bench graph's settings); stopped on exit."""
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port",
             str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"], cwd=ROOT, env=dict(os.environ), stdout=log,
            stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                if proc.poll() is not None:  # e.g. the port was taken: never time another server
                    raise RuntimeError("streamlit did not start:\n" + log_path.read_text())
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("streamlit did not start:\n" + log_path.read_text()) from None
                    time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


class Timer:
    """Times steps on one page: an action, then polling until finished."""

    def __init__(self, page, timeout: float = 300.0):
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self.page = page
        self.timeout = timeout
        self.finished = 0  # "script finished" messages the server sent

        def frame(payload) -> None:
            if isinstance(payload, (bytes, bytearray)):
                msg = ForwardMsg()
                try:
                    msg.ParseFromString(bytes(payload))
                except Exception:  # not a ForwardMsg: ignore
                    return
                if msg.WhichOneof("type") == "script_finished":
                    self.finished += 1

        page.on("websocket", lambda ws: ws.on("framereceived", frame))

    def until(self, done, what: str, after: int | None = None) -> None:
        """Poll until a rerun finished (more than ``after`` finish messages),
        the page is idle and ``done()`` holds."""
        deadline = time.monotonic() + self.timeout
        while True:
            ok = False
            try:
                # evaluate first: Playwright delivers the websocket events only inside its own calls
                idle = bool(self.page.evaluate(IDLE_JS))
                ok = (after is None or self.finished > after) and idle and done()
            except Exception:  # navigation in progress: the page's context was replaced
                ok = False
            if ok:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what}: not finished after {self.timeout:.0f} s")
            time.sleep(POLL)

    def step(self, action, done, what: str) -> float:
        before = self.finished
        start = time.perf_counter()
        action()
        self.until(done, what, after=before)
        seconds = time.perf_counter() - start
        print(f"   {what}: {seconds:.2f} s", file=sys.stderr, flush=True)
        return seconds

    # ---- conditions ---------------------------------------------------------------
    def visible(self, locator):
        return lambda: locator.count() > 0 and locator.first.is_visible()

    def drawn(self, caption_pattern: str, before: str | None = None):
        """The caption matching ``caption_pattern`` (its first number the node
        count; different from ``before`` when given) is shown and drawn."""
        def check() -> bool:
            text = self.caption(caption_pattern)
            if text is None or text == before:
                return False
            return bool(self.page.evaluate(DRAWN_JS, int(re.search(r"[\d,]+", text).group().replace(",", ""))))
        return check

    def caption(self, pattern: str) -> str | None:
        found = self.page.get_by_text(re.compile(pattern))
        return found.first.inner_text() if found.count() else None


def run_pages(url: str, names: dict, out: Path | None = None, timeout: float = 120.0) -> list[tuple[str, float]]:
    """One pass over the explorer; returns (step, seconds) in order.
    ``names``: ``person`` (a busy person's name), ``person_b`` (another),
    ``issue`` (an issue's display name), ``upload`` (a file to preview)."""
    from playwright.sync_api import sync_playwright

    times: list[tuple[str, float]] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        page.set_default_timeout(timeout * 1000)
        t = Timer(page, timeout)

        def shot(name: str) -> None:
            if out is not None:
                page.screenshot(path=str(out / f"{name}.png"), full_page=True)

        def nav(title: str) -> None:
            page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()

        landing = page.get_by_role("heading", name="tradegraph", exact=True)
        times.append(("landing (counts, top actors, latest articles)",
                      t.step(lambda: page.goto(url), t.visible(landing), "landing")))
        shot("landing")
        heading = page.get_by_role("heading", name="Explore the trade graph")
        times.append(("Explore page", t.step(lambda: nav("Explore"), t.visible(heading), "explore page")))
        search = page.get_by_role("textbox", name="Search people, organizations, issues, roles or countries")
        details = page.get_by_role("heading", name=names["person"], exact=True)
        times.append((f"search and depth-1 view of the busiest person", t.step(
            lambda: (search.fill(names["person"]), search.press("Enter")),
            lambda: t.visible(details)() and t.drawn(r"^[\d,]+ nodes, [\d,]+ relationships")(), "search")))
        shot("depth1")
        before = t.caption(r"^[\d,]+ nodes, [\d,]+ relationships")
        radio = page.get_by_test_id("stRadio")
        times.append(("depth 2 view", t.step(lambda: radio.get_by_text("2", exact=True).click(),
                                             t.drawn(r"^[\d,]+ nodes, [\d,]+ relationships", before), "depth 2")))
        shot("depth2")
        before = t.caption(r"^[\d,]+ nodes, [\d,]+ relationships")
        times.append(("back to depth 1", t.step(lambda: radio.get_by_text("1", exact=True).click(),
                                                t.drawn(r"^[\d,]+ nodes, [\d,]+ relationships", before),
                                                "depth 1")))
        shot("depth1-again")

        times.append(("Paths page", t.step(lambda: nav("Paths"), t.visible(
            page.get_by_role("heading", name="How are two actors connected?")), "paths page")))
        origin = page.get_by_role("textbox", name="From", exact=True)
        origin.fill(names["person"])
        origin.press("Enter")
        t.until(t.visible(page.get_by_text("Choose two actors")), "paths from")
        time.sleep(0.5)
        to = page.get_by_role("textbox", name="To", exact=True)
        times.append(("shortest paths between two people", t.step(
            lambda: (to.fill(names["person_b"]), to.press("Enter")),
            lambda: (t.visible(page.get_by_text(re.compile(r"shortest path\(s\)|No connection")))()
                     and (t.caption(r"No connection") is not None or bool(page.evaluate(
                         "() => Array.from(document.querySelectorAll('iframe')).some(f => { try { const cy = "
                         "f.contentDocument?.getElementById('cy')?._cyreg?.cy; return cy && cy.nodes().length > 1; }"
                         " catch (e) { return false; } })")))), "paths")))
        shot("paths")

        times.append(("Issues page (busiest issue)", t.step(lambda: nav("Issues"), t.visible(
            page.get_by_text(re.compile(r"^\d+ people and \d+ organizations"))), "issues")))
        shot("issues")

        times.append(("Cypher console page", t.step(lambda: nav("Cypher console"), t.visible(
            page.get_by_role("heading", name="Cypher console")), "console page")))
        times.append(("console query (starter query, Run)", t.step(
            lambda: page.get_by_test_id("stBaseButton-primary").get_by_text("Run", exact=True).click(),
            t.visible(page.get_by_text(re.compile(r"row\(s\) in \d+ ms"))), "console query")))
        shot("console")

        times.append(("Analytics page (whole graph)", t.step(lambda: nav("Analytics & export"), t.visible(
            page.get_by_text(re.compile(r"communities"))), "analytics")))
        shot("analytics")
        top = page.get_by_test_id("stSlider")
        times.append(("analytics: change the Top slider", t.step(
            lambda: (top.first.get_by_role("slider").focus(), page.keyboard.press("ArrowRight")),
            t.visible(page.get_by_text(re.compile(r"communities"))), "analytics top")))

        times.append(("Load articles page", t.step(lambda: nav("Load articles"), t.visible(
            page.get_by_role("heading", name="Load articles")), "load page")))
        times.append(("upload preview (one article)", t.step(
            lambda: page.locator("input[type=file]").set_input_files(names["upload"]),
            t.visible(page.get_by_text(re.compile(r"Preview: \d+ article"))), "preview")))
        shot("load")
        browser.close()
    return times


def measure(bench, driver) -> None:
    """The ``app`` stage: load the corpus if needed, then time the pages."""
    if chromium() is None:
        bench.notes.append("app: Chromium not installed (make browser); browser timings skipped")
        return
    reader_names = busiest(bench, driver)
    port = int(os.environ.get("TRADEGRAPH_BENCH_APP_PORT") or free_port())
    out = ROOT / "bench" / "out" / "app"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        upload = Path(tmp) / "upload.txt"
        upload.write_text(UPLOAD, encoding="utf-8")
        reader_names["upload"] = str(upload)
        with streamlit_app(port, out / "streamlit.log") as url:
            started = time.perf_counter()
            # (``--quick``: one pass, from a cold server: its figures include the start-up a warm-up pass absorbs)
            warm = run_pages(url, reader_names, out=out if bench.quick else None)
            warm_s = time.perf_counter() - started
            timed = warm if bench.quick else run_pages(url, reader_names, out=out)
    target = "< 2 s" if bench.articles <= 10_000 else "< 3 s"
    bench.add("app", "first visit after the server started: landing", warm[0][1], "s", target="report")
    for what, seconds in timed:
        bench.add("app", what, seconds, "s", target="report (cold server)" if bench.quick else target)
    pass_note = "--quick: one pass on a cold server, no warm-up" if bench.quick else f"warm-up pass {warm_s:.0f} s"
    bench.notes.append(f"app: {pass_note}; person {reader_names['person']!r}, screenshots in bench/out/app/")


def busiest(bench, driver) -> dict:
    """Make sure the graph holds the corpus, then pick the actors to show."""
    from graph.writer import GraphWriter
    from loaders.ingest import IngestOptions, ingest
    from loaders.progress import Progress

    database = bench._settings.database
    held = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n", database_=database).records[0]["n"]
    if held < bench.articles:
        print(f"   loading the {bench.articles:,}-article corpus (the graph holds {held:,} articles)",
              file=sys.stderr, flush=True)
        ingest([str(bench.corpus(bench.articles))], GraphWriter(driver, database),
               IngestOptions(workers=bench.workers, progress=Progress("load", enabled=True, interval=30)))
    people = driver.execute_query(
        "MATCH (p:Person)<-[m:MENTIONS]-() WITH p, count(m) AS n ORDER BY n DESC, p.id LIMIT 2 "
        "RETURN p.name AS name", database_=database).records
    return {"person": people[0]["name"], "person_b": people[1]["name"]}


UPLOAD = """Tariff talks resume in Geneva

GENEVA, March 3 - Trade Minister Adaora Nwosu said on Monday that her ministry would seek a review of steel
tariffs. "We expect a fair hearing," Nwosu told reporters after meeting officials of the World Trade
Organization.
"""
