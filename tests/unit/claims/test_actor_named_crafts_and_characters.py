"""Actor precision: names the model calls persons that are no human beings (GUIDE decisions 12, 428: a craft, a
ship, a storm, a comet, a span of geologic time; decisions 43, 78: a fictional character named by its own name), told
by a craft's noun or a storm's title beside the name, by the name itself, or by the character's being widely known."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def names_of(text):
    return [a.name for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


def test_a_spacecraft_named_before_its_noun_is_no_actor_even_acting():
    text = (
        "On Friday the Morandi spacecraft will photograph Neptune from behind. "
        "In 2009, Morandi photographed the rings, NASA said. Morandi's cameras will take an hour."
    )
    names = names_of(text)
    assert not any("Morandi" in name for name in names), names
    assert "NASA" in names, names


def test_a_storm_or_a_vessel_is_no_person():
    storm = names_of("Tropical Storm Marisol's winds increased to 60mph, Dana Pike said.")
    yacht = names_of("He guarded Lady Morwen, the yacht of a tycoon, Dana Pike said.")
    assert storm == ["Dana Pike"], storm
    assert yacht == ["Dana Pike"], yacht


def test_an_owners_surname_before_a_crafts_noun_stays_a_person():
    spoke = names_of("Italian police seized the Sorokin yacht in Genoa. Sorokin said on Friday that the seizure was theft.")
    named = names_of(
        "Oleg Sorokin bought the Eclipse in 2010. The Sorokin yacht left Bodrum on Tuesday. "
        "Sorokin has denied any link to the Kremlin."
    )
    assert spoke.count("Sorokin") == 2, spoke
    assert named.count("Oleg Sorokin") == 3, named


def test_a_maker_before_a_crafts_noun_stays_an_actor():
    names = names_of("Marines deployed aboard Navy ships remain ready. A NASA spacecraft could soon fly there.")
    assert "NASA" in names, names
    assert "Navy" in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Dana Pike said she saw Wonder Woman and Lois Lane in the film.",
        "Dana Pike said the boy dreamt of being Harry Potter.",
        "Dana Pike said her sitter was the incarnation of Mary Poppins.",
    ],
)
def test_a_widely_known_fictional_character_is_no_actor(text):
    names = names_of(text)
    assert names == ["Dana Pike"], names


def test_a_span_of_geologic_time_is_no_person():
    text = "The primates lived during the Oligocene epoch, Dana Pike said. The Pliocene was warmer than today, Dana Pike said."
    names = names_of(text)
    assert set(names) == {"Dana Pike"}, names


def test_a_known_character_with_a_title_without_its_period_or_by_its_surname_later_is_no_actor():
    # (GUIDE decisions 43, 78: "Mr Bean" as "Mr. Bean"; "Holmes" after "Sherlock Holmes" in the same article)
    titled = names_of("Mr Bean fans queued for hours, Dana Pike said. Dr Jekyll and Mr Hyde opens in Harlow in May.")
    later = names_of("Sherlock Holmes returns in a new series. Holmes solves the case in the first episode, Dana Pike said.")
    assert titled == ["Dana Pike"], titled
    assert later == ["Dana Pike"], later


def test_a_person_whose_given_name_is_a_storms_title_stays_a_person():
    names = names_of("Actress Storm Kessel said she would return for the sequel.")
    assert names == ["Storm Kessel"], names
