"""Actor precision and recall: a company's possessive that the model runs into the name of what the company owns
("Initech’s Swap", "Initech’s Nordic Cloud Services business") names the company as the possessive owner (GUIDE
decision 54); the name after it is its product (decisions 12, 47), no actor, unless a noun for a unit of a company
follows it, which names that unit as written without the possessive (decision 447), or it names a body of its own,
listed too. A place's possessive before a body's proper name stays one body (decision 565)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

LEAD = "Initech said on Tuesday that sales rose. "


def organisations_per_claim(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [[a.name for a in c.actors if a.type == "organization"] for c in claims]


def test_a_companys_possessive_before_its_product_names_the_company_alone():
    per_claim = organisations_per_claim(LEAD + "Buyers may find that Initech’s Swap looks like a loan.")
    assert per_claim[1] == ["Initech"], per_claim


def test_a_companys_possessive_before_a_unit_names_the_company_and_the_unit():
    per_claim = organisations_per_claim(
        LEAD + "Mara Lind spent three years running Initech’s Nordic Cloud Services business before she left."
    )
    assert per_claim[1] == ["Initech", "Nordic Cloud Services business"], per_claim


def test_a_companys_possessive_before_a_body_it_owns_names_both():
    per_claim = organisations_per_claim(
        LEAD + "Dunmore Mills said it would cut jobs. Initech’s Dunmore Mills will then be run from Leeds."
    )
    assert per_claim[2] == ["Initech", "Dunmore Mills"], per_claim


def test_a_places_possessive_before_a_bodys_name_stays_one_body():
    # the near miss: the owner is no company the article named, so the possessive opens the body's own name
    per_claim = organisations_per_claim(LEAD + "Ruritania’s Unity Party won the vote.")
    assert per_claim[1] == ["Ruritania’s Unity Party"], per_claim
