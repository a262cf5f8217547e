"""Chrome claims (session 58, h58chrome): captions that an extraction keeps in the text, closed by a picture's credit in
a form the caption rule missed (GUIDE decisions 833, 913): the long or plural word for a picture before the colon
("Photographs: Kestrel/Harbour Archive"), and an unbracketed "<picture word> by <Name>" after the caption's last
sentence, also after a data note in brackets ("(Data from the Harbour Survey, 2018.) Image by Sam Roe, CC BY-SA
4.0."); and a picture gallery's strip run together into one paragraph, each caption and credit after its counter
("1/6 … 2/6 … 3/6 …"). Near misses stay claims: "a picture by Dana Lee" inside a sentence, a recipe's fractions and
dates written with slashes."""

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
