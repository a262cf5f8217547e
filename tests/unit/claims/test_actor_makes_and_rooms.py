"""Actor precision: a well-known company that only opens its product's name (GUIDE decision 47), and a room or an aircraft
of an office named as where something happens (the actors section: places are no actors; decision 12: things)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def names_of(text):
    return [a.name for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


def test_a_company_opening_a_services_name_before_its_noun_is_no_actor():
    names = names_of("We have seen the release of the new Apple Quill+ streaming service, which is a bit bland.")
    assert "Apple" not in names, names


def test_guard_a_company_before_a_post_stays_an_actor():
    names = names_of("Google Chairman Marten Quillby wrote to the regulator on Monday.")
    assert "Google" in names, names


def test_guard_a_company_before_its_model_number_stays_listed():
    # the make of what is ordered, which the tune gold lists ("an order of 50 Airbus A350-900 jets")
    names = names_of("The carrier announced an order of 50 Airbus A390-800 jets on Monday.")
    assert "Airbus" in names, names


def test_guard_a_company_that_acts_before_a_capitalised_word_stays_an_actor():
    # the only mention acts and a capitalised word follows it: the guard the rule must respect
    names = names_of("Google Friday said the outage was fixed.")
    assert "Google" in names, names


def test_the_presidents_office_room_is_no_actor():
    names = names_of("The president announced the deal during a meeting in the Oval Office with Dana Okafor.")
    assert "Oval Office" not in names, names
    assert "Dana Okafor" in names, names


def test_the_presidents_plane_is_no_actor():
    names = names_of("Speaking to reporters on Air Force One, Mr. Lendry said he was considering five candidates.")
    assert not any("Air Force" in name for name in names), names


def test_guard_the_white_house_that_acts_stays_an_actor():
    assert "White House" in names_of("The White House said on Monday that the talks would resume.")


def test_guard_a_company_before_its_possessive_stays_an_actor():
    assert "Slack" in names_of("On Monday, I reached out to Slack’s PR team for a comment on the outage.")


def test_guard_a_company_listed_before_another_body_stays_an_actor():
    names = names_of("Harbour Aerospace said the two companies, Blue Origin, Corvale Robotics and SpaceX, had been selected.")
    assert "Blue Origin" in names, names


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a named day or a country after the company: no product's name
        ("Netflix Thursday reported higher revenue for the quarter.", "Netflix"),
        ("The senator said he spoke with Google Thursday about the bill.", "Google"),
        ("Google UK said it would comply with the ruling.", "Google"),
        # the company's team, unit or business: its own body, not its product
        ("The Google PR team said the outage was fixed.", "Google"),
        ("Boeing Commercial Airplanes said deliveries rose.", "Boeing"),
        ("The Intel Foundry business lost money, the company said.", "Intel"),
    ],
)
def test_a_company_before_a_day_a_place_or_its_own_body_stays_an_actor(text, company):
    names = names_of(text)
    assert any(name.startswith(company) for name in names), names


def test_a_company_opening_a_products_name_in_a_short_sentence_is_no_actor():
    # a short sentence that opens with a capitalised word is no headline
    names = names_of("Try Google Now. The app is free.")
    assert "Google" not in names, names
