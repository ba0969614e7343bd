"""Company mentions from the registry (models/companies.toml), and the document's issuer.

Covers   "Cango produced ..." , "Marathon Digital Holdings" -> MARA Holdings, "(NASDAQ: RIOT)",
         "Iris Energy" -> IREN, "CORZQ" -> Core Scientific, "Cango's" (possessive)
Rejects  bare short tickers that are English words ("ANY", "CAN") outside an exchange context;
         suppliers, lenders and data sources (Bitmain, Galaxy, Farside) are found but marked non-miners
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from models.companies import Company, Registry, load_registry

_EXCHANGE = r"(?:NASDAQ|Nasdaq|NYSE|NYSE American|TSX|TSXV|TSX-V|AIM|LSE|OTC|OTCQX|OTCQB|ASX|XETRA|FWB|CSE)"
_EXCHANGE_BEFORE = re.compile(rf"{_EXCHANGE}\s?$")
_NAME_CANNOT_FOLLOW = re.compile(r"[\w$]")


_SHORT_NAME_PART_OF = re.compile(r"\bBitcoin\s$")
# the short name as a plain word: "Core EBITDA(1) of $(0.3) million", "core inflation", "the Core+ segment"
_SHORT_NAME_AS_WORD_AFTER = re.compile(r"\+|\s+(?:EBITDA|earnings|revenues?|income|business|operations|inflation|CPI|PCE|"
                                       r"segments?|metrics?|values?|principles?|strategy|team|competenc\w+|markets?|"
                                       r"products?|customers?)\b")
_ENGLISH_WORDS = frozenset({"Cipher", "Marathon", "Stronghold", "Canaan", "Gryphon"})


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    company: Company | None  # None: a non-miner (supplier, lender, data source, treasury company)


class CompanyFinder:
    """Finds registry companies and known non-miners in text (one compiled regex)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        names: dict[str, Company | None] = {}
        for name, company in registry.names():
            if name == company.ticker and len(name) < 4 and name not in company.aliases:
                continue  # short tickers only in exchange context (below)
            names.setdefault(name, company)
        for n in registry.non_miners:
            names.setdefault(n, None)
        self._short = {n: c for c in registry.companies for n in c.short if n not in names}
        names.update(self._short)
        # a filing's cover page or a wire headline in capitals: "MAWSON INFRASTRUCTURE GROUP INC.", "BITFARMS LTD."
        # (not a capitalised English word: "MARATHON", "CIPHER", "STRONGHOLD")
        for name, company in list(names.items()):
            if company is not None and name != name.upper() and (" " in name or (
                    len(name) >= 6 and name not in _ENGLISH_WORDS)):
                names.setdefault(name.upper(), company)
        self._names = names
        alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        # No leading look-behind: a pattern that starts with the names lets `re` skip ahead to their first letters
        # (capitals, mostly), six times faster than trying a look-behind at every position; find() checks it.
        self._re = re.compile(rf"(?:{alts})(?![\w-]|\.\w)")
        tickers = "|".join(re.escape(c.ticker) for c in registry.companies if c.ticker)
        # "(NASDAQ: RIOT)" / "$MARA": starts at the rare ':' or '$'; the exchange before the colon is checked after
        self._ticker_re = re.compile(rf"(?::\s?|\$)(?P<t>{tickers})\b")
        self._by_ticker = {c.ticker: c for c in registry.companies if c.ticker}

    def find(self, text: str) -> list[Mention]:
        """All mentions, in text order."""
        out = []
        pos, search = 0, self._re.search
        while (m := search(text, pos)) is not None:
            s = m.start()
            if s and _NAME_CANNOT_FOLLOW.match(text, s - 1):
                pos = s + 1  # inside a word ("MicroStrategy") or a cashtag's tail: try the next position
                continue
            out.append(Mention(s, m.end(), m.group(0), self._names[m.group(0)]))
            pos = m.end()
        for m in self._ticker_re.finditer(text):
            if m.group(0)[0] == ":" and not _EXCHANGE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue
            if not any(x.start <= m.start("t") < x.end for x in out):
                out.append(Mention(m.start("t"), m.end("t"), m.group("t"), self._by_ticker[m.group("t")]))
        return sorted(_with_defined_names(text, self.checked_short_names(text, self.without_other_things(text, out))),
                      key=lambda x: x.start)

    @staticmethod
    def without_other_things(text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions without a maker's machines ("Canaan units") or a one-word name inside another organisation's
        ("Nordic Hive", after "Nordic Hive Mining AB")."""
        return [x for x in mentions if x.company is None or not (_MACHINES_AFTER.match(text, x.end) or (
            " " not in x.name and _another_org(text, x)))]

    def checked_short_names(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions without a short name ("Core") whose company the text never names in full, or that is part of
        "Bitcoin Core"."""
        if not self._short:
            return mentions
        full = {x.company for x in mentions if x.name not in self._short}
        return [x for x in mentions if x.name not in self._short or (
            x.company in full and not _SHORT_NAME_PART_OF.search(text, max(0, x.start - 9), x.start)
            and not _SHORT_NAME_AS_WORD_AFTER.match(text, x.end))]


# a maker's machines, not the miner: "as new Bitmain and Canaan units are energized", "Canaan Avalon A1466 miners"
_MACHINES_AFTER = re.compile(r"[ \t]+(?:units|ASICs|machines|rigs|Avalon|A1\d{3}\w*|SEALMINER|SealMiner)\b")
_CAPITAL_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]{2,}) $")
_ORG_WORD = re.compile(r"(?:Mining|Group|Holdings|Technologies|Capital|Partners|Labs|Energy|Data|Systems|Ventures|AB|AS|"
                       r"ASA|Oy|GmbH)\b")


def _another_org(text: str, m: Mention) -> bool:
    """A one-word name inside another organisation's name, which the text gives in full somewhere: 'Nordic Hive'
    after 'Nordic Hive Mining AB, a privately held Swedish miner' is not HIVE."""
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, m.start - 16), m.start)
    if before is None:
        return False
    full = f"{before.group(1)} {m.name} "
    at = text.find(full)
    while at >= 0:
        if _ORG_WORD.match(text, at + len(full)) and (at == 0 or not text[at - 1].isalnum()):
            return True
        at = text.find(full, at + 1)
    return False


# a filing's own short name for a registry company or subsidiary, right after its name: 'Luna Squares LLC ("Luna"),
# a wholly owned subsidiary of the Company', 'Bitfarms Ltd. ("Bitfarms" or the "Company")' (not a generic role:
# "Company", "Lender")
_DEFINED_NAME = re.compile(r"(?:\s+(?:LLC|Inc\.|Ltd\.?|Corp\.?|Limited|plc|PLC|Pty Ltd))?,?\s*\(\s*(?:the\s+)?[\"“]"
                           r"(?P<name>[A-Z][\w.&-]{1,24}(?:\s[A-Z][\w.&-]{1,24})?)[\"”]")
_GENERIC_DEFINED = {"Company", "Borrower", "Lender", "Group", "Parent", "Purchaser", "Seller", "Guarantor", "Issuer",
                    "Subsidiary", "Agent", "Holder", "Buyer", "Miner", "Host", "Customer"}


def _with_defined_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions plus every later use of a short name the text defines for a registry company's name."""
    if '("' not in text and "(“" not in text and '(the "' not in text and "(the “" not in text:
        return mentions
    extra: list[Mention] = []
    for m in mentions:
        d = _DEFINED_NAME.match(text, m.end) if m.company is not None else None
        if d is None or d.group("name") in _GENERIC_DEFINED or d.group("name") == m.name:
            continue
        for u in re.finditer(rf"(?<![\w-]){re.escape(d.group('name'))}(?![\w-])", text[d.end():]):
            start, end = d.end() + u.start(), d.end() + u.end()
            if not any(x.start < end and start < x.end for x in mentions + extra):
                extra.append(Mention(start, end, d.group("name"), m.company))
    return mentions + extra if extra else mentions


@lru_cache(maxsize=4)
def default_finder() -> CompanyFinder:
    return CompanyFinder(load_registry())


def find_issuer(text: str, mentions: list[Mention]) -> Company | None:
    """The company a release is about: named with its exchange ticker early, or in the headline, or dominant."""
    miners = [m for m in mentions if m.company]
    if not miners:
        return None
    head_end = text.find("\n\n", 0)
    head_end = len(text) if head_end < 0 else head_end
    early = text[: min(len(text), 1500)]
    ticker = re.search(rf"\((?:{_EXCHANGE}\s?(?:[|/,&]|and)\s?)*{_EXCHANGE}\s?:\s?([A-Z0-9.]+)", early)  # "(Nasdaq | TSX: HUT)"
    if ticker:
        for m in miners:
            if m.company and m.company.ticker == ticker.group(1):
                return m.company
    in_title = {m.company.canonical: m.company for m in miners if m.start < head_end and m.company}
    if len(in_title) == 1:
        return next(iter(in_title.values()))
    counts = Counter(m.company.canonical for m in miners if m.company)
    top, n = counts.most_common(1)[0]
    if n >= 2 and n / sum(counts.values()) >= 0.6:  # one passing mention in the body makes no story its own
        return next(m.company for m in miners if m.company and m.company.canonical == top)
    return None
