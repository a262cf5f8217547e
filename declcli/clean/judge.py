"""BeautifulSoup's part: captions to media, chrome removed by name with a
guard for blocks that carry the story, and the story's blocks collected.
"""

from __future__ import annotations

import re

from .. import patterns
from ..model import Media
from . import state
from .blocks import (
    _blocks_of,
    _choose_root,
    _drop_closing_pointer,
    _drop_trailing_headings,
    _holds_story,
    _leads_before,
    _link_density,
    _note_outside,
    _prose_mass,
    _RootMemo,
    _story_parts,
)
from .state import _note
from .text import _BLOCK_TAGS, _HEADINGS, _gone, _has, _tags, _text
from .vocab import _HEADER_REASONS, _attr_str, _inside_article, _soup_chrome_reason, _vocab, split_caption

_CAPTION_CLASS = patterns.compile(
    r"(^|[-_ ])(wp-caption-text|caption|image-caption|photo-caption|legend|bildunterschrift|bilduntertitel)($|[-_ ])", re.I
)


_CREDIT_LABEL = patterns.compile(r"^(photo|image|credit|фото)\s*:\s*", re.I)


def _keep_header_lead(header, removed: list, memo: _RootMemo) -> bool:
    """An article's own header: its lead paragraphs (prose, not a label, a
    date line or a link) take its place, in order; False if it holds none."""
    leads = [
        d
        for d in _tags(header, {"p", "div", "h2"})
        if not _has(d, _BLOCK_TAGS) and len(_text(d)) >= 80 and _link_density(d) < 0.25
    ]
    if not leads:
        return False
    for lead in leads:
        header.insert_before(lead.extract())
    _note(removed, "header, lead kept", _text(header))
    memo.forget(header)
    header.decompose()
    return True


def _heading_module(tag) -> bool:
    """A block named a header that holds one heading and nothing else (a site
    builder's heading module, Jimdo's `j-header`): the story's section
    heading, not the page's header of logo and menu."""
    children = [c for c in tag.children if c.name is not None or c.strip()]
    return len(children) == 1 and children[0].name in _HEADINGS and children[0].find("a") is None


def _strip_chrome(
    soup,
    container,
    blocks: list[str],
    media: list[Media],
    removed: list,
    from_lxml: bool = True,
    forms: list | None = None,
    host: str | None = None,
) -> None:
    """BeautifulSoup's part: captions and credits to `media`, chrome removed
    (by tag, role, class/id vocabulary and the prose it holds), the story's
    container chosen by scoring paragraphs, and its text blocks added to
    `blocks`. `container`: a window's container, which is the story's and
    is not chosen again. `from_lxml`: the soup was built from the pruned
    lxml body (no comments, no drop tags). `forms`, when given, gets the
    form of each block (forms.py); `host`, the page's (its canonical URL's),
    tells its own links from others'."""
    from bs4 import Comment

    body = soup.body or soup
    tags = _tags(body)  # document order; those removed on the way are skipped with _gone
    if not from_lxml:  # lxml left comments and these tags out already
        for c in [d for d in body.descendants if isinstance(d, Comment)]:
            c.extract()
        drop_tags = _vocab()["drop_tags"]
        for tag in tags:
            if tag.name in drop_tags and not _gone(tag):
                tag.decompose()

    for fig in tags:
        if fig.name != "figure" or _gone(fig):
            continue
        cap = fig.find("figcaption")
        if cap is not None:
            credit_el = cap.find(class_=patterns.compile("credit|copyright|source", re.I)) or cap.find(["cite", "small"])
            if credit_el is not None and credit_el is not cap:
                credit = _text(credit_el).strip(" .()")
                credit = _CREDIT_LABEL.sub("", credit)
                credit_el.decompose()  # read; decomposed, so the listed tags below it count as gone
                item = Media(caption=_text(cap), credit=credit or None)
            else:
                item = split_caption(_text(cap))
            if item.caption:
                media.append(item)
        if fig.find("table") is not None:
            # A table set in a figure (WordPress's wp-block-table, a comparison
            # table) is the story's data, not a picture: only its caption goes.
            if cap is not None:
                _note(removed, "figure", _text(cap))
                cap.decompose()
            continue
        _note(removed, "figure", _text(fig))
        fig.decompose()
    for cap in tags:
        if _gone(cap) or "class" not in cap.attrs or not _CAPTION_CLASS.search(_attr_str(cap)):
            continue
        text = _text(cap)
        if text and len(text) < 400:
            media.append(split_caption(text))
            _note(removed, "caption", text)
            cap.decompose()

    memo = _RootMemo()  # scores carried from the first root choice to the second
    guard = None

    def story_guard():
        """Prose mass and the best paragraph cluster, computed on first need
        (most soups hold no chrome-named element left to judge)."""
        nonlocal guard
        if guard is None:
            mass = _prose_mass(body)
            # Whatever holds the best paragraph cluster is not chrome, however it is named.
            prelim = _choose_root(body, skip_outside=True, memo=memo, tags=tags)
            protected = {id(prelim)} | {id(a) for a in prelim.parents}
            if container is not None:
                protected |= {id(container)} | {id(a) for a in container.parents}
            guard = (mass, protected, prelim, mass.get(id(prelim), 0), mass.get(id(body), 0))
        return guard

    for tag in tags:
        if _gone(tag):
            continue  # already removed with an ancestor
        reason = _soup_chrome_reason(tag)
        if reason is None:
            continue
        if tag.get("itemprop") == "articleBody" or tag.name in ("body", "html", "main"):
            continue
        if reason == "class header" and _heading_module(tag):
            continue
        if reason in _HEADER_REASONS and _inside_article(tag.parents):
            mass, protected, _, prelim_mass, _ = story_guard()
            if id(tag) in protected or mass.get(id(tag), 0) > 0.5 * prelim_mass:
                continue  # the best paragraph cluster, or most of its prose, is inside: a header that wraps the article
            if _keep_header_lead(tag, removed, memo):
                continue  # the article's own header: its lead is kept, the rest dropped
        # A container named like chrome that holds most of the page's prose
        # is a layout wrapper ("has-sidebar", an ASP.NET <form>), not chrome.
        if reason != "hidden" and _holds_story(tag, *story_guard(), reason):
            continue
        _note(removed, reason, _text(tag))
        memo.forget(tag)
        tag.decompose()

    if container is not None:
        _blocks_of(container, blocks, forms)
    else:
        root = _choose_root(body, memo=memo, tags=tags)
        parts = _story_parts(body, root, memo, tags)
        parts = _leads_before(body, parts) + parts
        if not state.judging_names() and _link_density(root) > 0.5:
            parts = []  # cleaned again without names (clean_html): a page of menus and link lists has no story
        headings: set[int] = set()
        for part in parts:
            _blocks_of(part, blocks, forms, removed=removed, headings=headings)
        _drop_trailing_headings(blocks, forms, headings, removed)
        _drop_closing_pointer(parts, blocks, forms, host, removed)
        _note_outside(body, parts, removed)
    # The tree is full of parent/child cycles: free it now rather than at the
    # next garbage collection, so the claims stage does not stack on top of it.
    soup.decompose()
