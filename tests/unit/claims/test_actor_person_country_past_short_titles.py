"""Actors, session 56 (h56country): a person's post written before the short titles at the name ("Dr.", "Sgt.", "Lt.
Col.") places the person as it does without them (the GUIDE's actors section: "Russian President Vladimir Putin";
decisions 9, 36 and 285: a country, or a city or state whose office the person holds, in the person's description).

- The parser leaves such a post out of the name's phrase (it hangs it on the verb beside the name, or closes a sentence
  at the title's full stop); the post and the words before it are the person's description all the same.
- A demonym opening such a post is the person's, not listed as a `country` actor (decision 9).
- A short title the model reads as a name of its own ("Sgt" of "Sgt. Ann Roe", "Surgeon Dr" of "Surgeon Dr Ann Roe") is
  no actor (decision 572: titles are left out of names).
- Not a noun that is no post ("the Ruritanian bill Sen. Lee signed": the name sits inside its phrase), nor a post whose
  words name no place or country.
- Not the object of a phrase of place or time that opens the sentence with a preposition and an article, written with
  no comma ("At a Lisbon dinner Dr. Ann Roe said", "Along the Chile border Capt. Jo Reed said"): where the person
  did one act, no post of hers (decision 471). A post in a phrase opened by a preposition and no article ("On Monday
  Dallas firefighter Sgt. X said"), or later in the sentence ("spoke with Dallas firefighter Sgt. X"), still places
  the person."""

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
        # (a post in a phrase opened by a preposition and no article, or later in the sentence)
        ("On Monday Dallas firefighter Sgt. Owen Pike said the roof collapsed.", "Owen Pike", "USA"),
        ("The mayor spoke with Dallas firefighter Sgt. Owen Pike on Friday.", "Owen Pike", "USA"),
        ("The prize went to Canadian physician Dr. Jean Morel on Monday.", "Jean Morel", "CAN"),
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
        # (a phrase of place or time opening the sentence with a preposition and an article, no comma)
        ("At a Lisbon dinner Dr. Ada Quist said the deal was near.", "Ada Quist"),
        ("At the Manila summit dinner Dr. Ada Quist said the deal was near.", "Ada Quist"),
        ("Outside the Vienna theater Mr. Paco Ibarra said the show would go on.", "Paco Ibarra"),
        ("At the Cairo counter Mrs. Nora Fell said her bag was missing.", "Nora Fell"),
        ("Along the Chilean border Capt. Ivo Ruck said the shelling had stopped.", "Ivo Ruck"),
        ("On the Peru border Sgt. Owen Pike said crossings had fallen.", "Owen Pike"),
        ("During the Ghana visit organizer Dr. Ada Quist said plans changed.", "Ada Quist"),
    ],
)
def test_a_post_of_no_place_of_hers_places_no_one(text, name):
    countries = _person_countries(text)
    assert name in countries
    assert countries[name] is None
