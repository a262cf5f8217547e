"""Actor precision: names the model marks that name no participant (GUIDE: actors name participants; places are no
actors unless they act): a hashtag of a campaign's, event's or title's words run together (decisions 807, 12), while a
hashtag of a person's name names the person and one name with an inner capital stays one name; a continent (decision
638(a): a place) or a milestone introduced as "a NOUN called X"; a capital owning a quarter of itself ("Cairo's
diplomatic enclave") or a square behind a bracket, while a capital owning an enclave with no such word owns land its
state holds and stands for the state."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type) for c in claims for a in c.actors]


def names(text):
    return [name for name, _ in actors(text)]


def countries(text):
    return [name for name, kind in actors(text) if kind == "country"]


# hashtags: a campaign's, event's or title's words run together name no participant; a person's name does


def test_a_hashtag_of_a_campaigns_words_is_no_actor():
    assert names("She ended every post with #KeepTheLibraryOpen and a photo.") == []


def test_a_hashtag_of_an_events_words_is_no_actor():
    assert names("By noon the tag #OrchardFestival was trending across the region.") == []


def test_a_hashtag_of_a_titles_words_is_no_actor():
    assert names("The studio promoted #MidnightFerry heavily before its release.") == []


def test_a_hashtag_of_a_persons_name_names_the_person_by_its_words():
    assert actors("Police asked anyone who had seen #MariaElenaCosta to call them.") == [("Maria Elena Costa", "person")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("#DeSantis signed the bill on Friday, his office said.", "DeSantis"),
        ("#McConnell blocked the vote again.", "McConnell"),
        ("#OpenAI said on Monday it would release a new model.", "OpenAI"),
        ("#McDonalds said it would raise wages.", "McDonalds"),
    ],
)
def test_a_hashtag_of_one_name_with_an_inner_capital_stays_that_name(text, name):
    assert names(text) == [name]


def test_a_hashtag_of_one_teams_name_still_names_the_team():
    assert "Hornets" in names("Fans of the #Falcons booed after the #Hornets scored late.")


# "a NOUN called X" for a continent or a milestone


def test_a_continent_called_by_a_name_is_no_actor():
    assert names("Geologists say the ancient landmass, a continent called Varendia, split apart long ago.") == []


def test_a_milestone_called_by_a_name_is_no_actor():
    assert names("The team met a milestone called Vertical Assembly Gate on Tuesday.") == []


def test_a_milestones_name_goes_but_the_body_that_speaks_stays():
    assert names("The rover passed a review milestone called Gate Seven last week, Orbitek said.") == ["Orbitek"]


# a capital owning a quarter of itself or a square: the town, a place; owning an enclave with no such word: its state


def test_a_capital_owning_its_diplomatic_enclave_is_a_place():
    assert countries("Delegates waited in Cairo's diplomatic enclave on Friday.") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Moscow's Baltic enclave of Kaliningrad will receive new missiles, the Kremlin said.", "Russia"),
        ("Ankara's enclave in northern Syria was shelled, officials said.", "Turkey"),
        ("Beijing's enclave on the river will host new troops, state media said.", "China"),
    ],
)
def test_a_capital_owning_an_enclave_it_holds_stands_for_its_state(text, country):
    assert country in countries(text)


def test_a_capital_owning_a_square_behind_a_bracket_is_a_place():
    assert countries('"We salute each person who gathered [in Tehran\'s] Farzin Square last night," the group said.') == []
