"""Which verb an "it is X that/who …" sentence is read from (GUIDE decisions 15, 46): a cleft's emphasised clause hangs on
its focus (or on a noun the parser reached from it through "of"); a relative clause deeper in a phrase that describes the
focus, or one on an indefinite noun with an adjective that describes what "it" stands for, is no cleft, and the outer
copula is read."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def one(text):
    out = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert len(out) == 1, [c.text for c in out]
    return out[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause deep inside the description of the focus: the outer copula
        ("It's a word invented by the press to describe germs that cannot be killed by any drug.", ("none", "positive")),
        ("It was the first step on a long road that would lead to the capital.", ("none", "positive")),
        # an indefinite noun with an adjective describes what "it" stands for: the outer copula
        ("It's a strange, charming town that can compete with any resort on the coast.", ("none", "positive")),
        # "who" after "of" agrees with the of-object: a relative clause of it, the outer copula (decision 15)
        ("It was the efforts of a neighbour who never gave up.", ("none", "positive")),
        # a contrastive "not" negates no verb (decision 39)
        ("It is the senate, not the assembly, that must ratify the pact.", ("obligation", "positive")),
        # true clefts: the emphasised clause, also on an indefinite focus a plain adjective describes
        ("It was a junior clerk who never filed the report.", ("none", "negative")),
        ("It was the treasurer, Mary Stone, who must sign the cheque.", ("obligation", "positive")),
        ("It was the coach, not the players, who would pick the captain.", ("intention", "positive")),
        ("It was a Dutch firm that will repair the dam.", ("intention", "positive")),
        ("It was a tiny band of rebels that would not sign the truce.", ("intention", "negative")),
        ("It was the mayor who never answered the letter.", ("none", "negative")),
        ("It was one of the guards who never locked the gate.", ("none", "negative")),
        ("It is the council that must approve the budget.", ("obligation", "positive")),
        ("It was the sheer size of the stadium that could not be ignored.", ("possibility", "negative")),
    ],
)
def test_verb_a_cleft_or_a_description_is_read_from(text, expected):
    claim = one(text)
    assert (claim.modality, claim.polarity) == expected
