import pytest

from tests.sentence_cases import brief, facts_of

CASES = [
    ("seed-000-purchase", "Cango's $256 million purchase of mining rigs from Bitmain, securing 32 exahashes per "
     "second (EH/s) of hashrate.", "2025-08-05", [("Cango", 32.0, None, "2025-08-05", "installed")]),
    ("current-and-target", "Riot's operational hashrate reached 33.7 EH/s, and it is aiming for 40 EH/s by the end "
     "of 2026.", "2025-08-04", [("Riot Platforms", 33.7, None, "2025-08-04", "operational"),
                                ("Riot Platforms", 40.0, None, "2026-12-31", "target")]),
    ("ph-per-second", "Bit Digital's active hashrate was 850 PH/s at month end.", "2024-02-05",
     [("Bit Digital", 0.85, None, "2024-01-31", "operational")]),
    ("glued-unit", "HIVE now runs 6.5EH/s of self-mining hashrate.", "2025-01-28",
     [("HIVE Digital Technologies", 6.5, None, "2025-01-28", "operational")]),
    ("range", "Bitdeer expects 45-50 EH/s of self-mining hashrate by the end of 2025.", "2025-08-05",
     [("Bitdeer", 50.0, None, "2025-12-31", "target")]),
]
NEGATIVE = [
    ("network", "The network hashrate exceeded 500 EH/s for the first time."),
    ("machine-rating", "Riot bought S21 machines rated at 200 TH/s each."),
    ("increment", "CleanSpark added 1.4 EH/s in July."),
    ("hosted", "Cipher hosts 2.5 EH/s for clients at its Odessa site."),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hashrate(text, published, expected):
    assert [brief(f, "hashrate_kind") for f in facts_of(text, published, "hashrate")] == expected


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVE], ids=[c[0] for c in NEGATIVE])
def test_not_hashrate(text):
    assert facts_of(text, type_="hashrate") == []
