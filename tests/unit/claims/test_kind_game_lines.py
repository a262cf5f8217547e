"""Kind: a specific player's or team's figures for a game in running text count its acts (GUIDE decision 524: event),
also when worded with "was" ("From then on he was 6 for 8") or with a box-score abbreviation ("had 11 Ks"); a figure
that is nobody's line ("The score was 3 for 2") or a count of what a party has ("had 10K followers") stays a fact."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

LINES_AND_KINDS = (
    ("From then on, he was 8 for 14.", "event"),
    ("The Hawks were 2 for 12 on third down.", "event"),
    ("Moss had three INTs and a PBU on the night.", "event"),
    ("Alvarez had nine Ks in seven innings.", "event"),
    ("Okafor had 3 TFLs and a sack.", "event"),  # a capitalised abbreviation's plural
    ("The appeal had 20K by Sunday.", "fact"),  # "K" for a thousand, no player's
    ("The score was 3 for 2 in the first half.", "fact"),  # no player's or team's line
    ("He had 10K followers.", "fact"),  # what a party has
    ("The vote was 5 to 4.", "fact"),
    ("Ortega was 3-for-5 with a double.", "event"),  # the hyphened AP spelling
    ("Walsh was 7 of 13 from beyond the arc.", "event"),  # "of"
    ("The Rams were 4-of-11 on third down.", "event"),
    ("Ruiz was 1 of 6 candidates.", "fact"),  # a count of a set, not of attempts
    ("Harris was 4 for 4 in the primaries.", "fact"),  # a record over many contests that are no play
    ("Defence lawyers were 0 for 3 at trial.", "fact"),  # a bare plural is a class
    ("It was 70 for 30 in favour of the motion.", "fact"),  # a vote, nobody's line
)


@pytest.mark.parametrize(("sentence", "kind"), LINES_AND_KINDS)
def test_a_players_line_is_an_event_and_other_figures_facts(sentence, kind):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims] == [kind]
