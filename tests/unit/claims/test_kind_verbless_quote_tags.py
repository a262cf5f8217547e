"""A quotation with no verb, tagged in its own sentence by any verb of saying or reporting, is a statement, not the
happening of its saying (GUIDE decisions 2 and 316: judge what was said, not the saying)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _unit(claims, words):
    """The claim whose text holds `words`; failing, not raising StopIteration, when there is none."""
    found = [c for c in claims if words in c.text]
    assert found, f"no claim holds {words!r}: {[c.text for c in claims]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a reporting verb after the quote
        ("The council met on Tuesday. “Total gridlock,” Mr. Oskarsson explained.", "gridlock"),
        # an inverted tag with the speaker's description
        (
            'Shares of the shipyard slid. "Hardly a surprise," said Perpetua Vandersloot, an analyst at Corvine Partners.',
            "surprise",
        ),
        # a prediction quoted with no verb
        ("The race tightened in the last week. “Morrow by a landslide,” a county organiser predicted.", "landslide"),
        # a verb that only tags a quote
        ("The pupils listed what they missed. “Or skating on the canal,” another pupil chimed in.", "skating"),
    ],
)
def test_a_verbless_quote_with_its_tag_is_a_fact(text, words):
    assert _unit(_claims(text), words).kind == "fact"


def test_a_quote_with_a_past_happening_keeps_its_event():
    # (guard) the quote holds a clause of its own: a happening told in the past stays an event
    text = "“The crew finished the bridge in a single night,” the foreman responded."
    assert _unit(_claims(text), "bridge").kind == "event"


def test_a_reporting_verb_with_an_object_of_its_own_keeps_its_reading():
    # (guard) the tag says more than who spoke: "posted the photo on her blog" is an act of its own
    text = "“Pure theatre,” Ms. Dunleavy posted the photo on her blog."
    assert _unit(_claims(text), "photo").kind == "event"


def test_a_verbless_quote_before_a_verb_that_is_no_saying_keeps_its_reading():
    # (guard) "cheered as the mayor walked in" is no verb of saying or reporting
    text = "“Happy birthday,” the crowd cheered as the mayor walked in."
    assert _unit(_claims(text), "birthday").kind == "event"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The army kept its plans secret. “Operation Sandstorm” began in March 2019.", "Sandstorm"),
        ('The firm hired forty engineers. "Project Atlas" continued into the spring.', "Atlas"),
    ],
)
def test_a_quoted_title_that_is_the_verbs_subject_keeps_its_event(text, words):
    # (guard) the quote is the subject of "began"/"continued", not words tagged by a speaker after it
    assert _unit(_claims(text), words).kind == "event"
