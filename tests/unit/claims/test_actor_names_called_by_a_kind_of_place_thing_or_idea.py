"""Actor precision: a name introduced as "a NOUN called/named/known as X" where the noun is a kind of place, building,
attack, malicious program, organism or idea (claims.json named_thing_kind_nouns: "estate", "province", "trojan",
"attack", "microorganism", "transition", "doctrine") names that place, thing or idea, no actor (GUIDE decision 12 and
the actors section: places, works, events and programs are no actors), in the article's later mentions too unless it
acts there. A body's or a person's noun before "called" keeps its actor (products._called_a_kind)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_claim(text):
    return [[a.name for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [
        ("The family bought an estate called Villa Quarteno near the coast.", "Villa Quarteno", False),
        ("Rebels seized a remote province called Tarvesh Marra in the north.", "Tarvesh Marra", False),
        ("Engineers found a trojan called Grivnax Loader on the servers.", "Grivnax Loader", False),
        ("The country's slow energy transition, called the Kestrelwende, worried investors.", "Kestrelwende", False),
        ("Historians studied a doctrine called the Marrow Compact, which shaped trade.", "Marrow Compact", False),
        # a later mention of a name called so once
        (
            "The family bought an estate called Villa Quarteno in 2019. Guests at Villa Quarteno praised the gardens.",
            "Quarteno",
            False,
        ),
        # a body's or a person's noun before "called": the kind noun is the compound's head, not "estate" or "palace"
        ("The flat was sold through an estate agency called Harlow Homes, the buyer said.", "Harlow Homes", True),
        ("The contract went to a construction firm called Palace Works Ltd.", "Palace Works", True),
        ("She joined a group called the Province Reform League in 2010.", "Province Reform League", True),
    ],
)
def test_a_name_called_by_a_kind_noun_is_an_actor_only_for_a_body_or_person(text, name, listed):
    per_claim = actors_by_claim(text)
    assert per_claim, "the text should still give a claim"
    assert any(name in actor for names in per_claim for actor in names) == listed, per_claim
