"""Closing speaker tags ("…, X said.") that the parser hides: a past tense tagged as a participle, a tag hung as a
relative clause on the last noun, and a tag joined as a conjunct with no joining word. Each still tags the words
before it (GUIDE decision 2)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


HIDDEN_TAGS = {
    # the tagger's VBN for "reported" after a clause the parser hung on it
    "If two virus strains mutate, they could create a pandemic flu, researchers from MIT reported in the journal Cell.": (
        "researchers from MIT",
        "reported",
    ),
    # a tag hung on the object as a relative clause
    "Publishers gave the retailer an ultimatum, a top executive at the retailer testified.": (
        "top executive at the retailer",
        "testified",
    ),
    # a tag joined to the clause as a conjunct with no "and"
    "Some 165 million children are stunted by malnutrition, the head of the children's fund said on Tuesday.": (
        "head of the children's fund",
        "said",
    ),
    # a closing finding of a study whose verb the tagger read as a noun
    "Prices rose 4 percent in March, the data show.": ("data", "show"),
    "Chimpanzees were able to remember past events, a new study shows.": ("new study", "shows"),
}


@pytest.mark.parametrize("text", list(HIDDEN_TAGS))
def test_hidden_closing_tag_attributes_the_whole_sentence(text):
    out = claims_of(text)
    assert len(out) == 1, [c.text for c in out]
    assert out[0].attribution is not None
    assert (out[0].attribution.source, out[0].attribution.cue) == HIDDEN_TAGS[text]


def test_a_contact_relative_clause_is_no_tag():
    out = claims_of("Hackers released code he said exploits the flaw.")
    assert out and all(c.attribution is None for c in out), [c.text for c in out]


def test_a_participle_on_a_noun_is_no_tag():
    out = claims_of("Near the lake, different waters added from springs, keep the level high.")
    assert out and all(c.attribution is None for c in out), [c.text for c in out]


def test_a_conjunct_with_and_stays_a_clause_of_its_own():
    out = claims_of("The army took the town, and the rebels said they would fight on.")
    assert [c.attribution.source if c.attribution else None for c in out] == [None, "rebels"]


def test_a_thing_that_is_no_study_shows_nothing():
    out = claims_of("The town is old, the map shows.")
    assert out and all(c.attribution is None for c in out), [c.text for c in out]
