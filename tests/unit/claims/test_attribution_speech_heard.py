"""Attribution (invented text): after a verb of hearing speech the one heard speaks (GUIDE decision 64: "The court heard
X admit/say that …" is X's reported content, source X, cue the verb after X), with a clause or an object of its own, and
after "overheard", which the model lemmatises as written (claims.json `speech_perceived_lemmas`). Near misses: nothing
heard ("never heard X say …"), and a viewer's "saw"/"watched" X do something, which decisions 277 and 397 read otherwise
and which is no speaker tag."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jury heard the officer say he had acted in self-defence.", ("officer", "say")),
        ("The jury heard the officer claim he had acted in self-defence.", ("officer", "claim")),
        ("The jury heard the officer deny the charge.", ("officer", "deny")),
        ("I overheard the manager complain about the budget.", ("manager", "complain")),
        ("The tribunal heard the nurse admit to skipping the checks.", ("nurse", "admit")),
    ],
)
def test_the_one_heard_speaks(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The jury never heard the officer say he had acted in self-defence.",
        "We watched the mayor announce the plan.",
        "The neighbours saw the porter complain about the noise.",
    ],
)
def test_nothing_heard_or_a_viewer_is_no_speaker_tag(text):
    assert attributions(text)[0] is None
