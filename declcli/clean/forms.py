"""The form of each body block, for -f markdown-body: what kind of block it
was (heading, list item, quote, preformatted) and its inline marks
(emphasis, strong, code, links), made only when asked.

The block's text is made as it always is (blocks._blocks_of); its marks are
found by walking the same text nodes with the inline elements above them
and aligning them with that text, character by character (white space, soft
hyphens and zero-width spaces aside, as norm_space drops or collapses them).
A block whose text cannot be aligned (a combining accent split across two
elements, which NFC joins) keeps its kind and gets no marks: the text is
never changed to fit the marks.
"""

from __future__ import annotations

import unicodedata

from ..model import Block
from .text import _HEADINGS, _text_types

# Inline elements and the mark each gives its text.
_MARKS = {
    "em": "em",
    "i": "em",
    "cite": "em",
    "strong": "strong",
    "b": "strong",
    "code": "code",
    "kbd": "code",
    "samp": "code",
    "tt": "code",
}


_INVISIBLE = str.maketrans("", "", "\u00ad\u200b")  # what norm_space removes


def _mark_of(tag):
    """The (mark, href) an element gives its text, or None."""
    name = tag.name
    if name == "a":
        href = tag.get("href")
        return ("link", href.strip()) if isinstance(href, str) and href.strip() else None
    mark = _MARKS.get(name)
    return (mark, None) if mark else None


def _add_mark(marks: frozenset, tag) -> frozenset:
    mark = _mark_of(tag)
    if mark is None or mark in marks:
        return marks
    if mark[0] == "link":  # links do not nest: the innermost holds
        marks = frozenset(m for m in marks if m[0] != "link")
    return marks | {mark}


def marked_runs(nodes, marks: frozenset) -> list[tuple[str, frozenset]]:
    """The text nodes under `nodes` (strings and tags, in order), each with
    the marks of the inline elements above it (`marks`: those above the
    nodes). A walk, not a recursion: inline elements nest arbitrarily deep."""
    text_types = _text_types()
    runs: list[tuple[str, frozenset]] = []
    for node in nodes:
        if node.name is None:
            if type(node) in text_types:
                runs.append((str(node), marks))
            continue
        above = {id(node): _add_mark(marks, node)}
        for d in node.descendants:
            own = above[id(d.parent)]
            if d.name is None:
                if type(d) in text_types:
                    runs.append((str(d), own))
            else:
                above[id(d)] = _add_mark(own, d)
    return runs


def spans_of(text: str, runs) -> list[tuple[int, int, str, str | None]]:
    """The marks of `runs` as spans of `text` (the block's text made from
    them), merged where one mark runs on; [] if they cannot be aligned."""
    pos, n = 0, len(text)
    spans: list[tuple[int, int, str, str | None]] = []
    open_: dict[tuple[str, str | None], list[int]] = {}
    for raw, marks in runs:
        raw = raw.translate(_INVISIBLE)
        if not raw.isascii():
            raw = unicodedata.normalize("NFC", raw)
        first = last = -1
        for c in raw:
            if c.isspace():
                continue
            while pos < n and text[pos].isspace():
                pos += 1
            if pos >= n or text[pos] != c:
                return []
            if first < 0:
                first = pos
            last = pos
            pos += 1
        if first < 0:
            continue  # white space only: it neither ends nor starts a mark
        for mark in list(open_):
            if mark not in marks:
                start, end = open_.pop(mark)
                spans.append((start, end, *mark))
        for mark in marks:
            if mark in open_:
                open_[mark][1] = last + 1
            else:
                open_[mark] = [first, last + 1]
    for mark, (start, end) in open_.items():
        spans.append((start, end, *mark))
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))
    return spans


class Context:
    """Where _blocks_of is in the story: the list, item, quote and inline
    marks around the element it reads."""

    __slots__ = ("kind", "level", "ordered", "number", "quote", "marks", "pending")

    def __init__(self, kind="paragraph", level=0, ordered=False, number=0, quote=0, marks=frozenset(), pending=None):
        self.kind, self.level, self.ordered, self.number, self.quote = kind, level, ordered, number, quote
        self.marks = marks
        # [True] while the list item this context is in has not given its first block
        self.pending = pending if pending is not None else [False]

    @classmethod
    def top(cls, el) -> Context:
        """The context of a part of the story: only its own tag counts (a
        story laid out inside a list is not a list)."""
        return cls().enter(el, 1)

    def enter(self, el, number: int) -> Context:
        """The context of a child element read as blocks of its own
        (`number`: its position among the <li> of its parent)."""
        name = el.name
        kind, level, ordered, quote, pending = self.kind, self.level, self.ordered, self.quote, self.pending
        if name in ("ul", "ol"):
            depth = level if kind != "heading" else 0
            kind, level, ordered, pending = "paragraph", depth + 1, name == "ol", [False]
        elif name == "li":
            kind, level, pending = "item", max(level, 1), [True]
        elif name == "blockquote":
            quote += 1
        elif name in _HEADINGS:
            kind, level = "heading", int(name[1])
        elif name == "pre":
            kind = "preformatted"
        return Context(kind, level, ordered, number if name == "li" else self.number, quote, _add_mark(self.marks, el), pending)

    def block(self, text: str, nodes, child=None, number: int = 0) -> Block:
        """The form of a block: `text` made from `nodes`; `child`, the block
        element it is the text of (None: text runs of this context's
        element); `number`, a <li> child's position among its parent's."""
        name = child.name if child is not None else None
        kind, level, item, code = "paragraph", self.level, self.number, None
        if name in _HEADINGS:
            kind, level = "heading", int(name[1])
        elif name == "li":
            kind, level, item = "item", max(self.level, 1), number
        elif name == "pre" or (name is None and self.kind == "preformatted"):
            kind = "preformatted"
            raw = "".join(s for s, _ in marked_runs(nodes, frozenset())).strip("\n")
            code = raw if " ".join(raw.translate(_INVISIBLE).split()) == text else None
        elif name is None and self.kind == "heading":
            kind = "heading"
        elif self.pending[0]:
            kind = "item"  # the first text of a list item that holds other blocks
            self.pending[0] = False
        spans = [] if kind == "preformatted" else spans_of(text, marked_runs(nodes, self.marks))
        return Block(
            kind=kind,
            level=level,
            ordered=self.ordered and kind == "item",
            number=item if kind == "item" else 0,
            quote=self.quote,
            spans=spans,
            code=code,
        )


def joined_lines(form: Block, text: str, kept: list[bool]) -> Block:
    """`form` for the block `text` once only its `kept` lines are left,
    joined by a space (hints._filter_blocks): its spans moved to match."""
    lines = text.split("\n")
    if all(kept) and len(lines) == 1:
        return form
    old_starts, new_starts = [], []
    old = new = 0
    for line, keep in zip(lines, kept, strict=False):
        old_starts.append(old)
        new_starts.append(new if keep else -1)
        old += len(line) + 1
        if keep:
            new += len(line) + 1
    spans: list[tuple[int, int, str, str | None]] = []
    for start, end, mark, href in form.spans:
        for i, line in enumerate(lines):
            a, b = max(start, old_starts[i]), min(end, old_starts[i] + len(line))
            if a >= b or new_starts[i] < 0:
                continue
            a, b = a - old_starts[i] + new_starts[i], b - old_starts[i] + new_starts[i]
            if spans and spans[-1][2:] == (mark, href) and spans[-1][1] + 1 == a:
                a = spans.pop()[0]  # the same mark over two kept lines: one span
            spans.append((a, b, mark, href))
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))
    return Block(
        kind=form.kind, level=form.level, ordered=form.ordered, number=form.number, quote=form.quote, spans=spans, code=form.code
    )
