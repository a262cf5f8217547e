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


def test_the_workplace_the_model_calls_a_place_is_the_firms_unit():
    # "Lumen" of "a design lead at Lumen" tagged a place, and the product's first mention left unmarked by the model
    per_claim = actors_per_claim("Google's Lumen map app added a button. Dana Lee, a design lead at Lumen, said drivers like it.")
    assert per_claim[1] == [("Dana Lee", "person"), ("Lumen", "organization")], per_claim


def test_an_owner_the_model_marks_no_organisation_still_gives_its_product():
    # a well-known company's possessive the model calls a place ("Nvidia's") or leaves unmarked ("Uber's")
    for owner in ("Nvidia", "Uber"):
        text = f"{owner}'s Lumen map app added a feature. Ana Ruiz, a design lead at Lumen, said it works."
        per_claim = actors_per_claim(text)
        assert per_claim[1] == [("Ana Ruiz", "person"), ("Lumen", "organization")], per_claim


def test_a_possessive_before_a_name_and_its_noun_needs_a_bodys_owner():
    # the near miss: a person's possessive ("Dana's Lumen map app") gives no firm's product; the workplace stays unread
    per_claim = actors_per_claim("Dana's Lumen map app added a feature. Ana Ruiz, a design lead at Lumen, said it works.")
    assert ("Lumen", "organization") not in per_claim[1], per_claim
