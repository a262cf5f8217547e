"""Actors the model leaves unmarked or the rules ran together (session 35): platforms acting as companies, demonyms
the gazetteer lacked, country pairs in one token, and coordinated countries' bodies under one plural noun."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return extract_claims(text, split_sentences(text), published=published)


def actors_of(text):
    return [[(a.name, a.type, a.country) for a in c.actors] for c in claims_of(text)]


def test_a_platform_the_model_leaves_unmarked_is_its_company_where_it_acts():
    out = actors_of("Facebook is under pressure to grow its advertising revenue this year.")
    assert ("Facebook", "organization", None) in out[0], out


def test_a_platform_one_works_for_is_its_company():
    out = actors_of("Morrow now works for Facebook.")
    assert any(name == "Facebook" and kind == "organization" for name, kind, _ in out[0]), out


def test_a_platform_where_something_is_posted_or_read_stays_no_actor():
    out = actors_of("The mayor posted the photo on Twitter on Monday.")
    assert not any(name == "Twitter" for claim in out for name, _, _ in claim), out
    out = actors_of("When I log into my Facebook these days, I brace for the worst.")
    assert not any(name == "Facebook" for claim in out for name, _, _ in claim), out


def test_a_demonym_the_gazetteer_lacked_names_its_country():
    out = actors_of("Panamanian officials have so far denied any knowledge of the arrest.")
    assert any(country == "PAN" for name, _, country in out[0]), out


def test_a_plural_demonym_of_two_words_names_its_country():
    out = actors_of("South Africans of all ages marched through the capital on Thursday.")
    assert any(country == "ZAF" for name, _, country in out[0]), out


def test_two_countries_the_tokenizer_keeps_in_one_token_are_both_actors():
    out = actors_of("Officials said U.S.-Japanese ties had never been closer.")
    countries = {country for name, kind, country in out[0] if kind == "country"}
    assert countries == {"USA", "JPN"}, out
    out = actors_of("The U.S.-China relationship matters more than any other.")
    countries = {country for name, kind, country in out[0] if kind == "country"}
    assert countries == {"USA", "CHN"}, out


def test_a_country_leading_an_effort_in_one_token_is_an_actor_but_not_a_base():
    led = actors_of("Voters backed his stance on U.S.-led talks over the border.")
    assert ("United States", "country", "USA") in led[0], led
    based = actors_of("A U.S.-based lender hired him last spring.")
    assert not any(country == "USA" for name, kind, country in based[0]), based


def test_coordinated_demonyms_before_a_plural_body_noun_are_one_body_each():
    out = actors_of("The summit was co-hosted by the Danish and Kenyan governments on Saturday.")
    assert ("Danish government", "organization", "DNK") in out[0], out
    assert ("Kenyan government", "organization", "KEN") in out[0], out
    assert not any(" and " in name for name, _, _ in out[0]), out


def test_coordinated_demonyms_keep_the_words_before_the_shared_noun():
    out = actors_of("The Greek and Turkish foreign ministries issued a joint statement.")
    names = [name for name, kind, _ in out[0] if kind == "organization"]
    assert names == ["Greek foreign ministry", "Turkish foreign ministry"], out


def test_one_demonym_before_a_plural_body_noun_is_the_body_in_the_singular():
    out = actors_of("Previous Norwegian governments twice negotiated on that basis.")
    assert ("Norwegian government", "organization", "NOR") in out[0], out


def test_a_name_after_its_kind_noun_is_a_body_there_and_at_later_mentions():
    text = (
        "Lewis Ward, an analyst at the research firm IDW, called the lineup weak.\n\n"
        "The market is growing, and IDW puts the number of headsets at 16 million."
    )
    out = [actor for claim in actors_of(text) for actor in claim]
    assert out.count(("IDW", "organization", None)) == 2, out


def test_a_given_name_after_a_kind_noun_is_no_body():
    out = actors_of("The studio Sarah founded in 2010 now employs forty people.")
    assert not any(name == "Sarah" and kind == "organization" for claim in out for name, kind, _ in claim), out


def test_coordinated_demonyms_of_two_words_keep_their_whole_word_and_country():
    out = actors_of("The North Korean and Vietnamese governments rejected the plan.")
    assert ("North Korean government", "organization", "PRK") in out[0], out
    out = actors_of("The New Zealand and Chilean governments agreed to share the data.")
    assert ("New Zealand government", "organization", "NZL") in out[0], out
    out = actors_of("The Costa Rican and Panamanian governments reopened the crossing.")
    assert ("Costa Rican government", "organization", "CRI") in out[0], out


def test_one_demonym_before_a_plural_of_bodies_a_country_has_many_of_stays_plural():
    out = actors_of("Hungarian courts have jailed dozens of activists this year.")
    assert ("Hungarian courts", "organization", "HUN") in out[0], out
    assert not any(name == "Hungarian court" for name, _, _ in out[0]), out


@pytest.mark.parametrize(
    "text",
    [
        "Facebook was flooded with messages of grief after the match.",
        "Instagram lit up with pictures of the comet on Sunday night.",
        "Reddit is full of complaints about the new layout.",
        "Pinterest was her favourite app for knitting patterns.",
        "Snapchat is popular with students, the poll found.",
    ],
)
def test_a_platform_where_content_sits_or_the_app_itself_is_no_actor(text):
    out = actors_of(text)
    assert not any(kind == "organization" for claim in out for _, kind, _ in claim), out


def test_a_platform_that_acts_as_a_company_is_its_company():
    out = actors_of("Instagram removed the video on Tuesday.")
    assert ("Instagram", "organization", None) in out[0], out


def test_a_ship_after_a_kind_noun_is_no_body():
    out = actors_of("The aircraft carrier Valkor arrived in the gulf last week.")
    assert not any(name == "Valkor" and kind == "organization" for claim in out for name, kind, _ in claim), out


def test_an_ethnic_word_or_a_regiment_is_no_country():
    out = actors_of("Serb villagers blocked the road in northern Kosovo.")
    assert not any(country == "SRB" for claim in out for _, _, country in claim), out
    out = actors_of("The Scots Guards paraded through the town on Sunday.")
    assert not any(country == "GBR" for claim in out for _, _, country in claim), out
