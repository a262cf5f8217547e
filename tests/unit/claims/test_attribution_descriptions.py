"""Attribution, session 22 round 2: a description standing for a body or person named before (GUIDE decision 4) where
the body was named only in a paragraph before ("… is investigating Acme Corp." / "The company, which …, confirmed …")
or the title is written with a hyphen ("the president-elect said"); a reporting verb in the imperative ("Expect the
senator to …") or in an infinitive on its object ("took great pains to say that …") reports nothing."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def attributions(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [claim.attribution and (claim.attribution.source, claim.attribution.cue) for claim in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state's attorney general is investigating Brightline Logistics Inc., two people familiar with the matter said."
            "\n\nThe company, which is due to report its results next week, confirmed on Friday that it had received a "
            "letter from regulators.",
            ("Brightline Logistics Inc", "confirmed"),
        ),
        (
            "Regulators fined Castleford Mining on Tuesday.\n\nThe company said it would appeal the fine.",
            ("Castleford Mining", "said"),
        ),
    ],
)
def test_company_named_in_a_paragraph_before(text, expected):
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President-elect Maria Dunmore named a new adviser on Friday.\n\n"
            '"She was with me from the beginning," the president-elect said in a statement.',
            ("Maria Dunmore", "said"),
        ),
        (
            'Secretary-General Tomas Ekberg opened the summit on Monday.\n\n"We must act now," the secretary-general said.',
            ("Tomas Ekberg", "said"),
        ),
    ],
)
def test_hyphenated_title_stands_for_the_person(text, expected):
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Expect the senator to bring a new strategy to the debate this time around.",
        "Since the film is aimed at older viewers, expect it to hold up well in its second weekend.",
        "The startup has taken great pains to say that it did not sell any customer data.",
        "The union had the right to argue that the contract was void.",
    ],
)
def test_imperative_or_infinitive_reports_nothing(text):
    assert attributions(text)[-1] is None


def test_participle_on_the_object_still_reports():
    text = "Harlow Foods issued a statement warning that prices would rise."
    assert attributions(text)[-1] == ("Harlow Foods", "warning")


def test_description_the_text_brought_in_unnamed_stays():
    # (a guard: the body named before is not what a noun the text already used for another stands for)
    text = (
        "A regional health commission began testing workers at Nordvik Energy Corp. this week.\n\n"
        "No one has shown symptoms so far, the commission said."
    )
    assert attributions(text)[-1] == ("commission", "said")


def test_passage_after_a_lead_in_pointing_back():
    # GUIDE decision 298: the passage is credited to the lead-in's subject, cue null, over all its units
    text = (
        "But where does that money go? A study from the Westbrook Policy Institute examined this:\n\n"
        "Since 1990, spending per student has increased by 600 percent. One place it went was to hire more staff."
    )
    found = attributions(text)
    assert found[-2:] == [("study from the Westbrook Policy Institute", None)] * 2
