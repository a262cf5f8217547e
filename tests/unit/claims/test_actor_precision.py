"""Actor precision: prizes and plurals that only describe the parties named beside them (GUIDE decisions 12, 106, 473)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [(a.name, a.type) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors]


def names_of(text):
    return [name for name, _ in actors_of(text)]


def test_a_prize_known_by_one_word_before_winning_is_no_person():
    names = names_of("The Oscar-winning actress Dana Wrenfield came to town on Monday.")
    assert "Oscar" not in names, names
    assert "Dana Wrenfield" in names, names


def test_a_prizes_name_ending_in_award_is_no_actor():
    names = names_of("The multi-Tony Award winning composer Lars Brennick has been busy.")
    assert not any("Award" in name for name in names), names
    assert "Lars Brennick" in names, names


def test_a_hyphenated_prize_before_nominee_is_no_body():
    names = names_of("The film made Tobin Ashgrove an Academy-Award nominee.")
    assert not any("Award" in name for name in names), names


def test_a_cup_won_is_no_person_even_without_the():
    assert not any("Cup" in name for name in names_of("The Harbourton Kings reign as Stanley Cup champions ended on Monday."))


def test_a_trophy_won_is_no_body():
    names = names_of("He won the Heisman Trophy in 2005, the Corvale Tribune said.")
    assert not any("Trophy" in name for name in names), names
    assert "Corvale Tribune" in names, names


def test_a_given_name_that_is_also_a_prizes_stays_a_person():
    assert ("Oscar Lindqvist", "person") in actors_of("Oscar Lindqvist said the plan would work.")


def test_a_body_named_after_a_prize_stays_a_body():
    assert ("Beal Prize Committee", "organization") in actors_of("The Beal Prize Committee said it would meet.")


def test_a_plural_in_apposition_to_named_teams_is_no_group():
    actors = actors_of("I think both teams, the Hornets and the Falcons, are really good.")
    assert not any(kind == "group" for _, kind in actors), actors
    assert {"Hornets", "Falcons"} <= {name for name, _ in actors}, actors


def test_a_plural_after_the_countries_it_describes_is_no_group():
    actors = actors_of("They examined 200 men in Norway and 90 in Chile, both countries where the test is rare.")
    assert not any(kind == "group" for _, kind in actors), actors
    assert ("Norway", "country") in actors and ("Chile", "country") in actors, actors


def test_a_counted_plural_before_a_dash_and_its_named_members_is_no_group():
    actors = actors_of("Regulators said the three companies — Globex, Zorbcast and Vandelay Industries — had been chosen.")
    assert not any(kind == "group" for _, kind in actors), actors


def test_guard_a_plural_standing_for_parties_named_before_stays_a_group():
    actors = actors_of("The talks between Norway and Chile ended, and both countries said they would meet again.")
    assert ("both countries", "group") in actors, actors


def test_guard_a_plural_alone_stays_a_group():
    assert ("both countries", "group") in actors_of("Both countries agreed to extend the truce on Monday.")


def test_guard_a_plural_before_a_speakers_tag_stays_a_group():
    # A name after the comma that is the subject of a following verb is a tag, not an apposition (decision 473's
    # plural only describes named parties set beside it).
    actors = actors_of("After the talks both sides, Harbour Wire reported, agreed to the plan.")
    assert ("both sides", "group") in actors, actors


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Critics said the 3D somehow made the night scenes of Brightvale Studios' sequel darker.", "3D"),
        ("Rivers said the panel of CBD oils tested by Norbright Labs found traces of MDMA in two samples.", "MDMA"),
        ("Halvorsen Bank said it will report under IFRS from next year.", "IFRS"),
        ("The clinic said the midfielder tore his ACL in training and will miss the season.", "ACL"),
        ("Tessaro said the DIY kits sold out within a week.", "DIY"),
        ("The launch window opens at 14:05 UTC, Orbitrix said.", "UTC"),
        ("Players said the new XP boosts in Skyforge Arena made the grind far shorter.", "XP"),
    ],
)
def test_abbreviations_of_common_terms_are_no_organisations(text, term):
    # claims.json term_abbreviations: a unit, a standard, a substance or an injury the model calls a body is a thing
    names = names_of(text)
    assert term not in names, names


def test_a_senior_officers_abbreviated_title_is_no_organisation():
    names = names_of("Corvane said its EVP of sales, Mira Olsted, will leave in May, and its SVP of design will follow.")
    assert not {"EVP", "SVP"} & set(names), names
    assert "Mira Olsted" in names, names


_STABLE = (
    "Derby winner Bluebell and Ohio Derby champion Leaving played together as foals at Harlan Farm, said trainer Ray Quist.\n\n"
    '"I think Leaving is a really nice horse," said Ray Quist, Bluebell\'s trainer.\n\n'
    "Bluebell will return to Harlan Farm as a stallion, Quist said.\n\n"
    "Their stablemate Grey Tide was foaled in Kentucky, and the filly Martha Crane won twice last year, owner Dana Pike said.\n\n"
    "Leaving won the Ohio Derby by three lengths, said Quist."
)


@pytest.mark.parametrize("being", ["Bluebell", "Leaving", "Grey Tide", "Martha Crane"])
def test_a_named_animal_is_no_actor_at_any_mention(being):
    # GUIDE decision 428: a horse's name is no person's or body's, wherever the text says it is a horse
    names = names_of(_STABLE)
    assert being not in names, names


def test_the_people_who_act_for_a_named_animal_stay_actors():
    names = names_of(_STABLE)
    assert {"Ray Quist", "Dana Pike"} <= set(names), names
