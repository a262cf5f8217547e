"""Attribution, session 34: a quotation introduced by a lead-in before a colon (GUIDE decisions 61, 228, 250).

- The words before the colon only introduce the quotation, which is the lead-in's subject's: a person or a body named
  or a pronoun standing for one ("Dana Cole threw herself under the bus: “…”", "She continued: “…”"), also where the
  lead-in is a name and its description alone ("Owner Tom Reyes, also at the game: “…”").
- The cue is the lead-in's reporting verb ("tweeted this announcement:"), else `null`.
- A quotation with no finite verb after the colon is a caption or phrase, not words spoken; "I asked …:" is the
  writer's own (decision 250)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_LEAD_IN_WITHOUT_SPEECH = "Dana Cole threw herself under the bus: “I take the blame for the whole season.”"
_PRONOUN_LEAD_IN = "Maria Lopez spoke at the rally on Friday.\n\nShe continued: “We will keep the clinic open all year.”"
_NAME_AND_DESCRIPTION = 'Owner Tom Reyes, also at the game: "We have wanted to help the team for years."'
_QUOTE_VERB_HEADS_THE_SENTENCE = 'Dana Cole gave her verdict on the plan: "It is a waste of money."'
_SECOND_VERB_REPORTS = (
    "In the middle of the storm, Brightline stepped in and tweeted this notice: “We are all worried about the delays. "
    "Fares have dropped to help riders get home.”"
)
_QUOTE_OVER_SENTENCES = 'Diver Paul Brandt, a Dutch engineer, took a look: "It is a lot of silt. The hull is cracked."'
_CAPTION = 'Dana Cole held up a sign for the cameras with the words: "Home at last".'
_WRITERS_OWN = 'I asked the chatbot: "What is the capital of Peru?"'


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fails before session 34: no attribution
        (_LEAD_IN_WITHOUT_SPEECH, "threw herself", ("Dana Cole", None)),
        (_PRONOUN_LEAD_IN, "She continued", ("Maria Lopez", None)),
        (_NAME_AND_DESCRIPTION, "Tom Reyes", ("Tom Reyes", None)),
        (_QUOTE_VERB_HEADS_THE_SENTENCE, "gave her verdict", ("Dana Cole", None)),
        # (held before session 34 by the tweet's own frame on this parse; kept: the lead-in's cue is its reporting verb)
        (_SECOND_VERB_REPORTS, "stepped in", ("Brightline", "tweeted")),
        (_SECOND_VERB_REPORTS, "Fares have dropped", ("Brightline", "tweeted")),
        # fails before session 34: no attribution for either sentence of the quote
        (_QUOTE_OVER_SENTENCES, "took a look", ("Paul Brandt", None)),
        (_QUOTE_OVER_SENTENCES, "The hull is cracked", ("Paul Brandt", None)),
    ],
)
def test_lead_in_speaker(text, words, expected):
    attribution = next(c.attribution for c in _claims(text) if words in c.text)
    assert attribution is not None
    assert (attribution.source, attribution.cue) == expected


@pytest.mark.parametrize("text", [_CAPTION, _WRITERS_OWN])
def test_no_speaker_for_a_caption_or_the_writers_own_words(text):
    assert all(c.attribution is None for c in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # the reread of h34attr (rev34a's finding 1): the lead-in's subject gets, hears or cites someone else's words
        "Reuters obtained an internal memo from the finance ministry: \u201cWe cannot meet the deficit target this year.\u201d",
        "The court heard from the victim\u2019s mother: \u201cShe was the light of our family.\u201d",
        "The striker drew a rebuke from his coach: \u201cHe must learn to pass the ball.\u201d",
    ],
)
def test_a_lead_in_that_receives_someone_elses_words_names_no_speaker(text):
    claims = _claims(text)
    assert all(c.attribution is None or c.attribution.source not in ("Reuters", "The court", "The striker") for c in claims)


def test_reading_out_a_statement_before_a_colon_keeps_the_reader():
    # (the reread: "read" is no receiving verb here; a spokesman reading a statement speaks it, decision 228)
    text = "Outside the court, the family spokesman Tom Hale read a statement: \u201cWe are relieved the trial is over.\u201d"
    assert _claims(text)[0].attribution.source == "Tom Hale"
