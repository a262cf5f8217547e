"""Which units of the body are claims at all: page chrome against short statements, headlines set into
the story, display copies and the like (GUIDE "claim: true | false")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def texts_of(text, published="2024-03-05"):
    return [c.text for c in extract_claims(text, split_sentences(text), published=published)]


@pytest.mark.parametrize("reply", ["Why?", "Not again!", "No chance.", "Oh, well.", "“Thanks.”", "Like Google!."])
def test_a_short_reply_or_exclamation_inside_a_paragraph_is_a_claim(reply):
    text = f"The mayor read the letter twice. {reply} Then she called the council."
    assert reply in texts_of(text)


@pytest.mark.parametrize("piece", ["News.", "9:40 pm EST."])
def test_a_short_credit_or_time_inside_a_paragraph_is_still_chrome(piece):
    text = f"The mayor read the letter twice. {piece} Then she called the council."
    assert piece not in texts_of(text)
