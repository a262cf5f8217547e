"""The article keys added to declcli/1 (issue 14): description, image, tags
and categories, from Open Graph, article:*, meta and JSON-LD."""

import json

import pytest
from conftest import SEED_HTML, run_cli

import declcli

BODY = "<article><p>" + "The talks in Baku will continue on Monday, the minister said. " * 3 + "</p></article>"


def page(head: str) -> bytes:
    return f"<html><head><title>Talks</title>{head}</head><body>{BODY}</body></html>".encode()


def test_open_graph_and_article_tags():
    doc = declcli.read(
        page(
            '<meta property="og:description" content="  Talks go on.  ">'
            '<meta name="description" content="not this one">'
            '<meta property="og:image" content="/img/lead.jpg">'
            '<link rel="canonical" href="https://news.example/world/talks">'
            '<meta property="article:tag" content="Baku"><meta property="article:tag" content="diplomacy">'
            '<meta property="article:tag" content="baku">'
            '<meta property="article:section" content="World">'
        )
    )
    a = doc.article
    assert a.description == "Talks go on."
    assert a.image == "https://news.example/img/lead.jpg"  # absolute against the canonical URL
    assert a.tags == ["Baku", "diplomacy"]
    assert a.categories == ["World"]


def test_json_ld_when_the_meta_tags_are_missing():
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Site", "description": "the site, not the story"},
            {
                "@type": "NewsArticle",
                "headline": "Talks",
                "description": "A summary.",
                "image": [{"@type": "ImageObject", "url": "https://cdn.example/a.jpg"}],
                "keywords": "Baku, talks,  minister ",
                "articleSection": ["World", "Caucasus"],
            },
        ],
    }
    doc = declcli.read(page(f'<script type="application/ld+json">{json.dumps(ld)}</script>'))
    a = doc.article
    assert (a.description, a.image) == ("A summary.", "https://cdn.example/a.jpg")
    assert a.tags == ["Baku", "talks", "minister"]
    assert a.categories == ["World", "Caucasus"]


@pytest.mark.parametrize("image", ["javascript:alert(1)", "data:image/png;base64,AAAA", ""])
def test_only_http_images(image):
    assert declcli.read(page(f'<meta property="og:image" content="{image}">')).article.image is None


@pytest.mark.slow
def test_nothing_said_gives_null_and_empty_lists_in_every_format(tmp_path):
    doc = declcli.read(page(""))
    assert (doc.article.description, doc.article.image, doc.article.tags, doc.article.categories) == (None, None, [], [])
    out = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)["article"]
    assert out["categories"] == ["News"] and out["tags"] == [] and out["image"] is None
    assert out["description"].startswith("Russia and Azerbaijan will refrain")
    path = tmp_path / "out.json"
    path.write_text(json.dumps(out and json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)))
    assert run_cli("validate", path).returncode == 0
