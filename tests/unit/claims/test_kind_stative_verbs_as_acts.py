"""Kind of "weigh in", "weigh whether" and "reflect on": a party's act, read by its tense, not the stative sense."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Before the vote could begin, the governor weighed in.",
        "The committee later weighed whether to delay the second round of grants.",
        "The two leaders reflected on the years they had spent in office.",
    ],
)
def test_a_partys_act_told_in_the_past_is_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The bag weighed six kilos.",
        "The price reflects the cost of shipping.",
        '"We all miss him," the coach weighed in.',
        "Concerns about the deal weighed on the shares.",
    ],
)
def test_the_stative_sense_and_a_quote_tag_stay_facts(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        'The coach weighed in: "We all miss her."',
        'The mayor weighed in on the plan: "This is a disgrace."',
        "Patel reflected poorly on the league, the owner said.",
    ],
)
def test_a_quotation_after_a_colon_or_an_evaluative_reflect_stays_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The committee weighed a merger with the museum last year.",
        "The panel weighed the evidence for two days before its ruling.",
        "The council weighed up whether to close the pool.",
        "The senator weighed into the dispute over fishing rights on Friday.",
        "The court weighed if the rule applied to interns.",
    ],
)
def test_a_party_weighing_an_option_or_weighing_into_a_row_is_an_event(text):
    assert kind_of(text) == "event"


def test_a_partys_own_weight_stays_a_fact():
    assert kind_of("The champion weighed 70 kilos.") == "fact"
