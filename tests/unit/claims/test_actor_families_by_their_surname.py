"""Missed actors: a family named by its surname before a noun for a household ("the Okafor family", "the Vance
household") is a `group` actor named as written without its article (GUIDE decision 446), and the surname there names
no one person; a family named by a common noun, a possessive, a place, a people or a rank is none."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_family_named_by_its_surname_is_a_group():
    assert actors_by_unit("The prosecutor said the loss had hurt the Okafor family deeply.") == [[("Okafor family", "group")]]
    assert actors_by_unit("The Vance household sued the city on Monday.") == [[("Vance household", "group")]]


def test_the_surname_before_the_family_names_no_person():
    units = actors_by_unit("I want to thank the Lindqvist family for returning the name.")
    assert units == [[("Lindqvist family", "group")]], units


def test_a_family_named_by_a_common_noun_place_people_or_rank_is_no_group():
    for text in (
        "A Sacramento family won the prize on Friday.",
        "He met the Xhosa clan in May.",
        "The prosecutor said the Royal family was upset.",
    ):
        units = actors_by_unit(text)
        assert not any(kind == "group" for unit in units for _, kind in unit), (text, units)
