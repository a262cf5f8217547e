"""Actor precision: words the model takes for persons' names. A prize named by the first word of its name after an
article or a possessive ("win a Kestrel" after "the Kestrel Prize", "her second Pulitzer") is a thing (GUIDE decision
12); a kin word a child calls a parent by ("Mum", "Dad") stands for an unnamed person (the actors section)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def names_of(text):
    return [a.name for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


@pytest.mark.parametrize(
    ("text", "prize"),
    [
        (
            "Jon Harlow won the Heisman Trophy last year. Not all of us win a Heisman. "
            "The issue is Jon Harlow winning the Heisman as a freshman.",
            "Heisman",
        ),
        ("Lena Broad won the Kestrel Prize in May. Not every writer wins a Kestrel, she said.", "Kestrel"),
        # the full name with a lower-case noun (British house style) or more words before the noun
        ("Lena Broad won the Kestrel prize in June. Not every poet wins a Kestrel, she said.", "Kestrel"),
        ("Lena Broad won the Kestrel Book Prize in June. Not every poet wins a Kestrel, she said.", "Kestrel"),
    ],
)
def test_a_prize_by_the_first_word_of_its_name_is_no_actor(text, prize):
    names = names_of(text)
    assert prize not in names, names
    assert any(name in ("Jon Harlow", "Lena Broad") for name in names), names


@pytest.mark.parametrize(
    ("text", "prizes"),
    [
        ("The drummer has won four Grammys and three Emmys, his agent said.", ("Grammys", "Emmys")),
        ("Mara Lind, who has two Oscars, said the play would tour in June.", ("Oscars",)),
    ],
)
def test_a_well_known_prize_counted_in_the_plural_is_no_actor(text, prizes):
    # prizes are things (GUIDE decision 12), also counted
    names = names_of(text)
    assert not any(prize in names for prize in prizes), names


def test_a_person_who_shares_the_prizes_first_word_stays_a_person():
    names = names_of("Lena Broad won the Kestrel Prize in May. Tom Kestrel said the jury chose well.")
    assert "Tom Kestrel" in names, names


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("The first thing my son will ask me is 'Mum when can I get vaccinated', another parent wrote.", "Mum"),
        ('"I hope Dad will at least call us tonight," her son wrote on Monday.', "Dad"),
        # a grandparent's (the actors section: unnamed people)
        ('"We promised Nan and Grandad that we would call on Friday," he said.', "Nan"),
        ('"We promised Nan and Grandad that we would call on Friday," he said.', "Grandad"),
        ('"I asked Gran to bake the cake," the boy said.', "Gran"),
        # also where the model marks no person and another rule reads the speaker
        ("Papa said on Sunday that the farm would be sold.", "Papa"),
    ],
)
def test_a_kin_word_for_a_parent_is_no_named_person(text, kin):
    assert kin not in names_of(text), names_of(text)


def test_a_given_name_the_article_writes_in_full_is_no_kin_word():
    text = "Nan Kessler opened the bakery in 1990. Nan said on Monday that the bread sold out by noon."
    units = [[a.name for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]
    assert units[-1] == ["Nan Kessler"], units
