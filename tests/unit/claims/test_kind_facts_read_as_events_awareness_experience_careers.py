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
        "The guard noticed smoke and raised the alarm.",
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
        "Hikers on this trail have encountered bears before.",
        "The island's fishermen have endured worse storms in the past.",
        "The two ministers have met before.",
        "Bridges of this design have been tried before.",
        "The old pumping method has worked well in the past.",  # a thing, no party acting
    ],
)
def test_experience_up_to_now_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # a party's own act on an object, on one occasion (decision 439's event), however often it may have come before
        "The government has raised taxes before.",
        "The senator has voted against the bill in the past.",
        "The team has won the title before.",
        "Our rowing club has hosted national finals in the past.",
        "The two ministers have met twice before.",  # counted acts (decision 451)
        "In the past week, the port has received three storm warnings.",  # a dated period, no "the past" alone
        "The two captains had met before the final.",  # "before" with an object: one occasion
    ],
)
def test_a_partys_own_act_or_acts_counted_or_before_an_occasion_stay_events(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Morgan has worked with several famous painters.",
        "Over a long career the architect has worked with builders in three countries.",
    ],
)
def test_the_parties_one_has_worked_with_are_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The firm has worked with regulators to fix the flaw.",  # an effort for a purpose
        "The charity had worked with the police on Monday.",  # one occasion
    ],
)
def test_work_for_a_purpose_or_on_a_day_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The festival began as a small gathering of folk singers.",
        "The bakery started out as a market stall.",
    ],
)
def test_what_a_thing_first_was_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Kim began as head coach on Monday.",  # one happening then
        # a person's start on one occasion, in a match or against a rival: a step of a career or a game
        "Lopez started as goalkeeper against Brazil.",
        "Lopez started as goalkeeper in the final.",
        "He began as a junior clerk.",
    ],
)
def test_a_start_on_a_day_or_of_a_person_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The time has come to rebuild the old pier.",
        "The moment has come for the council to act.",
        # the act it is due for hung past an inserted clause (GUIDE decision 728's own example)
        "The hour has come, now that the season opens, for every club to plan ahead.",
    ],
)
def test_a_time_come_for_an_act_is_a_judgement(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "When the time came to vote, the delegates left the hall.",
        "The time had come for the council to act.",  # a past perfect: a step of a story
    ],
)
def test_a_time_that_came_in_a_story_stays_a_step_of_it(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The vote marked a turning point for the harbour board.",
        "The storm marked the end of a long dry spell.",
        "2019 marked the end of an era for the mill.",
        # a day or a period the parser hangs as the verb's adverb, with no subject
        "Friday marked the end of a long wait for the tenants.",
        "Last year marked the hottest summer on record.",
        "Sunday marked the tenth anniversary of the flood.",  # the day is the anniversary
    ],
)
def test_what_a_happening_or_a_period_marked_is_a_description(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The fishermen marked the anniversary with a parade on Sunday.",
        "The villagers marked the anniversary on Sunday.",
        # a body marking an occasion: a commemoration
        "The museum marked the anniversary.",
        "The library marked the centenary of the poet's birth.",
    ],
)
def test_a_party_or_a_body_marking_an_occasion_stays_an_event(text):
    assert kind_of(text) == "event"
