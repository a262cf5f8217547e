"""Kind: the simple past passive of a request or instruction with no teller named ("were asked to", "was ordered to",
"were encouraged to") tells the instruction given on an occasion of the narration, its act behind it: an `event`
(GUIDE decision 704(a)), for a class as for a named party. An act the unit keeps ahead, a routine, a ban, a teller
named after "by", and a present or future frame keep their kinds."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def last_kind(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    assert claims, text
    return claims[-1].kind


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers were asked to sort the letters into three piles.",
        "Gardeners were encouraged to treat the beetles as a warning sign.",
        "Pelham was ordered to repay the landlord $90.",
        "Two local choirs were invited to sing at the reopening of the hall.",
        "The pupils were told to copy the map onto squared paper.",
    ],
)
def test_a_past_instruction_received_is_an_event(text):
    assert last_kind(text) == "event"


@pytest.mark.parametrize(
    "text,kind",
    [
        # the act kept ahead: the kind follows the one who is to act (decision 704(a))
        ("Tenants were told to leave the flats by next Sunday.", "fact"),
        # a ban that stands
        ("She was ordered not to contact the witnesses.", "commitment"),
        # the teller named after "by" (decisions 45, 780)
        ("The minister was advised by her officials to delay the scheme.", "commitment"),
        # a present or future frame
        ("Visitors are asked to keep to the paths.", "fact"),
        ("Residents will be urged to conserve water.", "commitment"),
    ],
)
def test_near_misses_keep_their_kind(text, kind):
    assert last_kind(text) == kind
