"""Actor precision: a storage or cloud product named by its kind. A name set right before "array", "appliance" or
"cloud" ("the Lumex array", "this Vantor cloud") names that product, and a name ending in "Cloud", "Suite" or "Tier"
("the Kestrel Storage Cloud", "the Brannock Backup Suite") is a product's, not a body's or a person's (GUIDE decisions
12, 628, 942); the maker that acts stays an organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_name_before_a_storage_products_noun_is_no_actor():
    units = actors_by_unit(
        "Initech said its Lumex array supports the Kestrel cloud. "
        "Customers install the Harlow appliance to move old data. "
        "Its Lumex arrays send cold data to the Vantor cloud."
    )
    assert units == [[("Initech", "organization")], [], []], units


def test_a_name_ending_in_a_products_word_is_no_actor():
    units = actors_by_unit(
        "The company will run its own Kestrel Storage Cloud. "
        "Users of the Brannock Backup Suite can move their files to the Kestrel Cloud Tier."
    )
    assert units == [[], []], units


def test_the_maker_acting_stays_an_organisation():
    units = actors_by_unit("Initech will launch a new storage service next year, the company said.")
    assert ("Initech", "organization") in units[0], units
