"""Attribution, session 41: speakers given by a description the text never tied to a name.

An age ("the 41-year-old said"). GUIDE decisions 437 and 553: a description resolves to a name only where the text
itself ties that name to it; an age the text never wrote with a name stays as written ("41-year-old"), and a speaking
"he" or "she" right after it stands for the same described speaker (decision 44's nearest mention). An age the text did
write with a name ("Brent Cole, 41,", "the 29-year-old Dana Roe") ties the description to that person."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _sources(text):
    return [
        (c.attribution.source, c.attribution.cue) if c.attribution else None
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


_UNTIED = (
    "Brent Cole was freed on bail on Friday.\n\n"
    '"I am very grateful to all the people," the 41-year-old said.\n\n'
    '"We understand what has happened," he said in the court.'
)
_SUCCESSOR = (
    "Ann Vale was sacked by the club on Tuesday after five years in charge.\n\n"
    'The 58-year-old said: "I am excited to be joining a club with such a great history."'
)


def test_an_age_never_written_with_a_name_stays_as_written():
    # failed before session 41: the person named last ("Brent Cole")
    assert _sources(_UNTIED)[1] == ("41-year-old", "said")


def test_a_speaking_pronoun_after_the_age_is_the_described_speaker():
    # failed before session 41: "Brent Cole"
    assert _sources(_UNTIED)[2] == ("41-year-old", "said")


def test_the_person_talked_about_last_is_not_taken_for_the_speaker():
    # failed before session 41: "Ann Vale", whom the speaker replaces
    assert ("58-year-old", "said") in _sources(_SUCCESSOR)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'Brent Cole, 41, was freed on bail on Friday.\n\n"I am very grateful to all the people," the 41-year-old said.',
            "Brent Cole",
        ),
        (
            'The 29-year-old Dana Roe runs the mill now.\n\n"I am very grateful to all the people," the 29-year-old said.',
            "Dana Roe",
        ),
    ],
)
def test_an_age_written_with_a_name_is_that_person(text, source):
    # held before and after
    assert _sources(text)[-1] == (source, "said")
