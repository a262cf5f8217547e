"""What every metadata source reads: the page's facts (its meta tags,
JSON-LD article, microdata, host, the site's name once known), and the
shape of a source table.

A field's sources are a tuple of `Source`s read top-down: each gives its
candidate values, already in the field's form (a date normalised, a title
with its site part gone) or None; the field's picker takes the first good
one. docs/output.md lists each table's labels in the same order (a test
checks it), so what the documentation says is what the code does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..model import CleanPage, PageHints
from ..titles import page_host
from .jsonld import _ARTICLE_TYPES, _jsonld_items, _types

# <meta itemprop="datePublished" content="…"> is microdata too.
_META_ITEMPROPS = ("datePublished", "dateModified", "author", "headline", "inLanguage")


class Source(NamedTuple):
    """One place a field is read from: its label (as docs/output.md writes
    it) and the function that gives its candidate values from PageFacts."""

    label: str
    read: Callable[[PageFacts], Iterable]


class PageFacts:
    """The page as the sources read it: one object, built once per page."""

    def __init__(self, page: CleanPage, text: str, html: str | None = None):
        h: PageHints = page.hints
        self.page = page
        self.html = html  # the page's HTML (its head part), for the last resorts that read it whole
        self.hints = h
        self.text = text  # the cleaned body (the language is told from it)
        self.meta: dict[str, str] = {}
        for key, value in h.meta:
            self.meta.setdefault(key, value)
        self.items = _jsonld_items(h.jsonld)
        articles = [i for i in self.items if _types(i) & _ARTICLE_TYPES]
        # NewsArticle before a generic WebPage.
        articles.sort(key=lambda i: "WebPage" in _types(i))
        self.ld: dict = articles[0] if articles else {}
        self.props: dict[str, str] = {}
        for key, value in h.itemprops:
            self.props.setdefault(key, value)
        for key, value in h.meta:
            for prop in _META_ITEMPROPS:
                if key == prop.lower():
                    self.props.setdefault(prop, value)
        self.host = page_host(h)
        # Set by the pickers as the fields are read: the title strips the
        # site's name, and the bylines refuse it; the byline starts from the
        # authors.
        self.site: str | None = None
        self.title: str | None = None
        self.authors: list[str] = []  # the people, for the byline

    def ld_str(self, key: str) -> str | None:
        """A string value of the JSON-LD article, else None."""
        value = self.ld.get(key)
        return value if isinstance(value, str) else None


def candidates(table: tuple[Source, ...], facts: PageFacts):
    """(label, value) of every candidate of `table`, in its order, lazily."""
    for source in table:
        for value in source.read(facts):
            yield source.label, value


def first(table: tuple[Source, ...], facts: PageFacts):
    """The first candidate of `table` that is not empty, else None."""
    return next((value for _, value in candidates(table, facts) if value), None)
