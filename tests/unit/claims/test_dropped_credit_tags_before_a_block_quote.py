"""A line that is only a credit to a named source before the quotation set apart below it ("Per Axios:", "According to
the Harbour Gazette:"): GUIDE decision 567(a)'s speaker tag standing alone, a claim of that source with decision 385's
cue "per" or decision 24's "according to", no list's heading; decision 178's verbless credit line ("From the museum's
curator on the new wing:") stays no claim."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_QUOTE = (
    "\n\nThe ferry company will raise its fares again in June, two people who saw the plan said.\n\nIt has not told the port."
)


def _claim(text, opening):
    """The text's first claim that opens with `opening`, or None."""
    return next(
        (c for c in extract_claims(text, split_sentences(text), published="2024-03-05") if c.text.startswith(opening)), None
    )


@pytest.mark.parametrize(
    "tag, source, cue",
    [
        ("Per Quayside:", "Quayside", "per"),
        ("Per the Harbour Gazette:", "Harbour Gazette", "per"),
        ("According to the Harbour Gazette:", "Harbour Gazette", "according to"),
    ],
)
def test_a_credit_line_before_a_block_quote_is_a_claim_of_its_source(tag, source, cue):
    # dropped as a list's heading at dcb21348
    claim = _claim("Fares rose by a fifth on Monday, the port authority said.\n\n" + tag + _QUOTE, tag)
    assert claim is not None
    assert (claim.attribution.source, claim.attribution.cue) == (source, cue)


@pytest.mark.parametrize("line", ["From the museum's curator on the new wing:", "Per the figures:", "Per Month:"])
def test_a_credit_line_that_names_nobody_or_only_says_from_stays_no_claim(line):
    # near miss: decision 178's verbless credit line, "per" before no name, and a box's label of a rate
    assert _claim("Fares rose by a fifth on Monday, the port authority said.\n\n" + line + _QUOTE, line) is None


@pytest.mark.parametrize("label", ["Per Annum:", "Per Diem:"])
def test_a_boxs_label_of_a_rate_is_no_claim_and_credits_no_source(label):
    # near miss (review h46chrome, finding 5): "Per Annum:" labels a rate, its noun no source, neither of the label's
    # line nor of the sentence below it
    text = "Fares rose by a fifth on Monday, the port authority said.\n\n" + label + "\n\nThe season ticket costs $40."
    assert _claim(text, label) is None
    below = _claim(text, "The season ticket costs")
    assert below is not None
    assert below.attribution is None
