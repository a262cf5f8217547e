"""Names (invented text): a dash set off by spaces that the model took into a person's or body's entity ("… and Carla
Brennan - both of whom …", "the Harbour Board - as a first step -") opens an aside and is no part of the name, so a
source or antecedent read from the entity drops it; a hyphen inside a name stays."""

import pytest

from declcli.claims.context import clean_name, org_name


@pytest.mark.parametrize(
    ("text", "name"),
    [("Carla Brennan -", "Carla Brennan"), ("Carla Brennan –", "Carla Brennan"), ("Jean-Paul Roe", "Jean-Paul Roe")],
)
def test_a_person_s_name_drops_an_aside_dash(text, name):
    assert clean_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [("Harbour Board -", "Harbour Board"), ("Harbour Board —", "Harbour Board"), ("Rolls-Royce", "Rolls-Royce")],
)
def test_a_body_s_name_drops_an_aside_dash(text, name):
    assert org_name(text) == name
