"""Actors the model half-reads, and persons' countries the text states (session 12)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return extract_claims(text, split_sentences(text), published=published)


def persons_of(text):
    return [(a.name, a.country) for c in claims_of(text) for a in c.actors if a.type == "person"]


def test_a_full_name_the_model_does_not_mark_is_a_person_with_its_nationality():
    # (The model reads "Weeks" as a date and marks no person.)
    text = (
        "Canadian Laura Bennett and Australian Timothy Weeks, both lecturers at the college, were freed on Monday.\n\n"
        "Bennett and Weeks had been held for three years."
    )
    out = claims_of(text)
    first = [(a.name, a.type, a.country) for a in out[0].actors]
    assert ("Timothy Weeks", "person", "AUS") in first, first
    assert not any(kind == "country" and iso == "AUS" for _, kind, iso in first), first  # decision 9
    last = [(a.name, a.country) for a in out[-1].actors]
    assert ("Timothy Weeks", "AUS") in last, last


def test_a_surname_that_is_also_a_word_stays_the_person_named_in_full():
    text = "Chris Early, a vice president at the studio, spoke on Monday.\n\nBut Early still says the early results are good."
    out = claims_of(text)
    assert any(a.name == "Chris Early" for a in out[-1].actors), [a.name for a in out[-1].actors]


def test_a_research_institute_one_works_with_places_the_body_not_the_person():
    # GUIDE decision 527: the country word in a research institute's name places the institute, not its scholars
    text = '"We need a bigger deal," said Derek Scissors, a China scholar with the American Enterprise Institute.'
    assert ("Derek Scissors", None) in persons_of(text), persons_of(text)


def test_a_national_bodys_name_in_a_description_places_the_person():
    # ("bureau" is a subject of work in "a Moscow bureau chief", not in a body's own name)
    text = "In a letter in May, Karen Duvall, the president of the American Farm Bureau, said farmers faced hardship."
    assert ("Karen Duvall", "USA") in persons_of(text), persons_of(text)


def test_a_post_given_by_a_copular_sentence_places_the_person():
    text = "Michelle Hege is the chief executive of Hedge Media, the Spokane advertising firm behind the campaign."
    assert ("Michelle Hege", "USA") in persons_of(text), persons_of(text)


def test_a_dateline_in_capitals_sets_the_country_of_a_titled_office():
    text = (
        "WASHINGTON (AP) — Ambassador Gordon Sondland will face questions on Wednesday.\n\n"
        "Sondland spoke with Ukraine's officials in Kyiv about Ukraine."
    )
    assert persons_of(text) == [("Gordon Sondland", "USA"), ("Gordon Sondland", "USA")], persons_of(text)


def test_a_nationality_given_later_in_the_sentence_reaches_the_persons_mention():
    text = "Prosecutors dropped the case against Julian Assange because the Australian national stayed in London."
    assert ("Julian Assange", "AUS") in persons_of(text), persons_of(text)


def test_an_envoy_is_of_the_articles_country_other_than_the_one_sent_to():
    text = (
        "Dana Whitfield, the former special envoy to Ukraine, testified before the House Intelligence Committee.\n\n"
        "The White House and the State Department declined to comment on Ukraine.\n\n"
        "Whitfield said she had warned Ukraine's leaders in Kyiv."
    )
    assert persons_of(text)[-1] == ("Dana Whitfield", "USA"), persons_of(text)


def test_a_party_adjective_before_a_name_gives_the_partys_country():
    text = "Republican counsel Mark Castell asked the witness about the call."
    assert ("Mark Castell", "USA") in persons_of(text), persons_of(text)


def test_an_organisations_name_keeps_the_words_the_model_cut_off():
    text = (
        "Northwind Airlines will join the Oneworld alliance next year.\n\n"
        "The fee was $4,000, according to the Sioux Falls Argus Gazette."
    )
    names = [a.name for c in claims_of(text) for a in c.actors if a.type == "organization"]
    assert "Oneworld alliance" in names and "Sioux Falls Argus Gazette" in names, names


def test_a_partys_two_word_name_is_read_before_its_last_word():
    # ("Democrat" alone would be the US party's member)
    text = "Former Liberal Democrat leader Nick Clegg joined the company in 2018."
    assert ("Nick Clegg", "GBR") in persons_of(text), persons_of(text)


def test_a_title_before_a_name_is_not_taken_into_the_bodys_name():
    text = "The company was contacted by the New York State Attorney General. NASA Administrator Jim Bridenstine said so."
    names = [a.name for c in claims_of(text) for a in c.actors if a.type == "organization"]
    assert "New York State Attorney General" in names and "NASA" in names, names


def test_a_person_whose_office_is_named_is_listed_with_the_office():
    text = "Rep. Ilhan Omar spoke on Monday.\n\nThe man made a phone call to Omar's office in March."
    out = claims_of(text)
    last = [(a.name, a.type, a.country) for a in out[-1].actors]
    assert ("Ilhan Omar", "person", "USA") in last, last


def test_a_provinces_name_with_a_possessive_is_no_country_of_its_own():
    text = "Wang Lei, deputy director of Inner Mongolia’s health commission, told reporters the case was isolated."
    assert ("Wang Lei", "CHN") in persons_of(text), persons_of(text)


def test_a_person_in_anothers_service_serves_that_persons_country():
    text = (
        "President Donald Trump spoke on Monday.\n\n"
        "The plan was led by the president’s lawyer Rudy Giuliani.\n\n"
        "Lawmakers questioned Jennifer Williams, a top national security aide to Vice President Pence, on Tuesday."
    )
    persons = persons_of(text)
    assert ("Rudy Giuliani", "USA") in persons and ("Jennifer Williams", "USA") in persons, persons


# Session 13: persons' countries the text states, classes met on the tune part's newest articles.


def test_a_country_the_model_runs_into_a_full_name_is_a_destination_after_a_posts_to():
    # (The model reads "Ukraine Marie Yovanovitch" as one organisation.)
    text = "Former U.S. ambassador to Ukraine Marie Yovanovitch has a net worth of $17 million.\n\nYovanovitch did not comment."
    assert persons_of(text) == [("Marie Yovanovitch", "USA"), ("Marie Yovanovitch", "USA")], persons_of(text)


def test_a_post_before_a_comma_describes_the_name_the_parser_hangs_elsewhere():
    # (The parser makes the name an apposition of "The state", not of "justice".)
    text = (
        "The state of Washington has sworn in its first Native American Supreme Court justice, Raquel Montoya-Lewis"
        " — who also happens to be Jewish."
    )
    assert ("Raquel Montoya-Lewis", "USA") in persons_of(text), persons_of(text)


def test_a_british_county_after_a_town_places_the_person():
    text = (
        "The pipe was fitted by Andrew Hartley.\n\n"
        "Registered gas fitter Hartley, 37, from Radstock, Somerset, did a rushed job.\n\n"
        "A jury convicted Hartley."
    )
    persons = persons_of(text)
    assert persons[1:] == [("Andrew Hartley", "GBR"), ("Andrew Hartley", "GBR")], persons


def test_a_city_opening_a_hospitals_name_places_the_hospital_not_the_person_working_there():
    # GUIDE decision 527: the place word of a hospital's name places the hospital, not its doctors
    text = (
        "A UK man fell ill after he changed his bedding.\n\n"
        "He sought advice from one of the study authors, Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary."
    )
    assert ("Owen Dempsey", None) in persons_of(text), persons_of(text)
    # (a city's name that is also a given name places nobody: the gazetteer's "Victoria" is Hong Kong's;
    # nor does one in a country the article does not name: this Cambridge is in Massachusetts)
    text = "A UK man fell ill.\n\nThe report was written by Patrick Liu, a doctor at the Victoria Hospital, on Monday."
    assert ("Patrick Liu", "HKG") not in persons_of(text), persons_of(text)
    text = (
        "Three men in Massachusetts were charged in the United States on Monday. Han Lee, 41, of Cambridge was one.\n\n"
        "Commissioner Christine Elow, of the Cambridge Police Department, spoke on Tuesday."
    )
    assert ("Christine Elow", "GBR") not in persons_of(text), persons_of(text)


def test_a_country_stated_at_an_earlier_mention_stays():
    # (The parser hangs "from … the British Transport Police" on "Levy".)
    text = (
        "Acting U.S. Attorney Joshua Levy said the case is still open.\n\n"
        "Three men are charged with conspiracy, according to Levy and authorities from Homeland Security Investigations"
        " and the British Transport Police."
    )
    assert persons_of(text) == [("Joshua Levy", "USA"), ("Joshua Levy", "USA")], persons_of(text)


def test_a_name_the_parser_hangs_on_the_place_a_post_is_sent_to_takes_the_posts_country():
    text = "He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Rick Perry formed a channel."
    assert ("Gordon Sondland", "USA") in persons_of(text), persons_of(text)


def test_a_country_and_a_noun_before_a_name_the_parser_leaves_apart_are_the_persons():
    text = "Brazil star Neymar was among the more than 12,000 in attendance."
    out = claims_of(text)
    actors = [(a.name, a.type, a.country) for a in out[0].actors]
    assert actors == [("Neymar", "person", "BRA")], actors  # (the country is carried by the person: decision 36)


def test_a_name_after_a_countrys_possessive_is_a_person_the_model_calls_a_body():
    text = "Serbia’s Novak Djokovic and Britain’s Andy Murray will make their first appearance on Wednesday."
    assert persons_of(text) == [("Novak Djokovic", "SRB"), ("Andy Murray", "GBR")], persons_of(text)


def test_the_nationality_and_a_post_after_a_named_subject_describe_that_person():
    text = (
        "Jose Mourinho has agreed a deal to replace Mauricio Pochettino.\n\n"
        "Pochettino was sacked last night.\n\n"
        "Talks with Mourinho's representatives went on into Tuesday night.\n\n"
        "The Portuguese boss had been out of work since December.\n\n"
        "Mourinho and Pochettino said nothing."
    )
    assert persons_of(text)[-2:] == [("Jose Mourinho", "PRT"), ("Mauricio Pochettino", None)], persons_of(text)


def test_the_nationality_as_a_subject_describes_the_person_named_before_it_in_the_sentence():
    text = (
        "The club sacked Mauricio Pochettino on Tuesday.\n\n"
        "Harry Kane scored twice on Saturday.\n\n"
        "Pochettino's sacking will reignite speculation about his future after the Argentine was linked to other jobs."
    )
    persons = persons_of(text)
    assert ("Mauricio Pochettino", "ARG") in persons and ("Harry Kane", "ARG") not in persons, persons


def test_a_territorys_short_form_before_a_title_places_the_person():
    text = "BVI Premier Andrew Fahie has been detained in the United States.\n\nFahie was held in Miami."
    assert persons_of(text) == [("Andrew Fahie", "VGB"), ("Andrew Fahie", "VGB")], persons_of(text)


def test_the_players_of_a_result_between_two_national_teams_are_of_the_winners_and_the_losers_countries():
    text = (
        "Argentina comfortably got past Chile 3-0 in Group C, with Guido Pella beating Nicolas Jarry 6-4, 6-3 and"
        " Diego Schwartzman defeating Cristian Garin 6-2, 6-2.\n\n"
        "The United States lost to Canada after Pospisil edged Reilly Opelka and Denis Shapovalov defeated Taylor Fritz.\n\n"
        "Schwartzman and Fritz said nothing."
    )
    persons = dict(persons_of(text))
    assert persons["Guido Pella"] == "ARG" and persons["Cristian Garin"] == "CHL", persons
    assert persons["Nicolas Jarry"] == "CHL", persons  # (read by the parser as an adverbial with its score)
    assert persons["Denis Shapovalov"] == "CAN" and persons["Taylor Fritz"] == "USA", persons
    # (no result between two countries: "Nadal beat Federer" in a story naming Spain says nothing of the loser)
    text = "Spain hosted the final on Sunday. Rafael Nadal beat Roger Federer in four sets."
    assert ("Roger Federer", "ESP") not in persons_of(text), persons_of(text)


# Session 14: persons' countries the text states, classes met on the tune part (test10's articles first).

STATED_COUNTRIES = [
    # a country named in three words before a title ("British" alone would give the United Kingdom)
    ("British Virgin Islands (BVI) Governor Alan Mercer on Thursday called for calm after the arrest.", "Alan Mercer", "VGB"),
    # a country's abbreviation before a subject noun ("a China scholar" studies China; "US historian" is written
    # as "American historian" is)
    ("In December, two lawmakers invited US historian Brian Gellert to Berlin to deliver a lecture.", "Brian Gellert", "USA"),
    # a city's name of two words, not one of its words ("San" alone is a town in Mali)
    ('"It would be critical to do it slowly," said Laura Benski, a clinical psychologist from San Diego.', "Laura Benski", "USA"),
    ('"The sky went dark," said Alberto Shimada, a São Paulo resident who tweeted about the smoke.', "Alberto Shimada", "BRA"),
    # the last of hyphenated nationalities
    ("Hungarian-American investor Georg Lantos had said that bubbles do not grow out of thin air.", "Georg Lantos", "USA"),
    # a national body before a name
    ("In the interview, BBC’s Emma Mallory did an excellent job pressing the prince.", "Emma Mallory", "GBR"),
    ('"It is fun to think about," JPL scientist and study co-author Michael Marek said.', "Michael Marek", "USA"),
    # the body a relative clause says one works in (what one studies is no country of one's own)
    (
        "Tariffs have helped, said Scott Pauling, who heads the Alliance for American Manufacturing, a trade group.",
        "Scott Pauling",
        "USA",
    ),
    ('"It is hard," said Jim Smithers, who studies China at the institute.', "Jim Smithers", None),
    # an office-holder's name with a typographic apostrophe (the list writes a straight one)
    ("A former Beto O’Rourke supporter, she is a voter back on the market since his departure.", "Beto O’Rourke", "USA"),
    # a player who beats a person in a result between national teams, whom the model calls a body
    (
        "The United States lost to Canada for the first time in the Davis Cup after Vasek Pospisil edged Reilly Opelka"
        " 7-6 (5), 7-6 (7) and Denis Shapovalov defeated Taylor Fritz 7-6 (6), 6-3.",
        "Vasek Pospisil",
        "CAN",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), STATED_COUNTRIES)
def test_the_country_the_text_states_for_a_person(text, name, country):
    assert (name, country) in persons_of(text), persons_of(text)


def test_a_head_of_state_of_the_last_century_has_the_states_country():
    # (In an article about Germany the setting's guess gave the American president Germany.)
    text = (
        "Germany marks the anniversary in Munich, Germany, this week.\n\n"
        "Almost half a century after Hitler’s power grab, President Richard Nixon told editors he was not a crook."
    )
    assert {("Hitler", "DEU"), ("Richard Nixon", "USA")} <= set(persons_of(text)), persons_of(text)


def test_the_nazis_are_a_german_party():
    text = "The Nazis hoped that gaining control of the state would lead to a takeover of the nation."
    actors = [(a.name, a.type, a.country) for c in claims_of(text) for a in c.actors]
    assert ("Nazis", "organization", "DEU") in actors, actors


def test_a_name_the_model_calls_a_body_where_a_person_stands_is_a_person():
    # (The model calls these names an organisation or a product.)
    text = "Cleveland DL Larry Ogunjobi also received a one-game suspension for shoving Pittsburgh quarterback Mason Rudolph."
    assert "Mason Rudolph" in [name for name, _ in persons_of(text)], persons_of(text)
    text = "MADRID — Rafael Nadal kept Spain’s hopes alive, then Marcel Granollers and Feliciano Lopez completed the comeback."
    assert "Marcel Granollers" in [name for name, _ in persons_of(text)], persons_of(text)
    # (not a name after "the": a newspaper beside one the model calls a person)
    text = "McClatchy, a chain of 30 newspapers including the Sacramento Bee, Miami Herald and Kansas City Star, may fail."
    assert "Sacramento Bee" not in [name for name, _ in persons_of(text)], persons_of(text)


def test_the_players_of_a_win_named_by_a_noun_are_of_the_winners_and_the_losers_countries():
    text = (
        "Australia beat Colombia behind Nick Kyrgios’ 6-4, 6-4 win over Alejandro Gonzalez and Alex de Minaur’s"
        " 6-4, 6-3 victory over Daniel Elahi Galan."
    )
    players = {("Nick Kyrgios", "AUS"), ("Alejandro Gonzalez", "COL"), ("Alex de Minaur", "AUS"), ("Daniel Elahi Galan", "COL")}
    assert players <= set(persons_of(text)), persons_of(text)


def orgs_of(text):
    return [a.name for c in claims_of(text) for a in c.actors if a.type == "organization"]


def test_a_name_listed_among_bodies_is_a_body():
    # (The model marks "SpaceX" as nothing and calls "Tyvak" and "Astrobotic" places.)
    text = (
        "There are the big established players, as for example around the table SpaceX and Blue Origin, Sierra Nevada and Tyvak."
    )
    assert {"SpaceX", "Tyvak"} <= set(orgs_of(text)), orgs_of(text)
    text = (
        "In July, NASA awarded the first three contracts under the program, awarding lander missions to companies"
        " Astrobotic, Intuitive Machines and Orbit Beyond."
    )
    assert "Astrobotic" in orgs_of(text), orgs_of(text)
    # (not kinds before a noun, a region, nor surnames in a firm's name)
    text = "Also, JPEG, JPG and PNG files with a file size less than 150 KB are also not encrypted."
    assert orgs_of(text) == [], orgs_of(text)
    text = (
        "“The authorities must end this crackdown,” said Philip Luther, Research and Advocacy Director for the Middle East"
        " and North Africa at Amnesty International."
    )
    assert "North Africa" not in orgs_of(text), orgs_of(text)
    text = (
        "The lawsuit was filed together with the National Center for Youth Law and the law firm of Sheppard, Mullin,"
        " Richter, and Hampton."
    )
    assert "Richter" not in orgs_of(text) and "Mullin" not in orgs_of(text), orgs_of(text)


def test_a_year_the_model_runs_into_a_possessive_name_is_no_part_of_it():
    text = "Gov. Eric Halcomb was away.\n\nThe association gave nearly $5.9 million toward Halcomb’s 2016 election campaign."
    assert "Eric Halcomb" in [a.name for a in claims_of(text)[-1].actors], claims_of(text)[-1].actors


# Session 15 (missed actors and persons' countries)


def test_a_bullet_the_model_runs_into_the_name_after_it_is_no_part_of_the_name():
    # (The model marks "• Tobias Harris" as the person; the name then opened with no capital and was dropped.)
    text = "The Sixers beat the Celtics on Friday.\n\n• Tobias Harris was solid offensively in the first half."
    assert ("Tobias Harris", None) in persons_of(text), persons_of(text)


def test_a_persons_name_the_model_cuts_after_a_particle_runs_on_through_the_next_word():
    # (The model marks "Ursula von der" a person and "Leyen" a place.)
    text = "Recently, Ursula von der Leyen stated that the goal is to reach a 55% reduction of emissions by 2030."
    out = [(a.name, a.type) for c in claims_of(text) for a in c.actors]
    assert out == [("Ursula von der Leyen", "person")], out


def test_a_person_named_in_full_after_in_is_no_place():
    text = "The forces of illiberalism are gaining strength and have a powerful ally in Donald Trump, who threatens democracy."
    assert [name for name, _ in persons_of(text)] == ["Donald Trump"], persons_of(text)


def test_a_person_named_by_one_name_before_stays_that_person_where_the_model_marks_nothing():
    # (The model reads the second "Trump" as a common noun and marks no entity.)
    text = (
        "President Trump said on Tuesday that the results were a victory.\n\n"
        "Trump thought voters would repudiate impeachment and vindicate him."
    )
    out = claims_of(text)
    assert [a.name for a in out[-1].actors] == ["Trump"], [a.name for a in out[-1].actors]


# Session 16 (missed actors): well-known companies, plural demonyms, persons the model calls places or things.


def actors_of(text):
    return [[(a.name, a.type, a.country) for a in c.actors] for c in claims_of(text)]


def test_a_well_known_company_the_model_calls_a_place_or_leaves_unmarked_is_an_organisation():
    out = actors_of(
        "Netflix has been a game changer for the industry.\n\n"
        "As Uber and Lyft grew, driver pay went down.\n\n"
        "Beauty company Coty is breaking out."
    )
    names = [[name for name, kind, _ in claim if kind == "organization"] for claim in out]
    assert "Netflix" in names[0], out
    assert {"Uber", "Lyft"} <= set(names[1]), out
    assert "Coty" in names[2], out


def test_a_company_named_as_where_a_thing_is_watched_is_no_actor():
    out = actors_of("Fans spent the weekend watching the new season on Netflix.")
    assert not any(name == "Netflix" for claim in out for name, _, _ in claim), out


@pytest.mark.parametrize(
    "text, actor",
    [
        # ("future Ubisoft games" had made the company's name a thing's for the whole article)
        (
            "For established gaming powers such as Ubisoft and Take-Two Interactive, the service is an opportunity.\n\n"
            "Early says future Ubisoft games could be built for it, and older Ubisoft games will follow.",
            ("Ubisoft", "organization", None),
        ),
        # ("a John M. Ford novel" had made the author's name a thing's: GUIDE decision 106)
        (
            "The book was written by the late science fiction author John M. Ford.\n\n"
            "The ending was worthy of a John M. Ford novel.",
            ("John M. Ford", "person", None),
        ),
    ],
)
def test_a_name_set_before_a_things_noun_stays_its_maker(text, actor):
    out = actors_of(text)
    assert all(actor in claim for claim in out), out


def test_a_plural_demonym_names_the_people_of_its_country():
    out = actors_of("Recent governments have recognized that Austrians were also perpetrators of those crimes.")
    assert any(iso == "AUT" for claim in out for _, _, iso in claim), out


def test_an_office_named_by_a_titles_possessive_is_an_organisation():
    # (The model marks no entity over "U.S. Attorney’s Office" or "Bartholomew County Sheriff’s Department".)
    out = actors_of(
        "A man pleaded guilty to the charges, the U.S. Attorney’s Office for the Western District of New York announced.\n\n"
        "Deputies of the Bartholomew County Sheriff’s Department arrested him."
    )
    assert ("U.S. Attorney’s Office for the Western District of New York", "organization", "USA") in out[0], out
    assert any(name == "Bartholomew County Sheriff’s Department" for name, _, _ in out[1]), out


def test_the_university_a_person_is_at_gives_the_person_no_country():
    # GUIDE decision 527: a university's place word places the university, not its staff
    assert ("Dana Whitfield", None) in persons_of(
        "When the immunologist Dana Whitfield at the University of Pennsylvania looked inside the lungs, she was puzzled."
    )
    assert ("Marcus Olden", None) in persons_of(
        "The laboratory of Marcus Olden, who was then at the University of Maryland School of Medicine, reported the result."
    )


@pytest.mark.parametrize(
    "text, actor",
    [
        # (the tokenizer keeps the full stop on "SpaceX.", which the company list did not know)
        ("Erin Spiceland is a Software Engineer for SpaceX.", ("SpaceX", "organization", None)),
        # (read as a place after "in")
        ("Her father was stationed there as he served in the US Air Force.", ("US Air Force", "organization", "USA")),
    ],
)
def test_a_body_the_readers_missed_by_its_form_is_a_body(text, actor):
    out = actors_of(text)
    assert actor in out[0], out


def test_a_universitys_campus_after_a_comma_is_part_of_its_name():
    out = actors_of(
        "The study was led by Dana Whitfield of the University of California, San Francisco, who has studied the cells.\n\n"
        "She studied at the University of Oxford, London and Paris."
    )
    assert any(name == "University of California, San Francisco" for name, _, _ in out[0]), out
    assert any(name == "University of Oxford" for name, _, _ in out[1]), out  # (a list of places, no campus)


def test_two_posts_joined_before_a_name_both_describe_the_person():
    # (the parser joins the name by "and" to the first post, "scientist", and hangs the demonym on that post)
    text = "The theme is a famous statement by the Canadian scientist and philosopher Marshall Lowen."
    assert ("Marshall Lowen", "CAN") in persons_of(text), persons_of(text)


@pytest.mark.parametrize(
    "text, group",
    [
        ("The teams are heading in opposite directions in the tough Central Division.", "the teams"),
        ("Both teams were fined $250,000 for the brawl.", "both teams"),
        ("The Thunder won't have to wait long for a rematch: these teams meet again in three days.", "these teams"),
    ],
)
def test_the_teams_of_a_game_named_together_are_a_group(text, group):
    # GUIDE: groups standing for several parties, like "both sides" and "both companies"
    assert (group, "group", None) in actors_of(text)[-1], actors_of(text)


def test_the_origin_after_a_list_of_names_places_each_name_of_the_list():
    # (the parser hangs each name on the one before it: "Kuo" <- "Wilkie" <- "Dempsey of …")
    text = (
        "For the case report, Patrick Liu of Victoria Hospital and Chris Kuo, Struan Wilkie, and Owen Dempsey of "
        "Aberdeen in the UK told the tale of a man."
    )
    out = persons_of(text)
    for name in ("Chris Kuo", "Struan Wilkie", "Owen Dempsey"):
        assert (name, "GBR") in out, out
    # (but where the origin is a hospital's place, it places the hospital, not the names listed with it: GUIDE
    # decision 527)
    text = (
        "For the case report, Patrick Liu of Victoria Hospital and Chris Kuo, Struan Wilkie, and Owen Dempsey of the "
        "Aberdeen Royal Infirmary in the UK told the tale of a man."
    )
    out = persons_of(text)
    for name in ("Chris Kuo", "Struan Wilkie", "Owen Dempsey"):
        assert (name, None) in out, out


@pytest.mark.parametrize(
    "text, outlet",
    [
        # (the tagger calls the unknown "Ruptly" an adverb)
        ("A doctor on the scene told Ruptly that he tried to save one of the wounded demonstrators.", "Ruptly"),
        # (a name in capitals is read as a dateline's place only as a subject, not as the one told)
        ("Jane Roe, a spokesperson for Acme, confirmed to WIRED that the firm notifies its users.", "WIRED"),
    ],
)
def test_an_outlet_told_that_the_model_does_not_mark_is_an_organisation(text, outlet):
    # GUIDE decision 36: a body one tells, like a named reporter's employer, is listed
    assert (outlet, "organization", None) in actors_of(text)[0], actors_of(text)


def test_a_datelines_place_in_capitals_is_still_no_outlet():
    out = actors_of("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper said on Wednesday that China was wrong.")
    assert not any(name == "HANOI" for claim in out for name, _, _ in claim), out


def test_a_name_described_as_a_body_is_an_organisation_in_the_whole_article():
    # (the model calls "CloudSimple" a product both times)
    text = (
        "Google has bought CloudSimple, a startup that was once a key part of Microsoft's cloud strategy.\n\n"
        "CloudSimple was originally launched to help Microsoft woo VMware customers."
    )
    out = actors_of(text)
    assert ("CloudSimple", "organization", None) in out[0], out
    assert ("CloudSimple", "organization", None) in out[-1], out


def test_a_body_of_a_distinct_form_the_model_marks_once_is_that_body_at_every_mention():
    # (the model marks "flo9labs" as a body once, in the second paragraph, and as nothing before and after it)
    text = (
        "flo9labs is the only platform of its kind.\n\n"
        "“It is an exciting time for me to be joining flo9labs,” said Ivan Braiker, the chief executive of flo9labs’s "
        "parent, Acme Corp.\n\n"
        "Flexible plans used by flo9labs’s partners can mix widgets.\n\n"
        "The flo9labs native solution includes a full exchange."
    )
    out = actors_of(text)
    assert all(("flo9labs", "organization", None) in claim for claim in out[:3]), out
    assert ("flo9labs", "organization", None) not in out[3], out  # named only in its product's name (decision 47)


def test_an_armed_service_is_a_body_beside_the_same_word_in_lower_case():
    # (The article also writes "army" in lower case, which alone marks a capitalised word no body's name;
    # the model calls "the Marines" a group.)
    text = (
        "The Pentagon said on Monday that the Army would cut 2,000 troops next year.\n\n"
        '"They are a second land army," an analyst said.\n\n'
        "The Marines will also lose 1,000 jobs, while 20,000 Marines are still in Afghanistan."
    )
    out = claims_of(text)
    first = [a.name for a in out[0].actors]
    assert "Army" in first, first
    last = [a.name for c in out[2:] for a in c.actors]
    assert last.count("Marines") == 1, last  # the service, not its 20,000 members


def test_a_town_the_model_calls_a_body_places_the_person_in_the_articles_country():
    # (The model calls "Montgomery" and "Tuscaloosa" parts of bodies: "in" a town and a body "of" a town place
    # the person as the town's own name would, in an article set in that town's country.)
    text = (
        "The United States has seen workers leave since the U.S. law took effect on Monday.\n\n"
        "Rick Pate, the owner of a commercial landscaping company in Montgomery, lost two of his workers.\n\n"
        "Blake Corder, the president of the Home Builders Association of Tuscaloosa, noted that the workers had left."
    )
    persons = persons_of(text)
    assert ("Rick Pate", "USA") in persons, persons
    # (Session 30: the town in an association's own name places the association, not its president: GUIDE decisions
    # 322, 372, 534, as the gold now reads it.)
    assert ("Blake Corder", None) in persons, persons


def test_a_town_in_a_bodys_name_gives_no_country_outside_the_articles_setting():
    text = (
        "Britain said on Monday that the British plan would go ahead.\n\n"
        "Blake Corder, the president of the Home Builders Association of Tuscaloosa, noted that the workers had left."
    )
    assert ("Blake Corder", None) in persons_of(text), persons_of(text)


def actors_of_type_by_claim(text, kind, field="name"):
    return [[getattr(a, field) for a in c.actors if a.type == kind] for c in claims_of(text)]


def test_a_seat_joined_by_and_to_a_government_stands_for_its_own_government():
    # (Only the first member of "Moscow and Washington" holds the preposition; the second is its conjunct.)
    countries = actors_of_type_by_claim(
        "The deal highlights the differences between Moscow and Washington over the plant.\n\n"
        "The plant has been a way to gain leverage with both Tehran and Washington.\n\n"
        "The protests had broadened into a resistance movement against the territory's government and Beijing.\n\n"
        "She flew to Paris and Berlin last week.",
        "country",
        "country",
    )
    assert countries[0] == ["RUS", "USA"], countries
    assert "USA" in countries[1], countries
    assert "CHN" in countries[2], countries
    assert countries[3] == [], countries  # where one goes, no party


def test_a_counted_group_of_parties_is_a_group():
    groups = actors_of_type_by_claim(
        "One of six world powers leading the talks, Russia has criticized the plan.\n\n"
        "The outbreak prompted several West African countries to monitor travelers.\n\n"
        "The trade fight has hurt the world's two largest economies.\n\n"
        "Most of the gases were emitted by several nations such as China and India.",
        "group",
    )
    assert groups[:3] == [["six world powers"], ["several West African countries"], ["the world's two largest economies"]], groups
    assert groups[3:] == [[]], groups  # a group whose members are named


def test_a_plural_of_countries_with_a_quantifier_or_number_is_a_group():
    # GUIDE decisions 462 and 491(a): "other countries", "many nations", a count in digits, also where something happens
    # (the gold's consistency pass G84 listed "50 countries and territories", "more than 80 countries" so).
    groups = actors_of_type_by_claim(
        "Other countries may soon follow the Velorian ban.\n\n"
        "The vaccine has now reached more than 80 countries, the agency said.\n\n"
        "The firm sells its kettles in 30 countries.\n\n"
        "Meanwhile, 50 countries and territories have begun to deliver booster doses.\n\n"
        "The rules still differ in other states and countries.",
        "group",
    )
    assert groups == [
        ["other countries"],
        ["more than 80 countries"],
        ["30 countries"],
        ["50 countries and territories"],
        ["other states and countries"],
    ], groups


def test_a_plural_of_countries_without_a_quantifier_or_pointing_back_is_no_group():
    # Guards: no quantifier nor modifier; members named (decision 491(a) lists them); a predicate that classes a party
    # (decision 462); "those countries" points back to countries named before; one of them is no set.
    groups = actors_of_type_by_claim(
        "The report said countries need cheaper loans.\n\n"
        "The fee was adopted by several nations such as Velonia and Kastoria.\n\n"
        "Velonia was among the first nations to ban the fee.\n\n"
        "The governments of those countries declined to comment.\n\n"
        "Velonia is one of the countries that signed it.",
        "group",
    )
    assert groups == [[], [], [], [], []], groups


def test_a_plural_of_countries_with_a_modifier_that_classes_them_is_a_group():
    # GUIDE decision 462: "a quantifier or modifier and no names" ("most rich nations"); decision 491(a): also where
    # something happens. Named as written with its determiners; a proper name opening the sentence keeps its capital.
    groups = actors_of_type_by_claim(
        "The drug maker will cut its prices for poor countries next year.\n\n"
        "In less-developed nations and the tropics, the floods could ruin the harvest.\n\n"
        "Donor countries met in Oslo to review the fund.\n\n"
        "Latin American countries will vote on the treaty in May.\n\n"
        "The aid will go first to the poorest countries, the minister said.",
        "group",
    )
    assert groups == [
        ["poor countries"],
        ["less-developed nations"],
        ["donor countries"],
        ["Latin American countries"],
        ["the poorest countries"],
    ], groups


def test_a_plural_of_countries_whose_modifier_names_no_set_is_no_group():
    # Guards: a kind, not a set ("such"); one country picked out of the plural (decision 462's class of one party); a
    # gerund taking the plural as object; sentence adverbs and times the parser hangs on the noun (decision 462).
    groups = actors_of_type_by_claim(
        "Such countries face higher borrowing costs, the report found.\n\n"
        "Velonia is one of the poorest countries in the region.\n\n"
        "Building water security - ensuring countries have enough water - is a separate task, he said.\n\n"
        "Helping countries adapt to drought will cost billions, the report said.\n\n"
        "Punishing countries for their debts will not work, the economist said.\n\n"
        "Last year countries spent $2 trillion on defence, the institute said.\n\n"
        "In total countries pledged $9 billion to the fund.\n\n"
        "Overall countries cut emissions by 2 percent in 2023.",
        "group",
    )
    assert groups == [[], [], [], [], [], [], [], []], groups


def test_a_plural_of_a_bodys_member_countries_is_a_group():
    # GUIDE: the actors section's "EU member states"; decisions 521 and 534 (the body as a modifier or an of-phrase, a
    # quantifier included), 646(b) (the subject of "include" before named members: the group and each member).
    text = (
        "All member countries must ratify the treaty by June, the council said.\n\n"
        "The alliance's 32 member nations agreed to raise spending.\n\n"
        "Member countries of the pact include Malawi and Zambia.\n\n"
        "NATO member countries agreed to raise defence spending, the alliance said.\n\n"
        "Many such countries will face sanctions, the envoy said."
    )
    groups = actors_of_type_by_claim(text, "group")
    assert groups == [
        ["all member countries"],
        ["the alliance's 32 member nations"],
        ["member countries of the pact"],
        ["NATO member countries"],
        ["many such countries"],
    ], groups
    assert actors_of_type_by_claim(text, "country")[2] == ["Malawi", "Zambia"]


def test_a_plural_that_classes_or_describes_named_countries_is_no_group():
    # GUIDE decisions 462 and 681 (a plural that only classes a party in the predicate or as an object's complement)
    # and 473 (a plural in apposition to the countries named beside it): the countries are listed, no group.
    text = (
        "The bank lists Malawi and Zambia as low-income countries.\n\n"
        "Malawi and Zambia were classed as least developed countries in 2020.\n\n"
        "Kenya joined the ranks of middle-income countries in 2014.\n\n"
        "Kenya became the first of the African countries to ban plastic bags.\n\n"
        "Niger is the poorest of the developing countries, the report said.\n\n"
        "Malawi and Zambia, both landlocked countries, signed a trade pact on Monday.\n\n"
        "Malawi and Zambia, landlocked nations in southern Africa, signed a trade pact on Monday."
    )
    assert actors_of_type_by_claim(text, "group") == [[], [], [], [], [], [], []]


def test_a_plural_of_countries_is_named_as_written_with_its_capitals_and_modifiers():
    # GUIDE decision 519(b): the opening's capital is lowered, also after an opening quote; proper names keep theirs.
    # Decision 462: named as written ("low- and middle-income"); 491(a): a modifier after the noun ("with poor roads");
    # 534: a body as the modifier; 473: a plural pointing back to the parties by itself stays a group.
    groups = actors_of_type_by_claim(
        "\u201cPoor countries cannot wait,\u201d the minister said.\n\n"
        "Baltic nations expelled the diplomats on Friday.\n\n"
        "Western countries imposed sanctions on the regime.\n\n"
        "Low- and middle-income countries will receive the vaccine first, the agency said.\n\n"
        "Malaria kills more children in countries with poor roads, the study found.\n\n"
        "G7 countries agreed to cap the price of oil.\n\n"
        "The pact protects law-abiding nations, he said.\n\n"
        "The aforementioned countries will meet again in May.",
        "group",
    )
    assert groups == [
        ["poor countries"],
        ["Baltic nations"],
        ["Western countries"],
        ["low- and middle-income countries"],
        ["countries with poor roads"],
        ["G7 countries"],
        ["law-abiding nations"],
        ["the aforementioned countries"],
    ], groups


def test_a_one_word_body_described_as_a_company_is_that_body_at_every_mention():
    # (The model calls "Square" a person or nothing; the article also writes "square" as a word and a place's noun.)
    text = (
        "Jim McKelvey is trying to revive a city. Out of that experience came the idea for Square, a company that "
        "provides point-of-sale solutions. Square has since gone on to attract millions of users. Do those portrayals "
        "square with reality? I had some people try to talk me into joining Square."
    )
    bodies = actors_of_type_by_claim(text, "organization")
    assert bodies == [[], ["Square"], ["Square"], [], ["Square"]], bodies


def test_a_states_armed_forces_by_demonym_are_the_country_not_a_group():
    # (GUIDE: a demonym used for the country or its government; "American tourists" stay a group with their country.)
    text = "Iranian forces opened fire on the protesters.\n\nAmerican tourists were stranded at the airport."
    groups = actors_of_type_by_claim(text, "group")
    countries = actors_of_type_by_claim(text, "country", "country")
    assert groups == [[], ["American tourists"]], groups
    assert countries == [["IRN"], ["USA"]], countries


def test_a_party_named_as_a_modifier_is_the_party_an_organisation():
    # GUIDE decision 175: the party word before a noun is the party, named as written, with its country.
    orgs = actors_of_type_by_claim(
        "Republican senators blocked the bill on Tuesday.\n\n"
        "Sharron Angle is running against Democratic Sen. Harry Reid in Nevada.\n\n"
        "The former Liberal Democrat leader Nick Clegg spoke to Labour MPs.\n\n"
        "Republican Gov. Eric Holcomb and leaders of the GOP-led Legislature avoided criticism.",
        "organization",
    )
    assert "Republican" in orgs[0], orgs
    assert "Democratic" in orgs[1], orgs
    assert "Liberal Democrat" in orgs[2] and "Labour" in orgs[2] and "Liberal" not in orgs[2], orgs
    assert "Republican" in orgs[3] and "GOP" not in orgs[3], orgs  # one party, listed once by its first mention
    out = claims_of("Republican senators blocked the bill on Tuesday.")
    assert [(a.name, a.country) for a in out[0].actors if a.type == "organization"] == [("Republican", "USA")]


def test_a_party_word_inside_a_longer_name_or_after_a_verb_names_no_party():
    orgs = actors_of_type_by_claim(
        "Voters in the Democratic Republic of Congo went to the polls on Sunday.\n\n"
        "He urged people to vote Republican in November.\n\n"
        "The Democrats said Democratic voters would turn out.\n\n"
        "Conservative activists rallied outside the courthouse.",
        "organization",
    )
    assert orgs[0] == [] and orgs[1] == [], orgs  # a country's name; an adverb of "vote"
    assert orgs[2] == ["Democrats"], orgs  # the party listed once, by its name
    assert orgs[3] == [], orgs  # a sentence's first word, which the model names no party


def test_a_name_with_a_nickname_in_quotes_inside_is_one_person_and_the_nickname_names_them_after():
    # GUIDE decision: a person's name with a quoted nickname inside it is one person named as written; the
    # model marks "Lee" alone and calls "Bo-Han" a group.
    text = (
        "The trophy went to Lee “Faker” Sang-hyeok, who beat the champions on Sunday.\n\n"
        "Wei “Weiwei” Bo-Han looked more comfortable in the final on Sunday.\n\n"
        "Now, Faker is the only player in the world to win four titles."
    )
    out = claims_of(text)
    names = [[a.name for a in c.actors] for c in out]
    assert names[0] == ["Lee “Faker” Sang-hyeok"], names
    assert names[1] == ["Wei “Weiwei” Bo-Han"], names
    assert names[-1] == ["Lee “Faker” Sang-hyeok"], names


def test_a_party_named_by_its_members_is_no_person_even_after_a_given_name():
    # "Virginia" opens the name like a woman's given name and the model calls "Virginia Democrats" a person; a
    # party's plural is never a person's surname: the party, an organisation, at every mention (session 20).
    text = (
        "Virginia Democrats won a majority in the state senate for the first time since 1995, flipping two Republican "
        "seats.\n\n"
        "Ohio Democrats lost two seats in the same election."
    )
    out = claims_of(text)
    first = [(a.name, a.type) for a in out[0].actors]
    assert ("Virginia Democrats", "organization") in first, first
    last = [(a.name, a.type) for a in out[-1].actors]
    assert not any(kind == "person" for _, kind in last), last  # not the first "person" again by its surname
    assert any(name.endswith("Democrats") and kind == "organization" for name, kind in last), last


def test_a_known_company_run_into_the_name_of_what_it_owns_is_an_actor():
    # The model marks "Microsoft’s Copilot AI" as one organisation, which names no actor as a whole; the company
    # is named as a possessive owner, an actor (GUIDE decision 54) (session 20).
    text = "Samsung is considering using Microsoft’s Copilot AI to power Bixby."
    orgs = [a.name for c in claims_of(text) for a in c.actors if a.type == "organization"]
    assert "Microsoft" in orgs, orgs


def typed_actors_of(text):
    return [(a.name, a.type, a.country) for c in claims_of(text) for a in c.actors]


def test_a_countrys_people_by_a_plural_demonym_that_opens_with_a_towns_name_are_the_countrys():
    # ("Tunisians" is "Tunis" + "ians", but the demonym of Tunisia, not the town's residents.)
    text = "Hundreds of Tunisians have joined the protests in the capital."
    assert any(iso == "TUN" for _, _, iso in typed_actors_of(text)), typed_actors_of(text)


def test_an_irregular_plural_demonym_is_the_countrys_people():
    text = "Note that Swedes spell the word with one letter, while Danes spell it with another."
    isos = {iso for _, _, iso in typed_actors_of(text)}
    assert {"SWE", "DNK"} <= isos, typed_actors_of(text)
    assert not any(kind == "organization" for _, kind, _ in typed_actors_of(text)), typed_actors_of(text)


def test_a_body_named_for_a_faith_is_an_organisation():
    text = "Many fighters joined armed groups abroad, including the Islamic State."
    assert ("Islamic State", "organization", None) in typed_actors_of(text), typed_actors_of(text)
    text = "The base is an outpost in the fight against the Islamic State group."
    assert [name for name, _, _ in typed_actors_of(text)] == ["Islamic State group"], typed_actors_of(text)


@pytest.mark.parametrize(
    "text, bodies",
    [
        # a body's name with "and" inside, which the model cuts in two (not two bodies joined by "and")
        ("The World Travel and Tourism Council said tourism grew last year.", ["World Travel and Tourism Council"]),
        ("Google and the Apple Council met on Monday.", ["Google", "Apple Council"]),
        # a body's list of fields, which the model cuts at its comma (not a list of bodies after a body)
        (
            "It was presented at the meeting of the National Society of Allergy, Asthma and Sleep in Boston.",
            ["National Society of Allergy, Asthma and Sleep"],
        ),
        ("He met the heads of the Ministry of Finance, Apple and Google on Monday.", ["Ministry of Finance", "Apple", "Google"]),
    ],
)
def test_a_bodys_name_with_and_inside_is_one_organisation(text, bodies):
    names = [name for name, kind, _ in typed_actors_of(text) if kind == "organization"]
    assert names == bodies, names


def test_a_countrys_people_named_beside_the_country_are_listed_once():
    text = (
        "It is necessary for Norway to stay Norwegian, he said in a post in which he also said the policy was needed to "
        "stop “Norwegians being replaced.”"
    )
    actors = typed_actors_of(text)
    assert [iso for _, _, iso in actors] == ["NOR"], actors


def test_the_followers_of_a_faith_or_current_in_general_are_no_actor():
    for text in (
        "Critics say the Islamists, who won the 2012 vote, were too slow.",
        "Muslims, who make up a tenth of the town, voted.",
    ):
        assert typed_actors_of(text) == [], typed_actors_of(text)


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("The Kerr campaign said it would appeal.", "Kerr campaign"),
        ("Aides contacted Kerr transition team officials on Friday.", "Kerr transition team"),
    ],
)
def test_a_body_named_after_the_person_who_heads_it_is_the_body(sentence, body):
    # GUIDE decision 427: "the Lee campaign", "the Lee transition team" are bodies named by their head; the person
    # inside the name is not listed again for that mention.
    last = claims_of("Senator Lou Kerr spoke on Monday.\n\n" + sentence)[-1]
    # (the team's officials are a group of its members besides, decision 534)
    assert [(a.name, a.type) for a in last.actors if a.type != "group"] == [(body, "organization")], last.actors


def test_a_name_the_model_calls_a_body_is_a_person_with_a_post_set_beside_it():
    # (The model calls "Tobor Quayee" an organisation here; the post beside the name makes him a person, whom
    # the body of his post places, GUIDE decision 21.)
    persons = persons_of("The plan was drafted by Tobor Quayee, director of the Liberia Transit Authority.")
    assert ("Tobor Quayee", "LBR") in persons, persons


def test_a_generational_suffix_after_a_comma_stays_in_the_persons_name():
    # the actors section: a person's name is the fullest the article has given, "Jr." too, also at a later bare surname
    text = (
        'Owner Kara Winslow and trainer Dale Mercer, Jr., moved the colt to Ohio on Monday.\n\n"It was too tough," Mercer said.'
    )
    names = [name for name, _ in persons_of(text)]
    assert names.count("Dale Mercer Jr.") == 2, names
    assert "Kara Winslow" in names, names


def flat_actors_of(text):
    return [(a.name, a.type, a.country) for c in claims_of(text) for a in c.actors]


@pytest.mark.parametrize(
    "text, league",
    [
        ("Marsh, who is about to begin his fifth NFL season, signed with the Ravens in June.", "NFL"),
        ("She has coached for 11 NBA seasons without a losing record.", "NBA"),
    ],
)
def test_a_league_after_a_count_of_its_seasons_is_a_body_with_no_country(text, league):
    # (the rule for "3 GW", "20 MW" took the league for a unit after the number; decision 372: a league is no national body)
    assert (league, "organization", None) in flat_actors_of(text), flat_actors_of(text)


def test_a_unit_after_a_number_is_still_no_body():
    assert not any(kind == "organization" for _, kind, _ in flat_actors_of("The farm will add 40 MW of capacity by May.")), (
        flat_actors_of("The farm will add 40 MW of capacity by May.")
    )


def test_an_embassy_the_model_calls_a_building_is_a_body():
    text = "Two reporters were escorted out of the Ecuadorean Embassy in Madrid by guards on Friday."
    assert any(name == "Ecuadorean Embassy" and kind == "organization" for name, kind, _ in flat_actors_of(text)), flat_actors_of(
        text
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('"We expect demand to grow," said Jane Doe, Sr. Vice President of Marketing at Corvane.', "Jane Doe"),
        ("Mark Ellis, Sr. Director of Product at Norbright, said the launch would slip.", "Mark Ellis"),
        ("The award went to Maria Lopez, Jr. High teacher of the year, the district said.", "Maria Lopez"),
        ("Sister Mary Hale, Sr. Ann Cole and two other nuns ran the school, the diocese said.", "Mary Hale"),
        ("The clinic treated two patients, Ann Cole and Tom Hale, IV drug user, officials said.", "Tom Hale"),
    ],
)
def test_a_suffix_like_word_that_opens_the_next_phrase_is_no_part_of_the_name(text, person):
    names = [name for name, _ in persons_of(text)]
    assert person in names, names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Dale Mercer, Jr., said the colt would run on Saturday.\n\n"It was too tough," Mercer said.', "Dale Mercer Jr."),
        ('"The colt is ready," said Dale Mercer, Jr., who trains him.\n\nMercer said the colt would run.', "Dale Mercer Jr."),
        ("Dale Mercer Jr. bought the farm in 2019.\n\nOn Monday, Dale Mercer, Jr., said he would sell it.", "Dale Mercer Jr."),
        ("The farm was founded by Dale Mercer, Sr., in 1961, the family said.", "Dale Mercer Sr."),
        ('The hearing was set for May, said Tomas R. Venn Jr.\n\n"It is a strong case," Venn said.', "Tomas R. Venn Jr."),
    ],
)
def test_a_suffixed_person_has_one_name_as_source_actor_and_later_mention(text, person):
    # the actors section's fullest name, at every mention and as the source (decision 303)
    claims = claims_of(text)
    names = {a.name for c in claims for a in c.actors if a.type == "person"}
    assert names == {person}, names
    sources = {c.attribution.source for c in claims if c.attribution and person.split()[-2] in c.attribution.source}
    assert sources <= {person}, sources


@pytest.mark.parametrize(
    "text",
    [
        "Arlo Penrose Jr. now runs the bakery that his father, Arlo Penrose, opened in 1974.\n\nArlo Penrose died in 2020.",
        "Arlo Penrose Jr. took over the boatyard his father Arlo Penrose built.\n\nArlo Penrose retired in 2005.",
    ],
)
def test_a_plain_named_parent_beside_a_suffixed_son_stays_his_own_person(text):
    # the actors section's fullest name is that of the same person: a kin the text sets apart keeps the plain name
    per_claim = [{a.name for a in c.actors if a.type == "person"} for c in claims_of(text)]
    assert "Arlo Penrose" in per_claim[0] and "Arlo Penrose Jr." in per_claim[0], per_claim
    assert per_claim[-1] == {"Arlo Penrose"}, per_claim


def test_a_suffixed_person_described_as_a_kin_keeps_the_suffix_as_source():
    # guard: the kin noun beside the suffixed name describes him, and the plain name stays his
    text = 'Arlo Penrose Jr., the grandson of the founder, said on Friday: "We will keep the bakery open."'
    sources = {c.attribution.source for c in claims_of(text) if c.attribution}
    assert sources == {"Arlo Penrose Jr."}, sources
