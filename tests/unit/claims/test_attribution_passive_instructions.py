"""A passive instruction or piece of advice with nobody named as giving it ("were told to stay in port", "are advised to
check their tires") reports no one's statement: no attribution, its modality read from the frame (GUIDE decisions 377
and 704(a), which refine decision 24's "is said to"). A passive that passes content ("were told that …") and an
instruction inside a speaker's report keep theirs."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Drivers are advised to check their tires before the long trip.", "recommendation"),
        ("Home owners are advised to change their locks as soon as possible.", "recommendation"),
        ("The ferry crews were told to stay in port.", "obligation"),
        ("Once the boats docked, the fishermen were told to stop using the old nets.", "obligation"),
        ("Farmers have been told for years to avoid planting near the river.", "obligation"),
    ],
)
def test_passive_instruction_by_nobody_named_has_no_attribution(text, modality):
    claim = first(text)
    assert claim.attribution is None
    assert claim.modality == modality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff were told that the office would close in May.", (None, "told")),
        ("Police said residents were told to stay indoors.", ("Police", "said")),
    ],
)
def test_reported_content_keeps_its_attribution(text, expected):
    claim = first(text)
    assert (claim.attribution.source, claim.attribution.cue) == expected
