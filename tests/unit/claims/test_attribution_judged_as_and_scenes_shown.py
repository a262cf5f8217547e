"""Attribution, session 38 (h38attrmiss): a named holder's judgement or portrayal with "as" ("dismissed the audit as a
stunt", "hailed the ruling as a win", "a documentary portrays him as a coward", "was condemned by rights groups as a
breach": GUIDE decisions 172, 532, 699(a)), and what a recording or a study shows through an object and a participle
("Security video shows a man entering the store", "The survey showed voters turning away": decisions 397, 734)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def attributions(text):
    return [claim.attribution and (claim.attribution.source, claim.attribution.cue) for claim in claims_of(text)]


def assert_credited(text, source, cue):
    """The first claim is credited to a source holding `source` (the noun phrase may keep its modifiers), with `cue`."""
    attribution = attributions(text)[0]
    assert attribution is not None
    assert attribution[1] == cue
    assert source in attribution[0]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The mayor dismissed the audit as a political stunt.", "mayor", "dismissed"),
        ("Critics derided the plan as a giveaway to developers.", "Critics", "derided"),
        ("The union welcomed the ruling as a win for crews.", "union", "welcomed"),
        ("Several farm groups hailed the new subsidy as overdue.", "farm groups", "hailed"),
        ("A tell-all memoir has cast the founder as a schemer.", "memoir", "cast"),
        ("Some in Lisbon portray the visit as a snub.", "Some in Lisbon", "portray"),
        # what a recording or a study shows through an object and a participle (GUIDE decisions 397, 734)
        ("Security video shows a man entering the pharmacy at 10 a.m.", "video", "shows"),
        ("The dashcam footage shows the van turning left.", "footage", "shows"),
        ("A grainy photograph shows the mayor shaking hands with the smuggler.", "photograph", "shows"),
        ("The survey showed voters turning away from the party.", "survey", "showed"),
        # (the one shown to is no object the clause hangs on)
        ("The survey is showing you the ice is melting.", "survey", "showing"),
    ],
)
def test_a_holders_judgement_with_as_or_a_scene_shown(text, source, cue):
    assert_credited(text, source, cue)


def test_a_passive_judgement_gives_the_holder_after_by():
    assert attributions("The levy has been condemned by several trade unions as a tax on work.")[0] == (
        "several trade unions",
        "condemned",
    )


def test_dismissed_as_stays_positive_and_a_fact():
    claim = claims_of("The mayor dismissed the audit as a political stunt.")[0]
    assert (claim.kind, claim.polarity) == ("fact", "positive")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor did not dismiss the audit as a stunt.",  # not made (GUIDE decision 211(d))
        "The senator might dismiss the report as partisan.",  # under a modal
        "We dismissed the rumour as nonsense.",  # the writer's own
        "The board dismissed him as chief executive.",  # a post (decision 532's last sentence)
        "The club dismissed its coach as part of a shake-up.",  # an adjunct of purpose
        "The festival has been marketing itself as a must-see weekend.",  # how a party presents itself
        "The warm praise is lauding them as the best band never signed.",  # a reaction, no holder
        # a portrayal after an act gives no holder (the act gives the reading)
        "Kim had spent a year trailing the tycoon and portrayed him in the memoir as a loner.",
        "Shareholders welcomed the merger as word of it spread.",  # "as" + a clause of time (mend38g, decision 699(a))
    ],
)
def test_no_holders_judgement(text):
    assert attributions(text)[0] is None


def test_a_scene_a_recording_shows_happened():
    assert claims_of("Security video shows a man entering the pharmacy at 10 a.m.")[0].kind == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The tape shows a blur at the gate.",  # a bare noun phrase (GUIDE decision 734)
        "The video shows the tense minutes the officers waited outside the door.",  # a relative on the object
        # participles that describe the object, not a scene recorded (mend38g, review rev38g)
        "Satellite images show a freighter owned by a Maltese shipping firm.",
        "Satellite images show an airstrip built by the navy in 2020.",
        "The photo shows the old mill, damaged by a flood in 2018.",
    ],
)
def test_a_recording_with_no_content_clause(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "The overall picture shows that demand for office space is slowing.",  # a situation, no record (decision 734)
        "The jobs picture shows that hiring is cooling in the north.",
    ],
)
def test_a_picture_in_its_figurative_sense_is_no_recording(text):
    assert attributions(text)[0] is None


def test_a_picture_a_device_made_is_a_recording():
    assert attributions("Satellite images show that the runway was extended.")[0] == ("Satellite images", "show")


def test_a_judgement_as_the_second_of_coordinated_verbs_gives_the_first_subject():
    # GUIDE decision 211(c), applied by 532 and 699(a) (mend38g, review rev38g)
    text = "The governor toured the depot and dismissed the inspection as a political stunt."
    assert attributions(text)[0] == ("governor", "dismissed")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The appeals court rejected the petition as untimely.", "appeals court"),
        ("The senators rejected the nominee as unqualified for the post.", "senators"),
    ],
)
def test_as_and_an_adjective_hung_on_the_verb_gives_the_judge(text, source):
    # GUIDE decision 532 (mend38g, review rev38g)
    assert attributions(text)[0] == (source, "rejected")
