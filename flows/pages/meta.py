"""Page metadata: title, canonical URL, publisher, language and the publication date, by order of trust.

Publication date: `article:published_time` meta, then JSON-LD `datePublished` (in @graph or lists too), then the
other publication metas (pubdate, DC.date.issued, ...), then the release dateline in the first blocks of the text,
then a bare `<meta name="date">`, then the wire's own timestamp element or a <time> in the article. Never a
modified/updated stamp, a ticker or a copyright line: those are not read at all, and relative dates ("2 hours
ago") or dates missing a day are refused.

    >>> dateline_date(["VANCOUVER, British Columbia--(BUSINESS WIRE)--Jan. 5, 2026--Acme Corp. today said"])
    datetime.date(2026, 1, 5)
    >>> dateline_date(["Bitcoin miner Acme said on Tuesday, April 22, 2025, that it sold 10 BTC."]) is None
    True
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from urllib.parse import urljoin

from lxml import etree

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), start=1)}
_DATE = (rf"(?:(?P<mon>{_MONTH})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
         rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH}),?\s+(?P<year2>(?:19|20)\d\d))")
_DATE_RE = re.compile(rf"^\s*(?:[A-Z][a-z]+day,?\s+)?{_DATE}\b")
# "CITY, Date (GLOBE NEWSWIRE)", "CITY, Date /PRNewswire/", "CITY--(BUSINESS WIRE)--Date--",
# "City, Province--(Newsfile Corp. - Date) -", "CITY, ST / ACCESS Newswire / Date /"
_DATELINE = re.compile(
    rf"^\W{{0,3}}(?P<loc>[A-Z][\w .,'’&()/-]{{0,80}}?)\s*(?:,|--\s*\(\s*BUSINESS\s+WIRE\s*\)\s*--"
    rf"|[-–—]+\s*\(\s*Newsfile\s+Corp\.?\s*[-–—]|/\s*ACCESS\s*(?:WIRE|Newswire)\s*/)\s*{_DATE}\b")
_LOC_SMALL = {"and", "of", "de", "la", "le", "du", "des", "the", "am", "upon", "on"}
WEAK_TITLE = re.compile(r"^(?:ex(?:hibit)?[\s._-]*\d|.*\.html?$|document$|\d+$|untitled)", re.I)
_PUBLISHED_METAS = ("itemprop:datepublished", "datepublished", "pubdate", "publish-date", "publishdate",
                    "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
                    "og:published_time")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "pressrelease", "report", "scholarlyarticle", "techarticle", "liveblogposting"}
_NOT_ARTICLE_TIME = re.compile(r"ticker|price|quote|market|related|sidebar|widget|trending|update|modified", re.I)
_DATEPARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                        "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["custom-formats", "absolute-time"]}


def _date(year: str, mon: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), _MONTHS[mon[:3].lower()], int(day))
    except (KeyError, ValueError):
        return None


def _match_date(m: re.Match) -> dt.date | None:
    if m.group("mon"):
        return _date(m.group("year"), m.group("mon"), m.group("day"))
    return _date(m.group("year2"), m.group("mon2"), m.group("day2"))


def parse_date(s: str) -> dt.date | None:
    """A publication date string: ISO 8601, RFC 2822, 'Aug. 04, 2025', '4 August 2025', else dateparser (absolute
    dates with day, month and year only).

    >>> parse_date("2025-08-04T12:30:00Z"), parse_date("Aug. 04, 2025 08:30 ET")
    (datetime.date(2025, 8, 4), datetime.date(2025, 8, 4))
    """
    s = s.strip()
    if not s or len(s) > 100:
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if m := _DATE_RE.match(s):
        return _match_date(m)
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    if not re.search(r"\d{4}", s):
        return None
    import dateparser  # slow to import; rarely needed

    d = dateparser.parse(s, languages=["en"], settings=_DATEPARSER_SETTINGS)  # type: ignore[arg-type]
    return d.date() if d else None


def dateline_date(first_blocks: list[str]) -> dt.date | None:
    """The date of a wire dateline at the start of one of the first blocks."""
    for block in first_blocks:
        m = _DATELINE.match(block)
        if not m:
            continue
        words = re.findall(r"[^\s,/()\-]+", m.group("loc"))
        if len(words) <= 8 and all(not w[0].isalpha() or w[0].isupper() or w.lower() in _LOC_SMALL for w in words):
            return _match_date(m)
    return None


def title_from_blocks(blocks: list[str]) -> str | None:
    """A headline for pages without one (EDGAR exhibits): the first short block that is not a label or a sentence."""
    for b in blocks[:8]:
        words = b.split()
        if 4 <= len(words) <= 40 and "\n" not in b and not b.startswith("- ") and not b.endswith(".") \
                and not WEAK_TITLE.match(b) and dateline_date([b]) is None:
            return b
    return None


def norm_language(s: str | None) -> str | None:
    """'en-US', 'en_GB', 'EN' -> 'en'; anything that is not a language tag -> None."""
    if not s:
        return None
    primary = s.strip().lower().replace("_", "-").split("-")[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def _types(item: dict) -> set[str]:
    t = item.get("@type", [])
    return {str(x).lower() for x in (t if isinstance(t, list) else [t])}


def _ld_items(data: object, depth: int = 0):
    if depth > 4:
        return
    if isinstance(data, list):
        for x in data:
            yield from _ld_items(x, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_items(data["@graph"], depth + 1)


def _name(x: object) -> str | None:
    if isinstance(x, list):
        x = x[0] if x else None
    if isinstance(x, dict):
        x = x.get("name") or x.get("alternateName")
    return str(x).strip() if isinstance(x, str) and x.strip() else None


class PageMeta:
    """Metadata of one parsed page (read before the chrome is removed)."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.metas: dict[str, str] = {}
        for m in root.iter("meta"):
            content = m.get("content")
            if content is None:
                continue
            for attr in ("property", "name", "itemprop", "http-equiv"):
                if key := m.get(attr):
                    self.metas.setdefault(key.strip().lower(), content.strip())
                    if attr == "itemprop":
                        self.metas.setdefault("itemprop:" + key.strip().lower(), content.strip())
        self._ld: list[dict] | None = None

    @property
    def ld(self) -> list[dict]:
        """JSON-LD items, article types first."""
        if self._ld is None:
            items: list[dict] = []
            for script in self.root.iter("script"):
                if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
                    continue
                try:
                    items.extend(_ld_items(json.loads(script.text, strict=False)))
                except ValueError:
                    continue
            self._ld = sorted(items, key=lambda i: not (_types(i) & _ARTICLE_TYPES))
        return self._ld

    def title(self, container: etree._Element) -> str:
        for scope in (container, self.root):
            for h1 in scope.iter("h1"):
                if t := " ".join("".join(h1.itertext()).split()):
                    return t
                break
        if t := self.metas.get("og:title"):
            return " ".join(t.split())
        t = self.root.find(".//title")
        return " ".join("".join(t.itertext()).split()) if t is not None else ""

    def canonical(self, url: str) -> str | None:
        hrefs = [h for link in self.root.iter("link") if "canonical" in (link.get("rel") or "").lower().split()
                 and (h := (link.get("href") or "").strip())]
        for href in [*hrefs[:1], self.metas.get("og:url")]:
            try:
                if href:
                    return urljoin(url, href)
            except ValueError:  # a malformed URL ("http://[::1")
                continue
        return None

    def publisher(self) -> str | None:
        if name := self.metas.get("og:site_name"):
            return name
        return next((n for i in self.ld if (n := _name(i.get("publisher")))), None)

    def language(self) -> str | None:
        if lang := norm_language(self.root.get("lang") or self.root.get("xml:lang")):
            return lang
        if lang := norm_language(self.metas.get("og:locale")):
            return lang
        for i in self.ld:
            lang = i.get("inLanguage")
            if lang := norm_language(_name(lang) if isinstance(lang, dict | list) else lang):
                return lang
        return norm_language(self.metas.get("content-language") or self.metas.get("language"))

    def timestamp(self, selectors: tuple[str, ...]) -> dt.date | None:
        """The wire's own timestamp element, else a <time> inside the article (not in a ticker or sidebar)."""
        from flows.pages.base import xpath

        candidates = list(xpath(selectors)(self.root)) if selectors else []
        candidates += [t for t in self.root.iterfind(".//article//time")
                       if not any(a.tag in ("nav", "footer", "aside") or _NOT_ARTICLE_TIME.search(a.get("class", ""))
                                  for a in t.iterancestors())]
        for el in candidates:
            s = el.get("datetime") or el.get("content") or " ".join("".join(el.itertext()).split())
            if d := parse_date(s):
                return d
        return None

    def published(self, first_blocks: list[str], stamp: dt.date | None) -> tuple[dt.date | None, str | None]:
        """(date, where it came from: meta | json-ld | dateline | timestamp)."""
        for key in ("article:published_time",):
            if (s := self.metas.get(key)) and (d := parse_date(s)):
                return d, "meta"
        for item in self.ld:
            if (s := item.get("datePublished")) and (d := parse_date(str(s[0] if isinstance(s, list) else s))):
                return d, "json-ld"
        for key in _PUBLISHED_METAS:
            if (s := self.metas.get(key)) and (d := parse_date(s)):
                return d, "meta"
        if d := dateline_date(first_blocks):
            return d, "dateline"
        if (s := self.metas.get("date")) and (d := parse_date(s)):  # some sites fill it at render time
            return d, "meta"
        return (stamp, "timestamp") if stamp else (None, None)
