"""Actor precision: a capital stands for its government where it acts ("Beijing said" -> CHN), but a capital that the
sentence itself shows as a town is a place, no actor (GUIDE: actors, places are no actors unless they act): joined by
"and" to a town that is no seat of government, owning a place ("Moscow's Manezh Square"), or right after a town's noun
("the capital Prague")."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def countries(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [a.country for c in claims for a in c.actors if a.type == "country"]


def test_a_capital_joined_to_a_town_that_is_no_seat_is_a_place():
    assert countries("Snow fell overnight as Madrid and Barcelona shivered through the coldest night of the year.") == []


def test_a_capital_after_between_with_a_town_is_a_place():
    assert countries("Traffic crawled on the motorway between Lisbon and Porto on Sunday.") == []


def test_a_capital_owning_a_named_square_is_a_place():
    assert countries("Hundreds of fans gathered on Moscow's Pushkin Square to sing.") == []


def test_a_capital_owning_a_place_noun_is_a_place():
    assert countries("Police closed Berlin's streets for the marathon on Sunday.") == []


def test_a_capital_after_a_towns_noun_is_a_place():
    assert countries("The capital Vienna held up well thanks to its flood walls.") == []


def test_two_capitals_joined_stay_their_governments():
    assert sorted(countries("Moscow and Washington agreed to resume the talks on Monday.")) == ["RUS", "USA"]


def test_a_capital_that_acts_stays_its_government():
    assert countries("Beijing said it would retaliate against the new tariffs.") == ["CHN"]


def test_a_capitals_decision_stays_its_government():
    assert countries("Madrid's decision to expel the envoy angered Rabat.").count("ESP") == 1


def test_a_capital_and_a_regional_seat_that_sign_are_governments():
    assert countries("Baghdad and Erbil signed a pact on Monday to share the oil revenue.").count("IRQ") == 1


def test_a_capital_and_a_regional_seat_in_a_standoff_are_governments():
    assert countries("Madrid and Barcelona remain locked in a bitter dispute over the budget.") == ["ESP"]


def test_a_capital_and_a_town_trading_accusations_keep_the_capitals_government():
    assert countries("Delhi and Islamabad exchanged accusations over the border clash.") == ["PAK"]


def test_a_capital_subject_of_a_relative_clause_on_a_towns_noun_acts():
    assert countries("Kherson, the city Moscow seized early in the war, was retaken in November.") == ["RUS"]


def test_capital_as_money_before_a_capitals_name_is_no_towns_noun():
    assert countries("Investors worry about the capital Beijing has poured into chipmakers.") == ["CHN"]


def test_a_capitals_occupied_territory_is_the_states():
    assert "RUS" in countries("Moscow's occupied territory in the south came under shelling, Ukrainian officials said.")
