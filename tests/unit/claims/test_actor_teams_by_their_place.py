"""A town or state that plays a side in a sports report names its team, an organisation (session 30, GUIDE
decisions 36, 41): "Nebraska is favored …", "released by Fresno", "the loss at Kentucky", "the Fresno quarterback";
not a place one is in or from, nor a town in an article that tells no game."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

# Two sentences that make an article a sports report by its words alone (no team's nickname, no score line).
SPORT = "The quarterback threw for two touchdowns in the playoffs. The coach praised the linebacker afterwards. "


def actors_of(text):
    return [(a.name, a.type) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        # the subject of a clause
        ("Nebraska is favored to win the title again this year.", "Nebraska"),
        # a possessive
        ("Fresno's players were careful when asked about the streak.", "Fresno"),
        ("Kentucky's recent dominance threatens the league's story.", "Kentucky"),
        # the agent or the opponent
        ("He joined the club a week after being released by Fresno.", "Fresno"),
        ("He almost had an interception against Tulsa.", "Tulsa"),
        # after a side's noun or verb
        ("He received threats after the loss at Fresno.", "Fresno"),
        ("He begins his third season at Kentucky this fall.", "Kentucky"),
        # a seat of government too, where a player scores for it (no state scores)
        ("Two rookies also scored for Canberra.", "Canberra"),
    ],
)
def test_a_town_or_state_playing_a_side_in_a_sports_report_is_its_team(sentence, team):
    text = SPORT + sentence
    assert (team, "organization") in actors_of(text), actors_of(text)


def test_a_town_before_a_sports_post_is_its_team_in_any_article():
    text = "The Fresno quarterback did not suffer a concussion."
    assert ("Fresno", "organization") in actors_of(text), actors_of(text)


def test_a_town_one_is_in_or_from_stays_a_place_in_a_sports_report():
    text = SPORT + "The team practised in Tulsa on Monday."
    assert ("Tulsa", "organization") not in actors_of(text), actors_of(text)
    text = SPORT + "And those tall buildings in the distance — that's Fresno."
    assert ("Fresno", "organization") not in actors_of(text), actors_of(text)


def test_a_town_in_an_article_that_tells_no_game_is_no_team():
    text = "The river rose overnight. Fresno's residents were told to stay home."
    assert ("Fresno", "organization") not in actors_of(text), actors_of(text)
    text = "The river rose overnight. He received letters after the meeting at Fresno."
    assert ("Fresno", "organization") not in actors_of(text), actors_of(text)


def claims_actors(text):
    return [[a.name for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_team_by_its_nickname_and_its_town_in_one_claim_is_listed_once():
    text = (
        "The Fresno Herons beat the visitors 3-1 on Sunday. Marco Lindqvist gave the Herons a 2-1 lead in the third "
        "period, Fresno's first lead in six periods."
    )
    last = claims_actors(text)[-1]
    assert "Herons" in last and "Fresno" not in last, last


def test_a_town_before_two_nicknames_stands_for_neither_team():
    text = (
        "The Fresno Herons beat the Fresno Falcons 3-1 on Sunday. Marco Lindqvist gave the Herons a 2-1 lead in the "
        "third period, Fresno's first lead in six periods."
    )
    last = claims_actors(text)[-1]
    assert "Herons" in last and "Fresno" in last, last


def test_a_teams_nickname_alone_makes_no_sports_report():
    text = "The Herons beat the Falcons on Sunday. Fresno's residents were told to stay home."
    assert ("Fresno", "organization") not in actors_of(text), actors_of(text)
