"""A closing speaker tag the parser joins to the clause before as a conjunct, where the tag names the one spoken to
("…, the head of the children's fund told reporters on Tuesday."): it tags the words before it (GUIDE decision 2); and
a relative clause set off by a comma (", whose lawyer testified") is no closing tag."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def test_a_closing_tag_told_reporters_tags_the_words_before_it():
    text = "Some 165 million children are stunted by malnutrition, the head of the children's fund told reporters on Tuesday."
    out = claims_of(text)
    assert len(out) == 1, [c.text for c in out]
    assert out[0].attribution is not None
    assert out[0].attribution.cue == "told"
    assert "head of the children's fund" in out[0].attribution.source


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister met the editor, whose newspaper reported on the deal.",
        "Police questioned the banker, whose lawyer testified on Monday.",
    ],
)
def test_a_whose_relative_clause_is_no_closing_tag(text):
    out = claims_of(text)
    assert out, text  # (the sentence is read, so the check below has a claim to judge)
    for claim in out:
        assert claim.attribution is None or not claim.attribution.source
