"""News sites: trafilatura finds the article, we lay it out; generic when trafilatura finds nothing.

trafilatura (`bare_extraction`, the function behind `trafilatura.extract`, with include_tables=True and
favor_precision=True) runs on our own lxml tree, after our metadata is read and our chrome selectors (tickers,
share and related links) are removed. Its body XML is laid out like every other parser (base.py): headline,
blank-line separated blocks, "- " list items, tables one row per line with cells joined by " | ". The date,
title, publisher and language are ours (meta.py), never trafilatura's date guess, which can land on an update
stamp. On the recorded web (fixtures/http) the text is the same as generic's, character for character.

    >>> page = parse(b'<html lang="en-GB"><head><meta property="og:site_name" content="Mining Daily"></head><body>'
    ...              b'<article><h1>Acme mined 700 BTC in July</h1><p>' + b"Acme, a listed miner, produced 700 BTC "
    ...              b"in July and held 9,100 BTC at the end of the month, it said on Monday. " * 3 + b"</p>"
    ...              b"</article></body></html>", "https://mining-daily.example/acme")
    >>> page.text_extractor, page.publisher, page.language, page.text.splitlines()[0]
    ('news@1', 'Mining Daily', 'en', 'Acme mined 700 BTC in July')
"""

from __future__ import annotations

import logging

from lxml import etree

from flows.pages import generic, meta
from flows.pages.base import CHROME, clean, drop, first, load, table_rows, xml_safe, xpath
from models.provenance import Page

VERSION = 1
NAME = f"news@{VERSION}"
logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it logs every page it finds too short at WARNING
_OPTIONS = {"include_tables": True, "favor_precision": True, "include_comments": False, "include_images": False,
            "include_links": False, "include_formatting": False, "with_metadata": False, "fast": True}


def matches(url: str) -> bool:
    """Chosen by the dispatcher for every host without a wire parser, not by host."""
    return False


def _blocks(body: etree._Element) -> list[str]:
    for lb in body.iter("lb"):
        lb.tail = " " + xml_safe(lb.tail) if lb.tail else " "
    out = []
    for el in body:
        if el.tag == "list":
            out += ["- " + t for item in el if item.tag == "item" and (t := clean("".join(item.itertext())))]
        elif el.tag == "table":
            rows = [[(clean("".join(c.itertext())), 1) for c in row if c.tag == "cell"] for row in el.iter("row")]
            out.append(table_rows(rows))
        elif el.tag != "graphic":
            out.append(clean("".join(el.itertext())))
    return [b for b in out if b]


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    """Parse one news page. Raises PageError when it is not HTML or has no article text."""
    import trafilatura

    root = load(content, content_type)
    info = meta.PageMeta(root)
    container = first(root, generic.LAYOUT.containers)
    title = info.title(container if container is not None else root)
    stamp = info.timestamp(())
    canonical, publisher, language = info.canonical(url), info.publisher(), info.language()
    for el in xpath(CHROME)(root):
        drop(el)
    doc = trafilatura.bare_extraction(root, url=url, **_OPTIONS)
    body = getattr(doc, "body", None)
    out = [b for b in _blocks(body) if b != title] if body is not None else []
    if not out:
        return generic.parse(content, url, content_type)
    published, source = info.published(out[:4], stamp)
    return Page(title=title, text="\n\n".join([title, *out] if title else out) + "\n", published=published,
                canonical_url=canonical, text_extractor=NAME, publisher=publisher, language=language,
                published_source=source)
