"""Polarity, session 46 (h46modpol): a "no" on the subject of a small clause after the verb ("The squad had no fit
defenders left") negates the statement like a "no" on the verb's object: the parser makes the noun the subject of a
participial or adjectival complement clause, but in meaning it is the verb's own object (GUIDE decision 39: a
complement's negation counts). Near misses: the same small clause with another determiner, and a clause of its own with
an auxiliary (read as before).
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _polarity(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0].polarity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 46
        ("The club had no healthy goalkeepers left.", "negative"),
        ("The village had no doctors left after the war.", "negative"),
        ("The ferry line had no boats left, so the crossing was cancelled.", "negative"),
        # near misses
        ("The club had two healthy goalkeepers left.", "positive"),
        ("The coach kept the players focused.", "positive"),
        # a "no" on the subject of a finite clause of its own, with an auxiliary: not a small clause (kept from before)
        ("The club had hoped no players would leave.", "positive"),
    ],
)
def test_no_on_the_subject_of_a_small_clause(text, expected):
    assert _polarity(text) == expected
