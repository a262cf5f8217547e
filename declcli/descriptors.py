"""Part of stage 3 (metadata): what a page says about itself beyond the
byline, for the `article` keys added to declcli/1: `description`, `image`,
`tags` and `categories`.

Kept beside metadata.py, from the same PageHints, so that those four keys
are an addition to the stage and not a change of it. Sources, first found
wins (for lists: all of the first source that has any):

- description: og:description, twitter:description, meta description, the
  article's JSON-LD `description`;
- image: og:image (og:image:secure_url, og:image:url), twitter:image, the
  article's JSON-LD `image`; absolute against the page's URL, http(s) only;
- tags: article:tag (every one), the article's JSON-LD `keywords` (a list,
  or a comma-separated string), meta news_keywords;
- categories: article:section (every one), JSON-LD `articleSection`.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from .clean import norm_space
from .metadata.jsonld import _ARTICLE_TYPES, _jsonld_items, _types
from .model import PageHints

_HTTP_URL = re.compile(r"^https?://", re.I)
MAX_ITEMS = 50  # a page with thousands of tags is stuffing keywords, not tagging


def _article_ld(hints: PageHints) -> dict:
    try:
        items = _jsonld_items(hints.jsonld)
    except RecursionError:  # JSON-LD nested too deeply to read: no descriptors from it
        return {}
    articles = [i for i in items if _types(i) & _ARTICLE_TYPES]
    articles.sort(key=lambda i: "WebPage" in _types(i))
    return articles[0] if articles else {}


def _strings(value) -> list[str]:
    """Strings of a JSON-LD value: a string, a list of them, or objects with a name."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name") or value.get("url") or value.get("@id")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _unique(values: list[str], split_commas: bool = False) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        for part in value.split(",") if split_commas else [value]:
            part = norm_space(part)
            if part and part.lower() not in seen:
                seen.add(part.lower())
                out.append(part)
    return out[:MAX_ITEMS]


def _image_url(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    if isinstance(value, list):
        value = next((v for v in (_image_url(x) for x in value) if v), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def extract_descriptors(hints: PageHints, location: str | None = None) -> dict:
    """{description, image, tags, categories} of a page (None or [] when it says nothing)."""
    meta: dict[str, list[str]] = {}
    for key, value in hints.meta:
        meta.setdefault(key, []).append(value)

    def first(*keys: str) -> str | None:
        for key in keys:
            for value in meta.get(key, []):
                if norm_space(value):
                    return norm_space(value)
        return None

    ld = _article_ld(hints)
    description = first("og:description", "twitter:description", "description")
    if not description:
        description = next((norm_space(s) for s in _strings(ld.get("description")) if norm_space(s)), None)

    image = first("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src")
    image = image or _image_url(ld.get("image")) or _image_url(ld.get("thumbnailUrl"))
    if image and location and _HTTP_URL.match(location):
        image = urljoin(location, image)
    if image and not _HTTP_URL.match(image):
        image = None

    tags = _unique(meta.get("article:tag", []), split_commas=False)
    if not tags:
        tags = _unique(_strings(ld.get("keywords")), split_commas=True)
    if not tags:
        tags = _unique(meta.get("news_keywords", []), split_commas=True)

    categories = _unique(meta.get("article:section", []))
    if not categories:
        categories = _unique(_strings(ld.get("articleSection")))
    return {"description": description, "image": image, "tags": tags, "categories": categories}
