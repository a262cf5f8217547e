"""A day or month with no year that a deadline's words set ahead ("no later than May 10", "effective from April 1",
"the June 2 deadline"), and a weekday that a verb of setting a day sets in the present perfect ("has called a hearing
on Friday", "has declared Thursday a day of mourning"), under a past or present-perfect verb: read forward, the next
such day on or after the reference date (benchmarks/claims_real/GUIDE.md, decision 490(c)). The reference date is
Wednesday 6 March 2024."""

import pytest
from test_dates_modifiers_and_the_weekend import _values


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # A deadline set by a past verb, not yet passed: the coming day, not the one a year back.
        ("The inspectors asked for the records no later than April 2.", "april 2", ["2024-04-02"]),
        ("The inspectors demanded a reply not later than April 20.", "april 20", ["2024-04-20"]),
        ("The club has confirmed the transfer of its goalkeeper, effective from May 1.", "may 1", ["2024-05-01"]),
        ("The firm named a new treasurer, effective April 15.", "april 15", ["2024-04-15"]),
        ("With the April 30 deadline for the filing two months off, the board met again.", "april 30", ["2024-04-30"]),
        ("The inspectors asked for the records no later than April.", "april", ["2024-04"]),
        # A present perfect of a verb of setting a day takes no day already past: the day is still ahead.
        ("The harbour board has called a hearing on Friday to review the dredging plan.", "friday", ["2024-03-08"]),
        ("The council has scheduled a vote on Monday on the ferry contract.", "monday", ["2024-03-11"]),
        ("The island's assembly has declared Thursday a day of mourning.", "thursday", ["2024-03-07"]),
        # Guards: a past perfect may tell a deadline or a day that has passed, and keeps the past.
        ("The board had set an April 2 deadline for the bids.", "april 2", ["2023-04-02"]),
        ("The harbour board had called a hearing on Friday to review the plan.", "friday", ["2024-03-01"]),
        # Guards: a simple past of calling tells the day the meeting was held or called; no setting verb, no reading ahead.
        ("The harbour board called a hearing on Friday to review the dredging plan.", "friday", ["2024-03-01"]),
        ("The agency has phoned the owners on Friday.", "friday", ["2024-03-01"]),
        ("The ministry has called on Friday for calm.", "friday", ["2024-03-01"]),
        # Guards: a day with no deadline's words keeps the past verb's reading; a year written decides by itself.
        ("The inspectors asked for the records on April 2.", "april 2", ["2023-04-02"]),
        ("The inspectors asked for the records no later than April 2, 2023.", "april 2", ["2023-04-02"]),
    ],
)
def test_deadlines_and_days_set_ahead(text, word, expected):
    assert _values(text, word) == expected
