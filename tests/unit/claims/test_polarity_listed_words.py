"""Polarity: the GUIDE's word list read literally, and the "no" that is no negation ("no matter …")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def polarities_of(text):
    return [c.polarity for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    "text, polarity",
    [
        # GUIDE decision 546(b): the "no" of a concessive "no matter" clause belongs to it, not to the statement
        ("No matter how loud the crowd got, the referee kept his calm.", "positive"),
        ("No matter what the polls say, the mayor is running again.", "positive"),
        ("“No matter who wins the vote,” Dana Reyes said, “I know the plant will reopen.”", "positive"),
        ("No matter how hard the rain falls, the match will not be called off.", "negative"),
        # the list's "no one", written with a hyphen
        ("No-one in the village had heard the blast.", "negative"),
        ("No-one else on the council had dared raise the matter.", "negative"),
        # decision 32: "Not surprisingly …" read literally, wherever the parser hangs the adverb
        ("Not surprisingly chronic asthma can limit your ability to exercise.", "negative"),
        ("Not unexpectedly the river flooded the lower fields again.", "negative"),
        # "fail at/in" + a gerund is the list's "fail to"; failing at a time or in a place is no denial
        ("The startup failed at raising enough money for a second plant.", "negative"),
        ("The council failed in securing the funds it had promised.", "negative"),
        ("The startup failed at the worst possible moment.", "positive"),
        ("Two engines failed in the cold.", "positive"),
    ],
)
def test_the_first_claims_polarity_follows_the_listed_words(text, polarity):
    assert polarities_of(text)[0] == polarity


@pytest.mark.parametrize("text", ["Would you ever sell the team? Never.", "“Would you ever sell the team?” “Never.”"])
def test_a_lone_never_answering_a_question_is_negative(text):
    # GUIDE decision 246: a one-word reply "Never." is a negated experience
    assert polarities_of(text) == ["positive", "negative"]


@pytest.mark.parametrize(
    "text, polarity",
    [
        # an appended "…, not X" hung under the gerund or infinitive the main clause governs (decisions 39, 186, 229)
        ("It's really about the league wanting to protect its brand, not about whether the players are safe.", "negative"),
        ("The dispute is about the city wanting to raise fares, not about the service itself.", "negative"),
        # not one inside a relative clause (decision 39)
        ("The hospital wants to hire nurses who can start now, not later.", "positive"),
    ],
)
def test_an_appended_contrast_under_the_governed_verb_counts(text, polarity):
    assert polarities_of(text)[0] == polarity
