"""Actor precision: programmes, surveys, treaties and numbered versions the model calls bodies (GUIDE: actors;
decisions 12, 29, 312): a name ending in a programme's noun ("the Rural School Meal Scheme") is a programme even as
the subject that acts or reports, a well-known public programme named bare ("Medicaid") or a programming language
("JavaScript") is no actor, and a line's name with a version's number ("Zorbscript 4") names a thing, as does the
line's name alone, while the body that runs or makes one stays an actor."""

import pytest
from spacy.tokens import Span

from declcli.claims import extract_claims
from declcli.claims.nlp import load_model
from declcli.claims.products import _a_numbered_version
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[a.name for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def names_of(text):
    return [name for unit in actors_by_unit(text) for name in unit]


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("The Rural School Meal Scheme feeds 2 million pupils a day.", "Rural School Meal Scheme"),
        ("Under the Kestrel Water Quality Program, the county tested 40 wells.", "Kestrel Water Quality Program"),
        (
            "The state's Kestrel Valley Mosquito Control Program reported Thursday that two mosquitoes tested positive.",
            "Kestrel Valley Mosquito Control Program",
        ),
        ("The data came from the Medical Spending Panel Survey, Dana Lee said.", "Medical Spending Panel Survey"),
    ],
)
def test_a_name_ending_in_a_programmes_noun_is_no_actor_even_acting(text, programme):
    names = names_of(text)
    assert programme not in names, names


def test_the_body_running_a_programme_stays_an_actor():
    names = names_of("The Kestrel Valley Program was run by the Borduria Health Department, Dana Lee said.")
    assert "Kestrel Valley Program" not in names, names
    assert "Borduria Health Department" in names and "Dana Lee" in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Medicaid covers 70 million Americans, Dana Lee said.",
        "Cuts to Social Security and Medicare would hurt retirees, the Borduria Institute said.",
    ],
)
def test_a_well_known_public_programme_is_no_actor(text):
    names = names_of(text)
    assert not {"Medicaid", "Medicare", "Social Security"} & set(names), names


def test_the_agency_named_after_a_programme_stays_an_actor():
    names = names_of("The Social Security Administration said it would hire 200 staff.")
    assert names == ["Social Security Administration"], names


def test_a_programming_language_is_no_actor_and_its_maker_stays():
    names = names_of("JavaScript is one implementation, Microsoft's JScript is another one.")
    assert "JavaScript" not in names, names
    assert any("Microsoft" in name for name in names), names


VERSION_STORY = (
    "Sony said it would release Turbo Quest 6 in the holiday season. "
    "All of the cars and tracks from Turbo Quest 5 will be retained. "
    "Fans of Turbo Quest still play it every day, Dana Lee said. "
    "Channel 4 said it would air the film."
)


def test_a_line_with_a_versions_number_and_the_line_alone_are_no_actors():
    units = actors_by_unit(VERSION_STORY)
    assert units[0] == ["Sony"], units
    assert units[1] == [], units
    assert units[2] == ["Dana Lee"], units


def test_a_body_whose_name_ends_in_a_number_stays_an_actor():
    assert actors_by_unit(VERSION_STORY)[3] == ["Channel 4"]


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        ("Australia and Japan signed the Pacific Fisheries Agreement on Friday.", "Pacific Fisheries Agreement"),
        (
            "The deal, called the Coastal Resettlement Arrangement, was signed by the Australian and Japanese leaders on Friday.",
            "Coastal Resettlement Arrangement",
        ),
    ],
)
def test_a_treaty_named_by_its_kind_is_no_actor_and_its_parties_stay(text, treaty):
    names = names_of(text)
    assert treaty not in names, names
    assert "Japan" in names, names


def test_an_instruments_short_name_is_no_actor_even_observing():
    units = actors_by_unit(
        "Using NASA’s Hubble Space Telescope, astronomers observed the cluster. "
        "Dana Lee compared them with images taken by Hubble. "
        "Hubble's data also was used to find three generations of stars."
    )
    assert units == [["NASA"], ["Dana Lee"], []], units


def test_a_person_bearing_an_instruments_name_stays_an_actor():
    units = actors_by_unit("Lyman Hubble said the Hubble Space Telescope was his idea. Hubble said he was proud.")
    assert units == [["Lyman Hubble"], ["Lyman Hubble"]], units


# An agency named a programme or a survey, a body named a scheme, a convention or a pact, and a numbered outlet,
# club or league that speaks stay actors (GUIDE: actors, international bodies and agencies; decisions 292, 372, 521).


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The World Food Programme said on Friday that 300,000 people in Borduria faced hunger.", "World Food Programme"),
        (
            "The United Nations Development Programme warned that the floods had set Borduria back a decade.",
            "United Nations Development Programme",
        ),
        ("The UN Environment Programme said coral loss could double by 2040.", "UN Environment Programme"),
        (
            "A magnitude 5.8 earthquake struck off the coast of Borduria on Monday, the U.S. Geological Survey said.",
            "U.S. Geological Survey",
        ),
        ("The British Geological Survey recorded a tremor near Harlow, a spokesman said.", "British Geological Survey"),
    ],
)
def test_an_agency_named_a_programme_or_a_survey_is_an_actor(text, body):
    names = names_of(text)
    assert body in names, names


def test_a_geological_surveys_short_form_keeps_its_country():
    text = "The US Geological Survey (USGS) said the quake was shallow. The USGS later revised the magnitude to 6.2."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    countries = {a.name: a.country for c in claims for a in c.actors}
    assert countries.get("US Geological Survey") == "USA" and countries.get("USGS") == "USA", countries


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Britain's Financial Services Compensation Scheme said it would repay 90 million pounds to savers.", None),
        ("The Southern Baptist Convention voted on Tuesday to expel a church in Ohio.", "Southern Baptist Convention"),
        ("Warsaw Pact troops crossed the border in August 1968.", "Warsaw Pact"),
    ],
)
def test_a_body_named_a_scheme_a_convention_or_a_pact_is_an_actor(text, body):
    names = names_of(text)
    assert (body in names) if body else any(name.endswith("Compensation Scheme") for name in names), names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Fox 5 reported that the driver was arrested in Ohio.", "Fox 5"),
        ("Kan 11 reported on Sunday that Borduria had accepted the truce.", "Kan 11"),
        ("The mayor said in an interview with Fox 5 that the bridge would close.", "Fox 5"),
        ("Ligue 1 said it would pause the season because of the storms.", "Ligue 1"),
        ("Darmstadt 98 said it had signed the goalkeeper on a two-year contract.", "Darmstadt 98"),
    ],
)
def test_a_numbered_outlet_club_or_league_that_speaks_is_an_actor(text, body):
    names = names_of(text)
    assert body in names, names


@pytest.mark.parametrize("side", ["Hawks 4", "Owls 2"])
def test_either_side_of_a_result_is_no_version(side):
    doc = load_model()("Full time: Hawks 4, Owls 2.")
    start = next(t.i for t in doc if t.text == side.split()[0])
    ent = Span(doc, start, start + 2, label="ORG")
    assert ent.text == side
    assert not _a_numbered_version(ent, side)


def test_a_numbered_version_is_still_a_thing():
    names = names_of("Borduria Games has announced Kart Racer 6, which will be released in the autumn, Dana Lee said.")
    assert "Kart Racer 6" not in names and "Dana Lee" in names, names
