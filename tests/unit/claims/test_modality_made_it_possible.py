"""Modality, session 46 (h46modpol): "made it possible (for X) to" + verb is an enabling, read like "enabled X to"
(GUIDE decision 711(a): possibility in any tense; under "will" the inner frame decides, decision 15).

- "The new portal makes it possible for tenants to report repairs online", "The rules will make it possible to track
  each parcel": modality possibility.
- Near misses: "It is possible to …" with no "make" (decision 240: read from the outer verb, none), "made it impossible
  to" (no enabling), "made it possible" with no infinitive, and other "make it" + adjective idioms keep modality none.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _modality(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0].modality


@pytest.mark.parametrize(
    "text",
    [
        # fail before session 46
        "The new portal makes it possible for tenants to report repairs online.",
        "The rules will make it possible to track each parcel from the farm to the shop.",
        "Last spring the museum made it possible for visitors to reserve tickets by phone.",
    ],
)
def test_made_it_possible_is_an_enabling(text):
    assert _modality(text) == "possibility"


@pytest.mark.parametrize(
    "text",
    [
        "It is possible to repair the old bridge.",
        "The fog made it impossible to land the plane.",
        "The grant made it possible.",
        "The singer made it big in Paris.",
    ],
)
def test_other_forms_keep_modality_none(text):
    assert _modality(text) == "none"
