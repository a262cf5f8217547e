"""Persons' countries: a university, college, hospital, clinic or research institute a person works at or belongs to is
placed by the place word in its name or set after it, and that place word does not place the person (GUIDE decision
527; the actors section's `country` for a person). The person keeps `country: null`, at later mentions too, until the
text writes a country or place word for her own person or ties her to a national body (decisions 21, 271)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [(a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text)) for a in c.actors]


def person_countries(text):
    return [(name, iso) for name, kind, iso in actors_of(text) if kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the body's place in an of-phrase of its name
        ("The reef is still recovering, says Tarn Oswell, an ecologist at the University of Leeds.", "Tarn Oswell"),
        # the body's name as a modifier of the post
        ("Mira Holst, a University of Bergen geologist, said the glacier had shrunk by a third.", "Mira Holst"),
        # a hospital's place written after it with "in", which the parser hangs on the post
        (
            "The scan looked normal, said Dr. Anya Brell, a surgeon at Gartnavel Hospital in Glasgow, Scotland, who saw it.",
            "Anya Brell",
        ),
        # a research institute's country after a comma, which the parser hangs on the person
        ("The study, led by Pia Lundqvist of the Karolinska Institute, Sweden, used the same method.", "Pia Lundqvist"),
    ],
)
def test_the_place_of_a_university_hospital_or_institute_places_the_body_not_its_staff(text, person):
    assert (person, None) in person_countries(text), actors_of(text)


def test_a_later_mention_keeps_no_country():
    text = (
        "The reef is still recovering, says Tarn Oswell, an ecologist at the University of Leeds.\n\n"
        "Oswell said the coral had spawned twice this year."
    )
    assert person_countries(text) == [("Tarn Oswell", None), ("Tarn Oswell", None)], actors_of(text)


def test_the_university_itself_keeps_its_place():
    text = "The reef is still recovering, says Tarn Oswell, an ecologist at the University of Leeds."
    assert ("University of Leeds", "organization", "GBR") in actors_of(text), actors_of(text)


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a nationality word of the person's own still places her (decision 527: "a Ruritanian surgeon")
        ("Kenyan surgeon Amos Kibworth, of the Aga Khan Hospital, said the ward was full.", "Amos Kibworth", "KEN"),
        # a place phrase set in her own description, not in a body's name (decision 700)
        ("Sela Brandtner, of Leeds, England, said the reef was still recovering.", "Sela Brandtner", "GBR"),
        # a national body of known country still places its staff (decision 21: NASA)
        ("Gavin Trell, a NASA Goddard Institute climatologist, likened the limit to a speed limit.", "Gavin Trell", "USA"),
    ],
)
def test_the_persons_own_place_word_or_a_national_body_still_places_her(text, person, country):
    assert (person, country) in person_countries(text), actors_of(text)
