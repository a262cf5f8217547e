"""Actor recall: a world region or bloc named by a proper name written with "the" ("the West", "the Americas") that
acts or is acted on as a party stands for its countries: a group named without its leading article, country null
(GUIDE decisions 638(a), 744). Named as a place, in a list of places, as a passive's subject, or opening a longer name
("the West Bank"), it is no actor."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type, a.country) for c in claims for a in c.actors]


def test_the_bloc_as_the_subject_of_a_verb_is_a_group():
    assert actors("Most farmers felt the West had been slow to send seed.") == [("West", "group", None)]


def test_a_region_with_a_modal_as_the_subject_is_a_group():
    assert ("Americas", "group", None) in actors("The Americas must prepare for a longer flu season, the panel warned.")


def test_the_bloc_as_the_object_of_a_verb_is_a_group():
    assert actors("The tariffs were meant to punish the West and its partners.") == [("West", "group", None)]


def test_pressure_from_the_bloc_names_it():
    assert actors("The port was closed under steady pressure from the West.") == [("West", "group", None)]


def test_a_bloc_opposed_with_an_adjective_before_it_is_named_without_it():
    assert actors("The broadcast painted the junta as a bulwark against the greedy West.") == [("West", "group", None)]


def test_a_region_named_as_a_place_is_no_actor():
    assert actors("Unlike most towns in the West, the village keeps its old mill.") == []
    assert actors("The seeds travelled to the West on merchant ships.") == []


def test_a_region_in_a_list_of_places_is_no_actor():
    assert actors("The fungus is rare in Canada but common in the Middle East and North Africa.") == [
        ("Canada", "country", "CAN")
    ]
    assert actors("Ferry routes between the Middle East and North Africa reopened.") == []


def test_a_passive_subject_is_no_actor():
    assert actors("The Middle East will be watched closely by traders.") == []


def test_a_longer_name_the_region_opens_is_not_the_bloc():
    assert ("West", "group", None) not in actors("Settlers in the West Bank marched on Monday.")


def test_the_last_of_a_list_of_places_is_no_actor():
    assert ("Middle East", "group", None) not in actors(
        "Winters in the Baltic, Central Asia, and the Middle East will be shorter than they were."
    )


# The review's findings (M55a): the rule listed a region named only as a place, a source of goods or people, the
# object of a verb of travel, coverage or impact, the holder of a state or figure, or a sports conference.


def groups(text):
    return [a for a in actors(text) if a[1] == "group"]


def test_a_region_after_from_or_against_is_an_actor_only_after_a_noun_of_pressure_or_opposition():
    for text in (
        "Oil from the Middle East flowed into the port, the minister said.",
        "Imports from the Far East rose sharply, officials said.",
        "Demand from the Middle East has slowed, traders said.",
        "Many migrants from the Americas settled in the town, the report said.",
        "Winds from the West brought rain, forecasters said.",
        "Visitors from the West flocked to the market, the owner said.",
        "Leaders from the Global South met in Delhi, the ministry said.",
    ):
        assert groups(text) == [], text
    assert ("West", "group", None) in actors("The regime faces mounting pressure from the West, the diplomat said.")
    assert ("West", "group", None) in actors("Protests against the West erupted in the capital, witnesses said.")


def test_the_object_of_a_verb_of_travel_coverage_or_impact_is_no_actor():
    for text in (
        "The singer toured the Middle East last year, her agent said.",
        "Thousands fled the Middle East in 2015, the agency said.",
        "The reporter covered the Middle East for a decade, the paper said.",
        "The minister visited the Middle East in May, aides said.",
        "The airline will serve the Americas from next year, the chief executive said.",
        "The storm battered the Far East on Tuesday, forecasters said.",
    ):
        assert groups(text) == [], text


def test_the_object_of_a_verb_of_dealing_between_parties_is_a_group():
    assert ("West", "group", None) in actors("Moscow accused the West of arming Kyiv, the ministry said.")
    assert ("West", "group", None) in actors("Beijing warned the West against interfering, the spokesman said.")
    assert ("Global South", "group", None) in actors("China is courting the Global South, the analyst said.")
    assert ("West", "group", None) in actors("The sanctions were designed to punish the West, the economist said.")
    assert ("West", "group", None) in actors("Ukraine thanked the West for its support, the president said.")


def test_the_subject_of_a_verb_of_state_figure_or_weather_is_no_actor():
    for text in (
        "The Middle East remains the most volatile region, the analyst said.",
        "The Middle East is heating faster than the rest of the world, scientists said.",
        "The Middle East produces a third of the world's oil, the report said.",
        "The Americas saw record heat last year, the agency said.",
        "The Americas led the world in cases, the WHO said.",
        "The West has warmer winters than the East, the study found.",
        "The Middle East belongs to its people, the cleric said.",
    ):
        assert groups(text) == [], text


def test_the_subject_of_a_verb_of_agency_is_a_group():
    assert ("West", "group", None) in actors("The West has failed to stop the war, the president said.")
    assert ("Global South", "group", None) in actors("The Global South wants a louder voice, the minister said.")
    assert ("West", "group", None) in actors("The West imposed new sanctions, the report said.")
    assert ("West", "group", None) in actors("Refugees said the West was guilty of inaction.")


def test_the_west_as_a_sports_conference_is_no_group():
    for text in (
        "The Lakers lead the West by two games, the coach said.",
        "The Nuggets hope to win the West this season, the coach said.",
        "The West beat the East 211-186 in the All-Star Game, the league said.",
    ):
        assert ("West", "group", None) not in actors(text), text


def test_a_bloc_is_never_listed_twice_under_one_name():
    assert [a for a in actors("The West did not respond to the offer, the Kremlin said.") if a[0] == "West"] == [
        ("West", "group", None)
    ]
    assert (
        len([a for a in actors("The West beat the East 211-186 in the All-Star Game, the league said.") if a[0] == "West"]) == 1
    )
