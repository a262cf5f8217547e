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
        "Timur, 19, was captured. "
        "Investigators met with Ruslan last year."
    )
    assert units == [["Ruslan Kaminsky", "Timur Kaminsky"], ["Ruslan Kaminsky"], ["Timur Kaminsky"], ["Ruslan Kaminsky"]], units


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


def test_a_surname_alone_before_and_a_full_name_gets_no_partners_surname():
    # the article never gives "Okafor Reyes" or "Brannock Shapiro": a surname alone, an office-holder's, one after a
    # title, is its own person's (the actors section: the fullest name the article has given)
    units = persons_by_unit(
        "The defendants, Okafor and Daniel Reyes, pleaded not guilty on Monday. Okafor was released on bail. "
        "Putin and Joe Biden met in Geneva on Tuesday. "
        "Senator Brannock questioned the nominee. Brannock and Josh Shapiro later clashed over the bill."
    )
    assert units == [
        ["Okafor", "Daniel Reyes"],
        ["Okafor"],
        ["Putin", "Joe Biden"],
        ["Brannock"],
        ["Brannock", "Josh Shapiro"],
    ], units


def test_a_namesake_stays_a_person_beside_the_day_or_place_named_after_them():
    units = persons_by_unit(
        "Nelson Mandela was freed in 1990. South Africans marked Mandela Day on Thursday. Mandela spent 27 years in prison. "
        "Flights were diverted to Ninoy Aquino Airport on Monday. Ninoy Aquino was shot dead on the tarmac in 1983."
    )
    assert units == [["Nelson Mandela"], [], ["Nelson Mandela"], [], ["Ninoy Aquino"]], units


def test_a_days_opening_alone_after_the_names_the_day():
    units = persons_by_unit(
        "Villagers mark Nakba with protests and rallies. "
        "Palestinians marked Nakba Day on Wednesday with rallies. "
        "Sixty-five years after the Nakba, refugees remain in camps, said Jibril Rajoub."
    )
    assert units == [[], [], ["Jibril Rajoub"]], units


def test_an_honorific_before_a_surname_that_is_a_kind_noun_makes_a_person():
    units = persons_by_unit(
        "The court heard evidence from Mr. Day, a former accountant at the firm. "
        "The committee questioned Ms. Pond about the contracts on Wednesday."
    )
    assert units == [["Day"], ["Pond"]], units


def test_a_full_name_ending_in_a_surname_kind_noun_outside_a_days_slot_stays_a_person():
    units = persons_by_unit(
        "The minister met Chukwuemeka Pond, the central bank governor, in Abuja on Tuesday. "
        "The study was led by Mhairi Day of the University of Glasgow."
    )
    assert units == [["Chukwuemeka Pond"], ["Mhairi Day"]], units


def test_a_lower_case_kind_noun_after_a_namesake_is_no_person():
    units = persons_by_unit("Flights were cancelled at Ben Gurion airport on Monday after the strike began.")
    assert units == [[]], units


def test_a_nationality_before_an_occasions_edition_or_a_lands_character_names_the_country():
    # the race and the summit are held in the land (decision 9); the towns' character is the land's, no script's
    units = countries_by_unit(
        "The Chinese edition of the Grand Prix was cancelled on Monday. "
        "Officials said the Qatari edition of the summit would focus on trade. "
        "Moscow is trying to erase the Ukrainian character of the occupied towns, the report said."
    )
    assert units == [["China"], ["Qatar"], ["Russia", "Ukraine"]], units
