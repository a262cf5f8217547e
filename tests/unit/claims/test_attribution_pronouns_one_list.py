"""Attribution, session 36: the personal pronouns the speaker code reads (claims.json `personal_pronouns`) are one data
list: the subject pronoun a source is read back from ("he said", "they said") and the pronoun by which the claim before
a bare quote paragraph names the quote's speaker (GUIDE decisions 61, 237, 317) come from it, not from a second copy.

- Every form of the list maps to its subject form; an object form ("him", `object_pronouns`) or a pronoun that does not
  fit the speaker's gender names no speaker (rev36b finding 5).
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
        # the speaker acted on, not acting ("him", claims.json `object_pronouns`): the sentence parts the quote (237, 317)
        ("Officials in Ohio later handed him a medal.", None),
        # a pronoun that does not fit the speaker names someone else
        ("Officials in Ohio later praised her team.", None),
        # held before and after
        ("Officials in Ohio later praised his team.", "Tom Reyes"),
        ("Officials in Ohio later praised the team.", None),
    ],
)
def test_quote_paragraph_keeps_a_speaker_named_by_pronoun(middle, expected):
    assert _speaker_of_last_quote(middle) == expected


def test_an_object_pronoun_of_someone_else_does_not_keep_the_speaker():
    text = (
        '"We will appeal the ruling," said Maria Lopez, the union\'s lawyer.\n\n'
        # ("made", not "ordered": an order to the company is the judge's reported content, GUIDE decision 45, and the
        # quote after a unit with a source of its own is read by that unit; the object pronouns are the point here)
        "The judge fined the company and made it pay him back wages.\n\n"
        '"This is not over."'
    )
    claim = next(c for c in extract_claims(text, split_sentences(text), published="2024-03-05") if "not over" in c.text)
    assert claim.attribution is None or not claim.attribution.source
