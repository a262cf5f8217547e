"""Kind: a "they" that stands for researchers or scientists named before (often in an earlier paragraph) finds what
their study found: "They found that the masks blocked most particles" is the study's result, a fact in the past tense
too, as "the researchers found that …" is (GUIDE decisions 17, 270). Beside the near misses: a "they" for the police
or for engineers, and the researchers' own act, stay events."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Scientists at a university in Oslo tested forty kinds of fabric.\n\n"
        "They found that the wool samples blocked most of the dust.",
        "Researchers in Lyon followed 900 cyclists for two years.\n\n"
        "They also discovered that riders over fifty healed more slowly.",
        # the finding closing the sentence as its tag
        "Astronomers pointed two telescopes at the nebula for a month.\n\n"
        "Brightness in its core dropped by half over those weeks, they found.",
    ],
)
def test_finding_of_a_they_for_researchers_is_a_fact(text):
    assert kinds(text)[-1] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # a "they" for a party that acts: what they found is what happened
        "Police searched the warehouse on Monday.\n\nThey found that the back door had been forced open.",
        "Engineers from the county inspected the bridge.\n\nThey found that a steel cable snapped during the storm.",
        # the researchers' own act, found by themselves (GUIDE decision 270: not the study's result)
        "Scientists at a lab in Turin repeated the test.\n\nThey found that they had mislabelled the samples.",
    ],
)
def test_finding_of_another_they_stays_an_event(text):
    assert kinds(text)[-1] == "event"


@pytest.mark.parametrize(
    "text",
    [
        # a party's act at one moment, found by researchers or a "they" for them (GUIDE decision 608: an incident)
        "Scientists sampled the river.\n\nThey found that the factory dumped waste into it last week.",
        "Researchers found that the plant dumped waste into the lake yesterday.",
    ],
)
def test_a_partys_act_at_a_moment_stays_an_event(text):
    assert kinds(text)[-1] == "event"


def test_a_they_past_another_group_of_people_stays_an_event():
    # another plural subject of people named between the researchers and the "they": whose finding it is stays open
    text = "Researchers studied the reef for years. Divers later returned with the police.\n\nThey found that the boat had sunk."
    assert kinds(text)[-1] == "event"


def test_they_for_studies_named_as_a_group_by_their_lemma():
    # (the lemma, not a cut "s": "studies" is a study's plural; claims.json `study_result_finder_nouns`)
    from declcli.claims.context import Context

    class They:
        lower_ = "they"

    ctx = Context()
    ctx.note_group("Two studies", "study")
    assert ctx.they_for_a_group_of(They(), frozenset({"study"}))
    ctx.plural_named_since = True
    assert not ctx.they_for_a_group_of(They(), frozenset({"study"}))
