"""A body's distinctive word and a lower-case noun for the body right after it ("the Borlo group", "the Kestrel tribe",
"the Verdant party") name that body as written (GUIDE decisions 290, 447, 639), also where the model marks the word as
a person, a people or nothing, or where no reader kept the word as a body (a product's word: "the Prism team"). A
country's, demonym's or town's word before the noun, and a noun for no body, stay as they were."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [(a.name, a.type) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


def test_a_name_the_model_calls_a_person_before_group_names_the_body():
    text = "The Borlo group claimed responsibility for the attack."
    assert actors_of(text) == [("Borlo group", "organization")], actors_of(text)


def test_a_tribe_named_with_its_noun_is_one_body():
    text = "Members of the Kestrel tribe filed a lawsuit against the county."
    assert actors_of(text) == [("Kestrel tribe", "organization")], actors_of(text)


def test_a_name_the_model_calls_a_people_before_team_names_the_body():
    text = "A spokesman for the Harlow team said the car would race on Sunday."
    assert ("Harlow team", "organization") in actors_of(text), actors_of(text)


def test_a_movement_after_an_adjective_keeps_its_whole_name():
    text = "Fighters loyal to the militant Sarrow Kel movement attacked the convoy."
    assert actors_of(text) == [("Sarrow Kel movement", "organization")], actors_of(text)


def test_words_the_model_marks_as_no_entity_before_a_body_noun():
    text = "The law passed with votes from the small Verdant party."
    assert actors_of(text) == [("Verdant party", "organization")], actors_of(text)
    text = "The Vantor movement organised protests in the capital."
    assert actors_of(text) == [("Vantor movement", "organization")], actors_of(text)


def test_a_products_word_before_team_names_the_team():
    text = "Users of the Quillet notebook app lost their drafts, and the Quillet team promised a repair by Friday."
    assert ("Quillet team", "organization") in actors_of(text), actors_of(text)


def test_a_demonym_or_a_towns_name_before_team_is_no_new_body():
    text = "The Chinese team won the gold medal."
    assert actors_of(text) == [("China", "country")], actors_of(text)
    text = "The Chicago team lost again."
    assert ("Chicago team", "organization") not in actors_of(text), actors_of(text)


def test_a_noun_for_no_body_after_a_name_is_unchanged():
    text = "We went to a Christmas party at the office."
    assert actors_of(text) == [], actors_of(text)
    text = "Lena Brandt said the Brandt family would appeal."
    assert actors_of(text) == [("Lena Brandt", "person"), ("Brandt family", "group")], actors_of(text)


def test_a_kind_of_body_in_the_plural_or_after_a_is_no_body():
    assert actors_of("Most small clinics still run without full-time IT teams.") == []
    assert actors_of("The mayor wants a K9 unit stationed at every school.") == []


def test_a_creed_before_a_body_noun_is_a_description():
    assert actors_of("Leaders of the Sunni movement met in secret last winter.") == []


def test_a_team_named_with_its_members_lists_the_members():
    text = "On Tuesday the Quarry team of Mina Osei and Piet Varga repaired the bridge."
    assert ("Quarry team", "organization") not in actors_of(text), actors_of(text)
    assert ("Mina Osei", "person") in actors_of(text), actors_of(text)


def test_a_group_of_a_kind_is_still_the_body():
    text = "The Hopewell group of companies said profits rose."
    assert actors_of(text) == [("Hopewell group", "organization")], actors_of(text)


def test_a_functions_word_before_team_names_no_body():
    assert actors_of("A manager on the Marketing team said sales fell.") == []
    assert actors_of("The Security team said the flaw had been patched.") == []


def test_a_persons_team_takes_the_persons_country_and_a_persons_party_is_no_body():
    text = "The Biden team said the plan would pass."
    assert [(a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text)) for a in c.actors] == [
        ("Biden team", "organization", "USA")
    ]
    assert ("Garcia party", "organization") not in actors_of("We went to the Garcia party on Saturday.")
