"""Session 40 mend (mend40d) of h40modpol's quoted hedge.

- "Defense lawyers said they would argue that …": indirect speech, whose "would" is a backshifted "will" (GUIDE decision
  474), is no quoted hedge: the speech still ahead, intention, the said's attribution kept. Decision 676's hedge is the
  speaker's own "I would say …" inside quotation marks; the speaker's "I may add that …" (559(b)) is no hedge; the
  tag's source and cue stay with a hedge even where the tag names no one (676); a pronoun object with a tag question
  ('"I would say that, wouldn't I?"') frames no clause.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defense lawyers said they would argue that the search was illegal.", ("commitment", "intention", "said")),
        ("The lawyer told the court he would not argue that his client was insane.", ("commitment", "intention", "told")),
        ("Prosecutors said they might argue that the defendant fled the country.", ("commitment", "possibility", "said")),
    ],
)
def test_indirect_speech_would_is_no_quoted_hedge(text, expected):
    claim = _claims(text)[-1]
    assert (claim.kind, claim.modality, claim.attribution.cue if claim.attribution else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"I may add that the plant will not close," she said.',
        '"We may say that the deal will be signed next week," the envoy said.',
        '"I would say that, wouldn\'t I?" the captain said.',
    ],
)
def test_permission_and_pronoun_objects_are_no_quoted_hedge(text):
    assert _claims(text)[-1].modality != "possibility"


def test_an_unnamed_tag_keeps_its_cue_for_a_quoted_hedge():
    claim = _claims('"I would say the crew is tired," she said.')[-1]
    assert (claim.modality, claim.attribution.cue if claim.attribution else None) == ("possibility", "said")


@pytest.mark.parametrize(
    "text",
    ['"The board would argue that the plan failed," she said.', '"He would argue the plan failed," she said.'],
)
def test_a_partys_supposed_speech_in_a_quote_is_a_hedge_whatever_names_it(text):
    # decision 474: "the board would argue that …", with or without a party named, is 139's hedge
    assert _claims(text)[-1].modality == "possibility"
