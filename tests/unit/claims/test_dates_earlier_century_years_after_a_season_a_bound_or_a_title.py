"""A year of an earlier century is a date after a season's "of" ("the summer of 1898", GUIDE decision 49), after a bound
on "since" or "until" ("since at least 1526", decision 648(d)) and alone in brackets after a title, when the work came
out ("Book of Tides (1898)", decision 125); not a figure in brackets after a common noun, nor a range."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates

REF = dt.date(2031, 3, 8)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the summer of 1898, a chemist in Kestrel found a new gas.", [("1898", "1898")]),
        ("Through the winter of 1709 the harbour stayed frozen.", [("1709", "1709")]),
        ("Tales of the lost city have circulated since at least 1526, when a sailor told the king.", [("1526", "1526")]),
        ("His first novel, The Long Harbour (1852), sold well.", [("1852", "1852")]),
    ],
)
def test_an_earlier_centurys_year_is_listed(text, expected):
    assert [(d.text, d.value) for d in find_dates(text, REF)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The survey counted 1620 homes (1750) in all.",
        "The company ruled the coast (1757-1857) for a century.",
        "The index suffered a fall of 1500 points over two days.",
        "Job cuts were heaviest at Kestrel Motors (1750) and at Ember (1620).",
    ],
)
def test_figures_and_ranges_in_brackets_are_no_dates(text):
    assert find_dates(text, REF) == []
