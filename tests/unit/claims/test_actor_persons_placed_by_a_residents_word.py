"""Persons placed by a "<place> resident(s)" or "<place> native(s)" word (GUIDE decisions 21, 182, 271): set right before
their names, also before given names joined by "and" ("Ohio residents Helen and Les Brown"), where the parser may take
"natives" for a verb; and as the subject "the <place> resident" of a claim that names no person, which stands for the
person named last, from her next mention on. A place the person only visits, a trip's start, a fan's team or a
company's city places nobody."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def mentions(text):
    """Each claim's persons with their countries."""
    return [[(a.name, a.country) for a in c.actors if a.type == "person"] for c in extract_claims(text, split_sentences(text))]


def persons(text):
    """Every person of every claim with her country."""
    return {name: country for claim in mentions(text) for name, country in claim}


def test_natives_before_two_names_place_both():
    text = "Guanajuato natives Tomás Ibarreta and Lucía Ferrandiz are making the most of the new market stalls."
    assert persons(text) == {"Tomás Ibarreta": "MEX", "Lucía Ferrandiz": "MEX"}


def test_residents_before_given_names_sharing_a_surname():
    text = "The weekly told the story of 91-year-old Oregon residents Ruth and George Kessler, married for 70 years."
    assert persons(text)["George Kessler"] == "USA"


def engineer_story(middle):
    """The last claim's persons, in a story that names an engineer, then tells `middle`, then names him again."""
    text = f"Corwin Maleski is a 31-year-old engineer for the security firm Halvane. {middle} Maleski said he told the vendor."
    return mentions(text)[-1]


def test_the_residents_subject_places_the_person_named_before():
    middle = "The western Ohio resident and Kestrel College graduate on Friday found a flaw in the code."
    assert engineer_story(middle) == [("Corwin Maleski", "USA")]


def test_the_natives_subject_does_not_move_a_stated_country():
    text = "The Kenyan runner Wanjiru Otieno won. The Texas native on Friday crossed the line first. Otieno said it was hard."
    assert mentions(text)[-1] == [("Wanjiru Otieno", "KEN")]


@pytest.mark.parametrize(
    "middle",
    [
        "He visited Houston last week.",  # a visit
        "The Houston trip on Friday ended early.",  # a trip
        "The Houston conference on Friday heard about the flaw.",  # a conference
        "The former Ohio resident on Friday found a flaw in the code.",  # a former home
    ],
)
def test_a_visit_a_trip_a_conference_or_a_former_home_places_nobody(middle):
    assert engineer_story(middle) == [("Corwin Maleski", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo residents and Elon Musk fans lined up outside the showroom, where Musk said prices would fall.",
        "Mumbai residents and Taylor Swift fans queued for hours, and Swift said she was grateful.",
    ],
)
def test_residents_and_a_name_with_no_given_name_between_place_nobody(text):
    assert all(country is None for claim in mentions(text) for _, country in claim)


def test_lagos_natives_and_a_club_place_nobody():
    text = "Lagos natives and Manchester United striker Marcus Rashford said the charity match was a success."
    assert "NGA" not in persons(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Officers questioned Pieter Smalding about the theft. The Toronto resident who filed the complaint said the car "
        "was gone. Smalding denied it.",
        "Coach Ange Ferrante praised his keeper. The Lisbon native, who had saved two penalties, said the team had earned "
        "the draw. Ferrante smiled.",
        "Detectives in Leeds interviewed Gareth Pryce on Friday. The Ohio native, whose car was stolen, said she had seen "
        "him. Pryce denied it.",
        "Prosecutors charged Luca Bertoni with fraud on Monday. The Calgary resident who lost her savings said she felt "
        "betrayed. Bertoni pleaded not guilty.",
        "Prosecutors charged Marco Bertoni with fraud on Monday. The Calgary resident said she felt betrayed. Bertoni "
        "pleaded not guilty.",
    ],
)
def test_a_residents_subject_with_a_clause_or_another_gender_is_someone_else(text):
    assert all(country is None for _, country in mentions(text)[-1])


def test_a_city_written_without_accents_places_the_subjects_person():
    middle = "The Montreal resident on Friday found a flaw in the code."
    assert engineer_story(middle) == [("Corwin Maleski", "CAN")]
