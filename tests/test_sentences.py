"""The one-sentence shortcut in extractors._sentence_spans gives exactly spaCy's sentence spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import _nlp, _sentence_spans, spacy_sentence_spans

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted([*ROOT.glob("fixtures/docs/*.txt"), *ROOT.glob("fixtures/holdout/docs/*.txt"),
                 *ROOT.glob("bench/corpus/news/*.txt")])


def _spacy_spans(line: str, offset: int) -> list[tuple[int, int]]:
    return [(offset + a, offset + b) for a, b in spacy_sentence_spans(_nlp(), line)]


def test_every_corpus_line_splits_as_spacy_splits_it():
    lines = {line for path in CORPUS for line in path.read_text(encoding="utf-8").split("\n") if line.strip()}
    assert len(lines) > 3000
    wrong = [line for line in sorted(lines) if _sentence_spans(_nlp(), line, 7) != _spacy_spans(line, 7)]
    assert wrong == []


@pytest.mark.parametrize("line", [
    "- Bitcoin held: 3,318.5 BTC.",
    "Riot mined 477 BTC in May. It sold 475 BTC.",
    "Hashrate reached 32.1 EH/s (up 4.5%).",
    "The company said: \"We mined 650.5 BTC.\" It holds more.",
    "U.S. miners mined 1,200 BTC",
    "MARA held 44,893 BTC.  ",
    "MARA held 44,893 BTC.\t",
    "  indented line. With two sentences",
    "Total 3.5 EH/s?! Yes",
    "Prices fell.The miner sold 200 BTC",
    "Output rose 5%. 2024 was strong",
])
def test_hard_lines_split_as_spacy_splits_them(line):
    assert _sentence_spans(_nlp(), line, 0) == _spacy_spans(line, 0)


@pytest.mark.parametrize("line, expected", [
    # a company suffix ends a sentence when a word that opens sentences follows it
    ("It has a facility with Coinbase Credit, Inc. Of the 9,106 Bitcoin it holds, 1,600 were pledged.",
     ["It has a facility with Coinbase Credit, Inc.", "Of the 9,106 Bitcoin it holds, 1,600 were pledged."]),
    ("Hut 8 borrowed from Anchorage Lending CA, L.L.C. The loan was repaid in 2024.",
     ["Hut 8 borrowed from Anchorage Lending CA, L.L.C.", "The loan was repaid in 2024."]),
    # but not inside a name or before a word that continues it
    ("Galaxy Digital Holdings Ltd. and Riot Platforms, Inc. signed the deal.",
     ["Galaxy Digital Holdings Ltd. and Riot Platforms, Inc. signed the deal."]),
])
def test_a_sentence_can_end_with_a_company_suffix(line, expected):
    assert [line[a:b] for a, b in _sentence_spans(_nlp(), line, 0)] == expected
