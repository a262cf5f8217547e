"""Kind, fact versus event: the passive of "call" with a particle or "to" + a place and no name or judgement for its
subject ("Paramedics were called to the inn", "the hunt has been called off") tells a summons or a calling-off done to
the subject, read by its tense (event), while the passive that names its subject ("The mare was called Dusk", "as the
novel is called in its Dutch edition") stays a description (GUIDE decision 211's names in use: fact)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Paramedics were called to the Harbour Inn on Quay Street after a diner collapsed.",
        "The hunt for the missing kayaker has been called off until dawn.",
        "Two divers were called in to help with the search.",
    ],
)
def test_summons_or_calling_off_in_the_passive_is_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The mare was called Dusk after her grey coat.",
        "The cafes were called the Twin Lanterns.",
        "Sunset Rows, as the novel is called in its Dutch edition, is not a typical thriller.",
        "The practice is called shadow grazing.",
    ],
)
def test_name_given_in_the_passive_stays_a_fact(text):
    assert kind_of(text) == "fact"
