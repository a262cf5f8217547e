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
        "The untreated hamsters slept longer than the others.",
        "The treated mice didn't gain weight.",
    ],
)
def test_what_a_studys_animals_did_is_its_outcome(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The mice received a daily dose of the drug.",
        "One rat escaped from its cage on the third day.",
        "Two treated rats escaped from the lab.",
        "The untreated rats escaped from the lab on Tuesday.",
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


def test_a_comparison_observed_in_a_study_is_a_finding():
    assert kind_of("Mice given the compound were observed to climb less than the others.") == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Militant cells carried out three attacks in the capital last week.",
        "The battery cells caught fire shortly after takeoff.",
        "Rats overran the subway station, forcing its closure.",
        "Mice chewed through the wiring, causing the blaze.",
        "Flies swarmed the stadium during the second half.",
    ],
)
def test_a_plural_of_lab_animals_or_cells_outside_a_study_group_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Striker Mara Quell has gone from Leeds to Chelsea for a record fee.",
        "The delegation has gone from Geneva to Vienna, where talks resume on Monday.",
        "The dispute has gone from the tribunal to the High Court.",
        "The minister's motorcade has just turned into Downing Street.",
        "The hijacked tanker has turned into Iranian waters, the navy said.",
    ],
)
def test_a_move_from_place_to_place_or_to_a_body_in_the_present_perfect_stays_an_event(text):
    assert kind_of(text) == "event"


def test_a_measures_move_in_the_present_perfect_stays_an_event():
    assert kind_of("Inflation has gone from 9 percent to 3 percent.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the peaceful march in Kestrel has turned into a riot, with at least 12 people injured.",
        "Peaceful protests in the capital have turned into deadly clashes.",
    ],
)
def test_a_change_into_a_happening_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was observed to enter the building at 2 a.m., prosecutors said.",
        "The striker was observed to stamp on an opponent in the 60th minute.",
    ],
)
def test_a_witnessed_act_observed_at_a_moment_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The club's got the win it needed on Saturday.",
        "The firm's got the contract after a long tender, officials said on Monday.",
    ],
)
def test_has_got_with_a_time_is_an_obtaining(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "We've got another decade of these sequels left to go.",
        "The firm's got plenty of critics over the years.",
    ],
)
def test_has_got_with_a_span_is_still_having(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The bakery's turned into a café.",
        "The bakery’s turned into a café.",
    ],
)
def test_a_change_path_after_a_misread_has_is_the_state_reached(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "He was raised on a sheep farm in Wales.",
        "She was brought up in Leeds by her aunt.",
        "She has grown up in the spotlight.",
    ],
)
def test_raised_brought_up_or_perfect_grown_up_somewhere_is_background(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "He was raised in a basket by the crane on Monday.",
        "The money was raised on Monday.",
    ],
)
def test_raised_at_a_moment_stays_an_event(text):
    assert kind_of(text) == "event"
