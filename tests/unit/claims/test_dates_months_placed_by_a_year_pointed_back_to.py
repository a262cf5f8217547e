"""A month placed in a year only by a phrase that points back ("in May the same year", "by June of that year") is one
date expression with no value, not a month resolved by the tense (GUIDE decision 938)."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates
from declcli.claims.nlp import load_model

REF = dt.date(2031, 3, 8)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mill reopened in 2019, and in March the same year the fleet was sold.",
            [("2019", "2019"), ("March the same year", None)],
        ),
        ("By June of that year the ferry had stopped.", [("June of that year", None)]),
        ("The lighthouse keeper came back in July the following year.", [("July the following year", None)]),
        ("The harbour froze in 1963 and again in February the next year.", [("1963", "1963"), ("February the next year", None)]),
    ],
)
def test_a_month_with_a_year_pointed_back_to_has_no_value(text, expected):
    assert [(d.text, d.value) for d in find_dates(text, REF)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales rose in March last year.", [("March last year", "2030-03")]),
        ("The fair returns in June of next year.", [("June of next year", "2032-06")]),
        ("That year the ferry stopped in June.", [("That year", None), ("June", "2030-06")]),
    ],
)
def test_months_placed_otherwise_keep_their_values(text, expected):
    assert [(d.text, d.value) for d in find_dates(text, REF)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause's subject or a possessive after the month: no pointer placing it
        ("The harbour master warned in May the next year would be harder.", [("May", "2030-05"), ("the next year", None)]),
        (
            "The board agreed in March the following year's budget would shrink.",
            [("March", "2031-03"), ("the following year", None)],
        ),
        # an abbreviated month
        (
            "The ferry line failed in 2019, and in Sept. that year its rival was sold.",
            [("2019", "2019"), ("Sept. that year", None)],
        ),
    ],
)
def test_a_month_before_a_subject_or_a_possessive_keeps_its_value(text, expected):
    doc = load_model()(text)
    assert [(d.text, d.value) for d in find_dates(text, REF, parse=lambda a, b: doc.char_span(a, b))] == expected
