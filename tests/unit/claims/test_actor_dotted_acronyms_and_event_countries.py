"""Missed actors: a well-known body written as its acronym with full stops ("the F.D.A."), which the model leaves
unmarked or calls a place, is an organisation; a country's name or demonym that makes up the proper name of a
recurring event ("the French Open", "the 2010 U.S. Open", "America's Cup") is a `country` actor named as written, the
event no actor (GUIDE decisions 118, 565(a)), but not a nation inside a state ("the Scottish Open") nor a word that
names no one country ("the Pan American Games")."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [
        [(a.name, a.type, a.country) for a in c.actors]
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


def names(text):
    return [[name for name, _, _ in unit] for unit in actors_by_unit(text)]


def test_a_dotted_acronym_of_a_known_body_left_unmarked_is_an_organisation():
    units = actors_by_unit("The F.D.A. also said that more trials of the drug would be needed.")
    assert units == [[("F.D.A", "organization", "USA")]], units


def test_a_dotted_acronym_of_a_known_body_the_model_calls_a_place_is_an_organisation():
    units = names("The F.B.I. arrested the driver in Toledo on Monday.")
    assert units == [["F.B.I"]], units


def test_a_dotted_acronym_as_a_modifier_is_the_body():
    units = names("The minister overruled an F.D.A. plan to lift the limits.")
    assert any("F.D.A" in unit for unit in units), units


def test_a_country_or_unknown_dotted_form_is_no_body():
    assert names("The U.S. said on Monday it would respond.") == [["United States"]]
    assert names("She moved to Washington, D.C. in May to study law.") == [[]]


def test_a_demonym_naming_a_recurring_event_is_the_country():
    assert actors_by_unit("She won the Portuguese Open in 2011 and the Swiss Open in 2014.") == [
        [("Portuguese", "country", "PRT"), ("Swiss", "country", "CHE")]
    ]


def test_a_country_name_or_short_form_naming_an_event_is_the_country():
    assert actors_by_unit("He skipped last year's Qatar Open.") == [[("Qatar", "country", "QAT")]]
    assert ("U.S.", "country", "USA") in actors_by_unit("Lena Park, the 2019 U.S. Open champion, withdrew on Friday.")[0]
    units = actors_by_unit("Oracle Team Kestrel will face the winner in the 34th America's Cup.")
    assert any(a[1:] == ("country", "USA") for a in units[0]), units


def test_a_nation_inside_a_state_or_a_word_of_no_one_country_names_no_country():
    assert names("She played in the Scottish Open last summer.") == [[]]
    assert not any(a[1] == "country" for unit in actors_by_unit("He ran at the Pan American Games.") for a in unit)


def test_the_event_named_by_its_country_is_no_actor_beside_it():
    # (rev40b #3: the model may call the event a body; the country is listed, the event is not: GUIDE 118, 565(a))
    assert actors_by_unit("The Dutch Grand Prix returns to Zandvoort next year.") == [[("Dutch", "country", "NLD")]]
    units = actors_by_unit("Leclerc won the Saudi Arabian Grand Prix in 2022.")
    assert ("Saudi Arabian", "country", "SAU") in units[0], units
    assert not any(name.endswith("Grand Prix") for name, _, _ in units[0]), units


def test_the_event_name_in_the_possessive_names_its_country():
    # (rev40b #4: the model puts the possessive inside the event's name)
    assert actors_by_unit("The French Open's organizers said the roof would be ready.") == [[("French", "country", "FRA")]]
    assert actors_by_unit("The Australian Open’s new roof cost $200 million, officials said.") == [
        [("Australian", "country", "AUS")]
    ]


def test_a_champion_of_an_event_takes_no_country_from_its_name():
    # (rev40b #5: a title won in an event says nothing of the winner's nationality, GUIDE 565(a), 649)
    for text, country in (
        ("Lena Park, the 2019 French Open champion, withdrew on Friday.", ("French", "country", "FRA")),
        ("Lena Park, the 2019 U.S. Open champion, withdrew on Friday.", ("U.S.", "country", "USA")),
    ):
        units = actors_by_unit(text)
        assert units == [[("Lena Park", "person", None), country]], (text, units)


def test_a_dotted_acronym_in_the_possessive_is_read_past_its_ending():
    # (rev40b #12: the possessive is stripped once and the name checked without it)
    from declcli.claims.actors import _dotted_known_body

    assert _dotted_known_body("F.B.I.'s") == "F.B.I"
    assert _dotted_known_body("F.B.I.’s") == "F.B.I"


def test_a_country_named_twice_in_a_unit_is_listed_once():
    # (rev40b #10: the country and the demonym in its event's name are one entity, listed once: GUIDE decision 9)
    assert actors_by_unit("Fans across Australia watched the Australian Open final on Sunday.") == [
        [("Australia", "country", "AUS")]
    ]


def test_a_states_name_naming_an_event_in_a_story_set_in_its_country_is_no_country():
    # (rev40b #9: "the Georgia Games" in a story set in the US are the state's, a place)
    text = "The coach in Atlanta and Savannah said Texas and Ohio sent teams. She won the Georgia Games in 2019."
    assert not any(a[2] == "GEO" for unit in actors_by_unit(text) for a in unit)
