"""Periods that a 10-Q or 10-K names only through its headings.

A filing's management's discussion says "We mined 591 bitcoin in the current-year quarter compared with 1,009
bitcoin in the prior-year quarter" under the heading "Three Months Ended June 30, 2024 and 2023", and "At quarter end,
our self-mining operational hashrate was approximately 8.7 EH/s" in a report "For the quarterly period ended June 30,
2024". Those words mean nothing without the heading or the cover, so this module reads them from there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from extractors import periods as P
from extractors.base import Candidate, DocContext

# the cover or title of a filing, early in the text
_FILING_MARK = re.compile(r"\bFORM\s+(?:10-[KQ]|20-F|40-F)\b|\b(?:QUARTERLY|ANNUAL|TRANSITION)\s+REPORT\b|"
                          r"\bForm\s+(?:10-[KQ]|20-F|40-F)\b|\bManagement['’]s\s+Discussion\s+and\s+Analysis\b")
_DATE = rf"(?:{P.MONTH})\.?\s+\d{{1,2}},?\s+20\d\d"
# "For the quarterly period ended June 30, 2024", "for the fiscal year ended September 30, 2024"
_COVER = re.compile(rf"\b(?P<span>quarterly\s+period|quarter|three\s+months|six\s+months|nine\s+months|"
                    rf"(?:fiscal\s+)?year|transition\s+period)\s+ended\s+(?P<date>{_DATE})", re.I)
# a heading line: "Three Months Ended June 30, 2024 and 2023", "Comparison of the Nine Months Ended September 30,
# 2024 and 2023", "Fiscal Year Ended September 30, 2024 Compared to Fiscal Year Ended September 30, 2023"
_HEADING = re.compile(rf"^[ \t]*(?:[A-Z][\w ]{{0,40}}?\s)?(?:the\s+)?(?P<span>three\s+months|six\s+months|nine\s+months|"
                      rf"twelve\s+months|quarter|(?:fiscal\s+)?years?)\s+ended\s+(?P<date>{_DATE})[^\n.]{{0,80}}$",
                      re.I | re.M)
_MONTHS = {"three": 3, "quarter": 3, "quarterly": 3, "six": 6, "nine": 9, "twelve": 12, "fiscal": 12, "year": 12,
           "years": 12}

# the words that name the filing's periods, each with what it means
_NAMED = re.compile(
    r"\b(?P<prior_q>(?:the\s+)?(?:prior|previous|comparable)[- ]year(?:['’]s)?\s+(?:fiscal\s+)?quarter|"
    r"(?:the\s+)?year[- ]ago\s+quarter|last\s+year['’]s\s+(?:first|second|third|fourth)\s+quarter|"
    r"the\s+same\s+quarter\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+year)\b|"
    r"\b(?P<prior_p>(?:the\s+)?(?:prior|previous|comparable)[- ]year\s+period|"
    r"the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+year|the\s+prior\s+period)\b|"
    r"\b(?P<cur_q>(?:the\s+)?(?:current|current[- ]year|this)\s+(?:fiscal\s+)?quarter)\b|"
    r"\b(?P<cur_p>(?:the\s+)?current(?:[- ]year)?\s+period)\b|"
    r"\b(?P<ytd>year[- ]to[- ]date)\b|"
    r"\b(?P<prior_y>(?:the\s+)?(?:prior|previous|preceding)\s+(?:fiscal\s+)?year)\b(?![- ]?(?:quarter|period|end))|"
    r"\b(?P<cur_y>(?:the\s+)?current\s+(?:fiscal\s+)?year|(?:during|in|for|over)\s+the\s+(?:fiscal\s+)?year)\b"
    r"(?![- ]?(?:quarter|period|end)|\s+ended)",
    re.I)
# a balance at the end of the filing's period: "At quarter end, our ... hashrate was", "As of year end"
_AT_END = re.compile(r"\b(?:at|as\s+of)\s+(?:the\s+)?(?:quarter|period|year|fiscal\s+year)[- ]end\b|"
                     r"\bat\s+the\s+end\s+of\s+the\s+(?:current\s+)?(?:quarter|period|(?:fiscal\s+)?year)\b", re.I)
_YEAR_EARLIER_AFTER = re.compile(r"\W{0,3}(?:[\w/]+\s+){0,2}?(?:a\s+year\s+(?:earlier|ago|before)|"
                                 r"at\s+the\s+(?:prior|previous)\s+year[- ]end)\b", re.I)
_TABLE_ROW = re.compile(r"\||\t|\S {3,}\S")  # (a table's columns say their own periods)
_FLOWS = ("btc_mined", "btc_sold")
_STOCKS = ("btc_held", "hashrate")


@dataclasses.dataclass(frozen=True)
class _Span:
    start: dt.date
    end: dt.date

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def year_back(self) -> _Span:
        return _Span(P.year_back(self.start), P.end_moved(self.end, -1))


def _span(kind: str, date_text: str, ctx: DocContext) -> _Span | None:
    found = P.find_periods(date_text, ctx.published, ctx.fy_end_month, ctx.dmy)
    if not found or found[0].kind != "date":
        return None
    end = found[0].end
    return _Span(P.months_back(end, _MONTHS.get(kind.split()[0].lower(), 3)), end)


def _sections(ctx: DocContext) -> tuple[_Span | None, list[tuple[int, _Span]]]:
    """The filing's own period (from its cover) and its headings' periods with where each heading starts."""
    cover_match = _COVER.search(ctx.text, 0, 1500)
    cover = _span(cover_match["span"], cover_match["date"], ctx) if cover_match else None
    heads = [(m.start(), s) for m in _HEADING.finditer(ctx.text) if (s := _span(m["span"], m["date"], ctx))]
    return cover, heads


def date_filing_periods(ctx: DocContext, cands: list[Candidate]) -> None:
    """Give the figures of a filing's narrative the periods its headings name ('in the current-year quarter',
    'compared with 1,954 bitcoin in the prior-year period', 'At quarter end', 'up from 17.7 EH/s a year earlier')."""
    if not cands or _FILING_MARK.search(ctx.text, 0, 3000) is None:
        return
    cover, heads = _sections(ctx)
    if cover is None and not heads:
        return
    by_sent: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.type in _FLOWS + _STOCKS and c.hashrate_kind != "target" and _TABLE_ROW.search(c.sent.text) is None:
            by_sent.setdefault(id(c.sent), []).append(c)
    for group in by_sent.values():
        sent = group[0].sent
        section = next((s for at, s in reversed(heads) if at < sent.start), cover)
        if section is None:
            continue
        named = list(_NAMED.finditer(sent.text))
        current = None
        for c in sorted(group, key=lambda c: c.q_start):
            if _dated_right_after(ctx, sent.text, c, named):
                continue  # "compared with 824 bitcoin in the three months ended December 31, 2021": its own
            if c.type in _FLOWS:
                m = _governing(sent.text, named, c)
                if m is None:
                    continue
                span = _meaning(m, section, cover, current, ctx)
                if span is None:
                    continue
                if m.lastgroup in ("cur_q", "cur_p", "cur_y", "ytd"):
                    current = span
                _set(c, span.start, span.end)
            elif (later := _YEAR_EARLIER_AFTER.match(sent.text, c.q_end)) is not None and _AT_END.search(sent.text):
                _set(c, None, P.end_moved(section.end, -1))
            elif (end := _AT_END.search(sent.text, 0, c.q_start)) is not None \
                    and not _dated_between(ctx, sent.text, end.end(), c.q_start):
                _set(c, None, section.end)


def _governing(text: str, named: list[re.Match], c: Candidate) -> re.Match | None:
    """The period words that govern a figure: the first right after it (before any other figure), else the last
    before it in its clause-run with no other figure between."""
    after = next((m for m in named if m.start() >= c.q_end and m.start() - c.q_end <= 40
                  and not _FIGURE.search(text, c.q_end, m.start())), None)
    if after is not None:
        return after
    return next((m for m in reversed(named) if m.end() <= c.q_start and ";" not in text[m.end():c.q_start]
                 and not _FIGURE.search(text, m.end(), c.q_start)), None)


_FIGURE = re.compile(r"(?<![\w.])(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?(?![\w.])(?!,\s+20\d\d)")  # (not a date's day)


def _meaning(m: re.Match, section: _Span, cover: _Span | None, current: _Span | None,
             ctx: DocContext) -> _Span | None:
    kind = m.lastgroup
    quarter = section if section.months == 3 else cover if cover is not None and cover.months == 3 else None
    year = section if section.months == 12 else cover if cover is not None and cover.months == 12 else None
    if kind == "cur_q":
        return quarter
    if kind == "prior_q":
        return quarter.year_back() if quarter else None
    if kind == "cur_p":
        return section
    if kind == "prior_p":
        return (current or section).year_back()
    if kind == "ytd":
        end = (cover or section).end
        return _Span(P.fy_start(end.year + (end.month > ctx.fy_end_month), ctx.fy_end_month), end)
    if kind == "cur_y":
        return year
    if kind == "prior_y":
        return year.year_back() if year else None
    return None


def _dated_right_after(ctx: DocContext, text: str, c: Candidate, named: list[re.Match]) -> bool:
    stop = next((m.start() for m in named if m.start() >= c.q_end), len(text))
    if (figure := _FIGURE.search(text, c.q_end, stop)) is not None:
        stop = figure.start()
    return _YEAR_EARLIER_AFTER.match(text, c.q_end) is None and _dated_between(ctx, text, c.q_end, min(c.q_end + 40, stop))


def _dated_between(ctx: DocContext, text: str, start: int, end: int) -> bool:
    return bool(P.find_periods(text[start:end], ctx.published, ctx.fy_end_month, ctx.dmy))


def _set(c: Candidate, start: dt.date | None, end: dt.date) -> None:
    c.period_start, c.period_end = start, end
    c.period_default = c.period_weak = False
    c.flags.discard("period_inferred")
    c.flags.discard("no_year")
