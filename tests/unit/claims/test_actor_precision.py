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


def names_by_claim(text):
    return [
        ([a.name for a in c.actors], c.attribution.source if c.attribution else None)
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('Trainer Ray Quist bought the colt as a yearling for $40,000.\n\n"He has grown a lot," Quist said.', "Ray Quist"),
        ("Dana Pike purchased the filly as a yearling in 2021, the sale company said.", "Dana Pike"),
        ("Harlan Farm sold the colt as a yearling to a group of investors from Dubai.", "Harlan Farm"),
        ("Trainer Ray Quist said on Monday that the race was hard.\n\nRay Quist bought the colt as a yearling.", "Ray Quist"),
    ],
)
def test_an_as_phrase_beside_an_object_describes_the_object_not_the_buyer(text, actor):
    # GUIDE decision 428: the owner or trainer is listed where named; "bought the colt as a yearling" says what the
    # colt was, and its buyer is no animal at any mention
    for names, _ in names_by_claim(text):
        assert any(actor in name for name in names), names_by_claim(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Amazon is the 800-pound gorilla of online retail, analysts said.\n\nAmazon said its sales rose in the quarter.",
            "Amazon",
        ),
        ("Huawei is a Trojan horse for Beijing, US officials said on Tuesday.\n\nHuawei denied the charge.", "Huawei"),
        ("Tesla is no one-trick pony, Musk told investors.", "Tesla"),
        ("State Senator Ray Hall is a dark horse in the race for governor.\n\nHall said he would campaign hard.", "Ray Hall"),
        ("Ray Hall entered the primary as a dark horse and won it by 12 points.\n\nHall said voters wanted change.", "Ray Hall"),
        ("Mayor Tom Hale, the top dog at City Hall for a decade, said he would not run again.", "Tom Hale"),
        # a person's role in crime reporting is no animal (mend33m): "mule" is no animal noun, "drug"/"money" idioms
        ("Convicted drug mule Tendai Moyo told the court on Friday he was paid for each flight.", "Tendai Moyo"),
        ("Yaw Boateng worked as a mule for a smuggling gang, prosecutors said on Friday.\n\nBoateng was jailed.", "Yaw Boateng"),
        ("Former money mule Aoife Brennan told the jury she had been paid in cash.", "Aoife Brennan"),
    ],
)
def test_an_animal_noun_in_a_figure_of_speech_leaves_the_body_or_person_an_actor(text, actor):
    # the actors section lists every named body and person; decision 428 is about names given to animals only
    for names, _ in names_by_claim(text):
        assert actor in names, names_by_claim(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The SVP won 28 percent of the vote in the Swiss parliament.\n\nSVP leader Marcel Dettling said it was a mandate.",
            "SVP",
        ),
        (
            "The right-wing Swiss People's Party (SVP) said it would fight.\n\nThe SVP said the treaty undermined sovereignty.",
            "SVP",
        ),
        ("The EVP, a small Christian party, said it would back the referendum.", "EVP"),
        ("The CPM said it would contest all 20 seats in Kerala.", "CPM"),
        ("The populist SVP won 28 percent of the vote, the largest share of any party.", "SVP"),
        # an adjective of description before it, in object position, leaves the body (mend33m)
        ("Voters in Ticino backed the nationalist SVP in the cantonal election on Sunday.", "SVP"),
        ("CGI said it would buy the consulting firm for $1.2 billion, and CGI shares rose.", "CGI"),
        ("UTC said it would split into three companies.", "UTC"),
        ("The ICT sentenced the opposition leader to death on Tuesday, prosecutors said.", "ICT"),
    ],
)
def test_an_abbreviation_that_is_also_a_bodys_name_stays_the_body_where_the_body_acts(text, body):
    # claims.json abbreviations_also_bodies: a title or a term only where the sentence uses it as one
    named = names_by_claim(text)
    assert all(body in names for names, _ in named[-1:]), named


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Mobile ads cost less, though the effective CPM is 30% lower on phones, Adwell said.", "CPM"),
        ("Orvane, a provider focused on healthcare ICT and workflow software, said sales rose.", "ICT"),
        ("The eclipse will be visible from 21:27 to 21:42 UTC, the observatory said.", "UTC"),
        ("Corvane said its SVP of design, Mira Olsted, will leave in May.", "SVP"),
        ("Start with his son Stephen, the EVP, CEO and Director of Player Personnel of the Harlow Hawks.", "EVP"),
        ("The sale opens at 8 a.m. PDT (5 p.m. UTC) on Monday, Orvane said.", "UTC"),
    ],
)
def test_an_abbreviation_that_is_also_a_bodys_name_is_no_actor_where_the_term_is_meant(text, term):
    names = names_of(text)
    assert term not in names, names


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The dog Jane Marsh adopted from the shelter last spring bit a neighbour, police said.", "Jane Marsh"),
        ("Of the 40 horses Harlan Farm sold last year, 12 have won a race.", "Harlan Farm"),
        ("The horses Ray Quist trains have won 40 races this year, the track said.", "Ray Quist"),
        ("Allegations of fraud dog Ray Hall as he seeks a third term, and Hall said he would fight them.", "Ray Hall"),
    ],
)
def test_a_name_after_an_animal_noun_it_does_not_name_stays_an_actor(text, actor):
    # a clause about the animals with the name its subject, and the verb "dog", name no animal (decision 428)
    names = names_of(text)
    assert actor in names, names


def test_a_person_described_as_an_animal_stays_a_person():
    # a name that opens with a person's given name is a person's, whatever the copula or 'as' says
    text = "Jane Pike appeared as a horse in the school play, the theatre said.\n\nPike said it was fun."
    for names, _ in names_by_claim(text):
        assert "Jane Pike" in names, names_by_claim(text)


@pytest.mark.parametrize(
    ("text", "beings"),
    [
        (
            "The terriers Biscuit and Pepper won the show, and the kittens Tom and Jerry were adopted, the shelter said.",
            {"Biscuit", "Pepper", "Tom", "Jerry"},
        ),
        ("The zoo said the elephant Raja was moved to a sanctuary.", {"Raja"}),
    ],
)
def test_a_name_beside_a_plural_or_a_zoo_animals_noun_is_no_actor(text, beings):
    # decision 428: pets and zoo animals too; a plural noun before a list of names names each
    names = names_of(text)
    assert not beings & set(names), names
