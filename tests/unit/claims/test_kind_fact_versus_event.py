"""Kind, fact versus event, by the main verb's tense and class: a simple present perfect with "since" + a date or an
earlier happening tells a state or practice held from that point up to now (GUIDE decisions 351, 439: fact), while a
move or count summed since then, the adverb "has since" and "since then" stay events; a past "was"/"were" + a
participle of feeling tells the state of mind the holder was in (decision 278: fact), while a reaction placed at one
moment (decision 486) and a past passive of an act stay events."""

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
        "Since 2014, any resident has been able to borrow tools from the library.",
        "Visitors have been able to climb the tower since May.",
    ],
)
def test_ability_held_since_a_point_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The two clubs have been unable to agree on a date for the replay.",
        "Using sharper images, the divers have been able to map the wreck more clearly.",
    ],
)
def test_ability_with_no_span_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Diesel prices have fallen since June.",
        "Fuel prices have risen sharply since the summer.",
        "The bakery has added 40 jobs since March.",
        "Factory payrolls have expanded by 12,000 workers since the start of the year.",
        'Several critics have questioned whether the fire was "arson," since the wiring was faulty.',
        "The mayor has since resigned.",
        "Since then, the probe has collected three more samples.",
        "The ferry operator has visited the island twice since May.",
        "The council has approved the plan.",
    ],
)
def test_move_count_or_next_step_since_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Ortega was upset by the landlord's reply.",
        "I was touched that you remembered my birthday.",
        "For lunch I was tickled by a pumpkin soup served in a hollow gourd.",
        "We were excited by the chance to travel.",
        "I was also thrilled by the idea of a month at sea.",
    ],
)
def test_feeling_in_a_past_passive_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the crew were surprised to see the hatch had held.",
        "Three hikers were hurt in the rockfall.",
        "The suspect was arrested on Friday.",
    ],
)
def test_reaction_at_a_moment_or_an_act_done_stays_an_event(text):
    assert kind_of(text) == "event"
