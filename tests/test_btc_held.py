import pytest

from tests.sentence_cases import brief, facts_of

CASES = [
    ("seed-000-now-holds", "Cango now holds 4,529.7 BTC, worth approximately $512 million.", "2025-08-05",
     [("Cango", 4529.7, None, "2025-08-05")]),
    ("close-of-year", "Cango kept accumulating, increasing its holdings to 7,528.3 BTC by the close of 2025.",
     "2026-02-10", [("Cango", 7528.3, None, "2025-12-31")]),
    ("as-of-footnote", "As of July 31, 2025, Riot held 3,318 BTC3 on its balance sheet.", "2025-08-04",
     [("Riot Platforms", 3318.0, None, "2025-07-31")]),
    ("split-total", "CleanSpark held 12,703 BTC, of which 3,000 BTC are pledged as collateral.", "2025-08-05",
     [("CleanSpark", 12703.0, None, "2025-08-05")]),
]
NEGATIVE = [
    ("treasury-company", "Strategy holds 600,000 BTC after its latest purchase."),
    ("usd-worth", "The stack is worth $512 million at current prices."),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_btc_held(text, published, expected):
    assert [brief(f) for f in facts_of(text, published, "btc_held")] == expected


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVE], ids=[c[0] for c in NEGATIVE])
def test_not_btc_held(text):
    assert facts_of(text, type_="btc_held") == []
