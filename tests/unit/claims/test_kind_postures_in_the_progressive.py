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
