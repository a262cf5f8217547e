"""Actor recall: a world region or bloc named by a proper name written with "the" ("the West", "the Americas") that
acts or is acted on as a party stands for its countries: a group named without its leading article, country null
(GUIDE decisions 638(a), 744). Named as a place, in a list of places, as a passive's subject, or opening a longer name
("the West Bank"), it is no actor."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type, a.country) for c in claims for a in c.actors]


def test_the_bloc_as_the_subject_of_a_verb_is_a_group():
    assert actors("Most farmers felt the West had been slow to send seed.") == [("West", "group", None)]


def test_a_region_with_a_modal_as_the_subject_is_a_group():
    assert ("Americas", "group", None) in actors("The Americas must prepare for a longer flu season, the panel warned.")


def test_the_bloc_as_the_object_of_a_verb_is_a_group():
    assert actors("The tariffs were meant to punish the West and its partners.") == [("West", "group", None)]


def test_pressure_from_the_bloc_names_it():
    assert actors("The port was closed under steady pressure from the West.") == [("West", "group", None)]


def test_a_bloc_opposed_with_an_adjective_before_it_is_named_without_it():
    assert actors("The broadcast painted the junta as a bulwark against the greedy West.") == [("West", "group", None)]


def test_a_region_named_as_a_place_is_no_actor():
    assert actors("Unlike most towns in the West, the village keeps its old mill.") == []
    assert actors("The seeds travelled to the West on merchant ships.") == []


def test_a_region_in_a_list_of_places_is_no_actor():
    assert actors("The fungus is rare in Canada but common in the Middle East and North Africa.") == [
        ("Canada", "country", "CAN")
    ]
    assert actors("Ferry routes between the Middle East and North Africa reopened.") == []


def test_a_passive_subject_is_no_actor():
    assert actors("The Middle East will be watched closely by traders.") == []


def test_a_longer_name_the_region_opens_is_not_the_bloc():
    assert ("West", "group", None) not in actors("Settlers in the West Bank marched on Monday.")


def test_the_last_of_a_list_of_places_is_no_actor():
    assert ("Middle East", "group", None) not in actors(
        "Winters in the Baltic, Central Asia, and the Middle East will be shorter than they were."
    )
