"""Which blocks make the story: the chosen container and its sibling
sections, an article's own header lead, and the rule -vv names for each
block left out (clean.trace_drops gives the same rules with whole texts)."""

from declcli.clean import clean_html, trace_drops

PARA = "The council met on Monday and agreed, after a long debate, to rebuild the harbour wall before winter. "


def page(body: str) -> str:
    return f"<html><head><title>Harbour wall</title></head><body>{body}</body></html>"


def blocks_after_story(lines: list[str]) -> list[str]:
    """The blocks of a story of four paragraphs followed by `lines`, a paragraph each."""
    story = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(4))
    body = story + "".join(f"<p>{line}</p>" for line in lines)
    return clean_html(page(f"<div class='story'>{body}</div>")).blocks


def assert_chrome_goes_text_stays(sentences: list[str], chrome: list[str]) -> None:
    """After a story, `sentences` stay in its blocks and `chrome` goes."""
    blocks = blocks_after_story(sentences + chrome)
    assert all(s in blocks for s in sentences)
    assert not any(c in blocks for c in chrome)


def test_sibling_sections_of_the_article_are_joined():
    sections = "".join(
        f'<div class="section"><div class="text"><p>{PARA}Part {i}, first.</p><p>{PARA}Part {i}, second.</p></div></div>'
        for i in (1, 2, 3)
    )
    text = "\n".join(clean_html(page(f'<nav><a href="/">Home</a></nav><main>{sections}</main>')).blocks)
    for i in (1, 2, 3):
        assert f"Part {i}, first." in text and f"Part {i}, second." in text


def test_a_link_list_next_to_the_article_is_not_joined():
    links = "".join(f'<li><a href="/n{i}">Another story about the harbour and its wall, number {i}</a></li>' for i in range(8))
    body = f'<div><div class="story"><p>{PARA}One.</p><p>{PARA}Two.</p><p>{PARA}Three.</p></div><ul>{links}</ul></div>'
    text = "\n".join(clean_html(page(body)).blocks)
    assert "One." in text and "Three." in text
    assert "Another story" not in text


def test_an_articles_own_header_keeps_its_lead_not_its_labels():
    lead = "Councillors approved the plan to rebuild the sea wall, which the February storm breached in two places."
    body = (
        f'<header class="site-header"><a href="/">The Courier</a> Sport Weather Opinion</header>'
        f'<article><header><span>News</span><h1>Harbour wall</h1><p class="lead">{lead}</p>'
        f'<div>5 March 2024</div></header><div class="body"><p>{PARA}One.</p><p>{PARA}Two.</p></div></article>'
    )
    blocks = clean_html(page(body)).blocks
    assert blocks[0] == lead
    text = "\n".join(blocks)
    assert "Sport Weather" not in text and "News" not in text and "5 March 2024" not in text


def test_each_dropped_block_is_traced_with_its_rule():
    body = (
        f'<div class="share-bar">Share on Facebook</div><div class="story"><p>{PARA}One.</p><p>{PARA}Two.</p></div>'
        '<div class="other"><p>A short note elsewhere.</p></div>'
    )
    with trace_drops() as trace:
        page_ = clean_html(page(body))
    rules = dict(trace)
    assert rules.get("class share-bar") == "Share on Facebook"
    assert [w for w, t in trace if t == "A short note elsewhere."] == ["outside the story"]
    # -vv shows the same rules, with the text cut
    assert ("outside the story", "A short note elsewhere.") in page_.removed


def test_a_stray_noscript_does_not_swallow_the_page():
    # an unclosed <noscript><div>: the parser puts the rest of the page inside it
    html = (
        f'<html><head><title>t</title></head><body><noscript><div class="nojs">'
        f'<div class="story"><p>{PARA}One.</p><p>{PARA}Two.</p></div></body></html>'
    )
    text = "\n".join(clean_html(html).blocks)
    assert "One." in text and "Two." in text


def test_noscript_is_read_when_the_page_has_no_other_text():
    html = (
        f'<html><head><title>t</title></head><body><div id="app"></div>'
        f'<noscript><div class="post"><p>{PARA}One.</p><p>{PARA}Two.</p></div></noscript></body></html>'
    )
    assert "One." in "\n".join(clean_html(html).blocks)


def test_a_noscript_beside_the_story_is_still_dropped():
    html = (
        f'<html><head><title>t</title></head><body><div class="story"><p>{PARA}One.</p><p>{PARA}Two.</p>'
        "<noscript><p>Please enable JavaScript to view the comments powered by our comment system.</p></noscript>"
        "</div></body></html>"
    )
    text = "\n".join(clean_html(html).blocks)
    assert "One." in text and "enable JavaScript" not in text


def test_weak_chrome_words_count_only_as_the_head_of_a_name():
    from declcli.clean import _chrome_reason

    for content in (
        "cmp-text",
        "tag-news",
        "print-full",
        "language-dockerfile",
        "article-header-full__lead",
        "what-are-you-looking-forward-to-next",
    ):
        assert _chrome_reason("div", {"class": content}) is None, content
    for chrome in (
        "post-tags",
        "tags",
        "site-header",
        "tags-list",
        "widget-area",
        "eventsListWidget",
        "cmp-nav",
        "share-bar",
        "related-posts",
    ):
        assert _chrome_reason("div", {"class": chrome}) is not None, chrome


def test_chrome_lines_are_known_in_more_languages():
    from declcli.clean import is_chrome_text

    for line in (
        "Das könnte Sie auch interessieren!",
        "Ähnliche Beiträge",
        "Le puede interesar",
        "Kommentare schreiben",
        "Keine Kommentare",
        "(Noch keine Bewertungen)",
        "Zurück zur Übersicht",
        "Seite teilen",
        "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.",
        "Über den Autor",
        "- Anzeige-",
        "War der Artikel nützlich?",
    ):
        assert is_chrome_text(line), line
    for line in (
        "Kommentare von Lesern zeigen, dass die Debatte über den Hafen weitergeht.",
        "Zurück in Berlin sprach der Minister mit der Presse über die Gespräche.",
    ):
        assert not is_chrome_text(line), line


def test_a_page_whose_posts_are_named_like_comments_is_not_empty():
    posts = "".join(f'<div class="comment"><div class="comment-text"><p>{PARA}Post {i}.</p></div></div>' for i in range(1, 7))
    html = page(f'<div class="forum"><h1>Thread</h1>{posts}</div>')
    text = "\n".join(clean_html(html).blocks)
    assert "Post 1." in text and "Post 6." in text


def test_the_other_posts_of_a_thread_are_joined():
    def post(i):
        return (
            f'<div class="message"><div class="cell"><div class="main"><div class="content"><div class="user">'
            f'<article class="body"><p>{PARA}Post {i}.</p></article></div></div></div></div></div>'
        )

    text = "\n".join(clean_html(page(f'<div class="thread">{"".join(post(i) for i in range(1, 5))}</div>')).blocks)
    assert all(f"Post {i}." in text for i in range(1, 5))


def test_the_names_switch_and_the_trace_stay_in_their_thread():
    import threading

    from declcli.clean import state

    html = page(f'<div class="share-bar">Share on Facebook</div><div class="story"><p>{PARA}One.</p><p>{PARA}Two.</p></div>')
    seen = {}

    def other():
        seen["text"] = "\n".join(clean_html(html).blocks)
        seen["tracing"] = state.tracing()

    with state.names_not_judged(), trace_drops():
        worker = threading.Thread(target=other)
        worker.start()
        worker.join()
    assert "Share on Facebook" not in seen["text"]  # names judged there
    assert seen["tracing"] is False


def _forum_post(i: int, cls: str = "message message--post") -> str:
    return (
        f'<article class="{cls}"><div class="cell"><div class="main"><div class="content"><div class="user">'
        f'<div class="wrapper"><p>{PARA}Post {i}.</p></div></div></div></div></div></article>'
    )


def test_the_posts_of_a_thread_inside_a_reply_container_are_joined():
    # The thread sits in a container named like comments ("reply"): the
    # other posts are judged by what they are, not by that shared container.
    posts = "".join(_forum_post(i) for i in range(1, 5))
    text = "\n".join(clean_html(page(f'<div class="block-body js-replyNewMessageContainer">{posts}</div>')).blocks)
    assert all(f"Post {i}." in text for i in range(1, 5))


def test_the_posts_of_a_thread_with_an_extra_class_are_joined():
    # The opening post (or a moderator's) carries one more class value.
    posts = _forum_post(1, "message message--post message--mod") + "".join(_forum_post(i) for i in range(2, 5))
    text = "\n".join(clean_html(page(f'<div class="thread">{posts}</div>')).blocks)
    assert all(f"Post {i}." in text for i in range(1, 5))


def test_a_teaser_card_wrapped_in_a_link_is_not_the_story():
    # A teaser's summary reads like prose, but the whole card is one link.
    teasers = "".join(
        f'<li><a href="/t{i}"><div class="card"><span>{PARA}{PARA}Teaser {i}, with, many, commas.</span></div></a></li>'
        for i in range(2)
    )
    body = f'<div class="story"><p>{PARA}Lead.</p></div><ul class="more">{teasers}</ul>'
    text = "\n".join(clean_html(page(body)).blocks)
    assert "Lead." in text
    assert "Teaser" not in text


def test_a_sidebar_longer_than_the_post_beside_it_is_not_the_story():
    # The sidebar holds most of the page's prose, but a story of some
    # length stands outside it: the sidebar is chrome, not a layout wrapper.
    programme = "".join(f"<p>{PARA}{PARA}Programme point {i}, in full.</p>" for i in range(6))
    post = f'<article class="post"><p>{PARA}The post, first.</p>{PARA * 2}<p>{PARA}The post, second.</p></article>'
    body = f'<div id="content">{post}</div><aside class="widget"><div class="textwidget">{programme}</div></aside>'
    text = "\n".join(clean_html(page(body)).blocks)
    assert "The post, first." in text and "The post, second." in text
    assert "Programme point" not in text


def test_credit_comment_subscription_disclosure_and_label_lines_are_chrome():
    from declcli.clean import is_chrome_text

    for line in (
        "Titelbild: Geyres Christophe/ABACA/picture-alliance",
        "Abbildung: Vergleich der Schneehöhen auf dem Gletscher.",
        "Der Minister beim Besuch in Bari. | © Ric Clark",
        "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)",
        "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
        "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.",
        "Posted by K A at 12:11 PM",
        "Newer Post Older Post Home",
        "To view the full story, please subscribe to The Harbour Times.",
        "If you're seeing this message but you're already a subscriber, you can log in.",
        "Zapraszamy też do subskrypcji tygodnika.",
        "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
        "This post contains references to products from one or more of our advertisers.",
        "Les opinions exprimées dans les blogs n'engagent que leurs auteurs.",
        "Warning: Creating default object from empty value in /www/htdocs/wp-includes/classes.php on line 12",
        "Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB | Datei ist nicht barrierefrei",
        "Dieses Skript als PDF herunterladen",
        "Inhaltsverzeichnis",
        "Weitere Informationen zum Coronavirus in Thüringen:",
        "> Council short-changed the harbour fund in 2018",
        "24. März 2004, 19:49 | Genesis",
        "2021-10-16 | Botschaft",
        "HARBOURNEWS.COM",
        "Leiterin Redaktion Leben und Gesundheit",
        "Auch auf harbournews.de",
        "Puede escribirnos a redaccion@example.com o seguir a Puerto en Facebook, Twitter o Instagram.",
        "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit Hafen von Anna.",
        "Online-Pressemappe - alle Pressemitteilungen der Hafen AG | RSS-Feed abonnieren",
        "Anna Muster E-Mail: anna@example.com Telefon: +49 40 300 30",
        "Más sobre La Tercera AM",
    ):
        assert is_chrome_text(line), line
    for line in (
        "Die Abbildung zeigt, wie stark der Gletscher geschrumpft ist.",
        "Readers who subscribe to the paper's print edition pay more since March, the publisher said.",
        "Weitere Informationen gab die Polizei am Abend nicht bekannt.",
        "Kontaktbeschränkungen gelten weiter, sagte die Ministerin.",
        "Home owners near the harbour wall will be asked to leave before winter.",
        "2021-10-16 | Der Rat beschloss am Abend, die Hafenmauer noch vor dem Winter neu zu bauen.",
        "Autorin und Ministerin trafen sich am Montag am Hafen.",
        "Mehr über die Hafenmauer erfuhr der Rat erst im Winter, als die Flut kam.",
    ):
        assert not is_chrome_text(line), line


def test_author_boxes_and_learn_more_boxes_named_by_their_plugins_are_chrome():
    for name in ("saboxplugin-wrap", "author-info", "savoir_plus_block", "paraTypeInteresting-articles"):
        box = f'<div class="{name}"><p>Jane Doe writes about harbours, walls and the sea, and photographs them too.</p></div>'
        body = f"<article><p>{PARA}One.</p><p>{PARA}Two.</p><p>{PARA}Three.</p>{box}</article>"
        text = "\n".join(clean_html(page(body)).blocks)
        assert "Three." in text
        assert "Jane Doe" not in text, name


def test_a_short_section_of_the_same_kind_as_the_story_is_joined():
    # A long FAQ in one column block, a short first section in another of
    # the same kind: it joins however small its share of the story.
    faq = "".join(f"<p>{PARA}{PARA}Answer {i}, in full.</p>" for i in range(12))
    body = (
        '<article class="content">'
        f'<div class="row"><div class="col text"><p>{PARA}The short first section.</p></div></div>'
        f'<div class="row"><div class="col text">{faq}</div></div>'
        "</article>"
    )
    text = "\n".join(clean_html(page(body)).blocks)
    assert "The short first section." in text and "Answer 11, in full." in text


def test_teaser_links_inside_the_story_are_not_its_text():
    # A related article's card wrapped in a link, a "read also" paragraph
    # that is one link, a list of linked headlines: all inside the story.
    body = (
        f"<article><p>{PARA}One.</p>"
        '<a href="/other"><h3>Council loses its vote on the pier</h3><div>The pier stays closed.</div></a>'
        f"<p>{PARA}Two.</p>"
        '<p><a href="/more">Harbour fund: what happens next</a></p>'
        '<ul><li><a href="/a">Storm damage on the coast road</a></li><li><a href="/b">New ferry timetable</a></li></ul>'
        f"<p>{PARA}Three, with <a href='/wall'>a link</a> inside.</p></article>"
    )
    with trace_drops() as trace:
        text = "\n".join(clean_html(page(body)).blocks)
    assert "One." in text and "Two." in text and "Three, with a link inside." in text
    for teaser in ("Council loses", "The pier stays closed", "Harbour fund", "Storm damage", "New ferry"):
        assert teaser not in text, teaser
    rules = {why for why, _ in trace}
    assert {"teaser link", "link item"} <= rules


def test_the_lead_under_the_headline_joins_however_deep_the_body_is():
    # The headline and its lead sit four levels above the paragraphs that
    # choose the container: the lead joins with its heading.
    paras = "".join(f"<p>{PARA}Body {i}.</p>" for i in range(4))
    body = (
        '<article><div class="container"><h1>Harbour wall</h1>'
        "<p>Forgotten today, the harbour wall was once the pride of the town, and its rebuilding is overdue.</p>"
        f'<div class="body"><div class="frame"><div class="inner"><div class="text">{paras}</div></div></div></div>'
        "</div></article>"
    )
    text = "\n".join(clean_html(page(body)).blocks)
    assert "Forgotten today" in text and "Body 3." in text


def test_an_articles_own_header_keeps_a_standfirst_set_as_h2():
    header = (
        "<header><h1>Harbour wall</h1><h2>Not only a wall: the council also wants a new pier, "
        "a ferry landing and a promenade along the sea.</h2><h2>News</h2></header>"
    )
    body = f"<article>{header}<p>{PARA}One.</p><p>{PARA}Two.</p></article>"
    text = "\n".join(clean_html(page(body)).blocks)
    assert "Not only a wall" in text and "Two." in text
    assert "News" not in text.split("\n")


def test_a_list_of_search_terms_joined_by_commas_is_not_the_story():
    # Commas weigh in a paragraph's score; a run of search terms has one
    # every word or two and must not outscore the post.
    terms = " , ".join(f"harbour{i:02d}" if i % 2 else f"pier 80181{i:02d}" for i in range(100))
    post = "".join(f"<p>{PARA}Post line {i}.</p>" for i in range(8))
    body = (
        f'<div class="a"><div class="b"><div class="c"><div class="cell">{terms}</div></div></div></div>'
        f'<div class="x"><div class="y"><div class="z"><div class="post">{post}</div></div></div></div>'
    )
    text = "\n".join(clean_html(page(body)).blocks)
    assert "Post line 0." in text and "Post line 5." in text
    assert "harbour01" not in text


def test_an_image_legend_goes_to_media_not_the_body():
    legend = (
        '<div class="image"><img src="wall.jpg"><div class="legend"><div class="content">The old wall in 1950.</div></div></div>'
    )
    body = f"<article><p>{PARA}One.</p>{legend}<p>{PARA}Two.</p></article>"
    page_ = clean_html(page(body))
    assert "The old wall in 1950." not in "\n".join(page_.blocks)
    assert [m.caption for m in page_.media] == ["The old wall in 1950."]


def test_a_chrome_line_split_by_line_breaks_is_judged_whole():
    body = f"<article><p>{PARA}One.</p><p>{PARA}Two.</p><div>Posted by<br>K A<br>at<br>12:11 PM</div></article>"
    text = "\n".join(clean_html(page(body)).blocks)
    assert "Two." in text
    assert "Posted by" not in text


def test_sections_far_above_the_story_join_inside_its_article_not_outside():
    # The chosen container sits five levels under the <article>: a lead
    # paragraph and a table section that hang higher up in the article
    # join; a teaser section as far up, but outside the article, does not.
    paras = "".join(f"<p>{PARA}Body {i}.</p>" for i in range(4))
    deep = f'<div class="a"><div class="b"><div class="c"><div class="d">{paras}</div></div></div></div>'
    facts = (
        f"<div class='facts'><p>{PARA}The facts, in short.</p>"
        "<table><tr><td>Length of the wall, in metres and rebuilt in stone from the old quarry</td></tr></table></div>"
    )
    body = (
        "<div class='page'><div class='row'>"
        f"<article><p>The council has decided: the harbour wall will be rebuilt before the winter storms come.</p>"
        f"<div class='wrap'>{deep}</div>{facts}</article>"
        "</div>"
        f"<div class='more'><p>{PARA}Another story, elsewhere on the site.</p></div></div>"
    )
    text = "\n".join(clean_html(page(body)).blocks)
    assert "Body 3." in text
    assert "The council has decided" in text and "The facts, in short." in text and "Length of the wall" in text
    assert "Another story" not in text


def test_a_short_section_after_a_long_story_joins_by_its_own_score():
    # A long report and, after it, a short section of two paragraphs (its
    # funding and sources): a twentieth of the story's score is enough.
    report = "".join(f"<p>{PARA}Finding {i}.</p>" for i in range(30))
    notes = f"<div class='notes'><p>{PARA}Funded by the harbour board.</p><p>{PARA}Sources: the council minutes.</p></div>"
    body = f"<div class='page'><div class='report'>{report}</div>{notes}</div>"
    text = "\n".join(clean_html(page(body)).blocks)
    assert "Finding 29." in text
    assert "Funded by the harbour board." in text and "Sources: the council minutes." in text


def test_a_teaser_card_is_chrome_but_a_lead_named_teaser_is_not():
    # "teaser" names a card that links to another page (dropped) and, on
    # many German sites, the article's own lead (kept: it links nowhere).
    paras = "".join(f"<p>{PARA}Body {i}.</p>" for i in range(4))
    card = (
        '<div class="teaser"><h2>Ferry timetable</h2><div class="teasertext">'
        "The new timetable starts in May, with two more crossings every day of the week.</div>"
        '<a href="/ferry">More</a></div>'
    )
    body = (
        '<article><p class="article-teaser">Forgotten today, the harbour wall was once the pride of the town '
        f"and its rebuilding is long overdue.</p>{paras}{card}</article>"
    )
    with trace_drops() as trace:
        text = "\n".join(clean_html(page(body)).blocks)
    assert "Forgotten today" in text and "Body 3." in text
    assert "The new timetable" not in text
    assert (
        "class teaser",
        "Ferry timetable The new timetable starts in May, with two more crossings every day of the week. More",
    ) in [(w, " ".join(t.split())) for w, t in trace]


def test_a_factbox_inside_the_story_is_chrome_unless_it_holds_the_story():
    paras = [f"<p>{PARA}Body {i}.</p>" for i in range(4)]
    box = '<div class="inlineTextbox"><p>Read our guide: how a harbour wall is built, stone by stone, in ten steps.</p></div>'
    text = "\n".join(clean_html(page(f"<article>{''.join(paras[:2])}{box}{''.join(paras[2:])}</article>")).blocks)
    assert "Body 3." in text and "Read our guide" not in text
    # A page whose whole story sits in a box named so keeps it (a layout wrapper).
    text = "\n".join(clean_html(page(f'<div class="tab-content infobox">{"".join(paras)}</div>')).blocks)
    assert "Body 0." in text and "Body 3." in text


def test_an_author_box_as_long_as_a_short_post_is_not_kept_as_its_wrapper():
    # The post's paragraphs sit in the <article> itself, which also holds the footer.
    post = f"<h1>Harbour wall</h1><p>{PARA}{PARA}</p><p>{PARA}{PARA}</p>"
    bio = (
        "<footer class='entry-meta'><div class='author-info'><h2>About Ann Lee</h2><p>Ann Lee has written about the "
        "coast, its harbours and their walls for twenty years, first for the Courier and then for the Gazette, "
        "and she teaches, from time to time, a course on local history at the college. She lives by the sea, "
        "with two cats and a boat that she never takes out.</p></div></footer>"
    )
    text = "\n".join(clean_html(page(f"<article>{post}{bio}</article>")).blocks)
    assert "rebuild the harbour wall" in text
    assert "Ann Lee has written" not in text


def test_a_chrome_named_block_kept_for_its_prose_is_not_joined_beside_the_story():
    # A "navigation" column of blurbs, each nested deep, holds more prose
    # than the story: kept by the layout-wrapper guard, yet, a sibling of
    # the story's column and not its wrapper, it is not joined.
    story = "".join(f"<p>{PARA}{PARA}Story {i}.</p>" for i in range(3))
    blurbs = "".join(
        f"<div class='blog'><div class='info'><div class='line'><p>{PARA}{PARA}{PARA}Blurb {i}.</p></div></div></div>"
        for i in range(12)
    )
    body = (
        f"<div class='page'><div class='main'><div class='text'>{story}</div></div><div class='navigation'>{blurbs}</div></div>"
    )
    text = "\n".join(clean_html(page(body)).blocks)
    assert "Story 2." in text
    assert "Blurb" not in text


def test_a_header_that_wraps_the_whole_article_is_kept_whole():
    # A theme that opens <header> for the headline and never closes it
    # before the body: the story's paragraphs and section headings are inside.
    paras = "".join(f"<p>{PARA}Body {i}.</p>" for i in range(4))
    body = f"<article><header><h1>Harbour wall</h1><h2>A strike from the fifth of March</h2>{paras}</header></article>"
    text = "\n".join(clean_html(page(body)).blocks)
    assert "A strike from the fifth of March" in text and "Body 0." in text and "Body 3." in text


def test_a_bootstrap_card_header_is_the_cards_heading_not_chrome():
    # Bootstrap names a card's heading "card-header": an FAQ's questions.
    faq = "".join(
        f'<div class="card"><div class="card-header"><h3>How is the wall paid for, question {i}?</h3></div>'
        f'<div class="card-body"><p>{PARA}Answer {i}.</p></div></div>'
        for i in range(3)
    )
    body = f'<div class="site-header"><a href="/">The Courier</a> Home News</div><main>{faq}</main>'
    with trace_drops() as trace:
        text = "\n".join(clean_html(page(body)).blocks)
    assert "How is the wall paid for, question 2?" in text and "Answer 2." in text
    assert "The Courier" not in text
    assert [t for w, t in trace if w == "class header"] == ["The Courier Home News"]


def test_a_standfirst_in_the_page_head_joins_the_story_below_it():
    # The headline and its standfirst sit in a page-head block of their
    # own; the body is nested in another branch, outside any <article>, too
    # far up for a sibling to join. The standfirst right before the story
    # joins it (past a date line); a paragraph above the headline, and one
    # that only repeats a sentence of the story (a pull quote), do not.
    lead = "Forgotten today, the harbour wall was once the pride of the town, and its rebuilding is overdue."
    paras = "".join(f"<p>{PARA}Body {i}.</p>" for i in range(4))
    body = (
        f"<div class='top'><p>{PARA}Elsewhere on the site.</p></div>"
        "<div class='head'><div class='inner'><h1>Harbour wall</h1>"
        f"<div class='teaser'><p>{lead}</p></div><div class='date'>5 March 2024</div></div></div>"
        f"<div class='pull'><p>{PARA}Body 2.</p></div>"
        f"<div class='wrap'><div class='a'><div class='b'><div class='c'><div class='d'>{paras}</div></div></div></div></div>"
    )
    blocks = clean_html(page(body)).blocks
    assert blocks[0] == lead
    text = "\n".join(blocks)
    assert "Body 3." in text
    assert "Elsewhere on the site." not in text
    assert text.count("Body 2.") == 1


def test_a_one_paragraph_section_next_to_the_story_joins():
    # A block of one paragraph of some hundred characters beside the story's
    # container (a closing paragraph in a block of its own) joins; one of a
    # short line does not.
    closing = "The high pressure area that came at the end of the week proved to be long lived in the Alps and beyond"
    story = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(6))
    body = (
        f"<div class='page'><div class='story'>{story}</div><div class='outro'><p>{closing}.</p></div>"
        "<div class='note'><p>Printed on recycled paper.</p></div></div>"
    )
    text = "\n".join(clean_html(page(body)).blocks)
    assert closing in text and "Day 5." in text
    assert "recycled paper" not in text


def test_the_posts_of_a_thread_join_with_their_authors_profile_links():
    # Each post carries its author's links (profile, posts, message): a
    # fifth of its text is link text. A post as long as the first joins; a
    # short block of the same kind that is mostly links does not.
    def post(i: int, words: str = PARA) -> str:
        user = (
            '<div class="user"><a href="/u">tommyp</a> <a href="/u">Profile</a> <a href="/u/posts">Show posts</a>'
            ' <a href="/u/pm">Private message</a></div>'
        )
        return f'<li class="postbit"><div class="body">{user}<div class="text"><p>{words}{words}Post {i}.</p></div></div></li>'

    related = (
        '<li class="postbit"><div class="body"><a href="/t/1">Windows Phone 7: the update is out today</a> Post 9.</div></li>'
    )
    thread = f'<ol class="posts">{"".join(post(i) for i in range(1, 5))}{related}</ol>'
    text = "\n".join(clean_html(page(thread)).blocks)
    assert all(f"Post {i}." in text for i in range(1, 5))
    assert "Post 9." not in text


def test_a_caption_named_in_german_goes_to_media_not_the_body():
    for name in ("bildunterschrift", "bilduntertitel"):
        caption = f'<h5 class="{name}">Eisenoxid lagert sich um die Wurzeln ab.</h5>'
        body = f"<article><p>{PARA}One.</p><img src='wurzel.jpg'>{caption}<p>{PARA}Two.</p></article>"
        page_ = clean_html(page(body))
        assert "Eisenoxid" not in "\n".join(page_.blocks), name
        assert [m.caption for m in page_.media] == ["Eisenoxid lagert sich um die Wurzeln ab."], name


def test_headings_that_end_the_story_head_nothing_and_go():
    # The related links and the comment form went as chrome; the headings
    # that introduced them are left at the end of the story, heading nothing.
    body = (
        f"<article><h2>The vote</h2><p>{PARA}One.</p><h2>What comes next</h2><p>{PARA}Two.</p>"
        "<h3>Editors' recommendations:</h3><div class='related'><a href='/a'>Storm damage on the coast road</a></div>"
        "<h3>Leave a comment</h3><form class='comment-form'><textarea></textarea></form></article>"
    )
    with trace_drops() as trace:
        blocks = clean_html(page(body)).blocks
    assert blocks == ["The vote", f"{PARA}One.".strip(), "What comes next", f"{PARA}Two.".strip()]
    assert [t for w, t in trace if w == "trailing heading"] == ["Leave a comment", "Editors' recommendations:"]


def test_a_region_after_the_story_higher_up_joins_only_inside_its_article():
    # After the story, a block that is no sibling of its container joins by
    # its own score only inside the story's <article>: outside it, what
    # follows the story higher up is another region of the page (an appeal
    # for support, a comment thread, a sidebar of events); a short block
    # beside the container still joins.
    story = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(6))
    outro = "The high pressure area that came at the end of the week proved to be long lived in the Alps and beyond."
    appeal = (
        "<div><p>Good journalism costs money, and we will not hide our reporting behind a paywall, because we believe "
        "that everybody should be able to read it.</p><p>That is why we ask you, once or every month, to support our "
        "newsroom, so that we can go on reporting from the harbour.</p></div>"
    )
    inner = f"<div class='col'><div class='story'>{story}</div><div><p>{outro}</p></div></div>"
    text = "\n".join(clean_html(page(f"<div class='page'>{inner}{appeal}</div>")).blocks)
    assert "Day 5." in text and outro in text
    assert "Good journalism costs money" not in text and "support our newsroom" not in text
    text = "\n".join(clean_html(page(f"<div class='page'><article>{inner}{appeal}</article></div>")).blocks)
    assert "Day 5." in text and "support our newsroom" in text


def _article_and_page(html: str, structure: bool = False):
    from declcli.input.source import classify
    from declcli.model import Source
    from declcli.pipeline import _article_and_page

    source = classify(Source(kind="file", location="page.html", data=html.encode()), "html")
    return _article_and_page(source, structure=structure)


def test_a_note_on_the_writer_closing_the_story_is_not_its_text():
    # The page names its author; a closing paragraph that opens with that
    # name is the writer's bio, not the story (-vv: "author note"); a
    # paragraph that names the writer elsewhere, an earlier one that opens
    # with the name, the writer's question in an interview and a sign-off
    # of the name alone stay.
    story = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(5))
    bio = "Maria Jensen is our harbour correspondent and has covered the coast since 2009."
    html = (
        '<html><head><title>Harbour wall</title><meta name="author" content="Maria Jensen"></head><body><article>'
        "<p>Maria Jensen asked the council three questions on Monday, and got two answers, after a long debate.</p>"
        f"{story}<p>As Maria Jensen wrote last year, the wall has been failing for a decade.</p><p>{bio}</p>"
        "<p>Maria Jensen: And when will the work begin, mayor?</p><p>Maria Jensen</p></article></body></html>"
    )
    a, page = _article_and_page(html)
    assert a.authors == ["Maria Jensen"]
    assert "our harbour correspondent" not in a.text
    assert "asked the council three questions" in a.text and "As Maria Jensen wrote last year" in a.text
    assert a.text.endswith(
        "Day 4.\n\nAs Maria Jensen wrote last year, the wall has been failing for a decade.\n\n"
        "Maria Jensen: And when will the work begin, mayor?\n\nMaria Jensen"
    )
    assert ("author note", bio) in page.removed
    formed, _ = _article_and_page(html, structure=True)  # each paragraph keeps its own form
    assert formed.text == a.text and len(formed.blocks) == len(a.text.split("\n\n"))


def test_a_heading_module_named_header_in_the_story_is_its_heading():
    # A site builder sets each heading of the story in a block of its own
    # named a header (Jimdo's `j-header`, a `section-header`): one heading and
    # nothing else is the story's heading, not the page's header; a header
    # of a logo link and a menu is still the page's.
    first = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(3))
    second = "".join(f"<p>{PARA}Night {i}.</p>" for i in range(3))
    html = page(
        "<div class='header'><a href='/'><h1>Harbour Weekly</h1></a><ul><li><a href='/a'>News</a></li></ul></div>"
        f"<div class='story'>{first}<div class='j-header'><h2>What the night brought</h2></div>{second}</div>"
    )
    text = "\n".join(clean_html(html).blocks)
    assert "What the night brought" in text and "Night 2." in text
    assert "Harbour Weekly" not in text and "News" not in text


def test_a_table_set_in_a_figure_is_the_story_data():
    # WordPress sets a table in <figure class="wp-block-table">: the table is
    # the story's data (kept), its caption goes to the media; a figure of a
    # picture is dropped whole as before.
    before = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(3))
    after = "".join(f"<p>{PARA}Night {i}.</p>" for i in range(3))
    table = (
        "<figure class='wp-block-table'><table><tr><td>Deposit by wire transfer</td><td>Free of charge</td></tr>"
        "<tr><td>Withdrawal by wire transfer</td><td>25 dollars</td></tr></table>"
        "<figcaption>Fees at a glance</figcaption></figure>"
    )
    picture = "<figure><img src='a.jpg'><figcaption>The harbour at dawn</figcaption></figure>"
    cleaned = clean_html(page(f"<div class='story'>{before}{table}{picture}{after}</div>"))
    text = "\n".join(cleaned.blocks)
    assert "Withdrawal by wire transfer" in text and "25 dollars" in text
    assert "Fees at a glance" not in text and "The harbour at dawn" not in text
    assert "Fees at a glance" in [m.caption for m in cleaned.media]


def test_a_sentence_that_opens_with_a_byline_word_is_the_story_text():
    # "By", "Von", "Por", "Da" open bylines and sentences alike: a short
    # paragraph whose next word is a common lower-case one, or that ends a
    # sentence of six words or more, is text; a line of names is a byline.
    sentences = [
        "By the time the crane arrived, the tide had turned.",
        "Por ende, las obras se retrasan hasta el invierno.",
        "Da kommt der Winter ins Spiel",
    ]
    story = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(4))
    shorts = "".join(f"<p>{s}</p>" for s in sentences)
    cleaned = clean_html(page(f"<div class='story'><p>By Jane Doe and John van der Roe</p>{story}{shorts}</div>"))
    for s in sentences:
        assert s in cleaned.blocks
    assert "By Jane Doe and John van der Roe" not in cleaned.blocks
    assert "By Jane Doe and John van der Roe" in cleaned.hints.bylines
    assert not any(s in cleaned.hints.bylines for s in sentences)


def test_a_line_of_share_buttons_is_not_the_story_text():
    # A share bar left as a line of the networks' names ("Facebook Twitter
    # Pinterest", "Share to Twitter Share to Facebook") is chrome in any
    # language; a sentence that names the networks is text.
    shares = [
        "Facebook Twitter Pinterest",
        "Email This BlogThis! Share to Twitter Share to Facebook",
        "Facebook | WhatsApp | E-Mail",
    ]
    sentence = "Facebook and Twitter took the harbour videos down on Tuesday."
    blocks = blocks_after_story([*shares, sentence])
    assert sentence in blocks
    assert not any(s in blocks for s in shares)


def test_a_section_heading_set_in_h1_is_the_story_text_not_its_headline():
    # Some pages set every heading in <h1>: only the <h1> the title states is
    # the headline (dropped from the body); the others head the story's
    # sections and stay. Where no <h1> is stated, every <h1> is taken for the
    # headline as before.
    body = (
        f"<article><h1>Harbour wall</h1><p>{PARA}One.</p><h1>Costs of the new wall</h1><p>{PARA}Two.</p>"
        f"<h1>What the fishermen say</h1><p>{PARA}Three.</p></article>"
    )
    blocks = clean_html(page(body)).blocks
    assert "Harbour wall" not in blocks
    assert "Costs of the new wall" in blocks and "What the fishermen say" in blocks
    unstated = clean_html(page(f"<article><h1>Sea wall rebuilt</h1><p>{PARA}One.</p><p>{PARA}Two.</p></article>")).blocks
    assert "Sea wall rebuilt" not in unstated


def test_a_closing_line_that_points_to_another_page_of_the_site_is_not_the_story_text():
    # The story's last block, a short paragraph that ends on a link to
    # another page of the same site, promotes the site's articles or
    # products ("Alles über … findest Du hier.", "Download Free Trial"); a
    # closing line that ends on a link to another site (a source) or an
    # e-mail address is the story's, as is a link inside the last sentence.
    def story(last: str) -> list[str]:
        head = "<html><head><title>Harbour wall</title><link rel='canonical' href='https://www.courier.example/harbour'></head>"
        body = f"<body><article><p>{PARA}One.</p><p>{PARA}Two.</p><p>{PARA}Three.</p>{last}</article></body></html>"
        return clean_html(head + body).blocks

    for pointer in (
        "<p>All about sea walls is in our <a href='/guides/sea-walls'>guide</a>.</p>",
        "<p>Alles über Hafenmauern findest Du <a href='https://courier.example/hafenmauern'>hier</a>.</p>",
        "<div><a href='https://shop.courier.example/trial'>Download Free Trial</a></div>",
    ):
        blocks = story(pointer)
        assert blocks[-1].endswith("Three.") and len(blocks) == 3, pointer
    for own in (
        "<p>The report is published by the <a href='https://harbours.example.org/report'>harbour board</a>.</p>",
        "<p>Write to the desk at <a href='mailto:desk@courier.example'>desk@courier.example</a>.</p>",
        "<p>The <a href='/council'>council</a> meets again in May to settle the cost.</p>",
    ):
        assert len(story(own)) == 4, own


def test_a_note_on_affiliate_links_is_not_the_story_text():
    # A note that explains the story's affiliate links (marked with an
    # asterisk, earning the site a commission) is the site's disclosure, in
    # any language; a sentence of the story that speaks of affiliate links or
    # of an asterisk without a commission stays.
    notes = [
        "This post may contain affiliate links. If you buy through them, we may earn a small commission.",
        "Die mit Sternchen (*) markierten Links sind Affiliate-Links. Kaufst du darüber ein, bekommen wir Provision.",
        "Solche Links kennzeichnen wir mit einem Sternchen (*). Geld erhalten wir nur, wenn Sie einen Vertrag abschließen.",
    ]
    sentences = [
        "The shop removed its affiliate links from the harbour guide on Tuesday.",
        "Ein Sternchen im Fahrplan zeigt die Linien, die nur am Wochenende fahren.",
    ]
    assert_chrome_goes_text_stays(sentences, notes)


def test_an_appeal_to_support_the_site_by_its_name_is_not_the_story_text():
    # A short block that asks the reader to support the site, naming it as
    # its host does ("Apoya a El Faro", "Unterstütze RosaMag bereits mit
    # 2,50!"), is the site's appeal, anywhere in the story; the story's own
    # call to support someone else stays.
    appeals = ["Apoya a Harbour Courier", "Unterstütze den HarbourCourier bereits mit 2,50!", "Support Harbour-Courier ->"]
    own = ["Support the harbour fund", "Apoya a los pescadores del puerto"]
    head = "<html><head><title>Harbour wall</title><link rel='canonical' href='https://www.harbour-courier.example/wall'></head>"
    paras = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(4))
    lines = "".join(f"<h2>{line}</h2><p>{PARA}More.</p>" for line in appeals[:1] + own) + "".join(
        f"<p>{a}</p>" for a in appeals[1:]
    )
    blocks = clean_html(f"{head}<body><article>{paras}{lines}</article></body></html>").blocks
    assert all(line in blocks for line in own)
    assert not any(a in blocks for a in appeals)


def test_a_comment_form_or_widget_label_is_not_the_story_text():
    # The labels a comment form or a widget leaves as lines ("Post a Comment",
    # "Kommentar hinzufügen", "Subscribe to: Post Comments (Atom)",
    # "Loading...", "Scroll To Top") are chrome in any language; a sentence
    # that opens with the same words is text.
    labels = ["Post a Comment", "Kommentar hinzufügen", "Subscribe to: Post Comments (Atom)", "Loading...", "Scroll To Top"]
    sentences = ["Post a comment on the harbour plan to the council by Friday.", "Loading the ship took three days."]
    assert_chrome_goes_text_stays(sentences, labels)


def test_comment_counters_print_footers_and_tag_labels_are_not_the_story_text():
    # A comment counter or a call to log in to comment ("3 Kommentare", "Um
    # einen Kommentar zu hinterlassen, loggen Sie sich bitte ein."), a printed
    # page's footer with its URL and a tag line in another language
    # ("Schlagwörter: …", "Tag: …") are chrome; set over two lines (a label,
    # <br>, what it labels), the label takes its line with it. Sentences that
    # open alike stay.
    chrome = [
        "3 Kommentare",
        "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.",
        "Dieser Artikel wurde ausgedruckt unter der Adresse:<br>https://www.courier.example/hafen/mauer",
        "Schlagwörter:<br>Hafen Mauer Winter",
        "Tag: harbours.example",
    ]
    sentences = ["3 Kommentare zur Lage des Hafens gingen bis Montag ein.", "Tag 1: Die Mauer wird vermessen."]
    blocks = blocks_after_story(sentences + chrome)
    assert all(s in blocks for s in sentences)
    text = "\n".join(blocks)
    for gone in (
        "Kommentare\n",
        "loggen Sie",
        "ausgedruckt",
        "courier.example/hafen",
        "Schlagwörter",
        "Hafen Mauer Winter",
        "harbours.example",
    ):
        assert gone not in text, gone


def test_a_bio_of_a_writer_the_byline_does_not_name_is_not_the_story_text():
    # A guest writer's bio closing the story: the name on a line of its own
    # and the bio that opens with it again, or runs on from it ("ist …"), or
    # a bio that names the writer by role ("Der Autor ist …"). A heading that
    # its paragraph repeats, and a sentence after a name line, stay.
    story = "".join(f"<p>{PARA}Day {i}.</p>" for i in range(4))

    def text(tail: str) -> str:
        return _article_and_page(
            f"<html><head><title>Harbour wall</title></head><body><article>{story}{tail}</article></body></html>"
        )[0].text

    for bio in (
        "<p><b>Jörg van Staff</b></p><p>Jörg van Staff ist Mitglied des Vorstands der Hafengesellschaft.</p>",
        "<p><b>Dr. Thomas Schulte</b></p><p>ist Gründungspartner der Kanzlei Schulte und Partner in Berlin.</p>",
        "<p>Der Autor ist Professor für Wasserbau an der Universität Kiel.</p>",
    ):
        assert text(bio).endswith("Day 3."), bio
    for own in (
        "<h2>Mehr Sicherheit</h2><p>Mehr Sicherheit für die Fischer bringt die neue Mauer erst im Winter.</p>",
        "<p><b>Anna Berg</b></p><p>Anna Berg, the harbour master, said the wall would hold.</p>",
    ):
        assert not text(own).endswith("Day 3."), own


def test_an_invitation_to_follow_the_site_on_a_network_is_not_the_story_text():
    # A short block that invites the reader to follow or join the site or
    # the writer on a network, in a sentence of its own, in any language
    # ("¿Ya sabías que tenemos canal de Telegram? Únete …", "Folge mir auf
    # Instagram!"), is a promotion; a sentence that tells of joining or
    # following on a network is text.
    promos = [
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.",
        "Folge mir auf Instagram! Alle neuen Rezepte bekommst du dort.",
        "Have a tip? Write to the desk. Follow her on Twitter or on Facebook.",
    ]
    sentences = ["The fishermen used Telegram to join the protest at the harbour wall on Monday."]
    assert_chrome_goes_text_stays(sentences, promos)


def test_a_pitch_for_the_reader_to_fund_the_sites_journalism_is_not_the_story_text():
    # A short block asking the reader to fund the site's journalism ("El
    # periodismo independiente necesita del apoyo de sus lectores … con tu
    # apoyo …", "Helfen Sie mit, unseren Journalismus … zu machen! Jetzt …
    # unterstützen!") is the site's appeal in any language; a report on
    # support for journalism that does not speak to the reader is text.
    pitches = [
        "El periodismo independiente necesita del apoyo de sus lectores. ¡Hoy, con tu apoyo, seguiremos trabajando!",
        "Helfen Sie mit, unseren Journalismus auch in Zukunft möglich zu machen! Jetzt mit wenigen Klicks unterstützen!",
    ]
    sentences = ["The harbour board will support local journalism with a grant of 20,000 euros, its chair said on Monday."]
    assert_chrome_goes_text_stays(sentences, pitches)


def test_a_button_label_left_as_a_line_is_not_the_story_text():
    # The label of a shop's or a teaser's button ("Quick View", "Weiterlesen...",
    # "Artikel anzeigen", "LEARN MORE") and an embed's placeholder ("Besuchen
    # Sie die Webseite um dieses Element zu sehen.") are chrome left as lines;
    # a sentence that opens with the same words is text.
    labels = [
        "Quick View",
        "Weiterlesen...",
        "Artikel anzeigen",
        "LEARN MORE",
        "Besuchen Sie die Webseite um dieses Element zu sehen.",
    ]
    sentences = ["Learn more about the harbour wall at the council's open day on Friday, the mayor said."]
    assert_chrome_goes_text_stays(sentences, labels)
