"""Day words that end a name, a timeline row's own year, a month that owns a happening's name and counts made afresh
each time (benchmarks/claims_real/GUIDE.md: decisions 22, 294, 460, 705 and 754(b))."""

import pytest
from test_dates import _claim_dates  # the claims' (text, value) dates, against a Wednesday, 2024-03-06

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _no_date_on_a_claim(text) -> bool:
    """Whether `text` gives claims and none of them carries a date (an empty output passes no date test)."""
    claims = extract_claims(text, split_sentences(text), reference_date="2024-03-06")
    return bool(claims) and not any(c.dates for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # an outlet, a show and a series whose names end in a day word: no day
        "The botanist told Garden News Today that the bulbs were late.",
        'The doctor explained the findings on "Channel Nine This Morning."',
        "Fans of Heroes of Tomorrow lined up outside the studio.",
        "The coach, quoted via USA Today, said the team was ready.",
    ],
)
def test_a_day_word_ending_a_name_is_no_date(text):
    assert _no_date_on_a_claim(text), _claim_dates(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capital after a sentence's end, or a plain lower-case word before it, is still the day
        ("The vote was held on Monday. Today, the count begins.", ("Today", "2024-03-06")),
        ("The mayor said today that the bridge will reopen.", ("today", "2024-03-06")),
    ],
)
def test_a_day_word_after_a_sentence_or_a_plain_word_stays_the_day(text, expected):
    assert expected in _claim_dates(text)


@pytest.mark.parametrize(
    "rows",
    [
        (
            "- Nov 2019: Flood closes the docks; blamed for the Christmas Day outage at the depot",
            "- Dec 2021: Strike halts the cranes on New Year's Eve",
            "- 2022: Port reopens on June 4 after repairs",
            "- 2020: Crane collapses on Boxing Day",
        ),
        # a label joined by a spaced dash, or in bold
        (
            "- 2019 – Flood closes the docks on Christmas Day",
            "- Dec 2021 — Strike halts the cranes on New Year's Eve",
            "- 2022 - Port reopens on June 4 after repairs",
            "- **2020**: Crane collapses on Boxing Day",
        ),
    ],
)
def test_a_timeline_rows_label_gives_its_year_to_the_named_days_of_the_row(rows):
    dates = _claim_dates("Timeline of the river port:\n\n" + "".join(row + "\n" for row in rows))
    assert ("Christmas Day", "2019-12-25") in dates
    assert ("New Year's Eve", "2021-12-31") in dates
    assert ("June 4", "2022-06-04") in dates
    assert ("Boxing Day", "2020-12-26") in dates


def test_a_prose_paragraph_opening_with_a_year_is_no_timeline_row():
    text = (
        "The club has a long history.\n\n"
        "2016: that was the last time the club lifted the cup. This season, the fans hope to lift it again at the final"
        " on May 25.\n\nThe final is sold out.\n"
    )
    assert ("May 25", "2024-05-25") in _claim_dates(text)


def test_a_named_day_outside_a_timeline_keeps_the_reference_year():
    assert ("Christmas Day", "2023-12-25") in _claim_dates("The depot closed on Christmas Day after the flood.")


@pytest.mark.parametrize(
    "text, reference_date, expected",
    [
        # a month owning a happening's name, in a present clause: the nearer one, back or ahead
        ("The sprinter says he is not worried ahead of August's World Championships in Rome.", "2024-06-07", "2024-08"),
        ("The sprinter says he is not worried ahead of August's World Championships in Rome.", "2024-03-01", "2024-08"),
        ("The mayor says the city is ready for October's marathon.", "2024-08-20", "2024-10"),
        ("The mayor says the city is ready for October's marathon.", "2024-04-20", "2024-10"),
        ("The mayor says the city is still counting the cost of October's marathon.", "2024-01-20", "2023-10"),
        # a future clause gives the coming month, a past the last one, as a plain month
        ("Voters in the valley will go to the polls in November's election.", "2024-05-01", "2024-11"),
        ("The ministers will meet again at January's summit in Oslo.", "2024-05-01", "2025-01"),
        ("The ministers met again at January's summit in Oslo.", "2024-07-01", "2024-01"),
    ],
)
def test_a_month_in_the_possessive_before_a_noun_takes_the_nearer_year(text, reference_date, expected):
    months = ("August", "October", "November", "January")
    assert [v for t, v in _claim_dates(text, reference_date) if t.startswith(months)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Three days after it hatches, the larva is already feeding, and days later it molts.",
        "About a week after testing, the samples are sent to a lab.",
        "Two days before the board meets, each member gets the agenda by post.",
        "A patient is usually sent home three days after surgery.",
    ],
)
def test_a_count_from_an_occasion_that_comes_round_is_no_date(text):
    assert _no_date_on_a_claim(text), _claim_dates(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # one act of the subject's own, or one event ahead told in the simple present: listed without a value
        ("The envoy is in Cairo two days after meeting the king in Amman.", ("two days after", None)),
        ("The firm's shares are down 8% a day after reporting weak sales.", ("a day after", None)),
        ("The rule takes effect 90 days after the governor signs it.", ("90 days after", None)),
        ("The tariffs lapse six months after the pact enters into force, envoys say.", ("six months after", None)),
        ("The ruling takes effect 30 days after publication.", ("30 days after", None)),
    ],
)
def test_a_count_from_one_act_or_one_event_ahead_stays_listed(text, expected):
    assert expected in _claim_dates(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a past in the sentence gives the one occasion the count is from: listed without a value
        ("The senator resigned in May, and a week later he is still unemployed.", ("a week later", None)),
        ("The senator resigned in May and a week later joined the firm.", ("a week later", None)),
        # a present counted from a past the story told before, or from a named occasion: one time, listed
        ("A decade later, the three founders are all still in one place.", ("A decade later", None)),
        ("The announcement comes 10 days before elections in the region.", ("10 days before", None)),
        ("About a week after testing, the samples were sent to a lab.", ("About a week after", None)),
    ],
)
def test_a_count_from_one_occasion_the_text_gives_stays_listed(text, expected):
    assert expected in _claim_dates(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range between two day words is a span: neither bound is listed (GUIDE decisions 89, 109, 659)
        ("The festival will run Thursday through Saturday at the park.", []),
        ("The fair runs tonight through Sunday night, with a parade tonight at seven.", [("tonight", "2024-03-06")]),
        ("The bakery is open Monday to Friday, the owner said.", []),
        ("The show runs from Tuesday until Sunday at the gallery.", []),
        ("Showers are expected Tuesday-Thursday across the valley.", []),
        ("The fair runs Thursday through next Tuesday.", []),
        # a happening moved from one day to another names both days
        ("The vote was moved from Tuesday to Friday.", [("Tuesday", "2024-03-05"), ("Friday", "2024-03-01")]),
    ],
)
def test_a_range_between_two_day_words_is_no_date(text, expected):
    assert _claim_dates(text) == expected
