"""Attribution, session 27: who said it in a feature that brings in several people in turn (GUIDE decisions 4, 44,
404, 437, 488).

- "he said" after a sentence about a person named there, after the last subject or speaker ("For Tom Baker, 61, it
  is simply a job." / '"Some people are kind," he said.'), is that person's: the nearest fitting mention (decision
  404), not the speaker quoted before.
- A described subject that names its person in a set-off apposition ("His opposite number from the Unity Party, Dana
  Lee, said", "said the mayor's widow, Dana Lee.") is the name's, not the description's nor the possessor's.
- "the actress said" where the text used "the actress" before without bringing anyone in unnamed ("During the
  actress's visit …") stands for the person named (decision 4), like a first use.
- "learned that" (decision 488(a)), "credited X with -ing" (488(b)), "termed X Y" and "labeled X Y" (decision 224)
  report what their subject holds or says."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_PARAGRAPH_ABOUT_A_PERSON = (
    '"It is simply a question of work," said Jose Marin, a scholar at the national university.\n\n'
    "For 61-year-old Tom Baker, who like the others never finished school, it is a job.\n\n"
    '"Some people are kind," he said of those who hire him. "Some never say thank you."'
)
_NAMED_IN_PASSING_AFTER_THE_SPEAKER = (
    '"We build what we need," says Dan Ruiz. It is a belief that is shared by Tom Baker, too. '
    '"If the inside is bad, the outside cannot be good," he says.'
)
_SUBJECT_THEN_PRONOUN = 'Tom Baker spoke to the council on Monday. He met Carl Hume there.\n\n"The road will close," he said.'
_APPOSITION_BEFORE_THE_VERB = (
    "His opposite number from the Unity Party, Dana Lee, said the vote means that the cabinet feels strong."
)
_APPOSITION_BEFORE_AN_AUXILIARY = "Baker's first wife, Maria, had claimed that her husband kept the letters at his bedside."
_APPOSITION_CLOSING_THE_TAG = '"He planned it all and wanted it to be grand," said Baker\'s widow, Lena Ortiz.'
_DESCRIPTION_USED_BEFORE = (
    "Lena Ortiz went on a late show this week. During the actress's visit, the band played.\n\n"
    '"We never lose a file," the actress said.'
)
_DESCRIPTION_BROUGHT_IN_UNNAMED = (
    'Lena Ortiz went on a late show this week. An actress came on after her.\n\n"We never lose a file," the actress said.'
)


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _said(text, words=""):
    """(source, cue) of the first claim holding `words`, None where it has no attribution."""
    attribution = next(c for c in _claims(text) if words in c.text).attribution
    return attribution and (attribution.source, attribution.cue)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fails before session 27: "Jose Marin", the speaker before
        (_PARAGRAPH_ABOUT_A_PERSON, "Some people are kind", ("Tom Baker", "said")),
        (_PARAGRAPH_ABOUT_A_PERSON, "Some never say", ("Tom Baker", "said")),
        # fails before session 27: "Dan Ruiz"
        (_NAMED_IN_PASSING_AFTER_THE_SPEAKER, "outside cannot be good", ("Tom Baker", "says")),
        # the subject stays the speaker where the person named after it shares its sentence
        (_SUBJECT_THEN_PRONOUN, "The road will close", ("Tom Baker", "said")),
        # fails before session 27: the description "His opposite number from the Unity Party"
        (_APPOSITION_BEFORE_THE_VERB, "the vote means", ("Dana Lee", "said")),
        # fails on main at 74e87f0: "Baker", the possessor (an auxiliary between the name and its verb)
        (_APPOSITION_BEFORE_AN_AUXILIARY, "kept the letters", ("Maria", "claimed")),
        # fails before session 27: "Baker", the possessor
        (_APPOSITION_CLOSING_THE_TAG, "planned it all", ("Lena Ortiz", "said")),
        # session 40, GUIDE decision 553: "the actress's visit" never names her as the actress, so the description
        # stays as written (session 27 read it as Lena Ortiz, by inference)
        (_DESCRIPTION_USED_BEFORE, "never lose a file", ("actress", "said")),
        # "an actress came on": the one brought in unnamed
        (_DESCRIPTION_BROUGHT_IN_UNNAMED, "never lose a file", ("actress", "said")),
    ],
)
def test_speaker(text, words, expected):
    assert _said(text, words) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each fails before session 27: no attribution
        ("After the tests, Lena Ortiz learned that she had a rare fever.", ("Lena Ortiz", "learned")),
        ('Mayor Carl Hume credited the crews with keeping "every road open" all winter.', ("Carl Hume", "credited")),
        ('Mayor Carl Hume has termed the delays "unacceptable" and ordered a review.', ("Carl Hume", "termed")),
        ('In 2015, Lena Ortiz labeled the agreement "a fraud" because it set no tax.', ("Lena Ortiz", "labeled")),
    ],
)
def test_cues(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The nation learned that the plant had closed.",  # the public's learning is the writer's news (decision 488(a))
        "The Harbour Courier has learned that the plant will close.",  # an outlet's (decisions 55, 161)
    ],
)
def test_learning_that_is_the_writers_news(text):
    assert _said(text) is None


def test_credited_with_a_noun_phrase_is_no_report():
    # decision 488(b): "credited the coach with the win" is a speech act with no content (decision 2)
    assert _said("Mayor Carl Hume credited the coach with the win.") is None
