"""Actor precision: a person the article names in full and then by the initials of that name ("DMQ" after "Dale
Marlow-Quinn", a hyphen parting the name's words too) is that person, listed under the name written in full (GUIDE
decisions 796 and 901), not a body the model or a reader takes the capitals for; capitals that no person's name makes
up, or a body's short form the lexicon knows, stay an organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_initials_of_a_person_named_in_full_are_that_person():
    units = actors_by_unit(
        "The bakery chain was sold in June by its owner Dale Marlow-Quinn. "
        "Her staff, who called her DMQ, were told on Friday.\n\n"
        '"We sold at the right time," DMQ told the Harbour Gazette in a short phone call.\n\n'
        "DMQ plans to open a school for bakers. Lawyers said DMQ's new company will face an audit."
    )
    assert ("Dale Marlow-Quinn", "person") in units[1], units
    assert ("Dale Marlow-Quinn", "person") in units[2], units
    assert units[3] == [("Dale Marlow-Quinn", "person")], units
    assert ("Dale Marlow-Quinn", "person") in units[4], units
    assert not any(name == "DMQ" for unit in units for name, _ in unit), units


def test_capitals_no_persons_name_makes_up_stay_a_body():
    units = actors_by_unit(
        "The trading desk closed last month after its founder Dale Marlow-Quinn resigned. "
        "The regulator, known among traders as PSR, fined the desk.\n\n"
        "NBC reported that Nora Beth Carr would testify. NBC said the hearing was set for May."
    )
    assert ("PSR", "organization") in units[1], units
    assert ("NBC", "organization") in units[3], units


def test_initials_given_in_brackets_after_a_name_stay_a_body():
    units = actors_by_unit(
        "The pump maker Kestrel Denki K.K. (KDK) has built a plant near Osaka. "
        "On Friday, KDK opened a second line.\n\n"
        "KDK believes its coating will double the capacity."
    )
    assert ("KDK", "organization") in units[-1], units
    assert not any(kind == "person" and name.startswith("Kestrel") for unit in units[1:] for name, kind in unit), units


def test_a_known_companys_letters_stay_the_company():
    units = actors_by_unit("Lisa Garcia joined the board in May.\n\nLG said on Tuesday that it would cut 300 jobs.")
    assert ("LG", "organization") in units[1], units
    assert ("Lisa Garcia", "person") not in units[1], units


def test_two_capitals_are_a_person_only_where_set_as_a_name():
    units = actors_by_unit("Rita Tan left the firm.\n\nRT reported on Monday that the firm had collapsed.")
    assert ("Rita Tan", "person") not in units[1], units
    units = actors_by_unit(
        "Rita Tan, known to her staff as RT, ran the bakery for a decade.\n\nRT said on Monday that she would retire."
    )
    assert ("Rita Tan", "person") in units[1], units
