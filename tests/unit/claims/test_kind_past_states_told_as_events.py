"""Kind of states told in the past tense that were read as events: a wondering over an indirect question (GUIDE
decision 578(c)), a level a figure stood at, a verb of possessing and a span spent in the present perfect (the kind
section's states and figures, decision 439)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The engineers wondered whether the new beam would hold under the weight of the snow.",
        "A few of the sailors wondered whether the storm would pass before dawn.",
        "Fans of the band have long wondered whether it would ever reunite.",
        "For years the fishermen had wondered whether the reef would recover.",
        "The nurses wondered if the new rota would last the winter.",
        'The chemists wondered whether the "slow" reaction also caused the sudden bursts.',
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
        "The minister wondered to reporters why the plan had failed.",
        "The mayor wondered at a briefing why the bridge was still closed.",
    ],
)
def test_a_wondering_told_to_an_audience_or_at_a_briefing_is_spoken(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "When the lights went out, she wondered whether the storm had hit the plant.",
        "At the meeting on Monday, she wondered whether the plan would work.",
    ],
)
def test_a_wondering_placed_at_a_moment_is_a_happening(text):
    assert kind_of(text) == "event"


def test_another_wondering_listed_after_a_quoted_comment_is_spoken():
    # (after, say, '"It looks like a wet sock," one reader joked.')
    assert kind_of("Another wondered why the club had paid a designer for the new logo.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The children wondered about the strange noise in the attic.",
        "The tourists wondered at the size of the cathedral.",
    ],
)
def test_a_wondering_with_no_question_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The tally of signatures stood at 312 by the end of the week.",
        "Turnout in the northern wards stood at 61 percent on the eve of the vote.",
        "The count stood at 40 votes when polls closed.",
    ],
)
def test_the_level_a_figure_stood_at_is_a_fact(text):
    assert kind_of(text) == "fact"


def test_standing_at_a_place_stays_an_event():
    assert kind_of("The minister stood at the podium for an hour on Friday.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The monks possessed a rare copy of the banned gospel.",
        "Few of the settlers possessed any land of their own.",
    ],
)
def test_possessing_is_a_state(text):
    assert kind_of(text) == "fact"


def test_an_act_of_getting_stays_an_event():
    assert kind_of("The ancient Tarvani seized the bridge at dawn.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The guild's members have spent decades arguing that town planners ignore the river.",
        "Volunteers have spent years restoring the old lighthouse.",
        "The two cousins have spent plenty of time together in Porto.",
        "She has spent weeks debating the budget.",
        "He has spent his life fighting for the poor.",
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
        "We have spent time with the families of the victims this week.",
        "The firm has spent years of profits on the new plant.",
    ],
)
def test_a_bounded_or_dated_stretch_money_or_a_past_span_stay_events(text):
    assert kind_of(text) == "event"
