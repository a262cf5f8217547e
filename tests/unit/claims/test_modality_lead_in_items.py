"""Items that finish a lead-in's sentence take the lead-in's modality when they hold no verb of their own
(benchmarks/claims_real/GUIDE.md decisions 56, 238); an item with a predicate of its own is read by it."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_ITEMS = ("Tom Baker, two years, $5 million", "Ann Lee, under contract through 2024", "All of the young players, for four years")


def readings(text):
    return {c.text: c.modality for c in extract_claims(text, split_sentences(text), published="2024-03-05")}


def roster(lead_in: str) -> str:
    items = "".join(f"- {item}\n\n" for item in _ITEMS)
    return f"The club announced its plans for the winter on Monday.\n\n{lead_in}\n\n{items}The club said the list is final.\n"


@pytest.mark.parametrize(
    "lead_in, modality",
    [
        ("The players it could keep next season would be:", "intention"),
        ("The players it could sell next season might be:", "possibility"),
        # a lead-in with no modal of its own passes none
        ("The players it kept last season were:", "none"),
        # the clause the colon ends: the last conjunct, and the clause a reporting verb reports
        ("You can read the full list on the club's website, but the main names are:", "none"),
        ("Officials would not say how many players left, but the names include:", "none"),
        ("Officials said the players the club could sell next season might be:", "possibility"),
        # not a relative clause inside it
        ("These are the players that the club could sell:", "none"),
    ],
)
def test_verbless_items_take_the_lead_ins_modality(lead_in, modality):
    found = readings(roster(lead_in))
    assert [found[item] for item in _ITEMS] == [modality] * len(_ITEMS)
    assert found["The club said the list is final."] == "none"  # the paragraph after the list is its own


def test_an_item_with_its_own_predicate_is_read_by_it():
    text = (
        "The team will change three things this season:\n\n"
        "- The coach runs practice twice a day.\n\n"
        "- The captain leads the warm-up.\n"
    )
    found = readings(text)
    assert found["The coach runs practice twice a day."] == "none"
    assert found["The captain leads the warm-up."] == "none"
