"""Where a fact can be: one cheap scan per document that decides which sentences the rules see.

Most crypto news holds no miner fact ("Bitcoin rose 3% to $97,000 as ETF inflows resumed"), and most lines of a
release are boilerplate. Every rule needs one of a few things in its sentence, so the document is scanned once for
them and each sentence is then checked by looking up positions, not by running regexes again:

- a BTC figure ("650.5 BTC", "3,318 bitcoin") or a hashrate ("32.1 EH/s"): found by scanning for the unit's
  letters, which are rare, and confirming the full figure pattern in a small window around them;
- a loan word ("credit facility", "borrowed", "repaid") or a back-reference to one ("the facility");
- a label line ("- Bitcoin mined: 650.5") or a table row ("BTC held | 3,318").

A necessary condition only: the rules decide. `Hints.worth(s0, s1, sentence)` asks for a loan word or a figure, or
a digit and a back-reference or a label.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractors.amounts import (_FOOT, _WORD, BALANCE_NAMED_FIRST, BTC_RE, BTC_UNIT_STARTS, HASH_RE, HASH_UNIT_STARTS,
                                NAMED_FIRST_HINT, SMALL_UNIT_LETTERS, small_unit_btc, unit_first_btc)
from extractors.loan import ANAPHOR, TRIGGER

# A line worth running the matchers on holds a digit and one of these.
KEYWORDS = re.compile(r"BTC|₿|sats|[Bb]itcoin|BITCOIN|[EPT]H/?s?\b|[Hh]ash|exahash|petahash|[Ll]oan|[Cc]redit|[Ff]inanc|"
                      r"[Bb]orrow|[Rr]epa[iy]|[Dd]ebt|[Cc]ollateral|[Ff]acility|[Ll]ender|XBT|HODL|[Mm]ined|[Bb]alance")
_BEFORE = 120  # a figure's number starts at most this far before its unit ("1,234.5 million - 2,345.6 million BTC")
_AFTER = 16
_DIGIT = re.compile(r"\d")
# What must end the text right before a figure's unit (BTC_RE, HASH_RE): the end of a number (a digit, a scale or a
# number word), an optional footnote, a space, and for BTC an optional "self-mined". "the bitcoin price" fails it,
# so the full figure pattern runs only where it can match.
_UNIT_TAIL = re.compile(rf"(?:\d|[kKmMbB]|[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|mln|bln|mn|bn|tn|{_WORD}|half){_FOOT}"
                        rf"\s?(?:of\s(?:its|their|our|the|those|these)\s)?"
                        rf"(?:(?:self-)?mined\s|un(?:restricted|encumbered)\s|"
                        rf"(?:new|newly\s(?:minted|mined)|freshly\s(?:minted|mined))\s)?$")
_TAIL_CHARS = 40
# loan.TRIGGER behind a gate of the first letters of its words ('loan', 'revolver', 'outstanding under', 'credit
# facility', 'borrowed', 'repaid', 'lender', ...): same matches, several times faster on prose with none of them.
# tests/test_prefilter.py checks the gate against the ungated pattern.
_TRIGGER_GATED = re.compile(r"\b(?=[aAbBcCdDeEfFiIlLmMoOpPrRsStTuUvVwW])(?=(?i:loa|rev|out|und|cre|lin|len|ter|bit|btc|fin|"
                            r"equ|deb|bri|pro|pre|pri|sec|sen|con|ven|bor|rep|pai|pay|col|ind|pos|ple|top|as |adv|ext|"
                            r"wir|mur|dre|dra|int|dem|dip|owe|owi|agr|com|dea|arr|mor|mak|mad|mil|bil|mn |bn |m |"
                            r"lif|rai|inc|exp|dou|ups|boo|tot|agg|wor|was|wer|fac))"
                            r"(?:" + TRIGGER.pattern + ")",
                            TRIGGER.flags)
# Every TRIGGER match holds one of these (lower case); the trigger runs only in windows around them.
_LOAN_LITERALS = ("loan", "revolver", "outstanding under", "facilit", " line", "credit", "financing", "finance agreement",
                  "finance arrangement", "working capital", "working-capital",
                  "borrow", "repa", "paid ", "debt", "indebtedness", "collateral", "-backed", "lend", "lent", "loaned",
                  "advance", "extend", "wired", "murabaha", "promissory", "intercompany", "inter-company", "revolving",
                  "demand note", "bridge note", "equipment note", "equipment-",
                  "vendor credit", "vendor financing", "secured against", "secured by",
                  "mortgage", "agreement to ", "agreement by ", "arrangement to ", "arrangement by ", "owed ", "owes ",
                  "owing ", " limit to ", " ceiling to ", "principal payment", "principal repayment", "outstanding to")
_LOAN_BEFORE, _LOAN_AFTER = 120, 40  # the longest TRIGGER match before / after its literal
_WORD_END = re.compile(r"\W|$")
# "- Bitcoin mined: 650.5" (rules.label_line_candidates)
_LABEL_LINE = re.compile(r"^[ \t]*\W{0,3}[A-Za-z][^:|\n]{2,90}?:[^\n]*\d")

BTC, HASH, LOAN, ANAPHOR_HINT, LABEL, NO_BTC = "btc", "hash", "loan", "anaphor", "label", "no_btc"
# "ended March with no bitcoin on its balance sheet": a balance of zero has no figure to find
# and "cut its corporate bitcoin balance to zero"
NO_BITCOIN = re.compile(r"\b(?:no|zero|not\s+(?:hold|have|own)\s+any|without\s+any)\s+(?:(?:corporate|treasury)\s+)?"
                        r"(?:bitcoin|BTC)\b|"
                        r"\b(?:balance|holdings|treasury|stack|reserves?|inventory)\s+(?:down\s+)?to\s+zero\b", re.I)
_NO_BITCOIN_LITERALS = ("no bitcoin", "no BTC", "no Bitcoin", "No bitcoin", "No BTC", "zero bitcoin", "zero BTC",
                        "NO BITCOIN", "no corporate", "no treasury", "to zero", "not hold any", "not have any",
                        "not own any", "without any")


@dataclass
class Hints:
    """Positions in one document where something a rule needs was found, sorted."""

    positions: list[int]
    kinds: list[str]

    @classmethod
    def scan(cls, text: str) -> Hints:
        found: list[tuple[int, str]] = []
        for letters, figure, kind in ((BTC_UNIT_STARTS, BTC_RE, BTC), (HASH_UNIT_STARTS, HASH_RE, HASH)):
            confirmed_to = -1
            for start, end in _occurrences(text, letters):
                if start < confirmed_to:
                    found.append((start, kind))
                    continue
                if not _UNIT_TAIL.search(text, max(0, start - _TAIL_CHARS), start):
                    continue
                f = next((f for f in figure.finditer(text, max(0, start - _BEFORE), end + _AFTER)
                          if f.start() <= start < f.end()), None)
                if f is not None:
                    found.append((start, kind))
                    confirmed_to = f.end()
        if NAMED_FIRST_HINT.search(text):  # "Bitcoin balance stood at 4,729": a figure whose unit came first
            found += [(m.start("num"), BTC) for m in BALANCE_NAMED_FIRST.finditer(text)]
        if any(u in text for u in SMALL_UNIT_LETTERS):  # "736.4 billion sats", "31,870 mBTC"
            found += [(q.start, BTC) for q in small_unit_btc(text)]
        if "BTC " in text or "₿" in text:  # "mined BTC 129 in July", "mined ₿412"
            found += [(q.start, BTC) for q in unit_first_btc(text)]
        loans = _loan_words(text)
        found += [(p, LOAN) for p in loans]
        if loans:  # 'the facility' refers to a loan only after one is named (rules.loan_candidates)
            found += [(m.start(), ANAPHOR_HINT) for m in ANAPHOR.finditer(text, loans[0])]
        found += [(i, LABEL) for i in _label_colons(text)]
        if any(lit in text for lit in _NO_BITCOIN_LITERALS):  # str's `in` first: most texts have none
            found += [(m.start(), NO_BTC) for m in NO_BITCOIN.finditer(text)]
        found.sort()
        return cls([p for p, _ in found], [k for _, k in found])

    @property
    def empty(self) -> bool:
        return not self.positions

    @property
    def first_loan_word(self) -> int | None:
        return next((p for p, k in zip(self.positions, self.kinds, strict=True) if k == LOAN), None)

    def _kinds_in(self, s0: int, s1: int) -> list[str]:
        return self.kinds[bisect.bisect_left(self.positions, s0):bisect.bisect_left(self.positions, s1)]

    def has_btc(self, s0: int, s1: int) -> bool:
        return BTC in self._kinds_in(s0, s1)

    def worth(self, s0: int, s1: int, sentence: str) -> bool:
        """Whether the rules should see the sentence at [s0, s1) of the document."""
        kinds = set(self._kinds_in(s0, s1))
        if LOAN in kinds or NO_BTC in kinds or BTC in kinds:
            return True  # (a BTC hint is a confirmed figure, in digits or in words: "roughly fifteen hundred bitcoin")
        if HASH in kinds:
            return KEYWORDS.search(sentence) is not None
        if not _DIGIT.search(sentence):
            return False
        if ANAPHOR_HINT in kinds:  # 'Riot drew $65 million on the line': the line named earlier
            return True
        label = _LABEL_LINE.match(sentence) if LABEL in kinds else None
        if label and KEYWORDS.search(label.group(0)):
            return KEYWORDS.search(sentence) is not None
        return False


def _occurrences(text: str, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the literals in text, left to right and not overlapping, as a regex alternation of them
    would find them; str.find is several times faster than the alternation."""
    spans = []
    for lit in literals:
        i = text.find(lit)
        while i != -1:
            spans.append((i, i + len(lit)))
            i = text.find(lit, i + 1)
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


def _loan_words(text: str) -> list[int]:
    """Starts of loan.TRIGGER matches, found by running it only in windows around its literals (str.find is
    fast; a case-insensitive alternation tried at every word is not)."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer ("İ"): offsets would not line up
        return [m.start() for m in _TRIGGER_GATED.finditer(text)]
    windows: list[list[int]] = []
    for a, b in _occurrences(low, _LOAN_LITERALS):
        lo, hi = max(0, a - _LOAN_BEFORE), b + _LOAN_AFTER
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out = []
    for lo, hi in windows:
        hi = _WORD_END.search(text, min(hi, len(text))).start()  # never cut a word: \b would match at the cut
        out += [m.start() for m in _TRIGGER_GATED.finditer(text, lo, hi)]
    return out


def _label_colons(text: str):
    """Colons that may end a label: at most 64 characters into a sentence, a digit after it and a fact word on its
    line."""
    i = text.find(":")
    while i != -1:
        line_start = text.rfind("\n", 0, i) + 1
        line_end = text.find("\n", i)
        line_end = len(text) if line_end == -1 else line_end
        if _DIGIT.search(text, i, line_end) and KEYWORDS.search(text, line_start, line_end):
            yield i
        i = text.find(":", i + 1)
