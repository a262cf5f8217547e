"""Dates the clause's tense should not settle: the day of a source an "according to" phrase cites, the day of a report
told in the news present ("the team reports June 4 that …"), and "today" on a present passive of where a class of
things is these days ("the beetles, which today are found in Peru") (benchmarks/claims_real/GUIDE.md: the dates section,
decision 22). The reference date is Wednesday 6 March 2024."""

import pytest
from test_dates_modifiers_and_the_weekend import _values


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # The source's day: a report already out, whatever time the clause it backs looks to.
        ("Exports will climb next year, according to a survey by the ministry in January.", "january", ["2024-01"]),
        ("Fares are set to rise, according to a forecast the agency issued in February.", "february", ["2024-02"]),
        ("Shares will slide, according to the bank's research note on Monday.", "monday", ["2024-03-04"]),
        # Guard: a date outside the "according to" phrase keeps the clause's time.
        ("The new terminal will open in November, according to airport officials.", "november", ["2024-11"]),
        # Guard: a plan's act inside the phrase is still ahead.
        ("The school will close, according to the plan for a vote in November.", "november", ["2024-11"]),
    ],
)
def test_the_day_of_a_cited_source_is_past(text, word, expected):
    assert _values(text, word) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # A verb of reporting with the clause it reports: the news present of a report already made, no timetable.
        (
            "Bees with the mutation live longer, the biologists report online March 4 in the journal Cell.",
            "march 4",
            ["2024-03-04"],
        ),
        ("The scientists report in the journal on March 1 that the seedlings grew faster.", "march 1", ["2024-03-01"]),
        # Guard: reporting a thing, or a timetable's present, is still ahead.
        ("The retailer reports quarterly earnings on March 1.", "march 1", ["2025-03-01"]),
        ("The museum opens on March 2.", "march 2", ["2025-03-02"]),
    ],
)
def test_a_report_in_the_news_present_is_past(text, word, expected):
    assert _values(text, word) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fossil sits near the root of the lemurs, which today are found only in Madagascar.",
        "Such frogs are found today on just three islands.",
        "The river towns, which today are known for their wine, were once mining camps.",
    ],
)
def test_today_on_a_present_passive_of_a_class_is_no_date(text):
    assert _values(text, "today") == []


@pytest.mark.parametrize(
    "text",
    [
        # Guard: one thing or a counted few found on the day, a past, or a first use: the day's happening.
        "The missing trawler is found today, the coast guard says.",
        "Two hikers are found today near the lake.",
        "The bodies of the climbers were found today near the summit.",
        "The new ballots are used today for the first time.",
        # Guard: another verb's present passive in a relative clause: the day's.
        "The engines, which are tested today, will fly next year.",
    ],
)
def test_today_on_a_happening_of_the_day_keeps_its_date(text):
    assert _values(text, "today") == ["2024-03-06"]


@pytest.mark.parametrize(
    "text, kept",
    [
        # The level of these days a forecast starts from, set against a year ahead: "today" is no date (as "than today").
        ("The plan foresees a fall in battery prices from about $90 a unit today to $60 by 2032.", ["2032"]),
        ("Public debt will climb from 70% of output today to 85% by 2040.", ["2040"]),
        ("The share of wind power rises from 15 percent today to 40 percent in 2035.", ["2035"]),
    ],
)
def test_today_as_the_start_of_a_forecast_change_is_no_date(text, kept):
    assert _values(text, "today") == []
    assert [v for v in (_values(text, k) for k in kept) for v in v] == kept


@pytest.mark.parametrize(
    "text",
    [
        # Guard: a change toward a month, no year ahead: the day's figure.
        "Bus fares rise from $2 today to $3 next month.",
        # Guard: a change told of the day, with a year elsewhere.
        "Prices rose from $3 to $4 today, and will hit $5 by 2030.",
    ],
)
def test_today_in_a_change_of_the_day_keeps_its_date(text):
    assert _values(text, "today") == ["2024-03-06"]


@pytest.mark.parametrize(
    "text, year",
    [
        # A side of a size or a screen's resolution is no year.
        ("The visor shows 1440 x 2016 pixels to each eye.", "2016"),
        ("Its sensor records stills at 2048 × 1536 pixels.", "2048"),
        ("The cheaper monitor tops out at 1920 x 1080.", "1920"),
        ("The budget screen runs at 1920 X 1080.", "1920"),
    ],
)
def test_a_side_of_a_size_is_no_year(text, year):
    assert _values(text, year) == []


def test_a_year_beside_a_size_is_still_a_year():
    # Guard: a year in the same sentence as a resolution keeps its value.
    assert _values("In 2019 the studio released a film shot at 4096 x 2160.", "2019") == ["2019"]


def test_a_year_counted_by_a_small_figure_is_a_year():
    # Review of h45dates (8): "3 x 2019 champions" counts titles, no side of a size: only 3-4 digits beside the x
    assert _values("The club were 4 x 2018 champions.", "2018") == ["2018"]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Review of h45dates (2): a "for" target is the time the source tells of, not its day
        ("Rain will spread north, according to the outlook for July.", "july", ["2024-07"]),
        # (3): a source not yet out is no report already made
        ("Rents will climb, according to a survey due out in June.", "june", ["2024-06"]),
        # (4, 6): a timetable the phrase names sets the act ahead, however "for" attaches
        ("The poll will be held, according to the schedule for April.", "april", ["2024-04"]),
        ("The poll will be held, according to the calendar for April.", "april", ["2024-04"]),
        ("The poll will be held, according to the agenda for April.", "april", ["2024-04"]),
        ("The poll will be held, according to the timetable for April.", "april", ["2024-04"]),
    ],
)
def test_a_date_the_cited_source_looks_to_keeps_the_clauses_time(text, word, expected):
    assert _values(text, word) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Review of h45dates (5): a reported question is no report already made; the timetable's present stays ahead
        ("The central bank announces on Thursday whether it will cut rates.", "thursday", ["2024-03-07"]),
        ("The bank announces on Thursday if it will cut rates.", "thursday", ["2024-03-07"]),
        ("The airline reports on Friday how much it lost.", "friday", ["2024-03-08"]),
    ],
)
def test_a_reported_question_keeps_the_timetable(text, word, expected):
    assert _values(text, word) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Review of h45dates (1): a plural subject alone is no class; no sign of a lasting state: the day's happening
        "Survivors are found today in the rubble of the hotel.",
        "Rubber bullets are used today against protesters in the capital.",
        "Protesters are known today to have gathered outside the embassy.",
        "The election results, which are known today, will be certified next week.",
    ],
)
def test_a_plural_found_or_used_today_with_no_sign_of_a_lasting_state_keeps_its_date(text):
    assert _values(text, "today") == ["2024-03-06"]


@pytest.mark.parametrize(
    "text",
    [
        # the signs of a lasting state: a named place, or "still"
        "Tarsiers are found today in Asia.",
        "Such beetles are still found today in old forests.",
    ],
)
def test_a_class_found_today_in_a_named_place_or_still_is_no_date(text):
    assert _values(text, "today") == []
