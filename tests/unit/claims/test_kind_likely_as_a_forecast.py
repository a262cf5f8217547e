"""Kind: "will likely", like "will probably", is the writer's or a source's estimate of what will come, a prediction
nobody undertakes (the kind section's predictions: a fact); the same plan told without the estimate stays the party's
commitment."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_will_likely_is_a_forecast():
    assert kinds("I will likely not change anyone's mind here.") == ["fact"]
    assert kinds("Analysts say the council will likely close the library.") == ["fact"]


def test_the_plan_without_the_estimate_stays_a_commitment():
    assert kinds("The council will close the library next year.") == ["commitment"]
