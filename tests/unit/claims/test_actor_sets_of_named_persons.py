"""Sets that point back to persons named before ("the pair", "both men", "the two"), and a country before a market
index (GUIDE decisions 453, 473, 588(a), 735, 762; session 37)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return extract_claims(text, split_sentences(text), published=published)


def actors_of_last(text):
    return [(a.name, a.type, a.country) for a in claims_of(text)[-1].actors]


SIGNING = "Dana Lee and Al Roe signed for the Harbour Herons on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("The pair will report for training in May.", "the pair"),  # lower case: only the opening capitalises it
        ("Both men said the move was the right one.", "both men"),
        ("The two met at a youth camp in 2009.", "the two"),
        ("Fans watched the two players hug at the gate.", "the two players"),
    ],
)
def test_a_set_pointing_back_to_two_named_persons_is_a_group_as_written(sentence, group):
    out = actors_of_last(SIGNING + sentence)
    assert (group, "group", None) in out, out


def test_a_demonym_inside_the_set_places_it_and_names_no_country_of_its_own():
    text = "Anne Morel and Luc Petit won their semi-final on Friday.\n\nThe French duo will meet the holders on Sunday."
    out = actors_of_last(text)
    assert ("the French duo", "group", "FRA") in out, out
    assert not any(kind == "country" for _, kind, _ in out), out


def test_no_set_before_enough_persons_are_named():
    text = "Dana Lee joined the Harbour Herons on Monday.\n\nThe pair of boots she wore cost a fortune."
    assert not any(kind == "group" for _, kind, _ in actors_of_last(text))
    text = "Dana Lee joined the Harbour Herons on Monday.\n\nThe two will meet again in May."
    assert not any(kind == "group" for _, kind, _ in actors_of_last(text))


def test_a_set_of_things_counted_before_in_the_sentence_is_no_group():
    text = SIGNING + "After comparing the two reports, Lee said that the pair told the same story."
    assert not any(kind == "group" for _, kind, _ in actors_of_last(text))


def test_a_plural_in_apposition_to_the_names_is_no_group():
    text = "Dana Lee and Al Roe, both engineers at the port, were freed on Monday."
    assert not any(kind == "group" for _, kind, _ in actors_of_last(text))


def test_a_set_in_the_possessive_names_its_owner():
    # decision 54: a possessive owner is an actor; decision 762: the pair stands for the persons named
    out = actors_of_last(SIGNING + "Both players' agents are pleased with the deal.")
    assert ("both players", "group", None) in out, out
    out = actors_of_last(SIGNING + "The pair’s agent said the deal was fair.")
    assert ("the pair", "group", None) in out, out


def test_the_two_counting_a_part_or_a_thing_is_no_group():
    text = SIGNING + "Each of the two games was sold out."
    assert not any(kind == "group" for _, kind, _ in actors_of_last(text))


def test_a_country_before_a_market_index_is_listed_and_the_index_is_not():
    out = actors_of_last("South Korea's Kospi Index fell 0.5% on Tuesday.")
    assert out == [("South Korea", "country", "KOR")], out
    index, body = claims_of("Germany's DAX Index rose 2% as investors cheered.\n\nGermany's Bundesbank said it would act.")
    assert ("Germany", "country", "DEU") in [(a.name, a.type, a.country) for a in index.actors], index.actors
    # (a country before a body still only names the body)
    assert [(a.name, a.type) for a in body.actors] == [("Bundesbank", "organization")], body.actors


def test_a_ticker_the_model_runs_into_an_index_name_makes_no_body():
    out = actors_of_last("China's Shanghai Composite (SHCOMP) slumped 0.2%, but recovered those losses.")
    assert out == [("China", "country", "CHN")], out


SPORTS_LEAD = "The Herons need a starting pitcher before the playoffs start next week.\n\n"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # (the model marks "Pirates" here as a place): a team's nickname
        ("But the Pirates appear to have the best pitching in the league this season.", ("Pirates", "organization", None)),
        # a plural name the gazetteer knows stays a country
        ("The Philippines will host the league's final season.", ("Philippines", "country", "PHL")),
    ],
)
def test_a_plural_proper_name_after_the_in_a_sports_report(sentence, actor):
    out = actors_of_last(SPORTS_LEAD + sentence)
    assert actor in out, out
