"""Missed actors (session 46): a name before a trailing reporting clause ("…, the filings state.") the parse reads as the
name's apposition, its verb "state" as a kind of place, which made the name a place's or thing's in every mention; a
place named with its kind in apposition ("Marwick, Borno state", "Brightwater, a US state") stays a place."""

import pytest
from spacy.tokens import Doc

from declcli.claims import extract_claims
from declcli.claims.nlp import load_model
from declcli.claims.products import _listed_under_a_place_kind
from declcli.sentences import split_sentences


def actors_of(text, published="2024-03-05"):
    return [[a.name for a in c.actors] for c in extract_claims(text, split_sentences(text), published=published)]


def parsed(words, tags, deps, heads, lemmas):
    """A hand-made parse, so the rule is tried on a shape the model may or may not give."""
    doc = Doc(load_model().vocab, words=words, tags=tags, deps=deps, heads=heads, lemmas=lemmas)
    for token in doc:
        token.pos_ = "PROPN" if token.tag_.startswith("NNP") else ("NOUN" if token.tag_.startswith("NN") else "X")
    return doc


def test_a_name_before_the_court_filings_state_stays_an_actor_in_every_mention():
    out = actors_of(
        "Ortega ran the smuggling ring for years, prosecutors said. The judge ruled against Ortega, the court filings state."
    )
    assert any("Ortega" in name for name in out[0]), out
    assert any("Ortega" in name for name in out[1]), out


def test_a_name_before_one_name_and_states_is_no_place():
    # "… with Carrow, Ortega states.": Ortega/NNP compound of states/NNS in apposition to Carrow
    doc = parsed(
        ["He", "dined", "with", "Carrow", ",", "Ortega", "states", "."],
        ["PRP", "VBD", "IN", "NNP", ",", "NNP", "NNS", "."],
        ["nsubj", "ROOT", "prep", "pobj", "punct", "compound", "appos", "punct"],
        [1, 1, 1, 2, 3, 6, 3, 1],
        ["he", "dine", "with", "Carrow", ",", "Ortega", "state", "."],
    )
    assert not _listed_under_a_place_kind(doc[3])


def test_the_named_states_in_apposition_stay_places():
    # "… to Dorvalle, the Kestrel states.": a determiner makes "states" the places, no reporting verb
    doc = parsed(
        ["to", "Dorvalle", ",", "the", "Kestrel", "states", "."],
        ["IN", "NNP", ",", "DT", "NNP", "NNS", "."],
        ["ROOT", "pobj", "punct", "det", "compound", "appos", "punct"],
        [0, 0, 1, 5, 5, 1, 0],
        ["to", "Dorvalle", ",", "the", "Kestrel", "state", "."],
    )
    assert _listed_under_a_place_kind(doc[1])


@pytest.mark.parametrize(
    "text, place",
    [
        ("The convoy reached Marwick, Borno state, after dark.", "Marwick"),
        ("The company moved its headquarters to Brightwater, a US state, in 2019.", "Brightwater"),
    ],
)
def test_a_place_named_with_its_kind_in_apposition_stays_no_actor(text, place):
    out = actors_of(text)
    assert not any(place in name for claim in out for name in claim), out
