"""ACCESS Newswire (formerly Accesswire) releases (www.accessnewswire.com/newsroom/..., www.accesswire.com).

The release sits in `#articlebody` / `.article-body`; the dateline reads
"NEW YORK, NY / ACCESS Newswire / May 1, 2025 / ..." ("/ ACCESSWIRE /" before the 2025 rebrand).

    >>> matches("https://www.accessnewswire.com/newsroom/en/blockchain-and-cryptocurrency/acme-1001234"), \\
    ...     matches("https://www.accesswire.com/viewarticle.aspx?id=812345")
    (True, True)
"""

from __future__ import annotations

from flows.pages.base import CHROME, Layout, host_matches, parse_with
from models.provenance import Page

VERSION = 1
NAME = f"accesswire@{VERSION}"
LAYOUT = Layout(NAME, publisher="ACCESS Newswire",
                containers=("#articlebody", ".articlebody", "#article-body", ".article-body", ".article-content",
                            "[itemprop=articleBody]", "article", "main", "body"),
                chrome=CHROME + (".social-share", ".share-buttons", ".article-tags", ".related-articles",
                                 ".newsroom-sidebar"),
                timestamps=(".article-date time", ".article-date", ".release-date"))


def matches(url: str) -> bool:
    return host_matches(url, "accesswire.com", "accessnewswire.com")


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    return parse_with(LAYOUT, content, url, content_type)
