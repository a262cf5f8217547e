"""Persons named beside their nationality: a demonym before a name the model leaves unmarked, and "of" with a
country after a name (GUIDE decisions 9 and 36: the person carries the country, which is not listed again)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    return [(a.name, a.type, a.country) for c in claims for a in c.actors]


def test_a_demonym_before_an_unmarked_name_gives_the_person_and_its_country():
    actors = actors_of("That's exactly where Italian Luca Ventimo of the agency got into trouble.")
    assert actors == [("Luca Ventimo", "person", "ITA")], actors


def test_a_demonym_and_a_role_noun_before_an_unmarked_name():
    actors = actors_of("He lost the final to Spanish rival Marcel Iturbide in Madrid.")
    assert ("Marcel Iturbide", "person", "ESP") in actors, actors
    assert not any(kind == "country" for _, kind, _ in actors), actors


def test_of_and_a_country_after_a_name_the_model_calls_a_body():
    actors = actors_of("We should point out that Shiv Kapoorin of India is 6 under.")
    assert actors == [("Shiv Kapoorin", "person", "IND")], actors


def test_of_and_a_country_after_a_persons_name_is_carried_not_listed():
    for text, name, iso3 in (
        ("The summit hosted President Dara Okonkwo of Nigeria on Tuesday.", "Dara Okonkwo", "NGA"),
        ("Organisers said Vikram Solanki of India finished two strokes ahead.", "Vikram Solanki", "IND"),
        ("Wen lost to Pieter Groenvelt of the Netherlands in three sets.", "Pieter Groenvelt", "NLD"),
    ):
        actors = actors_of(text)
        assert (name, "person", iso3) in actors, (text, actors)
        assert not any(kind == "country" for _, kind, _ in actors), (text, actors)


def test_a_body_named_after_a_demonym_stays_a_body():
    # near-misses: a body's name after "the" and a demonym, and a body's noun before "of" and a country
    actors = actors_of("The Italian Space Agency said on Tuesday that the launch was delayed.")
    assert not any(kind == "person" for _, kind, _ in actors), actors
    actors = actors_of("The Reserve Bank of India raised rates on Tuesday.")
    assert not any(kind == "person" for _, kind, _ in actors), actors


def test_a_country_whose_possessive_opens_the_body_after_of_does_not_place_the_person():
    # "of Ruritania's …": the country's possessive opens the body the person is "of" (decision 527), no "X of Japan"
    actors = actors_of("Astrophysicist Stephen Rosswig of Germany's Harbour Institute said the gold came from a star.")
    assert ("Stephen Rosswig", "person", None) in actors, actors


def test_a_demonym_before_capitalised_words_of_a_league_or_an_era_is_no_person():
    for text in ("Italian Serie A clubs voted on Monday to resume play.", "He reviewed French Open Era records on Monday."):
        actors = actors_of(text)
        assert not any(kind == "person" for _, kind, _ in actors), (text, actors)


def test_a_name_after_a_demonym_that_an_apposition_calls_a_body_is_no_person():
    actors = actors_of(
        "The avenue is lined with banks, internet cafes, and even Peruvian Roast Chicken, a local fast-food chain."
    )
    assert not any(kind == "person" for _, kind, _ in actors), actors


def test_a_demonym_and_a_role_noun_of_an_animal_a_craft_or_a_body_name_no_person():
    # claims.json animal_nouns, named_craft_nouns, org_nouns: the name after the noun is a horse's, a robot's or a
    # body's, so the demonym stays a country (decision 436), not a person's nationality
    for text, iso3 in (
        ("Irish racehorse Silver Harbour won the Derby at Epsom on Saturday.", "IRL"),
        ("Chinese robot Pepper Prime greeted visitors on Monday.", "CHN"),
        ("British carmaker Rolls Harwood delivered a record number of cars last year.", "GBR"),
        ("French carmaker Peugeot Lumière delivered a record number of cars last year.", "FRA"),
    ):
        actors = actors_of(text)
        assert not any(kind == "person" for _, kind, _ in actors), (text, actors)
        assert any(kind == "country" and country == iso3 for _, kind, country in actors), (text, actors)


def test_a_demonym_and_a_persons_role_noun_still_name_a_person():
    # near-miss: a role noun of a person ("rival", "tennis player") keeps the name a person carrying the country
    actors = actors_of("Canadian tennis player Dana Leclair advanced to the quarterfinals on Monday.")
    assert ("Dana Leclair", "person", "CAN") in actors, actors
