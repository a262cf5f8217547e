"""Christmas as a greeting to a pronoun ("Merry Christmas everybody!"), written "Xmas", or with a lower-case "day"; a bare
"Christmas", "Thanksgiving" or "Easter" that names one day outside the named_day pattern's prepositions (GUIDE decisions
20, 40, 349): placed by "last"/"next"/"this", after "towards"/"around", the bare object of "spend", or "a" + the holiday
under a verb of wishing, while compounds, names, subjects, similes, habits and "a Christmas" told of the past stay no
date."""

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


@pytest.mark.parametrize(
    "text, tense, expected",
    [
        # "last" the latest before the reference day, "next" the coming one, whatever the tense
        ("Last Thanksgiving, the baker posted a photo of her pies.", "past", [("Last Thanksgiving", "2031-11-27")]),
        ("Next Easter, the choir will sing in the old chapel.", "future", [("Next Easter", "2032-03-28")]),
        ("The ferry ran late last Christmas.", "present", [("last Christmas", "2030-12-25")]),
        # a further preposition of time
        ("Orders for the toy climbed towards Christmas.", "past", [("Christmas", "2030-12-25")]),
        ("The crew finished the roof around Easter.", "past", [("Easter", "2031-04-13")]),
        # the bare object of a verb of spending time
        ("The pilot flew north to spend Christmas with his aunt.", "past", [("Christmas", "2030-12-25")]),
        # "a" + the holiday under a wish (decision 349's "we hope for a quiet Christmas"): the coming one
        ("We hope for a quiet Christmas.", "present", [("Christmas", "2031-12-25")]),
        ("The villagers dream of a Christmas without sirens.", "present", [("Christmas", "2031-12-25")]),
    ],
)
def test_a_bare_holiday_naming_one_day_is_a_date(text, tense, expected):
    assert dates(text, tense) == expected


@pytest.mark.parametrize(
    "text, tense",
    [
        ("The elves wrapped Christmas presents all night.", "past"),  # a compound: a kind of present
        ("The boat anchored off Christmas Island.", "past"),  # a name
        ("The ledger runs day by day, so Christmas seemed the obvious pick.", "past"),  # a subject, no day
        ('"It will be like Christmas in the palace," the aide said.', "past"),  # a simile
        ("Most families spend Christmas with their parents.", "present"),  # what is done each time (decision 97)
        ("Trade is always slow towards Easter.", "present"),
        ("The old sailor spent a Christmas in a cell.", "past"),  # "a Christmas" of the past: which one is not told
        ("The rector loves Easter more than any feast.", "present"),
    ],
)
def test_a_bare_holiday_naming_no_one_day_stays_no_date(text, tense):
    assert dates(text, tense) == []


@pytest.mark.parametrize(
    "text, tense, expected",
    [
        # "last"/"next"/"this" governing the named day itself keeps the pointer in the text
        ("Next Christmas Eve, the band will play in the old mill.", "future", [("Next Christmas Eve", "2031-12-24")]),
        ("Last Christmas Day, the bakery gave away bread.", "past", [("Last Christmas Day", "2030-12-25")]),
        ("This Thanksgiving weekend brought long queues at the ferry.", "past", [("This Thanksgiving weekend", "2031-W48")]),
        ("Prices have doubled since last Christmas.", "past", [("last Christmas", "2030-12-25")]),
        # a pointer that is no pointer leaves the named day as it is without one
        ("The last Easter Sunday before the merger was quiet.", "past", [("Easter Sunday", "2031-04-13")]),
    ],
)
def test_a_pointer_governing_the_holiday_places_it(text, tense, expected):
    assert dates(text, tense) == expected


@pytest.mark.parametrize(
    "text, tense",
    [
        # "last"/"this" as an adjective "final" or the determiner of a noun the holiday modifies, or a title
        ("The last Christmas fair in the valley shut early.", "past"),
        ("This Christmas wreath is the largest the parish has made.", "present"),
        ("This Christmas rush has been the longest in years.", "present"),
        ("This Easter parade will start at the bridge.", "future"),
        ("The last Xmas letter she wrote went to her nephew.", "past"),
        ("It was their last Christmas on the island before the flood.", "past"),
        ("It will be the last Easter in the old chapel.", "future"),
        ("His first and last Thanksgiving as mayor was spent at the shelter.", "past"),
        ("The duo's Last Christmas climbed the charts again.", "past"),
        ("The Last Christmas actor signed autographs.", "past"),
        # a habit of the past (decision 97): what was done each time the day came round
        ("As a girl, she always spent Christmas with her uncle in Maine.", "past"),
        ("Each year the brothers spent Thanksgiving at the cabin.", "past"),
        ("Every winter the couple spent Christmas by the sea.", "past"),
        ("As students, we would spend Easter at the monastery.", "past"),
        ("The painter used to spend Christmas in Lisbon.", "past"),
        ("The twins have spent Easter apart for five years.", "past"),
        # a year or another date in the clause, or another calendar's or country's holiday
        ("In 1917, the sailors spent Christmas at anchor.", "past"),
        ("The villagers spent Christmas without power in 2011.", "past"),
        ("Orthodox pilgrims will spend Christmas at the monastery.", "future"),
        ("The patriarch spent Orthodox Easter in the capital.", "past"),
        ("Armenian families spent Christmas on January 6 in the village.", "past"),
        ("Canadians spent Thanksgiving at the lake despite the storm.", "past"),
    ],
)
def test_a_pointer_that_is_no_pointer_a_past_habit_or_another_year_stays_no_date(text, tense):
    # (the clause's own year or day stays a date of its own)
    assert [d for d in dates(text, tense) if any(w in d[0] for w in ("Christmas", "Xmas", "Thanksgiving", "Easter"))] == []
