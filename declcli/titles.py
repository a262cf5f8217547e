"""The one rule for a page title's site part, used by clean (to know the
headline it removes from the body) and by metadata (the article's title).

A title splits at a separator with space on both sides ("Talks resume |
The Ledger", "mediaarchitecture.de // » Jens Weber", "Story : 31.10.2023, 10.19 Uhr"); an end part is the
site's, and goes, when something says so: it names the site (og:site_name,
the publisher), the page's host ("… - DiEM25" on diem25.org) or a domain
("… - apolut.net"); what is left is one of the page's headings; or a
separator that sets off a site name ("|", "»", "›", "//", "::", "·", "•")
parts it from a short end. A dash alone proves nothing: "Blog einbinden –
so geht's!" keeps its end.
"""

from __future__ import annotations

import re

from . import patterns

# Separators: a run of these characters, spaces allowed inside the run. Each
# character is matched one way only (no "::" beside ":" in an alternation,
# which backtracked exponentially over a long run of colons), and a match
# starts only where white space starts, so a long space run is not rescanned.
_SEPARATOR = patterns.compile(r"(?<!\s)\s+([|\-–—·•»›~:/](?:\s*[|\-–—·•»›~:/])*)\s+")
_SITE_SEPARATORS = frozenset("|»›·•")
_DATE_PART = patterns.compile(r"^[\d\s.,:/-]+(uhr|h)?$", re.I)
_DOMAIN = patterns.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", re.I)
_NON_WORD = patterns.compile(r"\W+")
_EDGE = " |-–—:·•»›/~"
_HTTP_URL = patterns.compile(r"^https?://", re.I)


def title_parts(title: str) -> tuple[list[str], list[str]]:
    """The parts of a title and the separators between them."""
    pieces = _SEPARATOR.split(title)
    return pieces[0::2], pieces[1::2]


def _squash(text: str) -> str:
    return _NON_WORD.sub("", text.casefold())


def _names_site(part: str, site: str | None, host: str | None) -> bool:
    key = _squash(part)
    if len(key) < 2:
        return False
    if _DOMAIN.match(part.strip()):
        return True
    if site:
        s = _squash(site)
        if s and (key == s or (len(key) >= 4 and (key in s or s in key))):
            return True
    if host:
        h = _squash(host.removeprefix("www."))
        if len(key) >= 3 and key in h:
            return True
    return False


def strip_site(title: str, site: str | None = None, host: str | None = None, headings=()) -> str:
    """`title` without the site's part at either end (see the module's doc);
    `headings`: the page's own headings (its <h1>s), as evidence."""
    heads = {_squash(h) for h in headings if h}
    for _ in range(3):  # "Story - Section | Forum | Site": three ends may go
        parts, seps = title_parts(title)
        if len(parts) < 2:
            break
        last, first = parts[-1], parts[0]
        rest_last = title[: title.rfind(last)].rstrip(_EDGE)
        rest_first = title[len(first) :].lstrip(_EDGE)
        short_end = len(last.split()) <= 5 and len(rest_last.split()) >= 2
        if (
            _names_site(last, site, host)
            or _squash(rest_last) in heads
            or _DATE_PART.match(last)
            or (short_end and (set(seps[-1]) & _SITE_SEPARATORS or "::" in seps[-1]))
        ):
            title = rest_last
        elif _names_site(first, site, host) or _squash(rest_first) in heads:
            title = rest_first
        else:
            break
    return title


def names_only_the_site(title: str, site: str | None, host: str | None) -> bool:
    """A title that is the site's name, its domain or host, and no headline."""
    return _names_site(title, site, host) and (not site or len(_squash(title)) <= len(_squash(site)) + 2)


def title_holds(title: str, heading: str) -> bool:
    """Whether `heading` is the title or one of its parts (an <h1> that is
    the headline, not the site's logo)."""
    h = _squash(heading)
    if not h:
        return False
    parts, _ = title_parts(title)
    return h == _squash(title) or any(h == _squash(p) for p in parts) or (len(h) >= 12 and h in _squash(title))


def page_host(hints) -> str | None:
    """The host of the page's canonical URL or og:url (from its PageHints)."""
    from urllib.parse import urlsplit

    for rel, href in hints.links:
        if "canonical" in rel.split() and _HTTP_URL.match(href):
            return urlsplit(href).hostname
    for key, value in hints.meta:
        if key == "og:url" and _HTTP_URL.match(value):
            return urlsplit(value).hostname
    return None
