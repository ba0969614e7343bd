"""Newsfile releases (www.newsfilecorp.com/release/<id>/...).

The release sits in `#release` / `.release-body`; the dateline reads
"Toronto, Ontario--(Newsfile Corp. - March 3, 2025) - ...". The closing "To view the source version of this
press release..." line is dropped.

    >>> matches("https://www.newsfilecorp.com/release/243999/Acme-Mining-Reports-February-2025-Production")
    True
"""

from __future__ import annotations

import re

from flows.pages.base import CHROME, Layout, host_matches, parse_with
from models.provenance import Page

VERSION = 1
NAME = f"newsfile@{VERSION}"
LAYOUT = Layout(NAME, publisher="Newsfile",
                containers=("#release", ".release-body", "[itemprop=articleBody]", ".article-body", "article",
                            "main", "body"),
                chrome=CHROME + (".release-share", ".social-share", ".release-tools", ".related-releases",
                                 ".company-releases"),
                timestamps=(".release-date time", ".release-date"),
                drop=re.compile(r"To view the source version of this press release", re.I))


def matches(url: str) -> bool:
    return host_matches(url, "newsfilecorp.com")


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    return parse_with(LAYOUT, content, url, content_type)
