"""Attribution (invented text): an act of looking or a find as the subject of a finding verb is no source, as an
action is none (GUIDE decisions 141, 483, 618(a), 644(a)): a gerund with its phrase ("Looking at the dust under a lens
revealed that …"), "observation(s)", "sightings", "surveillance", "monitoring" and "the discovery of …". A study, a
test and the people who found stay sources (decisions 17, 26)."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    "text",
    [
        "Looking at the dust under a strong lens revealed that the grains had been polished by wind.",
        "Peering into the burrows at night showed that the voles share their nests in winter.",
        "Observation of the faint glow around the star suggests that a second planet is forming there.",
        "New sightings of the whales off the cape indicate that the herd has moved north.",
        "Surveillance of the border crossing showed that most trucks went through at night.",
        "The discovery of a paved road and a harbour wall indicates the settlement was a trading port.",
    ],
)
def test_an_act_of_looking_or_a_find_is_no_source(text):
    found = attributions(text)[0]
    assert found is None or found[0] is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A field study of the reef showed that the corals recover within a decade.", "field study of the reef"),
        ("The test showed that the lead levels in the pipes were high.", "test"),
        ("Dana Reyes found that the herd had moved north.", "Dana Reyes"),
    ],
)
def test_a_study_or_the_finders_stay_the_source(text, source):
    found = attributions(text)[0]
    assert found is not None and found[0] == source
