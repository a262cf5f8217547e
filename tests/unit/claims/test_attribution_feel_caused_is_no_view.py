"""Attribution (invented text): "feel" as the bare infinitive after a verb of causing ("the film makes viewers feel
uneasy", "it will make the flat feel like home") tells a sensation caused, no view held (GUIDE decision 275: "feel"
cues only a belief): no attribution, where the parser hung "feel" on the main verb like a speaker tag. A finite tag
after a quote ('"…," the coach will say') still credits its speaker, a belief "feel" + clause stays a view, and after a
verb of hearing speech ("the panel heard the nurse admit to …") the one heard is the source (GUIDE decision 64)."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    "text",
    [
        "The new campaign is making shoppers feel very uneasy.",
        "It is not perfect, but the update makes the old tablet feel less sluggish in daily use.",
        "The fog makes the old harbour feel strangely quiet.",
    ],
)
def test_feel_after_a_verb_of_causing_is_no_view(text):
    assert all(a is None for a in attributions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win the cup," the coach will say.', ("coach", "say")),
        ("Many tenants feel the landlord is ignoring their complaints.", ("Many tenants", "feel")),
        # (after a verb of hearing speech the one heard speaks, claims.json `speech_perceived_lemmas`)
        ('The panel earlier heard the nurse admit to "forgetting" to check the dose.', ("nurse", "admit")),
    ],
)
def test_finite_tags_and_belief_feel_keep_their_holder(text, expected):
    assert attributions(text)[0] == expected
