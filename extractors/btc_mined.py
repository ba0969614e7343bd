"""btc_mined: bitcoin a company produced by its own mining in a period.

Covers   "Cango produced 650.5 Bitcoin (BTC) in July"              (seed 000)
         "mined a combined 954.5 BTC in April and May"  -> one fact, Apr 1 to May 31
         "a sharp increase from 450 BTC in June"       -> a fact for its own period (comparison)
         "Bitcoin production of 1,020 BTC in Q2 2025", table row "BTC mined | 650.5 | 450.0"
Rejects  "average daily production of 15.9 BTC", "4.2 BTC per day", "up 45 BTC month on month"
"""

from __future__ import annotations

import re

from extractors.amounts import REPORTING_ASIDE

from extractors import periods as P

TYPE = "btc_mined"
VERSION = 162

# "self-mined 1,354 BTC in March, bringing its first-quarter tally to 3,787 BTC": a running production total
TALLY = (r"\s+(?:[\w-]+\s+)?(?:tally|haul)\b|\s+(?:(?:first|second|third|fourth)-quarter|quarterly|year-to-date|annual|"
         r"full-year|fiscal[\w -]{0,16}?|20\d\d|calendar(?:[- ]year)?(?:\s+20\d\d)?) total\b|"
         # "bringing its total for the first nine months of 2021 to 889 bitcoin" ("its total for last year to 7,219.6")
         r"\s+(?:running\s+|cumulative\s+)?total\s+(?:for|in|over)\s+(?:(?:the|its)\s+(?:first|past|last|fiscal|"
         r"(?:\w+\s+)?(?:months|quarters?|half|year))\b|(?:last|this)\s+(?:year|quarter)\b|"
         # "bringing its total for calendar 2024 to 7,024 BTC"
         r"(?:calendar\s+|fiscal\s+)?(?:year\s+)?20\d\d\b)")
RUNNING_TALLY = rf"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|lift(?:s|ed|ing)?|push(?:es|ed|ing)) (?:its|the)(?:{TALLY})"
# (rule id, cue before the figure). Nearest cue of any BTC type wins.
CUES = [
    # ("Its strategic reserve of self-mined bitcoin was 9,102 BTC": the coins' kind, not a verb)
    ("verb_amount", re.compile(r"(?<!\bof )\bself-mined\b|\bself-mined\b(?!\s+(?:bitcoins?|Bitcoins?|BTC|coins)\b)|"
                               r"\b(?<!self-)(?:mined|mines|mining of)\b|\bproduc(?:ed|es|ing)\b|\bgenerated\b|"
                               # "helped the company mine 982 Bitcoins"
                               r"\bhelp(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,3}?(?:mine|produce)\b|"
                               r"\bearn(?:ed|s)\b|\byielded\b|\bbrought in\b|"
                               r"\bmining\s+(?:about |approximately |roughly |more than |over |nearly |almost |"
                               r"just over )?$|"
                               r"\b(?:turn(?:ed|s)|churn(?:ed|s)|pump(?:ed|s)|crank(?:ed|s)) out\b|\bdug up\b|"
                               # "In January we set a new monthly record of nearly 700 bitcoins"
                               r"\b(?:monthly|quarterly|annual)\s+(?:production\s+|output\s+)?record\s+of\s+|"
                               # "- Self-mining: 43 BTC", a line under "Total Bitcoin produced across the platform"
                               r"\bself-mining\s*:",
                               re.I)),
    # (not a report's name: "In its monthly production and operations report, the company put the bitcoin it keeps in
    # custody at 5,646 BTC")
    ("production_of", re.compile(r"\bproduction\b(?!\s+(?:and\s+operations?\s+)?(?:report|update|release)s?\b)|"
                                 r"\boutput\b|\bhaul\b|\bBTC (?:mined|produced|earned)\b|"
                                 # the shorthand of posts and newsletters: "BTC prod: 890 BTC in December"
                                 r"\bprod\b(?![.'’-])|"
                                 + RUNNING_TALLY + "|"
                                 # "The company's own self-mining business accounted for the other 43 BTC"
                                 r"\bself-mining\b(?=[^.;]{0,60}\b(?:accounted for|contributed|made up)\b)|"
                                 # "January came in at 527 bitcoin", "July alone came in at about a hundred and ten"
                                 r"\b(?:" + P.MONTH + r"|the month|the quarter)\s+(?:alone\s+|itself\s+)?came in at\b|"
                                 # "June's tally of 265.6 BTC was up from 226.6 BTC in May"
                                 r"\b(?:" + P.MONTH + r")['’]s\s+(?:tally|haul|total)\s+of\b",
                                 re.I)),
]
# "650 BTC were mined", "1,020 bitcoin mined in Q2"
# ("the 675 BTC Riot produced in February 2023": a name as the subject)
# (and across a reporting aside: amounts.REPORTING_ASIDE)
AFTER = re.compile(r"^\W{0,3}" + REPORTING_ASIDE + r"(?:(?:it|they|we|the company|its (?:machines|fleet|miners|rigs)|"
                   r"(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2})\s+(?:had\s+|has\s+)?)?"
                   r"(?:(?:were|was|have been|had been)\s+)?"
                   r"(?:self-)?(?:mined|produced|earned|generated)\b"
                   # (not "a hedging program that used 2,000 BTC produced a net trading loss of $22.1 million")
                   r"(?!\s+(?:a|an)\s+(?:net\s+)?(?:trading\s+)?(?:loss|gain|profit|return|income|revenue)\b)|"
                   # "After 475 bitcoin of production in December"
                   # (not a loss: "took roughly 60 bitcoin of production with it")
                   r"^\s+of\s+(?:self-mining\s+)?(?:production|output|prod)\s+(?:in|during|for|over|across)\b|"
                   # "533 BTC prod last month", "93 BTC of prod"
                   r"^\s+(?:of\s+)?prod\b(?![.'’-])", re.I)
# (and "Total self-mining BTC", "BTC from self-mining")
LABEL = re.compile(r"\b(?:mined|produced|production|prod|earned|self-mined|output|self-mining\s+(?:BTC|bitcoins?)|"
                   r"(?:BTC|bitcoins?)\s+(?:from|via|through)\s+self-mining)\b", re.I)
IS_FLOW = True
