"""Kind: a reaction of feeling to what one saw or learned ("was surprised to see", "were shocked to learn"), placed at one
moment by a time clause, a time word or a dated phrase, happened then (GUIDE decision 486: event); with no moment, or a
date only inside what was found, the copula and its adjective state a feeling (a fact)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

REACTIONS_AND_KINDS = (
    ("After the ferry docked, the inspectors were surprised to see the hull intact.", "event"),
    ("On Monday the mayor was shocked to learn that the bridge had closed.", "event"),
    ("The growers were relieved to hear the forecast yesterday.", "event"),
    ("After the vote, the clerks were stunned to find the ballots missing.", "event"),
    ("The inspectors were surprised to see the hull intact.", "fact"),  # no moment: a feeling
    ("She was shocked to find a rare moth in the shed, a find she logged in 2019.", "fact"),  # the date is the find's
    ("For over a decade, the growers were pleased to see prices hold.", "fact"),  # a span, no one moment
)


@pytest.mark.parametrize(("sentence", "kind"), REACTIONS_AND_KINDS)
def test_a_reaction_placed_at_one_moment_is_an_event(sentence, kind):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims][:1] == [kind]


RECURRING_OR_SPANNED_REACTIONS = (
    "When the trawler docked, the inspectors were always surprised to see the nets intact.",  # a habit
    "Each morning, the porters were shocked to see how many crates had arrived overnight.",  # each morning: recurring
    "On Tuesdays, commuters were often surprised to see empty platforms.",  # plural weekday: recurring
    "At night, the villagers were often shocked to hear wolves.",  # a frequency adverb
    "During the 1970s, growers were surprised to find that the aquifer was shrinking.",  # a decade: a span
    "During the past decade, planners were surprised to see rents stay low.",  # past decade: a span
    "During the winter, skiers were pleased to find the slopes empty.",  # a season: a span
)


@pytest.mark.parametrize("sentence", RECURRING_OR_SPANNED_REACTIONS)
def test_a_recurring_or_spanned_reaction_is_a_fact(sentence):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims][:1] == ["fact"]
