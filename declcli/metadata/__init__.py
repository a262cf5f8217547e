"""Stage 3: the article's metadata from what the cleaner noted of the page.

Each field takes the first good value from an ordered table of sources
(JSON-LD, Open Graph and other meta tags, microdata, the visible page), read
top-down, so the choice is predictable and documented in docs/output.md
(SOURCE_TABLES; a test checks the documentation against them).
"""

from __future__ import annotations

from ..model import Article, CleanPage
from .authors import AUTHOR_SOURCES, BYLINE_SOURCES, pick_authors, pick_byline
from .breadcrumbs import BREADCRUMB_SOURCES, pick_breadcrumbs
from .facts import PageFacts, Source, first
from .language import LANGUAGE_SOURCES
from .published import MODIFIED_SOURCES, PUBLISHED_SOURCES, normalize_datetime, pick_published, url_date
from .title import SITE_SOURCES, TITLE_SOURCES, pick_site, pick_title
from .url import URL_SOURCES, absolute_url

__all__ = [
    "AUTHOR_SOURCES",
    "BYLINE_SOURCES",
    "BREADCRUMB_SOURCES",
    "LANGUAGE_SOURCES",
    "MODIFIED_SOURCES",
    "PUBLISHED_SOURCES",
    "SITE_SOURCES",
    "SOURCE_TABLES",
    "TITLE_SOURCES",
    "URL_SOURCES",
    "PageFacts",
    "Source",
    "extract_metadata",
    "normalize_datetime",
    "url_date",
]

# Each article field docs/output.md documents as "the first of …", and the
# table it is read from.
SOURCE_TABLES = {
    "title": TITLE_SOURCES,
    "site": SITE_SOURCES,
    "url": URL_SOURCES,
    "authors": AUTHOR_SOURCES,
    "byline": BYLINE_SOURCES,
    "published": PUBLISHED_SOURCES,
    "modified": MODIFIED_SOURCES,
    "language": LANGUAGE_SOURCES,
}


def extract_metadata(page: CleanPage, text: str, location: str | None = None, html: str | None = None) -> Article:
    """Article metadata; `text` is the cleaned body, `location` the page's
    URL if known, `html` the page's HTML (or its first part) if known, which
    a last-resort source reads when no other gives the field."""
    f = PageFacts(page, text, html)
    # The site first (the title sheds its name), then the title; a site
    # named only beside the title in <title> is known after it.
    f.site = pick_site(f)
    f.title = pick_title(f)
    f.site = f.site or pick_site(f)
    f.authors = pick_authors(f)
    return Article(
        title=f.title,
        site=f.site,
        url=absolute_url(f, location),
        authors=f.authors,
        published=pick_published(f),
        modified=first(MODIFIED_SOURCES, f),
        language=first(LANGUAGE_SOURCES, f),
        breadcrumbs=pick_breadcrumbs(f),
        media=list(page.media),
        text=text,
        byline=pick_byline(f),
    )
