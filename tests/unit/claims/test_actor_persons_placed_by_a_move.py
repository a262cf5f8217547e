"""Persons placed by a done move to a place (GUIDE decision 182: a person settled in a new country takes the country
of that present home; decision 271: from that unit on): "Lina and Ossie Varga moved to California", "Tomas Brandl, who
relocated to Canada in 1990". Not a move ahead, supposed, denied or undone by a later one, not another subject's move,
and not where a nationality is written for the person."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def persons(text):
    """Every person of every claim with her country."""
    return {a.name: a.country for c in extract_claims(text, split_sentences(text)) for a in c.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two families grew close after Maria Lopez and Pedro Alvarez moved to Canada.",
            {"Maria Lopez": "CAN", "Pedro Alvarez": "CAN"},
        ),
        ("Maria Lopez, who relocated to Canada in 1990, opened a bakery.", {"Maria Lopez": "CAN"}),
        ("Wanjiru Otieno moved to Britain in 2010 and opened a gym.", {"Wanjiru Otieno": "GBR"}),
    ],
)
def test_a_done_move_places_the_person(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez plans to move to Canada next year.",  # a move ahead
        "If Maria Lopez moved to Canada, she would open a bakery.",  # a move supposed
        "Maria Lopez never moved to Canada.",  # a move denied
        "Maria Lopez moved to Canada in 1990 and moved back to Chile in 2000.",  # a move undone
        "A Kenyan runner, Wanjiru Otieno moved to Britain in 2010.",  # a nationality written
        "Maria Lopez visited Canada in 1990.",  # a visit
        "Maria Lopez moved to the Senate in 2010.",  # no place
    ],
)
def test_no_done_move_to_a_place_places_nobody(text):
    assert set(persons(text).values()) == {None}
