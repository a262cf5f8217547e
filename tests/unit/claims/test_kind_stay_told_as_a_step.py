"""Kind: a party's simple past "stayed" told as one step of the story is what the party did (the kind section's
"someone did something": an event): with the next past act coordinated after it ("stayed in the square and
listened"), with what it did while it stayed in a participle clause ("stayed, calming the crowd"), or "there" on a
dated occasion, as `_stayed_put` already reads "stayed home" and "stayed at the shelter on Friday night". A stay over
a stretch ("stayed for two years", "until 1992", "there for decades"), a stay not made ("never stayed there"), a post
or a condition kept ("in office", "in power", "in touch", "on as treasurer"), an act told over a stretch or as a
habit ("for three decades", "every week", "eleven more seasons") and a state kept by a thing ("Prices stayed high")
stay facts (GUIDE decisions 1, 246, 438, 767)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Lee stayed in the square and listened to the rest of the speech.",
        "He stayed, calming the crowd.",
        "Marta and her husband stayed there in June 2011 for a wedding.",
        "The aide stayed there on Tuesday evening.",
    ],
)
def test_a_stay_told_as_a_step_is_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Dana stayed for two years and ran the depot.",
        "Dana Kell stayed in the band until 1992 and then left.",
        "Prices stayed high and then fell.",
        "The boy stayed there for years.",
        # "there" only on a dated occasion: not over a span, not negated
        "The Okafors stayed there for three decades.",
        "She never stayed there.",
        # a post or a condition kept, not a place
        "He stayed in office and steered the city through two floods.",
        "The governor stayed in power, governing by emergency order.",
        "The colonel stayed in command and trained the troops for another year.",
        "Ruiz stayed in touch with his cousins and called every week.",
        "The envoy stayed in talks with the rebels and saw them each Friday.",
        "Moreau stayed at the club and won four cups in six seasons.",
        "Ana stayed on as treasurer and guided the charity through the audit.",
        # the act told over a stretch or as a habit
        "The sultan stayed in the capital and ruled the province for four decades.",
        "Hale stayed there, running the bakery for a decade.",
        "Sato stayed in the town and coached eleven more seasons.",
    ],
)
def test_a_stay_over_a_stretch_or_a_state_kept_stays_a_fact(text):
    assert kind_of(text) == "fact"
