"""A period word that is part of a hyphened compound names no period of the reference date: "the year-end ranking",
"the second-to-last year of a lease" (benchmarks/claims_real/GUIDE.md: the dates section lists "last year" and "of the
year" as said; the compound names neither)."""

import pytest
from test_dates_tense_of_the_clause import _values  # the values of the dates holding `word`, against Wed 2024-03-06


@pytest.mark.parametrize(
    "text, word",
    [
        ("The sprinter dropped out of the year-end top ten for the first time.", "year"),
        ("The club may sell him in the second-to-last year of his lease.", "year"),
        ("Ticket sales fell in the next-to-last week of the run.", "week"),
    ],
)
def test_a_period_word_inside_a_compound_is_no_date(text, word):
    assert _values(text, word) == []


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Guards: the period words standing alone keep their values.
        ("The sprinter was the fastest runner of the year.", "year", "2024"),
        ("The club sold him last year.", "year", "2023"),
        ("Ticket sales fell last week.", "week", "2024-W09"),
    ],
)
def test_a_period_word_standing_alone_keeps_its_value(text, word, expected):
    assert _values(text, word) == [expected]
