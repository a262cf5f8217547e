"""Kind, session 37 (h37kef): happenings that declcli read as facts (gold event, declcli fact).

- A simple past "there was/were" + a noun of a one-off happening tells that it took place (the kind section's
  "something occurred"); a perfect, a negation, a recurrence or a count keep their readings.
- In a piece about products, a present perfect passive placed in a named place ("has been found in Ohio") is a happening
  there, not what the product now is.
- A sentence the parser rooted on its subject noun, hanging the simple past right after the subject's "of" phrase
  ("hundreds of parents and villagers protested"), has that past as its predicate.
- A work written up "in" a journal, in the past, a perfect or a passive ("described the fossil in the journal Nature"),
  is the publication the story reports, not a portrayal."""

import pytest
from test_kind import kind_of

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the vote on Friday there were angry scuffles outside the town hall.", "event"),
        ("At the opening of the bridge there was a short invocation from a local pastor.", "event"),
        ("There was a sudden upheaval in the party's leadership last spring.", "event"),
        ("On Sunday night there was a riot in the old quarter of the port.", "event"),
        ("Minutes later there was a loud explosion near the depot.", "event"),
        ("There have been some clashes between the two groups.", "fact"),  # a run up to now
        ("There was no protest when the plant closed.", "fact"),  # a negation
        ("Each spring there was a flood in the lower valley.", "fact"),  # a recurring happening
        ("There were 40 riots in the province in 2019.", "fact"),  # a count, a figure
        ("There was a lot of anger in the room.", "fact"),  # no happening noun
        ("There was a flood of complaints after the broadcast.", "fact"),  # a quantity, no happening
        ("There was a match between the fibres on the coat and the carpet.", "fact"),  # a forensic match, a state
        ("There was a race to build the first plant.", "fact"),
        ("There was little debate about the plan in the council.", "fact"),
        ("There was a clash of cultures inside the new firm.", "fact"),
        ("There was a minor incident at the depot on Monday.", "event"),
        ("There was a power outage across the old town.", "event"),
        ("There had been a riot at the jail weeks earlier.", "event"),  # the past perfect
        ("There were reports of looting in the suburbs.", "fact"),
    ],
)
def test_a_past_there_was_tells_a_one_off_happening_that_took_place(text, expected):
    assert kind_of(text) == expected


def kinds_by_text(text, published="2024-03-05"):
    return {c.text: c.kind for c in extract_claims(text, split_sentences(text), published=published)}


def test_a_perfect_passive_placed_in_a_named_place_is_an_event_in_a_piece_about_a_product():
    kinds = kinds_by_text(
        "The new Corvane Z5 sedan goes on sale in May. Inside, the Corvane's cabin has been refined. "
        "A faulty batch of its airbags has been found in Ohio and Michigan."
    )
    assert kinds["Inside, the Corvane's cabin has been refined."] == "fact"  # what the product now is
    assert kinds["A faulty batch of its airbags has been found in Ohio and Michigan."] == "event"


def test_a_variant_named_by_a_place_or_a_span_keeps_the_product_state():
    kinds = kinds_by_text(
        "The new Corvane Z5 sedan goes on sale in May. The steering has been retuned in the UK version. "
        "The gearbox has been built in Austria since 2018."
    )
    assert kinds["The steering has been retuned in the UK version."] == "fact"  # a variant of the product
    assert kinds["The gearbox has been built in Austria since 2018."] == "fact"  # a standing description


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, dozens of students and teachers protested by blocking the main road.",
        "Late on Sunday, hundreds of nurses and porters protested by marching to the ministry.",
    ],
)
def test_a_past_hung_after_the_subjects_of_phrase_is_an_event(text):
    assert kind_of(text) == "event"


def test_a_participle_under_a_noun_with_its_agent_stays_a_fragment_fact():
    assert kind_of("Copies of the letter, signed by the mayor.") == "fact"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Lee described the fossil this week in the journal Nature.", "event"),
        ("Last month, a second skull was described in the Proceedings of the Royal Society journal.", "event"),
        ("The results are reported in the journal Cell.", "event"),
        ("The team described the new beetle in Nature last week.", "event"),  # a journal named alone
        ("Cases of the fever have been described in medical journals for decades.", "fact"),  # many venues, a span
        ("She described the plan as reckless in a letter to the journal.", "fact"),  # a portrayal
        ("Such cases are reported in journals every year.", "fact"),  # what journals hold in general
    ],
)
def test_a_work_written_up_in_a_journal_is_its_publication(text, expected):
    assert kind_of(text) == expected
