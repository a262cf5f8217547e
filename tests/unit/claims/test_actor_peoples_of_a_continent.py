"""Actor precision: the people of a continent named in general ("the Africans", "Europeans") are a generic group, no
actor: a continent has no ISO code of its own and its people are no one country's (GUIDE decisions 280, 638); a
country's people by its plural demonym stay the country ("South Africans")."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type) for c in claims for a in c.actors]


def test_the_people_of_a_continent_are_no_actor():
    assert actors("The Africans say that officials have not called any names from the list for days.") == []


def test_a_countrys_people_by_their_plural_demonym_stay_the_country():
    assert actors("South Africans voted on Wednesday.") == [("South Africa", "country")]
