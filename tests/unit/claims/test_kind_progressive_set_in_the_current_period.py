"""Kind: a named or specific party's present progressive set at the current period that runs on ("this month", "later
this year", GUIDE decision 799) or at a stretch that "coming" or "upcoming" sets ahead ("in the coming weeks", decision
693(c)'s time word ahead written for the act) tells a scheduled action: decision 30's `commitment`. Near-misses keep
their kinds: the progressive of what goes on now with no such time (decision 693(b): `event`), "this past month", a
level rising or falling (decision 775), a generic class (decision 16) and a present perfect."""

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
