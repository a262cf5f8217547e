"""Past requirements and forcings, "the last time" and contrasts in subordinate clauses, on invented sentences.

Kind:
- A past requirement ("were required to") on an unnamed class with no one occasion in view is decision 200's standing
  rule (fact); one "under" a document is what the document obliges a party to do (commitment); a specific party, or an
  act bound to one occasion ("before the race"), keeps the happening (event). A forcing passive stays an event, in
  reported speech too (decision 556(a)), and a routine told with it is a habit (decision 468: fact).
- "The last time X did Y was <date>" is an event whatever the parse (decision 467), with "previous", "only", "most
  recent", a span preposition, a "when" clause or a season as dating; a complement whose head judges or describes
  ("a 3-0 rout in March") is a fact.
- A get-passive repeated over time ("got hurt every year") is decision 438's fact.

Polarity:
- An appended ", not X" inside an adverbial gerund clause ("Despite pledging to …, not …") is subordinate (decisions 82,
  229); the elliptical "No matter the cost" negates nothing (decision 546(b))."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _last(text):
    return extract_claims(text, split_sentences(text), published="2024-05-01")[-1]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Until 2015, foreign drivers were required to carry a paper permit.", "fact"),
        ("Under the old code, shopkeepers were required to close on Sundays.", "fact"),
        ("Clinics were required to report every new case.", "fact"),
        ("Runners were required to sign a waiver before the relay.", "event"),
        ("The harbour master was required to testify.", "event"),
        ("Hundreds of villagers were forced to flee their homes on Sunday.", "event"),
    ],
)
def test_a_past_requirement_on_a_class_is_a_standing_rule(text, kind):
    assert _last(text).kind == kind


def test_a_past_requirement_under_a_document_is_no_happening():
    # what the document obliges a party to do (the kind section's commitment), left to the rules after the frame
    assert _last("Under the settlement, the brewery was required to pay $2 million.").kind != "event"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 3,000 islanders were forced to leave their homes.",
        "The agency said more than 8,000 people were forced to flee the floods on Monday.",
        "He said he was forced to quit the board in 2018.",
    ],
)
def test_a_forcing_passive_reported_with_the_tag_first_is_what_happened(text):
    assert _last(text).kind == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line was forced to cancel sailings every winter.",
        "As an apprentice, he was required to clean the ovens every morning.",
    ],
)
def test_a_forcing_passive_told_as_a_routine_is_a_habit(text):
    assert _last(text).kind == "fact"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The last time I saw my cousin was in April.", "event"),
        ("The last time the league expanded its playoffs was in 2021.", "event"),
        ("The last time the club won a trophy was before the war.", "event"),
        ("The first time she sang in public was when she was nine.", "event"),
        ("The last time the bridge was repainted was in the spring.", "event"),
        ("The previous time the board cut the dividend was in 2009.", "event"),
        ("The only time the team lost at home was in 2017.", "event"),
        ("The last time the two clubs met was a 4-1 thrashing in April.", "fact"),
        ("The first time the engine was fired was a failure in 2012.", "fact"),
    ],
)
def test_the_last_time_a_happening_was_dated(text, kind):
    assert _last(text).kind == kind


def test_a_get_passive_repeated_over_time_is_a_pattern():
    assert _last("Dozens of cyclists got hurt every year at that junction.").kind == "fact"
    assert _last("The two cooks got fired after the inspection.").kind == "event"


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("Despite promising to back farmers, not retailers, the ministry cut subsidies in June.", "positive"),
        ("The mayor vetoed the budget after vowing to fund parks, not parking.", "positive"),
        ("By choosing to fund buses, not trams, the county angered commuters.", "positive"),
        ("Instead of agreeing to meet in Oslo, not Geneva, the delegates went home.", "positive"),
        ("Since taking office, the governor has pushed to spend on clinics, not prisons.", "negative"),
        ("No matter the price, the city will buy the land.", "positive"),
        ("The club will sign him, no matter the fee.", "positive"),
        ("No matter how hard it rains, the race will go ahead.", "positive"),
    ],
)
def test_a_contrast_or_no_matter_in_a_subordinate_clause_negates_nothing(text, polarity):
    assert _last(text).polarity == polarity
