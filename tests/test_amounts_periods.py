"""Tier 1: normaliser tables for quantities and periods."""

import datetime as dt

import pytest

from extractors.amounts import find_btc, find_hashrates, find_usd
from extractors.periods import find_periods

QUANTITIES = [
    ("4,529.7 BTC", find_btc, 4529.7, None), ("held 3,318 BTC3", find_btc, 3318.0, None),
    ("sold 140 BTC[2]", find_btc, 140.0, None), ("four hundred bitcoin", find_btc, 400.0, None),
    ("over 4,400 BTC", find_btc, 4400.0, "at_least"), ("32 exahashes per second", find_hashrates, 32.0, None),
    ("32EH/s", find_hashrates, 32.0, None), ("850 PH/s", find_hashrates, 0.85, None),
    ("45-50 EH/s", find_hashrates, 50.0, "at_most"), ("$305 million", find_usd, 305e6, None),
    ("US$1.2bn", find_usd, 1.2e9, None), ("$200 Million", find_usd, 200e6, None),
    ("34 million USDT", find_usd, 34e6, None), ("approximately $512 million", find_usd, 512e6, "approximate"),
]
PERIODS = [
    ("in July", "2025-08-05", "2025-07-01", "2025-07-31"), ("in December", "2026-01-03", "2025-12-01", "2025-12-31"),
    ("April and May", "2025-08-05", "2025-04-01", "2025-05-31"), ("Q2 2025", "2025-08-05", "2025-04-01", "2025-06-30"),
    ("the second quarter of 2024", "2025-08-05", "2024-04-01", "2024-06-30"),
    ("fiscal year ended June 30, 2025", "2025-08-28", "2024-07-01", "2025-06-30"),
    ("by the close of 2025", "2026-02-10", None, "2025-12-31"), ("last November", "2025-08-05", "2024-11-01", "2024-11-30"),
    ("July last year", "2025-08-05", "2024-07-01", "2024-07-31"), ("as of July 31, 2025", "2025-08-05", None, "2025-07-31"),
    ("05/03/2024", "2024-03-06", None, "2024-03-05"), ("by mid-2026", "2025-08-05", None, "2026-06-30"),
    ("last month", "2025-08-05", "2025-07-01", "2025-07-31"),
]


@pytest.mark.parametrize("text,finder,value,qualifier", QUANTITIES, ids=[q[0] for q in QUANTITIES])
def test_quantity(text, finder, value, qualifier):
    (q,) = finder(text)
    assert q.value == pytest.approx(value) and q.qualifier == qualifier


@pytest.mark.parametrize("text,published,start,end", PERIODS, ids=[p[0] for p in PERIODS])
def test_period(text, published, start, end):
    (p,) = find_periods(text, dt.date.fromisoformat(published))
    assert (p.start and p.start.isoformat(), p.end.isoformat()) == (start, end)


def test_mara_is_not_march():
    assert find_periods("MARA led in July", dt.date(2025, 8, 5))[0].text == "July"
