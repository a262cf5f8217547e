"""Actor precision: a festival or exposition named by a name of several words ending in its kind ("the Harlow
International Film Festival", "the Port Elm Blues & Folk Festival") is an event, no actor (GUIDE decision 118), where
the model calls it a body; a body's name before the word runs it (decision 110), and a body whose name holds the word
("the Harlow Festival Company") or a festival's name that speaks stays an organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_festivals_name_is_no_body():
    units = actors_by_unit(
        "The Harlow International Film Festival will run for ten days in September.\n\n"
        "As the founder of the Port Elm Blues & Folk Festival, Dana Ruiz has shaped the town's music scene."
    )
    assert units == [[], [("Dana Ruiz", "person")]], units


def test_a_body_named_before_the_festivals_word_runs_it():
    units = actors_by_unit("The Kestrel Arts Society Festival drew 40,000 visitors.")
    assert units == [[("Kestrel Arts Society", "organization")]], units


def test_a_body_whose_name_holds_the_word_stays_an_organisation():
    units = actors_by_unit(
        "The Harlow Festival Company said it would move the event to June.\n\n"
        "The Port Elm Festival said on Monday that it had sold out."
    )
    assert units == [[("Harlow Festival Company", "organization")], [("The Port Elm Festival", "organization")]], units
