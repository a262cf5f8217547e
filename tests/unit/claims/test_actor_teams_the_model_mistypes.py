"""A team's full name, its town or state and then a plural nickname, which the model types as a building, a place, an
event or a people ("the Pittsburgh Penguins" FAC, "Houston Astros" GPE), is the team, an organisation with its town's
country (GUIDE decisions 36, 513); a place's name closed by a landform's noun ("the Florida Keys") is no team."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [(a.name, a.type) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("The Toronto Maple Leafs took a 2-0 series lead over the Pittsburgh Penguins with a win on Friday.", "Penguins"),
        ("As they did two years ago, the Houston Astros hold the second pick and are on the clock.", "Astros"),
        ("Ortega, then skating for the Phoenix Coyotes, was fined for a late hit.", "Coyotes"),
        ("The fine followed his hit on the Chicago Blackhawks' leading scorer in the third period.", "Blackhawks"),
    ],
)
def test_a_mistyped_full_team_name_is_the_team(sentence, team):
    found = actors_of(sentence)
    assert any(kind == "organization" and name.endswith(team) for name, kind in found), found


def test_the_team_keeps_its_town_in_its_name():
    found = actors_of("As they did two years ago, the Houston Astros hold the second pick and are on the clock.")
    assert ("Houston Astros", "organization") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The hikers crossed the Ozark Mountains and reached the Florida Keys by Friday.",
        "The storm moved over the Colorado Plateau and the Virginia Highlands overnight.",
    ],
)
def test_a_place_closed_by_a_landform_is_no_team(sentence):
    found = actors_of(sentence)
    assert not any(kind == "organization" for _, kind in found), found


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Austin Reaves scored 28 points as the Lakers beat the Suns on Friday.", "Austin Reaves"),
        ("Defense lawyer Jackson Hughes filed the motion on Monday. Hughes said his client would plead not guilty.", "Hughes"),
        ("Dallas Roberts, a nurse in Ohio, said the hospital had run out of masks.", "Dallas Roberts"),
    ],
)
def test_a_person_whose_given_name_is_a_town_is_no_team(sentence, person):
    found = actors_of(sentence)
    assert not any(kind == "organization" and person in name for name, kind in found), found
    assert any(kind == "person" and name.endswith(person) for name, kind in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Greene competed at the Atlanta Games in 1996 and won silver.",
        "She won gold at the Vancouver Games in 2010 and retired a year later.",
        "The company moved its headquarters to Miami Gardens in March.",
    ],
)
def test_a_host_towns_games_or_a_town_is_no_team(sentence):
    found = actors_of(sentence)
    assert not any(kind == "organization" for _, kind in found), found
