"""Attribution, session 42 (h42attr): cases, instances and examples of a happening as the subject of a verb of showing
or suggesting are the happenings themselves, no record of them (GUIDE decision 869, refining decision 141): "the
outbreaks suggest that …", "such cases indicate that …" give no source and no attribution. A written case report and a
study of the cases stay sources (decisions 17, 589)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _first_attribution(text: str):
    attributed = [c.attribution for c in extract_claims(text, split_sentences(text), published="2024-03-05") if c.attribution]
    return (attributed[0].source, attributed[0].cue) if attributed else None


# the first two fail before session 42: the instances were read as their own source ("three outbreaks", "Such
# cases"); the third passes before on this parse (its subject read as no source already), kept as the same form
_INSTANCES_AS_SUBJECTS = (
    "The three outbreaks suggest that the well water carried the fever.",
    "Such cases indicate that the vaccine wears off within a year.",
    "These incidents show that the ferry crews were never trained for night crossings.",
)


def test_cases_and_instances_are_no_source():
    assert [_first_attribution(text) for text in _INSTANCES_AS_SUBJECTS] == [None, None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The case report suggests that the fever came from the well water.", ("case report", "suggests")),
        (
            "The study of the outbreaks suggests that the well water carried the fever.",
            ("study of the outbreaks", "suggests"),
        ),
    ],
)
def test_a_case_report_and_a_study_of_the_cases_stay_sources(text, expected):
    assert _first_attribution(text) == expected
