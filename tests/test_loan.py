import pytest

from tests.sentence_cases import facts_of

CASES = [
    ("seed-003-repay", "The proceeds were earmarked to partially repay a Bitcoin-collateralized loan, said Cango.",
     "2026-02-10", [("Cango", None, "repaid", None)]),
    ("facility-lender", "Riot Platforms secured a $100 million credit facility from Coinbase.", "2025-04-24",
     [("Riot Platforms", 100_000_000.0, "facility", "Coinbase")]),
    ("borrowed-collateral", "CleanSpark borrowed $20 million against 500 BTC in July.", "2025-08-05",
     [("CleanSpark", 20_000_000.0, "borrowed", None)]),
    # a cut by a step: the step was repaid, and the balance it leaves is a fact of its own
    ("arithmetic", "Bitfarms cut the loan balance by $20 million to $45 million.", "2022-07-05",
     [("Bitfarms", 20_000_000.0, "repaid", None), ("Bitfarms", 45_000_000.0, "outstanding", None)]),
    # a lender named as the object of the debt verb does not take the figure away from the miner
    ("owed-lender", "Greenidge Generation owed NYDIG about $74 million under its loans at the end of September.",
     "2022-11-14",
     [("Greenidge Generation", 74_000_000.0, "outstanding", "NYDIG")]),
    ("pays-off", "Argo Blockchain pays off $35 million Galaxy rescue loan early", "2024-08-12",
     [("Argo Blockchain", 35_000_000.0, "repaid", "Galaxy")]),
    ("total-indebtedness", "On Jan. 13 Bitfarms said it had about $47 million of total indebtedness.", "2023-02-09",
     [("Bitfarms", 47_000_000.0, "outstanding", None)]),
    # a purpose after "loan to" is not a borrower: the miner is not the lender here
    ("loan-to-fund", "TeraWulf took out a $15 million loan to fund its Lake Mariner expansion.", "2023-04-03",
     [("TeraWulf", 15_000_000.0, "borrowed", None)]),
    # the sentence names a mining site, but also a loan in plain words
    # (the lender "extended" the loan: Argo borrowed it, as the gold of dev10, dev32 and dev52 has it)
    ("outside-lender", "Galaxy extended a $35 million asset-backed loan to Argo Blockchain in December 2022.",
     "2024-02-06", [("Argo Blockchain", 35_000_000.0, "borrowed", "Galaxy")]),
    ("repaid-of-a-loan-taken-earlier", "On Feb. 3, Cango repaid $30 million of the loan it took from Antalpha in "
     "November.", "2026-02-10", [("Cango", 30_000_000.0, "repaid", "Antalpha")]),
    ("site-and-loan", "The $35 million loan was made in December 2022, when Galaxy also took over Argo's Helios mining "
                      "facility.", "2024-08-12", [("Argo Blockchain", 35_000_000.0, "borrowed", "Galaxy")]),
]
NEGATIVE = [
    ("miner-lends", "HIVE extended a $5 million loan to its hosting partner."),
    ("miner-advances", "Stronghold has advanced $1.2 million to a hosting customer to help it buy new miners."),
    ("loan-to-a-buyer", "Bit Digital made a $3 million loan to a buyer of its old machines."),
    ("generic-paydown", "Stronghold said it continued to pay down debt in October."),
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


@pytest.mark.parametrize("text,published,expected", [
    # once a loan is named, "drew", "outstanding to" and "the final payment" are about it
    ("Hut 8 upsized its Coinbase credit facility to $65 million. Hut 8 drew the full $15 million on Jan. 11.",
     "2024-01-19", [(65_000_000.0, "facility", "2024-01-19"), (15_000_000.0, "borrowed", "2024-01-11")]),
    ("Greenidge Generation restructured its NYDIG loans. The deal closed on Jan. 30 and leaves Greenidge with about "
     "$17 million outstanding to NYDIG.", "2023-02-01", [(17_000_000.0, "outstanding", "2023-01-30")]),
    # a headline without a figure repeats the repayment the body dates and sizes: one fact
    ("TeraWulf pays off its term loan\n\nTeraWulf repaid its term loan. The final payment of $77.5 million was made "
     "on June 28.", "2024-07-03", [(77_500_000.0, "repaid", "2024-06-28")]),
])
def test_a_loan_named_earlier_carries_to_the_next_sentences(text, published, expected):
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text,published,expected", [
    # found in review of the loan rules
    ("Bitdeer prepaid $12 million of its term loan in July.", "2024-08-14", [(12_000_000.0, "repaid", "2024-07-31")]),
    ("Riot Platforms secured a $100 million credit facility from Coinbase, of which $50 million can be drawn "
     "immediately.", "2024-08-14", [(100_000_000.0, "facility", "2024-08-14")]),
    ("Hut 8 repaid its debt to Anchorage Digital in March.", "2024-08-14", [(None, "repaid", "2024-03-31")]),
    ("Hut 8 repaid $20 million in cash and the rest in shares under its loan.", "2024-08-14",
     [(20_000_000.0, "repaid", "2024-08-14")]),
    ("Argo Blockchain told investors on Friday that it had prepaid a further $5 million of its loan from Galaxy "
     "Digital.", "2024-08-14", [(5_000_000.0, "repaid", "2024-08-09")]),
    # the same company's two loans: a headline about one is not an echo of the other's repayment
    ("TeraWulf pays off its term loan\n\nTeraWulf also repaid $10 million of its equipment financing in May.",
     "2024-08-14", [(None, "repaid", "2024-08-14"), (10_000_000.0, "repaid", "2024-05-31")]),
])
def test_cases_found_in_review(text, published, expected):
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text", [
    # a loan named earlier does not make a supplier's bill or a share sale a loan
    "CleanSpark has no debt on its balance sheet. CleanSpark made the final payment of $48 million on its order of "
    "S21 miners from Bitmain.",
    "CleanSpark has no debt on its balance sheet. CleanSpark drew $25 million from its at-the-market equity program "
    "in July.",
    # an outside lender's loan to a miner outside the registry, and money that is not a loan
    "Coinbase Credit extended a $10 million loan to Sato Technologies, a miner that hosts machines for Bitfarms.",
    "The loan has a term of six months and may be prepaid, Argo Blockchain said.",
])
def test_not_loans_found_in_review(text):
    assert facts_of(text, "2024-08-14", "loan") == []
