"""Web archives (`.warc`, `.warc.gz`): their HTML and text response records,
read a record at a time with bounded memory.

warcio parses the archive; the record's HTTP body is read here, in blocks:
de-chunked and decompressed (gzip, deflate) a block at a time, and refused
as soon as it passes --max-bytes, so that neither a huge record nor a gzip
bomb is ever held whole. The rest of a refused record is skipped by
reading it in blocks. Header lines are bounded too (HEADER_BYTES), since
warcio reads a header line until its end whatever its length.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

from ..errors import DeclError, NoArticle, NoInput, NotText
from ..model import WarcRecord

BLOCK = 64 * 1024
# The WARC and HTTP header block of one record: real ones are a few KB.
HEADER_BYTES = 1024 * 1024


class PayloadTooLarge(Exception):
    """The record's body is longer than the limit."""


def _header_bounded_reader():
    from warcio.bufferedreaders import DecompressingBufferedReader

    class HeaderBoundedReader(DecompressingBufferedReader):
        """warcio's reader of the archive, whose readline (the header lines of
        each record) reads at most HEADER_BYTES between two reads of a body."""

        header_read = 0

        def read(self, length=None):
            self.header_read = 0
            return super().read(length)

        def readline(self, length=None):
            left = HEADER_BYTES - self.header_read + 1
            line = super().readline(left if length is None else min(length, left))
            self.header_read += len(line)
            if self.header_read > HEADER_BYTES:
                raise ValueError(f"headers longer than {HEADER_BYTES} bytes")
            return line

    return HeaderBoundedReader


def _blocks(stream) -> Iterator[bytes]:
    while True:
        block = stream.read(BLOCK)
        if not block:
            return
        yield block


def _dechunked(stream) -> Iterator[bytes]:
    """An HTTP chunked body, a block at a time. As warcio does, a body that
    does not start as chunks (recorded after de-chunking) is read as it is."""
    first = True
    while True:
        line = stream.readline(64)
        m = re.fullmatch(rb"\s*([0-9a-fA-F]{1,16})\s*(?:;[^\r\n]*)?\r?\n", line)
        if not m:
            if first:
                yield line
                yield from _blocks(stream)
            return
        first = False
        size = int(m.group(1), 16)
        if not size:
            return
        while size:
            block = stream.read(min(size, BLOCK))
            if not block:
                return  # cut short: what there is
            size -= len(block)
            yield block
        stream.readline(2)  # the chunk's CRLF


def _inflated(blocks: Iterator[bytes], encoding: str, where: str) -> Iterator[bytes]:
    """A gzip or deflate body, at most BLOCK bytes out per step (a gzip bomb
    gives its bytes a block at a time, never whole). A body that does not
    start as the encoding says (stored decoded) is read as it is."""
    # 32 + 15: gzip or zlib by their headers; deflate may also come raw (-15).
    inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)
    started = False
    for block in blocks:
        data = block
        while data and not inflater.eof:
            try:
                out = inflater.decompress(data, BLOCK)
            except zlib.error:
                if started:
                    raise NotText(where, f"the record's {encoding} body is broken") from None
                if encoding == "deflate" and not inflater.unconsumed_tail:
                    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    encoding = "raw deflate"
                    continue
                yield block
                yield from blocks
                return
            started = True
            data = inflater.unconsumed_tail
            if out:
                yield out


def payload(record, limit: int, where: str) -> bytes:
    """The HTTP body of a response record, decoded; PayloadTooLarge past `limit` bytes."""
    headers = record.http_headers
    stream = record.raw_stream
    chunked = (headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked"
    blocks = _dechunked(stream) if chunked else _blocks(stream)
    encoding = (headers.get_header("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        blocks = _inflated(blocks, encoding, where)
    elif encoding != "identity":
        raise NotText(where, f"the record's body is compressed with {encoding}, which declcli does not decode")
    body = bytearray()
    for block in blocks:
        body += block
        if len(body) > limit:
            raise PayloadTooLarge()
    return bytes(body)


def warc_records(path: str, max_bytes: int) -> Iterator[WarcRecord]:
    """The HTML (and plain-text) response records of a WARC file, in order.

    A record whose body (decoded) is larger than `max_bytes`, or that cannot
    be decoded, is a WarcRecord carrying that error: the archive goes on.
    """
    import logging

    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .source import content_type, page_media_type

    # warcio logs what it repairs (a target URI with spaces) with the URI as
    # it is: through logging's last resort that reaches stderr raw, escape
    # sequences and all. declcli says what went wrong in its own lines.
    warcio_log = logging.getLogger("warcio")
    if not warcio_log.handlers:
        warcio_log.addHandler(logging.NullHandler())
        warcio_log.propagate = False

    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed by the `with fh:` below; opened apart so that its errors map to NoInput)
    except FileNotFoundError:
        raise NoInput(path, "no such file") from None
    except OSError as exc:
        raise NoInput(path, f"cannot read: {exc.strerror or exc}") from None
    with fh:
        seen = pages = 0
        try:
            records = ArchiveIterator(fh)
            records.reader = _header_bounded_reader()(records.fh, block_size=records.reader.block_size)
            for record in records:
                records.reader.header_read = 0  # each record's headers have their own bound
                # warcio reads any bytes as an old ARC record; only real records count.
                if record.format.startswith("warc") or record.http_headers is not None:
                    seen += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                media_type, charset = content_type(ctype)
                media_type = page_media_type(media_type)
                if media_type is None:
                    continue
                pages += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                error: DeclError | None = None
                data = b""
                try:
                    data = payload(record, max_bytes, path)
                except PayloadTooLarge:
                    error = NotText(path, f"the record is larger than --max-bytes ({max_bytes} bytes)")
                except NotText as exc:
                    error = exc
                yield WarcRecord(
                    path=path,
                    data=data,
                    media_type=media_type,
                    charset=charset,
                    target_uri=uri,
                    warc_date=record.rec_headers.get_header("WARC-Date"),
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    error=error,
                )
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise NotText(path, f"not a readable WARC file: {first}") from None
        if not seen:
            raise NotText(path, "not a readable WARC file: no records")
        if not pages:
            raise NoArticle(path, "the archive holds no HTML or text response records")
