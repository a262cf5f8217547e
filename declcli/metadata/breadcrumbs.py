"""Breadcrumbs: the trail the page shows, else its JSON-LD BreadcrumbList."""

from __future__ import annotations

from ..clean import norm_space
from .facts import PageFacts, Source, first
from .jsonld import _types


def _ld_trail(f: PageFacts) -> list[list[str]]:
    """The names of the first JSON-LD BreadcrumbList, by position."""
    for i in f.items:
        if "BreadcrumbList" in _types(i):
            elements = i.get("itemListElement") or []
            if isinstance(elements, dict):
                elements = [elements]
            crumbs = []
            for _pos, el in sorted(
                ((e.get("position", n) if isinstance(e, dict) else n, e) for n, e in enumerate(elements)),
                key=lambda x: x[0] if isinstance(x[0], int) else 0,
            ):
                if not isinstance(el, dict):
                    continue
                name = el.get("name")
                if not name and isinstance(el.get("item"), dict):
                    name = el["item"].get("name")
                if isinstance(name, str) and name.strip():
                    crumbs.append(norm_space(name))
            return [crumbs]
    return []


# Where the trail is read, in order. The page's own trail was found by the
# cleaner (HTML, microdata, RDFa, a text line), which also took it out of
# the body.
BREADCRUMB_SOURCES = (
    Source("the trail the page shows", lambda f: [list(f.page.breadcrumbs)]),
    Source("JSON-LD `BreadcrumbList`", _ld_trail),
)


def pick_breadcrumbs(f: PageFacts) -> list[str]:
    """The trail; the headline as its last crumb repeats the title and is left out."""
    crumbs = first(BREADCRUMB_SOURCES, f) or []
    if crumbs and f.title and crumbs[-1].lower() == f.title.lower():
        crumbs = crumbs[:-1]
    return crumbs
