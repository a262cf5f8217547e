"""The page's URL as it states it, and its ordered sources."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from .. import patterns
from .facts import PageFacts, Source, first

_HTTP_URL = patterns.compile(r"^https?://", re.I)


def _canonical(f: PageFacts) -> list[str]:
    return [next((href for rel, href in f.hints.links if "canonical" in rel.split()), None)]


def _main_entity(f: PageFacts) -> list[str | None]:
    main = f.ld.get("mainEntityOfPage")
    if isinstance(main, dict):
        main = main.get("@id")
    return [main if isinstance(main, str) else None]


# Where the URL is read, in order (docs/output.md; a test checks it).
URL_SOURCES = (
    Source("`<link rel=canonical>`", _canonical),
    Source("`og:url`", lambda f: [f.meta.get("og:url")]),
    Source("JSON-LD `mainEntityOfPage`", _main_entity),
    Source("JSON-LD `url`", lambda f: [f.ld_str("url")]),
)


def page_url(f: PageFacts) -> str | None:
    """The page's URL as it states it (canonical, og:url, JSON-LD), as written."""
    return first(URL_SOURCES, f)


def absolute_url(f: PageFacts, location: str | None) -> str | None:
    """The page's URL made absolute against `location` (where it was
    fetched from, if known); None unless http(s)."""
    url = page_url(f)
    if url and location and _HTTP_URL.match(location):
        url = urljoin(location, url)
    if url and not _HTTP_URL.match(url):
        url = None
    return url
