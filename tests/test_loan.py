import pytest

from tests.sentence_cases import facts_of

CASES = [
    ("seed-003-repay", "The proceeds were earmarked to partially repay a Bitcoin-collateralized loan, said Cango.",
     "2026-02-10", [("Cango", None, "repaid", None)]),
    ("facility-lender", "Riot Platforms secured a $100 million credit facility from Coinbase.", "2025-04-24",
     [("Riot Platforms", 100_000_000.0, "facility", "Coinbase")]),
    ("borrowed-collateral", "CleanSpark borrowed $20 million against 500 BTC in July.", "2025-08-05",
     [("CleanSpark", 20_000_000.0, "borrowed", None)]),
    ("arithmetic", "Bitfarms cut the loan balance by $20 million to $45 million.", "2022-07-05",
     [("Bitfarms", 45_000_000.0, "outstanding", None)]),
]
NEGATIVE = [
    ("miner-lends", "HIVE extended a $5 million loan to its hosting partner."),
    ("would-need", "Riot would need to pledge 2,000 BTC to borrow that much."),
    ("estimate", "By our estimate, MARA's loans could total $1.2 billion."),
    ("consumer-loans", "Cango was once a platform providing consumer loans for car buyers."),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_loan(text, published, expected):
    got = [(f["company"], f["value"], f["loan_event"], f["lender"]) for f in facts_of(text, published, "loan")]
    assert got == expected


def test_collateral_is_not_held():
    facts = facts_of("CleanSpark borrowed $20 million against 500 BTC in July.")
    assert [f["type"] for f in facts] == ["loan"] and facts[0]["collateral_btc"] == 500.0


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVE], ids=[c[0] for c in NEGATIVE])
def test_not_loan(text):
    assert facts_of(text, type_="loan") == []
