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
    assert countries_of("The dockers' appeal will be heard by a Portuguese magistrate next week.") == ["PRT"]


def test_a_demonym_before_an_unnamed_consul_lists_the_country():
    assert countries_of("Yesterday the Danish vice consul warned travellers about the floods.") == ["DNK"]


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


def test_a_post_said_of_its_holder_in_a_relative_clause_gives_no_country_of_its_own():
    assert countries_of("Aino Laine, who is Finland's foreign minister, said the talks had failed.") == []
    assert countries_of("Aino Laine, who became the Finnish president in 2019, said the talks had failed.") == []


def test_a_post_given_to_its_holder_by_as_serve_as_or_named_gives_no_country_of_its_own():
    assert countries_of("As Finland's foreign minister, Aino Laine said the talks had failed.") == []
    assert countries_of("Aino Laine served as the Finnish ambassador and said the talks had failed.") == []
    assert countries_of("Aino Laine was named Finland's ambassador and said the talks had failed.") == []


def test_a_post_said_of_a_pronoun_still_lists_the_country():
    assert countries_of("He is the Finnish ambassador and said the talks had failed.") == ["FIN"]
