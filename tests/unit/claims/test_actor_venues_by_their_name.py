"""Actor precision: a building's, ground's or landmark's own name (claims.json venue_name_ends: "Brannock Gate",
"Globex Studios", "the Velmont Monument") given only as where something is or happens is a place, no actor (GUIDE
decisions 29, 590(b), 622); the same name acting, or as the body of a person's post, stays an organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def organisations_by_unit(text):
    return [
        [a.name for a in c.actors if a.type == "organization"]
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


def test_a_venue_named_as_where_something_happens_is_no_actor():
    units = organisations_by_unit(
        "Protesters gathered at Brannock Gate on Monday, police said. "
        "The ceremony was moved to Globex Studios in 2009. "
        "Visitors queued close to the Velmont Monument for hours."
    )
    assert units == [[], [], []], units


def test_the_venue_acting_or_employing_stays_an_organisation():
    units = organisations_by_unit(
        "An engineer at Globex Studios said the sets were finished. Globex Studios announced 200 job cuts on Friday."
    )
    assert units == [["Globex Studios"], ["Globex Studios"]], units
