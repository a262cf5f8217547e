"""Postures told in the progressive (GUIDE decision 632): a verb of posture or position in the progressive says what
position the party is or was in, a state (fact), told of a moment or not; an act under way, a phrasal sense ("standing
up for", "sitting out") and "lying" as telling lies stay what they were."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper was crouching low.",
        "Rhea Osei was sitting on the harbour wall.",
        "The grey seals are lying on the sandbank.",
        "Obviously, the winger was leaning over.",
        "At dawn, Piet Alders was kneeling beside the upturned dinghy.",
    ],
)
def test_a_posture_in_the_progressive_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "At noon the ferry crew was lowering the lifeboats.",
        "Piet Alders was running towards the pier.",
        "The minister was lying to the court.",
        "I'm standing up for the cannery workers.",
        "The senator was sitting out the vote on the levy.",
    ],
)
def test_an_act_or_another_sense_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        # a particle of another sense: resigning, a meeting
        "The chief executive is standing down after eight years at the helm.",
        "Johnson was standing down as party leader.",
        "The president is sitting down with union leaders to discuss the strike.",
        # "lean on" a party (pressure) and "lean towards" a choice
        "Regulators were leaning on the banks to cut overdraft fees.",
        "The central bank is leaning towards another rate cut.",
    ],
)
def test_a_phrasal_sense_of_a_posture_verb_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Sales of electric vans were slumping across Europe.",
        "Shares of the carmaker were slumping after the profit warning.",
    ],
)
def test_a_measure_slumping_is_no_posture(text):
    # a measure's move told in the past is one move (decision 775), not a position a party is in
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "A wounded soldier was lying in the mud.",
        "The injured driver was lying in a hospital bed.",
        "The senator was sitting in the front row.",
        "Protesters were sitting in the middle of the motorway.",
    ],
)
def test_a_posture_placed_with_in_is_a_fact(text):
    assert kind_of(text) == "fact"


def test_sitting_in_on_talks_stays_an_event():
    assert kind_of("The minister was sitting in on the talks.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was standing in a hard hat trying to calm the crowd.",
        "The old man was sitting in his garden reading a book.",
        "Far from the head office, Dana Vos is standing in rubber boots and a rain jacket trying to save a mill.",
    ],
)
def test_a_posture_with_a_participle_of_what_the_party_is_doing_stays_an_event(text):
    # the participle tells the act under way (decision 632), and "in" boots or a hat is no place
    assert kind_of(text) == "event"
