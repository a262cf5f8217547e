"""Persons' countries: what a person's description states, and what it does not (session 18)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def persons_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    return [(a.name, a.country) for c in claims for a in c.actors if a.type == "person"]


def test_a_teams_town_or_state_before_a_coachs_post_gives_no_country():
    # GUIDE decision 41: a club's place says nothing of a player's or coach's nationality; the team is listed.
    text = (
        "Florida coach Urban Meyer closed practices to the media this week.\n\n"
        "Oklahoma City coach Billy Donovan said the team played well.\n\n"
        "Meyer said agents were a problem."
    )
    persons = persons_of(text)
    assert ("Urban Meyer", None) in persons and ("Billy Donovan", None) in persons, persons
    assert all(country is None for _, country in persons), persons


def test_a_national_teams_country_before_a_players_post_stays_the_persons():
    persons = persons_of("England captain Harry Kane scored twice on Saturday.")
    assert ("Harry Kane", "GBR") in persons, persons


def test_a_description_at_a_mention_the_model_leaves_unmarked_states_the_country():
    # (The model marks "Curie" as no one in the second paragraph; the name is known from the first.)
    text = (
        "One participant, Curie Kim was so ill that she had to be taken to hospital twice.\n\n"
        "Curie, 21, a Korean exchange student at Edinburgh University, came second in the competition."
    )
    persons = persons_of(text)
    assert persons[-1] == ("Curie Kim", "KOR"), persons


def test_a_military_ranks_abbreviation_is_an_office_of_the_articles_country():
    # "Gen.", like "Lt." and "Col.", opens an office of state the setting's country fills ("President X").
    text = (
        "WASHINGTON — The U.S. Marine Corps will be reviewed, U.S. officials said on Thursday.\n\n"
        "The review will be led by Gen. James Amos, the incoming Marine commandant."
    )
    assert ("James Amos", "USA") in persons_of(text), persons_of(text)


# Session 19 (h19pers)


def test_a_post_the_sentence_opens_with_before_the_subjects_name_states_the_country():
    # The parser hangs "A former Spanish special forces officer" on the verb, not on the name after the comma.
    text = (
        "A former Spanish special forces officer, Morales wanted to build a security empire.\n\n"
        "Morales later said the contract was signed in London."
    )
    persons = persons_of(text)
    assert ("Morales", "ESP") in persons, persons
    assert persons[-1] == ("Morales", "ESP"), persons


def test_a_sentence_opening_phrase_that_is_no_post_describes_no_one():
    # "Last week in Paris, X said": a time or place, no description of the subject.
    persons = persons_of("After the meeting in Paris, Martin Kowalski said the talks would go on.")
    assert ("Martin Kowalski", None) in persons, persons


def test_a_judge_or_justice_is_an_office_of_the_articles_country():
    text = (
        "The U.S. Supreme Court heard the case on Monday, and U.S. officials watched.\n\n"
        "Justice Samuel Alito asked whether the U.S. rule could stand.\n\n"
        "Judge Arthur Engoron said the trial would resume."
    )
    persons = persons_of(text)
    for name in ("Samuel Alito", "Arthur Engoron"):
        assert (name, "USA") in persons, persons


def test_an_office_named_before_the_text_names_a_country_takes_the_countries_the_window_names():
    # The setting is read from the whole window's entities before its first claim, not only from the text before.
    text = (
        "Senator Dino Melaye sued the police chief on Monday.\n\n"
        "Nigeria's police said the case would fail, and lawyers in Nigeria agreed."
    )
    persons = persons_of(text)
    assert persons[0] == ("Dino Melaye", "NGA"), persons


def test_the_window_gives_no_setting_where_no_country_leads():
    text = "Senator Dino Melaye sued the police chief on Monday.\n\nPolice in Nigeria and in Ghana said the case would fail."
    persons = persons_of(text)
    assert persons[0] == ("Dino Melaye", None), persons


def test_a_chambers_leader_is_an_office_of_the_articles_country():
    text = (
        "The U.S. Senate voted on the U.S. budget in Washington on Friday.\n\n"
        "House Minority Leader John Boehner said the plan would fail."
    )
    assert ("John Boehner", "USA") in persons_of(text), persons_of(text)


def test_the_body_a_person_is_with_places_the_person():
    persons = persons_of("Patrol Chief James Hall with the New York Police Department said the parade would go on.")
    assert ("James Hall", "USA") in persons, persons


def test_a_present_home_places_the_person():
    # GUIDE decision 182: the country of the home the text gives, in a main clause or a relative clause.
    text = (
        "Ahmed Azza was given a new camera on Monday.\n\n"
        "Azza lives in Hebron, a city in the West Bank.\n\n"
        "Maria Lopez, who has lived in Madrid for a decade, said the rent rose."
    )
    persons = dict(persons_of(text))
    assert persons.get("Ahmed Azza") == "PSE" and persons.get("Maria Lopez") == "ESP", persons


def test_a_past_home_gives_no_country():
    persons = persons_of("Maria Lopez, who lived in Madrid until 2010, said the rent rose.")
    assert persons == [("Maria Lopez", None)], persons


def test_a_fronted_place_before_a_described_subject_places_the_person():
    # "On <place>, <post> <name> said …": the place the sentence opens with is where the text puts the person it
    # introduces by a post (a state or city names its country, GUIDE decision 21).
    text = "On Baker Hill in west Kentucky, dairy farmer Martha Quill said half of the pickers never came."
    assert ("Martha Quill", "USA") in persons_of(text), persons_of(text)


def test_a_fronted_place_gives_no_country_to_a_name_already_known_or_not_the_subject():
    text = (
        "Martha Quill said the harvest was late.\n\n"
        "In Ontario, dairy farmer Martha Quill said the pickers never came.\n\n"
        "In Ontario, the pickers told dairy farmer Tom Hale they would come."
    )
    persons = dict(persons_of(text))
    assert persons.get("Martha Quill") is None and persons.get("Tom Hale") is None, persons


def test_a_present_base_outweighs_a_birthplace_in_the_description():
    # GUIDE decision 182: a present base decides over the country of birth; the birthplace alone still places.
    text = "The lamp was made by Nikos Pappas, acclaimed Paris-based designer born in Greece, who works in glass."
    assert ("Nikos Pappas", "FRA") in persons_of(text), persons_of(text)
    text = "The lamp was made by Nikos Pappas, a designer born in Greece, who works in glass."
    assert ("Nikos Pappas", "GRC") in persons_of(text), persons_of(text)


def test_the_games_of_a_result_given_in_the_sentence_before_are_of_its_teams_countries():
    # A result between two national teams, then its games in the next sentence(s): each winner plays for the
    # winning country, each beaten player for the other (GUIDE decision 36); a heading between ends the run.
    text = (
        "Norway needed the doubles match to beat Portugal 2-1 on Friday.\n\n"
        "The victory came after Lars Eriksen and Sven Holt defeated Tiago Ramos and Miguel Santos 6-3, 6-4.\n\n"
        "Eriksen had beaten Rui Mendes 6-2, 6-1.\n\n"
        "CHILE CRUISES\n\n"
        "Diego Alvarez defeated Kevin Moore 6-4, 6-3."
    )
    persons = dict(persons_of(text))
    assert persons["Lars Eriksen"] == "NOR" and persons["Sven Holt"] == "NOR", persons
    assert persons["Tiago Ramos"] == "PRT" and persons["Miguel Santos"] == "PRT", persons
    assert persons["Rui Mendes"] == "PRT", persons
    assert persons["Diego Alvarez"] is None and persons["Kevin Moore"] is None, persons


def test_a_town_and_state_set_off_before_a_post_and_the_name_place_the_person():
    # GUIDE decision 21: a city or state the text names for a person gives its country, also where the parser
    # strings "The Town, State, post, Name" along as conjuncts and appositions.
    persons = persons_of("The Springfield, Illinois, fire chief, Tom Baker, said the blaze was out.")
    assert ("Tom Baker", "USA") in persons, persons
    persons = persons_of("The company's chief executive, John Doe, said sales rose.")
    assert ("John Doe", None) in persons, persons


def test_a_state_of_mexico_or_germany_places_the_person():
    persons = persons_of("Hans Weber, a farmer from Bavaria, said the harvest was poor.")
    assert ("Hans Weber", "DEU") in persons, persons


# Session 23 (h23pers)


def test_a_well_known_office_holder_the_model_calls_a_body_is_a_person():
    # The small model marks "Trump" an organisation in some sentences; persons.json names him.
    text = (
        "The regulator's chairman will leave on Jan. 20 when President-elect Trump is inaugurated.\n\n"
        "Next year, Trump will appoint a new chairman."
    )
    persons = persons_of(text)
    assert persons.count(("Trump", "USA")) == 2, persons


def test_the_body_a_post_is_of_before_a_comma_and_the_name_places_the_person():
    # The parser hangs the name on the verb; the post and its "of" phrase before the comma describe the person.
    text = (
        "The comments from Olsen come after the leader of far-right Danish Freedom Party (DFP), "
        "Henrik Vestergaard, said he wants the border closed."
    )
    assert ("Henrik Vestergaard", "DNK") in persons_of(text)


def test_a_countrys_name_that_is_a_states_in_a_us_story_places_the_person_in_the_us():
    text = (
        "Researchers in Texas and Florida said the spill is not over.\n\n"
        "Scientists in Alabama and Louisiana agreed, and so did officials in Washington.\n\n"
        '"Most of the oil is still there," says Helen Marsh, director of Georgia Coastal Watch at the university.'
    )
    persons = persons_of(text)
    assert ("Helen Marsh", "USA") in persons, persons


# Session 24 (h24pers)


def test_a_towns_or_countys_own_force_in_a_title_places_the_person_in_the_stories_country():
    # GUIDE decision 285: "the Kent County sheriff X" gives the country the place plainly implies; the gazetteer
    # knows no small town, so the country is the one the story is set in.
    text = (
        "Police in Missouri said on Monday that a suspect had been arrested in the United States.\n\n"
        "Ferguson police officer Lou Pike said the man looked like a demon.\n\n"
        "Capt. Ada Marsh of the Linden Police Department told reporters that an officer approached the man.\n\n"
        "Morton County sheriff Kyle Brand released a statement on Thursday."
    )
    persons = persons_of(text)
    assert ("Lou Pike", "USA") in persons and ("Ada Marsh", "USA") in persons and ("Kyle Brand", "USA") in persons, persons


def test_a_local_force_gives_no_country_where_the_story_has_no_one_setting():
    text = (
        "Officials in France and Germany met in Brussels on Monday.\n\n"
        "Ferguson police officer Lou Pike said the man looked like a demon."
    )
    assert ("Lou Pike", None) in persons_of(text), persons_of(text)


def test_a_city_closing_a_universitys_name_after_of_places_the_body_not_its_people():
    # GUIDE decision 527: "the University of Liverpool" is in Britain even in a story that names the United States
    # first, but its place word places the university, not the biochemist or professor who works there.
    text = (
        "WASHINGTON — A U.S. official said on Monday that the plan was dropped in the United States.\n\n"
        "In 2005, the University of Liverpool biochemist Lou Pike showed that receptors could be found in the gut.\n\n"
        "Dana Voss, a professor of psychology at the University of Oxford, said the result was clear."
    )
    persons = persons_of(text)
    assert ("Lou Pike", None) in persons and ("Dana Voss", None) in persons, persons
    bodies = {a.name: a.country for c in extract_claims(text, split_sentences(text)) for a in c.actors if a.type != "person"}
    assert bodies.get("University of Oxford") == "GBR", bodies


# A body the article named before keeps its country at a shorter mention, and a person at the body is of that
# country (GUIDE decision 21): its short form after the name in brackets ("a marine biologist at OGS" after "the
# Ohio Geological Survey (OGS)"), its name without its state's name ("an Energy Commission staffer" after "the
# California Energy Commission"); not a name without a city's ("Gazette Media" after "the Chicago Gazette" may be
# another body, the paper's owner).
@pytest.mark.parametrize(
    ("earlier", "later", "country"),
    [
        (
            "Researchers at the Ohio Geological Survey (OGS) found oil in the lake.",
            '"The oil is still there," says Jo Pike, a marine biologist at OGS.',
            "USA",
        ),
        (
            "The California Energy Commission set the rule on Monday.",
            "The rule will save power, said Jo Pike, an Energy Commission staffer.",
            "USA",
        ),
        (
            "The Chicago Gazette printed the offer on Monday.",
            "The offer fell short of the price demanded by Jo Pike, who was then Gazette Media's largest shareholder.",
            None,
        ),
    ],
)
def test_a_body_named_before_places_its_people_at_a_shorter_mention(earlier, later, country):
    persons = persons_of(earlier + "\n\n" + later)
    assert ("Jo Pike", country) in persons, persons


def test_a_bodys_place_given_by_based_passes_to_the_body_and_its_people():
    # GUIDE decision 21: "-based" before a body's name or in a description beside it names where the body is; the
    # body keeps that country at its later mentions, by its name without a web domain too, and so do its people.
    text = (
        "Prices fell 3 percent last month, according to Carvolo.com, a California-based automobile data firm.\n\n"
        "Toledo-based Brightline, a chain of 30 stores, may be next.\n\n"
        '"Prices will fall," Lou Pike, Carvolo\'s executive director of analysis, said in a statement.'
    )
    bodies = {a.name: a.country for c in extract_claims(text, split_sentences(text)) for a in c.actors if a.type != "person"}
    assert bodies.get("Carvolo.com") == bodies.get("Brightline") == "USA", bodies
    assert ("Lou Pike", "USA") in persons_of(text)


@pytest.mark.parametrize(
    "text, person",
    [
        (
            # The model runs the office into the name: "Superintendent Jo Reed" is Jo Reed, whom her office places.
            "Ohio teachers marched on the Ohio Statehouse in Columbus.\n\n"
            "State schools Superintendent Jo Reed has cited a study showing Ohio behind its neighbours.",
            ("Jo Reed", "USA"),
        ),
        (
            "Peruvian troops fired on marchers in Lima on Friday, and Peru's government defended them.\n\n"
            "Public Ombudsman Dara Quill said the deaths were caused by gunfire.",
            ("Dara Quill", "PER"),
        ),
    ],
)
def test_a_local_or_public_office_in_a_title_places_the_person_in_the_stories_country(text, person):
    assert person in persons_of(text)


def test_a_states_or_towns_office_in_lower_case_places_the_person_unless_a_body_is_named_with_it():
    # A lower-case office of a state or town places its holder by the story's setting like a title does; a body named
    # with the post ("the league's ..." by name) makes it that body's post, which places nobody (GUIDE decision 372).
    text = (
        "Police in Ohio searched homes in Dayton and Toledo on Monday.\n\n"
        "The city's police commissioner, Jo Marr, told officers to step up patrols.\n\n"
        "Ohio State coaches held a call with NFL commissioner Al Brenner about agents."
    )
    persons = persons_of(text)
    assert ("Jo Marr", "USA") in persons, persons
    assert ("Al Brenner", None) in persons, persons


# Session 26 (h26pers)


def test_a_post_with_an_office_named_by_its_holder_places_the_person_in_the_stories_country():
    # "the attorney general's office" is a government body named by a common noun: the one government the setting
    # names (GUIDE decision 322); a lawyer with a named firm, or with no body at all, stays unplaced.
    text = (
        "The Ohio inquiry widened on Monday, officials in Ohio said.\n\n"
        "Dana Pruitt, the lawyer with the attorney general's office who questioned the mayor, tried to pin him down.\n\n"
        "The suspects were caught on their way to Tampa, Rob Imre, special agent for the attorney general's office, said.\n\n"
        "A spokesman for the governor's office, Kim Oduya, declined to comment.\n\n"
        "Lee Varga, a lawyer with the Varga Group, said the case was weak.\n\n"
        "Tom Ashby, a lawyer who questioned the mayor, said the case was weak."
    )
    persons = persons_of(text)
    assert ("Dana Pruitt", "USA") in persons, persons
    assert ("Rob Imre", "USA") in persons and ("Kim Oduya", "USA") in persons, persons
    assert ("Lee Varga", None) in persons and ("Tom Ashby", None) in persons, persons


@pytest.mark.parametrize(
    "text, person",
    [
        (
            'Dr Helen Varga, from the Brixton Water Board in Oregon, said: "The ice goes through a layer."',
            "Helen Varga",
        ),
    ],
)
def test_a_phrase_set_off_after_the_name_and_hung_on_the_verb_places_the_person(text, person):
    # GUIDE decision 21: the body or place the text names for the person, which the parser hangs on the verb here.
    persons = persons_of(text)
    assert (person, "USA") in persons, persons


def test_a_phrase_set_off_after_the_name_that_places_only_a_college_gives_no_country():
    # GUIDE decision 527: the place set after a college places the college, not the person at it
    persons = persons_of("Dr Helen Varga, at the Nevada State College, Reno, analyzed more than 500 dolls in old catalogs.")
    assert ("Helen Varga", None) in persons, persons


def test_a_phrase_set_off_after_the_name_gives_no_country_where_it_names_no_known_place():
    persons = persons_of("Dr Helen Varga, from the Brixton Applied Physics Center, said the ice moved.")
    assert persons == [("Helen Varga", None)], persons


@pytest.mark.parametrize(
    "first, later, full, country",
    [
        (
            "During a visit to a remote Portuguese island, President Manuel Pereira Lopes said the talks would go on.",
            '"There is serious will to reach an understanding," Pereira Lopes said.',
            "Manuel Pereira Lopes",
            "PRT",
        ),
        # (the model calls "De Santis" an organisation here)
        (
            "Luca De Santis, director of the Milan police, said the patrol was routine.",
            '"It was a regular patrol, under the new system of police checks," De Santis said.',
            "Luca De Santis",
            "ITA",
        ),
    ],
)
def test_a_later_mention_by_two_family_names_is_the_person_named_in_full_before(first, later, full, country):
    # GUIDE decision 271 and the actors section: a country stated at the first mention is kept at later ones, also
    # where the person is later called by a double surname without the given name.
    persons = persons_of(f"{first}\n\n{later}")
    assert persons == [(full, country), (full, country)], persons


def test_a_bare_surname_two_persons_share_is_the_one_named_last():
    # GUIDE decision 520: the nearest mention of a person whose full name holds the surname, not the first named.
    text = (
        "Dana Okafor was hiking in the mountains when she fell ill.\n\n"
        "Her husband, Sam Okafor, called for help.\n\n"
        "Sam Okafor drove her to the clinic.\n\n"
        "Okafor said the doctors were kind."
    )
    assert persons_of(text)[-1] == ("Sam Okafor", None), persons_of(text)


def test_a_bare_surname_stays_with_the_first_of_two_named_together_or_a_short_given_name():
    text = (
        "The panel asked about Mary and Peter Halloway on Monday.\n\n"
        "Halloway said nothing.\n\n"
        "Patrick Venmore Jr. pleaded guilty in March.\n\n"
        '"Pat Venmore regrets it," his lawyer said.\n\n'
        "Venmore was sentenced on Tuesday."
    )
    persons = [name for name, _ in persons_of(text)]
    assert persons[2] == "Mary Halloway", persons
    assert persons[-1] == "Patrick Venmore Jr.", persons  # (the suffix as the gold writes it, rev33e finding 6)


def test_a_present_home_in_a_place_the_text_names_places_its_owner():
    # GUIDE decisions 182 and 471: a home there is the person's own tie; the town the dateline places counts.
    text = (
        "FARVALE, Calif. — A salmonella outbreak has sickened 20 people.\n\n"
        "Daniel Whitcombe was travelling when he fell ill.\n\n"
        "Whitcombe, a retired builder, was resting at his Farvale home this week.\n\n"
        "Laura Penhale met reporters at her home in Fremont on Monday."
    )
    persons = persons_of(text)
    assert persons[0] == ("Daniel Whitcombe", None), persons
    assert ("Daniel Whitcombe", "USA") in persons[1:] and ("Laura Penhale", "USA") in persons, persons


def test_a_home_given_to_the_person_named_last_places_that_person_and_the_fuller_name_after():
    text = "Laura Penhale stayed with Brackley in his New York City mansion that week.\n\nThomas Brackley declined to comment."
    assert persons_of(text) == [("Laura Penhale", None), ("Brackley", "USA"), ("Thomas Brackley", "USA")], persons_of(text)


_SETTING = "Britain's regulators met in London on Monday, and Britain's ministers met in London too.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # GUIDE decision 182: a past home, or several homes (property), is no present home
        "Daniel Whitcombe visited his childhood home in Fremont on Monday.",
        "Laura Penhale hosted guests at her homes in Fremont and Denver last year.",
        # GUIDE decisions 322 and 372: a post in a body named without a country places nobody, however it is written
        _SETTING + "Brightwave's Senior Vice President Tova Renn said the plan would work.\n\nAccording to Renn, sales rose.",
        # a team's plural name before a player's post is no title ("Kings" is no king)
        _SETTING + '"We are ready," Kings defenseman Arlo Wendt said.',
    ],
)
def test_a_past_home_a_companys_post_or_a_teams_name_gives_no_country(text):
    persons = persons_of(text)
    assert persons and all(country is None for _, country in persons), persons


# Session 29 (h29pers)


@pytest.mark.parametrize(
    "text",
    [
        # the acronym in title case, as British papers write it, before the name of one of the body's own centres
        "Dr Ana Bright at Nasa’s Deep Space Laboratory said the probe was healthy.",
        # the body's long name owning a service the lexicon does not know
        "Mara Quill, director of the National Oceanic and Atmospheric Administration’s Coastal Survey Office, said the "
        "reef had shrunk.",
        # the acronym with full stops
        "Special agent Tom Reyes of the F.B.I. said the suspect had fled.",
    ],
)
def test_a_well_known_national_body_in_another_written_form_places_its_people(text):
    # GUIDE decision 21: a well-known national body the person works for gives its country (NASA → USA).
    persons = persons_of(text)
    assert persons and persons[0][1] == "USA", persons


def test_an_international_body_in_title_case_places_nobody():
    persons = persons_of("A Nato spokesman, Piet Hals, said the exercise would go ahead.")
    assert persons and all(country is None for _, country in persons), persons


@pytest.mark.parametrize(
    "text, person, country",
    [
        # a dateline's state code after the town: the story is set in the United States before it names a country
        (
            "FERNWOOD, MO (KXYZ) – The widow of slain Fernwood County Police Officer Dale Crane thanked neighbours on "
            "Sunday.\n\nOfficer Crane had served for six years.",
            "Dale Crane",
            "USA",
        ),
        # a government's body named by its country's demonym: the story is set in that country (GUIDE decision 322)
        (
            "Senate President Ama Boateng read twelve letters on Tuesday.\n\nThe Ghanaian Senate then rose for the week.",
            "Ama Boateng",
            "GHA",
        ),
    ],
)
def test_the_setting_before_the_text_names_a_country_counts_state_codes_and_national_bodies(text, person, country):
    # GUIDE decisions 28, 285: a title of office or a town's own force takes the country the story is set in.
    assert (person, country) in persons_of(text), persons_of(text)


def test_a_companys_name_opening_with_a_demonym_sets_no_story_in_its_country():
    # GUIDE decision 372: a company is no national body; "British Airways" says nothing of where the story is.
    text = "Mayor Tom Hale met the staff on Tuesday.\n\nBritish Airways said its flights would resume."
    assert persons_of(text) == [("Tom Hale", None)], persons_of(text)


# Session 30 (h30pers2): staff of companies, associations and clubs (GUIDE decisions 322, 372, 534)


_STAFF_OF_PLACED_BODIES = {
    "Mara Quill": "Canadian Airlines' Mara Quill reported four cancellations on Friday.",
    "Tobin Farrow": "Ohio State Dental Association President Tobin Farrow told the crowd that clinics needed more money.",
    "Jalen Brisco": "Jalen Brisco, the president of the Home Painters Association of Fresno, said his crews had left.",
    "Inge Marlowe": "Dr. Inge Marlowe, president of the Rare Fevers Society of America, said the cases were worrying.",
}


def test_a_place_word_in_a_companys_or_associations_name_does_not_place_its_staff():
    # The place or demonym in the body's own name places the body; its president or spokesman keeps no country
    # until a word of the text places the person.
    placed = {name: dict(persons_of(text)).get(name, "missing") for name, text in _STAFF_OF_PLACED_BODIES.items()}
    assert placed == dict.fromkeys(_STAFF_OF_PLACED_BODIES), placed


def test_a_persons_own_nationality_beside_a_companys_name_still_places_her():
    # Guard: the person's own demonym is no word of the body's name.
    persons = persons_of("Mara Quill, a Canadian engineer at the Harbour Builders Association, said the work was late.")
    assert ("Mara Quill", "CAN") in persons, persons


def test_a_national_partys_branch_still_places_its_officer():
    # Guard: a party's branch is a political body of one nation (decision 485), not a private association.
    persons = persons_of("Tamsin Ode, the chairman of the Vermont Federation of College Republicans, said students were wary.")
    assert ("Tamsin Ode", "USA") in persons, persons


def test_a_national_body_named_in_a_title_still_places_the_person():
    # Guard: a government's body of known country places the people who serve it (decision 21).
    persons = persons_of("NASA spokesman Orrin Vale said the launch would slip by a week.")
    assert ("Orrin Vale", "USA") in persons, persons


# Session 31: an envoy is the country's that sends them, not the one they are sent to.


def test_an_envoy_named_before_the_text_names_a_country_takes_the_windows_other_country():
    # The story's first sentence names the envoy before any country but the destination; the window's
    # other countries ("American", "U.S.", "Washington") place the envoy.
    text = (
        "Mark Dole, the former special envoy to Ukraine, told lawmakers on Tuesday that he had raised his concerns.\n\n"
        "The American diplomat said U.S. officials in Washington had been told of the plan in May."
    )
    persons = persons_of(text)
    assert persons and persons[0] == ("Mark Dole", "USA"), persons


def test_an_envoy_to_a_capital_is_not_that_capitals_country():
    text = (
        "American lawmakers met in Washington on Monday to hear about the aid.\n\n"
        "Later in the day, Jane Roe, former special envoy to Kyiv, testified before the committee."
    )
    persons = persons_of(text)
    assert ("Jane Roe", "USA") in persons, persons
    assert ("Jane Roe", "UKR") not in persons, persons


def test_an_envoys_stated_nationality_stays_whatever_capital_they_are_sent_to():
    # Guard: a demonym in the description wins over the setting.
    text = (
        "American lawmakers met in Washington on Monday to hear about the trade talks.\n\n"
        "Jane Roe, the Chinese ambassador to Washington, said the talks would go on."
    )
    assert ("Jane Roe", "CHN") in persons_of(text), persons_of(text)


def test_an_envoy_with_no_other_country_in_the_window_stays_unplaced():
    # Guard: with no country but the destination named anywhere, the envoy is not guessed.
    text = "Mark Dole, the former special envoy to Kyiv, told lawmakers on Tuesday that he had raised his concerns."
    persons = persons_of(text)
    assert ("Mark Dole", None) in persons, persons


# Review of session 31 (rev31b): the window places an envoy only by a country it names at least twice, and is asked
# when the text so far has named only the destination; a capital is read as written.


@pytest.mark.parametrize(
    "text, person",
    [
        # The adversary named once after the envoy in the first sentence is no setting.
        ("Mark Dole, the former special envoy to Ukraine, said Russian forces had massed on the border.", ("Mark Dole", None)),
        # The text so far has named only the destination: the window's other country, named twice, places the envoy.
        (
            "Ukraine's army held the line.\n\nMark Dole, the former special envoy to Ukraine, said American officials in "
            "Washington and U.S. diplomats were alarmed.",
            ("Mark Dole", "USA"),
        ),
        # "Nur-Sultan" read whole is Kazakhstan's capital: the envoy is the other country's, not the story's setting.
        (
            "Kazakh officials in Astana and Kazakhstan's leaders met. Kazakhstan's army watched.\n\nJane Roe, the former "
            "special envoy to Nur-Sultan, said American officials in Washington had been told.",
            ("Jane Roe", "USA"),
        ),
        # Guard: "Kyiv and Warsaw" is no one capital; the setting places the envoy.
        (
            "American lawmakers met in Washington on Monday.\n\nJane Roe, the former special envoy to Kyiv and Warsaw, "
            "said the aid would come.",
            ("Jane Roe", "USA"),
        ),
    ],
)
def test_an_envoy_is_placed_by_a_country_named_twice_other_than_the_one_or_capital_they_are_sent_to(text, person):
    persons = persons_of(text)
    assert person in persons, persons


# Session 31: a post in a national body named by its full name (claims.json orgs).


@pytest.mark.parametrize(
    "text",
    [
        "Officials worry about Jane Roe, the fugitive National Security Agency contractor who fled abroad.",
        "Jane Roe, a Drug Enforcement Administration agent, testified on Monday.",
        "Jane Roe, a former Internal Revenue Service auditor, said the rules were unclear.",
    ],
)
def test_a_post_in_a_national_body_named_in_full_places_the_person(text):
    # GUIDE decision 322: a government's body places its staff; the long forms claims.json lists beside the short
    # ones ("National Security Agency" beside "NSA", "Drug Enforcement Administration", "Internal Revenue Service").
    assert ("Jane Roe", "USA") in persons_of(text), persons_of(text)


def test_a_stated_nationality_stays_beside_a_national_bodys_name():
    # Guard: the person's own nationality, named first, is kept.
    text = "Jane Roe, a British contractor for the National Security Agency, said nothing."
    assert ("Jane Roe", "GBR") in persons_of(text), persons_of(text)
