"""Kind: happenings that declcli read as facts (session 34, helper h34kindef): a measure's move told by a noun of
change (GUIDE decision 581), and a meal, a session or a trip a party had, in the simple past or the past progressive, and a
happening held by a verb of belief ("I think we have struck the right balance")."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "There has been a sharp rise in bus fares over the past two years.",
        "There has been a spike in phishing attacks too, hitting several banks.",
        "There was a steep fall in ticket sales after the storm.",
        "The bakery chain saw a 9 percent decline in sales, not as steep as the year before.",
        "Small importers have seen price increases since the border closed.",
    ],
)
def test_a_measures_move_told_by_a_noun_of_change_is_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "When the pump is switched on, there is an increase in pressure.",  # what happens each time
        "The valley hasn't seen a drop of rain since May.",  # a negation, and no measure named
        "There has been a lot of talk about the merger.",  # no noun of change
    ],
)
def test_no_move_or_a_move_each_time_stays_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy was having lunch with the minister in Paris when the call came.",
        "The two ministers had a three-hour session with the mediators in Oslo on Monday.",
        "The coach had a long vacation in Spain after the final.",
    ],
)
def test_a_meal_session_or_trip_a_party_had_is_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Retailers are having very different experiences this winter.",  # how things stand now
        "She had a vacation home in Maine.",  # what she owned
        "The envoy had no lunch with the minister.",  # a negation
    ],
)
def test_what_a_party_owns_or_is_going_through_now_stays_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        '"I think we have struck the right balance with the new timetable," the mayor said.',
        '"We believe the crew has repaired the pump," the harbour master said.',
        '"I think I signed the form too early," Ms. Okafor said.',
    ],
)
def test_a_belief_is_read_by_the_happening_it_holds(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        '"I think the new timetable is sensible," the mayor said.',  # what is held is a judgement
        '"I think the crew is very experienced," the harbour master said.',
        "The treasurer believes in audits.",  # no clause
        "Suppose that I'm trying to sell a bike to a neighbour.",  # an imperative: a case put to the reader
    ],
)
def test_a_belief_in_a_state_stays_a_fact(text):
    assert kind_of(text) == "fact"
