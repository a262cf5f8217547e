"""Attribution (invented text): a verb of convening whose object is an event it calls, a common noun with "a"/"an" or
no determiner ("called a strike to win higher pay", "called a meeting to review the budget"), holds the event for a
purpose: no party is urged to act, so the unit reports nothing (the gold's reading of such a call; the guide's decision
45 covers only a party urged). A party or body told to act ("urged residents to stay indoors", "urged Congress to pass
the bill", "asked the meeting to observe a minute of silence") is still reported content."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    "text",
    [
        "The union called a strike in June to win higher pay.",
        "The board called a meeting to review the budget.",
        "The premier called a snap election in March to strengthen her majority.",
        "The coach called a timeout to calm the players.",
        "The rebels called a truce to bury their dead.",
    ],
)
def test_an_event_convened_for_a_purpose_reports_nothing(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor urged residents to stay indoors.", ("mayor", "urged")),
        ("The governor called the legislature to meet in a special session.", ("governor", "called")),
        ("Dana Roe asked a neighbour to feed the cat.", ("Dana Roe", "asked")),
        # (a body that meets can be urged: only an event a verb of convening calls, with "a"/"an" or none, is convened)
        ("The president urged Congress to pass the bill.", ("president", "urged")),
        ("The bishop asked the convention to approve the motion.", ("bishop", "asked")),
        ("The chairman asked the meeting to observe a minute of silence.", ("chairman", "asked")),
    ],
)
def test_a_party_told_to_act_is_still_reported(text, expected):
    assert attributions(text)[0] == expected
