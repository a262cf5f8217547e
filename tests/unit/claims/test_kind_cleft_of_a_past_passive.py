"""Kind: a cleft whose emphasised clause is a past passive ("It was at the border that the reporter was arrested")
tells that happening, as an active one does (GUIDE decision 46: the emphasised clause is the main statement); a
passive relative clause on a noun further down ("on par with the schedule that was announced") makes no cleft, and an
indefinite noun described by its clause stays a description."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kind_of(sentence):
    (claim,) = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    return claim.kind


@pytest.mark.parametrize(
    "sentence",
    (
        "It was during a routine patrol that the smuggler was caught.",
        "It was at the border that the reporter was arrested.",
        "It was Lee who was elected chair.",
    ),
)
def test_a_cleft_of_a_past_passive_is_an_event(sentence):
    assert kind_of(sentence) == "event"


@pytest.mark.parametrize(
    "sentence",
    (
        "It is on par with the schedule that was announced in May.",
        "It was a law that was designed to fail.",
        # a standing, not a happening: the cleft gets the kind of its plain clause (decision 46)
        "It was Norway that was seen as the likeliest host.",
        "It was the mill that was owned by her uncle.",
        "It was the tower that was designed to sway in storms.",
        "It was Keller who was believed to hold the key.",
    ),
)
def test_a_passive_relative_clause_makes_no_cleft(sentence):
    assert kind_of(sentence) == "fact"
