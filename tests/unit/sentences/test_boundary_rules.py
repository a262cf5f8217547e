"""sentences.BOUNDARY_RULES: the boundary rules as one ordered table; for each kind of
candidate, the rule that decides it and what it decides."""

import pytest

from declcli import sentences


def _deciding_rule(text: str):
    """The first rule that decides the first candidate boundary in `text`, and its decision."""
    m = sentences.CANDIDATE.search(text)
    assert m is not None
    c = sentences.Candidate(text, m, 0)
    for rule in sentences.BOUNDARY_RULES:
        decided = rule(c)
        if decided is not None:
            return rule.__name__, decided
    return None, True


@pytest.mark.parametrize(
    ("text", "rule", "boundary"),
    [
        ("«Почему?» — спросил журналист.", "_lower_case_after_a_dash", False),
        ("He said no. and left.", "_lower_case_follows", False),
        ("Why? Because.", "_not_a_period", True),
        ("It rained. The match went on.", None, True),
        ("Mr. Smith came.", "_never_final", False),
        ("See No. 5 below.", "_before_a_number", False),
        ("Vol. I of the report came out.", "_before_a_number", False),
        # "I" the pronoun after a word like an abbreviation before a number ("art.", "No.") is no numeral
        ("It gave time to my art. I loved it.", "_before_a_number", True),
        ("No. I won’t sign it.", "_before_a_number", True),
        ("George W. Bush spoke.", "_initial", False),
        ("It ended at 3 p.m. Tuesday came.", "_clock", False),
        ("1. First item here.", "_small_number_before", False),
        ("TUCSON, Ariz. (AP) — A judge ruled on Monday.", "_agency_tag_follows", False),
        ("The ad ran on Monday. pic.twitter.com/Ab12Cd", None, True),
        # a name written in lower case with a capital or a figure inside opens a sentence
        ("It serves ad units. my6sense’s clients mix widgets.", None, True),
        ("Apple sold more phones. iPhone sales rose.", None, True),
        ("It ended at 5 p.m. eBay said so.", "_clock", False),
        # a rule line between the story and its credits stands after a stop; a dash of two goes on
        ("It came to no avail. --- Reuters writers in Kabul contributed.", "_rule_line_follows", True),
        ("It came to no avail. ___ Reuters writers in Kabul contributed.", "_rule_line_follows", True),
        ("He left at 5 p.m. -- Then he came back.", "_punctuation_that_continues", False),
        # a table's next cell after a name's stop: the row is cut there, as the gold's segmenter cuts it (decision 48)
        ("Dana Lee Jr. | Rowing | $4,100,000 | 3", "_next_cell_follows", True),
        ("Dana Lee Jr. |x| was here.", "_name_suffix", False),
    ],
)
def test_each_kind_of_candidate_is_decided_by_its_rule(text, rule, boundary):
    assert _deciding_rule(text) == (rule, boundary)
    assert sentences.is_boundary(text, sentences.CANDIDATE.search(text)) is boundary
