"""Chrome (session 62, h66chrome): a picture's credit that opens its caption's paragraph, before the caption, in forms
main missed: a wire's code glued by a colon to the agency's name whose capitals it spells ("AP:Associated Press Fans
wave …"), a credit in capitals that names the picture glued to the caption ("STAFF PHOTO BY DANA LEEA boy …", and the
caption paragraph's further sentence), and a photographer/agency credit glued to the next word where the extraction lost
the space ("Sam Roe/Getty ImagesT."); and a file photo's credit set as a paragraph of its own ("Sam Roe/Kestrel Wire
file") over its caption's paragraph. Captions and photo credits are no claims (GUIDE: the claim section; decisions 239,
833, 882's caption paragraph). Near misses stay claims: a colon label whose words spell no code, a line of the story in
capitals with "by", the body's sentence after a glued credit's stray initial, and a paragraph below a credit line with no
"file"."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_BODY = (
    "The ferry company will add a night crossing to Port Elm from May, its chief executive said on Tuesday.\n\n"
    "She said the boats had run full all winter and that fares would stay the same.\n\n"
    "The company bought two boats last year from a yard in Kelport.\n\n"
    "The night crossing will take ninety minutes, the company said."
)


def _story(line: str) -> str:
    # the line set between two paragraphs of the body, so only its own form decides
    head, rest = _BODY.split("\n\n", 1)
    return head + "\n\n" + line + "\n\n" + rest


@pytest.mark.parametrize(
    ("line", "silent"),
    [
        ("AP:Associated Press Dana Lee waves to the crowd on the quay after the launch.", "Dana Lee waves"),
        ("PA:Press Association Passengers board the first night ferry at Port Elm.", "Passengers board"),
        ("STAFF PHOTO BY SAM ROEDana Lee with her two sons outside their Kelport home.", "Dana Lee with"),
    ],
)
def test_a_credit_opening_its_caption_is_no_claim(line, silent):
    claims = texts_of(_story(line))
    assert not any(silent in text for text in claims), claims
    assert any(text.startswith("The night crossing will take") for text in claims), claims


def test_the_caption_paragraph_opened_by_a_capital_credit_goes_with_it():
    line = "STAFF PHOTO BY SAM ROEDana Lee with her two sons outside their Kelport home. Lee takes the helm on Monday."
    claims = texts_of(_story(line))
    assert not any("Lee takes the helm" in text for text in claims), claims


def test_a_credit_glued_to_the_next_initial_is_no_claim_and_the_sentence_after_it_stays():
    line = 'Sam Roe/Getty ImagesT. Dana Lee, a spokeswoman for the ferry company, said the new boats would be "ready by June."'
    claims = texts_of(_story(line))
    assert not any(text.startswith("Sam Roe/Getty") for text in claims), claims
    assert any("said the new boats would be" in text for text in claims), claims


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a colon label whose words spell no code: a line of the story
        ("KP:Kelport officials said the ferry would run through the winter.", "officials said the ferry"),
        # a story's line opened by capitals with "by" and a one-word name before a space: no credit
        ("BBC PHOTO BY NIGHT is a new show about the ferry, Dana Lee said.", "is a new show about the ferry"),
    ],
)
def test_near_misses_stay_claims(line, kept):
    claims = texts_of(_story(line))
    assert any(kept in text for text in claims), claims


_CAPTION = (
    "Visitors on a 2015 tour of the Elmtown mine enter its south portal. The mine is near Elmtown, about 90 miles north of"
    " Kelport."
)


def test_the_paragraph_below_a_file_photos_credit_is_its_caption():
    claims = texts_of("Sam Roe/Kestrel Wire file\n\n" + _CAPTION + "\n\n" + _BODY)
    assert not any(text.startswith(("Visitors on a 2015 tour", "The mine is near")) for text in claims), claims
    assert any(text.startswith("The night crossing will take") for text in claims), claims


def test_the_paragraph_below_a_credit_without_file_stays():
    # a photographer's credit with no word for the picture: the paragraph below it may be the story's (as on main)
    claims = texts_of("Sam Roe/Kestrel Wire\n\n" + _CAPTION + "\n\n" + _BODY)
    assert any(text.startswith("Visitors on a 2015 tour") for text in claims), claims
