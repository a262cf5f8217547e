"""Kind of a thing's effect told in the present perfect (GUIDE decision 932): a thing, find, happening or affair as the
subject of an active present-perfect verb with an object, with no moment and no figure, describes its effect up to now
(`fact`); a party's act, a dated or counted harm, a move with no object, a frame with someone to act and a measure's
move stay `event`s."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The floods have spurred the push for a sea wall.",
        "The shortage has lent weight to calls for cheaper fares.",
        "The new finds have given fresh life to the study of old ports.",
        "The harbour scandal has captivated the whole county.",
        "The long drought has kept the ferries away from the north quay.",
    ],
)
def test_a_things_effect_to_date_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The council has approved the plan.",  # a party's single act (decision 439)
        "The storm has damaged two cranes on Tuesday.",  # a moment
        "The storm has damaged 40 homes.",  # a figure
        "Fares have risen sharply.",  # no object: a move (decision 581)
        "The dispute has prompted the union to call a strike.",  # someone to act (decisions 711(a), 723)
        "The offender has left the county.",  # a person the agent lexicon misses
        "The charity has enlisted hundreds of volunteers.",  # a body
        "The cloud has begun its slow descent.",  # a happening's phase
        "The slump has eroded revenue at the port.",  # a measure's move
        "The floods spurred the push for a sea wall last year.",  # the simple past keeps the tense rule
    ],
)
def test_acts_moments_figures_and_moves_stay_events(text):
    assert kind_of(text) == "event"
