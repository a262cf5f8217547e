"""A past progressive with an adverb of habit or recurrence, or a recurring occasion, tells what was done again and
again over a stretch (GUIDE decisions 438 and 550): a pattern, kind fact; a past progressive with no such mark stays
the party's activity under way (event)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The harbour crews were constantly patching the old hull.",
        "Lena Ivo was regularly visiting her uncle in the valley.",
        "Each night the guards were checking the gate.",
        "The firm's engineers were often working late into the night.",
    ],
)
def test_a_past_progressive_told_as_a_habit_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The harbour crews were patching the old hull on Tuesday.",
        "Lena Ivo was visiting her uncle in the valley.",
    ],
)
def test_a_past_progressive_with_no_mark_of_habit_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Asian markets were generally rising as traders bet on a rate cut.",
        "European shares were normally falling in afternoon trade.",
    ],
)
def test_generally_in_the_progressive_is_no_habit(text):
    # "generally" tells a broad move, not a pattern (decision 775: a past move is one move, an event)
    assert kind_of(text) == "event"


def test_a_pluperfect_progressive_told_as_a_habit_is_a_fact():
    assert kind_of("The crew had been regularly skipping safety checks.") == "fact"
