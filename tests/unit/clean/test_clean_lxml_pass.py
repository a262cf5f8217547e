"""The lxml pass before the soup (clean/prune.py, clean/hints.py) done with
fewer Python steps a page (session 13, speed): the same elements found, the
same answers given, however the work is shared out."""

from lxml import etree

from declcli.clean.hints import _anothers_author, _collect_hints
from declcli.clean.prune import _prune_chrome, _subtree_marks
from declcli.model import PageHints


def _doc(body: str):
    return etree.fromstring(f"<html><head><title>T</title></head><body>{body}</body></html>", etree.HTMLParser())


def test_hint_elements_and_their_ancestors_are_marked():
    doc = _doc(
        '<div id="wrap"><div class="postDate">1 May</div><span itemprop="name">A</span>'
        '<nav aria-label="Breadcrumbs">x</nav><a rel="author" href="/a">B</a><a rel="nofollow author">C</a>'
        '<p class="lead">plain</p><time>2 May</time><div class="by-Author">D</div><div class="dates">E</div></div>'
    )
    _story, hint, _size = _subtree_marks(list(doc.find("body").iter()))
    assert {el.text for el in hint if el.text} == {"1 May", "A", "x", "B", "2 May", "D", "E"}
    assert doc.find(".//div[@id='wrap']") in hint
    assert doc.find(".//p[@class='lead']") not in hint


def test_chrome_that_holds_a_hint_or_the_story_is_not_pruned():
    story = "The council met on Monday and agreed, after a long debate, to rebuild the harbour wall. " * 3
    doc = _doc(
        '<div class="sidebar"><span class="byline">By Ann Example</span></div>'
        f'<div class="sidebar"><p>{story}</p></div>'
        '<div class="sidebar"><a href="/x">Other story</a></div>'
        f"<div>{'Filler text of the page, long enough to weigh. ' * 40}</div>"
    )
    removed: list = []
    _prune_chrome(doc.find("body"), removed)
    left = etree.tostring(doc, encoding="unicode")
    assert "By Ann Example" in left and "rebuild the harbour wall" in left
    assert "Other story" not in left


def test_anothers_author_gives_the_same_answer_with_answers_shared_over_a_page():
    doc = _doc(
        '<div class="comments-area"><ol class="commentlist"><li><div class="comment-body">'
        '<span class="author">Reader</span><span class="date">2 May</span></div></li></ol></div>'
        '<div class="comments-count"><span class="author">Writer</span></div>'
        '<a href="/other"><span class="author">Teaser writer</span></a>'
        '<div class="story"><span class="byline">Own writer</span></div>'
    )
    spans = {el.text: el for el in doc.iter("span")}
    alone = {text: _anothers_author(el) for text, el in spans.items()}
    assert alone == {"Reader": True, "2 May": True, "Writer": False, "Teaser writer": True, "Own writer": False}
    for order in (list(spans), list(reversed(spans))):
        seen: dict = {}
        assert {text: _anothers_author(spans[text], seen) for text in order} == alone


def test_collect_hints_skips_a_comments_author_and_date_but_keeps_the_stories():
    doc = _doc(
        '<p class="byline">By Ann Example</p><span class="date">1 May 2024</span>'
        '<div id="comments"><div><span class="author">A reader</span><span class="date">3 May 2024</span></div></div>'
    )
    hints = PageHints()
    _collect_hints(doc, hints)
    assert hints.bylines == ["By Ann Example"]
    assert hints.dated == ["1 May 2024"]


def test_the_soup_finds_the_lxml_passs_class_answers_in_the_cache():
    """A bs4 tag's class values (a list) and the lxml element's class (a
    string) are one cache entry: the soup judges again, at no cost, the
    names the lxml pass judged."""
    from declcli.clean.vocab import _chrome_reason, _class_id_reason

    element = _doc('<div class="story-share tools" id="s1">x</div>').find(".//div[@id='s1']")
    _class_id_reason.cache_clear()
    lxml_reason = _chrome_reason("div", element.attrib)
    hits = _class_id_reason.cache_info().hits
    assert _chrome_reason("div", {"class": ["story-share", "tools"], "id": "s1"}) == lxml_reason
    assert _class_id_reason.cache_info().hits == hits + 1
    # a class spelt with more white space is the same values
    assert _chrome_reason("div", {"class": "story-share \n tools", "id": "s1"}) == lxml_reason


def test_a_run_without_commas_scores_as_before():
    """A run's comma credit needs its words counted only where it has commas."""
    from declcli.clean.blocks import _run_score

    plain = "The harbour wall was rebuilt before winter came to the town " * 3
    assert _run_score(plain) == 1 + min(len(plain.strip()) / 100, 3)
    listed = "one, two, three, four, five, six, seven, eight, nine, ten, eleven"
    assert _run_score(listed) == 1 + 2 + min(len(listed) / 100, 3)  # 11 words: at most 2 commas count
