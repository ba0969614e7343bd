"""Polite HTTP: an identifying User-Agent, timeouts, a size cap read as a stream, a delay between requests
to one host, and conditional GET. Network only: no parsing, no database."""

from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit

import httpx

from flows.settings import Settings
from models.provenance import Fetched
from flows.store import now


class FetchError(RuntimeError):
    """A fetch failed; `retryable` says whether trying again may help (5xx, 429, connection errors)."""

    def __init__(self, url: str, reason: str, retryable: bool) -> None:
        super().__init__(f"{reason} ({url})")
        self.url, self.reason, self.retryable = url, reason, retryable


class Fetcher:
    """One httpx client with per-host pacing."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client = httpx.Client(headers={"User-Agent": settings.user_agent}, timeout=settings.timeout_s,
                                   follow_redirects=True, max_redirects=5)
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def _pace(self, host: str) -> None:
        with self._lock:
            wait = self._last.get(host, 0) + self.settings.host_delay_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched | None:
        """Fetch a URL; None for 304 Not Modified. Raises FetchError."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, f"unsupported scheme {parts.scheme!r}", retryable=False)
        self._pace(parts.netloc)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code == 304:
                    return None
                if r.status_code >= 400:
                    retry = r.status_code >= 500 or r.status_code == 429
                    raise FetchError(url, f"HTTP {r.status_code}", retryable=retry)
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.settings.max_bytes:
                        raise FetchError(url, f"body larger than {self.settings.max_bytes} bytes", retryable=False)
                return Fetched(requested_url=url, url=str(r.url), status=r.status_code, content=bytes(body),
                               content_type=r.headers.get("content-type", ""), fetched_at=now(),
                               etag=r.headers.get("etag"), last_modified=r.headers.get("last-modified"))
        except httpx.TooManyRedirects as e:
            raise FetchError(url, f"too many redirects: {e}", retryable=False) from e
        except httpx.TransportError as e:
            raise FetchError(url, f"{type(e).__name__}: {e}", retryable=True) from e
