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
