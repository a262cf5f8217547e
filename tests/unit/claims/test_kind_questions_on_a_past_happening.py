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
        # a negated act on one specific occasion stays an event, as its statement does (decision 246)
        "So the ferry never left the harbour?",
        "Has the ferry not left the harbour?",
        # the simple past passive, which the parser hangs on "was" with the participle as an adjective
        "Was the goalkeeper sent off?",
        "Were any fines issued?",
        # a tag the parser takes for the ROOT asks the clause it ends (decision 306)
        "The harbour master resigned last week, right?",
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
        "Were the drivers tired?",  # a participle telling a state
        "Was the castle located on a hill?",  # a stative passive
        # experience over a span, or the reader's own experience or knowledge (decision 246)
        "Have you wondered why the river floods?",
        "Have you heard of the Lantern Choir?",
        "You've heard of the Lantern Choir?",
        "Have you tried the new ferry timetable?",
        "Has the bakery lost money before?",
        "Have you noticed how quiet the harbour is?",
    ],
)
def test_experience_states_frames_and_presents_stay_facts(text):
    assert mood_and_kind(text) == ("question", "fact")


@pytest.mark.parametrize(
    "text",
    [
        # asked, the clause keeps the kind its statement has: "always", a practice kept up over a span (decision 439),
        # a negated experience over a span (decision 246)
        "Has the library always opened on Sundays?",
        "Has the union long campaigned for shorter shifts?",
        "Has the bakery never lost money?",
    ],
)
def test_a_question_keeps_the_fact_its_statement_is(text):
    assert mood_and_kind(text) == ("question", "fact")
