"""Actor precision: a name set right before a lower-case noun of the kind of thing, being or place it names ("the
NPRX gene", "the Tarsk river", "UVK rays", "the PhotoNest app") classifies that thing, which is no participant (GUIDE
decision 12) where the model calls the name a body; the same name acting, or before a noun of the people a body has,
stays an organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def organisations(units):
    return [[name for name, kind in unit if kind == "organization"] for unit in units]


def test_a_name_before_the_noun_of_its_kind_is_no_body():
    units = organisations(
        actors_by_unit(
            "Variations in the NPRX gene were found in 40 patients. "
            "Water levels in the Tarsk river rose on Monday. "
            "The new lotion blocks UVK rays. "
            "Sunscreens must now protect against both UVK and UVZ rays. "
            "Users can now sort their photos with the new PhotoNest app."
        )
    )
    assert units == [[], [], [], [], []], units


def test_the_same_name_acting_or_staffed_stays_an_organisation():
    units = organisations(
        actors_by_unit(
            "PhotoNest said on Monday that it would hire 40 engineers. "
            "PhotoNest engineers rebuilt the app in six weeks. "
            "The Tarsk river authority said it would open the dams."
        )
    )
    assert units[0] == ["PhotoNest"] and units[1] == ["PhotoNest"], units
    assert units[2] and "Tarsk" in units[2][0], units


def test_a_body_before_a_kind_noun_that_modifies_what_it_issues_stays_an_organisation():
    # (GUIDE decisions 12, 54: "the Veltra Agency storm warning" names the warning the agency issues, not a storm)
    units = organisations(
        actors_by_unit("The Veltra Agency storm warning covers the north. The CDC virus guidance was updated on Friday.")
    )
    assert units == [["Veltra Agency"], ["CDC"]], units


def test_a_figurative_storm_names_no_weather():
    units = organisations(actors_by_unit("The Brannock Broadcasting storm over the presenter's posts deepened on Monday."))
    assert units == [["Brannock Broadcasting"]], units
