"""Chrome (session 54): an order to the reader to take in the page's media or to reach its writer ("Listen to the full
interview on Radio Ten.", "Hit play on the video below …", "Reach her at dana@gazette.com.", "Scroll down …", "For more,
follow her on Twitter at @danalee.") is a sign-up or share prompt, no claim (GUIDE claim section, decisions 80, 227);
an order of a how-to or a recipe that names no medium, a quoted order and the body stay claims."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_STORY = (
    "The ferry company will add a night crossing to Port Elm from May, its chief executive said on Tuesday.\n\n"
    "She told Radio Ten that the boats had run full all winter. "
    "Listen to the whole interview with her on Radio Ten's website.\n\n"
    "The company bought two boats last year. Hit play on the clip below to see the new boats leave the quay.\n\n"
    "We photographed the old and the new quay from the same spot. Scroll down slowly and guess which is which.\n\n"
    "Dana Lee covers transport for the Gazette. Reach her at dana.lee@gazette.example.com. "
    "For more, follow her on Twitter at @danalee_gazette.\n\n"
    "The night crossing will take ninety minutes."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Listen to the whole interview",
        "Hit play on the clip below",
        "Scroll down slowly",
        "Reach her at dana.lee",
        "For more, follow her on Twitter",
    ],
)
def test_a_call_to_take_in_the_media_or_reach_the_writer_is_no_claim(opening):
    claims = texts_of(_STORY)
    assert not any(text.startswith(opening) for text in claims), claims


def test_the_body_around_the_calls_stays_claims():
    claims = texts_of(_STORY)
    for opening in (
        "The ferry company will add",
        "She told Radio Ten",
        "The company bought two boats",
        "Dana Lee covers transport",
        "The night crossing will take",
    ):
        assert any(text.startswith(opening) for text in claims), (opening, claims)


@pytest.mark.parametrize(
    "order",
    [
        "Listen to your body and rest when the pain returns.",
        "Tap the glass gently to check the seal.",
        "Follow the coast road north until you reach the old mill.",
        "Check the label of the jar before you buy it.",
    ],
)
def test_an_order_naming_no_medium_nor_address_stays_a_claim(order):
    # a how-to's or a guide's steps are the text's own statements (decision 80 is about the page's prompts)
    claims = texts_of("The pier at Port Elm is busiest at dawn. " + order + "\n\nThe quay was rebuilt in 1990.")
    assert order in claims, claims


def test_a_quoted_order_to_listen_stays_the_speakers():
    text = '"Listen to the recording of the call," the lawyer told the jury.\n\nThe trial resumes on Monday.'
    assert any(t.startswith('"Listen to the recording') for t in texts_of(text)), texts_of(text)


def test_an_appeal_to_contact_someone_stays_the_storys():
    # a call to join or help a cause, with whom to write to in brackets, is what the story reports (not the page's)
    text = (
        "The trust needs forty volunteers to repaint the lamp room this summer. "
        "To join the effort, contact the trust's volunteer officer, Sam Roe (sam.roe@portelmtrust.example.org).\n\n"
        "The lamp was first lit in 1872."
    )
    assert any(t.startswith("To join the effort") for t in texts_of(text)), texts_of(text)


def test_scroll_read_as_a_noun_by_the_tagger_is_still_a_call():
    text = (
        "We took the same photo with both phones. Scroll down slowly and see if you can tell which is which.\n\n"
        "The new phone costs 400 euros."
    )
    assert not any(t.startswith("Scroll down") for t in texts_of(text)), texts_of(text)
