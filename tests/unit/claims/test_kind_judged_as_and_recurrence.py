"""Kind of fact forms read as events before session 37 (h37kfe): a verb that bills, welcomes or dismisses a thing "as"
something (GUIDE decisions 123, 532, 699(a)), whose statement is the label or judgement."""

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
