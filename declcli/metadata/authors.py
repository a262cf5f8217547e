"""Authors: bylines split into names, and which names are people."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from .. import patterns
from ..clean import norm_space
from ..lexicon import load
from .jsonld import _names

_DATE_LINE_END = patterns.compile(r"\s*(?:[|•·]|\d{1,2}[:.]\d{2}|\b(?:updated|published|posted)\b)", re.I)
_NOT_IN_A_NAME = patterns.compile(r"[*:()\[\]|<>=]|[-–]$")


@lru_cache(maxsize=1)
def _words():
    data = load("metadata")

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return {
        "roles": patterns.compile(rf"(?<!\w)({alt(data['author_roles'])})(?!\w)", re.I),
        "prefix": patterns.compile(rf"^({alt(data['byline_prefixes'])}):?\s+", re.I),
        "prefix_words": frozenset(w.rstrip(":") for w in data["byline_prefixes"]),
        "joiners": patterns.compile(rf"\s*(?:,|;|(?<!\w)(?:{alt(data['name_joiners'])})(?!\w))\s*", re.I),
    }


def _split_byline(text: str) -> list[str]:
    """ "By A, B and C, Staff Writer | 5 March" -> the name parts."""
    text = norm_space(text)
    text = _words()["prefix"].sub("", text)
    text = _DATE_LINE_END.split(text, maxsplit=1)[0]
    parts = _words()["joiners"].split(text)
    return [p.strip() for p in parts if p and p.strip()]


def _plausible_author(name: str, site: str | None) -> bool:
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name) or "@" in name or "http" in name:
        return False
    if site and name.lower() == site.lower():
        return False
    # a form's label ("Name *", "Artikel von:"), a bare prefix ("By"), a cut-off line ("Ariel H -")
    if _NOT_IN_A_NAME.search(name) or name.lower() in _words()["prefix_words"]:
        return False
    if _words()["roles"].search(name):
        return False
    words = name.split()
    return 1 <= len(words) <= 5 and words[0][:1].isupper()


def _authors(ld: dict, meta: dict, props: dict, bylines: list[str], site: str | None) -> list[str]:
    """People who wrote the article: the first place that names a plausible
    person wins (JSON-LD, meta tags, microdata, bylines in the page)."""

    def from_ld():
        out = []
        for cand in _names(ld.get("author")):
            cand = html.unescape(cand)  # JSON-LD written with entities: "O&#8217;Donnell"
            out += _split_byline(cand) if _words()["joiners"].search(cand) else [norm_space(cand)]
        return out

    def from_meta():
        for key in ("author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author", "parsely-author"):
            if key in meta and not meta[key].startswith("http"):
                return _split_byline(meta[key])
        return []

    def from_props():
        return _split_byline(props["author"]) if "author" in props else []

    def from_bylines():
        out = []
        for line in bylines:
            if _words()["prefix"].match(line) or len(line.split()) <= 4:
                out = _split_byline(line)
                if any(_plausible_author(a, site) for a in out):
                    return out
        return out

    for source in (from_ld, from_meta, from_props, from_bylines):
        seen: set[str] = set()
        found = [a for a in source() if _plausible_author(a, site) and not (a.lower() in seen or seen.add(a.lower()))]
        if found:
            return found
    return []
