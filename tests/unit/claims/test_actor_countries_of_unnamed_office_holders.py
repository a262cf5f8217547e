"""A country or demonym before a post whose holder the unit does not name ("a Spanish judge", "Norway's attorney
general", "the new Norwegian president") is carried by no listed actor, so the country is listed (GUIDE decision 436);
a post written with its holder's name ("Norwegian President Lena Moberg", "Lena Moberg, the Norwegian envoy") gives
the person the country, which is not listed again (decision 9)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        (a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors
    ]


def countries_of(text):
    return [country for _, type_, country in actors_of(text) if type_ == "country"]


def test_a_demonym_before_an_unnamed_judge_lists_the_country():
    assert countries_of("He insisted before a Spanish judge that the work was legal.") == ["ESP"]


def test_a_demonym_before_an_unnamed_consul_lists_the_country():
    assert countries_of("The Canadian consul general in Lagos said on Friday the case was closed.") == ["CAN"]


def test_a_countrys_possessive_before_an_unnamed_post_lists_the_country():
    assert countries_of("An appeal could be made to the office of Norway's attorney general.") == ["NOR"]
    assert countries_of("Peru's ambassador to Chile accused the government of lying.") == ["PER", "CHL"]


def test_a_post_written_before_its_holders_name_gives_the_person_the_country():
    assert actors_of("Norwegian President Lena Moberg arrived in Lagos on Monday.") == [("Lena Moberg", "person", "NOR")]
    assert actors_of("Norway's foreign minister Lena Moberg said the talks would go on.") == [("Lena Moberg", "person", "NOR")]


def test_a_post_set_beside_or_said_of_its_holder_gives_the_person_the_country():
    assert actors_of("Lena Moberg, the Norwegian envoy, arrived in Lagos on Monday.") == [("Lena Moberg", "person", "NOR")]
    assert actors_of("The Norwegian envoy, Lena Moberg, arrived in Lagos on Monday.") == [("Lena Moberg", "person", "NOR")]
    assert countries_of("Lena Moberg is the Norwegian envoy to Chile.") == ["CHL"]
