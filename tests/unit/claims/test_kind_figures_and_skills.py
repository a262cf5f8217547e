"""Kind of two readings of a modal that name no undertaking of the party.

(1) A volume of goods a party is to ship, sell, deliver or produce over a period, or a figure that falls to a party
(seats lost, a share of the vote won, revenue grown by a percentage), told under "will", "would", "expected to" or
"likely to", is a prediction of a figure that buyers, voters and markets decide: `fact` (GUIDE decisions 651(b), 727).
A count of the party's own acts or works and one act on one day stay commitments.

(2) "can" or "could" of ability whose verb carries an adverb of how well or how readily the act is done ("can sing
well", "can capably handle", "can automatically sort") tells a standing skill or trait of a specific party: `fact` with
modality `possibility` (GUIDE decision 583). A chance now open or an act set at a date stays the party's commitment."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [(c.kind, c.modality) for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # volumes of goods over a period or at a rate
            "Nokia was expected to ship 400,000 handsets a week from March. "
            "Analysts' figures suggested that Sony would sell nine million consoles this year. "
            "Toyota is expected to produce 10,000 cars a month at the new plant.",
            [("fact", "intention")] * 3,
        ),
        (  # figures that fall to a party
            "Ohio is likely to lose two congressional seats. "
            "Senator Warren is expected to win 40% of the vote. "
            "Twitter will grow its advertising revenue 25% to $3 billion this year, according to estimates.",
            [("fact", "possibility"), ("fact", "intention"), ("fact", "intention")],
        ),
        (  # a rate "per month"; an ordinal is no count, and a count told in the past no figure ahead
            "Nokia was expected to ship 7-8 million handsets per month from July.\n\n"
            "Rafael Nadal will try to win his fifth title at the event.\n\n"
            "I will ask why I lost 14 readers in a week.",
            [("fact", "intention"), ("commitment", "intention"), ("commitment", "intention")],
        ),
    ],
)
def test_a_volume_or_figure_ahead_is_a_fact(text, expected):
    assert kinds(text) == expected


def test_counts_of_the_partys_own_acts_and_one_dated_act_stay_commitments():
    assert [
        kind
        for kind, _ in kinds(
            "Nokia is expected to hire 200 engineers. "
            "Ford will build three plants next year. "
            "Sony is expected to ship the new console in March. "
            "Ford will deliver 500 trucks to the city on Friday."
        )
    ] == ["commitment"] * 4


def test_a_skill_told_with_an_adverb_of_manner_is_a_trait():
    assert (
        kinds(
            "Ana Lopez can kick well with either foot. "
            "Lopez can hit a little and capably play two outfield positions. "
            "Tom Hanks and Meg Ryan can't dance particularly well. "
            "Google can automatically sort your photos by date."
        )
        == [("fact", "possibility")] * 4
    )


def test_a_chance_now_open_or_an_act_set_at_a_date_stays_a_commitment():
    assert (
        kinds("Lopez can now sign with any club. Microsoft can easily finish the repairs by Friday.")
        == [("commitment", "possibility")] * 2
    )


@pytest.mark.parametrize(
    "text",
    [
        # a pledge, plan, aim or bare "will" of the party is no frame of decision 727: its undertaking
        "Acme pledged to deliver 40 million masks a month to the region.",
        "Norland will ship 18 patrol boats to Vesta this year, its premier said.",
        "Airbus plans to produce 38 jets a month by June, the company said.",
        "Initech aims to deliver 1.8 million tablets this year.",
        "Toyota will produce 9,000 cars a month at the new plant.",
        "Acme Air will grow its fleet 50% by 2030, its chief executive said.",
        # a stake, a holding, a sum of bonds or reserves is one act on one thing, not units of goods
        "The government will sell its 20% stake in the lender this year.",
        "The treasury will sell $50 billion of bonds next week.",
        "BP will gain a 40% stake in the mine under the deal.",
        # the party's own works and one week said as a date
        "The mayor will deliver three speeches this week on housing.",
        "The studio plans to produce two films a year in Wales.",
    ],
)
def test_a_partys_own_plan_stake_or_works_stays_a_commitment(text):
    assert [kind for kind, _ in kinds(text)] == ["commitment"]


def test_the_frames_of_727_that_reach_an_objects_infinitive_a_rate_adverb_or_a_half():
    assert [
        kind
        for kind, _ in kinds(
            "Analysts expect Initech to sell nine million tablets this year. "
            "Globex was expected to ship 400,000 kettles weekly. "
            "Globex was expected to ship 400,000 kettles in the second half."
        )
    ] == ["fact"] * 3


@pytest.mark.parametrize(
    "text",
    [
        # "as well" is "too" and "could well" a likelihood: no manner of the act
        "The EU could impose new tariffs on Norland as well, diplomats said.",
        "Norland could cut power supplies to Vesta as well.",
        "The court could well overturn the verdict, lawyers said.",
        # "now", "again" or a definite or named object: one act in view, a choice now open
        "Norland can now easily reach targets deep inside Vesta, officials said.",
        "The council could easily reverse the decision, lawyers said.",
        "Norland could easily invade Vesta again, the minister warned.",
        "The company could automatically cancel the contract, the lawyers said.",
    ],
)
def test_as_well_could_well_and_one_act_in_view_are_no_skill(text):
    assert kinds(text) == [("commitment", "possibility")]
