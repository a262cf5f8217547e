"""Attribution, session 42 (h42attr): an "as X said" aside the parser hung on a piece of the main clause.

- An aside "as X said/pointed out/told me" set in the main clause credits the clause to X like "As iFixit points out,
  …" (GUIDE decision 24), also where the parser hung it on a verb it joined below the clause's main verb as a
  complement ('Worse, as one manager said, "I trust few …, so it's likely I …"': the aside on "trust", under the root
  "'s"; "As X pointed out, it's not hard to see how …" under a later root).
- An aside inside a relative clause credits that clause only: the main statement stays unattributed."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _attribution(text, words):
    claim = next(c for c in extract_claims(text, split_sentences(text), published="2024-03-05") if words in c.text)
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fails before session 42: the aside hung on "trust", a complement under the root "'s"
        (
            "Worse, as one manager said, \"I trust few of the vendors, so it's likely I overlook the ones who may be "
            'raising real problems."',
            "Worse",
            ("one manager", "said"),
        ),
        # fails before session 42: the aside hung on "'s", a complement of the root "would matter"
        (
            "As harbour historian Dana Holt pointed out in the Coastal Review in 2015, it's not hard to see how the loss "
            "of a ferry route, cutting an island off from its only doctor, would matter to the people who live there.",
            "As harbour historian",
            ("Dana Holt", "pointed out"),
        ),
        # fails before session 42: "told me" hung on "sell", a complement under the root "'s"
        (
            'Cheaper, as one grower told me, "We sell more of the small ones, so it\'s clear we should plant more of them."',
            "Cheaper",
            ("one grower", "told"),
        ),
    ],
)
def test_an_aside_hung_on_a_joined_piece_of_the_main_clause_credits_it(text, words, expected):
    assert _attribution(text, words) == expected


def test_an_aside_hung_on_the_main_verb_is_unchanged():
    text = 'Her café is a wreck and she, as the front page of a local weekly puts it, is already a "legend".'
    assert _attribution(text, "she, as the front page") == ("front page of a local weekly", "puts")


def test_an_aside_inside_a_relative_clause_leaves_the_main_statement_unattributed():
    text = "She thanked the volunteers who, as the organisers said, had cleared the beach before dawn."
    assert _attribution(text, "She thanked") is None
