"""A name and a lower-case common noun for a body right after it name that body as written (session 30, GUIDE
decisions 285, 447): "Time magazine", "the Harbour faction", "the Port Elm municipality", as "the Lumen team" and
"Springfield police" did before."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [(a.name, a.type) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


def test_an_outlets_name_before_its_noun_is_widened_to_the_phrase():
    text = "Meridian Weekly magazine put her on its cover."
    assert actors_of(text) == [("Meridian Weekly magazine", "organization")], actors_of(text)


def test_a_towns_name_before_municipality_names_the_towns_body():
    text = "Officials from the Brackford municipality said the road was closed."
    assert ("Brackford municipality", "organization") in actors_of(text), actors_of(text)


def test_a_bodys_team_and_a_towns_police_stay_named_as_written():
    text = "The Kestrel Bank team said on Monday that the branch would close."
    assert actors_of(text) == [("Kestrel Bank team", "organization")], actors_of(text)
    text = "An officer from the Springfield police said the road was closed."
    assert ("Springfield police", "organization") in actors_of(text), actors_of(text)


def test_a_body_named_alone_keeps_its_name():
    text = "He has worked for Kestrel Bank since the spring."
    assert ("Kestrel Bank", "organization") in actors_of(text), actors_of(text)
