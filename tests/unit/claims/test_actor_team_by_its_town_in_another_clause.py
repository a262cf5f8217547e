"""Actor precision: a team named by its nickname in one clause of a sentence and by its town in the next ("… for the
Otters, and Dayton moved up") is one participant, listed once for the sentence however its claims split it (GUIDE
decision 513); a town written before two teams' nicknames ("the Dayton Herons", "the Dayton Otters") stands
for the one the sentence names by its nickname. The nickname stays in each clause that names it, and a town with no
nickname beside it is read as before."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_RESULTS = (
    "The Dayton Herons lost to the Tulsa Foxes on Monday, and the Dayton Otters beat the Wexcombe Rams 4-2 on Tuesday night.\n\n"
)


def last_sentence_actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    last = max(c.start for c in claims)
    sentence = text.rfind("\n\n", 0, last + 1)
    return [[a.name for a in c.actors] for c in claims if c.start > sentence]


def test_a_town_standing_for_the_team_another_clause_named_is_not_listed_again():
    text = (
        "The Houston Rockets beat the Utah Jazz 101-99 on Sunday.\n\n"
        "The Rockets' defense improved late in the game, and Houston held the Jazz to 12 points in the final quarter."
    )
    assert last_sentence_actors(text) == [["Rockets"], []]


def test_a_team_listed_under_its_town_is_not_listed_again_under_its_nickname():
    text = (
        "The Houston Rockets beat the Utah Jazz 101-99 on Sunday.\n\n"
        "Houston's defense improved late in the game, and the Rockets held the Jazz to 12 points."
    )
    assert last_sentence_actors(text) == [["Houston"], []]


def test_a_town_of_two_teams_stands_for_the_one_the_sentence_names():
    text = _RESULTS + "Mark Dale scored twice for the Otters, and Dayton moved into second place."
    assert last_sentence_actors(text) == [["Mark Dale", "Otters"], []]


def test_the_nickname_stays_in_each_clause_that_names_it():
    text = _RESULTS + "Mark Dale scored twice for the Otters, and the Otters moved into second place."
    assert last_sentence_actors(text) == [["Mark Dale", "Otters"], ["Otters"]]


def test_a_town_of_two_teams_with_no_nickname_beside_it_is_read_as_before():
    text = _RESULTS + "Dayton moved into second place with the win."
    assert last_sentence_actors(text) == [["Dayton"]]
