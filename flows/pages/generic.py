"""Generic page parser: the article body of a wire release or news page as blocks of text.

Text layout (the coordinate system for evidence offsets): the headline, then each block separated by a blank
line. A block is a paragraph, a heading, a list item ("- " + text) or a whole table (one row per line, cells
joined by " | "). Site chrome (header, nav, footer, aside, figure, scripts, price tickers) is left out.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings

import dateparser
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag

from models.provenance import Page

VERSION = 1
NAME = f"generic@{VERSION}"
_CONTAINERS = ["[itemprop=articleBody]", ".article-body", ".main-body-container", "article", "main", "#content",
               ".post-content", ".entry-content", "body"]
_CHROME = ["script", "style", "noscript", "nav", "header", "footer", "aside", "figure", "form", "iframe", "svg",
           "button", ".ticker", ".price-ticker", ".related", ".share", ".byline", ".advert", ".ad"]
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "blockquote", "pre", "dd", "dt"}
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'/-]{1,60},\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|"
                       r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}))")
_DATE_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


class PageError(ValueError):
    """The page is not HTML, or holds no text."""


def looks_like_html(content: bytes) -> bool:
    head = content[:2048].lower()
    return b"<html" in head or b"<!doctype html" in head or b"<body" in head or b"<p>" in head or b"<div" in head


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    """Parse one page. Raises PageError when it is not HTML or has no article text."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if not content.strip():
        raise PageError("empty page: the response had no body")
    if ctype and ctype not in ("text/html", "application/xhtml+xml", "text/plain", "") and not looks_like_html(content):
        raise PageError(f"not HTML: content-type {ctype}")
    if b"\x00" in content[:4096] or not looks_like_html(content):
        raise PageError(f"not HTML: no markup found (content-type {ctype or 'none'})")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(content, "lxml")
    published = _published(soup)
    canonical = soup.find("link", rel="canonical")
    container = next((c for sel in _CONTAINERS if (c := soup.select_one(sel)) is not None), soup)
    title = _title(soup, container)
    for sel in _CHROME:
        for el in container.select(sel):
            el.decompose()
    blocks = [b for b in _blocks(container) if b and b != title]
    if not blocks:
        raise PageError("empty page: no article text found")
    if published is None:
        published = _dateline_date(blocks[0])
    text = "\n\n".join([title, *blocks] if title else blocks) + "\n"
    return Page(title=title, text=text, published=published,
                canonical_url=canonical.get("href") if isinstance(canonical, Tag) else None, text_extractor=NAME)


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _title(soup: BeautifulSoup, container: Tag) -> str:
    h1 = container.find("h1") or soup.find("h1")
    if isinstance(h1, Tag) and _clean(h1.get_text("")):
        return _clean(h1.get_text(""))
    og = soup.find("meta", property="og:title")
    if isinstance(og, Tag) and og.get("content"):
        return _clean(str(og["content"]))
    return _clean(soup.title.get_text("")) if soup.title else ""


def _blocks(container: Tag) -> list[str]:
    out = []
    for el in container.find_all(_BLOCKS):
        if el.find_parent(_BLOCKS - {"li"}) is not None and el.name != "table":
            continue  # nested inside another block: its text is already there
        if el.name == "table":
            if el.find_parent("table") is not None:
                continue
            rows = [" | ".join(_clean(td.get_text("")) for td in tr.find_all(["td", "th"])) for tr in el.find_all("tr")]
            out.append("\n".join(r for r in rows if r.strip(" |")))
        elif el.name == "li":
            if el.find_parent("li") is not None:
                continue
            out.append("- " + _clean(el.get_text("")))
        else:
            out.append(_clean(el.get_text("")))
    if not out:  # text straight in divs
        out = [_clean(line) for line in container.get_text("\n").split("\n") if _clean(line)]
    return out


def _published(soup: BeautifulSoup) -> dt.date | None:
    """Publication date from page metadata: article:published_time, JSON-LD datePublished, <time>."""
    for attrs in ({"property": "article:published_time"}, {"name": "article:published_time"},
                  {"itemprop": "datePublished"}, {"name": "pubdate"}, {"name": "publish-date"},
                  {"name": "parsely-pub-date"}, {"name": "DC.date.issued"}, {"name": "date"}):
        meta = soup.find("meta", attrs=attrs)
        if isinstance(meta, Tag) and (d := parse_date(str(meta.get("content", "")))):
            return d
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        for item in data if isinstance(data, list) else [data, *data.get("@graph", [])] if isinstance(data, dict) \
                else []:
            if isinstance(item, dict) and (d := parse_date(str(item.get("datePublished", "")))):
                return d
    art = soup.find("article")
    t = (art or soup).find("time", datetime=True) if art else None
    if isinstance(t, Tag) and (d := parse_date(str(t["datetime"]))):
        return d
    return None


def _dateline_date(first_block: str) -> dt.date | None:
    m = _DATELINE.match(first_block)
    return parse_date(m.group("date")) if m else None


def parse_date(s: str) -> dt.date | None:
    """ISO 8601 first (fast), then dateparser for wire-style dates ('Aug. 04, 2025')."""
    s = s.strip()
    if not s:
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    d = dateparser.parse(s, languages=["en"], settings=_DATE_SETTINGS)  # type: ignore[arg-type]
    return d.date() if d else None
