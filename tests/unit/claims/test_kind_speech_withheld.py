"""A third party's negated "would" before a verb of answering or making known: the speech not made on one occasion, an
event with no modal frame (GUIDE decisions 296, 673); a hedge, a condition's outcome or a "will" keep their readings."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first_claim(text):
    return next(iter(extract_claims(text, split_sentences(text), published="2024-09-17")))


@pytest.mark.parametrize(
    "text",
    [
        "The bakery wouldn't comment on the recall when reached by phone.",
        "The club would not disclose the transfer fee.",
        "A spokeswoman for the airline would not confirm the figure.",
        "The clinic wouldn't name the patient.",
        "The coastguard would not speculate on the cause of the sinking.",
        "The brewery would not divulge the price.",
        "The harbour police would not give details of the arrest.",
    ],
)
def test_a_withheld_answer_is_an_event_without_a_frame(text):
    claim = first_claim(text)
    assert (claim.kind, claim.modality, claim.polarity) == ("event", "none", "negative")


def test_a_refusal_still_ahead_or_under_a_condition_keeps_its_modal():
    # ("will not": a refusal ahead, decision 75; "if asked": the outcome of a condition, not one occasion told)
    assert first_claim("The bakery will not comment on the recall.").modality == "intention"
    assert first_claim("The bakery would not comment if asked about the recall.").modality == "intention"


def test_the_speakers_own_hedge_is_no_withheld_answer():
    assert first_claim("I wouldn't say the plan failed.").kind == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The bakery said it would not comment until the inquiry was complete.",
        "The trainer said he would not discuss the contract during the season.",
        "For years, the ministry would not confirm any losses at sea.",
        "A responsible club would not reveal a player's medical records.",
        "The bakery would not disclose customer data without a court order, the owner said.",
        "He would never comment on the affair again.",
    ],
)
def test_a_reported_habitual_or_generic_would_is_no_withheld_answer(text):
    # ("said it would not …": the speaker's refusal ahead, decision 75; a habit, decision 371; a generic party,
    # decision 162; a future in the past, decision 107: not decision 673's one occasion)
    assert first_claim(text).modality == "intention"
