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
        "When the alarm sounded, the skipper told the deckhands to leave the trawler.",
        "Minutes after the blast, the wardens ordered the tenants to leave the block.",
        "Later that day, the trainer told the riders to go home.",
        "In reply, the council ordered the depot to close.",
        "Next, the magistrate told the jurors to leave the courtroom.",
        "After the vote, the chair told members to leave the hall by the side door.",
        "The magistrate then told the jury to ignore the remark made by the witness.",
        "The umpire then told the bowlers to take the next ferry home.",
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


@pytest.mark.parametrize(
    "text",
    [
        "Following the ruling, the tribunal ordered the county to redraw the wards within 30 days.",
        "The watchdog later ordered the lender to repay its borrowers within 60 days.",
        "At Tuesday's hearing, senators then urged the bureau to finish its review this year.",
        "The guild then urged its members to reject the offer in a vote scheduled for Friday.",
        "During a visit to Vilnius on Monday, the envoy urged allies to send more radar systems.",
        "During his address to parliament, the premier urged the senate to pass the ferry bill.",
        "The council finally urged the two towns to agree to a truce.",
        "The federation eventually urged its clubs to lift the remaining ticket limits.",
    ],
)
def test_an_act_kept_ahead_or_a_request_inside_its_occasion_is_no_step(text):
    # (780(b): "within 30 days", "this year", "scheduled for Friday" keep the act ahead; "during" an occasion,
    # "finally" and "eventually" set the request after no other happening)
    assert _kinds(text)[:1] != ["event"]
