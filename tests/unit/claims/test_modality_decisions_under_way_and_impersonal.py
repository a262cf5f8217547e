"""Modality, session 40 (h40modpol): decision 210's frames of deciding in two more forms.

- The progressive "are choosing to", "is deciding to" + verb tells the deciding under way: intention, as "chose to"
  and "has decided to" are (GUIDE decision 210; the kind by the one who decides, a generic class a fact).
- The impersonal passive "It was decided to" + verb, with no party named, is a decision taken: in the past an event,
  intention (decision 210(a)). A party chosen ("She was chosen to lead") is no frame of deciding.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _fields(text):
    return [(c.modality, c.polarity, c.kind) for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 40: the progressive and the impersonal passive were no frame (modality none)
        ("More and more families are choosing to leave the valley.", ("intention", "positive", "fact")),
        ("The board is choosing not to act.", ("intention", "negative", "commitment")),
        ("It was decided to close the old mill.", ("intention", "positive", "event")),
    ],
)
def test_deciding_under_way_and_the_impersonal_decision_are_intentions(text, expected):
    assert _fields(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She was chosen to lead the team.",
        "The stadium was chosen to host the final.",
    ],
)
def test_a_party_or_thing_chosen_is_no_frame(text):
    assert [m for m, _, _ in _fields(text)] == ["none"]
