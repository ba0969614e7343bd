"""A chart's data written as one line of period labels and figures.

Investor decks and chart captions give a series as "Monthly BTC production (chart data labels): Apr 374 | May 466 |
Jun 555", "BTC earned — Jan 456 | Feb 387 | Mar 359" or "Deployed self-mining hash rate (EH/s): Q4'21 3.1 | Q1'22 4.7 |
Jan'23E 12.5". Each item is a fact of the metric the line (or the chart title right above it) names, for the item's
own period; an item marked E (an estimate) is a hashrate target, and no BTC fact.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors import btc_held, btc_mined, btc_sold
from extractors import periods as P
from extractors.amounts import parse_number
from extractors.base import Candidate, DocContext, Sent, company_for

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "Apr", "Oct-25", "Jan'23", "Jan 2024", "Q4'21", "Q1 2023", "Q2-25", "Mar 31", each maybe "E" (an estimate)
_LABEL = (rf"(?P<label>{_MON}(?:[-'’](?P<yy>\d\d)(?!\d)|\s+(?P<yyyy>20\d\d))?(?:\s+(?P<day>[1-3]?\d)(?![\d,.]))?"
          r"|Q[1-4](?:\s*['’-]?\s*(?:\d\d|20\d\d))?)(?P<est>E)?")
_ITEM = re.compile(rf"{_LABEL}\s*:?\s+(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)")
_CELL_SPLIT = re.compile(r"\s+\|\s+|\s+[—–]\s+")
_HASH_WORDS = re.compile(r"\bhash\s?rate\b|\b[EP]H/s\b|\bexahash", re.I)
_KIND_WORDS = [("average", re.compile(r"\baverage\b", re.I)), ("energized", re.compile(r"\benergi[sz]ed\b", re.I)),
               ("deployed", re.compile(r"\bdeployed\b", re.I)), ("installed", re.compile(r"\binstalled\b", re.I))]
_BTC_MODULES = (btc_mined, btc_sold, btc_held)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_YEAR_IN_TEXT = re.compile(r"\b(20\d\d)\b")
_OUTPUT_WORDS = re.compile(r"\b(?:production|produced|earned)\b", re.I)
_PH_UNIT = re.compile(r"\bPH/s\b")
_DIGITS = re.compile(r"\d+")
_NOT_OWN = re.compile(r"\bunder\s+management\b|\bhost(?:ed|ing)\b|\bcustomers?\b|\bclients?\b|\bnetwork\b|\bpool\b|"
                      r"\bcloud\b|\bJV\b|\bjoint\s+venture\b", re.I)


def series_candidates(ctx: DocContext, row: Sent) -> list[Candidate]:
    """The items of a line that is a chart's series; [] for any other line."""
    text = row.text
    cells = list(_cell_spans(text))
    items: list[tuple[re.Match, int]] = []
    lead_end = None
    for a, b in cells:
        cell = text[a:b]
        m = _ITEM.fullmatch(cell) if lead_end is not None else _first_item(cell)
        if m is None:
            if items:
                return []  # a series runs to the line's end
            continue
        if _YEAR_NUMBER.fullmatch(m.group("num")):
            return []  # "| April 2025 | March 2025 |": a table's header of months, no figures
        if lead_end is None:
            lead_end = a + m.start()
        items.append((m, a))
    if len(items) < 2 or lead_end is None:
        return []
    named = text[:lead_end]  # the series' own name, else the chart title's above it
    if _HASH_WORDS.search(named) is None and _module_named(named) is None:
        named = f"{_title_above(ctx, row)} {named}"
    if _NOT_OWN.search(named):
        return []  # "Total hashrate under management (EH/s): Q4 2024: 25.3 | ...": hosted machines too
    hashes = _HASH_WORDS.search(named) is not None
    mod = None if hashes else _module_named(named)
    if not hashes and mod is None:
        return []
    flags: set[str] = set()
    company = company_for(ctx, row, 0, 0, flags)
    if company is None:
        return []
    year = _last_year(named)
    per_ph = 0.001 if hashes and _PH_UNIT.search(named) else 1.0
    kind = next((k for k, rx in _KIND_WORDS if rx.search(named)), "operational")
    out = []
    for m, at in items:
        period = _period_of(ctx, m, year)
        value = parse_number(m.group("num"))
        if period is None or value is None:
            continue
        start, end = at + m.start("num"), at + m.end("num")
        if hashes:
            c = Candidate("hashrate", company, round(value * per_ph, 10), "EH/s", row, start, end, "series",
                          hashrate_kind="target" if m.group("est") else kind, flags=set(flags))
            c.period_end = period[1]
        elif m.group("est") or (value == 0 and mod is not btc_held):
            continue  # a projected month of output is no fact, nor a month with none sold
        else:
            c = Candidate(mod.TYPE, company, value, "BTC", row, start, end, "series", flags=set(flags))
            c.period_start, c.period_end = (period[0] if mod is not btc_held else None), period[1]
        if not period[2]:
            c.flags.add("no_year")
        out.append(c)
    return out


def _cell_spans(text: str):
    """The line's cells as (start, end), parted by bars or dashes."""
    pos = 0
    for sep in _CELL_SPLIT.finditer(text):
        yield pos, sep.start()
        pos = sep.end()
    yield pos, len(text.rstrip())


def _first_item(cell: str) -> re.Match | None:
    """The first item at the end of a cell that opens with the series' name: 'Data labels: Jan 1,121'."""
    for m in _ITEM.finditer(cell):
        if m.end() == len(cell.rstrip()) and (m.start() == 0 or cell[:m.start()].rstrip().endswith((":", ")"))):
            return m
    return None


def _title_above(ctx: DocContext, row: Sent) -> str:
    """The short lines right above the series in its block, a chart's title and axis notes ('Chart: CleanSpark monthly
    bitcoin production, January-June 2024 (BTC)'), not a paragraph."""
    lines: list[str] = []
    end = ctx.text.rfind("\n", 0, row.start + 1)
    while end > 0 and len(lines) < 3:
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end]
        if not line.strip() or len(line) > 160:
            break
        lines.insert(0, line)
        end = start - 1
    return " ".join(lines)


def _module_named(text: str):
    """The BTC fact type a series' name gives, the one named last ('Monthly BTC production', 'BTC earned')."""
    found = [(m.end(), i) for i, mod in enumerate(_BTC_MODULES) for m in mod.LABEL.finditer(text)]
    found += [(m.end(), 0) for m in _OUTPUT_WORDS.finditer(text)]
    return _BTC_MODULES[max(found)[1]] if found else None


def _last_year(text: str) -> int | None:
    years = _YEAR_IN_TEXT.findall(text)
    return int(years[-1]) if years else None


def _period_of(ctx: DocContext, m: re.Match, year: int | None) -> tuple[dt.date | None, dt.date, bool] | None:
    """(start, end, has_year) of an item's label."""
    label = m.group("label")
    if label[0] == "Q":
        q = int(label[1])
        digits = _DIGITS.findall(label[2:])
        y = (2000 + int(digits[0]) if len(digits[0]) == 2 else int(digits[0])) if digits else year
        if y is None:
            return None
        first, last = P.quarter_by_end(y, q * 3)
        return first, last, True
    month = P.MONTH_NUM.get(label[:3].lower())
    if month is None:
        return None
    y = 2000 + int(m.group("yy")) if m.group("yy") else int(m.group("yyyy")) if m.group("yyyy") else year
    has_year = y is not None
    if y is None:
        y = P.past_year(month, ctx.published)
        if y is None:
            return None
    if m.group("day"):
        day = int(m.group("day"))
        if not 1 <= day <= P.month_end(y, month).day:
            return None
        return None, dt.date(y, month, day), has_year
    return dt.date(y, month, 1), P.month_end(y, month), has_year
