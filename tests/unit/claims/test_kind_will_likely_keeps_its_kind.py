"""Kind: "likely" before a party's own act ("will likely", "would likely") is an adverb of doubt that leaves the clause
the kind it has read as written (GUIDE decisions 573, 623): a party's act ahead stays its commitment; "probably" and the
other adverbs of a writer's estimate (reading._FORECAST_ADVERBS) still make a forecast."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_partys_act_with_likely_stays_a_commitment():
    assert kinds("Ruritania will likely sign the treaty in May.") == ["commitment"]
    assert kinds("Lee said she will likely run for the seat again.") == ["commitment"]


def test_the_same_act_without_the_adverb_is_a_commitment():
    assert kinds("Ruritania will sign the treaty in May.") == ["commitment"]
