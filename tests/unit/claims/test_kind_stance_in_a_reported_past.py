"""Kind, fact versus event: a verb of stance (claims.json `stance_lemmas`) in the simple past of a clause reported after a
past saying verb ("Ortega said he supported cancelling the toll") takes the report's shifted tense and tells the stance
held when the party spoke (the kind section's opinions: fact); one placed at a day, a past perfect, a quotation's own
past and an unreported past stay what the party did (event)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "On the campaign trail, Ortega said he supported cancelling the toll for all residents.",
        "She added that her firm supported the decision to open an inquiry.",
        "When the officers approached, he told them he opposed the new mayor.",
    ],
)
def test_stance_in_a_reported_past_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The councillor said the committee supported the plan on Tuesday.",
        "He said he had opposed the plan to close the school.",
        '"I opposed the levy as soon as I heard of it on May 3, and argued against it," the treasurer said.',
        "She says the union supported the strike.",
    ],
)
def test_stance_at_a_moment_in_a_perfect_quoted_or_unreported_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        'He said: "I opposed the hold as soon as I learned of it."',
        "He supported the plan, she said.",
    ],
)
def test_stance_in_a_quotation_after_the_saying_verb_or_before_it_stays_an_event(text):
    # the near misses of the quotation guard and of the guard on content after the saying verb
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said he backed down from the plan.",
        "She said she backed out of the deal.",
        "The driver said he backed the truck into the gate.",
        "The senator said she backed away from the bill.",
    ],
)
def test_phrasal_or_physical_sense_of_a_stance_verb_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "He said the government opposed the bid at a meeting on June 3.",
        "The mayor said the council opposed the plan in a vote last week.",
        "The mayor said the council opposed the plan in a vote.",
        "Officials said the army backed the rebels with weapons in 2019.",
    ],
)
def test_stance_placed_at_a_date_or_an_occasion_stays_an_event(text):
    assert kind_of(text) == "event"


def test_stance_backed_with_no_particle_or_date_is_a_fact():
    assert kind_of("The minister said he backed the plan.") == "fact"
