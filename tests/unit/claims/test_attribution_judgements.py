"""Attribution, session 30: verbs of concluding and knowing with a clause of their own. "decided (that)" + clause reports
the holder's judgement (GUIDE decision 165), "knew" + clause with the "that" left out passes it like "knew that"
(decisions 93, 104), and inside reported speech such a verb, like "recognize that" (decision 394), gives the inner holder
(decision 3)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def attributions(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [claim.attribution and (claim.attribution.source, claim.attribution.cue) for claim in claims]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The regulator decided it would review each merger on its own terms.", "regulator", "decided"),
        ("The design team ultimately decided it was too noisy for an office.", "design team", "decided"),
        ("Member states decided Monday that the union must answer more questions.", "Member states", "decided"),
        ("Port officials decided that the warning referred to a real storm.", "Port officials", "decided"),
    ],
)
def test_decided_with_a_clause_is_the_holders_judgement(text, source, cue):
    assert attributions(text)[0] == (source, cue)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The carmaker knew it was working on something far better.", "carmaker"),
        ("Orsolya Brenner knew her situation was far from unique.", "Orsolya Brenner"),
    ],
)
def test_knew_with_the_that_left_out(text, source):
    assert attributions(text)[0] == (source, "knew")


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Two people briefed on the talks said Marlow Pike has decided that the tariffs must stay.",
            "Marlow Pike",
            "decided",
        ),
        (
            "Harbour officials decided that the alert was urgent, a spokesperson for the port authority said.",
            "Harbour officials",
            "decided",
        ),
        (
            '"All the committee members recognize that there is considerable doubt about the forecast," Tessaly Grant said.',
            "All the committee members",
            "recognize",
        ),
    ],
)
def test_a_judgement_inside_reported_speech_is_the_inner_holders(text, source, cue):
    assert attributions(text)[0] == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The board decided to wait for the audit.",
        "The club has not decided whether it will sell the ground.",
        "The council decided the matter on Tuesday.",
        "The residents know who he is.",
        "The committee may decide the plan is too costly.",
        "Shoppers can know exactly what it is they are buying.",
        "Their organisers know exactly what the effects of the march will be.",
    ],
)
def test_no_judgement_reported(text):
    # a decision to act, an open question, a decided matter, questions known, a modal frame: nothing reported
    assert attributions(text)[0] is None


def test_the_speakers_own_view_stays_the_speakers():
    # (the inner holder is a pronoun for the speaker: the outer speaker stays)
    text = 'Dorota Kell, the mayor, spoke on Friday. "I know the bridge will open on time," she said.'
    assert attributions(text)[-1][0] == "Dorota Kell"
