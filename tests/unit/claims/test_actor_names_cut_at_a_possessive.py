"""Actor precision: a body's name whose possessive belongs to the name, not to an owner ("Harlow Magistrate's Court",
"the Kent County Sheriff's office", "Kellam Children's Hospital"), is one body named whole (GUIDE: actors, each
participant once under its name; decision 285 lists "a Kent County sheriff's office" as written), also where the model
ended the entity at the possessive and called the rest a body of its own; an owner's possessive before its own body
("NASA's Goddard Space Flight Center"), and an office's possessive before a common noun that names no body ("the
Sheriff's deputies"), are read as before."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def organisations(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [a.name for c in claims for a in c.actors if a.type == "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing will be held at Camberwell Magistrate's Court next month.", ["Camberwell Magistrate's Court"]),
        ("A judge at Harrow Magistrate's Court freed the driver on Tuesday.", ["Harrow Magistrate's Court"]),
        (
            "Deputies with the Tolland County Sheriff's office arrested the two men on Route 9.",
            ["Tolland County Sheriff's office"],
        ),
        ("Officers of the Marlow County Sheriff's office found the car on Sunday.", ["Marlow County Sheriff's office"]),
        (
            "Mara Quist, a pediatrician at Kellam Children's Hospital at Stanford, said the ward was full.",
            ["Kellam Children's Hospital", "Stanford"],
        ),
    ],
)
def test_a_name_whose_possessive_is_its_own_runs_on_to_its_body_noun(text, expected):
    assert organisations(text) == expected


def test_an_owners_possessive_before_its_own_body_is_read_as_before():
    text = "Scientists at NASA's Goddard Space Flight Center said the probe was safe."
    assert organisations(text) == ["NASA", "Goddard Space Flight Center"]


def test_an_offices_possessive_before_a_noun_that_names_no_body_stays_out_of_the_name():
    text = "The Tolland County Sheriff's deputies arrested him on Friday."
    assert not any("deputies" in name for name in organisations(text))


@pytest.mark.parametrize(
    "text",
    [
        "Officers with the Kent County Sheriff's school resource unit visited the campus on Monday.",
        "A deputy with the Marlow County Sheriff's university liaison program spoke to students.",
    ],
)
def test_a_lower_case_noun_that_starts_a_longer_common_noun_is_not_taken_as_the_body(text):
    assert not any(name.split()[-1].islower() for name in organisations(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A clerk at the Westbury Magistrate's Court Building said the files were lost.",
            ["Westbury Magistrate's Court Building"],
        ),
        (
            "Troopers and the Dane County Sheriff's Office Search and Rescue Team found the hiker.",
            ["Dane County Sheriff's Office Search and Rescue Team"],
        ),
    ],
)
def test_a_name_run_on_into_the_models_next_entity_takes_it_whole_and_lists_its_body_once(text, expected):
    assert organisations(text) == expected
