"""Persons' countries from names written with a middle initial or an abbreviated title (session 44): a well-known
office-holder written with a middle initial ("Vladimir V. Putin") is the listed office-holder
(declcli/data/persons.json), whose country the report need not state; and a post set off by a comma before a name
that carries an abbreviated title ("The chairman of the Joint Chiefs of Staff, Gen. X,") describes the person as it
does before a bare name."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def persons_of(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {(a.name, a.country) for c in claims for a in c.actors if a.type == "person"}


def test_a_titled_office_holder_with_a_middle_initial_gets_the_offices_country():
    # GUIDE decision 28: a head of state named by office gets the office's country; the initial changes no one
    text = "The chancellor may call off a visit to see President Vladimir V. Putin in the spring."
    assert ("Vladimir V. Putin", "RUS") in persons_of(text)


def test_an_office_holder_elect_with_a_middle_initial_gets_the_offices_country():
    # decision 891: "President-elect X" gets the office's country like the sitting holder
    text = "Aides said they had met President-elect Donald J. Trump's advisers twice in December."
    assert ("Donald J. Trump", "USA") in persons_of(text)


def test_later_mentions_keep_the_country():
    text = (
        "The senators wrote to John R. Bolton, the national security adviser, about the treaty on Tuesday. "
        "Mr. Bolton did not answer the letter."
    )
    assert persons_of(text) == {("John R. Bolton", "USA")}


def test_a_person_not_listed_stays_unplaced_with_a_middle_initial():
    # near miss: a middle initial makes no one an office-holder (decision 471)
    assert persons_of("Martha K. Dillane said the bakery would reopen on Monday.") == {("Martha K. Dillane", None)}


def test_leading_initials_are_not_taken_for_a_middle_initial():
    # near miss: only an initial after a given name is left out ("J. D. Salinger" is no "J. Salinger")
    assert persons_of("Q. T. Farrow said the bakery would reopen on Monday.") == {("Q. T. Farrow", None)}


def test_a_post_of_a_placed_body_before_a_titled_name_places_the_person():
    # GUIDE decision 21: the national body the person works for gives its country; the title changes nothing
    text = "The chairman of the Joint Chiefs of Staff, Gen. Walter Brandt, told a Senate panel on Monday that he had plans."
    assert ("Walter Brandt", "USA") in persons_of(text)
    text = "The head of the Bundesbank, Dr. Ulrike Maas, told reporters on Friday that rates would stay high."
    assert ("Ulrike Maas", "DEU") in persons_of(text)


def test_the_bare_name_after_the_post_is_placed_as_before():
    text = "The head of the Bundesbank, Karl Weber, told reporters on Friday that rates would stay high."
    assert ("Karl Weber", "DEU") in persons_of(text)


def test_a_titled_name_after_a_fronted_phrase_with_no_post_stays_unplaced():
    # near miss: a fronted adverbial naming a body is no post of the person's
    text = "In a letter to the Bundesbank, Dr. Ulrike Maas said rates would stay high."
    assert ("Ulrike Maas", None) in persons_of(text)
