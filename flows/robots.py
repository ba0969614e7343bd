"""robots.txt for the fetcher: one copy per origin (scheme://host:port), fetched once and kept for a TTL.

The file is fetched by the caller (flows/fetch.py, with its User-Agent, pacing and timeouts) and parsed with
urllib.robotparser. What an answer means follows RFC 9309, section 2.3.1:

| robots.txt answer                          | rules                    | kept for      |
|--------------------------------------------|--------------------------|---------------|
| 2xx                                        | the file's rules         | ttl_s (24 h)  |
| 3xx left over, 4xx (404, 410, 401, 403...) | none: everything allowed | ttl_s         |
| 429, 5xx, timeout, connection error        | unreachable: nothing allowed | error_ttl_s (10 min) |

When a refetch finds robots.txt unreachable, the last good copy is used instead (RFC 9309 2.4). 429 counts as
unreachable, not as a 4xx: it asks us to slow down, not to crawl freely. urllib.robotparser applies the first
matching rule in file order (RFC 9309 prefers the longest match) and reads integer Crawl-delay values only.

Example:
    >>> cache = RobotsCache(lambda url: (200, b"User-agent: *\\nDisallow: /private/\\nCrawl-delay: 3\\n"), "minerwire")
    >>> rules = cache.rules("https://example.com/private/a.html")
    >>> rules.allows("https://example.com/private/a.html"), rules.allows("https://example.com/news"), rules.delay_s
    (False, True, 3.0)
    >>> RobotsCache(lambda url: (404, b""), "minerwire").rules("https://example.com/x").allows("https://example.com/x")
    True
    >>> RobotsCache(lambda url: (None, b""), "minerwire").rules("https://example.com/x").unreachable
    True
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

# robots URL -> (HTTP status, or None when the server could not be reached; body bytes)
RobotsFetch = Callable[[str], "tuple[int | None, bytes]"]


def robots_url(url: str) -> str:
    """'https://Example.com:8443/a/b?q' -> 'https://example.com:8443/robots.txt'"""
    return origin(url) + "/robots.txt"


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups match against: 'minerwire/0.1 (+https://...)' -> 'minerwire'."""
    m = re.match(r"[A-Za-z0-9_.-]+", user_agent.strip())
    return m.group(0).split("/")[0] if m else "*"


@dataclass(frozen=True)
class RobotsRules:
    """What one origin's robots.txt says; `status` None means the server could not be reached."""

    status: int | None
    agent: str
    parser: RobotFileParser | None = None

    @classmethod
    def from_response(cls, status: int | None, body: bytes, agent: str) -> RobotsRules:
        if status is None or not 200 <= status < 300:
            return cls(status, agent)
        parser = RobotFileParser()
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return cls(status, agent, parser)

    @property
    def unreachable(self) -> bool:
        """429, 5xx or no answer: RFC 9309 says assume everything is disallowed."""
        return self.status is None or self.status == 429 or self.status >= 500

    def allows(self, url: str) -> bool:
        if self.unreachable:
            return False
        return self.parser is None or self.parser.can_fetch(self.agent, url)

    @property
    def delay_s(self) -> float | None:
        """Crawl-delay, or Request-rate as seconds per request, for our agent (None when not given)."""
        if self.parser is None:
            return None
        delays = []
        if (d := self.parser.crawl_delay(self.agent)) is not None:
            delays.append(float(d))
        if (rate := self.parser.request_rate(self.agent)) is not None and rate.requests > 0:
            delays.append(rate.seconds / rate.requests)
        return max(delays) if delays else None


@dataclass(frozen=True)
class _Entry:
    rules: RobotsRules
    expires: float


class RobotsCache:
    """Robots rules per origin, fetched with `fetch` at most once per `ttl_s` (`error_ttl_s` after a failure).

    Thread-safe: concurrent callers for one origin wait for a single fetch.
    """

    def __init__(self, fetch: RobotsFetch, agent: str, ttl_s: float = 86400.0, error_ttl_s: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.fetch, self.agent, self.ttl_s, self.error_ttl_s, self.clock = fetch, agent, ttl_s, error_ttl_s, clock
        self._entries: dict[str, _Entry] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def cached(self, url: str) -> RobotsRules | None:
        """The rules already known for the URL's origin (even if expired), without fetching."""
        entry = self._entries.get(origin(url))
        return entry.rules if entry else None

    def rules(self, url: str) -> RobotsRules:
        """The rules for the URL's origin, fetching robots.txt when not cached or expired."""
        key = origin(url)
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            old = self._entries.get(key)
            if old and old.expires > self.clock():
                return old.rules
            status, body = self.fetch(key + "/robots.txt")
            rules = RobotsRules.from_response(status, body, self.agent)
            if rules.unreachable and old and not old.rules.unreachable:
                rules = old.rules  # keep the last good copy while the server is down
            ttl = self.error_ttl_s if status is None or status == 429 or status >= 500 else self.ttl_s
            self._entries[key] = _Entry(rules, self.clock() + ttl)
            return rules
