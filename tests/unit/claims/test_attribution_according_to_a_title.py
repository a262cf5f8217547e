"""Attribution (invented text): "according to" with a title of lower-case words before a person's name ("according to
co-author Mira Castell", "according to lead author Tomas Brandt") credits the person by name, however the parser hung
the title's words (it may take "co" of "co-author" for the object); a document or a body before a name stays as
written (GUIDE decisions 17, 34)."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to co-author Mira Castell, a chemist at Lakeside University, the crystals form within hours.",
            "Mira Castell",
        ),
        ("According to lead author Tomas Brandt, the samples were taken from three lakes.", "Tomas Brandt"),
        ("According to co-founder Priya Nandakumar, the studio will open two more offices next year.", "Priya Nandakumar"),
    ],
)
def test_according_to_a_title_before_a_name_is_the_named_person(text, source):
    assert attributions(text)[0] == (source, "according to")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to data from Harwell Medical Center, the clinic saw twice as many patients.",
            "data from Harwell Medical Center",
        ),
        ("According to police, Tomas Brandt was arrested on Monday.", "police"),
    ],
)
def test_according_to_a_document_or_a_body_before_a_name_stays_as_written(text, source):
    assert attributions(text)[0] == (source, "according to")
