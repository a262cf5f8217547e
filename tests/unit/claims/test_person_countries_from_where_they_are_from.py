"""Persons placed by a verb that says where they are from (GUIDE decisions 21, 182 and 586(b)): "grew up in", "was
raised in", "hails from", a present "is from" or "comes from", "settled in" + a place give the person its country,
as a place phrase in the person's own description does. A past "came from" (one journey's start, decision 471), a
"raised" that is no passive of upbringing, and a childhood place the clause moves the person on from to another
country (decision 182: the present home decides) place nobody."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def person_countries(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.country) for c in claims for a in c.actors if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Ruth Okafor, who grew up in Ohio, said the mill had closed.", "Ruth Okafor", "USA"),
        ("Tomas Brandt grew up in Toronto and later studied law.", "Tomas Brandt", "CAN"),
        ("Her uncle, Bram, grew up in the Los Angeles area and said he saw the parade.", "Bram", "USA"),
        ("Wanjiru Otieno was raised in Nairobi by her grandmother.", "Wanjiru Otieno", "KEN"),
        ("Liam Carrick, who hails from Perth, won the final sprint.", "Liam Carrick", "AUS"),
        ("Ana Quispe is from Peru and teaches weaving.", "Ana Quispe", "PER"),
        ("Greta Holm settled in Stockholm after the war.", "Greta Holm", "SWE"),
    ],
)
def test_where_the_person_is_from_places_her(text, name, iso3):
    assert (name, iso3) in person_countries(text), person_countries(text)


def test_a_move_within_the_same_country_keeps_the_place():
    text = "Owen Tate, who grew up in Houston before moving to California at 12, turned down the offer."
    assert person_countries(text) == [("Owen Tate", "USA")]


def test_a_move_on_to_another_country_places_nobody_by_the_childhood_home():
    text = "Owen Tate, who grew up in Lagos before moving to London at 12, turned down the offer."
    assert ("Owen Tate", "NGA") not in person_countries(text), person_countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Okafor came from Kenya to run the marathon.",
        "Ruth Okafor was from the start a supporter of the plan.",
    ],
)
def test_a_journeys_start_or_a_past_copula_places_nobody(text):
    assert person_countries(text) == [("Ruth Okafor", None)], person_countries(text)


def test_the_country_is_kept_in_a_later_mention():
    text = "Liam Carrick, who hails from Perth, won the final sprint. On Monday, Carrick said he would rest."
    assert person_countries(text) == [("Liam Carrick", "AUS"), ("Liam Carrick", "AUS")]


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Olu Adeyemi, who grew up in Lagos, has lived in Toronto for 30 years and owns a bakery there.", "Olu Adeyemi", "CAN"),
        ("Lars Nilsson, who grew up in Oslo, has lived in Berlin since 1998.", "Lars Nilsson", "DEU"),
        ("Grace Mwangi grew up in Nairobi but has lived in London for two decades.", "Grace Mwangi", "GBR"),
    ],
)
def test_a_present_home_beats_where_the_person_grew_up(text, name, iso3):
    # GUIDE decision 182: the present home decides
    assert person_countries(text) == [(name, iso3)], person_countries(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rishi Varma, who raised $40 million in London for his payments startup, said hiring would start.", "Rishi Varma"),
        ("Jaime Ortiz, who raised the issue in Geneva last month, said no reply had come.", "Jaime Ortiz"),
        ("Claire Dubois settled the defamation lawsuit in London last week, her lawyer said.", "Claire Dubois"),
        ("Jack Doyle settled out of court in Dublin after a two-year dispute with his landlord.", "Jack Doyle"),
    ],
)
def test_the_place_of_one_raising_or_settling_places_nobody(text, name):
    # GUIDE decision 471: the place of one act
    assert person_countries(text) == [(name, None)], person_countries(text)


def test_a_relative_clauses_passive_raised_still_places_the_person():
    text = "Wanjiru Otieno, who was raised in Nairobi, said the school had closed."
    assert person_countries(text) == [("Wanjiru Otieno", "KEN")]
