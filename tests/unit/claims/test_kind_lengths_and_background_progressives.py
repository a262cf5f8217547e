"""Kind of past statements that give an event's length or set the background of another happening (GUIDE decisions
550, 664(c))."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kind_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    assert claims, text
    return claims[0].kind


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry terminal took half a decade to build on the marshland.",
        "It took me quite a while to understand the rules of the club.",
        "The tribunal took just over an hour to hear the appeal and reach its ruling.",
        "It took nearly six hours to finish the final round at the indoor arena.",
        "The airline took two years to resume flights after the crash.",
        # (the parser hangs the infinitive on the length as a relative)
        "The scandal, remember, took more than three years to unfold.",
    ],
)
def test_the_length_a_happening_took_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The minister took a six-month trip to the northern provinces.",
        "The coach took ten days off work after the injury.",
        "She took the time to thank every volunteer at the depot.",
        # (a time adverb placing the act is no length)
        "Last year I took a pay cut to move to a smaller firm.",
    ],
)
def test_taking_a_trip_leave_or_the_time_to_act_stays_an_event(text):
    assert kind_of(text) == "event"
