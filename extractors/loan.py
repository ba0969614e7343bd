"""loan: debt tied to bitcoin mining: bitcoin-backed loans, credit facilities, equipment financing, repayments.

Covers   "earmarked to partially repay a Bitcoin-collateralized loan"   (seed 003) -> repaid, value null
         "secured a $50 million credit facility from Coinbase"          -> facility, lender Coinbase
         "borrowed $20 million against 500 BTC"                          -> borrowed, collateral 500
         "cut the balance by $20 million to $45 million"                 -> repaid 20,000,000 and outstanding 45,000,000
Rejects  the miner as lender ("extended a $5 million loan to"), "would need to pledge", a reporter's estimate,
         a plan ("may seek financing")
"""

from __future__ import annotations

import re

from extractors.amounts import CLAUSE_CHAR, MONTH_NAME

TYPE = "loan"
VERSION = 173

# "cancelled a planned $100 million loan": no money moved (the figure only; the sentence may go on to a real repayment)
_CALLED_OFF = (r"\b(?:cancell?(?:ed|ing|s)|terminat(?:ed|ing|es)|scrap(?:ped|s)|abandon(?:ed|s)|called off|walked away from|"
               r"pulled)\s+(?:a|an|the|its|their)\s+(?:planned|proposed|pending|contemplated)\s+(?:[\w-]+\s+){0,2}")
CALLED_OFF = re.compile(_CALLED_OFF, re.I)
CALLED_OFF_BEFORE = re.compile(_CALLED_OFF + "$", re.I)
# "repaid", "repayment", "prepaid" ("prepaid" is "p" + "repaid"); "pays down", "paying off"
# not "Microsoft's prepayment", "a prepayment from Microsoft"
_REPAY = (r"(?:(?<!['’]s )(?<!customer )(?<!client )p)?repa(?:y|id|ys|ying|yment)(?!(?<=prepayment)\s+(?:from|by)\b)"
          # (not an adjective: "carried as a prepaid asset", "prepaid cloud hash rate and hosting fees")
          r"(?!(?<=prepaid)\s+(?:assets?|expenses?|deposits?|fees?|hosting|cloud|forwards?|power|electricity|rent|"
          r"services?|contracts?|orders?|cards?)\b)")
_PAY_OFF = r"pay(?:s|ing)? (?:down|off|back)"
# (not the idiom: "Riot's power strategy again paid off, bringing in roughly $7.3 million of credits", "had already
# paid off this year, bringing in about $7.3 million")
_PAID_OFF = r"paid (?:down|off(?!(?:\s+(?:again|already|handsomely|well|this\s+\w+|last\s+\w+))?\s*[,.;:!])|back)"
REPAID_WORD = re.compile(rf"\b{_REPAY}\b|\b{_PAID_OFF}\b", re.I)
# a lender's write-off in a restructuring: "which in return wiped out approximately $67.4 million of the company's debt"
WIPED_OUT = r"(?:wip(?:ed|es|ing)|wipe) out|eras(?:ed|es|ing)|eliminat(?:ed|es|ing)|forgave|forgiven|cancell?(?:ed|ing)|cancels"

# a step in a balance: "by $15 million", "by a further US$15.0 million", "by another roughly $10 million"
_BY = (r"by\s+(?:a\s+further\s+|another\s+|an\s+(?:additional|extra)\s+)?"
       r"(?:about |approximately |roughly |some |nearly )?")

# "owed NYDIG about $", the lender named as the object of the debt (TRIGGER and event_for_amount)
_OWED = r"\b(?:owed|owes|owing)\s+"
_LENDER_AND_ABOUT = r"(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}\s+" \
                    r"(?:about |approximately |roughly |some |nearly |around |close to |the full )?"

# "... $20 million to Argo Blockchain", after a verb of lending
_MONEY_TO = r"\s+(?:an?\s+(?:additional|further)\s+|another\s+|up\s+to\s+|as\s+much\s+as\s+)?(?:US)?\$\s?[\d.,]+\s*" \
            r"(?:million|billion|m|bn)?\s+to\b"
# "It was doubled to $130 million last June", right after the facility is named
IT_RESIZED_TO = r"\b(?-i:It)\s+(?:was|has been|had been)\s+(?:later\s+|then\s+|since\s+)?" \
                r"(?:raised|increased|lifted|upsized|expanded|boosted|doubled|enlarged)\s+to\s+"
# "lifted its Coinbase limit to", "raised the ceiling on": the verb and the object before a facility's new size
_RAISED_ITS = r"\b(?:rais|lift|increas|expand|doubl|upsiz|boost)\w*\s+(?:its|the)\s+"
_LENDER_NAMED = r"(?:(?-i:[A-Z])[\w-]*\s+){1,2}"  # "Coinbase ", "Coinbase Prime "
# "What remains, about $17 million, is now secured by ...": the balance left after a loan's repayment was told
_WHAT_REMAINS = (r"\b(?-i:What\s+remains|The\s+remainder|The\s+rest),\s+"
                 r"(?:about |approximately |roughly |some |nearly )?")
TRIGGER = re.compile(r"\bloans?\b|\brevolver\b|\boutstanding under\b|\bmortgages?\b|"
                     # "The agreement provides a total facility of A$3.0 million", "a working capital agreement"
                     r"\b(?:total|aggregate|loan|debt|term|lending)\s+facilit(?:y|ies)\s+of\s+(?:up\s+to\s+)?"
                     r"(?:about\s+|approximately\s+|roughly\s+)?"
                     r"(?:US|USD\s?|A|C|AU|CA)?\$\s?\d|\bworking[- ]capital\s+(?:facility|line|agreement)\b|"
                     # "Stronghold made principal payments of $3.1 million under the WhiteHawk agreement"
                     r"\bprincipal\s+(?:re)?payments?\s+of\b|"
                     # "a second agreement for a further $25 million, once again secured against some of its bitcoin"
                     r"\b(?:agreement|deal|arrangement)\b[^.;]{0,60}\bsecured\s+(?:against|by)\s+(?:some\s+of\s+)?"
                     r"(?:its|their|the company['’]s)\s+(?:bitcoin|BTC)\b|"
                     r"\bunder (?:the|its|a|an) (?:[\w-]+ ){0,3}(?:facility|line)\b|"
                     r"\bcredit (?:facility|line|agreement)s?\b|\blines? of credit\b|\brevolving (?:credit )?lines?\b|"
                     # "a $100 million line with Coinbase Prime" (not "in line with expectations"), "the line was upsized"
                     r"(?<!\bin )\bline\s+(?:with|from)\s+(?-i:[A-Z])|"
                     # a resize: "lifted its Coinbase Prime line to as much as $200 million", "expanded the arrangement
                     # by $200 million", "raised the cap on that agreement to $200 million"
                     r"\b(?:line|arrangement|agreement)\s+(?:to|by)\s+(?:as much as\s+|up to\s+)?"
                     r"(?:about\s+|approximately\s+)?(?:US|USD\s?)?\$|"
                     # "lifted its Coinbase limit to $200 million"
                     rf"{_RAISED_ITS}{_LENDER_NAMED}(?:limit|ceiling)\s+to\s+(?:US|USD\s?)?\$|"
                     r"\bline\s+(?:was|were|has been|had been)\s+(?:upsized|"
                     r"increased|expanded|doubled|enlarged|repaid|drawn|paid (?:down|off))\b|"
                     # "a Revolving Credit and Security Agreement with Silvergate Bank (the "Bank") under which the Bank
                     # agreed to lend the Company up to $100.0 million"
                     r"\bcredit\s+and\s+(?:security|guaranty|guarantee)\s+agreements?\b|"
                     # "the agreement makes approximately $43.9 million of financing available"
                     r"\bfinancing\s+available\b|\bmakes?\s+available\s+(?:[\w-]+\s+){0,2}(?:financing|credit)\s+of\b|"
                     # "The company has already received an $18.6 million advance under the deal."
                     r"\badvances?\s+under\s+(?:the|its|this|that)\s+(?!(?:hosting|supply|purchase|sales?)\b)"
                     r"(?:[\w-]+\s+)?"
                     r"(?:deal|agreement|arrangement|facility)\b|"
                     r"\b(?:agreed|agrees|committed)\s+to\s+lend\b|"
                     # a lender's side: "a commitment to provide up to $72 million of new financing to Core Scientific",
                     # "had roughly $38 million outstanding to Core"
                     r"\b(?:financing|debt)\s+to\s+(?!(?:Fund|Finance|Support|Build|Buy|Expand|Acquire|Pay|Repay|Refinance|Cover|"
                     r"Accelerate|Power|Boost|Grow|Help)\b)(?-i:[A-Z])|\boutstanding\s+to\s+(?-i:[A-Z])|"
                     # "NYDIG was owed approximately $76 million by Greenidge"
                     r"\b(?:was|were)\s+owed\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+)?(?:US)?\$|"
                     # "reduced the principal Greenidge owes NYDIG by approximately $57 million"
                     r"\b(?:principal|debt)\s+(?:[\w'’-]+\s+){0,2}?(?:owes|owed|owing)\b|"
                     # "entered into a facility agreement with one of its major shareholders for up to USD 50 million"
                     r"\bfacility\s+agreements?\b|"
                     # "Greenidge owed NYDIG about $74 million" (a supplier's bill is no loan)
                     rf"{_OWED}(?!Bitmain\b|MicroBT\b|Canaan\b){_LENDER_AND_ABOUT}(?:US)?\$|"
                     # "the roughly $74 million it owes NYDIG"
                     r"(?:(?<=million it )|(?<=billion it )|(?<=million that it )|(?<=\dm it ))owe[sd]\s+"
                     r"(?!Bitmain\b|MicroBT\b|Canaan\b)(?-i:[A-Z])|"
                     # "closed a $32 million financing with BlockFi", "$26.7 million (£20.2 million) of financing
                     # from NYDIG"
                     r"\b(?:million|billion|mn|bn|m)\s+(?:\([^()]{0,30}\)\s+)?"
                     r"(?:of\s+(?:new\s+|further\s+|additional\s+)?)?"
                     r"(?:equipment\s+)?financing\s+(?:from|with)\s+(?-i:[A-Z])|"
                     # "paying off everything it owed on its Coinbase line"
                     r"\b(?:owed|owes|owing|drawn|borrowed)\s+(?:on|under|from)\s+(?:its|the|their)\s+"
                     r"(?:[\w.&'’-]+\s+){0,3}?(?:line|revolver)\b|"
                     # "The Coinbase line was first signed in June 2023 with a $50 million limit"
                     r"\bline\s+(?:was|were)\s+(?:first\s+|originally\s+|initially\s+)?(?:signed|opened|established|"
                     r"arranged|put in place|set up)\b|"
                     r"\b(?-i:Finance Agreement)s?\b|\bequipment financ(?:e|ing) (?:agreements?|arrangements?)\b|"
                     r"\b(?:loan|debt|lending|revolving|term|bitcoin-backed|BTC-backed|financing|credit) facilit(?:y|ies)\b|\bmurabaha\b|"
                     # "a $2.2 billion senior secured construction facility", "vendor credit of up to US$9.8 million"
                     r"\b(?:senior\s+)?secured\s+(?:construction\s+|term\s+|delayed-draw\s+)?facilit(?:y|ies)\b|"
                     r"\b(?:construction|equipment)\s+(?:loan\s+|financing\s+|finance\s+)?facilit(?:y|ies)\b|"
                     r"\bvendor\s+(?:credit|financing)\b|"
                     r"\b(?:equipment|debt|bridge|project|term|secured|bitcoin-backed|BTC-backed) financing\b|"
                     # "NYDIG provided $26.7 million of financing secured against electrical equipment at Helios"
                     r"\bfinancing\s+(?:secured|collateralized)\s+(?:against|by)\b|"
                     # "an agreement with NYDIG providing for financing of up to approximately $53.9 million"
                     r"\bproviding\s+for\s+(?:(?:debt|equipment|secured|term)\s+)?financing\s+of\s+up\s+to\b|"
                     # "In July 2022, the Company made additional repayments totalling $26 million"
                     r"\bmade\s+(?:additional\s+|further\s+|early\s+|voluntary\s+)?repayments\s+(?:totall?ing|of)\b|"
                     # "committed to debtor-in-possession (DIP) financing of up to $75 million"
                     r"\b(?:debtor-in-possession|DIP)\s+(?:\(DIP\)\s+)?(?:financing|loans?|facility|credit)\b|"
                     rf"\bfinancing (?:agreement|facility|arrangement|deal)s?\b|\bborrow(?:ed|ings?|s)?\b|\b{_REPAY}\b|"
                     # "drew $20 million on the Coinbase line during January, bringing the outstanding balance on that
                     # facility to $45 million"
                     r"\b(?:drew|drawn|draws|borrowed)\s+(?:about\s+|approximately\s+|another\s+|an\s+additional\s+|"
                     r"a\s+further\s+)?(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:on|under|from)\s+(?:its|the|their|a)\s+"
                     r"(?:[\w.&'’-]+\s+){0,3}?(?:lines?|facilit(?:y|ies)|revolver)\b|"
                     # "paid the remaining $1.2 million of principal and interest due under the note"
                     r"\bpaid\s+(?:the\s+|its\s+)?(?:remaining|final|outstanding|last)\s+(?:US)?\$[\d.,]+\s*"
                     r"(?:million|m)?\s+of\s+(?:the\s+|its\s+)?principal\b|"
                     # "Core drew $35 million of the B. Riley facility"
                     r"\b(?:drew|drawn|draws)\b(?:[^.;]|(?<=\b[A-Z])\.){0,40}\b(?:facility|credit line)\b|"
                     rf"\b{_PAID_OFF}\b|\b{_PAY_OFF}\s+(?:the|its|a)\s+(?:[\w-]+\s+){{0,3}}(?:facility|line|loan)\b|"
                     # "went to pay off the $102 million of GPU financing IREN took on in August"
                     rf"\b{_PAY_OFF}\s+(?:the|its|a)\s+(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+"
                     r"(?:[\w-]+\s+){0,2}(?:financing|debt|loans?|borrowings)\b|"
                     # "used the proceeds to pay down $28 million of the Galaxy facility"
                     rf"\b{_PAY_OFF}\s+(?:about\s+|approximately\s+|roughly\s+)?(?:US)?\$[\d.,]+\s*"
                     r"(?:million|billion|m|bn)?\s+"
                     r"(?:of|on|under)\s+(?:the|its|their)\s+(?:[\w.&'’-]+\s+){0,3}?(?:facility|line|revolver)\b|"
                     r"\bdebt\b|\bindebtedness\b|\bcollaterali[sz]ed\b|\bbitcoin-backed\b|\bBTC-backed\b|"
                     # (not a line of business: "the former auto lender mined 650.5 BTC in July")
                     r"(?<!auto )(?<!car )(?<!consumer )(?<!mortgage )\blender\b|"
                     r"\b(?:posted|pledged|as) (?:additional |further |extra )?collateral\b|"
                     # "Sphere 3D lent Gryphon $3.65 million", "Galaxy Digital extended $20 million to Argo Blockchain"
                     r"\b(?:lent|loaned)\b|"
                     r"\b(?:advanced|extended|wired|(?<=to )(?:advance|extend|lend))" + _MONEY_TO + "|"
                     # "Galaxy is lending Argo $35 million"
                     # "Galaxy will lend Hut 8 $35 million", "will lend the company $35 million"
                     r"\b(?-i:lending|lends|lend)\s+(?:(?-i:[A-Z])[\w.&'-]*\s+(?:(?:(?-i:[A-Z])|\d)[\w.&'-]*\s+){0,2}|"
                     r"the\s+(?:company|miner)\s+)(?:an?\s+)?(?:US)?\$|"
                     r"\btopped up (?:its |the )?collateral\b|"
                     # "under an intercompany revolving note", "repay the $50 million promissory note": loans, unlike
                     # convertible or senior notes
                     r"(?<!convertible )\b(?:promissory|intercompany|inter-company|revolving|demand|bridge) (?:loan )?notes?\b|"
                     # "repaid the remaining $2.1 million of an equipment-backed note with NYDIG"
                     r"\bequipment(?:-backed|-secured|-financing)? notes?\b(?!\s+(?:offering|holders?)\b)|"
                     r"\bpledged\s+(?:against|under)\s+(?:the|its|both|two|three|these|those)\s+(?:[\w-]+\s+)?(?:facilit|lines?\b)",
                     re.I)
# Once a story has named a loan or credit line, "the facility", "the line", "the balance" refer to it.
# "the facility", "its line", and with the lender's name, "The BlockFi facility"
ANAPHOR_STRONG = re.compile(r"\b(?:the|its|this|that|new|million|(?<=\d)(?:M|mn|bn))\s+(?:\w+-(?:year|month)\s+)?"
                            r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}"
                            r"(?:facility|line|balance|borrowings?)\b(?!\s+leases?\b)|"
                            # "Under the Revolving Agreement the Bank will make advances to the Company ... of up to
                            # $100 million", a filing's defined name for the loan named before
                            r"\b(?:the|this|that)\s+"
                            r"(?-i:Revolving|Credit|Loan|Term Loan|Financing|Master Loan)\s+(?-i:Agreement)\b|"
                            # "extinguished roughly $57 million of Greenidge's obligations and left it owing NYDIG about
                            # $17 million", after the loan was named
                            r"\bextinguish(?:ed|es|ing)?\s+(?:about |approximately |roughly |some |nearly )?(?:US)?\$[\d.,]+\s*"
                            r"(?:million|billion|m|bn)?\s+(?:of|in)\s+(?:[\w'’-]+\s+){0,2}(?:obligations|debt|indebtedness|"
                            r"borrowings)\b|"
                            r"\bowing\s+(?-i:[A-Z])[\w-]+\s+(?:about |approximately |roughly |some |nearly )?(?:US)?\$|"
                            # "Roughly $13 million of it was swapped for 8.3 million shares", after the loan was named
                            r"\$[\d.,]+\s*(?:million|billion|m|bn)?\s+of\s+(?:it|that|this)\b[^.;$]{0,30}"
                            r"\b(?:swapped|exchanged|converted)\s+(?:for|into)\b",
                            re.I)
# So do "drew the full $15 million on Jan. 11", "$17 million outstanding to NYDIG", "The final payment of $77.5
# million", but only close to where the loan is named, and not about a supplier's bill or a share sale ("made the final
# payment of $48 million on its order of S21 miners", "drew $25 million from its at-the-market program").
ANAPHOR = re.compile(ANAPHOR_STRONG.pattern + r"|\b(?:drew|drawn|drawdowns?|owed|owes|owing)\b|"
                     # "We paid the term loan down steadily. Over the year we reduced its principal by $22.4 million"
                     r"\b(?:reduced|cut|lowered|trimmed|paid\s+down)\s+(?:its|the|that)\s+(?:outstanding\s+)?principal\b|"
                     # "At closing, the Company made an initial draw of $12.6 million"
                     r"\b(?:an?|the|its)\s+(?:(?:initial|first|second|third|further|additional|new)\s+)?draw\s+of\b|"
                     # "The note had carried a principal balance of roughly $11 million", after a promissory note
                     r"\b(?:the|this|that)\s+note\b(?!\s+(?:offering|holders?|purchasers?)\b)|"
                     # "Including accrued interest, the amount outstanding was $9.71 million as of June 30, 2024"
                     r"\b(?:the|total)\s+(?:principal\s+)?amount\s+outstanding\b|"
                     # "At November 30, 2025, US$60 million was outstanding", just after the facility
                     r"\$[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:was|were|remained|remains)\s+(?:still\s+)?outstanding\b|"
                     # "The sale retired approximately $57 million of the NYDIG loan. What remains, about $17 million,
                     # is now secured by Greenidge's Dresden plant"
                     + _WHAT_REMAINS + r"(?:US)?\$|"
                     # "A third and much smaller facility, with roughly $1 million outstanding at the end of September"
                     r"\bwith\s+(?:about |approximately |roughly |some |nearly )?\$[\d.,]+\s*(?:million|billion|m|bn)?"
                     r"\s+outstanding\b|"
                     # a margin top-up: "The miner has since had to post another 1,870 BTC"
                     r"\b(?:post(?:ed|s)?|pledged?)\s+(?:another|an additional|a further|additional)\s+[\d,.]+\s*(?:BTC|bitcoins?)\b|"
                     # "The Las Vegas miner receives $20 million at once", "The three-year financing is secured by ..."
                     r"\breceiv(?:es|ed)\s+(?:US)?\$|\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}financing\b(?!\s+(?:round|rounds)\b)|"
                     # "US$3.26 million was advanced to the Company on signing" (but "Digihost advanced the first US$2
                     # million" to its host is a miner lending)
                     r"\b(?:was|were|been|being)\s+(?:funded|advanced|wired)\b|"
                     # "The first tranche, $7.86 million, was received in December 2021", after the loan facility
                     r"\btranches?\b|"
                     r"\boutstanding (?:on|under|to)\b|\b(?:remained|remains|was still|is still)\s+outstanding\b|\bof principal\b|\b(?:first|second|initial|further|next) advance\b(?!\s+payments?\b)|"
                     r"\b(?:final|last|balloon|principal) (?:payment|instal+ment)\b|"
                     # "reported principal outstanding of $146.0 million"
                     r"\b(?:principal|balance) outstanding\b|\boutstanding (?:principal|balance)\b|"
                     # "The limit was raised more than once: to $200 million in April 2025", after the facility
                     r"\b(?:the|its)\s+(?:borrowing\s+)?(?:limit|cap)\s+(?:was|were|has been|had been)\s+(?:raised|"
                     r"increased|lifted|upsized|expanded|boosted|doubled)\b|"
                     rf"{IT_RESIZED_TO}(?:about\s+|approximately\s+|roughly\s+)?(?:US)?\$", re.I)
ANAPHOR_REACH = 500
# (but machines as collateral: "with roughly $1 million outstanding ... and backed by about 0.2 EH/s of miners")
NOT_A_LOAN_CONTEXT = re.compile(r"\b(?:equity|at-the-market|ATM|offering|shares|stock|notes|convertibles?|contractors?|"
                                r"suppliers?|orders?|purchase|invoices?|bills?)\b|"
                                # (but "as the financed miners are delivered" is the loan's equipment)
                                r"(?<!\bby )(?<!\bof )(?<!\bagainst )(?<!\bfinanced )"
                                r"\b(?:machines|miners|rigs)\b", re.I)
NOT_A_LOAN_FACT = [
    # a facility's release schedule: "The funds are scheduled to be made available in stages that track machine
    # deliveries to Helios: US$19.1 million from 29 April 2022, US$24.1 million by 31 May 2022, ..."
    ("schedule", re.compile(r"\b(?:made available|available|released|disbursed|advanced|funded)\s+in\s+(?:stages|tranches|"
                            r"instal+ments)\b[^.;]*:|"
                            # "The remaining $250 million was always meant to be released as Panther Creek hit
                            # development milestones"
                            r"\b(?:meant|scheduled|set|due|slated)\s+to\s+be\s+(?:released|disbursed|made available|"
                            r"funded)\s+(?:as|when|once|upon|in line with)\b", re.I)),
    # "enough liquidity on hand to fund the first phase without tapping the debt markets": spending, no borrowing
    ("no_borrowing", re.compile(r"\bwithout\s+(?:tapping|accessing|touching)\s+(?:the\s+)?(?:debt|credit|loan)\s+markets?\b|"
                                r"\bwithout\s+(?:taking on|raising|adding|incurring)\s+(?:any\s+)?(?:new\s+|additional\s+)?"
                                r"(?:debt|borrowings?|leverage)\b", re.I)),
    # (but coins lent out for yield are no loan of the miner's: "MARA lent 9,377 BTC to counterparties, ..., and it had
    # pledged 5,938 BTC as collateral against $350 million of credit facilities", "it also lends out part of its stack")
    ("miner_lends", re.compile(r"\b(?:lent|loaned)\b(?!\s+(?:out\s+)?(?:about |approximately |roughly |some )?[\d,.]+"
                               r"\s*(?:BTC|bitcoins?)\b)"
                               # (a lender's: "Macquarie had lent the $150 million to the subsidiary in November 2024")
                               r"(?![^.;]{0,40}\bto\s+(?:the\s+)?(?:subsidiary|company|borrower|us|it)\b)|"
                               r"\b(?:lends(?!\s+out\b)|lending to|acting as (?:a |the )?lender|"
                               r"(?:becomes|became|will be|is now)\s+"
                               r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}['’]s?\s+lender|"
                               # (but "under which the Bank agreed to lend the Company up to $100.0 million")
                               r"(?<!which )(?<!Bank )(?<![Ll]ender )(?<![Ll]enders )(?:agreed|agrees) to lend"
                               r"(?!\s+(?:the\s+)?(?:Company|us|it)\b)|"
                               r"\b(?:advanced|extended)" + _MONEY_TO + "|"
                               # "Phoenix extended a loan of USD 8 million to its US joint venture"
                               r"\b(?:advanced|extended|made|provided|granted)\s+an?\s+(?:[\w-]+\s+)?loan\s+of\s+"
                               r"(?:US\$|USD\s?|\$)\s?[\d.,]+\s*(?:million|billion|m|bn)?\s+to\s+(?:its|their|our|a|an|one)\b|"
                               # "had also extended it a roughly $21 million unsecured loan" (the host, named before)
                               r"\b(?:extended|advanced|made|granted)\s+(?:it|them|the (?:host|hosting company|borrower))\s+"
                               r"(?:a|an)\s+[^.;]{0,40}?\bloan\b|"
                               r"\bextend(?:s|ed|ing)? (?:(?:a|an|another|a further|a new) )?(?:[^.]|(?<=\d)\.(?=\d)){0,40}"
                               # ("will extend a bridge loan of between $6.0 million and $6.5 million to USBTC")
                               r"(?:loans?|credit lines?|lines? of credit|revolving line|facility|financing|"
                               r"(?:promissory )?notes?) "
                               r"(?:of (?:[^.]|(?<=\d)\.(?=\d)){0,40})?"
                               rf"to (?!{MONTH_NAME}\b)(?:(?-i:[A-Z])|(?:one of )?(?:its|their|a|an) (?:[\w-]+ ){{0,2}}"
                               r"(?:customers?|"
                               r"clients?|partners?|tenants?|counterpart(?:y|ies)|buyers?)\b)|"
                               r"\bto provide [^.]{0,40}\bcredit to\b|"
                               # money owed to the miner: "owed to the Company
                               # under a promissory note", "a receivable it has fully reserved against"
                               r"\bowed\s+to\s+(?:the\s+Company|us)\b|"
                               r"\bowes\s+the\s+Company\b|\b(?:a|the|this)\s+receivable\b|"
                               r"\bnotes?\s+[^.;]{0,40}?\bissued\s+to\s+(?:the\s+Company|us)\b|"
                               # "agreed to provide a delayed-draw term loan of up to $50 million to let GRIID keep building"
                               r"\bprovid(?:e|es|ed|ing)\s+(?:a|an)\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:loan|credit line|"
                               r"facility|financing)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\bto\s+(?:let|allow|help|enable)\s+"
                               r"(?-i:[A-Z])|"
                               # "Marathon will extend to Compute North an 18-month bridge loan of up to $67 million"
                               r"\bextend(?:s|ed|ing)?\s+to\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}\s+"
                               r"(?:a|an)\s+"
                               r"[^.;$]{0,40}?\b(?:loan|credit|financing|facility)\b|"
                               # "CleanSpark had advanced GRIID about $54 million under a delayed-draw credit agreement"
                               r"\b(?:advanced|lent|loaned)\s+(?-i:[A-Z])[\w.&-]+(?:\s+(?-i:[A-Z])[\w.&-]+){0,2}\s+"
                               r"(?:about |approximately |roughly |some |nearly )?(?:US|C|A)?\$|"
                               r"advanced (?:[^.]|(?<=\d)\.(?=\d)){0,30}\bto (?!(?:the company|us)\b(?!['’]s|\s+(?:that|which|building|developing)\b))"
                               r"(?:a|an|the|its|one of its|(?-i:[A-Z]))|"
                               r"extended (?:a|an) (?:[^.]|(?<=\d)\.(?=\d)){0,40}loan to|provided (?:a|an) (?:[^.]|(?<=\d)\.(?=\d)){0,40}loan to|"
                               # to a borrower the miner does business with: "had extended a $4 million loan last year to a
                               # hosting customer", "made a short-term loan of $1.2 million to a hosting partner", "provided a
                               # $10.0 million secured promissory note to one of its hosting customers", "a $5 million loan
                               # out to a hosting customer"
                               # ("continues to supply a $5 million revolving line of credit to a hosting customer")
                               r"\b(?:(?:advanc(?:e|es|ed|ing)|extend(?:s|ed|ing)?|provid(?:e|es|ed|ing)|ma(?:de|ke|kes|king)|"
                               r"grant(?:s|ed|ing)?|issu(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying))\s+(?:a|an)\s+"
                               r"(?:[^.;]|(?<=\d)\.(?=\d)){0,50}?"
                               r"\b(?:loans?|advances?|(?:promissory )?notes?|financing|credit)(?:\s+(?!to\b)[\w$.,-]+){0,4}?|"
                               r"\bloans?\s+out)\s+to\s+(?:a|an|one of (?:its|our|their)|its|our|their|the)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:customers?|clients?|partners?|tenants?|counterpart(?:y|ies)|buyers?|developers?|contractors?|"
                               r"hosts?|operators?|suppliers?|vendors?|borrowers?)\b|"
                               # "To support its hosting partner ..., the Company provided a loan of RMB 3.0 million"
                               r"\b(?:the\s+Company|we|it)\s+(?:has\s+|had\s+|also\s+)?(?:provided|extended|granted|made)\s+"
                               r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?loan\b(?!\s+(?:from|with)\b)|"
                               # "CleanSpark will provide it with a secured credit facility of up to $10 million"
                               r"\bprovid(?:e|es|ed|ing)\s+(?:it|them|the\s+(?:target|seller))\s+with\s+(?:a|an)\s+"
                               r"[^.;]{0,40}?\b(?:loan|facility|credit|financing)\b|"
                               # "CleanSpark has provided GRIID with a $5 million working capital loan"
                               r"\bprovided\s+(?-i:[A-Z])[\w.&-]+(?:\s+(?-i:[A-Z])[\w.&-]+){0,2}\s+with\s+(?:a|an)\s+"
                               r"[^.;]{0,60}?\bloan\b|"
                               r"\bloans? (?:it|we|the company) (?:had )?made\b[^.;]{0,30}\bto\b|"
                               # "TeraWulf also provided a $3 million short-term working-capital advance to Nautilus"
                               r"\b(?:provided|made|granted)\s+(?:a|an)\s+[^.;]{0,60}?\badvance\s+to\s+(?-i:[A-Z])|"
                               # "a loan of $20 million it extended to a hosting counterparty"
                               r"\bloans?\s+of\s+(?:about |approximately |roughly )?(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?\s+"
                               r"(?:it|we|the company)\s+(?:had\s+)?(?:made|extended|provided|granted)\s+to\b|"
                               # "A AED 18.4 million bridge loan Phoenix made to a hosting customer", "had approximately
                               # $1.2 million in loans outstanding to community associations"
                               r"\bloans?\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*)?\s+(?:had\s+)?made\s+to\b|"
                               r"\bin\s+loans\s+outstanding\s+to\s+(?!(?:its|the|their)\s+(?:lenders?|miner|company|borrower)\b)"
                               r"(?-i:[a-z])|"
                               # but "bringing the outstanding balance of that loan to approximately $12.7 million"
                               r"\bbalance of (?:that|the|its) loan to (?!(?:about |approximately |roughly |around |nearly )?"
                               r"(?:US)?\$)|(?<!balance of that )(?<!balance of the )(?<!balance of its )"
                               # (nor a balance cut to an amount: "cut the balance of the Galaxy loan to $6.72 million")
                               r"loan (?:made )?to (?!(?:about |approximately |roughly |around |nearly )?(?:US)?\$)"
                               r"(?!(?:fund|finance|buy|purchase|pay|repay|refinance|build|develop|"
                               # ("a $7.5 million secured multi-draw term loan to keep Argo operating": a purpose)
                               r"upgrade|acquire|expand|cover|support|help|keep|bridge|meet|sustain|complete|settle|"
                               r"the (?:existing|revolving|credit|term|"
                               r"facility))\b)|loans? receivable|issued a [^.]{0,30}loan to)",
                               re.I)),
    # (but a cap: "the maximum aggregate principal amount that the Borrower may have outstanding")
    # a lender's book, or the sector's: "Antalpha had facilitated about $2.8 billion of loans in total", "Bitcoin miners
    # were already carrying as much as $2.5 billion of outstanding loans before FTX collapsed"
    ("sector", re.compile(r"\b(?:facilitated|originated)\s+(?:about\s+|roughly\s+|some\s+|more than\s+|over\s+)?(?:US)?\$[\d.,]+"
                          r"\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+loans\b|"
                          r"^\W{0,3}(?:(?:Bitcoin|Public|Listed|Publicly[- ]traded|Crypto)\s+)?miners\s+(?:were|are|have|had)\b|"
                          # "counts about $2.4 billion of bitcoin-backed credit lines opened by listed miners"
                          r"\b(?:opened|taken(?:\s+out)?|arranged|drawn|signed|raised)\s+by\s+(?:listed|public|publicly[- ]traded|"
                          r"U\.S\.-listed|Nasdaq-listed|bitcoin)\s+miners\b",
                          re.I)),
    # an accounting line: "a one-time $82.6 million gain on the extinguishment of debt"
    ("accounting", re.compile(r"\b(?:gain|loss|charge)\s+on\s+(?:the\s+)?(?:extinguishment|settlement|modification)\s+of\s+"
                              r"(?:the\s+)?(?:debt|loans?|notes?)\b|"
                              # "booked a $6.0 million gain on extinguishing the debt"
                              r"\b(?:gain|loss|charge)\s+on\s+(?:extinguishing|settling|modifying)\s+(?:the\s+|its\s+)?"
                              r"(?:debt|loans?|notes?)\b", re.I)),
    # a margin term: "Mara's collateral must be worth at least 155% of the amount borrowed, or $155M"
    ("covenant", re.compile(r"\b(?:is|was|works\s+out\s+to|implies|gives)\s+(?:an?\s+)?(?:loan-to-value|LTV)\b|"
                            r"\b(?:collateral|loan-to-value|LTV)\b[^.;]{0,40}\bmust\s+(?:be worth|stay|remain|exceed|"
                            r"cover|equal)\b|"
                            # "prepayments must be at least $5 million": a term of the loan, not an amount lent
                            r"\b(?:prepayments?|repayments?|draws?|drawdowns?|advances?|borrowings?)\s+must\s+"
                            r"(?:each\s+)?(?:be|total|equal)\s+(?:at least|a minimum of|no less than|not less than)\b|"
                            # "The Company must prepay if the loan-to-value ratio exceeds the level set out in ..."
                            r"\bmust\s+(?:p?repay|pay\s+down)\b[^.;]{0,80}\b(?:if|when|upon|should)\b",
                            re.I)),
    ("hypothetical", re.compile(r"\b(?:would|could|might|may)\s+(?:need|have(?!\s+outstanding\b)|be required|seek|"
                                # "In exchange the loan would be cut by $57 million to $68 million" (a term sheet)
                                r"look|be\s+(?:cut|reduced|lowered|trimmed|written\s+down))\b|"
                                # "In return NYDIG would cut Greenidge's debt by $57 million to $68 million"
                                r"\bwould\s+(?:cut|reduce|lower|trim|wipe\s+out|extinguish|eliminate)\b|"
                                # "said it is looking at a secured loan of up to $5 million"
                                r"\b(?:is|are)\s+(?:looking\s+at|weighing|eyeing|exploring)\s+(?:a|an)\b|"
                                # "a project financing package of as much as $3 billion, which has not yet been finalized"
                                r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:arranged|finali[sz]ed|signed|closed|agreed|"
                                r"completed|committed|secured)\b|"
                                r"\bwould need\b|\bif (?:it|the company)\b|^\W{0,3}if\b|\bif\b[^.;]{0,100}\bmust\b|"
                                # "We intend to use approximately $2.0 million of the net proceeds to prepay principal"
                                r"\b(?:we|it|the\s+company)\s+(?:intends?|plans?|expects?)\s+to\s+use\s+(?:approximately\s+|"
                                r"about\s+|up\s+to\s+)?(?:US)?\$|"
                                # but "borrowed $10 million from B. Riley ..., and it has since been exploring sales"
                                r"^(?![^.]*\b(?:repaid|borrowed|drew|paid (?:down|off|back))\b[^.]*\b(?:considering|exploring)\b)"
                                r"[^.]*\b(?:considering|exploring)\b|"
                                # "is in talks with two lenders about a new facility ..., but nothing has been signed"
                                r"^(?![^.]*\b(?:repaid|borrowed|drew|paid (?:down|off|back))\b)[^.]*\bin (?:talks|discussions|"
                                r"negotiations) (?:with [^.]{0,60})?\babout (?:a|an) (?:new |possible |potential )?(?:[\w$.-]+ ){0,4}"
                                r"(?:facility|loan|line|financing)\b|\bnothing has been signed\b|\b(?:would|might) borrow\b|"
                                r"\bseek(?:s|ing)?\b|\bpotential\b|"
                                # "disclosed a plan to wipe out $17.9 million of principal debt", "we anticipate total
                                # principal debt outstanding of under $55 million"
                                r"\ba\s+plan\s+to\s+(?:wipe out|repay|retire|cut|reduce|pay (?:down|off)|eliminate)\b|"
                                r"\bresponsible\s+for\s+(?:re)?paying\b|"  # "The SPVs were left responsible for repaying"
                                r"\b(?:could|might)\s+(?:top|exceed|surpass)\b|"  # "the company has said the deal could top $3 billion"
                                r"\bplans?\s+to\s+use\b|"  # "IREN plans to use $48.9 million of the net proceeds to pay for ..."
                                r"\b(?:we|it|the company|management)\s+(?:anticipates?|expects?|projects?|forecasts?)\s+"
                                r"(?:total\s+)?(?:principal\s+)?debt\b|"
                                r"\b(?:may|can|could|must) be (?:p?repaid|paid (?:down|off|back))\b|"
                                # "most loans are rolled over rather than repaid at maturity": how such loans work
                                r"\bmost (?:such )?loans\b|\b(?:loans|terms) (?:are|were) (?:usually|typically|generally)\b|"
                                r"\brather than (?:being )?p?repaid\b|"
                                # a proposal's terms: "Under the proposal, NYDIG would buy mining machines ... and cancel
                                # $57 million to $68 million of debt", "Greenidge would keep ... the remainder of the debt"
                                r"^\W{0,3}Under (?:the|a|its) (?:proposed |draft |preliminary |non-binding )?(?:proposal|"
                                r"term sheet|proposed (?:deal|agreement|restructuring))\b|"
                                r"\bwould (?:keep|retain)\b(?!\s+\w+ing\b)|\bwould (?:buy|cancel|be left with|take on|assume)\b",
                                re.I)),
    ("lender_book", re.compile(r"\bloan (?:book|portfolio|facilitation)\b|\blending (?:book|portfolio)\b|"
                               # a former car lender's legacy book: "net financing receivables", "loans it extended to
                               # car buyers"
                               r"\bfinanc(?:ing|e) receivables\b|\b(?:finance|lending) book\b|"
                               r"\bloans?\s+(?:it|we|the company)\s+(?:had\s+)?(?:extended|made|granted|provided)\s+to\b|"
                               r"\b(?:its|their) "
                               r"(?:outstanding )?loans to (?:miners|customers|clients)\b|\bloans to miners\b|"
                               # "reported $1.9 billion of loans outstanding to its clients"
                               r"\bloans outstanding to (?:its|their) (?:clients|customers|borrowers)\b|"
                               # "says it has originated more than $1.5 billion of loans to bitcoin miners since 2024"
                               r"\boriginated\b(?:[^.;]|\.(?=\d)){0,60}\bloans\b|\bacross (?:its|their) (?:mining|lending) book\b",
                               re.I)),
    ("estimate", re.compile(r"\bestimat(?:e|es|ed|ing)\b|(?<!told )(?<!telling )(?<!with )\banalysts?\b(?!['’]? (?:on|during) (?:a|the|an) (?:earnings )?call)|\bby our (?:math|count|calculation)\b|"
                            r"\bby (?!the company['’]s)(?:the\s+)?(?:(?-i:[A-Z])[\w.&-]*['’]s?\s+){0,2}(?:math|count|calculations?|reckoning)\b|"
                            r"\bwe (?:estimate|calculate|reckon)\b|\bimplies\b|"
                            # a reporter's inference: "CleanSpark appears to have drawn down its $50 million Coinbase
                            # loan"
                            r"\b(?:appears?|seems?|appeared|seemed)\s+to\s+have\s+(?:\w+\s+){0,2}?"
                            r"(?:drawn|borrowed|tapped|repaid|paid)\b",
                            re.I)),
    # money paid ahead for power or hosting, not a loan's repayment: "Cipher made a $6.3 million prepayment under that
    # agreement, which will be credited against energy invoices", "it prepays hosting fees, roughly $18 million"
    ("prepaid_costs", re.compile(r"\bprepa(?:y|ys|id|ying|yment|yments)\b(?!\s+(?:interest|fees?|premium|penalt))"
                                 r"(?![^.;]{0,40}\b(?:loans?|notes?|facility|debt|principal|borrowings?)\b)"
                                 r"(?=[^.;]{0,100}\b(?:energy|power|hosting\s+fees|invoices?|electricity|PPA|utility)\b)",
                                 re.I)),
    ("boilerplate", re.compile(r"forward-looking (?:statements|information)|Securities (?:Exchange )?Act|covenants?|"
                               # "keeps the loan-to-value thresholds that trigger a margin call ..., and the provisions
                               # governing maturity and repayment": the agreement's terms, no event
                               r"\bprovisions governing\b|\bthresholds? that trigger", re.I)),
    # a mining site called a facility, unless the sentence also names a debt in plain words ("The $35 million loan
    # was made in December 2022 as part of a rescue package in which Galaxy also bought Argo's Helios mining facility")
    ("site", re.compile(rf"\bfacility in (?=(?-i:[A-Z]))(?!(?:{MONTH_NAME}|"
                        r"(?:19|20)\d\d|Q[1-4]|the (?:first|second|"
                        r"third|fourth|same|prior|previous) (?:quarter|month|half))\b)|\bfacility located\b|"
                        r"\bmining facilit", re.I)),
    ("not_debt", re.compile(r"\bmining (?:pool|difficulty)\b|"
                            r"\b(?:consumer|auto|car|vehicle|student|retail) (?:loans?|financing|lending)\b|\bmortgage (?:financing|lending)\b|"
                            r"\bmortgage loans?\s+to\b|"
                            # "its legacy car-financing business, which had RMB 1.2 billion of outstanding loans to car buyers"
                            r"\bloans?\s+to\s+(?:car|auto|vehicle|home)\s+buyers\b|"
                            r"\bloan (?:products?|origination|business)\b|"
                            # "5,000 BTC were pledged as collateral under its derivative contracts"
                            r"^(?![^.]*\b(?:loans?|credit|borrow\w*|debt|facility|lender)\b)[^.]*\b(?:derivatives?|options?|"
                            r"hedg\w+|futures|power purchase|PPA)\b|"
                            r"^(?![^.]*\b(?:loans?|borrow\w*)\b)[^.]*\bequity (?:line|purchase)|"
                            # (but "a $20.0 million revolving credit facility, with ... a letter of credit fee of 1.50%")
                            r"^(?!.*\b(?:revolving|term loan|credit facility|credit agreement)\b).*\bletters? of credit\b|"
                            # "That deposit is a customer prepayment, not a loan", "an amount that is not debt"
                            r"\b(?:is|was|are|were),?\s+not\s+(?:a\s+)?(?:loans?|debt|borrowings?)\b|"
                            # "US$21.4 million of advances from customers", "customer deposits": prepaid fees
                            r"\b(?:advances?|deposits?|prepayments?)\s+(?:received\s+)?from\s+(?:its\s+|our\s+)?(?:customers?|clients?)\b|"
                            r"\b(?:customer|client)\s+(?:advances?|deposits?|prepayments?)\b|"
                            r",\s+not\s+(?:a\s+)?(?:loan|debt)\b|"
                            # "a charge of $1.2 million for prior-period sales taxes owed to the Canadian tax
                            # authorities", "frees up $12 million in restricted cash that Applied Digital had posted
                            # as collateral"
                            r"\btax(?:es)?\b[^.;]{0,30}\b(?:owed|due|payable)\b|"
                            r"^(?![^.]*\b(?:loans?|borrow\w*|credit facility|lender)\b)[^.]*\brestricted cash\b|"
                            # convertible notes' holders: "Holders are owed at least twice the face amount"
                            r"^(?![^.]*\bloans?\b)[^.]*\b(?:note)?holders\s+(?:are|were|will be)\s+owed\b|"
                            # the joint venture's own loan: "The JV financed its rigs with a $46.9 million loan"
                            r"^\W*(?:The|That|This)\s+(?:JV|joint venture)\b(?!['’])",
                            re.I)),
]
# a loan told to be still owed on a day, after the sentence or clause that took it: "..., which remained outstanding at
# year end", "It remained outstanding at year end."
STILL_OWED = r"(?:still\s+)?(?:remained|remains|was still|is still)\s+(?:fully\s+)?outstanding\s+"
EVENTS = [
    # "The proceeds were used to reduce the balance of the Company's BTC-backed loan from Galaxy Digital"
    ("repaid", re.compile(r"(?:\b(?:reduced|lowered)|\bused\b[^.;]{0,40}\bto (?:reduce|lower|cut)|\b(?:has|had) cut)\s+"
                          r"(?:the\s+|its\s+)?(?:balance|principal|amount outstanding)\s+(?:of|on|under)\b"
                          r"(?![^.;]{0,60}\b(?:to|by)\s+(?:US)?\$)|"
                          # "used part of the proceeds to reduce its Galaxy Digital credit facility"
                          # ("used a portion of the proceeds of its BTC sales to reduce its Bitcoin-collateralised
                          # loan")
                          r"\b(?:used|applied)\b[^.;]{0,60}\bto (?:reduce|lower|cut|shrink)\s+"
                          r"(?:the|its|the (?-i:[A-Z])\w*['’]s)\s+"
                          r"(?:[\w-]+\s+){0,4}"
                          r"(?:loans?|line|facility|revolver)\b(?![^.;]{0,60}\b(?:to|by)\s+(?:US)?\$)", re.I)),
    # "by approximately $74 million to approximately $2 million", "by $76.4 million during 2023 to $69.6 million"
    ("outstanding", re.compile(r"\b" + _BY + r"(?:US)?\$[\d.,]+\s*"
                               r"(?:million|billion|m|bn)?(?:\s+(?:during|in|over)\s+(?:the\s+)?(?:year|quarter|month|"
                               r"(?:19|20)\d\d))?,?\s+to\s+(?:about |approximately |roughly |some |nearly )?(?:US)?\$|"
                               r"\boutstanding\b|\bowed\b|\bowes\b|\bowing\b|"
                               r"\b(?:still|will|would still|continues? to) owe\b|"
                               r"\bremaining (?:balance|principal)\b|"
                               # "a balance that had fallen to $99.4 million at March 31"
                               r"\b(?:balance|debt|borrowings|loans payable)\s+(?:that\s+|which\s+)?(?:had\s+|has\s+|then\s+)?"
                               r"(?:fell|fallen|dropped|declined|shrunk|shrank|decreased|rose|risen|grew|grown|climbed|"
                               r"increased)\s+to\s+(?:about\s+|approximately\s+|roughly\s+)?(?:US)?\$|"
                               # "ended the year with total debt of $47.0 million"
                               r"\b(?:with|had|has|have|carried|carries|carrying|reported)\s+(?:total|aggregate)\s+"
                               r"(?:debt|borrowings|indebtedness)\s+of\b|"
                               # "That lifted its borrowings from Antalpha to $70 million"
                               r"\b(?:took|takes|taking|lift(?:ed|ing|s)?|rais(?:ed|ing)|brought|brings?|bringing|push(?:ed|ing)|"
                               r"increas(?:ed|ing))\s+(?:its|the|(?-i:[A-Z])[\w.&-]*(?:\s+\d+)?['’]s)\s+(?:total\s+)?(?:draws|drawings|"
                               r"borrowings|balance|loan balance)\b[^.;$]{0,40}\bto\s+(?:about\s+|approximately\s+|"
                               r"roughly\s+|nearly\s+|some\s+)?(?:US)?\$|"
                               r"\bborrowings under (?:the|its|those|these|their) (?:[\w-]+ ){0,3}(?:facility|facilities|lines?) "
                               r"(?:stood at|totall?ed|amounted to|were|was)\b|"
                               r"\bbalance of\b|\bindebtedness\b|\b(?:loans?|debt|borrowings|balance)(?:\s+\w+){0,2}"
                               # (or after an aside: "Loans payable, which now consist of equipment loans held by its
                               # Swedish subsidiary, totaled $1.1 million")
                               r"(?:,[^,;$]{3,120},)?\s+"
                               r"(?:totall?ed|totall?ing|stood at|amounted to|(?:put|estimated|pegged) at)\b|"
                               # "the debts at the end of September included $39 million of rig-secured loans"
                               r"\b(?:debts|borrowings|liabilities)\b[^.;$]{0,40}\bincluded\b|"
                               # "Debt was cut by $4 million during the quarter to $75 million as of 30 June 2023"
                               r"\b(?:debt|borrowings|loans?|indebtedness)\s+(?:was|were|has been|had been)\s+"
                               r"(?:cut|reduced|lowered|trimmed|paid down)\b|"
                               # "cut its debt to $9.6 million at the end of March"
                               r"\b(?:cut|reduced|lowered|trimmed|pared|brought down)\s+(?:its|the|their)\s+(?:total\s+|net\s+)?"
                               r"(?:debt|borrowings|loan balance)\s+to\b", re.I)),
    ("repaid", re.compile(rf"\b{_REPAY}\b|\b{_PAID_OFF}\b|\b{_PAY_OFF}\b|\bsettled? the loan\b|\bpay-?downs?\b|"
                          # "made additional repayments totalling $26 million"
                          r"\bmade\s+(?:additional\s+|further\s+|early\s+|voluntary\s+)?repayments\s+(?:totall?ing|of)\b|"
                          # "In June it sold 637 BTC ... for $15.6 million, also to reduce the Galaxy debt"
                          r"\b(?:sold|sells|selling)\b" + CLAUSE_CHAR + r"{0,90}"
                          r"\bto\s+(?:reduce|pay\s+down|repay|cut|shrink|lower|whittle\s+down)\s+(?:the|its|their)\s+"
                          r"(?:[\w'’-]+\s+){0,3}(?:loan|debt|facility|line|borrowings)\b|"
                          # "the balances on both the Coinbase line and its Two Prime facility were brought to zero"
                          r"\b(?:brought|cut|reduced|paid|taken)\s+(?:down\s+)?to\s+zero\b|"
                          # "to retire its term loan in full", "put the cash toward its bitcoin-backed loan from Galaxy"
                          r"\bretir(?:e|ed|es|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}(?:loans?|line|facility|"
                          r"debt|borrowings|(?<!convertible )promissory\s+notes?)\b|"
                          # "the remaining equipment loans were retired in February 2024"
                          r"\b(?:loans|facility|line|debt|borrowings|notes)\s+"
                          r"(?:was|were|has been|have been|had been)\s+(?:fully\s+)?retired\b|"
                          r"\b(?:put|putting|puts|applied|applying)\s+"
                          r"(?:(?:part|some|most|much|all|a portion|the rest|the remainder) of\s+)?(?:the\s+|its\s+)?(?:net\s+)?"
                          r"(?:cash|proceeds|money|funds)\s+(?:toward|towards|to)\s+(?:the\s+|its\s+)(?:[\w-]+\s+){0,3}"
                          r"(?:loans?|line|facility|debt|borrowings)\b|"
                          # "Cash from the March sales went toward paying down equipment financing"
                          r"\b(?:went|go|goes|going)\s+(?:[^.;]{0,40}?\band\s+)?(?:toward|towards|to)\s+(?:paying\s+(?:down|off|"
                          r"back)|repaying|reducing|retiring)\b|"
                          rf"\bextinguish|\b{WIPED_OUT}\b|\b(?:final|last|balloon|scheduled|principal) payments?\b|"
                          r"\b(?:settle[sd]?|settling|clear(?:s|ed|ing)?|closing out|closed out)\s+(?:the\s+|its\s+)?"
                          # "to settle about $67 million of debt"
                          r"(?:(?!(?:terms?|way|year|quarter|month|period|deal)\b)[\w$.,-]+\s+){0,4}"
                          r"(?:instal+ments?|loans?|line|facility|balance|debt)\b", re.I)),
    ("collateral_posted", re.compile(r"\bpledg(?:ed|es|ing)\b|\bpost(?:ed|s)?\b[^.]{0,40}\bcollateral\b|"
                                     r"\btopped up (?:its |the )?collateral\b|"
                                     r"\bas (?:additional |further |extra )?collateral\b", re.I)),
    ("facility", re.compile(r"\b(?:loan|debt|lending|revolving|term|bitcoin-backed|BTC-backed|financing|credit) "
                            r"facilit(?:y|ies)\b|\blines? of credit\b|\bcredit line\b|\bcredit agreement\b|\brevolving (?:credit )?line\b|"
                            r"\b(?:signed|arranged|entered into|put in place|established|upsized|amended|extended|opened)\b|"
                            r"\blin(?:es|ed|ing) up\b|"  # "Applied Digital lines up half a billion dollars of bridge financing"
                            # "increases the maximum aggregate principal amount available under the facility"
                            r"\b(?:increas|rais|expand)(?:es|ed|e)?\s+the\s+(?:maximum|aggregate|total)\s+(?:[\w-]+\s+){0,3}"
                            r"(?:amount|size|commitments?|capacity)\b",
                            re.I)),
    ("borrowed", re.compile(r"\bborrow(?:ed|s|ing)?\b|\bdrew\b|\bdrawn\b|"
                            # "Hut 8 is taking on $11.8 million of equipment debt from Foundry"
                            r"\b(?:took|taken|tak(?:e|es|ing))\s+on\s+(?:about |approximately |roughly |nearly |some )?"
                            r"(?:US)?\$|"
                            r"\b(?:made|makes|making|took|completed)\s+(?:an?|its)\s+(?:(?:initial|first|second|further|"
                            r"additional|new)\s+)?draw\s+of\b|\btook out\b|\bsecured\b|\bobtained\b|\badvanced\b|"
                            r"\blent\b|\bloaned\b|\bwired\b|"
                            r"\b(?-i:lending|lends|lend)\s+(?:(?-i:[A-Z])|the\s+(?:company|miner)\b)|"
                            r"\btapp(?:ed|ing)\b|\bdraws\b|(?<!\bin )\badvances?\b(?!\s+payments?\b)|"
                            r"\breceiv(?:ed|es)\b|\bclosed\b|\bloan\b|\bfinancing\b|"
                            # "a $12.0 million unsecured promissory note issued to YA II PN, Ltd.", "issued a $12 million
                            # promissory note to YA"
                            r"\bpromissory\s+notes?\s+(?:issued\s+)?to\s+(?-i:[A-Z])|"
                            # "took another $40 million from Hut 8 in February"
                            r"\btook\s+(?:another|an additional|a further)\s+(?:US)?\$", re.I)),
]
EVENTS_BY_NAME = dict(EVENTS)
# every wording of a repayment: "reduced the balance of its BlockFi loan" as well as "repaid"
REPAID = re.compile("|".join(f"(?:{rx.pattern})" for name, rx in EVENTS if name == "repaid"), re.I)
# A repayment without a figure is a fact only about a particular loan ("used the cash to pay down its bitcoin-backed
# loan from Galaxy"), not about debt in general ("continued to pay down debt", "sell more and pay down debt").
SPECIFIC_LOAN = re.compile(r"\b(?:a|an|its|our|the|their|this|that)\s+"
                           # (not "after a year spent paying down debt")
                           r"(?:(?!(?:spent|paying|pay|down|off|repaying)\b)[\w$.,&'-]+\s+){0,4}?"
                           r"(?:loans?|facilit(?:y|ies)|"
                           r"line of credit|credit line|revolver|borrowings?|financing|debt|mortgage|"
                           # "fully repaid its own bitcoin-backed line with Coinbase"
                           r"(?:bitcoin|BTC|crypto|asset|coin)-(?:backed|collateralized|secured) line|"
                           r"revolving line|(?<!convertible )promissory\s+notes?|"
                           # "it repaid the remaining balance on Oct. 21": the balance of the story's loan
                           r"(?:remaining|outstanding|entire)\s+(?:loan\s+)?balance)\b|"
                           # "paying down debt owed to Galaxy"
                           r"\b(?:debt|loans?|borrowings?)\s+(?:owed|owing)\s+to\s+(?-i:[A-Z])|"
                           # a line named by its lender: "everything it owed on its Coinbase line"
                           r"\b(?:its|our|the|their)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*)?\s+line\b|"
                           # "using part of the money to pay down equipment loans"
                           r"(?:\bus(?:ed|ing)\b[^.;]{0,40}\bto\s+(?:re)?pay|\b(?:went|go|goes|going)\s+(?:toward|towards|to)"
                           r"\s+(?:re)?paying)\s+(?:down\s+|off\s+|back\s+)?(?:equipment|machine|"
                           r"miner|bitcoin-backed|BTC-backed|term|bridge)\s+(?:loans?|financing|debt)\b", re.I)
DEBT_WORD = re.compile(rf"\bloans?\b|\bdebt\b|\bindebtedness\b|\bborrow(?:ed|ing|s)?\b|\b{_REPAY}\b|"
                       r"\bcredit (?:facility|line)\b|\bline of credit\b", re.I)
COLLATERAL = re.compile(r"\b(?:backed by|secured by|collateralized by|collateralised by|against|pledging|pledged|"
                        r"posting|posted|to post|to pledge|collateral of|collateral (?:[\w-]+ ){0,4}with|"
                        # "Bitcoin posted as collateral with Two Prime totaled 160 BTC"
                        r"as collateral (?:[\w-]+ ){0,4}(?:totall?ed|stood at|amounted to|came to)|"
                        # "lifting the coins held as collateral to 7,821 BTC", "which brought its collateral to 9,490"
                        r"\bcollateral\s+to)"
                        r"\s*(?:approximately |about |roughly |some )?"
                        r"(?:a further |another |an additional )?$", re.I)
# (not a date: "through April 2023")
LENDER = re.compile(r"\b(?:from|with|by|provided by|extended by|lender,?|arranged by|through)\s+"
                    r"(?!" + MONTH_NAME + r"\b)"
                    r"(?P<name>(?:[A-Z][\w&.'-]*)(?:\s+(?:[A-Z][\w&.'-]*|of|&)){0,4})")

# The event of one principal figure, from the words right before and after it.
# the facility named right after its size: "a $200 million line of credit", "$100 million bitcoin-backed line with Two Prime"
_FACILITY_AFTER = re.compile(r"^\W{0,3}(?:[\w-]+\s+){0,4}(?:credit facility|credit line|line of credit|revolv|facility|"
                             r"delayed[- ]draw\b|"
                             r"credit agreement|line (?:it|that|which) (?:had )?(?:signed|arranged|opened|secured|closed)|"
                             r"line (?:with|from) (?-i:[A-Z]))", re.I)
_AMOUNT_EVENTS = [
    # a step, an instalment's size, or a figure a facility grew from ("from $100 million to $150 million"): no fact
    ("change", re.compile(r"\b" + _BY + r"(?:as much as |up to |c\.\s?)?(?:US)?$|"
                          # "to $75 million at 30 June 2023, down $68 million from $143 million"
                          r"(?:^|[,;(]\s*)(?:down|up)\s+(?:about |approximately |roughly |some |nearly )?(?:US)?$|"
                          # an option to grow it: "The delayed-draw term loan can be raised to $150 million if both agree"
                          r"\b(?:can|could|may|might)\s+(?:later\s+|also\s+)?be\s+(?:raised|increased|upsized|expanded|enlarged|"
                          r"lifted|extended)\s+(?:to|by)\s+(?:up\s+to\s+)?(?:US|USD\s?)?$|"
                          r"\b(?:steps|increments|instal+ments)\s+of\s+(?:up to\s+|at least\s+|not less than\s+)?(?:US)?$|"  # "in steps of $500,000"
                          # the undrawn rest of a facility: "can draw the remaining $15 million by year-end"
                          r"\b(?:can|may|could|able to|has until\b[^$;]{0,40}\bto)\s+(?:draw|borrow|access|tap)(?:\s+down)?"
                          r"\s+(?:on\s+)?(?:the\s+)?(?:remaining|rest|remainder|balance)\b[^$;]{0,12}$|"
                          # "retains the ability to draw a further $50 million under the Term Loan until April 2023"
                          # "may still draw an additional $50 million under the term loan through April 2023"
                          r"\b(?:may|can|could)\s+(?:still\s+|also\s+)?(?:draw|borrow)(?:\s+down)?\s+(?:up\s+to\s+)?"
                          r"(?:an?\s+)?(?:additional\s+|further\s+|another\s+)(?:US|USD\s?)?$|"
                          r"\b(?:ability|right|option)\s+to\s+(?:draw|borrow|access|tap)(?:\s+down)?\s+(?:up\s+to\s+)?"
                          r"(?:an?\s+)?(?:additional\s+|further\s+|another\s+)?(?:US|USD\s?)?$|"
                          r"\b(?:monthly|quarterly|instal+ment)\s+payments?\s+(?:of\s+(?:principal|interest)(?:\s+and\s+"
                          r"(?:principal|interest))?\s+)?(?:are|were|is|was|will be)?\s*(?:reduced|set|fixed|lowered)?\s*"
                          r"(?:to|at|of)\s*(?:US)?$", re.I),
     # "... to $65 million", "a principal payment of $500,000 each month" (an instalment's size), "adds $70 million to
     # the maximum loan amount"
     re.compile(r"^\s*(?:million|billion|m|bn)?\s*to\s+(?:about\s+|approximately\s+)?(?:US)?(?:\$|$)|"
                r"^\s*(?:million|billion|m|bn)?\s+to\s+the\s+(?:maximum|total|cap|limit|size|commitments?)\b|"
                r"^\s*(?:million|billion|m|bn)?\s+(?:each|every|per|a)\s+(?:month|quarter)\b|"
                # a size it had before: "borrow up to $200 million, up from $50 million originally"
                # (not a loan told by its first draw: "the $35 million initially advanced in December 2022")
                r"^\s*(?:million|billion|m|bn)?\s+(?:originally|initially|previously|before the (?:amendment|increase))\b"
                r"(?!\s+(?:advanced|borrowed|drawn|lent|loaned|extended|issued|provided|granted|made|funded)\b)",
                re.I)),
    # "increases the maximum principal amount that the Company may borrow under the facility to $200 million"
    # "a Term Loan Agreement providing for a delayed-draw term loan of $100.0 million", "in an aggregate principal amount
    # of up to $100,000,000"
    ("facility", re.compile(r"\b(?:maximum|may borrow|can borrow|borrowing (?:capacity|limit|base|cap)|commitments?)\b"
                            r"[^$;]{0,60}$|\bprovid(?:es|e|ed|ing) for (?:(?:a|an) (?:[\w-]+ ){0,4}(?:loan|facility|line)|borrowings)\b"
                            r"[^$;]{0,30}$|\b(?:commit(?:ted|s)?\s+(?:to\s+(?:provide|lend|extend)\s+)?|approv(?:e|ed|es|ing)\s+)up to\s*"
                            r"(?:US|USD\s?)?$|"
                            r"\b(?:loans?|facility|line|credit|financing|borrow\w*|lend|advance|extend|amount|"
                            r"principal)\b[^$;]{0,30}\b(?:up to|not to exceed)\s*(?:US|USD\s?)?$|"
                            r"\b(?:borrow|extend|lend|advance) as much as\s*(?:US|USD\s?)?$|"
                            r"\b(?:facility|line|loan|revolver|credit)(?:['’]s)?\s+(?:cap|limit|size|capacity|commitments?)\b"
                            r"[^$;]{0,20}\b(?:to|at)\s*(?:US|USD\s?)?$|"
                            # a resize: "doubled the line to $130 million", "raised the cap on its bitcoin-backed credit
                            # facility with Coinbase Credit to $200 million", "The line, which Riot doubled to"
                            # ("raised the cap on that agreement to $200 million", "lifted its Coinbase Prime line to
                            # as much as $200 million"; a resize "by" an amount is _RESIZED_BY_BEFORE's)
                            r"\b(?:doubl|tripl|rais|increas|upsiz|expand|lift|boost|enlarg|grew|grow)\w*\s+"
                            r"(?:the\s+(?:cap|limit|size)\s+on\s+)?(?:the|its|that|"
                            r"this)\s+(?:(?!(?:borrowings|balance|draws|drawings|debt|under|outstanding)\b)"
                            r"[\w-]+\s+){0,3}?"
                            r"(?:facility|line|credit line|line of credit|revolver|arrangement|agreement)"
                            r"(?:\s+(?:with|from)\s+(?:[\w.&'’-]+\s+){0,2}?[\w.&'’-]+)?\s+to\s*"
                            r"(?:as much as\s+|up to\s+)?(?:about\s+|approximately\s+)?(?:US|USD\s?)?$|"
                            r"\b(?:cap|limit|size|capacity|commitments?)\s+(?:on|of)\s+(?:the|its|their)\s+[^$;]{0,60}?"
                            r"\b(?:facility|line|revolver)\b[^$;]{0,40}\bto\s*(?:US|USD\s?)?$|"
                            r"\b(?:facility|line|revolver),?\s+(?:which|that)\s+(?:[\w-]+\s+){1,3}?(?:doubled|tripled|raised|"
                            r"increased|upsized|expanded|enlarged|lifted|boosted)\s+to\s*(?:US|USD\s?)?$|"
                            # "the Coinbase facility it doubled to $130 million in June"
                            r"\b(?:facility|line|revolver)\s+(?:it|the\s+company|the\s+miner)\s+"
                            r"(?:later\s+|then\s+|since\s+)?"
                            r"(?:doubled|tripled|raised|increased|upsized|expanded|enlarged|lifted|boosted)\s+to\s*"
                            r"(?:US|USD\s?)?$|"
                            rf"^\W{{0,3}}{IT_RESIZED_TO}(?:about\s+|approximately\s+|roughly\s+)?(?:US|USD\s?)?$|"
                            # "The note had a principal amount of $26.5 million", "had an original principal of"
                            r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:note|loan)\s+(?:had|has|carried|carries)\s+"
                            r"(?:a|an)\s+(?:original\s+)?principal(?:\s+amount)?\s+of\s+(?:about\s+|approximately\s+)?"
                            r"(?:US|USD\s?)?$|"
                            # "The limit was raised more than once: to $200 million in April 2025, and then to an
                            # indicative capacity of $300 million", "a facility initially capped at $50 million"
                            r"\b(?:limit|cap|capacity|size|commitments?|line|facility)\s+(?:was|were|has been|had been)\s+"
                            r"(?:raised|increased|lifted|upsized|expanded|boosted|doubled|enlarged)\b[^$;]{0,30}\bto\s+"
                            r"(?:US|USD\s?)?$|"
                            r"\b(?:indicative\s+|borrowing\s+|total\s+)?(?:capacity|limit)\s+of\s+(?:US|USD\s?)?$|"
                            r"\bcapped\s+at\s+(?:about\s+|approximately\s+)?(?:US|USD\s?)?$|"
                            # "enlarged its credit facility with Coinbase Credit to a total principal cap of $200
                            # million"
                            r"\b(?:principal|borrowing|credit|loan|total)\s+(?:cap|limit|ceiling)\s+of\s+"
                            r"(?:US|USD\s?)?$", re.I),
     # "opened the Two Prime line in October 2025 with a $100 million limit"
     re.compile(r"^\s*(?:million|billion|m|bn)?\s+(?:borrowing\s+|credit\s+)?(?:limit|cap|ceiling)\b|"
                # "the whole $300 million commitment becomes available to Bitfarms"
                r"^\s*(?:million|billion|m|bn)?\s+(?:of\s+)?(?:loan\s+|credit\s+|lending\s+)?commitments?\b", re.I)),
    ("outstanding", re.compile(r"\b(?:outstanding|owed|owes|owing|still owe|balance|"
                               r"(?:stood|stands|standing)\s+(?:at|near|around|close\s+to)|"
                               r"totall?ed|"
                               r"borrowings|indebtedness|principal(?!\s+(?:re)?payments?|\s+(?:re)?paid\b|\s+amount\s+available))\b[^$;]{0,40}$|"
                               # "the total debt is put at about $107.8 million"
                               r"\b(?:debt|borrowings|loans?|indebtedness)\s+(?:is|was|are|were)\s+(?:put|estimated|pegged)\s+at\s+"
                               r"(?:about |approximately |roughly |some |nearly )?(?:US|USD\s?)?$|"
                               # "At December 31, 2022, Bitfarms carried US$16.6 million of equipment financing"
                               r"\bcarr(?:ied|ies|ying)\s+(?:about |approximately |roughly |some |nearly )?(?:US|USD\s?)?$|"
                               r"\b(?:reduc|bring|lower|cut|decreas)\w*\b[^$;]{0,50}\bto\s+(?:US)?$|"
                               r"\b(?:took|takes|taking|lift(?:ed|ing|s)?|rais(?:ed|ing)|brought|push(?:ed|ing))\s+(?:its|the)\s+"
                               r"(?:total\s+)?(?:draws|drawings|borrowings|balance)\b[^$;]{0,40}\bto\s+(?:about\s+|"
                               r"approximately\s+|roughly\s+|nearly\s+|some\s+)?(?:US)?$|"
                               r"\b" + _BY + r"(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?,?\s+to\s+(?:about\s+|"
                               r"approximately\s+|roughly\s+|nearly\s+|some\s+)?(?:US)?$", re.I),
     re.compile(r"^[^$;]{0,12}\b(?:outstanding|owed|owes)\b|"
                r"^\W{0,3}(?:\w+\s+){0,2}(?:remained|remains|was still|is still)\s+"
                r"(?:outstanding|owed|unpaid)\b|"
                # "$40,000,000 in aggregate principal amount was outstanding under the Credit Agreement"
                r"^\s+in\s+(?:aggregate\s+)?(?:principal\s+)?amount\s+(?:was|were|is|are|remained)\s+outstanding\b", re.I)),
    ("repaid", re.compile(rf"\b(?:{_REPAY}|{_PAID_OFF}|{_PAY_OFF}|extinguish(?:ed|es|ing)?|{WIPED_OUT}|"
                          r"settled?|retir(?:e|ed|es|ing)|"
                          r"(?:final|last|balloon|principal) (?:payments?|instal+ments?) of|"
                          r"repayments|"
                          # a lender's write-off: "wrote off $67.4 million of principal", "cancels roughly $38.6 million
                          # of the equipment debt", "in full satisfaction of approximately $14.4 million"
                          r"wr(?:ote|ites|itten|iting) off|cancel(?:s|led|ed|ling|ing)?|satisfaction of|"
                          # "in exchange for the cancellation of $67.4 million of equipment debt"
                          r"(?:cancellation|forgiveness|extinguishment|elimination|write-off) of)\b[^$;]{0,40}$|"
                          # "it had cleared the entire $30 million drawn on its Silvergate revolving line"
                          r"\bclear(?:ed|s|ing)\s+(?:the\s+(?:entire|full|remaining)\s+|its\s+|all\s+)?(?:US)?$|"
                          # "the Company paid the remaining $1.2 million of principal and interest due under the note"
                          r"\b(?:paid|pays|paying|pay)\s+(?:the\s+|its\s+)?(?:remaining|final|outstanding|last)\s+"
                          r"(?:about |approximately |roughly |some |nearly )?(?:US)?$|"
                          # "it paid the lender the remaining $10.9 million owed under the loan"
                          r"\b(?:paid|pays|paying|pay)\s+(?:the|its)\s+(?:lenders?|banks?|creditors?|noteholders?)\s+"
                          r"(?:the\s+)?(?:remaining\s+|final\s+|outstanding\s+|last\s+)?"
                          r"(?:about |approximately |roughly |some |nearly )?(?:US)?$|"
                          # "Bitfarms paid BlockFi US$7.75 million in cash": a payment to the lender
                          r"\b(?:paid|pays|paying|pay)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,2}\s+"
                          r"(?:a\s+(?:single\s+)?(?:(?:cash\s+)?(?:amount|payment|sum|total)\s+of\s+)?)?"
                          r"(?:about |approximately |roughly |some |nearly )?(?:US)?$", re.I),
     # "used $28 million of the proceeds to pay down a bitcoin-backed credit facility"
     re.compile(rf"^\s+of\s+(?:the|its)\s+(?:net\s+)?(?:sale\s+)?proceeds\s+(?:to|toward|towards)\s+(?:{_REPAY}|{_PAY_OFF}|"
                r"reduce|retire|settle)\b|"
                # "the $34 million paydown would cut interest costs"
                r"^\s+(?:[\w-]+\s+){0,2}(?:pay-?downs?|pay-?offs?|p?repayments?)\b|"
                # "paid $7.75 million to BlockFi in full and final settlement of the loan"
                r"^\s+(?:in\s+cash\s+)?to\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2}\s+(?:in\s+cash\s+)?"
                r"(?:in|as)\s+(?:full\s+(?:and\s+final\s+)?|final\s+)?(?:settlement|satisfaction|repayment)\s+of\b|"
                # "made the final US$0.7 million payment on the equipment loan"
                r"^\s+(?:[\w-]+\s+){0,2}payments?\s+(?:on|under)\s+(?:the|its|a|an|that|this|their)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:loans?|facility|debt|notes?|financing|line)\b|"
                # "Approximately $67.4 million of legacy equipment debt eliminated since mid-August"
                rf"^\s+(?:in|of)\s+(?:[\w-]+\s+){{0,3}}(?:debt|loans?|borrowings|principal)(?:\s+and\s+(?:accrued\s+)?interest)?"
                rf"\s+(?:was\s+|were\s+|has been\s+|have been\s+|as\s+)?"
                rf"(?:{WIPED_OUT}|extinguished|p?repaid|retired|settled|"
                rf"paid off)\b", re.I)),
    ("borrowed", re.compile(r"\b(?:drew|(?<!delayed-)draws?|drawn|drawing|borrow(?:ed|s|ing)?|took(?: out)?|taken|"
                            r"raised|tapp(?:ed|ing)|"
                            r"receiv(?:ed|es)|obtained|lent|loaned|advanced)\b[^$;]{0,25}$|"
                            r"\b(?:took|taken|tak(?:e|es|ing))\s+on\s+(?:about |approximately |roughly |nearly |some )?"
                            r"(?:US|USD\s?)?$|"  # "is taking on $11.8 million of equipment debt"
                            # a lender's verb: "Galaxy also extended a $35 million asset-backed loan to Argo"
                            r"\b(?:extended|granted|provided)\s+(?:it\s+|the (?:company|miner)\s+)?(?:a|an)\s+(?:new\s+)?"
                            r"(?:US|USD\s?)?$|"
                            # "Galaxy is extending a new loan of $35 million with an initial term of 36 months"
                            r"\b(?:is|are|will be)\s+(?:extending|providing|granting)\s+"
                            r"(?:it\s+|the (?:company|miner)\s+)?(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+)?loan\s+of\s+"
                            r"(?:US|USD\s?)?$|"
                            # "tapped its Coinbase Credit facility for another $75 million"
                            r"\b(?:tapp(?:ed|ing)|drew on|drew down)\s+(?:its|the|a|an|their)\s+[^$;]{0,45}\bfor\s+"
                            r"(?:another\s+|an additional\s+|a further\s+)?(?:US|USD\s?)?$", re.I),
     re.compile(r"^[^$;]{0,40}\b(?:drawn|borrowed|drawdown|draw(?:-| )down|advanced)\b|"
                r"^\s*(?:million|billion|m|bn)?\s+(?:[\w-]+\s+){0,2}promissory\s+notes?\s+(?:issued\s+)?to\s+"
                r"(?-i:[A-Z])", re.I)),
    # "the agreement makes approximately $43.9 million of financing available"
    # ("the agreement, dated June 18, makes available financing of roughly $43.9 million in total")
    ("facility", re.compile(r"\bmakes?\s+available\s+(?:[\w-]+\s+){0,2}(?:financing|credit)\s+of\s+(?:up to\s+)?"
                            r"(?:approximately\s+|about\s+|roughly\s+|some\s+|nearly\s+)?(?:US|C|CA)?$", re.I),
     re.compile(r"^\s*(?:million|billion|m|bn)?\s+(?:of\s+)?(?:financing|credit|borrowing capacity)\s+available\b", re.I)),
    ("facility", re.compile(r"\b(?:facility|credit line|revolver|line of credit),?\s+(?:originally|initially|of|sized at|"
                            r"worth)?\s*(?:up to\s+)?(?:US)?$", re.I),
     _FACILITY_AFTER),
    # last, and only from the words after it: "US$34.3 million of short-term borrowings" is a balance when no verb
    # before it has named the event ("repaid $20 million of debt", "drew $50 million of borrowings")
    ("outstanding", None,
     re.compile(r"^\s+of\s+(?!(?:new|additional|fresh|incremental)\b)(?:[\w-]+\s+){0,2}(?:borrowings|indebtedness|debt)\b"
                r"(?!\s+(?:drawn|proceeds))", re.I)),
]


# the loan itself, with its lender, as what was cut: "its loan with NYDIG", not "its monthly loan payments"
# "... with NYDIG", "... under its Coinbase credit facility", "... of its term loan", "... during the year"
_WITH_LENDER = (r"s?\s+(?:(?:with|from|to|under)\s+(?:[\w.&'’-]+\s+){1,6}?|"
                # "cutting the debt it owes the lender by $57 million"
                r"(?:that\s+)?(?:it|they|the company|(?-i:[A-Z])[\w.&-]*)\s+(?:owes|owed)\s+(?:to\s+)?(?:[\w.&'’-]+\s+){1,3}?|"
                # "reduced Greenidge's debt owed to NYDIG by approximately $57 million"
                r"(?:owed|owing)\s+to\s+(?:[\w.&'’-]+\s+){1,3}?)?"
                # ("reduce the balance of the Company's BTC-backed credit facility with NYDIG by $28 million")
                r"(?:(?:of|on)\s+(?:its|the|their|our)\s+(?:[\w'’-]+\s+){0,4}?(?:loan|facility|line|debt)s?\s+"
                r"(?:(?:with|from)\s+(?:[\w.&'’-]+\s+){1,6}?)?)?"
                r"(?:on\s+(?:its|the|their|our)\s+(?:books|balance\s+sheet)\s+)?"  # "trimmed the debt on its books by"
                r"(?:(?:during|in|over)\s+(?:the\s+)?(?:year|quarter|month|period|(?:19|20)\d\d)\s+)?")
_BY_STEP = _BY + r"(?:c\.\s?)?(?:US)?$"
_BY_A_FURTHER_BEFORE = re.compile(r"\bby\s+(?:a\s+further|another|an\s+(?:additional|extra))\s+[^$;]{0,20}$", re.I)
# a loan's balance cut by a step: the step was repaid (so is a cut of the total: "cutting total debt by $41 million";
# not a net figure's, which nets cash off)
BORROWINGS_RAISED_BY = re.compile(r"\b(?:increas(?:ed|ing|es|e)|rais(?:ed|ing|es|e)|lift(?:ed|ing|s)?|boost(?:ed|ing|s)?)\s+"
                                   r"(?:its|our|their|the\s+company['’]s|total)\s+(?:outstanding\s+)?"
                                   r"(?:borrowings|drawings|draws|amount\s+drawn)\b[^.;$]{0,60}\bby\s+"
                                   r"(?:about\s+|approximately\s+|roughly\s+)?(?:US)?$", re.I)
_REDUCED_BY = re.compile(r"\b(?:reduc(?:ed|ing|es|e)|lower(?:ed|ing|s)?|cut(?:ting|s)?|decreas(?:ed|ing|es)|"
                         r"trim(?:med|ming|s)?|pared|(?:paid|pay|pays|paying) down|shr(?:ank|unk|ink|inks|inking))\s+"
                         r"(?:(?!net\b)[\w'’-]+\s+){0,5}?"  # ("the Galaxy Digital bitcoin-backed credit facility")
                         r"(?:loan|facility|line|balance|borrowings?|principal|debt|indebtedness|financing|amount)"
                         + _WITH_LENDER + _BY_STEP + "|"
                         # "the facility, which the Company paid down by a further US$28 million"
                         r"\b(?:paid|pay|pays|paying)\s+down\s+" + _BY_STEP + "|"
                         # "paid the line down by $34 million", "Bitfarms paid it down by $28 million"
                         r"\b(?:paid|pay|pays|paying)\s+(?:it|(?:the|its|that|this)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:loan|facility|line|balance|debt))\s+down\s+" + _BY_STEP + "|"
                         # "trimmed the amount drawn on its revolving credit line with Silvergate Bank by $20 million"
                         r"\b(?:reduc(?:ed|ing|e)|lower(?:ed|ing)?|cut(?:ting)?|decreas(?:ed|ing)|trim(?:med|ming)?|pared)\s+"
                         r"(?:the\s+|its\s+)?amount\s+(?:drawn|outstanding|borrowed)\s+(?:on|under|from)\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?:loan|facility|line)" + _WITH_LENDER + _BY_STEP + "|"
                         # "applied to the credit facility with Galaxy Digital, reducing the amount owed by $28 million"
                         r"\b(?:reduc(?:ed|ing|e)|lower(?:ed|ing)?|cut(?:ting)?|trim(?:med|ming)?)\s+the\s+amount\s+"
                         r"(?:owed|outstanding|drawn|borrowed)\s+" + _BY_STEP + "|"
                         # "Equipment financing with NYDIG reduced by US$2.3 million during the month"
                         # "Debt was cut by $4 million during the quarter to $75 million"
                         r"\b(?:loan|facility|line|balance|borrowings|financing|principal|(?<!net )debt)"
                         # "The Company's balance of equipment financing fell by $1.3 million during the quarter"
                         + _WITH_LENDER + r"(?:was\s+|were\s+)?(?:reduced|lowered|cut|decreased|paid down|fell|dropped|"
                         r"declined)\s+"
                         + _BY_STEP, re.I)
_REPAID_BEFORE = next(before for name, before, _ in _AMOUNT_EVENTS if name == "repaid")
_CUT_BEFORE = re.compile(r"\b(?:cut|cuts|cutting|trimmed|trimming|shaved|shaving)\s+"
                         r"(?:about |approximately |roughly |some |"
                         r"nearly )?(?:US|USD\s?)?$", re.I)
_OF_DEBT_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:of|from)\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
                            r"(?:borrowings|debt|loans?|principal)\b", re.I)
UNDRAWN_AFTER = re.compile(r"[^$;.]{0,50}?\b(?:undrawn|(?:has|have|had) not (?:yet )?(?:been )?drawn|not yet drawn|"
                            r"available to (?:be )?(?:draw|drawn|borrow))\b", re.I)
_OBTAINED_A = re.compile(r"\b(?:obtained|received|secured|closed|landed|signed|arranged)\s+(?:a|an)\s+(?:new\s+)?(?:US|USD\s?)?$", re.I)
_IT_OWED = re.compile(r"\s*(?:that\s+)?(?:it|the company)\s+(?:still\s+)?(?:had\s+)?(?:owed|borrowed)\b|"
                      r"\s+of\s+(?:[\w-]+\s+){0,2}(?:debt|loans?)\s+owed\b|"  # "... of debt owed by Greenidge"
                      r"\s*(?:million|billion|m|bn)?\s+(?:drawn|borrowed|(?:still\s+)?owed)\s+(?:on|under|from|to)\b", re.I)


_REPAID_RIGHT_BEFORE = re.compile(rf"\b(?:p?repa(?:y|id|ys|ying)|paid (?:down|off|back)|{_PAY_OFF}|retired?|settled?|"
                                  rf"{WIPED_OUT}|extinguish(?:ed|es|ing)?)\s+"
                                  r"(?:in full\s*)?(?:,?\s*(?:on|in)\s+[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?\d{4},\s*)?"  # ", on January 7, 2026,"
                                  r"(?:all\s+|all of\s+)?(?:the\s+)?(?:remaining\s+|entire\s+|full\s+|final\s+)?"
                                  r"(?:about |approximately |roughly |some |nearly )?(?:US|USD\s?|C|CA|A|AU)?$", re.I)
_UNDER_THE = re.compile(r"\b(?:under|on|from)\s+(?:the|its|a|an|their)\s+(?:up[- ]to[- ])?(?:US|USD\s?)?$", re.I)
FACILITY_RIGHT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:facility|credit line|line of credit|revolver|loan|line)\b",
                                  re.I)
_OUTSTANDING_RIGHT_AFTER = re.compile(r"\s+(?:(?:that|which)\s+(?:remained|remains|was|were)\s+)?(?:then\s+|still\s+|balance\s+|"
                                      r"of\s+(?:the\s+)?)?(?:outstanding|owed|owing|unpaid)\b", re.I)  # "the C$4.2 million that remained outstanding"


_PAYMENTS_TOTALLED = re.compile(r"\b(?:principal\s+)?(?:re)?payments\s+(?:on|under)\s+[^$;]{0,40}\b(?:totall?ed|were|"
                                r"amounted to|came to)\s+(?:about |approximately |roughly |some |nearly )?(?:US|USD\s?)?$|"
                                # "made additional voluntary prepayments totaling $31.6 million"
                                r"\b(?:principal\s+)?(?:pre|re)payments\s+(?:totall?ing|of)\s+"
                                r"(?:about |approximately |roughly |some |nearly )?(?:US|USD\s?)?$", re.I)
_PAID_DOWN_TO_BEFORE = re.compile(r"\b(?:pa(?:id|ys|y)|paying)\s+down\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                                  r"(?:loan|debt|facility|line|balance|borrowings)\s+to\s+"
                                  r"(?:about\s+|approximately\s+|roughly\s+)?(?:US|USD\s?)?$", re.I)
_OWED_LENDER_BEFORE = re.compile(_OWED + _LENDER_AND_ABOUT + r"(?:US|USD\s?)?$")
_OF_LOANS_FROM_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}"
                                  r"(?:loans?|debt|borrowings)\s+"
                                  r"(?:from|with)\s+(?-i:[A-Z])", re.I)
# "TeraWulf carried loans payable of $123 million at the end of 2023"
LOANS_PAYABLE_BEFORE = re.compile(r"\b(?:loans?|notes?|debt)\s+payable\s+"
                                  r"(?:of|was|were|stood\s+at|came\s+to|totall?(?:ed|ing))\s+"
                                  r"(?:about |approximately |roughly |some )?(?:US|USD\s?)?$", re.I)
# "the remaining NYDIG debt will be approximately $17 million"
REMAINING_DEBT_IS_BEFORE = re.compile(_WHAT_REMAINS + r"(?:US|USD\s?)?$|"
                                      r"\b(?:remaining|outstanding)\s+(?:[\w.&-]+\s+){0,2}?(?:debt|loans?|borrowings|"
                                      r"principal)\s+(?:(?:to|with|from)\s+[\w.&-]+\s+)?"
                                      r"(?:is|was|will\s+be|stands\s+at|stood\s+at)\s+"
                                      r"(?:about |approximately |roughly |some |nearly |just )?(?:US|USD\s?)?$|"
                                      # "Greenidge's debt to NYDIG was approximately $74 million", "debt to NYDIG,
                                      # approximately $74 million as of November 30"
                                      r"(?<!net )\b(?:debt|borrowings|indebtedness)\s+(?:(?:to|with|from|owed\s+to)\s+"
                                      r"(?:[\w.&'’-]+\s+){0,2}?)?(?:is|was|were|stood\s+at|stands\s+at|came\s+to)\s+"
                                      r"(?:about |approximately |roughly |some |nearly |just )?(?:US|USD\s?)?$|"
                                      r"(?<!net )\bdebt\s+(?:to|with|owed\s+to)\s+(?:[\w.&'’-]+\s+)?[\w.&'’-]+,\s+"
                                      r"(?:about |approximately |roughly |some |nearly |just )?(?:US|USD\s?)?$|"
                                      # "That facility now stands at $38 million"
                                      # (not "Total availability under the facility now stands at US$65 million")
                                      r"(?<!under the )(?<!of the )\b(?:facility|line|loan|balance)\s+"
                                      r"(?:now\s+|then\s+)?"
                                      r"(?:stands|stood)\s+at\s+"
                                      r"(?:about |approximately |roughly |some |nearly |just )?(?:US|USD\s?)?$", re.I)
BALANCE_AT_STAKE_BEFORE = re.compile(r"\b(?:default(?:ed|s|ing)?\s+on|restructur(?:e|ed|es|ing)|rework(?:ed|s|ing)?|"
                                     r"renegotiat(?:e|ed|es|ing))\s+(?:the\s+)?(?:about |approximately |roughly |some |"
                                     r"nearly |more than |over |around )?(?:US|USD\s?)?$", re.I)
# ("leaving US$38 million drawn on the facility": the balance a repayment left)
_HAD_BEFORE = re.compile(r"\b(?:had|has|have|with|leaving)\s+(?:about |approximately |roughly |some |nearly )?(?:US|USD\s?)?$", re.I)
_DRAWN_RIGHT_AFTER = re.compile(r"\s+(?:drawn|borrowed|outstanding)\b", re.I)
_USED_BEFORE = re.compile(r"\b(?:used|using|uses|applied|applying|put|spent|directed|earmarked)\s+(?:about\s+|approximately\s+|"
                          r"roughly\s+|some\s+|nearly\s+|another\s+|a further\s+)?(?:US|USD\s?)?$", re.I)
_TO_REPAY_AFTER = re.compile(rf"^\s*(?:million|billion|m|bn)?\s+(?:of\s+(?:the|its|that|this)\s+(?:[\w-]+\s+){{0,2}}?"
                             rf"(?:proceeds|money|cash|funds)\s+(?:(?:the same day|that day|immediately|at closing)\s+)?)?"
                             rf"(?:to|toward|towards)\s+(?:{_REPAY}|{_PAY_OFF}|paying\s+(?:down|off)|"
                             rf"pay\s+(?:down|off|back)|reduc|retir|settl)", re.I)


_SWAP_BEFORE = re.compile(r"\b(?:exchang|swapp?|convert)(?:e|ed|es|ing|s)?\s+(?:about\s+|approximately\s+|roughly\s+)?"
                          r"(?:US|USD\s?)?$", re.I)
_DEBT_FOR_EQUITY_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+(?:its\s+|the\s+|their\s+)?"
                                    r"(?:[\w-]+\s+){0,3}?(?:debt|loans?|borrowings)\b[^.;]{0,40}?\b(?:for|into)\s+"
                                    r"(?:[\w-]+\s+){0,3}?(?:shares|stock|equity)\b", re.I)


_HAD_DRAWN_BEFORE = re.compile(r"\bhad\s+(?:drawn|borrowed)\s+(?:down\s+)?(?:about |approximately |roughly |some )?"
                               r"(?:US)?$", re.I)
_STILL_OUTSTANDING_AFTER = re.compile(r"[^.;]{0,50}\band\s+(?:that|the|this)\s+(?:amount|sum|balance)\s+"
                                      r"(?:remained|remains|was|is)\s+(?:still\s+)?outstanding\b", re.I)

# a balance read at a date: "$200 million drawn at June 30" (but "drew $50 million on April 24" is a drawing)
_BALANCE_AT_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:drawn|borrowed)\s+(?:(?:on|under|from)\s+[^.;$]{0,60}?\s+)?"
                               r"(?:at|as of|as at)\s+(?:the end of\s+|(?:quarter|year|month)[- ]end\b|(?-i:[A-Z]))", re.I)
_BORROW_VERB_BEFORE = re.compile(r"\b(?:drew|draws?|borrow(?:ed|s|ing)?|took|takes|raised|received|obtained)\s+"
                                 r"(?:(?:about|approximately|roughly|some|another|a further|an additional)\s+)?(?:US|USD\s?)?$", re.I)
SWAPPED_FOR_SHARES_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:of\s+(?:it|that|this|the)"
                                      r"(?:\s+(?:balance|debt|loan|amount|principal|obligation))?\s+)?"
                                      r"(?:(?:was|were|is|are|will\s+be)\s+)?"
                                      r"(?:being\s+)?(?:swapped|exchanged|converted)\s+(?:for|into)\s+"
                                      r"(?:(?:about|approximately|roughly|some|nearly)\s+)?[\d.,]+\s*(?:million\s+)?"
                                      r"(?:[\w-]+\s+){0,2}?(?:shares|stock)\b", re.I)

_ELIMINATED_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?[^.;$]{0,25}?"
                               r"\b(?:has|have|had|was|were)\s+(?:now\s+)?(?:been\s+)?"
                               r"(?:eliminated|extinguished|repaid|paid\s+off|retired|wiped\s+out|forgiven)\b", re.I)
_PRINCIPAL_PAID_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+of\s+(?:the\s+)?(?:principal|debt|loan)\s+"
                                   r"(?:was\s+|were\s+)?(?:paid\s+(?:down|off|back)|repaid|retired)\b", re.I)
_TOOK_A_LOAN_BEFORE = re.compile(r"\b(?:took|takes|taken|taking|obtained|received)\s+(?:out\s+)?(?:a|an)\s+"
                                 r"(?:[\w-]+\s+){0,3}?loan\s+(?:with\s+a\s+principal\s+(?:amount\s+)?of|of|for)\s+"
                                 r"(?:about\s+|approximately\s+)?(?:US|USD\s?)?$", re.I)
_REMAINDER_BEFORE = re.compile(r"\b(?:remaining|other|rest\s+of\s+the|balance\s+of)\s+(?:US|USD\s?)?$", re.I)
STAYS_DEBT_AFTER = re.compile(r"\s*(?:million|billion|m|bn)?\s+"
                              r"(?:stays|remains|becomes|will\s+(?:stay|remain|become))\s+(?:as\s+)?(?:(?:a|an)\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:debt|obligation|loan|outstanding|owed)\b", re.I)


# a facility grown by an amount, which is a facility of its own ("cut by $20 million to $45 million" is two facts too)
_RESIZED_BY_BEFORE = re.compile(r"\b(?:expand|upsiz|increas|rais|enlarg|boost|lift)\w*\s+(?:the|its|that|this)\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:facility|line|arrangement|agreement)"
                                r"(?:\s+(?:with|from)\s+(?:[\w.&'’-]+\s+){0,3}?[\w.&'’-]+)?\s+by\s+"
                                r"(?:about\s+|approximately\s+|roughly\s+|some\s+|another\s+|an\s+additional\s+)?"
                                r"(?:US|USD\s?)?$", re.I)

# "lifted its Coinbase limit to $200 million", "raised the ceiling on its loan with Coinbase Credit to $200 million"
LIMIT_RAISED_TO_BEFORE = re.compile(rf"{_RAISED_ITS}(?:{_LENDER_NAMED}(?:limit|cap|ceiling)|"
                                     r"(?:limit|cap|ceiling)\s+(?:on|of)\s+(?:its|the)\s+[^$;]{0,60})\s+to\s+"
                                     r"(?:US|USD\s?)?$", re.I)


def event_for_amount(left: str, right: str) -> str | None:
    """'drew $50 million' -> borrowed; 'a new $200 million revolving credit line' -> facility;
    'reducing the balance outstanding to US$38 million' -> outstanding; 'repaid US$28 million' -> repaid.
    'extinguished the $17.5 million it owed' is repaid, though 'it owed' alone is a balance."""
    if _UNDER_THE.search(left) and FACILITY_RIGHT_AFTER.match(right):
        return "facility"  # "Total borrowings under the $10 million facility ... were $8.0 million"
    if _RESIZED_BY_BEFORE.search(left) or LIMIT_RAISED_TO_BEFORE.search(left):
        return "facility"  # "expanded its bitcoin-backed credit arrangement with Coinbase Prime by $100 million"
    if (_REPAID_BEFORE.search(left) and _IT_OWED.match(right)) or (
            _REPAID_RIGHT_BEFORE.search(left) and _OUTSTANDING_RIGHT_AFTER.match(right)):
        return "repaid"  # "to repay in full approximately US$2.2 million outstanding under its equipment financing"
    if _SWAP_BEFORE.search(left) and _DEBT_FOR_EQUITY_AFTER.match(right):
        return "repaid"  # "to exchange $17.9 million of its debt for newly issued preferred shares"
    if _ELIMINATED_AFTER.match(right) or _PRINCIPAL_PAID_AFTER.match(right):
        # "all outstanding principal ..., approximately $67.4 million in total, has been eliminated", "reflects $5
        # million of principal paid down during the quarter"
        return "repaid"
    if _TOOK_A_LOAN_BEFORE.search(left):
        return "borrowed"  # "took a loan with a principal amount of 14,308,156 USDT"
    if SWAPPED_FOR_SHARES_AFTER.match(right):
        return "repaid"  # "Roughly $13 million of it was swapped for 8.3 million shares": debt settled in shares
    if _REMAINDER_BEFORE.search(left) and STAYS_DEBT_AFTER.match(right):
        return "outstanding"  # "The remaining $5 million stays as debt with a three-year term"
    if _PAYMENTS_TOTALLED.search(left):
        return "repaid"  # "Principal payments on equipment financing totaled approximately $28.4 million"
    if _PAID_DOWN_TO_BEFORE.search(left):
        return "outstanding"  # "TeraWulf ... pays down term loan to $77 million": the balance left
    if _HAD_BEFORE.search(left) and _OF_LOANS_FROM_AFTER.match(right):
        return "outstanding"  # "Core Scientific had $39 million of rig-backed loans from NYDIG"
    if LOANS_PAYABLE_BEFORE.search(left) or REMAINING_DEBT_IS_BEFORE.search(left):
        return "outstanding"
    if BALANCE_AT_STAKE_BEFORE.search(left):
        return "outstanding"  # "Iris Energy defaulted on $103 million of equipment loans", "to restructure about $74
        # million of debt": the balance in default or under renegotiation
    if _OWED_LENDER_BEFORE.search(left):
        return "outstanding"  # "At the end of June, the company owed NYDIG about $69 million in equipment loans"
    if _HAD_BEFORE.search(left) and _DRAWN_RIGHT_AFTER.match(right):
        return "outstanding"  # "As of May 31 it had $30 million drawn on a revolving line from Silvergate Bank"
    if _BALANCE_AT_AFTER.match(right) and not _BORROW_VERB_BEFORE.search(left):
        return "outstanding"  # "reported $350 million borrowed under its bitcoin-backed lines of credit at the end of June"
    if _HAD_DRAWN_BEFORE.search(left) and _STILL_OUTSTANDING_AFTER.match(right):
        return "outstanding"  # "had drawn $50.0 million under the Term Loan, and that amount remained outstanding"
    if _USED_BEFORE.search(left) and _TO_REPAY_AFTER.match(right):
        return "repaid"  # "American Bitcoin used $30 million to pay down its revolving credit facility"
    if _CUT_BEFORE.search(left) and _OF_DEBT_AFTER.match(right):
        return "repaid"  # "Cutting US$34 million of borrowings under the Galaxy facility"
    if _OBTAINED_A.search(left) and _FACILITY_AFTER.search(right):
        return "facility"  # "it has obtained a $200 million line of credit": a line opened, not money drawn
    for name, before, after in _AMOUNT_EVENTS:
        if (before is not None and before.search(left)) or (after is not None and after.search(right)):
            if name == "change" and BORROWINGS_RAISED_BY.search(left):
                return "borrowed"  # "we increased our borrowings under the facility by $15.0 million": a further draw
            if name == "change" and _REDUCED_BY.search(left):
                # "Equipment financing with NYDIG reduced by US$2.3 million during the month", and "cut the balance by
                # $20 million to $45 million": a repayment of the step (the new balance is a fact of its own)
                return "repaid"
            if name == "change" and _BY_A_FURTHER_BEFORE.search(left):
                continue  # "expanded its borrowing with Coinbase Prime by another $100 million": a tranche of its own
            return name
    return None
