"""Bylines: which names the authors are, from what the page states and shows."""

import pytest

from declcli.clean import clean_html
from declcli.metadata import extract_metadata

_STORY = "<p>" + "The council met on the plan again and the members argued about the costs of it. " * 6 + "</p>"


def _authors(head: str, byline_html: str) -> list[str]:
    page = clean_html(f"<html><head>{head}</head><body><article><h1>The plan</h1>{byline_html}{_STORY}</article></body></html>")
    return extract_metadata(page, "\n\n".join(page.blocks)).authors


@pytest.mark.parametrize(
    "byline,expected",
    [
        # the names end where the date begins: a weekday, a month, a day
        ('<p class="byline">by Jeff Foust Monday, November 18, 2019</p>', ["Jeff Foust"]),
        ('<p class="byline">By Carrie Arnold November 15, 2019</p>', ["Carrie Arnold"]),
        (
            '<p class="byline">Por Laura Jordán / Javier Urbina 22 de Abril de 2022 - 00:00 HS</p>',
            ["Laura Jordán", "Javier Urbina"],
        ),
        # a month's name that is a surname stays: no day follows it
        ('<p class="byline">By Theresa May, Ann Lee</p>', ["Theresa May", "Ann Lee"]),
    ],
)
def test_a_shown_bylines_names_end_where_its_date_begins(byline, expected):
    assert _authors("", byline) == expected


def test_a_phrase_in_an_author_element_is_no_name():
    # "Publiziert am" (its date in a sibling) and "Tricks für zu Hause" are
    # phrases: lower-case words other than a name's particles.
    byline = '<div class="author">Publiziert am</div><div class="author">Von Jose de la Cruz</div>'
    assert _authors("", byline) == ["Jose de la Cruz"]


def test_stated_names_are_taken_as_stated():
    # a name the page states in its tags keeps its lower-case words
    assert _authors('<meta name="author" content="Mobasir hassan">', "") == ["Mobasir hassan"]
