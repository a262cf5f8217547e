"""Actor precision: "both sides", "the other side", "the sides" are a `group` where they stand for the parties of a
relation or a contest (GUIDE: groups, "the two sides"; decision 962(a)). The sides of a physical thing, a place or a part
of the body ("both sides of the loaf", "the other side of the curtain": claims.json side_thing_nouns) and a side a verb
of placing or shaping puts something on where the claim names no party ("edged on both sides with lace":
side_placing_verbs) are where something is: no actor. The sides of any other noun ("of the walkout", "of the truce", "of
the aisle"), the sides of a border or a frontier (the GUIDE leaves them open: the group stays), sides under other verbs
("injuries were reported on both sides") and sides beside the parties the claim names stay a group."""

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
        "Sear both sides of the steak for two minutes, the cook advised on Sunday.",
        "The leaflet is printed on both sides in bright green ink, the printer said.",
        "The lake is surrounded on all sides by pine forest, the warden said.",
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
        # (the sides of a relation or a contest the model does not list: the group stays for any noun not of a thing)
        ("Both sides of the walkout agreed to resume talks on Monday, the arbiter said.", "both sides"),
        ("Delegates from both sides of the quarrel met in Lyon on Tuesday.", "both sides"),
        ("Trade between the two sides of the strait fell sharply last year, the ministry said.", "the two sides"),
        ("Both sides of the truce accused each other of breaches on Sunday.", "both sides"),
        ("Both sides of the takeover expect approval by June, the bank said.", "both sides"),
        ("Both sides of the deadlock blamed each other for the delay, the arbiter said.", "both sides"),
        ("Both sides of the peace process were urged to show restraint on Monday.", "both sides"),
        # (sides of a border or a frontier: the GUIDE leaves them open, the group stays)
        ("Farmers on both sides of the border said the new checks were slow.", "both sides"),
        ("Soldiers were deployed on both sides of the frontier in May, officials said.", "both sides"),
        # ("on" + a side under a verb of a happening to parties, no placing: the group stays)
        ("Injuries were reported on both sides after the brawl on Saturday.", "both sides"),
        ("Errors were made on both sides, the referee said on Tuesday.", "both sides"),
        ("Distrust has grown on both sides since the vote in March.", "both sides"),
        ("Opportunities were wasted on both sides in a dull first half on Sunday.", "both sides"),
        ("Dozens were wounded on both sides during the fighting, medics said.", "both sides"),
        ("Compromises were made on both sides before the accord was signed on Friday.", "both sides"),
    ],
)
def test_the_sides_of_a_relation_stay_a_group(text, group):
    assert group in groups(text), groups(text)
