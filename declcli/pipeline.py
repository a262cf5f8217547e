"""The pipeline, stage after stage: source -> clean -> metadata -> sentences
-> claims -> agreements. Library users call `process` (or `process_bytes`);
the CLI only adds option parsing, rendering and exit codes on top.
"""

from __future__ import annotations

from .agreements import find_agreements
from .claims import extract_claims
from .clean import clean_html, clean_text
from .errors import NoArticle
from .metadata import extract_metadata
from .model import Article, CleanPage, Document, Source
from .sentences import split_sentences
from .source import classify, decode


def clean(source: Source) -> CleanPage:
    text = decode(source)
    if source.media_type == "text/html":
        return clean_html(text)
    return clean_text(text)


def extract_article(source: Source) -> Article:
    """Metadata and body text of a classified source."""
    return _article_and_page(source)[0]


def _article_and_page(source: Source) -> tuple[Article, CleanPage]:
    page = clean(source)
    body = "\n\n".join(page.blocks)
    if not body.strip():
        raise NoArticle(source.location, "no article text found in the page")
    # Relative canonical URLs resolve against where the page was fetched from.
    page_url = source.final_url or (source.location if source.kind == "url" else None)
    return extract_metadata(page, body, page_url), page


def analyze(article: Article, reference_date: str | None = None):
    """Claims and agreements of an article's text."""
    sentences = split_sentences(article.text)
    claims = extract_claims(article.text, sentences, published=article.published, reference_date=reference_date)
    agreements = find_agreements(claims)
    return claims, agreements


def process(source: Source, reference_date: str | None = None) -> Document:
    article, page = _article_and_page(source)
    claims, agreements = analyze(article, reference_date)
    return Document(source=source, article=article, claims=claims, agreements=agreements, removed=page.removed)


def process_bytes(
    data: bytes,
    *,
    location: str = "<bytes>",
    kind: str = "file",
    input_format: str | None = None,
    reference_date: str | None = None,
) -> Document:
    """Run the whole pipeline on bytes in memory (for library use and tests)."""
    source = classify(Source(kind=kind, location=location, data=data), input_format)
    return process(source, reference_date)


_WARM_UP_PAGE = (
    b"<html><head><title>Warm-up</title></head><body><article><p>The Russian Foreign Ministry said on Monday "
    b"that both countries will sign an agreement in Moscow, according to officials.</p></article></body></html>"
)


def warm_up() -> None:
    """Load the lexicons and gazetteer and compile the patterns once, so that
    worker processes forked afterwards share them instead of each building
    its own copy."""
    try:
        process_bytes(_WARM_UP_PAGE, input_format="html", reference_date="2024-01-01")
    except Exception:  # noqa: BLE001 - a warm-up must never stop a run
        pass
