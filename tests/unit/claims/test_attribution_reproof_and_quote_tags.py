"""Attribution, session 38 (h38attrmiss): verbs of censure, praise and reproof with "for" + a gerund ("criticized the
board for delaying the vote", "thanked the owner for keeping the name", "chastised fans for booing": GUIDE decisions
637(b), 756, 787) report the speaker's content like "blamed X for -ing" (decision 184), and "cracked" and "weighed in"
tag the quote before them like the other verbs that report only as a quote's tag."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def attributions(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [claim.attribution and (claim.attribution.source, claim.attribution.cue) for claim in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor criticized the regional board for delaying the vote.", ("mayor", "criticized")),
        ("The coach thanked the owner for keeping the club's old name.", ("coach", "thanked")),
        ("The comedian chastised the crowd for booing the visiting players.", ("comedian", "chastised")),
        ("The judge rebuked the prosecutors for hiding the files.", ("judge", "rebuked")),
        # a passive with no speaker named (decision 787(b))
        ("The council is being criticized for closing the library early.", (None, "criticized")),
        # quote tags
        ('"He has changed agents more often than I have changed cars," cracked Dana Morrow.', ("Dana Morrow", "cracked")),
        ('"We all miss her so much," Dunn weighed in.', ("Dunn", "weighed")),
    ],
)
def test_reported_through_a_gerund_or_a_quote_tag(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor criticized the delay.",  # a noun phrase alone: a speech act with no content (decision 2)
        "The mayor thanked the volunteers for their work.",  # no gerund
        "The workers cracked the safe before dawn.",  # no quote to tag
    ],
)
def test_no_content_reported(text):
    assert attributions(text)[0] is None
