"""Gold actors declcli missed (session 45): the country a dateline names ("LIMA, Peru (AP) —") is a country named as a
place, listed like any (GUIDE decisions 9, 181); the dateline's town stays a place, no actor."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    return [[(a.name, a.type, a.country) for a in c.actors] for c in claims]


def test_a_datelines_country_is_listed():
    out = actors_of("QUITO, Ecuador (AP) — Six pallbearers carried the coffin through the square on Monday.")
    assert ("Ecuador", "country", "ECU") in out[0], out


def test_a_datelines_country_without_an_agency_is_listed():
    out = actors_of("VALLETTA, Malta — A plan to dissolve the parliament stalled on Tuesday as lawmakers walked out.")
    assert any(country == "MLT" for _, kind, country in out[0] if kind == "country"), out


def test_a_country_named_in_the_dateline_and_the_story_is_listed_once():
    out = actors_of("BRASILIA, Brazil — Brazil's president signed the forestry bill on Monday.")
    assert [a for a in out[0] if a[2] == "BRA"] == [("Brazil", "country", "BRA")], out


def test_a_datelines_town_alone_stays_a_place():
    out = actors_of("TOLEDO, Ohio — The council passed the parking bill on Monday.")
    assert not any(name in ("Toledo", "TOLEDO", "Ohio") for name, _, _ in out[0]), out
    out = actors_of("OSLO (Reuters) — The council passed the parking bill on Monday.")
    assert not any(kind == "country" for _, kind, _ in out[0]), out


def test_a_town_sharing_a_countrys_name_is_no_country():
    for text in (
        "Lebanon, Pennsylvania — The council said the parking bill passed on Monday.",
        "Mexico, Missouri — The council said the parking bill passed on Monday.",
        "Peru, Indiana (AP) — The council said the parking bill passed on Monday.",
    ):
        out = actors_of(text)
        assert not any(kind == "country" for _, kind, _ in out[0]), (text, out)


def test_a_us_towns_state_georgia_is_no_country():
    for text in (
        "ATLANTA, Georgia — The council said the parking bill passed on Monday.",
        "SAVANNAH, Georgia (WSB) — The council said the parking bill passed on Monday.",
    ):
        out = actors_of(text)
        assert not any(country == "GEO" for _, _, country in out[0]), (text, out)
    out = actors_of("TBILISI, Georgia (AP) — The council said the parking bill passed on Monday.")
    assert ("Georgia", "country", "GEO") in out[0], out


def test_a_dateline_of_a_country_alone_is_listed():
    out = actors_of("Singapore (CNN Business) — Shares fell on Monday as traders sold chip makers.")
    assert any(country == "SGP" and kind == "country" for _, kind, country in out[0]), out
