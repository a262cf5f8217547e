"""Attribution (invented text): a demonstrative that reads what the text just told ("This suggests that
…", "That suggests …") is no source (GUIDE decisions 141, 320), while a study it points at stays one (decision 17)."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    "text",
    [
        "The pebbles held twice the iron of the meteorites. This suggests that the pebbles formed in a wetter world.",
        "Few of the small cysts grew at all. That suggests most of them would never need surgery.",
    ],
)
def test_a_demonstrative_reading_of_what_was_told_is_no_source(text):
    assert attributions(text)[-1] is None


def test_a_study_the_demonstrative_points_at_stays_the_source():
    text = "The survey covered nine towns. This survey suggests that most riders want later buses."
    assert attributions(text)[-1] == ("survey", "suggests")


def test_a_demonstrative_inside_a_tagged_quote_keeps_the_quote_s_speaker():
    assert attributions('"That suggests the plan failed," Dana Morrow said.')[0] == ("Dana Morrow", "said")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Later work by the survey team showed that the reef recovers within a decade.", "team"),
        ("Dana Morrow's work shows that the moss can survive a dry winter.", "Morrow"),
    ],
)
def test_research_work_with_its_authors_finds_like_a_study(text, head):
    found = attributions(text)[0]
    assert found is not None and head in found[0] and found[1] in ("showed", "shows")


def test_bare_work_is_no_study():
    assert attributions("Hard work shows that you care about the craft.")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Their work shows that they care about the town.",
        "The crew's work shows that the bridge can be repaired in a night.",
        "Construction work by the river showed that the bank had eroded.",
    ],
)
def test_work_whose_possessor_or_by_names_no_researcher_is_no_study(text):
    # a pronoun, a crew or a place is no author of research (GUIDE decisions 17, 26)
    assert attributions(text)[0] is None
