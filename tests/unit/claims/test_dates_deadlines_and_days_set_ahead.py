"""A day or month with no year that a deadline's words set ahead ("no later than May 10", "effective from April 1",
"the June 2 deadline"), and a weekday that a verb of setting a day sets in the present perfect ("has called a hearing
on Friday", "has declared Thursday a day of mourning"), under a past or present-perfect verb that sets, asks for or
announces it: read forward, the next such day on or after the reference date (benchmarks/claims_real/GUIDE.md, decision
490(c)); with no such mark, where the verb tells an act done or a day passed, the verb's own time stands (decision 406).
The reference date is Wednesday 6 March 2024."""

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
        # A verb that sets the deadline, or one whose infinitive it hangs on; a deadline told to lie ahead.
        ("The regulator ordered lenders to reply no later than April 10.", "april 10", ["2024-04-10"]),
        ("The agency set a March 20 deadline for the bids.", "march 20", ["2024-03-20"]),
        ("The growers hurried to beat the looming April 1 deadline.", "april 1", ["2024-04-01"]),
        ("With the April 1 deadline for the tariff only four weeks away, the growers met on Monday.", "april 1", ["2024-04-01"]),
        ("The ferry company has set Friday as the day of the strike ballot.", "friday", ["2024-03-08"]),
        ("The island's assembly has declared Friday a public holiday.", "friday", ["2024-03-08"]),
        # No mark that the day is still ahead: the verb tells an act done or a day passed, and keeps its own time
        # (GUIDE decision 406: the text decides).
        ("Effective from February 1, the fare went up by 5 percent.", "february 1", ["2024-02-01"]),
        ("The bakery raised its prices, effective February 15.", "february 15", ["2024-02-15"]),
        ("The treasurer stepped down effective January 31.", "january 31", ["2024-01-31"]),
        ("The new zoning code became effective on February 1.", "february 1", ["2024-02-01"]),
        ("The levy, effective in February, lowered fuel costs.", "february", ["2024-02"]),
        ("The curfew, effective from January 10, has reduced burglaries by a third.", "january 10", ["2024-01-10"]),
        ("The bonus, effective February 1, was approved by the trustees in January.", "february 1", ["2024-02-01"]),
        ("The mill shut down effective February 29.", "february 29", ["2024-02-29"]),
        ("Entries were due no later than February 20, and forty came in.", "february 20", ["2024-02-20"]),
        ("Candidates had to enrol no later than February 20.", "february 20", ["2024-02-20"]),
        ("The club settled its bills no later than January 31, the accounts showed.", "january 31", ["2024-01-31"]),
        ("The tenants missed the February 28 deadline.", "february 28", ["2024-02-28"]),
        ("The February 28 deadline passed without a settlement.", "february 28", ["2024-02-28"]),
        ("The March 1 deadline lapsed without a reply.", "march 1", ["2024-03-01"]),
        ("The negotiations broke down before the February 28 deadline.", "february 28", ["2024-02-28"]),
        ("The bidders sailed past the February 20 deadline.", "february 20", ["2024-02-20"]),
        ("The militia disregarded a February 10 deadline to hand over its weapons.", "february 10", ["2024-02-10"]),
        ("The growers missed the February 28 deadline, and the next one is two weeks away.", "february 28", ["2024-02-28"]),
        # A weekday only described, not set as the day of anything: the past one.
        ("Commentators have called Monday a grim day for the league.", "monday", ["2024-03-04"]),
        ("Traders have called Tuesday the calmest session of the quarter.", "tuesday", ["2024-03-05"]),
        # Guards: a day with no deadline's words keeps the past verb's reading; a year written decides by itself.
        ("The inspectors asked for the records on April 2.", "april 2", ["2023-04-02"]),
        ("The inspectors asked for the records no later than April 2, 2023.", "april 2", ["2023-04-02"]),
    ],
)
def test_deadlines_and_days_set_ahead(text, word, expected):
    assert _values(text, word) == expected
