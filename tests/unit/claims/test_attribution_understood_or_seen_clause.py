"""Attribution (invented text): a verb of understanding or perceiving with a content clause passes the clause to its
named or described holder like "realize that" (GUIDE decisions 93, 104, 277, 394; "understand" is a belief verb,
decisions 484, 847): "Okafor understood that …", "The crews saw that …", also with an aside between the verb and its
"that"; and a present "sees" with an object and a participle in place of the clause, a view or forecast held (decision
397: "The bank sees prices falling next year"). Not the writer's or reader's own ("I see that …"), not under a modal
("fans must understand that …", decision 484), not a question ("understood how …"), not a noun phrase seen ("saw the
crash", "sees two rate cuts", decision 397) nor a bare infinitive after "saw" (decision 1057)."""

import pytest
from test_attribution_made_clear import attributions
from test_kind import kind_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta Okafor understood that the harbour fees would rise in spring.", ("Marta Okafor", "understood")),
        ("The lobster fishermen understand that the quota cannot grow this year.", ("lobster fishermen", "understand")),
        (
            "Tomas Reyes understood, in the way old sailors do, that the storm would pass by morning.",
            ("Tomas Reyes", "understood"),
        ),
        ("Tomas Reyes saw that the cannery had no fire exits.", ("Tomas Reyes", "saw")),
        # (a past "get" passive is seen, not made sure of)
        ("The harbour inspectors see that the old pier got repaired last winter.", ("harbour inspectors", "see")),
        ("The regional bank sees inflation falling to 2 percent next year.", ("regional bank", "sees")),
        ("Marta Okafor sees the new pier opening the door to more trade.", ("Marta Okafor", "sees")),
    ],
)
def test_understanding_or_seeing_passes_its_clause(text, expected):
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes saw the crash from the quay.",
        "The regional bank sees two rate cuts this year.",
        "Tomas Reyes saw the crane drop the hull into the water.",
        "Marta Okafor understood how the old lock worked.",
        "Fans must understand that the season is long.",
        "I see that the council has met again.",
        "You can see that the road is closed.",
        "Tomas Reyes will see that the fees are paid.",
        "Marta Okafor saw a man running down the pier.",
        # ("see to it that …" and a present "sees that" + a present "get" passive: "see" in the sense "make sure", an act,
        # no content perceived or held; GUIDE attribution section, decision 277 is perception)
        "Tomas Reyes saw to it that the harbour fees were refunded.",
        "The harbour master sees to it that the nets are mended.",
        "Marta Okafor sees that the boats get painted every spring.",
        "The lobster fishermen see that the traps get checked at dawn.",
        "Tomas Reyes saw to it that the cannery got a fire exit.",
    ],
)
def test_no_clause_understood_or_seen(text):
    found = attributions(text)[-1]
    assert found is None


@pytest.mark.parametrize(
    "text",
    [
        "Marta Okafor understood that freedom entailed more than the right to vote.",
        "The harbour job entailed long nights at sea.",
    ],
)
def test_entail_is_a_state_in_a_clause_understood(text):
    # "entail" names a relation that holds, like "involve", "require" and "mean" (claims.json stative_lemmas): a state,
    # kind fact, also in a clause a belief or understanding passes on (GUIDE: kind section, states and descriptions)
    assert kind_of(text) == "fact"
