"""Session 40 mend (mend40d): "know", "understand" or "see" + a wh-clause tells that an answer is known without giving
it (GUIDE decisions 134, 578(d)): kind `fact`, modality none, positive, the clause's negation not passed. Also where the
question word is a determiner ("which door … through", "whose side … on") or pied-piped ("to whom she did not send
…"), and where it hangs on a stranded preposition ("where the leak did not come from"). Not an adverbial clause of its
own before the subject ("that when it rains, the roof does not hold": a stated clause, negative) nor a free relative as
the subject ("what the board wants does not matter")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text",
    [
        "We know which door the thief did not come through.",
        "I know to whom she did not send the letter.",
        "We know whose side he was not on.",
        "We know where the leak did not come from.",
        '"At this moment, we know where the leak did not come from," the captain said.',
    ],
)
def test_a_known_open_question_is_a_positive_fact(text):
    claim = _claims(text)[-1]
    assert (claim.kind, claim.modality, claim.polarity) == ("fact", "none", "positive")


@pytest.mark.parametrize(
    "text",
    ["We know that when it rains, the roof does not hold.", "I think what the board wants does not matter."],
)
def test_a_clause_of_time_or_a_free_relative_before_the_subject_is_no_question(text):
    assert _claims(text)[-1].polarity == "negative"
