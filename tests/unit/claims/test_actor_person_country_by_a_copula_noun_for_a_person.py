"""Actors, session 61 (h63country): a copula whose subject is a person's name and whose noun classes her as a kind of
person that no listed post names ("Lee was a glassblower for NASA", "Lee is a proud Ruritanian", "Lee was a boxer in
Canada") describes her as the same words set beside the name do ("Lee, a glassblower for NASA,"): the national body
she works for, the place of her standing work or her nationality gives her country (GUIDE decisions 9, 21, 586(a) and
1002: an apposition and a copula identify alike; a place or body named for the person's standing work places her).

- The noun must name a person: a demonym, or a common noun with an agent's ending ("-er", "-or", "-ist", "-ian",
  "-man", "-woman"). A thing's noun ("a threat to Israel") places nobody.
- A country named as what the noun's "of" is about ("a supporter of Israel") is no nationality (decision 286)."""

import pytest
from test_actor_person_country_past_short_titles import _person_countries  # (the actors of an invented text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("In 1998, Nora Pell was a glassblower for NASA, and she kept a diary of the work.", "Nora Pell", "USA"),
        ("Ravi Kalan, who died on Sunday, was a wrestler in the United States for a decade.", "Ravi Kalan", "USA"),
        ("Marta Lindqvist is a proud and stubborn Swede, her brother said.", "Marta Lindqvist", "SWE"),
        ("Tom Avery is the only Canadian to have climbed the north face twice.", "Tom Avery", "CAN"),
    ],
)
def test_a_copula_noun_for_a_person_places_the_name(text, name, country):
    assert _person_countries(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Omar Haddad is a threat to Israel, the minister said.", "Omar Haddad"),
        ("Omar Haddad was a loud supporter of Israel for years.", "Omar Haddad"),
        ("Omar Haddad is the key to the whole plan, the coach said.", "Omar Haddad"),
    ],
)
def test_a_thing_or_what_the_noun_is_about_places_nobody(text, name):
    assert _person_countries(text).get(name) is None
