"""Attribution, session 35: a reporting verb inside a relative clause with no "that" (GUIDE decision 2).

In "nearby places Expedia thinks should be booked" the reported verb ("should be booked") has no subject of its own:
the noun before the reporting verb's subject ("places") is it, so "Expedia thinks" sits in a relative clause that says
which places, whatever head the parser gave the sentence. The unit reports nothing: no attribution. A reporting verb
whose clause keeps its own subject still reports ("On Monday police said the road was closed")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def test_report_in_a_contact_relative_is_no_attribution():
    # fails before session 35: {source: "Expedia", cue: "thinks"}
    claims = _claims("Users see a list of hotels in the area as well nearby places Expedia thinks should be booked.")
    assert claims
    assert claims[0].attribution is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday police said the road was closed.", ("police", "said")),
        ("The mayor told reporters the bridge would open in May.", ("mayor", "told")),
        ("Officials in Lagos say crime has fallen.", ("Officials in Lagos", "say")),
        # (and verbs of the set phrases of claims.json `speech_idioms` outside them)
        ("Lee told reporters all the mines were closed.", ("Lee", "told")),
        ("Officials said enough was done to stop the flood.", ("Officials", "said")),
    ],
)
def test_report_with_its_own_subject_still_reports(text, expected):
    attribution = _claims(text)[0].attribution
    assert attribution is not None
    assert (attribution.source, attribution.cue) == expected
