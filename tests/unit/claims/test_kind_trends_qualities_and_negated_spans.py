"""Kind of a change told as a trend or a development, and of a negated perfect over a span (session 41, h41kfe).

A measure, a market or a run of happenings said in the present progressive to rise or fall with no figure, moment or
stated period is a tendency (GUIDE decisions 726, 732, 775: fact); a quality or field that has improved, worsened,
changed or become more or less so in the present perfect, with none of those, a development (393, 732, 854: fact); a
perfect negated over a span or with an indefinite object, what the subject has lacked (246: fact). A move given a figure,
a moment or a period, a party's own act and a negated act with no span stay events."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares on the island routes are climbing.",
        "The overall size of the used-boat market is increasing rapidly.",
        "As a general trend, rates of tooth decay are falling.",
        "The trade in second-hand bicycles is growing fast.",
    ],
)
def test_a_change_told_in_the_present_with_no_figure_moment_or_period_is_a_trend(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the ferry operator are dropping in early trading.",
        "Bank stocks are tumbling in response.",
        "Ferry fares are climbing 4% this month.",
        "Diesel prices are climbing again.",
        "The opposition party is mounting a campaign against the levy.",
    ],
)
def test_a_move_with_a_figure_a_moment_or_a_session_or_a_partys_act_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "On the northern lines, punctuality has improved markedly.",
        "Serious breakdowns on the ferries have become more rare.",
        "Comfort on the night trains has worsened.",
        "Noise from the harbour has become a bigger worry as the port has grown.",
    ],
)
def test_a_quality_or_field_that_has_changed_with_no_figure_moment_or_period_is_a_development(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line has improved its punctuality.",
        "Punctuality has improved since the new timetable came in.",
        "Punctuality has improved by a fifth.",
        "Ferry tickets have become more expensive.",
    ],
)
def test_a_partys_act_or_a_change_with_a_period_a_figure_or_a_price_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "I haven't sailed with him in a while.",
        "The mayor hasn't posted on her blog in a month.",
        "The guards have not been relieved for months.",
        "The skipper hasn't missed a regatta since.",
        "I have not done anything illegal.",
    ],
)
def test_a_perfect_negated_over_a_span_or_with_an_indefinite_object_is_a_negated_experience(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board has not approved the plan.",
        "The ministry has not responded to requests for comment.",
        "The new berth rules haven't yet been adopted.",
    ],
)
def test_a_negated_act_with_no_span_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Each visit, I heard more tales about the old harbour.",
        "The tracker logged the boat's position as often as every ten seconds.",
        "The ferry called at the island three times a week.",
        "The ferry stopped at the pier every morning.",
        "Each night the keeper lit the lamps on the pier.",
    ],
)
def test_a_past_act_on_a_recurring_occasion_is_a_pattern(text):
    # GUIDE decision 438: what happened again and again over a stretch
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry stopped at the pier twice.",
        "The ferry stopped at the pier on Monday.",
    ],
)
def test_a_counted_or_dated_past_act_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry board has received criticism after it raised ticket prices.",
        "The mayor has drawn praise for her new timetable.",
        "The harbour minister has come under fire for the closures.",
    ],
)
def test_a_reaction_a_party_has_drawn_over_a_span_is_its_situation(text):
    # GUIDE decision 784: a mass noun of others' reaction, no count and no moment
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The club drew criticism at the gala.",
        "The council has received three complaints.",
        "The mayor has drawn praise at Monday's opening of the pier.",
    ],
)
def test_a_reaction_at_a_moment_or_counted_stays_an_event(text):
    assert kind_of(text) == "event"
