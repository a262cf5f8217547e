"""Odd inputs the session 27 rules met only in review: each raised before its mend."""

from declcli.claims import extract_claims
from declcli.claims.attribution import _joined
from declcli.sentences import split_sentences


def test_a_source_stripped_of_every_word_joins_to_nothing():
    # every word of a source can be dropped ("the", "a"); zip(strict=True) over no tokens raised ValueError
    assert _joined([]) == ""


def test_a_superscript_digit_after_a_name_is_no_age():
    # "²" is a digit to str.isdigit but not to int(): the age check ("Dana Lee, 38, said") raised on it
    text = "Dana Lee, ², said the ferry would sail on time."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert [c.text for c in claims] == [text]
