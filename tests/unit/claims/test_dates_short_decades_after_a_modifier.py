"""A decade written short with its apostrophe ("’70s") is a decade after any word, not only right after "the"."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates

REF = dt.date(2031, 3, 4)


def dates(text):
    return [(d.text, d.value) for d in find_dates(text, REF, "past")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # after an adjective of the phrase ("the Danish ’70s"), before a noun it modifies ("’70s slogans")
        ("In the memoirs of the Danish ’70s, Orlov was a minor figure.", [("’70s", "197")]),
        ("The pamphlet mixes sentimental ’70s slogans with market talk.", [("’70s", "197")]),
        ("The celebrated mid-’90s novels were bleak.", [("mid-’90s", "199")]),
        ("She collected '50s radios.", [("'50s", "195")]),
        # right after "the", as before
        ("In the ’70s and ’80s, the port grew.", [("’70s", "197"), ("’80s", "198")]),
    ],
)
def test_short_decade_with_its_apostrophe_after_any_word(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The pre-’70s trams were slow.",  # glued to a prefix: no decade of its own
        "Jazz of the Roaring ’20s filled the hall.",  # 1920s or 2020s
        "The mayor is a man in his 70s.",  # an age, no apostrophe
        "Two sentimental 70s slogans were painted on the wall.",  # bare digits after a word: a count or an age
    ],
)
def test_near_misses_stay_without_a_decade(text):
    assert dates(text) == []
