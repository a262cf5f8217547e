"""Attribution (invented text): a speaking "it" where no body or thing has spoken before it stands for the nearest
written text, document or study the text named before it, in its sentence or the two before, whatever its role there
("published a paper", "according to the essay", "the excerpt … does not"), as written with its modifiers and without
a leading article; the next speaking "it" stands for the same text (GUIDE decisions 44 and 300). Where no such text was
named, or a body spoke before, "it" stays as before: `null`, or the body."""

import pytest
from test_attribution_made_clear import attributions


def _last(text):
    return attributions(text)[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last spring, three geologists from Halden published a paper on the melting glacier. "
            "It described how the ice had thinned by a third since 1990.",
            ("paper", "described"),
        ),
        (
            "The lake may be the oldest in the region, according to the new survey. "
            "It argues that the basin filled long before the first settlers arrived.",
            ("new survey", "argues"),
        ),
        (
            "Readers were handed a short essay on the history of the canal. "
            "It says the locks were built by hand over twenty years.",
            ("short essay", "says"),
        ),
    ],
)
def test_a_speaking_it_stands_for_the_text_named_before(text, expected):
    assert _last(text) == expected


def test_the_next_speaking_it_stands_for_the_same_text():
    text = (
        "The pamphlet explained the logic of the rotation argument. Read it twice. "
        "It does not claim the plan is perfect. It just says it is the cheapest of three options."
    )
    assert attributions(text)[-2:] == [("rotation argument", "claim"), ("rotation argument", "says")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no text named before: nobody to stand for
        ("The village is quiet in winter. Few visitors come. It says the old mill will reopen in May.", (None, "says")),
        # a body spoke before: "it" stays the body's (Context.antecedent)
        (
            "Halden Water said it would raise prices. The report was short. It said the pipes needed repair.",
            ("Halden Water", "said"),
        ),
    ],
)
def test_no_text_named_or_a_body_that_spoke_keeps_the_reading(text, expected):
    assert _last(text) == expected
