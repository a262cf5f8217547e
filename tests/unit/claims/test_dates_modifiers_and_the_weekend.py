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
    "text, word, expected",
    [
        # a day ten months back or two and a half ahead, before a noun in a present clause: the nearer, ahead
        ("The senator, who is facing a May 20 hearing, declined to comment.", "may 20", ["2024-05-20"]),
        ("A clerk who is preparing the June 1 audit spoke to reporters.", "june 1", ["2024-06-01"]),
        # a month ten months back or two ahead, before a noun in a present clause: the nearer, ahead
        ("The mayor's scheduled October trip to Oslo is in doubt.", "october", ["2024-10"]),
        ("The council's planned October vote on the budget remains uncertain.", "october", ["2024-10"]),
    ],
)
def test_a_day_or_month_before_a_noun_outside_the_past_is_the_nearest(text, word, expected):
    assert _values(text, word, "2024-08-06" if word == "october" else "2024-03-06") == expected


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


def test_a_lunar_month_under_a_gerund_in_a_past_sentence_is_listed():
    text = "Fighting broke out after a quarrel over serving late meals during Ramzan."
    assert _values(text, "ramzan") == [None]
