"""Stage 1: get the bytes of an article and decide what they are.

`read_path` (and `fetching.fetch_url` for URLs) return a Source; `decode.decode` turns its
bytes into text.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from functools import lru_cache

from .. import patterns
from ..defaults import MAX_BYTES
from ..errors import (
    EmptyInput,
    NoInput,
    NotText,
    UsageProblem,
)
from ..model import Source
from .decode import UTF32_BOMS

# Leading bytes of formats that are certainly not an article.
_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip file"),
    (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ", "an xz file"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 file"),
    (b"\x00\x00\x00\x1cftyp", "an ISO media file"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
]

_HTML_SNIFF = patterns.compile(
    rb"""
    ^\s* (<\?xml[^>]*\?>\s*)?              # an XML declaration (XHTML)
    (<!--.*?-->\s*)*                       # comments
    < (!doctype\s+html|html|head|body|meta|title|article|div|p|table|font|center|br) [\s>/]  # an HTML tag
    """,
    re.I | re.S | re.X,
)
_HTML_TAGS = patterns.compile(rb"</?(p|div|br|span|a|table|td|article|section|h[1-6]|ul|li)[\s>/]", re.I)

HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain", "text/markdown"}


def content_type(header: str) -> tuple[str, str | None]:
    """The media type (lower case, "" when none is given) and the charset
    parameter (None when none is given) of a Content-Type header: of an HTTP
    response, fetched or archived in a WARC record."""
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", header, re.I)
    return header.split(";")[0].strip().lower(), m.group(1) if m else None


def page_media_type(media_type: str) -> str | None:
    """The media type a Source of an HTML or text page is read as ("text/html"
    or "text/plain"), or None for any other type."""
    if media_type in HTML_TYPES:
        return "text/html"
    if media_type in TEXT_TYPES:
        return "text/plain"
    return None


# Below this size the interpreter's own SHA-256 module hashes faster than
# importing hashlib does: hashlib loads OpenSSL (about 2.5 ms, a tenth of the
# work of `declcli read` on a short article), whose SHA-256 is about 3x faster
# per byte (5.5 against 1.7 ms a MiB), so it pays only from a few hundred KiB.
# 64 KiB costs at most 0.25 ms more than OpenSSL would.
BUILTIN_SHA256_MAX = 64 * 1024


def sha256_hex(data: bytes) -> str:
    builtin = _builtin_sha256() if len(data) <= BUILTIN_SHA256_MAX else None
    if builtin is not None:
        return builtin(data).hexdigest()
    import hashlib

    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def _builtin_sha256():
    """The interpreter's own sha256 constructor, or None (a build without it)."""
    for module in ("_sha256", "_sha2"):  # CPython 3.11, 3.12+
        try:
            return __import__(module).sha256
        except (ImportError, AttributeError):
            continue
    return None


def read_file(path: str, limit: int) -> bytes:
    """At most `limit` bytes of a local file; a missing or unreadable file,
    or a folder, is NoInput."""
    try:
        if os.path.isdir(path):
            raise NoInput(path, "is a folder, not a file")
        with open(path, "rb") as fh:
            return fh.read(limit)
    except FileNotFoundError:
        raise NoInput(path, "no such file") from None
    except PermissionError:
        raise NoInput(path, "permission denied") from None
    except IsADirectoryError:
        raise NoInput(path, "is a folder, not a file") from None
    except OSError as exc:
        raise NoInput(path, f"cannot read: {exc.strerror or exc}") from None


def read_path(path: str, input_format: str | None = None, max_bytes: int = MAX_BYTES) -> Source:
    """A local file, or stdin when `path` is '-'; at most `max_bytes` of it."""
    if path == "-":
        if sys.stdin is None or sys.stdin.isatty():
            # Reading a terminal would wait for the user: refuse instead.
            raise UsageProblem("-", "stdin is a terminal; pipe an article in or name a file")
        data = sys.stdin.buffer.read(max_bytes + 1)
        src = Source(kind="stdin", location="-", data=data)
    elif is_gzipped_page(path):
        src = Source(kind="file", location=path, data=read_gzip(path, max_bytes + 1))
    else:
        src = Source(kind="file", location=path, data=read_file(path, max_bytes + 1))
    return sized(src, input_format, max_bytes)


GZIP_SUFFIXES = (".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz")


def is_gzipped_page(path: str) -> bool:
    """A saved page compressed with gzip (`page.html.gz`), read transparently."""
    return path.lower().endswith(GZIP_SUFFIXES)


def read_gzip(path: str, limit: int) -> bytes:
    """At most `limit` bytes of a gzipped file's content, counted after
    decompression (a gzip bomb stops at the limit)."""
    import gzip
    import zlib

    read_file(path, 0)  # missing, unreadable or a folder: the same errors as a plain file
    try:
        with gzip.open(path, "rb") as fh:
            return fh.read(limit)
    except (OSError, EOFError, zlib.error) as exc:
        raise NotText(path, f"not a readable gzip file: {exc}") from None


def sized(src: Source, input_format: str | None = None, max_bytes: int = MAX_BYTES) -> Source:
    """classify(), after refusing a source over `max_bytes`."""
    if len(src.data) > max_bytes:
        # A page this large is no article, and reading it whole would take minutes.
        raise NotText(src.location, f"larger than --max-bytes ({max_bytes} bytes)")
    return classify(src, input_format)


def classify(src: Source, input_format: str | None = None) -> Source:
    """Check the bytes are text and decide HTML or plain text."""
    data = src.data
    src.sha256 = sha256_hex(data)
    if not data.strip():
        raise EmptyInput(src.location, "empty input")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotText(src.location, f"not HTML or text: looks like {what}")
    head = data[:8192]
    if not _has_bom(head) and b"\x00" in head:
        raise NotText(src.location, "not HTML or text: binary data (NUL bytes)")
    if input_format is None and _is_json(data):
        raise NotText(src.location, "not HTML or text: looks like JSON (declcli output goes to `declcli validate` or `diff`)")
    if input_format in ("html", "text"):
        src.media_type = "text/html" if input_format == "html" else "text/plain"
    elif src.media_type not in ("text/html", "text/plain"):
        src.media_type = sniff_media_type(data)
    return src


def _is_json(data: bytes) -> bool:
    """A JSON object or array (or JSON Lines of them), not text that starts with a bracket."""
    head = data.lstrip()
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:].lstrip()
    if not head.startswith((b"{", b"[")):
        return False
    import json

    try:
        json.loads(data)
        return True
    except (ValueError, RecursionError):
        pass
    lines = [line for line in data.splitlines() if line.strip()][:3]
    try:
        return all(isinstance(json.loads(line), (dict, list)) for line in lines)
    except (ValueError, RecursionError):
        return False


def _has_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, *UTF32_BOMS))


def sniff_media_type(data: bytes) -> str:
    head = data[:4096]
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:]
    elif head.startswith(UTF32_BOMS):
        head = head.decode("utf-32", errors="replace").encode("utf-8")
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    if _HTML_SNIFF.match(head):
        return "text/html"
    if len(_HTML_TAGS.findall(head)) >= 3:
        return "text/html"
    return "text/plain"
