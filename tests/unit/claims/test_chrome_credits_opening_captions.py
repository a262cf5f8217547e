"""Chrome (session 62, h66chrome): a picture's credit that opens its caption's paragraph, before the caption, in forms
main missed: a wire's code glued by a colon to the agency's name whose capitals it spells ("AP:Associated Press Fans
wave …"), a credit in capitals that names the picture glued to the caption ("STAFF PHOTO BY DANA LEEA boy …", and the
caption paragraph's further sentence), and a photographer/agency credit glued to the next word where the extraction lost
the space ("Sam Roe/Getty ImagesT."); and a file photo's credit set as a paragraph of its own ("Sam Roe/Kestrel Wire
file") over its caption's paragraph. Captions and photo credits are no claims (GUIDE: the claim section; decisions 239,
833, 882's caption paragraph). Near misses stay claims: a colon label whose words spell no code, a line of the story in
capitals with "by", the body's sentence after a glued credit's stray initial, and a paragraph below a credit line with no
"file"; and (after review) a code glued to a body's name that is no agency's, a capital opening of the story's sentence
before a word in lower case, a name that only begins with an agency's letters, and a paragraph of the story below a file
photo's credit (reported words, a quotation, a past statement the next paragraph takes up)."""

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
        # a code glued to a body's or a place's name, no agency's: a line of the story
        ("WHO:World Health Organization experts say the port has 300 cases.", "experts say the port has"),
        ("NJ:New Jersey Transit officials said the line would reopen on Sunday.", "officials said the line would"),
        # a capital opening of the story's sentence, the name before a word in lower case: no credit
        ("PHOTOGRAPHS BY SAM ROE fill the walls of the ferry terminal, the company said.", "fill the walls of the ferry"),
        # a name that only begins with an agency's letters, no credit glued on: a data source's sentence
        ("Harbour Council/APSE data show that most ferries run late.", "data show that most ferries"),
        ("Sam Roe/AFPTV footage shows the ferry leaving the quay at night.", "footage shows the ferry"),
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


@pytest.mark.parametrize(
    ("paragraph", "kept", "next_paragraph"),
    [
        # the body's reported words under a file photo's credit whose caption the extraction lost (decision 833)
        (
            "The council said the crossing had lost money since 2019 and that fares would rise. Riders booed.",
            "said the crossing",
            "",
        ),
        ('"We will not give up the night boat," Dana Lee said on Friday.', "We will not give up the night boat", ""),
        ("Night crossings will end in June, the owner said.", "Night crossings will end in June", ""),
        # a past statement that the next paragraph takes up (decisions 882, 928(b))
        (
            "The vote on the fares was 5-4 after a long meeting.",
            "The vote on the fares was 5-4",
            "It followed a year of losses.\n\n",
        ),
        ("Deckhands tie up the old ferry at Port Elm.", "Deckhands tie up", "They have worked the crossing for 20 years.\n\n"),
    ],
)
def test_the_story_below_a_file_photos_credit_stays(paragraph, kept, next_paragraph):
    # (set before the body's third paragraph, which does not go on from it)
    head, rest = _BODY.split("\nThe company bought", 1)
    text = head + "\nSam Roe/Kestrel Wire file\n\n" + paragraph + "\n\n" + next_paragraph + "The company bought" + rest
    claims = texts_of(text)
    assert any(kept in claim for claim in claims), claims


def test_a_present_scene_below_a_file_photos_credit_between_body_paragraphs_is_its_caption():
    head, rest = _BODY.split("\nThe company bought", 1)
    line = "Sam Roe/Kestrel Wire file\n\nDeckhands tie up the old ferry at Port Elm in 2004."
    claims = texts_of(head + "\n" + line + "\n\nThe company bought" + rest)
    assert not any("Deckhands tie up" in text for text in claims), claims
    assert any(text.startswith("The night crossing will take") for text in claims), claims
