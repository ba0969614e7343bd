"""HTML -> Page(title, text, published, ...): one small versioned parser per wire layout, trafilatura for news.

Every parser module has NAME ("<name>@<version>", stored with each document as `text_extractor`), `matches(url)`
on the host and `parse(content, url, content_type) -> Page`; they share one text layout (flows/pages/base.py), the
coordinate system of evidence offsets.

Dispatch (`parse_page`): an explicit parser name (a source's `parser = "..."`) is used as given; otherwise
("auto" or none) the wire whose `matches(url)` is true, else `news` (trafilatura), which itself falls back to
`generic` when trafilatura finds no article.

    >>> parser_for("https://www.globenewswire.com/news-release/2025/08/04/1/0/en/x.html")
    'globenewswire'
    >>> parser_for("https://cointelegraph.com/news/x"), parser_for("https://www.sec.gov/Archives/edgar/data/1/2/a.htm")
    ('news', 'edgar')
"""

from __future__ import annotations

from flows.pages import accesswire, businesswire, edgar, generic, globenewswire, news, newsfile, prnewswire
from flows.pages.base import PageError, looks_like_html
from models.provenance import Page

WIRES = (globenewswire, prnewswire, businesswire, accesswire, newsfile, edgar)
PARSERS = {m.NAME.split("@")[0]: m for m in (*WIRES, news, generic)}

__all__ = ["PARSERS", "Page", "PageError", "looks_like_html", "parse_page", "parser_for"]


def parser_for(url: str) -> str:
    """The parser auto-dispatch picks for a URL: a wire by host, else 'news'."""
    return next((m.NAME.split("@")[0] for m in WIRES if m.matches(url)), "news")


def parse_page(content: bytes, url: str, content_type: str = "text/html", parser: str | None = None) -> Page:
    """Parse fetched bytes with the named parser ("globenewswire", "generic", ... or "name@version"), or by URL when
    parser is None or "auto". Raises PageError for non-HTML or empty pages, and for an unknown parser name."""
    name = (parser or "auto").split("@")[0].strip().lower()
    if name == "auto":
        name = parser_for(url)
    if name not in PARSERS:
        raise PageError(f"unknown page parser {parser!r}: use one of {', '.join(sorted(PARSERS))} or auto")
    return PARSERS[name].parse(content, url, content_type)
