"""Actor recall: a body named by its kind noun ("the University of Harlow", "the Harlow Institute") in the
description of a person who speaks is listed (GUIDE decision 36: an organisation in any person's title), also where a
"who" clause about the person follows it and the model, reading the clause as the body's, calls the body a person; a
person's name that ends in such a word ("Margaret Court") stays a person."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_university_before_a_who_clause_is_an_organisation():
    units = actors_by_unit(
        "The dust has no star in it, said Otto Brenn, also from the University of Harlow, who has been leading the survey."
    )
    assert ("University of Harlow", "organization") in units[0], units


def test_an_institute_before_a_who_clause_is_an_organisation():
    units = actors_by_unit(
        "The odds are very good, said Mara Quill, a geologist at the Harlow Institute who was not involved in the research."
    )
    assert ("Harlow Institute", "organization") in units[0], units


def test_a_persons_name_ending_in_a_bodys_word_stays_a_person():
    units = actors_by_unit("Margaret Court, who won many titles, said the event was a success.")
    assert units[0] == [("Margaret Court", "person")], units
