"""The reported clause opened by an existential "there", session 47 (h47modpol).

- '“There will be a dry summer, and the herders fear …,” Ms. Okafor said': the existential "there" is the
  first clause's subject, so that clause is the statement reported (GUIDE decision 1), read with its own modal; the
  reported clause was taken for a subjectless head and the statement moved to the clause joined after it.
- Near misses: a first clause with a subject of its own keeps its reading, and so does a lone existential clause.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _readings(text):
    return [(c.modality, c.polarity) for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 47: the clause after "and" was read as the statement reported
        (
            "“There will be a dry summer, and the herders fear that their wells will fail,” Ms. Okafor said.",
            ("intention", "positive"),
        ),
        ("“There might be a second wave, and that worries the nurses,” the doctor said.", ("possibility", "positive")),
        # near misses: a first clause with a subject of its own, and an existential clause alone
        (
            "“Prices will rise again, and this raises the risk that the bank will act,” the trader said.",
            ("intention", "positive"),
        ),
        ("“There will be a dry summer,” Ms. Okafor said.", ("intention", "positive")),
    ],
)
def test_existential_first_clause_is_reported(text, expected):
    assert _readings(text)[0] == expected
