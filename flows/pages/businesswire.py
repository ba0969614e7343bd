"""Business Wire releases (www.businesswire.com/news/home/<id>/en/...).

The release sits in `<div class="bw-release-story">`; the wire's timestamp in `.bw-release-timestamp time`. The
dateline reads "VANCOUVER, British Columbia--(BUSINESS WIRE)--Jan. 5, 2026--" (often with no date at all, then
the timestamp gives it).

    >>> matches("https://www.businesswire.com/news/home/20260105406118/en/MARA-Announces-December-2025")
    True
"""

from __future__ import annotations

from flows.pages.base import CHROME, Layout, host_matches, parse_with
from models.provenance import Page

VERSION = 1
NAME = f"businesswire@{VERSION}"
LAYOUT = Layout(NAME, publisher="Business Wire",
                containers=(".bw-release-story", "#bw-release-story", "[itemprop=articleBody]", ".article-body",
                            "article", "main", "body"),
                chrome=CHROME + (".bw-release-social", ".bw-share", ".bw-release-sidebar", ".bw-related",
                                 ".bw-release-multimedia"),
                timestamps=(".bw-release-timestamp time", ".bw-release-timestamp"))


def matches(url: str) -> bool:
    return host_matches(url, "businesswire.com")


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    return parse_with(LAYOUT, content, url, content_type)
