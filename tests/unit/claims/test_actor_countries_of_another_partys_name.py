"""Another party's name that holds a word of a party of the lexicon (session 59, GUIDE decisions 21, 322, 497; claims.json
party_name_openers): "the Social Democrats", "the Liberal Democratic Party", "the People's Democratic Party" are no US
party, so neither the party nor a person described by it takes the USA; a country in the name still places both, and the
lexicon's own names and the US parties by themselves keep their country."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        (a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors
    ]


def country_of(text, name):
    found = [iso for n, _, iso in actors_of(text) if n == name]
    assert found, actors_of(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kari Lund, a senior member of the Social Democrats, said the budget would pass.", "Kari Lund"),
        ("The People's Democratic Party said the vote was rigged.", "People's Democratic Party"),  # no owner's body
    ],
)
def test_another_partys_name_gives_no_us_country(text, name):
    assert country_of(text, name) is None


def test_a_country_in_another_partys_name_places_the_party_and_its_leader():
    text = "Constitutional Democratic Party of Brazil leader Ana Prado pressed the minister to resign."
    assert country_of(text, "Ana Prado") == "BRA"
    assert country_of(text, "Constitutional Democratic Party of Brazil") != "USA"


def test_another_partys_name_the_model_cuts_is_named_whole_without_the_us_country():
    text = "Members of the Christian Democrats voted against the bill on Tuesday."
    assert ("Christian Democrats", "organization", None) in actors_of(text)


def test_a_place_after_another_partys_name_places_the_person():
    text = "Jana Vogt, chairwoman of the Christian Democrats' youth wing in Hamburg, argues that the plan fails."
    assert country_of(text, "Jana Vogt") == "DEU"


def test_the_lexicons_own_two_word_name_keeps_its_country():
    assert ("Liberal Democrats", "organization", "GBR") in actors_of("The Liberal Democrats won the seat.")
    assert country_of("Liberal Democrat leader Jo Swann said the vote was lost.", "Jo Swann") == "GBR"


def test_the_us_parties_by_themselves_keep_their_country():
    assert country_of("Democrats said the bill would fail.", "Democrats") == "USA"
    assert country_of("Montana Republicans banned the reporter from the floor.", "Republicans") == "USA"
    assert country_of("Senator Jo Reed, a Democrat, said the bill would fail.", "Jo Reed") == "USA"
    assert country_of("Democratic Sen. Jo Reed said the bill would fail.", "Jo Reed") == "USA"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a faction's adjective before the US party's word: the US party (GUIDE decisions 21, 322)
        ("Progressive Democrat Dana Whitlow said on Friday the tax plan was too timid.", "Dana Whitlow"),
        ("Liberal Republicans like Sen. Cole Barrow said the compromise was fair.", "Cole Barrow"),
        ("Social Democrats in the party, such as Rep. Tom Delgado, said the public option was the goal.", "Tom Delgado"),
        ("Progressive Democratic legislators said the budget did not go far enough.", "Progressive Democratic legislators"),
        ("Liberal Democratic senators said on Friday they would stall the nomination.", "Liberal Democratic senators"),
    ],
)
def test_a_us_partys_faction_keeps_the_us_country(text, name):
    assert country_of(text, name) == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Progressive Democrats in the House said the tax plan was too timid.",
        "Liberal Democrats in Congress urged the White House to act on wildfires.",
        "Liberal Democrats in the Senate said on Friday they would stall the nomination.",
        "Radical Republicans in the Ohio legislature said they would back the amendment.",
        "Progressive Republicans said on Friday they would back the levy.",
    ],
)
def test_a_us_partys_faction_named_as_a_group_keeps_the_us_party(text):
    parties = [
        (n, iso) for n, kind, iso in actors_of(text) if kind == "organization" and n.endswith(("Democrats", "Republicans"))
    ]
    assert parties and all(iso == "USA" for _, iso in parties), actors_of(text)


def test_a_factions_adjective_opens_another_partys_full_name():
    assert country_of("The Liberal Democratic Party named Hiro Tanabe its leader on Friday.", "Liberal Democratic Party") is None
    assert country_of("The Progressive Conservative Party won the provincial vote.", "Progressive Conservative Party") is None


def test_the_uk_liberal_democrats_keep_their_country_outside_us_politics():
    assert ("Liberal Democrats", "organization", "GBR") in actors_of("The Liberal Democrats held the seat in Devon.")
