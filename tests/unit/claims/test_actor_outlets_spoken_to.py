"""Actor recall: a named outlet or body that a party speaks to ("told Brixaku", "spoke with TORVIK", "in an interview
with Le Brestois") or that a report is credited to ("according to Norbsen") is a participant, an organisation (GUIDE
decisions 4, 292), also where the model calls the name a place or a building, or leaves it unmarked; a known place or
a country spoken to is not turned into a body, nor a person told or a town spoken in."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def names(unit):
    return [name for name, _ in unit]


def test_an_outlet_told_that_the_model_calls_a_place_is_an_organisation():
    units = actors_by_unit("Rolf Danner, a senior navy officer, told Brixaku that the debris was being examined.")
    assert ("Brixaku", "organization") in units[0], units


def test_an_outlet_spoken_with_is_an_organisation():
    units = actors_by_unit("She spoke with TORVIK after the inspector gave her the go-ahead.")
    assert "TORVIK" in names(units[0]), units


def test_an_outlet_in_an_interview_with_is_an_organisation():
    units = actors_by_unit("Milan Danner said in an interview with Le Brestois that the gallery would reopen in May.")
    assert "Le Brestois" in names(units[0]) and "Milan Danner" in names(units[0]), units


def test_a_source_after_according_to_that_the_model_calls_a_place_is_an_organisation():
    # (GUIDE decision 4: the body a report is credited to takes part)
    units = actors_by_unit("The average viewer watches four hours of television a day, according to Norbsen.")
    assert ("Norbsen", "organization") in units[0], units


def test_a_country_or_known_place_spoken_to_is_not_made_a_body():
    units = actors_by_unit("The minister spoke with Vietnam about the deal. The pilot told Houston that the engine had failed.")
    assert units[0] == [("Vietnam", "country")], units
    assert all(kind != "organization" for _, kind in units[1]), units


def test_a_person_told_and_a_town_spoken_in_keep_their_kinds():
    units = actors_by_unit("The coach told Mara Ellison that the match was off. Dana Kell spoke in Leeds about the museum.")
    assert ("Mara Ellison", "person") in units[0], units
    assert all(kind != "organization" for _, kind in units[1]), units
