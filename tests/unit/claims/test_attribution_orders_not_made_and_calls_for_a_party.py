"""Orders and appeals, beside test_attribution_orders_and_appeals: a thing bought for a purpose is no order (GUIDE
decisions 2, 45), a noun asked for with a purpose is no call (decisions 61, 748(c)), a cause is no source (decision 331
is a party's request), an order or appeal not made reports nothing (decision 296), and a call "for X to" or an appeal "to X to"
reads as a recommendation (decisions 76, 183, 748(a))."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line ordered 12 new boats to replace its old fleet.",
        "The clinic ordered new scanners to serve the valley towns.",
        "The goalkeeper ordered a cab to take him to the station.",
        "The bakery bought two ovens and ordered three more to meet the holiday rush.",
    ],
)
def test_a_thing_ordered_for_a_purpose_is_no_order(text):
    assert claims_of(text)[0].attribution is None


@pytest.mark.parametrize(
    "text",
    [
        "The museum asked for more time to prepare its defence.",
        "The choir appealed for donations to repair the organ.",
        "Fishermen pressed for grants to cover the cost of new nets.",
    ],
)
def test_a_noun_asked_for_with_a_purpose_is_no_call(text):
    assert claims_of(text)[0].attribution is None


@pytest.mark.parametrize(
    "text",
    [
        "Cheap loans encouraged families to buy bigger cars last year.",
        "The poor harvest encouraged the mill to import more grain.",
        "Rising rents have pressed many shops to close early.",
    ],
)
def test_a_cause_is_no_source(text):
    assert claims_of(text)[0].attribution is None


@pytest.mark.parametrize(
    "text",
    [
        "The board has never invited the tenants to speak at its meetings.",
        "The governor did not invite the strikers to join the talks.",
        "The bishop never called on the villagers to leave.",
    ],
)
def test_an_order_or_appeal_not_made_has_no_source(text):
    assert claims_of(text)[0].attribution is None


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("Rangers appealed to hikers to stay on the marked trails.", "Rangers", "appealed to"),
        ("The parents pushed for the school to be reopened.", "parents", "pushed for"),
        ("The tenants pressed for the two caretakers to stay on.", "tenants", "pressed for"),
        ("The villagers asked for the bridge to be repaired before winter.", "villagers", "asked for"),
    ],
)
def test_a_call_or_appeal_for_a_party_to_act_is_a_recommendation(text, source, cue):
    out = claims_of(text)
    assert out[0].attribution is not None, text
    assert (out[0].attribution.source, out[0].attribution.cue) == (source, cue)
    assert out[0].modality == "recommendation"
    assert out[0].kind != "event"


@pytest.mark.parametrize(
    "text, source, cue",
    [
        # ("on" taken for a particle, decision 183)
        ("The league has called on all clubs to cut ticket prices.", "league", "called on"),
        # (a day or an adverb between the verb and its preposition)
        ("Police appealed on Friday to witnesses to call them.", "Police", "appealed to"),
        ("Coastguards have appealed directly to sailors to avoid the bay.", "Coastguards", "appealed to"),
    ],
)
def test_an_appeal_with_its_preposition_parsed_apart_keeps_its_source(text, source, cue):
    out = claims_of(text)
    assert out[0].attribution is not None, text
    assert (out[0].attribution.source, out[0].attribution.cue) == (source, cue)
    assert out[0].modality == "recommendation"


def test_a_phrasal_call_with_another_particle_is_no_appeal():
    assert claims_of("The owner called in the roofers to inspect the damage.")[0].attribution is None


@pytest.mark.parametrize(
    "text",
    [
        "The old tunnels need major repairs, the inspectors found last month.",
        "The old tunnels need major repairs, the inspectors found in a study released on Friday.",
    ],
)
def test_a_closing_finding_tag_with_a_time_or_place_after_it(text):
    out = claims_of(text)
    assert out[0].attribution is not None, text
    assert (out[0].attribution.source, out[0].attribution.cue) == ("inspectors", "found")
