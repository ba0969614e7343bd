"""Figures told again from an older dated report, whose relative dates are that report's.

A court ruling of March 2025 says: "The opinion also refers to Argo's operational update of October 7, 2022, in which
the company reported 203 BTC mined the previous month and said it held 246 BTC at the end of September." The previous
month is September 2022 and the end of September is 2022-09-30, counted from the update, not from the ruling. So are
the sentences that go on about the same report ("In that report, the company said it mined 1,177 bitcoin ...").
"""

from __future__ import annotations

import datetime as dt
import re

from extractors import periods as P
from extractors.base import Candidate, DocContext

_DATE_WITH_YEAR = rf"(?:(?:{P.MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}\s+(?:{P.MONTH})\.?,?\s+(?:19|20)\d\d)"
_REPORT = r"(?:update|release|report|filing|letter|statement|announcement|results|10-K|10-Q|8-K|6-K|prospectus)"
# "its operational update of October 7, 2022", "a press release dated November 3, 2021", "its October 4, 2022 update",
# "On November 15, 2021, Marathon issued a press release stating"
_DATED_REPORT = re.compile(rf"\b{_REPORT}\s+(?:of|dated|issued\s+on|published\s+on|released\s+on|filed\s+on)\s+"
                           rf"(?P<a>{_DATE_WITH_YEAR})|"
                           rf"\b(?P<b>{_DATE_WITH_YEAR}),?\s+(?:operational\s+|operations\s+|production\s+|monthly\s+|"
                           rf"press\s+|shareholder\s+)?{_REPORT}\b|"
                           rf"^\W*On\s+(?P<c>{_DATE_WITH_YEAR}),\s+[^.;]{{0,80}}?\b(?:issued|published|released|"
                           rf"announced|filed|reported|disclosed|stated|said)\b", re.I)
# a sentence that goes on about the report just named: "In that report, ...", "The release stated that ..."
_SAME_REPORT = re.compile(rf"\W*(?:In\s+(?:that|the|this)\s+(?:same\s+)?{_REPORT}|In\s+it\b|"
                          rf"(?:The|That)\s+(?:same\s+)?(?:press\s+)?{_REPORT}\s+(?:also\s+)?(?:stated|said|explained|added|"
                          rf"noted|reported|described|disclosed|showed)|It\s+(?:also\s+)?(?:stated|said|reported|added|"
                          rf"noted|disclosed))\b", re.I)
_STOCKS = ("btc_held", "hashrate", "loan")
_FLOWS = ("btc_mined", "btc_sold")
_PREVIOUS_MONTH_AFTER = re.compile(r"\s*(?:BTC|bitcoins?)?\s*(?:mined|produced|sold|self-mined)?\s*(?:in|during)?\s*"
                                   r"(?:the\s+(?:previous|prior|preceding)|last)\s+month\b", re.I)
_AT_LEAST_DAYS_BEFORE = 60  # (a report of the same weeks dates nothing differently)


def _report_day(ctx: DocContext, text: str, upto: int | None = None) -> dt.date | None:
    """The day of the last dated report `text` names (before `upto`)."""
    found = list(_DATED_REPORT.finditer(text, 0, len(text) if upto is None else upto))
    if not found:
        return None
    m = found[-1]
    days = [p for p in P.find_periods(m.group(m.lastgroup or "a"), ctx.published, ctx.fy_end_month, ctx.dmy)
            if p.kind == "date" and p.has_year]
    return days[0].end if days else None


def date_quoted_reports(ctx: DocContext, cands: list[Candidate]) -> None:
    """Re-date the figures of sentences that tell an older report's contents by that report's day."""
    if ctx.published is None or not cands or _DATED_REPORT.search(ctx.text) is None:
        return
    days: dict[int, dt.date | None] = {}
    for c in cands:
        key = c.sent.start
        if key not in days:
            days[key] = _day_of(ctx, c)
        day = days[key]
        if day is None or c.period_end is None or c.period_end <= day:
            continue
        if c.type in _FLOWS and _PREVIOUS_MONTH_AFTER.match(c.sent.text, c.q_end):
            # "reported 203 BTC mined the previous month": the month before the report's
            last = day.replace(day=1) - dt.timedelta(days=1)
            c.period_start, c.period_end = last.replace(day=1), last
        elif "no_year" in c.flags:
            years = 1  # "held 246 BTC at the end of September": the last September by the report's day
            while P.end_moved(c.period_end, -years) > day:
                years += 1
            _move(c, -12 * years)
        elif c.period_default or "period_inferred" in c.flags:
            if c.type not in _STOCKS or c.hashrate_kind == "target":
                continue
            c.period_start, c.period_end = None, day
        elif c.period_end.day >= 28 and (c.period_start is None or c.period_start.day == 1) \
                and c.hashrate_kind != "target":
            # "203 BTC mined the previous month": the month before the report's, counted as from publication
            pub = ctx.published
            _move(c, -((pub.year - day.year) * 12 + pub.month - day.month))
        else:
            continue
        c.flags.discard("no_year")
        c.flags.discard("period_inferred")
        c.period_default = False


def _day_of(ctx: DocContext, c: Candidate) -> dt.date | None:
    text = c.sent.text
    day = _report_day(ctx, text, c.q_start)
    if day is None and _SAME_REPORT.match(text):
        para = ctx.text.rfind("\n\n", 0, c.sent.start)
        day = _report_day(ctx, ctx.text[para + 2 if para >= 0 else 0:c.sent.start])
    if day is None or (ctx.published - day).days < _AT_LEAST_DAYS_BEFORE:
        return None
    return day


def _move(c: Candidate, months: int) -> None:
    """The candidate's period moved by whole months (a month's end stays a month's end)."""
    def moved(d: dt.date, end: bool) -> dt.date:
        n = d.year * 12 + d.month - 1 + months
        y, m = divmod(n, 12)
        if end and d.day >= 28:
            return P.month_end(y, m + 1)
        return d.replace(year=y, month=m + 1, day=min(d.day, 28))
    c.period_start = moved(c.period_start, False) if c.period_start else None
    c.period_end = moved(c.period_end, True) if c.period_end else None
