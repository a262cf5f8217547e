"""Kind: a specific party's act ahead that the rules had read as a state or a description (GUIDE kind section's
commitments), beside the near misses that stay facts."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The firm will face the full force of the law.",
        "The club will face the army of critics next week.",
        "The city will face Hurricane Ida this weekend.",
    ],
)
def test_facing_a_force_a_crowd_or_a_storm_stays_a_fact(text):
    # "face" + a force, a crowd of critics or a named storm: a prospect undergone (GUIDE decision 415), never a
    # contest; an agent noun or an event's name after "face" is no opponent
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board will face questions from the auditors.",
        "If convicted, the skipper could face ten years in prison.",
        "The coastal towns will face severe flooding as the sea rises.",
        "The two clubs will face a fine from the league.",
    ],
)
def test_facing_a_prospect_stays_a_fact(text):
    # "face(s)" + a noun phrase of pressure or prospect: the party's situation (GUIDE decision 415)
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it was ready to reopen the talks with the union.",
        "The company said on Friday that it is willing to sell its depot in Tarrow.",
        "The port authority stated on Monday it is prepared to cut its fees.",
    ],
)
def test_a_bodys_it_ready_to_act_is_a_commitment(text):
    # "is ready to" + verb of a specific party (GUIDE decision 261); "it" after the body's own saying verb is that body
    assert kind_of(text) == "commitment"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would be hard to reopen the talks.",
        "The council said the new pool was ready to open.",
        "The ministry said it was ready for a long dispute.",
    ],
)
def test_a_description_with_it_stays_a_fact(text):
    # the "it" of a copula describes (an extraposed "it", a thing ready, "ready for" + a noun phrase: GUIDE decision 261)
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Residents should remain vigilant, the mayor warned.",
        "The coach said his players must stay calm before the final.",
        "The ministry said the residents of the valley should remain vigilant.",
        "The guards must remain alert at night.",
    ],
)
def test_a_frame_before_remain_or_stay_with_an_adjective_is_a_fact(text):
    # "remain"/"stay" + an adjective of the party's condition reads as decision 478's copula: a state, no act
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The coach said his players must stay in the hotel until Friday.",
        "The board must remain committed to cutting costs.",
        "The club should stay ready to act on the offer.",
        "The council should keep the pool open through August.",
    ],
)
def test_remain_or_stay_with_a_place_or_an_act_stays_a_commitment(text):
    # a place to stay in, an undertaking adjective ("committed to -ing"), "ready to" + verb (decision 261), or a
    # transitive act stays the party's commitment (GUIDE decision 478)
    assert kind_of(text) == "commitment"


@pytest.mark.parametrize(
    "text",
    [
        "The coach told his players to stay seated.",
        "The coach told his players to stay put.",
        "The officer ordered the drivers to remain parked.",
    ],
)
def test_remain_or_stay_with_a_participle_of_place_stays_a_commitment(text):
    # keeping one's seat or place (claims.json kept_place_participles, tagged as adjectives by the model) is the
    # party's act, not a quality to be in (GUIDE decision 478)
    assert kind_of(text) == "commitment"


@pytest.mark.parametrize(
    "text",
    [
        "The agency said it was ready for the storm season.",
        "The ministry said it was eager for news of the talks.",
    ],
)
def test_a_readiness_adjective_without_an_act_leaves_it_a_description(text):
    # "ready for" + a noun phrase frames no verb (no xcomp): the "it" of a description, a fact (GUIDE decision 261)
    assert kind_of(text) == "fact"
