"""A war named by a country's name or demonym names that country (session 41, missed actors)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def countries_of(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.country) for c in claims for a in c.actors if a.type == "country"]


def test_a_wars_name_made_of_a_country_word_names_the_country_as_written():
    # GUIDE decisions 9, 565(a): the war fought in or over the country names it, a country actor named as written
    assert countries_of("Veterans of the Vietnam War gathered in the park on Sunday.") == [("Vietnam", "VNM")]
    assert countries_of("The senator voted to end the Iraq War in 2007.") == [("Iraq", "IRQ")]
    assert countries_of("Officials hope the Afghan war will end soon.") == [("Afghan", "AFG")]


def test_a_war_named_by_no_country_names_none():
    assert countries_of("His grandfather fought in the Gulf War and the Cold War shaped his views.") == []
    assert countries_of("Both men served in World War II before the town was founded.") == []


def test_a_war_with_a_kind_or_two_countries_names_them():
    # decision 565(a), (b): a country word before the kind of war, and each country of a hyphenated pair
    assert countries_of("The novelist drove an ambulance in the Spanish Civil War.") == [("Spanish", "ESP")]
    assert countries_of("The Iran-Iraq War cost hundreds of thousands of lives.") == [("Iran", "IRN"), ("Iraq", "IRQ")]
    # (the war is an event, no body: decision 118)
    text = "Her great-grandfather was wounded in the American Civil War, the archive said."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert not any(a.type == "organization" for c in claims for a in c.actors)
    # (a body "of War" stays a body)
    text = "The Department of War ordered new drones on Monday, the Pentagon said."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert any(a.type == "organization" and "Department of War" in a.name for c in claims for a in c.actors)
