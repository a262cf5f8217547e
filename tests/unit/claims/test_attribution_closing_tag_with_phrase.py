"""A reporting verb that closes the sentence with its speaker after it and a phrase of where, when or in what the
words were said after the speaker ("…, wrote the engineers in a paper.", "…, reported the newspaper on Monday."): the
speaker is the tag's noun (GUIDE core: attribution, a reporting verb and its source; decision 375, the tag's verb its
cue). A quote tag "countered" (decision 375's tag verbs). A second act after a comma whose verb is aimed at its object
("…, questioned Dana Reeve at a hearing.") names no speaker. Invented text."""

import pytest
from test_attribution_made_clear import attributions  # (the claims' (source, cue) pairs of an invented text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The old guide was worse than the new one, wrote the engineers in a paper.", ("engineers", "wrote")),
        ("The river at Dunmore was rising fast, reported the newspaper on Monday.", ("newspaper", "reported")),
        ("The club has lost its best player, wrote the coach in a letter to fans.", ("coach", "wrote")),
        (
            "Picking the busiest pages was a poor guide, wrote the researchers in a paper describing their work.",
            ("researchers", "wrote"),
        ),
        ("Firefighters rescued three hikers near the lake, reported Reuters on Sunday.", ("Reuters", "reported")),
        # a second act whose verb is aimed at its object: no speaker
        ("The mayor skipped the vote, questioned Dana Reeve at a council meeting on Thursday.", None),
        ("Mr Holt quit the board in June, accused Brightwell in a complaint filed on Friday.", None),
        ("The envoy landed in Oslo on Sunday, warned Petrov in an interview.", None),
        ("The coach walked off the field, urged Tom Reed in a message on Monday.", None),
    ],
)
def test_a_closing_tag_with_a_phrase_after_its_noun(text, expected):
    assert attributions(text)[0] == expected


def test_a_tag_before_its_phrase_stays():
    assert attributions("The ferry was late again, the newspaper reported on Monday.")[0] == ("newspaper", "reported")


def test_a_quote_countered_by_its_speaker():
    text = '"That claim is false," countered Dana Reeve, a senior council member.'
    assert attributions(text)[0] == ("Dana Reeve", "countered")


def test_a_verb_of_countering_an_act_is_no_tag():
    assert attributions("The army countered the attack at dawn.")[0] is None


def test_a_second_act_with_an_object_and_a_phrase_is_no_tag():
    assert attributions("She paid the bill, reported the theft on Monday.")[0] is None
