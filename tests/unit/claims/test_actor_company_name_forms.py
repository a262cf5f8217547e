"""Companies whose names end in a company word (session 36): "Co.", "Systems", "Labs" and their like end a body's name
as "Inc" and "Holdings" do, so such a name is a body wherever the model puts it: not a person, not a product line
opening with a well-known company's name, and not a term spelled out before its short form."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        (a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors
    ]


def test_a_company_whose_name_opens_with_a_known_company_is_a_body_not_its_product():
    text = "Market leader Samsung Electronics Co. has also unveiled a mini version of its phone."
    assert ("Samsung Electronics Co", "organization", None) in actors_of(text), actors_of(text)


def test_a_name_ending_in_labs_is_a_body_not_a_person():
    text = "The Zorvex Labs team found the virus in bats."
    assert [kind for name, kind, _ in actors_of(text) if "Zorvex" in name] == ["organization"], actors_of(text)


def test_a_spelled_company_name_before_its_short_form_is_no_term():
    from declcli.claims.nlp import load_model
    from declcli.claims.products import _short_forms_of_capitalised_terms

    doc = load_model()("The suits were made by Tide Wave Monitoring Systems (TWMS) and by Natural Moisture Factor (NMF).")
    pairs = _short_forms_of_capitalised_terms(doc)
    assert ("TWMS", "Tide Wave Monitoring Systems") not in pairs, pairs
    assert ("NMF", "Natural Moisture Factor") in pairs, pairs


def test_a_person_surnamed_like_a_company_word_stays_a_person():
    # "Co" is a surname too: only "Lee & Co" or a company's "Electronics Co." ends a body's name (GUIDE: actors, person)
    text = "Harvest founder Lucio Quin Co said on Monday that sales rose. Businesswoman Susan Co said the group would grow."
    assert [kind for name, kind, _ in actors_of(text) if name.endswith("Co")] == ["person", "person"], actors_of(text)


def test_a_bylines_author_surnamed_co_stays_plausible():
    from declcli.metadata import authors

    assert authors._plausible_author("Susan Co", None, shown=True)
