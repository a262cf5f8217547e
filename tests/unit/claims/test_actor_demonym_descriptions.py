"""A demonym before a description of an unnamed person or body (session 30, GUIDE decisions 54, 436): the country is
listed where no named actor of the claim is the one described, also for a definite description of a person the claim
does not name; a title or description that a named actor carries and a national character type stay no country."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        [(a.name, a.type, a.country) for a in c.actors]
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


def countries_of(text):
    return [iso for claim in actors_of(text) for _, kind, iso in claim if kind == "country"]


def test_a_description_standing_for_an_unnamed_body_lists_its_demonym():
    assert "SWE" in countries_of("The Swedish carmaker said on Monday that its profits rose."), actors_of(
        "The Swedish carmaker said on Monday that its profits rose."
    )
    text = "The Dutch shipping giant has cut its forecast for the year."
    assert "NLD" in countries_of(text), actors_of(text)


def test_an_unnamed_person_described_by_nationality_lists_the_country():
    text = "A young Norwegian engineer repaired the pump on Tuesday."
    assert "NOR" in countries_of(text), actors_of(text)
    text = "The police said an Austrian official was robbed while carrying the papers."
    assert "AUT" in countries_of(text), actors_of(text)


def test_a_description_set_after_an_event_by_the_parser_still_lists_the_country():
    # (The parser may hang the description on the event before it as an apposition.)
    text = "Now, at the 2021 Geneva Motor Show, the Italian sports marque has finally shown its new coupe."
    assert "ITA" in countries_of(text), actors_of(text)


def test_a_named_body_described_beside_its_name_carries_the_country():
    text = "Globex, the Dutch maker of pumps, said on Monday that sales rose."
    assert "NLD" not in countries_of(text), actors_of(text)


def test_a_named_person_with_the_nationality_in_the_title_carries_the_country():
    text = "Danish engineer Lars Fenwick repaired the pump on Tuesday."
    assert "DNK" not in countries_of(text), actors_of(text)
    assert ("Lars Fenwick", "person", "DNK") in actors_of(text)[0], actors_of(text)


def test_a_definite_description_of_a_person_the_claim_does_not_name_lists_the_country():
    # (decision 436: "an unnamed or generic office-holder"; no listed actor carries the country)
    text = "Dana Okafor called her Ukrainian counterpart on Monday."
    assert "UKR" in countries_of(text), actors_of(text)


def test_a_national_character_type_lists_no_country():
    text = "In many ways, she was an almost stereotypically Danish mother, strict and proud."
    assert "DNK" not in countries_of(text), actors_of(text)
