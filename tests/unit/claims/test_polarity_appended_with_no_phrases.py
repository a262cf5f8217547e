"""Polarity of "with no" phrases and "with" absolute clauses, session 47 (h47modpol).

- "The council closed the pool, with no word to the swimmers": a verbless "with no" + noun phrase set off by a comma or
  dash after the main clause is an adverbial phrase of that clause, its listed "no" makes the unit negative (GUIDE
  decisions 186, 912), also where the parser hangs the phrase on the clause's last noun, when it closes the sentence.
- Not a "with no" phrase without a comma ("an office with no windows": a noun's modifier, decision 39), nor one in a
  bracket on a noun, nor a "with" absolute clause whose noun has a predicate of its own ("…, with no end in sight",
  "…, with nobody around", "…, with no extras included"): positive (decision 912).
- "…, with neither the coach nor the captain giving a reason": the "neither … nor" in the subject of a "with" absolute
  clause does not count either (decision 912).
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _polarities(text):
    return [c.polarity for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 47: the verbless "with no" phrase appended after a comma or dash
        (
            "The shortlist includes 12 painters, nine sculptors and four potters, with no women for the third year in a row.",
            "negative",
        ),
        (
            "On Monday she dismissed the board and fired the heads of the two banks — a loyal camp — with no reason given.",
            "positive",
        ),
        (
            "On Monday she dismissed the board and fired the heads of the two banks — a loyal camp — with no public reason.",
            "negative",
        ),
        ("You can enrol in a ten-week welding course—with no earlier training in metalwork—and become a welder.", "negative"),
        # near misses: a noun's modifier, a bracket on a noun, a "with" absolute clause with a predicate of its own
        ("She rented a studio with no windows.", "positive"),
        ("The firm has kept its old accounts, with no end in sight.", "positive"),
        ("They drove through the valley at night, with nobody around.", "positive"),
        ("The agency quoted a fee of $80, with no travel or other costs included.", "positive"),
        ("Facebook (name and followers, with no posts on the page): facebook.example/lindenhall", "positive"),
    ],
)
def test_appended_with_no_phrase(text, expected):
    assert _polarities(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 47: the "neither … nor" inside the "with" absolute clause was read as the statement's
        (
            "The reasons for the closure stayed unclear, with neither the mayor nor the police offering an explanation.",
            "positive",
        ),
        # near miss: a "neither … nor" pairing two phrases of the main clause's own
        ("The museum shows the coins neither in the main hall nor in the annex.", "negative"),
    ],
)
def test_neither_nor_inside_a_with_absolute(text, expected):
    assert _polarities(text)[0] == expected
