"""Stage 3: the article's metadata from what the cleaner noted of the page.

Each field takes the first good value from an ordered list of places
(JSON-LD, Open Graph and other meta tags, microdata, the visible page), so
the choice is predictable and documented in docs/output.md.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

from .. import patterns
from ..clean import norm_space
from ..model import Article, CleanPage
from ..titles import names_only_the_site, page_host, strip_site, title_holds
from .authors import _authors
from .jsonld import _ARTICLE_TYPES, _jsonld_items, _types
from .language import _guess_language, _lang_tag
from .published import PUBLISHED_SOURCES, normalize_datetime, published_sources, url_date

__all__ = [
    "PUBLISHED_SOURCES",
    "TITLE_SOURCES",
    "extract_metadata",
    "normalize_datetime",
    "page_url",
    "published_sources",
    "url_date",
]

_HTTP_URL = patterns.compile(r"^https?://", re.I)


# Where the title is read, in order (docs/output.md lists the same order; a
# test checks it): the first that is more than the site's name wins.
TITLE_SOURCES = (
    "`og:title`",
    "JSON-LD `headline`",
    "`twitter:title`",
    "the longest `<h1>` that `<title>` holds",
    "microdata `headline`",
    "`<title>`",
    "the first `<h1>`",
    "for plain text, the first line when it reads like a headline",
)


def page_url(h, meta: dict, ld: dict) -> str | None:
    """The page's URL as it states it: canonical, og:url, JSON-LD."""
    for rel, href in h.links:
        if "canonical" in rel.split():
            return href
    url = meta.get("og:url")
    if url:
        return url
    main = ld.get("mainEntityOfPage")
    if isinstance(main, dict):
        main = main.get("@id")
    return main if isinstance(main, str) else (ld.get("url") if isinstance(ld.get("url"), str) else None)


def extract_metadata(page: CleanPage, text: str, location: str | None = None) -> Article:
    """Article metadata; `text` is the cleaned body, `location` the page's URL if known."""
    h = page.hints
    meta: dict[str, str] = {}
    for key, value in h.meta:
        meta.setdefault(key, value)
    items = _jsonld_items(h.jsonld)
    articles = [i for i in items if _types(i) & _ARTICLE_TYPES]
    # NewsArticle before a generic WebPage.
    articles.sort(key=lambda i: "WebPage" in _types(i))
    ld = articles[0] if articles else {}
    props: dict[str, str] = {}
    for key, value in h.itemprops:
        props.setdefault(key, value)
    for key, value in h.meta:
        # <meta itemprop="datePublished" content="…"> is microdata too.
        for prop in ("datePublished", "dateModified", "author", "headline", "inLanguage"):
            if key == prop.lower():
                props.setdefault(prop, value)

    site = meta.get("og:site_name") or meta.get("application-name")
    if not site:
        pub = ld.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            site = pub["name"]
    if not site:
        for i in items:
            if _types(i) & {"WebSite", "Organization", "NewsMediaOrganization"} and isinstance(i.get("name"), str):
                site = i["name"]
                break
    site = norm_space(site) if site else None

    title = None
    host = page_host(h)
    # The headline the page states for sharing or for machines, then an
    # <h1> that the <title> repeats (not the site's logo or a placeholder),
    # then the <title>; an <h1> the <title> does not hold only without one.
    # (of the <h1>s the <title> holds, the longest: the logo is the shorter part)
    stated = strip_site(norm_space(h.title_tag), site, host, h.h1) if h.title_tag else ""
    headline_h1 = max((x for x in h.h1 if stated and title_holds(stated, x)), key=len, default=None)
    for _, cand in zip(
        TITLE_SOURCES,
        (
            meta.get("og:title"),
            html.unescape(ld["headline"]) if isinstance(ld.get("headline"), str) else None,
            meta.get("twitter:title"),
            headline_h1,
            props.get("headline"),
            h.title_tag,
            h.h1[0] if h.h1 else None,
            h.first_line_title,
        ),
        strict=False,
    ):
        if cand and norm_space(cand):
            stripped = strip_site(norm_space(cand), site, host, h.h1)
            if stripped and not names_only_the_site(stripped, site, host):
                title = stripped
                break
            title = title or stripped  # the site's name, if nothing better follows
    if not site and h.title_tag and title and h.title_tag != title:
        rest = h.title_tag.replace(title, "").strip(" |-–—:·•»/")
        if rest and len(rest.split()) <= 5:
            site = rest

    authors = _authors(ld, meta, props, h.bylines, site)

    published = None
    for _, values in published_sources(ld, meta, props, h):
        for cand in values:
            if isinstance(cand, str):
                published = normalize_datetime(cand)
                if published:
                    break
        if published:
            break
    if not published:
        published = url_date(page_url(h, meta, ld))
    if not published:
        published = next(filter(None, map(normalize_datetime, h.date_mentions)), None)
    modified = None
    for cand in (
        ld.get("dateModified"),
        meta.get("article:modified_time"),
        props.get("dateModified"),
        meta.get("og:updated_time"),
        meta.get("dcterms.modified"),
    ):
        if isinstance(cand, str):
            modified = normalize_datetime(cand)
            if modified:
                break

    language = _lang_tag(h.html_lang) or _lang_tag(meta.get("content-language")) or _lang_tag(meta.get("og:locale"))
    if not language and isinstance(ld.get("inLanguage"), str):
        language = _lang_tag(ld["inLanguage"])
    if not language:
        language = _guess_language(text)

    url = page_url(h, meta, ld)
    if url and location and _HTTP_URL.match(location):
        url = urljoin(location, url)
    if url and not _HTTP_URL.match(url):
        url = None

    breadcrumbs = list(page.breadcrumbs)
    if not breadcrumbs:
        for i in items:
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
                breadcrumbs = crumbs
                break
    # The headline as the last crumb repeats the title: leave it out.
    if breadcrumbs and title and breadcrumbs[-1].lower() == title.lower():
        breadcrumbs = breadcrumbs[:-1]

    return Article(
        title=title,
        site=site,
        url=url,
        authors=authors,
        published=published,
        modified=modified,
        language=language,
        breadcrumbs=breadcrumbs,
        media=list(page.media),
        text=text,
    )
