"""btc_sold: bitcoin a company sold, with proceeds where given.

Covers   "the sale of 4,451 BTC, totaling approximately $305 million"   (seed 003) -> proceeds 305e6
         "Following the sale of 550.03 BTC in January"                  (seed 003)
         "sold 140 BTC[2] for net proceeds of $8.1 million", "offloaded 400 bitcoin, settled in USDT"
Rejects  "plans to sell 1,000 BTC", "BTC traded on exchanges", "bought 500 BTC"
"""

from __future__ import annotations

import re

from extractors.amounts import REPORTING_ASIDE

TYPE = "btc_sold"
VERSION = 162

_NOT_NEGATED = r"(?<!never )(?<!not )(?<!n't )"  # not "which it has never sold from", "is not dumping"
CUES = [
    ("verb_amount", re.compile(rf"{_NOT_NEGATED}(?<!\bno )(?:\bsold\b|\bsells?\b|\bselling\b)|\boffload(?:ed|ing|s)?\b|"
                               r"\bliquidat(?:ed|es|ing)\b|\bdispos(?:ed of|es of|ing of)\b|"
                               rf"{_NOT_NEGATED}\bdump(?:ed|ing|s)\b|\bdivest(?:ed)?\b|\bmonetiz(?:ed|ing)\b|"
                               # "cashing out 1,051 BTC of the 1,242", "parted with 18 BTC", "unloaded 300 bitcoin"
                               rf"{_NOT_NEGATED}(?:\bcash(?:ed|ing|es)? out\b|\bpart(?:ed|ing) with\b|\bunload(?:ed|ing|s)?\b|"
                               r"\b(?:let|lets|letting) go of\b)",  # "in October it let go of 622 BTC"
                               re.I)),
    # (not a sale of securities: "the total it has bought with money from last week's $1 billion convertible note sale")
    # (not a sale named as the background of another figure: "holdings actually rose despite the sale, from 7,815 BTC
    # ... to 8,090 BTC")
    ("sale_of", re.compile(r"(?<!\bnote )(?<!\bnotes )(?<!\bbond )(?<!\bshare )(?<!\bstock )(?<!\bequity )"
                           r"(?:(?<!\bdespite the )(?<!\bdespite its )(?<!\bdespite these )\bsales?\b|"
                           r"\bsales?\b(?=\s+of\b))|"
                           r"\bliquidation\b|\bdisposal\b|\boffloading\b|\bBTC sold\b", re.I)),
]
# (and across a reporting aside: amounts.REPORTING_ASIDE)
AFTER = re.compile(r"^\W{0,3}" + REPORTING_ASIDE + r"(?:(?:it|they|the company)\s+(?:had\s+|has\s+)?)?(?:(?:were|was|have been|had been)\s+)?"
                   r"(?:sold|liquidated|offloaded)\b|"
                   # "475 BTC went for net proceeds of $38.8 million"
                   r"^\W{0,3}(?:went|were\s+exchanged|were\s+converted)\s+for\s+(?:net\s+|gross\s+|total\s+)?"
                   r"(?:proceeds|about\s+\$|approximately\s+\$|roughly\s+\$|\$)", re.I)
LABEL = re.compile(r"\b(?:sold|sales?)\b", re.I)
IS_FLOW = True
# A plan or a possibility is not a sale.
# (but a choice made is a sale: "We elected to sell 650 bitcoin in February")
NOT_DONE = re.compile(r"\b(?:plans?|planning|intends?|intending|may|might|could|would|will|expects?|considering|"
                      r"aims?|(?<!elected )(?<!decided )(?<!chose )(?<!opted )(?<!forced )(?<!had )(?<!needed )to)\s+"
                      r"(?:to\s+)?(?:sell|offload|liquidate)\b|"
                      # "If we sold a thousand bitcoin today, we'd raise something like $67 million"
                      r"\b(?:if|were)\s+(?:we|it|they|the company|the miner)\s+(?:were\s+to\s+)?(?:sold|sell|liquidated|"
                      r"offloaded)\b|"
                      # "had sold forward about 150 BTC of its expected January output": coins not yet mined
                      r"\b(?:sold|sells?|selling)\s+forward\b", re.I)
# Proceeds: a USD amount after the figure in the same clause, not a unit price.
PRICE_CONTEXT = re.compile(r"(?:average|realized|realised|per|each|a|price of|at)\s*(?:price\s+of\s+)?$", re.I)
PRICE_AFTER = re.compile(r"^\s*(?:per|/|each|a)\s*(?:BTC|bitcoin|coin)\b", re.I)
