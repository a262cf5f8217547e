"""Actors: teams, schedule rows and list rows (GUIDE decisions 29, 30, 36, 41)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return extract_claims(text, split_sentences(text), published=published)


def actors_of(text):
    return [(a.name, a.type, a.country) for c in claims_of(text) for a in c.actors]


def named_per_claim(text):
    """Each claim's actors as (name, type), in order."""
    return [[(a.name, a.type) for a in c.actors] for c in claims_of(text)]


def organisations_of(text):
    return [a.name for c in claims_of(text) for a in c.actors if a.type == "organization"]


def test_a_plural_name_after_the_is_a_team_in_every_later_mention():
    text = (
        "The Hornets beat the Falcons 3-1 on Sunday, their fourth straight win.\n\n"
        "Marcus Webb scored twice as Hornets fans cheered."
    )
    names = {name for name, kind, _ in actors_of(text) if kind == "organization"}
    assert {"Hornets", "Falcons"} <= names, names


def test_a_place_before_a_named_players_post_is_the_team_in_the_whole_article():
    text = (
        "Sacramento guard Tyrell Banks missed the game with a sprained ankle.\n\n"
        "Sacramento has lost three straight games since then."
    )
    actors = actors_of(text)
    assert ("Sacramento", "organization", "USA") in actors, actors


def test_a_place_one_is_in_stays_a_place_in_a_team_article():
    text = "Sacramento guard Tyrell Banks missed the game with a sprained ankle.\n\nBanks grew up in Sacramento before college."
    out = claims_of(text)
    assert not any(a.name == "Sacramento" for a in out[-1].actors), [a.name for a in out[-1].actors]


def test_a_schedule_row_names_venues_and_towns_not_parties():
    text = (
        "The band's 2021 tour dates:\n\n"
        "June 9 -- Riverside Credit Union Arena, Fairview, OH\n"
        "June 12 -- Harbor Lights Pavilion, Eastport, ME\n"
        "June 15 -- Grand Summit Music Hall, Toronto, Canada"
    )
    actors = actors_of(text)
    assert all(kind == "country" for _, kind, _ in actors), actors


def test_a_country_the_model_runs_into_a_bracket_is_the_country():
    text = (
        "The qualified teams are listed below.\n\n"
        "Norway (Group F): Fourth appearance\n"
        "Scotland (Group C): Eighth appearance\n"
        "Japan (Group C): Sixth appearance"
    )
    actors = actors_of(text)
    # (The model reads "Scotland (Group C" as one organisation; the row is no dateline either.)
    assert ("Norway", "country", "NOR") in actors and ("United Kingdom", "country", "GBR") in actors, actors


def test_a_short_form_of_lower_case_words_names_a_thing_not_a_body():
    text = (
        "Tests confirmed the diagnosis: chronic obstructive pulmonary disease, or COPD.\n\n"
        "COPD damages the airways over many years, the doctors said."
    )
    assert not any(name == "COPD" for name, _, _ in actors_of(text))


def test_a_short_form_of_a_bodys_capitalised_name_stays_a_body():
    text = "The Food and Drug Administration (FDA) approved the drug on Monday. The FDA said trials had gone well."
    assert any(name == "FDA" for name, _, _ in actors_of(text))


def test_a_short_form_of_a_capitalised_term_names_a_thing_in_both_forms():
    text = (
        "The cream restores a compound known as Dermal Binding Factor, or DBF, which the skin loses with age.\n\n"
        "DBF is made up of lipids that hold water in the outer layer, the makers claim.\n\n"
        "Engineers fitted the rocket with the Lunar Transfer Stage (LTS), which will carry the lander, Dana Morrow said."
    )
    names = {name for name, _, _ in actors_of(text)}
    assert not names & {"DBF", "Dermal Binding Factor", "LTS", "Lunar Transfer Stage"}
    assert "Dana Morrow" in names


def test_a_short_form_of_a_capitalised_name_that_speaks_or_ends_in_a_bodys_noun_stays_a_body():
    text = (
        "The Northern Rights Watch (NRW) said the arrests were unlawful.\n\n"
        "Officials met the Regional Water Authority (RWA), which will raise prices next year."
    )
    names = {name for name, _, _ in actors_of(text)}
    assert {"Northern Rights Watch", "Regional Water Authority"} <= names or {"NRW", "RWA"} <= names


def test_the_sides_of_a_result_line_are_teams():
    text = (
        "Here are Tuesday's results around the league.\n\n"
        "Otters 4, Comets 2: Dale Pryce scored twice and Ivan Sokol made 31 saves for the win.\n\n"
        "The Comets have lost four straight."
    )
    row = next(c for c in claims_of(text) if c.text.startswith("Otters"))  # (the "Here are …" line presents it: no claim)
    first = {a.name for a in row.actors if a.type == "organization"}
    assert {"Otters", "Comets"} <= first, [(a.name, a.type) for a in row.actors]


def test_a_person_after_an_ordinal_word_is_no_model_after_its_number():
    text = "Defender Karl Lindqvist joined the club from Malmo in June.\n\nAt first Lindqvist was used as a substitute."
    out = claims_of(text)
    assert any(a.type == "person" and "Lindqvist" in a.name for a in out[-1].actors), out[-1].actors


def test_a_known_surname_the_model_reads_as_a_word_is_the_person():
    text = "Studio head Chris Early joined the company in 2015.\n\nEarly will hand over the studio to his deputy next year."
    out = claims_of(text)
    assert ("Chris Early", "person") in {(a.name, a.type) for c in out[1:] for a in c.actors}


def test_a_word_the_model_runs_into_a_persons_name_is_left_out():
    text = "Nurse Anna Berg examined him twice.\n\nThe doctor picked up the phone and rang Berg."
    out = claims_of(text)
    assert [a.name for a in out[-1].actors if a.type == "person"] == ["Anna Berg"], out[-1].actors


def test_a_heavenly_body_the_model_calls_a_place_is_no_actor_where_it_owns_something():
    out = claims_of("Titan, a frozen world, is the second-biggest moon behind Jupiter's Ganymede.")
    assert not any(a.name == "Jupiter" for c in out for a in c.actors), [a.name for c in out for a in c.actors]


def test_a_publication_told_or_whose_report_it_is_is_an_organisation():
    # (The model marks none of these names.)
    told = "The doctor said the case was rare, Helen Marsh told Mashable by email."
    confirmed = "A spokesperson for the firm confirmed to Axios that the feature exists."
    reports = "The actor is in final talks to direct it, according to reports from The Spool and Axios."
    for text, name in ((told, "Mashable"), (confirmed, "Axios"), (reports, "Axios")):
        names = {a.name for c in claims_of(text) for a in c.actors if a.type == "organization"}
        assert name in names, (text, names)


def test_a_title_opening_with_the_inside_a_sentence_is_no_place():
    text = "Her lawyer, Dana Reyes, told The Bridge in a statement that her client meant no harm."
    names = {a.name for c in claims_of(text) for a in c.actors}
    assert any("Bridge" in name for name in names), names


def test_a_common_noun_with_a_letter_is_a_label_not_an_actor():
    text = (
        "Each group sends its winner through, and each path of the play-offs sends one team.\n\n"
        "Path B winners will join Group F, and Path C winners will join Group D."
    )
    actors = actors_of(text)
    assert not any(name.startswith(("Group", "Path")) for name, _, _ in actors), actors


def test_a_name_ending_in_a_things_or_events_word_is_no_actor():
    # "the Halden Keyboard", "the Westfield Music Awards": the name says what it is (GUIDE decision 12).
    texts = (
        "Corvane unveiled the Halden Keyboard on Monday. The Halden Keyboard costs $99 and ships in March.",
        "Fans gathered for the Westfield Music Awards on Sunday.",
        "The Lindqvist Cup Finals will be played in Madrid next week.",
    )
    for text in texts:
        actors = actors_of(text)
        assert not any(kind == "organization" for _, kind, _ in actors), (text, actors)


def test_a_name_measured_by_a_number_and_unit_is_a_thing():
    actors = actors_of("The new 15-inch Lumina Pad weighs three pounds. It costs $1,299.")
    assert not any(name == "Lumina Pad" for name, _, _ in actors), actors


def test_a_name_the_article_counts_in_the_plural_is_a_thing():
    actors = actors_of("Corvane sold more PowerBooks than expected. The new PowerBook costs $1,299.")
    assert not any(name.startswith("PowerBook") for name, _, _ in actors), actors


def test_owning_a_things_edition_does_not_make_a_product_an_actor():
    # Called a thing three times ("the Tarvo service", "controller", "app"), owner once: a product.
    text = (
        "The Tarvo service launched on Tuesday. Tarvo's Collector's Edition costs $129. The Tarvo controller "
        "works with phones, and the Tarvo app runs on televisions. Tarvo is not a console."
    )
    actors = actors_of(text)
    assert actors == [], actors


def test_the_makers_name_and_a_word_of_its_own_is_its_product_in_every_mention():
    # "the Brixel Orbit": "the", a body the article names alone, and a word no body's name has: the maker's product
    # (GUIDE decision 47), also by its last word alone; the maker stays an actor.
    text = (
        "Brixel announced strong sales on Monday. The Brixel Orbit sold out in hours, and the Brixel Orbit's "
        "speaker is louder than its rival's. Reviewers said Orbit answers questions quickly."
    )
    names = {name for name, _, _ in actors_of(text)}
    assert "Brixel" in names, names
    assert not any("Orbit" in name for name in names), names


def test_a_body_named_after_another_with_a_bodys_word_stays_a_body():
    actors = actors_of("The Brixel Foundation said on Monday it would fund ten schools.")
    assert ("Brixel Foundation", "organization", None) in actors, actors


def test_a_mission_called_a_thing_more_often_than_it_is_staffed_is_no_actor():
    # "the Halcyon spacecraft", "Halcyon's mission manager", "the Halcyon probe": a thing three times; "Halcyon's flight
    # director" a post once: a spacecraft has staff too (GUIDE decision 12); its people stay persons.
    text = (
        "The Halcyon spacecraft reached the comet in 2014. Halcyon's mission manager Dana Reyes said the team was "
        "thrilled. Halcyon's flight director, Sam Ortiz, said the probe had worked well. The Halcyon probe will land "
        "next week."
    )
    actors = actors_of(text)
    assert not any(name == "Halcyon" for name, _, _ in actors), actors
    assert {("Dana Reyes", "person"), ("Sam Ortiz", "person")} <= {(name, kind) for name, kind, _ in actors}, actors


def test_a_company_whose_chief_speaks_stays_a_body_beside_its_app():
    text = "Orvane's chief executive, Lena Holt, said the company would hire 200 people. The Orvane app has 3 million users."
    assert ("Orvane", "organization", None) in actors_of(text)


def test_a_name_before_a_camera_or_a_files_noun_is_a_thing():
    # claims.json thing_nouns: "camera", "file", "page" (the model calls the names persons here)
    for text in (
        "The store owner saw the man on his Nestor camera before he fled.",
        "Readers can download the Quillbook file from the library's website.",
    ):
        assert actors_of(text) == [], text


def test_a_heading_the_model_reads_as_a_persons_name_does_not_make_a_product_a_person():
    text = (
        "What Does Tarvo Offer?\n\nTarvo is a streaming service from Corvane. The Tarvo controller works with "
        "phones, and the Tarvo app runs on televisions."
    )
    actors = actors_of(text)
    assert not any(name == "Tarvo" for name, _, _ in actors), actors


def test_a_name_before_a_things_noun_is_a_thing_also_where_the_model_keeps_the_article_in_it():
    # (The model's entity "the Meridian Shift Planner" has "the" as its root, the determiner of "software".)
    text = (
        "Nurses praised the Meridian Shift Planner software for its speed. "
        "The Meridian Shift Planner software sorts staff rotas automatically."
    )
    assert actors_of(text) == [], actors_of(text)


def test_a_name_a_thing_is_called_is_a_things_name():
    text = "Corvane released a new game called Hollow Tide. Hollow Tide sold a million copies in a week."
    actors = actors_of(text)
    assert not any(name == "Hollow Tide" for name, _, _ in actors), actors


def test_a_body_the_model_finds_in_lower_case_words_is_no_actor():
    # ("the customs department": no name, a common noun phrase the model marks as an organisation.)
    actors = actors_of("After talks with the customs department, the crew left the airport.")
    assert actors == [], actors


def test_a_home_town_after_a_persons_age_is_no_organisation():
    actors = actors_of("Officers also arrested Dana R. Whitcomb, 41, of Brightwater, on two warrants.")
    assert actors == [("Dana R. Whitcomb", "person", None)], actors


def test_a_place_a_body_is_based_in_is_no_organisation():
    actors = actors_of("He said he paid a Brightwater-based agent to arrange the trip.")
    assert actors == [], actors


def test_a_name_the_article_puts_before_a_place_noun_is_a_place_in_every_mention():
    text = "About 9,000 people live in the Zaatar camp near the border. Aid workers say Zaatar is running out of water."
    actors = actors_of(text)
    assert actors == [], actors


def test_a_name_inside_a_quoted_title_is_no_actor():
    for text in (
        "After playing “Bringin’ It Home to the Valleys,” the drummer thanked the crowd.",
        "Her rivals call her one of the “Forever Blockers” who oppose every bill.",
    ):
        actors = actors_of(text)
        assert actors == [], (text, actors)


def test_a_quoted_name_with_the_writers_own_word_stays_a_name():
    actors = actors_of("Analysts said the “new Halvorsen” would be the largest chain in the country.")
    assert ("Halvorsen", "organization", None) in actors, actors


def test_a_title_the_model_takes_for_a_name_is_no_actor():
    for text, person in (
        ("The company will hand the job to COO and president Rhea Danvers.", "Rhea Danvers"),
        ("Cmdr. Paul Okafor, a spokesman for the task force, said the strike hit a depot.", "Paul Okafor"),
    ):
        actors = actors_of(text)
        assert [name for name, _, _ in actors] == [person], (text, actors)


def test_a_name_said_to_be_a_thing_is_a_things_name():
    text = "For now the Vireo Cast is the only device that streams in 4K. Owners can wire the Vireo Cast to a router."
    assert actors_of(text) == [], actors_of(text)


def test_a_name_said_to_be_a_kind_of_thing_is_a_things_name():
    # (A review names its game as the model names a person; "the kind of game" says what the name is.)
    text = (
        "Shovel Knight is the kind of game people write love letters about.\n\n"
        "Shovel Knight revives a lot of great ideas from the 8-bit era, but its biggest strength is what it leaves out.\n\n"
        "Kevin Knight is the kind of player coaches love."
    )
    names = [name for name, _, _ in actors_of(text)]
    assert names == ["Kevin Knight"], names


def test_the_owner_the_model_runs_into_its_products_name_stays_an_actor():
    text = (
        "Medrion said on Monday that it had won approval for its new software. Medrion’s Ward Relay is a software "
        "application for nurses, and Medrion’s Ward Relay received approval in the US."
    )
    names = [name for name, _, _ in actors_of(text)]
    assert names == ["Medrion", "Medrion", "Medrion", "United States"], names


def test_a_nationality_describing_an_unnamed_royal_or_marque_is_listed():
    # GUIDE decision 436: a definite description of a person the claim does not name ("the British royal", "his
    # Ukrainian counterpart") leaves the country to no listed actor, so it is listed (session 38; decision 9's carrying
    # is for a person the unit lists); a description standing for a body the claim does not name lists its country
    # too (decisions 436 and 499, which name "the Japanese luxury marque"; session 30 reversed session 13's reading).
    text = "In the interview, the British royal denied ever meeting the banker."
    assert [iso for _, kind, iso in actors_of(text) if kind == "country"] == ["GBR"], (text, actors_of(text))
    text = "At the show, the Italian marque finally pulled the covers off its new coupe."
    assert [iso for _, kind, iso in actors_of(text) if kind == "country"] == ["ITA"], (text, actors_of(text))


def test_a_name_after_a_model_year_is_a_things_name():
    for text in (
        "Reviewers drove the 2021 Kia Soul Turbo around the track. The Soul Turbo corners well.",
        # (A reporting verb with only a thing as its object, "highlight road markings", is no act of speech.)
        "Reviewers drove the 2021 Kia Soul Turbo around the track. Its lamps let the Soul Turbo highlight road markings.",
    ):
        assert actors_of(text) == [], (text, actors_of(text))


def test_a_name_expected_to_do_something_does_not_act():
    # "X is expected to …" reports nothing X said: the place stays a place, no organisation.
    actors = actors_of("The 2021 Corvane e-drive Strada is expected to go on sale in North America next year.")
    assert not any(kind == "organization" for _, kind, _ in actors), actors


def test_a_name_counted_by_a_or_an_is_a_thing_not_a_body():
    for text in ("A CT of her lungs showed small white spots.", "It rarely happens on an Xbox or a laptop."):
        assert actors_of(text) == [], (text, actors_of(text))
    # (The article of "a Reuters reporter" is the reporter's: Reuters stays a body.)
    assert actors_of("A Reuters reporter asked the minister about the plan.") == [("Reuters", "organization", None)]


def test_a_platform_where_things_are_posted_is_no_actor():
    # GUIDE decision 19: "on Twitter", "an Instagram account" name where things are posted; acting, or
    # with people of its own ("a spokesperson for Instagram", "one Weibo commenter"), the platform is the company.
    for text in (
        "A whole lot of people on Twitter pointed it out within the hour.",
        "I changed my personal Instagram profile into a professional one several weeks ago.",
        "My 14-year-old son has a public Instagram account with his phone number on it.",
    ):
        assert not any(name in ("Twitter", "Instagram") for name, _, _ in actors_of(text)), (text, actors_of(text))
    for text, name in (
        ("Kym Lino, a spokesperson for Instagram, confirmed that the company notifies people.", "Instagram"),
        ("It is unclear what those signals are, and Instagram declined to comment.", "Instagram"),
        ("“Don't hide things like this,” one Weibo commenter said.", "Weibo"),
    ):
        assert name in {n for n, _, _ in actors_of(text)}, (text, actors_of(text))


def test_a_file_format_or_message_service_is_no_body():
    actors = actors_of("The ransomware spreads via SMS messages and encrypts DOC, PPT and JPEG files, but not PNG files.")
    assert actors == [], actors


def test_a_name_ending_in_a_laws_plans_reports_or_databases_word_is_a_thing():
    for text in (
        "The Hong Kong Human Rights and Democracy Act, under consideration by the Senate, would impose sanctions.",
        "According to the Global Fire Emissions Database, 8,668 fires have been detected so far.",
        "The initiative is part of the Fourth Energy Technology Development Plan, officials said.",
    ):
        names = {n for n, kind, _ in actors_of(text) if kind == "organization"}
        assert not any(n.endswith(("Act", "Database", "Plan")) for n in names), (text, names)


def test_a_territory_or_coast_named_in_capitals_is_a_place():
    for text in (
        "Wheatley will remain Acting Premier of the Territory.",
        "Police on the Essequibo Coast found the body on Tuesday.",
    ):
        assert not any(kind == "organization" for _, kind, _ in actors_of(text)), (text, actors_of(text))


def test_the_universe_is_no_actor():
    actors = actors_of("The telescope can detect faint radio waves from sources across the Universe.")
    assert not any(name == "Universe" for name, _, _ in actors), actors


def test_a_surname_naming_a_family_is_not_the_person():
    text = (
        "Zoe Anderson died in the fire last year.\n\n"
        'The prosecutor said: "It is obvious what effect the death has had on the Anderson family."'
    )
    claims = claims_of(text)
    last = [a.name for a in claims[-1].actors]
    assert "Zoe Anderson" not in last, last


def test_a_company_opening_its_products_name_is_no_actor():
    # GUIDE decision 47: "Google Stadia" where the article calls Stadia a thing; Google acting stays.
    text = (
        "Google said on Tuesday that the Stadia service would launch in November.\n\n"
        "The Stadia controller costs $69, and the Stadia app runs on phones.\n\n"
        "Is Google Stadia the future of games?"
    )
    claims = claims_of(text)
    assert "Google" in [a.name for a in claims[0].actors], claims[0].actors
    assert not any(a.name == "Google" for a in claims[-1].actors), claims[-1].actors


def test_an_institution_described_by_its_place_is_no_named_body():
    # GUIDE decision 54: "a Minnesota ad agency" names no body; "the Minneapolis ad agency Broadhead Co." names one.
    assert actors_of("The state paid a Minnesota ad agency just short of $449,000 this fall.") == []
    actors = actors_of("The report says the Minneapolis ad agency Broadhead Co. came up with the campaign.")
    assert [name for name, _, _ in actors] == ["Broadhead Co"], actors
    assert [name for name, _, _ in actors_of("The Minnesota state agency said it would appeal.")] == ["Minnesota state agency"]


def test_names_listed_under_a_kind_of_place_are_places():
    for text in (
        "The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties.",
        "The city, along with parts of the Brazilian states of Mato Grosso and Paraná, was blanketed by smoke.",
        # (the whole article: "in Amazonas" later is the same place)
        "Fires are higher in some states, such as Amazonas and Rondônia.\n\nSo far 8,668 fires have been detected in Amazonas.",
    ):
        assert_no_person_or_body(text)


def assert_no_person_or_body(text):
    actors = actors_of(text)
    assert not any(kind in ("person", "organization") for _, kind, _ in actors), (text, actors)


def test_streets_named_as_one_word_are_places():
    # German, Dutch and Scandinavian street names run the person's name into the street's word (claims.json
    # street_name_ends): "Petersallee" is a street, not Peters; "Karl-Marx-Allee" joins them by hyphens.
    for text in (
        "The renaming of three streets in Wedding — Petersallee, Nachtigalplatz, and Lüderitzstrasse — has been debated.",
        "Lüderitzstrasse will become Cornelius-Fredericks-Strasse, and the council agreed to it on Monday.",
        "The march went down Karl-Marx-Allee before it reached the square.",
    ):
        assert_no_person_or_body(text)


def test_a_people_in_general_written_as_a_name_is_no_actor():
    # GUIDE: generic unnamed groups are no actors; "Indigenous Peoples" capitalised is still a people in general.
    text = (
        "Indigenous Peoples have managed landscapes sustainably for millennia.\n\n"
        "Loss rates have been lower on lands managed by Indigenous Peoples than on other lands, he said.\n\n"
        "Black and Latinx youth are more likely to be referred to the criminal system."
    )
    assert actors_of(text) == [], actors_of(text)
    # a named tribe keeps its own word, and a surname of a person named in full stays the person
    assert "Nooksack Indian Tribe" in [
        name.removeprefix("The ") for name, _, _ in actors_of("The Nooksack Indian Tribe said it would appeal.")
    ]
    assert ("Jack Black", "person", None) in actors_of("Jack Black starred in the film.\n\nBlack said he loved it.")


def test_a_region_is_a_place_even_where_it_seems_to_act():
    # "commissioner of East Africa" reads as a body with a post; a compass word and a continent name a region.
    text = (
        "Peters was later named imperial high commissioner of East Africa, earning a grim nickname.\n\n"
        "The rebellion began in East Africa in 1905, and it spread across the Middle East."
    )
    assert_none_named(text, "East Africa", "Middle East")


def assert_none_named(text, *names):
    actors = actors_of(text)
    assert not any(name in names for name, _, _ in actors), actors


def test_names_given_as_examples_of_a_kind_of_thing_are_things():
    # "games like Fortnite", "platforms like …": examples of a kind of thing in the plural name things (the model
    # calls them persons).
    text = (
        "The battle pass became popular thanks to games like Fortnite, and players love it.\n\n"
        "You would pay the same prices on other platforms like PlayStation Network, Xbox Live, and Steam."
    )
    assert_none_named(text, "Fortnite", "Xbox Live")


def test_a_demonym_opening_a_towns_name_is_no_country():
    # "the Spanish Town Police Station" is in Jamaica's Spanish Town: no Spain (the gazetteer knows the town)
    for text in (
        "The incident took place in front of the Spanish Town Police Station on Monday.",
        "The cop was assisted to the Spanish Town Hospital where she was treated and released.",
    ):
        actors = actors_of(text)
        assert not any(kind == "country" for _, kind, _ in actors), actors
    assert ("Spain", "country", "ESP") in actors_of("Spanish officials said the plan would go ahead.")


def test_a_name_only_ever_named_as_where_one_goes_or_is_is_a_place():
    # a game's or a story's town the model calls an organisation: "head to X", "back at X", "reach X"
    text = (
        "He suggests we both head to Riverwood, then leaves.\n\n"
        "When I finally stop, I'm almost back at Riverwood.\n\n"
        "By the time we reach Riverwood, it's dark."
    )
    assert_none_named(text, "Riverwood")


def test_a_street_standing_for_the_market_is_no_reporting_body():
    # "Wall Street predicted …": the market, named by its street; "Downing Street said" is the government's (metonyms)
    assert_none_named("Analysts expected a rise. Wall Street predicted $2.52 a share.", "Wall Street")
    assert_none_named("The forecast is no problem for the market, according to Wall Street.", "Wall Street")
    assert "Downing Street" in [name for name, _, _ in actors_of("Downing Street said the talks would go on.")]


def test_a_title_opening_with_a_possessive_is_no_actor():
    # "My Struggle", "My New Order": a book's title the model calls a person or a body
    assert_none_named("As Hitler rose to power in Germany, My Struggle became a bestseller.", "My Struggle")
    assert_none_named("Her husband kept a copy of Hitler’s collected speeches, My New Order, at his bedside.", "My New Order")


def test_a_name_before_natives_or_residents_is_a_place():
    # the model calls "Guanajuato" an organisation; people from it make it where they come from
    text = "Guanajuato natives José Granados and Sandra Haro are making the most of this moment."
    assert [name for name, _, _ in actors_of(text)] == ["José Granados", "Sandra Haro"], actors_of(text)


def test_names_one_learns_or_teaches_are_subjects_not_actors():
    text = (
        "I learned Java/JSP, Python, JavaScript/CSS, Node.js, as well as MySQL, PostgreSQL, and distributed systems.\n\n"
        "Currently, I teach art history and Critical Race Theory at a performing arts college."
    )
    assert actors_of(text) == [], actors_of(text)


def test_the_countries_one_studies_stay_actors():
    text = "It would hit growth, said Ross Burkhart, a Boise State University political scientist who studies U.S.-Canada trade."
    countries = {iso for _, kind, iso in actors_of(text) if kind == "country"}
    assert countries == {"USA", "CAN"}, actors_of(text)


def test_a_place_that_wins_a_game_or_is_scored_for_is_a_team_in_every_later_mention():
    text = (
        "Valtteri Filppula had a goal and an assist, and Eastern Michigan rolled past Northern Illinois on Tuesday.\n\n"
        "Robby Fabbri scored for Detroit, which ended a five-game point streak.\n\n"
        "Northern Illinois is on a 1-6-2 skid and battling injuries."
    )
    out = {c.text: [(a.name, a.type, a.country) for a in c.actors] for c in claims_of(text)}
    every = [actor for actors in out.values() for actor in actors]
    assert ("Northern Illinois", "organization", "USA") in every, out
    assert ("Detroit", "organization", "USA") in every, out
    last = next(actors for claim, actors in out.items() if claim.startswith("Northern Illinois is"))
    assert last == [("Northern Illinois", "organization", "USA")], out


def test_a_result_sentence_under_a_score_line_names_its_teams_once():
    text = (
        "Wild 4, Sabres 1: Zach Parise scored twice, Alex Stalock made 30 saves and Minnesota beat Buffalo.\n\n"
        "Buffalo is on a 1-6-2 skid and battling injuries."
    )
    out = [[a.name for a in c.actors] for c in claims_of(text)]
    assert "Minnesota" not in out[0] and "Buffalo" not in out[0], out[0]
    assert out[-1] == ["Buffalo"], out[-1]


def assert_not_bodies(paragraphs, not_bodies, bodies):
    """The organisations of the text the paragraphs make: none of `not_bodies`, all of `bodies`."""
    names = {name for name, kind, _ in actors_of("\n\n".join(paragraphs)) if kind == "organization"}
    assert not names & set(not_bodies) and set(bodies) <= names, names


def test_a_short_form_spelled_by_lower_case_words_in_brackets_names_a_term_not_a_body():
    # "Binge eating disorder (BED)", "FIRE (financial independence, retire early)", "filtered b-spline
    # (FBS)": a condition's, an idea's or a method's short form; the model calls them organisations.
    paragraphs = [
        "Binge eating disorder (BED) is the most common eating disorder, doctors say.",
        "People with BED often eat large amounts, Dr. Maria Lopez said.",
        "Many savers aim for FIRE (financial independence, retire early) before they turn 40.",
        "FIRE appeals to young workers, said John Carter.",
        "Researchers at Stanford University developed filtered b-spline (FBS) models for the scans.",
        "The Food and Drug Administration (FDA) approved the drug on Monday.",
    ]
    assert_not_bodies(paragraphs, ["BED", "FIRE", "FBS"], ["Food and Drug Administration"])


def test_a_verb_in_capitals_heading_its_clause_is_a_call_not_a_body():
    # "SPEND a day …", "GET OUT and VOTE on …": a list's or a post's call in capitals; the model reads a short form.
    paragraphs = [
        "SPEND a day in the country rooting for your favorite riders, Oct. 18–21, in Elkton, MD.",
        "ATTEND a two-day symposium with dressage rider Steffen Peters, Oct. 28–29.",
        "GET OUT and VOTE on November 5th for your great Governor!",
        "NASA said on Monday that the launch would slip.",
    ]
    assert_not_bodies(paragraphs, ["SPEND", "ATTEND", "VOTE"], ["NASA"])


def test_a_name_the_article_calls_a_thing_is_no_body_where_listed_beside_bodies_or_named_again():
    # "launching Orion spacecraft" … "the EUS, Orion, and ground systems" … "carry Orion": a spacecraft
    # (GUIDE decision 12), not a body for being listed beside one nor later where the model marks nothing.
    paragraphs = [
        "Lawmakers questioned NASA’s approach, which limits the SLS to launching Orion spacecraft.",
        "“If NASA invests in the SLS with the EUS, Orion, and ground system developments, it can land sooner,” Cooke said.",
        "“SLS is not being used for what it was designed to do, other than carry Orion,” he continued.",
    ]
    assert_not_bodies(paragraphs, ["Orion"], ["NASA"])


def test_a_box_scores_rows_name_their_players_and_town_named_teams():
    # GUIDE decisions 112, 113: a surname alone before figures is a player; a team named after a town
    # the text never places is an organisation without a country; "X d." is the result's event.
    text = "Oakdale d. Fairview 61-40\n\nOakdale (2-0): Ramsey 20 points. Kemp 12 points.\n\nFairview 10 12 8 10 — 40"
    rows = {c.text: (c.kind, [(a.name, a.type, a.country) for a in c.actors]) for c in claims_of(text)}
    assert rows["Oakdale d."] == ("event", [("Oakdale", "organization", None), ("Fairview", "organization", None)])
    assert rows["Oakdale (2-0): Ramsey 20 points."][1] == [("Oakdale", "organization", None), ("Ramsey", "person", None)]
    assert rows["Kemp 12 points."] == ("fact", [("Kemp", "person", None)])
    assert rows["Fairview 10 12 8 10 — 40"][1] == [("Fairview", "organization", None)]


def test_a_snap_count_rows_player_is_its_one_actor():
    # GUIDE decision 112: "DL Tom Hale 57 77% …" names the player; the position and the table's header
    # run into the row ("Pos Player Plays % Stats") name no body.
    text = "Pos Player Plays % Stats\nDL Tom Hale 57 77% 3 tackles (3 combined).\nLB Sam Oduya 74 100% 1 tackle, 4 assists."
    rows = {c.text.rpartition("\n")[2]: [(a.name, a.type) for a in c.actors] for c in claims_of(text)}
    assert rows == {
        "DL Tom Hale 57 77% 3 tackles (3 combined).": [("Tom Hale", "person")],
        "LB Sam Oduya 74 100% 1 tackle, 4 assists.": [("Sam Oduya", "person")],
    }


def test_a_given_name_cut_at_a_hyphened_syllable_runs_on_to_it():
    # "Moon Jae-in": the model ends the name before "-in" (a word too); the name and its office's country.
    names = [(name, kind) for name, kind, _ in actors_of("The plan was announced by President Moon Jae-in on Monday.")]
    assert names == [("Moon Jae-in", "person")]


def test_a_name_after_a_years_possessive_or_said_to_be_a_things_name_is_no_body():
    # "2016’s Star Trek Beyond", "The most recent film was Star Trek Beyond": a film's title (a work, like a
    # product: GUIDE decision 12), not an organisation in its other mentions either.
    paragraphs = [
        "The most recent Star Trek film was 2016’s Star Trek Beyond.",
        "Star Trek Beyond was directed by Justin Lin, and Paramount Pictures released it.",
        "Abrams was a producer on Star Trek Beyond, Paramount Pictures said.",
    ]
    assert_not_bodies(paragraphs, ["Star Trek Beyond"], ["Paramount Pictures"])


def test_a_name_before_a_kind_of_software_or_device_is_a_things_name():
    # "Android ransomware", "Android devices" (which the model parses as an adjective): a product's name,
    # not a body (GUIDE decision 12); a company that speaks stays one.
    paragraphs = [
        "Researchers are warning of a new Android ransomware spread via links in online forums.",
        "The Android ransomware has been active since July, ESET said.",
        "Android devices face a slew of threats, the researchers said.",
    ]
    assert_not_bodies(paragraphs, ["Android"], ["ESET"])


def test_a_name_one_uses_or_tries_bare_is_a_things_name():
    # "try Stadia", "I also use Wunderlist": a product or a service (GUIDE decision 12), not a body in any of
    # its mentions; the body that speaks stays one.
    paragraphs = [
        "We traveled to London to try Stadia for ourselves.",
        "Stadia barely runs on my home connection, Mark Jones said.",
        "I also use Wunderlist as a tool for the to-do list, Microsoft said.",
    ]
    assert_not_bodies(paragraphs, ["Stadia", "Wunderlist"], ["Microsoft"])


def test_a_name_after_a_compass_word_is_a_region_of_a_place():
    # "the central and northern Amazon", "the northern Sierra Nevada": a part of a place, in every mention.
    paragraphs = [
        "Rainfall in the central and northern Amazon will be 40 to 50 percent below normal, the institute said.",
        "The humidity of the Amazon has protected it against fires.",
        "The northern Sierra Nevada has seen a fraction of an inch of rain, said Pacific Gas & Electric.",
    ]
    assert_not_bodies(paragraphs, ["Amazon", "Sierra Nevada"], ["Pacific Gas & Electric"])


def test_a_platform_one_took_or_turned_to_is_where_one_posts():
    # "turned to Twitter", "took to Instagram": where the post went (GUIDE decision 19), no actor.
    names = {
        name for name, _, _ in actors_of("Chief Minister Arvind Kejriwal turned to Twitter last month to describe his city.")
    }
    assert "Twitter" not in names and "Arvind Kejriwal" in names


def test_a_name_before_area_or_neighborhood_is_a_place():
    # "the Copperfield area": a place's name (GUIDE: places are no actors), also where the model calls it a person.
    paragraphs = [
        "The sheriff's office is investigating the incident at the salon's location in the Copperfield area.",
        "Video shows the man entering the Copperfield location at about 10:41 a.m.",
    ]
    names = {name for name, _, _ in actors_of("\n\n".join(paragraphs))}
    assert "Copperfield" not in names


def test_a_bodys_name_runs_on_through_of_or_for_and_the_capitalised_words_after():
    # "the Federal Reserve Bank" + "of New York", "the United Nations High Commissioner" + "for Human Rights":
    # the model cuts the name before "of"/"for"; the body is named in full.
    text = (
        "John Williams, the president of the Federal Reserve Bank of New York, said growth slowed.\n\n"
        "The United Nations High Commissioner for Human Rights said the decision did not modify international law."
    )
    names = [name for name, kind, _ in actors_of(text) if kind == "organization"]
    assert names == ["Federal Reserve Bank of New York", "United Nations High Commissioner for Human Rights"]


def test_a_name_before_technology_is_a_things_name():
    # "HAMR technology", "its HAMR technology": a technique's name (GUIDE decision 12), which the model calls
    # an organisation in every mention; the company that speaks stays one.
    paragraphs = [
        "Seagate will start shipping hard drives that use HAMR technology, the company said.",
        "HAMR works by heating the disk material.",
        "Seagate believes its HAMR technology will increase the density.",
    ]
    assert_not_bodies(paragraphs, ["HAMR"], ["Seagate"])


def test_an_exclamation_opening_a_sentence_or_quote_is_no_body():
    # "Shit, run!": one word, a comma, nothing it governs but an apposition without an article: the model's
    # organisation is an exclamation; a subject before a comma ("Apple, which …") stays a body.
    names = {name for name, _, _ in actors_of("Shit, run!\n\nBillie Holliday replied, “Shit, man, I never read it.”")}
    assert names == {"Billie Holliday"}
    assert ("Apple", "organization", None) in actors_of("Apple, which makes phones, said sales rose.")


def test_a_persons_word_inside_another_capitalised_name_is_not_that_person():
    # The model finds a person "Wars Jedi" in "Star Wars Jedi: Fallen Order"; "Star Wars Souls" later names a
    # game, not that person; a title before a surname ("President Trump") still names the person.
    text = "Star Wars Jedi: Fallen Order is a game of many things.\n\nIt is Star Wars Souls, with tactical combat."
    by_claim = [[a.name for a in c.actors] for c in claims_of(text)]
    assert by_claim[-1] == []
    assert ("Donald Trump", "person", "USA") in actors_of("Donald Trump spoke on Monday.\n\nLater President Trump left.")


def test_a_name_before_a_models_letter_is_a_things_name():
    # "Ford’s Mustang Mach E SUV", "The Mach E was unveiled": a model named by a letter after it, no person in
    # any of its mentions; a person's initial has a period ("Jonathan P. Blair") or comes before the surname.
    text = (
        "Ford’s Mustang Mach E SUV will go 230 miles per charge.\n\n"
        "The car gets some Mustang styling cues.\n\nThe Mach E was unveiled Sunday night."
    )
    assert [(name, kind) for name, kind, _ in actors_of(text)] == [("Ford", "organization")]


def test_a_person_the_model_finds_opening_with_a_companys_name_is_its_product():
    # "Nintendo" opens no person's name: the model's person "Nintendo Switch" is the console (GUIDE decision 47),
    # and "Switch" alone later is the console too, not a person's surname
    text = (
        "The smaller, more portable Nintendo Switch gives up the ability to slide into a dock, the reviewer said. "
        "But it's still the same old Switch that users love and embrace, she said."
    )
    assert actors_of(text) == []


def test_a_capital_after_of_and_a_part_of_a_town_is_a_place_not_its_country():
    # a capital stands for its government where it acts ("Beijing said"), not as the town one is in or near
    assert actors_of("Thirty artworks will light up the city center of Amsterdam, the organisers said.") == []
    assert actors_of("He was taken to a hospital 185 miles northwest of Beijing, the paper said.") == []
    assert ("China", "country", "CHN") in actors_of("Beijing said it would retaliate.")


def test_a_name_someone_is_taken_or_travels_to_is_a_place():
    # "taken by ambulance to X Hospital", "a trip to X hospital": where one is taken (a place), not a body; a
    # body's noun keeps the name a body ("took the case to the Supreme Court").
    actors = actors_of("Hollis was taken by ambulance to Brantwood Memorial Hospital for evaluation.")
    assert not any("Brantwood" in name for name, _, _ in actors), actors
    actors = actors_of("The president made an unscheduled trip to Marlow Reed hospital on Saturday.")
    assert not any("Marlow" in name for name, _, _ in actors), actors
    actors = actors_of("The senator took the case to the Brantwood County Court on Monday.")
    assert any("Brantwood County Court" in name for name, _, _ in actors), actors
    # (a body's own seat, and a seat of government standing for it, stay the body)
    actors = actors_of("The senator paid a visit to Acme Robotics headquarters in Ohio.")
    assert any("Acme Robotics" in name for name, _, _ in actors), actors
    actors = actors_of("He traveled to the Kremlin for talks with the minister.")
    assert any(country == "RUS" for _, _, country in actors), actors


def test_a_bare_home_town_after_a_persons_age_is_no_actor():
    # A police log: "Name, age, Town, was arrested" (the bare form of "Name, 41, of Town").
    actors = actors_of("Jayden F. Snow, 22, Pana, was arrested on an active warrant.")
    assert actors == [("Jayden F. Snow", "person", None)], actors
    actors = actors_of("Casey Conaway, 30, Edinburg was arrested by Kincaid police for domestic battery.")
    assert ("Edinburg", "person", None) not in actors, actors


def test_an_outlet_a_quote_was_taken_via_is_no_actor():
    # GUIDE decision 36: "via USA Today" after a speaker or their verb names where the quote was taken from.
    actors = actors_of("“We talked all along about everything we wanted,” Lynn said, via the Los Angeles Times.")
    assert not any("Times" in name for name, _, _ in actors), actors
    actors = actors_of("Richardson, via USA Today, said that the rookie can't start a fight and then complain.")
    assert not any("USA Today" in name for name, _, _ in actors), actors


def test_the_moon_is_no_person():
    actors = actors_of("NASA wants to land humans on the Moon by 2024, the agency said.")
    assert [name for name, _, _ in actors] == ["NASA"], actors


def test_an_agency_credit_opening_the_first_paragraph_is_a_dateline_without_a_place():
    # "(CNN) President …", "(Reuters) — The …": the wire's credit, like "WASHINGTON (AP) —", names no party.
    actors = actors_of("(CNN) President Donald Trump made an unscheduled visit to the clinic on Saturday.")
    assert [name for name, _, _ in actors] == ["Donald Trump"], actors
    actors = actors_of("(Reuters) — The state attorney general is investigating Lantern Holdings, a source said.")
    assert not any("Reuters" in name for name, _, _ in actors), actors


def test_a_towns_residents_named_by_one_word_are_no_actor():
    # "Delhiites", "Londoners": a town's people in general (GUIDE: generic groups are no actors).
    actors = actors_of("For Delhiites, breathing the air was like smoking 50 cigarettes a day, the minister said.")
    assert not any("Delhi" in name for name, _, _ in actors), actors


def test_a_hyphenated_demonym_of_origin_names_no_country():
    # "African-Americans": a people of the country by origin (GUIDE: generic groups), not the United States.
    actors = actors_of("For much of the century, the right to vote was, for African-Americans, no right at all.")
    assert actors == [], actors
    actors = actors_of("An African-American candidate can win the presidency now, the author wrote.")
    assert actors == [], actors


def test_a_posts_field_inside_the_body_named_after_it_is_no_actor():
    # "Head of Fundamental Research at Kotak Securities": the post's section of the body, which the body stands for.
    text = "The tax is keeping the market higher, said Rusmik Oza, Head of Fundamental Research at Kotak Securities."
    names = [name for name, _, _ in actors_of(text)]
    assert "Kotak Securities" in names and not any("Research" in name for name in names), names


def test_the_soviet_union_is_a_country_actor():
    # "the Soviet Union", "the Soviet occupation": a former country is a country actor (gold code SUN), as a
    # present one is by name or demonym.
    actors = actors_of("He left Afghanistan after the 1979 invasion by the Soviet Union touched off a long war.")
    assert ("Soviet Union", "country", "SUN") in actors, actors
    actors = actors_of("Mateen was a captain of the mujahedeen who fought the Soviet occupation, Saeedi said.")
    assert any(country == "SUN" for _, _, country in actors), actors


def test_a_side_of_a_place_or_of_ones_kin_is_no_group():
    # "on the other side of Israel", "on both sides of my family": where something is, no parties (GUIDE: groups).
    actors = actors_of("But on October 7, on the other side of Israel, the country's surveillance network failed.")
    assert not any(kind == "group" for _, kind, _ in actors), actors
    actors = actors_of("My ancestors on both sides of my family survived genocide, she said.")
    assert not any(kind == "group" for _, kind, _ in actors), actors
    actors = actors_of("Both sides of the dispute said they were hopeful about the talks.")
    assert ("both sides", "group", None) in actors, actors


def test_a_word_built_on_a_groups_phrase_is_no_group():
    # "both sides-ism": a word made of the phrase and a suffix names an idea, no parties (session 20).
    actors = actors_of("The columnist never quite escapes the charge of both sides-ism in his new book.")
    assert not any(kind == "group" for _, kind, _ in actors), actors
    actors = actors_of("Both sides said they were hopeful about the talks.")
    assert ("both sides", "group", None) in actors, actors


def test_a_state_that_acts_is_an_organisation():
    # "California is raising its minimum wage": a state that does something is its government acting, an
    # organisation (GUIDE: states are no actors unless they act); one that has or undergoes stays no actor.
    assert ("California", "organization", "USA") in actors_of("California is also raising its minimum wage to $9 per hour.")
    assert ("Texas", "organization", "USA") in actors_of("Texas sued the federal government on Monday.")
    assert actors_of("South Dakota has a problem with meth, the governor said.") == []
    assert actors_of("Heavy rain fell in Texas on Monday.") == []
    # (only where it acts: a later mention as a place stays a place)
    later = (
        "Connecticut is implementing a firearms law this year.\n\n"
        "While most amount to less than 15 cents per hour, workers in places like New Jersey, and Connecticut."
    )
    assert [[a.name for a in c.actors] for c in claims_of(later)] == [["Connecticut"], []], claims_of(later)


def test_a_list_label_naming_a_state_whose_item_is_about_the_state_lists_it():
    # "Arkansas: The state becomes …", "Rhode Island: It is the latest state to …": the label names the party the
    # item's subject stands for (GUIDE decision 201); "Oregon: Residents can …" only places the item there.
    text = "Arkansas: The state becomes the latest state requiring voters show a picture ID at the voting booth."
    assert ("Arkansas", "organization", "USA") in actors_of(text)
    text = "Rhode Island: It is the latest state to prohibit employers from requiring job applicants to signify."
    assert ("Rhode Island", "organization", "USA") in actors_of(text)
    assert actors_of("Oregon: Residents can now buy beer at gas stations.") == []


# GUIDE decision 219: "in Danish", "the Danish alphabet", "German-style spelling" name a language, a layout or a
# manner, not the country. A technical term's abbreviation, the abbreviation before common nouns, or its spelled-out
# form before the abbreviation in brackets, is a thing, not an organisation.
_NO_ACTOR_OF_TYPE = (
    ("The word for island is spelled with a single letter in Norwegian.", "country"),
    ("Written Portuguese has undergone many changes over the years.", "country"),
    ("The Hungarian alphabet has 44 letters, more than most.", "country"),
    ("The town adopted German-style street signs last year.", "country"),
    ("Both Norwegian and Icelandic also use the letter.", "country"),
    ("The Hungarian word for it is pronounced much the same.", "country"),
    ("Security checks can be integrated directly into performance testing and CI pipelines.", "organization"),
    ("We tracked this through code reviews and CI metrics, which showed steady progress.", "organization"),
    ("Automated scripts validated the Application Programming Interface (API) keys before launch.", "organization"),
    ("It reduces the scope for a rogue LLM to cause problems.", "organization"),
)


def test_a_language_or_a_technical_term_is_no_actor():
    for text, actor_type in _NO_ACTOR_OF_TYPE:
        actors = actors_of(text)
        assert not any(kind == actor_type for _, kind, _ in actors), (text, actors)


def test_a_countrys_people_and_a_company_by_a_term_stay_actors():
    actors = actors_of("The Norwegian government raised taxes, and the French protested.")
    assert any(c == "NOR" for _, _, c in actors), actors
    assert any(c == "FRA" for _, _, c in actors), actors
    actors = actors_of("Microsoft released the Application Programming Interface (API) keys on Monday.")
    assert any(n == "Microsoft" for n, _, _ in actors), actors


def test_an_entity_of_punctuation_alone_is_no_term_and_no_crash():
    # The property test's "Mr. . said.": the model may make an entity of a lone stop, which leaves no words to read.
    assert actors_of("Mr. . said.") == []


_PLURAL_ABBREVIATIONS = (
    "If the GPUs can write the reports without us, do we still read them?",
    "The NGOs said the shelter was already full.",
    "LLMs wrote that the draft rules were clear enough.",
)


def test_an_abbreviation_in_the_plural_is_a_kind_of_thing_no_actor():
    for text in _PLURAL_ABBREVIATIONS:
        actors = actors_of(text)
        assert not any(name.endswith(("LLMs", "GPUs", "NGOs")) for name, _, _ in actors), (text, actors)


def test_a_well_known_company_written_in_capitals_is_that_company():
    text = (
        "Nvidia opened a new office in Austin last year.\n\n"
        "NVIDIA, though, kept hiring engineers, and its streaming service grew fast."
    )
    actors = [(a.name, a.type) for c in claims_of(text)[1:] for a in c.actors]
    assert ("NVIDIA", "organization") in actors, actors


def test_a_game_one_plays_is_a_thing_in_every_mention():
    text = (
        "We play Zorblast every week with the kids on the old console.\n\n"
        "Zorblast looks sharp on the new screen, and the frame rate holds steady."
    )
    names = [a.name for c in claims_of(text) for a in c.actors]
    assert "Zorblast" not in names, names


def test_a_side_one_plays_against_stays_an_actor():
    text = "Chelsea beat Everton 2-1 at home on Tuesday night.\n\nArsenal will play Chelsea in London on Saturday."
    names = [a.name for a in claims_of(text)[-1].actors]
    assert "Chelsea" in names, names


def test_a_companys_camel_cased_product_line_is_no_actor():
    for text in (
        "The power draw of Apple MacBooks varies with the model and the workload.",
        "Anyway, I have been very impressed with Samsung SmartThings lately.",
    ):
        actors = actors_of(text)
        assert not any(kind == "organization" for _, kind, _ in actors), (text, actors)
    actors = actors_of("LG Electronics said on Monday that its profit fell.")
    assert any(name == "LG Electronics" for name, _, _ in actors), actors


_PLACE_ONCE_BODY_AFTER = (
    "The ministry announced the deal days after its public reprimand of Veltoria.",
    "Veltoria delivered a sharp reply on Friday.",
    "Veltoria could not reach an agreement, the ministry said.",
)


def test_a_name_the_model_calls_a_place_once_and_that_acts_elsewhere_is_a_body():
    per_claim = [{a.name for a in c.actors} for c in claims_of("\n\n".join(_PLACE_ONCE_BODY_AFTER))]
    assert len(per_claim) == 3 and all("Veltoria" in n for n in per_claim), per_claim


def test_a_name_a_format_is_known_as_is_a_things_name_in_every_mention():
    text = (
        "The game stores its save data in a file format known as Packed Record Block (PRB). "
        "The PRB format's nesting lets us build a huge packet. PRB was sent compressed with gzip."
    )
    actors = actors_of(text)
    assert not any(name in ("PRB", "Packed Record Block") for name, _, _ in actors), actors


def test_what_a_way_of_working_puts_first_is_no_actor():
    text = "Some teams say they are a QXR-first organization. Others run a small fleet of QXR servers."
    actors = actors_of(text)
    assert not any(name == "QXR" for name, _, _ in actors), actors


def test_a_name_given_as_an_example_of_a_pattern_or_a_site_is_a_thing():
    text = "Architects argued about design patterns like microservices or ZEBRA. Photographers scour sites like Pixelgram."
    actors = actors_of(text)
    assert not any(name in ("ZEBRA", "Pixelgram") for name, _, _ in actors), actors


def test_a_company_named_as_the_channel_a_thing_runs_through_is_no_actor():
    actors = actors_of("Almost everyone just listens to Spotify these days. The model ran slower when hosted through Amazon.")
    assert not any(name in ("Spotify", "Amazon") for name, _, _ in actors), actors
    # the company acting stays an organisation (GUIDE decision 243)
    assert ("Spotify", "organization", None) in actors_of("Spotify raised its prices last year.")


def test_a_company_named_as_a_yardstick_is_no_actor_but_a_party_doing_the_same_is():
    actors = actors_of("And, like Spotify and Netflix, the service is competitively priced.")
    assert not any(name in ("Spotify", "Netflix") for name, _, _ in actors), actors
    actors = actors_of("Like Google, Apple sued the regulator last year.")
    assert ("Google", "organization", None) in actors, actors
    actors = actors_of("Companies like Google and Amazon have paid the fines.")
    assert ("Google", "organization", None) in actors, actors


def test_a_name_after_an_installation_of_is_a_programs_name_in_every_mention():
    for name in ("Netsurf", "Vivaldi"):
        text = (
            f"On a fresh installation of {name} on Linux, right-clicking an image shows a long menu. {name} uses its own menus."
        )
        actors = actors_of(text)
        assert not any(actor == name for actor, _, _ in actors), actors


def test_a_software_agent_the_writer_names_is_no_actor_in_any_mention():
    for name in ("Robo", "Kef"):
        text = (
            f"{name}, as I named my new agent, dutifully went to the site to sign up. "
            f"That sent off an email to {name}'s new address. {name} then wrote a short reply."
        )
        actors = actors_of(text)
        assert not any(actor == name for actor, _, _ in actors), actors


def test_a_name_ending_in_bill_or_api_is_a_law_or_a_program_not_an_actor():
    # "the Data Retention Bill", "the Fetch API": the name's last word says it is a law or an interface (GUIDE decision 12)
    texts = (
        "Critics attacked the Metadata Retention Bill. In their meetings this week, the ministers boasted of concessions in "
        "the new Metadata Retention Bill. The Metadata Retention Bill will be debated in the House this week.",
        "The Parcel API intends to fix this. Parcel API support can be detected by checking for a global.",
    )
    for text in texts:
        actors = actors_of(text)
        assert not any(name.endswith(("Bill", "API")) for name, _, _ in actors), (text, actors)


def test_a_name_of_two_words_headed_by_an_article_is_no_person():
    # "I flew the Mavic Mini", "the Fetch API intends": an article that belongs to a name of two words or more marks a
    # thing's name (GUIDE decision 12); a person's full name takes none
    for text in ("I flew the Tavic Mini over the lake last week.", "We tested the Garza Max over the weekend."):
        actors = actors_of(text)
        assert not any(kind == "person" for _, kind, _ in actors), (text, actors)
    # the article of the thing a person made stays the thing's ("a John M. Ford novel": the person, decision 106)
    assert any(name == "John M. Ford" for name, _, _ in actors_of("He read a John M. Ford novel last week.")), "Ford"
    assert any(name == "John Reed" for name, _, _ in actors_of("The late John Reed said so in 1998.")), "Reed"


def test_a_company_named_as_the_make_of_a_thing_is_no_actor():
    # "a brand new AMD graphics card", "another new Apple product": the company only as the make of the thing the noun
    # phrase is about (GUIDE decision 47); its people and its own acts keep it an actor
    for text, name in (
        ("The laptop ships with a bright screen and a brand new Intel graphics chip.", "Intel"),
        ("Nobody expects another new Google product to change the market.", "Google"),
    ):
        actors = actors_of(text)
        assert not any(actor == name for actor, _, _ in actors), (text, actors)
    assert ("Apple", "organization", None) in actors_of("An Apple spokeswoman said the company would appeal.")
    # what the company owns, runs or makes as a body stays its own (decision 54)
    assert ("Netflix", "organization", None) in actors_of("The label blocked music in an upcoming Netflix documentary.")
    assert ("FedEx", "organization", None) in actors_of("He worked for a FedEx contractor for years.")
    assert ("Google", "organization", None) in actors_of("Google sued the regulator last year.")


def test_a_dependent_territory_with_its_own_code_is_a_country_actor_as_a_place_or_a_modifier():
    # GUIDE actors section: "Hong Kong → HKG, which has a code, is fine": a territory with an ISO code is listed like a
    # country wherever it is named, as a place ("in Guam") or a modifier ("Guam officials"), not only as a subject.
    for text, iso3 in (
        ("The casino group will open its third resort in Guam next spring.", "GUM"),
        ("Tourists from Puerto Rico crowded the beaches on Sunday.", "PRI"),
        ("Hong Kong shares fell sharply on Monday after the data was released.", "HKG"),
    ):
        actors = actors_of(text)
        assert any(kind == "country" and country == iso3 for _, kind, country in actors), (text, actors)
    # its bodies and persons still carry it, unlisted on their own
    actors = actors_of("Hong Kong police arrested 40 people on Tuesday.")
    assert actors == [("Hong Kong police", "organization", "HKG")], actors


def test_a_countrys_name_that_is_also_a_state_names_the_state_in_a_story_set_in_that_states_country():
    # claims.json `shared_state_names`: listed with the other country's states, or in a story set there, it is the state
    # (a place: no actor); listed with countries, or in a story set elsewhere, it stays the country
    for text in (
        "Born in rural south Georgia, the singer now lives in Austin, Texas, with her family.",
        "The states gaining seats are expected to be Arizona, Georgia, Nevada and Utah.",
    ):
        actors = actors_of(text)
        assert not any(country == "GEO" for _, _, country in actors), (text, actors)
    for text in ("The qualifying paths include Georgia, North Macedonia, Kosovo and Belarus.", "Georgia expelled two diplomats."):
        actors = actors_of(text)
        assert ("Georgia", "country", "GEO") in actors, (text, actors)


def test_the_outlet_whose_report_or_review_it_is_is_an_organisation():
    # claims.json `published_work_nouns`: a name as possessor of a report, article or review is the outlet that
    # published it (GUIDE decisions 34, 83), whatever the model calls it; a person named before stays the person
    for text, name in (
        ("The Wrap's report today claims that the mayor will resign.", "Wrap"),
        ("The Drop's report today claims that the mayor will resign.", "Drop"),
    ):
        actors = actors_of(text)
        assert any(kind == "organization" and n.endswith(name) for n, kind, _ in actors), (text, actors)
        assert not any(kind == "person" for _, kind, _ in actors), (text, actors)
    actors = actors_of("Robert Mueller testified on Tuesday.\n\nMueller's report found no crime.")
    assert all(kind == "person" for name, kind, _ in actors if "Mueller" in name), actors


def test_a_seat_of_government_a_post_is_sent_to_is_that_country():
    # GUIDE decision 286: the country a post serves ("ambassador to Chile") is listed; named by its seat of government
    # (the actors section: a capital standing for the government), it is that country. A trip to the capital is a place.
    for text, iso3 in (
        ("Ms. Varga, the former ambassador to Moscow, said the talks had failed.", "RUS"),
        ("Tom Hale, a special envoy to Kyiv, testified on Tuesday.", "UKR"),
    ):
        actors = actors_of(text)
        assert any(kind == "country" and country == iso3 for _, kind, country in actors), (text, actors)
    actors = actors_of("The minister flew to Moscow on Tuesday.")
    assert not any(kind == "country" for _, kind, _ in actors), actors


def test_a_character_told_from_its_player_is_no_actor_at_any_mention():
    # GUIDE decisions 43 and 78: fictional characters are no actors; the players are persons.
    text = (
        "The plot follows Mara Vell (Anna Korsh), a pilot, and her rival, a smuggler (Paul Greer).\n\n"
        "Later, Mara Vell loses her ship.\n\n"
        "The sequel gives Tom Baxter the small role of inspector Dex Omar.\n\n"
        "Lena Ford returns to reprise her role as Ivo Stane.\n\n"
        "The game's story follows Cal Venn, a young pilot in hiding; the committee followed Rosa Amdt closely."
    )
    names = {name for name, kind, _ in actors_of(text) if kind == "person"}
    assert {"Anna Korsh", "Paul Greer", "Tom Baxter", "Lena Ford", "Rosa Amdt"} <= names, names
    assert not names & {"Mara Vell", "Mara", "Dex Omar", "Ivo Stane", "Cal Venn"}, names


def test_a_character_played_by_a_person_is_no_actor_but_a_person_in_brackets_after_a_post_is():
    text = "The villain, Lord Harlan, played by Tom Baxter, steals the show.\n\nRachel Laycock (Acme CTO) shares her view."
    names = {name for name, kind, _ in actors_of(text) if kind == "person"}
    assert "Tom Baxter" in names and "Rachel Laycock" in names and "Harlan" not in names, names


def test_a_seat_of_government_a_dealing_comes_from_or_the_parse_joins_to_a_subject_is_that_country():
    # The actors section: a capital standing for the government is a `country` actor; a place one moves from is not.
    text = (
        "The deal shows the city can act independently from Ottawa after the vote.\n\n"
        "New capacity reached 2.5 GW and Tokyo plans to install 40 GW of solar by 2030.\n\n"
        "She flew from Ottawa to Lima on Monday."
    )
    out = claims_of(text)
    assert ("Canada", "country", "CAN") in [(a.name, a.type, a.country) for a in out[0].actors], out[0].actors
    assert ("Japan", "country", "JPN") in [(a.name, a.type, a.country) for a in out[1].actors], out[1].actors
    assert not any(a.type == "country" and a.country == "CAN" for a in out[2].actors), out[2].actors


def test_a_place_named_after_its_kind_of_government_is_that_government_where_it_acts():
    text = (
        "The city of Brookfield is building a new library near the river.\n\n"
        "The charges were brought by the state of Nebraska, which seeks a long sentence.\n\n"
        "Cleaners at the depot are paid by two firms and the city of Dayton."
    )
    names = named_per_claim(text)
    assert ("city of Brookfield", "organization") in names[0], names
    assert ("state of Nebraska", "organization") in names[1], names
    assert ("city of Dayton", "organization") in names[2], names


def test_a_place_named_after_its_kind_of_government_stays_a_place_where_it_does_not_act():
    text = (
        "Prices rose sharply in the state of Ohio last year.\n\n"
        "The city of Lyon itself became a trading hub.\n\n"
        "Volunteers searched the city of Fresno for the missing boy."
    )
    assert not organisations_of(text), actors_of(text)


def test_a_journal_named_as_where_a_study_appeared_is_no_actor_but_one_that_publishes_is():
    text = (
        "A similar 2012 study in the journal Media Behavior suggests we enjoy sad songs.\n\n"
        "Dr Ann Bolt described the case in a report in the journal BMJ.\n\n"
        "The journal Media Behavior published the study on Monday."
    )
    names = [[a.name for a in c.actors] for c in claims_of(text)]
    assert "Media Behavior" not in names[0] and "BMJ" not in names[1], names
    assert "Media Behavior" in names[2], names


def test_a_place_that_is_only_the_scene_of_what_happens_does_not_act():
    text = "The state of Vermont has seen heavy floods this spring.\n\nVermont witnessed record rainfall in April."
    assert not organisations_of(text), actors_of(text)


def test_a_partys_word_as_a_noun_for_one_member_is_the_party():
    text = (
        "The plan is reckless, said a Colorado Democrat.\n\n"
        "The commission will be led by one Democrat, Ann Lee.\n\n"
        "Go out and vote Republican today."
    )
    names = named_per_claim(text)
    assert ("Democrat", "organization") in names[0] and ("Democrat", "organization") in names[1], names
    assert not any(name == "Republican" for name, _ in names[2]), names


def test_a_name_before_an_explosion_a_pipeline_a_dish_or_a_balloon_is_a_thing():
    text = (
        "Flights stopped for a year after the Condor 4 explosion.\n\n"
        "Protesters blocked the Prairie Link pipeline on Monday.\n\n"
        "The restaurant's Red Devil dish has made diners cry.\n\n"
        "The Happy Walrus balloon drifted over the parade."
    )
    names = [a.name for a in (a for c in claims_of(text) for a in c.actors)]
    assert not {"Condor", "Prairie Link", "Red Devil", "Happy Walrus"} & set(names), names


def test_a_given_name_alone_is_the_person_the_article_names_in_full():
    # before the full name as after it, and a name of three words (the actors section: the fullest name given)
    text = (
        "Margaret said the library would reopen in the spring.\n\n"
        "Margaret Thornton, the head librarian, has run it since 2004.\n\n"
        "The museum was founded by Robert Allen Whitfield in 1990.\n\n"
        "Robert later gave the museum to the city."
    )
    persons = [name for name, kind, _ in actors_of(text) if kind == "person"]
    assert persons == ["Margaret Thornton", "Margaret Thornton", "Robert Allen Whitfield", "Robert Allen Whitfield"], persons


def test_a_given_name_two_persons_share_stays_as_written():
    text = "Robert Hale and Robert Greene both ran for the council seat.\n\nRobert said on Tuesday that the vote was fair."
    persons = [name for name, kind, _ in actors_of(text) if kind == "person"]
    assert persons == ["Robert Hale", "Robert Greene", "Robert"], persons


def test_a_name_counted_by_its_own_a_is_a_thing_in_every_mention():
    # "a new Skyhawk One": a body is not one of many; the article counts the name, so its bare mentions are the thing too.
    text = (
        "The senator attacked plans for a new Skyhawk One on Monday. A new version of Skyhawk One will not be ready "
        "until 2027. Skyhawk One is so costly because of its classified systems."
    )
    assert actors_of(text) == [], actors_of(text)


def test_a_name_a_version_is_of_is_a_product_and_its_maker_stays_a_body():
    # Read at the mention: "a premium version of Zorbcast" names a product, and its seller stays a body.
    text = "Corvane Inc. said on Monday it had hired 200 people. Corvane Inc. also sells a premium version of Zorbcast."
    names = [{name for name, _ in claim} for claim in named_per_claim(text)]
    assert names[1] and not any("Zorbcast" in name for name in names[1]), names
    assert any(name.startswith("Corvane") for name in names[1]), names


def test_a_body_named_with_a_of_and_a_party_member_counted_by_a_stay_actors():
    text = (
        "The band will ride a potential Rock and Roll Hall of Fame Induction into a tour. "
        "Voters elected a Democrat in the district on Tuesday."
    )
    names = {name for name, _, _ in actors_of(text)}
    assert any("Hall of Fame" in name for name in names), names


def names_of(text):
    return {name for name, _, _ in actors_of(text)}


def test_a_name_a_kind_of_work_introduces_is_a_title_in_every_mention():
    # "his musical Velvet Harbor": a work's title, no actor (GUIDE decisions 12, 43), and so in its bare mentions later.
    text = (
        "With his musical Velvet Harbor charming audiences, Tomas Brennick has a lot on his plate.\n\n"
        "Working on Velvet Harbor let Brennick dance again. When Velvet Harbor came around, he was afraid."
    )
    names = names_of(text)
    assert not any("Velvet" in name or "Harbor" in name for name in names), names
    assert any("Brennick" in name for name in names), names


def test_a_name_an_appositive_calls_a_work_is_a_title_but_a_studio_stays_a_body():
    text = (
        "I dreaded Moonlit Quarry, the recently released musical from director Ilsa Varnow. "
        "Could Moonlit Quarry be the one to break the streak? There is a great deal to love in Moonlit Quarry.\n\n"
        "Brightmoor, the film studio, said it would appeal the ruling."
    )
    names = names_of(text)
    assert not any("Moonlit" in name or "Quarry" in name for name in names), names
    assert "Brightmoor" in names and any("Varnow" in name for name in names), names


def test_characters_described_as_played_by_a_person_are_no_actors_at_any_mention():
    # GUIDE decisions 43 and 78: "Orla, the jazz singer played by Dinah Crowe" is a character; the player is a person.
    text = (
        "The main characters, Orla, the jazz singer played by Dinah Crowe, and Teodor, the pilot played by Sam Wexley, "
        "meet in a storm.\n\nOrla's brother marries a sailor, and one of Teodor's friends is a thief."
    )
    names = names_of(text)
    assert not ({"Orla", "Teodor"} & names), names
    assert any("Crowe" in name for name in names) and any("Wexley" in name for name in names), names


def test_the_characters_of_a_work_named_after_of_are_no_actors():
    text = "The film shines in its quiet scenes, especially with the characters of Brann and Isolde on the ship."
    names = names_of(text)
    assert not ({"Brann", "Isolde"} & names), names


def test_a_name_before_a_colon_and_a_subtitle_inside_a_sentence_is_a_title():
    # "watch Corvin: A Life Backwards": a work's title and its subtitle; at a sentence's start a name and a colon stay a label.
    text = (
        "Volunteers were recruited to watch Corvin: A Life Backwards, a film made for television. "
        "Those who had watched Corvin: A Life Backwards held a plank longer, Mirela Ostrow said.\n\n"
        "Mirela Ostrow: Professor of psychology at the university."
    )
    names = names_of(text)
    assert "Corvin" not in names, names
    assert "Mirela Ostrow" in names, names


def test_a_listing_code_after_a_companys_name_is_no_actor():
    # GUIDE decision 432: "(GLX, 7215.TO)" codes the company named just before; neither code is an actor.
    text = (
        "Fines were also paid by Globex Motor Corp. (GLX, 7215.TO) and Initech Holdings Co. (INTHY, 7330.TO), "
        "the department said."
    )
    names = organisations_of(text)
    assert "Globex Motor Corp" in names and "Initech Holdings Co" in names, names
    assert not {"GLX", "INTHY", "7215.TO", "7330.TO"} & set(names), names


def test_a_short_form_the_model_runs_into_its_closing_bracket_is_the_name_just_given():
    from spacy.tokens import Span

    from declcli.claims.actors import _alias_in_brackets
    from declcli.claims.nlp import load_model

    doc = load_model()("The plan was backed by the Northern Rivers Board (NRB), a regional body, on Monday.")
    at = [t.text for t in doc].index("NRB")
    assert _alias_in_brackets(Span(doc, at, at + 2, label="ORG"))  # "NRB )"
    assert _alias_in_brackets(Span(doc, at, at + 3, label="ORG"))  # "NRB ) ,"
    assert _alias_in_brackets(Span(doc, at, at + 1, label="ORG"))
    assert not _alias_in_brackets(Span(doc, at - 2, at - 1, label="ORG"))  # "Board": no bracket before it


def test_an_outlets_credit_in_brackets_the_model_runs_into_its_bracket_is_no_short_form():
    from spacy.tokens import Span

    from declcli.claims.actors import _alias_in_brackets
    from declcli.claims.nlp import load_model

    doc = load_model()("Yes (Gazette), she did.")
    at = [t.text for t in doc].index("Gazette")
    assert not _alias_in_brackets(Span(doc, at, at + 3, label="ORG"))  # "Gazette ) ,": decision 385's credited outlet


def test_a_model_named_by_its_code_after_its_lines_name_is_a_thing_in_every_mention():
    # "the Lumina G7": a line's name and a model's code, a product (GUIDE decision 12), as are "the G7" alone later
    text = (
        "Zentel will start selling the new phone next month.\n\n"
        "Pricing for the Lumina G7 will be set at $29.99 with a two-year contract.\n\n"
        "Zentel said the Lumina G7 would reach its stores on June 14."
    )
    names = organisations_of(text)
    assert "Zentel" in names, names
    assert not any("Lumina" in name or "G7" in name for name in names), names


def test_a_makers_name_before_its_models_code_stays_a_body():
    text = "Airbus said on Tuesday that it delivered 40 Airbus A350 jets last year.\n\nAirbus plans to build more."
    assert organisations_of(text).count("Airbus") == 2, organisations_of(text)


def test_a_name_the_sentence_says_is_a_persons_is_a_person_whatever_the_model_called_it():
    # (the model calls each an organisation: given names outside the lexicon's list)
    for text, name in (
        ("Laurice des Varn, the museum's president, said the painting was a national treasure.", "Laurice des Varn"),
        ("Kristaps Porvins said his shot was improving.", "Kristaps Porvins"),
        ("Analyst Kristaps Porvins expects a rally.", "Kristaps Porvins"),
    ):
        assert (name, "person") in named_per_claim(text)[0], (text, named_per_claim(text))


def test_a_body_named_after_the_stays_a_body_though_a_pronoun_follows():
    # "his" is Dana Lee's, the subject of the clause in between
    named = named_per_claim("The Harbour Agency announced that Dana Lee would repay his loans.")
    assert ("Harbour Agency", "organization") in named[0], named


def test_a_body_called_only_by_the_noun_for_its_kind_is_no_actor():
    # GUIDE decisions 373, 496, 500: "the Foundation" after the full name, "the Agency's", "the Fellowship" refer back
    # to a body like "the company" does; the full name stays an actor
    text = (
        "The Harlow Arts Foundation gave grants to 40 schools last year.\n\n"
        "In 2019, the Foundation began a new programme of scholarships.\n\n"
        "The Agency said the Fellowship would meet again in May."
    )
    per_claim = named_per_claim(text)
    assert ("Harlow Arts Foundation", "organization") in per_claim[0], per_claim
    assert per_claim[1:] == [[], []], per_claim


def test_an_event_named_by_one_word_is_no_actor_but_a_body_in_a_longer_events_name_is():
    # GUIDE decisions 12, 110, 118: "the Finals", "his third Finals" and an award's "MVP" name no body
    text = (
        "The Hornets are back in the Finals for the first time since 2010.\n\n"
        "Marcus Webb is playing in his third Finals and won the MVP in 2019.\n\n"
        "The Lions won the NBA Finals last year."
    )
    per_claim = named_per_claim(text)
    assert per_claim[0] == [("Hornets", "organization")], per_claim
    assert per_claim[1] == [("Marcus Webb", "person")], per_claim
    assert any("NBA" in name for name, _ in per_claim[2]), per_claim


def test_a_religious_or_ethnic_community_and_a_currents_followers_are_no_actors():
    # GUIDE decision 280 (a community within a population is a generic class), the actors section's generic groups,
    # decision 219 (a people's language)
    text = (
        "Attacks on Copts rose sharply last year, a rights group said.\n\n"
        "She will be the first Inuk to lead the panel.\n\n"
        "The word, which in Xhosa means little, was painted on the wall, and the Brexiteers cheered."
    )
    assert actors_of(text) == [], actors_of(text)


def test_mars_and_the_sun_are_things_of_the_sky_but_a_paper_called_the_sun_is_a_body():
    # GUIDE decisions 12, 70 (things, no actors); "The Sun reported" is a newspaper acting (decision 83)
    text = (
        "Scientists said Mars had a thick atmosphere long ago.\n\n"
        "The comet loops around the Sun every six years.\n\n"
        "The Sun reported the story first."
    )
    per_claim = named_per_claim(text)
    assert per_claim[:2] == [[], []], per_claim
    assert per_claim[2] == [("Sun", "organization")], per_claim


def test_the_body_whose_short_form_opens_an_events_name_is_an_actor():
    # GUIDE decision 110: "the WTA and ATP Finals" lists both bodies; the event itself is none (decision 118)
    text = (
        "The Hornets are favourites as the 2013 NBA Finals gets underway.\n\n"
        "Fans watched Marcus Webb score in Game 1 of the NBA Finals.\n\n"
        "The podcast runs daily during the WTA and ATP Finals."
    )
    per_claim = named_per_claim(text)
    assert per_claim[0] == [("Hornets", "organization"), ("NBA", "organization")], per_claim
    assert per_claim[1] == [("Marcus Webb", "person"), ("NBA", "organization")], per_claim
    assert per_claim[2] == [("WTA", "organization"), ("ATP", "organization")], per_claim


def test_well_known_products_and_voice_assistants_named_bare_are_no_actors():
    # GUIDE decisions 12, 47 (products) and 249 (software agents), which the model takes for bodies
    text = "Siri and Alexa are simply not yet ready, the reviewer said.\n\nThe Xbox One will cost $499 when it goes on sale."
    per_claim = named_per_claim(text)
    assert per_claim == [[], []], per_claim


def test_a_capitalised_plural_the_model_tags_as_a_common_noun_is_a_team():
    text = "Tarrant scored 31 points in the win over the Owls.\n\nRowan re-signed with the Gales on Monday."
    out = claims_of(text)
    assert "Gales" in [a.name for a in out[-1].actors if a.type == "organization"], [(a.name, a.type) for a in out[-1].actors]


def test_a_singular_looking_name_that_takes_a_plural_verb_is_a_team():
    text = "The Blaze are still unbeaten at home, two games ahead of the Owls.\n\nThe heat of the game got to them."
    out = claims_of(text)
    assert "Blaze" in [a.name for a in out[0].actors if a.type == "organization"], [(a.name, a.type) for a in out[0].actors]


def test_a_name_with_a_plural_verb_is_no_team_where_the_article_names_no_team():
    text = "Instead the Breve (the small curve) are a mark used to show a short vowel."
    assert "Breve" not in [a.name for c in claims_of(text) for a in c.actors]


def test_a_citys_possessive_before_a_club_post_is_its_team_in_a_team_article():
    text = (
        "The Owls beat the Gales 101-95 on Sunday night.\n\n"
        "Kenneth Marlow, also Tucson's president, built the Owls over ten years.\n\n"
        "Brandt could leave Tucson next summer."
    )
    out = claims_of(text)
    assert ("Tucson", "organization") in [(a.name, a.type) for a in out[1].actors], [(a.name, a.type) for a in out[1].actors]
    assert ("Tucson", "organization") in [(a.name, a.type) for a in out[2].actors], [(a.name, a.type) for a in out[2].actors]


def test_a_citys_president_is_no_team_where_the_article_names_no_team():
    text = "Kenneth Marlow, Tucson's president of the council, opened the new library on Sunday."
    assert all(a.type != "organization" or a.name != "Tucson" for a in claims_of(text)[0].actors)


def test_a_score_lines_side_the_model_runs_into_its_score_is_still_a_team():
    text = (
        "Here are Tuesday's results around the league.\n\n"
        "Bruins 5, Devils 1: Dale Pryce scored twice and Ivan Sokol made 31 saves for the win.\n\n"
        "Jets 2, Predators 1: Dale Pryce scored and Ivan Sokol made 38 saves."
    )
    rows = [c for c in claims_of(text) if c.text[:1] in "BJ"]
    names = [{a.name for a in row.actors if a.type == "organization"} for row in rows]
    assert {"Bruins", "Devils"} <= names[0] and {"Jets", "Predators"} <= names[1], names


def test_a_plural_nickname_the_model_calls_a_people_is_a_team():
    text = "The Pioneers trailed by two late in the third period before Dale Pryce scored twice."
    out = claims_of(text)
    assert ("Pioneers", "organization") in [(a.name, a.type) for a in out[0].actors], [(a.name, a.type) for a in out[0].actors]


def test_a_known_place_the_model_leaves_unmarked_before_a_nickname_is_read_as_the_teams_place():
    # (the small model's parse of such a pair of teams, built by hand: invented names give it other labels)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from declcli.claims.actors import _unmarked_place_before

    words = ["the", "Tulsa", "Blaze", "and", "Santa", "Rosa", "Condors", "met"]
    heads = [2, 2, 7, 2, 5, 6, 2, 7]
    deps = ["det", "compound", "nsubj", "cc", "compound", "compound", "conj", "ROOT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _unmarked_place_before(doc[6]) == "Santa Rosa"
    assert _unmarked_place_before(doc[2]) == "Tulsa"
    doc.ents = [doc.char_span(doc[4].idx, doc[5].idx + len("Rosa"), label="GPE")]
    assert _unmarked_place_before(doc[6]) is None  # (a marked place is read by `_before_nickname`)


def test_a_person_entity_of_titles_alone_is_no_first_name_and_no_crash():
    # The known-products check reads each two-word PERSON entity's first name; an entity the model made of titles
    # alone ("Dr Dr") cleans to nothing, whose first word raised IndexError and aborted the article.
    claims = claims_of("We met Dr Dr , who left early after the ceremony ended.")
    assert claims
