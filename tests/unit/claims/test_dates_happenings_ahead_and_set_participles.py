"""A weekday of a happening still to come at the time of a past act ("ahead of a summit on Saturday"), and a weekday
under the infinitive of a reduced relative on a frame of the future ("the bridge, slated to open on Monday, …")
(benchmarks/claims_real/GUIDE.md: the dates section, decisions 406 and 621). The reference date is Wednesday 6 March
2024."""

import pytest
from test_dates_modifiers_and_the_weekend import _values


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Under a past verb neither way prevails (decision 406): the nearest such day, here three days ahead …
        ("The minister met envoys on Tuesday ahead of a summit on Saturday.", "saturday", ["2024-03-09"]),
        ("Ministers gathered in the capital in advance of a vote on Thursday.", "thursday", ["2024-03-07"]),
        # … or two days back (five ahead).
        ("The union held a rally ahead of a strike on Monday.", "monday", ["2024-03-04"]),
        # Guard: "after" sets the happening before the act, and the past tense reads back.
        ("The minister met envoys after a summit on Saturday.", "saturday", ["2024-03-02"]),
        # A frame of the future tells the act still to come (decision 621): the next such day.
        ("The new bridge, slated to open on Monday, carries four lanes of traffic.", "monday", ["2024-03-11"]),
        ("The new bridge, scheduled to open on Monday, carries four lanes of traffic.", "monday", ["2024-03-11"]),
        ("The bridge is slated to open on Monday.", "monday", ["2024-03-11"]),
        # Guard: under a past finite clause the plan is over and the day may have passed: the clause's past decides.
        ("The talks, scheduled to begin on Monday, were called off.", "monday", ["2024-03-04"]),
        # Guard: a past clause on the happening's noun tells it done (decision 406: the text decides): the past reading.
        ("The union held a rally ahead of a strike on Friday that shut the docks for a day.", "friday", ["2024-03-01"]),
        ("Turnout rose ahead of a ballot on Friday that the opposition won easily.", "friday", ["2024-03-01"]),
        # Guard: a past main verb the parser reads as a participle leaves no present or future host: no reading ahead.
        ("The fair, set to open on Monday, drew a record crowd.", "monday", ["2024-03-04"]),
        ("The concert, slated to begin on Monday, sold out within hours.", "monday", ["2024-03-04"]),
        # Guard: "expected" frames a guess, no timetable: the day compared with keeps the past.
        ("Thursday will be colder, with morning lows expected to be two degrees below Tuesday's.", "tuesday", ["2024-03-05"]),
    ],
)
def test_days_of_happenings_ahead_and_of_acts_set_ahead(text, word, expected):
    assert _values(text, word) == expected
