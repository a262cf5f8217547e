"""A bare count "N years later" in a general or hypothetical statement (a modal of possibility, or a modal in the
content of a noun) is counted afresh from any occasion of the kind: no date (GUIDE decisions 460, 705)."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates
from declcli.claims.nlp import load_model

REF = dt.date(2031, 3, 4)


def dates(text):
    doc = load_model()(text)
    return [(d.text, d.value) for d in find_dates(text, REF, "present", parse=lambda a, b: doc.char_span(a, b))]


@pytest.mark.parametrize(
    "text",
    [
        "Cracks in badly cured concrete might surface decades later, engineers warn.",
        "Rust can appear decades later under the paint, the inspector said.",
        "An orchard planted on clay may bear fruit only five years later.",
        "The fear that a cheap roof will leak a few years later keeps buyers away.",
        "Insurers doubt that any patient's stitches can hold a month later.",
        # a definite subject picking up a class member named before with an indefinite
        "Giving a puppy a crate early improves the odds that the dog will sleep calmly two years later.",
        # a length of time is no occasion the count is made from
        "Crating a puppy for several weeks improves the odds that the dog will sleep calmly two years later.",
    ],
)
def test_count_in_a_general_or_hypothetical_statement_is_no_date(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two weeks later, the harbour board approved the levy.", [("Two weeks later", None)]),
        ("A year later, the striker would lead the league.", [("A year later", None)]),  # the story's own future
        ("Three days later he could climb again.", [("Three days later", None)]),  # a past ability
        ("The ferry will stop, and two weeks later the pier will close.", [("two weeks later", None)]),  # one occasion ahead
        ("The hearing will open in Leeds just 40 days before polling begins.", [("just 40 days before", None)]),
        # a modal of possibility on a definite subject or a pronoun: the story's own occasion
        ("The patient can walk two weeks later, the surgeon said.", [("two weeks later", None)]),
        ("The risk that the bridge will collapse years later is small.", [("years later", None)]),
        ("The mill may close, and two weeks later it may sell its looms.", [("two weeks later", None)]),
    ],
)
def test_count_from_one_occasion_stays_listed(text, expected):
    assert dates(text) == expected


def test_count_from_an_occasion_the_sentence_gives_stays_listed():
    text = "Plants like this may reopen on June 10, and two weeks later workers may be hired."
    assert ("two weeks later", None) in dates(text)
