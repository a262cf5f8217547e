"""Attribution (invented text): a name that closes a subject headed by a title with its field, just before the verb
("Falcons vice president of scouting Dana Lee said"), is the title's holder and the source, though the parser hangs the
name under the field's "of" (GUIDE attribution section: a person by the fullest name). A name that is the object of a
preposition in the subject is the one the subject speaks for, not the speaker."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    "text",
    [
        '"We are looking at new ways to do it," Falcons vice president of scouting Dana Lee said.',
        '"We will draft the best player we can," Hornets director of scouting Dana Lee said.',
        '"We will draft the best player we can," Hornets director of scouting Dana Lee also said.',
        '"We are looking at new ways to do it," said Falcons vice president of scouting Dana Lee.',
    ],
)
def test_the_name_closing_a_title_with_its_field_is_the_source(text):
    assert attributions(text)[0] == ("Dana Lee", "said")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A spokesman for Tom Reed said the talks had failed.", "spokesman for Tom Reed"),
        ("The lawyer of victim Tom Reed said the trial would start soon.", "lawyer of victim Tom Reed"),
    ],
)
def test_a_name_after_a_preposition_stays_the_one_spoken_for(text, source):
    assert attributions(text)[0] == (source, "said")
