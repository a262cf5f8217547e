"""Actor recall: in a sports report, a team's plural nickname right before a player's or coach's post and the person
who holds it ("Chargers coach Dana Lee", "Falcons defensive end Al Roe") names that team, an organisation (GUIDE
decision 36), also where the model marks no entity there or calls the nickname a person; the holder stays a person."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_nickname_before_a_post_and_its_holder_is_the_team():
    units = actors_by_unit(
        "Marlins coach Dana Whitcombe said the team would rest its starters after the playoff loss. "
        "Falcons defensive end Rory Baskin sacked Herons quarterback Milo Tarrant twice in the fourth quarter."
    )
    assert ("Marlins", "organization") in units[0] and ("Dana Whitcombe", "person") in units[0], units
    assert ("Falcons", "organization") in units[1] and ("Herons", "organization") in units[1], units
    assert ("Rory Baskin", "person") in units[1], units


def test_no_team_outside_a_sports_report_or_without_a_named_holder():
    units = actors_by_unit(
        "Volunteers coach the children on weekends at the library. The Marlins fans cheered the new stadium plan."
    )
    assert not any(kind == "organization" for unit in units for _, kind in unit), units


def test_a_persons_name_ending_in_s_before_a_post_stays_a_person():
    # a team in a person's title, not another person (decision 36)
    units = actors_by_unit(
        "Serena Williams coach Patrick Mouratoglou said on Sunday that she was ready for the final. "
        "Noah Lyles coach Lance Brauman said the sprinter had been ill before the final. "
        "Lando Norris teammate Oscar Piastri won in Baku on Sunday. "
        "Patrick Mahomes teammate Travis Kelce caught two touchdowns, and the quarterback threw for 320 yards."
    )
    assert len(units) >= 4, units
    for unit, name in zip(units, ("Serena Williams", "Noah Lyles", "Lando Norris", "Patrick Mahomes"), strict=False):
        assert (name, "person") in unit and (name, "organization") not in unit, units


def test_a_nickname_before_a_post_in_capitals_is_the_team():
    units = actors_by_unit("Bills QB Josh Allen threw for 300 yards as the quarterback led two touchdown drives.")
    assert ("Bills", "organization") in units[0] and ("Josh Allen", "person") in units[0], units
