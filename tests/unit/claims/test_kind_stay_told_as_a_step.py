"""Kind: a party's simple past "stayed" told as one step of the story is what the party did (the kind section's
"someone did something": an event): with the next past act coordinated after it ("stayed in her chair and listened"),
with what it did while it stayed in a participle clause ("stayed, running the depot"), or "there" on a dated occasion,
as `_stayed_put` already reads "stayed home" and "stayed at the shelter on Friday night". A stay over a stretch
("stayed for two years", "until 1992") and a state kept by a thing ("Prices stayed high") stay facts."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Lee stayed in her chair and listened to the rest of the speech.",
        "He stayed, running the depot through the winter.",
        "Marta and her husband stayed there in June 2011 for a wedding.",
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
    ],
)
def test_a_stay_over_a_stretch_or_a_state_kept_stays_a_fact(text):
    assert kind_of(text) == "fact"
