"""Actors, session 61 (h61country): once a person has a country in the article, later mentions keep it (the GUIDE's
actors section), also where the later mention was written in a form that did not reach the person:

- A bare surname named before the full name ("Renner said he would stay", then "Ohio Governor Dale Renner"): the
  bare surname, given no country or post, is the full name's person (decision 303: the fullest name so far), and its
  later bare mentions keep the country the full name was given. A well-known office-holder's bare surname stays its
  own for another person's full name ("Obama", then "Michelle Obama").
- A title written short without its full stop, which the model may take into the name ("Sgt Al Roe", "Lt Col Ann
  Roe", as British and Commonwealth news write them): a title, no part of the name (decision 572), when a given name
  and a surname follow it; before one word ("Adv Tsolo", "Prof Jones") only when that word is the surname of a person
  the article has named in full, who the mention is. Otherwise the word may be a given name ("Gen Tanabe", "Maj
  Ekdahl", "Sen Vanna") or a company's ("Gen Digital") and stays (decision 303: the name as given).
- Not a bare surname the text already placed or gave a post: that person stays as it was.
"""

import pytest

from declcli.claims import extract_claims
from declcli.claims.context import clean_name
from declcli.sentences import split_sentences


def _persons(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [[(a.name, a.country) for a in c.actors if a.type == "person"] for c in claims]


def test_a_bare_surname_named_first_keeps_the_country_the_full_name_gets():
    text = (
        "Renner said on Monday that he would stay in the race.\n\n"
        "The other contenders, Ohio Governor Dale Renner and Mary Holt, trailed far behind.\n\n"
        "Critics said the weak bid by Renner had failed."
    )
    persons = _persons(text)
    assert ("Dale Renner", "USA") in persons[-1]


def test_a_well_known_office_holders_surname_stays_its_own():
    text = (
        "The work began before President Obama took office in 2009.\n\n"
        "You can follow First Lady Michelle Obama after January 20 at the new accounts."
    )
    persons = _persons(text)
    assert ("Obama", "USA") in persons[0]
    assert all(name != "Obama" for name, _ in persons[-1])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Adv Lerato Tsolo", "Lerato Tsolo"),
        ("Sgt Al Roe", "Al Roe"),
        ("Supt Mark Hale", "Mark Hale"),
        ("Lt Col Ann Roe", "Ann Roe"),
        # (unchanged: an honorific, a name with no title, and a title's word standing alone)
        ("Mr. Hale", "Hale"),
        ("Colin Hale", "Colin Hale"),
        ("Prof", "Prof"),
        ("Adva Cohen", "Adva Cohen"),
        # (unchanged: one word after it, which may be a given name's or a company's; `Context.person` decides)
        ("Prof Jones", "Prof Jones"),
        ("Gen Tanabe", "Gen Tanabe"),
        ("Maj Ekdahl", "Maj Ekdahl"),
        ("Sen Vanna", "Sen Vanna"),
        ("Gen Digital", "Gen Digital"),
        ("Lt Col Roe", "Col Roe"),
    ],
)
def test_a_short_title_without_its_full_stop_is_no_part_of_the_name(text, name):
    assert clean_name(text) == name


def test_a_later_mention_with_a_short_title_keeps_the_country():
    text = "Lesotho lawyer Lerato Tsolo said the reforms were rushed.\n\nThe 32-year-old Adv Tsolo was raised by his grandmother."
    persons = _persons(text)
    assert ("Lerato Tsolo", "LSO") in persons[0]
    assert ("Lerato Tsolo", "LSO") in persons[-1]


def test_a_short_title_before_the_surname_of_a_person_named_in_full_is_that_person():
    text = (
        "Chile's army chief, Rodrigo Vallejos, toured the northern border on Sunday.\n\n"
        "Gen Vallejos said more troops would be sent.\n\n"
        "Lt Col Vallejos told reporters the patrols would double."
    )
    persons = _persons(text)
    assert persons[1] == [("Rodrigo Vallejos", "CHL")]
    assert persons[2] == [("Rodrigo Vallejos", "CHL")]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # (a short title's word that is also a given name, the only name before the surname: the name as given)
        (
            "Japan's Trade Minister Gen Tanabe said the tariffs would be lifted.\n\nTanabe said talks would resume.",
            "Gen Tanabe",
            "JPN",
        ),
        (
            "Gen Tanabe, Japan's trade minister, met his Korean counterpart.\n\nTanabe said talks would resume.",
            "Gen Tanabe",
            "JPN",
        ),
        (
            "Swedish poet Maj Ekdahl said her next book would come out in May.\n\nEkdahl said it was about her mother.",
            "Maj Ekdahl",
            "SWE",
        ),
        (
            "Sen Vanna, a Cambodian fisherman, said the floods had ruined his nets.\n\nVanna said he would move.",
            "Sen Vanna",
            "KHM",
        ),
    ],
)
def test_a_short_titles_word_before_one_name_word_stays_when_nobody_has_that_surname(text, name, country):
    persons = _persons(text)
    assert (name, country) in persons[0]
    assert (name, country) in persons[-1]


def test_a_company_opened_by_a_short_titles_word_keeps_its_word():
    text = "Gen Digital said on Tuesday that its profit would rise.\n\nThe company said it would buy back shares."
    names = {name for claim in _persons(text) for name, _ in claim}
    assert "Digital" not in names
