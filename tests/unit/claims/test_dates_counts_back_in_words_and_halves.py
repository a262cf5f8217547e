"""Counts back with "ago" whose number is a word above ten or a count and a half (benchmarks/claims_real/GUIDE.md:
decisions 20, 40 and 400 read "N years ago" as that year, "N days ago" as that day; decision 142 a fractional count as
that month and a bounded count as no value)."""

import pytest
from test_dates_tense_of_the_clause import _claim_dates, _values  # the dates (text, value), against Wed 2024-03-06


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thirteen days ago, the ferry lost its rudder off the cape.", "2024-02-22"),
        ("The quarry shut nineteen years ago, the council said.", "2005"),
        ("The quarry shut twenty-seven years ago, the council said.", "1997"),
        ("Sixty years ago the valley was flooded for the reservoir.", "1964"),
        ("The quarry shut forty one years ago, the council said.", "1983"),
    ],
)
def test_a_count_back_in_words_above_ten_names_its_day_or_year(text, expected):
    assert _values(text, "ago") == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A year and a half ago, the guild moved its hall to the harbour.", "2022-09"),
        ("The guild moved its hall three and a half years ago.", "2020-09"),
        ("The guild moved its hall a decade and a half ago.", "2009"),
        ("The guild moved its hall a month and a half ago.", "2024-01"),
    ],
)
def test_a_count_and_a_half_back_names_its_month_or_year(text, expected):
    assert _values(text, "ago") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Traders crossed the pass more than 1,500 years ago.",
        "The guild moved its hall more than twenty years ago.",
    ],
)
def test_a_bounded_count_back_has_no_value(text):
    assert _values(text, "ago") == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Guards: counts of ten or less keep their readings.
        ("The guild moved its hall two years ago.", "2022"),
        ("The guild moved its hall half a century ago.", "1974"),
        ("Ten days ago, the ferry lost its rudder.", "2024-02-25"),
    ],
)
def test_small_counts_back_are_unchanged(text, expected):
    assert _values(text, "ago") == [expected]


@pytest.mark.parametrize(
    "text, date",
    [
        # A count in thousands is read whole (a year with a YYYY form keeps its value, GUIDE decision 86), and "nearly",
        # "almost" or "close to" before a count stays in the text, the count resolved as the exact one (decision 535).
        ("The cave was painted two thousand years ago.", ("two thousand years ago", "0024")),
        ("Hunters camped by the lake twenty thousand years ago.", ("twenty thousand years ago", None)),
        ("The mill closed nearly twenty-five years ago.", ("nearly twenty-five years ago", "1999")),
        ("The quarry shut almost forty years ago, the council said.", ("almost forty years ago", "1984")),
        ("The guild moved its hall close to a decade ago.", ("close to a decade ago", "2014")),
    ],
)
def test_a_count_back_in_thousands_or_nearly_keeps_its_words_in_the_text(text, date):
    assert _claim_dates(text) == [date]
