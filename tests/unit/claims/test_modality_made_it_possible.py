"""Modality, session 46 (h46modpol): "made it possible (for X) to" + verb is an enabling, read like "enabled X to"
(GUIDE decision 711(a): possibility in any tense; under "will" the inner frame decides, decision 15).

- "The new portal makes it possible for tenants to report repairs online", "The rules will make it possible to track
  each parcel": modality possibility.
- Kind follows the one enabled, as for "allowed X to" (decisions 711(a), 723): "Last spring the museum made it possible
  for visitors to reserve tickets by phone" is an event like "the museum allowed visitors to reserve …", not the state a
  result verb leaves ("has made investors wary", a fact).
- Near misses: "It is possible to …" with no "make" (decision 240: read from the outer verb, none), "made it impossible
  to" (no enabling), "made it possible" with no infinitive, and other "make it" + adjective idioms keep modality none.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _modality(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0].modality


def _kind(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0].kind


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


@pytest.mark.parametrize(
    ("text", "granting"),
    [
        # fail before the review's mend: the "make" + adjective read as a result state (a fact)
        (
            "Last spring the museum made it possible for visitors to reserve tickets by phone.",
            "Last spring the museum allowed visitors to reserve tickets by phone.",
        ),
        (
            "The deal made it possible for the club to sign two players in May.",
            "The deal enabled the club to sign two players in May.",
        ),
        (
            "The court made it possible for the firm to appeal next year.",
            "The court allowed the firm to appeal next year.",
        ),
    ],
)
def test_made_it_possible_takes_the_kind_of_allowed(text, granting):
    assert _kind(text) == _kind(granting) == "event"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a present enabling tells what a thing is like; a result state stays a fact
        ("The new portal makes it possible for tenants to report repairs online.", "fact"),
        ("The delays have made investors wary of the project.", "fact"),
    ],
)
def test_other_kinds_keep_their_reading(text, expected):
    assert _kind(text) == expected
