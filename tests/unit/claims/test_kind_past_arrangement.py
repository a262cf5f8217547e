"""Kind of a past "was supposed to" or "was meant to" (GUIDE decision 45's arrangement frame, modality `obligation`):
told in the simple past of a party ("The ferryman was supposed to sail at dawn"), the frame tells the arrangement as it
stood, with no act pending at the reference date: kind `fact` (decision 1056), as a thing, time or event under the
frame (decision 654) and a character (decision 941) are read. An act the text dates forward ("was supposed to vote next
month") follows the one who is to act (a specific party: `commitment`), and the present frame ("The clerk is supposed
to lock the gate") keeps decision 45's reading of a party's duty."""

import pytest
from test_mood import first_claim

# sentence: (kind, modality, polarity)
PAST_ARRANGEMENTS = {
    "Dana Whitlow was supposed to sail for the islands at dawn.": ("fact", "obligation", "positive"),
    "Back in 2019, she was supposed to catch a late train from Leeds to York.": ("fact", "obligation", "positive"),
    "Dana Lee was supposed to be one of the judges.": ("fact", "obligation", "positive"),
    "The council's lawyers were meant to file the appeal.": ("fact", "obligation", "positive"),
    "The harbour board wasn't supposed to sell the old pier.": ("fact", "obligation", "negative"),
}


@pytest.mark.parametrize(("text", "expected"), PAST_ARRANGEMENTS.items())
def test_past_arrangement_is_a_fact(text, expected):
    claim = first_claim(text)
    assert (claim.kind, claim.modality, claim.polarity) == expected


# near misses: an act dated forward, the present frame of a party, and another frame in the past
KEPT = {
    "The council was supposed to vote on the budget next month.": "commitment",
    "Dana Whitlow is supposed to sign the lease.": "commitment",
    "The mayor is supposed to open the new bridge on Friday.": "commitment",
}


@pytest.mark.parametrize(("text", "kind"), KEPT.items())
def test_forward_or_present_arrangement_keeps_its_kind(text, kind):
    assert first_claim(text).kind == kind


# an act the text sets after the reference date (2024-03-05 here) is still ahead: the party's commitment (decision 1056),
# set "later" or "soon" or by a date of its own read as the claim's dates are (a later year, a later day, a season still
# to come)
STILL_AHEAD = [
    "The tribunal's judges were supposed to hand down their ruling later this year.",
    "The finance minister was supposed to present the accounts later this month.",
    "The airline was supposed to pay back the grant in 2027.",
    "The committee was supposed to meet on March 28.",
    "The agency was supposed to release its report this autumn.",
    "The governor was supposed to confirm the sale soon.",
]


@pytest.mark.parametrize("text", STILL_AHEAD)
def test_arrangement_whose_act_is_still_ahead_is_a_commitment(text):
    claim = first_claim(text)
    assert (claim.kind, claim.modality) == ("commitment", "obligation")


# near misses: "later" and "soon" counted from the story's own time, and dates that lie before the reference date
PAST_TIMES = [
    "The senator was supposed to leave two days later.",
    "The senator was supposed to leave later that evening.",
    "The senator was supposed to leave soon after the vote.",
    "The committee was supposed to meet on February 20.",
    "The agency was supposed to release its report last autumn.",
    "The airline was supposed to pay back the grant in 2023.",
]


@pytest.mark.parametrize("text", PAST_TIMES)
def test_arrangement_set_in_the_past_stays_a_fact(text):
    assert first_claim(text).kind == "fact"
