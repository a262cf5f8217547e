"""Kind: what a document or rule requires of a named party ("The ordinance obliges Kestrel Ferries to post …") is that
party's commitment whatever the subject (the kind section's "what a document obliges … a party to do", GUIDE decision
200); the same requirement on an unnamed class ("requires ferry operators to …") stays a rule, a fact, and so does one
on a named programme or product, which is no party (GUIDE decisions 12, 312)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_requirement_on_a_named_party_is_its_commitment():
    assert kinds("The ordinance obliges Kestrel Ferries to post its timetable online.") == ["commitment"]
    assert kinds("Under the deal, the treaty requires that Ruritania return the islands.") == ["commitment"]


def test_a_requirement_on_an_unnamed_class_stays_a_fact():
    assert kinds("The new statute requires ferry operators to publish their prices every quarter.") == ["fact"]


def test_a_requirement_on_a_named_programme_or_product_stays_a_fact():
    assert kinds("The rule requires Medicaid to cover the cost of the scan.") == ["fact"]
    assert kinds("The act requires the Program to start paying benefits in June.") == ["fact"]
