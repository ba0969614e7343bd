"""hashrate: a company's hashing power in EH/s (PH/s / 1,000; TH/s / 1,000,000), with its kind.

Covers   "securing 32 exahashes per second (EH/s) of hashrate"      (seed 000) -> installed
         "an initial hashrate of 32 EH/s before scaling up to 50 EH/s by 2025"   (seed 003) -> 32, target 50
         "operational hashrate of 33.7 EH/s", "energized 4.2 EH/s", "averaged 28.1 EH/s in July",
         "aiming for 30 EH/s by the end of 2022" -> target, 2022-12-31; "45-50 EH/s" -> 50, range flag
Rejects  "network hashrate exceeded 500 EH/s", "S21 rated at 200 TH/s", "17.5 J/TH", "added 1.4 EH/s",
         hosted clients' machines, a joint venture's or one site's figure
"""

from __future__ import annotations

import re

from extractors.amounts import CLAUSE_CHAR

TYPE = "hashrate"
VERSION = 168

# the company's own goal after a site that serves it: "with the Yguazu site in Paraguay coming online we are targeting"
_WE_AIM = (r"\b(?:we|we['’]re|the company)\s+(?:are\s+|is\s+)?(?:now\s+|still\s+)?(?:targeting|expect|expects|plan|plans|"
           r"aim|aims|will)\b")
NOT_OURS = [
    # another coin's fleet: "Its Kaspa machines ... ran at a combined 120 PH/s at year end", "Ethash capacity of 8 TH/s"
    # (not when bitcoin is named too: "10,462 bitcoin miners and 712 Ethereum miners ... 0.511 EH/s")
    ("other_coin", re.compile(r"^(?![^\n]*\b(?i:bitcoins?|BTC|SHA-256)\b)[^\n]*\b(?:Kaspa|KAS|Ethash|Ethereum|ETH|ETC|Ether|"
                              r"Litecoin|LTC|Dogecoin|DOGE|Scrypt|Aleo|Zcash|ZEC|kHeavyHash)\b[^.;]{0,100}$")),
    # "as its fleet nears 18 EH/s", "we closed the year just under 40 EH/s": a threshold, not the fleet's figure
    # (but a level kept: "has been held near 50 EH/s"; and a goal: "expects hashrate to approach 10 EH/s by March 31")
    # a bonus plan's levels: "with a threshold of 14.5 EH/s and a maximum of 18.0 EH/s"
    ("payout_level", re.compile(r"\b(?:a|the|its)\s+(?:threshold|maximum|minimum|stretch)\s+(?:(?:level|goal|target|payout)\s+)?"
                                r"(?:of|at)\s+(?:about\s+|approximately\s+)?$", re.I)),
    ("approaching", re.compile(r"(?<!held )(?<!kept )(?<!stayed )(?<!remained )(?<!hovered )(?<!been )"
                               r"\b(?:nears?|nearing|(?<!\bto )approach(?:es|ed|ing)?|close to|just (?:under|shy of|short of)|"
                               r"almost)\s+$", re.I)),
    # (a share of the network is the company's figure told as a share: "stands at 3.4 EH/s, roughly 1.5% of the
    # network")
    ("network", re.compile(r"(?<!% of the )(?<!% of )(?<!percent of the )\bnetwork\b|"
                           # (but "HIVE's current global hashrate is 6.1 EH/s": its fleet across its countries)
                           r"(?<!['’]s )(?<!['’]s current )(?<!\bits )(?<!\bits current )(?<!\bour )(?<!\bour current )"
                           r"\bglobal hash|"
                           r"\bthe\s+bitcoin(?:'s)?\s+(?:total\s+)?hash|"
                           # "The global Bitcoin hash rate has recovered to around 110 EH/s"
                           r"(?<!['’]s )(?<!\bits )(?<!\bour )\b(?:global|overall|worldwide)\s+bitcoin(?:'s)?\s+hash|"
                           r"(?<!['’]s )\btotal\s+bitcoin\s+hash|"  # "Total Bitcoin hashrate has climbed back to 100 EH/s"
                           r"\bbitcoin's\s+(?:total\s+|global\s+|overall\s+)?hash|\bdifficulty\b|"
                           # (and "Antpool", "F2Pool"; but "an industry-leading 26.4 EH/s" is the company's)
                           r"\bpools?\b|(?<=[A-Za-z0-9])pool\b|\bindustry\b(?![- ](?:leading|high|best|record)\b)|"
                           r"(?<!hashrate )(?<!hash rate )(?<!fleet )(?<!sites )(?<!operations )\bworldwide\b",
                           re.I)),  # (but "operates 50 EH/s of deployed hashrate worldwide": the company's own)
    # "roughly 19,000 additional miners, representing about 2.0 EH/s", "for its next 5 EH/s of growth"
    ("added_machines", re.compile(r"\b(?:additional|new(?:ly)?(?: delivered| installed)?) (?:[\w-]+ ){0,2}(?:miners|machines|"
                                  # (not "With orders for 1,800 additional Bitmain S21 units, management expects to
                                  # reach 6 EH/s": the fleet they lead to)
                                  r"rigs|units)\b(?:(?!\b(?:target(?:s|ing|ed)?|goals?|guidance|expect(?:s|ing|ed)?|reach(?:es|ing)?|"
                                  r"aim(?:s|ing)?)\b)[^.;]){0,30}$|"
                                  r"\bnext\s+(?:approximately |about |roughly )?$", re.I)),
    # a revised goal's old figure: "revising our hashrate guidance to 5.0 EH/s from 6.0 EH/s"
    ("revised_from", re.compile(r"\b(?:guidance|target|goal|forecast|outlook|projection)\b[^.;]{0,60}\bto\s+"
                                r"(?:approximately\s+|about\s+|roughly\s+|around\s+|~)?[\d.]+\s*"
                                r"(?:[EPT]H/s|exahash\w*),?\s+(?:\(\w+\)\s+)?(?:(?:up|down)\s+)?from\s+(?:approximately |about |"
                                r"its |the |a |an )?(?:previous |prior |earlier )?$|"
                                # "raised its 2024 expansion target from 20 EH/s to 30 EH/s": the old one
                                # ("revising our guidance for 31 December 2022 from 6.0 EH/s to 5.0 EH/s")
                                r"\b(?:guidance|target|goal|forecast|outlook|projection)\b"
                                r"(?:\s+for\s+[^.;]{0,25}?(?:19|20)\d\d)?[^.;\d]{0,30}?\bfrom\s+"
                                r"(?:approximately |about |roughly |around )?$|"
                                # "The 40 EH/s figure replaces a 33 EH/s year-end goal the company gave in November"
                                r"\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:a|an|the|its|their)\s+"
                                r"(?:previous\s+|earlier\s+|prior\s+|former\s+|old\s+)?"
                                r"(?:about |approximately |roughly )?$|"
                                # "Its earlier plan called for 20 EH/s by the end of 2024; the new goal is 30 EH/s"
                                r"\b(?:earlier|previous|prior|original|old|former)\s+(?:[\w-]+\s+)?(?:plan|target|goal|"
                                r"guidance|forecast|outlook|projection)\s+(?:had\s+)?(?:called\s+for|was(?:\s+for)?|of|"
                                r"had\s+been|envisaged|foresaw)\s+(?:about |approximately |roughly |around )?$", re.I)),
    ("increment", re.compile(r"(?:\+|\badded|\badding|\badds|\brestored|\brecovered|\bregained|\bswitch(?:es|ed)? on|"
                             # a loss: "had to cut 3.6 EH/s after switching off machines", "Pulls the Plug on 3.6 EH/s"
                             r"\b(?:had\s+to\s+|was\s+forced\s+to\s+)(?:cut|shed|idle|unplug|switch\s+off)|"
                             r"\b(?:shed|idled|unplugged|switched\s+off|pull(?:s|ed)?\s+the\s+plug\s+on)|"
                             r"\bincrease[sd]? (?:of|by)|"
                             # "1.92 EH/s, a reduction of 0.34 EH/s from March 31, 2021"
                             r"\b(?:reduction|decrease|decline|drop|fall)\s+of\s+(?:about\s+|approximately\s+|"
                             r"roughly\s+)?$|"
                             r"\bincreas(?:ed|ing) by|"
                             r"\bgrew by|\bup by|\bimproved by|\b(?:an|the|its|their) additional|\ba further|\banother|"
                             r"\bbr(?:ought|ings?|inging) on(?:line)?\b[^.;]{0,10}|\bexpansion of|\bboost of|"
                             # "brought back roughly 300 PH/s of earlier-generation miners", "an extra 5 EH/s"
                             r"\bbr(?:ought|ings?|inging) back\b[^.;]{0,10}|\ban extra|"
                             # "by energizing around 18,800 Bitcoin miners (about 2.2 EH/s) in February"
                             r"\b(?:energi[sz]|install|add|deploy|plugg|switch)\w*\s+(?:about\s+|around\s+|approximately\s+|"
                             r"roughly\s+)?[\d,]+\s+(?:[\w-]+\s+){0,3}(?:miners|machines|rigs|units)\s*\(|"
                             r"\brose by|\bjump of|\bgain of|\badd|\b(?:slipped|fell|dropped|declined|decreased|"
                             r"shrank|climbed|jumped|gained) by|"
                             # "lifted its year-end hashrate expectations by 0.5 exahash per second"
                             # "expected to lift the miner's hashrate by a little under 1 EH/s"
                             r"\b(?:rais(?:e|es|ed)|lift(?:s|ed)?|boost(?:s|ed)?|upped|lower(?:s|ed)?|trimmed|"
                             r"reduc(?:e|es|ed)|cut|"
                             r"increased|expand(?:s|ed)?)\b"
                             r"[^.;\d]{0,60}?\sby|"
                             # a tranche: "starting with the first 0.3 EH/s in the second quarter"
                             r"\b(?:starting|beginning) with(?: the)?(?: first)?|\b(?:the|our|its|their) first)\s*"
                             r"(?:a\s+combined\s+|a\s+total\s+of\s+|combined\s+)?"  # "expected to add a combined 3.9 EH/s"
                             r"(?:approximately|about|around|roughly|nearly|more than|over|at least|up to|another|only|just|"
                             r"(?:a little |just |slightly )?(?:under|over|less than|more than)|almost|close to)?"
                             r"\s*~?$", re.I)),
    # clients' machines the miner hosts; its own machines "hosted at a facility in New York" are its fleet
    ("hosted", re.compile(r"\bhost(?:s|ed|ing)\b[^.;]{0,30}\b(?:for|on behalf of)\b|\bhosting (?:clients?|customers?|"
                          r"services|business|revenue|operations)\b|\bhosted (?:clients?|customers?)\b|\bcloud\b|"
                          # "18,000 deployed miners, including hosted machines, representing 2.0 EH/s"
                          r"\bincluding\s+(?:the\s+|both\s+)?hosted\b|"
                          # "the same fleet of roughly 4,500 Foundry-owned machines, with about 420 PH/s"
                          r"\b(?!(?-i:Company|Self)-)(?-i:[A-Z])[\w.&]*-owned\s+(?:[\w-]+\s+)?"
                          r"(?:machines|miners|rigs|units)\b|"
                          # (but the miner's own machines elsewhere: "0.7 EH/s of hashrate operating at third-party
                          # hosting sites", "machines hosted by third parties")
                          r"\bon behalf of\b|\bclients?'?\b|\bcustomers?'?\b|(?<!\bat )(?<!\bby )(?<!\bwith )"
                          r"\bthird[- ]part(?:y|ies)\b|"
                          r"\bunder (?:(?:its|their|the company['’]s|[A-Z][\w.&-]*['’]s?)\s+)?management\b|"
                          # "Of the 36.2 EH/s that BitFuFu managed at the end of September"
                          r"\b(?:that|which)\s+(?:[A-Z][\w.&-]*\s+|it\s+|the company\s+){1,2}manag(?:ed|es)\b|"
                          r"\bmanaged\s+(?:hash\s?rate|computing power)\b|"  # "BitFuFu's managed hashrate hits 34.1 EH/s"
                          # "The hash rate Bitdeer manages in total declined to 17.1 EH/s"
                          r"\bhash\s?rate\s+(?-i:[A-Z])[\w.&-]*\s+manages\b|"
                          # "Nautilus, in which TeraWulf holds a 25% stake, ran at about 5.4 EH/s": a venture it part-owns
                          r"\bin\s+which\s+(?:[\w.&-]+\s+){1,3}(?:holds|owns|has|had|held)\s+(?:an?\s+)?(?:\d+(?:\.\d+)?\s*%|"
                          r"minority|majority|partial)\s+(?:stake|interest|share)\b|"
                          r"\bjoint[ -]ventures?\b|\b(?:net|attributable|proportionate|pro[- ]rata)\s+share\s+of\b|\bco-?locat(?:ion|ed)\s+(?:[\w-]+\s+)?(?:hash\s?rate|customers?|clients?|"
                          r"miners|machines)\b|\bJV\b|^\W*hosting\b|\bhosting hash|\bhosted hash\s?rate\b|"
                          # "hosted about 2.2 EH/s of machines owned by co-location customers"
                          r"\bowned\s+by\s+(?:its\s+|their\s+)?(?:co-?location|colocation|hosting)\b|"
                          r"\b(?:came|comes|coming)\s+from\s+hosting\b|"
                          # "Combined Self-Mining and Hosting Co-location running at about 2.4 Exahash"
                          r"\b(?:self-mining|proprietary mining)\s+(?:and|&|plus)\s+(?:hosting|co-?location)\b|"
                          # "The Company's total energized hashrate across both segments was 23.3 EH/s"
                          r"\bacross\s+(?:both|its\s+two|the\s+two)\s+(?:segments|businesses)\b", re.I)),
    # ("lifting that site's hashrate to about 1.1 EH/s")
    # (and "the site runs roughly 2.5 exahashes per second of mining equipment")
    ("one_site", re.compile(r"\b(?:[Tt]hat|[Tt]his|[Tt]he) (?:site|facility|campus|location)(?:['’]s (?:[\w-]+ )?(?:hash ?rate|"
                            r"capacity|computing power|output)| (?:runs|ran|hosts|hosted|houses|housed|holds|held|contains|"
                            r"contained|operates|operated))\b[^.;]{0,40}$|"
                            r"(?:\b(?:[Aa]t|[Ii]n|[Tt]he|[Ii]ts) (?:(?:its|the) )?[A-Z][\w-]+(?: [A-Z][\w-]+)?|"
                            # "the company's Clarington, Ohio facility now runs about 8.6 EH/s"
                            r"\b(?:company|firm|miner)['’]s [A-Z][\w-]+(?:,? [A-Z][\w-]+){0,2}|"
                            # "Argo's Helios facility in Dickens County, Texas was energised ..., taking its hashrate
                            # to about 2.0 EH/s", "Cipher's wholly owned Odessa facility was running 7.2 EH/s"
                            # (not the site a deal is for: "HIVE to buy Bitfarms' Paraguay site"; nor the issuer's
                            # own "the Company's Christina Lake facility")
                            r"(?<!\bbuy )(?<!\bbuys )(?<!\bbought )(?<!\bacquire )(?<!\bacquired )(?<!\bpurchase )"
                            r"(?<!\bof )(?<!\bfor )(?<!\bfrom )"
                            r"\b(?!Company['’]s)(?-i:[A-Z])[\w-]+['’]s? (?:wholly[- ]owned |flagship |majority[- ]owned )?"
                            r"(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?(?= (?:[Ss]ite|[Ff]acility|[Cc]ampus|[Dd]ata ?[Cc]enter)\b"
                            r"(?! ?[Ee]xpansion))) (?:[Ss]ite|"
                            r"[Ff]acility|[Cc]ampus|[Dd]ata ?[Cc]enter)\b"
                            # (not the company's goal the site serves: "with the Yguazu site in Paraguay coming online
                            # we are targeting 11.5 exahash")
                            rf"(?:(?!{_WE_AIM})[^.;]){{0,80}}$|\b(?:site|facility|campus) in "
                            # (but not past the company's own fleet: "to buy Bitfarms' Yguazu facility in Paraguay, a
                            # deal it says will lift its hashrate from 6 EH/s today")
                            rf"[A-Z](?:(?!\b(?:its|their|our)\s+(?:total\s+)?(?:hash\s?rate|fleet)\b|{_WE_AIM})[^.;]){{0,65}}$|"
                            # "at the Childress, Texas campus, where about 8 EH/s of the fleet is now located"
                            r"\b(?:site|facility|campus|data ?center),?\s+where\b[^.;]{0,50}$|"
                            # "Project Sophie in Murray, Kentucky, ...: its installed base of roughly 812 PH/s"
                            r"\bProject [A-Z][\w-]+\b[^.;]{0,100}$|"
                            # "site planned for 230 MW, or 7.0 EH/s, at full build-out"
                            r"\b(?:site|facility|campus)\s+(?:is\s+|was\s+)?(?:planned|designed|sized|built)\s+for\b"
                            r"[^.;]{0,60}$|"
                            # "Company officials said the site holds about 3.7 EH/s of miners", "whose Lachute site
                            # north of Montreal holds around 0.9 EH/s"
                            r"\b(?:the|that|this|whose|its)\s+(?:[A-Z][\w-]+\s+){0,2}(?:site|facility|campus|plant|"
                            r"building|farm)\b[^.;]{0,60}\b(?:holds?|held|houses?|housed|would add|will add|"
                            r"(?:can|could|would) hold)\b[^.;]{0,25}$|"
                            # "Tydal currently houses around 2.4 EH/s", "Ethiopian sites held about 9 EH/s of its
                            # machines", "the site's machines produce a little over 2 exahash"
                            r"\b(?-i:[A-Z])[\w-]+\s+(?:currently\s+|now\s+|still\s+)?(?:houses|housed|hosts)\s+"
                            r"(?:around\s+|about\s+|roughly\s+|approximately\s+|some\s+|nearly\s+)?$|"
                            r"\bsites\s+(?:currently\s+|now\s+)?(?:held|hold|housed|house|ran|run|hosted|host)\b[^.;]{0,25}$|"
                            r"\b(?:the|that|this)\s+(?:site|facility|campus|plant)['’]s\s+(?:machines|miners|fleet|rigs)\b"
                            r"[^.;]{0,40}$")),
    # the figure then a single site: "4.2 EH/s now sits at the Childress, Texas site", "1.4 EH/s at its Dorothy site"
    # ("... is now running in the Rockdale buildings"; "3.4 EH/s between them": several sites' or companies' sum)
    ("one_site_after", re.compile(r"^\W{0,3}(?:(?:now|currently|still|sits|sat|is|was|are|were|located|"
                                  r"installed|running|runs|hashing|deployed|energi[sz]ed)\s+){0,3}"
                                  r"(?:at|in)\s+(?:its|the)\s+(?:(?:wholly|fully|majority)[- ]owned\s+|flagship\s+)?"
                                  r"(?:[A-Z][\w.-]*,?\s+){1,4}(?:[Ss]ites?|[Ff]acility|[Cc]ampus|[Ff]arm|[Bb]uildings?|"
                                  r"[Dd]ata ?[Cc]ent(?:er|re)|[Pp]lant)\b|^\s+between\s+them\b|"
                                  # "about 8.4 EH/s sits at Rockdale": a place named alone, after a verb of place
                                  r"^\s+(?:sits|sat|is located|was located|is housed|was housed)\s+(?:at|in)\s+[A-Z]|"
                                  # "roughly 1.1 EH/s of hashrate runs at the site"
                                  r"^\s+(?:of\s+(?:hash\s?rate|machines|miners|capacity)\s+)?(?:runs|ran|is running|was running|running|"
                                  r"operates|operated|is hashing)\s+(?:at|in)\s+(?:the|that|this)\s+(?:site|facility|campus|"
                                  r"plant)\b")),
    # a site's or a phase's design: "Phase one of Helios alone is designed to add around 2.3 EH/s"
    ("design", re.compile(r"\bdesigned (?:to (?:carry|add|host|support|hold|house|deliver|accommodate|reach)|for)\b"
                          r"[^.;]{0,30}$|"
                          # "its sites would have room for roughly 13.6 EH/s of machines"
                          r"\b(?:room|space|capacity)\s+(?:for|to (?:host|house|hold))\s+(?:up to\s+|about\s+|roughly\s+|"
                          r"approximately\s+|some\s+|nearly\s+|around\s+)?$", re.I)),
    # (but "3,600 S19 miners, together rated at approximately 324 PH/s" is the fleet's)
    # an index's or a program's threshold: "must also report ... self-mining hashrate of at least 1.0 EH/s"
    ("requirement", re.compile(r"\b(?:must|required\s+to|eligib\w+)\b[^.;]{0,90}\bat\s+least\s*$|"
                               r"\b(?:threshold|minimum)\s+(?:of\s+)?$", re.I)),
    # (and a unit of a rate: "every 1 EH/s of hashrate would earn about 0.6 BTC per day")
    ("machine", re.compile(r"\b(?:per (?:unit|machine|miner|rig)|each|every(?=\s*$)|(?:bitcoin|BTC)\s+that(?=\s*$)|(?<!together )(?<!collectively )(?<!combined )rated at|"
                           r"models?)\b[^.;,]{0,20}$", re.I)),
    # "per unit", and a league of miners: "the 50 EH/s club gets crowded"
    ("machine_after", re.compile(r"^\s*(?:per (?:unit|machine|miner|rig)|each|club)\b", re.I)),
    # a pace of growth: "added less than 10 EH/s in August, compared with more than 20 EH/s a month in the run-up"
    ("pace_after", re.compile(r"^\s*(?:a|per|each|every)\s+(?:month|quarter|week)\b"
                              r"(?!\s+(?:earlier|ago|before|later|from)\b)", re.I)),
    # "up about 1.1 EH/s from July", "swapped out about 1.2 EH/s of older machines"
    ("change", re.compile(r"\b(?:up|down)(?:\s+(?:about|approximately|roughly|nearly|some|by|almost)\s+|\s*)$|"
                          # "putting the company within roughly 0.1 EH/s of Marathon's operational figure"
                          r"\bwithin\s+(?:about\s+|roughly\s+|approximately\s+|some\s+|just\s+)?$|"
                          # machines handed over: "Through the transfer of ... approximately 2.8 EH/s of older miners"
                          r"\btransfer(?:red|ring)?\s+(?:of\s+)?(?:[^.;]{0,50}\band\s+)?(?:approximately\s+|about\s+|"
                          r"roughly\s+|some\s+)?$|"
                          # "now leads second-placed CleanSpark by more than 11 EH/s"
                          r"\b(?:leads?|led|leading|trails?|trailed|trailing)\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:more than\s+|"
                          r"about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+)?$|"
                          # "The gap between the two figures, 2.8 EH/s, ...", "a difference of about 3 EH/s"
                          r"\b(?:gap|difference|shortfall|spread)\b(?:\s+(?:between|of|to)\b[^.;\d]{0,50})?[\s,:-]*"
                          r"(?:of\s+|was\s+|is\s+|stood at\s+)?(?:about\s+|roughly\s+|approximately\s+|some\s+|"
                          r"nearly\s+|almost\s+|over\s+|more than\s+)?$|"
                          # a gap: "its average lagged its installed figure by more than 4 EH/s"
                          r"\b(?:lagg(?:ed|ing|s)|trail(?:ed|ing|s)|behind|short of|exceed(?:ed|ing|s)|ahead of)\b[^.;]{0,40}"
                          r"\bby\s+(?:more than\s+|about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+)?$|"
                          # a step: "had to cut its capacity by 3.6 EH/s", "grew its fleet by roughly 5 EH/s"
                          r"\b(?:cut|cutting|reduc(?:ed|ing|e)|lower(?:ed|ing)?|shr(?:ank|unk|ink)|grew|grow(?:n|s|ing)?|"
                          r"increas(?:ed|ing|e)|boost(?:ed|ing)?|expand(?:ed|ing)?|rais(?:ed|ing)|lift(?:s|ed|ing)?)\s+"
                          # (or a name's: "should lift Hut 8's computing power by about 475 petahashes")
                          r"(?:its|their|the|our|(?:[\w.&-]+\s+){0,2}?[\w.&-]+['’]s)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:capacity|hash\s?rate|fleet|computing power)\s+by\s+(?:about\s+|roughly\s+|"
                          r"approximately\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$|"
                          r"\b(?:swapped out|swapping out|took (?:\w+ )?offline|taking (?:\w+ )?offline|retired|retiring|"
                          r"removed|removing|decommissioned|unplugged|replaced|replacing)\s+(?:(?:about|approximately|"
                          r"roughly|some|nearly)\s+)?$", re.I)),
    # machines pledged for a loan: "subsidiaries, which had borrowed against roughly 3.6 EH/s of Bitmain S19j Pro rigs"
    # "secured by machines with roughly 1.6 EH/s of computing power"
    ("collateral", re.compile(r"\b(?:borrowed against|borrowing against|secured by|backed by|collateralized by|"
                              r"pledged|pledging)\s+(?:(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:machines|miners|rigs|"
                              r"ASICs|equipment)\s+(?:with|of|totall?ing|representing)\s+)?"
                              r"(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+)?$", re.I)),
    # a gap to a rival or to a goal: "Riot would remain some 15 EH/s behind MARA", "still 4 EH/s short of its target"
    # ("The 0.318 EH/s decline during the quarter reflects the sale of older models": a change)
    ("gap_after", re.compile(r"^\s{0,2}(?:(?:decline|decrease|reduction|drop|increase|rise|jump)\b(?!\s+in\s+\w+\s+"
                             r"(?:to|of)\b)|behind|short of|shy of|ahead of(?!\s+(?:its\s+|the\s+)?(?:schedule|plan|"
                             r"time|guidance|target))|(?:more|less) than (?:the|its|their|at|in|on|a|an|last|[A-Z])|"
                             # "about 0.3 EH/s lower than the 5.7 EH/s reported as of March 31"
                             # "0.318 EH/s lower than at the end of the second quarter"
                             # ("approximately 0.9 EH/s below May")
                             r"(?:lower|higher) than (?:the|its|their|at|in|on|a|last|[A-Z])|"
                             # "carrying roughly 2.9 EH/s less hosting load", "2 EH/s fewer machines"
                             r"(?:less|fewer|more)\s+(?!than\b)(?:[\w-]+\s+){0,2}(?:load|hash\s?rate|capacity|"
                             r"machines|miners|online|hashing|operating)|"
                             r"(?:below|above) (?:the|its|their|last|(?:Jan|Febr)uary|March|April|May|June|July|August|"
                             r"(?:Sept|Octo|Nove|Dece)mber))\b")),
    # "The roughly 0.6 EH/s we added to the self-mining fleet"
    # (", it added." is a speech verb)
    ("added_after", re.compile(r"^\s*(?:that\s+|which\s+)?(?:we|it|the company)\s+(?:had\s+|has\s+)?added\b(?!\s*(?:[.,;]|$))|"
                               # "after nearly 2 EH/s was added in March"
                               r"^\s*(?:of\s+(?:[\w-]+\s+){0,2})?(?:was|were|had been|has been|have been)\s+"
                               r"(?:added|brought\s+online|switched\s+(?:on|off)|removed|unplugged|taken\s+offline)\b|"
                               # "about 1 EH/s more expected at the site by year-end": an increment to come
                               r"^\s+more\s+(?:is\s+|are\s+)?(?:expected|planned|to come|coming)\b|"
                               # "The 0.7 EH/s added over the four weeks came from ..."
                               r"^\s+(?:added|brought online|energi[sz]ed|installed)\s+(?:over|during|since)\s+(?:the|this|that|"
                               r"last)\s+(?:past\s+|last\s+|first\s+)?(?:\w+\s+)?(?:weeks?|months?|days|quarter|period)\b|"
                               # "expected to host approximately 1 EH/s of additional bitcoin mining capacity"
                               r"^\s*(?:\(\w+/s\)\s*)?of\s+(?:additional|incremental|extra)\b|"
                               # "about 5.5 EH/s of new capacity", "bring roughly 2.5 EH/s of idle rigs online"
                               r"^\s*of\s+new\s+(?:capacity|hash\s?rate|computing power)\b|"
                               # "approximately 1.2 EH/s of new machines to be energized by the end of August" (but not
                               # "ordered 22 EH/s of new miners": bought, installed by GOLD_GUIDE)
                               r"^\s*of\s+new\s+(?:machines|miners|rigs|units)\s+(?:to\s+be|being|will\s+be|(?:were|was)\s+)?"
                               r"\s*(?:energi[sz]ed|installed|deployed|plugged\s+in|brought\s+online)\b|"
                               r"^\s*of\s+(?:idle|stored|spare|unused)\s+(?:[\w-]+\s+)?(?:rigs|miners|machines|units)\s+online\b|"
                               # "roughly 0.4 EH/s of S19j Pro miners were installed, lifting the Company's total ...
                               # to 1.5 EH/s", "5.7 EH/s scheduled to ship in 2022": a step, or machines on their way
                               r"^\s*(?:of\s+(?:[\w-]+\s+){0,3}?(?:miners|machines|rigs|units|ASICs)\s+)?"
                               r"(?:were|was|got)\s+"
                               r"(?:installed|added|energi[sz]ed|deployed|plugged in|brought online)\b[^.;]{0,40}?"
                               r"\b(?:lifting|bringing|taking|raising|boosting|increasing|pushing)\b|"
                               r"^\s*(?:of\s+(?:[\w-]+\s+){0,3}?(?:miners|machines|rigs|units|ASICs)\s+)?"
                               # "... representing about 0.43 EH/s, are scheduled for delivery in the second quarter"
                               r",?\s*(?:(?:is|are)\s+)?(?:set|scheduled|due|expected|slated)\s+(?:to\s+"
                               r"(?:ship|be\s+shipped|be\s+delivered|arrive)|for\s+(?:delivery|shipment|shipping))\b",
                               re.I)),
    # machines switched on in the period, not the fleet they joined: "Over the fourth quarter alone we energized roughly
    # 1.6 EH/s of new S19j XP miners"
    ("energized_new", re.compile(r"\b(?:energi[sz]ed|installed|deployed|plugged\s+in)\s+(?:about\s+|roughly\s+|"
                                 r"approximately\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|~)?"
                                 r"\s*of\s+new\b", re.I)),
    # "2.5 EH/s of Avalon A1566 machines for a North American mining customer": a maker's sale
    ("supplier_after", re.compile(r"^\s+of\s+(?:[\w-]+\s+){0,3}(?:machines|miners|units|rigs|ASICs)\s+(?:for|to)\s+"
                                  r"(?:a|an|its|one|the)\s+[^.;]{0,40}?\b(?:customers?|clients?|buyers?)\b", re.I)),
    # "after completing an 18 EH/s acquisition": a deal's size, not a fleet
    ("deal_after", re.compile(r"^\s*(?:\([^)]{0,12}\)\s*)?(?:acquisition|purchase|order|deal|transaction)s?\b", re.I)),
    # "added ... 3.3EH/s of hash rate at the site": the site's
    ("site_after", re.compile(r"^\s*(?:of\s+(?:hash\s?rate|hashing power|computing power|capacity)\s+)?"
                              r"(?:more\s+)?(?:(?:is\s+|are\s+)?(?:expected|planned)\s+)?(?:at|in)\s+"
                              r"(?:the|that|this)\s+(?:site|facility|campus|farm|data ?cent(?:er|re))\b", re.I)),
    # one site alone: "Its Tennessee sites alone now run roughly 8 EH/s"
    ("site_alone", re.compile(r"\b(?:sites?|facilit(?:y|ies)|campus(?:es)?|locations?|data ?cent(?:er|re)s?|farms?|buildings|"
                              r"halls)\s+alone\b"
                              r"[^.;]{0,40}$|"
                              # "On its own, Black Pearl now runs at 13.2 EH/s": a site named alone
                              r"\bOn its own,\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:now\s+)?"
                              r"(?:runs|is running|hashes|operates)\b[^.;]{0,20}$", re.I)),
    # a hypothesis: "If all of their targets were met, they would operate well over 50 EH/s", "a 10 MW farm filled
    # with AH4980 units would produce about 780 PH/s"
    ("conditional", re.compile(r"\bif\b[^.;]{0,120}\bwould\b[^.;]{0,40}$|\bwould (?:produce|generate|yield)\b"
                               # an outside model's input: "assuming its fleet averages roughly 58 EH/s"
                               r"|\bassum(?:ing|es|ed)\b[^.;]{0,40}$|(?:base|bull|bear) case\b[^.;]{0,80}$"
                               r"[^.;]{0,30}$|\bcould (?:produce|generate|yield|support|add)\b[^.;]{0,30}$|"
                               # "the site could support up to 205 megawatts of NVIDIA Blackwell GPUs or up to 16.5 exahash"
                               r"\bcould (?:support|host|accommodate|house)\s+up\s+to\b[^.;]{0,80}$|"
                               # "replacing its older machines could lift that to around 10 EH/s"; a proposal's terms:
                               # "Under the proposal, ... Greenidge would keep machines with roughly 1.2 EH/s"
                               r"\b(?:could|might)\s+(?:lift|raise|push|take|bring|boost|increase|double)\b[^.;]{0,40}$|"
                               r"\b[Uu]nder (?:the|a|its) (?:proposed |draft |preliminary )?(?:proposal|term sheet|"
                               r"proposed (?:deal|agreement|restructuring))\b[^.;]*$|\bwould (?:keep|retain|be left with|hold on to|hang on to)\b"
                               r"[^.;]{0,40}$|"
                               # "which would require a second purchase of roughly 18 EH/s of machines"
                               r"\b(?:would|will)\s+(?:require|need)\b[^.;]{0,40}$|"
                               # "- 2025: evaluating path to 75 EH/s (not guidance)"
                               r"\b(?:evaluating|exploring|considering)\s+(?:a\s+|the\s+)?(?:path|route|options?)\b"
                               r"[^.;]{0,20}$",
                               re.I)),
    # a figure as the subject of a hypothesis: "Hitting 50 EH/s would mean Marathon more than doubled its hash rate"
    # "Those machines, representing approximately 3.9 EH/s, are not included in Riot's deployed or operating hash rate"
    # "a figure that excludes the roughly 7 EH/s of machines running in Abu Dhabi": the part left out
    ("excluded", re.compile(r"\b(?:excludes?|excluding|excluded|does\s+not\s+include|not\s+including)\s+(?:the\s+)?"
                            r"(?:(?:output|production|coins|bitcoin|hash\s?rate|machines|miners)\s+(?:from|of)\s+(?:the\s+)?)?"
                            r"(?:roughly\s+|about\s+|approximately\s+|some\s+|around\s+|nearly\s+)?$", re.I)),
    ("excluded_after", re.compile(r"^[^.;]{0,25}?\b(?:are|is|were|was)\s+(?:not\s+(?:included|counted|reflected)|"
                                  r"excluded)\s+(?:in|from)\b", re.I)),
    ("conditional_after", re.compile(r"^\s*(?:of\s+[\w\s-]{0,30}?)?\s*(?:would|could)\s+(?:mean|make|put|give|"
                                     r"represent|place|rank|imply|amount to|equal|translate)\b", re.I)),
    # machines made or shipped, not hashing for the miner: "SEALMINER output of approximately 9.8 EH/s during the month"
    ("manufactured", re.compile(r"\b(?:SEALMINERs?|Avalon|Antminers?|WhatsMiners?|machines?|rigs?|ASICs?)\s+(?:output|"
                                r"production|shipments?|deliveries|sales)\s+(?:of\s+)?(?:approximately\s+|about\s+|"
                                r"roughly\s+|some\s+)?$|\b(?:manufactured|shipped|"
                                r"delivered to (?:external )?(?:buyers|customers))\s+(?:approximately\s+|about\s+)?$|"
                                # "units with a combined rating of approximately 8.4 EH/s came off the production line"
                                r"\b(?:units|machines|rigs|miners)\s+with\s+(?:a\s+)?(?:combined|total|aggregate)\s+rating\s+of\s+"
                                r"(?:approximately\s+|about\s+|roughly\s+)?$|"
                                # "the initial production run should yield 18 EH/s"
                                # "Mass-produced SEALMINER A2 rigs totalling ~9.8 EH/s in August": the maker's output
                                r"\bmass[- ]produced\b[^.;]{0,40}$|"
                                r"\bproduction runs?\s+(?:(?:should|will|would|could|is expected to|was expected to)\s+)?"
                                r"(?:yield|produce|deliver|total)s?\s+(?:approximately\s+|about\s+|roughly\s+)?$", re.I)),
    # one part of the fleet: "of which 2.0 EH/s relates to the joint venture", "the site accounted for 1.5 EH/s"
    # (but a hosting platform's "34.1 EH/s, of which BitFuFu's self-mining hashrate was 4.2 EH/s" names the own fleet)
    # (and the rest: "the rest of its fleet, about 2.4 EH/s of miners, ... sits outside the financing")
    ("part", re.compile(r"\b(?:the\s+)?(?:rest|remainder)\s+of\s+(?:its|the|their)\s+fleet\b[,\s]*"
                        r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?$|"
                        # a part of the total before it: "8.0 EH/s ..., inclusive of approximately 1.4 EH/s representing
                        # TeraWulf's share of Nautilus"
                        r"\b(?:inclusive\s+of|includ(?:es|ed|ing))\s+(?:approximately\s+|about\s+|roughly\s+|some\s+|"
                        r"nearly\s+)?$|"
                        r"\bof which\b(?!" + CLAUSE_CHAR + r"{0,30}\b(?:self-min(?:ing|ed)|own|proprietary)\b)|"
                        # (but "Core's self-mining fleet accounted for 15.7 EH/s" is its own fleet)
                        # (and "23.2 EH/s, of which self-mining accounted for approximately 16.9 EH/s")
                        r"(?<!self-mining fleet )(?<!self-mining business )(?<!own fleet )(?<!self-mining )"
                        r"\baccount(?:ed|ing|s)? for\b|"
                        r"\bcontribut(?:ed|ing|es|e)\b|\bprovid(?:ed|es|ing)\b|"
                        # (but "The increase came from a self-mining hashrate that had reached 35.0 EH/s": the fleet)
                        r"\b(?:came|coming) from\b"
                        r"(?!\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:hash\s?rate|fleet)\b)|"
                        r"\bsupplied\b|"
                        # "now stands at 30 EH/s, a figure that includes 2 EH/s planned outside the United States"
                        r"\b(?:figure|total|number|which|that)\s+(?:that\s+|which\s+)?includes\s+(?:about\s+|approximately\s+|"
                        r"roughly\s+|some\s+)?$|"
                        # "only Cipher's proportional share, about 1.7 EH/s, is counted", "as the remaining 2.2 EH/s"
                        r"\b(?:proportional|proportionate|pro[- ]rata|net|attributable)\s+share\b[^.;]{0,40}$|"
                        r"\b(?:the|its)\s+remaining\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?$", re.I)),
    # "About 21.5 EH/s of that fleet was operating at the end of November" is the operating fleet
    # "roughly 0.6 EH/s, or a little over a fifth of the company's fleet": a share of the fleet
    ("fraction_after", re.compile(r"^\W{0,3}or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|just\s+|a\s+little\s+(?:over|"
                                  r"under|more\s+than|less\s+than)\s+)?(?:a|one|two|half|\d+(?:\.\d+)?\s*%|\d+\s+percent)"
                                  r"(?:[\s-]+(?:third|quarter|fifth|sixth|tenth|thirds|quarters|fifths))?\s+of\s+"
                                  r"(?:the\s+company['’]s|its|their|the)\s+(?:total\s+|overall\s+)?(?:fleet|hash\s?rate|capacity)\b",
                                  re.I)),
    ("part_after", re.compile(r"^\W{0,3}(?:of (?:that|the|this|its) (?:\w+ )?(?:total|figure|amount)\b|of that\b|"
                              # "about 150 PH/s of it was offline for part of the month"
                              r"of it\s+(?:was|were|is|are|had been|sat|remained)\s+(?:offline|idle|curtailed|down|"
                              r"unplugged|under maintenance)\b)"
                              r"(?![\w\s]{0,20}\b(?:was|were|is|are)\s+(?:online|operational|operating|energi[sz]ed|active|"
                              r"hashing|(?:its|(?-i:[A-Z])[\w.-]*['’]s?)\s+own\b|self[- ]mining\b))|^\W{0,3}(?:"
                              r"month[- ]over[- ]month|MoM\b|[^.;]{0,40}\bdoes not count\b|"
                              # "Of the 5.5 EH/s ..., approximately 3.6 EH/s relates to miners owned by the SPVs"
                              r"(?:relates?|related|belongs?|belonged|is\s+attributable|was\s+attributable)\s+to\b)", re.I)),
    # a supplier's sales, not a miner's fleet: "total computing power sold of 14.6 EH/s"
    # a superseded goal: "down from the 80 EH/s it had been targeting"
    ("superseded", re.compile(r"\b(?:had been (?:targeting|expecting|aiming|planning|guiding)|earlier (?:goal|target|guidance)|"
                              r"previous(?:ly)? (?:goal|target|guidance|expected|announced)|original (?:goal|target)|"
                              r"prior (?:goal|target|guidance)\b[^.;]{0,40}\b(?:had been|was)|"
                              r"no longer|missed (?:its|the|a) (?:goal|target)|had aimed|"
                              # "the 6EH/s year-end target has been withdrawn for now"
                              r"(?:goal|target|guidance)\s+(?:has\s+been|had\s+been|was|is)\s+(?:now\s+)?(?:withdrawn|"
                              r"scrapped|dropped|abandoned|suspended|pulled)|"
                              # "Earlier this year, Argo had talked of 5.5 EH/s", "had previously guided to 23.3 EH/s"
                              r"had talked (?:of|about)|(?<!as it )(?<!as we )(?<!as the company )had (?:previously|once|"
                              r"earlier|originally) (?:talked (?:of|about)|guided(?: to)?|targeted|projected|promised|forecast))\b",
                              re.I)),
    # "targeting 6.0 EH/s by the end of 2022 instead of 8.0 EH/s", "80 EH/s by the end of June 2026, raised from 70 EH/s",
    # "60 EH/s ..., up from its earlier 50 EH/s goal": the goal it replaced
    ("replaced", re.compile(r"\binstead\s+of\s+(?:the\s+|its\s+)?(?:about\s+|approximately\s+|roughly\s+)?$|"
                            # ("30 EH/s by the end of 2024, which it upgraded from 20 EH/s in May")
                            r",\s+(?:(?:which|that)\s+(?:it|they|we|the\s+company|management)\s+(?:had\s+)?)?"
                            r"(?:raised|lifted|increased|cut|lowered|trimmed|reduced|revised|upgraded|downgraded)\s+"
                            r"(?:up\s+|down\s+)?from\s+"
                            r"(?:the\s+|its\s+|an?\s+)?(?:earlier\s+|prior\s+|previous\s+)?(?:about\s+|approximately\s+)?$|"
                            r"\b(?:its|their|the|an)\s+(?:earlier|previous|prior|original|old)\s+(?:(?:target|goal|guidance|"
                            r"plan)\s+(?:of\s+)?)?(?:about\s+|approximately\s+|roughly\s+)?$", re.I)),
    # "compared with the 60 EH/s we outlined in December", "from the 16 EH/s target announced in October" (but a goal
    # missed is a target for its date: "short of the 6.3 EH/s it had targeted for the end of the third quarter")
    # "2025 target of 35 EH/s withdrawn pending a review", "the 2.5 EH/s it floated last spring"
    ("withdrawn_after", re.compile(r"^\W{0,3}(?:(?:has|had)\s+been\s+|was\s+|is\s+)?(?:withdrawn|scrapped|abandoned|"
                                   r"shelved|pulled)\b|^\W{0,3}(?:that\s+)?(?:it|they|the company|management)\s+(?:had\s+)?"
                                   r"(?:floated|mooted|pencill?ed\s+in|flagged)\b", re.I)),
    ("superseded_after", re.compile(r"^\W{0,3}(?:(?:target|goal|guidance|range|forecast|outlook)\s+)?(?:(?:that\s+)?(?:we|it|the company)\s+)?"
                                    r"(?:had\s+)?(?:outlined|announced|set|guided|promised|previously|"
                                    r"(?:targeted|projected|forecast(?:ed)?)\b(?!\s+(?:for|by)\s+(?:the\s+)?"
                                    r"(?:end|close|middle|mid|Q[1-4]|[HQ][12]|year[- ]end|20\d\d|(?:first|second|third|fourth)\s+(?:half|quarter)|"
                                    r"fiscal|calendar)))\b", re.I)),
    # machines made, ordered, optioned or retired, not the fleet hashing: "an option to buy ... 3.7 EH/s",
    # "3.1 EH/s of SEALMINER A2 machines", "an order backlog of 4.1 EH/s", "2.9 EH/s, to be retired"
    # "in return for mining machines with about 2.8 EH/s of capacity": machines handed to a lender or buyer
    # (but "has placed orders for machines it expects will take its fleet to 11 EH/s": the fleet they lead to)
    ("machines_traded", re.compile(r"\b(?:option to (?:buy|purchase|acquire)|backlog of|"
                                   # "Canaan said it sold Avalon machines with total computing power of 6.3 EH/s"
                                   r"(?:sold|shipped|delivered)\s+(?:[\w-]+\s+){0,3}(?:machines|miners|rigs|units)\s+"
                                   r"(?:with|totall?ing|representing)|"
                                   # "In the fourth quarter the company sold a total computing power of 15.8 million TH/s"
                                   r"(?:sold|shipped|delivered)\s+(?:a\s+)?(?:total\s+|combined\s+|aggregate\s+)?(?:computing|hashing)\s+"
                                   r"power\s+(?:of\s+)?|"
                                   # (but "placed an order for 6,500 S21+ units, securing approximately 2.1 EH/s":
                                   # bought machines, installed hashrate by GOLD_GUIDE)
                                   r"orders? (?:of|for)(?![^.;]{0,60}\b(?:fleet|hash\s?rate|capacity)\s+to\s*$)"
                                   r"(?![^.;]{0,80}\b(?:securing|totall?ing|representing)\s+(?:approximately\s+|about\s+|roughly\s+|some\s+|"
                                   r"nearly\s+)?$)|"
                                   r"in (?:return|exchange) for|handed (?:over )?to|transferred to|sold to|"
                                   # a lender enforcing: "receivers took control of roughly 3.6 EH/s of machines"
                                   r"(?:took|take|takes|taken|taking) (?:control|possession) of|seized|repossess(?:ed|es|ing)|"
                                   # "The machines that went back to NYDIG represent an estimated 2.5 EH/s"
                                   r"(?:machines|miners|rigs|units)\s+(?:that\s+|which\s+)?(?:were\s+)?(?:went|given|handed|"
                                   r"sent|returned|surrendered)(?:\s+back)?\s+to)\b[^.;]{0,60}$|"
                                   # (but a fleet's output: "Its fleet of its own machines produced roughly 10 EH/s in
                                   # October", "Stronghold's owned fleet produced approximately 2,600 PH/s at year end")
                                   r"(?<!\bfleet )(?<!\bmachines )(?<!\bminers )"
                                   r"\b(?:produced|manufactured|built)\s+(?:approximately |about |roughly |some |nearly )?$",
                                   re.I)),
    # (not a total that counts them: "now represents approximately 6.6 EH/s, including units in transit")
    ("machines_after", re.compile(r"^\W{0,3}of\s+(?-i:[A-Z])[\w-]*\s+production\b(?!\s+capacity)|"  # "3.7 EH/s of A1 production"
                                  # "sets out 15 EH/s of ASIC purchases", "buying Hut 8's 15 EH/s allocation of
                                  # machines"
                                  r"^\W{0,3}(?:of\s+(?:[\w-]+\s+){0,2}(?:purchases|orders)\b|allocation\s+of\b)|"
                                  r"^\W{0,3}(?!(?:including|includes|inclusive of|counting)\b)(?:of\s+)?(?:[\w-]+\s+){0,3}"
                                  r"(?:machines|miners|rigs|units)\b[^.;]{0,40}"
                                  r"\b(?:for (?:a|an|the|its) [\w\s-]{0,30}customers?|to be (?:retired|sold|redeployed)|"
                                  r"delivered|shipped|(?:were|was) (?:manufactured|produced|built)|(?:still )?in transit|"
                                  r"awaiting (?:installation|energi[sz]ation|deployment)|"
                                  r"not yet (?:installed|energi[sz]ed|deployed|plugged in))\b|"
                                  r"^\W{0,3}(?:to be (?:retired|sold|redeployed))|"
                                  # "about 1.9 EH/s of them were shipped to external customers"
                                  r"^\W{0,3}of (?:them|those|these)\s+(?:were|was)\s+(?:shipped|sold|delivered)\b", re.I)),
    # machines not hashing: "Miners representing approximately 1.9 EH/s are currently in transit", "0.2 EH/s of miners
    # that were offline for repairs", "0.7 EH/s of the Company's deployed miners were not yet active"
    # (not the fleet's own figure beside other machines: "reached 9.5 EH/s, as 5,000 more machines were in transit",
    # "Riot's 12.4 EH/s fleet was idle during the heatwave", "does not include units that are in transit")
    # "expects to operate more than 30 EH/s in its data centers by the end of 2022, including hosted customers"
    ("including_hosted_after", re.compile(r"^[^.;,]{0,70},\s+including\s+(?:its\s+|the\s+)?(?:hosted|hosting|customers?['’]?|"
                                          r"clients?['’]?)\b|"
                                          # "about 22.5 EH/s humming in its facilities, a number that includes the
                                          # hosting customers' machines"
                                          # ("..., a figure that includes machines it operates for hosting customers")
                                          r"^[^.;,]{0,70},\s+(?:a\s+(?:number|figure|total)\s+that|which)\s+"
                                          r"includes?\s+(?:[\w-]+\s+){0,5}?(?:hosted|hosting|customers?['’]?|"
                                          r"clients?['’]?)\b|"
                                          # "4.02 EH/s installed on 43,822 ASIC miners, of which 3.31 EH/s was
                                          # self-mining and 0.71 EH/s came from hosting": the total of both
                                          # ("Operated 20.1 EH/s of total hash rate: 19.1 EH/s for
                                          # self-mining and 1.0 EH/s for hosting customers")
                                          r"^(?:[^.;,]|(?<=\d)[.,](?=\d)){0,70}"
                                          r"(?:,\s+(?:of which|made up of|consisting of|comprising)\b|:\s)"
                                          + CLAUSE_CHAR + r"{0,100}\b"
                                          r"(?:hosting|hosted|cloud|customers?['’]?|clients?['’]?)\b", re.I)),
    # a part of the fleet out of service: "took roughly 600 PH/s of the fleet offline", "~250 PH/s stopped hashing"
    # what was switched off: "it had suspended roughly 2.0 EH/s of its mining capacity in Kazakhstan"
    ("suspended", re.compile(r"\b(?:suspended|idled|switched\s+off|powered\s+down|shut\s+down|halted)\s+"
                             r"(?:about |approximately |roughly |some |nearly |around |more than |over )?$", re.I)),
    # a chart's scale: "Left axis: 0 to 25 EH/s", "vertical axis 0-45 EH/s"
    ("axis", re.compile(r"\baxis\b[^.;]{0,25}$", re.I)),
    # "about 3.2 EH/s was shipped to external buyers": machines sold, not a fleet
    ("shipped_after", re.compile(r"^\s*(?:of\s+(?:machines|miners|rigs|units)\s+)?(?:was|were|had been|have been)\s+"
                                 r"(?:shipped|delivered|sold)\s+to\s+(?:external|outside|third-party|other)?\s*"
                                 r"(?:buyers|customers|clients)\b", re.I)),
    ("offline_after", re.compile(r"^\s*(?:of\s+(?:the|its|our|(?-i:[A-Z])[\w-]*['’]s?)\s+(?:[\w-]+\s+)?(?:fleet|capacity|"
                                 r"hash\s?rate|machines|miners)\s+)?(?:offline|off-line)\b|^\s*(?:stopped|ceased)\s+hashing\b|"
                                 r"^\s*(?:went|was|were|had been)\s+(?:taken\s+)?(?:offline|off-line|dark)\b|"
                                 # "roughly 600 PH/s taken down by a utility-mandated maintenance outage"
                                 r"^\s*(?:of\s+(?:[\w-]+\s+){0,2}?(?:miners|machines|capacity)\s+)?(?:worth\W{0,2}\s*)?"
                                 r"(?:(?:was|were)\s+)?"
                                 r"(?:taken|knocked|shut|powered|switched)\s+(?:down|off|offline)\b|"
                                 # "which leaves 1.9 EH/s still out of action"
                                 r"^\s*(?:(?:is|are|was|were|remains?|remained)\s+)?(?:still\s+)?out\s+of\s+"
                                 r"(?:action|service|operation|commission)\b", re.I)),
    ("not_hashing_after", re.compile(r"^(?!\s*(?:of\s+)?(?:[\w'’-]+\s+)?(?:fleet|hash\s?rate|operations)\b)"
                                     r"(?:(?!\b(?:and|while|but|whereas|though|although|as|when|after|since|because|"
                                     r"include[sd]?|including|exclude[sd]?|excluding|not counting)\b)[^.;\d]){0,45}?"
                                     r"\b(?:are|is|were|was|remain(?:s|ed)?|sat|sit)\s+(?:currently\s+|still\s+|now\s+)?"
                                     r"(?:in transit|in production or (?:in )?transit|being (?:manufactured|shipped)|on order|offline|off-line|idle|awaiting (?:installation|energi[sz]ation|deployment|"
                                     r"delivery)|not yet (?:active|installed|energi[sz]ed|deployed|online|hashing|plugged in))\b|"
                                     r"^[^.;]{0,30}?\bcleared customs\b|"
                                     # "With about 3.6 EH/s of machines now switched off, ..."
                                     r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}(?:machines|miners|rigs)\s+(?:(?:now|currently|temporarily)\s+)?"
                                     r"(?:switched off|turned off|powered (?:off|down)|shut (?:off|down)|unplugged|taken offline)\b|"
                                     # "took roughly 0.1 EH/s of air-cooled machines offline"
                                     r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}(?:machines|miners|rigs|units)\s+(?:offline|off-line|"
                                     r"out of service)\b",
                                     re.I)),
    # the sum of several companies: "together the eight companies ran about 125 EH/s"
    ("aggregate", AGGREGATE := re.compile(r"\b(?:together|combined|collectively|aggregate|in total)\b[^.;]{0,40}\b"
                                          r"(?:companies|miners|firms|operators|group)\b|\b(?:companies|(?<!\d )(?<!\d bitcoin )(?<!\d Bitcoin )miners|firms|"
                                          r"operators)\b[^.;]{0,30}\b(?:together|combined|collectively)\b|"
                                          # "Between them, the six miners above added ...", "Together they control ...",
                                          # "Across the seven larger miners in the table, November output came to ..."
                                          r"(?:\bbetween them\b(?!,?\s+(?:its|the company['’]s)\b)|\btogether,?\s+they\b|"
                                          r"\b(?:across|among)\s+(?:the|these|those|all)\s+(?:two|three|four|five|six|seven|"
                                          r"eight|nine|ten|\d+)\s+(?:\w+\s+)?(?:miners|companies|firms|operators)\b|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|"
                                          r"ten|\d+)\s+(?:\w+\s+)?(?:miners|companies|firms|operators)\s+(?:above|listed|"
                                          r"in the table|tracked|we track)\b|"
                                          # "Two of the fastest-growing listed bitcoin miners crossed the 50 exahash
                                          # mark", "two miners hit 50 EH/s in the same month"
                                          r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+the\s+)?"
                                          r"(?:[\w-]+\s+){0,4}(?:miners|companies|firms|operators)\s+(?:have\s+)?(?:hit|hits|"
                                          r"reach(?:ed)?|cross(?:ed)?|top(?:ped)?|pass(?:ed)?|surpass(?:ed)?)\b|"
                                          # "a combined Riot and Bitfarms would command about 52 EH/s"
                                          r"\ba\s+combined\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*)?\s+and\s+"
                                          r"(?-i:[A-Z])|"
                                          # "A dozen listed bitcoin miners bought about $1.2 billion worth of
                                          # machines in 2023, representing more than 70 EH/s of capacity"
                                          r"\b(?:a\s+dozen|dozens\s+of|several|a\s+handful\s+of)\s+(?:[\w.-]+\s+){0,3}"
                                          r"(?:miners|companies|firms|operators)\b)"
                                          r"(?![^.]*\brespectively\b)", re.I)),
    ("supplier", re.compile(r"\b(?:sold|shipped|delivered)\s+by\s+(?:the\s+company|(?-i:[A-Z])[\w.&-]*)\s+(?:\w+\s+){0,2}$|"
                            # (a fleet's output is no shipment: "Riot's fleet of 55,728 miners delivered a hash rate of")
                            r"\b(?:sold|shipped|shipments?|(?<!machines )(?<!miners )(?<!fleet )(?<!rigs )"
                            r"delivered(?!\s+(?:an?\s+)?hash\s?rate\b)|deliveries|sales)\b"
                            r"(?:\s+[\w-]+){0,3}\s*"
                            r"(?:of\s+)?(?:approximately\s+|about\s+|nearly\s+|roughly\s+)?$|"
                            # "Total computing power sold in the quarter shrank to 1.9 million TH/s"
                            r"\b(?:computing power|hash ?(?:rate|power))\s+(?:it\s+)?(?:sold|shipped|delivered)\b[^.;]{0,60}$",
                            re.I)),
    # "Imagine a miner with 10 exahash of old S19s", "a hypothetical miner running 20 EH/s"
    # and a proposed merger's sum: "the merged group would be the largest listed miner ..., with about 19.6 EH/s"
    # (but not a merger done: "The combined company self-mined 390 BTC in November and had 7.3 EH/s ...")
    ("hypothetical", re.compile(r"\b(?:imagine|hypothetical(?:ly)?|suppose|supposing|theoretical)\b|"
                                # any miner at all: "At those levels, a miner running 10 EH/s gives up about $650,000
                                # a day"
                                r"\b(?:a|any|every|each)\s+(?:[\w-]+\s+)?(?:miner|company|operator)\s+(?:running|"
                                r"operating|that\s+runs|that\s+operates)\s+(?:about\s+|roughly\s+|around\s+)?$|"
                                # a fleet's rating: "133,600 bitcoin miners, which in theory can produce approximately
                                # 15.2 EH/s"
                                r"\b(?:in theory|theoretically)\b[^.;]{0,40}$|"
                                # power signed up: "an initial 200 megawatts (MW) of power capacity in west Texas,
                                # enough for roughly 6.6 EH/s"
                                r"\benough\s+(?:for|to\s+(?:power|run|support|host))\s+(?:about\s+|approximately\s+|roughly\s+|"
                                r"around\s+)?$|"
                                # power converted to a hashrate: "will rise to 26 MW, which management equates to
                                # roughly 1.7 EH/s"
                                r"\bMW\b[^.;]{0,40}\b(?:equates?|equated|translates?|translated|corresponds?)\s+(?:in)?to\s+"
                                r"(?:about\s+|approximately\s+|roughly\s+|around\s+)?$|"
                                r"\b(?:merged|combined)\s+(?:group|company|entity|business|firm)\b[^.;]{0,60}"
                                r"\b(?:would|could|might|will)\b",
                                re.I)),
    # someone else's forecast of the fleet: "the broker models the company exiting calendar 2024 at about 30 EH/s",
    # "Harrow Lane estimates Riot will ... reach 35 EH/s" (the company's own "expects to reach" is a target)
    ("forecast", re.compile(r"\b(?:broker|brokerage|analysts?)\s+(?:at\s+[A-Z][\w&.-]*\s+)?(?:models?|modell?ed|estimates?|"
                            r"estimated|projects?|projected|forecasts?|expects?|sees?|assumes?)\b|"
                            # "The bank estimates ... and models its energized hashrate at roughly 60 EH/s", "Kestrel's
                            # base case has Riot ...", "Keystone Ridge's own model has Bitdeer reaching about 40 EH/s"
                            # "Needham pencils in 45 EH/s for CleanSpark", "His estimates have Bitdeer at 45 EH/s",
                            # "Its model has Cipher Mining at about 16 EH/s", "Data from Hashrate Index put Core
                            # Scientific and Riot ... at an estimated 16.9 EH/s and 12.4 EH/s"
                            r"(?<!\bmanagement )(?<!\bcompany )(?<!\bit )(?<!\bwe )(?<!\bstill )"
                            r"\bpencil(?:s|ed|led)?\s+in\b|"
                            r"\b(?:his|her|their|its)\s+(?:estimates?|model|forecasts?)\s+"
                            r"(?:has|have|puts?|sees?)\b|\b(?:data|estimates)\s+(?:from|by)\s+(?-i:[A-Z])|"
                            # "JPMorgan expects the company's hashrate to climb to around 37 EH/s"
                            r"(?<!\bit )(?<!\bwe )(?<!\bcompany )(?<!\bmanagement )\b(?:expects|estimates|forecasts|projects|models)\s+"
                            r"(?:the company['’]s|the miner['’]s|(?-i:[A-Z])[\w.&-]*['’]s?)\s+(?:[\w-]+\s+)?"
                            r"hash\s?rate\s+(?:to|could|would|will|might|may)\b|"
                            r"\b(?:the\s+)?(?:bank|brokerage|research\s+firm)\s+(?:now\s+)?(?:models?|estimates?|"
                            r"expects?|projects?|forecasts?|sees?)\b|\b(?:base|bull|bear)\s+case\b|"
                            r"['’]s\s+(?:own\s+)?(?:model|estimates?|forecasts?|projections?)\s+"
                            r"(?:has|have|shows?|puts?|sees?)\b|"
                            r"\b(?:models?|modell?ed|estimates?|estimated|projects?|projected|forecasts?|predicts?|"
                            # "JPMorgan expects Cipher to exit the year with about 23 EH/s"
                            r"(?<!\bit )(?<!\bwe )(?<!\bcompany )(?<!\bmanagement )expects)\s+(?:that\s+)?"
                            r"(?:the company|the miner|(?-i:[A-Z])[\w.&-]*(?:\s+(?:(?-i:[A-Z])[\w.&-]*|\d{1,2}\b)){0,2})"
                            r"(?:['’]s?\s+hash\s?rate)?\s+"
                            r"(?:will|would|could|to|exiting|ending|reaching|hitting|finishing|closing)\b|"
                            # "By TheMinerMag's own calculation, that level of output implies a realized hashrate of
                            # 32.43 EH/s": an outsider's arithmetic
                            r"\bimpl(?:y|ies|ied)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}hash\s?rate\b", re.I)),
    # hashrate sold forward, rented out or bought in, not the fleet's: "agreed to sell 0.25 EH/s of forward hashrate to
    # Luxor", "a hashrate purchase agreement for 0.2 EH/s", "contracts covering 0.9 EH/s expired"
    ("hashrate_traded", re.compile(r"\b(?:forward|rental|hash\s?rate\s+purchase|cloud[- ]hash(?:\s?rate)?)\s+"
                                   r"(?:agreements?|contracts?)\b[^.;]{0,60}$|"
                                   r"\bcontracts?\s+(?:covering|totall?ing)\s+(?:about\s+|approximately\s+)?$|"
                                   r"\bforward\s+sales?\s+of\s+(?:about\s+|approximately\s+)?$|"
                                   r"\b(?:sell(?:s|ing)?|sold|rent(?:s|ed|ing)?(?:\s+out)?|leas(?:e|es|ed|ing))\s+"
                                   r"(?:(?:about|approximately|roughly|some|an?|the|another|a\s+further)\s+)?$", re.I)),
    ("hashrate_traded_after", re.compile(r"^\s*(?:of\s+)?(?:forward|cloud|rented|leased|contracted)\s+hash|"
                                         # "Cipher will deliver 1 EH/s to the buyer"
                                         r"^\s*(?:of\s+hash\s?rate\s+)?to\s+(?:the|a|its)\s+buyers?\b|"
                                         r"^\s*of\s+(?:hash\s?rate\s+)?supply\b|"
                                         # "will buy 0.2 EH/s of hashrate for twelve months"
                                         r"^\s*of\s+hash\s?rate\s+(?:for|over)\s+(?:(?:a|the\s+next)\s+)?(?:one|two|three|"
                                         r"four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)[- ](?:months?|days?|weeks?|"
                                         r"years?)\b|"
                                         r"^[^.;]{0,80}\b(?:directed|sold|delivered|rented|leased)\s+to\s+(?:such\s+|the\s+)?"
                                         r"(?:buyers?|customers|marketplace)\b", re.I)),
]
LEFT_ONLY = {"excluded", "payout_level", "collateral", "increment", "change", "part", "supplier", "machine", "approaching", "machines_traded", "added_machines",
             "replaced",
             "design", "site_alone", "manufactured", "axis", "hashrate_traded"}
# searched in the clause's last 120 characters before the figure ("revised_from": across it)
WIDE_LEFT = {"other_coin", "requirement", "one_site", "conditional", "aggregate", "hypothetical", "forecast", "suspended"}
WHOLE_FLEET = re.compile(r"\b(?:total|fleet|company[- ]wide|overall|across (?:all|its)|combined|aggregate)\b", re.I)
RIGHT_ONLY = {"excluded_after", "gap_after", "conditional_after", "part_after", "machine_after", "pace_after", "superseded_after",
              "machines_after", "withdrawn_after",
              "offline_after", "shipped_after", "site_after", "deal_after"}
# searched in the clause's first 90 characters after the figure ("one_site_after" is anchored at the figure, and a
# site's name may be long: '" is now running in the Rockdale buildings')
WIDE_RIGHT = {"not_hashing_after", "including_hosted_after", "added_after", "supplier_after", "one_site_after",
              "fraction_after", "hashrate_traded_after"}
# Kind cues: first match in the clause wins, searched right before the figure, then the whole clause.
# "to lift the fleet to", "to bring its hashrate to": a kind cue in KINDS, and the mark of a result in rules
_RAISING_VERB = r"(?:lift|take|bring|boost|push|raise|increase|expand|double)"
_PURPOSE_VERB = rf"(?:to|should|would) {_RAISING_VERB}"
PURPOSE = re.compile(rf"\b{_PURPOSE_VERB}\b", re.I)
KINDS = [
    ("target", re.compile(r"\btarget(?:s|ed|ing)?\b|\baim(?:s|ed|ing)?\b|\bexpect(?:s|ed|ing)?\b|\bplan(?:s|ned)?\b|"
                          # (not a goal met: "1.6 EH/s at year end, in line with guidance")
                          r"\bgoal\b|(?<!in line with )(?<!ahead of )(?<!above )(?<!\bmet )\bguidance\b|"
                          r"\bguid(?:es|ed|ing) to\b|\bproject(?:s|ed)\b|\banticipat|\breach\b|\bscal(?:e|ing) up to\b|"
                          r"\bgrow(?:ing)? to\b|\bheading (?:to|toward|towards)\b|\b(?:by|before) (?:the )?(?:end|close|mid)|\bget to\b|\bby (?:year[- ]end|Q[1-4]|20\d\d)|"
                          r"\bforecast|\bexceed\b|\bon (?:track|course|pace)\b|\bwill\b|\bhop(?:es|ing) to\b|"
                          r"\bline of sight to\b|"  # "we have line of sight to 35 EH/s by 30 June 2026"
                          r"\b(?:timetable|timeline|schedule|deadline)\s+for\b|"  # "Timetable for 50 EH/s brought forward"

                          # "installing new rigs to lift the fleet to 52 EH/s", unless a past deed did it ("energized
                          # 2.0 EH/s of new miners to bring its operating hashrate to 36.5 EH/s")
                          r"(?<!energized )(?<!energised )(?<!added )(?<!installed )(?<!deployed )(?<!enough )"
                          rf"\b{_PURPOSE_VERB}\b(?:\s+[\w'’-]+){{0,4}}"
                          r"\s+to\s+(?:about |approximately |roughly |around |over |more than )?$", re.I)),
    # (not a machine's "at an average efficiency of 15 J/TH")
    ("average", re.compile(r"\baverage[sd]?\b(?!\s+(?:fleet\s+)?efficiency\b)|\baveraging\b|\brealized\b|\bavg\b", re.I)),  # "Avg. hashrate (EH/s)"
    ("energized", re.compile(r"\benergi[sz](?:ed|ing)\b", re.I)),
    ("deployed", re.compile(r"\bdeploy(?:ed|ing|ment)?\b", re.I)),
    ("installed", re.compile(r"\binstall(?:ed|ing)?\b|\bpurchas(?:e|ed|ing)\b|\bsecur(?:e|ed|ing)\b|\bacqui(?:re|red|"
                             r"ring|sition)\b|\bbought\b|\bagreed to buy\b|\bmachines? totall?ing\b|\brigs?\b", re.I)),
    ("capacity", re.compile(r"\bcapacity\b", re.I)),
    ("operational", re.compile(r"\boperat(?:ional|ing)\b|\bactive\b|\bonline\b|\bcurrent(?:ly)?\b|\bself-mining\b|"
                               r"\binitial\b|\bfleet\b", re.I)),
]
# a goal named right before the figure: "the road to 75 EH/s", "races toward 25 EH/s", "eyes 25 EH/s by September"
GOAL_BEFORE = re.compile(r"(?:\b(?:(?:road|path|way|race|races|racing|march|drive)\s+to|towards?|eye(?:s|ing))|"
                         r"\bnext\s+(?:stop|milestone|target|goal)(?:\s+(?:is|will be)|\W{0,3}?))\s+(?:about\s+|roughly\s+|some\s+)?$", re.I)
# a goal named right after the figure: "the 10 EH/s we committed to for the financial year"
GOAL_AFTER = re.compile(r"\s*(?:that\s+|which\s+)?(?:we|it|the company|management)\s+(?:had\s+|has\s+|have\s+)?"
                        r"(?:committed to|promised|pledged|guided to|targeted|set out to reach|set as (?:a|its|our) (?:goal|target)|"
                        # "50 EH/s, which we expect to reach by the end of June 2025"
                        r"(?:now\s+)?expects?\s+to\s+(?:reach|hit|achieve|have\s+in\s+place))\b|"
                        # "a further expansion to 50 EH/s targeted for the first half of 2025"
                        r"\s+(?:targeted|slated|planned|scheduled)\s+(?:for|by)\b", re.I)
# "working toward a 23 EH/s target", "a 50 EH/s hashrate goal" (but not one reached: "has reached its 23 EH/s goal")
GOAL_NOUN_AFTER = re.compile(r"\s*(?:(?:hash\s?rate|capacity|growth)\s+)?(?:target|goal)\b(?!\s+(?:of|was|is)\b)", re.I)
GOAL_MET_BEFORE = re.compile(r"\b(?:reach(?:ed|es)?|hit|hits|met|meets|achiev(?:ed|es)|pass(?:ed|es)?|"
                             r"surpass(?:ed|es)?|beat|beats|exceed(?:ed|s)?|cross(?:ed|es)?|top(?:ped|s)?|ahead of|"
                             r"short of|above|below)\s+"
                             r"(?:(?:its|our|the|their|this|that|(?-i:[A-Z])[\w-]*['’]s?)\s+){0,2}"
                             r"(?:[\w-]+\s+){0,2}$", re.I)
# the machines a purchase brings, with their hashrate: "agreed to buy 3,600 S19 miners, together rated at approximately
# 324 PH/s", "bought 2,000 S21 machines with a combined hashrate of about 400 PH/s" (not the fleet it brings about:
# "bought 5,000 rigs in March, bringing its hashrate to 20 EH/s")
PURCHASED_MACHINES = re.compile(r"\b(?:agree(?:d|s|ing) to (?:buy|purchase|acquire)|bought|purchased|acquired|"
                                r"(?:purchase|supply|sales?) (?:agreement|contract|order) (?:with (?:[\w.&-]+\s+){1,3}?)?for|"
                                r"(?:placed|signed) (?:a|an) (?:new\s+)?(?:purchase\s+)?order (?:with (?:[\w.&-]+\s+){1,3}?)?for|"
                                # "an order for 48,000 MicroBT miners totalling roughly 4.2 EH/s", "128,000 miners on order
                                # for delivery during 2022, representing roughly 13.7 EH/s"
                                r"\b(?:an|the|its) (?:new\s+)?(?:purchase\s+)?order for|on order|"

                                r"ordered)\s+"
                                r"(?:(?!\b(?:bring|bringing|brings|brought|lift\w*|tak\w+|rais\w+|push\w*|increas\w+|"
                                r"boost\w*|to)\b)[^.;]){0,90}?\b(?:with|rated at|totall?ing|representing|securing|"
                                # "for 27,000 S19j Pro machines, ..., for an aggregate hashrate of approximately 2.7 EH/s"
                                r"for(?=\s+(?:an?\s+)?(?:combined|total|aggregate)\s)|"
                                # "agreeing to buy 35,888 Antminer T21 machines that together deliver 6.8 EH/s"
                                r"(?:that|which)\s+(?:together\s+|collectively\s+)?"
                                r"(?:deliver|provide|represent|add up to))\s+"
                                r"(?:(?:a|an)\s+)?(?:combined|total|aggregate)?\s*(?:[\w-]+\s+){0,2}?(?:of\s+)?"
                                r"(?:about |approximately |roughly |around |some |nearly |over |more than )?$", re.I)
# a goal given no date: "sees a path to 100 EH/s, although it has not attached a date to that figure", "an ambition to
# grow to 50 EH/s, but gave no date for it" (rules.hashrate_candidates reads it after the figure, past its clause)
UNDATED_GOAL_AFTER = re.compile(r"\b(?:(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:attached|given|give|put|set|provided|"
                                r"provide)\s+(?:a|any)\s+(?:date|timeline|time\s?frame|deadline)|"
                                r"(?:gave|give|gives|giving)\s+no\s+(?:date|timeline|time\s?frame|deadline)|"
                                r"without\s+(?:a|any)\s+(?:date|timeline|time\s?frame|deadline)|"
                                r"only\s+put\s+a\s+date)\b", re.I)
NOT_OURS_BY_NAME = dict(NOT_OURS)
KINDS_BY_NAME = dict(KINDS)
# a place alone ("Odessa alone was running roughly 4.8 EH/s"): one site, unless the name is a company's ("Marathon alone
# now runs 57 EH/s"), which rules.hashrate_candidates decides from the sentence's mentions
NAME_ALONE = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z0-9][\w-]*)?\s+(?:alone|on its own|by itself)\b(?![^.;]*\b(?:fleet|hashrate|total|company)\b)[^.;]{0,40}$")
MIN_FLEET_EHS = 0.005  # 5 PH/s: anything smaller is a machine rating, not a listed miner's fleet
# No listed miner has come near 150 EH/s (the largest ran about 60 EH/s in 2025), and the network passed it in 2021:
# a larger figure is the network's ("The seven-day moving average reached roughly 1,008 EH/s")
MAX_FLEET_EHS = 150.0

# A past-tense report is not a target even when it says "by the end of July"; the future words make one.
PAST_REPORT = re.compile(r"\b(?:reached|rose|grew|increased|lifted|raised|boosted|expanded|hit|climbed|ended|finished|"
                         r"closed|stood|was|were|had|ran|operated|totall?ed|achieved|surpassed|exited)\b", re.I)
FUTURE = re.compile(r"\b(?:aim|aims|aiming|aimed|plan|plans|planning|planned|expect|expects|expected|expecting|wants?|"
                    r"target|targets|targeting|targeted|goal|will|intends?|on track|anticipates?|projects?|guidance|guides? to|guided to|guiding to|"
                    # "Argo said it now sees its hashrate reaching 5.5 EH/s by the end of 2022"
                    r"sees\s+(?:its|their|the)\s+[\w\s-]{0,20}?\b(?:reaching|hitting|rising|climbing|growing)|"
                    r"forecasts?|seeks?|hopes?|path to|on pace|on schedule|on course|set to|poised|en route|road to|to reach|"
                    # "the company was pushing its fleet toward 5 EH/s by the end of the year"
                    r"(?:pushing|working|racing|heading|moving|building)\s+(?:[\w'’-]+\s+){0,3}?towards?|"
                    rf"to hit|should\s+(?:{_RAISING_VERB}|reach|hit|grow)|"
                    # "has 31 EH/s today and is expanding to 52 EH/s": a build under way
                    r"(?:is|are)\s+(?:expanding|growing|scaling)(?:\s+(?:its|the)\s+[\w-]+)?\s+to)\b", re.I)
