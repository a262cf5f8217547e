"""Attribution (invented text): a request, order or appeal by a party the text names inside what a speaker is reported
to say ("Roe said the board ordered the staff to leave", "… the union called on the mayor to resign", "… that Petrov
made it clear that …") is the inner party's (GUIDE decisions 3, 45, 76, 183, 288): source the one who asks or orders,
cue as written. The speaker's own request ("she said she asked them to wait"), one not made or only supposed, an
indirect question and a noun phrase called for stay the speaker's."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Roe said the federation asked the clubs to postpone the fixtures.", ("federation", "asked")),
        ("Dana Roe said the council urged residents to stay indoors.", ("council", "urged")),
        ("Dana Roe said the board ordered the staff to leave the building.", ("board", "ordered")),
        ("Dana Roe said the union called on the mayor to resign.", ("union", "called on")),
        ("Dana Roe said the union called for the mayor to resign.", ("union", "called for")),
        ("Dana Roe added that Ivan Petrov made it clear that the town needs help.", ("Ivan Petrov", "made clear")),
    ],
)
def test_a_partys_request_inside_reported_speech_is_the_partys(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dana Roe said she asked the staff to leave.",
        "Dana Roe said the board did not order the staff to leave.",
        "Dana Roe said the board may ask the staff to leave.",
        "Dana Roe said the council asked residents whether they were safe.",
        "Dana Roe said the union called for calm.",
        "Dana Roe said the council wanted residents to stay indoors.",
    ],
)
def test_the_speakers_own_request_or_none_made_stays_the_speakers(text):
    assert attributions(text)[0] == ("Dana Roe", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (an indirect question: a request only asked about)
        ("Mara Lind asked whether the ministry urged hospitals to cancel surgeries.", ("Mara Lind", "asked")),
        ("Mara Lind questioned whether the ministry asked hospitals to cancel surgeries.", ("Mara Lind", "questioned")),
        ("Mara Lind wondered if the ministry had urged hospitals to cancel surgeries.", ("Mara Lind", "wondered")),
        # (a request denied, doubted or only alleged: none the speaker vouches was made)
        ("Mara Lind denied that the ministry asked hospitals to cancel surgeries.", ("Mara Lind", "denied")),
        ("The growers doubted that the cooperative had urged farmers to burn the crop.", ("growers", "doubted")),
        ("The tenants alleged that the landlord had asked them to leave by May.", ("tenants", "alleged")),
    ],
)
def test_a_request_asked_about_denied_or_alleged_stays_the_speakers(text, expected):
    assert attributions(text)[0] == expected
