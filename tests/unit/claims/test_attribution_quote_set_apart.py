"""Attribution, session 35: a quote with no tag that opens a paragraph after the writer's own sentence (GUIDE decisions
61, 213, 237, 317).

- Where the claim just before is the writer's own, names no one and reports nothing ("In orbit, water clings to
  surfaces."), the quote has no speaker in the same or an adjacent unit: attribution `null` (decision 237), however
  plainly it is the speaker of the quote before.
- Where the unit before names the speaker acting ("Lee spent a week fixing one.") or is itself the speaker's quote,
  the quote keeps that speaker (decisions 61, 213, 317)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_OPENING = (
    "Dana Lee, the station's chief engineer, has worked in orbit for a decade.\n\n"
    '"The pumps are the hardest part of the job," Lee said.\n\n'
)
_QUOTE = '"If it gets into your eyes, you cannot clear it. You could be blinded."'


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _quoted(text):
    return [c for c in _claims(text) if "eyes" in c.text or "blinded" in c.text]


def test_quote_after_the_writers_sentence_has_no_speaker():
    # fails before session 35: Dana Lee, the speaker of the quote two paragraphs up
    claims = _quoted(_OPENING + "In weightlessness, water clings to surfaces.\n\n" + _QUOTE)
    assert claims
    assert all(c.attribution is None for c in claims)


_TITLED_OPENING = (
    'Governor Dana Lee spoke in the capital on Friday.\n\n"The pumps are the hardest part of the job," Lee said.\n\n'
)


@pytest.mark.parametrize(
    "before",
    [
        _OPENING + "Lee spent a week fixing one last year.\n\n",  # the speaker acting, by name
        _OPENING + '"We check them every morning.\n\n',  # the quote running on
        _TITLED_OPENING + "The governor asked the crowd for calm.\n\n",  # the speaker acting, by role
        _OPENING + "Water behaves oddly up there:\n\n",  # a lead-in
    ],
)
def test_quote_next_to_its_speaker_keeps_the_speaker(before):
    claims = _quoted(before + _QUOTE)
    assert claims
    assert all(c.attribution is not None and c.attribution.source == "Dana Lee" for c in claims)
