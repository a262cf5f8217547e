"""Kind, fact versus event, by the main verb's tense and class: a simple present perfect with "since" + a date or an
earlier happening tells a state or practice held from that point up to now (GUIDE decisions 351, 439: fact), while a
move or count summed since then, the adverb "has since" and "since then" stay events."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kind_of(text):
    out = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert len(out) == 1, [c.text for c in out]
    return out[0].kind


@pytest.mark.parametrize(
    "text",
    [
        "Stories of the hidden valley have circulated since at least 1650.",
        "Negotiations have been stalled since early 2011.",
        "Since 1994, Brookfield has formed part of the eastern district.",
        "The region has wrestled with drought since a new dam diverted the river six years ago.",
        "The hospital has been run by the diocese since 1921.",
    ],
)
def test_state_held_since_a_point_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Diesel prices have fallen since June.",
        "Fuel prices have risen sharply since the summer.",
        "The bakery has added 40 jobs since March.",
        "The mayor has since resigned.",
        "Since then, the probe has collected three more samples.",
        "The ferry operator has visited the island twice since May.",
        "The council has approved the plan.",
    ],
)
def test_move_count_or_next_step_since_stays_an_event(text):
    assert kind_of(text) == "event"
