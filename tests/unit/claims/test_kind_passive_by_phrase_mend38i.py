"""Kind, session 38 (rev38i on decision 840): forms of the future or modal passive with a "by" phrase that stay `fact`.

- A perfect modal passive ("could have been stopped by the police") tells what might or must have happened, read by its
  tense like "could have shown" (decision 840's third exception).
- A storm or other natural force after "by" ("could be flooded by Storm Ivo") is no party (the kind section's "things
  nobody decides"; decision 840's first exception).
- A verb of feeling ("will be missed by his family") names no act the party undertakes (decisions 470, 484).
"""

import pytest
from test_kind import kind_of as _kind  # (the first claim's kind of an invented text)


@pytest.mark.parametrize(
    "text",
    [
        "The robbery could have been stopped by the county police.",
        "The delays might have been avoided by the rail operator, the report said.",
        "The jewels must have been taken by the gang's driver.",
        "The final would have been won by Harwick Rovers had the goal stood.",
    ],
)
def test_a_perfect_modal_passive_with_a_by_phrase_stays_a_fact(text):
    assert _kind(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of homes could be flooded by Storm Ivo this weekend.",
        "Harvests may be damaged by El Niño this year.",
        "The coast will be hit by Hurricane Delphine on Thursday night.",
    ],
)
def test_a_natural_force_after_by_is_no_party(text):
    assert _kind(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "He will be sorely missed by his family and his teammates.",
        "She will be mourned by the whole town of Ashby.",
    ],
)
def test_a_passive_of_feeling_stays_a_fact(text):
    assert _kind(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The new arena will be completed by the World Cup.",
        "The harbour road will be reopened by the Olympics.",
        "The footbridge will be finished by Easter.",
    ],
)
def test_a_named_event_or_holiday_after_by_is_a_deadline_not_a_party(text):
    assert _kind(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The levy bill will be considered by the Senate next week.",
        "A snap vote will be called by the premier in the spring.",
        "The appeal will be heard by the Supreme Court in October.",
        "The envoys will be met at the airport by the prime minister.",
        "The new hospital will be visited by King Harald on Friday.",
    ],
)
def test_an_act_of_the_party_in_a_verb_also_of_standing_or_experience_is_its_commitment(text):
    assert _kind(text) == "commitment"


def test_considered_as_a_judgement_stays_a_fact():
    assert _kind("The plan will be considered a risk by the Senate.") == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The army will be commanded by General Omar Haddad.",
        "The agency will be overseen by the deputy minister until the vote.",
        "Marta Quill will be replaced by Tom Reyes as head coach next season.",
    ],
)
def test_a_post_held_or_taken_over_stays_a_fact(text):
    assert _kind(text) == "fact"


def test_a_guess_at_who_backs_a_party_stays_a_fact():
    assert _kind("The rebel group may be funded by Veloria, officials say.") == "fact"
