r"""SEC EDGAR exhibits (www.sec.gov/Archives/edgar/data/<cik>/<accession>/ex99-1.htm).

Flat HTML from filing agents: no article container, text straight in <div>/<font> as often as in <p>, tables with
spacer columns and "$" in cells of their own, bullets laid out as one-row tables, page numbers between pages,
usually no <title> worth having. So loose text makes paragraphs, bullet tables become "- " items, the headline is
the first short block that is not "Exhibit 99.1", and the date comes from the release dateline the exhibit
repeats ("CASTLE ROCK, Colo., Oct. 4, 2022 (GLOBE NEWSWIRE) --"). Plain-text exhibits (ex99.txt) are read as
paragraphs, with space-aligned table lines turned into " | " rows.

    >>> matches("https://www.sec.gov/Archives/edgar/data/1167419/000116741925000042/ex99-1.htm")
    True
    >>> matches("https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany")
    False
    >>> txt = (b"EXHIBIT 99.1\n\nAcme Reports July 2025 Production\n\nDENVER, Aug. 4, 2025 /PRNewswire/ -- Acme "
    ...        b"mined 5 BTC.\n\n   BTC mined      5      4\n   BTC held      90     85\n")
    >>> page = parse(txt, "https://www.sec.gov/Archives/edgar/data/1/2/ex99.txt", "text/plain")
    >>> page.title, page.published
    ('Acme Reports July 2025 Production', datetime.date(2025, 8, 4))
    >>> page.text.splitlines()[-2:]
    ['BTC mined | 5 | 4', 'BTC held | 90 | 85']
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flows.pages import meta
from flows.pages.base import CHROME, Layout, PageError, clean, decode, host_matches, looks_like_html, parse_with
from models.provenance import Page

VERSION = 1
NAME = f"edgar@{VERSION}"
LAYOUT = Layout(NAME, publisher="SEC EDGAR", containers=("body",),
                chrome=CHROME + ("[style*=display:none]", "[style*='display: none']"),
                loose_text=True, dateline_blocks=8, title_from_blocks=True,
                drop=re.compile(r"(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|Page \d+ of \d+$|Table of Contents$", re.I))
_GAP = re.compile(r"\S(?: {2,}|\t)\S")


def matches(url: str) -> bool:
    return host_matches(url, "sec.gov") and urlsplit(url).path.lower().startswith("/archives/edgar/")


def parse(content: bytes, url: str, content_type: str = "text/html") -> Page:
    ctype = (content_type or "").split(";")[0].strip().lower()
    if content.strip() and b"\x00" not in content[:4096] and not looks_like_html(content) and (
            ctype == "text/plain" or urlsplit(url).path.lower().endswith(".txt")):
        return _parse_text(decode(content, content_type))
    return parse_with(LAYOUT, content, url, content_type)


def _parse_text(text: str) -> Page:
    if (start := text.find("<TEXT>")) >= 0:  # an SGML-wrapped document
        text = text[start + 6:text.find("</TEXT>", start) if "</TEXT>" in text[start:] else None]
    blocks = []
    for para in re.split(r"\n[ \t\f]*\n", text.replace("\r\n", "\n")):
        lines = [ln for ln in para.split("\n") if ln.strip()]
        if len(lines) >= 2 and sum(bool(_GAP.search(ln.strip())) for ln in lines) >= 2:
            blocks.append("\n".join(" | ".join(re.split(r" {2,}|\t+", ln.strip())) for ln in lines))
        elif b := clean(para):
            blocks.append(b)
    blocks = [b for b in blocks if not LAYOUT.drop.match(b)]  # type: ignore[union-attr]
    if not blocks:
        raise PageError("empty page: no article text found")
    title = meta.title_from_blocks(blocks) or ""
    blocks = [b for b in blocks if b != title]
    published = meta.dateline_date(blocks[:LAYOUT.dateline_blocks])
    return Page(title=title, text="\n\n".join([title, *blocks] if title else blocks) + "\n", published=published,
                text_extractor=NAME, publisher=LAYOUT.publisher, published_source="dateline" if published else None)
