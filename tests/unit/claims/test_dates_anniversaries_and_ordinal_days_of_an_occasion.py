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
            [("Friday", "2031-03-07"), ("the 30th anniversary of the lighthouse's opening", None)],
        ),
        (
            "Borduria will reach the fiftieth anniversary of its independence in May.",
            "future",
            [("the fiftieth anniversary of its independence", None), ("May", "2031-05")],
        ),
        (
            "Few of us will see the next milestone anniversary of Elmwood Racecourse.",
            "future",
            [("the next milestone anniversary of Elmwood Racecourse", None)],
        ),
        (
            "Saturday is the tenth anniversary of the Harbour Act.",
            "present",
            [("Saturday", "2031-03-08"), ("the tenth anniversary of the Harbour Act", None)],
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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Every inn in Kestrel was full on the second night of the regatta.", [("the second night", None)]),
        (
            "Each of the ferrymen laid a wreath on the 30th anniversary of the wreck.",
            [("the 30th anniversary of the wreck", None)],
        ),
        (
            "The keepers usually rest at home, and this time they met on the 40th anniversary of the wreck.",
            [("the 40th anniversary of the wreck", None)],
        ),
    ],
)
def test_each_or_every_over_another_noun_or_in_another_clause_leaves_the_occasion_listed(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shop said sales in the first week of the new year were strong.", [("the new year", "2031")]),
        ("The first day of the third quarter brought a sell-off in harbour shares.", []),
        ("Fund managers sold harbour shares in the first week of the quarter.", []),
        ("Thousands marched on the first day of the new school year.", []),
        ("Pilgrims crowded the port of Kestrel on the first day of Eid al-Fitr.", []),
        ("The first night of Rosh Hashanah fell on a quiet evening.", []),
    ],
)
def test_ordinal_days_of_calendar_periods_and_yearly_holidays_are_no_occasions(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ministers met on the 10th anniversary of the 2021 Kestrel Accord to review it.",
            [("the 10th anniversary of the 2021 Kestrel Accord", None), ("2021", "2021")],
        ),
        (
            "Shops in Kestrel shut on the anniversary of a deadly fire that killed 40 dockers.",
            [("the anniversary of a deadly fire", None)],
        ),
        (
            "Crowds gathered on Sunday, the sixth anniversary of the harbour referendum.",
            [("Sunday", "2031-03-02"), ("the sixth anniversary of the harbour referendum", None)],
        ),
        ("The mayor spoke on the one-year anniversary of the flood.", [("the one-year anniversary of the flood", None)]),
    ],
)
def test_an_anniversary_runs_to_the_end_of_its_events_noun_phrase(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The envoys met on the 30th anniversary of trade ties between Ruritania and Borduria.",
            [("the 30th anniversary of trade ties between Ruritania and Borduria", None)],
        ),
        (
            "They marked the 20th anniversary of the pact between Kestrel, Elmwood and Tidewatch.",
            [("the 20th anniversary of the pact between Kestrel, Elmwood and Tidewatch", None)],
        ),
        (
            "Crowds gathered for the 50th anniversary of the treaty of Elmwood, which ended the war.",
            [("the 50th anniversary of the treaty of Elmwood", None)],
        ),
        ("The mayor spoke on the 10th anniversary of the flood and the storm.", [("the 10th anniversary of the flood", None)]),
    ],
)
def test_a_coordination_inside_the_events_phrase_stays_in_it(text, expected):
    """ "between A and B" names one relation of two parties; a coordinate of the event noun itself is another event."""
    assert dates(text) == expected
