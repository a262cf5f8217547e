"""Kind of past statements that give an event's length or set the background of another happening (GUIDE decisions
550, 664(c))."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kind_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    assert claims, text
    return claims[0].kind


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry terminal took half a decade to build on the marshland.",
        "It took me quite a while to understand the rules of the club.",
        "The tribunal took just over an hour to hear the appeal and reach its ruling.",
        "It took nearly six hours to finish the final round at the indoor arena.",
        "The airline took two years to resume flights after the crash.",
        # (the parser hangs the infinitive on the length as a relative)
        "The scandal, remember, took more than three years to unfold.",
    ],
)
def test_the_length_a_happening_took_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The minister took a six-month trip to the northern provinces.",
        "The coach took ten days off work after the injury.",
        "She took the time to thank every volunteer at the depot.",
        # (a time adverb placing the act is no length)
        "Last year I took a pay cut to move to a smaller firm.",
    ],
)
def test_taking_a_trip_leave_or_the_time_to_act_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lind was standing alone on the quay when the ferry hit the pier.",
        "When the storm reached the coast, the harbour master's crew was fishing far to the south.",
        "At the time, the pilot was flying her third season for the island airline.",
        "I was working as a night clerk then, a job I liked.",
        "Omar Haddad was celebrating his birthday in Lisbon when he fell ill.",
    ],
)
def test_a_past_progressive_set_around_another_happening_is_background(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The firm was still trying to fix the hinge when it launched the new model.",
        "At noon the crew was lowering the boats into the water.",
        "Marta Lind was repairing nets on the quay.",
        "At the same time, Lee's team was working to clear the flooded streets.",
        # (the same party's act told again as what it amounted to)
        "When the senator posted the video, he was sending a message to his rivals.",
    ],
)
def test_an_effort_a_moment_or_no_setting_keeps_the_progressive_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Cheap fuel played an important role in the growth of the suburbs.",
        "Bad weather has played a part in the delays.",
        "The quick sharing of photos among neighbours played a key role in finding the dog.",
    ],
)
def test_the_part_a_thing_played_is_an_assessment(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard played a key role in the rescue of the crew.",
        "Nadia Petrova played the role of a nurse in the film.",
    ],
)
def test_a_party_playing_a_role_acts(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "I was always able to read the greens on that course.",
        "The ferry crew was usually able to land before dark.",
    ],
)
def test_an_ability_shown_each_time_is_a_habit(text):
    assert kind_of(text) == "fact"


def test_an_ability_on_one_occasion_stays_an_event():
    assert kind_of("The ferry crew was able to land before dark.") == "event"


# Review rev38d: the forms the first rules over-read or missed.


@pytest.mark.parametrize(
    "text",
    [
        # (a pronoun after a when-clause of another happening: not the party of the when-clause)
        "When the landslide struck, she was teaching a class in the valley school.",
        "When the squall hit, they were hauling nets off the northern bank.",
        # (the when-clause verb mis-tagged as a present or a bare participle)
        "Pia Holm was speaking at a fair in Tarnow when shots rang out.",
        "The army was shelling the port when the truce talks opened in Valletta.",
    ],
)
def test_a_progressive_around_another_happening_is_background_whatever_the_subject_or_tag(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # (the same party's act told again, in either order)
        "When the mayor posted the clip, he was sending a message to his rivals.",
        "The minister was lying when he told the assembly the grant had been returned.",
    ],
)
def test_the_same_partys_act_told_again_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The prosecution played part of the emergency call to the jury on Tuesday.",
        "The defence played parts of the police interview in court.",
        "The radio station played part of the governor's speech on Monday.",
    ],
)
def test_playing_part_of_a_recording_is_an_act(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers played a crucial role in the rescue of the hikers.",
        "The winger played a key role in both goals.",
    ],
)
def test_a_party_the_lexicon_misses_playing_a_role_acts(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The governor took a minute to thank the rescue crews.",
        "The coach took a second to compose himself before answering.",
        "The premier took a few minutes to answer questions from reporters.",
        "She took a year to travel around South America.",
    ],
)
def test_time_a_party_set_aside_to_act_is_no_length(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "It took a long time to rebuild trust between the two ports.",
        "It took some time for the ferry timetables to recover.",
        "It took longer than expected to count the ballots in the valley.",
    ],
)
def test_a_long_time_or_longer_is_a_length_too(text):
    assert kind_of(text) == "fact"
