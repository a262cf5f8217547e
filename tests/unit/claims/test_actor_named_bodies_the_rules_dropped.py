"""Named bodies the rules dropped for the model's label: a party's member label in apposition to a legislator
("Senator X, Democrat of Vermont", GUIDE decision 319), which the model calls a nationality; and a research or policy
body named by its kind noun before "for" or "on" and its field ("the Center for a Safer Coastline"), which the model
calls a building."""

import pytest

from declcli.claims.actors import _body_named_for_its_field, _institution_named
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
        # the place one "of" deeper (decision 319 covers this form too)
        ("Senator Mara Tillman, Democrat from the state of Oregon, said the plan would fail.", "Democrat"),
    ],
)
def test_party_label_in_apposition_to_a_legislator_names_the_party(text, party):
    assert (party, "organization") in actors(text)


def test_party_word_in_apposition_with_no_place_names_no_party():
    # near miss: the party's word in apposition to a legislator, but "of" and no place after it: no member's label
    text = "Senator Hal Brodie, Republican of the old school, said the plan should be dropped."
    assert ("Republican", "organization") not in actors(text)


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
    "text",
    [
        "Dana Coyle, director of the Center for Northern Security, said the plan would fail.",  # a title (decision 534)
        "The Center for Northern Security said in a report that the plan would fail.",  # the body speaks
    ],
)
def test_body_named_for_its_field_as_employer_or_speaker_is_listed(text):
    assert ("Center for Northern Security", "organization") in actors(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the parser hangs the name's "for" on "fellow": the name's "Center", not its root, is the object of "at"
        (
            "Lena Vosk, a research fellow at the Center for a New European Order, said the talks had stalled.",
            "Center for a New European Order",
        ),
        # a verb of work (claims.json workplace_lemmas) before "at"
        (
            "Priya Nair, who directs the housing program at the Jean-Luc Moreau Center for Urban Studies, said rents would rise.",
            "Jean-Luc Moreau Center for Urban Studies",
        ),
    ],
)
def test_body_named_for_its_field_as_workplace_is_listed(text, body):
    assert (body, "organization") in actors(text)


def test_venue_named_for_its_field_where_a_person_spoke_is_no_body():
    # near miss: a person's verb before "at" that is no verb of work: the place where something happened
    found = actors("Priya Nair, who spoke at the Jean-Luc Moreau Center for Urban Studies on Monday, said rents would rise.")
    assert not any("Center for Urban Studies" in name for name, _ in found)


def test_venue_named_for_its_field_where_something_happens_is_no_body():
    # near miss: a "Center for …" given only as where something happens is a place, no actor (decisions 29, 622)
    found = actors("The funeral will be held at the Anna Ruiz Center for Worship on Sunday, the family said.")
    assert not any("Center for Worship" in name for name, _ in found)


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


@pytest.mark.parametrize(
    ("name", "head_before", "last_word", "body"),
    [
        ("University of Harlow", ("of",), True, True),
        ("Harlow Embassy", ("of",), True, True),  # the last word still heads the name
        ("Board on Coastal Waters", ("for", "on"), False, True),
        ("Harlow Board", ("for", "on"), False, False),  # near miss: no preposition, and the last word is not asked
    ],
)
def test_institution_named_before_a_set_of_prepositions(name, head_before, last_word, body):
    kinds = frozenset({"university", "embassy", "board"})
    assert _institution_named(name, head_before, kinds, last_word) is body


def test_given_name_inside_a_body_named_for_its_field_is_no_person():
    # the model's building "the Jean-Luc Moreau Center for Urban Studies", a researcher's employer, is the body, listed
    # whole; its founder's given names inside it name no person of the claim
    found = actors("Rents will rise, according to Priya Nair, a researcher at the Jean-Luc Moreau Center for Urban Studies.")
    assert ("Jean-Luc Moreau Center for Urban Studies", "organization") in found
    assert not any(kind == "person" and "Moreau" in name for name, kind in found)
