"""Which blocks make the story: paragraphs scored (readability's idea), the
container chosen, its sibling sections joined, and its text blocks read.
"""

from __future__ import annotations

import re

from .. import patterns
from ..titles import _squash  # word characters only, case folded: as a title is matched to its site
from . import state
from .state import _note
from .text import (
    _BLOCK_TAGS,
    _HEADINGS,
    _NESTED_TEXT,
    _RUN_HOLDERS,
    _gone,
    _has,
    _join_runs,
    _string_parts,
    _strings,
    _tags,
    _text,
    norm_space,
)
from .vocab import _attr_str, _soup_chrome_reason, _tokens, _vocab


def _in_link(el) -> bool:
    """Inside an <a> (or a control): teasers wrap whole blocks in a link."""
    while el is not None:
        if el.name in ("a", "button", "option", "label", "script", "style"):
            return True
        el = el.parent
    return False


def _prose_mass(body) -> dict[int, int]:
    """Characters of sentence-like text under each element, keyed by id().

    Only text runs of some length that are not link text count, so menus,
    link lists and short labels weigh nothing.
    """
    mass: dict[int, int] = {}
    for s in body.descendants:
        if s.name is not None:
            continue
        n = len(s.strip())
        if n < 40:
            continue
        el = s.parent
        if el is None or _in_link(el):
            continue
        while el is not None:
            mass[id(el)] = mass.get(id(el), 0) + n
            el = el.parent
    return mass


def _paragraph_score(tag) -> float:
    return _parts_score(_string_parts(tag), _join_runs, 0)


# A text past this many characters is scored from its head and its commas:
# see _parts_score.
_LONG_RUN = 2_000


def _parts_score(parts: list[str], join, least: int = 80) -> float:
    """_run_score(join(parts)) (0 for a text of under `least` characters
    once stripped), without normalising the whole of a long text: its length
    counts only up to 300 characters, and its commas are the commas of its
    parts. An element holding a long text under hundreds of levels of
    nesting has every level scored: normalising the text at each would be
    quadratic."""
    if sum(map(len, parts)) > _LONG_RUN:
        head, size = [], 0
        for part in parts:
            head.append(part[: _LONG_RUN - size])
            size += len(head[-1])
            if size >= _LONG_RUN:
                break
        # The head's words are the text's (only the last may be cut short),
        # so a head of 400 characters means a text of more than 300.
        if len(norm_space(join(head))) >= 400:
            commas = sum(p.count(",") for p in parts)
            return 1 + _commas(commas, sum(_words(p) for p in parts) if commas else 0) + sum(p.count("，") for p in parts) + 3
    text = join(parts)
    return _run_score(text) if len(text.strip()) >= least else 0.0


def _link_density(tag) -> float:
    total = len(_text(tag))
    if not total:
        return 0.0
    links = sum(len(_text(a)) for a in _tags(tag, {"a"}))
    return min(1.0, links / total)


def _class_weight(tag) -> float:
    v = _vocab()
    attr = _attr_str(tag)
    weight = 0.0
    if tag.get("itemprop") == "articleBody":
        weight += 50
    if attr:
        if v["content"].search(attr):
            weight += 25
        if v["non_content"].search(attr):
            weight -= 25
    return weight


def _outside_story(el, memo: dict[int, bool]) -> bool:
    """Under comments, an aside, navigation or a footer: never the story."""
    return _above(el, memo, _names_outside)


def _under_link(el, memo: dict[int, bool]) -> bool:
    """Inside an <a>: a teaser whose whole card is one link (its summary
    paragraph reads like prose) is never the story's paragraph."""
    return el.parent is not None and _above(el.parent, memo, lambda a: a.name == "a")


def _above(el, memo: dict[int, bool], test) -> bool:
    """Whether `el` or an ancestor below the body passes `test`. `memo`
    holds the answer for each element walked, so a deep nest is walked once."""
    chain = []
    found = False
    while el is not None and el.name not in ("body", "[document]"):
        key = id(el)
        if key in memo:
            found = memo[key]
            break
        chain.append(key)
        if test(el):
            found = True
            break
        el = el.parent
    for key in chain:
        memo[key] = found
    return found


_PARAGRAPH_TAGS = frozenset(("p", "pre", "td", "blockquote", "li"))


_TAG_BONUS = {"div": 5, "article": 10, "main": 5, "section": 3}


class _RootMemo:
    """What a root choice computes per element (by id), carried to the next
    choice on the same soup. `forget(tag)` before a tag is removed: the text
    of its ancestors changes (their class weights do not)."""

    __slots__ = ("paragraph", "runs", "links", "weight")

    def __init__(self):
        self.paragraph: dict[int, float] = {}
        self.runs: dict[int, float] = {}
        self.links: dict[int, float] = {}
        self.weight: dict[int, float] = {}

    def forget(self, tag) -> None:
        for above in tag.parents:
            key = id(above)
            self.paragraph.pop(key, None)
            self.runs.pop(key, None)
            self.links.pop(key, None)


def _choose_root(body, skip_outside: bool = False, memo: _RootMemo | None = None, tags: list | None = None):
    """The element that holds the article: best scored by its paragraphs.

    Each paragraph credits its parent, grandparent and great-grandparent;
    an element that holds text runs directly (<br> paragraphs, no <p>)
    credits itself as well. `memo` carries scores from one call to the
    next; `tags`, the soup's tags in document order (some maybe removed),
    saves walking the tree again.
    """
    memo = memo if memo is not None else _RootMemo()
    paragraph_scores, run_scores, weights = memo.paragraph, memo.runs, memo.weight
    live = _tags(body) if tags is None else [t for t in tags if not _gone(t)]
    raw: dict[int, float] = {}
    nodes: dict[int, object] = {}

    def credit(el, s: float, start: int) -> None:
        depth = start
        while el is not None and depth < 3 and el.name not in (None, "[document]"):
            key = id(el)
            if key not in nodes:
                nodes[key] = el
                raw[key] = 0.0
            raw[key] += s / (1, 2, 3)[depth]
            el = el.parent
            depth += 1

    outside: dict[int, bool] = {}
    linked: dict[int, bool] = {}
    for p in [t for t in live if t.name in _PARAGRAPH_TAGS]:
        if p.name in ("td", "li", "blockquote") and _has(p, _NESTED_TEXT):
            continue  # its paragraphs or text runs are counted themselves
        s = paragraph_scores.get(id(p))
        if s is None:
            s = paragraph_scores[id(p)] = _paragraph_score(p)
        if s and not (skip_outside and _outside_story(p, outside)) and not _under_link(p, linked):
            credit(p.parent, s, 0)
    for el in [body, *(t for t in live if t.name in _RUN_HOLDERS)]:
        s = run_scores.get(id(el))
        if s is None:
            s = run_scores[id(el)] = sum(_parts_score(r, "".join) for r in _text_runs(el))
        if s and not (skip_outside and _outside_story(el, outside)) and not _under_link(el, linked):
            credit(el, s, 0)
    if not raw:
        return body
    # A class or id that sounds like content ("body", "text") adds at most
    # what the element's own paragraphs score: a teaser link named
    # "avLinkBody" does not outweigh the article's paragraphs.
    scores: dict[int, float] = {}
    for key, r in raw.items():
        weight = weights.get(key)
        if weight is None:
            weight = weights[key] = _class_weight(nodes[key])
        bonus = _TAG_BONUS.get(nodes[key].name, 0)
        scores[key] = r + bonus + (min(weight, r) if weight > 0 else weight)
    # The best of score x (1 - link density). The factor is at most 1, so a
    # positive score below the best adjusted one found cannot win: link
    # density (a walk over the element's text) is computed for the few
    # leaders only. Ties go to the earliest element, as max() would.
    adjusted: dict[int, float] = {}
    best = None
    for k in sorted(scores, key=lambda k: -scores[k]):
        raw = scores[k]
        if best is not None and best > 0 and raw < best:
            break
        density = memo.links.get(k)
        if density is None:
            density = memo.links[k] = _link_density(nodes[k])
        adjusted[k] = raw * (1 - density)
        best = adjusted[k] if best is None else max(best, adjusted[k])
    best_key = max((k for k in scores if k in adjusted), key=lambda k: adjusted[k])
    return nodes[best_key]


def _run_score(text: str) -> float:
    """readability's paragraph weight: commas and length."""
    text = norm_space(text)
    if len(text) < 25:
        return 0.0
    commas = text.count(",")
    return 1 + _commas(commas, _words(text) if commas else 0) + text.count("，") + min(len(text) / 100, 3)


# Prose has a comma every ten words or so; a list of search terms or tags
# joined by commas has one every word or two. Commas past one per this many
# words do not count.
_WORDS_PER_COMMA = 5


_WORD = patterns.compile(r"\w+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _commas(commas: int, words: int) -> int:
    """The commas (",") that count towards a paragraph's score (see
    _WORDS_PER_COMMA); CJK text's "，" is counted apart, as is: its words
    are not separated. (None count where there are none, whatever `words`:
    callers count the words only where there are commas.)"""
    return min(commas, words // _WORDS_PER_COMMA)


def _text_runs(el) -> list[list[str]]:
    """The runs of text an element holds directly, as pages without <p>
    do (each as its strings, see _parts_score): its direct text split at
    <br> and block children."""
    runs: list[list[str]] = []
    buf: list[str] = []
    for child in el.children:
        name = getattr(child, "name", None)
        if name is None:
            buf.append(str(child))
        elif name in ("a", "b", "i", "em", "strong", "u", "span", "font", "small", "sup", "sub", "abbr", "q", "cite", "mark"):
            if name not in ("a",):
                buf.extend(child.strings)  # get_text()'s strings
        else:
            runs.append(buf)
            buf = []
    runs.append(buf)
    return runs


def _names_outside(el) -> bool:
    """The element itself (not its ancestors) is comments, an aside or
    navigation: _outside_story for a sibling of the story, whose ancestors
    are the story's own. Where the story was chosen under something named
    like comments (a forum whose thread sits in a "reply" container), its
    siblings there are judged by what they are, not by that container."""
    v = _vocab()
    return (
        el.name in v["chrome_tags"]
        or (el.get("role") or "").lower() in v["roles"]
        or (state.judging_names() and bool(_tokens(_attr_str(el)) & v["never_content"]))
    )


def _holds_story(tag, mass, protected, prelim, prelim_mass: int, total: int, reason: str = "") -> bool:
    """A chrome-named element that holds the story (a wrapper, a "paywall"
    div around the paragraphs): the best paragraph cluster or its
    ancestors, a good part of that cluster's prose (not an author box or a
    footer: a short post's author bio is often as long as the post), or
    most of the page's."""
    m = mass.get(id(tag), 0)
    if id(tag) in protected:
        return True
    if prelim_mass > 300 and m >= 0.25 * prelim_mass and prelim in tag.parents and reason not in _NEVER_WRAPPERS:
        return True
    # Most of the page's prose, unless a story of some length stands outside it
    # (a sidebar of party programmes longer than the post beside it).
    return total > 300 and m > 0.5 * total and not (prelim_mass >= _STANDS_ALONE * m)


_STANDS_ALONE = 0.25


# Chrome reasons that name what a story's own wrapper never is.
_NEVER_WRAPPERS = frozenset(
    (
        "<footer>",
        "class author-info",
        "class author-description",
        "class authorinfo",
        "class author-box",
        "class author-bio",
        "class about-author",
    )
)


# How far above the chosen container sibling sections are looked for, and
# what a sibling needs to be joined: a share of the container's own score
# (readability appends siblings scoring a fifth of the best; a twentieth
# here, with a floor: an abstract or a funding note beside a long report), or,
# for a lone paragraph, some length, and little link text either way.
_STORY_LEVELS = 3


_REPEAT_LEVELS = 12


_STORY_BOUNDS = frozenset(("article", "main"))


_SECTION_SHARE = 0.05


_SECTION_MIN_SCORE = 3.0


# Within the _STORY_LEVELS next to the container, one paragraph of some
# hundred characters is enough (a weekly report's opening paragraph in a
# block of its own, a product's slogan beside its description); higher up
# in the story's <article>, where whole page regions are siblings, the
# floor above holds.
_NEAR_SECTION_MIN_SCORE = 2.0


_SIBLING_LINK_DENSITY = 0.15


_WRAPPED_BLOCKS = frozenset(("p", "div", "ul", "table"))


def _subtree_scores(body, memo: _RootMemo, tags: list | None) -> dict[int, float]:
    """Each element's paragraph score summed over its whole subtree (keyed
    by id), from the paragraph and text-run scores the root choice noted."""
    totals: dict[int, float] = {}
    live = _tags(body) if tags is None else [t for t in tags if not _gone(t)]
    for t in live:
        s = memo.paragraph.get(id(t), 0.0) if t.name in _PARAGRAPH_TAGS else 0.0
        if t.name in _RUN_HOLDERS:
            s += memo.runs.get(id(t), 0.0)
        if not s:
            continue
        el = t
        while el is not None and el.name != "[document]":
            totals[id(el)] = totals.get(id(el), 0.0) + s
            el = el.parent
    return totals


def _story_parts(body, root, memo: _RootMemo, tags: list | None):
    """The chosen container and the sibling sections that belong to the
    story, in document order. An article is often several sibling blocks
    (sections of a page builder, columns, the posts of a thread, the lead
    before the body): from the container up to _STORY_LEVELS ancestors, and
    at any level inside the story's own <article> or <main> (a lead or a
    facts table high above a deeply nested body), a sibling is joined when it scores as a section of its own, or when it is
    a paragraph-like block of some length; either with little link text,
    and never one under comments, an aside or navigation. After the story,
    outside its <article> or <main>, only a sibling of the container itself
    joins so."""
    if root is body:
        return [root]
    totals = _subtree_scores(body, memo, tags)
    base = max(totals.get(id(root), 0.0), 1.0)
    parts = [root]
    el = root
    # Inside the story's own <article> or <main>, every level is a story level.
    bounded = next((a for a in root.parents if a.name in _STORY_BOUNDS), None)
    for level in range(_REPEAT_LEVELS):
        parent = el.parent
        if parent is None or parent.name in ("html", "[document]"):
            break
        before, after = [], []
        side = before
        siblings = [c for c in parent.children if getattr(c, "name", None) is not None]
        inside = bounded is not None and (parent is bounded or bounded in parent.parents)
        led = None  # the block a joined heading was joined for
        for i, sib in enumerate(siblings):
            if sib is el:
                side = after
                continue
            # After the story, a block joins by its own score only beside the
            # container: higher up, what follows the story is another region
            # of the page (a comment thread, related posts, the site's appeals,
            # a sidebar), joined only as a repeat of the story's block.
            scored = side is before or level == 0 or inside
            if (
                sib.name in _HEADINGS
                and i + 1 < len(siblings)
                and len(_text(sib)) <= 200
                and (siblings[i + 1] is el or (scored and _joins_story(siblings[i + 1], level, True, totals, base)))
            ):
                side.append(sib)  # the heading of a section that joins (its h1 goes later, as the headline)
                led = siblings[i + 1]
                continue
            if (
                sib is led
                or _repeats(sib, el, totals)
                or (
                    scored
                    and (level < _STORY_LEVELS or (bounded is not None and (parent is bounded or bounded in parent.parents)))
                    and _joins_story(sib, level, side is before, totals, base)
                )
            ):
                # A heading joined for the block after it brings that block
                # at any level (the lead under the headline, above the body).
                # Higher up, only the repeats of the block holding the story:
                # the other posts of a thread, the other entries of a page.
                # Below, a repeat joins whatever its share of the story (a
                # short first section of a long FAQ), other blocks by their score.
                side.append(sib)
        parts = before + parts + after
        if parent is body:
            break
        el = parent
    return parts


# A standfirst set apart from the story's container (in the page head, in a
# header the cleaning cut to its lead, above a body nested in another
# branch): the prose paragraphs right before the story, up to
# _LEAD_PARAGRAPHS of them, past at most _LEAD_SKIPS short lines between
# them and the story (a date, a byline) and never past the headline.
_LEAD_PARAGRAPHS = 2


_LEAD_SKIPS = 1


_LEAD_LENGTH = 80


# How many elements before the story are looked at, at most.
_LEAD_REACH = 300


def _leads_before(body, parts: list) -> list:
    """The standfirst paragraphs before the story's first part (see
    _LEAD_PARAGRAPHS), in document order: each a paragraph-like block of
    some length with little link text, not inside a link, comments, an
    aside or navigation, and not a sentence the story repeats (a
    highlighted quote of the story set above it)."""
    first = parts[0]
    if first is body:
        return []
    above = {id(a) for a in first.parents}
    story = None
    found: list = []
    inside: set[int] = set()  # the found blocks' ancestors
    outside: dict[int, bool] = {}
    skips = _LEAD_SKIPS
    for n, el in enumerate(first.previous_elements):
        if n >= _LEAD_REACH:
            break
        name = getattr(el, "name", None)
        if name is None or id(el) in above or id(el) in inside:
            continue
        if name in ("h1", "body", "html"):
            break
        if name not in ("p", "div", "h2") or _has(el, _BLOCK_TAGS):
            continue
        text = _text(el)
        if not text:
            continue
        if len(text) < _LEAD_LENGTH:
            skips -= 1
            if skips < 0:
                break
            continue
        if (
            _in_link(el)
            or _link_density(el) >= _SIBLING_LINK_DENSITY
            or text.count(",") > _words(text) // _WORDS_PER_COMMA  # a list of terms, not prose
            or _outside_story(el, outside)
        ):
            break
        if story is None:
            story = " ".join(_text(p) for p in parts)
        if text in story:
            continue
        found.append(el)
        inside.update(id(a) for a in el.parents)
        if len(found) >= _LEAD_PARAGRAPHS:
            break
    return found[::-1]


def _repeats(sib, el, totals: dict[int, float]) -> bool:
    """`sib` is another block of the kind that holds the story: the same
    tag and first class value, some prose, not comments, and little link
    text: under _SIBLING_LINK_DENSITY, or, for one that scores a quarter of
    the block holding the story, under _LINKED_REPEAT_DENSITY (a forum
    post with its author's profile links, a section whose prose links to
    the places it names)."""
    score = totals.get(id(sib), 0.0)
    if not (
        sib.name == el.name
        and _same_kind(sib.get("class"), el.get("class"))
        and score >= _SECTION_MIN_SCORE
        and not _names_outside(sib)
    ):
        return False
    density = _link_density(sib)
    return density < _SIBLING_LINK_DENSITY or (
        density < _LINKED_REPEAT_DENSITY and score >= _LINKED_REPEAT_SHARE * totals.get(id(el), 0.0)
    )


_LINKED_REPEAT_DENSITY = 0.25


_LINKED_REPEAT_SHARE = 0.25


def _same_kind(cls, other) -> bool:
    """Two class lists name the same kind of block: the same first value
    (a thread's posts are "message message--post", the moderator's
    "message message--post message--mod"; a first post adds "is-first")."""
    return bool(cls) and bool(other) and cls[0] == other[0]


def _joins_story(sib, level: int, before: bool, totals: dict[int, float], base: float) -> bool:
    score = totals.get(id(sib), 0.0)
    # A paragraph, or before the story a wrapper of one (a lead in its own
    # <div><p>; after the story such a box is a prompt more often), reads as a paragraph.
    lone = (
        sib.name in ("p", "blockquote", "h2", "h3", "header")
        or (sib.name == "div" and not _has(sib, {"p"}))
        or (before and sib.name in ("div", "section") and len(_tags(sib, _WRAPPED_BLOCKS)) <= 1)
    )
    floor = _NEAR_SECTION_MIN_SCORE if level < _STORY_LEVELS else _SECTION_MIN_SCORE
    if score >= max(floor, _SECTION_SHARE * base):
        pass
    elif lone or (level == 0 and sib.name in _HEADINGS):
        if len(_text(sib)) <= 80:
            return False
    else:
        return False
    # (a <header> left in the tree is the article's own: see _inside_article)
    if sib.name != "header" and _names_outside(sib):
        return False
    # Named like chrome, and left in the tree only for the prose it holds
    # (judge: a layout wrapper), a sibling of the story is not its wrapper.
    if sib.name != "header" and _soup_chrome_reason(sib) is not None:
        return False
    return _link_density(sib) < _SIBLING_LINK_DENSITY


_NESTED_BLOCKS = frozenset(("p", "div", "ul", "ol", "table", "blockquote", "section"))


def _holders(el, names) -> set[int]:
    """The ids of the elements under `el` (and of `el`) that hold a
    descendant named in `names`: what _has tells of each, in one pass over
    the subtree (_has on every level of a deep nest is quadratic)."""
    held: set[int] = set()
    for d in el.descendants:
        if d.name in names:
            above = d.parent
            while above is not None and id(above) not in held:
                held.add(id(above))
                if above is el:
                    break
                above = above.parent
    return held


def _all_link(tag, text: str) -> bool:
    """A paragraph or list item that is links and nothing else: in the
    story, a "read also" teaser or a list of them, not its text."""
    links = _tags(tag, {"a"})
    return bool(links) and sum(len(_text(a)) for a in links) >= 0.95 * len(text)


def _blocks_of(
    el, out: list[str], forms: list | None = None, context=None, removed: list | None = None, headings: set | None = None
) -> None:
    """Text blocks of an element, in order: block tags and <br><br> split.

    A walk with a stack of its own, not recursion: a page can nest inline
    elements (and <pre>, <font>) thousands deep. `forms`, when given, gets
    the form of each block added to `out` (forms.py: kind, list, quote and
    inline marks); `context`, where `el` is in the story (None: `el` is a
    part of the story)."""
    if forms is not None and context is None:
        from .forms import Context

        context = Context.top(el)
    buf: list[str] = []
    nodes: list = []  # the children whose text is in buf, for their marks (with forms only)
    holds_block, holds_br, holds_nested = _holders(el, _BLOCK_TAGS), _holders(el, {"br"}), _holders(el, _NESTED_BLOCKS)

    def flush():
        # Single <br> breaks stay as "\n" so that a headline or date line
        # glued to a paragraph can be told apart later.
        lines = [norm_space(x) for x in _join_runs(buf).split("\n")]
        text = "\n".join(x for x in lines if x)
        if text:
            out.append(text)
            if forms is not None:
                forms.append(stack[-1][2].block(text, nodes))
        buf.clear()
        nodes.clear()

    def enter(child, frame) -> None:
        stack.append([iter(child.children), 0, frame[2].enter(child, frame[3]) if forms is not None else None, 0])

    # Each frame: the children still to read, the count of <br> in a row (an
    # element's own: a child's blocks are flushed before it is read), where it
    # is in the story and its <li> children so far (with forms only).
    stack = [[iter(el.children), 0, context, 0]]
    while stack:
        frame = stack[-1]
        child = next(frame[0], None)
        if child is None:
            flush()
            stack.pop()
            continue
        name = getattr(child, "name", None)
        if name is None:
            s = str(child)
            if s.strip():
                frame[1] = 0
            buf.append(s)
            if forms is not None:
                nodes.append(child)
            continue
        if name == "br":
            frame[1] += 1
            if frame[1] >= 2:
                flush()
            else:
                buf.append("\n")
            continue
        if forms is not None and name == "li":
            frame[3] += 1
        if name in _BLOCK_TAGS:
            flush()
            frame[1] = 0
            if (
                name in _HEADINGS
                or name in ("p", "li", "dt", "dd", "pre", "figcaption", "caption", "th")
                and id(child) not in holds_nested
            ):
                text = _text(child)
                if text and name in ("p", "li") and _all_link(child, text):
                    _note(removed, "link item", text)
                elif text:
                    if headings is not None and name in _HEADINGS:
                        headings.add(len(out))
                    out.append(text)
                    if forms is not None:
                        forms.append(frame[2].block(text, [child], child, frame[3]))
            else:
                enter(child, frame)
            continue
        if id(child) in holds_block:
            flush()
            if name == "a":
                # Blocks inside a link: a teaser card in the story (a related
                # article's heading and summary), never the story's text.
                _note(removed, "teaser link", _text(child))
                continue
            enter(child, frame)
            continue
        if name != "a" and id(child) in holds_br:
            # <font>…<br><br>…</font>: paragraphs inside an inline element.
            flush()
            frame[1] = 0
            enter(child, frame)
            continue
        frame[1] = 0
        buf.append(_strings(child))
        if forms is not None:
            nodes.append(child)


def _drop_trailing_headings(blocks: list[str], forms: list | None, headings: set[int], removed: list | None) -> None:
    """Headings that end the story head nothing: what they introduced (a
    list of related links, a comment form, a gallery) went as chrome."""
    while blocks and len(blocks) - 1 in headings and len(blocks) > 1:
        _note(removed, "trailing heading", blocks.pop())
        if forms:
            forms.pop()


# A closing pointer is a short paragraph: a promotion's line or two, not a
# paragraph of the story that happens to end on a link.
_POINTER_CHARS = 300


_LINK_SCHEMES = patterns.compile(r"^(?:[a-z][a-z0-9+.-]*:|#)", re.I)  # mailto:, javascript:, tel:, an anchor


def _drop_closing_pointer(parts: list, blocks: list[str], forms: list | None, host: str | None, removed: list | None) -> None:
    """The story's last block, when it is a short paragraph that ends on a
    link to another page of the same site ("Alles über … findest Du hier.",
    "… erklären wir in unserem Beitrag <a>…</a>", "Read more: <a>…</a>",
    "Download Free Trial"), points the reader elsewhere: a promotion of the
    site's articles or products, not the story's text. A link to another
    site (a source, a shop) or an e-mail address stays."""
    if len(blocks) < 2 or len(blocks[-1]) > _POINTER_CHARS or not parts:
        return
    part = parts[-1]
    node = part
    while getattr(node, "contents", None):
        node = node.contents[-1]
    # The last words of the story, back from its last node.
    while node is not None and node is not part:
        if getattr(node, "name", None) is None and str(node).strip(_TRAILING_MARKS):
            break
        node = node.previous_element
    if node is None or node is part:
        return
    link = node.find_parent("a")
    if link is None:
        return
    block = link.find_parent(_BLOCK_TAGS)
    if block is None or block.name in _HEADINGS or _text(block) != blocks[-1]:
        return  # a heading, or a paragraph that is not the story's last block whole
    href = link.get("href")
    if not isinstance(href, str) or not _site_page(href.strip(), host):
        return
    _note(removed, "closing pointer", blocks.pop())
    if forms:
        forms.pop()


# An appeal is a button's or a heading's line, not a paragraph.
_APPEAL_CHARS = 100


def _drop_support_appeals(blocks: list[str], forms: list | None, host: str | None, removed: list | None) -> None:
    """A short block that asks the reader to support the site by its name
    ("Apoya a El Faro", "Unterstütze RosaMag bereits mit 2,50!", "Support
    The Tyee") is the site's appeal for money, anywhere in the story, not its
    text: the name tells it from the story's own call ("Apoya a los
    damnificados", "Support the harbour fund")."""
    site = _site_name(host)
    if site is None:
        return
    appeal = _vocab()["support_appeal"]
    for i in reversed(range(len(blocks))):
        block = blocks[i]
        if len(block) > _APPEAL_CHARS:
            continue
        m = appeal.match(block)
        if m is None or site not in _squash(m.group("rest")):
            continue
        _note(removed, "support appeal", blocks.pop(i))
        if forms:
            forms.pop(i)


# Second-level labels under a country's domain ("example.co.uk", "example.com.br").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne", "go"})


def _site_name(host: str | None) -> str | None:
    """The site's name as its host spells it, letters only: "elfaro" for
    www.elfaro.net, "rosamag" for rosa-mag.de; None for a name too short to
    be told in a line (under four letters)."""
    if not host:
        return None
    labels = host.lower().removeprefix("www.").split(".")
    if len(labels) < 2:
        return None
    name = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
    name = _squash(name)
    return name if len(name) >= 4 else None


# What may follow a closing link: its sentence's end.
_TRAILING_MARKS = " \t\n\r\xa0.!?:;,)»”\"'›>"


def _site_page(href: str, host: str | None) -> bool:
    """Whether `href` leads to a page of the site on `host`: a relative path,
    or an absolute URL on the host or a subdomain of it (not an anchor on
    this page, an e-mail address nor a script)."""
    low = href.lower()
    if not low.startswith(("http:", "https:", "//")):
        return bool(href) and not _LINK_SCHEMES.match(href)
    if host is None:
        return False
    from urllib.parse import urlsplit

    other = (urlsplit(href).hostname or "").removeprefix("www.")
    mine = host.lower().removeprefix("www.")
    return bool(other) and (other == mine or other.endswith("." + mine) or mine.endswith("." + other))


def _note_outside(body, parts: list, removed: list) -> None:
    """Record the blocks left outside the story's parts: each sibling of the
    parts and of their ancestors (up to the body) that holds text."""
    kept = {id(p) for p in parts}
    path = {id(a) for p in parts for a in p.parents}
    seen: set[int] = set()
    for part in parts:
        for el in [part, *part.parents]:
            parent = el.parent
            if el is body or parent is None or id(parent) in seen:
                break
            seen.add(id(parent))
            for sib in parent.children:
                if getattr(sib, "name", None) is None or id(sib) in kept or id(sib) in path:
                    continue
                text = _text(sib)
                if text:
                    _note(removed, "outside the story", text)
