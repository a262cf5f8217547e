"""Session 40 mend (mend40d): "The judge is deciding whether to grant bail", "chose which plant to close": deciding an
open question ("whether"/"if" or a question word before the infinitive) is a deliberation under way (GUIDE decision
276), no decision taken (decision 210): modality none, in every tense."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text",
    [
        "The judge is deciding whether to grant bail.",
        "The board decided whether to sell the plant.",
        "The board chose which plant to close.",
        "The panel is deciding where to send the case.",
    ],
)
def test_deciding_an_open_question_is_deliberation(text):
    claim = _claims(text)[-1]
    assert (claim.kind, claim.modality) == ("event", "none")
