"""Persons placed by a city the news writes without its accents (GUIDE decision 21: a city the text names for a person
gives its country): the gazetteer spells such cities as GeoNames does ("Montréal", "São Paulo", "Cancún"), English
news mostly as "Montreal", "Sao Paulo", "Cancun". A plain spelling that another city or a country already has, or that
is a given name or a surname the model does not read as a place, gives no country."""

import pytest

from declcli.claims import extract_claims
from declcli.gazetteer import cities_written_without_accents
from declcli.sentences import split_sentences


def person_countries(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {a.name: a.country for c in claims for a in c.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        (
            "Now it has been answered by Mark Delaney, a 38-year-old data scientist and writer in Montreal,"
            " who has made an animation of storms.",
            "Mark Delaney",
            "CAN",
        ),
        ("Ana Ruiz, a nurse in Sao Paulo, said the ward was full.", "Ana Ruiz", "BRA"),
        ("Luis Ortega, a hotel manager in Cancun, said bookings fell.", "Luis Ortega", "MEX"),
    ],
)
def test_a_city_written_without_its_accents_places_the_person(text, name, iso3):
    assert person_countries(text).get(name) == iso3, person_countries(text)


def test_the_accented_spelling_still_places_the_person():
    text = "Ana Ruiz, a nurse in São Paulo, said the ward was full."
    assert person_countries(text).get("Ana Ruiz") == "BRA", person_countries(text)


def test_the_country_is_carried_to_a_later_short_mention():
    text = "Ana Ruiz, a nurse in Sao Paulo, runs the ward. On Monday, Ruiz closed the ward to visitors."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    later = [a.country for a in claims[-1].actors if a.name == "Ana Ruiz"]
    assert later == ["BRA"], [[(a.name, a.country) for a in c.actors] for c in claims]


def test_a_plain_spelling_another_place_already_has_is_left_out():
    plain = cities_written_without_accents()
    assert plain.get("Montreal") == "CAN"
    assert "San Jose" not in plain  # the gazetteer's own "San Jose" (USA) stays; Costa Rica's "San José" is not it
    assert "Los Angeles" not in plain


def test_a_surname_spelled_like_a_plain_city_gives_no_country():
    # Egypt's "Būsh" written plainly is "Bush": a body named after a president is no place
    text = "A Bush administration official, Tom Hale, said the plan was dead."
    assert person_countries(text).get("Tom Hale") is None, person_countries(text)
