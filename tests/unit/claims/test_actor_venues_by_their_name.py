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


def test_a_venue_named_as_recipient_source_or_target_stays_an_organisation():
    # (GUIDE decisions 534, 590(a), 622: a buyer, payee or investigated party takes part; "a statement from" speaks)
    sentences = [
        "Regulators opened an investigation into Glimmer Studios on Monday.",
        "A statement from Glimmer Studios said the film would be delayed.",
        "Streamco sold the rights to Glimmer Studios for $40 million.",
        "Complaints to the Harlow Hotel rose sharply in March.",
        "Employees from the Harlow Hotel went on strike on Monday.",
    ]
    for text in sentences:
        names = [name for unit in organisations_by_unit(text) for name in unit]
        assert any(name in ("Glimmer Studios", "Harlow Hotel") for name in names), (text, names)


def test_a_second_venue_of_a_list_or_a_plural_venue_is_no_actor():
    units = organisations_by_unit(
        "The race was moved to the Harlow Racecourse and the Kestrel Speedway. Protesters gathered at Brannock Gates."
    )
    assert units == [[], []], units
