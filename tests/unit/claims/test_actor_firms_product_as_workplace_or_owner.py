"""Actor precision: a name the article gives as a firm's product, by the firm's possessive before the name and its
noun ("Microsoft's Lumen map app"), is the product, no actor, where it modifies a noun for a thing ("the new Lumen
feature"), whatever the model calls it (a person, a product); where it is a person's place of work ("who leads design
at Lumen") or a possessive owner ("Lumen's map app") it stands for the firm's unit that makes and runs the product, an
organisation (GUIDE decision 942). A unit named by the product's word and a body's noun stays decision 447's ("the
Lumen team")."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_per_claim(text):
    """Each claim's actors as (name, type) pairs."""
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


LUMEN = (
    "Microsoft has added a night mode to Microsoft's Lumen map app. "
    "The new Lumen feature shows bus stops in the dark, said Dana Reyes, who leads design at Lumen. "
    "Critics said Lumen's map app still drains batteries."
)


def test_the_product_inside_its_own_designation_is_no_actor():
    per_claim = actors_per_claim(LUMEN)
    assert per_claim[0] == [("Microsoft", "organization")], per_claim


def test_the_product_as_a_workplace_or_an_owner_is_the_firms_unit():
    per_claim = actors_per_claim(LUMEN)
    assert per_claim[1] == [("Dana Reyes", "person"), ("Lumen", "organization")], per_claim
    assert per_claim[2] == [("Lumen", "organization")], per_claim


def test_a_unit_named_by_the_products_word_and_a_bodys_noun_stays_that_unit():
    # the near miss: "the Lumen team" names a unit by a distinctive word and a body's noun (decision 447)
    per_claim = actors_per_claim(
        "Microsoft has added a night mode to Microsoft's Lumen map app. The Lumen team said the mode took a year to build."
    )
    assert per_claim[1] == [("Lumen team", "organization")], per_claim
