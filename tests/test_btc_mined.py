import pytest

from tests.sentence_cases import brief, facts_of

CASES = [
    ("seed-000-produced", "Cango produced 650.5 Bitcoin (BTC) in July, a sharp increase from 450 BTC in June.",
     "2025-08-05", [("Cango", 650.5, "2025-07-01", "2025-07-31"), ("Cango", 450.0, "2025-06-01", "2025-06-30")]),
    ("combined-months", "Cango mined a combined 954.5 BTC in April and May.", "2025-08-05",
     [("Cango", 954.5, "2025-04-01", "2025-05-31")]),
    ("december-in-january", "Riot Platforms produced 460 bitcoin in December.", "2026-01-03",
     [("Riot Platforms", 460.0, "2025-12-01", "2025-12-31")]),
    ("quarter", "CleanSpark mined 1,950 BTC in Q2 2025.", "2025-08-05",
     [("CleanSpark", 1950.0, "2025-04-01", "2025-06-30")]),
    ("prior-year-comparison", "MARA Holdings mined 750 BTC in July 2025, up from 443 BTC in July 2024.", "2025-08-05",
     [("MARA Holdings", 750.0, "2025-07-01", "2025-07-31"), ("MARA Holdings", 443.0, "2024-07-01", "2024-07-31")]),
    ("old-name", "Marathon Digital Holdings produced 1,242 bitcoin in May 2023.", "2023-06-05",
     [("MARA Holdings", 1242.0, "2023-05-01", "2023-05-31")]),
    ("respectively", "CleanSpark and Riot mined 627 and 505 BTC in July, respectively.", "2025-08-05",
     [("CleanSpark", 627.0, "2025-07-01", "2025-07-31"), ("Riot Platforms", 505.0, "2025-07-01", "2025-07-31")]),
    ("elliptical", "In July, MARA led with 750 BTC mined, ahead of CleanSpark with 622 and Riot with 450.",
     "2025-08-05", [("MARA Holdings", 750.0, "2025-07-01", "2025-07-31"),
                    ("CleanSpark", 622.0, "2025-07-01", "2025-07-31"), ("Riot Platforms", 450.0, "2025-07-01", "2025-07-31")]),
    ("words", "Bit Digital mined four hundred bitcoin in the second quarter of 2024.", "2024-07-10",
     [("Bit Digital", 400.0, "2024-04-01", "2024-06-30")]),
]
NEGATIVE = [
    ("per-day", "Riot produced 15.9 BTC per day in July."),
    ("average-daily", "CleanSpark's average daily production of 20.3 BTC rose in July."),
    ("change", "Riot mined 45 BTC more than in June."),
    ("network", "Miners across the network produced 13,500 BTC in July."),
    ("supplier", "Bitmain shipped machines that mined 900 BTC for its own pools in July."),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_btc_mined(text, published, expected):
    assert [brief(f) for f in facts_of(text, published, "btc_mined")] == expected


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVE], ids=[c[0] for c in NEGATIVE])
def test_not_btc_mined(text):
    assert facts_of(text, type_="btc_mined") == []
