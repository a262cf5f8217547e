"""Captions that repeat a sentence of the body (GUIDE decision 859's display copy): a tabloid page sets its pictures'
captions between the body's paragraphs as lines with no full stop, each restating a sentence the body gives, shorter
or longer. The caption is no claim and the body's own sentence stays one, whichever of the two has fewer words; a
summary line above the body (decision 88) stays a claim, and so does the body's sentence that it sums up."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_SUMMARY = (
    "Singer Mara Quill and her husband Tomas Reyes are looking for a villa in Port Elm to be near old friends\n\n"
    "Quill and Reyes have toured three homes on the hill above the old harbour in the past month\n\n"
)

_BODY = (
    "Singer Mara Quill and her husband Tomas Reyes are house hunting in Port Elm, the Harbour Gazette can reveal.\n\n"
    "The pair have spent most weekends in the town since the spring and want to settle there before the winter.\n\n"
    "Friends of the couple said they were keen to find a place with a garden and a view of the sea.\n\n"
    "{caption}\n\n"
    "Their friends bought the estate, known as 'The Larches', for $9.2 million on May 4, making them neighbors of the "
    "mayor.\n\n"
    "The 9,000-square-foot house sits on three acres of land behind a row of old beech trees.\n\n"
    "Reyes, a record producer, has a few other homes to choose from along the coast."
)

# longer than the body's sentence it repeats: the body's sentence is the shorter of the two
_LONGER_CAPTION = (
    "Ada and Felix Brandt bought the estate, known as 'The Larches', for $9.2 million on May 4, making them neighbors of "
    "the mayor"
)


def _opening(text, opening):
    """How many of the text's claims open with `opening`."""
    return sum(c.text.startswith(opening) for c in extract_claims(text, split_sentences(text), published="2024-03-05"))


def test_a_caption_longer_than_the_body_sentence_it_repeats_is_the_copy():
    # at dcb21348 the body's sentence, the shorter, is taken for the copy and dropped, and the caption stays a claim
    text = _SUMMARY + _BODY.format(caption=_LONGER_CAPTION)
    assert _opening(text, "Their friends bought the estate") == 1
    assert _opening(text, "Ada and Felix Brandt bought") == 0


def test_a_body_sentence_that_restates_a_longer_summary_line_stays_a_claim():
    # at dcb21348 the body's quotation, shorter than the summary line above the body, is taken for its copy
    summary = (
        "'Now that Mara is expecting they both want to settle down and raise their child in a quiet town with good "
        "schools,' a friend said\n\n"
    )
    body = (
        "A friend of the couple said they had been looking for months.\n\n"
        "'And now Mara is expecting they both want to settle down and raise their child in a quiet town with good "
        "schools.\n\n"
        "'They have fallen in love with the harbour and its old streets.'"
    )
    text = _SUMMARY + summary + body
    assert _opening(text, "'Now that Mara is expecting") == 1
    assert _opening(text, "'And now Mara is expecting") == 1


def test_a_caption_between_two_body_paragraphs_is_the_copy():
    # decision 859: a line with no full stop between two of the body's paragraphs that a sentence nearby repeats
    caption = "The pair have spent most weekends in the town since the spring"
    text = _SUMMARY + _BODY.format(caption=caption)
    assert _opening(text, "The pair have spent most weekends") == 1


def test_a_key_points_list_that_the_body_restates_stays_claims():
    # near miss (review h46chrome, finding 3): a list's items under a colon's lead-in, no full stops, that the body
    # restates far below are a summary the account goes on from, no captions (main keeps them too)
    key_points = (
        "Key points:\n\n"
        "The harbour board will close the north quay for repairs from the first week of March\n\n"
        "Fishing boats will moor at the south quay until the repairs end in the autumn\n\n"
    )
    body = (
        "The harbour board met on Tuesday to agree the year's budget, its chair said.\n\n"
        + key_points
        + "The board's engineer said the quay's oldest piles had rotted through.\n\n"
        "Divers found the worst of the damage under the crane at the quay's far end last winter.\n\n"
        "The board first asked for the money three years ago but the council turned it down.\n\n"
        "Two firms bid for the work, and the cheaper of them was picked in January.\n\n"
        "The firm has mended quays at two other ports on the coast in the past decade.\n\n"
        "Its crews will work at night to keep the ferry running during the day.\n\n"
        "The harbour board will close the north quay for repairs from the first week of March, the chair said.\n\n"
        "Fishing boats will moor at the south quay until the repairs end in the autumn, the board said."
    )
    assert _opening(body, "The harbour board will close the north quay") == 2


def test_a_standfirst_below_a_question_headline_stays_a_claim():
    # near miss (finding 4): the headline that ends in "?" is no body sentence, so the standfirst below it, longer than
    # the body's sentence that repeats it, is above the body (decision 88), no caption of that sentence
    text = (
        "Will the old pier at Port Elm ever reopen?\n\n"
        "The council has set aside money to mend the old pier at Port Elm before the summer crowds arrive in the town "
        "next year and the ferries start to call again\n\n"
        "The council has set aside money to mend the old pier at Port Elm before the summer crowds arrive, its leader "
        "said.\n\n"
        "The pier has been shut since a storm tore away its end three winters ago."
    )
    assert _opening(text, "The council has set aside money") == 2
