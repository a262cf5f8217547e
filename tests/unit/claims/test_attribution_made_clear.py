"""Attribution, session 23: "made (it) clear that …" and "made known that …" + clause report the clause like "stated"
(GUIDE decision 288): source the subject, cue the words as written without "it"; under a modal ("should make it clear
that …") nothing has been stated yet."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def attributions(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [claim.attribution and (claim.attribution.source, claim.attribution.cue) for claim in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a candidate, Carla Brennan had made it clear that she would take a hard line with the board.",
            ("Carla Brennan", "made clear"),
        ),
        (
            "Soon after her arrival, Marta Okafor quickly made clear that she saw the post as a stepping stone.",
            ("Marta Okafor", "made clear"),
        ),
        ("The parish council made known that it would not renew the lease.", ("parish council", "made known")),
    ],
)
def test_made_clear_reports_the_clause(text, expected):
    assert attributions(text)[-1] == expected


def test_made_clear_keeps_the_degree_word_in_the_cue():
    text = "David Vance chaired the meeting. He had made it very clear that he would oppose the merger."
    assert attributions(text)[-1] == ("David Vance", "made very clear")


@pytest.mark.parametrize(
    "text",
    [
        "The chief executives should make it clear that they are angry about the decision.",
        "The mechanic made the repair quickly on Monday.",
    ],
)
def test_no_statement_made(text):
    assert attributions(text)[-1] is None


def test_clause_before_a_colon_stays_the_main_statement():
    text = "What is known is that the mayor had every reason to worry: Ines Roca had made it clear that she would run."
    claim = extract_claims(text, split_sentences(text), published="2024-03-05")[-1]
    assert (claim.attribution.source, claim.attribution.cue) == ("Ines Roca", "made clear")
    assert claim.modality == "none"
