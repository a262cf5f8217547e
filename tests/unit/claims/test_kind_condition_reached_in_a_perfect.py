"""Kind: a perfect, present or past, of "get", "go", "grow" or "turn" with an adjective tells the condition the subject
has come to be in (GUIDE decision 393's change-of-state verb with no happening at a given moment: fact), as the
progressive does ("is growing impatient"); a change that is itself a happening, one placed at a moment, a happening
or a measure as subject, and an act on an object stay events."""

import pytest

from declcli.claims import extract_claims
from declcli.claims.nlp import load_model
from declcli.claims.reading import kind_decided
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour traders have gone quiet about the new tolls.",
        "The county board has grown wary of the bypass plan.",
        "Relations between the two clubs had turned sour.",
        "The ferry crew had gotten too tired to sail.",
        "We kind of have gotten used to the delays on the line.",
        "I had grown accustomed to the long winters in the valley.",
    ],
)
def test_a_condition_come_to_in_a_perfect_is_a_fact(text):
    assert kinds(text) == ["fact"]


@pytest.mark.parametrize(
    "text",
    [
        # a change that is itself a happening
        "The video of the parade has gone viral.",
        "The hiker had gone missing near the ridge.",
        # a change placed at a moment
        "By noon the crowd had grown restless.",
        # a happening or a measure as subject
        "The storm has grown stronger.",
        "Shares of the bakery chain have gotten cheaper.",
        # an act on an object
        "The council has turned the old mill into a museum.",
    ],
)
def test_a_change_told_as_a_happening_stays_an_event(text):
    assert kinds(text) == ["event"]


def test_the_rule_that_decides_is_named():
    doc = load_model()("Harbour traders have gone quiet about the new tolls.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert kind_decided(root, "none", "statement", doc.text) == ("fact", "condition_reached")


@pytest.mark.parametrize("text", ["The river has grown wider.", "Typhoon Mira had grown more intense."])
def test_one_things_size_or_force_compared_stays_an_event(text):
    # (GUIDE decision 854: one thing's change, not a condition come to)
    assert kinds(text) == ["event"]


@pytest.mark.parametrize(
    "text",
    [
        "By dawn the crowd at the gate had grown angry.",
        "At dusk the crowd at the gate had grown restless.",
        "The crowd at the gate had grown angry by dawn.",
        "The crowd had suddenly grown quiet.",
        "Soon the streets had gone quiet.",
        "Then the crowd had turned hostile.",
    ],
)
def test_a_change_placed_at_a_moment_without_a_date_stays_an_event(text):
    # (GUIDE decisions 267, 393, 541, 603: claims.json `becoming_moment`, as `_development_became` reads it)
    assert kinds(text) == ["event"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator has gone bust.",
        "The builder has gone insolvent.",
        "Something has gone wrong with the ferry's engine.",
        "The rescue plan has gone awry.",
        "The phone lines in the valley have gone dead.",
    ],
)
def test_more_changes_that_are_happenings_stay_events(text):
    assert kinds(text) == ["event"]


@pytest.mark.parametrize(
    "text",
    ["The fight has turned ugly.", "The protest has turned violent.", "The clashes in the north have turned deadly."],
)
def test_a_fight_protest_or_clash_as_subject_stays_an_event(text):
    # (GUIDE decision 393: no happening as subject and verb)
    assert kinds(text) == ["event"]


@pytest.mark.parametrize("text", ["The couple have gotten married.", "Two climbers had gotten stuck on the ledge."])
def test_a_participle_of_get_that_tells_a_happening_stays_an_event(text):
    assert kinds(text) == ["event"]


def test_an_act_readied_stays_an_event():
    assert kinds("The crews have gotten ready for the storm.") == ["event"]


def test_a_role_taken_stays_an_event():
    assert kinds("The striker has turned professional.") == ["event"]


@pytest.mark.parametrize("text", ["Life in the camp has not grown easier.", "Life in the camp has not grown any easier."])
def test_a_negated_perfect_is_read_alike_with_or_without_any(text):
    # (refused as `_condition_changing` refuses a negated progressive; both read as before the rule)
    assert kinds(text) == ["event"]


def test_dark_is_a_happening_with_go_only():
    # ("the network has gone dark": an outage; "the mood has turned dark" is a condition come to, as "has grown darker")
    assert kinds("The network has gone dark for the second time this week.") == ["event"]
    assert kinds("The mood in the capital has turned dark.") == ["fact"]
