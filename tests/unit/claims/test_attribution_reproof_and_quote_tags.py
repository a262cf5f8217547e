"""Attribution, session 38 (h38attrmiss): verbs of censure, praise and reproof with "for" + a gerund ("criticized the
board for delaying the vote", "thanked the owner for keeping the name", "chastised fans for booing": GUIDE decisions
637(b), 756, 795) report the speaker's content like "blamed X for -ing" (decision 184), and "cracked" and "weighed in"
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
        # a passive with no speaker named (decision 795(b))
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


# mend38g (review rev38g): negated or modal reproofs report no judgement made (GUIDE decisions 756, 795, read as
# 211(c)-(d)); an actor cast in a part, "as" + the doer's own role and "as a favour" portray no one (decision 172).
@pytest.mark.parametrize(
    "text",
    [
        "The regulator did not criticize the ferry company for raising fares.",
        "The coach never thanked the groundsmen for clearing the snow.",
        "The judge might rebuke the prosecutors for hiding the files.",
        "Few observers would fault the rowing team for trying.",
        "The referee never blamed the players for losing the cup final.",
    ],
)
def test_a_reproof_negated_or_under_a_modal_gives_no_source(text):
    assert attributions(text)[-1] is None


@pytest.mark.parametrize(
    "text",
    [
        "The director cast Tom Hardy as the villain.",
        "Netflix cast the singer as a young Elvis in its new drama.",
        "The studio cast an unknown as the lead in its new series.",
        "Lee wrote about the flood as a young reporter in Dhaka.",
        "Lee depicted the harbour as a young artist in Lisbon.",
        "Maria Lopez has lived in the town for decades. She painted the old fence as a favour to her neighbour.",
    ],
)
def test_no_portrayal_gives_no_source(text):
    assert attributions(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics cast the senator as a traitor to his party.", ("Critics", "cast")),
        ("Critics painted her as aloof.", ("Critics", "painted")),
    ],
)
def test_a_portrayal_still_gives_its_holder(text, expected):
    assert attributions(text)[-1] == expected
