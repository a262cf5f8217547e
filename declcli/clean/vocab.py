"""The chrome vocabulary (data/chrome.json) and what an element's tag, role,
class and id say about it; chrome text lines; captions and credits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import patterns
from ..lexicon import load
from ..model import Media
from . import state
from .text import norm_space

_CAMEL = patterns.compile(r"(?<=[a-z])(?=[A-Z])")


_TOKEN_SPLIT = patterns.compile(r"[-_\s:./]+")


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
        "byline_particles": frozenset(data["byline_name_particles"]),
        **{k: patterns.compile(p, re.I) for k, p in data["line_patterns"].items() if not k.startswith("_")},
    }


def is_chrome_text(text: str) -> bool:
    """A whole block that is page furniture ("Read also: …", "Advertisement")."""
    return any(rx.match(text) for rx in _vocab()["block_text"])


def byline_match(line: str):
    """The byline pattern's match of a line ("By Jane Doe", "Von Hans Müller
    und Eva Roe"), or None; also None for a sentence that only opens like one
    ("By the time we arrived, it was late.", "Por ende, …", "Da kommt …"):
    its first word after the opener, or three of its words, are lower-case
    words that are no name particle (chrome.json byline_name_particles), or
    it ends a sentence of six words or more."""
    v = _vocab()
    m = v["byline"].match(line)
    if m is None:
        return None
    words = m.group("names").split()
    particles = v["byline_particles"]
    common = [n for n, w in enumerate(words) if w[:1].islower() and w.strip(",.").lower() not in particles]
    if (common and common[0] == 0) or len(common) >= 3 or (len(words) >= 6 and line.rstrip().endswith((".", "!", "?"))):
        return None
    return m


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
    if not (cls or id_) or not state.judging_names():
        return None
    # (a bs4 tag's class values joined as lxml gives them: the soup then finds in the cache
    # the answers the lxml pass gave for the same elements)
    return _class_id_reason(cls if cls is None or isinstance(cls, str) else " ".join(cls), id_ or "")


@lru_cache(maxsize=8192)
def _class_id_reason(cls: str | tuple | None, id_: str) -> str | None:
    """The chrome reason a class (its values space-joined, or a tuple of
    them) and id give; pages repeat the same values many times, hence the
    cache."""
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


# A header is the page's (logo, menu) unless it sits inside the article.
_HEADER_REASONS = frozenset(("<header>", "class header"))


# A teaser is a card that links to another page; one with no link is the
# story's own lead ("article-teaser", as German sites name the standfirst).
_LINKED_REASONS = frozenset(("class teaser", "class teasers"))


def _soup_chrome_reason(tag) -> str | None:
    """_chrome_reason for a bs4 tag, with what its content tells: a teaser
    that holds no link is none."""
    reason = _chrome_reason(tag.name, tag.attrs)
    if reason in _LINKED_REASONS and tag.find("a") is None:
        return None
    return reason


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
