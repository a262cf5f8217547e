"""Requests and orders whose verb the reporting path does not read: the one who orders, invites, encourages, presses
or directs a party to act is the source of what is asked (GUIDE decisions 45, 183, 331), and so is the one who orders
or demands that something be done (decision 749), who calls on, appeals to or pleads with a party to act (decision 183)
or asks or pushes for someone to act (decision 76); a verb of judgement whose object the parser hung on its complement
still judges (decision 211). No source for a thing invited, an infinitive of purpose, a passive, the writer's "we", or a
clefted subject whose relative word was left out."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("The harbour master ordered the crews to leave the docks before noon.", "harbour master", "ordered"),
        ("The ministry had directed all schools to close early on Friday.", "ministry", "directed"),
        ("The mayor invited the folk singer to perform at the autumn fair.", "mayor", "invited"),
        ("The coach encouraged her players to rest before the final.", "coach", "encouraged"),
        ("The tenants pressed the landlord to repair the lifts.", "tenants", "pressed"),
        ("The tribunal ordered that the ferry company refund every passenger.", "tribunal", "ordered"),
        ("The farmers demanded that the new tariff must be withdrawn.", "farmers", "demanded"),
        ("The council called on the regional governor to resign.", "council", "called on"),
        ("The nurses pleaded with the hospital board to reconsider the closure.", "nurses", "pleaded with"),
        ("The defence lawyers pushed for the trial to be moved to another city.", "defence lawyers", "pushed for"),
        ("The growers asked for the quota to be raised next season.", "growers", "asked for"),
    ],
)
def test_the_one_who_orders_or_asks_is_the_source(text, source, cue):
    out = claims_of(text)
    assert len(out) == 1, [c.text for c in out]
    assert out[0].attribution is not None, text
    assert out[0].attribution.source == source
    assert out[0].attribution.cue == cue


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("The captain cut the dive short and ordered the divers to return to the boat.", "captain", "ordered"),
        ("The envoy praised the truce and called on both sides to keep talking.", "envoy", "called on"),
    ],
)
def test_an_order_joined_to_an_act_keeps_its_source(text, source, cue):
    out = claims_of(text)
    assert out[0].attribution is not None, text
    assert (out[0].attribution.source, out[0].attribution.cue) == (source, cue)


def test_a_judgement_whose_object_the_parser_hung_on_the_complement():
    out = claims_of('Dana Reyes, a vice president of the division, called the new service "radio without limits."')
    assert out[0].attribution is not None
    assert out[0].attribution.source == "Dana Reyes"
    assert out[0].attribution.cue == "called"


def test_an_unquoted_word_called_is_no_judgement_inside_a_quote():
    out = claims_of('"They called it charging, but I did not feel launched myself," he told reporters.')
    assert out[0].attribution is not None
    assert out[0].attribution.cue == "told"


@pytest.mark.parametrize(
    "text",
    [
        "The airline ordered fifty new planes last year.",
        "The city invited bids to build the new bridge.",
        "The players were ordered to leave the field.",
        "With no rules in place, campaigns have been pressing the limits to get attention.",
        "We invited our readers to send in their photos.",
        "The club called in the design team to assess the damage.",
        "Everyone in the village called him Mike.",
    ],
)
def test_no_source_for_things_purposes_passives_or_the_writer(text):
    out = claims_of(text)
    assert out, text
    assert all(c.attribution is None or c.attribution.source is None for c in out), [(c.text, c.attribution) for c in out]


def test_a_clefted_subject_with_its_relative_word_left_out_is_no_source():
    out = claims_of("Because it was namely the clerk demanded that the doors be locked.")
    assert out
    assert all(c.attribution is None for c in out), [(c.text, c.attribution) for c in out]
