"""Noun frames of intention: "has plans to" + verb (GUIDE decision 289, a frame in the plural) and an existential
"there is/are" + a frame noun + its infinitive with the holder unnamed (decision 707); a noun of chance or ability
after "there" gives a possibility (decisions 187, 234, 707)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        ("The bakery has plans to open a second shop in Ghent.", "intention", "positive"),
        ("The city council had a plan to widen the ring road.", "intention", "positive"),
        ("There are plans to drain the old quarry next spring.", "intention", "positive"),
        ("There is a plan to rebuild the pier before the summer.", "intention", "positive"),
        # (the parser may hang the infinitive on the noun as its complement)
        (
            "There are also plans to photograph the reef in detail during the two-week voyage to Gull Island,"
            " a 900-foot-tall crag.",
            "intention",
            "positive",
        ),
        ("There are no plans to close the clinic.", "intention", "negative"),
        ("With so few patients enrolled, there was limited power to detect a benefit.", "possibility", "positive"),
        # decision 707 names nouns of intention and of chance or ability; a duty after "there" is read from "is"
        ('"There is no obligation on the buyer\'s side to return the form," she wrote.', "none", "negative"),
        # and so is a right (`existential_frame_nouns`)
        ("There is no right to appeal the decision.", "none", "negative"),
        ("There is no chance to appeal the decision.", "possibility", "negative"),
    ],
)
def test_noun_frames_give_their_modality(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text",
    [
        # a counted noun is no frame ("three plans", like "had opportunities to", decision 15's singular frame)
        "The agency has three plans to cut its costs.",
        # "to which" opens a relative clause, not the plan's infinitive
        "The city has a plan to which residents strongly object.",
        "There was a plan to which the tenants objected.",
        # an infinitive ending in a stranded preposition is an idiom of amount, no plan
        "The team had no plan to speak of.",
        "There was no plan to speak of.",
        # a gerund after an existential noun of chance is not the frame's infinitive
        "There is a better chance of finishing the bridge early.",
    ],
)
def test_near_misses_keep_no_modality(text):
    assert first(text).modality == "none"


@pytest.mark.parametrize(
    "text, kind",
    [
        # the holder a "by" phrase names after an existential "there" gives the kind (decision 707)
        ("There are plans by the council to close the depot.", "commitment"),
        ("There is a plan by Mr. Okafor to rebuild the pier.", "commitment"),
        # with no holder named, no party's undertaking
        ("There are plans to close the depot.", "fact"),
    ],
)
def test_existential_plan_by_a_party_is_its_commitment(text, kind):
    claim = first(text)
    assert (claim.kind, claim.modality) == (kind, "intention")
