"""Attribution, session 36: the personal pronouns the speaker code reads (claims.json `personal_pronouns`) are one data
list: the subject pronoun a source is read back from ("he said", "they said") and the pronoun by which the claim before
a bare quote paragraph names the quote's speaker (GUIDE decisions 61, 237, 317) come from it, not from a second copy.

- Every form of the list maps to its subject form; "him" now names the speaker as much as "his" did.
- A paragraph before the quote that names no one (no name, no pronoun of a person) still sets the quote apart."""

import pytest

from declcli.claims import extract_claims
from declcli.claims.lexicon import words
from declcli.sentences import split_sentences

_QUOTE = '"We trained for years," Tom Reyes said.\n\n'
_AFTER = '\n\n"It was worth every hour."'


def _speaker_of_last_quote(middle):
    text = _QUOTE + middle + _AFTER
    claim = next(c for c in extract_claims(text, split_sentences(text), published="2024-03-05") if "worth every" in c.text)
    return claim.attribution.source if claim.attribution else None


def test_personal_pronouns_map_to_their_subject_form():
    personal = words().personal_pronouns
    assert {w for w, subject in personal.items() if subject == "he"} == {"he", "him", "his"}
    assert {w for w, subject in personal.items() if subject == "she"} == {"she", "her"}
    assert personal["them"] == "they" and personal["it"] == "it"


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # fails before session 36: "him" was missing from the inline copy in `_speaker_adjacent`
        ("Officials in Ohio later handed him a medal.", "Tom Reyes"),
        # held before and after
        ("Officials in Ohio later praised his team.", "Tom Reyes"),
        ("Officials in Ohio later praised the team.", None),
    ],
)
def test_quote_paragraph_keeps_a_speaker_named_by_pronoun(middle, expected):
    assert _speaker_of_last_quote(middle) == expected
