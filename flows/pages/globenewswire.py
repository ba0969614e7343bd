"""GlobeNewswire releases (www.globenewswire.com/news-release/...).

The release sits in `<div id="main-body-container" class="main-body-container article-body">`; the headline in
`.main-header-container h1`, the wire's timestamp in `.article-published time`. The dateline reads
"CASTLE ROCK, Colo., Oct. 04, 2022 (GLOBE NEWSWIRE) -- Riot Platforms, Inc. ...".

    >>> matches("https://www.globenewswire.com/news-release/2024/09/06/2942217/0/en/Iris-Energy.html")
    True
"""

from __future__ import annotations

from flows.pages.base import CHROME, Layout, host_matches, parse_with
from models.provenance import Page

VERSION = 1
NAME = f"globenewswire@{VERSION}"
LAYOUT = Layout(NAME, publisher="GlobeNewswire",
                containers=("#main-body-container", ".main-body-container", "[itemprop=articleBody]",
                            ".article-body", "article", "main", "body"),
                chrome=CHROME + (".main-tags", ".tags-container", ".article-social", ".social-share",
                                 "#related-links", ".related-links", ".gnw-media-carousel"),
                timestamps=(".article-published time", ".main-header-container time", ".article-meta .date"))


def matches(url: str) -> bool:
    return host_matches(url, "globenewswire.com")


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    return parse_with(LAYOUT, content, url, content_type)
