"""Christmas as a greeting to a pronoun ("Merry Christmas everybody!"), written "Xmas", or with a lower-case "day"."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates
from declcli.claims.nlp import load_model

REF = dt.date(2031, 12, 20)


def dates(text, tense="past"):
    doc = load_model()(text)
    return [(d.text, d.value) for d in find_dates(text, REF, tense, parse=lambda a, b: doc.char_span(a, b))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun after the greeting is its addressee, no noun the day qualifies
        ("Merry Christmas everybody!", [("Christmas", "2031-12-25")]),
        ("Happy Thanksgiving everyone!", [("Thanksgiving", "2031-11-27")]),
        # "Xmas" is Christmas
        ("Merry Xmas everyone!", [("Xmas", "2031-12-25")]),
        # "Christmas day" with its year, like "Christmas Day 2009"
        ("The twins were born on Christmas day 2009, the registry says.", [("Christmas day 2009", "2009-12-25")]),
        # "Xmas Day", "Xmas Eve" as their Christmas spellings
        ("The depot shuts on Xmas Day.", [("Xmas Day", "2031-12-25")]),
        ("Carols start at dusk on Xmas Eve.", [("Xmas Eve", "2031-12-24")]),
    ],
)
def test_christmas_greeted_spelled_short_or_with_a_lower_case_day(text, expected):
    assert dates(text, tense="present") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Christmas parcels piled up at the depot.",  # before a common noun: a kind of parcel, no day
        "Xmas shopping slowed in the north.",
        "The Christmas-themed windows drew crowds.",
        "The Christmas day rota left two nurses on the ward.",  # a lower-case "day" in a compound: a kind of rota
    ],
)
def test_christmas_before_a_common_noun_stays_no_date(text):
    assert dates(text) == []
