"""Shared machinery of the page parsers: bytes -> str -> lxml tree -> container -> blocks -> Page.

Text layout (the coordinate system for evidence offsets, identical in every parser): the headline, then each
block separated by a blank line. A block is a paragraph, a heading, a list item ("- " + text) or a whole table
(one row per line, cells joined by " | "). Inline markup is dropped without adding spaces, so a footnote marker
stays glued as in the source ("395 BTC<sup>1</sup>" -> "395 BTC1"); <br> and block children (a <p> in a table
cell) become a space.

A parser is a `Layout` (where the article is, what is chrome) handed to `parse_with`:

    >>> page = parse_with(Layout("demo@1", containers=("#story",), chrome=(".share",)),
    ...                   b"<html><body><h1>T</h1><div id=story><p>Mined 5 BTC<sup>1</sup>.</p>"
    ...                   b"<div class=share>Tweet</div></div></body></html>", "https://x.test/a")
    >>> page.text
    'T\\n\\nMined 5 BTC1.\\n'
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from flows.pages import meta
from models.provenance import Page

# the block elements of the text layout; anything nested inside one is part of its text
BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "blockquote", "pre", "dd", "dt"})
# inline elements: in loose-text layouts (EDGAR) any other element ends the running paragraph
INLINE = frozenset({"a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "img", "ins", "kbd",
                    "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
                    "tt", "u", "var", "wbr", "nobr", "br"})
CHROME = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "figure", "form", "iframe",
          "svg", "button", "select", "input", "dialog", ".ticker", ".price-ticker", ".related", ".share", ".byline",
          ".advert", ".ad", "[aria-hidden=true]", "[hidden]")
_WS = re.compile(r"\s+")
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # lxml refuses them in text; \f (EDGAR page breaks) -> space
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_LATIN = {"ascii", "latin-1", "iso8859-1", "cp1252"}  # WHATWG: all of these labels mean windows-1252
_CURRENCY = {"$", "US$", "C$", "CA$", "A$", "€", "£", "¥"}
_CLOSERS = {")", "%", ")%", "%)"}


class PageError(ValueError):
    """The page is not HTML, or holds no text."""


@dataclass(frozen=True)
class Layout:
    """Where a site puts its article and what around it is chrome.

    containers: CSS selectors tried in order; the first that matches anything gives the article container.
    chrome: CSS selectors removed inside the container (and from what trafilatura sees in `news`).
    timestamps: CSS selectors of the site's own date element (datetime attribute or text), read after the dateline.
    loose_text: text directly inside divs/fonts (EDGAR exhibits) makes paragraphs too, not only <p>.
    dateline_blocks: how many leading blocks may hold the release dateline.
    drop: blocks matching this are left out (EDGAR page numbers).
    title_from_blocks: when the page has no usable headline (EDGAR), the first short non-sentence block is it.
    """

    name: str
    publisher: str | None = None
    containers: tuple[str, ...] = ("body",)
    chrome: tuple[str, ...] = CHROME
    timestamps: tuple[str, ...] = ()
    loose_text: bool = False
    dateline_blocks: int = 4
    drop: re.Pattern[str] | None = None
    title_from_blocks: bool = False


def looks_like_html(content: bytes) -> bool:
    head = content[:2048].lower()
    return b"<html" in head or b"<!doctype html" in head or b"<body" in head or b"<p>" in head or b"<div" in head


def host_matches(url: str, *domains: str) -> bool:
    """True when the URL's host is one of the domains or a subdomain of one.

    >>> host_matches("https://www.globenewswire.com/news-release/2025/08/04/1/0/en/x.html", "globenewswire.com")
    True
    >>> host_matches("https://notglobenewswire.com/x", "globenewswire.com")
    False
    """
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:  # "http://[::1" and the like
        return False
    return any(host == d or host.endswith("." + d) for d in domains)


def clean(s: str) -> str:
    return _WS.sub(" ", s).strip()


# --- bytes -> str -------------------------------------------------------------------------------------------------

def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in _LATIN else name


def decode(content: bytes, content_type: str = "") -> str:
    """Bytes to text: BOM, then a strict UTF-8 trial, then the declared charset (header, then meta), then cp1252.

    UTF-8 is tried before any declaration because a wrong declaration is common and valid UTF-8 with non-ASCII
    bytes is almost never anything else; iso-8859-1 and ascii labels mean windows-1252, as browsers read them.

    >>> decode("caf\u00e9 \u20ac".encode("utf-8"), "text/html; charset=iso-8859-1")
    'café €'
    >>> decode("\u201cq\u201d".encode("cp1252"), "text/html; charset=utf-8")
    '“q”'
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if content.startswith(bom):
            return content[len(bom):].decode(enc, "replace")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    header = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type or "", re.I)
    found = _CHARSET.search(content[:4096])
    for label in (header.group(1) if header else None, found.group(1).decode("ascii") if found else None):
        enc = _codec(label)
        if enc and enc not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
            try:
                return content.decode(enc)
            except UnicodeDecodeError:
                continue
    return content.decode("cp1252", "replace")


def xml_safe(s: str) -> str:
    """Text lxml accepts back into the tree (character references can put control characters in it)."""
    return _CONTROL.sub("", s).replace("\f", " ")


def load(content: bytes, content_type: str = "text/html") -> lxml.html.HtmlElement:
    """Validate and parse: raises PageError for empty or non-HTML bytes."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if not content.strip():
        raise PageError("empty page: the response had no body")
    if ctype and ctype not in ("text/html", "application/xhtml+xml", "text/plain", "") and not looks_like_html(content):
        raise PageError(f"not HTML: content-type {ctype}")
    probe = decode(content[:4096]).encode() if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
        else content
    if b"\x00" in probe[:4096] or not looks_like_html(probe):
        raise PageError(f"not HTML: no markup found (content-type {ctype or 'none'})")
    text = xml_safe(_XML_DECL.sub("", decode(content, content_type), count=1))
    try:
        return lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as e:
        raise PageError(f"not HTML: {e}") from e


# --- a small CSS subset compiled to XPath -----------------------------------------------------------------------

_COMPOUND = re.compile(r"""([a-zA-Z*][\w-]*)|#([\w-]+)|\.([\w-]+)"""
                       r"""|\[([\w:-]+)(?:([*^~]?=)\s*["']?([^"'\]]*?)["']?\s*)?\]""")


def _compound(sel: str) -> str:
    tag, preds, pos = "*", [], 0
    while pos < len(sel):
        m = _COMPOUND.match(sel, pos)
        if not m:
            raise ValueError(f"unsupported selector {sel!r}")
        t, ident, cls, attr, op, val = m.groups()
        if t:
            tag = t.lower()
        elif ident:
            preds.append(f"@id='{ident}'")
        elif cls:
            preds.append(f"contains(concat(' ',normalize-space(@class),' '),' {cls} ')")
        elif not op:
            preds.append(f"@{attr}")
        elif op == "=":
            preds.append(f"@{attr}='{val}'")
        elif op == "*=":
            preds.append(f"contains(@{attr},'{val}')")
        elif op == "^=":
            preds.append(f"starts-with(@{attr},'{val}')")
        else:  # ~=
            preds.append(f"contains(concat(' ',normalize-space(@{attr}),' '),' {val} ')")
        pos = m.end()
    return tag + "".join(f"[{p}]" for p in preds)


@lru_cache(maxsize=512)
def xpath(selectors: str | tuple[str, ...]) -> etree.XPath:
    """CSS selectors (tag, #id, .class, [attr], [attr=v], [attr*=v], descendant and '>' combinators; a tuple or a
    comma list is a union) as one compiled XPath over descendants, in document order.

    >>> xpath("div.share a").path
    ".//div[contains(concat(' ',normalize-space(@class),' '),' share ')]//a"
    """
    parts = selectors if isinstance(selectors, tuple) else tuple(s for s in selectors.split(","))
    out = []
    for sel in parts:
        expr, axis = ".", "//"
        for tok in re.findall(r">|(?:[^\s>\[]|\[[^\]]*\])+", sel.strip()):
            if tok == ">":
                axis = "/"
                continue
            expr += axis + _compound(tok)
            axis = "//"
        out.append(expr)
    return etree.XPath(" | ".join(out))


def first(root: etree._Element, selectors: Iterable[str]) -> etree._Element | None:
    """The first element matching the first selector that matches anything."""
    for sel in selectors:
        found = xpath(sel)(root)
        if found:
            return found[0]
    return None


def drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text, as BeautifulSoup's decompose does."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = xml_safe((prev.tail or "") + el.tail)
        else:
            parent.text = xml_safe((parent.text or "") + el.tail)
    parent.remove(el)


# --- container -> blocks -----------------------------------------------------------------------------------------

_BREAKING = ("p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "dd",
             "dt", "blockquote", "pre", "section", "article", "center", "address", "hr")


def text_of(el: etree._Element) -> str:
    """An element's text, inline markup glued ("BTC<sup>1</sup>" -> "BTC1"), block children apart
    ("<td><p>Three Months</p><p>Ended</p></td>" -> "Three Months Ended")."""
    if next(el.iterdescendants(*_BREAKING), None) is None:
        return clean("".join(el.itertext()))
    parts: list[str] = []

    def walk(e: etree._Element) -> None:
        if e.text:
            parts.append(e.text)
        for child in e:
            apart = child.tag in _BREAKING
            if apart:
                parts.append(" ")
            if isinstance(child.tag, str):
                walk(child)
            if apart:
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return clean("".join(parts))


def table_rows(rows: list[list[tuple[str, int]]]) -> str:
    """Rows of (cell text, colspan) -> one line per row, cells joined by " | ", columns kept aligned.

    A lone currency symbol cell is glued to the next filled cell and a lone ")" or "%" to the previous one (EDGAR
    tables split "$ 1,234" and "12" "%" into cells); slots a header spans over (colspan) are one column; columns
    empty in every row (spacers) are dropped.

    >>> print(table_rows([[("Metric", 1), ("", 1), ("May 2025", 2)],
    ...                   [("BTC mined", 1), ("", 1), ("$", 1), ("650.5", 1)],
    ...                   [("Up", 1), ("", 1), ("4", 1), ("%", 1)]]))
    Metric | May 2025
    BTC mined | $650.5
    Up | 4%
    """
    grid: list[list[str]] = []
    continued: set[int] = set()  # slots covered by some row's colspan
    for row in rows:
        texts = [t for t, _ in row]
        for i, t in enumerate(texts):
            if t in _CURRENCY and (j := next((k for k in range(i + 1, len(texts)) if texts[k]), None)) is not None:
                texts[j], texts[i] = t + texts[j], ""
            elif t in _CLOSERS and (j := next((k for k in range(i - 1, -1, -1) if texts[k]), None)) is not None:
                texts[j], texts[i] = texts[j] + t, ""
        slots: list[str] = []
        for t, (_, span) in zip(texts, row, strict=True):
            slots.append(t)
            for _ in range(min(span, 50) - 1):
                continued.add(len(slots))
                slots.append("")
        grid.append(slots)
    columns: list[list[int]] = []
    for j in range(max((len(r) for r in grid), default=0)):
        if j in continued and columns:
            columns[-1].append(j)
        else:
            columns.append([j])
    columns = [c for c in columns if any(r[j] for r in grid for j in c if j < len(r))]
    lines = []
    for r in grid:
        cells = [" ".join(r[j] for j in c if j < len(r) and r[j]) for c in columns if c[0] < len(r)]
        while len(cells) > 1 and not cells[-1]:
            cells.pop()
        if (line := " | ".join(cells)).strip(" |"):
            lines.append(line)
    return "\n".join(lines)


_BULLET = re.compile(r"^(?:[●•◦▪■□·‣⁃∙o*–-]|\(?[a-z0-9]{1,3}[.)])$")


def _html_table(table: etree._Element) -> list[str]:
    """A table's block: its rows; or list items when it only lays out bullets (EDGAR: "●" cell, text cell)."""
    rows = []
    for tr in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
        row = []
        for td in tr:
            if td.tag in ("td", "th"):
                span = td.get("colspan", "1")
                row.append((text_of(td), int(span) if span.isdigit() and int(span) > 0 else 1))
        rows.append(row)
    filled = [[t for t, _ in r if t] for r in rows]
    if filled and all(len(f) == 2 and _BULLET.match(f[0]) for f in filled if f) and any(filled):
        return ["- " + f[1] for f in filled if f]
    return [table_rows(rows)]


def blocks(container: etree._Element, loose_text: bool = False) -> list[str]:
    """The container's top-level blocks in document order (see the module docstring for the layout)."""
    for br in container.iter("br"):
        br.tail = " " + xml_safe(br.tail) if br.tail else " "
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            if t := clean("".join(buf)):
                out.append(t)
            buf.clear()

    def walk(el: etree._Element) -> None:
        if loose_text and el.text:
            buf.append(el.text)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in BLOCKS:
                flush()
                if tag == "table":
                    out.extend(_html_table(child))
                elif tag == "li":
                    out.append("- " + text_of(child))
                else:
                    out.append(text_of(child))
            elif loose_text and tag in INLINE and not any(
                    isinstance(d.tag, str) and d.tag not in INLINE for d in child.iterdescendants()):
                buf.append("".join(child.itertext()))
            else:
                if loose_text and tag:
                    flush()
                walk(child)
                if loose_text and tag:
                    flush()
            if loose_text and child.tail:
                buf.append(child.tail)

    walk(container)
    flush()
    out = [b for b in out if b.strip(" -")]
    if not out:  # text straight in divs
        out = [t for line in "\n".join(container.itertext()).split("\n") if (t := clean(line))]
    return out


# --- the whole page ----------------------------------------------------------------------------------------------

def parse_tree(layout: Layout, root: lxml.html.HtmlElement, url: str) -> Page:
    """Parse an already loaded tree (which is modified)."""
    info = meta.PageMeta(root)
    container = first(root, layout.containers)
    if container is None:
        container = root.find("body") if root.find("body") is not None else root
    title = info.title(container)
    stamp = info.timestamp(layout.timestamps)
    chrome = xpath(layout.chrome)(container)
    for el in chrome:
        drop(el)
    out = blocks(container, layout.loose_text)
    if layout.drop is not None:
        out = [b for b in out if not layout.drop.match(b)]
    if layout.title_from_blocks and (not title or meta.WEAK_TITLE.match(title)):
        title = meta.title_from_blocks(out) or title
    out = [b for b in out if b != title]
    if not out:
        raise PageError("empty page: no article text found")
    published, source = info.published(out[:layout.dateline_blocks], stamp)
    text = "\n\n".join([title, *out] if title else out) + "\n"
    return Page(title=title, text=text, published=published, canonical_url=info.canonical(url),
                text_extractor=layout.name, publisher=info.publisher() or layout.publisher,
                language=info.language(), published_source=source)


def parse_with(layout: Layout, content: bytes, url: str, content_type: str = "text/html") -> Page:
    """Parse one page with a layout. Raises PageError when it is not HTML or has no article text."""
    return parse_tree(layout, load(content, content_type), url)
