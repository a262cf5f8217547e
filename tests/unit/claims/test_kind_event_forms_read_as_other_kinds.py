"""Kind of units that tell one happening but were read as a state or an undertaking: each form, with the near miss that
keeps its other kind (GUIDE kind section; decisions cited per test)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _kind(text):
    claims = extract_claims(text, split_sentences(text), published="2024-06-11")
    assert claims, text
    return claims[0].kind


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board asked the council to close the coastal road a day after the storm.",
        "The county prosecutor asked a magistrate to cancel her bail following those missed hearings.",
        "Ellison told an aide to buy a new laptop a few days after the board meeting.",
    ],
)
def test_a_request_set_after_a_happening_by_a_closing_phrase_is_an_event(text):
    # the parser hangs "after the storm" on the infinitive; it still sets the request after another happening (780(a))
    assert _kind(text) == "event"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister asked the council to reopen the school after the inquiry.", "commitment"),
        ("The judge ordered the firm to pay the fine after the appeal.", "commitment"),
        ("The board asked the agency to publish the figures after the election.", "commitment"),
        ("The regulator asked the bank to repay customers after its review.", "commitment"),
        ("The mayor asked residents to conserve water after the drought.", "fact"),
        ("The harbour board asked the council to close the coastal road after the storm.", "commitment"),
        ("The harbour board asked the council to close the coastal road after a storm.", "commitment"),
    ],
)
def test_a_closing_after_phrase_with_no_sign_the_happening_is_over_times_the_act_asked_for(text, expected):
    # a plain "the", a possessive or "a" on the happening times the act asked for, still ahead (780(b), (c))
    assert _kind(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board asked the council to close the coastal road after the summer.",
        "The harbour board asked the council to close the coastal road.",
        "The harbour board has asked the council to close the coastal road after the storm.",
    ],
)
def test_a_request_after_a_time_or_with_no_step_keeps_the_kind_of_the_one_asked(text):
    # a time may lie ahead, a bare request and a perfect are the story's present news (780(b), (c))
    assert _kind(text) == "commitment"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy was in Lisbon on Friday to press for a ceasefire.",
        "Her former deputy Dana Whitlow was in attendance, as was the city's mayor.",
        "The mayor was in attendance at the gala on Saturday.",
        "The senator was at the hearing on Monday.",
        "The senator was in Tokyo on Monday for talks with trade officials.",
    ],
)
def test_a_party_present_at_a_place_on_one_day_or_in_attendance_is_an_event(text):
    # a copula naming attendance at a place or occasion names the act of attending (decision 478)
    assert _kind(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy was in hospital on Friday.",
        "The envoy was in a good mood on Friday.",
        "The envoy was in Lisbon for years.",
        "The envoy was in Lisbon in 2015.",
        "The envoy was in Lisbon for two weeks in May.",
    ],
)
def test_a_state_a_span_or_a_year_in_a_place_stays_a_fact(text):
    # a condition, a stretch or a year is no one occasion of attending
    assert _kind(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The senator was at home on Friday.",
        "The senator was at her house on Friday.",
        "The senator was not in Tokyo on Monday.",
        "The senator was in Tokyo on Monday while the talks stalled.",
    ],
)
def test_being_at_home_a_negation_or_a_background_presence_stays_a_fact(text):
    # one's own dwelling is a state (541), not attendance; nor is a presence denied or one that sets another happening
    assert _kind(text) == "fact"
