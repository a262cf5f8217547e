"""Attribution (invented text): a later "the researchers said", "the team found" or "the group wrote" points back to a
source the text named as a person and companions ("Dana Reyes and her colleagues", "Dana Reyes, of Hill University,
and colleagues"): the source is that noun phrase as written, without the aside (GUIDE decision 482). Not where the
text described a group by the same noun ("Scientists from Hill University", "Its authors"; decision 437), nor for a
person who is one of a list."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Dana Reyes, of Hill University, and colleagues tested the water in nine towns. "
            "The researchers said the lead levels were high.",
            "Dana Reyes and colleagues",
        ),
        (
            "Dana Reyes and her colleagues tested the water in nine towns. The team found that the lead levels were high.",
            "Dana Reyes and her colleagues",
        ),
    ],
)
def test_the_researchers_point_back_to_the_person_and_companions(text, source):
    assert attributions(text)[-1][0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Scientists from Hill University tested the water. Dana Reyes and her team wrote a report. "
            "The scientists said the lead levels were high.",
            "scientists",
        ),
        (
            "Ann Roe, Dana Reyes and their colleagues tested the water in nine towns. "
            "The researchers said the lead levels were high.",
            "researchers",
        ),
    ],
)
def test_a_group_described_by_its_own_noun_or_a_listed_person_keeps_the_noun(text, source):
    assert attributions(text)[-1][0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lewis Hamilton and his crew struggled in practice on Friday. Ferrari topped the times. "
            "The team said its new floor had worked.",
            "Ferrari",
        ),
        (
            "Dana Lee and her colleagues surveyed 2,000 scientists. The scientists said funding was their main worry.",
            "scientists",
        ),
    ],
)
def test_a_nearer_fitting_mention_comes_before_the_companions(text, source):
    # the description resolves to the nearest fitting mention (GUIDE decisions 4, 437): a body named as a subject
    # after the group, or the same noun described after it ("2,000 scientists")
    assert attributions(text)[-1][0] == source


def test_the_group_is_a_group_of_people_named_after_the_companions():
    text = "Envoy Tom Reed and his team met leaders of the rebels on Monday. The group said it would free the hostages."
    assert attributions(text)[-1][0] != "Tom Reed and his team"
