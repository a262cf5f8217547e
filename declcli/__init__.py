"""declcli: turn a news article into structured, checkable data.

The library API (docs/api.md)::

    import declcli

    doc = declcli.read("article.html")            # a path, or the page's bytes
    for claim in doc.claims:
        print(claim.id, claim.modality, claim.text)
    tree = declcli.to_dict(doc)                   # the tree of the YAML/JSON output

`read` and `fetch` raise a `DeclError` subclass when an input cannot be read
as an article; its `code` is the command line's exit code for it.

Importing declcli loads nothing heavy: the pipeline is imported by the first
call (the command line's start-up depends on it).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .defaults import FETCH_RETRIES, FETCH_TIMEOUT, MAX_BYTES  # the command line's defaults too

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .errors import (
        DeclError,
        EmptyInput,
        HostNotFound,
        HttpError,
        NoArticle,
        NoInput,
        NotText,
        OutputError,
        TemporaryFailure,
        Unavailable,
        UsageProblem,
    )
    from .model import Actor, Agreement, Article, Attribution, Claim, DateRef, Document, Media, Source

__all__ = [
    "__version__",
    "read",
    "fetch",
    "to_dict",
    "Document",
    "Article",
    "Claim",
    "Actor",
    "Attribution",
    "DateRef",
    "Agreement",
    "Media",
    "Source",
    "DeclError",
    "EmptyInput",
    "NoArticle",
    "NotText",
    "NoInput",
    "HostNotFound",
    "Unavailable",
    "OutputError",
    "TemporaryFailure",
    "HttpError",
    "UsageProblem",
]

_TYPES = {"Document", "Article", "Claim", "Actor", "Attribution", "DateRef", "Agreement", "Media", "Source"}
_ERRORS = {
    "DeclError",
    "EmptyInput",
    "NoArticle",
    "NotText",
    "NoInput",
    "HostNotFound",
    "Unavailable",
    "OutputError",
    "TemporaryFailure",
    "HttpError",
    "UsageProblem",
}


def __getattr__(name: str) -> Any:
    # The types and errors are loaded on first use, so that `import declcli`
    # (and the command line's start-up) stays light.
    if name in _TYPES:
        from . import model

        return getattr(model, name)
    if name in _ERRORS:
        from . import errors

        return getattr(errors, name)
    raise AttributeError(f"module 'declcli' has no attribute {name!r}")


def read(
    path_or_bytes: str | os.PathLike[str] | bytes,
    *,
    input_format: str | None = None,
    reference_date: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read a saved page or text file (a path), or a page's bytes, into a Document.

    - `input_format`: "html" or "text" to override detection from the content.
    - `reference_date`: "YYYY-MM-DD" against which relative dates resolve when
      the article carries no date of its own.
    - `max_bytes`: a larger input is refused (NotText).

    A path ending in .html.gz (or .htm.gz, .xhtml.gz, .txt.gz) is unzipped.
    Raises a DeclError subclass: NoInput (missing, unreadable), EmptyInput,
    NotText (binary, JSON, too large), NoArticle, UsageProblem (a bad option).
    """
    from .input.source import read_path, sized
    from .pipeline import process

    _check_options(input_format, reference_date)
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        from .model import Source

        data = bytes(path_or_bytes)
        source = sized(Source(kind="file", location="<bytes>", data=data), input_format, max_bytes)
    else:
        path = os.fspath(path_or_bytes)
        if path == "-":
            from .errors import UsageProblem

            raise UsageProblem("-", "read() takes a path or bytes; pass sys.stdin.buffer.read() for stdin")
        source = read_path(path, input_format, max_bytes)
    return process(source, reference_date)


def fetch(
    url: str,
    *,
    input_format: str | None = None,
    reference_date: str | None = None,
    timeout: float = FETCH_TIMEOUT,
    retries: int = FETCH_RETRIES,
    max_bytes: int = MAX_BYTES,
    cache_dir: str | None = None,
    verify_tls: bool = True,
    private_redirects: bool = True,
) -> Document:
    """Fetch an http(s) URL and read the article it serves into a Document.

    The same limits as `declcli fetch`: `timeout` seconds for each attempt as
    a whole, `retries` on 429, 5xx and connection errors, `max_bytes` of body
    after decompression, an optional `cache_dir`, TLS verified unless
    `verify_tls=False`; `private_redirects=False` refuses a redirect to a
    loopback, link-local, private, unspecified or reserved address. Raises a
    DeclError subclass (HttpError, HostNotFound, Unavailable,
    TemporaryFailure, NotText, NoArticle, ...).
    """
    from .input.fetching import fetch_url
    from .pipeline import process

    _check_options(input_format, reference_date)
    source = fetch_url(
        url,
        timeout=timeout,
        max_bytes=max_bytes,
        input_format=input_format,
        retries=retries,
        cache_dir=cache_dir,
        verify=verify_tls,
        private_redirects=private_redirects,
    )
    return process(source, reference_date)


def to_dict(doc: Document) -> dict[str, Any]:
    """The output contract's tree of a Document (schema declcli/1): the same
    tree as `declcli read -f json` prints, keys in contract order."""
    from .model import document_to_dict

    return document_to_dict(doc)


def _check_options(input_format: str | None, reference_date: str | None) -> None:
    import datetime as dt

    from .errors import UsageProblem

    if input_format not in (None, "html", "text"):
        raise UsageProblem("input_format", f"expected 'html', 'text' or None, not {input_format!r}")
    if reference_date is not None:
        try:
            if len(reference_date) != 10:
                raise ValueError
            dt.date.fromisoformat(reference_date)
        except (TypeError, ValueError):
            raise UsageProblem("reference_date", f"expected YYYY-MM-DD, not {reference_date!r}") from None
