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
    "The trust's never published the survey.",  # "'s" for "has" before an object
    # a specific thing behind a preposition, by name or by "it" (decision 246)
    "The governor never replied to the petition.",
    "The landlord never complied with the ruling.",
    "Parliament never ratified the Treaty of Lisbon.",
    "The clerk never filed it.",
    # one occasion by a "when" clause or a past passive time clause
    "The witness never looked up when the clerk read the charges.",
    "The coach never stood up as the result was announced.",
    # one happening perceived
    "The neighbours never heard the blast.",
    "The lookout never noticed the skiff as it slipped past the buoy.",
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
    # a contest, post or practice that recurs, even with a definite or possessive object (decisions 246, 451)
    "The rovers have never won the cup.",
    "The side has never reached the final.",
    "She has never lost her seat.",
    "The mill has never cut its dividend.",
    "The firm never missed its sales forecast.",
    "The umpire never lost his composure.",  # a possessed quality
    # a span bound another way than by the adverb "before"
    "The serum had never been tried on horses before that study.",
    "The letters had never previously been shown.",
    "The film had never been screened until this month.",
    "After the fall, she never rode the mare again.",
    "The bylaw's never enforced.",  # "'s" for "is": a present passive
    # a tenure or a stretch in the time clause is a span
    "He never missed a vote while he was in the senate.",
    "She never dropped a set as she was rising through the rankings.",
)


def test_the_outcome_of_many_searches_stays_a_fact():
    """GUIDE decision 643(c): after a run of searches by an unnamed class, the outcome is a fact."""
    text = "Generations of anglers have hunted for the pike. The pike was never caught. The ring was never found."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert claims[2].kind == "event"  # its own sentence before tells no search
    text = "For years, collectors searched the attics for the map. The map was never found."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert (claims[-1].kind, claims[-1].polarity) == ("fact", "negative")


def kind_and_polarity(sentence):
    (claim,) = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    return claim.kind, claim.polarity


@pytest.mark.parametrize("sentence", NEGATED_HAPPENINGS)
def test_never_on_a_specific_thing_or_occasion_is_a_negated_happening(sentence):
    assert kind_and_polarity(sentence) == ("event", "negative")


@pytest.mark.parametrize("sentence", NEGATED_EXPERIENCES)
def test_negated_experience_stays_a_fact(sentence):
    assert kind_and_polarity(sentence) == ("fact", "negative")
