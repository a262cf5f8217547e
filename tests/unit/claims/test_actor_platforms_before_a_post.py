"""Missed actors (session 46): a platform the model leaves unmarked before a post ("Facebook CEO Dana Whitlock", "a
WhatsApp engineer") is its company, which has staff, as "Google's chief executive" is; its users, friends and stars
are no staff."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text, published="2024-03-05"):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published=published)]


def test_a_platform_before_its_chief_executive_is_its_company():
    out = actors_of("Facebook CEO Dana Whitlock told investors the app would grow.")
    assert ("Facebook", "organization") in out[0], out


def test_a_platform_before_a_post_the_parse_reads_as_a_common_noun_is_its_company():
    out = actors_of("Twitter engineer Ola Brandt fixed the bug.")
    assert ("Twitter", "organization") in out[0], out
    out = actors_of("The Facebook spokeswoman said the page was removed.")
    assert ("Facebook", "organization") in out[0], out


def test_a_platforms_users_stay_no_actor():
    out = actors_of("Facebook users shared the clip thousands of times.")
    assert not any(name == "Facebook" for claim in out for name, _ in claim), out


def test_a_platforms_star_stays_no_actor():
    out = actors_of("The YouTube star Lila Brandt posted a new video.")
    assert not any(name == "YouTube" for claim in out for name, _ in claim), out


@pytest.mark.parametrize(
    "text, platform",
    [
        ("Twitter critics said the advert was offensive.", "Twitter"),
        ("Twitter activists said the hashtag reached millions.", "Twitter"),
        ("Facebook voters said the poll was rigged.", "Facebook"),
        ("Instagram student Lara Voss said the filter was harmless.", "Instagram"),
        ("Facebook owner Meta said the app was safe.", "Facebook"),
    ],
)
def test_a_platform_before_a_person_with_no_post_at_it_stays_no_actor(text, platform):
    out = actors_of(text)
    assert not any(name == platform for claim in out for name, _ in claim), out


def test_a_known_company_before_its_chief_executive_is_the_company():
    out = actors_of("Siemens CEO Marta Lindqvist said the plant would reopen.")
    assert ("Siemens", "organization") in out[0], out
