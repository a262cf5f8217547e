"""Attribution, session 35: a name that opens a relative clause without "that" on the noun before it ("the company
Tom Reed founded", "the film Dana Lee directed") is not described by that noun: "the company" is what Reed founded, not
Reed. A later "the company said" is no person's word (GUIDE decisions 4 and 437: a description resolves to the body or
person it points back to, as the text ties them)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _last_attribution(text):
    attribution = extract_claims(text, split_sentences(text), published="2024-03-05")[-1].attribution
    return attribution and (attribution.source, attribution.cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fails before session 35: "Tom Reed", the founder named after "the company"
        (
            "Regulators fined Castleford Mining, the company Tom Reed founded in 1990, on Tuesday.\n\n"
            "The company said it would appeal the fine.",
            ("Castleford Mining", "said"),
        ),
        # fails before session 35: "Tom Reed"; with no body named before, the description stays as written
        (
            "Ann Cole was hired in May by the company Tom Reed founded.\n\nThe company said it would appeal the fine.",
            ("company", "said"),
        ),
        # a description in front of a name that is its own verb's subject still describes the name
        ("Actor Tom Reed spoke on Monday.\n\nThe actor said he would return to the stage.", ("Tom Reed", "said")),
        ("The actor Tom Reed spoke on Monday.\n\nThe actor said he would return to the stage.", ("Tom Reed", "said")),
    ],
)
def test_description_before_a_contact_relative(text, expected):
    assert _last_attribution(text) == expected
