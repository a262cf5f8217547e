"""Attribution (invented text): the people an existential "there" brings in ("There have been critics.", "There were
skeptics at the meeting.") are the nearest group a later speaking "they" fits (GUIDE decision 404), not a body named as a
subject before them; things brought in by "there" ("There were three cars in the lot.") leave "they" as it was."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour authority renamed the pier in May. Ever since, there have been detractors. "
            "They insist that the old name honoured the fishermen.",
            ("detractors", "insist"),
        ),
        (
            "The county board approved the budget on Monday. There were skeptics at the meeting. "
            "They argued that the figures were too rosy.",
            ("skeptics", "argued"),
        ),
    ],
)
def test_they_after_people_brought_in_by_there_is_those_people(text, expected):
    assert attributions(text)[-1] == expected


def test_things_brought_in_by_there_leave_they_to_the_group_before():
    text = "Protesters marched through Dover on Sunday. There were three cars in the lot. They said the lot was full."
    assert attributions(text)[-1][0] == "Protesters"


@pytest.mark.parametrize(
    "text",
    [
        "The firm cut jobs. There were no critics. They said profits rose.",
        "The firm cut jobs. There were not any critics. They said profits rose.",
    ],
)
def test_people_ruled_out_by_there_stand_for_no_they(text):
    assert attributions(text)[-1][0] is None
