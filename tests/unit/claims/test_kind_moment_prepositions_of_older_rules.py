"""Kind: the older moment test (`_told_at_a_moment`: "after", "before", "following", "until" + a phrase tie an act to a
moment; "at every turn" sums a run up) must not be changed by a later rule's own set of prepositions (GUIDE decisions
393, 430, 540)."""

import ast
from collections import Counter
from pathlib import Path

import pytest
from test_kind import kind_of

import declcli.claims.reading as reading


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The crates were covered with tarpaulins after the storm.", "event"),  # a filling passive at a moment
        ("His bids to buy the mill have failed after three auctions.", "event"),  # one outcome tied to a moment
        ("The town's attempts to lure a factory have failed at every turn.", "fact"),  # a run summed up to now
    ],
)
def test_after_a_phrase_is_a_moment_and_at_every_turn_is_not(text, kind):
    assert kind_of(text) == kind


def test_no_module_level_name_of_reading_is_assigned_twice():
    tree = ast.parse(Path(reading.__file__).read_text(encoding="utf-8"))
    names = Counter(t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name))
    assert [n for n, count in names.items() if count > 1] == []
