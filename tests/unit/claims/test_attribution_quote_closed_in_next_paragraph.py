"""Attribution, session 38 (h38attrmiss): a quote a paragraph opens and leaves open, closed by a mark in the next
paragraph that opens none of its own, runs over both paragraphs and keeps its speaker (GUIDE: "a quote that runs over
several units keeps its speaker")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def attributions(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {claim.text: claim.attribution and (claim.attribution.source, claim.attribution.cue) for claim in claims}


_CURLY = (
    "The lab studies sharks.\n\n"
    '"Many animals avoid striped prey," said Dana Holt, who leads the lab.\n\n'
    "“We are using nature's own patterns.\n\n"
    "The diver will be obvious, and the shark will swim right by.”\n\n"
    "The suits go on sale next year."
)
_STRAIGHT = (
    "Holt says:\n\n"
    '"The real point of this work is the new structure.\n\n'
    'Truly new compounds are quite rare. This one adds to many earlier finds."\n\n'
    "The lab is in Oslo."
)


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "after"),
    [
        (_CURLY, "The diver will be obvious", ("Dana Holt", "said"), "The suits go on sale next year."),
        (_STRAIGHT, "Truly new compounds are quite rare.", ("Holt", "says"), "The lab is in Oslo."),
    ],
)
def test_a_quote_closed_in_the_next_paragraph_keeps_its_speaker(text, quoted, speaker, after):
    found = attributions(text)
    assert found[quoted] == speaker
    assert found[after] is None  # the writer's again after the closing mark


def test_a_paragraph_with_no_closing_mark_is_the_writers():
    text = (
        "Holt says:\n\n"
        '"The real point of this work is the new structure.\n\n'
        "The lab opened in Oslo in 2019. Its budget doubled last year.\n\n"
        "Its director is Holt."
    )
    found = attributions(text)
    assert found["Its budget doubled last year."] is None


@pytest.mark.parametrize(
    ("text", "writers"),
    [
        # an inch mark is no quote, nor the closer of one (mend38g, review rev38g)
        ('The new tablet has a 10.9" screen, Lenovo said on Monday.\n\nThe larger model has a 12.4" display.', "The larger"),
        # a quote its own tag follows is no quote left open (GUIDE decisions 213, 674)
        (
            '"We followed every rule at all times, said chief executive Dana Lee.\n\n'
            'Shares in the firm fell 4%. Analysts had expected a 12" drop in margins.',
            "Analysts had",
        ),
    ],
)
def test_a_mark_after_a_digit_closes_no_quote(text, writers):
    found = attributions(text)
    assert next(source for claim, source in found.items() if claim.startswith(writers)) is None
