"""Ranges are spans, no date at either end (GUIDE decisions 89, 109), also where an end is written short or carries its
own year: "from 2026 to '29", "the December 2027-June 2029 downturn", "between October 11 and 13"."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates

REF = dt.date(2031, 3, 8)


def found(text):
    return [(d.text, d.value) for d in find_dates(text, REF)]


@pytest.mark.parametrize(
    "text",
    [
        "She reached the final every year from 2026 to '29, and won once.",
        "Jobs fell furthest during the December 2027-June 2029 downturn.",
        "The visit, which is expected to take place between October 11 and 13, is a departure.",
        "The regatta runs from May 3 to 5 in Kestrel Bay.",
    ],
)
def test_a_range_is_no_date(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count after the second number: the first is a day of its own
        ("The fleet lost between May 3 and 5 ships.", [("May 3", "2030-05-03")]),
        ("Exports rose in 2026 and again in 2029.", [("2026", "2026"), ("2029", "2029")]),
    ],
)
def test_days_and_years_outside_a_range_stay_dates(text, expected):
    assert found(text) == expected
