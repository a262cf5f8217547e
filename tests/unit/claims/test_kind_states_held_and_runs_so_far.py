"""Kind of fact forms read as events before session 36 (h36kfe): a passive that tells what a thing holds, wears or
is taken up with, a run of attempts summed up to now (GUIDE decisions 393, 540), and a relation told with "to" ("related
to"): the kind section's states."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The old cellar was covered with moss.",
        "The lifeboats were equipped with radios and flares.",
        "The dancers were outfitted in bright red coats.",
        "The two firms have been engaged in a patent dispute since 2015.",
    ],
)
def test_a_passive_of_what_a_thing_holds_or_is_taken_up_with_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The match was covered by a local radio station.",
        "The old roof was covered in 1990.",
    ],
)
def test_a_passive_with_an_agent_or_a_date_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The union's attempts to reopen the plant have failed.",
        "The scheme has so far failed to attract buyers.",
        "So far, the new ferry service has failed to win over commuters.",
        "The company's efforts to cut costs have succeeded.",
    ],
)
def test_a_run_of_attempts_summed_up_to_now_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The museum's bid has failed.",
        "Its three bids have failed.",
        "The bid failed on Monday.",
    ],
)
def test_one_outcome_or_a_counted_run_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Many readers related to the young heroine.",
        "The warning related to a storm off the coast.",
        "The old codes corresponded to towns in the north.",
    ],
)
def test_a_relation_told_with_to_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The sailor related that the boat had sunk.",
        "She related the whole story to the police.",
    ],
)
def test_a_telling_by_relate_stays_an_event(text):
    assert kind_of(text) == "event"
