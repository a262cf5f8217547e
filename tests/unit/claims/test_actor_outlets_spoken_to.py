"""Actor recall: a named outlet or body that a party speaks to ("told Brixaku by phone", "spoke with VESKAR", "in a
phone interview with Le Quimperois") or that a report is credited to ("according to Kalmaria") is a participant, an
organisation (GUIDE decisions 2, 34 for "according to"; 292 for "told" and "in an interview with"), also where the model
calls the name a place or a building, or leaves it unmarked; a known place or a country spoken to is not turned into a
body, nor a person told, a town spoken in, a town a thing is shared with, or an unmarked word of no outlet's shape
after "spoke with"."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def names(unit):
    return [name for name, _ in unit]


def test_an_outlet_told_that_the_model_calls_a_place_is_an_organisation():
    units = actors_by_unit("The crane had collapsed, a harbour pilot told Brixaku on Sunday.")
    assert ("Brixaku", "organization") in units[0], units


def test_an_outlet_in_capitals_spoken_with_is_an_organisation():
    units = actors_by_unit("Before the vote, the mayor spoke with VESKAR about the budget.")
    assert "VESKAR" in names(units[0]), units


def test_an_outlet_in_an_interview_with_is_an_organisation():
    units = actors_by_unit("In a phone interview with Le Quimperois, Noah Brandt said the crane had collapsed.")
    assert "Le Quimperois" in names(units[0]) and "Noah Brandt" in names(units[0]), units


def test_a_source_after_according_to_that_the_model_calls_a_place_is_an_organisation():
    # (GUIDE decisions 2, 34: the body a report is credited to takes part)
    units = actors_by_unit("Most drivers now pay by card, according to Kalmaria.")
    assert ("Kalmaria", "organization") in units[0], units


def test_a_country_or_known_place_spoken_to_is_not_made_a_body():
    units = actors_by_unit("The minister spoke with Vietnam about the deal. The pilot told Houston that the engine had failed.")
    assert units[0] == [("Vietnam", "country")], units
    assert all(kind != "organization" for _, kind in units[1]), units


def test_a_person_told_and_a_town_spoken_in_keep_their_kinds():
    units = actors_by_unit("The coach told Mara Ellison that the match was off. Dana Kell spoke in Leeds about the museum.")
    assert ("Mara Ellison", "person") in units[0], units
    assert all(kind != "organization" for _, kind in units[1]), units


def test_a_town_a_thing_is_shared_with_is_no_party():
    units = actors_by_unit("The farmers shared the river with Kellton for decades.")
    assert all(kind != "organization" for _, kind in units[0]), units


def test_a_town_shared_with_about_a_clause_is_spoken_to():
    units = actors_by_unit("She shared with Kellton that the river had flooded.")
    assert ("Kellton", "organization") in units[0], units


def test_an_unmarked_word_of_no_outlets_shape_after_spoke_with_is_no_body():
    units = actors_by_unit("He said he spoke with God every night. He spoke to Siri about the weather.")
    assert all(kind != "organization" for unit in units for _, kind in unit), units
