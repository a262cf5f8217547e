"""Dates a designation gives a recurring named day, bare periods after "throughout", months glued to "mid-", the next
century's years and the passive subjunctive's day (benchmarks/claims_real/GUIDE.md: the dates section and decisions
406, 472, 822 and 830)."""

import pytest


def _claim_dates(text, reference_date="2024-07-10"):  # a Wednesday
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return [
        (d.text, d.value) for c in extract_claims(text, split_sentences(text), reference_date=reference_date) for d in c.dates
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Inspectors flagged the leak to the regulator in mid-May.", [("mid-May", "2024-05")]),
        ("The ferry line will reopen by mid-May.", [("mid-May", "2025-05")]),
    ],
)
def test_a_month_glued_to_mid_is_a_month_not_the_modal(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the period now running, in a statement of what lies ahead or of the present (decision 822)
        ("The agency plans to open more clinics throughout the year.", [("the year", "2024")]),
        ("The lake trail stays closed to cyclists throughout the week.", [("the week", "2024-W28")]),
        # the story's own past week, and what comes round every year, are no dates (decisions 72, 97)
        ("The bakery, the owner said, continued to sell bread throughout the week.", []),
        ("The bulletin is printed weekly throughout the year.", []),
    ],
)
def test_a_bare_period_after_throughout(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Coastal flooding could double by 2100, the panel said.", [("2100", "2100")]),
        ("The models describe the sea level in the year 2150.", [("2150", "2150")]),
        # a count, not a year
        ("The utility fitted meters in 2100 homes last year.", [("last year", "2023")]),
    ],
)
def test_a_year_of_the_next_century_after_a_preposition_of_time(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Why was October 9 chosen as Harvest Day and not another day?",
        "The guild's charter named October 9 as its founding feast.",
        "So how did October 9 become the valley's independence day?",
        '"October 9 is the birthday of the free republic," the mayor said.',
        "The republic's first stamp mentioned October 9 as its independence day.",
    ],
)
def test_a_day_and_month_a_designation_gives_a_recurring_day_is_no_date(text):
    # decision 830: the day and month name that calendar day every year; the named day itself is none either (472)
    assert _claim_dates(text) == []


def test_a_designated_named_day_is_no_date_while_a_year_is():
    assert _claim_dates("In 1901 the council chose October 9 as Independence Day.") == [("1901", "1901")]


@pytest.mark.parametrize(
    "text",
    [
        "The council chose October 9 as the day of the handover.",  # one occasion
        "The town was freed on October 9, officials said.",
    ],
)
def test_a_day_of_one_occasion_stays_a_date(text):
    assert ("October 9", "2023-10-09") in _claim_dates(text)


def test_a_day_in_a_passive_subjunctive_after_a_past_proposal_is_the_nearest():
    # "proposed that the vote be held on Sunday": the act lies ahead of the past proposal, neither way prevails
    # (decision 406), as "suggested that they hold the vote on Sunday" already reads; the nearer Sunday is ahead
    assert _claim_dates("The union proposed that the vote be held on Sunday.", "2024-07-12") == [("Sunday", "2024-07-14")]


def test_a_period_placed_by_last_after_during_stays_a_date():
    # guard: only a bare "the week/month/year" is the period now running; "last month's" places its own
    assert _claim_dates("Thousands marched during last month's summit, organisers said.") == [("last month", "2024-06")]
