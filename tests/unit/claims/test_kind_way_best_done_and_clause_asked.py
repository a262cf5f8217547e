"""Kind (invented text): a past passive with "best" and no agent tells how a thing is best done, a general truth (GUIDE
kind section: fact), also in a clause understood or realized; and a that-clause a named holder is asked, in statement
word order, to have said or seen (decision 230) gives the kind of its statement (decision 757, last sentence: the verb is
read as usual; the kind section: judge what was said)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Marta Okafor understood, like her father before her, that a good name was best earned through hard work.",
        "The old sailors realized that the nets were best mended in calm weather.",
        "Trust was best won through small favours.",
    ],
)
def test_way_best_done_is_a_general_truth(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # (an agent named: one party's act)
        "That mood was best captured by the harbour master on Monday.",
        "The harbour gate was closed last week.",
    ],
)
def test_a_past_passive_act_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q. The fishermen saw that the harbour master was dismissed quickly?", "event"),
        ("Q. The union said that the cannery was closed without notice?", "event"),
        # (the clause a state: its statement's kind)
        ("Q. The union said that the cannery is too small?", "fact"),
        # (an inverted auxiliary asks whether the holder saw, read as main reads "Did the union say that …?")
        ("Did the fishermen see that the harbour master was dismissed?", "fact"),
    ],
)
def test_clause_asked_of_a_named_holder_keeps_its_kind(text, expected):
    assert kind_of(text) == expected
