"""Persons' countries from names written with a middle initial or an abbreviated title (session 44): a well-known
office-holder written with a middle initial ("Vladimir V. Putin") is the listed office-holder
(declcli/data/persons.json), whose country the report need not state; and a post set off by a comma before a name
that carries an abbreviated title ("The chairman of the Joint Chiefs of Staff, Gen. X,") describes the person as it
does before a bare name."""

from declcli.claims import extract_claims
from declcli.claims.context import office_holders_spellings
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
    text = "President Donald J. Trump spoke on Monday. Mr. Trump said the talks had failed."
    assert persons_of(text) == {("Donald J. Trump", "USA")}


def test_a_listed_name_with_a_middle_initial_and_only_a_described_post_is_not_yet_placed():
    # decision 271: a first mention with no office's title before the name, and the later mentions of the same person
    text = (
        "The senators wrote to John R. Bolton, the national security adviser, about the treaty on Tuesday. "
        "Mr. Bolton did not answer the letter."
    )
    assert persons_of(text) == {("John R. Bolton", None)}


def test_leading_initials_before_a_listed_name_are_not_taken_for_a_middle_initial():
    # near miss: only an initial after a given name is left out; "J. Donald Trump" is no "Donald Trump", even after a
    # title (the regex reaching to leading initials would place him)
    assert office_holders_spellings("J. Donald Trump") == ("J. Donald Trump",)
    assert persons_of("Governor J. Donald Trump said the bakery would reopen on Monday.") == {("J. Donald Trump", None)}
    assert persons_of("The mayor met President R. Vladimir Putin on Monday.") == {("R. Vladimir Putin", None)}


def test_a_first_bare_mention_with_a_middle_initial_names_no_office():
    # GUIDE decisions 28, 271: no title names the office, so the report has not yet placed the person
    assert persons_of("Donald J. Trump said the election was stolen.") == {("Donald J. Trump", None)}
    assert persons_of("Vladimir V. Putin spoke on Monday about the war.") == {("Vladimir V. Putin", None)}
    assert persons_of("Aides said Donald J. Trump had met the advisers twice in December.") == {("Donald J. Trump", None)}
    # a courtesy title names no office
    assert persons_of("Mr. Donald J. Trump said the election was stolen.") == {("Donald J. Trump", None)}


def test_the_same_name_after_a_title_gets_the_offices_country():
    # near miss of the above: the title names the office (decision 28)
    assert persons_of("President Donald J. Trump said the election was stolen.") == {("Donald J. Trump", "USA")}


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


def test_a_post_hung_on_the_verb_before_a_titled_name_places_the_person():
    # the apposition the parser hangs on the verb ("has sworn in its first … justice, Dr. X"): the post before the comma
    # describes the person past the abbreviated title as before a bare name (decision 21)
    text = "The state of Ohio has sworn in its first Native American Supreme Court justice, Dr. Lena Whitehorse."
    assert persons_of(text) == {("Lena Whitehorse", "USA")}


def test_a_relative_of_a_post_holder_is_not_placed_by_the_post():
    # GUIDE decision 21: a widow or a son does not work for the body of the relative's post, with a title or without
    for text in (
        "The widow of the president of Brazil, Mrs. Maria Oliveira, told reporters that he had been ill.",
        "The widow of the president of Brazil, Maria Oliveira, told reporters that he had been ill.",
        "The son of the chairman of the Bundesbank, Dr. Karl Weber, told reporters that rates would rise.",
        "The son of the chairman of the Bundesbank, Karl Weber, told reporters that rates would rise.",
    ):
        assert {country for _, country in persons_of(text)} == {None}, text


def test_a_post_of_a_post_holders_body_still_places_the_person():
    # near miss of the above: the post heads the phrase ("the president of Brazil", "the head of the board of …")
    text = "The president of Brazil, Maria Oliveira, told reporters that the plan had failed."
    assert ("Maria Oliveira", "BRA") in persons_of(text)
    text = "The head of the board of the Bundesbank, Dr. Ulrike Maas, told reporters that rates would stay high."
    assert ("Ulrike Maas", "DEU") in persons_of(text)
