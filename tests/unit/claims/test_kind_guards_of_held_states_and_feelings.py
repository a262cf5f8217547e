"""Kind, fact versus event: the guards of two earlier rules. "since then" is no starting point of a held state (it as often
tells the next step after the happening just told), so `_held_since_a_point` leaves it alone even where "then" is parsed
as the object of "since"; and a past passive of feeling with an infinitive ("were relieved to reach the hut before dark")
keeps its own reading rather than being read as decision 278's state of mind held."""

import pytest
from spacy.tokens import Doc
from test_kind import kind_of

from declcli.claims.nlp import load_model
from declcli.claims.reading import _held_since_a_point


def lived_on_the_farm_since(word, tag, pos):
    """ "The family has lived on the farm since <word>." parsed by hand with <word> as the object of "since": the small
    model reads "since then" as a prepositional complement, so the guard is reached only on such a parse."""
    words = ["The", "family", "has", "lived", "on", "the", "farm", "since", word, "."]
    doc = Doc(
        load_model().vocab,
        words=words,
        tags=["DT", "NN", "VBZ", "VBN", "IN", "DT", "NN", "IN", tag, "."],
        pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", pos, "PUNCT"],
        deps=["det", "nsubj", "aux", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
        heads=[1, 3, 3, 3, 3, 6, 4, 3, 7, 3],
        lemmas=["the", "family", "have", "live", "on", "the", "farm", "since", word.lower(), "."],
    )
    return doc[3]


def test_since_then_as_the_object_of_since_is_no_starting_point():
    assert not _held_since_a_point(lived_on_the_farm_since("then", "RB", "ADV"))


def test_since_a_year_as_the_object_of_since_is_a_starting_point():
    assert _held_since_a_point(lived_on_the_farm_since("2011", "CD", "NUM"))


@pytest.mark.parametrize(
    "text",
    [
        "The hikers were relieved to reach the hut before dark.",
        "The villagers were angered to be left off the list.",
    ],
)
def test_feeling_passive_with_an_infinitive_keeps_its_own_reading(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The volunteers were saddened by the closure of the depot.",
        "The tourists were disappointed to find the museum shut.",
    ],
)
def test_feeling_held_with_no_infinitive_of_an_act_stays_a_fact(text):
    assert kind_of(text) == "fact"
