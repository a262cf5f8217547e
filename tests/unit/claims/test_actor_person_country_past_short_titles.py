"""Actors, session 56 (h56country): a person's post written before the short titles at the name ("Dr.", "Sgt.", "Lt.
Col.") places the person as it does without them (the GUIDE's actors section: "Russian President Vladimir Putin";
decisions 9, 36 and 285: a country, or a city or state whose office the person holds, in the person's description).

- The parser leaves such a post out of the name's phrase (it hangs it on the verb beside the name, or closes a sentence
  at the title's full stop); the post and the words before it are the person's description all the same.
- A demonym opening such a post is the person's, not listed as a `country` actor (decision 9).
- A short title the model reads as a name of its own ("Sgt" of "Sgt. Ann Roe", "Surgeon Dr" of "Surgeon Dr Ann Roe") is
  no actor (decision 572: titles are left out of names).
- Not a noun that is no post ("the Ruritanian bill Sen. Lee signed": the name sits inside its phrase), nor a post whose
  words name no place or country."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type, a.country) for c in claims for a in c.actors]


def _person_countries(text):
    return {name: country for name, type_, country in _actors(text) if type_ == "person"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Canadian physician Dr. Jean Morel said the clinic would reopen.", "Jean Morel", "CAN"),
        ("Manitoba’s chief medical officer Dr. Hal Brandt said the clinic would reopen.", "Hal Brandt", "CAN"),
        ("Dallas firefighter Sgt. Owen Pike was injured on Friday.", "Owen Pike", "USA"),
        ("Kenyan doctor Dr. Ruth Wanjiru said the clinic would reopen.", "Ruth Wanjiru", "KEN"),
    ],
)
def test_a_post_before_short_titles_places_the_person(text, name, country):
    assert _person_countries(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("Canadian physician Dr. Jean Morel said the clinic would reopen.", "Canada"),
        ("Dallas firefighter Sgt. Owen Pike was injured on Friday.", "Sgt"),
        ("Surgeon Dr Mira Holm, of the city clinic, said the tool works well.", "Surgeon Dr"),
    ],
)
def test_the_titles_and_the_posts_country_are_no_actors(text, left_out):
    assert left_out not in {name for name, _, _ in _actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (a post naming no place or country)
        ("Retired physician Dr. Jean Morel said the clinic would reopen.", "Jean Morel"),
        ("The night nurse Dr. Ada Quist said the clinic would reopen.", "Ada Quist"),
    ],
)
def test_a_post_naming_no_place_places_no_one(text, name):
    countries = _person_countries(text)
    assert name in countries
    assert countries[name] is None
