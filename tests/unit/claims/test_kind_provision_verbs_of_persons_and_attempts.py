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
