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
        "I'll cover the fares in my next post.",
    ],
)
def test_a_line_that_states_something_of_its_own_or_acts_in_the_world_stays_a_claim(line):
    assert claimed(line)


def test_a_speakers_quoted_announcement_stays_a_claim():
    line = "“We’ll look at every crossing again next month,” the chairwoman said."
    assert any("every crossing" in t for t in texts_of(f"{_BEFORE} {line} {_AFTER}"))


def test_a_line_that_presents_the_interview_below_gives_no_claim():
    text = (
        "The new harbour master took over in May after two decades at sea. Here, the 52-year-old explains his plans.\n\n"
        "What will change first?\n\n"
        "The timetable. We will add an early crossing for the market traders."
    )
    texts = texts_of(text)
    assert not any("explains his plans" in t for t in texts)
    assert "The new harbour master took over in May after two decades at sea." in texts


def test_a_line_opened_by_here_that_says_what_someone_indicates_stays_a_claim():
    assert claimed("Here, the report indicates that the night crossing loses money every winter.")


@pytest.mark.parametrize("line", ["So here goes.", "Read on to find out why the board kept the night crossing."])
def test_a_line_that_only_hands_over_to_what_follows_gives_no_claim(line):
    assert not claimed(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Maritime Safety Council has more about ferry inspections.",
        "The board's full statement on the timetable is available at the link below.",
    ],
)
def test_a_line_that_points_at_a_link_or_another_source_gives_no_claim(line):
    assert not claimed(line, between="\n\n")


_STORY_ABOVE = f"{_BEFORE} The chair said the vote was close."
_STORY_BELOW = f"{_AFTER} Fares will rise in May."


def test_a_read_also_link_in_square_brackets_cut_at_its_question_gives_no_claim():
    text = f"{_STORY_ABOVE}\n\n[See Why Do Ferries Run Late? 7 Strange Ferry Myths Explained.]\n\n{_STORY_BELOW}"
    assert not any("Explained" in t for t in texts_of(text))


def test_a_bracketed_aside_of_the_story_without_a_label_stays_a_claim():
    text = f"{_STORY_ABOVE}\n\n(The crossing was first run in 1952. It has never missed a winter.)\n\n{_STORY_BELOW}"
    assert any("never missed a winter" in t for t in texts_of(text))


def test_a_source_that_has_more_to_say_in_a_sentence_stays_a_claim():
    assert claimed("The Maritime Safety Council has more inspectors on the coast than any other agency.", between="\n\n")
