"""lxml's part before the soup: scripts, styles and <noscript> dropped,
chrome that can hold neither story nor metadata pruned, hints read; a
large page cut into windows.
"""

from __future__ import annotations

from .. import patterns
from ..model import PageHints
from . import state
from .hints import _collect_hints, _page_lines
from .parse import _copy_element, _drop, _set_text
from .state import _note
from .text import _BLOCK_TAGS, _HEADINGS, _lx_text, _string_xpath, norm_space
from .vocab import _HEADER_REASONS, _LINKED_REASONS, _chrome_reason, _inside_article, _vocab


def _drop_noscript(doc, unwrap_all: bool) -> None:
    """<noscript> elements go, with what they hold (a tracking pixel, "enable
    JavaScript"), except one that holds most of the page's text: a stray
    unclosed <noscript><div> swallows the rest of the page, which is the
    page's, so its element alone goes. `unwrap_all`: every one is read as
    content (a page with no text elsewhere)."""
    from lxml import etree

    found = list(doc.iter("noscript"))
    if not found:
        return
    text_of = _string_xpath()
    body = doc.find("body")
    total = len(text_of(doc if body is None else body).split())
    for el in found:
        if el.getparent() is None:
            continue
        words = len(text_of(el).split())
        if unwrap_all or (words > 50 and words >= 0.5 * total):
            continue
        if state.tracing():
            _note(None, "<noscript>", _lx_text(el))
        _drop(el)
    etree.strip_tags(doc, "noscript")


def _prepare(doc, unwrap_noscript: bool = False) -> tuple[object | str | None, list[str], PageHints, list]:
    """lxml's part, before the soup, on the page as `_parse` gave it: drop
    scripts (JSON-LD stays), styles, SVG and chrome that can hold neither
    story nor metadata; read the metadata hints, breadcrumbs and date/byline
    lines. Returns the pruned body (an lxml element) for the soup, the
    breadcrumb trail, the hints and what was removed. The body is None
    where lxml cannot be trusted with the whole page: the soup then parses
    the page alone (the hints are what lxml could read); it is the page's
    HTML, as lxml parsed it, where lxml refused to change it."""
    from lxml import etree

    hints, removed = PageHints(), []
    if doc is None:
        return None, [], hints, removed
    doc, whole = doc
    if not whole:
        _collect_hints(doc, hints)
        return None, [], hints, removed
    try:
        for el in list(doc.iter("script")):
            if (el.get("type") or "").lower() != "application/ld+json":
                _drop(el)
        _drop_noscript(doc, unwrap_noscript)
        etree.strip_elements(doc, "style", "svg", "template", with_tail=False)
        body = doc.find("body")
        if body is not None:
            _prune_chrome(body, removed)
        breadcrumbs = _collect_hints(doc, hints)
        trail = _page_lines(body if body is not None else doc, hints)
        if body is None:
            body = etree.SubElement(doc, "body")
        # What the soup would drop unread (and images, which hold no text)
        # is dropped here, after the hints are read.
        etree.strip_elements(body, *_vocab()["drop_tags"], "img", with_tail=False)
        return body, breadcrumbs or trail, hints, removed
    except ValueError:  # lxml refused a text: the soup reads the page as lxml parsed it
        return etree.tostring(doc, encoding="unicode", method="html"), [], PageHints(), []


# Anything the metadata stage reads from the page (headline, times, microdata,
# RDFa, breadcrumbs, bylines, JSON-LD) keeps its element in the soup.
_HINT_TAGS = frozenset(("h1", "time", "meta", "link", "script", "figure", "figcaption"))


_HINT_ATTRS = frozenset(("itemprop", "itemtype", "typeof", "property"))


_HINT_CLASS = patterns.compile(
    "|".join(
        form
        for word in ("breadcrumb", "byline", "author", "caption", "credit", "date", "publish")
        for form in (word, word.capitalize())
    )
)


_MARKUP_SPACE = patterns.compile(r"[ \t\r\n]+")


def _is_hint_element(el) -> bool:
    # (a look from Python at each element: one XPath call a page that asks the same costs
    # libxml2 five times as much, measured on the benchmark's pages in session 13)
    if el.tag in _HINT_TAGS:
        return True
    keys = el.keys()
    if not keys:
        return False
    if not _HINT_ATTRS.isdisjoint(keys) or ("rel" in keys and el.get("rel") == "author"):
        return True
    if "class" in keys and _HINT_CLASS.search(el.get("class")):
        return True
    return "aria-label" in keys and "readcrumb" in el.get("aria-label")


def _longer_than(text: str | None, limit: int) -> bool:
    """Longer than `limit` once runs of markup white space are collapsed."""
    return text is not None and len(text) > limit and len(_MARKUP_SPACE.sub(" ", text).strip(" \t\r\n")) > limit


def _subtree_marks(els) -> tuple[set, set, dict]:
    """One bottom-up pass over `els` (an element and its descendants, in
    document order): the elements whose subtree holds story text (a
    paragraph over 200 characters, or a run of text over 150: pages without
    <p>), those whose subtree holds something the metadata stage reads, and
    the length of each element's text (as XPath string() would give it,
    without building those strings: on a large page they are megabytes)."""
    story: set = set()
    hint: set = set()
    size: dict = {}
    size_of = size.get
    for el in reversed(els):  # every descendant comes before its ancestors
        parent = el.getparent()
        tag, text, tail = el.tag, el.text, el.tail
        if el in hint or tag in _HINT_TAGS or _is_hint_element(el):
            hint.add(el)
            if parent is not None:
                hint.add(parent)
        own = size[el] = size_of(el, 0) + (len(text) if text else 0)
        # (the length tests first: most texts are short, and _longer_than is a
        # call; a paragraph's text is no longer than its size)
        if (
            el in story
            or (text is not None and len(text) > 150 and _longer_than(text, 150))
            or (tag == "p" and own > 200 and _longer_than("".join(el.itertext()), 200))
        ):
            story.add(el)
            if parent is not None:
                story.add(parent)
        if parent is not None:
            size[parent] = size_of(parent, 0) + own + (len(tail) if tail else 0)
            if tail is not None and len(tail) > 150 and _longer_than(tail, 150):
                story.add(parent)  # a tail is text of the parent
    return story, hint, size


def _lxml_heading_module(el) -> bool:
    """An lxml element named a header that holds one heading and nothing else,
    no link in it (a site builder's heading module: Jimdo's `j-header`): a
    heading of the story, not the page's header of logo and menu."""
    if len(el) != 1 or (el.text and el.text.strip()):
        return False
    head = el[0]
    return head.tag in _HEADINGS and not (head.tail and head.tail.strip()) and next(head.iter("a"), None) is None


def _prune_chrome(body, removed: list | None = None) -> None:
    """Drop, before the soup is built, chrome that can hold neither the story
    nor anything the metadata stage reads: navigation, footers, share bars,
    related-links blocks with no long paragraph and little of the page's
    text. BeautifulSoup then parses much less; what is left is judged there
    with the full rules (layout wrappers named like chrome and the like)."""
    v = _vocab()
    named_tags = v["chrome_tags"] | v["soft_drop"]
    text_of = _string_xpath()
    els = list(body.iter())  # also keeps one proxy per element alive, so the sets below work
    story, hint, size = _subtree_marks(els)
    total = size[body] or 1
    skip: set = set()  # inside a figure (judged whole, in the soup) or a dropped subtree
    for el in els:
        if el in skip:
            continue
        tag = el.tag
        if tag in ("figure", "figcaption"):
            skip.update(el.iterdescendants())
            continue
        # Most elements carry no attribute and no chrome name: skip them cheaply.
        if tag not in named_tags and not el.attrib:
            continue
        # (an element that holds story text or a hint stays whatever it is named: those
        # are looked up before its name is judged, which costs more)
        if el in story or el in hint or tag in ("main", "article", "body") or el.get("itemprop") == "articleBody":
            continue
        reason = _chrome_reason(tag, el.attrib)
        if reason is None:
            continue
        if reason in _HEADER_REASONS and _inside_article(el.iterancestors()):
            continue
        if reason == "class header" and _lxml_heading_module(el):
            continue
        if reason in _LINKED_REASONS and next(el.iter("a"), None) is None:
            continue
        if size[el] > 0.15 * total:
            continue
        raw = text_of(el)
        if len(raw) < 600:
            text = norm_space(raw)
            if len(text) < 300 and (v["byline"].search(text) or v["date_line"].search(text) or v["trail_separator"].search(text)):
                continue
        _note(removed, reason, norm_space(raw))
        skip.update(el.iterdescendants())
        _drop(el)


_WINDOW_CONTAINERS = {"div", "section", "article", "main", "table", "tbody", "tr", "td", "center", "form", "span", "font"}


def _windows(body, size: int):
    """A large body as windows, in document order: (skeleton, container)
    pairs, where the skeleton is a copy of the body and of the elements down
    to the story's container (tags and attributes only), and the container's
    copy holds the next run of its children (moved out of `body`, about
    `size` elements). The container is found by going down from the body
    while one child holds most of the prose (as _prose_mass counts it);
    what lies outside it is left out. A child too large for one window is
    split the same way one level down, unless it is named like chrome or
    holds no prose: such a child is judged whole, in a window of its own."""
    from lxml import etree

    prose = _lxml_prose_mass(body)
    path = [body]
    node = body
    while True:
        total = prose.get(node, 0)
        best = max((c for c in node if isinstance(c.tag, str)), key=lambda c: prose.get(c, 0), default=None)
        if best is None or total == 0 or prose.get(best, 0) < 0.8 * total:
            break
        if best.tag not in _WINDOW_CONTAINERS or not any(c.tag in _BLOCK_TAGS for c in best):
            break  # a paragraph (<p>, or a <div> of text): the story is its parent's
        node = best
        path.append(node)
    yield from _window_runs(path, size, prose, etree)


def _lxml_prose_mass(body) -> dict:
    """Characters of sentence-like text under each lxml element (runs of 40
    or more outside links and controls), as _prose_mass counts them in the soup."""
    linkish = ("a", "button", "option", "label")
    in_link: dict = {}
    mass: dict = {}
    els = list(body.iter())
    for el in els:
        parent = el.getparent()
        in_link[el] = el.tag in linkish or in_link.get(parent, False)
    for el in reversed(els):  # descendants first
        parent = el.getparent()
        own = 0
        if el.text and len(el.text.strip()) >= 40 and not in_link[el]:
            own += len(el.text.strip())
        if own or el in mass:
            mass[el] = mass.get(el, 0) + own
        tail = el.tail
        if parent is not None and el is not body and tail and len(tail.strip()) >= 40 and not in_link.get(parent, False):
            mass[parent] = mass.get(parent, 0) + len(tail.strip())
        if el in mass and parent is not None and el is not body:
            mass[parent] = mass.get(parent, 0) + mass[el]
    return mass


def _window_runs(path: list, size: int, prose: dict, etree):
    """The windows of the container at the end of `path` (see _windows)."""
    container = path[-1]

    def skeleton(first: bool):
        top = copy = None
        for el in path:
            made = _copy_element(el, etree)
            if copy is None:
                top = made
            else:
                copy.append(made)
            copy = made
        if first:
            _set_text(copy, "text", container.text)  # text before the container's first child
        return top, copy

    top, copy = skeleton(first=True)
    count = 0
    for child in list(container):
        n = sum(1 for _ in child.iter())
        if n > size and len(child) > 1 and prose.get(child) and _chrome_reason(child.tag, child.attrib) is None:
            # Too large for one window: split one level down.
            if len(copy) or (copy.text or "").strip():
                yield top, copy
            tail, child.tail = child.tail, None
            yield from _window_runs([*path, child], size, prose, etree)
            top, copy = skeleton(first=False)
            _set_text(copy, "text", tail)
            count = 0
            continue
        if count and count + n > size:
            yield top, copy
            top, copy = skeleton(first=False)
            count = 0
        copy.append(child)  # moved, with its tail: the page shrinks as windows are done
        count += n
    if len(copy) or (copy.text or "").strip():
        yield top, copy
