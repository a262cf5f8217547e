"""Chrome claims (session 44, h44chrome): captions that an extraction keeps with their picture's furniture. A caption
with its credit glued to its end ("… flooded.CreditCreditDana Lee/The Harbour Times", "… in the crisis Credit: SAM ROE/
AFP": a photographer and an outlet after it), the paragraph it closes and the subheading without a stop set right below
it; a bare credit line ("Credit Dana Lee/Agence Kestrel — Harbour Images"); the verbless first sentence below a
picture's label line ("Image", "Photo"); a caption placing persons between commas ("Dana Lee, right, meets …") or in a
stated order ("Clockwise from top: …"); a gallery widget's label; a one-sentence paragraph right above a credit line
with its enlarging widget's words ("Credit: … View full size image", decision 870); and a line that announces a list and
credits it (GUIDE decision 897). Near misses stay claims: "Credit Suisse" in a sentence, a credit product's name before
a colon ("Child Tax Credit: Payments start …"), a word glued to "Credit" after a stop ("….CreditCard fees …"), a
story's sentence below a picture's label with a finite verb, "right" as an answer or after a discourse word ("Well,
right, …"), the story's sentences after a caption in the same paragraph, a story paragraph of two sentences above a
credit line, "Here's how X described it:", a "Here are …" line whose reporting verb reports a clause ("… the minister
said will take effect …")."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_BODY = "The ferry to Port Elm will run twice a day from Monday, the harbour board said."
_NEXT = "The first crossing leaves at 7 a.m."


def _claims_around(line: str) -> list[str]:
    return texts_of(f"{_BODY}\n\n{line}\n\n{_NEXT}")


def _claims_below_a_picture(caption: str, below: str = "March 4, 2019") -> list[str]:
    # the page's picture kept as its label line, then the caption, then a date or subheading line without a stop
    return texts_of(f"{_BODY}\n\nImage\n\n{caption}\n\n{below}\n\n{_NEXT}")


@pytest.mark.parametrize(
    "caption",
    [
        "In 1998, floodwater poured into the tunnels under Kelport, a city engineer said.CreditDana Lee for The Harbour Times",
        "Repairs to the pier may cost more than the board planned.CreditCreditSam Roe/Kestrel Wire, via Harbour Images",
    ],
)
def test_a_caption_with_its_credit_glued_on_is_no_claim(caption):
    claims = _claims_below_a_picture(caption)
    assert not any("Credit" in c or c.startswith(caption[:15]) for c in claims), claims
    assert any(c.startswith("The first crossing") for c in claims), claims


def test_every_sentence_of_a_short_paragraph_closed_by_a_glued_credit_is_the_caption():
    claims = _claims_below_a_picture(
        "A crane lifting a hull section at the yard last week. The yard builds two ferries a year.CreditAnn Holm/Gazette"
    )
    assert not any(c.startswith(("A crane", "The yard")) for c in claims), claims


def test_a_caption_and_its_credit_after_a_colon_with_no_stop_before_it_are_no_claims():
    claims = _claims_around(
        "Lighthouse keepers wave from the gallery of the Kelport light in 1987. The light was automated two years "
        "later Credit: INGRID VOSS/ Kestrel Wire"
    )
    assert not any(c.startswith(("Lighthouse keepers", "The light was")) for c in claims), claims
    assert any(c.startswith("The first crossing") for c in claims), claims


def test_a_subheading_without_a_stop_below_a_credited_caption_is_no_claim():
    claims = _claims_below_a_picture(
        "Crews cleared the slipway in 1980.CreditAnn Holm for The Gazette", "The buoy tender that nobody wanted to buy"
    )
    assert not any(c.startswith(("Crews", "The buoy tender")) for c in claims), claims
    assert any(c.startswith("The first crossing") for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "Shares of Credit Suisse fell 4 percent in Zurich on Tuesday.",  # a bank's name, no credit glued on
        "The harbour board gave Credit Union Kelport a loan.",
        "Sam Roe asked if the ferry turns left or right, and the captain said right.",  # no position in a picture
    ],
)
def test_a_story_sentence_with_the_credit_or_position_words_stays_a_claim(line):
    claims = _claims_around(line)
    assert any(c.startswith(line[:12]) for c in claims), claims


def test_the_verbless_first_sentence_below_a_picture_label_is_a_caption_and_the_rest_stays():
    text = (
        "Photo\n\nHarbour pilots at the quay in Port Elm on Monday. The board has said it will hire six more pilots "
        "this year. Credit Dana Lee/Agence Kestrel — Harbour Images\n\n" + _NEXT
    )
    claims = texts_of(text)
    assert not any(c.startswith(("Harbour pilots", "Credit")) for c in claims), claims
    assert any(c.startswith("The board has said") for c in claims), claims


def test_a_sentence_with_a_finite_verb_below_a_picture_label_stays_a_claim():
    claims = texts_of(f"Image\n\nHarbour pilots went on strike in Port Elm on Monday.\n\n{_NEXT}")
    assert any(c.startswith("Harbour pilots") for c in claims), claims


@pytest.mark.parametrize(
    "caption",
    [
        "The pilot Ann Holm, left, with the harbour master at the quay in 2019.",
        "Clockwise from top: a ferry's bell; rope from the old pier; the harbour master's logbook.",
        "From left to right: the pilots Sam Roe, Ed Lee and Ann Holm at the quay.",
    ],
)
def test_a_caption_placing_what_it_shows_is_no_claim(caption):
    claims = _claims_around(caption)
    assert not any(c.startswith(caption[:12]) for c in claims), claims


def test_a_gallery_label_is_no_claim():
    claims = texts_of(f"{_BODY}\n\n{_NEXT}\n\nGallery: Port Elm ferries | 12 Photos\n\nfrom $610.00\n\n87")
    assert not any(c.startswith("Gallery") for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "Here are the little habits the deckhands would rather keep from passengers, according to answers collected "
        "in an online poll.",
        "Here are a few of the habits that pilots never tell you about when you book, according to replies posted on Reddit.",
    ],
)
def test_a_line_announcing_a_list_with_its_credit_is_no_claim(line):
    claims = texts_of(f"Ferries are not always cleaned as often as they should be.\n\n{line}\n\n{_NEXT}")
    assert not any(c.startswith("Here are") for c in claims), claims


def test_a_speakers_tag_before_a_quote_stays_a_claim():
    claims = _claims_around("Here’s how one harbour pilot described it:")
    assert any(c.startswith("Here’s how") for c in claims), claims


def test_a_one_sentence_paragraph_above_a_credit_with_its_enlarging_widget_is_a_caption():
    text = (
        f"The old ferry Kestrel at dawn in Port Elm harbour.\n\nCredit: Dana Lee/Harbour Images View full size image\n\n{_BODY}"
    )
    claims = texts_of(text)
    assert not any(c.startswith("The old ferry") for c in claims), claims
    assert any(c.startswith("The ferry to Port Elm") for c in claims), claims


@pytest.mark.parametrize(
    "credit",
    [
        "Credit: Dana Lee/Harbour Images View full size image",  # two sentences above it: the story's paragraph
        "Image credit : Dana Lee/File",  # no enlarging widget's words: read as the text goes
    ],
)
def test_a_story_paragraph_above_a_credit_line_stays(credit):
    paragraph = "The old ferry Kestrel left Port Elm at dawn on Monday. It reached Kelport by noon."
    claims = texts_of(f"{_BODY}\n\n{paragraph}\n\n{credit}\n\n{_NEXT}")
    assert any(c.startswith("The old ferry") for c in claims), claims


def test_a_bare_credit_line_of_its_own_is_no_claim():
    claims = _claims_around("Credit Ingrid Voss/Kestrel Wire — Harbour Images")
    assert not any(c.startswith("Credit") for c in claims), claims
    assert any(c.startswith("The first crossing") for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "Consumer Credit: Borrowing rose 3 percent in April, the central bank said.",
        "Families will get more from the Child Tax Credit: The payments start in July.",
        "The fund has moved into Private Credit: It bought $2 billion of loans last year.",
    ],
)
def test_a_credit_products_name_before_a_colon_is_no_picture_credit(line):
    # (no photographer and outlet after "Credit:", GUIDE decision 833's credit is not there)
    claims = _claims_around(line)
    assert any(c.startswith(line[:12]) for c in claims), claims


def test_a_short_paragraph_ending_on_a_credit_products_name_keeps_its_claims():
    claims = _claims_around(
        "Parliament widened the allowance in March. About 2 million families qualify, the ministry said. Most will "
        "get the money through the Child Tax Credit: Payments start on July 15."
    )
    assert any(c.startswith("Parliament widened") for c in claims), claims
    assert any(c.startswith("About 2 million") for c in claims), claims


def test_a_word_glued_to_credit_after_a_stop_is_no_picture_credit():
    claims = _claims_around(
        "The harbour board met on Monday.CreditCard fees at the ferry kiosk will rise 5 percent from July, the board "
        "said. Fares stay the same."
    )
    assert any("fees at the ferry kiosk" in c for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "Well, right, the harbour board has not yet decided whether to raise fares.",
        '"Okay, right, we sail now."',
    ],
)
def test_right_between_commas_after_a_discourse_word_places_no_person(line):
    claims = _claims_around(line)
    assert any(c.startswith(line[:8]) for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "Here are the changes that the harbour master said will take effect in July, according to a draft seen by the Gazette.",
        "Here are the five piers the mayor told reporters would close next year, according to a list seen by the Gazette.",
    ],
)
def test_a_here_line_whose_reporting_verb_reports_a_clause_stays_a_claim(line):
    claims = texts_of(f"Ferries are not always cleaned as often as they should be.\n\n{line}\n\n{_NEXT}")
    assert any(c.startswith("Here are") for c in claims), claims


@pytest.mark.parametrize(
    ("credit", "caption"),
    [
        ("Credit: Dana Lee. Tap to enlarge", False),  # the widget's words name no picture (decision 870)
        ("Photo credit: Dana Lee. Tap to enlarge", True),
        ("Credit: Dana Lee. Tap to enlarge this photo", True),
    ],
)
def test_a_credit_line_with_widget_words_marks_a_caption_only_with_a_word_for_the_picture(credit, caption):
    claims = texts_of(f"{_BODY}\n\nThe old ferry Kestrel at dawn in Port Elm harbour.\n\n{credit}\n\n{_NEXT}")
    assert any(c.startswith("The old ferry") for c in claims) is not caption, claims


def test_a_verbless_sentence_below_a_picture_label_with_no_credit_stays_a_claim():
    # (decision 882: no pointing word and no credit, running text)
    claims = texts_of(f"{_BODY}\n\nPhoto\n\nFinish times for the Port Elm regatta, published on Sunday.\n\n{_NEXT}")
    assert any(c.startswith("Finish times") for c in claims), claims
