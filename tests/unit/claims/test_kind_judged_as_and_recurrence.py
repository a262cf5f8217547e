"""Kind of fact forms read as events before session 37 (h37kfe): a verb that bills, welcomes or dismisses a thing "as"
something (GUIDE decisions 123, 532, 699(a)), whose statement is the label or judgement; and an act kept up without a
break ("constantly", "continuously") or, in the present perfect, renewed with no count ("more than once", "on several
occasions"): a pattern over a stretch (decisions 438, 655(b)); a condition shown ("showed no symptoms") and what a thing
came with (decisions 393, 541)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company touted the new boat as the fastest on the lake.",
        "The festival is being billed as the largest in the region.",
        "The harbour board greeted the ruling as a victory for fishermen.",
        "The mayor dismissed the audit as a political stunt.",
        "The council has rejected the claims as baseless.",
        "The town has been hailed as a model of clean energy.",
        "Critics derided the new stadium as a waste of money.",
        "The minister brushed off the audit as speculation.",
        "The mayor waved away the complaints as noise.",
    ],
)
def test_a_thing_billed_welcomed_or_dismissed_as_something_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor greeted the guests at the quay on Monday.",
        "The council rejected the offer on Tuesday.",
        "The club dismissed its coach after the defeat.",
        "As mayor, she welcomed the delegation from the capital.",
    ],
)
def test_the_same_verbs_with_no_as_complement_stay_events(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The ancient reptiles regrew their claws constantly throughout their lives.",
        "Volunteers have staffed the shelter continuously since 2010.",
        "The coach has moved the captain around constantly this season.",
        "The minister has denied the report more than once.",
        "The band has played the old hall on several occasions.",
        "Inspectors have visited the plant more than once since the fire.",
    ],
)
def test_an_act_kept_up_or_renewed_with_no_count_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The minister has denied the report twice.",
        "The band played the old hall twice on Friday night.",
    ],
)
def test_a_counted_or_dated_act_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The sailor showed no symptoms when he left the ship.",
        "Several pupils showed symptoms of food poisoning.",
        "The herd has shown no signs of disease.",
        "Most of the volunteers didn't show any signs of fatigue.",
        "The cottage came with a wood stove and a small garden.",
        "These came with rice and a side of beans.",
    ],
)
def test_a_condition_shown_and_what_a_thing_came_with_are_facts(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The doctor showed the students the symptoms on Monday.",
        "She came with her brother to the hearing.",
        "The engineers came up with a new design.",
    ],
)
def test_a_showing_to_others_and_a_party_coming_stay_events(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The board dismissed him as chief executive on Friday.",
        "He was dismissed as manager after a run of defeats.",
        "The club welcomed him as its new manager.",
        "The party rejected him as its candidate for mayor.",
    ],
)
def test_a_person_removed_from_or_given_a_post_as_is_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The club dismissed its coach as part of a wider shake-up.",
        "Police dismissed two officers as a precaution after the raid.",
        "The firm marketed the drug as part of a campaign aimed at older patients.",
    ],
)
def test_an_adjunct_as_phrase_is_no_judgement(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        'Protesters displayed signs reading "No war" outside the embassy.',
        "Demonstrators displayed signs calling for the minister to resign.",
        "Supporters displayed signs and banners at the rally.",
        "Shops displayed signs in Russian and English.",
    ],
)
def test_placards_held_up_are_no_condition_shown(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The winning goal came with two minutes left.",
        "Help came with the arrival of UN troops.",
        "The announcement came with little warning.",
        "The breakthrough came with ten seconds remaining.",
    ],
)
def test_a_happening_that_came_with_a_time_or_circumstance_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The volcano erupted continuously for two weeks.",
        "Firefighters battled the blaze continuously for three days.",
        "The protesters chanted incessantly outside the embassy.",
    ],
)
def test_one_act_kept_up_without_a_break_stays_an_event(text):
    assert kind_of(text) == "event"
