"""A present home given to a person by a pronoun, and a home given up (GUIDE decisions 182, 271, 471): "he shut himself
away beneath his house in <a placed city>" in a sentence that names nobody places the person the pronoun stands for,
from her next mention on; a home sold, left or fled ("sold her house in Los Angeles") is no present home and places
nobody."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def mentions(text):
    """Each claim's persons with their countries."""
    return [[(a.name, a.country) for a in c.actors if a.type == "person"] for c in extract_claims(text, split_sentences(text))]


def test_a_pronouns_home_places_the_person_from_her_next_mention():
    text = (
        "Tobias Wrenfield quit his job at the bank. "
        "So in 2004 he shut himself away beneath his house in the Canadian city of Mississauga. "
        "A year later, Mr Wrenfield sold his first licence."
    )
    assert mentions(text) == [[("Tobias Wrenfield", None)], [], [("Tobias Wrenfield", "CAN")]]


def test_a_pronoun_that_fits_nobody_places_nobody():
    text = "Marta Ilves quit her job at the bank. He shut himself away in his house in Toronto. Ilves said she was happy."
    assert mentions(text)[-1] == [("Marta Ilves", None)]


def test_a_home_given_up_is_no_present_home():
    text = "Tobias Wrenfield quit his job at the bank. He sold his house in Toronto last year. Wrenfield said he was happy."
    assert mentions(text)[-1] == [("Tobias Wrenfield", None)]


def test_a_named_persons_home_sold_places_nobody():
    text = "Shauna Bellweather, who worked on two films, sold her house in Los Angeles and says the quiet suits her."
    assert mentions(text) == [[("Shauna Bellweather", None)]]


def test_a_present_home_still_places_the_person():
    text = "Shauna Bellweather met reporters at her home in Toronto on Monday."
    assert mentions(text) == [[("Shauna Bellweather", "CAN")]]


def test_a_habitual_or_refused_leaving_keeps_the_present_home():
    # GUIDE decision 182: "rarely leaves his house" is still his present home
    for text in (
        "Pieter de Vries rarely leaves his house in Utrecht these days, his daughter said.",
        "Pieter de Vries refuses to leave his house in Utrecht, his daughter said.",
    ):
        assert mentions(text) == [[("Pieter de Vries", "NLD")]], text


def test_a_home_that_is_not_the_pronouns_own_places_nobody():
    for text in (
        "Lena Park visited the victims' families. She stood outside their home in Busan for an hour. Park said it hurt.",
        "Eva Novak won the race. She trains at her parents' home in Brno. Novak said she was tired.",
    ):
        assert mentions(text)[-1] == [(mentions(text)[0][0][0], None)], text


def test_the_pronouns_own_home_still_places_the_person():
    text = "Eva Novak won the race. She trains at her home in Brno. Novak said she was tired."
    assert mentions(text)[-1] == [("Eva Novak", "CZE")]
