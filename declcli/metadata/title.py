"""The title and the site's name: their ordered sources and the rule that
takes the site's part off a title (declcli/titles.py, shared with clean)."""

from __future__ import annotations

import html
import re

from .. import patterns
from ..clean import norm_space
from ..titles import names_only_the_site, strip_site, title_holds
from .facts import PageFacts, Source, first
from .jsonld import _types

_SITE_TYPES = frozenset({"WebSite", "Organization", "NewsMediaOrganization"})
_TITLE_EDGE = " |-–—:·•»/"
_WORD = patterns.compile(r"\w+")
_DOMAIN = patterns.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", re.I)
# A date glued to a headline in its <h1> ("27.01.2022 MineralölINFO …",
# "… der Region 02.02.2022 • Presse , Allgemein"): a date line inside the
# heading, not its words.
_DATE_AT_END = patterns.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\s+|\s+\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s+[|•·].*)?$")
# The share of the shorter's words an <h1> and the stated title have in
# common for the <h1> to be the same headline.
_RESTATES = 0.5


def _spaced(value) -> str | None:
    return norm_space(value) if isinstance(value, str) and value else None


def _publisher(f: PageFacts) -> list[str | None]:
    pub = f.ld.get("publisher")
    return [_spaced(pub.get("name")) if isinstance(pub, dict) else None]


def _site_item(f: PageFacts) -> list[str | None]:
    return [_spaced(i.get("name")) for i in f.items if _types(i) & _SITE_TYPES]


def _title_rest(f: PageFacts) -> list[str | None]:
    """What `<title>` holds beside the title the page states (the title
    read without the <h1> that restates it), five words at most: "Story |
    The Courier" with the title "Story" leaves "The Courier". Read once
    the title is known (the title sheds the site's name found before)."""
    if f.title is None:
        return []
    title, tag = _pick(TITLE_SOURCES[1:], f), f.hints.title_tag
    if not (tag and title and tag != title):
        return []
    rest = tag.replace(title, "").strip(_TITLE_EDGE)
    return [rest if len(rest.split()) <= 5 else None]


# Where the site's name is read, in order (docs/output.md; a test checks
# it). The last is read after the title, which needs the others to strip the
# site's name.
SITE_SOURCES = (
    Source("`og:site_name`", lambda f: [f.meta.get("og:site_name")]),
    Source("`application-name`", lambda f: [f.meta.get("application-name")]),
    Source("the JSON-LD publisher", _publisher),
    Source("a JSON-LD `WebSite` or `Organization`", _site_item),
    Source("what `<title>` holds beside the stated title (five words at most)", _title_rest),
)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _restates(heading: str, title: str) -> float:
    """How much of the shorter of the two the other holds, by words (0-1).
    One word in common is no restatement where each has two or more: a
    photo's heading ('"Downtown" Montauk') or another section's ("Wie
    funktionieren Creative Commons Lizenzen?") shares a place or a "wie"
    with the stated title ("… Ende der Welt: Montauk", "Wie funktionierts")."""
    a, b = _words(heading), _words(title)
    if not (a and b) or len(a & b) < 2 <= min(len(a), len(b)):
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _shown_headline(f: PageFacts) -> list[str | None]:
    """The <h1> that restates a title the page states for sharing or for
    machines (og:title, JSON-LD headline, twitter:title, the first that an
    <h1> restates), sharing at least half the words of the shorter: the
    headline as the page shows it, which those often reword for search
    ("Dead Skin Cells Might Actually Be A Good Thing" for "Wait, are dead
    skin cells actually a good thing?") or write plainer ('...' for '…',
    straight quotes, a site's tag line). An og:title reworded past that
    ("… to become full Oneworld member by spring") is passed over where the
    JSON-LD headline restates the <h1> ("… sets new date for full Oneworld
    membership")."""
    for stated in _titles(_STATED_TITLES, f):
        shown = _restating_h1(stated, f) if stated and not names_only_the_site(stated, f.site, f.host) else None
        if shown:
            return [shown]
    return []


def _restating_h1(stated: str, f: PageFacts) -> str | None:
    """The <h1> that restates `stated` (the best, at least half the words of
    the shorter in common), as the title; None where none does."""
    best, score = None, _RESTATES
    for h1 in f.hints.h1:
        heading = _DATE_AT_END.sub("", h1)
        overlap = _restates(heading, stated)
        if overlap >= score and not _DOMAIN.match(heading) and (best is None or overlap > score):
            best, score = heading, overlap
    # A kicker glued before the stated title ("Local News | Brothel …"): a
    # label over the headline, unless it is written as part of it ("Pure
    # Leere": Marita Kramer …).
    if best and best != stated and best.endswith(stated) and ":" not in best[: -len(stated)]:
        return stated
    # The kicker set off by a colon in the stated title and glued before the
    # headline in the <h1> ("Zugverkehr: Im ICE …" and "Zugverkehr Im ICE
    # …"; "Corona-Lockerungen: Autohäuser …" and "Nach Corona-Lockerungen
    # Autohäuser …"): an element of its own over the headline.
    kicker, colon, headline = stated.partition(": ")
    if best and colon and len(headline.split()) >= 3 and best.endswith(" " + headline) and ":" not in best[: -len(headline)]:
        return headline
    return best


def _headline_h1(f: PageFacts) -> list[str | None]:
    """Of the <h1>s the <title> holds, the longest: the logo is the shorter
    part. An <h1> the <title> does not hold (the site's logo, a
    placeholder) is no headline."""
    h = f.hints
    stated = strip_site(norm_space(h.title_tag), f.site, f.host, h.h1) if h.title_tag else ""
    return [max((x for x in h.h1 if stated and title_holds(stated, x)), key=len, default=None)]


# Where the title is read, in order (docs/output.md lists the same order; a
# test checks it): the headline the page states for sharing or for
# machines, then an <h1> that the <title> repeats, then the <title>; an
# <h1> the <title> does not hold only without one. The first that is more
# than the site's name wins.
_STATED_TITLES = (
    Source("`og:title`", lambda f: [f.meta.get("og:title")]),
    Source("JSON-LD `headline`", lambda f: [html.unescape(f.ld["headline"]) if f.ld_str("headline") else None]),
    Source("`twitter:title`", lambda f: [f.meta.get("twitter:title")]),
)
TITLE_SOURCES = (
    Source("the `<h1>` that restates one of the next three", _shown_headline),
    *_STATED_TITLES,
    Source("the longest `<h1>` that `<title>` holds", _headline_h1),
    Source("microdata `headline`", lambda f: [f.props.get("headline")]),
    Source("`<title>`", lambda f: [f.hints.title_tag]),
    Source("the first `<h1>`", lambda f: f.hints.h1[:1]),
    Source("for plain text, the first line when it reads like a headline", lambda f: [f.hints.first_line_title]),
)


def pick_site(f: PageFacts) -> str | None:
    """The site's name: the first source that names it."""
    return first(SITE_SOURCES, f)


def _titles(table: tuple[Source, ...], f: PageFacts):
    """The titles `table` gives, white space collapsed and the site part gone."""
    for source in table:
        for cand in source.read(f):
            if cand and norm_space(cand):
                yield strip_site(norm_space(cand), f.site, f.host, f.hints.h1)


def title_candidates(f: PageFacts, table: tuple[Source, ...] | None = None):
    """(label, title, good) of every title source that gives one, in
    TITLE_SOURCES order: the title with its site part gone, and whether it
    is more than the site's name."""
    for source in table or TITLE_SOURCES:
        for cand in source.read(f):
            if cand and norm_space(cand):
                stripped = strip_site(norm_space(cand), f.site, f.host, f.hints.h1)
                yield source.label, stripped, bool(stripped) and not names_only_the_site(stripped, f.site, f.host)


def pick_title(f: PageFacts) -> str | None:
    """The first title that is more than the site's name; else the first
    that is only the site's name."""
    return _pick(TITLE_SOURCES, f)


def _pick(table: tuple[Source, ...], f: PageFacts) -> str | None:
    fallback = None
    for _, title, good in title_candidates(f, table):
        if good:
            return title
        fallback = fallback or title
    return fallback
