"""Kind: a specific player's or team's figures for a game in running text count its acts (GUIDE decision 524: event),
also when worded with "was" ("From then on he was 6 for 8") or with a box-score abbreviation ("had 11 Ks"); a figure
that is nobody's line ("The score was 3 for 2") or a count of what a party has ("had 10K followers") stays a fact."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

LINES_AND_KINDS = (
    ("From then on, he was 8 for 14.", "event"),
    ("The Hawks were 2 for 12 on third down.", "event"),
    ("He had two INTs and a PBU in coverage.", "event"),
    ("Kershaw had 11 Ks in eight innings.", "event"),
    ("The score was 3 for 2 in the first half.", "fact"),  # no player's or team's line
    ("He had 10K followers.", "fact"),  # what a party has
    ("The vote was 5 to 4.", "fact"),
)


@pytest.mark.parametrize(("sentence", "kind"), LINES_AND_KINDS)
def test_a_players_line_is_an_event_and_other_figures_facts(sentence, kind):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims] == [kind]
