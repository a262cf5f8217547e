"""Polarity, session 40 (h40modpol).

- "Their interest is in the prices, not the brands, that …": the parser may hang a negated phrase after the verb as an
  apposition of the subject before it; no apposition stands apart from its noun across the verb, so the phrase is set
  against a part of the predicate, an appended contrast: negative (GUIDE decision 186).
- "goes to not just research but also to training": "not just/only" that the parser hangs on the object of a
  preposition of the verb keeps the negated phrase in the statement, as on the preposition itself (GUIDE decisions 32,
  98): negative.
- "We know where the leak did not come from": an indirect question whose question word hangs on a preposition left at
  the clause's end is no stated clause of the belief verb; its negation does not pass (GUIDE decisions 134, 578(d)),
  as with the question word hung on the clause's verb ("We know why the bridge did not open").
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _polarities(text):
    return [c.polarity for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 40: the parser hangs "not the yields" as an apposition of "worry", read as the subject's
        ("Farmers say their worry is in the costs, not the yields, that the weather brings about.", "negative"),
        ("Doctors say their focus is on the patterns, not the causes, that the scans reveal about patients.", "negative"),
        ("Traders say their interest is in the prices that the market sets.", "positive"),
        # fail before session 40: the question was read as the belief's stated clause
        ("We know where the leak did not come from.", "positive"),
        ("I know who she does not work for.", "positive"),
        ('"At this moment, we know where the leak did not come from," the captain said.', "positive"),
        # fail before session 40: "not just/only" hung on the object of a preposition of the verb (decisions 32, 98)
        ("The money goes to not just research but also to training.", "negative"),
        ("The prize goes to not only the winner but also the runner-up.", "negative"),
        ("The fund pays for research.", "positive"),
        # a that-clause of a belief is its stated clause: its negation passes
        ("We know that the leak did not come from the roof.", "negative"),
    ],
)
def test_polarity_of_the_statement(text, expected):
    assert _polarities(text) == [expected]
