"""Attribution of two forms the parser hides (invented text): a verb of finding or concluding joined to an act with
the same people as subject ("analysed the rocks and discovered that …", GUIDE decisions 26, 35, 165), and a reporting
verb's that-clause hung as an adverbial clause or under a preposition ("said this week, for example, that …", "have
noted before that …")."""

import pytest
from test_attribution_made_clear import attributions  # (the claims' (source, cue) pairs of an invented text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A team of geologists analysed rocks from the valley and discovered it is the oldest crater on the island.",
            ("team of geologists", "discovered"),
        ),
        ("The engineers tested the bridge and determined that it was safe.", ("engineers", "determined")),
        ("Dana Holt examined the ledger and found that the figures had been changed.", ("Dana Holt", "found")),
    ],
)
def test_a_finding_joined_to_the_act_is_the_finders(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on main): a thing found, a person found in some state, the writer's own finding
        "The divers searched the wreck and discovered two old cannons.",
        "The hikers followed the trail and found him lying by the river.",
        "We tested the phone and found that it was slow.",
    ],
)
def test_a_thing_found_or_the_writers_finding_has_no_source(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Globex said this week, for example, that the regulators denied its request to share more data.",
            ("Globex", "said"),
        ),
        ("Researchers have noted before that the cost of care can be substantial.", ("Researchers", "noted")),
    ],
)
def test_a_that_clause_hung_as_a_modifier_is_reported(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on main): "so that" and "so … that" open no content
        "She said it loudly so that everyone in the hall heard.",
        "He spoke so quietly that nobody heard him.",
    ],
)
def test_so_that_opens_no_content(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denied knowing is a negated belief frame (GUIDE decisions 93, 287): the holder is the source
        ("Mara Quill didn’t know Dana was coming to the meeting.", ("Mara Quill", "know")),
        ("Adam Cole runs the port.\n\nCole never knew that the cranes were old.", ("Adam Cole", "knew")),
    ],
)
def test_a_denied_knowing_passes_its_clause_to_the_holder(text, expected):
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass on main): the writer's, a question, no holder
        "We didn’t know how the web worked.",
        "Dana Holt did not know why the plant closed.",
        "No one knows how much the plan will cost.",
    ],
)
def test_unheld_or_asked_knowing_has_no_source(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported clause's subject, with a relative clause on it, read by the parser as the object of "said"
        (
            "Dana Holt said ticks that carry the fever like to hide in tall grass, so it is wise to check your legs.",
            ("Dana Holt", "said"),
        ),
        (
            "Mara Quill said farmers who remember the flood often bring up the old dam when they see the river rise.",
            ("Mara Quill", "said"),
        ),
    ],
)
def test_a_clause_subject_read_as_the_object_of_said_is_reported(text, expected):
    assert attributions(text)[0] == expected


def test_words_said_with_a_relative_clause_stay_a_speech_act():
    # guard (passes on main): "said things that hurt" says the things (GUIDE decision 2: a noun phrase content)
    assert attributions("He said things that hurt a lot of people.")[0] is None
