"""Runtime settings from the environment (MINERWIRE_*); defaults live here.

HTTP settings (used by flows/fetch.py; every one has a default, so `Settings(...)` built by hand in tests may
leave them out):

| field | env | default | meaning |
|---|---|---|---|
| user_agent | MINERWIRE_USER_AGENT | DEFAULT_USER_AGENT below | `{contact}` in it is filled in |
| contact | MINERWIRE_CONTACT | "" (the default UA then says ops@minerwire.example) | e-mail for the User-Agent |
| connect_timeout_s | MINERWIRE_CONNECT_TIMEOUT_S | 10 | TCP/TLS connect |
| read_timeout_s | MINERWIRE_READ_TIMEOUT_S | 20 | longest silence while waiting for bytes |
| timeout_s | MINERWIRE_TIMEOUT_S | 60 | wall-clock cap on one whole response (headers and body) |
| host_delay_s | MINERWIRE_HOST_DELAY_S | 1.0 | gap between requests to one host (unless host_intervals_s) |
| host_intervals_s | MINERWIRE_HOST_INTERVALS | sec.gov=0.1 | `domain=seconds,...`, merged over the default; |
|  |  |  | a domain covers its subdomains |
| host_concurrency | MINERWIRE_HOST_CONCURRENCY | 1 | requests in flight to one host |
| retries | MINERWIRE_RETRIES | 3 | retries after the first attempt (so at most 4 requests) |
| backoff_base_s | MINERWIRE_BACKOFF_BASE_S | 1.0 | full jitter: retry n waits uniform(0, base * 2**(n-1)) |
| backoff_max_s | MINERWIRE_BACKOFF_MAX_S | 60 | cap on one backoff delay |
| retry_after_max_s | MINERWIRE_RETRY_AFTER_MAX_S | 120 | a longer Retry-After gives up (retryable FetchError) |
| max_redirects | MINERWIRE_MAX_REDIRECTS | 5 | redirects followed per request |
| robots_ttl_s | MINERWIRE_ROBOTS_TTL_S | 86400 | how long a robots.txt is trusted |
| crawl_delay_max_s | MINERWIRE_CRAWL_DELAY_MAX_S | 60 | cap on a robots.txt Crawl-delay |

Run settings: `lock_wait_s` (MINERWIRE_LOCK_WAIT_S, default 0) is how long a second ingest waits for the first
before exiting (flows/lock.py); `write_wait_s` (MINERWIRE_WRITE_WAIT_S, default 60) how long one short write (a
batch of documents, a review decision) waits for another process's; MINERWIRE_WORKERS (default 4) is how many
sources are gathered at once.

Example: `Settings(...).http_user_agent` with contact "data@acme.com" and the default template is
`minerwire/0.1 (+https://github.com/minerwire/minerwire; contact: data@acme.com)`; with
MINERWIRE_USER_AGENT="acme-bot/2.0" it is `acme-bot/2.0 (contact: data@acme.com)`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_USER_AGENT = "minerwire/0.1 (+https://github.com/minerwire/minerwire; contact: {contact})"
PLACEHOLDER_CONTACT = "ops@minerwire.example"
# SEC EDGAR: at most 10 requests per second, and a User-Agent naming a contact
DEFAULT_HOST_INTERVALS = {"sec.gov": 0.1}


@dataclass(frozen=True)
class Settings:
    db_path: Path
    user_agent: str
    timeout_s: float
    host_delay_s: float
    max_bytes: int
    cron: str
    contact: str = ""
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    retries: int = 3
    backoff_base_s: float = 1.0
    backoff_max_s: float = 60.0
    retry_after_max_s: float = 120.0
    max_redirects: int = 5
    host_concurrency: int = 1
    host_intervals_s: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_HOST_INTERVALS))
    robots_ttl_s: float = 86400.0
    crawl_delay_max_s: float = 60.0
    lock_wait_s: float = 0.0
    write_wait_s: float = 60.0

    @property
    def data_dir(self) -> Path:
        return self.db_path.parent

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"

    @property
    def http_user_agent(self) -> str:
        """The User-Agent header sent: `user_agent` with the contact filled in or appended."""
        return compose_user_agent(self.user_agent, self.contact)


def compose_user_agent(user_agent: str, contact: str) -> str:
    """Put a contact into a User-Agent.

    >>> compose_user_agent("bot/1 (contact: {contact})", "a@b.com")
    'bot/1 (contact: a@b.com)'
    >>> compose_user_agent("bot/1", "a@b.com")
    'bot/1 (contact: a@b.com)'
    >>> compose_user_agent("bot/1 a@b.com", "a@b.com")
    'bot/1 a@b.com'
    """
    if "{contact}" in user_agent:
        return user_agent.replace("{contact}", contact or PLACEHOLDER_CONTACT)
    if contact and contact not in user_agent:
        return f"{user_agent} (contact: {contact})"
    return user_agent


def parse_host_intervals(text: str) -> dict[str, float]:
    """'sec.gov=0.1, example.com=2' -> {'sec.gov': 0.1, 'example.com': 2.0}"""
    out = {}
    for part in re.split(r"[,\s]+", text.strip()):
        if part:
            host, _, seconds = part.partition("=")
            out[host.strip().lower().lstrip(".")] = float(seconds)
    return out


def load_settings(db: str | os.PathLike[str] | None = None) -> Settings:
    """Settings from MINERWIRE_* variables; `db` overrides MINERWIRE_DB."""
    env = os.environ
    return Settings(
        db_path=Path(db or env.get("MINERWIRE_DB") or PROJECT_DIR / "data" / "minerwire.duckdb"),
        user_agent=env.get("MINERWIRE_USER_AGENT", DEFAULT_USER_AGENT),
        timeout_s=float(env.get("MINERWIRE_TIMEOUT_S", "60")),
        host_delay_s=float(env.get("MINERWIRE_HOST_DELAY_S", "1.0")),
        max_bytes=int(env.get("MINERWIRE_MAX_BYTES", str(10 * 1024 * 1024))),
        cron=env.get("MINERWIRE_CRON", "*/15 * * * *"),
        contact=env.get("MINERWIRE_CONTACT", "").strip(),
        connect_timeout_s=float(env.get("MINERWIRE_CONNECT_TIMEOUT_S", "10")),
        read_timeout_s=float(env.get("MINERWIRE_READ_TIMEOUT_S", "20")),
        retries=int(env.get("MINERWIRE_RETRIES", "3")),
        backoff_base_s=float(env.get("MINERWIRE_BACKOFF_BASE_S", "1.0")),
        backoff_max_s=float(env.get("MINERWIRE_BACKOFF_MAX_S", "60")),
        retry_after_max_s=float(env.get("MINERWIRE_RETRY_AFTER_MAX_S", "120")),
        max_redirects=int(env.get("MINERWIRE_MAX_REDIRECTS", "5")),
        host_concurrency=int(env.get("MINERWIRE_HOST_CONCURRENCY", "1")),
        host_intervals_s=DEFAULT_HOST_INTERVALS | parse_host_intervals(env.get("MINERWIRE_HOST_INTERVALS", "")),
        robots_ttl_s=float(env.get("MINERWIRE_ROBOTS_TTL_S", "86400")),
        crawl_delay_max_s=float(env.get("MINERWIRE_CRAWL_DELAY_MAX_S", "60")),
        lock_wait_s=float(env.get("MINERWIRE_LOCK_WAIT_S", "0")),
        write_wait_s=float(env.get("MINERWIRE_WRITE_WAIT_S", "60")),
    )
