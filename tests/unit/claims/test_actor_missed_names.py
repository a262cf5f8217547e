"""Actors the model leaves unmarked or the rules ran together (session 35): platforms acting as companies, demonyms
the gazetteer lacked, country pairs in one token, and coordinated countries' bodies under one plural noun."""

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
