"""Actor precision: "both sides", "the other side", "the sides" are a `group` only where they stand for the parties of a
relation or a contest (GUIDE: groups, "the two sides"; decision 962(a)). The sides of a thing ("both sides of the
loaf", "the other side of the curtain") and a side a verb puts something on where the claim names no party ("edged on
both sides with lace") are where something is: no actor. The sides of a dispute, a debate or the aisle, and sides beside
the parties the claim names, stay a group."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def groups(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [a.name for c in claims for a in c.actors if a.type == "group"]


@pytest.mark.parametrize(
    "text",
    [
        "The baker brushes both sides of the loaf with melted butter before it goes in.",
        "Behind the other side of the curtain, a small orchestra tuned up in the dark.",
        "The old mill sits on the other side of the river bend, past the orchard.",
        "The new tablet has speakers on both sides of the screen and a sturdy hinge.",
        "Small pockets are sewn on the sides of the sleeves to hold the heat packs.",
        "The shawl is edged on both sides with lace and folded into a neat square.",
        "Light from the two slits spreads out on the other side and forms a striped pattern.",
    ],
)
def test_the_sides_of_a_thing_are_no_group(text):
    assert groups(text) == [], groups(text)


@pytest.mark.parametrize(
    "text, group",
    [
        ("Both sides of the dispute said they were hopeful about the talks.", "both sides"),
        ("Delegates on both sides of the aisle praised the budget deal on Tuesday.", "both sides"),
        ("Farmers were caught between the two sides of the bitter feud over water.", "the two sides"),
        ("The two sides met again on Friday and agreed to keep talking.", "the two sides"),
        ("It was a scrappy opening half on both sides, as the Harriers and the Falcons each struggled.", "both sides"),
    ],
)
def test_the_sides_of_a_relation_stay_a_group(text, group):
    assert group in groups(text), groups(text)
