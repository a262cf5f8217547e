"""Actor precision: programmes, surveys, treaties and numbered versions the model calls bodies (GUIDE: actors;
decisions 12, 29, 312): a name ending in a programme's noun ("the Rural School Meal Scheme") is a programme even as
the subject that acts or reports, a well-known public programme named bare ("Medicaid") or a programming language
("JavaScript") is no actor, and a line's name with a version's number ("Zorbscript 4") names a thing, as does the
line's name alone, while the body that runs or makes one stays an actor."""

import pytest

from declcli.claims import extract_claims
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
