"""A day or month before a noun outside the past takes the nearest year, and "the weekend" an act still to come runs to
is the coming one (benchmarks/claims_real/GUIDE.md: the dates section, decisions 73 and 132)."""

import pytest


def _claim_dates(text, reference_date="2024-03-06"):  # a Wednesday
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return [
        (d.text, d.value) for c in extract_claims(text, split_sentences(text), reference_date=reference_date) for d in c.dates
    ]


def _values(text, word, reference_date="2024-03-06"):
    return [v for t, v in _claim_dates(text, reference_date) if word in t.lower()]


@pytest.mark.parametrize(
    "text, word, reference_date, expected",
    [
        # a day ten months back or two and a half ahead, before a noun in a present clause: the nearer, ahead
        ("The senator, who is facing a May 20 hearing, declined to comment.", "may 20", "2024-03-06", ["2024-05-20"]),
        ("A clerk who is preparing the June 1 audit spoke to reporters.", "june 1", "2024-03-06", ["2024-06-01"]),
        # a month ten months back or two ahead, before a noun in a present clause: the nearer, ahead
        ("The mayor's scheduled October trip to Oslo is in doubt.", "october", "2024-08-06", ["2024-10"]),
        ("The council's planned October vote on the budget remains uncertain.", "october", "2024-08-06", ["2024-10"]),
        # Review of session 31 (rev31b): a day about six or nine months back (195, 268 days) stays back ...
        ("The senator's July 25 call is at the heart of the inquiry.", "july 25", "2024-02-05", ["2023-07-25"]),
        ("The July 25 memo shows that officials knew of the risk.", "july 25", "2024-02-05", ["2023-07-25"]),
        ("Prices are down from the June 12 high.", "june 12", "2024-03-06", ["2023-06-12"]),
        # ... as a month eight or nine months back does
        ("The council's planned December vote on the budget remains uncertain.", "december", "2024-08-06", ["2023-12"]),
        ("The council's planned November vote on the budget remains uncertain.", "november", "2024-08-06", ["2023-11"]),
        # "next" and "last" give the year; no nearer month is looked for
        ("The council's next December vote is in doubt.", "december", "2024-02-10", ["2024-12"]),
        ("The board's last November vote remains in dispute.", "november", "2024-09-10", ["2023-11"]),
    ],
)
def test_a_day_or_month_before_a_noun_outside_the_past_moves_ahead_only_from_more_than_nine_months_back(
    text, word, reference_date, expected
):
    assert _values(text, word, reference_date) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Guards: a past verb keeps such a day back; a month nearer behind stays behind.
        ("The riot led to the May 20 attack on the depot.", "may 20", ["2023-05-20"]),
        ("The mayor's January trip to Oslo is still debated.", "january", ["2024-01"]),
    ],
)
def test_a_day_or_month_before_a_noun_keeps_the_past_and_the_nearer(text, word, expected):
    assert _values(text, word) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The front was forecast to stall over the coast, bringing snow to the hills through the weekend.",
        "The council may settle the matter before the weekend is out.",
    ],
)
def test_the_weekend_an_act_to_come_runs_to_is_the_coming_one(text):
    assert _values(text, "weekend") == ["2024-W10"]


@pytest.mark.parametrize(
    "text",
    [
        # Guards: what happens every weekend names none (GUIDE decision 132).
        "Many people overeat on the weekend.",
        "Shops stay open until the weekend is over.",
    ],
)
def test_a_weekend_said_of_any_weekend_stays_no_date(text):
    assert _values(text, "weekend") == []


@pytest.mark.parametrize(
    "text",
    [
        # a participle's phrase under "like to", "love being", "have to" in the present: a habit of every weekend
        "Many families like to relax, sleeping late through the weekend.",
        "Kids love being outdoors, playing football through the weekend.",
        "Most nurses have to work long shifts, covering wards through the weekend.",
    ],
)
def test_a_weekend_in_a_participles_phrase_under_a_present_habit_stays_no_date(text):
    assert _values(text, "weekend") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Clashes broke out on Friday night after a dispute over late prayers during Ramzan.", "ramzan"),
        ("The market kept shorter hours during Shawwal.", "shawwal"),
        ("Trade slowed in the holy month of Ramadan.", "ramadan"),
    ],
)
def test_a_month_of_another_calendar_naming_one_occasion_is_listed_without_a_value(text, name):
    # GUIDE decision 563(b): a named month, a date with no YYYY-MM form
    assert _values(text, name) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # Guards: told as what happens each time it comes round (decision 97); a person's given name.
        "Muslims pray at night during Ramadan.",
        "Families visit relatives during Muharram.",
        "A reporter, Nisan Ahmado, spoke to a source in the camp.",
    ],
)
def test_a_lunar_month_that_recurs_or_a_given_name_is_no_date(text):
    assert _claim_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a person's name after "of" or "for", not "the month of"; the parse's PERSON
        "Police said the car belonged to a friend of Nisan, who fled.",
        "The prize for Elul was announced to the press.",
        "Supporters of Ramadan, the Swiss academic, protested.",
    ],
)
def test_a_lunar_months_name_that_names_a_person_is_no_date(text):
    assert _claim_dates(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # the month of, and the names claims.json adds ("Rajab", "Dhul-Hijjah")
        ("The holy month of Ramadan ended early for the traders.", "ramadan"),
        ("Traders closed their stalls for Ramadan.", "ramadan"),
        ("The market kept shorter hours during Rajab.", "rajab"),
        ("Prices of sheep rose in Dhul-Hijjah.", "dhul-hijjah"),
    ],
)
def test_a_month_of_another_calendar_after_month_of_or_for_or_newly_listed_is_listed(text, name):
    assert _values(text, name) == [None]


def test_a_lunar_month_under_a_gerund_in_a_past_sentence_is_listed():
    text = "Fighting broke out after a quarrel over serving late meals during Ramzan."
    assert _values(text, "ramzan") == [None]
