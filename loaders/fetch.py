"""A polite HTTP fetcher for article pages and feeds.

Polite to the sites: robots.txt is respected (fetched once per host, kept a
day), requests to one host are spaced out (``per_host_delay``), failures that
may pass (timeouts, refused connections, 429 and 5xx answers) are retried a
few times with a growing pause, and pages already fetched are served from an
on-disk cache so a re-run asks nothing of the site. Feeds change, so
``get(..., revalidate=True)`` asks again but conditionally (ETag /
Last-Modified): an unchanged feed costs a ``304``.

Safe for us: a timeout on every request and on the whole body, a size cap
(the same limit as for files), at most a few redirects and no loops, and
only ``http``/``https``. Every failure is a ``FetchError`` naming the URL and
the reason in plain words.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path

from loaders.errors import LoaderError
from loaders.readers.decoding import DEFAULT_MAX_FILE_BYTES

ROOT = Path(__file__).resolve().parent.parent
#: Where fetched pages are kept between runs (``TRADEGRAPH_FETCH_CACHE`` or ``--cache-dir`` to move it).
DEFAULT_CACHE_DIR = ROOT / ".tradegraph" / "fetch-cache"
USER_AGENT = "tradegraph/1.0 (trade news research; respects robots.txt)"
#: robots.txt answers are kept this long before being asked again.
ROBOTS_MAX_AGE = 24 * 3600
_RETRY_STATUSES = {429, 500, 502, 503, 504}
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(LoaderError):
    """A URL could not be fetched (or may not be: robots.txt)."""


@dataclass
class FetchOptions:
    """How politely and how far to fetch; the defaults suit news sites."""

    timeout: float = 20.0  # seconds for connecting, for each read, and for the whole body
    max_bytes: int = DEFAULT_MAX_FILE_BYTES
    retries: int = 2  # further attempts after the first, for failures that may pass
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    per_host_delay: float = 1.0  # seconds between two requests to the same host
    max_redirects: int = 5
    cache_dir: Path | None = None  # None: TRADEGRAPH_FETCH_CACHE or DEFAULT_CACHE_DIR
    use_cache: bool = True
    respect_robots: bool = True
    user_agent: str = USER_AGENT

    def cache_path(self) -> Path:
        """The cache folder: the option, else TRADEGRAPH_FETCH_CACHE, else the default under .tradegraph."""
        return Path(self.cache_dir or os.environ.get("TRADEGRAPH_FETCH_CACHE") or DEFAULT_CACHE_DIR).expanduser()


@dataclass
class Response:
    """A fetched document: ``url`` is where it was finally found (after redirects)."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    from_cache: bool = False
    headers: dict = field(default_factory=dict)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by ``Fetcher`` itself, so each hop is checked
    against robots.txt, the redirect limit and loops."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """Never follow here: the redirect comes back to ``Fetcher`` as a response."""
        return None


class Fetcher:
    """Fetches URLs politely; one instance per run (it holds the per-host clock
    and the robots.txt answers). Safe to share between threads."""

    def __init__(self, options: FetchOptions | None = None):
        self.options = options or FetchOptions()
        self.requests = 0  # requests actually sent over the network (for reports and tests)
        self._opener = urllib.request.build_opener(_NoRedirects())
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()

    # ---- public -----------------------------------------------------------------

    def get(self, url: str, revalidate: bool = False) -> Response:
        """The document at ``url``: from the cache when it is there (unless
        ``revalidate``, which asks the site whether it changed), else fetched.
        Raises ``FetchError``."""
        _check_scheme(url)
        cached = self._cache_read(url)
        if cached is not None and not revalidate:
            return cached
        seen = {url}
        current = url
        for _ in range(self.options.max_redirects + 1):
            self._check_robots(url, current)
            status, headers, body = self._request(current, url, cached if current == url else None)
            if status == 304 and cached is not None:
                return cached
            if status in _REDIRECTS:
                location = headers.get("Location")
                if not location:
                    raise FetchError(url, f"redirect ({status}) without a Location")
                current = urllib.parse.urljoin(current, location)
                _check_scheme(current, url)
                if current in seen:
                    raise FetchError(url, f"redirect loop (back to {current})")
                seen.add(current)
                continue
            if status >= 400:
                raise FetchError(url, f"HTTP {status} {http.client.responses.get(status, '')}".rstrip())
            ctype, charset = _content_type(headers.get("Content-Type"))
            response = Response(current, status, ctype, charset, body, headers={
                k: headers[k] for k in ("ETag", "Last-Modified") if headers.get(k)})
            self._cache_write(url, response)
            return response
        raise FetchError(url, f"more than {self.options.max_redirects} redirects")

    # ---- network ------------------------------------------------------------------

    def _request(self, url: str, origin: str, cached: Response | None) -> tuple[int, dict, bytes]:
        """One request with retries; returns (status, headers, body)."""
        attempt = 0
        while True:
            self._wait_for_host(url)
            try:
                return self._request_once(url, origin, cached)
            except _Retryable as exc:
                if attempt >= self.options.retries:
                    raise FetchError(origin, exc.reason + (f" (after {attempt + 1} attempts)" if attempt else "")) from None
                pause = self.options.backoff * (2 ** attempt)
                if exc.retry_after is not None:
                    pause = max(pause, min(exc.retry_after, 60.0))
                time.sleep(pause)
                attempt += 1

    def _request_once(self, url: str, origin: str, cached: Response | None) -> tuple[int, dict, bytes]:
        opts = self.options
        headers = {"User-Agent": opts.user_agent, "Accept-Encoding": "identity",
                   "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                             "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"}
        if cached is not None:
            if cached.headers.get("ETag"):
                headers["If-None-Match"] = cached.headers["ETag"]
            if cached.headers.get("Last-Modified"):
                headers["If-Modified-Since"] = cached.headers["Last-Modified"]
        request = urllib.request.Request(url, headers=headers)
        with self._lock:
            self.requests += 1
        started = time.monotonic()
        try:
            reply = self._opener.open(request, timeout=opts.timeout)
        except urllib.error.HTTPError as exc:
            status = exc.code
            reply_headers = dict(exc.headers.items()) if exc.headers else {}
            exc.close()
            if status in _RETRY_STATUSES:
                raise _Retryable(f"HTTP {status} {http.client.responses.get(status, '')}".rstrip(),
                                 _retry_after(reply_headers.get("Retry-After"))) from None
            return status, reply_headers, b""
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise _Retryable(f"timed out after {opts.timeout:g} s") from None
            raise _Retryable(f"cannot connect ({reason})") from None
        except (TimeoutError, socket.timeout):
            raise _Retryable(f"timed out after {opts.timeout:g} s") from None
        except (http.client.HTTPException, ConnectionError, OSError) as exc:
            raise _Retryable(f"connection failed ({exc.__class__.__name__}: {exc})") from None
        with reply:
            status = reply.status
            reply_headers = dict(reply.headers.items())
            if status in _REDIRECTS or status == 304:
                return status, reply_headers, b""
            length = reply_headers.get("Content-Length")
            if length and length.isdigit() and int(length) > opts.max_bytes:
                raise FetchError(origin, _too_big(int(length), opts.max_bytes))
            chunks, size = [], 0
            try:
                while True:
                    chunk = reply.read(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > opts.max_bytes:
                        raise FetchError(origin, _too_big(size, opts.max_bytes, at_least=True))
                    if time.monotonic() - started > opts.timeout:
                        raise _Retryable(f"timed out after {opts.timeout:g} s (body still arriving)")
                    chunks.append(chunk)
            except (TimeoutError, socket.timeout):
                raise _Retryable(f"timed out after {opts.timeout:g} s (body still arriving)") from None
            except (http.client.HTTPException, ConnectionError) as exc:
                raise _Retryable(f"connection broke while reading ({exc.__class__.__name__})") from None
        return status, reply_headers, b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            ready = self._last_request.get(host, -1e9) + self.options.per_host_delay
            start = max(now, ready)
            self._last_request[host] = start
        if start > now:
            time.sleep(start - now)

    # ---- robots.txt ---------------------------------------------------------------

    def _check_robots(self, origin: str, url: str) -> None:
        if not self.options.respect_robots:
            return
        parts = urllib.parse.urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            known = base in self._robots
            rules = self._robots.get(base)
        if not known:
            rules = self._load_robots(base)
            with self._lock:
                self._robots[base] = rules
        if rules is not None and not rules.can_fetch(self.options.user_agent, url):
            raise FetchError(origin, f"robots.txt of {parts.netloc} does not allow fetching {parts.path or '/'}")

    def _load_robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; None means everything is allowed (no robots.txt)."""
        robots_url = base + "/robots.txt"
        cached = self._cache_read(robots_url, max_age=ROBOTS_MAX_AGE)
        if cached is not None:
            status, body = cached.status, cached.body
        else:
            try:
                status, _, body = self._request(robots_url, robots_url, None)
            except FetchError as exc:
                raise FetchError(robots_url, f"cannot read robots.txt, so not fetching from this site ({exc.reason})") from None
            self._cache_write(robots_url, Response(robots_url, status, "text/plain", "utf-8", body))
        parser = urllib.robotparser.RobotFileParser(robots_url)
        if status in (401, 403):
            parser.disallow_all = True
            return parser
        if status >= 300:  # no robots.txt (404, or a redirect we do not follow for it): all allowed
            return None
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser

    # ---- cache --------------------------------------------------------------------

    def _cache_files(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.options.cache_path() / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def _cache_read(self, url: str, max_age: float | None = None) -> Response | None:
        if not self.options.use_cache:
            return None
        meta_file, body_file = self._cache_files(url)
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            if max_age is not None and time.time() - meta.get("fetched_at", 0) > max_age:
                return None
            body = body_file.read_bytes()
        except (OSError, ValueError):
            return None
        return Response(meta["url"], meta["status"], meta["content_type"], meta.get("charset"), body,
                        from_cache=True, headers=meta.get("headers") or {})

    def _cache_write(self, url: str, response: Response) -> None:
        if not self.options.use_cache:
            return
        meta_file, body_file = self._cache_files(url)
        try:
            meta_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = body_file.with_suffix(".tmp")
            tmp.write_bytes(response.body)
            tmp.replace(body_file)
            meta_file.write_text(json.dumps({
                "requested": url, "url": response.url, "status": response.status,
                "content_type": response.content_type, "charset": response.charset,
                "headers": response.headers, "fetched_at": time.time(),
            }), encoding="utf-8")
        except OSError:
            pass  # a cache that cannot be written only costs a fetch next time


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _check_scheme(url: str, origin: str | None = None) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(origin or url, f"not an http(s) URL: {url}")


def _content_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    main, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip('"\' ').lower()
    return main.strip().lower(), charset


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _too_big(size: int, limit: int, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return (f"response is {more}{size / 1048576:.1f} MB, over the {limit / 1048576:g} MB limit for one document "
            "(raise it with --max-file-mb)")
