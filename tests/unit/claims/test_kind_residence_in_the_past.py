"""Kind, fact versus event: "live" is a verb of state (claims.json `stative_lemmas`): a past residence ("In the 1980s, the
poet lived in Trieste") or a lifetime ("how long the tortoises lived") tells how things stood, not a happening (the kind
section's states and background: fact), as "stayed" and "remained" do; an act in the same frame ("moved to Trieste")
stays an event."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "In the late 1980s, the poet Ilse Varga lived in Trieste as a guest of her publisher.",
        "Two of the defendants, Omar and Karim Haddad, lived in the Leeds area, but were born in Morocco.",
        "Nobody knows how long the giant tortoises lived on the island.",
    ],
)
def test_past_residence_or_lifetime_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "In the late 1980s, the poet Ilse Varga moved to Trieste as a guest of her publisher.",
        "Two of the defendants, Omar and Karim Haddad, travelled to the Leeds area on Friday.",
    ],
)
def test_past_act_in_the_same_frame_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The band lived it up in Las Vegas last night.",
        "Three passengers lived after the crash.",
        "She said she lived through the war.",
    ],
)
def test_living_it_up_or_surviving_a_happening_stays_an_event(text):
    # the near misses: "live" with a particle or a word of surviving (claims.json lived_happening_words) is no residence
    assert kind_of(text) == "event"
