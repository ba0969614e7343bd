"""Shared mechanics: the document context, sentences, attribution, period choice and the Candidate record.

The fact modules (btc_mined, btc_sold, btc_held, hashrate, loan) hold the cue patterns and normalisers;
this module holds what they share, so each of them stays small.
"""

from __future__ import annotations

import dataclasses
import functools
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from collections.abc import Iterator

from extractors import periods as P
from extractors.amounts import MONTH_NAME, NUMBER, Quantity, find_btc, find_hashrates, find_usd, parse_number, \
    qualifier_before
from extractors.companies import Mention, default_finder, find_issuer
from extractors.loan import TRIGGER as LOAN_TRIGGER
from models.companies import Company

# "owed NYDIG about $74 million": a lender as the object of the miner's debt verb is not the figure's subject
_OWED_BEFORE = re.compile(r"\b(?:owed|owes|owing|owe)\s+$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|by|with|to|of|at|via|through|like|including|such as|and|than|"
                                 r"versus|vs\.?|over|behind|ahead of|among|owed|owes|owing|repaid|repays|paid|pays|its|our|"
                                 r"their|(?:on|under) the|(?:lender|creditor),)\s+(?:an?\s+)?"
                                 # "to lender NYDIG", "with asset manager WhiteHawk"
                                 r"(?:(?:lender|creditor|bank|asset manager|investment firm)\s+)?$", re.I)
# ("its draws on the Two Prime facility"; "surrendered those machines to its equipment lender, NYDIG ABL LLC, ...")
# "the balance of the Galaxy loan": a lender named as its loan's modifier
_OF_THE_LENDER = re.compile(r"\b(?:of|from|with|to|under|on|down|off|back|repay|repaid|retire|retired|settle|settled|opened|"
                            r"tapped|expanded|upsized|amended|doubled|enlarged|extended|signed|for) "
                            r"(?:the|a|an|its|their)\s+(?:(?:earlier|existing|former|previous|prior|legacy|original|"
                            r"old|outstanding|remaining)\s+)?(?:(?:two|three|four|five|six|several|both|all|\d+)\s+)?$", re.I)
# also "to pay down a Galaxy credit line", "served as collateral for its earlier NYDIG loans"
_LOAN_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:loans?|facilit(?:y|ies)|lines?|credit|financing|revolvers?|debt)\b", re.I)


# ("..., mostly Bitmain machines at Hut 8 sites, and said it remains on track to reach 50 EH/s": the subject's verb)
NEW_SUBJECT = re.compile(r"(?:,\s*(?:and|while|but)|;)\s+(?:(?:said|says|added|noted)\s+(?:that\s+)?)?"
                         r"(?:the [Cc]ompany|we|it|the miner)\b|"
                         # "Once Bitmain has completed its remaining deliveries ..., we expect to be running ... 23.3 EH/s"
                         r",\s+(?:we|the [Cc]ompany)\s+(?:expect|anticipate|plan|believe|intend|aim|will|remain|now)\b|"
                          r"\b(?:the Company|the company)\b")
# "the Yguazú site that it bought from Bitfarms last year", "developed with Phoenix Group": the seller or partner is not
# the sentence's subject
_SELLER = r"\b(?:bought|acquired|purchased|leased|rented|buy|purchase|order(?:ed)?)\s+(?:[\w'’,-]+\s+){0,6}?from\s+(?:the\s+)?$"
# "Unlike Marathon, Riot did sell"; "Its mining fleet runs mostly at sites operated by Hut 8": the host, not the subject
NOT_SUBJECT_BEFORE = re.compile(rf"{_SELLER}|\bwith\s+(?:the\s+)?$|\b(?:unlike|like)\s+$|"
                                # "The Texas miner went further than CleanSpark and sold 465 BTC"
                                r"\bthan\s+$|"
                                # what a company did, not the company: "Launch of American Bitcoin speeds Hut 8's
                                # evolution"
                                r"\b(?:launch|spin-?off|listing|IPO|acquisition|purchase|takeover)\s+of\s+$|"
                                # a supplier named for its trade: "China-based rig maker Canaan told Forkast"
                                r"\b(?:rig|ASIC|chip|machine|hardware|miner)\s+(?:maker|manufacturer|supplier|vendor)\s+$|"
                                # the buyer or new operator: "handing its day-to-day running over to CleanSpark Inc."
                                r"\b(?:over|sold|selling|handed|handing|transferred|transferring)\s+"
                                r"(?:[\w'’-]+\s+){0,3}?to\s+$|"
                                r"\b(?:operated|run|hosted|managed|owned|built|developed|supplied|provided)\s+by\s+$", re.I)
OWNER_BEFORE = re.compile(r"\b(?:owned|backed|controlled|spun (?:out|off)|acquired|sponsored) by\s+$|"
                           r"\b(?:subsidiary|unit|affiliate|parent) of\s+$|"
                           # "American Bitcoin owes parent Hut 8 $62 million as it races toward 25 EH/s"
                           # (and "owed its majority shareholder, Hut 8, $21.5 million")
                           r"\b(?:owes|owed|owing|from|to|by|with|on)\s+(?:its\s+|the\s+)?(?:parent(?:\s+company)?|"
                           r"majority\s+(?:owner|shareholder)|controlling\s+shareholder)\s*,?\s+$|"
                           # the creditor: "That left American Bitcoin owing Hut 8 $97 million", "took another $40
                           # million from Hut 8"
                           r"\b(?:owes|owed|owing)\s+$|\b(?:borrowed|took|drew|received)\s+(?:another\s+|an additional\s+|"
                           r"a further\s+)?(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)?\s+from\s+$", re.I)


# "Bitfarms, which completed its purchase of Stronghold in March, reported ...": names in an aside are not the subject
# "CoreWeave, the neocloud that tried to buy Core Scientific last year, has raised ...": an appositive with a clause
# (and a name's history: "Riot Platforms, known as Riot Blockchain until January 2023, produced 495 BTC in November")
_APPOSITIVE_CLAUSE = r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,6}(?:that|which|who)\s+[^,;]{0,120},|" \
    r",\s+(?:(?:then|formerly|previously)\s+)?(?:known|called|named|renamed)\s+(?:as\s+)?[^,;]{0,80},|" \
    r",\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*)?['’]s?\s+(?:[\w-]+\s+){0,3}(?:rival|peer|competitor|"\
    r"neighbou?r|counterpart)\b[^,;]{0,80},"  # "Riot Platforms, MARA's closest rival by market value, finished"
ASIDE = re.compile(r",\s+(?:which|who|whose|after|having|following|once)\b(?:[^,;]|,(?=\s(?:19|20)\d\d\b)){0,160},|"
                   r"\([^()]{0,80}\)|"
                   + _APPOSITIVE_CLAUSE)
# "Gryphon, which completed its reverse merger with Akerna in February, mined 20.4 BTC during the month": a relative
# clause about a company does not date the company's figures (but "Phase I, which the Company expects in the third
# quarter" dates its target)
# (a thousands comma does not close it: ", which in August handed roughly 26,200 machines back ...,"; nor a date's:
# ", which is the third quarter of HIVE's fiscal year ending March 31, 2022,")
# (and an appositive with a clause: "Core Scientific, the bitcoin miner that filed for Chapter 11 protection in
# December,")
_WHICH_ASIDE = re.compile(r",\s+(?:which|who|whose)\b(?:[^,;]|(?<=\d),(?=\d{3}\b)|,(?=\s(?:19|20)\d\d\b)){0,160},(?!\d)|"
                          + _APPOSITIVE_CLAUSE)
# "The company, which changed its name from Marathon Digital Holdings in August, said": an aside about the company
# (and "The Canadian miner, which has not sold a bitcoin since 2020, had 2.55 EH/s")
_THE_COMPANY_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts) (?:[A-Z][\w.-]+ |[\w-]+-(?:based|listed) )?"
                                 r"(?:company|miner|firm|group|bitcoin miner)$")
_WHICH_ONLY = re.compile(r",\s+which\b[^,;]{0,160},|" + _APPOSITIVE_CLAUSE)
# a filing's defined term, not a company: "the aggregate principal amount outstanding under the Credit Agreement was"
# (also a filing's defined party or day: 'On the Closing Date, the Borrower borrowed $450.0 million')
_DEFINED_TERM = re.compile(r"(?:Agreements?|Facilit(?:y|ies)|Amendment|Loans?|Notes?|Plan|Program|Offering|Line|"
                           r"Borrowers?|Date)$")
# (but "with lenders including NYDIG and Trinity Capital, the company owed ...": the list ends an opening phrase and
# "the company" is the main clause's subject, not an appositive)
_THE_COMPANY_VERB = (r"\s+(?:company|miner|firm)\s+(?:owed|owes|had|has|said|says|reported|held|holds|mined|produced|sold|"
                     r"carried|carries|borrowed|drew|repaid|was|is)\b")
_ORG = re.compile(r"(?<![\w.$-])(?P<name>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|\d[\w]*)){1,3})"
                  rf"(?=\s*(?:,\s+(?:which|a|an|another|the(?!{_THE_COMPANY_VERB})|one of)\b|\(|"
                  r"\s+(?i:said|says|reported|reports|"
                  r"mined|produced|sold|held|holds|had|has|ran|runs|posted|added|disclosed|operates|announced|earned|generated|"
                  r"was|is|raised|borrowed|secured|drew|repaid|signed|obtained|owes|owed|lent|lends|filed)\b))")
# a name at the end of an appositive: "One competitor in the same weight class, Bitmine Immersion, runs well under 1 EH/s"
_ORG_APPOSITIVE_END = re.compile(r"(?<=,\s)(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){1,3})(?=,\s+(?:runs|ran|operates|operated)\b)")
# a one-word name after what it is: "Bitcoin miner Rhodium files for Chapter 11" (not a bare "Core sold", which may
# be a registry miner's short name)
_ORG_ONE = re.compile(r"(?:(?<=\bminer\s)|(?<=\bcompany\s)|(?<=\boperator\s)|(?<=\bfirm\s)|"
                      r"(?<=\brival\s))(?P<name>[A-Z][a-z][\w&'-]+)"
                      r"(?=\s+(?:said|says|reported|mined|produced|sold|held|holds|had|has|ran|runs|posted|disclosed|"
                      r"operates|announced|raised|borrowed|secured|drew|repaid|signed|obtained|failed|files|filed|missed|"
                      r"defaulted|owed|owes)\b)")
# a one-word name that grows a fleet in a clause of its own: "The increase came as Rhodium switched on another batch
# of machines, lifting its hashrate to about 2.1 EH/s"
_ORG_ONE_ADDING = re.compile(r"(?:(?<=\bas\s)|(?<=\bafter\s)|(?<=\bwhile\s)|(?<=\bwhen\s))(?P<name>[A-Z][a-z][\w&'-]+)"
                             r"(?=\s+(?:switched|energi[sz]ed|installed|deployed|plugged|brought|added|expanded|boosted|"
                             r"lifted)\b)")
# a name the registry lacks, owning the figure's noun: "GRIID's self-mining hashrate was approximately 0.9 EH/s"
_ORG_POSSESSIVE = re.compile(r"(?<![\w.$-])(?<!\bthe )(?<!\bits )(?<!\bour )(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:hash\s?rate|fleet|holdings?|production|output|treasury|reserve|debt|loan|borrowings?)\b")
# a ranking's holder named before its figure: "the largest ... are Metaplanet, with 35,102 BTC as of December 30, Next
# Technology Holding with 5,833 BTC and Boyaa Interactive with 3,351 BTC"
# (not a verb or a month: "Ended September with 10,427 BTC", "Compared with 6,159 BTC")
_MONTH_WORD = rf"(?:{MONTH_NAME}\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\w-]))"
_ORG_WITH = re.compile(r"(?:(?<=\bare\s)|(?<=\bas\s)|(?<=\bis\s)|(?<=\band\s)|(?<=,\s)|(?<=\bwere\s))"
                       rf"(?P<name>(?![A-Z][a-z]*(?:ed|ing)\b)(?!{_MONTH_WORD})[A-Z][\w&.'-]*"
                       rf"(?:\s+(?!{_MONTH_WORD})[A-Z][\w&.'-]*){{0,3}}),?\s+with\s+"
                       r"(?:about\s+|roughly\s+|approximately\s+|nearly\s+|some\s+|just\s+)?\d")
# a one-word name in capitals doing what a miner does: "GRIID produced 66 BTC in Q1 at a realized hashrate of 0.41 EH/s"
# (registry tickers such as "MARA" are mentions, and so skipped)
_ORG_ACRONYM = re.compile(r"(?<![\w.$-])(?P<name>(?!(?:BTC|USD|SEC|CEO|CFO|COO|ASIC|ASICs|ETF|AI|HPC|GPU|LLC|NYSE|TSX|"
                          r"OTC|IPO|USDT|USDC|ETH|EBITDA)\b)[A-Z]{3,6})"
                          r"(?=\s+(?:currently\s+|now\s+|still\s+|also\s+|only\s+|last\s+)?(?:said|says|reported|reports|mined|"
                          r"produced|sold|held|holds|had|has|ran|runs|posted|earned|generated|raised|borrowed|drew|repaid|"
                          r"owes|owed)\b)")
# a counterparty, not a subject: "entered into a MEFA with Trinity Capital Inc. (...)", "loan from Trinity Capital was"
_OBJECT_BEFORE = re.compile(r"\b(?:with|to|under)\s+$|\b(?:loans?|facility|line|financing|debt|notes?|credit|borrowings?)\s+"
                            r"(?:from|with|by|to|of|under)\s+$", re.I)
# a place: "the first 50 MW at its Mackenzie site in British Columbia had been fully energized" (but "its facility in
# Rio Cuarto, which the company says now runs about 1.3 EH/s" tells of the site)
_PLACE_BEFORE = re.compile(r"\b(?:site|campus|facility|plant|farm|mine)\s+(?:in|near|at|outside)\s+$", re.I)
_WHICH_AFTER = re.compile(r",\s+(?:which|where)\b")
_NOT_ORG_WORD = re.compile(r"^(?:A\.?|Q\.?|An|The|This|That|These|Those|Its|It|Our|We|They|Their|He|She|His|Her|Both|In|On|At|For|By|As|During|After|Before|Since|"
                           r"While|But|And|Chief|Executive|Officer|CEO|CFO|President|Bitcoin|BTC|Total|Self|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|"
                           rf"{MONTH_NAME}|"
                           r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|"  # "published on Jan. 8, the company said"
                           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                           r"Q[1-4]|H[12]|[1-4]Q|[12]H|FY|FY\d{2,4}|Fiscal|First|Second|Third|Fourth|Average|Operational|Installed|Energized|"
                           r"Company|Management|Production|Holdings|Hashrate|North|South|East|West|New|United|Texas|"
                           r"Together|Meanwhile|Separately|Overall|Altogether|Additionally|Also|Still|Instead|"
                           # "With August, the output of the first eight months of 2025 has reached 4,592.8 BTC"
                           r"With|Without|Including|Excluding|Through|From|Of|Under|Across|Among|Unlike|Like|Despite|"
                           r"Following|Until|Between|Amid)$")


# "its wholly owned subsidiary Dorothy 2 ComputeCo LLC has entered into ...": the parent's own borrowing or fleet
_SUBSIDIARY_BEFORE = re.compile(r"\b(?:its|our|the (?:Company|company)['’]s|[A-Z][\w.&-]*['’]s?)\s+(?:(?:wholly[- ]owned|indirect|"
                                r"direct|operating|majority[- ]owned|mining|project)\s+)*(?:subsidiary|subsidiaries|unit)\s*,?\s*$")


@functools.lru_cache(maxsize=1)
def _registry_words() -> frozenset[str]:
    """First words of registry names, lower-cased: "Canadian miner Hive" is HIVE written another way."""
    reg = default_finder().registry
    return frozenset(n.split()[0].lower() for c in reg.companies for n in (c.canonical, c.ticker or "", *c.aliases) if n)


# a person, not an organisation: "Chief financial officer Jeff Lucas said the company ...", "analyst Joe Burnett said"
_TITLE = r"executive|CEO|CFO|COO|CTO|president|chair(?:man|woman)?|director|founder|analyst|spokes(?:person|man|woman)|head"
_TITLE_BEFORE = re.compile(rf"\b(?i:{_TITLE}|officer|manager|partner|strategist|economist|treasurer|vice president|VP)\s+$")
_TITLE_IN_NAME = re.compile(rf"\b(?:(?i:{_TITLE})|Officer|Chief|Treasurer)\s+\S")
# "Ben Gagnon, the company's Chief Mining Officer, said": a person, named with a title after
_TITLE_AFTER = re.compile(r",\s+(?:the\s+(?:company|miner|firm)['’]s\s+|its\s+|our\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
                          rf"(?i:{_TITLE}|chief|senior|vice|co-founder|managing|general counsel)\b")


# a sentence that opens with a one-word name and its verb, or with a private company described: "Rhodium failed to
# repay roughly $54 million", "Antalpha, which finances buyers of Bitmain machines, reported", "The privately held
# company listed between $100 million and $500 million of liabilities"
# a list item headed by a company and its ticker: "- BIT Mining (BTCM): Not on most people's radar, but ..."
_TICKER_LABEL = re.compile(r"^[ \t]*\W{0,3}(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
                           r"\((?:[A-Za-z]+\s*:\s*)?[A-Z]{2,5}\)\s*:")
# (after a list item's number: "1. Compute North operates four data centers")
_ORG_FIRST = re.compile(r"^(?:\d{1,2}[.)]\s+)?(?P<name>[A-Z][a-z][\w&'-]+(?<!ly)(?<!while)(?<!ever)(?<!ing))(?=,\s+(?:which|a|an|the)\b|"
                        r"\s+(?:(?:currently|now|last|also|still|as\s+a\s+whole|in\s+total)\s+)?(?:said|says|reported|reports|failed|"
                        r"listed|owed|owes|lent|lends|disclosed|announced|filed|held|holds|had|has|mines|mined|produced|produces|"
                        r"operates|operated|runs|ran|borrowed|sold|sells|grew)\b)|"
                        # "Prairie Sky Mining, founded in 2019 by two former drilling engineers, runs about 0.35 EH/s",
                        # "Brazos Hashworks, a privately held miner with sites near Waco, told us ..."
                        r"^(?P<described>(?:[A-Z][\w&'’.-]*\s+){1,3}[A-Z][\w&'’.-]*),\s+(?:(?:founded|backed|based|"
                        r"headquartered|owned|controlled|formed|started|spun)\b|(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:miner|"
                        r"mining\s+(?:company|firm|outfit|operator)|operator|startup|outfit|developer)\b)|"
                        r"^(?P<private>The\s+(?:privately[- ]held|private|unlisted|stablecoin|lending|crypto)\s+(?:[\w-]+\s+)?"
                        r"(?:company|miner|firm|issuer|lender|operator|group)\b|"
                        # "Privately held Ionic Digital, by contrast, said its fleet was operating at about 4.2 EH/s"
                        r"(?:Privately[- ]held|Unlisted)\s+(?:(?:miner|company|rival|peer)\s+)?[A-Z][\w&.'’-]+|"
                        # "Another large miner reported a $350 million bitcoin-backed line of credit"
                        r"(?:Another|One\s+other|A\s+(?:rival|competing|peer))\s+(?:[\w-]+\s+)?"
                        r"(?:miner|company|operator|producer|peer|rival)\b)")


# "Dorothy 2 is full, Kati is moving, and in October we drew ...": a later clause has a subject of its own
_A_UNIT_OF = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:a|an|the|its)\s+(?:[\w.&'’-]+\s+){1,4}?(?:wholly[- ]owned\s+)?(?:subsidiary|unit|affiliate|"
                        r"arm|entity|vehicle)\b")
# a speaker, not a subject: "Roberts said the company's installed hashrate is currently ..."
_SPEAKS_OF_THE_COMPANY = re.compile(r"\s+(?:said|says|added|noted|explained)\s+(?:that\s+)?"
                                    r"(?:the [Cc]ompany|the miner|the firm|management|"
                                    r"it|its|we|our)\b")
_PRONOUN_CLAUSE = re.compile(r"(?:,\s*(?:and|while|but|so|(?:under|in|through|by|with) which)|;)\s+(?:[\w-]+\s+){0,3}?(?:we|it|the [Cc]ompany|the miner)\s+"
                             r"(?!said\b|says\b)")


_LEGAL_SUFFIX = re.compile(r"\b(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Pty|plc|PLC|LP|L\.P\.|GmbH|AG)$")


_RIVAL_AFTER_FIGURE = re.compile(r"\b(?:trails?|trailed|trailing|below|above|ahead\s+of|than|compared\s+(?:with|to)|"
                                 r"versus|vs\.?|outpac(?:es|ed|ing)|short\s+of|beh?ind)\b", re.I)
_ANONYMOUS_RIVAL = re.compile(r"\b(?:a|an|one|another|a\s+couple|some|several|two|three|many)\s+"
                             # (an analyst on a call: "One of your Texas peers said last week it is running about 3.1
                             # exahash", "A couple of your larger peers are talking about 40 to 50 exahash")
                             r"(?:of\s+(?:(?:your|our|its|their|the|those)\s+)?)?"
                             r"(?:(?:large|larger|smaller|bigger|listed|public|publicly[- ]listed|nearby|rival|competing|unlisted|"
                             r"private|privately[- ]held|US-listed|Nasdaq-listed|Texas-based|Canadian|Chinese|"
                             r"[A-Z][\w]+-(?:listed|based)|(?-i:[A-Z][a-z]+))\s+){0,2}"
                             # ("A smaller Canadian-listed miner that also publishes weekly, but is not a Nasdaq company,
                             # reported about 4 BTC")
                             # ("A privately held Texas miner, Lone Star Hash, said")
                             r"(?:peer|rival|competitor|miner)s?(?:,\s+(?-i:[A-Z])[^,.;]{1,40},)?(?:\s+|,\s+(?=(?:that|which|who)\s))"
                             r"(?:(?:that|which|who)\s+[^.;]{0,80}?,\s+|(?:we|I)\s+(?:follow|cover|track|watch)\s+)?"
                             r"(?:(?:has|had|is|are|was|were|just|now|also|still|recently)\s+){0,2}(?:reported|said|posted|held|holds|"
                             r"mined|produced|sold|ran|runs|running|disclosed|announced|hit|reached|ended|told|borrowed|took|"
                             r"guiding|talking|targeting|aiming|sitting)\b[^.;]*$",
                             re.I)


# "One of the Company's New York hosting partners also runs its own proprietary fleet of more than 1 EH/s"
_ONE_OF_ITS_PARTNERS = re.compile(r"\b(?:one|some|several|two|three)\s+of\s+(?:the\s+company['’]s|its|our|their|those|these)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?:partners|hosts|customers|clients|peers|rivals|competitors|suppliers)"
                                  r"(?:,\s+(?:which|who|that))?\s+(?:also\s+|now\s+|still\s+)?(?:runs?|ran|operates?|operated|holds?|held|mined|produced|"
                                  r"reported|has|had)\b[^.;]*$", re.I)
# the name lends to the miner: "Growler has agreed to provide the Company with a senior secured bridge loan facility"
_LENDS_TO_THE_COMPANY = re.compile(r"\b(?:provid(?:e|es|ed|ing)|lend(?:s|ing)?|lent|extend(?:s|ed|ing)?|grant(?:s|ed|ing)?|"
                                   r"advanc(?:e|es|ed|ing)|offer(?:s|ed|ing)?)\s+(?:the\s+Company|the\s+company|us|it|"
                                   r"the\s+miner)\b")


_FIGURE_IN_NAME = re.compile(r"\b\d[\d,.]*\s+(?:Bitcoins?|BTC|Coins?|EH|PH)\b")


def unknown_subject(text: str, lo: int, pos: int, mentions: list[Mention]) -> bool:
    """An organisation name the registry does not know is the subject of the clause a figure sits in:
    'Privately held Rhodium Enterprises said it mined about 2,700 BTC'."""
    if _ANONYMOUS_RIVAL.search(text, lo, pos) or _ONE_OF_ITS_PARTNERS.search(text, lo, pos):
        return True  # "For comparison, a peer reported 31.5 EH/s of operating hash rate": an unnamed miner's
    if lo == 0 and (first := _ORG_FIRST.match(text, 0, pos)) \
            and not _LENDS_TO_THE_COMPANY.search(text, first.end(), pos):
        if first.group("private"):
            return True
        if first.group("described"):
            name = first.group("described")
            return not any(mm.start < first.end("described") and first.start("described") < mm.end for mm in mentions) \
                and not _NOT_ORG_WORD.match(name) and name.lower() not in _registry_words()
        if not any(mm.start < first.end("name") and first.start("name") < mm.end for mm in mentions) \
                and not _NOT_ORG_WORD.match(first.group("name")) \
                and first.group("name").lower() not in _registry_words() \
                and (not _SPEAKS_OF_THE_COMPANY.match(text, first.end("name"))
                     or any(ch.isdigit() for ch in first.group("name"))):  # "The9 said it had mined": no person
            return True
    for m in itertools.chain(_ORG.finditer(text, lo, pos), _ORG_ONE.finditer(text, lo, pos),
                             _ORG_ONE_ADDING.finditer(text, lo, pos), _ORG_ACRONYM.finditer(text, lo, pos),
                             _ORG_POSSESSIVE.finditer(text, lo, pos), _ORG_APPOSITIVE_END.finditer(text, lo, pos), 
                             (m for m in _ORG_WITH.finditer(text, lo, pos + 40) if m.end() > pos)):
        words = m.group("name").split()
        if m.re is _ORG_WITH and any(mm.company is None and mm.start <= m.start("name") < mm.end for mm in mentions):
            return True  # "... are Metaplanet, with 35,102 BTC": a holder the registry names as no miner
        if any(mm.start <= m.start("name") < mm.end or m.start("name") <= mm.start < m.end("name")
               or (0 <= m.start("name") - mm.end <= 1 and _LEGAL_SUFFIX.search(m.group("name")))
               for mm in mentions):
            continue  # (and the rest of the name: "Gryphon Opco I LLC", a lender's "Two Prime Lending Limited")
        if _A_UNIT_OF.match(text, m.end("name")) and any(
                mm.company and m.end("name") < mm.start <= m.end("name") + 30 for mm in mentions):
            continue  # "River Bend Campus LLC, the Hut 8 subsidiary that owns the site, signed ...": Hut 8's
        if (_NOT_ORG_WORD.match(words[0]) or all(_NOT_ORG_WORD.match(w) for w in words)
                or (len(words) == 1 and words[0].lower() in _registry_words())
                or _DEFINED_TERM.match(words[-1]) or _OBJECT_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or (_PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    and not _WHICH_AFTER.match(text, m.end("name")))
                or _SUBSIDIARY_BEFORE.search(text, max(0, m.start() - 50), m.start())
                or _EVENT_OF_BEFORE.search(text, max(0, m.start() - 30), m.start())  # "the acquisition of GRIID ..."
                or _TITLE_BEFORE.search(text, max(0, m.start() - 20), m.start())
                # a title inside the match: "Chief Mining Officer Ben Gagnon said" matched from "Mining"
                or _TITLE_IN_NAME.search(m.group("name"))
                or _FIGURE_IN_NAME.search(m.group("name"))  # "Mined 396 Bitcoin(1)": a figure, not a name
                or _TITLE_AFTER.match(text, m.end("name"))
                or _PRONOUN_CLAUSE.search(text, m.end(), pos)):
            continue  # "... equipment loan from Trinity Capital was $19.2 million": a lender, not the subject
        return True
    return False


@dataclass
class Sent:
    """A sentence (or bullet / table row) with absolute offsets into the document text."""

    start: int
    end: int
    text: str
    para: int
    mentions: list[Mention]  # offsets relative to the sentence
    periods: list[P.Period]  # offsets relative to the sentence
    context_company: Company | None  # company carried from earlier sentences
    context_is_near: bool  # the carried company was named in this or the previous paragraph
    # "The three had produced 364, 684 and 1,084 BTC, respectively": the companies the sentence before listed
    listed_before: tuple[Company, ...] = ()

    @functools.cached_property
    def btc(self) -> tuple[Quantity, ...]:
        """The sentence's BTC figures, found once for the mined, sold, held and loan rules."""
        return tuple(find_btc(self.text))

    @functools.cached_property
    def hashrates(self) -> tuple[Quantity, ...]:
        return tuple(find_hashrates(self.text))


@dataclass
class Candidate:
    """A fact before de-duplication (mutable while rules refine it)."""

    type: str
    company: Company
    value: float | None
    unit: str
    sent: Sent
    q_start: int  # offsets of the quantity (or cue) within the sentence
    q_end: int
    rule: str
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    qualifier: str | None = None
    hashrate_kind: str | None = None
    proceeds_usd: float | None = None
    loan_event: str | None = None
    collateral_btc: float | None = None
    lender: str | None = None
    flags: set[str] = field(default_factory=set)
    confidence: float = 0.9
    period_weak: bool = False
    period_default: bool = False  # no period phrase governs the figure; the date came from a default


# "2024" not preceded by a digit, comma or point; the look-behind is checked after a match, because a pattern that
# starts with one is tried at every position (several times slower)
_YEAR_LIKE = re.compile(r"(?:19|20)\d{2}(?!\d)")
_YEAR_CANNOT_FOLLOW = re.compile(r"[\d,.]")


_IN_THOUSANDS = re.compile(r"\(\s*(?:(?:US|USD)\s?\$?\s?|\$\s?|dollars\s+)?in\s+thousands\b|"
                           r"\b(?:amounts|dollars|figures)\b[^.;$]{0,30}\bin\s+thousands\b|"
                           r"\(\s*expressed\s+in\s+thousands\s+of\s+(?:U\.?S\.?|US|United States)\s+dollars\b", re.I)
# "(Presented in U.S. dollars unless stated otherwise)": bare dollars are US dollars, whatever a gloss says
_STATED_IN_US_DOLLARS = re.compile(r"\b(?:presented|expressed|stated|reported|denominated)\s+in\s+(?:U\.S\.|US|United\s+States)"
                                   r"\s+dollars\b", re.I)
_LOCAL_THEN_US = re.compile(r"(?<![A-Za-z])\$\s?[\d.,]+\s*(?:million|billion|m|bn)?\s*"
                            r"\((?:approximately\s+|about\s+)?US\$|"
                            # "All amounts are in Canadian dollars unless otherwise stated"
                            r"\b(?:amounts|figures|dollar\s+amounts|results)\s+(?:are\s+)?(?:expressed\s+|stated\s+|presented\s+|"
                            r"reported\s+)?in\s+(?:Canadian|Australian|Hong\s+Kong|Singapore|New\s+Zealand)\s+dollars\b",
                            re.I)


_DAYS_BACK = re.compile(r"(?:past|last|previous|prior)\s+(?:\w+\s+(?:days|weeks)|week)\b", re.I)


@dataclass
class DocContext:
    text: str
    published: dt.date | None
    mentions: list[Mention]
    issuer: Company | None
    fy_end_month: int
    dmy: bool | None
    report_period: P.Period | None  # the period a release reports on (first month/quarter early in the text)
    years: set[int]
    n_companies: int
    fy_stated: bool = False  # the text itself says when the fiscal year ends
    report_in_title: bool = False  # the first line (headline) names the reported period
    first_loan_trigger: int | None = None  # offset of the document's first loan word (found once: no rescans)
    is_release: bool = False  # a wire release (a newswire dateline), whose issuer speaks throughout
    foreign_issuer: bool = False  # a release whose dateline names an issuer the registry does not know

    @functools.cached_property
    def local_dollars(self) -> bool:
        """The text's bare dollars are another currency: it glosses them in US dollars ('$38.3 million (US$30.0
        million)', as Canadian miners report)."""
        return _LOCAL_THEN_US.search(self.text) is not None and _STATED_IN_US_DOLLARS.search(self.text) is None

    @functools.cached_property
    def dollars_in_thousands(self) -> bool:
        """A filing that states its dollar amounts in thousands ('(in thousands)', 'dollars in thousands, except per
        share'), so that a bare '$17,783' in its notes is $17.8 million."""
        return _IN_THOUSANDS.search(self.text) is not None

    @functools.cached_property
    def fiscal_quarters(self) -> bool:
        """An issuer with a non-calendar fiscal year whose release names its quarters as fiscal ones ('results for the
        second quarter of fiscal 2025'): its bare 'Q1 2025' is the fiscal quarter too."""
        return self.is_release and self.fy_end_month != 12 \
            and _FISCAL_QUARTER_NAMED.search(self.text, 0, 3000) is not None

    def fy_end_for(self, company: Company | None) -> int:
        """A roundup's 'fiscal 2024' follows the named company's fiscal calendar unless the text says otherwise."""
        if company is None:
            return self.fy_end_month
        if self.fy_stated and not (company != self.issuer and company.fiscal_year_end not in (12, self.fy_end_month)):
            return self.fy_end_month
        # ("CleanSpark, whose fiscal year ends on September 30" in a research note does not move IREN's June year)
        return company.fiscal_year_end

    @classmethod
    def build(cls, text: str, published: dt.date | None, first_loan_word: int | None | str = "unscanned",
              mentions: list[Mention] | None = None) -> DocContext:
        """The document-wide context; `first_loan_word` and `mentions` come from earlier scans when they ran."""
        if mentions is None:
            mentions = default_finder().find(text)
        mentions_issuer = find_issuer(text, mentions)
        fy_text = P.fiscal_year_end(text)
        if fy_text is not None and mentions_issuer is not None and fy_text != mentions_issuer.fiscal_year_end and any(
                m.company and m.company != mentions_issuer and _OWN_FISCAL_YEAR_AFTER.match(text, m.end)
                for m in mentions):
            fy_text = None  # "(DMG's fiscal year ends Sept. 30)" in Bitfarms' section of a roundup: DMG's calendar only
        fy_end = fy_text or (mentions_issuer.fiscal_year_end if mentions_issuer else 12)
        dmy = P.slash_order(text)
        head = text[:_TOKEN_END.match(text, min(800, len(text))).end()]  # not "until Dec" cut from "December 31"
        early = list(P.iter_periods(head, published, fy_end, dmy))
        report = next((p for p in early if p.kind in ("month", "quarter", "span", "months", "half")
                       # (never a span that starts after publication: "push the maturity back to April 2026")
                       and not (published is not None and p.start is not None and p.start > published)
                       # (not a deadline still ahead: "more than 15 EH/s by the end of the first quarter of 2025")
                       and not (published is not None and p.end > published
                                and _DEADLINE_BEFORE.search(text, max(0, p.char_start - 20), p.char_start))
                       and not names_event_or_base(text, p)
                       and not (_FILING_MONTH_BEFORE.search(text, max(0, p.char_start - 30), p.char_start)
                                and _LINE_END.match(text, p.char_end))
                       and not _FUTURE_BEFORE.search(text, max(0, p.char_start - 50), p.char_start)
                       and not _PRICE_BEFORE.search(text, max(0, p.char_start - 70), p.char_start)
                       # (nor days counted back from publication: "Monthly updates published over the past week")
                       and not _DAYS_BACK.match(p.text)
                       # (nor a quarter counted from an event: "the first quarter after the halving")
                       and not _COUNTED_FROM_AN_EVENT.match(text, p.char_end)), None)
        if report is not None and report.kind == "quarter" and not report.has_year and fy_end != 12:
            # "Hive has $16.3M continuing ops loss in Q1", then "the first quarter of fiscal 2024, the three months ended
            # June 30, 2023": the bare quarter is the fiscal one the text spells out
            qn = _QUARTER_NUMBER.search(report.text)
            report = next((p for p in early if p.kind == "quarter" and p.has_year and p.char_start > report.char_end
                           and qn is not None and (pn := _QUARTER_NUMBER.search(p.text)) is not None
                           and _quarter_no(pn) == _quarter_no(qn) and "fiscal" in p.text.lower()), report)
        if report is not None and report.kind == "quarter" and not report.has_year:
            # "results for its fourth quarter and fiscal year ended September 30, 2023": the quarter ending that day
            ended = next((p for p in early if p.char_start > report.char_end and p.has_year
                          and p.kind in ("span", "year")
                          and _AND_YEAR_ENDED.fullmatch(text, report.char_end, p.char_start)), None)
            if ended is not None:
                first, last = P.quarter_by_end(ended.end.year, ended.end.month)
                report = dataclasses.replace(report, start=first, end=last, has_year=True)
        years = {int(m.group(0)) for m in _YEAR_LIKE.finditer(text)
                 if not (m.start() and _YEAR_CANNOT_FOLLOW.match(text, m.start() - 1))}
        n = len({m.company.canonical for m in mentions if m.company})
        title = text.split("\n", 1)[0]
        in_title = report is not None and report.char_start < len(title)
        if first_loan_word == "unscanned":
            trig = LOAN_TRIGGER.search(text)
            first_loan_word = trig.start() if trig else None
        is_release = _WIRE.search(text, 0, 2000) is not None
        lead = _DATELINE_ISSUER.search(text, 0, 2000) if is_release else None
        foreign = lead is not None and not any(m.company and m.start < lead.end("name") and lead.start("name") < m.end
                                               for m in mentions)
        return cls(text, published, mentions, mentions_issuer, fy_end, dmy, report, years, n, fy_text is not None,
                   in_title, first_loan_word, is_release, foreign)  # type: ignore[arg-type]


# the issuer a wire release's dateline names: "ODESSA, Texas, July 9, 2025 (PRNewswire) -- Sabre Ridge Digital Corp.
# (OTCQX: SRDG)", "DALLAS, March 11, 2025 (BUSINESS WIRE) -- Trinity Basin Digital, Inc. ("Trinity Basin")"
_DATELINE_ISSUER = re.compile(r"\((?:GLOBE NEWSWIRE|Globe Newswire|BUSINESS WIRE|Business Wire|PR ?Newswire|ACCESSWIRE|"
                              r"ACCESS Newswire|Newsfile Corp\.?)\)\s*(?:--|—|–|-)\s*"
                              r"(?P<name>(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*)(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|Co)\.?)?"
                              r"\s*\((?:[\"“]|(?:OTC\w*|NASDAQ|Nasdaq|NYSE|TSXV?|CSE|LSE|AIM|ASX)[^)]{0,20}:)")


_OWN_FISCAL_YEAR_AFTER = re.compile(r"['’]s?\s+fiscal\s+year\s+(?:that\s+|which\s+)?(?:end|clos)|"
                                    # "HIVE Digital Technologies (Nasdaq: HIVE), whose fiscal year ends March 31"
                                    r"(?:\s*\([^()\n]{1,40}\))?,\s+whose\s+fiscal\s+year\s+(?:end|clos)", re.I)
_AND_YEAR_ENDED = re.compile(r"\s+and\s+(?:the\s+)?(?:full\s+)?", re.I)
_FISCAL_QUARTER_NAMED = re.compile(r"\b(?:first|second|third|fourth)\s+quarter\s+of\s+(?:its\s+)?fiscal\b|"
                                   r"\bfiscal\s+(?:year\s+)?(?:20\d\d\s+)?"
                                   r"(?:Q[1-4]|(?:first|second|third|fourth)\s+quarter)\b",
                                   re.I)
_QUARTER_NUMBER = re.compile(r"\bQ([1-4])\b|\b(first|second|third|fourth)\s+(?:fiscal\s+)?quarter\b", re.I)


def _quarter_no(m: re.Match) -> int:
    return int(m.group(1)) if m.group(1) else ("first", "second", "third", "fourth").index(m.group(2).lower()) + 1


# "investors are looking past the April halving": a month that names an event, not the period reported
_EVENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:halving|halvening|crash|rally|sell-?off|meeting|deadline|launch|storm|freeze|outage|"
                          r"heat\s?wave|auction|vote|election|ruling|hearing|hack|collapse|conference|summit)\b", re.I)
# a 6-K's cover line "For the month of September 2025" names the month it was filed, not the month reported
_FILING_MONTH_BEFORE = re.compile(r"(?:^|\n)[ \t]*For the month of[ \t]+$", re.I)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# "Bitcoin touched roughly $125,000 in October before falling back": the month of a price, not the period reported
_PRICE_BEFORE = re.compile(r"\b(?:bitcoin|BTC|price|prices)\b[^.;$]{0,40}\$\d{1,3}(?:,\d{3})+(?:\.\d+)?\s+(?:in|during|by)\s+$",
                           re.I)
# "the miner ... that went public through its merger with Gryphon Digital Mining last September": an event's month
_EVENT_BEFORE = re.compile(r"\b(?:went\s+public|merger|merged|acquisition|acquired|IPO|spin-?off|renamed|"
                           r"rebranded|changed\s+its\s+name)\b[^.;:,]{0,50}$", re.I)
# "mined 165 BTC, 43 BTC fewer than in April", "down from 850 BTC in April": the base of a comparison, not the period
# reported
# (but "sold more bitcoin than it mined in May" names the month reported)
_BASE_BEFORE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
                          r"(?:(?:about|roughly|approximately|some|nearly)\s+)?(?:\$?\d[\d.,]*\s*(?:[A-Za-z/]+\s+)?)?"
                          r"(?:in|during|for)\s+(?:the\s+month\s+of\s+)?$", re.I)


def names_event_or_base(text: str, p: P.Period) -> bool:
    """Whether a month names an event ("after April's halving") or a comparison's base ("43 BTC fewer than in
    April") rather than a period something is reported for."""
    return _EVENT_AFTER.match(text, p.char_end) is not None \
        or _BASE_BEFORE.search(text, max(0, p.char_start - 50), p.char_start) is not None \
        or _EVENT_BEFORE.search(text, max(0, p.char_start - 60), p.char_start) is not None


# "said it is on track to file a reorganization plan in September": a month ahead, not the period reported
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?$", re.I)
_FUTURE_BEFORE = re.compile(r"\b(?:will|plans? to|planned to|expect(?:s|ed)? to|aims? to|intends? to|on track to|scheduled to|"
                            r"due to|set to|hopes? to)\b[^.;:]{0,40}\b(?:in|by)\s+(?:the\s+)?$|"
                            # "with energization planned by the end of the third quarter"
                            r"\b(?:planned|expected|scheduled|slated|targeted|due|set|anticipated)\s+(?:for|by|in|before)\s+"
                            r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", re.I)
# a wire dateline, an exchange ticker in parentheses, or a filing's defined term ('(the "Company")')
_WIRE = re.compile(r"\((?:the\s+)?[\"“]Company[\"”]\)|GLOBE NEWSWIRE|Globe Newswire|BUSINESS WIRE|Business Wire|PR ?Newswire|ACCESSWIRE|ACCESS Newswire|"
                   r"Newsfile|/CNW/|\(RNS\)|Regulatory News|\((?:NASDAQ|Nasdaq|NYSE|TSX|LSE|AIM)[^)]{0,30}:\s?[A-Z]{2,5}\)")
# "at quarter-end", "at mo.-end"
_AT_PERIOD_END = r"(?:at|as of|by)\s+(?:the\s+)?(?:month|quarter|period|mo\.)[- ]?end\b"
_PERIOD_END_WORDS = re.compile(rf"\b{_AT_PERIOD_END}|"
                               # "kept its month-end operating hashrate steady at 13.5 EH/s"
                               r"\b(?:month|quarter)[- ]end\s+(?:[\w-]+\s+){0,2}(?:hash\s?rate|holdings|balance|position)\b|"
                               r"\bend of the (?:month|quarter|period)\b|\bat (?:month|quarter)[- ]end\b|"
                               r"\b(?:last|final) day of the (?:month|quarter|period)\b|"  # "on the last day of the month"
                               r"\b(?:ended|finished|closed|exited|ending|finishing|closing) the (?:month|quarter|period)\b|"
                               r"\b(?:over|during|for|in) the (?:month|quarter|period)\b", re.I)
# "has since surpassed 3.1 EH/s" (but not "as it has since January 2024")
HAS_SINCE = r"(?:has|have)\s+since\s+(?:[a-z]+ed|grown|risen|been|hit|reached)"
# A stock figure said to hold now: its as-of date is publication, whatever later clauses date.
# the words that date a figure at publication: "currently", "as of this morning"
NOW_WORDS = (r"currently|now|presently|today|as of (?:today|this (?:writing|morning|letter))|"
             # a letter's own day: "as I write this letter", "as of the date of this letter"
             r"as (?:I|we) write(?: this(?: letter)?)?|as of the date of this (?:letter|release)|"
             r"current(?![\w-])(?!\s+(?:fiscal\s+)?(?:quarter|month|year|period|half|week|plans?|targets?|guidance|"
             r"goals?|maturit(?:y|ies)|portions?|liabilit(?:y|ies)|assets?)\b)")
# (not a goal told now: "Riot now guides to 36 EH/s of deployed hash rate by the end of 2024")
_NO_GOAL_AFTER = (r"(?![^.;]{0,40}\b(?:guides?|guiding|targets?|targeting|expects?|expecting|aims?|aiming|plans?|planning|"
                  r"forecasts?|projects?|expanding|sees)\b)")
# (not across a clause of its own: "the $747.5 million of notes is now our only debt, since we repaid the $50 million
# Silvergate term loan back in January")
# (not the present of a report: "Cipher now reports 302 BTC mined in February")
PRESENT_NEAR = re.compile(rf"\b(?:{NOW_WORDS}|{HAS_SINCE})\b{_NO_GOAL_AFTER}(?!\s+(?:reports|says|puts|gives|shows|estimates)\b)"
                          r"(?:(?!,\s+(?:since|because|after|as|when|following|having)\b)[^.;]){0,40}$|"
                          r"\b(?:operates|runs|has|have|is|are|stands at|sits at|hashes at|holds|owns)\s+"
                          r"(?:about |approximately |roughly |around |some |nearly |over |more than )?$", re.I)
_AS_OF_BEFORE = re.compile(r"\b(?:as\s+of|as\s+at|at|on)\s+(?:the\s+(?:end|close)\s+of\s+)?$", re.I)
# "After selling the Helios facility ... in December, Argo still owes Galaxy about $35 million": owed now
_OWES_NEAR = re.compile(r"\bowes\s+(?:(?-i:[A-Z])[\w.&'’-]*\s+){0,3}(?:about |approximately |roughly |around |some |"
                        r"nearly |over |more than )?(?:US)?\$?$", re.I)
# a now-word in the figure's own clause: "put the current figure at about 19 EH/s", "currently operates 12 EH/s"
_NOW_NEAR = re.compile(rf"\b(?:{NOW_WORDS})\b{_NO_GOAL_AFTER}[^.;,]{{0,40}}$", re.I)
# (not the figure's value today: "held 26,842 BTC, currently worth roughly $1.8 billion")
PRESENT_AFTER = re.compile(r"^\W{0,3}(?:now|currently|today|at present)\b(?!\s+(?:worth|valued|equal|equivalent)\b)",
                           re.I)


_PAST_STOCK = re.compile(r"\b(?:was|were|had|held|reached|stood|ended|finished|closed|totall?ed|rose|grew|increased|"
                         r"leaving|left|bringing|brought|lifted|boosted|raised|pushed|"
                         r"climbed|fell|dropped|declined|hit|averaged|reported|stayed|remained|came in|slipped|dipped|"
                         r"eased|edged)\b", re.I)
_PRESENT_STOCK = re.compile(r"\b(?:is|are|has|have|holds|owns|operates|runs|now|currently|presently|today|stands|sits|"
                            r"remains|beats|tops|exceeds|surpasses|eclipses|outstrips)\b",
                            re.I)


def _as_of_told_before(ctx: DocContext, sent: Sent) -> dt.date | None:
    """'Riot held approximately 6,279 BTC at April 30. Its deployed fleet had a hash rate capacity of about 4.6 EH/s':
    a past-tense figure with no date of its own, in the paragraph whose previous sentence closed on an as-of day."""
    if ctx.published is None:
        return None
    if _BULLET.match(sent.text):
        return _as_of_told_in_list(ctx, sent)
    para_break = ctx.text.rfind("\n\n", 0, sent.start)
    before = ctx.text[max(para_break + 2 if para_break >= 0 else 0, sent.start - 300):sent.start]
    prev = before.rstrip()
    if not prev.endswith("."):
        return None
    return _as_of_day(ctx, prev[prev.rfind(". ", 0, len(prev) - 1) + 1:])


def _as_of_told_in_list(ctx: DocContext, sent: Sent) -> dt.date | None:
    """'Key numbers from the filing:\n- Holdings: 53,822 BTC as of Dec. 31, 2025 ...\n- 5,938 BTC was pledged as
    collateral for a $350 million credit facility.': a bullet takes the as-of day an earlier bullet of its list gave."""
    end = sent.start
    while (start := ctx.text.rfind("\n", 0, max(0, end - 1)) + 1) < end - 1:
        line = ctx.text[start:end]
        if not _BULLET.match(line):
            return None
        if (day := _as_of_day(ctx, line)) is not None:
            return day
        end = start
    return None


def _as_of_day(ctx: DocContext, text: str) -> dt.date | None:
    """The one day `text` gives a figure as of ('at April 30', 'as of Dec. 31, 2025'), if it is before publication."""
    days = [p for p in P.iter_periods(text, ctx.published, ctx.fy_end_month, ctx.dmy)
            if p.kind == "date" and p.start is None]
    if len(days) != 1 or ctx.published is None or days[0].end >= ctx.published \
            or not _AS_OF_AT.search(text, max(0, days[0].char_start - 8), days[0].char_start):
        return None
    return days[0].end


# "..., once all of the Antminers it has on order are installed": a condition's tense, not the figure's
_CONDITION_TAIL = re.compile(r",\s+(?:once|when)\s[^;]*$")
_AS_OF_AT = re.compile(r"\b(?:at|as of|as at|on)\s+$", re.I)
_APPOSITIVE = re.compile(r",\s+an?\s+(?:gauge|measure|metric|reference|term|proxy|indicator|shorthand)\s+(?:of|for)\s+[^,;]{0,80},")
# a note's text, its number blanked (layout.without_note_numbers): "   Includes 2,000 Bitcoin pledged as collateral"
_INCLUDES_OPENER = re.compile(r"\W{0,6}(?:Includes|Excludes|Including|Excluding)\b")
_FOOTNOTE_LINE = re.compile(r"\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\s+(?-i:[A-Z][a-z])|[*†¹²³])")


_AFTER_PERIOD_END = re.compile(r"^\W{0,3}(?:after|since|subsequent to|following)\s+(?:the\s+)?"
                               r"(?:(?:month|quarter|year|period)(?:[- ]end|\s+close)\b|"
                               # "After the end of the third quarter, that limit was raised to $15 million"
                               r"(?:end|close)\s+of\s+the\s+(?:[\w-]+\s+)?(?:month|quarter|year|period)\b)", re.I)


_ITS_OWN_CLAUSE_ENDS = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:[\w.-]+\s+){0,3}?(?:has\s+|have\s+)?(?:said|says|added|"
                                  r"noted|stated)\s+(?:that\s+)?(?:it|they|the company)\s+(?:still\s+|also\s+)?"
                                  r"(?:expects?|plans?|aims?|intends?|targets?|hopes?)\b")
_COMPARISON_TAIL = re.compile(r",\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+"
                              r"(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+)?(?:US)?\$?\d", re.I)


_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
# "Here is where the listed miners stood at the end of November", "Balances as of June 30, 2025:"
_AS_OF_THE_END = re.compile(r"\b(?:at|as of|as at|on)\s+(?:the\s+(?:end|close)\s+of\s+)?$", re.I)


def _lines_above_item(ctx: DocContext, sent: Sent, reach: int) -> Iterator[tuple[str, bool]]:
    """The lines above the list item (bulleted or numbered) that `sent` opens, nearest first and within `reach` lines
    (blank ones counted, not given), each with whether it is an item too; nothing for a sentence that opens no item."""
    line_start = ctx.text.rfind("\n", 0, sent.start) + 1
    if not (BULLET_LINE.match(ctx.text, line_start) or _NUMBERED_ITEM.match(ctx.text, line_start)):
        return
    end = line_start - 1
    for _ in range(reach):
        if end <= 0:
            return
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end]
        end = start - 1
        if line.strip():
            yield line, bool(BULLET_LINE.match(line) or _NUMBERED_ITEM.match(line))


def _as_of_list_lead(ctx: DocContext, sent: Sent) -> dt.date | None:
    """'Here is where the listed miners stood at the end of November ...' over '1. MARA Holdings — 50.1 EH/s
    energized': an item of a list (bulleted or numbered) with no date of its own takes the one day or month end that
    the paragraph leading into the list names, when that is past."""
    if ctx.published is None:
        return None
    for line, item in _lines_above_item(ctx, sent, 15):  # past the list's earlier items and blank lines
        if item:
            continue
        tail = line[-400:]
        ends = [p for p in P.iter_periods(tail, ctx.published, ctx.fy_end_month, ctx.dmy)
                if p.kind in ("date", "month") and (p.kind == "month") == (p.start is not None)
                and (m := _AS_OF_THE_END.search(tail, max(0, p.char_start - 20), p.char_start)) is not None
                and (p.kind == "date" or "of" in m.group(0).split()[-1:])]
        return ends[0].end if len(ends) == 1 and ends[0].end < ctx.published else None
    return None


def month_of_the_list(ctx: DocContext, sent: Sent) -> dt.date | None:
    """'- Self-mining hashrate: approximately 2.6 EH/s at month end' under 'Hut 8 Mining's latest operating figures,
    for the month ended October 31, 2023:' or after '- 196 BTC earned during February 2025': an item of a list that
    says only 'month end' ends the month the nearest earlier item or the list's lead names, when that is past."""
    if ctx.published is None:
        return None
    for line, item in _lines_above_item(ctx, sent, 8):
        months = {(p.end.year, p.end.month) for p in P.iter_periods(line[-400:], ctx.published, ctx.fy_end_month, ctx.dmy)
                  if p.kind in ("date", "month")}
        if len(months) == 1:
            (y, m), = months
            last = P.month_end(y, m)
            return last if last < ctx.published else None
        if months or not item:
            return None  # (two months, or a lead that names none)
    return None


# ("CleanSpark, which is midway through its fiscal 2024, said it had already passed 10 EH/s": the aside stays)
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|described|reported|added)\b")


def default_as_of(ctx: DocContext, sent: Sent, flags: set[str], pos: int | None = None) -> dt.date | None:
    """As-of date for a stock figure with no date of its own (at `pos` of the sentence, if given).

    'at month end' / 'ended the quarter with' and a past-tense report ('Riot's deployed hashrate was 33.7 EH/s'
    in a story about March) are the reported period's end; the present tense ('now holds') is publication, and so
    is a figure its own words call current ('raised its hash rate to 17.7 EH/s at the end of June, and management
    put the current figure at about 19 EH/s').
    """
    if ctx.published is not None and _AFTER_PERIOD_END.match(sent.text):
        return ctx.published  # "After month end, roughly 0.4 EH/s of miners were installed, lifting ... to 1.5 EH/s"
    if ctx.published is not None and pos is not None and _NOW_NEAR.search(sent.text, max(0, pos - 50), pos):
        return ctx.published
    text = sent.text
    if pos is not None and (base := _COMPARISON_TAIL.search(text, pos)) is not None:
        # "had $65 million outstanding under the facility after the draw, up from $25 million at the end of the
        # second quarter": the quarter end is the comparison figure's
        text = text[:base.start()]
    if pos is not None and (later := _ITS_OWN_CLAUSE_ENDS.search(text, pos)) is not None:
        # "Its self-mining hashrate stood at 23.6 EH/s, and Cipher has said it expects ...": the later clause's tense
        text = text[:later.start()]
    whose = text.find(", whose ")  # "..., whose hashrate averaged 880 EH/s": another noun's tense
    if whose >= 0 and pos is not None and pos > whose and 0 < (close := text.find(",", whose + 8)) < pos:
        # "The Nevada-based miner, whose fiscal year closes at the end of September, held 10,556 BTC ... at month
        # end": an aside before the figure, whose own clause goes on after it
        text = text[:whose] + text[close:]
    elif whose >= 0:
        text = text[:whose]
    which = text.find(", which ")
    if which >= 0 and pos is not None and pos > which and 0 < (close := text.find(",", which + 8)) < pos \
            and not _REPORTED_SPEECH.search(text, close, pos):
        # "Bit Digital's total hash rate, which includes machines that are installed but not yet hashing, stood at
        # about 2.9 EH/s": the aside's tense is not the figure's
        text = text[:which] + text[close:]
    if ", a" in text:
        # "Its energized hashrate, a gauge of the computing power it has plugged in, rose 1% ...": a definition's tense
        text = _APPOSITIVE.sub(",", text)
    if ", once " in text or ", when " in text:
        text = _CONDITION_TAIL.sub("", text)
    end_words = _PERIOD_END_WORDS.search(text)
    present = _PRESENT_STOCK.search(text) is not None
    past = not present and _PAST_STOCK.search(text) is not None
    if (end_words or past) and not present:
        own = paragraph_period(ctx, sent, end_words.group(0) if end_words else "")
        if own is not None:
            return own.end
        if (head := section_period(ctx, sent)) is not None and head.end is not None \
                and head.kind in ("month", "quarter") and not (end_words and head.kind not in end_words.group(0).lower()):
            return head.end  # "Operating hashrate reached 3.4 EH/s at the end of the month" under "February"
    if past and not end_words and (told := _as_of_told_before(ctx, sent)) is not None:
        return told
    if end_words and (named := quarter_named_for(ctx, sent, end_words.group(0))) is not None:
        return named.end  # "ran at about 16.8 EH/s at quarter end" in a story about the second quarter's results
    if end_words and ctx.report_period is None and "month" in end_words.group(0).lower() \
            and (listed := month_of_the_list(ctx, sent)) is not None:
        return listed
    if not present and not end_words and (lead_day := _as_of_list_lead(ctx, sent)) is not None:
        return lead_day
    if ctx.report_period is not None and (
            end_words or _past_period_bullet(ctx, sent) or
            ((past or ((_FOOTNOTE_LINE.match(text) or _INCLUDES_OPENER.match(text)) and not present))
             and ctx.published is not None
             and ctx.report_period.end < ctx.published)):
        # (a footnote, "(1) Includes 640 BTC pledged as collateral under the Galaxy facility.", qualifies the report)
        end = ctx.report_period.end
        if end_words and "quarter" in end_words.group(0).lower() and end.month % 3 \
                and ctx.report_period.kind != "quarter":
            # "at quarter end" in a story about October: the quarter that ended before it, September 30
            end = P.month_end(end.year, end.month - end.month % 3) if end.month > 3 else dt.date(end.year - 1, 12, 31)
        return end
    if end_words and not present and ctx.published is not None and ctx.published.day <= 20 \
            and re.search(r"\bmonth\b", end_words.group(0), re.I):
        # "Hut 8 reported an installed ASIC capacity of 2.6 EH/s at month end", in a story of June 7 that names no
        # month: the month just ended
        return P.last_completed(ctx.published, "month")[1]
    if ctx.published is None:
        flags.add("no_published_date")
    return ctx.published


def report_period_of(ctx: DocContext, sent: Sent, words: str) -> P.Period | None:
    """The month or quarter that 'during the month' / 'over the quarter' means in this sentence: its paragraph's own
    (paragraph_period), else the document's reported period; but 'the quarter' in a story whose reported period is
    a month or none is the first quarter named before it ('Marathon reported a fourth-quarter profit ... produced
    4,242 BTC in the quarter', in a story whose deck mentions 'the April halving')."""
    return paragraph_period(ctx, sent, words) or quarter_named_for(ctx, sent, words) \
        or _month_named_for(ctx, sent, words) or _quarter_ending_with(ctx.report_period, words) or ctx.report_period


def _quarter_ending_with(rp: P.Period | None, words: str) -> P.Period | None:
    """'sold 1,405 BTC during the quarter' in a story whose reported day is June 30 (and names no quarter), or whose
    reported period is a year or half ending in June: the quarter that month closes."""
    if "quarter" not in words.lower() or rp is None or rp.end.month % 3 or not (
            rp.kind in ("month", "date")
            # (and "In the quarter, the Company's ASIC miners produced 560 Bitcoin" in the results for a fiscal year:
            # the year's last quarter)
            or (rp.kind in ("year", "span", "months", "half") and rp.start is not None
                and (rp.end - rp.start).days > 100)):
        return None
    end = P.month_end(rp.end.year, rp.end.month)
    return dataclasses.replace(rp, start=P.months_back(end, 3), end=end, kind="quarter")


def _month_named_for(ctx: DocContext, sent: Sent, words: str) -> P.Period | None:
    """For 'during the month' in a story that reports on a quarter: the last month named in the 600 characters before
    the sentence that had ended by publication ("CleanSpark's fiscal fourth quarter ... In November it mined 622 BTC
    ... The company sold 26.11 BTC during the month")."""
    rp = ctx.report_period
    if "month" not in words.lower() or rp is None or rp.kind != "quarter" or ctx.published is None:
        return None
    months = [p for p in P.iter_periods(ctx.text[max(0, sent.start - 600):sent.start], ctx.published,
                                        ctx.fy_end_month, ctx.dmy)
              if p.kind == "month" and p.start is not None and p.end < ctx.published]
    return months[-1] if months else None


def _a_quarter(p: P.Period) -> bool:
    """A quarter, or a span that is one: "the Three Months Ended 31 March 2022"."""
    return p.start is not None and (p.kind == "quarter" or (
        p.kind == "span" and p.end.month % 3 == 0 and p.start.day == 1
        and (p.end.year * 12 + p.end.month) - (p.start.year * 12 + p.start.month) == 2))


def quarter_named_for(ctx: DocContext, sent: Sent, words: str) -> P.Period | None:
    """For 'the quarter' / 'quarter end' (in `words`) in a story whose reported period is a month or none: the first
    quarter the text names before the sentence that had ended by publication, the one a results story reports on,
    named before its comparisons."""
    if "quarter" not in words.lower() or (ctx.report_period is not None and _a_quarter(ctx.report_period)):
        return None
    before = ctx.text[:sent.start]
    if ctx.published is None or "uarter" not in before and "Q" not in before and "three months" not in before:
        return None
    for p in P.iter_periods(before, ctx.published, ctx.fy_end_month, ctx.dmy):
        if _a_quarter(p) and p.end < ctx.published \
                and not _FUTURE_BEFORE.search(before, max(0, p.char_start - 50), p.char_start) \
                and not _COUNTED_FROM_AN_EVENT.match(before, p.char_end):
            return p
    return None


# "the first quarter after the halving": counted from an event, no calendar quarter
_COUNTED_FROM_AN_EVENT = re.compile(r"\s+(?:after|since|following)\s+(?:the|its|their)\b", re.I)
# "Marathon Digital published its April operating update": the month the paragraph reports on
# ("Highlights from the September update:", "September highlights")
_UPDATE_NOUN_AFTER = re.compile(r"\s+(?:(?:operating|operational|production|mining|monthly)\s+)?"
                                r"(?:update|report|figures|highlights)\b", re.I)
_ITEM_NUMBER_LINE = re.compile(r"\n\d{1,2}[.)]?[ \t]*\n")


def section_period(ctx: DocContext, sent: Sent) -> P.Period | None:
    """The period a section's heading names and nothing else, for a sentence in that section that names none:
    "February" over "We self-mined 160 bitcoin." in a quarterly letter; "Fourth Quarter 2022 Highlights" over
    "- Produced 1,562 self-mined bitcoin" in a December update. The nearest heading above decides: "Balance sheet"
    names no period, and its section takes none."""
    text, end = ctx.text, ctx.text.rfind("\n", 0, sent.start)
    floor = max(0, sent.start - 2500)
    while end > floor:
        start = text.rfind("\n", 0, end) + 1
        line, above = text[start:end], start
        end = start - 1
        if not line.strip() or BULLET_LINE.match(line) or len(line) > 70 or line.rstrip().endswith((".", ";", ",", "?")) \
                or not (above == 0 or text[above - 2:above] == "\n\n" or _RULE_LINE_ABOVE.search(text, 0, above)) \
                or not HEADING_START.match(line):
            continue  # a paragraph or an item of the section
        told = P.find_periods(line, ctx.published, ctx.fy_end_month, ctx.dmy)
        rest = line
        for p in told:
            rest = rest[:p.char_start] + " " * (p.char_end - p.char_start) + rest[p.char_end:]
        if not told or len({(p.start, p.end, p.kind) for p in told}) != 1 or _SECTION_FILLER.sub("", rest).strip():
            return None
        if above == 0 or told[0].kind not in ("month", "quarter", "half", "year", "ytd", "months") \
                or (told[0].kind in ("quarter", "half") and not told[0].has_year):
            return None  # (the title's period is the report's, read elsewhere; "Fourth quarter" may be a fiscal one)
        return anchor(ctx, told[-1])
    return None


# the words a period's heading may carry beside it: "Fourth Quarter 2022 Highlights", "April so far", "Fiscal 2024 to
# date (through month end):"
_SECTION_FILLER = re.compile(r"(?i)\b(?:operating|operational|financial|production|key|business|quarterly|monthly|"
                             r"highlights?|results?|update|summary|review|overview|figures|metrics|unaudited|so far|"
                             r"to date|through|month end|in review|at a glance|fiscal|calendar|year-to-date|the|of|(?:three|six|nine) months|"
                             r"for|and|in)\b|[\W_]")
HEADING_START = re.compile(r"[ \t]*[A-Za-z0-9]")  # (not a bullet, a mark or an emoji: a sibling item)
_RULE_LINE_ABOVE = re.compile(r"\n[ \t]*[━─═=_~-]{6,}[ \t]*\n$")


def paragraph_period(ctx: DocContext, sent: Sent, end_words: str) -> P.Period | None:
    """The month (or quarter) that the sentence's own paragraph opens on, when it is not the document's
    reported period and ended before publication: 'Operations were steady in January. Argo mined 124 BTC in January
    ... Its hashrate was about 2.8 EH/s at month end' in a story that leads on December 2022; 'In May it produced 627
    BTC, and its hashrate averaged 40.2 EH/s over the month'."""
    if ctx.published is None:
        return None
    para_start = max(ctx.text.rfind("\n\n", 0, sent.start) + 2, sent.start - 1500, 0)
    if "\n" in ctx.text[para_start:sent.start]:
        # a roundup's numbered items, one line each: "3.\nMarathon Digital published its April operating update."
        para_start = max([para_start] + [m.end() for m in _ITEM_NUMBER_LINE.finditer(ctx.text, para_start, sent.start)])
    words = end_words.lower()
    kinds = ("quarter",) if "quarter" in words else ("month",) if "month" in words else ("month", "quarter")
    first_digit = _DIGIT.search(sent.text)
    upto = sent.start + (first_digit.start() if first_digit else 0)  # not the sentence's own comparisons
    prefix = ctx.text[para_start:upto]
    asides = [a.span() for a in _WHICH_ASIDE.finditer(prefix)] if ", " in prefix else []
    for p in P.iter_periods(prefix, ctx.published, ctx.fy_end_month, ctx.dmy):
        if any(a <= p.char_start < b for a, b in asides):
            continue  # "Gryphon, which completed its merger in February, mined 20.4 BTC during the month"
        if prefix[max(0, p.char_start - 1):p.char_start] == "(":
            continue  # "- Revenue of $148.0 million (Q2 FY25: $114.1 million)": the comparison's, in brackets
        update = _UPDATE_NOUN_AFTER.match(ctx.text, para_start + p.char_end)  # ("Highlights from the September update")
        if not update and (_COMPARED_PERIOD.search(prefix, max(0, p.char_start - 70), p.char_start)
                           or _YEAR_EARLIER_AFTER.match(prefix, p.char_end)):
            return None  # "mined 587 BTC, versus 612 BTC in October": a comparison opens the paragraph
        if p.kind in kinds:
            if not _reports_flow(ctx.text, para_start + p.char_start, para_start + p.char_end) and not update:
                continue  # "After the April halving, output fell": a month mentioned, not the one reported
            rp = ctx.report_period
            same = rp is not None and (rp.start, rp.end) == (p.start, p.end)
            return p if not same and p.end < ctx.published else None
        if p.kind not in ("date", "weekday"):
            return None  # the paragraph opens on a year, a span or a target date: not one month's report
    return None


_DIGIT = re.compile(r"\d")
_YEAR_EARLIER_AFTER = re.compile(r",?\s+(?:a|one) (?:year|month|quarter) (?:earlier|before|ago)\b", re.I)
_COMPARED_PERIOD = re.compile(r"\b(?:vs\.?|versus|from|than|compared|against|reached|hit|since|earlier|prior|previous|last|"
                              # "Hive produced 279.9 BTC over the month, almost exactly matching its June tally"
                              r"like|unlike|matching|matched|mirroring|equall?ing|in line with)\b"
                              r"(?:[^.;()]|\.(?=\d)|\(\d{1,2}\)){0,60}$|"  # (across a footnote mark: "716 Bitcoin(1) in")
                              # "Riot mined 412 BTC, up 28% on August"
                              r"%\s+(?:on|over)\s+(?:the\s+)?$",
                              re.I)
# the opening sentence reports that month's output or sales: "Argo mined 124 BTC in January", "In May it produced 627"
_FLOW_FIGURE = re.compile(r"\b(?:mined|produced|generated|sold|earned)\s+(?:about |approximately |roughly |some )?\d[\d,.]*\s*"
                          r"(?:BTC|bitcoin)\b", re.I)


def _reports_flow(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] reports a BTC output or sale figure."""
    s0 = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    s1 = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return _FLOW_FIGURE.search(text, s0, s1) is not None


_BULLET = re.compile(r"^\s*[-•*–▪]\s")
_TOKEN_END = re.compile(r"\S*")


def past_report_period(ctx: DocContext) -> P.Period | None:
    """The month, quarter, half or year an update reports on, when it ended before publication (Riot's April update
    of May 5)."""
    rp = ctx.report_period
    if rp is not None and rp.kind in ("month", "quarter", "half", "year") and ctx.published is not None \
            and rp.end < ctx.published:
        return rp
    return None


def _past_period_bullet(ctx: DocContext, sent: Sent) -> bool:
    """'- Hashrate of 8.3 EH/s in self-mining' among the highlights of a quarter that ended before publication."""
    return (past_report_period(ctx) is not None and _BULLET.match(sent.text) is not None
            and not _PRESENT_STOCK.search(sent.text))


# A report comes out within weeks of its period: "CleanSpark has produced 4,157 BTC so far in calendar 2022" in a
# December roundup that also recalls a January purchase runs to December, not to January
REPORT_LAG_DAYS = 100


def anchor(ctx: DocContext, period: P.Period | None) -> P.Period | None:
    """Re-anchor relative periods on the reported period.

    'a year earlier' / 'the same quarter last year' -> the reported period one year back;
    'year to date' in a June update published July 5 -> January 1 to June 30.
    """
    if period is not None and period.kind in ("prior_month", "prior_quarter"):
        return _prior(ctx.report_period, period)
    if period is not None and period.kind == "those_months":
        # "June closed out its fiscal 2025. Over those twelve months ...": the months up to the reported one's end
        rp = ctx.report_period
        if rp is None or rp.kind != "month":
            return None
        n = P.count_word(period.text.split()[1])
        return dataclasses.replace(period, start=P.months_back(rp.end, n), end=rp.end, kind="months",
                                   has_year=rp.has_year)
    if period is not None and period.kind == "prior_fiscal":
        # "compared with 6,903 in the previous fiscal year": the fiscal year before the reported one
        fy = ctx.fy_end_month
        if ctx.report_period is not None:  # the year before the one the reported period falls in
            end_y = ctx.report_period.end.year + (ctx.report_period.end.month > fy) - 1
        elif ctx.published is not None:  # the year before the last one completed by publication
            end_y = ctx.published.year + (ctx.published.month > fy) - 2
        else:
            return None
        return dataclasses.replace(period, start=P.fy_start(end_y, fy), end=P.month_end(end_y, fy), kind="year")
    if period is None or ctx.report_period is None:
        return period
    rp = ctx.report_period
    if period.kind == "ytd" and ctx.published is not None and period.end == ctx.published and rp.end < ctx.published \
            and (ctx.published - rp.end).days <= REPORT_LAG_DAYS:
        start = period.start
        if start is not None and start > rp.end and start.month in (1, ctx.fy_end_month % 12 + 1):
            # the reported month is last year's (a January story about December)
            start = start.replace(year=rp.end.year - (start.month > rp.end.month))
        return dataclasses.replace(period, start=start, end=rp.end)
    if period.kind == "ytd" and period.start is not None and period.start.year == period.end.year < rp.end.year:
        # "2,100 BTC YTD 2024" in a second-quarter release: 2024 through the same month as the reported period
        return dataclasses.replace(period, end=P.month_end(period.end.year, rp.end.month))
    if period.kind != "year_ago":
        return period
    back = [P.year_back(d) for d in (rp.start, rp.end)]
    assert back[1] is not None
    return dataclasses.replace(period, start=back[0], end=P.month_end(back[1].year, back[1].month), kind=rp.kind)


def _prior(rp: P.Period | None, period: P.Period) -> P.Period:
    """'the month before' in a story about January is December; with no reported month, the month before publication."""
    months = 1 if period.kind == "prior_month" else 3
    if rp is None or rp.kind != ("month" if months == 1 else "quarter"):
        return dataclasses.replace(period, kind="month" if months == 1 else "quarter")
    last = rp.end.year * 12 + rp.end.month - 1 - months
    first = last - months + 1
    return dataclasses.replace(period, start=dt.date(first // 12, first % 12 + 1, 1),
                               end=P.month_end(last // 12, last % 12 + 1), kind=rp.kind)


# (and "Since starting to mine in November 2024, Cango had produced a total of 3,879.2 Bitcoins by June 30, 2025")
_THROUGH = re.compile(r"\b(?:through|thru|until|to|by)\s+(?:the\s+end\s+of\s+)?$", re.I)


def merge_to_date(ctx: DocContext, sent: Sent, period: P.Period | None) -> P.Period | None:
    """'Year-to-date production reached 4,461 BTC through November 30, 2023' -> January 1 to November 30, 2023;
    'since the start of fiscal 2025 on October 1, 2024, DMG has mined 163 BTC through the end of February'."""
    if period is not None and period.kind == "year":
        # "Year to date, the Company has mined 5,466.2 BTC in 2025": the year so far, not the whole year
        ytd = next((p for p in sent.periods if p.kind == "ytd" and p.start and p.start.year == period.end.year), None)
        if ytd is not None:
            return anchor(ctx, ytd)
    if period is None or period.kind == "ytd" or not _THROUGH.search(sent.text[:period.char_start]):
        return period
    ytd = next((p for p in sent.periods if p.kind == "ytd" and p.char_end <= period.char_start), None)
    if ytd is None or ytd.start is None or ytd.start > period.end:
        return period
    return dataclasses.replace(period, start=ytd.start, kind="ytd")


_RELATIVE_CLAUSE = re.compile(r"(?:'s)?,\s+(?:which|who)\s+(?:now\s+|currently\s+|still\s+)?(?:holds?|held|has|had|mined|"
                              r"produced|sold|owns|operates|ran|runs)\b")
_RELATIVE_END = re.compile(r",\s+(?:and|but|while)\b|;")


BULLET_LINE = re.compile(r"[ \t]*[•\-*–·▪][ \t]")
# an indented item of a list with no bullets: "  Term loan ...................... $50.0 million" (whose dot leaders
# layout.without_label_marks has made a colon)
_LEADER_ITEM = re.compile(r"[ \t]+[A-Za-z][^\n:]{0,60}?(?::|[ \t]?\.{4,})[ \t]*(?:US)?\$?[ \t]?\d")


def list_lead_in(text: str, pos: int, longest: int = 200) -> str | None:
    """The line ending in ':' that introduces the bulleted list whose line holds `pos` ("On July 28, 2022, the
    Company and Silvergate entered into two agreements:" over "- A new $100 million term loan."); None off a list."""
    line_start = text.rfind("\n", 0, pos) + 1
    item = BULLET_LINE if BULLET_LINE.match(text, line_start) else _LEADER_ITEM
    if not item.match(text, line_start):
        return None
    end = line_start - 1
    for _ in range(12):  # past the list's earlier bullets and blank lines
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if item.match(line) and line.rstrip().endswith(":") and len(line) <= longest:
            return line  # a bullet that leads a sub-list: "• Production:" over "• 683 BTC in February"
        if not line.strip() or item.match(line):
            continue
        return line if line.rstrip().endswith(":") and len(line) <= longest else None
    return None


# a ruled line boxing a heading in a newsletter or a post: "━━━━━━━━━━━━", "==========", "----------"
_RULE_LINE = re.compile(r"[ \t]*[━─═=_~-]{6,}[ \t]*$", re.M)


def list_heading(text: str, pos: int) -> str | None:
    """A short heading line with no end punctuation right above the bulleted list whose line holds `pos`."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not BULLET_LINE.match(text, line_start):
        return None
    while line_start > 0 and (BULLET_LINE.match(text, line_start) or text[line_start] == "\n"
                              or _RULE_LINE.match(text, line_start)):
        line_start = text.rfind("\n", 0, line_start - 1) + 1  # (past a blank line that one paragraph a line left)
    line = text[line_start:text.find("\n", line_start)] if "\n" in text[line_start:] else ""
    return line if line.strip() and not BULLET_LINE.match(line) and len(line) <= 60 \
        and not line.rstrip().endswith((".", ":", ";", ",")) else None


# a sentence about a miner left unnamed: "A privately held Texas miner ...", "One unlisted operator in Kentucky ..."
_SOME_OTHER_MINER_OPENS = re.compile(r"\W{0,3}(?:A|An|One|Another)\s+(?:[\w,-]+\s+){0,3}?(?:privately[- ]held|private|"
                                     r"unlisted|non-listed|smaller|small|rival)\s+(?:[\w,-]+\s+){0,2}?"
                                     r"(?:miner|mining\s+(?:company|firm|outfit|operator)|operator|firm|company)\b")
_FOR_OR_AT_COMPANY = re.compile(r"\s+(?:for|at)\s+")  # (and "against 6,062 BTC at Riot and 5,518 BTC at Hut 8")
# a figure in brackets right after its company: "ahead of CleanSpark (601 BTC), Cango (508 BTC)"
_FIGURE_IN_BRACKETS = re.compile(r"\s*\(\s*(?:about\s+|approximately\s+|roughly\s+|~\s?)?")
# the other side of a purchase: "supported by miner purchase agreements with MicroBT and Canaan", "a separate order
# with Canaan"
_COUNTERPARTY_BEFORE = re.compile(r"\b(?:orders?|purchase\s+agreements?|supply\s+agreements?|purchase\s+contracts?|"
                                  # "has purchase orders in place for Bitmain T21 miners"
                                  r"purchases?)\s+(?:with|from|(?:in\s+place\s+)?for)\s+(?:(?-i:[A-Z])[\w.&-]*(?:,|\s+and|\s+&)?\s+){0,3}$",
                                  re.I)


def _named_as_counterparty(text: str, start: int) -> bool:
    """The company named at `start` is the other side of a purchase, not the subject."""
    return _COUNTERPARTY_BEFORE.search(text, max(0, start - 80), start) is not None
_LIST_GOES_ON = re.compile(r"\s*(?:,|;|\.|$|and\b|at\b|as of\b|on\b|in\b|over\b|during\b|through\b)")
# ("hosts 2 EH/s for Riot", "mined 500 BTC for Riot": work done for a client, not the client's own figure)
_DONE_FOR_BEFORE = re.compile(r"\b(?:host|hosts|hosted|hosting|runs?|running|operat\w+|manag\w+|mined|mining|sold|"
                              r"selling)\s+(?:[\w.,~-]+\s+)?$", re.I)  # (right before the figure: not "Bitfarms mined 265
# BTC in May, compared with 109 BTC for HIVE")


FORMER_OR_LATTER = re.compile(r"\b(?i:the) (former|latter)\b")


def company_for(ctx: DocContext, sent: Sent, pos: int, end: int, flags: set[str],
                floor: int = 0) -> Company | None:
    """Who a figure at sent.text[pos:end] belongs to; None when it belongs to a non-miner or nobody.

    Nearest registry company before it in the sentence (not crossing `floor`), else one right after it
    ("... 650 BTC were mined by Riot"), else the company carried from context.
    """
    if len(sent.listed_before) >= 2 and (told := [m for m in FORMER_OR_LATTER.finditer(sent.text, 0, pos)]) \
            and not any(m.company and told[-1].end() <= m.start < pos for m in sent.mentions):
        # "MARA and Riot both reported. The former ended July with 57.4 EH/s, the latter with 36 EH/s"
        return sent.listed_before[0] if told[-1].group(1).lower() == "former" else sent.listed_before[-1]
    after = [m for m in sent.mentions if m.start >= end and m.start - end < 40]
    if after and after[0].company and _THE_BEFORE.search(sent.text, max(0, pos - 30), pos) \
            and _REDUCED_RELATIVE.match(sent.text, after[0].end) and not re.search(r"[,;:]", sent.text[end:after[0].start]):
        return after[0].company  # "just ahead of the 40 EH/s of installed hashrate IREN reported": IREN's figure
    if after and after[0].company and _FOR_OR_AT_COMPANY.fullmatch(sent.text, end, after[0].start) \
            and _LIST_GOES_ON.match(sent.text, after[0].end) \
            and not _DONE_FOR_BEFORE.search(sent.text, max(0, pos - 40), pos):
        return after[0].company  # "holding far more coins than Bitfarms: 19,223 BTC for Riot and 47,531 BTC for MARA"
    asides = [(a.start(), a.end()) for a in ASIDE.finditer(sent.text) if a.end() <= pos]
    before = [m for m in sent.mentions if m.end <= pos and m.start >= floor
              and not any(a <= m.start < b for a, b in asides)]
    last_end = before[-1].end if before else floor
    if not any(m.company for m in before) and _SOME_OTHER_MINER_OPENS.match(sent.text):
        return None  # "A privately held Texas miner that reports figures to investors said it produced roughly 300 BTC"
    rivals: set[int] = set()
    # (past the named company's appositive: "Bit Digital (BTBT), a New York-based miner that also runs an AI cloud
    # business, has sold approximately 280 BTC")
    lo_unknown = max([last_end] + [b for a, b in asides if before and before[-1].company and 0 <= a - last_end <= 8])
    if unknown_subject(sent.text, lo_unknown, pos, sent.mentions):
        return None  # "..., while Sato Technologies ran about 280 PH/s": a miner the registry does not know
    if not before and (label := _TICKER_LABEL.match(sent.text)) is not None \
            and not any(mm.start < label.end("name") and label.start("name") < mm.end for mm in sent.mentions):
        return None  # "- BIT Mining (BTCM): ..., but it mined 114.5 BTC in March": a listed miner the registry lacks
    for m in reversed(before):
        if m.company and m is before[-1] and _FIGURE_IN_BRACKETS.fullmatch(sent.text, m.end, pos):
            return m.company
        if _RELATIVE_CLAUSE.match(sent.text, m.end) and not _RELATIVE_END.search(sent.text, m.end, pos):
            if m.company is None and _OWED_BEFORE.search(sent.text, max(0, m.start - 10), m.start):
                continue  # "The senior secured loan Greenidge owed NYDIG, which had remaining principal of ...": of
                # the loan
            if m.company is None and _LOAN_WITH_BEFORE.search(sent.text, max(0, m.start - 40), m.start):
                continue  # "its bitcoin-collateralised loan with Galaxy Digital, which had an outstanding balance of
                # $6.1 million": the loan's balance, not the lender's
            return m.company  # "... dwarfed by Strategy, which held 597,325 BTC": the antecedent's figure (or nobody's)
        if NEW_SUBJECT.search(sent.text[m.end:pos]):
            break  # "... machines from Bitmain arrived, and the Company expects 23.5 EH/s": not Bitmain's figure
        if m.company and _named_as_counterparty(sent.text, m.start):
            continue  # "including a separate order with Canaan, now total approximately 4.4 EH/s": the supplier
        if m.company and _SITES_RUN_BY_BEFORE.search(sent.text, max(0, m.start - 50), m.start):
            continue  # "mines with roughly 10 EH/s ..., mostly at sites run by Hut 8, and intends to reach 25 EH/s": the host
        if m.company and _OWNED_UNIT_AFTER.match(sent.text, m.end):
            return None  # "Hut 8's majority-owned mining spin-off arrives ... with about 2,443 BTC": the unnamed unit's
        if m.company and _sells_a_site(sent.text, m.start, m.end):
            continue  # "HIVE signs deal for Bitfarms' Paraguay site, targets 25 EH/s": the seller of the site
        if m.company and _RIVAL_BEFORE.search(sent.text, max(0, m.start - 20), m.start) and not _POSSESSIVE.match(
                sent.text, m.end) and not _RIVAL_OWN_FIGURE.fullmatch(sent.text, m.end, pos):
            rivals.add(m.start)
            continue  # "Riot finished 29 BTC behind Marathon, mining 675 bitcoin in March": Riot's output (but "ahead
            # of CleanSpark (CLSK) on 622 BTC" is CleanSpark's)
        if m.company and _named_as_object(sent.text, m) and any(b.company and b.end <= m.start for b in before):
            continue  # the subject is the company named before it
        if m.company and _contrast_opening(sent.text, m.start):
            continue  # "Unlike MARA it sold almost all of that": the pronoun's company, not MARA
        if m.company and not OWNER_BEFORE.search(sent.text[max(0, m.start - 45):m.start]):
            return m.company
        if m.company:
            continue  # "American Bitcoin, the miner majority-owned by Hut 8, said it holds ...": the owner is not the subject
        if _MAKERS_MACHINES.match(sent.text, m.end) and (_ACQUIRING.search(sent.text, max(0, m.start - 30), m.start)
                                                          or _DETERMINER_BEFORE.search(sent.text, max(0, m.start - 12), m.start)):
            # "The company is installing Bitmain's S21 XP rigs ... to lift the fleet to 52 EH/s", "as the last of the
            # Bitmain S21 units go live ..., and with Paraguay phase one we're targeting 11 exahash": the maker names
            # the machines, it is not the subject
            continue
        if _MAKERS_ORDER.match(sent.text, m.end) \
                and _DETERMINER_ADJ_BEFORE.search(sent.text, max(0, m.start - 25), m.start):
            continue  # "With the larger Bitmain order, our ... capacity ... representing 4.1 EH/s": the order's maker
        if _LENDER_AS_MODIFIER_BEFORE.search(sent.text, max(0, m.start - 25), m.start) \
                and _LENDER_AS_MODIFIER_AFTER.match(sent.text, m.end):
            continue  # "Hut 8's Coinbase line was first signed ...", "a Coinbase facility": the lender names the loan
        if not (_PREPOSITION_BEFORE.search(sent.text[max(0, m.start - 12):m.start])
                or (_OF_THE_LENDER.search(sent.text, max(0, m.start - 30), m.start)
                    and _LOAN_NOUN_AFTER.match(sent.text, m.end))):
            return None  # a supplier, lender or treasury company is the subject: not a miner's fact
    if after and after[0].company and (
            re.search(r"\bby\s*$|^\W*$", sent.text[end:after[0].start])
            or (_REPORTED_AFTER.match(sent.text, after[0].end)
                and not _CLAUSE_OF_ITS_OWN.search(sent.text, end, after[0].start))):
        return after[0].company  # "... 650 BTC were mined by Riot" / "the 40 EH/s of installed hashrate IREN reported"
    # an owner or a host is not the subject: "The company, which is majority-owned by Hut 8, has about 24.2 EH/s
    # of installed hashrate, most of it housed at Hut 8's campuses"
    which = [(a.start(), a.end()) for a in _WHICH_ONLY.finditer(sent.text)] if ", " in sent.text else []
    named = [m.company for m in sent.mentions if m.company and not is_bystander(sent.text, m.start, m.end)
             and not any(a <= m.start < b for a, b in which)  # "The company, which bought ... from Bitfarms, said"
             and not (m.start > end and _SELLER_BEFORE.search(sent.text, max(0, m.start - 60), m.start))
             and not _SITES_RUN_BY_BEFORE.search(sent.text, max(0, m.start - 50), m.start)
             and not _named_as_counterparty(sent.text, m.start)]
    if named and (sent.context_company or ctx.issuer) in named:
        return sent.context_company or ctx.issuer  # "... indicates a decisive shift as Cango positions itself"
    if named and (own := sent.context_company or ctx.issuer) is not None and own not in named \
            and (rival := next((m for m in sent.mentions if m.company), None)) is not None and rival.start >= end \
            and _RIVAL_AFTER_FIGURE.search(sent.text, end, rival.start):
        # "Deployed hashrate remained at 50 EH/s, a figure that still trails MARA's 57.4 EH/s": the story's miner's
        return own
    if named and sent.context_company is not None and sent.context_is_near and _PRONOUN_OPENING.match(sent.text) \
            and all(m.start >= end or m.start in rivals for m in sent.mentions if m.company):
        # "It sold 595 BTC ..., and said the proceeds went to ... the campus it picked up when it bought Stronghold":
        # the pronoun's company, named just before, not a miner named after the figure (nor a rival: "The Texas miner
        # went further than CleanSpark and sold 465 BTC")
        return sent.context_company
    if named:
        # another miner is named in the sentence but not before this figure: attribute to the sentence's
        # first miner only when it is the subject (sentence-initial); otherwise flag the guess
        first = next(m for m in sent.mentions if m.company == named[0])
        if first.start < 25 and first.company:
            return first.company
        if ctx.foreign_issuer:
            return None  # "Blockwater's 14 PH/s is about 2.5% of CleanSpark's": the issuer's, whom the registry lacks
        flags.add("company_ambiguous")
        return first.company
    if _GROUP_SUBJECT.search(sent.text, 0, pos):
        return None  # "Together the five mined 3,236.5 BTC": a group's total, not the last company named
    if _GENERIC_SUBJECT.search(sent.text, 0, pos):
        return None  # "For a miner that had borrowed $20 million against 1,000 BTC ...": an example, nobody's figure
    if ctx.foreign_issuer and not (sent.context_is_near and _PRONOUN_OPENING.match(sent.text)):
        # "The Company currently holds 41.7 BTC" in a release by an issuer the registry does not know (but "It mined 822
        # bitcoins last year" right after the sentence on the registry miner it is merging with is that miner's)
        return None
    if _REFERS_BACK.search(sent.text, 0, pos) and _outside_subject_before(ctx, sent):
        return None  # "Prairie Sky Mining ... runs about 0.35 EH/s ... The company sold 100 BTC last year": not a miner's
    if "Company" in sent.text[:pos] and (defined := _defined_company(ctx, sent)) is not None:
        return defined  # "... Bit Digital, Inc. (Nasdaq: BTBT) ("Bit Digital" or the "Company") ... The Company earned
        # 71.1 BTC in May": the defined term names the release's own issuer, the second release in a feed's dump too
    if "Company" in sent.text[:pos] and ctx.is_release:
        line_start = ctx.text.rfind("\n", 0, sent.start) + 1
        in_line = {m.company for m in ctx.mentions if m.company and line_start <= m.start < sent.start
                   and _TICKER_AFTER.match(ctx.text, m.end)}
        if len(in_line) == 1:
            return next(iter(in_line))  # "Digihost Technology Inc. (Nasdaq: DGHI) ... The Company produced 43 BTC"
    company = sent.context_company or ctx.issuer
    if company is not None and company == ctx.issuer and not ctx.is_release \
            and not any(m.company and m.start < sent.start + pos for m in ctx.mentions):
        return None  # a pool's own table before the one line that names a miner it counts among its members
    if not sent.context_is_near and ctx.issuer is not None and ctx.is_release:
        # a release's (or filing's) figures are its issuer's once the last company named is paragraphs back; a news
        # story moves among companies ("Riot tops July output ... CleanSpark mined 671 BTC ... The Nevada-based miner")
        company = ctx.issuer
    if company is None:
        return None
    if not sent.context_is_near and ctx.n_companies > 1 and company != ctx.issuer:
        flags.add("company_inferred")
    return company


def _defined_company(ctx: DocContext, sent: Sent) -> Company | None:
    """The registry company that the latest defined term "the Company" before the sentence names: 'Bit Digital, Inc.
    (Nasdaq: BTBT) ("Bit Digital" or the "Company")'."""
    last = None
    for last in _COMPANY_DEFINED.finditer(ctx.text, 0, sent.start + sent.text.find("Company")):
        pass
    if last is None or not _WIRE.search(ctx.text, max(0, last.start() - 400), last.start()):
        return None  # (only a release's own dateline defines it, not a quoted proposal's)
    named = [m for m in ctx.mentions if m.company and last.start() - 250 <= m.start < last.start()]
    if not named or len({m.company for m in named}) != 1:
        return None
    # (not past another miner's release: a feed's next item names its own issuer before it says "the Company")
    later = {m.company for m in ctx.mentions if m.company and last.end() <= m.start < sent.start}
    return named[-1].company if later <= {named[-1].company} else None


_TICKER_AFTER = re.compile(r"[\w.,& ]{0,25}?\s*\((?:NASDAQ|Nasdaq|NYSE|TSXV?|LSE|AIM|ASX|OTC\w*)[^)]{0,20}:\s?[A-Z]")
_COMPANY_DEFINED = re.compile(r"(?:\(|\bor\s+)(?:the\s+)?[\"“]Company[\"”]")


# a sentence that refers back to the subject before it ("The company", "It", "Its chief executive"; not a release's
# defined "the Company")
_REFERS_BACK = re.compile(r"^\W{0,3}(?:It|Its|They|Their)\b|\b(?:the|The)\s+(?:company|firm|miner|operator|startup)\b(?!['’])")


def _outside_subject_before(ctx: DocContext, sent: Sent) -> bool:
    """Whether the sentence just before (in its paragraph, or the paragraph just before) opens on an organisation the
    registry does not know: "Caprock Mining, a private miner in West Texas, ran flat out in June."."""
    start = max(0, sent.start - 400)
    before = ctx.text[start:sent.start].rstrip()
    if not before or "\n\n\n" in before[-4:] or before.count("\n\n") and "\n\n" in before[before.rfind("\n\n") + 2:]:
        return False
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    prev_start = start + cut + 1 if cut >= 0 else start
    prev = ctx.text[prev_start:sent.start].strip()
    lead = len(ctx.text[prev_start:sent.start]) - len(ctx.text[prev_start:sent.start].lstrip())
    prev_start += lead
    local = [dataclasses.replace(m, start=m.start - prev_start, end=m.end - prev_start) for m in ctx.mentions
             if prev_start <= m.start < prev_start + len(prev)]
    if any(m.company for m in local) or len(prev) <= 20:
        return False
    first = _ORG_FIRST.match(prev)
    # only a miner the previous sentence describes as one: "Caprock Digital, a privately held miner with about 1.1 EH/s
    # ...", "Prairie Sky Mining, founded in 2019 by two former drilling engineers, runs ..."
    return first is not None and (first.group("described") is not None or first.group("private") is not None) \
        and unknown_subject(prev, 0, min(len(prev), 60), local)


# several miners as one subject: "The four companies in the table together mined 1,827 BTC", "Aggregate production by
# the sample was about 5,600 BTC", "the combined 1,082 BTC produced by the three companies"
_GROUP_SUBJECT = re.compile(r"\btogether,?\s+(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
                            r"\d{1,2}(?![\d,.]))\b|"
                            # (not "Of the seven miners in our sample it is the only one that ...")
                            r"(?<!\bof )(?<!\bamong )"
                            r"\b(?:the|these|those|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                            r"(?:[\w.-]+\s+)?(?:companies|miners|firms|names|producers|operators)\b|"
                            r"\bthe\s+(?:companies|sample|cohort|peer group)\b|"
                            # "Four companies ended the year above 50 EH/s": a count opens the sentence
                            r"^\W{0,3}(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?![\d,.]))\s+(?:[\w.-]+\s+)?"
                            r"(?:companies|miners|firms|producers|operators)\b|"
                            # "In the 2022 bear market miners sold 58,770 BTC": the industry
                            r"(?<!\bits )(?<!\btheir )(?<!\bour )(?<!['’]s )(?<!\bcolocated )(?<!\bhosted )"
                            r"(?<!['’]s ASIC )(?<!\bits ASIC )"  # "the Company's ASIC miners produced 560 Bitcoin"
                            r"\b(?:public(?:ly[- ]listed)?\s+|listed\s+)?miners\s+(?:collectively\s+|together\s+)?"
                            r"(?:sold|mined|produced|held|added|bought)\b", re.I)
# an example or a rule, not a company: "For a miner that had borrowed $20 million against 1,000 BTC when bitcoin traded
# at $45,000, ...", "once it crosses a trigger level, the borrower must post more coins, repay part of the loan or ..."
_GENERIC_SUBJECT = re.compile(r"^\W*(?:For|If|Take|Consider|Imagine|Say)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?"
                              r"(?:miner|company|borrower|operator|producer)\b|"
                              # "One Texas operator that borrowed about $50 million against S19 machines": unnamed
                              r"^\W*(?:One|Another)\s+(?:[\w-]+\s+){0,2}(?:miner|company|borrower|operator|producer)\s+"
                              r"(?:that|which|who)\b|"
                              r"\bthe\s+borrower\s+(?:must|would|will|has\s+to|needs\s+to|may)\b|"
                              # "A fleet of 10,000 A1566 units would deliver about 1.85 EH/s": a made-up fleet
                              r"^\W*(?:A|An|One)\s+(?:[\w-]+\s+)?fleet\s+of\b[^.;]*\bwould\b")
_SITES_RUN_BY_BEFORE = re.compile(r"\b(?:sites?|facilit(?:y|ies)|campus(?:es)?|data cent(?:er|re)s?|locations?)\s+"
                                  r"(?:run|operated|owned|hosted|managed|built)\s+by\s+$", re.I)
_OWNED_UNIT_AFTER = re.compile(r"['’]s?\s+(?:majority|partly|minority|partially)[- ]owned\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:spin-?off|subsidiary|unit|affiliate|arm|miner|company)\b", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|its)\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+|some\s+)?$", re.I)
_REPORTING_VERBS = r"reported|said|disclosed|posted|announced|cited"
# "... 40 EH/s, IREN reported": the figure of the company named after it
_REPORTED_AFTER = re.compile(rf"\s+(?:had\s+)?(?:{_REPORTING_VERBS})\b")
# "The company ended the month with 13.5 EH/s energized, while Riot reported 35.4 EH/s deployed": Riot's clause
_CLAUSE_OF_ITS_OWN = re.compile(r"\b(?:while|whereas|but|and)\b|;")
# the verb of a reduced relative clause: "the 40 EH/s IREN reported", "the 1,100 BTC Riot held at year-end"
_REDUCED_RELATIVE = re.compile(rf"['’]?\s+(?:had\s+|has\s+)?(?:{_REPORTING_VERBS}|mined|produced|"
                               r"sold|held|holds|energized|installed|deployed)\b")
# (and "The Toronto-based miner", "The Nasdaq-listed company": the company named before)
_PRONOUN_OPENING = re.compile(r"\W{0,3}(?:It|The company|The miner|The firm|We|Its|Our|"
                              r"The\s+(?:[\w-]+\s+){1,2}(?:company|miner|firm))\b")
# "... as it finished integrating the Garden City site it bought from Applied Digital": the seller, after the figure
# (a partner "with" may follow a figure that is still its company's, so not all of NOT_SUBJECT_BEFORE)
_SELLER_BEFORE = re.compile(_SELLER, re.I)
# (and a bullet's opening: "- Galaxy credit facility cut by US$28 million to US$38 million")
# (and right after a verb that acts on the loan: "- Reduced NYDIG equipment financing by $4.1 million")
_LENDER_AS_MODIFIER_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|our)|['’]s)\s+(?:(?:remaining|outstanding|existing|original|"
                                        r"amended|restructured)\s+)?$|^\W{0,3}$|"
                                        r"\b(?:reduced|repaid|paid\s+(?:down|off)|drew(?:\s+on)?|cut|trimmed|lowered|"
                                        r"amended|extended|upsized)\s+$", re.I)
_LENDER_AS_MODIFIER_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:facility|line|loan|revolver|credit line|financing|"
                                       r"arrangement|debt|balance|borrowings?|principal)\b"
                                       r"(?!\s+(?:book|portfolio|business|desk|arm|unit|originations)\b)", re.I)
# ("converted the Macquarie arrangement into", "The reduction in the Galaxy balance reflects $5 million of principal")
_RIVAL_BEFORE = re.compile(r"\b(?:behind|ahead of|trailing|outpacing|overtaking|overtook|passing|passed|surpassing|"
                           # "The Texas miner went further than CleanSpark and sold 465 BTC"
                           r"surpassed|(?:further|farther|more|less|fewer|faster|better|worse|higher|lower)"
                           r"\s+than)\s+$",
                           re.I)
# the rival's figure right after its name: "ahead of CleanSpark (CLSK) on 622 BTC", "behind Riot, with 505 BTC"
_RIVAL_OWN_FIGURE = re.compile(r"\s*(?:\([A-Z]{2,5}\)\s*)?,?\s*(?:with|on|at)\s+(?:about\s+|approximately\s+|"
                               r"roughly\s+|nearly\s+|some\s+|just\s+over\s+|more\s+than\s+|around\s+)?", re.I)
_WHAT_IT_WAS = re.compile(r"\b(?:what|than|where)\s+(?:it|they|that|the\s+\w+)\s+(?:was|were|had\s+been|stood)\s+$",
                          re.I)
_POSSESSIVE = re.compile(r"['’]s?\b|,\s+(?:which|who)\b")  # the rival's own figure follows
_LOCATIVE_BEFORE = re.compile(r"\b(?:at|in)\s+$")
# "housed at Hut 8's campuses", but not "growth in Riot's fleet", "figures in Riot's monthly update"
_PLACE_AFTER = re.compile(r"['’]s\s+(?!(?:[\w-]+\s+){0,2}(?:fleet|output|production|hash\s?rate|holdings|treasury|"
                          r"update|report|figures|results|filing|operations|balance)\b)|"
                          r"\s+(?:sites?|campus(?:es)?|facilit(?:y|ies)|data cent(?:er|re)s?|locations?)\b")
_ACQUIRING = re.compile(r"\b(?:install(?:s|ing|ed)?|deploy(?:s|ing|ed)?|buy(?:s|ing)?|bought|purchas\w+|order(?:s|ed|ing)?|"
                        r"add(?:s|ing|ed)?|(?:agreements?|orders?|contracts?)\s+(?:in\s+place\s+)?for)\s+(?:(?:additional|new|more|further|another|"
                        r"\d[\d,]*)\s+)?$|"
                        # "purchases of 8,380 Bitmain T21 miners ... and earlier orders of Bitmain S21 machines"
                        r"\b(?:orders?|purchases?)\s+of\s+(?:(?:additional|new|more|\d[\d,]*)\s+)?$|"
                        # "upgrade its fleet with the 28,900 Bitmain T21 miners purchased in December"
                        r"\bwith\s+(?:the|its)\s+(?:(?:additional|new|\d[\d,]*)\s+)?$", re.I)
# "HIVE Buys Bitfarms' Half-Built Paraguay Mine, Targets 25 EH/s": the seller is the object, not the subject
_BOUGHT_FROM_OWNER = re.compile(r"\b(?:buys|bought|acquires|acquired|purchases|purchased|to buy|to acquire|takes over|"
                                r"took over)\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_PARTNER_BEFORE = re.compile(r"\b(?:with|from|to)\s+$")
_PARTNER_THEN_VERB = re.compile(r"\s+and\s+(?:now\s+|also\s+|still\s+)?(?:expects|said|says|plans|aims|targets|intends|"
                                r"is|has|will)\b")


def _named_as_object(text: str, m: Mention) -> bool:
    """A registry company named as the object of another's act: a partner ("entered a binding LOI with Bitfarms and
    now expects its ... to reach 25 EH/s"), a seller ("HIVE Buys Bitfarms' Half-Built Paraguay Mine", "agreed to buy
    11,000 machines from Canaan Inc."), the maker of machines bought ("Orders 11,000 Canaan Rigs") or the company an
    event is of ("the launch of American Bitcoin")."""
    return bool((_PARTNER_THEN_VERB.match(text, m.end) and _PARTNER_BEFORE.search(text, max(0, m.start - 8), m.start))
                or (_BOUGHT_FROM_OWNER.search(text, max(0, m.start - 20), m.start) and _POSSESSIVE_AFTER.match(text, m.end))
                or _SELLER_BEFORE.search(text, max(0, m.start - 60), m.start)
                or (_MAKERS_MACHINES.match(text, m.end) and _ACQUIRING.search(text, max(0, m.start - 30), m.start))
                or _EVENT_OF_BEFORE.search(text, max(0, m.start - 30), m.start))


# "Hut 8 says ... the launch of American Bitcoin weighed on the quarter, but left it with ... a reserve of": an event
# that names a company is no subject
_EVENT_OF_BEFORE = re.compile(r"\bthe\s+(?:launch|spin-?off|listing|IPO|acquisition|purchase|takeover|merger|formation|"
                              r"debut)\s+of\s+$", re.I)


_SITE_OWNED_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}(?:site|facility|campus|data\s+cent(?:er|re))\b")
_DEAL_FOR_BEFORE = re.compile(r"\b(?:for|buy|buys|buying|bought|acquire|acquires|acquiring|acquired|from|"
                              r"(?:purchase|acquisition|sale)\s+of)\s+$", re.I)


def _sells_a_site(text: str, start: int, end: int) -> bool:
    """A company named as the seller of a site: "HIVE signs deal for Bitfarms' Paraguay site"."""
    return _SITE_OWNED_AFTER.match(text, end) is not None \
        and _DEAL_FOR_BEFORE.search(text, max(0, start - 12), start) is not None


def is_bystander(text: str, start: int, end: int) -> bool:
    """A company named as an owner ('majority-owned by Hut 8') or as a place ('housed at Hut 8's campuses')."""
    return bool(OWNER_BEFORE.search(text[max(0, start - 30):start])) or bool(
        _PEER_BEFORE.search(text, max(0, start - 40), start)) or _contrast_opening(text, start) or (
        _PLACE_AFTER.match(text, end) is not None
        and _LOCATIVE_BEFORE.search(text[max(0, start - 4):start]) is not None) or _sells_a_site(text, start, end)


def _contrast_opening(text: str, start: int) -> bool:
    """'Unlike MARA it sold almost all of that': the company a sentence opens by contrasting with."""
    # (and "Unlike rivals Marathon and Riot, which hold most of what they produce, Iris converts ...": both rivals)
    return (start < 12 and text[:start].strip(" \t\n\"“").lower() in ("unlike", "like")) or (
        start < 60 and _CONTRAST_LIST.fullmatch(text, 0, start) is not None)


_CONTRAST_NAME = r"(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2}"
_CONTRAST_LIST = re.compile(r"[\s\"“]*(?:Unlike|Like)\s+(?:(?:its\s+)?(?:larger\s+|bigger\s+|smaller\s+)?(?:rivals|peers|"
                            rf"competitors)\s+)?(?:{_CONTRAST_NAME}(?:,\s+{_CONTRAST_NAME})*,?\s+and\s+)?")


# "a smaller drop than at peers such as Bitfarms, whose output fell 42%": a company the figure is compared with
_PEER_BEFORE = re.compile(r"\b(?:peers|rivals|competitors|other miners)\s+(?:such as|like|including)\s+$", re.I)
# ("With orders for 1,800 additional Bitmain S21 units")
# ("the remaining Bitmain T21 miners now being installed")
_DETERMINER_BEFORE = re.compile(r"\b(?:(?:the|these|those|our|their|its)\s+(?:(?:remaining|latest|last|first|newest|"
                                r"new|additional)\s+)?|new\s+|additional\s+|more\s+|further\s+|remaining\s+)$", re.I)
# (a list of models too: "9,592 new MicroBT M30S, M30S+ and M31S+ machines")
_MAKERS_MACHINES = re.compile(r"(?:['’]s)?\s+(?:[\w+-]+,?\s+){0,5}"
                              r"(?:rigs|machines|miners|units|ASICs|servers|models)\b", re.I)
_MAKERS_ORDER = re.compile(r"(?:['’]s)?\s+(?:purchase\s+|upgrade\s+|fleet\s+)?(?:order|orders|purchase|deal|contract|"
                           r"agreement|shipments?|deliver(?:y|ies)|program(?:me)?|upgrade|rollout)\b", re.I)
_DETERMINER_ADJ_BEFORE = re.compile(r"\b(?:the|these|those|our|their|its|this|a|an)\s+(?:[\w-]+\s+)?$", re.I)
_NEXT_FIGURE_NOUN = re.compile(r"^\s*(?!against\b|versus\b|compared\b)(?:\w+\s+){0,2}(?:production|output|holdings|sales|"
                               r"revenue|hashrate|hash rate|figure|total)\b", re.I)


# "..., which it signed in June" dates the facility it follows: no break
# "We produced about 187 bitcoin, and for the first half of the year our output came to 451": the half is the 451's
_AND_FOR = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:for|in|during|over|through|across)\s+(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|which)\s+(?!it\s+(?:signed|closed|arranged|entered|obtained|"
                           r"secured|took out|put in place)\b)"
                           # "approximately 13.3 EH/s, which it continues to target for the middle of 2022": the figure's
                           r"(?!(?<=which )(?:it|we|the\s+company)\s+(?:still\s+|now\s+|currently\s+|also\s+|continues\s+to\s+)?(?:(?:targets?|expects?)\s+"
                           r"(?:to\s+(?:reach|hit|achieve)\s+)?(?:for|by|in)\b|"
                           # "23.3 EH/s ..., which it projects will happen by the end of the first quarter of 2023",
                           # "6.0 EH/s ..., which it pencils in for the middle of the year"
                           r"(?:projects?|expects?|anticipates?|forecasts?|believes?)\s+will\s+(?:happen|occur|come|be\s+"
                           r"(?:reached|achieved|completed?))\s+(?:by|in|during|before)\b|pencils?\s+in\s+for\b))(?:said|says|it|the company|expects|plans|aims|is|has|had\s+(?:financed|funded|lent|extended|provided|arranged)|"
                           r"(?:the|its|our)\s+(?:goal|target|plan|aim))"
                           r"\b|;|,\s+having\b|,\s+whose\b|"
                           # "August production was 26.3 BTC, so September was down modestly"
                           r",\s+so\s+(?!far\b|much\b|many\b|that\b)|"
                           # "we self-mined 1,200 bitcoin, of which 596 came in the fourth quarter": the bare part's period
                           r",\s+of\s+which\s+(?:about\s+|roughly\s+|approximately\s+)?\d[\d,.]*\s+(?!BTC\b|[Bb]itcoins?\b|[EPT]H)|"
                           # "$55.5 million ... remained outstanding under the WhiteHawk facility, which was amended in
                           # October 2022": the instrument's history, not the balance's date
                           r",\s+which\s+(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|later\s+|since\s+|"
                           r"subsequently\s+|originally\s+)?(?:amended|signed|entered\s+into|arranged|extended|upsized|"
                           r"expanded|restructured|refinanced|originated|established|put\s+in\s+place|issued|opened)\b|"
                           # "sold 1,125 BTC in August ..., which means September sales were about 40% higher"
                           r",\s+which\s+(?:means|meant|implies|implied|suggests|suggested)\b|"
                           # "Earned 4,928 BTC despite a sharp rise in network difficulty during the second half"
                           r"\s+(?:despite|notwithstanding)\s|"
                           # "announced that its operating hashrate has grown to 10 EH/s and that it has raised its
                           # 2024 expansion target": a second thing announced
                           r"\s+and\s+that\s|"
                           # "June output was 491 BTC, taking the three months from April through June to 1,624 BTC"
                           r",\s+(?:taking|bringing|lifting|pushing)\s+(?:the|its|their|our|total|year)\b|"
                           # "had climbed to 27.8 EH/s, the company said, as it finished integrating ... in the fourth
                           # quarter": the reason's own period
                           r",\s+as\s+(?:it|the company|the miner|the firm)\s+(?!(?:did|does|had|has)\b)|"
                           # "IREN hits 31 EH/s as miners race to add hashrate before year end": the others' deadline
                           r"\s+as\s+(?:other\s+|rival\s+|listed\s+|public\s+|bitcoin\s+)?(?:miners|rivals|peers|companies|firms)\s+|"
                           # "produced 419 BTC and said it remains on track to reach 20 EH/s by the end of June"
                           r"\s+and\s+(?:said|says|added|noted)\b", re.I)


def _dates_another_noun(text: str, end: int, p: P.Period) -> bool:
    """A relative clause's date of a noun that is not the figure's: 'selling its daily output that it adopted in June'
    (but 'the US$32 million equipment financing agreement with BlockFi Lending LLC that the Company announced in
    February 2022' dates the agreement the figure sizes)."""
    rel = _RELATIVE_EVENT_BEFORE.search(text, max(0, p.char_start - 60), p.char_start)
    return rel is not None and not (end <= rel.start() and _FIGURES_OWN_NOUN.fullmatch(text, end, rel.start()))


# the figure's own noun, up to the relative pronoun: "... million equipment financing agreement with BlockFi Lending
# LLC "
# (not a loan closed later than it was announced: "closed the US$37 million equipment financing with NYDIG that it
# announced on June 17, 2022")
_FIGURES_OWN_NOUN = re.compile(r"\s*(?:million|billion|m|bn)?\s+(?:[\w-]+\s+){0,3}(?:agreement|facility|line)s?"
                               r"(?:\s+(?:with|from)\s+(?-i:[A-Z])[^,;.()]{0,40})?\s+", re.I)
# "sold 491 BTC ..., continuing a policy of selling its daily output that it adopted in June": the policy's date
_RELATIVE_EVENT_BEFORE = re.compile(r"\b(?:that|which)\s+(?:(?:it|the company|the miner|they|we)\s+)?(?:had\s+|has\s+|first\s+)?"
                                    r"(?:adopted|announced|began|started|introduced|unveiled|launched|set out|"
                                    r"outlined|disclosed|approved|filed)\b[^,;.]{0,20}?\s+(?:in|on|during|at)\s+"
                                    r"(?:the\s+)?$|"
                                    # "paid off the $61 million balance of the term loan it took on when it emerged from
                                    # Chapter 11 in January": the loan's origin, not the repayment's date
                                    r"\b(?:loan|facility|debt|line)\s+(?:that\s+|which\s+)?"
                                    r"(?:it|the company|the miner)\s+(?:had\s+)?took\s+(?:on|out)\s+"
                                    r"(?:when|as|after|while|upon)\b(?:(?!(?:19|20)\d\d)[^,;.$]){0,50}?"
                                    r"\s+(?:in|on|during)\s+(?:the\s+)?$|"
                                    # "secured by S19j Pro miners scheduled for delivery in the second quarter": the
                                    # machines' date
                                    r"\b(?:scheduled|expected|slated|due|set)\s+(?:for\s+)?(?:delivery|shipment|"
                                    r"installation|energi[sz]ation|completion)\s+(?:in|by|during)\s+(?:the\s+)?$",
                                    re.I)


# "ahead of the bitcoin halving expected in April": the month of a market event, not of any figure
_MARKET_EVENT_BEFORE = re.compile(r"\b(?:halving|halvening)\s+(?:that\s+)?(?:is\s+|was\s+)?"
                                  r"(?:expected|due|scheduled|slated|set|forecast)\s+"
                                  r"(?:in|for|on|around)\s+(?:the\s+)?(?:(?:mid|early|late)[- ]?)?$|"
                                  # "the 950 bitcoin we produced were the most since the halving in April 2024"
                                  r"\bsince\s+(?:the|last)\s+(?:[\w-]+\s+)?(?:halving|halvening)\s+(?:in|of|on)\s+"
                                  r"(?:the\s+)?$|"
                                  # "despite the halving cutting block rewards in April, we still produced ..."
                                  r"\bhalv(?:ing|ening)\s+(?:that\s+)?(?:cutting|cut|halving|halved|reducing|reduced|"
                                  r"slashing|slashed)\b[^.;:,]{0,40}\b(?:in|on)\s+$", re.I)


def _dates_another_count(sent: Sent, p: P.Period) -> bool:
    """'Its fleet grew to about 130,000 servers from 127,716 at the end of August, and self-mining hash rate rose to
    approximately 13 EH/s': the date of a count that is no figure of ours (servers), not of the figures after it."""
    m = _FROM_COUNT_AT.search(sent.text, max(0, p.char_start - 50), p.char_start)
    return m is not None and not any(q.start <= m.start("num") < q.end for q in (*sent.btc, *sent.hashrates))


_FROM_COUNT_AT = re.compile(r"\bfrom\s+(?P<num>\d[\d,.]*)\s+(?:(?:servers|miners|machines|units|rigs)\s+)?"
                            r"(?:at|on|as\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
# "roughly 15% above the hash rate at the end of August 2023": the date of the comparison's base
_PERCENT_ABOVE_THE = re.compile(r"%\s+(?:above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|"
                                r"up\s+on|down\s+on|over)\s+"
                                r"(?:the|its)\s+(?:[A-Za-z-]+\s+){0,3}?(?:at|in|on|as\s+of)\s+"
                                r"(?:the\s+)?(?:end\s+of\s+)?$",
                                re.I)
_JUST_THE = re.compile(r"\bthe\s+$", re.I)
# ("more than six times the 480 it generated in 2020")
_FROM_BARE_NUMBER = re.compile(r"\b(?:(?:up|down|rising|falling|climbing|dropping|compared)\s+(?:from|with|to)|"
                               r"(?:times|twice|double|triple|half)\s+the)\s+"
                               r"(?:about\s+|roughly\s+|approximately\s+|some\s+)?(?P<num>(?:US|C|A)?\$\s?\d[\d,.]*\s+"
                               r"(?:million|billion|m|bn|mn)|\d[\d,.]*(?=\s+(?:BTC|bitcoins?|[EPT]H/s)\b)|\d[\d,.]*)\s+"
                               r"(?:[\w/-]+\s+){0,3}(?:(?:end|close|start|beginning)\s+of\s+(?:the\s+)?)?$", re.I)


def _dates_a_bare_comparison(s: str, p: P.Period, pos: int) -> bool:
    """The period is a bare comparison figure's, and the figure at `pos` is another: 'held 141 Bitcoin, down from
    2,700 a year earlier, after selling 4,626 Bitcoin during the year'."""
    m = _FROM_BARE_NUMBER.search(s, max(0, p.char_start - 60), p.char_start)
    return m is not None and not m.start("num") <= pos < m.end("num")


OPEN_BRACKET_BEFORE = re.compile(r"\([^()]{0,50}$")  # within the 50 characters before
_CLOSE_BRACKET_AFTER = re.compile(r"[^()]{0,30}\)")


def _in_brackets_with_a_figure(sent: Sent, p: P.Period, pos: int) -> bool:
    """The period sits in brackets that hold a figure of their own and not the figure at `pos`: '(vs 890 in Dec)'
    (but not '(01/07/2023 to 29/02/2024)', whose digits are all dates)."""
    s = sent.text
    opened = OPEN_BRACKET_BEFORE.search(s, max(0, p.char_start - 50), p.char_start)
    closed = _CLOSE_BRACKET_AFTER.match(s, p.char_end) if opened is not None else None
    if closed is None or opened.start() <= pos < closed.end():
        return False
    return any(s[i].isdigit() and not any(q.char_start <= i < q.char_end for q in sent.periods)
               for i in range(opened.start(), closed.end()))


_DUE_BEFORE = re.compile(r"\b(?:due|matur(?:es|ing)|expir(?:es|ing))\s+(?:in\s+)?$", re.I)
# 'the October 2025 Loan', '(the "January 2026 Loan")': a defined term that names a loan by its month, no date
_NAMES_AN_INSTRUMENT = re.compile(r"\s+(?-i:Loans?|Notes?|Facility|Agreement|Advance|Tranche)\b|"
                                  # "the remaining $3.2 million balance of a 2022 vendor note": a year naming the note
                                  r"(?<=\b[Aa] \d{4})\s+(?:(?:vendor|promissory|bridge|term|equipment|secured|convertible)\s+)?"
                                  r"(?:loans?|notes?|facility|credit\s+facility|agreement)\b")
# "a stash worth about $4.6 billion at Thursday's prices": the day of a valuation, not of the figure
_PRICE_OF_DAY = re.compile(r"['’]s?\s+(?:closing\s+|market\s+|spot\s+)?(?:prices?|close|exchange rates?)\b", re.I)


# (and "Compared with December 2023 when our self-mining business yielded 104 BTC")
# (and past the period's gloss: "since March, the last full month before the April 20 halving cut the block subsidy to
# 3.125 BTC, when it recorded output of 806 BTC")
_WHEN_CLAUSE = re.compile(r"(?:,\s+(?:the|a|its)\s+(?:[^.;,]|(?<=\d)[.,](?=\d)){5,110},)?"
                          r",?\s+when\s+[^.;,]{0,50}?\b(?:(?:mined|produced|sold|held|had|earned|generated|yielded|ran|averaged|"
                          r"reached|operated|was|were|stood|recorded|posted|reported)\s+(?:(?:output|production)\s+of\s+)?"
                          r"(?:about\s+|approximately\s+|roughly\s+|some\s+|only\s+|just\s+)?|"
                          # "The facility dates from June 26, 2023, when Hut 8 Mining entered into a $50 million credit
                          # agreement"
                          r"(?:entered into|signed|took out|obtained|secured|arranged|borrowed|drew|repaid)\s+"
                          r"(?:(?:a|an|the|its)\s+)?(?:new\s+)?(?:US|USD\s?)?)")
_AS_OF_RIGHT = re.compile(r"\s*(?:(?:BTC|bitcoins?)\s+)?(?:(?:in|on)\s+(?:its|the|their|our)\s+(?:treasury|balance\s+sheet|"
                          r"reserves?)\s+)?"  # "it now counts 49,179 BTC in its treasury as of May 31"
                          r"(?:(?:deployed|installed|operational|operating|energi[sz]ed|in\s+(?:total|all))\s+)?"
                          r"(?:as of|as at)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?", re.I)


# a period that owns the figure right after it: "slightly below October's 19.9 EH/s", "mined 360 BTC in September, up
# from 184 BTC in August, for a third-quarter total of 616 BTC"
_OWNS_FIGURE = re.compile(r"['’]s\s+(?:(?:average|level|figure|total|tally|output|production|reading|record)\s+"
                          r"(?:of\s+)?)?(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+)?|"
                          # ("Core Scientific's May self-mining output of 1,302 bitcoin")
                          r"\s+(?:self-mining\s+|self-mined\s+|bitcoin\s+|BTC\s+|mining\s+)?(?:total|tally|haul|output|production)\s+of\s+"
                          r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?")


# the start of a record's run: "the Company's strongest quarter since it began mining in 2018"
_SINCE_IT_BEGAN_BEFORE = re.compile(r"\bsince\s+(?:it|we|the\s+company|(?-i:[A-Z])[\w.&-]*)\s+(?:first\s+)?(?:began|started|"
                                    r"commenced|launched)\s+(?:[\w-]+\s+){0,2}?$", re.I)


# an aside after the figure that dates something since which it stands: "31.7 BTC, the largest balance it has carried
# since completing its merger with Akerna in February", "sold 30 BTC ..., its first bitcoin sale since the summer of
# 2023", "1,227 BTC ... — a treasury that has grown steadily since we first started holding production in 2023"
_SINCE_AN_EVENT_AFTER = re.compile(r"[^.;]*?(?:,|\s[—–]|\s-)\s+(?:[^.;]{0,60}?\b(?:first|largest|highest|lowest|most|biggest|"
                                   r"smallest|best|worst|fewest)\b[^.;,]{0,40}?\bsince\s+(?:the\s+)?|"
                                   r"(?:a|an|the|its|which|that)\b[^.;]{0,60}?\bsince\s+(?:(?:it|we|they|the\s+company)\s+)?"
                                   r"(?:[\w'’-]+\s+){0,3}?(?:(?!beginning\b)[a-z]+ing|[a-z]+ed|began|begun)\b[^.;]{0,60})$",
                                   re.I)


# (and between commas: "For the three months ended March 31, 2023, the fourth quarter of HIVE's fiscal year, the
# Company mined 791.6 BTC")
_GLOSS = re.compile(r"\s[—–]\s[^—–.;]{3,120}?\s[—–]\s|\s\((?:i\.e\.,?\s+)?the\s[^()]{3,80}\)|"
                    r",\s(?:being\s|i\.e\.,?\s)?the\s(?:first|second|third|fourth|final|last)\s(?:fiscal\s|financial\s)?"
                    r"(?:quarter|half)\sof\s[^,.;]{3,60},\s")


def _glosses_the_period_before(sent: Sent, p: P.Period) -> bool:
    """A period in an aside that explains the one just before it: "In the June quarter alone — the first quarter of the
    new reward schedule — our fleet still produced 744 bitcoin", "Over FY24 (the twelve months to 30 June 2024)"."""
    if "—" not in sent.text and "–" not in sent.text and "(the" not in sent.text and ", the " not in sent.text \
            and ", being the " not in sent.text:
        return False
    # (but a gloss that names what a relative period left vague stays: "Compared with the previous quarter (the three
    # months ended September 30, 2023), when the Company produced 310 BTC")
    return any(g.start() <= p.char_start < g.end() and any(
        o.char_end <= g.start() and sent.text[o.char_end:g.start()].strip().lower() in ("", "alone", "only")
        and (not p.has_year or o.has_year)
        for o in sent.periods) for g in _GLOSS.finditer(sent.text))


_STAMP_MARK_BEFORE = re.compile(r"[·•]\s*$")
_NEXT_CLAUSE_OPENS = re.compile(r"\s*(?:[,;]\s*(?:and\s+|then\s+|while\s+)?|\s+and\s+)")
_CLAUSE_JOIN = re.compile(r"\b(?:as|while|and|but|after|since|when)\b")
_SINCE_EVENT_BEFORE = re.compile(r"\bsince\s+(?:the\s+company|it|we|they|(?-i:[A-Z])[\w.&-]+)\s+(?:[\w'’-]+\s+){1,8}?"
                                 r"(?:in|on|during)\s+$", re.I)
_COVERING_AFTER = re.compile(r",?\s+(?:covering|spanning)\s+")
_ENDING_BEFORE = re.compile(r"\b(?:ending|ended|finishing|finished|closing|closed|exiting|exited)\s+$", re.I)
_LOAN_WITH_BEFORE = re.compile(r"\b(?:loan|facility|line|credit|financing|note)\s+(?:[\w-]+\s+){0,2}?(?:with|from)\s+$", re.I)
_TRAILING_ASIDE = re.compile(r",\s+(?:a\s+figure|in\s+a\s+(?:year|month|quarter|period)|a\s+(?:year|month|quarter|period)\s+"
                             r"(?:that|in\s+which|when)|alongside|ahead\s+of|in\s+addition\s+to|as\s+well\s+as|besides|"
                             r"on\s+top\s+of)\b[^.;]*$", re.I)


def nearest_period(sent: Sent, pos: int, end: int, next_q: int, prev_q: int,
                   present_wins: bool = True) -> P.Period | None:
    """The period phrase that governs a figure: first one after it in its clause, else the nearest before.

    A period that heads the next figure's noun phrase is not this one's: in "Q4 2025 production of 2,166 BTC and
    full-year 2025 production of 8,730 BTC", "full-year 2025" belongs to 8,730.
    """
    if present_wins and (PRESENT_NEAR.search(sent.text[max(0, pos - 50, prev_q):pos])
                         or PRESENT_AFTER.search(sent.text[end:end + 20])) \
            and not any(p.kind == "ytd" and (end <= p.char_start <= end + 20 or 0 <= pos - p.char_end <= 60)
                        for p in sent.periods) \
            and not any((p.start is None or p.kind == "month") and _AS_OF_RIGHT.fullmatch(sent.text, end, p.char_start)
                        for p in sent.periods):
        # but "has now mined 1,479 BTC so far this year" is the year to date, and "its holdings were now above
        # 15,000 BTC as of Dec. 31" are the stated day's
        return None
    if present_wins and (owes := _OWES_NEAR.search(sent.text, max(0, pos - 50, prev_q), pos)) is not None \
            and not any((p.char_start >= end and _AS_OF_BEFORE.search(sent.text, max(0, p.char_start - 20), p.char_start))
                        or sent.text.rfind(",", 0, owes.start()) < p.char_start < owes.start() for p in sent.periods):
        return None  # (but "as of Tuesday the company owes Galaxy $38 million", "owes ... as of August 31")
    owner = next((p for p in sent.periods if p.char_end <= pos and _OWNS_FIGURE.fullmatch(sent.text, p.char_end, pos)),
                 None) if "s " in sent.text or " of " in sent.text else None
    if owner is not None and not _COVERING_AFTER.match(sent.text, end):
        return owner  # "slightly below October's 19.9 EH/s": October's figure (but "fourth-quarter output of 825 BTC,
        # covering April through June" names its months after it)
    subject = next((p for p in sent.periods if p.char_end <= pos
                    and _PERIOD_THEN_COPULA.fullmatch(sent.text, p.char_end, pos)
                    and _IN_OR_AT_BEFORE.search(sent.text, max(0, p.char_start - 8), p.char_start)), None) \
        if " was " in sent.text or " were " in sent.text else None
    if subject is not None:
        return subject  # "Our HODL at December 31 was 10,097 bitcoin and, uh, as of January 31 we'd grown that to"
    when = next((p for p in reversed(sent.periods) if p.char_end <= pos and _WHEN_CLAUSE.fullmatch(sent.text, p.char_end, pos)),
                None) if " when " in sent.text else None
    if when is not None and when.text[:6].lower() == "since " and when.start is not None:
        # "the most since March, ..., when it recorded output of 806 BTC": that month's, not the span since
        return dataclasses.replace(when, end=P.month_end(when.start.year, when.start.month), kind="month")
    if when is not None:
        return when  # "5% higher than in the same quarter a year earlier, when HIVE mined 787 Bitcoin": that quarter's
    # (and a clause that glosses a period: "For the three months ended December 31, 2021, which is the third quarter
    # of HIVE's fiscal year ending March 31, 2022, the Company mined 661 BTC")
    asides = [(a.start(), a.end()) for a in _WHICH_ASIDE.finditer(sent.text, 0, pos)
              if any(m.company and 0 <= a.start() - m.end <= 8 for m in sent.mentions)
              or _THE_COMPANY_BEFORE.search(sent.text, max(0, a.start() - 20), a.start())
              or any(0 <= a.start() - q.char_end <= 1 for q in sent.periods)] \
        if ", " in sent.text else []
    # "mined from January to May 2023": "from" opens the span itself, not a comparison
    own = [p for p in sent.periods if not (_COMPARISON_BASE.search(sent.text[max(0, p.char_start - 40):p.char_start])
                                           and not (p.kind in ("months", "span") and _SPAN_TO.search(p.text)))
           and not _PERCENT_SAME_BASE.search(sent.text, max(0, p.char_start - 50), p.char_start)
           and not (_PERCENT_BASE.search(sent.text, max(0, p.char_start - 20), p.char_start)
                    and not _ABOUT_THAT_MONTH.match(sent.text, p.char_end))
           and not _SPAN_START.search(sent.text, max(0, p.char_start - 40), p.char_start)
           and not (p.text[:5].lower() == "since" and RECORD_BEFORE.search(sent.text, max(0, p.char_start - 60),
                                                                           p.char_start))
           and not _SINCE_IT_BEGAN_BEFORE.search(sent.text, max(0, p.char_start - 50), p.char_start)
           and not (p.char_start > end and _SINCE_AN_EVENT_AFTER.match(sent.text, end, p.char_start))
           and not _glosses_the_period_before(sent, p)
           and not _FISCAL_CALENDAR.search(sent.text, max(0, p.char_start - 60), p.char_start)
           and not (p.kind == "month" and _YEAR_END_AFTER.match(sent.text, p.char_end)
                    and _UNDER_ITS_BEFORE.search(sent.text, max(0, p.char_start - 30), p.char_start))
           and not _SUPERLATIVE_OF.search(sent.text, max(0, p.char_start - 40), p.char_start)
           and not any(a <= p.char_start < b for a, b in asides)
           and not _dates_another_noun(sent.text, end, p)
           and not _MARKET_EVENT_BEFORE.search(sent.text, max(0, p.char_start - 50), p.char_start)
           and not _PUBLISHED_IN_BEFORE.search(sent.text, max(0, p.char_start - 45), p.char_start)
           # "It mined 705 BTC ..., according to its May 2 update": the day the report of a month's output came out
           # (but "its Nov. 5 update, which put the reserve at 4,004 BTC" dates a balance)
           and not (p.kind == "date" and p.char_start > end and _REPORT_NAMED_BY_DAY.match(sent.text, p.char_end)
                    and _ITS_BEFORE.search(sent.text, max(0, p.char_start - 25), p.char_start)
                    and _FLOW_VERB_BEFORE.search(sent.text, max(0, pos - 30), pos))
           # (nor a relative clause's after the figure: "has climbed to 18.6 EHuM, which we expect to produce operating
           # cash flow through 2026")
           and not (p.char_start > end and _WHICH_AFTER_FIGURE.match(sent.text, end, p.char_start))
           # (nor a bracketed comparison's: "750 BTC mined (vs 890 in Dec), 0 sold, HODL 45,659 BTC")
           and not _in_brackets_with_a_figure(sent, p, pos)
           # (nor a bare comparison figure's: "held 141 Bitcoin, down from 2,700 a year earlier, after selling 4,626")
           and not _dates_a_bare_comparison(sent.text, p, pos)
           and not _PERCENT_ABOVE_THE.search(sent.text, max(0, p.char_start - 60), p.char_start)
           and not _dates_another_count(sent, p)
           and not (_JUST_THE.search(sent.text, max(0, p.char_start - 5), p.char_start)
                    and _EVENT_AFTER.match(sent.text, p.char_end))  # "after the April halving"
           and not _PRICE_OF_DAY.match(sent.text, p.char_end)
           and not _NAMES_AN_INSTRUMENT.match(sent.text, p.char_end)
           # a maturity: "its 1% convertible senior notes due 2026", "a term loan maturing in March 2027"
           and not _DUE_BEFORE.search(sent.text, max(0, p.char_start - 20), p.char_start)
           and not (_SPAN_END.search(sent.text, max(0, p.char_start - 40), p.char_start) and any(
               q.start is not None and q.end == p.end and q.char_end <= p.char_start for q in sent.periods))]
    finished = next((p for p in own if p.char_end <= pos and _AT_FIGURE.fullmatch(sent.text, p.char_end, pos)
                     and _FINISH_BEFORE.search(sent.text, max(0, p.char_start - 25), p.char_start)), None)
    if finished is not None:
        return finished  # "expects to finish December at 3.5 EH/s, roughly what it had once hoped ... by June"
    closed = _CLOSED_THE_UNIT.search(sent.text, max(0, pos - 50), pos) if "the " in sent.text else None
    if closed is not None and (first := next((p for p in own if p.char_end <= closed.start()
                                              and p.kind == closed.group("unit").lower()), None)) is not None:
        # "offloaded 250 bitcoin in May ..., after selling 250 in April ... and 200 in March ..., and closed the month
        # with roughly 6,536 BTC": the month the sentence opens on, not the last one named
        return first
    the_own = _OWN_THE_PERIOD.match(sent.text, end)
    if the_own is not None:
        # "sold 1,975 BTC in July ..., more than the 1,160 bitcoin it produced in the month": the month named before;
        # "sold 505 bitcoin during the quarter ... and ended March with 113 BTC": none named, the caller reads "the quarter"
        unit = the_own.group("unit").lower()
        return next((p for p in reversed(own) if p.char_end <= pos and p.kind == unit), None)
    after = [p for p in own if end <= p.char_start < next_q
             and not _MONTHS_OWN.match(sent.text, p.char_end)  # "sold 383 BTC ..., so December's proceeds were ..."
             # "As of the end of February the combined company held 9,122 bitcoin, the company said this month": when
             # it was said, after a date of the figure's own
             and not (_SAID_RIGHT_BEFORE.search(sent.text, max(0, p.char_start - 25), p.char_start)
                      and any(q.char_end <= pos for q in own))
             # "For the fiscal year ended March 31, 2023, HIVE mined 3,568 Bitcoin, in a year that also saw the end of
             # Ethereum mining following the Merge in September": an aside's month, after a period of the figure's own
             and not (_TRAILING_ASIDE.search(sent.text, end, p.char_start) and any(q.char_end <= pos for q in own))
             # (nor the month that opens the next clause of a chart's walk: "April crept up to 17.4 EH/s, May came in
             # at 19.9 EH/s and June topped the series at 20.4 EH/s")
             and not (p.kind == "month" and _NEXT_CLAUSE_OPENS.fullmatch(sent.text, end, p.char_start)
                      and any(q.kind == "month" and prev_q <= q.char_start and q.char_end <= pos for q in own))
             # (nor a teaser's stamp: "Marathon's February output climbs to 683 bitcoin · Mar 2, 2023")
             and not (_STAMP_MARK_BEFORE.search(sent.text, max(end, p.char_start - 4), p.char_start)
                      and any(q.char_end <= pos and not _CLAUSE_JOIN.search(sent.text, q.char_end, pos) for q in own))
             # "rose to 30.3 EH/s, more than three and a half times what it was a year earlier": the level then's
             and not _WHAT_IT_WAS.search(sent.text, max(0, p.char_start - 30), p.char_start)
             # "sold all 555, ending September with no bitcoin": the balance's clause, after a period of the figure's own
             and not (_ENDING_BEFORE.search(sent.text, max(0, p.char_start - 12), p.char_start)
                      and sent.text.startswith(" with", p.char_end) and any(q.char_end <= pos for q in own))
             # "May self-mining output of 1,302 bitcoin was the highest since the Company filed its Chapter 11
             # petitions in December 2022": the event's month, after a period of the figure's own
             and not (_SINCE_EVENT_BEFORE.search(sent.text, max(end, p.char_start - 90), p.char_start)
                      and any(q.char_end <= pos for q in own))
             # "has self-mined 11,466 bitcoin, almost three times its output for the whole of 2022": the base's
             and not _TIMES_ITS_BEFORE.search(sent.text, max(end, p.char_start - 70), p.char_start)
             # "As of June 12, 2022, ... holdings stood at 6,349 BTC, built entirely from its own mining since the end
             # of 2020": how the balance grew, after the day it is dated to
             and not ((p.text[:6].lower() == "since " or _SINCE_THE_BEFORE.search(sent.text, max(0, p.char_start - 12),
                                                                                  p.char_start))
                      and any(q.kind == "date" and q.char_end <= pos for q in own))
             and not (next_q < len(sent.text) and _NEXT_FIGURE_NOUN.search(sent.text[p.char_end:next_q]))
             and not _CLAUSE_BREAK.search(sent.text[end:p.char_start])
             and not _APPOSED_CLAUSE.search(sent.text, end, p.char_start)
             and not (next_q < len(sent.text) and _AND_FOR.search(sent.text, end, p.char_start))
             and not (next_q < len(sent.text) and next_q - p.char_end < 10
                      and _OPEN_PAREN.search(sent.text, end, p.char_start))]  # "155 BTC (April 2021: 156 BTC)"
    if after and closed is not None and _LATER_CLAUSE.search(sent.text, end, after[0].char_start):
        # "We ended the quarter with 4,530 bitcoin on the balance sheet, and as of the end of August we held 5,193":
        # the quarter (which the caller reads), not the later clause's month
        after = []
    leading = next((p for p in own if p.char_end <= pos and _LEADING.fullmatch(sent.text, 0, p.char_start)), None)
    if after and leading is not None and _LATER_CLAUSE.search(sent.text, end, after[0].char_end):
        # "In the third quarter MARA produced 2,144 BTC, and its hashrate reached 60.4 EH/s at the end of September":
        # the opening period, or the nearer one that restates it ("For the fourth quarter, the three months from
        # April to June, production totalled 1,838 BTC, and for the full twelve months to June 30 ...")
        return [p for p in own if p.char_end <= pos][-1]
    if after and (pe := _PERIOD_END_AFTER.match(sent.text, end)) and "," in sent.text[pe.end():after[0].char_start] \
            and not _APPOSED.fullmatch(sent.text, pe.end(), after[0].char_start):
        # "was 50.0 EH/s at quarter-end, the level it reached in June": the reported period's end, not June
        after = []
    if after:
        return after[0]
    if next_q < len(sent.text) and _AND_NEXT_NOUN.fullmatch(sent.text, end, next_q) and (tail := next(
            (p for p in own if p.start is None and _NEXT_FIGURE_AT.fullmatch(sent.text, next_q, p.char_start)), None)):
        return tail  # "operational hash rate of 17.7 EH/s and installed hash rate of 21.8 EH/s at June 30": both
    # a period right after the previous figure ("550.03 BTC in January, ...") belongs to that figure, and so does one
    # that closes its clause before another company's: "Bitfarms signed a $100 million ... facility with Galaxy
    # Digital last month, and Marathon Digital has a $100 million revolving line"
    if prev_q and ("," in sent.text or ";" in sent.text):
        own = [p for p in own if not (prev_q <= p.char_start and p.char_end <= pos and any(
            m.company and p.char_end <= m.start < pos and _CLAUSE_THEN_COMPANY.fullmatch(sent.text, p.char_end, m.start)
            for m in sent.mentions))]
    before = [p for p in own if prev_q <= p.char_end <= pos and not (
        prev_q and p.char_start - prev_q < 20 and not _OPEN_PAREN.search(sent.text, prev_q, p.char_start))]
    if len(before) > 1:
        # "mined 673 BTC in August, fewer than the 692 BTC it produced in July, and its hashrate reached 36.9 EH/s at
        # month end": July dates the comparison figure (of any unit), not the later clause
        based = _comparison_dated(sent, pos)
        before = [p for p in before if p.char_start not in based] or before
    if before:
        return before[-1]
    # else the nearest before, skipping one that dates a comparison figure ("down from 706 BTC in March, and sold
    # 401 BTC": March is 706's)
    before_any = [p for p in own if p.char_end <= pos
                  and not (prev_q and 0 <= p.char_start - prev_q < 20 and (
                      _COMPARED.search(sent.text[:prev_q]) or _FROM_FIGURE.search(sent.text[:prev_q])))]
    return before_any[-1] if before_any else None


# two figures of one kind joined by "and", the second dated by a day right after it
_AND_NEXT_NOUN = re.compile(r"\s*,?\s+and\s+(?:(?:its|the|an?)\s+)?(?:[a-z-]+\s+){0,2}?"
                            r"(?:hash\s?rate|capacity|fleet|holdings|balance|reserve|treasury)\s+(?:of\s+|at\s+)?"
                            r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?")
_NEXT_FIGURE_AT = re.compile(r"[\d.,]+\s*[A-Za-z]+(?:/[a-z]+)?\d?\s+(?:at|as of|on)\s+(?:the\s+(?:end\s+of\s+)?)?")


# a noun after the figure with a clause of its own: "was running 32 EH/s of deployed hashrate, the fleet it bought from
# Bitmain late last year" (late last year dates the purchase)
# (but "about $74.4 million, a balance it reported as of the end of September" tells of the figure itself)
# (or one a participle opens: "sold 465 BTC ..., continuing the policy it adopted in April of selling")
_APPOSED_CLAUSE = re.compile(r",\s+(?:[a-z]+ing\s+)?(?:the|a|an)\s+"
                             r"(?!(?:balance|figure|total|level|number|amount|sum|tally)\b)[\w-]+"
                             # ("completing the switch away from bitcoin that it flagged in June")
                             r"(?:\s+[\w-]+){0,3}?\s+(?:(?:that|which)\s+(?=it\b|the company\b))?"
                             r"(?:it|that|which|the company)\s+"
                             r"(?:[a-z]+ed|bought|built|took|got|made|won|began|ran)\b")
# "mined 391 bitcoin, its biggest month of the year so far": the span a record is set in, not the figure's
_SUPERLATIVE_OF = re.compile(r"\b(?:best|biggest|largest|highest|strongest|lowest|weakest|worst|busiest)\s+(?:single\s+)?"
                             r"(?:month|quarter|week|day)\s+(?:of|in|for|since)\s+(?:the\s+)?$", re.I)
# a period in the subject, then the figure after a copula: "Production in May was 500 BTC"
_PERIOD_THEN_COPULA = re.compile(r"\s+(?:was|were)\s+"
                                 r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+|just\s+)?")
_IN_OR_AT_BEFORE = re.compile(r"\b(?:in|at|as of|on|for|during)\s+(?:the\s+)?$", re.I)
# "(the first quarter of fiscal 2023 under Iris's June year-end)": the calendar named, no figure's date
_YEAR_END_AFTER = re.compile(r"\s+(?:fiscal\s+|financial\s+)?year[- ]?end\b", re.I)
_UNDER_ITS_BEFORE = re.compile(r"\b(?:under|with|has|have|uses?)\s+(?:a|an|its|their|(?-i:[A-Z])[\w.-]*['’]s?)\s+$",
                               re.I)
# "(CleanSpark's fiscal year ends on Sept. 30)": the calendar explained, no figure's date
_FISCAL_CALENDAR = re.compile(r"(?:\(|,\s+whose\s)[^()]{0,30}\b(?:fiscal|financial) years? (?:ends|closes|starts|begins|"
                              r"(?:that |which )?(?:ends|starts|begins)) (?:on |in |at |at the (?:end|close) of )?$",
                              re.I)  # (only an aside, present tense: not "for the fiscal year ended June 30")


# "up from 526 BTC in November, when its hashrate averaged 40.1 EH/s": the clause after is about that month
_ABOUT_THAT_MONTH = re.compile(r"\s*,?\s*(?:when|a (?:month|quarter) (?:in )?(?:which|when)|during which|in which)\b", re.I)


# "finish December at", "exit 2024 with": the period the figure closes
_FINISH_BEFORE = re.compile(r"\b(?:finish|end|exit|close|wrap\s+up)(?:e?d|es|s|ing)?\s+(?:the\s+)?$", re.I)
_AT_FIGURE = re.compile(r"\s+(?:at|with)\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+|around\s+|some\s+)?")
_CLOSED_THE_UNIT = re.compile(r"\b(?:closed|ended|finished|exited|wrapped up)\s+the\s+(?P<unit>month|quarter)\s+"
                              r"(?:with|holding|at)\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+|some\s+|"
                              r"around\s+)?$", re.I)


def _comparison_dated(sent: Sent, pos: int) -> set[int]:
    """Starts of the periods, before `pos`, that date a comparison figure ('up from 526 BTC in November')."""
    out = set()
    # (a dollar figure too: "ended March with $12.4 million in cash, up from $7.4 million at the end of 2023, and 11
    # bitcoin")
    dollars = find_usd(sent.text[:pos]) if "$" in sent.text[:pos] else []
    for q in sorted((*sent.btc, *sent.hashrates, *dollars), key=lambda q: q.start):
        if q.end >= pos:
            break
        if not _COMPARED.search(sent.text, 0, q.end):
            continue
        p = next((p for p in sent.periods if 0 <= p.char_start - q.end < 40 and p.char_end <= pos), None)
        if p is not None and not _CLAUSE_BREAK.search(sent.text[q.end:p.char_start]) \
                and not _ABOUT_THAT_MONTH.match(sent.text, p.char_end):
            out.add(p.char_start)
    return out


# The base of a comparison is never a figure's own period: "a decrease of 13% compared to March 2025", "up 84% from
# fiscal 2022", "20% more than in August", "a 133% jump from a year earlier", "an 8% increase over October 2022"
_SPAN_TO = re.compile(r"\s(?:to|through|thru|until)\s|[-–]")
# ("21% more than it produced in February", "22% above where it was on December 31, 2021")
# when a report came out, not what it reports: "at the end of June ..., according to a production update it published
# in July"
_WHICH_AFTER_FIGURE = re.compile(r"\W{0,3}[^,;.]{0,12},\s+(?:which|(?:a|the)\s+(?:number|figure|total|count))\s+"
                                 r"(?:we|it|they|the company|management)\s+"
                                 # (but a goal's date: "50 EH/s, which it expects to reach by the end of June 2025")
                                 r"(?:expects?(?!\s+to\s+(?:reach|hit|achieve)\b)|believes?|thinks?|says?|will|"
                                 r"plans?\s+to|intends?\s+to)\b")
_REPORT_NAMED_BY_DAY = re.compile(r"\s+(?:production\s+|operations?\s+|operational\s+|monthly\s+|mining\s+)?"
                                  r"(?:update|report|release|filing|letter|statement|announcement)\b", re.I)
_FLOW_VERB_BEFORE = re.compile(r"\b(?:mined|produced|sold|generated|earned|self-mined)\b", re.I)
_SINCE_THE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_ITS_BEFORE = re.compile(r"\b(?:its|their|the(?:\s+company['’]s)?|a)\s+$", re.I)
# ("according to the production update Marathon published at the start of this month")
_PUBLISHED_IN_BEFORE = re.compile(r"\b(?:it|they|the company|which|that|(?-i:[A-Z])[\w.&-]+)\s+(?:had\s+)?(?:published|"
                                  r"released|issued|put\s+out)\s+(?:(?:on|in|during|at)\s+)?"
                                  r"(?:the\s+(?:start|beginning|end)\s+of\s+)?$|"
                                  # "According to the company's monthly update, published Jan. 4, 2023, Marathon repaid"
                                  r"\b(?:update|report)s?,\s+(?:published|released|issued|dated)\s+(?:on\s+)?$", re.I)
_SAID_RIGHT_BEFORE = re.compile(r",\s+(?:the\s+company|it|they|(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*)?)\s+"
                                r"(?:said|says|reported|announced|disclosed|confirmed)\s+(?:on\s+|in\s+|earlier\s+)?$", re.I)
_COMPARISON_BASE = re.compile(r"\bthan\s+(?:it|they|we|the company|(?:the\s+)?(?:whole\s+|entire\s+)?(?:listed\s+)?(?:sector|"
                              r"industry|group|peers?|rivals?|network))\s+(?:had\s+)?(?:produced|mined|earned|sold|held|"
                              r"had|did|forecast|forecasted|expected|projected|predicted|guided|budgeted|planned)\s+"
                              r"(?:in|during|for|at|over)?\s*(?:the\s+)?(?:(?:whole|entire|full|all)\s+(?:of\s+)?(?:the\s+)?)?$|"
                              r"\b(?:above|below|over|under)\s+where\s+(?:it|they)\s+(?:was|were|stood)\s+"
                              r"(?:on|at|in)?\s*$|"
                              # (not an origin: "The facility dates from February 2022, when BlockFi agreed to lend")
                              r"\b(?:(?<!\bdates )(?<!\bdating )(?<!\bdated )from|than|compared (?:to|with)|"
                              r"versus|vs\.?|relative to|(?:increase|decrease|rise|"
                              # ("essentially flat on January", "unchanged from December")
                              r"gain|jump|drop|decline|growth|improvement|flat|unchanged|steady)\s+(?:over|on))\s+(?:(?:in|the|a|at|on|by)\s+){0,2}"
                              r"(?:(?:end|close|start|beginning)\s+of\s+(?:the\s+)?)?$|"
                              # "roughly three times what it held a year earlier"
                              r"\b(?:times|twice|double|triple|half)\s+(?:what\s+|the\s+\w+\s+)(?:it|they|we|the company)\s+"
                              r"(?:had\s+)?(?:held|had|mined|produced|sold|owned)\s+$|"
                              # "up 359% on the same month last year and slightly below July"
                              r"\b(?:slightly|well|just|a\s+little|somewhat|marginally)\s+(?:below|above|under|behind)\s+(?:the\s+)?(?:level\s+of\s+)?$|"
                              # "came in slightly below its tally for the previous month"
                              r"\b(?:below|above|under|behind|short of)\s+(?:its|the|their)\s+(?:own\s+)?(?:tally|total|figure|"
                              r"output|level|production|result)\s+(?:for|of|in)\s+$|"
                              # "nearly four times what Riot mined in the same period a year earlier"
                              r"\b(?:times|twice|double|triple|half)\s+(?:what|as much as)\s+[^.;,]{0,25}?\b(?:in|during|"
                              r"over)\s+$|"
                              # "almost double the previous year's total"
                              r"\b(?:double|triple|twice|times)\s+(?:(?:the|its)\s+)?$|"

                              # "roughly three times its output in the prior fiscal year"
                              r"\b(?:times|twice|double|triple|half)\s+(?:its|their|the)\s+(?:output|production|total|"
                              r"tally|level)\s+(?:in|during|over|for|of)\s+$|"
                              # "10.0 EH/s, double the level a year earlier", "up from the level of a year ago"
                              r"\b(?:times|twice|double|triple|half|above|below|up on|down on|from)\s+(?:the|its|their)\s+"
                              r"(?:level|figure|total|mark)\s+(?:of\s+)?$|"
                              # "about 15% above where hash rate stood when August closed"
                              r"\b(?:above|below|from)\s+where\s+[^.;]{0,40}?\b(?:when|in|at)\s+(?:the\s+)?$|"
                              # "19,324 bitcoin, 3,300 of them restricted, roughly level with a month earlier"
                              r"\b(?:level|flat|even|in line)\s+with\s+$|"
                              # "Riot mined 322 BTC and Bitfarms produced 233 BTC, all below their July totals"
                              r"\b(?:below|above|short of)\s+(?:its|their)\s+$|"
                              # "approximately 0.3 EH/s, well below its level in the third quarter"
                              r"\b(?:below|above|under|short of)\s+(?:its|their|the)\s+(?:level|figure|peak|mark)\s+"
                              r"(?:in|at|of|for)\s+(?:the\s+)?(?:(?:end|close|start)\s+of\s+(?:the\s+)?)?$", re.I)
# "up 236% on the same period last year", but "217% over August 2020, when the Company produced 128 BTC" dates 128
# "output totals 697 bitcoin, 79% above the same stretch of last year": the base of a percentage
_PERCENT_SAME_BASE = re.compile(r"%\s+(?:above|below|over|on|against|higher than|lower than|more than|less than|up on|"
                                r"down on|ahead of)\s+(?:the\s+)?same\s+(?:stretch|period|time|months?|quarter|span)\s+"
                                r"(?:of|in|a)\s+$", re.I)
_PERCENT_BASE = re.compile(r"%\s+(?:on|over|against|since|above|below|up on|down on|higher than|lower than|more than|"
                           r"less than|ahead of|behind)\s+(?:(?:in|the|a|its|their)\s+)?$")  # "1.3 EH/s, up 30% since
# January", "3,812 BTC, an increase of roughly 269% on its 2020 output"
# "produced 527 bitcoin, the most it has mined in any month since December 2023": a record's base, not a span
RECORD_BEFORE = re.compile(r"\b(?:most|highest|best|lowest|fewest|least|largest|biggest|strongest|weakest|first time)\b"
                            r"[^.;]{0,45}$", re.I)
# "Over the first half of fiscal 2026, which for HIVE began on April 1, ...": the start of a span named before
_SPAN_START = re.compile(r"\bwhich\s+(?:\w+\s+){0,3}(?:began|begins|started|starts|commenced)\s+(?:on\s+)?$", re.I)
# "For the first quarter of fiscal 2024, which ended on December 31, ...": the end of the span just named
_SPAN_END = re.compile(r"\bwhich\s+(?:\w+\s+){0,3}(?:ended|ends|closed)\s+(?:on\s+)?$", re.I)
# a period that opens the sentence ("In the third quarter", "For fiscal 2024,") governs it, across a later clause
# "sold 505 bitcoin during the quarter ... and ended March with 113 BTC": the figure's own period words come first
_OWN_THE_PERIOD = re.compile(r"[^\d,;.:()]{0,25}?\b(?:in|during|for|over|throughout) the (?P<unit>month|quarter)\b"
                             r"(?!\s+(?:ended|ending|that ended|to|through|before|earlier|prior)\b)", re.I)  # "in the quarter ended March 31, 2022"
_MONTHS_OWN = re.compile(r"['’]s\b")
_TIMES_ITS_BEFORE = re.compile(r"\b(?:times|twice|double|triple|half)\s+(?:its|the|their|our)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:for|in|of|during)\s+(?:the\s+(?:whole|entire|full)\s+(?:of\s+)?)?$", re.I)
_LEADING = re.compile(r"\W*(?:(?:In|For|During|Over|Throughout)\s+)?(?:the\s+)?", re.I)
# a clause after the figure that is not its own: ", and its hashrate reached ...", " and ended the year with"
_LATER_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|"
                           # ("For the full year 2022, TeraWulf self-mined 1,080 bitcoin, nearly all of it in the second
                           # half", "For full year 2025, Cango mined 6,594.6 BTC, its first full calendar year of mining
                           # since ... November 2024")
                           r",\s+(?:nearly|almost|most|much|some|all|about|roughly|half)\s+(?:all\s+)?(?:of\s+)?"
                           r"(?:it|them|which)\b|,\s+(?:its|their)\s+(?:first|second|third|best|highest|lowest|largest|"
                           r"strongest|weakest|biggest)\b|"
                           r",\s+(?:with|helped|driven|boosted|hurt|aided|despite|"
                           r"thanks)\s+(?:[^,;]|(?<=\d),(?=\d))*$|\s+and\s+(?:then\s+)?(?:ended|finished|exited|closed|held|holds|"
                           r"sold|mined|produced|its|it)\b")
_OPEN_PAREN = re.compile(r"\(\s*$")
_CLAUSE_THEN_COMPANY = re.compile(r"\s*[,;]\s*(?:and|but|while|whereas)?\s*")
# "at quarter-end, September 30, 2025", "at the end of the period, which was December 31": the same date, restated
_APPOSED = re.compile(r"\W*(?:(?:or|which|was|is|as|of|on|i\.e\.|namely)\W+)*", re.I)
_PERIOD_END_AFTER = re.compile(rf"\s*(?:\w+\s+){{0,3}}?{_AT_PERIOD_END}|"
                               r"\s*(?:\w+\s+){0,3}?at\s+the\s+end\s+of\s+the\s+(?:quarter|month|period)\b", re.I)
_COMPARED = re.compile(r"\b(?:down|up) from\s+(?:\S+\s+){0,2}\S*$|\bcompared (?:with|to)\s+(?:\S+\s+){0,2}\S*$|"
                       r"\b(?:versus|vs\.?|against)\s+\S*$|"  # "mined 301 bitcoin in August against 154 in July"
                       r"\b(?:fewer|more|less|lower|higher) than\s+(?:the|its|their)\s+(?:\S+\s+){0,1}\S*$", re.I)


# the start of a change told "from X ... to Y": "took its hash rate from 1.9 EH/s at the start of 2022 to 6.0 EH/s"
# (the period after X is X's)
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:about |approximately |roughly |some |nearly )?\$?\d[\d.,]*\s*\S*$", re.I)


def period_is_weak(period: P.Period | None, prev_q: int) -> bool:
    """The governing period was borrowed from across another figure ('sold 550 BTC in January, the latest ...')."""
    return period is not None and prev_q > 0 and period.char_start - prev_q < 20


def flag_year(ctx: DocContext, period: P.Period | None, flags: set[str]) -> None:
    """A month or quarter without a year gets a flag when the document never names that year."""
    if period is None:
        return
    if ctx.published is None and not period.has_year:
        flags.add("no_published_date")
    elif not period.has_year and period.end.year not in ctx.years:
        flags.add("no_year")


_BARE_NUMBER = re.compile(rf"(?P<num>{NUMBER})")


def bare_numbers_after_companies(sent: Sent, unit_re: str, verbs: str | None = None) -> list[tuple[Mention, Quantity]]:
    """Elliptical figures: 'MARA led with 750 BTC, ahead of CleanSpark with 622 and Riot with 450'.

    With `verbs` (a roundup's next sentence, which has no unit at all) only those verbs lead to the figure, and the
    figure must end its clause: 'Riot Platforms mined 477, while ...', not 'Riot had 700 employees'."""
    out = []
    connector = (rf"(?:{verbs})" if verbs else
                 r"(?:\(|,\s*(?:at|with)\b|,|:|with|at|on|had|posted|reported|produced|(?:self-)?mined|at roughly|at about)?")
    for m in sent.mentions:
        if not m.company:
            continue
        rest = sent.text[m.end:m.end + 40]
        mm = re.match(rf"(?:'s)?\s*{connector}"
                      rf"\s*(?:about|approximately|roughly|nearly|around|over|some)?\s*(?P<num>{NUMBER})"
                      rf"(?!\d|[.,]\d|\s*%|\s*(?:percent|per\b|/|x\b|MW|megawatts?|GW|million|billion|thousand|[A-Z]H\b|"
                      rf"[A-Z]H/s|J/TH|miners|machines|rigs|units|sites|employees|percent|bps|shares|BTC|[Bb]itcoins?|"
                      rf"coins)\b)"
                      r"(?!\s+of\b)", rest)  # "would make Cipher one of the five largest"
        if not mm:
            continue
        if (verbs or re.match(r"(?:'s)?\s*,\s*(?:at|with)\b", rest)) and not _CLAUSE_END.match(rest, mm.end()):
            continue  # "Riot, at 19 years old, ...", "Riot, with 3,000 more machines, ...": not a figure of the list
        if re.match(rf"\s*{unit_re}", rest[mm.end():]):
            continue  # it has its own unit; the ordinary rules see it
        value = parse_number(mm.group("num"))
        if value is None or (1990 <= value <= 2035 and float(value).is_integer()):
            continue
        if not re.search(r"\d", mm.group("num")) and re.match(r"\s+[a-z]", rest[mm.end():]):
            continue  # "CleanSpark's two existing Dalton facilities": a count of things, not a figure
        s = m.end + mm.start("num")
        out.append((m, Quantity(value, "", s, m.end + mm.end("num"), qualifier_before(sent.text, s))))
    return out


_CLAUSE_END = re.compile(r"\s*(?:[,;.)]|$|(?:and|while|but|whereas|ahead of|behind|followed by|versus|vs\.?)\b)")


_RUN_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")


def _run_before_respectively(sent: Sent, qtys: list[Quantity]) -> list[tuple[float, int, int]]:
    """The figures joined by commas and 'and' that end right before ', respectively'."""
    resp = sent.text.find("respectively")
    before = [q for q in qtys if q.end <= resp]
    if not before or not re.fullmatch(r"\W{0,3}", sent.text[before[-1].end:resp]):
        return []
    run = [before[-1]]
    for q in reversed(before[:-1]):
        if not _RUN_JOIN.fullmatch(sent.text, q.end, run[0].start):
            break
        run.insert(0, q)
    return [(q.value, q.start, q.end) for q in run] if len(run) >= 2 else []


_JOINED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")
_PAIRED_VERB = re.compile(r"\s+(?:mined|produced|sold|held|hold|reported|posted|had|have)\s+"
                          r"(?:about\s+|roughly\s+|approximately\s+)?")


def _paired_without_respectively(sent: Sent, qtys: list[Quantity]) -> list[tuple[Company, Quantity, P.Period | None]]:
    """'MARA and CleanSpark mined 717 BTC and 655 BTC in October': two companies joined by "and" as the subject, one
    verb, and two figures joined by "and" right after it pair in order, "respectively" unsaid."""
    named = [m for m in sent.mentions if m.company]
    if len(qtys) < 2 or len(named) != 2 or named[0].company == named[1].company or named[1].start > qtys[0].start:
        return []
    a, b = named
    q1, q2 = qtys[0], qtys[1]
    if not _JOINED.fullmatch(sent.text, a.end, b.start) or not _PAIRED_VERB.fullmatch(sent.text, b.end, q1.start) \
            or not _JOINED.fullmatch(sent.text, q1.end, q2.start) or q1.unit != q2.unit \
            or any(m.start < a.start for m in sent.mentions if m.company):
        return []
    return [(a.company, q1, None), (b.company, q2, None)]


_TWO_MONTHS = re.compile(rf"({P.MONTH})\s+and\s+(?:the\s+end\s+of\s+)?({P.MONTH})")


def _months_apart(p: P.Period) -> list[P.Period]:
    """'mined 500 and 600 BTC in May and June, respectively': the two months, not the span from one to the other."""
    m = _TWO_MONTHS.match(p.text) if p.kind == "months" and p.start is not None else None
    if not m:
        return [p]
    first = P.Period(p.start, P.month_end(p.start.year, p.start.month), "month", p.char_start, p.char_start + m.end(1),
                     p.has_year, m.group(1))
    second = P.Period(p.end.replace(day=1), p.end, "month", p.char_start + m.start(2), p.char_end, p.has_year,
                      p.text[m.start(2):])
    return [first, second]


_UNIT_OPT = r"(?:\s*(?:BTC|bitcoins?|[EPT]H/s))?"
# a second list after a 'respectively' list, its base: "..., compared with 714 and 452 BTC a year earlier"
_LATER_LIST = re.compile(rf"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down)\s+from)\s+"
                         rf"(?:(?:about|roughly|approximately|around)\s+)?"
                         rf"(?P<list>(?:{NUMBER}){_UNIT_OPT}(?:\s*,\s*(?:{NUMBER}){_UNIT_OPT})*\s*,?\s*and\s+"
                         rf"(?:{NUMBER}))", re.I)


def _compared_list(sent: Sent, qtys: list[Quantity], companies: list[Company], later: re.Match[str] | None,
                   unit: str) -> list[tuple[Company, Quantity, P.Period | None]]:
    """The figures of a comparison list right after a 'respectively' list, one per company in the same order, dated by
    the period that follows them: 'Greenidge and Stronghold produced 595 and 634 BTC, respectively, in the quarter,
    compared with 714 and 452 BTC a year earlier' -> (Greenidge, 714, a year earlier), (Stronghold, 452, ...)."""
    if later is None:
        return []
    values = [(v, later.start("list") + m.start(), later.start("list") + m.end())
              for m in re.finditer(NUMBER, later.group("list")) if (v := parse_number(m.group(0))) is not None]
    period = next((p for p in sent.periods if p.char_start >= later.end()), None)
    if len(values) != len(companies) or period is None \
            or any(m.company and later.start() < m.start < period.char_start for m in sent.mentions):
        return []
    return [(c, next((q for q in qtys if q.start == s), None) or Quantity(v, unit, s, e), period)
            for c, (v, s, e) in zip(companies, values, strict=True)]


# the bare figures of a list, before its last (which carries the unit): "mined 740, 727 and" before "675 bitcoin"
BARE_LIST_BEFORE = re.compile(rf"((?:{NUMBER})(?:\s*(?:,\s*and|,|and)\s*(?:{NUMBER}))*)\s*(?:,\s*and|,|and)\s*$")


def respectively_pairs(sent: Sent, qtys: list[Quantity]) -> list[tuple[Company, Quantity, P.Period | None]]:
    """'CleanSpark and Riot mined 627 and 505 BTC, respectively' -> [(CleanSpark, 627), (Riot, 505)]."""
    if not qtys:
        return []
    if "respectively" not in sent.text:
        return _paired_without_respectively(sent, qtys)
    last = qtys[0]
    head = sent.text[:last.start]
    lst = BARE_LIST_BEFORE.search(head)
    values: list[tuple[float, int, int]] = []
    if lst:
        for mm in re.finditer(NUMBER, lst.group(1)):
            v = parse_number(mm.group(0))
            if v is not None:
                values.append((v, lst.start(1) + mm.start(), lst.start(1) + mm.end()))
    values = values + [(last.value, last.start, last.end)] if values else []
    if not values:  # every figure carries its unit: "mined 650.5 BTC and 189 BTC, respectively"
        resp = sent.text.find("respectively", qtys[0].end)  # not an earlier list's ("... 806 BTC, respectively, and")
        values = [(q.value, q.start, q.end) for q in qtys if q.start < resp]
    if len(values) < 2:
        return []
    companies = []
    for m in sent.mentions:
        if m.company and m.start < values[0][1] and m.company not in companies:
            companies.append(m.company)
    if not companies:
        companies = list(sent.listed_before)
    if len(companies) != len(values) and (run := _run_before_respectively(sent, qtys)):
        # "Marathon runs about 24.7 EH/s, ahead of Core Scientific and Riot Platforms, at 16.9 EH/s and 12.4 EH/s,
        # respectively": the list right before the word, and the companies named since the figure before it
        floor = max((q.end for q in qtys if q.end <= run[0][1]), default=0)
        named = []
        for m in sent.mentions:
            if m.company and floor <= m.start < run[0][1] and m.company not in named:
                named.append(m.company)
        if len(named) == len(run):
            values, companies = run, named
    periods = sent.periods
    later = _LATER_LIST.search(sent.text, values[-1][2])
    # (not a comparison's: "produced 629 BTC and 445 BTC, respectively, the former a slight dip from August"; nor a
    # later list's: "..., respectively, in the quarter, compared with 714 and 452 BTC a year earlier")
    # (nor the next company's clause: "MARA and CleanSpark mined 703 and 671 BTC, respectively, while Riot produced 484
    # BTC, up from 450 BTC in June")
    other = min((m.start for m in sent.mentions if m.company and m.start > values[-1][2] and m.company not in companies),
                default=len(sent.text))
    own = [p for p in periods if not _COMPARISON_BASE.search(sent.text, max(0, p.char_start - 40), p.char_start)
           and not (later and p.char_start >= later.start()) and p.char_start < other]
    out = []
    if len(companies) == len(values):
        for c, (v, s, e) in zip(companies, values, strict=True):
            q = next((q for q in qtys if q.start == s), None)
            out.append((c, q or Quantity(v, last.unit, s, e), own[0] if len(own) == 1 else None))
        out += _compared_list(sent, qtys, companies, later, last.unit)
    elif len(companies) >= 2 and len(values) == 2 * len(companies):
        # "hashrate at Argo, Stronghold and Bit Digital slid from 2.29 EH/s, 3.59 EH/s and 2.76 EH/s in April to 1.81
        # EH/s, 3.31 EH/s and 2.55 EH/s in May, respectively": two rounds, each dated by the period that closes it
        n = len(companies)
        for k, group in enumerate((values[:n], values[n:])):
            limit = values[n][1] if k == 0 else len(sent.text)
            period = next((p for p in periods if group[-1][2] <= p.char_start < limit), None)
            for c, (v, s, e) in zip(companies, group, strict=True):
                q = next((q for q in qtys if q.start == s), None)
                out.append((c, q or Quantity(v, last.unit, s, e), period))
    elif len(companies) <= 1 and len(own) == 1 and len(values) == 2 and len(pair := _months_apart(own[0])) == 2:
        c = companies[0] if companies else sent.context_company
        if c:
            for p, (v, s, e) in zip(pair, values, strict=True):
                q = next((q for q in qtys if q.start == s), None)
                out.append((c, q or Quantity(v, last.unit, s, e), p))
    elif len(companies) <= 1 and len(own) == len(values):
        # (a comparison's period pairs with nothing: "17.7 EH/s and 21.8 EH/s at June 30, up 16% and 8% from May,
        # respectively" are both June's)
        c = companies[0] if companies else sent.context_company
        if c:
            for p, (v, s, e) in zip(own, values, strict=True):
                out.append((c, Quantity(v, last.unit, s, e), p))
    return out
