"""Questions read by the tense rule of questions (GUIDE decisions 230, 296, 757): a yes/no question in the past
progressive or the present perfect, and a question in statement word order with a simple past or a present perfect, ask
about one happening (event); experience ("ever"), states, frames of the modality table and present tenses stay facts."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first_claim(text):
    return next(iter(extract_claims(text, split_sentences(text), published="2024-09-17")))


def mood_and_kind(text) -> tuple[str, str]:
    claim = first_claim(text)
    return claim.mood, claim.kind


@pytest.mark.parametrize(
    "text",
    [
        "Was Henderson sleeping?",
        "Were the Hawks resting their starters?",
        "Has the bridge been reopened?",
        "Have the talks collapsed?",
        "Has the ferry left?",
        # statement word order
        "Surely they trained on clay back then?",
        "So the ferry has finally left?",
        "Perhaps the old rivals have buried the hatchet?",
    ],
)
def test_a_question_on_one_past_or_perfect_happening_is_an_event(text):
    assert mood_and_kind(text) == ("question", "event")


@pytest.mark.parametrize(
    "text",
    [
        "Has anyone ever sailed it?",  # experience, no one happening
        "Have you ever wondered why the river floods?",
        "Were you expecting that?",  # a state of mind
        "Have they got enough money?",  # possession
        "Was Okafor hoping for a trade?",  # a frame of the modality table
        "Is the council listening?",  # present
        "They play on clay?",  # present, statement order
        "You were wrong?",  # a copula
        "So the ferry never left the harbour?",  # negated: disbelief, no happening put to the reader
    ],
)
def test_experience_states_frames_and_presents_stay_facts(text):
    assert mood_and_kind(text) == ("question", "fact")
