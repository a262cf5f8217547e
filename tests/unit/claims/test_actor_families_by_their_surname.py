"""Missed actors: a family named by its surname before a noun for a household ("the Okafor family", "the Vance
household") is a `group` actor named as written without its article (GUIDE decision 446), and the surname there names
no one person; a family named by a common noun, a possessive, a place, a people or a rank is none."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def assert_no_group(*texts):
    for text in texts:
        units = actors_by_unit(text)
        assert not any(kind == "group" for unit in units for _, kind in unit), (text, units)


def test_a_family_named_by_its_surname_is_a_group():
    assert actors_by_unit("The prosecutor said the loss had hurt the Okafor family deeply.") == [[("Okafor family", "group")]]
    assert actors_by_unit("The Vance household sued the city on Monday.") == [[("Vance household", "group")]]


def test_the_surname_before_the_family_names_no_person():
    units = actors_by_unit("I want to thank the Lindqvist family for returning the name.")
    assert units == [[("Lindqvist family", "group")]], units


def test_a_family_named_by_a_common_noun_place_people_or_rank_is_no_group():
    assert_no_group(
        "A Sacramento family won the prize on Friday.",
        "He met the Xhosa clan in May.",
        "The prosecutor said the Royal family was upset.",
    )


def test_a_family_of_things_or_a_taxon_or_a_team_is_no_group():
    # (rev40b #1: the model calls most of these words a person; a family of products, models, variants, genes,
    # viruses or plants is no participant, and a team's "family" is its community, no household)
    assert_no_group(
        "The company released the Pixel family of phones in October.",
        "Meta said the Llama family of models would stay open.",
        "The researchers said the Omicron family of variants was spreading.",
        "Viruses in the Ebola family can cause severe bleeding.",
        "Mutations in the Ras family of genes drive many cancers, the study found.",
        "The Asteraceae family includes daisies and sunflowers, the researchers said.",
        "The Lakers family mourns his passing, the team said.",
    )


def test_a_family_of_a_person_named_before_is_a_group():
    units = actors_by_unit("Maria Okafor died in May. The prosecutor said the loss had hurt the Okafor family deeply.")
    assert units == [[("Maria Okafor", "person")], [("Okafor family", "group")]], units


def test_a_clan_of_a_people_is_no_actor():
    # (rev40b #2: a descent group within a people is a generic class, GUIDE decision 280, whatever the model tags it)
    for text in (
        "Fighters from the Hawiye clan seized the town, officials said.",
        "Officials from the Darod clan met the president on Monday.",
    ):
        units = actors_by_unit(text)
        assert not any(name.startswith(("Hawiye", "Darod")) for unit in units for name, _ in unit), (text, units)


def test_families_named_by_coordinated_surnames_are_one_group_each():
    # (rev40b #6: two families with the noun written once, each a group with the noun in the singular, as GUIDE
    # decision 545 reads two demonyms before one shared head; neither surname names one person)
    assert actors_by_unit("The Smith and Jones families sued the city on Monday.") == [
        [("Smith family", "group"), ("Jones family", "group")]
    ]
    assert actors_by_unit("The Okafor and Brandt households sued the city on Monday.") == [
        [("Okafor household", "group"), ("Brandt household", "group")]
    ]


def test_a_surname_with_a_particle_or_a_hyphen_names_the_family():
    # (rev40b #7: the particle and the hyphen are the surname's; no part of it names one person or a body)
    assert actors_by_unit("The van der Berg family sued the city on Monday.") == [[("van der Berg family", "group")]]
    assert actors_by_unit("The bin Laden family condemned the attacks.") == [[("bin Laden family", "group")]]
    assert actors_by_unit("The Smith-Jones family sued the city on Monday.") == [[("Smith-Jones family", "group")]]


def test_a_surname_that_is_also_a_country_names_the_family():
    # (rev40b #8: "the Jordan family" never means the state)
    assert actors_by_unit("The Jordan family sued the city on Monday.") == [[("Jordan family", "group")]]
