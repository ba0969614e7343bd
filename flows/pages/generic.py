"""Generic page parser: the article body of any page as blocks of text (layout: flows/pages/base.py).

The container is the first of itemprop=articleBody, .article-body, .main-body-container, article, main, #content,
.post-content, .entry-content, body; site chrome (header, nav, footer, aside, figure, scripts, price tickers,
share and related links) is left out.

Version 2 (lxml instead of BeautifulSoup) reads the same text on the recorded web; it differs from version 1 on
<br> (a space, was nothing), on <p> inside <li> (no longer repeated), on spacer columns and "$" cells of tables
(dropped / glued) and on pages that declare a wrong charset.

    >>> parse(b"<html><body><article><h1>Acme mined 5 BTC</h1><p>NEW YORK, Aug. 4, 2025 -- Acme mined 5 BTC."
    ...       b"</p></article></body></html>", "https://example.com/a").published
    datetime.date(2025, 8, 4)
"""

from __future__ import annotations

from flows.pages.base import Layout, PageError, looks_like_html, parse_with
from flows.pages.meta import parse_date
from models.provenance import Page

VERSION = 2
NAME = f"generic@{VERSION}"
LAYOUT = Layout(NAME, containers=("[itemprop=articleBody]", ".article-body", ".main-body-container", "article", "main",
                                  "#content", ".post-content", ".entry-content", "body"))

__all__ = ["LAYOUT", "NAME", "PageError", "looks_like_html", "matches", "parse", "parse_date"]


def matches(url: str) -> bool:
    """The generic parser is the last resort, never chosen by host."""
    return False


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    """Parse one page. Raises PageError when it is not HTML or has no article text."""
    return parse_with(LAYOUT, content, url, content_type)
