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


def kinds_by_claim(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "The palace said it hopes to reopen the gardens next year.",
        "The province said it plans to hire 500 new teachers.",
        "The estate of the late singer said it plans to release a new album in May.",
        "The estate said it intends to sue the publisher.",
        "A province called Arden said it plans to build three new dams.",
    ],
)
def test_a_place_that_stands_for_a_body_and_plans_is_a_commitment(text):
    # the nouns "a NOUN called X" reads as a place's (claims.json called_kind_nouns) are no thing for "it plans to …"
    # (reading._body_minding_an_aim reads named_thing_kind_nouns only): a palace or province that plans is a party
    # (GUIDE decisions 6, 9, 560, 569)
    assert kinds_by_claim(text) == ["commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The province announced new taxes on Monday. It plans to spend the money on roads.",
        "The palace confirmed the visit. It hopes to announce the date soon.",
    ],
)
def test_it_planning_after_a_place_that_stands_for_a_body_is_a_commitment(text):
    assert kinds_by_claim(text)[-1] == "commitment"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A province known as Kessel Reach announced new taxes on mining companies on Monday.", "Kessel Reach"),
        ("A province known as Kessel Reach said on Monday it would raise taxes.", "Kessel Reach"),
        ("The king's estate, known as Ravensmoor, announced it would open to the public.", "Ravensmoor"),
        ("The estate, known as Holloway Farms, said it would sell 40 acres to the council.", "Holloway Farms"),
        ("A palace known as the Sunhall said it would host the summit.", "Sunhall"),
        ("The mansion, known as Bellcourt House, announced it would close its gardens for repairs.", "Bellcourt House"),
        # a side's line after a country's or team's possessive that acts is a group of players
        ("Ireland's attack, known as the Green Machine, scored four tries against Wales.", "Green Machine"),
    ],
)
def test_a_name_keeps_its_actor_where_the_place_or_line_that_introduces_it_acts(text, name):
    # claims.json seat_kind_nouns, side_line_nouns: the introducing noun is the subject of a verb other than "be"
    # (GUIDE decisions 560, 569: a province that acts, a palace that speaks, is an organization named as written)
    assert any(name in actor for names in actors_by_claim(text) for actor in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ransomware attack, known as Midnight Harvest, crippled the port's systems for days.", "Midnight Harvest"),
        ("Tourists flocked to a castle called Dunmorrow, which reopened in May.", "Dunmorrow"),
        ("The minister's family bought a villa known as Casa Ombrelle on the island in 2021.", "Casa Ombrelle"),
    ],
)
def test_an_attack_or_a_place_that_does_not_stand_for_a_body_names_no_actor(text, name):
    assert not any(name in actor for names in actors_by_claim(text) for actor in names)
