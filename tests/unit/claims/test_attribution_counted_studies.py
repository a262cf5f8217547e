"""Attribution (invented text): a subject that counts or masses works ("a number of studies", "one of these analyses",
"a growing body of research", "most of the surveys") before a finding verb with a that-clause is a study's subject: the
works are the source, written as the subject (GUIDE decision 17); a count of people, or works that find nothing, are
unchanged."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("A number of studies this decade show that the glaciers are shrinking.", "number of studies this decade", "show"),
        ("A handful of surveys showed that the voters were tired of the debate.", "handful of surveys", "showed"),
        (
            "One of these analyses, from the Tellford Institute, shows that the rivers lost water every year.",
            "One of these analyses from the Tellford Institute",
            "shows",
        ),
        ("A flurry of work in recent years shows that the two systems interact.", "flurry of work in recent years", "shows"),
        ("Dozens of trials have found that the drug lowers blood pressure.", "Dozens of trials", "found"),
        ("Most of the polls revealed that the mayor was ahead in the suburbs.", "Most of the polls", "revealed"),
    ],
)
def test_a_count_of_works_finds_what_a_study_finds(text, source, cue):
    assert attributions(text)[0] == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "A number of studies were published in the spring.",
        "A handful of reports arrived at the ministry on Monday.",
        "A number of visitors showed the guards their tickets.",
    ],
)
def test_a_count_of_works_or_people_that_finds_nothing_stays_unattributed(text):
    assert attributions(text)[0] is None


def test_a_count_of_people_who_say_stays_their_saying():
    assert attributions("A number of residents say that the bridge is unsafe.")[0] == ("number of residents", "say")
