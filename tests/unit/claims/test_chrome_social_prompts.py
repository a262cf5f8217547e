"""Kept chrome (session 36): a line that asks the reader to follow an account or to post with a tag, worded as an
imperative or a "you can" sentence in the body, is a follow or share prompt, no claim (GUIDE claim section, decisions
80, 269); a sentence that only reports someone's post or tag, or a speaker's call, stays a claim."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_STORY = (
    "The lighthouse at Port Elm will open to visitors on Saturday for the first time in forty years.\n\n"
    "The harbour trust spent two years restoring the lamp room, its director said.\n\n"
    "Snap a photo of the lamp from the quay and post it to Instagram with the hashtag #portelmlight.\n\n"
    "You can also keep up with the restoration by following @portelmtrust on Twitter.\n\n"
    "Last week the trust shared the hashtag #portelmlight with its volunteers.\n\n"
    "The lamp was first lit in 1872."
)


def test_a_call_to_post_with_a_tag_is_no_claim():
    claims = texts_of(_STORY)
    assert not any(text.startswith("Snap a photo of the lamp") for text in claims), claims


def test_a_you_can_call_to_follow_an_account_is_no_claim():
    claims = texts_of(_STORY)
    assert not any(text.startswith("You can also keep up") for text in claims), claims


def test_a_reported_post_with_a_tag_and_the_body_stay_claims():
    claims = texts_of(_STORY)
    assert any(text.startswith("Last week the trust shared the hashtag") for text in claims), claims
    assert any(text.startswith("The harbour trust spent two years") for text in claims), claims


def test_a_speakers_quoted_call_to_follow_stays_theirs():
    text = '"Follow us @portelmtrust and post your photos," the director told the crowd.\n\nThe lamp was first lit in 1872.'
    assert any(t.startswith('"Follow us @portelmtrust') for t in texts_of(text)), texts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may have read the notice about the ferry, which was shared by @portelmtrust on Monday.",
        "Q: You posted a photo of the quay with #portelmlight after the storm.",
    ],
)
def test_a_sentence_that_reports_a_post_stays_a_claim(text):
    # decisions 80 and 269 are about calls to follow or share; a past post or one in a relative clause is reported
    assert texts_of(text), text
