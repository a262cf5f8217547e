"""A country's people by an informal plural demonym (countries.json, beside 'Brits' and 'Aussies'; session 41)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def countries_of(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [a.country for c in claims for a in c.actors if a.type == "country"]


def test_the_kiwis_are_new_zealand():
    # GUIDE actors: a demonym used for the country's people or side names the country
    assert countries_of("The Kiwis won the opening race of the regatta by four minutes.") == ["NZL"]
    assert countries_of("The Kiwis' top speed was 44 knots.") == ["NZL"]
    # (the fruit, in lower case, is no people)
    assert countries_of("He planted kiwis and apples in the garden.") == []


def test_a_capitalised_kiwis_that_is_the_fruit_is_no_people():
    # decision 318: a demonym names the country only where used for its people; at a sentence start it may be the fruit
    assert countries_of("Kiwis contain more fibre than apples, the researchers said.") == []
    assert countries_of("Kiwis and mangoes sold out at the market on Tuesday.") == []
    assert countries_of("Kiwis voted on the new flag in a referendum.") == ["NZL"]
