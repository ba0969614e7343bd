"""HTML -> Page(title, text, published). One module per wire layout when the generic parser is not enough."""

from __future__ import annotations

from flows.pages import generic
from flows.pages.generic import PageError, looks_like_html
from models.provenance import Page

PARSERS = {"generic": generic}

__all__ = ["PARSERS", "Page", "PageError", "looks_like_html", "parse_page"]


def parse_page(content: bytes, url: str, content_type: str = "text/html", parser: str | None = None) -> Page:
    """Parse fetched bytes with the named parser (default generic); raises PageError for non-HTML or empty pages."""
    return PARSERS.get(parser or "generic", generic).parse(content, url, content_type)
