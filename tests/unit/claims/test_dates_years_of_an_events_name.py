"""A year that numbers an event's name is the event's, no date (GUIDE decisions 40, 585(b)): right after the event's
word ("at the Worlds 2030") or opening a run of proper nouns that such a word ends, whatever noun follows ("2029 Harbour
Open champ Dana Lee")."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates
from declcli.claims.nlp import load_model

REF = dt.date(2031, 3, 8)


def years(text):
    doc = load_model()(text)
    return [(d.text, d.value) for d in find_dates(text, REF, parse=lambda a, b: doc.char_span(a, b))]


@pytest.mark.parametrize(
    "text",
    [
        "Five players who lost at the Worlds 2029 came back stronger.",
        "They lost in the Finals 2029 to Kestrel.",
        "Lee played the first round with 2028 Harbour Open champ Dana Roe.",
        "Roe won bronze at the 2029 Bordurian Athletic Championships in Szohod.",
        "The mare was beaten in the 2027 Breeders' Cup Classic.",
    ],
)
def test_a_year_numbering_an_events_name_is_no_date(text):
    assert years(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The club won the Cup in 2029.", [("2029", "2029")]),
        ("The 2030 election was close.", [("2030", "2030")]),
        ("Lee won the Harbour Open, 2029.", [("2029", "2029")]),
    ],
)
def test_a_year_beside_an_event_but_outside_its_name_stays_a_date(text, expected):
    assert years(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a firm whose name ends in an event's word
        ("The ruling in the 2029 Ember Games lawsuit forced Kestrel to change its store.", [("2029", "2029")]),
        ("Ember Games 2029 revenue fell, the filing shows.", [("2029", "2029")]),
        # an opening year with its comma left out
        ("In 2029 World Cup organisers in Borduria faced criticism.", [("2029", "2029")]),
    ],
)
def test_a_firms_name_or_an_opening_year_keeps_the_date(text, expected):
    assert years(text) == expected


def test_an_event_word_the_tagger_reads_as_an_adjective_still_ends_the_name():
    assert years("She beat the 2029 U.S. Open champion in straight sets.") == []
