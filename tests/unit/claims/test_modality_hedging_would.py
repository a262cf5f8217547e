"""A "would" that hedges: "it would seem/appear" (benchmarks/claims_real/GUIDE.md decision 57) and the speaker's own
"I'd say" (decision 386) give possibility, not the intention of a "would" of what is to come (decision 5)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


@pytest.mark.parametrize(
    "text, modality",
    [
        ("It would seem that the plan is failing.", "possibility"),
        ("It would appear that the mayor has left.", "possibility"),
        ("The plan would seem to be failing.", "possibility"),
        ("I'd say the bridge will need repairs within a decade.", "possibility"),
        ("We would say that the vote was fair.", "possibility"),
        # the same with a typographic apostrophe
        ("I’d say the bridge will need repairs within a decade.", "possibility"),
        ("We’d say the season is not over.", "possibility"),
        ("It’d seem the plan is failing.", "possibility"),
        # "appear" of showing up is no seeming; a plain "would" of what is to come stays intention
        ("The mayor would appear in court on Monday, officials said.", "intention"),
        ("The chief executive would appear to testify before the senate committee on Tuesday, aides said.", "intention"),
        ("The judge said the key witness would appear to give evidence next week.", "intention"),
        # a perfect "would have seemed" is no present hedge (decision 162: a counterfactual, read by the table)
        ("A decade ago, such a merger would have seemed impossible.", "intention"),
        ("The board would vote on Friday.", "intention"),
        # the modal-less "seems" hedges nothing (decision 57 is for the modal)
        ("It seems that the plan is failing.", "none"),
    ],
)
def test_hedging_would(text, modality):
    assert first(text).modality == modality
