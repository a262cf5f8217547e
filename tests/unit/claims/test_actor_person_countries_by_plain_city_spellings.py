"""Persons placed by a city the news writes without its accents (GUIDE decision 21: a city the text names for a person
gives its country): the gazetteer spells such cities as GeoNames does ("Montréal", "Medellín", "Cancún"), English
news mostly as "Montreal", "Medellin", "Cancun". Only a prominent city's plain spelling counts (GUIDE decision 625: a
capital or a large city, countries.json `plain_city_min_population`), and not one another city, a country or any
country's province, state, region or island has, nor a given name or a surname the model does not read as a place."""

import pytest

from declcli.claims import actors, extract_claims
from declcli.claims.nlp import load_model
from declcli.gazetteer import _without_accents, cities_written_without_accents, plain_city_spellings
from declcli.sentences import split_sentences


def person_countries(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {a.name: a.country for c in claims for a in c.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Claire Dubois, a chef in Montreal, said the kitchen had closed.", "Claire Dubois", "CAN"),
        ("Ana Ruiz, a nurse in Medellin, said the ward was full.", "Ana Ruiz", "COL"),
        ("Luis Ortega, a hotel manager in Cancun, said bookings fell.", "Luis Ortega", "MEX"),
    ],
)
def test_a_city_written_without_its_accents_places_the_person(text, name, iso3):
    assert person_countries(text).get(name) == iso3, person_countries(text)


def test_the_accented_spelling_still_places_the_person():
    text = "Ana Ruiz, a nurse in São Paulo, said the ward was full."
    assert person_countries(text).get("Ana Ruiz") == "BRA", person_countries(text)


def test_the_country_is_carried_to_a_later_short_mention():
    text = "Ana Ruiz, a nurse in Medellin, runs the ward. On Monday, Ruiz closed the ward to visitors."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    later = [a.country for a in claims[-1].actors if a.name == "Ana Ruiz"]
    assert later == ["COL"], [[(a.name, a.country) for a in c.actors] for c in claims]


def test_a_plain_spelling_another_place_already_has_is_left_out():
    plain = cities_written_without_accents()
    assert plain.get("Montreal") == "CAN"
    # "San Jose" is the gazetteer's own (USA) and, without its accent, Costa Rica's capital: two prominent readings
    assert "San Jose" not in plain
    assert "Los Angeles" not in plain


def test_a_surname_spelled_like_a_plain_city_gives_no_country():
    # Egypt's "Būsh" written plainly is "Bush": a body named after a president is no place
    text = "A Bush administration official, Tom Hale, said the plan was dead."
    assert person_countries(text).get("Tom Hale") is None, person_countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ketut Wirawan, a surf instructor in Bali, said the waves were high.",  # Indonesia's island, not India's Bālī
        "Sean Murphy, a dairy farmer in Munster, said prices fell.",  # Ireland's province, not Germany's Münster
        "Joao Silva, a soybean farmer in Parana, said the harvest was late.",  # Brazil's state, not Argentina's Paraná
        "Marie Laurent, a baker in Orleans, said flour cost more.",  # no large city: Orléans, Ontario is not prominent
    ],
)
def test_a_plain_spelling_of_a_region_or_of_a_small_city_gives_no_country(text):
    assert set(person_countries(text).values()) == {None}, person_countries(text)


def test_only_a_capital_or_a_large_city_is_kept_and_no_region_or_shared_spelling():
    cities = {"Montréal": "CAN", "Orléans": "CAN", "Bālī": "IND", "Brasília": "BRA", "Córdoba": "ARG", "Cordóba": "ESP"}
    populations = {"Montréal": 1_700_000, "Orléans": 126_000, "Bālī": 200_000, "Brasília": 100, "Córdoba": 1_400_000}
    populations["Cordóba"] = 900_000
    plain = plain_city_spellings(
        cities, populations, capitals={"Brasília"}, taken=set(), regions={"Bali"}, min_population=500_000
    )
    # Orléans is too small, Bali a region, and two countries' large cities share "Cordoba"
    assert plain == {"Montreal": "CAN", "Brasilia": "BRA"}


def test_letters_with_a_stroke_are_written_plainly():
    assert _without_accents("Łódź") == "Lodz"
    assert _without_accents("Đà Nẵng") == "Da Nang"
    assert cities_written_without_accents().get("Lodz") == "POL"


def test_a_given_name_in_a_place_position_gives_no_country(monkeypatch):
    monkeypatch.setattr(actors, "cities_written_without_accents", lambda: {"Leon": "MEX", "Vellora": "MEX"})
    text = "Maria Gomez, a teacher in Leon, said the school was shut."
    assert person_countries(text).get("Maria Gomez") is None, person_countries(text)
    text = "Maria Gomez, a teacher in Vellora, said the school was shut."
    assert person_countries(text).get("Maria Gomez") == "MEX", person_countries(text)


def test_a_word_after_in_is_no_place_where_in_takes_an_object():
    # the model calls "Marlowe" a person: only the preposition reads it as a place, and not after "faith in"
    nlp = load_model()

    def marlowe(text):
        return next(token for token in nlp(text) if token.text == "Marlowe")

    assert marlowe("Maria Gomez, an economist in Marlowe, said it.").ent_type_ != "GPE"
    assert actors._read_as_a_place(marlowe("Maria Gomez, an economist in Marlowe, said it."))
    assert not actors._read_as_a_place(marlowe("Maria Gomez, an economist with faith in Marlowe, said it."))
