"""Facts the tense rule read as events: awareness with a noun phrase (GUIDE decisions 267, 607), experience up to now
marked by a bare "before" or "in the past" (decision 906), the parties one has worked with over a career, and what a
thing first was ("began as", decisions 393, 616), a time that has come for an act (a judgement), and what a happening
marked (decision 393's description)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Harbour pilots have noticed a steady drop in the number of seals near the pier.",
        "The night clerk noticed the missing key.",
        "The ferry crews did not realize the danger.",
        "Several bakers in the valley have noticed the change.",
    ],
)
def test_awareness_of_a_thing_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # a noticing told as a happening at a given moment, or followed by the act it led to (decision 267's event)
        "At noon the guard noticed smoke and raised the alarm.",
        "When the lights went out, Dana suddenly noticed a draught.",
        "On Tuesday the inspector noticed a crack in the dam.",
        # finding and detection keep the act of finding (decision 607)
        "The survey team has spotted a new comet.",
    ],
)
def test_a_noticing_at_one_moment_stays_an_event(text):
    assert kind_of(text) == "event"


def test_a_learning_with_a_content_clause_is_not_awareness_of_a_thing():
    # "that" opens what was learned: the clause decides, as before
    assert kind_of("I learned that over a dozen neighbours walked past the gate after the storm.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Millbrook have received flood warnings before.",
        "His brother has suffered two bad injuries in the past.",
        "Towers this tall have been built before.",
        "Our rowing club has hosted national finals in the past.",
    ],
)
def test_experience_up_to_now_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has visited the plant twice before.",  # counted acts (decision 451)
        "The council has approved the plan.",  # one act in the present perfect (decision 439)
        "In the past week, the board has approved three budgets.",  # a dated period, no "the past" alone
        "The two captains had met before the final.",  # "before" with an object: one occasion
    ],
)
def test_acts_before_a_named_occasion_or_counted_stay_events(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Morgan has worked with several famous painters.",
        "Dr. Lee has worked on housing issues in Ottawa with groups such as the Tenant League.",
    ],
)
def test_the_parties_one_has_worked_with_are_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The firm has worked with regulators to fix the flaw.",  # an effort for a purpose
        "We worked with the council on Monday.",  # one occasion in the simple past
    ],
)
def test_work_for_a_purpose_or_on_a_day_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry service began as a way to move mail between the islands.",
        "It started out as a private collection of maps for the founders and their friends.",
    ],
)
def test_what_a_thing_first_was_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Kim began as head coach on Monday.",  # one happening then
        "The meeting started at noon.",  # no "as": a happening
        "The boat started out from the harbour.",  # a journey
    ],
)
def test_a_start_on_a_day_or_without_as_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The time has come to rebuild the old pier.",
        "The moment has come for the council to act.",
    ],
)
def test_a_time_come_for_an_act_is_a_judgement(text):
    assert kind_of(text) == "fact"


def test_a_time_that_came_in_a_story_stays_a_step_of_it():
    assert kind_of("When the time came to vote, the delegates left the hall.") == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The vote marked a turning point for the harbour board.",
        "The heavy losses marked a sharp fall from grace for the fund's founder.",
    ],
)
def test_what_a_happening_marked_is_a_description(text):
    assert kind_of(text) == "fact"


def test_a_party_marking_an_occasion_stays_an_event():
    assert kind_of("The fishermen marked the anniversary with a parade on Sunday.") == "event"
    assert kind_of("The villagers marked the anniversary on Sunday.") == "event"
