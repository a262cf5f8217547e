"""Kind, fact versus event, by the main verb's tense and class: a simple present perfect with "since" + a date or an
earlier happening, on a verb of a lasting state or practice, tells it held from that point up to now (GUIDE decisions
439, 643, 682: fact), while a single act, a move or count summed since then, the adverb "has since" and "since then"
stay events; a past "was"/"were" + a participle of feeling with a person as subject tells the state of mind the holder
was in (decision 278: fact), while a reaction placed at one moment (decision 486), a participle with a particle and a
past passive of an act stay events."""

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
        "Rumours of a buried ship have circulated in the harbour since at least 1820.",
        "Wage talks at the port have been stalled since early 2011.",
        "Since 1994, the hamlet of Orrin Vale has formed part of the coastal parish.",
        "The valley has wrestled with drought since a new weir diverted the stream six years ago.",
        "The clinic has been run by the order since 1921.",
        "He has lived in Lisbon since 2010.",
        "The militia have controlled the pass since the truce collapsed.",
        "The ferry crossing has been closed since the gale.",
        "The reporter has been detained since March.",
        "She has devoted her life to the orchestra since 1990.",
        "No ferries have docked at the pier since May.",
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
        "The bakery has opened a second shop since January.",
        "The mayor has resigned since the audit was published.",
        "The club has won the cup since 2012.",
        "The suspect has been arrested since Monday.",
        "The mill has been sold since the merger.",
        "Rents have doubled since 2015.",
        "The deficit has widened since January.",
        "Turnout has diminished since the reforms.",
        "The fund has devoted $5 million to the clinic since 2019.",
        "No ferries have docked at the pier.",
        'The militia have controlled what locals call "the lifeline," since the old road washed away.',
    ],
)
def test_single_act_or_change_since_a_point_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Three people have been detained since the riot.",
        "Two journalists have been jailed since the coup.",
    ],
)
def test_counted_passive_subject_since_a_point_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Ortega was upset by the landlord's reply.",
        "We were thrilled that the choir remembered us.",
        "The volunteers were saddened by the closure of the shelter.",
        "We were excited by the chance to travel.",
        "Our neighbours were also pleased by the idea of a month in the hills.",
        "The coach was delighted by the draw.",
        "The team was delighted by the win.",
        "After she read the letter, the tenant was upset by its tone.",
        "The shoppers were pleased by the sale every Sunday.",
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
        "The vase was touched by the child.",
        "Was the painting touched?",
        "The lease was touched up by lawyers.",
        "The fans were cheered up by the news.",
        "Investment was encouraged by tax breaks.",
        "The residents were shocked by the blast on Tuesday morning.",
        "The coach was delighted by the draw on Sunday.",
    ],
)
def test_reaction_at_a_moment_or_an_act_done_stays_an_event(text):
    assert kind_of(text) == "event"
