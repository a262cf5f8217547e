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


# Only the body's own phrase is dropped from the description (its modifiers, owner, "of"- and "in"-places, and the
# places set after it): what the parser hangs on the body's name by "and" or a comma, the person's own further post or
# tie, or a description that makes the body a national one (decision 656(b)'s "unless the text says so"), still places
# the person (decisions 21, 527).
@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a national post after "and", hung as a conjunct of the university
        (
            "Orla Venn, a professor at Harlow University and Britain's chief medical adviser, said the tide had turned.",
            "Orla Venn",
            "GBR",
        ),
        # a national body's former post after "and", hung as a conjunct of the institute
        (
            "Piet Arvo, an economist at the Harlow Institute and a former U.S. Treasury official, said the tide had turned.",
            "Piet Arvo",
            "USA",
        ),
        # a demonym of her own after the institute's place, hung as a conjunct of the country
        (
            "Erik Dahl, a researcher at the Harlow Institute in Port Elm, Norway, and a Norwegian government adviser, "
            "said the tide had turned.",
            "Erik Dahl",
            "NOR",
        ),
        # an apposition that makes the institute a national body
        (
            "Jonas Erle, president of the Harlow Institute, Germany's public health agency, said the tide had turned.",
            "Jonas Erle",
            "DEU",
        ),
    ],
)
def test_a_persons_own_tie_hung_on_the_bodys_name_still_places_her(text, person, country):
    assert (person, country) in person_countries(text), actors_of(text)


def test_a_place_set_after_an_institute_in_a_list_of_places_places_the_body_not_its_staff():
    # (the parser hangs "Norway" as a conjunct of "Port Elm", out of the institute's own phrase: the places set after
    # the body are read apart)
    text = "Erik Dahl, a researcher at the Harlow Institute in Port Elm, Norway, said the tide had turned."
    assert ("Erik Dahl", None) in person_countries(text), actors_of(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a medical centre (a word pair: "center" alone is also a shopping or arts centre)
        ("Nora Quill, a nurse at the Harlow Medical Center in Houston, Texas, said the ward was full.", "Nora Quill"),
        ("Nora Quill, a professor at the Harlow School of Medicine in St. Louis, said the ward was full.", "Nora Quill"),
        # an observatory, which the model may mark as a facility
        ("Nora Quill, an astronomer at the Harlow Observatory in Chile, said the sky was clear.", "Nora Quill"),
        # an academy of sciences (decision 671)
        ("Nora Quill, a researcher at the Kestrel Academy of Sciences in Beijing, said the sky was clear.", "Nora Quill"),
    ],
)
def test_the_place_of_a_medical_centre_observatory_or_academy_places_the_body_not_its_staff(text, person):
    assert (person, None) in person_countries(text), actors_of(text)
