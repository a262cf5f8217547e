"""The published date: dates as pages write them, and the last resorts
read when no tag, element or line of the page states one."""

import json

import pytest

from declcli.input.source import classify
from declcli.metadata import normalize_datetime
from declcli.model import Source
from declcli.pipeline import extract_article


def _published(html: str) -> str | None:
    return extract_article(classify(Source(kind="file", location="page.html", data=html.encode()))).published


_STORY = "<p>" + "The council met on the plan again and the members argued about the costs of it. " * 6 + "</p>"


@pytest.mark.parametrize(
    "value,expected",
    [
        # a forum prints the post's date glued to the user name and the time
        ("macbacchi28.09.1912:44", "2019-09-28"),
        ("th3Chris28.09.1913:39", "2019-09-28"),
        # day, month and year set off by bars
        ("26 | 01 | 2022", "2022-01-26"),
        # unchanged: a four-digit year, a time after a space
        ("02.11.2021", "2021-11-02"),
        ("28.09.2019 12:44", "2019-09-28"),
    ],
)
def test_dates_as_pages_write_them(value, expected):
    assert normalize_datetime(value) == expected


def test_a_howtos_json_ld_date_when_the_page_has_no_article_item():
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "HowTo", "name": "Eine Tischdecke", "datePublished": "2022-01-10T22:06:08Z"}
    )
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body><h1>Eine Tischdecke</h1>{_STORY}</body></html>'
    )
    assert _published(html) == "2022-01-10T22:06:08+00:00"


def test_a_date_only_inside_a_longer_line_is_read_by_htmldate():
    # No tag, no date-classed element, no short line: the date opens the lead.
    html = (
        "<html><head><title>Schulze an der Seite des WFP</title></head><body><h1>Schulze an der Seite des WFP</h1>"
        "<div><p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit mit dem Programm "
        "wurde heute in Berlin vereinbart, sagte die Ministerin vor der Presse.</p></div>" + _STORY + "</body></html>"
    )
    assert _published(html) == "2022-01-25"


def test_htmldates_guess_from_a_copyright_year_is_not_taken():
    html = (
        "<html><head><title>Unser Verein</title></head><body><h1>Unser Verein</h1>"
        + _STORY
        + "<footer><p>Alle Rechte vorbehalten. Copyright 2013 Hundeverein Unna und seine Mitglieder</p></footer></body></html>"
    )
    assert _published(html) is None


@pytest.mark.parametrize(
    "stated,shown,expected",
    [
        # a time in UTC after midnight, shown as the evening before in the page's zone
        ("2020-02-25T02:25:54+00:00", "February 24, 2020 | 9:25pm", "2020-02-24T21:25:54-05:00"),
        ("2019-10-18T22:04:00Z", "19. Oktober 2019 00:04 Uhr", "2019-10-19T00:04:00+02:00"),
        # the page shows the time in UTC
        ("2022-05-05T21:00:00-05:00", "6 May 2022 - 2:00 a. m.", "2022-05-06T02:00:00+00:00"),
        # the same day shown: the stated value as it is
        ("2020-02-24T21:25:54+00:00", "February 24, 2020 | 9:25pm", "2020-02-24T21:25:54+00:00"),
        # another moment (an update's time), or two local times a day apart: no same instant
        ("2020-02-25T02:25:54+00:00", "February 24, 2020 | 9:40pm", "2020-02-25T02:25:54+00:00"),
        ("2019-11-20T02:15:49-06:00", "November 19, 2019 8:15 pm", "2019-11-20T02:15:49-06:00"),
        # a stated time that is no time at all stays as stated
        ("2020-02-25T02:25:54+99:00", "February 24, 2020 | 9:25pm", "2020-02-25T02:25:54+99:00"),
        ("2020-13-25T02:25:54+00:00", "February 24, 2020 | 9:25pm", "2020-13-25T02:25:54+00:00"),
    ],
)
def test_a_stated_time_is_given_in_the_pages_own_time_where_it_shows_that_instant_on_another_day(stated, shown, expected):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": stated})
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body><article><h1>The plan</h1>'
        f'<p class="published">{shown}</p>{_STORY}</article></body></html>'
    )
    assert _published(html) == expected
