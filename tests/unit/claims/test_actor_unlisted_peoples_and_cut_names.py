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
    # (claims.json ethnic_group_words' 'maori' alone decides: without it, "Maori tribe" is a body)
    assert names("Floods left the coastal Maori tribe without power for a week.") == []


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
    # (the guard of a given name opening the name alone decides: "John" is in the lexicon, every word is short)
    assert names("Lawmakers moved to impeach President John Park Min on Saturday.") == ["John Park"]


# a later mention by the first word of a three-word name


def test_the_first_word_of_a_three_word_name_is_that_person():
    text = "Kim Sun Ho met the envoy in Busan on Monday. Kim said the talks went well."
    assert names(text) == ["Kim Sun Ho", "Kim Sun Ho"]


def test_a_first_word_that_is_another_persons_surname_stays_theirs():
    # (a given name that is also a person's surname is no one's given name: note_given_names' guard alone decides)
    text = "Mark Lee Dunn met Ellen Mark at the launch. Later Mark left early."
    assert names(text) == ["Mark Lee Dunn", "Ellen Mark", "Ellen Mark"]


def test_the_first_word_of_a_longer_three_word_name_stays_as_written():
    # (a word of more than five letters opening a name of three: no syllables written apart)
    text = "Analysts said Dalton Ray Ellis had resigned. Dalton said sales would rise."
    assert names(text) == ["Dalton Ray Ellis", "Dalton"]


# the first word alone names the person only standing alone as a name


def test_the_first_word_before_a_noun_it_modifies_is_no_person():
    text = "Voters backed Duke Ray Ellis in the poll. Duke fans cheered."
    assert names(text) == ["Duke Ray Ellis"]


def test_the_first_word_the_model_marks_as_a_body_stays_a_body():
    text = "Analysts said Ford Lee Dunn had resigned. Ford said sales would rise."
    assert actors(text) == [("Ford Lee Dunn", "person"), ("Ford", "organization")]


# two persons whose names open with one word: the word alone is neither's


def test_a_first_word_two_three_syllable_names_share_stays_as_written():
    text = "Kim Sun Ho met Kim Yo Jong in Busan on Monday. Kim said the talks went well."
    assert names(text) == ["Kim Sun Ho", "Kim Yo Jong", "Kim"]


def test_the_same_name_written_with_a_hyphen_keeps_its_first_word():
    text = "Kim Sun Ho met the envoy in Busan on Monday. Kim Sun-ho said the talks went well. Kim left on Tuesday."
    assert names(text) == ["Kim Sun Ho", "Kim Sun-ho", "Kim Sun Ho"]
