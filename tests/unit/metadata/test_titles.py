"""The one title rule (declcli.titles) and the title metadata takes from it."""

import html

import pytest

from declcli.clean import clean_html
from declcli.metadata import extract_metadata
from declcli.titles import strip_site


@pytest.mark.parametrize(
    "title,site,host,h1,expected",
    [
        (
            "A Letter on Justice and Open Debate | Harper's Magazine",
            "Harper's Magazine",
            None,
            [],
            "A Letter on Justice and Open Debate",
        ),
        ("The Green Deal is not enough - DiEM25", None, "diem25.org", [], "The Green Deal is not enough"),
        ("Interview mit Sonja Silberhorn - apolut.net", None, None, [], "Interview mit Sonja Silberhorn"),
        ("mediaarchitecture.de // » Jens Weber", None, None, [], "Jens Weber"),
        ("Wie funktionierts - Creative Commons", None, None, ["Wie funktionierts"], "Wie funktionierts"),
        ("So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr", None, None, [], "So viel Regen gab es lange nicht"),
        ("Новый мост через Сухону откроют в июне :: Вологодские вести", None, None, [], "Новый мост через Сухону откроют в июне"),
        ("Saftiger Zitronenkuchen vom Blech | Backen macht glücklich", None, None, [], "Saftiger Zitronenkuchen vom Blech"),
        # a forum's trail after the headline: three ends go
        (
            "kein App Store mehr über Mobile Daten mit iOS 13 ? | iPhone | Forum | MacTechNews.de",
            None,
            None,
            [],
            "kein App Store mehr über Mobile Daten mit iOS 13 ?",
        ),
        # a dash alone proves nothing: the end stays
        (
            "Einen Twitterfeed in das Blog einbinden – so geht’s!",
            None,
            None,
            [],
            "Einen Twitterfeed in das Blog einbinden – so geht’s!",
        ),
        (
            "This County Criminalized Students for Bad Grades – Until Now",
            None,
            "example.org",
            [],
            "This County Criminalized Students for Bad Grades – Until Now",
        ),
    ],
)
def test_site_part_goes_only_on_evidence(title, site, host, h1, expected):
    assert strip_site(title, site, host, h1) == expected


def _title(head: str, body: str) -> str:
    page = clean_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(page, "\n\n".join(page.blocks)).title


STORY = "<p>" + "The council met on Monday and agreed, after a long debate, to rebuild the wall. " * 3 + "</p>"


def test_a_logo_h1_does_not_beat_the_title():
    head = "<title>Harbour wall to be rebuilt | The Courier</title>"
    assert _title(head, f"<h1>The Courier</h1><article>{STORY}</article>") == "Harbour wall to be rebuilt"


def test_the_h1_the_title_repeats_is_taken():
    head = "<title>Harbour wall to be rebuilt - The Courier - News from the coast</title>"
    body = f"<h1>The Courier</h1><article><h1>Harbour wall to be rebuilt</h1>{STORY}</article>"
    assert _title(head, body) == "Harbour wall to be rebuilt"


def test_an_og_title_that_is_only_the_site_is_passed_over():
    head = (
        '<title>Ethify</title><meta property="og:title" content="Ethify">'
        '<link rel="canonical" href="https://ethify.org/vegetarier">'
    )
    body = f"<article><h1>Vegetarier zu sein: Bedarf oder Trend?</h1>{STORY}</article>"
    assert _title(head, body) == "Vegetarier zu sein: Bedarf oder Trend?"


@pytest.mark.parametrize(
    "og_title,h1,expected",
    [
        # the page's headline, reworded for sharing: the one shown wins
        (
            "Dead Skin Cells Might Actually Be A Good Thing",
            "Wait, are dead skin cells actually a good thing?",
            "Wait, are dead skin cells actually a good thing?",
        ),
        # written plainer for sharing: the typography shown wins
        ("Alles hat seine Zeit...", "Alles hat seine Zeit…", "Alles hat seine Zeit…"),
        # a tag line after the headline in og:title
        ("Tote Hummeln unter Linden: Die Erklärung", "Tote Hummeln unter Linden", "Tote Hummeln unter Linden"),
        # a date line glued into the <h1>
        ("Harbour wall to be rebuilt", "Harbour wall to be rebuilt 02.02.2022 • Presse", "Harbour wall to be rebuilt"),
        # a kicker over the headline is no part of it ...
        ("Harbour wall to be rebuilt", "Local News | Harbour wall to be rebuilt", "Harbour wall to be rebuilt"),
        # ... unless written into it
        (
            "Marita Kramer misses the Games",
            '"Pure Leere": Marita Kramer misses the Games',
            '"Pure Leere": Marita Kramer misses the Games',
        ),
        # a kicker the stated title sets off by a colon, glued before the headline in the <h1>
        ("Hafen: Die Mauer wird neu gebaut", "Hafen Die Mauer wird neu gebaut", "Die Mauer wird neu gebaut"),
        ("Sturmschäden: Die Mauer wird neu gebaut", "Nach Sturmschäden Die Mauer wird neu gebaut", "Die Mauer wird neu gebaut"),
        # an <h1> that shares little with the stated title is a logo or a section
        ("Harbour wall to be rebuilt", "The Courier", "Harbour wall to be rebuilt"),
        ("Harbour wall to be rebuilt at last", "courier-news.com", "Harbour wall to be rebuilt at last"),
        # one word in common (a place, a "wie") is no restatement: a photo's or another section's heading
        ("Das schönste Ende der Welt: Montauk", '"Downtown" Montauk', "Das schönste Ende der Welt: Montauk"),
        ("Wie funktionierts", "Wie funktionieren Lizenzen?", "Wie funktionierts"),
        # a one-word headline restates the stated title it is part of
        ("Autokredit: Angebote vergleichen", "Autokredit", "Autokredit"),
    ],
)
def test_the_h1_that_restates_the_stated_title_is_the_title(og_title, h1, expected):
    head = f'<title>{og_title}</title><meta property="og:title" content="{html.escape(og_title)}">'
    assert _title(head, f"<article><h1>{h1}</h1>{STORY}</article>") == expected


def test_an_og_title_reworded_past_the_h1_gives_way_to_the_json_ld_headline_it_restates():
    # og:title and <title> reworded for search share too few words with the
    # <h1>; the JSON-LD headline is the <h1>'s headline
    head = (
        "<title>Alaska Airlines to become full Oneworld member by spring</title>"
        '<meta property="og:title" content="Alaska Airlines to become full Oneworld member by spring">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Alaska Airlines sets new date for full Oneworld membership"}</script>'
    )
    body = f"<article><h1>Alaska Airlines sets new date for full Oneworld membership</h1>{STORY}</article>"
    assert _title(head, body) == "Alaska Airlines sets new date for full Oneworld membership"


def test_the_headline_without_its_site_part_leaves_the_body():
    head = "<title>Harbour wall to be rebuilt / The Courier</title>"
    page = clean_html(f"<html><head>{head}</head><body><div><p>Harbour wall to be rebuilt</p>{STORY}</div></body></html>")
    assert "Harbour wall to be rebuilt" not in page.blocks


@pytest.mark.parametrize(
    "line,date",
    [
        ("13. Januar 2014", "2014-01-13"),
        ("Samstag, 5. Oktober 2013", "2013-10-05"),
        ("02.11.2021", "2021-11-02"),
        ("31.10.23", "2023-10-31"),
        ("Posted on September 21, 2020 by Adi", "2020-09-21"),
        ("5 de mayo de 2020", "2020-05-05"),
        ("Written: 2023-11-07 15:03:30", "2023-11-07"),
        ("Lübeck, 31. März 2003", "2003-03-31"),
        ("22 февраля 2022", "2022-02-22"),
        ("Patchnotes 4.47.4", None),
        ("31.02.2021", None),
        ("45.10.2021", None),
    ],
)
def test_written_out_dates_are_read(line, date):
    from declcli.metadata import normalize_datetime

    assert normalize_datetime(line) == date


def test_the_date_of_an_element_classed_as_the_date_is_read():
    head = "<title>Harbour wall</title>"
    body = (
        f'<div class="entry-meta"><abbr class="published" title="2017-07-23T17:06:45+0000">23. Juli 2017</abbr></div>'
        f"<article>{STORY}</article>"
    )
    page = clean_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).published == "2017-07-23T17:06:45+00:00"


@pytest.mark.parametrize(
    "byline,expected",
    [
        ('<span class="author">Name *</span>', []),
        ('<div class="byline">Eingestellt von Michael Weber</div>', ["Michael Weber"]),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Lindsey O&#8217;Donnell"}}</script>',
            ["Lindsey O’Donnell"],
        ),
        # an author given by reference to a node of the JSON-LD graph (WordPress SEO plugins)
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "Article", "author": {"@id": "https://x.org/#/p/1"}},'
            ' {"@type": "Person", "@id": "https://x.org/#/p/1", "name": "Giovanni Gaggero"}]}</script>',
            ["Giovanni Gaggero"],
        ),
        (
            '<script type="application/ld+json">{"@type": "Article", "author": {"name": "Williams Perdomo @wperdomod"}}</script>',
            ["Williams Perdomo"],
        ),
        ('<div class="author">Erstellt von Andri Bryner</div>', ["Andri Bryner"]),
        ('<div class="author">Interview: Julia Lauter</div>', ["Julia Lauter"]),
        # a user name as a blog shows it; the first byline that names anyone
        # decides (session 10: before, a later line's full name came first)
        (
            '<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/vinci/">tlow</a></span></span>',
            ["tlow"],
        ),
        ('<span class="author">tlow</span><span class="author">Amy Motroni</span>', ["tlow"]),
        ('<span class="author">Amy Motroni</span><span class="author">tlow</span>', ["Amy Motroni"]),
        # the byline inside a longer line, and where its names end
        ('<div class="page-meta--author">Posted on September 21, 2020 by Adi Tzlil</div>', ["Adi Tzlil"]),
        ('<div class="author">Datum: 19.11.2021 Autor: Fritz Imhof</div>', ["Fritz Imhof"]),
        ('<div class="author">By John Walk - January 10, 2020 21 minutes - 4312 words</div>', ["John Walk"]),
        ('<div class="author">Von Jörn Mecher am 08.12.2022</div>', ["Jörn Mecher"]),
        # not an account named for its role
        ('<span class="author">jdadmin</span>', []),
        ('<meta name="author" content="john">', []),
    ],
)
def test_bylines(byline, expected):
    page = clean_html(f"<html><head><title>t</title></head><body>{byline}<article>{STORY}</article></body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).authors == expected


@pytest.mark.parametrize(
    "line,published",
    [
        ("Filed in Guides on 26.05.2008", "2008-05-26"),  # the day of the URL's month
        ("Filed in Guides on 26.06.2008", "2008-05"),  # another month: the URL's month only
    ],
)
def test_a_url_that_gives_only_the_month_takes_its_day_from_the_page(line, published):
    head = '<title>t</title><link rel="canonical" href="https://the-pain.net/2008/05/silkroad-quests/">'
    page = clean_html(f"<html><head>{head}</head><body><article><h1>Quests</h1><div>{line}</div>{STORY}</article></body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).published == published


def test_ruby_readings_are_no_part_of_the_headline():
    # furigana over the <h1>'s words (GUIDE decision 9): the headline reads
    # without them, and it is the one the site-prefixed og:title restates
    page = clean_html(
        '<html><head><meta property="og:title" content="EASY NEWS|漢字の本が出る"></head><body><article>'
        "<h1><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>の<ruby>本<rp>(</rp><rt>ほん</rt><rp>)</rp></ruby>が出る</h1>"
        "<p>" + "新しい本が出ました。みんなが読んでいます。" * 8 + "</p></article></body></html>"
    )
    assert extract_metadata(page, "\n\n".join(page.blocks)).title == "漢字の本が出る"


@pytest.mark.parametrize(
    "h1,expected",
    [
        # a label or kicker element that opens the <h1> (GUIDE decision 13)
        (
            '<span class="label label--blue">Patch Notes</span> Patchnotes 4.47.4 - Bugfix Build',
            "Patchnotes 4.47.4 - Bugfix Build",
        ),
        (
            '<span class="article-subtitle">Patch Notes</span> Patchnotes 4.47.4 - Bugfix Build',
            "Patchnotes 4.47.4 - Bugfix Build",
        ),
        # another element, or a label that is the whole heading, stays
        (
            '<span class="highlight">Patch Notes</span> Patchnotes 4.47.4 - Bugfix Build',
            "Patch Notes Patchnotes 4.47.4 - Bugfix Build",
        ),
    ],
)
def test_a_kicker_element_that_opens_the_h1_is_no_part_of_the_title(h1, expected):
    page = clean_html(
        "<html><head><title>Patch Notes Patchnotes 4.47.4 - Bugfix Build | Forum</title></head><body><article>"
        f"<h1>{h1}</h1>" + "<p>" + "The build fixes the bugs the players found in the last update of the game. " * 6 + "</p>"
        "</article></body></html>"
    )
    assert extract_metadata(page, "\n\n".join(page.blocks)).title == expected
