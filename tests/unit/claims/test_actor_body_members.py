"""Members, staff and officials of a named body (session 30, GUIDE decisions 521, 534): a plural of persons described
by their post in the body named before it is a group named as written, the body listed as well; one member, and a
plural that only describes the persons named beside it, make no group."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        (a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors
    ]


def groups_of(text):
    return [name for name, kind, _ in actors_of(text) if kind == "group"]


def test_a_bodys_officials_are_a_group_beside_the_body():
    text = "Kestrel Bank officials said on Monday that the branch would close."
    out = actors_of(text)
    assert any(kind == "group" and name.endswith("Kestrel Bank officials") for name, kind, _ in out), out
    assert ("Kestrel Bank", "organization", None) in out, out


def test_a_count_before_the_body_is_part_of_the_groups_name():
    text = "Twelve Kestrel Bank officials resigned on Friday."
    assert groups_of(text) == ["Twelve Kestrel Bank officials"], actors_of(text)


def test_a_word_joining_the_phrase_to_the_sentence_is_no_part_of_the_name():
    text = "But Brightwater Energy executives met the regulator on Monday."
    assert groups_of(text) == ["Brightwater Energy executives"], actors_of(text)


def test_one_member_of_a_body_makes_no_group():
    text = "A Brightwater Energy engineer was arrested on Monday."
    assert groups_of(text) == [], actors_of(text)


def test_a_plural_describing_the_persons_named_beside_it_makes_no_group():
    text = "Two Brightwater Energy engineers, Dana Lee and Al Roe, were arrested on Monday."
    assert groups_of(text) == [], actors_of(text)
