"""Days of an act still to come under a past verb (GUIDE decision 406), ranges of months and days with no year
(decisions 89, 109, 659), and counts back, forward and by way of measure (decisions 20, 72, 511, 529)."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates

REF = dt.date(2024, 3, 6)  # a Wednesday


def _claim_dates(text, reference_date="2024-03-06"):
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return [
        (d.text, d.value) for c in extract_claims(text, split_sentences(text), reference_date=reference_date) for d in c.dates
    ]


def _values(text, ref=REF):
    return [(d.text, d.value) for d in find_dates(text, ref, "past")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "would" + a base verb: the future seen from a past; Friday is two days on, last Friday five back
        ("The harbour master told the ferry crews that the pier would be closed on Friday.", [("Friday", "2024-03-08")]),
        # an infinitive complement of a past verb of asking
        ("The club asked its members to plant trees Friday at the old quarry.", [("Friday", "2024-03-08")]),
        # a bare subjunctive under a past "suggested" (no timetable's present: Monday is two days back, not five on)
        ("The union suggested that both sides meet on Monday in the town hall.", [("Monday", "2024-03-04")]),
        # a gerund after "decided against": a day and month with no year, the nearer year either way
        ("The band decided against playing on March 10th because of the snow.", [("March 10th", "2024-03-10")]),
    ],
)
def test_a_day_of_an_act_ahead_of_a_past_verb_is_the_nearest(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the act was done: the past verb's own day stays the past's
        ("The harbour master closed the pier on Friday.", [("Friday", "2024-03-01")]),
        # "would have": a past missed, no act ahead
        ("The crews would have closed the pier on Friday.", [("Friday", "2024-03-01")]),
        # a past verb that governs no act ahead
        ("The club tried hard to plant trees Friday at the old quarry.", [("Friday", "2024-03-01")]),
    ],
)
def test_a_day_of_a_past_act_stays_past(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rainy season runs from April through June in the valley.",
        "The gallery shows her prints from October 3 – November 20 this autumn.",
        "The toll road was closed between March and May for repairs.",
    ],
)
def test_a_range_of_months_or_days_with_no_year_is_a_span(text):
    assert _values(text) == []


def test_a_day_of_its_own_beside_a_range_stays_a_date():
    assert _values("The fair runs from May 2 to May 9, with a parade on May 4.") == [("May 4", "2023-05-04")]


def test_the_calendar_bound_of_a_range_to_an_event_is_no_date():
    # decision 659: "1921" bounds the span; the year before "flood" dates that happening
    assert _values("Tolls were charged from 1921 until the 1938 flood closed the bridge.") == [("1938", "1938")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mill burned down one year ago.", [("one year ago", "2023")]),
        ("The chapel was built a hundred years ago.", [("a hundred years ago", "1924")]),
        ("The site may reopen in less than six months' time.", [("less than six months' time", None)]),
        ("The site may reopen in six months' time.", [("six months' time", "2024-09")]),
        ("The council meets this coming Tuesday.", [("this coming Tuesday", "2024-03-12")]),
        # a weekday with its date in brackets is one expression, listed once (decision 529)
        # its text runs from the weekday to the end of the date, in either order of day and month
        ("The report came out Friday (March 1) online.", [("Friday (March 1)", "2024-03-01")]),
        ("The report came out Friday (1 March) online.", [("Friday (1 March)", "2024-03-01")]),
        ("The report came out Friday, March 1, online.", [("Friday, March 1", "2024-03-01")]),
    ],
)
def test_counts_back_and_forward_and_a_weekday_beside_its_date(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "in recent weeks" is a span; "after" opens the event it follows
        "The plan drew protests in recent weeks after the mayor backed it.",
        # "by" + a count measures the change
        "The minister is extending her visit by two days after the talks end.",
    ],
)
def test_a_span_or_a_measure_before_after_is_no_counted_date(text):
    assert _values(text) == []


def test_by_the_next_morning_stays_a_counted_date():
    assert _values("By the next morning the river had fallen.") == [("the next morning", None)]


def test_an_act_ahead_keeps_the_past_on_a_tie():
    # a tie of six months either way takes the past verb's month, back (decision 406)
    assert _claim_dates("The board decided to sell the depot in September after the audit.") == [("September", "2023-09")]


@pytest.mark.parametrize(
    "text",
    [
        # the world as it now is (decision 22), also inside a quote
        "“Few birds on the planet today migrate so far,” the curator said.",
        "“Today there is no museum in the world that owns the full set,” she said.",
        # what has lasted into these days: "still" with a simple present other than "be"
        "The historian says the guild rules of the 1600s still shape the trade today.",
        "Scholars say the customs that shaped the old port still govern its trade today.",
    ],
)
def test_today_of_the_world_as_it_is_or_lasting_still_is_nowadays(text):
    assert _claim_dates(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gerund under a preposition of time is a done act, no act ahead (decision 406 is about a complement)
        ("The rangers asked hikers for help after spotting a bear on Friday.", [("Friday", "2024-03-01")]),
        ("The mayor promised the crews a bonus before leaving the depot on Friday.", [("Friday", "2024-03-01")]),
        # a day ending the sentence after an infinitive dates the past verb in news copy
        ("The town council voted to extend the curfew on Friday.", [("Friday", "2024-03-01")]),
        ("A magistrate ordered the mill to pay the fine on Friday.", [("Friday", "2024-03-01")]),
        ("The coach offered to step down on Friday, but the club refused.", [("Friday", "2024-03-01")]),
        ("The members voted against renewing the lease on Friday.", [("Friday", "2024-03-01")]),
        # the past verb dated on its own: the complement's day is the act's
        ("On Tuesday the guild decided to meet on Friday.", [("Tuesday", "2024-03-05"), ("Friday", "2024-03-08")]),
    ],
)
def test_a_day_that_dates_the_past_verb_stays_past(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "would" under a present verb or in a hypothetical: the future reading (decisions 5, 406)
        "Engineers say the new ferry would sail on Monday.",
        "If approved, the toll would take effect on Monday.",
    ],
)
def test_would_with_no_past_over_it_looks_ahead(text):
    assert _claim_dates(text) == [("Monday", "2024-03-11")]


@pytest.mark.parametrize(
    "text",
    [
        # one day's happening in the world, or a past: that day, not nowadays (decision 22)
        "The tallest wheel in the world opens today.",
        "The probe landed on the planet today after a long flight.",
        # "still" of that day, with no past for it to last from
        "The valley's farms still lack water today, the agency said.",
        "Divers still search the lake today for the missing boat.",
    ],
)
def test_today_of_one_days_happening_stays_that_day(text):
    assert ("today", "2024-03-06") in _claim_dates(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "by" + a count after a deadline, not a change: a time counted from another (decision 72)
        ("Ballots must be counted by two weeks after the vote.", [("two weeks after", None)]),
        # any bound before a count forward names no one time, and the text keeps it (decision 511)
        ("The dam could be ready in under six months' time.", [("under six months' time", None)]),
        ("The dam could be ready no more than six months from now.", [("no more than six months from now", None)]),
        # a count of hundreds read whole (decision 20)
        ("The mill was built two hundred years ago.", [("two hundred years ago", "1824")]),
        ("The abbey was founded a hundred and fifty years ago.", [("a hundred and fifty years ago", "1874")]),
        # a calendar bound before a named or owned event's year is no date (decision 659)
        ("The tolls ran from 1921 until the 1938 Great Flood.", [("1938", "1938")]),
        ("Fares held between 2004 and Acme's 2011 merger.", [("2011", "2011")]),
    ],
)
def test_counted_deadlines_bounds_hundreds_and_named_events(text, expected):
    assert _values(text) == expected
