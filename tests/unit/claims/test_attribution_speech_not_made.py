"""Attribution of speech and belief under a modal (invented text): a hedge ("few would argue that …", "it could be
argued that …", GUIDE decisions 84, 139, 332) and a speech still ahead or only supposed ("the union will announce that
…", "a clerk would have said: …", decision 474) report nothing said or held, so the unit has no source; an outer
speaker keeps a unit whose reported content holds such a speech (decision 429)."""

import pytest
from test_attribution_made_clear import attributions  # (the claims' (source, cue) pairs of an invented text)


@pytest.mark.parametrize(
    "text",
    [
        "Few would argue that the old mill had no value to the town.",
        "Most bakers could argue that the new flour is too coarse.",
        "The tenants may still believe the landlord will fix the roof.",
        "Liberals can acknowledge that their luck shaped their views.",
        "The ferry firm might have suggested that it would add a second boat.",
        "A shopper can ask a question such as, “Where is the bread?”, and the app will answer.",
    ],
)
def test_speech_or_belief_under_a_hedge_has_no_source(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "The union will announce that the strike is over.",
        "Globex will insist that every tablet must go online once a day.",
        "By the last page, careful readers will recognize it as a warning to the board.",
        "A careless clerk would have said: “The forms are lost.”",
    ],
)
def test_a_speech_still_ahead_or_only_supposed_has_no_source(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said the council would argue that the fee is fair.", ("mayor", "said")),
        ("The mayor said the council could argue that the fee is fair.", ("mayor", "said")),
    ],
)
def test_the_outer_speaker_keeps_a_supposed_inner_speech(text, expected):
    assert attributions(text)[0] == expected


def test_a_hedged_thought_inside_a_tagged_quote_is_the_speakers():
    # guard (passes on main): the quote's speaker, not a source of the thought only supposed inside it
    text = "“If a stranger saw the sign, they might think it odd. It is meant for the nurses,” said Dana Lee."
    assert attributions(text)[0] == ("Dana Lee", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards (pass on main): the generic "will tell you", a report of a known fact, a speech made
        ("Many riders will tell you that the service has declined.", ("Many riders", "tell")),
        ("Harbour police can confirm that two men were held on Monday.", ("Harbour police", "confirm")),
        ("Dana Lee said she will tell the board that the plan is dead.", ("Dana Lee", "said")),
        ("The union announced that the strike is over.", ("union", "announced")),
    ],
)
def test_reports_made_keep_their_source(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # GUIDE decision 296: speech or belief of nobody reports no statement made
        "No one is suggesting that the plan is cheap.",
        "Nobody claims that the new ferry will be late.",
        "No one I know thinks the mayor is to blame.",
    ],
)
def test_speech_of_nobody_has_no_source(text):
    assert attributions(text)[0] is None


def test_a_nobody_inside_a_tagged_quote_keeps_the_tag():
    # guard (passes on main): the speaker's own "no one is saying" inside the quote
    assert attributions('"No one is saying it is all gloom," says Dana Holt.')[0] == ("Dana Holt", "says")
