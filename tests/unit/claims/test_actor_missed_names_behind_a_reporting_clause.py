"""Missed actors (session 46): a name before a trailing reporting clause ("…, the filings state.") the parse reads as the
name's apposition, its verb "state" as a kind of place, which made the name a place's or thing's in every mention."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text, published="2024-03-05"):
    return [[a.name for a in c.actors] for c in extract_claims(text, split_sentences(text), published=published)]


def test_a_name_before_the_documents_state_stays_an_actor_in_every_mention():
    out = actors_of(
        "Vossberg allegedly kept a driver who acted as his enforcer, according to the filings. "
        "Kellerman likened himself to a sheriff to explain his ties to Vossberg, the filings state."
    )
    assert any("Vossberg" in name for name in out[0]), out
    assert any("Vossberg" in name for name in out[1]), out


def test_a_name_before_a_writer_states_stays_an_actor():
    out = actors_of(
        "Dunmore praised Governor Halvorsen on Friday. "
        "In a later post that pins a remark on Governor Halvorsen, Dunmore states, “Nobody reads the whole thing.”"
    )
    assert any("Halvorsen" in name for name in out[0]), out


def test_a_place_named_with_its_kind_in_apposition_stays_no_actor():
    out = actors_of("The refugees walked north to Tapachula, Chiapas state.")
    assert not any("Chiapas" in name for claim in out for name in claim), out
