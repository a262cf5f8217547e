"""JSON-LD: the items of a page's JSON-LD scripts, their types, person names."""

from __future__ import annotations

import json
import re

from .. import patterns

# JSON-LD nested deeper than this is skipped, block by block: real markup
# nests a few levels, and the JSON parser (and the walks over what it gives)
# recurse once per level, up to Python's recursion limit.
_JSONLD_DEPTH = 64


_JSON_STRING = patterns.compile(r'"(?:[^"\\]|\\.)*"', re.S)


_JSON_BRACKET = patterns.compile(r"[\[\]{}]")


def _too_deep(text: str) -> bool:
    """Whether the JSON text nests arrays and objects past _JSONLD_DEPTH."""
    if text.count("[") + text.count("{") <= _JSONLD_DEPTH:
        return False
    depth = 0
    for m in _JSON_BRACKET.finditer(_JSON_STRING.sub('""', text)):
        depth += 1 if m.group() in "[{" else -1
        if depth > _JSONLD_DEPTH:
            return True
    return False


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
        text = text.strip().rstrip(";")
        if _too_deep(text):
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
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


_ARTICLE_TYPES = {
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "WebPage",
    "OpinionNewsArticle",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
    "LiveBlogPosting",
    "BackgroundNewsArticle",
}


# An author of these types is no person: a newsroom, a company, the site.
_ORGANISATION_TYPES = {
    "Organization",
    "NewsMediaOrganization",
    "Corporation",
    "GovernmentOrganization",
    "EducationalOrganization",
    "NGO",
    "LocalBusiness",
    "WebSite",
    "Brand",
}


def _names(value, nodes: dict | None = None, people: bool = False) -> list[str]:
    """Person names from a JSON-LD author value (str, dict or list of them).
    `nodes`: the page's JSON-LD items by `@id`, for an author given only by
    reference (`{"@id": "…#/schema/person/…"}`, as WordPress SEO plugins
    write it) to be read from the node it points to. `people`: the names
    of persons only, not of an author typed as an organisation."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        node = nodes.get(value["@id"], {}) if nodes and isinstance(value.get("@id"), str) else {}
        types = _types(value) | _types(node)
        # (Yoast types a personal site's owner as both: ["Person", "Organization"])
        if people and types & _ORGANISATION_TYPES and "Person" not in types:
            return []
        n = value.get("name")
        if n is None:
            n = node.get("name")
        return [n] if isinstance(n, str) else []
    if isinstance(value, list):
        out: list[str] = []
        for v in value:
            out += _names(v, nodes, people)
        return out
    return []


def _by_id(items: list[dict]) -> dict[str, dict]:
    """The JSON-LD items that have an `@id`, by it (the first of each)."""
    out: dict[str, dict] = {}
    for item in items:
        if isinstance(item.get("@id"), str):
            out.setdefault(item["@id"], item)
    return out
