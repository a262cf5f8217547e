"""The byline: who the page credits as its author. The people of `authors`
when it names any; else a desk, team, organisation or the site's name, as a
byline source credits it (a desk by its role word too); never a label, a date or a
phrase, and never the site's name from og:site_name alone."""

import json

import pytest

from declcli.clean import clean_html
from declcli.metadata import extract_metadata

_STORY = "<p>" + "The council met on the plan again and the members argued about the costs of it. " * 6 + "</p>"


def _article(head: str, byline_html: str = ""):
    page = clean_html(f"<html><head>{head}</head><body><article><h1>The plan</h1>{byline_html}{_STORY}</article></body></html>")
    return extract_metadata(page, "\n\n".join(page.blocks))


def _ld(author) -> str:
    item = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The plan", "author": author}
    return f'<script type="application/ld+json">{json.dumps(item)}</script>'


@pytest.mark.parametrize(
    "head,byline_html,expected",
    [
        # a JSON-LD author of @type Organization
        (_ld({"@type": "Organization", "name": "Nordex SE"}), "", ["Nordex SE"]),
        # a desk in JSON-LD as a "Person", refused as one for its role word
        (_ld([{"@type": "Person", "name": "Redaktion Polizeiticker Schweiz"}]), "", ["Redaktion Polizeiticker Schweiz"]),
        # a desk in the author tag
        ('<meta name="author" content="HLNF Staff Report">', "", ["HLNF Staff Report"]),
        ('<meta name="author" content="Bund der Energieverbraucher e.V.">', "", ["Bund der Energieverbraucher e.V."]),
        # a shown byline: the names end at the next phrase and label
        ("", '<p class="byline">von auto-motor.at Redaktion in Rubrik: Hyundai &gt; Tests</p>', ["auto-motor.at Redaktion"]),
        ("", '<p class="byline">Veröffentlicht am 8. Februar 2022 von PETA-Team</p>', ["PETA-Team"]),
        # an author-classed element that holds just the credit
        ("", '<p class="article-author">Redaktion Polizeiticker Schweiz</p>', ["Redaktion Polizeiticker Schweiz"]),
    ],
)
def test_a_desk_team_or_organisation_credited_as_author_is_the_byline(head, byline_html, expected):
    a = _article(head, byline_html)
    assert a.authors == []
    assert a.byline == expected


def test_the_sites_own_name_is_a_credit_where_a_byline_gives_it():
    a = _article('<meta property="og:site_name" content="hausinfo">', '<div class="author">Artikel von: hausinfo</div>')
    assert (a.authors, a.byline) == ([], ["hausinfo"])


def test_the_sites_name_alone_credits_no_one():
    assert _article('<meta property="og:site_name" content="Heartland Newsfeed">').byline == []


@pytest.mark.parametrize(
    "head,byline_html",
    [
        # a CMS's account in lower case in a tag
        ('<meta name="author" content="admin">', ""),
        # a date cut off a line that is no byline: nothing is credited
        ("", '<p class="author">Veröffentlicht am 12.10.2018</p>'),
        # a phrase after a byline word
        ("", '<p class="byline">Von Atemschutzmaske über Exit-Strategie und Kontaktverbot bis Zoonose</p>'),
        # a label or button where a name would stand
        ("", '<div class="author">Alle Beiträge</div>'),
        # a link to the site's profile elsewhere
        ('<meta name="author" content="facebook.com/vegolosi">', ""),
    ],
)
def test_no_credit(head, byline_html):
    a = _article(head, byline_html)
    assert (a.authors, a.byline) == ([], [])


def test_the_people_named_come_before_a_desk_stated_higher():
    # the JSON-LD credits the newsroom; the page shows who wrote it
    a = _article(_ld({"@type": "Organization", "name": "Caspian Ledger Newsroom"}), '<p class="byline">By Leyla Mammadova</p>')
    assert a.authors == a.byline == ["Leyla Mammadova"]


def test_an_organisation_with_its_address_names_no_people():
    # "Nürnberg" and "Germany" were taken as two people beside the publisher
    a = _article('<meta name="author" content="Olympia-Verlag GmbH, Nürnberg, Germany">')
    assert (a.authors, a.byline) == ([], ["Olympia-Verlag GmbH, Nürnberg, Germany"])


def test_a_site_owner_typed_person_and_organisation_is_a_person():
    # Yoast types a personal site's owner as both
    node = {"@type": ["Person", "Organization"], "@id": "https://x.example/#/schema/person/1", "name": "Sarah Lee"}
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Notes on plans"},
            {"@type": "BlogPosting", "headline": "The plan", "author": {"@id": node["@id"]}},
            node,
        ],
    }
    a = _article(f'<script type="application/ld+json">{json.dumps(graph)}</script>')
    assert a.authors == a.byline == ["Sarah Lee"]


@pytest.mark.parametrize(
    "value,authors,byline",
    [
        # an organisation named by its kind of word, split at its "und"
        (
            "Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF",
            [],
            ["Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF"],
        ),
        # a value that opens with a domain: the site and its address
        ("hessenschau.de, Frankfurt, Germany", [], ["hessenschau.de, Frankfurt, Germany"]),
        # a domain after a name is the writer's outlet, no person
        ("Troy L. Smith, Cleveland.com", ["Troy L. Smith"], ["Troy L. Smith"]),
    ],
)
def test_an_organisation_in_the_author_tag_is_no_person(value, authors, byline):
    a = _article(f'<meta name="author" content="{value}">')
    assert (a.authors, a.byline) == (authors, byline)


@pytest.mark.parametrize(
    "head",
    [
        # the host's name, a domain, the site's name with an editor's initials
        '<link rel="canonical" href="https://www.elcolombiano.com/antioquia/x"><meta name="author" content="El Colombiano">',
        '<meta name="author" content="MesOpinions.com">',
        '<meta property="og:site_name" content="IT Finanzmagazin"><meta name="author" content="IT Finanzmagazin /PP">',
    ],
)
def test_the_site_stated_as_the_only_author_is_a_credit_not_a_person(head):
    a = _article(head, '<p class="byline">Von Gàbor Muniér</p>')
    assert a.authors == a.byline == ["Gàbor Muniér"]
    b = _article(head)
    assert b.authors == [] and len(b.byline) == 1


def test_an_organisations_long_name_is_a_credit():
    name = "DITIB - Türkisch-Islamische Union der Anstalt für Religion e.V."
    a = _article(f'<meta name="author" content="{name}">')
    assert (a.authors, a.byline) == ([], [name])


def test_a_photos_credit_word_in_an_author_element_is_no_name():
    a = _article('<meta name="author" content="100% Noticias">', '<div class="author">Cortesía</div>')
    assert (a.authors, a.byline) == ([], ["100% Noticias"])


@pytest.mark.parametrize(
    "line,expected",
    [
        ("<p>Herausgeber: Nordex SE</p>", ["Nordex SE"]),
        ("<p>Quelle: TSV Bayer Dormagen</p>", ["TSV Bayer Dormagen"]),
        # a date is no credit
        ("<p>Quelle: 24.3.2020</p>", []),
    ],
)
def test_a_publisher_or_source_line_credits_where_nothing_else_does(line, expected):
    assert _article("", _STORY + line).byline == expected


def test_a_source_line_does_not_outrank_a_stated_credit():
    assert _article('<meta name="author" content="HLNF Staff Report">', "<p>Quelle: dpa</p>").byline == ["HLNF Staff Report"]


@pytest.mark.parametrize(
    "line,expected",
    [
        # a credit after the date, beside a count
        ("<p>8. Dezember 2010 um 09:43 · Rezepte von Mutti · 6 Kommentare</p>", ["Rezepte von Mutti"]),
        ("<p>16.10.2019 betrifft: ... ∙ SWR Fernsehen</p>", ["SWR Fernsehen"]),
        # a category is one word; tags or an event's name stand before the date
        ("<p>16.10.2021 | Botschaft</p>", []),
        ("<p>Bundesliga Fernsehgucken Filzball Malte Welding | 29.07.2006 um 14:26</p>", []),
    ],
)
def test_a_credit_set_off_by_bars_after_the_date(line, expected):
    a = _article("", _STORY + line)
    assert (a.authors, a.byline) == ([], expected)


@pytest.mark.parametrize(
    "byline_html,expected",
    [
        # a byline line that credits the desk by its role word: the desk is
        # the credit (a tag's role word alone is none: test_no_credit)
        ('<p class="byline">By Editorial Staff</p>', ["Editorial Staff"]),
        ('<p class="byline">Von der Redaktion</p>', ["Redaktion"]),
        ('<p class="byline">By the Editors</p>', ["Editors"]),
        # an author-classed element holding the role word alone
        ('<span class="author">Redacción</span>', ["Redacción"]),
    ],
)
def test_a_byline_line_that_credits_the_desk_by_its_role(byline_html, expected):
    a = _article("", byline_html)
    assert (a.authors, a.byline) == ([], expected)


@pytest.mark.parametrize("value", ["Redaktion", "Staff Writer", "Redacción"])
def test_a_tag_that_credits_the_desk_by_its_role(value):
    a = _article(f'<meta name="author" content="{value}">')
    assert (a.authors, a.byline) == ([], [value])


def _page(body: str):
    page = clean_html(f"<html><head></head><body>{body}</body></html>")
    return extract_metadata(page, "\n\n".join(page.blocks))


@pytest.mark.parametrize(
    "line,expected",
    [
        # a user name after the date, in a line of the page no element marks as a byline
        ("<div class='meta'>11.09.2011, 16:20 von harbourfox</div>", ["harbourfox"]),
        # a labelled desk or initials, up to the next label
        ("<div class='meta'>Autor: red</div>", ["red"]),
        ("<div class='meta'>Autor: Online Redaktion Kategorie: Umwelt</div>", ["Online Redaktion"]),
        # a count or a label is no credit
        ("<div class='meta'>Bild 1 von 10 Vollbild</div>", []),
        ("<div class='meta'>Posted by Archived</div>", []),
    ],
)
def test_a_credit_in_a_line_that_opens_with_a_byline_word(line, expected):
    a = _page(f"<div class='site'>{line}</div><article><h1>The plan</h1>{_STORY}</article>")
    assert (a.authors, a.byline) == ([], expected)


def test_a_shown_source_comes_before_the_sites_own_name_in_the_author_tag():
    # the tag fills in the site; the page credits the agency that wrote it
    a = _article('<meta name="author" content="kirchenblatt.ch">', _STORY + "<p>Quelle: kipa</p>")
    assert (a.authors, a.byline) == ([], ["kipa"])
    # with no other credit, the site's name the tag states is the byline
    assert _article('<meta name="author" content="kirchenblatt.ch">').byline == ["kirchenblatt.ch"]


def test_a_source_atop_the_body_cites_the_facts_and_credits_no_one():
    body = "<p>Source: Ministry of Transport, May 2, 2021</p>" + _STORY * 3
    assert _article("", body).byline == []
    assert _article('<meta name="author" content="factline.org">', body).byline == ["factline.org"]
    # a publisher issues the text wherever it stands
    assert _article("", "<p>Herausgeber: Nordwind AG</p>" + _STORY * 3).byline == ["Nordwind AG"]


@pytest.mark.parametrize(
    "head,byline_html,expected",
    [
        # a user name the page shows or states as the writer counts, "admin" too
        ("", '<p class="byline">by siteadmin</p>', ["siteadmin"]),
        ("", '<span class="author">admin</span>', ["admin"]),
    ],
)
def test_a_user_name_named_for_a_role_is_credited_as_shown(head, byline_html, expected):
    a = _article(head, byline_html)
    assert (a.authors, a.byline) == ([], expected)


@pytest.mark.parametrize(
    "lead,expected",
    [
        ("<p>Graz (kipa) – Die Synode tagte am Montag und beriet über den Haushalt der Diözese.</p>", ["kipa"]),
        ("<p>Frankfurt am Main (ots) - Die Messe beginnt heute mit zwei neuen Hallen.</p>", ["ots"]),
        # the agency alone in brackets, before the lead or the date
        ("<p>(APA).- Die Regierung legte am Montag den Haushalt für das kommende Jahr vor.</p>", ["APA"]),
        ("<p>(Agenturen) | Stand: 05/08/2019</p>", ["Agenturen"]),
        # brackets that hold no agency: a year, a place
        ("<p>Berlin (2021) – Die Stadt wuchs weiter und baute drei neue Schulen.</p>", []),
        ("<p>(Leipzig) – Die Stadt wuchs weiter und baute drei neue Schulen.</p>", []),
    ],
)
def test_the_agency_a_dateline_names_is_the_credit(lead, expected):
    a = _article("", lead)
    assert (a.authors, a.byline) == ([], expected)


def test_a_tags_label_before_the_organisation_goes():
    a = _article('<meta name="author" content="Verein: Freunde der Burg in Lauenstein e.V.">')
    assert (a.authors, a.byline) == ([], ["Freunde der Burg in Lauenstein e.V."])
