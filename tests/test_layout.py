"""Web text's layout reads as the corpus's: one paragraph a line, curly quotes, tabbed tables, Windows line ends.

The seeds in ../shared/seeds/ come that way (no blank line between paragraphs, "Cango’s"); the corpus sets its
paragraphs apart with blank lines. Either way the facts must be the same, with offsets into the text as given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from extractors import extract
from extractors.layout import (_FIGURE_LINE, _STACKED_VALUE, has_cell_border, paragraph_breaks, same_length_plain,
                               with_blank_lines, without_note_numbers)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))


def _gold_docs() -> list[tuple[str, dt.date | None]]:
    docs = []
    for gold in sorted((ROOT / "fixtures" / "gold").glob("*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
                docs.append(((gold.parent / d["text_file"]).read_text(encoding="utf-8"), published))
    return docs


def _as_web_text(text: str) -> str:
    """A corpus document laid out as the seeds are: no blank lines, curly apostrophes and quotes."""
    text = re.sub(r"\n\s*\n", "\n", text)
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    return re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)


_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2019": "'"})


def _facts(text: str, published: dt.date | None) -> list[tuple]:
    out = []
    for f in extract(text, published=published):
        assert text[f.evidence.start:f.evidence.end] == f.evidence.sentence
        assert text[f.figure.start:f.figure.end] == f.figure.text
        out.append((f.type, f.company, f.value, f.period_start, f.period_end, f.qualifier, f.hashrate_kind,
                    # (a figure that quotes its unit, '2,156 Bitcoin or Bitcoin Equivalent ("BTC")', takes the
                    # web text's curly quotes)
                    f.loan_event, f.flags, re.sub(r"\s", " ", f.figure.text).translate(_STRAIGHT)))
    return out


def _cells_set_apart_by_blank_lines(text: str) -> bool:
    """Figures on lines of their own, each block between blank lines a tile ('1,013 BTC' under 'Bitcoin produced') or a
    table flattened one cell per line. Without its blank lines such a text runs one tile or table into the next, so
    it does not read the same laid out as web text."""
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        if len(lines) >= 2 and 2 * sum(_STACKED_VALUE.fullmatch(line) is not None
                                       or _FIGURE_LINE.fullmatch(line) is not None for line in lines) >= len(lines):
            return True
    return False


def test_corpus_documents_give_the_same_facts_laid_out_as_web_text():
    # a spread of every batch: ~200 documents, tables, lists and roundups among them
    docs = [doc for doc in _gold_docs()[::6] if not _cells_set_apart_by_blank_lines(doc[0])]
    assert len(docs) > 150
    changed = [text[:60] for text, published in docs
               if _facts(text, published) != _facts(_as_web_text(text), published)]
    assert changed == []


def test_seeds_are_read_as_one_paragraph_a_line():
    assert SEEDS, "the seeds are missing from ../shared/seeds"
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        assert paragraph_breaks(text), path.name
        assert _facts(text, dt.date(2026, 2, 10))  # offsets checked inside


def test_blank_line_paragraphs_are_left_alone():
    text = "Riot mined 437 BTC in October.\n\nIt held 19,324 BTC.\n\nHashrate was 36.4 EH/s.\nMore.\n\nEnd."
    assert paragraph_breaks(text) == []


def test_tables_and_lists_get_no_blank_line():
    text = ("Cango produced 650.5 BTC in July.\nHighlights:\n- Mined 650.5 BTC\n- Held 4,529.7 BTC\n"
            "| Metric | July |\n|---|---|\n| BTC mined | 650.5 |\nAverage hashrate\n"
            "  (EH/s)          | 40.9 |\nSource: company.\nCango said more.\nThe end.")
    spaced = with_blank_lines(text, paragraph_breaks(text))
    assert "- Mined 650.5 BTC\n- Held" in spaced and "| Metric | July |\n|---|---|\n| BTC mined" in spaced
    assert "| 650.5 |\nAverage hashrate\n  (EH/s)" in spaced  # a label wrapped between two rows
    assert "in July.\n\nHighlights:" in spaced and "| 40.9 |\n\nSource" in spaced and "more.\n\nThe end." in spaced


def test_typography_is_plain_in_place():
    text = "Cango\u2019s \u201cfleet\u201d\xa0ran at 50\u202fEH/s.\r\n\r\nMore.\rEnd."
    plain = same_length_plain(text)
    assert len(plain) == len(text)
    assert plain == "Cango's \"fleet\" ran at 50 EH/s.  \n\nMore.\nEnd."


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_table_copied_from_a_browser_reads_like_a_pipe_table(sep):
    rows = [["Metric", "October 2025", "September 2025"], ["Bitcoin Produced", "437", "445"],
            ["Bitcoin Held", "19,324", "19,287"], ["Average Operating Hash Rate (EH/s)", "36.4", "34.9"]]
    text = ("Riot Platforms Announces October 2025 Production and Operations Updates\n\nCASTLE ROCK, Colo., Nov. 4, "
            "2025 (GLOBE NEWSWIRE) -- Riot Platforms, Inc. (NASDAQ: RIOT) today announced unaudited production and "
            "operations updates for October 2025.\n\n" + "\n".join(sep.join(r) for r in rows) + "\n")
    got = {(f.type, f.value, f.period_end.isoformat()) for f in extract(text, published=dt.date(2025, 11, 4))}
    assert got == {("btc_mined", 437.0, "2025-10-31"), ("btc_mined", 445.0, "2025-09-30"),
                   ("btc_held", 19324.0, "2025-10-31"), ("btc_held", 19287.0, "2025-09-30"),
                   ("hashrate", 36.4, "2025-10-31"), ("hashrate", 34.9, "2025-09-30")}


def test_a_tabbed_league_table_keeps_a_two_digit_rank_out_of_the_name_cell():
    text = ("Self-mining hashrate at Dec. 31, 2024, as reported by each miner\n\n"
            "Rank\tCompany\tEH/s\n9\tBitdeer\t8.9\n10\tHIVE Digital\t5.5\n11\tBitfarms\t\t\n")
    got = {(f.company, f.value) for f in extract(text, published=dt.date(2025, 1, 6)) if f.type == "hashrate"}
    assert got == {("Bitdeer", 8.9), ("HIVE Digital Technologies", 5.5)}


def test_windows_line_ends_give_the_same_facts():
    text, published = next((t, p) for t, p in _gold_docs() if "| " in t and "\n\n-" in t)
    assert _facts(text.replace("\n", "\r\n"), published) == _facts(text, published)


def test_a_notes_list_keeps_its_words_and_loses_its_numbers():
    text = "Deployed hashrate\t7.2 EH/s\nNotes\n1 Covers all sites.\n2 Bitcoin held, including pledged coins.\n" \
           "(3) Includes 410 BTC pledged as collateral.\n5 Skipped a number, so not a note."
    plain = without_note_numbers(text)
    assert len(plain) == len(text)
    assert "\n  Covers all sites.\n  Bitcoin held" in plain and "\n( ) Includes 410 BTC pledged" in plain
    assert "\n5 Skipped" in plain and "7.2 EH/s" in plain
    assert without_note_numbers("Riot held 19,324 BTC.\n2 Bitcoin") == "Riot held 19,324 BTC.\n2 Bitcoin"  # no heading


def test_a_pipe_inside_parentheses_is_no_cell_border():
    assert not has_cell_border("MIAMI, Jan. 5, 2024 -- Hut 8 Corp. (Nasdaq | TSX: HUT) today released its update.")
    assert has_cell_border("| Bitcoin mined | 650.5 |") and has_cell_border("Hut 8 (HUT) | 7.3 EH/s")



def test_a_pdfs_broken_lines_are_read_mended_with_offsets_on_the_text_as_given():
    # lines broken inside sentences and a word hyphenated across two of them, as a PDF's text comes
    text = ("To our shareholders:\n\n2022 brought a deep bear market and the collapse of\nseveral crypto lenders. "
            "Even so, Marathon pro-\nduced 4,144 bitcoin in 2022, up 30% from 3,197 bitcoin in 2021, and\nwe ended "
            "the year with 12,232 bitcoin on our balance sheet, one of the\nlargest trea-\nsuries held by any "
            "public company.\n")
    facts = extract(text, published=dt.date(2023, 3, 16))
    assert sorted((f.type, f.value) for f in facts) == [
        ("btc_held", 12232.0), ("btc_mined", 3197.0), ("btc_mined", 4144.0)]
    for f in facts:
        assert text[f.evidence.start:f.evidence.end] == f.evidence.sentence
        assert text[f.figure.start:f.figure.end] == f.figure.text
        assert f.figure.text.replace(",", "").startswith(str(int(f.value)))
