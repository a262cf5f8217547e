"""Gold actors declcli missed (session 45): a divided country's state by its half alone ("the North warned", "the
South's reluctance"), in a story that named either state in full, is that state, a country actor (claims.json
divided_country_halves); elsewhere the half is a region, no actor."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    return [[(a.name, a.type, a.country) for a in c.actors] for c in claims]


STORY = "North Korea tested two rockets on Monday, officials in Seoul said. "


def test_the_north_after_north_korea_is_that_state():
    out = actors_of(STORY + "The North has also staged artillery drills in recent weeks.")
    assert any(kind == "country" and country == "PRK" for _, kind, country in out[1]), out
    assert not any(kind == "organization" and name == "North" for name, kind, _ in out[1]), out


def test_the_souths_possessive_after_north_korea_is_south_korea():
    out = actors_of(STORY + "The North mocked the South's reluctance to send envoys to the border town.")
    assert {country for _, kind, country in out[1] if kind == "country"} >= {"PRK", "KOR"}, out


def test_the_south_in_a_story_that_names_neither_state_is_a_region():
    out = actors_of("Voters in the South turned out in large numbers on Tuesday, the governor said.")
    assert not any(kind == "country" for _, kind, _ in out[0]), out


def test_a_half_that_opens_a_longer_name_stays_as_read():
    out = actors_of(STORY + "Fishing boats in the North Sea were stopped on Tuesday.")
    assert not any(country == "PRK" for _, _, country in out[1]), out


def test_the_half_is_named_as_written():
    # GUIDE decision 196: a divided country's half called by a compass point is a country actor named as written
    out = actors_of(STORY + "The North has also staged artillery drills in recent weeks.")
    assert ("North", "country", "PRK") in out[1], out


def test_the_south_of_a_us_story_is_a_region():
    for second in (
        "Voters in the South of the US backed the bill on Tuesday.",
        "In the US, the South voted for the governor on Tuesday.",
        "Meanwhile in Virginia, the South remembered the Civil War on Tuesday.",
    ):
        out = actors_of(STORY + second)
        assert not any(country == "KOR" for _, _, country in out[1]), (second, out)


def test_the_south_far_from_any_korean_mention_is_a_region():
    out = actors_of(
        STORY
        + "The rain fell all day across the plains. The markets closed early on Friday. "
        + "Then the South voted for the governor on Tuesday."
    )
    assert not any(country == "KOR" for claim in out[1:] for _, _, country in claim), out


def test_the_half_after_people_of_either_state_is_that_state():
    out = actors_of("Kim Jong Un met Moon Jae-in on Monday. Later, the South said the talks had gone well.")
    assert ("South", "country", "KOR") in out[1], out


def test_a_half_before_a_demonym_stays_as_read():
    out = actors_of(STORY + "The South African rand fell on the news.")
    assert not any(country == "KOR" for _, _, country in out[1]), out
