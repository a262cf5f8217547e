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
        "The sailor related to the inquiry that the lifeboat had been left behind.",
        "The sailor related to reporters how the ferry sank.",
    ],
)
def test_a_telling_by_relate_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry's crew have succeeded in freeing the trapped whale.",
        "The town's bakers have failed the hygiene inspection.",
        "The bridge's cables have failed during the storm on Sunday.",
        "The trust's attempts to buy the quay have failed after the owner sold it on Friday.",
        "Talks between the two unions in Leeds have failed, organisers said on Monday.",
    ],
)
def test_a_party_s_members_act_or_an_outcome_tied_to_a_moment_stays_an_event(text):
    # GUIDE decision 540's fact is an uncounted plural of a party's efforts or attempts; one outcome, a transitive
    # "fail X" and a dated outcome stay events (decisions 439, 443)
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The lighthouse was equipped with a new lamp in 2019.",
        "The school was equipped with new laptops last month.",
        "The tents were equipped with heaters by the council.",
        "The pitch was covered with a sheet as the hail began.",
        "The statue was covered in paint overnight.",
    ],
)
def test_a_filling_passive_told_at_a_moment_or_by_an_agent_stays_an_event(text):
    # a change told as a happening at a given moment stays an event (GUIDE decisions 393, 430)
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers were engaged in the hunt for the lost dog.",
        "The merger was covered in a closed meeting of the board.",
    ],
)
def test_engaged_in_or_covered_in_an_act_or_a_session_stays_an_event(text):
    # a specific party's ongoing activity stays an event (GUIDE decision 430); "covered in a session" was dealt with
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The tariff has thus far failed to cut imports.",
        "The tariff has failed to cut imports to date.",
        "The levy has failed to raise much money so far this year.",
    ],
)
def test_near_variants_of_so_far_sum_a_run_up_to_now(text):
    # GUIDE decision 540's markers: "thus far", "to date", hung on the verb or on its infinitive
    assert kind_of(text) == "fact"
