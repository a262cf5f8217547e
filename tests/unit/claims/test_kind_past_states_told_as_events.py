"""Kind of states told in the past tense that were read as events: a wondering over an indirect question (GUIDE
decision 578(c)), a level a figure stood at, and a verb of possessing (the kind section's states and figures)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The engineers wondered whether the new beam would hold under the weight of the snow.",
        "Two geologists at a college in Oslo wondered if the cracks in the glacier went deeper than anyone had measured.",
        "The biologists wondered whether or not the same gene is also behind the birds' long migrations.",
        "Still, some wonder why the railway is spending so much money on its old stations.",
    ],
)
def test_a_wondering_is_a_state_of_mind(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The engineers wondered aloud whether the new beam would hold under the weight of the snow.",
        "The farmer wondered in a letter why the council had closed the road.",
        "She asked why the council had closed the road.",
    ],
)
def test_a_wondering_told_as_spoken_and_an_asking_stay_events(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, the regional index of shop prices stood at 104.6 in March, up 2 points since January.",
        "The jobless rate stood at 6.2 percent at the end of the quarter.",
    ],
)
def test_the_level_a_figure_stood_at_is_a_fact(text):
    assert kind_of(text) == "fact"


def test_standing_at_a_place_stays_an_event():
    assert kind_of("The minister stood at the podium for an hour on Friday.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The ancient Tarvani possessed a remarkable skill at building bridges.",
        "At least some of the monks possessed copies of the banned book.",
    ],
)
def test_possessing_is_a_state(text):
    assert kind_of(text) == "fact"


def test_an_act_of_getting_stays_an_event():
    assert kind_of("The ancient Tarvani seized the bridge at dawn.") == "event"


def test_a_wondering_over_a_quoted_word_is_a_state_of_mind():
    assert kind_of('The chemists wondered whether the "slow" reaction is also behind the sudden bursts.') == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The guild's members have spent decades arguing that town planners ignore the river.",
        "Ortega and his brother have spent a lot of time in Lyon and grown fond of the city.",
        "I have spent an inordinate amount of time trying to keep the choir together.",
        "She has spent years building wooden canoes in her garage.",
    ],
)
def test_a_span_spent_in_the_present_perfect_is_a_practice(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "We've spent the last several days taking the new camera for a test.",
        "The town has spent $4 million on the new harbour wall.",
        "The crew spent years building the canoe before they launched it in May.",
    ],
)
def test_a_bounded_stretch_money_or_a_past_span_stay_events(text):
    assert kind_of(text) == "event"
