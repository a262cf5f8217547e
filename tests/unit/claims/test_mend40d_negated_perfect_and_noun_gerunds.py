"""Session 40 mend (mend40d): a negated gerund that a preposition of the main verb governs (GUIDE decisions 39, 184,
637(b), 795(b)) is negative also in the perfect and the passive ("for not having paid", "for not being consulted") and
where the tagger reads the gerund as a noun or an adjective of the object and hangs the "not" there ("for not closing
wards", "for not refunding passengers")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text",
    [
        "The league fined the club for not having paid its players.",
        "The coach blamed the referee for not having seen the foul.",
        "The club was criticized for not being consulted on the move.",
        "The firm was fined for never having filed a return.",
        "The health board was praised for not closing wards.",
        "The regulator fined the airline for not refunding passengers.",
    ],
)
def test_perfect_passive_and_noun_tagged_gerunds_negate(text):
    assert _claims(text)[-1].polarity == "negative"


def test_a_not_before_a_pronoun_in_ing_is_no_gerund():
    assert _claims("The fans praised the club for not nothing.")[-1].polarity == "positive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one list (claims.json `gerund_complement_prepositions`): after the main verb, the gerund's whole content counts
        ("The council saved money by cutting not only staff but also services.", "negative"),
        ("The club was praised for investing in youth, not stars.", "negative"),
        ("The firm was fined for selling not only bonds but also shares.", "negative"),
        # a verb of the polarity list in the gerund does not count (the gold of 04#23, 456#14)
        ("The senator was under fire for failing to declare the gift.", "positive"),
        ("The court ruled for the firm by denying the request.", "positive"),
        # nor an absolute with a subject of its own
        ("The debate goes on, with the authors suggesting it was a predator, and not simply a scavenger.", "positive"),
        # a clause of time or concession of its own does not pass its negation
        ("Despite pledging to protect jobs, not profits, the company laid off workers.", "positive"),
        ("The team hired a coach after failing to win for years.", "positive"),
    ],
)
def test_the_gerund_complements_whole_content_counts(text, expected):
    assert _claims(text)[-1].polarity == expected


@pytest.mark.parametrize(
    "text",
    [
        "The money goes to not merely research but also to training.",
        "The grants go to not just universities, but also to start-ups.",
    ],
)
def test_not_just_on_a_prepositions_object_as_negation(text):
    # decisions 32, 98: the parser may hang "not" as a negation of the object or of its restricting adverb
    assert _claims(text)[-1].polarity == "negative"
