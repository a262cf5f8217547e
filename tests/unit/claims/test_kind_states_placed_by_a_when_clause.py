"""Kind, fact versus event: a past copula with an adjective of condition, placed by a when-clause at the moment of a
happening ("was nine years old when she sang her first solo"), states the condition its subject was in then (GUIDE
decision 541: fact); an adjective of feeling (decision 486's reaction at one moment), a heading of travel, a phrase of
imminence and a time cleft keep the happening's reading (event)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Osei was just nine years old when she sang her first solo at the chapel.",
        "The inspectors were not aware of the leak when they signed off the boiler.",
        "The lamp design was novel when it first appeared in the 1930s.",
        "The guard wasn't sure when the question came up at the hearing.",
    ],
)
def test_condition_placed_by_a_when_clause_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Dorrit said she was surprised when the letters started to arrive.",
        "A truck driven by Alan Marsh was northbound on Route 12 when a moose stepped onto the road.",
        "The two councils were on the brink of a merger when the minister vetoed the plan.",
        "It was just after dawn when a fisherman spotted the wreck.",
        "She was quick to act when the fire started.",
        "The crew was slow to respond when the alarm sounded.",
    ],
)
def test_reaction_heading_or_imminence_placed_by_a_when_clause_stays_an_event(text):
    assert kind_of(text) == "event"
