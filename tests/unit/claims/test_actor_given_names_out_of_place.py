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
