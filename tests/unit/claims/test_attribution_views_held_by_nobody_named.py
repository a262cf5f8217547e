"""Passives that report, find or judge with no holder named read like "is said to": source null, cue the verb (GUIDE
decisions 24, 108, 477): "is regarded as", "were deemed", "are claimed to", "was understood to",
a passive joined to the clause it judges ("… and is considered the best place …"), and a finding with "it" and a
that-clause ("It has been found that …", "It has been well established that …")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The old lighthouse is regarded as the finest on the coast.", "regarded"),
        ("Half of the bridges were deemed unsafe after the flood.", "deemed"),
        ("Several large banks are claimed to be part of the scheme.", "claimed"),
        ("Hard work was understood to be a duty in the village.", "understood"),
        ("The lake is the deepest in the region and is therefore considered the best place to study trout.", "considered"),
        ("In Welsh, ll is a single sound but is not considered a separate word.", "considered"),
        ("It has been found that the moss grows faster in cities.", "found"),
        ("It has been well established that music can bring back old memories.", "established"),
    ],
)
def test_a_view_or_finding_held_by_nobody_named(text, cue):
    out = claims_of(text)
    assert len(out) == 1, [c.text for c in out]
    assert out[0].attribution is not None, text
    assert out[0].attribution.source is None
    assert out[0].attribution.cue == cue


def test_a_negated_view_joined_to_a_statement_leaves_the_statement_positive():
    out = claims_of("In Welsh, ll is a single sound but is not considered a separate word.")
    assert out[0].attribution is not None and out[0].attribution.cue == "considered"
    assert out[0].polarity == "positive"


def test_a_finding_joined_to_a_narrative_is_no_view():
    out = claims_of("He was arrested, but he denied the charge and was later found to be innocent.")
    assert out
    assert all(c.attribution is None for c in out), [(c.text, c.attribution) for c in out]


def test_a_finding_established_by_a_study_is_the_studys():
    out = claims_of("The inquiry established that the driver had been asleep.")
    assert out[0].attribution is not None
    assert (out[0].attribution.source, out[0].attribution.cue) == ("inquiry", "established")


@pytest.mark.parametrize(
    "text",
    [
        "The company was established in 1990.",
        "The two countries established diplomatic ties in May.",
    ],
)
def test_no_unnamed_holder(text):
    out = claims_of(text)
    assert out, text
    assert all(c.attribution is None or c.attribution.source is not None for c in out), [(c.text, c.attribution) for c in out]


def test_a_view_held_by_a_holder_named_after_by():
    # (GUIDE decision 172: the holder named after "by" is the source)
    out = claims_of("The lighthouse was regarded by the keepers as a burden.")
    assert out[0].attribution is not None
    assert (out[0].attribution.source, out[0].attribution.cue) == ("keepers", "regarded")


@pytest.mark.parametrize(
    "text, source",
    [
        ("The old bridges need urgent repairs, the inspectors found.", "inspectors"),
        ("The river was far cleaner than in 1990, the engineers found.", "engineers"),
    ],
)
def test_a_closing_tag_of_people_who_found(text, source):
    out = claims_of(text)
    assert len(out) == 1, [c.text for c in out]
    assert out[0].attribution is not None
    assert (out[0].attribution.source, out[0].attribution.cue) == (source, "found")


def test_a_thing_found_after_the_verb_is_no_closing_tag():
    out = claims_of("That's right — a farmer found a statue in the field.")
    assert all(c.attribution is None for c in out), [(c.text, c.attribution) for c in out]
