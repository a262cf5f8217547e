"""What the page states for the metadata stage (PageHints: meta tags,
JSON-LD, bylines, dates, breadcrumbs), read before chrome goes; and the
headline, byline and date lines taken out of the body blocks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import patterns
from ..lexicon import load
from ..model import PageHints
from .state import _note
from .text import _BLOCK_TAGS, _lx_text, norm_space
from .vocab import _class_and_id, _tokens, _vocab, byline_match, is_chrome_text

_SENTENCE_END = patterns.compile(r"[.!?]$")


_HINT_PROPS = ("datePublished", "dateModified", "dateCreated", "headline", "name", "author", "inLanguage")


_DATE_CLASS_HINT = patterns.compile(r"date|publish|datum|dtstart|posted")


_HAS_YEAR = patterns.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\d\.\d{2}(?!\d)")


@lru_cache(maxsize=1)
def _date_classes() -> frozenset:
    return frozenset(load("metadata")["date_classes"])


_COMMENT_HEADS = frozenset({"comment", "comments", "commentlist", "recentcomments", "kommentar", "kommentare"})
# "comments-open" on a wrapper, "comments-link" beside the byline: no thread
_NOT_A_THREAD = frozenset({"open", "closed", "count", "link", "number", "meta", "icon", "button", "toggle"})


def _anothers_author(el, seen: dict | None = None) -> bool:
    """Whether an author-classed element names someone else than the
    story's writer: a comment's author (inside a thread or a sidebar's
    recent comments, an element whose class or id is headed "comment…") or
    a teaser's (inside a link: a card of another article). `seen`: the
    answers for ancestors already looked at (one dict per page: a page's
    author and date elements share most of their ancestors)."""
    if _tokens(_class_and_id(el.get)) & _TEASER_WORDS:  # "c-teaser__byline": a card's
        return True
    if seen is None:
        seen = {}
    # The ancestors up to the first one already answered (or the body);
    # then each answer, from the top down: its own, or its parent's.
    chain = []
    a = el.getparent()
    while a is not None and a.tag not in ("body", "html") and a not in seen:
        chain.append(a)
        a = a.getparent()
    inside = a is not None and seen.get(a, False)
    for a in reversed(chain):
        inside = seen[a] = inside or _names_anothers_work(a)
    return inside


def _names_anothers_work(a) -> bool:
    """Whether an element is a link, a teaser card or a comment thread
    (see _anothers_author), by itself."""
    if a.tag == "a" or _tokens(_class_and_id(a.get)) & _TEASER_WORDS:
        return True
    for value in _class_and_id(a.get).split():
        tokens = _TOKEN_HEAD.findall(value.lower())
        if tokens and tokens[0] in _COMMENT_HEADS and not set(tokens) & _NOT_A_THREAD:
            return True
    return False


_TOKEN_HEAD = patterns.compile(r"[a-z]+")
# Microdata items whose author wrote something else than the page's text
_OTHER_WORKS = patterns.compile(r"(?:Review|Comment|Answer|Question)$")


def _in_a_review(el) -> bool:
    """Whether a microdata property belongs to a review or a comment (its
    nearest item: a shop's customer reviews, a thread), not the article."""
    a = el if el.get("itemtype") else el.getparent()
    while a is not None and a.get("itemtype") is None:
        a = a.getparent()
    return a is not None and bool(_OTHER_WORKS.search(a.get("itemtype").strip()))


_BYLINE_CLASSES = frozenset({"byline", "author", "submitted"})
_AUTHOR_LINK_MAX = 80


@lru_cache(maxsize=1)
def _author_page_path():
    """A link's path to a writer's page: "/author/jdoe/", "/autoren/max-muster"
    (a path word of metadata.json followed by the writer's own segment), or
    "?author=12"."""
    words = "|".join(sorted(load("metadata")["author_page_paths"], key=len, reverse=True))
    return patterns.compile(rf"/(?:{words})/[^/?#\s]|[?&]author=\w", re.I)


def _author_page(href: str | None) -> bool:
    # (the words are looked for only where a link holds "aut", "writer" or "profile" at all)
    return (
        bool(href)
        and ("aut" in href or "writer" in href or "Aut" in href or "AUT" in href or "profile" in href)
        and bool(_author_page_path().search(href))
    )


# A card of another article: "c-teaser__body", "teaser-byline"
_TEASER_WORDS = frozenset({"teaser", "teasers"})


@lru_cache(maxsize=1)
def _kicker_classes() -> frozenset:
    return frozenset(load("metadata")["kicker_classes"])


def _opening_kicker(el):
    """The element that opens a heading as its kicker or label (a class of
    metadata.json's kicker_classes, the heading's first text, words after
    it): "<span class="label">Patch Notes</span> Patchnotes 4.47.4"."""
    for child in el.iter():
        if not isinstance(child.tag, str):
            continue
        if child is el:
            if (el.text or "").strip():
                return None
            continue
        if "class" in child.attrib and _tokens(child.get("class")) & _kicker_classes():
            return child if (child.tail or "").strip() or child.getnext() is not None else None
        if (child.text or "").strip():
            return None
    return None


def _heading_text(el) -> str:
    """A heading's text as its words read: without the readings ruby
    annotations print over them (furigana: "子こども" is "子ども"), nor a
    kicker or label that opens it (GUIDE decision 13)."""
    text = _lx_text(el)
    if len(el) == 0:
        return text
    if el.find(".//rt") is not None:
        from copy import deepcopy

        from lxml import etree

        bare = deepcopy(el)
        etree.strip_elements(bare, "rt", "rp", with_tail=False)
        text = _lx_text(bare)
    kicker = _opening_kicker(el)
    label = _lx_text(kicker) if kicker is not None else ""
    rest = text[len(label) :].strip() if label and text.startswith(label) else ""
    return rest or text


def _collect_hints(doc, hints: PageHints) -> list[str]:
    """Metadata the page states, from one pass over its lxml tree (document
    order), into `hints`; returns the breadcrumb trail the markup states:
    microdata, then RDFa, then a nav, list or element labelled or classed
    "breadcrumb"."""
    microdata = rdfa = named = None
    others: dict = {}  # see _anothers_author
    for el in doc.iter():
        name = el.tag
        if not isinstance(name, str):
            continue
        if not el.attrib and name not in ("title", "h1"):
            continue
        # (the attributes read through el.get, each once where it is read more than once:
        # this pass looks at every element of the page that has any)
        get = el.get
        cls, id_ = get("class"), get("id")
        class_id = " ".join([*cls.split(), id_ or ""]).strip() if cls else (id_ or "").strip()  # _class_and_id's
        low = class_id.lower()
        if microdata is None and "BreadcrumbList" in (get("itemtype") or ""):
            names = [n for n in (_lx_text(x) for x in el.iterdescendants() if x.get("itemprop") == "name") if n]
            microdata = names or None
        elif rdfa is None and "BreadcrumbList" in (get("typeof") or ""):
            names = [n for n in (_lx_text(x) for x in el.iterdescendants() if x.get("property") == "name") if n]
            rdfa = names or None
        elif named is None and ("breadcrumb" in (get("aria-label") or "").lower() or "breadcrumb" in low):
            named = _crumbs_of(el) or None
        if name == "meta":
            key = get("property") or get("name") or get("itemprop") or get("http-equiv")
            content = get("content")
            if key and content:
                hints.meta.append((key.strip().lower(), norm_space(content)))
            continue
        if name == "link":
            rel = " ".join((get("rel") or "").split())
            if rel and get("href"):
                hints.links.append((rel.lower(), get("href").strip()))
            continue
        if name == "script":
            if (get("type") or "").lower() == "application/ld+json" and el.text and not len(el):
                hints.jsonld.append(el.text)
            continue
        if name == "html" and get("lang") and hints.html_lang is None:
            hints.html_lang = get("lang")
        elif name == "title" and hints.title_tag is None and el.text and not len(el):
            hints.title_tag = norm_space(el.text)
        elif name == "h1":
            t = _heading_text(el)
            if t:
                hints.h1.append(t)
        elif name == "time" and get("datetime"):
            hints.times.append(get("datetime").strip())
        elif name == "a" and _author_page(get("href")):
            # (not a teaser's or a comment's writer)
            t = _lx_text(el)
            if t and len(t) <= _AUTHOR_LINK_MAX and not _anothers_author(el, others):
                hints.author_links.append(t)
        prop = get("itemprop")
        if prop in _HINT_PROPS and not (prop == "author" and _in_a_review(el)):
            value = get("content") or get("datetime") or _lx_text(el)
            if value:
                hints.itemprops.append((prop, value))
        if cls is not None and _DATE_CLASS_HINT.search(low) and (_tokens(class_id) | set(low.split())) & _date_classes():
            value = get("datetime") or get("title") or get("content") or _lx_text(el)
            # a date inside a link (a teaser card) or a comment thread is
            # another article's or comment's, as its author is
            if value and len(value) <= 80 and not _anothers_author(el, others):
                hints.dated.append(value)
        # The tokens are looked at only where the words are there at all.
        # (Drupal's "submitted" line: "Submitted by A on 3 March")
        if cls is not None and ("byline" in low or "author" in low or "submitted" in low) and _tokens(class_id) & _BYLINE_CLASSES:
            t = _lx_text(el)
            if len(t) < 200 and not _anothers_author(el, others):
                hints.bylines.append(t)
        if (get("rel") or "").split() == ["author"]:
            hints.bylines.append(_lx_text(el))
    return microdata or rdfa or named or []


def _page_lines(body, hints: PageHints) -> list[str]:
    """Short lines of the visible page that state metadata: bylines and date
    lines go to the hints; a text breadcrumb trail ("Home > News > Region")
    is returned. Read before chrome is removed, as bylines sit in chrome."""
    v = _vocab()
    from lxml import etree

    seen: set = set()
    trail: list[str] = []
    head_tag, headlines = _article_headlines(hints)
    # Lines after the headline still to note (None: no headline seen yet).
    head_left: int | None = None
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        # Text nodes in document order: an element's text when it opens (its
        # parent is the element), its tail when it closes (the parent's).
        if event == "start":
            s, parent = el.text, el
        elif el is not body:
            s, parent = el.tail, el.getparent()
        else:
            continue
        if not s or not s.strip():
            continue
        if len(s) > 300:
            head_left = 0 if head_left else head_left  # a paragraph: the head is over
            continue
        block = parent
        while block is not None and block.tag not in _BLOCK_TAGS and block.tag != "body":
            block = block.getparent()
        if block is None or block in seen:
            continue
        seen.add(block)
        line = _lx_text(block)
        if head_left and line:
            # A date in its own <span> opening a long block is a line of its own.
            own = _lx_text(parent) if len(line) > 200 and parent is not block else line
            head_left = _head_line(own, hints, head_left)
        if block.tag == head_tag and line.lower() in headlines:  # the last one: a sticky bar repeats it first
            hints.headline_lines.clear()
            head_left = _HEAD_LINES
        if not line or len(line) > 150:
            continue
        if byline_match(line):
            hints.bylines.append(line)
        elif v["date_line"].match(line):
            hints.date_lines.append(line)
        elif not trail and "|" not in line and _is_trail(line):  # "a | b | c" is a menu
            parts = v["trail_separator"].split(line)
            if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
                trail = parts
        elif len(line) <= 80 and _HAS_YEAR.search(line):
            hints.date_mentions.append(line)
    return trail


def _article_headlines(hints: PageHints) -> tuple[str, set[str]]:
    """The heading that is the article's headline, as (tag, its texts in
    lower case): the <h1>s the title tags state too (not the site's logo
    nor a section's name); where no <h1> is, an <h2> that is the stated
    title ("Details" over "#RieslingBirthday Posts gewinnen")."""
    from ..titles import title_parts

    stated = [v.lower() for k, v in hints.meta if k in ("og:title", "twitter:title")]
    if hints.title_tag:
        stated.append(hints.title_tag.lower())
        stated.append(title_parts(hints.title_tag)[0][0].lower())
    h1s = {h.lower() for h in hints.h1 if any(h.lower() in t for t in stated)}
    return ("h1", h1s) if h1s else ("h2", set(stated))


# How many lines after the headline make the article's head, at most.
_HEAD_LINES = 8


def _head_line(line: str, hints: PageHints, left: int) -> int:
    """Note a line of the article's head (after the headline); returns how
    many more may follow: none after a paragraph (over 200 characters)."""
    if len(line) > 200:
        return 0
    hints.headline_lines.append(line)
    return left - 1


def _crumbs_of(el) -> list[str]:
    items = list(el.iterdescendants("li"))
    if items:
        parts = [_lx_text(i) for i in items]
    else:
        parts = [_lx_text(a) for a in el.iterdescendants("a", "span") if next(a.iterdescendants("a", "span"), None) is None]
    parts = [p.strip(" >/»›|") for p in parts]
    return [p for p in parts if p and len(p) < 120]


def _headlines(hints: PageHints) -> set[str]:
    """The page's own headline in the forms it states it (lower case)."""
    from ..titles import page_host, strip_site, title_parts

    site = next((v for k, v in hints.meta if k == "og:site_name"), None)
    host = page_host(hints)
    stated = [v for k, v in hints.meta if k in ("og:title", "twitter:title", "title")]
    if hints.title_tag:
        stated.append(hints.title_tag)
    # Only the <h1>s a title states are the headline: on a page that sets
    # its section headings in <h1> too, those head the story's sections.
    # Where no title states one, every <h1> is taken for the headline.
    h1s = {t.lower() for t in hints.h1}
    said = [v.lower() for v in stated]
    titles = {h for h in h1s if any(h in v for v in said)} or h1s
    if hints.title_tag:
        parts, _ = title_parts(hints.title_tag)
        if len(parts) > 1:
            titles.add(parts[0].lower())
    for value in stated:
        titles.add(value.lower())
        titles.add(strip_site(value, site, host, hints.h1).lower())  # the same rule as the article's title
    return titles


def _filter_blocks(blocks: list[str], titles: set[str], hints: PageHints, removed: list, forms: list | None = None) -> list[str]:
    """Drop headline, byline, date and chrome lines from the body blocks.

    A block made of several lines (single <br>) is judged line by line.
    `forms`, when given (one per block), is left with the kept blocks'
    forms, their spans moved as their lines are.
    """
    kept: list[str] = []
    kept_forms: list = []
    for n, block in enumerate(blocks):
        if _labelled_chrome(block):
            _note(removed, "chrome text", block.replace("\n", " "))
            continue
        lines = []
        keep = []
        for line in block.split("\n"):
            why = _line_role(line, titles)
            if why == "byline":
                hints.bylines.append(line)
            elif why == "date line":
                hints.date_lines.append(line)
            if why:
                _note(removed, why, line)
            else:
                lines.append(line)
            keep.append(not why)
        if lines and len(lines) > 1 and is_chrome_text(" ".join(lines)):
            # Chrome split over lines by <br> or inline blocks ("Posted by" /
            # the name / "at" / the time): judged whole as well.
            _note(removed, "chrome text", " ".join(lines))
        elif lines:
            kept.append(" ".join(lines))
            if forms is not None:
                from .forms import joined_lines

                kept_forms.append(joined_lines(forms[n], block, keep))
    if forms is not None:
        forms[:] = kept_forms
    return kept


def _labelled_chrome(block: str) -> bool:
    """A block whose first line is a chrome label ("Schlagwörter:", "Dieser
    Artikel wurde ausgedruckt unter der Adresse:") and which is chrome as a
    whole: what the label heads (the tags, the printed page's URL) goes with
    it, where the line-by-line judgement would keep it alone."""
    first, _, rest = block.partition("\n")
    return bool(rest) and first.rstrip().endswith(":") and is_chrome_text(first) and is_chrome_text(block.replace("\n", " "))


def _line_role(line: str, titles: set[str]) -> str | None:
    if line.lower() in titles:
        return "headline"
    if is_chrome_text(line):
        return "chrome text"
    if len(line) < 160 and byline_match(line):
        return "byline"
    if _vocab()["date_line"].match(line):
        return "date line"
    return None


def _is_trail(line: str) -> bool:
    """ "Home > News > Region", "Home / News / Climate"."""
    if len(line) >= 200 or _SENTENCE_END.search(line) or not _vocab()["trail_separator"].search(line):
        return False
    parts = _vocab()["trail_separator"].split(line)
    return len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts)
