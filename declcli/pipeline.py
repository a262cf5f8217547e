"""The pipeline, stage after stage: source -> clean -> metadata -> sentences
-> claims -> agreements. Library users call `process` (or `process_bytes`);
the CLI only adds option parsing, rendering and exit codes on top, and uses
`stream_document`, which makes the claims while they are written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

# The stages are imported by the functions that run them: `diff` of two
# outputs imports this module (to read an article if one is given) and must
# not pay for the cleaner and the claims' modules when it reads none.
from . import defaults
from .errors import NoArticle
from .input.decode import decode
from .input.source import classify
from .model import (
    Article,
    Claim,
    CleanPage,
    Document,
    Sentence,
    Source,
    Stream,
    agreement_to_dict,
    claim_to_dict,
    document_head,
    document_to_dict,
)
from .sentences import (
    LEAD_IN_ENDS,
    paragraph_spans,  # the same paragraphs as split_sentences, by construction
    split_paragraph,
)


def clean(source: Source, *, let_go: bool = False, structure: bool = False, head: list[str] | None = None) -> CleanPage:
    """The page's body blocks, chrome removed. `let_go`: the source's bytes
    are dropped once decoded (the streaming path, whose source is its own);
    `structure`: the form of each block too (CleanPage.forms); `head`, when
    given, receives the first HEAD_CHARS characters of an HTML page."""
    # The decoded page is handed over, not kept here: clean_html lets it go
    # once lxml has parsed it (on a large page, twice the page's size).
    from .clean import clean_html, clean_text

    if source.media_type == "text/html":
        return clean_html(_decoded(source, let_go), structure=structure, head=head, head_chars=HEAD_CHARS)
    return clean_text(_decoded(source, let_go), structure=structure)


# How much of an HTML page the metadata stage's last resort (htmldate, for
# the published date) reads: dates sit in the head and near the headline,
# and a large page is not kept twice.
HEAD_CHARS = 1_000_000


def _decoded(source: Source, let_go: bool) -> str:
    text = decode(source)
    if let_go:
        source.data = b""  # its sha256 is taken; nothing reads the bytes again
    return text


def extract_article(source: Source) -> Article:
    """Metadata and body text of a classified source."""
    return _article_and_page(source)[0]


def _article_and_page(source: Source, let_go: bool = False, structure: bool = False) -> tuple[Article, CleanPage]:
    head: list[str] = []
    page = clean(source, let_go=let_go, structure=structure, head=head)
    body = "\n\n".join(page.blocks)
    page.blocks.clear()  # the body holds the same text; a long article's blocks are not kept twice
    if not body.strip():
        raise NoArticle(source.location, "no article text found in the page")
    from .descriptors import extract_descriptors
    from .metadata import extract_metadata

    # Relative canonical URLs resolve against where the page was fetched from.
    page_url = source.final_url or (source.location if source.kind == "url" else None)
    article = extract_metadata(page, body, page_url, html=head[0] if head else None)
    from .clean.notes import without_author_notes

    # The writer's note closing the story is found once the authors are known.
    article.text, page.forms = without_author_notes(article.text, page.forms, article.authors, page.removed)
    for key, value in extract_descriptors(page.hints, article.url or page_url).items():
        setattr(article, key, value)
    article.blocks, page.forms = page.forms, []
    return article, page


def analyze(article: Article, reference_date: str | None = None):
    """Claims and agreements of an article's text."""
    claims, finder = finished_claims(article, reference_date)
    return list(claims), finder.found


def finished_claims(article: Article, reference_date: str | None = None):
    """The one composition of sentences -> claims -> agreements: the claims
    of an article's text, each finished by the agreement finder as it is
    made, and the finder, whose `found` holds the agreements once the
    claims have all been read."""
    from .claims.agreements import AgreementFinder

    finder = AgreementFinder(article.text)
    return (finder.add(claim) for claim in iter_claims(article, reference_date)), finder


def process(source: Source, reference_date: str | None = None, *, claims: bool = True, structure: bool = False) -> Document:
    """The whole pipeline; `claims=False` stops after the text and metadata
    (claims and agreements empty, the language model never loaded);
    `structure`: the article's `blocks` too (the form of each paragraph)."""
    article, page = _article_and_page(source, structure=structure)
    claims, agreements = analyze(article, reference_date) if claims else ([], [])
    return Document(source=source, article=article, claims=claims, agreements=agreements, removed=page.removed)


def stream_document(
    source: Source,
    reference_date: str | None = None,
    *,
    let_go: bool = False,
    claims: bool = True,
    structure: bool = False,
) -> tuple[dict, list[tuple[str, str]]]:
    """`document_to_dict(process(source))` and what clean stripped, with the
    claims and agreements as Streams: each claim is finished (agreements)
    and turned into its dict only when the renderer asks for it, and dropped
    once written; only the commitments a later agreement may need are kept.

    Cleaning and metadata run before this returns, so an input that is not
    an article fails before anything is written; the claims stage runs while
    the document is written. `let_go`: the source's bytes are dropped once
    decoded (`source.data` becomes b""), for a caller done with them.
    `structure`: the tree's article also holds `blocks` (with_blocks).
    """
    article, page = _article_and_page(source, let_go=let_go, structure=structure)
    if not claims:
        return with_blocks({**document_head(source, article), "claims": [], "agreements": []}, article), page.removed
    from .claims.nlp import load_model

    load_model()  # a missing model fails here, before anything of the document is written
    made, finder = finished_claims(article, reference_date)
    claims = Stream(claim_to_dict(claim) for claim in made)

    def agreement_dicts():
        # An agreement collects the claims about it up to the end of the text.
        if not claims.done:
            raise RuntimeError("the agreements are known only once all claims have been written")
        for agreement in finder.found:
            yield agreement_to_dict(agreement)

    tree = {**document_head(source, article), "claims": claims, "agreements": Stream(agreement_dicts())}
    return with_blocks(tree, article), page.removed


def document_tree(
    source: Source, reference_date: str | None = None, *, claims: bool = True, structure: bool = False
) -> tuple[dict, list[tuple[str, str]]]:
    """`stream_document` made whole: the output tree with its claims and
    agreements as plain lists (they can cross process boundaries), and what
    clean stripped."""
    doc = process(source, reference_date, claims=claims, structure=structure)
    return with_blocks(document_to_dict(doc), doc.article), doc.removed


def with_blocks(tree: dict, article: Article) -> dict:
    """`tree` with the form of each paragraph (Article.blocks, the Block
    records) under article.blocks when the pipeline made them: for
    -f markdown-body, which never writes the tree as data. Not part of
    the output contract."""
    if article.blocks:
        tree["article"]["blocks"] = article.blocks
    return tree


def iter_claims(article: Article, reference_date: str | None = None) -> Iterator[Claim]:
    """The claims of an article's text, in order, each dropped by this
    generator once handed out."""
    from .claims import iter_claims as claims_of

    extent = claims_extent(article.text)
    sentences = takewhile(lambda s: s.end <= extent, iter_sentences(article.text))
    yield from claims_of(article.text, sentences, published=article.published, reference_date=reference_date)


# A word or a mark of punctuation: about one of spaCy's tokens ("U.S." counts
# four, a URL more); a run of quote marks counts each, as spaCy does.
_TOKEN = re.compile(r"\w+|[^\w\s]")


def claims_extent(text: str, budget: int | None = None) -> int:
    """Where claims stop being read: the end of `text`, or the start of its
    `budget`+1-th word or mark of punctuation. Sentences that end past it
    give no claim. The parse costs time in proportion to its tokens: this
    bounds it on a page of megabytes, and on one dense in tokens. `budget`:
    defaults.CLAIM_TOKENS."""
    budget = defaults.CLAIM_TOKENS if budget is None else budget
    for count, token in enumerate(_TOKEN.finditer(text)):
        if count == budget:
            return token.start()
    return len(text)


def iter_sentences(text: str) -> Iterator[Sentence]:
    """split_sentences(text), made a paragraph at a time.

    A sentence never spans a paragraph (paragraph_spans: a hard-wrapped paragraph's lines make one), and
    split_sentences reads each paragraph on its own; on a long article the whole list (about 250 bytes
    a sentence) would otherwise be held next to the claims.
    """
    number = 0
    after_colon = False  # a paragraph's lines after one ending in a colon (or a lead-in's ellipsis) are a list's rows
    for paragraph, (start, end) in enumerate(paragraph_spans(text), 1):
        block = text[start:end]
        numbered = 0
        for sentence in split_paragraph(block, after_colon):
            numbered = sentence.number
            yield Sentence(start=start + sentence.start, end=start + sentence.end, paragraph=paragraph, number=number + numbered)
        number += numbered
        after_colon = block.rstrip().endswith(LEAD_IN_ENDS)


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


def warm_up(claims: bool = True) -> None:
    """Load the language model, the lexicons and gazetteer and compile the
    patterns once, so that worker processes forked afterwards share them
    instead of each building its own copy."""
    try:
        source = classify(Source(kind="file", location="<warm-up>", data=_WARM_UP_PAGE), "html")
        process(source, "2024-01-01", claims=claims)
    except Exception:  # noqa: BLE001 - a warm-up must never stop a run
        pass
