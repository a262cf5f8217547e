"""Named bodies the rules dropped for the model's label: a party's member label in apposition to a legislator
("Senator X, Democrat of Vermont", GUIDE decision 319), which the model calls a nationality; and a research or policy
body named by its kind noun before "for" or "on" and its field ("the Center for a Safer Coastline"), which the model
calls a building."""

import pytest

from declcli.claims.actors import _body_named_for_its_field
from declcli.model import Article
from declcli.pipeline import analyze


def actors(text):
    claims, _ = analyze(Article(text=text), "2031-03-04")
    return [(a.name, a.type) for c in claims for a in c.actors]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("“The rules must change,” said Senator Mara Tillman, Democrat of Vermont, who has pushed for reform.", "Democrat"),
        ("Senator Hal Brodie, Republican of Idaho, said the plan should be dropped.", "Republican"),
    ],
)
def test_party_label_in_apposition_to_a_legislator_names_the_party(text, party):
    assert (party, "organization") in actors(text)


def test_party_word_as_a_plain_adverb_names_no_party():
    # near miss: the party's word as how one voted names no participant (decision 175)
    assert ("Republican", "organization") not in actors("Half of the county voted Republican in the last election.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Dana Coyle, a senior fellow at the Center for a Safer Coastline, said the plan would fail.",
            "Center for a Safer Coastline",
        ),
        (
            "Lena Vosk, a senior fellow at the Center for Northern Security, said the talks had stalled.",
            "Center for Northern Security",
        ),
    ],
)
def test_kind_noun_before_its_field_names_a_body(text, body):
    assert any(body in name and kind == "organization" for name, kind in actors(text))


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Center for Northern Security", True),
        ("Harlow Centre on Ageing and Health", True),
        ("Harlow Center", False),  # near miss: a venue by its kind noun alone (decision 622)
        ("Harlow Bridge for Peace", False),  # near miss: a landmark's noun before "for"
        ("Center for", False),  # (no field after the preposition)
    ],
)
def test_kind_noun_before_its_field(name, body):
    assert _body_named_for_its_field(name) is body


def test_given_name_inside_a_body_named_for_its_field_is_no_person():
    # the model's building "the Jean-Pierre Marchand Center for Coastal Studies" is the body, listed whole; its founder's
    # given names inside it name no person of the claim
    text = (
        "“The data are thin,” said Ms. Lund, a fellow at the Jean-Pierre Marchand Center for Coastal Studies"
        " at Kestrel University."
    )
    found = actors(text)
    assert ("Jean-Pierre Marchand Center for Coastal Studies", "organization") in found
    assert not any(kind == "person" and "Marchand" in name for name, kind in found)
