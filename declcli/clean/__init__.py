"""Stage 2: HTML or plain text -> body blocks, with the page chrome removed.

HTML: BeautifulSoup (lxml parser) builds the tree; what metadata needs is
noted first (PageHints), then captions go to `media`, breadcrumbs are kept,
chrome is removed by tag, role, class/id vocabulary and block text, and the
article container is chosen by scoring paragraphs (readability's idea:
paragraph text credits its parent and grandparent).

Plain text: paragraphs are split on blank lines; headline, caption and credit
lines, glued or separated breadcrumb trails, bylines, date lines and chrome
lines are recognised line by line.

The stage's modules, one per concern: parse, prune, hints, vocab, judge,
blocks, text, plaintext; state holds the drop trace.
"""

from __future__ import annotations

from .. import patterns
from .._speedups import collector
from ..model import CleanPage, Media
from ..titles import page_host
from . import state
from .blocks import _choose_root, _drop_support_appeals, _story_parts  # noqa: F401
from .hints import _filter_blocks, _headlines
from .judge import _strip_chrome
from .parse import (
    _depth_capped_builder,
    _parse,
    _soup_from_lxml_builder,
    _with_attributes_capped,
    _with_break_runs_cut,
    _without_huge_comments,
)
from .plaintext import clean_text  # noqa: F401
from .prune import _prepare, _windows
from .state import trace_drops  # noqa: F401
from .text import (
    _string_xpath,
    norm_space,  # noqa: F401
)
from .vocab import _chrome_reason, is_chrome_text, split_caption  # noqa: F401

# Pages whose pruned body has more elements than this are cleaned a window
# at a time, so that the soup (about 25 times the page's size in memory)
# never holds the whole page; a window holds about _WINDOW_ELEMENTS.
_WINDOWED_ABOVE = 20_000


_WINDOW_ELEMENTS = 4_000


def clean_html(html: str, *, structure: bool = False, head: list[str] | None = None, head_chars: int = 0) -> CleanPage:
    """The page's body blocks, media, breadcrumbs and metadata hints;
    `structure`: also the form of each block (CleanPage.forms: headings,
    lists, quotes, emphasis and links, for -f markdown-body); `head`, when
    given, receives the first `head_chars` characters of the page as the
    parser reads it."""
    # On a large page memory comes first: its garbage is collected as it goes.
    small = len(html) <= _PAUSED_UP_TO
    html = _with_break_runs_cut(_with_attributes_capped(_without_huge_comments(html)))
    if head is not None:
        # The metadata stage's readers of the raw page (htmldate, which lxml
        # parses for it) get the page with its floods cut, as the cleaner
        # does: a tag of 80,000 attributes costs libxml2 a minute.
        head.append(html[:head_chars])
    parsed = _parse(html)
    noscript = parsed is not None and _noscript_text(parsed[0])
    if parsed is not None and parsed[1] and not noscript and not small:
        del html  # lxml holds the whole page: on a large one, its text's memory goes back
        html = None
    page = _clean_parsed(parsed, html, small, unwrap_noscript=False, structure=structure)
    if not page.blocks and noscript:
        # No text but in <noscript> (a page that writes its story with
        # script, and keeps a copy for readers without it): read it.
        page = _clean_parsed(_parse(html), html, small, unwrap_noscript=True, structure=structure)
    if not page.blocks and html is not None:
        # Nothing left once the chrome named by class or id went: the story
        # sits in elements named like chrome (a forum's posts named
        # "comment", a lyrics page's "widget"). Tags, roles and hidden
        # elements still go.
        with state.names_not_judged():
            page = _clean_parsed(_parse(html), html, small, unwrap_noscript=noscript, structure=structure)
    return page


def _noscript_text(doc) -> bool:
    """Whether the page holds any text in <noscript>."""
    text_of = _string_xpath()
    return any(text_of(n).strip() for n in doc.iter("noscript"))


def _clean_parsed(parsed, html: str | None, small: bool, unwrap_noscript: bool, structure: bool = False) -> CleanPage:
    """clean_html's work on the page as _parse gave it (`html`: the page,
    needed only where lxml did not hold all of it; `structure`: see clean_html)."""
    import warnings

    # bs4 imports soupsieve, which compiles 90 patterns as it is imported (a
    # third of bs4's import time): built from the pattern cache instead.
    patterns.import_module("bs4")
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with collector.paused(small):
        pruned_body, breadcrumbs, hints, removed = _prepare(parsed, unwrap_noscript)
    del parsed
    media: list[Media] = []
    blocks: list[str] = []
    host = page_host(hints) if hints is not None else None
    forms: list | None = [] if structure else None
    if pruned_body is None or isinstance(pruned_body, str):
        # None only where lxml did not hold the whole page, so `html` is still here.
        with warnings.catch_warnings():
            # XHTML served as HTML is read as HTML on purpose, as browsers do;
            # the library's advice would only be noise on the user's stderr.
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            with collector.paused(small):
                soup = BeautifulSoup(html if pruned_body is None else pruned_body, builder=_depth_capped_builder()())
                _strip_chrome(soup, None, blocks, media, removed, from_lxml=False, forms=forms, host=host)
    else:
        builder = _soup_from_lxml_builder()
        if sum(1 for _ in pruned_body.iter()) <= _WINDOWED_ABOVE:
            with collector.paused(small):
                _strip_chrome(BeautifulSoup(pruned_body, builder=builder()), None, blocks, media, removed, forms=forms, host=host)
        else:
            # Here the collector runs (no collector.paused): a window's soup is
            # let go only once the next is under way, and is freed in time only
            # by collections made while that one is built.
            for skeleton, container in _windows(pruned_body, _WINDOW_ELEMENTS):
                window_builder = builder(mark=container)
                soup = BeautifulSoup(skeleton, builder=window_builder)
                _strip_chrome(soup, window_builder.marked, blocks, media, removed, forms=forms)
    kept = _filter_blocks(blocks, _headlines(hints), hints, removed, forms)
    # After the filter, so that the windows of a large page are judged too.
    _drop_support_appeals(kept, forms, host, removed)
    return CleanPage(
        blocks=kept, media=media, breadcrumbs=breadcrumbs, hints=hints, removed=removed, forms=forms if forms is not None else []
    )


# Pages up to this many characters are cleaned with the collector paused
# (declcli._speedups.collector); larger ones, where the garbage of a pause
# would weigh, with it running.
_PAUSED_UP_TO = 2_000_000
