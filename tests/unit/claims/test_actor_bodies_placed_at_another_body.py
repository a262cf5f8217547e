"""Actor recall: a body named after a post's "of" and placed "at" another body ("director of the Center for Coastal
Policy at Harlow University", "head of the Laboratory for Ion Physics at the University of Harlow") is a body of its own, listed
beside the body it is at (GUIDE decision 610(b)): its head is a body's noun (a center, a lab, a laboratory). A field or
section of the body ("head of Equity Research at Kestrel Capital") stays no actor: the body stands for it."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def bodies(text):
    """The organisations of the text's claims, in order."""
    found = []
    for claim in extract_claims(text, split_sentences(text), published="2024-03-05"):
        found.extend(a.name for a in claim.actors if a.type == "organization")
    return found


PLACED = [
    (
        '"The shoreline is moving," said Dana Roe, director of the Center for Coastal Policy at Harlow University.',
        "Center for Coastal Policy",
    ),
    (
        '"The pulses are shorter," said Lee Park, head of the Laboratory for Ion Physics at the University of Harlow.',
        "Laboratory for Ion Physics",
    ),
    (
        '"The robots learn fast," said Ana Ruiz, director of the Adaptive Robotics Lab at Kestrel University.',
        "Adaptive Robotics Lab",
    ),
    (
        '"Turnout will be low," said Sam Ode, director of the Civic Polling Center at the University of Port Elm.',
        "Civic Polling Center",
    ),
]


@pytest.mark.parametrize("text, body", PLACED)
def test_a_body_placed_at_another_body_is_listed(text, body):
    assert body in bodies(text), bodies(text)


def test_a_field_or_section_at_a_body_stays_no_actor():
    out = bodies('"Rates will hold," said Tom Vale, head of Equity Research at Kestrel Capital.')
    assert out == ["Kestrel Capital"], out


def test_a_body_placed_at_another_body_takes_its_country():
    """Decision 610(b): the placed body is located where the body it is at is placed; its people are not placed."""
    text = '"Tides are rising," said Ola Finn, director of the Center for Coastal Policy at the University of Oxford.'
    actors = [a for claim in extract_claims(text, split_sentences(text), published="2024-03-05") for a in claim.actors]
    countries = {a.name: a.country for a in actors}
    assert countries.get("Center for Coastal Policy") == "GBR", countries
    assert countries.get("Ola Finn") is None, countries
