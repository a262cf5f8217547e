"""A count of days or years that a verb of taking or spending time has as its object or measure is a duration, no date
(benchmarks/claims_real/GUIDE.md: the dates section's "Not: … durations"), not a day counted from an occasion
(decision 72)."""

import pytest
from test_dates_tense_of_the_clause import _values  # the values of the dates holding `word`, against Wed 2024-03-06


@pytest.mark.parametrize(
    "text",
    [
        "Engineers say it will take several weeks before the new locks hold back the river.",
        "The growers waited three years before suing the canal board.",
    ],
)
def test_a_count_taken_or_waited_is_no_date(text):
    assert _values(text, "before") == []


@pytest.mark.parametrize(
    "text, word",
    [
        # Guards: a count from an occasion stays listed without a value (decision 72).
        ("The growers sued the canal board three years after the flood.", "after"),
        ("Three weeks later, the new locks held back the river.", "later"),
    ],
)
def test_a_count_from_an_occasion_is_still_listed(text, word):
    assert _values(text, word) == [None]
