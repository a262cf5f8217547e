"""Actor precision: a league's "Draft", an event named by one word (GUIDE decisions 12, 118); a town named before
its kind written in lower case ("Harlow town"), a place in every mention (GUIDE: places are no actors unless they
act); a name described as a kind of being, sky object or substance ("52 Kestrelae, a globular cluster", "the
biomarker ZQNL"), a being's or a thing's name in every mention (decisions 70, 428, 568). The model calls them
persons or bodies."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def names_by_sentence(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [[a.name for a in c.actors] for c in claims]


def all_names(text):
    return [name for names in names_by_sentence(text) for name in names]


def test_a_leagues_draft_is_an_event_no_actor():
    text = "The Draft opens on Thursday. Coach Dana Merrow said the Draft would shape the club for years."
    assert names_by_sentence(text) == [[], ["Dana Merrow"]]


def test_the_draft_is_no_actor_in_any_mention():
    names = all_names("The NHL Draft opens in Montreal next June. The Draft will be held over two days, the league said.")
    assert "Draft" not in names, names


def test_a_town_named_before_its_kind_is_a_place_in_every_mention():
    text = (
        "Rebels were driven out of Hawsair in June. "
        "The fall of Hawsair town had become a formality. "
        "The victory at Hawsair will prove to be a turning point."
    )
    assert names_by_sentence(text) == [[], [], []]


def test_a_club_with_town_in_its_own_name_stays_a_body():
    # ("Town" written inside the club's own name, with a capital, is no kind of place after a town's name)
    names = all_names("Northam Town signed the striker on Friday.")
    assert "Northam Town" in names, names


def test_a_name_described_as_a_sky_object_is_no_actor_in_any_mention():
    text = (
        "Astronomers observed 52 Kestrelae, a globular cluster in the southern sky. "
        "The team compared images of 52 Kestrelae with archival data."
    )
    assert names_by_sentence(text) == [[], []]


def test_a_name_after_a_kind_of_being_is_no_actor_even_where_it_acts():
    text = "The dinosaur Zorbaceratops had a huge nose. Zorbaceratops roamed the plains 76 million years ago, Dr Mara Quell said."
    assert names_by_sentence(text) == [[], ["Mara Quell"]]


def test_a_name_after_a_kind_of_substance_is_no_actor():
    text = (
        "Researchers measured the biomarker ZQNL in the urine of nonsmokers. "
        "Levels of ZQNL rose after the stay, Dr Mara Quell said."
    )
    assert names_by_sentence(text) == [[], ["Mara Quell"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Analysts say Zorbix is a dinosaur in a fast-moving market. Zorbix cut 500 jobs on Monday.", "Zorbix"),
        ("Zorbix is no dinosaur, analysts say. Zorbix cut 500 jobs on Monday.", "Zorbix"),
        ("Zorbix is not a dinosaur, its backers insist. Zorbix hired 40 engineers in March.", "Zorbix"),
        ("Is Zorbix a dinosaur? Zorbix hired 40 engineers in March.", "Zorbix"),
        ("Many in the party think Brenner is a dinosaur. Brenner voted against the bill on Tuesday.", "Brenner"),
    ],
)
def test_a_figurative_denied_asked_or_held_is_a_kind_keeps_the_actor(text, name):
    assert names_by_sentence(text)[-1] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Researchers found the species Zorbix in Peru. Zorbix thrives in cold water.",
        "The fungus Zorbella spread to six states in March. Zorbella killed 30 people.",
    ],
)
def test_a_species_or_fungus_named_by_its_kind_is_no_actor(text):
    assert all(name not in ("Zorbix", "Zorbella") for name in all_names(text))
