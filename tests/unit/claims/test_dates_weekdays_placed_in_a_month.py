"""A weekday that its own phrase places in a month the text gives is listed with no value: which day is meant cannot
be told (benchmarks/claims_real/GUIDE.md decision 444)."""

import pytest
from test_dates_tense_of_the_clause import _values  # the values of the dates holding `word`, against Wed 2024-03-06


@pytest.mark.parametrize(
    "text, word",
    [
        # the month as the weekday's modifier
        ("Two years ago, on the same wet October Friday, both ferries ran aground.", "friday"),
        ("The club lost on a cold early January Saturday in the north.", "saturday"),
        # the month after the weekday and its part of the day, behind "the"
        ("Crews were called to the quay on the late Sunday evening in early August, the port said.", "sunday"),
    ],
)
def test_a_weekday_placed_in_a_month_has_no_value(text, word):
    assert _values(text, word) == [None]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Guards: a weekday with no month in its own phrase keeps the week the tense points at.
        ("Crews were called to the quay on Sunday evening, the port said.", "sunday", "2024-03-03"),
        ("The ferries ran aground in October. Friday brought calm seas.", "friday", "2024-03-01"),
        ("Crews were called to the quay on Sunday in the harbour town.", "sunday", "2024-03-03"),
    ],
)
def test_a_weekday_with_no_month_of_its_own_keeps_its_day(text, word, expected):
    assert _values(text, word) == [expected]


@pytest.mark.parametrize(
    "text, word",
    [
        # Guards: a weekday counted in the month ("first", "last", "2nd") is one day of it that can be told, not one
        # weekday the phrase leaves open, so it is not listed without a value.
        ("They voted on the first Tuesday in November.", "tuesday"),
        ("The vote fell on the last Friday of January.", "friday"),
        ("The talks opened on the 2nd Monday in May.", "monday"),
    ],
)
def test_a_weekday_counted_in_a_month_is_not_left_open(text, word):
    assert None not in _values(text, word)
