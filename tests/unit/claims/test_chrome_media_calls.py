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


@pytest.mark.parametrize(
    "appeal",
    [
        "To join the effort, contact the trust's volunteer officer, Sam Roe (sam.roe@portelmtrust.example.org).",
        "To join the effort, reach the trust's volunteer officer, Sam Roe, at sam.roe@portelmtrust.example.org.",
        "To donate, reach the food bank's manager, Sam Roe, on 0161 555 0199 or at sam.roe@foodbank.example.org.",
        "If you saw Amy, reach her mother at findamy@example.org or call police on 101.",
        "If you saw Amy, reach her at findamy@example.org or call police on 101.",
        "If you are struggling, reach out to the Samaritans on 116 123 or at jo@samaritans.example.org.",
        "Reach the trust at info@portelmtrust.example.org.",
        "For help, reach the council's housing team at housing@council.example.gov.uk.",
        "If your symptoms get worse, chat with a nurse online at nhs.example.uk or call 111.",
    ],
)
def test_an_appeal_to_contact_someone_stays_the_storys(appeal):
    # a call to join, help or get help, with whom to write to, names another party of the story: a claim (GUIDE
    # decision 378); only the writer's or the outlet's address is no claim (decision 363: "Reach her at …" above)
    text = (
        "The trust needs forty volunteers to repaint the lamp room this summer. " + appeal + "\n\nThe lamp was first lit in 1872."
    )
    assert appeal in texts_of(text), texts_of(text)


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Listen to the recording, and you can hear the pilot warn the tower twice.",
            ("Listen to the recording", "you can hear"),
        ),
        ("Play the clip at half speed and the ball clearly crosses the line.", ("Play the clip", "the ball clearly crosses")),
        (
            "Scroll back to 2019, and the company was losing money every quarter.",
            ("Scroll back to 2019", "the company was losing"),
        ),
    ],
)
def test_an_order_joined_to_the_writers_statement_stays_claims(sentence, parts):
    # the writer's own statement joined by "and" makes the sentence a claim, its order too (GUIDE decisions 813, 957)
    claims = texts_of("Investigators released the recording on Tuesday.\n\n" + sentence + "\n\nThe report is due in June.")
    for part in parts:
        assert any(part in text for text in claims), (part, claims)


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        ("Listen to a podcast or an audiobook instead of scrolling on your phone before bed.", "Listen to a podcast"),
        ("Watch for the signs shown in the NHS video: a drooping face, weak arms and slurred speech.", "Watch for the signs"),
        (
            "Listen to your children, the report's authors urge, and talk about what they see online and in the videos they "
            "watch.",
            "Listen to your children",
        ),
        ("Follow the campaign under #SaveOurPier, its organisers say.", "Follow the campaign"),
    ],
)
def test_advice_that_only_mentions_a_medium_or_is_a_speakers_stays_a_claim(sentence, opening):
    # telling the reader to act in the world is decision 18's imperative claim (GUIDE decision 957); the medium is no
    # object of the order's verb, or a kind of medium ("a podcast"), not the page's; a speaker's tag makes it reported
    claims = texts_of("Sleep experts say most adults need seven hours a night.\n\n" + sentence + "\n\nAvoid coffee after 2pm.")
    assert any(text.startswith(opening) for text in claims), claims


def test_an_order_to_click_the_pages_link_is_no_claim():
    text = "The report runs to 300 pages.\n\nClick the link below to watch the video summary.\n\nIt was published on Monday."
    assert not any(t.startswith("Click the link") for t in texts_of(text)), texts_of(text)


def test_scroll_read_as_a_noun_by_the_tagger_is_still_a_call():
    text = (
        "We took the same photo with both phones. Scroll down slowly and see if you can tell which is which.\n\n"
        "The new phone costs 400 euros."
    )
    assert not any(t.startswith("Scroll down") for t in texts_of(text)), texts_of(text)
