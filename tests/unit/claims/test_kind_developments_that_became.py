"""Kind of a simple past "became" that tells what a thing, a field or a practice came to be with no moment given: a
development, background (GUIDE decision 393: fact); a party's becoming and a change placed at one moment stay events
(GUIDE decisions 267, 393, 603)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The harvest fair became the biggest festival in the valley.",
        "Board games and television became closely linked.",
        "What the engineer sketched on a napkin became the design for the bridge.",
        "Over the years it became harder to find cheap rooms in the city.",
        "Renting bicycles became the easiest way to see the old town.",
    ],
)
def test_a_thing_that_became_something_with_no_moment_is_a_development(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez became mayor of the town.",
        "The water in the well suddenly became cloudy.",
        "In March the app became the best seller in the store.",
        "When the votes were counted, it became clear that the levy had failed.",
        "The dispute became public after the meeting.",
    ],
)
def test_a_partys_becoming_or_a_change_at_one_moment_stays_an_event(text):
    assert kind_of(text) == "event"
