"""Kind: the provision verbs ("foresees", "envisions", "calls for", "sets out" …) read a document's provision as a
commitment (the kind section: what a document obliges or allows a party to do). A person as their subject ("She
envisions a market hall", "The mayor calls for calm") sets out no document's terms: a state of mind or a speech act with
a noun phrase, read as usual (GUIDE decisions 76, 144, 267). Nor does "set out" + a to-infinitive ("set out to find the
buoys"), an attempt read by its tense (GUIDE decisions 120, 177). A document or a body as the subject keeps the
provision's reading."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The harbour master set out to find the missing buoys.", "event"),
        ("The two engineers set out to rebuild the old mill.", "event"),
        ("In her new book, Dana Lee sets out to answer a simple question.", "fact"),
        ("The report sets out to explain why the ferry fares rose.", "fact"),
    ],
)
def test_setting_out_to_do_something_is_an_attempt_read_by_its_tense(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "She envisions a market hall where farmers sell their cheese.",
        "He foresees a hard winter for the ferry line.",
        "The mayor calls for calm.",
    ],
)
def test_a_person_who_envisions_or_calls_for_a_thing_sets_out_no_provision(text):
    assert kinds(text) == ["fact"]


@pytest.mark.parametrize(
    "text",
    [
        "The treaty foresees cooperation between the two ports.",
        "The plan sets out three stages for the new pier.",
        "The agreement provides for a joint patrol of the bay.",
        "The charter lays down the duties of the board.",
        "The ministry envisages a ban on night sailing.",
    ],
)
def test_a_document_or_a_body_keeps_the_provision(text):
    assert kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The two conventions were ratified in 1995.\n\nThey foresee shared patrols of the lagoon.",
        "The 2010 accords ended the feud.\n\nThey call for the withdrawal of militias from the hills.",
        "The new bylaws were released on Thursday.\n\nThey lay down tight limits on music after eleven.",
        "The ministries of health and labour met on Tuesday.\n\nThey envisage a joint register of clinics from June.",
        "The bylaws were released on Thursday.\n\nThe port was shut.\n\nThey lay down tight limits on music after eleven.",
        "The farmers met on Monday.\n\nThe new bylaws were released on Thursday.\n\nThey lay down tight limits on music.",
    ],
)
def test_they_standing_for_documents_or_bodies_keeps_the_provision(text):
    assert kinds(text)[-1] == "commitment"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers marched in the capital on Monday.\n\nThey call for cheaper fertiliser.",
        "Dozens of fishermen gathered at the quay on Sunday. They call for cheaper diesel.",
        "The bylaws were released on Thursday.\n\nThe farmers met on Monday.\n\nThey call for longer breaks.",
    ],
)
def test_they_standing_for_persons_calls_or_envisions_as_a_person_does(text):
    assert kinds(text)[-1] == "fact"


def test_they_standing_for_nothing_named_keeps_the_provision():
    assert kinds("They call for lower fuel taxes.") == ["commitment"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ('"We envisage a toll on the old bridge from June," the council said.', "commitment"),
        ('"We foresee one depot in Leeds by 2027," the company said in a statement.', "commitment"),
        ('"We envisage a toll on the old bridge from June," the mayor said.', "fact"),
        ('"We call for a toll on the old bridge," the council said.', "fact"),
    ],
)
def test_we_in_a_bodys_quoted_words_is_the_body_except_in_a_call(text, kind):
    assert kinds(text)[-1] == kind
