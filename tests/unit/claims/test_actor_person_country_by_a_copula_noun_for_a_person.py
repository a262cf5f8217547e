"""Actors, session 61 (h63country): a copula whose subject is a person's name and whose noun is a demonym or a noun of
standing work that no listed post names ("Lee is a proud Ruritanian", "Lee was a glassblower for NASA", "Lee was a
sculptor in Canada") describes her as the same words set beside the name do: her nationality, the named body she works
for or the place of her standing work gives her country (GUIDE decisions 9, 21, 586(a) and 1002).

- The noun must be a demonym, or a work noun the data lists (claims.json occupation_nouns and the other post lists):
  a thing ("a factor", "a character") or a tie that holds no post or work ("an investor", "a visitor", "a
  stakeholder", "a supporter", "a lover") places nobody (decisions 471, 575(a)).
- Only words said of her own person: a demonym that is the noun or directly on it, a named body after "for"/"at"/"with",
  a place after "in"; not a country word on another noun ("a Ruritania supporter", "a Ruritanian cheese lover"), another
  party's possessive ("the Ruritanian's interpreter") or an event ("a soldier in the Kestrel war") (decision 286).
- A negated copula ("is not", "was never") states no tie (decision 471)."""

import pytest
from test_actor_person_country_past_short_titles import _person_countries  # (the actors of an invented text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("In 1998, Nora Pell was a glassblower for NASA, and she kept a diary of the work.", "Nora Pell", "USA"),
        ("Ravi Kalan, who died on Sunday, was a wrestler in the United States for a decade.", "Ravi Kalan", "USA"),
        ("Marta Lindqvist is a proud and stubborn Swede, her brother said.", "Marta Lindqvist", "SWE"),
        ("Tom Avery is the only Canadian to have climbed the north face twice.", "Tom Avery", "CAN"),
        ("Hana Sato is a busy locksmith in Kyoto, her neighbours say.", "Hana Sato", "JPN"),
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
        # things, and ties that hold no post or work
        ("Greta Holm was a decisive factor in Italy's win on Sunday.", "Greta Holm"),
        ("Greta Holm is a main character in a Spanish film.", "Greta Holm"),
        ("Greta Holm is a minority shareholder in a German carmaker.", "Greta Holm"),
        ("Greta Holm was a frequent visitor in Rome for years.", "Greta Holm"),
        ("Greta Holm was an early investor in Indian fintech firms.", "Greta Holm"),
        # a country word on another noun or another party's
        ("Greta Holm is a passionate Canada supporter, her posts show.", "Greta Holm"),
        ("Greta Holm is a Greek cheese lover who writes a column.", "Greta Holm"),
        ("Greta Holm was the Egyptian's interpreter for a year.", "Greta Holm"),
        # an event, no place of work
        ("Greta Holm was a soldier in the Vietnam war and now teaches.", "Greta Holm"),
        # a negated copula
        ("Greta Holm is not a Canadian, the tribunal found.", "Greta Holm"),
        ("Greta Holm was never a soldier in the Italian army.", "Greta Holm"),
    ],
)
def test_a_thing_a_tie_or_another_nouns_country_places_nobody(text, name):
    assert _person_countries(text).get(name) is None
