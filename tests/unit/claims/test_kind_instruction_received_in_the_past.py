"""Kind: the simple past passive of a request or instruction with no teller named ("were asked to", "was ordered to",
"were encouraged to") tells the instruction given on an occasion of the narration, its act behind it: an `event`
(GUIDE decision 704(a)), for a class as for a named party. An act the unit keeps ahead (a deadline, "until" + a present
clause anywhere below the infinitive, "next" before a noun, a future relative clause on its object), a standing routine
(decision 468: "at all times", "whenever", "between"/"during" + a bare plural, "on" + plural days, a rate adjective,
"every"/"each" + an occasion, "only" + a place of a class, "from now on"), a ban, a teller named after "by", and a
present or future frame keep their kinds."""

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
        # "each" on the object shares the act out, no routine; a past "until" clause puts the act behind
        "Walkers were asked to rate each trail on a scale of one to five.",
        "Hikers were told to keep walking until the storm had passed.",
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


@pytest.mark.parametrize(
    "text,kind",
    [
        # a standing routine to be kept each time (decisions 704(a), 468)
        ("Cleaners were instructed to change their gloves between rooms.", "fact"),
        ("Anglers were ordered to sell their fish only at licensed markets.", "fact"),
        ("Cadets were told to report by 7.30 on training days.", "fact"),
        ("Students were told to keep their laptops closed during exams.", "fact"),
        ("Members were asked to pay an annual subscription of ten pounds.", "fact"),
        ("Guests were asked to show their passes whenever they entered.", "fact"),
        ("Drivers were told to fill in a logbook on every journey.", "fact"),
        ("Guests were asked to leave their bags at the desk on each visit.", "fact"),
        # the act still ahead: the kind follows the one who is to act (decisions 704(a), 780(b))
        ("The side was ordered to play its next four fixtures in an empty stadium.", "commitment"),
        ("The retired judge was asked to chair the inquiry, which will sit in the summer.", "commitment"),
        ("Bus passengers were urged to avoid travelling until the floods recede.", "fact"),
        ("Walkers were urged to avoid visiting the park until the storm passes.", "fact"),
    ],
)
def test_a_routine_or_an_act_ahead_is_no_event(text, kind):
    assert last_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # routines read as a party's commitment elsewhere (decision 468 would say `fact`), but never an event
        "Guards were told to carry radios at all times.",
        "Staff were told to park behind the warehouse from now on.",
    ],
)
def test_a_routine_is_never_an_event(text):
    assert last_kind(text) != "event"
