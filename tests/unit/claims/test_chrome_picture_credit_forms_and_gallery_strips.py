"""Chrome claims (session 58, h58chrome): captions that an extraction keeps in the text, closed by a picture's credit in
a form the caption rule missed (GUIDE decisions 833, 913): the long or plural word for a picture before the colon
("Photographs: Kestrel/Harbour Archive"), and an unbracketed "<picture word> by <Name>" after the caption's last
sentence, also after a data note in brackets ("(Data from the Harbour Survey, 2018.) Image by Sam Roe, CC BY-SA
4.0."); and a picture gallery's strip run together into one paragraph, each caption and credit after its counter
("1/6 … 2/6 … 3/6 …"). Near misses stay claims: "a picture by Dana Lee" inside a sentence, a recipe's fractions and
dates written with slashes; and (the review's regressions, mended) a body sentence that opens with the picture word and
"by" and goes on with a verb, one after a possessive's apostrophe or after an aside in brackets; running text whose
fractions, dates, scores, ratings, shares or page counters count up, and a thread quoted or reported."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_BODY = "The ferry to Port Elm will run twice a day from Monday, the harbour board said."
_NEXT = "The first crossing leaves at 7 a.m."


def _claims_around(paragraph: str) -> list[str]:
    return texts_of(f"{_BODY}\n\n{paragraph}\n\n{_NEXT}")


@pytest.mark.parametrize(
    "caption, openings",
    [
        (
            "Salt and spray … Dana Lee hauls a net in The Long Tide. Photographs: Kestrel/Harbour Archive/Sportsphoto",
            ("Salt and spray", "Dana Lee"),
        ),
        (
            "Dana Lee founded the ferry line in 1998. Two years later she sold it. Photograph: Kestrel Wire",
            ("Dana Lee", "Two years later"),
        ),
        (
            "Ann Holm runs the only chandlery left on the quay. Last winter she rebuilt its roof. Picture by Sam Roe/Kestrel",
            ("Ann Holm", "Last winter"),
        ),
        (
            "Ann Holm runs the only chandlery left on the quay. Last winter she rebuilt its roof herself. Photo by Sam Roe",
            ("Ann Holm", "Last winter"),
        ),
        # a data note in brackets between the caption and its credit
        (
            "Tide ranges differ widely from port to port. The wider the range, the longer boats wait at the bar. "
            "(Data from the Harbour Survey, 2018.) Image by Sam Roe, CC BY-SA 4.0.",
            ("Tide ranges", "The wider", "(Data", "Image by"),
        ),
        # names joined by 'and' or ', ', an outlet after 'for'; a source note in brackets
        (
            "Crews haul the old ferry onto the slip at Port Elm. Photographs by Dana Lee and Sam Roe for The Gazette",
            ("Crews haul",),
        ),
        (
            "Catches at Port Elm have halved since 2010. (Source: Harbour Survey.) Illustration by Ann Holm, Kestrel Wire",
            ("Catches at", "(Source"),
        ),
        # a gallery's strip: each picture's caption and credit after its counter
        (
            "Harbour storm 4 show all Harbour storm 1/4 Waves break over the sea wall at Port Elm Dana Lee/Kestrel Wire "
            "2/4 A ferry rides out the gale in the outer harbour Sam Roe 3/4 Crews clear the quay after the storm "
            "Ann Holm 4/4 The harbour master inspects the damaged pier Kestrel Wire",
            ("Harbour storm", "Waves break", "A ferry rides"),
        ),
    ],
)
def test_a_caption_closed_by_a_picture_credit_in_a_long_or_by_form_or_a_gallery_strip_is_no_claim(caption, openings):
    claims = _claims_around(caption)
    assert not any(c.startswith(openings) for c in claims), claims
    assert any(c.startswith("The first crossing") for c in claims), claims


@pytest.mark.parametrize(
    "sentence, opening",
    [
        ("The museum bought a picture by Dana Lee for $4,000 last year.", "The museum"),
        ("The recipe calls for 1/2 cup of flour, 2/3 cup of milk and 3/4 cup of water, the baker said.", "The recipe"),
        ("The ferry ran late on 1/5, 2/5 and 3/5, the harbour board said.", "The ferry ran"),
    ],
)
def test_sentences_that_only_resemble_a_credit_or_a_gallery_stay_claims(sentence, opening):
    assert any(c.startswith(opening) for c in _claims_around(sentence))


@pytest.mark.parametrize(
    "paragraph, opening",
    [
        # a sentence after the picture word's credit: a verb and what follows it, not a credit
        ("The lander touched down near the crater rim on Friday. Pictures by Kestrel reveal the ice in detail.", "The lander"),
        (
            "The gazette corrected the story on Tuesday. Images by Harbour Wire had been flipped without notice, it said.",
            "The gazette",
        ),
        ("The atlas sold 20,000 copies in a month. Illustrations by Ann Holm lifted its sales, the firm said.", "The atlas"),
        ("The old customs house reopened on Friday. Photos by Dana Lee and Sam Roe line its upper hall.", "The old customs"),
        ("The newsletter lost half its readers. Images by AI tools now fill its pages, editors said.", "The newsletter"),
        # a possessive's apostrophe before the picture word is no sentence's end
        ("Divers brought up most of the lost cargo, including the Holms’ photographs by Sam Roe.", "Divers brought"),
        # an aside in brackets, not a data or source note, before a sentence opening with the picture word
        (
            "It is the first ferry to cross in winter. (Two earlier tries were called off.) Images by Kestrel show the ice.",
            "It is the first ferry",
        ),
        ("“We kept nothing,” said Ann Holm. Photos by Sam Roe show the flooded lane.", "“We kept nothing"),
    ],
)
def test_a_body_sentence_opening_with_a_picture_word_and_by_keeps_its_paragraph_claims(paragraph, opening):
    assert any(c.startswith(opening) for c in _claims_around(paragraph))


@pytest.mark.parametrize(
    "paragraph, opening",
    [
        # dates, shares, scores, ratings and page counters, no capitalised caption after each count
        ("The fund gained on 1/4 by 3%, on 2/4 by 2% and on 3/4 by 1%, the manager said.", "The fund gained"),
        ("The fund lost 3% on 1/4 and 2% on 2/4 before recovering on 3/4 to end higher.", "The fund lost"),
        ("Holm hit 1/3 of her serves in the first set, 2/3 in the second and 3/3 in the third.", "Holm hit"),
        ("The Gazette gave the play 1/4 stars, the Herald 2/4 stars and the Courier 3/4 stars.", "The Gazette gave"),
        ("Just 1/5 of members backed the deal in March, 2/5 in April and 3/5 by June, the union found.", "Just 1/5"),
        ("Sheet 1/9 of the plan shows the quay; sheet 2/9 the sheds; sheet 3/9 the slipway, the council said.", "Sheet 1/9"),
        ("Tests came back positive in 1/8 of cases on Monday, 2/8 on Tuesday and 3/8 on Friday.", "Tests came back"),
        # a thread quoted or reported: numbered posts, not a gallery's pictures
        (
            "The mayor posted a thread late on Sunday: “1/4 The ferry will run all winter. 2/4 Fares will not rise. "
            "3/4 The quay will be rebuilt.”",
            "The mayor posted",
        ),
        (
            "The mayor set out the plan online. She wrote: 1/3 The ferry will run all winter. 2/3 Fares will not rise. "
            "3/3 The quay will be rebuilt.",
            "The mayor set out",
        ),
    ],
)
def test_counts_that_go_up_in_running_text_or_a_quoted_thread_are_no_gallery_strip(paragraph, opening):
    assert any(c.startswith(opening) for c in _claims_around(paragraph))
