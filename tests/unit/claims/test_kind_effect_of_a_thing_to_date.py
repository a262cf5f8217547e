"""Kind of a thing's effect told in the present perfect (GUIDE decision 932): a thing, find, happening or affair as the
subject of an active present-perfect verb with an object, with no moment and no figure, describes its effect up to now
(`fact`); a party's act, a dated or counted harm, a move with no object, a frame with someone to act and a measure's
move stay `event`s."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The floods have spurred the push for a sea wall.",
        "The shortage has lent weight to calls for cheaper fares.",
        "The new finds have given fresh life to the study of old ports.",
        "The harbour scandal has captivated the whole county.",
        "The long drought has kept the ferries away from the north quay.",
    ],
)
def test_a_things_effect_to_date_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The council has approved the plan.",  # a party's single act (decision 439)
        "The storm has damaged two cranes on Tuesday.",  # a moment
        "The storm has damaged 40 homes.",  # a figure
        "Fares have risen sharply.",  # no object: a move (decision 581)
        "The dispute has prompted the union to call a strike.",  # someone to act (decisions 711(a), 723)
        "The offender has left the county.",  # a person the agent lexicon misses
        "The charity has enlisted hundreds of volunteers.",  # a body
        "The cloud has begun its slow descent.",  # a happening's phase
        "The slump has eroded revenue at the port.",  # a measure's move
        "The floods spurred the push for a sea wall last year.",  # the simple past keeps the tense rule
    ],
)
def test_acts_moments_figures_and_moves_stay_events(text):
    assert kind_of(text) == "event"


# The review's right cases: an affair, happening, find or thing on `thing_effect.subject_nouns` and its effect on a field,
# pursuit, cause or party (decision 932).
@pytest.mark.parametrize(
    "text",
    [
        "The scandal has captivated the capital.",
        "The crisis has turned the country into a pariah.",
        "The pandemic has changed the way people shop.",
        "The leak has embarrassed the government.",
        "Her resignation has opened the door for a leadership contest.",
        "The discovery has rewritten the history of the region.",
        "The vaccine has saved countless lives.",
        "The verdict has divided the nation.",
        "The revelations have rocked the royal family.",
        "The row has overshadowed the talks.",
        "The affair has cast a shadow over the summit.",
        "The fossil has challenged long-held views of bird evolution.",
        "The drug has transformed treatment of the disease.",
        "The controversy has dogged the campaign.",
        "The breakthrough has raised hopes of a cure.",
        "The grant has given the project a lifeline.",
        "The referendum has split the country.",
        "The scandal has destroyed her career.",  # a damage verb on a pursuit
        "The crisis of the past two years has divided the party.",  # a length of time in the subject, no moment
    ],
)
def test_an_affair_find_or_things_effect_is_a_fact(text):
    assert kind_of(text) == "fact"


# Persons, groups, animals and machines the lexicon does not know are no thing on the list: their acts stay events
# (decision 439).
@pytest.mark.parametrize(
    "text",
    [
        "The suspect has fled the country.",
        "The pope has appointed a new bishop.",
        "The actress has won an Oscar.",
        "The junta has dissolved parliament.",
        "Locals have blocked the road.",
        "Pupils have staged a walkout.",
        "The dog has bitten a child.",
        "The horse has won the Derby.",
        "The missile has hit a school.",
        "The rocket has reached orbit.",
        "The champion has retained her title.",
        "The underdogs have stunned the holders.",
        "The robot has completed the task.",
    ],
)
def test_persons_groups_animals_and_machines_stay_events(text):
    assert kind_of(text) == "event"


# A happening's physical damage, killing or disruption (decision 512(b)); a moment in the subject or the clause; a
# measure as the object (decision 581).
@pytest.mark.parametrize(
    "text",
    [
        "The wildfire has destroyed the village's only school.",
        "The earthquake has cut power to much of the city.",
        "The strike has shut down the port.",
        "The fire has claimed a life.",
        "The war has destroyed the old bridge.",
        "The floods have forced the closure of the main bridge.",
        "The drought has killed the crops in the valley.",
        "Tuesday's earthquake has destroyed the town hall.",
        "The crisis, which broke out on Monday, has divided the party.",
        "The scandal has already captivated the capital.",
        "Last night's revelations have rocked the royal family.",
        "Inflation has eroded wages.",
        "The tariffs have dented exports.",
        "The rally has lifted the index to a record.",
        "The slump has hurt demand for steel.",
        "The pandemic has boosted the housing market.",
    ],
)
def test_damage_moments_and_measures_stay_events(text):
    assert kind_of(text) == "event"


# Works, budgets, parties' collective operations and sport happenings keep their old reading.
@pytest.mark.parametrize(
    "text",
    [
        "The album has topped the charts.",
        "The documentary has reignited interest in the case.",
        "The budget has raised taxes on fuel.",
        "The hearing has adjourned the case.",
        "The operation has freed the hostages.",
        "The search has found no trace of the missing hiker.",
        "The talks have produced a draft deal.",
        "The goal has sealed promotion for the club.",
        "The red card has changed the game.",
        "The injury has ruled the striker out of the final.",
        "The defeat has ended the club's unbeaten run.",
    ],
)
def test_works_operations_and_sport_happenings_stay_events(text):
    assert kind_of(text) == "event"
