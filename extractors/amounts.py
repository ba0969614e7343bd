"""Quantities in text: BTC amounts, hashrates (normalised to EH/s) and USD amounts.

Covers   "650.5 Bitcoin (BTC)", "4,529.7 BTC", "3,318 BTC3", "10,264 Bitcoin(2)" (glued footnotes), "140 BTC[2]",
         "four hundred bitcoin", "32 exahashes per second (EH/s)", "32EH/s", "850 PH/s",
         "45-50 EH/s" (range), "$305 million", "US$1.2bn", "USD 10 million", "50 million USDT"
Rejects  "ProCap BTC" (no number), "$68,900" stays a USD amount (callers decide it is a price)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
WORD_NUMS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
             "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORD_MULT = {"hundred": 100, "thousand": 1000}
# a reporting aside between a figure and its verb: "Some 160 BTC, the company said, were sold in August"
REPORTING_ASIDE = r"(?:(?:the\s+company|the\s+miner|it|management)\s+(?:said|says|reported|added|noted),\s+)?"
MAX_VALUE = 1e15  # larger than any BTC count, hashrate or loan; beyond it a "number" is noise (or float overflow)

# (and thousands set off by spaces, as some filings and European releases print them: "1 210 BTC", "1 565 PH/s")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.]\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# (a speaker's answer may open on one: "HOLMES: Six exahash by the end of this fiscal year")
_WORD = "|".join(sorted(list(WORD_NUMS) + list(WORD_MULT), key=len, reverse=True)) + \
    "|(?<=[A-Z]: )(?:" + "|".join(sorted((w.capitalize() for w in WORD_NUMS if w != "zero"), key=len, reverse=True)) + ")"
# spoken figures: "a hundred and ten", "thirty-one and a half", "thirty-three point seven", "a couple hundred",
# "four thousand, eight hundred and eighty-nine"
_DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine"
_WORDS = (rf"(?:(?:a\s+(?:couple\s+(?:of\s+)?)?(?=hundred|thousand))?(?:{_WORD})(?:(?:(?<=thousand)|(?<=million)),?[\s-]+(?:and\s+)?(?:{_WORD})|[\s-]+(?:and\s+)?(?:{_WORD}))*"
          rf"(?:\s+point(?:\s+(?:{_DIGIT_WORD}))+|\s+and\s+a\s+half)?)")
_SCALE = r"(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|mln|bln|mn|bn|tn|[kKmMbB])(?![A-Za-z])"  # "million1": a footnote
_PLAIN_NUMBER = re.compile(rf"({_DIGITS})\s?([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|mln|bln|mn|bn|tn|[kKmMbB])?")
# (a spelled number right after digits is a translation's unit, not a count: "0.75 ten-thousand coins")
NUMBER = rf"(?:(?<![\w.,])(?:{_DIGITS})(?:\s?{_SCALE})?|(?<!\d\s)(?<![A-Za-z]-)\b{_WORDS}\b)"
# a character inside one clause: a decimal point ("1.2 EH/s") does not end it, a full stop or semicolon does
CLAUSE_CHAR = r"(?:[^.;]|(?<=\d)\.(?=\d))"
# (and a digit glued to a thousands group, which no grouped number can end with: "compared with 1,0621 BTC in Q1")
_FOOT = r"(?:\[\d{1,2}\]|\(\d{1,2}\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]|(?<=\d,\d{3})\d(?!\d))?"
_RANGE_SEP = r"\s?(?:-|–|—|to)\s?"

# "370 Bitcoin and Bitcoin Equivalents ("BTC") mined in the quarter", "11 bitcoin or bitcoin equivalents"
_BTC_UNIT = r"(?:(?:BTC[Ees]?|XBT|[Bb]itcoins?|BITCOIN|bitcoin)" \
            r"(?:[\s-][Ee]quivalents?|\s(?:and|or)\s[Bb]itcoin\s[Ee]quivalents?)?" \
            r"(?:\s\([\"“]?BTC[\"”]?\)(?=\s(?:(?:were|was)\s)?(?:mined|produced|sold|held|earned)\b))?|(?P<coins>coins))"
_HASH_UNIT = (r"(?P<hu>EH/s|EH/S|Eh/s|EHuM|"  # ("EHuM": exahash per second under management, Bitfarms's unit)
              r"EH|[Ee]xa[- ]?[Hh]ash(?:es)?(?:\s+per\s+second)?(?:/s)?|PH/s|PH/S|Ph/s|PH|[Pp]eta[- ]?[Hh]ash(?:es)?"
              r"(?:\s+per\s+second)?|TH/s|TH/S|Th/s|TH|[Tt]era[- ]?[Hh]ash(?:es)?(?:\s+per\s+second)?)"
              r"(?:(?<=/s)\d)?(?![\w/])")

BTC_RE = re.compile(rf"(?P<num>{NUMBER})(?:{_RANGE_SEP}(?P<num2>{NUMBER}))?{_FOOT}\s?(?:of\s(?:its|their|our)\s|"
                    # "The company sold 362 of those coins"
                    # (not "every one of those coins")
                    rf"(?<=\d\s)of\s(?:those|these)\s(?=coins\b|bitcoins?\b|[Bb]itcoins?\b|BTC\b)|"
                    # "sold 396 of the Bitcoin mined in the quarter"
                    rf"of\sthe\s(?=(?:[Bb]itcoins?|BTC)\s+(?:it|we|they|that|which|mined|produced|"
                    rf"earned)\b))?(?:(?:self-)?mined\s|un(?:restricted|encumbered)\s|"
                    # "mined 265.6 new bitcoin in June", "about 846 newly minted bitcoin"
                    # (not the network's issuance: "the roughly 13,500 new bitcoin issued during the month")
                    rf"(?:new|newly\s(?:minted|mined)|freshly\s(?:minted|mined))\s(?=(?:[Bb]itcoins?|BTC)\b"
                    rf"(?!\s+(?:issued|created|entering|released|(?:were|was)\s+(?:issued|created|released)))))?"
                    rf"{_BTC_UNIT}(?:\d|\(\d\)|\[\d\])?"
                    # (not a count of things named after the coin: "three bitcoin mining facilities")
                    # (nor another coin named after it: "7,431.8 bitcoin cash (BCH)")
                    rf"(?![\w])(?!\s+(?:[Cc]ash|CASH|SV|Gold)\b)(?!\s+mining\s+(?:facilit|sites?\b|compan|firms?\b|operations?\b|rigs?\b|machines?\b|"
                    rf"data\s+cent|campus))")  # "13,762 self-mined BTC", "3,828 of its bitcoin"
# "BTC 1,234" / "Bitcoin mined: 650.5" style is handled by table/label rules, not here.
HASH_RE = re.compile(rf"(?:(?P<btw>between)\s+)?(?P<num>{NUMBER})(?:(?P<sep>{_RANGE_SEP}|\s+and\s+)(?P<num2>{NUMBER}))?"
                     rf"{_FOOT}\s?{_HASH_UNIT}")
USD_RE = re.compile(
    # "US$9.5-million" (and "$US15.6 million", as Australian papers write it)
    rf"(?:(?:US|USD|C|A)?\$(?:US(?![A-Za-z]))?|USD\s?|US\$)\s?(?P<num>{_DIGITS})(?:(?:\s?|-)(?P<scale>{_SCALE}))?"
    rf"|(?P<num_b>{_DIGITS})\s?(?P<scale_b>{_SCALE})?\s?(?:USDT|USDC|US dollars|dollars|USD)\b"
    # "drew another eight million dollars", "paid back ten million dollars"
    rf"|\b(?P<num_w>(?:{_WORDS}|half a)\s+(?:thousand|million|billion))\s+(?:US\s+|U\.S\.\s+)?dollars\b"
)
HASH_FACTOR = {"E": 1.0, "P": 1e-3, "T": 1e-6}

_QUALIFIERS = [
    ("approximate", r"(?:approximately|approx\.?|about|around|roughly|nearly|almost|some|an estimated|close to|~|c\.)"),
    # a threshold passed is a lower bound: "crossed 10 EH/s for the first time, finishing the month at 10.1 EH/s"
    ("at_least", r"(?:over|more than|at least|exceed(?:s|ed|ing)?|in excess of|north of|above|upwards of|"
                 r"a minimum of|>|surpass(?:es|ed|ing)?|tops|topped|topping|cross(?:es|ed|ing)|pass(?:es|ed|ing)|"
                 r"eclips(?:es|ed|ing)|breaks|broke|past|beyond|"
                 # "crossed the one exahash mark"
                 r"(?:cross(?:es|ed|ing)|pass(?:es|ed|ing)|surpass(?:es|ed|ing)|topp(?:ed|ing)|broke|breaks) the)"),
    # (a motion up to a level is no bound: "operational hashrate edged up to 3.9 EH/s")
    ("at_most", r"(?:(?<!scale )(?<!scaling )(?<!ramp )(?<!ramping )(?<!grow )(?<!growing )(?<!edged )(?<!ramped )"
                r"(?<!inched )(?<!crept )(?<!ticked )(?<!moved )(?<!climbed )(?<!jumped )(?<!stepped )(?<!scaled )"
                r"(?<!built )(?<!powered )up to|as much as|less than"
                r"|under|below|fewer than|a maximum of|<|nears|nearing|approach(?:es|ing))"),
]
_QUAL_RE = [(q, re.compile(rf"(?:^|\W){p}\s*$", re.I)) for q, p in _QUALIFIERS]


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str  # BTC | EH/s | USD
    start: int  # char offsets within the string searched
    end: int
    qualifier: str | None = None
    is_range: bool = False


def parse_number(s: str) -> float | None:
    """'4,529.7' -> 4529.7; '1.2bn' -> 1.2e9; '$305 million' -> 3.05e8; 'four hundred' -> 400."""
    s = s.strip().replace("$", "").replace("US", "").strip()
    m = _PLAIN_NUMBER.fullmatch(s)
    if m:
        base = float(m.group(1).replace(",", "").replace(" ", ""))
        scale = m.group(2)
        value = round(base * SCALES[scale.lower()], 6) if scale else base  # 8.04 * 1e6 is 8039999.999999999
        return value if value < MAX_VALUE else None
    return _words_to_number(s.lower())


def _words_to_number(s: str) -> float | None:
    s, half = (s[:-len(" and a half")], 0.5) if s.endswith(" and a half") else (s, 0.0)
    s, _, point = s.partition(" point ")
    scale, fraction = 1, 0.0
    if point and point.split()[-1] in ("thousand", "million", "billion"):
        # "four point one million (dollars)"
        *digit_words, word = point.split()
        point, scale = " ".join(digit_words), {"thousand": 10**3, "million": 10**6, "billion": 10**9}[word]
    if point:
        digits = [WORD_NUMS.get(w) for w in point.split()]
        if any(d is None or d > 9 for d in digits):
            return None
        fraction = float("0." + "".join(str(d) for d in digits))
    words = re.split(r",?[\s-]+", s)  # ("four thousand, eight hundred")
    if words[:2] == ["a", "couple"]:
        words = ["two"] + words[2 + (words[2:3] == ["of"]):]  # "a couple hundred"
    elif words[:1] == ["a"]:
        words = words[1:]  # "a hundred and ten"
    total, current, seen = 0, 0, False
    for w in words:
        if w == "and" or not w:
            continue
        if w in WORD_NUMS:
            current += WORD_NUMS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += max(current, 1) * {"thousand": 1000, "million": 10**6, "billion": 10**9}[w]
            current = 0
        else:
            return None
        seen = True
    return round((float(total + current) + fraction + half) * scale, 6) if seen else None


def qualifier_before(text: str, pos: int) -> str | None:
    """The qualifier word right before a number at `pos`, if any ("over 4,400 BTC" -> at_least)."""
    window = text[max(0, pos - 24):pos]
    for q, rx in _QUAL_RE:
        if rx.search(window):
            return q
    return None


def _holds_any(text: str, letters: tuple[str, ...]) -> bool:
    return any(x in text for x in letters)


# What every unit of _BTC_UNIT / _HASH_UNIT / USD_RE starts with: `in` (or str.find, in the prefilter) rules a text out
# far faster than the pattern can
BTC_UNIT_STARTS = ("BTC", "XBT", "Bitcoin", "bitcoin", "BITCOIN", "coins")
HASH_UNIT_STARTS = ("EH", "Eh", "PH", "Ph", "TH", "Th", "exa", "peta", "tera", "Exa", "Peta", "Tera")
_USD_LETTERS = ("$", "USD", "dollars")


_YEAR_AS_LABEL = re.compile(r"20[0-3]\d")
_METRIC_LABEL_AFTER = re.compile(r"\s+(?:self-)?(?:mined|produced|production|output|held|holdings|sold|sales)\b"
                                 r"(?:\s+\w+){0,3}\s*(?::|\bwas\b|\bwere\b|\btotall?ed\b|\breached\b|\bcame to\b|\bof\b)",
                                 re.I)


_SUBPERIOD_PART = re.compile(rf"[^.;:]{{0,70}}?,\s+(?:including|of\s+which)\s+(?:about\s+|approximately\s+|roughly\s+)?"
                             rf"(?P<num>{_DIGITS})(?![\d%]|[,.]\d|\s*(?:BTC|bitcoins?|coins))"
                             rf"(?=\s+(?:came\s+|were\s+(?:mined|produced|earned)\s+)?(?:in|during|over)\s+(?:the\s+)?"
                             r"(?:first|second|third|fourth|final|last|Q[1-4]\b|January|February|March|April|May|June|July|August|September|"
                             r"October|November|December))")


def find_btc(text: str) -> list[Quantity]:
    """All BTC amounts in `text`."""
    if not _holds_any(text, BTC_UNIT_STARTS):
        return _sorted_unique((unit_first_btc(text) if "₿" in text else [])
                              + (small_unit_btc(text) if any(u in text for u in SMALL_UNIT_LETTERS) else []))
    out = []
    for m in BTC_RE.finditer(text):
        if text[max(0, m.start() - 1):m.start()] == "$" or re.match(r"-(?:backed|collateral|denominated|linked|"
                                                                       r"secured)", text[m.end():]):
            continue  # "$100 million bitcoin-backed facility": dollars, not bitcoin
        if _NOT_AMOUNT_AFTER.match(text, m.end()):
            continue  # "3 of the 12 bitcoin miners we track": a count of companies
        if m.group("num").lower() in ("hundred", "thousand", "hundreds", "thousands"):
            continue  # "selling a few hundred bitcoin a quarter": no figure
        if _YEAR_AS_LABEL.fullmatch(m.group("num")) and _METRIC_LABEL_AFTER.match(text, m.end()):
            continue  # "2023 bitcoin mined: 1,017 BTC", "2024 BTC production": a year naming the figure after it
        if m.group("coins") and (_OTHER_COINS.search(text) or (parse_number(m.group("num")) or 0) > 300_000):
            continue  # "coins" is bitcoin only where no other cryptocurrency is named, and no miner holds 300,000
        q = _quantity(text, m, "BTC", 1.0)
        if q:
            q = _restated_exactly(text, q)
            bases = _bare_comparisons(text, q, 1.0)
            out += [q, *bases, *_bare_part_before(text, q), *_bare_part_after(text, q)]
            out += [n for x in (q, *bases) if (n := _same_flow_next(text, x)) is not None]
            if (total := _RUNNING_TOTAL_AFTER.match(text, q.end)) is not None and (
                    value := parse_number(total.group("num"))) is not None and value > q.value:
                # "mined 214 bitcoins last month, ..., which lifts its total for 2021 to 2,045"
                out.append(Quantity(value, q.unit, total.start("num"), total.end("num"),
                                    qualifier_before(text, total.start("num"))))
            if (sub := _SUBPERIOD_PART.match(text, q.end)) is not None \
                    and (value := parse_number(sub.group("num"))) is not None and 0 < value < q.value:
                # "produced 5,554 bitcoin last year, up from 3,812 in 2021, including 1,853 in the fourth quarter": the
                # part a shorter period of its own took
                out.append(Quantity(value, q.unit, sub.start("num"), sub.end("num"), qualifier_before(text, sub.start("num"))))
            flow: Quantity | None = q
            for _ in range(3):  # "produced 467 BTC in April and sold 250, and held 6,279 at month-end"
                if (flow := _bare_flow_after(text, flow)) is None:
                    break
                out.append(flow)
    if NAMED_FIRST_HINT.search(text):
        # "Total BTC held of 733 as of October 31, 2023, compared with 703 at September 30, 2023"
        out += [c for q in _balance_named_first(text) for c in (q, *_bare_comparisons(text, q, 1.0))]
    if "BTC " in text or "₿" in text:
        out += unit_first_btc(text)  # "Argo mined BTC 129 in July", "BTC 72.18 mined in the month"
    if any(u in text for u in SMALL_UNIT_LETTERS):
        out += small_unit_btc(text)
    return _sorted_unique(out)


# the unit before the figure, as British and Canadian releases write it: "mined BTC 129 in July", "total holdings of BTC
# 293.30 at June 30", "BTC 72.18 mined in the month" (a verb or "of" next to it, so that no label or year is taken)
# and the bitcoin sign, which names the coin wherever it stands: "mined ₿412 in April", "holdings of ₿ 19,211"
UNIT_FIRST_BTC = re.compile(rf"(?:\bBTC\s|(?P<sign>₿)\s?)(?P<num>{_DIGITS})(?:\s?(?P<scale>[Tt]housand|[kK])(?![A-Za-z]))?"
                            rf"(?![\d%]|[,.]\d)")
_UNIT_FIRST_BEFORE = re.compile(r"\b(?:mined|produced|sold|held|holds|of|earned|generated|with|from|to|at|totall?ing|"
                                r"approximately|about|roughly|nearly)\s$")
_UNIT_FIRST_AFTER = re.compile(r"\s+(?:mined|produced|sold|held|earned)\b")
_UNIT_FIRST_NOT_AFTER = re.compile(r"\s*(?:BTC|bitcoins?|million|billion|%|percent)")


# bitcoin told in its small units: "736.4 billion sats" (7,364 BTC), "31,870 mBTC" (31.87 BTC)
SMALL_UNIT_BTC = re.compile(rf"(?<![\w.,])(?P<num>{_DIGITS})\s?(?P<scale>billion|million|bn|mn|[BbMm])?\s?"
                            r"(?:(?P<sats>sats|satoshis)|(?P<mbtc>mBTC|millibitcoins?|millibits?))\b")
SMALL_UNIT_LETTERS = ("sats", "satoshis", "mBTC", "millibit")


def small_unit_btc(text: str) -> list[Quantity]:
    out = []
    for m in SMALL_UNIT_BTC.finditer(text):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        scale = {"billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6}.get(
            (m.group("scale") or "").lower(), 1.0)
        value = value * scale / 1e8 if m.group("sats") else value / 1e3
        if value > 0 and value != 1.0:  # (not the unit's definition: "one bitcoin equals 100 million satoshis")
            out.append(Quantity(round(value, 8), "BTC", m.start(), m.end(), qualifier_before(text, m.start())))
    return out


def unit_first_btc(text: str) -> list[Quantity]:
    out = []
    for m in UNIT_FIRST_BTC.finditer(text):
        before = _UNIT_FIRST_BEFORE.search(text, max(0, m.start() - 14), m.start()) is not None
        if not m.group("sign") and not (before and not _UNIT_FIRST_NOT_AFTER.match(text, m.end())) \
                and not _UNIT_FIRST_AFTER.match(text, m.end()):
            continue
        raw, value = m.group("num"), parse_number(m.group("num"))
        if value is not None and m.group("scale"):
            value *= 1e3
        if value is None or value <= 0 or re.fullmatch(r"(?:19|20)\d\d", raw):
            continue
        out.append(Quantity(value, "BTC", m.start(), m.end("scale") if m.group("scale") else m.end("num"),
                            qualifier_before(text, m.start())))
    return out


_FLOW_MOVED = (r"(?:(?:rose|grew|increased|climbed|fell|dropped|decreased|declined)\s+to|was|were|totall?ed|reached|"
               r"came\s+to)\b")
# "Bitcoin balance stood at 4,729 on September 30, 2021", "its BTC holdings totaled 6,914 at year end": the unit names
# the balance before its figure, which then goes bare
BALANCE_NAMED_FIRST = re.compile(
    # ("bringing total Bitcoin held in reserve to 8,388 as of August 31, 2022")
    rf"(?:\b(?P<verb>bringing|lifting|taking|raising|boosting|increasing|reducing|cutting)\s+(?:(?:its|their|the)\s+)?(?:total\s+)?)?"
    # ("The total bitcoin balance held in reserve stood at 6,769 as of April 30, 2022")
    rf"\b(?:(?:[Bb]itcoin|BTC|BITCOIN)\s+(?:(?:holdings?|balance)\s+held\s+in\s+(?:reserve|treasury|custody)|holdings?|"
    rf"balance|treasury|reserves?|"
    # a results bullet's label: "Total BTC held of 733 as of October 31, 2023", "BTC earned year-to-date of 4,113"
    rf"(?:held|earned|mined|produced)(?:\s+(?:year-to-date|YTD))?(?=\s+of\s))|"
    # "Treasury holdings of BTC stood at 808.2 on December 31, 2021"
    rf"(?:[Hh]oldings|[Bb]alance|[Tt]reasury)\s+of\s+(?:[Bb]itcoin|BTC)(?:\s+and\s+(?:ETH|[Ee]ther(?:eum)?))?|"
    # "Bitcoin held in reserve climbed to 8,388 at September 30, 2022, from 7,406 at June 30, 2022"
    rf"(?:[Bb]itcoin|BTC|BITCOIN)\s+held\s+in\s+(?:reserve|treasury|custody)|"
    # "Bitcoin mined rose to 445 in June from 417 in May"
    rf"(?:[Bb]itcoin|BTC|BITCOIN)\s+(?:mined|produced|production|output)(?=\s+{_FLOW_MOVED}))"
    # ("Total Bitcoin held in reserve as at January 31, 2023 was 9,091")
    rf"(?:\s+as\s+(?:at|of)\s+(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\s+(?:19|20)\d\d),?)?\s+"
    rf"(?(verb)to|(?:(?:had\s+|has\s+)?(?:stood|stands)\s+at|totall?ed|totals|was|were|of|reached|(?:rose|grew|increased|climbed|fell|dropped|decreased|declined)\s+to|came\s+to|"
    rf"amounted\s+to))\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|around\s+)?(?P<num>{_DIGITS}){_FOOT}"
    rf"(?![\d%]|[,.]\d|\s*(?:million|billion|[mb]n\b|BTC|bitcoins?|coins|percent|per\b|%|[EPT]H))")


NAMED_FIRST_HINT = re.compile(r"oldings|alance|eserve|reasury|(?:held|earned|mined|produced|YTD|to-date) of |held in |"
                              rf"(?:mined|produced|production|output) {_FLOW_MOVED}")


def _balance_named_first(text: str) -> list[Quantity]:
    out = []
    for m in BALANCE_NAMED_FIRST.finditer(text):
        raw, value = m.group("num"), parse_number(m.group("num"))
        if value is not None and value >= 1 and not re.fullmatch(r"(?:19|20)\d\d", raw):
            out.append(Quantity(value, "BTC", m.start("num"), m.end("num"), qualifier_before(text, m.start("num"))))
    return out


# "reported output of 1,221 bitcoins for July against sales of 1,975", "mined 467 BTC in April and sold 250": a bare
# figure of another BTC flow or stock, later in the same sentence, takes the unit named before it
# (across a day: "self-mined 555 BTC in the quarter ended Sept. 30 and sold all 555")
_FLOW_AFTER = re.compile(rf"(?:[^.;:\d$%]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{{1,2}}\b){{0,60}}?(?:,|\band|\bbut|\bwhile|\bagainst|\bversus|\bwith)\s+(?:(?:it|the company|the miner|"
                         rf"they|we|[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){{0,2}})\s+)?(?:(?:also|then|only|still)\s+)?"
                         rf"(?P<verb>sold|selling|sales of|a sale of|held|holding|holds|has|had|owns|holdings "
                         rf"of|mined|produced|production of|output of|bought|purchased)\s+(?:around |about |approximately |roughly |some |"
                         rf"nearly |only |just |another |a further |all )?(?P<num>{_DIGITS})(?![\d%]|[,.]\d)"
                         r"(?=\s*(?:[,;)]|\.(?!\d)|$|\s+(?:in|during|for|at|as of|by|over|on|to|that|this|last|the|and|which|of "
                         r"(?:them|those|it)|at\s+month-end|left)\b))")


_UNIT_BETWEEN = re.compile(r"\b(?:BTC|bitcoins?|coins|[EPT]H/s|exahash|shares|ETH|ether)\b")


def _bare_flow_after(text: str, q: Quantity) -> Quantity | None:
    m = _FLOW_AFTER.match(text, q.end)
    if m is None or _UNIT_BETWEEN.search(text[q.end:m.start("verb")]):
        return None  # (another unit named between: the bare figure may be of it)
    return _bare_figure(text, m, q.unit)


def _bare_figure(text: str, m: re.Match[str], unit: str) -> Quantity | None:
    """The bare number in `m`'s "num" group, in `unit`; None for a year or a number under one."""
    raw, value = m.group("num"), parse_number(m.group("num"))
    if value is None or value < 1 or re.fullmatch(r"(?:19|20)\d\d", raw):
        return None
    return Quantity(value, unit, m.start("num"), m.end("num"), qualifier_before(text, m.start("num")))


# "mined a little over a thousand bitcoin in the first quarter, or 1,059 by its own count": the same figure, exact
_OR_EXACTLY = re.compile(rf"[^\d;:.]{{0,40}}?,\s+or\s+(?:exactly\s+|precisely\s+)?(?P<num>{_DIGITS})(?![\d,.%]|\s*(?:percent|per\b|"
                         r"BTC|bitcoin|coins|[EPT]H|exahash|petahash|miners|machines|MW|megawatts))")


def _restated_exactly(text: str, q: Quantity) -> Quantity:
    """A hedged figure restated exactly is the exact figure, in the hedged one's place (and clause, and period)."""
    m = _OR_EXACTLY.match(text, q.end)
    value = parse_number(m.group("num")) if m else None
    if m is None or value is None or not q.value or not 0.8 <= value / q.value <= 1.25:
        return q
    return replace(q, value=value, qualifier=None)


# "held 10,670 BTC ..., and 7,821 of those were pledged", "had pledged 2,180 of them to Coinbase Credit"
_PART_OF_THOSE = re.compile(rf"(?<![\d.,$])(?P<num>{_DIGITS})\s+of\s+(?:those|them|these)\b")


# the part is what a verb acted on ("sold 331 of them") or the subject of one ("7,821 of those were pledged"), not a
# description ("1,295 BTC, 227 of them BTC equivalents")
_PART_VERB_BEFORE = re.compile(r"\b(?:sold|sells|pledged|posted|kept|retained|converted|liquidated|lent|loaned|transferred|"
                               r"deposited|used|spent)\s+(?:about |approximately |roughly |some |nearly |only |just )?$", re.I)
_PART_AUX_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|has|remain(?:s|ed)?|went|came)\b", re.I)


def _bare_part_after(text: str, q: Quantity) -> list[Quantity]:
    """A bare part of the BTC figure just before it, in the same sentence, takes its unit (the first such part only)."""
    m = _PART_OF_THOSE.search(text, q.end, q.end + 120)
    if m is None:
        return []
    value = parse_number(m.group("num"))
    if value is not None and 0 < value < q.value and "." not in text[q.end:m.start()] and (
            _PART_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _PART_AUX_AFTER.match(text, m.end())):
        return [Quantity(value, q.unit, m.start("num"), m.end("num"), qualifier_before(text, m.start("num")))]
    return []


_PART_OF = re.compile(rf"(?<![\d.,$])(?P<num>{_DIGITS})\s+(?:of|out of)\s+(?:the|its)\s+(?:about |approximately |roughly |"
                      r"nearly |some )?$")


_NOT_AMOUNT_AFTER = re.compile(r"[ \t]*(?:miners|mining (?:companies|firms|stocks)|companies|firms|stocks|ETFs?|funds|"
                               r"addresses|wallets|whales|units|machines|rigs)\b", re.I)  # ("27,744 bitcoin units")
_NOT_COINS_AFTER = re.compile(r"\s*(?:miners|mining|companies|firms|stocks|treasur\w*|holders|ETFs?|funds)\b", re.I)


def _bare_part_before(text: str, q: Quantity) -> list[Quantity]:
    """'sold 38 of the 164 bitcoin it mined': the part takes the whole's unit."""
    m = _PART_OF.search(text, max(0, q.start - 40), q.start)
    value = parse_number(m.group("num")) if m else None
    if m is None or value is None or not 0 < value <= q.value or _NOT_COINS_AFTER.match(text, q.end):
        return []
    return [Quantity(value, q.unit, m.start("num"), m.end("num"), qualifier_before(text, m.start("num")))]


def find_hashrates(text: str) -> list[Quantity]:
    """All hashrates in `text`, normalised to EH/s."""
    if not _holds_any(text, HASH_UNIT_STARTS):
        return []
    out = []
    for m in HASH_RE.finditer(text):
        factor = HASH_FACTOR[m.group("hu")[0].upper()]
        if m.group("sep") and "and" in m.group("sep") and not m.group("btw"):
            # "30 EH/s by the end of 2024 and 50 EH/s": only "between X and Y" is a range
            m = HASH_RE.match(text, m.start("num2"))  # type: ignore[assignment]
            if m is None:
                continue
        q = _quantity(text, m, "EH/s", factor)
        if q:
            out += [q, *_bare_comparisons(text, q, factor)]
    return _between_both_with_units(text, _sorted_unique(out))


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|approximately\s+|roughly\s+)?$", re.I)
_AND_ONLY = re.compile(r"\s+(?:and|to)\s+")


def _between_both_with_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """'between 7 EH/s and 9 EH/s online by December 31': one range, reported by its upper bound."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and not prev.is_range and q.value > prev.value \
                and _AND_ONLY.fullmatch(text, prev.end, q.start) \
                and (_BETWEEN_BEFORE.search(text, max(0, prev.start - 24), prev.start)
                     or text[prev.start:prev.start + 8].lower() == "between "):
            out[-1] = Quantity(q.value, q.unit, prev.start, q.end, "at_most", True)
            continue
        out.append(q)
    return out


_OTHER_COINS = re.compile(r"\b(?:ETH|[Ee]ther(?:eum)?|Solana|SOL|Litecoin|LTC|Dogecoin|DOGE|XRP|USDT|USDC|TRX|KAS|Kaspa|"
                          r"[Ss]tablecoins?|[Aa]ltcoins?|[Mm]emecoins?|tokens?)\b")
# A bare number that restates the figure before it for another period takes its unit: "produced 437 BTC in October,
# compared with 445 in September", "ended at 31.5 EH/s, up from 28.1 at the end of June", "sold 507 BTC of the 531 it
# mined in the quarter". Only where the words after it are a period or a clause's end, never another unit.
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


# the same flow over another period, bare: "mined 425 bitcoin in December ... and 3,812 for all of 2021", "It mined 462
# BTC in January but only 268 in May", "went from 301 BTC in January to 431 in May"
_SAME_FLOW_NEXT = re.compile(rf"\s+(?:(?:in|for|during|over)\s+(?:[^\d;:.]|(?<![\d,.])(?:19|20)\d\d\b){{2,30}}?|"
                             rf"a\s+year\s+(?:earlier|ago|before))(?:,\s*|\s+)"
                             rf"(?:and|but|to|versus|against)\s+"
                             rf"(?:only\s+|just\s+|then\s+|about\s+|roughly\s+|nearly\s+)?"
                             rf"(?P<num>{_DIGITS})(?![\d%]|[,.]\d)"
                             rf"(?=\s+(?:in|for|over|during)\s+"
                             rf"(?:all\s+of\s+|the\s+(?:full\s+|whole\s+)?year\b|{MONTH_NAME}\b|(?:19|20)\d\d\b|"
                             # "mined 755 bitcoin in the first three months of 2021 and 928 in the second quarter"
                             rf"the\s+(?:first|second|third|fourth)\s+(?:quarter|half)\b|"
                             rf"Q[1-4]\b|fiscal\b|FY))")


_RUNNING_TOTAL_AFTER = re.compile(rf"[^.;:\d$]{{0,60}}?"
                                  rf"\b(?:lifts?|lifting|lifted|brings?|bringing|brought|takes?|taking|took|pushes|"
                                  rf"pushing|pushed)\s+"
                                  rf"(?:its|the)\s+(?:running\s+|cumulative\s+)?(?:total|tally)\s+"
                                  rf"(?:for\s+(?:the\s+year|(?:19|20)\d\d)\s+)?to\s+(?P<num>{_DIGITS})(?![\d%]|[,.]\d)"
                                  r"(?!\s*(?:BTC|bitcoins?|coins|[EPT]H))")


def _same_flow_next(text: str, q: Quantity) -> Quantity | None:
    m = _SAME_FLOW_NEXT.match(text, q.end)
    if m is None or _UNIT_BETWEEN.search(text, q.end, m.start("num")):
        return None
    return _bare_figure(text, m, q.unit)


_BARE = re.compile(
    # the gap after the figure: words, years and quarters ("in fiscal 2025", "in Q3"), no other number and no rate
    # (and a percentage: "mined 609 bitcoin in the fourth quarter, 167% more than the 228 it produced")
    # (and a rate set off as an aside: "151 Bitcoin generated, or approximately 4.9 Bitcoin per day, down from 181")
    r"(?:(?!per\b|a day|daily|each|average)(?:[^\d;:]|"
    r",\s+(?:or|an\s+average\s+of|averaging)\s+(?:approximately\s+|about\s+|roughly\s+)?\d+(?:\.\d+)?\s+(?:BTC|[Bb]itcoins?)\s+"
    r"(?:per\s+day|a\s+day|daily),|"
    r"(?<![\d,.])(?:19|20)\d\d(?!\d|[.,]\d)|(?<=[A-Za-z])\d{1,2}\b|"
    r"(?<=\bHut\s)8\b|"  # "were mined by Hut 8 in January, compared with 299 in December"
    # a day of a month: "held of 733 as of October 31, 2023, compared with 703"
    rf"\b{MONTH_NAME}\s\d{{1,2}}\b"
    r"(?!\s*(?:BTC|bitcoin))|"
    rf"\b\d{{1,2}}\s{MONTH_NAME}\b|"  # (or day first: "on its balance sheet at 30 June 2021, up from just 127")
    r"(?<![\d,.])\d{1,4}(?:\.\d+)?\s?%)){0,60}?"
    r"(?:(?:\s(?:up|down|rising|falling|climbing|dropping|increas(?:ed|ing)|decreas(?:ed|ing)|(?:a\s+)?(?:rise|fall|"
    r"drop|decline|jump|gain|increase|decrease))\s+from|\scompared\s+(?:with|to)|\sversus|\svs\.?|\sagainst|\sfrom|"
    r"\safter)"  # "mining 706 BTC in February after 750 in January"
    rf"\s+(?:the\s+)?(?:just\s+|only\s+|about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+|~\s?)?(?P<num>{_DIGITS})"
    rf"(?=\s*(?:in|during|for|a|one|the|last|previous|prior|at|on|as of|by|over|year|month|quarter)\b)"
    rf"(?!\s+(?:for|at|by|of|on)\s+(?!(?:Q[1-4]|H[12]|FY|[Ff]iscal|[A-Z][a-z]{{2,8}}\.?\s+\d|{MONTH_NAME}\b|"
    rf"\d{{1,2}}\s+{MONTH_NAME}\b))"
    r"[A-Z])"
    r"|\s(?:of|from|out of|past|than|over|above|below|under|double|triple|twice|quadruple)\s+the\s+"
    rf"(?P<num_of>{_DIGITS})(?=\s+(?:that\s+|which\s+)?(?:it|they|the company)\s+"
    r"(?:had\s+)?(?:self-)?(?:mined|produced|generated|earned)\b))")


# a step or a stand-in is no figure to compare: "rose by 45 BTC in July, compared with 30 in June", "the equivalent
# of 250 BTC", "added 1.5 EH/s in the quarter"
_NOT_A_BASE = re.compile(r"\b(?:by|added|adding|adds|equivalent of|worth|another|additional|further)\s+(?:about |approximately |"
                         r"roughly |some |nearly )?$", re.I)


def _bare_comparisons(text: str, q: Quantity, factor: float) -> list[Quantity]:
    m = _BARE.match(text, q.end)
    if m is None and q.value and (paren := _PAREN_BASE.match(text, q.end)) is not None:
        # "- BTC held of 9 at 30 June 2025 (31 December 2024: 14)": the bracketed period's figure
        base = _base(text, q, factor, paren, "num")
        return [base] if base is not None else []
    if m is None or not q.value or _NOT_A_BASE.search(text, max(0, q.start - 40), q.start):
        return []
    group = "num" if m.group("num") else "num_of"
    first = _base(text, q, factor, m, group)
    if first is None:
        return []
    more = _AND_BARE.match(text, m.end(group)) if group == "num" else None
    second = _base(text, q, factor, more, "num") if more else None
    return [first, second] if second else [first]


_PAREN_BASE = re.compile(rf"[^()\n;:]{{0,40}}?\s?\((?=[^():;]{{0,30}}(?:(?:19|20)\d\d|\b(?:Q[1-4]|H[12]|FY)))"
                         rf"[^():;]{{2,30}}:\s*(?P<num>{_DIGITS})\)")


def _base(text: str, q: Quantity, factor: float, m: re.Match[str], group: str) -> Quantity | None:
    """The number in `m`'s `group` as a base of `q`'s comparison, or None for a year ("compared with 2023") or
    another kind of number ("from 3 sites")."""
    raw = m.group(group)
    value = parse_number(raw)
    if value is None or re.fullmatch(r"(?:19|20)\d\d", raw):
        return None
    value = round(value * factor, 10)
    if not 0.1 <= value / q.value <= 10:
        return None
    return Quantity(value, q.unit, m.start(group), m.end(group), qualifier_before(text, m.start(group)))


# the gap between two bases of one comparison: "compared with 954[ in November and ]1,046 in December 2022", "versus
# 818[ in Q4 FY24 and ]1,151 in Q1 FY24"
AND_ANOTHER_BASE = r"\s+(?:in|during|for|at)\s+(?:[^\d;:,]|(?<=\b[QH])\d|(?<=FY)\d\d){2,30}?(?:\s+(?:19|20)\d\d)?,?\s+and\s+(?:the\s+)?"
_AND_BARE = re.compile(rf"{AND_ANOTHER_BASE}(?P<num>{_DIGITS})"
                       r"(?=\s+(?:in|during|for|a|one|the|last|previous|prior|at|as of|by|over)\b)")


def _sorted_unique(qs: list[Quantity]) -> list[Quantity]:
    """In text order, dropping any quantity that overlaps one kept before it."""
    out: list[Quantity] = []
    for q in sorted(qs, key=lambda q: q.start):
        if not out or q.start >= out[-1].end:
            out.append(q)
    return out


def find_usd(text: str) -> list[Quantity]:
    """All USD (and USDT) amounts in `text`."""
    if not _holds_any(text, _USD_LETTERS):
        return []
    out = []
    for m in USD_RE.finditer(text):
        if m.group("num_w") and m.group("num_w").lower().startswith("half a "):
            whole = parse_number("one " + m.group("num_w")[7:])  # "up to half a billion dollars"
            value = whole / 2 if whole else None
        elif m.group("num_w"):
            value = parse_number(m.group("num_w"))
        else:
            num = m.group("num") or m.group("num_b")
            scale = m.group("scale") if m.group("num") else m.group("scale_b")
            value = parse_number(num + (f" {scale}" if scale else ""))
        if value is None:
            continue
        out.append(Quantity(value, "USD", m.start(), m.end(), qualifier_before(text, m.start())))
    return out


# spoken money with no currency sign: "We drew another 25 million on the Coinbase line", "the principal on our term
# loan stood at 146 million at September 30" (not shares, coins, machines or another currency)
_BARE_MILLIONS = re.compile(r"(?<![\w$€£¥.,])(?P<num>\d{1,3}(?:\.\d+)?)\s+(?P<scale>million|billion)\b"
                            r"(?!\s+(?:(?:new|common|ordinary|class\s+\w+|more|additional|"
                            r"of\s+(?:its|our|the|their))\s+)?"
                            r"(?:shares|stock|units|warrants|bitcoins?|BTC|coins?|ether|ETH|tokens|USDT|USDC|"
                            r"dollars|USD|euros?|pounds|yuan|RMB|AED|HKD|CAD|AUD|C\$|A\$|"
                            r"miners|machines|rigs|devices|terahash|"
                            r"petahash|kilowatt|megawatt|watts?|kWh|MWh|square|acres|people|users|customers|ounces|"
                            r"gallons|tonnes|tons|hours|years)\b)")
_OTHER_CURRENCY_BEFORE = re.compile(r"(?:€|£|¥|\b(?:C|A|HK|S|NZ)\$|"
                                    r"\b(?:EUR|GBP|CAD|AUD|AED|RMB|CNY|HKD|SEK|NOK|CHF)\s?)$")


def find_bare_millions(text: str) -> list[Quantity]:
    """Spoken money amounts with no currency sign ("we paid off ... roughly 50 million in total"), in US dollars."""
    out = []
    for m in _BARE_MILLIONS.finditer(text):
        if _OTHER_CURRENCY_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue
        value = parse_number(f"{m.group('num')} {m.group('scale')}")
        if value is not None:
            out.append(Quantity(value, "USD", m.start(), m.end(), qualifier_before(text, m.start())))
    return out


# money in a currency the contract has no unit for: "£3.0 million", "€512 million", "RMB 6.5 million", "NOK 60 million",
# "AED 22 million", "HK$40 million" (C$ and A$ are read by USD_RE and told apart by the loan rules)
_OTHER_MONEY = re.compile(rf"(?P<cur>€|£|¥|\bHK\$|\bS\$|\bNZ\$|\b(?:EUR|GBP|RMB|CNY|HKD|NOK|SEK|CHF|AED|JPY)(?=\s?\d))"
                          rf"\s?(?P<num>{_DIGITS})(?:(?:\s?|-)(?P<scale>{_SCALE}))?")
_CURRENCY_CODE = {"€": "EUR", "£": "GBP", "¥": "CNY", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "RMB": "CNY"}


def find_other_money(text: str) -> list[Quantity]:
    """Amounts in another currency than the US (or Canadian, Australian) dollar, with its ISO code as the unit: the
    loan rules keep such a principal with no value ("entered into an unsecured loan facility of £3.0 million")."""
    if not _holds_any(text, ("€", "£", "¥", "EUR", "GBP", "RMB", "CNY", "HK$", "HKD", "NOK", "SEK", "CHF", "AED",
                             "JPY", "S$")):
        return []
    out = []
    for m in _OTHER_MONEY.finditer(text):
        value = parse_number(m.group("num") + (f" {m.group('scale')}" if m.group("scale") else ""))
        if value is not None:
            cur = m.group("cur")
            out.append(Quantity(value, _CURRENCY_CODE.get(cur, cur), m.start(), m.end(), qualifier_before(text, m.start())))
    return out


# a dollar figure anywhere: "$8.04 million", "$ 19,704"
USD_FIGURE = re.compile(r"\$\s?\d")
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
# a word that names a year alone before a lone number ("fiscal 2023 bitcoin"); narrower than _YEAR_BEFORE, which also
# reads "for" and "of" as naming one because a second number follows ("for 2023 to 12,852 BTC")
_YEAR_NAMED_BEFORE = re.compile(r"\b(?:fiscal|FY|calendar|full[- ]year|in|during|since|through)\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:for|in|of|during|fiscal|FY|since|through|calendar|year|full-year)\s+$", re.I)


def _quantity(text: str, m: re.Match[str], unit: str, factor: float) -> Quantity | None:
    v1 = parse_number(m.group("num"))
    if v1 is None:
        return None
    v2 = parse_number(m.group("num2")) if m.group("num2") else None
    a_year = re.fullmatch(r"(?:19|20)\d\d", m.group("num")) is not None
    if v2 is None and a_year and _YEAR_NAMED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "Fiscal 2023 bitcoin mined excludes Ethereum mined before the Merge": a year, not 2,023 BTC
    # "taking its output for 2023 to 12,852 BTC": a year, then the figure
    year_first = v2 is not None and a_year \
        and (_YEAR_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None or "," in m.group("num2"))
    # "from 7.0 EH/s on Jan. 1 to 24.7 EH/s": a day of the month, then the figure
    day_first = v2 is not None and v1 <= 31 and m.group("num").isdigit() \
        and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
    if v2 is not None and (v2 <= v1 or year_first or day_first):
        # "from 22.6 EH/s at the end of fiscal 2024 to 50 EH/s": not a range; the figure is the second number
        return Quantity(round(v2 * factor, 10), unit, m.start("num2"), m.end(), qualifier_before(text, m.start("num2")))
    is_range = v2 is not None and v2 > v1
    value = (v2 if is_range else v1) * factor  # a range is reported by its upper bound (flag value_range)
    qualifier = "at_most" if is_range else qualifier_before(text, m.start())
    return Quantity(round(value, 10), unit, m.start(), m.end(), qualifier, is_range)
