"""PR Newswire releases (www.prnewswire.com/news-releases/...).

The release sits in `<section class="release-body container">`; the headline in `header.release-header h1`, the
wire's timestamp in `p.mb-no` ("Nov 10, 2025, 08:30 ET"). The dateline reads
"LAS VEGAS, Nov. 3, 2025 /PRNewswire/ -- ...". The closing "View original content..." line is dropped.

    >>> matches("https://www.prnewswire.com/news-releases/bitdeer-announces-october-2025-302609913.html")
    True
"""

from __future__ import annotations

import re

from flows.pages.base import CHROME, Layout, host_matches, parse_with
from models.provenance import Page

VERSION = 1
NAME = f"prnewswire@{VERSION}"
LAYOUT = Layout(NAME, publisher="PR Newswire",
                containers=("section.release-body", ".release-body", "[itemprop=articleBody]", ".article-body",
                            "article", "main", "body"),
                chrome=CHROME + (".social-share", ".share-icons", ".release-sidebar", ".prn-related", ".img-gallery",
                                 ".logo-container"),
                timestamps=(".release-header .mb-no", "p.mb-no", ".release-meta .mb-no"),
                drop=re.compile(r"View original content( to download multimedia)?:", re.I))


def matches(url: str) -> bool:
    return host_matches(url, "prnewswire.com")


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    return parse_with(LAYOUT, content, url, content_type)
