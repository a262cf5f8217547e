"""Session 32's review mends (rev32b) on the attribution and kind rules merged that session (invented text): a
narrative or habitual "would" reports speech made (GUIDE decisions 107, 371, 452); a speech still ahead reads its
modality, polarity and kind from the outer frame (decision 474); "said" + a noun + a relative clause reports only
where the rest of a clause hangs on; people acting "show" nothing a study would (decision 17); and the kind rules
leave states kept, journeys, things made up, trends and roles on one occasion alone."""

import pytest
from test_attribution_made_clear import attributions  # (the claims' (source, cue) pairs of an invented text)
from test_kind import kind_of

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first_claim(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


# finding 1: a narrative "would" (future-in-the-past or habitual) tells speech that was made


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Kell would later say that she regretted the vote.", ("Dana Kell", "say")),
        ("Omar Lutz, who ran the mill for a decade, would later admit that the dam was a mistake.", ("Omar Lutz", "admit")),
        ("Every Sunday, the ferryman would tell the crew that the boat was safe.", ("ferryman", "tell")),
    ],
)
def test_a_narrative_would_keeps_the_source(text, expected):
    assert attributions(text)[0] == expected


def test_a_belief_under_a_habitual_would_is_held():
    assert attributions("Each winter she would think that the lake must freeze.")[0] == (None, "think")


@pytest.mark.parametrize(
    "text",
    [
        "A careless clerk would have said: “The forms are lost.”",
        "If the mayor were honest, she would say that the bridge was a mistake.",
    ],
)
def test_a_supposed_speech_still_has_no_source(text):
    assert attributions(text)[0] is None


# finding 7: a speech still ahead reads the outer frame (decision 474)


@pytest.mark.parametrize(
    "text",
    [
        "The lawyers for the bakery will argue that the lease was void.",
        "The senator will testify that she never saw the letter.",
    ],
)
def test_a_speech_still_ahead_reads_the_outer_frame(text):
    claim = first_claim(text)
    assert claim.attribution is None
    assert (claim.kind, claim.modality, claim.polarity) == ("commitment", "intention", "positive")


# finding 8: "said" + a noun + a relative clause reports a clause only where the rest of one hangs on


@pytest.mark.parametrize(
    "text",
    [
        "The rabbi said a blessing that lasted ten minutes.",
        "Before the race, the skipper said a few sentences that moved the whole crew.",
    ],
)
def test_words_said_with_a_relative_clause_report_nothing(text):
    assert attributions(text)[0] is None


def test_a_clause_subject_read_as_the_object_of_said_still_reports():
    text = "Dr. Vance said beetles that carry the blight like to nest in old bark."
    assert attributions(text)[0] == ("Vance", "said")


# finding 9: a finding joined to an act, people as subject: only find, discover, determine, conclude


def test_people_acting_show_nothing_a_study_would():
    assert attributions("Shoppers rejected the new bags and showed that they were tired of fees.")[0] is None


def test_people_acting_still_find():
    text = "The inspectors searched the barn and found that the back gate had been forced."
    assert attributions(text)[0] == ("inspectors", "found")


# finding 2: a state kept is no stay


@pytest.mark.parametrize(
    "text",
    [
        "The driver remained in hospital in a serious condition on Friday.",
        "The mayor remained in office on Wednesday despite calls to resign.",
        "The firm remained in talks with its lenders on Thursday.",
        "The patient stayed in intensive care on Sunday.",
        "Dana Kell stayed in control of the board after Tuesday's vote.",
    ],
)
def test_a_state_kept_on_a_day_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    ["She stayed at the shelter on Friday night.", "The three leaders stayed in the valley on Thursday night."],
)
def test_a_stay_at_a_place_on_one_occasion_is_still_an_event(text):
    assert kind_of(text) == "event"


# finding 3: people coming from somewhere travel


@pytest.mark.parametrize(
    "text",
    [
        "Supporters came from across the county to attend the vigil.",
        "Volunteers came from all over the region to help.",
        "Hundreds of mourners came from across the valley to attend the service.",
        "The striker came from the bench to score twice.",
    ],
)
def test_people_coming_from_somewhere_is_an_event(text):
    assert kind_of(text) == "event"


def test_where_a_thing_came_from_is_still_a_fact():
    assert kind_of("Most of the funding came from two regional banks.") == "fact"


# finding 4: "made up" + a thing is no share


@pytest.mark.parametrize("text", ["He made up a story about the fire.", "The bakery made up the difference with a loan."])
def test_made_up_with_no_share_is_an_event(text):
    assert kind_of(text) == "event"


def test_made_up_a_share_is_still_a_fact():
    assert kind_of("Retirees made up nearly half of the town's voters.") == "fact"


# finding 5: a trend or a habit under way is no act on a thing


@pytest.mark.parametrize(
    "text",
    [
        "Fewer foals are being born on the island than at any time since 1950.",
        "More and more barns are being built with solar roofs.",
        "Thousands of trees are being cut down every month.",
        "Children are being taught to swim in primary school across the country.",
    ],
)
def test_a_trend_or_habit_under_way_is_a_fact(text):
    assert kind_of(text) == "fact"


def test_an_act_under_way_on_a_thing_is_still_an_event():
    assert kind_of("The new ferry is being tested on the northern route.") == "event"


# finding 6: a role on one occasion is an act


@pytest.mark.parametrize(
    "text",
    [
        "He served as best man at his brother's wedding.",
        "Dana Kell served as moderator of the debate.",
        "The porter served as a witness at Tuesday's hearing.",
    ],
)
def test_a_role_on_one_occasion_is_an_event(text):
    assert kind_of(text) == "event"


def test_a_post_held_over_a_span_is_still_a_fact():
    assert kind_of("Omar Lutz served as treasurer of the club from 2009 to 2015.") == "fact"
