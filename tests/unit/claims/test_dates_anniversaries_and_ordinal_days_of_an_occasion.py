"""A day counted from an occasion the text gives: "the Nth anniversary of" + an event (GUIDE decision 653(a)) and an
ordinal day or part of a day within the run of an occasion ("the second night of their trip", decision 769) are listed
with no value, also beside a date naming the same day; told of what comes round each time, they recur: no date."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates
from declcli.claims.nlp import load_model

REF = dt.date(2031, 3, 4)


def dates(text, tense="past"):
    """The (text, value) of each date `find_dates` reads in `text` with its parse, against REF."""
    doc = load_model()(text)
    found = find_dates(text, REF, tense, parse=lambda a, b: doc.char_span(a, b))
    return [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    "text, tense, expected",
    [
        ("The town marked the anniversary of the flood with a silent march.", "past", [("the anniversary of the flood", None)]),
        (
            "On Friday the harbour will mark the 30th anniversary of the lighthouse's opening.",
            "future",
            [("Friday", "2031-03-07"), ("the 30th anniversary of the lighthouse", None)],
        ),
        (
            "Borduria will reach the fiftieth anniversary of its independence in May.",
            "future",
            [("the fiftieth anniversary of its independence", None), ("May", "2031-05")],
        ),
        (
            "Few of us will see the next milestone anniversary of Elmwood Racecourse.",
            "future",
            [("the next milestone anniversary of Elmwood", None)],
        ),
        (
            "Saturday is the tenth anniversary of the Harbour Act.",
            "present",
            [("Saturday", "2031-03-08"), ("the tenth anniversary of the Harbour", None)],
        ),
    ],
)
def test_an_anniversary_of_an_event_is_listed_without_a_value(text, tense, expected):
    assert dates(text, tense) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On the second night of their voyage, the Lees called a doctor.", [("the second night", None)]),
        ("The clerk testified on the fourth day of a fraud trial in Leeds.", [("the fourth day", None)]),
        ("The first day of Harbour Expo drew long queues.", [("The first day", None)]),
        ("Rain fell on the 3rd day of the regatta.", [("the 3rd day", None)]),
    ],
)
def test_an_ordinal_day_of_an_occasion_is_listed_without_a_value(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Every year the village feasts on the anniversary of the charter.",
        "The second night of each fair is usually the busiest.",
    ],
)
def test_an_occasion_that_comes_round_each_time_is_no_date(text):
    assert dates(text, "present") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a calendar name, not of an occasion
        ("Snow fell on the first day of the year.", [("the year", "2031")]),
        ("The ferry sailed in the first week of January.", [("January", "2031-01")]),
        # a named day's own days stay out
        ("The choir sang on the first day of Christmas.", []),
        # an anniversary with no "of" + event names none the text gives
        ("The band toured for its 50th anniversary tour.", []),
    ],
)
def test_calendar_names_and_bare_anniversaries_are_left_alone(text, expected):
    assert dates(text) == expected
