"""Real units the chrome readers took for furniture (session 30, dropped units): section lines without a number that
complete a lead-in's colon (GUIDE decision 469), and a bulleted list's last items closing the text, which are no
related stories' headlines left below the body."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def texts_of(text, published="2024-03-05"):
    return [c.text for c in extract_claims(text, split_sentences(text), published=published)]


_QUESTION_SECTIONS = (
    "The council meets on Thursday to vote on the harbour budget.\n\n"
    "{lead}\n\n"
    "WHO WILL CHAIR THE VOTE?\n\n"
    "The mayor has said she will step aside for the deputy. The deputy has chaired two votes this year.\n\n"
    "___\n\n"
    "CAN THE FLEETS STOP IT?\n\n"
    "The fishing fleets have asked for a delay. They want another month to read the plan.\n\n"
    "___\n\n"
    "WILL THE FERRY SURVIVE?\n\n"
    "The old ferry quay would close under the plan. Its repairs cost more than it earns."
)

_QUESTIONS = ("WHO WILL CHAIR THE VOTE?", "CAN THE FLEETS STOP IT?", "WILL THE FERRY SURVIVE?")


def test_question_lines_in_capitals_that_complete_a_lead_in_are_claims_that_ask():
    # GUIDE decision 469: the lines completing "Three questions …:" head the sections after it; they are claims read as
    # they stand (the writer's questions), no explainer's question headings nor subheadings in capitals
    text = _QUESTION_SECTIONS.format(lead="Three big questions before the vote:")
    claims = {c.text: c for c in extract_claims(text, split_sentences(text), published="2024-03-05")}
    assert set(_QUESTIONS) <= set(claims), list(claims)
    assert all(claims[q].mood == "question" for q in _QUESTIONS)
    assert "The deputy has chaired two votes this year." in claims


def test_question_lines_in_capitals_under_a_lead_in_ending_in_a_full_stop_stay_subheadings():
    # guard: a lead-in closed by a full stop leaves nothing open; its lines are subheadings (decision 408)
    texts = texts_of(_QUESTION_SECTIONS.format(lead="There are three big questions before the vote."))
    assert not any(q in texts for q in _QUESTIONS), texts


_CLAUSE_SECTIONS = (
    "The club has spent the winter rebuilding its squad.\n\n"
    "We know the following about the club:\n\n"
    "Its defence is much stronger now\n\n"
    "The club signed two centre backs in January. Both played every minute of the last five games.\n\n"
    "The young midfielders look ready for a long season\n\n"
    "Three of them have started every game since the autumn. None of them is older than twenty."
)


def test_clause_lines_without_a_stop_that_complete_a_following_lead_in_are_claims():
    # GUIDE decision 469: "We know the following …:" only announces; the section lines after it are its items
    texts = texts_of(_CLAUSE_SECTIONS)
    assert "Its defence is much stronger now" in texts, texts
    assert "The young midfielders look ready for a long season" in texts, texts
    assert "We know the following about the club:" not in texts


def test_one_clause_line_under_a_lead_in_is_left_to_the_heading_rules():
    # guard: a single line after the colon is no run of sections; the other readers decide it (here a heading)
    # (a full clause, so that only the run's length keeps it out)
    text = _CLAUSE_SECTIONS.split("\n\nThe young midfielders")[0]
    assert "Its defence is much stronger now" not in texts_of(text)


def test_quoted_section_lines_under_a_lead_in_stay_display_copies():
    # guard: a label wholly in quotation marks repeats the section's words (decision 13), as for numbered lines
    text = _CLAUSE_SECTIONS.replace("Its defence is much stronger now", "“Our defence is much stronger now”").replace(
        "The young midfielders look ready for a long season", "“The young midfielders look ready for a long season”"
    )
    texts = texts_of(text)
    assert not any(t.startswith("“") for t in texts), texts


_CLOSING_LIST = (
    "Markets were calm on Wednesday as traders waited for the central bank.\n\n"
    "Here is how the main markets moved:\n\n"
    "- The pound rose 0.3 percent to $1.27 after the jobs report.\n\n"
    "- The euro was little changed at $1.08.\n\n"
    "{tail}"
)


@pytest.mark.parametrize(
    "tail",
    [
        "- Volatility in the common currency jumped to its highest level since June",
        "- Volatility in the common currency jumped to its highest level since June\n\n"
        "- The dollar index, which tracks the greenback against ten peers, was little changed",
    ],
)
def test_bulleted_lines_closing_a_list_of_statements_are_its_items_not_headlines(tail):
    # the body's list of statements ("- The euro was little changed at $1.08."): a bulleted line closing the text that
    # lost its stop is the list's last item, no related story's headline left below the body
    texts = texts_of(_CLOSING_LIST.format(tail=tail))
    for line in tail.split("\n\n"):
        assert line.lstrip("- ") in texts, texts


def test_a_headline_closing_a_text_without_a_bulleted_list_stays_chrome():
    # guard: with no list of the body's own, a line below the last sentence is a related story's headline
    text = (
        "Markets were calm on Wednesday as traders waited for the central bank.\n\n"
        "The pound rose 0.3 percent to $1.27 after the jobs report.\n\n"
        "- Volatility in the common currency jumped to its highest level since June"
    )
    assert not any("Volatility" in t for t in texts_of(text))
