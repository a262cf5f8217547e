"""Stage 2: HTML or plain text -> body blocks, with the page chrome removed.

HTML: BeautifulSoup (lxml parser) builds the tree; what metadata needs is
noted first (PageHints), then captions go to `media`, breadcrumbs are kept,
chrome is removed by tag, role, class/id vocabulary and block text, and the
article container is chosen by scoring paragraphs (readability's idea:
paragraph text credits its parent and grandparent).

Plain text: paragraphs are split on blank lines; headline, caption and credit
lines, glued or separated breadcrumb trails, bylines, date lines and chrome
lines are recognised line by line.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from contextlib import contextmanager
from functools import lru_cache

from . import patterns
from .lexicon import load
from .model import CleanPage, Media, PageHints

_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "header",
    "footer", "nav", "aside", "figure", "figcaption", "hr", "address", "center", "form", "fieldset",
    "details", "summary", "caption",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_NESTED_TEXT = {"p", "div", "table", "font", "blockquote", "section", "article", "ul", "ol"}
_RUN_HOLDERS = {"div", "span", "font", "section", "article", "td", "center", "blockquote"}
_CAPTION_CLASS = patterns.compile(r"(^|[-_ ])(wp-caption-text|caption|image-caption|photo-caption)($|[-_ ])", re.I)
_CAMEL = patterns.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN_SPLIT = patterns.compile(r"[-_\s:./]+")
_CREDIT_LABEL = patterns.compile(r"^(photo|image|credit|фото)\s*:\s*", re.I)
_GLUED = patterns.compile(r"(?<=[a-zа-яё0-9.)])(?=[A-ZА-ЯЁ])")
_SENTENCE_END = patterns.compile(r"[.!?]$")
_PUNCTUATED_END = patterns.compile(r"[.!?;:,\"“”«»]$")
_PROSE_END = patterns.compile(r"[.!?\"”»]$")
_BLANK_LINE = patterns.compile(r"\n\s*\n")


# While a trace_drops() block runs: (rule, full text) of everything the HTML
# cleaner drops, for finding failure classes (what -vv shows, untruncated).
_trace: list[tuple[str, str]] | None = None


@contextmanager
def trace_drops():
    """Collect, for each block the HTML cleaner drops, the rule that dropped
    it and its whole text (-vv shows the same rules with the text cut)."""
    global _trace
    saved, _trace = _trace, []
    try:
        yield _trace
    finally:
        _trace = saved


# False while a page is cleaned again with no element judged by its class
# or id names (see clean_html).
_judge_names = True


def _note(removed: list | None, why: str, text: str) -> None:
    """Record a dropped block: its rule and the start of its text for -vv."""
    if removed is not None:
        removed.append((why, text[:80]))
    if _trace is not None:
        _trace.append((why, text))


def norm_space(text: str) -> str:
    """White space collapsed, soft hyphens and zero-width spaces removed, NFC
    (a page may spell "é" as "e" and a combining accent: the same text)."""
    # str.split() and the regex \s agree on what white space is; split is faster.
    text = " ".join(text.replace("\u00ad", "").replace("\u200b", "").split())
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1)
def _vocab():
    data = load("chrome")
    return {
        "drop_tags": set(data["drop_tags"]),
        "soft_drop": set(data["soft_drop_tags"]),
        "never_content": set(data["never_content_tokens"]),
        "hidden_classes": set(data["hidden_classes"]),
        "chrome_tags": set(data["chrome_tags"]),
        "roles": set(data["chrome_roles"]),
        "tokens": set(data["class_tokens"]) - set(data["weak_class_tokens"]),
        "weak": set(data["weak_class_tokens"]),
        "container_words": set(data["container_words"]),
        "phrases": tuple(data["class_phrases"]),
        "keep": tuple(data["keep_phrases"]),
        "content": patterns.compile(data["content_hint"], re.I),
        "non_content": patterns.compile(data["non_content_hint"], re.I),
        "block_text": [patterns.compile(p, re.I | re.S) for p in data["block_text_patterns"]],
        "credit": [patterns.compile(p, re.I | re.S) for p in data["caption_credit_patterns"]],
        **{k: patterns.compile(p, re.I) for k, p in data["line_patterns"].items() if not k.startswith("_")},
    }


def is_chrome_text(text: str) -> bool:
    """A whole block that is page furniture ("Read also: …", "Advertisement")."""
    return any(rx.match(text) for rx in _vocab()["block_text"])


def split_caption(text: str) -> Media:
    """A caption line into caption and photo credit."""
    text = norm_space(text)
    for rx in _vocab()["credit"]:
        m = rx.match(text)
        if m and m.group("credit").strip():
            caption = m.group("caption").strip()
            credit = m.group("credit").strip().rstrip(".").strip()
            return Media(caption=caption, credit=credit)
    return Media(caption=text, credit=None)


# ---------------------------------------------------------------- HTML

def _class_and_id(get) -> str:
    """An element's class values and id, space-joined; `get` is a bs4 tag's
    or an lxml element's get (class: a list of values, or one string)."""
    cls = get("class") or []
    if isinstance(cls, str):
        cls = cls.split()
    return " ".join([*cls, get("id") or ""]).strip()


def _attr_str(tag) -> str:
    return "" if tag.attrs is None else _class_and_id(tag.get)  # a decomposed tag has no attrs


def _tokens(attr: str) -> set[str]:
    return {t.lower() for t in _TOKEN_SPLIT.split(_CAMEL.sub("-", attr)) if t}


def _chrome_reason(name: str, attrs) -> str | None:
    """Why an element is chrome, from its tag name and attributes (`attrs`:
    a bs4 tag's attrs or an lxml element's attrib), or None."""
    v = _vocab()
    if name in v["chrome_tags"] or name in v["soft_drop"]:
        return f"<{name}>"
    if not attrs:
        return None
    get = attrs.get
    cls = get("class")
    id_ = get("id")
    if len(attrs) > (cls is not None) + (id_ is not None):  # attributes beyond class and id
        role = (get("role") or "").lower()
        if role in v["roles"]:
            return f"role={role}"
        if get("hidden") is not None or (get("aria-hidden") or "").lower() == "true":
            return "hidden"
        style = (get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return "hidden"
        label = (get("aria-label") or "").lower()
        if "breadcrumb" in label:
            return "breadcrumb"
    if not (cls or id_) or not _judge_names:
        return None
    return _class_id_reason(cls if cls is None or isinstance(cls, str) else tuple(cls), id_ or "")


@lru_cache(maxsize=8192)
def _class_id_reason(cls: str | tuple | None, id_: str) -> str | None:
    """The chrome reason a class (a string, or bs4's tuple of its values)
    and id give; pages repeat the same values many times, hence the cache."""
    values = (cls.split() if isinstance(cls, str) else list(cls)) if cls else []
    attr = " ".join([*values, id_]).strip()
    if not attr:
        return None
    v = _vocab()
    if any(c.lower() in v["hidden_classes"] for c in values):
        return "hidden"
    low = attr.lower()
    if any(k in low for k in v["keep"]):
        return None
    for phrase in v["phrases"]:
        if phrase in low:
            return f"class {phrase}"
    hit = _tokens(attr) & v["tokens"]
    if hit:
        return "class " + sorted(hit)[0]
    weak = v["weak"]
    for value in (*values, id_):
        if value:
            word = _weak_chrome_word(value, weak, v["container_words"])
            if word:
                return "class " + word
    return None


def _weak_chrome_word(value: str, weak: set[str], containers: set[str]) -> str | None:
    """The weak chrome word (see chrome.json) a class or id value is named
    by: its head ("post-tags", "site-header", "eventsListWidget"), or the
    word before a container word ("tags-list", "widget-area"); not a word
    that only qualifies ("tag-news", "cmp-text", "print-full",
    "article-header-full__lead"), nor any in a slug of five parts or more."""
    value = value.split("--")[0].rsplit("__", 1)[-1]
    parts = [t.lower() for t in _TOKEN_SPLIT.split(_CAMEL.sub("-", value)) if t and not t.isdigit()]
    if not parts or len(parts) > 4:
        return None
    if parts[-1] in weak:
        return parts[-1]
    if len(parts) >= 2 and parts[-1] in containers and parts[-2] in weak:
        return parts[-2]
    return None


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
        if prev and piece[0].isupper() and (
            ((prev[-1].islower() or prev[-1].isdigit()) and (len(prev) > 1 or not prev.isalpha()))
            or prev[-1] in ".!?…:;"
        ):
            out.append(" ")
        out.append(piece)
        prev = piece
    return "".join(out)


def _strings(tag) -> str:
    """An element's text as it reads: strings joined by _join_runs, a space
    for <br> and around block elements. (get_text(" ") puts a space between
    any two strings: "the <a>report</a>, he said" became "report , he".)"""
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
    return _join_runs(parts)


def _text(tag) -> str:
    return norm_space(_strings(tag))


_HINT_PROPS = ("datePublished", "dateModified", "dateCreated", "headline", "name", "author", "inLanguage")


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


_DATE_CLASS_HINT = patterns.compile(r"date|publish|datum|dtstart|posted")
_HAS_YEAR = patterns.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\d\.\d{2}(?!\d)")


@lru_cache(maxsize=1)
def _date_classes() -> frozenset:
    return frozenset(load("metadata")["date_classes"])


def _collect_hints(doc, hints: PageHints) -> list[str]:
    """Metadata the page states, from one pass over its lxml tree (document
    order), into `hints`; returns the breadcrumb trail the markup states:
    microdata, then RDFa, then a nav, list or element labelled or classed
    "breadcrumb"."""
    microdata = rdfa = named = None
    for el in doc.iter():
        name = el.tag
        if not isinstance(name, str):
            continue
        attrs = el.attrib
        if not attrs and name not in ("title", "h1"):
            continue
        class_id = _class_and_id(el.get)
        low = class_id.lower()
        if microdata is None and "BreadcrumbList" in (attrs.get("itemtype") or ""):
            names = [n for n in (_lx_text(x) for x in el.iterdescendants() if x.get("itemprop") == "name") if n]
            microdata = names or None
        elif rdfa is None and "BreadcrumbList" in (attrs.get("typeof") or ""):
            names = [n for n in (_lx_text(x) for x in el.iterdescendants() if x.get("property") == "name") if n]
            rdfa = names or None
        elif named is None and ("breadcrumb" in (attrs.get("aria-label") or "").lower() or "breadcrumb" in low):
            named = _crumbs_of(el) or None
        if name == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
            content = attrs.get("content")
            if key and content:
                hints.meta.append((key.strip().lower(), norm_space(content)))
            continue
        if name == "link":
            rel = " ".join((attrs.get("rel") or "").split())
            if rel and attrs.get("href"):
                hints.links.append((rel.lower(), attrs["href"].strip()))
            continue
        if name == "script":
            if (attrs.get("type") or "").lower() == "application/ld+json" and el.text and not len(el):
                hints.jsonld.append(el.text)
            continue
        if name == "html" and attrs.get("lang") and hints.html_lang is None:
            hints.html_lang = attrs["lang"]
        elif name == "title" and hints.title_tag is None and el.text and not len(el):
            hints.title_tag = norm_space(el.text)
        elif name == "h1":
            t = _lx_text(el)
            if t:
                hints.h1.append(t)
        elif name == "time" and attrs.get("datetime"):
            hints.times.append(attrs["datetime"].strip())
        prop = attrs.get("itemprop")
        if prop in _HINT_PROPS:
            value = attrs.get("content") or attrs.get("datetime") or _lx_text(el)
            if value:
                hints.itemprops.append((prop, value))
        if "class" in attrs and _DATE_CLASS_HINT.search(low) and (_tokens(class_id) | set(low.split())) & _date_classes():
            value = attrs.get("datetime") or attrs.get("title") or attrs.get("content") or _lx_text(el)
            if value and len(value) <= 80:
                hints.dated.append(value)
        # The tokens are looked at only where the words are there at all.
        if "class" in attrs and ("byline" in low or "author" in low) and _tokens(class_id) & {"byline", "author"}:
            t = _lx_text(el)
            if len(t) < 200:
                hints.bylines.append(t)
        if (attrs.get("rel") or "").split() == ["author"]:
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
        if not s or len(s) > 300 or not s.strip():
            continue
        block = parent
        while block is not None and block.tag not in _BLOCK_TAGS and block.tag != "body":
            block = block.getparent()
        if block is None or block in seen:
            continue
        seen.add(block)
        line = _lx_text(block)
        if not line or len(line) > 150:
            continue
        if v["byline"].match(line):
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


def _crumbs_of(el) -> list[str]:
    items = list(el.iterdescendants("li"))
    if items:
        parts = [_lx_text(i) for i in items]
    else:
        parts = [_lx_text(a) for a in el.iterdescendants("a", "span")
                 if next(a.iterdescendants("a", "span"), None) is None]
    parts = [p.strip(" >/»›|") for p in parts]
    return [p for p in parts if p and len(p) < 120]


# A header is the page's (logo, menu) unless it sits inside the article.
_HEADER_REASONS = frozenset(("<header>", "class header"))


def _inside_article(ancestors) -> bool:
    """Whether an element with these ancestors (a bs4 tag's .parents or an
    lxml element's iterancestors()) lies inside an <article>, <main> or the
    element marked articleBody."""
    for a in ancestors:
        name = a.name if hasattr(a, "name") else a.tag
        if name in ("article", "main") or a.get("itemprop") == "articleBody":
            return True
        if name == "body":
            return False
    return False


def _keep_header_lead(header, removed: list, memo: _RootMemo) -> bool:
    """An article's own header: its lead paragraphs (prose, not a label, a
    date line or a link) take its place, in order; False if it holds none."""
    leads = [d for d in _tags(header, {"p", "div"})
             if not _has(d, _BLOCK_TAGS) and len(_text(d)) >= 80 and _link_density(d) < 0.25]
    if not leads:
        return False
    for lead in leads:
        header.insert_before(lead.extract())
    _note(removed, "header, lead kept", _text(header))
    memo.forget(header)
    header.decompose()
    return True


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
    return _run_score(_text(tag))


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
    v = _vocab()
    chain = []
    found = False
    while el is not None and el.name != "body":
        key = id(el)
        if key in memo:
            found = memo[key]
            break
        chain.append(key)
        if el.name in v["chrome_tags"] or (el.get("role") or "").lower() in v["roles"] or (
            _judge_names and _tokens(_attr_str(el)) & v["never_content"]
        ):
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
    for p in [t for t in live if t.name in _PARAGRAPH_TAGS]:
        if p.name in ("td", "li", "blockquote") and _has(p, _NESTED_TEXT):
            continue  # its paragraphs or text runs are counted themselves
        s = paragraph_scores.get(id(p))
        if s is None:
            s = paragraph_scores[id(p)] = _paragraph_score(p)
        if s and not (skip_outside and _outside_story(p, outside)):
            credit(p.parent, s, 0)
    for el in [body, *(t for t in live if t.name in _RUN_HOLDERS)]:
        s = run_scores.get(id(el))
        if s is None:
            s = run_scores[id(el)] = sum(_run_score(r) for r in _text_runs(el))
        if s and not (skip_outside and _outside_story(el, outside)):
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
    return 1 + text.count(",") + text.count("，") + min(len(text) / 100, 3)


def _text_runs(el) -> list[str]:
    """The long runs of text an element holds directly, as pages without
    <p> do: its direct text split at <br> and block children."""
    runs: list[str] = []
    buf: list[str] = []
    for child in el.children:
        name = getattr(child, "name", None)
        if name is None:
            buf.append(str(child))
        elif name in ("a", "b", "i", "em", "strong", "u", "span", "font", "small", "sup", "sub", "abbr", "q", "cite", "mark"):
            if name not in ("a",):
                buf.append(child.get_text())
        else:
            runs.append("".join(buf))
            buf = []
    runs.append("".join(buf))
    return [r for r in runs if len(r.strip()) >= 80]


def _holds_story(tag, mass, protected, prelim, prelim_mass: int, total: int) -> bool:
    """A chrome-named element that holds the story (a wrapper, a "paywall"
    div around the paragraphs): the best paragraph cluster or its
    ancestors, a good part of that cluster's prose, or most of the page's."""
    m = mass.get(id(tag), 0)
    if id(tag) in protected:
        return True
    if prelim_mass > 300 and m >= 0.25 * prelim_mass and prelim in tag.parents:
        return True
    return total > 300 and m > 0.5 * total


# How far above the chosen container sibling sections are looked for, and
# what a sibling needs to be joined: a share of the container's own score
# (readability appends siblings scoring a fifth of the best), or, for a
# lone paragraph, some length, and little link text either way.
_STORY_LEVELS = 3
_REPEAT_LEVELS = 12
_SECTION_SHARE = 0.1
_SECTION_MIN_SCORE = 3.0
_SIBLING_LINK_DENSITY = 0.15
_LONE_AFTER_LEVELS = 3


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
    before the body): from the container up to _STORY_LEVELS ancestors, a
    sibling is joined when it scores as a section of its own, or when it is
    a paragraph-like block of some length; either with little link text,
    and never one under comments, an aside or navigation."""
    if root is body:
        return [root]
    totals = _subtree_scores(body, memo, tags)
    base = max(totals.get(id(root), 0.0), 1.0)
    outside: dict[int, bool] = {}
    parts = [root]
    el = root
    for level in range(_REPEAT_LEVELS):
        parent = el.parent
        if parent is None or parent.name in ("html", "[document]"):
            break
        before, after = [], []
        side = before
        siblings = [c for c in parent.children if getattr(c, "name", None) is not None]
        for i, sib in enumerate(siblings):
            if sib is el:
                side = after
                continue
            if sib.name in _HEADINGS and i + 1 < len(siblings) and len(_text(sib)) <= 200 and (
                    siblings[i + 1] is el or _joins_story(siblings[i + 1], level, True, totals, base, outside)):
                side.append(sib)  # the heading of a section that joins (its h1 goes later, as the headline)
                continue
            if level >= _STORY_LEVELS:
                # Higher up, only the repeats of the block holding the story:
                # the other posts of a thread, the other entries of a page.
                if (sib.name == el.name and sib.get("class") == el.get("class") and sib.get("class")
                        and totals.get(id(sib), 0.0) >= _SECTION_MIN_SCORE and not _outside_story(sib, outside)
                        and _link_density(sib) < _SIBLING_LINK_DENSITY):
                    side.append(sib)
            elif _joins_story(sib, level, side is before, totals, base, outside):
                side.append(sib)
        parts = before + parts + after
        if parent is body:
            break
        el = parent
    return parts


def _joins_story(sib, level: int, before: bool, totals: dict[int, float], base: float,
                 outside: dict[int, bool]) -> bool:
    score = totals.get(id(sib), 0.0)
    lone = sib.name in ("p", "blockquote", "h2", "h3", "header") or (sib.name == "div" and not _has(sib, {"p"}))
    if score >= max(_SECTION_MIN_SCORE, _SECTION_SHARE * base):
        pass
    elif (lone or (level == 0 and sib.name in _HEADINGS)) and (before or level < _LONE_AFTER_LEVELS):
        if len(_text(sib)) <= 80:
            return False
    else:
        return False
    # (a <header> left in the tree is the article's own: see _inside_article)
    if _outside_story(sib.parent if sib.name == "header" else sib, outside):
        return False
    return _link_density(sib) < _SIBLING_LINK_DENSITY


def _blocks_of(el, out: list[str]) -> None:
    """Text blocks of an element, in order: block tags and <br><br> split."""
    buf: list[str] = []
    brs = 0

    def flush():
        # Single <br> breaks stay as "\n" so that a headline or date line
        # glued to a paragraph can be told apart later.
        lines = [norm_space(x) for x in _join_runs(buf).split("\n")]
        text = "\n".join(x for x in lines if x)
        if text:
            out.append(text)
        buf.clear()

    for child in el.children:
        name = getattr(child, "name", None)
        if name is None:
            s = str(child)
            if s.strip():
                brs = 0
            buf.append(s)
            continue
        if name == "br":
            brs += 1
            if brs >= 2:
                flush()
            else:
                buf.append("\n")
            continue
        if name in _BLOCK_TAGS:
            flush()
            brs = 0
            if name in _HEADINGS or name in ("p", "li", "dt", "dd", "pre", "figcaption", "caption", "th") and not _has(
                child, {"p", "div", "ul", "ol", "table", "blockquote", "section"}
            ):
                text = _text(child)
                if text:
                    out.append(text)
            else:
                _blocks_of(child, out)
            continue
        if _has(child, _BLOCK_TAGS):
            flush()
            _blocks_of(child, out)
            continue
        if name != "a" and _has(child, {"br"}):
            # <font>…<br><br>…</font>: paragraphs inside an inline element.
            flush()
            _blocks_of(child, out)
            brs = 0
            continue
        brs = 0
        buf.append(_strings(child))
    flush()


# Characters lxml will not take from Python in a text (C0 controls but tab
# and line breaks, non-characters, lone surrogates), though it keeps those it
# parsed: invisible on a page, dropped from the texts declcli sets.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


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


# The attributes the soup's chrome rules read; the others (links, images,
# data-*) are dropped before it is built, as each costs it a dict entry.
_SOUP_ATTRS = frozenset(("class", "id", "role", "hidden", "aria-hidden", "style", "aria-label", "itemprop"))


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
        if _trace is not None:
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

        def prepare_markup(self, markup, user_specified_encoding=None, document_declared_encoding=None,
                           exclude_encodings=None):
            yield markup, None, None, False

        def feed(self, root) -> None:
            # Attributes the chrome rules never read are left out, and so is
            # the white space that only indents block markup (see
            # _is_layout_tail): each would cost the soup an object.
            soup = self.soup
            start, end, data = soup.handle_starttag, soup.handle_endtag, soup.handle_data
            keep = _SOUP_ATTRS
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
                    if text and not (el.tag in _LAYOUT_PARENTS and len(el) and el[0].tag in _BLOCK_OR_HEAD
                                     and text.isspace()):
                        data(text)
                else:
                    end(el.tag)
                    tail = el.tail
                    if tail and el is not root and not (el.tag in _BLOCK_OR_HEAD and tail.isspace()
                                                        and _is_layout_tail(el)):
                        data(tail)

    return SoupFromLxml


# Anything the metadata stage reads from the page (headline, times, microdata,
# RDFa, breadcrumbs, bylines, JSON-LD) keeps its element in the soup.
_HINT_TAGS = frozenset(("h1", "time", "meta", "link", "script", "figure", "figcaption"))
_HINT_ATTRS = frozenset(("itemprop", "itemtype", "typeof", "property"))
_HINT_CLASS = patterns.compile("|".join(
    form for word in ("breadcrumb", "byline", "author", "caption", "credit", "date", "publish")
    for form in (word, word.capitalize())
))
_MARKUP_SPACE = patterns.compile(r"[ \t\r\n]+")


def _is_hint_element(el) -> bool:
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
        if el in story or (text is not None and len(text) > 150 and _longer_than(text, 150)) or (
            tag == "p" and own > 200 and _longer_than("".join(el.itertext()), 200)
        ):
            story.add(el)
            if parent is not None:
                story.add(parent)
        if parent is not None:
            size[parent] = size_of(parent, 0) + own + (len(tail) if tail else 0)
            if tail is not None and len(tail) > 150 and _longer_than(tail, 150):
                story.add(parent)  # a tail is text of the parent
    return story, hint, size


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
        if tag in ("main", "article", "body") or el.get("itemprop") == "articleBody":
            continue
        reason = _chrome_reason(tag, el.attrib)
        if reason is None or el in story or el in hint:
            continue
        if reason in _HEADER_REASONS and _inside_article(el.iterancestors()):
            continue
        if size[el] > 0.15 * total:
            continue
        raw = text_of(el)
        if len(raw) < 600:
            text = norm_space(raw)
            if len(text) < 300 and (v["byline"].search(text) or v["date_line"].search(text)
                                    or v["trail_separator"].search(text)):
                continue
        _note(removed, reason, norm_space(raw))
        skip.update(el.iterdescendants())
        _drop(el)


@lru_cache(maxsize=1)
def _string_xpath():
    from lxml import etree

    return etree.XPath("string()")


def _headlines(hints: PageHints) -> set[str]:
    """The page's own headline in the forms it states it (lower case)."""
    from .titles import page_host, strip_site, title_parts

    site = next((v for k, v in hints.meta if k == "og:site_name"), None)
    host = page_host(hints)
    titles = {t.lower() for t in hints.h1}
    stated = [v for k, v in hints.meta if k in ("og:title", "twitter:title", "title")]
    if hints.title_tag:
        stated.append(hints.title_tag)
        parts, _ = title_parts(hints.title_tag)
        if len(parts) > 1:
            titles.add(parts[0].lower())
    for value in stated:
        titles.add(value.lower())
        titles.add(strip_site(value, site, host, hints.h1).lower())  # the same rule as the article's title
    return titles


def _filter_blocks(blocks: list[str], titles: set[str], hints: PageHints, removed: list) -> list[str]:
    """Drop headline, byline, date and chrome lines from the body blocks.

    A block made of several lines (single <br>) is judged line by line.
    """
    kept: list[str] = []
    for block in blocks:
        lines = []
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
        if lines:
            kept.append(" ".join(lines))
    return kept


def _line_role(line: str, titles: set[str]) -> str | None:
    if line.lower() in titles:
        return "headline"
    if is_chrome_text(line):
        return "chrome text"
    if len(line) < 160 and _vocab()["byline"].match(line):
        return "byline"
    if _vocab()["date_line"].match(line):
        return "date line"
    return None


# Pages whose pruned body has more elements than this are cleaned a window
# at a time, so that the soup (about 25 times the page's size in memory)
# never holds the whole page; a window holds about _WINDOW_ELEMENTS.
_WINDOWED_ABOVE = 20_000
_WINDOW_ELEMENTS = 4_000
_WINDOW_CONTAINERS = {"div", "section", "article", "main", "table", "tbody", "tr", "td", "center", "form", "span", "font"}


def clean_html(html: str) -> CleanPage:
    """The page's body blocks, media, breadcrumbs and metadata hints."""
    # On a large page memory comes first: its garbage is collected as it goes.
    small = len(html) <= _PAUSED_UP_TO
    parsed = _parse(html)
    noscript = parsed is not None and _noscript_text(parsed[0])
    if parsed is not None and parsed[1] and not noscript and not small:
        del html  # lxml holds the whole page: on a large one, its text's memory goes back
        html = None
    page = _clean_parsed(parsed, html, small, unwrap_noscript=False)
    if not page.blocks and noscript:
        # No text but in <noscript> (a page that writes its story with
        # script, and keeps a copy for readers without it): read it.
        page = _clean_parsed(_parse(html), html, small, unwrap_noscript=True)
    if not page.blocks and html is not None:
        # Nothing left once the chrome named by class or id went: the story
        # sits in elements named like chrome (a forum's posts named
        # "comment", a lyrics page's "widget"). Tags, roles and hidden
        # elements still go.
        global _judge_names
        _judge_names = False
        try:
            again = _clean_parsed(_parse(html), html, small, unwrap_noscript=noscript)
        finally:
            _judge_names = True
        page = again
    return page


def _noscript_text(doc) -> bool:
    """Whether the page holds any text in <noscript>."""
    text_of = _string_xpath()
    return any(text_of(n).strip() for n in doc.iter("noscript"))


def _clean_parsed(parsed, html: str | None, small: bool, unwrap_noscript: bool) -> CleanPage:
    """clean_html's work on the page as _parse gave it (`html`: the page,
    needed only where lxml did not hold all of it)."""
    import warnings

    # bs4 imports soupsieve, which compiles 90 patterns as it is imported (a
    # third of bs4's import time): built from the pattern cache instead.
    patterns.import_module("bs4")
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with _collector_paused(small):
        pruned_body, breadcrumbs, hints, removed = _prepare(parsed, unwrap_noscript)
    del parsed
    media: list[Media] = []
    blocks: list[str] = []
    if pruned_body is None or isinstance(pruned_body, str):
        # None only where lxml did not hold the whole page, so `html` is still here.
        with warnings.catch_warnings():
            # XHTML served as HTML is read as HTML on purpose, as browsers do;
            # the library's advice would only be noise on the user's stderr.
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            with _collector_paused(small):
                soup = BeautifulSoup(html if pruned_body is None else pruned_body, "lxml")
                _strip_chrome(soup, None, blocks, media, removed, from_lxml=False)
    else:
        builder = _soup_from_lxml_builder()
        if sum(1 for _ in pruned_body.iter()) <= _WINDOWED_ABOVE:
            with _collector_paused(small):
                _strip_chrome(BeautifulSoup(pruned_body, builder=builder()), None, blocks, media, removed)
        else:
            # Here the collector runs (no _collector_paused): a window's soup is
            # let go only once the next is under way, and is freed in time only
            # by collections made while that one is built.
            for skeleton, container in _windows(pruned_body, _WINDOW_ELEMENTS):
                window_builder = builder(mark=container)
                soup = BeautifulSoup(skeleton, builder=window_builder)
                _strip_chrome(soup, window_builder.marked, blocks, media, removed)
    kept = _filter_blocks(blocks, _headlines(hints), hints, removed)
    return CleanPage(blocks=kept, media=media, breadcrumbs=breadcrumbs, hints=hints, removed=removed)


# Pages up to this many characters are cleaned with the collector paused
# (_collector_paused); larger ones, where the garbage of a pause would weigh,
# with it running.
_PAUSED_UP_TO = 2_000_000


@contextmanager
def _collector_paused(pause: bool):
    """The cyclic garbage collector paused while a soup is built and judged.

    A soup is thousands of objects that point at each other (parents,
    siblings, next and previous elements), all alive until the page is
    cleaned. The collections their allocation triggers walked them and found
    nothing to free, moving them on to older generations, whose full
    collections then walked them again: 3.5% of the time of the whole
    pipeline over the benchmark pages, for no memory. Paused, a soup is
    freed by the first young collection after it is let go. (Mercurial's
    util.nogc does the same around building large structures.) A collector
    the caller had paused stays paused; one this pauses is resumed even if
    the cleaning fails. Not on a large page (`pause` false), nor for the
    windows of one, where the garbage of each window would pile up.
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


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


def _strip_chrome(
    soup, container, blocks: list[str], media: list[Media], removed: list, from_lxml: bool = True
) -> None:
    """BeautifulSoup's part: captions and credits to `media`, chrome removed
    (by tag, role, class/id vocabulary and the prose it holds), the story's
    container chosen by scoring paragraphs, and its text blocks added to
    `blocks`. `container`: a window's container, which is the story's and
    is not chosen again. `from_lxml`: the soup was built from the pruned
    lxml body (no comments, no drop tags)."""
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
        reason = _chrome_reason(tag.name, tag.attrs)
        if reason is None:
            continue
        if tag.get("itemprop") == "articleBody" or tag.name in ("body", "html", "main"):
            continue
        if reason in _HEADER_REASONS and _inside_article(tag.parents) and _keep_header_lead(tag, removed, memo):
            continue  # the article's own header: its lead is kept, the rest dropped
        # A container named like chrome that holds most of the page's prose
        # is a layout wrapper ("has-sidebar", an ASP.NET <form>), not chrome.
        if reason != "hidden" and _holds_story(tag, *story_guard()):
            continue
        _note(removed, reason, _text(tag))
        memo.forget(tag)
        tag.decompose()

    if container is not None:
        _blocks_of(container, blocks)
    else:
        root = _choose_root(body, memo=memo, tags=tags)
        parts = _story_parts(body, root, memo, tags)
        if not _judge_names and _link_density(root) > 0.5:
            parts = []  # cleaned again without names (clean_html): a page of menus and link lists has no story
        for part in parts:
            _blocks_of(part, blocks)
        _note_outside(body, parts, removed)
    # The tree is full of parent/child cycles: free it now rather than at the
    # next garbage collection, so the claims stage does not stack on top of it.
    soup.decompose()


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


# ---------------------------------------------------------------- plain text



def _split_glued(prefix: str) -> list[str]:
    """'ГлавнаяNews' -> ['Главная', 'News']: words glued by a lost separator."""
    parts = _GLUED.split(prefix)
    return [p.strip() for p in parts if p.strip()]


def _is_trail(line: str) -> bool:
    """"Home > News > Region", "Home / News / Climate"."""
    if len(line) >= 200 or _SENTENCE_END.search(line) or not _vocab()["trail_separator"].search(line):
        return False
    parts = _vocab()["trail_separator"].split(line)
    return len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts)


def _is_menu_line(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 8 or len(line) > 60:
        return False
    if _PUNCTUATED_END.search(line):
        return False
    # A line of capitalised single words without sentence punctuation: a menu.
    return len(words) >= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def clean_text(text: str) -> CleanPage:
    hints = PageHints()
    removed: list[tuple[str, str]] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n\n" not in text.strip():
        paragraphs = [p for p in text.split("\n")]
    else:
        paragraphs = _BLANK_LINE.split(text)
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
    for i, line in enumerate(paragraphs):
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
        m = _vocab()["byline"].match(line)
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
    return CleanPage(blocks=blocks, media=media, breadcrumbs=breadcrumbs, hints=hints, removed=removed)
