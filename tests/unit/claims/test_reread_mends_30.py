"""Mends from session 30's reread of the round's rules, each on invented text: the future perfect still points ahead;
a timetable in a relative clause or after a verb of deciding under a past stays ahead; "hope for" and "pray for" a
thing stay wishes; a bulleted list in mid-body does not keep a closing headline; the body's own list below a lead-in
is no comment thread; a relative pronoun in a judged clause's subject is no question word."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text, published="2024-03-06"):  # a Wednesday
    return extract_claims(text, split_sentences(text), published=published)


def _date_values(text, word):
    return [d.value for c in _claims(text) for d in c.dates if word in d.text.lower()]


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # The future perfect is no guess about the past: "will have closed by Friday" is the coming Friday.
        ("The firm will have closed the deal by Friday.", "friday", "2024-03-08"),
        ("The lawyers will have filed the papers by October.", "october", "2024-10"),
        # A timetable's present in a relative clause under a past, or after a verb of deciding, still points ahead.
        ("The council approved a plan that takes effect Monday.", "monday", "2024-03-11"),
        ("Officials decided the new bridge opens Monday.", "monday", "2024-03-11"),
    ],
)
def test_future_perfects_and_timetables_under_a_past_point_ahead(text, word, value):
    assert _date_values(text, word) == [value]


def test_a_modal_perfect_other_than_the_future_still_points_back():
    # Guard: "must have left on Friday" guesses at the past.
    assert _date_values("The courier must have left the parcel on Friday.", "friday") == ["2024-03-01"]


@pytest.mark.parametrize(
    "text",
    ["The farmers hope for a better year.", "The growers hope for a dry summer.", "We pray for a peaceful Christmas."],
)
def test_hoping_or_praying_for_a_thing_is_a_wish(text):
    assert [c.modality for c in _claims(text)] == ["intention"]


def test_praying_for_a_length_of_time_is_no_wish():
    # Guard (GUIDE decision 350): a "for" phrase of how long tells the act.
    assert [c.modality for c in _claims("The monks prayed for an hour before dawn.")] == ["none"]


def test_a_list_in_mid_body_does_not_keep_a_closing_headline():
    text = (
        "The harbour board set out its plans for the waterfront on Tuesday after a year of talks with residents.\n\n"
        "- A new ferry terminal will open in May.\n\n"
        "- The old quay will be sold.\n\n"
        "Board members said the changes would cost less than repairs to the old pilings over the next decade.\n\n"
        "Residents who spoke at the meeting said they welcomed the terminal but feared the loss of the quay.\n\n"
        "- Ferry fares set to rise again in spring as costs climb"
    )
    texts = [c.text for c in _claims(text)]
    assert not any("Ferry fares set to rise" in t for t in texts)
    assert any("The old quay will be sold" in t for t in texts)


def test_the_bodys_own_list_below_a_lead_in_is_no_comment_thread():
    text = (
        "The harbour board voted on Tuesday to change how the waterfront is run after a year of talks.\n\n"
        "Board members said the old quay had cost the port more than it earned for a decade.\n\n"
        "Fishing crews said the vote left them with nowhere to land their catch in winter.\n\n"
        "The board said it would open talks with the fleets in the spring.\n\n"
        "Residents are split on the changes, which take a year to complete.\n\n"
        "The plan has three parts:\n\n"
        "- A new ferry terminal will open in May.\n\n"
        "- The old quay will be sold to a developer.\n\n"
        "- Fares for visitors will rise by a tenth.\n\n"
        "Reblogged this on harbourwatcher22 and commented:"
    )
    texts = [c.text for c in _claims(text)]
    assert any("The old quay will be sold to a developer" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The court decided that the firm which built the bridge was liable.", "court"),
    ],
)
def test_a_relative_pronoun_in_the_judged_clause_is_no_question(text, source):
    sources = [c.attribution and c.attribution.source for c in _claims(text)]
    assert sources and all(s is not None and source in s for s in sources)
