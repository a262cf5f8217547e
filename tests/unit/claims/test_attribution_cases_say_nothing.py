"""Attribution, session 42 (h42attr): cases, instances and examples of a happening as the subject of a verb of showing
or suggesting are the happenings themselves, no record of them (GUIDE decision 869, refining decision 141): "an outbreak
like the one in X indicates …", "episodes of this kind suggest …" give no source and no attribution. A written report on
an incident and a survey of outbreaks stay sources (decisions 17, 589).

The sentences are invented; each "fails before" case was checked with the new nouns taken out of `non_source_nouns`."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _first_attribution(text: str):
    attributed = [c.attribution for c in extract_claims(text, split_sentences(text), published="2024-03-05") if c.attribution]
    return (attributed[0].source, attributed[0].cue) if attributed else None


# all three fail before session 42: the instances were read as their own source
_INSTANCES_AS_SUBJECTS = (
    "An outbreak like the one in Riverton indicates how quickly the virus moves through schools.",
    "Episodes of this kind suggest the regulator was not watching the banks.",
    "Instances of fraud reveal that the checks were too weak.",
)


def test_cases_and_instances_are_no_source():
    assert [_first_attribution(text) for text in _INSTANCES_AS_SUBJECTS] == [None, None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inspector's report on the incident suggests that the valves were never tested.",
            ("inspector's report on the incident", "suggests"),
        ),
        ("A survey of past outbreaks shows that most began in the spring.", ("survey of past outbreaks", "shows")),
    ],
)
def test_a_report_on_an_incident_and_a_survey_of_outbreaks_stay_sources(text, expected):
    assert _first_attribution(text) == expected
