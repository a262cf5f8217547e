"""Plain text: paragraphs split on blank lines; headline, caption, credit,
breadcrumb, byline, date and chrome lines recognised line by line.
"""

from __future__ import annotations

from .. import patterns
from ..model import Block, CleanPage, Media, PageHints
from .hints import _SENTENCE_END, _is_trail
from .text import norm_space
from .vocab import _vocab, byline_match, is_chrome_text, split_caption

_GLUED = patterns.compile(r"(?<=[a-zа-яё0-9.)])(?=[A-ZА-ЯЁ])")


_PUNCTUATED_END = patterns.compile(r"[.!?;:,\"“”«»]$")


_PROSE_END = patterns.compile(r"[.!?\"”»]$")


_BLANK_LINE = patterns.compile(r"\n\s*\n")


def _split_glued(prefix: str) -> list[str]:
    """'ГлавнаяNews' -> ['Главная', 'News']: words glued by a lost separator."""
    parts = _GLUED.split(prefix)
    return [p.strip() for p in parts if p.strip()]


def _is_menu_line(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 8 or len(line) > 60:
        return False
    if _PUNCTUATED_END.search(line):
        return False
    # A line of capitalised single words without sentence punctuation: a menu.
    return len(words) >= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def clean_text(text: str, *, structure: bool = False) -> CleanPage:
    """The body paragraphs of a plain-text article; `structure`: also their
    forms (CleanPage.forms), each a plain paragraph: text has no markup."""
    hints = PageHints()
    removed: list[tuple[str, str]] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [p for p in text.split("\n")] if "\n\n" not in text.strip() else _BLANK_LINE.split(text)
    paragraphs = [norm_space(p) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p]

    title = None
    # The headline is the first line that is not a menu, a trail or chrome.
    for i, first in enumerate(paragraphs[:4]):
        if i < len(paragraphs) - 1 and (_is_menu_line(first) or _is_trail(first) or is_chrome_text(first)):
            continue
        if len(paragraphs) > 1 and len(first) <= 200 and not _SENTENCE_END.search(first) and len(first.split()) >= 2:
            title = first
            removed.append(("headline", first[:80]))
            paragraphs = paragraphs[:i] + paragraphs[i + 1 :]
        break
    hints.first_line_title = title
    in_read_more = False

    breadcrumbs: list[str] = []
    blocks: list[str] = []
    media: list[Media] = []
    for line in paragraphs:
        # "Read more" and the teaser headlines under it, up to the next prose.
        if _vocab()["read_more_heading"].match(line):
            in_read_more = True
            removed.append(("read more", line[:80]))
            continue
        if in_read_more:
            if len(line) < 140 and not _PROSE_END.search(line):
                removed.append(("read more", line[:80]))
                continue
            in_read_more = False
        # A trail with the headline glued on: "ГлавнаяNewsPresidents …".
        if title and line.endswith(title) and line != title and len(line) - len(title) < 120:
            crumbs = _split_glued(line[: -len(title)])
            if crumbs:
                breadcrumbs = crumbs
                removed.append(("breadcrumbs", line[:80]))
                continue
        if title and line == title:
            removed.append(("headline", line[:80]))
            continue
        if _is_trail(line):
            parts = _vocab()["trail_separator"].split(line)
            if title and parts[-1] == title:
                parts = parts[:-1]
            if not breadcrumbs:
                breadcrumbs = parts
            removed.append(("breadcrumbs", line[:80]))
            continue
        if _vocab()["credit_line"].search(line) and len(line) < 400:
            media.append(split_caption(line))
            removed.append(("caption", line[:80]))
            continue
        m = byline_match(line)
        if m:
            hints.bylines.append(line)
            removed.append(("byline", line[:80]))
            continue
        if _vocab()["date_line"].match(line):
            hints.date_lines.append(line)
            removed.append(("date line", line[:80]))
            continue
        if is_chrome_text(line) or _is_menu_line(line):
            removed.append(("chrome text", line[:80]))
            continue
        blocks.append(line)
    forms = [Block() for _ in blocks] if structure else []
    return CleanPage(blocks=blocks, media=media, breadcrumbs=breadcrumbs, hints=hints, removed=removed, forms=forms)
