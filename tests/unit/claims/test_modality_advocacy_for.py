"""Requests made with "for" + a party + a to-infinitive ("pushed for the workers to stay on", "asked for the inquiry to be
reopened"), read like "called for X to" (benchmarks/claims_real/GUIDE.md decisions 76, 748(a), 804), and requests whose
infinitive the parser hangs after the party asked ("implored the council to act", "petitioned the mayor to close the
road", decisions 45, 183, 804): modality recommendation."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Critics pressed for the council to reopen the pool.",
        "The union pushed for the workers to stay on.",
        "The mayor's lawyer asked for the inquiry to be reopened.",
        # (a passive infinitive the parser hangs on the thing asked for)
        "They have also asked for negotiations about borders to be based on old lines.",
        "The families lobbied for the law to be changed.",
        "The group campaigned for the city to build a new park.",
        "The residents implored the council to close the road.",
        "The residents petitioned the mayor to close the road.",
        "Residents petitioned the state government to keep the library open.",
    ],
)
def test_a_request_for_a_party_to_act_is_a_recommendation(text):
    assert first(text).modality == "recommendation"


@pytest.mark.parametrize(
    "text",
    [
        # a thing asked for, with the infinitive its purpose; a verb with no "for" and party; a noun phrase alone
        "The tenants asked for help to pay the rent.",
        "She asked for more time to finish the report.",
        "The tenants asked for money to buy food.",
        # (the parser may make the "for" a mark and the thing asked for the infinitive's subject)
        "The family asked for privacy to grieve.",
        "The driver's family has asked for privacy to grieve, police said.",
        "The widow asked for time to mourn.",
        "The company pushed to expand into Asia.",
        "The guild argued for a new levy.",
        # a thing pressed, with a purpose after it
        "He pressed the button to start the engine.",
    ],
)
def test_no_request_of_a_party_gives_no_recommendation(text):
    assert first(text).modality == "none"


@pytest.mark.parametrize(
    "text, kind",
    [
        # what the party is to do is its act; a state it is to stay in or a thing done to it is no one's undertaking
        # (GUIDE decisions 6, 76, 748(a))
        ("Critics pressed for the council to reopen the pool.", "commitment"),
        ("The union pushed for the workers to stay on.", "fact"),
        ("Prosecutors pushed for him to remain free pending his appeal.", "fact"),
        ("The families lobbied for the law to be changed.", "fact"),
    ],
)
def test_the_kind_of_what_is_asked_for(text, kind):
    assert first(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "The union pushed for prices to fall.",
        "The council pushed for rents to be capped.",
    ],
)
def test_a_thing_whose_own_change_is_asked_for_stays_a_recommendation(text):
    # (only a thing to be given, "privacy" or "time", makes the infinitive the asker's purpose)
    assert first(text).modality == "recommendation"
