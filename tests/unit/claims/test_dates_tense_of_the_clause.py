"""Which way a date with no year points, read from the clause it sits in, and "today" in a description of these days
(benchmarks/claims_real/GUIDE.md: the dates section and decision 22)."""

import pytest


def _claim_dates(text, reference_date="2024-03-06"):  # a Wednesday
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return [
        (d.text, d.value) for c in extract_claims(text, split_sentences(text), reference_date=reference_date) for d in c.dates
    ]


def _values(text, word):
    return [v for t, v in _claim_dates(text) if word in t.lower()]


@pytest.mark.parametrize(
    "text",
    [
        # A bare weekday at the end of a past sentence is the past's day, though the parser hangs it on the present of
        # a relative clause before it (the dates section: past tense -> the latest such day).
        "Rangers closed the lodge and the trail that runs along the northern ridge Monday.",
        "Crews shut the bridge and the road that leads to the harbour Monday.",
    ],
)
def test_a_weekday_after_a_relative_clause_in_a_past_sentence_is_past(text):
    assert _values(text, "monday") == ["2024-03-04"]


def test_a_weekday_of_a_reported_timetable_still_points_ahead():
    # Guard: a present reported after "said" is a timetable that still holds (GUIDE decision 30).
    assert _values("The mayor said the new library opens Monday.", "monday") == ["2024-03-11"]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # An act still to come under a modal, and the purpose it is done for, point ahead: the next such month.
        ("The minister may cancel a planned visit to Oslo to meet the king in May.", "may", ["2024-05"]),
        ("The regional ballot must be held before the end of October.", "october", ["2024-10"]),
        # A modal with "have" guesses at the past: the month before the reference.
        ("The minister may have travelled to Oslo to meet the king in May.", "may", ["2023-05"]),
        ("The courier must have left the city in October.", "october", ["2023-10"]),
    ],
)
def test_modals_point_ahead_unless_perfect(text, word, expected):
    assert [v for v in _values(text, word) if v is None or len(v) == 7] == expected


@pytest.mark.parametrize(
    "text",
    [
        '"Even the fastest chips that exist today are too slow for this," the engineer said.',
        '"These are the pressures that households are experiencing today," the economist said.',
    ],
)
def test_today_in_a_relative_clause_of_how_things_are_is_no_date_even_quoted(text):
    # GUIDE decision 22: "today" meaning "nowadays" is no date, inside a quote as outside it.
    assert _values(text, "today") == []


def test_today_in_a_quoted_relative_clause_of_a_happening_keeps_its_day():
    # Guard: the speaker's day (GUIDE decision 37).
    assert _values('"The side we are playing today is strong," the coach said.', "today") == ["2024-03-06"]
