"""Accusing and blaming with a gerund (GUIDE decision 184): "accused X of -ing", "blamed X for -ing" report
content, attributed to the accuser; a noun phrase leaves a speech act with no attribution."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def one(text):
    out = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert len(out) == 1, [c.text for c in out]
    return out[0]


def attribution_of(text):
    claim = one(text)
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor accused the contractor of hiding the cost overruns.", ("mayor", "accused")),
        ("Ms. Varga blamed the railway for delaying the new timetable.", ("Varga", "blamed")),
        ("The union slammed the airline for cutting pilots' pay.", ("union", "slammed")),
        ("The auditors faulted the ministry for ignoring the warnings.", ("auditors", "faulted")),
        ("The senator has accused the agency of being careless with the data.", ("senator", "accused")),
    ],
)
def test_accusation_with_a_gerund_is_attributed_to_the_accuser(text, expected):
    source, cue = attribution_of(text)
    assert cue == expected[1]
    assert expected[0] in source


def test_passive_accusation_without_accuser_has_no_source():
    assert attribution_of("The council was accused of concealing the report.") == (None, "accused")


def test_passive_accusation_names_the_accuser_after_by():
    assert attribution_of("The minister is accused by critics of promoting reckless policies.") == ("critics", "accused")


def test_accusing_verb_joined_to_the_main_verb_attributes_the_clause():
    claim = one("Vietnam is a vocal critic of the plan and has accused Beijing of encroaching on its waters.")
    assert (claim.attribution.source, claim.attribution.cue) == ("Vietnam", "accused")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor accused the contractor of fraud.",  # a noun phrase: a speech act (decision 2)
        "The workers marched on Monday, accusing the police of beating them.",  # an appended participle (decision 14)
        "Anna faces extradition to a country which accuses her of leaking documents.",  # a relative clause
    ],
)
def test_accusation_without_a_reported_gerund_in_the_main_clause_is_not_attributed(text):
    assert one(text).attribution is None
