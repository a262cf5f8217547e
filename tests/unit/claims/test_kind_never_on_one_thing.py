"""Kind: "never" on a past or perfect act done to a specific thing the text points to, or placed at one occasion, denies
that one act, a negated happening (GUIDE decision 246: "the tape has never been aired" is an event); a negated
experience over a span ("I had never seen one before", "she has never lost a final") stays a fact."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

NEGATED_HAPPENINGS = (
    "The council has never published the audit.",
    "The recording was never broadcast in full.",
    "Lee said he never signed the lease.",
    "The mayor never answered the letter.",
    "The defendant never looked up as the jury foreman read the verdict.",  # one occasion, by a past time clause
)

NEGATED_EXPERIENCES = (
    "I had never seen the film before.",
    "We never met his brother.",
    "She has never lost a final.",
    "He never did jail time.",
    "The agency never has administered vaccines.",
    "Its users are never locked into a contract.",
    "I had never read the report before.",
    "Such comets have never been filmed up close as they always travel behind the Sun.",  # a present "as" of reason
)


def kind_and_polarity(sentence):
    (claim,) = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    return claim.kind, claim.polarity


@pytest.mark.parametrize("sentence", NEGATED_HAPPENINGS)
def test_never_on_a_specific_thing_or_occasion_is_a_negated_happening(sentence):
    assert kind_and_polarity(sentence) == ("event", "negative")


@pytest.mark.parametrize("sentence", NEGATED_EXPERIENCES)
def test_negated_experience_stays_a_fact(sentence):
    assert kind_and_polarity(sentence) == ("fact", "negative")
