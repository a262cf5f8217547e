"""Element text as it reads: strings joined without invented spaces, a space
for <br> and around blocks, white space collapsed, NFC.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "hr",
    "address",
    "center",
    "form",
    "fieldset",
    "details",
    "summary",
    "caption",
}


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


_NESTED_TEXT = {"p", "div", "table", "font", "blockquote", "section", "article", "ul", "ol"}


_RUN_HOLDERS = {"div", "span", "font", "section", "article", "td", "center", "blockquote"}


def norm_space(text: str) -> str:
    """White space collapsed, soft hyphens and zero-width spaces removed, NFC
    (a page may spell "é" as "e" and a combining accent: the same text)."""
    # str.split() and the regex \s agree on what white space is; split is faster.
    text = " ".join(text.replace("\u00ad", "").replace("\u200b", "").split())
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _tags(el, names=None) -> list:
    """Descendant tags of `el`, in order, optionally only those named in
    `names` (a set): a plain walk, much cheaper than bs4's find_all filters."""
    if names is None:
        return [d for d in el.descendants if d.name is not None]
    return [d for d in el.descendants if d.name in names]


def _gone(tag) -> bool:
    """Removed from the tree, alone or with an ancestor. (bs4's `decomposed`
    property is not used: on a live tag it runs find("_decomposed") over the
    whole subtree; and a decomposed tag has lost its attributes, so reading
    .parent on it runs find("parent"), cheap only because it is empty.)"""
    return "_decomposed" in vars(tag) or tag.parent is None


def _has(el, names) -> bool:
    return any(d.name in names for d in el.descendants)


@lru_cache(maxsize=1)
def _text_types() -> tuple:
    from bs4 import CData, NavigableString

    return (NavigableString, CData)  # what get_text reads: not comments, not scripts


def _join_runs(pieces) -> str:
    """Text pieces (strings of neighbouring nodes) joined as they read:
    as they are ("the <a>report</a>, he said", "s<a>elbst</a>", "m<sup>2</sup>",
    "子どもへの<span>虐待</span>を"), but with a space where a word or a sentence
    would otherwise run into the next across a tag: a lower-case letter or
    digit before a capital ("Noem</span><span>South Dakota"), a sentence end
    before a capital ("easy.</span><span>Kathrin Ziegler/Getty"). A
    one-letter piece is a drop cap and joins."""
    out = []
    prev = ""
    for piece in pieces:
        if not piece:
            continue
        if (
            prev
            and piece[0].isupper()
            and (((prev[-1].islower() or prev[-1].isdigit()) and (len(prev) > 1 or not prev.isalpha())) or prev[-1] in ".!?…:;")
        ):
            out.append(" ")
        out.append(piece)
        prev = piece
    return "".join(out)


def _strings(tag) -> str:
    """An element's text as it reads: strings joined by _join_runs, a space
    for <br> and around block elements. (get_text(" ") puts a space between
    any two strings: "the <a>report</a>, he said" became "report , he".)"""
    return _join_runs(_string_parts(tag))


def _string_parts(tag) -> list[str]:
    """The pieces _strings joins: the element's strings, and a space for
    each <br> and block edge."""
    text_types = _text_types()
    parts = []
    for d in tag.descendants:
        name = d.name
        if name is None:
            if type(d) in text_types:
                before = d.previous_sibling
                if before is not None and before.name in _BLOCK_TAGS:
                    parts.append(" ")
                parts.append(d)
        elif name == "br" or name in _BLOCK_TAGS:
            parts.append(" ")
    return parts


def _text(tag) -> str:
    return norm_space(_strings(tag))


def _lx_text(el) -> str:
    """An lxml element's text as it reads (as _text reads a tag)."""
    if not len(el):
        return norm_space(el.text or "")
    from lxml import etree

    parts = []
    for event, e in etree.iterwalk(el, events=("start", "end")):
        spaced = e.tag == "br" or e.tag in _BLOCK_TAGS
        if event == "start":
            if spaced and e is not el:
                parts.append(" ")
            parts.append(e.text or "")
        elif e is not el:
            if spaced:
                parts.append(" ")
            parts.append(e.tail or "")
    return norm_space(_join_runs(parts))


@lru_cache(maxsize=1)
def _string_xpath():
    from lxml import etree

    return etree.XPath("string()")
