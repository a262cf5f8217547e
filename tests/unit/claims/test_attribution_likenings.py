"""Attribution (invented text): "X compared/likened/equated Y to Z", said to tell what Y is like, is X's judgement of Y,
like "called Y Z" and "dismissed Y as Z": source X, cue the verb as written, a fact (GUIDE decision 678). A comparison
made by measuring two things side by side ("compared the two sets of figures", "compare" + "with", "compare" by the
researchers or by a "they" that may be them) states no likeness and stays an act; so do a likening not made (negated)
and "compares to" with no object."""

import pytest
from test_attribution_made_clear import attributions
from test_kind import kind_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ortega compared modern office life to a medieval court.", ("Ortega", "compared")),
        ("Mayor Lina Sousa likened the new parking levy to a toll on the poor.", ("Lina Sousa", "likened")),
        ("The minister equated the new fee with a hidden tax.", ("minister", "equated")),
        ("Brandt compared himself to a folk hero when he spoke to the court.", ("Brandt", "compared")),
        # (a reflexive object the parser reads as one: a likening of oneself is a judgement too)
        ('Hollis compared himself to "Jesse Boone" to explain his bond with the sheriff.', ("Hollis", "compared")),
        # (the parser reads "to" before a quoted name as an infinitive's)
        ("Marsh compared modern city life to “old Babylon,” claiming that greed is a threat.", ("Marsh", "compared")),
    ],
)
def test_a_likening_is_the_holders_judgement(text, expected):
    assert attributions(text)[0] == expected
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "They compared infection rates in the two groups to a sample of 400 nurses.",
        "The researchers compared the fed hens to the rest of the flock.",
        "The auditors compared this year's accounts with last year's.",
        "The coach did not compare the new rota to a relay race.",
        "Sales rose 5 percent compared to last year.",
        "Dunn compared the figures to explain the gap.",
    ],
)
def test_a_comparison_by_measuring_or_not_made_is_no_attribution(text):
    assert attributions(text)[0] is None
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The surveyors compared the new tunnel plan to the old one.",  # a pronoun standing for the object's noun
        "Traders compared the annual results to the bank's forecasts.",  # a measure
        "The brewer compared its exports to those of its neighbours.",
        "Economists compared the jobless figures to last year's.",  # a possessive with the noun left out
        "The mayor compared this year's budget to last year's budget.",  # the object's own noun
        "The board compared the harvest to 2019.",  # a time
    ],
)
def test_comparing_a_thing_with_one_of_its_own_kind_is_measuring_no_likening(text):
    # (GUIDE decision 678: "The clerk compared the two sets of figures" states no likeness, whoever compares)
    assert attributions(text)[0] is None
    assert kind_of(text) == "event"
