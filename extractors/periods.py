"""Period expressions, resolved against the publication date.

Covers   "in July" (published 2025-08-04 -> 2025-07), "in December" (published 2026-01-03 -> 2025-12),
         "April and May" -> Apr 1..May 31, "Q2 2025", "2Q25", "second quarter of 2025", "H1 2025",
         "fiscal year ended June 30, 2025", "fiscal 2025", "year to date", "last month", "last November",
         "July last year", "on Friday" (published Monday 2024-08-12 -> 2024-08-09), "as of July 31, 2025",
         "by the close of 2025", "by mid-2026", "05/03/2024"
Rejects  "2,024 BTC" (a number, not a year), "May" as a verb in lower case
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.amounts import CLAUSE_CHAR

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
         "nov": 11, "dec": 12}
MONTH_NUM = {m: i + 1 for i, m in enumerate(_MONTHS)} | _ABBR


def trie_alternation(words: list[str]) -> str:
    """The words as a regex trie, longest branch first: ["Jan", "January", "June"] -> "J(?:an(?:uary)?|une)".

    Same matches as a longest-first alternation, but the engine tests each letter once instead of trying 42
    month spellings in turn at every word boundary (the period regex ran at ~0.2M words/s before this).
    """
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_MONTH_ALT = trie_alternation([m.capitalize() for m in MONTH_NUM] + [m.upper() for m in MONTH_NUM])
# (not the verb of a headline in title case: "Signals It May Start Selling")
MONTH = (rf"(?:{_MONTH_ALT})\.?(?![A-Za-z])(?!(?<=May)\s+(?i:not|be|have|start|sell|need|see|reach|begin|slow|cut|raise|"
         rf"face|turn|seek|buy|push|lose|make|take|also|soon|still|well|already|never)\b)")
YEAR = r"(?:19|20)\d{2}"
_CALENDAR = r"[Cc]alendar\s+(?:[Yy]ear\s+)?"  # "the first half of calendar 2024", "Q4 calendar year 2024"
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_ORD_ALT = "(?i:" + "|".join(_ORD) + ")"

# "three months", "eleven months", "11 months": a span counted in months
N_MONTHS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\s+months"
# Order matters: longer, more specific expressions first; matches never overlap.
_PATTERNS: list[tuple[str, str]] = [
    ("fy_ended", rf"(?:[Ff]iscal\s+)?(?P<span>(?i:year|quarter|month|period|{N_MONTHS}))\s+(?:that\s+|which\s+)?(?i:end(?:ed|ing)(?:\s+on)?|to)\s+(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>{YEAR}))?\b"),
    # a table header's span with no "ended": "One Month January 31, 2024", "Six Months June 30, 2024"
    ("fy_ended_bare", rf"\b(?P<span>(?i:month|quarter|{N_MONTHS}))\s+(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}),?\s+"
                      rf"(?P<y>{YEAR})\b"),
    ("fy_ended_dmy", rf"(?:[Ff]iscal\s+)?(?P<span>(?i:year|quarter|month|period|{N_MONTHS}))\s+(?:that\s+|which\s+)?"
                     rf"(?i:end(?:ed|ing)(?:\s+on)?|to)\s+(?P<d>\d{{1,2}})\s+(?P<m>{MONTH})(?:,?\s+"
                     rf"(?P<y>{YEAR}))?\b"),
    # "For its fiscal year ended 03/31/2024": the day in the document's numeric order
    ("fy_ended_slash", rf"(?:[Ff]iscal\s+)?(?P<span>(?i:year|quarter|month|period|{N_MONTHS}))\s+(?:that\s+|which\s+)?"
                       r"(?i:end(?:ed|ing)(?:\s+on)?)\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d{2})(?![\d/])"),
    # "in fiscal '24, the year that ended in March": the twelve months to that month's end
    ("year_ended_in", rf"\b(?i:the\s+(?:fiscal\s+|financial\s+)?year\s+(?:that\s+|which\s+)?(?:ended|closed)\s+in)\s+"
                      rf"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    # "between June 26 and July 3, 2025", "(October 1, 2024 - February 28, 2025)": one span
    # (and "From November 7, 2024, when we began mining, through December 31, 2024")
    ("date_range", rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>{YEAR}))?\s*"
                   rf"(?:,\s+(?:when|after|as)\s+[^,.;]{{3,60}},\s*(?=through\b|to\b|until\b))?"
                   rf"(?:and|to|through|-|–)\s*(?:(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?|"
                   # "From January 1, 2021 through the end of February 2022"
                   rf"the\s+end\s+of\s+(?P<m3>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?(?!,?\s*\d)"),
    # "from 1 January to 31 July 2024": the same, day first
    ("date_range_dmy", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?\s*"
                       rf"(?:and|to|through|-|–)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}),?\s+(?P<y>{YEAR})\b"),
    # "from the launch of its mining business in February 2020 through June 30, 2021": a span across years
    ("month_year_range", rf"(?P<m>{MONTH})\s+(?P<y1>{YEAR})\s+(?:through|to|until)\s+(?:the\s+end\s+of\s+)?"
                         rf"(?P<m2>{MONTH})(?:\s+(?P<d2>\d{{1,2}}))?,?\s+(?P<y>{YEAR})\b"),
    ("date_mdy", rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})"),
    ("date_dmy", rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH}),?\s+(?P<y>{YEAR})"),
    # a slide's or fact sheet's "31-May-23", "30-Jun-2021"
    ("date_dmy_dash", rf"(?<![\w-])(?P<d>[0-3]?\d)-(?P<m>{MONTH})-(?P<y>{YEAR}|\d{{2}})(?![\w-])"),
    ("iso_date", rf"(?P<y>{YEAR})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})"),
    # a data file's month: "2024-05" (not a fiscal year's span, "2024-25", nor a date's first part)
    ("iso_month", rf"(?<![\w-])(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])(?![\d-])"),
    # "held 105 BTC at 31.12.2023": a German or Swiss release's day.month.year
    ("dotted_date", rf"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>{YEAR})(?![\d.]\d)"),
    ("slash_date", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d{2})(?![\d/])"),
    # "As of 31-03-2024": a translated story's day-month-year with dashes (a four-digit year only)
    ("dash_date", r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>(?:19|20)\d{2})(?![\d-])"),
    # "Deployed hash rate at 7/31: 36.5 EH/s", "12,502 BTC HODL as of 5/31": a day with no year, the last one by publication
    ("slash_day", r"(?:(?<=\b[Aa]t )|(?<=\b[Aa]s of )|(?<=\b[Oo]n )|(?<=\b[Tt]hrough ))(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])"),
    # "July through September 2024", "Apr–Jun 2025" (a table header)
    # "Between the start of April and the end of May": the two months
    ("month_edges", rf"\b[Bb]etween\s+the\s+(?:start|beginning)\s+of\s+(?P<m>{MONTH})\s+and\s+the\s+end\s+of\s+"
                    rf"(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    ("month_pair", rf"(?P<m>{MONTH})(?:\s+(?:and|through|to)\s+(?:the\s+end\s+of\s+)?|\s*[-–]\s*|-(?:to|through)-)(?P<m2>{MONTH})"
                   rf"(?:,?\s+(?P<y>{YEAR}))?"),  # (and "From January to the end of August 2022")
    # "Q3 2025", "3Q25", "fiscal Q1", "FQ3 2025", "Q1 of fiscal 2024" (a fiscal quarter)
    ("quarter", rf"\b(?P<fy0>[Ff]iscal\s+|F(?=Q))?(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s+of\s+(?=[Ff]iscal\s)|\s|-(?=(?:19|20)?\d\d\b))?(?:(?P<fy>FY|F(?=\d)|[Ff]iscal\s+(?:[Yy]ear\s+)?)|'|{_CALENDAR}(?=\d))?"
                rf"(?:(?P<y>{YEAR}|\d{{2}})\b|\s*(?<=\s)(?P<nx>last|next)\s+year\b)?"),  # ("739 in Q2 last year")
    # "Fiscal 2025 First Quarter Results": the fiscal year before the quarter
    ("fy_quarter_words", rf"\b(?P<fy>[Ff]iscal\s+(?:[Yy]ear\s+)?|FY\s?)(?P<y>{YEAR}|(?<=FY)\d{{2}}|(?<=FY )\d{{2}})\s+(?P<o>{_ORD_ALT})[\s-]+"
                         r"[Qq]uarter(?!ly)\b"),
    # ("the first calendar quarter" of a miner whose fiscal year ends in September is January-March)
    ("quarter_words", rf"\b(?P<fy0>[Ff]iscal\s+)?(?P<o>{_ORD_ALT})[\s-]+(?:(?P<fy1>[Ff]iscal\s+)|[Cc]alendar\s+)?"
                      rf"(?:[Qq]uarter(?!ly)|Qtr\.?)(?:\s+of)?"  # ("Third Qtr. 2024" in a table header)
                      rf"(?:,?\s+(?:(?:its|the|the company's)\s+(?=[Ff]iscal|FY))?(?:(?P<fy>[Ff]iscal\s+(?:[Yy]ear\s+)?|FY\s?)"
                      rf"(?P<y>{YEAR}|\d{{2}})\b|(?:{_CALENDAR})?(?P<yb>{YEAR}))|"
                      # "the third quarter of its 2024 fiscal year"
                      rf"\s+(?:its|the|the company's)\s+(?P<yf>{YEAR})\s+[Ff]iscal\s+[Yy]ear\b|"
                      # "the second quarter of its current fiscal year": the fiscal year publication falls in
                      rf"\s+(?:its|the|our|the company's)\s+(?:current\s+)?(?P<fyc>[Ff]iscal\s+[Yy]ear)\b"
                      rf"(?!,?\s+(?:19|20)\d\d)|"
                      # "the first quarter of next year"
                      rf"\s+(?P<nx>next|last)\s+year\b)?"),
    ("half", rf"\b(?:H(?P<h>[12])(?!00)|(?P<h2>[12])H|(?P<o>(?i:first|second))(?:\s+|-)[Hh]alf"
             rf"(?!\s+of\s+(?:(?:the|this|that|last|each)\s+(?:month|quarter|week|day)|{MONTH}))(?:\s+of)?)\s?"
             rf"(?:(?P<fy>[Ff]iscal\s+(?:[Yy]ear\s+)?|FY\s?)(?=\d)|{_CALENDAR}(?=\d))?"
             # "the first half of the 2025 financial year"
             rf"(?:(?P<y>{YEAR}|\d{{2}})|(?P<rel>(?i:next|this|last))\s+year|"
             rf"the\s+(?P<yf>{YEAR})\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear)?\b"),  # "the first half of next year"
    # "FY24 to date", "FY24 year-to-date", "FY2025 YTD": before fiscal_year, which would take "FY24" alone
    ("fiscal_ytd", rf"\b(?:[Ff]iscal(?:\s+year)?|FY)\s?(?P<y>{YEAR}|\d{{2}})\s+(?:(?i:year)[\s-]+)?(?:to[\s-]+date|YTD)\b"),
    # "Year-to-date fiscal 2023 production", "YTD FY24": the same, the fiscal year named after
    ("fiscal_ytd_after", rf"\b(?:(?i:year)[\s-]to[\s-]date|YTD)\s+(?:[Ff]iscal(?:\s+[Yy]ear)?\s|FY\s?)(?P<y>{YEAR}|\d{{2}})\b"),
    ("fiscal_year", rf"\b(?:[Ff]iscal(?:\s+[Yy]ear)?|FISCAL(?:\s+YEAR)?|FY)\s?"  # ("Fiscal Year 2023 Highlights")
                    rf"(?:(?P<y>{YEAR}|\d{{2}})\b|['’](?P<y2>\d{{2}})(?![\w'’]))"),
    ("ytd_through", rf"\b(?:(?i:year)[\s-]to[\s-]date|YTD)\s+(?:through|to|as of|ended|ending)\s+(?:the\s+end\s+of\s+)?"
                    rf"(?P<m>{MONTH})(?:\s+(?P<d>\d{{1,2}})\b)?(?:,?\s+(?P<y>{YEAR}))?"),  # (and "year-to-date through May")
    # "has mined 1,644 BTC in 2021 through the end of October": January 1 to October 31, 2021
    # (and "its 2021 production through June 30")
    # (and "In calendar 2024 through the end of September, CleanSpark has mined 5,079 BTC")
    ("year_through", rf"\b(?:(?i:calendar)\s+(?:(?i:year)\s+)?)?(?P<y>{YEAR})\s+(?:(?:production|output)\s+)?"
                     rf"(?:through|thru|until)\s+(?:the\s+end\s+of\s+)?(?P<m>{MONTH})"
                     rf"(?:\s+(?P<d>\d{{1,2}})\b)?"),
    ("fiscal_ytd_paren", rf"\b[Ff]iscal[\s-]year[\s-]to[\s-]date\s*\(\s*FY\s?(?P<y>{YEAR}|\d{{2}})\s*\)"),
    ("fiscal_ytd_bare", r"\b(?:(?i:(?:fiscal|financial)[\s-]year[\s-]to[\s-]date)|[Ff]iscal YTD|FYTD)\b"),
    # a table's "YTD 2022 | YTD 2021" columns: each year through the same month
    ("ytd_year", rf"\b(?:(?i:year)[\s-]to[\s-]date|YTD)\s+(?P<y>{YEAR})\b|\b(?P<y2>{YEAR})\s+(?:YTD|(?i:year)[\s-]to[\s-]date)\b"),
    ("ytd", r"\b(?:(?i:year[\s-]to[\s-]date)|YTD|(?i:so far this year)|(?i:the year so far))\b"),
    # "1,370 BTC quarter-to-date" in a monthly update: the quarter's start through the reported month
    ("qtd", r"\b(?:(?i:quarter)[\s-]to[\s-]date|QTD)\b"),
    # "has mined 2,457 BTC this year", "on track to reach 35 to 37 exahashes this year": _this_year reads which
    # "expects that to rise later this year": by the year's end, a deadline
    ("later_this_year", r"\b[Ll]ater\s+(?:this|in\s+the)\s+year\b"),
    ("this_year", r"(?<![Ee]arlier )(?<![Ll]ater )(?<![Oo]f )\b[Tt]his\s+year\b(?!['’]s)"),
    # "by the end of the current fiscal year", "its current fiscal year", "this fiscal year": the one publication is in
    ("current_fiscal_year", r"\b(?:(?:[Tt]he|[Ii]ts)\s+current|[Tt]his)\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear\b"
                            r"(?!\s+(?:ended|ending|end(?:s|ed)?|(?:19|20)\d\d)\b)"),
    ("since_date", rf"\b[Ss]ince\s+(?:the\s+(?:start|beginning)\s+of\s+(?:its\s+|the\s+)?(?:[Ff]iscal\s+(?:[Yy]ear\s+)?)?"
                   rf"(?:{YEAR}\s+)?(?:(?<=\d )[Ff]iscal\s+[Yy]ear\s+)?(?:on\s+)?|(?:its|the)\s+[Ff]iscal\s+year\s+(?:began|started)\s+(?:on\s+)?|"
                   # "Since the halving on April 19, we have mined 1,127 bitcoin"
                   rf"the\s+(?:(?:bitcoin|Bitcoin|{YEAR}|fourth|latest|most\s+recent)\s+)?halving\s+(?:on\s+|of\s+)?)?"
                   rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?!\d)(?:,?\s+(?P<y>{YEAR}))?"),
    # "Since it began mining in November 2024, Cango had produced a cumulative 5,810 BTC": from that month's start
    # (and "Since we entered the industry in November 2024, we have mined 5,810 bitcoins")
    # (not a change's base: "up 30% since January")
    ("since_month", rf"(?<!% )(?<!percent )(?<!up )(?<!down )\b[Ss]ince\s+(?:(?:(?:it|the company|we)\s+"
                    rf"(?:began|started|entered|joined)|starting|entering|"
                    rf"beginning)\s+(?:to\s+mine|mining|operations|operating|production|producing|"
                    rf"the\s+(?:bitcoin\s+)?(?:mining\s+)?(?:industry|business|"
                    rf"sector))\s+in\s+)?(?:(?:mid|early|late)-?\s?)?(?P<m>{MONTH})"  # "Since mid-August"
                    # (not a start figure's month: "risen steadily since January, from 301 BTC then to 431 BTC in May")
                    rf"(?:\s+(?P<y>{YEAR})\b|\b(?!\s+\d|,?\s+from\b))"
                    rf"(?!,?\s+when\b)"),
    # "the nine-month total of 3,692 BTC" in a September update: January through the month last completed
    ("n_month_total", r"\b(?:the\s+|its\s+)?(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven))-month\s+"
                      r"(?:mining\s+|bitcoin\s+|BTC\s+)?(?:total|tally|output|production|haul)\b"),
    ("first_months", rf"\b(?:the\s+)?(?P<which>(?i:first|last|final))\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+"
                     rf"(?:(?P<fy>[Ff]iscal\s+(?:[Yy]ear\s+)?|FY\s?)?(?P<y>{YEAR}|(?<=FY)\d{{2}}|(?<=FY )\d{{2}})\b|"
                     rf"(?P<this>(?:the|this|its)\s+(?:fiscal\s+)?year))"),
    # a table's "9M 2023 | 9M 2022" columns: the first nine months of each year ("9M FY2024" of the fiscal year)
    ("months_of_year", rf"(?<![$€£])\b(?P<n>[369])M(?:\s?(?P<fy>FY\s?)?(?P<y>{YEAR})|-(?P<y2>\d\d))\b"),  # ("9M-23")
    # a slide's "by YE25", "at YE22", "YE CY24", "YE FY25": that (fiscal) year's end
    ("ye_short", rf"\bYE\s?(?:CY\s?|(?P<fy>FY\s?))?(?P<y>{YEAR}|\d{{2}})\b"),
    # "the three months through September", "the full twelve months to June 30": a span ending in a month
    # "Over the past seven days, Bitfarms sold 3,000 BTC": the days before publication
    # ("Over the previous seven days Bitfarms sold 3,000 bitcoin", "over the past week")
    ("past_days", r"(?:(?<=[Oo]ver the )|(?<=[Ii]n the )|(?<=[Dd]uring the ))(?:past|last|previous|prior)\s+"
                  r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|1[0-4]|[2-9])\s+(?P<u>days|weeks)|"
                  rf"(?P<pw>week))\b(?!\s+of\s+{MONTH})"),
    # "We sold 3,000 bitcoin over the last week of June": the month's last seven days
    ("month_last_days", rf"(?<=\bthe )(?:last|final|closing)\s+(?:(?P<n>two|three|four|five|six|seven|ten|[2-9]|1[0-4])\s+days|"
                        rf"(?P<pw>week))\s+of\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"),
    # "by American Thanksgiving this year": the fourth Thursday of November
    # "expects to reach 20 EH/s by the halving", in a story of March 2024: the next halving, April 2024
    ("halving", r"(?<=\b[Bb]y )the\s+(?:(?:next|upcoming|"
                r"coming|April|2024|2028|fourth|fifth)\s+)?(?:bitcoin\s+|Bitcoin\s+)?(?:halving|halvening)\b"),
    ("thanksgiving", rf"\b(?:(?i:American)\s+)?(?i:Thanksgiving)(?:\s+(?:Day\s+)?(?P<y>{YEAR}))?\b"),
    # "over 16 EH/s as of the date of this release": the day of publication
    ("release_date", r"(?<=\b[Aa]s of )the\s+date\s+of\s+this\s+(?:press\s+)?(?:release|announcement|report)\b"),
    # "Cango sold 4,451 BTC over the weekend", in a story of Monday, February 9, 2026: the Saturday and Sunday before
    ("weekend", r"(?:(?<=[Oo]ver the )|(?<=[Tt]his )|(?<=[Ll]ast )|(?<=[Dd]uring the )|(?<=[Oo]n the ))weekend\b"),
    # "In the seven days ended June 20, 2022, Bitfarms sold 3,000 BTC", "in the week ended June 20"
    ("days_to", rf"(?:(?<=[Oo]ver the )|(?<=[Ii]n the )|(?<=[Dd]uring the )|(?<=[Ff]or the ))"
                rf"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<u>days|weeks)|"
                rf"(?P<wk>week))"
                # (and a weekday before the day: "in the seven days ended Sunday, January 12")
                rf"\s+(?:ended|ending|through|to)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})\b(?:,?\s+(?P<y>{YEAR}))?"),
    # ("the nine months of fiscal 2025 through December 31, 2024")
    ("months_to", rf"\b(?:the\s+)?(?:full\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\s+months\s+"
                  rf"(?:of\s+(?:[Ff]iscal\s+(?:[Yy]ear\s+)?|FY\s?)(?:{YEAR}|\d\d)\s+)?(?:through|to|thru|"
                  rf"ending|ended)\s+(?:the\s+end\s+of\s+)?(?P<m>{MONTH})(?:\s+(?P<d>\d{{1,2}}))?(?:,?\s+(?P<y>{YEAR}))?"),
    # "the nine months from July 1, 2024": a span that starts on a month's first day
    ("months_from", rf"\b(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\s+months\s+"
                    rf"(?:from|starting|beginning|since)\s+(?:(?P<m>{MONTH})\s+1|1\s+(?P<m2>{MONTH})),?\s+(?P<y>{YEAR})\b"),
    # "3,669 BTC for the year through Nov. 30": January to that day
    # "Subsequent to quarter end, through February 6, 2023, CleanSpark mined 760 bitcoin": from the day after the unit's
    # last end to that day
    ("after_end_through", rf"\b(?:[Ss]ubsequent\s+to|[Ss]ince|[Aa]fter)\s+(?:the\s+)?(?P<u>quarter|month)[\s-]end,?\s+"
                          rf"(?:through|thru|to|until)\s+(?P<m>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?!\d)(?:,?\s+(?P<y>{YEAR}))?"),
    ("the_year_through", rf"\b(?:the\s+)?year\s+(?:through|thru|to)\s+(?P<m>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?!\d)"
                         rf"(?:,?\s+(?P<y>{YEAR}))?"),
    # (not a count of years: "its first full year above 4,000 BTC")
    # (and "Full Year Ending September 30, 2023" is the span that follows)
    ("full_year", rf"(?<!first )(?<!second )(?<!third )\b[Ff]ull[\s-][Yy]ear(?![\s-]+(?i:ended|ending)\b)"
                  rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?|"
                  # "mined 366 BTC in December and 3,452 BTC over the year"
                  r"\b(?P<the>over|for|during|across)\s+the\s+(?:whole\s+|entire\s+)?(?:fiscal\s+|financial\s+)?year\b(?![\s-]+(?:end|to date|so far|ahead|"
                  r"before|earlier|ago|ended|ending|to(?=\s+(?:date|the\s+end|end|[A-Z0-9]))|through|that ended|"
                  r"which ended)\b)"
                  r"(?!\s+(?:of\s+)?(?:19|20)\d\d)"),  # ("selling 3,014 BTC during the year to fund chip tape-outs")
    ("year_end", rf"\b(?:[Aa]t|(?P<by>[Bb]y|[Bb]efore)|[Ff]or)\s+(?:the\s+)?(?P<fiscal>fiscal[\s-]+)?(?:(?:calendar[\s-]+)?year[\s-]end|(?:end|close) of "
                 rf"(?:the|(?P<this>this)|(?:its|their|our)"
                 # ("by the end of its fiscal year in March": the month says which)
                 r"(?=\s+(?:fiscal\s+|calendar\s+)?year\b(?!,?\s+(?:in|ending|ended|which|that|on)\b)))"
                 rf" (?:(?P<fiscal2>fiscal )|calendar )?year)(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?\b|"
                 r"\b(?P<past>(?i:ended|finished|closed|exited|ending|finishing|closing|exiting)) the (?P<fiscal3>(?i:fiscal|financial) )?year\b|"
                 r"\b(?:end|finish|close|exit) the year\b"),
    ("end_of_year", rf"\b(?:end|close|conclusion)\s+of\s+(?:the\s+year\s+)?(?P<y>{YEAR})|year[\s-]end\s+(?P<y2>{YEAR})"
                    rf"|\b(?P<mid>[Mm]id-?|middle\s+of\s+(?:the\s+year\s+)?)(?P<y3>{YEAR})|\b(?P<early>early[\s-]+)(?P<y7>{YEAR})\b|\b(?P<midyear>(?i:mid-?year)|middle\s+of\s+(?:the|this)\s+year)\b"
                    # "by the middle of next year", "the end of next year": in the year after publication
                    rf"|\b(?P<nx>end|close|middle|conclusion)\s+of\s+next\s+year\b"
                    # "had 1.9 EH/s at the start of 2022": its first day
                    rf"|\b(?:[Aa]t|[Ff]rom)\s+the\s+(?:start|beginning)\s+of\s+(?P<y4>{YEAR})\b"
                    # "the roughly 2,500 bitcoin it carried into 2026", "entered 2026 with 2,500 BTC": the year before's end
                    rf"|\b(?:carried|brought|took|taken|entered|heading|headed|going|went)\s+into\s+(?P<y5>{YEAR})\b"
                    rf"|\b(?:entered|enter|enters|entering)\s+(?P<y6>{YEAR})\s+with\b"),
    # "15 EH/s of hashrate by the start of summer 2025", "by next summer", "this spring": a deadline within that season
    # (the northern one), at the end of its first month, or of its last for "the end of summer"; a bare season names
    # no date ("a winter storm", "the fall in hashprice")
    ("season", rf"\b(?:(?P<edge>(?i:start|beginning|middle|end|close))\s+of\s+(?:the\s+)?)?"
               rf"(?:(?P<rel>(?i:next|this|last|the\s+coming))\s+)?(?P<s>(?i:spring|summer|autumn|fall))"
               rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?(?![\w-])"),
    # "on course for 50 exahashes within the next 18 to 24 months", "over the next two years": ahead of publication,
    # to the far end of the range
    ("within_months", r"\b(?i:within|over)\s+the\s+(?i:next|coming)\s+(?:(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s*(?:to|-|–|or)\s*)?"
                      r"(?P<n>\d{1,2}|(?i:two|three|four|five|six|nine|twelve|eighteen|twenty-four|thirty-six))\s+"
                      r"(?P<u>(?i:months|years))\b"),
    # "averaged 44 EH/s over the March quarter": the quarter that ends in March
    # (and "from 2.1 EH/s in the September 2022 quarter")
    ("month_quarter", rf"(?P<m>(?i:March|June|September|December))\s+(?:(?P<y2>{YEAR})\s+)?quarter\b"
                      rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?"),
    ("month_year", rf"(?P<m>{MONTH})(?:,?\s+|-)(?P<y>{YEAR})"),  # (and a table column's "Nov-2023")
    ("month_yy", rf"(?P<m>{MONTH})(?:-|\s?['’])(?P<y>\d{{2}})(?![\d/-])"),  # table columns: "Jul-25", "Aug '25"
    ("last_named_month", rf"\blast\s+(?P<m>{MONTH})"),
    ("month_last_year", rf"(?P<m>{MONTH})\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year"),
    # "by Dec. 31 of next year", "on Aug. 12 last year"
    ("month_day_rel", rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<nx>next|this|last)"
                      r"\s+year\b"),
    ("month_day", rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d)"),
    ("month", rf"(?P<m>{MONTH})"),
    # "on Friday", "as of Sunday": the latest such day on or before publication; "last Friday" the one before that;
    # "by Friday", "next Friday" ahead. "Friday, June 14, 2024" is left to the full date after it, and "Black Friday"
    # or "In Friday's filing" date nothing
    ("weekday", rf"\b(?:(?P<rel>(?i:last|next|this|coming|by|until|before))\s+)?(?<!Black )(?<!Black-)(?<!Cyber )"
                rf"(?<!Cyber-)(?<!Super )(?<!Good )\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                rf"(?!,?\s+(?:{MONTH})\s+\d|,?\s+\d{{1,2}}\s+(?:{MONTH})|['’]s\s+(?:filing|statement|update|release|"
                rf"report|announcement|post|call))"),
    # "compared with 619 BTC the month before": the month before the reported one (base.anchor), not before publication
    ("prior_period", r"\b(?i:(?:the|a|one)\s+(?P<u>month|quarter)\s+(?:before|earlier|prior)(?!\s+than)|"
                     r"(?:three|3)\s+months\s+(?:before|earlier|prior)(?!\s+than)|(?:the\s+)?(?:previous|prior|"
                     r"preceding)\s+(?P<u2>month|quarter))\b"),
    # "mined 538 BTC in the fourth quarter, down from 629 BTC in the third": the quarter named before, moved
    ("quarter_ellipsis", r"(?<=\bin the )(?P<o>first|second|third|fourth)(?=\s*(?:[.,;)]|$))|"
                         # "held about 1,034 BTC at the end of the first quarter and 1,063 BTC at the end of the second"
                         r"(?<=\bend of the )(?P<o2>first|second|third|fourth)(?=\s*(?:[.,;)]|$))"),
    # "compared with 6,903 in the previous fiscal year": the year before the one the sentence named last
    # "compared with 844 in the prior year period": the sentence's own span a year back
    ("prior_year", r"\b(?i:the\s+(?:previous|prior|preceding)[\s-]+(?:fiscal\s+|financial\s+)?year(?P<span>(?:['’]s)?\s+"
                   r"(?:period|quarter|month))?|the\s+(?:fiscal\s+)?year\s+(?:before|earlier))\b"),
    # "In the fiscal year that just ended, HIVE mined roughly 1,480 BTC": the last fiscal year completed by publication
    ("fy_just_ended", r"\b(?i:the\s+(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(?:has\s+)?just\s+"
                      r"(?:ended|closed|finished|wrapped up))\b"),
    # (and a deadline: "expects to reach 31 EH/s next month")
    ("relative", r"\b(?P<w>(?i:last|this|next|the\s+previous|the\s+past|the\s+prior|the\s+current))\s+"
                 r"(?P<u>(?:month|quarter|year)\b|mo\.(?=\W))"  # ("419 BTC mined last mo., 13.5 BTC/day")
                 r"|\b(?P<ago>(?i:a|one)\s+year\s+(?:earlier|ago|before)|(?i:twelve|12)\s+months\s+(?:earlier|ago|before)|"
                 # ("compared with 3,733 BTC over the same nine months of last year")
                 r"(?i:the) same (?:month|quarter|period|half|"
                 r"(?P<same_n>two|three|four|five|six|seven|eight|nine|ten|eleven) months) "
                 r"(?:a year (?:earlier|ago|before)|(?:of |in )?(?:last|the (?:prior|previous|preceding)) "
                 r"(?:fiscal |financial )?year)|"
                 # "compared with 3,634 in the year-earlier period"
                 r"the (?:year[\s-](?:earlier|ago)|prior[\s-]year|previous[\s-]year) (?:period|quarter|month)|"
                 # an MD&A's "versus 172 BTC in the comparative quarter": the same quarter a year back
                 r"the comparative (?:period|quarter))\b"),
    # "In those nine months the company mined 5,826 BTC": months ending with the reported one (a placeholder)
    ("those_months", r"\b(?i:those|these)\s+(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|1[0-2]|[1-9])"
                     r"\s+months\b(?!\s+(?:ended|ending|to|through)\b)"),
    # "compared with 2,575 BTC in the same period of 2022" ("over the same stretch of 2022"): the sentence's own period,
    # in that year; "821 bitcoin mined in the corresponding quarter of fiscal 2023": the reported quarter, a fiscal
    # year back
    # (and "up from 1,586 bitcoin in the comparable 2021 period")
    ("same_period_year", rf"\bthe (?:same|corresponding|comparable) (?:(?P<y2>{YEAR}) (?:period|stretch|span)\b|"
                         rf"(?:period|stretch|span|quarter|month|"
                         rf"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}})(?: months|-month period)|"
                         rf"half) "
                         rf"(?:of|in) "
                         rf"(?P<fis>(?:[Ff]iscal|FY)\s?)?"
                         rf"(?P<y>{YEAR})\b)"),
    ("fiscal_year_after", rf"(?<![\d,.$])(?P<y>{YEAR})\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear\b"),  # "its 2023 fiscal year"
    ("cy_year", rf"\bCY\s?(?P<y>{YEAR})\b"),  # "CY2023 bitcoin mined: 6,005": a calendar year, whatever follows
    # (not "2023 BTC", a count; but "2023 bitcoin mined: 1,017 BTC" is the year of the figure after it)
    ("year", rf"(?<![\d,.$])(?:calendar\s+(?:year\s+)?)?(?P<y>{YEAR})(?!\d|,\d)(?!\s?(?:BTC|bitcoin|Bitcoin|EH|PH|TH)"
             r"(?!\s+(?:self-)?(?:mined|produced|production|output|held|holdings|sold|sales)\b))"),
    # spoken and social-media years: "9,457 BTC mined in '24" (not "the '20s")
    ("short_year", r"(?:(?<=\bin ['’])|(?<=\bof ['’])|(?<=\bfor ['’])|(?<=\bduring ['’])|(?<=\bsince ['’]))(?P<y>\d{2})"
                   r"(?![\w'’])"),
]
# The days the block subsidy halved, and the next one as expected (about every 210,000 blocks)
_HALVINGS = (dt.date(2012, 11, 28), dt.date(2016, 7, 9), dt.date(2020, 5, 11), dt.date(2024, 4, 20), dt.date(2028, 4, 15),
             dt.date(2032, 4, 1), dt.date.max)
# Every word a pattern above can start with. Checked once at each word boundary, it spares the engine trying all
# the patterns at the ~80 % of words that start none of them (5x faster; as a trie, 1.7x faster again).
# tests/test_prefilter.py checks that the gate changes no match; a new pattern starting with a new word must add it here.
_GATE_WORDS = ["cy", "ye", "q1", "q2", "q3", "q4", "fq1", "fq2", "fq3", "fq4", "h1", "h2", "fy", "fiscal", "financial", "year", "ytd", "first", "second", "third", "fourth", "final",
               "twelve", "since", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "full", "end", "finish", "close", "exit", "conclusion", "mid", "early",
               "last", "this", "calendar", "previous", "prior", "preceding", "for", "quarter", "month", "period", "qtd",
               "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "next", "coming", "until",
               "before", "over", "during", "across", "those", "these", "within", "from", "carried", "brought", "took",
               "taken", "enter", "heading", "headed", "going", "went", "start", "beginning", "middle", "spring",
               "summer", "autumn", "fall", "past", "between", "week", "later", "its", "american", "thanksgiving",
               "subsequent", "after"]
# a number starts a period only as a year, a day before a month, a slash date, "3 months", "2Q" or "1H"
_FIRST_DIGITS = r"(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|" \
                r"(?<=['’])\d\d(?![\w'’])|\d{1,2}(?:/|(?:st|nd|rd|th)?\s+[A-Z]|-[A-Z]|-\d{1,2}-(?:19|20)\d\d|\s+(?i:months))|" \
                r"[1-4]Q|[12]H|[369]M|[1-4](?:st|nd|rd|th)[\s-]"
_FIRST_WORDS = rf"(?={_FIRST_DIGITS}|(?i:{trie_alternation(_GATE_WORDS)})|(?i:so|a|one|the|at|by)\b)"
_ALTERNATIVES = "|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}__')})" for name, pat in _PATTERNS)
# The leading \b lets the engine skip mid-word positions at once (2-3x faster, same matches).
PERIOD_RE = re.compile(rf"\b{_FIRST_WORDS}(?:{_ALTERNATIVES})")

# per pattern, its named groups as (name in PERIOD_RE, name in the pattern): "date_mdy__y" -> "y"
_GROUPS = {name: [(k, k.split("__", 1)[1]) for k in PERIOD_RE.groupindex if k.startswith(f"{name}__")]
           for name, _ in _PATTERNS}


@dataclass(frozen=True)
class Period:
    start: dt.date | None  # None for a point in time (as-of / target date)
    end: dt.date
    kind: str  # month | quarter | half | year | ytd | date | months
    char_start: int
    char_end: int
    has_year: bool
    text: str


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _months_back(end: dt.date, n: int) -> dt.date:
    """The first day of the n-month span that ends in `end`'s month: (September 30, 2023, 9) -> January 1, 2023."""
    first = end.year * 12 + end.month - n  # the span's first month, counted from month 0 of year 0
    return dt.date(first // 12, first % 12 + 1, 1)


_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty-six": 36}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SPAN_MONTHS = {"year": 12, "twelve months": 12, "quarter": 3, "three months": 3, "month": 1, "six months": 6,
                "nine months": 9, "3 months": 3, "6 months": 6, "9 months": 9, "12 months": 12}


def _count(word: str) -> int:
    """'nine' or '9' -> 9."""
    return _COUNT.get(word.lower()) or int(word)


months_back, count_word, SPAN_MONTHS = _months_back, _count, _SPAN_MONTHS


def _year(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    return y + 2000 if y < 100 else y


def _past_year(month: int, published: dt.date | None) -> int | None:
    """The year of the latest `month` that has begun on or before publication."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


past_year = _past_year


def find_periods(text: str, published: dt.date | None, fy_end_month: int = 12,
                 dmy: bool | None = None) -> list[Period]:
    """Every period expression in `text`, resolved; unresolvable ones (no year, no published date) are skipped."""
    out = list(iter_periods(text, published, fy_end_month, dmy))
    if "lows" in text or "highs" in text or "peak" in text or "levels" in text or "bottom" in text:
        # "while bitcoin prices recovered from their 2022 lows": a year naming a market's turn, dating no figure
        out = [p for p in out if not (p.kind == "year" and _MARKET_TURN_AFTER.match(text, p.char_end)
                                      and _DETERMINER_BEFORE.search(text, max(0, p.char_start - 8), p.char_start))]
    if published is not None and ("today" in text or "this week" in text):
        out = _as_of_now(out, text, published)
    if "Act of" in text:  # "the Private Securities Litigation Reform Act of 1995": a statute's name, no period
        out = [p for p in out if not (p.kind == "year" and text.endswith("Act of ", 0, p.char_start))]
    if "year end" in text or "year-end" in text or "ear ends" in text or "ear ending" in text or "ear runs" in text:
        # "HIVE Digital (fiscal year ends March 31): 719 BTC": the calendar of its years, dating nothing
        out = [p for p in out if p.has_year or p.kind != "date"
               or not _YEAR_ENDS_ON_BEFORE.search(text, max(0, p.char_start - 40), p.char_start)]
    if len(out) > 1 and "end" in text:
        # "In the first quarter of fiscal 2025, ended June 30, 2024, HIVE produced 363 BTC": the span's own end, told again
        out = [p for i, p in enumerate(out) if not (
            i and p.kind == "date" and out[i - 1].kind in ("quarter", "half", "year", "months", "span")
            and out[i - 1].end == p.end and _ENDED_APPOSITIVE.fullmatch(text, out[i - 1].char_end, p.char_start))]
    if len(out) > 1 and " of " in text:
        # "In October, the first month of fiscal 2025, we mined 640 bitcoin": the month, placed in its year
        out = [p for i, p in enumerate(out) if not (i and p.kind == "year" and out[i - 1].kind == "month"
                                                     and _PART_OF_THE_YEAR_BEFORE.search(text, max(0, p.char_start - 40),
                                                                                         p.char_start))]
    if published is not None and ("so far" in text or "to date" in text):
        out = _so_far(out, text, published)
    if out and "months" in text:
        out = _joint_spans(out, text)
    if len(out) > 1 and "(" in text:
        out = _spelled_out_in_parentheses(out, text)
    if " with" in text:
        out = [_began_year_with(p, text) for p in out]
    if len(out) > 1 and published is not None and "the year" in text:
        out = _past_year_named_before(_the_year_named_before(out, published), text, published)
    if len(out) > 1 and published is not None and ("iscal" in text or "ISCAL" in text):
        out = _fiscal_year_end_named_before(out, published)
    if len(out) > 1 and "year earlier" in text:
        out = _named_period_a_year_earlier(out, text)
    if len(out) > 1:
        out = _month_to_month(out, text)
        out = _in_the_year_named_before(out, text)
        out = _those_months_named_before(out)
    return _ytd_through(_spelled_out_ytd(out, text), text) if len(out) > 1 else out


_MARKET_TURN_AFTER = re.compile(r"\s+(?:lows?|highs?|peaks?|bottoms?|levels)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:their|its|the|our|his|her|a)\s+$")


def _as_of_now(out: list[Period], text: str, published: dt.date) -> list[Period]:
    """'We finished December with 6.5 exahash, and this week we are at 7.0 exahash', 'we're at 13 exahash operating
    as of this week': the day of publication (not 'Riot said today it mined 500 BTC in May')."""
    now = [Period(None, published, "date", m.start(), m.end(), True, m.group()) for m in _NOW.finditer(text)
           if not any(p.char_start < m.end() and m.start() < p.char_end for p in out)]
    return sorted(out + now, key=lambda p: p.char_start) if now else out


_NOW = re.compile(r"\bas\s+(?:of|at)\s+(?:today|this\s+week)\b|"
                  # "reached 5.3 EH/s this week as S21 units were energized", "said this week that it is running 6.0 EH/s"
                  r"(?:(?<=EH/s )|(?<=PH/s )|(?<=exahash ))this\s+week\b|"
                  r"\b(?:this\s+week|today)(?=,?\s+that\s+(?:it|we|the\s+company)\s+(?:is|are|now|has|have)\b)|"
                  r"(?:(?<=\band )|(?<=\bbut )|(?<=, )|(?<=: )|(?<=^))(?:today|this\s+week)(?=,?\s+(?:we|we['’]re|it|it['’]s|the\s+company|our\s+\w+|its\s+\w+|"
                  r"hash\s?rate)\s+(?:are|is|stands?|sits?|runs?|has|have|at)\b|,?\s+(?:we['’]re|it['’]s)\s)", re.I)
_ENDED_APPOSITIVE = re.compile(r"\s*,?\s*\(?(?:which\s+)?(?:ended|ending|ends|that\s+ended)\s+(?:on\s+)?", re.I)
_PART_OF_THE_YEAR_BEFORE = re.compile(r",\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|opening|"
                                      r"closing)\s+month\s+of\s+(?:the\s+|its\s+|our\s+)?$", re.I)
_YEAR_ENDS_ON_BEFORE = re.compile(r"\b(?:fiscal|financial)\s+year(?:\s+|-)(?:ends?|ending|runs\s+to|closes|year-end\s+is)"
                                 r"\s+(?:on\s+)?$|\b(?:fiscal|financial)\s+year[- ]end\s+(?:is\s+|of\s+)?$", re.I)


# "from the start of mining in March 2022 through February 2023": one span from the first month to the second
_SPAN_OPENS = re.compile(r"\b(?:from|between)\s+(?:the\s+(?:start|beginning)\s+of\s+(?:[\w-]+\s+){0,3}?(?:in\s+)?)?$", re.I)
_SPAN_JOINS = re.compile(r"\s*,?\s*(?:to|through|thru|until|and|-|–)\s*")  # (", to": "from October 1, 2022, to")


_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|begins?|started|starts?|entered|enters|opened|kicked off)\s+$", re.I)
_WITH_AFTER = re.compile(r"\s+with\b")


def _began_year_with(p: Period, text: str) -> Period:
    """'Iris Energy began 2023 with 1.7 EH/s': the first day of the year."""
    if p.kind == "year" and p.start is not None and _WITH_AFTER.match(text, p.char_end) \
            and _BEGAN_BEFORE.search(text, max(0, p.char_start - 20), p.char_start):
        return dataclasses.replace(p, start=None, end=p.start, kind="date")
    return p


def _in_the_year_named_before(out: list[Period], text: str) -> list[Period]:
    """'grew its hash rate in 2023 by 253%, from 7.0 EH/s on Jan. 1 to 24.7 EH/s': a day or month with no year,
    after a calendar year named in the same clause, falls in that year (not after 'since 2020', nor in the next
    clause: 'triple the 4,144 BTC it mined in 2022, and in December alone it mined 1,853 BTC')."""
    year: Period | None = None
    fixed: list[Period] = []
    for p in out:
        if p.kind == "year" and p.has_year and p.start is not None and (p.start.month, p.start.day) == (1, 1) \
                and _IN_THE_YEAR.search(text, max(0, p.char_start - 12), p.char_start + 4):
            year = p
        elif year is not None and not p.has_year and p.kind in ("date", "month") and p.end.year != year.end.year \
                and not _NEXT_CLAUSE.search(text, year.char_end, p.char_start) \
                and not (_IN_RELATIVE_CLAUSE.search(text, max(0, year.char_start - 120), year.char_start)
                         and "," in text[year.char_end:p.char_start]):
            y = year.end.year
            p = dataclasses.replace(p, start=p.start and _same_day_in(p.start, y), end=_same_day_in(p.end, y),
                                    has_year=True)
        fixed.append(p)
    return fixed


def _named_period_a_year_earlier(out: list[Period], text: str) -> list[Period]:
    """'compared with 338 BTC in the December quarter a year earlier': the quarter named, one year back (a period
    with no year of its own, told right before 'a year earlier')."""
    fixed: list[Period] = []
    for p in out:
        prev = fixed[-1] if fixed else None
        if prev is not None and p.kind == "year_ago" and not prev.has_year and prev.start is not None \
                and prev.kind in ("quarter", "month", "half") and not text[prev.char_end:p.char_start].strip():
            fixed[-1] = Period(year_back(prev.start), end_moved(prev.end, -1), prev.kind,
                               prev.char_start, p.char_end, True, text[prev.char_start:p.char_end])
            continue
        fixed.append(p)
    return fixed


def _those_months_named_before(out: list[Period]) -> list[Period]:
    """'the Oct–Dec 2023 quarter was its fiscal Q3 2024: 781 BTC produced in those three months': the span of that
    many months named before it in the same sentence."""
    fixed: list[Period] = []
    for p in out:
        if p.kind == "those_months":
            n = count_word(p.text.split()[1])
            named = next((q for q in reversed(fixed) if q.start is not None and q.has_year
                          and (q.end.year - q.start.year) * 12 + q.end.month - q.start.month + 1 == n), None)
            if named is not None:
                p = dataclasses.replace(p, start=named.start, end=named.end, kind="months", has_year=True)
        fixed.append(p)
    return fixed


_IN_THE_YEAR = re.compile(r"\b(?:in|during|throughout|over)\s+(?:calendar\s+|the\s+year\s+)?(?:19|20)\d\d\b", re.I)
# (nor past the close of an aside: "which bought the Whinstone facility here in 2021, said it produced 619 bitcoin in
# December")
# (nor out of a relative clause: "Cango, the miner that pivoted from car financing into bitcoin in 2024, mined 569 BTC
# in November")
_IN_RELATIVE_CLAUSE = re.compile(r",\s+[^,;]*\b(?:that|which|who|whose)\s+[^,;]*$")
_NEXT_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|said|says|reported|announced|added|noted)\b|\.\s")


def _same_day_in(d: dt.date, year: int) -> dt.date:
    return d.replace(year=year, day=min(d.day, calendar.monthrange(year, d.month)[1]))


_PERIOD_OF_YEAR = re.compile(r"\s+(?:period|quarter|months|stretch)\s+(?:of|in)\s+")


def _month_to_month(out: list[Period], text: str) -> list[Period]:
    merged: list[Period] = []
    for p in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.kind == "month" and p.kind == "month" and prev.has_year and p.has_year \
                and prev.start is not None and prev.start < p.start \
                and _SPAN_JOINS.fullmatch(text, prev.char_end, p.char_start) \
                and _SPAN_OPENS.search(text, max(0, prev.char_start - 60), prev.char_start):
            merged[-1] = Period(prev.start, p.end, "span", prev.char_start, p.char_end, True,
                                text[prev.char_start:p.char_end])
            continue
        if prev is not None and prev.kind in ("month", "months") and not prev.has_year and p.kind == "year" \
                and prev.start is not None and _PERIOD_OF_YEAR.fullmatch(text, prev.char_end, p.char_start):
            # "versus 215 in the April-June period of 2023": the months of that year
            y = p.end.year
            end = prev.end.replace(year=y + (prev.end.year - prev.start.year))
            merged[-1] = Period(prev.start.replace(year=y), month_end(end.year, end.month), prev.kind, prev.char_start,
                                p.char_end, True, text[prev.char_start:p.char_end])
            continue
        if prev is not None and prev.kind == "month" and p.kind == "months" and p.start is not None \
                and prev.end + dt.timedelta(days=1) == p.start and text[prev.char_end:p.char_start] == ", ":
            # "mined 1,624 BTC over April, May and June": the three months
            merged[-1] = Period(prev.start, p.end, "months", prev.char_start, p.char_end, p.has_year,
                                text[prev.char_start:p.char_end])
            continue
        if prev is not None and prev.kind == "date" and p.kind == "date" and p.has_year and prev.start is None \
                and _SPAN_JOINS.fullmatch(text, prev.char_end, p.char_start) \
                and _SPAN_OPENS.search(text, max(0, prev.char_start - 60), prev.char_start):
            # "3,197 BTC produced from January 1 through October 31, 2022": the first day takes the last one's year
            first = prev.end if prev.has_year else _same_day_in(prev.end, p.end.year)
            if first < p.end:
                merged[-1] = Period(first, p.end, "span", prev.char_start, p.char_end, True,
                                    text[prev.char_start:p.char_end])
                continue
        merged.append(p)
    return merged


_THE_YEAR_END = re.compile(r"(?:end|close) of the (?:calendar )?year\b", re.I)


def _the_year_named_before(out: list[Period], published: dt.date) -> list[Period]:
    """'exit the first half of calendar 2024 at 20 EH/s and ... 32 EH/s by the end of the year', said in December
    2023: the year is the one just named, when that lies ahead of publication."""
    fixed: list[Period] = []
    for p in out:
        ahead = next((q.end.year for q in reversed(fixed) if q.has_year and q.end > published), None)
        if (ahead is not None and not p.has_year and p.start is None and p.kind == "date"
                and _THE_YEAR_END.search(p.text) and p.end.year < ahead and (p.end.month, p.end.day) == (12, 31)):
            p = dataclasses.replace(p, end=dt.date(ahead, 12, 31))
        fixed.append(p)
    return fixed


_THE_YEAR_ITSELF = re.compile(r"(?:over|during|in|for|throughout|across|(?:end|close) of|(?:ended|finished|closed|exited|"
                              r"ending|finishing|closing|exiting)) the year\b", re.I)


_BASE_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to)|since)\s+(?:\S+\s+){0,3}$", re.I)
_CLAUSE_STOP = re.compile(r"[;:]|\.\s")


def _past_year_named_before(out: list[Period], text: str, published: dt.date) -> list[Period]:
    """'energized Lake Mariner in March 2022 and self-mined 1,025 bitcoin over the year', 'came online in 2023, and the
    company mined 3,407 BTC during the year', 'produced 3,197 bitcoin in 2021 ..., ending the year with 8,133 BTC': the
    calendar year named before it in the sentence, when that year is over (a history, not this year's news)."""
    fixed: list[Period] = []
    for p in out:
        named = next((q for q in reversed(fixed) if q.has_year and q.kind in ("year", "month", "quarter", "date")
                      and not _BASE_BEFORE.search(text, max(0, q.char_start - 30), q.char_start)), None)
        if named is not None and named.end.year < published.year and not p.has_year and p.kind in ("year", "date") \
                and _THE_YEAR_ITSELF.fullmatch(p.text) and named.end.year != p.end.year \
                and not _CLAUSE_STOP.search(text, named.char_end, p.char_start):
            y = named.end.year
            p = dataclasses.replace(p, start=p.start and dt.date(y, 1, 1), end=dt.date(y, 12, 31), has_year=True)
        fixed.append(p)
    return fixed


def _fiscal_year_end_named_before(out: list[Period], published: dt.date) -> list[Period]:
    """'HIVE reports fiscal 2023 revenue ..., 3,258 bitcoin mined and 2,332 bitcoin held at year-end': the end of the
    fiscal year just named (March 31, 2023), once closed, not of the calendar year (but 'by year-end' is a goal's)."""
    fixed: list[Period] = []
    for p in out:
        # (the first named: "mined 412 BTC in FY25, compared with 548 BTC in FY24, and had 1.9 EH/s ... at year end")
        fiscal = next((q for q in fixed if q.kind == "year" and q.start is not None and q.start.month != 1), None)
        if fiscal is not None and fiscal.end <= published and not p.has_year and p.start is None and p.kind == "date" \
                and (p.end.month, p.end.day) == (12, 31) and _AT_YEAR_END.match(p.text):
            p = dataclasses.replace(p, end=fiscal.end)
        fixed.append(p)
    return fixed


_AT_YEAR_END = re.compile(r"(?:at|as of)\s+(?:the\s+)?(?:year[- ]?end|end of the (?:fiscal )?year)\b", re.I)
_OPENS_PARENTHESIS = re.compile(r"\s*\(\s*")
_CLOSES_PARENTHESIS = re.compile(r"\s*\)")  # "in H1 2025 (H1 2024: 403 BTC)" compares, it does not explain
_NAMED_PERIODS = ("quarter", "half", "year", "months", "span")


def _spelled_out_in_parentheses(out: list[Period], text: str) -> list[Period]:
    """'91 BTC in Q2 2025 (January to March 2025)', 'fiscal 2024 (April 1, 2023 to March 31, 2024)': the months spelled
    out in parentheses say what a quarter's or a year's name means in the writer's calendar."""
    merged: list[Period] = []
    for p in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.kind in _NAMED_PERIODS and p.kind in _NAMED_PERIODS and p.start is not None \
                and _OPENS_PARENTHESIS.fullmatch(text, prev.char_end, p.char_start) \
                and _CLOSES_PARENTHESIS.match(text, p.char_end):
            if not p.has_year and prev.has_year and p.end.year != prev.end.year:
                # "Q1 2022 (Jan-Mar)": the months are of the named quarter's year, not the latest by publication
                p = dataclasses.replace(p, start=end_moved(p.start, prev.end.year - p.end.year),
                                        end=end_moved(p.end, prev.end.year - p.end.year))
            kind = prev.kind if prev.kind in ("quarter", "half", "year") else p.kind  # "Q1 FY24 (Jul-Sep 2023)"
            merged[-1] = dataclasses.replace(p, char_start=prev.char_start, text=text[prev.char_start:p.char_end],
                                             kind=kind)
        else:
            merged.append(p)
    return merged


_SPAN_WORD = r"(?P<n>three|six|nine|twelve|3|6|9|12)"
_AND_SPAN_BEFORE = re.compile(rf"\b{_SPAN_WORD}\s+and\s+(?:the\s+)?$", re.I)
_THEN_ENDED = re.compile(rf"\b(?:the\s+)?{_SPAN_WORD}\s+months\s+then\s+ended\b", re.I)
_SAME_PERIODS = re.compile(rf"\bthe\s+same\s+(?:periods|(?:three|six|nine)[\s-]+and[\s-]+(?:six|nine|twelve)[\s-]+month\s+"
                           rf"periods)\s+(?:of|in)\s+(?P<y>{YEAR})\b|\bthe\s+(?:prior|previous)[\s-]+year\s+periods\b", re.I)


def _joint_spans(out: list[Period], text: str) -> list[Period]:
    """The spans a filing names together: 'the three and nine months ended September 30, 2023' (two spans), 'in
    the nine months then ended' (ending where the span before it ended) and '..., respectively, in the same periods
    of 2022' (each span named before, a year earlier), each in text order for a 'respectively' list."""
    added: list[Period] = []
    for p in out:
        if p.kind == "span" and p.start is not None and (m := _AND_SPAN_BEFORE.search(text, max(0, p.char_start - 16),
                                                                                    p.char_start)):
            added.append(Period(_months_back(p.end, _count(m.group("n"))), p.end, "span", m.start(), m.end(), p.has_year,
                                m.group(0)))
    for m in _THEN_ENDED.finditer(text):
        prev = next((p for p in reversed(out) if p.char_end <= m.start()), None)
        if prev is not None and not any(p.char_start <= m.start() < p.char_end for p in out):
            added.append(Period(_months_back(prev.end, _count(m.group("n"))), prev.end, "span", m.start(), m.end(),
                                prev.has_year, m.group(0)))
    if added:
        out = sorted(out + added, key=lambda p: p.char_start)
    for m in _SAME_PERIODS.finditer(text):
        spans = [p for p in out if p.char_end <= m.start() and p.start is not None]
        run = [p for p in spans if p.end == spans[-1].end] if spans else []
        if len(run) < 2 or any(p.char_start <= m.start() < p.char_end for p in out):
            continue
        year = int(m.group("y")) if m.group("y") else run[-1].end.year - 1
        shifted = [Period(*_same_period([p], year), m.start(), m.end(), True, m.group(0)) for p in run]
        inside = [p for p in out if m.start() <= p.char_start < m.end()]  # the "2022" of "the same periods of 2022"
        out = sorted([p for p in out if p not in inside] + shifted, key=lambda p: p.char_start)
    return out


_SO_FAR_BEFORE = re.compile(r"\b(?:so far|to date)\s+(?:in|during|for|this)\s+(?:the\s+|its\s+)?$", re.I)
_SO_FAR_AFTER = re.compile(r"\s*(?:so far|to date)\b", re.I)


_ADDED_IN_BEFORE = re.compile(r"\b(?:together|along|combined|taken together)\s+with\b(?:[^.;]|(?<=\d)\.(?=\d)){0,50}$",
                              re.I)


def _so_far(out: list[Period], text: str, published: dt.date) -> list[Period]:
    """'has produced 138.09 BTC so far in the second quarter': the quarter (or year) under way at publication runs
    only to date, like a year to date."""
    for i, p in enumerate(out):
        if (p.kind in ("quarter", "half", "year") and p.start is not None and p.start <= published <= p.end and (
                _SO_FAR_BEFORE.search(text, max(0, p.char_start - 24), p.char_start)
                or _SO_FAR_AFTER.match(text, p.char_end))) or (p.kind == "ytd" and p.start is not None
                                                                and p.end == published):
            # (through the last month the sentence reported before it: "It mined 206 BTC during August, which took its
            # output for the year so far to 1,314 coins", in a story of September 10); not a month added in ("Together
            # with the 255.2 BTC produced in October, the Company has mined 522.7 BTC so far in its fiscal third
            # quarter")
            month = max((q for q in out[:i] if q.kind == "month" and q.end < published and p.start <= q.end
                         and not _ADDED_IN_BEFORE.search(text, max(0, q.char_start - 60), q.char_start)),
                        key=lambda q: q.end, default=None)
            out[i] = dataclasses.replace(p, end=month.end if month is not None else published, kind="ytd")
    return out


def _ytd_through(out: list[Period], text: str) -> list[Period]:
    """'Since the start of 2021, Hut 8 has mined 3,283 Bitcoin through November 30': the running total ends on the day
    the sentence names after it, which is no period of its own."""
    for i, p in enumerate(out):
        if p.kind not in ("ytd", "year") or p.start is None:
            continue  # (and "mined 3,283 BTC in 2021 through November 30")
        q = next((q for q in out[i + 1:] if q.kind == "date" and q.start is None and p.start <= q.end <= p.end
                  and _THROUGH_BEFORE.search(text, max(0, q.char_start - 12), q.char_start)), None)
        if q is not None and ";" not in text[p.char_end:q.char_start]:
            return [dataclasses.replace(p, end=q.end, kind="ytd") if r is p else r for r in out if r is not q]
    return out


_HABIT_SINCE_BEFORE = re.compile(r"\b(?:practice|policy|strategy|approach|habit|custom)\s+(?:since|from)\s+"
                                 r"(?:(?:late|early|mid)[\s-]+)?$", re.I)
_THROUGH_BEFORE = re.compile(r"\b(?:through|thru|until)\s+$", re.I)
_SPELLED_GAP = re.compile(r"\s*\(\s*|\s*[,:–—-]?\s*(?:covering|from|i\.e\.,?)\s+")  # not a bare comma


def _spelled_out_ytd(out: list[Period], text: str) -> list[Period]:
    """'Bitcoin mined year to date (January 1 to November 30, 2025)': the year to date ends where the span right
    after it says, not at publication."""
    for i, (p, q) in enumerate(zip(out, out[1:])):
        if p.kind != "ytd" or (q.start if q.kind != "date" else q.end) != p.start \
                or not _SPELLED_GAP.fullmatch(text, p.char_end, q.char_start):
            continue
        end = q.end if q.kind in ("span", "months") else None
        if q.kind in ("month", "date") and i + 2 < len(out) \
                and _MONTH_TO.fullmatch(text, q.char_end, out[i + 2].char_start):
            end = out[i + 2].end  # "fiscal year-to-date (July 2024 to March 2025)", "(1 July 2023 to 30 April 2024)"
        if end is not None and p.start < end <= p.end:
            out[i] = dataclasses.replace(p, end=end)
    return out


_MONTH_TO = re.compile(r"\s*(?:to|through|thru|until|-|–)\s*")


_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def _season(g: dict, pub: dt.date | None) -> tuple | None:
    """'the start of summer 2025': 2025-06-30; 'next summer' in November 2024: 2025-06-30; 'the end of summer 2025':
    August's end. Only a season with a year, or one still ahead ('next summer'), is a date: 'this autumn' or 'since last
    summer' beside a figure tells of something else ('remains 2.5 EH/s rather than rising this autumn')."""
    first = _SEASON_FIRST_MONTH[g["s"].lower()]
    rel = " ".join((g.get("rel") or "").lower().split())
    month = first + {"middle": 1, "end": 2, "close": 2}.get((g.get("edge") or "").lower(), 0)
    if g.get("y"):
        return None, month_end(int(g["y"]), month), "date", True
    if pub is None or rel not in ("next", "the coming"):
        return None
    return None, month_end(pub.year if pub.month < first else pub.year + 1, month), "date", True


def _is_shouted(text: str) -> bool:
    """A wire brief in capitals: "* BIT DIGITAL - TARGETS 2.6 EH/S BY THE END OF THE FIRST QUARTER OF 2023"."""
    if _CAPITAL_WORDS.search(text) is None:
        return False  # (most sentences, at the cost of one search)
    upper = sum(c.isupper() for c in text)
    return upper >= 12 and sum(c.islower() for c in text) * 5 < upper


_CAPITAL_WORDS = re.compile(r"[A-Z]{3,}[\s,'’-]+[A-Z]{2,}[\s,'’-]+[A-Z]{3,}")
_SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")
_KEPT_CAPITALS = frozenset({"FY", "YE", "YTD", "Q", "H", "BTC", "EH", "PH", "TH"})
_MONTH_WORD = re.compile(r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*")


def _unshouted(text: str) -> str:
    """The same text, letter for letter in place, in the case the period patterns read: words in lower case, months
    capitalised ("the end of the first quarter of 2023", "September's")."""
    def word(m: re.Match[str]) -> str:
        w = m.group()
        if w in _KEPT_CAPITALS:
            return w
        return w.capitalize() if _MONTH_WORD.fullmatch(w) else w.lower()
    return _SHOUTED_WORD.sub(word, text)


def said_calendar(text: str, start: int) -> bool:
    """Whether 'calendar' comes right before a period starting at `start`: 'in calendar Q1 2024', 'the first quarter
    of calendar 2024' (a calendar quarter, whatever the fiscal year)."""
    return "alendar" in text[max(0, start - 10):start]


def iter_periods(text: str, published: dt.date | None, fy_end_month: int = 12,
                 dmy: bool | None = None) -> Iterator[Period]:
    """find_periods one at a time, for a caller that stops at the first it wants."""
    out: list[Period] = []
    if _is_shouted(text):
        text = _unshouted(text)
    for m in PERIOD_RE.finditer(text):
        if out and m.start() < out[-1].char_end:
            continue  # the day a quarter was told to end on: "the third fiscal quarter ended March 31, 2023"
        name = m.lastgroup or ""
        g = {short: v for full, short in _GROUPS[name] if (v := m.group(full)) is not None}
        try:
            # ("in calendar Q1 2024" in a release of a June fiscal year: January-March 2024)
            calendar = said_calendar(text, m.start())
            p = _resolve(name or "", g, published, 12 if calendar else fy_end_month, dmy)
        except (ValueError, KeyError):
            p = None
        if p and name == "weekday" and (_ATTRIBUTION.search(text, max(0, m.start() - 60), m.start()) or (
                (m.group(f"{name}__rel") or "").lower() in ("by", "until", "before")
                and not _FUTURE_BEFORE.search(text, max(0, m.start() - 60), m.start()))):
            # "ended April holding 12,101 BTC, the company said on Monday": when it spoke, not the figure's date;
            # "companies that had published figures by Monday": a deadline in the past, of no figure
            p = None
        if p and name == "this_year":
            p = _this_year(p, text, m.start())
        if p and name == "month" and not g.get("y") and _OF_THAT_YEAR.match(text, m.end()) \
                and (prev := next((q for q in reversed(out) if q.has_year), None)) is not None:
            # "When bitcoin fell below $20,000 in mid-2022, Core sold 7,202 BTC in June of that year": the year just named
            y = prev.end.year
            p = (p[0].replace(year=y) if p[0] else None, month_end(y, p[1].month), p[2], True)
        if p and name == "month" and _AN_ASIDE_OF_TELLING.search(text, max(0, m.start() - 40), m.start()):
            p = None  # "Bitfarms mined 654 BTC, the company reported in March, at ...": when it told, not the output's

        if p and p[0] is not None and (_AGREEMENT_AFTER.match(text, m.end()) or (
                _NAMED_DEAL_AFTER.match(text, m.end())
                and _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()))):
            # "drew $59.4 million under the March 2022 agreement", "repaid the final US$1.1 million of a 2019 promissory
            # note", "using part of the proceeds of the November share placing": the name of a deal, not a date
            p = None
        if p and name in ("since_date", "since_month") \
                and _LISTED_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            p = None  # "Argo Blockchain, listed in London and on Nasdaq since September, mined 2,064 BTC ... in 2021"
        if p and _HABIT_SINCE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            p = None  # "In line with its practice since late 2022, Stronghold sold ...": when a habit began, no figure's
        if p and name == "past_days" and _TOLD_ON_BEFORE.search(text, 0, m.start()):
            p = None  # "said on June 21 that it had sold 3,000 BTC over the past seven days": before the telling
        if p and name == "year_end" and published is not None and p[1] > published and m.group(0)[:2].lower() == "at" \
                and not g.get("y") and not _FUTURE_NEAR.search(text, max(0, m.start() - 80), m.start()) \
                and (_PAST_VERB_AFTER.match(text, m.end())
                     or _FROM_FIGURE_BEFORE.search(text, max(0, m.start() - 60), m.start())
                     # "held roughly 8 bitcoin at year end" in a May release about the year before
                     or _PAST_STOCK_VERB_BEFORE.search(text, max(0, m.start() - 60), m.start())
                     # "- Hashrate of approximately 2.5 EH/s at year end" in an April results release
                     or (published.month <= 4 and _UNIT_RIGHT_BEFORE.search(text, max(0, m.start() - 60), m.start()))):
            # "At year end the Company owned 37,676 bitcoin miners" in an April results release: the year just closed
            p = (None, p[1].replace(year=p[1].year - 1), p[2], p[3])
        if p and name in ("quarter", "quarter_words") and fy_end_month != 12 and published is not None \
                and p[1] > published and p[3] and not (g.get("fy0") or g.get("fy1") or g.get("fy") or g.get("yf")) \
                and "alendar" not in m.group(0) and not calendar \
                and not _FUTURE_NEAR.search(text, max(0, m.start() - 80), m.start()):
            p = _fiscal_if_past(p, published, fy_end_month)
        if p:
            start, end, kind, has_year = p
            if kind == "quarter_ellipsis":
                # only the base of a comparison: not "ranking it in the third" or "the larger in the first"
                compared = _COMPARED_BEFORE.search(text, max(0, m.start() - 40), m.start()) or g.get("o2")
                shifted = _other_quarter(out, _ORD[(g.get("o") or g["o2"]).lower()], listed=bool(g.get("o2"))) \
                    if compared else None
                if shifted is None:
                    continue
                start, end, kind, has_year = shifted
            if kind == "prior_year":
                prev = next((q for q in reversed(out) if q.start is not None), None)
                if prev is not None:
                    start, end, kind = _same_period(out, prev.end.year - 1)  # type: ignore[misc]
                    has_year = prev.has_year
                else:  # none named before: the reported span a year back, or the year before it
                    kind = "year_ago" if m.group("prior_year__span") else "prior_fiscal"
            if kind in ("prior_quarter", "prior_month") and out and out[-1].start is not None \
                    and out[-1].kind == kind[6:] \
                    and not _BASE_FIGURE_BEFORE.search(text, max(0, out[-1].char_start - 50), out[-1].char_start):
                # "Third-quarter fiscal 2025 output came to 1,514 bitcoins, against 1,347 in the quarter before": the
                # one before the quarter just named
                months = 3 if kind == "prior_quarter" else 1
                first = out[-1].start.year * 12 + out[-1].start.month - 1 - months
                start = dt.date(first // 12, first % 12 + 1, 1)
                last = first + months - 1
                end, kind, has_year = month_end(last // 12, last % 12 + 1), kind[6:], out[-1].has_year
            if kind == "year_ago" and out and out[-1].has_year and len({q.end for q in out}) == 1 and out[-1].kind in (
                    "date", "month", "quarter", "year", "half", "span", "months"):
                # "to $23.5 million at the end of 2023, from $35.0 million a year earlier": the sentence's own
                # period a year back (without one, rules re-anchor it on the reported period)
                start, end, kind, has_year = _year_before(out[-1])
            if kind == "same_period":
                # "621 BTC in the second quarter, 10.7% more than in the first three months of the year, and up from
                # roughly 315 BTC in the same quarter of 2021": the last period named by the same word
                unit = re.search(r"quarter|month|half", m.group(0), re.I)
                same_word = [q for q in out if unit and unit.group(0).lower() in q.text.lower()]
                if g.get("fis") and (same_word or out):
                    # a fiscal year's label: the quarter ending after the fiscal year's last month falls in the
                    # calendar year before ("the corresponding quarter of fiscal 2023", April to June 2022)
                    prev = (same_word or out)[-1]
                    end = dt.date(end.year - (prev.end.month > fy_end_month), 12, 31)
                shifted = _same_period(same_word or out, end.year)
                months = _SIX_OR_NINE_MONTHS.search(m.group(0)) if shifted is None else None
                if months is not None:
                    # "In the same nine months of 2023 it sold 4,615 BTC", with no period of its own before it: the
                    # year to date that a half-year or nine-month report compares with
                    shifted = (dt.date(end.year, 1, 1), month_end(end.year, _count(months.group(1))), "months")
                if shifted is None and (g.get("fis") or (published is not None and (
                        end.year == published.year - 1
                        # early in a year the reported period is often last year's: "In the same month of 2023 it had
                        # sold 590 BTC" in Riot's December 2024 update, out on January 3, 2025
                        or (published.month <= 2 and end.year == published.year - 2)))):
                    # rules move the reported period back: "produced 1,042 BTC in the quarter, against 1,292 BTC in
                    # the same period of 2021"
                    start, end, kind = None, end, "year_ago"
                elif shifted is None:
                    continue
                else:
                    start, end, kind = shifted
            if kind == "month" and not g.get("y") and _THAT_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                    and out and out[-1].has_year and out[-1].end is not None:
                # "sold 4,615 BTC in the same nine months of 2023, leaving it with 7,327 BTC at the end of that
                # September": the month of the year just named
                y = out[-1].end.year
                start, end, has_year = dt.date(y, start.month, 1), month_end(y, start.month), True
            stop = m.end()
            if kind == "quarter" and not has_year and (ended := _QUARTER_ENDED_AFTER.match(text, stop)):
                # "For the third fiscal quarter ended March 31, 2023": the quarter ending that day, told up to the day
                mo = _month_num(ended.group("m") or ended.group("m2"))
                end = month_end(int(ended.group("y") or ended.group("y2")), mo)
                start, has_year, stop = _months_back(end, 3), True, ended.end()
            out.append(Period(start, end, kind, m.start(), stop, has_year, text[m.start():stop]))
            yield out[-1]


_NAMED_DEAL_AFTER = re.compile(r"\s+(?:(?:promissory|term|bridge|equipment|secured|unsecured|related-party|share)\s+)?"
                               r"(?:notes?|loans?|placing|placement|offering|raise)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|our)\s+$", re.I)
_AGREEMENT_AFTER = re.compile(r"\s+(?:(?:credit|loan|financing|purchase|master|equipment)\s+){0,2}agreements?\b")
_QUARTER_ENDED_AFTER = re.compile(rf"\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?(?:(?P<m>{MONTH})\.?\s+\d{{1,2}},?\s+"
                                  rf"(?P<y>{YEAR})|\d{{1,2}}\s+(?P<m2>{MONTH})\.?,?\s+(?P<y2>{YEAR}))\b")


_OF_THAT_YEAR = re.compile(r"\s+(?:of|in)\s+(?:that|the\s+same)\s+year\b", re.I)
_LISTED_BEFORE = re.compile(r"\b(?:listed|trading|traded|quoted|public|headquartered|based)\b[^,.;()]{0,40}$|"
                            # "..., roughly in line with its policy since January": how long a policy has held
                            r"\b(?:policy|practice|strategy|approach|programme|program)\s+$", re.I)
_THAT_BEFORE = re.compile(r"\b(?:that|the same)\s+$", re.I)
_SIX_OR_NINE_MONTHS = re.compile(r"\b(six|nine|6|9) months\b", re.I)
_FLOW_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:mined|produced|self-mined|generated|earned|sold)\s+"
                          r"(?:[a-z]+\s+){0,3}\d[\d,.]*\s+(?:BTC|bitcoins?|coins|tokens)\s+$", re.I)
_AHEAD = re.compile(r"\b(?:expects?|expected|expecting|on (?:track|course|pace)|targets?|targeting|aims?|aiming|plans?|"
                    r"planning|goal|will|to reach|guides?|guidance|intends?|intending)\b"
                    r"(?:[^.;:]|(?<=\d)\.(?=\d))*$", re.I)


_TOLD_ON_BEFORE = re.compile(r"\bon\s+(?:" + MONTH + r"\.?\s+\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def _this_year(p: tuple, text: str, at: int) -> tuple | None:
    """'the company has mined 2,457 BTC this year': the year to date; 'on track to reach 35 to 37 exahashes this
    year': the year's end; 'the stock is up 90% this year' dates no figure."""
    if _FLOW_SO_FAR.search(text, max(0, at - 100), at):
        return p
    if _AHEAD.search(text, max(0, at - 130), at) or _AHEAD_AFTER.match(text, at):
        return None, dt.date(p[1].year, 12, 31), "date", True
    return None


# "This year we plan to take our hash rate to roughly 35-37 EH/s": the plan named after the year
_AHEAD_AFTER = re.compile(r"[Tt]his\s+year,?\s+(?:we|it|the company|the miner|[A-Z][\w.&-]*)\s+(?:\w+\s+)?"
                          r"(?:plans?|aims?|expects?|targets?|intends?|will|hopes?|is\s+targeting|are\s+targeting)\b")


# ", the company reported in March": an aside that dates the telling
_AN_ASIDE_OF_TELLING = re.compile(r",\s+(?:the\s+(?:company|miner|firm)|it|(?-i:[A-Z])[\w.&'’-]*)\s+"
                                  r"(?:said|reported|disclosed|announced|noted)\s+in\s+$", re.I)
# "the company said on Monday", "said in its monthly update on Monday", "according to a filing on Friday"
_ATTRIBUTION = re.compile(r"\b(?:said|says|disclosed|reported|confirmed|told \w+|wrote|released|published|posted|filed|"
                          r"announced|update|statement|release|filing|post|report|letter|call|interview)"
                          # "according to results filed with the SEC on Monday"
                          r"(?:\s+(?:with|to)\s+(?:the\s+)?(?-i:[A-Z])\w*)?"
                          r"(?:\s+on\s+(?-i:[A-Z])\w*)?\s+(?:on\s+|late\s+|early\s+)?$|"
                          r"\bsaid in (?:a|an|its|the) (?:\S+\s+){1,4}(?:on\s+)?$|"
                          # "published its February production numbers on Tuesday"
                          r"\b(?:published|released|posted|issued|reported|filed)\s+(?:its|their|the)\s+"
                          r"(?:[\w-]+\s+){1,4}(?:numbers|figures|update|results|report|data|statistics)\s+(?:on\s+)?$",
                          re.I)


def said_on(text: str, published: dt.date | None, periods: list[Period]) -> dt.date | None:
    """The day a statement was made, when the text gives it as a weekday: 'Argo told investors on Friday that it had
    prepaid a further $5 million' -> that Friday. find_periods leaves such days out: they date the telling. Or as the
    date of a filing: 'Greenidge Generation said in a Dec. 20 filing that it had reached a non-binding agreement with
    NYDIG to restructure roughly $74 million of debt it owes the lender' -> December 20 (one of `periods`, the text's
    own)."""
    if published is None:
        return None
    for m in _WEEKDAY_RE.finditer(text):
        if _ATTRIBUTION.search(text, max(0, m.start() - 60), m.start()):
            return _on_or_before(published, _WEEKDAYS.index(m.group(1)))
    if _SAID_THIS_WEEK.search(text):
        return published  # "the Lake Mariner operator said earlier this week it had made a $7.5 million prepayment"
    if _DATED_DOCUMENT_AFTER.search(text):
        for p in periods:
            if p.kind == "date" and p.end <= published and _IN_A_BEFORE.search(text, max(0, p.char_start - 12),
                                                                                 p.char_start) \
                    and _DATED_DOCUMENT_AFTER.match(text, p.char_end):
                return p.end
    return None


_SAID_THIS_WEEK = re.compile(r"\b(?:said|says|announced|disclosed|reported|confirmed|told\s+\w+)\s+"
                             r"(?:earlier\s+|late\s+)?(?:this\s+week|today)\b", re.I)
# "in a Dec. 20 filing", "in its November 3 letter to shareholders"
_IN_A_BEFORE = re.compile(r"\b(?:in|via|through)\s+(?:an?|its|the|their)\s+$", re.I)
_DATED_DOCUMENT_AFTER = re.compile(r",?\s+(?:(?:regulatory|securities|court|SEC|bankruptcy)\s+)?(?:filings?|8-K|10-Q|10-K|"
                                   r"statement|press release|release|letter|announcement|update|notice)\b", re.I)


def _on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The latest date on or before `day` that falls on `weekday` (Monday 0)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


_PAST_STOCK_VERB_BEFORE = re.compile(r"\b(?:held|owned|operated|ran|stood|totall?ed|was|were)\s+(?:[\w,.~-]+\s+){0,6}$",
                                     re.I)
_PAST_VERB_AFTER = re.compile(r",?\s+(?:(?:the|its|our)\s+)?(?:[\w-]+\s+){0,2}?(?:owned|held|had|operated|ran|stood|was|were|"
                              r"totall?ed|reached|carried|counted)\b", re.I)
# ("- 6,974 BTC held on the balance sheet at year end")
_UNIT_RIGHT_BEFORE = re.compile(r"\d\s*(?:[EPT]H/s|BTC|bitcoins?)"
                                r"(?:\s+(?:held|on|the|balance|sheet|in|reserve|of|its))*\s+$", re.I)
_FUTURE_NEAR = re.compile(r"\b(?:will|expects?|expected|plans?|planned|aims?|targets?|targeting|intends?|on track|once|"
                          rf"by|before|until|scheduled|guid\w*|goal|forecast|projected|anticipat\w*|to \w+)\b{CLAUSE_CHAR}*$", re.I)


def _fiscal_if_past(p: tuple, published: dt.date, fy_end: int) -> tuple:
    """'65 bitcoin in Q4 2024' in DMG's release of December 18, 2024: the calendar quarter has not ended, so a report
    of it means the fiscal one (July-September 2024 for a September year end), if that one has."""
    start, end, kind, has_year = p
    fiscal_year, q = end.year, end.month // 3
    fy_ey, fy_em = divmod(fiscal_year * 12 + fy_end - 1 - 3 * (4 - q), 12)
    fiscal_start, fiscal_end = quarter_by_end(fy_ey, fy_em + 1)
    return (fiscal_start, fiscal_end, kind, has_year) if fiscal_end <= published else p


_FUTURE_BEFORE = re.compile(rf"\b(?:will|expects?|expected|plans?|aims?|targets?|intends?|to \w+)\b{CLAUSE_CHAR}*$", re.I)
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)")


def year_back(d: dt.date | None) -> dt.date | None:
    """The same day a year earlier (February 29 and any day past the 28th become the 28th)."""
    return None if d is None else d.replace(year=d.year - 1, day=min(d.day, 28))


def end_moved(end: dt.date, years: int) -> dt.date:
    """A period's end `years` later (or earlier): a month's end stays a month's end."""
    return month_end(end.year + years, end.month) if end.day >= 28 else end.replace(year=end.year + years)


def _year_before(p: Period) -> tuple[dt.date | None, dt.date, str, bool]:
    return year_back(p.start), end_moved(p.end, -1), p.kind, p.has_year


def _same_period(before: list[Period], year: int) -> tuple[dt.date | None, dt.date, str] | None:
    """'For the nine months ended September 30, 2023 ..., compared with ... the same period of 2022': the last
    span named before, moved to `year` (January 1 to September 30, 2022)."""
    prev = next((p for p in reversed(before) if p.start is not None), None)
    if prev is None:
        return None
    shift = year - prev.end.year
    start = prev.start.replace(year=prev.start.year + shift) if prev.start else None
    return start, end_moved(prev.end, shift), prev.kind


# "grew to about 130,000 servers from 127,716 at the end of August, and ... rose to 13 EH/s from 12.69 EH/s a month
# earlier": a month before the reported month, not before another figure's comparison base
_FROM_FIGURE = r"\bfrom\s+(?:about\s+|approximately\s+|roughly\s+)?\d[\d,.]*\s*(?:[A-Za-z/]+\s+){0,2}"
_BASE_FIGURE_BEFORE = re.compile(_FROM_FIGURE + r"(?:at|in|as of)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
# "Current hashrate of 7.0 EH/s, up from 6.5 EH/s at year end": a comparison base at the year end just closed
_FROM_FIGURE_BEFORE = re.compile(_FROM_FIGURE + "$", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|compared (?:with|to)|versus|vs\.?|against)\b[^.;]{0,30}$", re.I)


def _other_quarter(before: list[Period], ordinal: int, listed: bool = False) -> tuple[dt.date, dt.date, str, bool] | None:
    """'... in the fourth quarter, down from 629 BTC in the third': the last quarter named before (whatever its
    fiscal calendar) moved back to the quarter of that ordinal; 'the first quarter ..., up from ... in the fourth' is
    the fourth quarter of the year before. A list goes forward: 'at the end of the first quarter and 1,063 BTC at
    the end of the second' is the year's second quarter."""
    prev = next((p for p in reversed(before) if p.kind == "quarter" and p.start is not None), None)
    if prev is None or prev.start is None:
        return None
    own = _ORD[m.group(1).lower()] if (m := re.search(rf"({_ORD_ALT})", prev.text)) else \
        int(q.group(1)) if (q := re.search(r"([1-4])", prev.text)) else None
    if own is None or own == ordinal:
        return None
    back = (own - ordinal) * 3 if listed and ordinal > own else (own - ordinal) % 4 * 3  # months back to the named one
    first = prev.start.year * 12 + prev.start.month - 1 - back
    start = dt.date(first // 12, first % 12 + 1, 1)
    return start, month_end((first + 2) // 12, (first + 2) % 12 + 1), "quarter", prev.has_year


def fy_start(fiscal_year: int, fy_end: int) -> dt.date:
    """The first day of fiscal year `fiscal_year` (named for the calendar year it ends in)."""
    return dt.date(fiscal_year if fy_end == 12 else fiscal_year - 1, fy_end % 12 + 1, 1)


def _month_num(s: str) -> int:
    return MONTH_NUM[s.rstrip(".").lower()]


def _resolve(name: str, g: dict[str, str], pub: dt.date | None, fy_end: int, dmy: bool | None):
    if name in ("fy_ended", "fy_ended_bare", "fy_ended_dmy", "date_mdy", "date_dmy", "date_dmy_dash"):
        mo, d = _month_num(g["m"]), int(g["d"])
        # "the quarter ended September 30" with no year: the latest such day by publication
        y = _year(g["y"]) if g.get("y") else _past_year(mo, pub)
        if y is None:
            return None
        try:
            end = dt.date(y, mo, d)
            if not g.get("y") and end > pub:
                end = dt.date(y - 1, mo, d)
        except ValueError:
            return None
        has_year = bool(g.get("y"))
        span = re.sub(r"\s+", " ", g.get("span", "").lower())
        months = _SPAN_MONTHS.get(span) or (_count(span.split()[0]) if span.endswith(" months") else None)
        if months is not None and not 1 <= months <= 12:
            months = None  # "the 18 months ended ...": no span we report
        if not name.startswith("fy_ended") or months is None:
            return None, end, "date", has_year
        return _months_back(end, months), end, "span", has_year
    if name in ("date_range", "date_range_dmy"):
        # "covering January 1 to March 31" without a year: the latest such span begun by publication
        last_month = _month_num(g.get("m2") or g["m3"])
        y = int(g["y"]) if g.get("y") else _past_year(last_month, pub)
        if y is None:
            return None
        end = dt.date(y, last_month, int(g["d2"])) if g.get("d2") else month_end(y, last_month)
        mo, d = _month_num(g["m"]), int(g["d"])
        y1 = int(g["y1"]) if g.get("y1") else (end.year if (mo, d) <= (end.month, end.day) else end.year - 1)
        return dt.date(y1, mo, d), end, "span", "y" in g
    if name == "month_year_range":
        y, last_month = int(g["y"]), _month_num(g["m2"])
        end = dt.date(y, last_month, int(g["d2"])) if g.get("d2") else month_end(y, last_month)
        start = dt.date(int(g["y1"]), _month_num(g["m"]), 1)
        return (start, end, "span", True) if start < end else None
    if name == "iso_month":
        y, mo = int(g["y"]), int(g["mo"])
        return dt.date(y, mo, 1), month_end(y, mo), "month", True
    if name in ("iso_date", "dotted_date"):
        return None, dt.date(int(g["y"]), int(g["mo"]), int(g["d"])), "date", True
    if name == "slash_day":
        if pub is None or dmy is True:
            return None
        a, b = int(g["a"]), int(g["b"])
        if not (1 <= a <= 12 and 1 <= b <= 31):
            return None
        for y in (pub.year, pub.year - 1):
            try:
                day = dt.date(y, a, b)
            except ValueError:
                return None
            if day <= pub:
                return None, day, "date", False
        return None
    if name in ("slash_date", "dash_date"):
        return _slash_date(int(g["a"]), int(g["b"]), _year(g["y"]) or 0, pub, dmy)
    if name == "fy_ended_slash":
        day = _slash_date(int(g["a"]), int(g["b"]), _year(g["y"]) or 0, pub, dmy)
        span = re.sub(r"\s+", " ", g["span"].lower())
        months = _SPAN_MONTHS.get(span) or (_count(span.split()[0]) if span.endswith(" months") else None)
        if day is None or months is None or not 1 <= months <= 12:
            return day
        return _months_back(day[1], months), day[1], "span", True
    if name in ("month_pair", "month_edges"):
        m1, m2 = _month_num(g["m"]), _month_num(g["m2"])
        y = _year(g.get("y")) or _past_year(m2, pub)
        if y is None:
            return None
        y1 = y if m1 <= m2 else y - 1
        return dt.date(y1, m1, 1), month_end(y, m2), "months", "y" in g
    if name in ("quarter", "quarter_words", "fy_quarter_words"):
        q = int(g.get("q") or g.get("q2") or _ORD[g["o"].lower()])
        y = _year(g.get("y") or g.get("yb") or g.get("yf"))
        if y is None and g.get("nx") and pub is not None:
            y = pub.year + (1 if g["nx"] == "next" else -1)
        has_year = y is not None
        fiscal = bool(g.get("fy0") or g.get("fy1") or g.get("fy") or g.get("yf") or g.get("fyc")) and fy_end != 12
        if fiscal and y is not None:
            return *fiscal_quarter(q, y, fy_end), "quarter", True
        if fiscal and pub is not None:
            em = _fiscal_quarter_end_month(q, fy_end)
            start, end = quarter_by_end(pub.year if em <= pub.month else pub.year - 1, em)
            return start, end, "quarter", False
        if y is None and pub is not None:
            y = pub.year if q <= (pub.month - 1) // 3 + 1 else pub.year - 1
        if y is None:
            return None
        end_m = q * 3
        return dt.date(y, end_m - 2, 1), month_end(y, end_m), "quarter", has_year
    if name == "month_quarter":
        m = _month_num(g["m"])
        y = _year(g.get("y") or g.get("y2")) or _past_year(m, pub)
        if y is None:
            return None
        start, end = quarter_by_end(y, m)
        return start, end, "quarter", "y" in g or "y2" in g
    if name == "ytd_through":
        mo = _month_num(g["m"])
        y = int(g["y"]) if g.get("y") else _past_year(mo, pub)
        if y is None:
            return None
        end = dt.date(y, mo, int(g["d"])) if g.get("d") else month_end(y, mo)
        start_y = end.year if fy_end == 12 or end.month > fy_end else end.year - 1
        return dt.date(start_y, fy_end % 12 + 1, 1), end, "ytd", "y" in g
    if name == "year_through":
        y, mo = int(g["y"]), _month_num(g["m"])
        end = dt.date(y, mo, int(g["d"])) if g.get("d") else month_end(y, mo)
        return dt.date(y, 1, 1), end, "ytd", True
    if name == "full_year" and g.get("the"):
        # "over the year": the (fiscal) year that ended in the half year before publication, else the current one
        if pub is None:
            return None
        last_end = month_end(pub.year if pub.month >= fy_end else pub.year - 1, fy_end)
        end = last_end if (pub - last_end).days <= 183 else month_end(last_end.year + 1, fy_end)
        return fy_start(end.year, fy_end) if fy_end != 12 else dt.date(end.year, 1, 1), end, "year", False
    if name == "full_year":
        y = _year(g.get("y")) or (pub.year - 1 if pub and pub.month <= 3 else pub.year if pub else None)
        if y is None:
            return None
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "y" in g
    if name == "year_end":
        if pub is None and not g.get("y"):
            return None
        # "finished the year with" looks back to the last year end; "by year end" to this one (or, early in a
        # year, to the one just closed)
        if g.get("y"):  # "by year-end 2022"
            y = int(g["y"])
            return None, month_end(y, fy_end) if g.get("fiscal") or g.get("fiscal2") else dt.date(y, 12, 31), "date", True
        if g.get("this"):  # "by the end of this (fiscal) year": the one publication falls in
            fiscal = bool(g.get("fiscal2"))
            y = pub.year + (fiscal and pub.month > fy_end)
            return None, month_end(y, fy_end) if fiscal else dt.date(y, 12, 31), "date", True
        if g.get("fiscal") or g.get("fiscal2") or g.get("fiscal3"):
            # "at fiscal year-end", "We exited the fiscal year at 6.4 EH/s": the last fiscal year end before publication; "by the end of the fiscal year": the
            # next one
            if g.get("by"):
                y = pub.year if pub.month <= fy_end else pub.year + 1
            else:
                y = pub.year if pub.month > fy_end else pub.year - 1
            return None, month_end(y, fy_end), "date", False
        y = pub.year - 1 if (g.get("past") and pub.month < 12) or pub.month <= 3 else pub.year
        return None, dt.date(y, 12, 31), "date", False
    if name == "half":
        h = int(g.get("h") or g.get("h2") or (1 if g["o"].lower() == "first" else 2))
        if (g.get("fy") and g.get("y") or g.get("yf")) and fy_end != 12:  # "the first half of fiscal 2026" (year ending March)
            start = fy_start(_year(g.get("y") or g["yf"]) or 0, fy_end)
            last = start.year * 12 + start.month - 1 + (5 if h == 1 else 11)
            first = start.year * 12 + start.month - 1 + (0 if h == 1 else 6)
            return dt.date(first // 12, first % 12 + 1, 1), month_end(last // 12, last % 12 + 1), "half", True
        if g.get("rel") and pub is not None:
            y = pub.year + {"next": 1, "this": 0, "last": -1}[g["rel"].lower()]
            return dt.date(y, 1 if h == 1 else 7, 1), month_end(y, 6 if h == 1 else 12), "half", True
        y = _year(g.get("y") or g.get("yf")) or (pub.year if pub and (h == 1 or pub.month > 6) else (pub.year - 1 if pub else None))
        if y is None:
            return None
        return dt.date(y, 1 if h == 1 else 7, 1), month_end(y, 6 if h == 1 else 12), "half", bool(g.get("y") or g.get("yf"))
    if name == "year_ended_in":
        mo = _month_num(g["m"])
        y = int(g["y"]) if g.get("y") else _past_year(mo, pub)
        if y is None:
            return None
        return fy_start(y, mo), month_end(y, mo), "year", "y" in g
    if name == "current_fiscal_year":
        if pub is None:
            return None
        y = pub.year if pub.month <= fy_end else pub.year + 1
        return fy_start(y, fy_end), month_end(y, fy_end), "year", False
    if name in ("fiscal_year", "fiscal_year_after"):
        y = _year(g.get("y") or g.get("y2"))
        assert y is not None
        start_y = y if fy_end == 12 else y - 1
        return dt.date(start_y, fy_end % 12 + 1, 1), month_end(y, fy_end), "year", True
    if name in ("fiscal_ytd", "fiscal_ytd_after", "fiscal_ytd_paren"):
        y = _year(g["y"])
        assert y is not None
        start_y = y if fy_end == 12 else y - 1
        start = dt.date(start_y, fy_end % 12 + 1, 1)
        return (start, pub, "ytd", True) if pub and start <= pub else None
    if name == "since_date":
        mo, d = _month_num(g["m"]), int(g["d"])
        y = int(g["y"]) if g.get("y") else _past_year(mo, pub)
        return (dt.date(y, mo, d), pub, "ytd", "y" in g) if y and pub else None
    if name == "since_month":  # ("picked up roughly 22,000 miners since August": August of the last twelve months)
        mo = _month_num(g["m"])
        y = int(g["y"]) if g.get("y") else _past_year(mo, pub)
        return (dt.date(y, mo, 1), pub, "ytd", "y" in g) if y and pub else None
    if name == "later_this_year":
        return (None, dt.date(pub.year, 12, 31), "date", True) if pub is not None else None
    if name == "n_month_total":
        if pub is None:
            return None
        n = _count(g["n"])
        # (six or nine months end a quarter: "nine-month mining output" in third-quarter results of November 13)
        end = last_completed(pub, "quarter" if n % 3 == 0 else "month")[1]
        return _months_back(end, n), end, "months", False
    if name in ("first_months", "months_of_year"):  # "the first nine months of 2023", a "9M 2023" column
        n = _count(g["n"])
        if g.get("this"):  # "the first nine months of the year": the year of publication (of its fiscal year)
            if pub is None:
                return None
            if "fiscal" in g["this"].lower():
                start = fy_start(pub.year + 1 if pub.month > fy_end else pub.year, fy_end)
            else:
                start = dt.date(pub.year, 1, 1)
            if start.year * 12 + start.month - 1 + n - 1 > pub.year * 12 + pub.month - 1:
                start = start.replace(year=start.year - 1)  # "the first eleven months of its fiscal year" in January
            has_year = False
        else:
            y = _year(g.get("y") or g.get("y2"))
            assert y is not None
            start = fy_start(y, fy_end) if g.get("fy") else dt.date(y, 1, 1)
            has_year = True
        if (g.get("which") or "first").lower() != "first":
            # "the last three months of 2023": the months that end the year
            first = start.year * 12 + start.month - 1 + 12 - n
            if g.get("this") and pub is not None and first + n - 1 > pub.year * 12 + pub.month - 1:
                first -= 12  # "the last two months of the year", said in February: last year's
            start = dt.date(first // 12, first % 12 + 1, 1)
        last = start.year * 12 + start.month - 1 + n - 1
        return start, month_end(last // 12, last % 12 + 1), "months", has_year
    if name == "month_last_days":
        mo = _month_num(g["m"])
        y = _year(g.get("y")) or _past_year(mo, pub)
        if y is None:
            return None
        end = month_end(y, mo)
        # (read as the month where a month is wanted: "sold the site ... in the last week of December" dates the deal)
        return end - dt.timedelta(days=(7 if g.get("pw") else _count(g["n"])) - 1), end, "month", "y" in g
    if name == "past_days":
        if pub is None:
            return None
        days = 7 if g.get("pw") else _count(g["n"]) * (7 if g["u"] == "weeks" else 1)
        return pub - dt.timedelta(days=days), pub - dt.timedelta(days=1), "span", True
    if name == "halving":
        # (the one just past in a story told soon after it: "had reached 20 EH/s by the halving")
        return (None, next(d for d in _HALVINGS if d >= pub - dt.timedelta(days=45)), "date", True) \
            if pub is not None else None
    if name == "thanksgiving":
        y = _year(g.get("y")) or (pub.year if pub is not None else None)
        if y is None:
            return None
        first = dt.date(y, 11, 1)
        return None, first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21), "date", "y" in g
    if name == "release_date":
        return (None, pub, "date", True) if pub is not None else None
    if name == "weekend":
        if pub is None:
            return None
        sunday = pub - dt.timedelta(days=(pub.weekday() + 1) % 7)
        return sunday - dt.timedelta(days=1), sunday, "weekend", True  # (not "span": no report's period)
    if name == "days_to":
        days = 7 if g.get("wk") else _count(g["n"]) * (7 if g["u"] == "weeks" else 1)
        mo = _month_num(g["m"])
        y = _year(g.get("y")) or _past_year(mo, pub)
        if y is None:
            return None
        end = dt.date(y, mo, int(g["d"]))
        return end - dt.timedelta(days=days - 1), end, "span", "y" in g
    if name == "the_year_through":
        mo = _month_num(g["m"])
        y = _year(g.get("y")) or _past_year(mo, pub)
        if y is None:
            return None
        end = dt.date(y, mo, min(int(g["d"]), month_end(y, mo).day))
        if mo == fy_end and end == month_end(y, mo):
            # "mined 4,191 BTC in the year to June 30, 2024" of a June fiscal year: the twelve months, not a year to date
            return _months_back(dt.date(y, mo, 1), 12), end, "year", "y" in g
        return dt.date(y, 1, 1), end, "ytd", "y" in g
    if name == "months_to":
        n = _count(g["n"])
        if not 1 <= n <= 12:
            return None
        mo = _month_num(g["m"])
        y = _year(g.get("y")) or _past_year(mo, pub)
        if y is None:
            return None
        return _months_back(dt.date(y, mo, 1), n), month_end(y, mo), "quarter" if n == 3 else "span", "y" in g
    if name == "after_end_through":
        mo, d = _month_num(g["m"]), int(g["d"])
        y = _year(g.get("y")) or _past_year(mo, pub)
        if y is None:
            return None
        try:
            end = dt.date(y, mo, d)
        except ValueError:
            return None
        months = (end.month - 1) % 3 + 1 if g["u"] == "quarter" else 1  # the unit's months up to the day's
        return _months_back(end, months), end, "span", "y" in g
    if name == "months_from":
        n = _count(g["n"])
        if not 1 <= n <= 12:
            return None
        start = dt.date(int(g["y"]), _month_num(g.get("m") or g["m2"]), 1)
        last = start.year * 12 + start.month - 1 + n - 1  # its last month, counted from month 0 of year 0
        return start, month_end(last // 12, last % 12 + 1), "quarter" if n == 3 else "span", True
    if name == "fiscal_ytd_bare":  # "Fiscal year to date, the company has mined 4,580 BTC"
        if pub is None:
            return None
        return fy_start(pub.year + 1 if pub.month > fy_end else pub.year, fy_end), pub, "ytd", False
    if name == "ytd_year":
        y = int(g.get("y") or g["y2"])
        if pub is None or y > pub.year:
            return None
        if y == pub.year:
            return dt.date(y, 1, 1), pub, "ytd", True  # base.anchor ends it with the reported month
        last = last_completed(pub, "month")[1]  # through the month before publication, in that year
        return dt.date(y, 1, 1), month_end(y, last.month), "ytd", True
    if name == "this_year":
        return (dt.date(pub.year, 1, 1), pub, "ytd", True) if pub else None
    if name == "ytd":
        return (dt.date(pub.year, 1, 1), pub, "ytd", False) if pub else None
    if name == "qtd":  # (a week before publication: an update early in April is about March, in the first quarter)
        if pub is None:
            return None
        told = pub - dt.timedelta(days=7)
        return dt.date(told.year, (told.month - 1) // 3 * 3 + 1, 1), pub, "ytd", False
    if name == "season":
        return _season(g, pub)
    if name == "within_months":
        if pub is None:
            return None
        months = _count(g["n"]) * (12 if g["u"].lower() == "years" else 1)
        last = pub.year * 12 + pub.month - 1 + months
        return None, month_end(last // 12, last % 12 + 1), "date", True
    if name == "end_of_year":
        if g.get("nx"):
            if pub is None:
                return None
            return None, dt.date(pub.year + 1, 6, 30) if g["nx"] == "middle" else dt.date(pub.year + 1, 12, 31), \
                "date", True  # "next year" names its year as plainly as "2025"
        if g.get("mid"):
            return None, dt.date(int(g["y3"]), 6, 30), "date", True
        if g.get("early"):
            return None, dt.date(int(g["y7"]), 3, 31), "date", True  # "by early 2024": the first quarter's end
        if g.get("midyear"):
            return (None, dt.date(pub.year, 6, 30), "date", False) if pub else None
        if g.get("y4"):
            return None, dt.date(int(g["y4"]), 1, 1), "date", True
        if g.get("y5") or g.get("y6"):
            return None, dt.date(int(g.get("y5") or g["y6"]) - 1, 12, 31), "date", True
        return None, dt.date(int(g.get("y") or g["y2"]), 12, 31), "date", True
    if name == "month_day_rel":
        if pub is None:
            return None
        y = pub.year + {"next": 1, "this": 0, "last": -1}[g["nx"]]
        return None, dt.date(y, _month_num(g["m"]), int(g["d"])), "date", True
    if name == "month_yy":
        y, mo = 2000 + int(g["y"]), _month_num(g["m"])
        if pub is not None and y > pub.year + 1:
            return None  # "Jun-30" in a table is the 30th of June, not June 2030
        return dt.date(y, mo, 1), month_end(y, mo), "month", True
    if name == "fy_just_ended":
        if pub is None:
            return None
        end_y = pub.year if pub.month > fy_end else pub.year - 1
        return fy_start(end_y, fy_end), month_end(end_y, fy_end), "year", False
    if name == "prior_period":
        if pub is None:
            return None
        months = 1 if (g.get("u") or g.get("u2") or "").lower() == "month" else 3  # "the Previous Month" too
        last = pub.year * 12 + pub.month - 1 - months  # before publication; anchor() moves it before the reported one
        y, mo = divmod(last, 12)
        if months == 3:
            start, end = quarter_by_end(y, (mo // 3) * 3 + 3)
            return start, end, "prior_quarter", False
        return dt.date(y, mo + 1, 1), month_end(y, mo + 1), "prior_month", False
    if name == "month_year":
        y, mo = int(g["y"]), _month_num(g["m"])
        return dt.date(y, mo, 1), month_end(y, mo), "month", True
    if name == "last_named_month":
        mo = _month_num(g["m"])
        if pub is None:
            return None
        y = pub.year if mo < pub.month else pub.year - 1
        return dt.date(y, mo, 1), month_end(y, mo), "month", False
    if name == "month_last_year":
        mo = _month_num(g["m"])
        if pub is None:
            return None
        y = pub.year - 1  # "June last year" in January 2026 is June 2025, as plainly as if the year were written
        return dt.date(y, mo, 1), month_end(y, mo), "month", True
    if name == "month_day":
        mo, d = _month_num(g["m"]), int(g["d"])
        y = _past_year(mo, pub)
        return (None, dt.date(y, mo, d), "date", False) if y else None
    if name == "month":
        mo = _month_num(g["m"])
        y = _past_year(mo, pub)
        return (dt.date(y, mo, 1), month_end(y, mo), "month", False) if y else None
    if name == "relative":
        return _relative(g, pub)
    if name == "weekday":
        if pub is None:
            return None
        wd, rel = _WEEKDAYS.index(g["wd"]), (g.get("rel") or "").lower()
        if rel in ("next", "coming"):
            return None, pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1), "date", True
        if rel in ("by", "until", "before", "this"):
            return None, pub + dt.timedelta(days=(wd - pub.weekday()) % 7), "date", True
        latest = _on_or_before(pub, wd)
        return None, latest - dt.timedelta(days=7) if rel == "last" and latest == pub else latest, "date", True
    if name == "quarter_ellipsis":  # a placeholder: iter_periods moves the quarter named before it
        return None, dt.date(1990, 1, 1), "quarter_ellipsis", False
    if name == "those_months":  # a placeholder: rules count the months back from the reported period's end
        return (None, pub, "those_months", False) if pub else None
    if name == "prior_year":  # a placeholder: find_periods moves the sentence's previous period a year back
        return (dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31), "prior_year", False) if pub else None
    if name == "same_period_year":  # a placeholder: find_periods moves the sentence's previous period to the year
        y = int(g.get("y") or g["y2"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "same_period", True
    if name == "ye_short":
        y = _year(g["y"])
        return None, month_end(y, fy_end) if g.get("fy") else dt.date(y, 12, 31), "date", True
    if name in ("year", "short_year", "cy_year"):
        y = _year(g["y"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True
    return None


_BARE_QUARTER = re.compile(r"Q(?P<q>[1-4])\s?(?P<y>20\d\d)")


def as_fiscal_quarter(p: Period, fy_end: int) -> Period:
    """'Q1 2025' in the release of a miner whose fiscal year ends in September: October-December 2024."""
    m = _BARE_QUARTER.fullmatch(p.text)
    if m is None or p.kind != "quarter" or fy_end == 12:
        return p
    start, end = fiscal_quarter(int(m.group("q")), int(m.group("y")), fy_end)
    return dataclasses.replace(p, start=start, end=end)


_BARE_ORDINAL_QUARTER = re.compile(r"(?P<o>first|second|third|fourth)[\s-]quarter", re.I)


def as_fiscal_ordinal_quarter(p: Period, fy_end: int, published: dt.date | None) -> Period:
    """'During the fourth quarter, HIVE repaid ...' (no year) in a release that names its quarters as fiscal ones:
    the last fiscal fourth quarter begun by publication (January-March 2024 in a June 2024 release)."""
    m = _BARE_ORDINAL_QUARTER.fullmatch(p.text)
    if m is None or p.kind != "quarter" or p.has_year or fy_end == 12 or published is None:
        return p
    em = _fiscal_quarter_end_month(_ORD[m.group("o").lower()], fy_end)
    start, end = quarter_by_end(published.year, em)
    if start > published:
        start, end = quarter_by_end(published.year - 1, em)
    return dataclasses.replace(p, start=start, end=end)


def _fiscal_quarter_end_month(q: int, fy_end: int) -> int:
    """The month fiscal quarter `q` ends in: the first of a September year end ends in December."""
    return (fy_end + 3 * q - 1) % 12 + 1


def fiscal_quarter(q: int, fiscal_year: int, fy_end: int) -> tuple[dt.date, dt.date]:
    """Fiscal Q4 FY25 for a June year end is April-June 2025; Q1 FY25 is July-September 2024."""
    ey, em = divmod(fiscal_year * 12 + fy_end - 1 - 3 * (4 - q), 12)
    return quarter_by_end(ey, em + 1)


def quarter_by_end(y: int, m: int) -> tuple[dt.date, dt.date]:
    return _months_back(dt.date(y, m, 1), 3), month_end(y, m)


def last_completed(pub: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The last month, quarter or year that ended before `pub`: 'last month', 'last year', or a sale 'during the
    quarter' in a story that names no period."""
    if unit == "year":
        return dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31)
    if unit == "month":
        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return dt.date(y, mo, 1), month_end(y, mo)
    q = (pub.month - 1) // 3  # previous quarter (0 means Q4 of last year)
    y = pub.year if q else pub.year - 1
    q = q or 4
    return dt.date(y, q * 3 - 2, 1), month_end(y, q * 3)


def _relative(g: dict[str, str], pub: dt.date | None):
    if pub is None:
        return None
    if g.get("ago"):
        if g.get("same_n") and _count(g["same_n"]) > 3:
            # "over the same nine months of last year": that many months from the start of last year (but "the same
            # three months a year earlier" is the reported quarter's, re-anchored by rules)
            return dt.date(pub.year - 1, 1, 1), month_end(pub.year - 1, _count(g["same_n"])), "months", True
        # "a year earlier": the same period one year back; rules re-anchor it on the report period (kind year_ago)
        return dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31), "year_ago", False
    unit = "month" if g["u"] == "mo." else g["u"]
    if g["w"].lower() == "next":
        if unit != "month":
            return None
        y, m = (pub.year + 1, 1) if pub.month == 12 else (pub.year, pub.month + 1)
        return None, month_end(y, m), "date", False
    current = g["w"].lower() in ("this", "the current")  # "this month" vs "last month"
    if current and unit != "month":
        return None
    if unit == "month" and current:
        return dt.date(pub.year, pub.month, 1), month_end(pub.year, pub.month), "month", False
    return *last_completed(pub, unit), unit, False


def _slash_date(a: int, b: int, y: int, pub: dt.date | None, dmy: bool | None):
    """'05/03/2024': month/day unless the day comes first (a > 12, or the document's other dates say so)."""
    candidates = []
    if a <= 12 and b <= 31 and dmy is not True:
        candidates.append((a, b))
    if b <= 12 and a <= 31 and dmy is not False:
        candidates.append((b, a))
    dates = []
    for mo, d in candidates:
        try:
            dates.append(dt.date(y, mo, d))
        except ValueError:
            pass
    if not dates:
        return None
    if len(dates) > 1 and pub is not None:
        # ambiguous: the reading closest to (and not after) publication is the likely one
        before = [x for x in dates if x <= pub] or dates
        dates = sorted(before, key=lambda x: abs((pub - x).days))
    return None, dates[0], "date", True


def slash_order(text: str) -> bool | None:
    """True if the document writes day/month/year (some first part > 12), False if month/day, None if unknown."""
    dmy = mdy = False
    for m in itertools.chain(*(rx.finditer(text) for rx in _NUMERIC_DATES)):
        dmy |= int(m.group("a")) > 12
        mdy |= int(m.group("b")) > 12
    return None if dmy == mdy else dmy


# the patterns find_periods reads "05/03/2024" and "31-03-2024" with
_NUMERIC_DATES = tuple(re.compile(pattern) for name, pattern in _PATTERNS if name in ("slash_date", "dash_date"))


def fiscal_year_end(text: str) -> int | None:
    """The month a company's fiscal year ends in, from the text, or None when the text does not say.

    'fiscal year ended June 30' / 'a fiscal year ending in September' -> 6 / 9;
    'its fiscal year began on July 1' / 'since the start of fiscal 2025 on October 1, 2024' -> 6 / 9.
    """
    ends = {_month_num(m.group("m")) for m in re.finditer(
        rf"fiscal\s+year\s+(?:that\s+|which\s+)?(?:end(?:ed|ing|s)?|closes?)\s+(?:on\s+|in\s+)?(?P<m>{MONTH})", text)}
    if len(ends) > 1:
        return None  # a roundup of several calendars ("Iris Energy, whose fiscal year ends June 30, ..."): each its own
    if ends:
        return ends.pop()
    m = re.search(rf"fiscal\s+(?:year\s+)?(?:\d{{4}}\s+)?(?:began|begins|starts|started|(?:on\s+)?commenc\w+)\s+(?:on\s+)?"
                  rf"(?P<m>{MONTH})\s+1\b|start of fiscal\s+\d{{4}}\s+on\s+(?P<m2>{MONTH})\s+1\b", text)
    if m:
        return (_month_num(m.group("m") or m.group("m2")) - 2) % 12 + 1
    return None
