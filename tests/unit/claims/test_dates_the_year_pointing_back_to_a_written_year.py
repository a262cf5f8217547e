"""A bare "the year" ("of the year", "the year's", "the previous year", "as the year progresses") set inside a clause
that a year the unit writes before it dates points back to that year, or counts from it: listed with no value (GUIDE
decisions 72, 843); where no such year dates its clause it is the current year (decision 822). "as the year/month
progresses" names the period running, and "both years", "either month" name again the periods the text has given
(decision 843)."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates
from declcli.claims.nlp import load_model

REF = dt.date(2031, 3, 8)


def _dates(text):
    doc = load_model()(text)
    return [(d.text, d.value) for d in find_dates(text, REF, parse=lambda a, b: doc.char_span(a, b, alignment_mode="expand"))]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In 2027, the ferry guild backed a motion that became the most debated proposal of the year.",
            [("2027", "2027"), ("the year", None)],
        ),
        (
            "In 2026, crowds filled the harbour, with the regatta drawing a third of the year's visitors.",
            [("2026", "2026"), ("the year's", None)],
        ),
        (
            "In 2028, one in five growers had a relative who had to sell land in the previous year.",
            [("2028", "2028"), ("the previous year", None)],
        ),
        (
            "The orchard trade enters 2032 with a long list of worries set to unfold as the year progresses.",
            [("2032", "2032"), ("the year", None)],
        ),
        # coordinated verbs sharing the clause's time: bare verbs, or one tense
        (
            "In 2028, many growers had a relative who had to quit, sell up or change trade in the previous year.",
            [("2028", "2028"), ("the previous year", None)],
        ),
        ("The guild met in March 2027 and named her skipper of the year.", [("March 2027", "2027-03"), ("the year", None)]),
    ],
)
def test_the_year_inside_a_clause_a_written_year_dates_has_no_value(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("As the year comes to an end, the ferry office takes stock.", [("the year", "2031")]),
        ("Expect colder nights on the quay as the month draws to a close.", [("the month", "2031-03")]),
        (
            "Fares held steady in 2029 and 2030, below the regional average in both years.",
            [("2029", "2029"), ("2030", "2030"), ("both years", None)],
        ),
        (
            "The ferries ran late in June and July; either month would suit the harbour board.",
            [("June", "2030-06"), ("July", "2030-07"), ("either month", None)],
        ),
    ],
)
def test_the_period_running_and_periods_named_again(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the years given right after it, in apposition ("the year 2000"): listed themselves
        ("Both years 2027 and 2028 were wet on the coast.", [("2027", "2027"), ("2028", "2028")]),
        ("Catches in both years 2024 and 2025 were thin.", [("2024", "2024"), ("2025", "2025")]),
        # no year or month written before: nothing named again, no date
        ("Either month would suit the regatta, the harbour master said.", []),
        ("Both years matter to the growers, the guild chair said.", []),
        ("Either year would set a new mark for the fleet, dealers said.", []),
    ],
)
def test_both_periods_only_after_a_year_or_month_written(text, expected):
    assert _dates(text) == expected


def test_both_periods_name_again_what_an_earlier_sentence_wrote():
    import declcli

    def listed(text):
        doc = declcli.to_dict(declcli.read(text.encode(), input_format="text", reference_date="2031-03-08"))
        return [(d["text"], d["value"]) for c in doc["claims"] for d in c.get("dates") or []]

    assert ("Both months", None) in listed("The quay shuts in May and June. Both months are busy for the crabbers.")
    assert listed("Both months are busy for the crabbers, the quay warden said.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year dating a clause of its own: the current year
        ("Founded in 1998, the ferry firm had its best month of the year.", [("1998", "1998"), ("the year", "2031")]),
        (
            "The guild, which was set up in 2004, reported its best quarter of the year.",
            [("2004", "2004"), ("the year", "2031")],
        ),
        ("Fares rose in 2022 and will rise again by the end of the year.", [("2022", "2022"), ("the year", "2031")]),
        # after a bound
        ("Fares have climbed since 2020 and hit a high for the year.", [("2020", "2020"), ("the year", "2031")]),
        # no year written; a month only
        ("The index hit 2,500 points, its highest of the year.", [("the year", "2031")]),
        ("Dealers sold 900 boats in January, the most of the year so far.", [("January", "2031-01"), ("the year", "2031")]),
        # "the previous year" right after its noun's comparison: counted from the year written, as before
        ("Rainfall in 2024 was double that of the previous year.", [("2024", "2024"), ("the previous year", None)]),
        # no period: a stretch of something else; years going on in general
        ("She spent both years of her degree in Leiden.", []),
        ("As the years go on, the quay grows quieter.", []),
    ],
)
def test_near_misses_keep_their_values(text, expected):
    assert _dates(text) == expected
