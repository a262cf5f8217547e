"""A body named "X of Y" after "in" (session 36): the name's head, the noun before "of", tells a body from a place, as
its last word does ("in the Senate"); "debated in the House of Representatives" names the chamber, "in the Bay of Pigs"
a place."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        (a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors
    ]


def test_a_chamber_named_with_of_after_in_is_a_body():
    text = "The housing bill will be debated in the House of Representatives this week."
    assert ("House of Representatives", "organization", None) in actors_of(text), actors_of(text)


def test_a_council_named_with_of_after_in_is_a_body():
    text = "The motion was passed in the Council of Elders on Monday."
    assert ("Council of Elders", "organization", None) in actors_of(text), actors_of(text)


def test_a_place_named_with_of_after_in_stays_a_place():
    text = "They met in the Bay of Pigs in 1961."
    assert [name for name, _, _ in actors_of(text) if "Bay" in name] == [], actors_of(text)


def test_a_venue_named_house_of_is_no_body():
    # decisions 590(b), 622: "held in the House of Blues" is where, not who; "the House of Representatives" is a body
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    text = "The concert was held in the House of Harlow Blues in Kestrel City."
    names = [a.name for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]
    assert not any("House" in name for name in names), names
