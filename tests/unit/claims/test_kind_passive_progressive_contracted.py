"""Kind: a present passive progressive with the present "be" contracted ("They’re being briefed", "She’s being held"),
which the parser may label a second passive auxiliary beside "being", still tells an act under way on a party or thing
(GUIDE decision 615(c): event); a view or a thing's use in the same form stays a fact."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

SENTENCES_AND_KINDS = (
    ("They’re being briefed.", "event"),
    ("We’re being questioned by the harbour police.", "event"),
    ("They’re being seen as favourites.", "fact"),  # a view
    ("They’re being used to test the boats.", "fact"),  # a thing's use
)


@pytest.mark.parametrize(("sentence", "kind"), SENTENCES_AND_KINDS)
def test_a_contracted_passive_progressive_is_an_act_under_way(sentence, kind):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims] == [kind]
