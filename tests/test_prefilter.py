"""The speed gates change no result: gated regexes match what the ungated ones match, and the prefilter never hides
a sentence that a rule could use."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from extractors import extract, periods
from extractors.amounts import BTC_RE, HASH_RE
from extractors.loan import TRIGGER
from extractors.companies import _EXCHANGE, Mention, _with_defined_names, default_finder
from extractors.prefilter import Hints, _loan_words, _TRIGGER_GATED

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted([*ROOT.glob("fixtures/docs/*.txt"), *ROOT.glob("bench/corpus/news/*.txt")])


def _texts():
    return [p.read_text(encoding="utf-8") for p in CORPUS]


def test_period_gate_changes_no_match():
    ungated = re.compile(rf"\b(?:{periods._ALTERNATIVES})")
    for text in _texts():
        gated = [(m.span(), m.lastgroup) for m in periods.PERIOD_RE.finditer(text)]
        assert gated == [(m.span(), m.lastgroup) for m in ungated.finditer(text)]


def test_trigger_gate_changes_no_match():
    for text in _texts() + ["Repaid the LOAN; BTC-backed financing; Outstanding under the revolving facility."]:
        assert [m.span() for m in _TRIGGER_GATED.finditer(text)] == [m.span() for m in TRIGGER.finditer(text)]


def test_windowed_loan_scan_finds_every_trigger():
    extra = ["Repaid the LOAN; BTC-backed financing; Outstanding under the revolving facility.",
             "It drew on the line under its extended-term amended senior secured line, then paid down debt.",
             "İstanbul-based lender repaid loans", "loanable; creditworthy; lenders", "x" * 300 + " loan"]
    for text in _texts() + extra:
        assert _loan_words(text) == [m.start() for m in TRIGGER.finditer(text)], text[:60]


def test_company_scan_without_lookbehind_finds_the_same_mentions():
    finder = default_finder()
    alts = "|".join(re.escape(n) for n in sorted(finder._names, key=len, reverse=True))
    names = re.compile(rf"(?<![\w$])(?:{alts})(?![\w-]|\.\w)")
    tickers = "|".join(re.escape(c.ticker) for c in finder.registry.companies if c.ticker)
    exchange_tickers = re.compile(rf"(?:{_EXCHANGE}\s?:\s?|\$)(?P<t>{tickers})\b")

    def reference(text):
        out = [Mention(m.start(), m.end(), m.group(0), finder._names[m.group(0)]) for m in names.finditer(text)]
        for m in exchange_tickers.finditer(text):
            if not any(x.start <= m.start("t") < x.end for x in out):
                out.append(Mention(m.start("t"), m.end("t"), m.group("t"), finder._by_ticker[m.group("t")]))
        # a short name ("Core") counts only beside its company's full name, and a maker's machines or another
        # organisation's name are no mention: the finder's own checks, after the scan
        out = finder.without_other_things(text, out)
        return sorted(_with_defined_names(text, finder.checked_short_names(text, out)), key=lambda x: x.start)

    extra = ["MicroStrategy and xRiot Platforms; (NASDAQ: MARA), NYSE American:BTCM? $RIOT, Nasdaq : CLSK, :MARA",
             "Core Scientific and Core's lender; Bitcoin Core", "Core inflation cooled"]
    for text in _texts() + extra:
        assert finder.find(text) == reference(text), text[:60]


def test_month_trie_matches_every_spelling():
    for word in ["Jan", "January", "JAN.", "Sept", "Sep", "September", "SEPTEMBER", "May", "June", "Jun", "Dec."]:
        assert periods.find_periods(f"in {word} 2025", dt.date(2025, 12, 31)), word
    assert not periods.find_periods("the Mayor and Junebug", dt.date(2025, 12, 31))


@pytest.mark.parametrize("sentence", [
    "Riot mined 450 BTC in October.",
    "Holdings reached 3,318 BTC3 at month end.",
    "CleanSpark sold five hundred bitcoin, or 500 in all.",
    "The fleet hashes at 32EH/s after the upgrade.",
    "Operational hashrate was 1.1 Eh/s in 2025.",
    "- Bitcoin mined: 650.5",
    "Riot drew $65 million on the line in May.",
    "The company repaid the loan.",
])
def test_every_rule_input_is_a_hint(sentence):
    text = "Bitcoin miners publish monthly updates.\nThe company said the line of credit is new.\n" + sentence
    s0 = text.rindex(sentence)
    assert Hints.scan(text).worth(s0, len(text), sentence)


def test_prose_without_figures_is_not_worth_matching():
    text = "Bitcoin rose 3% to $97,000 as ETF inflows resumed on Tuesday.\nEther lagged, trading near $3,400."
    hints = Hints.scan(text)
    assert hints.empty
    assert extract(text, published=dt.date(2025, 7, 1)) == []


def test_hints_cover_every_figure_a_rule_reads():
    """Every BTC or hashrate figure the amount patterns find in the corpus sits on a hint."""
    for text in _texts():
        hints = Hints.scan(text)
        for rx in (BTC_RE, HASH_RE):
            for m in rx.finditer(text):
                assert any(m.start() <= p < m.end() for p in hints.positions), (m.group(0), text[:60])
