"""Actor precision: names declcli lists that no gold actor matches. A people's name in general before a body's noun
("the local Inuit tribe") describes one tribe of that people and names no body (GUIDE decisions 280, 290), while a
tribe's own name before the noun still names it; a name of three short syllables written family name first, which the
model cuts after the second ("Park Min" + "Jun"), is named whole; and a later mention by its first word alone ("Kim"
after "Kim Jong Un") is that person, named as fully as the article names them (the actors section)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type) for c in claims for a in c.actors]


def names(text):
    return [name for name, _ in actors(text)]


# a people's name in general before "tribe" names no body; a tribe's own name does


def test_a_peoples_name_before_tribe_is_no_body():
    assert names("Last winter a stranding of dolphins near Opotiki left the local Māori tribe struggling to cope.") == []


def test_a_peoples_name_before_tribe_written_without_macron_is_no_body():
    assert names("The Maori tribe sent twenty volunteers to the beach on Tuesday.") == []


def test_a_peoples_name_of_the_lexicon_before_tribe_is_no_body():
    assert names("The Inuit tribe asked the regional council for boats on Monday.") == []


def test_a_tribes_own_name_before_tribe_still_names_it():
    assert actors("A spokesman for the Ngāruahine tribe said the volunteers would return on Friday.") == [
        ("Ngāruahine tribe", "organization")
    ]


def test_a_party_named_for_a_people_is_still_a_body():
    assert actors("The Māori Party said it would vote against the fisheries bill.") == [("Māori Party", "organization")]


# a name of three syllables written family name first, cut by the model after the second


def test_a_three_syllable_name_cut_after_its_second_is_named_whole():
    text = "Lawmakers moved to impeach President Park Min Jun on Saturday. Park apologized for his actions on Sunday."
    assert names(text) == ["Park Min Jun", "Park Min Jun"]


def test_a_given_name_and_surname_before_a_capitalised_word_stay_as_written():
    assert names("Senator Joe Biden Tuesday said he would vote against the measure.") == ["Joe Biden"]


# a later mention by the first word of a three-word name


def test_the_first_word_of_a_three_word_name_is_that_person():
    text = "North Korean leader Kim Jong Un met the envoy in March. Analysts fear a worse successor than Kim."
    assert names(text) == ["Kim Jong Un", "Kim Jong Un"]


def test_a_first_word_two_persons_share_stays_as_written():
    text = "Robert Hale Morton and Robert Greene spoke at the launch. Later Robert left early."
    assert names(text) == ["Robert Hale Morton", "Robert Greene", "Robert"]


def test_the_first_word_of_a_longer_three_word_name_stays_as_written():
    # (a word of more than five letters opening a name of three: no syllables written apart, maybe a word the model ran in)
    text = "Disables Text Fragments is listed first. Disables also appears below."
    assert names(text) == ["Disables Text Fragments", "Disables"]
