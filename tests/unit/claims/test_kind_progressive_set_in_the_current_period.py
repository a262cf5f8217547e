"""Kind: a named or specific party's present progressive set at the current period that runs on ("this month", "later
this year", GUIDE decision 799) or at a stretch that "coming" or "upcoming" sets ahead ("in the coming weeks", decision
693(c)'s time word ahead written for the act) tells a scheduled action: decision 30's `commitment`. Near-misses keep
their kinds: the progressive of what goes on now with no such time (decision 693(b): `event`), "this past month", a
level rising or falling (decision 775), a generic class (decision 16) and a present perfect. Decision 799's proviso: an
act the unit tells as begun ("so far", "already", "still", "since" + a time, a joined clause telling part of it done)
stays decision 693(b)'s act under way (`event`); a post held "this year" stays decision 612's state (`fact`); an act told
as recurring or at a rate (decisions 371, 438), a volume or outcome that falls to the party (decisions 651(b), 727), a
comparison with another period and "early this week" are no act placed in the part of the period still to come."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Guild is opening a second ferry office this month.",
        "This year the Kestrel Theatre is staging three new plays by local writers.",
        "In the coming weeks, I'm posting my notes on the restoration of the mill.",
        "The city council is moving its billing team to a new office over the coming quarters.",
        "The Ruritanian rowing club is hosting a regatta in the upcoming months.",
    ],
)
def test_a_progressive_set_in_the_current_period_is_a_commitment(text):
    assert kind_of(text) == "commitment"


@pytest.mark.parametrize(
    "text,kind",
    [
        ("The Harbour Guild is repainting the ferry office.", "event"),
        ("The Harbour Guild is repainting the ferry office this past month.", "event"),
        ("Ferry fares are rising this month.", "event"),
        ("The Harbour Guild has opened a second ferry office this month.", "event"),
    ],
)
def test_near_misses_keep_their_kind(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The airline is running fewer crossings so far this year.",
        "So far this month, the agency is testing 300 samples a day.",
        "The council is already resurfacing the harbour road this month.",
        "This month the council is still paying its pilots by the hour.",
        "Since February, the company is taking on 40 apprentices this year.",
        "The company is taking on 40 apprentices this year, and it has already hired twelve.",
    ],
)
def test_an_act_told_as_begun_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ines Varga is chairing the ethics board this year.",
        "Tomas is running the weekend desk this month.",
    ],
)
def test_a_post_held_this_year_stays_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers are watching prices closely in the coming weeks.",
        "The agency is testing 300 samples a week this month.",
        "The Kestrel Theatre is staging two new operas this year, as it has every year since 1985.",
        "The bakery chain is losing money this year.",
        "The company is selling fewer kettles this year.",
        "The city is spending more on buses this decade than in any decade before.",
        "The mayor is opening the new bridge early this week.",
    ],
)
def test_no_act_set_in_the_period_to_come_is_no_commitment(text):
    assert kind_of(text) != "commitment"


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Guild is opening a second ferry office later this month, a week after the vote.",
        "The chief judge is chairing the appeals panel next year.",
        "The union is holding a strike this month, a day before the vote.",
    ],
)
def test_near_misses_of_the_proviso_stay_commitments(text):
    assert kind_of(text) == "commitment"
