"""Kind of past and perfect forms that tell no happening at a moment: where a change has led (GUIDE decision 393), a
childhood spent somewhere, and what a study's animals did as its outcome (GUIDE decision 608(a))."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The old harbour has turned into a marina for yachts.",
        "The village bakery has gone from a corner shop to a regional chain.",
        "Her weekend blog has morphed from a hobby into a business.",
    ],
)
def test_a_change_in_the_present_perfect_with_its_path_is_the_state_reached(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The council has turned the old harbour into a marina.",
        "The crates have been moved from the dock to the warehouse.",
        "By noon the square turned into a battleground.",
    ],
)
def test_a_partys_act_a_passive_or_a_change_in_the_simple_past_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The two sisters grew up on a sheep farm in Wales.",
        "I grew up on comic books and cartoons.",
    ],
)
def test_growing_up_somewhere_is_background(text):
    assert kind_of(text) == "fact"


def test_growing_in_the_simple_past_without_up_stays_an_event():
    assert kind_of("The crowd grew quickly after the speech.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The rats without the enzyme slept longer than their siblings.",
        "But the mice fed the sugary diet developed fatty livers.",
        "Mice given the compound were observed to climb less than the others.",
    ],
)
def test_what_a_studys_animals_did_is_its_outcome(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The mice received a daily dose of the drug.",
        "One rat escaped from its cage on the third day.",
        "The researchers moved the mice to larger cages.",
    ],
)
def test_what_the_animals_were_given_or_one_animals_incident_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The town's got a parking problem.",
        "My sister's got a new bike.",
    ],
)
def test_has_got_after_a_noun_read_as_a_possessive_is_having(text):
    assert kind_of(text) == "fact"


def test_got_in_the_simple_past_after_a_noun_stays_an_event():
    assert kind_of("The town got a new mayor on Tuesday.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "“Why are we even arguing about this? The town’s got a parking problem, so that needs fixing.”",
    ],
)
def test_has_got_after_a_question_hung_on_it_is_having(text):
    assert kind_of(text) == "fact"


def test_has_got_read_as_a_passive_is_having():
    assert kind_of("It's got its quirks.") == "fact"
