"""Actor precision: names declcli lists that no gold actor matches. A people's name in general before a body's noun
("the local Inuit tribe") describes one tribe of that people and names no body (GUIDE decisions 280, 290), while a
tribe's own name before the noun still names it."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type) for c in claims for a in c.actors]


def names(text):
    return [name for name, _ in actors(text)]


# a people's name in general before "tribe" names no body; a tribe's own name does


def test_a_peoples_name_before_tribe_is_no_body():
    assert names("Last winter a stranding of dolphins near Opotiki left the local Māori tribe struggling to cope.") == []


def test_a_peoples_name_before_tribe_written_without_macron_is_no_body():
    assert names("The Maori tribe sent twenty volunteers to the beach on Tuesday.") == []


def test_a_peoples_name_of_the_lexicon_before_tribe_is_no_body():
    assert names("The Inuit tribe asked the regional council for boats on Monday.") == []


def test_a_tribes_own_name_before_tribe_still_names_it():
    assert actors("A spokesman for the Ngāruahine tribe said the volunteers would return on Friday.") == [
        ("Ngāruahine tribe", "organization")
    ]


def test_a_party_named_for_a_people_is_still_a_body():
    assert actors("The Māori Party said it would vote against the fisheries bill.") == [("Māori Party", "organization")]
