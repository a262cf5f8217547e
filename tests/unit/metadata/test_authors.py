"""Bylines: which names the authors are, from what the page states and shows."""

import json

import pytest

from declcli.clean import clean_html
from declcli.metadata import extract_metadata

_STORY = "<p>" + "The council met on the plan again and the members argued about the costs of it. " * 6 + "</p>"


def _closing_authors(after_story: str) -> list[str]:
    """The authors of an article whose story `after_story` closes."""
    page = clean_html(f"<html><body><article><h1>The plan</h1>{_STORY}{after_story}</article></body></html>")
    return extract_metadata(page, "\n\n".join(page.blocks)).authors


def _authors(head: str, byline_html: str) -> list[str]:
    page = clean_html(f"<html><head>{head}</head><body><article><h1>The plan</h1>{byline_html}{_STORY}</article></body></html>")
    return extract_metadata(page, "\n\n".join(page.blocks)).authors


@pytest.mark.parametrize(
    "byline,expected",
    [
        # the names end where the date begins: a weekday, a month, a day
        ('<p class="byline">by Jeff Foust Monday, November 18, 2019</p>', ["Jeff Foust"]),
        ('<p class="byline">By Carrie Arnold November 15, 2019</p>', ["Carrie Arnold"]),
        ('<p class="byline">By Randy Maniloff Nov. 18, 2019 7:04 pm ET</p>', ["Randy Maniloff"]),
        (
            '<p class="byline">Por Laura Jordán / Javier Urbina 22 de Abril de 2022 - 00:00 HS</p>',
            ["Laura Jordán", "Javier Urbina"],
        ),
        # a note in brackets after the name
        ('<p class="byline">By Ann Lee (Reuters)</p>', ["Ann Lee"]),
        # a line that opens with its date names no one before it
        ('<p class="byline">Donnerstag, 4. November 2021</p>', []),
        ('<p class="byline">November 4, 2021</p>', []),
        # or where "at" or "um" and the time follow the name
        ('<p class="byline">Posted by Ann Lee at 12:53</p>', ["Ann Lee"]),
        ('<p class="byline">posted by kmueller at 9:05 pm</p>', ["kmueller"]),
        ('<p class="byline">Von Lena Berg um 10:15 Uhr</p>', ["Lena Berg"]),
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


@pytest.mark.parametrize(
    "lines,expected",
    [
        # a byline beside its date, which the cleaner sets aside or keeps as text
        ('<div class="dates"><p>Par Matthieu Hy le 07 Mai 2020</p><p>Voir aussi</p></div>', ["Matthieu Hy"]),
        ("<p>(wird fortgesetzt)</p><p>Text: Klausmartin Friedrich</p>", ["Klausmartin Friedrich"]),
        ('<div class="meta"><p>Datum: 03.11.2021 Autor: Peter Maahn/SP-X Lesezeit: 5 min</p></div>', ["Peter Maahn"]),
        ("<p>Written by Rachael Link, MS, RD on November 14, 2019</p>", ["Rachael Link"]),
        # a byline word with its colon; a line naming the site or a desk does not end the search
        ("<p>Written by: Julie Mollins</p>", ["Julie Mollins"]),
        ("<p>Autor: Samuel Diekmann (Sponsored Post), Redner bei rent-a-pastor.com</p>", ["Samuel Diekmann"]),
        # the byline set off by dashes, or opened by a longer phrase
        ("<p>---- by Kenneth Surin</p>", ["Kenneth Surin"]),
        ("<p>Blog Beitrag von Margarita Koreneva</p>", ["Margarita Koreneva"]),
        ('<div class="meta"><p>By Redaktion -</p></div><p>Text: Klausmartin Friedrich</p>', ["Klausmartin Friedrich"]),
        # a word alone is as often a label; a copyright line names an owner
        ('<div class="meta"><p>Posted by Archived</p></div>', []),
        ("<footer><p>© 2017 VON DER SEE Werbeagentur. Impressum</p></footer>", []),
        # a sentence of the story that holds "by" after a date is no byline
        ("<p>The declaration was signed in Moscow on February 22 by Presidents Vladimir Putin and Ilham Aliyev.</p>", []),
    ],
)
def test_a_line_that_opens_with_a_byline_word_when_nothing_else_names_anyone(lines, expected):
    page = clean_html(f"<html><body><article><h1>The plan</h1>{_STORY}{lines}</article></body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).authors == expected


def test_a_bylines_names_end_at_the_next_label():
    # before a later line of the author box that opens with "Von"
    byline = (
        '<div class="author">Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet</div>'
        '<p class="author">Von Sprachregeln und Gender-Politik</p>'
    )
    assert _authors("", byline) == ["Fritz Imhof"]


def test_a_user_name_a_byline_word_introduces_comes_before_a_later_lines_name():
    # the post's own byline names a user; a later line is a sponsor's box
    bylines = '<p class="author">von lupa am 26/10/13, 03:48 pm</p><p class="author">von Gesponserte Inhalte</p>'
    assert _authors("", bylines) == ["lupa"]


def test_a_line_that_is_a_list_of_full_names_is_a_byline():
    bylines = (
        '<p class="author">Servel rechazó reembolso</p><p class="author">Isabel Caro, Rocío Latorre y José Miguel Wilson</p>'
    )
    assert _authors("", bylines) == ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]


def test_a_stated_names_quotes_go():
    assert _authors('<meta name="author" content="&#39;Luana Patriolino, Raphael Felice&#39;">', "") == [
        "Luana Patriolino",
        "Raphael Felice",
    ]


@pytest.mark.parametrize(
    "item,expected",
    [
        # a forum thread states its first post, a recipe site its recipe
        (
            '{"@type": "DiscussionForumPosting", "headline": "Patch notes", "author": {"@type": "Person", "name": "Tiberius"}}',
            ["Tiberius"],
        ),
        ('{"@type": "Recipe", "name": "Zitronenkuchen", "author": {"@type": "Person", "name": "Kathrin"}}', ["Kathrin"]),
        # a review's author wrote the review, not the page
        ('{"@type": "Review", "author": {"@type": "Person", "name": "Jane Reader"}}', []),
    ],
)
def test_the_author_of_a_forum_post_or_recipe_item_when_the_page_has_no_article_item(item, expected):
    assert _authors(f'<script type="application/ld+json">{item}</script>', "") == expected


@pytest.mark.parametrize(
    "box,expected",
    [
        # a comment form's label and an author box's buttons, where a name would stand
        ('<div class="comment-author">Name</div>', []),
        ('<div class="author">Unknown</div>', []),
        ('<div class="author">Follow</div><p class="author">By Inga Hoeltmann</p>', ["Inga Hoeltmann"]),
        ('<div class="author">Alle Beiträge</div>', []),
        ('<div class="comment-author">Nama (wajib)</div>', []),
    ],
)
def test_labels_and_buttons_where_a_name_would_stand_are_no_names(box, expected):
    assert _authors("", box) == expected


@pytest.mark.parametrize(
    "box",
    [
        # a desk, then the box's blurb: its words after a comma are no names
        '<div class="author">Autor Teufel Blog Redaktion Alles über Lautsprecher, Heimkino und HiFi-Trends.</div>',
        # a comment that happens to open with a byline word ("da")
        '<p class="author">Da können Sie Einzelfälle heranziehen wie Sie wollen, Laberfred</p>',
    ],
)
def test_a_bylines_names_start_the_line(box):
    assert _authors("", box) == []


@pytest.mark.parametrize(
    "head,expected",
    [
        # a paper states each of its authors in a tag of its own
        (
            '<meta name="dc.creator" content="Michael L. Anderson"><meta name="dc.creator" content="Carlos Dobkin">'
            '<meta name="dc.creator" content="Devon Gorry">',
            ["Michael L. Anderson", "Carlos Dobkin", "Devon Gorry"],
        ),
        (
            '<meta name="citation_author" content="Ann Lee"><meta name="citation_author" content="Bo Chen">',
            ["Ann Lee", "Bo Chen"],
        ),
        # a sharing plugin's author tag; a byline word before "by"
        ('<meta name="shareaholic:article_author_name" content="Philippe Perreaux">', ["Philippe Perreaux"]),
        ('<meta name="author" content="Analysis by Chris Cillizza, CNN Editor-at-large">', ["Chris Cillizza"]),
    ],
)
def test_author_tags_of_papers_and_plugins(head, expected):
    assert _authors(head, "") == expected


@pytest.mark.parametrize(
    "author,expected",
    [
        # a middle initial that spells a one-letter "and" ("e", "y") is an initial
        ("Sarah E. Needleman", ["Sarah E. Needleman"]),
        ("Bruce Y. Lee", ["Bruce Y. Lee"]),
        ("Rocío Latorre y José Miguel Wilson", ["Rocío Latorre", "José Miguel Wilson"]),
        ("Glen Owen AND Brendan Carlin", ["Glen Owen", "Brendan Carlin"]),
    ],
)
def test_a_middle_initial_is_no_and(author, expected):
    ld = json.dumps({"@type": "NewsArticle", "author": {"@type": "Person", "name": author}})
    assert _authors(f'<script type="application/ld+json">{ld}</script>', "") == expected


@pytest.mark.parametrize(
    "elsewhere",
    [
        # a sidebar's recent comments (WordPress)
        '<aside class="widget widget_recent_comments"><ul id="recentcomments"><li class="recentcomments">'
        '<span class="comment-author-link"><a class="url">Steffi Gruber</a></span> bei Was wir empfehlen</li></ul></aside>',
        # a thread under the story
        '<div class="comments" id="comments"><div class="comment"><p class="commentTitle">'
        '<span class="commentAuthor">Critica</span></p><p>Das sehe ich anders.</p></div></div>',
        # a teaser card of another article
        '<div class="listing"><a href="/other"><div class="listing__item__author"><span>Jörn Mecher</span></div>'
        "<h3>Another story</h3></a></div>",
        # a teaser's byline beside its link, its category before the date
        '<div class="c-teaser__body"><a href="/other"><h3>Another story</h3></a>'
        '<p class="c-teaser__byline">Kultur<span class="pipe">|</span><time>19.10.19</time></p></div>',
        '<div class="teaser"><p class="author">Ann Lee</p></div>',
    ],
)
def test_a_comments_or_a_teasers_author_is_not_the_articles(elsewhere):
    page = clean_html("<html><body><article><h1>The plan</h1>" + _STORY + "</article>" + elsewhere + "</body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).authors == []


def test_a_comments_link_beside_the_byline_is_no_thread():
    byline = '<div class="comments-link"><span class="author">By Ann Lee</span></div>'
    assert _authors("", byline) == ["Ann Lee"]


@pytest.mark.parametrize(
    "box,expected",
    [
        ('<div class="author-bio">Martin Junker Alles von Martin Junker | +49 030 5683 8000 60</div>', ["Martin Junker"]),
        (
            '<div class="author-box">Inga Hoeltmann Follow Transformationsbegleiterin und Expertin für Neue Arbeit</div>',
            ["Inga Hoeltmann"],
        ),
        ('<div class="author-box">Jose Altoveros View More Articles</div>', ["Jose Altoveros"]),
        # a heading of the box is no name
        ('<div class="author">Zur Person Alle Beiträge Blogbeiträge zu unseren Themen</div>', []),
    ],
)
def test_an_author_boxs_name_stands_before_its_label_or_button(box, expected):
    assert _authors("", box) == expected


def _page_with_footer(footer: str, head: str = "") -> list[str]:
    body = f"<article><h1>The plan</h1>{_STORY}</article><footer><p>{footer}</p></footer>"
    page = clean_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(page, "\n\n".join(page.blocks)).authors


@pytest.mark.parametrize(
    "footer,expected",
    [
        # a personal site's copyright holder is its writer
        ("Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by CSS Templates.", ["Gregory Szorc"]),
        ("(c) Johannes Wolf • Weitere Rechte siehe Impressum", ["Johannes Wolf"]),
        ("© 2019 Sven Schreivogel", ["Sven Schreivogel"]),
        # a company, an agency, a phrase, a line glued to the next
        ("© 2019 Hearst Communications, Inc. All Rights Reserved.", []),
        ("Copyright © 2019 The Detroit News", []),
        ("© 2019 Associated Press", []),
        ("Copyright © All Rights Reserved", []),
        ("© 2020 Wolfgang Michal DatenschutzImpressumDesignTwitter", []),
    ],
)
def test_the_copyright_holders_full_name_when_no_source_names_anyone(footer, expected):
    assert _page_with_footer(footer) == expected


def test_the_copyright_holder_is_not_the_sites_name():
    head = '<meta property="og:site_name" content="TechFieber Greentech Live">'
    assert _page_with_footer("© 2022 Greentech Live", head) == []


@pytest.mark.parametrize(
    "line,expected",
    [
        # a full name set off by bars from its date, time or published word
        ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", ["Uta Helkenberg"]),
        ("Jacobo Betancur Peláez | Publicado hace 3 horas", ["Jacobo Betancur Peláez"]),
        ("Ann Lee · Monday, May 4, 2020", ["Ann Lee"]),
        ("By Ann Lee | 12/10/2020", ["Ann Lee"]),
        # a category or a place beside the date, a label, two other parts
        ("2021-10-16 | Botschaft", []),
        ("10.12.2022 07:00 | Druckvorschau", []),
        ("Olympische Winterspiele | 02 Feb. 2022 | Biathlon Weltcup", []),
        ("Ann Lee | Ben Ray", []),
        # a day without its year, a path, a count is no date
        ("30.11. | Buch der Woche", []),
        ("Symbolbild Rettungsdienst | 2022/01/Rettungsdienst_Walther.jpg", []),
        ("Ann Lee | 6 Kommentare", []),
    ],
)
def test_a_full_name_set_off_by_bars_from_the_date(line, expected):
    # the line under the headline, in the body or set aside by the cleaner
    body = f"<article><h1>The plan</h1><p>{line}</p>{_STORY}</article>"
    page = clean_html(f"<html><head></head><body>{body}</body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).authors == expected


@pytest.mark.parametrize(
    "head,byline_html,expected",
    [
        # a stated author that is the shown byline, with the writers' paper
        (
            '<script type="application/ld+json">'
            + json.dumps(
                {
                    "@type": "NewsArticle",
                    "author": {"@type": "Person", "name": "By Glen Owen And Brendan Carlin For The Mail On Sunday"},
                }
            )
            + "</script>",
            "",
            ["Glen Owen", "Brendan Carlin"],
        ),
        ("", '<p class="byline">By Tom Pyman for MailOnline</p>', ["Tom Pyman"]),
    ],
)
def test_the_writers_paper_after_for_is_no_part_of_a_name(head, byline_html, expected):
    assert _authors(head, byline_html) == expected


@pytest.mark.parametrize(
    "line",
    [
        '<div class="submitted">Submitted by <a href="/user/7">Gàbor Muniér</a> on 3 March 2019</div>',
        # inside the article's header, among its other lines
        '<header><ul><li class="headline">Falscher Aktionismus ist schlimmer als keiner, meint er</li>'
        '<li class="submitted"><span>Author: <a href="/autoren/gabor-munier">Gàbor Muniér</a>, Datum: 03.Mär.19</span></li>'
        "</ul></header>",
    ],
)
def test_drupals_submitted_line_is_a_byline(line):
    assert _authors("", line) == ["Gàbor Muniér"]


def test_a_broadcaster_is_no_person():
    assert _page_with_footer("© Hessischer Rundfunk") == []
    assert _authors('<meta name="author" content="Bayerischer Rundfunk">', "") == []


def test_a_reviews_or_comments_microdata_author_is_not_the_articles():
    reviews = (
        '<div itemprop="review" itemscope itemtype="http://schema.org/Review">'
        '<span itemprop="author">Verifizierte/r Tierfreund/in</span><p itemprop="reviewBody">Super Artikel!</p></div>'
        '<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Georg N.</span></div>'
    )
    page = clean_html("<html><body><article><h1>The plan</h1>" + _STORY + "</article>" + reviews + "</body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).authors == []
    # the article's own microdata author stays
    own = '<div itemscope itemtype="https://schema.org/Article"><span itemprop="author">Ann Lee</span></div>'
    assert _authors("", own) == ["Ann Lee"]


def test_an_author_value_that_is_the_writers_blurb_is_no_list_of_names():
    box = (
        '<div itemprop="author">Paddy Patrick Ludolph, Fotograf aus Hamburg und Gründer von Neunzehn72. '
        "Ich mag jede Art von Fotografie, aber ein Mensch muss bei meinen Fotos meistens mit drauf sein.</div>"
    )
    assert _authors("", '<span class="author">Paddy</span>' + box) == ["Paddy"]


def test_the_first_byline_decides_though_it_names_a_user():
    # an index of posts: the first post's author element holds a user name
    posts = (
        '<p class="entry-meta">Publiziert am 13. Januar 2014 von <span class="author">uriebe</span></p>'
        + _STORY
        + '<p class="entry-meta">Publiziert am 26. Mai 2013 von <span class="author">Tom Stelling</span></p>'
    )
    assert _authors("", posts) == ["uriebe"]


@pytest.mark.parametrize(
    "credits,expected",
    [
        (
            '<div class="credits">Interview SVEN MICHAELSEN FOTOGRAF ERIC MICHAEL ROY '
            "CREATIVE DIRECTOR &amp; STYLING ANNA LEE</div>",
            ["SVEN MICHAELSEN"],
        ),
        ('<p class="byline">By Ann Lee Photos Max Roe</p>', ["Ann Lee"]),
    ],
)
def test_a_credits_lines_names_end_at_the_next_role(credits, expected):
    page = clean_html(f"<html><body><article><h1>The plan</h1>{_STORY}</article>{credits}</body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).authors == expected


def test_a_teasers_byline_is_not_read_again_among_the_lines_set_aside():
    related = (
        '<div class="list"><a href="/other"><h4>Wie Werte eine neue Kultur formen</h4>'
        '<span class="author">Von Jörn Mecher am 08.12.2022</span></a></div>'
    )
    page = clean_html("<html><body><article><h1>The plan</h1>" + _STORY + "</article>" + related + "</body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).authors == []


@pytest.mark.parametrize(
    "after_story,expected",
    [
        # the article signed at its end after a dash
        ("<p>– Tamsin Oakley</p>", ["Tamsin Oakley"]),
        # a name over the date, after the lead's paragraph
        ("<p>Olivia Brandt</p><p>Thursday, 21 April 2022</p>" + _STORY, ["Olivia Brandt"]),
        # a box's heading or a closing greeting at the end is no signature
        ("<p>Similar Articles</p>", []),
        ("<p>Guten Appetit!</p>", []),
        # a category over a date that "Posted on" opens
        ("<p>Business Buzz</p><p>Posted on April 29, 2022</p>" + _STORY, []),
    ],
)
def test_a_full_name_alone_that_signs_the_article_or_stands_over_its_date(after_story, expected):
    assert _closing_authors(after_story) == expected


def test_an_account_named_for_a_role_gives_way_to_the_writer_a_lead_opens_with():
    # the posting account in capitals, and the writer's byline opening the lead up to a colon
    item = {"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Person", "name": "KPNTEAM"}}
    head = f'<script type="application/ld+json">{json.dumps(item)}</script>'
    lead = "<p>By Lena Okafor: The health agency warns that the surge is not over yet and asks for care.</p>"
    assert _authors(head, lead) == ["Lena Okafor"]


def test_two_words_joined_by_an_ampersand_in_a_tag_are_a_firm_not_two_people():
    assert _authors('<meta name="author" content="Mills & Quarry">', '<p class="byline">By Dana Whitlock</p>') == [
        "Dana Whitlock"
    ]


@pytest.mark.parametrize(
    "head,byline,expected",
    [
        # where the writer files from, among the names
        ("", '<p class="byline">Von Hanna Feldkamp, Hamburg</p>', ["Hanna Feldkamp"]),
        ('<meta name="author" content="Pia Morlot, Madrid, Jonas Brill">', "", ["Pia Morlot", "Jonas Brill"]),
        # a one-word name that is no place stays
        ("", '<p class="byline">By Ann Lee and Prince</p>', ["Ann Lee", "Prince"]),
    ],
)
def test_a_city_among_the_names_is_where_the_writer_files_from(head, byline, expected):
    assert _authors(head, byline) == expected


def test_a_place_and_its_country_after_the_last_name_go():
    byline = '<p class="byline">Von Maren Tiedke und Jonas Albrecht Lodwar /Kenia</p>'
    assert _authors("", byline) == ["Maren Tiedke", "Jonas Albrecht"]


@pytest.mark.parametrize(
    "meta_html,expected",
    [
        # the writer's name links to the writer's page, beside the date, with no byline word
        ('<div><a href="/author/okafor-l/">Lena Okafor</a> <span>12. März 2021</span></div>', ["Lena Okafor"]),
        ('<ul><li><a href="https://example.org/autoren/hans-berg">Hans Berg</a></li><li>03.05.2020</li></ul>', ["Hans Berg"]),
        # a user's profile page, as a fiction or forum site links its writer
        ('<div><a href="/profile/142450">Mara Quill</a> <span>12. März 2021</span></div>', ["Mara Quill"]),
        # a link to another page, or an author link inside a teaser card, names no writer of this page
        ('<div><a href="/tags/lena-okafor/">Lena Okafor</a></div>', []),
        ('<div class="teaser"><a href="/author/ruth-amsel/">Ruth Amsel</a></div>', []),
        # a link whose text is no name
        ('<div><a href="/author/okafor-l/">Alle Beiträge</a></div>', []),
    ],
)
def test_a_link_to_the_writers_page_names_the_writer(meta_html, expected):
    assert _authors("", meta_html) == expected


@pytest.mark.parametrize(
    "link,credit",
    [
        # a desk's page: the desk is credited, no person named
        ('<a href="/author/hof-eg/">Gartenhof eG</a>', "Gartenhof eG"),
        # a user's profile page: the user name is credited (no person's name)
        ('by <a href="/profile/142450">delta201</a>', "delta201"),
    ],
)
def test_a_link_to_a_desks_page_or_a_users_profile_credits_it_as_the_byline(link, credit):
    page = clean_html(f"<html><body><article><h1>The plan</h1><p>{link}</p>{_STORY}</article></body></html>")
    a = extract_metadata(page, "\n\n".join(page.blocks))
    assert (a.authors, a.byline) == ([], [credit])


def test_a_name_set_off_by_a_bar_from_the_date_inside_a_footer_line_of_categories():
    # the footer joins the categories and the name-and-date line into one
    # removed line; the page's own line of the name and the date gives it
    footer = (
        '<div class="entry-footer"><div class="cats"><a href="/c/sport">Sport</a> <a href="/c/tv">Fernsehen</a></div>'
        '<div class="right"><span>Lena Okafor</span> | 29.07.2006 um 14:26</div></div>'
    )
    page = clean_html(f"<html><body><article><h1>The plan</h1>{_STORY}{footer}</article></body></html>")
    assert extract_metadata(page, "\n\n".join(page.blocks)).authors == ["Lena Okafor"]


def test_categories_listed_beside_a_teasers_date_are_no_author_and_no_credit():
    teaser = '<div class="more"><p>Mai 21 2019, 14:34 | Medien, Politik</p></div>'
    page = clean_html(f"<html><body><article><h1>The plan</h1>{_STORY}</article>{teaser}</body></html>")
    a = extract_metadata(page, "\n\n".join(page.blocks))
    assert (a.authors, a.byline) == ([], [])


@pytest.mark.parametrize(
    "last,expected",
    [
        # the writer's bio closes the article
        ("<p><em>Hanna Reyes is a freelance writer and the founder of a small studio in Lisbon.</em></p>", ["Hanna Reyes"]),
        ("<p>Jonas Albrecht ist ein Journalist aus Kassel und schreibt über Energie.</p>", ["Jonas Albrecht"]),
        # a person the text is about, no bio; a question; a thing
        ("<p>Taylor Swift is ready to take her songs back, the singer said on Monday.</p>", []),
        ("<p>About Us What is a Container? Why Docker? Careers</p>", []),
        ("<p>Die Broschüre ist eine Sammlung von Tipps für den Alltag.</p>", []),
    ],
)
def test_a_bio_line_that_closes_the_article_names_the_writer(last, expected):
    assert _closing_authors(last) == expected


@pytest.mark.parametrize(
    "last,expected",
    [
        # a post signed with a first name and the day, after its last sentence
        ("<p>Bis bald, und danke für alles!</p><p>Benno<br>10. September 2017</p>", ["Benno"]),
        ("<p>See you soon.</p><p>Anna Berg, 3 March 2020</p>", ["Anna Berg"]),
        # a place, a date label, a category or more words beside the date sign nothing
        ("<p>See you soon.</p><p>Berlin, 3. März 2020</p>", []),
        ("<p>See you soon.</p><p>Stand 10.09.2017</p>", []),
        ("<p>See you soon.</p><p>Film 10. September 2017 Kritik</p>", []),
    ],
)
def test_a_name_and_its_date_that_close_the_article_sign_it(last, expected):
    assert _closing_authors(last) == expected
