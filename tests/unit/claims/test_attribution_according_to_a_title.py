"""Attribution (invented text): "according to" with a title of lower-case words before a person's name ("according to
co-author Mira Castell", "according to lead author Tomas Brandt") credits the person by name, however the parser hung
the title's words (it may take "co" of "co-author" for the object); a document, a body or a plural before a name stays
as written, as does any phrase before a name with no comma that is the subject of its own verb (the GUIDE's attribution
section: a person's source is the person's name, another's the noun phrase; decision 17)."""

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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to police Dana Reyes was driving at twice the limit.", "police"),
        ("According to prosecutors Tom Keller stole more than $40,000 from the club.", "prosecutors"),
        ("According to witnesses Marco Bellini fired two shots.", "witnesses"),
        ("According to emails Rachel Stone sent to staff, the plant will close in May.", "emails"),
        ("The firm, according to court documents Janet Moore filed last week, owes $2 million.", "court documents"),
    ],
)
def test_a_plural_or_no_title_before_a_name_with_no_comma_stays_the_source(text, source):
    # (with no comma the name may open the next clause: the subject of its own verb is no source)
    assert attributions(text)[0] == (source, "according to")


def test_a_singular_title_before_a_name_with_no_comma_is_the_named_person():
    assert attributions("According to spokeswoman Ada Lind the plant will close in May.")[0] == ("Ada Lind", "according to")
