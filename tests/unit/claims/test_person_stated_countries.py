"""Persons whose country the text states and declcli did not give (GUIDE: the actors section's `country` for a person,
decisions 9, 36): a nationality or country word before posts that the parser hangs apart from the name."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        [(a.name, a.type, a.country) for a in c.actors]
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


def person_countries(text):
    return [(name, iso) for claim in actors_of(text) for name, kind, iso in claim if kind == "person"]


def test_a_nationality_before_two_posts_joined_by_and_places_the_person_who_carries_it():
    text = "They found a partner in Finnish singer and composer Aino Lehto, whose voice lifts the record."
    assert actors_of(text) == [[("Aino Lehto", "person", "FIN")]]


def test_a_country_and_post_the_parser_joins_to_a_pronoun_place_the_person_and_later_mentions():
    text = "She and U.S. astronaut Karl Pike were outside the station when the leak started. Pike said the crew stayed calm."
    assert person_countries(text) == [("Karl Pike", "USA"), ("Karl Pike", "USA")], actors_of(text)


def test_posts_with_no_country_word_before_them_give_no_country():
    text = "They found a partner in the singer and composer Aino Lehto, whose voice lifts the record."
    assert ("Aino Lehto", None) in person_countries(text), actors_of(text)


def test_a_country_that_is_the_subject_of_the_work_gives_no_country():
    text = "He and Ukraine specialist Colin Maddox were an hour into the talks when the call ended."
    assert ("Colin Maddox", "UKR") not in person_countries(text), actors_of(text)


def test_a_religious_title_the_text_ties_to_ruling_a_state_places_its_holders():
    # GUIDE decision 866: "the Ostrel enclave under Abbot-Prince Orin issued its ruling"; the gazetteer knows no Ostrel
    text = (
        "The Vatican under Pope Lucian issued a ruling on the grain levy. "
        "Pope Lucian said the levy would stay. Pope Gregor had opposed such levies."
    )
    assert person_countries(text) == [("Lucian", "VAT"), ("Pope Lucian", "VAT"), ("Pope Gregor", "VAT")], actors_of(text)


def test_a_holder_named_before_the_sentence_that_ties_the_title_is_placed_too():
    text = (
        "Pope Gregor said the grain levy would stay. "
        "The Vatican under Pope Lucian had issued a ruling on the levy a decade earlier."
    )
    assert person_countries(text)[0] == ("Gregor", "VAT"), actors_of(text)


def test_a_religious_title_tied_to_no_state_places_no_one():
    text = "The synod under Pope Lucian issued a ruling on the grain levy. Pope Gregor said he had opposed such levies."
    assert ("Pope Gregor", None) in person_countries(text), actors_of(text)


def test_a_secular_office_under_which_a_state_is_named_is_left_to_the_setting():
    text = "Chile under President Ana Roa grew fast. Later President Tim Hale of Peru said no."
    assert ("Tim Hale", "CHL") not in person_countries(text), actors_of(text)


def test_a_plain_noun_phrase_joined_by_and_to_a_post_gives_no_nationality():
    # the phrase before "and" is no post: the country is the subject of that phrase, listed on its own
    for text, name, iso in [
        ("He criticized the Russia sanctions and critic Ivo Brand said the policy failed.", "Ivo Brand", "RUS"),
        ("They discussed the Ukraine war and journalist Ona Berg said the front was quiet.", "Ona Berg", "UKR"),
        ("After the China trip and author Jana Pik spoke, the crowd left.", "Jana Pik", "CHN"),
    ]:
        actors = [a for claim in actors_of(text) for a in claim]
        assert (name, "person", iso) not in actors, actors


def test_a_plain_noun_phrase_joined_by_and_leaves_its_country_listed():
    text = "They discussed the Ukraine war and journalist Ona Berg said the front was quiet."
    actors = [a for claim in actors_of(text) for a in claim]
    assert ("Ukraine", "country", "UKR") in actors, actors
