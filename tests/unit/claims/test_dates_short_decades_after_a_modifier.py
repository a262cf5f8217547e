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
        # after an adjective of the phrase ("those drab ’70s"), before a noun it modifies ("’50s coupe")
        ("Nobody in Gdansk misses those drab ’70s.", [("’70s", "197")]),
        ("A glossy ’50s coupe led the parade.", [("’50s", "195")]),
        ("The celebrated mid-’90s novels were bleak.", [("mid-’90s", "199")]),
        ("She collected '50s radios.", [("'50s", "195")]),
        # "early", "mid", "late" with a space, after any word
        ("Critics still prize its grainy late ’70s footage.", [("late ’70s", "197")]),
        # a possessive before a noun's decade: the decade of the thing, no age
        ("Her early ’90s albums sold badly.", [("early ’90s", "199")]),
        ("The quartet’s ’80s records were reissued.", [("’80s", "198")]),
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
        # degrees: in talk of temperatures, or after a word of a range's part
        "Highs will reach the low ’70s on the coast.",
        "Temperatures stayed in the upper ’80s all week.",
        "By noon the bay was in the high ’90s.",
        # an age: a possessive in a life, or with no noun after it
        "The senator, now in his mid-’70s, said the plan was sound.",
        "The retired judge, in her late ’80s, testified by video.",
        "Both founders are well into their ’60s.",
        "The photograph shows a man clearly past his ’50s.",
    ],
)
def test_near_misses_stay_without_a_decade(text):
    assert dates(text) == []
