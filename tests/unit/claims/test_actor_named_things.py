"""Actor precision: names of things the model calls persons or bodies, told by the noun beside them: a condition
or a rule named after someone ("Wexley's syndrome", GUIDE: actors, decision 12), and a thing, a being or a place
introduced as "a NOUN called X" where the noun is no body's or person's (decision 12)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def names_of(text):
    return [a.name for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


@pytest.mark.parametrize(
    ("text", "eponym"),
    [
        ("Children with Hallworth's syndrome often sleep badly, Dr Mara Quell said.", "Hallworth"),
        ("The new drug could slow Brenton's disease in older patients, Dr Mara Quell said.", "Brenton"),
        ("Dr Mara Quell said the Kessler effect explains why shoppers pick the middle option.", "Kessler"),
        ("Dr Mara Quell said Halvorsen's Last Theorem took three centuries to prove.", "Halvorsen"),
    ],
)
def test_a_name_before_a_condition_or_rule_it_names_is_no_actor(text, eponym):
    names = names_of(text)
    assert not any(eponym in name for name in names), names
    assert "Mara Quell" in names, names


def test_a_body_named_after_a_condition_stays_a_body():
    names = names_of("The Hallworth Syndrome Foundation said it would fund the study.")
    assert any("Foundation" in name for name in names), names


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The lab inserted a gene called ZORB into the cells.", "ZORB"),
        ("The phone has a new feature, called Smart Glow, that dims the screen.", "Smart Glow"),
        ("Astronauts wear garments called Cool Flow Liners.", "Cool Flow Liners"),
        ("The team published its results from a clinical trial called HORIZON.", "HORIZON"),
        ("A new skin patch called Dermavex helped people with allergies.", "Dermavex"),
        ("Dr Mara Quell found a cold cloud in a region called Vantor Reach.", "Vantor Reach"),
        ("The dust cloud, known as Q7, is now being pulled apart by the black hole.", "Q7"),
    ],
)
def test_a_thing_introduced_as_called_is_no_actor(text, thing):
    assert thing not in names_of(text)


def test_a_band_introduced_as_called_stays_an_actor():
    assert "Velvet Pines" in names_of("She joined a band called The Velvet Pines in 2010.")


def test_a_person_introduced_as_known_as_stays_an_actor():
    names = names_of("The preacher, known as Tariq Halloum, was later flown to Lisbon and questioned.")
    assert any("Halloum" in name for name in names), names


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The new trains offer free WiFi, Dr Mara Quell said.", "WiFi"),
    ],
)
def test_a_technical_terms_abbreviation_is_no_actor(text, term):
    # claims.json term_abbreviations: a wireless link the model calls a person
    names = names_of(text)
    assert term not in names, names
    assert "Mara Quell" in names, names


def test_a_body_introduced_as_called_stays_an_actor():
    names = names_of("Tomas Herl started a company in 2012 called Brightwater Logistics, Inc., his lawyer said.")
    assert any("Brightwater" in name for name in names), names
