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
        ("Dr Mara Quell said the Decoy effect explains why shoppers pick the middle option.", "Decoy"),
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
        ("The lab inserted a gene called ZORB into the cells, Dr Mara Quell said.", "ZORB"),
        ("The phone has a new feature, called Smart Glow, that dims the screen.", "Smart Glow"),
        ("Astronauts wear garments called Cool Flow Liners.", "Cool Flow Liners"),
        ("The team published its results from a clinical trial called HORIZON.", "HORIZON"),
        ("A new skin patch called Dermavex helped people with allergies.", "Dermavex"),
        ("Dr Mara Quell found a cold cloud in a region called Vantor Reach.", "Vantor Reach"),
        ("The dust cloud, known as Q7, is now being pulled apart by the black hole, NASA said.", "Q7"),
    ],
)
def test_a_thing_introduced_as_called_is_no_actor(text, thing):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert claims, "the sentence should still give a claim"
    names = [a.name for c in claims for a in c.actors]
    assert thing not in names, names


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


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # rev33o finding 1: a body or a person introduced by a noun that is no kind of thing, being or place
        ("He invested in a hedge fund called Cormorant Capital before the crash.", "Cormorant Capital"),
        ("The report was written by a think tank called the Halden Institute.", "Halden Institute"),
        ("The deal was struck with a conglomerate called Tessaro Group.", "Tessaro Group"),
        ("The contract went to a supplier called Nordhaven Steel.", "Nordhaven Steel"),
        ("A nurse named Oyelaran Fasasi told the inquiry she had raised the alarm twice.", "Oyelaran Fasasi"),
        ("A whistleblower known as Orwellian Mole leaked the documents.", "Orwellian Mole"),
        ("An influencer known as Zaylo promoted the coin to his followers.", "Zaylo"),
        ("The jihadists, known as Ansar al-Wadi, attacked the town on Sunday, the army said.", "Ansar al-Wadi"),
    ],
)
def test_a_party_introduced_as_called_by_another_noun_stays_an_actor(text, actor):
    names = names_of(text)
    assert any(actor in name for name in names), names


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # rev33o finding 2: the later mentions of a name "called" once
        (
            "Tomas Herl put his savings into a hedge fund called Cormorant Capital in 2019. Regulators fined Cormorant"
            " Capital $2 million on Tuesday. Investors sued Cormorant Capital in March.",
            "Cormorant Capital",
        ),
        (
            "The contract went to a supplier called Nordhaven Steel. The ministry paid Nordhaven Steel $40 million last"
            " year, the audit found.",
            "Nordhaven Steel",
        ),
        ("An influencer known as Zaylo said the coin was safe. Zaylo later deleted the post.", "Zaylo"),
        # called by a kind of place, but the subject of a verb other than "be" in a later sentence
        ("Dr Mara Quell mapped a region called Brask Vale. Brask Vale sued the miners in May.", "Brask Vale"),
    ],
)
def test_a_later_mention_of_a_called_party_keeps_its_actor(text, actor):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    later = [c for c in claims if actor in c.text and "called" not in c.text and "known as" not in c.text]
    assert later, [c.text for c in claims]
    assert all(any(actor in a.name for a in c.actors) for c in later), [[a.name for a in c.actors] for c in later]


def test_a_thing_called_once_is_no_actor_in_later_mentions():
    text = "Astronomers found a dust cloud called Q7 in 2021. They have been watching Q7 closely since then, NASA said."
    names = names_of(text)
    assert "Q7" not in names, names
    assert "NASA" in names, names


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # rev33o findings 3-6: an owner (decision 54) or a person the thing is described after (decision 106)
        ("Trump's effect on the Republican Party has been enormous, Senator Jane Holt said.", "Trump"),
        ("Researchers studied Instagram's effect on teenage girls, Meta said on Tuesday.", "Instagram"),
        ("The study measured Facebook's effect on voter turnout in 2020.", "Facebook"),
        ("Amazon's effect on small retailers is well documented, the report said.", "Amazon"),
        ("The Federal Reserve's paradox is that cutting rates may raise inflation, Jerome Powell said.", "Federal Reserve"),
        ("Apple's disorder in its supply chain cost it $2 billion, Reuters reported.", "Apple"),
        ("Novartis's disease-modifying drug won approval in March, the company said.", "Novartis"),
        ("The Biden effect on markets faded quickly, Goldman Sachs said on Monday.", "Biden"),
        (
            "Regulators in Brussels said on Monday that they would look at Amazon's Effect On Small Shops, a report by"
            " the European Commission.",
            "Amazon",
        ),
        # the exception h33orgs stated: a person's own illness
        ("Trump's heart disease was not serious, his doctor said.", "Trump"),
    ],
)
def test_an_owner_or_origin_before_an_eponym_noun_stays_an_actor(text, owner):
    names = names_of(text)
    assert any(owner in name for name in names), names


def test_a_lower_case_noun_that_modifies_a_bodys_noun_names_no_eponym():
    # "Inner Mongolia's disease prevention centre" (h33orgs's other stated exception)
    from declcli.claims.actors import _named_after
    from declcli.claims.nlp import load_model

    doc = load_model()("Inner Mongolia's disease prevention centre said cases had fallen.")
    assert not any(_named_after(ent) for ent in doc.ents if ent.label_ in ("ORG", "PERSON"))
