"""Actor names: a body's noun that closes an organisation's name after lower-case modifiers the model left out of the
entity ("the Harlow central committee", "the Kestrel Holdings state timber company") is part of the name the article
gives (the actors section: `name` as the article gives it); the name alone is no body of its own."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def names_of(text):
    return [a.name for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        # an adjective between the name and its committee
        (
            "Several members of the Marvola Party central committee asked for a new vote on Monday.",
            "Marvola Party central committee",
            "Marvola Party",
        ),
        # two nouns between the name and its company
        (
            "He took the money from the Kestrel Holdings state timber company while he worked there.",
            "Kestrel Holdings state timber company",
            "Kestrel Holdings",
        ),
        # a known body's agency after a noun
        ("The head of the United Nations migrant agency voiced alarm on Friday.", "United Nations migrant agency", None),
        # the article the model took into the entity hides no body noun
        (
            "Officials with the Health and Human Services department said the rule would change.",
            "Health and Human Services department",
            "Health and Human Services",
        ),
    ],
)
def test_the_body_noun_after_modifiers_closes_the_name(text, whole, cut):
    names = names_of(text)
    assert whole in names, names
    assert cut not in names, names


@pytest.mark.parametrize(
    ("text", "company", "not_closing"),
    [
        # a trade noun after a company only describes it
        ("The Google search giant said on Monday that it would appeal the ruling.", "Google", "search"),
        # a body's noun before a happening is no part of the name ("school" of "school shooting")
        ("A year after the Sandy Hook school shooting, the state changed its gun laws.", "Sandy Hook", "school"),
        # a unit of a body named by its parent's name and a lower-case noun: the parent is listed (decisions 609, 760)
        ("A Port Elm University research team found that the drug cut deaths by a third.", "Port Elm University", "team"),
        ("The Kestrel Institute economics department hired three new professors this year.", "Kestrel Institute", "department"),
        ("Five players from the Kestrel Rovers youth academy signed new contracts on Friday.", "Kestrel Rovers", "academy"),
        # a thing or a work a body owns or runs is no body: the owner is listed (decisions 12, 54)
        ("The Brollvik wireless network went down for six hours on Thursday, the company said.", "Brollvik", "network"),
        ("A Kestrel Fund staff paper published on Tuesday found that inflation would ease in 2025.", "Kestrel Fund", "paper"),
        ("He posted the threats on a Brollvik message board in 2019.", None, "board"),
    ],
)
def test_guard_a_noun_that_names_no_body_stays_out_of_the_name(text, company, not_closing):
    names = names_of(text)
    assert company is None or company in names, names
    assert not any(not_closing in name for name in names), names
