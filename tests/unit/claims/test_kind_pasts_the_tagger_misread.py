"""Kind: a one-off past action is an `event` (the GUIDE's kind section) even where the tagger misread its past tense: an
irregular past it tagged as a present or a base form ("remade", "swam", "outsold"), or a past "helped" it hung as an
auxiliary on the bare verb after it ("helped cut the ribbon"). The present, a habit ("used to") and what a thing helped
over a stretch stay facts."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_an_irregular_past_tagged_as_a_present_is_an_event():
    assert kinds("The old mill remade itself as an arts centre.") == ["event"]
    assert kinds("Lumina phones finally outsold rival Peachtree last quarter.") == ["event"]


def test_an_irregular_past_in_a_reported_clause_is_an_event():
    assert kinds("Jon Akers told reporters that the seal swam up from under the boat and bit him.") == ["event"]


def test_a_past_helped_read_as_an_auxiliary_is_an_event():
    assert kinds("Marta Oyelaran helped cut the ribbon at the new clinic on Tuesday.") == ["event"]
    assert kinds("Dana Whitfield helped found the choir in 1998.") == ["event"]


def test_presents_habits_and_a_things_help_stay_facts():
    assert kinds("They swim in the lake every morning.") == ["fact"]
    assert kinds("She used to run the shop.") == ["fact"]
    assert kinds("The new ferry helps islanders reach the mainland.") == ["fact"]
    assert kinds("The savings helped the couple pay the rent through the winter.") == ["fact"]


def test_a_name_or_a_linking_past_is_left_to_the_other_rules():
    assert kinds("The pledges rang hollow to the workers given the layoffs.") == ["fact"]
    assert kinds("3. Drew Hanley | NFL | $40,000,000 | $7,000,000") in (["fact"], [])
