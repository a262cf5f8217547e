"""Actor recall: a body named by its kind noun ("the Kestrel Academy of Sciences", "the University of Tromvik") that
is the object of "at", "from" or "of" in the description of a person, with a "who" clause after it, is listed (GUIDE
decision 36: an organisation in any person's title), also where the model, reading the clause as the body's, calls the
body a person. Elsewhere a person's name that ends in such a word ("Kwame Court", "Tomasz Carrier") stays a person, and
a product named "… Studio" is no body."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_an_academy_of_in_a_persons_description_before_who_is_an_organisation():
    units = actors_by_unit(
        "The comet will return in 2031, according to Pell Varga, an astronomer from the Kestrel Academy of Sciences, "
        "who tracked it for years."
    )
    assert ("Kestrel Academy of Sciences", "organization") in units[0], units


def test_a_university_after_a_persons_name_before_who_is_an_organisation():
    units = actors_by_unit(
        "The reef is recovering, said Dr Lise Auber from the University of Tromvik, who was not part of the team."
    )
    assert ("University of Tromvik", "organization") in units[0], units


def test_a_persons_name_ending_in_a_bodys_word_stays_a_person_before_who():
    units = actors_by_unit("The prize went to Kwame Court, who coaches the team.")
    assert units[0] == [("Kwame Court", "person")], units


def test_a_persons_name_with_an_unlisted_given_name_and_a_kind_noun_stays_a_person():
    units = actors_by_unit("The police arrested Tomasz Carrier on Monday. The prize went to Mary Jo Court on Friday.")
    assert units[0] == [("Tomasz Carrier", "person")], units
    assert units[1] == [("Mary Jo Court", "person")], units


def test_a_product_named_studio_is_no_organisation():
    units = actors_by_unit("Roblox Studio will let players build worlds, the company said.")
    assert ("Roblox Studio", "organization") not in units[0], units
