"""The page parsed by lxml, the lxml edits that keep the text, and the
BeautifulSoup tree built from the lxml tree without serialising it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import _BLOCK_TAGS

# Characters lxml will not take from Python in a text (C0 controls but tab
# and line breaks, non-characters, lone surrogates), though it keeps those it
# parsed: invisible on a page, dropped from the texts declcli sets.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


# A comment this long is cut from the page before it is parsed: libxml2
# refuses a comment (as any text) of over 10,000,000 characters, and the
# parser that reads such a page after it (see _depth_capped_builder) then
# gave the comment's content as text. Shorter ones lxml drops itself.
_HUGE_COMMENT = 1_000_000


def _without_huge_comments(html: str) -> str:
    """The page without its comments of over _HUGE_COMMENT characters:
    comments are never text."""
    at = html.find("<!--")
    if at < 0 or len(html) <= _HUGE_COMMENT:
        return html
    pieces, kept = [], 0
    while at >= 0:
        end = html.find("-->", at + 4)
        end = len(html) if end < 0 else end + 3
        if end - at > _HUGE_COMMENT:
            pieces.append(html[kept:at])
            kept = end
        at = html.find("<!--", end)
    if not pieces:
        return html
    pieces.append(html[kept:])
    return "".join(pieces)


# A start tag keeps its first _MOST_ATTRIBUTES attributes; the rest are cut
# before libxml2 reads the page: it checks each new attribute against all
# the tag's earlier ones, so a tag's cost is quadratic in their number (one
# tag of 80,000: a minute). No element of a page has a hundred.
_MOST_ATTRIBUTES = 100
# Possessive quantifiers: a run of 80,000 attributes is matched without a
# backtracking frame for each (a repeated group keeps one: hundreds of MB).
_ATTRIBUTE = r"""[\s/]++[^\s/>=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
_MANY_ATTRIBUTES = re.compile(rf"(<[a-zA-Z][^\s/>]*+(?:{_ATTRIBUTE}){{{_MOST_ATTRIBUTES}}})(?:{_ATTRIBUTE})++")


def _with_attributes_capped(html: str) -> str:
    """The page with each start tag's attributes after its first
    _MOST_ATTRIBUTES cut (the tag's end kept)."""
    return _MANY_ATTRIBUTES.sub(r"\1", html)


# A run of <br> keeps its first _MOST_BREAKS: the soup makes an object of
# each (2,000,000 of them took 48 s and 660 MB), and past a few they only
# make blank lines, which the text does not keep.
_MOST_BREAKS = 100
_BREAK = r"</?br\b[^<>]*+>\s*+"
_BREAK_RUN = re.compile(rf"((?:{_BREAK}){{{_MOST_BREAKS}}})(?:{_BREAK})++", re.IGNORECASE)
# "<br" or "</br" in any case (the letters spelt out: no other character
# lower-cases to "b" or "r"), as the pre-check counts them.
_BREAK_START = re.compile(r"</?[bB][rR]")


def _with_break_runs_cut(html: str) -> str:
    """The page with each run of more than _MOST_BREAKS <br> (white space
    between them) cut to its first _MOST_BREAKS."""
    # The pattern tries every "<" of the page (a fifth of the cleaning's time on ordinary pages);
    # a page with no more <br> tags than a run keeps cannot hold a longer run. (Counted by a
    # scan that stops past the run: a lower-cased copy of the page cost ten times as much.)
    for seen, _ in enumerate(_BREAK_START.finditer(html), 1):
        if seen > _MOST_BREAKS:
            return _BREAK_RUN.sub(r"\1", html)
    return html


def _parse(html: str):
    """The page as an lxml tree (comments and processing instructions left
    out by the parser) and whether it holds the whole page; None if lxml
    cannot read it at all."""
    from lxml import etree

    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        doc = etree.fromstring(html, parser)
    except (etree.ParserError, ValueError):
        return None
    if doc is None:
        return None
    # Nested past libxml2's depth limit: the tree lost the text below it.
    return doc, not any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _drop(el) -> None:
    """Remove an element and its subtree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            _set_text(prev, "tail", (prev.tail or "") + tail)
        else:
            _set_text(parent, "text", (parent.text or "") + tail)
    parent.remove(el)


def _set_text(el, which: str, text: str | None) -> None:
    """Set an lxml element's text or tail. lxml keeps control characters it
    parsed but refuses them from Python: they go (they are invisible)."""
    try:
        setattr(el, which, text)
    except ValueError:
        setattr(el, which, _XML_UNSAFE.sub("", text))


def _copy_element(el, etree):
    """A new element with `el`'s tag and attributes (cleaned as _set_text does)."""
    try:
        return etree.Element(el.tag, dict(el.attrib))
    except ValueError:
        return etree.Element(el.tag, {k: _XML_UNSAFE.sub("", v) for k, v in el.attrib.items()})


# The attributes the soup's rules read (href: where the story's closing link
# leads, blocks._drop_closing_pointer, and the links of -f markdown-body);
# the others (images, data-*) are dropped before it is built, as each costs
# it a dict entry.
_SOUP_ATTRS = frozenset(("class", "id", "role", "hidden", "aria-hidden", "style", "aria-label", "itemprop", "href"))


@lru_cache(maxsize=1)
def _soup_from_lxml_builder():
    """A bs4 tree builder that builds the soup from the pruned lxml body,
    element by element, through bs4's own handle_* calls: the tree lxml has
    already parsed is not serialised for bs4 to parse again."""
    from bs4.builder import HTMLTreeBuilder
    from lxml import etree

    class SoupFromLxml(HTMLTreeBuilder):
        NAME = "declcli-lxml-tree"
        features = [NAME]

        def __init__(self, mark=None, **kwargs):
            # class is split here, once, rather than by each Tag from a table.
            super().__init__(multi_valued_attributes=None, **kwargs)
            self.mark = mark  # an lxml element whose tag is wanted back, as .marked
            self.marked = None
            self.keep = _SOUP_ATTRS

        def prepare_markup(self, markup, user_specified_encoding=None, document_declared_encoding=None, exclude_encodings=None):
            yield markup, None, None, False

        def feed(self, root) -> None:
            # Attributes the chrome rules never read are left out, and so is
            # the white space that only indents block markup (see
            # _is_layout_tail): each would cost the soup an object.
            soup = self.soup
            start, end, data = soup.handle_starttag, soup.handle_endtag, soup.handle_data
            keep = self.keep
            for event, el in etree.iterwalk(root, events=("start", "end")):
                if event == "start":
                    attrib = el.attrib
                    attrs = {k: v for k, v in attrib.items() if k in keep} if attrib else {}
                    if "class" in attrs:
                        attrs["class"] = attrs["class"].split()  # as bs4 would: a list of values
                    tag = start(el.tag, None, None, attrs)
                    if el is self.mark:
                        self.marked = tag
                    text = el.text
                    if text and not (el.tag in _LAYOUT_PARENTS and len(el) and el[0].tag in _BLOCK_OR_HEAD and text.isspace()):
                        data(text)
                else:
                    end(el.tag)
                    tail = el.tail
                    if tail and el is not root and not (el.tag in _BLOCK_OR_HEAD and tail.isspace() and _is_layout_tail(el)):
                        data(tail)

    return SoupFromLxml


_BLOCK_OR_HEAD = _BLOCK_TAGS | {"body", "html", "head", "script", "style", "meta", "link", "title", "br", "img"}


_LAYOUT_PARENTS = _BLOCK_TAGS - {"pre"}


def _is_layout_tail(el) -> bool:
    """Whether the white space after `el` (a block) only indents the markup
    between block elements (two thirds of a page's text nodes): it can never
    be text. White space next to inline elements, and in <pre>, is kept."""
    parent = el.getparent()
    if parent is None or parent.tag not in _LAYOUT_PARENTS:
        return False
    nxt = el.getnext()
    return nxt is None or nxt.tag in _BLOCK_OR_HEAD


# How deep the soup of a page that lxml could not hold is nested, at most.
# Past it no element is made: its text goes into the deepest element, and a
# line break or a block's edge becomes a line end. Every walk from an
# element to its ancestors, or over an element's subtree once per level,
# then stays bounded on a page nesting 100,000 <span>, <font> or <pre>: the
# tree has at most this many levels, and what lies below them is one string.
# (libxml2 gives up at 256 deep, so a page lxml holds is never deeper;
# Chromium's parser stops nesting at 512.)
_SOUP_DEPTH = 256


@lru_cache(maxsize=1)
def _depth_capped_builder():
    """bs4's lxml builder with the soup's depth capped at _SOUP_DEPTH."""
    from bs4.builder import LXMLTreeBuilder

    class DepthCappedLXML(LXMLTreeBuilder):
        NAME = "declcli-lxml-capped"
        features = [NAME]

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.depth = 0  # elements lxml has open
            self.soup_depth = 0  # of which the soup has a tag

        def start(self, tag, attrib, nsmap={}):  # noqa: B006 - bs4's own signature
            self.depth += 1
            if self.depth > _SOUP_DEPTH:
                if tag == "br" or tag in _BLOCK_TAGS:
                    self.soup.handle_data("\n")
                return
            self.soup_depth += 1
            super().start(tag, attrib, nsmap)

        def end(self, tag):
            self.depth -= 1
            if self.depth >= self.soup_depth:
                if tag in _BLOCK_TAGS:
                    self.soup.handle_data("\n")
                return
            self.soup_depth -= 1
            super().end(tag)

    return DepthCappedLXML
