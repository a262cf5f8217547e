"""A set that points back stands for persons the text named, not for unnamed persons described before, things named
before, or two classes joined by "both … and" (GUIDE decisions 437, 588(a), 762; review rev37b)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def groups_of_last(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [a.name for a in claims[-1].actors if a.type == "group"]


@pytest.mark.parametrize(
    "text",
    [
        # unnamed persons described before, closer than the names (decision 437)
        "Mayor Olga Brandt met Governor Piet Vos in Utrecht on Friday. Three officials briefed on the talks said they went"
        " well. The three officials asked not to be named.",
        "Police said Nora Falk and her brother, Jan Falk, were robbed on Saturday. Two men were detained later that"
        " night. Both men were charged with theft.",
        # a role noun far outside the narrow list of member nouns
        "Ivo Marr and Lena Kopp were sentenced on Monday. The two judges declined to comment.",
    ],
)
def test_a_set_pointing_back_to_unnamed_persons_or_by_a_role_noun_is_no_group(text):
    assert groups_of_last(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ruth Vale and Governor Tim Oaks met on Tuesday to discuss rents and prices. Landlords say the two are"
        " tied together.",
        "Chemists Ada Lind and Omar Sayed showed that the minerals calcite and aragonite dissolve slowly. The pair form"
        " in warm seas, they said.",
        "Astronomers Ida Berg and Karl Holm found that the comets Ossian and Marwen are drifting apart. The two will"
        " pass Jupiter next year, they said.",
    ],
)
def test_a_bare_set_pointing_back_to_things_named_in_an_earlier_sentence_is_no_group(text):
    assert groups_of_last(text) == []


def test_both_x_and_y_joins_two_classes_and_is_no_set():
    text = "Tara Quinn and Mia Hale led the survey at Westbrook College. Both men and women who cycled slept better, it found."
    assert groups_of_last(text) == []


def test_a_set_right_after_the_named_persons_stays_a_group():
    text = "Ivo Marr and Lena Kopp were sentenced on Monday. Both defendants said they would appeal."
    assert "both defendants" in groups_of_last(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seats for the final sold out across the Carolinas within an hour.",
        "Rowers from the Koreas will race as one crew, officials said.",
    ],
)
def test_a_plural_place_one_is_in_or_from_in_a_sports_report_is_no_team(sentence):
    text = "The Herons need a starting pitcher before the playoffs start next week.\n\n" + sentence
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert not any(a.type == "organization" and a.name in ("Carolinas", "Koreas") for a in claims[-1].actors)


def test_a_set_with_a_party_word_is_listed_once():
    text = "Senators Ann Holt and Bo Reyes and Representative Cy Lund wrote to the Treasury. The three Democratic lawmakers"
    text += " asked for an answer by Monday."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    groups = [a.name.lower() for a in claims[-1].actors if a.type == "group"]
    assert groups.count("the three democratic lawmakers") <= 1, groups


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("All three defendants denied the charges on Tuesday.", "all three defendants"),
    ],
)
def test_a_counted_set_opened_by_all_points_back(sentence, group):
    text = "Ivo Marr, Lena Kopp and Jon Aas were charged on Monday. " + sentence
    assert group in groups_of_last(text)


def test_a_set_pointing_back_through_an_earlier_set_to_unnamed_persons_is_no_group():
    text = (
        "Two hikers have told police they heard the shot that killed Omar Rinn. The two men are helping the inquiry. "
        "His sister, Ada Holm, said the family was shocked. She said Rinn knew the two men well."
    )
    assert groups_of_last(text) == []
