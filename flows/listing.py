"""News-listing pages (a miner's investor-relations "Press releases" page): the links to follow.

A listing is not an article: its text changes whenever a release is added. What matters are the links to the
releases themselves, on the same site, whose path looks like a release:

    <a href="/news-releases/news-release-details/riot-announces-october-2025-production">  -> followed
    <a href="/investors/events">, <a href="https://twitter.com/...">                        -> not followed
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from flows.dedupe import same_site

# release-like paths: a word such as news/press/release in the path and a slug or id after it
DEFAULT_FOLLOW = r"(?:news|press|release|announce)[^?#]*/[\w%-]{8,}"


def listing_links(content: bytes, base_url: str, follow: str | None = None, limit: int = 50) -> list[str]:
    """Absolute same-site links whose path matches `follow` (a regex; default DEFAULT_FOLLOW), in page order."""
    rx = re.compile(follow or DEFAULT_FOLLOW, re.I)
    out: list[str] = []
    for a in BeautifulSoup(content, "lxml").find_all("a", href=True):
        url = urljoin(base_url, a["href"]).split("#", 1)[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not same_site(url, base_url) \
                or url.rstrip("/") == base_url.rstrip("/"):
            continue
        if rx.search(parts.path) and url not in out:
            out.append(url)
            if len(out) >= limit:
                break
    return out

