"""SEC EDGAR: from a company's filings feed to the press releases filed as exhibit 99.

A miner's 8-K (or a foreign issuer's 6-K) carries its press release as exhibit 99.1. The company's Atom feed
(browse-edgar ... &type=8-K&output=atom) lists filings; each entry links to the filing's index page, whose
document table names every file with its type:

    Seq | Description    | Document           | Type
    1   | FORM 8-K       | riot-20250805.htm  | 8-K
    2   | PRESS RELEASE  | ex99-1.htm         | EX-99.1

`exhibit_links` reads that table and returns the EX-99 documents' absolute URLs.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup

_EX99 = re.compile(r"^EX-99(?:\.\d+)?$", re.I)


def exhibit_links(index_html: bytes, base_url: str) -> list[str]:
    """EX-99.x documents listed on a filing index page, in order, as absolute URLs (HTML and text only)."""
    soup = BeautifulSoup(index_html, "lxml")
    out: list[str] = []
    for row in soup.find_all("tr"):
        cells = row.find_all("td")
        if len(cells) < 4 or not _EX99.match(cells[3].get_text(strip=True)):
            continue
        a = cells[2].find("a", href=True)
        if a is None:
            continue
        href = a["href"]
        if href.startswith("/ix?doc="):  # inline-XBRL viewer link: the document itself is the doc= path
            href = href[len("/ix?doc="):]
        url = urljoin(base_url, href)
        if re.search(r"\.(?:htm|html|txt)$", url, re.I) and url not in out:
            out.append(url)
    return out
