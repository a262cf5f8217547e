"""A count forward in decades under a verb in the future ("In a decade, the debt will …", "will close in three decades")
is that year, counted from the reference date like "in six months" (GUIDE decisions 400, 440); a span or a present
stays no date."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates
from declcli.claims.nlp import load_model

REF = dt.date(2031, 3, 8)


def counted(text, tense):
    doc = load_model()(text)
    return [(d.text, d.value) for d in find_dates(text, REF, tense, parse=lambda a, b: doc.char_span(a, b))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In a decade, interest on the harbour debt will eat up a fifth of the budget.", [("a decade", "2041")]),
        ("The reactor at Kestrel Point will close in three decades.", [("three decades", "2061")]),
    ],
)
def test_a_count_forward_in_decades_is_that_year(text, expected):
    assert counted(text, "future") == expected


@pytest.mark.parametrize(
    "text, tense",
    [
        ("It was the worst flood in two decades.", "past"),
        ("Herds of deer move north in a decade or two.", "present"),
        ("Prices will hit their highest level in two decades this spring.", "future"),
    ],
)
def test_a_span_or_a_present_in_decades_is_no_date(text, tense):
    assert counted(text, tense) == []
