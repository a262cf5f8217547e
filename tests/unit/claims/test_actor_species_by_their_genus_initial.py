"""Actor precision: a species named by its genus's initial and its own word in lower case ("N. vitripennis", "E. coli")
is a kind of being, no party (GUIDE: actors; decision 428's named beings), whatever the model calls it; a person's
initial before a capitalised name stays a person."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type) for c in claims for a in c.actors]


@pytest.mark.parametrize(
    "text",
    [
        "Among the wasps studied, Nasonia oneida and N. longicornis are close relatives.",
        "When K. pallidus and K. montanus mate in the lab, most survive; when either mates with K. rubens, larvae die.",
        # a species news often names so, in headline case or with no space
        "Doctors said the C. Difficile outbreak had spread to three wards.",
        "County officials said the E.coli outbreak had sickened 25 children.",
    ],
)
def test_a_species_by_its_genus_initial_is_no_actor(text):
    assert actors(text) == [], actors(text)


def test_a_persons_initial_before_a_name_stays_a_person():
    found = actors("The gut microbes differed, Dr. J. Smith said on Monday.")
    assert ("J. Smith", "person") in found, found


def test_a_persons_initial_before_a_name_particle_and_surname_stays_a_person():
    found = actors("The trial was run by Dr. R. van Hoorn, who said the drug worked.")
    assert ("R. van Hoorn", "person") in found, found
