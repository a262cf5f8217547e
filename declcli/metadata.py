"""Stage 3: the article's metadata from what the cleaner noted of the page.

Each field takes the first good value from an ordered list of places
(JSON-LD, Open Graph and other meta tags, microdata, the visible page), so
the choice is predictable and documented in docs/output.md.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urljoin

from functools import lru_cache

from .clean import norm_space
from . import patterns
from .lexicon import load
from .model import Article, CleanPage
from .titles import names_only_the_site, page_host, strip_site, title_holds

_ISO_DATE = patterns.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT_DATE = patterns.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$")
_NUMERIC_DATE = patterns.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d.]*\d)")
_DAY_MONTH_YEAR = patterns.compile(r"(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)")
_MONTH_DAY_YEAR = patterns.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_ISO_IN_TEXT = patterns.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_URL_DATE = patterns.compile(r"/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:/|-|$)|/((?:19|20)\d{2})/(\d{2})/")
_DATE_LINE_END = patterns.compile(r"\s*(?:[|•·]|\d{1,2}[:.]\d{2}|\b(?:updated|published|posted)\b)", re.I)
_UKRAINIAN_LETTER = patterns.compile(r"[іїєґ]")
_LATIN_WORD = patterns.compile(r"[a-zà-ÿ]+")
_LANGUAGE_TAG = patterns.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?")
_HTTP_URL = patterns.compile(r"^https?://", re.I)
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

@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names of the languages metadata.json lists, and abbreviations."""
    data = load("metadata")["months"]
    table = {name: i for lang, names in data.items() if lang != "abbreviations" for i, name in enumerate(names, 1)}
    table.update(data["abbreviations"])
    return table


def _jsonld_items(texts: list[str]) -> list[dict]:
    items: list[dict] = []

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            items.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for text in texts:
        try:
            data = json.loads(text.strip().rstrip(";"))
        except ValueError:
            continue
        walk(data)
    return items


def _types(item: dict) -> set[str]:
    t = item.get("@type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


_ARTICLE_TYPES = {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "WebPage",
                  "OpinionNewsArticle", "ScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting", "BackgroundNewsArticle"}


def _names(value) -> list[str]:
    """Person names from a JSON-LD author value (str, dict or list of them)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        n = value.get("name")
        return [n] if isinstance(n, str) else []
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out += _names(v)
        return out
    return []


def _ymd(year, month, day) -> str | None:
    """YYYY-MM-DD, or None where the month or day cannot be one."""
    import datetime

    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # 31.02., a version number
        return None


def url_date(url: str | None) -> str | None:
    """The date a URL's path states (/2014/01/13/, /2014-01-13-, /2014/01/)."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    if m.group(1):
        return _ymd(m.group(1), m.group(2), m.group(3))
    return f"{m.group(4)}-{m.group(5)}" if 1 <= int(m.group(5)) <= 12 else None


def normalize_datetime(value: str | None) -> str | None:
    """An ISO 8601 string as precise as the input, or None."""
    if not value:
        return None
    value = value.strip()
    m = _ISO_DATE.match(value)
    if m:
        y, mo, d, hh, mm, ss, tz = m.groups()
        out = f"{y}-{mo}-{d}"
        if hh:
            out += f"T{hh}:{mm}:{ss or '00'}"
            if tz:
                if tz != "Z" and ":" not in tz:
                    tz = tz[:3] + ":" + tz[3:]
                out += "+00:00" if tz == "Z" else tz
        return out
    m = _COMPACT_DATE.match(value)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return normalize_datetime(f"{m.group(1)}-{m.group(2)}-{m.group(3)}" + (f"T{m.group(4)}:{m.group(5)}:{m.group(6) or '00'}" if m.group(4) else ""))
    m = _ISO_IN_TEXT.search(value)  # "Written: 2023-11-07 15:03", "2021-10-16 | Press"
    if m:
        return _ymd(m.group(1), m.group(2), m.group(3))
    m = _NUMERIC_DATE.search(value)  # day first: 02.11.2021, 31.10.23
    if m:
        yy = m.group(3)
        year = yy if len(yy) == 4 else f"{'20' if int(yy) < 50 else '19'}{yy}"
        return _ymd(year, m.group(2), m.group(1))
    months = _months()
    m = _DAY_MONTH_YEAR.search(value)
    if m and m.group(2).lower() in months:
        return _ymd(m.group(3), months[m.group(2).lower()], m.group(1))
    m = _MONTH_DAY_YEAR.search(value)
    if m and m.group(1).lower() in months:
        return _ymd(m.group(3), months[m.group(1).lower()], m.group(2))
    return None


def _split_byline(text: str) -> list[str]:
    """"By A, B and C, Staff Writer | 5 March" -> the name parts."""
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


def _guess_language(text: str) -> str | None:
    letters = [ch for ch in text[:5000] if ch.isalpha()]
    if not letters:
        return None
    cyr = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyr / len(letters) > 0.5:
        return "uk" if _UKRAINIAN_LETTER.search(text[:5000]) else "ru"
    words = _LATIN_WORD.findall(text[:5000].lower())
    if not words:
        return None
    stop = {
        "en": {"the", "and", "of", "to", "in", "is", "that", "was", "for", "with"},
        "de": {"der", "die", "und", "das", "nicht", "mit", "ist", "von", "den", "ein"},
        "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour"},
        "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una"},
        "pt": {"o", "os", "as", "e", "que", "do", "da", "em", "não", "uma"},
        "it": {"il", "di", "che", "e", "la", "per", "non", "gli", "della", "un"},
    }
    best, best_n = None, 0
    for lang, sw in stop.items():
        n = sum(1 for w in words if w in sw)
        if n > best_n:
            best, best_n = lang, n
    return best if best_n >= 3 else None


def _lang_tag(value: str | None) -> str | None:
    if not value:
        return None
    m = _LANGUAGE_TAG.match(value.strip())
    if not m:
        return None
    lang = m.group(1).lower()
    return f"{lang}-{m.group(2).upper()}" if m.group(2) else lang


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


# Where the published date is read, in order: the first source that gives a
# date wins (docs/output.md lists the same order; a test checks it). The
# date in the page's URL comes last.
_PUBLISHED_META = ("pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued",
                   "dcterms.created", "dcterms.issued", "dcterms.date", "citation_publication_date", "citation_date",
                   "bepress_citation_date", "sailthru.date", "parsely-pub-date")
PUBLISHED_SOURCES = (
    "JSON-LD `datePublished`",
    "`article:published_time`",
    "microdata `datePublished`",
    "`<time datetime>`",
    "meta date tags",
    "an element classed as the date (`published`, `entry-date`)",
    "a date line",
    "the date in the URL",
    "a short line of the page that holds a date",
)


def published_sources(ld: dict, meta: dict, props: dict, h) -> list[tuple[str, list]]:
    """The candidate values of each published-date source but the URL, in
    PUBLISHED_SOURCES order."""
    return list(zip(PUBLISHED_SOURCES, (
        [ld.get("datePublished")],
        [meta.get("article:published_time"), meta.get("og:published_time"), meta.get("article:published")],
        [props.get("datePublished")],
        h.times[:1],
        [meta.get(k) for k in _PUBLISHED_META],
        h.dated,
        h.date_lines,
    )))


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
    for cand in (meta.get("og:title"), html.unescape(ld["headline"]) if isinstance(ld.get("headline"), str) else None,
                 meta.get("twitter:title"), headline_h1, props.get("headline"), h.title_tag,
                 h.h1[0] if h.h1 else None, h.first_line_title):
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
    for cand in (ld.get("dateModified"), meta.get("article:modified_time"), props.get("dateModified"),
                 meta.get("og:updated_time"), meta.get("dcterms.modified")):
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
                for pos, el in sorted(
                    ((e.get("position", n) if isinstance(e, dict) else n, e) for n, e in enumerate(elements)),
                    key=lambda x: (x[0] if isinstance(x[0], int) else 0),
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
