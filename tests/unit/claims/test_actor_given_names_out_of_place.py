"""Actor precision: a one-word name that the article knows only as the first word of a person's fuller name is not that
person where it stands in no person's slot: after an article of its own ("the Bill would …") or, for a town, after a
preposition that places things ("in Charlotte"); the person is still named by the given name alone elsewhere."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def names_by_claim(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {c.text: [a.name for a in c.actors] for c in claims}


def names_of_claim(by_claim, opening):
    return next(names for claim, names in by_claim.items() if claim.startswith(opening))


@pytest.mark.parametrize(
    ("text", "person", "not_the_person", "the_person"),
    [
        (
            "Opposition leader Bill Hartwell said the plan was rushed.\n\n"
            "The Bill would force banks to keep records for two years.\n\n"
            "Bill said he would vote against it.",
            "Bill Hartwell",
            "The Bill would",  # a law, after an article of its own
            "Bill said",
        ),
        (
            "Charlotte Marsh, an aide to the mayor, said the fair would go ahead.\n\n"
            "The fair has been held in Charlotte since 1990.\n\n"
            "Charlotte said the weather would be fine.",
            "Charlotte Marsh",
            "The fair",  # the town, after "in"
            "Charlotte said",
        ),
    ],
)
def test_a_given_name_out_of_a_persons_slot_is_no_person(text, person, not_the_person, the_person):
    by_claim = names_by_claim(text)
    assert person not in names_of_claim(by_claim, not_the_person), by_claim
    assert person in names_of_claim(by_claim, the_person), by_claim


def test_a_given_name_singled_out_by_a_clause_after_its_article_stays_the_person():
    text = "Jack Marlowe founded the bakery in 1998, the paper said.\n\nIs this really the Jack you know?"
    by_claim = names_by_claim(text)
    assert "Jack Marlowe" in names_of_claim(by_claim, "Is this"), by_claim


@pytest.mark.parametrize(
    "opening",
    [
        "The Bill, which cleared its first reading on Monday, would",  # a "which" clause after a comma: a thing
        "The Bill that passed the House would",
        "The revised Bill would",  # the article with a describing word between
        "This Bill would",
    ],
)
def test_a_given_name_as_a_bill_in_parliamentary_news_is_no_person(opening):
    text = f"Senator Bill Okafor said the rules were too loose.\n\n{opening} cap card fees at 1%."
    assert "Bill Okafor" not in names_of_claim(names_by_claim(text), opening[:12])


@pytest.mark.parametrize(
    "sentence",
    [
        "The club said it had every confidence in Florence.",  # a word that takes "in" for its object (decision 303)
        "The fans trust in Florence, the chairman said.",
    ],
)
def test_a_town_named_person_after_an_in_of_trust_stays_the_person(sentence):
    text = f"Florence Adeyemi, the team's captain, said the side was ready.\n\n{sentence}"
    assert "Florence Adeyemi" in names_of_claim(names_by_claim(text), sentence[:10])
