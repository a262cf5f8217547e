"""Kind: what a document or rule requires of a named party ("The statute requires Harbourtel to publish …") is that
party's commitment whatever the subject (the kind section's "what a document obliges … a party to do", GUIDE decision
200); the same requirement on an unnamed class ("requires landlords to …") stays a rule, a fact."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_requirement_on_a_named_party_is_its_commitment():
    assert kinds("The new statute also requires Harbourtel to publish its prices every quarter.") == ["commitment"]
    assert kinds("The rule requires that Harbourtel publish its prices.") == ["commitment"]


def test_a_requirement_on_an_unnamed_class_stays_a_fact():
    assert kinds("The new statute requires ferry operators to publish their prices every quarter.") == ["fact"]
