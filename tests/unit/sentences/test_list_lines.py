"""The lines of a list after a lead-in that ends in a colon are sentences of their own (GUIDE decision 56:
the rows that complete a lead-in are claims), in the same paragraph and after a blank line alike; text
wrapped at a fixed width is not cut."""

from declcli.claims import extract_claims
from declcli.pipeline import iter_sentences
from declcli.sentences import split_sentences

LIST = (
    "The jury named three finalists:\n\n"
    "Harbor Robotics, Tacoma, Washington\n"
    "Meridian Labs, Boulder, Colorado\n"
    "Quill Aerospace Inc., Mesa, Arizona\n\n"
    "The winner will be named in May."
)


def texts(text, sentences):
    return [text[s.start : s.end] for s in sentences]


def test_each_line_of_a_list_after_a_colon_paragraph_is_a_sentence():
    expected = [
        "The jury named three finalists:",
        "Harbor Robotics, Tacoma, Washington",
        "Meridian Labs, Boulder, Colorado",
        "Quill Aerospace Inc., Mesa, Arizona",
        "The winner will be named in May.",
    ]
    assert texts(LIST, split_sentences(LIST)) == expected
    assert texts(LIST, iter_sentences(LIST)) == expected  # paragraph at a time, the same cuts


def test_each_line_after_a_colon_line_in_the_same_paragraph_is_a_sentence():
    text = "The council resolves to:\nHold a vote on the budget on Friday.\nPublish the minutes in full"
    assert texts(text, split_sentences(text)) == [
        "The council resolves to:",
        "Hold a vote on the budget on Friday.",
        "Publish the minutes in full",
    ]


def test_a_wrapped_line_after_a_colon_is_not_cut():
    text = "The minister said:\nThe talks resumed on\nJune 9 after a pause."
    assert texts(text, split_sentences(text))[-1] == "The talks resumed on\nJune 9 after a pause."


def test_lines_without_a_colon_before_them_stay_one_sentence():
    text = "Profile: the council\n\nBudget talks\nVote timeline"
    assert len(split_sentences(text)) == 2


def test_the_rows_of_a_list_after_a_lead_in_are_claims():
    claims = extract_claims(LIST, split_sentences(LIST), published="2024-03-05")
    assert {"Harbor Robotics, Tacoma, Washington", "Meridian Labs, Boulder, Colorado"} <= {c.text for c in claims}


def test_lines_of_one_shape_without_a_colon_are_a_lists_rows():
    text = (
        "Finalists\n\n"
        "Harbor Robotics (Region A): third appearance\n"
        "Meridian Labs (Region B): first appearance\n"
        "Quill Aerospace (Region B): second appearance"
    )
    assert texts(text, split_sentences(text))[1:] == [
        "Harbor Robotics (Region A): third appearance",
        "Meridian Labs (Region B): first appearance",
        "Quill Aerospace (Region B): second appearance",
    ]
    # Two lines of one shape are no list, and text wrapped at a fixed width keeps its sentence.
    wrapped = "The talks resumed on\nJune 9 after a break of\nthree weeks in the capital."
    assert texts(wrapped, split_sentences(wrapped)) == [wrapped]


_CLAUSE_ROWS = (
    "You open your shop in its own corner of the town",
    "Buyers find it on the day it opens",
    "People begin to visit and tell their friends",
)


def test_rows_after_a_colon_that_end_in_a_clauses_last_word_are_sentences():
    # a list of clauses, each on its own line after the lead-in (GUIDE decision 56): the units the guide cuts
    text = "Think about it:\n\n" + "\n".join(_CLAUSE_ROWS)
    assert texts(text, split_sentences(text))[1:] == list(_CLAUSE_ROWS)


def test_a_line_wrapped_inside_a_phrase_after_a_colon_stays_one_sentence():
    # it ends in a function word ("in the") or goes on in lower case ("three\nweeks")
    wrapped = "The talks resumed in the\nSpring after a pause of three\nweeks in the capital."
    text = "The minister said:\n" + wrapped
    assert texts(text, split_sentences(text))[-1] == wrapped


def test_rows_after_a_lead_in_broken_off_at_an_ellipsis_are_sentences():
    text = "Because once you see my plan …\n\n" + "\n".join(_CLAUSE_ROWS)
    assert texts(text, split_sentences(text))[1:] == list(_CLAUSE_ROWS)
    assert texts(text, iter_sentences(text))[1:] == list(_CLAUSE_ROWS)  # paragraph at a time, the same cuts


def test_long_lines_without_a_stop_that_end_a_clause_are_sentences_also_without_a_lead_in():
    # a post's lines: the first ends in a lower-case word no phrase goes on from, the next opens in a capital
    lines = ["The city has turned grey with smoke from fires in nearby farms", "It is vital that we protect our children now"]
    text = "\n".join(lines)
    assert texts(text, split_sentences(text)) == lines
    # short lines are a heading's, and a line ending in a function word was wrapped inside a phrase
    for kept in (
        "Budget talks\nVote timeline",
        "The smoke came from fires burning on the farms of\nPunjab and Haryana last week",
    ):
        assert texts(kept, split_sentences(kept)) == [kept]
