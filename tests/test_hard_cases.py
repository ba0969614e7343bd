"""The hard cases of issue 3, one sentence (or a few lines) each, in the order the issue lists them.

Each case is written in our own words; the expected facts follow fixtures/GOLD_GUIDE.md.
"""

import pytest

from tests.sentence_cases import brief, facts_of, kind_briefs


def _briefs(text, published="2025-08-06", type_=None, *extra):
    return sorted(brief(f, *extra) for f in facts_of(text, published, type_))


# -- roundups -------------------------------------------------------------------------------------------

def test_elliptical_league_table_without_a_cue_word():
    text = "CleanSpark led with 671 BTC in July, ahead of Riot Platforms with 484 and Bitdeer with 282."
    assert _briefs(text, type_="btc_mined") == [
        ("Bitdeer", 282.0, "2025-07-01", "2025-07-31"),
        ("CleanSpark", 671.0, "2025-07-01", "2025-07-31"),
        ("Riot Platforms", 484.0, "2025-07-01", "2025-07-31")]


def test_league_table_takes_its_metric_from_the_lead():
    text = ("Treasuries grew again in March.\nMARA held 47,531 BTC at the end of March. "
            "Riot came next at 19,223 BTC, ahead of CleanSpark with 11,869.")
    got = {(f["company"], f["value"]) for f in facts_of(text, "2025-04-05", "btc_held")}
    assert got == {("MARA Holdings", 47531.0), ("Riot Platforms", 19223.0), ("CleanSpark", 11869.0)}


def test_respectively_with_a_unit_on_every_figure():
    text = "Cango and HIVE Digital Technologies mined 650.5 BTC and 189 BTC, respectively, in July."
    assert _briefs(text, type_="btc_mined") == [("Cango", 650.5, "2025-07-01", "2025-07-31"),
                                                ("HIVE Digital Technologies", 189.0, "2025-07-01", "2025-07-31")]


def test_respectively_for_hashrate_takes_the_shared_date():
    text = "Cipher Mining and TeraWulf reported 11.5 EH/s and 10.0 EH/s at the end of November, respectively."
    assert _briefs(text, "2024-12-05", "hashrate") == [("Cipher Mining", 11.5, None, "2024-11-30"),
                                                       ("TeraWulf", 10.0, None, "2024-11-30")]


def test_an_unregistered_miner_is_not_attributed_to_a_registered_one():
    text = ("Riot Platforms mined 460 BTC in December.\n"
            "Privately held Rhodium Enterprises said it mined about 2,700 BTC in December.\n"
            "LM Funding's fleet averaged 425 PH/s in December, while Sato Technologies ran about 280 PH/s.")
    got = {(f["company"], f["value"]) for f in facts_of(text, "2026-01-06")}
    assert got == {("Riot Platforms", 460.0), ("LM Funding America", 0.425)}


def test_a_company_in_an_aside_or_named_as_owner_is_not_the_subject():
    text = ("Bitfarms, which completed its purchase of Stronghold Digital Mining in March, reported an operating "
            "hashrate of 19.5 EH/s at the end of March.\n"
            "American Bitcoin, the miner majority-owned by Hut 8, said it held 5,427 BTC at the end of December.")
    got = {(f["company"], f["value"]) for f in facts_of(text, "2026-01-07")}
    assert got == {("Bitfarms", 19.5), ("American Bitcoin", 5427.0)}


# -- footnotes glued to numbers ---------------------------------------------------------------------------

def test_footnotes_glued_to_table_labels_and_amounts():
    text = ("MARA Announces December 2025 Production Update\n\n"
            "Metric | December 2025 | November 2025\n"
            "BTC Produced1 | 714 | 688\n"
            "Average BTC Produced per Day1 | 23.0 | 22.9\n"
            "BTC Holdings3 | 53,250 | 52,980\n\n"
            "MARA repaid US$28 million of its credit facility, reducing the balance outstanding to US$38 million1.")
    got = {(f["type"], f["value"], f["period_end"]) for f in facts_of(text, "2026-01-05")}
    assert got == {("btc_mined", 714.0, "2025-12-31"), ("btc_mined", 688.0, "2025-11-30"),
                   ("btc_held", 53250.0, "2025-12-31"), ("btc_held", 52980.0, "2025-11-30"),
                   ("loan", 28_000_000.0, "2026-01-05"), ("loan", 38_000_000.0, "2026-01-05")}


# -- BTC numbers that are not facts ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Riot's stack is worth about 1,000 BTC at the current exchange rate of the shares.",  # an equivalent
    "Riot mined 437 BTC in October.\nThat left a gap of 129 BTC to MARA.",  # a gap to a rival
    "CleanSpark's output was down 85 BTC from March.",  # a month-on-month change
    "Cango produced about 21 BTC per day in July.",  # a rate
    "Riot borrowed $20 million against 500 BTC in July.",  # collateral, not a balance
])
def test_btc_numbers_that_are_not_facts(text):
    facts = facts_of(text, "2025-08-06")
    assert not [f for f in facts if f["type"] != "loan" and f["value"] in (1000.0, 129.0, 85.0, 21.0, 500.0)]


# -- loans ----------------------------------------------------------------------------------------------

def test_a_miner_acting_as_lender_states_no_loan_fact():
    text = "Cango is acting as a lender too: it has advanced $12 million to a hosting partner as a prepayment loan."
    assert facts_of(text, "2025-11-18", "loan") == []


def test_one_sentence_two_loan_facts():
    text = "MARA drew $50 million from a new $200 million revolving credit line secured by its bitcoin."
    assert _briefs(text, "2025-05-09", "loan", "loan_event") == [
        ("MARA Holdings", 50_000_000.0, None, "2025-05-09", "borrowed"),
        ("MARA Holdings", 200_000_000.0, None, "2025-05-09", "facility")]


def test_loan_arithmetic_chain_and_anaphora():
    text = ("Riot Platforms has a bitcoin-backed credit facility with Coinbase.\n"
            "On July 24, it made a payment that cut the balance by $20 million to $45 million.")
    assert _briefs(text, "2025-08-06", "loan", "loan_event") == [
        ("Riot Platforms", 20_000_000.0, None, "2025-07-24", "repaid"),
        ("Riot Platforms", 45_000_000.0, None, "2025-07-24", "outstanding")]


# -- periods --------------------------------------------------------------------------------------------

def test_prior_period_figures_keep_their_own_period():
    text = "- Fourth quarter 2025 production of 2,166 BTC and full-year 2025 production of 8,730 BTC."
    assert _briefs("MARA Holdings update\n" + text, "2026-01-05", "btc_mined") == [
        ("MARA Holdings", 2166.0, "2025-10-01", "2025-12-31"), ("MARA Holdings", 8730.0, "2025-01-01", "2025-12-31")]


def test_a_year_earlier_is_the_reported_month_one_year_back():
    text = ("Bitdeer January 2025 production update\n"
            "Bitdeer mined 120 BTC in January. Twelve months earlier, Bitdeer had mined 427 BTC.")
    assert _briefs(text, "2025-02-05", "btc_mined") == [("Bitdeer", 120.0, "2025-01-01", "2025-01-31"),
                                                        ("Bitdeer", 427.0, "2024-01-01", "2024-01-31")]


def test_year_to_date_through_a_date():
    text = "Bitfarms November update\n- Year-to-date production reached 4,461 BTC through November 30, 2023."
    assert _briefs(text, "2023-12-04", "btc_mined") == [("Bitfarms", 4461.0, "2023-01-01", "2023-11-30")]


def test_current_value_and_target_in_one_sentence_past_tense_is_not_a_target():
    text = "Bitdeer lifted its hashrate to 21.4 EH/s by the end of July and is aiming for 40 EH/s by October."
    assert _briefs(text, "2025-08-06", "hashrate", "hashrate_kind") == [
        ("Bitdeer", 21.4, None, "2025-07-31", "operational"), ("Bitdeer", 40.0, None, "2025-10-31", "target")]


@pytest.mark.parametrize("text,published,start,end", [
    ("IREN mined 1,838 bitcoin in the fourth quarter of FY25.", "2025-08-28", "2025-04-01", "2025-06-30"),
    ("CleanSpark mined 7,024 BTC in fiscal 2024.", "2024-12-03", "2023-10-01", "2024-09-30"),
    ("HIVE Digital Technologies produced 341 BTC in Q3 Fiscal 2025.", "2025-02-14", "2024-10-01", "2024-12-31"),
    ("Riot Platforms mined 516 BTC last November.", "2025-08-06", "2024-11-01", "2024-11-30"),
    ("MARA Holdings produced 5,442 BTC in the first six months of 2023.", "2023-07-05", "2023-01-01", "2023-06-30"),
])
def test_fiscal_and_relative_periods(text, published, start, end):
    [f] = facts_of(text, published, "btc_mined")
    assert (f["period_start"], f["period_end"]) == (start, end)


def test_day_month_order_follows_the_document():
    text = "Figures as of 31/03/2024 are unaudited.\nAs of 05/03/2024, Bitfarms held 800 BTC."
    [f] = facts_of(text, "2024-04-02", "btc_held")
    assert f["period_end"] == "2024-03-05"


def test_no_year_anywhere_gets_a_flag_not_a_guess_presented_as_fact():
    [f] = facts_of("Riot Platforms produced 460 bitcoin in December.", "2026-01-03", "btc_mined")
    assert f["period_end"] == "2025-12-31" and "no_year" in f["flags"]
    [f] = facts_of("Riot Platforms produced 460 bitcoin in December.", None, "btc_mined")
    assert "no_published_date" in f["flags"]


# -- hashrate that is not the company's own fleet --------------------------------------------------------

@pytest.mark.parametrize("text,own", [
    ("TeraWulf's operational hash rate was 5.5 EH/s at July 31, 2023, of which 2.0 EH/s relates to the Nautilus "
     "joint venture.", {5.5}),
    ("IREN had 50 EH/s installed; the Childress campus provided 23 EH/s of the installed total.", {50.0}),
    ("Riot's hashrate reached 33.7 EH/s, +1.4 EH/s on the month.", {33.7}),
    ("Canaan reported total computing power sold of 14.6 EH/s.", set()),
    ("BitFuFu had 36.2 EH/s of hashrate under management, which includes machines it hosts for others.", set()),
    ("Gryphon currently hashes at about 1.0 EH/s from machines hosted at a facility in upstate New York.", {1.0}),
    ("Hashrate across the Bitcoin network slipped to about 610 EH/s from a peak of roughly 640 EH/s.", set()),
])
def test_hashrate_that_is_not_the_fleet(text, own):
    assert {f["value"] for f in facts_of(text, "2025-08-06", "hashrate")} == own


# -- names ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,canonical", [("Iris Energy", "IREN"), ("Marathon Digital", "MARA Holdings"),
                                            ("Riot Blockchain", "Riot Platforms"), ("Hut 8 Mining", "Hut 8")])
def test_renames_and_aliases_resolve_to_one_entity(name, canonical):
    [f] = facts_of(f"{name} mined 300 BTC in May 2023.", "2023-06-05", "btc_mined")
    assert f["company"] == canonical


# -- added after the dev4/dev5 batches --------------------------------------------------------------------

def test_the_same_period_of_a_named_year_is_the_sentences_own_span_moved():
    text = ("For the nine months ended September 30, 2023, MARA produced 8,932 BTC, compared with 2,575 BTC in the "
            "same period of 2022.")
    assert _briefs(text, "2023-11-01", "btc_mined") == [("MARA Holdings", 2575.0, "2022-01-01", "2022-09-30"),
                                                        ("MARA Holdings", 8932.0, "2023-01-01", "2023-09-30")]


def test_a_loan_without_a_date_takes_the_signing_date_of_the_next_sentence():
    text = ("MARA Holdings secured a $200 million credit line from Two Prime backed by its bitcoin, the miner "
            "said on Tuesday.\n\nThe line was signed on Sept. 18 and runs for 12 months.")
    (fact,) = facts_of(text, "2025-11-05", "loan")
    assert (fact["value"], fact["loan_event"], fact["period_end"]) == (200_000_000.0, "facility", "2025-09-18")


def test_a_loan_in_bitcoin_has_no_usd_value():
    (fact,) = facts_of("Bitdeer borrowed 400 BTC from Matrixport in September.", "2025-10-10", "loan")
    assert (fact["value"], fact["loan_event"], fact["period_end"]) == (None, "borrowed", "2025-09-30")


def test_a_threshold_the_fleet_nears_is_not_a_hashrate():
    assert facts_of("MARA posts record July output as its fleet nears 18 EH/s.", "2023-08-02", "hashrate") == []


def test_selling_all_it_mined_is_two_facts():
    got = {(f["type"], f["value"]) for f in facts_of(
        "Stronghold Digital Mining mined 161 BTC in April and sold its entire production for about $6.4 million.",
        "2022-05-05")}
    assert got == {("btc_mined", 161.0), ("btc_sold", 161.0)}
    got = {(f["type"], f["value"]) for f in facts_of("Gryphon Digital Mining sold all 21.7 BTC it mined in August.",
                                                     "2024-09-05")}
    assert got == {("btc_mined", 21.7), ("btc_sold", 21.7)}


def test_an_unregistered_miner_in_a_title_case_headline_is_nobodys_fact():
    text = ("Privately Held Lone Star Hashworks Mined 612 BTC in First Quarter\n\n"
            "Cipher Mining, a listed rival, was not part of the deal.")
    assert facts_of(text, "2025-04-10", "btc_mined") == []


# -- rules added from the dev7 / dev8 batches --------------------------------------------------------------

@pytest.mark.parametrize("text,published,expected", [
    # the base of a comparison is never the figure's own period
    ("Riot Platforms Announces March 2025 Production Update\n\n- Bitcoin Production: The Company produced 470 "
     "bitcoin, a decrease of 9% compared to February 2025.", "2025-04-03",
     ("Riot Platforms", 470.0, "2025-03-01", "2025-03-31")),
    ("CleanSpark (NASDAQ: CLSK) said: Production for fiscal 2024 totaled 7,000 BTC, up 80% from fiscal 2023.",
     "2024-10-05", ("CleanSpark", 7000.0, "2023-10-01", "2024-09-30")),
    # 'the month before' is the month before the reported one, not before publication
    ("Riot Platforms mined 505 BTC in January, compared with 610 BTC the month before.", "2024-02-05",
     ("Riot Platforms", 610.0, "2023-12-01", "2023-12-31")),
    ("Argo Blockchain: Year-to-date production for the nine months ended 30 September 2022 totalled 1,500 BTC.",
     "2022-10-07", ("Argo Blockchain", 1500.0, "2022-01-01", "2022-09-30")),
    ("Bitfarms mined 2,700 BTC in the first ten months of 2021.", "2022-11-02",
     ("Bitfarms", 2700.0, "2021-01-01", "2021-10-31")),
])
def test_periods_of_flows_added_from_dev7_and_dev8(text, published, expected):
    assert expected in [brief(f) for f in facts_of(text, published, "btc_mined")]


@pytest.mark.parametrize("text,type_", [
    ("Public miners as a group sold roughly 14,000 BTC in June, according to a research firm.", "btc_sold"),
    ("Taken together, the public miners in the database hold a little over 100,000 BTC.", "btc_held"),
    ("The halving will cut the block subsidy for Riot Platforms and its rivals to 3.125 BTC from 6.25 BTC.",
     "btc_mined"),
    ("On that basis, Bitfarms earned about 17 BTC per average exahash in November, compared with 15 BTC for Cipher "
     "Mining.", "btc_mined"),
    ("At the Paso Pe facility in Paraguay, Bitfarms' operating hashrate reached 2.1 EH/s.", "hashrate"),
    ("MARA said roughly 19,000 additional miners, representing about 2.0 EH/s, were energized after quarter end.",
     "hashrate"),
    ("The HIVE chief said the fleet would put HIVE at roughly 2.3% of the global network.", "hashrate"),
])
def test_figures_that_are_nobodys_fact(text, type_):
    assert facts_of(text, "2025-07-09", type_) == []


def test_a_revised_goal_keeps_only_the_new_figure():
    text = "Bitfarms is revising its December 31, 2022 hashrate guidance to 5.0 EH/s from 6.0 EH/s."
    assert [f["value"] for f in facts_of(text, "2022-11-01", "hashrate")] == [5.0]


def test_a_company_in_the_clause_is_the_subject_not_the_group_it_belongs_to():
    text = "Gryphon Digital Mining, one of the smaller listed miners, mined 70.2 BTC in February."
    assert [brief(f) for f in facts_of(text, "2024-03-06", "btc_mined")] == [
        ("Gryphon Digital Mining", 70.2, "2024-02-01", "2024-02-29")]


@pytest.mark.parametrize("text,published,value,as_of", [
    ("MARA Holdings also sits on 40,000 BTC, the filing shows.", "2024-12-19", 40000.0, "2024-12-19"),
    ("Bitfarms sold 90 BTC in June, leaving it with 1,100 BTC at month-end.", "2025-07-09", 1100.0, "2025-06-30"),
])
def test_balances_by_other_verbs(text, published, value, as_of):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, "btc_held")] == [(value, as_of)]


def test_a_span_header_gives_each_year_column_its_quarter():
    text = ("Core Scientific Reports Second Quarter 2025 Results\n\n"
            "Three Months Ended June 30, | 2025 | 2024\n"
            "Self-mined bitcoin | 500 | 1,000\n"
            "Self-mining hashrate, period end (EH/s) | 16.5 | 19.0\n")
    got = sorted((f["type"], f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, "2025-08-07"))
    assert got == [("btc_mined", 500.0, "2025-04-01", "2025-06-30"), ("btc_mined", 1000.0, "2024-04-01", "2024-06-30"),
                   ("hashrate", 16.5, None, "2025-06-30"), ("hashrate", 19.0, None, "2024-06-30")]


def test_a_table_of_months_gives_each_row_its_month():
    text = ("IREN August 2025 Monthly Update\n\n"
            "Month | BTC mined | Average operating hashrate (EH/s)\n"
            "Aug-25 | 660 | 45.0\n"
            "Jul-25 | 720 | 46.0\n")
    got = sorted((f["type"], f["value"], f["period_end"]) for f in facts_of(text, "2025-09-05"))
    assert got == [("btc_mined", 660.0, "2025-08-31"), ("btc_mined", 720.0, "2025-07-31"),
                   ("hashrate", 45.0, "2025-08-31"), ("hashrate", 46.0, "2025-07-31")]


def test_a_label_line_in_a_monthly_update_is_as_of_the_month_end():
    text = "Riot Platforms Announces April 2025 Production Update\n\n- Deployed Hash Rate: 33.0 EH/s, unchanged.\n"
    assert [(f["value"], f["period_end"]) for f in facts_of(text, "2025-05-05", "hashrate")] == [(33.0, "2025-04-30")]


def test_a_pledge_and_a_later_repayment_in_one_footnote_are_two_facts():
    text = ("HIVE Digital Technologies Reports Results\n\n(1) Includes 150 Bitcoin pledged as collateral under a "
            "short-term facility at September 30, 2025; the facility was repaid in October 2025.")
    got = sorted((f["loan_event"], f["period_end"], f["collateral_btc"]) for f in facts_of(text, "2025-11-17", "loan"))
    assert got == [("collateral_posted", "2025-09-30", 150.0), ("repaid", "2025-10-31", None)]


def test_sale_proceeds_are_not_a_loan_principal():
    text = ("Argo Blockchain sold 800 bitcoin in July, raising $19.0 million, and used the money to pay down a "
            "bitcoin-backed loan from Galaxy Digital.")
    assert [(f["value"], f["loan_event"]) for f in facts_of(text, "2022-08-05", "loan")] == [(None, "repaid")]


def test_a_fleet_figure_in_a_headline_with_a_present_verb_is_dated_now():
    text = "HIVE Digital Technologies Reports Q2 Fiscal 2026 Results, Surpasses 22 EH/s"
    assert [f["period_end"] for f in facts_of(text, "2025-11-17", "hashrate")] == ["2025-11-17"]


def test_a_title_line_between_two_tables_starts_a_new_table():
    text = ("CleanSpark Reports Fiscal Year 2024 Results\n\n"
            "Fiscal Year Ended September 30, | 2024 | 2023\n"
            "Bitcoin mined | 7,000 | 6,900\n\n"
            "Fourth Quarter Production by Month\n"
            "Month | Bitcoin mined | Average daily bitcoin mined\n"
            "Jul-24 | 490 | 15.8\n"
            "Aug-24 | 470 | 15.2\n")
    got = sorted((f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, "2024-12-02", "btc_mined"))
    assert got == [(470.0, "2024-08-01", "2024-08-31"), (490.0, "2024-07-01", "2024-07-31"),
                   (6900.0, "2022-10-01", "2023-09-30"), (7000.0, "2023-10-01", "2024-09-30")]


@pytest.mark.parametrize("text,published,type_,expected", [
    ("CleanSpark reported an operating hashrate of 27.0 EH/s at fiscal year-end.", "2024-12-02", "hashrate",
     [(27.0, "2024-09-30")]),
    ("Last month Bitfarms signed a $90 million bitcoin-backed facility with Galaxy.", "2022-01-11", "loan",
     [(90000000.0, "2021-12-31")]),
    ("MARA Holdings had lent 9,000 BTC to outside counterparties at the end of September.", "2025-11-04", "btc_held",
     []),
    ("Canaan Reports Results\n\nComputing power sold (million TH/s) | 9.0 | 7.0", "2025-03-14", None, []),
])
def test_dates_and_non_facts_added_from_dev9(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_one_fleet_figure_said_twice_with_different_kind_words_is_one_fact():
    text = ("Bitfarms Provides October 2022 Production Update\n\n- Month-end operating hashrate of 4.0 EH/s\n\n"
            "Bitfarms said it exited the month at 4.0 exahash per second (EH/s).")
    assert [(f["value"], f["period_end"]) for f in facts_of(text, "2022-11-01", "hashrate")] == [(4.0, "2022-10-31")]


@pytest.mark.parametrize("text,published,type_,expected", [
    # found in review: each of these went wrong once
    ("Riot Platforms mined 1,000 BTC in the 2nd quarter of 2024.", "2024-08-01", "btc_mined",
     [(1000.0, "2024-06-30")]),
    ("CleanSpark raised $200 million in a bitcoin-backed credit facility from Coinbase Prime in July.", "2025-08-10",
     "loan", [(200000000.0, "2025-07-31")]),
    ("The company said the miners it energized in June produced 120 BTC in July, Cango reported.", "2025-08-10",
     "btc_mined", [(120.0, "2025-07-31")]),
    ("After energizing the Corsicana Facility in April, Riot's hash rate reached 35 EH/s in July.", "2025-08-10",
     "hashrate", [(35.0, "2025-07-31")]),
    ("Riot Platforms expects to reach 50 EH/s by February.", "2024-06-10", "hashrate", [(50.0, "2025-02-28")]),
    ("IREN expects to reach 60 EH/s by the end of the fiscal year.", "2025-08-10", "hashrate",
     [(60.0, "2026-06-30")]),
])
def test_cases_found_in_review(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_a_day_in_a_table_is_not_a_two_digit_year():
    text = "Riot Platforms Quarterly Data\n\nDate | BTC held\nJun-30 | 19,225\nSep-30 | 19,287\n"
    assert all(f["period_end"] < "2030" for f in facts_of(text, "2025-10-10"))


def test_the_previous_month_in_title_case_is_still_a_month():
    text = "Riot Platforms Mined 505 BTC in January, Compared With 610 BTC the Previous Month"
    assert [brief(f) for f in facts_of(text, "2024-02-05", "btc_mined")] == [
        ("Riot Platforms", 505.0, "2024-01-01", "2024-01-31"), ("Riot Platforms", 610.0, "2023-12-01", "2023-12-31")]


@pytest.mark.parametrize("text,published,type_,expected", [
    # a weekday is the latest such day on or before publication (2024-08-12 is a Monday)
    ("On Friday, alongside its fiscal third-quarter results, CleanSpark announced a $50 million line of credit "
     "with Coinbase.", "2024-08-12", "loan", [(50000000.0, "2024-08-09")]),
    ("Riot Platforms said its fleet stood at 7.0 EH/s as of Sunday.", "2024-08-12", "hashrate", [(7.0, "2024-08-11")]),
    # when the company spoke is not when its figure stood
    ("CleanSpark ended July holding 12,101 BTC, the miner said in its monthly update on Monday.", "2024-08-12",
     "btc_held", [(12101.0, "2024-07-31")]),
    ("Black Friday brought no news, and Riot Platforms now holds 19,225 BTC.", "2024-12-02", "btc_held",
     [(19225.0, "2024-12-02")]),
])
def test_weekdays(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # one site's figure, stated after the number
    ("IREN has 20 EH/s installed. Of that total, 4.2 EH/s now sits at the Childress, Texas site.", "2024-03-05",
     "hashrate", [(20.0, "2024-03-05")]),
    # a phase's design, machines added or still in transit are not the fleet
    ("Phase one of Argo Blockchain's Helios site is designed to add around 2.3 EH/s.", "2021-11-03", "hashrate", []),
    ("Bitfarms brought on 1.4 EH/s in the last week of June.", "2024-07-02", "hashrate", []),
    ("Bit Digital's active hashrate was 1.6 EH/s at January 31, with about 0.5 EH/s of additional miners still in "
     "transit.", "2023-02-07", "hashrate", [(1.6, "2023-01-31")]),
    # a threshold crossed is a lower bound, echoed by the precise figure after it
    ("CleanSpark crossed 10 EH/s for the first time, finishing January at 10.1 EH/s.", "2024-02-05", "hashrate",
     [(10.1, "2024-01-31")]),
    # a year "through" a month is the year to that month
    ("Argo Blockchain has mined 1,644 BTC in 2021 through the end of October.", "2021-11-03", "btc_mined",
     [(1644.0, "2021-10-31")]),
    # "daily" may stand further from the figure than "average"
    ("Mawson's average daily self-mining production was approximately 2.4 bitcoin.", "2023-06-05", "btc_mined", []),
    # a reserve of self-mined bitcoin is a balance; a label line's date may follow its figure
    ("Hut 8 Mining: at December 31, 2022, the Company held 9,086 self-mined Bitcoin in reserve.\n"
     "- Total self-mined Bitcoin held in reserve: 9,077 as of January 31, 2023", "2023-02-06", "btc_held",
     [(9086.0, "2022-12-31"), (9077.0, "2023-01-31")]),
])
def test_fleet_parts_thresholds_and_balances(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_a_whole_months_output_sold_is_mined_and_sold():
    text = "Bit Digital sold its entire June output of 143.1 BTC for about $3.0 million."
    assert sorted((f["type"], f["value"], f["period_end"]) for f in facts_of(text, "2022-07-08")) == [
        ("btc_mined", 143.1, "2022-06-30"), ("btc_sold", 143.1, "2022-06-30")]


@pytest.mark.parametrize("text,expected", [
    # published Wednesday 2024-08-14
    ("In a statement, CleanSpark said it sold 200 BTC on Friday.", [(200.0, "2024-08-09")]),
    ("CleanSpark sold 200 BTC on Good Friday, the company said.", [(200.0, "2024-08-14")]),
    ("In Friday's filing, CleanSpark said it sold 200 BTC.", [(200.0, "2024-08-14")]),
    ("CleanSpark sold 200 BTC last Friday.", [(200.0, "2024-08-09")]),
])
def test_weekdays_found_in_review(text, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, "2024-08-14", "btc_sold")] == expected


def test_weekdays_ahead_and_a_past_deadline():
    assert [(f["value"], f["period_end"]) for f in facts_of(
        "Riot Platforms' hashrate will reach 40 EH/s by Friday.", "2024-08-14", "hashrate")] == [(40.0, "2024-08-16")]
    text = "Among miners that had published figures by Monday, Riot Platforms mined 437 BTC in July."
    assert [(f["value"], f["period_end"]) for f in facts_of(text, "2024-08-14", "btc_mined")] == [(437.0, "2024-07-31")]


@pytest.mark.parametrize("text,published,type_,expected", [
    # a range of days is one span
    ("Bit Digital sold approximately 280 BTC between June 26 and July 3, 2025.", "2025-07-08", "btc_sold",
     [(280.0, "2025-06-26", "2025-07-03")]),
    # the year so far in an update about October, not the whole year
    ("Cango Announces October 2025 Bitcoin Production\n\nCango produced 602.6 BTC in October. Year to date, the "
     "Company has mined 5,466.2 BTC in 2025.", "2025-11-04", "btc_mined",
     [(602.6, "2025-10-01", "2025-10-31"), (5466.2, "2025-01-01", "2025-10-31")]),
    # the part in operation is the operating fleet
    ("Canaan had 9.2 EH/s installed, of which 7.84 EH/s was in operation at June 30, 2025.", "2025-08-12", "hashrate",
     [(9.2, None, "2025-08-12"), (7.84, None, "2025-06-30")]),
    # "on schedule to reach ... by the end of June" looks ahead
    ("CleanSpark is on schedule to reach 50 EH/s by the end of June.", "2025-03-04", "hashrate",
     [(50.0, None, "2025-06-30")]),
    # a headline's threshold echoes the precise figure
    ("Canaan's treasury passes 1,500 bitcoins\n\nCanaan held 1,510 BTC at June 30, 2025.", "2025-08-12", "btc_held",
     [(1510.0, None, "2025-06-30")]),
    ("Gryphon Digital Mining made a principal payment of $1.5 million to Anchorage on June 16, 2025, under its loan.",
     "2025-07-01", "loan", [(1500000.0, None, "2025-06-16")]),
])
def test_spans_parts_and_payments_from_dev13(text, published, type_, expected):
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_bitcoin_posted_as_additional_collateral():
    text = ("Gryphon Digital Mining amended its loan. The Company agreed to post 8.5 bitcoin with Anchorage as "
            "additional collateral under the loan on June 17, 2025.")
    assert [(f["loan_event"], f["collateral_btc"], f["period_end"]) for f in facts_of(text, "2025-07-01", "loan")] == [
        ("collateral_posted", 8.5, "2025-06-17")]


@pytest.mark.parametrize("text,published,type_,expected", [
    # a headline's bound at a round number echoes the precise figure of the body
    ("Riot tops 500 BTC in March\n\nRiot Platforms mined 533 BTC in March.", "2025-04-03", "btc_mined",
     [(533.0, "2025-03-01", "2025-03-31")]),
    ("CleanSpark Update\n\nFleet ends the year above 50 EH/s\n\nCleanSpark's operational hashrate was 50.6 EH/s at "
     "December 31, 2025.", "2026-01-05", "hashrate", [(50.6, None, "2025-12-31")]),
    # ... but a bound in the body after a sale is a balance of its own
    ("MARA held 52,850 BTC as of Sept. 30. After the sale, MARA still holds more than 52,000 BTC.", "2025-11-04",
     "btc_held", [(52850.0, None, "2025-09-30"), (52000.0, None, "2025-11-04")]),
    # target dates said in words
    ("CleanSpark is on track to reach 50 EH/s by the middle of next year.", "2024-12-03", "hashrate",
     [(50.0, None, "2025-06-30")]),
    ("Stronghold expects between 4.0 and 4.5 EH/s by year-end 2022.", "2021-11-15", "hashrate",
     [(4.5, None, "2022-12-31")]),
    ("Marathon still aims for 23 EH/s by the middle of 2023.", "2023-01-04", "hashrate", [(23.0, None, "2023-06-30")]),
    ("IREN remains on course for 50 EH/s by the end of June.", "2025-05-07", "hashrate", [(50.0, None, "2025-06-30")]),
    # a purpose clause is a target; a maker's machines are the object, not the subject
    ("IREN is installing Bitmain's S21 XP rigs to lift the fleet to 52 EH/s by the end of June 2025.", "2024-12-04",
     "hashrate", [(52.0, None, "2025-06-30")]),
    # a fiscal half, and the day the fiscal year began is not the figure's date
    ("Over the first half of fiscal 2026, which for HIVE began on April 1, HIVE mined 1,231 BTC.", "2025-11-18",
     "btc_mined", [(1231.0, "2025-04-01", "2025-09-30")]),
    ("Over the first ten months of its fiscal year, which began on July 1, IREN has produced 3,911 BTC.",
     "2025-05-07", "btc_mined", [(3911.0, "2024-07-01", "2025-04-30")]),
    # "the second half of the month" is no half year
    ("IREN's average operating hashrate for April was 36.8 EH/s, as new machines were switched on in the second "
     "half of the month.", "2025-05-07", "hashrate", [(36.8, "2025-04-01", "2025-04-30")]),
    # a balance after a sale in the same sentence
    ("HIVE sold 880 BTC during the quarter and had 435 BTC on its balance sheet at September 30.", "2025-11-18",
     "btc_held", [(435.0, None, "2025-09-30")]),
    # a per-day rate, the network's total, machines made and shipped for customers
    ("Bitfarms reported approximately 14.2 BTC produced per day in June.", "2022-06-21", "btc_mined", []),
    ("Total Bitcoin hashrate has climbed back to roughly 100 EH/s, Greenidge noted.", "2021-08-17", "hashrate", []),
    ("Bitdeer said roughly 4.2 EH/s of A2 machines were manufactured in May; about 1.9 EH/s of them were shipped to "
     "external customers.", "2025-06-10", "hashrate", []),
    # an owner and a host are not the subject; the part "of that fleet" that is operating is the operating fleet
    ("American Bitcoin now holds 4,783 BTC. The company, which is majority-owned by Hut 8, has about 24.2 EH/s of "
     "installed hashrate, most of it housed at Hut 8's campuses. About 21.5 EH/s of that fleet was operating at the "
     "end of November.", "2025-12-10", "hashrate", [(24.2, None, "2025-12-10"), (21.5, None, "2025-11-30")]),
    # "a month earlier" is a comparison's date, not a rate; a purchase is not a balance
    ("Riot Platforms mined 527 BTC in January, up from 516 BTC a month earlier.", "2025-02-05", "btc_mined",
     [(527.0, "2025-01-01", "2025-01-31"), (516.0, "2024-12-01", "2024-12-31")]),
    ("Hut 8 held 10,096 BTC at December 31, 2024, helped by a 990 BTC purchase in December.", "2025-01-10",
     "btc_held", [(10096.0, None, "2024-12-31")]),
    # what review of the rules above found: a past deed is no target, a fleet built by a maker is the fleet, a
    # company's own total Bitcoin hashrate is not the network's, a bound in the body is not an echo, a loan
    # starting on a date is dated by it, "the second half of July" is July
    # (the 2.0 EH/s of new miners energized in July is an increment, no fact by GOLD_GUIDE)
    ("During July, Riot energized 2.0 EH/s of new miners to bring its operating hashrate to 36.5 EH/s.", "2025-08-05",
     "hashrate", [(36.5, None, "2025-07-31")]),
    ("Riot's fleet now totals 30 EH/s of S21 miners built by Bitmain.", "2025-08-05", "hashrate",
     [(30.0, None, "2025-08-05")]),
    ("HIVE Digital's total Bitcoin hashrate reached 16.3 EH/s at July 31, 2025.", "2025-08-05", "hashrate",
     [(16.3, None, "2025-07-31")]),
    ("MARA sold 150 BTC in July 2025. MARA also sold more than 100 BTC in July 2025 to a partner.", "2025-08-05",
     "btc_sold", [(150.0, "2025-07-01", "2025-07-31"), (100.0, "2025-07-01", "2025-07-31")]),
    ("Cipher Mining entered a $50 million term loan with Two Prime starting on July 1, 2025.", "2025-08-05", "loan",
     [(50000000.0, None, "2025-07-01")]),
    ("Riot Platforms sold 200 BTC in the second half of July.", "2025-08-05", "btc_sold",
     [(200.0, "2025-07-01", "2025-07-31")]),
    ("Bitfarms mined 2,900 BTC in the first eleven months of its fiscal year.", "2026-01-10", "btc_mined",
     [(2900.0, "2025-01-01", "2025-11-30")]),
])
def test_echoes_targets_spans_and_subjects_from_dev12_and_dev14(text, published, type_, expected):
    got = [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, type_)]
    assert got == expected
    if type_ == "hashrate" and "American Bitcoin" in text:
        assert {f["company"] for f in facts_of(text, published, type_)} == {"American Bitcoin"}


def test_markdown_table_rule_line_and_period_columns_under_a_title():
    text = ("January output\n\n| Company | BTC mined (Jan) | BTC held (Jan 31) | Hashrate (EH/s) |\n|---|---|---|---|\n"
            "| Riot Platforms | 527 | 18,692 | 32.1 |\n| Bitfarms | 200 | 1,166 | 15.2 |\n")
    got = sorted((f["type"], f["company"], f["value"]) for f in facts_of(text, "2025-02-05"))
    assert got == [("btc_held", "Bitfarms", 1166.0), ("btc_held", "Riot Platforms", 18692.0),
                   ("btc_mined", "Bitfarms", 200.0), ("btc_mined", "Riot Platforms", 527.0),
                   ("hashrate", "Bitfarms", 15.2), ("hashrate", "Riot Platforms", 32.1)]
    text = ("Treasuries at year end.\n\nBitcoin holdings of listed miners (BTC)\nCompany | Dec. 31, 2024 | Dec. 31, 2023\n"
            "MARA Holdings | 44,893 | 15,126\nRiot Platforms | 17,722 | 7,362\n")
    assert _briefs(text, "2025-01-10", "btc_held") == [
        ("MARA Holdings", 15126.0, None, "2023-12-31"), ("MARA Holdings", 44893.0, None, "2024-12-31"),
        ("Riot Platforms", 7362.0, None, "2023-12-31"), ("Riot Platforms", 17722.0, None, "2024-12-31")]
    text = ("Bit Digital mined 139 BTC in February.\n\nDigital Asset Holdings\nAsset | February 29, 2024 | January 31, "
            "2024\nBTC | 826.5 | 687.5\nETH | 17,245.0 | 17,190.8\n")
    assert _briefs(text, "2024-03-05", "btc_held") == [("Bit Digital", 687.5, None, "2024-01-31"),
                                                       ("Bit Digital", 826.5, None, "2024-02-29")]


def test_loan_named_with_its_lender_a_defined_term_and_a_sentence_pointing_back():
    text = ("Bitfarms repaid US$28 million of its credit facility with BlockFi on June 20, 2022.\n\nBorrowings\n\n"
            "The BlockFi facility had US$66 million outstanding as of May 31, 2022.")
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, "2022-06-21", "loan")] == [
        (28000000.0, "repaid", "2022-06-20"), (66000000.0, "outstanding", "2022-05-31")]
    text = ("Riot Platforms amended its credit agreement with Coinbase Credit. The Amendment increases the maximum "
            "principal amount that the Company may borrow under the facility to $200 million. On May 20, 2025, the "
            "Company borrowed an additional $100 million under the amended Credit Agreement. Following this borrowing, "
            "the aggregate principal amount outstanding under the Credit Agreement was $200 million.")
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, "2025-05-22", "loan")] == [
        (200000000.0, "facility", "2025-05-22"), (100000000.0, "borrowed", "2025-05-20"),
        (200000000.0, "outstanding", "2025-05-20")]


# -- bare comparison figures and "coins" ------------------------------------------------------------------

@pytest.mark.parametrize("text,published,type_,expected", [
    # a bare number after a comparison takes the unit of the figure before it, with its own period
    ("CleanSpark mined 7,289 BTC in fiscal 2025, compared with 6,903 in the previous fiscal year.", "2025-10-15",
     "btc_mined", [(6903.0, "2023-10-01", "2024-09-30"), (7289.0, "2024-10-01", "2025-09-30")]),
    ("Riot Platforms mined 5,000 BTC in 2024, up from 4,000 in the prior year.", "2025-02-03", "btc_mined",
     [(4000.0, "2023-01-01", "2023-12-31"), (5000.0, "2024-01-01", "2024-12-31")]),
    ("Riot Platforms mined 1,200 BTC in Q3 2025, up from 1,100 in Q2.", "2025-10-03", "btc_mined",
     [(1100.0, "2025-04-01", "2025-06-30"), (1200.0, "2025-07-01", "2025-09-30")]),
    ("MARA's operational hashrate ended June 2025 at 31.5 EH/s, up from 28.1 at the end of May.", "2025-07-03",
     "hashrate", [(28.1, None, "2025-05-31"), (31.5, None, "2025-06-30")]),
    # the one it mined, of which it sold part
    ("Cipher Mining sold 507 bitcoin of the 531 it mined in the second quarter of 2025.", "2025-08-01", "btc_mined",
     [(531.0, "2025-04-01", "2025-06-30")]),
    ("Cipher Mining sold 507 bitcoin of the 531 it mined in the second quarter of 2025.", "2025-08-01", "btc_sold",
     [(507.0, "2025-04-01", "2025-06-30")]),
    # "coins" is bitcoin where no other cryptocurrency is named
    ("TeraWulf disposed of 478 coins for $46.5 million in April 2025.", "2025-05-10", "btc_sold",
     [(478.0, "2025-04-01", "2025-04-30")]),
    ("Canaan held 1,511 coins as of June 30, 2025.", "2025-08-10", "btc_held", [(1511.0, None, "2025-06-30")]),
])
def test_bare_comparisons_and_coins(text, published, type_, expected):
    got = sorted((f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, type_))
    assert got == expected


@pytest.mark.parametrize("text,type_", [
    ("Bitfarms mined 15.2 BTC per day in June 2025, up from 14.1 in May.", "btc_mined"),  # a rate's base is a rate
    ("Bit Digital sold 300 ETH and 200 coins in May 2025.", "btc_sold"),  # coins of another chain
])
def test_bare_comparisons_and_coins_that_are_no_fact(text, type_):
    assert facts_of(text, "2025-07-09", type_) == []


def test_a_list_of_bare_figures_stays_with_respectively():
    text = ("Marathon Digital, Riot Blockchain and CleanSpark mined 484, 437 and 529 BTC in November, respectively, "
            "compared with 615, 452 and 434 BTC in October.")
    got = {(f["company"], f["value"]) for f in facts_of(text, "2022-12-05", "btc_mined")}
    assert {("MARA Holdings", 484.0), ("Riot Platforms", 437.0), ("CleanSpark", 529.0)} <= got
    assert ("CleanSpark", 615.0) not in got


# -- rules from the dev16 / dev17 / dev18 blind batches ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "At month end, Odessa alone was running roughly 4.8 EH/s for Cipher Mining.",
    "CleanSpark's Tennessee sites alone now run roughly 8 EH/s.",
    "MARA Holdings reported 58.9 EH/s of energized hashrate at the end of August 2025, up about 1.1 EH/s from July.",
    "The roughly 0.6 EH/s we added to the self-mining fleet came from S19 XP units, Core Scientific said.",
    "During December Cango swapped out about 1.2 EH/s of older machines at one site in Ethiopia.",
    "If all of their targets were met, Riot Platforms and Bitfarms would operate well over 50 EH/s by early 2023.",
    "Earlier this year, Argo Blockchain had talked of 5.5 EH/s by the end of 2022.",
    "For MARA Holdings the backdrop matters: the seven-day moving average reached roughly 1,008 EH/s on Tuesday.",
])
def test_hashrates_that_are_not_the_fleet_from_dev16_and_dev17(text):
    assert [f["value"] for f in facts_of(text, "2025-09-04", "hashrate")
            if f["value"] in (4.8, 8.0, 1.1, 0.6, 1.2, 50.0, 5.5, 1008.0)] == []


def test_capitalised_hashrate_units_and_a_quarter_not_yet_over():
    text = "HIVE Blockchain reported 2.41 Exahash of Bitcoin mining capacity at the end of August 2022."
    assert _briefs(text, "2022-09-06", "hashrate") == [("HIVE Digital Technologies", 2.41, None, "2022-08-31")]
    text = "For calendar 2025, Cango said its miners produced 6,594.6 BTC, including 1,541 BTC in the first quarter."
    assert _briefs(text, "2026-01-07", "btc_mined") == [("Cango", 1541.0, "2025-01-01", "2025-03-31"),
                                                        ("Cango", 6594.6, "2025-01-01", "2025-12-31")]


@pytest.mark.parametrize("text,published,expected", [
    ("Cipher Mining amended its credit facility with Coinbase. Cipher tapped the line for $50M in January, lifting "
     "the balance to $65M at Jan. 31.", "2026-02-04",
     [(50000000.0, "borrowed", "2026-01-31"), (65000000.0, "outstanding", "2026-01-31")]),
    ("MARA Holdings drew another $50M from its Two Prime credit line in November 2025. That took its draws on the Two "
     "Prime facility to $100M at the end of November.", "2025-12-19",
     [(50000000.0, "borrowed", "2025-11-30"), (100000000.0, "outstanding", "2025-11-30")]),
    ("Argo Blockchain closed its restructuring. The deal extinguished the $17.5M it owed Growler Mining under a "
     "secured working-capital facility in exchange for new Argo shares.", "2025-12-19",
     [(17500000.0, "repaid", "2025-12-19")]),
    ("Mawson Infrastructure borrowed $20 million from Celsius in 2021, and the full $20 million remained outstanding "
     "when the lender filed for bankruptcy.", "2022-07-20", [(20000000.0, "borrowed", "2021-12-31"),
                                                            (20000000.0, "outstanding", "2022-07-20")]),
    # a maturity pushed out is not the date of the event
    ("Cipher Mining has extended the maturity of its bitcoin-backed revolving credit facility with Coinbase Credit to "
     "February 2027, and raised the borrowing cap to $250M.", "2026-02-04", [(250000000.0, "facility", "2026-02-04")]),
])
def test_loan_phrasings_of_the_press(text, published, expected):
    got = [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")]
    assert got == expected


@pytest.mark.parametrize("text", [
    "CleanSpark has agreed to lend GRIID Infrastructure up to $40 million more under a new delayed-draw term loan.",
    "CleanSpark extends another $40M credit line to GRIID ahead of merger",
    "Zhang said Cango is in talks with two lenders about a new facility of up to $100 million.",
    "By Reuters' calculation, American Bitcoin could borrow about $200 mln more against its unpledged bitcoin.",
    "Antalpha, Cango's lender, reported $1.9 billion of loans outstanding to its clients at the end of 2025.",
])
def test_loans_that_are_not_the_miners_debt_from_dev16(text):
    assert facts_of(text, "2026-03-18", "loan") == []


def test_collateral_topped_up_is_a_loan_fact_not_production():
    text = "LM Funding America topped up its collateral with Two Prime with 25 BTC on Dec. 2, the company said."
    assert [(f["loan_event"], f["period_end"]) for f in facts_of(text, "2025-12-19", "loan")] == [
        ("collateral_posted", "2025-12-02")]
    assert facts_of(text, "2025-12-19", "btc_mined") == []


# -- the review of the dev16-18 rules: sentences they must leave alone --------------------------------------

@pytest.mark.parametrize("text,published,type_,expected", [
    ("Riot sold 500 BTC earlier this month, according to its latest update.", "2025-08-20", "btc_sold",
     [(500.0, "2025-08-01", "2025-08-31")]),
    ("CleanSpark ended June with 50 EH/s of operational hashrate, versus 35.4 for Riot.", "2025-07-15", "hashrate",
     [(50.0, None, "2025-06-30")]),
    ("Riot's production rose by 45 BTC in July, compared with 30 in June.", "2025-08-05", "btc_mined", []),
    ("CleanSpark mined 685 BTC in June, up from 634.", "2025-07-03", "btc_mined", [(685.0, "2025-06-01", "2025-06-30")]),
    ("Riot reached 35 EH/s in June, as originally planned.", "2025-07-03", "hashrate", [(35.0, None, "2025-06-30")]),
    ("Marathon alone now runs about 57 EH/s of energized hashrate.", "2025-07-15", "hashrate",
     [(57.0, None, "2025-07-15")]),
    ("Bitfarms said the new S21 order would give it about 21 EH/s of installed hashrate by year-end.", "2025-07-15",
     "hashrate", [(21.0, None, "2025-12-31")]),
    ("Riot Platforms Reports Second Quarter 2025 Results\n\nBitcoin production was 1,426 BTC in the second quarter, "
     "compared with 844 in the prior year period.", "2025-07-31", "btc_mined",
     [(844.0, "2024-04-01", "2024-06-30"), (1426.0, "2025-04-01", "2025-06-30")]),
    ("HIVE Digital said it mined 1,414 BTC in fiscal 2025, down from 2,916 in the previous fiscal year.", "2025-05-29",
     "btc_mined", [(1414.0, "2024-04-01", "2025-03-31"), (2916.0, "2023-04-01", "2024-03-31")]),
    ("Argo's Kaspa operation produced about 4.5 million coins in the quarter.", "2025-07-15", "btc_mined", []),
])
def test_review_of_the_dev16_to_dev18_rules(text, published, type_, expected):
    got = sorted((f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, type_))
    assert got == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Following the repayment, Argo Blockchain had $30 million outstanding under the Galaxy loan.", "2025-07-15",
     [(30000000.0, "outstanding")]),
    ("Riot said it had borrowed $100 million from Coinbase, which agreed to lend up to $200 million against its "
     "bitcoin.", "2025-07-15", [(100000000.0, "borrowed"), (200000000.0, "facility")]),
    ("Bitfarms extended its $300 million credit facility to March 2027, the company said.", "2025-07-15",
     [(300000000.0, "facility")]),
    ("Core Scientific, which is in talks with lenders about a new facility, repaid $20 million of its existing loan in "
     "June.", "2025-07-15", [(20000000.0, "repaid")]),
    ("MARA said 5,000 BTC were pledged as collateral under its derivative contracts.", "2025-07-15", []),
])
def test_review_of_the_dev16_loan_rules(text, published, expected):
    assert [(f["value"], f["loan_event"]) for f in facts_of(text, published, "loan")] == expected


# -- comparison figures after an aside, a rate or "against" ---------------------------------------------------

@pytest.mark.parametrize("text,published,expected", [
    ("Iris Energy mined 209 BTC in May, its first full month under the smaller block reward, down from 301 BTC in "
     "April.", "2024-06-05", [(209.0, "2024-05-31"), (301.0, "2024-04-30")]),
    ("HIVE mined 133 Bitcoin in May, an average of about 4.3 BTC per day, up from 117 BTC in April.", "2024-06-05",
     [(117.0, "2024-04-30"), (133.0, "2024-05-31")]),
    ("In December Argo generated 179 BTC, or about 5.8 BTC a day, compared with 161 BTC in November.", "2025-01-06",
     [(161.0, "2024-11-30"), (179.0, "2024-12-31")]),
    ("Digihost produced 31 BTC in August, against 47 BTC in August 2023, a decline it blamed on the halving.",
     "2024-09-05", [(31.0, "2024-08-31"), (47.0, "2023-08-31")]),
    ("Riot averaged 17.5 BTC per exahash in May, compared with 16.9 BTC for Cipher.", "2024-06-05", []),
    ("Argo collected a block reward of 3.125 BTC in May.", "2024-06-05", []),
])
def test_comparison_figures_after_an_aside_a_rate_or_against(text, published, expected):
    assert sorted((f["value"], f["period_end"]) for f in facts_of(text, published, "btc_mined")) == expected


def test_against_bitcoin_after_a_loan_is_collateral_not_production():
    text = "Riot borrowed $20 million from Coinbase against 500 BTC in May."
    assert facts_of(text, "2024-06-05", "btc_mined") == []
    assert [f["loan_event"] for f in facts_of(text, "2024-06-05", "loan")] == ["borrowed"]


@pytest.mark.parametrize("text,published,type_,expected", [
    ("Marathon mined 1,242 BTC in December, taking its output for 2023 to 12,852 BTC.", "2024-01-04", "btc_mined",
     [(1242.0, "2023-12-01", "2023-12-31", []), (12852.0, "2023-01-01", "2023-12-31", [])]),
    ("Cipher Mining sold 880 BTC during the quarter for proceeds of $24.0 million.", "2023-11-04", "btc_sold",
     [(880.0, "2023-07-01", "2023-09-30", ["period_inferred"])]),
    ("Cipher Mining mined 1,000 BTC in the quarter.", "2024-01-10", "btc_mined",
     [(1000.0, "2023-10-01", "2023-12-31", ["period_inferred"])]),
    ("Riot expects to produce 2,000-3,000 BTC in 2026.", "2025-12-04", "btc_mined", []),
])
def test_a_year_before_to_is_no_range_and_the_quarter_is_the_last_one(text, published, type_, expected):
    got = sorted((f["value"], f["period_start"], f["period_end"], f["flags"]) for f in facts_of(text, published, type_))
    assert got == expected


def test_a_markdown_table_with_outer_pipes_and_an_empty_corner():
    text = ("CleanSpark December 2023 update\n\n| | December 2023 | November 2023 |\n|---|---|---|\n"
            "| Bitcoin mined | 720 | 683 |\n| Bitcoin held at month end | 3,002 | 2,667 |\n"
            "| Operational hashrate at month end (EH/s) | 10.0 | 9.7 |\n")
    got = sorted((f["type"], f["value"], f["period_end"]) for f in facts_of(text, "2024-01-03"))
    assert got == [("btc_held", 2667.0, "2023-11-30"), ("btc_held", 3002.0, "2023-12-31"),
                   ("btc_mined", 683.0, "2023-11-30"), ("btc_mined", 720.0, "2023-12-31"),
                   ("hashrate", 9.7, "2023-11-30"), ("hashrate", 10.0, "2023-12-31")]


def test_fiscal_quarter_and_month_range_headers_with_units_in_the_cells():
    text = ("CleanSpark fiscal third quarter 2025 letter\n\n| Metric | FQ3 2025 (Apr–Jun 2025) | FQ3 2024 (Apr–Jun 2024) |\n"
            "|---|---|---|\n| Bitcoin mined | 2,012 BTC | 1,583 BTC |\n")
    got = sorted((f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, "2025-08-07", "btc_mined"))
    assert got == [(1583.0, "2024-04-01", "2024-06-30"), (2012.0, "2025-04-01", "2025-06-30")]


def test_a_loan_on_the_same_date_or_the_closing_date_takes_the_date_before_it():
    text = ("On July 28, 2022, Marathon entered into a revolving credit agreement with Silvergate Bank in an aggregate "
            "principal amount of up to $100,000,000. The Company borrowed $50.0 million on the closing date.")
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, "2022-08-01", "loan")] == [
        (100000000.0, "facility", "2022-07-28"), (50000000.0, "borrowed", "2022-07-28")]


@pytest.mark.parametrize("text,expected", [
    ("Bitfarms has a credit facility with Galaxy. Bitfarms said borrowings under the line stood at $66 million as of "
     "June 15.", [(66000000.0, "outstanding", "2022-06-15")]),
    ("Marathon signed a Term Loan Agreement providing for a delayed-draw term loan of $100.0 million on July 28, 2022.",
     [(100000000.0, "facility", "2022-07-28")]),
])
def test_balances_and_facilities_in_filing_prose(text, expected):
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, "2022-08-01", "loan")] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Argo Blockchain mined 206 BTC in September. The company has now mined 1,479 BTC so far this year.",
     "2021-10-05", [(206.0, "2021-09-01", "2021-09-30"), (1479.0, "2021-01-01", "2021-09-30")]),
    ("Riot mined 400 BTC in December. So far this year Riot has mined 3,182 BTC.", "2022-01-05",
     [(400.0, "2021-12-01", "2021-12-31"), (3182.0, "2021-01-01", "2021-12-31")]),
])
def test_so_far_this_year_is_the_year_to_date_even_after_now(text, published, expected):
    got = sorted((f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, "btc_mined"))
    assert got == expected


# -- the review of this session's rules: misfires it confirmed, each fixed ---------------------------------------

def test_our_own_table_rows_keep_their_columns_under_a_header_with_an_empty_corner():
    text = ("Cipher Mining Announces June 2025 Operational Update\n\n | June 2025 | May 2025 | June 2024\n"
            "BTC mined | 179 | 160 | 250\n")
    assert sorted((f["value"], f["period_end"]) for f in facts_of(text, "2025-07-03", "btc_mined")) == [
        (160.0, "2025-05-31"), (179.0, "2025-06-30"), (250.0, "2024-06-30")]


@pytest.mark.parametrize("text,published", [
    ("Riot Platforms' average daily production in June 2025 was 15.1 BTC.", "2025-07-15"),
    ("Riot's average daily production, which had fallen in May, rose to 15.1 BTC.", "2025-07-03"),
    ("On a per day basis, Riot mined 15.1 BTC in June.", "2025-07-03"),
    ("MARA mined an average of 23 BTC per day in June, compared with 703 BTC for CleanSpark.", "2025-07-15"),
    ("Riot Platforms averaged 15.1 BTC per day in June, while the whole network produced 13,950 BTC in the month.",
     "2025-07-15"),
    ("Riot Platforms' June output included transaction fees, which totaled 14 BTC.", "2025-07-03"),
])
def test_rates_fees_and_rivals_after_a_rate_are_not_production(text, published):
    assert facts_of(text, published, "btc_mined") == []


@pytest.mark.parametrize("text,published,expected", [
    ("Riot Platforms Reports Second Quarter 2025 Results\n\nOn April 15, 2025, Riot entered into a $100 million credit "
     "facility with Coinbase.\n\nAs of June 30, 2025, Riot held 19,273 BTC. As of that date, Riot had $60 million "
     "outstanding under the Coinbase facility.", "2025-08-01",
     [(100000000.0, "facility", "2025-04-15"), (60000000.0, "outstanding", "2025-06-30")]),
    ("Argo Blockchain signed an amendment with Galaxy providing for the repayment of $10 million of the loan in June.",
     "2025-07-15", [(10000000.0, "repaid", "2025-06-30")]),
    ("Hut 8 will use up to $40 million of the proceeds to repay its loan from Coinbase.", "2025-07-15",
     [(40000000.0, "repaid", "2025-07-15")]),
])
def test_that_date_providing_for_a_repayment_and_up_to_in_a_repayment(text, published, expected):
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Riot Platforms has sold 300 BTC during the month, its treasury dashboard shows.", "2025-07-28", [(300.0, None, "2025-07-28")]),
    ("Riot Platforms sold 300 BTC during the quarter so far.", "2025-07-28", [(300.0, None, "2025-07-28")]),
])
def test_a_running_total_during_the_month_is_not_last_months(text, published, expected):
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, "btc_sold")] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Riot Platforms June 2025 update\n\nMetric | Current month | May 2025\nBitcoin mined | 685 | 694\n", "2025-07-03",
     [(685.0, "2025-06-30"), (694.0, "2025-05-31")]),
    ("Riot Platforms mined 470 BTC in May—June output fell to 450 BTC as curtailment rose.", "2025-07-03",
     [(450.0, "2025-06-30"), (470.0, "2025-05-31")]),
    ("Riot Platforms Reports Second Quarter 2025 Financial Results\n\nRiot mined 1,400 BTC in Q2 2025 and 2,800 BTC "
     "YTD 2025, compared with 2,100 BTC YTD 2024.", "2025-08-12",
     [(1400.0, "2025-06-30"), (2100.0, "2024-06-30"), (2800.0, "2025-06-30")]),
])
def test_a_current_column_an_em_dash_and_last_years_year_to_date(text, published, expected):
    assert sorted((f["value"], f["period_end"]) for f in facts_of(text, published, "btc_mined")) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Bitdeer repaid the $60 million term loan it took from Two Prime in March on Aug. 28.", "2025-09-11",
     [(60000000.0, "borrowed", "2025-03-31"), (60000000.0, "repaid", "2025-08-28")]),
    ("Argo Blockchain repaid in full last month the $10m (roughly £7.3m) it borrowed from the New York lender in May.",
     "2021-11-11", [(10000000.0, "borrowed", "2021-05-31"), (10000000.0, "repaid", "2021-10-31")]),
    ("The new line replaces the $100 million revolving line Marathon arranged with Silvergate in October 2021.",
     "2022-08-01", [(100000000.0, "facility", "2021-10-31")]),
    # the $30 million is the part repaid, not the loan taken in November
    ("On Feb. 3, Cango repaid $30 million of the loan it took from Antalpha in November.", "2026-02-10",
     [(30000000.0, "repaid", "2026-02-03")]),
    # one event: the extension is dated by nothing but the origination, and gives one fact
    ("Canaan extended the 14.3 million USDT loan it took out in June 2024.", "2025-02-01",
     [(14300000.0, "facility", "2024-06-30")]),
])
def test_a_loan_repaid_and_when_it_was_taken_are_two_facts(text, published, expected):
    assert sorted((f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Stronghold Digital Mining January 2023 update\n\nMonthly operating data\n\n"
     "                                         Jan 2023    Dec 2022    Nov 2022\n"
     "Bitcoin mined                                 196         179         207\n"
     "Bitcoin sold                                  190         176         198\n"
     "Self-mining hashrate, month end (EH/s)        2.6         2.5         2.4\n", "2023-02-06",
     [("btc_mined", 179.0, "2022-12-31"), ("btc_mined", 196.0, "2023-01-31"), ("btc_mined", 207.0, "2022-11-30"),
      ("btc_sold", 176.0, "2022-12-31"), ("btc_sold", 190.0, "2023-01-31"), ("btc_sold", 198.0, "2022-11-30"),
      ("hashrate", 2.4, "2022-11-30"), ("hashrate", 2.5, "2022-12-31"), ("hashrate", 2.6, "2023-01-31")]),
    ("BitFuFu first half 2025\n\n                                                 Six months ended June 30, 2025\n"
     "Bitcoin produced from self-mining                         232 BTC\n"
     "  of which: self-owned operating hashrate                  3.9 EH/s\n", "2025-08-20",
     [("btc_mined", 232.0, "2025-06-30"), ("hashrate", 3.9, "2025-06-30")]),
])
def test_a_table_set_in_columns_of_spaces(text, published, expected):
    assert sorted((f["type"], f["value"], f["period_end"]) for f in facts_of(text, published)) == expected


@pytest.mark.parametrize("text", [
    # label lines and a lone aligned line stay prose
    "Riot Platforms update\n\n  Bitcoin Mined:      29 BTC (vs 33 BTC in Dec 2024)\n",
    "Riot Platforms update\n\nRiot mined      29 BTC in January.\n",
])
def test_label_lines_and_a_lone_spaced_line_are_no_table(text):
    from extractors.rules import aligned_rows
    assert aligned_rows(text.split("\n")) == frozenset()


def test_the_company_in_a_release_is_its_issuer_after_a_sentence_about_another_miner():
    text = ("HIVE Digital Technologies Reports August 2025 Production\n\nHIVE Digital Technologies Ltd. (the \"Company\") "
            "shares its production for August 2025.\n\nGrowth came from Paraguay, from the site the Company bought from "
            "Bitfarms in January.\n\nThe Company exited August with an operating hashrate of 16.3 EH/s.")
    assert [(f["company"], f["value"]) for f in facts_of(text, "2025-09-05", "hashrate")] == [
        ("HIVE Digital Technologies", 16.3)]


@pytest.mark.parametrize("text,published,expected", [
    ("Borrowings under MARA's bitcoin-collateralized lines of credit totaled $350.0 million at June 30, 2025, and the "
     "aggregate principal of its convertible senior notes was approximately $2.3 billion.", "2025-07-29",
     [(350000000.0, "2025-06-30")]),
    ("On December 16, 2021, NYDIG advanced $18.6 million to Stronghold Digital Mining under the Finance Agreement.",
     "2021-12-20", [(18600000.0, "2021-12-16")]),
    # the miner lent: no fact
    ("Mawson Infrastructure holds a $0.8 million receivable under a loan it made in 2021 to Ridgeline Power Partners.",
     "2023-03-31", []),
    ("CleanSpark repaid its Trinity Capital loan.\n\nThe three-year facility, which CleanSpark signed in April 2022 for "
     "as much as $35 million, was secured by miners.", "2023-10-04", [(None, "2023-10-04"), (35000000.0, "2022-04-30")]),
])
def test_lines_of_credit_notes_lenders_advancing_and_a_facility_named_again(text, published, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("BTC Digital February 2025 update\n\n| Metric | February 2025 | January 2025 |\n|---|---|---|\n"
     "| Operational hashrate at month end (TH/s) | 560,000 | 548,000 |\n", "2025-03-06",
     [(0.548, "2025-01-31"), (0.56, "2025-02-28")]),
    # a machine's rating is no fleet figure
    ("Cipher Mining fleet\n\nMetric | March 2025\nHashrate per machine (TH/s) | 200\n", "2025-04-03", []),
])
def test_a_table_row_in_terahashes(text, published, expected):
    assert sorted((round(f["value"], 4), f["period_end"]) for f in facts_of(text, published, "hashrate")) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Cango November 2025 update\n\n- Bitcoin mined year to date (January 1 to November 30, 2025): 6,026.2 BTC",
     "2025-12-02", [("2025-01-01", "2025-11-30")]),
    ("IREN March 2025 update\n\n- 3,952 BTC mined fiscal year-to-date (July 2024 to March 2025)", "2025-04-08",
     [("2024-07-01", "2025-03-31")]),
])
def test_a_year_to_date_spelled_out_ends_where_it_says(text, published, expected):
    assert [(f["period_start"], f["period_end"]) for f in facts_of(text, published, "btc_mined")] == expected


def test_a_roundup_table_of_last_months_hashrate_is_as_of_that_months_end():
    text = ("Bitcoin miners' hashrate in March 2023\n\nListed miners reported their March figures this week.\n\n"
            "| Company | Ticker | EH/s | Kind |\n|---|---|---|---|\n| Riot Platforms | RIOT | 10.7 | deployed |\n"
            "| CleanSpark | CLSK | 6.7 | operational |\n")
    assert sorted((f["company"], f["period_end"]) for f in facts_of(text, "2023-04-06", "hashrate")) == [
        ("CleanSpark", "2023-03-31"), ("Riot Platforms", "2023-03-31")]


@pytest.mark.parametrize("text,expected", [
    ("Riot Platforms finished 29 BTC behind Marathon, mining 675 bitcoin in March.", [("Riot Platforms", 675.0)]),
    ("MARA mined 700 BTC in March, ahead of Riot's 675 BTC.", [("MARA Holdings", 700.0), ("Riot Platforms", 675.0)]),
])
def test_a_rival_named_as_behind_or_ahead_is_not_the_subject(text, expected):
    assert [(f["company"], f["value"]) for f in facts_of(text, "2023-04-05", "btc_mined")] == expected


@pytest.mark.parametrize("text,expected", [
    ("Core Scientific self-mined 1,354 BTC in March, bringing its first-quarter tally to 3,787 BTC.",
     [("btc_mined", 1354.0, "2023-03-01"), ("btc_mined", 3787.0, "2023-01-01")]),
    ("Riot Platforms mined 500 BTC in March, bringing its holdings to 9,000 BTC.",
     [("btc_mined", 500.0, "2023-03-01"), ("btc_held", 9000.0, None)]),
])
def test_bringing_a_tally_is_production_bringing_holdings_is_a_balance(text, expected):
    assert [(f["type"], f["value"], f["period_start"]) for f in facts_of(text, "2023-04-05")] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("In the third quarter MARA produced 2,144 BTC, and its energized hashrate reached 60.4 EH/s at the end of "
     "September.", "2025-10-30", [("btc_mined", 2144.0, "2025-07-01", "2025-09-30"), ("hashrate", 60.4, None, "2025-09-30")]),
    ("In the third quarter Core Scientific sold 3,568 BTC for about $75.8 million, and in September alone it mined "
     "1,213 BTC.", "2022-10-10", [("btc_sold", 3568.0, "2022-07-01", "2022-09-30"),
                                  ("btc_mined", 1213.0, "2022-09-01", "2022-09-30")]),
    ("In 2021 Core Scientific self-mined 5,769 bitcoin and ended the year with 5,296 bitcoin on its balance sheet.",
     "2022-03-29", [("btc_mined", 5769.0, "2021-01-01", "2021-12-31"), ("btc_held", 5296.0, None, "2021-12-31")]),
    ("For the first quarter of fiscal 2024, which ended on December 31, DMG Blockchain mined 140 BTC.", "2024-01-10",
     [("btc_mined", 140.0, "2023-10-01", "2023-12-31")]),
    # a target's date after the figure still wins over an opening month
    ("In August, Core Scientific said it expected to reach roughly 30 EH/s of self-mining capacity by the end of "
     "2022.", "2022-10-27", [("hashrate", 30.0, None, "2022-12-31")]),
    # (a figure of self-mining and hosting combined includes clients' machines: no fact, GOLD_GUIDE)
    ("In August, Core Scientific said it expected to reach roughly 30 EH/s of combined self-mining and hosting "
     "capacity by the end of 2022.", "2022-10-27", []),
])
def test_an_opening_period_governs_its_clause_not_the_next(text, published, expected):
    assert [(f["type"], f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published)] == expected


@pytest.mark.parametrize("text,published,expected", [
    # review of 309c8d5/16061c0: none of these is a loan the miner took
    ("Bitfarms prepaid $15 million on Thursday after Macquarie signed an amendment in May releasing collateral.",
     "2025-07-12", [(15000000.0, "repaid")]),
    ("Cipher Mining closed a term loan in February. Cipher made the first advance payment of $30 million to Bitmain "
     "for 20,000 S21 XP units.", "2025-03-10", []),
    ("Bitdeer extended a $10 million revolving line to one of its hosting customers in May.", "2025-06-10", []),
    ("Customers advanced $25 million to Canaan as prepayments for A15 orders.", "2025-08-20", []),
    ("Applied Digital closed a $375 million loan in May. Applied Digital signed a new 15-year facility lease with "
     "CoreWeave covering $7 billion in contracted revenue.", "2025-06-02", [(375000000.0, "borrowed")]),
    ("Proceeds from Riot Platforms' convertible notes offering funded repayment of $120 million outstanding under the "
     "Two Prime facility.", "2025-03-01", [(120000000.0, "outstanding")]),
])
def test_review_misfires_of_the_loan_rules(text, published, expected):
    assert [(f["value"], f["loan_event"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("MARA 2024 results\n\n                                    2024          2023\n"
     "Bitcoin produced                   9,430        12,852\nBitcoin held                      44,893        15,174\n",
     "2025-02-26", [("btc_held", 15174.0, "2023-12-31"), ("btc_held", 44893.0, "2024-12-31"),
                    ("btc_mined", 9430.0, "2024-12-31"), ("btc_mined", 12852.0, "2023-12-31")]),
    # no header line: bullets set in columns stay prose
    ("Riot Platforms July 2025 update\n\n- Bitcoin mined in July 2025          484 BTC\n"
     "- Bitcoin held at July 31, 2025       19,273 BTC\n", "2025-08-04",
     [("btc_held", 19273.0, "2025-07-31"), ("btc_mined", 484.0, "2025-07-31")]),
    # a timeline of years is no table of figures
    ("Riot Platforms milestones\n\n    Year\nFirst bitcoin mined at Rockdale        2021\n"
     "Corsicana energized                   2025\n", "2025-08-04", []),
    # a spec table in TH/s is machines, not a fleet
    ("Bit Digital fleet\n\n| Model | S21 | S19 |\n|---|---|---|\n| Hashrate (TH/s) | 270 | 141 |\n", "2025-03-03", []),
])
def test_review_misfires_of_the_table_rules(text, published, expected):
    assert sorted((f["type"], f["value"], f["period_end"]) for f in facts_of(text, published)) == expected


def test_the_company_in_an_about_section_of_another_miner_is_that_miner():
    text = ("Bitfarms Reports February 2025 Production\n\nBitfarms Ltd. (the \"Company\") mined 200 BTC in February.\n\n"
            "About Stronghold Digital Mining\n\nThe Company operates approximately 4.0 EH/s of hashrate.")
    assert [(f["company"], f["value"]) for f in facts_of(text, "2025-03-14", "hashrate")] == [
        ("Stronghold Digital Mining", 4.0)]



# -- blind batches dev25-dev27: loans ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,published,expected", [
    # a lender named as the loan's modifier is no unknown subject
    ("Argo Blockchain mined 124 BTC in May. As of 31 May 2022, the outstanding balance of the Galaxy loan was "
     "$36.9 million.", "2022-06-07", [(36900000.0, "outstanding", "2022-05-31")]),
    ("CleanSpark results. Outstanding principal under the Company's miner-secured equipment loan from Trinity Capital "
     "was $19.2 million at June 30, 2022.", "2022-08-10", [(19200000.0, "outstanding", "2022-06-30")]),
    # reducing a loan's balance is a repayment, with or without the amount
    ("Argo sold 182 BTC in May. The proceeds were used to reduce the balance of the Company's BTC-backed loan from "
     "Galaxy Digital.", "2022-06-07", [(None, "repaid", "2022-05-31")]),
    ("Bitfarms said it used $28 million of the proceeds to pay down a bitcoin-backed credit facility with Galaxy "
     "Digital, cutting the outstanding balance to $38 million.", "2022-06-21",
     [(28000000.0, "repaid", "2022-06-21"), (38000000.0, "outstanding", "2022-06-21")]),
    ("Argo settled the final instalment of its asset-backed loan from Galaxy Digital in December 2024.", "2025-09-10",
     [(None, "repaid", "2024-12-31")]),
    # collateral moved to a lender
    ("On 12 May 2022, Argo transferred an additional 150 BTC to Galaxy as collateral under the loan.", "2022-06-07",
     [(None, "collateral_posted", "2022-05-12")]),
    # a facility's size, whatever else the sentence says
    ("Cipher Mining entered into a loan agreement with Anchorage in an aggregate principal amount not to exceed "
     "$120.0 million.", "2025-03-07", [(120000000.0, "facility", "2025-03-07")]),
    ("Riot Platforms has a credit line with Coinbase. The two sides raised the facility's cap to $300 million in "
     "January.", "2026-03-10", [(300000000.0, "facility", "2026-01-31")]),
    ("Core Scientific's DIP facility, which the court approved in March 2023, provides for borrowings of up to "
     "$70.0 million.", "2023-09-10", [(70000000.0, "facility", "2023-03-31")]),
    ("As of December 31, 2025, Canaan had US$34.3 million of short-term borrowings, secured by 870 BTC.",
     "2026-03-10", [(34300000.0, "outstanding", "2025-12-31")]),
    # the old size of a facility that grew is no fact; an optional increase is none either
    ("Marathon increased the size of its revolving credit facility with Silvergate from $100 million to "
     "$150 million.", "2022-01-25", [(150000000.0, "facility", "2022-01-25")]),
    ("Cipher Mining signed a $120 million loan with Anchorage. The Borrower may ask for the commitment to be increased "
     "by as much as $30.0 million more.", "2025-03-07", [(120000000.0, "facility", "2025-03-07")]),
])
def test_loans_of_the_blind_batches_dev25_to_dev27(text, published, expected):
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text,published", [
    # how margin calls work, not an event
    ("LM Funding drew $5 million on the line. If the loan-to-value ratio rises above 70%, the Company must post "
     "additional bitcoin or repay part of the balance.", "2025-11-06"),
    ("Hut 8 borrowed against its bitcoin in 2024. Terms are usually short, and most loans are rolled over rather than "
     "repaid at maturity.", "2025-09-11"),
    # an estimate attributed to a publication, equity, offerings, instalments, lease liabilities
    ("By The Block's count, Argo Blockchain still carries roughly $40 million of other debt.", "2022-12-29"),
    ("Core Scientific has been selling shares under an equity line that allows sales of up to $100 million of stock.",
     "2022-10-27"),
    ("MARA Holdings put in place a revolving credit facility in October, and in November raised $747.5 million "
     "through an offering of convertible senior notes.", "2022-01-10"),
    ("Gryphon Digital Mining amended its Anchorage loan in June. Monthly payments of principal and interest are "
     "reduced to $250,000 until maturity.", "2025-06-18"),
    ("Mawson Infrastructure's lease liabilities totaled $9.6 million at year end, presented separately from "
     "borrowings.", "2023-03-31"),
])
def test_loan_sentences_that_state_no_loan_event(text, published):
    assert [f["value"] for f in facts_of(text, published, "loan") if f["value"] and f["value"] != 5000000.0] == []


def test_a_figureless_repayment_beside_the_same_repayment_with_its_amount_is_one_fact():
    text = ("Bitfarms has cut the balance on its bitcoin-backed credit line.\n\nBitfarms said it used $28 million of "
            "the proceeds to pay down its bitcoin-backed credit facility with Galaxy Digital.")
    assert [(f["value"], f["loan_event"]) for f in facts_of(text, "2022-06-21", "loan")] == [(28000000.0, "repaid")]


# -- blind batches dev25-dev27: companies, holdings, production, hashrate -------------------------------------------

def test_a_release_table_after_a_paragraph_about_another_miner_is_the_issuers():
    text = ("Bitfarms Increases Macquarie Facility\n\nTORONTO, Aug. 14, 2025 (GLOBE NEWSWIRE) -- Bitfarms Ltd. "
            "(NASDAQ: BITF) (\"Bitfarms\" or the \"Company\") today announced an amended facility.\n\n"
            "Stronghold debt retired\n\nShortly after completing its acquisition of Stronghold Digital Mining, "
            "Bitfarms repaid the loan.\n\nJuly 2025 operating highlights\n\n| Metric | July 2025 | June 2025 |\n"
            "|---|---|---|\n| BTC earned | 227 | 211 |\n")
    assert sorted((f["company"], f["value"]) for f in facts_of(text, "2025-08-14", "btc_mined")) == [
        ("Bitfarms", 211.0), ("Bitfarms", 227.0)]


@pytest.mark.parametrize("text,published", [
    ("Cango repaid the Antalpha loan. On April 2, 2026, the Company repaid that balance in full, and the 3,500 BTC "
     "pledged as collateral were released back to the Company's custody wallet.", "2026-04-06"),
    ("Cipher Mining wipes out its Coinbase revolver balance, freeing 1,380 BTC", "2026-03-04"),
])
def test_released_collateral_is_no_holdings(text, published):
    assert facts_of(text, published, "btc_held") == []


@pytest.mark.parametrize("text,published", [
    ("Bitfarms said curtailment in Argentina during a heat wave in the third week of the month reduced production "
     "there by an estimated 6 BTC.", "2025-02-04"),
    ("Digihost said management estimates this reduced bitcoin production by about 6 BTC in the quarter.", "2024-11-14"),
])
def test_the_size_of_an_effect_on_production_is_no_production(text, published):
    assert facts_of(text, published, "btc_mined") == []


@pytest.mark.parametrize("text,published", [
    ("By country, Paraguay accounted for 5.6 EH/s of Bitfarms' January month-end operating hashrate, Canada for "
     "3.9 EH/s, the United States for 2.0 EH/s and Argentina for 1.5 EH/s.", "2025-02-04"),
    ("Bitdeer said SEALMINER output of approximately 9.8 EH/s during the month went mostly to its own fleet.",
     "2026-01-08"),
    ("Cango said roughly 3 EH/s of older S19 XP units will be relocated from a site in Paraguay to Ethiopia.",
     "2026-02-04"),
])
def test_hashrate_of_no_fleet(text, published):
    assert facts_of(text, published, "hashrate") == []


@pytest.mark.parametrize("text,published,expected", [
    ("DMG Blockchain's average realized hashrate for March was 1.54 EH/s (February: 1.61 EH/s).", "2024-04-05",
     [(1.54, "2024-03-01", "2024-03-31", "average"), (1.61, "2024-02-01", "2024-02-29", "average")]),
    ("Bitdeer December update. Bitdeer's self-mining hash rate climbed to 51.3 EH/s at December 31, from 45.7 EH/s "
     "one month earlier.", "2026-01-08",
     [(51.3, None, "2025-12-31", "operational"), (45.7, None, "2025-11-30", "operational")]),
    # the fleet of the miner the sentence is about, not of the host whose sites it names
    ("American Bitcoin (ABTC) mined 600 BTC in December. It operated about 25.1 EH/s at year-end, almost all of it "
     "Bitmain machines housed at Hut 8 sites in Alberta and Texas.", "2026-01-08",
     [(25.1, None, "2025-12-31", "operational")]),
])
def test_hashrate_of_the_blind_batches_dev25_to_dev27(text, published, expected):
    assert [(f["value"], f["period_start"], f["period_end"], f["hashrate_kind"])
            for f in facts_of(text, published, "hashrate")] == expected


def test_a_flush_left_header_of_periods_makes_a_space_aligned_table():
    text = ("LM Funding December 2024 update\n\nMonthly comparison\n\n"
            "Metric                                   Dec 2024   Nov 2024   Dec 2023\n"
            "Bitcoin mined                                14.9       13.2       25.6\n"
            "Average operating EH/s                       0.52       0.51       0.40\n")
    facts = facts_of(text, "2025-01-08")
    assert sorted((f["type"], f["value"], f["period_end"]) for f in facts) == [
        ("btc_mined", 13.2, "2024-11-30"), ("btc_mined", 14.9, "2024-12-31"), ("btc_mined", 25.6, "2023-12-31"),
        ("hashrate", 0.4, "2023-12-31"), ("hashrate", 0.51, "2024-11-30"), ("hashrate", 0.52, "2024-12-31")]


def test_an_issuer_listed_on_two_exchanges_is_the_release_company():
    text = ("Hut 8 Reports Fourth Quarter 2025 Results\n\nMIAMI, Feb. 26, 2026 (GLOBE NEWSWIRE) -- Hut 8 Corp. (Nasdaq | "
            "TSX: HUT) (\"Hut 8\" or the \"Company\") today announced its results.\n\nAmerican Bitcoin\n\nHut 8 "
            "consolidates American Bitcoin Corp. (Nasdaq: ABTC). American Bitcoin mined 1,104 Bitcoin in the fourth "
            "quarter of 2025.\n\nLiquidity\n\nOn December 12, 2025, the Company repaid the $40.0 million it had drawn "
            "under its credit facility with Coinbase Credit, Inc.")
    assert [(f["company"], f["value"]) for f in facts_of(text, "2026-02-26", "loan")] == [("Hut 8", 40000000.0)]


# -- periods of the blind batches dev24-dev27 ----------------------------------------------------------------------

@pytest.mark.parametrize("text,published,expected", [
    # the period that opens a parenthesis dates the figure in it; "H1 2025 (" is no organisation
    ("Argo mined 384 BTC in H1 2025 (H1 2024: 403 BTC).", "2025-09-10",
     [("btc_mined", 384.0, "2025-01-01", "2025-06-30"), ("btc_mined", 403.0, "2024-01-01", "2024-06-30")]),
    ("Argo Blockchain mined 155 BTC in May 2021 (April 2021: 156 BTC).", "2021-06-03",
     [("btc_mined", 155.0, "2021-05-01", "2021-05-31"), ("btc_mined", 156.0, "2021-04-01", "2021-04-30")]),
    ("Argo Blockchain held 9 BTC at 30 June 2025 (31 December 2024: 14 BTC).", "2025-09-10",
     [("btc_held", 9.0, None, "2025-06-30"), ("btc_held", 14.0, None, "2024-12-31")]),
    # "from" that opens a span is no comparison
    ("SAI.TECH May update. Cumulative bitcoin mined from January to May 2023 reached 84.7 BTC.", "2023-06-05",
     [("btc_mined", 84.7, "2023-01-01", "2023-05-31")]),
    # a span of days without a year, and the fiscal year that just ended
    ("DMG Blockchain March update. Across the second quarter of fiscal 2024, covering January 1 to March 31, DMG "
     "mined 165 BTC.", "2024-04-05", [("btc_mined", 165.0, "2024-01-01", "2024-03-31")]),
    ("Bitfarms (BITF) sold 3,000 BTC between June 14 and June 20 for about $62 million.", "2022-06-21",
     [("btc_sold", 3000.0, "2022-06-14", "2022-06-20")]),
    ("HIVE Digital Technologies April 2025. In the fiscal year that just ended, HIVE mined roughly 1,480 BTC.",
     "2025-04-16", [("btc_mined", 1480.0, "2024-04-01", "2025-03-31")]),
])
def test_periods_of_the_blind_batches_dev24_to_dev27(text, published, expected):
    assert [(f["type"], f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published)] == expected


# -- the review of d7f4928 (probes in the reviewer's words; 34 confirmed misfires, each class here) ----------------

@pytest.mark.parametrize("text,published,expected", [
    ("Riot Platforms repaid $20 million of debt in July.", "2025-08-05", [(20000000.0, "repaid")]),
    ("Bitfarms drew $50 million of borrowings under its Macquarie facility in February.", "2025-03-10",
     [(50000000.0, "borrowed")]),
    ("After making its scheduled interest payments, Argo Blockchain repaid $10 million of the Galaxy loan in May.",
     "2022-06-07", [(10000000.0, "repaid")]),
    ("Cipher Mining used $100 million of the offering proceeds to repay its Coinbase revolver in January.",
     "2026-02-10", [(100000000.0, "repaid")]),
    ("As of June 30, 2025, $45 million was outstanding under Cipher Mining's term loan, which the Company must repay "
     "in monthly instalments through 2026.", "2025-08-12", [(45000000.0, "outstanding")]),
    ("Argo Blockchain, which typically sells most of its output each month, repaid $10 million of its Galaxy loan in "
     "May.", "2022-06-07", [(10000000.0, "repaid")]),
    ("By the Company's calculation, $36 million remained outstanding under the Galaxy loan at May 31, 2022, Argo "
     "Blockchain said.", "2022-06-07", [(36000000.0, "outstanding")]),
    ("Mawson Infrastructure repaid $5 million of equipment financing and lease obligations in the fourth quarter.",
     "2023-03-31", [(5000000.0, "repaid")]),
    ("Bitfarms repaid $28 million of its Galaxy facility in June.\n\nIt also paid off its equipment loan from BlockFi "
     "in full during June.", "2022-06-21", [(28000000.0, "repaid"), (None, "repaid")]),
])
def test_review_misfires_of_d7f4928_loans_kept(text, published, expected):
    assert [(f["value"], f["loan_event"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text,published", [
    ("Digihost advanced $3 million to the company that is building its Alabama site, under a loan agreement signed in "
     "March.", "2024-04-10"),
    ("Riot Platforms closed out the year with no debt on its balance sheet.", "2025-01-15"),
    ("Argo and Galaxy settled the terms of the loan in October after weeks of talks.", "2022-11-02"),
    ("Core Scientific said it would use the proceeds to reduce the balance of its equipment loans.", "2022-07-05"),
    ("Bitdeer, which carries little debt, put its 2025 capex commitments at $300 million.", "2025-04-10"),
    ("Debt-free Riot Platforms raised its equity line's cap to $500 million.", "2025-08-12"),
    ("Riot used 500 BTC as collateral for a letter of credit issued to ERCOT.", "2024-11-12"),
])
def test_review_misfires_of_d7f4928_no_loan(text, published):
    assert facts_of(text, published, "loan") == []


@pytest.mark.parametrize("text,published,expected", [
    # an organisation outside the registry after "from" or "of" is still the subject of its figure
    ("Riot Platforms produced 484 BTC in July. Output from Cathedra Bitcoin (TSXV: CBIT) reached 21 BTC in July.",
     "2025-08-05", [("btc_mined", "Riot Platforms", 484.0)]),
    # a treasury company after "to the" is not a preposition's object of the miner
    ("MARA Holdings holds 50,639 BTC, second only to the Strategy treasury of 628,791 BTC.", "2025-08-05",
     [("btc_held", "MARA Holdings", 50639.0)]),
    # a news story moves among companies: the headline company does not take over a stale context
    ("Riot Platforms tops July output as miners ramp up\n\nRiot Platforms produced 484 BTC in July.\n\nCleanSpark "
     "mined 671 BTC in July.\n\n\"We are pleased,\" the chief executive said.\n\nThe Nevada-based miner also sold "
     "578 BTC during the month.", "2025-08-05",
     [("btc_mined", "Riot Platforms", 484.0), ("btc_mined", "CleanSpark", 671.0), ("btc_sold", "CleanSpark", 578.0)]),
    # releasing collateral does not make the balance after it a pledge
    ("With the collateral released, Cango now holds 7,528 BTC, all of it unencumbered.", "2026-04-06",
     [("btc_held", "Cango", 7528.0)]),
    ("Riot Platforms' liquidity was lifted by 500 BTC sold in July.", "2025-08-05", [("btc_sold", "Riot Platforms", 500.0)]),
])
def test_review_misfires_of_d7f4928_companies_and_btc(text, published, expected):
    assert [(f["type"], f["company"], f["value"]) for f in facts_of(text, published)] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("New S21 deliveries accounted for 4 EH/s of growth in the quarter, keeping CleanSpark on track for 50 EH/s by "
     "year-end.", "2025-08-05", [(50.0, "target", "2025-12-31")]),
    ("Bitfarms' operating hashrate rose to 19.5 EH/s in March as machines that were relocated from Quebec came back "
     "online.", "2025-04-03", [(19.5, "operational", "2025-03-31")]),
    ("Bitdeer's self-mining hashrate, boosted by SEALMINER deliveries to its own sites, reached 41.2 EH/s.",
     "2025-11-04", [(41.2, "operational", "2025-11-04")]),
    ("Riot's deployed hashrate was 35.4 EH/s at July 31 (Target: 40 EH/s by end of 2026).", "2025-08-05",
     [(35.4, "deployed", "2025-07-31"), (40.0, "target", "2026-12-31")]),
    ("CleanSpark mined 612 BTC in October, having reached 50 EH/s one month earlier than expected.", "2025-11-04",
     [(50.0, "operational", "2025-10-31")]),
])
def test_review_misfires_of_d7f4928_hashrate(text, published, expected):
    got = [(f["value"], f["hashrate_kind"], f["period_end"]) for f in facts_of(text, published, "hashrate")]
    assert all(e in got for e in expected)


def test_a_flush_left_header_of_bare_years_under_a_span_stays_unread():
    text = ("Cipher Mining second quarter\n\nThree Months Ended June 30,\nMetric                2025      2024\n"
            "Bitcoin mined          485       494\n")
    assert [f for f in facts_of(text, "2025-08-12", "btc_mined") if f["period_start"] == "2025-01-01"] == []


# -- debt tables: each balance owed is an outstanding loan at its column's date ---------------------------------

_DEBT_TABLE = """Stronghold Digital Mining Reports Full-Year 2021 Results

Equipment financing outstanding at December 31, 2021 (in thousands)

  Lender                              Principal outstanding
  NYDIG ABL LLC                       $ 34,506
  WhiteHawk Finance LLC                 30,000
  Total equipment financing           $ 64,506
"""

_DEBT_ADJUSTMENTS = """TeraWulf Reports Third Quarter 2022 Results

Debt (in thousands)

                                                  September 30, 2022   December 31, 2021
Term loan, principal                                 $ 138,500            $ 123,500
Less: unamortized discount and issuance costs          (16,842)             (20,113)
Less: current portion                                  (19,410)                   --
Long-term debt, net of current portion               $ 102,248            $ 103,387
Repayments of principal                                  2,000                   --
"""

_DEBT_IN_MILLIONS = """Argo Blockchain plc annual results

Balance sheet at 31 December 2022

                                              31 Dec 2022     31 Dec 2021
Galaxy asset-backed loan (US$m)                     35.0              --
NYDIG equipment financing (US$m)                      --            20.4
Cash and cash equivalents (£m)                       15.6            14.1
Notes payable (US$m)                                 41.7            40.1
"""


@pytest.mark.parametrize("text,published,expected", [
    (_DEBT_TABLE, "2022-03-29", [(34506000.0, "2021-12-31"), (30000000.0, "2021-12-31"), (64506000.0, "2021-12-31")]),
    # adjustments, net figures and flows are no balance owed
    (_DEBT_ADJUSTMENTS, "2022-11-14", [(138500000.0, "2022-09-30"), (123500000.0, "2021-12-31")]),
    # the unit in the row's label; cash and notes are no loan
    (_DEBT_IN_MILLIONS, "2023-04-20", [(35000000.0, "2022-12-31"), (20400000.0, "2021-12-31")]),
])
def test_debt_table_rows_are_outstanding_loans(text, published, expected):
    got = [(f["value"], f["period_end"]) for f in facts_of(text, published, "loan")]
    assert sorted(got) == sorted(expected)
    assert {f["loan_event"] for f in facts_of(text, published, "loan")} == {"outstanding"}


def test_a_debt_table_with_no_unit_and_small_figures_is_left_alone():
    text = ("Hut 8 Corp. quarterly results\n\nLoans (see note 7)\n\n                     Q2 2024     Q1 2024\n"
            "Term loan                 65          65\nRevolving facility        15          --\n")
    assert facts_of(text, "2024-08-07", "loan") == []


@pytest.mark.parametrize("text,published,expected", [
    # a coin loan paid back in kind, and the borrowing it closes, each at its own date
    ("Bitdeer (BTDR) returned 300 BTC to Matrixport in February, closing out a coin loan it took in December.",
     "2026-04-10", [(None, "repaid", "2026-02-28"), (None, "borrowed", "2025-12-31")]),
    ("Bitdeer Announces November 2025 Production Update\n\n- On November 14, 2025, the Company returned the 400 BTC "
     "it had borrowed from Matrixport in September, settling that arrangement in full.", "2025-12-05",
     [(None, "repaid", "2025-11-14"), (None, "borrowed", "2025-09-30")]),
    # coins handed to customers, or collateral handed back by a lender, repay no loan of the miner's
    ("BitFuFu returned 500 BTC to customers in March after the promotion ended.", "2025-04-10", []),
    ("Galaxy returned 500 BTC of collateral to Hut 8 in March.", "2025-04-10", []),
])
def test_coins_returned_to_a_lender_repay_a_coin_loan(text, published, expected):
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")] == expected


# -- from the blind batches dev28 (long releases) and dev29 (the press in 2025-2026) -----------------------------

_NINE_MONTH_COLUMNS = """Bitfarms Reports Third Quarter 2023 Results

Q3 2023 Operating Highlights

| | Q3 2023 | Q3 2022 | 9M 2023 | 9M 2022 |
| BTC mined | 1,213 | 1,515 | 3,718 | 4,038 |
"""

_BALANCE_SHEET_IN_THOUSANDS = """Riot Platforms Reports Third Quarter 2023 Results

Selected Balance Sheet Data (in thousands)

                                      September 30, 2023    December 31, 2022
Cash and cash equivalents                   $ 290,739             $ 230,318
Bitcoin                                       164,612                43,288
"""


def test_nine_month_columns_are_the_first_nine_months():
    got = {(f["value"], f["period_start"], f["period_end"]) for f in facts_of(_NINE_MONTH_COLUMNS, "2023-11-14")}
    assert (3718.0, "2023-01-01", "2023-09-30") in got and (4038.0, "2022-01-01", "2022-09-30") in got


def test_a_bare_bitcoin_row_in_thousands_of_dollars_is_no_holding():
    assert facts_of(_BALANCE_SHEET_IN_THOUSANDS, "2023-11-07", "btc_held") == []


@pytest.mark.parametrize("text,published", [
    ("Term loan, net\n\nTeraWulf debt (in thousands)\n\n                     March 31, 2023   December 31, 2022\n"
     "Term loan, net                 127,385            125,698\n", "2023-05-15"),
    ("MARA Holdings said the Company's outstanding debt consists of its 1.0% convertible senior notes due December "
     "2026, with an aggregate principal amount of $331.2 million.", "2024-05-09"),
    ("IREN reported cash of $67.8 million as of June 30, 2023 and no debt outstanding following the deconsolidation "
     "of the limited recourse equipment financing entities.", "2023-08-29"),
])
def test_net_debt_rows_notes_and_cash_are_no_loans(text, published):
    assert facts_of(text, published, "loan") == []


@pytest.mark.parametrize("text,published,type_,expected", [
    # "in the third": the quarter named before, moved (across a year when it comes after it in the calendar)
    ("Cipher (CIFR) mined 538 BTC in the fourth quarter, down from 629 BTC in the third.", "2026-02-14", "btc_mined",
     [(538.0, "2025-10-01", "2025-12-31"), (629.0, "2025-07-01", "2025-09-30")]),
    ("Riot mined 1,530 BTC in the first quarter of 2025, up from 1,360 in the fourth.", "2025-05-01", "btc_mined",
     [(1530.0, "2025-01-01", "2025-03-31"), (1360.0, "2024-10-01", "2024-12-31")]),
    # an opening period governs across a trailing clause that dates something else
    ("In the fourth quarter alone, Greenidge mined about 470 bitcoin, helped by a bitcoin price that climbed above "
     "$40,000 in December.", "2024-03-28", "btc_mined", [(470.0, "2023-10-01", "2023-12-31")]),
    ("Year to date through October 31, 2024, Gryphon has mined 294.7 bitcoin, with roughly two thirds of that total "
     "produced before the April halving.", "2024-11-06", "btc_mined", [(294.7, "2024-01-01", "2024-10-31")]),
])
def test_elliptical_quarters_and_opening_periods(text, published, type_, expected):
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_a_balance_at_quarter_end_is_not_dated_by_the_clause_after_it():
    text = ("CleanSpark Reports Fiscal First Quarter 2026 Results\n\nThe company's operating hashrate was 50.0 exahashes "
            "per second at quarter-end, the level it reached in June and has not raised since.")
    assert [f["period_end"] for f in facts_of(text, "2026-02-10", "hashrate")] != ["2025-06-30"]


# -- review of a0a40a9: a helper ran 211 probes through a19f965 and a0a40a9 side by side --------------------------

_BALANCE_SHEET_TOTALS = """Riot Platforms Reports Third Quarter 2023 Results

Selected Balance Sheet Data (in thousands)

                                              September 30, 2023    December 31, 2022
  Total assets                                    1,879,100             1,650,400
  Equipment financing                                 3,610                 7,480
  Total liabilities                                 205,000               175,300
  Working Capital                                   220,000                90,000
"""

_FACILITY_COLUMNS = """Hut 8 Corp. Reports Second Quarter 2024 Results

Credit facilities (US$ millions)

  Lender                         Facility size      Drawn      Undrawn
  Coinbase Credit, Inc.                 65.0        40.0        25.0
"""

_ROLLFORWARD = """Hut 8 Q1 2025 results

Coinbase credit facility (in thousands)

                                        Three months ended March 31, 2025
  Balance as of December 31, 2024                 $ 50,000
  Drawdowns                                         20,000
  Balance as of March 31, 2025                      70,000
"""

_LOAN_BOOK = """Two Prime lending update

Two Prime loan book (US$ millions), lending to MARA Holdings among others

                        June 30, 2025    March 31, 2025
  Bitcoin-backed loans          850.0            420.0
"""

_RMB_LOANS = """Canaan Inc. Reports Fourth Quarter 2024 Results

Borrowings (RMB in thousands)

                               December 31, 2024
  Short-term bank loans                 150,000
"""


@pytest.mark.parametrize("text,published,expected", [
    # totals, working capital and other balance-sheet rows are no loans; the financing row is
    (_BALANCE_SHEET_TOTALS, "2023-11-08", [(3610000.0, "2023-09-30"), (7480000.0, "2022-12-31")]),
    # a facility's size and its undrawn part are no balance owed
    (_FACILITY_COLUMNS, "2024-08-07", [(40000000.0, "2024-06-30")]),
    # the opening balance keeps its own date; a drawdown is a flow
    (_ROLLFORWARD, "2025-05-12", [(50000000.0, "2024-12-31"), (70000000.0, "2025-03-31")]),
    # a lender's own book, and amounts in renminbi, are not the miner's US dollar debt
    (_LOAN_BOOK, "2025-08-01", []),
    (_RMB_LOANS, "2025-03-20", []),
])
def test_review_misfires_of_a0a40a9_debt_tables(text, published, expected):
    assert sorted((f["value"], f["period_end"]) for f in facts_of(text, published, "loan")) == sorted(expected)


@pytest.mark.parametrize("text,published,expected", [
    # a borrowing or a pledge in the same sentence keeps its own fact
    ("Bitdeer borrowed 400 BTC from Matrixport in July and returned 300 BTC to Matrixport in September.",
     "2025-10-08", [(None, "borrowed", "2025-07-31")]),
    ("Hut 8 pledged 1,000 BTC as collateral with Coinbase in May, and returned 200 BTC to Coinbase when part of the "
     "loan was repaid.", "2025-06-04", [(None, "collateral_posted", "2025-05-31")]),
    # coins handed back to a miner by its lender after it repaid: the miner's repayment, as before
    ("Galaxy returned 500 BTC to Hut 8 in March after the term loan was repaid.", "2025-04-10",
     [(None, "repaid", "2025-03-31")]),
    # cash paid or drawn is the loan event's amount
    ("Argo Blockchain paid cash of $12 million to repay the Galaxy loan in full in February.", "2025-03-04",
     [(12000000.0, "repaid", "2025-02-28")]),
    ("Hut 8 borrowed cash of $50 million from Coinbase under its credit facility in November.", "2024-12-03",
     [(50000000.0, "borrowed", "2024-11-30")]),
])
def test_review_misfires_of_a0a40a9_loans(text, published, expected):
    got = [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")]
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("text,published,type_,expected", [
    # "in the third" that is no comparison base
    ("Riot mined 1,300 BTC in the second quarter of 2025 and held 19,273 BTC, ranking it in the third.", "2025-07-10",
     "btc_held", [(19273.0, None, "2025-06-30")]),
    ("In the fourth quarter, CleanSpark sold 1,200 BTC, nearly all of it in the first and second months.",
     "2026-01-10", "btc_sold", [(1200.0, "2025-10-01", "2025-12-31")]),
    # a date restated after "at quarter-end" is that date
    ("Bitfarms held 1,200 BTC as of quarter end, or September 30, 2025.", "2025-11-10", "btc_held",
     [(1200.0, None, "2025-09-30")]),
    ("Riot's deployed hashrate was 35.4 EH/s at the end of the month, July 31, 2025.", "2025-08-05", "hashrate",
     [(35.4, None, "2025-07-31")]),
    # a target's own date after a parenthetical clause
    ("For 2025, Bitfarms targets 21 EH/s, driven by Paraguay, by the end of the second quarter.", "2025-03-04",
     "hashrate", [(21.0, None, "2025-06-30")]),
    # "(in thousands of dollars, except bitcoin)": the row counts coins
    ("CleanSpark December 2024 Bitcoin Mining Update\n\nBitcoin holdings (in thousands of dollars, except bitcoin)\n\n"
     "                      December 31, 2024    November 30, 2024\n  Bitcoin                     10,556               "
     "9,952\n", "2025-01-07", "btc_held", [(10556.0, None, "2024-12-31"), (9952.0, None, "2024-11-30")]),
])
def test_review_misfires_of_a0a40a9_periods(text, published, type_, expected):
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_a_dollar_amount_in_millions_is_no_nine_month_span():
    facts = facts_of("Bit Digital mined 97 BTC in March and repaid a $3M 2024 equipment loan in full.", "2024-04-03",
                     "loan")
    assert [f["period_end"] for f in facts] == ["2024-04-03"]


@pytest.mark.parametrize("text,published,expected", [
    # a later clause's figure is not dated by the month of a comparison figure before it, whatever that figure's unit
    ("Marathon mined 673 BTC in August, slightly fewer than the 692 BTC it produced in July, and its energized "
     "hashrate reached 36.9 EH/s at month end.", "2024-09-04", "2024-08-31"),
    ("Bitdeer self-mined 598 BTC in December, up from 526 BTC in November, and its self-mining hashrate reached "
     "45.7 EH/s at the end of the month.", "2026-01-06", "2025-12-31"),
    ("BTC Digital produced 11.3 BTC in December, compared with 12.0 BTC in November, from a fleet that hashed at "
     "about 0.82 EH/s at month-end.", "2026-01-06", "2025-12-31"),
    # "more than 2,000 BTC in the third quarter" is a qualifier, not a comparison: the quarter still dates what follows
    ("MARA mined more than 2,000 BTC in the third quarter of 2025, and its energized hashrate reached 60.4 EH/s.",
     "2025-11-04", "2025-09-30"),
])
def test_a_comparison_figures_month_does_not_date_a_later_clause(text, published, expected):
    assert [f["period_end"] for f in facts_of(text, published, "hashrate")] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a second "respectively" list, after one for the BTC figures; kinds listed in the same order
    ("Riot Platforms and CleanSpark mined 418 BTC and 806 BTC, respectively, and ended February with 12.4 EH/s and "
     "11.0 EH/s of deployed and operational hashrate, respectively.",
     [("Riot Platforms", 12.4, "deployed"), ("CleanSpark", 11.0, "operational")]),
    ("Riot, CleanSpark and Marathon ended February with operational, deployed and energized hashrates of 7.0, 9.4 "
     "and 6.2 EH/s, respectively.",
     [("Riot Platforms", 7.0, "operational"), ("CleanSpark", 9.4, "deployed"), ("MARA Holdings", 6.2, "energized")]),
])
def test_respectively_hashrates_take_company_and_kind_by_rank(text, expected):
    got = [(f["company"], f["value"], f["hashrate_kind"]) for f in facts_of(text, "2024-03-06", "hashrate")]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize("text,published,type_,expected", [
    # "a year earlier" after a period with its year: that period one year back
    ("Argo Blockchain repaid part of its Galaxy loan. The company cut what it owes Galaxy Digital to $23.5 million at "
     "the end of 2023, from $35.0 million a year earlier.", "2024-04-08", "loan",
     [(23500000.0, "2023-12-31"), (35000000.0, "2022-12-31")]),
    ("CleanSpark held 6,154 BTC at the end of June 2024, up from 2,575 BTC a year earlier.", "2024-08-08", "btc_held",
     [(6154.0, "2024-06-30"), (2575.0, "2023-06-30")]),
    # a multiple of the same period a year earlier is a comparison: the figure keeps its own period
    ("Riot said output for the first ten months of 2021 reached 3,002 BTC, nearly four times what it mined in the "
     "same period a year earlier.", "2021-11-03", "btc_mined", [(3002.0, "2021-10-31")]),
])
def test_a_year_earlier_is_the_sentences_own_period_a_year_back(text, published, type_, expected):
    got = [(f["value"], f["period_end"]) for f in facts_of(text, published, type_) if f["value"] is not None]
    assert got == expected


@pytest.mark.parametrize("text", [
    "MARA raised a further $950 million through a zero-coupon convertible in July, debt that is unsecured.",
])
def test_a_convertible_is_no_loan(text):
    assert facts_of(text, "2025-09-24", "loan") == []


def test_a_lenders_book_beside_a_miners_deal_is_not_the_miners():
    facts = facts_of("MARA Holdings struck a $200 million bitcoin-backed deal with Two Prime last week, and the lender "
                     "says it now has more than $1 billion in loans outstanding across its clients.", "2025-09-24", "loan")
    assert [f["value"] for f in facts] == [200000000.0]


@pytest.mark.parametrize("text,published,expected", [
    ("Bitfarms said the company cut its debt to $9.6 million at the end of March from $19.5 million at the end of "
     "2022.", "2023-04-04", [(9600000.0, "outstanding", "2023-03-31"), (19500000.0, "outstanding", "2022-12-31")]),
    # "loan to approximately $12.7 million" is a balance, not a loan made to someone
    ("During the second quarter, Greenidge repaid $4.3 million of principal under its term loan with B. Riley, "
     "bringing the outstanding balance of that loan to approximately $12.7 million as of June 30, 2023.", "2023-08-10",
     [(4300000.0, "repaid", "2023-06-30"), (12700000.0, "outstanding", "2023-06-30")]),
    # a lender that writes debt off is the subject; the miner owed it
    ("Greenidge repaid its loan. It follows the restructuring completed with NYDIG in February 2023, under which NYDIG "
     "extinguished approximately $57 million of equipment-backed debt owed by the Company.", "2023-08-10",
     [(57000000.0, "repaid", "2023-02-28")]),
    ("Stronghold Digital Mining handed back 26,000 machines to NYDIG, which in return wiped out approximately $67.4 "
     "million of the company's debt in August.", "2022-09-20", [(67400000.0, "repaid", "2022-08-31")]),
    ("Most of the drop followed Greenidge's January 2023 restructuring with lender NYDIG, which erased roughly $57 "
     "million of debt.", "2024-03-14", [(57000000.0, "repaid", "2023-01-31")]),
    # (a span "since mid-August" runs to publication, as dev149-008's gold reads it)
    ("- Approximately $67.4 million of Stronghold's legacy equipment debt eliminated since mid-August", "2022-11-01",
     [(67400000.0, "repaid", "2022-11-01")]),
    # the sale's cash repaid a loan: the figure after "repay" is the repayment
    ("Argo Blockchain took a loan from Galaxy. Argo used the sale proceeds and part of the loan to repay about $76 "
     "million of equipment loans it owed to NYDIG, which had financed much of its fleet at the height of the 2021 "
     "crypto boom.", "2022-12-28", [(76000000.0, "repaid", "2022-12-28")]),
    # the year of a merger through which the loan came is not the repayment's
    ("Hut 8 also cleared an older debt. In April it repaid the last $13.1 million of a bitcoin-backed loan from "
     "Anchorage Digital that it inherited through its 2023 merger with US Bitcoin Corp.", "2025-05-12",
     [(13100000.0, "repaid", "2025-04-30")]),
])
def test_loan_balances_cut_and_written_off(text, published, expected):
    got = [(f["value"], f["loan_event"], f["period_end"]) for f in facts_of(text, published, "loan")]
    assert got == expected


@pytest.mark.parametrize("text,type_", [
    # the sum of several miners, not one company's
    ("MARA led. Between them, the six miners above added less than 10 EH/s in August, compared with more than 20 EH/s "
     "a month in the run-up to the 2024 halving.", "hashrate"),
    ("MARA led. On our count, the six larger companies above produced close to 1,730 BTC between them in January.",
     "btc_mined"),
    ("MARA led. Together they control a bit under 17 EH/s of hash rate, or roughly 9% of the network.", "hashrate"),
    ("MARA led. Across the seven larger miners in the table, November output came to 3,085 BTC.", "btc_mined"),
    # an increment, and a part of the fleet that was offline
    ("Cipher Mining grew. The 0.7 EH/s added over the four weeks came from rigs that sat in Odessa warehouses.",
     "hashrate"),
    ("Hut 8 noted that about 150 PH/s of it was offline for part of the month for maintenance.", "hashrate"),
])
def test_group_sums_increments_and_offline_parts_are_no_facts(text, type_):
    assert facts_of(text, "2025-09-04", type_) == []


@pytest.mark.parametrize("text,published,expected", [
    # "its 2024 fiscal year" is the fiscal year (IREN's ends in June, HIVE's in March)
    ("Iris Energy expects an interim milestone of 9.1 EH/s by the end of the third quarter of its 2024 fiscal year.",
     "2023-12-05", "2024-03-31"),
    ("HIVE Blockchain aims to reach 3.0 EH/s of hash rate by the end of its 2023 fiscal year.", "2022-02-04",
     "2023-03-31"),
])
def test_a_year_before_fiscal_year_is_the_fiscal_year(text, published, expected):
    assert [f["period_end"] for f in facts_of(text, published, "hashrate")] == [expected]


def test_an_avg_column_is_an_average_over_the_month_and_a_btc_per_ehs_row_is_a_ratio():
    text = ("November 2024 miner scorecard\n\n"
            "| Company | BTC mined (Nov) | Avg. hashrate (EH/s) | Month-end hashrate (EH/s) |\n"
            "|---|---|---|---|\n"
            "| CleanSpark | 622 | 29.4 | 33.2 |\n"
            "| Riot Platforms | 495 | 25.2 | 31.5 |\n\n"
            "Bitfarms April 2024 production\n\n"
            "Metric | April 2024 | April 2023\n"
            "Month end operating EH/s | 6.6 | 4.5\n"
            "BTC/avg. EH/s | 42 | 99\n")
    got = {(f["company"], f["value"]): (f["hashrate_kind"], f["period_start"], f["period_end"])
           for f in facts_of(text, "2024-12-06", "hashrate")}
    assert got[("CleanSpark", 29.4)] == ("average", "2024-11-01", "2024-11-30")
    assert not any(v in (42.0, 99.0) for _, v in got)


@pytest.mark.parametrize("text,published,type_,expected", [
    # review of f411fe4..7f15e66: a clause about the comparison month keeps it
    ("Bitdeer self-mined 598 BTC in December, up from 526 BTC in November, when its self-mining hashrate averaged "
     "40.1 EH/s.", "2026-01-06", "hashrate", [(40.1, "2025-11-30")]),
    # a company named after a group cue is the subject
    ("Among the miners, Riot led August with 35.4 EH/s of deployed hashrate.", "2025-09-04", "hashrate",
     [(35.4, "2025-08-31")]),
    ("Bitfarms installed its first T21 rigs in May. Together they lifted Bitfarms' operating hashrate to 12.8 EH/s in "
     "June.", "2024-07-03", "hashrate", [(12.8, "2024-06-30")]),
    ("Riot Platforms reported July figures. Between them, its Rockdale and Corsicana sites produced 450 BTC in July.",
     "2025-08-05", "btc_mined", [(450.0, "2025-07-31")]),
    # "energized in the United States" is where, not an increment
    ("MARA reported 57.4 EH/s energized in the United States and abroad at the end of August.", "2025-09-04",
     "hashrate", [(57.4, "2025-08-31")]),
    # "a year earlier" after two periods of different figures: the reported one
    ("MARA held 50,000 BTC at the end of July, including 1,000 BTC bought in January 2025, up from 20,000 BTC a year "
     "earlier.", "2025-08-05", "btc_held", [(50000.0, "2025-07-31"), (20000.0, "2024-07-31")]),
    # ", which had a market value" does not cut the figure from its date
    ("Riot Platforms held 19,273 BTC, which had a market value of about $2.2 billion, at July 31, 2025.", "2025-08-05",
     "btc_held", [(19273.0, "2025-07-31")]),
    # the miner's loan to another company, interest saved, a lender's write-offs across the sector
    ("CleanSpark said the balance of its loan to GRIID stood at $50.0 million at March 31, 2024.", "2024-05-03", "loan",
     []),
    ("The refinancing eliminated $15 million of annual interest expense on Bitfarms' equipment loans.", "2024-03-01",
     "loan", []),
    ("Stronghold handed back miners to NYDIG. The lender has wiped out more than $250 million of miner debt this year.",
     "2022-09-20", "loan", []),
])
def test_review_misfires_of_7f15e66(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_respective_kinds_come_from_the_list_beside_the_figures():
    facts = facts_of("Riot and CleanSpark, which both report deployed and operational hashrate separately, ended "
                     "February at 12.4 EH/s and 11.0 EH/s of deployed hashrate, respectively.", "2024-03-06", "hashrate")
    assert [(f["company"], f["hashrate_kind"]) for f in facts] == [("Riot Platforms", "deployed"),
                                                                    ("CleanSpark", "deployed")]


def test_debt_owed_by_the_miner_and_written_off_is_repaid():
    facts = facts_of("NYDIG extinguished approximately $57 million of debt owed by Greenidge in February.", "2023-03-10",
                     "loan")
    assert [(f["company"], f["value"], f["loan_event"]) for f in facts] == [("Greenidge Generation", 57000000.0, "repaid")]


@pytest.mark.parametrize("text, published, type_, expected", [
    # an abbreviated month before an appositive is no unknown company ("Jan. 8, the Sydney-founded company")
    ("Iris Energy is on track to triple its fleet.\n\nIn an update published on Jan. 8, the Sydney-founded company said "
     "it mined 416 BTC in December, up from 367 BTC in November.", "2024-01-08", "btc_mined",
     [(416.0, "2023-12-31"), (367.0, "2023-11-30")]),
    # the fiscal calendar explained in an aside dates no figure
    ("For its fiscal first quarter, the three months ended Dec. 31 (CleanSpark's fiscal year ends on Sept. 30), the "
     "company mined 2,019 BTC.", "2024-01-03", "btc_mined", [(2019.0, "2023-12-31")]),
    # a loan called off before any money moved
    ("Greenidge cancelled a planned $100 million loan from NYDIG.", "2022-06-01", "loan", []),
    ("Stronghold terminated the proposed $50 million term loan with its equipment vendor.", "2022-06-01", "loan", []),
])
def test_session_19_cases(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_a_roundups_next_sentence_may_drop_the_unit():
    text = ("MARA again led on output with 705 BTC in August. IREN was next with 668 BTC, followed by Cango at 663. "
            "Riot Platforms mined 477, while Bitdeer self-mined 375.")
    facts = facts_of(text, "2025-09-05", "btc_mined")
    assert ("Riot Platforms", 477.0, "2025-08-31") in [(f["company"], f["value"], f["period_end"]) for f in facts]
    # but not after one company's figures, nor when the next sentence carries a unit of its own
    lone = facts_of("Riot mined 477 BTC in August. CleanSpark hired 40 engineers.", "2025-09-05", "btc_mined")
    assert [f["company"] for f in lone] == ["Riot Platforms"]


def test_possessive_elliptical_holdings():
    facts = facts_of("MARA's treasury ended the month at 52,477 BTC; Riot's, at 19,239; and Cango's, at 5,193.",
                     "2025-09-05", "btc_held")
    assert [(f["company"], f["value"]) for f in facts] == [("MARA Holdings", 52477.0), ("Riot Platforms", 19239.0),
                                                           ("Cango", 5193.0)]


def test_kind_named_after_the_figure_beats_fleet_before_it():
    facts = facts_of("The company's self-mining fleet finished February with 16.6 exahashes per second (EH/s) of "
                     "energized hash rate, Core Scientific said.", "2024-03-05", "hashrate")
    assert [(f["value"], f["hashrate_kind"]) for f in facts] == [(16.6, "energized")]


def test_a_later_present_tense_restatement_of_the_month_end_figure_is_an_echo():
    text = ("Core Scientific February 2024 production update\n\n"
            "Core Scientific's fleet finished the month with 16.6 EH/s of hashrate.\n\n"
            "At 16.6 EH/s, Core Scientific's own fleet would amount to a bit under 3% of the network.")
    facts = facts_of(text, "2024-03-05", "hashrate")
    assert [(f["value"], f["period_end"]) for f in facts] == [(16.6, "2024-02-29")]


@pytest.mark.parametrize("text, published, type_, expected", [
    # sales written the press's ways, and the part of a whole
    ("Marathon ended up cashing out 1,051 BTC of the 1,242 BTC it produced in September.", "2023-10-12", "btc_sold",
     [(1051.0, "2023-09-30")]),
    ("DMG parted with 18 BTC in December out of the 31 BTC it mined.", "2026-01-14", "btc_sold", [(18.0, "2025-12-31")]),
    ("Argo sold 38 of the 164 bitcoin it mined in October.", "2021-11-09", "btc_sold", [(38.0, "2021-10-31")]),
    ("Riot sold 300 of its 500 BTC.", "2021-11-09", "btc_sold", [(300.0, "2021-11-09")]),
    ("Soluna mined 21.4 bitcoin in October and sold every one of them.", "2022-11-18", "btc_sold",
     [(21.4, "2022-10-31")]),
    # "the 606 BTC it mined" after a sale is production, not a second sale
    ("Cipher Mining sold 1,390 BTC in the first quarter, more than double the 606 BTC it mined.", "2026-04-09",
     "btc_mined", [(606.0, "2026-03-31")]),
    # what is left after a sale, and the reserve it was trimmed from, are holdings
    ("Bitfarms sold 700 BTC during the quarter and had 827 BTC left at March 31, down from 1,402 BTC at the end of "
     "2025.", "2026-04-09", "btc_held", [(827.0, "2026-03-31"), (1402.0, "2025-12-31")]),
    ("Cipher sold 1,390 BTC in the first quarter, trimming its reserve from 2,284 BTC at the end of December to 1,500 "
     "BTC on March 31.", "2026-04-09", "btc_held", [(2284.0, "2025-12-31"), (1500.0, "2026-03-31")]),
    # a headline that asks states nothing
    ("Is Bitdeer Dumping Its Bitcoin?\n\nBlockchain trackers flagged more than 1,000 BTC leaving wallets linked to "
     "Bitdeer.", "2025-06-10", "btc_sold", []),
    # loans: a lender named as the loan's modifier, pledges, margin top-ups, debts owed and settled
    ("Bitfarms used the proceeds to pay down a Galaxy credit line.", "2022-06-21", "loan", [(None, "2022-06-21")]),
    ("Marathon had 2,926 BTC pledged against the two facilities at May 31, 2022.", "2022-06-16", "loan",
     [(None, "2022-05-31")]),
    ("Argo on June 13 moved an additional 110 BTC to Galaxy Digital to shore up the loan.", "2022-06-16", "loan",
     [(None, "2022-06-13")]),
    ("Soluna will still owe the lender about $2.1 million after the transaction.", "2022-11-18", "loan",
     [(2100000.0, "2022-11-18")]),
    ("Stronghold returned 26,000 machines to NYDIG in August to settle about $67 million of debt.", "2022-11-18", "loan",
     [(67000000.0, "2022-08-31")]),
    ("Bitfarms Settles $21M BlockFi Debt for $7.75M", "2023-02-09", "loan", [(7750000.0, "2023-02-09")]),
    ("Hut 8 repaid the loan. The 1,020 Bitcoin that had been pledged under the facility were returned to the Company.",
     "2022-11-07", "loan", [(None, "2022-11-07")]),
    # machines that are not hashing
    ("IREN update. Miners representing approximately 1.9 EH/s are currently in transit to Childress.", "2024-05-15",
     "hashrate", []),
    ("IREN update. As of October 31, 2021, approximately 0.7 EH/s of the Company's deployed miners were not yet "
     "active.", "2021-11-05", "hashrate", []),
    ("IREN update. Its 31,000 active miners were producing approximately 3.2 EH/s, and another 8,477 machines were in "
     "transit.", "2021-12-03", "hashrate", [(3.2, "2021-12-03")]),
])
def test_dev31_dev32_classes(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


_TWO_LINE_HEADER = """IREN Reports Q3 FY24 Results

Nine-month summary (unaudited)
                                          9 months to      9 months to
                                          31 March 2024    31 March 2023
Bitcoin mined                                   3,371            2,003
Average operating hashrate (EH/s)                 5.8              2.0
"""


def test_a_space_aligned_header_on_two_lines_gives_each_column_its_span():
    facts = facts_of(_TWO_LINE_HEADER, "2024-05-15", "btc_mined")
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts] == [
        (3371.0, "2023-07-01", "2024-03-31"), (2003.0, "2022-07-01", "2023-03-31")]


@pytest.mark.parametrize("text, published, expected", [
    # "Fiscal Year" capitalised in a results headline is the company's fiscal year (CleanSpark's ends in September)
    ("CleanSpark Reports Second Quarter Fiscal Year 2023 Financial Results\n\nCleanSpark mined 1,747 bitcoin during "
     "the quarter.", "2023-05-11", [(1747.0, "2023-01-01", "2023-03-31")]),
    # a daily rate in parentheses does not cut the comparison figure from its month
    ("Argo mined 71 Bitcoin during February, or 2.4 BTC per day, compared with 80 BTC (2.6 BTC per day) in January "
     "2024.", "2024-03-05", [(71.0, "2024-02-01", "2024-02-29"), (80.0, "2024-01-01", "2024-01-31")]),
])
def test_fiscal_headlines_and_parenthesised_rates(text, published, expected):
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, "btc_mined")] == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a balance of zero
    ("Bitdeer ended March with no bitcoin on its balance sheet.", "2026-04-09", "btc_held", [(0.0, "2026-03-31")]),
    ("Riot has no bitcoin-backed debt.", "2026-04-09", "btc_held", []),
    ("Cipher has no bitcoin pledged as collateral and no debt outstanding.", "2024-08-05", "btc_held", []),
    ("The company said it would hold no bitcoin going forward.", "2026-04-09", "btc_held", []),
    # a sale that never happened is no sale cue: the reserve "stood at" is the balance
    ("Hut 8's reserve, which it has never sold from, stood at 5,242 BTC at the end of 2021.", "2022-01-20", "btc_held",
     [(5242.0, "2021-12-31")]),
    # "and for the full year 2023 to 4,247 BTC" is a second figure, not a range from the year 2023
    ("Bitdeer update. Self-mining output for the fourth quarter of 2023 came to 1,221 BTC, and for the full year 2023 "
     "to 4,247 BTC.", "2024-01-05", "btc_mined", [(1221.0, "2023-12-31"), (4247.0, "2023-12-31")]),
    # a target quarter with no year after "would" is the coming one
    ("Bit Digital said it has signed agreements that would lift its hashrate to around 4.5 EH/s by the end of the "
     "third quarter.", "2024-05-15", "hashrate", [(4.5, "2024-09-30")]),
    # convertible notes "with $115.0 million of principal outstanding" are no loan
    ("HIVE repaid its Coinbase credit line in November. The Company's 5.25% convertible notes, with $115.0 million of "
     "principal outstanding, mature in 2030.", "2026-02-17", "loan", [(None, "2025-11-30")]),
])
def test_dev31_dev32_classes_second_pass(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_an_as_of_column_dates_its_row():
    text = ("Miner treasuries, August 2024\n\n| Rank | Company | BTC held | As of |\n|---|---|---|---|\n"
            "| 1 | Riot Platforms | 9,334 | July 31 |\n| 2 | Cipher Mining | 2,142 | June 30 |\n")
    facts = facts_of(text, "2024-08-06", "btc_held")
    assert [(f["company"], f["period_end"]) for f in facts] == [("Riot Platforms", "2024-07-31"),
                                                                ("Cipher Mining", "2024-06-30")]


_CURRENT_PRIOR_HEADER = """Bitfarms February 2024 production update

                         Current month    Prior month
                         February 2024    January 2024
BTC earned                        410             432
"""


@pytest.mark.parametrize("text, published, type_, expected", [
    # a roundup's next sentence with its own period, another metric, or counts after a company is no continuation
    ("MARA mined 705 BTC in August and CleanSpark 657 BTC. In July, Riot Platforms produced 484, while Bitdeer "
     "produced 391.", "2025-09-05", "btc_mined", [(705.0, "2025-08-31"), (657.0, "2025-08-31")]),
    ("MARA mined 705 BTC in August and CleanSpark 657 BTC. CleanSpark had 12,703 in its treasury at month end.",
     "2025-09-05", "btc_mined", [(705.0, "2025-08-31"), (657.0, "2025-08-31")]),
    ("Bit Digital mined 40.1 BTC in August and Greenidge 31 BTC. Greenidge had 2 facilities running.", "2023-09-06",
     "btc_mined", [(40.1, "2023-08-31"), (31.0, "2023-08-31")]),
    ("MARA mined 705 BTC in August and Riot 477 BTC. Riot had 700 employees at Rockdale.", "2025-09-05", "btc_mined",
     [(705.0, "2025-08-31"), (477.0, "2025-08-31")]),
    ("MARA held 52,477 BTC at the end of August and Riot 19,239 BTC. A year earlier, MARA had 26,842 and Riot had "
     "10,019.", "2025-09-05", "btc_held", [(52477.0, "2025-08-31"), (19239.0, "2025-08-31")]),
    ("MARA mined 705 BTC in August and Riot 477 BTC. Cipher Mining, at 217, and TeraWulf, at 38, trailed.",
     "2025-09-05", "btc_mined", [(705.0, "2025-08-31"), (477.0, "2025-08-31"), (217.0, "2025-08-31"),
                                 (38.0, "2025-08-31")]),
    # "X, at/with N" only where N ends the clause
    ("MARA mined 705 BTC in August, while Riot, at 19 years old, is the oldest listed miner.", "2025-09-05",
     "btc_mined", [(705.0, "2025-08-31")]),
    ("Cango mined 663 BTC in August, and Riot, with 3,000 more machines, mined 477 BTC.", "2025-09-05", "btc_mined",
     [(663.0, "2025-08-31"), (477.0, "2025-08-31")]),
    # "for the fiscal year ended June 30" is the figure's own period, not an aside about the calendar
    ("For the fiscal year ended June 30, 2024, Iris Energy mined 4,518 BTC.", "2024-08-28", "btc_mined",
     [(4518.0, "2024-06-30")]),
    # a called-off loan drops only its own figure
    ("Greenidge cancelled a planned $100 million loan from NYDIG and instead repaid $20 million of its existing "
     "equipment debt.", "2022-06-01", "loan", [(20000000.0, "2022-06-01")]),
    ("CleanSpark walked away from a pending $30 million equipment loan, but drew $10 million on its existing line.",
     "2023-03-01", "loan", [(10000000.0, "2023-03-01")]),
    # sales of all of production, and their look-alikes
    ("Bitfarms sold the entire 3,357 BTC it mined in the second quarter of 2022.", "2022-07-07", "btc_sold",
     [(3357.0, "2022-06-30")]),
    ("Core Scientific sold 7,202 BTC in June, including the 1,300 BTC it mined.", "2022-07-07", "btc_sold",
     [(7202.0, "2022-06-30")]),
    ("Riot Platforms sold 340 BTC in September, close to the 362 BTC it mined.", "2023-10-12", "btc_sold",
     [(340.0, "2023-09-30")]),
    ("Soluna mined 21.4 BTC in October on 3,000 older units, then sold all of them to a buyer in Paraguay.",
     "2022-11-18", "btc_sold", []),
    ("CleanSpark said it will not cash out any of its 3,000 BTC this year.", "2023-10-12", "btc_sold", []),
    ("Hut 8 paid for spare parts with 12 BTC in September.", "2023-10-12", "btc_sold", []),
    ("Only 3 of the 12 bitcoin miners we track sold coins in June, led by Riot with 1,200 BTC.", "2025-07-08",
     "btc_mined", []),
    # the fleet beside machines that are not hashing, and an installed base the figure is part of
    ("IREN update. Its active miners were producing approximately 3.2 EH/s and another 8,477 machines were in transit.",
     "2021-12-03", "hashrate", [(3.2, "2021-12-03")]),
    ("Bitfarms ended June at 11.9 EH/s while 2,000 machines were awaiting installation.", "2024-07-03", "hashrate",
     [(11.9, "2024-06-30")]),
    ("Riot's 12.4 EH/s fleet was idle for much of the heatwave as the company sold power back to ERCOT.", "2024-07-03",
     "hashrate", [(12.4, "2024-07-03")]),
    # coins sent to be sold, pledged to a strategy, or a pledge whose loan proceeds were released
    ("Core Scientific sent 1,500 BTC to Coinbase to sell them, avoiding a margin call on its equipment loans.",
     "2022-06-16", "loan", []),
    ("Riot said its 6,000 BTC were pledged to the company's long-term treasury strategy, not to any lender.",
     "2022-06-16", "loan", []),
    ("Argo posted 500 BTC as collateral, and the loan funds were released to it within a day.", "2022-11-07", "loan",
     [(None, "2022-11-07")]),
    # a second header line's month over a relative first line ('Prior month' over 'January 2024')
    (_CURRENT_PRIOR_HEADER, "2024-03-05", "btc_mined", [(410.0, "2024-02-29"), (432.0, "2024-01-31")]),
])
def test_review_misfires_of_e8fd9c8(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_operating_part_of_an_installed_base_stays_operational():
    facts = facts_of("Marathon was operating 26.5 EH/s of its installed hashrate at the end of February.", "2024-03-05",
                     "hashrate")
    assert [(f["value"], f["hashrate_kind"]) for f in facts] == [(26.5, "operational")]


@pytest.mark.parametrize("text, published, type_, expected", [
    # a further sale is a sale of its own; a further output is not a total
    ("HIVE cashed out another 200 BTC in June to cover power bills.", "2022-07-08", "btc_sold", [(200.0, "2022-06-30")]),
    ("Argo sold an additional 300 bitcoin in July.", "2022-08-05", "btc_sold", [(300.0, "2022-07-31")]),
    ("The new Texas machines mined an additional 40 BTC in July.", "2022-08-05", "btc_mined", []),
    # a balance read from 'left' with no holding verb
    ("Greenidge had just 9 BTC left at the end of March after selling most of its output.", "2023-04-12", "btc_held",
     [(9.0, "2023-03-31")]),
    # all of the production, sold: both a sale and the production
    ("CleanSpark sold all of the 210 BTC it mined in May.", "2023-06-05", "btc_sold", [(210.0, "2023-05-31")]),
    ("CleanSpark sold all of the 210 BTC it mined in May.", "2023-06-05", "btc_mined", [(210.0, "2023-05-31")]),
    ("CleanSpark sold 200 of the 210 BTC it mined in May.", "2023-06-05", "btc_sold", [(200.0, "2023-05-31")]),
])
def test_further_sales_balances_left_and_whole_output_sold(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


@pytest.mark.parametrize("text, expected", [
    ("- Bitfarms: equipment financing with NYDIG reduced by US$2.3 million during the month", [(2_300_000, "repaid")]),
    ("Core Scientific reduced its loan with NYDIG by $12 million in the quarter.", [(12_000_000, "repaid")]),
    # a step to a new balance: the step repaid and the balance, as GOLD_GUIDE reads "cut by $20 million to $45
    # million"; a cut of the total debt is a repayment too, as the gold of dev130, dev136, dev149, dev155, dev158 and
    # dev160 reads it
    ("Bitfarms cut the balance of its Galaxy loan by $35 million to $65 million.",
     [(35_000_000, "repaid"), (65_000_000, "outstanding")]),
    ("The transactions cut Argo's total debt by about $41 million, the company said.", [(41_000_000, "repaid")]),
    # an increase "by" a step is a facility of that size, as a cut's step is a repayment (dev186 and dev193 read it so)
    ("Riot increased its credit facility by $50 million in May.", [(50_000_000, "facility")]),
])
def test_a_loan_reduced_by_a_step_is_a_repayment(text, expected):
    assert [(f["value"], f["loan_event"]) for f in facts_of(text, "2023-03-10", "loan")] == expected


_ARGO_JANUARY = ("Argo Blockchain prepays part of its Galaxy loan\n\nArgo said on Tuesday that it had cut its loan from "
                 "Galaxy Digital, which it took out in December 2022.\n\nOperations were steady in January. Argo mined "
                 "124 BTC in January and sold 118 BTC during the month. Its hashrate was about 2.8 EH/s at month end.")
_RIOT_NOVEMBER = ("Miners in November\n\nRiot Platforms (RIOT) produced 428 BTC (down from 477 BTC in October). Riot's "
                  "deployed hashrate was 36.5 EH/s at month-end.")


@pytest.mark.parametrize("text, published, type_, expected", [
    # 'at month end' and a past-tense balance take the month their paragraph opens on, not the story's lead month
    (_ARGO_JANUARY, "2024-02-06", "hashrate", [(2.8, "2024-01-31")]),
    ("IREN update for November.\n\nIn May it produced 627 BTC, and its hashrate averaged 40.2 EH/s over the month.",
     "2025-06-25", "hashrate", [(40.2, "2025-05-31")]),
    # but not a month the paragraph opens on to compare
    (_RIOT_NOVEMBER, "2025-12-04", "hashrate", [(36.5, "2025-11-30")]),
    # past-tense reports dated by the story's month
    ("August miner scorecard\n\nRiot came in at 36.5 EH/s deployed.", "2025-09-04", "hashrate", [(36.5, "2025-08-31")]),
    ("Cango's December update\n\nThe fleet did not grow: deployed hashrate stayed at 50 EH/s.", "2026-01-07", "hashrate",
     [(50.0, "2025-12-31")]),
    # a fiscal target follows the calendar of the company the sentence is about, not a company named as an object
    ("HIVE: still growing\n\nHIVE Digital Technologies mined 771 BTC in its fiscal third quarter. That is a record, "
     "driven by the site it bought from Bitfarms last year.\n\nThe company said it is targeting 35 EH/s by the end of "
     "fiscal 2027.", "2026-02-20", "hashrate", [(35.0, "2027-03-31")]),
    ("HIVE Blockchain (HIVE)\n- The company aims to reach 3.0 EH/s of bitcoin hash rate by the end of its 2023 fiscal "
     "year.", "2022-02-04", "hashrate", [(3.0, "2023-03-31")]),
    # a principal payment near a named loan is a repayment
    ("Gryphon amended its equipment loan with Anchorage. On June 16, 2025, Gryphon made a principal payment of $1.5 "
     "million to Anchorage.", "2025-06-20", "loan", [(1_500_000, "2025-06-16")]),
])
def test_paragraph_months_fiscal_calendars_and_principal_payments(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


@pytest.mark.parametrize("text, expected", [
    # a lender as the subject: the money is the borrower's, named after the verb
    ("Galaxy Digital extended $20 million to Argo Blockchain in November.", [("Argo Blockchain", 20_000_000)]),
    ("NYDIG also wired $27 million to Greenidge Generation on Oct. 29 under the equipment loan.",
     [("Greenidge Generation", 27_000_000)]),
    # a registry miner may lend to another registry miner
    ("Sphere 3D advanced $2.7 million to Gryphon under a promissory note on July 6.",
     [("Gryphon Digital Mining", 2_700_000)]),
    ("Sphere 3D lent Gryphon $3.65 million on Aug. 27.", [("Gryphon Digital Mining", 3_650_000)]),
    ("Hut 8 advanced $20 million to American Bitcoin under an intercompany loan.", [("American Bitcoin", 20_000_000)]),
    # money passively advanced to the company after its loan is named
    ("Argo signed a secured loan with Growler. US$3.26 million was advanced to the Company on signing.",
     [("Argo Blockchain", 3_260_000)]),
    # but a miner lending to an unlisted company or its own unit, or advancing money to its host, states no loan of its
    ("CleanSpark lent GRIID $50 million in July.", []),
    ("Hut 8 extended $5 million to its subsidiary.", []),
    ("Digihost agreed a loan to its host. Under the agreement, Digihost advanced the first US$2 million on May 13.", []),
])
def test_a_lender_as_subject_lends_to_the_miner_after_the_verb(text, expected):
    assert [(f["company"], f["value"]) for f in facts_of(text, "2023-12-20", "loan")] == expected


@pytest.mark.parametrize("text", [
    "Hut 8 Mining said in November that it was in talks about a bitcoin-backed credit line of up to $50 million but "
    "has yet to sign anything.",
    # an unlisted miner named by what it is, in a story that named a registry miner before
    "Riot hosts machines for others. Bitcoin miner Rhodium files for Chapter 11 after missing $54 million in loan "
    "payments.",
])
def test_talks_a_miner_lending_and_an_unlisted_miner_state_no_loan(text):
    assert facts_of(text, "2024-08-26", "loan") == []


@pytest.mark.parametrize("text, published, expected", [
    # "the March quarter" is the quarter that ends in March
    ("IREN update. Its hashrate averaged 44 EH/s over the March quarter.", "2026-05-10", [(44.0, "2026-01-01", "2026-03-31")]),
    # the network's average in a relative clause does not make the company's figure an average
    ("At roughly 6.1 EH/s operating, Canaan's fleet represents well under 1% of the bitcoin network, whose hashrate "
     "averaged about 880 EH/s in July.", "2025-08-20", [(6.1, None, "2025-08-20")]),
    # "first quarterly report" names no quarter
    ("American Bitcoin's first quarterly report as a listed company shows heavy borrowing.\n\nInstalled hashrate stood "
     "at 24.3 EH/s at the end of the third quarter.", "2025-11-14", [(24.3, None, "2025-09-30")]),
])
def test_month_quarters_whose_clauses_and_quarterly_reports(text, published, expected):
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, "hashrate")] == expected


def test_a_relative_clause_does_not_date_the_paragraph_month():
    text = ("Small-cap miners in May\n\nGryphon, which completed its reverse merger with Akerna in February, mined 20.4 "
            "BTC during the month.")
    assert [(f["value"], f["period_end"]) for f in facts_of(text, "2024-06-06", "btc_mined")] == [(20.4, "2024-05-31")]


@pytest.mark.parametrize("text, published, type_, expected", [
    # a further sale compared with an earlier month is a difference; "nearly all" sold states no sale figure;
    # what a miner held of its output is production
    ("Bit Digital May update\n\nBit Digital sold an additional 15 BTC compared with April, for a total of 60 BTC sold "
     "in May.", "2024-06-06", "btc_sold", [(60.0, "2024-05-31")]),
    ("HIVE May update\n\nHIVE sold a further 100 BTC in May than in April.", "2024-06-05", "btc_sold", []),
    ("CleanSpark sold nearly all of the 210 BTC it mined in May.", "2023-06-05", "btc_sold", []),
    ("Riot Platforms held all of the 370 BTC it mined in July.", "2024-08-05", "btc_mined", [(370.0, "2024-07-31")]),
    ("Bitfarms sold 390 BTC in May, almost all of the 400 BTC it mined.", "2023-06-05", "btc_sold", [(390.0, "2023-05-31")]),
    # a paragraph that mentions another month without reporting it keeps the story's month
    ("Riot Platforms June 2024 update\n\nRiot mined 255 BTC in June.\n\nAfter the April halving, output has fallen "
     "sharply. The company's hashrate averaged 20.2 EH/s over the month.", "2024-07-03", "hashrate",
     [(20.2, "2024-06-30")]),
    ("Argo January update\n\nArgo mined 124 BTC in January.\n\nDecember's power price spike forced curtailment. Argo "
     "sold 118 BTC during the month.", "2024-02-06", "btc_sold", [(118.0, "2024-01-31")]),
    ("Miners in November\n\nRiot Platforms (RIOT) produced 428 BTC (compared with the 477 bitcoin the company mined in "
     "October). Riot's deployed hashrate was 36.5 EH/s at month-end.", "2025-12-04", "hashrate", [(36.5, "2025-11-30")]),
    # a company after "to" or "than", or in a "who" aside or parentheses, is still the sentence's company
    ("November roundup\n\nMARA mined 714 BTC in November. Turning to Riot, the Texas miner produced 428 BTC. It held "
     "19,368 BTC at month end.", "2025-12-04", "btc_held", [(19368.0, "2025-11-30")]),
    ("July roundup\n\nRiot mined 484 BTC in July. Fred Thiel, who chairs MARA, said the company held 50,639 BTC at "
     "month end.", "2025-08-06", "btc_held", [(50639.0, "2025-07-31")]),
    # a registry name in other casing after a descriptor is the registry miner
    ("Core Scientific February update\n\nBitcoin miner Core said it produced 1,100 BTC in February.", "2024-03-06",
     "btc_mined", [(1100.0, "2024-02-29")]),
])
def test_review_misfires_of_8b062e7(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


@pytest.mark.parametrize("text, published, expected", [
    # only a loan's own reduction is a repayment
    ("The new Coinbase loan lowered Hut 8's interest costs by $4 million a year.", "2024-05-15", []),
    ("Galaxy reduced Argo's borrowing base by $5 million after the price of bitcoin fell.", "2022-09-10", []),
    ("Argo said the refinancing cut its monthly loan payments by $500,000.", "2024-11-12", []),
    # a future instalment is no repayment
    ("Gryphon signed a $10 million equipment loan with Anchorage in June. Starting in September, the company will make "
     "a principal payment of $500,000 each month.", "2025-06-20", [("Gryphon Digital Mining", 10_000_000)]),
    # the borrower after a lender's verb owns only the figures after that verb
    ("Hut 8 repaid $10 million of its Coinbase line in May and advanced $20 million to American Bitcoin.", "2025-06-10",
     [("Hut 8", 10_000_000), ("American Bitcoin", 20_000_000)]),
    ("Sphere 3D, which had lent Gryphon $3.65 million, repaid $1 million of its own Trinity loan.", "2025-07-10",
     [("Gryphon Digital Mining", 3_650_000), ("Sphere 3D", 1_000_000)]),
    ("Coinbase extended $50 million to Hut 8 and $25 million to Riot Platforms this year.", "2024-12-20",
     [("Hut 8", 50_000_000), ("Riot Platforms", 25_000_000)]),
    # a miner wiring money to its lender repays; an unsigned lease does not stop a repayment
    ("Greenidge wired $5 million to NYDIG to pay down its equipment loan.", "2024-03-10",
     [("Greenidge Generation", 5_000_000)]),
    ("CleanSpark, which has yet to sign a new lease, repaid $20 million of its Coinbase line in July.", "2024-08-26",
     [("CleanSpark", 20_000_000)]),
])
def test_loan_review_misfires_of_8b062e7(text, published, expected):
    assert [(f["company"], f["value"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text, published, expected", [
    # an upsized facility's old size, written after its new one, is no fact
    ("Bitdeer expanded its credit line with Tether to $200 million from $100 million.", "2025-05-01",
     [("facility", 200_000_000)]),
    ("Bitdeer expanded its credit line with Tether to $200 million, up from $100 million.", "2025-05-01",
     [("facility", 200_000_000)]),
    ("Hut 8 increased its credit facility with Coinbase from $50 million to $65 million.", "2025-05-01",
     [("facility", 65_000_000)]),
    # a lender opening a line "for" a miner; the miner's first draw "receives"; the undrawn rest and the step size
    ("Galaxy Digital has opened a $100 million credit line, secured by bitcoin, for the Canadian listed miner "
     "Bitfarms.", "2021-12-13", [("facility", 100_000_000)]),
    ("CleanSpark has agreed to borrow as much as $35 million from Trinity Capital. The Las Vegas miner receives $20 "
     "million at once and can draw the remaining $15 million by year-end in steps of $500,000.", "2022-05-03",
     [("facility", 35_000_000), ("borrowed", 20_000_000)]),
    # a subsidiary's borrowing is its parent's; "lifted its borrowings to"; "bln"; a facility named by its kind
    ("Soluna Holdings announced that its wholly owned subsidiary Dorothy 2 ComputeCo LLC has entered into a senior "
     "secured delayed-draw term loan facility of up to $30.0 million with Harbor Peak.", "2025-07-08",
     [("facility", 30_000_000)]),
    ("BitFuFu drew down $40 million under its Antalpha credit line. That lifted its borrowings from Antalpha to $70 "
     "million.", "2025-11-12", [("borrowed", 40_000_000), ("outstanding", 70_000_000)]),
    ("IREN signed a $1.2 bln term loan with a bank group.", "2025-11-12", [("facility", 1_200_000_000)]),
    ("Phoenix Group paid off the remaining US$12.0 million of its murabaha facility on March 6. The Shari'ah-compliant "
     "facility, for 50 million dollars, was signed with a UAE bank in March 2024.", "2026-03-10",
     [("repaid", 12_000_000), ("facility", 50_000_000)]),
])
def test_loan_upsizes_first_draws_subsidiaries_and_lenders_for_miners(text, published, expected):
    assert [(f["loan_event"], f["value"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a list of companies "together" or "alone" holds a sum, no one's figure
    ("We note that Cipher, IREN and Riot together run more than 80 EH/s in Texas, the analysts wrote.", "2025-07-02",
     "hashrate", []),
    ("MARA, Riot and CleanSpark together mined 2,100 BTC in May.", "2025-06-05", "btc_mined", []),
    ("Riot and MARA alone hold more than 70,000 BTC.", "2025-06-05", "btc_held", []),
    ("Riot alone mined 500 BTC in May 2025.", "2025-06-05", "btc_mined", [(500.0, "2025-05-31")]),
    # "over the year" is the (fiscal) year just closed; a percentage's base period dates no figure
    ("Bitfarms (BITF) mined 366 BTC in December and 3,452 BTC over the year.", "2022-01-06", "btc_mined",
     [(366.0, "2021-12-31"), (3452.0, "2021-12-31")]),
    ("Riot mined 406 bitcoin in September 2021. Year to date, it has produced 2,457 bitcoin, up 236% on the same "
     "period last year.", "2021-10-07", "btc_mined", [(406.0, "2021-09-30"), (2457.0, "2021-09-30")]),
    # machines handed to a lender are no fleet
    ("Greenidge closed its restructuring with NYDIG, which extinguished roughly $59 mln of its debt in return for "
     "mining machines with about 2.8 EH/s of capacity.", "2023-02-01", "hashrate", []),
    # a relative clause about the company makes its fleet no cloud's, no host's and no site's
    ("HIVE Digital mined 100 BTC in November 2023. The miner, which dropped its old name to reflect its growing GPU "
     "cloud business, averaged 4.14 EH/s over the month.", "2023-12-07", "hashrate", [(4.14, "2023-11-30")]),
    ("Marathon, which owns its machines but relies on hosting partners for power, ended 2021 with 3.5 EH/s of "
     "operational hashrate.", "2022-01-06", "hashrate", [(3.5, "2021-12-31")]),
    # a daily rate's comparison "from" is a rate too; "holding ... on our balance sheet" is a balance
    ("Cango produced 569.0 BTC in December 2025, and daily output edged up to 18.35 BTC from 18.22 BTC in November.",
     "2026-01-05", "btc_mined", [(569.0, "2025-12-31")]),
    ("\"We closed 2025 producing close to 570 bitcoin in December and holding more than 7,500 BTC on our balance "
     "sheet,\" said the CEO of Cango.", "2026-01-05", "btc_held", [(7500.0, "2025-12-31")]),
])
def test_group_sums_year_spans_rate_comparisons_and_company_asides(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a comparison with two bases, and "edging past the 13,270 it mined in 2022"
    ("Core Scientific produced 1,177 BTC in December 2023, compared with 954 in November and 1,046 in December 2022.",
     "2024-01-05", "btc_mined", [(1177.0, "2023-12-31"), (954.0, "2023-11-30"), (1046.0, "2022-12-31")]),
    ("Core Scientific said it self-mined 13,762 bitcoin in 2023, edging past the 13,270 it mined in 2022.",
     "2024-01-05", "btc_mined", [(13762.0, "2023-12-31"), (13270.0, "2022-12-31")]),
    # coins that hosting customers earned are theirs, with their comparisons and the list after them
    ("Core Scientific hosts machines for other companies, and those customers earned an estimated 449 BTC at its data "
     "centers in December 2023 and 5,512 BTC over the year.", "2024-01-05", "btc_mined", []),
    ("BitFuFu mined 124 BTC in November 2024. Cloud-mining customers earned an estimated 402 BTC on the Company's "
     "platform during November, up from 371 BTC in October.", "2024-12-05", "btc_mined", [(124.0, "2024-11-30")]),
    # a fiscal year, or the quarter under way, "to date" ends at the reported month
    ("In April 2024 IREN mined 380 Bitcoin. In FY24 to date the Company has mined 3,729 "
     "Bitcoin.", "2024-05-08", "btc_mined", [(380.0, "2024-04-30"), (3729.0, "2024-04-30")]),
    ("Digihost produced 70.5 BTC in May 2022 and has produced 138.09 BTC so far in the second quarter.", "2022-06-06",
     "btc_mined", [(70.5, "2022-05-31"), (138.09, "2022-05-31")]),
    # "Of the 19,287 BTC the company held": a balance; "sold 500 of the 1,000 BTC it held": no sale of 1,000
    ("Riot Platforms held 18,000 BTC in June. Of the 19,287 BTC the company held on Sept. 30, 2025, 3,300 were "
     "restricted.", "2025-10-31", "btc_held", [(18000.0, "2025-06-30"), (19287.0, "2025-09-30")]),
    ("Riot sold 500 of the 1,000 BTC it held at the start of October 2025.", "2025-11-03", "btc_sold",
     [(500.0, "2025-10-31")]),
    # a site's clause ends at ", and ended January with"
    ("LM Funding mined 5.2 BTC in January 2026, less than in December because of curtailment at its Oklahoma site, "
     "and ended January with roughly 0.45 EH/s of energized hashrate.", "2026-02-05", "hashrate",
     [(0.45, "2026-01-31")]),
])
def test_comparison_bases_clients_coins_to_date_periods_and_held_wholes(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_one_passing_mention_makes_no_story_a_miners_own():
    """A story about state miners names Bitdeer once, as a partner; the government's coins are not Bitdeer's."""
    text = ("Bhutan has been mining since 2019. Arkham estimates that wallets linked to the government hold roughly "
            "10,600 BTC, down from more than 13,000 BTC last autumn.\n\nIt works with Bitdeer, which operates a large "
            "facility at Gedu.\n\nEl Salvador\n\nThe country's geothermal pilot has mined about 474 BTC since 2021.")
    assert facts_of(text, "2025-07-15", "btc_held") == [] and facts_of(text, "2025-07-15", "btc_mined") == []


@pytest.mark.parametrize("text, published, type_, expected", [
    # "the quarter" in a results story is the quarter it reports on, not a month its deck names for an event
    ("Marathon Digital swings to a profit\n\nInvestors are looking past the April halving\n\nMarathon Digital (MARA) "
     "reported a fourth-quarter profit late Wednesday. The miner produced 4,242 BTC in the quarter, up from 1,562 a "
     "year earlier.", "2024-02-29", "btc_mined", [(4242.0, "2023-12-31"), (1562.0, "2022-12-31")]),
    ("Core Scientific posted a smaller second-quarter loss. It sold 3,227 bitcoin during the quarter for about $90.1 "
     "million.", "2023-08-08", "btc_sold", [(3227.0, "2023-06-30")]),
    # "the year-earlier period", "the final quarter of 2021", "more than triple the 4,144 it mined in 2022"
    ("Core Scientific self-mined 3,193 bitcoin in the second quarter of 2023, compared with 3,634 in the year-earlier "
     "period.", "2023-08-08", "btc_mined", [(3193.0, "2023-06-30"), (3634.0, "2022-06-30")]),
    ("Greenidge mined 601 bitcoin in the fourth quarter of 2022, compared with 691 in the final quarter of 2021.",
     "2023-04-03", "btc_mined", [(601.0, "2022-12-31"), (691.0, "2021-12-31")]),
    ("For all of 2023, Marathon mined 12,852 bitcoin, more than triple the 4,144 it mined in 2022.", "2024-02-29",
     "btc_mined", [(12852.0, "2023-12-31"), (4144.0, "2022-12-31")]),
    # the figure's own "during the quarter" wins over a month in the next clause; "in the month" after a named month
    ("Stronghold mined 534 bitcoin in the first quarter of 2022. It sold 505 bitcoin during the quarter for about $20.8 "
     "million and ended March with 113 BTC.", "2022-05-17", "btc_sold", [(505.0, "2022-03-31")]),
    ("Riot sold 1,975 BTC in July 2022 for about $43.6 million, more than the 1,160 self-mined bitcoin it produced in "
     "the month.", "2022-08-09", "btc_mined", [(1160.0, "2022-07-31")]),
    ("CleanSpark mined 587 BTC in November 2025. The Nasdaq-listed miner, whose fiscal year starts in October, sold "
     "494.6 BTC during the month.", "2025-12-03", "btc_sold", [(494.6, "2025-11-30")]),
    # a plan stated by a later clause is not the figure's, nor is its date
    ("Bit Digital mined 1,046 BTC in the first quarter of 2022. Roughly 1.6 EH/s of its miners were active at the end "
     "of March, and the New York-based company said it still plans to reach 2.6 EH/s by year-end.", "2022-05-17",
     "hashrate", [(1.6, "2022-03-31"), (2.6, "2022-12-31")]),
    ("Iris Energy, which sells all of its production, produced 419 BTC in April 2024 and said it remains on track to "
     "reach 20 EH/s by the end of June.", "2024-05-07", "btc_mined", [(419.0, "2024-04-30")]),
    # balances: "was left with", "now has ... in reserve", "ended the quarter with about"
    ("Core Scientific produced 1,106 BTC in June 2022, and it was left with 1,959 BTC at June 30.", "2022-07-12",
     "btc_held", [(1959.0, "2022-06-30")]),
    ("Hut 8 also held all of its June production and now has more than 8,000 bitcoin in reserve.", "2022-07-12",
     "btc_held", [(8000.0, "2022-07-12")]),
    ("Marathon mined 243 BTC in June 2022 and ended the quarter with about 10,055 BTC.", "2022-07-12", "btc_held",
     [(10055.0, "2022-06-30")]),
    # "N BTC sold in July" is a sale whatever cue came before; a later "exploring" does not undo a done borrowing
    ("Bitdeer still sells part of its production to fund operating costs, including 132 BTC sold in July 2025.",
     "2025-08-12", "btc_sold", [(132.0, "2025-07-31")]),
    ("Before that, in October 2022, Greenidge borrowed $10 million from B. Riley Commercial Capital to shore up "
     "liquidity, and it has since been exploring sales of surplus power equipment.", "2023-04-04", "loan",
     [(10_000_000, "2022-10-31")]),
])
def test_results_quarters_own_period_words_later_plans_and_balances(text, published, type_, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


def test_a_hashrate_figure_is_not_the_seller_of_a_site_named_after_it():
    text = ("Marathon's operational hashrate stood at 24.7 EH/s on Dec. 31, 2023. As of Feb. 26, its energized hashrate "
            "had climbed to 27.8 EH/s, the company said, as it finished integrating the Garden City, Texas, site it "
            "bought from Applied Digital for $87.3 million in the fourth quarter.")
    assert [(f["company"], f["value"], f["period_end"]) for f in facts_of(text, "2024-02-29", "hashrate")] == [
        ("MARA Holdings", 24.7, "2023-12-31"), ("MARA Holdings", 27.8, "2024-02-26")]


@pytest.mark.parametrize("text, expected", [
    # a roundup's space-aligned table of companies, its header flush left
    ("PRODUCTION SNAPSHOT, SEPTEMBER 2025\n\nCompany            Mined (BTC)   Held, Sept. 30 (BTC)\n"
     "MARA Holdings          736             52,850\nRiot Platforms         445             19,309\n\n"
     "MARA's output fell for a second month as the network's hashrate averaged about 1,050 EH/s.",
     [("btc_mined", "MARA Holdings", 736.0), ("btc_held", "MARA Holdings", 52850.0),
      ("btc_mined", "Riot Platforms", 445.0), ("btc_held", "Riot Platforms", 19309.0)]),
    # a span on the line above a table whose header gives only years
    ("CleanSpark Reports Second Quarter Fiscal 2024 Results\n\nThree Months Ended March 31,\n\n"
     "| (unaudited) | 2024 | 2023 |\n|---|---|---|\n| Bitcoin mined | 2,075 | 1,849 |\n",
     [("btc_mined", "CleanSpark", 2075.0), ("btc_mined", "CleanSpark", 1849.0)]),
])
def test_aligned_company_tables_and_span_titles(text, expected):
    facts = facts_of(text, "2025-10-07" if "2025" in text else "2024-05-09")
    assert [(f["type"], f["company"], f["value"]) for f in facts] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a pledge in its own dated clause is a fact of its own, not the facility's collateral at signing
    ("To fund growth without selling, Bitfarms has leaned on a $100 million bitcoin-backed credit facility it signed "
     "with Galaxy Digital in December 2021; as of March 31, 2022 it had pledged 3,064 BTC as collateral under the "
     "facility.", "2022-04-20",
     [(100_000_000, "2021-12-31", "facility", None), (None, "2022-03-31", "collateral_posted", 3064.0)]),
    # "N BTC of which had been posted as collateral", "transferred to lenders as collateral": pledged, not held
    ("CleanSpark held 11,177 BTC at March 31, 2025, 1,860 BTC of which had been posted as collateral under its "
     "bitcoin-backed credit lines.", "2025-04-05", [(None, "2025-03-31", "collateral_posted", 1860.0)]),
    ("As of June 30, 2025, BitFuFu held 1,792 BTC in total, of which 548.2 BTC had been transferred to lenders as "
     "collateral under its loan agreements.", "2025-08-20", [(None, "2025-06-30", "collateral_posted", 548.2)]),
    # repayments without an amount, in the words reporters use
    ("Hut 8 Mining cleared the balance of its bitcoin-backed revolving facility with Galaxy in October 2022.",
     "2022-12-30", [(None, "2022-10-31", "repaid", None)]),
    ("TeraWulf sells nearly all of its production and used that cash to retire its term loan in full in March 2024.",
     "2024-05-10", [(None, "2024-03-31", "repaid", None)]),
    # a price is not a principal; the repayment it funded has no amount of its own
    ("In March 2024, Argo sold its data center in Mirabel, Quebec, for $6.1 million and put the net proceeds toward "
     "repaying part of its Galaxy loan.", "2024-04-25", [(None, "2024-03-31", "repaid", None)]),
    # an executive named before "said" is a person, not an unknown company that owns the figure
    ("Bitfarms mined 486 BTC in July 2022. Chief financial officer Jeff Lucas said the company would keep selling "
     "to cut debt, having already reduced the balance of its BlockFi loan in June.", "2022-08-04",
     [(None, "2022-06-30", "repaid", None)]),
    # the agreement's date is not the repayment's; a duty to repay is no repayment
    ('On March 1, 2024, TeraWulf Inc. (the "Company") repaid in full all obligations outstanding under its Term Loan '
     "Agreement dated December 1, 2021.", "2024-03-04", [(None, "2024-03-01", "repaid", None)]),
    ("Riot must maintain a loan-to-value ratio below the thresholds in the Credit Agreement, failing which it must "
     "pledge additional bitcoin or repay part of the outstanding balance.", "2025-05-22", []),
])
def test_dated_pledges_and_repayments_without_an_amount(text, published, expected):
    assert [(f["value"], f["period_end"], f["loan_event"], f["collateral_btc"])
            for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a sentence opened by a company the registry does not know, or by a private company described, is not the
    # carried miner's
    ("Canaan borrowed $8 million from Antalpha in June. Antalpha, which finances buyers of Bitmain machines, "
     "reported loans outstanding of about $1.6 billion.", "2025-10-01", [(8_000_000, "2025-06-30")]),
    ("Riot Platforms bought Rhodium's Rockdale site. Rhodium failed to repay roughly $54 million of loans that came due "
     "in July.", "2024-08-26", []),
    ("Marathon had hosted machines with Compute North. The privately held company listed between $100 million and "
     "$500 million of liabilities.", "2022-09-23", []),
    # a sale's price in a headline is no loan
    ("Argo Blockchain Sidesteps Bankruptcy With $65M Helios Sale to Galaxy and a Fresh $35M Loan\n\nArgo Blockchain "
     "said on Dec. 28, 2022 that it had sold the site and borrowed $35 million from Galaxy.", "2022-12-29",
     [(35_000_000, "2022-12-28")]),
    # a named facility drawn on, and a lender lending
    ("Core Scientific drew $35 million of the B. Riley facility in early February 2023.", "2023-03-02",
     [(35_000_000, "2023-02-28")]),
    ("Galaxy is lending Argo Blockchain $35 million through an asset-backed facility signed in December 2022.",
     "2022-12-30", [(35_000_000, "2022-12-30")]),
    # "of principal and accrued interest was settled on ..."
    ("Under the exchange agreement with Anchorage, approximately $37.9 million of Hut 8's loan principal and accrued "
     "interest was settled on September 27, 2024.", "2024-10-01", [(37_900_000, "2024-09-27")]),
    # "repay in full approximately US$2.2 million outstanding": a repayment, not the proceeds of a sale
    ("Digihost drew on a new credit facility. On October 20, 2025, it used part of the proceeds to repay in full "
     "approximately US$2.2 million outstanding under its equipment financing agreement.", "2025-10-21",
     [(2_200_000, "2025-10-20")]),
])
def test_unknown_subjects_sale_prices_named_facilities_and_lenders_lending(text, published, expected):
    assert [(f["value"], f["period_end"]) for f in facts_of(text, published, "loan")] == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a filing's spans named together, paired with a "respectively" list
    ("Mawson self-mined 168.2 bitcoin and 504.3 bitcoin in the three and nine months ended September 30, 2023, "
     "respectively.", "2023-11-13", "btc_mined", [(168.2, "2023-07-01", "2023-09-30"), (504.3, "2023-01-01", "2023-09-30")]),
    ("Mawson self-mined 168.2 bitcoin in the three months ended September 30, 2023 and 504.3 bitcoin in the nine months "
     "then ended, compared with 480.6 bitcoin and 1,528.9 bitcoin, respectively, in the same periods of 2022.",
     "2023-11-13", "btc_mined", [(168.2, "2023-07-01", "2023-09-30"), (504.3, "2023-01-01", "2023-09-30"),
                                 (480.6, "2022-07-01", "2022-09-30"), (1528.9, "2022-01-01", "2022-09-30")]),
    ("In the first quarter of fiscal 2023, the three months that ended on December 31, 2022, CleanSpark mined 1,407 "
     "bitcoin.", "2023-01-05", "btc_mined", [(1407.0, "2022-10-01", "2022-12-31")]),
    # a filing's cover page names its issuer in capitals
    ("MAWSON INFRASTRUCTURE GROUP INC.\nFORM 10-Q\n\nWe held 11.9 bitcoin at September 30, 2023.", "2023-11-13",
     "btc_held", [(11.9, None, "2023-09-30")]),
    # "N of the M mined ... were sold"; a policy's date is not the sale's
    ("Hut 8 said 126 of the 128 Bitcoin mined in May 2023 were sold.", "2023-06-05", "btc_sold",
     [(126.0, "2023-05-01", "2023-05-31")]),
    ("Bitfarms produced 469 BTC in December 2022 and sold 491 BTC for about $8.2 million, continuing a policy of "
     "selling its daily output that it adopted in June.", "2023-01-16", "btc_sold", [(491.0, "2022-12-01", "2022-12-31")]),
    # a year to date spelled out after the figure; output that includes customers' coins
    ("CleanSpark May 2025 update\n\n- Fiscal year-to-date production: 5,181 BTC mined from October 1, 2024 through May "
     "31, 2025", "2025-06-03", "btc_mined", [(5181.0, "2024-10-01", "2025-05-31")]),
    ("BitFuFu mined 83 BTC in June 2024. Including customer output, the machines BitFuFu manages produced approximately "
     "620 BTC during the month.", "2024-07-08", "btc_mined", [(83.0, "2024-06-01", "2024-06-30")]),
])
def test_filing_spans_capitalised_issuers_parts_sold_and_spelled_out_periods(text, published, type_, expected):
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published, type_)] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a header written over two lines, its year below the day; a change column after the periods
    ("LM Funding August 2025 update\n\nMetrics*                    One Month      One Month\n"
     "                            July 31,       Aug. 31,\n"
     "                            2024           2025\n"
     "Bitcoin Holdings at Month End      135.7          311.2\n",
     "2025-09-09", [("btc_held", 135.7, "2024-07-31"), ("btc_held", 311.2, "2025-08-31")]),
    ("BitFuFu held 1,292 BTC at June 30, 2024.\n\nMetric                                      June 2024    May 2024    MoM\n"
     "BTC held at month end (BTC)                 1,292        1,261       +2.5%\n",
     "2024-07-08", [("btc_held", 1292.0, "2024-06-30"), ("btc_held", 1261.0, "2024-05-31")]),
    # the facility's size under "under the", the balance after the copula, the facility's own date in its clause
    ("LM Funding's total borrowings under the $10 million facility, which the Company entered into in May 2025, were "
     "$8.0 million at August 31, 2025.", "2025-09-09",
     [("loan", 10_000_000, "2025-05-31"), ("loan", 8_000_000, "2025-08-31")]),
])
def test_stacked_headers_change_columns_and_balances_under_a_facility(text, published, expected):
    assert [(f["type"], f["value"], f["period_end"]) for f in facts_of(text, published)] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a proposal's terms and what "could" happen are no facts
    ("Under the proposal, NYDIG would buy Greenidge's machines and cancel $57 million to $68 million of its debt.",
     "2022-12-20", []),
    ("Stronghold runs about 4 EH/s. Management has said that replacing its older machines could lift that to around "
     "10 EH/s, but it has not had the cash.", "2024-08-21", [("hashrate", 4.0, "2024-08-21")]),
    # a qualifier between "ended the year with" and its figure; a gap between two flows is a change
    ("Riot Platforms sold more coins than it produced last month but ended the year with close to 7,000 BTC.",
     "2023-01-04", [("btc_held", 7000.0, "2022-12-31")]),
    ("CleanSpark mined 468 BTC in December 2022. December's sales therefore exceeded the month's production by 52 "
     "bitcoin.", "2023-01-05", [("btc_mined", 468.0, "2022-12-31")]),
    # "N of those / of them" after a BTC figure, the subject or object of a verb; not a description
    ("Marathon held 10,670 BTC at September 30, 2022, and 7,821 of those were pledged to Silvergate as collateral.",
     "2022-10-01", [("btc_held", 10670.0, "2022-09-30"), ("loan", None, "2022-09-30")]),
    ("Canada's Bitfarms earned 402 BTC in June 2023 and sold 331 of them for about $9.6 million.", "2023-07-05",
     [("btc_mined", 402.0, "2023-06-30"), ("btc_sold", 331.0, "2023-06-30")]),
    ("Even after the sales, Argo held 1,295 BTC at the end of July 2022, 227 of them BTC equivalents.", "2022-08-05",
     [("btc_held", 1295.0, "2022-07-31")]),
    # debt cancelled in exchange for machines is repaid; an unknown company that owes is not the carried miner
    ("Stronghold returned machines to NYDIG in August 2022 in exchange for the cancellation of $67.4 million of "
     "equipment debt.", "2024-08-21", [("loan", 67_400_000, "2022-08-31")]),
    ("Core Scientific hosted the rigs. Celsius Mining owes Celsius Network about $576 million under intercompany loans.",
     "2023-01-25", []),
])
def test_proposals_year_end_qualifiers_parts_of_those_and_cancelled_debt(text, published, expected):
    assert [(f["type"], f["value"], f["period_end"]) for f in facts_of(text, published)] == expected


def test_a_lender_lending_a_miner_is_the_miners_borrowing():
    # "lending" is a loan word of its own: the prefilter must not drop the sentence, nor the rules its figure
    facts = facts_of("Galaxy is lending Argo Blockchain $35 million for three years.", "2022-12-30", "loan")
    assert [(f["company"], f["value"], f["loan_event"]) for f in facts] == [("Argo Blockchain", 35_000_000, "borrowed")]


@pytest.mark.parametrize("text, published, expected", [
    # "on the same date", "at that date": the as-of date the sentence before stated, not the publication date
    ("MARA ended December with 53,901 BTC. CleanSpark held 13,099 BTC on the same date.", "2026-01-13",
     [("btc_held", 53901.0, "2025-12-31"), ("btc_held", 13099.0, "2025-12-31")]),
    ("Marathon held 10,127 BTC as of May 31, 2022. It had 2,926 BTC pledged against the two facilities at that date.",
     "2022-06-16", [("btc_held", 10127.0, "2022-05-31"), ("loan", None, "2022-05-31")]),
    # but a date named earlier in the same sentence is the one it repeats
    ("Cango ended December with 7,528.3 BTC, and Bitfarms had 1,402 BTC on the same date.", "2026-01-13",
     [("btc_held", 7528.3, "2025-12-31"), ("btc_held", 1402.0, "2025-12-31")]),
    # "had N BTC at the end of December": a balance at that date, though "had" is no holding cue of its own
    ("MARA had 53,901 BTC at the end of December, according to its monthly update.", "2026-01-13",
     [("btc_held", 53901.0, "2025-12-31")]),
    ("Riot had about 19,300 BTC as of Sept. 30.", "2025-10-20", [("btc_held", 19300.0, "2025-09-30")]),
    # "by the middle of the year": June 30 of the year of publication, a target
    ("Marathon still expects to reach about 23 EH/s by the middle of the year.", "2023-03-13",
     [("hashrate", 23.0, "2023-06-30")]),
])
def test_same_date_anaphors_had_at_a_date_and_the_middle_of_the_year(text, published, expected):
    assert [(f["type"], f["value"], f["period_end"]) for f in facts_of(text, published)] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a facility resized names the facility's new size, whatever verb did it
    ("Hut 8 has a bitcoin-backed credit facility with Coinbase Credit. In June 2025 it doubled the line to $130 "
     "million.", "2026-01-03", [("loan", 130_000_000, "facility", "2025-06-30")]),
    ("MARA raised the cap on its bitcoin-backed credit facility with Two Prime to $350 million.", "2025-09-24",
     [("loan", 350_000_000, "facility", "2025-09-24")]),
    ("Riot has a credit facility with Coinbase Credit. The line, which Riot doubled to $200 million in May, remains "
     "available to redraw.", "2025-12-03", [("loan", 200_000_000, "facility", "2025-05-31")]),
    # but borrowings lifted under the line are its balance
    ("Riot tapped its Coinbase Credit facility for another $75 million in March, lifting its borrowings under the "
     "line to $275 million at the end of the quarter.", "2026-04-06",
     [("loan", 75_000_000, "borrowed", "2026-03-31"), ("loan", 275_000_000, "outstanding", "2026-03-31")]),
    # the date of the draw a repaid amount came from dates the draw, not the repayment
    ("In December Bitdeer repaid in full the US$10 million it had drawn from Matrixport in October.", "2026-01-09",
     [("loan", 10_000_000, "repaid", "2025-12-31"), ("loan", 10_000_000, "borrowed", "2025-10-31")]),
    # a repayment denied or described is none
    ("Hut 8 amended its credit facility in December. The changes did not touch the maturity date or how the loan is "
     "repaid.", "2026-01-03", []),
    ("Core Scientific has not made scheduled payments under its equipment financing agreements since the petition "
     "date.", "2023-02-03", []),
])
def test_facility_resizes_draw_dates_and_repayments_not_done(text, published, expected):
    facts = facts_of(text, published, "loan")
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts] == [e[1:] for e in expected]


@pytest.mark.parametrize("text, published, expected", [
    # a label line's figure with a qualifier, and its clause cut before what follows it
    ("Stronghold Digital Mining update\n\n- Bitcoin sold in June: 95, at an average price of approximately $66,400\n"
     "- Bitcoin held as of June 30, 2024: approximately 69\n", "2024-07-08",
     [("btc_sold", 95.0, "2024-06-30"), ("btc_held", 69.0, "2024-06-30")]),
    # any count of months ended a date
    ("For the eleven months ended November 30, 2023, Digihost mined 520.87 BTC.", "2023-12-05",
     [("btc_mined", 520.87, "2023-11-30")]),
    # a cloud-mining platform's total and its users' coins are not the company's
    ("BitFuFu said its platform as a whole produced around 412 BTC in March, and that customers' balances held on the "
     "platform stood at about 1,150 BTC.", "2025-04-08", []),
    ("BitFuFu produced 335 BTC across the platform in October, of which 291 BTC was generated for cloud-mining "
     "customers and 44 BTC by its own fleet.", "2025-11-05", [("btc_mined", 44.0, "2025-10-31")]),
    # "N BTC mined in the quarter were sold"; "held no bitcoin" in a later clause; "left Bitfarms with"
    ("Soluna does not keep bitcoin as a treasury asset: all 21.4 BTC mined in the quarter were sold for approximately "
     "$2.4 million, and the Company held no bitcoin at the end of the period.", "2025-11-14",
     [("btc_sold", 21.4, "2025-09-30"), ("btc_held", 0.0, "2025-11-14")]),
    ("Bitfarms sold 595 BTC in the second quarter. That left Bitfarms with 1,402 BTC at June 30.", "2025-08-13",
     [("btc_sold", 595.0, "2025-06-30"), ("btc_held", 1402.0, "2025-06-30")]),
    # no figure: "a few hundred bitcoin", a unit cost
    ("Bitfarms said selling a few hundred bitcoin a quarter is how it avoids issuing shares. Its direct cost to "
     "produce one bitcoin rose to about US$48,200.", "2025-08-13", []),
    # a pronoun opening a sentence is the company just named, not a miner named after the figure
    ("Bitfarms mined 753 BTC in the second quarter. It sold 595 BTC over the same period, and said the proceeds went "
     "to the campus it picked up when it bought Stronghold.", "2025-08-13",
     [("btc_mined", 753.0, "2025-06-30"), ("btc_sold", 595.0, "2025-06-30")]),
])
def test_label_clauses_month_counts_platforms_and_pronoun_subjects(text, published, expected):
    assert [(f["type"], f["value"], f["period_end"]) for f in facts_of(text, published)] == expected


@pytest.mark.parametrize("text, published, expected", [
    # amounts in words; an unknown site name opening the sentence is not the subject of a later "we" clause
    ('"Dorothy 2 is full, and in October we drew another eight million dollars of project debt," said the chief '
     'executive of Soluna.', "2025-11-14", [(8_000_000, "borrowed", "2025-10-31")]),
    # deposits, prepaid fees, cash on hand, guarantees and equity are no loans
    ("Sphere 3D said hosting deposits paid to providers totaled $1.1 million at June 30 under its loan-free model.",
     "2024-08-14", []),
    ("Bit Origin prepaid $1.2 million of hosting fees to its host during the year, an asset rather than debt.",
     "2024-10-15", []),
    ("Applied Digital paid roughly $6 million from cash on hand and covered the rest with $40 million it borrowed "
     "under a new senior secured term loan.", "2023-04-14", [(40_000_000, "borrowed", "2023-04-14")]),
    ("Cipher Mining raised $1.1 billion through 0% convertible notes in September, and Google has agreed to backstop "
     "about $1.4 billion of the lease obligations of its loan-free campus.", "2025-11-04", []),
    ("HIVE said a customer paid a $5 million deposit. That deposit is a customer prepayment, not a loan.",
     "2025-02-03", []),
    ("The delayed-draw term loan Bit Digital holds can be raised to $150 million if both sides agree.", "2025-08-31",
     []),
    # an intention to repay is no repayment
    ("HIVE borrowed from Coinbase. The loan runs for ninety days, and HIVE expects to repay it from operating cash "
     "flow.", "2025-02-03", []),
    # the date of a loan's origin, named after the repayment, dates the origin only
    ("During the third quarter of 2024 Digihost repaid $1.6 million of principal on the term loan it used in 2022 to "
     "finance miners.", "2024-11-14", [(1_600_000, "repaid", "2024-09-30")]),
    ("In March 2025 Digihost made the final US$0.7 million payment on the equipment loan it took out in 2022.",
     "2025-04-08", [(700_000, "repaid", "2025-03-31")]),
    ("Riot Platforms tapped its Coinbase Credit facility for another $75 million in March 2026.", "2026-04-06",
     [(75_000_000, "borrowed", "2026-03-31")]),
    # a facility named back to takes the signing date of the sentence before it
    ("Bitfarms began using the project financing it signed with Macquarie Group in March. That facility, for up to "
     "US$300 million, will fund the conversion of Panther Creek.", "2025-08-13",
     [(300_000_000, "facility", "2025-03-31")]),
    # a pledge under "that facility" is dated by the balance stated just before it
    ("As of September 30, 2024, $65.0 million was outstanding under Hut 8's credit facility with Coinbase Credit, "
     "Inc. Of the 9,106 Bitcoin in its reserve, approximately 1,600 Bitcoin were pledged as collateral under that "
     "facility.", "2024-11-13",
     [(65_000_000, "outstanding", "2024-09-30"), (None, "collateral_posted", "2024-09-30")]),
])
def test_loans_in_passing_words_deposits_intentions_and_dates_named_elsewhere(text, published, expected):
    facts = facts_of(text, published, "loan")
    assert [(f["value"], f["loan_event"], f["period_end"]) for f in facts] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a headline's bound restates the body's figure, whatever kind or date the body gives it
    ("Bitdeer Pushes Past 30 EH/s as Norway Expansion Wraps Up\n\nBitdeer said its self-mining fleet ran at about "
     "30.4 EH/s at the end of June, up from 28.1 EH/s a month earlier.", "2025-07-03",
     [(30.4, "2025-06-30", "operational"), (28.1, "2025-05-31", "operational")]),
    ("Cango closes the year as operating hashrate slips below 44 EH/s\n\nCango's average operating hashrate for "
     "December was 43.4 EH/s.", "2026-01-06", [(43.4, "2025-12-31", "average")]),
    ("Miners log a strong month as MARA's energized hashrate tops 50 EH/s\n\nMARA said its energized hashrate rose to "
     "50.3 EH/s.", "2025-08-04", [(50.3, "2025-08-04", "energized")]),
    # a goal named right before the figure is a target, in a headline or not
    ("The road to 75 EH/s: MARA's chief on lending coins", "2025-03-04", [(75.0, "2025-03-04", "target")]),
    ("Stronghold's capacity is rising, from about 2.5 EH/s at June 30 toward 4.0 EH/s.", "2023-08-10",
     [(2.5, "2023-06-30", "capacity"), (4.0, "2023-08-10", "target")]),  # (the goal has no date: publication's)
    # a league of miners is no company's figure
    ("August scorecard: MARA widens its lead as the 50 EH/s club gets crowded", "2025-09-04", []),
])
def test_headline_bounds_goals_and_leagues(text, published, expected):
    facts = facts_of(text, published, "hashrate")
    assert [(f["value"], f["period_end"], f["hashrate_kind"]) for f in facts] == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a balance that includes the parts an opening phrase names; a day named for a valuation dates nothing
    ("Including the coins lent to partners, Riot ended 2025 with 19,300 BTC, a reserve worth about $1.7 billion at "
     "Friday's prices.", "2026-01-09", "btc_held", [(19300.0, None, "2025-12-31", None)]),
    # coins handed back or held as collateral are a pledge, not the treasury
    ("With the loan repaid, Galaxy returned the 500 BTC that Argo had pledged as collateral.", "2023-01-09", "btc_held",
     []),
    ("At that date, 2,000 bitcoin were held in the pledged account as collateral for the advances under Hut 8's credit "
     "facility.", "2025-11-09", "btc_held", []),
    # a clause after a semicolon does not lend its goal to the figure before it; the next goal of a list is a goal
    ("IREN reported 7.0 EH/s operating at month end; its plan calls for 10 EH/s by 30 June 2024 and 20 EH/s by 31 "
     "December 2024.", "2024-03-06", "hashrate",
     [(7.0, None, "2024-02-29", "operational"), (10.0, None, "2024-06-30", "target"),
      (20.0, None, "2024-12-31", "target")]),
    # both figures of a from-to pair take the kind named before the first
    ("Cango said its average improved from 43.7 EH/s in August to 44.2 EH/s in September.", "2025-10-06", "hashrate",
     [(43.7, "2025-08-01", "2025-08-31", "average"), (44.2, "2025-09-01", "2025-09-30", "average")]),
    # increments, sites, a gap
    ("The additional 18 EH/s came through an all-stock purchase of machines by Cango.", "2025-07-03", "hashrate", []),
    ("By site, the company's Clarington, Ohio facility now runs about 8.6 EH/s of Bitdeer machines.", "2025-11-05",
     "hashrate", []),
    ("Tydal on its own now runs roughly 6 EH/s of Bitdeer-owned machines.", "2025-11-05", "hashrate", []),
    ("IREN's average hashrate lagged its installed figure by more than 4 EH/s in November.", "2024-12-05", "hashrate",
     []),
    # a headline's figure that rounds the body's is the body's fact
    ("Bitfarms Mines 343 BTC in October and Exits the Month at 1.8 EH/s\n\nBitfarms said its hashrate was 1,810 PH/s at "
     "October 31.", "2021-11-01", "hashrate", [(1.81, None, "2021-10-31", "operational")]),
    # customers' machines' output is not the miner's
    ("Core Scientific self-mined 13,762 bitcoin in 2023, plus an estimated 5,512 bitcoin produced by colocated customer "
     "miners.", "2024-01-05", "btc_mined", [(13762.0, "2023-01-01", "2023-12-31", None)]),
    # a quote told to analysts is the company's, not an analyst's estimate
    ('Bitdeer opened a bitcoin-backed credit line in October.\n\n"We drew 50 million dollars on the line in the fourth '
     'quarter," Bitdeer\'s finance chief told analysts.', "2026-02-20", "loan", [(50_000_000, None, "2025-12-31", "borrowed")]),
    # "at signing" takes the signing date named in a line above
    ("Mawson amends its equipment loan\n\n- Signed on June 6, 2024 by Mawson and its lender\n- Mawson paid US$1.5 million "
     "of principal at signing, leaving US$8.9 million outstanding", "2024-06-10", "loan",
     [(1_500_000, None, "2024-06-06", "outstanding"), (8_900_000, None, "2024-06-06", "outstanding")]),
    # a highlight bullet of a half year that ended before publication is the half's
    ('SAI.TECH Reports Results for the First Half of 2023\n\nSAI.TECH Global Corporation (the "Company") today announced '
     "its results for the six months ended June 30, 2023.\n\n- Repaid $0.7 million of principal under the Company's "
     "equipment financing agreement", "2023-09-28", "loan", [(700_000, None, "2023-06-30", "repaid")]),
    # money used to pay down a line is a repayment; the headline's figureless repayment is the same one, whatever the
    # line is called and however fully the lender is named
    ("American Bitcoin sells 420 BTC, pays down its Anchorage credit line\n\nOn Friday, American Bitcoin used $30 "
     "million to pay down its revolving credit facility with Anchorage Digital.", "2026-03-10", "loan",
     [(30_000_000, None, "2026-03-06", "repaid")]),
    # the pledge left after a repayment is a pledge
    ("Bitfarms repaid US$28 million of its credit facility with Galaxy Digital. After the repayment, 1,500 BTC remain "
     "pledged as collateral under the Galaxy facility.", "2022-06-21", "loan",
     [(28_000_000, None, "2022-06-21", "repaid"), (None, None, "2022-06-21", "collateral_posted")]),
])
def test_blind_batch_43_44_cases(text, published, type_, expected):
    facts = facts_of(text, published, type_)
    assert [(f["value"], f["period_start"], f["period_end"], f["hashrate_kind"] or f["loan_event"]) for f in facts] \
        == expected


def test_rounding_and_lender_helpers_take_any_figure_and_name():
    from extractors.resolve import _rounds_to, _same_lender

    assert _rounds_to(1.81, 1.8) and _rounds_to(40.2, 40) and _rounds_to(6299, 6300)
    assert not _rounds_to(44, 40) and not _rounds_to(1.86, 1.8)
    assert not _rounds_to(1.2e-05, 1e-05)  # a tiny figure (repr "1e-05") must not break the rounding
    assert _same_lender("Anchorage", "Anchorage Digital") and _same_lender("", None) and _same_lender(None, "Galaxy")
    assert not _same_lender("The Bank of Montreal", "The Royal Bank") and not _same_lender("Galaxy", "Coinbase")


@pytest.mark.parametrize("text, published, type_, expected", [
    # a balance under several credit lines
    ("Riot Platforms said its borrowings under its credit lines were $425 million at Dec. 31.", "2025-02-20", "loan",
     [("Riot Platforms", 425_000_000, None, "2024-12-31", "outstanding")]),
    # a numbered group of miners is no one company's holder
    ("Adding up the year-end balances disclosed so far, the ten miners below held about 90,500 BTC between them. MARA "
     "held 44,893 BTC at Dec. 31.", "2025-01-05", "btc_held", [("MARA Holdings", 44893.0, None, "2024-12-31", None)]),
    # a figureless repayment in its own clause is that clause's company's
    ("- MARA Holdings secured a bitcoin-backed credit line; Hut 8 retired its Anchorage loan with shares", "2024-10-18",
     "loan", [("Hut 8", None, None, "2024-10-18", "repaid")]),
    # coins pledged against the borrowing just named
    ("Bitdeer drew $50 million on its credit line in the fourth quarter. At year-end, 1,100 BTC were pledged against that "
     "borrowing.", "2026-03-05", "loan",
     [("Bitdeer", 50_000_000, None, "2025-12-31", "borrowed"), ("Bitdeer", None, None, "2025-12-31", "collateral_posted")]),
    # a comparison after an aside about pledged coins is the balance's, not the pledge's
    ("American Bitcoin had roughly 4,480 BTC in its reserve as of March 8, including coins pledged to Anchorage, "
     "compared with about 4,810 BTC at the end of February.", "2026-03-10", "btc_held",
     [("American Bitcoin", 4480.0, None, "2026-03-08", None), ("American Bitcoin", 4810.0, None, "2026-02-28", None)]),
    ("Riot held 19,225 BTC, including 3,300 BTC pledged as collateral versus 2,900 BTC a month earlier.", "2025-03-10",
     "btc_held", [("Riot Platforms", 19225.0, None, "2025-03-10", None)]),
    # the start of a fiscal year named with its year before "fiscal year"
    ("Since the start of its 2025 fiscal year on October 1, 2024, CleanSpark has mined 1,277 BTC through November 30.",
     "2024-12-03", "btc_mined", [("CleanSpark", 1277.0, "2024-10-01", "2024-11-30", None)]),
    # a goal named right after the figure
    ("IREN reached 7 EH/s at the end of February, well on the way to the 10 EH/s we committed to.", "2024-03-06",
     "hashrate", [("IREN", 7.0, None, "2024-02-29", "operational"), ("IREN", 10.0, None, "2024-02-29", "target")]),
    # a parent named as the object is not the subject that "it" points back to
    ("American Bitcoin owes parent Hut 8 $62 million as it races toward 25 EH/s", "2025-11-14", "hashrate",
     [("American Bitcoin", 25.0, None, "2025-11-14", "target")]),
])
def test_session_12_known_misses(text, published, type_, expected):
    facts = facts_of(text, published, type_)
    assert [(f["company"], f["value"], f["period_start"], f["period_end"], f["hashrate_kind"] or f["loan_event"]) for f in facts] \
        == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # months spelled out in parentheses say what a fiscal quarter's name means
    ("DMG Blockchain mined 84 BTC in its fiscal third quarter, compared with 91 BTC in Q2 2025 (January to March 2025).",
     "2025-08-25", "btc_mined", [("DMG Blockchain Solutions", 84.0, "2025-04-01", "2025-06-30", None),
                                 ("DMG Blockchain Solutions", 91.0, "2025-01-01", "2025-03-31", None)]),
    # "F2025" marks a fiscal year; a bare-years header under one "Three Months Ended" line takes that span
    ("HIVE Digital Technologies quarterly figures\n\n                          Q4 F2025   Q3 F2025\nRevenue ($ millions)"
     "           32.2       29.2\nBitcoin produced               272        341", "2025-06-26", "btc_mined",
     [("HIVE Digital Technologies", 272.0, "2025-01-01", "2025-03-31", None),
      ("HIVE Digital Technologies", 341.0, "2024-10-01", "2024-12-31", None)]),
    ("Riot Platforms reported results.\n\nOperating Metrics\n\n                          Three Months Ended March 31,\n"
     "                               2023          2022\nBitcoin held at end of period   7,094         6,536",
     "2023-04-27", "btc_held", [("Riot Platforms", 7094.0, None, "2023-03-31", None),
                                ("Riot Platforms", 6536.0, None, "2022-03-31", None)]),
    ("Riot Platforms Reports First Quarter 2023 Results\n\n- Produced 2,115 Bitcoin in the quarter, a 51% increase over "
     "the 1,405 Bitcoin Riot produced in the quarter ended "
     "March 31, 2022", "2023-04-27", "btc_mined", [("Riot Platforms", 2115.0, "2023-01-01", "2023-03-31", None),
                                                   ("Riot Platforms", 1405.0, "2022-01-01", "2022-03-31", None)]),
    # repayments "in the period" are the reported period's
    ("Argo Blockchain plc Interim Results for the Six Months Ended 30 June 2024\n\nThe outstanding principal of the Galaxy "
     "equipment loan fell to $17.6 million at 30 June 2024 from $27.1 million at 31 December 2023, after principal "
     "repayments of $9.5 million in the period.", "2024-08-20", "loan",
     [("Argo Blockchain", 17_600_000, None, "2024-06-30", "outstanding"),
      ("Argo Blockchain", 27_100_000, None, "2023-12-31", "outstanding"),
      ("Argo Blockchain", 9_500_000, None, "2024-06-30", "repaid")]),
    # a maker's machines and the site they go to do not own the company's goal
    ("Argo expects to install additional Bitmain Antminer S21 miners at its Baie-Comeau facility in Quebec during the "
     "second half of the year and is targeting hashrate capacity of 3.5 EH/s by 31 December 2024.", "2024-08-20",
     "hashrate", [("Argo Blockchain", 3.5, None, "2024-12-31", "target")]),
    ("Installed hashrate reached 20 EH/s for IREN on August 12, 2024, after new buildings at the Childress, Texas campus, "
     "where about 8 EH/s of the fleet is now located.", "2024-08-28", "hashrate",
     [("IREN", 20.0, None, "2024-08-12", "installed")]),
    # a lender's long name before "under which it borrowed"
    ('In August 2025, Bitdeer entered into a financing arrangement with a subsidiary of Matrix Finance and Technology '
     'Holding Company ("Matrixport"), under which it borrowed US$100 million secured by 1,200 BTC.', "2025-11-10",
     "loan", [("Bitdeer", 100_000_000, None, "2025-08-31", "borrowed")]),
    # the company set in contrast is not the subject
    ("Riot mined 1,042 BTC in the third quarter.\n\nUnlike Marathon, Riot did sell. It offloaded 1,575 BTC during the "
     "quarter.", "2022-11-11", "btc_sold", [("Riot Platforms", 1575.0, "2022-07-01", "2022-09-30", None)]),
    # a comparison's date after the figure does not date it
    ("Hut 8 ended September with 3.07 EH/s of operating capacity, about 10% more than at the end of June.", "2022-11-11",
     "hashrate", [("Hut 8", 3.07, None, "2022-09-30", "operational")]),
    ("Bitfarms update\n\n- Hashrate at June 30: 1.3 EH/s, up 30% since January", "2021-08-16", "hashrate",
     [("Bitfarms", 1.3, None, "2021-06-30", "operational")]),
    # spans: the last months of a year, a running haul, a hyphenated quarter, since a month
    ("TeraWulf self-mined 484 BTC in the fourth quarter of 2024, roughly half the 970 BTC it produced in the last three "
     "months of 2023.", "2025-02-27", "btc_mined", [("TeraWulf", 484.0, "2024-10-01", "2024-12-31", None),
                                                    ("TeraWulf", 970.0, "2023-10-01", "2023-12-31", None)]),
    ("Bitfarms mined 842 BTC in the second quarter. That brings its haul for the first half of the year to 1,647 BTC.",
     "2021-08-16", "btc_mined", [("Bitfarms", 842.0, "2021-04-01", "2021-06-30", None),
                                 ("Bitfarms", 1647.0, "2021-01-01", "2021-06-30", None)]),
    ("Cango mined 1,930.8 BTC in the third quarter of 2025, up from the 1,404.4 BTC it produced in the April-to-June "
     "quarter.", "2025-11-20", "btc_mined", [("Cango", 1930.8, "2025-07-01", "2025-09-30", None),
                                             ("Cango", 1404.4, "2025-04-01", "2025-06-30", None)]),
    ("Since it began mining in November 2024, Cango had produced a cumulative 5,810 BTC through the end of September.",
     "2025-11-20", "btc_mined", [("Cango", 5810.0, "2024-11-01", "2025-09-30", None)]),
    ("Bitfarms sold 1,700 BTC in January, its largest sale since June 2022, when it sold 3,000 BTC.", "2025-02-10",
     "btc_sold", [("Bitfarms", 1700.0, "2025-01-01", "2025-01-31", None),
                  ("Bitfarms", 3000.0, "2022-06-01", "2022-06-30", None)]),
    # a list of averages goes on with "and reached"; a deployed figure compared with it is not an average
    ("Cango said its average operating hashrate rose from 40.91 EH/s in July to 44.85 EH/s in September and reached "
     "46.09 EH/s in October, against the 50 EH/s of hashrate it had deployed as of Sept. 30.", "2025-11-20", "hashrate",
     [("Cango", 40.91, "2025-07-01", "2025-07-31", "average"), ("Cango", 44.85, "2025-09-01", "2025-09-30", "average"),
      ("Cango", 46.09, "2025-10-01", "2025-10-31", "average"), ("Cango", 50.0, None, "2025-09-30", "deployed")]),
    # debt: a balance that "remained outstanding", a lender's write-off, debt settled with machines, money used to pay
    # off a loan dated by the borrowing before it, a miner's loan to its host, when repayments start
    ("Argo Blockchain borrowed US$20 million from Galaxy in November. The full US$20 million remained outstanding at "
     "30 November.", "2021-12-07", "loan", [("Argo Blockchain", 20_000_000, None, "2021-11-30", "borrowed"),
                                           ("Argo Blockchain", 20_000_000, None, "2021-11-30", "outstanding")]),
    ("Stronghold Digital Mining went first. Last August it returned some 26,200 machines to NYDIG, and the lender in "
     "exchange wrote off $67.4 million of principal.", "2023-04-18", "loan",
     [("Stronghold Digital Mining", 67_400_000, None, "2022-08-31", "repaid")]),
    ("Soluna Holdings surrendered the miners at its Project Marie site in Kentucky to a NYDIG affiliate in December to "
     "settle roughly $14.4 million of equipment financing.", "2023-04-18", "loan",
     [("Soluna", 14_400_000, None, "2022-12-31", "repaid")]),
    ("In December Argo borrowed $35 million from Galaxy in an asset-backed loan. Argo used the money to pay off about $41 "
     "million of equipment loans it owed NYDIG.", "2023-04-18", "loan",
     [("Argo Blockchain", 35_000_000, None, "2022-12-31", "borrowed"),
      ("Argo Blockchain", 41_000_000, None, "2022-12-31", "repaid")]),
    ("Marathon owed Silvergate $50 million on a term loan at the end of September. Marathon disclosed that it had about $31.3 million of "
     "operating deposits with Compute North and had also extended it a roughly $21 million unsecured loan.",
     "2022-10-12", "loan", [("MARA Holdings", 50_000_000, None, "2022-09-30", "outstanding")]),
    ("Mawson's subsidiary borrowed $20 million from Celsius Mining in February. Mawson said on Tuesday that the full $20 "
     "million remained outstanding and that scheduled principal repayments start in September.", "2022-07-20", "loan",
     [("Mawson Infrastructure", 20_000_000, None, "2022-02-28", "borrowed"),
      ("Mawson Infrastructure", 20_000_000, None, "2022-07-19", "outstanding")]),
])
def test_blind_batch_45_46_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # "BTCE" (bitcoin equivalents) is a BTC unit, and its comparison is the prior month's output
    ("Argo mined 205 BTCE in January, compared with 190 BTCE in December.", "2022-02-04", "btc_mined",
     [("Argo Blockchain", 205.0, "2022-01-01", "2022-01-31", None),
      ("Argo Blockchain", 190.0, "2021-12-01", "2021-12-31", None)]),
    # a lender cancelling debt in return for machines is a repayment; so is "in full satisfaction of"
    ("Core Scientific handed 10,000 rigs to its lender, a transfer that cancels about $20 million of equipment debt.",
     "2023-03-02", "loan", [("Core Scientific", 20_000_000.0, None, "2023-03-02", "repaid")]),
    ("In October 2022, Soluna gave the machines back to its equipment lender, NYDIG ABL LLC, in full satisfaction of "
     "roughly $9 million of financing.", "2023-03-31", "loan",
     [("Soluna", 9_000_000.0, None, "2022-10-31", "repaid")]),
    # machines handed back or seized are not the fleet
    ("The machines that went back to the lender represent about 1.5 EH/s of hashing power.", "2023-03-02", "hashrate",
     []),
    ("Iris Energy let the lender enforce, and receivers took control of roughly 3.6 EH/s of machines.", "2023-04-18",
     "hashrate", []),
    # a comparison after the figure dates nothing; a named project is one site
    ("At year-end, Soluna's fleet ran about 0.4 EH/s, well below its level in the second quarter.", "2023-03-31",
     "hashrate", [("Soluna", 0.4, None, "2022-12-31", "operational")]),
    ("Project Dorothy in Texas, which Soluna energized last year, now hosts roughly 1.2 EH/s of customer machines.",
     "2024-03-31", "hashrate", []),
    # a maker's machines bought "with" do not make the maker the subject
    ("Bitfarms is upgrading its fleet with the 28,900 Bitmain T21 miners bought in December and now targets 21 EH/s "
     "by the end of 2024.", "2024-01-05", "hashrate", [("Bitfarms", 21.0, None, "2024-12-31", "target")]),
    # "carried" is a balance; a final instalment is a repayment
    ("At December 31, 2022, Bitfarms carried US$16.5 million of equipment financing.", "2023-03-20", "loan",
     [("Bitfarms", 16_500_000.0, None, "2022-12-31", "outstanding")]),
    # a convertible offering is no loan; a miner advancing money to a named company is lending
    ("CleanSpark repaid its bitcoin-backed credit line in full after a $650 million convertible offering.", "2025-02-06",
     "loan", [("CleanSpark", None, None, "2025-02-06", "repaid")]),
    ("Before the deal closed, CleanSpark had advanced GRIID about $54 million under a credit agreement.", "2025-02-06",
     "loan", []),
    # Canadian dollars are no USD value; a US-dollar equivalent beside them is
    ("In December 2022, DMG repaid in full the C$4.2 million that remained outstanding on the term loan its subsidiary "
     "obtained in May 2022.", "2023-02-28", "loan",
     [("DMG Blockchain Solutions", None, None, "2022-12-31", "repaid"),
      ("DMG Blockchain Solutions", None, None, "2022-05-31", "borrowed")]),
    ("On January 19, 2023, DMG entered into a C$15 million (approximately US$11.1 million) revolving credit facility.",
     "2023-02-28", "loan", [("DMG Blockchain Solutions", 11_100_000.0, None, "2023-01-19", "facility")]),
    # an executive's quotation, opened in an earlier sentence of the line, is no repayment
    ('"We start the year with a simpler balance sheet," said the CEO of DMG. "Repaying the term loan removes our only '
     'amortizing debt."', "2023-02-28", "loan", []),
    # the deal struck "in January" dates what "the transaction" did
    ("Greenidge Generation had financed its machines with NYDIG loans. Greenidge struck a broader deal with NYDIG "
     "in January. NYDIG bought a block of Greenidge's miners; the transaction "
     "extinguished roughly $57 million of Greenidge's obligations and left it owing NYDIG about $17 million.",
     "2023-04-18", "loan", [("Greenidge Generation", 57_000_000.0, None, "2023-01-31", "repaid"),
                            ("Greenidge Generation", 17_000_000.0, None, "2023-01-31", "outstanding")]),
    # "had $X drawn" is a balance; part of a dated borrowing used to repay takes its date
    ("As of May 31 Marathon had $30 million drawn on a revolving line from Silvergate Bank.", "2022-06-08", "loan",
     [("MARA Holdings", 30_000_000.0, None, "2022-05-31", "outstanding")]),
    ("Greenidge borrowed $81.4 million from NYDIG on March 11, using about $10 million of it to repay older debt.",
     "2022-06-08", "loan", [("Greenidge Generation", 81_400_000.0, None, "2022-03-11", "borrowed"),
                            ("Greenidge Generation", 10_000_000.0, None, "2022-03-11", "repaid")]),
    # a roundup's table of debts, one miner a row, dated by its title
    ("Who lent to the miners\n\nSelected miner borrowings as of March 31, 2022\n\n| Miner | Lender | Outstanding |\n"
     "|---|---|---|\n| TeraWulf (WULF) | Lender group | $123.5M |\n| Stronghold (SDIG) | NYDIG | $70.6M |",
     "2022-06-08", "loan", [("TeraWulf", 123_500_000.0, None, "2022-03-31", "outstanding"),
                            ("Stronghold Digital Mining", 70_600_000.0, None, "2022-03-31", "outstanding")]),
    # principal outstanding; a postponed payment schedule is no repayment; "to clear" a loan repays it
    ("TeraWulf amended its term loan in March. The company reported principal outstanding of $146.0 million at "
     "Dec. 31.", "2023-03-09", "loan",
     [("TeraWulf", 146_000_000.0, None, "2022-12-31", "outstanding")]),
    ("TeraWulf has pushed back the start of principal payments on its term loan by about a year.", "2023-03-09", "loan",
     []),
    ("Digihost sells half its bitcoin to clear $10M loan", "2022-07-06", "loan",
     [("Digihost", 10_000_000.0, None, "2022-07-06", "repaid")]),
    # a customer's prepayment of hosting fees is no loan
    ("Greenidge's customer made a $4.0 million prepayment of hosting fees in November under its loan-funded contract.",
     "2023-12-05", "loan", []),
    # a repayment told without its amount before the sentence's figure
    ("TeraWulf paid off the remainder of its term loan in June, having carried about $123 million of principal on it "
     "at the end of 2023.", "2024-10-03", "loan", [("TeraWulf", None, None, "2024-06-30", "repaid"),
                                                  ("TeraWulf", 123_000_000.0, None, "2023-12-31", "outstanding")]),
])
def test_session_13_debt_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # the machines' delivery date is not the repayment's
    ("Also during January, HIVE repaid in full the remaining US$4.2 million of vendor credit extended by Bitmain for "
     "machines delivered to Paraguay in 2025.", "2026-02-05", "loan",
     [("HIVE Digital Technologies", 4_200_000.0, None, "2026-01-31", "repaid")]),
    # convertible notes named after a figure with a rate in between are no loan
    ("Bitdeer drew US$60 million under its Galaxy facility on November 20, 2025; the US$330 million of 4.00% "
     "convertible senior notes due 2031 remain outstanding.", "2025-12-09", "loan",
     [("Bitdeer", 60_000_000.0, None, "2025-11-20", "borrowed")]),
    # a lender's origination total is its book
    ("MARA Holdings' lender Two Prime says it has originated more than $1.5 billion of loans to bitcoin miners since "
     "2024.", "2026-02-12", "loan", []),
    # the old size of a raised limit, far from the verb, is no fact of its own
    ("MARA Holdings has raised the borrowing limit on its bitcoin-backed facility with Two Prime to $200 million from "
     "$100 million.", "2026-02-12", "loan", [("MARA Holdings", 200_000_000.0, None, "2026-02-12", "facility")]),
    ("Cango used about $80 million of the proceeds the same day to repay its Antalpha loan in full.", "2026-03-04",
     "loan", [("Cango", 80_000_000.0, None, "2026-03-04", "repaid")]),
    # "half a billion dollars"; "lines up" a facility
    ("Applied Digital has arranged a bridge loan of up to half a billion dollars from Macquarie.", "2025-11-18", "loan",
     [("Applied Digital", 500_000_000.0, None, "2025-11-18", "facility")]),
    ("IREN lines up $1.55 billion GPU-backed loan", "2026-01-21", "loan",
     [("IREN", 1_550_000_000.0, None, "2026-01-21", "facility")]),
    # a filing's defined terms carry the date of the sentence that defines them; "the Borrower" is no other company
    ('On March 3, 2026 (the "Closing Date"), a subsidiary of Core Scientific, Inc. entered into a credit agreement '
     '(the "Credit Agreement") with a group of lenders. The Credit Agreement provides for term loans of up to '
     '$1,500,000,000. On the Closing Date, the Borrower borrowed $450.0 million under it.', "2026-03-05", "loan",
     [("Core Scientific", 1_500_000_000.0, None, "2026-03-03", "facility"),
      ("Core Scientific", 450_000_000.0, None, "2026-03-03", "borrowed")]),
    # an outside forecast is no output, and its assumed fleet no hashrate
    ("For MARA Holdings, Kestrel models 2026 production of about 7,900 BTC.", "2026-01-14", "btc_mined", []),
    ("For Cango, the analysts estimate output of around 5,800 BTC this year.", "2026-01-14", "btc_mined", []),
    ("Kestrel sees MARA Holdings mining fewer coins, assuming its fleet averages roughly 58 EH/s.", "2026-01-14",
     "hashrate", []),
])
def test_blind_batch_47_48_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected



@pytest.mark.parametrize("text, published, type_, expected", [
    # NVIDIA's H200 is no second half of 2000
    ("HIVE Digital Technologies said its BUZZ unit received US$28.5 million on January 16, 2026 under an equipment "
     "financing secured by 504 NVIDIA H200 GPUs.", "2026-02-05", "loan",
     [("HIVE Digital Technologies", 28_500_000.0, None, "2026-01-16", "borrowed")]),
    # "the quarter ended September 30" without a year: the latest such quarter by publication
    ("American Bitcoin mined 563 BTC in the quarter ended September 30.", "2025-12-09", "btc_mined",
     [("American Bitcoin", 563.0, "2025-07-01", "2025-09-30", None)]),
    # "a year ago" beside "now": a year before publication
    ("Across all of its sites, HIVE Digital Technologies now runs about 23 EH/s, against roughly 6 EH/s a year ago.",
     "2025-11-18", "hashrate",
     [("HIVE Digital Technologies", 23.0, None, "2025-11-18", "operational"),
      ("HIVE Digital Technologies", 6.0, None, "2024-11-18", "operational")]),
    # a goal after "should lift ... by the end of December", in November: this December
    ("HIVE Digital Technologies said the final phase of its Paraguay expansion should lift its fleet to 25 EH/s by the "
     "end of December.", "2025-11-18", "hashrate",
     [("HIVE Digital Technologies", 25.0, None, "2025-12-31", "target")]),
    # "its own" is no holding; "MARA Holdings" is no holdings cue
    ("Rival MARA Holdings published its own May update on the same morning, reporting 950 BTC mined.", "2025-06-03",
     "btc_mined",
     [("MARA Holdings", 950.0, "2025-05-01", "2025-05-31", None)]),
    ("MARA Holdings reported 49,951 BTC on June 30, the largest treasury of any miner.", "2025-07-15", "btc_held",
     [("MARA Holdings", 49951.0, None, "2025-06-30", None)]),
    # a drop between two months' figures after a paragraph on holdings is production
    ("Riot Platforms' production fell 42% to 215 BTC in May and it held roughly 8,900 BTC at month-end. "
     "CleanSpark reported a 42% drop, from 721 BTC in April to 417 BTC in May.", "2024-06-05", "btc_mined",
     [("Riot Platforms", 215.0, "2024-05-01", "2024-05-31", None),
      ("CleanSpark", 721.0, "2024-04-01", "2024-04-30", None),
      ("CleanSpark", 417.0, "2024-05-01", "2024-05-31", None)]),
    # "a 47.1% fall from 155 BTC" in a May story: April's
    ("Miners' May 2024 output fell after the halving. Stronghold Digital Mining produced 82 BTC in May, a 47.1% fall "
     "from 155 BTC.", "2024-06-05", "btc_mined",
     [("Stronghold Digital Mining", 82.0, "2024-05-01", "2024-05-31", None),
      ("Stronghold Digital Mining", 155.0, "2024-04-01", "2024-04-30", None)]),
    # "those nine months", after the fiscal year is explained: months up to the reported one
    ("CleanSpark mined 685 BTC in June 2025. Because its fiscal year starts on October 1, June was the ninth month "
     "of its fiscal 2025. In those nine months the company mined 5,826 BTC.", "2025-07-08", "btc_mined",
     [("CleanSpark", 685.0, "2025-06-01", "2025-06-30", None),
      ("CleanSpark", 5826.0, "2024-10-01", "2025-06-30", None)]),
    ("IREN mined 620 BTC in June 2025. IREN's fiscal year runs from July through June. Over those twelve months the "
     "company mined 4,769 BTC, roughly three times its output in the prior fiscal year.", "2025-07-08", "btc_mined",
     [("IREN", 620.0, "2025-06-01", "2025-06-30", None), ("IREN", 4769.0, "2024-07-01", "2025-06-30", None)]),
    # an average in its own clause after a target met is no target
    ("CleanSpark mined 685 BTC in June 2025. It hit its 50 EH/s operational hashrate target in mid-June, and "
     "averaged 46.8 EH/s for the month.", "2025-07-08", "hashrate",
     [("CleanSpark", 50.0, None, "2025-06-30", "operational"),
      ("CleanSpark", 46.8, "2025-06-01", "2025-06-30", "average")]),
    # two miners together
    ("IREN and CleanSpark both reported on Tuesday. Two of the fastest-growing listed bitcoin miners crossed the 50 "
     "EH/s mark in June.", "2025-07-08", "hashrate",
     []),
    # capacity that "remained available" is no balance
    ("Bitdeer drew US$60 million under its Galaxy facility on November 20, 2025. At November 30, 2025, US$60 million "
     "was outstanding and a further US$90 million remained available.", "2025-12-09", "loan",
     [("Bitdeer", 60_000_000.0, None, "2025-11-20", "borrowed"),
      ("Bitdeer", 60_000_000.0, None, "2025-11-30", "outstanding")]),
    # a loan from a parent that is itself a registry miner; the creditor is not the borrower
    ("American Bitcoin's January update came out on Friday. The Miami-based miner took another $40 million from Hut 8 "
     "in February under an intercompany revolving note. That left American Bitcoin owing Hut 8 $97 million at the end "
     "of February.", "2026-03-16", "loan",
     [("American Bitcoin", 40_000_000.0, None, "2026-02-28", "borrowed"),
      ("American Bitcoin", 97_000_000.0, None, "2026-02-28", "outstanding")]),
    # a promissory note repaid is a loan; a convertible one, or one the miner extended, is not
    ("Applied Digital used part of the draw to repay the $50 million promissory note that had funded early site work.",
     "2025-11-18", "loan",
     [("Applied Digital", 50_000_000.0, None, "2025-11-18", "repaid")]),
    ("MARA Holdings extended a $21.3 million unsecured senior promissory note to Compute North LLC earlier this year.",
     "2022-10-07", "loan",
     []),
    # "A day later", "That brings ...", and a line "opened ... with a $100 million limit"
    ("MARA Holdings has raised the borrowing limit on its bitcoin-backed facility with Two Prime to $200 million. The "
     "amendment was signed on Feb. 9. A day later, MARA drew $50 million under the enlarged line. That brings MARA's "
     "total borrowings under the Two Prime facility to $150 million. MARA first opened the Two Prime line in October "
     "2025 with a $100 million limit.", "2026-02-12", "loan",
     [("MARA Holdings", 200_000_000.0, None, "2026-02-09", "facility"),
      ("MARA Holdings", 50_000_000.0, None, "2026-02-10", "borrowed"),
      ("MARA Holdings", 150_000_000.0, None, "2026-02-10", "outstanding"),
      ("MARA Holdings", 100_000_000.0, None, "2025-10-31", "facility")]),
    # "the same day" as the funding just dated
    ("Cango took a $120 million loan from Two Prime. The loan was funded on March 2, Cango said. The company used "
     "about $80 million of the proceeds the same day to repay in full its loan from Antalpha.", "2026-03-04", "loan",
     [("Cango", 120_000_000.0, None, "2026-03-04", "borrowed"), ("Cango", 80_000_000.0, None, "2026-03-02", "repaid")]),
    # a pledge dated "as of year-end" in its own clause
    ("In December Riot Platforms extended the maturity of its $300 million facility by a year to May 2027, and Riot "
     "pledged 3,900 BTC as collateral against the borrowings as of year-end.", "2026-02-27", "loan",
     [("Riot Platforms", 300_000_000.0, None, "2025-12-31", "facility"),
      ("Riot Platforms", None, None, "2025-12-31", "collateral_posted")]),
    # a customer's prepayment is no repayment; a neocloud's debt is not the miner's named in its appositive
    ("IREN paid for the systems out of its own cash and Microsoft's prepayment, which amounts to roughly $1.9 billion "
     "of the $9.7 billion contract.", "2026-01-27", "loan",
     []),
    ("Applied Digital drew $200 million on Monday. CoreWeave, the neocloud that tried to buy Core Scientific last "
     "year, has raised more than $25 billion of debt.", "2026-01-27", "loan",
     []),
    # hashrate under another's management, and a fleet "held near" a level
    ("Including hosted machines, total hashrate under Bitdeer's management was 28.3 EH/s.", "2025-07-10", "hashrate",
     []),
    ("Of the 36.2 EH/s that BitFuFu managed at the end of September, only 6.1 EH/s sat in machines it owns.",
     "2025-11-12", "hashrate",
     []),
    ("IREN's self-mining hashrate has been held near 50 EH/s while capital goes to AI.", "2026-01-27", "hashrate",
     [("IREN", 50.0, None, "2026-01-27", "operational")]),
])
def test_blind_batch_47_50_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected



@pytest.mark.parametrize("text, published, type_, expected", [
    # "has since" a level: publication's
    ("HIVE Digital Technologies reported results for the quarter ended September 30, 2022. Its hashrate stood at 2.95 "
     "EH/s at quarter end and has since surpassed 3.1 EH/s.", "2022-11-15", "hashrate",
     [("HIVE Digital Technologies", 2.95, None, "2022-09-30", "operational"),
      ("HIVE Digital Technologies", 3.1, None, "2022-11-15", "operational")]),
    # "by the end of this year"; "the goal is" opens a clause of its own
    ("Bitfarms said it is targeting 6.0 EH/s by the end of this year.", "2023-01-06", "hashrate",
     [("Bitfarms", 6.0, None, "2023-12-31", "target")]),
    ("MARA Holdings CEO: At year-end we were at 53.2 EH/s energized, and the goal is 75 EH/s by the end of this year.",
     "2025-03-04", "hashrate",
     [("MARA Holdings", 53.2, None, "2024-12-31", "energized"), ("MARA Holdings", 75.0, None, "2025-12-31", "target")]),
    # Canadian press: "US$9.5-million (C$12.9-million)", the Canadian dollars no figure of their own
    ("Bitfarms said it repaid US$9.5-million (C$12.9-million) in December on equipment loans from NYDIG. That left "
     "roughly US$27-million owing to NYDIG at year-end.", "2023-01-06", "loan",
     [("Bitfarms", 9_500_000.0, None, "2022-12-31", "repaid"),
      ("Bitfarms", 27_000_000.0, None, "2022-12-31", "outstanding")]),
    # UK press: "the six months to 30 June", no year
    ("Argo Blockchain said it mined 924 bitcoin in the six months to 30 June.", "2023-08-29", "btc_mined",
     [("Argo Blockchain", 924.0, "2023-01-01", "2023-06-30", None)]),
    # a roundup of fiscal calendars: each company's own
    ("Iris Energy, whose fiscal year ends June 30, mined 1,004 BTC in its fiscal third quarter. HIVE Digital "
     "Technologies, whose fiscal year ends March 31, mined 781 BTC in its fiscal fourth quarter.", "2024-06-13",
     "btc_mined",
     [("IREN", 1004.0, "2024-01-01", "2024-03-31", None),
      ("HIVE Digital Technologies", 781.0, "2024-01-01", "2024-03-31", None)]),
    # a running total "for the first nine months" is production
    ("Digihost reported results for the quarter ended September 30, 2021. Digihost mined 338 bitcoin in the quarter, "
     "bringing its total for the first nine months of 2021 to 889 bitcoin.", "2021-11-30", "btc_mined",
     [("Digihost", 338.0, "2021-07-01", "2021-09-30", None), ("Digihost", 889.0, "2021-01-01", "2021-09-30", None)]),
    # "lent the miner": the story's miner borrowed; the site's price is no loan
    ("Argo Blockchain ran short of cash in 2022. Argo's survival was secured in December, when Galaxy Digital bought "
     "its Helios facility for $65m and lent the miner $35m, secured on its mining equipment.", "2023-08-29", "loan",
     [("Argo Blockchain", 35_000_000.0, None, "2022-12-31", "borrowed")]),
    # "double the previous year's total" compares; the fiscal year just named dates the figure
    ("For the fiscal year that ended Sept. 30, CleanSpark mined 7,391 BTC, almost double the previous year's total.",
     "2023-11-03", "btc_mined",
     [("CleanSpark", 7391.0, "2022-10-01", "2023-09-30", None)]),
    ("CleanSpark mined 639 BTC in October, and in October it let go of 622 BTC for about $18.1 million.", "2023-11-03",
     "btc_sold",
     [("CleanSpark", 622.0, "2023-10-01", "2023-10-31", None)]),
    # a private miner's headline, and a maker's machines sold
    ("Rhodium mines 241 BTC in March as its Texas site grows; its machines sit at Riot Platforms' Rockdale campus.",
     "2022-04-05", "btc_mined",
     []),
    ("Canaan said total computing power sold by the Company reached 14.6 EH/s in the third quarter of 2025.",
     "2026-01-08", "hashrate",
     []),
])
def test_blind_batch_49_50_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # "Repaid in full, on <date>, the $X balance outstanding": a repayment
    ("Canaan Inc. announced the full repayment of its credit facility.\n\n• Repaid in full, on January 7, 2026, the "
     "US$15.0 million balance outstanding under the Company's bitcoin-backed revolving credit facility with Anchorage "
     "Digital.", "2026-01-08", "loan",
     [("Canaan", 15_000_000.0, None, "2026-01-07", "repaid")]),
    # a treasury policy's floor is no balance
    ("Canaan adopted a treasury policy to keep a strategic reserve of no less than 1,000 BTC.", "2026-01-08",
     "btc_held",
     []),
    ("Under the policy, the Company will:\n(i) maintain a strategic reserve of not less than 1,000 BTC; and\n(ii) sell "
     "up to 60% of monthly production. Canaan held 1,450 BTC as of January 7, 2026.", "2026-01-08", "btc_held",
     [("Canaan", 1450.0, None, "2026-01-07", None)]),
    # miners' reserves on chain, and a change "below the level of a year earlier"
    ("MARA Holdings said it held 44,893 BTC as of Dec. 31. Miner reserves, the amount of BTC held in wallets "
     "CryptoQuant attributes to mining entities, fell to roughly 1.81 million BTC on Tuesday, about 40,000 BTC below "
     "the level of a year earlier.", "2025-01-08", "btc_held",
     [("MARA Holdings", 44893.0, None, "2024-12-31", None)]),
    # a private miner grows its fleet in a clause of its own
    ("The increase came as Rhodium switched on another batch of machines at its Rockdale site, lifting its hashrate "
     "to about 2.1 EH/s from 1.9 EH/s at the end of February. Riot reports its own March production later this week.",
     "2022-04-06", "hashrate",
     []),
    # "Of this amount, ...": a part of the balance
    ("Cango held 5,193.4 BTC as of August 31, 2025. Of this amount, approximately 3,900 BTC was held in custody with "
     "third-party qualified custodians.", "2025-09-03", "btc_held",
     [("Cango", 5193.4, None, "2025-08-31", None)]),
    # a managed fleet's output, mostly the hosted clients'
    ("Phoenix Group said that across all of its sites, the fleet managed by the Group produced 1,204 BTC during the "
     "first half of 2025, the majority of which belongs to hosting customers.", "2025-08-12", "btc_mined",
     []),
    # an appositive after an unknown miner's name
    ("BitFuFu mined 43 BTC in May. Quebec-based SATO Technologies, one of the smaller listed miners in Canada, mined "
     "6.1 BTC and reported roughly 0.2 EH/s of installed capacity.", "2025-06-05", "hashrate",
     []),
    # a cloud-mining platform's output, its customers' share and the company's own
    ("BitFuFu said its platform generated 400 BTC in May, but the bulk of that, 357 BTC, belonged to customers of its "
     "cloud-mining service. The company's own self-mining business accounted for the other 43 BTC.", "2025-06-05",
     "btc_mined",
     [("BitFuFu", 43.0, "2025-05-01", "2025-05-31", None)]),
    ("BitFuFu said its platform generated 400 BTC in May, but the bulk of that, 357 BTC, belonged to customers of its "
     "cloud-mining service. The company's own self-mining business accounted for the other 43 BTC.", "2025-06-05",
     "btc_held",
     []),
    # the own fleet named as the part of a managed total
    ("BitFuFu's hashrate under management rose to 34.1 EH/s at the end of May, of which BitFuFu's self-mining "
     "hashrate was 4.2 EH/s.", "2025-06-05", "hashrate",
     [("BitFuFu", 4.2, None, "2025-05-31", "operational")]),
    # two bases in fiscal quarters
    ("IREN Q1 FY25 highlights\n- 742 Bitcoin mined in Q1 FY25, versus 818 in Q4 FY24 and 1,151 in Q1 FY24",
     "2024-11-13", "btc_mined",
     [("IREN", 742.0, "2024-07-01", "2024-09-30", None),
      ("IREN", 818.0, "2024-04-01", "2024-06-30", None),
      ("IREN", 1151.0, "2023-07-01", "2023-09-30", None)]),
    # a table row labelled "year-to-date" with its span spelled out
    ("Iris Energy mined 428 Bitcoin in November.\n\nProduction summary\n\n" + " " * 55 + "Bitcoin mined\n"
     "November 2023" + " " * 52 + "428\nNovember 2022" + " " * 52 + "279\n"
     "FY24 year-to-date (July 1 - November 30, 2023)" + " " * 17 + "1,981\n", "2023-12-06", "btc_mined",
     [("IREN", 428.0, "2023-11-01", "2023-11-30", None),
      ("IREN", 279.0, "2022-11-01", "2022-11-30", None),
      ("IREN", 1981.0, "2023-07-01", "2023-11-30", None)]),
    # a 6-K cover's filing month is not the month reported
    ("FORM 6-K\n\nREPORT OF FOREIGN PRIVATE ISSUER\n\nFor the month of September 2025\n\nCango Inc.\n\nCango today "
     "released its production update for the month ended August 31, 2025. The average operating hashrate of 43.9 "
     "EH/s represented about 87.8% of the fleet deployed.", "2025-09-03", "hashrate",
     [("Cango", 43.9, "2025-08-01", "2025-08-31", "average")]),
    # a headline's repayment over the body's, dated by the body
    ("Toronto-listed miner keeps most of its bitcoin, clears equipment debt\n\nDigihost Technology reported results "
     "for the quarter ended September 30, 2021. The company said it repaid the final C$1.9-million owed on an "
     "equipment loan during the quarter.", "2021-11-30", "loan",
     [("Digihost", None, None, "2021-09-30", "repaid")]),
])
def test_blind_batch_49_51_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # spoken figures: "thirty-one and a half exahash", "fifteen hundred", "a hundred and ten"
    ("Riot Platforms CEO Jason Les: We exited the year with thirty-one and a half exahash deployed.", "2025-02-25",
     "hashrate",
     [("Riot Platforms", 31.5, None, "2024-12-31", "deployed")]),
    ("Riot Platforms CEO Jason Les: For the fourth quarter specifically, we mined roughly fifteen hundred bitcoin.",
     "2025-02-25", "btc_mined",
     [("Riot Platforms", 1500.0, "2024-10-01", "2024-12-31", None)]),
    ("HIVE Digital Technologies CEO: July alone came in at about a hundred and ten coins.", "2024-08-15", "btc_mined",
     [("HIVE Digital Technologies", 110.0, "2024-07-01", "2024-07-31", None)]),
    ("HIVE Digital Technologies said it is running north of five and a half exahash today.", "2024-08-15", "hashrate",
     [("HIVE Digital Technologies", 5.5, None, "2024-08-15", "operational")]),
    ("HIVE Digital Technologies said it sold a couple hundred bitcoin in the quarter ended June 30, 2024.",
     "2024-08-15", "btc_sold",
     [("HIVE Digital Technologies", 200.0, "2024-04-01", "2024-06-30", None)]),
    # "in '24", "Exited the year"
    ("MARA Holdings on X: 9,457 BTC mined in '24, despite the halving. Exited the year at 53.2 EH/s energized.",
     "2025-01-03", "btc_mined",
     [("MARA Holdings", 9457.0, "2024-01-01", "2024-12-31", None)]),
    ("MARA Holdings on X: 9,457 BTC mined in '24, despite the halving. Exited the year at 53.2 EH/s energized.",
     "2025-01-03", "hashrate",
     [("MARA Holdings", 53.2, None, "2024-12-31", "energized")]),
    # a fiscal year named before its quarter; "the year that ended in March"
    ("HIVE Digital Technologies Ltd. - Fiscal 2025 First Quarter Results Webcast\n\nWe mined 383 bitcoin in the "
     "quarter.", "2024-08-15", "btc_mined",
     [("HIVE Digital Technologies", 383.0, "2024-04-01", "2024-06-30", None)]),
    ("In fiscal '24, the year that ended in March, HIVE Digital Technologies produced just under 3,000 bitcoin.",
     "2024-08-15", "btc_mined",
     [("HIVE Digital Technologies", 3000.0, "2023-04-01", "2024-03-31", None)]),
    # "Next stop: ... by Dec 31" lies ahead
    ("CleanSpark passed 20 EH/s. Next stop: 32 EH/s by Dec 31.", "2024-06-20", "hashrate",
     [("CleanSpark", 20.0, None, "2024-06-20", "operational"), ("CleanSpark", 32.0, None, "2024-12-31", "target")]),
    # "one of the five largest" is no figure
    ("The 25 EH/s target would make Cipher Mining one of the five largest U.S.-listed miners.", "2024-06-20",
     "hashrate",
     [("Cipher Mining", 25.0, None, "2024-06-20", "target")]),
    # "We've got", "January came in at"
    ("MARA Holdings CEO: We've got close to 49,000 bitcoin.", "2025-05-30", "btc_held",
     [("MARA Holdings", 49000.0, None, "2025-05-30", None)]),
    ("Riot Platforms CFO: January came in at 527 bitcoin.", "2025-02-25", "btc_mined",
     [("Riot Platforms", 527.0, "2025-01-01", "2025-01-31", None)]),
    # a question states nothing
    ("CleanSpark expects 50 EH/s by the end of June.\n\nAnalyst: And the 50 exahash by June, is that energized "
     "hashrate or nameplate?", "2025-05-08", "hashrate",
     [("CleanSpark", 50.0, None, "2025-06-30", "target")]),
    # a hypothetical sale, a broker's forecast, guidance
    ("Hut 8 will pay for the build-out out of operating cash flow rather than by selling the stack.\n\n\"If we sold a "
     "thousand bitcoin today, we'd raise something like $67 million,\" he said.", "2024-06-12", "btc_sold",
     []),
    ("- Riot Platforms: Harrow Lane estimates Riot will mine about 5,400 BTC in 2025 and reach 35 EH/s by the end of "
     "this year.", "2024-04-18", "hashrate",
     []),
    ("Cipher Mining management also guided to production of roughly 6,000 bitcoin in 2025.", "2024-06-20",
     "btc_mined",
     []),
    # a hedged figure restated exactly
    ("TeraWulf mined a little over a thousand bitcoin in the first quarter, or 1,059 by its own count.", "2024-05-10",
     "btc_mined",
     [("TeraWulf", 1059.0, "2024-01-01", "2024-03-31", None)]),
    # a bound in words restating an approximate figure
    ("Mawson Infrastructure September 2021 update\n\n- Hashrate at 30 September 2021: approximately 1,050 PH/s\n\n"
     "Mawson's hashrate therefore crossed the one exahash mark during the month.", "2021-10-06", "hashrate",
     [("Mawson Infrastructure", 1.05, None, "2021-09-30", "operational")]),
    # "As of this morning": a later balance, not an echo of March's
    ("CleanSpark ended March with 11,177 bitcoin. As of this morning we're holding roughly 11,600 coins, net of the "
     "April sales.", "2025-05-08", "btc_held",
     [("CleanSpark", 11177.0, None, "2025-03-31", None), ("CleanSpark", 11600.0, None, "2025-05-08", None)]),
    # the network's difficulty in the clause before
    ("CleanSpark mined 1,957 bitcoin in the quarter, despite a difficulty environment that kept climbing, and we ended "
     "March at 42.4 exahash of operational hashrate.", "2025-05-08", "hashrate",
     [("CleanSpark", 42.4, None, "2025-03-31", "operational")]),
    # a speaker, not a subject; "this calendar year"
    ("IREN update. Roberts said the company's installed hashrate is currently \"right at twenty exahash,\" up from "
     "about 10 EH/s at the end of 2023.", "2024-09-10", "hashrate",
     [("IREN", 20.0, None, "2024-09-10", "installed"), ("IREN", 10.0, None, "2023-12-31", "installed")]),
    ("IREN co-founder Dan Roberts: \"We're on track for 30 exahash by the end of this calendar year,\" he said.",
     "2024-09-10", "hashrate",
     [("IREN", 30.0, None, "2024-12-31", "target")]),
    # spending without borrowing
    ("Cipher Mining put the capital cost of phase one at about $220 million and said it could fund it without tapping "
     "the debt markets.", "2024-06-20", "loan",
     []),
    # an 8-K amendment defined as "the Amendment"; "Following the borrowing" later in the paragraph
    ("On December 3, 2024, Hut 8 and Coinbase Credit entered into Amendment No. 1 to the Credit Agreement (the "
     "\"Amendment\"). The Amendment increases the maximum aggregate principal amount available under the facility from "
     "$50,000,000 to $100,000,000.", "2024-12-06", "loan",
     [("Hut 8", 100_000_000.0, None, "2024-12-03", "facility")]),
    ("On December 4, 2024, Hut 8 borrowed $40,000,000 under the Credit Agreement. Prior to this borrowing, no amounts "
     "were outstanding under the Credit Agreement. Following the borrowing, $40,000,000 in aggregate principal amount "
     "was outstanding under the Credit Agreement.", "2024-12-06", "loan",
     [("Hut 8", 40_000_000.0, None, "2024-12-04", "borrowed"),
      ("Hut 8", 40_000_000.0, None, "2024-12-04", "outstanding")]),
    # "Feb. 9" is no clause end; "That lifted its borrowings" on the draw's day
    ("HIVE Digital Technologies drew another US$15 million on Feb. 9 from the bitcoin-backed credit facility it signed "
     "with Two Prime in January, posting 210 BTC as additional collateral. That lifted its borrowings under the "
     "facility to US$45 million.", "2026-02-17", "loan",
     [("HIVE Digital Technologies", 15_000_000.0, None, "2026-02-09", "borrowed"),
      ("HIVE Digital Technologies", 45_000_000.0, None, "2026-02-09", "outstanding")]),
    # a subsidiary named first
    ("River Bend Campus LLC, the Hut 8 subsidiary that owns the Louisiana site, signed a US$1.2bn delayed-draw term "
     "loan with a group of banks led by JPMorgan on Feb. 10.", "2026-02-17", "loan",
     [("Hut 8", 1_200_000_000.0, None, "2026-02-10", "facility")]),
    # a lender "extended" a loan "that month"
    ("In December 2022, Argo Blockchain sold its Helios facility to Galaxy Digital for $65 million. Galaxy also "
     "extended a $35 million asset-backed loan to Argo that month, secured by the miner's equipment.", "2025-10-22",
     "loan",
     [("Argo Blockchain", 35_000_000.0, None, "2022-12-31", "borrowed")]),
])
def test_blind_batch_51_52_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # the balance a draw leaves is dated by the draw, and "the up-to-US$300 million facility" is its size
    ("Bitfarms (BITF) drew a second tranche of US$100 million on Sept. 18 from the Macquarie Group debt facility it "
     "set up in March, lifting borrowings under the up-to-US$300 million facility to US$150 million.", "2025-09-19",
     "loan",
     [("Bitfarms", 100_000_000.0, None, "2025-09-18", "borrowed"),
      ("Bitfarms", 300_000_000.0, None, "2025-03-31", "facility"),
      ("Bitfarms", 150_000_000.0, None, "2025-09-18", "outstanding")]),
    # the figure of the company named after it in a reduced relative clause
    ("CleanSpark's operational hashrate reached 42.4 EH/s, just ahead of the 40 EH/s of installed hashrate IREN "
     "reported.", "2025-04-03", "hashrate",
     [("CleanSpark", 42.4, None, "2025-04-03", "operational"), ("IREN", 40.0, None, "2025-04-03", "installed")]),
    # a gap to a rival is no fleet
    ("Riot expects about 38 EH/s by the end of 2025. That would leave Riot some 15 EH/s behind MARA, the largest "
     "listed miner by hashrate.", "2025-02-25", "hashrate",
     [("Riot Platforms", 38.0, None, "2025-12-31", "target")]),
    # "on the closing date", "at closing": the date just named
    ("On July 28, 2022, Marathon Digital entered into a Term Loan Agreement with Silvergate Bank. The Company borrowed "
     "$50.0 million on the closing date.", "2022-08-01", "loan",
     [("MARA Holdings", 50_000_000.0, None, "2022-07-28", "borrowed")]),
    # a line with a named lender, resized
    ("On Monday, CleanSpark said it had upsized its existing line with Coinbase Prime to $300 million.", "2025-09-25",
     "loan",
     [("CleanSpark", 300_000_000.0, None, "2025-09-22", "facility")]),
    ("Hut 8 has signed a $2.2 billion senior secured construction facility for its River Bend campus.", "2026-01-28",
     "loan",
     [("Hut 8", 2_200_000_000.0, None, "2026-01-28", "facility")]),
    # "in line with" is no credit line
    ("Riot's results were in line with Bitmain's guidance of $300 million in machine sales.", "2025-09-25", "loan",
     []),
    # a speech verb after the figure is no increment: ", it added"; the past tense takes the day the sentence
    # before closed on
    ("Argo Blockchain had 115 BTC on hand at January 31. Its total hashrate capacity was unchanged at 2.5 EH/s, it "
     "added.", "2023-02-08", "hashrate",
     [("Argo Blockchain", 2.5, None, "2023-01-31", "capacity")]),
    ("Argo Blockchain had 115 BTC on hand at January 31, the company said.", "2023-02-08", "btc_held",
     [("Argo Blockchain", 115.0, None, "2023-01-31", None)]),
    # the comparison figure of a fleet, in a sentence that names the network before it
    ("Iris Energy averaged 748 PH/s of computing power on the bitcoin network in December, against an average of 657 "
     "PH/s in November.", "2022-01-11", "hashrate",
     [("IREN", 0.748, "2021-12-01", "2021-12-31", "average"), ("IREN", 0.657, "2021-11-01", "2021-11-30", "average")]),
    # sites still to add capacity, and a first tranche
    ("Two sites under construction in British Columbia are expected to add a combined 3.9 EH/s once they run, Iris "
     "Energy said. The Mackenzie site is slated to contribute 1.5 EH/s during 2022, starting with the first 0.3 EH/s "
     "in the second quarter.", "2022-01-11", "hashrate",
     []),
    # "now ... as of Dec. 31" is the stated day's, and a gap to a record is no output
    ("Marathon said its holdings were now above 15,000 BTC as of Dec. 31.", "2024-01-05", "btc_held",
     [("MARA Holdings", 15000.0, None, "2023-12-31", None)]),
    ("Marathon mined a record 1,853 BTC in December. Riot's best month was 1,520 BTC; Marathon's December figure tops "
     "that mark by more than 300 BTC.", "2024-01-05", "btc_mined",
     [("MARA Holdings", 1853.0, "2023-12-01", "2023-12-31", None),
      ("Riot Platforms", 1520.0, "2023-12-01", "2023-12-31", None)]),
    # "within the next 18 to 24 months": a target at the far end
    ("He said that should put Marathon on course for 50 exahashes within the next 18 to 24 months.", "2024-01-05",
     "hashrate",
     [("MARA Holdings", 50.0, None, "2026-01-31", "target")]),
    # a coin inventory is a balance
    ("HIVE mined 80.2 BTC in May. The company keeps the bulk of what it mines: its coin inventory at May 31 stood at "
     "1,430.6 Bitcoin and 4,611 Ethereum.", "2021-06-10", "btc_held",
     [("HIVE Digital Technologies", 1430.6, None, "2021-05-31", None)]),
    # "Hive" is HIVE's
    ("Hive produced 268.8 bitcoin in April.", "2022-05-09", "btc_mined",
     [("HIVE Digital Technologies", 268.8, "2022-04-01", "2022-04-30", None)]),
    # a record's base is no span
    ("In January, Riot Platforms produced 527 bitcoin, the most it has mined in any month since December 2023. MARA "
     "Holdings turned out 750 BTC last month.", "2025-02-07", "btc_mined",
     [("Riot Platforms", 527.0, "2025-01-01", "2025-01-31", None),
      ("MARA Holdings", 750.0, "2025-01-01", "2025-01-31", None)]),
    # a bare figure of another flow or stock takes the unit named before it
    ("Core Scientific reported output of 1,221 bitcoins for July against sales of 1,975, with the money going to "
     "capital spending.", "2022-08-05", "btc_sold",
     [("Core Scientific", 1975.0, "2022-07-01", "2022-07-31", None)]),
    ("Riot produced 467 BTC in April and sold 250, and held 6,279 at month-end.", "2022-05-05", "btc_held",
     [("Riot Platforms", 6279.0, None, "2022-04-30", None)]),
    ("Riot mined 467 BTC in April and sold 250 miners to a host.", "2022-05-05", "btc_sold",
     []),
    ("MARA Holdings, for example, holds roughly 53,000 BTC, and Riot Platforms has around 18,000.", "2026-02-21",
     "btc_held",
     [("MARA Holdings", 53000.0, None, "2026-02-21", None), ("Riot Platforms", 18000.0, None, "2026-02-21", None)]),
    # bullets under a lead-in line take its fact type; a breakdown's items their own clauses'
    ("Bitdeer's reserve fell steadily through the first quarter:\n\n  • about 2,000 BTC at the end of December 2025\n"
     "  • 1,530 BTC at the end of January\n  • 943.1 BTC on Feb. 14", "2026-02-21", "btc_held",
     [("Bitdeer", 2000.0, None, "2025-12-31", None),
      ("Bitdeer", 1530.0, None, "2026-01-31", None),
      ("Bitdeer", 943.1, None, "2026-02-14", None)]),
    ("In the week to Feb. 20, Bitdeer sold 1,132.9 BTC: the 189.8 BTC its machines produced over those seven days plus "
     "the 943.1 BTC it still had in reserve.", "2026-02-21", "btc_mined",
     [("Bitdeer", 189.8, "2026-02-14", "2026-02-20", None)]),
    ("Bitdeer Technologies Group said it held no corporate bitcoin at all as of Feb. 20, 2026.", "2026-02-21",
     "btc_held",
     [("Bitdeer", 0.0, None, "2026-02-20", None)]),
    # machines pledged for a loan are no fleet
    ("NYDIG served default notices on Nov. 7 to two of Iris Energy's subsidiaries, which had borrowed against roughly "
     "3.6 EH/s of Bitmain S19j Pro rigs.", "2022-12-23", "hashrate",
     []),
])
def test_real_article_batch_53_54_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a space-aligned table with Month/Month and Year/Year columns after its periods
    ("Riot Announces November 2023 Production\n\nMetric                               Nov. 2023      Oct. 2023      "
     "Nov. 2022   Month/Month  Year/Year\nBitcoin Produced                         552            458            521  "
     "       21%          6%\nBitcoin Sales - Net Proceeds      $19.6 million  $12.5 million   $8.1 million      57%     "
     "   142%\nDeployed Hash Rate(1)(2)           12.4 EH/s      11.7 EH/s       7.7 EH/s          6%         61%",
     "2023-12-06", "hashrate",
     [("Riot Platforms", 12.4, None, "2023-11-30", "deployed"),
      ("Riot Platforms", 11.7, None, "2023-10-31", "deployed"),
      ("Riot Platforms", 7.7, None, "2022-11-30", "deployed")]),
    # "the year so far", and a percentage's base is no period
    ("Argo mined 167 BTC in October 2021. The Company's cumulative output for the year so far therefore stands at "
     "1,646 BTC.", "2021-11-08", "btc_mined",
     [("Argo Blockchain", 167.0, "2021-10-01", "2021-10-31", None),
      ("Argo Blockchain", 1646.0, "2021-01-01", "2021-10-31", None)]),
    ("Riot produced 206 bitcoin in April. For the year to date, output totals 697 bitcoin, 79% above the same stretch "
     "of last year.", "2021-05-10", "btc_mined",
     [("Riot Platforms", 206.0, "2021-04-01", "2021-04-30", None),
      ("Riot Platforms", 697.0, "2021-01-01", "2021-04-30", None)]),
    ("Through the first ten months of 2022 Bitfarms mined 4,219 BTC, a 53% increase over the 2,750 BTC it mined in "
     "the same ten months of 2021.", "2022-11-01", "btc_mined",
     [("Bitfarms", 4219.0, "2022-01-01", "2022-10-31", None), ("Bitfarms", 2750.0, "2021-01-01", "2021-10-31", None)]),
    # a figure in a "when" clause is of the period before it
    ("HIVE mined 830 Bitcoin in the quarter ended December 31, 2023, 5% more than in the same quarter a year earlier, "
     "when HIVE mined 787 Bitcoin.", "2024-02-12", "btc_mined",
     [("HIVE Digital Technologies", 830.0, "2023-10-01", "2023-12-31", None),
      ("HIVE Digital Technologies", 787.0, "2022-10-01", "2022-12-31", None)]),
    # a row label's month, under a header of companies
    ("|                                   | BTDR | CLSK |\n|-----------------------------------|------|------|\n"
     "| May (post-halving) BTC production | 184  | 417  |", "2024-06-11", "btc_mined",
     [("Bitdeer", 184.0, "2024-05-01", "2024-05-31", None), ("CleanSpark", 417.0, "2024-05-01", "2024-05-31", None)]),
    # a calendar year not over by publication is the year so far; "Current hashrate:" is today's
    ("CleanSpark Releases October 2023 Bitcoin Mining Update\n\nBitcoin mined in October: 633\nCY2023 bitcoin mined: "
     "6,005\nCurrent hashrate: 10.02 EH/s", "2023-11-02", "btc_mined",
     [("CleanSpark", 633.0, "2023-10-01", "2023-10-31", None),
      ("CleanSpark", 6005.0, "2023-01-01", "2023-10-31", None)]),
    ("CleanSpark Releases October 2023 Bitcoin Mining Update\n\nCurrent hashrate: 10.02 EH/s\n\n\"Reaching 10 EH/s "
     "shows what the fleet can do,\" said the CEO.", "2023-11-02", "hashrate",
     [("CleanSpark", 10.02, None, "2023-11-02", "operational")]),
    # the precise statement of a figure the headline rounds
    ("CleanSpark mines 573 bitcoin in January, lifts treasury above 13,500 BTC\n\nThe miner held 13,522 BTC at the end "
     "of January.", "2026-02-03", "btc_held",
     [("CleanSpark", 13522.0, None, "2026-01-31", None)]),
    # bullets under a dated lead-in line take its date; the sum of two facilities is no loan
    ("Marathon Digital Adds Term Loan\n\nCombined facilities provide up to $200 million of bitcoin-secured borrowing "
     "capacity.\n\nOn July 28, 2022, the Company and Silvergate entered into two agreements:\n\n- A $100 million "
     "revolving credit facility with Silvergate.\n- Marathon drew $50 million under a new term loan when the agreement "
     "closed.", "2022-08-01", "loan",
     [("MARA Holdings", 100_000_000.0, None, "2022-07-28", "facility"),
      ("MARA Holdings", 50_000_000.0, None, "2022-07-28", "borrowed")]),
    # "owned", but not "wholly owned sites"
    ("Hive continues to hold what it mines. As of May 2, it owned 2,832 BTC and 15,914 ETH.", "2022-05-09",
     "btc_held",
     [("HIVE Digital Technologies", 2832.0, None, "2022-05-02", None)]),
    # "today" makes a figure the fleet's, even beside a goal; a proposal's "would hold on to" is none
    ("Cipher Mining: Hashrate of ~8.7 EH/s today, on track for ~13.5 EH/s by the end of 2024.", "2024-08-13",
     "hashrate",
     [("Cipher Mining", 8.7, None, "2024-08-13", "operational"),
      ("Cipher Mining", 13.5, None, "2024-12-31", "target")]),
    ("Greenidge Generation, the Nasdaq-listed miner, would hold on to rigs with about 1.2 EH/s of capacity.",
     "2022-12-21", "hashrate",
     []),
])
def test_real_article_batch_53_54_more_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a deck line's figure restates the body's, which is dated by the month the story reports
    ("CleanSpark mines record 806 BTC in March\n\nHashrate climbs to 16.4 EH/s as the miner sticks with its goal\n\n"
     "CleanSpark (CLSK) mined a record 806 bitcoin in March, the company said on Tuesday.\n\nThe Nevada-based miner "
     "said its operational hashrate rose to 16.4 EH/s by the end of the month.", "2024-04-02", "hashrate",
     [("CleanSpark", 16.4, None, "2024-03-31", "operational")]),
    # "the first half of calendar 2024", and "the end of the year" of the year just named ahead of publication
    ("CleanSpark CEO Zach Bradford said: \"We expect to exit the first half of calendar 2024 at 20 EH/s and we have "
     "clear line of sight to 32 EH/s by the end of the year.\"", "2023-12-05", "hashrate",
     [("CleanSpark", 20.0, None, "2024-06-30", "target"), ("CleanSpark", 32.0, None, "2024-12-31", "target")]),
    # but a past year named before leaves "the end of the year" to publication's
    ("Riot mined 6,626 BTC in 2023 and expects to reach 31 EH/s by the end of the year.", "2024-01-05", "hashrate",
     [("Riot Platforms", 31.0, None, "2024-12-31", "target")]),
    ("Bitfarms expects to reach 21 EH/s in the fourth quarter of calendar 2024.", "2024-02-10", "hashrate",
     [("Bitfarms", 21.0, None, "2024-12-31", "target")]),
    # "across the month": the month the story reports, not the month compared
    ("CleanSpark produced 694 bitcoin in May.\n\nOperational hashrate stood at 45.6 EH/s at the end of May, a 7.5% "
     "increase from where it closed April, while the fleet averaged 42.5 EH/s across the month.", "2025-06-03",
     "hashrate",
     [("CleanSpark", 45.6, None, "2025-05-31", "operational"),
      ("CleanSpark", 42.5, "2025-05-01", "2025-05-31", "average")]),
    # a definition's present tense does not date the figure at publication
    ("MARA Holdings mined 750 bitcoin in January.\n\nIts energized hashrate, a gauge of the computing power it has "
     "plugged in and running, rose 1% from December to 54.3 exahashes per second (EH/s).", "2025-02-04", "hashrate",
     [("MARA Holdings", 54.3, None, "2025-01-31", "energized")]),
])
def test_heading_echo_and_period_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a total mostly of customers' coins, over its sub-rows: the miner's own sub-row is the fact
    ("BitFuFu April 2026 production\n\n| Metric | April 2026 | March 2026 |\n| Total BTC produced | 318 | 395 |\n"
     "| - from BitFuFu self-mining | 96 | 128 |\n| - by cloud-mining customers | 222 | 267 |\n", "2026-05-14",
     "btc_mined",
     [("BitFuFu", 96.0, "2026-04-01", "2026-04-30", None), ("BitFuFu", 128.0, "2026-03-01", "2026-03-31", None)]),
    # "unencumbered bitcoin", "unrestricted BTC" are the balance when no total is given; a split's parts are not
    ("Even after selling more than it produced, Hut 8 reported 9,233 unencumbered bitcoin in reserve as of May 31.",
     "2023-06-26", "btc_held", [("Hut 8", 9233.0, None, "2023-05-31", None)]),
    ("Riot Platforms held 19,273 BTC at the end of June. Its filings split the stack into 16,023 unrestricted coins "
     "and 3,250 restricted ones.", "2025-07-10", "btc_held", [("Riot Platforms", 19273.0, None, "2025-06-30", None)]),
    # the date nearest the signing verb, not that of the agreement it replaces
    ("On October 27, 2022, Stronghold closed a new credit agreement with WhiteHawk that replaces the equipment "
     "financing it signed in June 2021. The facility combines about $35.1 million of term loans with a $23.0 million "
     "delayed draw facility, for total commitments of roughly $58.1 million.", "2022-11-01", "loan",
     [("Stronghold Digital Mining", 58_100_000.0, None, "2022-10-27", "facility")]),
    # a lender's name after "for its earlier": the borrower's repayment
    ("On October 26, 2022, Stronghold completed the last handover of miners that had served as collateral for its "
     "earlier NYDIG loans, and in return approximately $2.1 million of principal was extinguished. With that "
     "delivery, the Company has eliminated approximately $67.4 million of outstanding principal.", "2022-11-01",
     "loan",
     [("Stronghold Digital Mining", 2_100_000.0, None, "2022-10-26", "repaid"),
      ("Stronghold Digital Mining", 67_400_000.0, None, "2022-10-26", "repaid")]),
    # "a $15 million tranche" added to a facility is its increment
    ("Hut 8 amended its credit facility with Coinbase, adding a $15 million term loan tranche and bringing total "
     "capacity under the facility to $65 million.", "2024-01-12", "loan",
     [("Hut 8", 65_000_000.0, None, "2024-01-12", "outstanding")]),
    # ", when ... entered into a $50 million": the date before the clause
    ("The facility dates from June 26, 2023, when Hut 8 Mining entered into a $50 million credit agreement with "
     "Coinbase Credit, months before its merger, which closed in November 2023.", "2024-01-12", "loan",
     [("Hut 8", 50_000_000.0, None, "2023-06-26", "facility")]),
    # a balance the note had carried is replaced by the one after the amendment; a right to prepay is no repayment
    ("Greenidge amended the promissory note it issued to B. Riley. The note had carried a principal balance of "
     "roughly $11 million; after the amendment, its remaining cash obligations under the note total approximately $9 "
     "million. The agreement also allows Greenidge to make a voluntary prepayment.", "2023-01-31", "loan",
     [("Greenidge Generation", 9_000_000.0, None, "2023-01-31", "outstanding")]),
    # machines counted with a combined hashrate; machines bought are installed hashrate at publication
    ("- At April 30, 2023, 11,513 bitcoin miners with a combined 1.20 EH/s were actively hashing for Bit Digital.\n"
     "- In April, Bit Digital agreed to buy 3,600 S19 miners, together rated at approximately 324 PH/s.",
     "2023-05-03", "hashrate",
     [("Bit Digital", 1.2, None, "2023-04-30", "operational"),
      ("Bit Digital", 0.324, None, "2023-05-03", "installed")]),
    # self-mining and hosting together are not the miner's fleet
    ("Mawson's self-mining hash rate was about 1.4 Exahash at April 30. Combined self-mining and hosting co-location "
     "ran at about 2.4 Exahash at month end.", "2022-05-12", "hashrate",
     [("Mawson Infrastructure", 1.4, None, "2022-04-30", "operational")]),
    # "helped by the deployment" names no kind of the compared figure
    ("DMG's realized hashrate averaged 1.93 EH/s in April, compared with 1.82 EH/s in March, helped by the "
     "deployment of more machines.", "2025-05-05", "hashrate",
     [("DMG Blockchain Solutions", 1.93, "2025-04-01", "2025-04-30", "average"),
      ("DMG Blockchain Solutions", 1.82, "2025-03-01", "2025-03-31", "average")]),
    # a comparison's base, "the level a year earlier", is no date
    ("As of Sept. 30, 2024, TeraWulf's self-mining hashrate capacity was 10.0 EH/s, double the level a year "
     "earlier.", "2024-11-12", "hashrate",
     [("TeraWulf", 10.0, None, "2024-09-30", "capacity")]),
    # a balance after a sale is held, not sold
    ("Even after April's sales, Riot still had 19,211 BTC in its treasury as of April 30.", "2025-05-05",
     "btc_held",
     [("Riot Platforms", 19211.0, None, "2025-04-30", None)]),
    # "28% above August" compares; the list's month is September
    ("Riot Platforms reported its September numbers:\n– 412 BTC mined, 28% above August.", "2024-10-03",
     "btc_mined",
     [("Riot Platforms", 412.0, "2024-09-01", "2024-09-30", None)]),
])
def test_real_article_batch_55_56_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a standing pledge in its own clause, on the balance's day; "N of its bitcoin" is a figure
    ("At the end of September, Marathon owed Silvergate Bank $50 million on a term loan and had $30 million drawn on "
     "its revolving credit line with the same bank, and 3,828 of its bitcoin were pledged as collateral against those "
     "borrowings.", "2022-10-05", "loan",
     [("MARA Holdings", 50_000_000.0, None, "2022-09-30", "outstanding"),
      ("MARA Holdings", 30_000_000.0, None, "2022-09-30", "outstanding"),
      ("MARA Holdings", None, None, "2022-09-30", "collateral_posted")]),
    # a part of the treasury ("N of its bitcoin") is not the balance
    ("MARA lends out part of its stack to trading firms, and had about 16,000 of its bitcoin out on loan at "
     "quarter-end.", "2025-10-23", "btc_held",
     []),
    ("Riot sold 1,500 of its bitcoin in April to fund its expansion.", "2025-05-05", "btc_sold",
     [("Riot Platforms", 1500.0, "2025-04-01", "2025-04-30", None)]),
    # collateral told as a total after "as collateral with the lender"
    ("LM Funding drew an additional $5.0 million under its credit facility with Two Prime on October 14, 2025.\n\n"
     "- Bitcoin posted as collateral with Two Prime totaled 160 BTC at October 31, 2025", "2025-11-06", "loan",
     [("LM Funding America", 5_000_000.0, None, "2025-10-14", "borrowed"),
      ("LM Funding America", None, None, "2025-10-31", "collateral_posted")]),
    # a lender's note is a loan, not a bond
    ("As part of the same package, Greenidge prepaid $10 million of a note held by B. Riley Commercial Capital in "
     "December.", "2023-02-01", "loan",
     [("Greenidge Generation", 10_000_000.0, None, "2022-12-31", "repaid")]),
    # "outstanding on that note": the loan just named
    ("Celsius Mining lent Mawson's Luna Squares unit $20 million in February 2022, and Mawson reported $8.54 million "
     "outstanding on that note at the end of 2023.", "2024-03-01", "loan",
     [("Mawson Infrastructure", 20_000_000.0, None, "2022-02-28", "borrowed"),
      ("Mawson Infrastructure", 8_540_000.0, None, "2023-12-31", "outstanding")]),
    # a sale's proceeds put toward a loan: a repayment on the sale's date, not the later balance's
    ("Core Scientific sold 7,202 BTC in June for about $167 million and used part of the money to pay down equipment "
     "debt, leaving it with 1,051 BTC at the end of November.", "2022-12-23", "loan",
     [("Core Scientific", None, None, "2022-06-30", "repaid")]),
    ("DMG liquidated 24 BTC in December, applied mainly to a further paydown of its loan with Sygnum Bank.",
     "2026-01-06", "loan",
     [("DMG Blockchain Solutions", None, None, "2025-12-31", "repaid")]),
    # "May" the month is no intent
    ("DMG used part of its May production to pay down its loan from Sygnum Bank.", "2025-06-05", "loan",
     [("DMG Blockchain Solutions", None, None, "2025-05-31", "repaid")]),
    ("Argo sold 887 BTC in June and put the proceeds toward the Galaxy loan.", "2022-07-05", "loan",
     [("Argo Blockchain", None, None, "2022-06-30", "repaid")]),
    # paying down equipment financing as a habit is no repayment
    ("Stronghold mined 161 BTC in April and sold its entire production for about $6.4 million, as it pays down "
     "equipment financing.", "2022-05-05", "loan",
     []),
    # "lowered its debt by $50 million" with no new balance: the step was repaid
    ("Marathon said it finished prepaying its term loan on March 8, a step that lowered its debt by $50 million.",
     "2023-03-08", "loan",
     [("MARA Holdings", 50_000_000.0, None, "2023-03-08", "repaid")]),
    # an executive restating the figure; a value of coins; a yearly saving
    ("Marathon said it finished prepaying its term loan on March 8, a step that lowered its debt by $50 million.\n\n"
     "\"We have taken roughly $50 million of leverage off the balance sheet, freed about $75 million worth of bitcoin "
     "that had been parked behind the term loan, and we expect to save around $5 million a year in cash interest,\" "
     "the CFO said.", "2023-03-08", "loan",
     [("MARA Holdings", 50_000_000.0, None, "2023-03-08", "repaid")]),
    # "cleared the entire $30 million drawn on": the draw repaid
    ("In January Marathon disclosed that during December it had cleared the entire $30 million drawn on its "
     "Silvergate revolving line.", "2023-03-08", "loan",
     [("MARA Holdings", 30_000_000.0, None, "2022-12-31", "repaid")]),
    # total debt carried
    ("Even with that obligation gone, Hut 8 is still carrying about $290 million of debt.", "2024-10-01", "loan",
     [("Hut 8", 290_000_000.0, None, "2024-10-01", "outstanding")]),
    # an offer turned down, a plan's new money, an asset's worth
    ("B. Riley, one of Core Scientific's largest creditors, had offered a $72 million rescue loan in mid-December. "
     "Core Scientific turned it down.", "2023-01-05", "loan",
     []),
    ("Core Scientific values its property and equipment at about $99 million, far short of what it owes on its "
     "loans.", "2022-10-31", "loan",
     []),
    # "Core" once Core Scientific is named; a list of tranches, each with its own date
    ("Core Scientific took loans from BlockFi. Core's SEC filing says the miner drew two tranches from BlockFi: "
     "$60 million in December 2021, and a further $20 million carrying 13.1% interest.", "2022-10-31", "loan",
     [("Core Scientific", 60_000_000.0, None, "2021-12-31", "borrowed"),
      ("Core Scientific", 20_000_000.0, None, "2022-10-31", "borrowed")]),
    ("Bitcoin Core developers shipped a release. Core Scientific mined 1,221 BTC in November.", "2022-12-05",
     "btc_mined",
     [("Core Scientific", 1221.0, "2022-11-01", "2022-11-30", None)]),
    # a headline figure that rounds the body's loan restates it
    ("Argo Blockchain gets $20M Bitcoin-backed loan from Galaxy Digital\n\nArgo said on Tuesday that it had agreed a "
     "six-month loan of 14 million pounds with Galaxy Digital, about $19.4 million at the time.", "2021-06-29",
     "loan",
     [("Argo Blockchain", 19_400_000.0, None, "2021-06-29", "borrowed")]),
    # bitcoin's price in a loan story
    ("Gryphon has paid off its equipment loan from Anchorage Digital, using cash from a November sell-off of bitcoin "
     "that took advantage of the rally to nearly $100,000.", "2024-12-05", "loan",
     [("Gryphon Digital Mining", None, None, "2024-12-05", "repaid")]),
    # a person with a title after the name is not an unknown company
    ("Bitfarms mined 286 BTC in March. Ben Gagnon, the company's Chief Mining Officer, said the program is designed to "
     "lift hash rate to 21 EH/s by the end of the year.", "2024-04-04", "hashrate",
     [("Bitfarms", 21.0, None, "2024-12-31", "target")]),
    # machines switched off are not the fleet
    ("With about 3.6 EH/s of machines now switched off, Iris Energy said its computing capacity stands at roughly "
     "2.4 EH/s.", "2022-11-21", "hashrate",
     [("IREN", 2.4, None, "2022-11-21", "capacity")]),
    # "before year-end"; a site in the opening clause
    ("Marathon expects its capacity to reach 26 EH/s before year-end.", "2023-11-09", "hashrate",
     [("MARA Holdings", 26.0, None, "2023-12-31", "target")]),
    ("Riot produced 1,106 BTC in the third quarter. Having repaired the storm damage at its Texas site, it says its "
     "hash rate capacity has now climbed to a record 10.9 EH/s.", "2023-11-09", "hashrate",
     [("Riot Platforms", 10.9, None, "2023-11-09", "capacity")]),
    # others' deadline in a headline
    ("IREN hits 31 EH/s as miners race to add hashrate before year end", "2024-12-05", "hashrate",
     [("IREN", 31.0, None, "2024-12-05", "operational")]),
    # the start of a year
    ("CleanSpark had 1.9 EH/s of hash rate at the start of 2022 and runs 6.0 EH/s today.", "2022-12-22", "hashrate",
     [("CleanSpark", 1.9, None, "2022-01-01", "operational"), ("CleanSpark", 6.0, None, "2022-12-22", "operational")]),
    # a goal told now is dated by its own deadline
    ("On the back of the acquisition, Riot now guides to 36 EH/s of deployed hash rate by the end of 2024.",
     "2024-08-09", "hashrate",
     [("Riot Platforms", 36.0, None, "2024-12-31", "target")]),
    # the balance carried into a year is the year before's closing one
    ("Core Scientific said it expects to have sold the entire stack of roughly 2,500 bitcoin it carried into 2026.",
     "2026-03-03", "btc_held",
     [("Core Scientific", 2500.0, None, "2025-12-31", None)]),
    ("Riot entered 2026 with 19,287 BTC on its balance sheet.", "2026-03-03", "btc_held",
     [("Riot Platforms", 19287.0, None, "2025-12-31", None)]),
    # "an 18% increase on July", "slightly below July": comparison bases, not the figure's month
    ("Sphere 3D Provides August 2023 Production Update\n\n- Operating hash rate at month end reached 1.3 EH/s, an 18% "
     "increase on July and 13 times the level of August 2022.", "2023-09-11", "hashrate",
     [("Sphere 3D", 1.3, None, "2023-08-31", "operational")]),
    ("Sphere 3D Provides August 2023 Production Update\n\n\"We mined 58.3 Bitcoin, up 359% on the same month last year "
     "and slightly below July,\" said the CEO.", "2023-09-11", "btc_mined",
     [("Sphere 3D", 58.3, "2023-08-01", "2023-08-31", None)]),
    # the site's hash rate from now to a target stays the site's
    ("Riot ordered miners. After deployment, self-mining hash rate at the Rockdale Facility is expected to climb from "
     "12.4 EH/s today to roughly 15.1 EH/s.", "2024-02-27", "hashrate",
     []),
    # proceeds applied to reduce the Company's loan
    ("Argo sold 637 BTC in June. The proceeds were applied to reduce the Company's bitcoin-backed loan with Galaxy "
     "Digital.", "2022-07-07", "loan",
     [("Argo Blockchain", None, None, "2022-06-30", "repaid")]),
    # the event before a foreign amount's dollar conversion
    ("Under the new agreement Argo has borrowed £18.05 million (approximately US$25 million) from Galaxy, secured on "
     "bitcoin.", "2021-09-10", "loan",
     [("Argo Blockchain", 25_000_000.0, None, "2021-09-10", "borrowed")]),
    # coins bought inside a sale total are no sale; a balance of bought coins is still a balance
    ("Bitfarms sold 3,309 BTC in the fourth quarter of 2022, a total that includes the 1,000 coins it bought in "
     "October.", "2023-01-10", "btc_sold", [("Bitfarms", 3309.0, "2022-10-01", "2022-12-31", None)]),
    ("Bitfarms holds 1,000 BTC it bought in January.", "2022-12-22", "btc_held",
     [("Bitfarms", 1000.0, None, "2022-12-22", None)]),
])
def test_real_article_batch_57_58_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # "this year" after a perfect-tense flow figure is the year to date; after a goal, the year's end
    ("Through the end of September, Riot Blockchain has mined 2,457 BTC this year, about 236% more than in the first "
     "nine months of 2020.", "2021-10-06", "btc_mined",
     [("Riot Platforms", 2457.0, "2021-01-01", "2021-09-30", None)]),
    ("\"We are on track to reach 35 to 37 exahashes this year,\" Marathon Digital's chief executive said.",
     "2024-06-04", "hashrate",
     [("MARA Holdings", 37.0, None, "2024-12-31", "target")]),
    # "this year" dates no balance in the same clause
    ("Marathon, which ended October with 8,133 BTC on its balance sheet, has not sold any of the coins it has mined "
     "this year.", "2021-11-18", "btc_held",
     [("MARA Holdings", 8133.0, None, "2021-10-31", None)]),
    # a running total of the year is not cut at a month the story names long before publication
    ("Bitfarms bought 1,000 BTC in January.\n\nCleanSpark has produced 4,157 BTC so far in calendar 2022, up from "
     "1,528 BTC in calendar 2021.", "2022-12-22", "btc_mined",
     [("CleanSpark", 4157.0, "2022-01-01", "2022-12-22", None),
      ("CleanSpark", 1528.0, "2021-01-01", "2021-12-31", None)]),
    # the month of a price is not the period a story reports
    ("Bitcoin touched roughly $125,000 in October before falling back.\n\nThe figures below are each company's latest "
     "reported hashrate.\n\n  • MARA Holdings: hashrate 60.4 EH/s, market value $3.8 billion", "2025-12-19",
     "hashrate",
     [("MARA Holdings", 60.4, None, "2025-12-19", "operational")]),
    # a condition's tense ("once ... it has on order are installed") is not the figure's
    ("Riot produced 467 BTC in April.\n\nRiot held approximately 6,279 BTC at April 30. Its deployed fleet had a hash "
     "rate capacity of about 4.6 EH/s, and the company expects to reach 12.8 EH/s by the first quarter of 2023, once "
     "all of the Antminers it has on order are installed.", "2022-05-09", "hashrate",
     [("Riot Platforms", 4.6, None, "2022-04-30", "deployed"), ("Riot Platforms", 12.8, None, "2023-03-31", "target")]),
    # a balance named before its bare figure
    ("Hut 8's Bitcoin balance stood at 4,729 on September 30, 2021, with a market value of $263.8 million.",
     "2021-11-10", "btc_held",
     [("Hut 8", 4729.0, None, "2021-09-30", None)]),
    ("Argo Blockchain said its BTC holdings totalled 1,747 at 31 August 2021.", "2021-09-02", "btc_held",
     [("Argo Blockchain", 1747.0, None, "2021-08-31", None)]),
    ("Hut 8's bitcoin holdings were worth $263.8 million at September 30, 2021.", "2021-11-10", "btc_held",
     []),
    # a debt brought down from a dated level to a new one: both balances
    ("\"We have brought our debt down nearly 85%, from a peak of $165 million in June 2022 to $25 million today,\" "
     "said Bitfarms' chief financial officer.", "2023-02-09", "loan",
     [("Bitfarms", 165_000_000.0, None, "2022-06-30", "outstanding"),
      ("Bitfarms", 25_000_000.0, None, "2023-02-09", "outstanding")]),
    # an undated old level is no balance (the cut between the two is the repayment)
    ("Greenidge's secured debt owed to NYDIG was cut from approximately $76 million to approximately $17 million.",
     "2023-02-01", "loan",
     [("Greenidge Generation", 17_000_000.0, None, "2023-02-01", "outstanding"),
      ("Greenidge Generation", 59_000_000.0, None, "2023-02-01", "repaid")]),
    # a list of debts settled under one verb: each is repaid, by the borrower named before
    ("Argo Blockchain agreed to sell its Helios site. On completion, the sale proceeds and part of the Galaxy loan will be "
     "applied to settle approximately US$84 million owed to NYDIG ABL LLC, a figure that covers principal and fees, and "
     "approximately US$1 million owed to North Mill Commercial Finance, LLC.", "2022-12-28", "loan",
     [("Argo Blockchain", 84_000_000.0, None, "2022-12-28", "repaid"),
      ("Argo Blockchain", 1_000_000.0, None, "2022-12-28", "repaid")]),
    # a net figure and headroom are no loan's
    ("- Taken together, the steps lower Argo Blockchain's total indebtedness by a net amount of roughly US$41 million.",
     "2022-12-28", "loan",
     []),
    ("That leaves CleanSpark with about $400 million of committed credit that it has not drawn.", "2025-11-26", "loan",
     []),
    # a loan under an agreement signed in the paragraph before takes its date
    ("In June 2024, a wholly-owned subsidiary of Canaan signed master loan agreements with two financial institutions.\n\n"
     "Under the agreement with Lender A, the subsidiary borrowed US$8.04 million, secured by 200 BTC.", "2024-09-03",
     "loan",
     [("Canaan", 8_040_000.0, None, "2024-06-30", "borrowed")]),
    # "acquired" after a figure is a purchase, not production
    ("As of September 30, 2021, Marathon Digital's bitcoin holdings of approximately 7,035 BTC comprised coins produced by "
     "its mining operations since inception plus the 4,812.66 BTC acquired in January.", "2021-10-04", "btc_mined",
     []),
    # "which it continues to target for": the figure's date
    ("Marathon Digital expects its fleet to generate approximately 13.3 EH/s, which it continues to target for the "
     "middle of 2022.", "2021-10-04", "hashrate",
     [("MARA Holdings", 13.3, None, "2022-06-30", "target")]),
    # a headline's period before a semicolon does not date the loan after it
    ("Marathon Digital Holdings Reports Q3 2021 Bitcoin Production; Closes $100 Million Revolving Credit Facility with "
     "Silvergate Bank", "2021-10-04", "loan",
     [("MARA Holdings", 100_000_000.0, None, "2021-10-04", "facility")]),
    # a subsidiary named with its defined term, then "a wholly-owned Bitfarms subsidiary", beside its mining facility
    ("Backbone Mining Solutions LLC (\"BMS\"), a wholly-owned Bitfarms subsidiary that operates the Company's 20 MW mining "
     "facility in Washington State, entered into a US$32 million equipment financing facility with BlockFi on February "
     "18, 2022.", "2023-02-09", "loan",
     [("Bitfarms", 32_000_000.0, None, "2022-02-18", "facility")]),
    # paying the lender is a repayment
    ("On February 8, 2023, Bitfarms paid BlockFi US$7.75 million in cash, and BlockFi released the subsidiary from its "
     "loan obligations.", "2023-02-09", "loan",
     [("Bitfarms", 7_750_000.0, None, "2023-02-08", "repaid")]),
    # a repayment only as a condition
    ("The restriction on Cipher Mining's pledged coins ends when the balance drawn on the facility is repaid.",
     "2025-02-25", "loan",
     []),
    # a span from one month to another
    ("TeraWulf self-mined 810 bitcoin from the start of mining in March 2022 through February 2023.", "2023-03-30",
     "btc_mined",
     [("TeraWulf", 810.0, "2022-03-01", "2023-02-28", None)]),
    # fleets that include hosted machines are not the company's own
    ("- TeraWulf ended 2022 with 18,000 deployed miners, including hosted machines, representing 2.0 EH/s of hash rate "
     "capacity", "2023-03-30", "hashrate",
     []),
    ("Core Scientific expects to operate more than 30 EH/s in its data centers by the end of 2022, including hosted "
     "customers.", "2022-07-06", "hashrate",
     []),
    # a date's year is no BTC figure
    ("- Digihost mined 72.18 BTC in June, bringing total holdings to 293.30 BTC at month end, worth approximately $5.8 "
     "million at the June 30, 2022 BTC price of $19,785.", "2022-07-05", "btc_held",
     [("Digihost", 293.3, None, "2022-06-30", None)]),
    # "leaving N Bitcoin in holdings" is a balance
    ("Sphere 3D sold 42.3 Bitcoin during the month, slightly more than it mined, to fund operations, leaving 23.8 "
     "Bitcoin in holdings at February 29, 2024.", "2024-03-22", "btc_held",
     [("Sphere 3D", 23.8, None, "2024-02-29", None)]),
    # a gap to an earlier figure is no fleet
    ("Bitdeer's proprietary hash rate was about 0.3 EH/s lower than the 5.7 EH/s reported as of March 31, 2023.",
     "2023-06-12", "hashrate",
     [("Bitdeer", 5.7, None, "2023-03-31", "operational")]),
    # a timetable names a target; a machine's average efficiency is no average hashrate
    ("- IREN's timetable for 50 EH/s brought forward to H1 2025", "2024-12-06", "hashrate",
     [("IREN", 50.0, None, "2025-06-30", "target")]),
    ("IREN had 28 EH/s of miners installed at the end of November, at an average efficiency of 15 J/TH, compared with "
     "21 EH/s at the end of October.", "2024-12-06", "hashrate",
     [("IREN", 28.0, None, "2024-11-30", "installed"), ("IREN", 21.0, None, "2024-10-31", "installed")]),
    # "October's 19.9 EH/s" is October's
    ("Riot Platforms mined 505 BTC in May, below April's 517 BTC.", "2024-06-04", "btc_mined",
     [("Riot Platforms", 505.0, "2024-05-01", "2024-05-31", None),
      ("Riot Platforms", 517.0, "2024-04-01", "2024-04-30", None)]),
    # an aside about "the company" dates nothing
    ("MARA Holdings raised money. The company, which changed its name from Marathon Digital Holdings in August, said on "
     "Tuesday that it has obtained a $200 million line of credit.", "2024-10-15", "loan",
     [("MARA Holdings", 200_000_000.0, None, "2024-10-15", "facility")]),
    # a limit raised, then a line added "that same month"
    ("CleanSpark signed a master loan agreement with Coinbase in August 2024.\n\nThe limit was raised more than once: to "
     "$200 million in April 2025, and then to an indicative capacity of $300 million in September 2025. That same month "
     "the miner added a separate $100 million bitcoin-backed line with Two Prime.", "2025-11-26", "loan",
     [("CleanSpark", 200_000_000.0, None, "2025-04-30", "facility"),
      ("CleanSpark", 300_000_000.0, None, "2025-09-30", "facility"),
      ("CleanSpark", 100_000_000.0, None, "2025-09-30", "facility")]),
    # "the company" after another miner's sentence in a story's paragraph
    ("Riot Platforms is on course to take its hash rate to 41 exahashes per second by the end of 2025.\n\nMarathon "
     "Digital Holdings also posted a wider-than-expected second-quarter loss. Even so, the company still expects to end "
     "2024 with a hash rate of 50 exahashes per second.", "2024-08-16", "hashrate",
     [("Riot Platforms", 41.0, None, "2025-12-31", "target"), ("MARA Holdings", 50.0, None, "2024-12-31", "target")]),
    # a goal of holding is no holding
    ("Early in the year Hut 8 adopted a formal HODL strategy with the goal of owning at least 5,000 bitcoin by 2022.",
     "2021-11-10", "btc_held",
     []),
    # "month-end" before the noun
    ("Cipher Mining mined 160 BTC in April.\n\nCipher kept its month-end operating hashrate steady at 13.5 EH/s.",
     "2025-05-03", "hashrate",
     [("Cipher Mining", 13.5, None, "2025-04-30", "operational")]),
    # a bare comparison figure after a percentage
    ("- Greenidge mined 609 bitcoin in the fourth quarter, 167% more than the 228 it produced in the final quarter of "
     "2020.", "2022-03-31", "btc_mined",
     [("Greenidge Generation", 609.0, "2021-10-01", "2021-12-31", None),
      ("Greenidge Generation", 228.0, "2020-10-01", "2020-12-31", None)]),
])
def test_real_article_batch_59_60_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a list of lenders ends an opening phrase: "the company" is still the miner
    ("Core Scientific warned of a cash squeeze. Across financing deals with lenders such as BlockFi and Trinity "
     "Capital, the company owed about $235 million at the end of October.", "2022-11-22", "loan",
     [("Core Scientific", 235_000_000.0, None, "2022-10-31", "outstanding")]),
    # a lender named as the loans' modifier is no subject
    ("Iris Energy is handing machines back. The biggest of the three NYDIG facilities, a $68 million equipment loan "
     "signed in February, carried the highest rate.", "2022-12-20", "loan",
     [("IREN", 68_000_000.0, None, "2022-02-28", "facility")]),
    # a registry miner's short name, once the text names it in full
    ("Applied Digital bought a site in Texas.\n\nAt Feb. 28, Applied had about $48.1 million of debt outstanding, most "
     "of it secured by its data centers.", "2023-04-11", "loan",
     [("Applied Digital", 48_100_000.0, None, "2023-02-28", "outstanding")]),
    # a supplier named with "our" before its machines is no subject
    ("HIVE Digital said: \"We expect to reach 7 EH/s by February 2025 as our Bitmain S21 units arrive, and our new "
     "Paraguay build is meant to take us to 12 EH/s by the end of October 2025.\"", "2024-11-20", "hashrate",
     [("HIVE Digital Technologies", 7.0, None, "2025-02-28", "target"),
      ("HIVE Digital Technologies", 12.0, None, "2025-10-31", "target")]),
    ("HIVE Digital's chief executive said the company will be at 6.5 exahash by the end of October as the last of the "
     "Bitmain units go live, and with the new site we're aiming for 12 exahash by the end of calendar 2025.",
     "2024-08-20", "hashrate",
     [("HIVE Digital Technologies", 6.5, None, "2024-10-31", "target"),
      ("HIVE Digital Technologies", 12.0, None, "2025-12-31", "target")]),
    # a person with an honorific is no organisation
    ("BitFuFu Inc. (Nasdaq: FUFU) reported its update. Mr. Lu said the Company expects self-mining hashrate of about "
     "6.5 EH/s by the end of the third quarter of 2026.", "2026-03-05", "hashrate",
     [("BitFuFu", 6.5, None, "2026-09-30", "target")]),
    # the old goal's words in the clause before do not supersede the new guidance
    ("\"We now expect approximately 27 EH/s by the end of 2023, up from the 24 EH/s we had been targeting, and we are "
     "setting guidance of 36 to 38 EH/s by the end of 2024,\" Marathon Digital's chief executive said.", "2023-11-02",
     "hashrate",
     [("MARA Holdings", 27.0, None, "2023-12-31", "target"), ("MARA Holdings", 38.0, None, "2024-12-31", "target")]),
    # "and said it" keeps the subject; a host named by "at ... sites" is not it
    ("American Bitcoin now runs about 25 EH/s, mostly at Hut 8 sites in Alberta, and said it is on track to reach "
     "48 EH/s by mid-2026.", "2025-12-04", "hashrate",
     [("American Bitcoin", 25.0, None, "2025-12-04", "operational"),
      ("American Bitcoin", 48.0, None, "2026-06-30", "target")]),
    ("American Bitcoin listed on Nasdaq.\n\nIts fleet runs mostly at sites operated by Hut 8 in Alberta. The company "
     "said it had about 11 EH/s of installed hashrate.", "2025-09-04", "hashrate",
     [("American Bitcoin", 11.0, None, "2025-09-04", "installed")]),
    # a roundup's table of companies with months as columns: each month's production
    ("Five miners lifted output in July.\n\nThe table below compares what each company reported mining in the last two "
     "months.\n\n| Miner | July 2021 (BTC) | June 2021 (BTC) | Change |\n|---|---|---|---|\n| Riot Blockchain | 440 | "
     "240 | 83% |\n| Bitfarms | 390 | 260 | 50% |", "2021-08-04", "btc_mined",
     [("Riot Platforms", 440.0, "2021-07-01", "2021-07-31", None),
      ("Riot Platforms", 240.0, "2021-06-01", "2021-06-30", None),
      ("Bitfarms", 390.0, "2021-07-01", "2021-07-31", None),
      ("Bitfarms", 260.0, "2021-06-01", "2021-06-30", None)]),
    # a count of miners as the subject is a group's total
    ("Five bitcoin miners listed in North America produced a combined 1,810 BTC last month, on average 57% more than "
     "in June.", "2021-08-04", "btc_mined",
     []),
    # a ratio column is neither coins nor hashrate
    ("| Rank | Miner | Bitcoin mined per EH/s, August |\n|---|---|---|\n| 1 | Bitfarms (BITF) | 141.2 |\n| 2 | "
     "CleanSpark (CLSK) | 128.0 |", "2022-09-10", "hashrate",
     []),
    # a day's rate after a bracketed dollar value
    ("Bitfarms said production rose 6% to a record 530 bitcoin in August, or 17.1 bitcoin ($350k) a day.",
     "2022-09-08", "btc_mined",
     [("Bitfarms", 530.0, "2022-08-01", "2022-08-31", None)]),
    # a motion up to a level is no bound
    ("Bitfarms said its average hashrate over August was 3.7 EH/s, and operational hashrate edged up to 3.9 EH/s by "
     "the last day of the month.", "2022-09-08", "hashrate",
     [("Bitfarms", 3.7, "2022-08-01", "2022-08-31", "average"), ("Bitfarms", 3.9, None, "2022-08-31", "operational")]),
    # a forecast it had before is superseded
    ("Iris Energy now guides to 4.8 EH/s of operating capacity at the close of 2022, up from the 4.4 EH/s it had "
     "forecast before.", "2022-09-08", "hashrate",
     [("IREN", 4.8, None, "2022-12-31", "target")]),
    ("Marathon Digital has raised its hash rate target for 2024 to 52 EH/s, up from the 35-37 EH/s range it had guided "
     "to earlier.", "2024-04-27", "hashrate",
     [("MARA Holdings", 52.0, None, "2024-12-31", "target")]),
    # another miner's clause keeps its own date
    ("IREN followed on June 30, when it said its installed hashrate had hit 50 EH/s, and Cango said it crossed the "
     "line on July 1.", "2025-07-05", "hashrate",
     [("IREN", 50.0, None, "2025-06-30", "installed")]),
    # a maker's sales are no fleet
    ("Canaan said total computing power sold in the quarter fell to 2.1 million TH/s, compared with 7.5 million TH/s a "
     "year earlier.", "2023-03-10", "hashrate",
     []),
    # a managed total is no fleet; the self-owned part is
    ("BitFuFu's managed hashrate reaches 35.0 EH/s", "2025-06-06", "hashrate",
     []),
    ("BitFuFu reported its update.\n\nThe 35.0 EH/s under management is made up of 4.3 EH/s of self-owned hashrate and "
     "30.7 EH/s supplied by customers.", "2025-06-06", "hashrate",
     [("BitFuFu", 4.3, None, "2025-06-06", "operational")]),
    # production on a cloud platform is the customers'
    ("BitFuFu said bitcoin production on its platform climbed to 410 BTC for the month.", "2025-06-06", "btc_mined",
     []),
    # a unit cost
    ("Producing one bitcoin cost TeraWulf $23,100 in the quarter, up from $6,700 a year earlier.", "2024-08-16",
     "btc_mined",
     []),
    # a debt's dollar value, and its month of pricing dates nothing
    ("Gryphon Digital Mining restructured its Anchorage loan. Gryphon still owed Anchorage 310 BTC, a balance worth "
     "about $19 million at October's average "
     "bitcoin price, the company said.", "2024-11-05", "loan",
     [("Gryphon Digital Mining", 19_000_000.0, None, "2024-11-05", "outstanding")]),
    # how a loan is repaid is no repayment
    ("Gryphon Digital Mining said that because the loan is repaid in bitcoin, what it owed rose as the price "
     "recovered.", "2024-11-05", "loan",
     []),
    # loans totaling a sum; an aside's doubt is not the loan's
    ("Iris Energy warned this month that it expects to default on limited-recourse loans totaling $110 million, which "
     "are secured by mining rigs.", "2022-11-29", "loan",
     [("IREN", 110_000_000.0, None, "2022-11-29", "outstanding")]),
    ("At Core Scientific, which has said it may need bankruptcy protection, the debts at the end of September included "
     "$40 million of rig-secured loans from NYDIG.", "2022-11-29", "loan",
     [("Core Scientific", 40_000_000.0, None, "2022-09-30", "outstanding")]),
    # a cut by a step: the step repaid, and the new balance
    ("Riot Platforms drew on its Coinbase credit line in May. On July 20 it made a payment that cut the balance by $15 "
     "million to $50 million.", "2025-08-05",
     "loan",
     [("Riot Platforms", 15_000_000.0, None, "2025-07-20", "repaid"),
      ("Riot Platforms", 50_000_000.0, None, "2025-07-20", "outstanding")]),
    ("- Bitfarms sold 1,400 BTC and used the money to pay down the Galaxy Digital facility by US$30 million",
     "2022-06-18", "loan",
     [("Bitfarms", 30_000_000.0, None, "2022-06-18", "repaid")]),
    # an amount drawn as of a date is a balance
    ("HIVE Digital Technologies reported results. At September 30, 2025, $11.0 million was drawn under the facility.",
     "2025-11-18", "loan",
     [("HIVE Digital Technologies", 11_000_000.0, None, "2025-09-30", "outstanding")]),
    # "early 2024" is the first quarter's end
    ("Iris Energy said it plans to grow its hash rate capacity to 9.3 EH/s by early 2024.", "2023-06-22", "hashrate",
     [("IREN", 9.3, None, "2024-03-31", "target")]),
    # a step of the fleet, and room on a site, are no fleet
    ("In November, Iris Energy had to cut its capacity by 3.5 EH/s after switching off machines.", "2023-06-22",
     "hashrate",
     []),
    ("Iris Energy says its sites would have room for roughly 14 EH/s of machines.", "2023-06-22", "hashrate",
     []),
    ("DMG Blockchain Solutions said the new site is expected to host about 1 EH/s of additional mining capacity.",
     "2025-07-03", "hashrate",
     []),
    # a 'respectively' list right before the word, after another figure
    ("Marathon runs about 25 EH/s, ahead of second-placed Core Scientific and third-placed Riot Platforms, at 17 EH/s "
     "and 12.5 EH/s, respectively.", "2024-04-27", "hashrate",
     [("MARA Holdings", 25.0, None, "2024-04-27", "operational"),
      ("Core Scientific", 17.0, None, "2024-04-27", "operational"),
      ("Riot Platforms", 12.5, None, "2024-04-27", "operational")]),
    # a bracketed comparison dates only its own figure
    ("DMG Blockchain Solutions Inc. (TSXV: DMGI) reported June 2025 results.\n\n- Hashrate: 1.58 EH/s (May 2025: 1.90 "
     "EH/s)", "2025-07-03", "hashrate",
     [("DMG Blockchain Solutions", 1.58, None, "2025-06-30", "operational"),
      ("DMG Blockchain Solutions", 1.9, None, "2025-05-31", "operational")]),
    # coins produced after "finished the month with"
    ("Marathon said it finished the month with 690 bitcoin produced.", "2023-03-03", "btc_mined",
     [("MARA Holdings", 690.0, "2023-02-01", "2023-02-28", None)]),
    # a choice made is a sale
    ("Marathon said: \"We elected to sell 640 bitcoin in February to cover operating costs.\"", "2023-03-03",
     "btc_sold",
     [("MARA Holdings", 640.0, "2023-02-01", "2023-02-28", None)]),
    # a filing's own short name for a subsidiary, and the day of the deal the sentence before opens with
    ("On March 2, 2022, Luna Squares LLC (\"Luna\"), a wholly owned subsidiary of Mawson Infrastructure, entered into a "
     "hosting agreement with Celsius Mining LLC. In connection with that agreement, Celsius lent Luna $18,000,000 of "
     "principal.", "2022-11-15", "loan",
     [("Mawson Infrastructure", 18_000_000.0, None, "2022-03-02", "borrowed")]),
    ("On 29 December 2022, Argo Blockchain completed a series of transactions with Galaxy Digital. Galaxy bought the "
     "Helios site, and Argo took out a new $36 million asset-backed loan from Galaxy.", "2023-04-27", "loan",
     [("Argo Blockchain", 36_000_000.0, None, "2022-12-29", "borrowed")]),
    # coins a balance leaves out, coins lent out, and a managed account's part are no balance
    ("MARA Holdings said its holdings exclude 12 bitcoin as of September 30, 2025 that were still awaiting "
     "distribution.", "2025-11-05", "btc_held",
     []),
    ("MARA Holdings lent a further 2,900 bitcoin, bringing the total on loan to 10,300 bitcoin.", "2025-11-05",
     "btc_held",
     []),
    ("MARA Holdings said the account had lost about 95 bitcoin, leaving 1,905 bitcoin held and managed in the "
     "account.", "2025-11-05", "btc_held",
     []),
])
def test_real_article_batch_61_62_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected



@pytest.mark.parametrize("text, published, type_, expected", [
    # a comparison introduced by "against" dates its own figure, not the hashrate clause after it
    ("Iris Energy mined 301 bitcoin in August against 154 in July, a 96% increase, as average operating hashrate "
     "climbed 97% to 2,204 PH/s.", "2022-09-07", "hashrate",
     [("IREN", 2.204, "2022-08-01", "2022-08-31", "average")]),
    # a figure as the subject of a hypothesis is no fleet
    ("Marathon Digital raised its hash rate target for 2024 to 50 EH/s. Reaching 50 EH/s would mean Marathon more "
     "than doubled its fleet in a single year.", "2024-01-10", "hashrate",
     [("MARA Holdings", 50.0, None, "2024-12-31", "target")]),
    # two figures never drop each other as echoes: a deck line's bound and a section heading
    ("CleanSpark Buys Three Mississippi Sites\n\nDeals are expected to take operational hashrate past 20 EH/s in the "
     "first half of 2024\n\nCleanSpark, Inc. said it would buy three sites.\n\nPath to 20 EH/s\n\nCleanSpark now "
     "expects to be running above 20 EH/s before the end of June 2024.", "2024-02-06", "hashrate",
     [("CleanSpark", 20.0, None, "2024-06-30", "target")]),
    # a payment to "the lender" of the remaining balance is a repayment
    ("Gryphon Digital Mining said on Tuesday that it paid the lender the remaining $10.9 million owed under the "
     "equipment loan that day.", "2024-12-05", "loan",
     [("Gryphon Digital Mining", 10_900_000.0, None, "2024-12-03", "repaid")]),
    # a second repayment listed after the first keeps its event and company
    ("Argo Blockchain agreed to sell its Helios facility to Galaxy. On completion, the sale proceeds and part of the "
     "Galaxy loan will be applied to settle approximately US$84 million owed to NYDIG ABL LLC, and approximately US$1 "
     "million owed to North Mill Commercial Finance, LLC.", "2022-12-28", "loan",
     [("Argo Blockchain", 84_000_000.0, None, "2022-12-28", "repaid"),
      ("Argo Blockchain", 1_000_000.0, None, "2022-12-28", "repaid")]),
    # tranches received are borrowed; "The balance was repaid" repays the balance the sentence before states
    ("In December 2021, Mawson Infrastructure Group signed a secured loan facility with Marshall, to be advanced in "
     "three tranches. The first tranche, $7.86 million, was received in December 2021. The second and third "
     "tranches, together $7.11 million, were received in January and February 2022.", "2022-11-14", "loan",
     [("Mawson Infrastructure", 7_860_000.0, None, "2021-12-31", "borrowed"),
      ("Mawson Infrastructure", 7_110_000.0, None, "2022-02-28", "borrowed")]),
    ("Mawson Infrastructure Group financed its machines with Foundry. At September 30, 2022, $1.42 million of this "
     "financing remained outstanding. The balance was repaid in full on October 17, 2022.", "2022-11-14", "loan",
     [("Mawson Infrastructure", 1_420_000.0, None, "2022-10-17", "repaid")]),
    # a balance sheet's current portion is no balance of its own
    ("Mawson Infrastructure Group has a loan from Marshall. Of the Marshall loan balance, $3.89 million is "
     "presented as a current liability, and the remainder is presented within long-term liabilities.", "2022-11-14",
     "loan",
     []),
    # a pledge compared with an earlier pledge: two facts, each at its date
    ("MARA Holdings, Inc. filed its 10-Q. As of September 30, 2025, 5,077 bitcoin were pledged as collateral "
     "securing amounts drawn on the Line of Credit, compared with 2,997 bitcoin as of December 31, 2024.",
     "2025-11-04", "loan",
     [("MARA Holdings", None, None, "2025-09-30", "collateral_posted"),
      ("MARA Holdings", None, None, "2024-12-31", "collateral_posted")]),
    # a subsidiary's legal name after a registry alias; a loan signed in coins
    ("Gryphon Digital Mining filed its 10-K. Gryphon Opco I LLC, one of the Company's wholly owned subsidiaries, "
     "borrowed 933.333333 bitcoin from Anchorage Lending CA, LLC on May 25, 2022.", "2025-03-31", "loan",
     [("Gryphon Digital Mining", None, None, "2022-05-25", "borrowed")]),
    ("The debt dates back to May 25, 2022, when Gryphon Digital Mining signed an equipment loan with Anchorage "
     "Lending denominated in bitcoin: 933.333333 BTC at 5% a year.", "2024-10-28", "loan",
     [("Gryphon Digital Mining", None, None, "2022-05-25", "borrowed")]),
    # a bare "Hashrate:" label and the body's average are one figure, an average; so is the label's comparison
    ("DMG Blockchain Solutions June update\n\n- Hashrate: 1.56 EH/s (May 2025: 1.89 EH/s)\n\nRealized hashrate for "
     "the month averaged 1.56 EH/s, a drop of 18% from May.", "2025-07-02", "hashrate",
     [("DMG Blockchain Solutions", 1.56, "2025-06-01", "2025-06-30", "average"),
      ("DMG Blockchain Solutions", 1.89, "2025-05-01", "2025-05-31", "average")]),
    # machines taken offline are no fleet
    ("DMG's realized hashrate averaged 1.71 EH/s over January, as DMG Blockchain Solutions took roughly 0.1 EH/s of "
     "air-cooled machines offline to make room for hydro units.", "2025-02-05", "hashrate",
     [("DMG Blockchain Solutions", 1.71, "2025-01-01", "2025-01-31", "average")]),
    # the span a record is set in is no figure's period
    ("Bitfarms did even better once the ban took effect: in July alone the company mined 391 bitcoin, its biggest "
     "month of the year so far.", "2021-08-27", "btc_mined",
     [("Bitfarms", 391.0, "2021-07-01", "2021-07-31", None)]),
    # a goal already reached is the fleet, of the kind the words after it name
    ("Marathon said it had hit its long-standing target on an installed basis, with 23.1 EH/s of installed hash rate "
     "at the end of September.", "2023-10-10", "hashrate",
     [("MARA Holdings", 23.1, None, "2023-09-30", "installed")]),
    # a participle clause that carries a running total dates that total, not the figure before it
    ("CleanSpark: June output was 491 BTC, taking the three months from April through June to 1,624 BTC.",
     "2023-07-07", "btc_mined",
     [("CleanSpark", 491.0, "2023-06-01", "2023-06-30", None),
      ("CleanSpark", 1624.0, "2023-04-01", "2023-06-30", None)]),
    # the seller named as the object of "buys", and a maker's rigs bought, are not the subject
    ("HIVE Buys Bitfarms' Half-Built Paraguay Mine, Targets 25 EH/s by September", "2025-01-28", "hashrate",
     [("HIVE Digital Technologies", 25.0, None, "2025-09-30", "target")]),
    ("Cipher Mining Orders 11,000 Canaan Rigs After Hitting 6 EH/s", "2023-05-09", "hashrate",
     [("Cipher Mining", 6.0, None, "2023-05-09", "operational")]),
    ("Cipher Mining said Tuesday it has agreed to buy 11,000 mining machines from Canaan Inc., having already "
     "reached 6 exahash per second of hashing power.", "2023-05-09", "hashrate",
     [("Cipher Mining", 6.0, None, "2023-05-09", "operational")]),
    # a roll-forward table: the balances at their own dates, the coins mined between them, no dollar column
    ("Riot Platforms, Inc. 10-Q\n\nThe table below summarizes the Company's bitcoin (amounts in thousands, except "
     "quantities):\n\n| | Quantity | Amounts |\n| Balance as of January 1, 2024 | 7,362 | $ 311,178 |\n"
     "| Revenue recognized from Bitcoin mined | 3,312 | 194,651 |\n| Balance as of September 30, 2024 | 10,427 | "
     "$ 660,350 |\n", "2024-10-30", "btc_mined",
     [("Riot Platforms", 3312.0, "2024-01-01", "2024-09-30", None)]),
    ("Riot Platforms, Inc. 10-Q\n\nThe table below summarizes the Company's bitcoin (amounts in thousands, except "
     "quantities):\n\n| | Quantity | Amounts |\n| Balance as of January 1, 2024 | 7,362 | $ 311,178 |\n"
     "| Revenue recognized from Bitcoin mined | 3,312 | 194,651 |\n| Balance as of September 30, 2024 | 10,427 | "
     "$ 660,350 |\n", "2024-10-30", "btc_held",
     [("Riot Platforms", 7362.0, None, "2024-01-01", None), ("Riot Platforms", 10427.0, None, "2024-09-30", None)]),
    # "Q4 2024" in a December 2024 release of a September-year-end miner is its fiscal quarter
    ("DMG Blockchain Solutions Inc. reported results for fiscal 2024.\n\n- Bitcoin mined: 65 bitcoin in Q4 2024, 26% "
     "fewer than the prior quarter", "2024-12-18", "btc_mined",
     [("DMG Blockchain Solutions", 65.0, "2024-07-01", "2024-09-30", None)]),
    # "despite" opens a clause of its own
    ("Bitfarms Ltd. reported results.\n\n- Earned 4,928 BTC in 2023 despite a sharp rise in network difficulty "
     "during the second half of the year", "2024-03-07", "btc_mined",
     [("Bitfarms", 4928.0, "2023-01-01", "2023-12-31", None)]),
    # coins counted with energy revenue are no production; a company's own outlook is no output
    ("Stronghold Digital Mining mined 196 Bitcoin in September 2023. Counting power sales, September output came to "
     "approximately 203 Bitcoin-equivalent, down from approximately 235 Bitcoin-equivalent in August 2023.",
     "2023-10-13", "btc_mined",
     [("Stronghold Digital Mining", 196.0, "2023-09-01", "2023-09-30", None)]),
    ("Stronghold Digital Mining currently expects October 2023 Bitcoin production of between 170 and 190 Bitcoin, "
     "before any energy revenue.", "2023-10-13", "btc_mined",
     []),
    # the base of a comparison "above where hash rate stood when August closed"
    ("Stronghold's hash rate closed September at approximately 3.5 exahash per second, a record for the Company and "
     "about 15% above where hash rate stood when August closed.", "2023-10-13", "hashrate",
     [("Stronghold Digital Mining", 3.5, None, "2023-09-30", "operational")]),
    # a letter-of-credit fee is a term of the facility; interest expense, letters of credit, headroom and a
    # facility's defined name are no loans
    ("Riot Platforms, Inc. 10-Q. In August 2024, the Company entered into a two-year $20.0 million revolving credit "
     "facility, with interest at SOFR plus 1.60% and a letter of credit fee of 1.50%.", "2025-07-31", "loan",
     [("Riot Platforms", 20_000_000.0, None, "2024-08-31", "facility")]),
    ("Riot Platforms, Inc. 10-Q. As of June 30, 2025, revolving loans of $34.3 million were outstanding under the "
     "$50 Million Credit Facility, and letters of credit of approximately $15.1 million had been issued, leaving "
     "approximately $0.6 million available.", "2025-07-31", "loan",
     [("Riot Platforms", 34_300_000.0, None, "2025-06-30", "outstanding")]),
    ("Riot Platforms, Inc. 10-Q. Interest expense on the revolving credit facilities and the $200 Million Credit "
     "Facility totaled $4.6 million and $5.2 million for the three and six months ended June 30, 2025, "
     "respectively.", "2025-07-31", "loan",
     []),
    # a buyer's payment is no loan; the parts of a repayment are repaid
    ("Greenidge Generation retired $21.8 million of secured debt by selling its South Carolina site to NYDIG. "
     "Besides the debt extinguished, the Company received a cash "
     "payment of $4.5 million at closing and expects to collect approximately $1.6 million in bonus payments.",
     "2023-11-15", "loan",
     [("Greenidge Generation", 21_800_000.0, None, "2023-11-15", "repaid")]),
    ("Through the transaction, Greenidge retired the remaining $21.8 million of its secured debt. That amount "
     "consisted of approximately $17.7 million of principal under its senior secured loan with NYDIG and "
     "approximately $4.1 million of principal under a secured promissory note.", "2023-11-15", "loan",
     [("Greenidge Generation", 21_800_000.0, None, "2023-11-15", "repaid"),
      ("Greenidge Generation", 17_700_000.0, None, "2023-11-15", "repaid"),
      ("Greenidge Generation", 4_100_000.0, None, "2023-11-15", "repaid")]),
    # "were generated" is production
    ("Hut 8 Mining Corp. update\n\n- 156 Bitcoin were generated in February, an average of about 5.6 Bitcoin per "
     "day.", "2023-03-07", "btc_mined",
     [("Hut 8", 156.0, "2023-02-01", "2023-02-28", None)]),
    # a plan to sell in one clause does not undo the sale done in the clause after it
    ("Hut 8 Mining Corp. update\n\n- Hut 8 intends to sell the Bitcoin produced in February to cover costs, after "
     "selling all 188 Bitcoin it produced in January.", "2023-03-07", "btc_sold",
     [("Hut 8", 188.0, "2023-01-01", "2023-01-31", None)]),
    # a label of targets: the second goal, introduced by "then", is a target too
    ("Bitfarms Ltd. results\n\n- Targets: 12 EH/s at 25 w/TH when Q2 2024 closes, then 21 EH/s when 2024 ends",
     "2024-03-07", "hashrate",
     [("Bitfarms", 12.0, None, "2024-06-30", "target"), ("Bitfarms", 21.0, None, "2024-12-31", "target")]),
    # a partner named after "with" is not the subject of the verb after "and"
    ("HIVE Digital said it had signed a binding letter of intent with Bitfarms and now expects its mining capacity to "
     "reach 25 EH/s by September.", "2025-01-28", "hashrate",
     [("HIVE Digital Technologies", 25.0, None, "2025-09-30", "target")]),
    # loans named by their months are no dates; a new loan's proceeds repaying the old one repay its size
    ("LM Funding America, Inc. filed an 8-K. On January 28, 2026, the Company took a new $11 million loan under the "
     "Loan Agreement (the \"January 2026 Loan\"). On February 27, 2026, the Company borrowed a further $11 million "
     "under the Loan Agreement. The proceeds were used the same day to repay the January 2026 Loan in full at its "
     "maturity.", "2026-03-03", "loan",
     [("LM Funding America", 11_000_000.0, None, "2026-01-28", "borrowed"),
      ("LM Funding America", 11_000_000.0, None, "2026-02-27", "borrowed"),
      ("LM Funding America", 11_000_000.0, None, "2026-02-27", "repaid")]),
])
def test_real_article_batch_63_64_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # the date of a filing dates what it says
    ("Greenidge Generation said in a Dec. 20 filing that it had reached a non-binding agreement with NYDIG to "
     "restructure roughly $74 million of debt it owes the lender.", "2023-01-03", "loan",
     [("Greenidge Generation", 74_000_000.0, None, "2022-12-20", "outstanding")]),
    # a debt-for-equity swap repays the debt; the shares' face value is no loan
    ("On the same day, Stronghold Digital Mining said it had agreed with noteholders to exchange $17.9 million of its "
     "debt for newly issued preferred shares with $23.1 million of face value.", "2023-01-03", "loan",
     [("Stronghold Digital Mining", 17_900_000.0, None, "2023-01-03", "repaid")]),
    # a year's closing debt is a balance
    ("Bitfarms mined 5,167 BTC over the whole of 2022, and ended the year with total debt of $47.0 million.",
     "2023-01-03", "loan",
     [("Bitfarms", 47_000_000.0, None, "2022-12-31", "outstanding")]),
    # debtor-in-possession financing committed "up to" is a facility; a customer's unpaid bills are no loan
    ("Core Scientific sought Chapter 11 protection. The group committed to debtor-in-possession (DIP) financing of up "
     "to $75 million, carrying interest of 10% a year that is paid in kind, according to court papers.", "2022-12-22",
     "loan",
     [("Core Scientific", 75_000_000.0, None, "2022-12-22", "facility")]),
    ("Core Scientific sought Chapter 11 protection on Wednesday. It blamed the fall in bitcoin prices and about $7 "
     "million in unpaid bills owed by Celsius Network, a bankrupt U.S. crypto lender.", "2022-12-22", "loan",
     []),
    # a lender's non-binding proposal is no loan yet
    ("Core Scientific is in Chapter 11. On January 30, 2023, the Company disclosed that it had received a non-binding "
     "proposal from B. Riley Commercial Capital, LLC to provide a replacement debtor-in-possession facility of up to "
     "$70 million on improved terms.", "2023-01-31", "loan",
     []),
    # a figure that "beats" a target is the fleet now; a future quarter in the first lines is no reported period
    ("Cipher Mining Orders 11,000 Canaan Rigs\n\nCipher Mining said Tuesday it has agreed to buy 11,000 machines.\n\n"
     "Once installed, the units should take Cipher to 7.2 EH/s, with energization planned by the end of the third "
     "quarter.\n\nThe 6 EH/s mark beats the 5.7 EH/s target the company had set for the end of the first quarter.",
     "2023-05-09", "hashrate",
     [("Cipher Mining", 7.2, None, "2023-09-30", "target"), ("Cipher Mining", 6.0, None, "2023-05-09", "operational")]),
    # a daily output far before the figures is a rate
    ("Marathon mined 700 BTC in December. By one estimate, combined daily output from the publicly traded miners "
     "has shrunk from 77 BTC to 28 BTC as operators power down.", "2026-01-10", "btc_mined",
     [("MARA Holdings", 700.0, "2025-12-01", "2025-12-31", None)]),
    # machines under a purchase agreement; a fleet that counts units in transit is installed
    ("HIVE Digital Technologies Ltd. is pleased to report that it has entered into a purchase agreement for 7,000 "
     "Bitmain Antminer S21 miners, representing approximately 1.4 EH/s of Bitcoin mining capacity.", "2023-12-22",
     "hashrate",
     [("HIVE Digital Technologies", 1.4, None, "2023-12-22", "installed")]),
    ("HIVE Digital said that its fleet of owned ASIC miners now represents approximately 6.6 EH/s, including units in "
     "transit or being racked.", "2023-12-22", "hashrate",
     [("HIVE Digital Technologies", 6.6, None, "2023-12-22", "installed")]),
    # "operating ... capacity" is the operating fleet
    ("HIVE ended November 2023 with 4.18 EH/s of operating Bitcoin mining capacity.", "2023-12-22", "hashrate",
     [("HIVE Digital Technologies", 4.18, None, "2023-11-30", "operational")]),
    # a year-to-date column in a monthly report runs to the reported month
    ("TORONTO, Sept. 07, 2022 (GLOBE NEWSWIRE) -- Digihost Technology Inc. released production figures for the month "
     "ended August 31, 2022.\n\n| | YTD 2022 | YTD 2021 | Change |\n| Mined BTC | 571.67 | 387.31 | 184.36 |",
     "2022-09-07", "btc_mined",
     [("Digihost", 571.67, "2022-01-01", "2022-08-31", None), ("Digihost", 387.31, "2021-01-01", "2021-08-31", None)]),
    # a heading restating a loan whose event it guesses; a purchase price is no loan
    ("LM Funding America, Inc. filed an 8-K.\n\nAdditional $2.0 Million Loan\n\nUnder the Loan Agreement Amendment, "
     "the Lender agreed to provide the Company with an additional loan of up to $2.0 million.", "2025-09-16", "loan",
     [("LM Funding America", 2_000_000.0, None, "2025-09-16", "facility")]),
    ("LM Funding America borrowed $1.3 million under the Additional Loan. The purchase price was approximately $4.0 "
     "million, funded with the $1.3 million drawn under the Additional Loan and the Company's existing liquid assets.",
     "2025-09-16", "loan",
     [("LM Funding America", 1_300_000.0, None, "2025-09-16", "borrowed")]),
    # "the same quarter of 2021" is the quarter named by the same word
    ("Greenidge mined approximately 621 BTC in the second quarter, 10.7% more than in the first three months of the "
     "year, and up from roughly 315 BTC in the same quarter of 2021.", "2022-08-15", "btc_mined",
     [("Greenidge Generation", 621.0, "2022-04-01", "2022-06-30", None),
      ("Greenidge Generation", 315.0, "2021-04-01", "2021-06-30", None)]),
    # a balance that had fallen to a new level
    ("At December 31, TeraWulf carried $123 million in loans payable, a balance that had fallen to $99.4 million at "
     "March 31.", "2024-07-09", "loan",
     [("TeraWulf", 123_000_000.0, None, "2023-12-31", "outstanding"),
      ("TeraWulf", 99_400_000.0, None, "2024-03-31", "outstanding")]),
    # a bare figure with a month of its own after a sale
    ("Before May, Riot had sold 250 bitcoins in April and, before that, 200 in March.", "2022-06-02", "btc_sold",
     [("Riot Platforms", 250.0, "2022-04-01", "2022-04-30", None),
      ("Riot Platforms", 200.0, "2022-03-01", "2022-03-31", None)]),
    # repayments told by where the cash went
    ("Bitfarms sold 3,000 BTC in June. Bitfarms put part of the cash toward its bitcoin-backed credit line with "
     "Galaxy Digital.", "2022-07-13", "loan",
     [("Bitfarms", None, None, "2022-07-13", "repaid")]),
    ("Bitfarms sold 394 BTC in March. Cash from the March sales went toward paying down equipment financing.",
     "2023-04-08", "loan",
     [("Bitfarms", None, None, "2023-04-08", "repaid")]),
    # hosted machines from one date to the next; a factory's production
    ("Bitdeer reported results. On the operating side, total hash rate under management, a figure that includes "
     "machines Bitdeer hosts for customers, dropped from 21.2 EH/s a year ago to 17.1 EH/s.", "2024-11-18", "hashrate",
     []),
    ("Bitdeer said 3.7 EH/s of A1 production is expected to be installed in its own data centers. Mass production has "
     "started, and the initial production run should yield 18 EH/s.", "2024-11-18", "hashrate",
     []),
    # figures by site
    ("Iris Energy averaged 1.9 EH/s in March.\n  - By site, Canal Flats, Mackenzie and Prince George averaged 591 "
     "PH/s, 862 PH/s and 458 PH/s, respectively.", "2023-04-08", "hashrate",
     [("IREN", 1.9, "2023-03-01", "2023-03-31", "average")]),
    # a repayment asked for is not made
    ("Marathon sold 100 BTC. As collateral values fell, lenders demanded more cover or faster repayment of the debt.",
     "2022-07-13", "loan",
     []),
    # a space-aligned roll-forward with dollar cells and a sale row
    ("RIOT PLATFORMS, INC.\nFORM 10-Q\n\nNote 5. Bitcoin\n\nThe table below sets out the changes in the Company's "
     "Bitcoin holdings (amounts in thousands, except quantities):\n\n"
     "                                                          Quantity        Amounts\n"
     "Balance as of January 1, 2024                                7,362     $  311,178\n"
     "Revenue recognized from Bitcoin mined                        2,208        127,160\n"
     "Proceeds from sale of Bitcoin                                 (212)        (9,518)\n"
     "Balance as of June 30, 2024                                  9,334     $  585,054\n", "2024-08-01", "btc_sold",
     [("Riot Platforms", 212.0, "2024-01-01", "2024-06-30", None)]),
    # the company's own fleet beside the network's
    ("The decline mainly reflects a higher average global network hash rate, partly offset by growth in Riot's own "
     "deployed hash rate, which reached 22.0 EH/s as of June 30, 2024.", "2024-08-01", "hashrate",
     [("Riot Platforms", 22.0, None, "2024-06-30", "deployed")]),
    # coins customers mined, named by a pronoun
    ("BitFuFu reported results. Customers using BitFuFu's cloud-mining products produced 6,756 BTC in 2023, nearly "
     "double the 3,405 BTC they produced in 2022.", "2024-04-11", "btc_mined",
     []),
    # a first draw on a facility
    ("Soluna signed a credit facility with Generate Capital. At closing, the Company made an initial draw of $12.6 "
     "million, which it is using to fund construction.", "2025-09-16", "loan",
     [("Soluna", 12_600_000.0, None, "2025-09-16", "borrowed")]),
    # "At year end" with a past verb in an April release is the year just closed
    ("Bit Digital reported its fiscal year 2022 results.\n- At year end the Company owned 37,676 bitcoin miners, whose "
     "combined maximum hash rate it estimates at 2.6 EH/s.", "2023-04-28", "hashrate",
     [("Bit Digital", 2.6, None, "2022-12-31", "operational")]),
    # a unit's definition and a cash threshold are no facts
    ("American Bitcoin holds 3,865 BTC. To arrive at SPS, the Company expresses everything it holds in satoshis (one "
     "bitcoin equals 100 million satoshis).", "2025-10-27", "btc_held",
     [("American Bitcoin", 3865.0, None, "2025-10-27", None)]),
    ("Stronghold Digital Mining amended its credit agreement. Starting in June 2023 the Company will repay principal "
     "each month in an amount equal to half of its average daily cash balance above $7.5 million.", "2023-02-07",
     "loan",
     []),
])
def test_real_article_batch_65_66_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # where the cash went, past another use
    ("DMG Blockchain sold part of its bitcoin during June. The proceeds went toward operating costs and toward "
     "reducing the outstanding balance of its loan with Sygnum Bank.", "2025-07-02", "loan",
     [("DMG Blockchain Solutions", None, None, "2025-07-02", "repaid")]),
    # debt taken on is borrowed
    ("Canadian bitcoin mining operator Hut 8 is taking on $11.8 million of equipment debt from Foundry, the "
     "mining-services subsidiary of Digital Currency Group, to expand its fleet.", "2021-01-22", "loan",
     [("Hut 8", 11_800_000.0, None, "2021-01-22", "borrowed")]),
    # a borrowing cut by a step repays the step
    ("Bitfarms sold 1,500 BTC. Its CFO said that cutting the borrowing by $34 million will reduce interest costs.",
     "2022-06-17", "loan",
     [("Bitfarms", 34_000_000.0, None, "2022-06-17", "repaid")]),
    # a facility's release schedule is no draw
    ("Argo Blockchain signed loans with NYDIG. The funds are scheduled to be made available in stages that track "
     "machine deliveries to Helios: US$19.1 million from 29 April 2022, US$24.1 million by 31 May 2022, and the "
     "balance of approximately US$17.2 million by 29 July 2022.", "2022-05-04", "loan",
     []),
])
def test_real_article_loan_cases_65_66(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # where the new loan's money went: it paid off an older loan, which was taken on in its own month
    ("IREN drew $400 million at closing. Part of that first draw went to pay off the $102 million of GPU financing "
     "IREN took on in August to buy Nvidia B200 chips for its existing cloud customers.", "2026-01-21", "loan",
     [("IREN", 102_000_000.0, None, "2026-01-21", "repaid"), ("IREN", 102_000_000.0, None, "2025-08-31", "borrowed")]),
    # a customer's contract, what the money buys, and a customer's prepayment are no loans
    ("The loan is secured by the GPUs and by receivables under IREN's five-year, $9.7 billion cloud services contract "
     "with Microsoft. Microsoft paid about $1.9 billion, roughly 20% of the contract value, as a prepayment last year, "
     "which IREN has used to fund deposits on the chips.", "2026-01-21", "loan",
     []),
    ("IREN has arranged a $1.55 billion delayed-draw term loan. IREN said it had agreed to buy about $5.8 billion of "
     "GPUs and related gear from Dell Technologies, and that Microsoft would prepay 20% of the contract value.",
     "2025-11-03", "loan",
     [("IREN", 1_550_000_000.0, None, "2025-11-03", "facility")]),
    # a delayed-draw term loan signed is a facility, not money drawn
    ("A subsidiary of IREN sold $2.1 billion of senior secured notes due 2031, and signed a $1.55 billion "
     "delayed-draw term loan that can be drawn as GPU deliveries arrive.", "2026-06-01", "loan",
     [("IREN", 1_550_000_000.0, None, "2026-06-01", "facility")]),
    # an equity raise beside a loan
    ("Argo Blockchain has taken a $25 million loan from Galaxy. The loan adds to the $112.5m (£82m) Argo raised "
     "when it listed American depositary shares on Nasdaq in September.", "2021-10-05", "loan",
     [("Argo Blockchain", 25_000_000.0, None, "2021-10-05", "borrowed")]),
    # a lender's book and a vendor's instalments: no loans of the miner
    ("BlockFi's restructuring advisers told the court that loans to bitcoin miners had an unpaid balance of roughly "
     "$160 million, and Bitfarms paid BlockFi $7.75 million.", "2023-02-09", "loan",
     [("Bitfarms", 7_750_000.0, None, "2023-02-09", "repaid")]),
    ("Digihost repaid its loan facility in June. Digihost bought the site for $3.5 million; the balance of "
     "$1,250,000 is payable to the vendor in 25 equal "
     "monthly instalments of $50,000 each, without interest.", "2022-06-14", "loan",
     [("Digihost", None, None, "2022-06-14", "repaid")]),
    # a step in what can be borrowed; a miner that becomes another company's lender
    ("Hut 8 amended its credit facility with Coinbase Credit. Under the amendment, dated Dec. 22, the company can now "
     "borrow $70 million more than it could before.", "2026-01-03", "loan",
     []),
    ("Bit Digital becomes WhiteFiber's lender with $100 million delayed-draw facility", "2026-05-28", "loan",
     []),
    # the coins' value in a debt sentence is no loan
    ("CleanSpark ended the quarter with cash of $121.2 million and bitcoin with a fair value of $307.4 million at "
     "quarter end, with no outstanding debt.", "2024-05-09", "loan",
     []),
    # the valuation's month and the exchange agreement's day
    ("Before the deal, Gryphon owed Anchorage 304 BTC, which it valued at about $18 million using bitcoin's average "
     "price in September. Under a Debt Repayment and Exchange Agreement signed on Oct. 25, roughly $13 million of "
     "that balance was exchanged for about 8.3 million common shares.", "2024-10-29", "loan",
     [("Gryphon Digital Mining", 13_000_000.0, None, "2024-10-25", "repaid")]),
    # a date that closes another company's clause is not this one's
    ("Bitfarms signed a $100 million bitcoin-backed credit facility with Galaxy Digital last month, and Marathon "
     "Digital has a $100 million revolving line with Silvergate Bank.", "2022-01-20", "loan",
     [("Bitfarms", 100_000_000.0, None, "2021-12-31", "facility"),
      ("MARA Holdings", 100_000_000.0, None, "2022-01-20", "facility")]),
    # a results bullet whose unit comes first, with its comparison
    ("Bitfarms October 2023 production update. Total BTC held of 733 as of October 31, 2023, compared with 703 at "
     "September 30, 2023; none is pledged.", "2023-11-01", "btc_held",
     [("Bitfarms", 733.0, None, "2023-10-31", None), ("Bitfarms", 703.0, None, "2023-09-30", None)]),
    ("Bitfarms October 2023 production update. BTC earned year-to-date of 4,113, compared with 4,153 BTC in the "
     "first ten months of 2022.", "2023-11-01", "btc_mined",
     [("Bitfarms", 4113.0, "2023-01-01", "2023-10-31", None), ("Bitfarms", 4153.0, "2022-01-01", "2022-10-31", None)]),
    # a comparison past a full date
    ("Cipher Mining mined 469 bitcoin in the three months ended June 30, compared with 1,006 in the first quarter.",
     "2024-07-30", "btc_mined",
     [("Cipher Mining", 469.0, "2024-04-01", "2024-06-30", None),
      ("Cipher Mining", 1006.0, "2024-01-01", "2024-03-31", None)]),
])
def test_older_batch_misses_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # an outlet's arithmetic is no company figure; a column of its estimates neither
    ("MARA mined 717 BTC in October. By TheMinerMag's own calculation, that level of output implies a realized "
     "hashrate of 32.43 EH/s for the month.", "2024-11-04", "hashrate",
     []),
    ("October output.\n\n| Company | BTC mined (Oct.) | Realized hashrate (TMM est.) |\n|---|---|---|\n"
     "| MARA | 717 | 32.43 EH/s |\n| CleanSpark | 655 | 29.62 EH/s |", "2024-11-04", "hashrate",
     []),
    # a proposed merger's sum, now and later, is no company's fleet
    ("Riot argued that the merged group would be the largest listed miner by capacity, with roughly 1 GW of power and "
     "about 19.6 EH/s of combined self-mining capacity today, rising to as much as 52 EH/s by year-end.", "2024-06-03",
     "hashrate",
     []),
    # a change against an earlier date
    ("Bit Digital's active hash rate was 0.9 EH/s at September 30. That figure was 0.318 EH/s lower than at the end "
     "of the second quarter because we sold older models.", "2021-11-17", "hashrate",
     [("Bit Digital", 0.9, None, "2021-09-30", "operational")]),
    # a roundup's place and a figure that "came in" below the month before
    ("Bitcoin miners' September output. Cango, going by its own update, mined around 616 BTC in September after "
     "663 BTC in August. CleanSpark's 629 BTC came in slightly below its tally for the previous month. MARA Holdings "
     "stayed in "
     "first place with 736 BTC.", "2025-10-07", "btc_mined",
     [("Cango", 616.0, "2025-09-01", "2025-09-30", None),
      ("Cango", 663.0, "2025-08-01", "2025-08-31", None),
      ("CleanSpark", 629.0, "2025-09-01", "2025-09-30", None),
      ("MARA Holdings", 736.0, "2025-09-01", "2025-09-30", None)]),
    # a bare quarter in a headline is the fiscal quarter the text spells out; the corresponding fiscal quarter
    ("Hive has $16.3M continuing ops loss in Q1\n\nHive Digital Technologies Ltd. has issued results for the first "
     "quarter of fiscal 2024, the three months ended June 30, 2023.\n\nIn the quarter, Hive generated revenue of "
     "$23.6-million from mining 834 bitcoin. According to the company, the quarter's 834 bitcoin compare with 821 "
     "bitcoin mined in the corresponding quarter of fiscal 2023.", "2023-08-11", "btc_mined",
     [("HIVE Digital Technologies", 834.0, "2023-04-01", "2023-06-30", None),
      ("HIVE Digital Technologies", 821.0, "2022-04-01", "2022-06-30", None)]),
    # coins and wrapped coins summed as an equivalent are no holding
    ("Bit Digital third quarter update. Treasury holdings were 526.1 BTC and 101.0 WBTC, a combined 627.1 BTC "
     "equivalent, at September 30, 2021.", "2021-11-17", "btc_held",
     [("Bit Digital", 526.1, None, "2021-09-30", None)]),
    # a cut whose verb sits far before the step
    ("Marathon reported November output. The miner trimmed the amount drawn on its revolving credit line with "
     "Silvergate Bank by $20 million during November, leaving $30 million outstanding at the end of the month.",
     "2022-12-06", "loan",
     [("MARA Holdings", 20_000_000.0, None, "2022-11-30", "repaid"),
      ("MARA Holdings", 30_000_000.0, None, "2022-11-30", "outstanding")]),
    # a treasury's value is no loan; a facility "that was recently enlarged to"
    ("Hut 8 plans to tap as much as $2.4 billion of liquidity. Those include borrowing against its roughly 10,000 BTC "
     "treasury, currently valued at about $1.1 billion, and a revolving credit facility that was recently enlarged to "
     "$200 million.", "2025-08-26", "loan",
     [("Hut 8", 200_000_000.0, None, "2025-08-26", "facility")]),
])
def test_batch_67_68_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a row of coins the colocation clients' machines earned
    ("Core Scientific December 2023 update.\n\n| Metric | December 2023 | November 2023 |\n|---|---|---|\n"
     "| Self-Mining Bitcoin Produced | 1,177 | 954 |\n| Colocation Bitcoin Produced | 449 | 406 |", "2024-01-05",
     "btc_mined",
     [("Core Scientific", 1177.0, "2023-12-01", "2023-12-31", None),
      ("Core Scientific", 954.0, "2023-11-01", "2023-11-30", None)]),
    # a loan's terms are no posting of collateral
    ("DMG Blockchain Solutions secures a US$9 million credit facility from Sygnum Bank.\n\n- The loan is secured by "
     "237.8 BTC of the Company's digital currency, which has been pledged to and deposited with Sygnum.", "2024-03-05",
     "loan",
     [("DMG Blockchain Solutions", 9_000_000.0, None, "2024-03-05", "facility")]),
])
def test_batch_67_table_and_terms_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # the same stretch of an earlier year is the sentence's span in that year
    ("Bitfarms mined 411 BTC in September 2023. Over the first nine months of 2023, Bitfarms has mined 3,692 BTC, "
     "compared with 3,733 BTC over the same stretch of 2022.", "2023-10-02", "btc_mined",
     [("Bitfarms", 411.0, "2023-09-01", "2023-09-30", None),
      ("Bitfarms", 3692.0, "2023-01-01", "2023-09-30", None),
      ("Bitfarms", 3733.0, "2022-01-01", "2022-09-30", None)]),
    # a goal missed is a target for its own date, not a fleet figure and not next year's
    ("Hashrate at Bitfarms climbed 9% during September to 6.1 EH/s. That still leaves the company a little "
     "short of the "
     "6.3 EH/s it had targeted for the end of the third quarter.", "2023-10-02", "hashrate",
     [("Bitfarms", 6.1, None, "2023-09-30", "operational"), ("Bitfarms", 6.3, None, "2023-09-30", "target")]),
    # a deadline right after the figure makes a target of a clause that began with other capacity
    ("Those projects, the company has said, would take Bitfarms to 394 megawatts of total capacity and 8 EH/s of "
     "hashrate by year-end.", "2022-03-07", "hashrate",
     [("Bitfarms", 8.0, None, "2022-12-31", "target")]),
    # guidance names its deadline before the figure
    ("CleanSpark raised its hashrate guidance for the end of calendar 2022 to 5 exahash per second (EH/s), and "
     "gave its "
     "first outlook for late 2023: 22.4 EH/s by the end of that year.", "2022-08-09", "hashrate",
     [("CleanSpark", 5.0, None, "2022-12-31", "target"), ("CleanSpark", 22.4, None, "2023-12-31", "target")]),
    # a season with a year is a deadline; a bare season is no date
    ("HIVE Digital hopes to hit 15 EH/s of overall mining hashrate by the start of summer 2025.", "2024-11-19",
     "hashrate",
     [("HIVE Digital Technologies", 15.0, None, "2025-06-30", "target")]),
    # the rival's own figure right after its name
    ("MARA Holdings (MARA) mined 907 BTC in November, the most in the group, ahead of CleanSpark (CLSK) on 622 BTC.",
     "2024-12-18", "btc_mined",
     [("MARA Holdings", 907.0, "2024-11-01", "2024-11-30", None),
      ("CleanSpark", 622.0, "2024-11-01", "2024-11-30", None)]),
    # a further tranche is an increment
    ("Cipher Mining said rigs able to produce a further ~2.6 EH/s have already shipped or are due to ship before the "
     "end of the year.", "2022-11-14", "hashrate",
     []),
    # forward-looking information names repayments in general
    ("Bitfarms ended September owing less than $10 million.\n\nThis news release contains forward-looking information, "
     "including statements about hashrate targets, the completion of installations, the repayment of debt and the "
     "expected timing of the halving.", "2023-10-02", "loan",
     []),
    # a holding forecast is no holding
    ("On the back of that near-term growth, Hut 8 anticipates that the self-mined Bitcoin it keeps on its "
     "balance sheet, "
     "approximately 3,806 Bitcoin as of June 27, 2021, will reach about 5,000 Bitcoin by the end of 2022.",
     "2021-06-29", "btc_held",
     [("Hut 8", 3806.0, None, "2021-06-27", None)]),
    # a draw made at once takes the signing's date
    ("Hut 8 has enlarged its bitcoin-backed borrowing line at Coinbase Credit to a maximum principal of $200 "
     "million.\n\n"
     "The amended and restated agreement was signed on Dec. 22. It adds $70 million to the loan ceiling, and Hut 8 "
     "said it drew the full $70 million of new capacity immediately.", "2026-01-03", "loan",
     [("Hut 8", 200_000_000.0, None, "2025-12-22", "facility"),
      ("Hut 8", 70_000_000.0, None, "2025-12-22", "borrowed")]),
    # a line named by its lender is the borrower's; signed in June 2023 with its first limit
    ("Hut 8 expanded its borrowing again. Hut 8's Coinbase line was first signed in June 2023 with a $50 million limit "
     "and has been amended several times since, most recently in June last year.", "2026-01-03", "loan",
     [("Hut 8", 50_000_000.0, None, "2023-06-30", "facility")]),
    ("Hut 8 plans to fund the build-out from several sources: a revolving credit facility of $200 million; a Coinbase "
     "facility that was recently enlarged to $130 million; and a $1 billion at-the-market equity program.",
     "2025-08-26", "loan",
     [("Hut 8", 200_000_000.0, None, "2025-08-26", "facility"),
      ("Hut 8", 130_000_000.0, None, "2025-08-26", "facility")]),
    # a repayment told without a figure, on a line named by its lender
    ("Not every miner is adding leverage. CleanSpark went the other way in November, paying off everything it owed "
     "on its Coinbase line after raising $1.15 billion through a convertible bond sale.", "2026-01-03", "loan",
     [("CleanSpark", None, None, "2025-11-30", "repaid")]),
    # "June last year" is June of the year before publication
    ("Riot Platforms mined 412 BTC in June last year, the company said.", "2026-01-10", "btc_mined",
     [("Riot Platforms", 412.0, "2025-06-01", "2025-06-30", None)]),
    # the bank lends to the company: a facility, not the miner lending
    ("On July 28, 2022, Marathon entered into a Revolving Credit and Security Agreement with Silvergate Bank (the "
     "\"Bank\") under which the Bank agreed to lend the Company up to $100.0 million on a revolving basis.",
     "2022-11-14", "loan",
     [("MARA Holdings", 100_000_000.0, None, "2022-07-28", "facility")]),
    # a top-up of coins, and the worth of all pledged coins is no loan
    ("On November 9, 2022, the bitcoin price fell to a new low. That decline obliged Marathon to pledge a further "
     "1,669 bitcoin against its borrowings under the RLOC, which lifted the number of bitcoin pledged to 9,490 "
     "(roughly $153.9 million).", "2022-11-14", "loan",
     [("MARA Holdings", None, None, "2022-11-09", "collateral_posted")]),
    # drawn, and still outstanding
    ("As of September 30, 2022, Marathon had drawn $50.0 million under the Term Loan, and that amount remained "
     "outstanding.", "2022-11-14", "loan",
     [("MARA Holdings", 50_000_000.0, None, "2022-09-30", "outstanding")]),
    # a cap the borrower may have outstanding is no hypothetical; a loan's terms are no event
    ("Hut 8 Corp. amended its Coinbase credit agreement. The Amended Credit Agreement raises by $70.0 million "
     "the maximum "
     "aggregate principal amount that the Borrower may have outstanding, bringing the total commitment under the "
     "facility to $200.0 million. It keeps the loan-to-value thresholds that trigger a margin call or permit a release "
     "of collateral, and the provisions governing maturity and repayment.", "2025-12-31", "loan",
     [("Hut 8", 200_000_000.0, None, "2025-12-31", "facility")]),
    # the figure's own words name its kind; a purchase is installed at publication
    ("As of August 28, 2024, IREN has 15 EH/s of installed capacity, and the Company remains on track to reach 20 EH/s "
     "in September 2024. The path is underpinned by IREN's purchase of 10.5 EH/s of latest-generation Bitmain S21 XP "
     "miners, with deliveries scheduled to be complete in November.", "2024-08-28", "hashrate",
     [("IREN", 15.0, None, "2024-08-28", "installed"),
      ("IREN", 20.0, None, "2024-09-30", "target"),
      ("IREN", 10.5, None, "2024-08-28", "installed")]),
    # a base after the figure
    ("MARA Holdings reported a 6% fall in monthly output, mining 706 BTC in February after 750 in January.",
     "2025-03-05", "btc_mined",
     [("MARA Holdings", 706.0, "2025-02-01", "2025-02-28", None),
      ("MARA Holdings", 750.0, "2025-01-01", "2025-01-31", None)]),
])
def test_batch_69_70_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a part of the fleet taken out of service is no fleet figure
    ("Bit Digital said a maintenance outage ordered by a power utility took roughly 600 PH/s of the fleet offline "
     "from September 26, 2023 through October 6.", "2023-10-10", "hashrate",
     []),
    # a first tranche at one site is an increment
    ("At Odessa, Cipher Mining's 207-megawatt facility, we expect to switch on our first 2.3 EH/s this month.",
     "2022-11-14", "hashrate",
     []),
    # two rows of one debt table are two loans, however close their balances
    ("Greenidge Generation 10-K excerpt. Notes payable (in thousands):\n\n"
     "| Note | Loan Date | Maturity Date | Interest Rate | December 31, 2022 |\n|---|---|---|---|---|\n"
     "| Equipment Financings E - H | May 2021 | October 2023 | 15.0% | $10,478 |\n"
     "| Senior Unsecured Notes | October 2021 | October 2026 | 8.5% | 72,200 |\n"
     "| Secured Promissory Note | March 2022 | June 2023 | 7.5% | 10,430 |", "2023-03-31", "loan",
     [("Greenidge Generation", 10_478_000.0, None, "2022-12-31", "outstanding"),
      ("Greenidge Generation", 10_430_000.0, None, "2022-12-31", "outstanding")]),
    # a column of maturities is no balance; a note and a credit agreement are loans
    ("Core Scientific 10-Q, Note 5.\nNotes payable at September 30, 2023 and December 31, 2022 were as follows (in "
     "thousands):\n\tStated Interest Rate\tMaturities\tSeptember 30, 2023\tDecember 31, 2022\n"
     "Kentucky note\t5.0%\t2023\t$529\t$529\nStockholder loan\t10.0%\t2023\t10,000\t10,000\n"
     "Replacement DIP Credit Agreement\t10.0%\t2023\t17,848\t—", "2023-11-07", "loan",
     [("Core Scientific", 529_000.0, None, "2023-09-30", "outstanding"),
      ("Core Scientific", 529_000.0, None, "2022-12-31", "outstanding"),
      ("Core Scientific", 10_000_000.0, None, "2023-09-30", "outstanding"),
      ("Core Scientific", 10_000_000.0, None, "2022-12-31", "outstanding"),
      ("Core Scientific", 17_848_000.0, None, "2023-09-30", "outstanding")]),
    # a year to date on a label line runs through the reported month
    ("CleanSpark Releases November 2022 Bitcoin Mining Update\n\nLAS VEGAS, Dec. 02, 2022 (GLOBE NEWSWIRE) -- "
     "CleanSpark, Inc. (Nasdaq: CLSK) today published its bitcoin mining update.\n\n"
     "- Bitcoin mined in November: 535\n- Bitcoin mined calendar year-to-date: 4,157", "2022-12-02", "btc_mined",
     [("CleanSpark", 535.0, "2022-11-01", "2022-11-30", None),
      ("CleanSpark", 4157.0, "2022-01-01", "2022-11-30", None)]),
    # the company's own hashrate "worldwide" is no network figure
    ("HIVE's engineers are designing the buildout of a further 6.5 EH/s of Bitcoin mining capacity, which would take "
     "HIVE's hashrate worldwide to 12.1 EH/s by the end of 2025.", "2024-07-31", "hashrate",
     [("HIVE Digital Technologies", 12.1, None, "2025-12-31", "target")]),
    # a target set beside a machine purchase
    ("The plan builds on the fleet upgrade Bitfarms laid out in the spring, when it committed to buying tens of "
     "thousands of new Bitmain T21 machines and set a target of 21 EH/s by the end of 2024.", "2024-06-13",
     "hashrate",
     [("Bitfarms", 21.0, None, "2024-12-31", "target")]),
    # the level a plan grows from is today's, and a fleet dated ahead is a target
    ("Iris Energy builds more halls. The halls are due to be handed over in stages between January and the second "
     "quarter of 2024, giving the company room to grow its operating hash rate from 5.6 EH/s to 10 EH/s by "
     "mid-2024.", "2023-12-18", "hashrate",
     [("IREN", 5.6, None, "2023-12-18", "operational"), ("IREN", 10.0, None, "2024-06-30", "target")]),
    ("Iris Energy ordered T21 rigs. The Australian miner will take delivery of the new machines in the first half of "
     "2024, lifting its total capacity to 10 EH/s.", "2023-12-18", "hashrate",
     [("IREN", 10.0, None, "2024-06-30", "target")]),
    # a month named as a comparison does not date the paragraph's average
    ("Hive Blockchain's July update.\n\nHive produced 279.9 BTC over the month, almost exactly matching its June "
     "tally, and grew its mining capacity by 13% to 2.26 EH/s by the end of July. Its hashrate averaged 2.03 EH/s "
     "across the month.", "2022-08-11", "hashrate",
     [("HIVE Digital Technologies", 2.26, None, "2022-07-31", "capacity"),
      ("HIVE Digital Technologies", 2.03, "2022-07-01", "2022-07-31", "average")]),
    # a place named before the verb is not an unknown company
    ("Iris Energy mined 154 BTC in July. On August 8 the company said the first 50 MW at its Mackenzie site in "
     "British Columbia had been fully energized ahead of schedule, lifting its operating capacity to more than "
     "2.3 EH/s.", "2022-08-11", "hashrate",
     [("IREN", 2.3, None, "2022-08-08", "capacity")]),
    # the buyer of a site is not the subject the release's figures follow
    ("Mawson Infrastructure Group Inc. Announces September 2022 Operational Update\n"
     "ATLANTA, October 18, 2022 (BUSINESS WIRE) -- Mawson Infrastructure Group Inc. (NASDAQ: MIGI) today released "
     "its figures for September 2022.\n"
     "“In September our team wound down the Sandersville site, handing its day-to-day running over to CleanSpark "
     "Inc.,” said James Manning, Chief Executive Officer of Mawson.\n"
     "September Bitcoin Self-Mining Update:\n- Bitcoin produced by self-mining: 102", "2022-10-18", "btc_mined",
     [("Mawson Infrastructure", 102.0, "2022-09-01", "2022-09-30", None)]),
    # a pipe inside a dateline's parentheses is no table row; footnote numbers and superscripts are no figures
    ("Hut 8 Operations Update for December 2023\n"
     "MIAMI, January 5, 2024 (GLOBE NEWSWIRE) -- Hut 8 Corp. (Nasdaq | TSX: HUT) today released its update.\n"
     "\tDecember 2023\tNovember 2023\n"
     "Self-Mining\u2074\n"
     "Deployed hashrate\u2076\t7.2 EH/s\t7.3 EH/s\n"
     "Bitcoin on balance sheet\u2077\t9,195 BTC\t9,129 BTC\n"
     "Notes\n1 Covers all sites.\n2 Covers all miners.\n3 Covers all hashrate.\n4 Includes the Echo site.\n"
     "5 Racked machines.\n6 Expected hashrate.\n"
     "7 Bitcoin held on the balance sheet, including Bitcoin pledged as collateral.", "2024-01-05", "btc_held",
     [("Hut 8", 9195.0, None, "2023-12-31", None), ("Hut 8", 9129.0, None, "2023-11-30", None)]),
    # coins left in custody are a balance, with its comparisons
    ("Bitfarms sold 1,623 bitcoin over the course of July. That left 2,021 bitcoin in custody when July closed, "
     "compared with 3,349 on June 30.", "2022-08-02", "btc_held",
     [("Bitfarms", 2021.0, None, "2022-07-31", None), ("Bitfarms", 3349.0, None, "2022-06-30", None)]),
    # the level a month's climb started from
    ("Bitfarms' update for July. As a result, its hashrate climbed from 3.6 EH/s to 3.8 EH/s over the month.",
     "2022-08-02", "hashrate",
     [("Bitfarms", 3.6, None, "2022-06-30", "operational"), ("Bitfarms", 3.8, None, "2022-07-31", "operational")]),
])
def test_batch_71_72_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # an accordion is an option to enlarge a facility, no principal
    ("Alongside the lease, Cipher Mining closed a $200 million revolving credit facility that includes a $50 million "
     "accordion.", "2026-03-26", "loan",
     [("Cipher Mining", 200_000_000.0, None, "2026-03-26", "facility")]),
    # a sum of facilities across lenders is no facility of its own
    ("CleanSpark signs a $100 million bitcoin-backed credit facility with Two Prime.\n\n- Combined collateralized "
     "borrowing capacity across its lenders now totals $400 million", "2025-09-25", "loan",
     [("CleanSpark", 100_000_000.0, None, "2025-09-25", "facility")]),
    # one day's output is a rate
    ("On the first day of December alone, Marathon said, it produced 34 bitcoins.", "2021-12-03", "btc_mined",
     []),
    # the current fiscal year's quarter, for a miner whose year ends in March
    ("HIVE Digital Technologies posted its highest quarterly revenue in the second quarter of its current fiscal "
     "year. The company's operating hashrate stood at 16.2 EH/s at the end of the reporting period.", "2025-11-18",
     "hashrate",
     [("HIVE Digital Technologies", 16.2, None, "2025-09-30", "operational")]),
])
def test_dev72_leftover_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a running tally's own span, for a miner whose fiscal year ends in September
    ("CleanSpark mined 598 BTC in March, which took its production for the first calendar quarter to 1,871 BTC, 22% "
     "more than it mined in the final three months of 2022.", "2023-04-04", "btc_mined",
     [("CleanSpark", 598.0, "2023-03-01", "2023-03-31", None),
      ("CleanSpark", 1871.0, "2023-01-01", "2023-03-31", None)]),
    # month columns headed without "ended", and a row of the balances each month opened with
    ("LM Funding America, Inc. Provides Monthly Update for Month Ended June 30, 2024\n\n"
     "Metrics*\tOne Month January 31, 2024\tOne Month February 29, 2024\tSix Months June 30, 2024\n"
     "Bitcoin Beginning Balance\t95.1\t126.8\t95.1\nBitcoin Mined, net\t31.7\t26.8\t130.5", "2024-07-16", "btc_mined",
     [("LM Funding America", 31.7, "2024-01-01", "2024-01-31", None),
      ("LM Funding America", 26.8, "2024-02-01", "2024-02-29", None),
      ("LM Funding America", 130.5, "2024-01-01", "2024-06-30", None)]),
    ("LM Funding America, Inc. Provides Monthly Update for Month Ended June 30, 2024\n\n"
     "Metrics*\tOne Month January 31, 2024\tOne Month February 29, 2024\n"
     "Bitcoin Beginning Balance\t95.1\t126.8\nBitcoin Holdings\t126.8\t153.6", "2024-07-16", "btc_held",
     [("LM Funding America", 95.1, None, "2023-12-31", None),
      ("LM Funding America", 126.8, None, "2024-01-31", None),
      ("LM Funding America", 153.6, None, "2024-02-29", None)]),
    # the base of a percentage is not the figure's year
    ("- For the full year 2021 Riot produced 3,812 BTC, an increase of roughly 269% on its 2020 output.", "2022-01-05",
     "btc_mined",
     [("Riot Platforms", 3812.0, "2021-01-01", "2021-12-31", None)]),
    # a second header inside a table dates the rows under it
    ("BitFuFu Announces Third Quarter 2024 Results\n\n"
     "Metric\tAs of September 30, 2024\tAs of September 30, 2023\nHosting capacity (MW)\t556\t339\n"
     "\tThree months ended September 30, 2024\tThree months ended September 30, 2023\n"
     "BTC produced from BitFuFu self-mining operations\t340\t515", "2024-11-05", "btc_mined",
     [("BitFuFu", 340.0, "2024-07-01", "2024-09-30", None), ("BitFuFu", 515.0, "2023-07-01", "2023-09-30", None)]),
    # a month in the label, the years in the columns
    ("Bitfarms' 2024 output.\n\nMetric | 2024 | 2023\nBTC mined in December | 211 | 446", "2025-01-02", "btc_mined",
     [("Bitfarms", 211.0, "2024-12-01", "2024-12-31", None), ("Bitfarms", 446.0, "2023-12-01", "2023-12-31", None)]),
    # "The Toronto-based miner" is the company named before, not the one it will absorb
    ("Bitfarms closed 2024 strongly. The Toronto-based miner produced 211 BTC in December and 2,914 BTC over the year "
     "as it prepares to absorb Stronghold Digital Mining.", "2025-01-02", "btc_mined",
     [("Bitfarms", 211.0, "2024-12-01", "2024-12-31", None), ("Bitfarms", 2914.0, "2024-01-01", "2024-12-31", None)]),
    # a group's comparison is the group's too
    ("Jefferies tracks MARA and Riot. The group of U.S.-listed miners tracked by the bank produced 3,602 bitcoin in "
     "December, up from 3,404 the previous month.", "2025-01-10", "btc_mined",
     []),
])
def test_batch_73_74_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # coins lent out for yield do not make the miner a lender of the borrowing told beside them
    ("MARA lent 9,377 BTC to counterparties, earning $32.1 million of interest over the year, and it had pledged "
     "5,938 BTC as collateral against $350 million of credit facilities that were outstanding at year-end.",
     "2026-03-02", "loan",
     [("MARA Holdings", 350_000_000.0, None, "2025-12-31", "outstanding")]),
    # what happened since a date happened after it; what happened then is dated then
    ("Cipher Mining disclosed on Friday that since the end of September it has raised its credit line's limit to "
     "$15 million.", "2024-11-01", "loan",
     [("Cipher Mining", 15_000_000.0, None, "2024-11-01", "facility")]),
    ("TeraWulf has carried no conventional bank debt since June 2024, when it paid off the final $77.5 million of its "
     "term loan.", "2025-10-17", "loan",
     [("TeraWulf", 77_500_000.0, None, "2024-06-30", "repaid")]),
])
def test_dev74_loan_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # coins converted into cash are sold
    ("CleanSpark mined 598 BTC in March. CleanSpark converted 502 bitcoin into cash in March, bringing in about "
     "$12.4 million.", "2023-04-04", "btc_sold",
     [("CleanSpark", 502.0, "2023-03-01", "2023-03-31", None)]),
])
def test_converted_into_cash_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # the balance named before its bare figure, and machines counted as "bitcoin units"
    ("Bit Digital's fourth quarter update.\n\n- Treasury holdings of BTC stood at 808.2 on December 31, 2021.\n"
     "- Counting machines not yet installed, Bit Digital owned 27,744 bitcoin units at December 31, 2021.",
     "2022-03-15", "btc_held",
     [("Bit Digital", 808.2, None, "2021-12-31", None)]),
])
def test_balance_of_btc_named_first_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a merger done: the combined company's figures are its own (a merger proposed would not be)
    ("Hut 8 and US Bitcoin Corp completed their merger on November 30. The combined company self-mined 390 BTC in "
     "November and had 7.3 EH/s of self-mining hashrate deployed at month end.", "2023-12-12", "hashrate",
     [("Hut 8", 7.3, None, "2023-11-30", "deployed")]),
    # another coin's row is no bitcoin figure
    ("HIVE Blockchain Provides April 2022 Production Update\nHIVE Blockchain Technologies Ltd. today announced its "
     "production for April 2022.\nBTC produced: 268.8\nETH produced: 2,537*", "2022-05-04", "btc_mined",
     [("HIVE Digital Technologies", 268.8, "2022-04-01", "2022-04-30", None)]),
    # coins per exahash are a yield, not output
    ("Hive's machines produced 269.5 bitcoin in September, about 70 bitcoin for each exahash, on an average hash rate "
     "of 3.83 EH/s.", "2023-10-05", "btc_mined",
     [("HIVE Digital Technologies", 269.5, "2023-09-01", "2023-09-30", None)]),
    # cash raised from coins: a sale
    ("Riot Platforms mined 508 BTC in April. The miner raised about $10 million from 250 BTC, the second month in a "
     "row it has tapped its production for cash.", "2022-05-04", "btc_sold",
     [("Riot Platforms", 250.0, "2022-04-01", "2022-04-30", None)]),
    # a guidance raised by an amount: the step is no fleet
    ("Cipher Mining lifted its year-end hashrate expectations by 0.5 exahash per second (EH/s), a filing showed.",
     "2022-05-10", "hashrate",
     []),
    # a maker that names the order is not the subject
    ("Greenidge Generation Holdings Inc. (NASDAQ: GREE) today set out its expansion plans.\n\n\u201cWith the larger "
     "Bitmain order, our committed miner capacity rises above 130MW, representing 4.1 EH/s that we expect to have "
     "delivered over the next 12 months.\u201d", "2021-10-21", "hashrate",
     [("Greenidge Generation", 4.1, None, "2022-10-31", "target")]),
    # "in the quarter" is the reported quarter, not the list's as-of day
    ("Bitdeer Technologies Group (NASDAQ: BTDR) reported its results for the three months ended March 31, 2024.\n\n"
     "Key operating metrics as of March 31, 2024:\n- Bitcoin mined through self-mining in the quarter: 911.",
     "2024-05-13", "btc_mined",
     [("Bitdeer", 911.0, "2024-01-01", "2024-03-31", None)]),
])
def test_dev71_to_74_leftover_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a loan event with no date of its own is dated by default, and flagged
    ("Argo's treasury remains small. As part of that rescue package, Galaxy also lent Argo $35 million, secured "
     "against mining equipment at its sites in Quebec.", "2024-02-05", "loan",
     [("Argo Blockchain", 35_000_000.0, None, "2024-02-05", "borrowed", ["period_inferred"])]),
    ("On December 28, 2022, Galaxy lent Argo $35 million, secured against mining equipment at its sites in Quebec.",
     "2024-02-05", "loan",
     [("Argo Blockchain", 35_000_000.0, None, "2022-12-28", "borrowed", [])]),
    # "the same date" is the day named before it on its line
    ("Canaan Inc. (NASDAQ: CAN) held 1,293 bitcoins as of September 30, 2024.\nAs of December 31, 2024, the Company "
     "had cash of US$57.4 million. As of the same date, the Company had US$22.3 million of short-term loans outstanding.",
     "2025-03-10", "loan",
     [("Canaan", 22_300_000.0, None, "2024-12-31", "outstanding", [])]),
])
def test_loan_dates_by_default_are_flagged(text, published, type_, expected):
    facts = facts_of(text, published, type_)
    assert [(f["company"], f["value"], f["period_start"], f["period_end"], f["hashrate_kind"] or f["loan_event"],
             f["flags"]) for f in facts] == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # "the first half of next year" is next year's
    ("IREN now sees a path to 40 EH/s in the first half of next year.", "2024-05-15", "hashrate",
     [("IREN", 40.0, None, "2025-06-30", "target")]),
    # a year's target raised on a weekday: the year's end, not the day
    ("IREN raised its 2024 expansion target to 30 exahashes per second (EH/s) on Wednesday.", "2024-05-15",
     "hashrate",
     [("IREN", 30.0, None, "2024-12-31", "target")]),
    # a target raised after reaching a level: the level is today's fleet
    ("IREN raises 2024 hashrate target to 30 EH/s after reaching 10 EH/s early", "2024-05-15", "hashrate",
     [("IREN", 30.0, None, "2024-12-31", "target"), ("IREN", 10.0, None, "2024-05-15", "operational")]),
    # a superseded plan is no target
    ("IREN lifted its goal. Its earlier plan called for 20 EH/s by the end of 2024; the new goal is 30 EH/s by the "
     "same date.", "2024-05-15", "hashrate",
     [("IREN", 30.0, None, "2024-12-31", "target")]),
    # an average that rose "from February" is March's
    ("Riot mined 533 BTC in March.\n\nIts average operating hash rate over the month rose 3% from February to "
     "30.3 EH/s.", "2025-04-01", "hashrate",
     [("Riot Platforms", 30.3, "2025-03-01", "2025-03-31", "average")]),
    # "current" is now, whatever quarter the sentence named before
    ("Bitfarms cited a gross mining margin of 38%, against 44% in Q3 2023; a current hashrate of 11.9 exahashes "
     "per second (EH/s).", "2024-11-13", "hashrate",
     [("Bitfarms", 11.9, None, "2024-11-13", "operational")]),
    # machines installed after month end: a step, and the fleet they lift is today's
    ("Iris Energy Limited (NASDAQ: IREN) provided its December 2022 update.\n\n"
     "\u2022 After month end, roughly 0.4 EH/s of S19j Pro miners were installed, lifting the Company\u2019s total "
     "operating capacity by more than 30% to 1.5 EH/s", "2023-01-12", "hashrate",
     [("IREN", 1.5, None, "2023-01-12", "capacity")]),
    # machines on their way are no fleet
    ("Iris Energy has 0.7 EH/s of miners running today, with 5.7 EH/s scheduled to ship in 2022.", "2021-12-09",
     "hashrate",
     [("IREN", 0.7, None, "2021-12-09", "operational")]),
    # two rounds of a "respectively" list, each dated by its own period
    ("In absolute terms, realized proprietary hashrate at Argo, Stronghold and Bit Digital slid from 2.29 EH/s, "
     "3.59 EH/s and 2.76 EH/s in April to 1.81 EH/s, 3.31 EH/s and 2.55 EH/s in May, respectively.", "2024-06-11",
     "hashrate",
     [("Argo Blockchain", 2.29, "2024-04-01", "2024-04-30", "average"),
      ("Stronghold Digital Mining", 3.59, "2024-04-01", "2024-04-30", "average"),
      ("Bit Digital", 2.76, "2024-04-01", "2024-04-30", "average"),
      ("Argo Blockchain", 1.81, "2024-05-01", "2024-05-31", "average"),
      ("Stronghold Digital Mining", 3.31, "2024-05-01", "2024-05-31", "average"),
      ("Bit Digital", 2.55, "2024-05-01", "2024-05-31", "average")]),
    # machines bought are installed at publication, whatever the option that follows
    ("Bitfarms went for volume, agreeing to buy 35,888 Antminer T21 machines that together deliver 6.8 EH/s, and it "
     "secured an option to purchase another 28,000 T21 units in 2024.", "2023-12-04", "hashrate",
     [("Bitfarms", 6.8, None, "2023-12-04", "installed")]),
    # the balance named before its bare figures
    ("Hut 8 Mining reported results.\n\n\u2022 Bitcoin held in reserve climbed to 8,388 at September 30, 2022, from "
     "7,406 at June 30, 2022.", "2022-11-10", "btc_held",
     [("Hut 8", 8388.0, None, "2022-09-30", None), ("Hut 8", 7406.0, None, "2022-06-30", None)]),
    # an agreement secured against the miner's bitcoin is a loan; the balance it left shares its date
    ("Galaxy Digital lends to miners.\n\nOn Sept. 10, Argo announced a second agreement for a further $25 million, "
     "once again secured against some of its bitcoin. The first loan was rolled into the new one, leaving Argo with "
     "$45 million outstanding to Galaxy, due on October 29.", "2021-10-13", "loan",
     [("Argo Blockchain", 25_000_000.0, None, "2021-09-10", "borrowed"),
      ("Argo Blockchain", 45_000_000.0, None, "2021-09-10", "outstanding")]),
])
def test_batch_75_76_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a balance or fleet dated at publication only because nothing dates it is flagged; "now" dates it
    ("Hut 8 reported its third-quarter results on Tuesday. Hut 8 has 9,366 BTC in reserve.", "2024-11-13", "btc_held",
     [("Hut 8", 9366.0, None, "2024-11-13", None, ["period_inferred"])]),
    ("Hut 8 reported its third-quarter results on Tuesday. Hut 8 now has 9,366 BTC in reserve.", "2024-11-13",
     "btc_held",
     [("Hut 8", 9366.0, None, "2024-11-13", None, [])]),
    ("Hut 8 reported its third-quarter results on Tuesday. Its fleet runs at 5.6 EH/s.", "2024-11-13", "hashrate",
     [("Hut 8", 5.6, None, "2024-11-13", "operational", ["period_inferred"])]),
    ("Hut 8 reported its third-quarter results on Tuesday. Its fleet currently runs at 5.6 EH/s.", "2024-11-13",
     "hashrate",
     [("Hut 8", 5.6, None, "2024-11-13", "operational", [])]),
])
def test_stocks_dated_by_publication_alone_are_flagged(text, published, type_, expected):
    facts = facts_of(text, published, type_)
    assert [(f["company"], f["value"], f["period_start"], f["period_end"], f["hashrate_kind"] or f["loan_event"],
             f["flags"]) for f in facts] == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a coin loan told from the lender's side: the borrower is named between the verb and the coins
    ("Anchorage lent Gryphon's operating subsidiary 933.33 BTC on May 25, 2022.", "2024-10-29", "loan",
     [("Gryphon Digital Mining", None, None, "2022-05-25", "borrowed")]),
    # the loan a lender extended back then is a borrowing at its own date; the loan named by its size is no balance,
    # and clearing it is a repayment
    ("Argo Blockchain (ARBK) cleared its Galaxy Digital debt on Aug. 12, paying off the remaining balance of a $35 "
     "million loan the lender extended in December 2022.", "2024-08-20", "loan",
     [("Argo Blockchain", None, None, "2024-08-12", "repaid"),
      ("Argo Blockchain", 35_000_000.0, None, "2022-12-31", "borrowed")]),
    # a second thing announced has its own dates; a target raised "from" a figure leaves that figure behind
    ("Iris Energy announced that its operating hashrate has grown to 10 EH/s and that it has raised its 2024 "
     "expansion target from 20 EH/s to 30 EH/s.", "2024-05-15", "hashrate",
     [("IREN", 10.0, None, "2024-05-15", "operational"), ("IREN", 30.0, None, "2024-12-31", "target")]),
    # coins sold out of the holdings are a sale
    ("Bitfarms also sold a large part of its holdings, more than 3,000 BTC, last month.", "2022-07-07", "btc_sold",
     [("Bitfarms", 3000.0, "2022-06-01", "2022-06-30", None)]),
    # machines taken down by an outage are no fleet
    ("Bit Digital's active hash rate was about 1.19 EH/s at September 30, with roughly 600 PH/s taken down by a "
     "utility-mandated maintenance outage.", "2023-10-11", "hashrate",
     [("Bit Digital", 1.19, None, "2023-09-30", "operational")]),
    # a month's figure named as the comparison
    ("Marathon Digital Holdings produced 616 BTC in May. Against April\u2019s 850 BTC, output fell 27%.",
     "2024-06-05", "btc_mined",
     [("MARA Holdings", 616.0, "2024-05-01", "2024-05-31", None),
      ("MARA Holdings", 850.0, "2024-04-01", "2024-04-30", None)]),
    # holdings of two coins, the bitcoin first; a cryptocurrency position in coins
    ("Bit Digital's May update.\n\nTreasury holdings of BTC and ETH were 1,038.4 and 20,508.3, respectively, as of "
     "May 31, 2024.", "2024-06-05", "btc_held",
     [("Bit Digital", 1038.4, None, "2024-05-31", None)]),
    ("As of 31 May 2022, Northern Data\u2019s cryptocurrency position amounted to approximately 1,360 BTC and "
     "approximately 39,820 ETH.", "2022-06-10", "btc_held",
     [("Northern Data", 1360.0, None, "2022-05-31", None)]),
])
def test_batch_78_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a debt table whose labels give each loan's terms and whose cells carry notes' letters
    ("Stronghold Digital Mining, Inc. 10-Q.\n\nThe table below summarizes the Company\u2019s equipment borrowings.\n"
     "Loan | September 30, 2022 | December 31, 2021\n"
     "$40,000,000 loan at 10.00% interest, maturing June 2023 | $ 17,639,433 [A] | $ 30,734,045\n"
     "$10,641,362 loan at 10.00% interest, maturing June 2023 | \u2014 [B] | 8,176,302", "2022-11-14", "loan",
     [("Stronghold Digital Mining", 17_639_433.0, None, "2022-09-30", "outstanding"),
      ("Stronghold Digital Mining", 30_734_045.0, None, "2021-12-31", "outstanding"),
      ("Stronghold Digital Mining", 8_176_302.0, None, "2021-12-31", "outstanding")]),
    # the lender named as the one that agreed to lend: no miner lending
    ("On June 30, 2021, Stronghold Digital Mining entered into an equipment financing agreement with WhiteHawk "
     "Finance LLC, under which WhiteHawk agreed to lend up to $40.0 million to fund purchases of bitcoin miners.",
     "2022-11-14", "loan",
     [("Stronghold Digital Mining", 40_000_000.0, None, "2021-06-30", "facility")]),
    # proceeds used to pay down a debt are a repayment done
    ("Argo Blockchain sold its Mirabel data center in March 2024 and used the net proceeds to pay down debt owed to "
     "Galaxy.", "2024-04-25", "loan",
     [("Argo Blockchain", None, None, "2024-03-31", "repaid")]),
    # all of a facility drawn; the size it may grow to is no loan
    ("Core Scientific Closes $500 Million Loan Facility With Morgan Stanley, Expandable to $1 Billion\n\n"
     "On March 5, 2026, the Company borrowed the full $500 million available under the Facility.", "2026-03-05", "loan",
     [("Core Scientific", 500_000_000.0, None, "2026-03-05", "facility"),
      ("Core Scientific", 500_000_000.0, None, "2026-03-05", "borrowed")]),
    # notes placed with investors are securities
    ("IREN Limited arranged new financing. The package has two parts: a $2.1 billion U.S. private placement of senior "
     "notes and a $1.55 billion delayed-draw term loan.", "2026-06-01", "loan",
     [("IREN", 1_550_000_000.0, None, "2026-06-01", "facility")]),
    # a run of monthly averages keeps its kind whatever the words after it
    ("Cango Inc. (NYSE: CANG) reported results.\n\n-- Average operating hashrate rose steadily from 40.91 EH/s in July "
     "to 44.85 EH/s in September and improved again to 46.09 EH/s in October, with efficiency above 90%, helped by "
     "operational improvements.", "2025-12-01", "hashrate",
     [("Cango", 40.91, "2025-07-01", "2025-07-31", "average"), ("Cango", 44.85, "2025-09-01", "2025-09-30", "average"),
      ("Cango", 46.09, "2025-10-01", "2025-10-31", "average")]),
    # the company's hashrate "worldwide" is its own
    ("Cango today operates 50 EH/s of deployed hashrate worldwide.", "2025-12-01", "hashrate",
     [("Cango", 50.0, None, "2025-12-01", "deployed")]),
])
def test_batch_77_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # "during the month" in a story about a quarter: the month named before it
    ("CleanSpark reported its fiscal fourth quarter, which ended September 30, 2024, and its November update. In "
     "November it mined 622 BTC. The company sold 26.11 BTC during the month.", "2024-12-03", "btc_sold",
     [("CleanSpark", 26.11, "2024-11-01", "2024-11-30", None)]),
    # a calendar-year total in a December update is the year's
    ("CleanSpark's December update.\n\nCleanSpark produced 668 BTC in December, up from 622 BTC in November, for a "
     "calendar-year total of 7,024 BTC.", "2025-01-03", "btc_mined",
     [("CleanSpark", 668.0, "2024-12-01", "2024-12-31", None), ("CleanSpark", 622.0, "2024-11-01", "2024-11-30", None),
      ("CleanSpark", 7024.0, "2024-01-01", "2024-12-31", None)]),
    # the past week, before publication
    ("Over the past seven days, Bitfarms sold 3,000 BTC for proceeds of approximately US$62 million.", "2022-06-21",
     "btc_sold",
     [("Bitfarms", 3000.0, "2022-06-14", "2022-06-20", None)]),
    # "This year we plan to ...": the year's end
    ("Marathon Digital Holdings reported results.\n\n\u201cThis year we plan to take our hash rate to roughly "
     "35\u201337 EH/s.\u201d", "2024-03-06", "hashrate",
     [("MARA Holdings", 37.0, None, "2024-12-31", "target")]),
    # a span named in the label cell, its end in the next
    ("DMG Blockchain Solutions reported its first fiscal quarter.\nFinancial Review\nThree months ended\tDecember 31, "
     "2022\nRevenue\t$7.2 million\nBitcoin mined\t274.70", "2023-03-02", "btc_mined",
     [("DMG Blockchain Solutions", 274.7, "2022-10-01", "2022-12-31", None)]),
    # machines bought under a deal are installed at publication
    ("Northern Data's Peak Mining had already signed a $150 million deal with MicroBT in September for more than 7 "
     "exahashes per second (EH/s) of the newest WhatsMiner machines.", "2023-11-03", "hashrate",
     [("Northern Data", 7.0, None, "2023-11-03", "installed")]),
])
def test_batch_79_80_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a repayment told in a clause before the figures, its loan in the verb's own words
    ("Hut 8, which cleared its Galaxy credit line in October with part of the proceeds of its $900 million zero-coupon "
     "convertible, signed a $50 million credit facility with Coinbase in December.", "2023-01-10", "loan",
     [("Hut 8", None, None, "2022-10-31", "repaid"), ("Hut 8", 50000000.0, None, "2022-12-31", "facility")]),
    # a repayment told after the figures ("using the money to retire ...") takes the borrowing's date
    ("Stronghold said that in March it borrowed $20 million from Two Prime, using the money to retire its NYDIG "
     "equipment loans.", "2024-04-05", "loan",
     [("Stronghold Digital Mining", 20000000.0, None, "2024-03-31", "borrowed"),
      ("Stronghold Digital Mining", None, None, "2024-03-31", "repaid")]),
    # but not the figure's own loan, nor one a filing defines elsewhere
    ("On May 3, 2025, Gryphon took a new $11 million loan and applied the proceeds to pay off the March Loan in full.",
     "2025-06-01", "loan", [("Gryphon Digital Mining", 11000000.0, None, "2025-05-03", "borrowed")]),
    # a repayment beside a dated balance shares its date
    ("Bitfarms put most of the cash toward its bitcoin-backed credit line with Galaxy Digital, cutting the balance to "
     "$38 million by June 21.", "2022-07-05", "loan",
     [("Bitfarms", None, None, "2022-06-21", "repaid"), ("Bitfarms", 38000000.0, None, "2022-06-21", "outstanding")]),
    # a bitcoin-backed line is a particular loan
    ("Riot said it had fully repaid its bitcoin-backed line with Coinbase.", "2025-12-03", "loan",
     [("Riot Platforms", None, None, "2025-12-03", "repaid")]),
    # in a release, a lender that names no miner lends to the issuer
    ("Bitfarms Ltd. reports results.\n\n\u25cf Coinbase provided $40 million of financing secured against bitcoin "
     "held in custody", "2024-05-14", "loan", [("Bitfarms", 40000000.0, None, "2024-05-14", "borrowed")]),
    # a figure after the network's is still the network's
    ("Riot mined 400 BTC in August.\n\nBitcoin's total hash rate has climbed back to about 200 EH/s, after dipping "
     "below 120 EH/s in July.", "2021-09-03", "hashrate", []),
    # machines on their way are not the fleet
    ("Bitfarms installed 1,000 miners in March. A further 2,500 S21 miners, representing about 0.5 EH/s, are "
     "scheduled for delivery in the third quarter.", "2024-04-02", "hashrate", []),
    # the goal a new one replaces is no target
    ("Bitdeer raised its target. The 45 EH/s target replaces a 38 EH/s year-end goal set in March.", "2025-05-02",
     "hashrate", [("Bitdeer", 45.0, None, "2025-05-02", "target")]),
    # each figure with its own participle
    ("Argo Reports 2022 Results, with 1,544 Bitcoin Mined and 2,104 Bitcoin Held at Year End", "2023-03-21",
     "btc_held", [("Argo Blockchain", 2104.0, None, "2022-12-31", None)]),
    ("Argo Reports 2022 Results, with 1,544 Bitcoin Mined and 2,104 Bitcoin Held at Year End", "2023-03-21",
     "btc_mined", [("Argo Blockchain", 1544.0, "2022-01-01", "2022-12-31", None)]),
    # a figure its own words call current is at publication, whatever the sentence's tense
    ("Riot's Q2 update.\n\nRiot lifted its deployed hash rate to 12.4 EH/s at the end of June, and management put "
     "the current figure at about 13 EH/s.", "2023-08-02", "hashrate",
     [("Riot Platforms", 12.4, None, "2023-06-30", "deployed"),
      ("Riot Platforms", 13.0, None, "2023-08-02", "operational")]),
    # a day after a month is no range's lower bound, and its year is the year the clause names
    ("CleanSpark grew its hash rate sharply in 2023, from 6.6 EH/s on Jan. 3 to 10 EH/s at the end of the year.",
     "2024-02-10", "hashrate",
     [("CleanSpark", 6.6, None, "2023-01-03", "operational"), ("CleanSpark", 10.0, None, "2023-12-31", "operational")]),
    # "began 2024 with": the year's first day
    ("Bitdeer began 2024 with 8.4 EH/s of self-mining hashrate.", "2025-02-10", "hashrate",
     [("Bitdeer", 8.4, None, "2024-01-01", "operational")]),
])
def test_batch_81_82_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # two balances joined by "and" share the date after the second
    ("Iris Energy defaulted on two loans.\n\nThe two facilities had principal outstanding of $32 million and $71 "
     "million as of Sept. 30, the company said.", "2022-11-07", "loan",
     [("IREN", 32000000.0, None, "2022-09-30", "outstanding"),
      ("IREN", 71000000.0, None, "2022-09-30", "outstanding")]),
    # machines pledged as collateral are not the fleet, nor is a second figure joined to them
    ("Iris Energy defaulted on two loans.\n\nThey are secured by machines with roughly 1.6 EH/s and 2.0 EH/s of "
     "computing power, respectively.", "2022-11-07", "hashrate", []),
    # a warning in a "which" aside is not the sentence's doubt
    ("Core Scientific, which warned in October that it may have to seek bankruptcy protection, owed BlockFi about $54 "
     "million in machine-backed loans as of Sept. 30.", "2022-12-02", "loan",
     [("Core Scientific", 54000000.0, None, "2022-09-30", "outstanding")]),
    # "with $1 million outstanding" after a loan was named, though machines back it
    ("Iris Energy has three equipment loans.\n\nA third and much smaller facility, with roughly $1 million "
     "outstanding at the end of September and backed by about 0.2 EH/s of miners, is not part of the dispute.",
     "2022-11-07", "loan", [("IREN", 1000000.0, None, "2022-09-30", "outstanding")]),
    # a text that glosses its dollars in US dollars: the US figure is the fact, the bare dollars are another currency
    ("Hut 8 Mining Corp. annual report.\n\nAt December 31, 2022, the Company's loans comprised $27.1 million owed "
     "to Trinity Capital Inc.\n\nOn December 30, 2021, the Company signed an equipment financing loan agreement with "
     "Trinity for $38.3 million (US$30.0 million).", "2023-03-09", "loan",
     [("Hut 8", None, None, "2022-12-31", "outstanding"), ("Hut 8", 30000000.0, None, "2021-12-30", "facility")]),
    # interest and financing costs are no loan figures
    ("Hut 8 Mining Corp. annual report.\n\nDuring 2022 the Company paid interest of $4.3 million (US$3.3 million) "
     "on the Trinity loan and recorded deferred financing costs of $1.4 million.", "2023-03-09", "loan", []),
    # "Debt was cut by": the step repaid, the new balance and the old one
    ("Argo Blockchain plc reports its results for the six months ended 30 June 2023.\n\n\u2022 Debt was cut by $4 "
     "million during the quarter to $75 million as of 30 June 2023, down from $143 million at 30 June 2022",
     "2023-08-29", "loan",
     [("Argo Blockchain", 4000000.0, None, "2023-06-30", "repaid"),
      ("Argo Blockchain", 75000000.0, None, "2023-06-30", "outstanding"),
      ("Argo Blockchain", 143000000.0, None, "2022-06-30", "outstanding")]),
    # "our" loan is a particular one
    ("Bitfarms reported its second quarter. The company said it sold 3,000 BTC in June and used most of the money "
     "to pay down our BTC-backed credit facility with Galaxy Digital, which stood at $38 million at June 30.",
     "2022-08-15", "loan",
     [("Bitfarms", None, None, "2022-06-30", "repaid"), ("Bitfarms", 38000000.0, None, "2022-06-30", "outstanding")]),
    # paying down a line named by its size repays an unknown amount
    ("Bitfarms sold close to half of its Bitcoin stack last month to pay down its $100 million Bitcoin-backed credit "
     "line.", "2022-08-17", "loan", [("Bitfarms", None, None, "2022-07-31", "repaid")]),
    # "They" after a group of miners is the group
    ("Bitfarms sold half of its stack in June to pay down debt.\n\n\u201cListed miners are still selling Bitcoin "
     "faster than they produce it,\u201d said an analyst. \u201cThey sold 6,200 coins in July.\u201d", "2022-08-17",
     "btc_sold", []),
    # Australian dollars glossed in US dollars
    ("Mawson Infrastructure Group said its Australian subsidiary was party to a Secured Loan Facility Agreement with "
     "W Capital, with a total loan facility of AUD$8 million (USD$5.2 million).", "2024-04-03", "loan",
     [("Mawson Infrastructure", 5200000.0, None, "2024-04-03", "facility")]),
    # a span of two days, the first taking the second's year
    ("Marathon Digital Holdings October 2022 update.\n\n\u2022 3,197 BTC produced from January 1 through October "
     "31, 2022, 27% more than in the first ten months of 2021", "2022-11-02", "btc_mined",
     [("MARA Holdings", 3197.0, "2022-01-01", "2022-10-31", None)]),
])
def test_batch_81_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # "for the quarter" before an average: the reported quarter, not a comparison's quarter named before it
    ("IREN reports results for the quarter ended March 31, 2025 (Q3 FY25).\n\n- Electricity costs rose to $36.5 "
     "million from $28.9 million in Q2 FY25, as average operating hashrate grew 30% (average operating hashrate for "
     "the quarter was 29.4 EH/s)", "2025-05-14", "hashrate",
     [("IREN", 29.4, "2025-01-01", "2025-03-31", "average")]),
    # a column of target dates dates each row's target
    ("Miners' February figures.\n\nCompany | BTC mined, Feb | Operating hashrate, Feb 28 (EH/s) | Target (EH/s) | "
     "Target date\nRiot Blockchain | 466 | 4.0 | 12.8 | end-2022\nMarathon Digital | 327 | 3.9 | 23.3 | Q1 2023",
     "2022-03-04", "hashrate",
     [("Riot Platforms", 4.0, None, "2022-02-28", "operational"),
      ("Riot Platforms", 12.8, None, "2022-12-31", "target"),
      ("MARA Holdings", 3.9, None, "2022-02-28", "operational"),
      ("MARA Holdings", 23.3, None, "2023-03-31", "target")]),
    # a range with customers' machines is not the company's, on either bound
    ("For 2022, Core Scientific expects to reach total hashrate of between 40 EH/s and 42 EH/s, including customer "
     "machines.", "2022-03-10", "hashrate", []),
    # proceeds of a share placement are no loan
    ("Argo Blockchain plc interim results.\n\n\u2022 In July 2023 Argo raised $7.5 million of gross proceeds through "
     "a share placement and used part of the money to repay $1.8 million of its loan from Galaxy", "2023-08-29",
     "loan", [("Argo Blockchain", 1800000.0, None, "2023-07-31", "repaid")]),
    # a bracketed period's bare figure compares; a colon inside brackets makes no label line
    ("Argo Blockchain interim results.\n\n- BTC held of 9 at 30 June 2025 (31 December 2024: 14)", "2025-09-01",
     "btc_held", [("Argo Blockchain", 9.0, None, "2025-06-30", None),
                  ("Argo Blockchain", 14.0, None, "2024-12-31", None)]),
    ("Argo Blockchain interim results.\n\n- BTC mined of 90 in H1 2025 (H1 2024: 140)", "2025-09-01", "btc_mined",
     [("Argo Blockchain", 90.0, "2025-01-01", "2025-06-30", None),
      ("Argo Blockchain", 140.0, "2024-01-01", "2024-06-30", None)]),
])
def test_dev_leftover_cases_s29(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a pool's hashrate is no miner's ("Antpool", "F2Pool")
    ("MARA Holdings mined 750 BTC in December.\n\nAntpool's gains were more modest, rising from 130 EH/s to 147 EH/s.",
     "2025-01-04", "hashrate", []),
    # results are no debt, though the company was once a car-loan platform
    ("Cango's production climbed, but the cost of its pivot pushed the former car-loan platform to a net loss of "
     "nearly $300 million.", "2025-09-08", "loan", []),
    # a haul is production
    ("September's tale of the tape\nWith September's production numbers in, difficulty took a bite out of most "
     "miners' output. MARA Holdings kept the top spot, mining 736 BTC over the month and adding to a reserve that "
     "remains the largest of any listed miner. Cango came next, although its haul fell to 616.6 BTC from 663.7 BTC in "
     "August.",
     "2025-10-17", "btc_mined",
     [("MARA Holdings", 736.0, "2025-09-01", "2025-09-30", None), ("Cango", 616.6, "2025-09-01", "2025-09-30", None),
      ("Cango", 663.7, "2025-08-01", "2025-08-31", None)]),
    # a "respectively" list takes no comparison's month
    ("Miners' September production.\n\nCleanSpark and Riot Platforms produced 629 BTC and 445 BTC, respectively, the "
     "former a slight dip from August.", "2025-10-17", "btc_mined",
     [("CleanSpark", 629.0, "2025-09-01", "2025-09-30", None),
      ("Riot Platforms", 445.0, "2025-09-01", "2025-09-30", None)]),
    # a supplier's payment obligations are no loan
    ("Bitfarms paid down its Galaxy loan in December.\n\nBitfarms reached agreement with its miner supplier to "
     "cancel the remaining deliveries under its purchase agreements, extinguishing $45.4 million of future payment "
     "obligations without penalty.", "2023-01-03", "loan", [("Bitfarms", None, None, "2022-12-31", "repaid")]),
    # a growth plan delivered on is a level reached, in the past
    ("Cipher Mining got an upgrade. The analyst said the miner has delivered on its growth plan, lifting its hash rate "
     "to 4.3 EH/s at the end of January from 0.64 EH/s at the end of September.", "2023-02-07", "hashrate",
     [("Cipher Mining", 4.3, None, "2023-01-31", "operational"),
      ("Cipher Mining", 0.64, None, "2022-09-30", "operational")]),
    # rows of one site each, beside the total's row
    ("Riot Platforms August 2024 production update.\nMetric\tAugust 2024\tJuly 2024\nDeployed Hash Rate \u2013 "
     "Rockdale(2)\t14.7 EH/s\t14.7 EH/s\nDeployed Hash Rate \u2013 Corsicana(2)\t7.6 EH/s\t7.6 EH/s\nDeployed Hash "
     "Rate \u2013 Total(2)\t23.5 EH/s\t23.2 EH/s", "2024-09-05", "hashrate",
     [("Riot Platforms", 23.5, None, "2024-08-31", "deployed"),
      ("Riot Platforms", 23.2, None, "2024-07-31", "deployed")]),
    # "Qtr." is a quarter
    ("Core Scientific September 2024 production.\nMetric\tSeptember 2024\tAugust 2024\tThird Qtr. 2024\nSelf-Mining "
     "Bitcoin Earned\t345\t358\t1,115", "2024-10-07", "btc_mined",
     [("Core Scientific", 345.0, "2024-09-01", "2024-09-30", None),
      ("Core Scientific", 358.0, "2024-08-01", "2024-08-31", None),
      ("Core Scientific", 1115.0, "2024-07-01", "2024-09-30", None)]),
    # "May 25 | Apr 25" over a monthly update's columns: months of 2025
    ("IREN May 2025 monthly update.\nKey Metrics\tMay 25\tApr 25\nAverage operating hashrate\t38.4 EH/s\t36.6 EH/s",
     "2025-06-05", "hashrate",
     [("IREN", 38.4, "2025-05-01", "2025-05-31", "average"), ("IREN", 36.6, "2025-04-01", "2025-04-30", "average")]),
    # one site's output, and the site's hashrate
    ("Bitdeer's December 2023 update.\n\nIn that short time the Bhutan site mined 211 Bitcoins in September, 209 "
     "Bitcoins in November and 230 Bitcoins in December.", "2024-01-22", "btc_mined", []),
    ("Bitdeer's December 2023 update.\n\nThe buildout added 100MW of electrical capacity to the company and 3.3EH/s of "
     "hash rate at the site.", "2024-01-22", "hashrate", []),
    # a total since mining began runs from that month to the end of the span told before
    ("Cango's second quarter.\n\nThe company said it mined 1,404.4 BTC from April through June, taking its total "
     "production since it started mining last November to 3,879.2 BTC.", "2025-09-08", "btc_mined",
     [("Cango", 1404.4, "2025-04-01", "2025-06-30", None), ("Cango", 3879.2, "2024-11-01", "2025-06-30", None)]),
    # a deal's size is no fleet
    ("Over the quarter, Cango lifted its deployed hashrate to 50 EH/s by the end of June after completing an 18 EH/s "
     "acquisition.", "2025-09-08", "hashrate", [("Cango", 50.0, None, "2025-06-30", "deployed")]),
])
def test_batch_83_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # "more than it produced in February" compares; the month is the subject's
    ("Marathon Digital reports record first quarter.\n\nMarch on its own brought in 825 BTC, also a monthly best for "
     "the company, worth about $23.3 million at current prices and 21% more than it produced in February.",
     "2023-04-04", "btc_mined", [("MARA Holdings", 825.0, "2023-03-01", "2023-03-31", None)]),
    # capacity restored and capacity still out of action are no fleet
    ("Riot's January update.\n\nRiot has so far restored 0.6 EH/s, which leaves 1.9 EH/s still out of action.",
     "2023-02-06", "hashrate", []),
    # "the same period of 2021" with no period named before it: the reported one, a year back
    ("Riot reports third-quarter 2022 results.\n\nThe miner produced 1,042 BTC in the quarter, against 1,292 BTC in "
     "the same period of 2021.", "2022-11-11", "btc_mined",
     [("Riot Platforms", 1042.0, "2022-07-01", "2022-09-30", None),
      ("Riot Platforms", 1292.0, "2021-07-01", "2021-09-30", None)]),
    # 50 BTC is a block subsidy only beside the subsidy's words
    ("Digihost announces May 2024 production.\n\n\u2022 Produced 50 BTC in May, the first full month of mining since "
     "the April 2024 halving cut the block subsidy in half.", "2024-06-05", "btc_mined",
     [("Digihost", 50.0, "2024-05-01", "2024-05-31", None)]),
    # how a loan is repaid is no repayment
    ("Bitdeer entered into a collateralized financing with Matrixport. Loans under that facility carry a floating "
     "interest rate and are repaid in fixed monthly installments over 24 months.", "2025-09-22", "loan", []),
    # "is expanding to" is a build under way, with its deadline
    ("IREN reports results.\n\nIREN has 31 EH/s of installed self-mining hashrate today and is expanding to 52 EH/s, "
     "with completion targeted for the first half of calendar 2025.", "2025-02-12", "hashrate",
     [("IREN", 31.0, None, "2025-02-12", "installed"), ("IREN", 52.0, None, "2025-06-30", "target")]),
    # the network in a clause before a colon is not the figure's; "above where it was on" compares
    ("Bitfarms reports its first quarter of 2022.\n\n\u2022 \u201cWe outgrew the BTC network: at the end of the "
     "quarter our hashrate stood at 2.7 Exahash per second (EH/s), 22% above where it was on December 31, 2021,\u201d "
     "the CEO said.", "2022-05-16", "hashrate", [("Bitfarms", 2.7, None, "2022-03-31", "operational")]),
    # a gap "more than a month earlier" is no fleet
    ("Riot said it had a deployed hash rate of roughly 3.5 EH/s at the end of November, about 0.3 EH/s more than a "
     "month earlier.", "2021-12-03", "hashrate", [("Riot Platforms", 3.5, None, "2021-11-30", "deployed")]),
    # a site named after a verb of place
    ("Riot delays its target.\n\nOf the company's current fleet, about 8.4 EH/s sits at Rockdale.", "2023-01-04",
     "hashrate", []),
    # a maker's sale to a customer
    ("Canaan reports results.\n\n- Largest single order in the Company's history, 2.5 EH/s of Avalon A1566 machines "
     "for a North American mining customer, fully delivered in September.", "2024-11-20", "hashrate", []),
    # a bullet that leads a sub-list gives its type; "quarter-to-date" runs from the quarter's start
    ("Marathon switched on 18,800 miners in February\n\u2022 Production:\n\u2022 683 BTC in February\n\u2022 1,370 "
     "BTC quarter-to-date", "2023-03-03", "btc_mined",
     [("MARA Holdings", 683.0, "2023-02-01", "2023-02-28", None),
      ("MARA Holdings", 1370.0, "2023-01-01", "2023-02-28", None)]),
    # machines switched on are a step
    ("Marathon switches on 2.2 EH/s in February, taking hashrate to 9.5 EH/s", "2023-03-03", "hashrate",
     [("MARA Holdings", 9.5, None, "2023-02-28", "operational")]),
])
def test_batch_84_85_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # part of a loan named by its size repays an unknown amount
    ("Miners under strain.\n\nEarlier this month, Bitfarms Ltd. sold about 3,000 bitcoins, close to half of its mined "
     "stash, to repay part of a $100 million loan from Galaxy Digital Holdings Ltd.", "2022-06-24", "loan",
     [("Bitfarms", None, None, "2022-06-24", "repaid")]),
    # a thousands comma does not close a "which" aside, so the aside's month dates the event told in it
    ("Miners' quarterly updates.\n\nStronghold, which in August handed roughly 26,200 machines back to NYDIG in "
     "exchange for wiping out about $67.4 million of debt, said it is now focused on running its plants.",
     "2022-11-11", "loan", [("Stronghold Digital Mining", 67400000.0, None, "2022-08-31", "repaid")]),
    # "helped the company mine"
    ("Hut 8's third quarter of 2022.\n\nA larger fleet helped the company mine 982 Bitcoins in the quarter.",
     "2022-11-11", "btc_mined", [("Hut 8", 982.0, "2022-07-01", "2022-09-30", None)]),
    # two facilities of one size with lenders of their own are two loans
    ("CleanSpark reports May 2025 production.\n\nThe Company also has two bitcoin-backed credit lines in place: a $100 "
     "million line with Coinbase Prime and a $100 million line with Two Prime.", "2025-06-03", "loan",
     [("CleanSpark", 100000000.0, None, "2025-06-03", "facility"),
      ("CleanSpark", 100000000.0, None, "2025-06-03", "facility")]),
])
def test_batch_84_leftover_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a balance read at a date ("drawn at", "borrowed ... at the end of"); coins lent out for yield are no loan
    ("Miners borrow against their bitcoin.\n\nMARA Holdings (MARA) reported $350 million borrowed under its "
     "bitcoin-backed lines of credit at the end of June, and it also lends out part of its stack for yield.",
     "2025-09-24", "loan", [("MARA Holdings", 350000000.0, None, "2025-06-30", "outstanding")]),
    ("Riot Platforms opened a $100 million credit facility with Coinbase Credit in April. Its quarterly report shows "
     "$200 million drawn at June 30.", "2025-09-24", "loan",
     [("Riot Platforms", 100000000.0, None, "2025-04-30", "facility"),
      ("Riot Platforms", 200000000.0, None, "2025-06-30", "outstanding")]),
    # "and a further $X" is a drawing like the one before it
    ("Riot Platforms amends its credit agreement with Coinbase.\n\nUnder the Original Credit Agreement, the Company "
     "drew $50.0 million on April 24, 2025 "
     "and a further $50.0 million on May 7, 2025.", "2025-05-21", "loan",
     [("Riot Platforms", 50000000.0, None, "2025-04-24", "borrowed"),
      ("Riot Platforms", 50000000.0, None, "2025-05-07", "borrowed")]),
    # the maximum principal amount available is a facility's size, not a balance
    ("Riot Platforms amends its credit agreement with Coinbase.\n\nThe A&R Credit Agreement raises the maximum "
     "aggregate principal amount available to the Company to $200.0 million.", "2025-05-21", "loan",
     [("Riot Platforms", 200000000.0, None, "2025-05-21", "facility")]),
    # a fleet that delivers a hash rate is no supplier's shipment
    ("Miners' quarterly updates.\n\nAt Sept. 30, Riot\u2019s fleet of 55,728 miners delivered a hash rate of "
     "5.6 EH/s.", "2022-11-11", "hashrate", [("Riot Platforms", 5.6, None, "2022-09-30", "operational")]),
    # "closed the quarter with" cash and coins; unrestricted cash is no part of the coins
    ("Marathon mines a record 2,195 BTC in the first quarter of 2023\n\nMarathon closed the quarter with about $124.9 "
     "million in unrestricted cash and cash equivalents and 11,466 BTC.", "2023-04-04", "btc_held",
     [("MARA Holdings", 11466.0, None, "2023-03-31", None)]),
    # part of the holdings sold, its size after "a total of"
    ("Miners sell in the first quarter of 2026.\n\nCango sold about 60% of its holdings, a total of 4,451 bitcoins, in "
     "February 2026.", "2026-04-03", "btc_sold", [("Cango", 4451.0, "2026-02-01", "2026-02-28", None)]),
    # a balance cut to zero
    ("Miners and AI.\n\nBitdeer has already cut its corporate bitcoin balance to zero, saying the move frees up cash.",
     "2026-03-14", "btc_held", [("Bitdeer", 0.0, None, "2026-03-14", None)]),
    # a target "by the end of the third quarter" with no year is ahead
    ("Cipher Mining Q1 2025 results.\n\nThat lifts its guidance to roughly 16.0 EH/s by the end of the second quarter "
     "and about 23.1 EH/s by the end of the third quarter.", "2025-05-06", "hashrate",
     [("Cipher Mining", 16.0, None, "2025-06-30", "target"), ("Cipher Mining", 23.1, None, "2025-09-30", "target")]),
    # hosted hashrate is the clients'
    ("Public miners' August 2024.\n\nCore Scientific\u2019s hosted hashrate slipped 6% between July and August, from "
     "5.2 EH/s to 4.9 EH/s.", "2024-09-10", "hashrate", []),
    # a strategy that "paid off" repays nothing
    ("Riot Platforms May 2024 update.\n\nRiot\u2019s power strategy again paid off, bringing in roughly $7.3 million "
     "of power credits in May.", "2024-06-04", "loan", []),
    # "all below their July totals": July is the comparison's, not the figure's
    ("Miners' August 2024 in charts.\n\nCore Scientific self-mined 358 BTC, Riot mined 322 BTC and Bitfarms produced "
     "233 BTC, all below their July totals.", "2024-09-10", "btc_mined",
     [("Core Scientific", 358.0, "2024-08-01", "2024-08-31", None),
      ("Riot Platforms", 322.0, "2024-08-01", "2024-08-31", None),
      ("Bitfarms", 233.0, "2024-08-01", "2024-08-31", None)]),
    # "down from" a figure with no month of its own: the month before the reported one
    ("Cango April 2025 production update.\n\nCango mined 600 BTC in April, down from 650 BTC.", "2025-05-06",
     "btc_mined",
     [("Cango", 600.0, "2025-04-01", "2025-04-30", None), ("Cango", 650.0, "2025-03-01", "2025-03-31", None)]),
    ("Cango April 2025 production update.\n\nThe average operating hashrate for the month eased to 29.9 EH/s from "
     "30.3 EH/s.", "2025-05-06", "hashrate",
     [("Cango", 29.9, "2025-04-01", "2025-04-30", "average"), ("Cango", 30.3, "2025-03-01", "2025-03-31", "average")]),
    # "Hut8", and "which took the total it owes the bank to" dated by the borrowing
    ("Marathon Digital and Hut 8 hold their coins.\n\nHut8, for its part, did not draw anything from its $50M credit "
     "facility with Galaxy Digital in Q3.", "2022-11-22", "loan",
     [("Hut 8", 50000000.0, None, "2022-09-30", "facility")]),
    ("Marathon Digital and Hut 8 hold their coins.\n\nMara borrowed $50M from Silvergate in October, which took the "
     "total it owes the bank to $100M.", "2022-11-22", "loan",
     [("MARA Holdings", 50000000.0, None, "2022-10-31", "borrowed"),
      ("MARA Holdings", 100000000.0, None, "2022-10-31", "outstanding")]),
    # a margin term is no loan
    ("Marathon Digital and Hut 8 hold their coins.\n\nUnder the Silvergate loans, Mara\u2019s collateral must be worth "
     "at least 155% of the amount borrowed, or $155M.", "2022-11-22", "loan", []),
    # shares sold, convertible notes, and cash are no loans
    ("Riot reports third quarter 2025 results.\n\nThat total includes $200.0 million drawn under the Company\u2019s "
     "credit facility with Coinbase Credit at September 30 and $199.6 million raised through at-the-market sales of "
     "common stock.", "2025-10-30", "loan", [("Riot Platforms", 200000000.0, None, "2025-09-30", "outstanding")]),
    ("TeraWulf reports second quarter 2025 results.\n\nTotal debt outstanding was $500.0 million, all of it in the "
     "form of the Company\u2019s 2.75% Convertible Senior Notes due 2030.", "2025-08-08", "loan", []),
    ("Stronghold reports fourth quarter 2023 results.\n\nAs of February 29, 2024, Stronghold held approximately $10.2 "
     "million in cash and Bitcoin and had $55.8 million of debt outstanding.", "2024-03-06", "loan",
     [("Stronghold Digital Mining", 55800000.0, None, "2024-02-29", "outstanding")]),
    # the miner lends to a company outside the registry
    ("CleanSpark to acquire GRIID.\n\nIn addition, CleanSpark has provided GRIID with a $5 million working capital "
     "loan.", "2024-06-27", "loan", []),
    # "is put at", "a promissory note issued to"
    ("Iris Energy unplugs miners.\n\nIris Energy's total debt is put at about $107.8 million.", "2022-11-22", "loan",
     [("IREN", 107800000.0, None, "2022-11-22", "outstanding")]),
    ("Soluna buys out its partner.\n\nTo fund the closing, Soluna used cash on hand together with a $12.0 million "
     "unsecured promissory note issued to YA II PN, Ltd.", "2026-04-16", "loan",
     [("Soluna", 12000000.0, None, "2026-04-16", "borrowed")]),
    # "between them" sums two miners
    ("Marathon and Hut 8 keep their coins.\n\nThe two should finish the month with close to 21,000 BTC between them.",
     "2022-11-22", "btc_held", []),
    # a goal "this year" ends with the year
    ("Greenidge lines up $100 million.\n\nGreenidge aims to triple its data center capacity to 4.7 EH/s this year.",
     "2022-03-24", "hashrate", [("Greenidge Generation", 4.7, None, "2022-12-31", "target")]),
    # a table of tab cells under one of '|' cells has its own header; a count of other things is no BTC
    ("IREN July 2024 update\nBitcoin Mining | AI Cloud Services\n- 222 Bitcoin mined in July | - 816 NVIDIA H100 GPUs\n"
     "Key Metrics\tJul-24\tJun-24\tMay-24\nBitcoin Mining\nBitcoin mined\t222\t233\t230", "2024-08-06", "btc_mined",
     [("IREN", 222.0, "2024-07-01", "2024-07-31", None), ("IREN", 233.0, "2024-06-01", "2024-06-30", None),
      ("IREN", 230.0, "2024-05-01", "2024-05-31", None)]),
    # new capacity is a step, and the next miner ranked after it shares that
    ("Miners added capacity in August.\n\nCanadian miner IREN did the heavy lifting with about 5.5 EH/s of new "
     "capacity, with Marathon Digital next at about 3.7 EH/s.", "2024-09-04", "hashrate", []),
    # two companies combined
    ("Riot bids for Bitfarms.\n\nAn analyst said that a combined Riot and Bitfarms would command about 52 EH/s by the "
     "end of 2024.", "2024-06-03", "hashrate", []),
    # machines brought back or brought online, and capacity taken offline, are steps
    ("Core Scientific's February 2024.\n\nIts hash rate reached 18.9 EH/s at the end of February, after the company "
     "brought back roughly 300 PH/s of older miners.", "2024-03-14", "hashrate",
     [("Core Scientific", 18.9, None, "2024-02-29", "operational")]),
    ("Cipher Mining Q1 2025 results.\n\nThe company said it would bring roughly 2.5 EH/s of idle rigs online at its "
     "Black Pearl data center.", "2025-05-06", "hashrate", []),
    ("Riot Platforms May 2024 update.\n\nRiot began replacing older machines, which temporarily took about 850 PH/s of "
     "Rockdale\u2019s hash rate offline in May.", "2024-06-04", "hashrate", []),
    # a goal reached restates the level told before it; a total's part
    ("Marathon Digital\u2019s August 2023 update.\n\nInstalled hash rate edged up 1% to 23.1 EH/s, which means the "
     "company has reached its primary domestic growth target of 23 EH/s.", "2023-09-06", "hashrate",
     [("MARA Holdings", 23.1, None, "2023-09-06", "installed")]),
    ("Marathon Digital\u2019s August 2023 update.\n\nMarathon\u2019s total expected hash rate now stands at 30 EH/s, a "
     "figure that includes 2 EH/s planned outside the United States.", "2023-09-06", "hashrate",
     [("MARA Holdings", 30.0, None, "2023-09-06", "target")]),
    # a lender that lent to "the subsidiary" is no miner lending
    ("Applied Digital Corporation (the \"Company\") files an 8-K.\n\n- On February 11, 2025, a subsidiary of the "
     "Company borrowed $375 million under a term loan from Sumitomo Mitsui Banking Corporation and used part of the "
     "proceeds to repay in full the $150 million promissory note held by Macquarie Equipment Capital, Inc. Macquarie "
     "had lent the $150 million to the "
     "subsidiary in November 2024.", "2025-12-22", "loan",
     [("Applied Digital", 375000000.0, None, "2025-02-11", "borrowed"),
      ("Applied Digital", 150000000.0, None, "2025-02-11", "repaid")]),
    # "as part of that rescue package" is dated by the sentence before; "a year spent paying down debt" repays no loan
    ("Argo's January 2024.\n\nThe company\u2019s treasury remains small after a year spent paying down debt. Argo "
     "avoided insolvency in December 2022 by selling its Helios facility to Galaxy Digital. As part of that rescue "
     "package, Galaxy also lent Argo $35 million.", "2024-02-05", "loan",
     [("Argo Blockchain", 35000000.0, None, "2022-12-31", "borrowed")]),
])
def test_batch_86_88_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a daily rate told as a comma aside does not hide the period after it
    ("Argo 2024 annual results.\n\nArgo mined a total of 755 Bitcoin in 2024, or 2.1 BTC per day, compared with 1,760 "
     "Bitcoin, or 4.8 BTC per day, in 2023.", "2025-05-09", "btc_mined",
     [("Argo Blockchain", 755.0, "2024-01-01", "2024-12-31", None),
      ("Argo Blockchain", 1760.0, "2023-01-01", "2023-12-31", None)]),
    # "against 943 BTC a year earlier": the quarter just named, a year back
    ("Bitfarms reports first quarter 2025 results.\n\nEven so, the company mined fewer BTC in the quarter: 693 BTC, "
     "against 943 BTC a year earlier.", "2025-05-15", "btc_mined",
     [("Bitfarms", 693.0, "2025-01-01", "2025-03-31", None), ("Bitfarms", 943.0, "2024-01-01", "2024-03-31", None)]),
    # the company an event is of is no subject
    ("Hut 8 lifts hashrate 79% in Q1\n\nBitcoin miner Hut 8 says a fleet overhaul and the launch of American Bitcoin "
     "weighed on the quarter, but left it with a reserve of 10,264 BTC at March 31.", "2025-05-09", "btc_held",
     [("Hut 8", 10264.0, None, "2025-03-31", None)]),
    # coins sold from the reserve beside the month's output are part of the sale
    ("Riot April 2025 update.\n\nIt sold 475 BTC during the month, which means it sold all of its April output plus 12 "
     "coins from its reserves.", "2025-05-06", "btc_mined", []),
    # a loan agreement "worth" its principal
    ("Argo takes a second Galaxy loan.\n\nArgo signed an earlier BTC-backed loan agreement with Galaxy Digital worth "
     "$20 million in June.", "2021-09-10", "loan", [("Argo Blockchain", 20000000.0, None, "2021-06-30", "facility")]),
    # hosted capacity and the figures joined to it
    ("Mawson July 2022 update.\n\nInstalled operational capacity across Self-Mining and Hosting Co-location reached "
     "approximately 3.5 Exahash at the end of July and is expected to reach about 3.7 Exahash by the end of August "
     "2022.", "2022-08-10", "hashrate", []),
    ("Mawson July 2022 update.\n\nCounting both its own miners and those of its hosting customers, Mawson had installed "
     "operational capacity of approximately 3.5 Exahash at the close of July, a figure it expects to lift to "
     "approximately 3.7 Exahash before the end of August 2022.", "2022-08-10", "hashrate", []),
    ("Mawson update.\n\nMawson expects its combined Self-Mining and Hosting Co-location capacity to be roughly 4.5 "
     "Exahash by the first quarter of 2023 and roughly 8.0 Exahash by the fourth quarter of 2023.", "2022-10-10",
     "hashrate", []),
    ("Mawson May 2022.\n\nThe combined Self-Mining and Hosting Co-location fleet was hashing at approximately 3.10 "
     "Exahash at the end of May, with approximately 3.35 Exahash expected by the end of June.", "2022-06-14",
     "hashrate", []),
    # a company acquired is not the subject of the sentence
    ("CleanSpark September update.\n\nAmong its fiscal 2025 milestones were the acquisition of GRIID Infrastructure, "
     "which brought Tennessee mining sites, and the expansion of its Bitcoin-backed credit facilities to $400 million "
     "during fiscal 2025, which ended September 30.", "2025-10-06", "loan",
     [("CleanSpark", 400000000.0, None, "2025-09-30", "facility")]),
    # a goal after a goal: "then to 40.0 EH/s in the fourth quarter"
    ("Riot July 2025 update.\n\nThe company expects to lift it to 38.4 EH/s in the third quarter of 2025, then to 40.0 "
     "EH/s in the fourth quarter and to 45.0 EH/s in the first quarter of 2026.", "2025-08-11", "hashrate",
     [("Riot Platforms", 38.4, None, "2025-09-30", "target"), ("Riot Platforms", 40.0, None, "2025-12-31", "target"),
      ("Riot Platforms", 45.0, None, "2026-03-31", "target")]),
    # megawatts converted to a hashrate
    ("LM Funding Q2 2025.\n\nOnce the deal closes, LM Funding\u2019s mining capacity will rise to 26 MW, which "
     "management equates to roughly 1.7 EH/s.", "2025-08-14", "hashrate", []),
    # "Between the start of April and the end of May"
    ("Cango update for May 2025.\n\nBetween the start of April and the end of May the company mined a combined 954.5 "
     "bitcoin (BTC).", "2025-06-05", "btc_mined", [("Cango", 954.5, "2025-04-01", "2025-05-31", None)]),
    # a period in a clause of the noun after the figure dates that clause
    ("Cango update for May 2025.\n\nAccording to its April update, the company held 2,944.8 BTC at the end of April and "
     "was running 32 EH/s of deployed hashrate, the fleet it bought from Bitmain late last year.", "2025-06-05",
     "hashrate", [("Cango", 32.0, None, "2025-04-30", "deployed")]),
    # "in the quarter before" the quarter named
    ("IREN Q4 FY25 preview.\n\nThird-quarter fiscal 2025 output came to 1,514 bitcoins, against 1,347 in the quarter "
     "before.", "2025-08-28", "btc_mined",
     [("IREN", 1514.0, "2025-01-01", "2025-03-31", None), ("IREN", 1347.0, "2024-10-01", "2024-12-31", None)]),
    # a bare figure compared "with 7,092 in fiscal 2024"
    ("CleanSpark files its annual report.\n\nIn the fiscal year ended September 30, 2025, CleanSpark mined approximately "
     "7,873 bitcoin, net of pool fees, compared with 7,092 in fiscal 2024.", "2025-11-25", "btc_mined",
     [("CleanSpark", 7873.0, "2024-10-01", "2025-09-30", None), ("CleanSpark", 7092.0, "2023-10-01", "2024-09-30", None)]),
    # what a site "could support"
    ("Hut 8 Q2 2024 results.\n\nThe site could support up to 205 megawatts of NVIDIA Blackwell GPUs or up to 16.5 "
     "exahash of next-generation miners.", "2024-08-13", "hashrate", []),
    # net debt defined in an aside; current liabilities are no loan
    ("Stronghold reports.\n\n\u2022 Principal debt outstanding was approximately $59.8 million as of March 28, 2023; net "
     "debt, meaning debt principal less cash and Bitcoin, was approximately $51.0 million.", "2023-03-29", "loan",
     [("Stronghold Digital Mining", 59800000.0, None, "2023-03-28", "outstanding")]),
    ("Stronghold Digital Mining reports first quarter 2023 results.\n\n- The deleveraging steps have cut current "
     "liabilities to about $28.0 million at March 31, 2023 from $60.4 million at year-end, as the amended WhiteHawk "
     "credit agreement deferred principal amortization.", "2023-05-11", "loan", []),
    # a company named inside a quoted agreement's title is not the subject carried to the next line
    ("Stronghold Digital Mining Reports First Quarter 2023 Results\n- Signed the \u201cCanaan Bitcoin Mining "
     "Agreement\u201d, under which Stronghold will run 4,000 Canaan-supplied miners.\n- Mined approximately 620 Bitcoin "
     "in the first quarter of 2023", "2023-05-11", "btc_mined",
     [("Stronghold Digital Mining", 620.0, "2023-01-01", "2023-03-31", None)]),
    # "From January 1, 2021 through the end of February 2022"
    ("Marathon February 2022 update.\n\n\u2022 From January 1, 2021 through the end of February 2022, the Company\u2019s "
     "fleet generated approximately 4,019 self-mined bitcoin.", "2022-03-03", "btc_mined",
     [("MARA Holdings", 4019.0, "2021-01-01", "2022-02-28", None)]),
    # a supplier in a subordinate clause, then "we expect"
    ("Marathon February 2022 update.\n\n\u201cOnce Bitmain has completed its remaining deliveries and those machines are "
     "installed, we expect to be running approximately 199,000 miners producing approximately 23.3 EH/s by early "
     "2023.\u201d", "2022-03-03", "hashrate", [("MARA Holdings", 23.3, None, "2023-03-31", "target")]),
    # a pool in the clause before "so that" is not the figure's
    ("Riot November 2022 update.\n\n\u201cWe are moving to a different mining pool, so that Riot captures the full "
     "benefit of its fast-growing hash rate as we work toward our goal of 12.5 EH/s in the first quarter of "
     "2023.\u201d", "2022-12-05", "hashrate", [("Riot Platforms", 12.5, None, "2023-03-31", "target")]),
    # "Total self-mining BTC" is output
    ("Mawson May 2023 update\nMay Bitcoin Self-Mining Results\n | March | April | May\nTotal self-mining BTC | 41 | 38 | "
     "67", "2023-06-20", "btc_mined",
     [("Mawson Infrastructure", 41.0, "2023-03-01", "2023-03-31", None),
      ("Mawson Infrastructure", 38.0, "2023-04-01", "2023-04-30", None),
      ("Mawson Infrastructure", 67.0, "2023-05-01", "2023-05-31", None)]),
    # what it "would have produced", and what machines "in theory can produce"
    ("Riot November 2022 update.\n\nHad luck been normal, we estimate we would have produced approximately 660 Bitcoin "
     "last month.", "2022-12-05", "btc_mined", []),
    ("Marathon May 2023 update.\n\nAs of June 1, 2023, Marathon\u2019s operating fleet consisted of approximately "
     "133,600 bitcoin miners, which in theory can produce approximately 15.2 EH/s.", "2023-06-01", "hashrate", []),
    # a list of sites with their megawatts
    ("Iris Energy October 2022 update\n\u2022 Mackenzie (2.5 EH/s, 80MW \u2013 BC, Canada)\n\u2022 Childress (1.3 EH/s, "
     "40MW \u2013 Texas, USA)", "2022-11-09", "hashrate", []),
    # a loan's section of a table is no bitcoin; a cut between two balances gives three facts
    ("Argo H1 2024 results\nSix months ended 30 June\tH1 2024\tH1 2023\nBTC mined\t507\t947\nGalaxy Loan\n$m\tH1 2024\n"
     "Balance at 1 January 2024\t23.5\nRepayments\t(18.2)\nBalance at 30 June 2024\t5.3", "2024-08-28", "btc_held", []),
    ("Argo H1 2024 interim results.\n\n\u25cf Cut the Galaxy loan by $18.2 million, from $23.5 million at 1 January 2024 "
     "to $5.3 million at 30 June 2024.", "2024-08-28", "loan",
     [("Argo Blockchain", 18200000.0, None, "2024-06-30", "repaid"),
      ("Argo Blockchain", 23500000.0, None, "2024-01-01", "outstanding"),
      ("Argo Blockchain", 5300000.0, None, "2024-06-30", "outstanding")]),
    # a sale "paired with" a loan does not make the loan its proceeds
    ("Argo Blockchain Q1 2023 results.\n\nThe Helios sale was paired with a new $35 million asset-backed loan from "
     "Galaxy Digital, entered into on 28 December 2022.", "2023-06-06", "loan",
     [("Argo Blockchain", 35000000.0, None, "2022-12-28", "facility")]),
    # a lender naming the arrangement it converted
    ("Bitfarms Q3 2025.\n\nOn October 10, Bitfarms converted the Macquarie arrangement into a project-level loan of up "
     "to $300 million and drew an additional $50 million at closing, bringing the amount drawn under the facility to "
     "$100 million.", "2025-11-13", "loan",
     [("Bitfarms", 300000000.0, None, "2025-10-10", "facility"), ("Bitfarms", 50000000.0, None, "2025-10-10", "borrowed"),
      ("Bitfarms", 100000000.0, None, "2025-10-10", "outstanding")]),
    # the month of publication, so far
    ("Argo H1 2024 results.\n\nIn August 2024 the Galaxy loan was repaid in full.", "2024-08-28", "loan",
     [("Argo Blockchain", None, None, "2024-08-28", "repaid")]),
    # a balance converted into shares is repaid
    ("Hut 8 third quarter 2024.\n\nOn September 27, 2024, Anchorage Lending CA, LLC converted the full balance owed "
     "under the Company's term loan, approximately $37.9 million of principal and accrued interest, into approximately "
     "2.3 million common shares.", "2024-11-12", "loan", [("Hut 8", 37900000.0, None, "2024-09-27", "repaid")]),
])
def test_batch_89_91_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a name in capitals that the registry does not know is the subject
    ("CleanSpark eyes GRIID.\n\nGRIID produced 66 BTC in Q1 at a realized hashrate of 0.41 EH/s.", "2024-06-20",
     "btc_mined", []),
    # machines energized, with their hashrate in brackets, are a step
    ("Marathon newsletter.\n\n\u2022 Lifted hashrate 30% by energizing around 18,800 Bitcoin miners (about 2.2 EH/s) in "
     "February 2023", "2023-03-03", "hashrate", []),
    # another holder's coins
    ("CleanSpark buys bitcoin.\n\nIts treasury is now the second-largest held by any public company, behind "
     "Strategy's roughly 499,000 BTC.", "2025-03-07", "btc_held", []),
    # "the same month of 2023" in a January story about December
    ("Riot December 2024 update.\n\nRiot sold 500 BTC in December. In the same month of 2023 it had sold 590 BTC.",
     "2025-01-03", "btc_sold",
     [("Riot Platforms", 500.0, "2024-12-01", "2024-12-31", None),
      ("Riot Platforms", 590.0, "2023-12-01", "2023-12-31", None)]),
    # "against" a balance at its own date is a comparison, not collateral
    ("Cango February 2026 update.\n\nCango closed February with roughly 7,315.8 BTC, against 7,474.6 BTC at the end of "
     "January.", "2026-03-03", "btc_held",
     [("Cango", 7315.8, None, "2026-02-28", None), ("Cango", 7474.6, None, "2026-01-31", None)]),
    # "That compares with"
    ("American Bitcoin adds to its reserve.\n\nAmerican Bitcoin said it held 4,783 BTC as of Dec. 8, 2025. That "
     "compares with 4,367 BTC on Dec. 1.", "2025-12-09", "btc_held",
     [("American Bitcoin", 4783.0, None, "2025-12-08", None), ("American Bitcoin", 4367.0, None, "2025-12-01", None)]),
    # "of which X was self-mining and Y came from hosting": the self-mining part is the fleet's, not the total
    ("Northern Data December 2022 mining results.\n\nAt the end of December 2022 the company had 4.02 EH/s installed on "
     "43,822 ASIC miners, of which 3.31 EH/s was self-mining and 0.71 EH/s came from hosting.", "2023-01-11", "hashrate",
     [("Northern Data", 3.31, None, "2022-12-31", "installed")]),
    ("Bitdeer Q2 2023 results.\n\n\u2022 At quarter end the Company\u2019s proprietary machines delivered 6.2 EH/s, of "
     "which 3.8 EH/s was used for self-mining and 2.4 EH/s was allocated to Cloud Hash Rate customers.", "2023-08-11",
     "hashrate", [("Bitdeer", 3.8, None, "2023-06-30", "operational")]),
    # "Year-to-Date", and a year-to-date row under month columns
    ("Marathon October 2023 production.\n\n- 1,202 BTC Produced in October 2023 and 9,812 BTC Year-to-Date",
     "2023-11-03", "btc_mined",
     [("MARA Holdings", 1202.0, "2023-10-01", "2023-10-31", None), ("MARA Holdings", 9812.0, "2023-01-01", "2023-10-31", None)]),
    ("Marathon October 2023 production.\nMetric\tOctober\tSeptember\tChange\nBTC produced year-to-date\t9,812\t8,610\t14%",
     "2023-11-03", "btc_mined",
     [("MARA Holdings", 9812.0, "2023-01-01", "2023-10-31", None), ("MARA Holdings", 8610.0, "2023-01-01", "2023-09-30", None)]),
    # "the first quarter of next year"
    ("TeraWulf ups guidance.\n\n\u2022 The miner lifted its guidance for the first quarter of next year from 4.3 EH/s to "
     "5 EH/s.", "2022-12-14", "hashrate",
     [("TeraWulf", 4.3, None, "2023-03-31", "target"), ("TeraWulf", 5.0, None, "2023-03-31", "target")]),
    # energy-program coins counted as bitcoin are no output
    ("Mawson December 2022 update.\n- Total Bitcoin Production (actual and equivalent): 261.834\n- Equivalent BTC "
     "production from Energy Market Program: 238.495\n- Self-mined BTC: 23.339", "2023-01-17", "btc_mined",
     [("Mawson Infrastructure", 23.339, "2022-12-01", "2022-12-31", None)]),
    # a goal it "did reach"; power "enough for" a hashrate; debt the quarter "ended with"
    ("CleanSpark cuts 2023 guidance.\n\nCleanSpark did reach its year-end goal of 5.0 EH/s in October.", "2022-12-14",
     "hashrate", [("CleanSpark", 5.0, None, "2022-10-31", "operational")]),
    ("CleanSpark cuts 2023 guidance.\n\nEarlier this year the miner signed up with Lancium for an initial 200 megawatts "
     "(MW) of power capacity in west Texas, enough for roughly 6.6 EH/s.", "2022-12-14", "hashrate", []),
    ("CleanSpark cuts 2023 guidance.\n\nCleanSpark ended September with $16.8 million of working capital and $21.2 "
     "million of debt.", "2022-12-14", "loan", [("CleanSpark", 21200000.0, None, "2022-09-30", "outstanding")]),
    # new capital, a company's market value, a gain on extinguishment, a plan and a forecast are no loans
    ("TeraWulf ups guidance.\n\nTeraWulf also said it had raised $10 million of new capital to repay a convertible "
     "promissory note.", "2022-12-14", "loan", []),
    ("Bit Digital subsidiary secures facility.\n\nBit Digital, Inc., a cryptocurrency mining company with a market value "
     "of about $508.5 million, said its subsidiary signed a credit agreement with the Royal Bank of Canada.",
     "2025-06-25", "loan", []),
    ("Marathon reports third quarter 2023 results.\n\nThe quarter also included a one-time $82.6 million gain on the "
     "extinguishment of debt.", "2023-11-08", "loan", []),
    ("Stronghold to swap notes for equity.\n\nStronghold Digital Mining has disclosed a plan to wipe out $17.9 million of "
     "principal debt by converting notes into equity.", "2023-01-04", "loan", []),
    # "makes approximately $43.9 million of financing available"
    ("Bit Digital subsidiary secures facility.\n\nOn June 18, 2025, Bit Digital's subsidiary signed an agreement that "
     "makes approximately $43.9 million of financing available.", "2025-06-25", "loan",
     [("Bit Digital", 43900000.0, None, "2025-06-18", "facility")]),
    # "Borrowings under those lines totaled"
    ("MARA lends out its bitcoin.\n\nMARA has two bitcoin-backed lines of credit. Borrowings under those lines totaled "
     "$350 million at June 30, 2025.", "2025-07-30", "loan",
     [("MARA Holdings", 350000000.0, None, "2025-06-30", "outstanding")]),
])
def test_batch_92_94_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # "the sale of ... for $6.1 million" is a price; the proceeds' repayment has no figure
    ("Argo H1 2024 results.\n\n\u25cf On 28 March 2024, the Company completed the sale of its data centre in Mirabel, "
     "Quebec for $6.1 million and used part of the proceeds to pay off the mortgage secured on the Mirabel facility.",
     "2024-08-28", "loan", [("Argo Blockchain", None, None, "2024-03-28", "repaid")]),
    # "its 2021 production through June 30"
    ("Marathon reports second quarter 2021 results.\n\n\u2022 The Company produced 654 bitcoins during the second "
     "quarter, bringing its 2021 production through June 30 to 846 bitcoins.", "2021-08-13", "btc_mined",
     [("MARA Holdings", 654.0, "2021-04-01", "2021-06-30", None), ("MARA Holdings", 846.0, "2021-01-01", "2021-06-30", None)]),
    # "From January to the end of August 2022"; "level with a month earlier"; an output "expected"
    ("Northern Data August 2022.\n\nFrom January to the end of August 2022, Northern Data produced 2,014 BTC.",
     "2022-09-08", "btc_mined", [("Northern Data", 2014.0, "2022-01-01", "2022-08-31", None)]),
    ("Riot October 2025 update.\n\nAs of October 31, Riot held 19,324 bitcoin, 3,300 of them restricted, roughly level "
     "with a month earlier.", "2025-11-04", "btc_held", [("Riot Platforms", 19324.0, None, "2025-10-31", None)]),
    ("Northern Data August 2022.\n\n\u2022 2022 mining outlook: full-year Bitcoin output of between 2,750 and 4,500 BTC "
     "expected.", "2022-09-08", "btc_mined", []),
    # a column header of spans under a first cell that names the end date
    ("Hut 8 Mining Corp. Reports Fiscal 2021 Results\nFor the periods ended December 31, 2021\tThree Months Ended\tTwelve "
     "Months Ended\nBitcoin mined\t789\t2,786", "2022-03-17", "btc_mined",
     [("Hut 8", 789.0, "2021-10-01", "2021-12-31", None), ("Hut 8", 2786.0, "2021-01-01", "2021-12-31", None)]),
    # "by Dec. 31 of next year"
    ("Bitfarms gets a Galaxy line.\n\nThe money will go toward a hashrate of 8 EH/s by Dec. 31 of next year.",
     "2021-12-14", "hashrate", [("Bitfarms", 8.0, None, "2022-12-31", "target")]),
    # a total "made up of" self-mining and hosting
    ("Core Scientific reports first quarter 2022 results.\n\nTotal hashrate of 16.2 EH/s, made up of 8.3 EH/s of "
     "self-mining and 7.9 EH/s of hosting for customers.", "2022-05-12", "hashrate",
     [("Core Scientific", 8.3, None, "2022-05-12", "operational")]),
    # "would end the year with"
    # a rig maker named in the paragraph before is no subject for the next
    ("Hut 8 grows its reserve\n\nHut 8 reported its second quarter.\n\nChina-based rig maker Canaan told Forkast that it "
     "plans to move its self-mining business.\n\nOver the second quarter the Bitcoin reserve grew 14.6% to 7,406 coins.",
     "2022-08-12", "btc_held", [("Hut 8", 7406.0, None, "2022-06-30", None)]),
    # "June's tally of"
    ("Marathon June 2021 update.\n\nJune\u2019s tally of 265.6 BTC was up from 226.6 BTC in May.", "2021-07-04",
     "btc_mined",
     [("MARA Holdings", 265.6, "2021-06-01", "2021-06-30", None), ("MARA Holdings", 226.6, "2021-05-01", "2021-05-31", None)]),
    # coins held beside cash, told as "BTC equivalent" or after the cash
    ("Argo July 2024 update.\n\nArgo said it held 11 BTC equivalent as of 31 July 2024.", "2024-08-05", "btc_held",
     [("Argo Blockchain", 11.0, None, "2024-07-31", None)]),
    ("Stronghold Q4 2022 results.\n\n\u2022 Liquidity stood at roughly $8.8 million as of March 28, 2023, made up of "
     "$7.7 million of cash and 39 Bitcoin", "2023-03-29", "btc_held",
     [("Stronghold Digital Mining", 39.0, None, "2023-03-28", None)]),
])
def test_batch_95_97_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a clause of its own after ", even though": the network's difficulty before it is not the figure's
    ("Bitfarms gets a Galaxy line.\n\nHigher network difficulty trimmed its November output to 339 bitcoins from 343 in "
     "October, Bitfarms said, even though its hashrate hit 2 EH/s in the middle of November.", "2021-12-14",
     "hashrate", [("Bitfarms", 2.0, None, "2021-11-30", "operational")]),
    # what the company itself "is contributing" to a pool is its fleet
    ("CleanSpark joins Foundry.\n\nWith the switch, CleanSpark is contributing 1 exahash per second (EH/s) of computing "
     "power, generated by 10,000 machines.", "2021-09-14", "hashrate",
     [("CleanSpark", 1.0, None, "2021-09-14", "operational")]),
])
def test_batch_96_leftover_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


_CIPHER_APRIL = ("NEW YORK, May 05, 2025 -- Cipher Mining Inc. today released its update for April 2025.\n\n"
                 "April 2025 Operational Highlights\n\n")


@pytest.mark.parametrize("text, published, type_, expected", [
    # a note mark glued to a label
    (
        _CIPHER_APRIL + "- BTC Mined(1): 174\n- Month-End HODL Balance(2): ~855 BTC\n",
        "2025-05-05", "btc_held",
        [
            ("Cipher Mining", 855.0, None, "2025-04-30", None),
        ],
    ),
    # the platform's output split between customers and the company's own
    (
        "BitFuFu May 2025 update\n\n- Total Bitcoin produced across the platform: 400 BTC, up 91% on "
        "April\n  - Produced for cloud-mining customers: 357 BTC\n  - Self-mining: 43 BTC\n",
        "2025-06-10", "btc_mined",
        [
            ("BitFuFu", 43.0, "2025-05-01", "2025-05-31", None),
        ],
    ),
    # a rate named before a clause of its own
    (
        "TeraWulf April update.\n\nIn April we mined 348 bitcoin, a 5.0% decline in our daily production "
        "rate from March, when we self-mined 379 bitcoin.",
        "2024-05-02", "btc_mined",
        [
            ("TeraWulf", 348.0, "2024-04-01", "2024-04-30", None),
            ("TeraWulf", 379.0, "2024-03-01", "2024-03-31", None),
        ],
    ),
    # a list of companies that names the type in its first items only
    (
        "December figures put Riot alongside its larger peers:\n\n- Core Scientific: 1,044 BTC mined in "
        "December and 5,769 BTC over 2021.\n- Bitfarms: 363 BTC in December and 3,452 BTC for the year.\n",
        "2022-01-05", "btc_mined",
        [
            ("Core Scientific", 1044.0, "2021-12-01", "2021-12-31", None),
            ("Core Scientific", 5769.0, "2021-01-01", "2021-12-31", None),
            ("Bitfarms", 363.0, "2021-12-01", "2021-12-31", None),
            ("Bitfarms", 3452.0, "2021-01-01", "2021-12-31", None),
        ],
    ),
    (
        "December figures:\n\n- Riot: 425 BTC mined in December; 3,812 BTC for the whole of 2021; 4,889 "
        "BTC held at the end of 2021.\n",
        "2022-01-05", "btc_held",
        [
            ("Riot Platforms", 4889.0, None, "2021-12-31", None),
        ],
    ),
    # "during the month": the sentence's own month, not a comparison's
    (
        "Riot news.\n\nThe miner produced 421 BTC in June 2022, down from 466 BTC in May, and sold 300 BTC "
        "during the month for net proceeds of about $6.2 million.",
        "2022-07-15", "btc_sold",
        [
            ("Riot Platforms", 300.0, "2022-06-01", "2022-06-30", None),
        ],
    ),
    # "at the same date"
    (
        "MARA news.\n\nMARA has the largest fleet, with an energized hashrate of 59.4 EH/s at the end of "
        "August 2025, while CleanSpark ranked second with 50 EH/s at the same date.",
        "2025-09-03", "hashrate",
        [
            ("MARA Holdings", 59.4, None, "2025-08-31", "energized"),
            ("CleanSpark", 50.0, None, "2025-08-31", "operational"),
        ],
    ),
    # "ended September with": September's balance, not the target's year end
    (
        "Marathon news.\n\nMarathon ended September 2023 with 13,726 unrestricted bitcoins on its balance "
        "sheet and expects to reach roughly 26 EH/s by the end of the year.",
        "2023-10-20", "btc_held",
        [
            ("MARA Holdings", 13726.0, None, "2023-09-30", None),
        ],
    ),
    # the online part of an installed fleet, and a goal named after its figure
    (
        "Marathon news.\n\nAt the end of June 2023, Marathon had 21.8 EH/s installed, of which about 17.7 "
        "EH/s was actually operating, and it is working toward a 23 EH/s target.",
        "2023-07-20", "hashrate",
        [
            ("MARA Holdings", 21.8, None, "2023-06-30", "installed"),
            ("MARA Holdings", 17.7, None, "2023-06-30", "operational"),
            ("MARA Holdings", 23.0, None, "2023-07-20", "target"),
        ],
    ),
    # "industry-leading" is no industry's figure
    (
        "Marathon news.\n\nMarathon's mining capacity stood at an industry-leading 26.4 EH/s at the end of "
        "January 2024.",
        "2024-02-17", "hashrate",
        [
            ("MARA Holdings", 26.4, None, "2024-01-31", "capacity"),
        ],
    ),
    # a header cell with a name and its ticker, and a date in each cell
    (
        "The numbers side by side\n\nMetric | Marathon Digital (MARA) | Riot Platforms (RIOT)\nMarket "
        "capitalization | ~$3.99 billion | ~$6.73 billion\nBitcoin holdings | Over 50,000 (as of August "
        "2025) | ~19,287 (end of Q3 2025)\nQ3 2025 revenue | $252.4 million | $180.2 million\nQ3 2025 net "
        "income | $123.13 million | $104.5 million\n",
        "2026-01-22", "btc_held",
        [
            ("MARA Holdings", 50000.0, None, "2025-08-31", None),
            ("Riot Platforms", 19287.0, None, "2025-09-30", None),
        ],
    ),
    # "the seven days ended"
    (
        "Bitfarms update.\n\nIn the seven days ended June 20, 2022, Bitfarms sold 3,000 BTC for proceeds "
        "of approximately US$62 million.",
        "2022-06-21", "btc_sold",
        [
            ("Bitfarms", 3000.0, "2022-06-14", "2022-06-20", None),
        ],
    ),
    # a speaker's "the Company"
    (
        "LAS VEGAS, Jan. 5, 2023 -- Marathon Digital Holdings, Inc. (NASDAQ: MARA) today published its "
        "update.\n\nThiel said the Company ended the year with approximately 69,000 active miners, capable "
        "of about 7.0 EH/s.",
        "2023-01-05", "hashrate",
        [
            ("MARA Holdings", 7.0, None, "2022-12-31", "operational"),
        ],
    ),
    # the unrestricted part beside the total
    (
        "LAS VEGAS, Jan. 5, 2023 -- Marathon Digital Holdings, Inc. (NASDAQ: MARA) today published its "
        "December update.\n\nMetric | December 2022 | November 2022 | Change\nBitcoin produced | 475 | 472 "
        "| 0.6%\nUnrestricted BTC holdings(1) | 7,815 | 4,200 | 86%\nTotal BTC holdings(1) | 12,232 | "
        "11,757 | 4.0%\n",
        "2023-01-05", "btc_held",
        [
            ("MARA Holdings", 12232.0, None, "2022-12-31", None),
            ("MARA Holdings", 11757.0, None, "2022-11-30", None),
        ],
    ),
    # loans: what is no principal
    (
        "CleanSpark news.\n\nThe repayment follows CleanSpark's sale of $1.15 billion of 0% convertible "
        "senior notes due 2032, which brought in more than $1.1 billion of net proceeds.",
        "2025-11-26", "loan",
        [],
    ),
    (
        "Bitdeer news.\n\nBitdeer took out a $17 million unsecured loan in January 2025 and has raised "
        "close to $119 million this year by issuing more than six million new shares.",
        "2025-04-22", "loan",
        [
            ("Bitdeer", 17000000.0, None, "2025-01-31", "borrowed"),
        ],
    ),
    (
        "LONDON, Dec. 28, 2022 -- Argo Blockchain plc (NASDAQ: ARBK) announces the sale of Helios.\n\n"
        "Transaction summary\n\nItem | Amount (US$ millions)\nSale of Helios facility to Galaxy | 65\nNew "
        "Galaxy asset-backed loan | 35\n",
        "2022-12-28", "loan",
        [
            ("Argo Blockchain", 35000000.0, None, "2022-12-28", "outstanding"),
        ],
    ),
    (
        "Riot Platforms news.\n\nThe agreement includes customary loan-to-value requirements, and "
        "prepayments must be at least $5 million.",
        "2025-04-23", "loan",
        [],
    ),
    (
        "Marathon 10-Q.\n\nThe Company retains the ability to draw a further $50 million under the Term "
        "Loan until April 2023.",
        "2022-11-09", "loan",
        [],
    ),
    (
        "Bitfarms news.\n\nIt also closed $37 million of new equipment financing from NYDIG in June 2022; "
        "together the moves added about $100 million of liquidity.",
        "2022-07-15", "loan",
        [
            ("Bitfarms", 37000000.0, None, "2022-06-30", "borrowed"),
        ],
    ),
    (
        "Greenidge news.\n\nGreenidge would pledge its remaining assets to secure whatever is left of the "
        "NYDIG loan, which would be somewhere between $6 million and $17 million.",
        "2022-12-20", "loan",
        [],
    ),
    (
        "TeraWulf results.\n\n- Net debt fell to about $85.0 million at year-end from $144.7 million a "
        "year earlier.",
        "2024-03-20", "loan",
        [],
    ),
    (
        "Hut 8 news.\n\nThe loan follows a $60 million private share sale that Hut 8 completed earlier "
        "this month.",
        "2021-01-22", "loan",
        [],
    ),
    (
        "Bitfarms news.\n\nBecause the loan is now secured only by the Panther Creek project, the whole "
        "$300 million commitment becomes available to Bitfarms.",
        "2025-10-10", "loan",
        [
            ("Bitfarms", 300000000.0, None, "2025-10-10", "facility"),
        ],
    ),
    # a clause of its own borrowing before the coins it lends
    (
        "Miners pledge coins.\n\nMARA said 4,180 BTC were pledged as collateral under its bitcoin-backed "
        "line of credit at the end of June 2025, and about 16,100 BTC were out on loan to third parties.",
        "2025-08-01", "loan",
        [
            ("MARA Holdings", None, None, "2025-06-30", "collateral_posted"),
        ],
    ),
    # a loan told in a relative clause takes the clause's date
    (
        "January production.\n\nArgo Blockchain, which sold its Helios facility to Galaxy Digital in "
        "December and took a $35 million asset-backed loan from the same firm, mined 144 BTC in January.",
        "2023-02-03", "loan",
        [
            ("Argo Blockchain", 35000000.0, None, "2022-12-31", "borrowed"),
        ],
    ),
    # a facility's history in a table
    (
        "How the Coinbase line grew\n\nCleanSpark leaned on bitcoin-secured credit:\n\nDate | Event | "
        "Facility size\nAugust 2024 | Coinbase Master Loan Agreement signed | $50 million\nApril 2025 | "
        "Facility upsized | $200 million\n",
        "2025-11-26", "loan",
        [
            ("CleanSpark", 50000000.0, None, "2024-08-31", "facility"),
            ("CleanSpark", 200000000.0, None, "2025-04-30", "facility"),
        ],
    ),
])
def test_batch_98_100_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


_ARGO_JULY = "Argo July update\n\n"


@pytest.mark.parametrize("text, published, type_, expected", [
    # a balance cut to an amount is no lending
    (
        _ARGO_JULY + "That cut the balance of the Galaxy loan to $6.72 million as of July 31, down from $22 million at "
        "the end of June.",
        "2022-08-05", "loan",
        [
            ("Argo Blockchain", 6720000.0, None, "2022-07-31", "outstanding"),
            ("Argo Blockchain", 22000000.0, None, "2022-06-30", "outstanding"),
        ],
    ),
    # a lender that names no borrower lends again to the story's miner
    (
        _ARGO_JULY + "Argo Blockchain kept selling bitcoin in July.\n\n"
        "Mike Novogratz's Galaxy lent Argo $20 million in "
        "June 2021, backed by part of the miner's bitcoin treasury. In September 2021 Galaxy advanced "
        "another $25 million under a new agreement, into which the first loan was rolled.",
        "2022-08-05", "loan",
        [
            ("Argo Blockchain", 20000000.0, None, "2021-06-30", "borrowed"),
            ("Argo Blockchain", 25000000.0, None, "2021-09-30", "borrowed"),
        ],
    ),
    # a lending verb overrides a mining "facility in" a place
    (
        _ARGO_JULY + "Mike Novogratz's Galaxy lent Argo $20 million in June 2021, backed by part of the miner's "
        "bitcoin "
        "treasury, to help pay for the Helios facility in West Texas.",
        "2022-08-05", "loan",
        [
            ("Argo Blockchain", 20000000.0, None, "2021-06-30", "borrowed"),
        ],
    ),
    # a sale's cash across a unit price, and a sale made to reduce a debt
    (
        _ARGO_JULY + "In June it sold 637 BTC at about $24,500 each for $15.6 million, also to reduce the Galaxy debt.",
        "2022-08-05", "loan",
        [
            ("Argo Blockchain", None, None, "2022-06-30", "repaid"),
        ],
    ),
    # a lender's promise to extend money is a facility
    (
        "Hut 8 gets Coinbase credit line\n\nCoinbase's lending arm has agreed to extend as much as $50 "
        "million to Hut 8 Mining, one of the largest listed bitcoin miners, the company said on Monday.",
        "2023-06-26", "loan",
        [
            ("Hut 8", 50000000.0, None, "2023-06-26", "facility"),
        ],
    ),
    (
        "CleanSpark news.\n\nOn Sept. 19, Two Prime agreed to lend CleanSpark $100 million secured by the "
        "miner's bitcoin.",
        "2025-09-26", "loan",
        [
            ("CleanSpark", 100000000.0, None, "2025-09-19", "facility"),
        ],
    ),
    (
        "CleanSpark news.\n\nTwo Prime, the digital asset lender that has been quietly building a book of "
        "loans to bitcoin miners, has agreed to lend CleanSpark $100 million secured by the miner's "
        "bitcoin. The master loan agreement took effect on Sept. 19.",
        "2025-09-26", "loan",
        [
            ("CleanSpark", 100000000.0, None, "2025-09-19", "facility"),
        ],
    ),
    # tranches not yet drawn
    (
        "Hut 8 news.\n\nA $15 million term loan is to be funded at closing or shortly afterwards, a "
        "further $20 million can be requested as a delayed-draw tranche, and the final $15 million only "
        "becomes available after the merger.",
        "2023-06-26", "loan",
        [],
    ),
    (
        "Hut 8 news.\n\nThe miner booked a $6.0 million gain on extinguishing the debt, according to its "
        "quarterly filing.",
        "2024-10-29", "loan",
        [],
    ),
    (
        "Stronghold news.\n\nStronghold reported $127.9 million of debt at the end of June.",
        "2022-08-20", "loan",
        [
            ("Stronghold Digital Mining", 127900000.0, None, "2022-06-30", "outstanding"),
        ],
    ),
    # after the reported quarter
    (
        "Cipher adds Coinbase credit\n\nCipher's relationship with Coinbase began in August 2023, when the "
        "Texas miner opened a bitcoin-secured credit line capped at $10 million.\n\nAfter the quarter "
        "closed, Cipher raised the credit line's limit to $15 million and set up a new term loan facility "
        "of up to $35 million with Coinbase.",
        "2024-10-30", "loan",
        [
            ("Cipher Mining", 10000000.0, None, "2023-08-31", "facility"),
            ("Cipher Mining", 15000000.0, None, "2024-10-30", "facility"),
            ("Cipher Mining", 35000000.0, None, "2024-10-30", "facility"),
        ],
    ),
    (
        "DMG news.\n\nSygnum has opened a credit facility for DMG Blockchain Solutions. The loan is "
        "secured by 237.8 BTC that DMG has pledged and deposited with Sygnum.",
        "2024-03-06", "loan",
        [
            ("DMG Blockchain Solutions", None, None, "2024-03-06", "collateral_posted"),
        ],
    ),
    (
        "Argo third quarter 2024\n\nArgo cut its debt by $12.4 million in the quarter.",
        "2024-11-20", "loan",
        [
            ("Argo Blockchain", 12400000.0, None, "2024-09-30", "repaid"),
        ],
    ),
    # hashrate
    (
        "Argo Blockchain raises guidance\n\nIn the report, released after U.S. markets closed, Argo said "
        "it now sees its hashrate reaching 5.5 exahash per second (EH/s) by the end of 2022.",
        "2022-04-28", "hashrate",
        [
            ("Argo Blockchain", 5.5, None, "2022-12-31", "target"),
        ],
    ),
    (
        "Bitfarms news\n\nBitfarms now runs 4.0 EH/s across its sites. One exahash is a thousand "
        "petahashes.",
        "2022-07-19", "hashrate",
        [
            ("Bitfarms", 4.0, None, "2022-07-19", "operational"),
        ],
    ),
    (
        "CleanSpark news\n\nThe site currently has 12 megawatts of power capacity and is already producing "
        "about 55 PH/s with machines CleanSpark owns.",
        "2024-08-12", "hashrate",
        [],
    ),
    (
        "Marathon news\n\nMarathon bought more machines. A dozen listed bitcoin miners bought about $1.2 "
        "billion worth of machines in 2023, representing more than 70 EH/s of capacity.",
        "2024-02-06", "hashrate",
        [],
    ),
    (
        "American Bitcoin deck\n\nAmerican Bitcoin's investor deck sets out 15 EH/s of ASIC purchases.",
        "2025-06-04", "hashrate",
        [],
    ),
    (
        "CleanSpark Dalton\n\nThat site is due to open in April at about 0.8 EH/s, matching the roughly "
        "0.8 EH/s already running across CleanSpark's two existing Dalton facilities.",
        "2023-02-06", "hashrate",
        [],
    ),
    (
        "LM Funding September 2025\n\nMetric | August 2025 | September 2025\nHashrate, Oklahoma site "
        "(EH/s) | 0.48 | 0.48\n",
        "2025-10-08", "hashrate",
        [],
    ),
    (
        "Miners' third quarter\n\nHut 8 reported its third-quarter 2022 results. A larger fleet took "
        "operating capacity to 3.07 EH/s at the end of September, and Hut 8 mined 982 bitcoin over the "
        "three months.",
        "2022-11-11", "hashrate",
        [
            ("Hut 8", 3.07, None, "2022-09-30", "capacity"),
        ],
    ),
    (
        "Miners' third quarter\n\nHut 8 reported its third-quarter 2022 results. A larger fleet took "
        "operating capacity to 3.07 EH/s at the end of September, and Hut 8 mined 982 bitcoin over the "
        "three months.",
        "2022-11-11", "btc_mined",
        [
            ("Hut 8", 982.0, "2022-07-01", "2022-09-30", None),
        ],
    ),
    # BTC
    (
        "Riot August update\n\nRiot Platforms mined 333 BTC in August 2023. The company continued to sell "
        "part of its production, disposing of 300 BTC in August for net proceeds of about $8.6 million.",
        "2023-09-06", "btc_sold",
        [
            ("Riot Platforms", 300.0, "2023-08-01", "2023-08-31", None),
        ],
    ),
    (
        "Bitfarms June update\n\nBitfarms mined 189 BTC in June 2024. It sold 71% of June's production, "
        "roughly 134 BTC, for $8.8 million.",
        "2024-07-02", "btc_sold",
        [
            ("Bitfarms", 134.0, "2024-06-01", "2024-06-30", None),
        ],
    ),
    (
        "Marathon August\n\nMarathon mined 1,072 BTC in August 2023. Marathon's joint venture in Abu Dhabi "
        "separately mined 50 BTC during the month.",
        "2023-09-06", "btc_mined",
        [
            ("MARA Holdings", 1072.0, "2023-08-01", "2023-08-31", None),
        ],
    ),
    (
        "Riot Q3 2024\n\nIn the same nine months of 2023 it sold 4,615 BTC for $118.8 million, leaving it "
        "with 7,327 BTC at the end of that September.",
        "2024-10-31", "btc_sold",
        [
            ("Riot Platforms", 4615.0, "2023-01-01", "2023-09-30", None),
        ],
    ),
    (
        "Riot Q3 2024\n\nIn the same nine months of 2023 it sold 4,615 BTC for $118.8 million, leaving it "
        "with 7,327 BTC at the end of that September.",
        "2024-10-31", "btc_held",
        [
            ("Riot Platforms", 7327.0, None, "2023-09-30", None),
        ],
    ),
    (
        "Cango Q2 2025 results\n\n- Since starting to mine in November 2024, Cango had produced a total of "
        "3,879.2 Bitcoins by June 30, 2025.",
        "2025-08-20", "btc_mined",
        [
            ("Cango", 3879.2, "2024-11-01", "2025-06-30", None),
        ],
    ),
    (
        "Hut 8 Q2 2023 results\n\n- The Company sold 396 of the Bitcoin mined in the quarter for proceeds "
        "of $14.7 million.",
        "2023-08-14", "btc_sold",
        [
            ("Hut 8", 396.0, "2023-04-01", "2023-06-30", None),
        ],
    ),
    (
        "CleanSpark Q1 results\n\nIn January we set a new monthly record of nearly 700 bitcoins.",
        "2023-02-09", "btc_mined",
        [
            ("CleanSpark", 700.0, "2023-01-01", "2023-01-31", None),
        ],
    ),
    (
        "Core Scientific news\n\nCore Scientific was forced to sell 9,618 bitcoin for about $362 million.",
        "2022-12-14", "btc_sold",
        [
            ("Core Scientific", 9618.0, None, "2022-12-14", None),
        ],
    ),
    (
        "CleanSpark annual report\n\nCleanSpark's bitcoin treasury grew 62% over the fiscal year to more "
        "than 13,000 BTC.",
        "2025-11-25", "btc_held",
        [
            ("CleanSpark", 13000.0, None, "2025-09-30", None),
        ],
    ),
])
def test_batch_101_103_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text, published, type_, expected", [
    # a total that counts the clients' machines, beside its hosting row
    (
        "Core Scientific February 2024 update\n\nMetric | February 2024 | January 2024\nSelf-Mining "
        "Energized Hash rate (EH/s) | 18.9 | 18.6\nHosting Energized Hash rate (EH/s) | 6.2 | 6.2\nTotal "
        "Energized Hash rate (EH/s) | 25.1 | 24.8\n",
        "2024-03-05", "hashrate",
        [
            ("Core Scientific", 18.9, None, "2024-02-29", "energized"),
            ("Core Scientific", 18.6, None, "2024-01-31", "energized"),
        ],
    ),
    # a top-up and the pledge it left
    (
        "Argo update\n\nArgo posted an additional 150 BTC as collateral with the lender on 4 December. "
        "After that top-up a total of 1,020 BTC is pledged against the loan.",
        "2021-12-07", "loan",
        [
            ("Argo Blockchain", None, None, "2021-12-07", "collateral_posted"),
            ("Argo Blockchain", None, None, "2021-12-07", "collateral_posted"),
        ],
    ),
    # a resize and a posting of its own in one sentence
    (
        "Miner financing\n\nMARA Holdings raised the size of its bitcoin-backed line of credit with Two "
        "Prime to $350 million on Sept. 24 and pledged an additional 2,500 BTC as collateral under it the "
        "same day.",
        "2025-10-07", "loan",
        [
            ("MARA Holdings", 350000000.0, None, "2025-09-24", "facility"),
            ("MARA Holdings", None, None, "2025-09-24", "collateral_posted"),
        ],
    ),
    # a filing's defined name for the agreement named before
    (
        "Marathon 8-K\n\nOn July 28, 2022, Marathon Digital Holdings, Inc. (the \"Company\") and "
        "Silvergate Bank (the \"Bank\") signed a Revolving Credit and Security Agreement (the \"Revolving "
        "Agreement\"). Under the Revolving Agreement the Bank will make advances to the Company in an "
        "aggregate principal amount of up to $100,000,000 (the \"RLOC\").",
        "2022-08-01", "loan",
        [
            ("MARA Holdings", 100000000.0, None, "2022-07-28", "facility"),
        ],
    ),
    # a listed subsidiary's own share of its parent's fleet
    (
        "Hut 8 third quarter\n\nHut 8's self-mining fleet reached 40 EH/s, and American Bitcoin alone "
        "accounted for roughly 25.0 EH/s at the end of September 2025.",
        "2025-11-04", "hashrate",
        [
            ("Hut 8", 40.0, None, "2025-09-30", "operational"),
            ("American Bitcoin", 25.0, None, "2025-09-30", "operational"),
        ],
    ),
    # a pledge that backs the draw told before it takes its date, and "collateral to" a total
    (
        "Marathon had to post more bitcoin\n\nIn October 2022 the miner drew another $50 million on its "
        "revolving line of credit with Silvergate Bank. To back that draw it pledged more bitcoin, lifting "
        "the coins held as collateral to 7,821 BTC.",
        "2022-11-21", "loan",
        [
            ("MARA Holdings", 50000000.0, None, "2022-10-31", "borrowed"),
            ("MARA Holdings", None, None, "2022-10-31", "collateral_posted"),
        ],
    ),
    # the balances a delivery of coins supports
    (
        "Marathon collateral call\n\nOn Nov. 9, 2022 Marathon had to deliver more bitcoin to support the "
        "$50 million drawn on the revolver and its $50 million term loan.",
        "2022-11-21", "loan",
        [
            ("MARA Holdings", 50000000.0, None, "2022-11-09", "outstanding"),
        ],
    ),
    # a deal "was signed on" a day dates the balance the next sentence gives "going into that agreement"
    (
        "Anchorage converts Gryphon loan\n\nThe debt repayment and exchange agreement with Anchorage "
        "Lending CA was signed on Oct. 25. Going into that agreement, Gryphon owed Anchorage 304 BTC, a "
        "balance worth about $18 million.",
        "2024-10-29", "loan",
        [
            ("Gryphon Digital Mining", None, None, "2024-10-29", "repaid"),
            ("Gryphon Digital Mining", 18000000.0, None, "2024-10-25", "outstanding"),
        ],
    ),
    # a margin call: the coins delivered are a posting beside the balances they back
    (
        "Marathon collateral call\n\nOn Nov. 9, 2022 Marathon had to deliver 1,669 additional BTC to "
        "support the $50 million drawn on the revolver and its $50 million term loan, which brought its "
        "collateral to 9,490 bitcoin.",
        "2022-11-21", "loan",
        [
            ("MARA Holdings", 50000000.0, None, "2022-11-09", "outstanding"),
            ("MARA Holdings", None, None, "2022-11-09", "collateral_posted"),
        ],
    ),
    # a sale's cash, however the sale is told
    (
        "Miners sell\n\nCore Scientific went further still, dumping 78.6% of its bitcoin holdings for $167 "
        "million, proceeds it said were primarily used to pay for machines and to repay debt.",
        "2022-07-15", "loan",
        # (a sale's proceeds put to debt are a repayment with no figure, as dev101-003 and dev111-005 count them)
        [("Core Scientific", None, None, "2022-07-15", "repaid")],
    ),
])
def test_batch_101_103_leftover_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # the month of a market event told as expected is no loan's date
    (
        "Sygnum lends DMG\n\nSwiss crypto bank Sygnum has opened a credit facility equivalent to US$9 "
        "million for DMG Blockchain Solutions, the Vancouver-based miner said on Tuesday, naming Sygnum "
        "as its strategic banking partner as it adds capacity before the bitcoin halving expected in "
        "April.",
        "2024-03-06", "loan",
        [
            ("DMG Blockchain Solutions", 9000000.0, None, "2024-03-05", "facility"),
        ],
    ),
    # the miner reports the outside lender's line, and the total the line brings is the miner's too
    (
        "CleanSpark adds credit\n\nIt was CleanSpark's second financing of the week. On Monday the "
        "company said Coinbase Prime had extended a new $100 million line, which brings its "
        "bitcoin-backed borrowing capacity with Coinbase Prime to about $300 million.",
        "2025-09-26", "loan",
        [
            ("CleanSpark", 100000000.0, None, "2025-09-22", "facility"),
            ("CleanSpark", 300000000.0, None, "2025-09-22", "facility"),
        ],
    ),
    # two facilities of one size, on two days with two lenders, are two facts
    (
        "CleanSpark's week\n\nTwo Prime has agreed to lend CleanSpark $100 million secured by the miner's"
        " bitcoin under an agreement that took effect on Sept. 19. On Monday CleanSpark said Coinbase "
        "Prime had extended a new $100 million line.",
        "2025-09-26", "loan",
        [
            ("CleanSpark", 100000000.0, None, "2025-09-19", "facility"),
            ("CleanSpark", 100000000.0, None, "2025-09-22", "facility"),
        ],
    ),
    # a summary bullet restates the deal the body dates
    (
        "Two Prime backs CleanSpark\n\nKey points\n- Two Prime lends CleanSpark $100 million against "
        "bitcoin\n- Miners keep borrowing\n\nTwo Prime has agreed to lend CleanSpark $100 million secured"
        " by the miner's bitcoin. The master loan agreement took effect on Sept. 19, according to a "
        "filing.",
        "2025-09-26", "loan",
        [
            ("CleanSpark", 100000000.0, None, "2025-09-19", "facility"),
        ],
    ),
    # "at the time" takes the date of the signing told just before
    (
        "Backbone loan\n\nBackbone signed the financing with BlockFi in February 2022, when miners were "
        "still expanding. It borrowed $32 million at the time, pledging machines as security, Bitfarms "
        "said.",
        "2023-01-13", "loan",
        [
            ("Bitfarms", 32000000.0, None, "2022-02-28", "borrowed"),
        ],
    ),
    # money owed to the miner is no debt of its
    (
        "Core blames Celsius\n\nCore Scientific warned it may run out of cash by the end of the year. It "
        "has also blamed bankrupt lender Celsius Network, which Core says has refused to pay about $2.1 "
        "million owed to it.",
        "2022-12-14", "loan",
        [],
    ),
    # headroom the miner may still take is no draw
    (
        "Trinity lends CleanSpark\n\nCleanSpark drew $20 million on signing that day, and it can take the"
        " remaining $15 million in increments of $500,000 until the end of the year under the loan.",
        "2022-04-22", "loan",
        [
            ("CleanSpark", 20000000.0, None, "2022-04-22", "borrowed"),
        ],
    ),
    # a debt swapped for shares is repaid, and the rest that stays as debt is a balance, both on the deal's day
    (
        "Anchorage converts Gryphon loan\n\nGryphon signed a debt repayment and exchange agreement with "
        "Anchorage Lending on Oct. 25. Roughly $13 million of it was swapped for 8.3 million common "
        "shares. The remaining $5 million stays as debt with a three-year term.",
        "2024-10-29", "loan",
        [
            ("Gryphon Digital Mining", 13000000.0, None, "2024-10-25", "repaid"),
            ("Gryphon Digital Mining", 5000000.0, None, "2024-10-25", "outstanding"),
        ],
    ),
])
def test_batch_101_103_gate_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "loans" (plural) up to a sum name a facility's size
    (
        "Marathon 8-K\n\nOn October 1, 2021, Marathon signed a Revolving Credit and Security Agreement "
        "(the \"Agreement\") with Silvergate Bank. The Agreement commits the Bank to make revolving loans "
        "to the Company of up to $100,000,000.",
        "2021-10-06", "loan",
        [
            ("MARA Holdings", 100000000.0, None, "2021-10-01", "facility"),
        ],
    ),
    # an agreement named by its initials is dated by the sentence's opening date
    (
        "TeraWulf 10-Q\n\nOn December 1, 2021, TeraCub Inc. (\"TeraCub\"), which became a subsidiary of "
        "TeraWulf on December 13, 2021, entered into a Loan, Guaranty and Security Agreement (the \"LGSA\")"
        " with Wilmington Trust. Under the LGSA, the lenders provided a term loan facility of $123.5 "
        "million (the \"Term Loan\").",
        "2022-11-14", "loan",
        [
            ("TeraWulf", 123500000.0, None, "2021-12-01", "facility"),
        ],
    ),
    # "At its closing" takes the date of the amendment told just before
    (
        "TeraWulf 10-Q\n\nIn October 2022, TeraWulf entered into a third amendment to the loan agreement."
        " At its closing, the Company borrowed a further $7.5 million of term loans on the same terms.",
        "2022-11-14", "loan",
        [
            ("TeraWulf", 7500000.0, None, "2022-10-31", "borrowed"),
        ],
    ),
    # "Later that month" is the month of the day just named; "took a loan with a principal amount of" is a draw
    (
        "Canaan loans\n\nOn June 12, 2024, a Canaan subsidiary signed master loan and pledge agreements "
        "with a lender. Later that month, Canaan transferred 330 BTC to the lender and took a loan with a"
        " principal amount of 14,308,156 USDT.",
        "2024-09-03", "loan",
        [
            ("Canaan", 14308156.0, None, "2024-06-30", "borrowed"),
        ],
    ),
    # "That lender advanced" takes the date of the agreement signed in the sentence before
    (
        "Canaan loans\n\nNine days after the first deal, on June 21, another Canaan subsidiary entered "
        "into a master loan agreement with a second lender. That lender advanced $8.04 million for 18 "
        "months.",
        "2024-09-03", "loan",
        [
            ("Canaan", 8040000.0, None, "2024-06-21", "borrowed"),
        ],
    ),
    # an executive's money with no currency sign, and a planned repayment is none
    (
        "TeraWulf Q3 2023 call\n\nOn the balance sheet, the principal on our term loan stood at 146 "
        "million at September 30. We expect to pay down roughly 7 million of debt, and we already repaid "
        "5.5 million of that in October.",
        "2023-11-13", "loan",
        [
            ("TeraWulf", 146000000.0, None, "2023-09-30", "outstanding"),
            ("TeraWulf", 5500000.0, None, "2023-10-31", "repaid"),
        ],
    ),
    # a wire release's lead sums up the body's dated facts
    (
        "Stronghold exits equipment debt\n\nNEW YORK, Nov. 01, 2022 (GLOBE NEWSWIRE) -- Stronghold "
        "Digital Mining, Inc. (NASDAQ: SDIG) said today that it has cleared the last approximately $2.1 "
        "million of the roughly $67 million in principal it had owed to NYDIG.\n\nOn October 26, 2022, "
        "Stronghold completed delivery of the last tranche of miners to NYDIG. In exchange, approximately"
        " $2.1 million of principal was extinguished.\n- With that delivery, all outstanding principal "
        "under the equipment financing agreements, approximately $67.4 million in total, has been "
        "eliminated.",
        "2022-11-01", "loan",
        [
            ("Stronghold Digital Mining", 2100000.0, None, "2022-10-26", "repaid"),
            ("Stronghold Digital Mining", 67400000.0, None, "2022-11-01", "repaid"),
        ],
    ),
    # a deposit on an order is no loan
    (
        "Hut 8 borrows for rigs\n\nHut 8 is borrowing $11.8 million from Foundry to buy new machines. "
        "Separately from the loan, Hut 8 is putting down a $2.9 million deposit on the order.",
        "2021-01-15", "loan",
        [
            ("Hut 8", 11800000.0, None, "2021-01-15", "borrowed"),
        ],
    ),
    # an equity offering's threshold is no loan
    (
        "TeraWulf notes\n\nPrincipal and accrued interest on TeraWulf's stockholder loan were payable on "
        "the earlier of an issuance of equity securities in an offering of more than $50.0 million and "
        "the first anniversary of the loan.",
        "2022-11-14", "loan",
        [],
    ),
    # the month list and the date-to-date span
    (
        "Weekly miner wrap\n\nCleanSpark mined 1,624 BTC over April, May and June, including 491 BTC in "
        "June alone.",
        "2023-07-07", "btc_mined",
        [
            ("CleanSpark", 1624.0, "2023-04-01", "2023-06-30", None),
            ("CleanSpark", 491.0, "2023-06-01", "2023-06-30", None),
        ],
    ),
    # since the company entered the industry: the span from that month
    (
        "CleanSpark fiscal 2023\n\nOver its fiscal year, which ran from October 1, 2022, to September 30,"
        " 2023, CleanSpark mined 6,903 bitcoin.",
        "2023-10-03", "btc_mined",
        [
            ("CleanSpark", 6903.0, "2022-10-01", "2023-09-30", None),
        ],
    ),
    # a series of averages continues ", and then to"
    (
        "Cango Q3 2025 call\n\nSince we entered the industry in November 2024, Cango has mined 5,810 "
        "bitcoins through the end of September.",
        "2025-11-20", "btc_mined",
        [
            ("Cango", 5810.0, "2024-11-01", "2025-09-30", None),
        ],
    ),
    # an increment told with a name's possessive
    (
        "Cango Q3 2025 call\n\nCango's average operating hash rate rose from 40.91 exahash in July to "
        "44.85 exahash in September, and then to 46.09 exahash in October, so we are now running above "
        "90% of deployed capacity.",
        "2025-11-20", "hashrate",
        [
            ("Cango", 40.91, "2025-07-01", "2025-07-31", "average"),
            ("Cango", 44.85, "2025-09-01", "2025-09-30", "average"),
            ("Cango", 46.09, "2025-10-01", "2025-10-31", "average"),
        ],
    ),
    # a report's name is no production; the coins it keeps in custody are held
    (
        "Hut 8 orders rigs\n\nOnce the whole order is running, the rigs should lift Hut 8's computing "
        "power by about 475 petahashes per second (PH/s).",
        "2021-01-15", "hashrate",
        [],
    ),
    # a conditional lead-in before a colon does not make the loan after it hypothetical
    (
        "Bitfarms April\n\nBitfarms mined 405 BTC in April. In its monthly production and operations "
        "report, the company put the bitcoin it keeps in custody at 5,646 BTC as of April 30.",
        "2022-05-03", "btc_held",
        [
            ("Bitfarms", 5646.0, None, "2022-04-30", None),
        ],
    ),
    # a list of targets that includes hosting is no fleet, the second one too
    (
        "Bitfarms April\n\nBitfarms has a backstop if it needs cash: in December the company lined up a "
        "$100 million bitcoin-backed credit facility with Galaxy Digital.",
        "2022-05-03", "loan",
        [
            ("Bitfarms", 100000000.0, None, "2021-12-31", "facility"),
        ],
    ),
    # the industry's coins are no miner's
    (
        "Mawson update\n\nMawson continues to work toward expanding its combined Bitcoin Self-Mining and "
        "Hosting Co-location operations to about 4.5 EH/s early in the second quarter of 2023 and to an "
        "anticipated 8.0 EH/s by the fourth quarter of 2023.",
        "2023-04-19", "hashrate",
        [],
    ),
    # a range with both units
    (
        "Top miners sold little in the first quarter\n\nCipher Mining kept all of its output.\n\nMiners "
        "still hold plenty\n\nAcross the whole industry, miners are estimated to control more than "
        "700,000 BTC, about 3.4% of the supply.",
        "2024-04-17", "btc_held",
        [],
    ),
    # a balance at month-end is the reported month's
    (
        "Marathon update\n\nMarathon expects to have between 7 EH/s and 9 EH/s online by December 31.",
        "2022-12-06", "hashrate",
        [
            ("MARA Holdings", 9.0, None, "2022-12-31", "target"),
        ],
    ),
])
def test_batch_104_106_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a fiscal-year issuer that names fiscal quarters: its bare "Q1 2025" is the fiscal quarter
    (
        "DMG Blockchain Solutions Reports Second Quarter 2025 Results\n\nVANCOUVER, British Columbia, May"
        " 21, 2025 (GLOBE NEWSWIRE) -- DMG Blockchain Solutions Inc. (TSX-V: DMGI) today reports its "
        "financial results for the second quarter of fiscal 2025.\n\n- Bitcoin Mined: 91 bitcoin, "
        "compared with 97 bitcoin in Q1 2025",
        "2025-05-21", "btc_mined",
        [
            ("DMG Blockchain Solutions", 91.0, "2025-01-01", "2025-03-31", None),
            ("DMG Blockchain Solutions", 97.0, "2024-10-01", "2024-12-31", None),
        ],
    ),
    # the same flow over another period, told bare
    (
        "Riot's year\n\nRiot mined 425 bitcoin in December, up 334% from 98 a year earlier, and 3,812 for"
        " all of 2021.",
        "2022-01-05", "btc_mined",
        [
            ("Riot Platforms", 425.0, "2021-12-01", "2021-12-31", None),
            ("Riot Platforms", 98.0, "2020-12-01", "2020-12-31", None),
            ("Riot Platforms", 3812.0, "2021-01-01", "2021-12-31", None),
        ],
    ),
    # ending the half with coins; a day-first base
    (
        "K33 on miners\n\nMarathon mined 462 BTC in January but only 268 in May, a fall of 42%.",
        "2022-06-10", "btc_mined",
        [
            ("MARA Holdings", 462.0, "2022-01-01", "2022-01-31", None),
            ("MARA Holdings", 268.0, "2022-05-01", "2022-05-31", None),
        ],
    ),
    # a company's production guidance is no output; a tracker's count the company disowns is no holding
    (
        "Argo interims\n\nArgo Blockchain ended the half with 1,268 Bitcoin and Bitcoin Equivalent on its"
        " balance sheet at 30 June 2021, up from just 127 at 30 June 2020.",
        "2021-09-28", "btc_held",
        [
            ("Argo Blockchain", 1268.0, None, "2021-06-30", None),
            ("Argo Blockchain", 127.0, None, "2020-06-30", None),
        ],
    ),
    # costs are no loan
    (
        "Northern Data July\n\n- BTC production expected at 2,750 to 4,500 BTC for 2022, of which roughly"
        " 40-65% had been reached by the end of July 2022 at Northern Data.",
        "2022-08-10", "btc_mined",
        [],
    ),
    # a managed figure's comparison base is managed too
    (
        "Phoenix Group treasury\n\nPhoenix Group does not disclose its bitcoin. Third-party trackers "
        "currently put its holdings at 131 BTC, but the company said such numbers are guesswork.",
        "2025-07-08", "btc_held",
        [],
    ),
    # a debt table: each row at its column's date
    (
        "DMG results\n\nDMG Blockchain Solutions' general and administrative costs were $1,936,402, "
        "compared with $1,846,398 a year earlier, with the increase largely due to financing costs tied "
        "to the Sygnum loan.",
        "2025-05-21", "loan",
        [],
    ),
    # a row dated without a year takes each column's year
    (
        "BitFuFu Q1\n\n- BitFuFu's mining capacity under management hit a record 28.6 EH/s, 52.1% above "
        "the 18.8 EH/s of a year earlier",
        "2024-05-28", "hashrate",
        [],
    ),
    # the month of "the April halving" dates no figure
    (
        "Argo Blockchain repays debt\n\nArgo applied the proceeds to debt owed to Galaxy.\n\nUnaudited "
        "Debt Balances\n\n$ in millions | 30/09/2023 | 31/12/2023\nGalaxy Debt | 27.2 | 23.5\nMirabel "
        "Mortgage | 1.6 | 1.5",
        "2024-03-28", "loan",
        [
            ("Argo Blockchain", 27200000.0, None, "2023-09-30", "outstanding"),
            ("Argo Blockchain", 23500000.0, None, "2023-12-31", "outstanding"),
            ("Argo Blockchain", 1600000.0, None, "2023-09-30", "outstanding"),
            ("Argo Blockchain", 1500000.0, None, "2023-12-31", "outstanding"),
        ],
    ),
    # the participle names the figure: produced, not held
    (
        "Argo Blockchain H1 2023\n\nSix months ended 30 June	H1 2023	H1 2022\nTotal debt at 30 June "
        "($m)	75	143",
        "2023-08-29", "loan",
        [
            ("Argo Blockchain", 75000000.0, None, "2023-06-30", "outstanding"),
            ("Argo Blockchain", 143000000.0, None, "2022-06-30", "outstanding"),
        ],
    ),
    # the miner's own fleet after a semicolon, and today's fleet at the start of a planned rise
    (
        "TeraWulf and Nautilus\n\nIn the second quarter TeraWulf self-mined 699 bitcoin across Lake "
        "Mariner and Nautilus, down 21% year on year after the April halving.",
        "2024-08-29", "btc_mined",
        [
            ("TeraWulf", 699.0, "2024-04-01", "2024-06-30", None),
        ],
    ),
    # "Jul 25*" in a table header is July 2025
    (
        "MARA May\n\nMARA said total holdings had passed 49,000 BTC and that the 950 BTC produced in May "
        "was the most since the April 2024 halving.",
        "2025-06-03", "btc_held",
        [
            ("MARA Holdings", 49000.0, None, "2025-05-31", None),
        ],
    ),
])
def test_batch_107_109_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # months down, years across, the figure named by each column
    (
        "Bitfarms September\n\nBitfarms mined 411 BTC in September.\n\nMonth | BTC Mined 2023 | BTC Mined"
        " 2022\nJanuary | 486 | 301\nFebruary | 387 | 298\nMarch | 424 | 363",
        "2023-10-02", "btc_mined",
        [
            ("Bitfarms", 411.0, "2023-09-01", "2023-09-30", None),
            ("Bitfarms", 486.0, "2023-01-01", "2023-01-31", None),
            ("Bitfarms", 301.0, "2022-01-01", "2022-01-31", None),
            ("Bitfarms", 387.0, "2023-02-01", "2023-02-28", None),
            ("Bitfarms", 298.0, "2022-02-01", "2022-02-28", None),
            ("Bitfarms", 424.0, "2023-03-01", "2023-03-31", None),
            ("Bitfarms", 363.0, "2022-03-01", "2022-03-31", None),
        ],
    ),
    # a "which means" clause names another period
    (
        "Core Scientific September\n\nIn August Core Scientific had sold 1,125 BTC for roughly $25.9 "
        "million, which means September sales were about 40% higher.",
        "2022-10-05", "btc_sold",
        [
            ("Core Scientific", 1125.0, "2022-08-01", "2022-08-31", None),
        ],
    ),
    # a header with an outer bar over rows without one
    (
        "Core Scientific September\n\nCore Scientific produced 1,213 BTC in September.\n\n| | September "
        "2022 | August 2022\nBTC sold | 1,576 | 1,125",
        "2022-10-05", "btc_sold",
        [
            ("Core Scientific", 1576.0, "2022-09-01", "2022-09-30", None),
            ("Core Scientific", 1125.0, "2022-08-01", "2022-08-31", None),
        ],
    ),
    # the origin of a loan is not its repayment's date
    (
        "Core Scientific trims debt\n\nCore Scientific paid off the $61 million balance of the term loan "
        "it took on when it emerged from Chapter 11 in January.",
        "2024-08-29", "loan",
        [
            ("Core Scientific", 61000000.0, None, "2024-08-29", "repaid"),
        ],
    ),
    # a step added to a facility's maximum is no facility
    (
        "Hut 8 amendment\n\nThe amendment adds $70 million to the maximum loan amount allowed under Hut "
        "8's Coinbase credit facility.",
        "2025-12-23", "loan",
        [],
    ),
    # a related-links line is another story
    (
        "Argo May 2023\n\nArgo Blockchain mined 173 BTC in May.\n\nRelated: Argo mined 129 BTC in July as"
        " Texas heat forced curtailment",
        "2023-06-07", "btc_mined",
        [
            ("Argo Blockchain", 173.0, "2023-05-01", "2023-05-31", None),
        ],
    ),
    # a running total, with its unit or bare
    (
        "Argo July 2021\n\nArgo Blockchain mined 225 BTC in July. That brings the running total for the "
        "year so far to 1,108 BTC.",
        "2021-08-04", "btc_mined",
        [
            ("Argo Blockchain", 225.0, "2021-07-01", "2021-07-31", None),
            ("Argo Blockchain", 1108.0, "2021-01-01", "2021-07-31", None),
        ],
    ),
    # the same running total told bare, with no unit: "which lifts its total for 2021 to 2,045"
    (
        "Argo December 2021\n\nArgo Blockchain mined 214 bitcoins in December, which lifts its total for "
        "2021 to 2,045.",
        "2022-01-07", "btc_mined",
        [
            ("Argo Blockchain", 214.0, "2021-12-01", "2021-12-31", None),
            ("Argo Blockchain", 2045.0, "2021-01-01", "2021-12-31", None),
        ],
    ),
    # the fleet after a site's opener clause, and a comparison base's date
    (
        "Stronghold September 2023\n\nOnce the Scrubgrass data center was running again, Stronghold's "
        "hash rate ended the month at approximately 3.5 exahash per second, roughly 15% above the hash "
        "rate at the end of August 2023.",
        "2023-10-03", "hashrate",
        [
            ("Stronghold Digital Mining", 3.5, None, "2023-09-30", "operational"),
        ],
    ),
    # commitments of a promissory note
    (
        "Applied Digital secures debt\n\nApplied Digital's subsidiary issued a Promissory Note to CIM "
        "Group with $125 million of commitments at closing.",
        "2024-06-07", "loan",
        [
            ("Applied Digital", 125000000.0, None, "2024-06-07", "facility"),
        ],
    ),
    # a nine-month total and the same stretch a year earlier
    (
        "Bitfarms September 2023\n\nBitfarms' September total was 70 BTC below the 481 BTC it mined in "
        "September 2022, and the nine-month total of 3,692 BTC trails the 3,733 BTC it produced over the "
        "same stretch of 2022.",
        "2023-10-02", "btc_mined",
        [
            ("Bitfarms", 481.0, "2022-09-01", "2022-09-30", None),
            ("Bitfarms", 3692.0, "2023-01-01", "2023-09-30", None),
            ("Bitfarms", 3733.0, "2022-01-01", "2022-09-30", None),
        ],
    ),
    # a count's date is not the fleet's
    (
        "Core Scientific September\n\nCore Scientific's self-mining fleet grew to about 130,000 servers "
        "from 127,716 at the end of August, and its self-mining hash rate rose to approximately 13 EH/s.",
        "2022-10-05", "hashrate",
        [
            ("Core Scientific", 13.0, None, "2022-09-30", "operational"),
        ],
    ),
    # "later this year" is a deadline
    (
        "Argo May 2023\n\nArgo Blockchain had 2.5 EH/s of capacity at the end of May. Argo expects that "
        "to rise later this year as new machines arrive: the additional units should lift capacity by "
        "about 12%, to approximately 2.8 EH/s.",
        "2023-06-07", "hashrate",
        [
            ("Argo Blockchain", 2.5, None, "2023-05-31", "capacity"),
            ("Argo Blockchain", 2.8, None, "2023-12-31", "target"),
        ],
    ),
])
def test_batch_110_112_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "a month earlier" after another figure's comparison base: the month before the reported one
    (
        "Core Scientific produced 1,213 BTC in September. Its self-mining fleet grew to about 130,000 "
        "servers from 127,716 at the end of August, and self-mining hash rate rose to approximately 13 "
        "EH/s from 12.69 EH/s a month earlier.",
        "2022-10-05", "hashrate",
        [
            ("Core Scientific", 13.0, None, "2022-09-30", "operational"),
            ("Core Scientific", 12.69, None, "2022-08-31", "operational"),
        ],
    ),
    # a bullet of a 10-K's key numbers takes the as-of day an earlier bullet of its list gave
    (
        "MARA opens door to selling treasury bitcoin\n\nKey numbers from the filing:\n- Holdings: 53,822 "
        "BTC as of Dec. 31, 2025, worth about $4.7 billion at the time.\n- Roughly 28% of that stack was "
        "lent out.\n- 5,938 BTC was pledged as collateral for a $350 million credit facility.\n\nMARA "
        "mined 8,799 BTC over the full year 2025.",
        "2026-03-02", "loan",
        [
            ("MARA Holdings", 350000000.0, None, "2025-12-31", "facility"),
        ],
    ),
    # a summary bullet's loan takes the date of the body's sentence that names its lender and says when it was signed
    (
        "Riot taps its bitcoin stack for a Coinbase loan\n\nTLDR\n- Riot Platforms signed its first "
        "bitcoin-backed credit agreement, with Coinbase Credit, for up to $100 million\n- Riot ended "
        "March with 19,223 BTC\n\nRiot Platforms has borrowed against part of its bitcoin treasury for "
        "the first time. According to a Form 8-K, the miner entered into the credit agreement on April "
        "22, with Coinbase Credit acting as lender.",
        "2025-04-25", "loan",
        [
            ("Riot Platforms", 100000000.0, None, "2025-04-22", "facility"),
        ],
    ),
    # "In that deal" takes the date of the sentence before, past the stop of "Sept."
    (
        "CleanSpark said on Thursday it signed a master loan agreement with Two Prime. The Two Prime line"
        " is separate from the Coinbase Prime facility CleanSpark expanded on Monday, Sept. 22. In that "
        "deal the exchange extended an additional $100 million of bitcoin-backed credit, which took "
        "CleanSpark's total borrowing capacity with Coinbase Prime to approximately $300 million.",
        "2025-09-25", "loan",
        [
            ("CleanSpark", 100000000.0, None, "2025-09-22", "facility"),
            ("CleanSpark", 300000000.0, None, "2025-09-22", "facility"),
        ],
    ),
    # "It was doubled to $130 million" right after the facility is named: the facility's new size
    (
        "Hut 8 signed a credit facility with Coinbase in June 2023 as a $50 million line. It was doubled "
        "to $130 million last June, when the maturity was also pushed out to June 2026.",
        "2026-01-03", "loan",
        [
            ("Hut 8", 50000000.0, None, "2023-06-30", "facility"),
            ("Hut 8", 130000000.0, None, "2025-06-30", "facility"),
        ],
    ),
    # coins lent out are no holding; a program that produced a loss produced no coins
    (
        "MARA 10-K\n\nKey numbers:\n- MARA lent out 9,377 BTC under its program; 9,377 BTC was lent out "
        "in total.\n- A hedging program that used 2,000 BTC produced a net trading loss of $22.1 million.",
        "2026-03-02", "btc_mined",
        [],
    ),
])
def test_batch_110_112_gate_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "Bitcoin and Bitcoin Equivalents ("BTC")" is one unit, and the participle after it names the flow
    (
        "Argo Blockchain plc announces results for the third quarter of 2023.\n- 370 Bitcoin and Bitcoin "
        "Equivalents (\"BTC\") mined in the quarter, producing revenue of $10.4 million",
        "2023-11-14", "btc_mined",
        [
            ("Argo Blockchain", 370.0, "2023-07-01", "2023-09-30", None),
        ],
    ),
    # a comparison base "at year end" is the year end just closed, and no target
    (
        "Bitfarms Q1 2024 results.\n- Current hashrate of 7.0 EH/s, up from 6.5 EH/s at year end",
        "2024-05-15", "hashrate",
        [
            ("Bitfarms", 7.0, None, "2024-05-15", "operational"),
            ("Bitfarms", 6.5, None, "2023-12-31", "operational"),
        ],
    ),
    # self-mined bitcoin "either in custody or pledged" is a holding
    (
        "Hut 8 reported results for the third quarter. At Sept. 30 it had 9,366 self-mined bitcoin either"
        " in custody or pledged as collateral, up from 9,136 at the end of June.",
        "2023-11-14", "btc_held",
        [
            ("Hut 8", 9366.0, None, "2023-09-30", None),
            ("Hut 8", 9136.0, None, "2023-06-30", None),
        ],
    ),
    # a goal a named miner "had previously aimed" at keeps its past date
    (
        "DMG Blockchain reported fiscal third-quarter results. DMG had previously aimed to reach 1.7 EH/s"
        " by the end of June.",
        "2024-08-14", "hashrate",
        [
            ("DMG Blockchain Solutions", 1.7, None, "2024-06-30", "target"),
        ],
    ),
])
def test_batch_113_115_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a lender's promise in a filing, dated by the sentence before that says when the agreement was signed
    (
        "Greenidge Generation Holdings Inc. Quarterly Report on Form 10-Q\n\nSenior secured loan. On "
        "March 21, 2022, Greenidge, as guarantor, and its subsidiaries entered into a Master Equipment "
        "Finance Agreement with NYDIG. NYDIG agreed to lend approximately $81 million through loan "
        "schedules.",
        "2023-11-14", "loan",
        [
            ("Greenidge Generation", 81000000.0, None, "2022-03-21", "facility"),
        ],
    ),
    # "committed to lend ... to the subsidiaries under a series of loan schedules"
    (
        "Greenidge Generation Holdings Inc. Quarterly Report on Form 10-Q\n\nMaster Equipment Finance "
        "Agreement. On March 21, 2022, Greenidge and three of its subsidiaries signed a Master Equipment "
        "Finance Agreement with NYDIG ABL LLC (\"NYDIG\"). NYDIG committed to lend approximately $81 "
        "million to the subsidiaries under a series of loan schedules.",
        "2022-05-16", "loan",
        [
            ("Greenidge Generation", 81000000.0, None, "2022-03-21", "facility"),
        ],
    ),
    # a senior secured loan is a loan row, senior notes are not; a rate between commas is a term of the label
    (
        "Stronghold Digital Mining 10-K\n\nThe Company's debt was as follows:\n\nBorrowing | December 31,"
        " 2022 | December 31, 2021\n$40,000,000 WhiteHawk equipment loan, 10.00%, due June 2023 | - | "
        "28,149,998\n$58,149,411 WhiteHawk term loan, SOFR plus 10.00%, due October 2025 | 56,114,249 | "
        "-\nSenior secured loan (NYDIG) | 17,689,000 | -\nSenior unsecured notes | 72,200,000 | "
        "72,200,000",
        "2023-03-30", "loan",
        [
            ("Stronghold Digital Mining", 28149998.0, None, "2021-12-31", "outstanding"),
            ("Stronghold Digital Mining", 56114249.0, None, "2022-12-31", "outstanding"),
            ("Stronghold Digital Mining", 17689000.0, None, "2022-12-31", "outstanding"),
        ],
    ),
    # a loan's unamortized discount is no loan
    (
        "CleanSpark Form 10-Q\n\nAt June 30, 2022, the gross balance outstanding under the Trinity loan "
        "was $18,703,448, which is presented net of an unamortized discount of $365,032.",
        "2022-08-10", "loan",
        [
            ("CleanSpark", 18703448.0, None, "2022-06-30", "outstanding"),
        ],
    ),
    # the balance a repayment leaves is the payer's, though the lender is named nearer
    (
        "Argo Blockchain reported first-quarter results. On the earnings call, management said Argo has "
        "paid down $23 million of that debt over the past year, leaving a Galaxy balance of $12.8 million"
        " at the end of March.",
        "2024-05-23", "loan",
        [
            ("Argo Blockchain", 23000000.0, None, "2023-12-31", "repaid"),
            ("Argo Blockchain", 12800000.0, None, "2024-03-31", "outstanding"),
        ],
    ),
    # "1 EH/s more expected at the site" is an increment at one site, and a site's build-out plan no fleet target
    (
        "CleanSpark Completes Purchase of Mawson's Sandersville Facility\n\nDeal adds roughly 560 PH/s to"
        " CleanSpark's fleet and lifts total hashrate above 4.7 EH/s; about 1 EH/s more expected at the "
        "site by year-end; site planned for 230 MW, or 7.0 EH/s, at full build-out",
        "2022-10-11", "hashrate",
        [
            ("CleanSpark", 4.7, None, "2022-10-11", "operational"),
        ],
    ),
    # coins that customers' machines produced are not the host's production
    (
        "Core Scientific mined 1,683 BTC in the first half. Counting the coins produced by customers' "
        "machines in its buildings, more than 3,000 bitcoin have been mined at Core's facilities so far "
        "this year.",
        "2021-07-21", "btc_mined",
        [
            ("Core Scientific", 1683.0, "2021-01-01", "2021-06-30", None),
        ],
    ),
])
def test_batch_113_115_more_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "on Aug. 12 last year": that day of the year before publication
    (
        "Argo Blockchain said Growler committed a new loan. It finished repaying the $35 million bailout "
        "loan it took from Galaxy in 2022 on Aug. 12 last year, ahead of schedule.",
        "2025-10-21", "loan",
        [
            ("Argo Blockchain", 35000000.0, None, "2024-08-12", "repaid"),
            ("Argo Blockchain", 35000000.0, None, "2022-12-31", "borrowed"),
        ],
    ),
    # "After the end of the third quarter" bounds the event; it does not date it
    (
        "Cipher Mining reported third-quarter results. After the end of the third quarter, that limit was"
        " raised to $15 million, and Cipher set up a new term loan facility under which it can borrow up "
        "to $35 million from the exchange.",
        "2024-10-30", "loan",
        [
            ("Cipher Mining", 15000000.0, None, "2024-10-30", "facility"),
            ("Cipher Mining", 35000000.0, None, "2024-10-30", "facility"),
        ],
    ),
    # "In calendar 2024 through the end of September": January through September
    (
        "CleanSpark mined 493 BTC in September. In calendar 2024 through the end of September, CleanSpark"
        " has mined 5,079 BTC.",
        "2024-10-03", "btc_mined",
        [
            ("CleanSpark", 493.0, "2024-09-01", "2024-09-30", None),
            ("CleanSpark", 5079.0, "2024-01-01", "2024-09-30", None),
        ],
    ),
    # coins mined "on behalf of customers" are the customers'
    (
        "BitFuFu's 2023 annual report. In 2023 its cloud mining segment brought in $178 million by mining"
        " 6,756 BTC on behalf of customers, while its proprietary mining segment mined 3,577 bitcoin.",
        "2024-03-27", "btc_mined",
        [
            ("BitFuFu", 3577.0, "2023-01-01", "2023-12-31", None),
        ],
    ),
    # "Unlike MARA it sold ...": the pronoun's company, not the one it is contrasted with
    (
        "MARA produced 950 BTC in May. Riot Platforms produced 514 BTC, an 11% increase on April. Unlike "
        "MARA it sold almost all of that, offloading 500 BTC for $51.3 million, and it finished the month"
        " with 19,225 BTC.",
        "2025-06-13", "btc_sold",
        [
            ("Riot Platforms", 500.0, "2025-05-01", "2025-05-31", None),
        ],
    ),
])
def test_batch_116_118_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a relative clause after the lender owed describes the loan, not the lender
    (
        "Greenidge Generation cut its debt. The senior secured loan Greenidge owed NYDIG, which had "
        "remaining principal of approximately $17.7 million, was extinguished.",
        "2023-11-10", "loan",
        [
            ("Greenidge Generation", 17700000.0, None, "2023-11-10", "repaid"),
        ],
    ),
    # an analyst's or a bank's model of a miner's fleet is no fact
    (
        "JPMorgan on miners' August profitability. JPMorgan expects Cipher to exit the year with about 23"
        " EH/s, ahead of what the analysts had previously modelled.",
        "2025-09-03", "hashrate",
        [],
    ),
    # a research firm's base case
    (
        "Kestrel's 2026 outlook.\n- Riot Platforms: Kestrel's base case has Riot mining roughly 4,600 BTC"
        " this year and reducing its deployed fleet to about 30 EH/s by December.",
        "2025-02-10", "hashrate",
        [],
    ),
    # an analyst's own model
    (
        "Keystone Ridge note. Keystone Ridge's own model has Bitdeer reaching about 40 EH/s by the end of"
        " 2025, which the analysts acknowledged is well above anything the company has guided to.",
        "2024-12-12", "hashrate",
        [],
    ),
    # a covenant's minimum cash balance is no loan
    (
        "Greenidge Generation 10-Q\n\nThe rest of the debt was refinanced into the senior secured "
        "loan.\n\nHosting. In August 2023, after an electrical upgrade raised the site's capacity to 44 "
        "MW, the hosting agreements were expanded, and NYDIG granted a limited waiver that lowered the "
        "minimum cash balance required under the senior secured loan from $10 million to $6 million.",
        "2023-11-14", "loan",
        [],
    ),
    # what a sum "would equal" in coins is no holding
    (
        "Iris Energy rebuilds after NYDIG. At today's bitcoin price of about $29,000, the debt held at "
        "the two subsidiaries would equal roughly 3,700 BTC, or close to ten months of Iris's current "
        "output.",
        "2023-05-04", "btc_held",
        [],
    ),
    # coins the miner "had pledged" are collateral, not its holding
    (
        "Riot Platforms November 2025. As the balance fell, the lender released 500 of the 3,300 bitcoin "
        "Riot had pledged at the end of September.",
        "2025-12-03", "btc_held",
        [],
    ),
])
def test_batch_116_118_precision_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "as the financed miners are delivered" names the loan's equipment, not a supplier's bill
    (
        "Greenidge Generation Holdings Inc. Quarterly Report on Form 10-Q\n\nOn March 21, 2022, Greenidge"
        " signed a Master Equipment Finance Agreement with NYDIG. NYDIG committed to lend approximately "
        "$81 million to the subsidiaries under a series of loan schedules. Funding started the same "
        "month. Roughly $54 million was advanced in March 2022, and further advances are expected as the "
        "financed miners are delivered.",
        "2022-05-16", "loan",
        [
            ("Greenidge Generation", 81000000.0, None, "2022-03-21", "facility"),
            ("Greenidge Generation", 54000000.0, None, "2022-03-31", "borrowed"),
        ],
    ),
    # a note's principal amount is its size, dated by the sentence that says when it was issued
    (
        "Greenidge Generation Holdings 10-Q\n\nSecured promissory note. Also in March 2022 the Company "
        "issued a secured promissory note to B. Riley Commercial Capital, LLC. The note had a principal "
        "amount of $26.5 million, bears interest at 6.0% and was originally scheduled to mature in July "
        "2022.",
        "2022-05-16", "loan",
        [
            ("Greenidge Generation", 26500000.0, None, "2022-03-31", "facility"),
        ],
    ),
])
def test_batch_113_loan_filing_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "a loan to keep ..." names the loan's purpose, not a borrower the miner lends to
    (
        "Applied Digital (Nasdaq: APLD) said on May 4 that it had closed a $300 million senior secured "
        "bridge loan to keep work moving on a new AI facility.",
        "2026-05-05", "loan",
        [
            ("Applied Digital", 300000000.0, None, "2026-05-04", "borrowed"),
        ],
    ),
])
def test_loan_purpose_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a total "that includes the hosting customers' machines" is no fleet of the miner's own
    (
        "Core Scientific February 2024. Taken together, the company said it had about 22.5 EH/s humming "
        "in its facilities, a number that includes the hosting customers' machines.",
        "2024-03-05", "hashrate",
        [],
    ),
    # "On its own, Black Pearl now runs at 13.2 EH/s": one site named alone
    (
        "Cipher Mining Q3 2025 production. Cipher Mining's self-mining hashrate was 23.0 EH/s at the end "
        "of September. On its own, Black Pearl now runs at 13.2 EH/s.",
        "2025-10-06", "hashrate",
        [
            ("Cipher Mining", 23.0, None, "2025-09-30", "operational"),
        ],
    ),
])
def test_hashrate_not_own_fleet_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a maker's list of models names the machines: "9,592 new MicroBT M30S, M30S+ and M31S+ machines"
    (
        "Hut 8 Mining Corp. published its results for the three months ended March 31, 2022. The Company "
        "put 9,592 new MicroBT M30S, M30S+ and M31S+ machines to work in Alberta, taking operating "
        "capacity to 2.54 EH/s at quarter end.",
        "2022-05-12", "hashrate",
        [
            ("Hut 8", 2.54, None, "2022-03-31", "capacity"),
        ],
    ),
    # a dollar figure's comparison dates that figure, not the coins after it
    (
        "Argo Blockchain reported first-quarter results. Argo ended March with $12.4 million in cash, up "
        "from $7.4 million at the end of 2023, and 11 bitcoin or bitcoin equivalents on its balance "
        "sheet.",
        "2024-05-23", "btc_held",
        [
            ("Argo Blockchain", 11.0, None, "2024-03-31", None),
        ],
    ),
    # two figures each placed at a named site are the sites' hashrates
    (
        "Argo Blockchain reported first-quarter results. Hashrate capacity stands at roughly 300 "
        "petahashes per second at Baie-Comeau and 2.4 EH/s at Helios.",
        "2024-05-23", "hashrate",
        [],
    ),
    # "the amount outstanding" right after the loan is named
    (
        "Mawson Infrastructure Group reported. No principal or interest has been paid on the Marshall "
        "loan since May 2023. Including accrued interest, the amount outstanding was $9.71 million as of "
        "June 30, 2024.",
        "2024-08-14", "loan",
        [
            ("Mawson Infrastructure", 9710000.0, None, "2024-06-30", "outstanding"),
        ],
    ),
    # "a new $100 million term loan" beside a $100 million line is a second loan
    (
        "Marathon Digital Holdings reported second-quarter results. On July 28, Marathon refinanced its "
        "existing $100 million revolving credit line with Silvergate Bank and added a new $100 million "
        "term loan from the same lender.",
        "2022-08-08", "loan",
        [
            ("MARA Holdings", 100000000.0, None, "2022-07-28", "facility"),
            ("MARA Holdings", 100000000.0, None, "2022-07-28", "facility"),
        ],
    ),
    # a year that dates another event does not move a month still under way to the year before
    (
        "Bitfarms Ltd. announced an update. The Company sold 1,500 BTC during June for approximately "
        "US$34 million and used the proceeds to pay down the US$100 million BTC-backed credit facility it"
        " entered into with Galaxy in December 2021.",
        "2022-06-17", "btc_sold",
        [
            ("Bitfarms", 1500.0, "2022-06-01", "2022-06-30", None),
        ],
    ),
    # a roundup's numbered item reports on the month its lead names
    (
        "May Mining News Digest\nOur monthly round-up of the main announcements from listed bitcoin "
        "miners.\n1.\nRiot Platforms reported first-quarter 2024 results. Riot produced 1,364 BTC in the "
        "quarter.\nRead more\n2.\nMarathon Digital published its April operating update. Production "
        "totalled 850 BTC, 21% more than a year earlier, and the company sold 600 BTC during the "
        "month.\nRead more",
        "2024-05-31", "btc_mined",
        [
            ("Riot Platforms", 1364.0, "2024-01-01", "2024-03-31", None),
            ("MARA Holdings", 850.0, "2024-04-01", "2024-04-30", None),
        ],
    ),
    # "closed the month with" is the month the sentence opens on; "after selling 250 in April" is April's sale
    (
        "Riot Platforms update. The Texas miner offloaded 250 bitcoin in May for about $7.5 million, "
        "after selling 250 in April for $10 million and 200 in March for $9.4 million, and closed the "
        "month with roughly 6,536 BTC.",
        "2022-06-06", "btc_held",
        [
            ("Riot Platforms", 6536.0, None, "2022-05-31", None),
        ],
    ),
    # "after selling 240 in April" borrows the unit of a sale, never of production
    (
        "Riot Platforms update. The Texas miner offloaded 250 bitcoin in May for about $7.5 million, "
        "after selling 240 in April for $10 million.",
        "2022-06-06", "btc_sold",
        [
            ("Riot Platforms", 250.0, "2022-05-01", "2022-05-31", None),
            ("Riot Platforms", 240.0, "2022-04-01", "2022-04-30", None),
        ],
    ),
    # "Riot is next at 505 BTC" ranks the month's production
    (
        "October public miner updates, in charts\nChart 2: Bitcoin mined and sold\nProduction went up. "
        "The tallest production bar belongs to MARA at 717 BTC, its strongest month since the halving. "
        "Riot is next at 505 BTC, up from 412 in September.",
        "2024-11-13", "btc_mined",
        [
            ("MARA Holdings", 717.0, "2024-10-01", "2024-10-31", None),
            ("Riot Platforms", 505.0, "2024-10-01", "2024-10-31", None),
            ("Riot Platforms", 412.0, "2024-09-01", "2024-09-30", None),
        ],
    ),
    # a ranked figure as of a day is a holding
    (
        "Strategy tops the list of corporate holders. Riot Platforms is next, with 18,094 BTC as of Dec. "
        "31, though it has been trimming that figure by selling some production each month since "
        "September.",
        "2026-01-10", "btc_held",
        [
            ("Riot Platforms", 18094.0, None, "2025-12-31", None),
        ],
    ),
    # a debt table "in $ thousands"; a plan's "Secured Notes" are securities
    (
        "Core Scientific's debt stack\n\nCore Scientific emerged from Chapter 11 on Jan. 23.\n\nSelected "
        "notes payable (in $ thousands)\nInstrument | Stated rate | Maturity | March 31, 2024 | Dec. 31, "
        "2023\nExit Credit Agreement | 9.0% | 2027 | 61,200 | —\nSecured Notes | 12.5% | 2028 | 150,000 |"
        " —\nBremer loan | 5.5% | 2027 | 13,641 | 18,331\n",
        "2024-05-09", "loan",
        [
            ("Core Scientific", 61200000.0, None, "2024-03-31", "outstanding"),
            ("Core Scientific", 13641000.0, None, "2024-03-31", "outstanding"),
            ("Core Scientific", 18331000.0, None, "2023-12-31", "outstanding"),
        ],
    ),
    # a column of monthly averages over a span is a rate, not a month's output
    (
        "The halving in numbers\n\nThe table sets each miner's average monthly production over January to"
        " April against May.\n\nMiner | Avg. monthly BTC, Jan-Apr 2024 | BTC mined, May 2024 | "
        "Change\nBitdeer (BTDR) | ~292 | 184 | -37%\nCleanSpark (CLSK) | ~687 | 417 | -39%\n",
        "2024-06-11", "btc_mined",
        [
            ("Bitdeer", 184.0, "2024-05-01", "2024-05-31", None),
            ("CleanSpark", 417.0, "2024-05-01", "2024-05-31", None),
        ],
    ),
    # "finish December at 3.5 EH/s": the month the figure closes, not a goal's date told after it
    (
        "Hut 8 Mining expects to end December at 3.5 EH/s, roughly what it had once hoped to be running "
        "by the end of June.",
        "2022-10-04", "hashrate",
        [
            ("Hut 8", 3.5, None, "2022-12-31", "target"),
        ],
    ),
    # "results filed with the SEC on Monday" dates the filing, not the sale
    (
        "Bitfarms sells nearly all its Q1 output. The company mined 1,297 BTC between January and March, "
        "according to results filed with the SEC on Monday, and sold 1,267 of them.",
        "2023-05-15", "btc_sold",
        [
            ("Bitfarms", 1267.0, "2023-01-01", "2023-03-31", None),
        ],
    ),
    # "up from 4.5 EH/s to 4.8 EH/s during the quarter": the first figure is where the quarter began
    (
        "Bitfarms reported first-quarter 2023 results.\n- Hashrate: up from 4.5 EH/s to 4.8 EH/s during "
        "the quarter, helped by about 3,000 new miners",
        "2023-05-15", "hashrate",
        [
            ("Bitfarms", 4.5, None, "2022-12-31", "operational"),
            ("Bitfarms", 4.8, None, "2023-03-31", "operational"),
        ],
    ),
    # "its reserve grows by about 1,414 BTC to 3,865": the growth is no holding
    (
        "American Bitcoin update. The miner said its reserve grows by about 1,414 BTC to 3,865 BTC as of "
        "October 24, 2025.",
        "2025-10-27", "btc_held",
        [
            ("American Bitcoin", 3865.0, None, "2025-10-24", None),
        ],
    ),
    # a figure before a colon is not a label's value: "A year earlier Riot held 7,327 BTC and was still selling:"
    (
        "Riot mines 412 BTC in September. Riot Platforms produced 412 BTC last month. A year earlier Riot"
        " held 7,327 BTC and was still selling: it sold 340 BTC in September 2023.",
        "2024-10-03", "btc_held",
        [
            ("Riot Platforms", 7327.0, None, "2023-09-30", None),
        ],
    ),
    # a label line's comparison figure, dated by its own period
    (
        "Riot Blockchain reports Q1 2021 results.\n- Bitcoin mined in Q1 2021: 491, against 303 in the "
        "fourth quarter of 2020, an increase of 62%",
        "2021-05-17", "btc_mined",
        [
            ("Riot Platforms", 491.0, "2021-01-01", "2021-03-31", None),
            ("Riot Platforms", 303.0, "2020-10-01", "2020-12-31", None),
        ],
    ),
    # the sentence before names the facility again: "had $65 million drawn on it"
    (
        "Hut 8 has a credit facility with Coinbase Credit.\n\nRate mechanics\nBefore the third amendment,"
        " the rate was the federal funds rate with a 3.25% floor, plus a margin. Since then, and through "
        "final maturity under the new fourth amendment, interest accrues at a contractually defined Base "
        "Spread. The filing does not restate the spread as a number, and the cost disclosed in the third "
        "quarter points to an all-in rate in the high single digits unless benchmark rates or margins "
        "move sharply.\n\nHow it has grown\nThe facility has been resized several times since it was "
        "first put in place. At the end of March 2025, Hut 8 had $65 million drawn on it.",
        "2026-01-03", "loan",
        [
            ("Hut 8", 65000000.0, None, "2025-03-31", "outstanding"),
        ],
    ),
    # a draw "at signing" takes the day the sentence before gives the agreement
    (
        "Hut 8 lifted the cap on its Coinbase facility. The fourth amended and restated credit agreement,"
        " executed on Dec. 22, raises the maximum loan amount by $70 million. Hut 8 drew the additional "
        "$70 million in full at signing.",
        "2026-01-03", "loan",
        [
            ("Hut 8", 70000000.0, None, "2025-12-22", "borrowed"),
        ],
    ),
    # "The facility dates from February 2022": its origin, not a comparison
    (
        "Bitfarms warned of a possible default on its BlockFi loan. The facility dates from February "
        "2022, when BlockFi agreed to lend $32 million to Backbone Mining Solutions (BMS), the Bitfarms "
        "subsidiary that owns a fleet of miners.",
        "2023-01-13", "loan",
        [
            ("Bitfarms", 32000000.0, None, "2022-02-28", "facility"),
        ],
    ),
])
def test_batch_113_121_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # taxes owed are no loan
    (
        "Argo Blockchain reported third-quarter results. It cut its Galaxy loan to $27 million.\n- "
        "One-time non-cash charge of $1.2 million for prior-period sales taxes owed to the Canadian tax "
        "authorities under new regulations",
        "2023-11-15", "loan",
        [
            ("Argo Blockchain", 27000000.0, None, "2023-11-15", "outstanding"),
        ],
    ),
    # restricted cash posted as collateral is no loan
    (
        "Marathon buys a site from Applied Digital. The deal also frees up $12 million in restricted cash"
        " that Applied Digital had posted as collateral.",
        "2024-03-15", "loan",
        [],
    ),
    # convertible notes' holders are owed a security's payoff
    (
        "Core Scientific filed its 10-Q. Its equipment loans stood at $500 million. Holders are owed at "
        "least twice the face amount plus accrued interest at maturity; the minimum payoff attributable "
        "to principal was $455.1 million at June 30, 2022.",
        "2022-08-11", "loan",
        [
            ("Core Scientific", 500000000.0, None, "2022-08-11", "outstanding"),
        ],
    ),
    # the joint venture's own loan is not the miner's
    (
        "Cipher Mining completed its Alborz joint venture. The JV financed its rigs with a $46.9 million "
        "loan from BlockFi in May.",
        "2022-08-09", "loan",
        [],
    ),
    # a lender's name on the balance: "the Galaxy balance"; "of principal paid down" is a repayment
    (
        "Argo Blockchain reported third-quarter results. Debt owed to Galaxy Digital fell to $27 million."
        " The reduction in the Galaxy balance reflects $5 million of principal paid down during the "
        "quarter.",
        "2023-11-15", "loan",
        [
            ("Argo Blockchain", 27000000.0, None, "2023-09-30", "outstanding"),
            ("Argo Blockchain", 5000000.0, None, "2023-09-30", "repaid"),
        ],
    ),
    # "paid off the $1.4 million mortgage", dated by the sale the sentence before tells
    (
        "Argo Blockchain reported first-quarter results. Part of that came from the sale of its Mirabel "
        "data center in Quebec, which closed in late March for total consideration of $6.1 million. The "
        "net proceeds first paid off the $1.4 million mortgage on the Mirabel facility, and the rest went"
        " to Galaxy Digital.",
        "2024-05-23", "loan",
        [
            ("Argo Blockchain", 1400000.0, None, "2024-03-31", "repaid"),
        ],
    ),
    # a debt table's "Original DIP credit agreement" row is a loan
    (
        "Core Scientific filed its annual report.\n\nNotes payable at year end consisted of the following"
        " (in thousands):\nInstrument | Stated rate | Effective rate | Maturity | December 31, 2023 | "
        "December 31, 2022\nTrinity loan | 11.0% | 11.0% | 2024 | 23,356 | 23,356\nOriginal DIP credit "
        "agreement | 10.0% | 10.0% | 2023 | - | 35,547\n",
        "2024-03-07", "loan",
        [
            ("Core Scientific", 23356000.0, None, "2023-12-31", "outstanding"),
            ("Core Scientific", 23356000.0, None, "2022-12-31", "outstanding"),
            ("Core Scientific", 35547000.0, None, "2022-12-31", "outstanding"),
        ],
    ),
    # a fleet told as a share of the network is the company's
    (
        "Bitfarms reported Q1 2022. \"Our hashrate reached 2.7 EH/s at quarter end, and today it stands at"
        " 3.4 EH/s, roughly 1.5% of the network.\"",
        "2022-05-16", "hashrate",
        [
            ("Bitfarms", 2.7, None, "2022-03-31", "operational"),
            ("Bitfarms", 3.4, None, "2022-05-16", "operational"),
        ],
    ),
    # a person's title is no company: "Chief Mining Officer Ben Gagnon said"
    (
        "Bitfarms reported Q1 2024. Chief Mining Officer Ben Gagnon said the Company is on track to reach"
        " 12 EH/s and 25 w/TH in the second quarter of 2024.",
        "2024-05-15", "hashrate",
        [
            ("Bitfarms", 12.0, None, "2024-06-30", "target"),
        ],
    ),
    # what was energized within days is an increment
    (
        "Bitdeer reported second-quarter results. On the earnings call the company said it had energized "
        "more than 1 EH/s in the first week of August alone.",
        "2025-08-14", "hashrate",
        [],
    ),
    # "orders of Bitmain S21 machines": the maker names the machines, it is not the subject
    (
        "Iris Energy reported. Together with purchases of 8,380 Bitmain T21 miners and earlier orders of "
        "Bitmain S21 machines, the build-out is expected to lift self-mining capacity to 10 EH/s in the "
        "first half of calendar 2024.",
        "2024-02-14", "hashrate",
        [
            ("IREN", 10.0, None, "2024-06-30", "target"),
        ],
    ),
    # a purchase of machines is installed hashrate at publication; delivery dates do not date it
    (
        "Bitfarms announced a fleet upgrade.\n- Purchase of 28,900 Bitmain T21 miners with a combined "
        "hashrate of 5.5 EH/s, for delivery between February and June 2024.",
        "2023-12-12", "hashrate",
        [
            ("Bitfarms", 5.5, None, "2023-12-12", "installed"),
        ],
    ),
])
def test_batch_113_115_gate_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a relative clause's date dates the agreement the figure sizes
    (
        "Bitfarms Ltd. announced a new loan. This facility is separate from the US$32 million equipment "
        "financing agreement with BlockFi Lending LLC that the Company announced in February 2022.",
        "2022-06-17", "loan",
        [
            ("Bitfarms", 32000000.0, None, "2022-02-28", "borrowed"),
        ],
    ),
    # the facility a payment went to keeps its size and its own date
    (
        "Bitfarms Ltd. announced an update. The Company sold 1,500 BTC during June for approximately "
        "US$34 million and used the proceeds to pay down the US$100 million BTC-backed credit facility it"
        " entered into with Galaxy in December 2021.",
        "2022-06-17", "loan",
        [
            ("Bitfarms", None, None, "2022-06-17", "repaid"),
            ("Bitfarms", 100000000.0, None, "2021-12-31", "facility"),
        ],
    ),
    # a year's results told in the sentence before date a figure that names no period
    (
        "BitFuFu reported.\n\nIn its earnings release for 2023, the company reported total revenue of "
        "$284 million for the year. Its cloud mining segment brought in $178 million by mining 6,756 BTC "
        "on behalf of customers, while its proprietary mining segment mined 3,577 bitcoin and generated "
        "$100 million of revenue.",
        "2024-04-11", "btc_mined",
        [
            ("BitFuFu", 3577.0, "2023-01-01", "2023-12-31", None),
        ],
    ),
    # the miner's own machines at third-party hosting sites
    (
        "Sphere 3D reported Q3 2024. At September 30, 2024, the Company had approximately 0.7 EH/s of "
        "hashrate operating at third-party hosting sites.",
        "2024-11-14", "hashrate",
        [
            ("Sphere 3D", 0.7, None, "2024-09-30", "operational"),
        ],
    ),
    # "the year so far" through the month the sentence reported
    (
        "Argo Blockchain lines up a second loan from Galaxy Digital\n\nIn a notice on Friday, Argo said "
        "the new loan is for $25 million. In June, Argo borrowed $20 million from Galaxy against its BTC "
        "treasury.\n\nThe company finished August holding 1,659 BTC. It mined 206 BTC during August, "
        "which took its output for the year so far to 1,314 coins.",
        "2021-09-10", "btc_mined",
        [
            ("Argo Blockchain", 206.0, "2021-08-01", "2021-08-31", None),
            ("Argo Blockchain", 1314.0, "2021-01-01", "2021-08-31", None),
        ],
    ),
    # (not a month added in: "Together with the 255.2 BTC produced in October"; a guard, as at the commit before)
    (
        "HIVE Blockchain November update. In November, HIVE mined 267.5 BTC. Together with the 255.2 BTC "
        "produced in October, the Company has mined 522.7 BTC so far in its fiscal third quarter, which "
        "began on October 1, 2022.",
        "2022-12-05", "btc_mined",
        [
            ("HIVE Digital Technologies", 267.5, "2022-11-01", "2022-11-30", None),
            ("HIVE Digital Technologies", 255.2, "2022-10-01", "2022-10-31", None),
            ("HIVE Digital Technologies", 522.7, "2022-10-01", "2022-11-30", None),
        ],
    ),
])
def test_batch_116_121_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a table "in USD thousands"; a convertible note named in the label's brackets is a security
    (
        "Hut 8 Corp. filed its 10-Q.\n\nThe Company's loans and notes payable were as follows (in USD "
        "thousands):\n\nInstrument | Issued | Matures | Interest rate | June 30, 2025 | December 31, "
        "2024\nCoinbase Credit Facility | June 26, 2023 | June 16, 2026 | 9.00% | 65,000 | 65,000\nCoatue"
        " Note (convertible note) | June 28, 2024 | June 28, 2029 | 8.00% | 159,287 | 153,100\n",
        "2025-08-07", "loan",
        [
            ("Hut 8", 65000000.0, None, "2025-06-30", "outstanding"),
            ("Hut 8", 65000000.0, None, "2024-12-31", "outstanding"),
        ],
    ),
    # a section's label between the rows of a notes-payable table
    (
        "Core Scientific filed its annual report.\n\nThe Company's notes payable at December 31, 2024 and"
        " 2023 were as follows (in thousands).\n\nInstrument | Rate | Maturity | December 31, 2024 | "
        "December 31, 2023\nReplacement DIP credit agreement | 10.0% | 2024 | — | 4,273\nMiner "
        "financing:\nTrinity loan | 11.0% | 2024 | — | 23,356\n",
        "2025-02-26", "loan",
        [
            ("Core Scientific", 4273000.0, None, "2023-12-31", "outstanding"),
            ("Core Scientific", 23356000.0, None, "2023-12-31", "outstanding"),
        ],
    ),
    # a filing's note "in thousands": "$17,783" is $17.8 million, and so are its table's cells
    (
        "CleanSpark, Inc. Form 10-Q for the quarter ended March 31, 2023\n\n14. LOANS\n\nAt March 31, "
        "2023 the Company's loans had a gross balance of $17,783. Over the six months ended March 31, "
        "2023, the Company paid down $10,433 of loan principal. Dollar amounts in this note are in "
        "thousands.\n\nLoan balances, net of discount, at March 31, 2023:\n\nLender / arrangement | "
        "Matures | Rate | Balance, net\nMaster Equipment Financing Arrangement | Apr-25 | 13.80% | "
        "$14,493\nAuto & equipment loans | Oct-26 to Oct-28 | 0.99%-9.20% | 349\n",
        "2023-05-15", "loan",
        [
            ("CleanSpark", 17783000.0, None, "2023-03-31", "outstanding"),
            ("CleanSpark", 10433000.0, None, "2023-03-31", "repaid"),
            ("CleanSpark", 14493000.0, None, "2023-03-31", "outstanding"),
        ],
    ),
    # an insurance premium's financing is no mining debt
    (
        "Stronghold Digital Mining filed its 10-Q.\n\nLong-term debt (in dollars):\n\nDescription	March "
        "31, 2022	December 31, 2021\n$6,900,000 insurance premium financing agreement, 3.45%, due July "
        "2022	2,467,572	4,299,721\n",
        "2022-05-16", "loan",
        [],
    ),
    # the clause after ", while" names another fleet; a self-mining fleet "accounted for" is the company's own
    (
        "Core Scientific filed its 10-K. As of December 31, 2022, Core's self-mining fleet accounted for "
        "15.7 EH/s of hashing power, while the machines it hosts for others added 8.0 EH/s.",
        "2023-04-05", "hashrate",
        [
            ("Core Scientific", 15.7, None, "2022-12-31", "operational"),
        ],
    ),
    # a unit's definition is no fleet
    (
        "Hut 8 merges with USBTC. About the units: one exahash per second (EH/s) is a quintillion hashes "
        "per second, the standard measure.",
        "2023-02-07", "hashrate",
        [],
    ),
    # the miner lends: "will extend a bridge loan of between $6.0 million and $6.5 million to USBTC"
    (
        "Hut 8 merges with USBTC. As part of the arrangement, Hut 8 will extend a bridge loan of between "
        "$6.0 million and $6.5 million to USBTC.",
        "2023-02-07", "loan",
        [],
    ),
    # "will extend to Compute North an 18-month bridge loan": the miner lends
    (
        "Marathon Digital signs hosting deal.\n- To fund construction of the facility, Marathon will "
        "extend to Compute North an 18-month bridge loan of up to $67 million, released in tranches.",
        "2021-05-24", "loan",
        [],
    ),
])
def test_batch_122_124_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "a figure that includes machines it operates for hosting customers": not the miner's own fleet
    (
        "Core Scientific April 2024 update. Core said the total hash rate energized across its data "
        "centers was 26.7 EH/s at the end of April, a figure that includes machines it operates for "
        "hosting customers.",
        "2024-05-03", "hashrate",
        [],
    ),
    # capacity switched off is no fleet figure
    (
        "Canaan reported Q2 2023 results. Canaan also said it had suspended roughly 2.0 EH/s of its "
        "mining capacity in Kazakhstan after running into regulatory changes there.",
        "2023-08-29", "hashrate",
        [],
    ),
    # "at quarter-end" in a label: the reported quarter's end, not the day the filing came out
    (
        "Sphere 3D Q3: 84.3 BTC mined in nine months\n\nSphere 3D (ANY) filed its third-quarter 10-Q on "
        "Tuesday. The quick version:\n\n- BTC held at September 30: approximately 22.7\n- Total hashrate "
        "capacity at quarter-end: 0.75 EH/s\n",
        "2025-11-04", "hashrate",
        [
            ("Sphere 3D", 0.75, None, "2025-09-30", "capacity"),
        ],
    ),
    # a label line's comparison told as a percentage change: "down 40.4% from 141.5 in the same stretch of 2024"
    (
        "Sphere 3D filed its 10-Q.\n\n- BTC mined, January-September 2025: 84.3, down 40.4% from 141.5 in"
        " the same stretch of 2024\n",
        "2025-11-04", "btc_mined",
        [
            ("Sphere 3D", 84.3, "2025-01-01", "2025-09-30", None),
            ("Sphere 3D", 141.5, "2024-01-01", "2024-09-30", None),
        ],
    ),
    # a name as the subject after the figure: "the 675 BTC Riot produced in February 2023"
    (
        "Riot Platforms mined 418 BTC in February 2024. It was also well short of the 675 BTC Riot "
        "produced in February 2023, when its Rockdale site was running with fewer competitors on the "
        "network.",
        "2024-03-05", "btc_mined",
        [
            ("Riot Platforms", 418.0, "2024-02-01", "2024-02-29", None),
            ("Riot Platforms", 675.0, "2023-02-01", "2023-02-28", None),
        ],
    ),
])
def test_batch_123_124_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a balance's current and long-term parts are no balances; the total is; a note named by its month keeps the
    # table's date
    (
        "Soluna Holdings 10-Q\n\nTotal debt outstanding by agreement at December 31, 2024 (dollars in "
        "thousands):\n\nAgreement | Current portion | Long-term | Total\nGreen Cloud secured note | 3,922"
        " | 7,061 | 10,983\nJuly 2024 additional secured note | 1,202 | - | 1,202\n",
        "2025-08-14", "loan",
        [
            ("Soluna", 10983000.0, None, "2024-12-31", "outstanding"),
            ("Soluna", 1202000.0, None, "2024-12-31", "outstanding"),
        ],
    ),
    # "$11,499 is due within the next twelve months": a part of the balance
    (
        "Greenidge Generation 10-Q (Dollar amounts in thousands)\n\nOf the amounts owed under its "
        "equipment financing at June 30, 2021, $11,499 is due within the next twelve months and $7,064 is"
        " presented as long-term.",
        "2021-10-05", "loan",
        [],
    ),
    # rows that name the notes by letter under a "Note" column
    (
        "Greenidge Generation 10-Q\n(Dollar amounts in thousands)\n\nThe balances outstanding under these"
        " agreements were as follows:\n\nNote | Loan date | Maturity | Interest rate | June 30, 2021 | "
        "December 31, 2020\nA | December 2020 | June 2022 | 17.0% | 2,739 | 4,233\nC | March 2021 | "
        "November 2022 | 17.0% | 2,105 | —\n",
        "2021-10-05", "loan",
        [
            ("Greenidge Generation", 2739000.0, None, "2021-06-30", "outstanding"),
            ("Greenidge Generation", 4233000.0, None, "2020-12-31", "outstanding"),
            ("Greenidge Generation", 2105000.0, None, "2021-06-30", "outstanding"),
        ],
    ),
])
def test_batch_122_debt_table_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a bare rate figure takes its own rate word: the balance after it is no rate
    (
        "Bitfarms was the standout. It added 100 PH/s over the month, mined 431 BTC, or about 13.9 a day,"
        " and ended May holding 6,075 bitcoin.",
        "2022-06-06", "btc_held",
        [
            ("Bitfarms", 6075.0, None, "2022-05-31", None),
        ],
    ),
    # "had 550 left at month-end": a bare balance after a sale
    (
        "CleanSpark sold 210 bitcoin in May and had 550 left at month-end.",
        "2022-06-06", "btc_held",
        [
            ("CleanSpark", 550.0, None, "2022-05-31", None),
        ],
    ),
    # coins listed among its crypto assets are held
    (
        "Canaan listed 1,125 bitcoin among its crypto assets as of June 30, 2023.",
        "2023-08-29", "btc_held",
        [
            ("Canaan", 1125.0, None, "2023-06-30", None),
        ],
    ),
    # "issued a $12 million promissory note to YA II PN": a loan from that lender
    (
        "To help pay for it, Soluna issued a $12 million unsecured promissory note to YA II PN, Ltd., a "
        "fund managed by Yorkville Advisors.",
        "2026-04-17", "loan",
        [
            ("Soluna", 12000000.0, None, "2026-04-17", "borrowed"),
        ],
    ),
    # an advance under the financing deal named the sentence before
    (
        "Stronghold also signed an equipment financing agreement with NYDIG on Dec. 15 for up to $54 "
        "million, collateralized by 12,000 Antminer S19j Pro machines. The company has already received "
        "an $18.6 million advance under the deal.",
        "2021-12-20", "loan",
        [
            ("Stronghold Digital Mining", 54000000.0, None, "2021-12-15", "facility"),
            ("Stronghold Digital Mining", 18600000.0, None, "2021-12-20", "borrowed"),
        ],
    ),
    # "lift ... hashrate by a little under 1 EH/s": an increment
    (
        "The sites in Dalton are expected to lift CleanSpark's hashrate by a little under 1 EH/s.",
        "2023-06-21", "hashrate",
        [],
    ),
    # a total that includes "both hosted and self-mining machines" is not the own fleet
    (
        "At March 31, 2024, roughly 29,400 miners were running across Greenidge's datacenters, including "
        "both hosted and self-mining machines, representing total hashrate of about 3.0 EH/s.",
        "2024-05-01", "hashrate",
        [],
    ),
    # "since August" with no year: from that August to publication, not August itself
    (
        "Stronghold has picked up roughly 22,000 miners since August, with about 2.2 EH/s of combined "
        "capacity, for a total outlay of $15 million.",
        "2023-05-04", "hashrate",
        [
            ("Stronghold Digital Mining", 2.2, None, "2023-05-04", "capacity"),
        ],
    ),
    # "20 EH/s a month": a pace of growth, not a fleet
    (
        "Marathon added less than 10 EH/s in August, compared with more than 20 EH/s a month in the "
        "run-up to the 2024 halving.",
        "2025-09-05", "hashrate",
        [],
    ),
    # machines another company owns ("Foundry-owned") are not the miner's fleet
    (
        "Stronghold Digital Mining signed a new hosting deal. The new Foundry agreement covers the same "
        "fleet of roughly 4,500 Foundry-owned machines, with about 420 PH/s of hash rate capacity.",
        "2023-02-07", "hashrate",
        [],
    ),
    # "makes available financing of roughly $43.9 million": a facility's size
    (
        "Bit Digital's WhiteFiber signed a credit agreement with the Royal Bank of Canada. The agreement,"
        " dated June 18, makes available financing of roughly $43.9 million in total.",
        "2025-06-25", "loan",
        [
            ("Bit Digital", 43900000.0, None, "2025-06-18", "facility"),
        ],
    ),
    # retiring a promissory note repays a loan; a convertible promissory note is a security
    (
        "Applied Digital used part of the proceeds to retire the promissory note it had issued to "
        "Macquarie Equipment Capital. TeraWulf raised $10 million of new capital to pay off a convertible"
        " promissory note.",
        "2025-07-30", "loan",
        [
            ("Applied Digital", None, None, "2025-07-30", "repaid"),
        ],
    ),
    # a footnote glued in brackets ("Bitcoin(2)"); a company launched in a headline is not the release's subject
    (
        "Hut 8 Reports First Quarter 2025 Results\n\nLaunch of American Bitcoin speeds Hut 8's evolution "
        "into an integrated energy infrastructure platform\n\n- 10,264 Bitcoin(2) held in the strategic "
        "reserve at March 31, 2025.",
        "2025-05-08", "btc_held",
        [
            ("Hut 8", 10264.0, None, "2025-03-31", None),
        ],
    ),
    # a rival after "further than" is not the seller: the miner of the sentence before is
    (
        "Riot reported 445 BTC for September. The Texas miner went further than CleanSpark and sold 465 "
        "BTC for $52.6 million, a little more than it mined.",
        "2025-10-06", "btc_sold",
        [
            ("Riot Platforms", 465.0, "2025-09-01", "2025-09-30", None),
        ],
    ),
    # "held on to first place with 736 BTC mined": no holding
    (
        "MARA Holdings (MARA) held on to first place with 736 BTC mined in September.",
        "2025-10-06", "btc_held",
        [],
    ),
    # "added 44 BTC to its treasury" after a sale: a change, not a second sale
    (
        "Bitfarms sold 173 BTC in September and added 44 BTC to its treasury.",
        "2024-10-04", "btc_sold",
        [
            ("Bitfarms", 173.0, "2024-09-01", "2024-09-30", None),
        ],
    ),
    # guard (passes at the commit before, through a pattern that matched any sale word): "another 650 BTC in
    # February" after a first sale is a sale of its own
    (
        "Marathon has been selling part of its production, offloading 1,500 BTC in January and another "
        "650 BTC in February.",
        "2023-03-01", "btc_sold",
        [
            ("MARA Holdings", 1500.0, "2023-01-01", "2023-01-31", None),
            ("MARA Holdings", 650.0, "2023-02-01", "2023-02-28", None),
        ],
    ),
    # one day's output is a rate, not the month's
    (
        "With the site back near full strength, Marathon produced about 34 bitcoin on the first day of "
        "December alone.",
        "2021-12-03", "btc_mined",
        [],
    ),
    # debt that consists entirely of convertible notes, and a convertible upsized in a headline, are securities
    (
        "TeraWulf's debt outstanding totaled $500.0 million, consisting entirely of the Company's 2.75% "
        "convertible senior notes due 2030.\n\nBitfarms upsizes convertible to $500 million",
        "2025-10-17", "loan",
        [],
    ),
    # a reporter's inference ("appears to have drawn down") is no loan fact
    (
        "CleanSpark appears to have drawn down its $50 million Coinbase loan facility, according to its "
        "filing.",
        "2024-11-04", "loan",
        [],
    ),
    # the other companies' combined coins are no company's holding
    (
        "Marathon holds 13,726 BTC. The other 11 companies in the ranking hold 8,502 BTC combined.",
        "2023-10-19", "btc_held",
        [
            ("MARA Holdings", 13726.0, None, "2023-10-19", None),
        ],
    ),
    # a convertible note sale is no bitcoin sale
    (
        "MARA Holdings has picked up another 703 bitcoin, taking the total it has bought with money from "
        "last week's $1 billion convertible note sale to 6,474 BTC.",
        "2024-11-27", "btc_sold",
        [],
    ),
])
def test_batch_116_128_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a table with a caption and no header row: the caption names the metric and the day
    (
        "Treasuries\n\nBTC held at Sept. 30, selected miners\nMARA Holdings | 52,850\nRiot Platforms | "
        "19,287\nCango | 5,810\n",
        "2025-10-06", "btc_held",
        [
            ("MARA Holdings", 52850.0, None, "2025-09-30", None),
            ("Riot Platforms", 19287.0, None, "2025-09-30", None),
            ("Cango", 5810.0, None, "2025-09-30", None),
        ],
    ),
    # a span across years: "from February 2020 through June 30, 2021"
    (
        "Bit Digital mined 3,086.53 BTC from February 2020 through June 30, 2021.",
        "2021-08-23", "btc_mined",
        [
            ("Bit Digital", 3086.53, "2020-02-01", "2021-06-30", None),
        ],
    ),
    # the month a report was published does not date what it reports
    (
        "Bit Digital owned 32,500 miners at the end of June with a maximum hash rate of 1.92 EH/s, "
        "according to a production update it published in July.",
        "2021-08-23", "hashrate",
        [
            ("Bit Digital", 1.92, None, "2021-06-30", "operational"),
        ],
    ),
    # a draw "that same day" takes the day the sentence before names
    (
        "Core Scientific's credit facility with Morgan Stanley first closed on March 5. Core Scientific "
        "drew the full $500 million available from Morgan Stanley that same day, according to a "
        "regulatory filing at the time.",
        "2026-03-23", "loan",
        [
            ("Core Scientific", 500000000.0, None, "2026-03-05", "borrowed"),
        ],
    ),
    # "the Coinbase facility it doubled to $130 million in June": the facility's new size, in that month
    (
        "Hut 8 adds a $200 million revolver from Two Prime.\n- the Coinbase facility it doubled to $130 "
        "million in June",
        "2025-08-26", "loan",
        [
            ("Hut 8", 200000000.0, None, "2025-08-26", "facility"),
            ("Hut 8", 130000000.0, None, "2025-06-30", "facility"),
        ],
    ),
    # the next item of a comparison list takes the first's type
    (
        "LM Funding held 142.2 bitcoins as of November 30. That compares with 140.5 bitcoins at the end "
        "of October and 75.9 bitcoins at the end of November 2023, an 85.11% increase over twelve months.",
        "2024-12-10", "btc_held",
        [
            ("LM Funding America", 142.2, None, "2024-11-30", None),
            ("LM Funding America", 140.5, None, "2024-10-31", None),
            ("LM Funding America", 75.9, None, "2023-11-30", None),
        ],
    ),
    # a sale's proceeds put toward debt in general: a repayment; the industry doing so is no company's
    (
        "Argo sold 200 BTC and put the proceeds toward repaying debt. In May, most public miners began "
        "selling meaningful amounts of bitcoin to pay down debt.",
        "2023-05-31", "loan",
        [
            ("Argo Blockchain", None, None, "2023-05-31", "repaid"),
        ],
    ),
    # coins pledged with no count: a posting, value null; a habit told in the present is none
    (
        "Marathon pledged part of its bitcoin to secure credit lines with Silvergate Bank. CleanSpark "
        "pledges part of its holdings as collateral for its bitcoin-backed credit lines.",
        "2022-11-15", "loan",
        [
            ("MARA Holdings", None, None, "2022-11-15", "collateral_posted"),
        ],
    ),
])
def test_batch_125_128_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "May-24 | Apr-24 | Mar-24" columns, with a section's name between the header and the rows
    (
        "IREN May 2024 update\n\nKey Metrics | May-24 | Apr-24 | Mar-24\nBitcoin Mining(2)\nBitcoin mined"
        " | 230 | 358 | 353\n",
        "2024-06-05", "btc_mined",
        [
            ("IREN", 230.0, "2024-05-01", "2024-05-31", None),
            ("IREN", 358.0, "2024-04-01", "2024-04-30", None),
            ("IREN", 353.0, "2024-03-01", "2024-03-31", None),
        ],
    ),
    # the buyer of a site the issuer sold is not the next bullet's company
    (
        "Bitfarms Reports First Quarter 2025 Results\n\n- Closed the sale of the 200 MW Yguazu data "
        "center in Paraguay to HIVE Digital Technologies Ltd.\n- Announced in April a private debt "
        "facility of up to $300 million with a division of Macquarie Group",
        "2025-05-14", "loan",
        [
            ("Bitfarms", 300000000.0, None, "2025-04-30", "facility"),
        ],
    ),
    # "EHuM": exahash per second under management, Bitfarms's unit for its fleet
    (
        "Bitfarms Reports First Quarter 2025 Results\n\n- Current hashrate of 19.5 EHuM, up from 6.5 EHuM"
        " as of March 31, 2024.",
        "2025-05-14", "hashrate",
        [
            ("Bitfarms", 19.5, None, "2025-05-14", "operational"),
            ("Bitfarms", 6.5, None, "2024-03-31", "operational"),
        ],
    ),
    # a deed after the plan's clause: "beat its 2024 guidance and surpassed 40 EH/s in January" is no target
    (
        "CleanSpark beat its 2024 guidance and surpassed 40 EH/s in January.",
        "2025-02-06", "hashrate",
        [
            ("CleanSpark", 40.0, None, "2025-01-31", "operational"),
        ],
    ),
    # a label line's change base: "up 21% on March" does not date the figure
    (
        "MARA April update\n- BTC produced: 850, up 21% on March",
        "2024-05-02", "btc_mined",
        [
            ("MARA Holdings", 850.0, "2024-04-01", "2024-04-30", None),
        ],
    ),
    # "0.9 EH/s below May": a gap to another month
    (
        "Stronghold's main reason was a lower average daily hash rate, which came in approximately 0.9 "
        "EH/s below May because of three temporary factors.",
        "2024-07-09", "hashrate",
        [],
    ),
    # the BTC equivalent of all digital assets is no holding
    (
        "Bit Digital: The BTC equivalent(4) of all digital assets held at June 30, 2023 was about 1,573.4"
        " BTC, or some $48.0 million.",
        "2023-08-14", "btc_held",
        [],
    ),
    # an appositive's clause dates its own event, not the loan
    (
        "Core Scientific, the bitcoin miner that filed for Chapter 11 protection in December, has agreed "
        "terms on a $70 million financing facility with B. Riley Commercial Capital, LLC.",
        "2023-01-31", "loan",
        [
            ("Core Scientific", 70000000.0, None, "2023-01-31", "facility"),
        ],
    ),
    # a lender named by a person's firm lends to "the miner" of the story
    (
        "Argo Blockchain sold 637 BTC in June to pay down a loan from Galaxy Digital. Mike Novogratz's "
        "firm lent the miner $20 million in June 2021 and a further $25 million in September 2021.",
        "2022-07-07", "loan",
        [
            ("Argo Blockchain", None, None, "2022-06-30", "repaid"),
            ("Argo Blockchain", 20000000.0, None, "2021-06-30", "borrowed"),
            ("Argo Blockchain", 25000000.0, None, "2021-09-30", "borrowed"),
        ],
    ),
    # a relative clause's plan after the figure does not date or kind it
    (
        "Bitfarms said its hashrate has climbed to 18.6 EHuM, which we expect to produce operating cash "
        "flow through 2026 and beyond.",
        "2025-03-26", "hashrate",
        [
            ("Bitfarms", 18.6, None, "2025-03-26", "operational"),
        ],
    ),
])
def test_batch_129_132_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a ranking's numbered items: "2." opens its item's sentence, a registry company's coins are held (from the
    # paragraph above), and a holder the registry does not know gets no fact
    (
        "Public companies' combined bitcoin holdings passed one million coins.\n\nThe top of the "
        "table\n1. Strategy: 636,505 BTC\n2. MARA Holdings: 52,477 BTC\n4. Bitcoin Standard Treasury "
        "Company: 30,021 BTC\n7. Riot Platforms: 19,239 BTC",
        "2025-09-05", "btc_held",
        [
            ("MARA Holdings", 52477.0, None, "2025-09-05", None),
            ("Riot Platforms", 19239.0, None, "2025-09-05", None),
        ],
    ),
    # guard (passes at the commit before): a label "Holdings:" is no company's name
    (
        "MARA 10-K digest\n- Holdings: 53,822 BTC as of Dec. 31, 2025, worth about $4.7 billion at the "
        "time.",
        "2026-03-02", "btc_held",
        [
            ("MARA Holdings", 53822.0, None, "2025-12-31", None),
        ],
    ),
    # a hashrate larger than any listed miner's fleet is the network's
    (
        "MARA network update\n- Record hashrate: 1,073 EH/s (Sept. 23)",
        "2025-09-24", "hashrate",
        [],
    ),
    # a term sheet's "would be cut", and a loan a miner "is looking at", are no loans
    (
        "Greenidge said in exchange the loan would be cut by $57 million to $68 million. LM Funding said "
        "it is looking at a secured loan of up to $5 million to buy more miners.",
        "2022-10-31", "loan",
        [],
    ),
    # a goal cleared or overshot has passed: its deadline is this year's
    (
        "Cantor lifts CleanSpark target after miner clears 20 EH/s mid-year goal",
        "2024-07-03", "hashrate",
        [
            ("CleanSpark", 20.0, None, "2024-06-30", "operational"),
        ],
    ),
    # "more than" is a qualifier, not a comparison: the goal's kind and its coming deadline
    (
        "Bitfarms expects to reach more than 4.0 EH/s by June 30.",
        "2022-05-17", "hashrate",
        [
            ("Bitfarms", 4.0, None, "2022-06-30", "target"),
        ],
    ),
    # "mining more than 2,500 BTC in the first quarter"
    (
        "Marathon Digital was the largest producer in the group, mining more than 2,500 BTC in the first "
        "quarter of 2024.",
        "2024-05-10", "btc_mined",
        [
            ("MARA Holdings", 2500.0, "2024-01-01", "2024-03-31", None),
        ],
    ),
    # "sold 362 of those coins" (but "every one of those coins" is no figure)
    (
        "Bitfarms produced 411 bitcoin in September. The company sold 362 of those coins for total "
        "proceeds of about $9.5 million. Hut 8 put every one of those coins into its reserve.",
        "2023-10-02", "btc_sold",
        [
            ("Bitfarms", 362.0, "2023-09-01", "2023-09-30", None),
        ],
    ),
    # "reported 3,865 BTC as of October 24": a balance on that day
    (
        "The pace has been quick. American Bitcoin reported 3,865 BTC as of October 24.",
        "2025-12-09", "btc_held",
        [
            ("American Bitcoin", 3865.0, None, "2025-10-24", None),
        ],
    ),
])
def test_batch_133_136_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "currently holds" after the month-end balance of the same size: a balance of now, of its own
    (
        "Riot currently holds 19,223 BTC, the third-largest corporate bitcoin treasury. Its March "
        "production report showed 533 BTC mined in the month and the same 19,223 BTC on the balance sheet"
        " at March 31.",
        "2025-04-24", "btc_held",
        [
            ("Riot Platforms", 19223.0, None, "2025-04-24", None),
            ("Riot Platforms", 19223.0, None, "2025-03-31", None),
        ],
    ),
    # a site's share of coins told before is no company total
    (
        "Bitdeer self-mined 403 BTC in November. Its Gedu data center in Bhutan produced 209 of those "
        "coins, more than half of the group total.",
        "2023-12-06", "btc_mined",
        [
            ("Bitdeer", 403.0, "2023-11-01", "2023-11-30", None),
        ],
    ),
    # a caption over rows with an as-of column and no header row
    (
        "Where the miners stand\nHoldings as last reported by each company:\nMARA Holdings | 44,893 BTC |"
        " as of Dec. 31, 2024\nRiot Platforms | 17,722 BTC | as of Dec. 31, 2024\nHut 8 | 10,096 BTC | "
        "latest disclosure\n",
        "2025-01-10", "btc_held",
        [
            ("MARA Holdings", 44893.0, None, "2024-12-31", None),
            ("Riot Platforms", 17722.0, None, "2024-12-31", None),
            ("Hut 8", 10096.0, None, "2025-01-10", None),
        ],
    ),
    # "next month": a deadline at the end of the coming month
    (
        "IREN expects to reach 31 EH/s next month.",
        "2024-11-13", "hashrate",
        [
            ("IREN", 31.0, None, "2024-12-31", "target"),
        ],
    ),
    # a total split after a colon into self-mining and hosting is not the own fleet; its self-mining part is
    (
        "- Core Scientific operated 20.1 EH/s of total hash rate: 19.1 EH/s for self-mining and 1.0 EH/s "
        "for hosting customers",
        "2025-02-26", "hashrate",
        [
            ("Core Scientific", 19.1, None, "2025-02-26", "operational"),
        ],
    ),
    # coins bought with a note sale's proceeds: "spent ... on 4,144 BTC" is no sale
    (
        "In August MARA sold $300 million of 2.125% convertible senior notes and spent about $249 million"
        " of the proceeds on 4,144 BTC.",
        "2024-09-05", "btc_sold",
        [],
    ),
    # the seller of a site is not the buyer's figure's company
    (
        "HIVE signs deal for Bitfarms' Paraguay site, targets 25 EH/s by September",
        "2025-01-28", "hashrate",
        [
            ("HIVE Digital Technologies", 25.0, None, "2025-09-30", "target"),
        ],
    ),
    # a site sold to the company, then "its hashrate": the company's own fleet, not the site's
    (
        "HIVE has signed a binding letter of intent to buy Bitfarms' 200-megawatt Yguazu facility in "
        "Paraguay, a deal it says will lift its hashrate from 6 EH/s today to an expected 25 EH/s by "
        "September.",
        "2025-01-28", "hashrate",
        [
            ("HIVE Digital Technologies", 6.0, None, "2025-01-28", "operational"),
            ("HIVE Digital Technologies", 25.0, None, "2025-09-30", "target"),
        ],
    ),
])
def test_batch_135_140_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # coins "had ... on its balance sheet" after sales: a balance, not a sale
    (
        "Core Scientific sold 1,975 bitcoins in July. After the sales, the company had 1,205 bitcoins and"
        " roughly $83 million in cash on its balance sheet as of July 31.",
        "2022-08-05", "btc_held",
        [
            ("Core Scientific", 1205.0, None, "2022-07-31", None),
        ],
    ),
    # a year-end goal's deadline is this year's end, not a month named in the clause before
    (
        "Bitfarms mined 486 BTC in October; year-end hashrate guidance revised to 5.0 EH/s",
        "2022-11-01", "hashrate",
        [
            ("Bitfarms", 5.0, None, "2022-12-31", "target"),
        ],
    ),
    # "Year-end target of 31 EH/s achieved" in a January update: the year just ended
    (
        "IREN update\n- Year-end target of 31 EH/s achieved, and bitcoin mined rose.",
        "2025-01-07", "hashrate",
        [
            ("IREN", 31.0, None, "2024-12-31", "target"),
        ],
    ),
    # "bitcoin balance held in reserve stood at 6,769": a bare balance named first
    (
        "Hut 8 April update\n- The total bitcoin balance held in reserve stood at 6,769 as of April 30, "
        "2022.",
        "2022-05-06", "btc_held",
        [
            ("Hut 8", 6769.0, None, "2022-04-30", None),
        ],
    ),
    # "BTCs" is a unit; cloud-mining customers' coins are not the company's
    (
        "BitFuFu Q2 2024\n- Self-mining output declined 23.1% to 780 BTCs in the second quarter of "
        "2024.\n- BTC produced by customers through cloud-mining solutions declined 29.2% to 1,272 BTCs.",
        "2024-08-20", "btc_mined",
        [
            ("BitFuFu", 780.0, "2024-04-01", "2024-06-30", None),
        ],
    ),
    # "the hash rate Bitdeer manages": under management, hosted machines included
    (
        "The hash rate Bitdeer manages in total declined to 17.1 EH/s from 21.2 EH/s in Q3 2023.",
        "2024-11-19", "hashrate",
        [],
    ),
    # a cash-flow line is no loan; the draw it includes is
    (
        "Riot: Financing activities provided $443.8 million, including $200.0 million drawn under the "
        "bitcoin-backed credit facility.",
        "2025-10-30", "loan",
        [
            ("Riot Platforms", 200000000.0, None, "2025-10-30", "borrowed"),
        ],
    ),
])
def test_batch_137_144_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a joint venture's coins are not the miner's output
    (
        "Marathon mined 1,072 BTC in August. Its joint venture in Abu Dhabi, in which Marathon holds a "
        "20% stake, mined 50 bitcoin during August.",
        "2023-09-06", "btc_mined",
        [
            ("MARA Holdings", 1072.0, "2023-08-01", "2023-08-31", None),
        ],
    ),
    # coins from colocated machines are the hosting customers'
    (
        "- Core Scientific December output: 1,177 self-mined bitcoin, plus an estimated 449 bitcoin from "
        "colocated machines",
        "2024-01-04", "btc_mined",
        [
            ("Core Scientific", 1177.0, "2023-12-01", "2023-12-31", None),
        ],
    ),
    # power credits valued in coins
    (
        "- Riot mined 374 BTC in August. Curtailment earned the Company an estimated $3.0 million in "
        "power credits, roughly 136 BTC when valued at the month's average price.",
        "2022-09-06", "btc_mined",
        [
            ("Riot Platforms", 374.0, "2022-08-01", "2022-08-31", None),
        ],
    ),
])
def test_batch_145_148_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # the comparison figure of a total under management shares its rejection
    (
        "BitFuFu update\n- Total mining capacity under management rose 62.5% to 24.7 EH/s, from 15.2 EH/s"
        " a year earlier.",
        "2024-08-20", "hashrate",
        [],
    ),
])
def test_batch_144_comparison_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # an agreement "signed on Dec. 22" dates the news before it, though its sentence names an amount of its own
    (
        "Hut 8 has raised the ceiling on its bitcoin-backed credit facility with Coinbase Credit to $200 "
        "million.\n\nA filing made on Wednesday shows that the amended agreement, signed on Dec. 22, adds"
        " $70 million to the maximum loan amount.",
        "2026-01-03", "loan",
        [
            ("Hut 8", 200000000.0, None, "2025-12-22", "facility"),
        ],
    ),
    # "to a total principal cap of $200 million" is the facility's size, not a balance
    (
        "Hut 8 has enlarged its bitcoin-backed credit facility with Coinbase Credit to a total principal "
        "cap of $200 million.",
        "2025-12-23", "loan",
        [
            ("Hut 8", 200000000.0, None, "2025-12-23", "facility"),
        ],
    ),
    # a headline's loan takes the date the body gives the same amount
    (
        "Hut 8 Expands Bitcoin-Backed Credit Facility With Coinbase to $200M\n\nJanuary 3, 2026\n\nHut 8 "
        "has raised the ceiling on its bitcoin-backed credit facility with Coinbase Credit to $200 "
        "million and borrowed the extra room in full.\n\nThe amended agreement was signed on Dec. 22.",
        "2026-01-03", "loan",
        [
            ("Hut 8", 200000000.0, None, "2025-12-22", "facility"),
            ("Hut 8", 200000000.0, None, "2025-12-22", "borrowed"),
        ],
    ),
    # (but not the date of the loan's history: the repayment is the news; a guard, passing before the rule)
    (
        "Argo Blockchain clears $35M Galaxy loan ahead of schedule\n\nArgo Blockchain has finished paying"
        " back the $35 million it borrowed from Galaxy Digital in 2022.",
        "2024-08-12", "loan",
        [
            ("Argo Blockchain", 35000000.0, None, "2024-08-12", "repaid"),
            ("Argo Blockchain", 35000000.0, None, "2022-12-31", "borrowed"),
        ],
    ),
    # a loan release's lead dates the deal ("today announced that on July 28, 2022 it closed on ..."): the highlights'
    # facilities and draws take that day
    (
        "Marathon Digital Holdings Expands Credit Facilities with Silvergate Bank\n\nLAS VEGAS, Aug. 01, "
        "2022 (GLOBE NEWSWIRE) -- Marathon Digital Holdings, Inc. (NASDAQ: MARA) today announced that on "
        "July 28, 2022 it closed on an expanded set of credit facilities with Silvergate "
        "Bank.\n\nHighlights\n- Added a new $100 million term loan with a delayed-draw feature\n- Drew "
        "$50 million of the term loan at closing",
        "2022-08-01", "loan",
        [
            ("MARA Holdings", 100000000.0, None, "2022-07-28", "facility"),
            ("MARA Holdings", 50000000.0, None, "2022-07-28", "borrowed"),
        ],
    ),
    # "Since mid-August" runs to publication
    (
        "Since mid-August, Stronghold Digital Mining has returned approximately 26,200 miners to NYDIG in"
        " exchange for the extinguishment of $67.4 million of debt.",
        "2022-11-01", "loan",
        [
            ("Stronghold Digital Mining", 67400000.0, None, "2022-11-01", "repaid"),
        ],
    ),
    # a table row's label that names its day: "BTC holdings, Sept. 30"
    (
        "MARA lined up a $200 million line of credit.\n\nKey figures\nCredit line size | $200 "
        "million\nBTC holdings, Sept. 30 | 26,842\n",
        "2024-10-15", "btc_held",
        [
            ("MARA Holdings", 26842.0, None, "2024-09-30", None),
        ],
    ),
    # "December's proceeds" after the figure dates the proceeds, not the November sale
    (
        "In November Riot Platforms had sold 383 BTC for about $37 million, so December's proceeds were "
        "337% higher month on month.",
        "2026-01-06", "btc_sold",
        [
            ("Riot Platforms", 383.0, "2025-11-01", "2025-11-30", None),
        ],
    ),
    # a participle's clause after the figure ("continuing the policy it adopted in April") dates the policy
    (
        "Riot Platforms produced 445 BTC in September and sold 465 BTC for $52.6 million, a little more "
        "than its output, continuing the policy it adopted in April of selling its monthly production.",
        "2025-10-06", "btc_sold",
        [
            ("Riot Platforms", 465.0, "2025-09-01", "2025-09-30", None),
        ],
    ),
    # "rose from ... to 22 EH/s by the close of June" in July is June's level, not next June's goal
    (
        "Riot Platforms' deployed hashrate rose from 14.7 EH/s at the end of May to 22 EH/s by the close "
        "of June.",
        "2024-07-03", "hashrate",
        [
            ("Riot Platforms", 14.7, None, "2024-05-31", "deployed"),
            ("Riot Platforms", 22.0, None, "2024-06-30", "deployed"),
        ],
    ),
    # "grew 57% to 4.7 EH/s by the end of the fiscal year": the fiscal year just ended (HIVE's ends in March)
    (
        "HIVE Digital Technologies said its bitcoin mining hashrate grew 57% to 4.7 EH/s by the end of "
        "the fiscal year.",
        "2024-06-26", "hashrate",
        [
            ("HIVE Digital Technologies", 4.7, None, "2024-03-31", "operational"),
        ],
    ),
])
def test_batch_149_156_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "reduces our debt by $41 million": a present-tense cut is a repayment, and so is a cut of the total debt
    (
        "Argo Blockchain said the transaction reduces its debt by $41 million.",
        "2022-12-28", "loan",
        [
            ("Argo Blockchain", 41000000.0, None, "2022-12-28", "repaid"),
        ],
    ),
    # (a cut of the total debt too)
    (
        "Argo Blockchain sold Helios to Galaxy, cutting total debt by $41 million.",
        "2022-12-28", "loan",
        [
            ("Argo Blockchain", 41000000.0, None, "2022-12-28", "repaid"),
        ],
    ),
    # cash held is no loan balance
    (
        "By February 29, 2024, TeraWulf had repaid a total of $40 million of term-loan principal, and at "
        "the end of February we held $49 million in cash, cash equivalents and restricted cash.",
        "2024-03-19", "loan",
        [
            ("TeraWulf", 40000000.0, None, "2024-02-29", "repaid"),
        ],
    ),
    # a lender's verb with no event word of its own: a flagged borrowing (this sentence used to raise an error)
    (
        "Galaxy agreed to lend Argo Blockchain £18.05 million, or about $25 million.",
        "2021-09-10", "loan",
        [
            ("Argo Blockchain", 25000000.0, None, "2021-09-10", "borrowed"),
        ],
    ),
    # the borrower described before its name: "lent UK-based Argo Blockchain"
    (
        "Galaxy Digital lent UK-based Argo Blockchain £14 million (about $19.4 million) in June.",
        "2021-07-10", "loan",
        [
            ("Argo Blockchain", 19400000.0, None, "2021-06-30", "borrowed"),
        ],
    ),
    # "the loan Galaxy Digital extended in late 2022" dates the loan, not its repayment
    (
        "Argo Blockchain said Monday that it has finished paying back the loan Galaxy Digital extended in"
        " late 2022.",
        "2024-08-12", "loan",
        [
            ("Argo Blockchain", None, None, "2024-08-12", "repaid"),
        ],
    ),
    # the end of a change "from 1.9 EH/s at the start of 2022 to 6.0 EH/s" is not dated by its start
    (
        "CleanSpark took its self-mining hash rate from 1.9 EH/s at the start of 2022 to 6.0 EH/s, a 189%"
        " increase.",
        "2022-12-27", "hashrate",
        [
            ("CleanSpark", 1.9, None, "2022-01-01", "operational"),
            ("CleanSpark", 6.0, None, "2022-12-27", "operational"),
        ],
    ),
    # "what it was a year earlier" dates the level a year before, not the figure
    (
        "Riot Platforms said its average operating hash rate for March rose 3% from February to 30.3 "
        "EH/s, more than three and a half times what it was a year earlier.",
        "2025-04-07", "hashrate",
        [
            ("Riot Platforms", 30.3, "2025-03-01", "2025-03-31", "average"),
        ],
    ),
    # "according to its May 2 update": the day the report of April's output came out
    (
        "MARA Holdings did not sell. It mined 705 BTC, the most of any U.S. listed miner, and sold none, "
        "according to its May 2 update.",
        "2025-05-05", "btc_mined",
        [
            ("MARA Holdings", 705.0, "2025-04-01", "2025-04-30", None),
        ],
    ),
    # (but "its Nov. 5 update, which put the reserve at 4,004 BTC" dates the balance; a guard)
    (
        "American Bitcoin's Nov. 5 update put the reserve at 4,004 BTC.",
        "2025-11-13", "btc_held",
        [
            ("American Bitcoin", 4004.0, None, "2025-11-05", None),
        ],
    ),
    # "despite the sale" names the background, not the holdings' figures
    (
        "Marathon's unrestricted holdings actually rose despite the sale, from 7,815 BTC at Dec. 31, 2022"
        " to 8,090 BTC at Jan. 31, 2023.",
        "2023-02-07", "btc_held",
        [
            ("MARA Holdings", 7815.0, None, "2022-12-31", None),
            ("MARA Holdings", 8090.0, None, "2023-01-31", None),
        ],
    ),
    # a list under a heading with no colon ("How the stack ran down") takes the heading's cue
    (
        "Bitdeer's holdings ran down over eight weeks.\n\nHow the stack ran down\n- End of January 2026: "
        "1,530 BTC, a 24% fall in a single month\n- Feb. 14: 943.1 BTC, the first reading below 1,000",
        "2026-02-23", "btc_held",
        [
            ("Bitdeer", 1530.0, None, "2026-01-31", None),
            ("Bitdeer", 943.1, None, "2026-02-14", None),
        ],
    ),
    # a table with no header row: its first row is a figure; a bracketed change after a figure's unit; a calendar
    # year-to-date label in a company whose fiscal year ends in September
    (
        "CleanSpark Releases November 2022 Bitcoin Mining Update\n\nCleanSpark, Inc. published its update"
        " for the month ended November 30, 2022.\n\nBitcoin Mining Update (unaudited)\nBitcoin mined in "
        "November | 535\nCalendar year-to-date bitcoin mined | 4,157\nHashrate as of November 30 | 5.5 "
        "EH/s (up 8% from October 2022)\n\nIts fiscal year ends September 30.",
        "2022-12-02", "btc_mined",
        [
            ("CleanSpark", 535.0, "2022-11-01", "2022-11-30", None),
            ("CleanSpark", 4157.0, "2022-01-01", "2022-11-30", None),
        ],
    ),
    # (its hashrate row)
    (
        "CleanSpark Releases November 2022 Bitcoin Mining Update\n\nBitcoin Mining Update "
        "(unaudited)\nBitcoin mined in November | 535\nHashrate as of November 30 | 5.5 EH/s (up 8% from "
        "October 2022)\n",
        "2022-12-02", "hashrate",
        [
            ("CleanSpark", 5.5, None, "2022-11-30", "operational"),
        ],
    ),
    # "a year-end hash rate capacity of up to 5.5 EH/s" in March is a goal for that year's end
    (
        "Stronghold Digital Mining now sketches two scenarios: a year-end hash rate capacity of up to 5.5"
        " EH/s if the rest of the MinerVa units show up.",
        "2022-03-29", "hashrate",
        [
            ("Stronghold Digital Mining", 5.5, None, "2022-12-31", "target"),
        ],
    ),
    # "the 5.5 EH/s year-end target it set out" after the figure
    (
        "Argo Blockchain's hashrate of 3.2 EH/s is 41.8% below the 5.5 EH/s year-end target it set out "
        "with its first-quarter results.",
        "2022-08-31", "hashrate",
        [
            ("Argo Blockchain", 3.2, None, "2022-08-31", "operational"),
            ("Argo Blockchain", 5.5, None, "2022-12-31", "target"),
        ],
    ),
    # "ahead of the 50 EH/s year-end goal the company had set" in January: the year just ended (a guard: "reached"
    # already said so before the rule)
    (
        "MARA Holdings' energized hashrate reached 53.2 EH/s at the end of December, ahead of the 50 EH/s"
        " year-end goal the company had set.",
        "2025-01-03", "hashrate",
        [
            ("MARA Holdings", 53.2, None, "2024-12-31", "energized"),
            ("MARA Holdings", 50.0, None, "2024-12-31", "target"),
        ],
    ),
    # "intends to ... triple its data center capacity to 4.7 EH/s this year": a goal for the year's end
    (
        "Greenidge Generation intends to use the money to buy more miners and triple its data center "
        "capacity to 4.7 EH/s this year.",
        "2022-03-24", "hashrate",
        [
            ("Greenidge Generation", 4.7, None, "2022-12-31", "target"),
        ],
    ),
    # "Its latest monthly report showed 25,945 BTC at Aug. 31"
    (
        "MARA Holdings said its holdings have reached 26,200 BTC. Its latest monthly report showed 25,945"
        " BTC at Aug. 31.",
        "2024-09-11", "btc_held",
        [
            ("MARA Holdings", 26200.0, None, "2024-09-11", None),
            ("MARA Holdings", 25945.0, None, "2024-08-31", None),
        ],
    ),
    # "The increase came from a self-mining hashrate that had reached 35.0 EH/s": the fleet, not a part
    (
        "Bitdeer mined 452 bitcoin in September. The increase came from a self-mining hashrate that had "
        "reached 35.0 EH/s by the end of the month.",
        "2025-10-13", "hashrate",
        [
            ("Bitdeer", 35.0, None, "2025-09-30", "operational"),
        ],
    ),
    # "bitcoin mined rose to 445 in June from 417 in May": the unit named before bare figures
    (
        "CleanSpark said bitcoin mined rose to 445 in June from 417 in May.",
        "2024-07-03", "btc_mined",
        [
            ("CleanSpark", 445.0, "2024-06-01", "2024-06-30", None),
            ("CleanSpark", 417.0, "2024-05-01", "2024-05-31", None),
        ],
    ),
])
def test_batch_157_164_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "currently worth" tells the coins' value today, not the balance's date
    (
        "MARA Holdings secured a credit line. At September 30, the company held 26,842 BTC, currently "
        "worth roughly $1.8 billion.",
        "2024-10-16", "btc_held",
        [
            ("MARA Holdings", 26842.0, None, "2024-09-30", None),
        ],
    ),
    # "its 27,562 BTC holdings at month-end"
    (
        "MARA Holdings mined 717 BTC in October. It pointed to its 27,562 BTC holdings at month-end.",
        "2024-11-05", "btc_held",
        [
            ("MARA Holdings", 27562.0, None, "2024-10-31", None),
        ],
    ),
    # two companies and two figures joined by "and" pair in order, "respectively" unsaid
    (
        "MARA and CleanSpark mined 717 BTC and 655 BTC in October as the race for No. 1 tightens",
        "2024-11-05", "btc_mined",
        [
            ("MARA Holdings", 717.0, "2024-10-01", "2024-10-31", None),
            ("CleanSpark", 655.0, "2024-10-01", "2024-10-31", None),
        ],
    ),
    # "Over the previous seven days", "over the past week": the days before publication
    (
        "Over the previous seven days Bitfarms sold 3,000 bitcoin for about $62 million.",
        "2022-06-21", "btc_sold",
        [
            ("Bitfarms", 3000.0, "2022-06-14", "2022-06-20", None),
        ],
    ),
    # (and "the past week")
    (
        "Bitfarms sold 3,000 bitcoin over the past week.",
        "2022-06-21", "btc_sold",
        [
            ("Bitfarms", 3000.0, "2022-06-14", "2022-06-20", None),
        ],
    ),
    # rows of months with no header, under a caption that names the metric
    (
        "Bitfarms said it mined 391 new bitcoin during July 2021.\n\nYear-to-date production by month, "
        "per the company:\nJanuary | 199\nFebruary | 178\nMarch | 221\n",
        "2021-08-09", "btc_mined",
        [
            ("Bitfarms", 391.0, "2021-07-01", "2021-07-31", None),
            ("Bitfarms", 199.0, "2021-01-01", "2021-01-31", None),
            ("Bitfarms", 178.0, "2021-02-01", "2021-02-28", None),
            ("Bitfarms", 221.0, "2021-03-01", "2021-03-31", None),
        ],
    ),
    # "flat on January" is a comparison: "for the month" is the reported month
    (
        "Riot Platforms published its February 2025 update. Riot's total deployed hash rate was 33.6 EH/s"
        " at month-end, flat on January and up 171% from February 2024, while its average operating hash "
        "rate for the month came in at 29.4 EH/s.",
        "2025-03-04", "hashrate",
        [
            ("Riot Platforms", 33.6, None, "2025-02-28", "deployed"),
            ("Riot Platforms", 29.4, "2025-02-01", "2025-02-28", "average"),
        ],
    ),
    # a bracketed comparison "(Q2 FY25: $28.9 million)" is not "the quarter"
    (
        "IREN Reports Q3 FY25 Results\n\nThird Quarter FY25 Highlights\n\n- Net electricity costs rose to"
        " $36.5 million (Q2 FY25: $28.9 million), mainly because average operating hashrate climbed 30% "
        "to 29.4 EH/s for the quarter",
        "2025-05-14", "hashrate",
        [
            ("IREN", 29.4, "2025-01-01", "2025-03-31", "average"),
        ],
    ),
    # a "Total debt" row under loans' rows, in a table that also lists notes sold to investors, sums loans and notes
    (
        "Greenidge Generation 10-Q (in thousands)\n\nDebt | September 30, 2023 | December 31, 2022\nB. "
        "Riley promissory note | 4,116 | 10,430\nNYDIG senior secured loan | 17,689 | 0\n8.50% senior "
        "notes due 2026 | 72,200 | 72,200\nTotal debt | 94,005 | 82,630\n",
        "2023-11-14", "loan",
        [
            ("Greenidge Generation", 4116000.0, None, "2023-09-30", "outstanding"),
            ("Greenidge Generation", 10430000.0, None, "2022-12-31", "outstanding"),
            ("Greenidge Generation", 17689000.0, None, "2023-09-30", "outstanding"),
        ],
    ),
    # "265.6 new bitcoin", "about 846 newly minted bitcoin"
    (
        "Marathon Digital mined 265.6 new bitcoin in June and has produced about 846 newly minted bitcoin"
        " so far in 2021.",
        "2021-07-06", "btc_mined",
        [
            ("MARA Holdings", 265.6, "2021-06-01", "2021-06-30", None),
            ("MARA Holdings", 846.0, "2021-01-01", "2021-06-30", None),
        ],
    ),
    # (but not the network's: "the roughly 13,500 new bitcoin issued during the month"; a guard)
    (
        "MARA Holdings produced 700 BTC in November, about 5% of the roughly 13,500 new bitcoin issued "
        "during the month.",
        "2024-12-05", "btc_mined",
        [
            ("MARA Holdings", 700.0, "2024-11-01", "2024-11-30", None),
        ],
    ),
    # "and 928 in the second quarter" takes the unit; "a first-half total"
    (
        "Core Scientific mined 755 bitcoin in the first three months of 2021 and 928 in the second "
        "quarter, for a first-half total of 1,683 bitcoin.",
        "2021-08-25", "btc_mined",
        [
            ("Core Scientific", 755.0, "2021-01-01", "2021-03-31", None),
            ("Core Scientific", 928.0, "2021-04-01", "2021-06-30", None),
            ("Core Scientific", 1683.0, "2021-01-01", "2021-06-30", None),
        ],
    ),
    # a label line's bare figure with a bracketed note of its parts
    (
        "Cipher Mining April 2025 update\n- BTC mined: 174 (including an estimated 3 BTC of power sales "
        "equivalent and approximately 24 BTC from joint venture data centers)(1)\n- BTC sold: 350",
        "2025-05-05", "btc_mined",
        [
            ("Cipher Mining", 174.0, "2025-04-01", "2025-04-30", None),
        ],
    ),
    # "completing the switch away from bitcoin that it flagged in June": the switch's month, not the sale's
    (
        "Crypto miner Bit Digital (BTBT) has sold 280 BTC and moved the bulk of its treasury into Ether, "
        "the company said on Monday, completing the switch away from bitcoin that it flagged in June.",
        "2025-07-08", "btc_sold",
        [
            ("Bit Digital", 280.0, None, "2025-07-08", None),
        ],
    ),
])
def test_batch_165_172_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a rival brought in inside a paragraph about another miner stays an aside: "The company" in the next paragraph is
    # the story's miner
    (
        "Core Scientific sold 1,975 BTC in July.\n\nHeat in Texas forced repeated curtailments. Core "
        "Scientific said it powered down for 8,157 megawatt-hours in July. Rival Riot Blockchain, which "
        "earns credits for cutting load, reported earlier this week that it sold 275 bitcoins in "
        "July.\n\nFleet and hosting\nThe company deployed 6,000 more self-mining machines during the "
        "month. Of its fleet, its self-mining hashrate was 10.9 EH/s at the end of July.",
        "2022-08-05", "hashrate",
        [
            ("Core Scientific", 10.9, None, "2022-07-31", "operational"),
        ],
    ),
    # (but a paragraph that opens on "Rival MARA" is MARA's; a guard)
    (
        "CleanSpark bought seven sites in Tennessee.\n\nRival MARA, meanwhile, is sticking with its full "
        "HODL approach. It said on X that its holdings have reached 26,200 BTC.",
        "2024-09-11", "btc_held",
        [
            ("MARA Holdings", 26200.0, None, "2024-09-11", None),
        ],
    ),
])
def test_batch_167_rival_aside_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # liquidity is no loan: "taking its overall liquidity to about $100 million"
    (
        "Bitfarms also closed a $37 million equipment financing deal with NYDIG last week, taking its "
        "overall liquidity to about $100 million.",
        "2022-06-21", "loan",
        [
            ("Bitfarms", 37000000.0, None, "2022-06-21", "borrowed"),
        ],
    ),
    # collateral valued "at that price", and monthly instalments, are no principal
    (
        "In total 9,490 bitcoin, about $153.9 million at that price, now secure the $100 million Marathon"
        " Digital owes Silvergate across the revolver and a term loan.",
        "2022-11-10", "loan",
        [
            ("MARA Holdings", 100000000.0, None, "2022-11-10", "outstanding"),
        ],
    ),
    # (monthly loan payments)
    (
        "Iris Energy said the miners bring in about $2 million a month of gross profit against roughly $7"
        " million of monthly loan payments.",
        "2022-11-07", "loan",
        [],
    ),
    # a term sheet's "would cut ... by $57 million to $68 million" is no repayment yet
    (
        "In return NYDIG would cut Greenidge Generation's debt by $57 million to $68 million.",
        "2022-12-20", "loan",
        [],
    ),
    # "paid it down by $28 million", "Cutting US$34 million of borrowings"
    (
        "Bitfarms paid it down by $28 million, and the Galaxy loan balance now stands at $38 million.",
        "2022-06-21", "loan",
        [
            ("Bitfarms", 28000000.0, None, "2022-06-21", "repaid"),
            ("Bitfarms", 38000000.0, None, "2022-06-21", "outstanding"),
        ],
    ),
    # (cutting borrowings)
    (
        "- Cutting US$34 million of borrowings under the Galaxy facility, Bitfarms said.",
        "2022-06-21", "loan",
        [
            ("Bitfarms", 34000000.0, None, "2022-06-21", "repaid"),
        ],
    ),
    # a header row one cell short of its rows: "December 2023 | November 2023 | Change" over "BTC produced | 1,853 |
    # ..."
    (
        "Marathon Digital December 2023 update\n\nDecember 2023 | November 2023 | Change\nBTC produced | "
        "1,853 | 1,187 | +56%\n",
        "2024-01-03", "btc_mined",
        [
            ("MARA Holdings", 1853.0, "2023-12-01", "2023-12-31", None),
            ("MARA Holdings", 1187.0, "2023-11-01", "2023-11-30", None),
        ],
    ),
    # a row of the customers' coins is no fact of the miner's
    (
        "Core Scientific September 2024 update\n\nMetric	September	August\nSelf-mined "
        "bitcoin	345	358\nHosted customers' bitcoin earned	66	90\n",
        "2024-10-03", "btc_mined",
        [
            ("Core Scientific", 345.0, "2024-09-01", "2024-09-30", None),
            ("Core Scientific", 358.0, "2024-08-01", "2024-08-31", None),
        ],
    ),
    # "for a third-quarter total of 616 BTC": the quarter named with "total"
    (
        "Marathon Digital mined 360 BTC in September, up from 184 BTC in August, for a third-quarter "
        "total of 616 BTC.",
        "2022-10-05", "btc_mined",
        [
            ("MARA Holdings", 360.0, "2022-09-01", "2022-09-30", None),
            ("MARA Holdings", 184.0, "2022-08-01", "2022-08-31", None),
            ("MARA Holdings", 616.0, "2022-07-01", "2022-09-30", None),
        ],
    ),
    # "3,669 BTC for the year through Nov. 30"
    (
        "Marathon Digital's output reached 3,669 BTC for the year through Nov. 30.",
        "2022-12-06", "btc_mined",
        [
            ("MARA Holdings", 3669.0, "2022-01-01", "2022-11-30", None),
        ],
    ),
    # "still a little short of the company's third-quarter target" in October: the quarter just ended
    (
        "Bitfarms' hashrate rose 9% during the month to 6.1 EH, still a little short of the company's "
        "third-quarter target of 6.3 EH/s.",
        "2023-10-02", "hashrate",
        [
            ("Bitfarms", 6.1, None, "2023-09-30", "operational"),
            ("Bitfarms", 6.3, None, "2023-09-30", "target"),
        ],
    ),
    # the unit before the figure: "mined BTC 129 in July, down from BTC 150 in June"
    (
        "Argo Blockchain mined BTC 129 in July, down from BTC 150 in June.",
        "2023-08-04", "btc_mined",
        [
            ("Argo Blockchain", 129.0, "2023-07-01", "2023-07-31", None),
            ("Argo Blockchain", 150.0, "2023-06-01", "2023-06-30", None),
        ],
    ),
    # (and "total holdings of BTC 293.30 at June 30")
    (
        "Digihost mined BTC 72.18 in the month and had total holdings of BTC 293.30 at June 30.",
        "2022-07-05", "btc_held",
        [
            ("Digihost", 293.3, None, "2022-06-30", None),
        ],
    ),
])
def test_batch_173_180_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a table row's zero sale is no fact ("BTC Sold | 0 | 0"), as most batches read it
    (
        "MARA Holdings May 2025 update\n\nMetric | May 2025 | April 2025\nBTC Produced | 950 | 705\nBTC "
        "Sold | 0 | 0\n",
        "2025-06-03", "btc_sold",
        [],
    ),
])
def test_batch_181_184_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a year the title names dates a year's total that names no period of its own
    (
        "Riot lifts bitcoin output 19% in 2023 as power credits cut its mining cost\n\nThe Castle Rock, "
        "Colorado-based miner produced 6,626 BTC over the twelve months, against 5,554 BTC in 2022.",
        "2024-02-23", "btc_mined",
        [
            ("Riot Platforms", 6626.0, "2023-01-01", "2023-12-31", None),
            ("Riot Platforms", 5554.0, "2022-01-01", "2022-12-31", None),
        ],
    ),
    # a year a list's lead-in names dates its bullets' totals
    (
        "Riot's output rises 19% as mining costs fall a third\n\nRiot Platforms mined 6,626 BTC in "
        "2023.\n\nHow peers fared in 2023:\n- Marathon Digital mined 12,852 BTC, including 1,853 BTC in "
        "December alone.",
        "2024-02-26", "btc_mined",
        [
            ("Riot Platforms", 6626.0, "2023-01-01", "2023-12-31", None),
            ("MARA Holdings", 12852.0, "2023-01-01", "2023-12-31", None),
            ("MARA Holdings", 1853.0, "2023-12-01", "2023-12-31", None),
        ],
    ),
    # guard: a year named in the title long before publication dates nothing
    (
        "Riot's 2021 in review\n\nRiot Platforms mined 420 BTC, the company said.",
        "2023-02-10", "btc_mined",
        [
            ("Riot Platforms", 420.0, "2023-01-01", "2023-01-31", None),
        ],
    ),
    # the idiom "had already paid off this year" is no repayment
    (
        "CEO Jason Les said Riot's power strategy had already paid off this year, bringing in about $7.3 "
        "million in May in demand-response credits from ERCOT.",
        "2024-06-06", "loan",
        [],
    ),
    # a line of business, "the former auto lender", makes no loan
    (
        "Cango mined 650.5 BTC in July. Output jumped 45% month on month: the former auto lender mined "
        "650.5 BTC in July against 450 BTC in June, and kept every coin.",
        "2025-08-07", "loan",
        [],
    ),
    # "in the September 2022 quarter": the quarter that ends in that month
    (
        "This came even though HIVE raised its average quarterly ASIC hashrate from 2.1 EH/s in the "
        "September 2022 quarter.",
        "2023-11-14", "hashrate",
        [
            ("HIVE Digital Technologies", 2.1, "2022-07-01", "2022-09-30", "average"),
        ],
    ),
    # "bringing its total for calendar 2024 to 7,024 BTC" is a year's production, not a balance
    (
        "CleanSpark mined 668 bitcoin in December, bringing its total for calendar 2024 to 7,024 BTC.",
        "2025-01-03", "btc_mined",
        [
            ("CleanSpark", 668.0, "2024-12-01", "2024-12-31", None),
            ("CleanSpark", 7024.0, "2024-01-01", "2024-12-31", None),
        ],
    ),
    # a lender that "is extending a new loan of $35 million" lends to the story's miner
    (
        "Argo Blockchain sold Helios. Galaxy is extending a new loan of $35 million with an initial term "
        "of 36 months.",
        "2022-12-28", "loan",
        [
            ("Argo Blockchain", 35000000.0, None, "2022-12-28", "borrowed"),
        ],
    ),
    # "475 bitcoin of production in December" is the month's output
    (
        "After 475 bitcoin of production in December, Marathon's total holdings rose to 12,232 BTC.",
        "2023-01-05", "btc_mined",
        [
            ("MARA Holdings", 475.0, "2022-12-01", "2022-12-31", None),
        ],
    ),
    # guard: bitcoin of production lost to the weather is no output
    (
        "\"Winter took roughly 60 bitcoin of production with it,\" said Paul Yu of Cango.",
        "2026-02-03", "btc_mined",
        [],
    ),
    # "lifts treasury by 154 BTC to 703 BTC": the change is no balance; "earns 1,172 BTC" is output
    (
        "- Bitfarms earns 1,172 BTC in Q3 2023 and lifts treasury by 154 BTC to 703 BTC",
        "2023-10-05", "btc_held",
        [
            ("Bitfarms", 703.0, None, "2023-09-30", None),
        ],
    ),
    # ... and "earns 1,172 BTC" is the quarter's output
    (
        "- Bitfarms earns 1,172 BTC in Q3 2023 and lifts treasury by 154 BTC to 703 BTC",
        "2023-10-05", "btc_mined",
        [
            ("Bitfarms", 1172.0, "2023-07-01", "2023-09-30", None),
        ],
    ),
    # total debt "made up entirely of" convertible notes is no loan
    (
        "Total debt outstanding at TeraWulf was $500.0 million, made up entirely of the Company's 2.75% "
        "convertible senior notes due 2030.",
        "2025-08-07", "loan",
        [],
    ),
    # a tranche that "becomes available as" milestones are met is not drawn
    (
        "Bitfarms has secured a $300 million credit facility from Macquarie. A second tranche of up to "
        "$250 million becomes available as Bitfarms hits specific development milestones at the site; at "
        "that point the financing moves to a fully secured project loan.",
        "2025-04-02", "loan",
        [
            ("Bitfarms", 300000000.0, None, "2025-04-02", "facility"),
        ],
    ),
    # instalments still to come are no borrowings
    (
        "Hut 8 signed a $50 million loan with Coinbase. The loan is split into installments: $15 million "
        "to be advanced soon after closing, $20 million one to two months later, and a further $15 "
        "million once conditions are met.",
        "2023-06-12", "loan",
        [
            ("Hut 8", 50000000.0, None, "2023-06-12", "facility"),
        ],
    ),
    # "after nearly 2 EH/s was added in March": an increment
    (
        "CleanSpark's operating hash rate stood at 42.4 EH/s at the end of the month, after nearly 2 EH/s"
        " was added in March.",
        "2025-04-04", "hashrate",
        [
            ("CleanSpark", 42.4, None, "2025-03-31", "operational"),
        ],
    ),
    # a loss of hashrate is no fleet figure
    (
        "Late last year Iris Energy had to cut 3.6 EH/s after switching off machines.",
        "2023-06-20", "hashrate",
        [],
    ),
    # ... nor a headline's "Pulls the Plug on 3.6 EH/s"
    (
        "Iris Energy Pulls the Plug on 3.6 EH/s of Rigs Backing Defaulted Loans",
        "2022-11-18", "hashrate",
        [],
    ),
    # "over the weekend": the Saturday and Sunday before a Monday story
    (
        "Cango (CANG) sold 4,451 BTC over the weekend to pay down a loan.",
        "2026-02-09", "btc_sold",
        [
            ("Cango", 4451.0, "2026-02-07", "2026-02-08", None),
        ],
    ),
    # "475 BTC went for net proceeds of $38.8 million", after a colon: a sale, not the output named before
    (
        "Riot mined 463 BTC in April. It sold more than it produced: 475 BTC went for net proceeds of "
        "$38.8 million.",
        "2025-05-06", "btc_sold",
        [
            ("Riot Platforms", 475.0, "2025-04-01", "2025-04-30", None),
        ],
    ),
    # "published its February production numbers on Tuesday": the day it spoke, not the output's period
    (
        "Hut 8 Mining published its February production numbers on Tuesday, showing an 8% drop in bitcoin"
        " output to 156 BTC.",
        "2023-03-07", "btc_mined",
        [
            ("Hut 8", 156.0, "2023-02-01", "2023-02-28", None),
        ],
    ),
    # a revised guidance's old figure, with the guidance's date between, is no target
    (
        "Morphy said: \"We are revising Bitfarms' guidance for 31 December 2022 from 6.0 EH/s to 5.0 "
        "EH/s.\"",
        "2022-11-01", "hashrate",
        [
            ("Bitfarms", 5.0, None, "2022-12-31", "target"),
        ],
    ),
])
def test_batch_185_192_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a repayment made "out of that" sale's proceeds takes the sale's month; "and a further $2.0 million of" shares the
    # repayment's verb
    (
        "On Jan. 3, Bitfarms said it sold 1,755 BTC in December 2022 for total proceeds of $29.9 million."
        " Out of that, the company paid down $16.5 million on its bitcoin-backed facility and a further "
        "$2.0 million of equipment-related debt.",
        "2023-01-03", "loan",
        [
            ("Bitfarms", 16500000.0, None, "2022-12-31", "repaid"),
            ("Bitfarms", 2000000.0, None, "2022-12-31", "repaid"),
        ],
    ),
    # "over the same nine months of last year": January to September of the year before
    (
        "Bitfarms mined 411 BTC in September. Year to date the company has mined 3,692 BTC, compared with"
        " 3,733 BTC over the same nine months of last year.",
        "2023-10-02", "btc_mined",
        [
            ("Bitfarms", 411.0, "2023-09-01", "2023-09-30", None),
            ("Bitfarms", 3692.0, "2023-01-01", "2023-09-30", None),
            ("Bitfarms", 3733.0, "2022-01-01", "2022-09-30", None),
        ],
    ),
    # a line resized "to as much as" an amount is a facility
    (
        "CleanSpark holds 12,703 BTC. It had already lifted its Coinbase Prime line to as much as $200 "
        "million in April.",
        "2025-09-25", "loan",
        [
            ("CleanSpark", 200000000.0, None, "2025-04-30", "facility"),
        ],
    ),
    # "The line was enlarged to $200 million in April 2025"
    (
        "CleanSpark has a Coinbase credit facility. The line was enlarged to $200 million in April 2025 "
        "and later raised again.",
        "2025-09-25", "loan",
        [
            ("CleanSpark", 200000000.0, None, "2025-04-30", "facility"),
        ],
    ),
    # an arrangement expanded "by" an amount: the increase is a facility of its own
    (
        "CleanSpark has a credit facility with Coinbase Prime. The company had already expanded the "
        "arrangement by $200 million in April.",
        "2025-09-25", "loan",
        [
            ("CleanSpark", 200000000.0, None, "2025-04-30", "facility"),
        ],
    ),
    # "raised the cap on that agreement to $200 million", after a loan was named
    (
        "CleanSpark has a credit facility with Coinbase Credit. The Company had already raised the cap on"
        " that agreement to $200 million on April 14, 2025.",
        "2025-09-25", "loan",
        [
            ("CleanSpark", 200000000.0, None, "2025-04-14", "facility"),
        ],
    ),
    # guard: a hosting agreement grown to an amount is no loan
    (
        "CleanSpark has a credit facility with Coinbase Credit. CleanSpark expanded its hosting agreement"
        " with Foo to $20 million.",
        "2025-09-25", "loan",
        [],
    ),
])
def test_batch_193_200_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # "the same three months a year earlier" is the reported quarter a year back, not January to March
    (
        "HIVE mined 830 Bitcoin in the quarter ended December 31, 2023. The 830 Bitcoin produced this "
        "quarter is 5% more than the 787 Bitcoin HIVE mined in the same three months a year earlier.",
        "2024-02-13", "btc_mined",
        [
            ("HIVE Digital Technologies", 830.0, "2023-10-01", "2023-12-31", None),
            ("HIVE Digital Technologies", 787.0, "2022-10-01", "2022-12-31", None),
        ],
    ),
])
def test_same_months_a_year_earlier_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a lender named as the object of 'owed' dates a balance: outstanding
    (
        'In December 2022, Greenidge owed NYDIG about $74 million and warned that it might have to seek '
        'bankruptcy protection.',
        '2023-11-09', 'loan',
        [
            ('Greenidge Generation', 74000000.0, None, '2022-12-31', 'outstanding'),
        ],
    ),
    # a doubt said after the figure ('and warned that it might') does not make the balance hypothetical (guard: a
    # doubt before the figure still does)
    (
        'Greenidge said it might need to borrow $10 million and warned that cash was low.',
        '2023-11-09', 'loan',
        [],
    ),
    # 'a $32 million financing with BlockFi' is a borrowing from a named lender
    (
        'On February 25, Bitfarms closed a $32 million financing with BlockFi, with a two-year term at 14.5%.',
        '2022-06-17', 'loan',
        [
            ('Bitfarms', 32000000.0, None, '2022-02-25', 'borrowed'),
        ],
    ),
    # a sum in another currency in brackets between the figure and 'of financing from NYDIG'
    (
        'Argo Blockchain secured $26.7 million (£20.2 million) of financing from NYDIG in the half.',
        '2022-08-24', 'loan',
        [
            ('Argo Blockchain', 26700000.0, None, '2022-08-24', 'borrowed'),
        ],
    ),
    # 'defaulted on $103 million of equipment loans': the balance in default
    (
        'Iris Energy defaulted on $103 million of equipment loans in November.',
        '2022-12-22', 'loan',
        [
            ('IREN', 103000000.0, None, '2022-11-30', 'outstanding'),
        ],
    ),
    # 'to restructure approximately $74 million of debt': the balance under renegotiation
    (
        'Greenidge agreed a term sheet with NYDIG to restructure approximately $74 million of debt.',
        '2022-12-21', 'loan',
        [
            ('Greenidge Generation', 74000000.0, None, '2022-12-21', 'outstanding'),
        ],
    ),
    # 'had $39 million of rig-backed loans from NYDIG and $54 million from BlockFi': two balances, the second
    # elliptical
    (
        'Core Scientific had $39 million of rig-backed loans from NYDIG and $54 million from BlockFi at the '
        'end of September.',
        '2022-11-15', 'loan',
        [
            ('Core Scientific', 39000000.0, None, '2022-09-30', 'outstanding'),
            ('Core Scientific', 54000000.0, None, '2022-09-30', 'outstanding'),
        ],
    ),
    # 'loans payable of $123 million at the end of 2023' is a balance
    (
        'In its financial statements, TeraWulf carried loans payable of $123 million at the end of 2023.',
        '2024-07-09', 'loan',
        [
            ('TeraWulf', 123000000.0, None, '2023-12-31', 'outstanding'),
        ],
    ),
    # interest on a loan is no principal
    (
        'Argo said monthly interest on the Galaxy loan has fallen from approximately $440,000 in July 2023 to'
        ' approximately $78,000 in July 2024.',
        '2024-08-12', 'loan',
        [],
    ),
    # 'may still draw an additional $50 million' is headroom, not a draw (and 'through April 2023' is no lender)
    (
        'Marathon may still draw an additional $50 million under the term loan through April 2023.',
        '2022-11-10', 'loan',
        [],
    ),
    # 'must prepay if the loan-to-value ratio exceeds' is a covenant, not a repayment
    (
        'Riot must prepay the credit facility if the loan-to-value ratio exceeds the level set out in the '
        'Credit Agreement.',
        '2025-04-24', 'loan',
        [],
    ),
    # 'by American Thanksgiving' is the fourth Thursday of November
    (
        'Phase 2 construction is on schedule, and HIVE remains on track to reach 25 EH/s by American '
        'Thanksgiving this year.',
        '2025-08-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 25.0, None, '2025-11-27', 'target'),
        ],
    ),
    # 'as of the date of this release' is the day of publication, not the June 30 named before it
    (
        '- HIVE hashrate of 11.4 EH/s at June 30, 2025, rising to over 16 EH/s as of the date of this release',
        '2025-08-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 11.4, None, '2025-06-30', 'operational'),
            ('HIVE Digital Technologies', 16.0, None, '2025-08-14', 'operational'),
        ],
    ),
    # a bank's forecasts of miners' hashrate are no facts, nor the next figure of its list
    (
        'Needham pencils in 45 EH/s for CleanSpark and 52 EH/s for IREN by the end of the year.',
        '2025-06-10', 'hashrate',
        [],
    ),
    # 'His estimates have Bitdeer at 45 EH/s and HIVE at 26 EH/s': an analyst's
    (
        'His estimates have Bitdeer at 45 EH/s and HIVE at 26 EH/s by mid-2026.',
        '2025-10-06', 'hashrate',
        [],
    ),
    # 'JPMorgan expects the company's hashrate to climb to around 37 EH/s': the bank's, not the company's target
    (
        "CleanSpark mined 445 BTC. JPMorgan expects the company's hashrate to climb to around 37 EH/s by the "
        'end of the year.',
        '2024-08-05', 'hashrate',
        [],
    ),
    # guard: management's own 'pencils in' is the company's target
    (
        'Riot cut its targets. Once every site is fully built, management still pencils in about 65.7 EH/s by'
        ' the close of 2026.',
        '2024-10-31', 'hashrate',
        [
            ('Riot Platforms', 65.7, None, '2026-12-31', 'target'),
        ],
    ),
    # a deadline still ahead is not the reported quarter: 'the quarter' is the third quarter whose results the story
    # covers
    (
        'Hut 8 expects its hashrate to exceed 15 EH/s by the end of the first quarter of 2025. The miner '
        'disclosed the upgrade alongside third-quarter results on Tuesday. Hut 8 mined 270 BTC in the '
        'quarter.',
        '2024-11-13', 'btc_mined',
        [
            ('Hut 8', 270.0, '2024-07-01', '2024-09-30', None),
        ],
    ),
    # 'held 26,200 bitcoin at the end of the month' is the reported month's end, not the goal's 'end of 2024'
    (
        'MARA mined 673 BTC in August. The company held 26,200 bitcoin at the end of the month and reiterated'
        ' its goal of reaching 50 EH/s by the end of 2024.',
        '2024-09-05', 'btc_held',
        [
            ('MARA Holdings', 26200.0, None, '2024-08-31', None),
        ],
    ),
    # 'bringing its 2024 total to 4,828 BTC' is the year's production
    (
        'Riot produced 516 BTC in December, bringing its 2024 total to 4,828 BTC.',
        '2025-01-06', 'btc_mined',
        [
            ('Riot Platforms', 516.0, '2024-12-01', '2024-12-31', None),
            ('Riot Platforms', 4828.0, '2024-01-01', '2024-12-31', None),
        ],
    ),
    # 'reserve of self-mined bitcoin was 9,102 BTC' is a balance; 'self-mined' there names the coins
    (
        "CleanSpark's strategic reserve of self-mined bitcoin was 9,102 BTC as of April 30.",
        '2024-05-03', 'btc_held',
        [
            ('CleanSpark', 9102.0, None, '2024-04-30', None),
        ],
    ),
    # 'ended the third quarter with 10,278 bitcoin' is the quarter-end balance
    (
        'Hut 8 ended the third quarter with 10,278 bitcoin in its strategic reserve.',
        '2025-11-05', 'btc_held',
        [
            ('Hut 8', 10278.0, None, '2025-09-30', None),
        ],
    ),
    # 'the company reported in March' dates the telling, not the fourth quarter's output
    (
        'In the fourth quarter of 2024, Bitfarms mined 654 BTC, the company reported in March, at an average '
        'all-in cash cost of $60,800 per coin.',
        '2025-04-02', 'btc_mined',
        [
            ('Bitfarms', 654.0, '2024-10-01', '2024-12-31', None),
        ],
    ),
    # 'released earlier this month' dates the update, not 'the month' it reports on
    (
        'In its October production update, released earlier this month, CleanSpark said it mined 612 BTC '
        'during the month.',
        '2025-11-26', 'btc_mined',
        [
            ('CleanSpark', 612.0, '2025-10-01', '2025-10-31', None),
        ],
    ),
])
def test_batch_201_208_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'the remaining equipment loans were retired in February 2024': a repayment told in the passive
    (
        'Bitfarms said the remaining equipment loans were retired in February 2024.',
        '2024-03-07', 'loan',
        [
            ('Bitfarms', None, None, '2024-02-29', 'repaid'),
        ],
    ),
    # 'repaid the remaining balance on Oct. 21': the story's loan, repaid on that day
    (
        'Bitfarms cut its Galaxy borrowings by a third in the quarter. It repaid the remaining balance on '
        'Oct. 21.',
        '2022-11-14', 'loan',
        [
            ('Bitfarms', None, None, '2022-10-21', 'repaid'),
        ],
    ),
    # two facilities of one size from two lenders, one dated by a weekday and one by the day of the story: both are
    # facts
    (
        'CleanSpark news\n\nThe Nevada-based miner CleanSpark said Thursday it had signed a $100 million '
        'bitcoin-backed credit facility with Two Prime. CleanSpark disclosed a separate $100 million credit '
        'line from Coinbase Prime on Monday.',
        '2025-09-25', 'loan',
        [
            ('CleanSpark', 100000000.0, None, '2025-09-25', 'facility'),
            ('CleanSpark', 100000000.0, None, '2025-09-22', 'facility'),
        ],
    ),
    # 'The Stronghold acquisition' names the company bought: the table after it stays the issuer's
    (
        'Bitfarms Reports December 2024 Production\n\nTORONTO, Jan. 03, 2025 -- Bitfarms Ltd. released its '
        'update.\n\n"We plan to reach 21 EH/s by the end of 2025, helped by the Stronghold acquisition."\n\nKey '
        'Performance Indicators | Dec 2024 | Nov 2024\nTotal BTC earned | 190 | 204',
        '2025-01-03', 'btc_mined',
        [
            ('Bitfarms', 190.0, '2024-12-01', '2024-12-31', None),
            ('Bitfarms', 204.0, '2024-11-01', '2024-11-30', None),
        ],
    ),
    # '$US15.6 million', as Australian papers write dollars
    (
        "Mawson's subsidiary Luna Squares drew a further $US15.6 million under an equipment financing "
        'facility with NYDIG.',
        '2021-09-30', 'loan',
        [
            ('Mawson Infrastructure', 15600000.0, None, '2021-09-30', 'borrowed'),
        ],
    ),
    # 'lifted its Coinbase limit to $200 million': a facility's new size, named by its lender and 'limit'
    (
        'CleanSpark had already lifted its Coinbase limit to $200 million in April.',
        '2025-09-25', 'loan',
        [
            ('CleanSpark', 200000000.0, None, '2025-04-30', 'facility'),
        ],
    ),
    # 'Unrestricted bitcoin holdings of ... BTC' with no total beside them: the holding at that date
    (
        'Marathon Digital Holdings Announces January 2023 Production\n\n- Unrestricted bitcoin holdings of '
        'approximately 11,418 BTC as of January 31, 2023',
        '2023-02-02', 'btc_held',
        [
            ('MARA Holdings', 11418.0, None, '2023-01-31', None),
        ],
    ),
    # an unrestricted part beside a total stays a part (guard)
    (
        'Marathon held 12,232 BTC in total at December 31, 2022, of which 7,815 BTC were unrestricted.',
        '2023-01-05', 'btc_held',
        [
            ('MARA Holdings', 12232.0, None, '2022-12-31', None),
        ],
    ),
    # a bracketed comparison's month dates only its own figure: '750 BTC mined (vs 890 in Dec), ... HODL 45,659 BTC at
    # month end' is January's
    (
        'MARA: 750 BTC mined in Jan\n\n1/ MARA Jan update is out. 750 BTC mined (vs 890 in Dec), 0 sold, HODL '
        '45,659 BTC at month end.',
        '2025-02-04', 'btc_held',
        [
            ('MARA Holdings', 45659.0, None, '2025-01-31', None),
        ],
    ),
    # a bracket of dates is the figure's own span (guard)
    (
        'Fiscal year to date (01/07/2023 to 29/02/2024), Iris Energy has mined 2,719 Bitcoin.',
        '2024-03-06', 'btc_mined',
        [
            ('IREN', 2719.0, '2023-07-01', '2024-02-29', None),
        ],
    ),
    # 'up 28% on August' is a comparison: 'ended the month with' in the next sentence is the reported month's end
    (
        'September numbers are in\n\nIssue date: October 7, 2024\n\nThe September production updates were better '
        'than expected.\n\nRiot mined 412 BTC, up 28% on August, and ended September with 10,427 BTC. '
        'CleanSpark mined 493 BTC and ended the month with 8,049 BTC in treasury.',
        '2024-10-07', 'btc_held',
        [
            ('Riot Platforms', 10427.0, None, '2024-09-30', None),
            ('CleanSpark', 8049.0, None, '2024-09-30', None),
        ],
    ),
    # a footnote digit glued to a thousands group: 'compared with 1,0621 BTC in Q1 2022' is 1,062 BTC
    (
        'Bitfarms mined 1,257 BTC in Q2 2022, compared with 1,0621 BTC in Q1 2022.',
        '2022-07-05', 'btc_mined',
        [
            ('Bitfarms', 1257.0, '2022-04-01', '2022-06-30', None),
            ('Bitfarms', 1062.0, '2022-01-01', '2022-03-31', None),
        ],
    ),
    # 'FISCAL 2023' in a capitalised headline is HIVE's fiscal year (to March 2023)
    (
        'HIVE REPORTS FISCAL 2023 REVENUE OF $106-MILLION, 3,258 BITCOIN MINED',
        '2023-06-30', 'btc_mined',
        [
            ('HIVE Digital Technologies', 3258.0, '2022-04-01', '2023-03-31', None),
        ],
    ),
    # 'Together the five mined 3,236.5 BTC': a group's total, no company's
    (
        "IREN mined 728 BTC in July. Together the five mined 3,236.5 BTC, about a quarter of the network's "
        'July issuance.',
        '2025-08-06', 'btc_mined',
        [
            ('IREN', 728.0, '2025-07-01', '2025-07-31', None),
        ],
    ),
    # 'Of the seven miners in our sample it is the only one ...': the figure is the pronoun's company's (guard)
    (
        'Bitfarms mined 431 BTC in May. Of the seven miners in our sample it is the only one that has lifted '
        'production steadily, to 431 BTC in May.',
        '2022-06-08', 'btc_mined',
        [
            ('Bitfarms', 431.0, '2022-05-01', '2022-05-31', None),
        ],
    ),
])
def test_batch_209_216_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a bare comparison figure's period ('down from 2,700 a year earlier') dates neither the balance before it nor the
    # sale after it
    (
        'Argo Blockchain plc annual report\n\nAt 31 December 2022 Argo Blockchain held 141 Bitcoin, down from '
        '2,700 a year earlier, after selling 4,626 Bitcoin during the year to meet operating expenses.',
        '2023-03-28', 'btc_held',
        [
            ('Argo Blockchain', 141.0, None, '2022-12-31', None),
        ],
    ),
    # an elliptical comparison keeps its own period (guard)
    (
        'Marathon produced 1,242 bitcoin in September, up from 1,072 in August.',
        '2023-10-04', 'btc_mined',
        [
            ('MARA Holdings', 1242.0, '2023-09-01', '2023-09-30', None),
            ('MARA Holdings', 1072.0, '2023-08-01', '2023-08-31', None),
        ],
    ),
    # a roll-forward row that names its day, under a column of nine months: the day's balance
    (
        'Hut 8 Corp. quarterly report\n\nBitcoin (quantity) | Nine months ended September 30, 2024\nBalance as '
        'of December 31, 2023 | 9,195\nBitcoin mined | 820\nBitcoin sold | (909)\nBalance as of September 30, '
        '2024 | 9,106',
        '2024-11-13', 'btc_held',
        [
            ('Hut 8', 9195.0, None, '2023-12-31', None),
            ('Hut 8', 9106.0, None, '2024-09-30', None),
        ],
    ),
    # a row's day with no year under two years' columns stays each column's (guard)
    (
        'HIVE fiscal 2024 results\n\nMetric\tFY2024\tFY2023\nBitcoin held at March 31\t2,287\t2,332',
        '2024-06-27', 'btc_held',
        [
            ('HIVE Digital Technologies', 2287.0, None, '2024-03-31', None),
            ('HIVE Digital Technologies', 2332.0, None, '2023-03-31', None),
        ],
    ),
])
def test_batch_209_216_more_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a comparison's period pairs with nothing in a 'respectively' list: both figures are June 30's
    (
        'Marathon Digital reported operational hash rate of 17.7 EH/s and installed hash rate of 21.8 EH/s at'
        ' June 30, 2023, up 16% and 8% from May, respectively.',
        '2023-07-05', 'hashrate',
        [
            ('MARA Holdings', 17.7, None, '2023-06-30', 'operational'),
            ('MARA Holdings', 21.8, None, '2023-06-30', 'installed'),
        ],
    ),
    # two months joined by 'and' pair with two figures 'respectively', not the span between them
    (
        'Riot Platforms mined 500 and 600 BTC in May and June, respectively.',
        '2024-07-03', 'btc_mined',
        [
            ('Riot Platforms', 500.0, '2024-05-01', '2024-05-31', None),
            ('Riot Platforms', 600.0, '2024-06-01', '2024-06-30', None),
        ],
    ),
    # two figures joined by 'and', the second dated by a day right after it: both are that day's
    (
        'Cipher Mining reported operational hash rate of 8.4 EH/s and installed hash rate of 9.9 EH/s at June'
        ' 30, 2024.',
        '2024-08-01', 'hashrate',
        [
            ('Cipher Mining', 8.4, None, '2024-06-30', 'operational'),
            ('Cipher Mining', 9.9, None, '2024-06-30', 'installed'),
        ],
    ),
    # 'and it held ... as of' is another clause, so the day after it does not date the figure before (guard)
    (
        'In February 2025, Cipher Mining mined 182 bitcoin, and it held approximately 1,138 bitcoin as of '
        'February 28, 2025.',
        '2025-03-05', 'btc_mined',
        [
            ('Cipher Mining', 182.0, '2025-02-01', '2025-02-28', None),
        ],
    ),
    # a site named after a place told first ('Locally, the sites run ...') is one site's
    (
        'Core Scientific employs about 45 people in Dalton.\n\nLocally, the sites run about 4 EH/s and employ '
        'about 45 people.',
        '2023-02-10', 'hashrate',
        [],
    ),
    # several sites' figure 'between them' is no company's fleet
    (
        'Bitfarms said the Paraguayan sites at Villarrica, Paso Pe and Yguazu currently run about 3.4 EH/s '
        'between them.',
        '2024-10-03', 'hashrate',
        [],
    ),
    # a figure 'now running in the Rockdale buildings' is one site's
    (
        'A site manager for Riot Platforms said that about 10 EH/s is now running in the Rockdale buildings.',
        '2024-01-09', 'hashrate',
        [],
    ),
    # a year in a closed aside ('which bought the facility here in 2021, said') does not date the month after it
    (
        'Riot Platforms, which bought the Whinstone facility here in 2021, said it produced 619 bitcoin in '
        'December.',
        '2024-01-09', 'btc_mined',
        [
            ('Riot Platforms', 619.0, '2023-12-01', '2023-12-31', None),
        ],
    ),
    # 'Fiscal 2023 bitcoin mined' names a year, not 2,023 BTC
    (
        'Notes: HIVE Digital Technologies fiscal 2023 bitcoin mined excludes Ethereum mined before the Merge '
        'in September 2022.',
        '2024-06-25', 'btc_mined',
        [],
    ),
    # a table row per day ('Avg. BTC Produced / Day') is a rate, and 'Nov-2023' heads a column of that month
    (
        'Riot Platforms November 2023 update\n\nMetric | Nov-2023 | Nov-2022 | Y/Y\nBTC Produced | 495 | 492 | '
        '+1%\nAvg. BTC Produced / Day | 16.5 | 16.4 | +1%',
        '2023-12-06', 'btc_mined',
        [
            ('Riot Platforms', 495.0, '2023-11-01', '2023-11-30', None),
            ('Riot Platforms', 492.0, '2022-11-01', '2022-11-30', None),
        ],
    ),
    # 'under Iris's June year-end' names the fiscal calendar, not the figure's month
    (
        "For the three months to Sept. 30 (the first quarter of fiscal 2023 under Iris's June year-end), Iris"
        ' Energy mined 611 BTC.',
        '2022-11-21', 'btc_mined',
        [
            ('IREN', 611.0, '2022-07-01', '2022-09-30', None),
        ],
    ),
    # a period in the subject before 'was' dates the figure, not the next clause's day
    (
        "CleanSpark said: Our HODL at December 31 was 10,097 bitcoin and, uh, as of January 31 we'd grown "
        'that to 10,556.',
        '2025-02-06', 'btc_held',
        [
            ('CleanSpark', 10097.0, None, '2024-12-31', None),
        ],
    ),
    # 'improved by 2.83 EH/s' is a change
    (
        "Cango's average operating hashrate improved by 2.83 EH/s in August.",
        '2025-09-03', 'hashrate',
        [],
    ),
    # machines 'energized in August alone' are the month's step, not the fleet
    (
        "Bitdeer's self-mining hashrate climbed to 31.2 EH/s by month-end, with more than 6 EH/s of SEALMINER"
        ' A2 units energized in August alone.',
        '2025-09-05', 'hashrate',
        [
            ('Bitdeer', 31.2, None, '2025-08-31', 'operational'),
        ],
    ),
    # '19,223 BTC for Riot and 47,531 BTC for MARA': the company after 'for' owns each figure
    (
        'Both firms reported holding far more coins than Bitfarms: 19,223 BTC for Riot and 47,531 BTC for '
        'MARA at Mar. 31.',
        '2025-05-15', 'btc_held',
        [
            ('Riot Platforms', 19223.0, None, '2025-05-15', None),
            ('MARA Holdings', 47531.0, None, '2025-03-31', None),
        ],
    ),
    # 'to lender NYDIG' names the lender after a preposition, not a subject
    (
        'Stronghold will return rigs to lender NYDIG in exchange for the extinguishment of about $67.4 '
        'million of equipment debt.',
        '2022-08-16', 'loan',
        [
            ('Stronghold Digital Mining', 67400000.0, None, '2022-08-16', 'repaid'),
        ],
    ),
    # 'the remaining debt to NYDIG is approximately $17 million' is a balance
    (
        "Greenidge's remaining debt to NYDIG is approximately $17 million.",
        '2022-12-20', 'loan',
        [
            ('Greenidge Generation', 17000000.0, None, '2022-12-20', 'outstanding'),
        ],
    ),
    # debt treated 'as extinguished' is repaid, not a balance
    (
        'Core Scientific plans to transfer 27,403 machines to lender NYDIG, and NYDIG in turn will treat '
        '$38.6 million of debt as extinguished.',
        '2023-02-02', 'loan',
        [
            ('Core Scientific', 38600000.0, None, '2023-02-02', 'repaid'),
        ],
    ),
])
def test_batch_217_224_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a purchase a goal 'would require' is no fleet
    (
        'Cango has set a goal of 50 EH/s by the middle of 2025, which would require a second purchase of '
        'roughly 18 EH/s of machines that it said it is negotiating.',
        '2024-11-08', 'hashrate',
        [
            ('Cango', 50.0, None, '2025-06-30', 'target'),
        ],
    ),
    # 'evaluating path to 75 EH/s (not guidance)' is no target
    (
        'MARA Holdings Q3 2024 key metrics\n\n- 2025: evaluating path to 75 EH/s (not guidance)',
        '2024-10-30', 'hashrate',
        [],
    ),
    # rigs a maker mass-produced are its output, not its fleet
    (
        'Bitdeer August 2025 dashboard\n\n- Mass-produced SEALMINER A2 rigs totalling ~9.8 EH/s in August',
        '2025-09-10', 'hashrate',
        [],
    ),
    # a year-to-date label that spells out its span ('Year-to-date (H1 2025)') is that span
    (
        'Canaan Inc. Q2 2025 results\n\nBitcoin mining\n- Year-to-date (H1 2025) mined: 461 BTC',
        '2025-08-12', 'btc_mined',
        [
            ('Canaan', 461.0, '2025-01-01', '2025-06-30', None),
        ],
    ),
])
def test_batch_217_224_more_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # paying down an amount 'of the Galaxy facility' is a repayment, though no loan word is near
    (
        'Argo Blockchain used the proceeds to pay down $28 million of the Galaxy facility, leaving $38 '
        'million drawn at June 30.',
        '2022-08-05', 'loan',
        [
            ('Argo Blockchain', 28000000.0, None, '2022-08-05', 'repaid'),
            ('Argo Blockchain', 38000000.0, None, '2022-06-30', 'outstanding'),
        ],
    ),
    # a total's cut told 'by c.US$41m' is a repayment of the step
    (
        "Argo's sale of Helios reduces total indebtedness by c.US$41m.",
        '2022-12-28', 'loan',
        [
            ('Argo Blockchain', 41000000.0, None, '2022-12-28', 'repaid'),
        ],
    ),
    # 'Galaxy will lend Hut 8 $35 million': a ticker-like name with a digit is still the borrower
    (
        'Galaxy will lend Hut 8 $35 million under the new agreement.',
        '2022-12-28', 'loan',
        [
            ('Hut 8', 35000000.0, None, '2022-12-28', 'borrowed'),
        ],
    ),
    # a deal's stated effect, 'the transaction will cut its total debt by $41 million', is the cut (not a modal's
    # doubt)
    (
        'Argo Blockchain said the transaction will cut its total debt by $41 million and let it avoid the '
        'bankruptcy filing.',
        '2022-12-28', 'loan',
        [
            ('Argo Blockchain', 41000000.0, None, '2022-12-28', 'repaid'),
        ],
    ),
    # 'Alongside the sale, Galaxy will lend Argo $35 million' is a loan, not the sale's cash
    (
        'Alongside the sale, Galaxy will lend Argo $35 million under a new three-year asset-backed loan, '
        "secured by Argo's mining machines.",
        '2022-12-28', 'loan',
        [
            ('Argo Blockchain', 35000000.0, None, '2022-12-28', 'borrowed'),
        ],
    ),
    # 'That facility now stands at $38 million' is the balance of the line named before
    (
        'Much of the cash went to the bitcoin-backed credit line Bitfarms has with Galaxy Digital. That '
        'facility now stands at $38 million, down from $100 million at the start of the month.',
        '2022-06-21', 'loan',
        [
            ('Bitfarms', 38000000.0, None, '2022-06-21', 'outstanding'),
        ],
    ),
    # guard: the availability under a facility is no balance
    (
        'Hut 8 has a credit facility with Coinbase.\n\n- Total availability under the facility now stands at '
        'US$65 million',
        '2024-01-12', 'loan',
        [],
    ),
    # 'reducing the amount owed by $28 million to $38 million' is a repayment and a balance
    (
        'Bitfarms applied part of the proceeds to the bitcoin-backed credit facility with Galaxy Digital, '
        'reducing the amount owed by $28 million to $38 million.',
        '2022-08-15', 'loan',
        [
            ('Bitfarms', 28000000.0, None, '2022-08-15', 'repaid'),
            ('Bitfarms', 38000000.0, None, '2022-08-15', 'outstanding'),
        ],
    ),
    # a balance that 'fell by $1.3 million during the quarter to $3.9 million': the step was repaid
    (
        "Digihost Technology reported its third quarter. The Company's balance of equipment financing fell by"
        ' $1.3 million during the quarter to $3.9 million.',
        '2023-11-14', 'loan',
        [
            ('Digihost', 1300000.0, None, '2023-09-30', 'repaid'),
            ('Digihost', 3900000.0, None, '2023-09-30', 'outstanding'),
        ],
    ),
    # 'made principal payments of $3.1 million under the WhiteHawk agreement' is a repayment
    (
        'Stronghold made principal payments of $3.1 million under the WhiteHawk agreement in the fourth '
        'quarter.',
        '2024-03-14', 'loan',
        [
            ('Stronghold Digital Mining', 3100000.0, None, '2023-12-31', 'repaid'),
        ],
    ),
    # a warning told after the figure ('while warning that it may still need') is no doubt about the balance
    (
        'Greenidge Generation said Tuesday it has signed a non-binding term sheet with its largest lender, '
        'NYDIG, covering a loan balance of about $74.4 million, while warning that it may still need to seek '
        'court protection.',
        '2022-12-20', 'loan',
        [
            ('Greenidge Generation', 74400000.0, None, '2022-12-20', 'outstanding'),
        ],
    ),
    # a balance dated before the doubt stands, and the proposed cut is no fact
    (
        "- Greenidge's debt to NYDIG, approximately $74 million as of November 30, 2022, would be reduced by "
        '$57 million to $68 million',
        '2022-12-05', 'loan',
        [
            ('Greenidge Generation', 74000000.0, None, '2022-11-30', 'outstanding'),
        ],
    ),
    # 'notes payable outstanding under these equipment financing agreements' are loans
    (
        'At September 30, 2021, Greenidge had $46.3 million of notes payable outstanding under these '
        'equipment financing agreements, which are secured by the financed miners.',
        '2021-11-15', 'loan',
        [
            ('Greenidge Generation', 46300000.0, None, '2021-09-30', 'outstanding'),
        ],
    ),
    # 'a US$10 million secured equipment facility' is a loan facility
    (
        'Mawson also has a US$10 million secured equipment facility with W Capital Advisors, of which '
        'approximately US$6.5 million was drawn at July 31, 2021.',
        '2021-08-12', 'loan',
        [
            ('Mawson Infrastructure', 10000000.0, None, '2021-08-12', 'facility'),
            ('Mawson Infrastructure', 6500000.0, None, '2021-07-31', 'borrowed'),
        ],
    ),
    # 'Also worth a line:' is no sale's worth
    (
        'Also worth a line: Riot had $100M drawn on its $200M Coinbase credit line at year-end, per the '
        'release.',
        '2026-01-06', 'loan',
        [
            ('Riot Platforms', 100000000.0, None, '2026-01-06', 'outstanding'),
            ('Riot Platforms', 200000000.0, None, '2025-12-31', 'facility'),
        ],
    ),
    # bullets under 'Highlights from the September update:' are September's, not the month an earlier paragraph names
    (
        'Bitfarms said it repaid the Galaxy facility that forced it to liquidate coins in June.\n\nBitfarms '
        'produced 459 BTC in September.\n\nHighlights from the September update:\n- Hashrate of 4.3 EH/s at '
        'month end, up 0.2 EH/s from August',
        '2022-10-04', 'hashrate',
        [
            ('Bitfarms', 4.3, None, '2022-09-30', 'operational'),
        ],
    ),
    # a brief's 'at mo.-end' is the month's end
    (
        'MARA mined 705 BTC in September. Energized hashrate 36.9 EH/s at mo.-end, +5% m/m.',
        '2024-10-04', 'hashrate',
        [
            ('MARA Holdings', 36.9, None, '2024-09-30', 'energized'),
        ],
    ),
    # a label's comparison ('roughly double the prior fiscal year') does not date it; the heading 'Fiscal Year 2023
    # Highlights' does
    (
        'CleanSpark reported results for its fourth quarter and fiscal year ended September 30, 2023.\n\nFiscal'
        ' Year 2023 Highlights\n\n- Bitcoin mined: 7,391, roughly double the prior fiscal year.',
        '2023-11-29', 'btc_mined',
        [
            ('CleanSpark', 7391.0, '2022-10-01', '2023-09-30', None),
        ],
    ),
    # 'fourth quarter and fiscal year ended September 30, 2023' is the quarter that ended that day
    (
        'CleanSpark reported results for its fourth quarter and fiscal year ended September 30, 2023.\n\nThe '
        'Company sold 1,812 bitcoin in the quarter.',
        '2023-11-29', 'btc_sold',
        [
            ('CleanSpark', 1812.0, '2023-07-01', '2023-09-30', None),
        ],
    ),
    # a row label's '(units)' names the coins' count
    (
        'CleanSpark, Inc. reported results.\n\nBalance Sheet\n\nItem | September 30, 2023 | September 30, 2022\n'
        'Cash | 29,215 | 12,300\nBitcoin held (units) | 2,240 | 264',
        '2023-11-29', 'btc_held',
        [
            ('CleanSpark', 2240.0, None, '2023-09-30', None),
            ('CleanSpark', 264.0, None, '2022-09-30', None),
        ],
    ),
    # a realized gain on sales is dollars, no sale
    (
        'CleanSpark, Inc. reported results.\n\nItem | Fiscal 2023\nRealized gain on sale of bitcoin | (3,540)',
        '2023-11-29', 'btc_sold',
        [],
    ),
    # '2.5 EH/s at year end' in an April results release is the year just closed
    (
        'Argo Blockchain reported results for 2022.\n\n- Hashrate of approximately 2.5 EH/s at year end',
        '2023-04-25', 'hashrate',
        [
            ('Argo Blockchain', 2.5, None, '2022-12-31', 'operational'),
        ],
    ),
    # 'last mo.' is last month, and 'mo.,' ends no sentence
    (
        'Bitfarms (BITF)\n- 419 BTC mined last mo., 13.5 BTC/day, vs 1,342 BTC produced in Q4 2023.',
        '2024-02-06', 'btc_mined',
        [
            ('Bitfarms', 419.0, '2024-01-01', '2024-01-31', None),
        ],
    ),
    # guard: 'in the mo. Its' still ends a sentence (once 'mo.' is an abbreviation), so the next one's month does not
    # date it
    (
        'Bit Origin November 2024 update.\n\n- Bit Origin: produced 5.3 BTC in the mo. Its $10M loan from a '
        'related party, disclosed in October, remains undrawn.',
        '2024-12-05', 'btc_mined',
        [
            ('Bit Origin', 5.3, '2024-11-01', '2024-11-30', None),
        ],
    ),
    # 'The sale leaves the company with 3,349 BTC' is a balance, not a sale
    (
        'Bitfarms sold 3,000 bitcoin this week. The sale leaves the company with 3,349 BTC as of June 20.',
        '2022-06-21', 'btc_held',
        [
            ('Bitfarms', 3349.0, None, '2022-06-20', None),
        ],
    ),
    # 'mined 878 bitcoin in 2023' in the results for a year ended September 30, 2023 is that fiscal year
    (
        'DMG Blockchain Solutions Reports Financial Results For Its Fourth Quarter and Full Year Ending '
        'September 30, 2023\n\n- DMG mined 878 bitcoin in 2023, 12% more than in the prior year',
        '2023-12-21', 'btc_mined',
        [
            ('DMG Blockchain Solutions', 878.0, '2022-10-01', '2023-09-30', None),
        ],
    ),
])
def test_batch_225_232_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'a separate order with Canaan' names the supplier, not the owner of the fleet
    (
        'Cipher Mining Inc. announced a purchase agreement with Bitmain.\n\n- Miners under contract, including '
        'a separate order with Canaan, now total approximately 4.4 EH/s',
        '2021-12-02', 'hashrate',
        [
            ('Cipher Mining', 4.4, None, '2021-12-02', 'operational'),
        ],
    ),
    # 'purchase agreements with MinerVa, Bitmain and Canaan': the suppliers listed are no subject
    (
        'Stronghold Digital Mining reported results.\n\n- Reiterates its target of approximately 4.0 EH/s of '
        'hash rate by the end of the fourth quarter of 2022, supported by miner purchase agreements with '
        'MinerVa, Bitmain and Canaan',
        '2022-04-05', 'hashrate',
        [
            ('Stronghold Digital Mining', 4.0, None, '2022-12-31', 'target'),
        ],
    ),
    # '23.2 EH/s, of which self-mining accounted for approximately 16.9 EH/s': the own fleet is no part
    (
        'As of December 31, 2023, Core Scientific operated approximately 209,000 miners with 23.2 EH/s, of '
        'which self-mining accounted for approximately 16.9 EH/s.',
        '2024-01-23', 'hashrate',
        [
            ('Core Scientific', 23.2, None, '2023-12-31', 'operational'),
            ('Core Scientific', 16.9, None, '2023-12-31', 'operational'),
        ],
    ),
    # 'a reduction of 0.34 EH/s from March 31' is a change
    (
        'Bit Digital reported Q2 results.\n\n- Fleet owned at June 30, 2021: 32,500 miners with a maximum total'
        ' hash rate of 1.92 EH/s, a reduction of 0.34 EH/s from March 31, 2021.',
        '2021-08-10', 'hashrate',
        [
            ('Bit Digital', 1.92, None, '2021-06-30', 'operational'),
        ],
    ),
    # 'The 0.318 EH/s decline during the quarter' is a change
    (
        "Bit Digital's fleet was 1.603 EH/s at September 30, 2021. The 0.318 EH/s decline during the quarter "
        'reflects the sale of older models.',
        '2021-11-17', 'hashrate',
        [
            ('Bit Digital', 1.603, None, '2021-09-30', 'operational'),
        ],
    ),
    # machines ordered that lead to a goal ('additional Bitmain S21 units, management expects to reach 6 EH/s') do not
    # hide the goal
    (
        'HIVE Digital Technologies reported results. With orders for 1,800 additional Bitmain S21 units, '
        'management expects to reach 6 EH/s by the end of fiscal 2025 and anticipates no need for debt '
        'financing to do so.',
        '2024-02-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 6.0, None, '2025-03-31', 'target'),
        ],
    ),
    # 'used a portion of the proceeds of its BTC sales to reduce its Bitcoin-collateralised loan' is a repayment
    (
        'During the month, Argo Blockchain used a portion of the proceeds of its BTC sales to reduce its '
        'Bitcoin-collateralised loan from Galaxy Digital.',
        '2022-07-07', 'loan',
        [
            ('Argo Blockchain', None, None, '2022-06-30', 'repaid'),
        ],
    ),
    # 'What remains, about $17 million,' after a loan is its balance
    (
        'Greenidge closed the NYDIG deal. The sale retired approximately $57 million of the NYDIG loan. What '
        "remains, about $17 million, is now secured by Greenidge's Dresden plant.",
        '2023-02-02', 'loan',
        [
            ('Greenidge Generation', 57000000.0, None, '2023-02-02', 'repaid'),
            ('Greenidge Generation', 17000000.0, None, '2023-02-02', 'outstanding'),
        ],
    ),
    # 'the roughly $74 million it owes NYDIG' is a balance
    (
        'Greenidge said the roughly $74 million it owes NYDIG is secured by its miners.',
        '2023-01-05', 'loan',
        [
            ('Greenidge Generation', 74000000.0, None, '2023-01-05', 'outstanding'),
        ],
    ),
    # guard: what it owes a machine maker is no loan
    (
        'Greenidge said the roughly $7 million it owes Bitmain is due in March.',
        '2023-01-05', 'loan',
        [],
    ),
    # '400.5 BTC larger than a month earlier' is a change, not the balance
    (
        'CleanSpark mined 694 BTC in May. That left its treasury 400.5 BTC larger than a month earlier, at '
        '12,502 BTC as of May 31.',
        '2025-06-03', 'btc_held',
        [
            ('CleanSpark', 12502.0, None, '2025-05-31', None),
        ],
    ),
    # a bare 'Bitcoin' row under 'Balance sheet' beside cash is the coins' dollar value
    (
        'Cipher Mining reported results.\n\nBalance sheet\n\nItem | June 30, 2024 | December 31, 2023\nCash and '
        'cash equivalents | 122,810 | 86,105\nBitcoin | 75,550 | 44,225',
        '2024-07-30', 'btc_held',
        [],
    ),
])
def test_batch_225_232_more_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a space-aligned table with '% Change' columns between its periods
    (
        'Riot Platforms reports July 2025 production.\n\nMetric                      July 2025   June 2025   % '
        'Change   July 2024   % Change\nBitcoin Produced                 484         450        8%         322  '
        '50%',
        '2025-08-05', 'btc_mined',
        [
            ('Riot Platforms', 484.0, '2025-07-01', '2025-07-31', None),
            ('Riot Platforms', 450.0, '2025-06-01', '2025-06-30', None),
            ('Riot Platforms', 322.0, '2024-07-01', '2024-07-31', None),
        ],
    ),
    # a row whose wide cells are one space apart does not end the aligned table
    (
        'Riot Platforms reports July 2023 production.\n\nMetric                              July 2023     June '
        '2023     July 2022\nBitcoin Produced                        410           460           318\nBitcoin '
        'Sales - Net Proceeds      $12.1 million $10.6 million  $5.6 million\nDeployed Hash Rate                '
        '10.7 EH/s     10.7 EH/s      4.2 EH/s',
        '2023-08-03', 'hashrate',
        [
            ('Riot Platforms', 10.7, None, '2023-07-31', 'deployed'),
            ('Riot Platforms', 10.7, None, '2023-06-30', 'deployed'),
            ('Riot Platforms', 4.2, None, '2022-07-31', 'deployed'),
        ],
    ),
    # a label's fiscal year to date runs through the reported month, not to publication
    (
        'CleanSpark reports May 2025.\n\n- Bitcoin mined in May: 694 BTC\n- Fiscal year to date bitcoin '
        'mined(1): 5,487 BTC',
        '2025-06-03', 'btc_mined',
        [
            ('CleanSpark', 694.0, '2025-05-01', '2025-05-31', None),
            ('CleanSpark', 5487.0, '2024-10-01', '2025-05-31', None),
        ],
    ),
    # 'reduce its equipment financing with NYDIG by $5.2 million to $18.5 million': a repayment and a balance
    (
        'During January, Bitfarms used proceeds from BTC sales to reduce its equipment financing with NYDIG by '
        '$5.2 million to $18.5 million.',
        '2023-02-02', 'loan',
        [
            ('Bitfarms', 5200000.0, None, '2023-01-31', 'repaid'),
            ('Bitfarms', 18500000.0, None, '2023-01-31', 'outstanding'),
        ],
    ),
    # 'cut the principal balance of its term loan by $20 million to $66 million'
    (
        'TeraWulf also reported that it cut the principal balance of its term loan by $20 million to $66 '
        'million during January.',
        '2024-02-06', 'loan',
        [
            ('TeraWulf', 20000000.0, None, '2024-01-31', 'repaid'),
            ('TeraWulf', 66000000.0, None, '2024-01-31', 'outstanding'),
        ],
    ),
    # 'reduced borrowings under its Coinbase credit facility by $20 million to $45 million'
    (
        'In the second quarter, Hut 8 reduced borrowings under its Coinbase credit facility by $20 million to '
        '$45 million.',
        '2025-08-07', 'loan',
        [
            ('Hut 8', 20000000.0, None, '2025-06-30', 'repaid'),
            ('Hut 8', 45000000.0, None, '2025-06-30', 'outstanding'),
        ],
    ),
    # a cut 'during 2023' before the balance; the balance is none repaid though cash 'went to pay down debt'
    (
        'TeraWulf said it cut the principal on its term loan by $76.4 million during 2023 to $69.6 million at '
        'December 31, as cash from its Lake Mariner facility went to pay down debt.',
        '2024-03-19', 'loan',
        [
            ('TeraWulf', 76400000.0, None, '2023-12-31', 'repaid'),
            ('TeraWulf', 69600000.0, None, '2023-12-31', 'outstanding'),
        ],
    ),
    # 'reduced by approximately $74 million to approximately $2 million'
    (
        "Greenidge update.\n\n- In total, the Company's debt to NYDIG was reduced by approximately $74 million "
        'to approximately $2 million after the transaction;',
        '2023-02-01', 'loan',
        [
            ('Greenidge Generation', 74000000.0, None, '2023-02-01', 'repaid'),
            ('Greenidge Generation', 2000000.0, None, '2023-02-01', 'outstanding'),
        ],
    ),
    # a bullet that opens on the lender's name names the loan, not its subject
    (
        'Bitfarms sold 3,000 BTC in June.\n\n- Galaxy credit facility cut by US$28 million to US$38 million',
        '2022-07-05', 'loan',
        [
            ('Bitfarms', 28000000.0, None, '2022-06-30', 'repaid'),
            ('Bitfarms', 38000000.0, None, '2022-06-30', 'outstanding'),
        ],
    ),
    # guard: a raised maximum principal is the facility's size, not a balance
    (
        'Hut 8 amended its credit agreement with Coinbase. The Amended Credit Agreement raises the maximum '
        'principal amount that Hut 8 may borrow from $130,000,000 to $200,000,000.',
        '2025-12-22', 'loan',
        [
            ('Hut 8', 200000000.0, None, '2025-12-22', 'facility'),
        ],
    ),
    # guard: 'down $68 million from $143 million' after the new balance is a change
    (
        'Argo Blockchain results.\n\n* Debt cut by $4 million during the quarter to $75 million at 30 June '
        '2023, down $68 million from $143 million at 30 June 2022',
        '2023-08-15', 'loan',
        [
            ('Argo Blockchain', 4000000.0, None, '2023-08-15', 'repaid'),
            ('Argo Blockchain', 75000000.0, None, '2023-06-30', 'outstanding'),
            ('Argo Blockchain', 143000000.0, None, '2022-06-30', 'outstanding'),
        ],
    ),
    # 'the third fiscal quarter ended March 31, 2023' is the quarter ending that day, and so is the second's
    (
        'For the third fiscal quarter ended March 31, 2023, Bit Origin mined 21.7 BTC, compared with 24.9 BTC '
        'in the second fiscal quarter ended December 31, 2022.',
        '2023-04-18', 'btc_mined',
        [
            ('Bit Origin', 21.7, '2023-01-01', '2023-03-31', None),
            ('Bit Origin', 24.9, '2022-10-01', '2022-12-31', None),
        ],
    ),
    # 'its first full year above 4,000 BTC' counts years; it names no period
    (
        'For the fiscal year ended June 30, 2024, IREN mined 4,191 BTC, its first full year above 4,000 BTC.',
        '2024-09-06', 'btc_mined',
        [
            ('IREN', 4191.0, '2023-07-01', '2024-06-30', None),
        ],
    ),
    # 'during the year to fund chip tape-outs' is the year
    (
        'Bitdeer held 1,901 BTC at year end after selling 3,014 BTC during the year to fund chip tape-outs.',
        '2026-01-12', 'btc_sold',
        [
            ('Bitdeer', 3014.0, '2025-01-01', '2025-12-31', None),
        ],
    ),
    # 'during the quarter' in a story dated June 30 is the quarter June closes
    (
        "Miner earnings live: Riot reports tonight after MARA's record quarter\n\n5:47 p.m. ET -- We wrote that "
        'MARA held 4,995 BTC at the end of June. The correct figure is 49,951 BTC.\n\n5:30 p.m. ET -- Riot '
        'balance sheet: the company held 19,273 BTC as of June 30. It also said it sold 1,405 BTC during the '
        'quarter.',
        '2025-07-31', 'btc_sold',
        [
            ('Riot Platforms', 1405.0, '2025-04-01', '2025-06-30', None),
        ],
    ),
    # dot leaders read as a label's colon
    (
        'Cango reports its December 2025 update.\n\n  BTC mined in December 2025 ................... 580.4\n  '
        'BTC mined in full-year 2025 .................. 6,594.6',
        '2026-01-08', 'btc_mined',
        [
            ('Cango', 580.4, '2025-12-01', '2025-12-31', None),
            ('Cango', 6594.6, '2025-01-01', '2025-12-31', None),
        ],
    ),
    # a corrected figure stands and the one it replaces is no fact
    (
        'Correction: An earlier version of this story said CleanSpark held 8,490 BTC. CleanSpark held 8,049 BTC '
        'as of September 30, not 8,490 BTC.',
        '2024-12-03', 'btc_held',
        [
            ('CleanSpark', 8049.0, None, '2024-09-30', None),
        ],
    ),
    # an amended release: the misstated figure is none
    (
        'This amended release corrects the number of bitcoin held by Riot as of April 30, 2024, which was '
        'misstated in the release issued earlier today as 8,782 BTC. Riot held 8,872 BTC as of April 30, 2024.',
        '2024-05-07', 'btc_held',
        [
            ('Riot Platforms', 8872.0, None, '2024-04-30', None),
        ],
    ),
    # a restatement: 'rather than the 320 BTC it reported' is none
    (
        'Bitfarms has restated its February production, saying it mined 306 BTC during the month rather than '
        'the 320 BTC it reported four days earlier.',
        '2024-03-08', 'btc_mined',
        [
            ('Bitfarms', 306.0, '2024-02-01', '2024-02-29', None),
        ],
    ),
    # guard: with no correction in the text, 'not' before a figure keeps it
    (
        "Riot Platforms mined 450 BTC in June, not far below May's 460 BTC.",
        '2025-07-03', 'btc_mined',
        [
            ('Riot Platforms', 450.0, '2025-06-01', '2025-06-30', None),
            ('Riot Platforms', 460.0, '2025-05-01', '2025-05-31', None),
        ],
    ),
    # a day.month.year date: 'at 31.12.2023'
    (
        'Northern Data held 105 BTC at 31.12.2023, the annual report shows.',
        '2024-04-30', 'btc_held',
        [
            ('Northern Data', 105.0, None, '2023-12-31', None),
        ],
    ),
    # 'listed ... since September' dates the listing, not the year's output
    (
        'Argo Blockchain, listed in London and on Nasdaq since September, mined 2,064 BTC, or Bitcoin '
        'Equivalents, in 2021.',
        '2022-01-07', 'btc_mined',
        [
            ('Argo Blockchain', 2064.0, '2021-01-01', '2021-12-31', None),
        ],
    ),
    # a loan the miner 'expects to repay in February' is still owed, on the date before
    (
        'DMG update.\n\nThe Company held 411 BTC at December 31, 2022. Of these, 20 BTC were pledged as '
        'collateral for a short-term equipment loan of US$1.0 million from a Canadian lender, which DMG expects '
        'to repay in February.',
        '2023-01-10', 'loan',
        [
            ('DMG Blockchain Solutions', 1000000.0, None, '2022-12-31', 'outstanding'),
        ],
    ),
])
def test_batch_233_240_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a bare 'the fourth quarter' in a release that names its quarters as fiscal ones is the fiscal quarter
    (
        'HIVE Digital Technologies Reports Fourth Quarter Fiscal 2024 Results\n\nVANCOUVER, June 20, 2024 (GLOB'
        'E NEWSWIRE) -- HIVE Digital Technologies Ltd. reported results for the fourth quarter of fiscal 2024'
        '.\n\nHIVE mined 812 BTC in the fourth quarter and repaid its $5 million equipment loan during the four'
        'th quarter.',
        '2024-06-20', None,
        [
            ('HIVE Digital Technologies', 812.0, '2024-01-01', '2024-03-31', None),
            ('HIVE Digital Technologies', 5000000.0, None, '2024-03-31', 'repaid'),
        ],
    ),
    # 'at quarter end' in a release on a fiscal quarter ending in November is that quarter's last day
    (
        'Applied Digital Reports Fiscal Second Quarter 2025 Results\n\nDALLAS, Jan. 14, 2025 (GLOBE NEWSWIRE) -'
        '- Applied Digital Corporation (Nasdaq: APLD) reported results for its fiscal second quarter ended No'
        'vember 30, 2024.\n\nAt quarter end, $75 million had been drawn under the development loan.',
        '2025-01-14', 'loan',
        [
            ('Applied Digital', 75000000.0, None, '2024-11-30', 'outstanding'),
        ],
    ),
    # rows of fiscal quarters with their months in parentheses, metrics across
    (
        'CleanSpark fiscal 2024 in review.\n\n| Fiscal quarter | BTC mined | Hashrate at quarter end (EH/s) |\n|'
        '---|---|---|\n| Q1 FY2024 (Oct-Dec 2023) | 1,866 | 10.1 |\n| Q2 FY2024 (Jan-Mar 2024) | 2,117 | 16.4 |',
        '2024-11-20', None,
        [
            ('CleanSpark', 1866.0, '2023-10-01', '2023-12-31', None),
            ('CleanSpark', 10.1, None, '2023-12-31', 'operational'),
            ('CleanSpark', 2117.0, '2024-01-01', '2024-03-31', None),
            ('CleanSpark', 16.4, None, '2024-03-31', 'operational'),
        ],
    ),
    # 'Q1 2022 (Jan-Mar)': the months are the named quarter's, not the latest by publication
    (
        'Core Scientific self-mining by quarter.\n\n| Quarter | Self-mined BTC |\n|---|---|\n| Q1 2022 (Jan-Mar) '
        '| 3,551 |\n| Q2 2022 (Apr-Jun) | 3,465 |',
        '2023-03-10', 'btc_mined',
        [
            ('Core Scientific', 3551.0, '2022-01-01', '2022-03-31', None),
            ('Core Scientific', 3465.0, '2022-04-01', '2022-06-30', None),
        ],
    ),
    # a flush-left header of metrics over rows of periods, space-aligned
    (
        'Iris Energy fiscal 2024 results.\n\nPeriod                      BTC mined    Avg BTC/day\nQ1 FY24 (Jul-'
        'Sep 2023)          1,014           11.0\nQ2 FY24 (Oct-Dec 2023)          1,004           10.9\n',
        '2024-08-28', 'btc_mined',
        [
            ('IREN', 1014.0, '2023-07-01', '2023-09-30', None),
            ('IREN', 1004.0, '2023-10-01', '2023-12-31', None),
        ],
    ),
    # a row label that is one long period: 'Six months ended March 31, 2023 (H1 FY2023)'
    (
        'DMG Blockchain Solutions fiscal 2023.\n\nPeriod                                           BTC mined\nSi'
        'x months ended March 31, 2023 (H1 FY2023)         390\nSix months ended September 30, 2023 (H2 FY2023'
        ')     338\n',
        '2024-01-29', 'btc_mined',
        [
            ('DMG Blockchain Solutions', 390.0, '2022-10-01', '2023-03-31', None),
            ('DMG Blockchain Solutions', 338.0, '2023-04-01', '2023-09-30', None),
        ],
    ),
    # a slide's quarter with a dashed two-digit year: 'Q1-24'
    (
        'Riot Platforms investor presentation, May 2025\n\n| Quarter | BTC mined |\n|---|---|\n| Q1-24 | 1,364 |\n'
        '| Q2-24 | 844 |',
        '2025-05-01', 'btc_mined',
        [
            ('Riot Platforms', 1364.0, '2024-01-01', '2024-03-31', None),
            ('Riot Platforms', 844.0, '2024-04-01', '2024-06-30', None),
        ],
    ),
    # 'by YE25' is the end of 2025
    (
        'Riot Platforms investor presentation\n\n- Target 46.0 EH/s by YE25',
        '2025-05-01', 'hashrate',
        [
            ('Riot Platforms', 46.0, None, '2025-12-31', 'target'),
        ],
    ),
    # 'in 9M-23' is the first nine months of 2023; 'at YE22' the end of 2022
    (
        'TeraWulf investor presentation\n\n- Repaid $22.7m of the term loan in 9M-23\n- Term loan principal down'
        ' from $146.0m at YE22',
        '2023-11-13', 'loan',
        [
            ('TeraWulf', 22700000.0, None, '2023-09-30', 'repaid'),
            ('TeraWulf', 146000000.0, None, '2022-12-31', 'outstanding'),
        ],
    ),
    # a debt table whose '$   123,750' keeps its dollar sign apart, under days stacked over years
    (
        "Greenidge Generation 10-Q.\n\nThe following table summarizes the Company's outstanding debt (in thousa"
        'nds):\n\n                                                      September 30,    December 31,\n         '
        '                                                 2022             2021\nNYDIG equipment financing - M'
        'ay 2021 agreement       $    22,118      $    31,962\nB. Riley Commercial Capital promissory note    '
        '           10,000                -\n',
        '2022-11-14', 'loan',
        [
            ('Greenidge Generation', 22118000.0, None, '2022-09-30', 'outstanding'),
            ('Greenidge Generation', 31962000.0, None, '2021-12-31', 'outstanding'),
            ('Greenidge Generation', 10000000.0, None, '2022-09-30', 'outstanding'),
        ],
    ),
    # a 'bitcoin-backed facility' row is a loan, in an MD&A 'expressed in thousands of U.S. dollars'
    (
        "BITFARMS LTD.\nManagement's Discussion & Analysis\n(Expressed in thousands of U.S. dollars, except whe"
        're otherwise noted)\n\nDebt and lease obligations\n                                          March 31, '
        '2022     December 31, 2021\nGalaxy bitcoin-backed facility               $  66,000           $  28,00'
        '0\nLease liabilities                                8,912               9,344\n',
        '2022-05-16', 'loan',
        [
            ('Bitfarms', 66000000.0, None, '2022-03-31', 'outstanding'),
            ('Bitfarms', 28000000.0, None, '2021-12-31', 'outstanding'),
        ],
    ),
    # 'the March 2022 agreement' names an agreement; the draw is of the nine months
    (
        'Greenidge Generation 10-Q.\n\nDuring the nine months ended September 30, 2022, Greenidge drew $59.4 mi'
        'llion under the March 2022 equipment financing agreement with NYDIG.',
        '2022-11-14', 'loan',
        [
            ('Greenidge Generation', 59400000.0, None, '2022-09-30', 'borrowed'),
        ],
    ),
])
def test_batch_241_248_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a text that writes decimal commas: '1.234,5 BTC', '802,1 BTC', '2,1 EH/s', 'US$ 12 Mio.'
    (
        'Northern Data: Mining-Tochter steigert Produktion\n\nNorthern Data produced 1.234,5 BTC in the third q'
        'uarter, after 802,1 BTC in the second quarter. The installed hashrate of its own machines stood at 2'
        ',1 EH/s on 30.09.2021. Northern Data drew US$ 12 Mio. in October under an equipment financing agreem'
        'ent.',
        '2021-11-15', None,
        [
            ('Northern Data', 1234.5, '2021-07-01', '2021-09-30', None),
            ('Northern Data', 802.1, '2021-04-01', '2021-06-30', None),
            ('Northern Data', 2.1, None, '2021-09-30', 'installed'),
            ('Northern Data', 12000000.0, None, '2021-10-31', 'borrowed'),
        ],
    ),
    # guard: a text with decimal points keeps its thousands commas
    (
        'Riot Platforms held 7,327 BTC at the end of August 2023 and had deployed 12.5 EH/s; it mined 333 BTC'
        " in the month, or about 10,7 a day by one reader's count.",
        '2023-09-06', None,
        [
            ('Riot Platforms', 7327.0, None, '2023-08-31', None),
            ('Riot Platforms', 12.5, None, '2023-08-31', 'deployed'),
            ('Riot Platforms', 333.0, '2023-08-01', '2023-08-31', None),
        ],
    ),
    # 'Q2 last year' is the second quarter of the year before publication
    (
        'Bitfarms Q2 2022 earnings call transcript\n\nGeoff Morphy, CEO: We mined 1,257 bitcoin in the second q'
        'uarter, up from 739 in Q2 last year.',
        '2022-08-15', 'btc_mined',
        [
            ('Bitfarms', 1257.0, '2022-04-01', '2022-06-30', None),
            ('Bitfarms', 739.0, '2021-04-01', '2021-06-30', None),
        ],
    ),
    # 'and we are at 4.1 exahash today' after a quarter-end figure is the level at publication
    (
        'Bitfarms Q2 2022 earnings call transcript\n\nGeoff Morphy, CEO: We ended the quarter at 3.7 exahash, a'
        'nd we are at 4.1 exahash today as machines keep arriving.',
        '2022-08-15', 'hashrate',
        [
            ('Bitfarms', 3.7, None, '2022-06-30', 'operational'),
            ('Bitfarms', 4.1, None, '2022-08-15', 'operational'),
        ],
    ),
    # guard: 'Across the fiscal year' is the fiscal year the results report
    (
        'IREN Reports Fiscal Year 2025 Results\n\nSYDNEY, Aug. 28, 2025 (GLOBE NEWSWIRE) -- IREN Limited (NASDA'
        'Q: IREN) reported results for the fourth quarter and fiscal year ended June 30, 2025.\n\nIn the quarte'
        'r it mined 1,920 bitcoin. Across the fiscal year the Company mined about 5,800 bitcoin.',
        '2025-08-28', 'btc_mined',
        [
            ('IREN', 1920.0, '2025-04-01', '2025-06-30', None),
            ('IREN', 5800.0, '2024-07-01', '2025-06-30', None),
        ],
    ),
    # 'that loan now stands near $35 million' is a balance at publication, not a repayment
    (
        'Stronghold Digital Mining Q4 2022 earnings call\n\nCFO: We paid down about ten million dollars of the '
        'WhiteHawk loan in the quarter, and that loan now stands near $35 million.',
        '2023-03-15', 'loan',
        [
            ('Stronghold Digital Mining', 10000000.0, None, '2022-12-31', 'repaid'),
            ('Stronghold Digital Mining', 35000000.0, None, '2023-03-15', 'outstanding'),
        ],
    ),
    # 'held on the balance sheet at year end' in an April release is the year just closed
    (
        'Riot Platforms Publishes 2022 ESG Report\n\nCASTLE ROCK, Colo., April 27, 2023 (GLOBE NEWSWIRE) -- Rio'
        't Platforms, Inc. (NASDAQ: RIOT) published its report for the calendar year ended December 31, 2022.'
        '\n\n- 6,974 BTC held on the balance sheet at year end, all of it unencumbered',
        '2023-04-27', 'btc_held',
        [
            ('Riot Platforms', 6974.0, None, '2022-12-31', None),
        ],
    ),
    # 'the first quarter of calendar 2024' stays the calendar quarter for a June fiscal year
    (
        'Iris Energy FY2023 sustainability report\n\nHaving ordered more miners, Iris Energy expects to reach 9'
        '.1 EH/s of operating hashrate in the first quarter of calendar 2024.',
        '2023-10-20', 'hashrate',
        [
            ('IREN', 9.1, None, '2024-03-31', 'target'),
        ],
    ),
    # 'wants roughly 9.3 EH/s by end of Q2' is a goal for the coming Q2
    (
        'Forum thread: Cipher vs TeraWulf\n\n- Cipher says it wants roughly 9.3 EH/s of self-mining by end of Q'
        '2',
        '2024-03-08', 'hashrate',
        [
            ('Cipher Mining', 9.3, None, '2024-06-30', 'target'),
        ],
    ),
    # a writer's or a reader's guess is no fact; the company's figure beside it is
    (
        'Cipher Mining thread\n\nCipher mined 306 BTC in February. My bet: Cipher gets to 10 EH/s by summer. So'
        'meone on Twitter says they\'ll have 3,000 BTC on the balance sheet by Christmas. "12 EH/s by June, ca'
        'lling it."',
        '2024-03-08', None,
        [
            ('Cipher Mining', 306.0, '2024-02-01', '2024-02-29', None),
        ],
    ),
    # guard: a figure told before the writer's own estimate stays
    (
        'CleanSpark closed April at 2.4 EH/s, so my estimate of its May average is a little higher.',
        '2022-06-10', 'hashrate',
        [
            ('CleanSpark', 2.4, '2022-04-01', '2022-04-30', 'average'),
        ],
    ),
    # a slide title with a bar ('Slide 3 | Key Metrics') right over a bordered table is no header row
    (
        'Cipher Mining investor slides, Q4 2023\n\nSlide 3 | Key Metrics\n| Metric | Q4-23 | Q3-23 |\n|---|---|--'
        '-|\n| BTC mined | 1,279 | 1,223 |',
        '2024-02-27', 'btc_mined',
        [
            ('Cipher Mining', 1279.0, '2023-10-01', '2023-12-31', None),
            ('Cipher Mining', 1223.0, '2023-07-01', '2023-09-30', None),
        ],
    ),
])
def test_batch_241_248_more_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # text taken from a PDF: lines broken inside sentences and words hyphenated across them
    (
        'MARATHON DIGITAL HOLDINGS, INC.\n2022 ANNUAL REPORT\n\nTo our shareholders:\n\n2022 brought a deep bear m'
        'arket and the collapse of\nseveral crypto lenders. Even so, Marathon pro-\nduced 4,144 bitcoin in 2022'
        ', up 30% from 3,197 bitcoin in 2021, and\nwe ended the year with 12,232 bitcoin on our balance sheet,'
        ' one of the\nlargest trea-\nsuries held by any public company.\n',
        '2023-03-16', None,
        [
            ('MARA Holdings', 4144.0, '2022-01-01', '2022-12-31', None),
            ('MARA Holdings', 3197.0, '2021-01-01', '2021-12-31', None),
            ('MARA Holdings', 12232.0, None, '2022-12-31', None),
        ],
    ),
    # guard: a release whose lines are whole paragraphs keeps its headline apart
    (
        'Riot Platforms Reports July 2025 Production\nCASTLE ROCK, Colo., Aug. 4, 2025 -- Riot Platforms, Inc.'
        ' (NASDAQ: RIOT) produced 484 bitcoin in July.\nRiot held 19,273 bitcoin at the end of July.\n',
        '2025-08-04', None,
        [
            ('Riot Platforms', 484.0, '2025-07-01', '2025-07-31', None),
            ('Riot Platforms', 19273.0, None, '2025-07-31', None),
        ],
    ),
    # a space-aligned row whose cells carry a tilde: '~7.0   3.5'
    (
        'Marathon 2022 annual report\n\n                                  2022             2021\nOperational has'
        'h rate (EH/s)     ~7.0              3.5\nBitcoin held at Dec. 31          12,232            8,133\n',
        '2023-03-16', None,
        [
            ('MARA Holdings', 7.0, None, '2022-12-31', 'operational'),
            ('MARA Holdings', 3.5, None, '2021-12-31', 'operational'),
            ('MARA Holdings', 12232.0, None, '2022-12-31', None),
            ('MARA Holdings', 8133.0, None, '2021-12-31', None),
        ],
    ),
    # a short seller's claim about the miner is no fact; the company's own figure is
    (
        'American Bitcoin short report\n\nAmerican Bitcoin mined 1,600 BTC through December, the company said. '
        'In a 40-page report, Marrow Lane argued that American Bitcoin has mined only about 1,300 BTC since S'
        'eptember.',
        '2026-01-20', 'btc_mined',
        [
            ('American Bitcoin', 1600.0, '2025-12-01', '2025-12-31', None),
        ],
    ),
    # the site's hashrate after 'the site holds' is one site's, not the company's
    (
        "Lake Mariner jobs story\n\nTeraWulf's self-mining fleet ran at about 5.5 EH/s at the end of April. Com"
        'pany officials said the site holds about 3.7 EH/s of miners.',
        '2023-05-09', 'hashrate',
        [
            ('TeraWulf', 5.5, None, '2023-04-30', 'operational'),
        ],
    ),
    # in a merger story, a pro forma or 'would have represented' figure is no fact
    (
        'Bitfarms to acquire Stronghold\n\nBitfarms agreed to acquire Stronghold Digital Mining in an all-stock'
        ' merger. As of July 31, 2024, Bitfarms had an operating hashrate of 11.9 EH/s. On a pro forma basis,'
        ' the two fleets together would have represented about 14.5 EH/s of self-mining hashrate.',
        '2024-08-21', 'hashrate',
        [
            ('Bitfarms', 11.9, None, '2024-07-31', 'operational'),
        ],
    ),
    # guard: 'pro forma for announced purchases' outside a merger is the company's own goal
    (
        "Bit Digital Q3 2021 update\n\nPro forma for announced purchases, the Company's maximum total hash rate"
        ' is expected to be approximately 2.603 EH/s.',
        '2021-11-17', 'hashrate',
        [
            ('Bit Digital', 2.603, None, '2021-11-17', 'target'),
        ],
    ),
])
def test_batch_249_256_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # the shorthand of posts: 'BTC prod' is production
    (
        "MARA weekly thread\n\n⛏️ BTC prod: 890 BTC in December (907 BTC in November)\n- Riot: 533 BTC prod last"
        " month",
        '2025-01-06', 'btc_mined',
        [
            ('MARA Holdings', 890.0, '2024-12-01', '2024-12-31', None),
            ('MARA Holdings', 907.0, '2024-11-01', '2024-11-30', None),
            ('Riot Platforms', 533.0, '2024-12-01', '2024-12-31', None),
        ],
    ),
    # an analyst's own estimate beside the company's figure is no fact
    (
        "Broker note on Bitfarms\n\nBitfarms said its operating hashrate at January 31 was 2.2 EH/s, below the "
        "2.4 EH/s the analyst had modelled. The brokerage's own year-end estimate is 6.5 EH/s. He projects ab"
        "out 9 EH/s by mid-2023.",
        '2022-02-09', 'hashrate',
        [
            ('Bitfarms', 2.2, None, '2022-01-31', 'operational'),
        ],
    ),
    # guard: the company's own target in an analyst story stays
    (
        "Analysts on Cipher Mining\n\nCipher Mining expects to reach 13.5 EH/s by the end of 2024, the company "
        "said; analysts see upside to its price target.",
        '2024-06-03', 'hashrate',
        [
            ('Cipher Mining', 13.5, None, '2024-12-31', 'target'),
        ],
    ),
    # a newsletter section boxed by rules under a heading named by its cashtag
    (
        "The Hash Brief\n\n━━━━━━━━━━━━━━━━━━━━\n🟢 CLEANSPARK ($CLSK)\n━━━━━━━━━━━━━━━━━━━━\n• Mined 694 BTC last "
        "month\n\nSelling is new for them.\n\n━━━━━━━━━━━━━━━━━━━━\n🔵 CIPHER ($CIFR)\n━━━━━━━━━━━━━━━━━━━━\n• Mined "
        "211 BTC in May\n• HODL ~1,068 BTC at month end\n",
        '2025-06-05', None,
        [
            ('CleanSpark', 694.0, '2025-05-01', '2025-05-31', None),
            ('Cipher Mining', 211.0, '2025-05-01', '2025-05-31', None),
            ('Cipher Mining', 1068.0, None, '2025-05-31', None),
        ],
    ),
    # a balance dated at the head of its sentence, not by the amendment told after it
    (
        "Stronghold update\n\nAs of February 28, 2023, about $55.5 million of principal remained outstanding un"
        "der the WhiteHawk facility, which was amended in October 2022 to lower the monthly payments.",
        '2023-03-07', 'loan',
        [
            ('Stronghold Digital Mining', 55500000.0, None, '2023-02-28', 'outstanding'),
        ],
    ),
    # a company's aside dates nothing of the figure after it
    (
        "Hut 8 first quarter 2022\n\nHut 8 reported its first-quarter 2022 results on Thursday. The Canadian mi"
        "ner, which has not sold a bitcoin since 2020, had 2.55 EH/s of installed hashrate at the end of the "
        "quarter.",
        '2022-05-12', 'hashrate',
        [
            ('Hut 8', 2.55, None, '2022-03-31', 'installed'),
        ],
    ),
    # a wire brief in capitals: PH/S and quarter words
    (
        "BRIEF-Bit Digital update\n* BIT DIGITAL - ACTIVE HASH RATE OF ABOUT 560 PH/S AT END OF JUNE\n* BIT DIG"
        "ITAL - TARGETS ACTIVE HASH RATE OF 2.6 EH/S BY THE END OF THE FIRST QUARTER OF 2023",
        '2022-07-06', 'hashrate',
        [
            ('Bit Digital', 0.56, None, '2022-06-30', 'operational'),
            ('Bit Digital', 2.6, None, '2023-03-31', 'target'),
        ],
    ),
    # a deal's name is not the date of a repayment
    (
        "Bitfarms year-end update\n\nThe Company repaid the last US$1.1 million of a 2019 promissory note durin"
        "g December 2020. Argo Blockchain, using part of the proceeds of the November share placing, repaid i"
        "ts USD 2.9 million Galaxy facility in December 2020.",
        '2021-01-12', 'loan',
        [
            ('Bitfarms', 1100000.0, None, '2020-12-31', 'repaid'),
            ('Argo Blockchain', 2900000.0, None, '2020-12-31', 'repaid'),
        ],
    ),
    # a cut 'by X to Y at the end of April' is dated for both facts
    (
        "Greenidge Generation debt thread\n\n$GREE trimmed its NYDIG equipment debt by $4M to $21M at the end o"
        "f April.",
        '2025-05-02', 'loan',
        [
            ('Greenidge Generation', 4000000.0, None, '2025-04-30', 'repaid'),
            ('Greenidge Generation', 21000000.0, None, '2025-04-30', 'outstanding'),
        ],
    ),
    # ', so' opens a clause of its own
    (
        "Gryphon Digital Mining scoreboard\n\nGryphon said August production was 26.3 BTC, so September was dow"
        "n on a shorter month.",
        '2024-10-07', 'btc_mined',
        [
            ('Gryphon Digital Mining', 26.3, '2024-08-01', '2024-08-31', None),
        ],
    ),
    # 'calendar Q1 2024' in a release of a June fiscal year stays calendar
    (
        "Iris Energy September 2023 update\n\n- 1,310 Bitcoin mined in Q1 FY24\n- Hashrate expected to increase "
        "to 9.1 EH/s in calendar Q1 2024",
        '2023-10-05', 'hashrate',
        [
            ('IREN', 9.1, None, '2024-03-31', 'target'),
        ],
    ),
    # 'held at year-end' after a closed fiscal year is that year's end
    (
        "HIVE results\n\nHIVE reports fiscal 2023 revenue of $106 million, 3,258 bitcoin mined and 2,332 bitcoi"
        "n held at year-end.",
        '2023-06-30', 'btc_held',
        [
            ('HIVE Digital Technologies', 2332.0, None, '2023-03-31', None),
        ],
    ),
    # guard: 'by year-end' after a fiscal year is still the calendar goal
    (
        "HIVE results\n\nHIVE mined 3,258 bitcoin in fiscal 2023 and targets 6 EH/s by year-end.",
        '2023-06-30', 'hashrate',
        [
            ('HIVE Digital Technologies', 6.0, None, '2023-12-31', 'target'),
        ],
    ),
    # an example of a miner's loan explains a rule, it is no company's fact
    (
        "Margin calls and miners\n\nRiot Platforms has no debt. Once the ratio crosses a trigger level, the bor"
        "rower must post more coins or repay part of the loan. For a miner that had borrowed $20 million agai"
        "nst 1,000 BTC, the collateral is now worth the loan.",
        '2022-06-23', 'loan',
        [
        ],
    ),
])
def test_batch_257_264_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'at month end' in a clause of its own after a goal's year end: the reported month's end
    (
        "MARA July 2024 production update\n\nMARA mined 692 BTC in July. The company repeated its goal of 50 EH"
        "/s by the end of the year and held 20,818 BTC at month end.",
        '2024-08-07', 'btc_held',
        [
            ('MARA Holdings', 20818.0, None, '2024-07-31', None),
        ],
    ),
    # guard: 'at the end of the month' after a month named in the sentence is that month's end
    (
        "Canaan update\n\nCanaan mined 96 BTC in January and held 1,762 BTC at the end of the month.",
        '2026-02-05', 'btc_held',
        [
            ('Canaan', 1762.0, None, '2026-01-31', None),
        ],
    ),
    # 'in the period' after a quarter named in the sentence
    (
        "Bitdeer results\n\nBitdeer reported a first-quarter loss on Thursday and said it self-mined 606 BTC in"
        " the period.",
        '2025-05-15', 'btc_mined',
        [
            ('Bitdeer', 606.0, '2025-01-01', '2025-03-31', None),
        ],
    ),
    # 'a 0.5 EH/s fleet earns ...' is any fleet of that size
    (
        "Sphere 3D scoreboard\n\nAt those prices, a 0.5 EH/s fleet earns about 0.8 BTC a day.",
        '2024-10-07', 'hashrate',
        [
        ],
    ),
    # a table's metric and unit in the sentence leading into it; money and change columns are skipped
    (
        "Miner treasuries\n\nMonth-end bitcoin balances as disclosed in production updates, in BTC. The value c"
        "olumn is in US$ millions.\n\n| Company | Jun 30 | Jul 31 | Value, Jul 31 (US$m) | Chg vs Jun 30 |\n|---"
        "|---|---|---|---|\n| MARA Holdings | 49,940 | 50,639 | 5,481 | +699 |\n| Riot Platforms | 19,273 | 19,"
        "309 | 2,090 | +36 |\n",
        '2025-08-08', None,
        [
            ('MARA Holdings', 49940.0, None, '2025-06-30', None),
            ('MARA Holdings', 50639.0, None, '2025-07-31', None),
            ('Riot Platforms', 19273.0, None, '2025-06-30', None),
            ('Riot Platforms', 19309.0, None, '2025-07-31', None),
        ],
    ),
    # a hashrate table under its caption sentence
    (
        "Hashrate leaderboard\n\nCompany-reported operating hashrate at each month end, in exahashes per second"
        " (EH/s).\n\nMiner           | Oct 31 | Nov 30\nMARA            | 40.2   | 46.1\nCleanSpark      | 32.5  "
        " | 33.7\n",
        '2025-01-10', None,
        [
            ('MARA Holdings', 40.2, None, '2024-10-31', 'operational'),
            ('MARA Holdings', 46.1, None, '2024-11-30', 'operational'),
            ('CleanSpark', 32.5, None, '2024-10-31', 'operational'),
            ('CleanSpark', 33.7, None, '2024-11-30', 'operational'),
        ],
    ),
])
def test_batch_265_272_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # an aligned table of companies with a ticker column
    (
        "Canada's miners in January\n\nJanuary 2024 at a glance\n\nCompany         Ticker   Jan BTC mined   Dec B"
        "TC mined   MoM      BTC held*   Hashrate (EH/s)**\nBitfarms        BITF               419            "
        " 427   -1.9%          832        6.5\nArgo            ARBK               132             141   -6.4% "
        "         n/d        2.6\n\n* At January 31, 2024.\n** Operating hashrate at January 31, 2024.",
        '2024-02-07', None,
        [
            ('Bitfarms', 419.0, '2024-01-01', '2024-01-31', None),
            ('Bitfarms', 427.0, '2023-12-01', '2023-12-31', None),
            ('Bitfarms', 832.0, None, '2024-01-31', None),
            ('Bitfarms', 6.5, None, '2024-01-31', 'operational'),
            ('Argo Blockchain', 132.0, '2024-01-01', '2024-01-31', None),
            ('Argo Blockchain', 141.0, '2023-12-01', '2023-12-31', None),
            ('Argo Blockchain', 2.6, None, '2024-01-31', 'operational'),
        ],
    ),
    # a second list after a 'respectively' list: each company's own figure a year back
    (
        "Small-cap miners' second quarter\n\nThe smaller miners spent the second quarter of 2023 repairing bala"
        "nce sheets. Greenidge and Stronghold produced 595 and 634 BTC, respectively, in the quarter, compare"
        "d with 714 and 452 BTC a year earlier.",
        '2023-08-18', 'btc_mined',
        [
            ('Greenidge Generation', 595.0, '2023-04-01', '2023-06-30', None),
            ('Stronghold Digital Mining', 634.0, '2023-04-01', '2023-06-30', None),
            ('Greenidge Generation', 714.0, '2022-04-01', '2022-06-30', None),
            ('Stronghold Digital Mining', 452.0, '2022-04-01', '2022-06-30', None),
        ],
    ),
    # a second list with units, dated by its own period
    (
        "Second-quarter output\n\nRiot and Marathon mined 844 BTC and 2,058 BTC in the three months to June 30,"
        " respectively, compared with 1,775 BTC and 2,926 BTC in the second quarter of 2023.",
        '2024-08-18', 'btc_mined',
        [
            ('Riot Platforms', 844.0, '2024-04-01', '2024-06-30', None),
            ('MARA Holdings', 2058.0, '2024-04-01', '2024-06-30', None),
            ('Riot Platforms', 1775.0, '2023-04-01', '2023-06-30', None),
            ('MARA Holdings', 2926.0, '2023-04-01', '2023-06-30', None),
        ],
    ),
    # hashrate lists a year apart
    (
        "Fleet sizes\n\nRiot and Marathon had 22.0 EH/s and 31.5 EH/s at June 30, respectively, up from 10.7 an"
        "d 23.1 EH/s a year earlier.",
        '2024-08-18', 'hashrate',
        [
            ('Riot Platforms', 22.0, None, '2024-06-30', 'operational'),
            ('MARA Holdings', 31.5, None, '2024-06-30', 'operational'),
            ('Riot Platforms', 10.7, None, '2023-06-30', 'operational'),
            ('MARA Holdings', 23.1, None, '2023-06-30', 'operational'),
        ],
    ),
    # a heading that names no company: the story's own miner's figures, not the rival's named just before
    (
        "Riot draws its full Coinbase loan\n\nRiot Platforms (RIOT) has used up the $100 million it could borro"
        "w from Coinbase, it said with second-quarter results.\n\nRiot is not the only miner leaning on Coinbas"
        "e. CleanSpark raised its own bitcoin-backed line to $200 million in April.\n\nQuarter in numbers\n\n- Bi"
        "tcoin held at June 30: 19,273 BTC\n- Deployed hashrate at June 30: 35.4 EH/s",
        '2025-08-01', None,
        [
            ('Riot Platforms', 100000000.0, None, '2025-08-01', 'borrowed'),
            ('CleanSpark', 200000000.0, None, '2025-04-30', 'facility'),
            ('Riot Platforms', 19273.0, None, '2025-06-30', None),
            ('Riot Platforms', 35.4, None, '2025-06-30', 'deployed'),
        ],
    ),
    # a maturity pushed into a later year does not date the amendment
    (
        "Riot Platforms loan\n\nRiot Platforms has a bitcoin-backed loan from Coinbase. An amendment dated July"
        " 28 lifts the facility to $200 million and pushes the maturity into 2026.",
        '2025-08-01', 'loan',
        [
            ('Riot Platforms', 200000000.0, None, '2025-07-28', 'facility'),
        ],
    ),
    # coins 'of the Company's holdings' pledged
    (
        "Cipher Mining Inc. (NASDAQ: CIFR) second quarter\n\nAs of June 30, 2025, 260 BTC of the Company's hold"
        "ings were pledged as collateral under its revolving credit facility with Coinbase Credit, Inc.",
        '2025-08-12', 'loan',
        [
            ('Cipher Mining', None, None, '2025-06-30', 'collateral_posted'),
        ],
    ),
    # a goal after new machines ('targets'), and 'to approach' a goal
    (
        "DMG Blockchain Solutions Inc. (TSXV: DMGI) results\n\nAfter the new S21 machines are energized, DMG ta"
        "rgets 3.0 EH/s of self-mining hashrate by the end of fiscal 2025. We expect our self-mining hashrate"
        " to approach 4 EH/s by March 31, 2026.",
        '2024-05-29', 'hashrate',
        [
            ('DMG Blockchain Solutions', 3.0, None, '2025-09-30', 'target'),
            ('DMG Blockchain Solutions', 4.0, None, '2026-03-31', 'target'),
        ],
    ),
    # guard: a fleet that nears a figure is no goal
    (
        "Bitfarms update\n\nBitfarms' fleet is nearing 6 EH/s as new machines arrive.",
        '2024-03-05', 'hashrate',
        [
        ],
    ),
    # the industry's sales are nobody's
    (
        "Riot Platforms results\n\nRiot Platforms reported results. In the 2022 bear market miners sold 58,770 "
        "BTC, against 3,500 BTC the year before.",
        '2023-01-10', 'btc_sold',
        [
        ],
    ),
    # guard: 'its miners produced' is the company's
    (
        "Riot in August\n\nRiot Platforms curtailed in Rockdale. Its miners produced 333 bitcoin in August, dow"
        "n from 410 in July.",
        '2023-09-06', 'btc_mined',
        [
            ('Riot Platforms', 333.0, '2023-08-01', '2023-08-31', None),
            ('Riot Platforms', 410.0, '2023-07-01', '2023-07-31', None),
        ],
    ),
    # bare years under a title naming the span
    (
        "Microcap miners\n\nFour small miners filed first-quarter 10-Qs; Mawson ran about 2.7 EH/s at quarter e"
        "nd.\n\nBitcoin mined, three months to March 31\n\n  Company                   2024      2023\n  Sphere 3D"
        "                 66.8      34.2\n  Gryphon Digital Mining    117       171\n",
        '2024-05-20', 'btc_mined',
        [
            ('Sphere 3D', 66.8, '2024-01-01', '2024-03-31', None),
            ('Sphere 3D', 34.2, '2023-01-01', '2023-03-31', None),
            ('Gryphon Digital Mining', 117.0, '2024-01-01', '2024-03-31', None),
            ('Gryphon Digital Mining', 171.0, '2023-01-01', '2023-03-31', None),
        ],
    ),
    # the company's own part of a total under management
    (
        "BitFuFu Inc. (NASDAQ: FUFU) results\n\nTotal hashrate under management was 36.2 EH/s at March 31, 2025"
        ", of which 3.7 EH/s came from its own miners; the rest belongs to cloud-mining customers.",
        '2025-06-03', 'hashrate',
        [
            ('BitFuFu', 3.7, None, '2025-03-31', 'operational'),
        ],
    ),
    # a total of which the owned part is given is not the company's fleet
    (
        "Stronghold Digital Mining May 2023 update\n\n- Total hash rate capacity at our plants of approximately"
        " 2.7 EH/s at May 31, 2023, of which approximately 2.4 EH/s was owned by the Company",
        '2023-06-06', 'hashrate',
        [
            ('Stronghold Digital Mining', 2.4, None, '2023-05-31', 'operational'),
        ],
    ),
    # machines standing idle are not the fleet
    (
        "Riot Platforms (NASDAQ: RIOT) February update\n\nRiot ended February with 12.4 EH/s deployed. Roughly "
        "4.2 EH/s of installed machines are still waiting for power. We took roughly 2.2 EH/s of older machin"
        "es at the Rockdale Facility offline.",
        '2024-03-05', 'hashrate',
        [
            ('Riot Platforms', 12.4, None, '2024-02-29', 'deployed'),
        ],
    ),
    # guard: machines installed, with the balance waiting, are the fleet
    (
        "TeraWulf update\n\nAt the end of May, about 6.1 EH/s of miners were installed across TeraWulf's two si"
        "tes, with the balance waiting on power.",
        '2023-06-06', 'hashrate',
        [
            ('TeraWulf', 6.1, None, '2023-05-31', 'installed'),
        ],
    ),
    # a gap between two figures is no figure
    (
        "Riot Platforms update\n\nRiot Platforms reported 35.4 EH/s deployed at June 30. The gap between the tw"
        "o figures, 2.8 EH/s, is not a number Riot reports itself.",
        '2025-07-08', 'hashrate',
        [
            ('Riot Platforms', 35.4, None, '2025-06-30', 'deployed'),
        ],
    ),
    # a 'Metric | Value' table with the period in each label
    (
        "Mawson Infrastructure Group Inc. (NASDAQ: MIGI) July 2023 update\n\n| Metric | Value |\n|---|---|\n| Sel"
        "f-mining bitcoin produced, July 2023 | 88.4 BTC |\n| Self-mining hashrate at July 31, 2023 | 2.1 EH/s"
        " |\n| Co-location client hashrate at July 31, 2023 | 1.2 EH/s |",
        '2023-08-10', None,
        [
            ('Mawson Infrastructure', 88.4, '2023-07-01', '2023-07-31', None),
            ('Mawson Infrastructure', 2.1, None, '2023-07-31', 'operational'),
        ],
    ),
    # a 'Metric | Value | As of' table: each row dated by its own cell
    (
        "CleanSpark fact sheet\n\n| Metric | Value | As of / Period |\n|---|---|---|\n| Operational hashrate | 10"
        ".1 EH/s | 31-Jan-24 |\n| BTC mined | 625 BTC | Jan-24 |\n| Bitcoin on balance sheet | 4,596 BTC | 31-J"
        "an-24 |",
        '2024-02-05', None,
        [
            ('CleanSpark', 10.1, None, '2024-01-31', 'operational'),
            ('CleanSpark', 625.0, '2024-01-01', '2024-01-31', None),
            ('CleanSpark', 4596.0, None, '2024-01-31', None),
        ],
    ),
    # a hashrate row 'incl. hosting' is not the company's
    (
        "Northern Data March 2022\n\n| Metric | Value |\n|---|---|\n| Bitcoin hash rate (incl. hosting) | approx."
        " 3.95 EH/s |",
        '2022-04-10', 'hashrate',
        [
        ],
    ),
    # dot leaders after a label with an abbreviation's point
    (
        "TeraWulf Inc. (NASDAQ: WULF) December 2022 update\n\n  Bitcoin self-mined, December 2022 ............."
        ".. 252\n  Self-mining hashrate at Dec. 31, 2022 (EH/s) .... 2.1\n",
        '2023-01-10', None,
        [
            ('TeraWulf', 252.0, '2022-12-01', '2022-12-31', None),
            ('TeraWulf', 2.1, None, '2022-12-31', 'operational'),
        ],
    ),
])
def test_batch_273_280_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # another company's fiscal year, stated in its own section, is not the release's
    (
        "TORONTO, Aug. 15, 2025 - Canadian miners' June quarter\n\nBITFARMS (TSX/NASDAQ: BITF)\n• Mined 613 BTC "
        "in the second quarter, compared with 896 BTC in the same quarter of 2024.\n\nDMG BLOCKCHAIN (TSXV: DMG"
        "I)\n• Fiscal third quarter of 2025 (DMG's fiscal year ends Sept. 30).",
        '2025-08-15', 'btc_mined',
        [
            ('Bitfarms', 613.0, '2025-04-01', '2025-06-30', None),
            ('Bitfarms', 896.0, '2024-04-01', '2024-06-30', None),
        ],
    ),
    # a subsidiary's name is its parent's
    (
        "Boden's data centre\n\nIn its annual report, Northern Data said Peak Mining produced roughly 1,010 bit"
        "coin in 2023.",
        '2024-04-20', 'btc_mined',
        [
            ('Northern Data', 1010.0, '2023-01-01', '2023-12-31', None),
        ],
    ),
    # indented bullets are label lines; a rate after the figure leaves the label's figure
    (
        "Bitfarms Ltd. (NASDAQ: BITF) November 2021 production\n\nNovember at a glance\n\n  • BTC mined: 363, or "
        "roughly 12.1 BTC per day\n  • BTC mined year to date through November 30: 3,073\n  • Total BTC held (H"
        "ODL) at November 30: 3,301, worth about US$188 million at month-end prices",
        '2021-12-01', None,
        [
            ('Bitfarms', 363.0, '2021-11-01', '2021-11-30', None),
            ('Bitfarms', 3073.0, '2021-01-01', '2021-11-30', None),
            ('Bitfarms', 3301.0, None, '2021-11-30', None),
        ],
    ),
    # an appositive of several words before 'that' is an aside
    (
        "American Bitcoin's first quarter\n\nAmerican Bitcoin Corp., the miner majority-owned by Hut 8 that beg"
        "an trading on Nasdaq in September after merging with Gryphon, mined 768 BTC in the third quarter.",
        '2025-11-20', 'btc_mined',
        [
            ('American Bitcoin', 768.0, '2025-07-01', '2025-09-30', None),
        ],
    ),
    # a list item headed by a miner the registry lacks, with its ticker
    (
        "Difficulty digest\n\n- Greenidge (GREE): Greenidge said it had about 2.2 EH/s online as of March 31.\n\n"
        "- BIT Mining (BTCM): Not on most people's radar, but it mined 114.5 BTC in March from its Ohio sites"
        ".",
        '2022-04-05', None,
        [
            ('Greenidge Generation', 2.2, None, '2022-03-31', 'operational'),
        ],
    ),
    # Argo's 'Bitcoin or Bitcoin Equivalent' row is its output
    (
        "Argo Blockchain plc (NASDAQ: ARBK) January update\n\n| | January 2024 | December 2023 |\n|---|---|---|\n"
        "| BTC mined (Bitcoin or Bitcoin Equivalent) | 67 | 70 |\n",
        '2024-02-06', 'btc_mined',
        [
            ('Argo Blockchain', 67.0, '2024-01-01', '2024-01-31', None),
            ('Argo Blockchain', 70.0, '2023-12-01', '2023-12-31', None),
        ],
    ),
    # guard: an equivalent of power credits is no output
    (
        "Riot Platforms (NASDAQ: RIOT) update\n\n| | August 2023 |\n|---|---|\n| Bitcoin mined | 333 |\n| Equivale"
        "nt BTC from power credits | 1,106 |\n",
        '2023-09-06', 'btc_mined',
        [
            ('Riot Platforms', 333.0, '2023-08-01', '2023-08-31', None),
        ],
    ),
    # month columns written 'Oct-25'
    (
        "Bitdeer Technologies Group (NASDAQ: BTDR) October update\n\nMonthly Metrics\n\nMetric                   "
        "                       Oct-25     Sep-25     MoM\nBTC mined                                       511"
        "        452        13.1%\nBTC sold                                        398        420        -5.2%"
        "\n",
        '2025-11-10', None,
        [
            ('Bitdeer', 511.0, '2025-10-01', '2025-10-31', None),
            ('Bitdeer', 452.0, '2025-09-01', '2025-09-30', None),
            ('Bitdeer', 398.0, '2025-10-01', '2025-10-31', None),
            ('Bitdeer', 420.0, '2025-09-01', '2025-09-30', None),
        ],
    ),
    # a balance 'a year earlier' after a dated balance: a year before that date
    (
        "Gryphon Digital Mining (Nasdaq: GRYP) said Anchorage agreed to push the maturity of its equipment fi"
        "nancing back to April 2026.\n\nAt March 31, the principal outstanding to Anchorage was approximately $"
        "13.7 million, down from about $20 million a year earlier.",
        '2024-04-18', 'loan',
        [
            ('Gryphon Digital Mining', 13700000.0, None, '2024-03-31', 'outstanding'),
            ('Gryphon Digital Mining', 20000000.0, None, '2023-03-31', 'outstanding'),
        ],
    ),
    # 'in line with its policy since January' does not date the sale
    (
        "Miner treasuries\n\nRiot Platforms produced 450 BTC in June and sold 402 BTC for net proceeds of $42.2"
        " million, roughly in line with its policy since January.",
        '2025-07-09', 'btc_sold',
        [
            ('Riot Platforms', 402.0, '2025-06-01', '2025-06-30', None),
        ],
    ),
    # quarters listed under a lead-in that names the metric
    (
        "DMG Blockchain Solutions Inc. fiscal 2022 MD&A\n\nSelf-mining. DMG self-mined 640 BTC in fiscal 2022, "
        "up from 371 BTC in fiscal 2021, as new Bitmain Antminer S19 series miners were energized at the Comp"
        "any's Christina Lake, British Columbia facility. Self-mining hashrate was 700 PH/s at September 30, "
        "2022. Production by quarter was:\n\n- Q1 (October 1 to December 31, 2021): 95 BTC\n- Q2 (January 1 to M"
        "arch 31, 2022): 128 BTC\n",
        '2023-01-27', 'btc_mined',
        [
            ('DMG Blockchain Solutions', 640.0, '2021-10-01', '2022-09-30', None),
            ('DMG Blockchain Solutions', 371.0, '2020-10-01', '2021-09-30', None),
            ('DMG Blockchain Solutions', 95.0, '2021-10-01', '2021-12-31', None),
            ('DMG Blockchain Solutions', 128.0, '2022-01-01', '2022-03-31', None),
        ],
    ),
    # amounts stated in Canadian dollars have no US dollar value
    (
        "DMG Blockchain Solutions Inc. MD&A\n\nAll amounts are in Canadian dollars unless otherwise stated. On "
        "May 16, 2022, DMG borrowed $4.5 million under a five-year term loan from a credit union.",
        '2023-01-27', 'loan',
        [
            ('DMG Blockchain Solutions', None, None, '2022-05-16', 'borrowed'),
        ],
    ),
    # a repayment schedule is not what is owed
    (
        "CleanSpark, Inc. 10-Q\n\nAt December 31, 2022, gross principal outstanding under the Trinity Agreement"
        " was $15,942,107.\n\nScheduled principal repayments under the Trinity Agreement, by fiscal year, as of"
        " December 31, 2022:\n\n  Fiscal year ending September 30        Principal\n  2023 (remaining nine month"
        "s)        $  4,486,931\n  2024                                   6,508,398\n  2025                    "
        "               4,946,778\n  Total                               $ 15,942,107\n",
        '2023-02-09', 'loan',
        [
            ('CleanSpark', 15942107.0, None, '2022-12-31', 'outstanding'),
        ],
    ),
    # a post's cashtag unit, and a fleet label dated by the month reported
    (
        "Hut 8 Mining Corp. on X: \"January production update\"\n\n✅ 356 $BTC mined in January\n✅ Installed self-m"
        "ining capacity: 2.52 EH/s, up 0.2 EH/s from December",
        '2022-02-03', None,
        [
            ('Hut 8', 356.0, '2022-01-01', '2022-01-31', None),
            ('Hut 8', 2.52, None, '2022-01-31', 'installed'),
        ],
    ),
    # guard: a speaker's label is no fleet label
    (
        "Iris Energy interview\n\nROBERTS: We're at twenty exahash installed as of this week.",
        '2024-09-05', 'hashrate',
        [
            ('IREN', 20.0, None, '2024-09-05', 'installed'),
        ],
    ),
    # 'EH/s less hosting load' is a change
    (
        "Core Scientific update\n\nCore Scientific ended January with 21.2 EH/s. Core also ended January carryi"
        "ng roughly 2.9 EH/s less hosting load.",
        '2023-02-06', 'hashrate',
        [
            ('Core Scientific', 21.2, None, '2023-01-31', 'operational'),
        ],
    ),
    # 'Quarter ended' over short days, under fiscal quarter names
    (
        "HIVE Blockchain Technologies Ltd. 40-F MD&A\n\n2. Quarterly mining results, Fiscal 2023\n\n             "
        "                        Q1 FY2023   Q2 FY2023   Q3 FY2023   Q4 FY2023\nQuarter ended                 "
        "       Jun 30/22   Sep 30/22   Dec 31/22   Mar 31/23\nBitcoin mined (BTC)                  569       "
        "  858         787         796\n",
        '2023-06-28', 'btc_mined',
        [
            ('HIVE Digital Technologies', 569.0, '2022-04-01', '2022-06-30', None),
            ('HIVE Digital Technologies', 858.0, '2022-07-01', '2022-09-30', None),
            ('HIVE Digital Technologies', 787.0, '2022-10-01', '2022-12-31', None),
            ('HIVE Digital Technologies', 796.0, '2023-01-01', '2023-03-31', None),
        ],
    ),
])
def test_batch_273_280_more_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'Borrowings under that facility were $11.4 million at December 31'
    (
        "HIVE Digital Technologies results\n\nHIVE Digital Technologies has a credit facility with Coinbase. Bo"
        "rrowings under that facility were $11.4 million at December 31, 2024.",
        '2025-02-14', 'loan',
        [
            ('HIVE Digital Technologies', 11400000.0, None, '2024-12-31', 'outstanding'),
        ],
    ),
    # an 'equipment finance arrangement' is a loan
    (
        "Mawson Infrastructure update\n\nMawson drew another US$6.1 million in June under its equipment finance"
        " arrangement with New York-based NYDIG.",
        '2022-07-10', 'loan',
        [
            ('Mawson Infrastructure', 6100000.0, None, '2022-06-30', 'borrowed'),
        ],
    ),
    # a BTC column is no hashrate, whatever the sentence before the table says
    (
        "Halving math\n\nThe headline: output fell by a third to two thirds, depending on how much new hashrate"
        " each company brought online.\n\nCompany                       March 2024 (BTC)   May 2024 (BTC)   Cha"
        "nge\nMARA (Marathon Digital)              890              616          -31%\nRiot Platforms          "
        "             425              215          -49%\n",
        '2024-06-10', None,
        [
            ('MARA Holdings', 890.0, '2024-03-01', '2024-03-31', None),
            ('MARA Holdings', 616.0, '2024-05-01', '2024-05-31', None),
            ('Riot Platforms', 425.0, '2024-03-01', '2024-03-31', None),
            ('Riot Platforms', 215.0, '2024-05-01', '2024-05-31', None),
        ],
    ),
    # 'Since the halving on April 19': from that day
    (
        "CleanSpark, Inc. (NASDAQ: CLSK) June update\n\nSince the halving on April 19, we have mined 1,127 bitc"
        "oin.",
        '2024-07-02', 'btc_mined',
        [
            ('CleanSpark', 1127.0, '2024-04-19', '2024-06-30', None),
        ],
    ),
    # a wire brief's items are the brief's company's, not a rival's named in one of them
    (
        "BRIEF-Bitdeer's May output falls\n\nJune 11 - Bitdeer Technologies Group (NASDAQ: BTDR):\n\n* Says mined"
        " 166 BTC in May\n* Edged out Cipher Mining, which mined 160 BTC in May\n* Sold 150 BTC during May; hel"
        "d 81 BTC at end of month",
        '2024-06-11', None,
        [
            ('Bitdeer', 166.0, '2024-05-01', '2024-05-31', None),
            ('Cipher Mining', 160.0, '2024-05-01', '2024-05-31', None),
            ('Bitdeer', 150.0, '2024-05-01', '2024-05-31', None),
            ('Bitdeer', 81.0, None, '2024-05-31', None),
        ],
    ),
    # a research note's own estimates are no facts; the figures it reports are
    (
        "Westbridge Capital equity research\n\nBitfarms Ltd. (NASDAQ: BITF) | Buy | price target US$3.50\n\nBitfa"
        "rms mined 263 BTC in February, against our 250 BTC estimate. Our block-share method puts Bitfarms at"
        " 5.6 EH/s, about 86% of the 6.5 EH/s the company reports. We model 10.5 EH/s at June 30.",
        '2024-03-05', None,
        [
            ('Bitfarms', 263.0, '2024-02-01', '2024-02-29', None),
            ('Bitfarms', 6.5, None, '2024-03-05', 'operational'),
        ],
    ),
    # guard: a reported figure after an estimate's clause
    (
        "Quick take\n\nCipher Mining (CIFR) | Buy | price target $7\n\nCipher Mining reported 163 BTC mined in Ma"
        "y against our estimate of 160 BTC, with 8.7 EH/s of self-mining hashrate at month end.",
        '2024-06-06', None,
        [
            ('Cipher Mining', 163.0, '2024-05-01', '2024-05-31', None),
            ('Cipher Mining', 8.7, None, '2024-05-31', 'operational'),
        ],
    ),
    # estimate columns ('3Q22E') are no facts
    (
        "Core Scientific note | Buy | price target $4\n\nWe model lower output.\n\n| Metric | 3Q22E | 4Q22E |\n| S"
        "elf-mined BTC | 3,640 | 3,860 |\n",
        '2022-09-08', None,
        [
        ],
    ),
    # 'Following the payment': the payment's day, not the balance's before it
    (
        "Marathon Digital Holdings (NASDAQ: MARA) update\n\nThe Company paid Silvergate $50.0 million on Januar"
        "y 12, settling the term loan. At December 31, 2022, total borrowings under the Silvergate agreement "
        "were $80.0 million. Following the payment, only the $30.0 million drawn on the revolving line of cre"
        "dit remains outstanding.",
        '2023-01-13', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2023-01-12', 'repaid'),
            ('MARA Holdings', 80000000.0, None, '2022-12-31', 'outstanding'),
            ('MARA Holdings', 30000000.0, None, '2023-01-12', 'borrowed'),
        ],
    ),
    # 'by the end of the current fiscal year'
    (
        "HIVE Blockchain Technologies Ltd. (TSXV: HIVE) update\n\nThe Company expects its Bitcoin mining hashra"
        "te to reach approximately 3 EH/s by the end of the current fiscal year.",
        '2022-01-11', 'hashrate',
        [
            ('HIVE Digital Technologies', 3.0, None, '2022-03-31', 'target'),
        ],
    ),
    # 'June of that year' after a year named in the sentence
    (
        "Core Scientific retrospective\n\nWhen bitcoin fell below $20,000 in mid-2022, Core Scientific sold 7,2"
        "02 BTC in June of that year alone.",
        '2026-01-11', 'btc_sold',
        [
            ('Core Scientific', 7202.0, '2022-06-01', '2022-06-30', None),
        ],
    ),
    # a clause glossing a period does not date the figure
    (
        "HIVE Blockchain Technologies Ltd. (TSXV: HIVE) December update\n\nFor the three months ended December "
        "31, 2021, which is the third quarter of HIVE's fiscal year ending March 31, 2022, the Company mined "
        "661 BTC.",
        '2022-01-11', 'btc_mined',
        [
            ('HIVE Digital Technologies', 661.0, '2021-10-01', '2021-12-31', None),
        ],
    ),
])
def test_batch_281_288_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a site that houses, sites that held, and a site's machines are no fleet
    (
        "Tydal's data centre\n\nBitdeer Technologies Group (NASDAQ: BTDR) runs 8.4 EH/s of its own machines. Ty"
        "dal currently houses around 2.4 EH/s of machines. Ethiopian sites held about 9 EH/s of Bitdeer's mac"
        "hines. Roughly 1.1 EH/s of hashrate runs at the site.",
        '2024-11-12', 'hashrate',
        [
            ('Bitdeer', 8.4, None, '2024-11-12', 'operational'),
        ],
    ),
    # a cut 'by $22.2 million this year, to $123.8 million as of Sept. 30' dates both facts
    (
        "TeraWulf update\n\nTeraWulf has cut its term loan balance by $22.2 million this year, to $123.8 millio"
        "n as of Sept. 30, the company said.",
        '2023-10-10', 'loan',
        [
            ('TeraWulf', 22200000.0, None, '2023-09-30', 'repaid'),
            ('TeraWulf', 123800000.0, None, '2023-09-30', 'outstanding'),
        ],
    ),
    # a reserve that totalled a bare figure
    (
        "Hut 8 Mining Corp. (NASDAQ: HUT) January update\n\nThe self-mined Bitcoin reserve totalled 9,133 at mo"
        "nth end, up from 9,086 at December 31, 2022.",
        '2023-02-06', 'btc_held',
        [
            ('Hut 8', 9133.0, None, '2023-01-31', None),
            ('Hut 8', 9086.0, None, '2022-12-31', None),
        ],
    ),
    # a headline's 'May Start' is no month
    (
        "Marathon Ends 2022 With 12,232 BTC, Signals It May Start Selling\n\nMarathon Digital said it held 12,2"
        "32 BTC at the end of 2022.",
        '2023-01-05', 'btc_held',
        [
            ('MARA Holdings', 12232.0, None, '2022-12-31', None),
        ],
    ),
    # coins produced for cloud-mining customers are not the company's output
    (
        "BitFuFu Inc. (NASDAQ: FUFU) January 2025 update\n\n| Metric | January 2025 | December 2024 |\n|---|---|"
        "---|\n| Bitcoin produced from self-mining (BTC) | 116 | 118 |\n| Bitcoin produced for cloud-mining cus"
        "tomers (BTC) | 347 | 329 |\n",
        '2025-02-05', 'btc_mined',
        [
            ('BitFuFu', 116.0, '2025-01-01', '2025-01-31', None),
            ('BitFuFu', 118.0, '2024-12-01', '2024-12-31', None),
        ],
    ),
    # 'bringing its total for last year to' is the year's output
    (
        "Cango December update\n\nCango Inc. (NYSE: CANG) said on Monday that it mined 612.4 BTC in December, b"
        "ringing its total for last year to 7,219.6 BTC.",
        '2026-01-06', 'btc_mined',
        [
            ('Cango', 612.4, '2025-12-01', '2025-12-31', None),
            ('Cango', 7219.6, '2025-01-01', '2025-12-31', None),
        ],
    ),
    # a transcript's question line reports nothing
    (
        "IREN fiscal third-quarter call\n\nIREN Limited (NASDAQ: IREN) reported results.\n\nQ (Brokerage analyst)"
        ": You guided to 52 EH/s back in February as well.\n\nA: We are at 40 EH/s operating today.",
        '2025-05-15', 'hashrate',
        [
            ('IREN', 40.0, None, '2025-05-15', 'operational'),
        ],
    ),
    # an analyst's aside about rivals is no fact
    (
        "Bitfarms fourth-quarter call\n\nBitfarms Ltd. (NASDAQ: BITF) held its call. One analyst, noting that R"
        "iot had ended 2023 at 12.4 EH/s and CleanSpark at 10 EH/s, asked about the fleet.",
        '2024-03-07', 'hashrate',
        [
        ],
    ),
])
def test_batch_281_296_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a total 'of which ... was owned by' the company named: the owned part is the fleet
    (
        "Greenidge Generation Holdings Inc. (NASDAQ: GREE) update\n\n- Datacenter hashrate of approximately 2.8"
        " EH/s at June 30, 2022, of which approximately 2.4 EH/s was owned by Greenidge",
        '2022-08-15', 'hashrate',
        [
            ('Greenidge Generation', 2.4, None, '2022-06-30', 'operational'),
        ],
    ),
    # a lead over a rival is a gap
    (
        "October leaderboard\n\nMARA moved past 40 EH/s for the first time and now leads second-placed CleanSpa"
        "rk by more than 11 EH/s.",
        '2024-11-06', 'hashrate',
        [
            ('MARA Holdings', 40.0, None, '2024-11-06', 'operational'),
        ],
    ),
])
def test_batch_289_296_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a figure with 'mined' after it, past the sale's cue, is production
    (
        "Miners sold more in April\n\nMay 6, 2025 — Listed miners sold more of their output.\n\nBit Digital sold "
        "57.2 BTC for approximately $4.9 million, out of 68.1 BTC mined.",
        '2025-05-06', 'btc_mined',
        [
            ('Bit Digital', 68.1, '2025-04-01', '2025-04-30', None),
        ],
    ),
    # a perfect tense after the sale does not make it undated
    (
        "Miners sold more in April\n\nMay 6, 2025 — Listed miners sold more of their April output.\n\nCleanSpark "
        "mined 633 BTC and sold 396.6 BTC for $32.5 million, the first time in more than a year that it has s"
        "old over half of its production.",
        '2025-05-06', 'btc_sold',
        [
            ('CleanSpark', 396.6, '2025-04-01', '2025-04-30', None),
        ],
    ),
    # a month that names an event is not the list's date
    (
        "Halving bites\n\nDecrypt | June 5, 2024\n\nThe first full month after April's halving has left a clear m"
        "ark. Here is how the numbers compare:\n\n- Marathon Digital mined 616 BTC in May, down from 850 BTC in"
        " April.\n- Cipher Mining produced 169 BTC.",
        '2024-06-05', 'btc_mined',
        [
            ('MARA Holdings', 616.0, '2024-05-01', '2024-05-31', None),
            ('MARA Holdings', 850.0, '2024-04-01', '2024-04-30', None),
            ('Cipher Mining', 169.0, '2024-05-01', '2024-05-31', None),
        ],
    ),
    # a comparison's month is not the period reported
    (
        "Output slips after the halving\n\nJune 5, 2024\n\n- Bitfarms mined 165 BTC, or about 5.3 BTC per day, 43"
        " BTC fewer than in April.\n- Cipher Mining produced 169 BTC.",
        '2024-06-05', 'btc_mined',
        [
            ('Bitfarms', 165.0, '2024-05-01', '2024-05-31', None),
            ('Cipher Mining', 169.0, '2024-05-01', '2024-05-31', None),
        ],
    ),
    # but 'sold more than it mined in May' names the month reported
    (
        "Hut 8 taps Coinbase\n\n- The miner sold more bitcoin than it mined in May.\n\nHut 8 said on June 26 it h"
        "ad lined up a credit line. Hut 8 sold more bitcoin than it produced, mining 147 BTC while selling 17"
        "9 BTC.",
        '2023-06-28', 'btc_sold',
        [
            ('Hut 8', 179.0, '2023-05-01', '2023-05-31', None),
        ],
    ),
    # a level 'operating today' is dated today, not by the goal after it
    (
        "TeraWulf CEO on a podcast\n\nJune 20, 2023\n\nOn the fleet: \"We're at 5.5 exahash operating today betwee"
        "n Lake Mariner and Nautilus, and we'll be at roughly ten by the end of the year,\" said TeraWulf CEO "
        "Paul Prager.",
        '2023-06-20', 'hashrate',
        [
            ('TeraWulf', 5.5, None, '2023-06-20', 'operational'),
            ('TeraWulf', 10.0, None, '2023-12-31', 'target'),
        ],
    ),
    # a goal with no unit after the level takes the level's unit
    (
        "CleanSpark fiscal Q3 call\n\nAugust 9, 2024\n\nWe're at 20.4 exahash today, we'll be at 37 by the end of"
        " the calendar year, and we'll do it at a lower cost per terahash.",
        '2024-08-09', 'hashrate',
        [
            ('CleanSpark', 20.4, None, '2024-08-09', 'operational'),
            ('CleanSpark', 37.0, None, '2024-12-31', 'target'),
        ],
    ),
    # 'The three ... respectively' pairs with the companies the sentence before listed
    (
        "Bitcoin miners step up March output\n\nApril 3, 2024\n\nRiot Platforms (RIOT), CleanSpark (CLSK) and Mar"
        "athon Digital (MARA) mined 425, 806 and 890 bitcoin in March, respectively, according to updates.\n\nT"
        "he three had produced 364, 684 and 1,084 BTC, respectively, in February, a shorter month in which Ma"
        "rathon benefited from fees.\n\nTheir operational hashrates stood at 12.4 EH/s, 16.4 EH/s and 27.8 EH/s"
        ", respectively, at the end of March.",
        '2024-04-03', 'btc_mined',
        [
            ('Riot Platforms', 425.0, '2024-03-01', '2024-03-31', None),
            ('CleanSpark', 806.0, '2024-03-01', '2024-03-31', None),
            ('MARA Holdings', 890.0, '2024-03-01', '2024-03-31', None),
            ('Riot Platforms', 364.0, '2024-02-01', '2024-02-29', None),
            ('CleanSpark', 684.0, '2024-02-01', '2024-02-29', None),
            ('MARA Holdings', 1084.0, '2024-02-01', '2024-02-29', None),
        ],
    ),
    # 'Their ... respectively' reaches back past a sentence that opens the same way
    (
        "Bitcoin miners step up March output\n\nApril 3, 2024\n\nRiot Platforms (RIOT), CleanSpark (CLSK) and Mar"
        "athon Digital (MARA) mined 425, 806 and 890 bitcoin in March, respectively, according to updates.\n\nT"
        "he three had produced 364, 684 and 1,084 BTC, respectively, in February, a shorter month in which Ma"
        "rathon benefited from fees.\n\nTheir operational hashrates stood at 12.4 EH/s, 16.4 EH/s and 27.8 EH/s"
        ", respectively, at the end of March.",
        '2024-04-03', 'hashrate',
        [
            ('Riot Platforms', 12.4, None, '2024-03-31', 'operational'),
            ('CleanSpark', 16.4, None, '2024-03-31', 'operational'),
            ('MARA Holdings', 27.8, None, '2024-03-31', 'operational'),
        ],
    ),
])
def test_group_reference_and_spoken_goals(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # items under a lead-in that tells balances are balances at its date
    (
        "Marathon Digital Holdings, Inc. annual report\n\nOn April 7, 2022, the Company entered into a Loan and"
        " Security Agreement with Silvergate Bank.\n\nAs of December 31, 2022, the outstanding principal balanc"
        "es were:\n\n  Term loan ...................................... $50.0 million\n  Revolving credit facili"
        "ty ...................... $30.0 million\n\nNo other debt was outstanding.",
        '2023-03-16', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2022-12-31', 'outstanding'),
            ('MARA Holdings', 30000000.0, None, '2022-12-31', 'outstanding'),
        ],
    ),
    # 'repaid the $50.0 million term loan and the $30.0 million outstanding under the revolver': both repaid
    (
        "Marathon Digital Holdings, Inc. annual report\n\nOn January 10, 2023, the Company repaid in full the $"
        "50.0 million term loan and the $30.0 million outstanding under the revolving credit facility, and te"
        "rminated the agreements.",
        '2023-03-16', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2023-01-10', 'repaid'),
            ('MARA Holdings', 30000000.0, None, '2023-01-10', 'repaid'),
        ],
    ),
    # a cut 'under the agreement' takes the day the sentence before completed the deal
    (
        "Greenidge Generation Holdings Inc. annual report\n\nOn January 30, 2023, we completed a debt restructu"
        "ring with NYDIG ABL LLC. Under the agreement, we transferred miners to NYDIG, which reduced our inde"
        "btedness to NYDIG by approximately $57 million to approximately $17 million.",
        '2023-04-17', 'loan',
        [
            ('Greenidge Generation', 57000000.0, None, '2023-01-30', 'repaid'),
            ('Greenidge Generation', 17000000.0, None, '2023-01-30', 'outstanding'),
        ],
    ),
    # 'In exchange' after a deal struck in a quarter: that quarter's end
    (
        "Stronghold Digital Mining, Inc. (NASDAQ: SDIG) annual report\n\nDuring 2022 we took several steps to r"
        "educe our indebtedness.\n\n1. NYDIG equipment financing. In the third quarter of 2022, we entered into"
        " an agreement with NYDIG ABL LLC under which we returned approximately 26,200 miners. In exchange, N"
        "YDIG extinguished approximately $67.4 million of outstanding principal.",
        '2023-03-31', 'loan',
        [
            ('Stronghold Digital Mining', 67400000.0, None, '2022-09-30', 'repaid'),
        ],
    ),
    # 'said earlier this week it had made a prepayment': dated by publication
    (
        "Mining stocks mixed on May reports\n\nJune 8, 2023\n\nTeraWulf has not yet published a May production fi"
        "gure. Instead, the Lake Mariner operator said earlier this week it had made a $7.5 million principal"
        " prepayment on its term loan, leaving about $138 million outstanding.",
        '2023-06-08', 'loan',
        [
            ('TeraWulf', 7500000.0, None, '2023-06-08', 'repaid'),
            ('TeraWulf', 138000000.0, None, '2023-06-08', 'outstanding'),
        ],
    ),
    # 'reduce the balance of the facility with NYDIG by $28 million': the step was repaid
    (
        "Bitfarms sells 3,000 BTC\n\nTORONTO, June 21, 2022 -- Bitfarms Ltd. (NASDAQ: BITF) sold 3,000 BTC.\n\n- "
        "The proceeds were used to reduce the balance of the Company's BTC-backed credit facility with NYDIG "
        "by $28 million, to $38 million.",
        '2022-06-21', 'loan',
        [
            ('Bitfarms', 28000000.0, None, '2022-06-21', 'repaid'),
            ('Bitfarms', 38000000.0, None, '2022-06-21', 'outstanding'),
        ],
    ),
    # a newsletter writer's own estimate is no fact
    (
        "Iris Energy notebook\n\nAugust 30, 2024\n\n- Iris Energy mined 4,191 BTC in fiscal 2024.\n- I estimate Q1"
        " FY25 production of about 1,400 BTC.",
        '2024-08-30', 'btc_mined',
        [
            ('IREN', 4191.0, '2023-07-01', '2024-06-30', None),
        ],
    ),
    # 'Mine: I expect ABTC to get to ...' is the writer's, but an executive's 'I expect we will reach' is a goal
    (
        "Year-end notes\n\nJanuary 5, 2026\n\nMine: I expect American Bitcoin to get to around 30 EH/s by mid-202"
        "6.\n\n\"I expect we will reach 50 EH/s by the end of 2026,\" said Riot Platforms CEO Jason Les.",
        '2026-01-05', 'hashrate',
        [
            ('Riot Platforms', 50.0, None, '2026-12-31', 'target'),
        ],
    ),
    # a month-end named on the line before is 'the same date'
    (
        "The holders\n\nJune 10, 2025\n\nMARA held 49,179 BTC at the end of May, the largest treasury of any mine"
        "r. Riot Platforms, which has no debt, held 19,225 BTC at the same date.",
        '2025-06-10', 'btc_held',
        [
            ('MARA Holdings', 49179.0, None, '2025-05-31', None),
            ('Riot Platforms', 19225.0, None, '2025-05-31', None),
        ],
    ),
])
def test_loan_lists_deals_and_writers_guesses(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a figure in brackets after a label's figure, with its own period, is that period's
    (
        "HIVE Blockchain mined 122 BTC in January\n\nBy Staff Writer | 8 February 2022\n\nHIVE Blockchain Technol"
        "ogies said on Tuesday that it mined 122.4 bitcoin in January.\n\nKey numbers from the release:\n\n  * BT"
        "C mined in January 2022: 122.4 (December 2021: 130.1)\n  * Bitcoin hashrate at 31 January: 1.92 EH/s",
        '2022-02-08', 'btc_mined',
        [
            ('HIVE Digital Technologies', 122.4, '2022-01-01', '2022-01-31', None),
            ('HIVE Digital Technologies', 130.1, '2021-12-01', '2021-12-31', None),
        ],
    ),
    # the figure another miner produced ('produced by privately held peer Rhodium') is not the subject's
    (
        "Sector wrap\n\nSeptember 8, 2023\n\nHUT 8 - Hut 8 Mining held 9,366 BTC in reserve as of August 31. Hut "
        "8 noted that its monthly output was well below the 313 BTC produced by privately held peer Rhodium.",
        '2023-09-08', 'btc_mined',
        [
        ],
    ),
    # a total that counts customers' coins 'among which' the own part is named: only the own part
    (
        "BitFuFu January 2024 update\n\nBitFuFu Inc. released its update for January 2024.\n\n- A total of 527 BT"
        "C were mined on the Company's platform in January, among which 439 BTC were generated for cloud-mini"
        "ng customers and 88 BTC were produced from self-mining.\n\nDaily average self-mining output in January"
        " was approximately 2.8 BTC.",
        '2024-02-05', 'btc_mined',
        [
            ('BitFuFu', 88.0, '2024-01-01', '2024-01-31', None),
        ],
    ),
    # 'Compared with December 2023 when our self-mining business yielded 104 BTC': December's
    (
        "BitFuFu January 2024 update\n\nBitFuFu Inc. released its update for January 2024.\n\nMr. Leo Lu commente"
        "d: \"Compared with December 2023 when our self-mining business yielded 104 BTC, the output in January"
        " is lower.\"",
        '2024-02-05', 'btc_mined',
        [
            ('BitFuFu', 104.0, '2023-12-01', '2023-12-31', None),
        ],
    ),
    # coins kept in custody for customers are not the company's
    (
        "BitFuFu December update\n\nBitFuFu held 1,800 BTC at December 31, 2024. In addition, the Company keeps"
        " approximately 612 BTC in custody for the customers of cloud-mining.",
        '2025-01-06', 'btc_held',
        [
            ('BitFuFu', 1800.0, None, '2024-12-31', None),
        ],
    ),
    # a sentence that opens 'With August,' still has the company's output
    (
        "Cango August update\n\nCango Inc. (NYSE: CANG) announced its August production.\n\nWith August, the outp"
        "ut of the first eight months of 2025 has reached 4,592.8 BTC.",
        '2025-09-03', 'btc_mined',
        [
            ('Cango', 4592.8, '2025-01-01', '2025-08-31', None),
        ],
    ),
    # a row with a note after its figure is a row, not the header of the rows below
    (
        "Riot Platforms Q3 2025\n\nRiot Platforms reported its figures.\n\n  Bitcoin held (Sept. 30, 2025)       "
        "  19,287 BTC\n  Bitcoin sold (Q3 2025)                 1,110 BTC, net proceeds $125.4 million\n  Deplo"
        "yed hashrate (Sept. 30, 2025)     36.5 EH/s",
        '2025-10-30', 'btc_sold',
        [
            ('Riot Platforms', 1110.0, '2025-07-01', '2025-09-30', None),
        ],
    ),
    # brokers' estimate ('Some brokers in Hong Kong estimate ...') is no fact
    (
        "Cango September report\n\nCango Inc. held 5,810 BTC at September 30. Some brokers in Hong Kong estimat"
        "e that the company may hold more than 7,000 bitcoins by the end of the first half of next year.",
        '2025-10-08', 'btc_held',
        [
            ('Cango', 5810.0, None, '2025-09-30', None),
        ],
    ),
    # a correction's 'An earlier version of this post said' figure is no fact
    (
        "Riot's June\n\nJuly 9, 2022\n\nRiot held 6,654 BTC at the end of June.\n\nUpdate (July 9): An earlier vers"
        "ion of this post said Riot held 6,564 BTC at the end of June.",
        '2022-07-09', 'btc_held',
        [
            ('Riot Platforms', 6654.0, None, '2022-06-30', None),
        ],
    ),
    # goals after new machines or machine orders are goals; a goal 'instead of' another, and machines sold, are not
    (
        "Bitfarms Q2 2022\n\nBitfarms Ltd. reported results. Operating hashrate was 3.9 EH/s as of June 30, 202"
        "2, and Bitfarms is now targeting 6.0 EH/s by the end of 2022 instead of 8.0 EH/s. HIVE has placed or"
        "ders for machines it expects will take its fleet to 11 EH/s by the end of June 2023. DMG is replacin"
        "g older units with new machines and is targeting 2.3 EH/s by the end of calendar 2023. Canaan said i"
        "t sold Avalon machines with total computing power of 6.3 EH/s in the second quarter.",
        '2022-08-15', 'hashrate',
        [
            ('Bitfarms', 3.9, None, '2022-06-30', 'operational'),
            ('Bitfarms', 6.0, None, '2022-12-31', 'target'),
            ('HIVE Digital Technologies', 11.0, None, '2023-06-30', 'target'),
            ('DMG Blockchain Solutions', 2.3, None, '2023-12-31', 'target'),
        ],
    ),
    # a joint venture's proportional or net share, the remaining part, and a privately held miner's fleet are not the fleet
    (
        "Hashrate roundup\n\nAugust 5, 2025\n\nCipher Mining ran 13.5 EH/s of self-mining at the end of July. On "
        "a 100% basis its three joint-venture sites hash at roughly 3.4 EH/s; only Cipher's proportional shar"
        "e, about 1.7 EH/s, is counted. TeraWulf's net share of Nautilus, about 2.0 EH/s, is in its own figur"
        "e. Privately held Ionic Digital, by contrast, said its fleet was operating at about 4.2 EH/s.",
        '2025-08-05', 'hashrate',
        [
            ('Cipher Mining', 13.5, None, '2025-07-31', 'operational'),
        ],
    ),
    # the company lending ('the Company provided a loan of') and another miner's line are not its borrowing
    (
        "Riot Platforms Q3 2025\n\nRiot Platforms drew $75 million under its Coinbase facility. Another large m"
        "iner reported a $350 million bitcoin-backed line of credit earlier this year. To support its hosting"
        " partner in Georgia, the Company provided a loan of $3.0 million.",
        '2025-10-30', 'loan',
        [
            ('Riot Platforms', 75000000.0, None, '2025-10-30', 'borrowed'),
        ],
    ),
])
def test_brackets_customers_and_other_parties(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'that year' is the year last named, not a comparison's base
    (
        "Riot at Rockdale\n\nMay 20, 2023\n\nIn 2021, the first year with Rockdale on its books, Riot Blockchain "
        "produced 3,812 bitcoin, up from 1,510 BTC in 2020. At the end of that year it held 4,884 BTC.",
        '2023-05-20', 'btc_held',
        [
            ('Riot Platforms', 4884.0, None, '2021-12-31', None),
        ],
    ),
    # 'over the rest of that year' dates a repayment, and a balance keeps its own date
    (
        "Argo repays Galaxy loan\n\nAugust 12, 2024\n\nArgo Blockchain said Monday it has fully repaid the $35 mi"
        "llion loan it took from Galaxy Digital in December 2022.\n\nArgo began amortizing the loan in May 2023"
        ". It paid down $11.5 million of principal over the rest of that year and had brought the balance to "
        "roughly $5.7 million as of June 30, 2024.",
        '2024-08-12', 'loan',
        [
            ('Argo Blockchain', 35000000.0, None, '2024-08-12', 'repaid'),
            ('Argo Blockchain', 35000000.0, None, '2022-12-31', 'borrowed'),
            ('Argo Blockchain', 11500000.0, None, '2023-12-31', 'repaid'),
            ('Argo Blockchain', 5700000.0, None, '2024-06-30', 'outstanding'),
        ],
    ),
    # 'In August of that year': that August
    (
        "Stronghold looks back\n\nSeptember 2, 2024\n\nStronghold Digital Mining borrowed heavily in 2022. In Aug"
        "ust of that year, it handed roughly 26,200 miners back to NYDIG to extinguish about $67 million of e"
        "quipment debt.",
        '2024-09-02', 'loan',
        [
            ('Stronghold Digital Mining', 67000000.0, None, '2022-08-31', 'repaid'),
        ],
    ),
    # a fiscal year just spelled out is 'that year'
    (
        "Iris Energy notebook\n\nSeptember 5, 2024\n\nBecause Iris Energy runs a June fiscal year, its FY24 ran f"
        "rom July 1, 2023 to June 30, 2024. Over that year it mined 4,191 BTC.",
        '2024-09-05', 'btc_mined',
        [
            ('IREN', 4191.0, '2023-07-01', '2024-06-30', None),
        ],
    ),
    # a relative clause's 'that year' does not date the loan
    (
        "Stronghold and WhiteHawk\n\nMarch 1, 2023\n\nIn June 2021 Stronghold Digital Mining borrowed $40 million"
        " from WhiteHawk under an equipment financing agreement secured by 15,000 machines, which were suppos"
        "ed to be delivered by the end of that year.",
        '2023-03-01', 'loan',
        [
            ('Stronghold Digital Mining', 40000000.0, None, '2021-06-30', 'borrowed'),
        ],
    ),
    # 'now' in a clause of its own does not date the repayment after ', since'
    (
        "Marathon Q2 2023 call\n\nAugust 8, 2023\n\nOn the liability side, Marathon's $747.5 million of convertib"
        "le notes due 2026 is now our only debt, since we repaid the $50 million Silvergate term loan back in"
        " January.",
        '2023-08-08', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2023-01-31', 'repaid'),
        ],
    ),
])
def test_that_year_and_clauses_of_their_own(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a name's history ('known as Riot Blockchain until January 2023') dates nothing after it
    (
        "November roundup\n\nDecember 5, 2024\n\nRiot Platforms, known as Riot Blockchain until January 2023, pro"
        "duced 495 BTC in November, down slightly from 505 BTC in October. Its deployed hashrate reached 31.5"
        " EH/s, and it ended the month holding 11,425 BTC, none of which it sold.",
        '2024-12-05', 'hashrate',
        [
            ('Riot Platforms', 31.5, None, '2024-11-30', 'deployed'),
        ],
    ),
    # the month of a merger in the lead is not the month reported
    (
        "American Bitcoin: reserve passes 5,800 BTC\n\nFebruary 4, 2026 - Research note\n\nAmerican Bitcoin Corp."
        " (NASDAQ: ABTC), the miner that went public through its merger with Gryphon Digital Mining last Sept"
        "ember, published its January figures on Tuesday.\n\n* Bitcoin mined in January: 341 BTC\n* Operational "
        "hashrate at month end: 25.1 EH/s",
        '2026-02-04', 'hashrate',
        [
            ('American Bitcoin', 25.1, None, '2026-01-31', 'operational'),
        ],
    ),
    # a restatement's old figure is no fact, the new one is
    (
        "Riot Platforms March update\n\nRiot Platforms, Inc. (NASDAQ: RIOT) mined 711 BTC in March 2023.\n\n(4) F"
        "ebruary 2023 Bitcoin Produced has been restated from 677 BTC, as originally reported, to 675 BTC. Se"
        "cond quarter 2022 bitcoin production has been restated to 1,180 bitcoin from 1,208 bitcoin as previo"
        "usly reported.",
        '2023-04-05', 'btc_mined',
        [
            ('Riot Platforms', 711.0, '2023-03-01', '2023-03-31', None),
            ('Riot Platforms', 675.0, '2023-02-01', '2023-02-28', None),
            ('Riot Platforms', 1180.0, '2022-04-01', '2022-06-30', None),
        ],
    ),
    # 'originally reported as 1,546 BTC and has been restated to 1,535 BTC'; 'quarter 2024 bitcoin' is a year
    (
        "CleanSpark fiscal Q2 2024 results\n\nCleanSpark, Inc. (Nasdaq: CLSK) reported results.\n\n(2) Fiscal fir"
        "st quarter 2024 bitcoin mined was originally reported as 1,546 BTC and has been restated to 1,535 BT"
        "C following a reconciliation.",
        '2024-05-13', 'btc_mined',
        [
            ('CleanSpark', 1535.0, '2023-10-01', '2023-12-31', None),
        ],
    ),
    # a note that a holding 'Includes 2,000 Bitcoin pledged' is dated with the holding, at the period's end
    (
        "Hut 8 Q3 2024 results\n\nMIAMI, Nov. 12, 2024 -- Hut 8 Corp. (Nasdaq: HUT) reported results for the th"
        "ird quarter ended September 30, 2024.\n\n- Bitcoin held(1): 9,106 BTC\n\nNotes\n\n(1) Includes 2,000 Bitco"
        "in pledged as collateral under the Company's credit facility with Coinbase Credit, Inc.",
        '2024-11-12', 'loan',
        [
            ('Hut 8', None, None, '2024-09-30', 'collateral_posted'),
        ],
    ),
    # a headline feed's cells that tell facts in words are read as prose
    (
        "SMALL-CAP MINER TAPE: JANUARY 2026 PRINTS\n\nCompiled Feb 4, 2026\n\n🔵 CIFR | Cipher Mining: Jan self-mi"
        "ned 198 BTC; held 1,214 BTC at month end; 20.5 EH/s operating at Jan 31 | 📎 release\n🔵 CIFR | Cipher:"
        " sold 160 BTC in Jan for ~$15.2M | 📎 release",
        '2026-02-04', 'btc_held',
        [
            ('Cipher Mining', 1214.0, None, '2026-01-31', None),
        ],
    ),
    # a table whose rows are months, under a 'Month' header flush left
    (
        "Hut 8 March 2023 production\n\nHut 8 Mining Corp. (Nasdaq: HUT) reported its March production.\n\nFirst "
        "quarter summary\n\nMonth           Bitcoin produced    Bitcoin per day    Reserve at month end\nJanuary"
        " 2023          166                 5.4                 8,954\nFebruary 2023         151              "
        "   5.4                 8,936\n\nFebruary's reserve is net of 169 Bitcoin sold in February to fund oper"
        "ating costs.",
        '2023-04-05', 'btc_sold',
        [
            ('Hut 8', 169.0, '2023-02-01', '2023-02-28', None),
        ],
    ),
    # a table whose rows are months: production and reserve per month
    (
        "Hut 8 March 2023 production\n\nHut 8 Mining Corp. (Nasdaq: HUT) reported its March production.\n\nFirst "
        "quarter summary\n\nMonth           Bitcoin produced    Bitcoin per day    Reserve at month end\nJanuary"
        " 2023          166                 5.4                 8,954\nFebruary 2023         151              "
        "   5.4                 8,936",
        '2023-04-05', 'btc_mined',
        [
            ('Hut 8', 166.0, '2023-01-01', '2023-01-31', None),
            ('Hut 8', 151.0, '2023-02-01', '2023-02-28', None),
        ],
    ),
])
def test_restatements_feeds_and_month_rows(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'Full-year 2025 BTC mined:' is the year's
    (
        "Bitfarms Q4 2025 results\n\nBitfarms Ltd. (Nasdaq: BITF) reported results for the fourth quarter of 20"
        "25.\n\nQ4 2025 Operating Highlights\n  - BTC mined: 703 (Q4 2024: 704)\n  - Full-year 2025 BTC mined: 2,"
        "913",
        '2026-02-20', 'btc_mined',
        [
            ('Bitfarms', 703.0, '2025-10-01', '2025-12-31', None),
            ('Bitfarms', 704.0, '2024-10-01', '2024-12-31', None),
            ('Bitfarms', 2913.0, '2025-01-01', '2025-12-31', None),
        ],
    ),
    # a loan's date is not the delivery date of the machines that secure it
    (
        "Core Scientific 2021 results\n\nCore Scientific, Inc. (Nasdaq: CORZ) reported results.\n\nIn February 20"
        "22, the Company entered into a new $75 million equipment financing agreement with a specialty lender"
        ", secured by S19j Pro miners scheduled for delivery in the second quarter.",
        '2022-03-10', 'loan',
        [
            ('Core Scientific', 75000000.0, None, '2022-02-28', 'facility'),
        ],
    ),
    # 'line of sight to 35 EH/s by 30 June 2026' is a goal
    (
        "HIVE Q2 FY2026\n\nHIVE Digital Technologies reported results. \"HIVE is hashing at 24 exahash today, an"
        "d we have line of sight to 35 EH/s by 30 June 2026,\" chief executive Aydin Kilic said.",
        '2025-11-18', 'hashrate',
        [
            ('HIVE Digital Technologies', 24.0, None, '2025-11-18', 'operational'),
            ('HIVE Digital Technologies', 35.0, None, '2026-06-30', 'target'),
        ],
    ),
    # a second table under its own title, with no blank line, keeps its header
    (
        "Phoenix Group reports 2024 results\n\nAbu Dhabi, 27 February 2025 - Phoenix Group PLC reported results"
        " for the year ended 31 December 2024.\nFinancial highlights (AED)\n| Metric | FY2024 | FY2023 |\n| Reve"
        "nue | AED 1,046 million | AED 776 million |\n| Net profit | AED 312 million | AED 219 million |\nOpera"
        "tional highlights\n| Metric | FY2024 | FY2023 |\n| Bitcoin mined (self-mining) | 1,069 BTC | 840 BTC |"
        "\n| Bitcoin held at year end | 514 BTC | 216 BTC |",
        '2025-02-27', 'btc_mined',
        [
            ('Phoenix Group', 1069.0, '2024-01-01', '2024-12-31', None),
            ('Phoenix Group', 840.0, '2023-01-01', '2023-12-31', None),
        ],
    ),
])
def test_full_year_labels_goals_and_stacked_tables(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a person who 'said management still expects' speaks for the company
    (
        "HIVE Digital Technologies fiscal Q3 2025 call\n\nHIVE Digital Technologies Ltd. reported results. The "
        "Paraguay expansion got most of the airtime. Kilic said management still expects to reach 25 EH/s by "
        "the end of the second quarter of fiscal 2026, and 11 EH/s by the end of March.",
        '2025-02-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 25.0, None, '2025-09-30', 'target'),
            ('HIVE Digital Technologies', 11.0, None, '2025-03-31', 'target'),
        ],
    ),
    # a goal 'raised from 70 EH/s' replaced the 70
    (
        "Bitdeer Q4 2025 call\n\nBitdeer Technologies Group (NASDAQ: BTDR) held its call. Management now expect"
        "s self-mining hashrate of 80 EH/s by the end of June 2026, raised from 70 EH/s on the November call.",
        '2026-02-10', 'hashrate',
        [
            ('Bitdeer', 80.0, None, '2026-06-30', 'target'),
        ],
    ),
    # an analyst's 'estimated X's production at' and 'put X's production at' are no facts
    (
        "Earnings call notes\n\nFebruary 10, 2024\n\nCipher Mining mined 4,853 BTC in 2023. A second analyst put "
        "Cipher's 2024 production at around 3,500 BTC after the April halving. Roth estimated Cipher's first-"
        "quarter output at roughly 1,000 BTC.",
        '2024-02-10', 'btc_mined',
        [
            ('Cipher Mining', 4853.0, '2023-01-01', '2023-12-31', None),
        ],
    ),
    # a bracketed prior figure may open in lower case
    (
        "HIVE fiscal Q3 2025\n\nHIVE Digital Technologies Ltd. reported results for the quarter ended December "
        "31, 2024.\n\n- BTC mined in the quarter: 305 (fiscal Q3 2024: 263)",
        '2025-02-14', 'btc_mined',
        [
            ('HIVE Digital Technologies', 305.0, '2024-10-01', '2024-12-31', None),
            ('HIVE Digital Technologies', 263.0, '2023-10-01', '2023-12-31', None),
        ],
    ),
])
def test_calls_replaced_goals_and_analysts(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'increased our borrowings under the facility by $15.0 million' is a further draw
    (
        "Hut 8 Corp. 10-Q\n\nIn 2023, US Bitcoin Corp., now a wholly owned subsidiary of Hut 8, entered into a "
        "revolving credit agreement with Coinbase Credit, Inc. In the third quarter of 2024 we increased our "
        "borrowings under the facility by $15.0 million to fund working capital at our Texas sites. Principal"
        " outstanding was $65.0 million as of September 30, 2024.",
        '2024-11-12', 'loan',
        [
            ('Hut 8', 15000000.0, None, '2024-09-30', 'borrowed'),
            ('Hut 8', 65000000.0, None, '2024-09-30', 'outstanding'),
        ],
    ),
    # but 'increased the facility by $50 million' resizes the line and is no draw
    (
        "Hut 8 Corp. update\n\nHut 8 increased the facility by $50 million in December.",
        '2025-01-10', 'loan',
        [
        ],
    ),
])
def test_borrowings_raised_by_a_step(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'Senior Notes due October 2026, of which $72.2 million ... was outstanding' are securities, not a loan
    (
        "Greenidge Generation Holdings 10-K\n\nOur long-term indebtedness consists principally of our 8.50% Sen"
        "ior Notes due October 2026, of which $72.2 million in aggregate principal amount was outstanding at "
        "December 31, 2022. Greenidge had $17 million outstanding under its NYDIG loan at March 31, 2023.",
        '2023-04-17', 'loan',
        [
            ('Greenidge Generation', 17000000.0, None, '2023-03-31', 'outstanding'),
        ],
    ),
])
def test_notes_of_which_outstanding(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # the miner lending to a borrower it does business with: a customer, a partner, a developer, a contractor
    (
        "Mawson Infrastructure Group update\n\nMawson said it had extended a $4 million loan last year to a hos"
        "ting customer, which remains unpaid. Separately, Mawson extended a $0.5 million short-term advance t"
        "o one of its colocation customers. Bit Digital advanced $3.5 million in USDC to a data center develo"
        "per in Iceland under a secured promissory note. Mawson had $13.5 million outstanding under its senio"
        "r secured facility at March 31, 2024.",
        '2024-05-15', 'loan',
        [
            ('Mawson Infrastructure', 13500000.0, None, '2024-03-31', 'outstanding'),
        ],
    ),
    # 'made a short-term loan of $1.2 million to a hosting partner' and 'a $5 million loan out to a hosting customer' are lending
    (
        "LM Funding update\n\nLM Funding's specialty finance unit also made a short-term loan of $1.2 million t"
        "o a hosting partner in August, secured by mining equipment. \"We have a $5 million loan out to a host"
        "ing customer,\" LM Funding's CEO said. LM Funding drew $1.6 million under its Coinbase Credit facilit"
        "y in August.",
        '2025-09-08', 'loan',
        [
            ('LM Funding America', 1600000.0, None, '2025-08-31', 'borrowed'),
        ],
    ),
    # 'prepaid' as an adjective and customers' advances are no repayment
    (
        "Bitdeer results\n\nBitdeer also reported US$ 21.4 million of advances from customers at March 31, 2024"
        ", representing prepaid cloud hash rate and hosting fees. TeraWulf also holds a $30 million construct"
        "ion deposit with a transformer vendor, which is carried as a prepaid asset. Argo prepaid $20 million"
        " of its Galaxy loan in March 2024.",
        '2024-05-15', 'loan',
        [
            ('Argo Blockchain', 20000000.0, None, '2024-03-31', 'repaid'),
        ],
    ),
    # a loan told only in pounds, euros, yuan or kroner is a fact with no value; one glossed in US dollars keeps the dollars
    (
        "Argo Blockchain update\n\nArgo entered into an unsecured loan facility of £3.0 million with a company "
        "controlled by its Chairman on 9 December 2024. Argo also took out a new $35 million (£29 million) as"
        "set-backed loan from Galaxy. Canaan said RMB 6.5 million of the loan remained outstanding at Decembe"
        "r 31, 2022. Phoenix Group repaid in December an AED 22 million working capital loan from a local ban"
        "k.",
        '2024-12-12', 'loan',
        [
            ('Argo Blockchain', None, None, '2024-12-09', 'facility'),
            ('Argo Blockchain', 35000000.0, None, '2024-12-12', 'borrowed'),
            ('Canaan', None, None, '2022-12-31', 'outstanding'),
            ('Phoenix Group', None, None, '2024-12-12', 'repaid'),
        ],
    ),
    # 'the company said this month' after a figure dated 'As of the end of February' is when it was said
    (
        "Hut 8 profile\n\nAs of the end of February Hut 8 held 9,122 bitcoin, the company said this month, a po"
        "sition worth about $470 million.",
        '2024-03-18', 'btc_held',
        [
            ('Hut 8', 9122.0, None, '2024-02-29', None),
        ],
    ),
    # 'less than it had forecast a year earlier' is the forecast's date, not the output's
    (
        "Greenidge feature\n\nIn 2022 Greenidge mined 2,952 bitcoin, about 5% less than it had forecast a year "
        "earlier.",
        '2023-03-20', 'btc_mined',
        [
            ('Greenidge Generation', 2952.0, '2022-01-01', '2022-12-31', None),
        ],
    ),
    # coins bought back beside a sale, and coins 'sold forward' from output not yet mined, are no sales
    (
        "LM Funding and Bitdeer\n\nLM Funding sold 23.9 Bitcoin and repurchased 10.0 Bitcoin during the month. "
        "Bitdeer said it had sold forward about 150 BTC of its expected January output.",
        '2025-02-10', 'btc_sold',
        [
            ('LM Funding America', 23.9, '2025-01-01', '2025-01-31', None),
        ],
    ),
    # dot-leader rows under a heading that names a quarter take the quarter
    (
        "Iris Energy update\n\nThe Company released its quarterly figures on November 8, 2022, for the month of"
        " October as well.\n\nQ1 FY23 operating summary (three months ended September 30, 2022)\n\n  Bitcoin mine"
        "d ......................... 640 BTC\n  Average operating hashrate ............ 2.7 EH/s\n",
        '2022-11-08', 'btc_mined',
        [
            ('IREN', 640.0, '2022-07-01', '2022-09-30', None),
        ],
    ),
    # a period column with a footnote mark ('Q1 2025*') is still a period column
    (
        "Cango Inc. At a Glance - November 2025\n\nMINING KPIs                        Q1 2025*     Q2 2025     "
        " Q3 2025\nBitcoin produced (BTC)             -            1,404.4      1,976.1\nDeployed hashrate (EH/"
        "s)           32.0         50.0         50.0\n* Q1 2025 production figures were restated and are not s"
        "hown.\n",
        '2025-11-18', 'btc_mined',
        [
            ('Cango', 1404.4, '2025-04-01', '2025-06-30', None),
            ('Cango', 1976.1, '2025-07-01', '2025-09-30', None),
        ],
    ),
])
def test_lending_currencies_headings_s56(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a production figure 'all of which were sold' is also the period's sale
    (
        "IREN update\n\nIn January 2025, IREN mined 490 Bitcoin, all of which were sold. In the December quarte"
        "r IREN mined 1,347 BTC and sold 100% of that production as it was mined.",
        '2025-02-13', 'btc_sold',
        [
            ('IREN', 490.0, '2025-01-01', '2025-01-31', None),
            ('IREN', 1347.0, '2024-10-01', '2024-12-31', None),
        ],
    ),
    # 'by the end of its fiscal year' is the company's fiscal year end; 'with a target of' belongs to the next figure
    (
        "HIVE and Digihost\n\nHIVE exited the quarter with 3.3 EH/s, with the Company targeting 4.5 EH/s by the"
        " end of its fiscal year. Digihost said its hashrate is 1.2 EH/s, with a target of 1.6 EH/s by the en"
        "d of September.",
        '2023-02-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 3.3, None, '2022-09-30', 'operational'),
            ('HIVE Digital Technologies', 4.5, None, '2023-03-31', 'target'),
            ('Digihost', 1.2, None, '2023-02-14', 'operational'),
            ('Digihost', 1.6, None, '2023-09-30', 'target'),
        ],
    ),
    # 'lift its hashrate by around 80 PH/s' is an increment
    (
        "LM Funding update\n\nOnce placed, LM Funding estimates the machines would lift its hashrate by around "
        "80 PH/s. LM Funding's hashrate was 0.52 EH/s at September 30.",
        '2023-10-05', 'hashrate',
        [
            ('LM Funding America', 0.52, None, '2023-09-30', 'operational'),
        ],
    ),
    # the lender lending: 'a bridge loan Phoenix made to a hosting customer', 'loans outstanding to community associations'
    (
        "Phoenix Group and LM Funding\n\nA AED 18.4 million bridge loan Phoenix made to a hosting customer in K"
        "azakhstan was repaid in January. LM Funding's specialty finance segment had approximately $1.2 milli"
        "on in loans outstanding to community associations at August 31. B. Riley said it already has $42 mil"
        "lion in loans outstanding to Core Scientific.",
        '2025-02-20', 'loan',
        [
        ],
    ),
    # a bracketed exclusion in a holdings label, 'Bitcoin on hand', and 'digital assets of 360 BTC' are balances
    (
        "Bitdeer, Stronghold and DMG\n\nBTC held at July 31 (excluding customer deposits): 1,620 BTC\n\n  Bitcoin"
        " produced ................. 68\n  Bitcoin on hand at July 31 ....... 29\n\nDMG's digital assets increas"
        "ed to 383 BTC as of December 31, 2024.",
        '2025-08-12', 'btc_held',
        [
            ('Bitdeer', 1620.0, None, '2025-07-31', None),
            ('Bitdeer', 29.0, None, '2025-07-31', None),
            ('DMG Blockchain Solutions', 383.0, None, '2024-12-31', None),
        ],
    ),
    # a two-column table whose rows each name their metric and period
    (
        "Argo Blockchain update\n\n| Item                        | Figure         |\n|--------------------------"
        "---|----------------|\n| BTC mined, November 2022    | 164            |\n| BTC held at 30 Nov 2022    "
        " | 141            |\n",
        '2022-12-28', 'btc_held',
        [
            ('Argo Blockchain', 141.0, None, '2022-11-30', None),
        ],
    ),
    # a company-by-month table under a lead-in sentence takes its metric from the headline
    (
        "Mid-tier miners close out 2025: bitcoin mined by month\n\nHere is the fourth quarter as they reported "
        "it.\n\nCompany | Oct | Nov | Dec | Q4\nAmerican Bitcoin | 412 | 436 | 468 | 1,316\nHIVE Digital | 262 | "
        "275 | 281 | 818\n",
        '2026-01-13', 'btc_mined',
        [
            ('American Bitcoin', 412.0, '2025-10-01', '2025-10-31', None),
            ('American Bitcoin', 436.0, '2025-11-01', '2025-11-30', None),
            ('American Bitcoin', 468.0, '2025-12-01', '2025-12-31', None),
            ('American Bitcoin', 1316.0, '2025-10-01', '2025-12-31', None),
            ('HIVE Digital Technologies', 262.0, '2025-10-01', '2025-10-31', None),
            ('HIVE Digital Technologies', 275.0, '2025-11-01', '2025-11-30', None),
            ('HIVE Digital Technologies', 281.0, '2025-12-01', '2025-12-31', None),
            ('HIVE Digital Technologies', 818.0, '2025-10-01', '2025-12-31', None),
        ],
    ),
    # coins converted into pounds are sold; an analysts' consensus and a holdings-to-market-cap ratio are no facts
    (
        "Argo, Cipher and Cango\n\nArgo Blockchain converted 121 BTC into £6.2 million in March. Consensus (12 "
        "analysts) for Cipher Mining's full-year 2025 BTC mined: ~2,600 BTC. Cango's bitcoin holdings / marke"
        "t cap ratio was 0.40.",
        '2024-04-10', 'btc_sold',
        [
            ('Argo Blockchain', 121.0, '2024-03-01', '2024-03-31', None),
        ],
    ),
])
def test_sales_tables_goals_s56(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a figure with no cue told at a day ('1,768 BTC at December 31', '[Jan 30, 2026]') is a balance
    (
        "Asia-listed miners' treasuries at the end of 2025\n\n- BitFuFu (Singapore): 1,768 BTC at December 31.\n"
        "- Bitdeer (Singapore): 1,404 BTC at December 31.\n\nWeekly tracker:\n* Bitdeer: 1,046 BTC [Jan 30, 2026"
        "] (-358)\n",
        '2026-02-06', 'btc_held',
        [
            ('BitFuFu', 1768.0, None, '2025-12-31', None),
            ('Bitdeer', 1404.0, None, '2025-12-31', None),
            ('Bitdeer', 1046.0, None, '2026-01-30', None),
        ],
    ),
    # a comparison against the network after a fleet figure leaves the fleet figure the company's
    (
        "CleanSpark results\n\nCleanSpark's operational hashrate stood at 39.1 EH/s on December 31, against a n"
        "etwork that ended the year above 800 EH/s, and management reiterated a goal of 50 EH/s by June 30.",
        '2025-02-06', 'hashrate',
        [
            ('CleanSpark', 39.1, None, '2024-12-31', 'operational'),
            ('CleanSpark', 50.0, None, '2025-06-30', 'target'),
        ],
    ),
    # a list item labelled with the lender is the company's loan
    (
        "CleanSpark results.\n\nBorrowings at quarter end:\n- Coinbase: $50 million was drawn on the bitcoin-bac"
        "ked line with Coinbase at December 31, with 1,152 BTC posted as collateral.\n",
        '2025-02-06', 'loan',
        [
            ('CleanSpark', 50000000.0, None, '2024-12-31', 'borrowed'),
        ],
    ),
    # a table row of machines' hashrate sold is no fleet
    (
        "Bitdeer Technologies Group May 2025 production update\n\n  Metric                               May\n  "
        "Self-mining hashrate (EH/s)          16.7\n  Bitcoin mined (BTC)                  163.2\n  SEALMINER h"
        "ashrate sold (EH/s)       2.1\n",
        '2025-06-04', 'hashrate',
        [
            ('Bitdeer', 16.7, None, '2025-05-31', 'operational'),
        ],
    ),
    # a history's paragraph that opens with its year dates the figures in it
    (
        "Bitfarms annual information form\n\n2020. Bitfarms mined 1,873 BTC and ended the year with an operatin"
        "g hashrate of 0.8 EH/s.\n\n2021. The Corporation mined 3,452 BTC and held 4,300 BTC at December 31, 20"
        "21.\n\n2022. Bitfarms mined 5,167 BTC, and its hashrate reached 4.5 EH/s at December 31, 2022.\n",
        '2023-03-21', 'btc_mined',
        [
            ('Bitfarms', 1873.0, '2020-01-01', '2020-12-31', None),
            ('Bitfarms', 3452.0, '2021-01-01', '2021-12-31', None),
            ('Bitfarms', 5167.0, '2022-01-01', '2022-12-31', None),
        ],
    ),
    # a ranking's unknown holder named before its figure ('Metaplanet, with 35,102 BTC') is nobody's in the registry
    (
        "Canaan update\n\nCanaan held 1,610 BTC at year end. For comparison, the largest Asian treasury compani"
        "es that do not mine are Metaplanet, with 35,102 BTC as of December 30, and Boyaa Interactive with 3,"
        "351 BTC.",
        '2026-01-08', 'btc_held',
        [
            ('Canaan', 1610.0, None, '2025-12-31', None),
        ],
    ),
])
def test_day_balances_run_in_years_s57(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'a miner running 10 EH/s' is any miner, not the one just named
    (
        "Three months after the halving\n\nTeraWulf reported an operational hashrate of 9.3 EH/s at the end of "
        "July. At those levels, a miner running 10 EH/s gives up about $650,000 a day of revenue compared wit"
        "h before the halving.",
        '2024-08-06', 'hashrate',
        [
            ('TeraWulf', 9.3, None, '2024-07-31', 'operational'),
        ],
    ),
])
def test_any_miner_s57(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # the cash part of a price is no loan; the note that finances the rest is
    (
        "CleanSpark closes Mississippi acquisition\n\n- $13.8 million paid in cash at closing; the balance was "
        "financed by a $6.0 million promissory note issued to Magnolia Digital. Bit Origin paid $0.9 million "
        "in cash and financed the remaining $3.3 million through a secured promissory note issued to the sell"
        "er.",
        '2023-08-15', 'loan',
        [
            ('CleanSpark', 6000000.0, None, '2023-08-15', 'outstanding'),
            ('Bit Origin', 3300000.0, None, '2023-08-15', 'borrowed'),
        ],
    ),
    # a maturity ('notes due 2026') dates no event of the sentence
    (
        "Marathon Digital Holdings reports full year 2023 results.\n\nAt December 31, 2023, Marathon held 15,17"
        "4 unrestricted bitcoin. In January 2023 the Company repaid its $50 million term loan with Silvergate"
        " Bank and terminated the related revolving credit facility, leaving its 1% convertible senior notes "
        "due 2026 as its only debt.",
        '2024-02-28', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2023-01-31', 'repaid'),
        ],
    ),
])
def test_cash_part_and_maturity_s57(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a figure before 'while <rival> reported' is the subject's, not the rival's
    (
        "Cipher Mining said its fleet grew in May. The company ended the month with 13.5 EH/s energized, whil"
        "e Riot reported 35.4 EH/s deployed.",
        '2025-06-04', 'hashrate',
        [
            ('Cipher Mining', 13.5, None, '2025-05-31', 'energized'),
            ('Riot Platforms', 35.4, None, '2025-05-31', 'deployed'),
        ],
    ),
    # a balance 'after the draw' is dated at the draw; the comparison's quarter end is the comparison's
    (
        "Hut 8 Corp. said it drew $40 million on Monday under its revolving credit facility with Two Prime. T"
        "he facility, put in place in June, has a limit of $130 million. Hut 8 said it had $65 million outsta"
        "nding under the facility after the draw, up from $25 million at the end of the second quarter.",
        '2025-10-09', 'loan',
        [
            ('Hut 8', 40000000.0, None, '2025-10-06', 'borrowed'),
            ('Hut 8', 130000000.0, None, '2025-06-30', 'facility'),
            ('Hut 8', 65000000.0, None, '2025-10-06', 'outstanding'),
            ('Hut 8', 25000000.0, None, '2025-06-30', 'borrowed'),
        ],
    ),
    # 'ran ... at year end' in April is the last year end, not a goal
    (
        "Bitfarms ran around 1.2 EH/s of its own machines at year end, a figure that excludes hosting.",
        '2024-04-10', 'hashrate',
        [
            ('Bitfarms', 1.2, None, '2023-12-31', 'operational'),
        ],
    ),
    # 'current maturities' is an accounting line, not the present
    (
        "Core Scientific annual report.\n\nAt December 31, 2023, the bridge notes were still classified as liab"
        "ilities, and current maturities of its equipment loans totaled $124.4 million.",
        '2024-03-10', 'loan',
        [
            ('Core Scientific', 124400000.0, None, '2023-12-31', 'outstanding'),
        ],
    ),
])
def test_s58_first_rules(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a company table with a notes column after the figures is read; its title names the month
    (
        "Mining Weekly: October output\n\nProduction and treasury, October 2021\n\n  Miner              Mined (BT"
        "C)   Held (BTC)   Notes\n  Marathon Digital   444           7,453        no sales\n  Hut 8 Mining     "
        "  314           4,930        keeps 100%\n\nNetwork hashrate is back to roughly 160 EH/s.",
        '2021-11-05', 'btc_held',
        [
            ('MARA Holdings', 7453.0, None, '2021-10-31', None),
            ('Hut 8', 4930.0, None, '2021-10-31', None),
        ],
    ),
    # a numbered list takes the month end its lead-in names; a bracketed target is another figure
    (
        "Public Miner Hashrate Leaderboard\n\nHere is where the listed miners stood at the end of November, and"
        " where they say they are going.\n\n1. CleanSpark - 37.0 EH/s operational (target: 50 EH/s by mid-2025)"
        "\n2. Riot Platforms - 31.5 EH/s deployed\n",
        '2024-12-06', 'hashrate',
        [
            ('CleanSpark', 37.0, None, '2024-11-30', 'operational'),
            ('CleanSpark', 50.0, None, '2025-06-30', 'target'),
            ('Riot Platforms', 31.5, None, '2024-11-30', 'deployed'),
        ],
    ),
    # a loan agreement's 'total facility of' is a facility, dated by the signing the sentence before tells
    (
        "Mawson said its subsidiary signed a working capital agreement on February 2, 2023 with W Capital Adv"
        "isors. The agreement provides a total facility of A$3.0 million (about US$2.0 million) and is unsecu"
        "red.",
        '2023-05-10', 'loan',
        [
            ('Mawson Infrastructure', 2000000.0, None, '2023-02-02', 'facility'),
        ],
    ),
    # 'prepayments totaling' are repayments; 'pays down term loan to' is the balance left
    (
        "TeraWulf mines 155 BTC in March, pays down term loan to $77 million\n\nTeraWulf made additional volunt"
        "ary prepayments totaling $31.6 million on its term loan in February.",
        '2024-04-03', 'loan',
        [
            ('TeraWulf', 77000000.0, None, '2024-03-31', 'outstanding'),
            ('TeraWulf', 31600000.0, None, '2024-02-29', 'repaid'),
        ],
    ),
    # a relative clause that repays the loan dates the repayment
    (
        "BitFuFu signed a 30 million USDT loan. The loan replaces an earlier 20 million USDT bitcoin-backed l"
        "oan, which the Company repaid in full in June.",
        '2025-08-05', 'loan',
        [
            ('BitFuFu', 30000000.0, None, '2025-08-05', 'facility'),
            ('BitFuFu', 20000000.0, None, '2025-06-30', 'repaid'),
        ],
    ),
    # 'our' facility cut by a step, to a balance: both facts
    (
        "Bitfarms call. We used those proceeds to reduce the outstanding balance on our Galaxy credit facilit"
        "y by $62 million, to $38 million.",
        '2022-08-15', 'loan',
        [
            ('Bitfarms', 62000000.0, None, '2022-08-15', 'repaid'),
            ('Bitfarms', 38000000.0, None, '2022-08-15', 'outstanding'),
        ],
    ),
    # 'principal repaid' on a label line is a repayment
    (
        "Gryphon Digital Mining January update\n\nEquipment loan principal repaid: US$1.2 million",
        '2024-02-06', 'loan',
        [
            ('Gryphon Digital Mining', 1200000.0, None, '2024-02-06', 'repaid'),
        ],
    ),
    # a loan the miner extended to a counterparty is no loan of its own
    (
        "Cipher Mining results. Cipher also reported a loan of $20 million it extended to a hosting counterpa"
        "rty at its Odessa site.",
        '2026-02-25', 'loan',
        [
        ],
    ),
    # 'in line with guidance' is a goal met, not a goal
    (
        "Argo Blockchain 2021 annual results\n\n- Hashrate of 1.6 EH/s at year end, in line with guidance\n- Arg"
        "o is targeting 5.5 EH/s by the end of 2022",
        '2022-03-20', 'hashrate',
        [
            ('Argo Blockchain', 1.6, None, '2021-12-31', 'operational'),
            ('Argo Blockchain', 5.5, None, '2022-12-31', 'target'),
        ],
    ),
    # 'now ... and we expect to' leaves the present figure present
    (
        "HIVE said: \"Our hashrate is now 5.0 EH/s and we expect to exit the halving in April at about 6 EH/s,"
        "\" said the CEO.",
        '2024-02-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 5.0, None, '2024-02-14', 'operational'),
            ('HIVE Digital Technologies', 6.0, None, '2024-04-30', 'target'),
        ],
    ),
    # an aside on the fiscal year before the figure does not date it
    (
        "CleanSpark (NASDAQ: CLSK) said it mined 668 bitcoin in December. The Nevada-based miner, whose fisca"
        "l year closes at the end of September, held 10,556 BTC and ran at an operational hashrate of 39.1 EH"
        "/s at month end.",
        '2025-01-03', 'btc_held',
        [
            ('CleanSpark', 10556.0, None, '2024-12-31', None),
        ],
    ),
    # a later clause that says what the company expects does not make the figure present
    (
        "In its October update, Cipher said it mined 251 BTC during the month and held 1,511 BTC as of Octobe"
        "r 31, 2025. Its self-mining hashrate stood at 23.6 EH/s, and Cipher has said it expects to reach abo"
        "ut 25 EH/s by the end of the first quarter of 2026.",
        '2025-11-06', 'hashrate',
        [
            ('Cipher Mining', 23.6, None, '2025-10-31', 'operational'),
            ('Cipher Mining', 25.0, None, '2026-03-31', 'target'),
        ],
    ),
    # a bare part with its own quarter ('of which 596 came in the fourth quarter') does not date the total, and is
    # that quarter's output
    (
        "TeraWulf said: For the full year 2022 we self-mined 1,200 bitcoin, of which 596 came in the fourth q"
        "uarter alone.",
        '2023-03-08', 'btc_mined',
        [
            ('TeraWulf', 1200.0, '2022-01-01', '2022-12-31', None),
            ('TeraWulf', 596.0, '2022-10-01', '2022-12-31', None),
        ],
    ),
    # spoken and bare comparison figures with their own quarters
    (
        "Riot call. We mined one thousand one hundred and six bitcoin in the third quarter, against the one t"
        "housand seven hundred and seventy-five we mined in the second quarter.",
        '2023-11-01', 'btc_mined',
        [
            ('Riot Platforms', 1106.0, '2023-07-01', '2023-09-30', None),
            ('Riot Platforms', 1775.0, '2023-04-01', '2023-06-30', None),
        ],
    ),
    # ranking verbs: 'fell to fourth at', 'led the rest of the pack with'; a name with 'Holdings' is no holdings cue
    (
        "The July updates landed. MARA Holdings led with 703 BTC, ahead of CleanSpark with 671. Riot Platform"
        "s fell to fourth at 484 BTC. Bitdeer led the rest of the pack with 526 self-mined BTC.",
        '2025-08-05', 'btc_mined',
        [
            ('MARA Holdings', 703.0, '2025-07-01', '2025-07-31', None),
            ('CleanSpark', 671.0, '2025-07-01', '2025-07-31', None),
            ('Riot Platforms', 484.0, '2025-07-01', '2025-07-31', None),
            ('Bitdeer', 526.0, '2025-07-01', '2025-07-31', None),
        ],
    ),
    # a per-day basis is a rate
    (
        "Riot mined 419 BTC in February. On a per-day basis it produced 14.4 BTC, compared with 16.8 BTC in J"
        "anuary.",
        '2024-03-05', 'btc_mined',
        [
            ('Riot Platforms', 419.0, '2024-02-01', '2024-02-29', None),
        ],
    ),
    # a month's flow compared 'from N in November' is December's
    (
        "Mid-Cap Miners Close 2022\n\nThe December updates are in. Stronghold Digital Mining's output fell to 7"
        "9 BTC from 93 BTC in November, as the company curtailed its plants.",
        '2023-01-06', 'btc_mined',
        [
            ('Stronghold Digital Mining', 79.0, '2022-12-01', '2022-12-31', None),
            ('Stronghold Digital Mining', 93.0, '2022-11-01', '2022-11-30', None),
        ],
    ),
    # a monthly update 'published' on a day does not date what it reports; an unnamed operator's loan is nobody's
    (
        "Marathon cleared its debts in December. According to the company's monthly update, published Jan. 4,"
        " 2023, Marathon repaid the $50 million term loan. One Texas operator that borrowed about $50 million"
        " against S19 machines handed the rigs back.",
        '2023-01-10', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2023-01-10', 'repaid'),
        ],
    ),
])
def test_s58_blind_batch_rules(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a site that serves the goal does not make the goal the site's; 'and we are targeting' leaves today's figure today's
    (
        "HIVE call. Kilic: \"Today we are at 6.1 EH/s, and with the Yguazu site in Paraguay coming online we a"
        "re targeting 11.5 exahash by September.\"",
        '2025-02-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 6.1, None, '2025-02-14', 'operational'),
            ('HIVE Digital Technologies', 11.5, None, '2025-09-30', 'target'),
        ],
    ),
    # a maker's upgrade programme names no subject
    (
        "Hut 8 call. Our energized self-mining hashrate was about 4.6 exahash at June 30, and with the Bitmai"
        "n upgrade program we expect to be around 15 exahash by the end of the first quarter of 2025.",
        '2024-08-07', 'hashrate',
        [
            ('Hut 8', 4.6, None, '2024-06-30', 'energized'),
            ('Hut 8', 15.0, None, '2025-03-31', 'target'),
        ],
    ),
    # a draw 'which remained outstanding at year end' is also that day's balance; so is one the next sentence says was
    (
        "MARA shareholder letter. In the fourth quarter we drew $50 million under our bitcoin-backed line of "
        "credit with Two Prime, which remained outstanding at year end. In December Cipher took a $100 millio"
        "n short-term loan secured by bitcoin. It remained outstanding at year end.",
        '2025-02-26', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2024-12-31', 'outstanding'),
            ('MARA Holdings', 50000000.0, None, '2024-12-31', 'borrowed'),
            ('Cipher Mining', 100000000.0, None, '2024-12-31', 'borrowed'),
            ('Cipher Mining', 100000000.0, None, '2024-12-31', 'outstanding'),
        ],
    ),
    # a cut of 'the debt it owes the lender by $57 million to about $17 million' is both facts
    (
        "Greenidge Generation closed its NYDIG restructuring on Feb. 3, cutting the debt it owes the lender b"
        "y $57 million to about $17 million.",
        '2023-02-10', 'loan',
        [
            ('Greenidge Generation', 57000000.0, None, '2023-02-03', 'repaid'),
            ('Greenidge Generation', 17000000.0, None, '2023-02-03', 'outstanding'),
        ],
    ),
    # a footnote mark in an aligned cell ('637(i)') keeps the row a table row
    (
        "Argo Q2 2022 operational update\n\nOperating summary\n\n                                   Apr 2022   Ma"
        "y 2022   Jun 2022\nBTC mined                               167        140        124\nBTC sold        "
        "                         35         40     637(i)\nBTC held at period end                2,461      2"
        ",561      2,048\n",
        '2022-07-07', 'btc_sold',
        [
            ('Argo Blockchain', 35.0, '2022-04-01', '2022-04-30', None),
            ('Argo Blockchain', 40.0, '2022-05-01', '2022-05-31', None),
            ('Argo Blockchain', 637.0, '2022-06-01', '2022-06-30', None),
        ],
    ),
    # machines sold, a site's row and an 'of which <site>' row are no facts
    (
        "Cipher Mining Q1 2024 update\n\nMetric\tJan\tFeb\tMar\nSelf-mining hashrate, EH/s\t8.4\t8.6\t8.8\n  of which O"
        "dessa, EH/s\t7.0\t7.2\t7.4\nNautilus facility hashrate, EH/s\t2.5\t2.5\t2.5\n",
        '2024-04-05', 'hashrate',
        [
            ('Cipher Mining', 8.4, None, '2024-01-31', 'operational'),
            ('Cipher Mining', 8.6, None, '2024-02-29', 'operational'),
            ('Cipher Mining', 8.8, None, '2024-03-31', 'operational'),
        ],
    ),
    # a withdrawn target is no target
    (
        "Bitfarms podcast notes\n  - Operational hashrate sits at 3.4EH/s; the 6EH/s year-end target has been "
        "withdrawn for now.",
        '2022-07-20', 'hashrate',
        [
            ('Bitfarms', 3.4, None, '2022-07-20', 'operational'),
        ],
    ),
    # a home rig's fractions of a coin are nobody's facts
    (
        "My Avalon Nano from Canaan keeps hashing. Last month: about 0.00031 BTC. I now hold about 0.052 BTC "
        "total.",
        '2024-03-11', 'btc_mined',
        [
        ],
    ),
    # an acquisition target's own figures and the buyer's loan to it are not the buyer's
    (
        "CleanSpark agrees to buy GRIID. GRIID currently runs only a small fleet of its own, about 0.3 EH/s, "
        "and owes roughly $60 million to its lender. To keep GRIID running until closing, CleanSpark will pro"
        "vide it with a secured credit facility of up to $10 million.",
        '2024-06-27', 'loan',
        [
        ],
    ),
    # 'ended the year' after a dated month in a retrospective is that year's end
    (
        "Looking back. Hut 8, then a Canadian company that had never sold a coin, mined 170 bitcoin in Decemb"
        "er 2022 and ended the year with 9,086 bitcoin in reserve.",
        '2026-01-15', 'btc_held',
        [
            ('Hut 8', 9086.0, None, '2022-12-31', None),
        ],
    ),
    # a day-first span: 'from 1 January to 31 July 2024'
    (
        "BTC Digital July update. Production from 1 January to 31 July 2024 totalled 218.9 BTC.",
        '2024-08-05', 'btc_mined',
        [
            ('BTC Digital', 218.9, '2024-01-01', '2024-07-31', None),
        ],
    ),
    # output 'since mining began in November 2024' runs to the reported month
    (
        "Cango October 2025 production update. Cango mined 602.6 BTC in October. Cumulative production since "
        "mining began in November 2024 reached 6,158.3 BTC.",
        '2025-11-05', 'btc_mined',
        [
            ('Cango', 602.6, '2025-10-01', '2025-10-31', None),
            ('Cango', 6158.3, '2024-11-01', '2025-10-31', None),
        ],
    ),
    # a former car lender's legacy loans are no miner's debt
    (
        "Cango October update. Cango's legacy automotive finance book, consisting of loans it extended to car"
        " buyers, amounted to RMB2.3 billion. The platform arranged loan facilitation of RMB186.0 million for"
        " car buyers.",
        '2025-11-05', 'loan',
        [
        ],
    ),
    # 'They' opening a sentence is the company just named, not an unknown organisation
    (
        "CleanSpark recap. They produced ~1.2k BTC in Q4. They mined 1,822 BTC in fiscal Q1.",
        '2026-01-10', 'btc_mined',
        [
            ('CleanSpark', 1200.0, '2025-10-01', '2025-12-31', None),
            ('CleanSpark', 1822.0, '2025-10-01', '2025-12-31', None),
        ],
    ),
    # a total that includes customers' coins is no company figure
    (
        "BitFuFu said its self-owned machines mined 41 BTC in August, while total production including what i"
        "t generated for cloud customers came to 392 BTC.",
        '2025-09-08', 'btc_mined',
        [
            ('BitFuFu', 41.0, '2025-08-01', '2025-08-31', None),
        ],
    ),
    # 'which now runs' is the relative clause's own kind and time
    (
        "Cango August update. The Shanghai-founded company, which now runs 50 EH/s of deployed machines, said"
        " its average operating hashrate was 44.1 EH/s in August.",
        '2025-09-08', 'hashrate',
        [
            ('Cango', 50.0, None, '2025-09-08', 'deployed'),
            ('Cango', 44.1, '2025-08-01', '2025-08-31', 'average'),
        ],
    ),
    # an owner's partly-owned spin-off and a host's sites are not the owner's figures
    (
        "American Bitcoin debuts\n\nHut 8's majority-owned mining spin-off arrives on public markets with about"
        " 2,443 BTC in reserve. American Bitcoin mines with roughly 10 EH/s of installed hashrate, mostly at "
        "sites run by Hut 8, and intends to reach 25 EH/s by the end of the second quarter of 2026.",
        '2025-09-04', 'hashrate',
        [
            ('American Bitcoin', 10.0, None, '2025-09-04', 'installed'),
            ('American Bitcoin', 25.0, None, '2026-06-30', 'target'),
        ],
    ),
])
def test_s58_second_batch_rules(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # analysts' estimates told by 'another firm', a broker 'estimating', a cut estimate, 'It estimates' are no facts
    (
        "Riot Q2 2023 output trails the Street, analysts say. Riot mined 1,775 BTC in the second quarter. Ano"
        "ther firm estimated third-quarter production of 1,650 BTC. A New York broker cut the stock to neutra"
        "l, estimating that third-quarter production would fall to about 1,600 BTC. One broker cut its 2023 p"
        "roduction estimate to 7,000 BTC from 7,400 BTC. It estimates 2024 output of about 8,000 BTC.",
        '2023-08-03', 'btc_mined',
        [
            ('Riot Platforms', 1775.0, '2023-04-01', '2023-06-30', None),
        ],
    ),
    # an 'A.' answer line is no organisation; a moderator's line is a question
    (
        "Hut 8 CEO interview\n\nQ. What did May look like on the production side?\n\nA. We mined 316 bitcoin in M"
        "ay.\n\nMODERATOR: Riot is now at around 31 exahash. Where are you?\n",
        '2022-06-10', 'btc_mined',
        [
            ('Hut 8', 316.0, '2022-05-01', '2022-05-31', None),
        ],
    ),
    # 'the last week of June' is June's last seven days
    (
        "Bitfarms CFO interview. We sold 3,000 bitcoin over the last week of June for about $62 million.",
        '2022-07-20', 'btc_sold',
        [
            ('Bitfarms', 3000.0, '2022-06-24', '2022-06-30', None),
        ],
    ),
    # a header on two aligned lines, the second filling some columns only
    (
        "Halving anniversary\n\n  Company        BTC mined     BTC mined     Change    BTC held\n               "
        "  Mar 2024      Mar 2025                Mar 31, 2025\n  MARA           702           829           +1"
        "8%      47,531\n  Riot           425           533           +25%      19,223\n",
        '2025-04-10', 'btc_mined',
        [
            ('MARA Holdings', 702.0, '2024-03-01', '2024-03-31', None),
            ('MARA Holdings', 829.0, '2025-03-01', '2025-03-31', None),
            ('Riot Platforms', 425.0, '2024-03-01', '2024-03-31', None),
            ('Riot Platforms', 533.0, '2025-03-01', '2025-03-31', None),
        ],
    ),
    # 'Per day,' opening a sentence makes its figures rates
    (
        "Halving anniversary. Per day, MARA produced roughly 26.7 BTC in March 2025, CleanSpark 22.8 BTC and "
        "Riot 17.2 BTC.",
        '2025-04-10', 'btc_mined',
        [
        ],
    ),
    # a quarter named with no year in a fiscal-year report is that fiscal year's quarter
    (
        "HIVE Digital Technologies reports results for the fiscal year ended March 31, 2024\n\n - HODL position"
        " of 2,287 Bitcoin at March 31, 2024; the Company sold 446 Bitcoin during the fourth quarter to fund "
        "its upgrade.",
        '2024-06-26', 'btc_sold',
        [
            ('HIVE Digital Technologies', 446.0, '2024-01-01', '2024-03-31', None),
        ],
    ),
])
def test_s58_third_batch_rules(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a ranked, ticker-columned aligned table: rank and ticker columns are skipped, month columns are output when holdings have their own column
    (
        "Small-cap miner scorecard, May 2025\n\nFigures come from the companies' May updates; \"Held\" is the bit"
        "coin on hand.\n\n#   Company                  Ticker   May BTC   Apr BTC   Chg     Held (May 31)   EH/"
        "s\n1   Bit Digital              BTBT       41.2      47.9   -14%          418.0      1.2\n2   Digihost"
        "                 DGHI       16.8      18.4    -9%          n/d        0.7\n",
        '2025-06-09', 'btc_mined',
        [
            ('Bit Digital', 41.2, '2025-05-01', '2025-05-31', None),
            ('Bit Digital', 47.9, '2025-04-01', '2025-04-30', None),
            ('Digihost', 16.8, '2025-05-01', '2025-05-31', None),
            ('Digihost', 18.4, '2025-04-01', '2025-04-30', None),
        ],
    ),
    # a column named with a year or a half ('Q4 2022 BTC', 'H1 BTC sold') is a header, not a figure; 'FY' is each row's fiscal year
    (
        "Who mined the most bitcoin in 2022?\n\nRank  Company               Ticker   Q4 2022 BTC   FY 2022 BTC\n"
        "1     Core Scientific       CORZQ          3,214        13,414\n2     Marathon Digital      MARA     "
        "      1,562         4,144\n",
        '2023-01-12', 'btc_mined',
        [
            ('Core Scientific', 3214.0, '2022-10-01', '2022-12-31', None),
            ('Core Scientific', 13414.0, '2022-01-01', '2022-12-31', None),
            ('MARA Holdings', 1562.0, '2022-10-01', '2022-12-31', None),
            ('MARA Holdings', 4144.0, '2022-01-01', '2022-12-31', None),
        ],
    ),
    # a post's day with no year ('at 7/31') and a hashtag unit ('484 #bitcoin')
    (
        "Riot on X: 484 #bitcoin produced in July. Deployed hash rate at 7/31: 36.5 EH/s.",
        '2025-08-04', 'btc_mined',
        [
            ('Riot Platforms', 484.0, '2025-07-01', '2025-07-31', None),
        ],
    ),
    # an advance to a named joint venture is the miner lending; a prior goal is superseded; 'heading to' is a goal
    (
        "TeraWulf April update. TeraWulf also provided a $3 million short-term working-capital advance to Nau"
        "tilus. The company runs about 8.0 EH/s today, heading to 10 EH/s by mid-year. Its prior goal for mid"
        "-year had been 12 EH/s.",
        '2024-04-02', 'hashrate',
        [
            ('TeraWulf', 8.0, None, '2024-04-02', 'operational'),
            ('TeraWulf', 10.0, None, '2024-06-30', 'target'),
        ],
    ),
])
def test_s58_fourth_batch_rules(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a raised or cut target's old figure after a comma is no fact
    (
        "Riot Platforms raised its year-end hashrate target to 50 EH/s, from 40 EH/s. CleanSpark lowered its "
        "hash rate target to 31 EH/s, from the 35 EH/s it communicated in January.",
        '2024-03-05', 'hashrate',
        [
            ('Riot Platforms', 50.0, None, '2024-12-31', 'target'),
            ('CleanSpark', 31.0, None, '2024-03-05', 'target'),
        ],
    ),
    # a name with a digit is an organisation, not a person speaking
    (
        "Bit Digital mined 120 BTC in February. The9 said it had mined 129 BTC in the month.",
        '2022-03-05', 'btc_mined',
        [
            ('Bit Digital', 120.0, '2022-02-01', '2022-02-28', None),
        ],
    ),
    # '2025 BTC' is a year's column; a zero in it is no output; a range cell is its top, flagged
    (
        "League table\n\nWe rank companies by self-mined bitcoin for the calendar year 2025.\n\nRank | Company | "
        "Ticker | 2025 BTC | 2024 BTC | EH/s (Dec 31, 2025)\n1 | MARA Holdings | MARA | 8,720 | 9,430 | 61.2\n2"
        " | Cango | CANG | 6,594 | 0 | 45-50\n",
        '2026-01-20', 'btc_mined',
        [
            ('MARA Holdings', 8720.0, '2025-01-01', '2025-12-31', None),
            ('MARA Holdings', 9430.0, '2024-01-01', '2024-12-31', None),
            ('Cango', 6594.0, '2025-01-01', '2025-12-31', None),
        ],
    ),
    # an aligned table with a deadline column of words, and a range
    (
        "Where miners stand\n\nCompany             Ticker  EH/s (Feb 28)  Target EH/s  Target date\nRiot Blockch"
        "ain     RIOT            4.1          12.8   end of 2022\nArgo Blockchain     ARBK            1.9     "
        "  3.5-4.0   end of 2022\n",
        '2022-03-15', 'hashrate',
        [
            ('Riot Platforms', 4.1, None, '2022-02-28', 'operational'),
            ('Riot Platforms', 12.8, None, '2022-12-31', 'target'),
            ('Argo Blockchain', 1.9, None, '2022-02-28', 'operational'),
            ('Argo Blockchain', 4.0, None, '2022-12-31', 'target'),
        ],
    ),
    # a holders' table with a business column and an as-of column; a bare 'BTC' header under a holdings title
    (
        "Top public bitcoin holders\n\nHoldings at March 31, 2022\n\n| Company | Business | BTC |\n|---|---|---|\n|"
        " MicroStrategy | Treasury | 129,218 |\n| Marathon Digital | Miner | 9,373 |\n| Hut 8 Mining | Miner | "
        "6,460 |\n\nRank  Company                  Kind        BTC held   Date\n1     Strategy                 T"
        "reasury    597,325    Jun 29\n2     MARA Holdings            Miner        49,951    Jun 30\n3     Riot"
        " Platforms           Miner        19,273    Jun 30\n",
        '2022-07-12', 'btc_held',
        [
            ('MARA Holdings', 9373.0, None, '2022-03-31', None),
            ('Hut 8', 6460.0, None, '2022-03-31', None),
            ('MARA Holdings', 49951.0, None, '2022-06-30', None),
            ('Riot Platforms', 19273.0, None, '2022-06-30', None),
        ],
    ),
    # a draw out of a facility is dated by the period after the facility; the facility is today's
    (
        "Riot drew $50 million of its $100 million credit facility with Coinbase in March.",
        '2023-02-06', 'loan',
        [
            ('Riot Platforms', 50000000.0, None, '2022-03-31', 'borrowed'),
            ('Riot Platforms', 100000000.0, None, '2023-02-06', 'facility'),
        ],
    ),
    # a table of balances by lender
    (
        "Court papers list the balances owed to equipment lenders by Core Scientific as of the petition date,"
        " December 21, 2022:\n\n  Lender                Outstanding principal\n  NYDIG                 $ 78.4 mi"
        "llion\n  BlockFi               $ 53.9 million\n",
        '2023-01-05', 'loan',
        [
            ('Core Scientific', 78400000.0, None, '2022-12-21', 'outstanding'),
            ('Core Scientific', 53900000.0, None, '2022-12-21', 'outstanding'),
        ],
    ),
    # a payment to a lender in settlement of a loan is a repayment
    (
        "Bitfarms paid $7.75 million to BlockFi in full and final settlement of the loan.",
        '2022-12-05', 'loan',
        [
            ('Bitfarms', 7750000.0, None, '2022-12-05', 'repaid'),
        ],
    ),
    # a label line's comparison after a bracketed rate; dollars after the coins end the figure
    (
        "Bitfarms published its November 2022 production update.\n\nNovember 2022 Operating Highlights\n- BTC ea"
        "rned: 486 (15.5 BTC/day), up from 471 in October\n- BTC held: 419 as of November 30, 2022\n- BTC sold:"
        " 474 for proceeds of $8.6 million in November\n",
        '2022-12-05', 'btc_sold',
        [
            ('Bitfarms', 474.0, '2022-11-01', '2022-11-30', None),
        ],
    ),
    # a newsletter paragraph headed by its company; a month's figure is a flow; coins added are neither
    (
        "PRODUCTION\n\nCipher Mining: 423 BTC produced in August. Its BTC balance was 1,011 BTC at August 31.\n\n"
        "Hut 8 Mining: 94 BTC in August, down 17% month on month.\n\nAmerican Bitcoin: 502 BTC added to its res"
        "erve in August from mining and purchases combined.\n",
        '2023-09-11', 'btc_mined',
        [
            ('Cipher Mining', 423.0, '2023-08-01', '2023-08-31', None),
            ('Hut 8', 94.0, '2023-08-01', '2023-08-31', None),
        ],
    ),
    # a fiscal calendar in brackets dates nothing; 'the first month of fiscal 2025' places the month
    (
        "HIVE Digital (fiscal year ends March 31): 719 BTC mined in fiscal Q2 2026, the three months ended Se"
        "ptember 30, 2025. In October, the first month of fiscal 2025, CleanSpark mined 640 bitcoin.",
        '2025-11-10', 'btc_mined',
        [
            ('HIVE Digital Technologies', 719.0, '2025-07-01', '2025-09-30', None),
            ('CleanSpark', 640.0, '2025-10-01', '2025-10-31', None),
        ],
    ),
    # 'at month end' after a comparison month is the reported month's end
    (
        "- Riot Blockchain: 318 BTC mined in July, against 421 BTC in June; holdings stood at 6,654 BTC at mo"
        "nth end.",
        '2022-08-08', 'btc_held',
        [
            ('Riot Platforms', 6654.0, None, '2022-07-31', None),
        ],
    ),
    # a live blog's superseded figure is no fact
    (
        "Riot Platforms results. Correction: Our 5:20 p.m. entry originally said Riot held 7,632 BTC at year "
        "end. Riot held 7,362 BTC at December 31.",
        '2024-02-23', 'btc_held',
        [
            ('Riot Platforms', 7362.0, None, '2023-12-31', None),
        ],
    ),
    # 'Average hashrate, June' under fiscal-year columns is each year's June; '(EH/s, avg)' is an average
    (
        "IREN results.\n\n  Metric                                   FY24        FY23\n  Average operating hashr"
        "ate, June (EH/s)   9.1         5.5\n  Realized hashrate (EH/s, avg)             8.0         4.9\n",
        '2024-08-28', 'hashrate',
        [
            ('IREN', 9.1, '2024-06-01', '2024-06-30', 'average'),
            ('IREN', 5.5, '2023-06-01', '2023-06-30', 'average'),
            ('IREN', 8.0, '2023-07-01', '2024-06-30', 'average'),
            ('IREN', 4.9, '2022-07-01', '2023-06-30', 'average'),
        ],
    ),
    # a company's own global hashrate; machines ordered 'securing' hashrate are installed
    (
        "HIVE's current global hashrate is 6.1 EH/s. HIVE has placed an order for 6,500 S21+ Hydro units, sec"
        "uring approximately 2.1 EH/s. The global hashrate is 800 EH/s.",
        '2025-01-27', 'hashrate',
        [
            ('HIVE Digital Technologies', 6.1, None, '2025-01-27', 'operational'),
            ('HIVE Digital Technologies', 2.1, None, '2025-01-27', 'installed'),
        ],
    ),
    # a miner providing a loan to let another company build is lending
    (
        "CleanSpark is also financing GRIID. It has agreed to provide a delayed-draw term loan of up to $50 m"
        "illion to let GRIID keep building out its Tennessee sites.",
        '2024-06-27', 'loan',
        [
        ],
    ),
])
def test_hard_cases_session59(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a roll-forward's span starts the day after a month-end opening balance; an ether column is no bitcoin
    (
        "Note 5 - Digital Assets (Bit Digital)\n\n                                       BTC          ETH\nBalan"
        "ce as of December 31, 2023      1,018.5     17,245.2\nMined                                1,010.2   "
        "   1,126.8\nBalance as of December 31, 2024        741.4     27,988.0\n",
        '2025-03-14', 'btc_mined',
        [
            ('Bit Digital', 1010.2, '2024-01-01', '2024-12-31', None),
        ],
    ),
    # a header whose upper cells each span a quantity and a value column
    (
        "Cipher Mining 10-Q. The following table presents the Company's bitcoin activity.\n\n                  "
        "                Three months ended June 30, 2024   Six months ended June 30, 2024\n                  "
        "                Number of BTC   Fair value        Number of BTC   Fair value\nBeginning balance      "
        "                  2,068     $ 147,388               1,477     $  62,479\nBitcoin mined               "
        "               443        28,654               1,034        62,471\nEnding balance                   "
        "        2,142     $ 140,589               2,142     $ 140,589\n",
        '2024-07-30', 'btc_mined',
        [
            ('Cipher Mining', 443.0, '2024-04-01', '2024-06-30', None),
            ('Cipher Mining', 1034.0, '2024-01-01', '2024-06-30', None),
        ],
    ),
    # a debt table with maturity and rate columns, and loans named by their month
    (
        "Greenidge has financed its miners through agreements with NYDIG. The following table shows the amoun"
        "ts outstanding under each agreement (dollars in thousands):\n\n  Agreement                           R"
        "ate     Final payment     Sept. 30, 2021    Dec. 31, 2020\n  NYDIG - March 2021 agreement        15.0"
        "%    March 2023              15,219              --\n  NYDIG - June 2021 agreement         13.0%    J"
        "uly 2023               31,522              --\n\nCore Scientific debt (in thousands):\n\nFacility       "
        "                        Maturity   Interest   Dec 31, 2023   Dec 31, 2022\nBremer Bank term loan     "
        "             2026       5.5%         14,010        17,745\nOther equipment financing              var"
        "ious    various       2,861         6,130\n",
        '2024-03-01', 'loan',
        [
            ('Greenidge Generation', 15219000.0, None, '2021-09-30', 'outstanding'),
            ('Greenidge Generation', 31522000.0, None, '2021-09-30', 'outstanding'),
            ('Core Scientific', 14010000.0, None, '2023-12-31', 'outstanding'),
            ('Core Scientific', 17745000.0, None, '2022-12-31', 'outstanding'),
            ('Core Scientific', 2861000.0, None, '2023-12-31', 'outstanding'),
            ('Core Scientific', 6130000.0, None, '2022-12-31', 'outstanding'),
        ],
    ),
    # 'Over the year,' dates a repayment in the year just closed
    (
        "Bitfarms released its 2022 results. Over the year, the company repaid $38 million of its equipment f"
        "inancing with NYDIG.",
        '2023-01-09', 'loan',
        [
            ('Bitfarms', 38000000.0, None, '2022-12-31', 'repaid'),
        ],
    ),
    # a repayment told after ', after repaying' keeps its own month
    (
        "Marathon had no term debt at the end of September, after repaying its $50 million Silvergate term lo"
        "an in January.",
        '2023-10-26', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2023-01-31', 'repaid'),
        ],
    ),
    # cash is no loan; loan proceeds received in cash are
    (
        "Marathon had $101.2 million in unrestricted cash and a $50 million term loan outstanding. On October"
        " 20, 2022, Greenidge entered into a secured promissory note with B. Riley Commercial Capital and rec"
        "eived $10.0 million in cash.",
        '2022-11-14', 'loan',
        [
            ('MARA Holdings', 50000000.0, None, '2022-11-14', 'outstanding'),
            ('Greenidge Generation', 10000000.0, None, '2022-10-20', 'borrowed'),
        ],
    ),
    # energy sold is no bitcoin sold
    (
        "Stronghold Q1 2023.\n\n                                        Q1 2023     Q4 2022\n  Bitcoin mined    "
        "                        531         548\n  Power sold to grid (MWh)              61,880      90,310\n",
        '2023-05-15', 'btc_sold',
        [
        ],
    ),
    # a translated day-month-year with dashes; a spelled count after digits is a unit
    (
        "Bitdeer update. As of 31-03-2024, the company's self-mining hashrate was 8.4 EH/s. Cango's total bit"
        "coin holdings as of 31-12-2025: 7,528.3 coins, that is, more than 0.75 ten-thousand coins.",
        '2024-04-10', 'hashrate',
        [
            ('Bitdeer', 8.4, None, '2024-03-31', 'operational'),
        ],
    ),
    # a short seller's claims and estimates are no facts; the company's rebuttal figures are
    (
        "Grey Heron, which said it is short the stock, wrote that CleanSpark's effective hashrate was \"closer"
        " to 8.1 EH/s\". CleanSpark said its operational hashrate was 10 EH/s at the end of September.",
        '2023-10-26', 'hashrate',
        [
            ('CleanSpark', 10.0, None, '2023-09-30', 'operational'),
        ],
    ),
    # 'held no bitcoin lending positions' is no zero balance; a manufacturer's computing power sold is no fleet
    (
        "IREN sold all its output. Iris Energy held no bitcoin lending or borrowing positions at year end. In"
        " the fourth quarter Canaan sold a total computing power of 15.8 million TH/s.",
        '2024-08-28', 'btc_held',
        [
        ],
    ),
])
def test_hard_cases_session59b(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a change column's base month does not date a table; a kind-only header under a caption in EH/s
    (
        "Miner production tracker\n\nTABLE: Bitcoin produced in July 2025 (company-reported)\n\n  Company        "
        "  BTC mined   Per day   vs June\n  MARA Holdings        703       22.7      -1%\n  CleanSpark         "
        "  671       21.6      -2%\n\nData compiled from company updates. Figures in EH/s.\n\n| Company          "
        " | Operational (Dec 31) | Target          | Target date   |\n|-------------------|-------------------"
        "---|-----------------|---------------|\n| Riot Platforms    | 12.4                 | 31              "
        "| end of 2024   |\n| CleanSpark        | 10.0                 | 32              | mid-2024      |\n",
        '2025-08-06', 'btc_mined',
        [
            ('MARA Holdings', 703.0, '2025-07-01', '2025-07-31', None),
            ('CleanSpark', 671.0, '2025-07-01', '2025-07-31', None),
        ],
    ),
    # a year naming a label ('2023 bitcoin mined: 1,017 BTC') is no count; the network's output is no miner's
    (
        "Gryphon Digital Mining deck. 2023 bitcoin mined: 1,017 BTC. Argo Blockchain mined 59 bitcoin in Janu"
        "ary. Network context: the network produced about 13,950 BTC in July.",
        '2024-04-10', 'btc_mined',
        [
            ('Gryphon Digital Mining', 1017.0, '2023-01-01', '2023-12-31', None),
            ('Argo Blockchain', 59.0, '2024-01-01', '2024-01-31', None),
        ],
    ),
    # a note's parts ('(1) Includes ...') are no facts, but 'Including ..., X holds' is a total
    (
        "Canaan Q4 2025.\n(1) Includes 1,302 BTC mined by the Company and 308 BTC received as payment for mach"
        "ines.\nIncluding the coins sitting with Coinbase as collateral, HIVE currently holds 2,201 BTC.",
        '2026-03-10', 'btc_mined',
        [
        ],
    ),
    # a quarter's end told again after it does not make the figure a month's
    (
        "HIVE Digital Technologies July update. In the first quarter of fiscal 2025, ended June 30, 2024, HIV"
        "E produced 363 BTC.",
        '2024-08-06', 'btc_mined',
        [
            ('HIVE Digital Technologies', 363.0, '2024-04-01', '2024-06-30', None),
        ],
    ),
    # a 'Current hashrate' slide line is today's fleet
    (
        "HIVE Q2 FY2025 slides\n\nSlide 3 | Quarter at a glance\n- Bitcoin mined: 388 BTC in Q2 FY2025\n- Current"
        " hashrate: 5.6 EH/s\n",
        '2024-11-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 5.6, None, '2024-11-14', 'operational'),
        ],
    ),
    # a target cell carries its own deadline
    (
        "Miners' machine deals\n\nSmaller miners ordered machines this month; both below run under 2 EH/s today"
        ".\n\n| Company    | Hashrate, Nov. 30 | Target             |\n|------------|-------------------|-------"
        "-------------|\n| Greenidge  | 1.6 EH/s          | 4.0 EH/s, end-2022 |\n| Stronghold | ~1.0 EH/s     "
        "    | 4.0 EH/s, Q2 2022  |\n",
        '2021-12-10', 'hashrate',
        [
            ('Greenidge Generation', 1.6, None, '2021-11-30', 'operational'),
            ('Greenidge Generation', 4.0, None, '2022-12-31', 'target'),
            ('Stronghold Digital Mining', 1.0, None, '2021-11-30', 'operational'),
            ('Stronghold Digital Mining', 4.0, None, '2022-06-30', 'target'),
        ],
    ),
])
def test_hard_cases_session59c(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # thousands set off by spaces
    (
        "Phoenix Group results. Bitcoin held on the balance sheet stood at 1 210 BTC at 30 September 2024, co"
        "mpared with 1 005 BTC at 30 June 2024.",
        '2024-10-20', 'btc_held',
        [
            ('Phoenix Group', 1210.0, None, '2024-09-30', None),
            ('Phoenix Group', 1005.0, None, '2024-06-30', None),
        ],
    ),
    # a research note's actual columns ('FY2023A', 'F3Q24A') are periods; its estimate columns and 'in our model' are not facts
    (
        "CleanSpark model update; we keep our Buy rating and $18 price target. CleanSpark closed fiscal 2024 "
        "having mined 7,024 BTC, against 7,150 BTC in our model.\n\nMetric                       FY2023A    FY2"
        "024A    FY2025E    FY2026E\nBTC mined                    6,903      7,024      9,350      11,200\n",
        '2024-11-08', 'btc_mined',
        [
            ('CleanSpark', 7024.0, '2023-10-01', '2024-09-30', None),
            ('CleanSpark', 6903.0, '2022-10-01', '2023-09-30', None),
        ],
    ),
    # an automatic transcript's lower-case months
    (
        "[00:02:25] ZACH BRADFORD: yeah so at the end of november we held nine thousand two hundred and ninet"
        "y seven bitcoin at CleanSpark and i think we keep it. i'm sure of that.",
        '2024-12-10', 'btc_held',
        [
            ('CleanSpark', 9297.0, None, '2024-11-30', None),
        ],
    ),
])
def test_hard_cases_session59d(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a year to date stays the year so far when a comparison with a whole earlier year follows it
    (
        "Marathon mined 1,187 BTC in October. Year to date, Marathon has produced 10,765 BTC, more than it mi"
        "ned in the whole of 2022.",
        '2023-11-02', 'btc_mined',
        [
            ('MARA Holdings', 1187.0, '2023-10-01', '2023-10-31', None),
            ('MARA Holdings', 10765.0, '2023-01-01', '2023-10-31', None),
        ],
    ),
    # 'the year to June 30' of a June fiscal year is twelve months, not January to June
    (
        "Iris Energy mined 4,191 BTC in the year to June 30, 2024, up from 3,259 BTC a year before.",
        '2024-08-29', 'btc_mined',
        [
            ('IREN', 4191.0, '2023-07-01', '2024-06-30', None),
            ('IREN', 3259.0, '2022-07-01', '2023-06-30', None),
        ],
    ),
    # 'Year-to-date fiscal 2023' names the fiscal year after the year to date
    (
        "HIVE Digital Technologies reports Q3 fiscal 2023 results\n\n* Year-to-date fiscal 2023 production of 2"
        ",618 Bitcoin",
        '2023-02-14', 'btc_mined',
        [
            ('HIVE Digital Technologies', 2618.0, '2022-04-01', '2022-12-31', None),
        ],
    ),
    # interest expense and its comparison figure are no loan
    (
        "MARA Holdings reports full year 2025 results. Interest expense was $14.9 million for the fourth quar"
        "ter, compared with $9.8 million in the fourth quarter of 2024. Finance expense for the year was $41."
        "0 million, mostly interest on the credit lines.",
        '2026-02-26', 'loan',
        [
        ],
    ),
    # a debt maturities table gives no balance at its maturity years
    (
        "MARA Holdings full year 2025 results.\n\nDebt maturities as of December 31, 2025 (principal, $ million"
        "s)\n\n  Instrument                          2026     2027    Total\n  Bitcoin-backed lines of credit   "
        "  350.0      -      350.0\n",
        '2026-02-26', 'loan',
        [
        ],
    ),
    # a weekly table's net change row is no balance, and customers' deposits are no holding (but a balance net of them is)
    (
        "Bitdeer weekly update. For the week from November 8 to November 14, 2025:\n\n  Item                   "
        "                     BTC\n  Bitcoin sold                              120.0\n  Net change in holdings "
        "                   +19.6\n\nAs of November 14, 2025, the Company's total bitcoin holdings were 2,179.8"
        " BTC, net of customer deposits. Customer deposits held on Bitdeer's platform, which are not included"
        ", amounted to approximately 410 BTC.",
        '2025-11-17', 'btc_held',
        [
            ('Bitdeer', 2179.8, None, '2025-11-14', None),
        ],
    ),
    # 'since the end of 2020' after a dated balance says how it grew, not when
    (
        "Bitfarms sells 3,000 BTC. As of June 12, 2022, before the sales, the Company's holdings stood at 6,3"
        "49 BTC, built entirely from its own mining since the end of 2020.",
        '2022-06-21', 'btc_held',
        [
            ('Bitfarms', 6349.0, None, '2022-06-12', None),
        ],
    ),
    # 'by the halving' dates a target to the next halving
    (
        "CleanSpark's operational hashrate stood at 16.4 EH/s at the end of March, and the company repeated t"
        "hat it expects to reach 20 EH/s by the halving.",
        '2024-04-03', 'hashrate',
        [
            ('CleanSpark', 16.4, None, '2024-03-31', 'operational'),
            ('CleanSpark', 20.0, None, '2024-04-20', 'target'),
        ],
    ),
    # an unnamed peer's figure is nobody's fact
    (
        "Riot Platforms mined 412 BTC in September 2024 and its operating hash rate reached 28.2 EH/s. For co"
        "mparison, a peer reported 31.5 EH/s of operating hash rate for the same month.",
        '2024-10-03', 'hashrate',
        [
            ('Riot Platforms', 28.2, None, '2024-09-30', 'operational'),
        ],
    ),
    # a cut 'from $66 million to $38 million' repays the difference and leaves the balance
    (
        "Bitfarms sold 3,000 BTC, reducing a bitcoin-backed credit facility with Galaxy Digital from $66 mill"
        "ion to $38 million. The Toronto miner used $28 million of the proceeds to cut its Galaxy line from $"
        "66 million to $38 million.",
        '2022-06-21', 'loan',
        [
            ('Bitfarms', 38000000.0, None, '2022-06-21', 'outstanding'),
            ('Bitfarms', 28000000.0, None, '2022-06-21', 'repaid'),
        ],
    ),
    # 'at quarter end' dates a loan sentence to the reported quarter, and a posting after the loan's terms is a fact
    (
        "Hut 8 reports Q3 2024 results. As of September 30, 2024, the Company had $65 million of principal ou"
        "tstanding under its credit agreement with Coinbase Credit, Inc. The facility is secured by a portion"
        " of the Company's Bitcoin, and Hut 8 had posted 2,310 Bitcoin as collateral at quarter end.",
        '2024-11-13', 'loan',
        [
            ('Hut 8', 65000000.0, None, '2024-09-30', 'outstanding'),
            ('Hut 8', None, None, '2024-09-30', 'collateral_posted'),
        ],
    ),
    # figures before a rival named in a comparison are the story's miner's
    (
        "Cango mined 450 BTC in June.\n\nDeployed hashrate remained at 50 EH/s, and average operating hashrate "
        "for June was 40.91 EH/s, a figure that still trails MARA's 57.4 EH/s energized fleet.",
        '2025-07-03', 'hashrate',
        [
            ('Cango', 50.0, None, '2025-06-30', 'deployed'),
            ('Cango', 40.91, '2025-06-01', '2025-06-30', 'average'),
            ('MARA Holdings', 57.4, None, '2025-06-30', 'energized'),
        ],
    ),
    # 'no longer gives production guidance' does not make what it mined a forecast
    (
        "MARA Holdings said it exited December with an energized hashrate of 61.2 EH/s. The company, which no"
        " longer gives monthly bitcoin production guidance, said it mined 703 BTC in December.",
        '2026-01-06', 'btc_mined',
        [
            ('MARA Holdings', 703.0, '2025-12-01', '2025-12-31', None),
        ],
    ),
    # a long label with its dates in brackets, and a clock time is no label
    (
        "CleanSpark Releases July 2025 Bitcoin Mining Update\n\n- Fiscal year-to-date BTC mined (October 1, 202"
        "4 through July 31, 2025): 6,368\n\nFiscal year-to-date production stands at 6,368 BTC [updated; see 7:"
        "20 p.m.].",
        '2025-08-05', 'btc_mined',
        [
            ('CleanSpark', 6368.0, '2024-10-01', '2025-07-31', None),
        ],
    ),
    # 'sold all of its production in December, 171 BTC' is a sale of all of it
    (
        "Cipher Mining sold all of its production in December, 171 BTC, and held no bitcoin at year end.",
        '2026-01-05', 'btc_sold',
        [
            ('Cipher Mining', 171.0, '2025-12-01', '2025-12-31', None),
        ],
    ),
])
def test_session60_rules(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a ranked list with no verbs takes its kind and date from the line that leads into it
    (
        "Holding beat selling for the big listed miners last year. Here is how the treasuries stood at Decemb"
        "er 31, 2024, ranked by size:\n\n1. MARA Holdings - 44,893 BTC\n2. Riot Platforms - 17,722 BTC\n3. Hut 8 "
        "- 10,171 BTC\n\nFor comparison, treasury company Strategy held about 446,400 BTC at year end.",
        '2025-01-10', 'btc_held',
        [
            ('MARA Holdings', 44893.0, None, '2024-12-31', None),
            ('Riot Platforms', 17722.0, None, '2024-12-31', None),
            ('Hut 8', 10171.0, None, '2024-12-31', None),
        ],
    ),
    # a list aligned with spaces under a title that names it, but not a lone heading after another company's bullets
    (
        "MARA mined 692 BTC in December.\n\nTreasuries at December 31, 2025\n\nMARA        53,250 BTC\nRiot       "
        " 19,480 BTC\n\n- Bitfarms sold 394 BTC in the month and paid down equipment loans.\n\nTeraWulf: 233 BTC",
        '2026-01-08', 'btc_held',
        [
            ('MARA Holdings', 53250.0, None, '2025-12-31', None),
            ('Riot Platforms', 19480.0, None, '2025-12-31', None),
        ],
    ),
    # a list of quarters under 'output by quarter' is the story's miner's production
    (
        "Cango said it held 7,528.3 BTC as of December 31, 2025.\n\nIts 2025 output by quarter:\n\n  Q1 2025   1,"
        "541 BTC\n  Q2 2025   1,404 BTC\n  Q3 2025   1,907 BTC",
        '2026-01-20', 'btc_mined',
        [
            ('Cango', 1541.0, '2025-01-01', '2025-03-31', None),
            ('Cango', 1404.0, '2025-04-01', '2025-06-30', None),
            ('Cango', 1907.0, '2025-07-01', '2025-09-30', None),
        ],
    ),
    # 'against 6,062 BTC at Riot' is Riot's holding, not collateral
    (
        "Marathon said it held 9,373 BTC as of March 31, against 6,062 BTC at Riot and 5,518 BTC at Hut 8.",
        '2022-04-06', 'btc_held',
        [
            ('MARA Holdings', 9373.0, None, '2022-03-31', None),
            ('Riot Platforms', 6062.0, None, '2022-03-31', None),
            ('Hut 8', 5518.0, None, '2022-03-31', None),
        ],
    ),
    # a figure in brackets after a company is that company's, even after 'ahead of'
    (
        "MARA mined 692 BTC in December, ahead of CleanSpark (601 BTC), Cango (508 BTC) and Riot (456 BTC).",
        '2026-01-08', 'btc_mined',
        [
            ('MARA Holdings', 692.0, '2025-12-01', '2025-12-31', None),
            ('CleanSpark', 601.0, '2025-12-01', '2025-12-31', None),
            ('Cango', 508.0, '2025-12-01', '2025-12-31', None),
            ('Riot Platforms', 456.0, '2025-12-01', '2025-12-31', None),
        ],
    ),
    # a table's target column gives targets dated by their cells, and the row's kind is not taken from them
    (
        "Hashrate league table, September 2025\n\nCompany          | Hashrate Sept 30 | Kind        | Stated ta"
        "rget\nMARA             | 60.4 EH/s        | energized   | 75 EH/s by end-2026\nBitdeer          | 35.0"
        " EH/s        | self-mining | 40 EH/s by end-October\n",
        '2025-10-03', 'hashrate',
        [
            ('MARA Holdings', 60.4, None, '2025-09-30', 'energized'),
            ('MARA Holdings', 75.0, None, '2026-12-31', 'target'),
            ('Bitdeer', 35.0, None, '2025-09-30', 'operational'),
            ('Bitdeer', 40.0, None, '2025-10-31', 'target'),
        ],
    ),
    # 'In the first quarter we repaid' in a January letter is last year's first quarter
    (
        "Bitfarms letter to shareholders. In the first quarter we repaid the final $2.9 million owed under ou"
        "r equipment financing facilities.",
        '2024-01-03', 'loan',
        [
            ('Bitfarms', 2900000.0, None, '2023-03-31', 'repaid'),
        ],
    ),
    # 'reduced its principal by X to Y' after the loan was named
    (
        "TeraWulf letter to shareholders. We paid the term loan down steadily from operating cash flow. Over "
        "the year we reduced its principal by $22.4 million to $123.6 million at December 31, 2023.",
        '2024-01-20', 'loan',
        [
            ('TeraWulf', 22400000.0, None, '2023-12-31', 'repaid'),
            ('TeraWulf', 123600000.0, None, '2023-12-31', 'outstanding'),
        ],
    ),
    # a loan named by the month it was made is dated by the table's columns
    (
        "Greenidge Generation 10-Q. Note 7. Debt\n\nDebt at the dates shown (in thousands):\n\nDescription       "
        "                           | Lender          | Sept. 30, 2021 | Dec. 31, 2020\nEquipment financing A "
        "(March 2021)           | NYDIG ABL LLC   | 7,842          | -\nEquipment financing B (May 2021)      "
        "       | NYDIG ABL LLC   | 13,516         | -\n",
        '2021-11-15', 'loan',
        [
            ('Greenidge Generation', 7842000.0, None, '2021-09-30', 'outstanding'),
            ('Greenidge Generation', 13516000.0, None, '2021-09-30', 'outstanding'),
        ],
    ),
    # a roll-forward's opening balance is the day before the year under 'Year ended'
    (
        "Bitfarms 40-F exhibit.\n\nBTC MOVEMENTS\n\n                                        Year ended          Y"
        "ear ended\n                                     December 31, 2022   December 31, 2021\nBTC balance, be"
        "ginning of year              4,300               1,130\nBTC balance, end of year                     "
        " 461               4,300\n",
        '2023-03-20', 'btc_held',
        [
            ('Bitfarms', 4300.0, None, '2021-12-31', None),
            ('Bitfarms', 1130.0, None, '2020-12-31', None),
            ('Bitfarms', 461.0, None, '2022-12-31', None),
        ],
    ),
])
def test_session60_lists_and_tables(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a table of months under a title with the year, with a column of changes left out
    (
        "Hut 8 2022 annual letter.\n\nMonthly production, 2022\n\n| Month     | BTC mined | Change vs. prior mont"
        "h |\n|-----------|----------:|-----------------------:|\n| January   |       355 |                    "
        "+12 |\n| February  |       309 |                    -46 |\n| March     |       337 |                  "
        "  +28 |\n",
        '2023-02-10', 'btc_mined',
        [
            ('Hut 8', 355.0, '2022-01-01', '2022-01-31', None),
            ('Hut 8', 309.0, '2022-02-01', '2022-02-28', None),
            ('Hut 8', 337.0, '2022-03-01', '2022-03-31', None),
        ],
    ),
])
def test_session60_month_table(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a repayment 'by a further' step on a loan named with its place on the books
    (
        "In July, Bitfarms trimmed the bitcoin-backed debt on its books by a further US$15.0 million, to $23."
        "0 million, from $38.0 million at the end of June.",
        '2022-08-05', 'loan',
        [
            ('Bitfarms', 15000000.0, None, '2022-07-31', 'repaid'),
            ('Bitfarms', 23000000.0, None, '2022-07-31', 'outstanding'),
            ('Bitfarms', 38000000.0, None, '2022-06-30', 'outstanding'),
        ],
    ),
    # 'leaving US$38 million drawn' is the balance a repayment left
    (
        "Part of the proceeds went toward the facility with Galaxy Digital LLC, which Bitfarms paid down by a"
        " further US$28 million, leaving US$38 million drawn on the facility.",
        '2022-06-21', 'loan',
        [
            ('Bitfarms', 28000000.0, None, '2022-06-21', 'repaid'),
            ('Bitfarms', 38000000.0, None, '2022-06-21', 'outstanding'),
        ],
    ),
    # a long facility name between the verb and 'by' still makes the step a repayment
    (
        "Bitfarms paid down the Galaxy Digital bitcoin-backed credit facility by $28 million, reducing the am"
        "ount outstanding to $38 million.",
        '2022-07-05', 'loan',
        [
            ('Bitfarms', 28000000.0, None, '2022-07-05', 'repaid'),
            ('Bitfarms', 38000000.0, None, '2022-07-05', 'outstanding'),
        ],
    ),
    # a hashrate figure ends the clause of a BTC figure before it: the later month end is the hashrate's
    (
        "In the quarter ended June 30, 2023, Bit Origin mined approximately 43.2 bitcoin and had a deployed h"
        "ashrate of approximately 0.21 EH/s at the end of June.",
        '2023-08-03', 'btc_mined',
        [
            ('Bit Origin', 43.2, '2023-04-01', '2023-06-30', None),
        ],
    ),
    # but a period shared by both figures stays with both
    (
        "In its August update IREN reported mining 668 BTC at an average operating hashrate of 44.0 EH/s, dow"
        "n from 728 BTC and 45.4 EH/s in July.",
        '2025-09-05', 'btc_mined',
        [
            ('IREN', 668.0, '2025-08-01', '2025-08-31', None),
            ('IREN', 728.0, '2025-07-01', '2025-07-31', None),
        ],
    ),
    # 'Q1 of fiscal 2024' is a fiscal quarter
    (
        "In the quarter DMG mined 101 BTC, compared with 178 BTC in Q1 of fiscal 2024.",
        '2025-02-14', 'btc_mined',
        [
            ('DMG Blockchain Solutions', 101.0, '2024-10-01', '2024-12-31', None),
            ('DMG Blockchain Solutions', 178.0, '2023-10-01', '2023-12-31', None),
        ],
    ),
    # 'the nine months from July 1, 2024' and 'the nine months of fiscal 2025 through December 31, 2024'
    (
        "Financial year to date, the nine months from July 1, 2024, IREN has mined 3,668 Bitcoin. For the nin"
        "e months of fiscal 2025 through December 31, 2024, HIVE mined 1,014 Bitcoin.",
        '2025-05-14', 'btc_mined',
        [
            ('IREN', 3668.0, '2024-07-01', '2025-03-31', None),
            ('HIVE Digital Technologies', 1014.0, '2024-04-01', '2024-12-31', None),
        ],
    ),
    # 'fiscal year ended 03/31/2024' in numeric form
    (
        "For its fiscal year ended 03/31/2024, HIVE mined 3,041 BTC, the company said.",
        '2024-05-20', 'btc_mined',
        [
            ('HIVE Digital Technologies', 3041.0, '2023-04-01', '2024-03-31', None),
        ],
    ),
    # spelled numbers with a comma after 'thousand', and 'point one million dollars'
    (
        "That left Riot holding four thousand, eight hundred and eighty-nine bitcoin at the end of January. A"
        "rgo's CFO said: last month we repaid the remaining four point one million dollars on our bitcoin-bac"
        "ked loan with Galaxy Digital.",
        '2022-02-03', None,
        [
            ('Riot Platforms', 4889.0, None, '2022-01-31', None),
            ('Argo Blockchain', 4100000.0, None, '2022-01-31', 'repaid'),
        ],
    ),
    # each company's fiscal year in a note that states only one of them
    (
        "CleanSpark, whose fiscal year ends on September 30, produced 7,024 BTC in fiscal 2024. CleanSpark mi"
        "ned 1,945 BTC in its fiscal first quarter, the three months to December 31, 2024, while IREN produce"
        "d 1,647 BTC in the first half of fiscal 2025.",
        '2025-03-03', 'btc_mined',
        [
            ('CleanSpark', 7024.0, '2023-10-01', '2024-09-30', None),
            ('CleanSpark', 1945.0, '2024-10-01', '2024-12-31', None),
            ('IREN', 1647.0, '2024-07-01', '2024-12-31', None),
        ],
    ),
    # 'compared with 109 BTC for HIVE' is HIVE's figure
    (
        "Bitfarms mined 265 BTC in May, compared with 109 BTC for HIVE. MARA Holdings mined 9,430 BTC in cale"
        "ndar 2024, compared with 4,828 BTC for Riot Platforms over the same twelve months.",
        '2025-03-03', 'btc_mined',
        [
            ('Bitfarms', 265.0, '2024-05-01', '2024-05-31', None),
            ('HIVE Digital Technologies', 109.0, '2024-05-01', '2024-05-31', None),
            ('MARA Holdings', 9430.0, '2024-01-01', '2024-12-31', None),
            ('Riot Platforms', 4828.0, '2024-01-01', '2024-12-31', None),
        ],
    ),
    # a 'respectively' list is not dated by the next company's comparison
    (
        "MARA Holdings and CleanSpark mined 703 and 671 BTC, respectively, while Riot Platforms produced 484 "
        "BTC, up from 450 BTC in June.",
        '2025-08-05', 'btc_mined',
        [
            ('MARA Holdings', 703.0, '2025-07-01', '2025-07-31', None),
            ('CleanSpark', 671.0, '2025-07-01', '2025-07-31', None),
            ('Riot Platforms', 484.0, '2025-07-01', '2025-07-31', None),
            ('Riot Platforms', 450.0, '2025-06-01', '2025-06-30', None),
        ],
    ),
    # a figure-less sentence that opens with a month dates the list after it
    (
        "MARA Holdings mined 8,724 BTC over the full year.\n\nDecember itself was a strong month despite diffic"
        "ulty adjustments. MARA and CleanSpark mined 742 and 655 BTC, respectively, while Riot produced 471, "
        "Cipher 248 and Bitfarms 133.",
        '2026-01-20', 'btc_mined',
        [
            ('MARA Holdings', 8724.0, '2025-01-01', '2025-12-31', None),
            ('MARA Holdings', 742.0, '2025-12-01', '2025-12-31', None),
            ('CleanSpark', 655.0, '2025-12-01', '2025-12-31', None),
            ('Riot Platforms', 471.0, '2025-12-01', '2025-12-31', None),
            ('Cipher Mining', 248.0, '2025-12-01', '2025-12-31', None),
            ('Bitfarms', 133.0, '2025-12-01', '2025-12-31', None),
        ],
    ),
    # bare figures that run into the one figure with a unit
    (
        "Riot Blockchain produced 318, Marathon Digital 184 and CleanSpark 348 bitcoin in July.",
        '2022-08-05', 'btc_mined',
        [
            ('Riot Platforms', 318.0, '2022-07-01', '2022-07-31', None),
            ('MARA Holdings', 184.0, '2022-07-01', '2022-07-31', None),
            ('CleanSpark', 348.0, '2022-07-01', '2022-07-31', None),
        ],
    ),
    # a list of its own after a one-miner sentence, over 'the same calendar quarter'
    (
        "In the three months to March 31, Marathon Digital mined 2,811 BTC, comfortably more than anyone else"
        ". Among the rest, Riot produced 1,364, CleanSpark 2,057 and Cipher 1,032 over the same calendar quar"
        "ter.",
        '2024-05-20', 'btc_mined',
        [
            ('MARA Holdings', 2811.0, '2024-01-01', '2024-03-31', None),
            ('Riot Platforms', 1364.0, '2024-01-01', '2024-03-31', None),
            ('CleanSpark', 2057.0, '2024-01-01', '2024-03-31', None),
            ('Cipher Mining', 1032.0, '2024-01-01', '2024-03-31', None),
        ],
    ),
    # 'published over the past week' is no reported period: the hashrates take the month end told before
    (
        "The Hashrate Race at Mid-Year\n\nMonthly updates published over the past week show the largest listed "
        "miners adding machines at very different speeds.\n\nMarathon Digital ended June with 17.7 EH/s of oper"
        "ational hashrate, while Riot Platforms had 10.7 EH/s deployed. CleanSpark reported 6.7 EH/s, Bitfarm"
        "s 5.3 EH/s and TeraWulf 5.5 EH/s.",
        '2023-07-10', 'hashrate',
        [
            ('MARA Holdings', 17.7, None, '2023-06-30', 'operational'),
            ('Riot Platforms', 10.7, None, '2023-06-30', 'deployed'),
            ('CleanSpark', 6.7, None, '2023-06-30', 'operational'),
            ('Bitfarms', 5.3, None, '2023-06-30', 'operational'),
            ('TeraWulf', 5.5, None, '2023-06-30', 'operational'),
        ],
    ),
    # a line of credit the miner supplies to a hosting customer is not its loan
    (
        "Hut 8 also continues to supply a $5 million revolving line of credit to a hosting customer at its No"
        "rth Bay facility.",
        '2021-12-06', 'loan',
        [
        ],
    ),
])
def test_blind_batches_409_416(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'the Company's ASIC miners produced' is the company's output, and 'in the quarter' of a yearly report is its last quarter
    (
        "HIVE Blockchain reported results for the fiscal year ended March 31, 2022. In the quarter, the Compa"
        "ny's ASIC miners produced 560 Bitcoin.",
        '2022-06-20', 'btc_mined',
        [
            ('HIVE Digital Technologies', 560.0, '2022-01-01', '2022-03-31', None),
        ],
    ),
    # a running total 'through November 30' ends that day
    (
        "Since the start of 2021, Hut 8 has mined 3,283 Bitcoin through November 30 and has not sold any of i"
        "t.",
        '2021-12-06', 'btc_mined',
        [
            ('Hut 8', 3283.0, '2021-01-01', '2021-11-30', None),
        ],
    ),
    # a roundup table's holdings are as of the month it reports, like its hashrate column
    (
        "January 2026 miner scorecard\n\nFebruary 5, 2026\n\n| Company           | Mined   | Sold   | Held      |"
        " Op. hashrate |\n|-------------------|---------|--------|-----------|--------------|\n| CleanSpark    "
        "    | 573     | 560    | 13,099    | 50.0         |\n| Cango             | 496.4   | 0      | 7,528.3"
        "   | 50.0         |\n",
        '2026-02-05', 'btc_held',
        [
            ('CleanSpark', 13099.0, None, '2026-01-31', None),
            ('Cango', 7528.3, None, '2026-01-31', None),
        ],
    ),
    # 'paid the remaining $1.2 million of principal' is a repayment
    (
        "On July 31, 2023, Bit Origin paid the remaining $1.2 million of principal and interest due under the"
        " note.",
        '2023-08-03', 'loan',
        [
            ('Bit Origin', 1200000.0, None, '2023-07-31', 'repaid'),
        ],
    ),
    # a count of companies opening the sentence is a group, nobody's figure
    (
        "Bitfarms ended 2025 at 20 EH/s. Four companies ended the year above 50 EH/s.",
        '2026-01-20', 'hashrate',
        [
            ('Bitfarms', 20.0, None, '2025-12-31', 'operational'),
        ],
    ),
    # 'subsequent to quarter end, through February 6' runs from the quarter's start to that day
    (
        "Subsequent to quarter end, through February 6, 2023, CleanSpark mined 760 bitcoin and sold 736 bitco"
        "in for proceeds of approximately $15.8 million.",
        '2023-02-09', None,
        [
            ('CleanSpark', 760.0, '2023-01-01', '2023-02-06', None),
            ('CleanSpark', 736.0, '2023-01-01', '2023-02-06', None),
        ],
    ),
    # a weekly table's 'Week ended' columns are seven-day spans
    (
        "Bitdeer Announces Unaudited Weekly Bitcoin Production\n\n| Week ended                              | O"
        "ct 10, 2025 | Oct 17, 2025 |\n|-----------------------------------------|--------------|-------------"
        "-|\n| BTC mined (self-mining)                 | 122.4        | 128.7        |\n| BTC sold             "
        "                   | 110.0        | 140.2        |\n",
        '2025-10-21', None,
        [
            ('Bitdeer', 122.4, '2025-10-04', '2025-10-10', None),
            ('Bitdeer', 128.7, '2025-10-11', '2025-10-17', None),
            ('Bitdeer', 110.0, '2025-10-04', '2025-10-10', None),
            ('Bitdeer', 140.2, '2025-10-11', '2025-10-17', None),
        ],
    ),
    # coins deposited by customers are not the company's holding
    (
        "Bitdeer held 2,029 BTC at October 17. Holdings shown above do not include 184.6 BTC deposited by cus"
        "tomers.",
        '2025-10-21', 'btc_held',
        [
            ('Bitdeer', 2029.0, None, '2025-10-17', None),
        ],
    ),
    # 'sold all of the bitcoin it produced during the month — 243 BTC —', after a habit begun in late 2022
    (
        "Stronghold Digital Mining March 2023 update. In line with its practice since late 2022, Stronghold s"
        "old all of the bitcoin it produced during the month — 243 BTC — for approximately $6.6 million.",
        '2023-04-05', 'btc_sold',
        [
            ('Stronghold Digital Mining', 243.0, '2023-03-01', '2023-03-31', None),
        ],
    ),
    # a figure and the goal joined after it keep their own kinds
    (
        "Digihost put its hashrate at 1.2 EH/s at the end of June and is targeting 2.0 EH/s by year end. Stro"
        "nghold's hash rate was approximately 2.6 EH/s at the end of June, with a target of 4.0 EH/s by the e"
        "nd of the first quarter of 2025.",
        '2024-07-09', 'hashrate',
        [
            ('Digihost', 1.2, None, '2024-06-30', 'operational'),
            ('Digihost', 2.0, None, '2024-12-31', 'target'),
            ('Stronghold Digital Mining', 2.6, None, '2024-06-30', 'operational'),
            ('Stronghold Digital Mining', 4.0, None, '2025-03-31', 'target'),
        ],
    ),
    # 'Per exahash' opens a rate, not output
    (
        "Per exahash, Cipher produced about 22 BTC in August against roughly 25 BTC for Iris Energy.",
        '2024-09-10', 'btc_mined',
        [
        ],
    ),
    # 'sold 150 BTC and kept 2,287 BTC in its HODL position' keeps a holding
    (
        "HIVE sold 150 BTC and kept 2,287 BTC in its HODL position as of March 31.",
        '2024-04-10', 'btc_held',
        [
            ('HIVE Digital Technologies', 2287.0, None, '2024-03-31', None),
        ],
    ),
    # 'the former' and 'the latter' are the two companies named just before
    (
        "Iris Energy and Cipher both grew. The former is aiming for 30 EH/s by the end of 2024, the latter fo"
        "r 13.5 EH/s over the same horizon.",
        '2024-09-10', 'hashrate',
        [
            ('IREN', 30.0, None, '2024-12-31', 'target'),
            ('Cipher Mining', 13.5, None, '2024-12-31', 'target'),
        ],
    ),
    # prior months in brackets after the figure's own words
    (
        "CleanSpark: 417 BTC mined in May (April: 804). Argo: 156 BTC mined in March (Feb: 142).",
        '2024-06-05', 'btc_mined',
        [
            ('CleanSpark', 417.0, '2024-05-01', '2024-05-31', None),
            ('CleanSpark', 804.0, '2024-04-01', '2024-04-30', None),
            ('Argo Blockchain', 156.0, '2024-03-01', '2024-03-31', None),
            ('Argo Blockchain', 142.0, '2024-02-01', '2024-02-29', None),
        ],
    ),
    # a fleet that 'produced' hashrate is the miner's own
    (
        "Core Scientific said its self-mining fleet produced approximately 1.4 EH/s as of June 30, 2021.",
        '2021-08-01', 'hashrate',
        [
            ('Core Scientific', 1.4, None, '2021-06-30', 'operational'),
        ],
    ),
    # coins counted at month-end prices are an equivalent, not a holding
    (
        "Bit Digital held 417 BTC. Expressed in bitcoin terms, total digital assets came to roughly 1,000 BTC"
        " at month-end prices.",
        '2025-06-05', 'btc_held',
        [
            ('Bit Digital', 417.0, None, '2025-06-05', None),
        ],
    ),
    # a draw 'on the Coinbase line' and the balance it brought
    (
        "Hut 8 January update. Hut 8 drew $20 million on the Coinbase line during January, bringing the outst"
        "anding balance on that facility to $45 million at month end.",
        '2025-02-04', 'loan',
        [
            ('Hut 8', 20000000.0, None, '2025-01-31', 'borrowed'),
            ('Hut 8', 45000000.0, None, '2025-01-31', 'outstanding'),
        ],
    ),
    # a lender named right after the verb is the loan's name, not the subject
    (
        "Bitfarms February 2023 update:\n- Reduced NYDIG equipment financing by $4.1 million to $12.8 million.",
        '2023-03-03', 'loan',
        [
            ('Bitfarms', 4100000.0, None, '2023-02-28', 'repaid'),
            ('Bitfarms', 12800000.0, None, '2023-02-28', 'outstanding'),
        ],
    ),
    # a loan the miner agrees to provide to a hosting customer is not its debt
    (
        "Hut 8 has also agreed to provide a short-term secured loan of $2.5 million to a hosting customer in "
        "its high performance computing business.",
        '2022-11-10', 'loan',
        [
        ],
    ),
])
def test_blind_batches_417_424(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # the loan a repayment was part of is no balance: 'repaid $20 million of the $50 million term loan it took in September'
    (
        "In October, Bitdeer repaid $20 million of the $50 million term loan it took from Galaxy Digital in S"
        "eptember, leaving $30 million outstanding.",
        '2025-11-10', 'loan',
        [
            ('Bitdeer', 20000000.0, None, '2025-10-31', 'repaid'),
            ('Bitdeer', 50000000.0, None, '2025-09-30', 'borrowed'),
            ('Bitdeer', 30000000.0, None, '2025-10-31', 'outstanding'),
        ],
    ),
    # a facility's size before an amendment ('up from $50 million originally') is no fact, but a first advance is
    (
        "On April 14, the CleanSpark facility was amended to let the company borrow up to $200 million, up fr"
        "om $50 million originally. Argo put what it still owes Galaxy at $5.7 million as of June 30, 2024, c"
        "ompared with the $35 million initially advanced in December 2022.",
        '2025-04-20', 'loan',
        [
            ('CleanSpark', 200000000.0, None, '2025-04-14', 'facility'),
            ('Argo Blockchain', 5700000.0, None, '2024-06-30', 'outstanding'),
            ('Argo Blockchain', 35000000.0, None, '2022-12-31', 'borrowed'),
        ],
    ),
    # a sentence that is only a longer period and a figure, after a flow's sentence, is the same flow
    (
        "TeraWulf reported results. Self-mined 1,034 BTC in Q4 '23. Full-year 2023: 3,410 BTC.",
        '2024-02-25', 'btc_mined',
        [
            ('TeraWulf', 1034.0, '2023-10-01', '2023-12-31', None),
            ('TeraWulf', 3410.0, '2023-01-01', '2023-12-31', None),
        ],
    ),
    # a count's list may follow a one-miner sentence even when the later list names 'the same quarter'
    (
        "In the three months to March 31, Marathon Digital mined 2,811 BTC. Riot produced 1,364, CleanSpark 2"
        ",057 and Cipher 1,032 over the same quarter.",
        '2024-05-20', 'btc_mined',
        [
            ('MARA Holdings', 2811.0, '2024-01-01', '2024-03-31', None),
            ('Riot Platforms', 1364.0, '2024-01-01', '2024-03-31', None),
            ('CleanSpark', 2057.0, '2024-01-01', '2024-03-31', None),
            ('Cipher Mining', 1032.0, '2024-01-01', '2024-03-31', None),
        ],
    ),
])
def test_after_blind_batches_417_424(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'three times what it held a year earlier' compares; the holding keeps its own day
    (
        "As of September 30, 2021, Marathon held approximately 7,035 BTC, roughly three times what it held a "
        "year earlier.",
        '2021-10-04', 'btc_held',
        [
            ('MARA Holdings', 7035.0, None, '2021-09-30', None),
        ],
    ),
])
def test_comparison_with_a_multiple(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a name the registry lacks owns the figure's noun: GRIID's hashrate is not CleanSpark's
    (
        "CleanSpark closed its purchase of GRIID. GRIID's self-mining hashrate was approximately 0.9 EH/s at June "
        "30, 2024.",
        '2024-10-17', 'hashrate',
        [
        ],
    ),
    # a one-word name the registry lacks, with an adverb before its verb, is the subject
    (
        "Argo agreed to sell itself to Growler. Growler currently operates approximately 1.2 EH/s at its own facil"
        "ities in Alabama.",
        '2025-06-30', 'hashrate',
        [
        ],
    ),
    # but a name that lends to the company is no subject: the loan is the company's
    (
        "Argo Blockchain update. Growler has agreed to provide the Company with a senior secured bridge loan facil"
        "ity of up to $5.0 million to fund operations until the Transaction completes.",
        '2025-06-30', 'loan',
        [
            ('Argo Blockchain', 5000000.0, None, '2025-06-30', 'facility'),
        ],
    ),
    # machines owned by co-location customers are not the host's fleet
    (
        "Bitdeer said it would buy Mawson. Mawson also hosted about 2.2 EH/s of machines owned by co-location cust"
        "omers at Midland, which are excluded from its self-mining figures.",
        '2025-09-09', 'hashrate',
        [
        ],
    ),
    # machines 'not included in' the fleet's hashrate are not the fleet
    (
        "Riot hosts clients at Rockdale. Those machines, representing approximately 3.9 EH/s, are not included in "
        "Riot's deployed or operating hash rate.",
        '2023-09-06', 'hashrate',
        [
        ],
    ),
    # a pro forma figure that 'would have been' is nobody's
    (
        "Bitfarms completed its purchase of Stronghold. On a pro forma basis, had Stronghold's miners been include"
        "d, Bitfarms' operating hashrate at the end of February would have been roughly 19.9 EH/s.",
        '2025-03-14', 'hashrate',
        [
        ],
    ),
    # 'during the quarter' is the quarter reported before, not a deal's closing quarter to come
    (
        "CoreWeave agrees to buy Core Scientific\n\nThe deal needs approval from Core Scientific shareholders and is"
        " expected to close in the fourth quarter.\n\nIn its first-quarter report, Core Scientific said it mined 977"
        " bitcoin in the three months to March 31.\n\nThe company sold 951 bitcoin during the quarter for about $90 "
        "million and held roughly 1,010 BTC at quarter end.",
        '2025-07-07', None,
        [
            ('Core Scientific', 977.0, '2025-01-01', '2025-03-31', None),
            ('Core Scientific', 951.0, '2025-01-01', '2025-03-31', None),
            ('Core Scientific', 1010.0, None, '2025-03-31', None),
        ],
    ),
    # a list's last row keeps its footnote mark and its place in the list
    (
        "The following table sets forth bitcoin mined by Gryphon for the periods indicated.\n\n  Period             "
        "                       Bitcoin mined\n  Year ended December 31, 2024 ............ 242.6 BTC\n  Year ended D"
        "ecember 31, 2023 ............ 455.9 BTC(1)\n",
        '2025-07-03', 'btc_mined',
        [
            ('Gryphon Digital Mining', 242.6, '2024-01-01', '2024-12-31', None),
            ('Gryphon Digital Mining', 455.9, '2023-01-01', '2023-12-31', None),
        ],
    ),
    # the price of a stake sold is no loan
    (
        "TeraWulf Completes Sale of Nautilus Stake to Talen for Approximately $92 Million and Retires Term Loan",
        '2024-10-03', 'loan',
        [
        ],
    ),
    # 'a drop of 6 BTC' is a change
    (
        "Digihost produced 41 BTC in January, down from 47 BTC in December, a drop of 6 BTC that the company attri"
        "buted to curtailment.",
        '2025-02-18', 'btc_mined',
        [
            ('Digihost', 41.0, '2025-01-01', '2025-01-31', None),
            ('Digihost', 47.0, '2024-12-01', '2024-12-31', None),
        ],
    ),
    # 'did not hold any bitcoin at' a date is a holding of zero
    (
        "Gryphon did not hold any bitcoin at the end of April.",
        '2024-05-08', 'btc_held',
        [
            ('Gryphon Digital Mining', 0.0, None, '2024-04-30', None),
        ],
    ),
    # a record's start year after the figure does not date it
    (
        "Hut 8 update. In the fourth quarter alone it produced 951 Bitcoin, the Company's strongest quarter since "
        "it began mining in 2018.",
        '2022-01-05', 'btc_mined',
        [
            ('Hut 8', 951.0, '2021-10-01', '2021-12-31', None),
        ],
    ),
    # a part 'inclusive of' the total is not the fleet, nor a gap 'within' a rival's figure
    (
        "TeraWulf reported an operating hash rate of 8.0 EH/s at January 31, 2024, inclusive of approximately 1.4 "
        "EH/s representing TeraWulf's share of Nautilus. Riot's deployed hash rate reached 3.8 EH/s at the end of "
        "January, within roughly 0.1 EH/s of Marathon's figure.",
        '2024-02-05', 'hashrate',
        [
            ('TeraWulf', 8.0, None, '2024-01-31', 'operational'),
            ('Riot Platforms', 3.8, None, '2024-01-31', 'deployed'),
        ],
    ),
    # machines transferred to a lender are not the fleet
    (
        "Through the transfer of its Texas development site and approximately 2.8 EH/s of older miners, Greenidge "
        "reduced the debt owed to NYDIG.",
        '2023-05-15', 'hashrate',
        [
        ],
    ),
    # a hosting partner's own fleet is not the miner's
    (
        "Bit Digital update. One of the Company's New York hosting partners also runs its own proprietary fleet of"
        " more than 1 EH/s at the same campus.",
        '2022-12-05', 'hashrate',
        [
        ],
    ),
    # a site 'on its own' is one site
    (
        "Soluna update. Dorothy 1B on its own ran at roughly 0.76 EH/s at quarter end.",
        '2023-11-14', 'hashrate',
        [
        ],
    ),
    # a figure a later one revised is no fact
    (
        "MARA has revised bitcoin production for November 2024 to 907 BTC, revised from a preliminary 922 BTC in i"
        "ts December 3 update.",
        '2025-01-03', 'btc_mined',
        [
            ('MARA Holdings', 907.0, '2024-11-01', '2024-11-30', None),
        ],
    ),
    # 'the seven days ended Sunday, January 12' is a week
    (
        "HIVE Digital Technologies produced 27.4 BTC in the seven days ended Sunday, January 12.",
        '2025-01-14', 'btc_mined',
        [
            ('HIVE Digital Technologies', 27.4, '2025-01-06', '2025-01-12', None),
        ],
    ),
    # a later clause's date ('a number it will confirm ... in February') does not date the figure
    (
        "HIVE update. For its fiscal third quarter, the three months ended December 31, the miner mined 328 BTC, a"
        " number it will confirm when it reports quarterly results in February.",
        '2025-01-14', 'btc_mined',
        [
            ('HIVE Digital Technologies', 328.0, '2024-10-01', '2024-12-31', None),
        ],
    ),
    # an unnamed smaller miner with a relative clause is nobody's
    (
        "HIVE update. A smaller Canadian-listed miner that also publishes weekly, but is not a Nasdaq company, rep"
        "orted about 4 BTC from a fleet of roughly 0.9 EH/s.",
        '2025-01-14', 'hashrate',
        [
        ],
    ),
    # 'the same quarter of the prior fiscal year' is that quarter a year back
    (
        "HIVE Digital Technologies Reports Fiscal Q1 2026 Results\n* Bitcoin production of 719 BTC for the quarter,"
        " compared with 346 BTC in the same quarter of the prior fiscal year",
        '2025-08-14', 'btc_mined',
        [
            ('HIVE Digital Technologies', 719.0, '2025-04-01', '2025-06-30', None),
            ('HIVE Digital Technologies', 346.0, '2024-04-01', '2024-06-30', None),
        ],
    ),
    # receivables owed to the miner, a working-capital deficit and money it intends to use are no loans
    (
        "Bitdeer update. As of September 30, 2025, US$42.3 million of instalment receivables from customers were o"
        "utstanding under this programme. TeraWulf had a working capital deficit of $38.2 million, largely attribu"
        "table to the term loan. We intend to use approximately $2.0 million of the net proceeds to prepay princip"
        "al under the W Capital loan.",
        '2025-11-10', 'loan',
        [
        ],
    ),
    # a year naming a note does not date its repayment
    (
        "Soluna update. A portion of the initial advance was used at closing to repay in full the remaining $3.2 m"
        "illion balance of a 2022 vendor note issued by a Company subsidiary.",
        '2024-07-19', 'loan',
        [
            ('Soluna', 3200000.0, None, '2024-07-19', 'repaid'),
        ],
    ),
    # a roundup table's cells with footnote marks are read
    (
        "Four listed miners had published December production figures by Tuesday morning. MARA led the group again"
        " with 748 BTC mined in December.\n\nDecember 2025 production dashboard\n\n  Company (ticker)            BTC m"
        "ined, Dec   Hashrate, Dec 31 (EH/s)   Share of network*\n  --------------------------  ---------------  --"
        "----------------------  -----------------\n  MARA Holdings (MARA)                   748                  6"
        "1.7 (1)              5.8%\n  CleanSpark (CLSK)                      588                  50.0 (2)         "
        "     4.7%\n",
        '2026-01-06', 'hashrate',
        [
            ('MARA Holdings', 61.7, None, '2025-12-31', 'operational'),
            ('CleanSpark', 50.0, None, '2025-12-31', 'operational'),
        ],
    ),
])
def test_after_blind_batches_425_432(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a change column in brackets ('(8%)') leaves a comparison table readable
    (
        "Riot Platforms reports unaudited production for September 2023.\n\nComparison of Bitcoin Production and Ope"
        "rations\n\nMetric                            September 2023   September 2022   % Change\nBitcoin Produced   "
        "               362              395              (8%)\nBitcoin Held (1)                  7,327            "
        "6,775            8%\n",
        '2023-10-04', None,
        [
            ('Riot Platforms', 362.0, '2023-09-01', '2023-09-30', None),
            ('Riot Platforms', 395.0, '2022-09-01', '2022-09-30', None),
            ('Riot Platforms', 7327.0, None, '2023-09-30', None),
            ('Riot Platforms', 6775.0, None, '2022-09-30', None),
        ],
    ),
    # a paragraph's last sentence that leads into a table names its metric, though a headline sits above
    (
        "January output: big miners bounce back\n\nWinter Storm Elliott forced the Texas miners to curtail hard in t"
        "he last week of December. With the weather calmer and hashprice recovering, January production jumped acr"
        "oss the group. Self-mined bitcoin by month:\n\nMiner | Nov | Dec | Jan\nMarathon Digital | 472 | 475 | 687\nR"
        "iot Platforms | 437 | 453 | 740\n",
        '2023-02-07', 'btc_mined',
        [
            ('MARA Holdings', 472.0, '2022-11-01', '2022-11-30', None),
            ('MARA Holdings', 475.0, '2022-12-01', '2022-12-31', None),
            ('MARA Holdings', 687.0, '2023-01-01', '2023-01-31', None),
            ('Riot Platforms', 437.0, '2022-11-01', '2022-11-30', None),
            ('Riot Platforms', 453.0, '2022-12-01', '2022-12-31', None),
            ('Riot Platforms', 740.0, '2023-01-01', '2023-01-31', None),
        ],
    ),
    # a running total from the start the sentence names to the day it names
    (
        "Argo update. Since its first machines were switched on in Quebec in December 2018, Argo has mined a cumul"
        "ative total of more than 5,400 BTC through 30 June 2022.",
        '2022-08-30', 'btc_mined',
        [
            ('Argo Blockchain', 5400.0, '2018-12-01', '2022-06-30', None),
        ],
    ),
    # a running total since a month, to the end of the quarter reported
    (
        "Cango reports second quarter 2025 results. The total mined since the Company began operating its fleet in"
        " November 2024 came to 3,879.2 BTC by the end of the quarter.",
        '2025-09-02', 'btc_mined',
        [
            ('Cango', 3879.2, '2024-11-01', '2025-06-30', None),
        ],
    ),
    # but a figure with its own month keeps it, though 'since' follows in another clause
    (
        "It mined 571.5 BTC in January, and Cango has kept almost all of its output since it began mining in late "
        "2024.",
        '2026-02-05', 'btc_mined',
        [
            ('Cango', 571.5, '2026-01-01', '2026-01-31', None),
        ],
    ),
    # two header rows: each span over its run of years
    (
        "Riot Platforms reports.\n\nSelected Operating Data (unaudited)\n\n| Three Months Ended December 31, | Year En"
        "ded December 31,\nMetric | 2023 | 2022 | 2023 | 2022\nBitcoin produced | 1,364 | 1,303 | 6,626 | 5,554\n",
        '2024-02-22', 'btc_mined',
        [
            ('Riot Platforms', 1364.0, '2023-10-01', '2023-12-31', None),
            ('Riot Platforms', 1303.0, '2022-10-01', '2022-12-31', None),
            ('Riot Platforms', 6626.0, '2023-01-01', '2023-12-31', None),
            ('Riot Platforms', 5554.0, '2022-01-01', '2022-12-31', None),
        ],
    ),
    # a target 'by the end of the quarter' is the quarter under way
    (
        "Mawson update. Mawson expects its self-mining hashrate to reach approximately 2.6 EH/s by the end of the "
        "quarter and 3.3 EH/s by December 31, 2022.",
        '2022-09-08', 'hashrate',
        [
            ('Mawson Infrastructure', 2.6, None, '2022-09-30', 'target'),
            ('Mawson Infrastructure', 3.3, None, '2022-12-31', 'target'),
        ],
    ),
    # a lender's name modifying 'the remaining ... debt' names the loan, not its subject
    (
        "Greenidge signed a deal with NYDIG. Following the closing, the remaining NYDIG debt will be approximately"
        " $17 million, which will be restructured.",
        '2022-12-20', 'loan',
        [
            ('Greenidge Generation', 17000000.0, None, '2022-12-20', 'outstanding'),
        ],
    ),
])
def test_after_blind_batches_433_440(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


def test_a_table_row_with_more_cells_than_its_header_does_not_raise():
    # a scenario table whose second header line is cut short: the row's last cells have no header of their own
    text = ("Pledged bitcoin and the prices that matter:\n\n"
            "                     Loan      Pledged   LTV at    LTV at    LTV at    Price at which\n"
            "                     ($m)      (BTC)     $90,000   $75,000   $60,000   LTV hits 70%\n"
            "  Cango              80.0      2,000     44%       53%       67%       ~$57,100\n"
            "  Canaan             30.0        700     48%       57%       71%       ~$61,200\n")
    assert facts_of(text, "2025-12-09", "btc_held") == []


@pytest.mark.parametrize("text,published,type_,expected", [
    # a rate per average operating exahash is no output, nor the earlier rate it is compared with
    (
        "Riot Platforms update. Riot generated roughly 0.51 BTC per average operating exahash per day in April, do"
        "wn from about 0.55 in March.",
        '2025-05-05', 'btc_mined',
        [
        ],
    ),
    # a rate per self-owned EH/s is no output
    (
        "BitFuFu February update. BitFuFu's daily output averaged 3.25 BTC, or about 0.58 BTC per self-owned EH/s "
        "per day.",
        '2025-03-05', 'btc_mined',
        [
        ],
    ),
    # 'or approximately 339 BTC' after 'the equivalent of' glosses the equivalent
    (
        "HIVE November update. Converted at daily average prices, HIVE's combined Bitcoin and Ethereum output was "
        "worth the equivalent of roughly 11.3 BTC per day, or approximately 339 BTC for the month.",
        '2021-12-06', 'btc_mined',
        [
        ],
    ),
    # Bitcoin-equivalent production counts other coins; Argo's 'Bitcoin or Bitcoin Equivalents' is its output
    (
        "HIVE reported total Bitcoin and Bitcoin-equivalent production of 835 BTC for the quarter ended December 3"
        "1, 2022. Argo mined 174 Bitcoin or Bitcoin Equivalents in May 2022.",
        '2023-02-15', 'btc_mined',
        [
            ('Argo Blockchain', 174.0, '2022-05-01', '2022-05-31', None),
        ],
    ),
    # a lender's loans 'outstanding to' the miner are the miner's balance
    (
        "Tether had roughly $610 million in loans outstanding to Northern Data at March 31.",
        '2024-05-02', 'loan',
        [
            ('Northern Data', 610000000.0, None, '2024-03-31', 'outstanding'),
        ],
    ),
    # a lender 'was owed' by the miner
    (
        "NYDIG was owed approximately $76 million by Greenidge as of November 30, 2022.",
        '2022-12-20', 'loan',
        [
            ('Greenidge Generation', 76000000.0, None, '2022-11-30', 'outstanding'),
        ],
    ),
    # a lender's promise to provide 'up to' is a facility, though 'of project debt' reads as a balance
    (
        "Macquarie Group has agreed to provide up to $300 million of project debt to Bitfarms, the companies said "
        "on Oct. 7, 2025.",
        '2025-10-08', 'loan',
        [
            ('Bitfarms', 300000000.0, None, '2025-10-07', 'facility'),
        ],
    ),
    # a commitment to provide financing to the miner
    (
        "B. Riley signed a commitment to provide up to $72 million of new financing to Core Scientific on December"
        " 21, 2022.",
        '2022-12-22', 'loan',
        [
            ('Core Scientific', 72000000.0, None, '2022-12-21', 'facility'),
        ],
    ),
    # but 'Financing to Fund' in a headline names no borrower
    (
        "IREN Closes $3.65 Billion GPU Financing to Fund Microsoft AI Cloud Contract",
        '2026-06-01', 'loan',
        [
        ],
    ),
    # 'That month' after 'A year ago' is the reported month a year back
    (
        "CleanSpark Reports February 2024 Bitcoin Mining Update\n\nCleanSpark mined 1,054 BTC in February 2024. A ye"
        "ar ago, CleanSpark's fleet ran at about 6.7 EH/s. That month's production was 476 BTC.",
        '2024-03-04', 'btc_mined',
        [
            ('CleanSpark', 1054.0, '2024-02-01', '2024-02-29', None),
            ('CleanSpark', 476.0, '2023-02-01', '2023-02-28', None),
        ],
    ),
    # 'In that quarter' after 'the previous quarter' is that quarter
    (
        "Riot Reports Second Quarter 2023 Results\n\nRiot produced 1,775 bitcoin in the second quarter of 2023, a de"
        "crease from the previous quarter. In that quarter, the Company had produced 2,115 bitcoin.",
        '2023-07-31', 'btc_mined',
        [
            ('Riot Platforms', 1775.0, '2023-04-01', '2023-06-30', None),
            ('Riot Platforms', 2115.0, '2023-01-01', '2023-03-31', None),
        ],
    ),
    # 'Back then' after 'the same month a year ago' is that month
    (
        "Marathon Digital produced 1,072 BTC in August 2023. The August number also compares well with the same mo"
        "nth a year ago. Back then Marathon was still waiting for its machines, and it mined just 616 BTC.",
        '2023-09-06', 'btc_mined',
        [
            ('MARA Holdings', 1072.0, '2023-08-01', '2023-08-31', None),
            ('MARA Holdings', 616.0, '2022-08-01', '2022-08-31', None),
        ],
    ),
    # 'The same month last year' at a sentence's head is the month a year back
    (
        "HIVE Digital Technologies Reports October 2023 Production\n\nHIVE produced 287 BTC in October 2023. The sam"
        "e month last year, when the Company still operated as HIVE Blockchain Technologies, it produced 270 BTC.",
        '2023-11-07', 'btc_mined',
        [
            ('HIVE Digital Technologies', 287.0, '2023-10-01', '2023-10-31', None),
            ('HIVE Digital Technologies', 270.0, '2022-10-01', '2022-10-31', None),
        ],
    ),
    # a defined day named anywhere in the sentence dates the payment, not the date the sentence before gave
    (
        "On June 4, 2024 (the \"Amendment Effective Date\"), Gryphon Digital Mining, Inc. entered into Amendment No."
        " 2 to the Master Equipment Finance Agreement originally dated June 28, 2021 with Anchorage Lending CA, LL"
        "C. In return, Gryphon paid Anchorage $1,000,000 of principal on the Amendment Effective Date. Following t"
        "hat payment, approximately $11.4 million of principal remained outstanding under the agreement.",
        '2024-06-10', 'loan',
        [
            ('Gryphon Digital Mining', 1000000.0, None, '2024-06-04', 'repaid'),
            ('Gryphon Digital Mining', 11400000.0, None, '2024-06-04', 'outstanding'),
        ],
    ),
    # a day the filing 'calls' a defined term
    (
        "Mawson's subsidiary Luna Squares entered into the facility with Tiburon Equipment Finance LLC on February"
        " 14, 2022, which the filing calls the \"Effective Date\". Luna borrowed $20.6 million on the Effective Date"
        ", secured by about 6,000 Antminer S19j Pro units.",
        '2022-03-08', 'loan',
        [
            ('Mawson Infrastructure', 20600000.0, None, '2022-02-14', 'borrowed'),
        ],
    ),
    # 'one week later' is seven days after the day just named
    (
        "Greenidge borrowed $25.0 million from NYDIG on December 9, 2021. One week later, it took a second advance"
        " of $15.9 million.",
        '2021-12-21', 'loan',
        [
            ('Greenidge Generation', 25000000.0, None, '2021-12-09', 'borrowed'),
            ('Greenidge Generation', 15900000.0, None, '2021-12-16', 'borrowed'),
        ],
    ),
    # a label's figure with a comparison after it, both read
    (
        "Cipher Mining Reports August 2023 Update\n\nAugust 2023 summary\n\n- BTC mined: 328, compared with 401 BTC mi"
        "ned in July",
        '2023-09-06', 'btc_mined',
        [
            ('Cipher Mining', 328.0, '2023-08-01', '2023-08-31', None),
            ('Cipher Mining', 401.0, '2023-07-01', '2023-07-31', None),
        ],
    ),
    # a state or a campus as the subject is part of the fleet
    (
        "CleanSpark February update. The Sandersville and College Park campuses together ran close to 11 EH/s, and"
        " the state as a whole produced about 241 BTC of the month's total.",
        '2025-03-04', 'btc_mined',
        [
        ],
    ),
    # coins generated for customers that are 'not part of the Company's production'
    (
        "BitFuFu February update. The 355 BTC generated on capacity rented by those customers is credited to their"
        " accounts and is not part of the Company's production or holdings.",
        '2025-03-05', 'btc_mined',
        [
        ],
    ),
    # another coin's fleet is no bitcoin hashrate
    (
        "Phoenix Group 2023 results. Its Kaspa machines, a mix of Bitmain KS3 and IceRiver units, ran at a combine"
        "d 120 PH/s at year end, while its bitcoin fleet ran at 2.1 EH/s.",
        '2024-03-28', 'hashrate',
        [
            ('Phoenix Group', 2.1, None, '2023-12-31', 'operational'),
        ],
    ),
    # a maturity's month does not date the repayment
    (
        "On July 10, 2025, Bit Origin repaid in full a $1.0 million secured promissory note held by an existing le"
        "nder, ahead of its December maturity.",
        '2025-07-17', 'loan',
        [
            ('Bit Origin', 1000000.0, None, '2025-07-10', 'repaid'),
        ],
    ),
])
def test_blind_round_22(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # one company's figures for a list of months, respectively
    (
        "Riot produced 740, 727 and 675 bitcoin in January, February and March 2023, respectively, for a first-qua"
        "rter total of 2,142 BTC.",
        '2023-04-04', 'btc_mined',
        [
            ('Riot Platforms', 740.0, '2023-01-01', '2023-01-31', None),
            ('Riot Platforms', 727.0, '2023-02-01', '2023-02-28', None),
            ('Riot Platforms', 675.0, '2023-03-01', '2023-03-31', None),
            ('Riot Platforms', 2142.0, '2023-01-01', '2023-03-31', None),
        ],
    ),
    # a list of months that wraps the year takes the last month's year
    (
        "Riot produced 740, 727 and 675 bitcoin in November, December and January, respectively.",
        '2024-02-04', 'btc_mined',
        [
            ('Riot Platforms', 740.0, '2023-11-01', '2023-11-30', None),
            ('Riot Platforms', 727.0, '2023-12-01', '2023-12-31', None),
            ('Riot Platforms', 675.0, '2024-01-01', '2024-01-31', None),
        ],
    ),
    # loan figures with their own units in a list of months, each event the first one's
    (
        "During the quarter, Argo made principal repayments of $2.0 million, $2.0 million and $2.5 million on the "
        "Galaxy loan in January, February and March, respectively, reducing the outstanding principal to $20 milli"
        "on.",
        '2023-04-06', 'loan',
        [
            ('Argo Blockchain', 2000000.0, None, '2023-01-31', 'repaid'),
            ('Argo Blockchain', 2000000.0, None, '2023-02-28', 'repaid'),
            ('Argo Blockchain', 2500000.0, None, '2023-03-31', 'repaid'),
            ('Argo Blockchain', 20000000.0, None, '2023-03-31', 'outstanding'),
        ],
    ),
    # 'grew its reserve by' is a change, the balance after 'to' is the holding
    (
        "Hut 8 grew its reserve by 72 BTC over the quarter to 10,273 BTC as of June 30, 2025.",
        '2025-07-09', 'btc_held',
        [
            ('Hut 8', 10273.0, None, '2025-06-30', None),
        ],
    ),
    # 'grew the treasury by more than' is a change
    (
        "DMG still grew the treasury by more than 60 bitcoin during fiscal 2024.",
        '2025-01-28', 'btc_held',
        [
        ],
    ),
    # a nine-month output in third-quarter results runs to the quarter's end
    (
        "LM Funding reported a nine-month mining output of 162.3 BTC.",
        '2024-11-13', 'btc_mined',
        [
            ('LM Funding America', 162.3, '2024-01-01', '2024-09-30', None),
        ],
    ),
    # a short first row of a space-aligned table: each figure in the column it stands under
    (
        "IREN Limited June 2025 Monthly Update\n\nMonthly Operating Data (unaudited)\n\n                              "
        "         Jun-25     May-25\nInstalled hashrate, month end (EH/s)   50.0       \nAverage operating hashrate "
        "(EH/s)      45.4       44.1\nBitcoin mined                          620        579\nBitcoin sold           "
        "                620        \n",
        '2025-07-07', None,
        [
            ('IREN', 50.0, None, '2025-06-30', 'installed'),
            ('IREN', 45.4, '2025-06-01', '2025-06-30', 'average'),
            ('IREN', 44.1, '2025-05-01', '2025-05-31', 'average'),
            ('IREN', 620.0, '2025-06-01', '2025-06-30', None),
            ('IREN', 579.0, '2025-05-01', '2025-05-31', None),
            ('IREN', 620.0, '2025-06-01', '2025-06-30', None),
        ],
    ),
    # 'pushing its fleet toward' a figure by the end of the year is a target for this year
    (
        "Chief executive James Manning said Mawson was pushing its fleet toward 5 EH/s by the end of the year, alm"
        "ost double what it runs today.",
        '2022-03-15', 'hashrate',
        [
            ('Mawson Infrastructure', 5.0, None, '2022-12-31', 'target'),
        ],
    ),
    # a repayment 'upon its maturity in August' is dated August
    (
        "Canaan also repaid a 7.6 million USDT loan upon its maturity in August, after which the related collatera"
        "l was returned.",
        '2024-11-26', 'loan',
        [
            ('Canaan', 7600000.0, None, '2024-08-31', 'repaid'),
        ],
    ),
    # but an extension 'to' a maturity date dates nothing
    (
        "Canaan extended the loan's maturity to August 2026.",
        '2024-11-26', 'loan',
        [
        ],
    ),
    # a loan told in coins is no holding
    (
        "In March Gryphon paid 22 BTC of principal to Anchorage, reducing the balance outstanding under the bitcoi"
        "n-denominated note to 340 BTC as of March 31, 2024. Gryphon held 12.6 BTC at the end of March.",
        '2024-04-04', 'btc_held',
        [
            ('Gryphon Digital Mining', 12.6, None, '2024-03-31', None),
        ],
    ),
    # but a holding after a repayment, across a comma, is a holding
    (
        "Riot sold 500 BTC to repay the loan, bringing holdings to 3,000 BTC.",
        '2024-04-04', 'btc_held',
        [
            ('Riot Platforms', 3000.0, None, '2024-04-04', None),
        ],
    ),
    # an unnamed private miner's loan is nobody's
    (
        "Hut 8 has a Coinbase line. One private Texas miner told this publication it had taken a $25 million loan "
        "against 300 BTC from an unnamed lender.",
        '2025-11-14', 'loan',
        [
        ],
    ),
    # an unnamed miner named in an appositive is not the company before it
    (
        "Bitdeer runs 12 EH/s. A privately held Texas miner, Lone Star Hash, said it has signed a 300 MW power agr"
        "eement and expects to run about 9 EH/s by the end of the year.",
        '2025-03-03', 'hashrate',
        [
            ('Bitdeer', 12.0, None, '2025-03-03', 'operational'),
        ],
    ),
    # coins 'not included in BTC held' are no holding
    (
        "Bitfarms held 1,150 BTC at August 31, 2024. The Company held BTC call options representing approximately "
        "100 BTC of upside exposure at August 31; these are derivative positions and are not included in BTC held.",
        '2024-09-04', 'btc_held',
        [
            ('Bitfarms', 1150.0, None, '2024-08-31', None),
        ],
    ),
    # a statute's year dates nothing
    (
        "CleanSpark update. This press release contains forward-looking statements within the meaning of the Priva"
        "te Securities Litigation Reform Act of 1995, including statements regarding the expected growth of our ha"
        "shrate to 20 EH/s.",
        '2024-01-03', 'hashrate',
        [
            ('CleanSpark', 20.0, None, '2024-01-03', 'target'),
        ],
    ),
    # a year the sentence opens with governs the figure, not a part told after it
    (
        "For the full year 2022, TeraWulf self-mined 1,080 bitcoin, nearly all of it in the second half after Lake"
        " Mariner began operations.",
        '2023-04-04', 'btc_mined',
        [
            ('TeraWulf', 1080.0, '2022-01-01', '2022-12-31', None),
        ],
    ),
    # nor a start told in an appositive after it
    (
        "For full year 2025, Cango mined 6,594.6 BTC, its first full calendar year of mining since it entered the "
        "business by acquiring on-rack machines in November 2024.",
        '2026-01-06', 'btc_mined',
        [
            ('Cango', 6594.6, '2025-01-01', '2025-12-31', None),
        ],
    ),
    # a cut to the principal a named miner owes its lender is a repayment
    (
        "The deal reduced the principal Greenidge owes NYDIG by approximately $57 million.",
        '2023-02-01', 'loan',
        [
            ('Greenidge Generation', 57000000.0, None, '2023-02-01', 'repaid'),
        ],
    ),
    # so is a cut to the debt owed to a lender, but not to what is owed on convertible notes
    (
        "The restructuring reduced Greenidge's debt owed to NYDIG by approximately $57 million. Stronghold also am"
        "ended its convertible notes and warrants, cutting the principal owed on the notes by $11.3 million in ret"
        "urn for a lower warrant price.",
        '2023-02-01', 'loan',
        [
            ('Greenidge Generation', 57000000.0, None, '2023-02-01', 'repaid'),
        ],
    ),
    # a facility sized in a relative clause is dated by the main clause
    (
        "Cango update. The facility, which provides for borrowings of up to US$100 million, was entered into on Au"
        "gust 28, 2025.",
        '2025-11-04', 'loan',
        [
            ('Cango', 100000000.0, None, '2025-08-28', 'facility'),
        ],
    ),
    # a 'facility agreement' with a shareholder is a facility
    (
        "On October 9, 2024, Phoenix Group entered into a facility agreement with one of its major shareholders fo"
        "r up to USD 50 million.",
        '2025-02-18', 'loan',
        [
            ('Phoenix Group', 50000000.0, None, '2024-10-09', 'facility'),
        ],
    ),
    # a lender's 'loan of $X to' the miner is the miner's borrowing
    (
        "Tether extended a loan of $150 million to Northern Data in April 2024.",
        '2024-05-02', 'loan',
        [
            ('Northern Data', 150000000.0, None, '2024-04-30', 'borrowed'),
        ],
    ),
    # but a miner's loan to its own joint venture is no borrowing
    (
        "Separately, Phoenix Group extended a loan of USD 8 million to its US joint venture to fund the joint vent"
        "ure's purchase of transformers.",
        '2025-02-18', 'loan',
        [
        ],
    ),
])
def test_blind_round_23(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # an order for machines 'totalling' a hashrate is installed hashrate at publication, whatever the delivery schedule
    (
        "The key to that plan is an order for 48,000 MicroBT WhatsMiner miners totalling roughly 4.2 EH/s, placed "
        "by Bitfarms in the spring and scheduled to arrive in monthly tranches through the end of next year.",
        '2021-06-21', 'hashrate',
        [
            ('Bitfarms', 4.2, None, '2021-06-21', 'installed'),
        ],
    ),
    # machines bought 'securing' a hashrate, with deliveries through a later date
    (
        "TeraWulf has purchased 30,000 Bitmain Antminer S19j Pro miners, securing about 3.0 EH/s of hashrate, with"
        " deliveries scheduled in monthly installments through the end of 2022.",
        '2021-12-14', 'hashrate',
        [
            ('TeraWulf', 3.0, None, '2021-12-14', 'installed'),
        ],
    ),
    # a purchase 'for an aggregate hashrate of', across a machine's rating and the deal's own date
    (
        "On June 4, 2021, Cipher Mining entered into a purchase agreement with Bitmain Technologies Limited for 27"
        ",000 Antminer S19j Pro machines, each with a nominal rating of 100 TH/s, for an aggregate hashrate of app"
        "roximately 2.7 EH/s.",
        '2021-07-06', 'hashrate',
        [
            ('Cipher Mining', 2.7, None, '2021-07-06', 'installed'),
        ],
    ),
    # machines 'on order' representing a hashrate
    (
        "Core Scientific ended the year with approximately 128,000 miners on order for delivery during 2022, repre"
        "senting roughly 13.7 EH/s of hashrate.",
        '2022-01-20', 'hashrate',
        [
            ('Core Scientific', 13.7, None, '2022-01-20', 'installed'),
        ],
    ),
    # 'ended the fiscal year with' is the fiscal year's end (September)
    (
        "CleanSpark said it ended the fiscal year with an operational hashrate of 36.9 EH/s.",
        '2024-11-29', 'hashrate',
        [
            ('CleanSpark', 36.9, None, '2024-09-30', 'operational'),
        ],
    ),
    # 'exited the fiscal year at' is the fiscal year's end (March)
    (
        "HIVE Digital Technologies said it exited the fiscal year at 6.4 EH/s.",
        '2025-06-24', 'hashrate',
        [
            ('HIVE Digital Technologies', 6.4, None, '2025-03-31', 'operational'),
        ],
    ),
    # a part of a year's output given by count after it, for its own quarter
    (
        "Bitdeer's self-mining business mined 2,034 bitcoin in 2024, with 324 of those in the fourth quarter.",
        '2025-04-17', 'btc_mined',
        [
            ('Bitdeer', 2034.0, '2024-01-01', '2024-12-31', None),
            ('Bitdeer', 324.0, '2024-10-01', '2024-12-31', None),
        ],
    ),
    # 'N of them in the fourth quarter alone'
    (
        "TeraWulf self-mined 3,406 bitcoin in 2023, 1,094 of them in the fourth quarter alone.",
        '2024-03-18', 'btc_mined',
        [
            ('TeraWulf', 3406.0, '2023-01-01', '2023-12-31', None),
            ('TeraWulf', 1094.0, '2023-10-01', '2023-12-31', None),
        ],
    ),
    # a rival's claim about the company's figure is not the company's
    (
        "Riot asserts that Bitfarms will finish 2024 at roughly 14 EH/s, far short of its 21 EH/s target.",
        '2024-06-10', 'hashrate',
        [
        ],
    ),
    # a review that 'implies' a figure is an estimate
    (
        "Riot's review of announced miner orders implies that Bitfarms is more likely to close the year at roughly"
        " 14 EH/s.",
        '2024-05-28', 'hashrate',
        [
        ],
    ),
    # a short seller 'says' a figure: its claim
    (
        "The short seller says Iris Energy will have no more than 20 EH/s running by December.",
        '2024-07-12', 'hashrate',
        [
        ],
    ),
    # a named critic's 'assertion' is a claim
    (
        "Lakeshore's assertion that Hut 8 is running at barely 1.5 EH/s is not supported by any figure we have rep"
        "orted.",
        '2023-06-20', 'hashrate',
        [
        ],
    ),
    # press reports' claim about a loan
    (
        "Press reports have claimed that Argo owes more than $100 million in asset-backed loans.",
        '2022-10-13', 'loan',
        [
        ],
    ),
    # a 'true' output in scare quotes is a critic's number
    (
        "In its short report, Tamarack says Mawson's \"true\" monthly output is closer to 12 BTC once hosting client"
        "s' bitcoin is stripped out.",
        '2024-11-19', 'btc_mined',
        [
        ],
    ),
    # the goal a target was upgraded from is no fact
    (
        "Iris Energy reiterated its target of 30 EH/s by the end of 2024, which it upgraded from 20 EH/s in May.",
        '2024-07-12', 'hashrate',
        [
            ('IREN', 30.0, None, '2024-12-31', 'target'),
        ],
    ),
    # coins drawn from the reserve are part of a sale, not the month's output
    (
        "Bitfarms sold 512 BTC in December, comprising the whole of December's production and 43 BTC drawn from th"
        "e Company's reserve.",
        '2023-01-03', None,
        [
            ('Bitfarms', 512.0, '2022-12-01', '2022-12-31', None),
        ],
    ),
    # 'together with N bitcoin from its prior balance' is not mined
    (
        "Core Scientific sold all of the bitcoin it mined in February, together with 33 bitcoin from its prior bal"
        "ance, to fund operations.",
        '2023-03-06', None,
        [
        ],
    ),
    # 'sold all but 10 BTC' is no count sold
    (
        "Gryphon sold all but 10 BTC of the bitcoin it mined in April, adding those coins to its treasury.",
        '2024-05-07', 'btc_sold',
        [
        ],
    ),
    # but 'sold 10 BTC from its treasury' is a sale
    (
        "Gryphon sold 10 BTC from its treasury in April.",
        '2024-05-07', 'btc_sold',
        [
            ('Gryphon Digital Mining', 10.0, '2024-04-01', '2024-04-30', None),
        ],
    ),
    # a period in an aside 'since' which the figure stands does not date it
    (
        "DMG update for October. During the month DMG sold 30 BTC at an average price of approximately US$65,900, "
        "its first bitcoin sale since the summer of 2023.",
        '2024-11-06', 'btc_sold',
        [
            ('DMG Blockchain Solutions', 30.0, '2024-10-01', '2024-10-31', None),
        ],
    ),
    # nor 'since completing its merger ... in February' after a superlative
    (
        "Gryphon update for April. Gryphon's treasury at month end was approximately 31.7 BTC, the largest balance"
        " it has carried since completing its merger with Akerna in February.",
        '2024-05-07', 'btc_held',
        [
            ('Gryphon Digital Mining', 31.7, None, '2024-04-30', None),
        ],
    ),
    # nor 'since we first started holding production in 2023' after a dash
    (
        "Cipher update for May. That left us with 1,227 BTC on the balance sheet at month end — a treasury that ha"
        "s grown steadily since we first started holding production in 2023.",
        '2025-06-03', 'btc_held',
        [
            ('Cipher Mining', 1227.0, None, '2025-05-31', None),
        ],
    ),
    # but 'mined ... since the start of 2024' is a running total
    (
        "Cipher has mined 2,227 BTC since the start of 2024.",
        '2025-06-03', 'btc_mined',
        [
            ('Cipher Mining', 2227.0, '2024-01-01', '2025-05-31', None),
        ],
    ),
    # a period in a dash aside that glosses the one before it
    (
        "In the June quarter alone — the first quarter of the new reward schedule — Iris Energy's fleet still prod"
        "uced 744 bitcoin.",
        '2024-08-28', 'btc_mined',
        [
            ('IREN', 744.0, '2024-04-01', '2024-06-30', None),
        ],
    ),
    # 'grew its balance by only' is a change
    (
        "Riot grew its balance by only 110 BTC over the quarter because it resumed selling.",
        '2025-10-07', 'btc_held',
        [
        ],
    ),
    # a holding the company 'wants to reach' is a goal
    (
        "The company has said American Bitcoin wants to reach 10,000 BTC in its reserve by mid-2026.",
        '2025-12-09', 'btc_held',
        [
        ],
    ),
    # 'We enter 2022 with' is the end of 2021
    (
        "Argo's chief executive said: \"We enter 2022 with over 2,300 bitcoin on the balance sheet.\"",
        '2022-01-10', 'btc_held',
        [
            ('Argo Blockchain', 2300.0, None, '2021-12-31', None),
        ],
    ),
    # hashrate 'recovered' in a month is a step, not a level
    (
        "Cango recovered nearly three exahashes of average hashrate in August as hosting partners completed coolin"
        "g upgrades.",
        '2025-09-02', 'hashrate',
        [
        ],
    ),
    # preferred equity financing is not a loan
    (
        "Applied Digital's new loan is separate from the up to $5 billion perpetual preferred equity financing tha"
        "t Macquarie Asset Management agreed to provide earlier this year.",
        '2025-10-09', 'loan',
        [
        ],
    ),
    # 'lifts ... total borrowings from a lender to about $X' is the balance
    (
        "The draw lifts BitFuFu's total borrowings from Antalpha to about $75 million.",
        '2025-02-11', 'loan',
        [
            ('BitFuFu', 75000000.0, None, '2025-02-11', 'outstanding'),
        ],
    ),
    # a loan 'at the same time' as a deal the sentence before dates
    (
        "On 28 December 2022, Argo completed the sale of its Helios facility to Galaxy for $65 million. At the sam"
        "e time, Argo entered into a new $35 million asset-backed loan with Galaxy, secured by the Company's minin"
        "g machines.",
        '2023-01-10', 'loan',
        [
            ('Argo Blockchain', 35000000.0, None, '2022-12-28', 'facility'),
        ],
    ),
    # and a day without its year there reads as its month
    (
        "The turning point came on 28 December, when Argo completed the sale of Helios to Galaxy Digital for $65 m"
        "illion. At the same time, Galaxy extended Argo a new $35 million loan secured by its mining equipment.",
        '2023-04-26', 'loan',
        [
            ('Argo Blockchain', 35000000.0, None, '2022-12-31', 'borrowed'),
        ],
    ),
])
def test_blind_round_457_464(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a quarter's report told as 'the Three Months Ended': 'during the quarter' is that quarter, not a prior-year comparison quarter named before
    (
        "Argo Blockchain plc\n\nUnaudited Results for the Three Months Ended 31 March 2022\n\n- Revenue of £25.1 milli"
        "on, compared with £15.4 million in Q1 2021\n\nDuring the quarter the Company sold 545 BTC for proceeds of U"
        "S$21.9 million.",
        '2022-05-24', 'btc_sold',
        [
            ('Argo Blockchain', 545.0, '2022-01-01', '2022-03-31', None),
        ],
    ),
    # 'more than six times the 480 it generated in 2020' does not date the figure before it
    (
        "For the whole of 2021, Marathon produced 3,197 self-mined bitcoin, more than six times the 480 it generat"
        "ed in 2020.",
        '2022-02-24', 'btc_mined',
        [
            ('MARA Holdings', 3197.0, '2021-01-01', '2021-12-31', None),
        ],
    ),
    # 'more than three times the 4,144 BTC the miner produced in 2022' is 2022's output
    (
        "Marathon Digital mined a record 15,126 BTC in 2023. That is more than three times the 4,144 BTC the Las V"
        "egas-based miner produced in 2022.",
        '2024-01-03', 'btc_mined',
        [
            ('MARA Holdings', 15126.0, '2023-01-01', '2023-12-31', None),
            ('MARA Holdings', 4144.0, '2022-01-01', '2022-12-31', None),
        ],
    ),
    # 'up from 5.6 EH/s a year earlier' after a day is a year before that day
    (
        "- Iris Energy's installed self-mining hashrate was 10 EH/s at June 30, up from 5.6 EH/s a year earlier.",
        '2024-08-28', 'hashrate',
        [
            ('IREN', 10.0, None, '2024-06-30', 'installed'),
            ('IREN', 5.6, None, '2023-06-30', 'installed'),
        ],
    ),
    # but a dateline's day is not what 'a year earlier' counts back from
    (
        "Dec 6, 2021 - Riot Blockchain said it produced 472 bitcoin in November, up from 136 BTC a year earlier.",
        '2021-12-06', 'btc_mined',
        [
            ('Riot Platforms', 472.0, '2021-11-01', '2021-11-30', None),
            ('Riot Platforms', 136.0, '2020-11-01', '2020-11-30', None),
        ],
    ),
    # a venture 'in which' the company 'holds a 25% stake' is not its fleet
    (
        "Nautilus, in which TeraWulf holds a 25% stake, ran at about 5.4 EH/s in December.",
        '2024-03-06', 'hashrate',
        [
        ],
    ),
    # a 'which' aside does not lend its tense to the figure
    (
        "Bit Digital update for November. Bit Digital's total hash rate, which includes machines that are installe"
        "d but not yet hashing, stood at about 2.9 EH/s.",
        '2023-12-05', 'hashrate',
        [
            ('Bit Digital', 2.9, None, '2023-11-30', 'installed'),
        ],
    ),
    # but the aside stays when the company's words are reported
    (
        "CleanSpark, which is midway through its fiscal 2024, said it had already passed 10 EH/s.",
        '2024-01-05', 'hashrate',
        [
            ('CleanSpark', 10.0, None, '2024-01-05', 'operational'),
        ],
    ),
    # 'ended August without any bitcoin' is a holding of zero
    (
        "Stronghold ended August without any bitcoin on its balance sheet.",
        '2022-09-07', 'btc_held',
        [
            ('Stronghold Digital Mining', 0.0, None, '2022-08-31', None),
        ],
    ),
    # 'no bitcoin on any exchange' is where coins are kept, not a holding
    (
        "Hut 8 said none of its coins are pledged and that it has no bitcoin on any exchange.",
        '2022-12-06', 'btc_held',
        [
        ],
    ),
    # 'lifting that site's hashrate' is one site's
    (
        "DMG energized new Antminer S21 units at Christina Lake through October, lifting that site's hashrate to a"
        "bout 1.1 EH/s.",
        '2024-11-07', 'hashrate',
        [
        ],
    ),
    # revenue 'or roughly 1.8 BTC at May's average price' is an equivalent
    (
        "SAI.TECH's heat recovery generated revenue of about US$48,000 in May, or roughly 1.8 BTC at May's average"
        " price.",
        '2023-06-12', 'btc_mined',
        [
        ],
    ),
    # but a sale 'at Average Price of' is a sale
    (
        "HIVE Digital Technologies Reports Q3 Fiscal 2025 Results, Sells 97 Bitcoin at Average Price of US$78,400",
        '2025-02-14', 'btc_sold',
        [
            ('HIVE Digital Technologies', 97.0, '2024-10-01', '2024-12-31', None),
        ],
    ),
    # 'Bitcoin equivalents of hosting revenue' are not mined
    (
        "Stronghold generated approximately 177 Bitcoin equivalents in December, comprising 155 Bitcoin self-mined"
        " and about 22 Bitcoin equivalents of hosting revenue.",
        '2024-01-08', 'btc_mined',
        [
            ('Stronghold Digital Mining', 177.0, '2023-12-01', '2023-12-31', None),
            ('Stronghold Digital Mining', 155.0, '2023-12-01', '2023-12-31', None),
        ],
    ),
    # financing that 'has not yet been finalized' is no loan
    (
        "TeraWulf said it is working with Morgan Stanley on a project financing package of as much as $3 billion, "
        "which has not yet been finalized.",
        '2025-08-14', 'loan',
        [
        ],
    ),
    # a brief's capital-letter bullet reads as prose: a draw on its day
    (
        "Oct 4 (Reuters) - Marathon Digital Holdings Inc:\n\n* MARATHON DIGITAL HOLDINGS - DREW $30 MLN UNDER SILVER"
        "GATE REVOLVING CREDIT FACILITY ON SEPT. 12",
        '2022-10-04', 'loan',
        [
            ('MARA Holdings', 30000000.0, None, '2022-09-12', 'borrowed'),
        ],
    ),
    # and 'AT MONTH END' is the reported month's end, not the dateline's day
    (
        "BRIEF-Core Scientific Reports April 2023 Production And Operations Update\n\nMay 4 (Reuters) - Core Scienti"
        "fic Inc:\n\n* CORE SCIENTIFIC - SELF-MINING HASHRATE OF 16.3 EH/S AT MONTH END",
        '2023-05-04', 'hashrate',
        [
            ('Core Scientific', 16.3, None, '2023-04-30', 'operational'),
        ],
    ),
    # a terminal alert with a timestamp
    (
        "16:05:14 *IREN JULY BITCOIN MINED 728 BTC",
        '2025-08-28', 'btc_mined',
        [
            ('IREN', 728.0, '2025-07-01', '2025-07-31', None),
        ],
    ),
    # another company's name before 'SAYS' keeps its capitals, so its figures stay its own
    (
        "07:40:02 *CLEANSPARK JUNE BITCOIN MINED 685 BTC\n07:45:10 *BITMINE IMMERSION SAYS HASHRATE 0.3 EH/S, HOLDS"
        " 160 BTC",
        '2025-07-02', None,
        [
            ('CleanSpark', 685.0, '2025-06-01', '2025-06-30', None),
        ],
    ),
    # a table's title in capitals keeps its case
    (
        "PUBLIC COMPANY BITCOIN HOLDINGS, SEPTEMBER 30, 2021\n\n  Company             Sector     BTC        Change i"
        "n Q3\n  Marathon Digital    Mining      7,035     +1,251\n  Riot Blockchain     Mining      3,534     +1,29"
        "1\n",
        '2021-10-12', 'btc_held',
        [
            ('MARA Holdings', 7035.0, None, '2021-09-30', None),
            ('Riot Platforms', 3534.0, None, '2021-09-30', None),
        ],
    ),
])
def test_blind_round_465_472(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a target 'lowered to approximately X from Y': the old target is no fact
    (
        "Bitfarms cut its year-end 2024 target to approximately 17.5 EH/s from 21 EH/s.",
        '2024-09-03', 'hashrate',
        [
            ('Bitfarms', 17.5, None, '2024-12-31', 'target'),
        ],
    ),
    # a target 'withdrawn' after the figure is no fact
    (
        "Bitfarms update.\n- 2025 target of 35 EH/s withdrawn pending a review of the Company's capital plan",
        '2024-09-03', 'hashrate',
        [
        ],
    ),
    # the figure a company 'floated' before is no fact
    (
        "Digihost said it expects to reach 2.0 EH/s by the end of 2025, a lower figure than the 2.5 EH/s it floate"
        "d last spring.",
        '2025-03-12', 'hashrate',
        [
            ('Digihost', 2.0, None, '2025-12-31', 'target'),
        ],
    ),
    # 'of new machines to be energized' is a step, not the fleet
    (
        "Riot update.\n- Kentucky sites: approximately 1.2 EH/s of new machines to be energized by the end of Augus"
        "t.",
        '2024-07-02', 'hashrate',
        [
        ],
    ),
    # a goal the company 'has not attached a date to' is no fact
    (
        "Riot Platforms raised its guidance. Once both 600-megawatt phases at the Corsicana Facility are complete,"
        " the Company sees a path to 100 EH/s, although it has not attached a date to that figure.",
        '2024-07-02', 'hashrate',
        [
        ],
    ),
    # nor one it 'gave no date for'
    (
        "IREN also mentioned a longer-term ambition to grow to 50 EH/s, but gave no date for that figure.",
        '2024-08-28', 'hashrate',
        [
        ],
    ),
    # but a dated path is a target
    (
        "CleanSpark said it sees a clear path to 50 EH/s by the end of June.",
        '2025-03-04', 'hashrate',
        [
            ('CleanSpark', 50.0, None, '2025-06-30', 'target'),
        ],
    ),
    # BTC 'per share' is a ratio, not a holding
    (
        "Hut 8 holds about 0.11 BTC per share, Cipher about 0.003 and IREN none.",
        '2025-02-18', 'btc_held',
        [
        ],
    ),
    # a writer's 'production estimates' are not the companies'
    (
        "My production estimates for the June quarter are 900 BTC at Core Scientific, 560 at Cipher and 350 at Ter"
        "aWulf.",
        '2025-05-19', 'btc_mined',
        [
        ],
    ),
    # nor what the writer 'assumes'
    (
        "For valuation purposes I assume Marathon reaches 20 EH/s by December, a little under what management has "
        "been hinting at.",
        '2023-08-14', 'hashrate',
        [
        ],
    ),
    # 'N EH/s, or a little over a fifth of the company's fleet' is a share of it
    (
        "Bit Digital runs machines in Ethiopia. Those machines amount to roughly 0.6 EH/s, or a little over a fift"
        "h of the company's fleet.",
        '2024-07-12', 'hashrate',
        [
        ],
    ),
    # 'buildings alone' is one site
    (
        "Bitfarms operates in Quebec. Its Sherbrooke buildings alone hold roughly 1.9 EH/s of machines.",
        '2024-05-09', 'hashrate',
        [
        ],
    ),
    # 'the site runs' a figure is one site's
    (
        "A Core Scientific representative told the court the site runs roughly 2.5 exahashes per second of mining "
        "equipment.",
        '2023-06-15', 'hashrate',
        [
        ],
    ),
    # the figure a revision replaced ('from the 505 BTC it had reported') is no fact
    (
        "In the same update, Riot revised its May production figure to 514 BTC from the 505 BTC it had reported a "
        "month ago.",
        '2025-07-03', 'btc_mined',
        [
            ('Riot Platforms', 514.0, '2025-05-01', '2025-05-31', None),
        ],
    ),
])
def test_blind_round_473_480(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a dashboard's tile: the figure on its own line between its label and its as-of stamp
    (
        "MARA Holdings Key Metrics\n\n53.2 EH/s\nEnergized hashrate\nAs of December 31, 2024\n\n890 BTC\nBitcoin produced"
        "\nMonth of December 2024\n",
        '2025-01-06', None,
        [
            ('MARA Holdings', 53.2, None, '2024-12-31', 'energized'),
            ('MARA Holdings', 890.0, '2024-12-01', '2024-12-31', None),
        ],
    ),
    # a tile whose label comes first, in capitals
    (
        "Cipher Mining operations dashboard\n\n>> BITCOIN HELD\n1,114 BTC\nas of February 28, 2025\n",
        '2025-03-05', 'btc_held',
        [
            ('Cipher Mining', 1114.0, None, '2025-02-28', None),
        ],
    ),
    # a tile's neighbour that is a sentence stays a line of its own
    (
        "Riot Platforms dashboard\n\nBitcoin production\n514 BTC\nUp from 463 BTC in April, a month-on-month increase "
        "of 11%. Production per day: 16.6 BTC.\n",
        '2025-06-04', 'btc_mined',
        [
            ('Riot Platforms', 514.0, '2025-05-01', '2025-05-31', None),
            ('Riot Platforms', 463.0, '2025-04-01', '2025-04-30', None),
        ],
    ),
    # a bare comparison figure with a qualifier is dated to its own period
    (
        "Riot mined 470 bitcoin in July 2025, down from about 2,700 a year earlier.",
        '2025-08-05', 'btc_mined',
        [
            ('Riot Platforms', 470.0, '2025-07-01', '2025-07-31', None),
            ('Riot Platforms', 2700.0, '2024-07-01', '2024-07-31', None),
        ],
    ),
    # a preliminary release's figures, named in a text that corrects them, are no facts
    (
        "TeraWulf revised its March production. Why the figures changed: the preliminary release reported 201 bitc"
        "oin self-mined in March and 537 bitcoin for the first quarter. TeraWulf self-mined 196 bitcoin in March 2"
        "023.",
        '2023-04-11', 'btc_mined',
        [
            ('TeraWulf', 196.0, '2023-03-01', '2023-03-31', None),
        ],
    ),
    # an overstated figure in a correction is no fact
    (
        "IREN corrected its August update. The original update overstated the Company's average operating hashrate"
        " for August 2024, showing 16.3 EH/s. The average operating hashrate for August 2024 was 13.9 EH/s.",
        '2024-09-06', 'hashrate',
        [
            ('IREN', 13.9, '2024-08-01', '2024-08-31', 'average'),
        ],
    ),
    # a preliminary figure that a revision in the same text replaces
    (
        "Bitfarms revised its November production. In its update of December 5, 2022, Bitfarms reported preliminar"
        "y November production of 486 BTC. Bitfarms said November production was 470 BTC after a reconciliation wi"
        "th its pool.",
        '2023-01-03', 'btc_mined',
        [
            ('Bitfarms', 470.0, '2022-11-01', '2022-11-30', None),
        ],
    ),
    # a next milestone the company expects to reach by a date is a target
    (
        "CleanSpark said its next milestone is 50 EH/s, which it expects to reach by the end of June 2025.",
        '2025-01-03', 'hashrate',
        [
            ('CleanSpark', 50.0, None, '2025-06-30', 'target'),
        ],
    ),
    # an expansion targeted for a half year is a target
    (
        "IREN remains on track to reach 30 EH/s by the end of 2024, with a further expansion to 50 EH/s targeted f"
        "or the first half of 2025.",
        '2024-09-06', 'hashrate',
        [
            ('IREN', 30.0, None, '2024-12-31', 'target'),
            ('IREN', 50.0, None, '2025-06-30', 'target'),
        ],
    ),
    # an analyst's own figure on a call: 'I had you at'
    (
        "HIVE Blockchain fiscal third quarter 2023 call.\n\nLiam Farraday: And on hashrate at HIVE, I had you at rou"
        "ghly 3.3 exahash at quarter end.",
        '2023-02-14', 'hashrate',
        [
        ],
    ),
    # an analyst's model on a call: 'I'm modeling'
    (
        "Core Scientific first quarter 2024 call.\n\nWith the halving now behind us, I'm modeling about 2,000 bitcoi"
        "n for the second quarter at Core Scientific.",
        '2024-05-08', 'btc_mined',
        [
        ],
    ),
    # an analyst addressing the company: 'You're sitting on'
    (
        "Cipher Mining fourth quarter 2024 call.\n\nLena Whitcombe: You're sitting on over a thousand bitcoin now.",
        '2025-02-25', 'btc_held',
        [
        ],
    ),
    # an unnamed peer's figure, told by an analyst
    (
        "MARA fourth quarter 2021 call.\n\nOne of your Texas peers said last week it is running about 3.1 exahash an"
        "d selling part of its production.",
        '2022-03-01', 'hashrate',
        [
        ],
    ),
    # an unnamed peer's figure: 'A large American peer is now running'
    (
        "Argo Blockchain annual results call.\n\nA large American peer is now running over 7 exahash with a much low"
        "er cost of capital.",
        '2023-04-04', 'hashrate',
        [
        ],
    ),
    # a number word with a capital opens a speaker's answer
    (
        "Bitdeer keynote Q&A.\n\nBITDEER: Forty exahash of self-mining by the end of October.",
        '2025-05-20', 'hashrate',
        [
            ('Bitdeer', 40.0, None, '2025-10-31', 'target'),
        ],
    ),
    # 'Twenty-one' is 21, never 'one'
    (
        "Bitfarms said twenty-one exahash is its goal for the end of 2024. Twenty-one exahash at our power costs i"
        "s a very competitive position.",
        '2024-03-07', 'hashrate',
        [
            ('Bitfarms', 21.0, None, '2024-12-31', 'target'),
        ],
    ),
    # 'this week we are at' dates the figure to publication, not to the month named before it
    (
        "Bitfarms fourth quarter 2023 call.\n\nWe finished December with 6.5 exahash of operating hashrate, and this"
        " week we are at 7.0 exahash.",
        '2024-03-07', 'hashrate',
        [
            ('Bitfarms', 6.5, None, '2023-12-31', 'operational'),
            ('Bitfarms', 7.0, None, '2024-03-07', 'operational'),
        ],
    ),
    # 'as of this week' is publication
    (
        "IREN FY2024 call.\n\nWe finished June with 10 exahash installed, and we're at 13 exahash operating as of th"
        "is week.",
        '2024-08-28', 'hashrate',
        [
            ('IREN', 10.0, None, '2024-06-30', 'installed'),
            ('IREN', 13.0, None, '2024-08-28', 'installed'),
        ],
    ),
    # a sale after a policy clause joined by ', and we sold'
    (
        "CleanSpark fiscal second quarter 2023 call.\n\nOur strategy remains to sell bitcoin as needed to fund opera"
        "tions, and we sold 1,445 bitcoin in the quarter for proceeds of about $31.6 million.",
        '2023-05-11', 'btc_sold',
        [
            ('CleanSpark', 1445.0, '2023-01-01', '2023-03-31', None),
        ],
    ),
    # a debt balance after an aside about what it consists of
    (
        "HIVE Digital Technologies results.\n\nLoans payable, which now consist of equipment loans held by its Swedi"
        "sh subsidiary, totaled $1.1 million at December 31, 2023, compared with $3.8 million at March 31, 2023.",
        '2024-02-14', 'loan',
        [
            ('HIVE Digital Technologies', 1100000.0, None, '2023-12-31', 'outstanding'),
            ('HIVE Digital Technologies', 3800000.0, None, '2023-03-31', 'outstanding'),
        ],
    ),
    # a miner's mortgage loan on its data center is a loan
    (
        "In November, HIVE repaid the $2.4 million remaining balance of the mortgage loan secured by its Grand Fal"
        "ls, New Brunswick facility.",
        '2024-02-14', 'loan',
        [
            ('HIVE Digital Technologies', 2400000.0, None, '2023-11-30', 'repaid'),
        ],
    ),
    # a year that names a market's lows dates nothing
    (
        "In February, Greenidge borrowed $10 million from B. Riley Commercial Capital under a new term loan, givin"
        "g it additional liquidity while bitcoin prices recovered from their 2022 lows.",
        '2023-03-31', 'loan',
        [
            ('Greenidge Generation', 10000000.0, None, '2023-02-28', 'borrowed'),
        ],
    ),
    # a maker's machines named after a registry name ('Canaan units') do not make the maker the subject
    (
        "Cipher Mining update.\n\nThe Company expects to grow its self-mining hashrate to approximately 13.5 EH/s by"
        " year-end 2024 as new Bitmain and Canaan units are energized at Odessa.",
        '2024-06-05', 'hashrate',
        [
            ('Cipher Mining', 13.5, None, '2024-12-31', 'target'),
        ],
    ),
    # a one-word registry name inside another organisation's full name
    (
        "Nordic Hive Mining AB, a privately held Swedish miner, raised new capital. Nordic Hive said it mined 480 "
        "BTC in 2021 and about 135 BTC in the first quarter of this year. HIVE Digital was not involved.",
        '2022-05-18', 'btc_mined',
        [
        ],
    ),
    # 'ended the quarter with' is the quarter's end, not a later clause's month
    (
        "Cango Inc. second quarter 2025 earnings call.\n\nWe ended the quarter with 4,530 bitcoin on the balance she"
        "et, and as of the end of August we held 5,193 bitcoin.",
        '2025-09-10', 'btc_held',
        [
            ('Cango', 4530.0, None, '2025-06-30', None),
            ('Cango', 5193.0, None, '2025-08-31', None),
        ],
    ),
    # a month inside an aside about the halving is the halving's, not the output's
    (
        "IREN FY2024 call.\n\nIn the June quarter, despite the halving cutting block rewards in April, we still prod"
        "uced nearly a thousand bitcoin.",
        '2024-08-28', 'btc_mined',
        [
            ('IREN', 1000.0, '2024-04-01', '2024-06-30', None),
        ],
    ),
    # a balance named first, with its as-of date before 'was' and no unit
    (
        "Hut 8 Mining Corp. January 2023 update.\n\n- Total Bitcoin held in reserve as at January 31, 2023 was 9,091"
        ".",
        '2023-02-07', 'btc_held',
        [
            ('Hut 8', 9091.0, None, '2023-01-31', None),
        ],
    ),
    # 'bringing total Bitcoin held in reserve to' a bare number
    (
        "Hut 8 Mining Corp. August 2022 update.\n\n- 100% of the Bitcoin mined in August was deposited into custody,"
        " bringing total Bitcoin held in reserve to 8,388 as of August 31, 2022.",
        '2022-09-06', 'btc_held',
        [
            ('Hut 8', 8388.0, None, '2022-08-31', None),
        ],
    ),
    # coins 'in its own strategic reserve' are a balance
    (
        "Hut 8 reported 10,264 bitcoin in its own strategic reserve at June 30, 2025, which it keeps separately fr"
        "om American Bitcoin's holdings.",
        '2025-09-03', 'btc_held',
        [
            ('Hut 8', 10264.0, None, '2025-06-30', None),
        ],
    ),
    # management's own expectation is a target, not a forecast by outsiders
    (
        "DMG Blockchain Solutions Inc. results.\n\nManagement expects the Company's self-mining hashrate to reach ap"
        "proximately 1.9 EH/s by the end of fiscal 2024 as additional immersion-cooled containers are commissioned"
        ".",
        '2024-02-28', 'hashrate',
        [
            ('DMG Blockchain Solutions', 1.9, None, '2024-09-30', 'target'),
        ],
    ),
])
def test_blind_batches_481_488(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a comma-separated data file reads as a table, its ISO months as months
    (
        "Bitfarms Ltd. data download. Bitcoin columns are stated in BTC.\n\n--- begin file ---\nMonth,BTC Mined,BTC S"
        "old,BTC Held,Hashrate (EH/s)\n2024-04,206,153,856,6.5\n2024-05,183,-,1039,7.9\n--- end file ---\n",
        '2024-06-04', None,
        [
            ('Bitfarms', 206.0, '2024-04-01', '2024-04-30', None),
            ('Bitfarms', 153.0, '2024-04-01', '2024-04-30', None),
            ('Bitfarms', 856.0, None, '2024-04-30', None),
            ('Bitfarms', 6.5, None, '2024-04-30', 'operational'),
            ('Bitfarms', 183.0, '2024-05-01', '2024-05-31', None),
            ('Bitfarms', 1039.0, None, '2024-05-31', None),
            ('Bitfarms', 7.9, None, '2024-05-31', 'operational'),
        ],
    ),
    # a table aligned with spaces keeps its thousands commas
    (
        "CleanSpark fiscal 2024 letter.\n\n                             FY2024          FY2023\nBitcoin sold         "
        "        2,165           5,425\n",
        '2024-12-10', 'btc_sold',
        [
            ('CleanSpark', 2165.0, '2023-10-01', '2024-09-30', None),
            ('CleanSpark', 5425.0, '2022-10-01', '2023-09-30', None),
        ],
    ),
    # a 'Month/Month Change' column beside two months' columns
    (
        "Riot Platforms update.\n\nComparison (Unaudited)            March 2024    February 2024    Month/Month Chan"
        "ge\nBitcoin Produced                         425              418                    2%\nBitcoin Held (1)  "
        "                     8,490            8,067                    5%\n",
        '2024-04-02', None,
        [
            ('Riot Platforms', 425.0, '2024-03-01', '2024-03-31', None),
            ('Riot Platforms', 418.0, '2024-02-01', '2024-02-29', None),
            ('Riot Platforms', 8490.0, None, '2024-03-31', None),
            ('Riot Platforms', 8067.0, None, '2024-02-29', None),
        ],
    ),
    # coins delivered against options, a part of the month's sale, are no sale of their own
    (
        "Of the 475 bitcoin Riot sold in March 2025, 120 BTC were delivered against call options that expired in t"
        "he money.",
        '2025-04-03', 'btc_sold',
        [
        ],
    ),
    # coins earned as lending interest are no production
    (
        "Hut 8 Mining's yield program generated approximately 14 bitcoin of interest in the fourth quarter of 2021"
        ", which is recorded as yield income rather than as mining revenue.",
        '2022-01-05', 'btc_mined',
        [
        ],
    ),
    # a bonus plan's threshold and maximum levels are no figures
    (
        "Core Scientific's self-mining hashrate goal was 16.0 EH/s at December 31, 2023, with a threshold of 14.5 "
        "EH/s and a maximum of 18.0 EH/s.",
        '2024-04-29', 'hashrate',
        [
            ('Core Scientific', 16.0, None, '2023-12-31', 'target'),
        ],
    ),
    # a target quarter after publication is the calendar one, even for a June fiscal year
    (
        "Iris Energy Limited monthly update.\n\nThe Company's self-mining capacity is expected to reach 9.1 EH/s in "
        "Q1 2024 once new S21 miners are installed at Childress, Texas.",
        '2023-11-06', 'hashrate',
        [
            ('IREN', 9.1, None, '2024-03-31', 'target'),
        ],
    ),
    # 'three times its output for the whole of 2022' is the comparison's year, not the figure's
    (
        "Marathon Digital Holdings update.\n\nAcross the first eleven months of the year, Marathon has self-mined 11"
        ",466 bitcoin, almost three times its output for the whole of 2022.",
        '2023-12-04', 'btc_mined',
        [
            ('MARA Holdings', 11466.0, '2023-01-01', '2023-11-30', None),
        ],
    ),
    # the year a repaid loan was drawn is no date of the repayment
    (
        "HIVE Digital Technologies fiscal 2023 results.\n\nIn September 2022, HIVE repaid in full the US$15 million "
        "loan it had drawn the previous year, secured by bitcoin.",
        '2023-06-27', 'loan',
        [
            ('HIVE Digital Technologies', 15000000.0, None, '2022-09-30', 'repaid'),
            ('HIVE Digital Technologies', 15000000.0, None, '2021-09-30', 'borrowed'),
        ],
    ),
    # a stock 'at year end' told in the past, in May, is the year just closed
    (
        "Stronghold Digital Mining 2022 Environmental Report.\n\nStronghold held roughly 8 bitcoin at year end.",
        '2023-05-15', 'btc_held',
        [
            ('Stronghold Digital Mining', 8.0, None, '2022-12-31', None),
        ],
    ),
    # 'helped the company produce' is production
    (
        "Lower power prices helped the company produce 338 bitcoin in February, Cipher Mining said.",
        '2024-03-06', 'btc_mined',
        [
            ('Cipher Mining', 338.0, '2024-02-01', '2024-02-29', None),
        ],
    ),
    # a definition between dashes about the network makes no network figure
    (
        "CleanSpark Inc update.\n\nOperational hashrate — the computing power the company's machines contribute to t"
        "he bitcoin network — reached 33.4 exahashes per second at the end of November 2024.",
        '2024-12-04', 'hashrate',
        [
            ('CleanSpark', 33.4, None, '2024-11-30', 'operational'),
        ],
    ),
    # a 'stash' is a holding
    (
        "CleanSpark's bitcoin stash tops 8,700 coins as the miner keeps every coin it digs up",
        '2024-12-04', 'btc_held',
        [
            ('CleanSpark', 8700.0, None, '2024-12-04', None),
        ],
    ),
])
def test_blind_batches_489_496(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a bilingual release's French copy tells no facts of its own
    (
        "HIVE Digital Technologies Reports Fiscal Q3 2024 Results\n\n- 849.6 BTC produced in the quarter, compared w"
        "ith 781 BTC in the same quarter of fiscal 2023.\n\nFaits saillants (français)\n\n- Production de 849,6 BTC au"
        " cours du trimestre, contre 781 BTC au même trimestre de l'exercice 2023.",
        '2024-02-14', 'btc_mined',
        [
            ('HIVE Digital Technologies', 849.6, '2023-10-01', '2023-12-31', None),
            ('HIVE Digital Technologies', 781.0, '2022-10-01', '2022-12-31', None),
        ],
    ),
    # a goal's deadline later in the sentence is no date of a draw
    (
        "Hut 8 Corp. Q2 2024 results. Hut 8 has a credit facility with Coinbase.\n\nIn July, Hut 8 drew a further $1"
        "5.0 million under the same facility to fund deposits, under which it expects to exceed 10 EH/s by the end"
        " of 2024.",
        '2024-08-08', 'loan',
        [
            ('Hut 8', 15000000.0, None, '2024-07-31', 'borrowed'),
        ],
    ),
    # a debt table of miners: loans beside holdings, cells with note marks
    (
        "Miners borrowed against their coins in 2025, CoinDesk calculations show.\n\nBitcoin-backed borrowing and tr"
        "easuries, December 31, 2025\n\nCompany            BTC-backed loans outstanding   BTC held\nMARA Holdings    "
        "  $350.0m (1)                    53,822\nRiot Platforms     $100.0m                        19,287\n\n(1) Dra"
        "ws under two bitcoin-secured lines.\n",
        '2026-01-12', None,
        [
            ('MARA Holdings', 350000000.0, None, '2025-12-31', 'outstanding'),
            ('MARA Holdings', 53822.0, None, '2025-12-31', None),
            ('Riot Platforms', 100000000.0, None, '2025-12-31', 'outstanding'),
            ('Riot Platforms', 19287.0, None, '2025-12-31', None),
        ],
    ),
    # 'Core EBITDA' is no mention of Core Scientific
    (
        "LM Funding America, Inc. (NASDAQ: LMFA) reported second-quarter results.\n\n- Core EBITDA of $(0.3) million"
        "\n- Bitcoin mined: 40.1 BTC in the second quarter of 2024\n\nMost of its miners run at a Core Scientific fac"
        "ility in Texas.",
        '2024-08-14', 'btc_mined',
        [
            ('LM Funding America', 40.1, '2024-04-01', '2024-06-30', None),
        ],
    ),
    # 'Nine-month production' in capitals is the nine months
    (
        "Digihost Technology Inc. third quarter 2023 results.\n\n- Nine-month production of 524 BTC",
        '2023-11-15', 'btc_mined',
        [
            ('Digihost', 524.0, '2023-01-01', '2023-09-30', None),
        ],
    ),
])
def test_blind_batches_497_504(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a change column's base is no column period: quarter-end rows keep their holdings
    (
        "How much bitcoin does Riot Platforms own?\n\nRiot's bitcoin holdings by quarter\n\nQuarter end | BTC held | C"
        "hange vs prior quarter\nMarch 31, 2024 | 8,490 | +618\nJune 30, 2024 | 9,334 | +844\n",
        '2025-03-14', 'btc_held',
        [
            ('Riot Platforms', 8490.0, None, '2024-03-31', None),
            ('Riot Platforms', 9334.0, None, '2024-06-30', None),
        ],
    ),
    # a row label's gloss in brackets: 'September 30, 2024 (fiscal year end)'
    (
        "CleanSpark hashrate FAQ.\n\nDate | Operational hashrate\nJune 30, 2024 | 20.4 EH/s\nSeptember 30, 2024 (fisca"
        "l year end) | 26.3 EH/s\n",
        '2024-12-06', 'hashrate',
        [
            ('CleanSpark', 20.4, None, '2024-06-30', 'operational'),
            ('CleanSpark', 26.3, None, '2024-09-30', 'operational'),
        ],
    ),
    # 'in the treasury' is a holding
    (
        "Riot Platforms had 6,696 BTC in the treasury at the end of July.",
        '2022-08-03', 'btc_held',
        [
            ('Riot Platforms', 6696.0, None, '2022-07-31', None),
        ],
    ),
    # a machine's rating in a buying guide is no company's hashrate
    (
        "Best ASIC miners of 2024\n\nModel | Maker | Rating | Efficiency | Price\nSEALMINER A2 | Bitdeer | 226 TH/s |"
        " 16.5 J/TH | $4,400\nAvalon A1566 | Canaan | 185 TH/s | 18.5 J/TH | $2,900\n",
        '2024-12-03', 'hashrate',
        [
        ],
    ),
    # a 10-Q's 'current-year quarter' and 'prior-year quarter' are the heading's quarters
    (
        "CIPHER MINING INC.\nQUARTERLY REPORT ON FORM 10-Q\nFor the quarterly period ended June 30, 2024\n\nResults of"
        " Operations\n\nThree Months Ended June 30, 2024 and 2023\n\nWe mined 591 bitcoin in the current-year quarter "
        "compared with 1,009 bitcoin in the prior-year quarter.\n\nSix Months Ended June 30, 2024 and 2023\n\nIn the c"
        "urrent-year period we mined 1,741 bitcoin, compared with 1,954 bitcoin in the prior-year period.\n",
        '2024-07-30', 'btc_mined',
        [
            ('Cipher Mining', 591.0, '2024-04-01', '2024-06-30', None),
            ('Cipher Mining', 1009.0, '2023-04-01', '2023-06-30', None),
            ('Cipher Mining', 1741.0, '2024-01-01', '2024-06-30', None),
            ('Cipher Mining', 1954.0, '2023-01-01', '2023-06-30', None),
        ],
    ),
    # a 10-Q's 'at quarter end' and 'a year earlier' are the cover's quarter end and a year before it
    (
        "MARA HOLDINGS, INC.\nQUARTERLY REPORT ON FORM 10-Q\nFor the quarterly period ended September 30, 2024\n\nOper"
        "ating metrics\n\n- Energized hashrate at quarter end: 36.9 EH/s, up from 17.7 EH/s a year earlier.\n",
        '2024-10-30', 'hashrate',
        [
            ('MARA Holdings', 36.9, None, '2024-09-30', 'energized'),
            ('MARA Holdings', 17.7, None, '2023-09-30', 'energized'),
        ],
    ),
    # a 10-K's 'current fiscal year' and 'prior fiscal year' are the cover's
    (
        "CLEANSPARK, INC.\nANNUAL REPORT ON FORM 10-K\nFor the fiscal year ended September 30, 2024\n\nWe mined 7,098 "
        "bitcoin in the current fiscal year, compared to 6,903 bitcoin in the prior fiscal year.\n",
        '2024-11-29', 'btc_mined',
        [
            ('CleanSpark', 7098.0, '2023-10-01', '2024-09-30', None),
            ('CleanSpark', 6903.0, '2022-10-01', '2023-09-30', None),
        ],
    ),
    # a filing's own dated comparison keeps its date
    (
        "CLEANSPARK, INC.\nQUARTERLY REPORT ON FORM 10-Q\nFor the quarterly period ended December 31, 2022\n\nThe Comp"
        "any mined 1,768 bitcoin during the current quarter, compared with 824 bitcoin in the three months ended D"
        "ecember 31, 2021.\n",
        '2023-02-09', 'btc_mined',
        [
            ('CleanSpark', 1768.0, '2022-10-01', '2022-12-31', None),
            ('CleanSpark', 824.0, '2021-10-01', '2021-12-31', None),
        ],
    ),
    # a pipe header on two lines: each column's span and its end
    (
        "HUT 8 CORP.\nANNUAL REPORT ON FORM 10-K\n\nKey Performance Metrics\n\n                                  | Year"
        " Ended      | Six Months Ended    | Fiscal Year Ended\n                                  | Dec. 31, 2024  "
        " | Dec. 31, 2023       | June 30, 2023\nBitcoin mined (self-mining)       | 1,212           | 804         "
        "        | 1,174\n",
        '2025-03-04', 'btc_mined',
        [
            ('Hut 8', 1212.0, '2024-01-01', '2024-12-31', None),
            ('Hut 8', 804.0, '2023-07-01', '2023-12-31', None),
            ('Hut 8', 1174.0, '2022-07-01', '2023-06-30', None),
        ],
    ),
    # the total under management before 'its own self-mining fleet accounted for' is others' machines too
    (
        "Of the 21.5 EH/s of hashrate Bitdeer had under management at the end of February 2024, its own self-minin"
        "g fleet accounted for 8.4 EH/s; the rest belongs to hosting clients.",
        '2024-03-12', 'hashrate',
        [
            ('Bitdeer', 8.4, None, '2024-02-29', 'operational'),
        ],
    ),
    # 'only 3.9 EH/s of that was BitFuFu's own fleet' is the fleet
    (
        "BitFuFu had 36.2 EH/s under management at the end of October 2025, but only 3.9 EH/s of that was BitFuFu'"
        "s own fleet.",
        '2025-11-05', 'hashrate',
        [
            ('BitFuFu', 3.9, None, '2025-10-31', 'operational'),
        ],
    ),
    # a goal's deadline in a later clause: 'which it projects will happen by'
    (
        "Marathon expects to reach approximately 23.3 EH/s once all of the machines it has on order are installed,"
        " which it projects will happen by the end of the first quarter of 2023.",
        '2022-02-15', 'hashrate',
        [
            ('MARA Holdings', 23.3, None, '2023-03-31', 'target'),
        ],
    ),
    # 'now' before an explicit 'as of May 31' is the stated day
    (
        "MARA now counts 49,179 BTC in its treasury as of May 31, including coins that are loaned out.",
        '2025-06-03', 'btc_held',
        [
            ('MARA Holdings', 49179.0, None, '2025-05-31', None),
        ],
    ),
    # coins a sale swept up that the miner 'still had at the end of November' are that month's balance
    (
        "Core Scientific sold 1,295 bitcoin in December. That was more than it produced: the sales also swept up t"
        "he 24 coins it still had at the end of November.",
        '2023-01-05', None,
        [
            ('Core Scientific', 1295.0, '2022-12-01', '2022-12-31', None),
            ('Core Scientific', 24.0, None, '2022-11-30', None),
        ],
    ),
    # an unnamed rival's figures, after a relative clause
    (
        "Quick read-across: a rival private miner, which is not listed, reported 1,020 BTC for May on roughly 41 E"
        "H/s, while Riot Platforms mined 514 BTC.",
        '2025-06-03', None,
        [
            ('Riot Platforms', 514.0, '2025-05-01', '2025-05-31', None),
        ],
    ),
    # 'still owes' is owed now, not in the month of an earlier clause
    (
        "After selling the Helios facility in Texas to Galaxy Digital for $65 million in December, Argo Blockchain"
        " still owes Galaxy about $35 million on the asset-backed loan.",
        '2023-02-07', 'loan',
        [
            ('Argo Blockchain', 35000000.0, None, '2023-02-07', 'outstanding'),
        ],
    ),
    # 'owes ... as of August 31' keeps the stated day
    (
        "Gryphon Digital Mining also owes Anchorage about $15.8 million under its equipment financing as of August"
        " 31.",
        '2023-09-14', 'loan',
        [
            ('Gryphon Digital Mining', 15800000.0, None, '2023-08-31', 'outstanding'),
        ],
    ),
    # a company's figures parted by bars, each with its own words
    (
        "May production updates are in.\nRiot Platforms: 514 BTC produced | 475 BTC sold | 19,225 BTC held\n",
        '2025-06-03', None,
        [
            ('Riot Platforms', 514.0, '2025-05-01', '2025-05-31', None),
            ('Riot Platforms', 475.0, '2025-05-01', '2025-05-31', None),
            ('Riot Platforms', 19225.0, None, '2025-05-31', None),
        ],
    ),
    # rigs 'roughly 3.6 EH/s worth' that were powered down are no fleet
    (
        "Iris Energy said the affected rigs, roughly 3.6 EH/s worth, were powered down on Nov. 11 and have not pro"
        "duced any bitcoin since.",
        '2022-12-07', 'hashrate',
        [
        ],
    ),
    # 'by Mid-Year' in a headline's capitals is June 30
    (
        "Bitfarms Earns 302 BTC in February 2024 and Reaffirms Target of At Least 21 EH/s by Mid-Year",
        '2024-03-01', 'hashrate',
        [
            ('Bitfarms', 21.0, None, '2024-06-30', 'target'),
        ],
    ),
    # a target's margin ('+/- 0.25 EH/s') is no figure, and the deadline after it is the target's
    (
        "HIVE Digital Technologies targets 6.5 EH/s, +/- 0.25 EH/s, by the end of calendar 2024.",
        '2024-11-14', 'hashrate',
        [
            ('HIVE Digital Technologies', 6.5, None, '2024-12-31', 'target'),
        ],
    ),
    # a maker's output and its shipments to buyers are no fleet
    (
        "Bitdeer said SEALMINER A2 units with a combined rating of approximately 8.4 EH/s came off the production "
        "line during May 2025. Of that volume, about 3.2 EH/s was shipped to external buyers.",
        '2025-06-10', 'hashrate',
        [
        ],
    ),
])
def test_blind_batches_505_512_round1(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # 'over the year' after a past year named in the sentence is that year
    (
        "TeraWulf energized Lake Mariner in March 2022 and self-mined 1,025 bitcoin over the year.",
        '2026-02-05', 'btc_mined',
        [
            ('TeraWulf', 1025.0, '2022-01-01', '2022-12-31', None),
        ],
    ),
    # 'closed the year' after a past year named in the sentence is that year's end
    (
        "Riot Platforms sold 5,242 BTC during 2023, generating proceeds of $150.9 million, and it closed the year "
        "with 7,362 BTC on the balance sheet.",
        '2026-01-14', 'btc_held',
        [
            ('Riot Platforms', 7362.0, None, '2023-12-31', None),
        ],
    ),
    # 'closed the year' after a comparison year keeps the year the figure is about
    (
        "Riot Platforms mined 8,000 BTC in 2024, up from 6,000 in 2023, and it closed the year with 10,000 BTC.",
        '2026-01-14', 'btc_held',
        [
            ('Riot Platforms', 10000.0, None, '2024-12-31', None),
        ],
    ),
    # figures told from an older dated update count from that update's day
    (
        "The opinion also refers to Argo Blockchain's operational update of October 7, 2022, in which the company "
        "reported 203 BTC mined the previous month and said it held 246 BTC at the end of September.",
        '2025-03-12', None,
        [
            ('Argo Blockchain', 203.0, '2022-09-01', '2022-09-30', None),
            ('Argo Blockchain', 246.0, None, '2022-09-30', None),
        ],
    ),
    # a lawsuit's own estimates are no facts, the company's stated figures are
    (
        "Stronghold Digital Mining class action.\n\nThe Company reported an active hash rate of 1.2 EH/s at the end "
        "of February 2022. Plaintiffs allege that the Company's hash rate during the first quarter of 2022 average"
        "d no more than 0.9 EH/s.",
        '2022-06-03', 'hashrate',
        [
            ('Stronghold Digital Mining', 1.2, None, '2022-02-28', 'operational'),
        ],
    ),
    # a chart's data labels: each item a fact of the series' metric and its own month
    (
        "Riot Blockchain Q2 2022 investor deck\n\nMonthly BTC production (chart data labels): Apr 374 | May 466 | Ju"
        "n 555\n",
        '2022-08-02', 'btc_mined',
        [
            ('Riot Platforms', 374.0, '2022-04-01', '2022-04-30', None),
            ('Riot Platforms', 466.0, '2022-05-01', '2022-05-31', None),
            ('Riot Platforms', 555.0, '2022-06-01', '2022-06-30', None),
        ],
    ),
    # a series of quarters with an estimate: past quarters are the fleet, the estimate is a target
    (
        "Riot Blockchain Q2 2022 investor deck\n\nDeployed self-mining hash rate (EH/s): Q4'21 3.1 | Q1'22 4.7 | Q2'"
        "22 5.6 | Jan'23E 12.5\n",
        '2022-08-02', 'hashrate',
        [
            ('Riot Platforms', 3.1, None, '2021-12-31', 'deployed'),
            ('Riot Platforms', 4.7, None, '2022-03-31', 'deployed'),
            ('Riot Platforms', 5.6, None, '2022-06-30', 'deployed'),
            ('Riot Platforms', 12.5, None, '2023-01-31', 'target'),
        ],
    ),
    # a series named by the chart's title above it
    (
        "Hut 8 Mining Corp. reserve chart.\n\nTitle: Hut 8 Mining: bitcoin held in reserve, quarter-end, 2022\nData l"
        "abels: Mar 31: 6,460 | Jun 30: 7,406 | Sep 30: 8,388 | Dec 31: 9,086\n",
        '2023-01-09', 'btc_held',
        [
            ('Hut 8', 6460.0, None, '2022-03-31', None),
            ('Hut 8', 7406.0, None, '2022-06-30', None),
            ('Hut 8', 8388.0, None, '2022-09-30', None),
            ('Hut 8', 9086.0, None, '2022-12-31', None),
        ],
    ),
    # a month with none sold in a series is no sale
    (
        "Cipher Mining Q4 2024 earnings deck\n\nSold, by month: Oct 0 | Nov 112 | Dec 138\n",
        '2025-02-26', 'btc_sold',
        [
            ('Cipher Mining', 112.0, '2024-11-01', '2024-11-30', None),
            ('Cipher Mining', 138.0, '2024-12-01', '2024-12-31', None),
        ],
    ),
    # a table's header of months is no series
    (
        "Riot Platforms April 2025 production update\n\nComparison (Unaudited) | April 2025 | March 2025 | April 202"
        "4\nBitcoin Produced | 463 | 533 | 372\n",
        '2025-05-02', 'btc_mined',
        [
            ('Riot Platforms', 463.0, '2025-04-01', '2025-04-30', None),
            ('Riot Platforms', 533.0, '2025-03-01', '2025-03-31', None),
            ('Riot Platforms', 372.0, '2024-04-01', '2024-04-30', None),
        ],
    ),
    # a series of hashrate under management is hosted machines too
    (
        "Bitdeer Q2 2025 investor presentation\n\n  Total hashrate under management (EH/s):       Q4 2024: 25.3 | Q1"
        " 2025: 28.1 | Q2 2025: 30.9\n",
        '2025-08-12', 'hashrate',
        [
        ],
    ),
    # a chart's axis is no figure
    (
        "CleanSpark operational hashrate chart, month-end, January-June 2024\nLeft axis: 0 to 25 EH/s. Right axis: "
        "0 to 7,000 BTC.\n",
        '2024-07-03', 'hashrate',
        [
        ],
    ),
    # a rumour's figures quoted in a denial are no facts
    (
        "Argo Blockchain denies Chapter 11 reports.\n\nReports circulating this week that Argo \"holds no bitcoin\" ar"
        "e incorrect. As of November 30, 2022, the Company held 162 BTC.",
        '2022-12-28', 'btc_held',
        [
            ('Argo Blockchain', 162.0, None, '2022-11-30', None),
        ],
    ),
    # a news article's figures the company corrects are no facts
    (
        "Hut 8 Mining corrects newspaper figures.\n\nThe article stated that Hut 8 was running \"around 4.5 EH/s\" in "
        "October. The Company's installed hashrate was 2.98 EH/s at October 31, 2022.",
        '2022-11-15', 'hashrate',
        [
            ('Hut 8', 2.98, None, '2022-10-31', 'installed'),
        ],
    ),
])
def test_blind_batches_513_520_round2(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # an equipment note from a lender is a loan, repaid like one
    (
        "Soluna Holdings repaid the remaining $2.1 million of an equipment-backed note with NYDIG during November.",
        '2022-12-05', 'loan',
        [
            ('Soluna', 2100000.0, None, '2022-11-30', 'repaid'),
        ],
    ),
    # a lender's name of five words before 'by' still leaves the cut a repayment
    (
        "Mawson Infrastructure cut the balance of its secured loan with W Capital Advisors Pty Ltd by $4.3 million"
        " in August.",
        '2023-09-05', 'loan',
        [
            ('Mawson Infrastructure', 4300000.0, None, '2023-08-31', 'repaid'),
        ],
    ),
    # financing agreements 'totalling' an amount are a facility, not sale proceeds
    (
        "Iris Energy entered into limited recourse equipment financing agreements totalling US$71 million in Septe"
        "mber 2021.",
        '2021-11-17', 'loan',
        [
            ('IREN', 71000000.0, None, '2021-09-30', 'facility'),
        ],
    ),
    # a draw 'under the facilities' in the plural is a borrowing
    (
        "Iris Energy drew a further US$32.1 million under the facilities in the quarter.",
        '2022-11-14', 'loan',
        [
            ('IREN', 32100000.0, None, '2022-11-14', 'borrowed'),
        ],
    ),
    # 'providing for financing of up to' an amount is a facility
    (
        "Stronghold Digital Mining entered into an agreement with NYDIG providing for financing of up to approxima"
        "tely $53.9 million in the aggregate.",
        '2021-12-20', 'loan',
        [
            ('Stronghold Digital Mining', 53900000.0, None, '2021-12-20', 'facility'),
        ],
    ),
    # a lender's legal name with its defined short name is no other borrower
    (
        "LM Funding America increased its bitcoin-backed revolving credit facility with Two Prime Lending Limited "
        "(\"Two Prime\") from $10 million to $15 million.",
        '2025-10-07', 'loan',
        [
            ('LM Funding America', 15000000.0, None, '2025-10-07', 'facility'),
        ],
    ),
    # an on-chain tracker's balance of a miner's tagged addresses is no holding
    (
        "Marathon Digital said it held 15,741 BTC at the end of February. Arkham's entity page for Marathon showed"
        " a combined balance of roughly 17,600 BTC across the addresses it has tagged.",
        '2024-03-05', 'btc_held',
        [
            ('MARA Holdings', 15741.0, None, '2024-02-29', None),
        ],
    ),
    # the balance a tracker shows for addresses it attributes to a miner is no holding
    (
        "Hut 8 Mining moved coins on Tuesday, according to Arkham Intelligence. After the transfer, the addresses "
        "the firm attributes to Hut 8 still showed a balance of roughly 8,100 BTC.",
        '2023-06-07', 'btc_held',
        [
        ],
    ),
    # 'at month end' early in a month that names no month is the month just ended
    (
        "Hut 8 reported an installed ASIC capacity of 2.6 EH/s at month end.",
        '2023-06-07', 'hashrate',
        [
            ('Hut 8', 2.6, None, '2023-05-31', 'installed'),
        ],
    ),
    # 'The global Bitcoin hash rate' is the network's
    (
        "Marathon bought 30,000 miners. The global Bitcoin hash rate has recovered to around 110 EH/s after the su"
        "mmer's crackdown in China.",
        '2021-08-14', 'hashrate',
        [
        ],
    ),
    # a goal's deadline in 'which it currently expects by' is the target's
    (
        "Marathon said it expects to be producing approximately 13.3 EH/s once that entire order book is energized"
        ", which it currently expects by the middle of 2022.",
        '2021-08-14', 'hashrate',
        [
            ('MARA Holdings', 13.3, None, '2022-06-30', 'target'),
        ],
    ),
    # 'One of those partners, which also runs' a fleet is the partner's
    (
        "Bit Digital uses hosting partners. One of those partners, which also runs a proprietary fleet of about 1."
        "8 EH/s, is not affiliated with Bit Digital.",
        '2022-06-06', 'hashrate',
        [
        ],
    ),
    # a reference mark after a period ends the sentence
    (
        "Marathon grew fast. In 2022 it mined 4,144 BTC, held back by delays at the hosting sites where its machin"
        "es were housed.[3] In January 2023 Marathon repaid the $50 million term loan it had drawn from Silvergate"
        " Bank.",
        '2026-01-20', None,
        [
            ('MARA Holdings', 4144.0, '2022-01-01', '2022-12-31', None),
            ('MARA Holdings', 50000000.0, None, '2023-01-31', 'repaid'),
        ],
    ),
    # a year inside a relative clause does not date the main clause's month
    (
        "Cango (CANG), the NYSE-listed miner that pivoted from car financing into bitcoin in 2024, mined 569 BTC i"
        "n November, its lowest monthly total.",
        '2025-12-16', 'btc_mined',
        [
            ('Cango', 569.0, '2025-11-01', '2025-11-30', None),
        ],
    ),
    # 'the December quarter a year earlier' is that quarter one year back
    (
        "HIVE mined 871 BTC in the quarter ended December 31, 2025, compared with 338 BTC in the December quarter "
        "a year earlier.",
        '2026-02-17', 'btc_mined',
        [
            ('HIVE Digital Technologies', 871.0, '2025-10-01', '2025-12-31', None),
            ('HIVE Digital Technologies', 338.0, '2024-10-01', '2024-12-31', None),
        ],
    ),
    # a title-case 'Mid-2025' is the middle of the year
    (
        "CleanSpark Ends Calendar 2024 With 10,556 Bitcoin in Treasury, Targets 50 EH/s by Mid-2025",
        '2025-01-06', 'hashrate',
        [
            ('CleanSpark', 50.0, None, '2025-06-30', 'target'),
        ],
    ),
])
def test_blind_batches_521_528(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a table flattened one cell per line is read as rows under its header
    (
        "Bitfarms Provides June 2022 Production Update\n\nMonthly operating summary\n\nMetric\nJune 2022\nMay 2022\nChang"
        "e\nBTC earned\n421\n410\n+2.7%\nOperating hashrate at month end (EH/s)\n3.2\n3.0\n+6.7%\n",
        '2022-07-05', None,
        [
            ('Bitfarms', 421.0, '2022-06-01', '2022-06-30', None),
            ('Bitfarms', 410.0, '2022-05-01', '2022-05-31', None),
            ('Bitfarms', 3.2, None, '2022-06-30', 'operational'),
            ('Bitfarms', 3.0, None, '2022-05-31', 'operational'),
        ],
    ),
    # a list of labels each over its figure is read as labelled figures
    (
        "CleanSpark Releases December 2023 Bitcoin Mining Update\n\nBitcoin mined\n720\nBitcoin sold\n411\nBitcoin held "
        "at December 31, 2023\n3,002\nOperational hashrate at month end\n10.0 EH/s\n",
        '2024-01-03', None,
        [
            ('CleanSpark', 720.0, '2023-12-01', '2023-12-31', None),
            ('CleanSpark', 411.0, '2023-12-01', '2023-12-31', None),
            ('CleanSpark', 3002.0, None, '2023-12-31', None),
            ('CleanSpark', 10.0, None, '2023-12-31', 'operational'),
        ],
    ),
    # a flattened header without the label column's cell still heads the figures
    (
        "Greenidge Generation reports third quarter 2022 results.\n\nThree months ended September 30, 2022\nThree mon"
        "ths ended September 30, 2021\nBitcoin mined\n778\n464\nCryptocurrency datacenter revenue ($ millions)\n16.9\n27"
        ".5\n",
        '2022-11-14', 'btc_mined',
        [
            ('Greenidge Generation', 778.0, '2022-07-01', '2022-09-30', None),
            ('Greenidge Generation', 464.0, '2021-07-01', '2021-09-30', None),
        ],
    ),
    # a figure over its label in a key-stats block reads as one phrase
    (
        "Marathon Digital Holdings Reports Production for October 2023\n\nKEY STATS | OCTOBER 2023\n\n1,187\nBTC produc"
        "ed in October\n\n13,726\nunrestricted BTC held at October 31\n",
        '2023-11-02', None,
        [
            ('MARA Holdings', 1187.0, '2023-10-01', '2023-10-31', None),
            ('MARA Holdings', 13726.0, None, '2023-10-31', None),
        ],
    ),
    # an indented label over its indented figure reads as a labelled figure
    (
        "Cango Inc. Announces Bitcoin Production Update for August 2025\n\nAugust 2025 Highlights\n\n  BTC mined in Au"
        "gust\n  663.7\n\n  Deployed hashrate\n  50 EH/s\n\nOutput was up.",
        '2025-09-02', None,
        [
            ('Cango', 663.7, '2025-08-01', '2025-08-31', None),
            ('Cango', 50.0, None, '2025-08-31', 'deployed'),
        ],
    ),
    # hashrate sold forward is not the fleet's
    (
        "Gryphon Digital Mining agreed to sell 0.25 EH/s of forward hashrate to Luxor Technology for the six month"
        "s beginning April 1, 2024.",
        '2024-04-05', 'hashrate',
        [
        ],
    ),
    # hashrate bought under a hashrate purchase agreement is not the fleet's
    (
        "Sphere 3D signed a twelve-month hashrate purchase agreement for 0.2 EH/s, starting in September 2024.",
        '2024-08-14', 'hashrate',
        [
        ],
    ),
    # a fleet's average 'of hashrate for the month' is still the fleet's
    (
        "BitFuFu November 2024 update\n\n- Self-mining fleet averaged 5.1 EH/s of hashrate for the month",
        '2024-12-05', 'hashrate',
        [
            ('BitFuFu', 5.1, '2024-11-01', '2024-11-30', 'average'),
        ],
    ),
    # an MD&A's 'comparative quarter' is the same quarter a year back
    (
        "In Q3 Fiscal 2022 HIVE Blockchain mined 321 BTC, versus 172 BTC in the comparative quarter.",
        '2022-02-15', 'btc_mined',
        [
            ('HIVE Digital Technologies', 321.0, '2021-10-01', '2021-12-31', None),
            ('HIVE Digital Technologies', 172.0, '2020-10-01', '2020-12-31', None),
        ],
    ),
    # a supposed sale is no holding
    (
        "If Riot Platforms sold half its stack tomorrow, roughly 9,600 coins at $95,000 apiece, it would raise mor"
        "e than $900 million.",
        '2025-05-12', 'btc_held',
        [
        ],
    ),
    # what a miner would hold had it kept its coins is no holding
    (
        "If IREN had kept every coin it mined in fiscal 2025, it would now hold about 5,700 BTC.",
        '2025-08-20', 'btc_held',
        [
        ],
    ),
    # a reserve told in a relative clause of a supposing sentence is still a holding
    (
        "If Hut 8 does draw in Q4, the loan would be secured by part of its bitcoin reserve, which stood at 8,388 "
        "BTC at the end of September.",
        '2022-11-10', 'btc_held',
        [
            ('Hut 8', 8388.0, None, '2022-09-30', None),
        ],
    ),
    # a name at the end of an appositive is its own subject
    (
        "CleanSpark passed 30 EH/s. One competitor in the same weight class, Bitmine Immersion, runs well under 1 "
        "EH/s.",
        '2024-11-26', 'hashrate',
        [
            ('CleanSpark', 30.0, None, '2024-11-26', 'operational'),
        ],
    ),
    # a place at the end of an appositive is no subject
    (
        "Soluna's own fleet, concentrated at Dorothy 1B, operated at approximately 360 PH/s as of September 30, 20"
        "25.",
        '2025-11-12', 'hashrate',
        [
            ('Soluna', 0.36, None, '2025-09-30', 'operational'),
        ],
    ),
    # a fiscal year told of a company in a roundup is that company's only
    (
        "Miners tap bitcoin-backed credit.\n\nRiot Platforms (Nasdaq: RIOT) drew on its Coinbase line.\n\nHIVE Digital"
        " Technologies (Nasdaq: HIVE), whose fiscal year ends March 31, mined 398 BTC in the fourth quarter of fis"
        "cal 2025.\n\nRiot Platforms held 19,223 BTC at the end of March and produced 1,530 BTC during the first qua"
        "rter.",
        '2025-05-14', 'btc_mined',
        [
            ('HIVE Digital Technologies', 398.0, '2025-01-01', '2025-03-31', None),
            ('Riot Platforms', 1530.0, '2025-01-01', '2025-03-31', None),
        ],
    ),
    # a text that presents its amounts in US dollars keeps a bare dollar loan's value
    (
        "Bitfarms Q1 2025 MD&A\n\n(Presented in U.S. dollars unless stated otherwise)\n\nThe Company sold $10.0 millio"
        "n (US$7.0 million) of equipment. On March 21, 2025, the Company entered into a $300 million private credi"
        "t facility with Macquarie Group.",
        '2025-05-14', 'loan',
        [
            ('Bitfarms', 300000000.0, None, '2025-03-21', 'facility'),
        ],
    ),
    # 'made additional repayments totalling' an amount is a repayment
    (
        "In July 2022, Bitfarms made additional repayments totalling $26 million.",
        '2022-08-15', 'loan',
        [
            ('Bitfarms', 26000000.0, None, '2022-07-31', 'repaid'),
        ],
    ),
    # a balance's current portion is no loan of its own
    (
        "Bitfarms' long-term debt totaled $27.7 million at June 30, 2022, including a current portion of $17.2 mil"
        "lion, compared with $36.3 million at December 31, 2021.",
        '2022-08-15', 'loan',
        [
            ('Bitfarms', 27700000.0, None, '2022-06-30', 'outstanding'),
            ('Bitfarms', 36300000.0, None, '2021-12-31', 'outstanding'),
        ],
    ),
    # a loan-to-value sum is no loan
    (
        "Riot Platforms drew on its line. $200 million against roughly $1.7 billion worth of bitcoin is a loan-to-"
        "value ratio of about 12 percent.",
        '2026-02-10', 'loan',
        [
        ],
    ),
    # credit lines opened by listed miners as a group are no one miner's loan
    (
        "CleanSpark signed a line. A tally by a research firm counts about $2.4 billion of bitcoin-backed credit l"
        "ines opened by listed miners since January.",
        '2025-06-04', 'loan',
        [
        ],
    ),
    # an unlisted company's borrowing named with its possessive is not the miner's
    (
        "MARA Holdings is named in the filing. Orrin's only secured borrowing is a $205 million term loan from a r"
        "egional bank.",
        '2021-09-23', 'loan',
        [
        ],
    ),
])
def test_blind_batches_529_536(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # an FAQ answer that opens on its figure takes the measure its question asks for
    (
        "Riot Platforms monthly FAQ\n\nQ: How much bitcoin did we mine in March?\nA: 425 BTC. That compares with 418 "
        "BTC in February.",
        '2024-04-03', 'btc_mined',
        [
            ('Riot Platforms', 425.0, '2024-03-01', '2024-03-31', None),
            ('Riot Platforms', 418.0, '2024-02-01', '2024-02-29', None),
        ],
    ),
    # an FAQ answer under a question without Q and A marks
    (
        "Bitfarms April 2023 FAQ\n\nHow many bitcoin did the company earn in April?\n436 BTC, or 14.5 BTC per day.",
        '2023-05-01', 'btc_mined',
        [
            ('Bitfarms', 436.0, '2023-04-01', '2023-04-30', None),
        ],
    ),
    # a question about a miner in general gives its answer to no company
    (
        "Hut 8 explainer\n\nHow much bitcoin does a miner earn per block?\n3.125 BTC, plus transaction fees.",
        '2024-06-01', None,
        [
        ],
    ),
    # a month's section heading dates the paragraph under it
    (
        "TeraWulf Provides First Quarter 2023 Operations Review\n\nDear shareholders, the quarter went well.\n\nJanuar"
        "y\n\nWe self-mined 143 bitcoin.\n\nFebruary\n\nWe self-mined 160 bitcoin. Operating hashrate reached 3.4 EH/s a"
        "t the end of the month.",
        '2023-04-11', None,
        [
            ('TeraWulf', 143.0, '2023-01-01', '2023-01-31', None),
            ('TeraWulf', 160.0, '2023-02-01', '2023-02-28', None),
            ('TeraWulf', 3.4, None, '2023-02-28', 'operational'),
        ],
    ),
    # a section heading that names no period dates nothing
    (
        "Argo Blockchain Q3 2021 Operational Update\n\nAugust\n\n- Mined 183 BTC\n\nBalance sheet\n\n- Mined 520 BTC in th"
        "e quarter",
        '2021-10-07', 'btc_mined',
        [
            ('Argo Blockchain', 183.0, '2021-08-01', '2021-08-31', None),
            ('Argo Blockchain', 520.0, '2021-07-01', '2021-09-30', None),
        ],
    ),
    # a label's 'prior month' is the month before the reported one
    (
        "Bitfarms Provides February 2023 Production Update\n\nProduction\n- BTC earned: 442\n- BTC earned in the prior"
        " month: 493",
        '2023-03-01', 'btc_mined',
        [
            ('Bitfarms', 442.0, '2023-02-01', '2023-02-28', None),
            ('Bitfarms', 493.0, '2023-01-01', '2023-01-31', None),
        ],
    ),
    # a 'Metric | Value' table reads its values for the reported month
    (
        "Core Scientific Announces October 2022 Production and Operations Update\n\nCore Scientific today announced "
        "results for the month.\n\n| Metric | Value |\n|---|---|\n| Bitcoin self-mined | 1,274 |\n| Bitcoin held at mon"
        "th end | 1,035 |\n",
        '2022-11-03', None,
        [
            ('Core Scientific', 1274.0, '2022-10-01', '2022-10-31', None),
            ('Core Scientific', 1035.0, None, '2022-10-31', None),
        ],
    ),
    # a header on three lines: span, day, year
    (
        "HIVE Q2 fiscal 2023 results\n\nProduction summary\n\n                         Three months ended      Six mon"
        "ths ended\n                         Sep 30,     Sep 30,     Sep 30,     Sep 30,\n                         2"
        "022        2021        2022        2021\nBitcoin mined (BTC)      798         512         1,465       913\n",
        '2022-11-15', 'btc_mined',
        [
            ('HIVE Digital Technologies', 798.0, '2022-07-01', '2022-09-30', None),
            ('HIVE Digital Technologies', 512.0, '2021-07-01', '2021-09-30', None),
            ('HIVE Digital Technologies', 1465.0, '2022-04-01', '2022-09-30', None),
            ('HIVE Digital Technologies', 913.0, '2021-04-01', '2021-09-30', None),
        ],
    ),
    # a site's machines that lift the fleet's hashrate give the fleet's figure
    (
        "Cipher Mining update. Since month-end, newly energized rigs at its Black Pearl site lifted its self-minin"
        "g hashrate to 16.8 EH/s as of June 2.",
        '2025-06-03', 'hashrate',
        [
            ('Cipher Mining', 16.8, None, '2025-06-02', 'installed'),
        ],
    ),
    # machines energized in a quarter are an increment
    (
        "Riot Platforms Q4 2023. Over the fourth quarter alone we energized roughly 1.6 EH/s of new S19j XP miners"
        ".",
        '2024-02-22', 'hashrate',
        [
        ],
    ),
    # the first half of a fiscal year named by its year
    (
        "IREN mined 1,862 Bitcoin in the first half of the 2025 financial year.",
        '2025-02-13', 'btc_mined',
        [
            ('IREN', 1862.0, '2024-07-01', '2024-12-31', None),
        ],
    ),
    # 'the comparable 2021 period' is the sentence's period in 2021
    (
        "For the nine months ended September 30, 2022, Greenidge produced 3,038 bitcoin, up from 1,586 bitcoin in "
        "the comparable 2021 period.",
        '2022-11-14', 'btc_mined',
        [
            ('Greenidge Generation', 3038.0, '2022-01-01', '2022-09-30', None),
            ('Greenidge Generation', 1586.0, '2021-01-01', '2021-09-30', None),
        ],
    ),
    # 'during the nine-month period' in a third quarter's results is January to September
    (
        "Digihost reports third quarter 2023 results.\n\nDuring the nine-month period the Company sold 105 BTC for p"
        "roceeds of $2.9 million.",
        '2023-11-14', 'btc_sold',
        [
            ('Digihost', 105.0, '2023-01-01', '2023-09-30', None),
        ],
    ),
    # a supplier's machines on order do not take the goal from its buyer
    (
        "Bitfarms has purchase orders in place for Bitmain T21 miners and continues to target 21 EH/s by the end o"
        "f 2024.",
        '2023-11-14', 'hashrate',
        [
            ('Bitfarms', 21.0, None, '2024-12-31', 'target'),
        ],
    ),
    # 'better off than it started' is a change
    (
        "CleanSpark November update. Net of those sales, the Company finished the month 74 BTC better off than it "
        "started.",
        '2022-12-02', None,
        [
        ],
    ),
    # 'its balance at' a date after a figure makes it a holding
    (
        "LM Funding update. The Company carried 156.8 Bitcoin into the new year, its balance at December 31, 2024.",
        '2025-02-06', 'btc_held',
        [
            ('LM Funding America', 156.8, None, '2024-12-31', None),
        ],
    ),
    # a privately held miner left unnamed is no registry company
    (
        "CleanSpark mined 600 BTC in May. A privately held Texas miner that reports figures to investors said it p"
        "roduced roughly 300 BTC in May.",
        '2025-06-04', 'btc_mined',
        [
            ('CleanSpark', 600.0, '2025-05-01', '2025-05-31', None),
        ],
    ),
    # 'did not hold any Bitcoin as at' a date is a holding of zero
    (
        "Iris Energy annual report. We did not hold any Bitcoin as at June 30, 2022.",
        '2022-09-21', 'btc_held',
        [
            ('IREN', 0.0, None, '2022-06-30', None),
        ],
    ),
    # hosted machines named only to be left out leave the figure the fleet's
    (
        "Bitdeer annual report. Our proprietary hash rate, which excludes machines owned by hosting customers, was"
        " 8.8 EH/s as of December 31, 2024.",
        '2025-04-11', 'hashrate',
        [
            ('Bitdeer', 8.8, None, '2024-12-31', 'operational'),
        ],
    ),
    # a span with an aside between its days
    (
        "Cango annual report. From November 7, 2024, when we began mining, through December 31, 2024, we mined 933"
        ".0 bitcoins.",
        '2025-04-25', 'btc_mined',
        [
            ('Cango', 933.0, '2024-11-07', '2024-12-31', None),
        ],
    ),
    # 'every 1 EH/s' is the unit of a rate
    (
        "Bitfarms annual filing. At that level, every 1 EH/s of hashrate would earn about 0.6 BTC per day.",
        '2025-03-18', 'hashrate',
        [
        ],
    ),
    # selling daily is a habit, not a rate, and the clause after the sale holds no bitcoin
    (
        "IREN update. Consistent with its policy of selling bitcoin daily, IREN sold all 620 BTC mined during June"
        " for proceeds of approximately US$65.3 million and held no bitcoin on its balance sheet at month end.",
        '2025-07-08', None,
        [
            ('IREN', 620.0, '2025-06-01', '2025-06-30', None),
            ('IREN', 0.0, None, '2025-06-30', None),
        ],
    ),
    # HTML entities and markdown emphasis read as the words they mark
    (
        "Riot Platforms July 2024 update\n\nRiot produced 370&nbsp;bitcoin in July, up from 255&nbsp;bitcoin in June"
        ".\n\n**Bitcoin held at July 31:** 9,334",
        '2024-08-05', None,
        [
            ('Riot Platforms', 370.0, '2024-07-01', '2024-07-31', None),
            ('Riot Platforms', 255.0, '2024-06-01', '2024-06-30', None),
            ('Riot Platforms', 9334.0, None, '2024-07-31', None),
        ],
    ),
    # a markdown table with alignment colons in its rule line
    (
        "Bitdeer February 2025 update\n\n| Metric | Feb 2025 | Jan 2025 |\n|:--|--:|--:|\n| Bitcoin mined (BTC) | 121 "
        "| 125 |\n| Hash rate under hosting (EH/s) | 10.4 | 10.3 |\n",
        '2025-03-11', None,
        [
            ('Bitdeer', 121.0, '2025-02-01', '2025-02-28', None),
            ('Bitdeer', 125.0, '2025-01-01', '2025-01-31', None),
        ],
    ),
    # '54 BTC above November's' is a change
    (
        "CleanSpark December update. December output on its own came in 54 BTC above November's.",
        '2024-01-03', 'btc_mined',
        [
        ],
    ),
    # two months' figures summed over the two months
    (
        "HIVE update. In July, HIVE mined 252.6 BTC, and in August it mined 260.9 BTC, for a total of 513.5 BTC ov"
        "er the two months.",
        '2022-09-07', 'btc_mined',
        [
            ('HIVE Digital Technologies', 252.6, '2022-07-01', '2022-07-31', None),
            ('HIVE Digital Technologies', 260.9, '2022-08-01', '2022-08-31', None),
            ('HIVE Digital Technologies', 513.5, '2022-07-01', '2022-08-31', None),
        ],
    ),
    # a figure followed by its date in brackets takes that date
    (
        "Bit Digital update. Bit Digital held 602.3 BTC (May 31), 629.6 BTC (June 30) and 668.5 BTC (July 31).",
        '2021-08-10', 'btc_held',
        [
            ('Bit Digital', 602.3, None, '2021-05-31', None),
            ('Bit Digital', 629.6, None, '2021-06-30', None),
            ('Bit Digital', 668.5, None, '2021-07-31', None),
        ],
    ),
    # a label line whose label holds its own figure is a sentence, and a venture's net share is not the fleet's
    (
        "TeraWulf update. Operating hashrate of 5.5 EH/s at month end: 4.3 EH/s at the wholly owned Lake Mariner f"
        "acility plus 1.2 EH/s representing TeraWulf's net share of the Nautilus Cryptomine joint venture.",
        '2023-09-05', 'hashrate',
        [
            ('TeraWulf', 5.5, None, '2023-08-31', 'operational'),
        ],
    ),
    # covenants named in a trailing aside do not make a balance boilerplate
    (
        "Stronghold Digital Mining update. Its remaining borrowings include a term loan from WhiteHawk Capital wit"
        "h about $35 million outstanding at year-end, which the company renegotiated in the fall to relax covenant"
        "s.",
        '2023-01-10', 'loan',
        [
            ('Stronghold Digital Mining', 35000000.0, None, '2022-12-31', 'outstanding'),
        ],
    ),
    # 'coins on its books' are held
    (
        "Core Scientific update. It sold another 4,167 bitcoin in the three months to September, leaving 1,051 coi"
        "ns on its books at September 30.",
        '2022-10-27', 'btc_held',
        [
            ('Core Scientific', 1051.0, None, '2022-09-30', None),
        ],
    ),
    # a digital-assets value 'representing' a coin count is a holding
    (
        "Hut 8 results. Digital assets of $323.9 million at December 31, 2021, representing 5,518 bitcoin.",
        '2022-03-17', 'btc_held',
        [
            ('Hut 8', 5518.0, None, '2021-12-31', None),
        ],
    ),
    # 'a month in which' after a figure is an appositive, not a rate
    (
        "Core Scientific results. In January 2024, the Company self-mined 1,177 bitcoin, a month in which a winter"
        " storm required extended curtailment.",
        '2024-02-27', 'btc_mined',
        [
            ('Core Scientific', 1177.0, '2024-01-01', '2024-01-31', None),
        ],
    ),
    # 'another N BTC in October' is October's output
    (
        "Cipher Mining update. Cipher said it had self-mined another 177 BTC in October alone as new machines came"
        " online.",
        '2024-11-14', 'btc_mined',
        [
            ('Cipher Mining', 177.0, '2024-10-01', '2024-10-31', None),
        ],
    ),
])
def test_round_537_552_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a release by an issuer the registry does not know gives its own figures to nobody
    (
        "Sabre Ridge Digital Agrees to Acquire West Texas Site\n\nODESSA, Texas, July 9, 2025 (PRNewswire) -- Sabre "
        "Ridge Digital Corp. (OTCQX: SRDG) (\"Sabre Ridge\" or the \"Company\") today announced an acquisition that fo"
        "llows the playbook of Riot Platforms.\n\nThe Company currently holds 41.7 BTC and runs 0.11 EH/s.\n\n\"CleanSp"
        "ark mined 685 BTC in June,\" said the chief executive.",
        '2025-07-09', None,
        [
            ('CleanSpark', 685.0, '2025-06-01', '2025-06-30', None),
        ],
    ),
    # a miner described as private in the sentence before is the one 'the company' refers to
    (
        "Hut 8 mined 150 BTC in January.\n\nPrairie Sky Mining, founded in 2019 by two former drilling engineers, ru"
        "ns about 0.35 EH/s at well sites near Grande Prairie. The company sold 100 BTC last year and holds about "
        "60.",
        '2022-02-08', None,
        [
            ('Hut 8', 150.0, '2022-01-01', '2022-01-31', None),
        ],
    ),
    # a person's words after a registry miner's sentence stay the miner's
    (
        "Cipher's self-mining hashrate was approximately 13.5 EH/s at year-end. Executives told analysts on the ea"
        "rnings call that they expect between 20 and 23.5 EH/s of self-mining hashrate by the end of the second qu"
        "arter.",
        '2025-02-25', 'hashrate',
        [
            ('Cipher Mining', 13.5, None, '2024-12-31', 'operational'),
            ('Cipher Mining', 23.5, None, '2025-06-30', 'target'),
        ],
    ),
    # a worked example gives no fact
    (
        "MARA January 2025 update.\n\nFor illustration only: 5,000 miners each rated at 200 TH/s would represent 1.0"
        " EH/s of energized hashrate once all of them are powered on.",
        '2025-02-04', None,
        [
        ],
    ),
    # 'for example' before a named miner's figure keeps it
    (
        "Miners had a strong month. Riot, for example, mined 425 BTC in March.",
        '2024-04-05', 'btc_mined',
        [
            ('Riot Platforms', 425.0, '2024-03-01', '2024-03-31', None),
        ],
    ),
    # money owed to the miner is no loan of its own
    (
        "Riot Platforms update. Riot says Rhodium still owes it roughly $26 million in unpaid power and hosting ch"
        "arges, a receivable it has fully reserved against since Rhodium sought Chapter 11 protection last August.",
        '2025-05-06', 'loan',
        [
        ],
    ),
    # a prepayment for power is no loan repayment, but a debt's prepayment interest is
    (
        "Cipher Mining update. In January, Cipher made a $6.3 million prepayment under its power agreement, which "
        "will be credited against energy invoices.\n\nArgo Blockchain will repay debt, prepayment interest and fees "
        "of approximately $84 million owed to NYDIG.",
        '2024-02-06', 'loan',
        [
            ('Argo Blockchain', 84000000.0, None, '2024-02-06', 'repaid'),
        ],
    ),
    # an index's threshold and its constituents' sum are nobody's figures
    (
        "Bitdeer joins the index.\n\nCompanies must also report, in their most recent filings, self-mining hashrate "
        "of at least 1.0 EH/s.\n\n- Aggregate bitcoin holdings reported by constituents: approximately 102,000 BTC",
        '2025-03-07', None,
        [
        ],
    ),
    # a holding of zero after a semicolon
    (
        "TeraWulf Q1 2023.\n\n- Sold 565 bitcoin during the quarter for total proceeds of $13.1 million; the Company"
        " held no bitcoin as of March 31, 2023.",
        '2023-05-15', 'btc_held',
        [
            ('TeraWulf', 0.0, None, '2023-03-31', None),
        ],
    ),
    # a month in a trailing aside does not date a figure that has its own period before it
    (
        "For the fiscal year ended March 31, 2023, HIVE mined 3,568 Bitcoin, in a year that also saw the end of Et"
        "hereum mining following the Merge in September.",
        '2023-09-29', 'btc_mined',
        [
            ('HIVE Digital Technologies', 3568.0, '2022-04-01', '2023-03-31', None),
        ],
    ),
    # 'the financial year to date' of a June fiscal year
    (
        "IREN April 2024 update.\n\n- Bitcoin mined in the financial year to date: 3,542 BTC",
        '2024-05-07', 'btc_mined',
        [
            ('IREN', 3542.0, '2023-07-01', '2024-04-30', None),
        ],
    ),
    # a teaser's stamp after its own month dates nothing
    (
        "Riot February update.\n\nMarathon's February output climbs to 683 bitcoin · Mar 2, 2023",
        '2023-03-03', 'btc_mined',
        [
            ('MARA Holdings', 683.0, '2023-02-01', '2023-02-28', None),
        ],
    ),
])
def test_round_553_560_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # a chart's list under its caption reads each month's figure in the caption's measure
    (
        "Cipher Mining's first half in one chart\n\n[Chart: Cipher Mining monthly BTC production, January-June 2025."
        " Peak and trough labelled.]\n\nUnder the chart, month by month:\n- January: 190 BTC\n- February: 171 BTC\n- Ma"
        "rch: 210 BTC (peak)",
        '2025-07-08', None,
        [
            ('Cipher Mining', 190.0, '2025-01-01', '2025-01-31', None),
            ('Cipher Mining', 171.0, '2025-02-01', '2025-02-28', None),
            ('Cipher Mining', 210.0, '2025-03-01', '2025-03-31', None),
        ],
    ),
    # a chart walked through in prose, each clause opening on its month
    (
        "Riot's output chart\n\n[Chart: Riot Platforms (RIOT), bitcoin produced per month, June-November 2023]\n\nJune"
        " came in at 460 BTC. July slipped to 412 BTC, and August sank to just 333 BTC. September recovered to 362"
        " BTC, October jumped to 543 BTC.",
        '2023-12-07', 'btc_mined',
        [
            ('Riot Platforms', 460.0, '2023-06-01', '2023-06-30', None),
            ('Riot Platforms', 412.0, '2023-07-01', '2023-07-31', None),
            ('Riot Platforms', 333.0, '2023-08-01', '2023-08-31', None),
            ('Riot Platforms', 362.0, '2023-09-01', '2023-09-30', None),
            ('Riot Platforms', 543.0, '2023-10-01', '2023-10-31', None),
        ],
    ),
    # a rate in a month's clause is no output
    (
        "CleanSpark December update. CleanSpark mined 720 BTC in December. December production averaged approximat"
        "ely 15.2 bitcoin per day.",
        '2023-01-04', 'btc_mined',
        [
            ('CleanSpark', 720.0, '2022-12-01', '2022-12-31', None),
        ],
    ),
    # a caption that names two measures takes the first
    (
        "Cango's second half\n\n[Chart: Cango bitcoin mined per month, July-December 2025, with month-end holdings]\n"
        "\nJuly came in at 650.5 BTC. August was the high point, at 663.7 BTC.",
        '2026-01-06', None,
        [
            ('Cango', 650.5, '2025-07-01', '2025-07-31', None),
            ('Cango', 663.7, '2025-08-01', '2025-08-31', None),
        ],
    ),
    # a hashrate walk: each figure is the month that opens its clause
    (
        "CleanSpark hashrate chart. CleanSpark's operational hashrate rose all year. April crept up to 17.4 EH/s, "
        "May came in at 19.9 EH/s and June topped the series at 20.4 EH/s.",
        '2024-07-09', 'hashrate',
        [
            ('CleanSpark', 17.4, None, '2024-04-30', 'operational'),
            ('CleanSpark', 19.9, None, '2024-05-31', 'operational'),
            ('CleanSpark', 20.4, None, '2024-06-30', 'operational'),
        ],
    ),
    # a table pasted as comma-and-space separated values
    (
        "Bit Digital update.\n\nMonth, BTC earned, BTC per day\nJanuary 2022, 92.6, 2.99\nFebruary 2022, 82.3, 2.94\nMa"
        "rch 2022, 85.4 (R), 2.75\n",
        '2023-07-10', 'btc_mined',
        [
            ('Bit Digital', 92.6, '2022-01-01', '2022-01-31', None),
            ('Bit Digital', 82.3, '2022-02-01', '2022-02-28', None),
            ('Bit Digital', 85.4, '2022-03-01', '2022-03-31', None),
        ],
    ),
    # prose with commas after a header-like line is no table
    (
        "Riot update.\n\nRiot, which mined 400 BTC in May, sold none, and held 9,000 BTC.\nIt also said, in passing, "
        "that costs rose.\nMore to come, it said, soon.\n",
        '2024-06-05', None,
        [
            ('Riot Platforms', 400.0, '2024-05-01', '2024-05-31', None),
            ('Riot Platforms', 9000.0, None, '2024-05-31', None),
        ],
    ),
    # 'Ph/s' is petahash
    (
        "Gryphon update. At the end of February the fleet was hashing at approximately 940 Ph/s.",
        '2024-03-05', 'hashrate',
        [
            ('Gryphon Digital Mining', 0.94, None, '2024-02-29', 'operational'),
        ],
    ),
    # 'the Company' in a feed's second release is that release's issuer
    (
        "Feed dump\n\n---- Article 1 of 2 ----\nEASTON, Md.--(BUSINESS WIRE)--TeraWulf Inc. (Nasdaq: WULF) today rele"
        "ased its May update. TeraWulf self-mined 300 bitcoin in May.\n\n---- Article 2 of 2 ----\nNEW YORK, June 5, "
        "2024 /PRNewswire/ -- Bit Digital, Inc. (Nasdaq: BTBT) (\"Bit Digital\" or the \"Company\") today announced it"
        "s update. The Company earned 71.1 BTC in May.",
        '2024-06-06', 'btc_mined',
        [
            ('TeraWulf', 300.0, '2024-05-01', '2024-05-31', None),
            ('Bit Digital', 71.1, '2024-05-01', '2024-05-31', None),
        ],
    ),
    # a rival named after a release's definition does not take 'the Company'
    (
        "TORONTO, June 10, 2024 (GLOBE NEWSWIRE) -- Bitfarms Ltd. (NASDAQ/TSX: BITF) (\"Bitfarms\" or the \"Company\")"
        " today responded to Riot.\n\nRiot also points to lower production after the halving. In May the Company ear"
        "ned 187 BTC.",
        '2024-06-10', 'btc_mined',
        [
            ('Bitfarms', 187.0, '2024-05-01', '2024-05-31', None),
        ],
    ),
    # a made-up fleet's hashrate is nobody's
    (
        "Canaan launches A1566. A fleet of 10,000 A1566 units would deliver about 1.85 EH/s and draw roughly 34 MW"
        ".",
        '2025-09-22', 'hashrate',
        [
        ],
    ),
    # a pool's own table before the one line that names a miner is nobody's
    (
        "Kestrel Pool Monthly Transparency Report: April 2024\n\nEvery month we publish the blocks our pool found.\n\n"
        "Month       Blocks   BTC earned   Pool EH/s\nFeb 2024       90      562.48      14.4\nMar 2024      112    "
        "  700.00      15.1\nApr 2024      108      540.00      15.0\n\nSeveral listed companies run their own pools "
        "or use larger ones: MARA, for one, mines through its own pool.",
        '2024-05-02', None,
        [
        ],
    ),
])
def test_round_561_568_cases(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # the bitcoin sign before a figure names the coin
    (
        "MARA update. ₿907 produced in November; ₿6,474 acquired; total holdings climb to ₿34,794",
        '2024-12-03', None,
        [
            ('MARA Holdings', 907.0, '2024-11-01', '2024-11-30', None),
            ('MARA Holdings', 34794.0, None, '2024-11-30', None),
        ],
    ),
    # 'BTC' before a figure after 'to'
    (
        "CleanSpark mined BTC 619 in May 2025, bringing its holdings to BTC 12,502 as of May 31, 2025.",
        '2025-06-03', 'btc_held',
        [
            ('CleanSpark', 12502.0, None, '2025-05-31', None),
        ],
    ),
    # a reporting aside between a fronted figure and its passive verb
    (
        "Bitfarms Ltd. reported August figures. Some 160 BTC, the company said, were sold in August, for proceeds "
        "of $9.5 million.",
        '2024-09-04', 'btc_sold',
        [
            ('Bitfarms', 160.0, '2024-08-01', '2024-08-31', None),
        ],
    ),
    # a figure with its own passive verb after another figure's cue
    (
        "Riot Platforms reported May. - No bitcoin was sold by the Company during the month, and 9,334 BTC were he"
        "ld at May 31, 2024, none of them pledged.",
        '2024-06-04', None,
        [
            ('Riot Platforms', 9334.0, None, '2024-05-31', None),
        ],
    ),
    # but a part 'of which' named by its passive verb is no flow
    (
        "- As of 31 August 2021, Argo Blockchain held 2,161 BTC, of which 1,995 BTC were self-mined.",
        '2021-09-06', 'btc_mined',
        [
        ],
    ),
    # a comparison after 'Hut 8' and after a rate set off as an aside
    (
        "Hut 8 Mining Corp. reported May 2023.\n- 151 Bitcoin generated, or approximately 4.9 Bitcoin per day, down"
        " from 181 in April.\n- A total of 354 bitcoin were mined by Hut 8 in January, compared with 299 in Decembe"
        "r.",
        '2023-06-06', 'btc_mined',
        [
            ('Hut 8', 151.0, '2023-05-01', '2023-05-31', None),
            ('Hut 8', 181.0, '2023-04-01', '2023-04-30', None),
            ('Hut 8', 354.0, '2023-01-01', '2023-01-31', None),
            ('Hut 8', 299.0, '2022-12-01', '2022-12-31', None),
        ],
    ),
    # a site or a venture as the subject of production is not the fleet
    (
        "TeraWulf reported FY2023. The Nautilus facility as a whole mined approximately 4,800 bitcoin during the y"
        "ear on a 100% basis. On a 100% basis, the King Mountain JV site in McCamey, Texas produced 160 Bitcoin du"
        "ring the year. TeraWulf self-mined 3,906 BTC over 2023.",
        '2024-03-19', 'btc_mined',
        [
            ('TeraWulf', 3906.0, '2023-01-01', '2023-12-31', None),
        ],
    ),
    # but a company whose relative clause names its site mined the figure
    (
        "By comparison, Riot, which runs the much larger Rockdale site nearby, produced 333 bitcoin in August.",
        '2023-09-06', 'btc_mined',
        [
            ('Riot Platforms', 333.0, '2023-08-01', '2023-08-31', None),
        ],
    ),
    # a segment table's hosting and total columns are not the fleet
    (
        "Core Scientific June update.\n\n                                      Self-mining    Hosting    Total\nEnerg"
        "ized hashrate at June 30 (EH/s)     16.9          6.4       23.3\nMiners energized                        "
        "158,000       63,000    221,000\n",
        '2023-07-06', 'hashrate',
        [
            ('Core Scientific', 16.9, None, '2023-06-30', 'energized'),
        ],
    ),
    # a header of days in digits over a space-aligned table
    (
        "MARA Holdings, Inc. (NASDAQ: MARA) announced December 2024 production.\n\nMetric                           "
        "       12/31/2024    11/30/2024    % Change\nEnergized hashrate (EH/s) (1)              53.2          50.1"
        "          6%\nBTC produced                               890           907         (2%)\n",
        '2025-01-03', None,
        [
            ('MARA Holdings', 53.2, None, '2024-12-31', 'energized'),
            ('MARA Holdings', 50.1, None, '2024-11-30', 'energized'),
            ('MARA Holdings', 890.0, '2024-12-01', '2024-12-31', None),
            ('MARA Holdings', 907.0, '2024-11-01', '2024-11-30', None),
        ],
    ),
    # months on the line above the years of a header
    (
        "CASTLE ROCK, Colo., Oct. 04, 2022 (GLOBE NEWSWIRE) -- Riot Blockchain, Inc. (NASDAQ: RIOT) today announce"
        "d updates for September 2022.\n\nComparison of Bitcoin produced and held:\n\n                                "
        "              September    September\n                                                   2022         2021"
        "    Change\nBitcoin Produced (1)                                395          406       -3%\nBitcoin Held (2"
        ")                                  6,976        3,534       97%\n",
        '2022-10-04', None,
        [
            ('Riot Platforms', 395.0, '2022-09-01', '2022-09-30', None),
            ('Riot Platforms', 406.0, '2021-09-01', '2021-09-30', None),
            ('Riot Platforms', 6976.0, None, '2022-09-30', None),
            ('Riot Platforms', 3534.0, None, '2021-09-30', None),
        ],
    ),
    # a change column's signed figures are no facts
    (
        "Cango January update.\n\nMetric                                   | January 2026 | Change vs. December 2025"
        "\nBitcoin mined (BTC)                      | 641.3        | +6.4%\nTotal BTC holdings at month end         "
        " | 8,169.6      | +641.3\n",
        '2026-02-03', None,
        [
            ('Cango', 641.3, '2026-01-01', '2026-01-31', None),
            ('Cango', 8169.6, None, '2026-01-31', None),
        ],
    ),
    # dates: an event after 'since', an update's publication, a trailing 'in addition to', a gloss between commas
    (
        "Core Scientific reported May. Core Scientific's May self-mining output of 1,302 bitcoin was the highest m"
        "onthly total since the Company filed its voluntary Chapter 11 petitions in December 2022. For the three m"
        "onths ended March 31, 2023, the fourth quarter of HIVE's fiscal year, HIVE mined 791.6 BTC. Across the fu"
        "ll fiscal year ended March 31, 2023, HIVE mined 2,853 BTC, in addition to the Ethereum its GPU fleet prod"
        "uced before the Merge in September 2022.",
        '2023-06-06', 'btc_mined',
        [
            ('Core Scientific', 1302.0, '2023-05-01', '2023-05-31', None),
            ('HIVE Digital Technologies', 791.6, '2023-01-01', '2023-03-31', None),
            ('HIVE Digital Technologies', 2853.0, '2022-04-01', '2023-03-31', None),
        ],
    ),
    # a month's sale dated by its own words, not by the update's publication
    (
        "Marathon Digital bought more bitcoin. In June alone, it sold 1,400 BTC, while its fleet mined 590 BTC, ac"
        "cording to the production update Marathon published at the start of this month.",
        '2024-07-26', None,
        [
            ('MARA Holdings', 1400.0, '2024-06-01', '2024-06-30', None),
            ('MARA Holdings', 590.0, '2024-06-01', '2024-06-30', None),
        ],
    ),
    # 'on the last day of the month' dates a balance; 'by calendar year end' a target
    (
        "Riot Platforms reported May. Riot held 19,725 BTC on the last day of the month. CleanSpark is targeting 3"
        "7 EH/s by calendar year end.",
        '2025-06-03', None,
        [
            ('Riot Platforms', 19725.0, None, '2025-05-31', None),
            ('CleanSpark', 37.0, None, '2025-12-31', 'target'),
        ],
    ),
    # hashrate excluded or hosted is not the fleet
    (
        "Marathon Digital reported February. Marathon said its energized hashrate was 28.7 EH/s at the end of Febr"
        "uary, a figure that excludes the roughly 7 EH/s of machines running in Abu Dhabi. Operational self-mining"
        " hashrate at TeraWulf, excluding the Nautilus joint venture, was approximately 5.5 EH/s as of February 29"
        ", 2024.",
        '2024-03-04', 'hashrate',
        [
            ('MARA Holdings', 28.7, None, '2024-02-29', 'energized'),
        ],
    ),
    # a named company's appositive is no unknown subject
    (
        "Bit Digital (BTBT), a New York-based miner that also runs an AI cloud business, has sold approximately 28"
        "0 BTC and used the money to buy ether.",
        '2025-07-08', 'btc_sold',
        [
            ('Bit Digital', 280.0, None, '2025-07-08', None),
        ],
    ),
    # 'sold all 555' after a day, and the balance's clause does not date the sale
    (
        "TeraWulf (Nasdaq: WULF) self-mined 555 BTC in the quarter ended Sept. 30 and sold all 555, ending Septemb"
        "er with no bitcoin on its balance sheet.",
        '2024-11-07', None,
        [
            ('TeraWulf', 555.0, '2024-07-01', '2024-09-30', None),
            ('TeraWulf', 555.0, '2024-07-01', '2024-09-30', None),
            ('TeraWulf', 0.0, None, '2024-09-30', None),
        ],
    ),
    # a loan's balance in a which-clause after its lender
    (
        "Argo Blockchain reported. Proceeds from the sales were used to pay down the Company's bitcoin-collaterali"
        "sed loan with Galaxy Digital, which had an outstanding balance of $6.1 million at month end, secured by 2"
        "70 BTC.",
        '2022-10-07', 'loan',
        [
            ('Argo Blockchain', None, None, '2022-09-30', 'repaid'),
            ('Argo Blockchain', 6100000.0, None, '2022-09-30', 'outstanding'),
        ],
    ),
    # an equipment finance facility, and principal payments totalling a figure
    (
        "Mawson Infrastructure Group reported. On 23 November 2021, Luna Squares LLC entered into a delayed-draw e"
        "quipment finance facility of up to US$20 million with W Capital Advisors Pty Ltd. During October, Bitfarm"
        "s made scheduled principal payments totaling $4.7 million on its equipment financing facilities.",
        '2021-12-06', 'loan',
        [
            ('Mawson Infrastructure', 20000000.0, None, '2021-11-23', 'facility'),
            ('Bitfarms', 4700000.0, None, '2021-10-31', 'repaid'),
        ],
    ),
    # an intended repayment is no fact
    (
        "TeraWulf Inc. reported March. TeraWulf intends to apply excess cash flow to prepaying the term loan later"
        " in 2023. The Company expects the remaining equipment financing to be repaid in full by the end of the th"
        "ird quarter of 2023.",
        '2023-04-04', 'loan',
        [
        ],
    ),
    # a production rate per unit of hashrate is no output
    (
        "Riot Platforms reported May. Riot's monthly BTC production per deployed exahash was 14.5 BTC, one of the "
        "highest ratios among U.S.-listed miners.",
        '2025-06-03', 'btc_mined',
        [
        ],
    ),
])
def test_hard_cases_round_38(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected


@pytest.mark.parametrize("text,published,type_,expected", [
    # bitcoin told in satoshis and millibitcoins
    (
        "Sats Standard. Riot's stack stood at 736.4 billion sats on January 31. Mawson Infrastructure self-mined 3"
        "1,870 mBTC in June 2023. One bitcoin equals 100 million satoshis.",
        '2024-02-09', None,
        [
            ('Riot Platforms', 7364.0, None, '2024-01-31', None),
            ('Mawson Infrastructure', 31.87, '2023-06-01', '2023-06-30', None),
        ],
    ),
    # a correction's old figures, told as an earlier update's or as stated before, are no facts
    (
        "Bit Digital May 2022 update (corrected). The Company's April 2022 update reported total bitcoin holdings "
        "of 1,001.2 BTC as of April 30, 2022. The January update also described the Company's DIP facility as $75 "
        "million. 1. Bitcoin mined in February was stated as 57.9 BTC. Full-year 2021 production is correspondingl"
        "y lowered to 5,672 BTC from the 5,681 BTC stated in January.",
        '2022-06-06', None,
        [
            ('Bit Digital', 5672.0, '2021-01-01', '2021-12-31', None),
        ],
    ),
    # but a figure a filing says was reported before is still a fact
    (
        "Riot Platforms 8-K. The Company previously reported that it produced 463 bitcoin in April 2025 and held 1"
        "9,211 bitcoin as of April 30, 2025. The facility was amended.",
        '2025-05-20', None,
        [
            ('Riot Platforms', 463.0, '2025-04-01', '2025-04-30', None),
            ('Riot Platforms', 19211.0, None, '2025-04-30', None),
        ],
    ),
    # a report told in the present tense does not make its month's figure today's
    (
        "Cipher Mining revised update. Cipher now reports 302 BTC mined in February, down from the 305 BTC disclos"
        "ed in the February update of March 3, 2023.",
        '2023-04-04', 'btc_mined',
        [
            ('Cipher Mining', 302.0, '2023-02-01', '2023-02-28', None),
        ],
    ),
    # a quarter counted from an event is no calendar quarter
    (
        "FACTBOX-How small-cap bitcoin miners fared in the first quarter after the halving\n\nAug 16 (Reuters) - Her"
        "e is how they fared in the three months to June 30:\n\nLM FUNDING AMERICA (LMFA)\n* Mined 47.9 bitcoin in th"
        "e quarter and held 157.5 bitcoin at June 30.",
        '2024-08-16', 'btc_mined',
        [
            ('LM Funding America', 47.9, '2024-04-01', '2024-06-30', None),
        ],
    ),
    # months of a named year: 'the April-June period of 2023'
    (
        "Digihost update. Digihost mined 114.6 bitcoin in the second quarter of 2024, versus 215 in the April-June"
        " period of 2023.",
        '2024-08-16', 'btc_mined',
        [
            ('Digihost', 114.6, '2024-04-01', '2024-06-30', None),
            ('Digihost', 215.0, '2023-04-01', '2023-06-30', None),
        ],
    ),
    # a part of a year's output with a shorter period of its own
    (
        "Riot Platforms reported. The company produced 5,554 bitcoin last year, up from 3,812 in 2021, including 1"
        ",853 in the fourth quarter. Cango said it mined 6,594.6 Bitcoin in 2025, of which 1,842.3 came in the fou"
        "rth quarter.",
        '2026-03-12', 'btc_mined',
        [
            ('Riot Platforms', 5554.0, '2025-01-01', '2025-12-31', None),
            ('Riot Platforms', 3812.0, '2021-01-01', '2021-12-31', None),
            ('Riot Platforms', 1853.0, '2025-10-01', '2025-12-31', None),
            ('Cango', 6594.6, '2025-01-01', '2025-12-31', None),
            ('Cango', 1842.3, '2025-10-01', '2025-12-31', None),
        ],
    ),
    # a rival in an appositive is not the subject
    (
        "MARA ended the year with 44.9K BTC. Riot Platforms, MARA's closest rival by market value, finished the ye"
        "ar with 17.7K BTC after its own round of buying.",
        '2025-01-07', 'btc_held',
        [
            ('MARA Holdings', 44900.0, None, '2024-12-31', None),
            ('Riot Platforms', 17700.0, None, '2024-12-31', None),
        ],
    ),
    # rivals named to be contrasted are not the subject of what follows
    (
        "SYDNEY — Iris Energy reported results. Unlike rivals Marathon and Riot, which hold most of what they prod"
        "uce, Iris converts its output into cash every day. It had no bitcoin on its balance sheet at June 30. Ins"
        "talled hashrate stood at 9.1 EH/s at the end of June.",
        '2024-08-28', None,
        [
            ('IREN', 0.0, None, '2024-06-30', None),
            ('IREN', 9.1, None, '2024-06-30', 'installed'),
        ],
    ),
    # but a company named after 'Unlike X,' is the subject
    (
        "Unlike MARA, Riot sold 400 BTC in July.",
        '2024-08-28', None,
        [
            ('Riot Platforms', 400.0, '2024-07-01', '2024-07-31', None),
        ],
    ),
    # 'since March, ..., when it recorded output of 806 BTC' is March's; 'ahead of the halving' is a time
    (
        "CleanSpark reported October. That is the most it has produced since March, the last full month before the"
        " April 20 halving cut the block subsidy to 3.125 BTC, when it recorded output of 806 BTC. Bitdeer self-mi"
        "ned 452 BTC in September 2025, its largest monthly total since March 2024, when it mined 528 BTC ahead of"
        " the halving.",
        '2024-11-05', 'btc_mined',
        [
            ('CleanSpark', 806.0, '2024-03-01', '2024-03-31', None),
            ('Bitdeer', 452.0, '2025-09-01', '2025-09-30', None),
            ('Bitdeer', 528.0, '2024-03-01', '2024-03-31', None),
        ],
    ),
    # a label's comparison with a peak, and a comparison after a daily average set off as an aside
    (
        "Bitfarms June 2022.\n- BTC held at June 30: 3,349, down from a peak of 5,928 BTC at the end of May\n- 341 B"
        "itcoin were produced in June, an average of approximately 11.4 Bitcoin per day, up from 316 in May",
        '2022-07-05', None,
        [
            ('Bitfarms', 3349.0, None, '2022-06-30', None),
            ('Bitfarms', 5928.0, None, '2022-05-31', None),
            ('Bitfarms', 341.0, '2022-06-01', '2022-06-30', None),
            ('Bitfarms', 316.0, '2022-05-01', '2022-05-31', None),
        ],
    ),
    # 'during the fiscal year' is the fiscal year
    (
        "CleanSpark reported fiscal 2023 results. The miner sold 6,672 bitcoin during the fiscal year for $174.5 m"
        "illion, and finished September with 2,240 bitcoin in its treasury.",
        '2023-11-29', None,
        [
            ('CleanSpark', 6672.0, '2022-10-01', '2023-09-30', None),
            ('CleanSpark', 2240.0, None, '2023-09-30', None),
        ],
    ),
])
def test_hard_cases_round_39(text, published, type_, expected):
    assert kind_briefs(text, published, type_) == expected
