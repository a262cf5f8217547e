"""Guards on the trends, developments, negated spans, recurring occasions and reactions of h41kfe (session 41, mend41f).

One physical thing moving, a negated act of giving information on one matter, a spread to a place, one person's or one
thing's change and "in time" stay events (GUIDE kind section, decisions 246, 393, 775, 854); a phrase of place or
beneficiary, a count of places and a date of the reason give no figure, period or moment; a quality that has slipped,
an occasion after a preposition and "the ire of" follow decisions 854, 438 and 784."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The cargo ship is sinking off the northern cape.",
        "The helicopter is climbing over the ridge.",
        "Water is rising inside the collapsed tunnel.",
        "The crowd is growing outside the courthouse.",
    ],
)
def test_one_physical_thing_moving_in_the_progressive_is_no_trend(text):
    # GUIDE decisions 726, 732, 775 are for a measure, a market or a run of happenings
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Police have not released any details about the driver.",
        "The club has not given any reason for the sacking.",
        "The regulator has not provided any evidence for its ruling.",
        "The prosecutors have not disclosed anything about the witness.",
    ],
)
def test_a_negated_act_of_giving_information_with_an_any_object_stays_an_event(text):
    # GUIDE decision 246: a negated act on one matter; "any" adds no span
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The blaze has spread to the roof of the old mill.",
        "The outbreak has spread to three neighbouring districts.",
        "The infection has spread into the lungs.",
    ],
)
def test_a_spread_to_a_place_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The senator's health has deteriorated.",
        "The patient's condition has worsened.",
        "The cyclone has grown stronger.",
        "Cyclone Ada has grown stronger.",
        "The queue outside the clinic has grown longer.",
        "The timetable has changed.",
    ],
)
def test_one_persons_or_one_things_change_stays_an_event(text):
    # GUIDE decisions 393, 854: a quality of a field named as such, not one person's health or one storm
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The embassy has not responded in time for publication.",
        "The relief convoy has not arrived in time.",
    ],
)
def test_in_time_is_no_span(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Conditions have worsened for tenants in the old blocks.",
        "Rents are climbing for young families.",
        "Safety has improved throughout the network.",
        "Rents are climbing across the 12 districts.",
        "Rents are climbing in towns where 30% of homes are let.",
        "Comfort on the late buses has slipped.",
        "The quality of school meals has declined.",
        "But in Norway, the region's busiest port, safety has improved sharply.",
    ],
)
def test_a_place_or_beneficiary_phrase_gives_no_period_or_figure_and_a_quality_that_slipped_is_a_development(text):
    # GUIDE decisions 775 and 854: a figure or a stated period of the move only
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "At every session, the defence lawyers objected to the evidence.",
        "On each visit, the auditors found new errors.",
        "The winger scored in every match of the cup.",
    ],
)
def test_a_recurring_occasion_after_a_preposition_is_a_pattern(text):
    # GUIDE decision 438
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The council has drawn criticism for closing the library last month.",
        "The mayor has drawn the ire of cyclists.",
    ],
)
def test_a_reaction_whose_reason_is_dated_or_with_the_ire_of_is_a_situation(text):
    # GUIDE decision 784: the date belongs to the reason, not the reaction
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The central bank has not cut rates since growth remains strong.",
        "The court has not ruled, since the appeal was dropped.",
    ],
)
def test_a_causal_since_gives_no_span(text):
    assert kind_of(text) == "event"
