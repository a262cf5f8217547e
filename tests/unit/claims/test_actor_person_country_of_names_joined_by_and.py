"""Actors, session 61 (h64country): which words describe which of two names joined by "and" (GUIDE's actors section,
"Russian President Vladimir Putin", "Azerbaijan's foreign minister"; decision 36: "Serbia's Novak Djokovic", "X of Japan"
carried by the person; decisions 545 and 561(a): one phrase may write a word shared by two names).

- The words between the "and" and a name are that name's own, wherever the parser hangs them: "France's A and Germany's
  B" places B in Germany, not in France; "officials from Chile and Peru and Canadian chef B" places B in Canada, not in
  the other conjunct's Chile.
- A description written once before two names serves both, and a country in brackets after the last name serves the
  names before it, also where the model tags the other name as no person (a place, or no entity at all), but not where
  another name of the list has its own bracketed country.
- The words after the "and" replace the name's description only where the word before the "and" is a name or place
  ("Chile and Peru and Canadian chef B"), not a common noun ("Irish pianist and Vienna resident B" is Irish)."""

import pytest
from test_actor_person_country_past_short_titles import _person_countries  # (the actors of an invented text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the name's own words after the "and"
        (
            "Europe's leaders, including France’s Marc Dubois and Germany’s Olaf Brandt, welcomed the deal on Friday.",
            "Olaf Brandt",
            "DEU",
        ),
        ("Guests included officials from Chile and Peru and Canadian chef Tom Avery, who cooked the dinner.", "Tom Avery", "CAN"),
        # a description shared across a name the model does not tag as a person
        ("Two Russian skaters — Ilya Barinov and Fyodor Zhukov — won the pairs title.", "Fyodor Zhukov", "RUS"),
        # a country in brackets after the last name
        ("Lena Brandt and Jonas Weber (Germany) built the installation on the square.", "Lena Brandt", "DEU"),
    ],
)
def test_names_joined_by_and_take_their_own_or_their_shared_description(text, name, country):
    assert _person_countries(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a post shared by both names, and a nationality that opens the run
        ("Danish singer and poet Lars Holt said it was cold.", "Lars Holt", "DNK"),
        ("Presidents Vladimir Putin and Ilham Aliyev met on Monday.", "Ilham Aliyev", "AZE"),
        ("Ben McLachlan and Yasutaka Uchiyama of Japan won the doubles.", "Ben McLachlan", "JPN"),
        (
            "Europe's leaders, including France’s Marc Dubois and Germany’s Olaf Brandt, welcomed the deal on Friday.",
            "Marc Dubois",
            "FRA",
        ),
        # a place joined to a name is no name: its bracketed country places nobody
        ("Dana Lee and Paris (France) were named in the list.", "Dana Lee", None),
        # a plain apposition of two names with no country
        ("The guests, Nora Pell and Tom Avery, arrived late.", "Tom Avery", None),
        # (session 62 review) an "and" after a common noun joins two descriptions of one person: the nationality before
        # it is still the person's, not the city of the second description
        ("Iranian dissident and Berlin resident Reza Karimi opened the show.", "Reza Karimi", "IRN"),
        ("Irish pianist and Vienna resident Ciara Walsh played Brahms.", "Ciara Walsh", "IRL"),
        # a list whose names carry brackets of their own: a name without one shares none
        ("Anna Berg and Mikko Laine (Finland) and Piotr Wasik (Poland) were picked for the relay.", "Anna Berg", None),
        ("Piotr Wasik (Poland), Anna Berg and Mikko Laine (Finland) were picked for the relay.", "Anna Berg", None),
        # ... but a single bracket closing the list serves the names before it, also beside another list's bracket
        ("Anna Berg, Otto Kern and Mikko Laine (Finland) were picked for the relay.", "Anna Berg", "FIN"),
        ("Anna Berg and Mikko Laine (Finland) were picked, and Piotr Wasik (Poland) was left out.", "Anna Berg", "FIN"),
    ],
)
def test_near_misses_keep_their_country(text, name, country):
    assert _person_countries(text).get(name) == country
