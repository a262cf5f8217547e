"""Actors, session 57 (h57country): a city of the gazetteer, named alone, that the model calls an organisation where it
names the place of a person's post, occupation or home ("Lyon's mayor, X", "the mayor of Lyon, X", "Durban author X",
"X, a lecturer from Nottingham"), or a person before a word for one who lives there ("X, a Kyiv resident"), is a place:
it gives the person its country (GUIDE decisions 21 and 285: a city the text names for a person, or the city whose
office the person holds, plainly implies its country) and is no actor itself (decision 285: the jurisdiction the
person serves is a place; the actors section: places are no actors unless they act).

- The holder must be named beside the post (the post describes the name, or the name stands in apposition to the post
  or to the city).
- A name the model tags as a person is read as the city only before a word for one who lives there: "Jackson's
  spokesman, X" is the spokesman of a person called Jackson.
- Not a team's city before a player's post ("Pittsburgh center X": the team, decision 36; its city gives the player no
  country, decision 41), nor a body the lexicon knows, nor a city that opens a longer body's name ("the Durban high
  court": a body, listed as written)."""

import pytest
from test_actor_person_country_past_short_titles import _actors, _person_countries  # (the actors of an invented text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Bordeaux's mayor, Paul Marchand, said the old bridge would reopen in May.", "Paul Marchand", "FRA"),
        ("The mayor of Lyon, Paul Marchand, said the bridge would reopen.", "Paul Marchand", "FRA"),
        ("She worked as an aide to Kirov's governor Ivan Sokol for two years.", "Ivan Sokol", "RUS"),
        ("Durban novelist Thandi Mkhize, who read at the fair, said she wrote every day.", "Thandi Mkhize", "ZAF"),
        ("One of the marchers, Dana Holt, 38, a nurse from Nottingham, said the walk was long.", "Dana Holt", "GBR"),
        ("Anna Berg, a Kyiv resident, said the lights went out at noon.", "Anna Berg", "UKR"),
        ("Ivan Petrov, 70, a Kyiv resident who saw the blast, said he ran.", "Ivan Petrov", "UKR"),
    ],
)
def test_a_city_the_model_calls_a_body_places_the_person_it_names(text, name, country):
    assert _person_countries(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Bordeaux's mayor, Paul Marchand, said the old bridge would reopen in May.", "Bordeaux"),
        ("The mayor of Lyon, Paul Marchand, said the bridge would reopen.", "Lyon"),
        ("Durban novelist Thandi Mkhize, who read at the fair, said she wrote every day.", "Durban"),
    ],
)
def test_the_city_is_no_actor(text, city):
    assert city not in {name for name, _, _ in _actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a team's city before a player's post: the team; its city gives the player no country (decisions 36, 41)
        ("Pittsburgh center Tom Lusk was fined for the hit on Sunday.", "Tom Lusk"),
        # a person's name before a post that is no home's word: the post of a person of that name
        ("Jackson's spokesman, Tom Hale, said the senator was fine.", "Tom Hale"),
    ],
)
def test_a_teams_city_or_a_persons_name_before_a_post_places_nobody(text, name):
    assert _person_countries(text).get(name) is None


def test_a_city_opening_a_bodys_name_stays_the_body():
    actors = _actors("She appeared before Durban high court judge Sipho Dube on Monday.")
    assert ("Durban high court", "organization") in {(name, type_) for name, type_, _ in actors}


# Mended after review: a city's name before or owning a club's or company's post (claims.json body_not_city_post_nouns
# and the lists it names: team_role_nouns, club_post_nouns, territory_post_nouns, judged_as_post_nouns) is the club or
# company, listed, and gives the person no country (decisions 36, 41): cities have mayors, not owners or bosses. Nor
# does a city before or owning an academic's post (academic_post_nouns): it names the university (decision 36); only
# "from" names the person's home.
@pytest.mark.parametrize(
    ("text", "body", "name"),
    [
        ("Burnley chairman Alan Pace said the club would appeal the decision.", "Burnley", "Alan Pace"),
        ("Liverpool boss Tom Ward said his players were tired after the trip.", "Liverpool", "Tom Ward"),
        ("Liverpool star Tom Ward said he would stay another year.", "Liverpool", "Tom Ward"),
        ("Marseille president Henri Blanc said the club would contest the fine.", "Marseille", "Henri Blanc"),
        ("Lyon's owner, Peter Hale, said he had no plan to sell the club.", "Lyon", "Peter Hale"),
        ("Bordeaux's president Louis Perrin said the club could not pay its wages.", "Bordeaux", "Louis Perrin"),
        ("Santos president Carlos Lima said the old stands would be replaced.", "Santos", "Carlos Lima"),
        ("Watford chairman Neil Fry said the club would fight the ruling.", "Watford", "Neil Fry"),
        ("Kawasaki's president Taro Abe said earnings fell last quarter.", "Kawasaki", "Taro Abe"),
        ("Nagoya's chairman Kenji Sato said beer sales would rise.", "Nagoya", "Kenji Sato"),
        ("Lancaster researcher Amy Lowe said the samples were clean.", "Lancaster", "Amy Lowe"),
        ("Oxford professor Nina Ray said the trial was well run.", "Oxford", "Nina Ray"),
        ("Nottingham professor Nina Ray said the trial was well run.", "Nottingham", "Nina Ray"),
        ("Berkeley economist Sam Ortiz said the forecast was too gloomy.", "Berkeley", "Sam Ortiz"),
        ("Columbia professor Ravi Das said the march was calm.", "Columbia", "Ravi Das"),
    ],
)
def test_a_city_before_a_club_company_or_university_post_is_that_body(text, body, name):
    actors = _actors(text)
    assert (body, "organization") in {(n, type_) for n, type_, _ in actors}
    assert _person_countries(text).get(name) is None


def test_an_academic_from_a_city_is_placed():
    text = "Nina Ray, a professor from Oxford, said the trial was well run."
    assert _person_countries(text).get("Nina Ray") == "GBR"
