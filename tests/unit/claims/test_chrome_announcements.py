"""A writer's lines that only say what the text does next (GUIDE decisions 38, 127, 328) and lines that only point the
reader at a link or another source (decisions 11, 227, 378, 533(a)): no claims, though they hold a verb. Lines that also
state something of their own, a speaker's quoted words and "let's" proposing an action in the world stay claims."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def texts_of(text, published="2024-03-05"):
    return [c.text for c in extract_claims(text, split_sentences(text), published=published)]


_BEFORE = "The harbour board met on Monday to weigh the ferry timetable."
_AFTER = "The board voted to keep the night crossing for another year."


def claimed(line, between=" "):
    """Whether `line`, set between two sentences of the story (in one paragraph, or as a paragraph of its own), gives a
    claim; the story's sentences around it always do."""
    texts = texts_of(f"{_BEFORE}{between}{line}{between}{_AFTER}")
    assert _BEFORE in texts and _AFTER in texts
    return any(t.startswith(line[:20]) for t in texts)


@pytest.mark.parametrize(
    "line",
    [
        "For now, let's take a look at the options on the table.",
        "As a start, let’s reuse the timetable we drew up last spring.",
        "I want to begin here, with the oldest ferry on the route.",
        "We'll track the crossings, boat by boat, throughout the evening.",
        "Just to be clear, we won't be reviewing the vessels themselves.",
        "Instead, we'll be looking at whether the new timetable is worth the extra fare.",
        "I'm going to close with a line from the captain's log.",
    ],
)
def test_a_writers_line_that_only_says_what_the_text_does_next_gives_no_claim(line):
    assert not claimed(line)


@pytest.mark.parametrize(
    "line",
    [
        "In honor of my father, who was a deckhand, I'm going to close with his favourite shanty.",
        "We'll start by noting that the board has never cut a crossing.",
        "Let's clean this timetable up once and for all.",
    ],
)
def test_a_line_that_states_something_of_its_own_or_acts_in_the_world_stays_a_claim(line):
    assert claimed(line)


def test_a_promise_of_a_later_text_stays_a_claim():
    # (guard) a writer's promise of another post is their intention (GUIDE decision 328's last sentence), not a line
    # about what this text does next; the guide has no decision on it, so it stays a claim as it stands
    assert claimed("I'll cover the fares in my next post.")


@pytest.mark.parametrize(
    "line",
    [
        # agenda verbs that are acts in the world, with an object of their own
        "We will close the Dayton plant in March.",
        "I will end this war on my first day in office.",
        "I am going to end my career in Boston.",
        # a past "want": biography, not what the text does next
        "I wanted to start a company when I was twenty.",
        # "look at" a thing of the world, not at a wh-clause
        "We will look at every option to keep the plant open.",
        # "let's" proposing an act in the world (decision 18)
        "Let's end this shutdown now.",
    ],
)
def test_a_first_person_or_lets_line_about_the_world_stays_a_claim(line):
    assert claimed(line)


def test_a_sentence_inside_a_quotation_over_several_sentences_stays_a_claim():
    line = '"The fares are too high. We will review every crossing next month. That is a promise," the chairwoman said.'
    assert any(t.startswith("We will review every crossing") for t in texts_of(f"{_BEFORE} {line} {_AFTER}"))


@pytest.mark.parametrize(
    "line",
    [
        # a subject that has more on its mind or on the line: a comparison, no pointer to a source
        "He has more on his mind than football.",
        "Toyota has more on the line this year than any rival.",
        # a line that reports or tells more before its link
        "The company said it would cut 500 jobs, according to a filing available at the link below.",
        "The judge's ruling, which struck down the law, is available at the link below.",
        # a place's "here" with people doing things, no talk presented below
        "Here, workers share the cost of their health insurance.",
        "Here, residents discuss the budget at open meetings every Tuesday.",
    ],
)
@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_line_that_tells_a_fact_of_the_world_stays_a_claim_in_running_text_or_alone(line, between):
    assert claimed(line, between=between)


def test_a_source_that_has_more_about_a_topic_in_running_text_stays_a_claim():
    assert claimed("The Maritime Safety Council has more about ferry inspections.")


def test_a_bracket_never_closed_leaves_the_next_sentences_claims():
    text = f"{_BEFORE} Prices rose (see the table. Wages fell two percent in May. {_AFTER}"
    assert "Wages fell two percent in May." in texts_of(text)
