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


def test_a_summary_line_above_the_body_that_the_body_repeats_stays_a_claim():
    # near miss: a line with no full stop above the body's first sentence is a summary line (decision 88), no caption;
    # it and the body's sentence it repeats both stay claims
    summary = "Reyes, a record producer, has a few other homes to choose from along the coast\n\n"
    text = _SUMMARY + summary + _BODY.format(caption="Their friends are close to the couple.")
    assert _opening(text, "Reyes, a record producer, has a few") == 2
