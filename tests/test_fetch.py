"""URLs and feeds as input, against a real HTTP server the test starts on
127.0.0.1 (never the internet): pages, a feed, a 404, a redirect loop, a slow
answer, a huge body, a non-HTML type, robots.txt, retries, the per-host pause
and the on-disk cache."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from loaders import cli
from loaders.articles import Article
from loaders.errors import LoaderError
from loaders.fetch import Fetcher, FetchError, FetchOptions
from loaders.web import UrlReader, read_url_list

PAGE = """<!DOCTYPE html><html><head><title>{title} | Harbour Wire</title>
<meta property="og:title" content="{title}"><meta property="article:published_time" content="{date}">
</head><body><nav><a href="/">Home</a> <a href="/about">Editor Quentin Aldermoor</a></nav>
<article><h1>{title}</h1>{body}</article>
<div class="newsletter">Sign up for Philomena Drask's morning note.</div></body></html>"""

STORIES = {
    "/news/quota.html": ("Lima raises copper quota", "2025-05-12",
                         "<p>LIMA - Peru will raise its copper export quota, Peruvian Trade Minister Rosario Quispe-Huaman said "
                         "on Monday.</p><p>\"Our smelters are ready,\" Quispe-Huaman told reporters in Lima.</p>"),
    "/news/ports.html": ("Ports body backs levy", "2025-05-13",
                         "<p>ROTTERDAM - The European ports association backed a levy on transshipment, its "
                         "president Willemijn Steenhart said on Tuesday.</p><p>Steenhart said the money would fund "
                         "new quays.</p>"),
    "/news/fresh.html": ("Brazil cuts ethanol tariff", "2025-05-20",
                         "<p>BRASILIA - Brazil will cut its ethanol import tariff, Brazilian Trade Secretary Joaquim "
                         "Arruda Lemos said on Tuesday.</p><p>Arruda Lemos said the cut would last a year.</p>"),
}


class Site:
    """A small news site: records every request it gets."""

    def __init__(self):
        self.requests: list[str] = []
        self.feed_items = ["/news/quota.html", "/news/ports.html"]
        self.flaky_failures = 1
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers:
                    self.send_header(key, value)
                self.end_headers()
                if body:
                    try:
                        self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError):
                        pass

            def do_GET(self):
                site.requests.append(self.path)
                path = self.path
                if path == "/robots.txt":
                    return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                if path in STORIES:
                    title, date, body = STORIES[path]
                    return self.send(200, PAGE.format(title=title, date=date, body=body).encode())
                if path == "/feed.rss":
                    etag = '"v%d"' % len(site.feed_items)
                    if self.headers.get("If-None-Match") == etag:
                        return self.send(304, headers=[("ETag", etag)])
                    items = "".join(
                        f"<item><title>{STORIES[p][0]}</title><link>{site.base}{p}</link><guid>{site.base}{p}</guid>"
                        f"<description>Teaser only.</description></item>" for p in site.feed_items)
                    body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>"
                    return self.send(200, body.encode(), "application/rss+xml", [("ETag", etag)])
                if path == "/loop/a":
                    return self.send(302, headers=[("Location", "/loop/b")])
                if path == "/loop/b":
                    return self.send(302, headers=[("Location", "/loop/a")])
                if path == "/moved":
                    return self.send(301, headers=[("Location", "/news/ports.html")])
                if path == "/slow":
                    time.sleep(1.5)
                    return self.send(200, b"<html><body><p>late</p></body></html>")
                if path == "/huge":
                    return self.send(200, b"<html><body>" + b"<p>tariff news</p>" * 200_000 + b"</body></html>")
                if path == "/chart.png":
                    return self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
                if path == "/flaky":
                    if site.flaky_failures > 0:
                        site.flaky_failures -= 1
                        return self.send(503, b"busy")
                    return self.send(200, PAGE.format(title="Flaky page", date="2025-05-14",
                                                      body=STORIES["/news/ports.html"][2]).encode())
                if path.startswith("/private/"):
                    return self.send(200, PAGE.format(title="Secret", date="2025-05-15",
                                                      body=STORIES["/news/quota.html"][2]).encode())
                return self.send(404, b"not found")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def site():
    s = Site()
    s.thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


def fetcher(tmp_path, **kwargs) -> Fetcher:
    options = dict(timeout=0.5, retries=1, backoff=0.05, per_host_delay=0.0, cache_dir=tmp_path / "cache",
                   max_bytes=1024 * 1024)
    options.update(kwargs)
    return Fetcher(FetchOptions(**options))


def failure(f: Fetcher, url: str) -> str:
    with pytest.raises(FetchError) as err:
        f.get(url)
    assert err.value.source == url
    return err.value.reason


def test_each_kind_of_bad_url_gets_its_own_reason(site, tmp_path):
    f = fetcher(tmp_path)
    assert failure(f, site.url("/missing")) == "HTTP 404 Not Found"
    assert "redirect loop" in failure(f, site.url("/loop/a"))
    assert "timed out after 0.5 s" in failure(f, site.url("/slow"))
    assert "over the 1 MB limit" in failure(f, site.url("/huge"))
    assert "robots.txt" in failure(f, site.url("/private/report.html"))
    assert "not an http(s) URL" in failure(f, "ftp://127.0.0.1/x")
    assert site.requests.count("/private/report.html") == 0  # robots.txt is asked, the page never
    reader = UrlReader(f)
    [error] = list(reader.read(site.url("/chart.png")))
    assert isinstance(error, LoaderError) and "image/png" in error.reason


def test_redirects_are_followed_and_transient_failures_retried(site, tmp_path):
    f = fetcher(tmp_path)
    moved = f.get(site.url("/moved"))
    assert moved.url == site.url("/news/ports.html") and b"Steenhart" in moved.body
    flaky = f.get(site.url("/flaky"))
    assert flaky.status == 200 and site.requests.count("/flaky") == 2


def test_the_cache_answers_a_second_run_without_any_request(site, tmp_path):
    urls = [site.url(p) for p in STORIES]
    first = [a for u in urls for a in UrlReader(fetcher(tmp_path)).read(u)]
    assert all(isinstance(a, Article) for a in first)
    asked = len(site.requests)
    second = [a for u in urls for a in UrlReader(fetcher(tmp_path)).read(u)]
    assert len(site.requests) == asked  # nothing asked, robots.txt included
    assert [a.checksum for a in second] == [a.checksum for a in first]
    third = fetcher(tmp_path, use_cache=False)
    third.get(urls[0])
    assert len(site.requests) > asked


def test_requests_to_one_host_are_spaced_out(site, tmp_path):
    f = fetcher(tmp_path, per_host_delay=0.4, use_cache=False)
    started = time.monotonic()
    for path in ("/news/quota.html", "/news/ports.html", "/news/fresh.html"):
        f.get(site.url(path))
    # robots.txt and three pages: the last request may start 3 pauses after the first, no sooner
    assert site.requests == ["/robots.txt", "/news/quota.html", "/news/ports.html", "/news/fresh.html"]
    assert time.monotonic() - started >= 3 * 0.4


def test_a_feed_reads_its_entries_pages_and_only_new_entries_next_time(site, tmp_path):
    reader = UrlReader(fetcher(tmp_path))
    items = list(reader.read(site.url("/feed.rss")))
    reader.commit()
    assert [a.title for a in items] == ["Lima raises copper quota", "Ports body backs levy"]
    assert items[0].published == "2025-05-12" and items[0].source_url == site.url("/news/quota.html")
    assert "Quispe-Huaman" in items[0].text and "Teaser" not in items[0].text
    assert "Aldermoor" not in items[0].text and "Drask" not in items[0].text

    site.feed_items.append("/news/fresh.html")
    site.requests.clear()
    reader = UrlReader(fetcher(tmp_path))
    items = list(reader.read(site.url("/feed.rss")))
    reader.commit()
    assert [a.title for a in items] == ["Brazil cuts ethanol tariff"]
    assert reader.skipped_entries == 2
    assert site.requests == ["/feed.rss", "/news/fresh.html"]

    site.requests.clear()
    reader = UrlReader(fetcher(tmp_path))
    assert list(reader.read(site.url("/feed.rss"))) == []  # unchanged feed: a 304, nothing new
    assert site.requests == ["/feed.rss"]
    everything = list(UrlReader(fetcher(tmp_path), all_entries=True).read(site.url("/feed.rss")))
    assert len(everything) == 3


def test_url_list_file(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# morning reads\nhttp://127.0.0.1:1/a\n\n  https://e.example/b  \n", encoding="utf-8")
    assert read_url_list(str(listing)) == ["http://127.0.0.1:1/a", "https://e.example/b"]
    listing.write_text("http://e.example/a\nnot a url\n", encoding="utf-8")
    with pytest.raises(LoaderError) as err:
        read_url_list(str(listing))
    assert err.value.source.endswith(":2")


def test_extract_command_takes_urls_and_a_url_file_and_reports_each_failure(site, tmp_path, capsys):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site.url('/missing')}\n{site.url('/loop/a')}\n{site.url('/chart.png')}\n", encoding="utf-8")
    status = cli.main(["extract", site.url("/news/quota.html"), site.url("/feed.rss"), "--json", "--urls",
                       str(listing), "--cache-dir", str(tmp_path / "cache"), "--per-host-delay", "0",
                       "--timeout", "2"])
    out, err = capsys.readouterr()
    assert status == 1
    results = [json.loads(line) for line in out.splitlines()]
    people = {p["name"] for r in results if "persons" in r for p in r["persons"]}
    assert {"Rosario Quispe-Huaman", "Willemijn Steenhart"} <= people
    assert not people & {"Quentin Aldermoor", "Philomena Drask"}
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any(site.url("/missing") in e and "404" in e for e in errors)
    assert any(site.url("/loop/a") in e and "redirect loop" in e for e in errors)
    assert any(site.url("/chart.png") in e and "image/png" in e for e in errors)


def test_ingest_command_loads_a_feed_and_a_rerun_writes_and_fetches_nothing(site, tmp_path, capsys, empty_graph,
                                                                            settings):
    args = ["ingest", site.url("/feed.rss"), "--cache-dir", str(tmp_path / "cache"), "--per-host-delay", "0",
            "--json", "--quiet"]
    assert cli.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["written"] == 2 and report["failed"] == 0
    records, _, _ = empty_graph.execute_query(
        "MATCH (a:Article) RETURN a.source_url AS url, a.published AS published ORDER BY url",
        database_=settings.database)
    assert [(r["url"], r["published"]) for r in records] == [
        (site.url("/news/ports.html"), "2025-05-13"), (site.url("/news/quota.html"), "2025-05-12")]
    site.requests.clear()
    assert cli.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["read"] == 0 and report["written"] == 0
    assert site.requests == ["/feed.rss"]  # asked whether it changed (304), nothing else
