"""A demonym standing as a noun for a person ("an Austrian", "the 31-year-old Norwegian", "the Chilean was fined") or
before a noun for one person ("the Danish coach", "his Peruvian counterpart"): where the claim does not name that
person, no listed actor carries the country, which is listed (GUIDE decision 436); a person the claim names carries it."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def countries_of(claim):
    return [a.country for a in claim.actors if a.type == "country"]


def test_an_indefinite_demonym_for_a_person_lists_the_country():
    claim = claims_of("Two climbers, an Austrian and a Norwegian, were rescued from the ridge on Sunday.")[0]
    assert countries_of(claim) == ["AUT", "NOR"], claim.actors


def test_a_described_person_the_claim_does_not_name_lists_the_country():
    text = "Lena Moberg won the race on Saturday.\n\nThe 31-year-old Norwegian was fined a week later for a late start."
    claim = claims_of(text)[-1]
    assert countries_of(claim) == ["NOR"], claim.actors


def test_a_definite_description_by_post_lists_the_country_where_the_person_is_unnamed():
    text = "Tomas Reyes left the club in March.\n\nThe Danish coach had been out of work since the summer."
    claim = claims_of(text)[-1]
    assert countries_of(claim) == ["DNK"], claim.actors


def test_a_described_person_named_in_the_claim_carries_the_country():
    text = "Lena Moberg crashed early, and the Norwegian was fined after the race."
    claims = claims_of(text)
    assert all(countries_of(claim) == [] for claim in claims), [c.actors for c in claims]
    assert any(a.name == "Lena Moberg" for claim in claims for a in claim.actors), [c.actors for c in claims]


def test_a_proper_name_before_the_demonym_makes_a_things_name_no_country():
    # (a guard on the listing above: the demonym closes a restaurant's name here)
    claim = claims_of("The first Taco Loco Mexican opened on Main Street in 1998.")[0]
    assert countries_of(claim) == [], claim.actors
