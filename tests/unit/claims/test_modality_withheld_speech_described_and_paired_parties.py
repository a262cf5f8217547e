"""Modality and polarity, session 46 (h46modpol): speech a third party withheld on one occasion (GUIDE decisions 296,
673).

- "The port authority would not immediately describe the damage": "describe" is a verb of making known like "explain"
  and "detail" (claims.json `withheld_speech`): the speech not made, modality none, negative, an event.
- "Neither the council nor the mayor's office would comment on …": the list's "neither … nor" pairing two parties as the
  subject negates the withheld speech like a "not" (decision 383): modality none, negative, an event.
- "The spokesman would not describe the talks as tense": a withheld characterisation is speech not made too, and like
  any speech not made it carries no attribution (decision 673), whatever the object and "as" phrase after the verb.
- Near misses keep their reading: a lone "Neither team would comment" (decision 383: positive), the speaker's own hedge
  "I wouldn't describe it as a crisis" (decisions 139, 558), and a "would" with no negation.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _reading(text):
    claim = extract_claims(text, split_sentences(text), published="2024-03-05")[0]
    return claim.kind, claim.modality, claim.polarity


@pytest.mark.parametrize(
    "text",
    [
        # fail before session 46: "describe" was no verb of withheld speech
        "The port authority would not immediately describe the damage, saying divers were still inspecting the pier.",
        "The hospital would not describe the patient's injuries.",
        # fail before session 46: "neither … nor" on the subject was not read as the negation
        "Neither the city council nor the mayor's office would comment on the audit released Monday.",
        "Neither the airline nor its union would comment on the talks.",
    ],
)
def test_withheld_speech_is_an_event_with_no_modality(text):
    assert _reading(text) == ("event", "none", "negative")


@pytest.mark.parametrize(
    ("text", "expected_modality", "expected_polarity"),
    [
        ("Neither team would comment.", "none", "positive"),
        ("The port authority would not comment on the damage.", "none", "negative"),
        ("I wouldn't describe it as a crisis.", "intention", "negative"),
    ],
)
def test_near_misses_keep_their_reading(text, expected_modality, expected_polarity):
    assert _reading(text)[1:] == (expected_modality, expected_polarity)


def _attribution(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0].attribution


@pytest.mark.parametrize(
    "text",
    [
        # fail before the review's mend: the object and its "as" phrase were read as a reported judgement
        "The spokesman would not describe the talks as tense.",
        "The club would not describe the offer as final, saying talks were continuing.",
    ],
)
def test_withheld_characterisation_has_no_attribution(text):
    assert _reading(text) == ("event", "none", "negative")
    assert _attribution(text) is None


def test_a_characterisation_made_keeps_its_holder():
    attribution = _attribution("The minister described the talks as tense.")
    assert (attribution.source, attribution.cue) == ("minister", "described")
