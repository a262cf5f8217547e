"""JSON-LD: the items of a page's JSON-LD scripts, their types, person names."""

from __future__ import annotations

import json


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
