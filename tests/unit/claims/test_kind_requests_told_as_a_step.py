"""Kind of a past request or instruction: one step of past narration is an event (GUIDE decisions 704(a), 780(a)); a
request with no such mark, a perfect, or an act the unit keeps ahead still takes the kind of the one asked to act."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _kinds(text):
    return [claim.kind for claim in extract_claims(text, split_sentences(text), published="2024-06-11")]


@pytest.mark.parametrize(
    "text",
    [
        "The union then urged its members to return to work.",
        "After the vote, the chair told members to leave the hall.",
        "After the hearing, the judge told the lawyers to leave the room.",
        "In the end, they ordered him to pay the fine.",
        "Once the ship docked, the sailors were told to stay aboard.",
    ],
)
def test_a_request_set_after_another_happening_is_an_event(text):
    assert _kinds(text)[:1] == ["event"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told the crews to clear the roads.",
        "The mayor urged the council on Tuesday to reopen the baths before the autumn.",
        "The coach had ordered the players to train every day.",
    ],
)
def test_a_request_without_a_step_of_narration_stays_the_asked_partys_commitment(text):
    assert _kinds(text)[:1] == ["commitment"]
