"""A person named after "and" and a noun ("X and another girl, Y from Belgrade, Serbia,"), which the parser hangs on the
first name as its apposition: the place phrase describes the second person only (GUIDE: the actors section's
`country` for a person as the text states it; decision 471: nothing places the first). Names joined by "and" before
one origin ("X and Y of Serbia") still share it."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def person_countries(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.country) for c in claims for a in c.actors if a.type == "person"]


def test_the_second_persons_place_does_not_place_the_first():
    text = "Soon, Mara Volkova and another girl, Jelena Petrovic from Belgrade, Serbia, found themselves at the top."
    assert person_countries(text) == [("Mara Volkova", None), ("Jelena Petrovic", "SRB")], person_countries(text)


def test_names_joined_before_one_origin_still_share_it():
    text = "Mara Volkova and Jelena Petrovic of Serbia won the doubles final."
    assert person_countries(text) == [("Mara Volkova", "SRB"), ("Jelena Petrovic", "SRB")], person_countries(text)


def test_a_description_set_after_the_name_still_places_it():
    text = "Mara Volkova, a coach from Serbia, said the team was ready."
    assert person_countries(text) == [("Mara Volkova", "SRB")], person_countries(text)
