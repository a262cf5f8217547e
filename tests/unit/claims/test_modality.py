"""Modality and polarity of a claim's main statement (benchmarks/claims_real/GUIDE.md, its table and
decisions 5, 8, 15, 27)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


@pytest.mark.parametrize(
    "text, modality",
    [
        # Stacked frames: the inner, more specific one decides (decision 15).
        ("The ministry is going to have to raise taxes.", "obligation"),
        ("The players want to be able to choose their coach.", "possibility"),
        ("The council expects to be allowed to build the road.", "possibility"),
        # Active "allow" is no frame of its own: the table's possibility is "is allowed to".
        ("The new law would allow farmers to sell their milk directly.", "intention"),
        ("The reform allows banks to lend more.", "none"),
        ("The board will be allowed to veto the sale.", "possibility"),
        # "is to": what is to happen, not what something consists in or an adjective's complement.
        ("The bridge is to open next year.", "intention"),
        ("The plan is to open the bridge next year.", "intention"),  # decision 15
        ("It is hard to predict the outcome of the vote.", "none"),
        ("The usual practice is to close the road at night.", "none"),
        ("To give in now is to lose everything.", "none"),
        # "go" frames an intention only as "is going to".
        ("We're going to build a new stadium.", "intention"),
        ("The inspectors went to check the site.", "none"),
        ("Thousands of fans have gone to the square to protest.", "none"),
    ],
)
def test_modality_of_frames(text, modality):
    assert first(text).modality == modality
