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
