"""Kind, session 36 (h36kef): happenings that declcli read as states (gold event, declcli fact).

- "The last/first time" + a past clause telling one happening, as the subject of "was" whose complement only dates
  it, tells when that happening took place (GUIDE decision 467: event); a complement that judges it stays a fact.
- The passive of a past forcing or requirement ("were forced to leave", "was required to sign") is decision 74's "had to"
  and decision 556(a)'s "forced X to" told from the one made to act: an event, whoever that is; a habit (decision 468)
  and an act still ahead (556(c)) keep their readings.
- The get-passive in the past ("got fired") tells an act undergone, as "was fired" does: an event."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _kind(text) -> str:
    return extract_claims(text, split_sentences(text), published="2024-05-01")[-1].kind


def test_the_last_time_a_happening_took_place_dated_is_an_event():
    assert _kind("The last time I rode the ferry was in May.") == "event"
    assert _kind("The first time the comet was seen from orbit was six years ago.") == "event"
    assert _kind("The last time the club won the league was 1998.") == "event"


def test_the_last_time_judged_or_a_clause_of_checking_stays_a_fact():
    assert _kind("The last time she voted was a disaster.") == "fact"
    assert _kind("The first time I saw the lake was magical.") == "fact"
    assert _kind("The last time I checked, the store was open.") == "fact"


def test_a_past_passive_forcing_or_requirement_is_what_happened():
    assert _kind("Hundreds of villagers were forced to flee their homes on Sunday.") == "event"
    assert _kind("Entrants were required to sign a waiver before the race.") == "event"
    assert _kind("The mayor was compelled to resign.") == "event"


def test_a_passive_requirement_as_a_habit_ahead_or_in_force_is_not_a_happening():
    assert _kind("Tenants were required to pay the rent every month.") == "fact"
    assert _kind("Landlords are required to register with the city.") == "fact"
    assert _kind("The council was forced to reopen the pool by August.") == "commitment"


def test_the_get_passive_in_the_past_is_an_event():
    assert _kind("The two guards got fired after the escape.") == "event"
    assert _kind("Prices get raised when demand rises.") == "fact"
