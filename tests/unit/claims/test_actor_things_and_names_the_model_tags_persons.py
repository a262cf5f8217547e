"""Actor precision and recall for persons and countries the model's tags make of other things.

- A name the model calls a person that ends in, or runs on into, a capitalised noun of the kind of place, day,
  programme, instrument or prize it names ("Walter Brannock Airport", "Remembrance Day", "the Vesna Trophy winner";
  claims.json unborne_name_end_nouns, borne_name_end_nouns, award_nouns) is that thing's name, no person (GUIDE decision
  12's things); a person whose surname is such a noun ("Rosa Day") stays a person.
- "Ruslan and Timur Kaminsky" gives both brothers the surname, and a later mention by the given name alone is the person
  named so in full, whether or not the given name is in the lexicon (the GUIDE's actors section: the fullest name the
  article has given); a surname of a person named before stays that person's.
- A nationality word before a script's characters, a text's edition or a typewriter names a language or script
  (claims.json language_nouns), no country (GUIDE decision 219); before a people noun it still names one."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text, actor_type):
    return [
        [a.name for a in c.actors if a.type == actor_type]
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


def persons_by_unit(text):
    return actors_by_unit(text, "person")


def countries_by_unit(text):
    return actors_by_unit(text, "country")


def test_a_name_ending_in_a_places_or_programmes_noun_is_no_person():
    units = persons_by_unit(
        "Mark Grady said the Andrew Lloyd Webber Initiative would fund ten students. "
        "Tourists flocked to Ben Gurion Airport on Sunday. "
        "Pilgrims marked Nakba Day in the town on Tuesday."
    )
    assert units == [["Mark Grady"], [], []], units


def test_a_name_running_on_into_a_prizes_or_days_noun_is_no_person():
    units = persons_by_unit(
        "The reigning Heisman Trophy winner signed with the club on Monday. "
        "Residents marked Remembrance Day with a parade. "
        "The Vesna Trophy winner spoke at the dinner."
    )
    assert units == [[], [], []], units


def test_a_person_whose_surname_is_such_a_noun_stays_a_person():
    units = persons_by_unit("Rosa Day said the vote was fair. Day added that turnout was high. Jason Day won the Masters.")
    assert units == [["Rosa Day"], ["Rosa Day"], ["Jason Day"]], units


def test_the_things_opening_words_alone_later_name_the_thing():
    units = persons_by_unit(
        "The reigning Heisman Trophy winner signed with the club on Monday. Not all of us win a Heisman. "
        "Tourists flocked to Ben Gurion Airport on Sunday. Ben Gurion founded the state."
    )
    assert units == [[], [], [], ["Ben Gurion"]], units


def test_a_given_name_before_a_shared_surname_is_named_in_full_later():
    units = persons_by_unit(
        "Two suspects, Ruslan and Timur Kaminsky, lived in the area, police said. "
        "Ruslan, 26, was killed in a shootout. "
        "Investigators met with Ruslan last year."
    )
    assert units == [["Ruslan Kaminsky", "Timur Kaminsky"], ["Ruslan Kaminsky"], ["Ruslan Kaminsky"]], units


def test_a_surname_named_before_keeps_its_person():
    units = persons_by_unit("Jane Marlow spoke on Monday. Marlow and John Doe signed the deal on Friday.")
    assert units == [["Jane Marlow"], ["Jane Marlow", "John Doe"]], units


def test_a_nationality_word_for_a_script_or_an_edition_names_no_country():
    units = countries_by_unit(
        "The Chinese characters for the word were added on Monday. "
        "English, Spanish and Czech editions were among those analysed. "
        "He typed the letters on old Danish typewriters."
    )
    assert units == [[], [], []], units


def test_a_nationality_word_for_a_people_still_names_its_country():
    units = countries_by_unit("Rwandan rebels attacked the town on Monday.")
    assert units == [["Rwanda"]], units
