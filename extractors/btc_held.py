"""btc_held: a company's bitcoin balance as of a date.

Covers   "Cango now holds 4,529.7 BTC, worth approximately $512 million"   (seed 000) -> as of publication
         "increasing its holdings to 7,528.3 BTC by the close of 2025"     (seed 003) -> as of 2025-12-31
         "As of July 31, 2025, the Company held 3,318 BTC3", "HODL: 18,488 BTC", "bringing its treasury to"
Rejects  the USD worth; restricted / pledged parts of a split ("of which 1,000 BTC are restricted")
"""

from __future__ import annotations

import re

from extractors import btc_mined
from extractors import periods as P
from extractors.amounts import CLAUSE_CHAR, REPORTING_ASIDE

TYPE = "btc_held"
VERSION = 165

# a qualifier between "ended the year with" and its figure: "ended the year with close to 7,000 BTC"
_ABOUT = (r"(?:(?:approximately|about|around|roughly|some|nearly|almost|close to|just over|just under|over|more than|"
          r"under|less than|an estimated) )?")
CUES = [
    # (not "published its own May update", "The company's own self-mining business", "held on to first place")
    ("verb_amount", re.compile(r"\b(?:hold(?:s|ing)?|held)\b(?!\s+on\s*to\b)|\bHODL(?:ed|ing)?\b|"
                               r"(?<!its )(?<!their )(?<!our )(?<!his )(?<!her )(?<!'s )(?<!’s )\bowns?\b(?!-)|\bowned(?=\s+(?:about |approximately |roughly |some |nearly |a total of |more than |over )?(?:\d|$))|\baccumulated\b|"
                               r"\b(?:sits|sat|sitting) on\b|"
                               r"\b(?:leaving|left|leaves) (?:it|the company|the miner|the firm|us|them|"
                               r"(?-i:[A-Z])[\w.&'-]*(?: (?-i:[A-Z])[\w.&'-]*){0,2}) with\b|"
                               r"\b(?:was|were|is|are) left with\b|"
                               # "sold another 4,167 bitcoin ..., leaving 1,051 coins on its books at September 30"
                               r"\bleaving(?=\s+(?:just\s+|only\s+)?" + _ABOUT + r"$)|"
                               r"(?:['’]ve|\bhave|\bhas)\s+got\b|"  # "We've got close to 49,000 bitcoin"
                               # "put the bitcoin it keeps in custody at 5,646 BTC as of April 30"
                               r"\b(?:keeps?|kept|keeping)\s+in\s+(?:its\s+own\s+)?custody\b",
                               re.I)),
    # (not a company's name: "MARA Holdings led with 703 BTC")
    ("holdings_of", re.compile(r"(?<!MARA )(?<!Digital )(?<!Generation )(?<!Soluna )(?<!Group )(?<!Inc\. )\bholdings?\b|"
                               r"\btreasury\b|\breserves?\b|\bbalance sheet\b|\bbalance\b|\b(?:stack|stash|hoard)\b|"
                               r"\b(?:coin|bitcoin|BTC|crypto(?:currency)?|digital (?:currency|asset)) "
                               r"(?:inventory|position)\b|"
                               r"\btotal (?:of )?(?:BTC|bitcoin)\b|\bbringing (?:its|the|total)\b(?!" + btc_mined.TALLY + ")|"
                               # "Digital assets of 360 BTC as of September 30, 2024", "its digital assets increased to 383 BTC"
                               r"\bdigital assets\s+(?:of|totall?ing|(?:had\s+)?(?:increased|grew|rose|fell|decreased|declined)\s+"
                               r"to|(?:stood|were)\s+at|were)(?=\s*$|\s+" + _ABOUT + r"(?:\d|$))|"
                               # a balance told by its dollar value first: "Digital assets of $323.9 million at December
                               # 31, 2021, representing 5,518 bitcoin", "Its digital assets at quarter end included
                               # 741.9 BTC"
                               r"\b(?:digital\s+(?:assets|currencies)|(?:listed|carried|recorded)\s+(?:its\s+)?bitcoin)\b"
                               r"[^.;]{0,90}?\$[\d.,]+[^.;]{0,60}?,\s+(?:representing|comprising|consisting\s+of)(?=\s*$|\s+" + _ABOUT + r"(?:\d|$))|"
                               r"\bdigital\s+(?:assets|currencies)\s+(?:at|as\s+of)\s+[^.;,]{2,30}?\s+(?:included|comprised|"
                               r"consisted\s+of)(?=\s*$|\s+" + _ABOUT + r"(?:\d|$))", re.I)),
    # "ended the month with 52,477 BTC", "entered its 2026 fiscal year with 13,054 BTC"
    # (and "ended the third quarter with"; but "closed out December with 720 BTC" may be its output)
    ("ended_with", re.compile(r"\b(?:end|finish|clos|exit|enter)(?:ed|ing|s)? (?:(?:the|its) "
                              r"(?:(?:first|second|third|fourth|final) )?(?:month|quarter|year|period|"
                              r"(?:first |second )?half(?:-year)?|"
                              r"(?:\d{4} )?fiscal (?:year|quarter)|fiscal \d{4})(?: \d{4})?|(?:" + P.MONTH + r"|(?:19|20)\d\d)"
                              r"(?:,? (?:19|20)\d\d)?) with(?=\s*$|\s+" + _ABOUT + r"(?:\d|$))|"
                              # "..., finishing with 17,722 BTC"
                              r"\b(?:finish|end)(?:ed|ing) with(?=\s+" + _ABOUT + r"(?:\d|$))|"
                              # "closed the quarter with about $124.9 million in unrestricted cash and 11,466 BTC"
                              r"\b(?:end|finish|clos|exit)(?:ed|ing|s)? (?:the|its) (?:month|quarter|year|period) with "
                              + CLAUSE_CHAR + r"{0,60}?\bcash\b[^.;$]{0,30}? and(?=\s*$|\s+" + _ABOUT + r"(?:\d|$))", re.I)),
]
# A figure followed by these is a balance, whatever flow verb came before it: "had 8,906 BTC at month end"
STOCK_AFTER = re.compile(r"^\W{0,3}(?:at|as of) (?:the )?(?:month|quarter|year|period)[- ]end\b|^\W{0,3}left\b(?!\s+(?:over|to)\b)|"
                         r"^\W{0,3}on (?:its|the|our|their) balance sheets?\b|"
                         # ("reported 10,264 bitcoin in its own strategic reserve at June 30")
                         r"^\W{0,3}in (?:its |the |their |our )?(?:own )?(?:strategic |corporate |bitcoin |BTC )?"
                         r"(?:treasury|reserves?|holdings|custody|HODL(?: position)?)\b|"
                         # "HIVE opened February with 2,281 BTC, its balance as at January 31"
                         # ("carried 156.8 Bitcoin into the new year, its balance at December 31, 2024")
                         r"^(?:\s+(?:into|in)\s+[^.;,]{0,30})?\W{0,3}its\s+(?:closing\s+|ending\s+|opening\s+)?balance\s+"
                         r"(?:at|as at|as of|on)\b|"
                         r"^\W{0,3}on hand\b", re.I)  # "The company had 115 BTC on hand at January 31"
# (and across a reporting aside: amounts.REPORTING_ASIDE)
AFTER = re.compile(r"^\W{0,3}" + REPORTING_ASIDE + r"(?:(?:were|was)\s+)?(?:(?:now|currently|still)\s+)?"
                   r"(?:held|in (?:its |the |their |our )?treasury|on (?:its|the|our|their) balance sheets?|"
                   # "9,366 self-mined bitcoin either in custody or pledged as collateral"
                   r"in reserve|(?:either\s+)?in (?:its |third-party )?custody)\b|"
                   # "its 27,562 BTC holdings at month-end"
                   r"^\s*(?:holdings|treasury|stack|reserves?|balance)\s+(?:at|as of|as at|on)\b|"
                   # "the entire 761.5 BTC balance it still carried a week earlier"
                   r"^\s*(?:holdings|treasury|stack|reserves?|balance)\s+(?:it|that|which|the company)\s+(?:still\s+)?"
                   r"(?:carried|held|had|kept)\b|"
                   # "Canaan listed 1,125 bitcoin among its crypto assets as of June 30, 2023"
                   r"^\W{0,3}among\s+(?:its|the\s+company['’]s)\s+(?:crypto(?:currency)?\s+|digital\s+)?assets\b|"
                   # "Of the 19,287 BTC the company held on Sept. 30, 3,300 were restricted"
                   r"^\s*(?:that\s+|which\s+)?(?:it|the company|the miner|the firm|we)\s+(?:still\s+)?(?:held|holds|owned|had)\b(?!\s+(?:\w+ed|"
                   r"sold|bought|lent|won|been|taken|given|spent)\b)", re.I)
LABEL = re.compile(r"\b(?:held|holdings?|HODL|treasury|balance|reserves?|(?:bitcoins?|BTC)\s+on\s+hand)\b", re.I)
IS_FLOW = False
# Parts of a split are not the total; a pledge is a loan fact.
# ("The Company's holdings exclude 11 bitcoin ... awaiting distribution", "bringing the total on loan to 10,377")
PART = re.compile(r"\b(?:of which|including|includes|which include|(?:un)?restricted(?!\s+cash\b)|pledged|encumbered|"
                  r"as collateral|"
                  r"(?<!which )(?<!that )exclud(?:e|es|ed|ing)|on loan|"
                  r"split\s+(?:[\w-]+\s+){0,3}into|"  # "Its filings split the stack into 16,023 unrestricted coins"

                  # (not across a closed bracket: "BTC held at July 31 (excluding customer deposits): 1,620 BTC")
                  r"collateralized|in custody with|secured by|backed by|posting|posted|lent|loaned|lending)\b[^.;)]{0,40}$|"
                  # clients' coins: "Customer deposits held on Bitdeer's platform, which are not included, amounted to
                  # approximately 410 BTC"
                  r"(?<!\bnet of )(?<!\bexcluding )(?<!\bexclude )(?<!\bexcludes )(?<!\bexclusive of )(?<!\bwithout )(?<!\bless )"
                  r"\b(?:customer|client)s?['’]?\s+(?:deposits|balances|assets|coins)\b[^.;)]{0,100}$",
                  re.I)
# "the 3,500 BTC pledged as collateral were released back to the Company's custody wallet": the pledge, not the balance
# "the 412 BTC that BitFuFu had pledged", "3,190 bitcoin were held in the pledged account as collateral"
PART_AFTER = re.compile(r"^\W{0,3}(?:(?:that|which)\s+(?:(?-i:[A-Z])[\w.&-]*\s+|it\s+|the company\s+|we\s+)?)?"
                        r"(?:(?:were|was|had been|have been|are|is|had|has)\s+)?"
                        r"(?:pledged|posted|released|freed|returned|lent|loaned)\b|"  # ("9,377 BTC was lent out")
                        # clients' coins: "Holdings shown above do not include 184.6 BTC deposited by customers"
                        r"^\W{0,3}(?:(?:that|which)\s+(?:were|was|are|is|have been|had been)\s+)?(?:deposited|held)\s+"
                        r"(?:by|for|on behalf of)\s+(?:its\s+|our\s+|the\s+)?(?:customers|clients|users)\b|"
                        r"^\W{0,3}(?:were|was|are|is)\s+held\s+(?:in|as|with)\b[^.;]{0,30}\b(?:pledged|collateral|"
                        r"escrow)\b|"
                        # a managed account's part: "leaving 1,903 bitcoin held and managed in the account"
                        r"^\W{0,3}(?:[\w-]+\s+)?(?:held\s+and\s+managed|managed|held)\s+in\s+(?:the|that|this|a|an|its)\s+"
                        r"(?:[\w-]+\s+)?account\b", re.I)
RELEASED_BEFORE = re.compile(r"\b(?:freeing|releasing|released|freed|unlocking|returned)\s+(?:about\s+|approximately\s+|"
                             r"roughly\s+|some\s+|the\s+)?$", re.I)
PRESENT = re.compile(r"\b(?:now|currently|presently|today|holds|owns|has)\b", re.I)
