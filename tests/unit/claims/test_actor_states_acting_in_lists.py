"""States that act as members of a list, or as examples of the states that act (session 41, missed actors)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        (a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors
    ]


def test_every_state_of_an_acting_subjects_list_acts():
    # GUIDE actors: a state that acts is its government, an organisation; each member of the subject's list acts with
    # the first, also where a comma follows the first ("Ohio, Utah and Idaho passed …" is no address to Ohio)
    actors = actors_of("Last spring, Nevada and Vermont banned the sale of flavoured vapes in corner shops.")
    assert ("Nevada", "organization", "USA") in actors, actors
    assert ("Vermont", "organization", "USA") in actors, actors
    actors = actors_of("Ohio, Utah and Idaho passed new rules on drones last year.")
    assert [name for name, _, _ in actors] == ["Ohio", "Utah", "Idaho"], actors


def test_states_named_as_examples_of_the_states_that_act_act():
    actors = actors_of("Several states, including Kentucky, Iowa and Maine, are raising their fuel taxes.")
    assert [(name, kind) for name, kind, _ in actors] == [
        ("Kentucky", "organization"),
        ("Iowa", "organization"),
        ("Maine", "organization"),
    ], actors
    assert ("Arizona", "organization", "USA") in actors_of("Such states as Arizona are pulling out of the pension deal.")
    # (the parse hangs "like" on the verb: the states noun is still that verb's subject before it)
    text = "While some states, like Montana, have used the guide in their plans, the federal government has not."
    assert ("Montana", "organization", "USA") in actors_of(text)


def test_a_listed_state_that_does_nothing_or_is_addressed_stays_no_actor():
    assert actors_of("Workers in states like Kentucky earn less than the national average.") == []
    assert actors_of("Utah and Nevada are large states.") == []
    assert actors_of("“Virginia, with all the work I did for you, go out and vote today,” he said.") == []
    # (a town and the state it is in, set side by side with commas, are no list: the state only places the town)
    actors = actors_of("The Bismarck, North Dakota, fire chief, Carl Moen, has asserted that crews can use any water.")
    assert not any(name == "North Dakota" for name, _, _ in actors), actors


def test_a_seat_named_with_its_countrys_states_is_the_state():
    # claims.json `seat_state_names`: "Washington" listed with US states is the state, not the government in its seat
    # (a pair with one state is the state only after the article has listed the seat with two or more states: rev41a 3)
    text = "Oregon, Washington and New Mexico allow fireworks. Last year, Washington and New Mexico legalized their sale."
    actors = actors_of(text)
    assert ("Washington", "organization", "USA") in actors, actors
    assert not any(kind == "country" for _, kind, _ in actors), actors
    # (with another seat, or alone, it stays the US government)
    assert ("United States", "country", "USA") in actors_of("Moscow and Washington agreed to hold talks next month.")


def test_states_named_as_where_a_count_is_do_not_act():
    # GUIDE decisions 9, 788: a state where cases, jobs or residents are counted is the place of the count, no actor
    assert actors_of("Nebraska and Kansas recorded more than 300 new flu cases last month.") == []
    assert actors_of("Vermont, Maine and Idaho reported record pollen levels this spring.") == []
    assert actors_of("Several states, like Nevada and Utah, reported a jump in emergency visits.") == []
    assert actors_of("Other states, such as Oregon, posted steady job gains in May.") == []
    assert actors_of("Arizona and Nevada gained the most new residents in 2023.") == []
    assert actors_of("Montana or Wyoming will host the rodeo finals next summer.") == []
    # (a state that does something with a plain object still acts)
    assert ("Nebraska", "organization", "USA") in actors_of("Nebraska and Kansas reported the company to federal regulators.")


def test_a_like_after_the_verb_is_a_comparison():
    assert actors_of("Several states now look like Nevada did two decades ago.") == []
    assert actors_of("Other states are expanding like Nevada, the report said.") == []


def test_states_named_through_a_quantity_act():
    actors = actors_of("A number of states, including Oregon and Maine, have banned the pesticide.")
    assert ("Oregon", "organization", "USA") in actors and ("Maine", "organization", "USA") in actors, actors
    assert ("Oregon", "organization", "USA") in actors_of("A handful of states, such as Oregon, have banned the pesticide.")


def test_a_seat_paired_with_one_state_is_the_government():
    # the actors section: the capital standing for the government, the country; one state beside it is no list of states
    actors = actors_of("Washington and Idaho have argued for years over the dam.")
    assert ("United States", "country", "USA") in actors, actors
    actors = actors_of("The row between Washington and Oregon over salmon quotas widened on Friday.")
    assert ("United States", "country", "USA") in actors, actors
    # (one list read one way: beside the seat standing for the government, Georgia is the country)
    actors = actors_of("Washington and Georgia signed a defence cooperation accord in 2011.")
    assert ("Georgia", "country", "GEO") in actors, actors
    # (after a list of states that read it as the state, a pair with one state is the state too)
    text = "Oregon, Washington and Idaho banned the chemical in 2019. Last year, Washington and Idaho taxed its sale."
    assert ("Washington", "organization", "USA") in actors_of(text)


def test_a_governed_place_named_as_the_town_of_x_reporting_a_count_still_acts():
    # (the count rule is a state's: "the town of X reported …" is its council's report, an organisation)
    actors = actors_of("The town of Elmbridge reported a record flood level of six meters on Sunday.")
    assert any(kind == "organization" and "Elmbridge" in name for name, kind, _ in actors), actors
