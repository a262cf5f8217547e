"""Which units of the body are claims at all: page chrome against short statements, headlines set into
the story, display copies and the like (GUIDE "claim: true | false")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def texts_of(text, published="2024-03-05"):
    return [c.text for c in extract_claims(text, split_sentences(text), published=published)]


@pytest.mark.parametrize("reply", ["Why?", "Not again!", "No chance.", "Oh, well.", "“Thanks.”", "Like Google!."])
def test_a_short_reply_or_exclamation_inside_a_paragraph_is_a_claim(reply):
    text = f"The mayor read the letter twice. {reply} Then she called the council."
    assert reply in texts_of(text)


@pytest.mark.parametrize("piece", ["News.", "9:40 pm EST."])
def test_a_short_credit_or_time_inside_a_paragraph_is_still_chrome(piece):
    text = f"The mayor read the letter twice. {piece} Then she called the council."
    assert piece not in texts_of(text)


def test_a_headline_the_segmenter_cut_in_two_set_between_paragraphs_gives_no_claim():
    text = (
        "The guards were charged on Tuesday.\n\n"
        "Warden under fire: The jail lost track of him. Auditors could still look at the night shift\n\n"
        "The agency said it would review its rules."
    )
    texts = texts_of(text)
    assert texts == ["The guards were charged on Tuesday.", "The agency said it would review its rules."]


def test_a_long_sentence_that_lost_its_stop_between_paragraphs_is_a_claim():
    lost = (
        "On Monday the city council approved a budget that appeared to give the transit agency enough money "
        "to keep every night bus running through the winter after riders had protested for weeks outside the hall"
    )
    text = f"The vote was close.\n\n{lost}\n\nThe mayor signed it."
    assert lost in texts_of(text)


def test_a_posts_text_without_a_stop_before_its_signature_line_is_a_claim():
    post = "Yes this is real and the city spent half a million on it: https://t.co/AbC123"
    text = f"Readers were quick to answer.\n\n{post}\n\n— Jo Marsh (@jomarsh) March 4, 2024\n\nThe city did not reply."
    assert any(t.startswith("Yes this is real") for t in texts_of(text))


def test_the_lines_after_a_lead_ins_colon_are_rows_not_a_headline():
    text = "The prizes went to:\n\nHarbor Robotics of Tacoma\nMeridian Labs of Boulder\n\nThey will share the money."
    assert {"Harbor Robotics of Tacoma", "Meridian Labs of Boulder"} <= set(texts_of(text))
