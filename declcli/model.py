"""Plain data types passed between the pipeline stages.

Every stage is a function over these types; none of them holds behaviour
beyond turning itself into the ordered dict of the output contract.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import field
from typing import TYPE_CHECKING

from ._speedups.record import Record, record
from .defaults import FETCH_RETRIES, FETCH_TIMEOUT, MAX_BYTES

SCHEMA_ID = "declcli/1"

if TYPE_CHECKING:
    from .errors import DeclError


@record
class Source(Record):
    """Bytes as received, and where they came from."""

    kind: str  # file | stdin | url | warc
    location: str
    data: bytes
    media_type: str | None = None  # text/html | text/plain, once known
    charset: str | None = None  # declared by the transport (HTTP header)
    final_url: str | None = None  # after redirects, for fetch
    sha256: str = ""
    fetched_at: str | None = None  # ISO 8601 UTC, for fetch
    target_uri: str | None = None  # WARC records: the archived page's URL
    warc_date: str | None = None  # WARC records: when it was archived
    record_id: str | None = None  # WARC records: WARC-Record-ID


@record
class Media(Record):
    """A caption taken out of the body, with its photo credit."""

    caption: str
    credit: str | None = None


@record
class PageHints(Record):
    """What the cleaner saw of the page that the metadata stage needs.

    Collected before chrome is removed so that metadata never has to parse
    the page a second time.
    """

    html_lang: str | None = None
    title_tag: str | None = None
    h1: list[str] = field(default_factory=list)
    meta: list[tuple[str, str]] = field(default_factory=list)  # (name or property, content)
    links: list[tuple[str, str]] = field(default_factory=list)  # (rel, href)
    jsonld: list[str] = field(default_factory=list)  # raw JSON-LD texts
    itemprops: list[tuple[str, str]] = field(default_factory=list)  # (itemprop, value)
    bylines: list[str] = field(default_factory=list)
    author_links: list[str] = field(default_factory=list)  # texts of links to a writer's page ("/author/jdoe/"), document order
    times: list[str] = field(default_factory=list)  # <time datetime> values, document order
    date_lines: list[str] = field(default_factory=list)  # text lines that look like a date line
    dated: list[str] = field(default_factory=list)  # values of elements classed as a date (hAtom "published", "entry-date")
    date_mentions: list[str] = field(default_factory=list)  # other short lines that hold a year ("Berlin, 31. März 2003")
    # The short lines right after the headline (the <h1>, else the <h2>, the
    # title tags state), up to the first paragraph: the article's head as a
    # reader sees it (its date, its byline).
    headline_lines: list[str] = field(default_factory=list)
    first_line_title: str | None = None  # plain text: the headline line


@record
class Block(Record):
    """What one paragraph of the body was on the page: its kind and its
    inline marks, for -f markdown-body. Not part of the output contract:
    made only when asked (`structure=True` in the pipeline), one per
    paragraph of `Article.text`, in order; the text stays the paragraph's.
    """

    kind: str = "paragraph"  # paragraph | heading | item | preformatted
    # heading: its level (1-6); item: the depth of its list (1 = top); a
    # paragraph inside a list item: that item's depth; else 0
    level: int = 0
    ordered: bool = False  # an item of an <ol>
    number: int = 0  # an item's position in its list (1-based)
    quote: int = 0  # how many <blockquote> hold it
    # (start, end, mark, href) in the paragraph's text, mark one of em,
    # strong, code, link (href only for link); never starting or ending on
    # white space
    spans: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    code: str | None = None  # preformatted: its text with its line breaks


@record
class CleanPage(Record):
    """The body, with chrome removed, and what was set aside on the way."""

    blocks: list[str]
    media: list[Media] = field(default_factory=list)
    breadcrumbs: list[str] = field(default_factory=list)
    hints: PageHints = field(default_factory=PageHints)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (why, text snippet)
    forms: list[Block] = field(default_factory=list)  # one per block when asked (structure), else empty


@record
class Article(Record):
    """The article's metadata and body text."""

    title: str | None = None
    site: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    text: str = ""
    # Added to declcli/1 after the keys above (descriptors.py).
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    # Added to declcli/1: who the page credits as author: the people of
    # `authors`, else a desk, team, organisation or the site as credited.
    byline: list[str] = field(default_factory=list)
    # Not in the output contract: the form of each paragraph of `text`
    # (headings, list items, emphasis, links), made only when asked
    # (pipeline `structure=True`, for -f markdown-body); else empty.
    blocks: list[Block] = field(default_factory=list)


@record
class Sentence(Record):
    """A sentence: its span in the body text, paragraph and number."""

    start: int
    end: int
    paragraph: int  # 1-based
    number: int  # 1-based over the whole text


@record
class Actor(Record):
    """Who a claim is about: a country, an organisation or a person."""

    name: str
    type: str  # country | person | organization | group
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # a person's title as the text gives it: "President", "foreign minister"


@record
class Condition(Record):
    """The condition a conditional claim holds under, with its offsets into the article text."""

    text: str
    start: int
    end: int


@record
class Attribution(Record):
    """Who said a claim, and the cue that says so."""

    source: str | None
    cue: str


@record
class DateRef(Record):
    """A date a claim mentions, resolved against the article's date."""

    text: str
    value: str | None


@record
class Claim(Record):
    """One statement of the body, with what it says about whom."""

    id: str
    text: str
    start: int
    end: int
    paragraph: int
    sentence: int
    kind: str = "fact"
    modality: str = "none"
    polarity: str = "positive"
    mood: str = "statement"  # statement | question | conditional
    condition: Condition | None = None
    actors: list[Actor] = field(default_factory=list)
    attribution: Attribution | None = None
    quotes: list[str] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@record
class Agreement(Record):
    """An agreement the article reports."""

    name: str
    type: str
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    date: DateRef | None = None
    place: str | None = None
    claims: list[str] = field(default_factory=list)


@record
class Document(Record):
    """The whole output of the pipeline for one input."""

    source: Source
    article: Article
    claims: list[Claim]
    agreements: list[Agreement]
    removed: list[tuple[str, str]] = field(default_factory=list)  # what clean stripped, for -vv


def _source_dict(src: Source) -> dict:
    out = {"kind": src.kind, "location": src.location, "media_type": src.media_type, "sha256": src.sha256}
    if src.kind == "url":
        # Only fetched documents carry these, so `read` output stays byte-identical.
        out["final_url"] = src.final_url
        out["fetched_at"] = src.fetched_at
    elif src.kind == "warc":
        out["target_uri"] = src.target_uri
        out["warc_date"] = src.warc_date
        out["record_id"] = src.record_id
    return out


def _date(d: DateRef | None) -> dict | None:
    return None if d is None else {"text": d.text, "value": d.value}


def document_to_dict(doc: Document) -> dict:
    """The output contract's tree, keys in contract order."""
    return {
        **document_head(doc.source, doc.article),
        "claims": [claim_to_dict(c) for c in doc.claims],
        "agreements": [agreement_to_dict(a) for a in doc.agreements],
    }


def document_head(src: Source, art: Article) -> dict:
    """The keys of the tree before `claims`: schema, source and article."""
    return {
        "schema": SCHEMA_ID,
        "source": _source_dict(src),
        "article": {
            "title": art.title,
            "site": art.site,
            "url": art.url,
            "authors": list(art.authors),
            "published": art.published,
            "modified": art.modified,
            "language": art.language,
            "breadcrumbs": list(art.breadcrumbs),
            "media": [{"caption": m.caption, "credit": m.credit} for m in art.media],
            "text": art.text,
            "description": art.description,
            "image": art.image,
            "tags": list(art.tags),
            "categories": list(art.categories),
            "byline": list(art.byline),
        },
    }


class Stream(Iterator):
    """A list of the output tree that is made while it is written.

    It can be iterated once, in order; the renderers write it item by item,
    so that a document's claims are never all held at once. `count` is how
    many items it has given, `done` whether it has given them all.
    """

    def __init__(self, items: Iterable):
        self._items = iter(items)
        self.count = 0
        self.done = False

    def __next__(self):
        try:
            item = next(self._items)
        except StopIteration:
            self.done = True
            raise
        self.count += 1
        return item


def claim_to_dict(c: Claim) -> dict:
    return {
        "id": c.id,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "paragraph": c.paragraph,
        "sentence": c.sentence,
        "kind": c.kind,
        "modality": c.modality,
        "polarity": c.polarity,
        "mood": c.mood,
        "condition": None
        if c.condition is None
        else {"text": c.condition.text, "start": c.condition.start, "end": c.condition.end},
        "actors": [{"name": a.name, "type": a.type, "country": a.country, "role": a.role} for a in c.actors],
        "attribution": None if c.attribution is None else {"source": c.attribution.source, "cue": c.attribution.cue},
        "quotes": list(c.quotes),
        "dates": [_date(d) for d in c.dates],
        "places": list(c.places),
        "topics": list(c.topics),
    }


def agreement_to_dict(a: Agreement) -> dict:
    return {
        "name": a.name,
        "type": a.type,
        "parties": list(a.parties),
        "signatories": list(a.signatories),
        "date": _date(a.date),
        "place": a.place,
        "claims": list(a.claims),
    }


# ------------------------------------------------------------ runs of many inputs


@record
class Options(Record):
    """How each input of a run is read and fetched."""

    input_format: str | None = None
    reference_date: str | None = None
    timeout: float = FETCH_TIMEOUT
    retries: int = FETCH_RETRIES
    max_bytes: int = MAX_BYTES
    cache_dir: str | None = None
    verify_tls: bool = True
    private_redirects: bool = True  # False (--no-private-redirects): a redirect to a non-public address is refused
    verbose: int = 0
    claims: bool = True  # False (--no-claims): text and metadata only, claims and agreements []
    structure: bool = False  # the form of each paragraph too (article.blocks), for -f markdown-body


@record
class WarcRecord(Record):
    """One HTML response record of a web archive, read in the main process."""

    path: str
    data: bytes
    media_type: str | None
    charset: str | None
    target_uri: str | None
    warc_date: str | None
    record_id: str | None
    error: DeclError | None = None  # the record was refused (larger than --max-bytes, a broken body)


@record
class Result(Record):
    """One input's output tree: a document or an error record.

    In a streamed run (`runner.run(..., stream=True)`) a document's `claims`
    and `agreements` are Streams, to be written before the next result is
    asked for.
    """

    item: str
    tree: dict
    error: DeclError | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)


@record
class Problem(Record):
    """One way a document of declcli output breaks the contract (validate)."""

    location: str
    document: int  # 1-based
    path: str  # JSON path such as $.claims[3].modality
    message: str

    def __str__(self) -> str:
        return f"{self.location}: document {self.document}: {self.path}: {self.message}"
