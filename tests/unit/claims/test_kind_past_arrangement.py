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
