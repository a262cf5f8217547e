"""Posts and roles held, told in the progressive (GUIDE decision 612): a verb of holding a post with a body, team, panel,
desk or post as its object tells what role the party holds, a state (fact); an activity, effort, search or inquiry led
stays the party's activity under way (decisions 177, 276: event)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Marta Ilves is heading the harbour authority's water lab.",
        "He is chairing the zoning panel.",
        "Tomas Reyes is running the night desk at the paper.",
        "Priya Nand is leading a small team that maps seabird colonies along the coast.",
        "The retired judge is now overseeing the county's ethics board.",
        "Ana Ruiz is managing the Lisbon office of the shipping firm.",
    ],
)
def test_a_post_held_in_the_progressive_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # an activity, effort, search or inquiry led or run
        "Marta Ilves is leading the search for the missing trawler.",
        "He is heading the inquiry into the warehouse fire.",
        "Tomas Reyes is running a test on the new pumps.",
        # a verb of doing, not of holding a post
        "The Ardmore's crew is hauling the nets in by hand.",
    ],
)
def test_an_activity_led_or_done_stays_an_event(text):
    assert kind_of(text) == "event"


def test_a_post_placed_ahead_stays_an_arrangement():
    # a progressive with a day ahead is an arrangement (decision 605's table), not a post held
    assert kind_of("The deputy mayor is leading a delegation to Tallinn next week.") == "commitment"


@pytest.mark.parametrize(
    "text",
    [
        # a group led somewhere, or an indefinite group of others led in an activity (decision 612: what the party is doing)
        "The prime minister is now leading a trade delegation to India.",
        "SoftBank was leading a group of investors bidding for the chipmaker.",
        "Rescue workers are leading a team of sniffer dogs through the rubble.",
        "The coach is running the squad through sprint drills.",
        "Kemi Adeyemi is leading the campaign for the spring vote.",
    ],
)
def test_a_group_led_somewhere_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        # bodies of claims.json org_nouns, and a section or side, as posts held
        "Kemi Adeyemi is leading the opposition party.",
        "Ngozi Okafor is running the country's central bank.",
        "Rafael Duarte is editing the paper's business section.",
    ],
)
def test_a_body_of_the_org_nouns_is_a_post_held(text):
    assert kind_of(text) == "fact"
