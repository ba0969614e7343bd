import pytest

from tests.sentence_cases import brief, facts_of

CASES = [
    ("seed-003-proceeds", "Cango has announced the sale of 4,451 BTC, totaling approximately $305 million.",
     "2026-02-10", [("Cango", 4451.0, None, "2026-02-10", 305_000_000.0)]),
    ("month", "Following the sale of 550.03 BTC in January, Cango said more sales may follow.", "2026-02-10",
     [("Cango", 550.03, "2026-01-01", "2026-01-31", None)]),
    ("footnote", "During June, Riot sold 140 BTC[2] for net proceeds of $8.1 million.", "2025-07-03",
     [("Riot Platforms", 140.0, "2025-06-01", "2025-06-30", 8_100_000.0)]),
    ("usdt", "Bitdeer offloaded 400 bitcoin in March, settled in 34 million USDT.", "2025-04-04",
     [("Bitdeer", 400.0, "2025-03-01", "2025-03-31", 34_000_000.0)]),
]
NEGATIVE = [
    ("plan", "CleanSpark plans to sell 1,000 BTC later this year."),
    ("purchase", "Strategy bought 10,624 BTC last week."),
    ("unit-price", "Riot's average realized price was $97,000 per bitcoin."),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_btc_sold(text, published, expected):
    assert [brief(f, "proceeds_usd") for f in facts_of(text, published, "btc_sold")] == expected


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVE], ids=[c[0] for c in NEGATIVE])
def test_not_btc_sold(text):
    assert facts_of(text, type_="btc_sold") == []
