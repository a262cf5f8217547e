"""Attribution, session 29: an expectation is no report (GUIDE decisions 171, 252, 356, 399). "expect X to" + verb, "expect"
with a noun phrase (even one with quoted words) and the passive with no holder give no attribution; the clause keeps the
table's "expects to" (modality intention). "expect (that)" + a finite clause stays a belief verb with its holder as the
source, and other verbs of report keep theirs."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def attributions(text):
    return [claim.attribution and (claim.attribution.source, claim.attribution.cue) for claim in claims_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Technicians expected the pump to shut down within an hour.",
        "The bakery chain expects winter sales to pick up in the second half.",
        "Several fund managers had expected Orlenko Foods to announce a buyback before the summer.",
        "Nearly all the councillors polled last month expect the mayor to win a second term.",
        "Only one of them will speak tonight, but expect the rival's absence to shape the debate.",
    ],
)
def test_expect_object_to_is_no_report(text):
    claims = claims_of(text)
    assert [claim.attribution for claim in claims] == [None]
    assert claims[0].modality == "intention"


@pytest.mark.parametrize(
    "text",
    [
        'The weather office expects a swell of up to three metres "along the northern beaches" on Sunday.',
        "The new ferry line isn't expected until the autumn, but the operator is already hiring crews.",
    ],
)
def test_expected_thing_or_passive_without_holder_is_no_report(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour master expects that the channel will reopen in May.", ("harbour master", "expects")),
        ("Dana Whitlow expected that the board would reject the offer.", ("Dana Whitlow", "expected")),
        ("The bakery chain said winter sales would pick up in the second half.", ("bakery chain", "said")),
    ],
)
def test_expect_that_clause_and_other_reports_keep_their_source(text, expected):
    assert attributions(text)[0] == expected
