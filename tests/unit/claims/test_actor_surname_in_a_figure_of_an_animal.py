"""A surname the article gives a person in full stays that person where a copula likens them to an animal ("Okafor was a
relentless retriever": a figure of speech, GUIDE decision 428 is for names of animals); a name the article gives no
person stays an animal's ("Rufus was a lively retriever"), no actor."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_persons_surname_likened_to_an_animal_stays_the_person():
    text = (
        "Dana Okafor and Lena Moberg met on clay on Monday. "
        "Moberg had booming groundstrokes, while Okafor was a relentless retriever."
    )
    last = actors_of(text)[-1]
    assert ("Dana Okafor", "person") in last, actors_of(text)


def test_an_animals_name_stays_no_actor():
    text = "The farm bought a puppy in May. Rufus was a lively retriever and loved the lake."
    assert all(not claim for claim in actors_of(text)), actors_of(text)
