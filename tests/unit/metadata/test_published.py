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
        # month first where the day cannot come first (US pages)
        ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19"),
        ("Ideas 11.14.2019 09:00 AM", "2019-11-14"),
        ("5:45 AM PST 11/19/2019 by Patrick Shanley", "2019-11-19"),
        # either way round possible: the day first, as before
        ("05/08/2019", "2019-08-05"),
        # a year glued to the date printed again, or to the time
        ("1. November 20161. November 2016 surfguard", "2016-11-01"),
        ("Published Wed, Nov 20 20194:29 AM EST", "2019-11-20"),
        # a range of days in one month is its first day
        ("Wochenbericht 14. - 20. Januar 2022", "2022-01-14"),
        ("28.-30. Januar 2022", "2022-01-28"),
        ("January 14-20, 2022", "2022-01-14"),
        ("14-20 janvier 2022", "2022-01-14"),
        # no range: a number before a spaced dash, or counting down
        ("Folge 3 - 12. März 2020", "2020-03-12"),
        ("Teil 12 - 3. März 2020", "2020-03-03"),
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
    # No tag, no date-classed element, no short line, no dateline: the date
    # stands inside the lead's first line.
    html = (
        "<html><head><title>Schulze an der Seite des WFP</title></head><body><h1>Schulze an der Seite des WFP</h1>"
        "<div><p>Berlin, Pressemitteilung Nr. 12 der Ministerin vom 25. Januar 2022 | Die künftige Zusammenarbeit "
        "mit dem Programm wurde heute in Berlin vereinbart, sagte die Ministerin vor der Presse.</p></div>"
        + _STORY
        + "</body></html>"
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


def _with_head(stated: str, head: str, title: str = "Lockdown steht vor Verlängerung", h1: str | None = None) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": stated})
    return (
        f'<html><head><title>{title} | Nachrichten</title><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>{h1 or title}</h1>{head}{_STORY}</article></body></html>"
    )


@pytest.mark.parametrize(
    "stated,head,expected",
    [
        # the only date the page shows, under the headline: the article's date to its readers
        ("2021-03-16T16:16:10+00:00", "<div>20. März 2021 - 15:00 Uhr</div>", "2021-03-20"),
        ("2021-11-29T14:13:37+00:00", "<div>Christoph Hein</div><div>ca. 8 Min. 12.01.2022</div>", "2022-01-12"),
        ("2019-11-20T04:31:13-06:00", "<div>Chris Davies - Nov 19, 2019, 10:31 pm CST</div>", "2019-11-19"),
        # a stated time in UTC that is the shown day somewhere (the evening before in New York): the same moment
        ("2019-11-19T04:50:22+00:00", "<div>by Jeff Foust — November 18, 2019</div>", "2019-11-19T04:50:22+00:00"),
        # a stated time that is no moment (a month 13) gives way to the shown day
        ("2021-13-16T16:16:10+00:00", "<div>20. März 2021 - 15:00 Uhr</div>", "2021-03-20"),
        # a stated date of the same day stays, with its time (read either way round: 11/08/23)
        ("2023-11-08T22:19:12", "<div>11/08/23 5:19pm</div>", "2023-11-08T22:19:12"),
        ("2021-03-20T14:00:00+01:00", "<div>20. März 2021 - 15:00 Uhr</div>", "2021-03-20T14:00:00+01:00"),
        # an update is the modified date: the stated first publication stays
        ("2019-10-15T16:59:59+00:00", "<div>Jessica DeFino Updated Mar 12, 2020 @ 10:42 am</div>", "2019-10-15T16:59:59+00:00"),
        ("2023-11-06T18:19:00+01:00", "<p>Stand: 07.11.2023, 07:30 Uhr</p>", "2023-11-06T18:19:00+01:00"),
        ("2018-02-20T00:00:00+00:00", "<div>Last updated on 20 Feb, 2020. 3 min read</div>", "2018-02-20T00:00:00+00:00"),
        # the head shows its date relative to the reader's day: a teaser's date after it is not the article's
        (
            "2019-10-01",
            "<div>vor 4 Monaten</div><div>Faszination Loopstation-Battle</div><div>18. Januar 2019</div>",
            "2019-10-01",
        ),
        # a hidden element's machine stamp glued into the line is not what the reader sees
        (
            "2022-12-25T11:00:02+00:00",
            "<div>Isabell Angele<span>2022-12-07T10:10:52+01:00</span>25. Dezember 2022|</div>",
            "2022-12-25T11:00:02+00:00",
        ),
        # another label's date is another day's: a game's release, not the review's
        ("2019-12-02T17:15:20+00:00", "<div>Release: 14.11.2019</div>", "2019-12-02T17:15:20+00:00"),
        ("2019-12-02T17:15:20+00:00", "<div>Veröffentlicht: 14.11.2019</div>", "2019-11-14"),
        # a sentence of the story that names a day is not the head's date
        (
            "2020-01-29",
            "<div>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt</div>",
            "2020-01-29",
        ),
    ],
)
def test_the_date_under_the_headline_over_a_stated_date_of_another_day(stated, head, expected):
    assert _published(_with_head(stated, head)) == expected


def test_a_site_logos_h1_opens_no_head():
    # the <h1> is the site's name, not the headline the title tags state: the date after it is the masthead's
    html = _with_head("2019-11-19T10:00:00+00:00", "<div>November 20, 2019</div><div>Print Edition</div>", h1="The Daily Paper")
    assert _published(html) == "2019-11-19T10:00:00+00:00"


def test_the_head_date_over_a_comments_time_element():
    # the first <time datetime> is a comment's; the head shows the tip's own date beside its author
    html = (
        "<html><head><title>Tomaten richtig schneiden</title></head><body><article><h1>Tomaten richtig schneiden</h1>"
        "<div>von Marianne1 am 20.09.2020</div>" + _STORY + "</article><section><p>Marta schrieb "
        '<time datetime="2020-09-23T18:19:06+02:00">am 23.09.2020</time></p></section></body></html>'
    )
    assert _published(html) == "2020-09-20"


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+00:00", "0001-01-01", "0000-00-00T00:00:00Z"])
def test_a_templates_placeholder_is_no_date(value):
    assert normalize_datetime(value) is None


def test_a_stated_placeholder_gives_way_to_the_date_the_page_shows():
    html = _with_head(
        "0001-01-01T00:00:00+00:00", "<div>Detroit News wire services</div><div>Published 11:11 PM EST Nov 19, 2019</div>"
    )
    assert _published(html) == "2019-11-19"


def test_the_head_of_an_h2_headline_where_the_h1_names_a_section():
    # the <h1> is the section's ("Details"); the headline the title tags state is an <h2>,
    # and the date opens the lead's block in a <span> of its own
    html = (
        "<html><head><title>#RieslingBirthday Posts gewinnen</title>"
        '<meta name="date" content="2021-12-20T11:02:44+01:00"></head><body><h1>Details</h1>'
        '<div><h2>#RieslingBirthday Posts gewinnen</h2></div><div><span class="date">27.01.2022</span>'
        + _STORY
        + "</div></body></html>"
    )
    assert _published(html) == "2022-01-27"


def test_the_label_before_the_head_date_is_its_own():
    # published first, updated after it on the same line: the published date is shown
    head = "<div>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</div>"
    assert _published(_with_head("2019-11-12T10:48:00+00:00", head)) == "2019-11-19"


def test_a_head_whose_first_date_is_in_a_sentence_gives_none():
    # the first line with a date is the teaser's long line; the related story's date after it is not the article's
    head = (
        "<div>Next-generation Nissan Sentra makes global debut in Los Angeles at the show this week November 21, 2019</div>"
        "<div>MORE STORIES LIKE THIS ONE</div><div>November 16, 2016</div>"
    )
    assert _published(_with_head("2019-11-20T13:42:00+00:00", head)) == "2019-11-20T13:42:00+00:00"


def test_a_files_version_stamp_is_no_day_the_page_shows():
    # htmldate reads the stylesheet's and script's version stamps as a date; the page shows no day
    html = (
        '<html><head><title>Buch der Woche</title><link rel="stylesheet" href="/css/print.css?v=2022-06-15"></head>'
        "<body><h1>Buch der Woche</h1><p>30.11. | Buch der Woche</p>"
        + _STORY
        + '<script src="/js/site.min.js?v=2022-06-15-12-15"></script></body></html>'
    )
    assert _published(html) is None


def test_a_stated_month_only_is_not_compared_by_day():
    # the URL gives only the month; the byline under the headline shows a day: no error, the URL's month stays
    html = (
        '<html><head><title>Ein Beitrag</title><link rel="canonical" href="https://blog.example/2008/05/ein-beitrag"></head>'
        "<body><h1>Ein Beitrag</h1><div>von Anna am 14.06.2009</div>" + _STORY + "</body></html>"
    )
    assert _published(html) == "2008-05"


@pytest.mark.parametrize(
    "lead,expected",
    [
        # a dateline: the date in brackets opens the first paragraph
        ("(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung nach der nächsten.", "2022-11-21"),
        ("27.1.2022 - Bei der Erinnerung an die Verfolgten des Regimes waren viele Opfer unsichtbar.", "2022-01-27"),
        # a place before it, a two-digit year where the date closes the dateline
        ("( Pescasseroli, 14 Gennaio 20 ) Il Parco ha contato le femmine con i cuccioli.", "2020-01-14"),
        # an update's date is no published date, a date inside a sentence is no
        # dateline: the lower sources decide (the heading's line)
        ("(Aktualisiert am 19.02.2020) Der Beitrag wurde ergänzt und an vielen Stellen neu gefasst.", "2022-10-01"),
        ("Am Sonntag, 5. November 2023, wurde der Polizei auf der Autobahn ein Unfall gemeldet.", "2022-10-01"),
    ],
)
def test_a_paragraph_that_opens_with_its_date(lead, expected):
    # no tag gives a date; a question's date in a heading below is an event's,
    # read only by a lower source (a short line that holds a date)
    html = (
        "<html><head><title>Entlastungen auf einen Blick</title></head><body><h1>Entlastungen auf einen Blick</h1>"
        f"<p>{lead} " + "Die Versorger lehnen neue Kunden ab und verweisen auf die Lage am Markt. " * 4 + "</p>"
        "<h3>Welche Umlagen gelten seit dem 1. Oktober 2022?</h3>" + _STORY + "</body></html>"
    )
    assert _published(html) == expected


@pytest.mark.parametrize(
    "other",
    [
        # a teaser card of another article, a link around its date
        '<a href="/other"><span class="teaser__subline"><em class="pubdate">04.11.2021</em> Artikel</span></a>',
        # a comment's date
        '<div class="comment-list"><p>Gut geschrieben!</p><span class="date">04.11.2021</span></div>',
    ],
)
def test_a_teasers_or_comments_dated_element_is_not_the_articles(other):
    html = (
        "<html><head><title>Reise und Sicherheit</title></head><body><h1>Reise und Sicherheit</h1>"
        + _STORY
        + f"<aside>{other}</aside>"
        + '<p>Stand: <span class="published">12.11.2021</span></p></body></html>'
    )
    assert _published(html) == "2021-11-12"


@pytest.mark.parametrize(
    "markup,expected",
    [
        # the page's markup states the stated UTC instant in its own zone: its day
        ('<time datetime="2022-04-28T22:08:28-04:00">6 hours ago</time>', "2022-04-28T22:08:28-04:00"),
        # another instant, or the same day, changes nothing
        ('<time datetime="2022-04-28T20:24:21-04:00">6 hours ago</time>', "2022-04-29T02:08:28+00:00"),
        ('<time datetime="2022-04-29T04:08:28+02:00">6 hours ago</time>', "2022-04-29T02:08:28+00:00"),
    ],
)
def test_a_stated_utc_instant_takes_the_day_the_pages_markup_gives_it(markup, expected):
    item = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "The plan",
        "datePublished": "2022-04-29T02:08:28+00:00",
    }
    head = f'<script type="application/ld+json">{json.dumps(item)}</script>'
    html = f"<html><head>{head}</head><body><article><h1>The plan</h1><p>{markup}</p>{_STORY}</article></body></html>"
    assert _published(html) == expected
