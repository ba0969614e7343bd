"""Polite, persistent HTTP for ingestion. Network only: no parsing, no database.

`Fetcher.get(url)` does, in order:

1. refuses any scheme but http/https;
2. asks the origin's robots.txt (flows/robots.py: fetched once per origin, kept 24 h; 4xx = allow all,
   5xx/unreachable = disallow all for now) and raises `FetchError("robots.txt disallows ...")`;
3. takes the host's slot: at most `host_concurrency` (1) requests to one host at a time, and between the end of
   one request and the start of the next at least max(host interval, robots Crawl-delay capped at
   `crawl_delay_max_s`), where the host interval is `host_intervals_s` (sec.gov and its subdomains: 0.1 s, SEC
   EDGAR's 10 requests/s) or else `host_delay_s`. Different hosts proceed in parallel;
4. sends GET with the User-Agent (`settings.http_user_agent`, with the contact) and If-None-Match /
   If-Modified-Since; 304 returns None;
5. follows up to `max_redirects` redirects by hand, each hop checked again for scheme, robots.txt and loops;
6. checks the declared Content-Type against `expect` and Content-Length against `max_bytes` before reading
   the body, then streams the body under `max_bytes` and the `timeout_s` deadline;
7. retries connection errors, timeouts, resets, truncated bodies, 408, 429 and 5xx: up to `retries` more
   attempts, waiting Retry-After when the server sends one (seconds or an HTTP-date; one longer than
   `retry_after_max_s` gives up at once) or else full-jitter backoff, uniform(0, min(backoff_max_s,
   backoff_base_s * 2**(n-1))) before retry n (base 1 s: 0-1 s, 0-2 s, 0-4 s).

Errors are `FetchError(url, reason, retryable, attempts)`. Example:

    fetcher = Fetcher(load_settings())
    try:
        feed = fetcher.get("https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&output=atom",
                           etag=old_etag, expect="feed")   # None if not modified
    except FetchError as e:
        print(e.reason, e.retryable, e.attempts)  # e.g. "HTTP 503", True, 4
    finally:
        fetcher.close()

Tests make it fast and deterministic with `Fetcher(settings, sleep=calls.append, rng=random.Random(1))`.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from flows.robots import RobotsCache, agent_token
from flows.settings import Settings
from flows.store import now
from models.provenance import Fetched

log = logging.getLogger(__name__)

Expect = Literal["any", "html", "feed"]
REDIRECTS = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                        "text/xml", "application/x-rss+xml", "application/x-atom+xml"})
FEED_SNIFFED_TYPES = frozenset({"text/html", "text/plain"})  # misdeclared feeds: accepted if the body is XML
FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB


class FetchError(RuntimeError):
    """A fetch failed; `retryable` says whether trying again later may help (5xx, 429, timeouts, resets...).

    `attempts` is how many requests were made for the URL before giving up (1 when nothing was retried).
    """

    def __init__(self, url: str, reason: str, retryable: bool, attempts: int = 1) -> None:
        super().__init__(f"{reason} ({url})")
        self.url, self.reason, self.retryable, self.attempts = url, reason, retryable, attempts

    def __reduce__(self):  # noqa: ANN204 - survives pickling (Prefect keeps task exceptions in states)
        return FetchError, (self.url, self.reason, self.retryable, self.attempts)


class _Transient(Exception):
    """A failure worth another attempt inside Fetcher.get; `retry_after` from the server, in seconds."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


@dataclass
class _Redirect:
    location: str


class _HostGate:
    """One host's slots and pacing."""

    def __init__(self, concurrency: int) -> None:
        self.slots = threading.BoundedSemaphore(max(1, concurrency))
        self.lock = threading.Lock()
        self.free_at = 0.0  # monotonic time the last request ended (or the next reserved start)
        self.in_flight = 0


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header, None if absent or unreadable.

    >>> parse_retry_after("120")
    120.0
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT")  # in the past
    0.0
    >>> parse_retry_after("soon") is None
    True
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


def check_content_type(content_type: str, expect: Expect) -> bool | None:
    """True: acceptable; False: refused; None: only if the body looks like XML (a feed served as text/html).

    No declared type is acceptable (the parsers sniff).

    >>> check_content_type("image/png", "html"), check_content_type("text/html; charset=utf-8", "feed")
    (False, None)
    """
    mime = content_type.split(";")[0].strip().lower()
    if expect == "any" or not mime:
        return True
    if expect == "html":
        return mime in HTML_TYPES
    if mime in FEED_TYPES or mime.endswith(("+rss", "/rss", "/atom")):
        return True
    return None if mime in FEED_SNIFFED_TYPES else False


def looks_like_feed(body: bytes) -> bool:
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(FEED_STARTS)


class Fetcher:
    """One httpx client with robots.txt, per-host slots and pacing, and retries. See the module docstring.

    `sleep` (every wait goes through it) and `rng` (backoff jitter) are attributes tests may replace.
    """

    def __init__(self, settings: Settings, *, sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None) -> None:
        self.settings = settings
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.user_agent = settings.http_user_agent
        s = settings
        timeout = httpx.Timeout(connect=s.connect_timeout_s, read=s.read_timeout_s, write=s.read_timeout_s,
                                pool=s.timeout_s)
        self.client = httpx.Client(headers={"User-Agent": self.user_agent}, timeout=timeout,
                                   follow_redirects=False, max_redirects=s.max_redirects)
        self.robots = RobotsCache(self._fetch_robots, agent_token(self.user_agent), ttl_s=s.robots_ttl_s)
        self._gates: dict[str, _HostGate] = {}
        self._gates_lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    # -- the public call -------------------------------------------------------------------------------------

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None, *,
            expect: Expect = "any") -> Fetched | None:
        """Fetch a URL; None for 304 Not Modified. Raises FetchError.

        `expect`: "html" (text/html, application/xhtml+xml, text/plain), "feed" (RSS/Atom/XML types, or text/html
        whose body starts like XML) or "any". A declared type that does not fit is refused before the body is read.
        """
        if expect not in ("any", "html", "feed"):
            raise ValueError(f"expect must be 'any', 'html' or 'feed', not {expect!r}")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = 1 + max(0, self.settings.retries)
        for attempt in range(1, attempts + 1):
            try:
                return self._follow(url, headers, expect)
            except FetchError as e:
                e.attempts = attempt
                raise
            except _Transient as t:
                if attempt == attempts:
                    raise FetchError(url, t.reason, retryable=True, attempts=attempt) from t
                delay = self._retry_delay(url, t, attempt)
                log.info("retry %d/%d of %s in %.2f s: %s", attempt, attempts - 1, url, delay, t.reason)
                self.sleep(delay)
        raise AssertionError("unreachable")

    def backoff_delay(self, retry: int) -> float:
        """Full jitter before retry n (1-based): uniform(0, min(backoff_max_s, backoff_base_s * 2**(n-1)))."""
        cap = min(self.settings.backoff_max_s, self.settings.backoff_base_s * 2 ** (retry - 1))
        return self.rng.uniform(0, cap)

    def host_interval(self, host: str) -> float:
        """Minimum gap for a host name: the longest matching `host_intervals_s` domain, else `host_delay_s`.

        With the defaults: 'www.sec.gov' and 'sec.gov' -> 0.1; 'notsec.gov' -> host_delay_s.
        """
        host = host.lower().rstrip(".")
        best = None
        for domain, seconds in self.settings.host_intervals_s.items():
            if (host == domain or host.endswith("." + domain)) and (best is None or len(domain) > len(best[0])):
                best = (domain, seconds)
        return best[1] if best else self.settings.host_delay_s

    # -- one attempt: a chain of redirects -------------------------------------------------------------------

    def _retry_delay(self, url: str, t: _Transient, attempt: int) -> float:
        if t.retry_after is None:
            return self.backoff_delay(attempt)
        cap = self.settings.retry_after_max_s
        if t.retry_after > cap:
            raise FetchError(url, f"{t.reason}: Retry-After {t.retry_after:.0f} s exceeds the {cap:g} s cap",
                             retryable=True, attempts=attempt) from t
        return t.retry_after

    def _follow(self, url: str, headers: dict[str, str], expect: Expect) -> Fetched | None:
        chain = [url]
        for _ in range(self.settings.max_redirects + 1):
            current = chain[-1]
            scheme, _, rest = current.partition(":")
            if rest and scheme.lower() not in ("http", "https"):
                what = "redirect to unsupported scheme" if len(chain) > 1 else "unsupported scheme"
                raise FetchError(url, f"{what} {scheme.lower()!r}: {current}", retryable=False)
            try:
                host = urlsplit(current).hostname
            except ValueError:
                host = None
            if not host:
                raise FetchError(url, f"not a fetchable URL: {current}", retryable=False)
            self._check_robots(url, current)
            got = self._request(url, current, headers, expect)
            if not isinstance(got, _Redirect):
                return got
            if got.location in chain:
                raise FetchError(url, "redirect loop: " + " -> ".join(chain + [got.location]), retryable=False)
            chain.append(got.location)
        raise FetchError(url, f"too many redirects (more than {self.settings.max_redirects}): "
                         + " -> ".join(chain), retryable=False)

    def _check_robots(self, url: str, current: str) -> None:
        rules = self.robots.rules(current)
        if rules.unreachable:
            status = "no answer" if rules.status is None else f"HTTP {rules.status}"
            raise FetchError(url, f"robots.txt unreachable ({status}): assuming disallow", retryable=True)
        if not rules.allows(current):
            raise FetchError(url, f"robots.txt disallows {current}", retryable=False)

    def _request(self, requested: str, url: str, headers: dict[str, str],
                 expect: Expect) -> Fetched | _Redirect | None:
        """One GET of `url` (`requested` redirected there), holding the host's slot until the body is read."""
        with self._slot(url):
            deadline = time.monotonic() + self.settings.timeout_s
            try:
                with self.client.stream("GET", url, headers=headers) as r:
                    return self._response(requested, r, expect, deadline)
            except httpx.TimeoutException as e:
                raise _Transient(f"timeout ({type(e).__name__})") from e
            except (httpx.UnsupportedProtocol, httpx.LocalProtocolError) as e:
                raise FetchError(requested, f"{type(e).__name__}: {e}", retryable=False) from e
            except httpx.TransportError as e:  # connection refused/reset, truncated body, server hung up
                raise _Transient(f"{type(e).__name__}: {e}") from e
            except (httpx.HTTPError, httpx.InvalidURL) as e:  # undecodable Content-Encoding, bad URL
                raise FetchError(requested, f"{type(e).__name__}: {e}", retryable=False) from e

    def _response(self, url: str, r: httpx.Response, expect: Expect,
                  deadline: float) -> Fetched | _Redirect | None:
        code = r.status_code
        if code in REDIRECTS:
            if "location" not in r.headers:
                raise FetchError(url, f"HTTP {code} without Location", retryable=False)
            return _Redirect(urldefrag(urljoin(str(r.url), r.headers["location"].strip()))[0])
        if code == 304:
            return None
        if code in (408, 429) or code >= 500:
            raise _Transient(f"HTTP {code}", parse_retry_after(r.headers.get("retry-after")))
        if not 200 <= code < 300:
            raise FetchError(url, f"HTTP {code}", retryable=False)
        ctype = r.headers.get("content-type", "")
        verdict = check_content_type(ctype, expect)
        if verdict is False:
            raise FetchError(url, f"unexpected content-type {ctype!r} for {expect}", retryable=False)
        body = self._read_body(url, r, deadline)
        if verdict is None and not looks_like_feed(body):
            raise FetchError(url, f"unexpected content-type {ctype!r} for {expect} (the body is not XML)",
                             retryable=False)
        return Fetched(requested_url=url, url=str(r.url), status=code, content=body, content_type=ctype,
                       fetched_at=now(), etag=r.headers.get("etag"), last_modified=r.headers.get("last-modified"))

    def _read_body(self, url: str, r: httpx.Response, deadline: float) -> bytes:
        limit = self.settings.max_bytes
        declared = r.headers.get("content-length", "").strip()
        declared_n = int(declared) if declared.isdigit() else None
        if declared_n is not None and declared_n > limit:
            raise FetchError(url, f"body larger than {limit} bytes (Content-Length {declared_n})", retryable=False)
        body = bytearray()
        for chunk in r.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise FetchError(url, f"body larger than {limit} bytes", retryable=False)
            if time.monotonic() > deadline:
                raise _Transient(f"response not complete after {self.settings.timeout_s:g} s")
        if declared_n is not None and "content-encoding" not in r.headers and len(body) < declared_n:
            raise _Transient(f"truncated body: {len(body)} of {declared_n} bytes")
        return bytes(body)

    # -- robots.txt and per-host pacing ----------------------------------------------------------------------

    def _fetch_robots(self, robots_url: str) -> tuple[int | None, bytes]:
        """GET robots.txt (redirects followed): (status, first 512 KiB), or (None, b"") if unreachable."""
        with self._slot(robots_url):
            try:
                with self.client.stream("GET", robots_url, follow_redirects=True) as r:
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) >= ROBOTS_MAX_BYTES:
                            break
                    return r.status_code, bytes(body[:ROBOTS_MAX_BYTES])
            except httpx.TooManyRedirects:
                return 404, b""  # RFC 9309: after too many redirects, treat as unavailable (allow)
            except httpx.HTTPError as e:
                log.info("robots.txt %s unreachable: %s: %s", robots_url, type(e).__name__, e)
                return None, b""

    def _gap(self, url: str) -> float:
        gap = self.host_interval(urlsplit(url).hostname or "")
        rules = self.robots.cached(url)
        if rules and rules.delay_s:
            gap = max(gap, min(rules.delay_s, self.settings.crawl_delay_max_s))
        return gap

    def _gate(self, host: str) -> _HostGate:
        with self._gates_lock:
            if host not in self._gates:
                self._gates[host] = _HostGate(self.settings.host_concurrency)
            return self._gates[host]

    @contextmanager
    def _slot(self, url: str) -> Iterator[None]:
        """Hold one of the host's slots; wait until `_gap` has passed since the host's last request ended."""
        gate = self._gate(urlsplit(url).netloc.lower())
        gate.slots.acquire()
        try:
            with gate.lock:
                t = time.monotonic()
                start = max(t, gate.free_at + self._gap(url))
                gate.free_at = start  # reserves the start for concurrent requests (host_concurrency > 1)
                gate.in_flight += 1
            if start > t:
                self.sleep(start - t)
            yield
        finally:
            with gate.lock:
                gate.in_flight -= 1
                t = time.monotonic()
                gate.free_at = t if gate.in_flight == 0 else max(gate.free_at, t)
            gate.slots.release()

