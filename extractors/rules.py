"""Per-sentence rules: BTC figures (mined / sold / held), hashrates and loans, plus table rows and label lines.

Each function takes a Sent and the DocContext and returns Candidates; nothing here touches I/O.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from extractors import btc_held, btc_mined, btc_sold, hashrate, loan
from extractors import periods as P
from extractors.amounts import (AND_ANOTHER_BASE, CLAUSE_CHAR, MONTH_NAME, NUMBER, USD_FIGURE, WORD_MULT, WORD_NUMS,
                                Quantity, find_bare_millions, find_btc, find_hashrates, find_other_money, find_usd, parse_number)
from extractors.prefilter import NO_BITCOIN
from extractors.base import (BARE_LIST_BEFORE, BULLET_LINE, HEADING_START, section_period, HAS_SINCE, RECORD_BEFORE, NEW_SUBJECT, OPEN_BRACKET_BEFORE, PRESENT_AFTER, PRESENT_NEAR, REPORT_LAG_DAYS,
                             Candidate, DocContext,
                             Sent, anchor, bare_numbers_after_companies, company_for, default_as_of, flag_year,
                             list_heading, list_lead_in,
                             merge_to_date, month_of_the_list, nearest_period, past_report_period, period_is_weak, report_period_of,
                             quarter_named_for, respectively_pairs)
from extractors.companies import default_finder
from models.companies import Company

log = logging.getLogger(__name__)

BTC_MODULES = (btc_mined, btc_sold, btc_held)
_BTC_MODULE_OF = {mod.TYPE: mod for mod in BTC_MODULES}
# (and "spent about $249 million of the proceeds on 4,144 BTC")
_PURCHASE = re.compile(r"\b(?:bought|buys?|buying|purchas(?:e|ed|es|ing)|acquir(?:e|ed|es|ing))\b|"
                       r"\bspen(?:t|ds?|ding)\s+[^.;]{0,60}?\bon\s+(?:about\s+|roughly\s+|approximately\s+)?$", re.I)
# (not the qualifier "more than": "expects to reach more than 4.0 EH/s by 30 June"; but "more than the 420 BTC of May")
_COMPARISON = re.compile(r"\b(?:from|compar(?:ed|es) (?:to|with)|versus|vs\.?|against|relative to|"
                         r"(?<!more )(?<!less )(?<!fewer )(?<!greater )than|"
                         r"(?:more|less|fewer|greater) than(?=\s+the\b)|"
                         # "more than six times the 480 it generated in 2020", "double the 483 it mined a year earlier"
                         r"(?:times|twice|double|triple|half)(?=\s+the\b))\s*"
                         r"(?:the\s+)?(?:approximately|about|roughly|nearly|some|a record)?\s*"
                         # "Against April's 850 BTC, output fell 27%"
                         r"(?:(?:" + P.MONTH + r")['’]s\s+)?$", re.I)
_MULTIPLE_OF_BEFORE = re.compile(r"\b(?:times|twice|double|triple|half)\s+the\s+(?:approximately\s+|about\s+|roughly\s+)?$",
                                 re.I)
# ("or 17.2 bitcoin ($349k) a day": a value in brackets between)
_RATE_AFTER = re.compile(r"^(?:\s*\([^()]{1,30}\))?\W{0,3}(?:(?:mined|produced|earned)\s+)?(?:for\s+)?"
                         r"(?:per|a|each|every)\s+"
                         r"(?!(?:day|week|month|year)\s+(?:earlier|ago|before|prior|after|later)\b)"  # "from 516 BTC a month earlier"
                         # (nor an appositive: "self-mined 1,177 bitcoin, a month in which a winter storm ...")
                         r"(?!(?:day|week|month|year|quarter)\s+(?:in\s+which|when|that|of)\b)"
                         # "0.51 BTC per average operating exahash per day", "0.58 BTC per self-owned EH/s per day"
                         r"(?:(?:average|operating|operational|installed|deployed|realized|self[- ]owned|"
                         r"self[- ]mining)\s+){0,3}"
                         # ("Hut 8 holds about 0.11 BTC per share")
                         r"(?:day|week|month|hour|EH/s|EH\b|exahash|PH/s|petahash|(?:diluted\s+)?share)|"
                         r"^\s*/\s*(?:day|d)\b|"
                         r"^\s*(?:daily|a day)\b|"
                         # "Marathon produced about 34 bitcoin on the first day of December alone": one day's
                         # (but a balance "on the last day of the month" is that day's)
                         r"^\s*(?:on|in)\s+(?:the\s+|a\s+)?(?:first|single)\s+day\b|"
                         r"^\s*(?:on|in)\s+(?:the\s+|a\s+)?(?:last|final)\s+day\b(?!\s+of\s+(?:(?:the|its|this|that)\s+)?"
                         r"(?:month|quarter|year|fiscal|financial|period|calendar|(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)", re.I)
# "average daily self-mining production was approximately 2.4 bitcoin": "daily" may stand further off than "average"
# ("Avg. BTC Produced / Day | 16.5": a table row's label)
_RATE_BEFORE = re.compile(r"(?:\b(?:daily|per[- ]day|a day)\b|/\s*[Dd]ay\b)[^.;]{0,50}$|"
                          r"\b(?:average(?:d)?|avg)\b\.?[^.;]{0,30}$|"
                          # "On the first day of December alone, Marathon said, it produced 34 bitcoins": one day's
                          r"\b(?:first\s+day\s+of|(?:last|final)\s+day\s+of(?!\s+(?:(?:the|its)\s+)?(?:month|quarter|year|period|"
                          r"fiscal|calendar|financial|(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December))|in\s+a\s+single\s+day)\b[^.;]{0,55}$|"
                          # "each petahash of hashrate earned a little over 0.1 BTC over the month": a unit's
                          r"\beach\s+(?:petahash|exahash|terahash|[EPT]H/s|machine|miner|rig)\b[^.;]{0,40}$|"
                          # "monthly BTC production per deployed exahash was 14.5 BTC"
                          r"\bper\s+(?:[\w-]+\s+){0,2}(?:petahash|exahash|terahash|[EPT]H/s|EH|machine|miner|rig|share)\b[^.;\d]{0,30}$|"
                          # "Its direct cost to produce one bitcoin rose to about US$48,200"
                          r"\bcosts?\s+(?:to\s+(?:produce|mine)|of\s+(?:producing|mining))\s+$", re.I)
# ... but a rate word that follows another figure belongs to it: "an average of about 4.3 BTC per day, up from 117 BTC
# in April", "mined 17.8 BTC, or roughly 0.57 BTC a day, and sold 8.5 BTC" (not across a new subject: "15.1 BTC per day
# in June, while the whole network produced 13,950 BTC")
_RATE_THEN_ANOTHER = re.compile(r"^(?:daily|per day|a day)\b(?![^.;]*\b(?:while|whereas|network|industry|miners)\b)",
                                re.I)
_BTC_FIGURE = re.compile(r"\d\s?(?:BTC|[Bb]itcoins?)\b")
# ("mined 431 BTC, or about 13.9 a day, and ended May holding 6,075 bitcoin": the bare 13.9 is the rate)
_FIGURE_BEFORE = re.compile(r"\d\s?(?:BTC|[Bb]itcoins?)\s*(?:(?:mined|produced)\s+)?$|\d\s+$")
_FLOW_ANOTHER_BEFORE = re.compile(r"\b(?:mined|self-mined|produced|earned|generated)\s+(?:a\s+further|another|an\s+additional)\s+"
                                  r"(?:approximately\s+|about\s+|roughly\s+)?$", re.I)
_IN_A_MONTH_AFTER = re.compile(r"\s*(?:BTC|bitcoins?|coins)?\s*(?:in|during)\s+(?-i:" + P.MONTH + r")\b", re.I)
_IN_A_MONTH_OPENS = re.compile(r"\W{0,3}(?:In|During)\s+(?:the\s+month\s+of\s+)?(?-i:" + P.MONTH + r")(?:\s+(?:19|20)\d\d)?,?\s", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|increase[sd]?|decrease[sd]?|rose|fell|grew|jumped|climbed|dropped|declined|"
                            # "its reserve grows by about 1,414 BTC to 3,865", "had grown by approximately 1,414"
                            r"grows|grown|rises|risen|climbs|jumps|swelled|expanded|shrank|shrunk|fallen|falls|drops|"
                            r"gain(?:ed)?|added|adding|more|fewer|an additional|a further|another|extra|surplus|"
                            r"shortfall|difference of|gap of|lead of|margin of|swing of|change of|"
                            # "a drop of 6 BTC", "Production ... was reduced by roughly 0.6 Bitcoin"
                            r"(?:drop|dip|decline|rise|fall|jump|reduction|loss)\s+of|(?:reduced|lowered)\s+by)\s+"
                            r"(?:by\s+|of\s+)?(?:only\s+|just\s+)?(?:approximately\s+|about\s+|nearly\s+|roughly\s+|some\s+)?$",
                            re.I)  # "Our holdings fell by only eight coins"
# a figure a later one replaced: "revised from a preliminary 922 BTC", "below the preliminary 187 BTC shared on the call",
# "down from the 191 BTC it had initially reported"
_SUPERSEDED_BEFORE = re.compile(r"\b(?:(?:a|the|its|an?\s+earlier)\s+preliminary|previously\s+(?:reported|announced|"
                                r"estimated)|initially\s+(?:reported|announced|estimated))\s+(?:(?:figure|estimate|count|"
                                r"total)\s+of\s+)?(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
# ("revised its May production figure to 514 BTC from the 505 BTC it had reported a month ago")
_SUPERSEDED_AFTER = re.compile(r"\s*(?:BTC|bitcoins?)?\s+(?:it|the\s+company|we)\s+had\s+(?:(?:initially|originally|first|"
                               r"previously)\s+)?(?:reported|announced|estimated|disclosed)\b", re.I)
# "HIVE sold another 887 BTC in July": a new sale of its own, not a difference between two sales
# (also after the first sale's figure: "offloading 1,500 BTC in January and another 650 BTC in February"; but "sold 173
# BTC and added 44 BTC to its treasury" is a change)
_SOLD_MORE = re.compile("(?:" + btc_sold.CUES[0][1].pattern + r")(?:\s+[^.;]{0,40}?\b(?:and|then|plus|with))?\s+"
                        r"(?:another|an additional|a further)\s+"
                        r"(?:approximately\s+|about\s+|nearly\s+|roughly\s+|some\s+)?$", re.I)
# "sold an additional 15 BTC compared with April", "a further 100 BTC in May than in April": a difference after all
_COMPARED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:than|compared|over|versus|vs\.?|above|beyond)\b", re.I)
# "curtailment reduced production there by an estimated 6 BTC": the size of an effect, not a total
_CHANGED_BY = re.compile(r"\b(?:reduc|lower|cut|boost|rais|lift|increas|decreas|trimm|shav|grew|grow|expand|swell|"
                         r"swoll)\w*\s+(?:[\w-]+\s+){0,2}?"
                         # ("lifts treasury by 154 BTC to 703 BTC", "grew its reserve by 72 BTC over the quarter")
                         r"(?:production|output|mining|holdings|sales|treasury|reserves?|stack|stash|hoard|balance)\b"
                         r"[^.;]{0,20}\bby\s+"
                         r"(?:an estimated\s+|approximately\s+|about\s+|nearly\s+|roughly\s+|some\s+|more than\s+|"
                         r"over\s+|almost\s+|only\s+|just\s+)?$|"
                         # "December's sales therefore exceeded the month's production by 52 bitcoin"
                         r"\b(?:exceed|outpac|outstripp|surpass|trail|lagg|tops\b|topped|topping|beat|outproduc)\w*\s+"
                         r"[^.;]{0,50}\bby\s+(?:an estimated\s+|approximately\s+|about\s+|nearly\s+|roughly\s+|some\s+|"
                         r"more than\s+|over\s+|almost\s+|just over\s+)?$", re.I)
# ("That left its treasury 400.5 BTC larger than a month earlier")
# (not a time: "when it mined 528 BTC ahead of the halving")
_CHANGE_AFTER = re.compile(r"^\s{0,2}(?:more|fewer|less|higher|lower|behind|ahead(?!\s+of\s+(?:the|its)\s+(?:halving|"
                           r"[\w-]+\s+halving|merge|deadline|holidays?|year[- ]end|launch|listing|merger|split|storm))|"
                           r"short|larger|smaller|bigger|better off|worse off)\b|"
                           # "about 40,000 BTC below the level of a year earlier", "came in 54 BTC above November's"
                           r"^\s{0,2}(?:below|above)\s+(?:the|its|their|last|a year|year-earlier|" + P.MONTH + r")\b|"
                           r"^\W{0,3}\(?(?:month[- ]over[- ]month|MoM|year[- ]over[- ]year|YoY)", re.I)
_NOT_HOLDINGS_VALUE = re.compile(r"\b(?:worth|valued at|equivalent (?:of|to)|equal to|BTC[- ]equivalent|"
                                 # "the debt held at the two subsidiaries would equal roughly 3,700 BTC"
                                 r"(?:would|could|will)\s+(?:equal|amount to|be worth)|"
                                 # (not "net of pool fees, compared with 51 bitcoin": the figure's own terms)
                                 r"block rewards?|(?<!\bpool\s)(?<!\bnet\sof\s)(?<!\bafter\s)fees|subsidy|per block|reward of)\b(?![^.;]*\b(?:down|up) from\b)[^.;]{0,20}$", re.I)
_PART_SOLD_AFTER = re.compile(r"(?:\s+(?:of|out of)\s+(?:the|its)\s+[^.;]{0,60}?|"
                              # "all 21.4 BTC mined in the quarter were sold"
                              r"\s+(?:mined|produced|earned|generated)\s+(?:in|during|over|across)\s+[^.;,]{0,30}?)"
                              r"\b(?:were|was|had been|have been)\s+(?:sold|liquidated|converted to cash)\b", re.I)
_IT_MINED_PASSIVE = re.compile(r"\s+(?:mined|produced|earned|generated)\b", re.I)  # "126 of the 128 Bitcoin mined in May"
_FOOTNOTE_LINE = re.compile(r"^\d{1,2}\s+(?:BTC|[Bb]itcoin)\b[^.]{0,40}\b(?:is|are|includes?|excludes?|represents?|"
                            r"reflects?|refers?|net of|consists?)\b")
_YEARISH = re.compile(r"\b(?:in|since|during|of|by|from|for|to|until)\s+$", re.I)
# a month, or a day of it, right before a year: "December 2024", "June 30, 2022", "30 June 2022"
_DATE_BEFORE_YEAR = re.compile(rf"{P.MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s*$")
_UNIT_BTC = r"(?:BTC|[Bb]itcoins?)"


def _with_pairs(sent: Sent, qtys: list[Quantity]) -> tuple[list[Quantity], dict]:
    """Add the bare figures of a 'respectively' list to the sentence's figures, with their companies."""
    pairs = respectively_pairs(sent, qtys)
    seen = {(q.start, q.end) for q in qtys}
    qtys = sorted(qtys + [q for _, q, _ in pairs if (q.start, q.end) not in seen], key=lambda q: q.start)
    return qtys, {(q.start, q.end): (c, p) for c, q, p in pairs}


_QUARTER_ORDINAL = re.compile(r"\b(first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b|\bQ([1-4])\b", re.I)


def _fiscal_quarter_of_report(ctx: DocContext, period: P.Period) -> P.Period | None:
    """A quarter named with no year in a report on a fiscal year that does not end in December: that year's quarter."""
    rp = ctx.report_period
    if rp is None or rp.start is None or ctx.fy_end_month == 12 or rp.end.month != ctx.fy_end_month \
            or (rp.end - rp.start).days < 360 or (m := _QUARTER_ORDINAL.search(period.text)) is None:
        return None
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get((m.group(1) or "").lower()) or int(m.group(2))
    first = rp.start.year * 12 + rp.start.month - 1 + 3 * (n - 1)
    start = dt.date(first // 12, first % 12 + 1, 1)
    last = first + 2
    return dataclasses.replace(period, start=start, end=P.month_end(last // 12, last % 12 + 1), has_year=True)


def _period(ctx: DocContext, sent: Sent, pos: int, end: int, next_q: int, prev_q: int,
            present_wins: bool = True) -> P.Period | None:
    if present_wins and ctx.published is not None and (_HAS_SINCE.search(sent.text, prev_q, pos)
                                                       or _NOW_RIGHT_AFTER.match(sent.text, end)
                                                       or _NOW_STANDS_BEFORE.search(sent.text, prev_q, pos)):
        # "stood at 2.95 EH/s at quarter end and has since surpassed 3.1 EH/s": the level by publication (and "We
        # ended the quarter at 3.7 exahash, and we are at 4.1 exahash today"; "paid down about ten million dollars of
        # the WhiteHawk loan in the quarter, and that loan now stands near $35 million")
        return _at_publication(ctx, pos)
    bracketed = next((p for p in sent.periods if end < p.char_start <= end + 12 and p.kind in ("date", "month")
                      and _BRACKET_OPENS.fullmatch(sent.text, end, p.char_start)
                      and _BRACKET_CLOSES.match(sent.text, p.char_end)), None)
    if bracketed is not None:
        return anchor(ctx, bracketed)  # "602.3 BTC (May 31), 629.6 BTC (June 30) and 668.5 BTC (July 31)"
    period = nearest_period(sent, pos, end, next_q, prev_q, present_wins)
    if period is not None and period.kind == "quarter" and not period.has_year \
            and (fiscal := _fiscal_quarter_of_report(ctx, period)) is not None:
        # "the Company sold 446 Bitcoin during the fourth quarter" in HIVE's results for the fiscal year ended March 31,
        # 2024: January to March 2024
        return fiscal
    if period is not None and period.kind == "year_ago" and ctx.published is not None and _AGO.search(period.text) \
            and (ctx.report_period is None or PRESENT_NEAR.search(sent.text, 0, prev_q or pos)):
        # "now runs about 23 EH/s, against roughly 6 EH/s a year ago": a year before publication, not before the
        # reported month
        return dataclasses.replace(period, start=None, end=P.year_back(ctx.published), kind="date", has_year=True)
    if period is not None and period.kind == "year_ago" and not _AGO.search(period.text) \
            and (told := next((p for p in reversed(sent.periods) if p.char_end <= pos and p.kind == "date"
                               and _THEN_COMPARED.match(sent.text, p.char_end, pos)), None)):
        # "10 EH/s at June 30, up from 5.6 EH/s a year earlier": a year before the day the sentence named
        return dataclasses.replace(period, start=None, end=P.end_moved(told.end, -1), kind="date", has_year=told.has_year)
    return anchor(ctx, period)


_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:as\s+of\s+|as\s+at\s+|at\s+)?", re.I)
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _at_publication(ctx: DocContext, pos: int) -> P.Period | None:
    """The publication day as a period at `pos` of the sentence (None with no publication date)."""
    return P.Period(None, ctx.published, "date", pos, pos, True, "") if ctx.published is not None else None


_HAS_SINCE = re.compile(rf"\b{HAS_SINCE}\b[^.;]{{0,40}}$", re.I)
# the comparison right after a figure's day: "10 EH/s at June 30, up from 5.6 EH/s a year earlier"
_THEN_COMPARED = re.compile(r",?\s+(?:(?:was|were)\s+)?(?:up|down|rising|falling|compared|against|versus|vs\.?)\b", re.I)
# (a loan's: a monthly update's "Our bitcoin position now stands at 17,722 coins" is the month's end)
_NOW_STANDS_BEFORE = re.compile(r"\b(?:loan|facility|line|debt|balance|borrowings)\s+(?:now|currently)\s+"
                                r"(?:stands?|sits?|totals?|amounts?)\b[^.;,$]{0,25}$", re.I)
# ("We're at 5.5 exahash operating today ..., and we'll be at roughly ten by the end of the year")
_NOW_RIGHT_AFTER = re.compile(r"(?:\s+(?!than\b|from\b|by\b|until\b|before\b)[a-z]+){0,2}?"
                              r"\s+(?:today|right now|as of today|as we speak)\b", re.I)
_AGO = re.compile(r"\bago$", re.I)


_LABEL = re.compile(r"^[ \t]*\W{0,3}[A-Za-z][^:|]{2,90}?:(?!\d)\s*")


def _label_period(ctx: DocContext, sent: Sent, q: Quantity) -> P.Period | None:
    """'- December production: 668 BTC1, the best month since the April 2024 halving': the label's period; '- Fiscal
    year to date bitcoin mined: 5,487 BTC' in a May update runs through May (anchor)."""
    m = _LABEL.match(sent.text)
    if not m or not 0 <= q.start - m.end() <= 3:
        return None  # (and not a figure before the colon: "A year earlier Riot held 7,327 BTC and was still selling:")
    label = next((p for p in sent.periods if p.char_end <= m.end()), None)
    if label is not None and label.kind == "ytd":
        # the span the year to date is spelled out as, in the label ("- Year-to-date (H1 2025) mined: 461 BTC") or
        # after the figure ("- Fiscal year-to-date production: 5,181 BTC mined from October 1, 2024 through May 31,
        # 2025"), says where it ends
        return next((p for p in sent.periods if p.start == label.start and (
            (label.char_end <= p.char_start and p.char_end <= m.end()
             and p.kind in ("half", "quarter", "months", "span", "month"))
            or (p.char_start >= q.end and p.kind in ("span", "months")))), anchor(ctx, label))
    return label


# "Including both the pledged and the lent coins, MARA ended 2025 with 53,822 BTC": the total that includes them
_INCLUDING_OPENER = re.compile(r"\W{0,3}(?:Including|Counting|With)\b[^,;.]{0,60},")
# "Of this amount, approximately 3,900 BTC was held in custody ...", "Of the 660 BTC, 150 BTC were held with a
# custodian": a part of a balance told before
_OF_THE_TOTAL_OPENER = re.compile(r"\W{0,3}Of\s+(?:this|that|these|those|the|its|their|which)\b(?:[^,;.]|(?<=\d)[.,](?=\d)){0,40},")


_COMPARED_AFTER_PART = re.compile(r",\s+(?:compared (?:with|to)|versus|vs\.?|up from|down from)\s+(?:the\s+)?"
                                  r"(?:about |approximately |roughly |nearly |some )?$", re.I)


_SPLIT_OR_TOTAL = re.compile(r"\b(?:total|(?<!un)restricted|pledged|of which|including|includes)\b", re.I)


def _part_before(s: str, pos: int) -> bool:
    """A pledged, lent or restricted part of a balance named right before the figure ('of which 3,300 were pledged'),
    unless it is named in an opening phrase that the figure's total includes, or a comparison follows it ('4,480 BTC
    as of March 8, including coins pledged to Anchorage, compared with about 4,810 BTC at the end of February')."""
    lo = max(0, pos - 120)
    part = btc_held.PART.search(s, lo, pos)
    if part is None or _COMPARED_AFTER_PART.search(s, part.start(), pos):
        return False
    if part.group().lower().startswith("unrestricted") and not _SPLIT_OR_TOTAL.search(s):
        return False  # "Unrestricted bitcoin holdings of approximately 11,418 BTC as of January 31, 2023": all it gives
    opener = _INCLUDING_OPENER.match(s)
    return not (opener and part.start() < opener.end() <= pos)


_CONVERTED_BEFORE = re.compile(r"\bconvert(?:ed|s|ing)\s+(?:about |approximately |roughly |some |nearly )?$", re.I)
_INTO_CASH_AFTER = re.compile(r"\W{0,3}(?:in)?to\s+(?:cash|dollars|fiat|U\.?S\.?\s+dollars|USD|USDT|USDC|"
                              r"stablecoins?|(?:about\s+|approximately\s+|roughly\s+)?(?:US|C|A)?\$\s?\d|[£€]\s?\d|"
                              r"(?:GBP|EUR|AED|CAD)\s?\d)", re.I)  # ("converted 121 BTC into £6.2 million in March")
_SOLD_PART_OF_HOLDINGS = re.compile(r"\b(?:sold|sells|selling|offloaded|liquidated|dumped|unloaded)\s+(?:a\s+|an\s+)?"
                                    r"(?:[\w%-]+\s+){0,2}?(?:part|portion|share|chunk|slice|bulk|most|much|half|some|"
                                    r"\d+%)\s+of\s+(?:its|their|the|(?-i:[A-Z])\w+['’]s)\s+(?:[\w-]+\s+)?(?:holdings|"
                                    # "It sold 71% of June's production, roughly 134 BTC, for $8.8 million"
                                    r"reserves?|treasury|stack|stash|bitcoin|BTC|production|output)\W{0,3}"
                                    r"(?:or\s+|some\s+|about\s+|roughly\s+|nearly\s+|more than\s+|over\s+|"
                                    r"a total of\s+)?$", re.I)
# "The miner raised about $10 million from 250 BTC": coins turned into cash
_RAISED_FROM_BEFORE = re.compile(r"\b(?:raised|raising|netted|realized|realised|fetched|pocketed|brought in)\s+"
                                 r"(?:about |approximately |roughly |nearly |some |around |over |more than )?"
                                 r"(?:US)?\$\s?[\d.,]+\s*(?:million|billion|mn|bn|[mMbB]|k)?\s+from\s+"
                                 r"(?:(?:about|approximately|roughly|nearly|some|around|the)\s+)?$", re.I)
_SIGNED_IN_WITH = re.compile(r"\b(?:signed|opened|established|arranged|entered into|set up|put in place)\s+(?:in|on)\s+"
                             r"[^.;$]{3,30}?\s+with\s+(?:a|an)\s+(?:initial\s+)?$", re.I)


# "which took its production for the first calendar quarter to 1,871 BTC": the span named between "for" and "to"
_FOR_SPAN_TO = re.compile(r"\b(?:production|output|total|tally)\s+(?:for|in|over)\s+(?P<span>[^.;,]{4,50}?)\s+to\s+"
                          r"(?:about |approximately |roughly |some |nearly )?$", re.I)


_YEAR_TOTAL_BEFORE = re.compile(r"\b(?:(?:a|its|the)\s+)?(?:calendar[- ]year|full[- ]year|annual)\s+(?:total|tally)\s+"
                                r"(?:of|to|at)\s+(?:about |approximately |roughly |some )?$|"
                                r"\bsince\s+the\s+start\s+of\s+the\s+(?:calendar\s+)?year\s+to\s+"
                                r"(?P<so_far>)(?:about |approximately |roughly |some )?$", re.I)


_TOTAL_SINCE_BEFORE = re.compile(r"\b(?:total|cumulative)\s+(?:production|output|bitcoin\s+mined|mined\s+bitcoin)\s+"
                                 r"since\b[^.;$]{0,60}?\bto\s+(?:about |approximately |roughly |some )?$", re.I)


def _tally_period(ctx: DocContext, sent: Sent, q: Quantity, lo: int) -> P.Period | None:
    """A running tally's own span: 'took its production for the first calendar quarter to 1,871 BTC' (not the
    comparison after it, 'more than it mined in the final three months of 2022')."""
    if (year_total := _YEAR_TOTAL_BEFORE.search(sent.text, max(lo, q.start - 60), q.start)) is not None \
            and not any(year_total.start() <= p.char_start < q.start for p in sent.periods):
        # "668 BTC in December, ..., for a calendar-year total of 7,024 BTC": the year the reported month ends
        rp = ctx.report_period
        end = rp.end if rp is not None and rp.start is not None else None
        if end is not None:
            so_far = year_total.group("so_far") is not None  # "since the start of the year to ...": through the end
            return P.Period(dt.date(end.year, 1, 1), end if so_far else dt.date(end.year, 12, 31),
                            "year", year_total.start(), year_total.end(), rp.has_year, year_total.group())
    since = _TOTAL_SINCE_BEFORE.search(sent.text, max(0, q.start - 100), q.start)
    first = next((p for p in sent.periods if since is not None and since.start() <= p.char_start < q.start
                  and p.start is not None), None)
    if first is not None:
        # "mined 1,404.4 BTC from April through June, taking its total production since it started mining last
        # November to 3,879.2 BTC": from that month through the end of the span told before
        told = [p.end for p in sent.periods if p.char_end <= since.start() and p.kind != "date"]
        rp = ctx.report_period
        end = told[-1] if told else rp.end if rp is not None else None
        if end is not None and first.start < end:
            return P.Period(first.start, end, "span", since.start(), q.start, first.has_year, since.group())
    m = _FOR_SPAN_TO.search(sent.text, max(lo, q.start - 90), q.start)
    if m is None:
        return None
    return next((anchor(ctx, p) for p in sent.periods if m.start("span") <= p.char_start < m.end("span")
                 and p.start is not None), None)


def _clause_bounds(qtys: list[Quantity], i: int, length: int) -> tuple[int, int]:
    prev_end = qtys[i - 1].end if i else 0
    next_start = qtys[i + 1].start if i + 1 < len(qtys) else length
    return prev_end, next_start


_WOULD = re.compile(r"\b(?:would|should)\b")  # "agreements that would lift that to around 4.5 EH/s by the end of the third quarter"
_PAREN_RATE = re.compile(r"\s*\([^()]{0,40}\b(?:per day|a day|daily|/day|per EH/s|per exahash)\b[^()]{0,10}\)|"
                         # "compared with 1,760 Bitcoin, or 4.8 BTC per day, in 2023"
                         r",\s+or\s+(?:about\s+|roughly\s+)?[\d.,]+\s*(?:BTC|bitcoins?|Bitcoins?)\s+(?:per day|a day|daily),"
                         r"(?=\s+(?:in|during|for|over)\s)")


def _past_paren_rate(s: str, qtys: list[Quantity], i: int, hi: int) -> int:
    """Where a figure's clause ends for its period: past a daily rate in parentheses or a comma aside right after it
    ('compared with 80 BTC (2.6 BTC per day) in January 2024', '1,760 Bitcoin, or 4.8 BTC per day, in 2023')."""
    m = _PAREN_RATE.match(s, qtys[i].end)
    if m is None or hi >= m.end():
        return hi
    return next((q.start for q in qtys[i + 1:] if q.start >= m.end()), len(s))


def _before_hashrate(sent: Sent, q: Quantity, hi: int) -> int:
    """Where a BTC figure's clause ends for its period: at a hashrate figure after it ('In the quarter ended June 30,
    2023, Bit Origin mined 43.2 bitcoin and had a hashrate of 0.21 EH/s at the end of June': June is the hashrate's)."""
    h = next((h for h in sent.hashrates if q.end <= h.start < hi), None)
    if h is None or any(q.end <= p.char_start < h.start for p in sent.periods) \
            or _BOTH_AT.match(sent.text, h.end) or _JUST_AND.fullmatch(sent.text, q.end, h.start):
        # "produced 214 BTC in July with a hashrate of 20.4 EH/s"; "2,287 BTC and 5.1 EH/s, both at Jan 31"; "down
        # from 728 BTC and 45.4 EH/s in July"
        return hi
    return h.start


_JUST_AND = re.compile(r"\s*,?\s*(?:and|&)\s*")
_BOTH_AT = re.compile(r"\W{0,3}(?:\w+\s+){0,2}?(?:both|each)\b")


def _nearest_cue(text: str, skip: object | None = None) -> tuple[object | None, str, int]:
    """The BTC fact module whose cue ends nearest the end of `text` (or _PURCHASE)."""
    best: tuple[object | None, str, int] = (None, "", -1)
    for mod in BTC_MODULES:
        if mod is skip:
            continue
        for rule, rx in mod.CUES:
            for m in rx.finditer(text):
                if m.end() > best[2]:
                    best = (mod, rule, m.end())
    for m in _PURCHASE.finditer(text):
        if m.end() > best[2]:
            best = ("purchase", "purchase", m.end())
    return best


_FOR_RIVAL = re.compile(r"\s*(?:for|at|by|from)\s+(?-i:[A-Z])")
_RATE_FOLLOWS = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.?|against|than|from|peak(?:ed|ing)?|high(?:est)?|"
                           r"low(?:est)?|max(?:imum)?|min(?:imum)?)\b", re.I)
# the sum of many miners, not one company's figure: "Public miners as a group sold ...", "the public miners in the
# database hold a little over 110,000 BTC"
_MINERS_SUBJECT = re.compile(r"\b(?:public(?:ly[- ](?:listed|traded))?|listed|U\.S\.|North American)\s+(?:bitcoin\s+)?"
                             r"(?:miners|mining (?:companies|firms))\b(?!\s+(?:including|such as|like)\b)|"
                             r"\bas a group\b|"
                             # "Aggregate bitcoin holdings reported by constituents: approximately 102,000 BTC"
                             r"\b(?:aggregate|combined|total)\s+(?:bitcoin\s+|BTC\s+)?(?:holdings|production|output)\s+"
                             r"(?:reported\s+)?(?:by|of|across)\s+(?:the\s+|its\s+|all\s+)?(?:constituents|members|"
                             r"companies|miners|issuers)\b|"
                             # "Miner reserves, the amount of BTC held in wallets CryptoQuant attributes to mining entities"
                             r"\bminer reserves?\b|\bminers['’] (?:reserves?|balances?|wallets)\b|"
                             r"\bminer[- ](?:linked|controlled|owned|tagged) wallets\b|\b(?:the|these|all) (?:\w+ )?(?:companies|firms) (?:combined|together)\b|"
                             # "the ten miners below held about 90,500 BTC between them"
                             # "Five bitcoin miners listed in North America produced a combined 1,802 BTC"
                             r"(?:\b(?:the|these|those|all)\s+|^)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"\d{1,2})\s+(?:[\w-]+\s+)?(?:miners|companies|firms)\b",
                             re.I)
_SUBSIDIES = {50.0, 25.0, 12.5, 6.25, 3.125, 1.5625}
_SUBSIDY_WORDS = re.compile(r"\bsubsid|\bblock rewards?\b|\bhalving\b|\bper block\b|\breward\b", re.I)


_THEY_OPENING = re.compile(r"\W{0,3}They\b")
# a name the registry does not know, owning the figure: "behind Strategy's roughly 499,000 BTC"
_OTHERS_POSSESSIVE = re.compile(rf"(?<![\w.-])(?!(?:{P.MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                                r"Today|Yesterday|Last|This|Next)['’])(?-i:[A-Z])[\w.&-]+['’]s\s+(?:roughly |about |approximately |"
                                r"nearly |some |"
                                r"almost |more than |over )?$")
# "the two should finish the month with close to 21,000 BTC between them"
_BETWEEN_THEM_AFTER = re.compile(r"\s*(?:between|among)\s+(?:them|the two|the three|all of them)\b", re.I)


def _aggregate_subject(sent: Sent, lo: int, pos: int) -> bool:
    """A group of miners is named in the clause before the figure and no company is ("Gryphon, one of the smaller
    listed miners, mined 76.9 BTC": the company is the subject)."""
    group = hashrate.AGGREGATE.search(sent.text, lo, pos) or _MINERS_SUBJECT.search(sent.text, lo, pos)
    return group is not None and not any(lo <= x.start < pos for x in sent.mentions if x.company)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_TOGETHER = re.compile(r"(?:['’]s)?\W{0,3}(?:(?:\w+\s+){0,2}(?:together|combined|collectively|jointly|alone|between them)"
                       r"\b|\s+(?:have|had)\s+(?:a\s+)?combined\b)", re.I)


def _listed_companies_together(sent: Sent, pos: int) -> bool:
    """'Cipher, IREN and Riot together run more than 80 EH/s': the figure of a list of companies, no one's own."""
    named = [m for m in sent.mentions if m.company and m.end <= pos]
    if len(named) < 2 or not _TOGETHER.match(sent.text, named[-1].end):
        return False
    return _LIST_JOIN.fullmatch(sent.text, named[-2].end, named[-1].start) is not None


_LOAN_BEFORE = re.compile(r"\$\s?\d|\b(?:borrow|loan|credit|financ|lend|USDT|USDC)", re.I)
_PURCHASE_AFTER = re.compile(r"\s*(?:purchases?|buys?|acquisitions?|buyback)\b", re.I)


_THEY_MINED_AFTER = re.compile(r"\s*(?:BTC|bitcoins?|coins)?\s+they\s+(?:had\s+|have\s+)?(?:mined|produced|earned|"
                               r"generated)\b", re.I)
_CLIENTS_MINED = re.compile(r"\b(?:customers|clients|users)\s+(?:(?:using|of|on)\s+(?:[\w'’-]+\s+){1,4}?)?"
                            r"(?:have\s+|had\s+|collectively\s+)?(?:earned|mined|produced|"
                            r"generated)\s+(?:an estimated\s+|about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+)?$",
                            re.I)
# "- Produced for cloud-mining customers: 357 BTC": a label line of the clients' output
_FOR_CLIENTS_LABEL = re.compile(r"\b(?:earned|mined|produced|generated|output)\s+(?:for|by)\s+(?:its\s+|our\s+|the\s+)?"
                                r"(?:hosting\s+|hosted\s+|cloud[\s-]?mining\s+)?(?:customers|clients|users)\s*:\s*"
                                r"(?:about\s+|approximately\s+|~\s*)?$", re.I)
# "Including customer output, the machines BitFuFu manages produced approximately 620 BTC"
_WITH_CLIENTS_OUTPUT = re.compile(
    r"\b(?:including|includes|with|plus|combined with)\s+(?:its\s+|the\s+)?(?:hosting\s+|cloud[\s-]+)?"
    r"(?:customers?|clients?)['’]?\s+(?:output|production|coins|bitcoin|mining)\b[^.;]*$|"
    # "Counting the coins produced by customers' machines in its buildings, more than 3,000 bitcoin have been mined"
    r"\b(?:counting|including)\s+(?:the\s+)?(?:coins|bitcoins?|BTC|output)\s+(?:produced|mined|earned)\s+by\s+"
    r"(?:its\s+|the\s+)?(?:hosting\s+|hosted\s+)?(?:customers?|clients?)\b[^.;]*$", re.I)
# a cloud-mining platform's total and its users' coins: "its platform as a whole produced around 412 BTC", "Across the
# whole platform, including what customers mined ...", "customers' balances held on the platform stood at about 1,150 BTC"
# ("Bitcoin production on its platform climbed to 400 BTC")
_PLATFORM_WIDE = re.compile(r"(?:\b(?:its|the)\s+platform\s+(?:as\s+a\s+whole|generated|produced|mined)\b|"
                            r"\b(?:production|output)\s+(?:on|across|through)\s+(?:its|the)\s+(?:[\w-]+\s+)?platform\b|"
                            r"\bacross\s+(?:the\s+|its\s+)?(?:whole\s+|"
                            r"entire\s+)?platform\b|\bincluding\s+what\s+(?:its\s+)?(?:customers|clients|users)\s+"
                            r"(?:mined|earned|produced)\b|\b(?:customers|clients|users)['’]?\s+(?:balances?|holdings|coins|"
                            r"deposits)\b)(?:(?!of which|self-min|\bown\b)[^.;])*$", re.I)
# "the fleet managed by the Group produced 1,204 BTC during the half, the majority of which belongs to hosting
# customers": what the hosted and own machines mined together
_MANAGED_FLEET = re.compile(r"\b(?:fleet|machines|miners|hashrate)\s+(?:it\s+|(?:that\s+)?the\s+\w+\s+)?managed\b|"
                            r"\bmanaged\s+fleet\b", re.I)
_CLIENT_WORD = re.compile(r"\b(?:customers?|clients?|third[- ]part(?:y|ies))\b", re.I)
_ACROSS_PLATFORM_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?across\s+(?:the|its)\s+(?:whole\s+|entire\s+)?platform\b", re.I)
# ("an estimated 449 bitcoin from colocated machines")
_MINED_FOR_CLIENTS = re.compile(r"\s*(?:bitcoins?\s+)?from\s+(?:colocated|co-located|hosted|hosting)\s+"
                                r"(?:customers?['’]?\s+)?(?:machines|miners|rigs|servers)\b|"
                                r"\W{0,3}(?:BTC|bitcoins?|coins)?\s*(?:were\s+|was\s+)?(?:earned|mined|produced|"
                                r"generated)\s+"
                                r"(?:by|for)\s+(?:its\s+|our\s+|the\s+)?(?:hosting\s+|hosted\s+|colocated\s+|cloud[\s-]?mining\s+)?"
                                r"(?:customers|clients|users|(?:customer|client)\s+(?:miners|machines|rigs))\b|"
                                # "by mining 6,756 BTC on behalf of customers"
                                r"\W{0,3}(?:BTC|bitcoins?|coins)?\s+on\s+behalf\s+of\s+(?:its\s+|the\s+)?(?:hosting\s+|"
                                r"cloud[\s-]?mining\s+)?(?:customers|clients|users)\b|"
                                # "the bulk of that, 357 BTC, belonged to customers of its cloud-mining service"
                                r"\W{0,3}(?:belonged|belongs|went|accrued|(?:was|were|is|are)\s+attributable)\s+to\s+"
                                r"(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:customers|clients|users)\b",
                                re.I)


# "the largest public miners sold 14,600 coins in June, against production of only 3,900": the same group's output
_AGAINST_OUTPUT = re.compile(r"\b(?:against|versus|compared (?:to|with)|while)\s+(?:their\s+|its\s+)?"
                             r"(?:production|output)\s+of\s+(?:only\s+|just\s+|about\s+|roughly\s+)?$", re.I)
_AND_THEN = re.compile(r"[^.;:]{0,40}?\band\s+(?:about\s+|an estimated\s+|some\s+|roughly\s+|approximately\s+)?")


# an outside forecast of output, not output: "the analysts estimate output of around 5,800 BTC", "Kestrel's base case
# has Riot mining roughly 4,600 BTC this year"
# a holder that mines nothing, the subject of the figure's clause
_NON_MINER_HOLDER_BEFORE = re.compile(r"\b(?:government|kingdom|sovereign|nation|country)(?:['’]s)?\b[^.;\d]{0,50}$", re.I)
_EXPECTED_AFTER = re.compile(r"\s*(?:is\s+|are\s+)?(?:expected|forecast|projected|anticipated)\b", re.I)
_WOULD_HAVE_BEFORE = re.compile(r"\b(?:would|could|might)\s+have\s+(?:\w+\s+)?(?:produced|mined|earned|generated|sold)\s+"
                                r"(?:about\s+|approximately\s+|roughly\s+|around\s+|some\s+)?$|"
                                # "Stretch March's output across the nine months left ... and the company would end the
                                # year with roughly 18,600 BTC"
                                r"\bwould\s+(?:end|finish|close|exit)\s+(?:the|its)\s+(?:year|quarter|month)\s+with\s+"
                                r"(?:about\s+|approximately\s+|roughly\s+|around\s+|some\s+)?$", re.I)
_FORECAST_BEFORE = re.compile(r"\b(?:models?|projects|projected|forecasts?|forecasted|predicts?|base case|bull case|"
                              r"bear case|analysts?\s+(?:estimate|expect|see|project|model)|"
                              # "guided to production of roughly 6,000 bitcoin", "estimates Riot will mine about 5,400 BTC"
                              # (but "The company, which no longer gives production guidance, said it mined 703 BTC")
                              r"guid(?:ed|es|ing|ance)(?![^.;]*\b(?:said|says|reported|mined|produced|earned)\s)|estimates?\s+(?:that\s+)?(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*)?\s+will|"
                              # a company's own outlook: "currently expects October 2023 Bitcoin production of between
                              # 170 and 190 Bitcoin"
                              r"(?:expects?|expected|anticipates?|anticipated)\s+(?:[\w-]+\s+){0,4}(?:production|output)\s+"
                              r"(?:of|to be|to reach|to come in at|at)|"
                              # "BTC production expected at 2,750 to 4,500 BTC for 2022"
                              r"(?:production|output)\s+(?:is\s+|was\s+)?"
                              r"(?:expected|forecast|projected|guided|estimated)\s+(?:at|to\s+be|of|between))"
                              r"\b[^.;]{0,80}$|"
                              # a third party's count the company disowns: "Third-party trackers currently put its
                              # holdings at 131 BTC"
                              r"\b(?:trackers?|third[- ]part(?:y|ies))\b[^.;]{0,40}"
                              r"\b(?:put|puts|estimate[sd]?|peg(?:s|ged)?)\s+[^.;]{0,30}$|"
                              # "anticipates that the self-mined Bitcoin it keeps ... will reach about 5,000 Bitcoin"
                              r"\b(?:will|would|should|could|(?:expects?|expected|is set|plans?|aims?)\s+to)\s+"
                              r"(?:[\w-]+\s+){0,2}?"
                              r"(?:reach|hit|exceed|top|surpass|grow to|rise to|climb to|increase to|swell to|total)\s+"
                              r"(?:about |approximately |roughly |more than |over |at least |around |some |"
                              r"nearly )?$", re.I)

# a floor a treasury policy sets, not a balance: "to keep a strategic reserve of no less than 1,000 BTC", "(i) maintain a
# strategic reserve of not less than 1,000 BTC"
_POLICY_FLOOR_BEFORE = re.compile(r"(?:\b(?:to|will|would|must|shall)\s+(?:always\s+)?|^\W*(?:\((?:[ivx]+|[a-z]|\d+)\)\s*)?)"
                                  r"(?:keep|maintain|hold|retain)\s+"
                                  r"(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:reserve|minimum|floor|balance)\s+of\s+"
                                  r"(?:no less than|not less than|at least|a minimum of|no fewer than|not fewer than)\s+$", re.I)


_UNIT_DEFINED_AFTER = re.compile(r"\s*(?:equals|=|is equal to|is divisible into|is made up of|consists of|is)\s+"
                                 r"(?:100 million|100,000,000|one hundred million)\s+(?:satoshis|sats)\b", re.I)
# (after a place told first: "Locally, the sites run about 4 EH/s", "In Tydal, the 175 MW facility ... holds around 6
# EH/s")
_SITE_SUBJECT = re.compile(r"\W{0,3}(?:(?:Locally|Here|There|In\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),\s+(?:the|this|that)|"
                           r"The|This|That)\s+(?:[\w-]+\s+){0,2}(?:sites?|facilit(?:y|ies)|campus(?:es)?|"
                           r"data cent(?:er|re)s?)\b(?!\s+(?:of|at|in|with|for)\b)(?!,)")
# "..., and they secure our mid-year target of 20 EH/s": a clause of the company's own
_OWN_VOICE_OR_CLAUSE = re.compile(r"\b(?:our|we)\b|,\s+(?:and|while|but)\s+(?:they|it|the company)\b", re.I)
# ("one exahash per second (EH/s) is a quintillion hashes per second")
_HASH_UNIT_DEFINED_AFTER = re.compile(r"\s*(?:\((?:EH|PH|TH)/s\)\s*)?(?:equals|=|is equal to|is|are)\s+(?:a|one)?\s*"
                                      r"(?:(?:thousand|million|1,000|1000)\s+(?:petahash|terahash|PH/s|TH/s)|"
                                      r"(?:quintillion|quadrillion|trillion|billion)\s+hash)", re.I)
_A_BEFORE = re.compile(r"(?:^|[\s(])(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny)\s+(?:hypothetical\s+|typical\s+)?$")
_FLEET_EARNS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:fleet|miner|operation|operator)\s+(?:would\s+|could\s+|can\s+)?"
                                r"(?:earns?|earned|makes?|made|produces?|produced|mines?|mined|captures?|generates?|"
                                r"gets?|take|takes)\b", re.I)
_HASH_UNIT_DEFINED_BEFORE = re.compile(r"\b(?:one|an?|1)\s+(?:exahash|EH/s|petahash|PH/s)(?:\s+per\s+second)?\s+"
                                       r"(?:equals|=|is equal to|is)\s+$", re.I)
# ("Daily average self-mining output in January was approximately 2.8 BTC")
_SELLS_DAILY = re.compile(r"\b(?:sell|sells|selling|sold|liquidat\w+|convert\w*)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:daily|each\s+day|every\s+day)\s*,", re.I)
_DAILY_OUTPUT_BEFORE = re.compile(r"\b(?:daily|per-day)\s+(?:average\s+)?(?:self-mining\s+|self-mined\s+)?(?:bitcoin\s+|BTC\s+)?"
                                  r"(?:output|production|yield|haul|mining)\b"
                                  r"(?![^.;]*(?:\b(?:while|whereas|and|but)\b|\b(?:mined|produced|self-mined|earned|generated)\b))[^.;]{0,100}$",
                                  re.I)
_PRODUCED_RIGHT_AFTER = re.compile(r"\s*(?:produced|mined|self-mined)\b(?!\s+(?:and|but)\s+(?:held|kept|retained))", re.I)
_ONE_COIN_BEFORE = re.compile(r"\b(?:producing|to produce|mining|to mine|per|each|for every)\s+(?:a\s+single\s+)?$", re.I)


_IT_HAD_PLEDGED_AFTER = re.compile(r"\s*(?:that\s+|which\s+)?(?:it|we|the company|(?-i:[A-Z])[\w.&'’-]*)\s+"
                                   r"(?:had\s+|has\s+)?(?:pledged|posted)\b", re.I)


_PRODUCED_PART_BEFORE = re.compile(r"\b(?:produced|mined|generated|earned|contributed)\s+(?:about\s+|roughly\s+|"
                                   r"approximately\s+|nearly\s+|some\s+)?$", re.I)
# (but "... 291 BTC was generated for cloud-mining customers and 44 BTC by its own fleet": its own)
# (and "... and 88 BTC were produced from self-mining")
_OWN_FLEET_AFTER_FIGURE = re.compile(r"\W{0,3}(?:[\w-]+\s+){0,2}(?:by|from|with|through|via)\s+"
                                     r"(?:(?:its|the\s+company['’]s|our)\s+(?:own|self-mining|proprietary)\b|self[- ]min)|"
                                     r"\W{0,3}(?:of\s+)?self[- ]min", re.I)
_PERIOD_WORD_BEFORE_YEAR = re.compile(rf"\b(?:quarter|Q[1-4]|fiscal|FY|year|half|H[12]|month|{MONTH_NAME})\s+$", re.I)
# "the Company keeps approximately 612 BTC in custody for the customers of cloud-mining"
_FOR_CUSTOMERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:for|on\s+behalf\s+of)\s+(?:the\s+|its\s+|our\s+)?"
                                  r"(?:cloud[- ]mining\s+)?(?:customers?|clients?|users?)\b", re.I)
_LOAN_COINS_BEFORE = re.compile(r"\b(?:loan|note|debt|borrowings?|principal|balance outstanding|outstanding balance)\b"
                                r"(?:(?!\b(?:holdings?|held|treasury|reserves?|stack)\b)[^.;,]){0,50}?\b(?:to|of)\s+"
                                r"(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_OF_PRINCIPAL_AFTER = re.compile(r"\s+of\s+(?:loan\s+)?principal\b", re.I)
_NOT_OWN_OUTPUT_AFTER = re.compile(r"(?:[^.;]|;\s+(?=(?:these|this|they|which|it)\b)){0,100}?"
                                   r"\b(?:is|are|was|were)\s+not\s+(?:part\s+of|included\s+in|counted\s+"
                                   r"(?:in|as|toward))\s+(?:(?:the\s+company['’]s|its|our|the\s+group['’]s)\s+)?(?:own\s+)?"
                                   r"(?:production|output|mined|self-mined|holdings|reserves?|treasury|(?:BTC|bitcoin)\s+"
                                   r"(?:held|holdings))\b", re.I)
# "A total of 527 BTC were mined on the Company's platform in January, among which 439 BTC were generated for
# cloud-mining customers": a total that counts the customers' coins
_TOTAL_WITH_CUSTOMERS_AFTER = re.compile(r"[^.;]{0,60}?,?\s+(?:among which|of which)\s+[^.;]{0,60}?"
                                         r"\b(?:cloud[- ]mining|customers?|clients?|hosted)\b", re.I)
_CLOUD_CUSTOMERS_BEFORE = re.compile(r"(?:\b(?:customers?|clients?|users?)\b[^.;]{0,40}\bcloud[- ]mining\b|"
                                     r"\bcloud[- ]mining\s+(?:customers?|clients?|users?)\b)"
                                     r"(?:[^.;]|(?<=\d)\.(?=\d)){0,70}$", re.I)
# (and "total digital assets came to roughly 1,000 BTC at month-end prices")
# ("or roughly 1.8 BTC at May's average price")
_WHEN_VALUED_AFTER = re.compile(r"\s*(?:when|if)\s+(?:valued|converted|measured)\b|"
                                # (but a sale's own price: "Sells 97 Bitcoin at Average Price of US$78,400")
                                r"\s*(?:at|using)\s+(?:(?-i:[A-Z])[a-z]+|the\s+(?:month|quarter|year|period))['’]s\s+"
                                r"(?:average|closing|prevailing|spot)\s+(?:bitcoin\s+|BTC\s+)?(?:prices?|rates?)\b|"
                                r"\s*(?:at|using)\s+(?:the\s+)?(?:month-end|quarter-end|year-end|current|prevailing|spot)\s+"
                                r"(?:prices?|rates?|exchange rates?)\b", re.I)
_JV_SUBJECT_BEFORE = re.compile(r"\b(?:its|the|their|our)\s+joint\s+venture\b[^.;]{0,70}\b(?:mined|produced|earned|"
                                r"generated)\s+(?:about\s+|roughly\s+|approximately\s+)?$", re.I)
_EQUIVALENT_OF_BEFORE = re.compile(r"\b(?:BTC|bitcoin)[- ]equivalent(?:\(\d\)|\d)?\s+of\b[^.;]{0,80}$|"
                                   # "Total Bitcoin and Bitcoin-equivalent production of 835 BTC" (but Argo's "Bitcoin
                                   # or Bitcoin Equivalents" is its own output)
                                   r"\b(?<!or )(?:BTC|bitcoin)[- ]equivalent\s+(?:production|output)\s+(?:of|was|"
                                   r"totall?ed|came\s+to|reached)\s+(?:about\s+|approximately\s+|roughly\s+)?$|"
                                   # "output was worth the equivalent of roughly 11.3 BTC per day, or approximately 339
                                   # BTC for the month"
                                   r"\bthe\s+equivalent\s+of\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,60},\s+or\s+(?:about\s+|approximately\s+|"
                                   r"roughly\s+|nearly\s+|some\s+)?$", re.I)


_OF_REVENUE_AFTER = re.compile(r"\s+(?:of|in|from)\s+(?:[\w-]+\s+)?(?:revenue|income|sales|fees|credits)\b", re.I)
_FROM_RESERVE_AFTER = re.compile(r"\s*(?:(?:drawn|taken|released)\s+)?from\s+(?:its|the\s+company['’]s|their|our|the)\s+"
                                 r"(?:prior\s+|existing\s+|previous\s+|accumulated\s+|own\s+)?(?:reserves?|balance|"
                                 r"treasury|holdings|stack)\b", re.I)
_SOLD_JUST_BEFORE = re.compile(r"\b(?:sold|sells|selling|sell|sales?\s+of)\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|"
                               r"another\s+|an?\s+(?:additional|further)\s+)?$", re.I)
_ALL_BUT_BEFORE = re.compile(r"\ball\s+but\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?$", re.I)


_PART_CAME_FROM_AFTER = re.compile(r"\s+of\s+(?:the|its|that|this)\s+(?:[\w-]+\s+){0,2}(?:total|output|production)\s+"
                                   r"(?:came|come|comes|was|were)\s+(?:from|at|in)\b", re.I)


_FOR_THEIR_OWNERS_AFTER = re.compile(r"\s+for\s+(?:their|the\s+machines['’]|its|the)\s+(?:owners|customers|clients)\b", re.I)
_UNDER_MANAGEMENT_MADE_BEFORE = re.compile(r"\bunder\s+(?:the\s+company['’]s\s+|its\s+|our\s+|their\s+)?management\s+"
                                           r"(?:[\w-]+\s+){0,2}?(?:produced|mined|earned|generated)\s+"
                                           r"(?:about\s+|approximately\s+|roughly\s+|some\s+|around\s+)?$", re.I)


def _is_non_fact(s: str, q: Quantity, left: str, right: str) -> str | None:
    """Why a BTC figure is not a period total or balance, or None."""
    if _RATE_AFTER.search(right):
        return "rate"
    if _PART_CAME_FROM_AFTER.match(right):
        return "part"  # "so 1,209 bitcoin of the annual total came from the Company's interest in Nautilus"
    held_equivalent = _HELD_EQUIVALENT_BEFORE.search(left[-60:]) is not None or _CASH_AND_BEFORE.search(left[-80:]) is not None
    if re.search(r"[-‐](?i:equivalent)|(?<=BTC) equivalent\b", s[q.start:q.end + 12]) and not held_equivalent:
        # "approximately 203 Bitcoin-equivalent", counting energy revenue as coins; "526.1 BTC and 101.0 WBTC, a
        # combined 627.1 BTC equivalent"
        return "equivalent"
    if (_FROM_RESERVE_AFTER.match(right) and not _SOLD_JUST_BEFORE.search(left[-40:])) \
            or _ALL_BUT_BEFORE.search(left[-30:]):
        # "512 BTC sold, comprising the whole of December's production and 43 BTC drawn from the Company's reserve":
        # a part of the sale, not the month's output; "sold all but 10 BTC of the bitcoin it mined": not a count sold
        return "part"
    if " of th" in s[q.start:q.end] and _PRODUCED_PART_BEFORE.search(left[-40:]):
        return "part"  # "Its Gedu data center in Bhutan produced 209 of those coins": a share of the total told before
    if "quivalent" in s[q.start:q.end] and _OF_REVENUE_AFTER.match(right):
        return "equivalent"  # "about 22 Bitcoin equivalents of hosting revenue"
    if _WHEN_VALUED_AFTER.match(right):
        return "equivalent"  # "an estimated $3.0 million in power credits, roughly 136 BTC when valued at ..."
    if _JV_SUBJECT_BEFORE.search(left[-100:]):
        return "site"  # "Its joint venture in Abu Dhabi, in which Marathon holds a 20% stake, mined 50 bitcoin"
    if _EQUIVALENT_OF_BEFORE.search(left[-100:]):
        return "equivalent"  # "The BTC equivalent(4) of all digital assets held at June 30, 2023 was about 1,573.4 BTC"
    near = left[-60:]
    if (own := _WHEN_IT_DID.search(near)) is not None:
        near = near[own.start():]  # "a decline in our daily production rate from March, when we self-mined 379 bitcoin"
    rate = _RATE_BEFORE.search(near)
    if rate and _SELLS_DAILY.search(near, max(0, rate.start() - 40)):
        rate = None  # "Consistent with its policy of selling bitcoin daily, IREN sold all 620 BTC": a habit, not a rate
    if rate and not (_FIGURE_BEFORE.search(near, 0, rate.start()) and _RATE_THEN_ANOTHER.match(rate.group(0))) \
            and not _BTC_FIGURE.search(rate.group(0)):
        return "rate"
    if _DAILY_OUTPUT_BEFORE.search(left[-130:]):
        return "rate"  # "combined daily output from the publicly traded miners has shrunk from 77 BTC to 28 BTC"
    if q.value == 1 and _UNIT_DEFINED_AFTER.match(right):
        return "equivalent"  # "(one bitcoin equals 100 million satoshis)"
    if q.value == 1 and _ONE_COIN_BEFORE.search(left[-30:]):
        return "rate"  # "Producing one bitcoin cost TeraWulf $22,954 in the quarter": a unit cost
    if q.value in _SUBSIDIES and _SUBSIDY_WORDS.search(s, max(0, q.start - 60), q.end + 40):
        return "subsidy"  # "The halving will cut the block subsidy to 3.125 BTC from 6.25 BTC"
    further_sale = _SOLD_MORE.search(left[-60:]) is not None and not _COMPARED_AFTER.match(right)
    further_month = _FLOW_ANOTHER_BEFORE.search(left[-60:]) is not None and (
        _IN_A_MONTH_AFTER.match(right) is not None or _IN_A_MONTH_OPENS.match(s) is not None)
    # ("self-mined another 177 BTC in October alone", "mined a further 28 BTC in January": that month's output)
    if (_CHANGE_BEFORE.search(left[-40:]) and not further_sale and not further_month) or _CHANGE_AFTER.search(right) \
            or _CHANGED_BY.search(left[-80:]):
        return "change"
    if _NOT_HOLDINGS_VALUE.search(left[-40:]) and not held_equivalent:
        return "equivalent"
    if _SUPERSEDED_BEFORE.search(left[-60:]) or _SUPERSEDED_AFTER.match(right):
        return "superseded"  # "revised bitcoin production for November 2024 to 907 BTC, revised from a preliminary 922"
    if _THEY_MINED_AFTER.match(right) and _CLIENT_WORD.search(left):
        return "clients"  # "Customers using BitFuFu's cloud-mining products produced 6,756 BTC in 2023, nearly double
        # the 3,405 BTC they produced in 2022"
    if _CLIENTS_MINED.search(left[-60:]) or _FOR_CLIENTS_LABEL.search(left[-60:]) or _MINED_FOR_CLIENTS.match(right) \
            or _WITH_CLIENTS_OUTPUT.search(left[-120:]) \
            or _PLATFORM_WIDE.search(left[-120:]) or _ACROSS_PLATFORM_AFTER.match(right) \
            or (_MANAGED_FLEET.search(left[-80:]) and _CLIENT_WORD.search(s)):
        return "clients"  # "those customers earned an estimated 449 BTC at its data centers": not the host's coins
    if _TOTAL_WITH_CUSTOMERS_AFTER.match(s, q.end) or _FOR_CUSTOMERS_AFTER.match(right):
        return "clients"
    if _LOAN_COINS_BEFORE.search(left[-90:]) or _OF_PRINCIPAL_AFTER.match(right):
        return "loan"  # "reducing the balance outstanding under the bitcoin-denominated note to 340 BTC", "paid 22 BTC of
        # principal to Anchorage": a loan told in coins
    if _NOT_OWN_OUTPUT_AFTER.match(s, q.end):
        return "clients"  # "The 355 BTC generated on capacity rented by those customers ... is not part of the
        # Company's production or holdings"
    if _FOR_THEIR_OWNERS_AFTER.match(right) or _UNDER_MANAGEMENT_MADE_BEFORE.search(left[-70:]):
        # "machines hosted in the Company's facilities earned roughly 560 bitcoin for their owners", "machines under
        # the Company's management produced approximately 410 BTC": hosted machines' coins, not the company's
        return "clients"
    if _CLOUD_CUSTOMERS_BEFORE.search(left[-140:]) and not _OWN_FLEET_AFTER_FIGURE.match(right):
        return "clients"  # "BTC produced by customers through cloud-mining solutions declined 29.2% to 1,272 BTCs"
    if _PURCHASE_AFTER.match(right):
        return "purchase"  # "Hut 8's balance grew mostly through a 990 BTC purchase in December"
    if _SITE_MINED.search(left[-80:]):
        return "site"  # "In that short time the Bhutan site mined 211 Bitcoins in September": one site's output
    if _FORECAST_BEFORE.search(left[-100:]):
        return "forecast"  # "Kestrel models 2026 production of about 7,900 BTC", "the note projects around 6,300 BTC"
    if _EXPECTED_AFTER.match(right):
        return "forecast"  # "full-year Bitcoin output of between 2,750 and 4,500 BTC expected"
    if _WOULD_HAVE_BEFORE.search(left[-60:]):
        return "forecast"  # "we estimate we would have produced approximately 660 Bitcoin last month": had luck been normal
    if _POLICY_FLOOR_BEFORE.search(left):
        return "policy"  # "a treasury policy to keep a strategic reserve of no less than 1,000 BTC"
    if _GOAL_OF_HOLDING.search(left[-80:]):
        return "goal"  # "a formal HODL strategy with the goal of owning at least 5,000 bitcoin by 2022"
    pledge = loan.COLLATERAL.search(left[-40:])
    if pledge and pledge.group(0).lower().startswith("against") and not _LOAN_BEFORE.search(left) \
            and re.match(r"\s*(?:in|during|for|it|that it|a (?:year|month|quarter) (?:earlier|before|ago)|"
                         r"(?:the )?(?:same|prior|previous) (?:month|quarter|year|period)|"
                         r"at (?:the )?(?:end|close|start|beginning) of|as of|on (?-i:[A-Z])|"
                         # another holder's: "held 9,373 BTC as of March 31, against 6,062 BTC at Riot"
                         r"(?:at|for) (?-i:[A-Z])\w*)\b", right):
        pledge = None  # "produced 31 BTC in August, against 47 BTC in August 2023", "against 943 BTC a year earlier"
    if pledge or re.match(r"\W{0,3}(?:of )?collateral\b", right) or _COLLATERAL_AFTER.match(right) \
            or _IT_HAD_PLEDGED_AFTER.match(right):
        return "collateral"  # "borrowed $20 million against 500 BTC": a loan's collateral; "released 500 of the 3,300
        # bitcoin Riot had pledged"
    if 1990 <= q.value <= 2035 and float(q.value).is_integer() and "," not in s[q.start:q.end] \
            and (_YEARISH.search(left[-12:]) or _DATE_BEFORE_YEAR.search(left[-16:])
                 or _PERIOD_WORD_BEFORE_YEAR.search(left[-30:])):
        # "December 2024 Bitcoin Mining Update", "at the June 30, 2022 BTC price of $19,785", "Fiscal first quarter 2024
        # bitcoin mined was ...": a year, not 2,024 coins
        return "year"
    if _FOOTNOTE_LINE.match(s) and q.start == 0:
        return "footnote"  # "1 BTC earned is net of mining pool fees."
    if _PLUS_BEFORE.search(left[-12:]) and _FROM_RESERVES_AFTER.match(right):
        return "part"  # "it sold all of its April output plus 12 coins from its reserves": a part of the sale
    return None


_WHEN_IT_DID = re.compile(r",\s+when\s+(?:we|it|they|the\s+company|(?-i:[A-Z])[\w-]*)\s+(?:had\s+|also\s+)?"
                          r"(?:self-)?(?:mined|produced|sold|held|earned)\s+"
                          r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?$", re.I)
_PLUS_BEFORE = re.compile(r"\b(?:plus|and)\s+(?:another\s+|a further\s+)?$")
_FROM_RESERVES_AFTER = re.compile(r"\s*(?:taken\s+)?from\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:reserves?|holdings|treasury|"
                                  r"stack|stockpile)\b")


_CASH_AND_BEFORE = re.compile(r"(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+(?:unrestricted\s+)?cash"
                              r"(?:\s+and\s+cash\s+equivalents)?\s+and\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
# a treasury told in coins: "it held 11 BTC equivalent as of 31 July 2024", "Argo held digital assets equivalent to 11 BTC"
_HELD_EQUIVALENT_BEFORE = re.compile(r"\b(?:held|holds|holding)\s+(?:(?:digital|crypto(?:currency)?)\s+assets\s+equivalent\s+to\s+|"
                                     r"(?:about\s+|approximately\s+|roughly\s+)?$)", re.I)
_LIST_NEXT = re.compile(r"[^.;:\d]{0,40}?(?:,\s+(?:and\s+)?|\s+and\s+)")
_SITE_MINED = re.compile(r"\b(?:the|its|that|this)\s+(?:[A-Z][\w-]*\s+){1,2}(?:site|facility|campus|farm|mine|"
                         r"data center)\s+(?:alone\s+)?(?:mined|produced|earned|generated)\s+"
                         r"(?:about |approximately |roughly |some )?$|"
                         # "Marathon's joint venture in Abu Dhabi separately mined 50 BTC during the month"
                         r"\b(?:joint[- ]venture|JV)\b[^.;,]{0,40}?\s(?:mined|produced|earned|generated)\s+"
                         r"(?:about |approximately |roughly |some )?$|"
                         # a part of the fleet as the subject: "the state as a whole produced about 241 BTC", "Under the
                         # current tenant, the campus self-mined approximately 1,450 BTC"
                         r"\b(?i:the|that|this)\s+(?:state|province|region|campus|campuses)\s+(?:as\s+a\s+whole\s+|alone\s+|"
                         r"together\s+)?(?:self-)?(?:mined|produced|earned|generated)\s+"
                         r"(?:about |approximately |roughly |some )?$")
# "The Lake Mariner facility in New York, TeraWulf's flagship site, operated around 4.6 EH/s": the site's owner in an
# aside, not the subject
_APPOSED_OWNER_OF_SITE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:site|facility|campus|data\s+cent(?:er|re))\s*,")
_SITE_VERB = r"(?:self-)?(?:mined|produced|earned|generated)\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|around\s+|close\s+to\s+)?$"
# a site or a venture as the subject of production, not the company's fleet (the caller checks no miner is named between)
_SITE_AS_SUBJECT = re.compile(r"(?:^|[.;]\s+|,\s+)\W{0,2}(?:the|that|this)\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:JV\s+)?"
                              r"(?:site|facility|campus|data\s+cent(?:er|re))\b"
                              r"(?:(?!\b(?:it|we|they|company|fleet|while|but|which|who|whose|that)\b)[^.;]){0,50}?\s"
                              + _SITE_VERB + "|"
                              r"\b(?:JV|joint\s+venture|venture['’]s\s+(?:\w+\s+)?sites?)\b"
                              r"(?:(?!\b(?:it|we|they|company|fleet|while|but|which|who|whose)\b)[^.;]){0,50}?\s" + _SITE_VERB + "|"
                              r"\b(?:sites|facilities|campuses|data\s+cent(?:er|re)s)\s+(?:as\s+a\s+whole|together)\s+" + _SITE_VERB + "|"
                              # "On a 100%-of-site basis, the four data centers mined roughly 528 BTC"
                              r"\b100\s?%[\w-]*\s+basis,?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:sites|facilities|campuses|"
                              r"data\s+cent(?:er|re)s)\s+" + _SITE_VERB + "|"
                              r"\b(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:on\s+its\s+own|alone|as\s+a\s+whole)\s+" + _SITE_VERB,
                              re.I)
# ("The company has said it wants to reach 10,000 BTC in its reserve by mid-2026")
_GOAL_OF_HOLDING = re.compile(r"\b(?:(?:goal|target|aim|ambition|objective)\s+(?:of|to)|(?:wants?|wanted|aims?|aimed|"
                              r"hopes?|hoped|plans?|planned|intends?|intended)\s+to)\s+(?:own(?:ing)?|hold(?:ing)?|"
                              r"reach(?:ing)?|accumulat(?:e|ing)|min(?:e|ing)|produc(?:e|ing)|(?:build|building)\s+(?:up\s+)?"
                              r"(?:a\s+)?(?:reserve|treasury|stack)\s+of)\s+(?:at least\s+|about\s+|more than\s+|over\s+|"
                              r"some\s+|roughly\s+|approximately\s+)?$", re.I)
# "The company had 53,901 BTC at the end of December", "had about 930 BTC as of Dec. 31": a balance at a date
# (and "American Bitcoin reported 3,865 BTC as of October 24": a balance on a day)
_ON_BALANCE_SHEET = re.compile(r"\bon\s+(?:its|the|their)\s+balance\s+sheets?\b", re.I)
# ("Its latest monthly report showed 25,945 BTC at Aug. 31")
# a figure with no cue of its own, told at a day: "- BitFuFu (Singapore): 1,768 BTC at December 31.", "* Bitdeer: 1,046
# BTC [Jan 30, 2026] (-358)": a balance, since a flow is not told at a single day
_ON_A_DAY_AFTER = re.compile(rf"\W{{0,3}}(?:at|as of|as at)\s+(?:{P.MONTH})\.?\s+\d{{1,2}}\b|"
                             rf"\s*\[(?:as of\s+)?(?:{P.MONTH})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?\]", re.I)
_HAD_BEFORE = re.compile(r"\b(?:had|has|have|having|reported|disclosed|posted|showed|shows|listed)\s+"
                         r"(?:(?:about|approximately|roughly|around|some|nearly|almost|"
                         r"just over|just under|more than|over|close to)\s+)?$", re.I)
_AS_AT_AFTER = re.compile(r"\W{0,3}(?:at|as of|as at|on)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?(?:"
                          + P.MONTH + r"|month|quarter|year|(?:month|quarter|year)[- ]end|\d)", re.I)


def _cue_text(sent: Sent) -> str:
    """The sentence with company names that hold a cue word blanked: "MARA Holdings ..., reporting 950 BTC mined" has
    no holdings cue."""
    s = sent.text
    for m in sent.mentions:
        if _NAME_CUE.search(m.name):
            s = s[:m.start] + " " * (m.end - m.start) + s[m.end:]
    return s


_NAME_CUE = re.compile(r"\b(?:Holdings?|Reserves?|Treasury)\b")


# (and a participle that tells the sale: "continued to sell part of its production, disposing of 300 BTC in August")
_DONE_CLAUSE = re.compile(r",\s+(?:after|before|while|having|following|"
                          r"(?:disposing|selling|offloading|liquidating)\s+of)\s|"
                          # "Our strategy remains to sell bitcoin as needed, and we sold 1,445 bitcoin in the quarter"
                          r"(?:;|,\s+(?:and|but|so|yet))\s+(?=(?:we|it|they|the\s+company|the\s+miner)\s+"
                          r"(?:also\s+|then\s+|still\s+)?(?:sold|has\s+sold|had\s+sold|have\s+sold)\b)")


_CARRIED_OVER_AFTER = re.compile(r"\s*(?:bitcoins?|BTC|coins)?\s+(?:that\s+|which\s+)?(?:(?:it|the\s+company|they)\s+)?"
                                 r"(?:still\s+)?(?:had|held|carried\s+over|left\s+over|brought\s+forward)\b[^.;\d]{0,30}?"
                                 r"\b(?:at|from|as\s+of)\s+(?:the\s+)?end\s+of\b", re.I)


def _own_clause_start(s: str, pos: int) -> int:
    """Where the clause of the figure at `pos` starts, after ', after ...', ', having ...' (else 0)."""
    return max((m.end() for m in _DONE_CLAUSE.finditer(s, 0, pos)), default=0)


# "the 1,000 coins it bought in January", "plus the 4,812.66 BTC acquired in January"
_BOUGHT_RIGHT_BEFORE = re.compile(r"\b(?:and|then|but|while|,)\s+(?:it\s+|they\s+|the company\s+)?(?:also\s+)?"
                                  r"(?:re-?purchased|bought(?:\s+back)?|purchased|acquired)\s+(?:back\s+)?"
                                  r"(?:about\s+|approximately\s+|roughly\s+|some\s+|another\s+|a further\s+)?$", re.I)
_IT_BOUGHT = re.compile(r"\s+(?:(?:that\s+|which\s+)?(?:it|the company|the miner)\s+(?:had\s+|has\s+)?)?(?:bought|purchased|acquired)\b")
_OF_ITS_UNIT = re.compile(r"\sof\s(?:its|their|our)\s")


_OTHERS_TOGETHER_BEFORE = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+(?:\w+\s+)?(?:companies|miners|firms|names|"
                                     r"holders)\b[^.;]{0,50}$|"
                                     # (but "Bitdeer led the rest of the pack with 526 self-mined BTC" is Bitdeer's)
                                     r"(?<!\bled )(?<!\bleads )(?<!\bleading )(?<!\btopped )(?<!\btops )(?<!\bheaded )"
                                     r"(?<!\bled the )(?<!\bleads the )(?<!\bleading the )(?<!\btopped the )(?<!\btops the )"
                                     r"(?<!\bheaded the )\b(?:the\s+)?rest\s+of\s+the\s+(?:group|pack|field|ranking|list|sample)\b"
                                     r"[^.;]{0,50}$", re.I)
# No listed miner has come near 150,000 BTC (the largest held about 53,000 in 2025, and none mines 15,000 a year): a
# larger figure is the industry's, a treasury company's or the network's ("miners are estimated to control more than
# 700,000 BTC")
_WITH_CUSTOMERS_BEFORE = re.compile(r"\b(?:including|includes|plus|together with)\b[^.;]{0,50}\b(?:cloud[- ]mining\s+)?"
                                    r"(?:customers|clients)\b[^.;\d]{0,30}$", re.I)
_PER_DAY_OPENER = re.compile(r"\W{0,3}(?:(?:Per|Each)\s+day|(?:On|In)\s+a\s+(?:per[- ]day|daily)\s+basis|Daily)\s*,", re.I)
# (a note's, with its mark or as a bare verb; not "Including the coins pledged, HIVE holds 2,201 BTC": a total)
# the whole of a sale a sentence opens on, whose parts follow: "Of the 381 BTC sold in August, 100 BTC were delivered to
# settle a forward sale"
_OF_THE_SOLD_OPENER = re.compile(r"\W{0,3}Of\s+(?:the|its)\s+(?:about\s+|approximately\s+|roughly\s+)?[\d,.]+\s*"
                                 r"(?:BTC|bitcoins?)\b[^,;:]{0,40}?\bsold\b[^,;:]{0,40},")
# coins earned by lending them out, not by mining
_INTEREST_AFTER = re.compile(r"\s*(?:of|in)\s+(?:lending\s+)?(?:interest|yield)\b", re.I)
_AS_INTEREST_BEFORE = re.compile(r"\b(?:earned|received|paid)\s+as\s+(?:lending\s+)?(?:interest|yield)\b[^.;]*$", re.I)
_INCLUDES_OPENER = re.compile(r"\W{0,3}(?:(?:\(?\d{1,2}\)|\d{1,2}\.|\*{1,3}|[¹²³]|[a-c]\))\s*(?:Includes|Including|Comprises|"
                              r"Consists\s+of|Of\s+which)|(?:Includes|Comprises|Consists\s+of)(?!\s+(?:the\s+)?(?:May|June|"
                              r"July|coins\s+mined\s+since)))\b")
# (not "Argo Blockchain mined 59 bitcoin": a name)
_NETWORK_MADE_BEFORE = re.compile(r"\b(?:the\s+(?:bitcoin\s+)?(?:network|protocol)|(?:the|all)\s+miners\s+as\s+a\s+whole|"
                                  r"the\s+industry)\s+(?:\w+\s+){0,2}?(?:produced|mined|issued|generated|"
                                  r"created|paid\s+out|minted)\b[^.;\d]{0,30}$", re.I)
MAX_MINER_BTC = 150_000
# nor does any mine, sell or hold less than a tenth of a coin in a period it reports
MIN_MINER_BTC = 0.1


# "* BTC mined in January 2022: 122.4 (December 2021: 130.1)": the same figure for an earlier period, in brackets
# (and after the figure's own words: "417 BTC mined in May (April: 804)", "41.64 EH over the month (August: 40.91)")
_BRACKETED_PRIOR = re.compile(rf"\s*(?:BTC|bitcoins?|EH/s)?(?:\s+[A-Za-z][^\d();:.,]{{0,40}}?)?\s*\((?P<when>[A-Za-z][\w .,'’-]{{2,30}}?):\s*(?P<num>{NUMBER})"
                              r"\s*(?:BTC|bitcoins?|EH/s)?\)")


def paren_prior_figures(ctx: DocContext, found: list[Candidate]) -> list[Candidate]:
    """Figures in brackets after a figure, each with a period of its own, that take its type, company and unit."""
    out = []
    for c in found:
        m = _BRACKETED_PRIOR.match(c.sent.text, c.q_end)
        if m is None or (c.type == "hashrate" and "EH" not in c.sent.text[c.q_start:c.q_end + m.start("num")]):
            continue
        told = P.find_periods(m.group("when"), ctx.published, ctx.fy_end_for(c.company), ctx.dmy)
        value = parse_number(m.group("num"))
        if len(told) != 1 or value is None or told[0].kind not in ("month", "quarter", "year", "date", "half"):
            continue
        period = anchor(ctx, told[0])
        prior = dataclasses.replace(c, value=value, q_start=c.q_end + m.start("num"), q_end=c.q_end + m.end("num"),
                                    rule="paren_prior", flags=set(c.flags) - {"period_inferred"},
                                    period_default=False, proceeds_usd=None)
        flow = c.type in ("btc_mined", "btc_sold")
        if flow and period.kind == "date":
            continue
        prior.period_start, prior.period_end = (period.start if flow else None), period.end
        out.append(prior)
    return out


# a part of a flow told after it, with its own period: "mined 2,034 bitcoin in 2024, with 324 of those in the fourth
# quarter", "self-mined 3,406 bitcoin in 2023, 1,094 of them in the fourth quarter alone"
_PART_OF_IT_AFTER = re.compile(rf"[^,;.]{{0,40}}?,?\s+(?:with\s+|including\s+)?(?P<num>{NUMBER})\s+(?:BTC\s+|bitcoins?\s+)?"
                               r"of\s+(?:those|them|these|which|the\s+total)\s+(?:(?:were|was|coming|came)\s+)?"
                               r"(?:(?:mined|produced|earned|self-mined|sold)\s+)?(?P<when>(?:in|during|over)\s+[^,;.]{3,40})")


def part_of_flow_figures(ctx: DocContext, found: list[Candidate]) -> list[Candidate]:
    """A part of a year's output or sales given by count after it ('mined 2,034 bitcoin in 2024, with 324 of those in
    the fourth quarter'): the part, for its own month, quarter or half, with the whole's type and company."""
    out = []
    for c in found:
        if c.type not in ("btc_mined", "btc_sold") or c.period_start is None \
                or (m := _PART_OF_IT_AFTER.match(c.sent.text, c.q_end)) is None:
            continue
        told = P.find_periods(m.group("when"), ctx.published, ctx.fy_end_for(c.company), ctx.dmy)
        value = parse_number(m.group("num"))
        if not told or value is None or told[0].kind not in ("month", "quarter", "half") or not value < (c.value or 0):
            continue
        period = anchor(ctx, told[0])
        if period.start is None or not (c.period_start <= period.start and period.end <= c.period_end):
            continue  # (a part lies within the whole's period)
        part = dataclasses.replace(c, value=value, q_start=c.q_end + m.start("num"), q_end=c.q_end + m.end("num"),
                                   rule="part_of_flow", flags=set(c.flags) - {"period_inferred"},
                                   period_default=False, proceeds_usd=None, qualifier=None)
        part.period_start, part.period_end = period.start, period.end
        out.append(part)
    return out


_KEPT_BEFORE = re.compile(r"\b(?:kept|keeps|keeping|retained|retains)\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_PER_UNIT_OPENER = re.compile(r"\W{0,3}(?:Per|For each|On a per)[\s-]+(?:exahash|EH/s|EH|petahash|PH/s|megawatt|MW|"
                              r"machine|miner|unit)\b", re.I)
_BY_ANOTHER_AFTER = re.compile(r"\s+(?:produced|mined|reported|held|sold|posted)\s+by\s+(?:(?:a|an|its|the)\s+)?"
                               r"(?:privately[- ]held|private|rival|peer|competing|competitor|another|other|larger|smaller|"
                               r"unlisted)\b", re.I)


def btc_candidates(ctx: DocContext, sent: Sent) -> list[Candidate]:
    s = sent.text
    cue_s = _cue_text(sent)
    name_blanked = cue_s != s
    qtys = list(sent.btc)
    out: list[Candidate] = []
    prev_type: object | None = None
    prev_rule = ""
    qtys, paired = _with_pairs(sent, qtys)
    prev_why: str | None = None
    # "4. Bitcoin Standard Treasury Company: 30,021 BTC": an item about a company the registry does not know
    item = _ITEM_LABEL.match(s)
    if item is None and (line := _COMPANY_LINE_LABEL.match(s)) is not None and _label_names_company(sent, line):
        item = line  # a newsletter's paragraph headed by its company: "Riot Platforms: 436 BTC in January."
    item_names_company = item is not None and _label_names_company(sent, item)
    unknown_item = item is not None and not item_names_company \
        and _COMPANY_SUFFIX_END.search(item.group("label")) is not None
    for i, q in enumerate(qtys):
        if unknown_item and q.start >= item.end():
            continue
        lo, hi = _clause_bounds(qtys, i, len(s))
        left, right = s[lo:q.start], s[q.end:hi]
        why = _is_non_fact(s, q, s[:q.start], right)
        if why is None and (site := _SITE_AS_SUBJECT.search(s, max(0, q.start - 110), q.start)) is not None \
                and not any(m.company and site.start() <= m.start < q.start for m in sent.mentions):
            why = "site"  # "The Nautilus facility as a whole mined approximately 4,800 bitcoin", "the King Mountain JV
            # site in McCamey, Texas produced 160 Bitcoin", "Lake Mariner on its own self-mined 2,197 bitcoin"
        if why is None and prev_why == "rate" and _RATE_FOLLOWS.search(left) and (
                q.value < 5 * qtys[i - 1].value or _FOR_RIVAL.match(right)):
            # "averaged 17.5 BTC per exahash, compared with 16.9 BTC for Cipher", "... and peaked at 19.4"; but "about
            # 5.8 BTC a day, compared with 161 BTC in November" compares the month's 179, not the rate
            why = "rate"
        if why is None and _PER_UNIT_OPENER.match(s):
            why = "rate"  # "Per exahash, Cipher produced about 22 BTC in August against roughly 25 BTC for Iris Energy"
        if why is None and _OTHERS_TOGETHER_BEFORE.search(s, max(0, q.start - 80), q.start):
            why = "aggregate"  # "The other 11 companies in the ranking hold 8,502 BTC combined"
        if why is None and _WITH_CUSTOMERS_BEFORE.search(s, max(0, q.start - 90), q.start):
            why = "aggregate"  # "total production including what it generated for cloud customers came to 392 BTC"
        if why is None and _INCLUDES_OPENER.match(s):
            why = "part"  # "(1) Includes 1,302 BTC mined by the Company and 308 BTC received as payment": a note's parts
        if why is None and (whole := _OF_THE_SOLD_OPENER.match(s)) is not None and q.start >= whole.end() \
                and not btc_held.AFTER.search(right) and not btc_mined.AFTER.search(right):
            why = "part"  # "Of the 475 bitcoin Riot sold in March, 120 BTC were delivered against call options"
        if why is None and hashrate.NOT_OURS_BY_NAME["payout_level"].search(left[-50:]):
            why = "payout_level"  # "a threshold of 5,500 BTC and a maximum of 7,100 BTC": a bonus plan's levels
        if why is None and (_INTEREST_AFTER.match(right) or _AS_INTEREST_BEFORE.search(left[-90:])):
            why = "interest"  # "generated approximately 14 bitcoin of interest", "Coins earned as interest ..., roughly 2 BTC"
        if why is None and _NETWORK_MADE_BEFORE.search(s, max(0, q.start - 80), q.start):
            why = "aggregate"  # "the network produced about 13,950 BTC in July in block subsidies"
        if why is None and q.value > MAX_MINER_BTC:
            why = "aggregate"  # "Across the whole industry, miners are estimated to control more than 700,000 BTC"
        if why is None and _PER_DAY_OPENER.match(s):
            why = "rate"  # "Per day, MARA produced roughly 26.7 BTC in March 2025, CleanSpark 22.8 BTC and Riot 17.2 BTC"
        if why is None and 0 < q.value < MIN_MINER_BTC:
            why = "rate"  # "Last month: about 0.00031 BTC": a home rig's payout, a per-unit or per-block figure
        if why is None and _NON_MINER_HOLDER_BEFORE.search(s, max(0, q.start - 60), q.start):
            why = "other_company"  # "The kingdom's sales ... leaving it with around 5,600 BTC", "the U.S. government, whose"
        if why is None and (poss := _OTHERS_POSSESSIVE.search(s, max(0, q.start - 40), q.start)) is not None \
                and not any(m.company and m.start <= poss.start() < m.end for m in sent.mentions):
            why = "other_company"  # "the second-largest held by any public company, behind Strategy's roughly 499,000 BTC"
        if why is None and (by := _BY_ANOTHER_AFTER.match(s, q.end)) is not None and not any(
                m.company and by.end() <= m.start < by.end() + 40 for m in sent.mentions):
            why = "other_company"  # "well below the 313 BTC produced by privately held peer Rhodium"
        if why is None and prev_why == "site" and _LIST_NEXT.fullmatch(left):
            why = prev_why  # "the Bhutan site mined 211 Bitcoins in September, 209 Bitcoins in November and 230 ..."
        if why is None and prev_why in ("clients", "aggregate") and (_AND_THEN.fullmatch(left)
                                                                     or _COMPARISON.search(left)
                                                                     or _AGAINST_OUTPUT.search(left)):
            why = prev_why  # "... customers earned 449 BTC in December and 5,512 BTC over the year", "up from 371";
            # "The group of U.S.-listed miners ... produced 3,602 bitcoin in December, up from 3,404 the previous month"
        if why is None and (_aggregate_subject(sent, lo, q.start) or _listed_companies_together(sent, q.start)
                            or _BETWEEN_THEM_AFTER.match(right) or (
                _THEY_OPENING.match(s) and not any(m.company for m in sent.mentions)
                and _MINERS_SUBJECT.search(_sentence_before(ctx, sent)))):
            # "Public miners as a group sold roughly 14,600 BTC in June"; "Listed miners are still selling Bitcoin
            # faster than they produce it," said an analyst. "They sold 6,200 coins in July."
            why = "aggregate"
        prev_why = why
        if why:
            log.debug("btc figure %r rejected: %s", s[q.start:q.end], why)
            continue
        # the cue may sit up to 60 characters before the previous figure ("mined 437 and sold 430 BTC")
        w0 = max(0, q.start - 100, lo - 60) if lo else 0
        mod, rule, cue_end = _nearest_cue(cue_s[w0:q.start])
        if mod is None:
            mod, rule, cue_end = _nearest_cue(cue_s[:q.start])
            w0 = 0
        if mod is not None and (";" in s[w0 + cue_end:q.start] or ":" in s[w0 + cue_end:q.start]) \
                and any(m.AFTER.search(right) for m in BTC_MODULES):
            # "425 BTC mined in December; ...; 4,889 BTC held at the end of 2021", "it sold more than it produced: 475
            # BTC went for net proceeds of $38.8 million"
            mod, rule, cue_end = None, "", -1
        cue_borrowed = lo > 0 and w0 + cue_end <= lo  # the verb belongs to the figure before this one
        after_verb = next((m for m in BTC_MODULES if m.AFTER.search(right)), None)
        if prev_type is not None and (_COMPARISON.search(left) and not _STOCK_FROM.search(left) or (
                prev_rule == "comparison" and _AND_ANOTHER_BASE.fullmatch(left))):
            # "... compared with 954 in November and 1,046 in December 2022": both are bases of the comparison
            # but "sold 1,390 BTC, ..., trimming its reserve from 2,284 BTC" compares the holdings its own cue names
            mod, rule = (after_verb, "amount_verb") if after_verb else (prev_type, "comparison")
            if after_verb and _MULTIPLE_OF_BEFORE.search(left):
                rule = "comparison"  # "more than double the 483 it mined a year earlier": the base, in its own period
        all_of = _ALL_OF_THE.search(left) is not None  # "sold all of the 210 BTC it mined": all of it, sold
        if _OF_THE.search(left) and _IT_MINED.match(right) and not all_of:
            mod, rule = btc_mined, "of_it_mined"  # "sold 507 BTC of the 531 it mined": the 531 is production
        elif mod is btc_sold and (_OF_ITS.search(s, max(0, q.start - 40), q.start) or (
                _OF_THE.search(left) and _IT_HELD.match(right))):
            continue  # "sold 300 of its 500 BTC", "sold 500 of the 1,000 BTC it held": the whole, earlier, is no sale
        elif mod in (btc_sold, btc_mined) and _IT_BOUGHT.match(right):
            continue  # "Bitfarms sold 7,309 BTC in 2022, a total that includes the 1,000 coins it bought in January"
        elif mod is btc_sold and _BOUGHT_RIGHT_BEFORE.search(left[-40:]):
            continue  # "Sold 23.9 Bitcoin and repurchased 10.0 Bitcoin during the month": the coins bought back
        elif mod is btc_sold and _IT_MINED.match(right) and _COMPARED_TO_IT.search(left) and not all_of:
            mod, rule = btc_mined, "it_mined"  # "sold 1,390 BTC, more than double the 606 BTC it mined"
        elif after_verb is not None and mod is not after_verb and _PARTICIPLE_AND.search(left):
            mod, rule = after_verb, "amount_verb"  # "with 3,123 Bitcoin Mined and 2,287 Bitcoin Held at Year End"
        elif after_verb is not None and mod is not after_verb and _LIST_ITEM_THE.search(left):
            # "sold 1,132.9 BTC: the 189.8 BTC its machines produced ... plus the 943.1 BTC it still had in reserve"
            mod, rule = after_verb, "amount_verb"
        elif rule == "ended_with" and after_verb is btc_mined and _PRODUCED_RIGHT_AFTER.match(right):
            mod, rule = btc_mined, "amount_verb"  # "we finished the month with 683 bitcoin produced"
        elif mod in (btc_held, btc_sold) and after_verb is btc_mined and _PRODUCED_RIGHT_AFTER.match(right) \
                and q.start - (w0 + cue_end) > 25:
            # "total holdings had passed 49,000 BTC and that the 950 BTC produced was the most since the April 2024
            # halving", "sold 57.2 BTC for approximately $4.9 million, out of 68.1 BTC mined": the participle names
            # this figure, the cue the one before
            mod, rule = btc_mined, "amount_verb"
        elif after_verb is not None and mod is not after_verb and _PASSIVE_OWN_VERB.match(right) \
                and (cue_borrowed or q.start - (w0 + cue_end) > 25) and not _OF_WHICH_BEFORE.search(left[-25:]):
            mod, rule = after_verb, "amount_verb"  # "No bitcoin was sold ..., and 9,334 BTC were held at May 31": its own verb
        elif after_verb is btc_held and mod is not btc_held and _STOCK_NOUN_AFTER.match(right):
            mod, rule = btc_held, "amount_verb"  # "sold its fresh output along with the entire 761.5 BTC balance it
            # still carried a week earlier": the figure's own noun names a balance
        elif _CONVERTED_BEFORE.search(left[-40:]) and _INTO_CASH_AFTER.match(right):
            mod, rule = btc_sold, "verb_amount"  # "CleanSpark converted 502 bitcoin into cash in March": a sale
        elif _RAISED_FROM_BEFORE.search(left[-60:]) and not _PRODUCED_RIGHT_AFTER.match(right):
            mod, rule = btc_sold, "verb_amount"
        elif mod in (btc_held, btc_mined) and _SOLD_PART_OF_HOLDINGS.search(left[-90:]):
            mod, rule = btc_sold, "verb_amount"  # "sold a large part of its holdings, more than 3,000 BTC, last month"
        if re.search(r"\b(?:self-)?mined\b|\bproduced\b", s[q.start:q.end]) and not (
                mod is btc_held or btc_held.AFTER.search(right)):
            # "13,762 self-mined BTC", but "held 9,086 self-mined Bitcoin in reserve" is a balance
            mod, rule = btc_mined, "mined_btc"
        if _PART_SOLD_AFTER.match(s, q.end) and not (_OF_THE.search(left) and _IT_MINED_PASSIVE.match(right)):
            mod, rule = btc_sold, "part_sold"  # "126 of the 128 Bitcoin mined in May were sold"
        elif mod in (btc_mined, btc_held) and _SOLD_PARTICIPLE.match(right):
            # (and "February's reserve is net of 169 Bitcoin sold in February")
            mod, rule = btc_sold, "sold_participle"  # "sells part of its production, including 132 BTC sold in July"
        inferred = False
        if mod is None or mod == "purchase":
            after = after_verb
            if after is None and mod is None and _RANKING.search(s):
                # league tables rank production unless the story's lead says holdings or sales; a figure as of a
                # day is a stock ("Riot Platforms is next, with 18,094 BTC as of Dec. 31")
                after = btc_held if _AS_AT_AFTER.match(right) else _context_cue(ctx, sent) or btc_mined
                inferred = True
            elif after is None and mod is None and prev_type in BTC_MODULES and _PAIR_TO.fullmatch(left) \
                    and _FROM_BEFORE.search(s, max(0, qtys[i - 1].start - 30), qtys[i - 1].start):
                after = prev_type  # "from 721 BTC in April to 417 BTC in May": the second of the pair, the first's type
            elif after is None and mod is None and prev_type in BTC_MODULES and prev_rule in ("context", "comparison") \
                    and _AND_NEXT_ITEM.fullmatch(left):
                # "That compares with 140.5 bitcoins at the end of October and 75.9 bitcoins at the end of November
                # 2023": the list's next item, of the first's type
                after, inferred = prev_type, True
            elif after is None and mod is None and _COMPARISON.search(left):
                # "Marathon's total was down from 850 BTC in April"; a month's figure is a flow: "reported a 42% drop,
                # from 721 BTC in April to 417 BTC in May", after a paragraph that ends on holdings
                after, inferred = _context_cue(ctx, sent, flow=_IN_A_PERIOD.match(right) is not None), True
            if after is None and mod is None and _CASH_AND_BEFORE.search(left[-80:]):
                after = btc_held  # "Liquidity ... made up of $7.7 million of cash and 39 Bitcoin", "had $4.0 million of
                # cash and 11 Bitcoin equivalent"
            if after is None and mod is None and (btc_held.STOCK_AFTER.search(right) or (
                    _ON_A_DAY_AFTER.match(right) and not _COMPARISON.search(left)) or (
                    (_HAD_BEFORE.search(left) or name_blanked) and _AS_AT_AFTER.match(right))):
                # "Bitdeer had just 9 BTC left at the end of March", "had 53,901 BTC at the end of December", and
                # after a name that holds a cue word: "MARA Holdings reported 49,951 BTC on June 30"
                after = btc_held
            if after is None and mod is None and (lead := _lead_in_cue(ctx, sent)) is not None:
                after, inferred = lead, True  # "Bitdeer's reserve fell steadily:" then "• 1,530 BTC at the end of January"
            if after is None and mod is None and (sibling := _sibling_item_cue(ctx, sent)) is not None:
                after, inferred = sibling, True
            if after is None and mod is None and item is not None and q.start >= item.end():
                if not item_names_company:
                    continue  # "4. Bitcoin Standard Treasury Company: 30,021 BTC": a holder the registry does not know
                if _OTHER_FLOW_AFTER.match(right):
                    continue  # "American Bitcoin: 502 BTC added to its reserve in January from mining and purchases"
                # "2. MARA Holdings: 52,477 BTC" in a ranking whose paragraph above tells of holdings; a month's
                # figure is a flow ("> Hut 8 Mining: 94 BTC in August", after an item that ends on a balance)
                after, inferred = _context_cue(ctx, sent, flow=bool(_IN_A_PERIOD.match(right) or _RATE_NEXT.match(right))), True
            if after is None:
                continue
            mod, rule = after, "context" if inferred else "amount_verb"
        if (mod is btc_mined or (mod is btc_sold and (cue_borrowed or q.start - w0 - cue_end > 30
                                                      or _HAD_BEFORE.search(s, max(0, q.start - 30), q.start)
                                                      # "HIVE sold 150 BTC and kept 2,287 BTC in its HODL position"
                                                      or _KEPT_BEFORE.search(s, max(0, q.start - 30), q.start)))) \
                and btc_held.STOCK_AFTER.search(right):
            # (and "Even after April's sales, Riot still had 19,211 BTC in its treasury as of April 30")
            # "... mined 192 BTC: Hut 8 had 8,906 BTC at month end", "HIVE sold 880 BTC during the quarter and had
            # 435 BTC on its balance sheet at September 30"
            mod, rule = btc_held, "stock_after"
        elif mod is btc_sold and rule == "sale_of" and _HAD_BEFORE.search(s, max(0, q.start - 30), q.start) \
                and _ON_BALANCE_SHEET.search(right):
            # "After the sales, the company had 1,205 bitcoins and roughly $83 million in cash on its balance sheet"
            mod, rule = btc_held, "stock_after"
        elif mod is btc_sold and rule == "sale_of" and _CARRIED_OVER_AFTER.match(right):
            # "The sales included the 18.2 bitcoin carried over from the end of July", "swept up the 24 coins it still
            # had at the end of November": the balance at that month's end
            mod, rule = btc_held, "stock_after"
        if mod is btc_sold and btc_sold.NOT_DONE.search(s, _own_clause_start(s, q.start), q.start):
            continue  # (but "intends to sell the Bitcoin produced in February ..., after selling all 188 Bitcoin")
        if mod is btc_held and (_part_before(s, q.start) or btc_held.PART_AFTER.match(right)
                                or _OF_ITS_UNIT.search(s, q.start, q.end)  # "14,000 of its bitcoin were out on loan"
                                or ((opener := _OF_THE_TOTAL_OPENER.match(s)) and q.start >= opener.end())
                                or btc_held.RELEASED_BEFORE.search(s, max(0, q.start - 40), q.start)):
            continue
        prev_type, prev_rule = mod, rule
        flags: set[str] = {"kind_inferred"} if inferred else set()
        if q.is_range:
            flags.add("value_range")
        if (q.start, q.end) in paired:
            company, period = paired[(q.start, q.end)]
            rule = "respectively"
        else:
            company = company_for(ctx, sent, q.start, q.end, flags)
            period = _paren_period(ctx, sent, q.start) or _label_period(ctx, sent, q) \
                or _tally_period(ctx, sent, q, lo) or _referred_period(ctx, sent, q) \
                or merge_to_date(ctx, sent, _period(ctx, sent, q.start, q.end, _before_hashrate(sent, q, _past_paren_rate(s, qtys, i, hi)), lo))
            change = _CHANGE_FROM.search(s, max(0, q.start - 80), q.start) if rule == "comparison" and mod.IS_FLOW \
                else None
            if change is not None and (period is None or period.char_end <= change.start()) \
                    and ctx.report_period is not None and ctx.report_period.kind in ("month", "quarter"):
                # "produced 82 BTC, a 47.1% fall from 155 BTC" in a May update: April's, the period before
                before = P.Period(None, ctx.report_period.end, f"prior_{ctx.report_period.kind}", 0, 0, True, "")
                period = anchor(ctx, before)
                flags.add("period_inferred")
        if company is None:
            continue
        cand = Candidate(mod.TYPE, company, q.value, "BTC", sent, q.start, q.end, rule, qualifier=q.qualifier,
                         flags=flags)
        _set_btc_period(ctx, cand, mod, period)
        base = (out[-1] if rule == "comparison" else next((c for c in out if c.company == company), None)) \
            if rule in ("comparison", "respectively") and period is not None and period.kind == "year_ago" \
            and not period.has_year and out else None
        if base is not None and base.sent is sent and base.period_start is not None and base.period_end is not None:
            # "the company mined fewer BTC in the quarter: 693 BTC, against 943 BTC a year earlier": that quarter
            # a year back, whatever span the words alone would give (in a second 'respectively' list, the company's
            # own figure's)
            cand.period_start = P.year_back(base.period_start)
            cand.period_end = P.end_moved(base.period_end, -1)
        cand.period_weak = period_is_weak(period, lo) and (q.start, q.end) not in paired
        if mod is btc_sold:
            cand.proceeds_usd = _proceeds(s, q, hi)
        out.append(cand)
        twin = btc_mined if mod is btc_sold and _IT_MINED.match(right) and rule != "of_it_mined" \
            and (all_of or not _COMPARED_TO_IT.search(left)) else \
            btc_sold if mod is btc_mined and ((sold_all := _SOLD_ALL_OF_IT.search(right)) and not _MACHINES_BETWEEN.search(
                right, 0, sold_all.end()) or _SOLD_ALL_OF_BEFORE.search(left)) \
            else None
        if twin is not None:  # "sold all 21.7 BTC it mined", "mined 161 BTC and sold its entire production"
            other = dataclasses.replace(cand, type=twin.TYPE, rule=f"{rule}_twin", flags=set(cand.flags),
                                        proceeds_usd=_proceeds(s, q, hi) if twin is btc_sold else None)
            _set_btc_period(ctx, other, twin, period)
            out.append(other)
    out += _elliptical(ctx, sent, out, _UNIT_BTC, "BTC")
    out += _earlier_periods_figures(ctx, sent, out)
    out += _all_of_it_sold(sent, out)
    return out


# "IREN mined 490 Bitcoin, all of which were sold", "mined 1,347 BTC in the quarter and sold 100% of that production"
_ALL_SOLD_AFTER = re.compile(r"[^.;]{0,30}?,\s+all\s+of\s+which\s+(?:were|was|have\s+been|had\s+been)\s+(?:sold|liquidated)\b|"
                             r"[^.;]{0,60}?\b(?:and|then)\s+(?:it\s+|the\s+company\s+)?(?:sold|liquidated)\s+"
                             r"(?:100\s?%|all)\s+of\s+(?:that|this|the|its|their)\s+(?:production|output|bitcoin|BTC|coins)\b",
                             re.I)


def _all_of_it_sold(sent: Sent, found: list[Candidate]) -> list[Candidate]:
    """A production figure told as sold whole: the same coins, sold in the same period."""
    if any(c.type == "btc_sold" for c in found):
        return []
    return [dataclasses.replace(c, type="btc_sold", rule="all_sold", flags=set(c.flags)) for c in found
            if c.type == "btc_mined" and _ALL_SOLD_AFTER.match(sent.text, c.q_end)]


# a figure of hundreds or thousands said in words: "one thousand seven hundred and seventy-five"
_SPOKEN_NUMBER = (r"(?:" + "|".join(w for w, v in WORD_NUMS.items() if 1 <= v <= 9) + r")\s+(?:thousand|hundred)"
                  r"(?:[\s-]+(?:and\s+)?(?:" + "|".join([w for w, v in WORD_NUMS.items() if v] + list(WORD_MULT)) + r"))*")
# "had sold 250 bitcoins in April and, before that, 200 in March": a bare figure with a period of its own
# ("... offloaded 250 bitcoin in May ..., after selling 240 in April": the verb must be of the lead's type)
_BARE_THEN_PERIOD = re.compile(r"(?:\band|,|;|\bcompared\s+(?:with|to)|\bversus|\bagainst(?:\s+the)?|\b(?:up|down)\s+from|"
                               r"\b(?:below|above|short of)\s+the|"
                               r"\b(?:after|before|following)\s+"
                               r"(?P<verb>selling|offloading|liquidating|mining|producing))\s*"
                               r"(?:(?:before that|after that|then|previously|earlier),?\s+)?"
                               r"(?:another\s+|about\s+|roughly\s+|approximately\s+|some\s+)?"
                               r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
                               # a spoken figure: "against the one thousand seven hundred and seventy-five we mined in"
                               rf"(?<![\w-]){_SPOKEN_NUMBER})"
                               # "14% below the 505 it mined in October of last year"
                               r"(?:\s+(?:it|they|the company|we)\s+(?:mined|produced|earned|sold))?\s+in\s+(?=\S)", re.I)


_VERB_TYPE = {"selling": "btc_sold", "offloading": "btc_sold", "liquidating": "btc_sold", "mining": "btc_mined",
              "producing": "btc_mined"}


def _earlier_periods_figures(ctx: DocContext, sent: Sent, found: list[Candidate]) -> list[Candidate]:
    """Bare figures that follow a flow's own figure, each with a month or quarter of its own (or a year, after a
    year's figure), take its type, unit and company: 'Riot had sold 250 bitcoins in April and, before that, 200 in
    March', 'it mined approximately 7,873 bitcoin, net of pool fees, compared with 7,092 in fiscal 2024'."""
    lead = next((c for c in found if c.rule == "verb_amount" and c.period_start is not None), None)
    if lead is None or ", respectively" in sent.text:
        return []
    out = []
    for m in _BARE_THEN_PERIOD.finditer(sent.text, lead.q_end):
        period = next((p for p in sent.periods if p.char_start >= m.end()
                       and sent.text[m.end():p.char_start] in ("", "the ") and p.start is not None
                       and (p.kind in ("month", "quarter") or (p.kind == "year" and lead.period_start is not None
                                                               and lead.period_end is not None
                                                               and (lead.period_end - lead.period_start).days > 300))),
                      None)
        value = parse_number(m.group("n"))
        if m.group("verb") and _VERB_TYPE[m.group("verb").lower()] != lead.type:
            continue  # "mined 500 BTC in May after selling 240 in April": not a month's output
        if period is None or value is None or any(c.q_start <= m.start("n") < c.q_end for c in found) \
                or not 0.05 <= value / (lead.value or 1) <= 20:
            continue
        c = _like_lead(lead, lead.company, Quantity(value, "BTC", m.start("n"), m.end("n")), sent, "BTC")
        c.rule = "elliptical_period"
        _set_btc_period(ctx, c, _BTC_MODULE_OF[lead.type], anchor(ctx, period))
        out.append(c)
    return out


# "sold its entire June output of 143.1 BTC": the month's production, all of it sold
# (and "sold all of its production in December, 171 BTC")
_SOLD_ALL_OF_BEFORE = re.compile(r"\b(?:sold|liquidated|offloaded)\s+(?:all\s+(?:of\s+)?(?:its|the)\s+(?:entire\s+|whole\s+|"
                                 r"full\s+)?|(?:all of\s+)?(?:its|the)\s+(?:entire|whole|full)\s+)"
                                 r"(?:[\w-]+\s+){0,2}(?:production|output)"
                                 r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+(?:19|20)\d\d)?)?(?:\s+of\s+|,\s+|\s+)"
                                 r"(?:about |approximately |roughly )?$|"
                                 # "sold all of the bitcoin it produced during the month — 243 BTC —"
                                 r"\b(?:sold|liquidated|offloaded)\s+all\s+(?:of\s+)?(?:the|its)\s+(?:bitcoins?|BTC|coins)\s+"
                                 r"(?:it|the company|we)\s+(?:produced|mined|generated|earned)"
                                 r"(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+(?:19|20)\d\d)?)?\s*(?:[—–-]|,)\s*"
                                 r"(?:about |approximately |roughly )?$", re.I)
_SOLD_PARTICIPLE = re.compile(r"\s*(?:(?:were|was)\s+)?sold\b(?!\s+(?:to|by)\s+(?:the\s+)?(?:hosting\s+)?(?:customers|clients))")
_OF_THE = re.compile(r"\b(?:of|from|out of)\s+the\s*$")
_AND_ANOTHER_BASE = re.compile(AND_ANOTHER_BASE)  # the words between two bases, as amounts finds them
_ALL_OF_THE = re.compile(r"\b(?:sold|liquidated|offloaded|cashed out|parted with)\s+all\s+of\s+the\s+$", re.I)
_STOCK_FROM = re.compile(r"\b(?:reserves?|treasury|holdings|stack|stockpile|coffers)\s+(?:[\w-]+\s+){0,2}?(?:(?:down |up )?from)\s+"
                         r"(?:about |approximately |roughly |nearly |some )?$", re.I)
_OF_ITS = re.compile(r"\d\s+(?:of|out of)\s+its\s+(?:about |approximately |roughly |nearly |some )?$")
# "more than double the 606 BTC it mined", "versus the 1,242 BTC it produced": a comparison with production, not a
# sale of all of it ("sold the entire 3,357 BTC it mined", "sold just over 400 BTC it mined")
_COMPARED_TO_IT = re.compile(r"\b(?:than|double|twice|triple|times|versus|vs\.?|compared (?:with|to)|against|exceed(?:ed|ing|s)?|"
                             r"above|below|beyond|outpac\w+|matching|short of|of|including|includes|included|close to|near|equal to|in line with|"
                             r"similar to)\s+(?:the\s+|its\s+)?(?:about |approximately |"
                             r"roughly |nearly |some )?$", re.I)
_IT_HELD = re.compile(r"\s*(?:that\s+|which\s+)?(?:it|the company|the miner)\s+(?:had\s+)?(?:held|owned|had)\b", re.I)
_IT_MINED = re.compile(r"\s*(?:that\s+)?(?:it|the company|the miner)\s+(?:had\s+)?(?:self-)?(?:mined|produced)\b", re.I)
_SOLD_ALL_OF_IT = re.compile(r"^[^.;]{0,60}\b(?:sold|liquidated|offloaded)\s+(?:(?:all of\s+)?(?:its|the)\s+(?:entire\s+)?"
                             r"(?:production|output|monthly production|bitcoin production)\b|"
                             # "mined 21.4 bitcoin in October and sold every one of them" (but not "on 3,000 older units,
                             # then sold all of them")
                             r"(?:every one|each|all) of (?:them|it|those)\b|(?:them|it) all\b)", re.I)
_MACHINES_BETWEEN = re.compile(r"\b(?:units|machines|miners|rigs|S\d+\w*|computers|ASICs|servers|GPUs)\b")


# "ended March with no bitcoin on its balance sheet", "had no BTC left", "holds zero bitcoin"; not "no bitcoin-backed
# debt", "no bitcoin sales", nor a plan ("would hold no bitcoin")
_NO_BITCOIN = re.compile(r"(?<!will )(?<!would )(?<!to )\b(?:(?:had|has|have|held|holds?|holding|carried|carries|kept|keeps|with|"
                         r"reported)\s+"
                         # ("ended August without any bitcoin on its balance sheet")
                         r"(?:no|zero)|(?:ended|finished|closed|exited)\s+(?:[\w-]+\s+){1,3}?without\s+any|(?:did|does)\s+not\s+(?:hold|have|own)\s+any(?=\s+(?:bitcoin|BTC)\s+(?:at|as\s+(?:of|at)|on)\b))"
                         # ("did not hold any bitcoin at the end of April")
                         r"\s+(?:(?:corporate|treasury)\s+)?(?:bitcoin|BTC)\b(?:\s+at\s+all\b)?(?![-‑]|\s+(?:backed|loans?|lending|borrowing|debt|mining|miners?|machines|exposure|"
                         r"sales?|sold|equivalents?|per|price|treasury (?:policy|strategy)|strategy|plans?|producers?|pledged|lent|loaned|"
                         r"as collateral|collateral|encumbered|restricted|backing|reserves?\s+behind|"
                         # ("it has no bitcoin on any exchange": where the coins are kept, not how many)
                         r"on\s+(?:any|an)\s+exchanges?|on\s+exchanges)\b)"
                         r"(?:\s+(?:left|remaining|in reserve|on (?:its|the|their) (?:balance sheets?|books)|in (?:its )?"
                         r"(?:treasury|reserves?)))?|"
                         # "Bitdeer has already cut its corporate bitcoin balance to zero"
                         r"\b(?:cut|reduced|brought|took|drew down|sold down)\s+(?:its|their)\s+(?:(?:corporate|entire)\s+)?"
                         r"(?:bitcoin\s+|BTC\s+)?(?:balance|holdings|treasury|stack|reserves?|inventory)\s+(?:down\s+)?to\s+zero\b",
                         re.I)


# a clause of its own after a sale: "IREN sold all 620 BTC mined during June ... and held no bitcoin"
_AND_BEFORE_ZERO = re.compile(r"\band\s+(?:it\s+|the\s+company\s+)?$", re.I)


def zero_holdings(ctx: DocContext, sent: Sent) -> list[Candidate]:
    """'IREN, which sells all of its output, had no bitcoin at the end of the quarter': a balance of 0 BTC."""
    m = _NO_BITCOIN.search(sent.text) if NO_BITCOIN.search(sent.text) else None  # (most sentences have neither)
    joined = m is not None and _AND_BEFORE_ZERO.search(sent.text, max(0, m.start() - 20), m.start()) is not None
    if m is None or any(q.end > m.start() or ("," not in sent.text[q.end:m.start()] and ";" not in sent.text[q.end:m.start()]
                                              and not joined) for q in sent.btc):
        return []  # (a figure in an earlier clause is another fact: "all 21.4 BTC ... were sold, and the Company held no bitcoin")
    flags: set[str] = set()
    company = company_for(ctx, sent, m.start(), m.end(), flags)
    if company is None:
        return []
    cand = Candidate(btc_held.TYPE, company, 0.0, "BTC", sent, m.start(), m.end(), "no_bitcoin", flags=flags)
    _set_btc_period(ctx, cand, btc_held, merge_to_date(ctx, sent, _period(ctx, sent, m.start(), m.end(),
                                                                          len(sent.text), 0)))
    return [cand]


# A roundup's ranking sentence names the metric only in its headline or lead: "CleanSpark led with 671 BTC".
_RANKING = re.compile(r"\b(?:led|leads|leading|topped|tops|came (?:in )?(?:first|second|third|next)|ranked|followed|"
                      r"trailed|behind|ahead of|next (?:was|came)|rounded out|at the top|second place|"
                      # "Riot is next at 505 BTC", "Riot was a distant second with 412"
                      r"(?:is|was|comes|ranks|sits|sat)\s+(?:a\s+(?:distant|close)\s+)?"
                      r"(?:next|second|third|fourth|fifth)|"
                      # "Riot Platforms fell to fourth at 484 BTC", "Riot was further back at 402 BTC"
                      r"(?:fell|slipped|dropped|slid|climbed|rose|moved|jumped)\s+(?:back\s+)?to\s+(?:first|second|third|"
                      r"fourth|fifth|sixth)|(?:further|farther)\s+(?:back|behind)|"
                      # "stayed in first place with 736 BTC", "CleanSpark's 629 BTC came in slightly below its tally"
                      r"(?:first|second|third|fourth|fifth|top|last)\s+(?:place|spot)|came in\s+(?:slightly\s+|well\s+|just\s+)?"
                      r"(?:below|above|under|over|short))\b", re.I)


# a list of figures each with its own participle: "3,123 Bitcoin Mined and 2,287 Bitcoin Held"
# a figure that is the subject of its own passive verb: "..., while more than 160 BTC were held by the company"
_PASSIVE_OWN_VERB = re.compile(r"^\W{0,3}(?:(?:the\s+company|it|management)\s+(?:said|says|reported|added|noted),\s+)?"
                               r"(?:were|was|had\s+been|have\s+been)\s+(?:held|sold|mined|produced|earned|generated|"
                               r"self-mined|liquidated)\b", re.I)
_STOCK_NOUN_AFTER = re.compile(r"^\s*(?:holdings|treasury|stack|reserves?|balance)\b", re.I)
_OF_WHICH_BEFORE = re.compile(r"\b(?:of\s+which|of\s+those|of\s+them|including)\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?$",
                              re.I)
_PARTICIPLE_AND = re.compile(r"\b(?:mined|produced|sold|held)\s*(?:,|and|&)\s*$", re.I)
# an item of a breakdown, whose own relative clause names its type
_LIST_ITEM_THE = re.compile(r"(?:[:;,]|\bplus|\band|\bwith)\s+the\s+(?:about\s+|roughly\s+|approximately\s+|some\s+)?$", re.I)


def _lead_in_cue(ctx: DocContext, sent: Sent) -> object | None:
    """The fact type a bullet with no cue of its own takes from the line that introduces its list: "Bitdeer's reserve
    fell steadily through the first quarter:" over "• 1,900.9 BTC as of Jan. 2", or from a short heading over it: "How
    the stack ran down" over "- Feb. 14: 943.1 BTC"."""
    line = list_lead_in(ctx.text, sent.start) or list_heading(ctx.text, sent.start)
    mod = _nearest_cue(line)[0] if line else None
    return mod if mod in BTC_MODULES else None


# (a name of two words or more: "Holdings: 53,822 BTC" is a label)
_COMPANY_SUFFIX_END = re.compile(r"(?-i:[A-Z])[\w.&-]*\s+(?:Company|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Group|"
                                 r"Capital|Technologies|Plc|PLC|AG|SA)\s*(?:\([^()]*\))?\s*$")
_ITEM_LABEL = re.compile(r"[ \t]*(?:[-•*–·▪]|\(?\d{1,2}[.)])\s+(?P<label>[^:\n]{2,40}):\s")


_OTHER_FLOW_AFTER = re.compile(r"\s+(?:(?:were|was)\s+)?(?:added|bought|purchased|acquired|received|transferred)\b", re.I)
_RATE_NEXT = re.compile(r",?\s+or\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+)?[\d.]+\s*(?:BTC\s+)?(?:per|a)\s+day\b", re.I)
# (a paragraph, ending as a sentence does; not a heading: "CleanSpark: 1,624 BTC in the April-June quarter")
_COMPANY_LINE_LABEL = re.compile(r"[ \t]*(?:>\s*)?(?P<label>[A-Z][^:\n]{1,40}):\s(?=[^\n]*[.)\]](?:[ \t]*\[)?[ \t]*(?:\n|$))")


def _label_names_company(sent: Sent, item: re.Match[str]) -> bool:
    """Whether a list item's label ("- Bitfarms: 363 BTC") names a registry company."""
    return any(x.company and item.start("label") <= x.start < item.end("label") for x in sent.mentions)


def _first_cue(text: str) -> object | None:
    """The BTC fact module whose cue starts first in `text`."""
    found = [(m.start(), i) for i, mod in enumerate(BTC_MODULES) for _, rx in mod.CUES if (m := rx.search(text))]
    return BTC_MODULES[min(found)[1]] if found else None


def _sibling_item_cue(ctx: DocContext, sent: Sent) -> object | None:
    """The fact type a list item labelled with a company takes from the items above it that name theirs:
    "- Bitfarms: 363 BTC in December and 3,452 BTC for the year." under "- Core Scientific: 1,044 BTC mined in
    December and 5,769 BTC over 2021."."""
    m = _ITEM_LABEL.match(sent.text)
    if m is None or not _label_names_company(sent, m):
        return None
    pos = sent.start
    for _ in range(8):
        if pos <= 0 or ctx.text[pos - 1] != "\n":
            return None
        start = ctx.text.rfind("\n", 0, pos - 1) + 1
        line = ctx.text[start:pos - 1]
        if _ITEM_LABEL.match(line) is None:
            return None
        if (mod := _first_cue(line)) is not None:
            return mod
        pos = start
    return None


def _context_cue(ctx: DocContext, sent: Sent, flow: bool = False) -> object | None:
    """The BTC fact type of the nearest cue in the preceding lines of the same or previous paragraph (with `flow`,
    the nearest cue of a flow: mined or sold)."""
    lo = ctx.text.rfind("\n\n", 0, max(0, ctx.text.rfind("\n\n", 0, sent.start)))
    # a headline that asks ("Is Bitdeer Dumping Its Bitcoin?") states nothing
    text = _QUESTION_LINE.sub("", ctx.text[max(0, lo, sent.start - 600):sent.start])
    mod, _, _ = _nearest_cue(text, skip=btc_held if flow else None)
    return mod if mod in BTC_MODULES else None


_CHANGE_FROM = re.compile(r"(?:\d\s?%\s+(?:fall|drop|decline|decrease|dip|slide|increase|rise|gain|jump|climb)|"
                          # "down from 650 BTC", "eased to 29.9 EH/s from 30.3 EH/s"
                          r",\s+(?:down|up)|\b(?:eased|slipped|fell|dropped|declined|rose|climbed|increased|grew|edged "
                          r"(?:up|down))\s+(?:\d+(?:\.\d+)?%\s+)?to\s+[\d.,]+\s*(?:BTC|bitcoins?|coins|[EP]H/s))\s+from\s+"
                          r"(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_IN_A_PERIOD = re.compile(r"\s+in\s+(?:" + P.MONTH + r"|the (?:first|second|third|fourth) quarter\b|Q[1-4]\b)")


_QUESTION_LINE = re.compile(r"[^\n.!?]*\?")


def _elliptical(ctx: DocContext, sent: Sent, found: list[Candidate], unit_re: str, unit: str) -> list[Candidate]:
    """Figures after other companies that borrow the unit and type of the sentence's first figure."""
    if not found:
        return []
    lead = found[0]
    taken = {(c.q_start, c.q_end) for c in found}
    out = []
    for m, q in bare_numbers_after_companies(sent, unit_re):
        if m.company is None or any(a <= q.start < b for a, b in taken) \
                or (q.start < lead.q_start and not _LIST_TO_LEAD.fullmatch(sent.text, q.end, lead.q_start)):
            continue
        out.append(_like_lead(lead, m.company, q, sent, unit))
    return out


# bare figures that run, company by company, into the one figure with a unit: "Riot Blockchain produced 318, Marathon
# Digital 184 and CleanSpark 348 bitcoin in July"
_LIST_TO_LEAD = re.compile(r"(?:\s*(?:,|,?\s+and)\s+[A-Z][^,;.\d]{0,40}?\s+\d[\d.,]*\d)*"
                           r"\s*(?:,|,?\s+and)\s+[A-Z][^,;.\d]{0,40}?\s+(?:about\s+|approximately\s+|roughly\s+)?")


def _like_lead(lead: Candidate, company: Company, q: Quantity, sent: Sent, unit: str) -> Candidate:
    """An elliptical figure: the lead's type, kind and period, flagged as having no unit of its own."""
    return Candidate(lead.type, company, q.value, unit, sent, q.start, q.end, "elliptical",
                     period_start=lead.period_start, period_end=lead.period_end, qualifier=q.qualifier,
                     hashrate_kind=lead.hashrate_kind, flags=(set(lead.flags) - {"value_range"}) | {"unit_inferred"})


_LIST_SEP = re.compile(r"\s*(?:,\s*and|,|and)\s+")


def period_list_candidates(ctx: DocContext, sent: Sent, found: list[Candidate]) -> list[Candidate]:
    """'Riot produced 740, 727 and 675 bitcoin in January, February and March, respectively': one company's figures,
    each for the period of the same rank. `found` holds the last figure's candidate (dated by the whole list); the
    others are added beside it, and each takes its own period. Figures that each carry their unit ("repayments of $2.0
    million, $2.0 million and $2.5 million ... in January, February and March, respectively") are found already."""
    s = sent.text
    if "respectively" not in s or not found or _MONTH_LIST.search(s) is None:
        return found
    out = list(found)
    for c in found:
        if c.type not in ("btc_mined", "btc_sold", "btc_held", "loan"):
            continue
        resp = s.find("respectively", c.q_end)
        if resp == -1 or any(o is not c and o.type == c.type and o.q_start > c.q_end and o.q_end < resp for o in found):
            continue  # (not the list's last figure)
        same = sorted((o for o in found if o.type == c.type and o.q_end <= c.q_start and o.company == c.company),
                      key=lambda o: o.q_start)
        run = [c]
        for o in reversed(same):  # figures with their own units, joined by list words: "$2.0 million, $2.0 million and"
            if not _LIST_SEP.fullmatch(s, o.q_end, run[0].q_start):
                break
            run.insert(0, o)
        bare = BARE_LIST_BEFORE.search(s, 0, c.q_start) if len(run) == 1 else None
        values = [(m.start(), m.end()) for m in re.finditer(NUMBER, bare.group(1))] if bare else []
        n = len(run) + len(values)
        if n < 2 or len({m.company for m in sent.mentions if m.company and m.start < (run[0].q_start if not bare
                                                                                       else bare.start(1))}) > 1:
            continue  # (companies listed before the figures: base.respectively_pairs reads those)
        spans = _month_list(ctx, s, run[-1].q_end, resp)  # (one month each, joined by list words)
        if len(spans) != n:
            continue
        mod = next((b for b in BTC_MODULES if b.TYPE == c.type), None)
        clones = []
        for a, b in values:
            v = parse_number(s[bare.start(1) + a:bare.start(1) + b])
            if v is None:
                break
            q = Quantity(v, c.unit, bare.start(1) + a, bare.start(1) + b)
            clone = _like_lead(c, c.company, q, sent, c.unit)
            clone.rule, clone.flags = "respectively", set(c.flags) - {"conflicting_repeat"}
            clones.append(clone)
        else:
            for cand, period in zip(clones + run, spans):
                cand.flags.discard("period_inferred")
                if period.has_year:
                    cand.flags.discard("no_year")
                if mod is not None:
                    _set_btc_period(ctx, cand, mod, anchor(ctx, period))
                    continue
                if run[0].loan_event in ("repaid", "borrowed"):
                    cand.loan_event = cand.rule = run[0].loan_event  # "repayments of $2.0 million, ... and $2.5 million"
                _set_loan_date(ctx, cand, anchor(ctx, period))
                cand.period_default = False
            out += clones
    return out


_MONTH_LIST = re.compile(rf"\b(?P<items>{MONTH_NAME}(?:{_LIST_SEP.pattern}{MONTH_NAME})+)\b"
                         r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")


def _month_list(ctx: DocContext, s: str, lo: int, hi: int) -> list[P.Period]:
    """Each month of a list between lo and hi ('in January, February and March 2023'), which the period parser reads
    as one span, with the year named after the last."""
    m = _MONTH_LIST.search(s, lo, hi)
    if m is None:
        return []
    names = list(re.finditer(MONTH_NAME, m.group("items")))
    last = names[-1].group(0)
    told = P.find_periods(f"{last} {m.group('year')}" if m.group("year") else last, ctx.published, ctx.fy_end_month,
                          ctx.dmy)
    if len(told) != 1 or told[0].kind != "month":
        return []
    out = []
    for name in names:  # (the months before the last in its year, or in the year before: "November, December and January")
        month = P.MONTH_NUM[name.group(0).lower()]
        year = told[0].end.year - (month > told[0].end.month)
        at = m.start("items") + name.start()
        out.append(dataclasses.replace(told[0], start=dt.date(year, month, 1), end=P.month_end(year, month), char_start=at,
                                       char_end=at + len(name.group(0))))
    return out


_NO_UNIT = re.compile(r"\$|%|\b(?:BTC|bitcoins?|coins|[EPT]H/s|exahash\w*|petahash\w*|USD|dollars)\b", re.I)


_ROUNDUP_VERBS = {t: rf"{verbs}|,\s*(?:at|with)\b|with\b" for t, verbs in (
    ("btc_mined", r"(?:self-)?mined|produced"), ("btc_sold", r"sold|liquidated|offloaded"), ("btc_held", r"held|holds"))}


def month_led_figures(ctx: DocContext, sent: Sent, before: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """A chart walked through month by month, each clause opening on its month: "September recovered to 362 BTC,
    October jumped to 543 BTC", "July followed at 325 BTC and August at 317 BTC". Each figure is its month's, of the
    measure the paragraph's lead figure or the chart's caption names, for the lead's company."""
    taken = {(c.q_start, c.q_end): c for c in found}
    lead = next((c for c in reversed(before + found) if c.type in ("btc_mined", "btc_sold", "btc_held")
                 and c.unit == "BTC" and c.sent.para == sent.para), None)
    caption = _chart_caption_above(ctx, sent)  # (a caption names its main measure first: "Cango bitcoin mined per month,
    # July-December 2025, with month-end holdings")
    mod = _first_cue(caption) if caption is not None else None
    if mod not in BTC_MODULES:
        mod = _BTC_MODULE_OF.get(lead.type) if lead is not None else None
    if mod is None:
        return []
    out: list[Candidate] = []
    for q in sent.btc:
        if (q.start, q.end) not in taken and _is_non_fact(sent.text, q, sent.text[:q.start], sent.text[q.end:]):
            continue  # (a rate or a change: "December production averaged approximately 15.2 bitcoin per day")
        led = _MONTH_LED_CLAUSE.search(sent.text, max(0, q.start - 70), q.start)
        month = next((p for p in sent.periods if led is not None and p.kind == "month" and p.start is not None
                      and p.char_start == led.start("month")), None)
        if month is None or any(m.company and led.start() <= m.start < q.start for m in sent.mentions):
            continue
        if (q.start, q.end) in taken:
            had = taken[(q.start, q.end)]
            if had.type in ("btc_mined", "btc_sold") and had.period_start is not None and had.period_start > month.end:
                _set_btc_period(ctx, had, _BTC_MODULE_OF[had.type], anchor(ctx, month))  # "July followed at 325
                # BTC and August at 317 BTC": July's, not the month named after it
            continue
        flags: set[str] = set()
        company = lead.company if lead is not None else company_for(ctx, sent, q.start, q.end, flags)
        if company is None:
            continue
        own = _nearest_cue(sent.text[led.start():q.start])[0]  # (its own sale first: "..., May saw it sell 200 BTC")
        own = own if own is btc_sold else mod
        c = Candidate(own.TYPE, company, q.value, "BTC", sent, q.start, q.end, "month_led", qualifier=q.qualifier,
                      flags=flags)
        _set_btc_period(ctx, c, own, anchor(ctx, month))
        out.append(c)
    return out


# "..., October jumped to 543 BTC", "and August at 317 BTC", "June was the low, at 272 BTC": a clause that opens on its
# month, a few words of movement, then the figure
_MONTH_LED_CLAUSE = re.compile(r"(?:^|[,;:.]\s+|\band\s+|\bthen\s+)(?P<month>" + P.MONTH + r")(?:\s+(?!(?:and|but|while|when)\b)"
                               r"[a-z]+){0,4}?,?(?:\s+(?:to|at|of))?\s+(?:about\s+|approximately\s+|roughly\s+|just\s+|only\s+)?$")


def continued_roundup(ctx: DocContext, sent: Sent, before: list[Candidate]) -> list[Candidate]:
    """A roundup's next sentence that drops the unit: 'IREN was next with 668 BTC, followed by Cango at 663. Riot
    Platforms mined 477, while ...': bare figures right after companies and a verb of the lead's type borrow its
    type, unit and period, when the previous sentence is the one just before in the same paragraph and gave figures
    of two or more companies, and this one names no unit and no period of its own."""
    lead = before[-1] if before else None
    if (lead is None or lead.unit != "BTC" or lead.sent.para != sent.para or not 0 < sent.start - lead.sent.end <= 2
            or _NO_UNIT.search(sent.text) or _YEAR_EARLIER.search(sent.text)
            or any(not _SAME_PERIOD.search(p.text) for p in sent.periods)):
        return []
    bare = [(m, q) for m, q in bare_numbers_after_companies(sent, _UNIT_BTC, verbs=_ROUNDUP_VERBS[lead.type])
            if 0.05 <= q.value / lead.value <= 20]
    for m, q in bare_numbers_after_companies(sent, _UNIT_BTC) if bare else ():
        # the list goes on without the verb: "Riot produced 1,364, CleanSpark 2,057 and Cipher 1,032"
        if q.start > bare[-1][1].end and _LIST_JOIN.fullmatch(sent.text, bare[-1][1].end, m.start) \
                and 0.05 <= q.value / lead.value <= 20:
            bare.append((m, q))
    if len({c.company for c in before if c.sent is lead.sent}) < 2 and len({m.company for m, _ in bare}) < 2:
        return []  # (a list of its own may follow a one-miner sentence: "Marathon Digital mined 2,811 BTC. Among the
        # rest, Riot produced 1,364, CleanSpark 2,057 and Cipher 1,032 over the same calendar quarter.")
    return [_like_lead(lead, m.company, q, sent, "BTC") for m, q in bare]


_SAME_PERIOD = re.compile(r"\bsame\b", re.I)


def period_label_after_flow(ctx: DocContext, sent: Sent, before: list[Candidate]) -> list[Candidate]:
    """A sentence that is only a period and a figure, right after a flow's sentence: 'Self-mined 1,034 BTC in Q4 '23.
    Full-year 2023: 3,410 BTC.' is the same company's output for the longer period it names."""
    lead = before[-1] if before else None
    m = _PERIOD_LABEL_FIGURE.fullmatch(sent.text)
    if m is None or lead is None or lead.type not in ("btc_mined", "btc_sold") or lead.period_start is None \
            or lead.period_end is None or lead.sent.para != sent.para or not 0 < sent.start - lead.sent.end <= 2:
        return []
    told = [p for p in sent.periods if p.char_end <= m.end("label")]
    value = parse_number(m.group("n"))
    if len(told) != 1 or value is None or told[0].start is None or told[0].kind not in ("year", "half", "quarter", "ytd") \
            or not told[0].start <= lead.period_start <= lead.period_end <= told[0].end:
        return []
    c = _like_lead(lead, lead.company, Quantity(value, "BTC", m.start("n"), m.end("n")), sent, "BTC")
    c.rule, c.flags = "period_label", set(lead.flags) - {"value_range"}
    _set_btc_period(ctx, c, _BTC_MODULE_OF[lead.type], anchor(ctx, told[0]))
    return [c]


_PERIOD_LABEL_FIGURE = re.compile(rf"\W{{0,3}}(?P<label>[\w' -]{{2,30}}):\s*(?:about\s+|approximately\s+|~)?(?P<n>{NUMBER})\s*"
                                  r"(?:BTC|bitcoins?)\s*\.?\s*")


# a label that names a fleet measure: "Installed self-mining capacity:", "Operating hashrate:"
_FLEET_LABEL = re.compile(r"\b(?:hash\s?rate|hashing\s+power|computing\s+power|capacity|fleet)\b", re.I)
_YEAR_EARLIER = re.compile(r"\b(?:a|one) year (?:earlier|ago|before)\b|\bprevious(?:ly)?\b|\bprior\b|\blast year\b", re.I)


_THE_YEAR = re.compile(r"\b(?:in|during|for|over|throughout|across) the (?:fiscal |financial )?year\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?(?:sold|offloaded|liquidated)\b", re.I)
# ("33.6 EH/s at month-end, flat on January")
_COMPARED_FROM = re.compile(r"\b(?:from|compared (?:with|to)|against|versus|vs\.?|"
                            r"(?:flat|level|steady|unchanged)\s+(?:on|with))\b"
                            r"[^,;]{0,25}$", re.I)
_THE_PERIOD_WAS = re.compile(r"\b(?:in|during|for|over|throughout|across) the (?:month|quarter|period)\s+(?:was|were|"
                             r"stood at|came to|came in at|of)\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_THE_SPAN = re.compile(r"\b(?:in|during|for|over|throughout|across) the (?:(?P<n>half)(?:[- ]year)?\b|"
                       r"(?P<n2>six|nine)[- ]months?(?:\s+period)?\b)(?!\s+(?:ended|ending|to|through|of)\b)", re.I)
_THE_PERIOD = re.compile(r"\b(?:in|during|for|over|throughout|across) (?:the|that) (month|quarter|period)\b", re.I)
_RUNNING = re.compile(r"\s+(?:so far|to date|since|after|before)\b", re.I)


# a total since the start: "Cumulative production since the Company began mining ...", "From our first block"
_RUNNING_TOTAL = re.compile(r"\b(?:since|cumulative(?:ly)?|to date|from (?:our|its|the) first)\b", re.I)


# "... sold 300 BTC during the month", "ranked second with 50 EH/s at the same date": a period named before
_THE_MONTH_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:during|in|for|over|throughout|across)\s+the\s+"
                              r"(month|quarter|three months|period)\b(?!\s+(?:before|earlier|prior|ago|previous|ended|ending|"
                              r"to|through|of|in)\b)", re.I)
_A_COMPARISONS = re.compile(r"\b(?:from|than|compared (?:with|to)|against|versus|vs\.?)\b[^,;]{0,40}$", re.I)
_RELEASED_WHEN = re.compile(r"\b(?:released|published|issued|posted|filed|out)\s+(?:earlier\s+|late\s+|early\s+)?"
                            r"(?:in\s+|on\s+)?$", re.I)
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$", re.I)  # "Gryphon, which ... in February, mined"
_ENDED_PERIOD_WITH = re.compile(r"\b(?:ended|closed|finished|exited|wrapped up)\s+(?P<period>[^.;,]{3,40}?)\s+with\s+"
                                r"(?:about |approximately |roughly |some |nearly |more than |over |just over |"
                                r"just under )?$", re.I)
_OVER_THE_PERIOD_TO = re.compile(r"\b(?:over|during|in)\s+(?P<the>the\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|"
                                 r"month))\s+"
                                 r"to\s+(?:about |approximately |roughly |nearly |more than |over |some )?$", re.I)
# "the end of the quarter", "month-end": the reported unit's last day
_UNIT_END = r"(?:(?:end|close)\s+of\s+the\s+(?P<unit>month|quarter)|(?P<unit2>month|quarter)[- ]end)\b"
_AT_THE_END_OF_THE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:at|by|as\s+of)\s+(?:the\s+)?" + _UNIT_END, re.I)


def _edge_of_its_own(sent: Sent, q: Quantity, edge: re.Match[str]) -> bool:
    """Whether 'at the end of the month' after the figure is the reported period's end: no period before the figure
    but one later in the sentence, or periods before it only in an earlier clause and none of them a month or a quarter
    ("mined 96 BTC in January and held 1,762 BTC at the end of the month" is January's)."""
    earlier = [p for p in sent.periods if p.char_start < q.start]
    if not earlier:
        return any(p.char_start >= edge.end() for p in sent.periods)
    return _LATER_CLAUSE_OPENS.search(sent.text, max(p.char_end for p in earlier), q.start) is not None \
        and not any(p.kind in ("month", "quarter") for p in earlier)


# a clause of its own between an earlier period and the figure: "... by the end of the year and held 20,818 BTC"
_LATER_CLAUSE_OPENS = re.compile(r"\s(?:and|but|while)\s+(?:it\s+|the\s+company\s+)?(?:\w+\s+){0,2}?"
                                 r"(?:held|holds|had|has|mined|produced|sold|ended|closed|finished|reported)\b|;", re.I)
_SAME_DATE_AFTER = re.compile(r"\s+(?:at|on|as of|by)\s+the\s+same\s+(?:date|time|day|point)\b", re.I)


def _referred_period(ctx: DocContext, sent: Sent, q: Quantity) -> P.Period | None:
    """The period a figure refers back to: 'The miner produced 421 BTC in June, down from 466 BTC in May, and sold
    300 BTC during the month' is June's sale (the nearest month named that is no comparison's nor a relative clause's:
    not 'Gryphon, which completed its merger in February, mined 20.4 BTC during the month'); 'with an energized hashrate
    of 59.4 EH/s at the end of August, while CleanSpark ranked second with 50 EH/s at the same date' is August's."""
    s = sent.text
    if (ended := _ENDED_PERIOD_WITH.search(s, max(0, q.start - 70), q.start)) is not None:
        # "Marathon ended September with 13,726 unrestricted bitcoins ... and expects to reach roughly 26 EH/s by the
        # end of the year": September's balance
        named = [p for p in sent.periods if ended.start("period") <= p.char_start < ended.end("period")]
        if named:
            return anchor(ctx, named[-1])
    if (over := _OVER_THE_PERIOD_TO.search(s, max(0, q.start - 60), q.start)) is not None:
        # "CleanSpark's bitcoin treasury grew 62% over the fiscal year to more than 13,000 BTC": at the period's end
        if ctx.report_period is not None and ctx.report_period.start is not None:
            return report_period_of(ctx, sent, over.group("the"))
        if ctx.published is not None and "fiscal" in over.group("the").lower():
            pub, fy = ctx.published, ctx.fy_end_month  # the last fiscal year closed before publication
            y = pub.year if pub.month > fy else pub.year - 1
            return P.Period(None, P.month_end(y, fy), "date", over.start(), over.end(), True, over.group(0))
    if (edge := _AT_THE_END_OF_THE_AFTER.match(s, q.end)) is not None \
            and (told := _told_before_in(ctx, sent, q, edge.group("unit") or edge.group("unit2"))) is not None:
        return P.Period(None, told.end, "date", edge.start(), edge.end(), told.has_year, edge.group(0))
    if edge is not None and (edge.group("unit") or edge.group("unit2")).lower() == "month" \
            and ctx.report_period is None and not sent.periods and (listed := month_of_the_list(ctx, sent)) is not None:
        # "- Self-mining hashrate: approximately 2.6 EH/s at month end" after "- Bitcoin produced: 78 BTC in October"
        return P.Period(None, listed, "date", edge.start(), edge.end(), True, edge.group(0))
    if edge is not None and _edge_of_its_own(sent, q, edge) \
            and (rp := report_period_of(ctx, sent, edge.group("unit") or edge.group("unit2"))) is not None \
            and (ctx.published is None or rp.end <= ctx.published):
        # "The company held 26,200 bitcoin at the end of the month and reiterated its goal of reaching 50 EH/s by the
        # end of 2024": the reported month's end, not the goal's; so in "The company repeated its goal of 50 EH/s by
        # the end of the year and held 20,818 BTC at month end"
        return P.Period(None, rp.end, "date", edge.start(), edge.end(), True, edge.group(0))
    if (same := _SAME_DATE_AFTER.match(s, q.end)) is not None:
        before = [p for p in sent.periods if p.char_end <= q.start]
        return anchor(ctx, before[-1]) if before else None
    if (the := _THE_MONTH_AFTER.match(s, q.end)) is None:
        return None
    three_months = the.group(1).lower() == "three months"
    unit = "quarter" if three_months else the.group(1).lower()
    if three_months and ctx.report_period is not None and ctx.report_period.kind == "quarter" and not any(
            p.kind == "quarter" for p in sent.periods):
        # "... at the end of September, and Hut 8 mined 982 bitcoin over the three months": the quarter's
        return report_period_of(ctx, sent, "the quarter")
    # ("reported a first-quarter loss on Thursday and said it self-mined 606 BTC in the period": the quarter named)
    kinds = ("month", "quarter", "half", "year", "months") if unit == "period" else (unit,)
    named = [p for p in sent.periods if p.char_end <= q.start and p.kind in kinds and p.start is not None
             and not _A_COMPARISONS.search(s, max(0, p.char_start - 40), p.char_start)
             and not _IN_RELATIVE_CLAUSE.search(s, max(0, p.char_start - 80), p.char_start)
             # (nor the telling's: "In its October production update, released earlier this month, ...")
             and not _RELEASED_WHEN.search(s, max(0, p.char_start - 25), p.char_start)
             # (nor a bracketed comparison's: "rose to $36.5 million (Q2 FY25: $28.9 million), mainly because average
             # operating hashrate climbed 30% to 29.4 EH/s for the quarter", "750 BTC mined (vs 890 in Dec), 0 sold,
             # HODL 45,659 BTC at month end")
             and not OPEN_BRACKET_BEFORE.search(s, max(0, p.char_start - 30), p.char_start)]
    return anchor(ctx, named[-1]) if named else None


def _told_before_in(ctx: DocContext, sent: Sent, q: Quantity, unit: str) -> P.Period | None:
    """'318 BTC mined in July, against 421 BTC in June; holdings stood at 6,654 BTC at month end': the month the
    sentence reports before the figure, not its comparison's."""
    named = [p for p in sent.periods if p.char_end <= q.start and p.kind == unit.lower() and p.start is not None
             and not _A_COMPARISONS.search(sent.text, max(0, p.char_start - 40), p.char_start)
             and not OPEN_BRACKET_BEFORE.search(sent.text, max(0, p.char_start - 30), p.char_start)]
    return anchor(ctx, named[-1]) if named and any(
        p.char_end <= q.start and p.start is not None and p not in named for p in sent.periods) else None


# a running total from a start the sentence names: "Since its first machines were switched on in Quebec in December 2018,
# Argo has mined a cumulative total of more than 5,400 BTC through 30 June 2022", "Counted from the April 20 halving
# through July 31, the fleet has produced 84 BTC"
_RUNNING_TOTAL_WORDS = re.compile(r"\b(?:has|have)\s+(?:(?:now|so\s+far)\s+)?(?:self-)?(?:mined|produced|earned|generated)\b|"
                                  r"\bcumulative\b|\bcounted\s+from\b|\b(?:total|production|output)\s+(?:mined\s+)?since\b",
                                  re.I)
_SINCE_OPENS = re.compile(r"\b(?:since|from)\b[^.;\d]{0,60}$", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:through|to|until|thru)\s+(?:the\s+end\s+of\s+)?$|\b(?:at|by)\s+the\s+end\s+of\s+$", re.I)


def _running_total(ctx: DocContext, c: Candidate, period: P.Period | None) -> P.Period | None:
    """The span of a running total the sentence opens with 'since' or 'from' and closes with 'through' a day or the
    period chosen for the figure; None for any other figure."""
    s = c.sent.text
    if period is None or not _RUNNING_TOTAL_WORDS.search(s):
        return None
    starts = [p for p in c.sent.periods if p.kind in ("month", "date", "year", "quarter")
              and _SINCE_OPENS.search(s, max(0, p.char_start - 70), p.char_start)
              and not RECORD_BEFORE.search(s, max(0, p.char_start - 60), p.char_start)]
    if not starts:
        return None
    first = anchor(ctx, starts[0]) or starts[0]
    ends = [p for p in c.sent.periods if p.char_start > starts[0].char_end
            and _UNTIL_BEFORE.search(s, max(0, p.char_start - 25), p.char_start)]
    if period.start is not None and period.char_start != starts[0].char_start \
            and not any(period.char_start == e.char_start for e in ends):
        return None  # the figure's own span: "It mined 571.5 BTC in January, and it has kept ... since late 2024"
    if ends:
        # (a day with no year of its own is the one before publication, not the start's: "Since it began mining in
        # 2017 and through the end of November")
        end = ((_first_period(ctx, ends[0].text) if not ends[0].has_year else None) or anchor(ctx, ends[0])
               or ends[0]).end
    elif period.char_start == starts[0].char_start and ctx.published is not None:
        # "The total mined since the Company began operating its fleet in November 2024 came to 3,879.2 BTC by the end
        # of the quarter": to the reported period's end, or the last month completed
        rp = ctx.report_period
        end = rp.end if rp is not None and rp.end < ctx.published else P.last_completed(ctx.published, "month")[1]
    else:
        end = period.end
    start = first.end if first.kind == "date" else first.start
    if start is None or end is None or start >= end or (ctx.published is not None and end > ctx.published):
        return None
    return P.Period(start, end, "span", starts[0].char_start, starts[0].char_end, True, starts[0].text)


def _set_btc_period(ctx: DocContext, c: Candidate, mod: object, period: P.Period | None) -> None:
    pub = ctx.published
    if getattr(mod, "IS_FLOW", False) and (together := _months_together(c)) is not None:
        period = together  # "mined 252.6 BTC in July and 260.9 BTC in August, for a total of 513.5 BTC over the two months"
    period = _in_own_fiscal_year(ctx, c, period)
    if getattr(mod, "IS_FLOW", False) and (running := _running_total(ctx, c, period)) is not None:
        period = running
    if period is not None and period.kind == "month" and getattr(mod, "IS_FLOW", False) and pub is not None \
            and _SINCE_IT_BEGAN.search(c.sent.text, max(0, period.char_start - 60), period.char_start):
        # "Cumulative production since mining began in November 2024 reached 6,158.3 BTC": from that month on, to the
        # reported month
        rp = ctx.report_period
        end = rp.end if rp is not None and period.end < rp.end < pub else P.last_completed(pub, "month")[1]
        if end > period.end:
            period = dataclasses.replace(period, end=end, kind="span")
    if period is not None and period.start is None and not period.has_year and _THE_YEAR_END_WORDS.search(period.text) \
            and (told := next((p for p in reversed(c.sent.periods) if p.char_end <= period.char_start and p.has_year
                               and p.kind in ("month", "quarter", "date") and p.start is not None), None)) is not None \
            and (pub is None or dt.date(told.end.year, 12, 31) < pub):
        # "mined 170 bitcoin in December 2022 and ended the year with 9,086 bitcoin in reserve": that year's end
        period = dataclasses.replace(period, end=dt.date(told.end.year, 12, 31), has_year=True)
    if period is not None and period.start is None \
            and (year := _run_in_year(ctx, c.sent.start)) is not None \
            and ((not period.has_year and _THE_YEAR_END_WORDS.search(period.text))
                 or (getattr(mod, "IS_FLOW", False) and period.end == year.end)):
        # "2020. Bitfarms mined 1,873 BTC and ended the year with ...": that year's, not the one before publication;
        # "2022. Bitfarms mined 5,167 BTC, and its hashrate reached 4.5 EH/s at December 31, 2022": the year's output
        period = year
    if period is not None:
        flag_year(ctx, period, c.flags)
        if getattr(mod, "IS_FLOW", False):
            period = _not_after(period, pub, c.sent)
            c.period_start, c.period_end = period.start, period.end
            if period.kind == "year" and pub is not None and period.start is not None and period.start <= pub < period.end:
                # "CY2023 bitcoin mined: 6,005" on November 2, 2023: the year so far, to the reported month
                rp = ctx.report_period
                c.period_end = rp.end if rp is not None and period.start <= rp.end <= pub \
                    and (pub - rp.end).days <= REPORT_LAG_DAYS else P.last_completed(pub, "month")[1]
                fy = ctx.fy_end_for(c.company)
                if fy != 12 and rp is not None and c.period_end == rp.end and rp.end.month == fy \
                        and re.fullmatch(r"(?:19|20)\d\d", period.text) \
                        and c.sent.text[max(0, period.char_start - 4):period.char_start] in (" in ", "for ") \
                        and not _SO_FAR.search(c.sent.text):
                    # "DMG mined 878 bitcoin in 2023" in the results for its year ended September 30, 2023: that
                    # fiscal year
                    c.period_start = P.fy_start(rp.end.year, fy)
            if period.kind == "date" and ctx.report_period is not None and ctx.report_period.kind == "month":
                c.period_start = period.end.replace(day=1)  # a monthly update's "12/31/2025" column is December
            elif period.kind == "date" and ctx.report_period is not None and ctx.report_period.start is not None \
                    and ctx.report_period.end == period.end and not _RUNNING_TOTAL.search(c.sent.text):
                # "We produced a record 3,812 bitcoin, ended the year with 4,884 BTC" in the year's results: the year's
                c.period_start = ctx.report_period.start
            elif period.kind == "date" and c.type == "btc_mined":
                c.flags.add("period_inferred")
        else:
            c.period_start, c.period_end = None, period.end
        return
    if _LABEL_LINE_AT.match(c.sent.text) and (head := _block_heading_period(ctx, c.sent)) is not None:
        _set_btc_period(ctx, c, mod, head)  # "  Bitcoin mined ..... 640 BTC" under "Q1 FY23 operating summary"
        return
    if getattr(mod, "IS_FLOW", False) and (head := section_period(ctx, c.sent)) is not None and not (
            (the := _THE_PERIOD.search(c.sent.text)) and not head.kind == the.group(1).lower() == "month") \
            and not _THE_SPAN.search(c.sent.text):
        # "We self-mined 160 bitcoin." under a quarterly letter's "February" (but "during the quarter" under "Nine
        # months" is the quarter's)
        _set_btc_period(ctx, c, mod, head)
        return
    c.period_default = True
    if c.type == "btc_held":
        c.period_end = default_as_of(ctx, c.sent, c.flags, c.q_start)
        if pub is not None and c.period_end == pub and not btc_held.PRESENT.search(c.sent.text):
            c.flags.add("period_inferred")
        return
    if ctx.report_period is not None and (span := _THE_SPAN.search(c.sent.text)) is not None \
            and not _THE_PERIOD.search(c.sent.text) \
            and ctx.report_period.kind in ("quarter", "half", "months", "span", "year") \
            and (c.type != "btc_sold" or not _PERFECT.search(c.sent.text)):
        # "During the nine-month period the Company sold 105 BTC", "production for the half was 263 BTC": the months
        # up to the reported period's end
        n = 6 if (span.group("n") or span.group("n2")).lower() in ("half", "six") else 9
        c.period_start, c.period_end = P.months_back(ctx.report_period.end, n), ctx.report_period.end
    elif ctx.report_period is not None and (the := _THE_PERIOD.search(c.sent.text)):
        rp = report_period_of(ctx, c.sent, the.group(0))
        c.period_start, c.period_end = rp.start, rp.end  # "sold 160 BTC during the quarter"
    elif ctx.report_period is None and pub is not None and (the := _THE_PERIOD.search(c.sent.text)) \
            and the.group(1).lower() != "period" and not _PERFECT.search(c.sent.text) \
            and not _RUNNING.match(c.sent.text, the.end()):
        # "Cipher sold 880 BTC during the quarter", with no reported period named before it: the last one completed
        named = quarter_named_for(ctx, c.sent, the.group(0))
        c.period_start, c.period_end = (named.start, named.end) if named else P.last_completed(pub, the.group(1).lower())
        c.flags.add("period_inferred")
    elif ctx.report_period is not None and _THE_YEAR.search(c.sent.text):
        fy = ctx.fy_end_for(c.company)  # "sold a total of 3,217.5 BTC during the fiscal year"
        end_y = ctx.report_period.end.year + (ctx.report_period.end.month > fy)
        c.period_start, c.period_end = P.fy_start(end_y, fy), P.month_end(end_y, fy)
    elif (following := _month_after_the_base(ctx, c)) is not None:
        # "Stronghold's output fell to 79 BTC from 93 BTC in November": the month after the base's
        c.period_start, c.period_end = following
        c.flags.add("period_inferred")
    elif (month := _month_told_before(ctx, c.sent)) is not None:
        # "December itself was a strong month. MARA and CleanSpark mined 742 and 655 BTC, respectively"
        c.period_start, c.period_end = month.start, month.end
        c.flags.add("period_inferred")
    elif (year := _run_in_year(ctx, c.sent.start)) is not None:
        # "2020. Bitfarms mined 1,873 BTC and ended the year with ...": the year a history's paragraph opens with
        c.period_start, c.period_end = year.start, year.end
    elif (year := _year_told_before(ctx, c.sent)) is not None:
        # "In its earnings release for 2023, the company reported total revenue of $284 million for the year. Its
        # proprietary mining segment mined 3,577 bitcoin": the year the sentence before reports on
        c.period_start, c.period_end = year.start, year.end
        c.flags.add("period_inferred")
    elif not _PERFECT.search(c.sent.text) and (year := _year_of_heading(ctx, c.sent)) is not None:
        # "Riot lifts bitcoin output 19% in 2023" over "The miner produced 6,626 BTC over the twelve months"; "How
        # peers fared in 2023:" over "- Marathon Digital mined 12,852 BTC": the year its title or list heading names
        c.period_start, c.period_end = year.start, year.end
        c.flags.add("period_inferred")
    elif c.type == "btc_sold" and (ctx.report_period is None or _PERFECT.search(c.sent.text, 0, c.q_start) or not (
            ctx.report_in_title or (pub is not None and ctx.report_period.end < pub))):
        c.period_end = pub  # "has sold 280 BTC" in a news story: dated by publication (GOLD_GUIDE)
        if pub is None:
            c.flags.add("no_published_date")
    elif ctx.report_period is not None:
        c.period_start, c.period_end = ctx.report_period.start, ctx.report_period.end
        c.flags.add("period_inferred")
    elif c.type == "btc_sold":
        c.period_end = pub
        if pub is None:
            c.flags.add("no_published_date")
    else:
        c.flags.add("period_inferred")
        if pub is not None:
            c.period_start, c.period_end = P.last_completed(pub, "month")
        else:
            c.flags.add("no_published_date")


def _months_together(c: Candidate) -> P.Period | None:
    """The months a sentence names before a figure it sums them in: "Self-mined 1,271 bitcoin in November and 1,224
    bitcoin in December, or 2,495 bitcoin across the two months" is November 1 to December 31."""
    s = c.sent.text
    if not (_OVER_THE_MONTHS_AFTER.match(s, c.q_end) or _OVER_THE_MONTHS_BEFORE.search(s, max(0, c.q_start - 70), c.q_start)):
        return None
    months = [p for p in c.sent.periods if p.char_end <= c.q_start and p.kind == "month" and p.start is not None]
    if not 2 <= len(months) <= 3 or len({p.start for p in months}) != len(months) or months[0].start > months[-1].start \
            or (months[-1].start - months[0].start).days > 100:
        return None
    return dataclasses.replace(months[-1], start=months[0].start, kind="span", char_start=months[0].char_start)


_OVER_THE_MONTHS_AFTER = re.compile(r"\s*(?:BTC|bitcoins?|coins)?\s*(?:in\s+total\s+|in\s+all\s+|combined\s+)?(?:for|over|across|in|during)"
                                    r"\s+(?:the|those|these|both)\s+(?:(?:two|three|2|3)\s+)?months\b", re.I)
_OVER_THE_MONTHS_BEFORE = re.compile(r"\b(?:for|over|across|in)\s+the\s+(?:two|three|both)\s+months\s+(?:to|of|at|was|were|"
                                     r"came\s+to|reached|totall?ed)\s+(?:about\s+|approximately\s+|roughly\s+)?$|"
                                     r"\ba\s+combined\s+(?:about\s+|approximately\s+)?$", re.I)


_FROM_THE_BASE = re.compile(r"\s*,?\s+(?:(?:down|up)\s+)?from\s+(?:about\s+|roughly\s+|approximately\s+)?[\d,.]+\s*"
                            r"(?:BTC|bitcoins?|coins)?\s+(?:in|during)\s+", re.I)


def _in_own_fiscal_year(ctx: DocContext, c: Candidate, period: P.Period | None) -> P.Period | None:
    """A fiscal period read in the company's own fiscal calendar, where the sentence's first company keeps another
    ('CleanSpark mined 1,945 BTC in its fiscal first quarter, while IREN produced 1,647 BTC in the first half of fiscal
    2025': IREN's year ends in June)."""
    if period is None or c.company is None or not _FISCAL_WORD.search(period.text):
        return period
    first = next((m.company for m in c.sent.mentions if m.company), None)
    fy = ctx.fy_end_for(c.company)
    if first is None or first == c.company or fy == ctx.fy_end_for(first):
        return period
    pub = ctx.published
    again = [p for p in P.find_periods(period.text, pub, fy, ctx.dmy) if p.text == period.text]
    if len(again) != 1 or again[0].end is None or (pub is not None and again[0].end > pub and period.end <= pub):
        return period
    return dataclasses.replace(period, start=again[0].start, end=again[0].end)


def _month_after_the_base(ctx: DocContext, c: Candidate) -> tuple[dt.date, dt.date] | None:
    """A month's flow with no period of its own, compared with the month before it: 'fell to 79 BTC from 93 BTC in
    November' (published in January) is December's."""
    base = next((p for p in c.sent.periods if p.kind == "month" and p.start is not None and p.char_start > c.q_end
                 and _FROM_THE_BASE.fullmatch(c.sent.text, c.q_end, p.char_start)), None)
    if base is None or c.type not in ("btc_mined", "btc_sold"):
        return None
    start = base.end + dt.timedelta(days=1)
    end = P.month_end(start.year, start.month)
    # (a monthly update's lag: "up from 692 BTC in July last year" in an August story is no such base)
    return (start, end) if ctx.published is not None and 0 < (ctx.published - end).days <= 45 else None


_SINCE_IT_BEGAN = re.compile(r"\bsince\s+(?:(?:it|the company|we)\s+)?(?:[\w-]+\s+){0,3}?(?:began|started|commenced|"
                             r"launched|began\s+mining|started\s+mining)\s+(?:(?:in|during)\s+)?$|"
                             r"\bsince\s+the\s+(?:start|launch|beginning)\s+of\s+(?:its\s+)?(?:mining|operations)\s+"
                             r"(?:in\s+)?$", re.I)
_THE_YEAR_END_WORDS = re.compile(r"\bthe\s+year\b|\byear[- ]end\b", re.I)
_RUN_IN_YEAR = re.compile(r"(?:(?:Fiscal|FY)\s?)?(?P<y>(?:19|20)\d\d)[.:]\s")


def _run_in_year(ctx: DocContext, pos: int) -> P.Period | None:
    """The year the paragraph holding `pos` opens with as a run-in heading ('2021. The Corporation mined 3,452 BTC
    ...', 'FY2023: ...' for the fiscal year); a year ended by publication."""
    if ctx.published is None:
        return None
    m = _RUN_IN_YEAR.match(ctx.text, ctx.text.rfind("\n", 0, pos) + 1)
    if m is None or pos < m.end() - 1:
        return None
    y, fy = int(m.group("y")), ctx.fy_end_month if m.group(0).startswith("F") else 12
    start, end = P.fy_start(y, fy), P.month_end(y, fy)
    return P.Period(start, end, "year", 0, 0, True, m.group(0)) if end < ctx.published else None


def _undated_sentence_before(ctx: DocContext, sent: Sent) -> str | None:
    """The sentence right before in the same paragraph, for a sentence that names no period of its own and has a
    publication date to read the earlier one against; None otherwise."""
    if sent.periods or ctx.published is None or ctx.text.rfind("\n", 0, sent.start) >= sent.start - 2:
        return None  # (a sentence that opens its line has no sentence before it in the paragraph)
    before = _sentence_before(ctx, sent)
    return None if "\n" in before else before


def _month_told_before(ctx: DocContext, sent: Sent) -> P.Period | None:
    """The one month, ended by publication, that opens the sentence right before in the same paragraph when that
    sentence holds no figure ('December itself was a strong month despite difficulty adjustments.'); None otherwise."""
    before = _undated_sentence_before(ctx, sent)
    if before is None or re.search(r"\d", _YEARS.sub("", before)):
        return None
    told = P.find_periods(before, ctx.published, ctx.fy_end_month, ctx.dmy)
    if len(told) != 1 or told[0].kind != "month" or told[0].char_start > 12 or told[0].end >= ctx.published:
        return None
    return told[0]


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def _year_told_before(ctx: DocContext, sent: Sent) -> P.Period | None:
    """The one year, ended by publication, that the sentence right before names in the same paragraph, when it names
    no month or quarter and reports a year's results ('for 2023', 'for the year'); None otherwise."""
    before = _undated_sentence_before(ctx, sent)
    if before is None or not _YEAR_RESULTS.search(before):
        return None
    told = P.find_periods(before, ctx.published, ctx.fy_end_month, ctx.dmy)
    if len(told) < 1 or any(p.kind != "year" for p in told) or told[0].start is None or told[0].end >= ctx.published:
        return None
    return told[0]


def _year_of_heading(ctx: DocContext, sent: Sent) -> P.Period | None:
    """The one year, ended within the last four months, that the document's title or the lead-in of the sentence's
    list names, when that line names no other period."""
    if ctx.published is None:
        return None
    title_end = ctx.text.find("\n")
    lines = [ctx.text[:title_end] if title_end >= 0 else ctx.text]
    if (lead := list_lead_in(ctx.text, sent.start) or list_heading(ctx.text, sent.start)) is not None:
        lines.insert(0, lead)
    for line in lines:
        told = P.find_periods(line, ctx.published, ctx.fy_end_month, ctx.dmy)
        if told:
            year = told[0]
            ok = len(told) == 1 and year.kind == "year" and year.start is not None and year.end < ctx.published \
                and (ctx.published - year.end).days <= 120
            return year if ok else None
    return None


_YEAR_RESULTS = re.compile(r"\b(?:for|in)\s+(?:the\s+)?(?:full\s+|fiscal\s+|calendar\s+)?(?:year|(?:19|20)\d\d)\b",
                           re.I)
_SO_FAR = re.compile(r"\b(?:so far|to date|to-date|thus far|through|as of|until|in progress)\b", re.I)


def _not_after(period: P.Period, pub: dt.date | None, sent: Sent) -> P.Period:
    """A month or quarter named without a year, not over by publication, in a sentence that names the year before,
    is that year's: 'For calendar 2025, Cango produced 6,594.6 BTC, including 1,541 BTC in the first quarter' in a
    story of January 7, 2026. Not a running total ('so far in the first quarter', 'has sold 1,200 BTC this month'),
    nor when the year dates another event ('sold 1,500 BTC during June ... to pay down the facility it entered into
    with Galaxy in December 2021', in a release of June 17, 2022)."""
    if period.has_year or pub is None or period.start is None or period.end <= pub or _SO_FAR.search(sent.text) \
            or period.kind not in ("month", "quarter", "half"):
        return period
    start, end = P.year_back(period.start), P.year_back(period.end)
    assert start is not None and end is not None
    if not any(p.has_year and p.end.year == period.end.year - 1 and p.start is not None and p.start <= start
               and end <= p.end for p in sent.periods):
        return period
    return dataclasses.replace(period, start=start, end=P.month_end(end.year, end.month))


def _proceeds(s: str, q: Quantity, hi: int) -> float | None:
    """USD proceeds in the clause of a sale, skipping unit prices ('at an average price of $97,000')."""
    for u in find_usd(s[q.end:hi + 60]):
        left = s[q.end:q.end + u.start]
        if btc_sold.PRICE_CONTEXT.search(left) or btc_sold.PRICE_AFTER.search(s[q.end + u.end:]):
            continue
        if u.value < 10_000 and "million" not in s[q.end + u.start:q.end + u.end + 10]:
            continue
        return u.value
    return None


# -- hashrate -----------------------------------------------------------------------------------------

_ANOTHER_PART = re.compile(r"(?:\s+of\s+[^.;,]{0,50})?,?\s+(?:and\s+)?(?:the\s+)?(?-i:[A-Z][\w.&'-]*)(?:\s+(?-i:[A-Z][\w.&'-]*)){0,2}"
                           r"\s+for\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?")
# a figure placed at a named site, when another figure in the sentence is placed at one too: "roughly 300 petahashes
# per second at Baie-Comeau and 2.4 EH/s at Helios" (not a date: "at Quarter End", "in March")
_AT_NAMED_PLACE = re.compile(r"\s+(?:at|in)\s+(?:its\s+|the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
                             r"Q[1-4]|H[12]|FY|Fiscal|Year|Quarter|Month|End|Half|The|Its)\w*\b)[A-Z][\w-]+")
_NETWORK_COMPARED = re.compile(r",\s+(?:against|versus|vs\.?|compared\s+(?:with|to)|while|whereas|out\s+of)\s+", re.I)
_GOAL_OF_NEXT = re.compile(r"[,;]?\s+(?:with\s+|and\s+)?(?:an?\s+|its\s+)?(?:year-end\s+|new\s+)?(?:target|goal)\s+"
                           r"(?:of\s+)?(?:about\s+|approximately\s+|roughly\s+|around\s+)?$", re.I)
# a goal joined on further away: "2.6 EH/s at the end of November, with a target of 4.0 EH/s", "1.2 EH/s at the end of
# June and is targeting 2.0 EH/s by year end"
_GOAL_JOINED_NEXT = re.compile(r"(?:[,;]\s*(?:with\s+|and\s+)?|\s+(?:with|and)\s+)(?:(?:is|are|was)\s+)?(?:an?\s+|its\s+)?"
                               r"(?:year-end\s+|new\s+)?(?:(?:target|goal)\s+(?:of\s+)?|targeting\s+|aiming\s+(?:for|at)\s+|"
                               r"aims\s+(?:for|at)\s+)(?:about\s+|approximately\s+|roughly\s+|around\s+)?$", re.I)
_CONTRAST_AFTER = re.compile(r",\s+(?:while|whereas)\b|;")
_DELIVERY_BEFORE = re.compile(r"\b(?:deliver(?:y|ies)|shipments?|shipping)\b[^.;]{0,25}$", re.I)
_MACHINES_BOUGHT = re.compile(r"\b(?:purchas(?:e|es|ed|ing)|bought|buy(?:s|ing)?|order(?:s|ed)?)\b[^.;]{0,60}"
                              r"\b(?:miners|machines|rigs|units|ASICs)\b", re.I)
_WITHIN_DAYS_AFTER = re.compile(r"\s+(?:of\s+[\w-]+\s+)?(?:in|during|over|within)\s+(?:the|its)\s+(?:first|second|"
                                r"third|last|past|final)\s+(?:(?:few|two|three|\d+)\s+)?(?:week|weeks|days)\b|"
                                # "more than 6 EH/s of SEALMINER A2 units energized in August alone": the month's step
                                r"\s+of\s+(?:[\w-]+\s+){1,4}?(?:energi[sz]ed|installed|added|deployed|plugged in)\s+"
                                r"(?:in|during)\s+[A-Z][a-z]+\.?\s+alone\b", re.I)
_RELOCATED = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,4}(?:will be|is being|are being|to be|was|were)\s+(?:relocated|moved|"
                        r"redeployed|transferred)\b", re.I)
# machines standing idle, not the fleet: "Roughly 4.2 EH/s of installed machines are still waiting for power", "took
# roughly 2.2 EH/s of older machines at the Rockdale Facility offline", "1.7 exahashes of miners ... went back to the
# manufacturer"
_IDLE_MACHINES_AFTER = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:machines|miners|rigs|units|ASICs|nameplate|"
                                  r"equipment)\b(?:(?!,\s+(?:with|while|and|but|whereas)\b|\bthe\s+(?:balance|rest|"
                                  r"remainder)\b)[^.;]){0,80}?\b(?:waiting|awaiting|offline|off-line|idle|idled|"
                                  r"switched\s+off|powered\s+(?:down|off)|unplugged|returned|went\s+back|sent\s+back|"
                                  r"in\s+transit|in\s+storage|not\s+yet\s+(?:installed|energi[sz]ed|plugged|running)|"
                                  r"yet\s+to\s+be\s+(?:installed|energi[sz]ed)|under\s+repair|being\s+repaired|"
                                  r"replacement\s+(?:hash\s*)?boards?)\b", re.I)
# "Average realized hashrate for March was 1.54 EH/s (February: 1.61 EH/s)": the earlier period's figure of that kind
_PAREN_PRIOR = re.compile(r"\(\s*\w[\w ,.]{2,24}:\s*$")


def _paren_period(ctx: DocContext, sent: Sent, pos: int) -> P.Period | None:
    """'mined 384 BTC in H1 2025 (H1 2024: 403 BTC)', 'BTC held of 9 (31 December 2024: 14)': the period that opens
    the parenthesis dates the figure in it."""
    paren = _PAREN_PRIOR.search(sent.text, max(0, pos - 30), pos)
    p = next((p for p in sent.periods if paren.start() <= p.char_start < pos), None) if paren else None
    return anchor(ctx, p) if p is not None else None


_ABOUT_THE_COMPANY = re.compile(r",\s+(?:which|who)\b[^,;]{0,160},")
_COMPANY_WORD_BEFORE = re.compile(r"\b(?:miner|company|firm|operator)['’]?s?\s*$", re.I)


_DEFINED_BETWEEN_DASHES = re.compile(r"(\b(?:hash\s?rate|computing\s+power|hashing\s+power)\s*(?:—|–|--)\s*)"
                                     r"((?:the|a|an)\s[^—–\n]{5,150}?)(\s*(?:—|–|--))", re.I)


def without_dash_definitions(s: str) -> str:
    """'Operational hashrate — the computing power the company's machines contribute to the bitcoin network — reached
    33.4 exahashes': the definition between the dashes blanked, about no network's figure nor a part of one."""
    if "—" not in s and "–" not in s and "--" not in s:
        return s
    return _DEFINED_BETWEEN_DASHES.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), s)


def _without_company_asides(sent: Sent, undashed: str) -> str:
    """The sentence with its relative clauses about a company blanked: in "The miner, which dropped 'Blockchain' from
    its name to reflect its growing GPU cloud business, averaged 4.14 EH/s", the aside makes no figure a cloud's."""
    s = undashed
    if ", wh" not in s:
        return s
    for a in _ABOUT_THE_COMPANY.finditer(s):
        if any(m.company and 0 <= a.start() - m.end <= 3 for m in sent.mentions) \
                or _COMPANY_WORD_BEFORE.search(s, max(0, a.start() - 20), a.start()):
            s = s[:a.start()] + " " * (a.end() - a.start()) + s[a.end():]
    return s


# "... curtailment at its Oklahoma site, and ended January with roughly 0.45 EH/s": the site's clause has ended
_AND_THEN_VERB = re.compile(r",\s+and\s+(?:then\s+|later\s+|now\s+)?(?:ended|finished|closed|exited|reached|averaged|grew|"
                            r"lifted|raised|brought|boosted|took|had|ran|operated|increased|expanded)\b|"
                            # "... miners at its Baie-Comeau facility in Quebec ... and is targeting 3.5 EH/s": the
                            # company's goal
                            r",?\s+and\s+(?:is\s+|remains\s+)?(?:targeting|aiming|targets|aims|expects|plans|"
                            r"still expects|continues to (?:target|expect))\b")


_FOREIGN_PAREN_BEFORE = re.compile(r"(?:£|€|GBP\s?|EUR\s?|AUD\s?|A\$|C\$|CAD\s?)\s?[\d.,]+\s*(?:million|billion|mln|m|bn)?\s*\(\s*"
                                   r"(?:approximately\s+|about\s+|roughly\s+|around\s+|c\.\s?|~\s?)?$", re.I)
_THEN_TO = re.compile(r"\s+(?:today\s+|now\s+|currently\s+|at present\s+)?to\s+(?:about\s+|roughly\s+|approximately\s+|"
                      r"around\s+|nearly\s+|some\s+)?")
_OWN_FLEET_BEFORE = re.compile(r"\b(?:our|its|their|the company['’]s|(?-i:[A-Z])[\w.&-]*['’]s?)\s+own\s+(?:[\w-]+\s+){0,3}?(?:hash\s?rate|fleet|"
                               r"computing power)\b(?![^.;]*\bnetwork\b)[^.;]{0,50}$", re.I)
# the same measure at another date: "from 21.2 EH/s a year ago to 17.1 EH/s", "more than doubled to a record 22.9 EH/s
# at year end from 11.1 EH/s at the end of 2022"
# (and ", from 15.2 EH/s a year earlier" after "capacity under management rose 62.5% to 24.7 EH/s")
_SAME_MEASURE_NEXT = re.compile(r",?\s+(?:(?!(?:[^.;,$]*\b(?:own|self-min\w*|and|but|while)\b))[^.;,$]{0,30}?\s+)?"
                                r"(?:to|from)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+|some\s+)?|"
                                # "reached approximately 3.5 Exahash at the end of July and is expected to reach about 3.7"
                                r"\s+[^.;$]{0,40}?\band\s+(?:is|was|are|were)\s+(?:expected|projected|forecast|on track)\s+"
                                r"to\s+(?:reach|hit|rise to|climb to|grow to)\s+(?:about\s+|roughly\s+|approximately\s+|"
                                r"around\s+|nearly\s+)?|"
                                # "capacity under management hit a record 28.6 EH/s, 52.1% above the 18.8 EH/s of a year
                                # earlier"
                                r",\s+(?:up\s+|down\s+)?\d[\d.]*\s?%\s+"
                                r"(?:above|below|more\s+than|less\s+than|higher\s+than|lower\s+than|up\s+on|down\s+on|"
                                r"over)\s+(?:the\s+)?|"
                                # "expanding its combined Self-Mining and Hosting operations to about 4.5 EH/s early in
                                # the second quarter of 2023 and to an anticipated 8.0 EH/s by the fourth quarter"
                                r"\s+[^.;$]{0,50}?\band\s+(?:then\s+)?to\s+(?:an?\s+(?:anticipated|expected|estimated|"
                                r"projected)\s+)?(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+)?|"
                                # "... 3.10 Exahash at the end of May and the Company expects that figure to reach ..."
                                r"\s+[^.;$]{0,40}?\band\s+(?:the\s+[Cc]ompany|it|we)\s+expects?\s+(?:that\s+figure|it|this)\s+to\s+"
                                r"(?:reach|hit|rise to|climb to|grow to)\s+(?:about\s+|roughly\s+|approximately\s+|around\s+)?|"
                                # "approximately 3.5 Exahash at the close of July, a figure it expects to lift to
                                # approximately 3.7 Exahash"
                                r"[^.;,$]{0,40}?,\s+(?:a\s+(?:figure|level|total|number)|which)\s+[^.;,$]{0,40}?\bto\s+"
                                r"(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+)?|"
                                # "reached a record of approximately 3.10 Exahash at the end of May, with approximately 3.35
                                # Exahash expected"
                                r"[^.;,$]{0,40}?,\s+with\s+(?:about\s+|roughly\s+|approximately\s+|around\s+|nearly\s+)?|"
                                # "... capacity to be roughly 4.5 Exahash by the first quarter of 2023 and roughly 8.0"
                                r"\s*(?:by|before|in|at)\s+[^.;,]{3,30}?,?\s+and\s+(?:then\s+)?(?:to\s+)?(?:about\s+|"
                                r"approximately\s+|roughly\s+)?", re.I)
# (and a listed subsidiary's own share: "American Bitcoin alone accounted for roughly 25.0 EH/s at the end of
# September")
_COMPANY_CONTRIBUTES = re.compile(r"(?:\b(?:is|are|was|were|now|will be)\s+contribut(?:ing|es|ed)|"
                                  r"(?<!, )\bcontributing|\balone\s+accounted\s+for)\s+(?:about\s+|approximately\s+|roughly\s+|"
                                  r"around\s+)?$", re.I)
# ("..., of which 3.7 EH/s came from its own miners", "was self-owned hashrate", "was owned by the Company")
_OWN_PART_AFTER = re.compile(r"\s+(?:was|were|is|are|came|comes|come)\s+(?:used\s+for\s+|from\s+|for\s+)?"
                             r"(?:self-min(?:ing|ed)|self-owned|(?:its|our|the company['’]s)\s+own|"
                             r"owned\s+by\s+(?:the\s+company|us|it|(?-i:[A-Z])[\w-]+)|proprietary)\b", re.I)
_SITE_ITEM_LEFT = re.compile(r"(?:^|[•\-–]\s)\W{0,2}(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s*\(\s*$")
# the hosted machines named only to be left out of the figure
_HOSTED_LEFT_OUT = re.compile(r"\b(?:which|that)\s+(?:excludes|exclude|does\s+not\s+include|leaves\s+out)\s+[^.;]{0,60}?"
                              r"\b(?:hosting|hosted|colocation|co-location)\s+(?:customers?|clients?)\b[^,;]{0,20},|"
                              # "Operational self-mining hashrate, excluding the Nautilus joint venture, was 5.5 EH/s"
                              r"\b(?:hash\s?rate|fleet|capacity),\s+(?:excluding|which\s+excludes|not\s+including)\s+[^.;,]{0,60}?"
                              r"\b(?:joint[ -]ventures?|JV|hosting|hosted|colocation|co-location)\b[^.;,]{0,30},\s+"
                              r"(?:was|is|were|are|stood|came|totall?ed|reached)\b", re.I)
# a site's machines that lift the whole fleet: "rigs at its Black Pearl site lifted its self-mining hashrate to 16.8
# EH/s" (not "lifting that site's hashrate to about 1.1 EH/s")
_LIFTED_ITS_FLEET = re.compile(r"\b(?:lift|lifted|lifting|raised|raising|pushed|pushing|brought|bringing|boosted|boosting|"
                               r"took|taking)\s+(?:its|their|the company['’]s|(?-i:[A-Z])[\w&.-]*['’]s)\s+"
                               r"(?:(?:total|self-mining|operating|operational|energized|deployed|installed|fleet)\s+)*"
                               r"(?:hash\s?rate|hashing power|computing power)\s+to\s+(?:about\s+|approximately\s+|"
                               r"roughly\s+|nearly\s+|around\s+|some\s+)?$", re.I)
_MW_AFTER = re.compile(r"\s*,\s*\d+(?:\.\d+)?\s*MW\b")
_RANKED_NEXT = re.compile(r"[^.;,]{0,30},\s+(?:with|followed by|and)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}"
                          r"\s+(?:next\s+|second\s+|third\s+)?(?:at|with|on)\s+(?:about |approximately |roughly |some )?")
# a reason the next figure shares until a registry company is named between them
_REJECTED_UNTIL_A_COMPANY = ("network", "supplier", "aggregate", "hypothetical")
# a reason the next figure shares when these words join it to the rejected one
_JOINS_A_REJECTED = {
    "hosted": _SAME_MEASURE_NEXT,  # "total hash rate under management ... dropped from 21.2 EH/s a year ago to 17.1 EH/s"
    "one_site": _THEN_TO,  # "hash rate at the Rockdale Facility is expected to climb from 12.4 EH/s today to roughly 15.1"
    "part": _ANOTHER_PART,  # "Paraguay accounted for 5.6 EH/s ..., Canada for 3.9 EH/s and Argentina for 1.5 EH/s"
    # "secured by machines with roughly 1.6 exahashes per second (EH/s) and 2.0 EH/s of computing power, respectively"
    "collateral": re.compile(r"\s*(?:\([^)]{0,12}\)\s*)?(?:,\s*)?(?:and|or)\s+(?:about |approximately |roughly )?"),
    # "IREN did the heavy lifting with about 5.5 EH/s of new capacity, with Marathon Digital next at about 3.7 EH/s"
    "added_after": _RANKED_NEXT,
    "increment": _RANKED_NEXT,
    # "Needham pencils in 45 EH/s for CleanSpark and 52 EH/s for IREN", "have Bitdeer at 45 EH/s and HIVE at 26 EH/s"
    "forecast": re.compile(r"(?:\s+for\s+(?:[\w.&'’-]+\s+){1,3}?|\s*)(?:,\s*)?(?:and|or)\s+"
                           r"(?:(?-i:[A-Z])[\w.&'’-]*\s+){0,3}"
                           r"(?:at\s+)?(?:about |approximately |roughly |around |an estimated )?"),
}
# "Having repaired the storm damage at its Texas site, it says its hash rate capacity has now climbed to ...": the
# site sits in the opening clause, the fleet is the main clause's
_FLEET_AFTER_OPENER = re.compile(r",\s+(?:it|we|the company|the miner)\s+(?:(?:says?|said|reports?|reported|notes?|noted)\s+)?"
                                 r"(?:that\s+)?(?:its|our)\s+(?:[\w-]+\s+){0,3}?(?:hash\s?rate|fleet)\b|"
                                 # "Once the Scrubgrass data center was running again, hash rate ended the month at"
                                 r",\s+(?:total\s+|its\s+|the\s+company['’]s\s+)?"
                                 r"hash\s?rate\s+(?:ended|finished|closed|reached|rose|climbed|recovered|returned)\b")


_BY_SITE = re.compile(r"\W{0,5}(?:By|Per|Site by site|Broken down by)\s+(?:site|facility|location|campus|data cent(?:er|re))\b")


def _placed_at_a_site(sent: Sent, q: Quantity) -> bool:
    """'... 300 petahashes per second at Baie-Comeau and 2.4 EH/s at Helios': each figure at a place that is not a
    company, in a sentence with at least two such figures."""
    def placed(o: Quantity) -> bool:
        at = _AT_NAMED_PLACE.match(sent.text, o.end)
        return at is not None and not any(m.company and at.end() - 1 >= m.start >= o.end for m in sent.mentions)
    return placed(q) and any(o.start != q.start and placed(o) for o in sent.hashrates)


# No listed miner's fleet has come near 250 EH/s (the largest ran about 60 EH/s in 2025, and the targets stop at 100
# EH/s): a larger figure is the network's
MAX_MINER_EH = 250


def hashrate_candidates(ctx: DocContext, sent: Sent) -> list[Candidate]:
    s = sent.text
    qtys = list(sent.hashrates)
    if not qtys or _BY_SITE.match(s):
        return []  # "By site, Canal Flats, Mackenzie and Prince George averaged 591 PH/s, 862 PH/s and 458 PH/s"
    out: list[Candidate] = []
    # why the figure before was rejected, and where it ended: a figure joined to it may share its reason
    prev_why: str | None = None
    prev_end = 0
    qtys, paired = _with_pairs(sent, qtys)
    respective_kinds = _respective_kinds(s, sorted(paired))
    btc_starts = [b.start for b in sent.btc]
    undashed = without_dash_definitions(s)
    unaside = _without_company_asides(sent, undashed)
    for i, q in enumerate(qtys):
        if q.value > MAX_MINER_EH:
            continue  # "- Record hashrate: 1,073 EH/s (Sept. 23)": the network's
        lo, hi = _clause_bounds(qtys, i, len(s))
        hi = min([hi] + [b for b in btc_starts if b > q.end])  # "... 1.1 EH/s, ..., mined 27.1 BTC in May"
        # "... had hit 50 EH/s, and Cango said it crossed the threshold on July 1": another miner's clause
        hi = min([hi] + [m.start for m in sent.mentions if m.company and m.start > q.end
                         and _AND_CLAUSE_END.search(s, max(q.end, m.start - 12), m.start)])
        if not hashrate.MIN_FLEET_EHS <= q.value <= hashrate.MAX_FLEET_EHS:
            if q.value > hashrate.MAX_FLEET_EHS:
                # "Bitcoin's total hash rate has recovered to around 160 EH/s ..., after falling below 90 EH/s"
                prev_why, prev_end = "network", q.end
            continue
        near_left, near_right = undashed[max(lo, q.start - 60):q.start], s[q.end:min(hi, q.end + 40)]
        if (contrast := _CONTRAST_AFTER.search(near_right)) is not None:
            # "Core's self-mining fleet accounted for 15.7 EH/s of hashing power, while the machines it hosts for
            # others added 8.0 EH/s": the clause after names another fleet
            near_right = near_right[:contrast.start()]
        if i + 1 < len(qtys) and qtys[i + 1].start - q.end <= 80 and (
                ((goal := _GOAL_OF_NEXT.search(s, q.end, q.end + len(near_right))) is not None
                 and q.end + len(near_right) >= qtys[i + 1].start)
                or (goal := _GOAL_JOINED_NEXT.search(s, q.end, qtys[i + 1].start)) is not None):
            # "said its hashrate is 1.2 EH/s, with a target of 1.6 EH/s by the end of September": the goal is the next
            # figure's
            near_right = near_right[:goal.start() - q.end]
            hi = goal.start()
        clause = near_left + near_right
        # the figure's own clause: "despite a difficulty environment that kept climbing, and we ended March at 42.4
        # exahash" puts the network's difficulty in the clause before
        own = max([lo] + [m.end() for m in _OWN_CLAUSE.finditer(s, lo, q.end) if m.end() <= q.start])
        if out and out[-1].sent.start == sent.start and out[-1].q_end <= q.start and (
                versus := _VERSUS_PRIOR.match(s, out[-1].q_end, q.start)):
            # "Iris averaged 748 PH/s on the bitcoin network in December, against an average of 657 PH/s in November":
            # the comparison figure of the fleet just accepted
            own = max(own, versus.start("versus"))
        wide_lo = max(lo, q.start - 120)
        wide_left = unaside[wide_lo:q.start]
        # (not a host's figure when the words after it say the fleet is its own: "The 34.1 EH/s under management ...
        # is made up of 4.2 EH/s of self-owned hashrate and ...")
        own_fleet = _OWN_FLEET_AFTER.match(s, q.end) is not None or (
            # "That figure bundles ... machines hosted for third parties; the self-owned operating fleet was much
            # smaller, at roughly 3.9 EH/s": the clause after the semicolon is the miner's own
            (semi := s.rfind(";", max(0, q.start - 90), q.start)) != -1
            and _OWN_FLEET_NOUN.search(s, semi, q.start) is not None) or (
            # "Of the 21.5 EH/s ... under management at the end of February, its own self-mining fleet accounted for
            # 8.4 EH/s"
            (comma := s.rfind(", ", max(0, q.start - 60), q.start)) != -1
            and any(_OWN_NOUN_THEN_FIGURE.fullmatch(s, m.end(), q.start) for m in _OWN_FLEET_NOUN.finditer(s, comma, q.start)))
        why = next((name for name, rx in hashrate.NOT_OURS
                    if not (own_fleet and name == "hosted") and rx.search(near_left if name in hashrate.LEFT_ONLY else
                                 # (across a second figure: "between 40 EH/s and 42 EH/s, including customer
                                 # machines")
                                 s[q.end:q.end + 130] if name == "including_hosted_after" else
                                 s[q.end:min(hi, q.end + 90)] if name in hashrate.WIDE_RIGHT else
                                 near_right if name in hashrate.RIGHT_ONLY else
                                 s[max(0, q.start - 120):q.start] if name == "revised_from" else  # across "to 5.0 EH/s"
                                 wide_left if name in hashrate.WIDE_LEFT else
                                 # (not a comparison after it: "39.1 EH/s on December 31, against a network that
                                 # ended the year above 800 EH/s")
                                 unaside[own:q.start] + _NETWORK_COMPARED.split(near_right, maxsplit=1)[0]
                                 if name == "network" else
                                 # "... up from the 23 EH/s we had been targeting, and we are introducing guidance of
                                 # 35 to 37 EH/s": the old goal's words are in the clause before
                                 s[max(own, q.start - 60):q.start] + near_right if name == "superseded" else
                                 wide_left + near_right if name == "hosted" else clause)), None)
        if why == "part" and (contrib := _COMPANY_CONTRIBUTES.search(near_left)) is not None and any(
                m.company and m.end <= q.start - len(near_left) + contrib.start() for m in sent.mentions):
            why = None  # "CleanSpark is contributing 1 exahash per second (EH/s) of computing power to the pool"
        if why == "part" and (_OWN_PART_AFTER.match(s, q.end) or own_fleet):
            why = None  # "..., of which 3.31 EH/s was self-mining and 0.71 EH/s came from hosting": the fleet's own
        if why is None and _SITE_ITEM_LEFT.search(near_left) and _MW_AFTER.match(s, q.end):
            why = "one_site"  # "• Mackenzie (2.5 EH/s, 80MW – BC, Canada)": a list of sites
        site = hashrate.NOT_OURS_BY_NAME["one_site"].search(wide_left) if why == "one_site" else None
        locative = site is not None and site.group(0)[:3].lower() in ("at ", "in ")
        if site and (hashrate.WHOLE_FLEET.search(wide_left) or NEW_SUBJECT.search(wide_left, site.start() + 1)
                     or _AND_THEN_VERB.search(wide_left, site.start()) or _FLEET_AFTER_OPENER.search(wide_left, site.start())
                     or _LIFTED_ITS_FLEET.search(wide_left, site.start()) or (
                not locative and any(wide_lo + site.start() + 4 < m.start < q.start for m in sent.mentions
                                     if m.company and not _APPOSED_OWNER_OF_SITE.match(s, m.end)))):
            # the company's fleet after a site is named: "after energizing the Corsicana Facility, Riot's total hash
            # rate reached 35 EH/s", "... at the Black Pearl site is under way, and the Company expects to reach 23.5
            # EH/s"; but "At the Paso Pe facility, Bitfarms' operating hashrate reached 2.4 EH/s" is the site's
            why = None
        if why == "hosted" and _HOSTED_LEFT_OUT.search(wide_left) and not hashrate.NOT_OURS_BY_NAME["hosted"].search(
                wide_left[_HOSTED_LEFT_OUT.search(wide_left).end():] + near_right):
            why = None  # "Our proprietary hash rate, which excludes machines owned by hosting customers, was 8.8 EH/s"
        if why is None and hashrate.UNDATED_GOAL_AFTER.search(s, q.end, q.end + 130):
            why = "undated_goal"  # (past the figure's clause: "a path to 100 EH/s, although it has not attached a date")
        if why == "network" and _OWN_FLEET_BEFORE.search(s, max(0, q.start - 90), q.start):
            why = None  # "... a higher network hash rate, partly offset by growth in our own deployed hash rate,
            # which reached 22.0 EH/s as of June 30, 2024"
        group = hashrate.AGGREGATE.search(s, max(0, q.start - 120), q.start) if why == "aggregate" else None
        if group is not None and any(group.end() <= m.start < q.start for m in sent.mentions if m.company):
            why = None  # "Among the miners, Riot led August with 35.4 EH/s", "Together they lifted Bitfarms' hashrate"
        online_part = why == "part" and _ONLINE_PART_AFTER.match(near_right) is not None
        if online_part:
            why = None  # "installed 2.4 EH/s, of which 1.55 EH/s was online": the online part is the operating fleet
        if why is None and _OWN_PART_FOLLOWS.match(s, q.end):
            why = "hosted"  # the total of which the company's own machines are a part: others' machines too
        if why is None and _OF_THE_TOTAL_BEFORE.search(s, max(0, q.start - 30), q.start) \
                and _OWN_PART_LATER.search(s, q.end, q.end + 160):
            why = "hosted"  # "Of the 21.5 EH/s ... under management ..., its own self-mining fleet accounted for 8.4 EH/s"
        named_alone = hashrate.NAME_ALONE.search(near_left) if why is None else None
        if named_alone and not any(m.start <= q.start - len(near_left) + named_alone.start() < m.end
                                   for m in sent.mentions if m.company):
            why = "site_alone"  # "Odessa alone was running roughly 4.8 EH/s", but "Marathon alone now runs 57 EH/s"
        if why is None and prev_why in _REJECTED_UNTIL_A_COMPANY \
                and not any(lo <= m.start < q.start for m in sent.mentions if m.company):
            why = prev_why  # "... fell from about 525 EH/s to below 450 EH/s": still the network's
        if why is None and (joined := _JOINS_A_REJECTED.get(prev_why or "")) and joined.fullmatch(s, prev_end, q.start):
            why = prev_why
        if why is None and (site_subject := _SITE_SUBJECT.match(s)) is not None and site_subject.end() <= q.start \
                and not hashrate.WHOLE_FLEET.search(s, site_subject.end(), q.start) \
                and not _OWN_VOICE_OR_CLAUSE.search(s, site_subject.end(), q.start) \
                and not any(m.company and site_subject.end() <= m.start < q.start for m in sent.mentions):
            why = "one_site"  # "The site currently has 12 MW ... and is already producing about 55 PH/s"
        if why is None and (_HASH_UNIT_DEFINED_BEFORE.search(s, max(0, q.start - 40), q.start)
                            or _HASH_UNIT_DEFINED_AFTER.match(s, q.end)):
            why = "unit"  # "One exahash is a thousand petahashes."
        if why is None and _A_BEFORE.search(s, max(0, q.start - 25), q.start) and _FLEET_EARNS_AFTER.match(s, q.end):
            why = "hypothetical"  # "At those levels, a 0.5 EH/s fleet earns about 0.8 BTC a day": any fleet of that size
        if why is None and _RELOCATED.match(s, q.end, min(len(s), q.end + 80)):
            why = "relocated"  # "Roughly 3 EH/s of older S19 XP units will be relocated to Ethiopia"
        if why is None and _IDLE_MACHINES_AFTER.match(s, q.end):
            why = "idle"
        if why is None and _listed_companies_together(sent, q.start):
            why = "aggregate"
        if why is None and _placed_at_a_site(sent, q):
            why = "one_site"
        if why is None and _WITHIN_DAYS_AFTER.match(s, q.end):
            why = "increment"  # "had energized more than 1 EH/s in the first week of August alone"
        prev_why, prev_end = why, q.end
        if why:
            log.debug("hashrate %r rejected: %s", s[q.start:q.end], why)
            continue
        flags: set[str] = set()
        if q.is_range:
            flags.add("value_range")
        if (q.start, q.end) in paired:
            company, period = paired[(q.start, q.end)]
            rule = "respectively"
            kind_of_pair = respective_kinds.get((q.start, q.end))
            if period is not None and period.kind == "year_ago" and not period.has_year \
                    and (own_pair := next((c for c in out if c.sent is sent and c.company == company), None)) \
                    and own_pair.period_end is not None:
                # "22.0 EH/s and 31.5 EH/s at June 30, respectively, up from 10.7 and 23.1 EH/s a year earlier"
                period = dataclasses.replace(period, start=None, end=P.end_moved(own_pair.period_end, -1), kind="date")
        else:
            company = company_for(ctx, sent, q.start, q.end, flags)
            period = None
            rule = "amount"
            kind_of_pair = None
        if company is None:
            continue
        paren = _PAREN_PRIOR.search(near_left) if (q.start, q.end) not in paired else None
        goal_after = hashrate.GOAL_AFTER.match(s, q.end) is not None or (
            hashrate.GOAL_NOUN_AFTER.match(s, q.end) is not None
            and not hashrate.GOAL_MET_BEFORE.search(s, max(0, q.start - 60), q.start))
        paren_period = next((p for p in sent.periods if q.start - len(near_left) + paren.start() <= p.char_start < q.start
                             and p.start is not None), None) if paren else None
        if _COMPARISON.search(near_left) or re.search(r"\b(?:up|down) from\s*(?:approximately |about )?$", near_left) \
                or paren_period is not None:
            # "averaged 28.0 EH/s in January, compared with 27.4 EH/s in December": the same kind as the lead figure,
            # except that a comparison with a target is a present figure
            lead = out[-1].hashrate_kind if out else None
            # (with no figure before it, the words before name it: "Its average improved from 43.74 EH/s in August")
            kind = lead if lead not in (None, "target") else (_kind(near_right, near_right) or (
                _kind(_words_before(s, max(lo, q.start - (120 if rule == "respectively" else 70)), q.start), "",
                      skip="target") if lead is None else None)
                or "operational")
            own_right = re.split(r"[,;]", near_right, maxsplit=1)[0]  # (not "..., helped by the deployment of more S21s")
            if kind == "average" and (named := _kind(own_right, own_right)) in ("deployed", "installed", "energized"):
                kind = named  # "... reached 46.09 EH/s in October, against the 50 EH/s of hashrate it had deployed"
            if goal_after:
                kind = "target"  # "reached 45.7 EH/s at Dec. 31, short of the 50 EH/s it had targeted for year-end"
        else:
            # from the figure's own clause: "... is now fully energized, and as of today HIVE's hashrate exceeds 23
            # EH/s" is the fleet, not an energized figure
            # (not from a relative clause about another noun: "... of the bitcoin network, whose hashrate averaged")
            whose = _WHOSE.search(s, q.end, hi)
            later = _LATER_PLAN.search(s, q.end, hi)  # "..., and the company said it still plans to reach 2.6 EH/s"
            words_before = _words_before(s, max(own, q.start - 70), q.start)
            semi = s.find(";", q.end, hi)  # "7.0 EH/s operating at month end; growth plan of 10 EH/s by June 30"
            # "50.1 EH/s energized (target: 50 EH/s by year end, now reached)": the bracket's figure is another's
            aside = _BRACKET_WITH_FIGURE.search(s, q.end)
            kind_end = min(whose.start() if whose else hi, later.start() if later else hi, semi if semi != -1 else hi,
                           aside.start() if aside else hi)
            if (which := s.rfind(", which ", own, q.start)) != -1 and "," not in s[which + 2:q.start] \
                    and _WHICH_NOW.match(s, which) and (close := s.find(",", q.end)) != -1:
                # "The Shanghai-founded company, which now runs 50 EH/s of deployed machines, said its average ...":
                # the relative clause is the figure's own
                kind_end = min(kind_end, close)
            if out and out[-1].hashrate_kind == "target" and out[-1].sent is sent and _NEXT_GOAL.match(near_left):
                kind = "target"  # "growth plan of 10 EH/s by 30 June 2024 and 20 EH/s by 31 December 2024": the next goal
            elif out and out[-1].sent is sent and out[-1].hashrate_kind == "average" and _PAIR_TO.fullmatch(near_left) \
                    and not _kind(words_before, ""):
                kind = "average"  # "... to 44.85 EH/s in September and improved again to 46.09 EH/s in October, with
                # efficiency above 90%, helped by ... operational improvements": the run's averages
            else:
                kind = _kind(words_before, s[own:kind_end]) or (
                    # "from 43.74 EH/s in August to 44.2 EH/s in September": the second of a pair, the kind of the first
                    out[-1].hashrate_kind if out and out[-1].sent is sent and _PAIR_TO.fullmatch(near_left)
                    else "operational")
            if kind == "installed" and (reached := _REACHED_BEFORE.search(near_left)) \
                    and not hashrate.KINDS_BY_NAME["installed"].search(near_left[reached.start():] + near_right):
                kind = "operational"  # "agreed to buy 11,000 machines ..., having already reached 6 EH/s": the fleet
            if hashrate.GOAL_BEFORE.search(words_before) or goal_after:
                kind = "target"
            if kind == "target" and lo > 0 and hashrate.PURPOSE.search(near_left) \
                    and not hashrate.FUTURE.search(s[:q.start]) \
                    and not _WOULD.search(near_left):  # ("a further 6.5 EH/s ..., which would take HIVE's hashrate to")
                kind = _kind(near_right, near_right) or "operational"  # "energized 2.0 EH/s of new miners to bring
                # its operating hashrate to 36.5 EH/s": the result of the figure before, not a goal
            # (the second of a pair reads the verb before the first: "rose from 14.7 EH/s at the end of May to 22 EH/s
            # by the close of June")
            paired_to = _PAIR_TO.fullmatch(near_left) is not None and bool(out) and out[-1].sent is sent
            past_left = s[max(0, out[-1].q_start - 60):q.start] if paired_to else near_left
            if kind == "target" and hashrate.PAST_REPORT.search(past_left) and not hashrate.FUTURE.search(past_left) \
                    and not goal_after:  # ("reached 45.7 EH/s, short of the 50 EH/s it had targeted": the goal)
                kind = _kind(near_left, near_left + near_right, skip="target") or (
                    out[-1].hashrate_kind if paired_to and out[-1].hashrate_kind != "target" else None) or "operational"
            if kind == "target" and not goal_after and (past := _PAST_AFTER_AND.search(near_left)) \
                    and not hashrate.FUTURE.search(near_left, past.start()):
                # "We beat our 2024 guidance and surpassed 40 EH/s in January": a deed after the plan's clause
                after_and = near_left[past.start():]
                kind = _kind(after_and, after_and + near_right, skip="target") or "operational"
            of_kind = _OF_KIND_AFTER.match(s, q.end)
            if kind == "operational" and of_kind and _kind(of_kind.group(0), "") not in (None, "target", "operational") \
                    and not hashrate.KINDS_BY_NAME["operational"].search(of_kind.group(0)):  # "of operating capacity"
                # "the self-mining fleet finished the month with 16.6 EH/s of energized hash rate": the words after
                # the figure name its kind more exactly than "fleet" before it
                kind = _kind(of_kind.group(0), "")
            elif kind == "target" and of_kind and _kind(of_kind.group(0), "") not in (None, "target") \
                    and _kind(words_before, "") is None and not hashrate.FUTURE.search(s, own, q.start):
                # "IREN has 15 EH/s of installed capacity, and the Company remains on track to reach 20 EH/s": the
                # goal is the next clause's; this figure's own words name its kind
                kind = _kind(of_kind.group(0), "")
            if kind == "capacity" and _OF_OPERATING_CAPACITY.match(s, q.end):
                kind = "operational"  # "ended November 2023 with 4.18 EH/s of operating Bitcoin mining capacity"
            if kind == "operational" and _COUNTING_UNDEPLOYED.match(s, q.end):
                kind = "installed"  # "... now represents approximately 6.6 EH/s, including units in transit"
            if kind != "target" and _DEADLINE_AFTER.match(s, q.end) and (
                    _WOULD.search(s, lo, q.start) or hashrate.FUTURE.search(s, lo, q.start)):
                kind = "target"  # "would take it to 394 megawatts of total capacity and 8 EH/s of hashrate by year-end"
        if online_part:
            kind = _kind(near_right, near_right) or "operational"  # "21.8 EH/s installed, of which about 17.7 EH/s was
            # actually operating": the part named by the words after it
        kind = kind_of_pair or kind
        if rule == "respectively" and kind_of_pair is None and out and out[-1].sent is sent \
                and out[-1].rule.startswith("respectively") and out[-1].hashrate_kind == "average":
            kind = "average"  # the list's first figure read "realized proprietary hashrate at Argo, Stronghold and ..."
        if kind == "target" and PRESENT_AFTER.match(s[q.end:q.end + 20]):
            if not hashrate.FUTURE.search(near_left):
                # "Hashrate of ~8.7 EH/s today, on track for ~13.5 EH/s by the end of 2024": the fleet today
                kind = _kind(near_left, near_left, skip="target") or "operational"
            elif _FROM_BEFORE.search(near_left):
                kind = "operational"  # the start of a planned rise: "should take its hash rate from about 6 EH/s
                # today to an expected 25"
        if i and kind == "target" and _PAST_GOAL.search(s, lo, hi) and _GOAL_OF_BEFORE.search(near_left):
            continue  # "Installed hash rate edged up 1% to 23.1 EH/s, ... has reached its growth target of 23 EH/s"
        if kind == "target" and _PAST_GOAL.search(s, lo, hi):
            # "Hitting 25 exahash at the end of the calendar year was the goal we set": reached, of the kind the words
            # after it name ("with 23.1 EH/s of installed hash rate")
            kind = _kind(near_right, near_right, skip="target") or "operational"
        reached_first = _AFTER_REACHING.search(near_left) is not None
        if kind == "target" and reached_first:
            kind = _kind(near_right, near_right, skip="target") or "operational"
        # (across a machine's rating: "for 27,000 S19j Pro machines, each with a nominal rating of 100 TH/s, for an
        # aggregate hashrate of approximately 2.7 EH/s")
        lo_buy = _clause_bounds(qtys, i - 1, len(s))[0] if i and qtys[i - 1].value < hashrate.MIN_FLEET_EHS else lo
        bought = hashrate.PURCHASED_MACHINES.search(s, max(lo_buy, q.start - 200), q.start) if rule == "amount" else None
        if rule == "amount" and kind != "target" and (_FLEET_NOW.search(near_left) or (
                reached_first and not any(q.end <= p.char_start < hi for p in sent.periods))):
            period = None  # "Reports Q2 Fiscal 2026 Results, Surpasses 23 EH/s": the fleet now, not in Q2; "raises
            # 2024 hashrate target to 30 EH/s after reaching 10 EH/s early": reached by now
        elif rule == "amount" and (kind in ("installed", "operational") or (
                # (a delivery schedule after the figure makes no goal of it: "an order for 48,000 miners totalling
                # roughly 4.2 EH/s, ... scheduled to arrive ... through the end of next year")
                kind == "target" and bought and not hashrate.FUTURE.search(s, bought.start(), q.start))) \
                and (bought or _PURCHASE_OF_BEFORE.search(s, max(lo, q.start - 40), q.start)
                     or _DEAL_FOR_BEFORE.search(s, max(lo, q.start - 90), q.start)) \
                and not _REACHED_BEFORE.search(near_left):  # ("buy 11,000 machines ..., having already reached 6 EH/s")
            # bought machines are installed hashrate at publication (GOLD_GUIDE), whenever the deal was struck
            kind = "installed"
            period = _at_publication(ctx, q.start)
        elif rule == "amount":
            period = _period(ctx, sent, q.start, q.end, hi, lo, present_wins=kind != "target")
            if period is None and kind != "target" and (lab := _LABEL.match(s)) is not None \
                    and lab.end() <= q.start <= lab.end() + 15 and _FLEET_LABEL.search(lab.group(0)):
                # "✅ Installed self-mining capacity: 2.52 EH/s" in January's post, or under the section's "August"
                period = (section_period(ctx, sent) if not _CURRENT_WORD.search(s) else None) \
                    or _reported_as_of(ctx, sent)
            if goal_after:  # "well on the way to the 10 EH/s we committed to": a goal's deadline follows it
                period = next((anchor(ctx, p) for p in sent.periods if q.end <= p.char_start < hi), None)
            elif kind == "target" and (guidance := _GUIDANCE_FOR.search(s, lo, q.start)):
                # "raised its hashrate guidance for the end of calendar 2022 to 5 EH/s, and ... 22.4 EH/s by the end
                # of that year": the deadline the guidance names before the figure
                period = next((anchor(ctx, p) for p in sent.periods if guidance.start() <= p.char_start < q.start),
                              period)
            elif kind not in ("target", "average") and _FROM_BEFORE.search(near_left) \
                    and (pair := _PAIR_TO.match(s, q.end)) and (over := _OVER_THE_MONTH.match(s, pair.end())) \
                    and (month := next((anchor(ctx, p) for p in sent.periods if over.start("when") <= p.char_start
                                        < over.end()), None) or report_period_of(ctx, sent, over.group("when"))) \
                    is not None \
                    and month.start is not None:
                # "its hashrate climbed from 3.6 EH/s to 3.8 EH/s over the month" ("up from 4.5 EH/s to 4.8 EH/s during
                # the quarter"): where it stood as the month began
                period = dataclasses.replace(month, start=None, end=month.start - dt.timedelta(days=1), kind="date")
            elif kind != "target" and period is not None and ctx.published is not None and period.end > ctx.published \
                    and _GROW_FROM_BEFORE.search(near_left) and _PAIR_TO.match(s, q.end):
                # "giving the company room to grow its operating hash rate from 5.6 EH/s to 10 EH/s by mid-2024": the
                # level it grows from is today's
                period = _at_publication(ctx, q.start)
        if period is not None and _DELIVERY_BEFORE.search(s, max(0, period.char_start - 40), period.char_start) \
                and _MACHINES_BOUGHT.search(s, lo, q.start):
            # "Purchase of 28,900 Bitmain T21 miners with a combined hashrate of 5.5 EH/s, for delivery between February
            # and June 2024": the machines' delivery dates, not the purchase's
            period = None
        if kind == "target" and period is not None and not period.has_year and ctx.published \
                and period.end < ctx.published and not _PAST_GOAL.search(s, lo, hi) \
                and not _ADDED_TO_REACH.search(s, max(0, q.start - 80), q.start) \
                and not _GOAL_NOW_PAST.search(s, lo, hi) and not _MISSED_GOAL.search(s, max(0, q.start - 80), q.start) \
                and (hashrate.FUTURE.search(s[lo:hi]) or _WOULD.search(s, lo, q.start)
                     # "expects to lift it to 38.4 EH/s in the third quarter of 2025, then to 40.0 EH/s in the fourth
                     # quarter": the goal after a goal
                     or (out and out[-1].sent is sent and out[-1].hashrate_kind == "target"
                         and ctx.published is not None and out[-1].period_end is not None
                         and out[-1].period_end >= ctx.published and _THEN_TO_BEFORE.search(s, lo, q.start))
                     or _BY_DEADLINE.search(s, max(0, period.char_start - 20), period.char_start)
                     or period.text[:3].lower() == "by "):  # ("... would take it to 8 EH/s of hashrate by year-end")
            period = dataclasses.replace(period, end=P.month_end(period.end.year + 1, period.end.month)
                                         if period.end.day >= 28 else period.end.replace(year=period.end.year + 1))
            # "by October" (and "by February" in a leap year)
        if kind not in ("target", "average") and period is not None and ctx.published is not None \
                and period.end > ctx.published + dt.timedelta(days=45):
            if not period.has_year and hashrate.PAST_REPORT.search(s, own, q.start) \
                    and not hashrate.FUTURE.search(s, own, hi) and not _WOULD.search(s, own, q.start):
                # "rose from 14.7 EH/s at the end of May to 22 EH/s by the close of June" in July, "grew 57% to 4.7
                # EH/s by the end of the fiscal year": a deed, in the last such period
                period = dataclasses.replace(period, start=P.year_back(period.start), end=P.end_moved(period.end, -1))
            else:
                kind = "target"  # "will take delivery in the first half of 2024, lifting capacity to 10 EH/s": to come
        if kind != "target" and ctx.published is not None and ctx.published.month <= 10 \
                and _YEAR_END_LEVEL_BEFORE.search(near_left) and not hashrate.PAST_REPORT.search(s, own, q.start):
            kind = "target"  # "two scenarios: a year-end hash rate capacity of up to 5.5 EH/s if the units show up"
        c = Candidate("hashrate", company, q.value, "EH/s", sent, q.start, q.end, f"{rule}_{kind}",
                      qualifier=q.qualifier, hashrate_kind=kind, flags=flags)
        if kind == "average" and paren_period is not None:
            period = anchor(ctx, paren_period)  # "(February: 1.61 EH/s)" after a March average
        elif kind == "average" and ctx.report_period is not None and (
                ((the := _THE_PERIOD.search(near_right)) and "that" not in the.group(0).lower()) or (
                    (the := _THE_PERIOD_WAS.search(near_left)) and not any(
                        p.char_end <= q.start and not _COMPARED_FROM.search(s, max(0, p.char_start - 30), p.char_start)
                        for p in sent.periods))):
            # "its fleet averaged only 21.4 EH/s during the month", after "from December"; "(average operating
            # hashrate for the quarter was 29.4 EH/s)" after "from $28.9 million in Q2 FY25"
            period = report_period_of(ctx, sent, the.group(0))
        elif kind == "average" and (period is None or period.start is None):
            period = _average_span(ctx, sent, lo, q.start, period)
        if i and kind != "target" and ctx.report_period is not None and ctx.report_period.kind in ("month", "quarter") \
                and not (out and out[-1].sent is sent and out[-1].hashrate_kind == "target") \
                and not PRESENT_AFTER.match(s[q.end:q.end + 20]) \
                and (change := _CHANGE_FROM.search(s, max(0, q.start - 80), q.start)) is not None \
                and not any(change.start() <= p.char_start < hi for p in sent.periods):
            # "the average operating hashrate for the month eased to 29.9 EH/s from 30.3 EH/s": the month before's
            period = anchor(ctx, P.Period(None, ctx.report_period.end, f"prior_{ctx.report_period.kind}", 0, 0, True, ""))
            flags.add("period_inferred")
        if kind == "target" and ctx.published is not None and (
                _YEAR_END_GOAL_BEFORE.search(near_left) or _YEAR_END_LEVEL_BEFORE.search(near_left)
                or _YEAR_END_GOAL_AFTER.match(s, q.end)):  # ("41.8% below the 5.5 EH/s year-end target it set")
            # "year-end hashrate guidance revised to 5.0 EH/s", "its updated year-end guidance of 5.5 EH/s": this
            # calendar year's end (not a month named in the clause before)
            # ("Year-end target of 31 EH/s achieved" in a January update: the year just ended)
            # (and "53.2 EH/s at the end of December, ahead of the 50 EH/s year-end goal the company had set")
            done = ctx.published.month <= 2 and (_DONE_WORD.search(s) is not None
                                                 or _GOAL_LOOKED_BACK.search(s) is not None)
            period = P.Period(None, dt.date(ctx.published.year - done, 12, 31), "date", 0, 0, True, "")
        if kind == "target" and period is None and ctx.published is not None \
                and (unit_end := _BY_THE_UNIT_END_AFTER.match(s, q.end)) is not None:
            # "expects its self-mining hashrate to reach approximately 2.6 EH/s by the end of the quarter": the one
            # under way at publication
            unit = unit_end.group("unit").lower()
            months = {"month": 1, "quarter": 3}.get(unit, 12)
            last = ((ctx.published.month - 1) // months + 1) * months
            period = P.Period(None, P.month_end(ctx.published.year, last), "date", unit_end.start(), unit_end.end(),
                              True, unit_end.group(0))
        if kind != "target" and (referred := _referred_period(ctx, sent, q)) is not None:
            period = referred
        if period is not None and kind != "target" and _THE_YEAR_END_WORDS.search(period.text) \
                and (year := _run_in_year(ctx, sent.start)) is not None:
            period = P.Period(None, year.end, "date", period.char_start, period.char_end, True, period.text)
        if period is not None and period.char_end == 0 and _QUARTER_END_LABEL.search(s) \
                and (rp := past_report_period(ctx)) is not None and rp.kind == "quarter":
            period = rp  # "- Total hashrate capacity at quarter-end: 0.75 EH/s", not the day the 10-Q was filed
        if period is not None:
            flag_year(ctx, period, flags)
            c.period_end = period.end
            if kind == "average" and period.start:
                c.period_start = period.start
        elif kind == "average" and ctx.report_period is not None and (the := _THE_PERIOD.search(s)) \
                and "that" not in the.group(0).lower():
            rp = report_period_of(ctx, sent, the.group(0))  # "averaged 0.79 EH/s over the month"
            c.period_start, c.period_end = rp.start, rp.end
        else:
            c.period_end = default_as_of(ctx, sent, flags, q.start)
            c.period_default = True
            if kind == "target":
                flags.add("period_inferred")
        out.append(c)
    out += _elliptical(ctx, sent, out, r"(?:EH|PH|TH|exahash)", "EH/s")
    out += _bare_target(ctx, sent, out)
    return out


# "We're at 20.4 exahash today, we'll be at 37 by the end of the calendar year": a goal in the level's unit
_BARE_GOAL = re.compile(rf"\b(?:we['’]ll|we\s+will|it\s+will|will|expects?\s+to|plans?\s+to|aims?\s+to|should)\s+"
                        rf"(?:be\s+at|reach|hit|get\s+to|be\s+running)\s+(?:roughly|about|approximately|around|nearly|"
                        rf"close\s+to)?\s*(?P<num>{NUMBER})(?=\s+(?:by|before)\s+(?:the\s+)?(?:end|close)\s+of\b)",
                        re.I)


def _bare_target(ctx: DocContext, sent: Sent, found: list[Candidate]) -> list[Candidate]:
    """A goal with no unit after the company's own level in the same sentence takes the level's unit and company."""
    lead = next((c for c in found if c.hashrate_kind != "target" and not c.flags), None)
    if lead is None or not re.search(r"EH|exahash", sent.text[lead.q_start:lead.q_end], re.I):
        return []
    m = _BARE_GOAL.search(sent.text, lead.q_end)
    value = parse_number(m.group("num")) if m else None
    if m is None or value is None or not 0 < value <= 2_000 or (1990 <= value <= 2035 and value.is_integer()):
        return []
    when = next((p for p in sent.periods if p.char_start >= m.end("num")), None)
    if when is None:
        return []
    c = Candidate("hashrate", lead.company, value, lead.unit, sent, m.start("num"), m.end("num"), "bare_goal",
                  hashrate_kind="target", flags={"unit_inferred"})
    c.period_end = anchor(ctx, when).end
    return [c]


_KIND_WORD = r"(?:operational|operating|deployed|energi[sz]ed|installed|average|realized)"
_KIND_LIST = re.compile(rf"\b{_KIND_WORD}(?:(?:\s*,\s*|,?\s+and\s+){_KIND_WORD}){{1,5}}(?=\s+(?:hash\s?rates?|"
                        r"fleets?|capacit(?:y|ies))\b)", re.I)


def _respective_kinds(s: str, figures: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """'ended the month with 12.4 EH/s and 11.0 EH/s of deployed and operational hashrate, respectively': each figure
    of a 'respectively' list takes the kind of the same rank, from a list of kinds right before or after the figures."""
    if len(figures) < 2:
        return {}
    resp = s.find("respectively", figures[-1][1])
    lists = list(_KIND_LIST.finditer(s, figures[-1][1], resp)) if resp > 0 else []
    lists += [m for m in reversed(list(_KIND_LIST.finditer(s, max(0, figures[0][0] - 80), figures[0][0])))
              if re.fullmatch(r"\s+(?:hash\s?rates?|fleets?|capacit(?:y|ies))\s+(?:of|at|were|was)\s+", s[m.end():figures[0][0]])]
    for m in lists:
        words = re.findall(_KIND_WORD, m.group(0), re.I)
        if len(words) == len(figures):
            kinds = [_kind(w, w) or "operational" for w in words]
            return dict(zip(figures, kinds, strict=True))
    return {}


def _words_before(s: str, start: int, end: int) -> str:
    """s[start:end] without a word cut in two at its start ('rage operating' must not read as 'operating')."""
    if start > 0 and s[start - 1].isalnum():
        nxt = s.find(" ", start, end)
        start = end if nxt == -1 else nxt + 1
    return s[start:end]


def _average_span(ctx: DocContext, sent: Sent, lo: int, pos: int, point: P.Period | None) -> P.Period | None:
    """An average is over a span, never at a point: 'the average operating hashrate in the fourth quarter was 23.8
    EH/s' -> the quarter; 'stood at 60.4 EH/s on Nov. 30, while its average over the month was 57.9 EH/s' -> the
    reported month; a point date alone -> its month."""
    span = next((p for p in reversed(sent.periods) if lo <= p.char_start < pos and p.start is not None
                 and not _BASE_RIGHT_BEFORE.search(sent.text, max(0, p.char_start - 30), p.char_start)), None)
    if span is not None:
        return anchor(ctx, span)
    rp = ctx.report_period
    if rp is not None and rp.start is not None and (point is None or rp.start <= point.end <= rp.end):
        return rp
    if point is not None:
        return dataclasses.replace(point, start=point.end.replace(day=1), kind="month")
    return None


# "Its average operating hash rate over the month rose 3% from February to 30.3 EH/s": February is the base
_BASE_RIGHT_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.?|against|compared (?:to|with))\s+(?:the\s+|its\s+)?$",
                                re.I)
_WHOSE = re.compile(r",\s+(?:whose|which)\b")
_VERSUS_PRIOR = re.compile(r"[^.;]{0,90}?(?P<versus>,\s*(?:against|versus|vs\.?|compared (?:with|to)|up from|down from)\s+"
                           r"(?:an?\s+|the\s+)?(?:average\s+of\s+|monthly\s+average\s+of\s+)?(?:about\s+|roughly\s+)?)$", re.I)
_OWN_FLEET_AFTER = re.compile(r"\s*(?:of\s+(?:that|it|this)\s+)?(?:(?:was|were|is|are)\s+)?(?:of\s+)?"
                              r"(?:its\s+|(?-i:[A-Z])[\w.-]*['’]s?\s+)?(?:self-owned|self-mining|proprietary|own)\s+(?:[\w-]+\s+)?"
                              r"(?:hash\s?rate|computing power|capacity|fleet|machines|miners)\b", re.I)
_OWN_NOUN_THEN_FIGURE = re.compile(r"\s+(?!(?:and|or|but|while|whereas|plus|with)\b)(?:[a-z-]+\s+){0,2}(?:approximately\s+|about\s+|roughly\s+|some\s+)?")
_OWN_FLEET_NOUN = re.compile(r"\b(?:self-owned|proprietary|own|self-mining)\s+(?:[\w-]+\s+)?(?:hash\s?rate|computing power|fleet|"
                             r"machines|miners)\b", re.I)
_AND_CLAUSE_END = re.compile(r"(?:,\s*(?:and|while|but|whereas)|;)\s+$")
_AND_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=\w+\s+\w+)|;\s+")
# (and a colon before a clause of its own: "We outgrew the BTC network: at the end of the quarter our hashrate ...")
_OWN_CLAUSE = re.compile(_AND_CLAUSE.pattern + r"|:\s+(?=(?:at|by|in|on|as of)\s+the\s+end\b|"
                         r"(?:our|its|their|the)\s+\w+)|"
                         # "we are moving to a different mining pool ..., so that Riot captures the full benefit of
                         # its fast-growing hash rate as we work toward our goal of 12.5 EH/s"
                         r",\s+so\s+that\s+|\s+as\s+we\s+(?=work|move|head|build|push|grow)|"
                         # "Higher network difficulty trimmed its November output ..., even though its hashrate hit 2 EH/s"
                         r",\s+(?:even\s+though|although|though)\s+")
_AFTER_REACHING = re.compile(r"\b(?:after|having)\s+(?:reaching|hitting|passing|crossing|surpassing|topping|"
                             r"achieving|reached|hit|passed|crossed|surpassed|topped|achieved)\s+"
                             r"(?:about |approximately |roughly |over |more than |nearly |some )?$", re.I)
_FLEET_NOW = re.compile(r"\b(?:exceeds|surpasses|tops|crosses|passes)\s+(?:approximately |about |roughly |over |"
                        r"more than )?$", re.I)


# what joins a goal's date to the next goal: " by 30 June 2024 and " (then "20 EH/s by 31 December 2024")
_NEXT_GOAL = re.compile(r"\s*(?:by|before|in|when|at)\s+[^.;,]{3,30}?,?\s+(?:and|then)\s+(?:then\s+)?(?:to\s+)?(?:about\s+|"
                        r"approximately\s+|roughly\s+)?$", re.I)


_AND_NEXT_ITEM = re.compile(r"\s+(?:at|as of|in|on|for)\s+(?:the\s+)?(?:end\s+of\s+)?[\w.' ]{2,25}?,?\s+and\s+"
                            r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?")
_PAIR_TO = re.compile(r"\s*(?:(?:in|at|on|as of|for)\s+[^.;,]{2,25}?(?:\s+|(?=,)))?"
                      r"(?:to|,?\s*(?:and|before)\s+(?:then\s+)?"
                      r"(?:reached|reaching|hit|hitting|touched|touching|"
                      # "... to 44.85 EH/s in September and improved again to 46.09 EH/s in October"
                      r"(?:improved|rose|climbed|grew|increased|fell|slipped|dropped|declined)\s+"
                      r"(?:again\s+|further\s+)?"
                      r"to|to))\s+(?:about\s+|approximately\s+|roughly\s+)?",  # (", and then to 46.09 exahash")
                      re.I)  # "... rose from 40.91 EH/s in July to 44.85 EH/s in September and reached 46.09 EH/s in October"


_OF_KIND_AFTER = re.compile(r"\s*(?:\([^)]{0,12}\)\s*)?of\s+(?!its\b|their\b|the company['’]s\b|the\b)(?:[\w-]+\s+){1,2}?"
                            r"(?:hash\s?rate|hashing power|hashpower|computing power|capacity)\b", re.I)  # not "of its installed"


_OF_OPERATING_CAPACITY = re.compile(r"\s+of\s+(?:operat(?:ing|ional)|active|online|running)\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:capacity|hash\s?rate|computing power)\b", re.I)
_COUNTING_UNDEPLOYED = re.compile(r"\W{0,3}(?:including|includes|counting)\s+(?:[\w-]+\s+){0,4}?(?:(?:still\s+)?in transit|"
                                  r"being (?:racked|installed|deployed|energi[sz]ed)|not yet (?:installed|energi[sz]ed|"
                                  r"deployed|racked|plugged in)|awaiting)\b", re.I)


_DONE_WORD = re.compile(r"\b(?:achieved|delivered|met|reached|hit|surpassed|exceeded|beat)\b", re.I)
_GOAL_LOOKED_BACK = re.compile(r"\b(?:ahead of|above|short of|topped|passed|had (?:set|targeted|guided))\b", re.I)
_YEAR_END_GOAL_BEFORE = re.compile(r"\byear[- ]end\s+(?:hash\s?rate\s+|operating\s+|EH/s\s+)?(?:guidance|target|goal)\b"
                                   r"[^.;\d]{0,30}$", re.I)
_YEAR_END_LEVEL_BEFORE = re.compile(r"\b(?:a|an|its|the|their)\s+year[- ]end\s+(?:(?:self-mining|operating|installed|"
                                    r"hash\s?rate)\s+)*(?:capacity|hash\s?rate|fleet)\s+(?:of\s+)?"
                                    r"(?:up\s+to\s+|about\s+|"
                                    r"approximately\s+|roughly\s+)?$", re.I)
_YEAR_END_GOAL_AFTER = re.compile(r"\s*(?:hash\s?rate\s+)?year[- ]end\s+(?:hash\s?rate\s+)?(?:target|goal|guidance)\b",
                                  re.I)
_PAST_AFTER_AND = re.compile(r"\band\s+(?:then\s+|also\s+)?(?:surpassed|exceeded|reached|hit|achieved|passed|crossed|"
                             r"topped)\s+"
                             r"(?:about\s+|roughly\s+|approximately\s+|more than\s+|over\s+)?$", re.I)
# a later clause with its own subject that states a plan: its goal is not the figure before it
_LATER_PLAN = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:[\w-]+\s+){0,4}?(?:said|says|added|noted)\s+(?:that\s+)?"
                         r"(?:it|the company|they)\s+(?:still\s+|also\s+)?(?:plans?|expects?|aims?|intends?|targets?|"
                         r"hopes?|is on track)\b|"
                         # "Our hashrate is now 5.0 EH/s and we expect to exit the halving in April at about 6 EH/s",
                         # "Today we are at 6.1 EH/s, and we are targeting 11.5 exahash by September"
                         r",?\s+(?:and|but)\s+(?:with\s+[^,;.]{0,60}?\s)?(?:we|it|the company)\s+(?:are\s+|is\s+)?"
                         r"(?:now\s+|still\s+|also\s+)?"
                         r"(?:plan|plans|planning|expect|expects|expecting|aim|aims|aiming|intend|intends|target|targets|"
                         r"targeting)\b")


def _kind(near: str, clause: str, skip: str | None = None) -> str | None:
    for text in (near, clause):
        for kind, rx in hashrate.KINDS:
            if kind != skip and rx.search(text):
                return kind
    return None


# -- loans --------------------------------------------------------------------------------------------

# a balance stated by its subject and a copula: "Total borrowings under the $10 million facility ... were $8.0 million"
_BALANCE_SUBJECT = re.compile(r"^\W{0,3}(?:(?:As of|At|On) [^,]{3,30}, )?(?:the\s+)?(?:total\s+|aggregate\s+|outstanding\s+)*"
                              r"(?:borrowings|indebtedness|debt|loans?\s+outstanding|principal|amounts?\s+outstanding|"
                              r"(?:outstanding\s+|loan\s+)?balance)\b", re.I)
_COPULA_BEFORE = re.compile(r"\b(?:were|was|stood at|totall?ed|amounted to)\s+(?:about |approximately |roughly |some )?"
                            r"(?:US|USD\s?)?$", re.I)
# "Google has agreed to backstop about $1.4 billion of the lease obligations": a guarantee, not a loan
_GUARANTEE_BEFORE = re.compile(r"\b(?:backstop|guarantee)(?:s|d|ing)?\b[^$;]{0,25}$", re.I)
# the cash part of a price: "$13.8 million paid in cash at closing; the balance was financed by a $6.0 million
# promissory note", "paid $0.9 million in cash and financed the remaining $3.3 million" (but "repaid $20 million in cash
# and the rest in shares" is a repayment)
_CASH_PART_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:paid\s+in\s+cash|in\s+cash\s+(?:at|on|upon)\s+closing|"
                              r"in\s+cash\s+and\s+(?:financed|funded|the\s+(?:rest|remainder|balance))|in\s+cash,?\s+with\s+the\s+"
                              r"(?:rest|remainder|balance))\b", re.I)
# "hosting deposits paid to providers totaled $1.1 million": a prepayment the miner made, not a debt
_DEPOSIT_BEFORE = re.compile(r"\bdeposits?\b(?!\s+(?:of|in)\s+(?:bitcoin|BTC)\b)[^$;]{0,40}$", re.I)
# (but money used to repay was spent: "used the net proceeds to pay down debt owed to Galaxy")
_USED_TO_BEFORE = re.compile(r"\b(?:used|using|applied|went|put)\b[^.;]{0,50}\bto\s+(?:\w+\s+)?$", re.I)
# "failing which it must pledge additional bitcoin or repay part of the outstanding balance": a duty, not a repayment
_DUTY_BEFORE = re.compile(r"\b(?:must|may|might|would|could|will|shall|should|can|to|or)\s+(?:\w+\s+){0,2}$", re.I)
_RAISED_FROM = re.compile(r"\b(?:increas|expand|upsiz|rais|lift|boost|doubl|enlarg)\w*\b[^$;]{0,90}\bfrom\s+"
                          r"(?:about\s+|approximately\s+)?(?:US|USD\s?)?$", re.I)
_TO_NEXT = re.compile(r"\s+to\s+(?:about\s+|approximately\s+)?(?:US|USD\s?)?")
# "brought our debt down nearly 85%, from a peak of $165 million in June 2022 to $25 million today": the balance then
# and the balance now
_DEBT_FROM = re.compile(r"\b(?:debt|borrowings|indebtedness|leverage|loan balance|loans? outstanding)\b[^.;$]{0,60}\bfrom\s+"
                        r"(?:a\s+(?:peak|high|record|level|total)\s+of\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|"
                        r"around\s+|some\s+)?(?:US|USD\s?)?$", re.I)
_LEVEL_TO = re.compile(r"(?P<when>\s+(?:in|at|as of|on)\s+[^$;,]{1,30}?)?,?\s+to\s+(?:about\s+|approximately\s+|roughly\s+|"
                       r"nearly\s+|around\s+|just\s+|some\s+)?(?:US|USD\s?)?")


def _debt_level(s: str, usd: list[Quantity], i: int) -> str | None:
    """'dated' / 'undated' for the first balance of a debt's 'from $X (in June 2022) to $Y', 'to' for the second,
    None for any other figure."""
    for j in (i, i - 1):
        if 0 <= j and j + 1 < len(usd) and _DEBT_FROM.search(s, max(0, usd[j].start - 100), usd[j].start):
            m = _LEVEL_TO.fullmatch(s, usd[j].end, usd[j + 1].start)
            if m is not None:
                return "to" if j < i else "dated" if m.group("when") else "undated"
    return None


# "... owns and operates the Company's 20 MW mining facility ..., entered into a US$32 million equipment financing
# facility with BlockFi": a site and a loan in one sentence
_FINANCING_FACILITY = re.compile(r"\b(?:financing|credit|loan|lending)\s+facilit", re.I)
_NET_BEFORE = re.compile(r"\bnet\s+(?:amount\s+of\s+|reduction\s+of\s+|decrease\s+of\s+|debt\s+(?:of\s+|was\s+|stood\s+at\s+)?)?"
                         r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?(?:US|USD\s?)?$|"
                         # "a working capital deficit of $38.2 million, largely attributable to the term loan"
                         r"\bworking\s+capital\s+(?:deficit|deficiency|shortfall)\s+(?:of\s+|was\s+)?(?:about\s+|"
                         r"approximately\s+)?(?:US|USD\s?)?$|"

                         # "net debt, meaning debt principal less cash and Bitcoin, was approximately $51.0 million"
                         r"\bnet\s+debt\s*,[^$;]{0,60},\s+(?:was|of|stood\s+at|totall?ed)\s+(?:about\s+|approximately\s+|"
                         r"roughly\s+|some\s+)?(?:US|USD\s?)?$", re.I)
# "Net of fees and amounts withheld by the lenders, cash received ... from the two loans was approximately US$19.2 million"
# "Net debt fell to about $85.0 million at year-end from $144.7 million a year earlier": both net figures
_NET_DEBT_MOVED = re.compile(r"\bnet\s+debt\s+(?:fell|rose|dropped|declined|decreased|increased|climbed|grew|was|stood|"
                             r"came)\b[^;]{0,90}$", re.I)
_NET_OF_OPENER = re.compile(r"\W{0,3}(?:Net of|After deducting)\b")
# (and "repaid in full the $50.0 million term loan and the $30.0 million outstanding under the revolving credit
# facility")
_OWED_AND = re.compile(r"(?:\s+owed\s+to\s+[^$;]{1,120}?|\s+(?:[\w-]+\s+){0,3}?(?:loan|facility|line|revolver|advance)s?),?"
                       r"\s+and\s+(?:the\s+)?(?:about\s+|approximately\s+|roughly\s+|some\s+)?(?:US|USD\s?)?")
_GREW_FROM = re.compile(r",?\s+(?:up\s+)?from\s+(?:about\s+|approximately\s+|roughly\s+)?(?:US|USD\s?)?", re.I)
_GREW_TO = re.compile(r"\b(?:increas|expand|upsiz|rais|lift|boost|doubl|extend|enlarg|grow|grew)\w*\b[^$;]{0,70}"
                      r"\bto\s+(?:about\s+|approximately\s+)?(?:US|USD\s?)?$", re.I)


# the rest of "from 3.6 EH/s to 3.8 EH/s over the month" after the pair's "to"
_OVER_THE_MONTH = re.compile(r"\s*(?:about |approximately |roughly )?\d[\d.,]*\s*(?:EH/s|PH/s|TH/s|exahash\w*)\s+"
                             rf"(?:over|during|in|across)\s+(?P<when>the\s+(?:month|quarter)\b|{MONTH_NAME}\b|"
                             r"Q[1-4]\b|the\s+(?:first|second|third|fourth)\s+quarter\b)", re.I)
_GROW_FROM_BEFORE = re.compile(r"\b(?:grow|lift|raise|increase|expand|boost|take|double|bring)\b[^.;]{0,50}\bfrom\s+"
                               r"(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
# "Combined collateralized borrowing capacity across its lenders now totals $400 million": a sum of facilities
_COMBINED_CAPACITY_BEFORE = re.compile(r"\b(?:combined|aggregate|total)\b[^$;]{0,60}\bcapacity\b[^$;]{0,20}\bacross\b"
                                       r"[^$;]{0,40}$", re.I)
# "underpinned by the Company's purchase of 10.5 EH/s of latest-generation Bitmain S21 XP miners"
_PURCHASE_OF_BEFORE = re.compile(r"\bpurchases?\s+of\s+(?:about |approximately |roughly |some |nearly )?$", re.I)
# "signed a $150 million deal with MicroBT in September for more than 7 EH/s of the newest WhatsMiner machines"
_DEAL_FOR_BEFORE = re.compile(r"\b(?:signed|struck|inked|placed)\s+(?:a|an)\s+"
                              r"(?:(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?\s+)?"
                              r"(?:purchase\s+|supply\s+)?(?:deal|contract|order|agreement)\s+"
                              r"(?:with\s+(?:[\w.&-]+\s+){1,3}?)?(?:in\s+\w+\s+(?:\d{4}\s+)?)?for\s+"
                              r"(?:about |approximately |roughly |some |nearly |more than |over |up to )?$", re.I)
_GUIDANCE_FOR = re.compile(r"(?:\b(?:guidance|target|goal|forecast|outlook|projection)\s+for\s+[^.;]{3,40}?|"
                           # "raised its 2024 expansion target to 30 EH/s on Wednesday": the year's end, not the day
                           r"\b(?:its|the|their|a|an)\s+(?:(?:fiscal|calendar)\s+)?(?:20\d\d|FY\s?\d\d)\s+"
                           r"(?:[\w-]+\s+){0,2}?"
                           r"(?:guidance|target|goal|forecast|outlook|projection))\s+"
                           r"(?:to|at|of)\s+(?:about |approximately |roughly |around )?$", re.I)
# a deadline right after the figure: "8 EH/s of hashrate by year-end", "5 EH/s by the end of 2022"
_DEADLINE_AFTER = re.compile(r"\s*(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:by\s+(?:year[- ]end|the\s+(?:end|close|middle|start|"
                             r"beginning)\s+of|mid[- ]|next\s+(?:year|summer|spring|autumn|fall)\b|Q[1-4]\b|"
                             r"(?:early|late)\s+20\d\d|20\d\d)|"
                             # "intends to ... triple its data center capacity to 4.7 EH/s this year"
                             r"(?:later\s+)?this\s+year\b)", re.I)
# a goal's deadline without a year lies ahead: "Next stop: 32 EH/s by Dec 31." (but not a goal looked back on:
# "Hitting 25 exahash at the end of the calendar year was the goal we set")
_BY_DEADLINE = re.compile(r"\bby\s+(?:the\s+(?:end|close)\s+of\s+)?(?:the\s+)?$", re.I)
# "..., having already reached 6 EH/s", "After Hitting 6 EH/s": the fleet the company already runs
_REACHED_BEFORE = re.compile(r"(?:\bhaving\s+(?:already\s+)?|\bafter\s+)(?:reached|reaching|hit|hitting|passed|passing|"
                             r"surpassed|surpassing|crossed|crossing|topped|topping)\s+"
                             r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
# "had another strong month in May, adding 100 PH/s to reach 3.4 EH/s": a result, not a goal
_ADDED_TO_REACH = re.compile(r"\b(?:adding|added|having added)\b[^.;]{0,40}\bto\s+reach\s+"
                             r"(?:about\s+|approximately\s+)?$", re.I)
_PAST_GOAL = re.compile(r"\b(?:was|had been)\s+(?:the|our|its|a)\s+(?:[\w-]+\s+)?(?:goal|target|plan)\b|"
                        # "it had hit its long-standing target on an installed basis, with 23.1 EH/s": reached
                        r"\b(?:hit|met|reached|achieved|surpassed|exceeded|beat|did\s+(?:reach|hit|meet|achieve))\s+"
                        r"(?:its|our|the)\s+(?:[\w-]+\s+)?(?:goal|target)\b|"
                        r"\b(?:has|have|had)\s+(?:now\s+)?(?:hit|met|reached|achieved|surpassed|exceeded)\s+(?:its|our|the)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:goal|target)\b|"
                        # "the miner has delivered on its growth plan, lifting its hash rate to 4.3 EH/s"
                        r"\b(?:delivered|made good)\s+on\s+(?:its|our|the)\s+(?:[\w-]+\s+)?(?:goal|target|plan|promise|"
                        r"guidance)s?\b|"
                        # "after miner clears 20 EH/s mid-year goal", "a target the miner modestly overshot"
                        r"\b(?:clear(?:s|ed)|miss(?:es|ed)|f[ae]ll\s+short\s+of|falls\s+short\s+of|overshot|overshoot|"
                        r"beat|beats)\b[^.;]{0,30}\b(?:goal|target|guidance)\b|"
                        r"\b(?:goal|target)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}"
                        r"(?:modestly\s+|narrowly\s+)?"
                        r"(?:overshot|beat|missed|cleared|exceeded|met)\b", re.I)
_THEN_TO_BEFORE = re.compile(r"\b(?:then|and)\s+(?:then\s+)?to\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_GOAL_OF_BEFORE = re.compile(r"\b(?:goal|target)\s+of\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
# "short of the 6.3 EH/s it had targeted for the end of the third quarter": a goal whose date has passed
# "it had targeted ...", "DMG had previously aimed to reach 1.7 EH/s by the end of June": a goal whose date has passed
# "Hashrate rose 9% during the month to 6.1 EH, still a little short of the company's third-quarter target of 6.3 EH/s"
# in October: the quarter just ended
_MISSED_GOAL = re.compile(r"\b(?:short|shy)\s+of\s+(?:the\s+company['’]s\s+|its\s+|their\s+|the\s+)?"
                          r"(?:[\w-]+\s+){0,2}"
                          r"(?:target|goal|guidance)\s+of\s+(?:about\s+|approximately\s+)?$", re.I)
_GOAL_NOW_PAST = re.compile(r"\b(?:we|it|the company|(?-i:[A-Z])[\w.&'’-]*)\s+had\s+"
                            r"(?:previously\s+|earlier\s+|originally\s+|once\s+)?"
                            r"(?:targeted|aimed|planned|guided|projected|expected|set|been\s+aiming|been\s+targeting|"
                            r"told\s+(?:investors|analysts|shareholders)\s+to\s+expect)\b", re.I)


# (but "The loan is secured by 237.8 BTC that DMG has pledged and deposited with Sygnum" tells the posting)
_PLEDGED_BY_IT = re.compile(r"\b(?:that|which)\s+(?:it|the company|(?-i:[A-Z])[\w-]*)\s+(?:has\s+|had\s+)?"
                            r"(?:pledged|posted|deposited)\b|"
                            # "The facility is secured by a portion of its Bitcoin, and Hut 8 had posted 2,310 Bitcoin"
                            r"[,;]\s+and\s+(?:it|the company|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z0-9])[\w-]*)?)\s+"
                            r"(?:has\s+|had\s+)?(?:pledged|posted|deposited)\s+(?:about\s+|approximately\s+|roughly\s+)?"
                            r"[\d,.]+\s*(?:BTC|bitcoins?)\b", re.I)
_TERMS_SECURED_BY = re.compile(r"\W*(?:The|This|That|Each|Both)\s+(?:[\w-]+\s+){0,2}?(?:loans?|facility|facilities|line|"
                               r"advances?|borrowings?|balance)\s+(?:is|are|will be)\s+(?:(?:fully|also)\s+)?secured\s+by\b", re.I)
# a sentence of a loan's terms, no event: "The Galaxy loan carries a floating interest rate ... and amortises ...", "The
# remaining loan, secured by roughly 1,500 bitcoin ..., carries a floating interest rate of about 9%", "Advances are
# limited by a borrowing base: ..."
_DONE_REPAYMENT = re.compile(r"\b(?:repaid|prepaid|paid\s+(?:off|down|back)|extinguished|settled|retired)\b", re.I)
_TERMS_SENTENCE = re.compile(r"\W*(?:The|This|That|Each|Both|Its)\s+(?:[\w-]+\s+){0,2}?(?:loans?|facility|facilities|line|"
                             r"advances?|borrowings?|balance|notes?)\b(?:[^.;]|(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\.){0,120}?"
                             r"\b(?:carries|bears|pays)\s+(?:an?\s+)?(?:(?:floating|fixed|variable|annual)\s+)?(?:interest|rate)\b|"
                             r"\W*(?:Advances|Borrowings|Draws)\s+(?:are|were)\s+(?:limited|capped)\s+by\b", re.I)


_SCALE_THEN = r"\s*(?:million|billion|m|bn)?\s+"  # what follows an amount's number: " million of", " in"
_PROCEEDS_AFTER = re.compile(_SCALE_THEN + r"(?:of|in)\s+(?:net\s+|gross\s+|new\s+|additional\s+)?(?:proceeds|liquidity)\b",
                             re.I)
_EQUITY_AFTER = re.compile(_SCALE_THEN + r"(?:"
                           r"(?:[\w-]+\s+){0,3}?(?:by|through|via)\s+(?:issuing|selling|the sale of|sales of)\s+"
                           r"(?:[\w.,-]+\s+){0,4}?(?:new\s+)?(?:shares|stock|equity)\b|"
                           # "a $60 million private share sale", "$55 million from an oversubscribed equity rights
                           # offering"
                           r"(?:from\s+(?:an?\s+|the\s+|its\s+)?)?(?:[\w-]+\s+){0,2}?(?:share|stock|equity)\s+"
                           r"(?:rights\s+)?(?:sale|offering|placement|raise)\b)", re.I)
_NO_LOAN_ROW_LABEL = re.compile(r"\W{0,3}(?:sale|purchase|acquisition|disposal)\s+of\b[^|\t\n]*(?:\||\t)", re.I)


_MINER_LENDS = dict(loan.NOT_A_LOAN_FACT)["miner_lends"]
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")


# "whatever is left of the NYDIG loan, which would be somewhere between $6 million and $17 million": a guess
_WOULD_BE_CLAUSE = re.compile(r",\s+which\s+(?:would|could|might|may)\s+(?:be|total|come to|amount to|reach)\b"
                              r"[^,;$]{0,40}(?:\$[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:and|to|or)\s+)?"
                              r"(?:US|USD\s?)?$",
                              re.I)


_OF_THE_TOTAL_BEFORE = re.compile(r"\b(?i:of)\s+(?:the|its)\s+(?:approximately\s+|about\s+|roughly\s+|some\s+|nearly\s+)?$")
_OWN_PART_LATER = re.compile(r",\s+[^;]{0,60}?(?:(?:its|their|our|the\s+company['’]s|(?-i:[A-Z])[\w.-]*['’]s?)\s+"
                             r"own\b|(?:its\s+|the\s+)?self[- ](?:mining|owned)\s+(?:fleet|machines|miners|hashrate|hash\s+rate))",
                             re.I)
# the total of which the company's own is a part: "under management was 36.2 EH/s, of which 3.7 EH/s came from its own
# miners"
_OWN_PART_FOLLOWS = re.compile(r"[^.;]{0,40}?,\s*of\s+which\s+(?:approximately\s+|about\s+|roughly\s+|some\s+)?"
                               r"[\d.,]+\s*[EPT]H/s(?=" + _OWN_PART_AFTER.pattern + ")", re.I)
_ONLINE_PART_AFTER = re.compile(r"\s*(?:was|were|is|are)?\s*(?:actually\s+|already\s+|fully\s+|still\s+)?"
                                r"(?:online|operational|operating|energi[sz]ed|active|hashing|in operation)\b")


def _relative_clause_end(s: str, start: int, end: int, hi: int) -> int:
    """Where the relative clause a figure sits in ends, or `hi`: 'Argo Blockchain, which sold its Helios facility to
    Galaxy Digital in December and took a $35 million asset-backed loan from the same firm, mined 144 BTC in
    January' dates the loan by the clause's December, not the main clause's January."""
    if _IN_RELATIVE_CLAUSE.search(s, max(0, start - 160), start) is None:
        return hi
    comma = s.find(",", end, hi)
    return comma if comma != -1 else hi


def _posting_beside(sent: Sent, out: list[Candidate], pledged: Quantity) -> Candidate | None:
    """A posting told beside a facility or a balance, on their date: "raised the size of its line of credit with Two
    Prime to $350 million on Sept. 24 and pledged an additional 2,500 BTC as collateral under it the same day"."""
    if not all(c.loan_event in ("facility", "outstanding") for c in out) or not _AND_PLEDGED.search(sent.text):
        return None
    posting = Candidate("loan", out[0].company, None, "USD", sent, pledged.start, pledged.end, "collateral_posted",
                        loan_event="collateral_posted", collateral_btc=pledged.value, lender=out[0].lender,
                        flags=set(out[0].flags))
    posting.period_end, posting.period_default = out[0].period_end, out[0].period_default
    return posting


def _sentence_up_to(sent: Sent, cut: int) -> Sent:
    """The sentence's first `cut` characters as a sentence of their own, with the mentions and periods in them."""
    return Sent(sent.start, sent.start + cut, sent.text[:cut], sent.para, [m for m in sent.mentions if m.end <= cut],
                [p for p in sent.periods if p.char_end <= cut], sent.context_company, sent.context_is_near)


def _clause_before_lending(s: str) -> int | None:
    """Where the clause that tells of the miner lending starts, when a clause before it tells of a loan of its own."""
    lends = _MINER_LENDS.search(s)
    joins = [m for m in _CLAUSE_JOIN.finditer(s, 0, lends.start())] if lends else []
    if not joins:
        return None
    cut = joins[-1].start()
    return cut if loan.COLLATERAL.search(s, 0, cut) or loan.TRIGGER.search(s, 0, cut) else None


_DATED_BALANCE_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?,?\s+(?:as of|as at|at)\s+(?:the end of\s+)?"
                                  rf"(?:{MONTH_NAME}|\d{{1,2}}\s+{MONTH_NAME})\b[^,;]{{0,20}},", re.I)


def _dated_balance_before_doubt(s: str) -> int | None:
    """Where the doubt starts, when a debt figure dated before it stands on its own ('debt to NYDIG, approximately $74
    million as of November 30, 2022, would be reduced'); None otherwise."""
    doubt = next((rx.search(s) for name, rx in loan.NOT_A_LOAN_FACT if name == "hypothetical"), None)
    if doubt is None:
        return None
    cut = doubt.start()
    if not any(_DATED_BALANCE_AFTER.match(s, u.end) and _OWED_OR_DEBT.search(s, max(0, u.start - 60), u.start)
               for u in find_usd(s[:cut])):
        return None
    return cut


# "the company secured a $5 million non-convertible loan on August 6, 2024": the miner borrowed
_SECURED_A_LOAN = re.compile(r"\b(?:secured|obtained|closed|took)\s+(?:a|an)\s+"
                             r"(?:(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?\s+)?(?:[\w-]+\s+){0,2}loan\b", re.I)


# a draw told in words that say the miner took the money
_SAYS_BORROWED = re.compile(r"\bborrow|\bdrew\b|\bdrawn\b|\btook out\b|"
                            r"\btranches?\b(?:[^.;]|\.(?=\d)){0,60}\breceived\b", re.I)


def _miner_secured_a_loan(sent: Sent) -> bool:
    """'the company secured a $5 million non-convertible loan', not 'Fluidstack ... closed a $900 million GPU-backed
    loan' (an organisation outside the registry as the subject)."""
    m = _SECURED_A_LOAN.search(sent.text)
    return m is not None and (_MINER_AS_SUBJECT_BEFORE.search(sent.text, max(0, m.start() - 30), m.start()) is not None
                              or any(x.company and _SUBJECT_GAP.fullmatch(sent.text, x.end, m.start())
                                     for x in sent.mentions))


_MINER_AS_SUBJECT_BEFORE = re.compile(r"\b(?:it|we|the company|the miner)\s+(?:has\s+|had\s+|also\s+)?$", re.I)
_SUBJECT_GAP = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?")


_WE_SPEAK = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


# a balance's current or long-term part: "$11,499 is due within the next twelve months and $7,064 is presented as
# long-term (December 31, 2020: $3,273 current ...)", "of which $13,255 was current"
_PORTION_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:(?:is|was|are|were)\s+"
                            r"(?:due\s+within\s+(?:the\s+)?next\s+|"
                            r"(?:classified|presented|shown|recorded)\s+as\s+)?)?(?:twelve months|current|long-term|"
                            r"non-?current)\b", re.I)


def _in_thousands(s: str, u: Quantity) -> Quantity:
    """'the Company's loans had a gross balance of $17,783', in a filing that states amounts in thousands: $17.8
    million. Only a bare grouped amount under $100,000 (too small to be a loan as written) is scaled."""
    if u.value >= 100_000 or not _GROUPED_BARE_DOLLARS.fullmatch(s, u.start, u.end):
        return u
    return dataclasses.replace(u, value=u.value * 1000)


_GROUPED_BARE_DOLLARS = re.compile(r"\$\s?\d{1,2},\d{3}")


# between an amount and its gloss: " (", " (about US", ", or about ", " or roughly "
_DOLLAR_GLOSS = re.compile(r"\s*(?:[(\[,]\s*)?(?:or\s+)?(?:approximately|about|roughly|around|some|c\.|~)?\s*(?:US)?", re.I)


def _glossed_in_dollars(s: str, other: Quantity, usd: list[Quantity]) -> bool:
    """'signed a shareholder loan of AED 183.6 million (US$50 million)', 'a new $35 million (£29 million) loan': the
    dollars are the fact's and the other currency glosses them (or they gloss it)."""
    for u in usd:
        if 0 <= u.start - other.end <= 25 and _DOLLAR_GLOSS.fullmatch(s, other.end, u.start):
            return True
        if 0 <= other.start - u.end <= 25 and _DOLLAR_GLOSS.fullmatch(s, u.end, other.start):
            return True
    return False


def loan_candidates(ctx: DocContext, sent: Sent) -> list[Candidate]:
    """One loan fact per principal figure, its event read from the words around it; a sentence with a loan cue and
    no figure gives one fact when it states a repayment or posted collateral."""
    s = sent.text
    trig = loan.TRIGGER.search(s)
    if not trig and ctx.first_loan_trigger is not None and ctx.first_loan_trigger < sent.start:
        trig = loan.ANAPHOR_STRONG.search(s)  # "Riot drew $65 million on the facility": the facility named earlier
        if trig is None and (loan.TRIGGER.search(ctx.text, max(0, sent.start - loan.ANAPHOR_REACH), sent.start)
                             # "The facility has been resized several times ... At the end of March 2025, Hut 8 had $65
                             # million drawn on it": the sentence before names it again
                             or loan.ANAPHOR_STRONG.search(ctx.text, max(ctx.text.rfind("\n", 0, sent.start) + 1,
                                                                         sent.start - 200), sent.start)) \
                and not loan.NOT_A_LOAN_CONTEXT.search(s):
            trig = loan.ANAPHOR.search(s)  # "Hut 8 drew the full $15 million on Jan. 11", just after the loan
    if not trig:
        return []
    borrower, lend_end = _borrower_of_outside_lender(sent, ctx.issuer)
    # (an aside's doubt is not the loan's: "At Core Scientific, which has said it may need bankruptcy protection, the
    # debts at the end of September included $39 million of rig-secured loans")
    main = _WHICH_CLAUSE.sub(",", s) if ", which" in s or ", who" in s else s
    if ": " in main and USD_FIGURE.search(main.rsplit(": ", 1)[1]):
        # (nor a lead-in's: "it has a backstop if it needs cash: in December the company lined up a $100 million ...")
        main = main.rsplit(": ", 1)[1]
    # (nor a lender's description: "Two Prime, the digital asset lender that has been quietly building a book of loans
    # to bitcoin miners, has agreed to lend CleanSpark $100 million")
    unlent = _LENDER_APPOSITIVE.sub(",", s) if ", the " in s or ", a " in s else s
    if (said := _AND_SAID_AFTER_FIGURES.search(main)) and USD_FIGURE.search(main, 0, said.start()) \
            and not USD_FIGURE.search(main, said.end()):
        # (nor a doubt said after the figure: "Greenidge owed NYDIG about $74 million and warned that it might have to
        # seek bankruptcy protection")
        main = main[:said.start()]
    why = next((name for name, rx in loan.NOT_A_LOAN_FACT
                # (nor an aside's terms: "... with about $35 million outstanding at year-end, which the company
                # renegotiated in the fall to relax covenants")
                if rx.search(main if name == "hypothetical" else _TRAILING_WHICH.sub("", main) if name == "boilerplate"
                             else unlent if name in ("lender_book", "miner_lends")
                             else s)
                and not (name == "site" and (loan.DEBT_WORD.search(s) or _FINANCING_FACILITY.search(s)
                                             or borrower is not None))  # ("Galaxy lent Argo $20 million ... to help
                # pay for the Helios facility in West Texas")
                and not (name == "miner_lends" and (borrower is not None or _LENDER_UNDER_WHICH.search(s)))), None)
    if why == "miner_lends" and (cut := _clause_before_lending(s)) is not None:
        # "MARA said 4,180 BTC were pledged as collateral under its line of credit at the end of June, and about 16,100
        # BTC were out on loan to third parties": the clause before the coins it lends is its own borrowing's
        return loan_candidates(ctx, _sentence_up_to(sent, cut))
    if why == "hypothetical" and main is s and (cut := _dated_balance_before_doubt(s)) is not None:
        # "Greenidge's debt to NYDIG, approximately $74 million as of November 30, 2022, would be reduced by $57
        # million": the balance dated before the doubt is told as a fact
        return loan_candidates(ctx, _sentence_up_to(sent, cut))
    if why:
        log.debug("loan sentence rejected: %s", why)
        return []
    # with no event word the sentence's figures may still name theirs ("raised the facility's cap to $300 million")
    sentence_event = next((name for name, rx in loan.EVENTS if rx.search(s)), None)
    usd = find_usd(s)
    if other := [o for o in find_other_money(s) if not _glossed_in_dollars(s, o, usd)]:
        usd = sorted(usd + other, key=lambda q: q.start)
    if _WE_SPEAK.search(s) and any(ch in s for ch in "mb"):
        # an executive speaking, in a transcript or a quote: money may come with no currency sign
        usd = sorted(usd + [b for b in find_bare_millions(s) if not any(u.start <= b.start < u.end for u in usd)],
                     key=lambda q: q.start)
    if ctx.dollars_in_thousands:
        usd = [_in_thousands(s, u) for u in usd]
    usd = [u for u in usd if u.value >= 100_000 and not _is_sale_proceeds(s, u) and not _PORTION_AFTER.match(s, u.end)
           and not _LEASE_BEFORE.search(s, max(0, u.start - 80), u.start)
           and not _NOT_LOAN_AFTER.match(s, u.end) and not _NOTES_BEFORE.search(s, max(0, u.start - 110), u.start)
           and not _CASH_BEFORE.search(s, max(0, u.start - 100), u.start)
           and not _CURRENT_PORTION_BEFORE.search(s, max(0, u.start - 100), u.start)
           and not _ASSET_VALUE_OR_TRADE_DEBT_BEFORE.search(s, max(0, u.start - 50), u.start)
           and not (_BOUGHT_AFTER.match(s, u.end) and not _FINANCED_BEFORE.search(s, max(0, u.start - 40), u.start))
           and not _INTEREST_OR_LC_BEFORE.search(s, max(0, u.start - 160), u.start)
           and not _COSTS_BEFORE.search(s, max(0, u.start - 80), u.start)
           and not (_AVAILABLE_AFTER.match(s, u.end) and not _DREW_ALL_BEFORE.search(s, max(0, u.start - 40), u.start))
           and not _is_defined_name(s, u) and not _ENLARGE_TO_BEFORE.search(s, max(0, u.start - 50), u.start)
           and not _DEPOSIT_BEFORE.search(s, max(0, u.start - 60), u.start)
           and not (_CASH_PART_AFTER.match(s, u.end) and not loan.REPAID_WORD.search(s, max(0, u.start - 40), u.start))
           and not _COMBINED_CAPACITY_BEFORE.search(s, max(0, u.start - 120), u.start)
           and not _GUARANTEE_BEFORE.search(s, max(0, u.start - 40), u.start)
           and not loan.CALLED_OFF_BEFORE.search(s, max(0, u.start - 70), u.start)
           and not _COMBINED_BEFORE.search(s, max(0, u.start - 90), u.start)
           and not _WOULD_BE_CLAUSE.search(s, max(0, u.start - 80), u.start)
           and not _NOT_YET_FUNDED_AFTER.match(s, u.end)
           and not _MAY_DRAW_THE_REST_BEFORE.search(s, max(0, u.start - 50), u.start)
           and not _PLANNED_REPAYMENT_BEFORE.search(s, max(0, u.start - 60), u.start)
           and not _OFFERED_BEFORE.search(s, max(0, u.start - 160), u.start)
           and not _PRICE_PAID_BEFORE.search(s, max(0, u.start - 50), u.start)
           and not (u.value < 250_000 and _BTC_PRICE_BEFORE.search(s, max(0, u.start - 40), u.start))
           and not (_VALUED_AT_BEFORE.search(s, max(0, u.start - 90), u.start)  # (but "owed Anchorage 304 BTC,
                    and not _OWED_OR_DEBT.search(s, max(0, u.start - 90), u.start))  # which it valued at $18 million")
           and not (_ADDING_BEFORE.search(s, max(0, u.start - 40), u.start) and _TRANCHE_AFTER.match(s, u.end))]
    # "combines approximately $35.1 million of term loans with a $23.0 million delayed draw facility, for total
    # commitments of roughly $58.1 million": the parts of a total named after them are no facts of their own
    usd = [u for i, u in enumerate(usd) if not any(_FOR_TOTAL.fullmatch(s, u.end, v.start) for v in usd[i + 1:])]
    # "a C$15 million (approximately US$11.1 million) facility", "repaid US$9.5-million (C$12.9-million) in
    # December": the US dollars are the fact's, and the other currency is no figure of its own
    # "an equipment loan with Trinity for $38.3 million (US$30.0 million)": the US dollars glossing another currency
    usd = [u for u in usd if not (s[u.start] in "$CA" and _US_GLOSS_AFTER.match(s, u.end))]
    usd = [u for u in usd if not (_FOREIGN_DOLLARS.match(s, u.start) and any(
        v is not u and not _FOREIGN_DOLLARS.match(s, v.start) and min(abs(v.start - u.end), abs(u.start - v.end)) < 30
        for v in usd))]
    if not usd and sentence_event == "outstanding" and (paid := loan.REPAID.search(s)) \
            and (not _DUTY_BEFORE.search(s, max(0, paid.start() - 30), paid.start())
                 or _USED_TO_BEFORE.search(s, max(0, paid.start() - 70), paid.start())):
        sentence_event = "repaid"  # "cleared the balance of its revolving facility with Galaxy in October"
    pledged = None
    for q in sent.btc:
        if (loan.COLLATERAL.search(s[max(0, q.start - 40):q.start]) or _COLLATERAL_AFTER.match(s, q.end) or (
                _TOP_UP_BEFORE.search(s, max(0, q.start - 40), q.start) and _TOP_UP_AFTER.match(s, q.end))) \
                and not _RELEASED_AFTER.match(s, q.end):
            pledged = q
    collateral = pledged.value if pledged is not None else None
    lender = _lender(ctx, sent)
    # a list item labelled with its lender: "- Coinbase: $50 million was drawn on the bitcoin-backed line with Coinbase"
    item = _ITEM_LABEL.match(s)
    lender_label = item.end() if item is not None and not _label_names_company(sent, item) else 0
    out: list[Candidate] = []
    for i, u in enumerate(usd):
        if _CASH_AFTER.match(s, u.end) and not _PAID_BEFORE.search(s, max(0, u.start - 40), u.start):
            continue  # "had $101.2 million in unrestricted cash and no term debt": cash, no loan
        if _RECEIVABLES_AFTER.match(s, u.end):
            continue  # "US$42.3 million of instalment receivables from customers were outstanding": owed to the miner
        lo = usd[i - 1].end if i else 0
        hi = usd[i + 1].start if i + 1 < len(usd) else len(s)
        # "borrowed £18.05 million (approximately US$25 million)": the words before the pounds name the event
        paren = _FOREIGN_PAREN_BEFORE.search(s, max(lo, u.start - 40), u.start)
        at = paren.start() if paren is not None else u.start
        event = loan.event_for_amount(s[max(lo, at - 60):at], s[u.end:min(hi, u.end + 80)])
        if event == "change" and at - lo > 60:
            # a cut whose verb sits further back: "trimmed the amount drawn on its revolving credit line with
            # Silvergate Bank by $20 million" (a step, or a repayment of it)
            event = loan.event_for_amount(s[max(lo, at - 120):at], s[u.end:min(hi, u.end + 60)])
        # "lower Argo's total indebtedness by a net amount of roughly US$41 million", "net debt of", "about $400 million
        # of committed credit that it has not drawn": a net figure or headroom, no loan's size or balance
        if (event is None and _PROCEEDS_AFTER.match(s, u.end, hi)) or _EQUITY_AFTER.match(s, u.end, hi) \
                or _NO_LOAN_ROW_LABEL.match(s):
            # "..., which brought in more than $1.1 billion of net proceeds", "has raised close to $119 million this
            # year by issuing more than six million new shares", "Sale of Helios facility to Galaxy | 65"
            continue
        if _INTEREST_ON_BEFORE.search(s, max(lo, u.start - 80), u.start):
            continue  # "monthly interest on the loan has fallen from approximately $440,000": interest, not principal
        if _SALE_PRICE_BEFORE.search(s, max(lo, u.start - 90), u.start):
            continue  # "Completes Sale of Nautilus Stake to Talen for Approximately $92 Million and Retires Term Loan"
        if _NET_BEFORE.search(s, max(lo, u.start - 100), u.start) or _NET_OF_OPENER.match(s) \
                or _NET_DEBT_MOVED.search(s, max(0, u.start - 120), u.start) \
                or loan.UNDRAWN_AFTER.match(s, u.end, hi):
            continue
        level = _debt_level(s, usd, i)
        if level == "undated":
            continue  # "debt owed to NYDIG cut from approximately $76 million to ...": an old level with no date
        if level is None and i and out and out[-1].loan_event in ("repaid", "outstanding") \
                and _STEP_FROM_TO.fullmatch(s, usd[i - 1].end, u.start):
            level = "step_ends"  # "Cut the Galaxy loan by $18.2 million, from $23.5 million at 1 January 2024 to $5.3
            # million at 30 June 2024": the balances before and after the cut
        if level is not None:
            event = "outstanding"
        elif _CONVERTED_BALANCE_BEFORE.search(s, max(lo, u.start - 160), u.start) \
                and _INTO_SHARES_AFTER.match(s, u.end, min(hi, u.end + 120)):
            # "Anchorage converted the full balance owed under the Company's term loan, approximately $37.9 million of
            # principal and accrued interest, into approximately 3.3 million shares": repaid in shares
            event = "repaid"
        elif event == "change" or (i and _GREW_FROM.fullmatch(s, lo, u.start)
                                 and _GREW_TO.search(s, max(0, usd[i - 1].start - 80), usd[i - 1].start)) or (
                i + 1 < len(usd) and _RAISED_FROM.search(s, max(0, u.start - 120), u.start)
                and _TO_NEXT.fullmatch(s, u.end, usd[i + 1].start)):
            # "lifted the cap by $50 million to $150 million": the $50 million is the step, not a size (a cut by a
            # step is a repayment: loan.event_for_amount);
            # "expanded the line to $200 million from $100 million" (or "from $50,000,000 to $100,000,000"): the
            # $100 million (the $50,000,000) is the old size
            continue
        flags: set[str] = set()
        # the candidate made from the figure just before this one ("..., and a further $50.0 million on May 7")
        follows_last = bool(i) and bool(out) and out[-1].q_start == usd[i - 1].start
        if event is None and follows_last \
                and _FROM_LENDER_AND.fullmatch(s, usd[i - 1].end, u.start) and _FROM_A_LENDER.match(s, u.end):
            event = out[-1].loan_event  # "had $39 million of rig-backed loans from NYDIG and $54 million from BlockFi"
            told_by_itself = True
        else:
            # "Roughly $13 million of it was swapped for 8.3 million shares", "The remaining $5 million stays as debt"
            # (and "we increased our borrowings under the facility by $15.0 million": a further draw)
            told_by_itself = (event == "repaid" and loan.SWAPPED_FOR_SHARES_AFTER.match(s, u.end)) or (
                event == "outstanding" and loan.STAYS_DEBT_AFTER.match(s, u.end)) or (
                event == "borrowed" and loan.BORROWINGS_RAISED_BY.search(s, max(lo, u.start - 90), u.start))
        if sentence_event is None and level is None and not (borrower is not None and lend_end <= u.start) \
                and not told_by_itself \
                and not (event in ("facility", "repaid") and (
                _LOAN_NOUN_NEAR.search(s, max(0, u.start - 80), u.start) or _OF_DEBT.match(s, u.end)
                or _LIMIT_RAISED.match(s)
                # "Argo cut its debt by $12.4 million in the quarter" (loan.event_for_amount: not a total's cut)
                # (but not a headline's sum, nor a cut that "could" come)
                or (event == "repaid" and _DEBT_NOUN.search(s, max(0, u.start - 40), u.start)
                    and s.rstrip().endswith(".") and not _MODAL_BEFORE.search(s, max(0, u.start - 60), u.start))
                # "added a separate $100 million bitcoin-backed line with Two Prime"
                or (event == "facility" and _LOAN_NOUN_NEAR.search(s, u.end, u.end + 40))
                # "lifted its Coinbase limit to $200 million"
                or (event == "facility" and loan.LIMIT_RAISED_TO_BEFORE.search(s, max(0, u.start - 90), u.start))
                # "had already raised the cap on that agreement to $200 million", in a story about a loan told before
                or (event == "facility" and _RESIZED_DEAL_BEFORE.search(s, max(0, u.start - 80), u.start)
                    and ctx.first_loan_trigger is not None and ctx.first_loan_trigger < sent.start))) and not (
                # "Hut 8 is still carrying about $290 million of debt"
                event == "outstanding" and (_CARRYING_BEFORE.search(s, max(0, u.start - 40), u.start)
                                            or loan.BALANCE_AT_STAKE_BEFORE.search(s, max(0, u.start - 40), u.start)
                                            or _ENDED_WITH_BEFORE.search(s, max(0, u.start - 100), u.start))
                and _OF_DEBT.match(s, u.end)) \
                and not (event == "outstanding" and (loan.LOANS_PAYABLE_BEFORE.search(s, max(0, u.start - 40), u.start)
                                                     or loan.REMAINING_DEBT_IS_BEFORE.search(s, max(0, u.start - 60),
                                                                                             u.start)
                                                     or _BORROWINGS_UNDER_WERE.search(s, max(0, u.start - 90),
                                                                                      u.start))):
            # only a facility's size or a repayment names its event on its own: "raised the facility's cap to $300
            # million", "cut its loan from Galaxy by $12 million"
            continue
        if event in (None, "borrowed") and _SUPPORTS_BEFORE.search(s, max(0, u.start - 60), u.start):
            event = "outstanding"  # "had to deliver 1,669 additional BTC to support the $50 million drawn on the
            # revolver and its $50 million term loan": the balances the coins back
        if event == "borrowed" and _AS_OF_OPENER.match(s) and _WAS_DRAWN.match(s, u.end):
            event = "outstanding"  # "As of June 15, 2022, US$66 million was drawn under the Galaxy facility": a balance
        if event in (None, "facility") and _BALANCE_SUBJECT.match(s) and _COPULA_BEFORE.search(s, max(0, u.start - 30),
                                                                                            u.start):
            event = "outstanding"  # "Total borrowings under the $10 million facility ... were $8.0 million at August 31"
        resulting = _RESULTING_BALANCE.search(s, max(0, u.start - 160), u.start) if i else None
        listed_after = out[-1] if event in ("outstanding", "repaid") and i and out and out[-1].loan_event == "repaid" \
            and _OWED_AND.fullmatch(s, usd[i - 1].end, u.start) else None
        if listed_after is not None:
            event = "repaid"  # "settle approximately US$84 million owed to NYDIG ... and approximately US$1 million owed to"
        if event is None and follows_last and _DATE_AND_A_FURTHER.fullmatch(s, usd[i - 1].end, u.start):
            event = out[-1].loan_event  # "drew $50.0 million on April 24, 2025 and a further $50.0 million on May 7"
        if event in (None, "outstanding") and follows_last and out[-1].loan_event == "repaid" \
                and _AND_A_FURTHER_OF.fullmatch(s, usd[i - 1].end, u.start):
            event = "repaid"  # "paid down $16.5 million on its bitcoin-backed facility and a further $2.0 million of"
        if event is None and resulting:
            event = "outstanding"  # "..., lifting borrowings under the up-to-US$300 million facility to US$150 million"
        promised = _PROMISED_TO_LEND.search(s, 0, lend_end) is not None
        if (event is None or (event == "outstanding" and promised)) and borrower is not None \
                and lend_end <= u.start and not re.search(r"[;,]", s[lend_end:u.start]):
            # "Celsius Mining lent Mawson's Luna Squares unit $20 million": the miner borrowed it; "agreed ... to lend
            # Stronghold's equipment subsidiary as much as $40 million": a facility's size
            # (and a promise to lend is a facility: "Two Prime agreed to lend CleanSpark $100 million")
            event = "facility" if re.search(r"\b(?:up to|as much as)\s+$", s[max(0, u.start - 15):u.start]) \
                or promised or _LINE_RIGHT_AFTER.match(s, u.end) else "borrowed"
        elif event == "borrowed" and borrower is not None and lend_end <= u.start and _LINE_RIGHT_AFTER.match(s, u.end):
            event = "facility"  # "Coinbase Prime had extended a new $100 million line": a line opened, not a draw
        if event in (None, "borrowed") and _PARTS_OPENER.match(s) and _REPAID_ANY.search(_sentence_before(ctx, sent)):
            event = "repaid"  # "Greenidge retired the remaining $21.8 million ... That amount consisted of approximately
            # $17.7 million of principal under ... and approximately $4.1 million ..."
        if event in (None, "facility", "borrowed") and len(usd) == 1 and _balances_lead_in(ctx, sent):
            event = "outstanding"  # "As of December 31, 2022, the outstanding principal balances were:" over "Term
            # loan ........ $50.0 million" and "Revolving credit facility ...... $30.0 million"
        if event is None:
            # (with no event word in the sentence either, "Galaxy agreed to lend Argo Blockchain £18.05 million, or
            # about $25 million": a borrowing, flagged)
            event = sentence_event or "borrowed"
            if sentence_event is None or (event == "borrowed" and not _SAYS_BORROWED.search(s)
                                          and not _miner_secured_a_loan(sent)):
                flags.add("direction_unclear")
        ahead = _REPAY_AHEAD_AFTER.match(s, u.end) if event == "repaid" else None
        if ahead is not None:
            event = "outstanding"  # "a short-term equipment loan of US$1.0 million ..., which DMG expects to repay in
            # February": the loan still owed, not a repayment
        if event == "repaid" and _SETTLED_FOR.match(s, u.end):
            continue  # "Settles $21M BlockFi Debt for $7.75M": the payment is the $7.75M, the $21M was the claim
        # the borrower named after a lender's verb first: "Sphere 3D advanced $2.7 million to Gryphon", and "... and
        # $25 million to Riot Platforms" names its own
        own_borrower = None
        if borrower is not None:
            to = _TO_COMPANY.match(s, u.end)
            own_borrower = next((m.company for m in sent.mentions if to and m.start == to.end() and m.company), None) \
                or (borrower if lend_end <= u.start and not re.search(r"[;,]", s[lend_end:u.start]) else None)
        company = own_borrower or (listed_after.company if listed_after is not None else None) \
            or company_for(ctx, sent, u.start, u.end, flags, floor=lender_label) \
            or _debtor_after(ctx, sent, u.start, u.end, flags)
        if company is None and borrower is not None and lend_end <= u.start \
                and not any(m.company and lend_end <= m.start < u.start for m in sent.mentions):
            company = borrower  # "Coinbase Prime had extended a new $100 million line, which brings its ... borrowing
            # capacity with Coinbase Prime to about $300 million": the borrower's, though the lender is nearer
        if company is None and follows_last and _LEAVING_BETWEEN.search(s, usd[i - 1].end, u.start):
            company = out[-1].company  # "Argo has paid down $23 million of that debt ..., leaving a Galaxy balance of
            # $12.8 million": the balance the payer is left with, though the lender is nearer
        if company is None:
            continue
        value = u.value
        if event == "repaid" and _PAY_DOWN_ITS_BEFORE.search(s, max(0, u.start - 40), u.start) \
                and loan.FACILITY_RIGHT_AFTER.match(s, u.end):
            value = None  # "sold half its stack to pay down its $100 million Bitcoin-backed credit line": its size
        elif u.unit != "USD" or _FOREIGN_DOLLARS.match(s, u.start) or _FOREIGN_CODE_BEFORE.search(s, max(0, u.start - 3), u.start) or (
                s[u.start] == "$" and ctx.local_dollars):
            # "repaid the remaining C$4.2 million": a principal, but not in US dollars; so is a bare "$27.1 million"
            # in a text that glosses its dollars in US dollars
            value = None
        c = Candidate("loan", company, value, "USD", sent, u.start, u.end, event, loan_event=event,
                      collateral_btc=collateral, lender=_own_lender(sent, u.end, hi) or lender, flags=flags)
        in_the = _IN_THE_PERIOD_AFTER.match(s, u.end) if event in ("repaid", "borrowed") else \
            _AT_PERIOD_END_AFTER.match(s, u.end) if event == "outstanding" else None
        opener = _IN_THE_PERIOD_OPENER.match(s) if in_the is None and event in ("repaid", "borrowed") else None
        if opener is not None and any(p.char_start >= opener.end() for p in sent.periods):
            opener = None  # (a date of its own: "During the quarter, HIVE repaid in full, in October 2025, the ...")
        in_the = in_the or opener  # "Over the year, the company repaid $38 million of its ..."
        rp = report_period_of(ctx, sent, in_the.group("unit")) if in_the else None
        if rp is None and opener is not None and opener.group("unit").lower() == "year":
            rp = _year_just_closed(ctx)  # ("Over the year" in a January story: the year just ended)
        if rp is None and event == "facility" and (signed := _SIGNED_IN_WITH.search(s, max(lo, u.start - 80), u.start)):
            # "The Coinbase line was first signed in June 2023 with a $50 million limit and has been amended ..., most
            # recently in June last year": the limit it was signed with
            rp = next((p for p in sent.periods if signed.start() <= p.char_start < u.start), None)
        # "... fell to $17.6 million at 30 June 2024 from $27.1 million at 31 December 2023, after principal repayments
        # of $9.5 million in the period": the reported period's, not the date named before the figure
        period = anchor(ctx, rp) if rp is not None and rp.end <= (ctx.published or rp.end) else \
            _not_the_previous_figures(_period(ctx, _loan_event_periods(sent, event, u.start, ctx.published), u.start, u.end,
                                              ahead.start("rel") if ahead is not None else
                                              # "repaid in full the US$15 million loan it had drawn the previous
                                              # year": when it was drawn is no date of the repayment
                                              drawn.start("rel") if event == "repaid" and (
                                                  drawn := _DRAWN_BEFORE_AFTER.match(s, u.end)) is not None else
                                              _relative_clause_end(s, u.start, u.end, hi), lo), s, lo, u.start)
        _set_loan_date(ctx, c, period)
        if period is None and event == "facility" and (entered := _ENTERED_INTO_ON.search(s, u.end)) is not None \
                and (day := next((p for p in sent.periods if p.char_start == entered.end() and p.kind == "date"), None)):
            # "The facility, which provides for borrowings of up to US$100 million, was entered into on August 28,
            # 2025": the main clause dates the facility the relative clause sizes
            _set_loan_date(ctx, c, day)
            c.period_default = False
        if period is not None and _A_YEAR_BACK.fullmatch(period.text) and out and out[-1].sent is sent \
                and out[-1].period_end is not None and not out[-1].period_default:
            # "At March 31, the principal outstanding was $13.7 million, down from about $20 million a year earlier":
            # a year before the balance just told
            c.period_end, c.period_default = P.end_moved(out[-1].period_end, -1), False
            c.flags.discard("period_inferred")
        if c.period_default and ctx.published is not None and _AFTER_PERIOD_OPENER.match(s):
            c.period_end = ctx.published  # "After the quarter closed, Cipher raised the credit line's limit to $15
            # million": after the reported quarter, not within it
        step = next((o for o in reversed(out) if o.loan_event in ("borrowed", "repaid")), None) \
            if resulting and event == "outstanding" else None
        if step is not None and not step.period_default and not any(
                u.end <= p.char_start <= u.end + 12 and p.end == c.period_end for p in sent.periods):
            # the balance a draw or a repayment left is dated by it, not by "the facility it set up in March" (but by
            # its own date right after it: "had brought the balance to roughly $5.7 million as of June 30, 2024")
            c.period_end, c.period_default, c.flags = step.period_end, False, set(step.flags)
        if event == "repaid" and out and out[-1].loan_event == "borrowed" and _OF_IT_TO_REPAY.match(s, u.end):
            # "borrowed $81.4 million from NYDIG on March 11 ..., using about $10 million of it to repay older debt"
            _take_date_of(c, out[-1])
        if event == "outstanding" and out and out[-1].loan_event == "outstanding" and out[-1].period_default \
                and c.period_default and _PLUPERFECT_BALANCE.search(s, max(0, out[-1].q_start - 50), out[-1].q_start):
            # "The note had carried a principal balance of roughly $11 million; after the amendment, its remaining
            # cash obligations under the note total approximately $9 million": the balance it replaced, undated
            out.pop()
        if event == "borrowed" and (still := _WHICH_REMAINED_OUTSTANDING.match(s, u.end)) is not None \
                and (at := next((p for p in sent.periods if still.end() - 6 <= p.char_start <= still.end() + 12), None)):
            # "drew $50 million under our line of credit with Two Prime, which remained outstanding at year end": the
            # balance that day too
            owed = dataclasses.replace(c, rule="still_outstanding", loan_event="outstanding", flags=set(c.flags))
            _set_loan_date(ctx, owed, anchor(ctx, at))
            if _DRAW_VERB.search(s, max(0, u.start - 80), u.start):
                out.append(owed)
            else:
                c = owed  # "the only remaining borrowing is a $5 million tranche ..., which was still outstanding as of
                # Dec. 3": no draw told, only the balance
        origin = _origination(ctx, c, u.end, hi)
        if not (origin is not None and event == "outstanding"
                and _BALANCE_OF_A_LOAN.search(s, max(0, u.start - 40), u.start)):
            # (but "paying off the remaining balance of a $35 million loan the lender extended in December 2022"
            # names the loan by its size: no balance)
            out.append(c)
        if origin is not None:
            if origin.value is None and origin.loan_event == "facility" and value is None and u.value >= 100_000 \
                    and u.unit == "USD" and loan.FACILITY_RIGHT_AFTER.match(s, u.end):
                # "to pay down the US$100 million BTC-backed credit facility it entered into with Galaxy in December
                # 2021": the size the payment left aside is the facility's
                origin.value = u.value
            out.append(origin)
    if len(out) >= 3 and out[-3].loan_event == "repaid" and out[-1].loan_event == out[-2].loan_event == "outstanding" \
            and _STEP_FROM_TO.fullmatch(s, out[-3].q_end, out[-2].q_start):
        _take_date_of(out[-3], out[-1])  # the cut is told at the date of the balance it left
    elif len(out) >= 2 and out[-2].loan_event == "repaid" and out[-1].loan_event == "outstanding" \
            and out[-2].period_default and not out[-1].period_default \
            and _BY_STEP_TO.fullmatch(s, out[-2].q_end, out[-1].q_start):
        _take_date_of(out[-2], out[-1])  # "trimmed its NYDIG equipment debt by $4M to $21M at the end of April"
    for a, b in reversed(list(zip(out, out[1:]))):
        if a.period_default and not b.period_default and a.loan_event == b.loan_event \
                and _FIGURES_JOINED.fullmatch(s, a.q_end, b.q_start):
            # "principal outstanding of $32 million and $71 million as of Sept. 30": one date for both
            _take_date_of(a, b)
    for a, b in zip(out, out[1:]):
        if a.loan_event in ("borrowed", "repaid") and b.loan_event in ("facility", "borrowed") \
                and a.period_default and not b.period_default and b.value is not None \
                and _PART_OF_ITS.fullmatch(s, a.q_end, b.q_start) and loan.FACILITY_RIGHT_AFTER.match(s, b.q_end):
            # "drew $37.5 million of its $70 million term loan from B. Riley in January": the draw in January, from
            # a facility it has
            b.loan_event = b.rule = "facility"
            _take_date_of(a, b)
            b.period_end, b.period_default = ctx.published or b.period_end, True
            b.flags.discard("no_year")
    if out and usd and not any(c.loan_event == "repaid" for c in out) and " from " in s:
        out.extend(_cut_from_to(s, usd, out))
    if out and usd and not any(c.loan_event == "repaid" for c in out):
        if (early := _repaid_before_figures(ctx, sent, usd[0].start, lender)) is not None:
            _take_date_of(early, out[0])
            out.insert(0, early)
        elif (late := _repaid_after_figures(ctx, sent, usd[-1].end, lender)) is not None:
            _take_date_of(late, out[-1])
            out.append(late)
    if out and (_AS_PART_OF_THAT.match(s) or _AT_SIGNING.search(s) or _PROCEEDS_OPENER.match(s)) \
            and any(c.period_default for c in out):
        # (and "... the sale of its Mirabel data center, which closed in late March ... The net proceeds first paid
        # off the $1.4 million mortgage")
        # (and "The fourth amended and restated credit agreement, executed on Dec. 22, raises ... Hut 8 drew the
        # additional $70 million in full at signing")
        # "... since December 2022, when it avoided insolvency by selling its Helios facility to Galaxy. As part of
        # that rescue package, Galaxy also lent Argo $35 million": the deal told in the sentence before dates it
        told = [p for p in P.find_periods(_sentence_before(ctx, sent), ctx.published, ctx.fy_end_month, ctx.dmy)
                if p.kind in ("date", "month") and (ctx.published is None or p.end <= ctx.published)]
        # (the agreement's own day opens that sentence: "On October 27, 2022, Stronghold and WhiteHawk entered into a
        # credit agreement that refinances ... the agreement the two parties signed on June 30, 2021")
        day = (told[0] if _AT_SIGNING.search(s) else told[-1]) if told else None
        for c in out:
            if day is not None and c.period_default:
                c.period_end, c.period_default = day.end, False
                c.flags.discard("period_inferred")
    if out and pledged is not None and (pledge := _dated_pledge(ctx, sent, pledged, usd[-1].end, out[-1], lender)
                                        or _posting_beside(sent, out, pledged)):
        for c in out:
            c.collateral_btc = None
        out.append(pledge)
    if not out and not usd and (returned := _BTC_RETURNED.search(s)) and not _OTHER_COIN_EVENT.search(s) and not any(
            x.company and returned.end() <= x.start <= returned.end() + 40 for x in sent.mentions):
        # (coins handed back to a registry miner are its collateral or its loan coming home, not a repayment of its)
        return _btc_returned(ctx, sent, returned, lender)
    if not out and sentence_event in ("borrowed", "facility") and not usd:
        # (a loan signed in coins is borrowed: "signed an equipment loan with Anchorage denominated in bitcoin")
        out = _btc_loan(ctx, sent, collateral, lender)
    if not out and not usd and sentence_event == "repaid" and (
            (_BALANCE_REPAID.match(s) and (told := _one_figure_before(ctx, sent, _BALANCE_WORDS)) is not None)
            or (_PROCEEDS_REPAID.match(s) and (told := _one_figure_before(ctx, sent, _BORROWED_WORDS)) is not None)):
        return _repaid_told_before(ctx, sent, told, lender)
    # coins pledged with no count: "Marathon pledged part of its bitcoin to secure credit lines with Silvergate Bank"
    pledged_some = not out and collateral is None and sentence_event != "repaid" and _PLEDGED_SOME.search(s) is not None
    if out or not (collateral is not None or sentence_event == "repaid" or pledged_some) or _is_quoted(ctx, sent) or (
            collateral is None and not pledged_some and not loan.SPECIFIC_LOAN.search(s)
            and not (_SALE_TO_REPAY.search(s) and not _MINERS_SUBJECT.search(s))) or (
            loan.CALLED_OFF.search(s) and not loan.REPAID_WORD.search(s)):
        # a loan mentioned without a figure, a repayment or collateral states no fact; nor does an executive's
        # quote about a repayment the story has already reported
        return out
    if _TERMS_SENTENCE.match(s) and not _PLEDGED_BY_IT.search(s) and not _DONE_REPAYMENT.search(s):
        return out  # the loan's terms, no event (but "The loan, which carries 10% interest, was repaid in March")
    if sentence_event != "repaid" and _TERMS_SECURED_BY.match(s) and not _PLEDGED_BY_IT.search(s):
        return out  # "The loan is secured by 237.8 BTC of the Company's digital currency": the loan's terms, no posting
    flags = set()
    event = "repaid" if sentence_event == "repaid" else "collateral_posted" if collateral is not None or pledged_some \
        else sentence_event
    verb = loan.REPAID.search(s) if event == "repaid" else None
    # "MARA secured a bitcoin-backed credit line; Hut 8 retired its Anchorage loan": the repayment's own clause
    # and "put the proceeds toward the Galaxy loan": the verb's, not the lender's before the loan word
    at_clause = verb if verb is not None and (";" in s[trig.end():verb.start()] or verb.start() < trig.start()) else trig
    company = company_for(ctx, sent, at_clause.start(), at_clause.end(), flags)
    if company is None:
        return []
    if verb is not None and collateral is not None and (opener := _EVENT_OPENER.match(s)) and verb.end() <= opener.end():
        # "After the repayment, 1,500 BTC remain pledged as collateral under the Galaxy facility": the pledge left
        event, verb = "collateral_posted", None
    if verb is not None and (_PREPAID_NOT_DEBT.search(s) or _repayment_not_done(s, verb)):
        # "prepaid $1.2 million of hosting fees to its host", "The changes did not touch the maturity date or how the
        # loan is repaid", "expects to repay it from operating cash flow"
        return []
    c = Candidate("loan", company, None, "USD", sent, trig.start(), trig.end(), event, loan_event=event,
                  collateral_btc=collateral, lender=lender, flags=flags)
    # the date nearest the repayment ("... collateral at September 30, 2025; the facility was repaid in October 2025")
    at = verb if verb is not None and verb.start() > trig.end() else trig
    pledge_flags = set(flags)
    # a repayment paid for by a sale told before it takes the sale's date: "It sold 7,202 BTC in June ... and used
    # part of the money to pay down equipment debt, leaving it with 1,051 BTC at the end of November"
    funded = False
    if verb is not None and _FUNDED_BY.search(s, max(0, verb.start() - 80), verb.end()):
        clause_end = re.compile(r"[,;]|$").search(s, verb.end()).start()
        funded = not any(verb.end() <= p.char_start < clause_end for p in sent.periods)
    _set_loan_date(ctx, c, _period(ctx, _loan_event_periods(sent, event), at.start(), at.end(),
                                   at.end() if funded else len(s), 0))
    compared = next((q for q in sent.btc if q.start > pledged.end
                     and _COMPARED_PLEDGE.search(s, max(pledged.end, q.start - 40), q.start)), None) \
        if event == "collateral_posted" and pledged is not None and verb is None else None
    if compared is not None:
        # "As of September 30, 2025, 5,077 bitcoin were pledged as collateral ..., compared with 2,997 bitcoin as of
        # December 31, 2024": two pledges, each at its own date
        _set_loan_date(ctx, c, _period(ctx, sent, pledged.start, pledged.end, compared.start, 0))
        before = dataclasses.replace(c, collateral_btc=compared.value, flags=set(pledge_flags), q_start=compared.start,
                                     q_end=compared.end)
        _set_loan_date(ctx, before, _period(ctx, sent, compared.start, compared.end, len(s), pledged.end))
        return [c, before]
    if event == "repaid" and collateral is not None and at is verb:
        # "200 Bitcoin pledged as collateral under a short-term facility at September 30, 2025; the facility was
        # repaid in October 2025": the pledge, at its own date, and the repayment
        pledge = dataclasses.replace(c, rule="collateral_posted", loan_event="collateral_posted", flags=pledge_flags)
        c.collateral_btc = None
        _set_loan_date(ctx, pledge, _period(ctx, sent, trig.start(), trig.end(), at.start(), 0))
        return [pledge, c]
    return [c]


# "5,077 bitcoin were pledged ..., compared with 2,997 bitcoin as of December 31, 2024": an earlier pledge
_COMPARED_PLEDGE = re.compile(r",?\s+(?:compared (?:with|to)|versus|vs\.?|up from|down from|against)\s+"
                              r"(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
# "At September 30, 2022, $1.42 million of this financing remained outstanding. The balance was repaid in full on
# October 17, 2022": the repayment of the balance the sentence before states
_BALANCE_REPAID = re.compile(r"\W{0,3}(?:The|This|That)\s+(?:remaining\s+|outstanding\s+)?balance\s+(?:was|has been|had been)"
                             r"\s+(?:(?:fully|subsequently|since)\s+)?(?:repaid|paid off|settled|paid)\b", re.I)
# "On February 27, 2026, the Company borrowed a further $11 million ... The proceeds were used the same day to repay
# the January 2026 Loan in full": a new loan that repays an old one of the same size
_PROCEEDS_REPAID = re.compile(r"\W{0,3}(?:The|These|Those|Its|All)\s+(?:net\s+)?(?:proceeds|funds)\s+(?:were|was)\s+"
                              r"(?:used|applied)\b[^.;]{0,40}\bto\s+(?:re)?pay\s+(?:off\s+)?(?:the|its)\s+[^.;]{0,40}\bin full\b",
                              re.I)
_PLEDGED_SOME = re.compile(r"\bpledged\s+(?:part|some|a\s+portion|most|all|much|a\s+share)\s+of\s+"
                           r"(?:its|their)\s+(?:bitcoin|BTC|holdings|coins)\b", re.I)
# a sale's money put to debt in general is a repayment: "sold 2,000 BTC and put the proceeds toward repaying debt" (not
# "continued to pay down debt")
_SALE_TO_REPAY = re.compile(r"\b(?:proceeds|sold|selling|sales?\s+of)\b[^.;]{0,80}?\b(?:toward|towards|to)\s+"
                            r"(?:repaying|repay|paying\s+down|pay\s+down|reducing|reduce)\s+(?:its\s+|the\s+)?debt\b",
                            re.I)
_BORROWED_WORDS = re.compile(r"\b(?:borrowed|drew|took out|took a new|received)\b", re.I)
_BALANCE_WORDS = re.compile(r"\b(?:outstanding|remained|remaining|owed)\b", re.I)


# "That amount consisted of approximately $17.7 million ... and approximately $4.1 million ...", after a repayment:
# its parts, and the words that make the sentence before a repayment
_PARTS_OPENER = re.compile(r"\W{0,3}(?:That|This|The)\s+(?:amount|sum|total|repayment|payment|figure)\s+(?:consisted of|"
                           r"comprised|included|was made up of|covered)\b", re.I)

_REPAID_ANY = re.compile(rf"{loan.REPAID.pattern}|\bretir(?:e|ed|es|ing)\b|\bextinguish\w*|\bpaid off\b", re.I)


_CONVERTED_BALANCE_BEFORE = re.compile(r"\bconvert(?:ed|s|ing)\s+(?:the\s+)?(?:full\s+|entire\s+|remaining\s+|outstanding\s+)?"
                                       r"(?:balance|principal|amount|loan|debt)\b[^$;]{0,100}$", re.I)
_INTO_SHARES_AFTER = re.compile(r"[^$;]{0,80}?\binto\s+(?:approximately\s+|about\s+)?[\d.,]+\s*(?:million\s+)?"
                                r"(?:(?:common|ordinary)\s+)?shares\b", re.I)
_CUT_FROM_BEFORE = re.compile(r"\b(?:reduc(?:ed|es|e|ing)|cut|cuts|cutting|lower(?:ed|s|ing)?|trimm(?:ed|ing)|"
                              r"pa(?:id|ys?|ying)\s+down|decreas(?:ed|es|ing)|shr(?:ank|unk|inking)|brought\s+down|"
                              r"bringing\s+down)\b[^$;]{0,100}?\bfrom\s+(?:about\s+|approximately\s+|roughly\s+)?"
                              r"(?:US|USD\s?)?$", re.I)
_FROM_X_TO = re.compile(r"\s*(?:million|billion|m|bn)?\s+to\s+(?:about\s+|approximately\s+|roughly\s+)?(?:US|USD\s?)?")


def _cut_from_to(s: str, usd: list, out: list[Candidate]) -> list[Candidate]:
    """'reducing a bitcoin-backed credit facility with Galaxy Digital from $66 million to $38 million': the $38 million
    left is the balance, and the $28 million between is what was repaid."""
    cuts = []
    for a, b in zip(usd, usd[1:]):
        left = next((c for c in out if c.q_start == b.start and c.loan_event in ("outstanding", "facility")), None)
        if left is None or a.value is None or b.value is None or not 0 < b.value < a.value \
                or not _FROM_X_TO.fullmatch(s, a.end, b.start) or not _CUT_FROM_BEFORE.search(s, max(0, a.start - 140),
                                                                                                a.start):
            continue
        left.loan_event = left.rule = "outstanding"
        if any(u.value and abs(u.value - (a.value - b.value)) <= 0.02 * (a.value - b.value) for u in usd):
            continue  # "removed $58.5 million of debt, lowering it from $75.8 million to $17.3 million": told already
        cuts.append(dataclasses.replace(left, value=round(a.value - b.value, 2), loan_event="repaid", rule="repaid",
                                        qualifier=None, flags=set(left.flags)))
    return cuts


# what joins a cut to the balances it ran between: ", from " and " at 1 January 2024 to "
_STEP_FROM_TO = re.compile(r"\s*(?:million|billion|m|bn)?,?\s+from\s+(?:about\s+|approximately\s+|roughly\s+)?(?:US|USD\s?)?|"
                           r"\s*(?:million|billion|m|bn)?\s+(?:at|as of|on)\s+[^$;]{3,30}?\s+to\s+(?:about\s+|approximately\s+|"
                           r"roughly\s+)?(?:US|USD\s?)?")
# (and "by $22.2 million this year, to $123.8 million as of Sept. 30": the step's span between them)
_BY_STEP_TO = re.compile(r"\s*(?:million|billion|m|bn)?(?:\s+(?:this|so\s+far\s+this|in\s+the)\s+(?:year|quarter|month))?"
                         r",?\s+to\s+(?:about\s+|approximately\s+|roughly\s+)?(?:US|USD\s?)?")
_PROCEEDS_OPENER = re.compile(r"\W*(?:The|Those|These|Its)\s+(?:net\s+)?(?:sale\s+)?proceeds\b", re.I)
_AT_SIGNING = re.compile(r"\b(?:at|on|upon)\s+(?:the\s+)?(?:signing|closing|execution)\b", re.I)
_AS_PART_OF_THAT = re.compile(r"\W*(?:As\s+(?:a\s+)?part\s+of|Under|Alongside|In)\s+(?:that|the same|this)\s+(?:[\w-]+\s+)?"
                              r"(?:deal|package|transaction|agreement|restructuring|rescue|sale)\b")


def _sentence_before(ctx: DocContext, sent: Sent) -> str:
    """The text of the sentence (or line) right before `sent` (past an abbreviation's stop: 'expanded on Monday,
    Sept. 22.')."""
    line_start = ctx.text.rfind("\n", 0, sent.start - 1) + 1
    end = sent.start - 2
    while (stop := ctx.text.rfind(". ", line_start, end)) >= 0 and _ABBREVIATED.search(ctx.text, line_start, stop + 1):
        end = stop + 1
    return ctx.text[max(stop + 1, line_start):sent.start]


_ABBREVIATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Ltd|Co|No|Mr|Ms|Dr|Jr|St|"
                          r"U\.S|vs|approx|est)\.$")


def _one_figure_before(ctx: DocContext, sent: Sent, words: re.Pattern) -> Quantity | None:
    """The one dollar figure of the sentence right before `sent`, if that sentence also holds `words` (a balance's
    "remained outstanding", a loan's "borrowed")."""
    before = _sentence_before(ctx, sent)
    usd = [u for u in find_usd(before) if u.value >= 100_000]
    return usd[0] if len(usd) == 1 and words.search(before) else None


def _repaid_told_before(ctx: DocContext, sent: Sent, balance: Quantity, lender: str | None) -> list[Candidate]:
    """A repayment whose amount the sentence before told: 'The balance was repaid in full on October 17, 2022'."""
    flags: set[str] = set()
    company = company_for(ctx, sent, 0, 3, flags)
    if company is None:
        return []
    c = Candidate("loan", company, balance.value, "USD", sent, 0, min(len(sent.text), 11), "repaid_told_before",
                  loan_event="repaid", lender=lender, flags=flags)
    _set_loan_date(ctx, c, _period(ctx, _loan_event_periods(sent, "repaid"), 0, 11, len(sent.text), 0))
    return [c]


def _not_the_previous_figures(period: P.Period | None, s: str, prev_end: int, start: int) -> P.Period | None:
    """None for the date right after the figure before, in a list of separate loans: in "two tranches: $60 million in
    December 2021, and a further $20 million carrying 13.1% interest", December 2021 is the $60 million's only; and
    for a date in an earlier clause, before a semicolon."""
    if period is not None and 0 < prev_end <= period.char_start <= prev_end + 5 \
            and re.fullmatch(r"\s*(?:in|on)?\s*", s[prev_end:period.char_start]) \
            and _AND_A_FURTHER.fullmatch(s, period.char_end, start):
        return None
    if period is not None and period.char_end <= start and ";" in s[period.char_end:start]:
        return None  # "Reports Q3 2021 Bitcoin Production ...; Closes $100 Million Revolving Credit Facility"
    if period is not None and period.char_end <= start \
            and _SINCE_BEFORE.search(s, max(0, period.char_start - 30), period.char_start) \
            and not _WHEN_AFTER.match(s, period.char_end):
        # "since the end of September it has raised the credit line's limit to $15 million": after it (but "since June
        # 2024, when it paid off the final $77.5 million" is then)
        return None
    return period


_WHEN_AFTER = re.compile(r",?\s+when\b")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+(?:end|close|start|beginning)\s+of\s+)?$", re.I)


_AND_A_FURTHER_OF = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:on|of|under|to)\s+[^$;]{0,60}?\s+and\s+"
                               r"(?:a\s+further|another|an\s+additional)\s+(?:US|USD\s?)?\$?\s?", re.I)
_AND_A_FURTHER = re.compile(r",?\s+and\s+(?:a\s+further|another|an\s+additional|a\s+second)\s+(?:US|USD\s?)?")
# a second figure of the same kind: "... on April 24, 2025 and a further $50.0 million"
_FROM_LENDER_AND = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:loans?|debt|borrowings|financing)\s+(?:from|with)\s+"
                              r"(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2},?\s+"
                              r"and\s+(?:another\s+)?(?:US)?", re.I)
_FROM_A_LENDER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:from|with)\s+(?-i:[A-Z])", re.I)
_DATE_AND_A_FURTHER = re.compile(r"[^$;.]{0,40}?" + _AND_A_FURTHER.pattern)


# "had offered a $72 million rescue loan" (turned down), "would provide another $25 million of new money", "had
# received a non-binding proposal from B. Riley Commercial Capital, LLC to provide a replacement debtor-in-possession
# facility of up to $70 million": no loan yet
_OFFERED_BEFORE = re.compile(r"\b(?:offer(?:ed|s|ing)?|(?:would|could|might)\s+(?:also\s+)?(?:provide|lend|extend|advance|"
                             r"give))\s+(?:it\s+|the\s+(?:company|miner)\s+)?(?:another\s+|an\s+additional\s+|a\s+further\s+|"
                             r"a\s+|an\s+|up\s+to\s+)?(?:US|USD\s?)?$|"
                             r"\b(?:proposals?|term sheets?|offers?)\s+(?:from|by)\s+[^$;]{0,60}?\bto\s+(?:provide|lend|"
                             r"extend|advance|fund|arrange)\b[^$;.]{0,70}$|"
                             # a trigger's threshold: "payable on ... an issuance of equity securities ... in an
                             # offering of more than $50.0 million"
                             r"\b(?:offering|placement|issuance|raise)\s+of\s+"
                             r"(?:more\s+than|at\s+least|over|not\s+less\s+than|in\s+excess\s+of)\s+"
                             r"(?:US|USD\s?)?$", re.I)
# "a November sell-off of bitcoin that took advantage of the rally to nearly $100,000": bitcoin's price
_BTC_PRICE_BEFORE = re.compile(r"\b(?:rall(?:y|ied)|price[ds]?|trad(?:ing|ed)|surg(?:e|ed)|climb(?:ed)?|high|record|peak(?:ed)?)\b"
                               r"[^$;]{0,25}$", re.I)
# "The purchase price was approximately $4.0 million, funded with the $1.3 million drawn under the Additional Loan"
_PRICE_PAID_BEFORE = re.compile(r"\b(?:purchase|acquisition|sale|transaction)\s+(?:price|consideration|cost)\s+(?:was|is|of|"
                                r"totall?ed|came to|amounted to)\s+(?:about |approximately |roughly |some |nearly )?"
                                r"(?:US|USD\s?)?$", re.I)
# "values its property and equipment, at cost, at about $99 million": an asset's worth
_VALUED_AT_BEFORE = re.compile(r"\bvalu(?:es|ed|ing)\b[^$;]{0,60}\bat\s+(?:about |approximately |roughly |some |nearly )?"
                               r"(?:US|USD\s?)?$", re.I)
_OWED_OR_DEBT = re.compile(rf"\bow(?:ed|es|ing)\b|{loan.DEBT_WORD.pattern}", re.I)
_CARRYING_BEFORE = re.compile(r"\b(?:carr(?:ied|ies|ying)|had|has|have|reported|disclosed)\s+(?:about |"
                              r"approximately |roughly |some |nearly |"
                              r"around |over |more than |just over |less than )?(?:US|USD\s?)?$", re.I)
# "CleanSpark ended September with $16.8 million of working capital and $21.2 million of debt"
_ENDED_WITH_BEFORE = re.compile(rf"\b(?:ended|closed|finished|exited)\s+(?:the\s+|its\s+)?(?:month|quarter|year|{P.MONTH})"
                                r"(?:\s+\d{4})?\s+with\b" + CLAUSE_CHAR + r"{0,80}$", re.I)
_FUNDED_BY = re.compile(r"\b(?:us(?:ed|ing|es)|put(?:ting|s)?|appl(?:ied|ying|ies))\b[^.;]{0,40}\b(?:money|cash|proceeds|funds)\b",
                        re.I)


def _take_date_of(undated: Candidate, dated: Candidate) -> None:
    """A repayment told beside a dated event shares its date: "put part of the cash toward its credit line with
    Galaxy, cutting the balance to $38 million by June 21"."""
    if undated.period_default and not dated.period_default:
        undated.period_end, undated.period_default, undated.flags = dated.period_end, False, set(dated.flags)


_CLAUSE_END = re.compile(r"[,;]|$")
# (and "repaid $20 million of the $50 million term loan it took from Galaxy Digital in September")
_BALANCE_OF_A_LOAN = re.compile(r"\bbalance\s+(?:of|on)\s+(?:a|an)\s+(?:US)?$|"
                                r"\b(?:repaid|paid\s+(?:down|off|back)|retired)\s+(?:about\s+|approximately\s+)?(?:US)?\$[\d.,]+\s*"
                                r"(?:million|billion|m|bn)?\s+of\s+(?:the|its|a|an)\s+(?:US)?$", re.I)
_PART_OF_ITS = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:of|from|under)\s+(?:its|their|the|a)\s+(?:new\s+)?(?:US)?")
_FIGURES_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or)\s*")
_THE_LOAN = re.compile(r"(?:the|that|this)\s+(?:loans?|debt|facility)", re.I)
_PAYMENT_NOUN = re.compile(r"payments?\b|pay-?downs?\b", re.I)


def _repaid_after_figures(ctx: DocContext, sent: Sent, last_figure: int, lender: str | None) -> Candidate | None:
    """'On Dec. 28 it ... borrowed $35 million from Galaxy in a new asset-backed loan, using the money to clear its
    NYDIG equipment debt': a repayment told, without its amount, in a clause after the sentence's figures."""
    s = sent.text
    verb = loan.REPAID.search(s, last_figure)
    if verb is None or not re.search(r"[,;]|\band\b", s[last_figure:verb.start()]):
        return None
    end = _CLAUSE_END.search(s, verb.end()).start()
    named = loan.SPECIFIC_LOAN.search(s, verb.start(), end)
    # not the figure's own loan ("..., retiring the loan"), nor a loan a filing defines elsewhere ("the October 2025
    # Loan"), nor a repayment named as a noun ("the repayment leaves the Company without any debt")
    if named is None or _THE_LOAN.fullmatch(named.group()) or "Loan" in named.group() \
            or _PAYMENT_NOUN.search(verb.group()) or _repayment_not_done(s, verb):
        return None
    return _repayment_without_figure(ctx, sent, verb, end, last_figure, lender)


def _repayment_without_figure(ctx: DocContext, sent: Sent, verb: re.Match, clause_end: int, prev_q: int,
                              lender: str | None) -> Candidate | None:
    """The repayment its verb tells, with no amount, dated within its clause."""
    flags: set[str] = set()
    company = company_for(ctx, sent, verb.start(), verb.end(), flags)
    if company is None:
        return None
    c = Candidate("loan", company, None, "USD", sent, verb.start(), verb.end(), "repaid", loan_event="repaid",
                  lender=lender, flags=flags)
    _set_loan_date(ctx, c, _period(ctx, _loan_event_periods(sent, "repaid"), verb.start(), verb.end(), clause_end,
                                   prev_q))
    return c


def _repaid_before_figures(ctx: DocContext, sent: Sent, first_figure: int, lender: str | None) -> Candidate | None:
    """'The company paid off the remainder of its term loan in June, having carried about $123 million of principal
    on it at the end of 2023': a repayment told, without its amount, in a clause before the sentence's figures."""
    s = sent.text
    verb = loan.REPAID.search(s, 0, first_figure)
    if verb is None:
        return None
    # the clause ends at a comma, or at the figure: "CleanSpark, which cleared its Coinbase Prime line in November
    # with part of the proceeds of its $1.15 billion convertible, opened a $150 million facility"
    comma = s.find(",", verb.end(), first_figure)
    comma = first_figure if comma < 0 else comma
    # (the verb's own match may hold the loan: "cleared its Coinbase Prime line")
    if not loan.SPECIFIC_LOAN.search(s, verb.start(), comma) or _repayment_not_done(s, verb):
        return None
    return _repayment_without_figure(ctx, sent, verb, comma, 0, lender)


_IN_THE_PERIOD_OPENER = re.compile(r"\W{0,3}(?:over|during|in|throughout|across)\s+the\s+(?:past\s+)?"
                                   r"(?P<unit>year|quarter|half|month|period)\s*,", re.I)
_IN_THE_PERIOD_AFTER = re.compile(r"\s+(?:in|during|over|throughout)\s+the\s+(?P<unit>period|quarter|half|month)\b"
                                  r"(?!\s+(?:ended|ending|to|through|before|after)\b)", re.I)
# "cutting the balance from $50 million on November 9 to $30 million at month-end": the reported month's end
_AT_PERIOD_END_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:at|as\s+of|by)\s+(?:the\s+)?"
                                  r"(?P<unit>month|quarter)[- ]end\b", re.I)
_EVENT_OPENER = re.compile(r"\W{0,3}(?:After|Following|Since|With|Upon)\b[^,;]{0,50},")
# "expects to repay it from operating cash flow", "may prepay the loans at any time": an intention or a right
_INTENT_BEFORE = re.compile(r"\b(?:expects?|expected|plans?|planned|intends?|intended|aims?|hopes?|would rather|(?-i:may)|might|"
                            r"could|will|would|can|able)\s+(?:to\s+)?(?:\w+\s+){0,2}$|"
                            # "intends to apply excess cash flow to prepaying the term loan", "expects the remaining
                            # equipment financing to be repaid in full"
                            r"\b(?:expects?|plans?|intends?|aims?|hopes?)\s+(?:to\s+)?(?:[\w-]+\s+){1,6}?to\s+(?:be\s+)?$|"
                            # "also allows Greenidge to make a voluntary prepayment": a right
                            r"\b(?:allows?|allowed|permits?|permitted|lets|entitles?)\s+[^.;]{0,30}\bto\s+(?:\w+\s+){0,3}$", re.I)
_PREPAID_NOT_DEBT = re.compile(r"\bprepa(?:id|ys?|ying|yments?)\b[^;]{0,40}\b(?:fees?|deposits?|rent|hosting|power|expenses?)\b",
                               re.I)
# a repayment denied or described, not done: "did not touch ... how the loan is repaid", "has not yet repaid"
_NOT_A_REPAYMENT_BEFORE = re.compile(r"(?:\b(?:not|never)|n[’']t)\b[^.;]{0,60}$|"
                                     # "has pushed back the start of principal payments on its term loan"
                                     r"\b(?:push(?:ed|es|ing)? back|postpon\w+|defer(?:s|red|ring)?|delay(?:s|ed|ing)?)\b"
                                     r"[^.;]{0,30}$|"
                                     # "lenders demanded more cover or faster repayment": asked for, not made
                                     r"\b(?:demand(?:ed|s|ing)?|requir(?:ed|es|ing)|call(?:ed|s|ing) for|ask(?:ed|s|ing) for|"
                                     r"seek(?:s|ing)?|sought)\s+(?:[\w-]+\s+){0,5}$|"
                                     r"\b(?:how|whether|when|until|unless|if|once)\s+"
                                     # "ends when the balance drawn on the facility is repaid"
                                     r"(?:[\w-]+\s+){0,8}(?:is|are|be|gets?|has been|have been)\s+$", re.I)


def _repayment_not_done(s: str, verb: re.Match) -> bool:
    """The repayment verb is denied, described or only intended: 'has not yet repaid', 'expects to repay it'."""
    return bool(_NOT_A_REPAYMENT_BEFORE.search(s, max(0, verb.start() - 70), verb.start())
                or _INTENT_BEFORE.search(s, max(0, verb.start() - 70), verb.start())
                or _REPAID_IN_KIND.match(s, verb.end()) and _PRESENT_PASSIVE.search(s, max(0, verb.start() - 8), verb.start()))


# how a loan is repaid, not a repayment: "Because the loan is repaid in bitcoin, the dollar value ... rose"
_REPAID_IN_KIND = re.compile(r"\s+in\s+(?:bitcoin|BTC|kind|cash|shares|stock|(?:[\w-]+\s+){0,2}instal+ments)\b", re.I)
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are)\s+$", re.I)


# (not the point of "Feb. 9" or "Inc.")
_CLAUSE_SEP = re.compile(r";|,\s+(?:and|while|but)\b|(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)"
                         r"(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)"
                         r"(?<!\bNo)(?<!\b[A-Z])\.\s")


_AS_OF_BEFORE = re.compile(r"\b(?:as of|as at|at|on)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?$", re.I)


def _dated_pledge(ctx: DocContext, sent: Sent, q: Quantity, after: int, loan_fact: Candidate,
                  lender: str | None) -> Candidate | None:
    """'... a $100 million bitcoin-backed credit facility it signed with Galaxy Digital at the end of December; as of
    March 31 it had pledged 3,064 BTC as collateral under the facility': a pledge in its own clause, with its own
    date, is a fact of its own, not the facility's collateral at signing."""
    if q.start < after or (sep := _CLAUSE_SEP.search(sent.text, after, q.start)) is None:
        return None
    own = [p for p in sent.periods if sep.end() <= p.char_start and p.char_end <= q.start] or [
        # "..., and Riot pledged 3,900 BTC as collateral against the borrowings as of year-end"
        p for p in sent.periods if q.end <= p.char_start and not _CLAUSE_SEP.search(sent.text, q.end, p.char_start)
        and _AS_OF_BEFORE.search(sent.text, max(q.end, p.char_start - 20), p.char_start)][:1]
    period_end = None
    if not own:
        sep_after = _CLAUSE_SEP.search(sent.text, q.end)
        period_end = _PLEDGE_AT_PERIOD_END.search(sent.text, q.end, sep_after.start() if sep_after else len(sent.text))
    # "At the end of September, Marathon owed Silvergate $50 million ..., and 3,828 of its bitcoin were pledged as
    # collateral against those borrowings": a standing pledge on the balance's day (and with its doubt about the year)
    standing = not own and period_end is None
    if standing and (loan_fact.loan_event != "outstanding" or loan_fact.period_default
                     or not _PLEDGED_STATE.search(sent.text, sep.end(), min(len(sent.text), q.end + 40))):
        return None
    pledge = Candidate("loan", loan_fact.company, None, "USD", sent, q.start, q.end, "collateral_posted",
                       loan_event="collateral_posted", collateral_btc=q.value, lender=lender,
                       flags=set(loan_fact.flags) - (set() if standing else {"no_year"}))
    if standing:
        pledge.period_end = loan_fact.period_end
    elif own:
        _set_loan_date(ctx, pledge, anchor(ctx, own[-1]))
    else:  # "... pledged 3,900 BTC as collateral against the borrowings as of year-end": the reported period's end,
        # else the last such end before publication
        pledge.period_end = default_as_of(ctx, sent, pledge.flags)
        if ctx.published is not None and pledge.period_end == ctx.published:
            pledge.period_end = P.last_completed(ctx.published, period_end.group("unit").lower())[1]
            pledge.flags.add("period_inferred")
    return pledge


_PLEDGED_STATE = re.compile(r"\b(?:were|was|are|is|remained|had been)\s+(?:still\s+)?(?:pledged|posted|held)\s+as\s+collateral\b", re.I)
_PLEDGE_AT_PERIOD_END = re.compile(r"\b(?:as of|at)\s+(?:the\s+)?(?P<unit>year|quarter|month)[- ]end\b", re.I)


# "NYDIG extinguished approximately $57 million of equipment-backed debt owed by the Company", "wiped out $67.4 million
# of the company's debt": the lender is the subject, the debtor is named after the figure
_WRITTEN_OFF_BEFORE = re.compile(rf"\b(?:{loan.WIPED_OUT}|extinguish(?:ed|es|ing)?)\s+(?:about |approximately |roughly |"
                                 r"some |nearly |all of the |all )?(?:US)?$", re.I)
_OF_DEBT = re.compile(r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}(?:debt|loans?|borrowings|indebtedness|principal|financing|obligations)\b", re.I)
_OWED_BY = re.compile(r"\s+of\s+(?:(?:[\w-]+\s+){0,3}(?:debt|loans?|borrowings|financing|indebtedness)\s+(?:owed|owing|due)\s+"
                      r"by\s+(?:the\s+company|the\s+miner|(?P<by>(?-i:[A-Z])[\w.&'-]*))|(?:the\s+(?:company|miner)|"
                      r"(?P<own>(?-i:[A-Z])[\w.&'-]*))['’]s?\s+(?:[\w-]+\s+){0,2}(?:debt|loans?|borrowings|indebtedness))\b", re.I)


def _debtor_after(ctx: DocContext, sent: Sent, start: int, end: int, flags: set[str]) -> Company | None:
    """The miner that owed a figure the lender acted on: a registry company named after it, or the company ('the
    restructuring with lender NYDIG, which erased roughly $57 million of debt')."""
    m = _OWED_BY.match(sent.text, end)
    if m is None and not (_WRITTEN_OFF_BEFORE.search(sent.text, max(0, start - 40), start)
                          and _OF_DEBT.match(sent.text, end)):
        return None
    if m is None:
        named = None
    else:
        named = m.start("by") if m.group("by") else m.start("own") if m.group("own") else None
    if named is not None:
        return next((x.company for x in sent.mentions if x.start == named and x.company), None)
    company = sent.context_company or ctx.issuer
    if company is not None and company != ctx.issuer:
        flags.add("company_inferred")
    return company


# "alongside its fiscal third-quarter results": the report that carried the news, not when the loan happened
_REPORT_AFTER = re.compile(r"[\s-]*(?:financial\s+|operating\s+)?(?:results|earnings|report|filing)\b", re.I)


# "extended the maturity of the $74 million loan to 2026", "matures in the first quarter of 2024", "pushes the maturity
# into 2026"
# ("repaid ... upon its maturity in August" is dated by it)
_MATURITY_BEFORE = re.compile(r"(?<!upon its )(?<!upon )(?<!at its )(?<!on its )"
                              r"\b(?:maturity|matur(?:es|ing|ed)|due|expir(?:es|ing|y)|available|availability|"
                              r"(?:repayments?|payments?|amorti[sz]ation)\s+(?:start|begin|commence)s?)\b"
                              r"[^.;]{0,40}?\b(?:to|until|in|into|on|by|of|through|beyond|past)\s+(?:the\s+)?$", re.I)
# "repaid ... vendor credit extended by Bitmain for the S21+ Hydro machines delivered to Yguazú in 2025": the machines'
_GOODS_DATE_BEFORE = re.compile(r"\b(?:delivered|shipped|acquired|bought|purchased|installed|deployed|built)\b"
                                r"(?:\s+(?!(?:in|on|during)\b)\S+){0,5}\s+(?:in|on|during)\s+(?:the\s+)?$", re.I)
# "repaid $30 million of the loan it took from Antalpha in November": when the loan began, not the repayment's date
_ORIGINATION_BEFORE = re.compile(r"\b(?:took on|taken on|took(?!\s+(?:a|the)\s+(?:\w+\s+)?(?:route|step|path|approach|action|"
                                 r"decision)\b)|taken|signed|arranged|obtained|borrowed|drew|drawn|used|entered into|"
                                 r"put in place|extended|originated|financed|funded|lent)\b(?:\s+(?!(?:in|on|during)\b)\S+){0,5}\s+"
                                 r"(?:in|on|during)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?$|"
                                 # "repaid the last $13.1 million of a loan that it inherited through its 2023 merger"
                                 r"\b(?:inherited|assumed)\b[^.;]{0,40}\b(?:in|through|via|with)\s+(?:its|the|an?)?\s*$|"
                                 # "repaid in full all obligations under its Term Loan Agreement dated December 1, 2021"
                                 r"\bdated\s+(?:as\s+of\s+)?$",
                                 re.I)


# "the $60 million term loan it took from Two Prime in March", "the $100 million revolving line the Company arranged
# with the Bank in October 2021": a relative clause right after the amount that tells when the loan began
_ORIGIN_AFTER = re.compile(r"(?!\s*of\b(?!\s+(?!(?:the|its|that|this|an?)\b)(?:[\w-]+\s+){0,2}(?:financing|debt|loans|"
                           r"borrowings)\b))\s*(?:\([^)]{0,40}\)\s*)?"
                           # "the C$4.2 million that remained outstanding on the five-year term loan its subsidiary obtained"
                           r"(?:(?:that|which)\s+(?:remained|remains|was|is)\s+(?:still\s+)?outstanding\s+(?:on|under)\s+"
                           r"(?:the|its)\s+)?"
                           r"(?:(?:[\w-]+\s+){0,2}?(?:loan|line|facility|financing|"
                           r"credit|revolver|borrowings?|note|advance|debt)s?,?\s+)?(?:(?:that|which)\s+)?(?:it|the company|we|they|"
                           r"its subsidiary|a subsidiary|the lender|the bank|"
                           r"(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*){0,2})\s+(?:had\s+|has\s+)?(?:first\s+|"
                           r"originally\s+)?(?P<verb>borrowed|took(?:\s+out|\s+on)?|taken\s+(?:out|on)|drew|drawn|arranged|signed|"
                           r"obtained|secured|received|put\s+in\s+place|entered\s+into|"
                           # "a $35 million loan the lender extended in December 2022"
                           r"extended|provided|granted|advanced|lent)\b(?P<rest>[^.;$]{0,60})", re.I)
_ORIGIN_BORROWED = re.compile(r"borrowed|took|taken|drew|drawn|received|extended|provided|granted|advanced|lent", re.I)
_TERM_LOAN = re.compile(r"\bterm loan\b", re.I)


def _origination(ctx: DocContext, c: Candidate, end: int, hi: int) -> Candidate | None:
    """'Argo repaid in full last month the $10m it borrowed from the New York lender in May': besides the repayment,
    the borrowing in May, a fact of its own at its own date (when the sentence's fact is not already that)."""
    m = _ORIGIN_AFTER.match(c.sent.text, end, hi)
    if m is None:
        return None
    lo_rest, hi_rest = m.start("rest"), m.end("rest")
    period = next((p for p in c.sent.periods if lo_rest <= p.char_start < hi_rest
                   and p.kind in ("date", "month", "quarter", "half", "year")), None)
    if period is None:
        return None
    # a term loan obtained is money borrowed; a line or facility obtained is only its size
    event = "borrowed" if _ORIGIN_BORROWED.match(m.group("verb")) or (
        m.group("verb").lower() == "obtained" and _TERM_LOAN.search(m.group())) else "facility"
    # (the date's doubts are its own: "in December 2021" has a year though the sentence's "during June" has none)
    origin = dataclasses.replace(c, rule=f"{event}_origin", loan_event=event, period_start=None, period_default=False,
                                 flags=set(c.flags) - {"no_year", "period_inferred"})
    _set_loan_date(ctx, origin, anchor(ctx, period))
    if c.loan_event == event and c.period_default and not origin.period_default:
        # "the $10 million facility, which the Company entered into in May 2025": the facility's own date
        c.period_end, c.period_default, c.flags = origin.period_end, False, origin.flags
        return None
    if origin.period_default or (origin.period_end and c.period_end
                                 and (origin.period_end.year, origin.period_end.month)
                                 == (c.period_end.year, c.period_end.month)):
        return None
    return origin


# a valuation's month, not the loan's date: "a balance worth about $18 million at September's average bitcoin price"
_PRICE_OF_PERIOD_AFTER = re.compile(r"['’]s?\s+(?:average\s+|closing\s+|spot\s+)?(?:bitcoin\s+|BTC\s+)?prices?\b", re.I)


# "which it valued at about $18 million using bitcoin's average price in September": the valuation's month
_PRICE_IN_PERIOD_BEFORE = re.compile(r"\bprices?\s+(?:in|for|during|of)\s+(?:the\s+month\s+of\s+)?$", re.I)
# "Under a Debt Repayment and Exchange Agreement signed on Oct. 25, roughly $13 million of that balance was exchanged":
# the deal that repays is signed when it repays, unlike the loan it repays
_SETTLEMENT_SIGNED_BEFORE = re.compile(r"\b(?:repayment|exchange|settlement|restructuring|pay-?off|forbearance|"
                                       r"termination)\s+(?:and\s+\w+\s+)?agreements?\b[^.;$]{0,15}\b(?:signed|dated|"
                                       r"entered into|executed)\s+(?:on\s+|as of\s+)?$", re.I)


def _loan_event_periods(sent: Sent, event: str, at: int | None = None, published: dt.date | None = None) -> Sent:
    """The sentence with only the periods that can date a loan event of this kind.

    'On Friday, alongside its fiscal third-quarter results, the miner announced a $50 million line of credit': the
    facility is dated Friday; the quarter names only the report. 'On Feb. 3, it repaid $30 million of the loan it
    took from Antalpha in November': the repayment is dated February 3."""
    kept = [p for p in sent.periods if not _REPORT_AFTER.match(sent.text, p.char_end)
            and not _PRICE_OF_PERIOD_AFTER.match(sent.text, p.char_end)
            and not _PRICE_IN_PERIOD_BEFORE.search(sent.text, max(0, p.char_start - 30), p.char_start)
            and not _MATURITY_BEFORE.search(sent.text, max(0, p.char_start - 60), p.char_start)
            and not _MATURITY_AFTER.match(sent.text, p.char_end)  # "ahead of its December maturity"
            and not _GOODS_DATE_BEFORE.search(sent.text, max(0, p.char_start - 60), p.char_start)
            # "..., which the CFO said left the balance sheet debt-free for the first time since 2020": a span's start
            and not ((p.text[:6].lower() == "since " or sent.text[max(0, p.char_start - 6):p.char_start].lower() == "since ")
                     and any(q is not p and q.char_end <= p.char_start for q in sent.periods))
            and not _earlier_event(sent.text, p, at) and not (
        event in ("repaid", "outstanding") and _ORIGINATION_BEFORE.search(sent.text, max(0, p.char_start - 60),
                                                                          p.char_start)
        and not _SETTLEMENT_SIGNED_BEFORE.search(sent.text, max(0, p.char_start - 80), p.char_start))
            # (nor a goal's deadline still ahead: "In July, Hut 8 drew a further $15.0 million ..., under which it
            # expects to exceed 10 EH/s by the end of 2024")
            and not (event in ("borrowed", "repaid") and published is not None and p.end > published
                     and at is not None and p.char_start > at
                     and _DEADLINE_AHEAD_BEFORE.search(sent.text, max(0, p.char_start - 20), p.char_start))]
    return sent if len(kept) == len(sent.periods) else dataclasses.replace(sent, periods=kept)


_DEADLINE_AHEAD_BEFORE = re.compile(r"\b(?:by|before|until)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?$", re.I)


_ENTERED_INTO_ON = re.compile(r"\b(?:was|were)\s+(?:entered\s+into|signed|executed|dated)\s+(?:on\s+|as\s+of\s+)", re.I)
_MATURITY_AFTER = re.compile(r"\s+(?:maturity|maturities|due\s+date|payment\s+date)\b", re.I)
# "had fully repaid its line with Coinbase, after raising $1.15 billion through convertible notes last month": the
# month of what came before
_EARLIER_EVENT_BEFORE = re.compile(r",\s+(?:after|following)\s+\w+ing\b[^,;]*$", re.I)


_CASH_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:in|of)\s+(?:unrestricted\s+|restricted\s+)?"
                         r"cash(?:\s+and\s+(?:cash\s+equivalents|equivalents))?\b(?!\s+(?:proceeds|payments?|repayments?|to|for|from)\b)",
                         re.I)
_PAID_BEFORE = re.compile(r"\b(?:re)?pa(?:id|ys?|ying)\b|\bsettl\w+|\bborrow\w*|\bdr[ae]w\w*|\breceiv\w+|\bproceeds\b", re.I)


def _earlier_event(s: str, p: P.Period, at: int | None) -> bool:
    """Whether the period dates an earlier event told in an ', after ...ing' clause, not the figure at `at` (which
    may sit in that clause: 'had no term debt at the end of September, after repaying its $50 million term loan in
    January')."""
    lo = max(0, p.char_start - 80)
    m = _EARLIER_EVENT_BEFORE.search(s, lo, p.char_start)
    return m is not None and not (at is not None and m.start() <= at < p.char_start)
_AS_OF_OPENER = re.compile(r"\W*(?:As\s+(?:of|at)|At)\s+[^$;]{3,40},\s*(?:US|USD\s?)?\$", re.I)
_WAS_DRAWN = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:was|were|had been|remained)\s+drawn\b", re.I)
_DRAWN_BEFORE_AFTER = re.compile(r"[^$;.]{0,40}?\s(?P<rel>(?:(?:that|which)\s+)?(?:it|the company|we)\s+had\s+"
                                 r"(?:drawn|borrowed|taken(?:\s+out)?|obtained|received|arranged))"
                                 r"(?=\s+(?:the\s+(?:previous|prior)\s+year|last\s+year|a\s+year\s+(?:earlier|before)|"
                                 r"in\s+(?:19|20)\d\d)\b)")
# a repayment still ahead: "a short-term equipment loan of US$1.0 million ..., which DMG expects to repay in February"
_REPAY_AHEAD_AFTER = re.compile(r"[^$;.]{0,60}\b(?P<rel>which|that)\s+(?:it|the company|[A-Z][\w.&-]*(?:\s+\d+)?)\s+"
                                r"(?:expects|plans|intends|aims|hopes|will need|needs|is due)\s+to\s+(?:re)?pay\b")
# the balance a draw or a repayment leaves: "drew US$100 million on Sept. 18 ..., lifting borrowings under the
# up-to-US$300 million facility to US$150 million", "bringing its total borrowings under the program to $150 million"
_RESULTING_BALANCE = re.compile(r"\b(?:lift|bring|brought|rais|push|took|tak|increas|reduc|lower|cut|decreas)\w*\s+"
                                r"(?:[\w'’-]+\s+){0,3}?(?:borrowings|draws|drawings|balance|debt|"
                                r"(?<!maximum )(?<!aggregate )principal|amount outstanding|"
                                r"outstanding (?:balance|principal|borrowings)|"
                                # "which took the total it owes the bank to $100M"
                                r"total\s+(?:it|the company|the miner)\s+(?:owes|owed|has borrowed|had borrowed))\b"
                                r"[^;]{0,90}?\bto\s+(?:about\s+|approximately\s+|"
                                r"roughly\s+)?(?:US|USD\s?)?$", re.I)
# "borrowed $81.4 million ..., using about $10 million of it to repay older debt": part of the borrowing repays
_OF_IT_TO_REPAY = re.compile(r"\s+of\s+(?:it|them|that|the (?:loan|money|proceeds|funds|borrowings?))\s+(?:to|toward)\s+"
                             r"(?:repay|pay (?:down|off|back)|refinance|retire|settle)\b", re.I)
# the sum of several facilities: "Combined facilities provide up to $200 million of bitcoin-secured borrowing capacity",
# "Together, the two facilities give CleanSpark access to up to $400 million"
_COMBINED_BEFORE = re.compile(r"\b(?:combined|together|altogether|between them)\b[^$;]{0,20}\b(?:facilities|lines|loans)\b"
                              r"[^$;]{0,50}$|\b(?:facilities|lines|loans)\b[^$;]{0,12}\b(?:combined|together)\b[^$;]{0,50}$|"
                              # a lender's book: "loans to bitcoin miners had an unpaid balance of roughly $160 million"
                              # (not a lender so described that goes on to lend: "..., has agreed to lend CleanSpark")
                              r"\bloans\s+(?:made\s+)?to\s+(?:(?:bitcoin|crypto|other|several)\s+)?miners\b"
                              r"(?:(?!\b(?:lend|extend|advance|provide)\b)[^$;]){0,60}$", re.I)
_PLUPERFECT_BALANCE = re.compile(r"\bhad\s+(?:previously\s+|originally\s+)?(?:carried|been|stood at|totall?ed|amounted to)\b"
                                 r"[^$;]{0,40}$", re.I)
_FOR_TOTAL = re.compile(r"[^$;]{0,80},\s+(?:for|bringing|making|giving|taking|lifting|raising)\s+(?:it\s+|its\s+|the\s+)?(?:a\s+)?"
                        r"(?:total|aggregate|combined)\s+(?:[\w-]+\s+)?(?:commitments?|capacity|availability|size)\b"
                        r"(?:\s+(?:under|of|on)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:facility|line|agreement|facilities))?"
                        r"\s+(?:of|to)\s+(?:about |approximately |roughly |some |nearly |up to )?(?:US|USD\s?)?", re.I)
# "Adding a $15 Million Tranche", "adds a $15 million term loan to the revolving facility": a facility's increment
_ADDING_BEFORE = re.compile(r"\b(?:add(?:s|ed|ing)?|creat(?:es|ed|ing))\s+(?:a|an)\s+(?:new\s+|additional\s+|further\s+)?"
                            r"(?:US|USD\s?)?$", re.I)
_TRANCHE_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:[\w-]+\s+){0,2}?(?:tranche\b|term loan\s+to\s+(?:the|its)\s+"
                            r"(?:[\w-]+\s+){0,2}(?:facility|line)\b)", re.I)
# "paid interest of $4.3 million (US$3.3 million)", "recorded deferred financing costs of $1.4 million": costs
_COSTS_BEFORE = re.compile(r"\b(?:paid\s+interest|interest\s+paid|financing\s+costs?|financing\s+fees?)\s+(?:of\s+)?"
                           r"(?:approximately\s+|about\s+)?(?:\$[\d.,]+\s*(?:million|billion|m|bn)?\s*\(\s*)?$|"
                           # "General and administrative costs were $1,936,402, compared with $1,846,398 a year earlier"
                           r"\b(?:costs|expenses)\s+(?:were|was|of|totall?ed|came\s+to|rose\s+to|fell\s+to)\s+"
                           r"(?:approximately\s+|about\s+)?(?:(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?,?\s+"
                           r"(?:compared\s+(?:with|to)|versus|against|up\s+from|down\s+from|from)\s+)?(?:US)?$", re.I)
_US_DOLLARS = re.compile(r"\bUS\$|\bUSD\b|\bU\.S\. dollars\b|\bUS dollars\b")
# (and part of a loan named by its size: "sold about 3,000 bitcoins ... to repay part of a $100 million loan")
_PAY_DOWN_ITS_BEFORE = re.compile(r"\b(?:(?:pay|pays|paid|paying)\s+down|(?:re)?pa(?:y|id|ying)\s+(?:part|some|"
                                  r"a portion)\s+of)\s+(?:its|our|their|the|a)\s+(?:US)?$", re.I)
_US_GLOSS_AFTER = re.compile(r"\s*\((?:approximately\s+|about\s+)?(?:US\$|USD\s?\$?\s?\d)")
_FOREIGN_DOLLARS = re.compile(r"[CA]\$")  # Canadian and Australian dollars (the amount pattern reads them as dollars)
_FOREIGN_CODE_BEFORE = re.compile(r"(?:AUD|CAD|AU|CA)$")  # "AUD$1.45 million", "CAD$3 million"

# what the money buys: "agreed to buy about $5.8 billion of GPUs", "$5.81 billion of GPU-related spending" (but "NYDIG
# financed $20 million of machines" is a loan)
_BOUGHT_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:of|in|worth of)\s+(?:[\w-]+\s+){0,2}?(?:GPUs|chips|servers|gear|"
                           r"hardware|machines|miners|rigs|spending|capex|capital expenditures?)\b(?!\s+(?:financing|loans?|"
                           r"debt|facilit|credit|notes?|leases?)\b)", re.I)
_FINANCED_BEFORE = re.compile(r"\b(?:financ\w*|borrow\w*|lent|lend\w*|loan\w*)\b[^$;]{0,30}$", re.I)
# "$1.15 billion zero-coupon convertible notes offering": notes and bonds are not loans (GOLD_GUIDE)
# ", and roughly $36 million of cash and unencumbered crypto": the miner's cash, not a debt; "of which $50 million can
# be drawn immediately": what is available, not a draw
# the part of a balance due within a year: "including a current portion of $17.2 million", "Amounts payable under the
# equipment loan within the next twelve months total $2.6 million"
_CURRENT_PORTION_BEFORE = re.compile(r"\bcurrent\s+portion\s+(?:of\s+)?(?:about\s+|approximately\s+)?(?:US)?$|"
                                     r"\b(?:payable|due)\s+[^.;$]{0,60}?\bwithin\s+the\s+next\s+(?:twelve|12)\s+months\b"
                                     r"[^.;$]{0,20}$", re.I)
_NOT_LOAN_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:in|of)\s+(?:bonus|earn-?out|milestone)\s+payments?\b|"
                             # collateral valued: "9,490 bitcoin, about $153.9 million at that price, now secure ..."
                             r"\s*(?:million|billion|m|bn)?\s+at\s+(?:that|the|current|today['’]s|those)\s+"
                             r"(?:bitcoin\s+)?"
                             r"prices?\b|"
                             # instalments: "against roughly $7 million of monthly loan payments"
                             r"\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+(?:monthly|quarterly|annual)\s+"
                             r"(?:loan\s+|debt\s+)?"
                             r"(?:payments|repayments|instal+ments|debt\s+service)\b|"
                             # "extinguishing $45.4 million of future payment obligations" to a machine supplier
                             r"\s*(?:million|billion|m|bn)?\s+(?:in|of)\s+(?:future\s+|remaining\s+)?"
                             r"(?:payment|purchase)\s+(?:obligations|commitments)\b|"
                             # "raised $7.5 million of gross proceeds through a share placement": equity
                             r"\s*(?:million|billion|m|bn)?\s+(?:of\s+|in\s+)?(?:gross\s+|net\s+)?proceeds\s+"
                             r"(?:through|from|via|in)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:placements?|offerings?|share|shares|equity|stock)\b|"
                             # "about $7 million in unpaid bills owed by Celsius Network": a customer's debt to the miner
                             r"\s*(?:million|billion|m|bn)?\s+(?:in|of)\s+(?:unpaid|overdue|outstanding|past-due)\s+(?:hosting\s+)?"
                             r"(?:bills|invoices|fees|receivables)\b|"
                             # "Celsius Network, which Core says has refused to pay about $2.1 million owed to it"
                             r"\s*(?:million|billion|m|bn)?\s+(?:(?:that\s+)?it\s+(?:is|was)\s+)?owed\s+to\s+"
                             r"(?:it|us|the\s+(?:company|miner))\b(?!\s+(?:by|from)\s+(?:the|its)\s+(?:lender|bank))|"
                             # "newly issued preferred shares with $23.1 million of face value": shares, not debt
                             r"\s*(?:million|billion|m|bn)?\s+(?:in|of)\s+(?:aggregate\s+)?(?:face|liquidation|stated|par)\s+"
                             r"(?:value|preference)\b|"
                             r"\W{0,3}(?!(?:(?!convertible\b)[\w.%-]+\s+){0,2}(?:promissory|intercompany|inter-company|"
                             r"demand|bridge|equipment(?:-backed|-secured|-financing)?)\s+notes?\b)"  # "repay the $50 million promissory note": a loan
                             # "prepaid $10 million of a note held by B. Riley Commercial Capital": a lender's note
                             r"(?!\s*of\s+(?:a|the|its)\s+note\s+(?:held\s+by|owed\s+to|payable\s+to|from)\s)"
                             # "$46.3 million of notes payable outstanding under these equipment financing agreements"
                             r"(?!\s*(?:(?:million|billion|m|bn)\s+)?of\s+notes\s+payable\s+(?:outstanding\s+)?under\s+"
                             r"(?:the|these|its|this|those|their)\s+(?:[\w-]+\s+){0,2}(?:financing|loan|credit)\s+"
                             r"(?:agreements?|facilit))"
                             # "reported $8.54 million outstanding on that note": the loan just named
                             r"(?!\s*(?:[\w-]+\s+){0,2}(?:on|under)\s+(?:that|this|the)\s+note\b(?!\s+(?:offering|holders?)\b))"
                             r"(?:[\w.%-]+\s+){0,3}(?:convertible|senior|secured|exchangeable)?\s*"
                             r"(?:notes?|bonds?|debentures?)\b|\s+of\s+(?:unrestricted\s+)?cash\b|"
                             # "held approximately $10.2 million in cash and Bitcoin" (but "repaid $20 million in
                             # cash and the rest in shares" is a repayment)
                             # ("we held $49 million in cash, cash equivalents and restricted cash")
                             r"\s+in\s+(?:unrestricted\s+)?cash(?:\s+and|,)\s+"
                             r"(?:bitcoin|BTC|cash equivalents|digital assets|"
                             r"restricted cash)\b|"
                             # "Total debt outstanding was $500.0 million, all of it in the form of the Company's 2.75%
                             # Convertible Senior Notes"
                             # ("Debt outstanding totaled $500.0 million, consisting entirely of the Company's 2.75%
                             # convertible senior notes due 2030")
                             r"[^.;]{0,20}\b(?:all of (?:it|which)\s+(?:in the form of|in|is|was)|"
                             r"(?:consist(?:s|ed|ing)|made\s+up|composed|comprised)\s+"
                             r"(?:entirely\s+|solely\s+|wholly\s+|only\s+)?of)\s+(?:the\s+)?"
                             r"(?:[\w'’%.-]+\s+){0,4}convertible\b|"
                             # "a one-time $82.6 million gain on the extinguishment of debt"
                             r"\s*(?:million|billion|m|bn)?\s+(?:gain|loss|charge)\s+on\s+(?:the\s+)?(?:extinguishment|settlement|"
                             r"modification|exchange)\b|"
                             # "raised $10 million of new capital to repay a convertible promissory note"
                             r"\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+(?:new\s+|fresh\s+)?(?:capital|equity)\b"
                             r"(?!\s+(?:loan|facility|line))|"
                             # "made a $4.0 million prepayment of hosting fees": a customer's advance, not debt
                             r"\s+(?:[\w-]+\s+)?prepayments?\s+(?:of|for)\s+(?:[\w-]+\s+)?(?:hosting|fees|rent|power|services)\b|"
                             # "line repaid in full after $650 million convertible offering"
                             r"\s+(?:[\w-]+\s+)?convertibles?\b(?!\s+(?:loan|credit|term)\b)|"
                             r"\s+of\s+(?:its\s+|the\s+company's\s+)?(?:[\w-]+\s+)?(?:stock|shares|equity)\b|"
                             # "a $2.1 billion U.S. private placement of senior notes": securities; "the $5.81 billion
                             # IREN expects to spend": a budget
                             r"\s+(?:[\w.]+\s+){0,2}(?:private\s+)?placement\s+of\b|"
                             r"\s+(?:(?:that|which)\s+)?(?:[\w.]+\s+){0,2}(?:expects?|plans?|intends?|needs?)\s+to\s+"
                             r"(?:spend|invest)\b|"
                             # "the financing covers roughly 96% of the $5.81 billion of GPU spending planned"
                             r"\s*(?:million|billion|m|bn)?\s+of\s+(?:[\w-]+\s+){0,2}(?:spending|capex|capital\s+"
                             r"expenditures?)\b|"
                             # "a $200 million revolving credit facility that includes a $50 million accordion": an
                             # option to enlarge it, no principal
                             r"\s*(?:million|billion|m|bn)?\s+accordion\b|"
                             # "a $1 billion at-the-market equity program": shares sold, not debt
                             # ("the up to $5 billion perpetual preferred equity financing")
                             r"\s*(?:million|billion|m|bn)?\s+(?:perpetual\s+)?(?:(?:preferred|preference)\s+)?"
                             r"(?:at-the-market|ATM|equity|stock|shares?)\b|"
                             # "$3.89 million is presented as a current liability": a balance sheet's split of a balance
                             r"\s+(?:is|was|are|were)\s+(?:presented|classified|recorded|shown|included|reported)\s+"
                             r"(?:as|in|within|under)\s+(?:a\s+|the\s+)?(?:current|non-?current|long-term|short-term)\b|"
                             # "With $65M Helios Sale to Galaxy": a price
                             r"\s+(?:(?!Loan|Credit|Debt|Facility|Line)(?-i:[A-Z])[\w-]*\s+){0,2}(?:sale|purchase|acquisition)\b|"
                             r"\s+(?:raised\s+)?(?:through|via|in)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w%.-]+\s+){0,2}"
                             r"(?:offerings?|placements?|"
                             r"issuances?|sales\s+of\s+(?:common\s+)?(?:stock|shares|equity)|convertibles?)\b|"
                             # "the lender says it has more than $1 billion in loans outstanding across its clients"
                             r"\s+(?:in|of)\s+(?:loans|credit)\s+(?:outstanding\s+)?(?:across|to)\s+(?:its|their|all|the)\b|"
                             # "roughly $300 million of loans outstanding across about a dozen borrowers"
                             r"\s+(?:in|of)\s+(?:loans|credit)\s+(?:outstanding\s+)?(?:across|to)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:borrowers|clients|customers|miners)\b|"
                             # "can now borrow $70 million more than it could before": a step
                             r"\s*(?:million|billion|m|bn)?\s+more\s+than\s+(?:it|they|the company|before)\b|"
                             # "the balance of $1,250,000 is payable to the vendor in 25 equal monthly instalments"
                             r"\s+(?:is|are|was|were|will be)\s+payable\s+to\s+(?:the\s+)?(?:vendor|seller|supplier|manufacturer)s?\b|"
                             # "eliminated $15 million of annual interest expense", "more than $250 million of miner debt"
                             r"\s+(?:in|of)\s+(?:annual\s+|accrued\s+|hosting\s+|power\s+|prepaid\s+|cash\s+)?(?:interest|fees|costs?|"
                             r"expenses?|deposits?)\b|"
                             # "Hut 8 is putting down a $2.9 million deposit on the order": a payment, not a debt
                             r"\s*(?:million|billion|m|bn)?\s+(?:cash\s+)?(?:deposit|down\s?payment)\b|"
                             # "freed about $75 million worth of bitcoin", "save around $5 million a year in cash interest"
                             r"\s+worth\s+of\b|\s+(?:a|per)\s+year\b(?!\s+(?:earlier|before|ago|prior|later|after)\b)|"
                             # "paid roughly $6 million from cash on hand": the miner's own cash
                             r"\s+(?:from|with|out of|using)\s+(?:its\s+|the\s+company's\s+)?(?:existing\s+)?cash\b|"
                             r"\s+(?:in|of)\s+(?:miner|miners['’]?|sector|industry)\s+(?:debt|loans)\b|"
                             r"\s+(?:\w+\s+){0,2}(?:can|may|could) (?:still )?be drawn\b|"
                             # "a further US$90 million remained available": capacity, not a loan
                             r"\s+(?:was|were|remained|remains|is|are)\s+(?:still\s+)?(?:available|undrawn|unused)\b|"
                             # a customer's contract or an advance: "a five-year, $9.7 billion cloud services contract",
                             # "paid about $1.9 billion, roughly 20% of the contract value, as a prepayment"
                             r"\s+(?:[\w-]+\s+){0,2}?(?:cloud|hosting|colocation|lease|services|supply|offtake)\s+"
                             r"(?:services\s+)?(?:contract|agreement|deal)s?\b|"
                             r"[^.;$]{0,60}\bas\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:prepayment|deposit|down payment)\b|"
                             # an equity raise: "the $112.5m (£82m) Argo raised when it listed American depositary shares"
                             r"(?:\s*\([^()]{0,25}\))?\s+(?:it|the company|(?-i:[A-Z])[\w-]*)\s+(?:had\s+)?raised\s+(?:when|in|"
                             r"through|via|from|by)\b(?![^.;]{0,40}\b(?:loans?|debt|credit|facility|borrowing)\b)",
                             re.I)
# "and the aggregate principal of its convertible senior notes was approximately $2.3 billion"
# "convertible senior notes due December 2026, with an aggregate principal amount of $331.2 million"
_NOTES_BEFORE = re.compile(r"\b(?:convertible|senior|exchangeable)\s+(?:[\w-]+\s+)?(?:notes?|bonds?|debentures?)\s*,?\s+"
                           r"(?:due\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?(?:outstanding\s+)?(?:(?:with|in)\s+(?:an?\s+)?"
                           r"(?:aggregate\s+)?principal\s+amount\s+of|was|were|totall?ed|stood at|amounted to|of|with|"
                           r"with\s+a\s+(?:face|principal)\s+(?:value|amount)\s+of)\s+"
                           r"(?:approximately |about |roughly |some )?(?:US)?$|"  # "notes, with $115.0 million of principal"
                           # "our 8.50% Senior Notes due October 2026, of which $72.2 million in aggregate principal"
                           r"\b(?:convertible|senior|exchangeable)\s+(?:[\w-]+\s+)?(?:notes?|bonds?|debentures?)\b[^.;$]{0,40},"
                           r"\s+of\s+which\s+(?:approximately |about |roughly |some )?(?:US)?$|"
                           # "Bitfarms upsizes convertible to $500 million"
                           r"\b(?:upsiz|increas|rais|boost|lift|expand)\w*\s+(?:its\s+|the\s+)?(?:[\w-]+\s+)?"
                           r"convertible"
                           r"(?:\s+(?:senior\s+)?(?:notes?|bonds?))?(?:\s+offering)?\s+to\s+(?:US)?$|"
                           # "funded their AI data center build-outs with convertible notes instead, raising roughly US$1bn"
                           r"\bconvertible\s+(?:senior\s+)?notes?\b[^$;.]{0,40}\braising\s+(?:about |approximately |roughly |"
                           r"some )?(?:US)?(?:\$[\d.,]+\s*(?:bn|billion|million|m|M)?\s+and\s+(?:US)?)?$", re.I)
# "Cash of $67.8 million as of June 30, 2023 and no debt outstanding": the cash, in a sentence about debt
# the coins' worth, or a bankrupt miner's trade debts: "its roughly 10,000 BTC treasury, currently valued at about $1.1
# billion", "bitcoin with a fair value of $307.4 million", "Its 30 largest unsecured creditors are owed about $9.8 million"
_ASSET_VALUE_OR_TRADE_DEBT_BEFORE = re.compile(
    # a cash-flow line: "Financing activities provided $443.8 million, including $200.0 million drawn under ..."
    r"\bfinancing\s+activities\s+(?:provided|used|generated)\s+(?:about |approximately |roughly )?(?:US)?$|"
    # "pushed the former car-loan platform to a net loss of nearly $300 million": results, not debt
    r"\b(?:net\s+)?(?:loss|losses|income|profit|revenues?|EBITDA)\s+of\s+(?:approximately |about |roughly |some |"
    r"nearly |almost |over |more than )?(?:US)?$|"
    r"\b(?:treasury|holdings|reserves?|stack|stash)\b,?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:currently\s+|now\s+)?"
    r"(?:valued|worth)\s+(?:at\s+)?(?:approximately |about |roughly |some |nearly )?(?:US)?$|"
    r"\b(?:bitcoin|BTC|digital assets?|crypto(?:currency)? holdings)\s+(?:with|at)\s+(?:a\s+)?(?:fair|market|carrying)\s+"
    r"value\s+of\s+(?:approximately |about |roughly )?(?:US)?$|"
    r"\b(?:unsecured|trade)\s+creditors\b[^$;]{0,30}\b(?:are|were)\s+owed\s+(?:about |approximately |roughly |some )?"
    r"(?:US)?$|"
    # "lifted the number of bitcoin pledged to 9,490 (roughly $153.9 million)": the coins' worth
    r"\b(?:BTC|bitcoins?)\b(?:[^$;()]{0,30}\d)?\s*\(\s*(?:roughly |about |approximately |around |some |worth |"
    r"valued at )?(?:US)?$", re.I)
_CASH_BEFORE = re.compile(r"\bmarket\s+(?:value|cap(?:italization)?)\s+of\s+(?:about\s+|approximately\s+|roughly\s+)?(?:US)?$|"
                          # "taking its overall liquidity to about $100 million"
                          r"\bliquidity\s+(?:of|to|at|was|stood at|totall?ed|totals)\s+(?:about\s+|approximately\s+|"
                          r"roughly\s+|nearly\s+)?(?:US)?$|"
                          r"(?<!\bpaid )(?<!\bused )(?<!\bborrowed )(?<!\bdrew )(?<!\breceived )(?<!\bspent )"
                          r"\bcash(?: and cash equivalents)?(?: balance)?\s+(?:of|was|were|totall?ed|stood at)\s+"
                          r"(?:approximately |about |roughly )?(?:US)?$|"
                          # a cash threshold: "half of its average daily cash balance for that month above $7.5 million"
                          r"\bcash\s+balances?\b[^$;]{0,30}\b(?:above|below|over|under|exceeding|in excess of)\s+(?:US)?$|"
                          # a covenant: "lowered the minimum cash balance required under the senior secured loan
                          # from $10 million to $6 million"
                          r"\bminimum\s+(?:cash|liquidity)\b[^$;]{0,60}\b(?:from|to|of|at)\s+(?:US)?(?:\$[\d.,]+\s*"
                          r"(?:million|m)?\s+to\s+(?:US)?)?$|"
                          # a buyer's payment, or a lender's charge: "received a cash payment of $4.5 million at closing",
                          # "Interest expense on the revolving credit facilities ... totaled $4.6 million"
                          r"\b(?:received|receives?|receiving|collect(?:s|ed)?)\s+(?:a|an|the)\s+(?:cash|bonus|earn-?out|milestone|"
                          r"purchase|sale)\s+payments?\s+of\s+(?:approximately |about |roughly )?(?:US)?$|"
                          # all the bills, not a loan: "cut current liabilities to about $28.0 million at March 31, 2023
                          # from $60.4 million at year-end"
                          r"\b(?:current|total|other)\s+liabilities\b[^$;]{0,30}$|"
                          r"\b(?:current|total|other)\s+liabilities\b[^;]{0,30}\$[\d.,]+\s*(?:million|billion)?[^$;]{0,40}"
                          r"\bfrom\s+(?:about\s+|approximately\s+)?(?:US)?$", re.I)
# "Interest expense on the revolving credit facilities and the $200 Million Credit Facility totaled $4.6 million",
# "letters of credit of approximately $15.1 million had been issued": no borrowing
_INTEREST_OR_LC_BEFORE = re.compile(r"\binterest\s+(?:expense|costs?|paid|payments?|income)\b[^;]{0,100}?\b(?:totall?ed|was|"
                                    r"were|amounted to|came to|of)\s+(?:approximately\s+|about\s+)?(?:US)?(?:\$[\d.,]+\s*"
                                    r"(?:million|billion|m|bn)?\s+and\s+(?:US)?)?$|"
                                    # and its comparison: "Interest expense was $14.9 million for the fourth quarter,
                                    # compared with $9.8 million a year earlier", "Finance expense ... rose to $18.1
                                    # million from $3.0 million"
                                    r"\b(?:interest|finance|financing)\s+(?:expenses?|costs?|charges?)\b"
                                    r"(?:[^;.$]|\.(?=\d)|\$[\d.,]+\s*(?:million|billion|m|bn)?)"
                                    r"{0,40}?\b(?:was|were|totall?ed|rose|fell|increased|decreased|grew|climbed|dropped|came in)\s+"
                                    r"(?:(?:[^;.$]|\.(?=\d)|\$[\d.,]+\s*(?:million|billion|m|bn)?){0,90}?"
                                    r"\b(?:to|at|from|of|with|against|versus|vs\.?|was|were)\s+)?(?:approximately\s+|about\s+)?(?:US)?$|"
                                    r"\bletters?\s+of\s+credit\s+(?:of|totall?ing|worth)\s+(?:approximately\s+|about\s+)?"
                                    r"(?:US)?$|"
                                    # "presented net of an unamortized discount of $365,032", "debt issuance costs of"
                                    r"\b(?:unamorti[sz]ed\s+)?(?:debt\s+)?(?:discounts?|issuance\s+costs)\s+"
                                    r"(?:of|totall?ing)\s+(?:approximately\s+|about\s+)?(?:US)?$", re.I)
# "leaving approximately $0.6 million available": headroom
# "the Company borrowed the full $500 million available under the Facility": a draw of all of it
_DREW_ALL_BEFORE = re.compile(r"\b(?:borrowed|drew|drawn|drawing|borrowing)\s+(?:down\s+)?(?:the\s+)?"
                              r"(?:full|entire|whole)\s+(?:US)?$", re.I)
# "Closes $500 Million Loan Facility With Morgan Stanley, Expandable to $1 Billion": room to grow, no principal
_ENLARGE_TO_BEFORE = re.compile(r"\b(?:expandable|upsizable|increasable|scalable|extendable)\s+to\s+"
                                r"(?:up\s+to\s+)?(?:US)?$|"
                                r"\b(?:can|could|may)\s+be\s+(?:increased|expanded|upsized|enlarged)\s+to\s+"
                                r"(?:up\s+to\s+)?(?:US)?$", re.I)
_AVAILABLE_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:still\s+|remaining\s+|left\s+|"
                              r"only\s+(?:becomes?\s+)?|"
                              r"(?:will|would)\s+(?:only\s+)?become\s+)?available\b", re.I)
# a defined term that names a facility by its size: 'the "$20 Million Credit Facility"', or a heading that is only it
_NAME_AFTER = re.compile(r"(?:\s*(?-i:Million|Billion))?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?-i:Facility|Loan|Notes?|Line|"
                         r"Agreement)\b")
_NAME_BEFORE = re.compile(r"(?:\bthe\s+|[\"“])(?:US)?$")


def _is_defined_name(s: str, u: Quantity) -> bool:
    """'... outstanding under the $50 Million Credit Facility': a name, not a figure of its own."""
    name = _NAME_AFTER.match(s, u.end)
    if name is None or not re.search(r"(?-i:Million|Billion)", s[u.start:name.end()]):
        return False
    return bool(_NAME_BEFORE.search(s, max(0, u.start - 6), u.start)) or not (s[:u.start].strip() or s[name.end():].strip())


_QUOTED = re.compile(r"^\W{0,2}[\"\u201c]")


def _is_quoted(ctx: DocContext, sent: Sent) -> bool:
    """An executive's words: the sentence opens a quotation, or one opened earlier in its line is still open
    ('... said Sheldon Bennett, CEO of DMG. "Repaying the term loan removes our only amortizing debt, ...')."""
    if _QUOTED.match(sent.text):
        return True
    before = ctx.text[ctx.text.rfind("\n", 0, sent.start) + 1:sent.start]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
# "Lease liabilities, primarily for land, totaled $9.6 million"
# "The limit was raised more than once: to $200 million in April 2025, and then to ... $300 million", after the facility
# "The limit was raised ...", and right after the facility "It was doubled to $130 million last June"
_LIMIT_RAISED = re.compile(r"\W{0,3}(?:(?:The|Its)\s+(?:borrowing\s+)?(?:limit|cap)\s+"
                           rf"(?:was|were|has been|had been)\s+|{loan.IT_RESIZED_TO})")
_DEBT_NOUN = re.compile(r"\b(?:debt|indebtedness)\b", re.I)
# (not "will": a deal's stated effect, "the transaction will cut its total debt by $41 million", is the cut)
_MODAL_BEFORE = re.compile(r"\b(?:could|would|may|might|should|if)\b", re.I)
_RESIZED_DEAL_BEFORE = re.compile(r"\b(?:expand|upsiz|increas|rais|enlarg|boost|lift|doubl)\w*\s+"
                                  r"(?:the\s+(?:cap|limit|size)\s+on\s+)?(?:the|its|that|this)\s+"
                                  r"(?:(?!(?:hosting|power|supply|purchase|lease|sales?|services?)\b)[\w-]+\s+){0,3}?"
                                  r"(?:arrangement|agreement)\b", re.I)
_LOAN_NOUN_NEAR = re.compile(r"\b(?:promissory\s+note|facility|line|loans?|revolver|credit|borrow\w*|financing|"
                             r"principal|lender)\b", re.I)
_LEASE_BEFORE = re.compile(r"\blease (?:liabilit\w*|obligations?)\b[^$;]{0,60}$", re.I)
_BTC_BORROWED = re.compile(rf"\bborrow(?:ed|s|ing)?\s+(?:about |roughly |some |another |a further )?{NUMBER}\s?"
                           rf"{_UNIT_BTC}\b|\b(?:bitcoin|BTC)[- ]denominated loan\b|\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}loan\b[^.;:]{{0,60}}\bdenominated in (?:bitcoin|BTC)\b|\b(?:a|an|its|the) (?:[\w-]+ )?"
                           rf"(?:bitcoin|BTC) loan\b|"
                           # "Anchorage lent Gryphon's operating subsidiary 933.33 BTC on May 25, 2022": the borrower
                           # is named between the verb and the coins
                           rf"\b(?P<lent>lent|loaned)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+[\w.&'’-]+){{0,3}}?\s+"
                           rf"(?:about |roughly |some )?{NUMBER}\s?{_UNIT_BTC}\b", re.I)


def _btc_loan(ctx: DocContext, sent: Sent, collateral: float | None, lender: str | None) -> list[Candidate]:
    """'Bitdeer borrowed 400 BTC from Matrixport in September': a loan in bitcoin, whose USD principal is unknown
    (value None, GOLD_GUIDE)."""
    m = _BTC_BORROWED.search(sent.text)
    if m is None:
        return []
    flags: set[str] = set()
    if m.group("lent"):
        company = next((x.company for x in sent.mentions if m.start() < x.start < m.end() and x.company), None)
    else:
        company = company_for(ctx, sent, m.start(), m.end(), flags)
    if company is None:
        return []
    c = Candidate("loan", company, None, "USD", sent, m.start(), m.end(), "btc_loan", loan_event="borrowed",
                  collateral_btc=collateral, lender=lender, flags=flags)
    _set_loan_date(ctx, c, _period(ctx, sent, m.start(), m.end(), len(sent.text), 0))
    return [c]


# "returned 300 BTC to Matrixport", "returned the 400 BTC it had borrowed": a loan in bitcoin paid back in kind
_BTC_RETURNED = re.compile(rf"\breturn(?:ed|s|ing)\s+(?:the\s+|its\s+|all\s+)?(?:about |roughly |some )?{NUMBER}\s?"
                           rf"{_UNIT_BTC}\b(?=\s+(?:(?:that\s+)?it\s+(?:had\s+)?)?borrowed\b|\s+to\s+(?-i:[A-Z]))", re.I)
# a sentence that also borrows or pledges coins keeps the rules for those ("borrowed 400 BTC ... and returned 300 BTC")
_OTHER_COIN_EVENT = re.compile(r"\b(?:pledg\w*|posted|posting|borrow(?:s|ed|ing)?\s+(?:about\s+|some\s+)?\d)", re.I)
_ARTICLE = re.compile(r"\s(?=(?:a|an|the|its|that)\s)", re.I)


def _btc_returned(ctx: DocContext, sent: Sent, returned: re.Match, lender: str | None) -> list[Candidate]:
    """'Bitdeer returned 300 BTC to Matrixport in February, closing out a coin loan it took in December': the
    repayment in February (value None: the USD principal is not stated) and, dated apart, the borrowing in December."""
    flags: set[str] = set()
    company = company_for(ctx, sent, returned.start(), returned.end(), flags)
    if company is None:
        return []
    c = Candidate("loan", company, None, "USD", sent, returned.start(), returned.end(), "btc_returned",
                  loan_event="repaid", lender=lender, flags=flags)
    _set_loan_date(ctx, c, _period(ctx, _loan_event_periods(sent, "repaid"), returned.start(), returned.end(),
                                   len(sent.text), 0))
    for at in [returned.end()] + [m.start() for m in _ARTICLE.finditer(sent.text, returned.end())]:
        origin = _origination(ctx, c, at, len(sent.text))
        if origin is not None:
            return [c, origin]
    return [c]


# "3,064 BTC as collateral", "1,860 BTC of which had been posted as collateral", "548.2 BTC had been transferred to
# lenders as collateral"
_COLLATERAL_AFTER = re.compile(r"\W{0,3}(?:of\s+(?:the\s+Company['’]s|its|our|their|the)\s+(?:bitcoin\s+|BTC\s+)?"
                               r"(?:holdings|treasury|reserves?|bitcoin|BTC|stack)\s+)?"  # "260 BTC of the Company's holdings"
                               r"(?:(?:that|which|of which|of those|of them|of these)\s+)?(?:(?:were|was|are|is|had been|have been|remain(?:s|ed)?)\s+)?"
                               r"(?:(?:(?:pledged|posted|held|transferred|delivered|deposited|provided)\s+)?"
                               r"(?:(?:with|to) (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?|(?:its |the )?(?:lenders?|counterpart(?:y|ies))) )?(?:as )?"
                               r"(?:additional |further |extra )?collateral\b|"
                               # "had 2,926 BTC pledged against the two facilities"
                               r"pledged\s+(?:against|under)\s+(?:the|its|a|an|both|two|three|these|those|that|this)\b)", re.I)
_SETTLED_FOR = re.compile(r"[^$;.]{0,40}\bfor\s+(?:about |approximately |roughly |just |only )?(?:US)?\$", re.I)
# "The 1,020 Bitcoin that had been pledged under the facility were returned to the Company": a pledge ended
_RELEASED_AFTER = re.compile(r"(?:(?!,|\band\b|\bwhile\b)[^.;]){0,70}\b(?:were|was|have been|had been|has been|are|is)\s+"
                             r"(?:now\s+)?(?:returned|released|unencumbered|freed)\b", re.I)
# a margin call met: "moved an additional 110 BTC to Galaxy Digital to shore up the loan"
_TOP_UP_BEFORE = re.compile(r"\b(?:moved|transferred|sent|delivered|deposited)\s+(?:an additional |a further |another |"
                            r"an extra )?$", re.I)
_TOP_UP_AFTER = re.compile(r"(?:(?!\b(?:sell|sold|selling|exchange|custody|custodian)\b)[^.;]){0,60}\b(?:to shore up|to top up|"
                           r"to meet (?:a|the|its) margin call|to maintain (?:the |its )?(?:loan-to-value|LTV)|as (?:additional )?"
                           r"collateral)\b", re.I)


# "Borrowings under that facility were $11.4 million at December 31, 2024": the balance drawn
_BORROWINGS_UNDER_WERE = re.compile(r"\b(?:borrowings|amounts?\s+drawn|drawings|advances|principal(?:\s+outstanding)?)\s+"
                                    r"(?:outstanding\s+)?(?:under|on|against)\s+[^.;$]{3,60}?\s+(?:was|were|stood\s+at|"
                                    r"totall?ed|amounted\s+to)\s+(?:approximately\s+|about\s+|roughly\s+)?$", re.I)
_A_YEAR_BACK = re.compile(r"(?:a\s+)?year\s+(?:earlier|ago|before)", re.I)


_BALANCES_LEAD = re.compile(r"\b(?:outstanding|balances?|owed|amounts?\s+due|carrying\s+amounts?)\b(?![^:]*\b(?:repaid|"
                            r"repayments?|drawn\s+down|borrowed|proceeds|commitments?)\b)", re.I)


_REPAID_OR_DREW = re.compile(r"\b(?:repaid|repayments?|paid|borrowed|drew|drawn|received|advanced)\b", re.I)


def _balances_lead_in(ctx: DocContext, sent: Sent) -> bool:
    """Whether the sentence is an item of a list whose lead-in line tells balances ('As of December 31, 2022, the
    outstanding principal balances were:'), and the item only names a loan and its amount."""
    lead = list_lead_in(ctx.text, sent.start)
    return lead is not None and _BALANCES_LEAD.search(lead) is not None \
        and _LABEL.match(sent.text) is not None \
        and not _REPAID_OR_DREW.search(sent.text)


_DRAW_VERB = re.compile(r"\b(?:drew|draws|drawn|borrowed|took|takes|taken|obtained|received|tapped)\b", re.I)
_WHICH_REMAINED_OUTSTANDING = re.compile(r"[^.;]{0,80}?,\s+which\s+" + loan.STILL_OWED + r"(?:at|as of|as at|on)\s+", re.I)
# "an earlier 20 million USDT bitcoin-backed loan, which the Company repaid in full in June": the repayment's date
_WHICH_IT_REPAID = re.compile(r"[^,;.]{0,60}?,\s+which\s+(?:[\w-]+\s+){1,3}?(?:repaid|paid off|settled|retired)\b"
                              r"(?:\s+in\s+full)?\s+(?:(?:in|on|during)\s+)?", re.I)


def _set_loan_date(ctx: DocContext, c: Candidate, period: P.Period | None) -> None:
    if period is None and c.loan_event == "repaid" and (which := _WHICH_IT_REPAID.match(c.sent.text, c.q_end)):
        period = anchor(ctx, next((p for p in c.sent.periods if which.end() - 4 <= p.char_start <= which.end()), None))
    if period is not None and _AFTER_THE_END_OF.search(c.sent.text, max(0, period.char_start - 40), period.char_start):
        period = None  # "After the end of the third quarter, that limit was raised to $15 million": a bound, no date
    if period is not None and ctx.published is not None and period.start is not None \
            and period.start <= ctx.published < period.end and period.kind == "month":
        # "In August 2024 the Galaxy loan was repaid in full" in a release of August 28, 2024: that month, so far
        period = dataclasses.replace(period, end=ctx.published)
    if period is not None and ctx.published is not None and period.end > ctx.published and not period.has_year \
            and period.kind == "quarter" and period.start is not None and period.start <= ctx.published \
            and c.sent.text[period.char_start:period.char_end] == period.text and period.char_end <= c.q_start:
        # "In the first quarter we repaid the final $2.9 million", in a letter of January 3, 2024: the last such
        # quarter that has ended, 2023's
        period = dataclasses.replace(period, start=P.year_back(period.start), end=P.end_moved(period.end, -1))
    if period is not None and ctx.published is not None and period.end > ctx.published:
        period = None  # a loan event is past: a later date is a term or a maturity ("extended ... to February 2027")
    if period is None and (edge := _AT_UNIT_END.search(c.sent.text)) is not None \
            and (rp := report_period_of(ctx, c.sent, edge.group("unit") or edge.group("unit2"))) is not None \
            and (ctx.published is None or rp.end <= ctx.published):
        # "Hut 8 had posted 2,310 Bitcoin as collateral at quarter end": the reported quarter's last day
        period = P.Period(None, rp.end, "date", edge.start(), edge.end(), True, edge.group(0))
    if period is not None:
        flag_year(ctx, period, c.flags)
        c.period_end = period.end
    else:
        # "Argo told investors on Friday that it had prepaid a further $5 million": that Friday; "ended the month with
        # $100 million outstanding": the default as-of date. Either is still a default, which a date in the next
        # sentence may replace (extract) and a dated repeat outranks (resolve).
        c.period_end = P.said_on(c.sent.text, ctx.published, c.sent.periods) \
            or default_as_of(ctx, c.sent, c.flags, c.q_start)
        c.period_default = True


_BY_THE_UNIT_END_AFTER = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){0,2})?by\s+the\s+end\s+of\s+the\s+(?P<unit>month|quarter|year)\b",
                                    re.I)
_AT_UNIT_END = re.compile(r"\b(?:at|as\s+of)\s+(?:the\s+)?" + _UNIT_END, re.I)
_AFTER_THE_END_OF = re.compile(r"\b(?:after|following|subsequent to)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$",
                               re.I)


def _year_just_closed(ctx: DocContext) -> P.Period | None:
    """The fiscal year that ended within the four months before publication, if any."""
    pub, fy = ctx.published, ctx.fy_end_month
    if pub is None:
        return None
    y = pub.year if pub.month > fy else pub.year - 1
    end = P.month_end(y, fy)
    if (pub - end).days > 120:
        return None
    return P.Period(P.fy_start(y, fy), end, "year", 0, 0, True, "the year")


def _is_sale_proceeds(s: str, u: Quantity) -> bool:
    """'sold 887 bitcoin ... raising $20.1 million, and used the money to pay down a loan': the sale's cash (but
    'raised $200 million in a credit facility' is a loan)."""
    if _REPAY_RIGHT_BEFORE.search(s, max(0, u.start - 40), u.start):
        return False  # "used the sale proceeds and part of the loan to repay about $76 million of equipment loans"
    if loan.FACILITY_RIGHT_AFTER.match(s, u.end):
        return False  # "The Helios sale was paired with a new $35 million asset-backed loan from Galaxy Digital"
    price = _PRICE_BEFORE.search(s, max(0, u.start - 120), u.start)
    if price and not loan.TRIGGER.search(s, price.start(), u.start):
        return True  # but "bought 3,000 miners with equipment financing for $20 million" is a loan
    m = _PROCEEDS_BEFORE.search(s[:u.start])
    if m is not None and m.group("sale") in ("worth", "totaling", "totalling") \
            and _DEBT_WORTH.search(s, max(0, m.start() - 60), m.start()):
        # "still owed Anchorage 304 BTC, a balance worth about $18 million", "limited-recourse loans totaling $108
        # million": the debt's dollar value
        return False
    if m is not None and m.group("sale") is not None and _BY_STEP_BEFORE.search(s, max(0, u.start - 20), u.start) \
            and loan.REPAID_WORD.search(s, m.end("sale"), u.start):
        return False  # "sold 1,400 BTC and used the money to pay down the Galaxy facility by US$30 million": the step
    if m is not None and m.group("sale") is not None and _BORROWING_VERB.search(s, m.end("sale"), u.start):
        return False  # "had sold the site and borrowed $35 million from Galaxy"
    return m is not None and (m.group("sale") is not None or _SALE.search(s, 0, m.start()) is not None)


# ("Alongside the sale, Galaxy will lend Argo $35 million": the lender's verb)
_BORROWING_VERB = re.compile(r"\b(?:borrow(?:ed|s|ing)?|drew|took out|secured|obtained|arranged|lend(?:s|ing)?|lent|"
                             r"loaned)\b", re.I)


# "Galaxy bought the Helios site in Dickens County, Texas, for $65 million", "sold its data center in Mirabel, Quebec,
# for $6.1 million": a price, not a principal
_PRICE_BEFORE = re.compile(r"\b(?:bought|buys?|buying|purchased?|purchasing|acquired?|acquiring|sold|sells?|selling|"
                           r"dump(?:ed|ing|s)|offload(?:ed|ing|s)|liquidat(?:ed|ing|es)|"
                           # (across a unit price: "sold 637 BTC at about $24,500 each for $15.6 million")
                           r"(?:the\s+)?(?:sale|disposal)\s+of)\b(?:[^$;]|\$(?=[\d.,]+\s*(?:each|apiece|per|"
                           r"a coin)\b)){0,80}"
                           r"\bfor\s+"
                           r"(?:about |approximately |roughly |some |nearly |over |more than )?(?:US)?$", re.I)
_INTEREST_ON_BEFORE = re.compile(r"\b(?:monthly|quarterly|annual|its|the)\s+interest\s+"
                                 r"(?:expense|payments?|costs?|charges?|bill|on)\b[^$;]{0,60}$", re.I)
_AND_SAID_AFTER_FIGURES = re.compile(r",?\s+(?:and|but|though|although|while)\s+"
                                     r"(?:it\s+|the company\s+|has\s+|had\s+)?(?:also\s+)?"
                                     r"(?:warned|said|says|added|noted|cautioned|flagged|warning|saying|adding|noting|"
                                     r"cautioning|flagging)\s+(?:that\s+)?", re.I)
_TRAILING_WHICH = re.compile(r",\s+which\s+[^,;]{0,120}$")
_WHICH_CLAUSE = re.compile(r",\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:said|warned|disclosed|flagged)\b"
                           r"[^,;]{0,120},")
_BY_STEP_BEFORE = re.compile(r"\bby\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+)?(?:US|USD\s?)?$", re.I)
_DEBT_WORTH = re.compile(r"\b(?:balances?|debts?|loans?|obligations?|principal|borrowings?|"
                         # "equipment financing agreements totalling US$71 million"
                         r"(?:loan|credit|financing) agreements?|facilit(?:y|ies)|credit lines?|lines? of credit|"
                         # "made additional repayments totalling $26 million"
                         r"repayments?|paydowns?|prepayments?|(?:principal\s+)?payments)"
                         # "a BTC-backed loan agreement with Galaxy Digital worth $20 million"
                         r"(?:\s+(?:with|from)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2})?"
                         r"\s+(?:then\s+|now\s+)?$", re.I)
_SALE = re.compile(r"\b(?:sold|sale|sales|selling|offload\w*|liquidat\w*)\b", re.I)
_RECEIVABLES_AFTER = re.compile(r"\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}receivables?\b", re.I)
# the price of an asset sold: "Sale of Nautilus Stake to Talen for Approximately $92 Million"
_SALE_PRICE_BEFORE = re.compile(r"\b(?:sale|sells?|sold|selling)\s+(?:of\s+)?(?:its\s+|the\s+|a\s+)?(?!(?:bitcoin|BTC)\b)"
                                r"[^.;$]{0,60}?\bfor\s+(?:approximately\s+|about\s+|roughly\s+|around\s+|nearly\s+|"
                                r"some\s+|up\s+to\s+)?(?:US)?$", re.I)
# ("The net proceeds first paid off the $1.4 million mortgage on the Mirabel facility")
_REPAY_RIGHT_BEFORE = re.compile(r"\b(?:p?repa(?:y|id)|(?:pay|paid) (?:down|off|back)|retired?|settled?)\s+"
                                 r"(?:in full\s+)?(?:about |approximately |roughly |"
                                 r"some |nearly |the )?(?:remaining |outstanding |last |final )?(?:US)?$", re.I)


# (not the idiom: "Also worth a line: Riot had $100M drawn on its $200M Coinbase credit line")
_PROCEEDS_BEFORE = re.compile(r"(?P<sale>\b(?:sold|sale|offload|proceeds|totall?ing|"
                              r"worth(?!\s+(?:a\s+(?:line|mention|note|look)|noting|mentioning|watching|"
                              r"flagging)\b))\b)"
                              r"[^.;$]{0,40}$|\b(?:raising|raised|"
                              r"netting|netted|generating|fetching|bringing in)\s+(?:about |approximately |roughly |some |"
                              r"nearly |over |more than )?(?:US)?$", re.I)


# "entered into an equipment financing agreement with WhiteHawk Finance LLC, under which WhiteHawk agreed to lend up to
# $40.0 million": the lender named is the subject, not the miner
_LENDER_UNDER_WHICH = re.compile(r"\b(?:under which|whereby|pursuant to which)\s+(?-i:[A-Z])[\w.&'’-]*"
                                 r"(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}\s+(?:agreed|agrees|committed|commits)\s+to\s+"
                                 r"lend\b")
_LENDING_VERB = re.compile(r"\b(?:lent|loaned|lends|extended|(?<=to )extend|provided|provides?|advanced|"
                           # "Galaxy is extending a new loan of $35 million"
                           r"(?<=is )(?:extending|providing)|"
                           # "NYDIG agreed to lend approximately $81 million through loan schedules", in a 10-Q
                           r"(?<=to )advance|(?<=agreed to )lend|(?<=committed to )lend|granted|wired|opened|arranged|"
                           # a lender's book: "Tether had roughly $610 million in loans outstanding to Northern Data",
                           # "NYDIG was owed approximately $76 million by Greenidge"
                           r"outstanding(?=\s+to\s+(?-i:[A-Z]))|(?<=was )owed|(?<=were )owed|"
                           r"(?-i:lending|lend)(?=\s+(?-i:[A-Z])))\b", re.I)
_BORROWER_DESCRIBED = re.compile(r"\s*(?:(?:the|fellow)\s+)?(?:[\w.-]+-(?:based|listed|headquartered)\s+)+"
                                 r"(?:(?:bitcoin\s+)?miner\s+)?", re.I)
_MINER_AS_SUBJECT = re.compile(r"\b(?:it|we|the company|the miner)\b", re.I)


_LEAVING_BETWEEN = re.compile(r",\s+(?:leaving|which left|bringing|taking)\b")
_TO_COMPANY = re.compile(r"\s*(?:million|billion|m|bn)?\s+to\s+")  # "... and $25 million to Riot Platforms"


def _borrower_of_outside_lender(sent: Sent, issuer: Company | None = None) -> tuple[Company | None, int]:
    """'Galaxy extended a $35 million asset-backed loan to Argo in December 2022', 'Celsius Mining lent Mawson's
    Luna Squares unit $20 million', 'Sphere 3D lent Gryphon $3.65 million': the miner named after the lending verb
    borrowed, with where that verb ends. In a release, a lender that names no miner lends to the issuer: 'NYDIG
    provided $26.7 million of financing secured against equipment at Helios'. (None, 0) when "it" or "the company"
    lends, a lender lends to itself, or no miner follows."""
    verb = _LENDING_VERB.search(sent.text)
    if verb is None:
        return None, 0
    head = sent.text[:verb.start()]
    if (told := _told_by_borrower(sent, verb.start())) is not None:
        return told, verb.end()
    if not re.search(r"(?-i:[A-Z])\w+", head) or _MINER_AS_SUBJECT.search(head) or _CUSTOMERS.search(head):
        return None, 0
    lenders = {m.company.canonical for m in sent.mentions if m.company and m.end <= verb.start()}
    nearest = next((m for m in reversed(sent.mentions) if m.end <= verb.start()), None)
    if _THE_MINER.match(sent.text, verb.end()) and sent.context_company is not None \
            and (nearest is None or nearest.company != sent.context_company):
        # "Galaxy Digital ... lent the miner $35m", "Mike Novogratz's firm lent the miner $20 million": the story's
        # miner
        return sent.context_company, verb.end()
    # the borrower: the organisation right after the verb ("lent Mawson's unit ..."), or after "a ... loan to"
    first = next((m for m in sent.mentions if m.start >= verb.end()), None)
    # an outside lender named before the verb, and no registry miner in the sentence
    lender_alone = not any(m.company for m in sent.mentions) and any(m.end <= verb.start() for m in sent.mentions)
    if issuer is not None and sent.context_company == issuer and lender_alone \
            and _FINANCING_AFTER_VERB.match(sent.text, verb.end()):
        return issuer, verb.end()
    if first is None and sent.context_company is not None and sent.context_is_near and lender_alone \
            and _MORE_MONEY_AFTER_VERB.match(sent.text, verb.end()):
        # "In September 2021 Galaxy advanced another $25 million under a new agreement", in a story about Argo
        return sent.context_company, verb.end()
    if first is None or first.company is None:
        return None, 0
    between = sent.text[verb.end():first.start]
    if first.company.canonical in lenders:
        return None, 0
    if (word := verb.group(0).lower()) in ("outstanding", "owed"):
        # the figure stands before "outstanding to" and after "was owed": the lending clause starts at its last comma
        clause = max(head.rfind(","), head.rfind(";")) + 1
        told = re.fullmatch(r"\s*to\s+", between) if word == "outstanding" else _AMOUNT_BY.fullmatch(between)
        return (first.company, clause) if told else (None, 0)
    if not between.strip() or _LOAN_TO.search(between) or _AMOUNT_TO.fullmatch(between) \
            or _BORROWER_DESCRIBED.fullmatch(between):  # "lent UK-based Argo Blockchain £14 million"
        # (a registry miner may lend to another: "Sphere 3D lent Gryphon $3.65 million" is Gryphon's borrowing)
        return first.company, verb.end()
    return None, 0


def _told_by_borrower(sent: Sent, verb_start: int) -> Company | None:
    """The miner that reports an outside lender's lending: 'On Monday the company said Coinbase Prime had extended a
    new $100 million line', 'CleanSpark said Two Prime has provided ...'."""
    lender = next((m for m in reversed(sent.mentions) if m.end <= verb_start), None)
    if lender is None or lender.company is not None \
            or not _AUXILIARY.fullmatch(sent.text, lender.end, verb_start) \
            or not (said := _SAID_THAT_BEFORE.search(sent.text, max(0, lender.start - 40), lender.start)):
        return None
    speaker = next((m for m in reversed(sent.mentions) if m.end <= said.start()), None)
    if speaker is not None and speaker.company is not None and _SPACE.fullmatch(sent.text, speaker.end, said.start()):
        return speaker.company
    if _MINER_AS_SUBJECT.fullmatch(said.group("who") or ""):
        return sent.context_company
    return None


# "Coinbase Prime had extended": the rest of the lender's name, and an auxiliary
_AUXILIARY = re.compile(r"(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}\s+(?:(?:had|has|have|is)\s+)?(?:also\s+)?")
_SAID_THAT_BEFORE = re.compile(r"(?:\b(?P<who>it|we|the company|the miner)\s+)?\b(?:said|says|announced|disclosed|"
                               r"reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?$", re.I)
_SPACE = re.compile(r"\s+")


# "A $15 million term loan is to be funded at closing ..., a further $20 million can be requested as a delayed draw":
# tranches not yet drawn
_NOT_YET_FUNDED_AFTER = re.compile(_SCALE_THEN + r"(?:[\w-]+\s+){0,3}?"
                                   r"(?:(?:(?:is|are)\s+)?to\s+be\s+(?:funded|advanced|drawn|disbursed)|"
                                   # "A second tranche of up to $250 million becomes available as Bitfarms hits
                                   # specific development milestones"
                                   r"(?:becomes?|will\s+become|would\s+become)\s+available\s+(?:as|when|once|upon|"
                                   r"after|if|only)|"
                                   # "$15 million to be advanced soon after closing, $20 million one to two months
                                   # later, and a further $15 million once conditions are met"
                                   r"(?:months?|weeks?)\s+later\b|once\s+(?:certain\s+|the\s+|its\s+)?"
                                   r"(?:conditions|milestones|targets)\b|"
                                   r"can\s+(?:later\s+)?be\s+(?:requested|drawn|borrowed|called))\b", re.I)
# "it can take the remaining $15 million in increments of $500,000 until the end of the year": headroom, no draw
_MAY_DRAW_THE_REST_BEFORE = re.compile(r"\b(?:can|may|could|is able to)\s+(?:still\s+)?(?:take|draw|borrow|request|tap)"
                                       r"\s+(?:down\s+)?(?:the\s+)?(?:remaining|rest\s+of\s+the|balance\s+of\s+the|"
                                       r"other)\s+(?:US|USD\s?)?$", re.I)
# "we expect to pay down roughly 7 million of debt": a plan, not a repayment
_PLANNED_REPAYMENT_BEFORE = re.compile(r"\b(?:(?:expects?|expected|plans?|planned|intends?|intended|aims?|hopes?|"
                                       r"targets?)\s+to|will|would|could|may|might)\s+"
                                       r"(?:pay\s+down|pay\s+off|pay\s+back|repay|prepay|retire|cut|reduce)\s+"
                                       r"(?:(?:its|our|the)\s+debt\s+by\s+)?"
                                       r"(?:about|approximately|roughly|some|nearly|another|a\s+further|up\s+to)?\s*"
                                       r"(?:US|USD\s?)?$|"
                                       # a schedule: "requires monthly principal amortization of approximately $2.2 million"
                                       r"\b(?:requires?|required|calls?\s+for)\s+(?:\w+\s+){0,3}(?:amorti[sz]ation|instal+ments?|"
                                       r"payments?)\s+of\s+(?:about\s+|approximately\s+|roughly\s+)?(?:US|USD\s?)?$", re.I)
_AFTER_PERIOD_OPENER = re.compile(r"\W{0,3}(?:After|Since)\s+the\s+(?:quarter|period|month|year)(?:\s+|-)"
                                  r"(?:closed|ended|end)\b|"
                                  r"\W{0,3}Subsequent\s+to\s+(?:the\s+)?(?:quarter|period|year)[\s-]end\b", re.I)
_LENDER_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}"
                                r"(?:lender|bank|lending\s+(?:arm|firm|platform))\b[^,;]{0,90},")
# "Coinbase Prime had extended a new $100 million line"
_LINE_RIGHT_AFTER = re.compile(_SCALE_THEN + r"(?:[\w-]+\s+){0,2}?"
                               r"(?:facility|credit line|line of credit|revolver|line)\b", re.I)
# (or a margin call: "Marathon had to deliver 1,669 additional BTC to support the $50 million drawn on the revolver ...,
# which brought its collateral to 9,490 bitcoin")
_AND_PLEDGED = re.compile(r"\band\s+(?:also\s+)?(?:pledged|posted|deposited)\b|"
                          r"\b(?:had|was forced|were forced)\s+to\s+(?:deliver|post|pledge|hand over)\b", re.I)
_SUPPORTS_BEFORE = re.compile(r"\bto\s+(?:support|back|secure|cover)\s+(?:the|its)\s+(?:[\w$.,-]+\s+){0,8}?"
                              r"(?:and\s+(?:its|the)\s+)?(?:US)?$", re.I)
_PROMISED_TO_LEND = re.compile(r"\b(?:agreed|agrees|committed|commits|commitments?)\s+to\s+\w+$", re.I)
_MORE_MONEY_AFTER_VERB = re.compile(r"\s+(?:another|a further|an additional|a second|a new)\s+"
                                    r"(?:(?:[\w-]+\s+)?(?:loan|facility)\s+of\s+)?(?:US|USD\s?)?\$", re.I)
_FINANCING_AFTER_VERB = re.compile(CLAUSE_CHAR + r"{0,80}?\b(?:financing|loans?|credit)\b", re.I)
_THE_MINER = re.compile(r"\s+(?:to\s+)?(?:the|this)\s+(?:[\w-]+\s+)?(?:miner|company|firm|borrower)\b")
_CUSTOMERS = re.compile(r"\b(?:customers?|clients?|buyers?|purchasers?)\b", re.I)  # "Customers advanced $25 million"
# "a $35 million loan to", "a $100 million credit line, secured by bitcoin, for the Canadian listed miner"
_LOAN_TO = re.compile(r"\b(?:loan|facility|financing|credit line|line of credit|debt)\b"
                      # "a loan of $150 million to"
                      r"(?:\s+of\s+(?:up\s+to\s+)?(?:US\$|USD\s?|\$)\s?[\d.,]+\s*(?:million|billion|m|bn)?)?"
                      r"(?:,[^,.;$]{0,40},)?\s+(?:to|for)\s+"
                      r"(?:(?:the|its)\s+)?(?:[\w-]+\s+){0,4}$", re.I)
# "NYDIG was owed approximately $76 million by Greenidge"
_AMOUNT_BY = re.compile(r"\s*(?:about |approximately |roughly |some |nearly |more than )?(?:US|USD\s?)?\$\s?[\d.,]+\s*"
                        r"(?:million|billion|m|bn|M)?\s+(?:(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:loans?|debt)\s+)?by\s+",
                        re.I)
# "NYDIG advanced $18.6 million to Stronghold Equipment"
_AMOUNT_TO = re.compile(r"\s*(?:an? (?:additional |further )?|another |up to |as much as )?(?:US|"
                        r"USD\s?)?\$?\s?[\d.,]+\s*"
                        r"(?:million|billion|m|bn|M)?"
                        r"(?:\s+USD)?\s+to\s+", re.I)


def _own_lender(sent: Sent, lo: int, hi: int) -> str | None:
    """The lender named right after a figure, in its own clause: 'a $100 million line with Two Prime'."""
    m = next((m for m in sent.mentions if lo <= m.start < hi and m.company is None), None)
    return m.name if m is not None and _WITH_LENDER_BEFORE.search(sent.text, max(lo, m.start - 40), m.start) else None


_WITH_LENDER_BEFORE = re.compile(r"\b(?:with|from)\s+$")


def _lender(ctx: DocContext, sent: Sent) -> str | None:
    for m in sent.mentions:
        if m.company is None:
            return m.name
    m = loan.LENDER.search(sent.text)
    if m and (ctx.issuer is None or ctx.issuer.canonical not in m.group("name")):
        name = m.group("name").strip(" .,")
        if name.split()[0] not in ("The", "Its", "Bitcoin", "BTC", "Q1", "Q2", "Q3", "Q4") and not re.search(
                NUMBER, name):
            return name
    return None


# -- tables and "label: value" lines ------------------------------------------------------------------

_CELL_QUALIFIER = r"(?:(?i:approximately|approx\.|about|roughly|around|nearly|some|over|more than|~)\s*)?"
# (a change in brackets after the cell's figure and unit is no percentage cell: "5.5 EH/s (up 8% from October 2022)")
_CELL_SKIP = re.compile(r"^(?!\s*\d[\d,.]*\s*(?:EH/s|PH/s|BTC|bitcoins?)\s*\([^)$]*\)\s*$)"
                        r"(?:.*%|.*\$|\W*$|(?:n/?[ad]|N/?[AD]|-|—|–)$)")
# a count of other things in a cell: "- 816 NVIDIA H100 GPUs" beside "- 222 Bitcoin mined in July"
_OTHER_THINGS_AFTER = re.compile(r"\s+(?!(?i:BTC|bitcoins?|coins|[EPT]H(?:/?s)?|exahash\w*|petahash\w*|million|"
                                 r"billion|thousand|k|m|mn|bn|XBT)\b)[A-Z][A-Za-z]+")
_HASH_LABEL = re.compile(r"hash\s?rate|EH/s|PH/s|exahash", re.I)
_CHANGE_HEADER = re.compile(r"\W*(?:change|chg\b|Δ|var\b|variance|difference|diff\b|increase|decrease)", re.I)
_VERSUS_CELL = re.compile(r"\W*(?:vs\.?|versus|change\s+(?:from|since|vs\.?)|chg\.?\s+(?:from|vs\.?)|from)\s", re.I)
# a column named by its kind alone, under a caption in exahashes: "Figures in EH/s." over "| Operational (Dec 31) |"
_KIND_ONLY_HEADER = re.compile(r"\W*(?:(?:stated|company|current|latest|revised|official|year-end)\s+)?"
                               r"(?:operational|operating|energi[sz]ed|installed|deployed|target|realized)\b", re.I)


_FIGURE_CELL = re.compile(r"(?:(?:about|approximately|roughly|more than|over|nearly)\s+)?[$]?\d[\d,]*(?:\.\d+)?"
                          r"(?:\s*(?:BTC|bitcoin|EH/s|PH/s))?\s*$", re.I)
_AS_OF_CELL = re.compile(r"(?:as of|as at|at)\s+\S.*|latest\s+(?:disclosure|report|filing)|n/?a|[-—–]", re.I)
_METRIC_CAPTION = re.compile(r"\b(?:BTC|bitcoin|hash\s?rate|EH/s)\b", re.I)


_METRIC_NAMES = {btc_mined: "Bitcoin mined", btc_sold: "Bitcoin sold", btc_held: "Bitcoin held"}


_SPAN_IN_LABEL = re.compile(r"\b(?:for the |in the |over the |\()?(?P<unit>quarter|month)\b", re.I)


def _span_named_in(label: str, end: dt.date) -> dt.date | None:
    """'| Average operating hashrate (quarter) |' under a column dated '31 Dec 2024': the quarter that day ends."""
    m = _SPAN_IN_LABEL.search(label)
    if m is None or end.day < 28:
        return None
    return P.quarter_by_end(end.year, end.month)[0] if m.group("unit").lower() == "quarter" else end.replace(day=1)


def table_candidates(ctx: DocContext, rows: list[Sent]) -> list[Candidate]:
    """A table: header cells give periods (or fact types, for a table of companies); rows give labels and values."""
    if not rows:
        return []
    outer = all(r.text.lstrip().startswith("|") for r in rows), all(r.text.rstrip().endswith("|") for r in rows)
    cells = [_cells(r.text, *outer) for r in rows]
    above = ctx.text[ctx.text.rfind("\n", 0, max(0, rows[0].start - 1)) + 1:rows[0].start - 1] \
        if rows[0].start > 0 and ctx.text[rows[0].start - 1] == "\n" else ""
    if len(rows) > 2 and not any("|" in r.text for r in rows[:2]) and above[:1].isspace() and "|" not in above \
            and len(cells[0]) == len(cells[1]) >= 2 and all(_YEAR_CELL.match(c) for c in cells[1] if c.strip()) \
            and (header := _three_line_header(above, rows[0].text, rows[1].text)) is not None:
        # "Three months ended      Six months ended" over "Sep 30,     Sep 30, ..." over "2022        2021 ...": one
        # header, each column its upper cell, its day and its year
        cells = [header] + cells[2:]
        rows = [rows[0]] + rows[2:]
    if len(rows) > 2 and "|" not in rows[0].text and rows[0].text[:1].isspace() and rows[1].text[:1].isspace() \
            and 1 < len(cells[1]) < len(cells[0]) and not any(_ALIGNED_VALUE.fullmatch(c) for c in cells[1]) \
            and (under := _cells_under(rows[0].text, rows[1].text)) is not None:
        # "  Company   BTC mined   BTC mined   Change   BTC held" over "            Mar 2024    Mar 2025             Mar
        # 31, 2025": the second line fills some columns only, each under the cell it starts beneath
        cells[1] = under
    if len(rows) > 1 and above[:1].isspace() and "|" not in above and rows[0].text[:1].isspace() \
            and (years := [c for c in cells[0] if _YEAR_CELL.match(c)]) and len(years) >= 2 \
            and all(_YEAR_CELL.match(c) or _CHANGE_CELL.fullmatch(c.strip()) for c in cells[0]) \
            and len(months := _ALIGNED_SPLIT.split(above.strip())) == len(years) \
            and all(_MONTH_ONLY_CELL.fullmatch(m) for m in months):
        # "September    September" over "2022    2021    Change": each month over its year
        it = iter(months)
        cells[0] = [f"{next(it)} {c.strip()}" if _YEAR_CELL.match(c) else c for c in cells[0]]
    if len(rows) > 2 and "|" not in rows[0].text and rows[0].text[:1].isspace() and rows[1].text[:1].isspace() \
            and len(cells[0]) == len(cells[1]) and (not any(_ALIGNED_VALUE.fullmatch(c) for c in cells[1])
                                                    or all(_YEAR_CELL.match(c) for c in cells[1])):
        # a space-aligned header on two lines ('9 months to' over '31 March 2024'): one header, its cells joined, but
        # a period on the second line over a relative one on the first ('Prior month' over 'January 2024') is its own
        cells = [[_stacked_header(ctx, a, b) for a, b in zip(cells[0], cells[1], strict=True)]] + cells[2:]
        rows = [rows[0]] + rows[2:]
    if len(rows) > 2 and "|" in rows[0].text and "|" in rows[1].text and len(cells[0]) == len(cells[1]) >= 3 \
            and not cells[0][0].strip() and not cells[1][0].strip() \
            and all(_ENDED_ABOVE.fullmatch(c.strip()) for c in cells[0][1:]) \
            and all(_first_period(ctx, c) for c in cells[1][1:]):
        # a pipe header on two lines: "| Year Ended | Six Months Ended" over "| Dec. 31, 2024 | Dec. 31, 2023 (1)"
        cells = [[_stacked_header(ctx, a, b) for a, b in zip(cells[0], cells[1], strict=True)]] + cells[2:]
        rows = [rows[0]] + rows[2:]
    if len(rows) > 2 and "|" not in rows[0].text and rows[0].text[:1].isspace() and rows[1].text[:1].isspace() \
            and 1 <= len(cells[0]) < len(cells[1]) and not any(_ALIGNED_VALUE.fullmatch(c) for c in cells[1]) \
            and (spanned := _spanning_header(rows[0].text, rows[1].text)) is not None:
        # "Three months ended June 30, 2024   Six months ended June 30, 2024" over "Number of BTC   Fair value   Number
        # of BTC   Fair value": each upper cell heads the columns that start beneath it
        cells = [spanned] + cells[2:]
        rows = [rows[0]] + rows[2:]
    if "|" not in rows[0].text and len(cells) > 1 and len(cells[0]) < len(cells[1]):
        cells[0] = [""] * (len(cells[1]) - len(cells[0])) + cells[0]  # a space-aligned header over the figures only
    elif "|" not in rows[0].text and len(cells) > 2 and 2 <= len(cells[1]) == len(cells[0]) \
            and max(len(c) for c in cells[1:]) == len(cells[0]) + 1 and "\t" not in rows[0].text.strip(" ") \
            and all(_ALIGNED_VALUE.fullmatch(c) for row in cells[1:] for c in row[1:]):
        # a first row with blank trailing cells ("Installed hashrate, month end (EH/s)   50.0" under "Jun-25   May-25"):
        # the header stands over the figures only, and each short row's figure goes to the column it stands under
        width = len(cells[0]) + 1
        cells[1:] = [_placed_under(rows[0].text, r.text, row, width) if len(row) < width and "|" not in r.text else row
                     for r, row in zip(rows[1:], cells[1:], strict=True)]
        cells[0] = [""] + cells[0]
    elif len(cells) > 1 and len(cells[0]) + 1 == len(cells[1]) == len(cells[-1]) \
            and _first_period(ctx, cells[0][0]) is not None and not _first_period(ctx, cells[1][0]):
        # "December 2023 | November 2023 | Change" over "BTC produced | 1,853 | 1,187 | +56%"
        cells[0] = [""] + cells[0]
    if len(cells) > 1 and rows[0].text.lstrip().startswith("|") and not rows[1].text.lstrip().startswith("|") \
            and len(cells[0]) == len(cells[1]) + 1 and not cells[0][0].strip():
        cells[0] = cells[0][1:]  # "| | September 2022 | August 2022" over "BTC sold | 1,576 | 1,125": an outer bar
    figures = [c for c in cells[0][1:] if _FIGURE_CELL.match(c.strip())]
    if len(cells[0]) >= 2 and figures and all(_FIGURE_CELL.match(c.strip()) or _AS_OF_CELL.match(c.strip())
                                              for c in cells[0][1:]) \
            and any(m.company and m.start < 3 + len(rows[0].text) - len(rows[0].text.lstrip())
                    for m in rows[0].mentions) \
            and (caption := _table_title(ctx, rows[0])) \
            and (_METRIC_CAPTION.search(caption) or any(_METRIC_CAPTION.search(c) for c in figures)):
        # no header row, only a caption: "BTC held at Sept. 30, selected miners" over "MARA Holdings | 52,850", and
        # "Holdings as last reported by each company:" over "Riot Platforms | 17,722 BTC | as of Dec. 31, 2024"
        cells = [[""] + [caption if _FIGURE_CELL.match(c.strip()) else "As of" for c in cells[0][1:]]] + cells
        rows = [rows[0]] + rows
    elif len(cells) > 1 and len(cells[0]) == 2 and _METRIC_CAPTION.search(cells[0][0]) \
            and _FIGURE_CELL.match(cells[0][1].strip()) and not _YEAR_CELL.match(cells[0][1]) \
            and not _first_period(ctx, cells[0][1]):
        # no header row at all: "Bitcoin mined in November | 535" heads a list of "label | value" rows
        cells = [["", ""]] + cells
        rows = [rows[0]] + rows
    elif len(cells) > 2 and all(len(row) == 2 for row in cells) and _FIGURE_CELL.match(cells[0][1].strip()) \
            and not _YEAR_CELL.match(cells[0][1]) and all(_row_period(ctx, row) for row in cells[:3]) \
            and (caption := _table_title(ctx, rows[0])) \
            and (mod := _nearest_cue(caption)[0]) in BTC_MODULES:
        # rows of months with no header, under a caption that names the metric: "Year-to-date production by month,
        # per the company:" over "January | 199" (the caption's metric, in words the row reader knows)
        cells = [["", _METRIC_NAMES[mod]]] + cells
        rows = [rows[0]] + rows
    if len(cells) > 2 and len(spans := [h.strip() for h in cells[0][1:] if h.strip()]) >= 2 \
            and all(_SPAN_WITH_DAY.fullmatch(h) for h in spans) and len(cells[1]) > 1 \
            and all(_YEAR_CELL.match(c) for c in cells[1][1:]) and (len(cells[1]) - 1) % len(spans) == 0:
        # two header rows: "| Three Months Ended December 31, | Year Ended December 31," over "Metric | 2023 | 2022 |
        # 2023 | 2022": each span over its run of years
        k = (len(cells[1]) - 1) // len(spans)
        cells = [[cells[1][0]] + [f"{spans[n // k].rstrip(',')}, {y.strip()}" for n, y in enumerate(cells[1][1:])]] \
            + cells[2:]
        rows = [rows[0]] + rows[2:]
    header = cells[0]
    if not (header and _INSTRUMENT_HEADER.fullmatch(header[0].strip())) \
            and (by_month := _month_rows_by_year_columns(ctx, rows, cells)) is not None:
        return by_month  # (not "Agreement" over "NYDIG - March 2021 agreement": loans named by their month)
    title = _table_title(ctx, rows[0])
    col_periods = _column_periods(ctx, header, title)
    out: list[Candidate] = []
    # (not a change column's base: "BTC mined | Per day | vs June" under "Bitcoin produced in July 2025")
    table_period = _first_period(ctx, " ".join(h for h in header if not _VERSUS_CELL.match(h)))
    company_col = _company_column(rows, cells)
    lead = _paragraph_above(ctx, rows[0]) if company_col is not None and not title else ""
    col_companies = _column_companies(header)
    row_periods = [_row_period(ctx, row) for row in cells[1:]]
    # (a change column's base is no column period: "Quarter end | BTC held | Change vs prior quarter")
    by_rows = company_col is None and col_companies is None and sum(p is not None for p in row_periods) >= 2 \
        and not any(p for p, h in zip(col_periods[1:], header[1:], strict=False) if not _CHANGE_HEADER.match(h)) \
        and not all(label_module(row[0]) or _HASH_LABEL.search(row[0]) for row in cells[1:] if row and row[0])
    # (not "| Q3 2025 revenue | $252.4 million |" under "| Metric | MARA | RIOT |"; nor "| BTC mined, November 2022 | 164 |"
    # under "| Item | Value |", whose rows each name their metric and period)
    if company_col is None and (_LOAN_TABLE.search(f"{title} {' '.join(header)} {' '.join(row[0] for row in cells[1:])}")
                                or (header and _INSTRUMENT_HEADER.fullmatch(header[0].strip())
                                    and _LOAN_TABLE.search(_paragraph_above(ctx, rows[0], reach=300)))):
        # (and 'Agreement | Rate | ...' under "Greenidge has financed ... through agreements with NYDIG")
        out += _loan_rows(ctx, rows, cells, col_periods, table_period, title)
    labels = [x[0] for x in cells[1:] if x]
    as_of_col = next((j for j, h in enumerate(header) if j >= 2 and _PERIOD_COLUMN.fullmatch(h.strip())), None) \
        if company_col is None and col_companies is None and not any(col_periods[1:]) else None
    wrapped = ""  # a row that is only a label, its figures on the next line
    parent = ""  # a total's label, over its sub-rows ("| - from BitFuFu self-mining | 96 |")
    for i, (r, row, row_period) in enumerate(zip(rows[1:], cells[1:], row_periods, strict=False), start=1):
        if company_col is None and len(row) > 1 and not row[0] and any(row[1:]) \
                and all(_first_period(ctx, c) for c in row[1:] if c):
            # a second header inside the table ('| | Three months ended September 30, 2024 | ... |'): the rows under it
            # are of its columns
            header, col_periods = row, _column_periods(ctx, row, title)
            continue
        if company_col is None and wrapped and len(row) > 1 and row[0] and any(row[1:]) \
                and all(_first_period(ctx, c) for c in row[1:] if c) and not any(_ALIGNED_VALUE.fullmatch(c) for c in row[1:]):
            # a section of its own under a title row: "Galaxy Loan", then "$m | H1 2024", then "Balance at 1 January
            # 2024 | 23.5": the rows under it read with its title and columns
            title, header, col_periods = wrapped, row, _column_periods(ctx, row, wrapped)
            wrapped = ""
            continue
        subs = []
        if row and not _SUB_ROW.match(row[0]):
            for x in cells[i + 1:i + 4]:  # the run of sub-rows right under it
                if not (x and _SUB_ROW.match(x[0])):
                    break
                subs.append(x[0])
        if subs and any(_CUSTOMERS_SHARE.search(label) for label in subs):
            # "| Total BTC produced | 318 |" over "| - from BitFuFu self-mining | 96 |" and "| - by cloud-mining
            # customers | 222 |": the total is mostly others' coins; the sub-row of its own is the fact
            parent = row[0]
            continue
        if parent and not (row and _SUB_ROW.match(row[0])):
            parent = ""
        if parent and _CUSTOMERS_SHARE.search(row[0]):
            continue
        if row and _CUSTOMERS_COINS.search(row[0]):
            continue  # "Hosted customers' bitcoin earned | 66 | 90": the customers' coins, not the miner's
        if company_col is None and row and _is_part_row(row[0], labels):
            continue  # "Deployed Hash Rate – Rockdale(2)" beside "– Corsicana" and "– Total": one site's
        if company_col is None and row and _TOTAL_HASH_ROW.match(row[0]) \
                and any(_HOSTED_HASH_ROW.search(x) for x in labels):
            continue  # "Total Energized Hash rate" under "Hosting Energized Hash rate": the clients' machines in it
        if company_col is None and row and _SPLIT_HELD_ROW.match(row[0]) \
                and any(_TOTAL_HELD_ROW.match(x) for x in labels):
            continue  # "Unrestricted BTC holdings(1) | 7,815" beside "Total BTC holdings(1) | 12,232": a part of it
        if company_col is not None:
            out += _company_row(ctx, r, row, header, col_periods, table_period or _title_month(ctx, title), company_col,
                                title, lead)
        elif by_rows:
            if row_period is not None:
                for (cell, start), label in zip(_cell_offsets(r.text, row)[1:], header[1:], strict=False):
                    out += _metric_row(ctx, r, [label, cell], [None, row_period], offset=start)
        elif as_of_col is not None and as_of_col < len(row):
            # "| Metric | Value | As of / Period |" over "| BTC mined | 625 BTC | Jan-24 |": each row its own period
            period = _column_periods(ctx, ["", row[as_of_col]], "")[1]
            kept = [c for k, c in enumerate(row) if k != as_of_col]
            out += _metric_row(ctx, r, kept, [None] + [period] * (len(kept) - 1), title=title,
                               header=[h for k, h in enumerate(header) if k != as_of_col])
        else:
            # (a sub-row that names no unit of its own, "- from BitFuFu self-mining", reads with its total's label)
            prefix = wrapped or (parent if row and not _NAMES_UNIT.search(row[0]) else "")
            out += _metric_row(ctx, r, row, col_periods, title=title, header=header, label_prefix=prefix,
                               col_companies=col_companies, between=_between_balances(ctx, cells, i))
        wrapped = row[0] if len(row) == 1 and "|" not in r.text else ""
    return out


# a row of one part of a metric: "Deployed Hash Rate – Rockdale(2)", "Bitcoin Self-Mined – Lake Mariner"
_PART_LABEL = re.compile(r"^\W{0,3}(?P<metric>[A-Za-z][^–—|]{2,60}?)\s+[–—-]\s+(?P<part>[^–—|]{2,40}?)\s*"
                         r"(?:\(\d[\d,]*\)|\d)?\s*$")
_WHOLE_PART = re.compile(r"^(?:total|consolidated|company|combined|overall|all sites|self[- ]mining|proprietary|"
                         r"owned)\b", re.I)


def _is_part_row(label: str, labels: list[str]) -> bool:
    """A row for one part (a site) of a metric that other rows split by part too: 'Avg. Operating Hash Rate –
    Rockdale(4)' beside '– Corsicana(4)' and '– Total(4)'. The total's row, or a label without parts, is no part."""
    m = _PART_LABEL.match(label)
    if m is None or _WHOLE_PART.match(m.group("part")):
        return False
    metric = m.group("metric").strip().lower()
    return any((o := _PART_LABEL.match(x)) is not None and o.group("metric").strip().lower() == metric
               and o.group("part") != m.group("part") for x in labels)


# ("Average operating hashrate, June (EH/s)" under "FY24 | FY23": each year's June)
_LABEL_MONTH = re.compile(rf"(?:\b(?:in|for|during)\s+|,\s+)({MONTH_NAME})\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s+\d)")
_OPENING_ROW = re.compile(r"\b(?:beginning|opening|starting)\s+(?:bitcoin\s+|BTC\s+)?balance\b", re.I)
_SUB_ROW = re.compile(r"\s*(?:[-–•]\s|of which\b|from\b|by\b)", re.I)
_ROLL_BALANCE_ROW = re.compile(r"\W{0,3}(?:(?:opening|closing|ending|beginning)\s+)?balance\s+"
                               r"(?:as\s+of|as\s+at|at|on)\b", re.I)


_MINED_INTO_BALANCE = re.compile(r"\W{0,3}(?:revenue\s+recogni[sz]ed\s+from\s+)?(?:bitcoin|BTC)\s+(?:mined|produced)\W*$", re.I)


_SOLD_OUT_OF_BALANCE = re.compile(r"\W{0,3}(?:(?:proceeds|cash)\s+from\s+(?:the\s+)?)?(?:sales?|disposals?|dispositions?)\s+"
                                  r"of\s+(?:bitcoin|BTC)\W*$|\W{0,3}(?:bitcoin|BTC)\s+sold\W*$", re.I)


# (under a spanning header: "Three months ended June 30, 2024 Fair value")
_DOLLAR_COLUMN_TAIL = re.compile(r"\s(?:(?:fair|carrying|market)\s+)?(?:amounts?|values?|cost|USD|US\$|\$)$", re.I)
_METRIC_HEADER = re.compile(r"(?:key\s+|operating\s+)?(?:metrics?|items?|KPIs?|measures?|indicators?)", re.I)
_BARE_VALUE_HEADER = re.compile(r"values?|amounts?", re.I)
_DOLLAR_COLUMN = re.compile(r"(?:(?:fair|carrying|market)\s+)?(?:amounts?|values?|cost|USD|US\$|\$)(?:\s*\((?:in\s+)?"
                            r"(?:thousands|millions|USD|US\$|\$)[^)]*\))?", re.I)


def _between_balances(ctx: DocContext, cells: list[list[str]], i: int) -> P.Period | None:
    """A roll-forward's flow row ("| Revenue recognized from Bitcoin mined | 3,312 |" between "| Balance as of
    January 1, 2024 | 7,362 |" and "| Balance as of September 30, 2024 | 10,427 |"): the span between the balances."""
    if not cells[i] or _ROLL_BALANCE_ROW.match(cells[i][0]):
        return None
    opening = next((row for row in reversed(cells[1:i]) if row and _ROLL_BALANCE_ROW.match(row[0])), None)
    closing = next((row for row in cells[i + 1:] if row and _ROLL_BALANCE_ROW.match(row[0])), None)
    if opening is None or closing is None:
        return None
    a, b = _first_period(ctx, opening[0]), _first_period(ctx, closing[0])
    if a is None or b is None or a.kind != "date" or b.kind != "date" or not a.end < b.end:
        return None
    # (a balance at a month's last day closes that day: the span starts the day after; "January 1" opens it)
    start = a.end if a.end.day == 1 else a.end + dt.timedelta(days=1)
    return dataclasses.replace(b, start=start, kind="span")


_OTHER_COIN_HEADER = re.compile(r"\b(?:ETH|ETC|LTC|DOGE|KAS|ZEC|XMR|ALEO|BCH|Ether|Ethereum|Litecoin|Dogecoin|Kaspa)\b")
_NAMES_UNIT = re.compile(r"BTC|bitcoin|hash|EH/s|PH/s", re.I)
# "| Bitcoin hash rate (incl. hosting) | approx. 3.95 EH/s |": clients' machines counted in
# (and "Hash rate under hosting (EH/s)")
_WITH_HOSTED_LABEL = re.compile(r"\b(?:incl\.?|including|includes|with)\s+(?:hosting|hosted|clients?['’]?|customers?['’]?)|"
                                r"\bunder\s+hosting\b|^\W*(?:general\s+|third-party\s+)?hosting\b", re.I)
# a segment table's columns: "| | Self-mining | Hosting | Total |": only the self-mining column is the company's fleet
_OWN_SEGMENT_HEADER = re.compile(r"\bself[- ]mining\b|\bproprietary\b|\bcompany[- ]owned\b", re.I)
_OTHERS_SEGMENT_HEADER = re.compile(r"\b(?:hosting|hosted|customers?|clients?|co-?location|total|combined|under\s+management)\b",
                                    re.I)
_CHANGE_LEAD_HEADER = re.compile(r"(?:%\s*)?(?:change|chg\.?|Δ|delta|difference|variance|var\.)(?:\s|$)", re.I)
_HASH_UNIT_IN_CELL = re.compile(r"\s?(?:[EPT]H/s|[EPT]h/s|exahash|petahash|terahash)\b", re.I)
_UNIT_IN_CELL = re.compile(r"\d\s*(?:BTC|bitcoins?|[EPT]H/s)\b", re.I)
# (and "Bitcoin produced for cloud-mining customers (BTC)")
_CUSTOMERS_COINS = re.compile(r"\b(?:customers?|clients?)['’]?\s+(?:bitcoin|BTC)\b|"
                              r"\bfor\s+(?:[\w-]+\s+){0,2}(?:customers?|clients?)\b", re.I)
_CUSTOMERS_SHARE = re.compile(r"\b(?:customers?|clients?|cloud|hosted|third[- ]part(?:y|ies))\b", re.I)


_TOTAL_HASH_ROW = re.compile(r"\W{0,3}total\b[^|\t]{0,40}\bhash\s?rate", re.I)
_HOSTED_HASH_ROW = re.compile(r"\b(?:hosting|hosted|colocation|co-location|customers?['’]?)\b[^|\t]{0,40}\bhash\s?rate",
                              re.I)
_SPLIT_HELD_ROW = re.compile(r"\W{0,3}(?:un)?(?:restricted|encumbered|pledged)\s+(?:bitcoin|BTC)\s+"
                             r"(?:holdings|held|balance)\b", re.I)
_TOTAL_HELD_ROW = re.compile(r"\W{0,3}total\s+(?:bitcoin|BTC)\s+(?:holdings|held|balance)\b", re.I)


def _column_companies(header: list[str]) -> list | None:
    """The company each column is about, when two or more header cells are registry names alone:
    '| June 2025 | IREN | CleanSpark |'."""
    found = []
    for cell in header:
        names = [m for m in default_finder().find(cell) if m.company is not None]
        rest = cell
        for m in names:
            rest = rest.replace(m.name, "")
        # (a name and its ticker are one company: 'Marathon Digital (MARA)')
        alone = len({m.company.canonical for m in names}) == 1 and len(re.sub(r"[\W_]+", "", rest)) <= 6
        found.append(names[0].company if alone else None)
    return found if len({c.canonical for c in found if c is not None}) >= 2 else None


def _stacked_header(ctx: DocContext, above: str, below: str) -> str:
    """One header cell written on two lines: '9 months to' over '31 March 2024', 'Aug. 31,' over '2024'; but a
    period under a relative one ('Prior month' over 'January 2024') is the column's own."""
    top = _first_period(ctx, above)
    if top and _first_period(ctx, below) and not (_YEAR_CELL.match(below) and not top.has_year):
        return below
    if _SPAN_ABOVE.fullmatch(above.strip()) and _first_period(ctx, below):
        return f"{above} ended {below}"  # 'One Month' over 'Sep 30, 2024': the month ended September 30
    return f"{above} {below}"


_ENDED_ABOVE = re.compile(rf"(?:(?:fiscal\s+)?(?:year|quarter|period)|{P.N_MONTHS}|three\s+months)\s+ended", re.I)
_SPAN_ABOVE = re.compile(rf"(?:one\s+|1\s+)?(?:month|quarter|year)|{P.N_MONTHS}", re.I)


# A table of debt: its title, header or a row label names loans ('Equipment financing outstanding (in thousands)')
_LOAN_TABLE = re.compile(r"\b(?:loans?|financing|finance agreements?|(?:balances?|amounts?)\s+outstanding\s+under|"
                         r"facilit(?:y|ies)|borrowings?|principal|"
                         r"credit (?:line|facility)|"
                         r"mortgages?|"
                         r"(?<!net )debt)\b",
                         re.I)
# A row that names a loan in its label; in a table whose title names loans, also a total of loans, a dated
# balance ('Balance as of June 30, 2025') or a lender's name with its corporate suffix ('NYDIG ABL LLC')
_LOAN_ROW = re.compile(r"\b(?:loans?|financings?|facilit(?:y|ies)|borrowings|principal|credit line|line of credit|"
                       r"MEFA|advances?|notes?|credit agreements?|mortgages?|(?<!net )debt)\b", re.I)  # ("Galaxy Debt")
_TOTAL_ROW = re.compile(r"Total(?:\s+(?:equipment\s+|term\s+|secured\s+)?(?:loans?|financing|borrowings|principal|"
                        r"credit facilit(?:y|ies)|facilities))?\W*", re.I)
_BALANCE_ROW = re.compile(r"Balance,?\s+(?:as of|at|on)\s", re.I)
_CORPORATE = r"LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|LP"
_LENDER_ROW = re.compile(rf"^[A-Z][\w&.,' -]{{1,60}}?\b(?:{_CORPORATE}|N\.A\.|plc)\W*$")
_LENDER_HEADER = re.compile(r"(?:Lenders?|Creditors?|Counterpart(?:y|ies))\W*", re.I)
_LENDER_SUFFIX = re.compile(rf",?\s+(?:{_CORPORATE})\W*$")  # "NYDIG ABL LLC" names the lender "NYDIG ABL"
# Adjustments, flows and other rows of a debt table that are no balance
_NOT_LOAN_ROW = re.compile(r"\b(?:sale|purchase|acquisition|disposal|"
                           r"less|net(?: of)?|(?:non-?)?current|discounts?|issuance|costs?|interest|coupons?|est|fees?|"
                           r"repayments?|payments?|additions?|drawdowns?|proceeds|amorti[sz]ation|accret\w*|leases?|"
                           # (but "Senior secured loan (NYDIG)" is a loan)
                           r"convertible|senior(?!\s+secured\s+(?:term\s+)?(?:loans?|credit|facility))|exchangeable|"
                           r"notes?\s+payable|(?:19|20)\d\d\s+notes|payable|"
                           r"secured\s+notes|"  # (a plan's "Secured Notes", handed to creditors: securities)
                           # debt of no mining: "Auto & equipment loans", "Mortgage - Corporate Facility", "$6,900,000
                           # insurance premium financing agreement"
                           r"auto|vehicles?|insurance\s+premium|premium\s+financ\w*|"
                           r"corporate\s+(?:office|facility|headquarters)|"
                           # (but "Galaxy bitcoin-backed facility" and "Miner equipment note - Bitmain" are loans)
                           r"accrued|fair value|maturity|rates?|cash|hash\w*|"
                           r"(?:bitcoin|BTC)(?![\s-]+(?:backed|collaterali[sz]ed|secured))|"
                           r"revenue|equity|shares?|warrants?|collateral|available|"
                           r"miners?(?!\s+(?:equipment\s+)?(?:notes?|loans?|financing))|undrawn|unused|commitments?|"
                           r"net\s+debt|debt\s+(?:reduction|repaid|repayments?|issuance|costs?)|assets|liabilit\w*|"
                           r"expenses?|operating|receivables?|loaned|lent|working capital|"
                           # (but "Original DIP credit agreement | ... | 35,547" is the first of two loans)
                           r"paid-in|original(?!\s+(?:DIP\s+)?(?:credit|loan|term|facility|revolv))|beginning)\b|%",
                           re.I)
_INSTRUMENT_HEADER = re.compile(r"(?:Notes?|Loans?|Instruments?|Agreements?|Facilit(?:y|ies)|Borrowings?)", re.I)
_NAMED_BY_ITS_DATE = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,3}"
                                r"(?:notes?|loans?|facility|agreement|debentures?)\b")
# "Equipment financing A (March 2021)" over columns of balance dates: the loan's name, not the balance's date
_LOAN_NAME_DATED = re.compile(r"\b(?:financing|loans?|notes?|facility|agreement|advance)(?:\s+[A-Z0-9]{1,2})?\s*"
                              r"\(\s*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\s*\)")
# "NYDIG equipment financing - May 2021 agreement": the agreement's name, not the balance's date
_DATED_NAME_AFTER = re.compile(r"[-–(]\s*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}"
                               r"(?:notes?|loans?|facility|agreement)\b")
_SECURITY_IN_LABEL = re.compile(r"\b(?:convertible|exchangeable|debentures?)\b", re.I)
# A lender's own book or a roll-forward of coins: no debt of the miner's
_NOT_DEBT_TABLE = re.compile(r"\b(?:receivables?|loan book|portfolio|loans to|lending book|digital assets?|"
                             r"roll-?forward)\b|"
                             # "Scheduled principal repayments ..., by fiscal year": what falls due, not what is owed
                             r"\b(?:scheduled|future|remaining|expected)\s+(?:principal\s+)?(?:re)?payments\b|"
                             r"\b(?:repayment|payment|maturity|amortization|amortisation)\s+schedule\b|"
                             r"\bmaturities\s+of\b|\b(?:by|per)\s+(?:fiscal\s+)?year\s+of\s+maturity\b|"
                             # "Debt maturities as of December 31, 2025", "Contractual obligations", "Payments due by period"
                             r"\b(?:debt|loan|principal|scheduled)\s+maturities\b|\bcontractual\s+obligations\b|"
                             r"\bpayments\s+due\s+by\s+period\b", re.I)
# Amounts in another currency than the contract's USD
_FOREIGN = re.compile(r"\bRMB\b|\bC\$|\bCA\$|\bCAD\b|\bA\$|\bAUD\b|£|€|\bHK\$|¥|\bCNY\b|\bGBP\b|\bEUR\b")
# A column that is no amount owed: 'Maturity', 'Rate', 'Lender'
# (and a balance's parts: "Agreement | Current portion | Long-term | Total", whose total is the balance)
_NOT_LOAN_COLUMN = re.compile(r"\b(?:maturity|maturities|matures|rate|interest|lender|borrower|collateral|due|term|change|"
                              r"size|commitments?|undrawn|available|original|limit|capacity|current|long-term|"
                              r"non-?current|notes|convertibles?|bonds)\b|%", re.I)
# 'Drawn balance (US$m)' over rows that name the borrowing vehicle ('Non-Recourse SPV 1'); a roundup's 'Loans & credit
# lines' beside 'BTC held'
_LOAN_COLUMN = re.compile(r"\b(?:drawn|principal|outstanding|balance|borrowed|loans|credit\s+lines|borrowings)\b", re.I)
_THOUSANDS = re.compile(r"\bin (?:(?:US|USD)?\s?\$?\s?)?thousands\b|\$\s?(?:in\s)?000s?\b|['’]000s?\b|\(\$?000s?\)|"
                        r"\(\$K\)", re.I)
_MILLIONS = re.compile(r"\bin millions\b|(?:US|C|A)?\$\s?(?:m|mn|M|millions?)\b|\(\s?(?:US|C|A)?\$\s?(?:m|mn|M)\s?\)|"
                       r"\b(?:US|C|A)?\$\s?millions\b", re.I)


def _unit_scale(text: str) -> float | None:
    """The multiplier a table's unit names: '(in thousands)' 1,000, '(US$m)' 1,000,000; None when it names none."""
    return 1e3 if _THOUSANDS.search(text) else 1e6 if _MILLIONS.search(text) else None


_EXCEPT_BTC = re.compile(r"\bexcept(?:\s+for)?\s+(?:bitcoin|BTC)", re.I)
# a loan row's terms, which name no other kind of row: "at 10.00% interest", ", maturing June 2023", "(balance equals
# the amount advanced)"
_LOAN_TERMS = re.compile(r"\b(?:at|bearing(?:\s+interest\s+at)?)\s+\d+(?:\.\d+)?%\s*(?:interest|per annum|annual "
                         r"interest)?|\b\d+(?:\.\d+)?%\s+interest\b|,?\s*\b(?:maturing|matures|due)\b[^|,;()]*|"
                         # "$40,000,000 WhiteHawk equipment loan, 10.00%, due June 2023", "term loan, SOFR plus 10.00%,"
                         r",\s*(?:(?:SOFR|LIBOR|prime)\s+(?:plus|\+)\s+)?\d+(?:\.\d+)?%(?=\s*(?:,|$))|"
                         r"\((?![^)]*(?:\$|\bUS|\bUSD|thousand|million|\bm\b|€|£))[^)]*\)", re.I)
_MATURITY = re.compile(r"\b(?:maturing|matures|maturity|due|repayable)\b[^|,;]{0,40}", re.I)
_MONEY_CELL = re.compile(r"^(?:US|C|A)?\$?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                         r"(?P<scale>M|m|mn|million|bn|B|billion)?"  # "$286.7M", "$72.5m" in a roundup's table
                         r"(?:\[[A-Za-z\d]{1,2}\]|\([a-z\d]\)|[*†‡])*$")  # "$ 17,639,433 [A]": a note's mark
_CELL_SCALE = {"M": 1e6, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "B": 1e9, "billion": 1e9}


def _money_cell_value(m: re.Match, unit_text: str, fallback: float) -> float:
    """A _MONEY_CELL's amount, scaled by its own suffix ('$286.7M'), else by the unit the labels name, else `fallback`."""
    return (parse_number(m.group("num")) or 0) * (_CELL_SCALE.get(m.group("scale") or "") or _unit_scale(unit_text)
                                                  or fallback)


def _loan_rows(ctx: DocContext, rows: list[Sent], cells: list[list[str]], col_periods: list,
               table_period: P.Period | None, title: str) -> list[Candidate]:
    """A debt table's balances, each an outstanding loan at its column's date:

        Equipment financing outstanding at December 31, 2021 (in thousands)
          Lender                              Principal outstanding
          BlockFi Lending LLC                 $ 79,412
          Total equipment financing           $177,193

    Amounts scale by the unit the row, the column, the title or the sentence before the table names ('($m)', 'in
    thousands'); a bare amount under 100,000 with no unit is left alone, as are adjustments ('Less: current
    portion'), flows ('Repayments') and rows of a table that is not about debt."""
    header = cells[0]
    if sized := _facility_size_rows(ctx, rows, cells, title):
        return sized
    before = _paragraph_above(ctx, rows[0], reach=300)

    above = f"{title} {before} {header[0] if header else ''}"
    if _NOT_DEBT_TABLE.search(above) or _FOREIGN.search(f"{above} {' '.join(header)}"):
        return []
    titled = bool(_LOAN_TABLE.search(above))  # the table itself is about loans, not a balance sheet with one row
    # '  Lender    Outstanding principal' over '  NYDIG    $ 78.4 million': each row a lender's balance
    by_lender = bool(header) and _LENDER_HEADER.fullmatch(header[0].strip()) is not None \
        and any(_LOAN_COLUMN.search(h) for h in header[1:])
    titled = titled or by_lender
    context_period = table_period or _first_period(ctx, title) or _first_period(ctx, before)
    # (or the filing's own statement: "Dollar amounts in this note are in thousands.")
    table_scale = _unit_scale(f"{title} {before}") or (1e3 if ctx.dollars_in_thousands else 1.0)
    # a column of the instruments' names ('Note | Loan date | Maturity | ...' over 'A | December 2020 | ...')
    instrument_rows = bool(header) and _INSTRUMENT_HEADER.fullmatch(header[0].strip()) is not None
    securities = False  # a row of notes sold to investors, which a "Total debt" row sums with the loans
    out: list[Candidate] = []
    for r, row in zip(rows[1:], cells[1:], strict=False):
        label = clean_label(row[0])
        if _LOAN_ROW.search(label):
            label = _LOAN_TERMS.sub(" ", label)  # "$40,000,000 loan at 10.00% interest, maturing June 2023": a loan
        lender_row = titled and (by_lender or bool(_LENDER_ROW.match(label))) and not _TOTAL_ROW.fullmatch(label)
        if _NOT_LOAN_ROW.search(label) or _FOREIGN.search(label) or _SECURITY_IN_LABEL.search(row[0]):
            securities = securities or bool(_SECURITY_ROW.search(row[0]))
            continue  # (and "Coatue Note (convertible note)", though the terms in brackets were taken off)
        row_period = _first_period(ctx, _MATURITY.sub(" ", row[0]))  # ("loan ..., maturing June 2023": a term)
        if row_period is not None and (_NAMED_BY_ITS_DATE.match(label) or _DATED_NAME_AFTER.search(label)
                                       or (_LOAN_NAME_DATED.search(row[0]) and any(col_periods))):
            row_period = None  # "July 2024 additional secured note": the note's name, not the balance's date
        owed_row = bool(_LOAN_ROW.search(label)) or lender_row or (titled and bool(
            _TOTAL_ROW.fullmatch(label) or _BALANCE_ROW.match(label) or instrument_rows))
        for j, (cell, start) in enumerate(_cell_offsets(r.text, row)[1:], start=1):
            h = header[j] if j < len(header) else ""
            m = _MONEY_CELL.match(cell.replace(" ", ""))
            if m is None or _NOT_LOAN_COLUMN.search(h) or not (owed_row or (titled and _LOAN_COLUMN.search(h))):
                continue
            unit_text = " ".join((label, h, header[0] if header else ""))
            value = _money_cell_value(m, unit_text, table_scale)
            if value < 100_000:
                continue
            if ctx.local_dollars and not _US_DOLLARS.search(f"{unit_text} {cell}"):
                value = None  # the local currency of a text that glosses its dollars in US dollars
            flags: set[str] = set()
            company = company_for(ctx, r, 0, 0, flags)
            if company is None:
                continue
            # a dated row ('Balance as of December 31, 2024') keeps its date under a column of the closing date
            column = col_periods[j] if j < len(col_periods) else None
            period = row_period or column or context_period
            if row_period is not None and not row_period.has_year and column is not None \
                    and row_period.end.year != column.end.year:
                # "Total debt at 30 June ($m) | 75 | 143" under "H1 2023 | H1 2022": that day of each column's year
                period = dataclasses.replace(row_period, end=P.end_moved(row_period.end,
                                                                         column.end.year - row_period.end.year))
            lender = _LENDER_SUFFIX.sub("", label) if lender_row else None
            c = Candidate("loan", company, value, "USD", r, start, start + len(cell), "table_loan",
                          loan_event="outstanding", lender=lender, flags=flags)
            _date_table_loan(ctx, c, period or _reported_as_of(ctx, r))
            out.append(c)
    return _without_sum_rows(out) if securities else out


_SUM_LABEL = re.compile(r"\W{0,3}total\b", re.I)
_SECURITY_ROW = re.compile(r"\b(?:convertible|senior|exchangeable)\b[^|\t]{0,40}\bnotes?\b|\bnotes?\s+due\b|\bbonds?\b",
                           re.I)


def _without_sum_rows(cands: list[Candidate]) -> list[Candidate]:
    """A 'Total debt' row under loans' rows, in a table that also lists notes sold to investors, sums the loans with
    the notes: the loans are the facts."""
    def is_sum(c: Candidate) -> bool:
        return _SUM_LABEL.match(c.sent.text.lstrip("| ")) is not None
    return [c for c in cands if not is_sum(c)] if any(not is_sum(c) for c in cands) else cands


_FACILITY_SIZE_COLUMN = re.compile(r"\b(?:facility|loan|line|credit|borrowing)\s+(?:size|limit|amount|capacity|cap)\b",
                                   re.I)


def _facility_size_rows(ctx: DocContext, rows: list[Sent], cells: list[list[str]], title: str) -> list[Candidate]:
    """A facility's history, one dated row per step, its size in a column that says so:

        Date | Event | Facility size
        August 2024 | Coinbase Master Loan Agreement signed | $50 million
        April 2025 | Facility upsized | $200 million

    Each row is the facility's size from its date."""
    header = cells[0]
    col = next((j for j, h in enumerate(header) if j and _FACILITY_SIZE_COLUMN.search(h)), None)
    if col is None or _FOREIGN.search(" ".join(header)):
        return []
    out: list[Candidate] = []
    for r, row in zip(rows[1:], cells[1:], strict=False):
        period = _row_period(ctx, row)
        m = _MONEY_CELL.match(row[col].replace(" ", "")) if period is not None and col < len(row) else None
        value = _money_cell_value(m, f"{header[col]} {title}", 1.0) if m else 0
        flags: set[str] = set()
        company = company_for(ctx, r, 0, 0, flags) if value >= 100_000 else None
        if company is None:
            continue
        start = _cell_offsets(r.text, row)[col][1]
        c = Candidate("loan", company, value, "USD", r, start, start + len(row[col]), "table_loan",
                      loan_event="facility", flags=flags)
        _date_table_loan(ctx, c, period)
        out.append(c)
    return out


def _date_table_loan(ctx: DocContext, c: Candidate, period: P.Period | None) -> None:
    """A table's balance at its column's (or title's) date, else at the document's as-of date."""
    if period is not None:
        flag_year(ctx, period, c.flags)
        c.period_end = period.end
    else:
        c.period_end = default_as_of(ctx, c.sent, c.flags)
        c.period_default = True


# A table set in columns of spaces, as filings and plain-text releases print them:
#                                          Jan 2023    Dec 2022    Nov 2022
#     Bitcoin mined                                 196         179         207
_ALIGNED_SPLIT = re.compile(r"(?<![$£€\s])\s{2,}|\t+")  # (not after a currency sign: "$  311,178" is one cell)
_ALIGNED_VALUE = re.compile(r"[(+\-–—~≈]?\s?(?:US)?[$£€]?\s*"
                            # ("3.5-4.0": a range)
                            # (and "n.m.", not meaningful)
                            r"(?:\d[\d,]*(?:\.\d+)?(?:[-–]\d[\d,]*(?:\.\d+)?)?(?:\s?(?:million|billion|mn|bn|m))?|-{1,2}|—|–|n/?[ad]|"
                            r"n\.\s?m\.?)\)?"
                            r"(?:\s?(?:BTC|EH/s|PH/s|TH/s|%|x))?"
                            r"(?:(?<=%)\))?"  # ("(57%)": a fall in brackets)
                            r"(?:\((?:i{1,3}|iv|vi{0,3}|ix|x|[a-h]|\d{1,2})\)|\[\d{1,2}\]|\*{1,2}|[¹²³])?", re.I)  # "637(i)"
_HAS_LETTER = re.compile(r"[A-Za-z]")
_RANGE_REST = re.compile(rf"\s?[-–]\s?(?P<num>{NUMBER})")
_DATE_TEXT_CELL = re.compile(r"(?:(?=.*[A-Za-z])[\w ,.'’-]{0,20}\b(?:19|20)\d\d\b|"
                             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})(?:\s*\(?\*{1,2}\)?|\s*\(\w\))?|TBD|TBA", re.I)
_TERM_CELL = re.compile(r"(?:19|20)\d\d|various|repaid|n/?a|demand|on demand|none|matured|revolving|floating|SOFR\s?\+\s?[\d.]+%?",
                        re.I)
_AMOUNT_CELL = re.compile(r"\$?\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\s?\d+\.\d+|\(\d{1,3}(?:,\d{3})*\)")
# a business kind between a company and its figure: "Miner", "Treasury", "Mining", "Payments"
_CATEGORY_CELL = re.compile(rf"(?!{MONTH_NAME}\b|Total\b)[A-Z][a-z]{{2,14}}")
_TICKER_CELL = re.compile(r"[A-Z]{2,5}(?:\.[A-Z]{1,2})?")


_CELL_START = re.compile(r"(?:^|(?<=\s\s))\S")  # where a space-aligned line's cell starts


def _under_some_columns(columns: list[int], above: list[int]) -> bool:
    """A header's second line that starts each of its cells under one of the first line's (and fills fewer)."""
    return 1 < len(columns) < len(above) and all(any(abs(c - a) <= 1 for a in above[1:]) for c in columns)


def _over_column_pairs(above: list[int], columns: list[int]) -> bool:
    """A header's first line whose cells each head two or more of the second line's ('Three months ended June 30,
    2024' over 'Number of BTC   Fair value')."""
    return 2 <= len(above) and len(columns) >= 2 * len(above) \
        and all(any(abs(a - c) <= 1 for c in columns) for a in above)


def _cells_under(first: str, second: str) -> list[str] | None:
    """The second header line's cells placed under the first line's cells they start beneath ("" for the rest)."""
    starts = [m.start() for m in _CELL_START.finditer(first)]
    out = [""] * len(starts)
    for m in re.finditer(r"(?:^|(?<=\s\s))\S.*?(?=\s{2,}|$)", second):
        if m.start() < (starts[1] if len(starts) > 1 else 0) - 1:
            return None  # the second line has a label cell of its own: not a continued header
        j = min(range(len(starts)), key=lambda k: abs(starts[k] - m.start()))
        if abs(starts[j] - m.start()) > 4 or out[j]:
            return None
        out[j] = m.group(0).strip()
    return out


def _spanning_header(first: str, second: str) -> list[str] | None:
    """A header's upper cells each over two or more cells of the line below: the lower cells, each prefixed with the
    upper cell nearest above it (by the cells' middles: headers may be centred or right-aligned)."""
    upper = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"(?:^|(?<=\s\s))\S.*?(?=\s{2,}|$)", first)]
    lower = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"(?:^|(?<=\s\s))\S.*?(?=\s{2,}|$)", second)]
    if not upper or len(lower) < 2 * len(upper) or lower[0][0] < upper[0][0] - 8:
        return None
    out = []
    for a, b, cell in lower:
        mid = (a + b) / 2
        over = min(upper, key=lambda u: abs((u[0] + u[1]) / 2 - mid))
        out.append(f"{over[2]} {cell}")
    if len({o for o in out}) != len(out) or any(sum(1 for o in out if o.startswith(u[2] + " ")) < 2 for u in upper):
        return None  # every upper cell heads two or more, and no two columns come out alike
    return out


def _three_line_header(first: str, second: str, third: str) -> list[str] | None:
    """A header on three lines: the upper cells ("Three months ended") each over two or more day cells ("Sep 30,"),
    each over its year ("2022"): the columns' full names ("Three months ended Sep 30, 2022"), with an empty first one
    for the labels."""
    upper = [(m.start(), m.end(), m.group(0).strip()) for m in _ALIGNED_CELL.finditer(first)]
    lower = [(m.start(), m.end(), m.group(0).strip()) for m in _ALIGNED_CELL.finditer(second)]
    years = [m.group(0).strip() for m in _ALIGNED_CELL.finditer(third)]
    if not upper or len(lower) != len(years) or len(lower) < 2 * len(upper) or not _ENDED_ABOVE.search(first):
        return None
    out = [""]
    for a, b, cell in lower:
        over = min(upper, key=lambda u: abs((u[0] + u[1]) / 2 - (a + b) / 2))
        out.append(f"{over[2]} {cell} {years[len(out) - 1]}")
    return out if len(set(out)) == len(out) else None


_ALIGNED_CELL = re.compile(r"(?:^|(?<=\s\s))\S.*?(?=\s{2,}|$)")


def _column_starts(line: str) -> list[int]:
    """Where a space-aligned line's cells start, to the nearest 4 characters (cells of a header line up)."""
    return [round(m.start() / 4) for m in _CELL_START.finditer(line)]


# 'Company            Mined (BTC)   Held, Sept. 30 (BTC)': a roundup's table of companies, its header flush left
# a table whose rows are periods: "Month           Bitcoin produced    Bitcoin per day    Reserve at month end"
_PERIOD_COLUMN_HEADER = re.compile(r"(?:Month|Period|Quarter|Date|Month ended|Quarter ended)\s{2,}\S")
_COMPANY_HEADER = re.compile(r"(?:(?:#|Rank|No\.?)\s{2,})?(?:Company|Companies|Miner|Miners|Name|Issuer)\s{2,}\S")
_RANK_CELL = re.compile(r"\d{1,2}\.?")


_FISCAL_WORD = re.compile(r"\bFY|\bfiscal\b", re.I)
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b|\b[HQ][1-4]\b")  # ("Q4 2022 BTC", "H1 BTC sold" are columns' names)
_FIGURE_WITH_UNIT = re.compile(r"\d\s?(?:BTC|EH/s|PH/s|TH/s)\b")


def aligned_rows(lines: list[str]) -> frozenset[int]:
    """The indices of lines that are rows of a space-aligned table: a label, two or more spaces, and only figures
    after it (not bare years: 'First bitcoin mined at Rockdale    2021' is a timeline), under an indented header line
    (a lone such line, or rows with no header, stay prose). A header of bare years under a line naming the span
    ('Three Months Ended June 30,' over '2025   2024') takes its span from that line (_column_periods), when the line
    names one span."""
    rows = set()
    for i, line in enumerate(lines):
        s = line.strip()
        if "  " not in s and "\t" not in s:
            continue
        cells = _ALIGNED_SPLIT.split(s)
        if len(cells) >= 4 and _RANK_CELL.fullmatch(cells[0]) and _HAS_LETTER.search(cells[1]):
            cells = cells[1:]  # '1   Bit Digital   BTBT   41.2   47.9': the rank's column
        if len(cells) >= 4 and _TICKER_CELL.fullmatch(cells[1]):
            cells = cells[:1] + cells[2:]  # 'Bitfarms     BITF     419     427': the ticker's column
        if len(cells) >= 4 and _HAS_LETTER.search(cells[-1]) and not _ALIGNED_VALUE.fullmatch(cells[-1]):
            cells = cells[:-1]  # 'Digihost     47     0.69 EH/s     NY + Alabama': a notes column after the figures
        if len(cells) >= 3 and _CATEGORY_CELL.fullmatch(cells[1]) and _HAS_LETTER.search(cells[0]) \
                and _ALIGNED_VALUE.fullmatch(cells[2]):
            cells = cells[:1] + cells[2:]  # 'Marathon Digital    Mining      7,035': a column of business kinds
        if len(cells) >= 3 and sum(1 for c in cells[1:] if _DATE_TEXT_CELL.fullmatch(c)) == 1:
            # 'Greenidge   GREE   1.9   4.0   end of 2022   48%': a column of deadlines among the figures
            cells = [c for c in cells if not _DATE_TEXT_CELL.fullmatch(c)]
        terms = [k for k in range(1, len(cells) - 1) if _TERM_CELL.fullmatch(cells[k])]
        if len(cells) >= 4 and 1 <= len(terms) <= 2 and _HAS_LETTER.search(cells[0]) \
                and sum(1 for c in cells[1:] if _AMOUNT_CELL.fullmatch(c)) >= 1:
            # 'Bremer Bank term loan    2026    5.5%    14,010    17,745', 'Other equipment financing   various   various
            # 2,861   6,130': a debt table's maturity and rate columns among the balances
            cells = [c for k, c in enumerate(cells) if k not in terms]
        if (len(cells) >= 2 and _HAS_LETTER.search(cells[0]) and not cells[0].endswith(":")
                and all(_ALIGNED_VALUE.fullmatch(c) and not _YEAR_CELL.match(c) for c in cells[1:])):
            rows.add(i)
    out: set[int] = set()
    for i in sorted(rows):
        if i - 1 in rows:
            continue  # not the first row of its block
        above = lines[i - 1] if i else ""
        header = above.strip()
        if not (header and (above[:1].isspace() or _period_header(header) or _COMPANY_HEADER.match(header)
                            or _PERIOD_COLUMN_HEADER.match(header)
                            or _metric_header_over_periods(header, lines[i]) or _span_over_days(header))
                and "|" not in above and not _FIGURE_WITH_UNIT.search(_YEAR_WORD.sub("", header))
                and not header.endswith(".") and len(header) <= 160):
            continue  # (nor a row with a note after its figure: "Bitcoin sold (Q3 2025)   1,110 BTC, net proceeds ...")
        before = lines[i - 2].strip() if i >= 2 else ""
        if all(_YEAR_CELL.match(c) for c in _ALIGNED_SPLIT.split(header)) and _SPAN_WORDS.search(before) \
                and not _SPAN_HEADER.match(before):
            continue  # 'Three months ended Sept. 30    Nine months ended Sept. 30' over four years: not read
        block = [i - 1]
        above2 = lines[i - 2] if i >= 2 else ""
        columns = _column_starts(above)
        if above2[:1].isspace() and above2.strip() and i - 2 not in rows and "|" not in above2 \
                and len(columns) >= 2 and (_column_starts(above2) == columns or _days_over_years(above2, header)
                                           or _under_some_columns(columns, _column_starts(above2))
                                           or _over_column_pairs(_column_starts(above2), columns)):
            block.append(i - 2)  # a header on two lines: '9 months to' over '31 March 2024', column for column
        j = i
        while True:
            if j in rows:
                block.append(j)
                j += 1
            elif j + 1 in rows and lines[j + 1][:1].isspace() and _LABEL_ONLY.fullmatch(lines[j]):
                block += [j, j + 1]  # a label wrapped onto a second, indented line that holds the figures
                j += 2
            elif j + 1 in rows and j - 1 in block and _SQUEEZED_ROW.fullmatch(lines[j].strip()):
                block.append(j)  # '$12.1 million $10.6 million' between rows: wide cells with one space between
                j += 1
            else:
                break
        out.update(block)
    return frozenset(out)


_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"  # ("Sept", "June", "Dec.")
_MONTH_DAY_CELL = re.compile(rf"{_MONTH_ABBR}\s+\d{{1,2}},?")


def _span_over_days(header: str) -> bool:
    """'Quarter ended      Jun 30/22   Sep 30/22': the span in the first cell, the day each column ends on."""
    cells = _ALIGNED_SPLIT.split(header)
    return len(cells) >= 3 and _SPAN_ONLY.match(cells[0]) is not None \
        and all(_DAY_CELL.fullmatch(_with_full_year(c)) for c in cells[1:])


def _research_period(cell: str) -> str:
    """A research note's column: 'FY2023A' (an actual, beside 'FY2025E' estimates) -> 'FY2023'; 'F3Q24A' (fiscal third
    quarter of 2024) -> 'Q3 FY24'."""
    if not cell or not cell[-1:].isupper():
        return cell
    cell = _FISCAL_QUARTER_SHORT.sub(r"Q\1 FY\2", cell)
    return _ACTUAL_MARK.sub("", cell)


_FISCAL_QUARTER_SHORT = re.compile(r"\bF([1-4])Q(\d{2}|\d{4})(?=A?\b)")
_ACTUAL_MARK = re.compile(r"(?<=\d)A\b")


def _with_full_year(cell: str) -> str:
    """'Jun 30/22' -> 'Jun 30, 2022': a filing's short day."""
    return _SLASH_YY_DAY.sub(lambda m: f"{m.group(1)}, 20{m.group(2)}", cell.strip())


_SLASH_YY_DAY = re.compile(rf"^({_MONTH_ABBR}\s+\d{{1,2}})/(\d\d)$")
_DAY_CELL = re.compile(rf"{_MONTH_DAY_CELL.pattern}\s+(?:19|20)\d\d")


def _days_over_years(above: str, header: str) -> bool:
    """'September 30,    December 31,' over '2022             2021', right-aligned so the columns start apart."""
    days, years = _ALIGNED_SPLIT.split(above.strip()), _ALIGNED_SPLIT.split(header)
    return len(days) == len(years) and all(_MONTH_DAY_CELL.fullmatch(c) for c in days) \
        and all(_YEAR_CELL.fullmatch(c) for c in years)


# 'Bitcoin Sales - Net Proceeds      $12.1 million $10.6 million  $5.6 million       15%'
_SQUEEZED_CELL = r"[(+\-–—$£€\d][^\sA-Za-z]*(?:\s(?:million|billion|mn|bn|m))?\)?%?"
_SQUEEZED_ROW = re.compile(rf"[A-Za-z][^\n]{{2,60}}?\s{{2,}}(?:{_SQUEEZED_CELL}\s+)+{_SQUEEZED_CELL}", re.I)


# 'Approximate Hash Rate of Deployed Miners' over '  at Period End (PH/s)    310    445    560'
_LABEL_ONLY = re.compile(r"[A-Z][\w,()/'’ -]{3,60}(?<![.:])")
_PERIOD_CELL = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2},?)?"
                          r"(?:(?:\s+|-)(?:19|20)?\d{2})?|Q[1-4]\s*(?:FY)?\s*(?:19|20)?\d{2}|[1-4]Q\s*(?:19|20)?\d{2}|"
                          r"H[12]\s+(?:19|20)\d{2}|FY\s?(?:19|20)?\d{2}|(?:19|20)\d{2}|F[1-4]Q\d{2}|"
                          # ("12/31/2024", "3/31/25", "31.03.2025", "2025-03-31": a day in digits)
                          r"\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
                          # ('FY2024A', 'FY2025E': a research note's actuals and estimates)
                          r"(?-i:[AE])?(?:\s?(?:\*{1,3}|[†‡]|\(\d\)))?", re.I)  # 'Q1 2025*': a footnote on the column


# (and "Month/Month Change", "Pct/Chg", "Change M/M")
_PERIOD_ON_PERIOD = r"(?:MoM|YoY|QoQ|M/M|Y/Y|Q/Q|Month[ /-](?:over[ /-])?Month|Year[ /-](?:over[ /-])?Year|" \
                    r"Quarter[ /-](?:over[ /-])?Quarter)"
_CHANGE_CELL = re.compile(rf"(?:%\s*|(?:Pct|Percent|Percentage)\.?\s*/?\s*)?(?:{_PERIOD_ON_PERIOD}(?:\s+(?:Change|Chg\.?|Var\.?))?|"
                          rf"(?:Change|Chg\.?|Δ|Var\.?)(?:\s+{_PERIOD_ON_PERIOD})?)(?:\s*\(?%\)?)?", re.I)


def _period_header(header: str) -> bool:
    """'Metric      Dec 2024   Nov 2024   Dec 2023': a header flush left whose every cell after the first is a period
    (an indented header needs no such test: 'Three Months Ended' over the figures)."""
    cells = _ALIGNED_SPLIT.split(header)
    # 'Metric    June 2024    May 2024    MoM', or 'July 2025   June 2025   % Change   July 2024   % Change':
    # change columns beside the periods
    # ('Facility    Maturity    Interest    Dec 31, 2023    Dec 31, 2022': a debt table's terms before the dates)
    cells = cells[:1] + [c for c in cells[1:] if not _CHANGE_CELL.fullmatch(c) and not _TERM_HEADER_CELL.fullmatch(c)]
    return len(cells) >= 3 and all(_PERIOD_CELL.fullmatch(c) for c in cells[1:]) and not all(
        _YEAR_CELL.match(c) for c in cells[1:])  # bare years may sit under 'Three Months Ended June 30,



_TERM_HEADER_CELL = re.compile(r"(?:Maturity|Matures|Due|Final payment|(?:Interest )?rate|Interest|Coupon|Lender|Security|"
                               r"Collateral|Type)", re.I)
_SPAN_WORDS = re.compile(r"\b(?:months|quarter|ended|ending)\b", re.I)
_METRIC_CELL = re.compile(r"\b(?:BTC|bitcoins?|hash\s?rate|[EPT]H/s|mined|produced|production|sold|held|holdings)\b",
                          re.I)
_PERIOD_LABEL_START = re.compile(r"(?:Q[1-4]|[1-4]Q|H[12]|FY|Fiscal|Full year|(?:19|20)\d\d|"
                                 r"(?:Three|Six|Nine|Twelve) months|(?:First|Second|Third|Fourth) (?:quarter|half)|"
                                 r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s-]+(?:19|20)?\d\d)\b")


def _metric_header_over_periods(header: str, first_row: str) -> bool:
    """'Period      BTC mined    Avg BTC/day' over 'Q1 FY24 (Jul-Sep 2023)    1,014    11.0': metrics across, periods
    down."""
    cells = _ALIGNED_SPLIT.split(header)
    return len(cells) >= 2 and all(_METRIC_CELL.search(c) for c in cells[1:]) \
        and _PERIOD_LABEL_START.match(first_row.strip()) is not None


def _placed_under(header: str, row: str, cells: list[str], width: int) -> list[str]:
    """A short space-aligned row's cells, each figure moved to the header column whose text ends nearest its own end,
    the columns it skips left blank; the row as it is when two figures would share a column."""
    heads, pos = [], 0
    for cell in _ALIGNED_SPLIT.split(header.strip()):
        start = header.find(cell, pos)
        heads.append(start + len(cell))
        pos = start + len(cell)
    offset = width - len(heads)  # (the label's column has no header cell)
    out, pos = [cells[0]] + [""] * (width - 1), row.find(cells[0]) + len(cells[0])
    for cell in cells[1:]:
        end = row.find(cell, pos) + len(cell)
        pos = end
        col = offset + min(range(len(heads)), key=lambda k: abs(heads[k] - end))
        if col < 1 or out[col]:
            return cells
        out[col] = cell
    return out


def _cells(row: str, outer_left: bool, outer_right: bool) -> list[str]:
    """A row's stripped cells. In a markdown table, whose every row opens and closes with a pipe ('| Bitcoin mined |
    720 | 683 |'), the outer pipes open no cell; in ours (' | May | April' over 'BTC mined | 650.5 | 610') an empty
    first cell is the header's corner; a space-aligned row splits at runs of spaces."""
    if "|" not in row and "\t" in row.strip(" "):
        # a table copied from a browser: one tab per cell, so two tabs around an empty cell keep the columns in place
        cells = [c.strip() for c in row.strip(" ").split("\t")]
        return cells[:-1] if len(cells) > 2 and not cells[-1] else cells
    if "|" not in row:
        return _ALIGNED_SPLIT.split(row.strip())
    cells = [c.strip() for c in row.split("|")]
    if outer_left and len(cells) > 2 and not cells[0]:
        cells = cells[1:]
    if outer_right and len(cells) > 2 and not cells[-1]:
        cells = cells[:-1]
    return cells


_TITLE_LINE = re.compile(r"\n([^\n|]{8,120})\n\s*$")


def _table_title(ctx: DocContext, header: Sent) -> str:
    """The line right above a table ('Bitcoin holdings of selected listed miners (BTC)'), which names the metric
    when the header names only periods ('Company | Dec. 31, 2024 | Dec. 31, 2023')."""
    m = _TITLE_LINE.search(ctx.text, max(0, header.start - 160), header.start)
    if m is None and (above := ctx.text[:header.start].rstrip()).endswith(":"):
        # a paragraph whose last sentence leads into the table: "... jumped across the group. Self-mined bitcoin by
        # month:"
        lead = re.split(r"(?<=[.!?])\s+(?=[A-Z])", above[above.rfind("\n") + 1:])[-1]
        return lead if len(lead) <= 80 else ""  # (not a filing's long "The following table presents ..." sentence)
    return m.group(1).strip() if m and not m.group(1).rstrip().endswith(".") else ""


# "Three Months Ended June 30, | 2025 | 2024": the first header cell names the span, the others only its year
_SPAN_HEADER = re.compile(r"^\W*(?:(?:for|in)\s+)?(?:the\s+)?(?P<span>(?:fiscal\s+)?(?:(?:three|six|nine|twelve)\s+months|"
                          r"year|quarter))\s+end(?:ed|ing)\s+(?P<m>[A-Z][a-z]{2,8}\.?)\s+(?P<d>\d{1,2})\W*$", re.I)
# a title naming the metric and the span: "Bitcoin mined, three months to March 31" over "Company   2024   2023"
_SPAN_TITLE = re.compile(r"[,:(-]\s*(?:in\s+|for\s+)?(?:the\s+)?(?P<span>(?:fiscal\s+)?(?:(?:three|six|nine|twelve)\s+months|"
                         r"year|quarter))\s+(?:end(?:ed|ing)|to|through)\s+(?P<m>[A-Z][a-z]{2,8}\.?)\s+(?P<d>\d{1,2})\W*$",
                         re.I)
_SPAN_ONLY = re.compile(r"^\W*(?:(?:for|in)\s+)?(?:the\s+)?"
                        r"(?P<span>(?:fiscal\s+)?(?:(?:three|six|nine|twelve)\s+months|year|quarter)|week)"
                        r"\s+end(?:ed|ing)\W*$",
                        re.I)
_MONTH_ONLY_CELL = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)")
_YEAR_CELL = re.compile(r"^\W*(?:FY\s?)?(?P<y>(?:19|20)\d{2})\W*$")
_SPAN_WITH_DAY = re.compile(r"(?:(?:three|six|nine|twelve)\s+months|quarter|year)\s+end(?:ed|ing)\s+[A-Z][a-z]{2,8}\.?\s+"
                            r"\d{1,2},?", re.I)


def _title_month(ctx: DocContext, title: str) -> P.Period | None:
    """The one month, quarter or day a table's title names, past at publication: "Production and treasury, October
    2021" ("Holdings at March 31, 2022") dates a company table's columns that name no period of their own."""
    found = P.find_periods(title, ctx.published, ctx.fy_end_month, ctx.dmy) if title else []
    if len(found) != 1 or found[0].kind not in ("month", "quarter", "date") \
            or (found[0].start is None and found[0].kind != "date") \
            or (ctx.published is not None and found[0].end >= ctx.published):
        return None
    return found[0]


_WHICH_NOW = re.compile(r",\s+which\s+(?:now|currently|today|still)\s+(?:runs|operates|has|owns|holds)\b", re.I)
_BRACKET_WITH_FIGURE = re.compile(r"\((?=[^()]{0,40}\d[\d.,]*\s?[EPT]H/s)")


def _first_period(ctx: DocContext, text: str) -> P.Period | None:
    """The first period a table cell, label or title names."""
    return next(iter(P.find_periods(text, ctx.published, ctx.fy_end_month, ctx.dmy)), None)


def _column_periods(ctx: DocContext, header: list[str], title: str) -> list[P.Period | None]:
    yy = [m for h in header if (m := _MONTH_YY.fullmatch(h.strip()))]
    if len(yy) >= 2 and len({m.group("m") for m in yy}) == len(yy) and ctx.published is not None \
            and all(0 <= ctx.published.year % 100 - int(m.group("yy")) <= 1 for m in yy):
        # "Key Metrics | May 25 | Apr 25 | Mar 25": months of 2025, not days of May
        header = [_MONTH_YY.sub(lambda m: f"{m.group('m')} 20{m.group('yy')}{m.group('mark')}", h.strip())
                  for h in header]
    header = [_research_period(_with_full_year(h)) for h in header]
    # ("2025 BTC" in prose may be a quantity; as a column's label it is the year's coins)
    cols = [_first_period(ctx, (y.group("y") if (y := _YEAR_UNIT_CELL.fullmatch(h)) else h)) for h in header]
    if header and (end := _ENDED_DATE_CELL.search(header[0])) is not None \
            and any(_SPAN_CELL.fullmatch(h.strip()) for h in header[1:]):
        # "For the periods ended December 31, 2021 | Three Months Ended | Twelve Months Ended": each span to that day
        cols = [cols[0]] + [(_first_period(ctx, f"{h.strip()} {end.group('date')}") if _SPAN_CELL.fullmatch(h.strip())
                             else p) for h, p in zip(header[1:], cols[1:], strict=True)]
    # "| | YTD 2022 | YTD 2021 |" in a release on August: the year through the reported month, not to publication
    cols = [anchor(ctx, p) if p is not None and p.kind == "ytd" else p for p in cols]
    # the span may head the first cell or stand on the line above the table ('Three Months Ended March 31,')
    span = (_SPAN_HEADER.match(header[0]) or _SPAN_HEADER.match(title) or _SPAN_TITLE.search(title)) if header else None
    # "Three months ended | December 31, 2022": the span in the label cell, its end in each column; or the span alone
    # on the line above the columns' days ("Three months ended" over "Jun. 30, 2024   Mar. 31, 2024   QoQ %")
    bare = _SPAN_ONLY.match(header[0]) if span is None and header else None
    above = _SPAN_ONLY.match(title.strip()) if span is None and header and bare is None else None
    if bare or above:
        words = re.sub(r"\s+", " ", (bare or above).group("span").lower())
        words = "for the week" if words == "week" else words  # "Week ended | Oct 10, 2025": seven days to each day
        return [(_first_period(ctx, f"{words} ended {h.strip()}") or p) if (j or above) and p is not None
                and p.kind == "date" else p for j, (h, p) in enumerate(zip(header, cols, strict=True))]
    if span is None:
        return cols
    words = re.sub(r"\s+", " ", span.group("span").lower())
    for j, h in enumerate(header[1:], start=1):
        y = _YEAR_CELL.match(h)
        if y:
            text = f"{words} ended {span.group('m').capitalize()} {span.group('d')}, {y.group('y')}"
            cols[j] = _first_period(ctx, text) or cols[j]
    return cols


_YEAR_UNIT_CELL = re.compile(r"(?P<y>(?:19|20)\d\d)\s+(?:BTC|bitcoin)")
_ENDED_DATE_CELL = re.compile(r"\bended\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})", re.I)
_SPAN_CELL = re.compile(r"(?:Three|Six|Nine|Twelve)\s+Months\s+Ended|(?:Quarter|Year)\s+Ended", re.I)
# ("Jul 25*": a footnote mark after it)
_MONTH_YY = re.compile(r"(?P<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                       r"Dec)[a-z]*)(?:\.?\s+[’']?|-)(?P<yy>\d\d)(?P<mark>[*†‡]*)")  # (and "May-24")


# a row label's gloss in words: "September 30, 2024 (fiscal year end)", "Q3 2024 (unaudited)"
_GLOSS_AFTER_LABEL = re.compile(r"\s*(.*?\d.*?)\s*\([A-Za-z][A-Za-z .'-]{2,30}\)\s*")


def _row_period(ctx: DocContext, row: list[str]) -> P.Period | None:
    """A table of months or quarters, one per row ("Jul-25 | 728 | 46.3 | 50.0"): the row's period, when its first
    cell is nothing else."""
    if not row or len(row[0]) > 64:
        return None
    if (gloss := _GLOSS_AFTER_LABEL.fullmatch(row[0])) is not None:
        return _row_period(ctx, [gloss[1]])  # "September 30, 2024 (fiscal year end)"
    found = P.find_periods(row[0], ctx.published, ctx.fy_end_month, ctx.dmy)
    if len(found) == 2 and found[0].kind == "ytd" and found[1].kind == "span":
        return found[1]  # "FY24 year-to-date (July 1 - November 30, 2023)": the span spelled out
    if len(found) != 1 or found[0].kind not in ("month", "quarter", "half", "year", "date"):
        return None
    # (a longer label only when the period is all of it: "Six months ended March 31, 2023 (H1 FY2023)")
    return found[0] if len(row[0]) <= 24 or len(found[0].text) + 2 >= len(row[0].strip()) else None


def _company_column(rows: list[Sent], cells: list[list[str]]) -> int | None:
    """The column naming a registry company in at least two rows, among the first three ('Rank | Company | ...'
    puts it second); None for a table of metrics."""
    counts: dict[int, int] = {}
    for r, row in zip(rows, cells, strict=False):
        for j, (cell, start) in enumerate(_cell_offsets(r.text, row)[:3]):
            if any(m.company and start <= m.start < start + min(3, len(cell)) for m in r.mentions) and cell:
                counts[j] = counts.get(j, 0) + 1
                break
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1] >= 2 else None


_MONTH_ROW = re.compile(rf"\W{{0,3}}({MONTH_NAME})\W{{0,3}}", re.I)
_YEAR_IN_CELL = re.compile(r"\b((?:19|20)\d\d)\b")
_NUMBER_CELL = re.compile(rf"\W{{0,2}}{_CELL_QUALIFIER}(?P<num>{NUMBER})\s*$")


def _month_rows_by_year_columns(ctx: DocContext, rows: list[Sent], cells: list[list[str]]) -> list[Candidate] | None:
    """A table of months down and years across, each column naming its figure:

        Month | BTC Mined 2023 | BTC Mined 2022
        January | 486 | 301

    gives each cell that month of its column's year. None for any other table."""
    header = cells[0]
    columns = [(j, mod, int(y.group(1))) for j, h in enumerate(header[1:], start=1)
               if (mod := label_module(h)) is not None and (y := _YEAR_IN_CELL.search(h)) is not None]
    month_rows = [(r, row, m) for r, row in zip(rows[1:], cells[1:], strict=False)
                  if row and (m := _MONTH_ROW.fullmatch(row[0]))]
    if not columns and len(month_rows) >= 3 \
            and len(years := set(_YEAR_IN_CELL.findall(_table_title(ctx, rows[0])))) == 1:
        # "Monthly production, 2023" over "| Month | BTC earned | Change vs. prior month |": the title's year, and
        # the columns of changes left out
        metric = [(j, mod) for j, h in enumerate(header[1:], start=1)
                  if (mod := label_module(h)) is not None and not _CHANGE_COLUMN.search(h)]
        if len(metric) == 1 and all(_CHANGE_COLUMN.search(h) for j, h in enumerate(header[1:], start=1)
                                    if j != metric[0][0]):
            return _month_cells(ctx, month_rows, [(metric[0][0], metric[0][1], int(years.pop()))])
    if len(columns) < 2 or len(columns) != len(header) - 1 or len(month_rows) < 3:
        return None
    return _month_cells(ctx, month_rows, columns)


def _month_cells(ctx: DocContext, month_rows: list, columns: list) -> list[Candidate]:
    """Each month row's cell in each (column, metric, year)."""
    out = []
    for r, row, named in month_rows:
        month = P.MONTH_NUM[named.group(1).lower()]
        offsets = _cell_offsets(r.text, row)
        for j, mod, year in columns:
            if j >= len(offsets):
                break
            cell, start = offsets[j]
            m = _NUMBER_CELL.match(cell)
            value = parse_number(m.group("num")) if m else None
            if value is None:
                continue
            flags: set[str] = set()
            company = company_for(ctx, r, 0, 0, flags)
            if company is None:
                continue
            period = P.Period(dt.date(year, month, 1), P.month_end(year, month), "month", 0, 0, True, row[0])
            c = Candidate(mod.TYPE, company, value, "BTC", r, start, start + len(cell), "table_row", flags=flags)
            _set_btc_period(ctx, c, mod, period)
            out.append(c)
    return out


def _cell_offsets(text: str, row: list[str]) -> list[tuple[str, int]]:
    """Each stripped cell with its offset in the row's text."""
    out, pos = [], 0
    for cell in row:
        start = text.find(cell, pos)
        out.append((cell, start))
        pos = start + len(cell)
    return out


def _lead_in_metric(ctx: DocContext, sent: Sent, label: str) -> object | None:
    """The BTC metric a list's lead-in names when the item's label is only a period: 'Production by quarter was:' over
    '- Q1 (October 1 to December 31, 2021): 95 BTC'."""
    if label_module(clean_label(label)) is not None or _HASH_LABEL.search(label) \
            or not _PERIOD_ONLY_LABEL.fullmatch(label.strip(" \t-•*–")):
        return None
    lead = list_lead_in(ctx.text, sent.start, longest=2000) or list_heading(ctx.text, sent.start)
    mod = _nearest_cue(re.split(r"(?<=[.!?])\s+", lead.strip())[-1])[0] if lead is not None else None
    if mod not in BTC_MODULES and (caption := _chart_caption_above(ctx, sent)) is not None:
        mod = _first_cue(caption)  # "[Chart: Cipher Mining monthly BTC production, January-June 2025]"
    if mod not in BTC_MODULES and (heading := _heading_over_labels(ctx, sent)) is not None:
        mod = _nearest_cue(heading)[0]  # "BTC mined, 2022" over "  January ........ 353"
    return mod if mod in BTC_MODULES else None


def _heading_over_labels(ctx: DocContext, sent: Sent) -> str | None:
    """The short line right over a block of label lines ('BTC mined, 2022' over 'January: 353', 'February: 332')."""
    end = ctx.text.rfind("\n", 0, sent.start)
    while end > 0:
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end]
        if not _LABEL_LINE_AT.match(line):
            return line if line.strip() and len(line) <= 60 and not line.rstrip().endswith((".", ";", ",")) else None
        end = start - 1
    return None


def _chart_caption_above(ctx: DocContext, sent: Sent) -> str | None:
    """The caption of the chart a list or a paragraph walks through, within a few lines above it: "[Bar chart: MARA
    bitcoin holdings at month-end, BTC, April-September 2024]"."""
    m = None
    for m in _CHART_CAPTION.finditer(ctx.text, max(0, sent.start - 700), sent.start):
        pass
    return m.group("caption") if m is not None else None


_CHART_CAPTION = re.compile(r"(?m)^[ \t]*\[(?P<caption>(?:[\w -]*\b(?:chart|graph|figure|bars?|plot)\b|CHART|GRAPH)[^\]\n]{3,200})\][ \t]*$",
                            re.I)


# "Q1 (October 1 to December 31, 2021)", "January 2025", "Q3 FY2024"
# (a month's name in its own case and whole: "MARA" and "Marathon Digital" are no "Mar")
_PERIOD_ONLY_LABEL = re.compile(r"(?:Q[1-4]|[1-4]Q|H[12]|FY\s?\d{2,4}|(?-i:" + P.MONTH + r")\.?(?![\w'’])"
                                r"|(?:first|second|third|fourth)\s+quarter|(?:19|20)\d\d)[\w ,.'’/-]{0,20}(?:\([^()]{3,50}\))?",
                                re.I)


def label_line_candidates(ctx: DocContext, sent: Sent) -> list[Candidate]:
    """'- Bitcoin mined: 650.5' / 'BTC held: 3,318' / 'Hashrate: 32.1 EH/s'."""
    # ("2023 bitcoin mined: 1,017 BTC": a year opens the label)
    m = re.match(r"^[ \t]*\W{0,3}(?P<label>(?:(?:19|20)\d\d\s+)?[A-Za-z][^:|]{2,90}?):(?!\d)\s*(?P<rest>.+)$", sent.text)
    # a bare figure with a bracketed note of its parts: "- BTC mined: 174 (including an estimated 3 BTC of power sales
    # equivalent and approximately 24 BTC from joint venture data centers)(1)"
    noted = _BARE_THEN_NOTE.match(m.group("rest")) if m else None
    tail = (m.group("rest")[noted.end():] if noted else m.group("rest")) if m else ""
    lead_mod = _lead_in_metric(ctx, sent, m.group("label")) if m else None
    if m and (find_hashrates(m.group("label")) or any(not (q.value.is_integer() and 1990 <= q.value <= 2100)
                                                      for q in find_btc(m.group("label")))):
        return []  # "Operating hashrate of 5.5 EH/s at month end: 4.3 EH/s at ... plus 1.2 EH/s ...": a sentence
    if not m or ([q for q in find_btc(tail) if not _RATE_AFTER.match(tail[q.end:])
                  # (nor a comparison's: "- BTC mined: 328, compared with 401 BTC mined in July", read after it)
                  and not _LABEL_COMPARED_BEFORE.search(tail, 0, q.start)
                  # (nor a part's: "- BTC held on the balance sheet: 2,892, including 140 BTC equivalents held as ...")
                  and not _LABEL_PART_BEFORE.search(tail, 0, q.start)] and lead_mod is None) \
            or m.group("label").count("(") > m.group("label").count(")"):
        return []  # (nor a colon inside brackets: "- BTC held of 9 at 30 June 2025 (31 December 2024: 14)"; but a rate
        # after the figure leaves it a label's: "BTC mined: 363, or roughly 12.1 BTC per day")
    periods = [p for p in sent.periods if p.char_end <= m.end("label")] or [
        p for p in sent.periods if p.char_start >= m.start("rest")
        and not _COMPARED_TO.search(sent.text, m.start("rest"), p.char_start)  # "Bitcoin held: 9,077 as of January 31"
        # (not a bracketed comparison's: "- Hashrate: 1.56 EH/s (May 2025: 1.89 EH/s)")
        and not ("(" in sent.text[m.start("rest"):p.char_start] and sent.text.startswith(":", p.char_end))]
    label = periods[0] if periods else None
    if (label is None or label.char_end == 0) and _QUARTER_END_LABEL.search(m.group("label")):
        # (over a day carried from the sentence before: "filed its third-quarter 10-Q on Tuesday")
        # "- Total hashrate capacity at quarter-end: 0.75 EH/s"
        rp = past_report_period(ctx)
        label = rp if rp is not None and rp.kind == "quarter" else quarter_named_for(ctx, sent, "quarter")
    if label is None:
        label = _block_heading_period(ctx, sent) or (
            section_period(ctx, sent) if not _CURRENT_WORD.search(sent.text) else None)
    if label is not None and label.kind in ("prior_month", "prior_quarter") and label.char_end <= m.end("label"):
        label = anchor(ctx, label)  # "- BTC earned in the prior month: 493" in February's update: January's
    if label is not None and label.kind == "ytd" and label.char_end <= m.end("label"):
        label = anchor(ctx, label)  # "- Bitcoin mined calendar year-to-date: 4,157": through the reported month
    col = [None, label]
    rest = m.group("rest")[:noted.end("num")] if noted else m.group("rest")
    if (cut := _REST_CLAUSE_END.search(rest)) and _DIGIT_RE.search(rest, 0, cut.start()):
        rest = rest[:cut.start()]  # "Bitcoin sold in June: 95, at an average price of approximately $66,400"
    label_text = f"{_METRIC_NAMES[lead_mod]} {m.group('label')}" if lead_mod is not None else m.group("label")
    out = _metric_row(ctx, sent, [label_text, rest], col, offset=m.start("rest"))
    if len(out) == 1 and cut and (mod := next((b for b in BTC_MODULES if b.TYPE == out[0].type), None)) is not None:
        out += _label_comparison(ctx, sent, out[0], mod, m.start("rest") + cut.start())
    return out


_LABEL_PART_BEFORE = re.compile(r"^\W{0,2}[~≈]?\s?[\d,.]+\s*,\s+(?:including|of which|incl\.?|comprising)\s+"
                                r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?$", re.I)
_PERIOD_WORD = re.compile(rf"\b(?:(?:19|20)\d\d|Q[1-4]|H[12]|FY\s?\d\d|quarter|year|month|YTD|{MONTH_NAME})\b", re.I)
_CURRENT_WORD = re.compile(r"\b(?:current(?:ly)?|now|today|latest)\b", re.I)
_LABEL_LINE_AT = re.compile(r"[ \t]*\W{0,3}[A-Za-z][^:|\n]{2,90}?:(?!\d)[ \t]*(?:US)?[~≈$]?[ \t]?\d")


def _block_heading_period(ctx: DocContext, sent: Sent) -> P.Period | None:
    """The one period named by the heading over a block of label lines: 'Q1 FY23 operating summary (three months
    ended September 30, 2022)' over '  Bitcoin mined ......... 640 BTC' (a heading: no end stop, at most 100
    characters)."""
    colon = sent.text.find(":")
    if BULLET_LINE.match(sent.text) or _CURRENT_WORD.search(sent.text) \
            or _PERIOD_WORD.search(sent.text, 0, max(colon, 0)):
        # (a bulleted list's heading is read by list_heading; "Current hashrate: 9.6 EH/s" is today's; "Calendar year
        # 2022 bitcoin mined: 4,626" names its own period)
        return None
    text, end = ctx.text, ctx.text.rfind("\n", 0, sent.start)
    for _ in range(12):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip() or _LABEL_LINE_AT.match(line):
            continue
        if len(line) > 100 or line.rstrip().endswith((".", ";", ",")) or "|" in line or not HEADING_START.match(line):
            return None
        told = [p for p in P.find_periods(line, ctx.published, ctx.fy_end_month, ctx.dmy) if p.kind != "ytd"]
        if told and len({(p.start, p.end) for p in told}) == 1:
            return anchor(ctx, told[-1])
        return None
    return None


_BARE_THEN_NOTE = re.compile(rf"\s*(?P<num>{NUMBER})\s*\((?:including|incl\.|of which|which includes)\b[^)]*\)"
                             r"(?:\(\d\))?", re.I)
# "- Bitcoin mined in Q1 2021: 491, against 303 in the fourth quarter of 2020": the earlier period's figure
# (and "- BTC mined, January-September 2025: 84.3, down 40.4% from 141.5 in the same stretch of 2024")
# (past a rate in brackets: "- BTC earned: 486 (15.5 BTC/day), up from 471 in October")
_LABEL_COMPARED_WORDS = (r"(?:\s*\([^()]{0,40}\))?[,;]?\s*(?:against|versus|vs\.?|compared (?:with|to)|"
                         r"(?:up|down)\s+(?:[\d.]+%\s+)?from(?:\s+(?:a|its|the)\s+(?:peak|high|low|record)\s+of)?)\s+")
_LABEL_COMPARED = re.compile(_LABEL_COMPARED_WORDS + rf"(?P<n>{NUMBER})(?:\s*(?:BTC|bitcoins?))?\s+(?:(?:mined|produced|earned|sold)\s+)?"
                             r"(?:in|for|during|at(?:\s+the\s+end\s+of)?|as\s+of)\s+", re.I)
_LABEL_COMPARED_BEFORE = re.compile(r"^(?:[^,;]|(?<=\d),(?=\d)){0,40}?" + _LABEL_COMPARED_WORDS + "$", re.I)


def _label_comparison(ctx: DocContext, sent: Sent, lead: Candidate, mod, at: int) -> list[Candidate]:
    cm = _LABEL_COMPARED.match(sent.text, at)
    period = next((p for p in sent.periods if cm and cm.end() <= p.char_start <= cm.end() + 4  # ("the fourth quarter")
                   and p.start is not None), None)
    value = parse_number(cm.group("n")) if cm else None
    if cm is None or period is None or value is None:
        return []
    c = _like_lead(lead, lead.company, Quantity(value, "BTC", cm.start("n"), cm.end("n")), sent, "BTC")
    c.rule = "comparison"
    c.flags.discard("period_inferred")  # (the lead's: the comparison names its own period)
    _set_btc_period(ctx, c, mod, anchor(ctx, period))
    if re.match(r"[\d.,]+\s*(?:BTC|bitcoins?)\b", sent.text[cm.start("n"):cm.end()], re.I):
        c.flags.discard("unit_inferred")  # "compared with 713 BTC in June": its unit is its own
    return [c]


_MACHINES_SOLD_LABEL = re.compile(r"\b(?:sold|shipped|delivered|sales)\b", re.I)
_QUARTER_END_LABEL = re.compile(r"\b(?:at|as of)\s+(?:the\s+)?(?:quarter[- ]end|end of the quarter)\b", re.I)
# (and "BTC sold: 474 for proceeds of $8.6 million in November": the dollars after the coins)
_REST_CLAUSE_END = re.compile(r"[,;]\s|\s[(–—-]\s?|\s(?:for|at)\s(?=(?:net\s+|total\s+|gross\s+)?(?:proceeds|about|"
                              r"approximately|roughly|an?\s+average|(?:US)?\$))")
_DIGIT_RE = re.compile(r"\d")


# (and a change's base: "- BTC produced: 850, up 21% on March")
# ("- Bitcoin mined: 7,391, roughly double the prior fiscal year")
_COMPARED_TO = re.compile(r"\b(?:from|than|compared (?:to|with)|versus|vs\.?|double|twice|triple|against)\s|"
                          r"%\s+(?:on|over|against|vs\.?)\s", re.I)
_FOOTNOTE_IN_LABEL = re.compile(r"(?<=[A-Za-z)])\d{1,2}\b|\[\d{1,2}\]|\(\d{1,2}\)|[*†‡]+")
# Rows that carry a BTC or hashrate word but not a period total, balance or fleet figure.
_NOT_A_FACT_ROW = re.compile(r"\bper\s+(?:average\s+)?(?:day|EH|PH|TH|month|block)|/\s*day\b|\bdaily\b|"
                             # "Net change in holdings  +19.6", "Increase in BTC held": a difference, not a balance
                             r"^\W*(?:net\s+)?(?:change|increase|decrease|movement)\s+in\b|"
                             # (but "Realized hashrate (EH/s, avg)" is the fleet's average)
                             r"^(?!.*(?:hash|[EP]H/s)).*\b(?:average|avg)\b|\bcost\b|"
                             r"\bprice\b|\brevenue\b|\bblocks?\b|\bmargin\b|\befficiency\b|\bJ/TH\b|\bnetwork\b|"
                             # "Equivalent BTC production from Energy Market Program", "(actual and equivalent)"
                             r"(?<!\bor bitcoin )(?<!\bor btc )\bequivalent\b|"
                             r"\bdifficulty\b|\bminers\b|(?<!\()\bunits\b|\bfees?\b|\bshare of\b|\b%|\bpercent|"
                             # "Power sold to grid (MWh)": energy, not coins
                             r"\b(?:MWh|kWh|GWh|megawatt[- ]hours?)\b|\b(?:power|energy|electricity)\s+(?:sold|sales)\b|"
                             r"\bproceeds\b|\bUSD\b|\$|\bmarket\s+cap|"
                             r"\b(?-i:[A-Z])\w+\s+(?:site|facility|campus)\b|"  # "Hashrate, Oklahoma site (EH/s)": one site's
                             # "  of which Odessa, EH/s", "Mining machines sold (units)": a part, or machines
                             r"^\W*of\s+which\s+(?-i:[A-Z])|\bmachines\b|\brigs\b|"
                             r"\bvalue\b|\b(?:realized|unrealized)\s+(?:gains?|loss(?:es)?)\b|"  # (dollars)
                             r"\bcomputing power\b|\bTH/s\b(?<!\(TH/s)|\bper\s+(?:machine|miner|unit|rig)\b|\bunit\b|"
                             r"\b(?:BTC|bitcoin)\s*/\s*(?:avg\.?\s*|average\s+)?[EPT]H\b|"  # "BTC/avg. EH/s": a ratio
                             # "Hosting bitcoin earned by customers": the clients' coins, not the company's
                             r"\b(?:earned|mined|produced|held) (?:by|for) (?:hosting )?(?:customers|clients)\b|"
                             # "| Colocation Bitcoin Produced (2) | 449 |": coins the clients' machines earned
                             r"(?<!excluding )(?<!ex-)\b(?:colocation|co-location)\b|"
                             # "ETH produced: 2,537*": another coin's output or balance
                             r"^(?!.*\b(?:BTC|bitcoins?)\b).*\b(?:(?-i:ETH|ETC|LTC|DOGE|KAS|ZEC|XMR|ALEO|BCH)|Ether|"
                             r"Ethereum|Litecoin|Dogecoin|Kaspa|Zcash|Monero|Aleo)\b", re.I)


# "Hash Rate of Deployed Miners (PH/s)": the fleet's hashrate, though "Miners Deployed" alone is a count of machines
_MINERS_OF_HASH = re.compile(r"\b(?:of|from)\s+(?:(?:deployed|installed|operating|energized|active)\s+)?miners\b", re.I)


def _reported_as_of(ctx: DocContext, r: Sent) -> P.Period | None:
    """A balance or fleet figure in a table or a label line of an update about a past month or quarter
    ("- Deployed Hash Rate: 33.7 EH/s" in Riot's April update, published May 5) is as of that period's end."""
    rp = past_report_period(ctx)
    return rp if rp is not None and not PRESENT_NEAR.search(r.text) and not _NOW.search(r.text) else None


_CURRENT = re.compile(r"\b(?:now|current(?:ly)?|today|latest)\b", re.I)  # "Current hashrate (EH/s)"


def _recent_report(ctx: DocContext, r: Sent) -> P.Period | None:
    """The month or quarter a roundup reports on, when it ended shortly before publication (not 'Since the halving
    in April 2024', named in a story of August 2025)."""
    rp = _reported_as_of(ctx, r)
    return rp if rp is not None and ctx.published is not None and (ctx.published - rp.end).days <= 45 else None


_NOW = re.compile(r"\b(?:now|currently|today|as of (?:today|the date of this release))\b|^\W{0,3}current\s", re.I)


def clean_label(label: str) -> str:
    """'BTC Produced1' -> 'BTC Produced', 'Bitcoin Held[3]' -> 'Bitcoin Held' (footnote markers glued on)."""
    return _FOOTNOTE_IN_LABEL.sub("", label).strip()


_BARE_ASSET = re.compile(r"(?:BTC|Bitcoin|bitcoin|XBT)(?:\s*\(BTC\))?")
_BALANCE_SHEET_TITLE = re.compile(r"\bbalance\s+sheets?\b|\bfinancial\s+position\b", re.I)
_BARE_BTC_HEADER = re.compile(r"(?:BTC|Bitcoin|bitcoin)(?:\s*\((?:#|BTC|units?|coins?)\))?")
_HOLDERS_CAPTION = re.compile(r"\b(?:holdings|holders?|treasur(?:y|ies)|balance\s+sheets?|stacks?|reserves)\b", re.I)
_UNIT_BTC_RX = re.compile(r"\bBTC\b|[Bb]itcoin")


def label_module(label: str):
    """The BTC fact type a label names: the one named last, the head of the phrase ('BTC mined' -> mined; 'Total
    self-mined Bitcoin held in reserve' -> held)."""
    found = [(m.end(), i) for i, mod in enumerate(BTC_MODULES) for m in mod.LABEL.finditer(label)]
    return BTC_MODULES[max(found)[1]] if found else None


_CALENDAR = re.compile(r"\bcalendar\b|\bCY\b", re.I)
_CELL_COMPARISON = re.compile(r"\(\s*(?:up|down|from|vs\.?|versus|compared|against|[+-]?\d[\d.,]*\s*%)", re.I)
_YTD_LABEL = re.compile(r"\byear[\s-]to[\s-]date\b|\bYTD\b", re.I)
_PAYOUT_LEVEL_HEADER = re.compile(r"\b(?:threshold|maximum|minimum|stretch|weight(?:ing)?|payout|score|achievement)\b",
                                  re.I)
_GOAL_HEADER = re.compile(r"^\W*(?:target|goal|plan|budget)\W*$", re.I)
_CHANGE_COLUMN = re.compile(r"\b(?:change|chg|var(?:iance)?|diff(?:erence)?|growth|increase|decrease|delta|yoy|mom|"
                            r"[ym]/[ym])\b|%", re.I)


def _metric_row(ctx: DocContext, r: Sent, row: list[str], col_periods: list, offset: int | None = None,
                title: str = "", header: list[str] | None = None, label_prefix: str = "",
                col_companies: list | None = None, between: P.Period | None = None) -> list:
    label = clean_label(f"{label_prefix} {row[0]}" if label_prefix else row[0])
    if between is not None and _MINED_INTO_BALANCE.match(label):
        label = "Bitcoin mined"  # a roll-forward's quantity column: the coins, whatever the dollar column is called
    elif between is not None and _SOLD_OUT_OF_BALANCE.match(label):
        label = "Bitcoin sold"  # "Proceeds from sale of Bitcoin   (212)   (9,518)": the coins sold between the balances
    if _NOT_A_FACT_ROW.search(_MINERS_OF_HASH.sub("", label) if _HASH_LABEL.search(label) else label):
        return []
    if _BARE_ASSET.fullmatch(label) and (_unit_scale(title) or _BALANCE_SHEET_TITLE.search(title)) \
            and not _EXCEPT_BTC.search(title):
        # "Bitcoin   164,612" under "Selected Balance Sheet Data (in thousands)", "Bitcoin | 75,550 | 44,225" under
        # "Balance sheet": the coins' dollar value
        return []
    if _BARE_ASSET.fullmatch(label) and title and not _NOT_A_FACT_ROW.search(title):
        label = f"{title}: {label}"  # "Digital Asset Holdings" above "Asset | February 29, 2024" and "BTC | 826.5"
    mod = label_module(label)
    is_hash = bool(_HASH_LABEL.search(label))
    if is_hash and _MACHINES_SOLD_LABEL.search(label):
        return []  # "SEALMINER hashrate sold (EH/s) | 2.1": machines sold to customers
    if mod is None and not is_hash:
        return []
    if mod is not None and not re.search(r"BTC|[Bb]itcoin|XBT|\(#\)|BTC", label) and not is_hash:
        if not re.search(r"BTC|[Bb]itcoin", ctx.text[max(0, r.start - 400):r.start]):
            return []
        if title and _LOAN_TABLE.search(title) and not re.search(r"BTC|[Bb]itcoin", title):
            return []  # "Balance at 30 June 2024 | 5.3" under "Galaxy Loan" and "$m": the loan's balance
    out = []
    pos = len(row[0]) + 1 if offset is None else offset
    # "| May (post-halving) BTC production | 184 | 417 |" under a header of companies: the label's month
    label_period = _first_period(ctx, row[0]) if not any(col_periods[1:]) else None
    if label_period is not None and label_period.kind not in ("month", "quarter", "half", "year", "months") \
            and not (label_period.kind == "date" and (mod is btc_held or is_hash)):
        # (but "| Balance as of January 1, 2024 | 7,362 |", "| BTC holdings, Sept. 30 | 26,842 |" are that day's)
        label_period = None
    label_period = label_period or (between if mod is not None and mod is not btc_held else None)
    # a roll-forward's "| Balance as of December 31, 2023 | 9,195 |" under "Nine months ended September 30, 2024": the
    # day the label names, not the column's span
    label_day = _first_period(ctx, row[0]) if mod is btc_held and any(ch.isdigit() for ch in row[0]) else None
    label_day = label_day if label_day is not None and label_day.kind == "date" and label_day.start is None \
        and label_day.has_year else None  # (not "Bitcoin held at March 31 | 2,287 | 2,332" under two years)
    for j, cell in enumerate(row[1:], start=1):
        start = r.text.find(cell, pos) if offset is None else offset
        pos = start + len(cell)
        mm = re.match(rf"^\W{{0,2}}{_CELL_QUALIFIER}(?P<num>{NUMBER})", cell)
        if _CELL_SKIP.search(cell) or not mm or _OTHER_THINGS_AFTER.match(cell, mm.end()):
            continue
        if not is_hash and _HASH_UNIT_IN_CELL.match(cell, mm.end()):
            continue  # "SEALMINER A1 production: approximately 2.1 EH/s of units were manufactured": no coins
        value = parse_number(mm.group("num"))
        if value is None:
            continue
        if mod is btc_sold and not is_hash and value == 0:
            continue  # "BTC Sold | 0 | 0": no sale, which no one counts as a fact
        # "| Bitcoin holdings | Over 50,000 (as of August 2025) | ~19,287 (end of Q3 2025) |": each cell's own date
        # (not a comparison's: "5.5 EH/s (up 8% from October 2022)")
        cell_period = _first_period(ctx, cell[mm.end():]) if "(" in cell[mm.end():] \
            and not _CELL_COMPARISON.search(cell, mm.end()) else None
        period = cell_period or (col_periods[j] if j < len(col_periods) else None) or label_period
        if label_day is not None and period is not None and period.start is not None:
            period = label_day
        if period is not None and period.kind == "year" and (named := _LABEL_MONTH.search(label)) is not None:
            # "| BTC mined in December | 211 | 446 |" under "| Metric | 2024 | 2023 |": that month of each year
            mo = P.MONTH_NUM[named.group(1).lower()]
            period = dataclasses.replace(period, start=dt.date(period.end.year, mo, 1),
                                         end=P.month_end(period.end.year, mo), kind="month")
        if period is None and mod is not None and mod is not btc_held and _YTD_LABEL.search(label) \
                and ctx.report_period is not None and ctx.report_period.kind == "month":
            period = ctx.report_period  # "Calendar year-to-date bitcoin mined | 4,157" in a November update
        if period is not None and period.kind == "month" and mod is not btc_held and _YTD_LABEL.search(label):
            # "BTC produced year-to-date | 9,812 | 8,610" under "October | September": the year through each month
            # (a "calendar year-to-date" from January whatever the fiscal year)
            first = P.fy_start(period.end.year + (period.end.month > ctx.fy_end_month), ctx.fy_end_month) \
                if ctx.fy_end_month != 12 and not _CALENDAR.search(label) else dt.date(period.end.year, 1, 1)
            period = dataclasses.replace(period, start=first, kind="ytd")
        if period is not None and period.start is not None and mod is btc_held and _OPENING_ROW.search(label):
            # "Bitcoin Beginning Balance | 95.1 | 126.8" under "One Month January 31, 2024": the balance the month
            # opened with, the month before's closing one
            period = dataclasses.replace(period, start=None, end=period.start - dt.timedelta(days=1), kind="date")
        if period is None and any(col_periods[1:]) and _CHANGE_COLUMN.search(header[j] if header and j < len(header) else ""):
            continue  # "| Metric | September 2025 | August 2025 | Change |"
        if header and j < len(header) and _OTHERS_SEGMENT_HEADER.search(header[j]) \
                and not _OWN_SEGMENT_HEADER.search(header[j]) and any(_OWN_SEGMENT_HEADER.search(h) for h in header[1:]):
            continue  # "Self-mining | Hosting | Total" over "Energized hashrate at June 30 (EH/s) | 16.9 | 6.4 | 23.3"
        if (header and j < len(header) and _CHANGE_LEAD_HEADER.match(header[j].strip())) or cell.lstrip().startswith("+"):
            continue  # "| Metric | January 2026 | Change vs. December 2025 |" over "| ... | 8,169.6 | +641.3 |": the change
        if header and j < len(header) and _ESTIMATE_HEADER.search(header[j]):
            continue  # "| Metric | 3Q22E | 4Q22E |": a research note's estimates
        if header and j < len(header) and (_PAYOUT_LEVEL_HEADER.search(header[j]) or (
                mod is not hashrate and _GOAL_HEADER.search(header[j]))):
            continue  # a bonus scorecard's "| Metric | Weight | Threshold | Target | Maximum | Actual |": levels set
        if header and j < len(header) and _OTHER_COIN_HEADER.search(header[j]) \
                and not re.search(r"\bBTC\b|bitcoin", header[j], re.I):
            continue  # "BTC | ETH" over "Balance as of December 31, 2024 | 741.4 | 27,988.0": the ether
        if header and j < len(header) and (_DOLLAR_COLUMN.fullmatch(header[j].strip())
                                           or _DOLLAR_COLUMN_TAIL.search(header[j])) \
                and not _UNIT_IN_CELL.search(cell) \
                and not (_METRIC_HEADER.fullmatch(header[0].strip()) and _BARE_VALUE_HEADER.fullmatch(header[j].strip())):
            # (but "| Metric | Value |" over "| ... | 88.4 BTC |", or over "| Bitcoin self-mined | 1,274 |")
            continue  # "| | Quantity | Amounts |": the dollars beside the coins
        flags: set[str] = set()
        company = col_companies[j] if col_companies and j < len(col_companies) and col_companies[j] else \
            company_for(ctx, r, 0, 0, flags)
        if company is None:
            continue
        if is_hash:
            factor = 1e-3 if re.search(r"PH", label + cell) else 1e-6 if re.search(r"TH", label + cell) else 1.0
            kind = _kind(label, label) or "operational"
            if any(rx.search(label) for name, rx in hashrate.NOT_OURS if name in ("network", "hosted")) \
                    or _WITH_HOSTED_LABEL.search(label):
                continue
            if value * factor < 0.001 or value * factor > MAX_MINER_EH:
                # under 1 PH/s: a machine's rating ('| Hashrate (TH/s) | 270 |'), not a listed miner's fleet; over
                # MAX_MINER_EH: the network's ("- Record hashrate: 1,073 EH/s")
                continue
            c = Candidate("hashrate", company, round(value * factor, 10), "EH/s", r, start, start + len(cell), f"table_{kind}",
                          hashrate_kind=kind, flags=flags)
            if period is None and kind == "average" and ctx.report_period is not None:
                period = ctx.report_period  # "Average operating hashrate for the month: 30.7 EH/s"
            if period is None and kind != "target":
                period = _reported_as_of(ctx, r)
            if period is None and kind != "target" and ctx.published is not None and _NOW.search(label):
                c.period_end = ctx.published  # "- Current hashrate: 5.6 EH/s" on a results slide: today's fleet
            else:
                c.period_end = period.end if period else default_as_of(ctx, r, flags)
            if kind == "average" and period is not None:
                c.period_start = period.start if period.start is not None else _span_named_in(label, period.end)
        else:
            assert mod is not None
            c = Candidate(mod.TYPE, company, value, "BTC", r, start, start + len(cell), "table_row", flags=flags)
            if period is None and mod is btc_held and (reported := _reported_as_of(ctx, r)):
                period = dataclasses.replace(reported, start=None, kind="date")
            if mod is btc_held and period is not None and (opening := _OPENING_OF_UNIT.match(label)):
                period = _eve_of_span_ended(period, opening.group("unit"))
            _set_btc_period(ctx, c, mod, period)
        out.append(c)
        if offset is not None:
            break
    return out


_PERIOD_COLUMN = re.compile(r"(?:as of|as at|date|period|as of\s*/\s*period|period\s*/\s*as of|reported|for)\W*", re.I)
_AS_OF_HEADER = re.compile(r"(?:as of|as at|date|period end(?:ed)?|reported(?: as of)?|at|(?:last|latest)\s+(?:update[d]?|reported|"
                           r"disclosed|disclosure|filing)|updated)\W*", re.I)


_TARGET_DATE_HEADER = re.compile(r"\b(?:target|goal)\s+(?:date|timing|deadline)\b|\bdeadline\b|\bby when\b", re.I)
# (and "3Q22E", "2023E", "FY25E": a research note's estimate columns)
_ESTIMATE_HEADER = re.compile(r"\b(?:est\.|estimated?s?\b|implied\b)|\d(?:Q\d\d|H\d\d|\d)E\b|\bFY\d\dE\b", re.I)
_RATIO_HEADER = re.compile(r"\bper\s+(?:[EPT]H(?:/s)?|exahash|petahash|terahash|MW|megawatt|share|day)\b|"
                           r"\b(?:BTC|bitcoin)\s*/\s*(?:[EPT]H|day|MW)\b|"
                           # "Avg. monthly BTC, Jan-Apr 2024": a rate over the span, no month's output
                           r"\b(?:avg\.?|average)\s+(?:monthly|daily|weekly)\b|\bmonthly\s+average\b", re.I)


_HELD_CAPTION = re.compile(r"\b(?:held|holdings?|balances?|treasur(?:y|ies)|reserves?|HODL)\b", re.I)
_SOLD_CAPTION = re.compile(r"\b(?:sold|sales?)\b", re.I)
# a column of money or of changes, not of coins or hashrate: "Value, Aug 31 (US$m)", "Chg vs Jul 31", "Added YTD"
_MONEY_COLUMN = re.compile(r"\$|\bUS\$|\bUSD\b|\bvalue\b|\bworth\b|%|\b(?:chg|change|diff|delta|added|growth|vs\.?|"
                           r"m/m|mom|y/y|yoy)\b", re.I)


def _first_sentence(text: str) -> str:
    """'Month-end bitcoin balances ..., in BTC. The value column uses ...': up to the first full stop not in a number."""
    m = re.search(r"\.(?!\d)", text)
    return text[:m.end()] if m else text


def _paragraph_above(ctx: DocContext, header: Sent, reach: int = 400) -> str:
    """The paragraph that leads into a table ('The table below compares the bitcoin each company reported mining in
    the last two months'), from at most `reach` characters above it."""
    before = ctx.text[max(0, header.start - reach):header.start].rstrip()
    return before[before.rfind("\n\n") + 2:] if "\n\n" in before else before


def _company_row(ctx: DocContext, r: Sent, row: list[str], header: list[str], col_periods: list,
                 table_period: P.Period | None, company_col: int = 0, title: str = "",
                 lead: str = "") -> list[Candidate]:
    cells = _cell_offsets(r.text, row)
    if len(cells) <= company_col:
        return []
    name_cell, name_at = cells[company_col]
    # (within the cell: a rank '1' right before 'MARA' in a tab-separated row is not the name's cell)
    company: Company | None = next((m.company for m in r.mentions if name_at <= m.start < name_at + min(3, len(name_cell))),
                                   None)
    if company is None:
        return []
    out = []
    # a column of as-of dates ('| Company | BTC held | As of |' over '| Riot | 9,334 | July 31 |') dates its row
    as_of = next((_first_period(ctx, cell) for (cell, _), h in zip(cells, header, strict=False)
                  if _AS_OF_HEADER.fullmatch(h.strip())), None)
    loans = bool(_LOAN_TABLE.search(title)) and not _NOT_DEBT_TABLE.search(title) and not _FOREIGN.search(title)
    held_columns = {k for k, h in enumerate(header) if label_module(h) is btc_held}
    for j, (cell, start) in enumerate(cells[company_col + 1:], start=company_col + 1):
        h = col_head = header[j] if j < len(header) else ""  # (a row may hold more cells than its header)
        if loans and _LOAN_COLUMN.search(h) and not _NOT_LOAN_COLUMN.search(h):
            period = (col_periods[j] if j < len(col_periods) else None) or as_of or table_period \
                or _first_period(ctx, title)
            out += _company_loan_cell(ctx, r, company, cell, start, h, period, title)
            continue
        if _RATIO_HEADER.search(h) or _ESTIMATE_HEADER.search(h):
            # '| Rank | Miner | Bitcoin mined per EH/s, August |': a ratio, neither coins nor hashrate; '| Realized
            # hashrate (TMM est.) |': the outlet's estimate
            continue
        mod = label_module(h)
        is_hash = bool(_HASH_LABEL.search(h))
        if mod is None and not is_hash and col_periods[j:j + 1] != [None]:
            h = f"{title} {h}"  # a column of dates under a title that names the metric
            mod = label_module(title) if _UNIT_BTC_RX.search(title) else None
            is_hash = mod is None and bool(_HASH_LABEL.search(title))
            if mod is None and not is_hash and not title and lead and not _MONEY_COLUMN.search(col_head):
                # a sentence leading into the table names the metric and its unit: "Month-end bitcoin balances as
                # disclosed ..., in BTC." over "| Company | Jun 30 | Jul 31 |", "Company-reported operating hashrate
                # at each month end, in exahashes per second (EH/s)." over "Miner | Oct 31 | Nov 30"
                said = _first_sentence(lead)
                mod = (btc_held if _HELD_CAPTION.search(said) else btc_sold if _SOLD_CAPTION.search(said)
                       else label_module(said)) if _UNIT_BTC_RX.search(said) else None
                # (a column in BTC is no hashrate, whatever the sentence says: "March 2024 (BTC)")
                is_hash = mod is None and bool(_HASH_LABEL.search(said)) and not _UNIT_BTC_RX.search(col_head)
                h = f"{said} {col_head}"
            if mod is None and not is_hash and not title and not _MONEY_COLUMN.search(col_head) \
                    and _UNIT_BTC_RX.search(headline := ctx.text[:ctx.text.find("\n")]) \
                    and (mod := label_module(headline)) is not None:
                # the story's headline names the metric when the lead-in does not: "Mid-tier miners close out 2025:
                # bitcoin mined by month" over "Here is the fourth quarter as they reported it." and the table
                h = f"{headline} {col_head}"
            if mod is None and not is_hash and _UNIT_BTC_RX.search(col_head) and col_periods[j].start is not None:
                # '| Miner | July 2021 (BTC) | June 2021 (BTC) |': each month's coins, the kind the paragraph leading
                # into the table names ("compares the bitcoin each company reported mining"), else its production
                mod = label_module(lead) or btc_mined
        if mod is None and not is_hash and _KIND_ONLY_HEADER.match(col_head) \
                and any(re.search(r"\b[EP]H/s\b|\bexahash", src) for src in (title, lead, cell)):
            is_hash, h = True, f"{col_head} (EH/s)"  # "Data compiled ... Figures in EH/s." over "| Operational (Dec 31) |"
        if mod is None and not is_hash and _BARE_BTC_HEADER.fullmatch(col_head.strip()) \
                and any(_HOLDERS_CAPTION.search(src) for src in (title, _first_sentence(lead) if lead else "",
                                                                 ctx.text[:ctx.text.find("\n")])):
            mod = btc_held  # "Holdings at March 31, 2022" over "| Company | Business | BTC |": the coins each holds
        if mod is btc_held and label_module(col_head) is None and col_periods[j:j + 1] != [None] \
                and held_columns - {j}:
            mod = btc_mined  # '| Dec BTC | Nov BTC | BTC held (Dec 31) |': holdings have a column of their own
        mm = re.match(rf"^\W{{0,2}}(?P<num>{NUMBER})", cell)
        if _CELL_SKIP.search(cell) or not mm or (mod is None and not is_hash):
            continue
        value = parse_number(mm.group("num"))
        if value is None:
            continue
        upper = _RANGE_REST.match(cell, mm.end())
        if upper is not None:
            value = parse_number(upper.group("num"))  # '3.5-4.0': the range's top (GOLD_GUIDE), flagged
            if value is None:
                continue
        period = (col_periods[j] if j < len(col_periods) else None) or as_of or table_period
        if period is not None and period.kind == "year" and (fy := company.fiscal_year_end) != ctx.fy_end_month \
                and _FISCAL_WORD.search(col_head):
            # "FY 2022 BTC" in a table of many miners: each row's own fiscal year
            period = next(iter(P.find_periods(col_head, ctx.published, fy, ctx.dmy)), period)
        if is_hash:
            unit_text = cell if re.search(r"[EPT]H", cell) else h
            factor = 1e-3 if "PH" in unit_text else 1e-6 if "TH" in unit_text else 1.0
            # (the row's words, less its other hashrate cells: "| 60.4 EH/s | energized | 75 EH/s by end-2026 |")
            kind = _kind(h + " " + " ".join(x for x in row if x == cell or not _HASH_CELL.search(x)), h) or "operational"
            c = Candidate("hashrate", company, round(value * factor, 10), "EH/s", r, start, start + len(cell), "table_company",
                          hashrate_kind=kind)
            if kind == "target" and (own := _first_period(ctx, cell[mm.end():])) is not None:
                period = own  # '| Target |' over '| 4.0 EH/s, end-2022 |': the deadline in the cell
            elif kind == "target" and (deadline := next((_first_period(ctx, cell) for (cell, _), dh in
                                                         zip(cells, header, strict=False)
                                                         if _TARGET_DATE_HEADER.search(dh)), None)) is not None:
                period = deadline  # '| Target (EH/s) | Target date |' over '| 12.8 | end-2022 |'
            elif kind == "target" and (any(_TARGET_DATE_HEADER.search(dh) for dh in header)
                                       or (not _HASH_LABEL.search(h.replace("(EH/s)", ""))
                                           and (j >= len(col_periods) or col_periods[j] is None))):
                # '| 15 | TBD |': a goal with no deadline readable; '| Stated target |' over '| 75.0 (a) |': its
                # deadline in a footnote, not the table's date
                c.flags.add("period_inferred")

            period = period or (ctx.report_period if kind == "average" else None)
            if period is None and kind != "target" and not _CURRENT.search(f"{title} {h}"):
                period = _recent_report(ctx, r)  # a roundup of March's figures, published in April
            c.period_end = period.end if period else default_as_of(ctx, r, c.flags)
            if kind == "average" and period is not None:
                c.period_start = period.start
        else:
            assert mod is not None
            if mod in (btc_mined, btc_sold) and value == 0:
                continue  # "| Cango | 6,594 | 0 |": it did not mine (or sell) then, no flow to record
            c = Candidate(mod.TYPE, company, value, "BTC", r, start, start + len(cell), "table_company")
            if period is None and mod is btc_held and not _CURRENT.search(f"{title} {h}") \
                    and (reported := _recent_report(ctx, r)) is not None:
                period = dataclasses.replace(reported, start=None, kind="date")  # as the hashrate column beside it
            _set_btc_period(ctx, c, mod, period)
        if upper is not None:
            c.qualifier = "at_most"
            c.flags.add("value_range")
        out.append(c)
    return out


def _item_period(sent: Sent, item: re.Match[str]) -> P.Period | None:
    """The period an item is named by, and by nothing else ('Q1 2024: 593 BTC'); None for any other item."""
    named = [p for p in sent.periods if p.char_start < item.end("name")]
    if len(named) != 1 or named[0].start is None or sent.text[item.start("name"):item.end("name")].strip() != named[0].text \
            or any(m.company for m in sent.mentions):
        return None
    return named[0]


def _period_item(ctx: DocContext, sent: Sent, item: re.Match[str], q: Quantity | None, kinds: list[str],
                 named: P.Period) -> list[Candidate]:
    """'Q1 2024: 593 BTC' under 'Quarterly self-mining production, 2024': a flow of the period the item names, the
    story's miner's."""
    if q is None or kinds not in (["btc_mined"], ["btc_sold"]):
        return []
    flags: set[str] = set()
    company = company_for(ctx, sent, q.start, q.end, flags)
    period = anchor(ctx, named) or named
    if company is None or (ctx.published is not None and period.end > ctx.published):
        return []
    return [Candidate(kinds[0], company, q.value, "BTC", sent, q.start, q.end, "list_item",
                      period_start=period.start, period_end=period.end, flags=flags,
                      qualifier="approximate" if item.group("about") else q.qualifier)]


# a roll-forward's first row under columns dated at the span's end: "BTC balance, beginning of year" over "Year ended
# December 31, 2022" (a column that names its span is read by _OPENING_ROW)
_OPENING_OF_UNIT = re.compile(r"\W*(?:(?:BTC|bitcoins?|digital\s+(?:assets?|currenc(?:y|ies)))\s+)?(?:balance\s*,?\s*)?"
                              r"(?:at\s+|as\s+of\s+)?(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?"
                              r"(?P<unit>year|quarter|month)\b", re.I)


def _eve_of_span_ended(period: P.Period, unit: str) -> P.Period:
    """The day before the year (quarter, month) that ends on a column's date: the balance that span opened with."""
    if period.start is not None or period.end != P.month_end(period.end.year, period.end.month):
        return period
    first = P.months_back(dt.date(period.end.year, period.end.month, 1), P.SPAN_MONTHS[unit.lower()])
    return P.Period(None, first - dt.timedelta(days=1), "date", period.char_start, period.char_end, period.has_year,
                    period.text)


_HASH_CELL = re.compile(r"\d\s*[EP]H/s\b")


def _company_loan_cell(ctx: DocContext, r: Sent, company: Company, cell: str, start: int, header: str,
                       period: P.Period | None, title: str) -> list[Candidate]:
    """A roundup's table of debts, one miner a row: 'Selected miner borrowings as of March 31, 2022' over
    '| Miner | Lender(s) | Type | Outstanding |' and '| Core Scientific (CORZ) | Anchorage, BlockFi | ... | $286.7M |'."""
    m = _MONEY_CELL.match(cell.replace(" ", ""))
    if m is None or "$" not in cell:
        return []
    value = _money_cell_value(m, f"{header} {title}", 1.0)
    if value < 100_000:
        return []
    c = Candidate("loan", company, value, "USD", r, start, start + len(cell), "table_loan", loan_event="outstanding")
    _date_table_loan(ctx, c, period)
    return [c]


# A ranked or bulleted list with no verbs, under a line that says what it lists:
# "Here is how the treasuries stood at December 31, 2024, ranked by size:" over "1. MARA Holdings - 44,893 BTC"
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+|[-•*–·▪][ \t]+)?(?P<name>[A-Z][^\n:|$%]{1,40}?)[ \t]*"
                        r"(?:[-–—:|,][ \t]*|[ \t]{2,})(?P<about>about[ \t]+|approximately[ \t]+|~[ \t]?)?"
                        # (a footnote mark after the unit: "455.9 BTC(1)", "3,318 BTC3")
                        r"(?P<num>\d[\d,.]*)[ \t]*(?:BTC|bitcoins?)(?:[ \t]?\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}|\*{1,3})?"
                        r"(?![\w])\.?[ \t]*$")
_LIST_KINDS = (("btc_held", re.compile(r"\b(?:treasur(?:y|ies)|holdings?|held|holds|HODL|reserves?|stacks?|"
                                       r"balance\s+sheets?|on\s+hand)\b", re.I)),
               ("btc_mined", re.compile(r"\b(?:mined|mining\s+output|production|produced|output)\b", re.I)),
               ("btc_sold", re.compile(r"\b(?:sold|sales|sellers?)\b", re.I)))


def _list_lead_in(ctx: DocContext, sent: Sent) -> str | None:
    """The line a list item hangs under: the first line above it, past blank lines and the list's other items."""
    end = ctx.text.rfind("\n", 0, sent.start)
    for _ in range(30):
        if end <= 0:
            return None
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end].strip()
        if line and not _LIST_ITEM.fullmatch(line):
            # a title or a line ending in ':', not another list's bullet or a paragraph's last sentence
            if BULLET_LINE.match(line + " ") or not (line.endswith(":") or line[-1] not in ".!?"):
                return None
            return re.split(r"(?<=[.!?])\s+(?=[A-Z])", line)[-1]  # a paragraph's last sentence, the one that leads in
        end = start - 1
    return None


def _has_sibling_item(text: str, start: int, end: int) -> bool:
    """Another item of the same list right above or below the line at text[start:end]."""
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    below = text.find("\n", end + 1)
    return any(_LIST_ITEM.fullmatch(line.strip()) for line in (text[above:max(above, start - 1)],
                                                                 text[end + 1:below if below != -1 else len(text)]))


def list_item_candidates(ctx: DocContext, sent: Sent) -> list[Candidate]:
    """'1. MARA Holdings - 44,893 BTC', 'Riot        19,480 BTC': an item of a list whose lead-in names one kind of
    figure and its date ('Treasuries at December 31, 2025'); the item itself has no verb to say which. (And an item
    named by its period, 'Q1 2025   1,541 BTC' under 'Its 2025 output by quarter:', is the story's miner's.)"""
    item = _LIST_ITEM.fullmatch(sent.text) if "\n" not in sent.text.strip() else None
    if item is None:
        return []
    # (a name's digit can read as a range's start: "3. Hut 8 - 10,171 BTC")
    q = next((q for q in sent.btc if q.start < item.end("num") <= q.end), None)
    lead = _list_lead_in(ctx, sent) if _has_sibling_item(ctx.text, sent.start, sent.end) else None
    kinds = [kind for kind, rx in _LIST_KINDS if rx.search(lead)] if lead is not None else []
    if (named := _item_period(sent, item)) is not None:
        return _period_item(ctx, sent, item, q, kinds, named)
    company = next((m.company for m in sent.mentions if m.start < item.end("name")), None)
    if company is None or q is None or lead is None or len(lead) > 300:
        return []
    periods = [p for p in P.find_periods(lead, ctx.published, ctx.fy_end_month, ctx.dmy)
               if ctx.published is None or p.end <= ctx.published]
    if len(kinds) != 1 or len(periods) != 1:
        return []
    period = anchor(ctx, periods[0]) or periods[0]
    flow = kinds[0] != "btc_held"
    if flow and period.start is None:
        return []  # a flow needs its span: "Output by miner, December 2025:", not a day
    return [Candidate(kinds[0], company, q.value, "BTC", sent, q.start, q.end, "list_item",
                      period_start=period.start if flow else None, period_end=period.end,
                      qualifier="approximate" if item.group("about") else
                      None if q.start < item.start("num") else q.qualifier)]
