"""The text of a Source's bytes: the charset chosen from a BOM, the transport, the page
itself, or the bytes."""

from __future__ import annotations

import codecs
import re

from .. import patterns
from ..model import Source

UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)  # checked before UTF-16's: FF FE starts both LE BOMs

_META_CHARSET = patterns.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# What the head scan stops at, skips, or reads: the end of the head, comments,
# script and style bodies (a "<meta charset" in a script's string is no
# declaration), and meta tags.
_HEAD_TOKEN = patterns.compile(rb"<(?:!--|/head\b|body\b|script\b|style\b|meta\b)")  # on lowered bytes
_SKIP_TO = {b"<!--": b"-->", b"<script": b"</script", b"<style": b"</style"}
# How far into the page a declaration is looked for. Browsers honour a
# <meta charset> anywhere in <head> (WHATWG "change the encoding"; Chrome's
# meta scanner reads on to the first body element), and pages put one after
# tens of KB of inline script or style. 1 MiB holds every head of the
# development sets (the longest runs to 845 KB) and keeps the scan to one
# linear pass over a bounded prefix on hostile input that never closes its head.
HEAD_SCAN_LIMIT = 1 << 20
_XML_ENCODING = patterns.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def _lookup(name: str | None, *, in_page: bool = False) -> str | None:
    """The Python codec for a charset label, by the WHATWG Encoding Standard's
    list of labels (what browsers honour), or None for a label to ignore.

    Labels outside that list are unknown even where Python has a codec: UTF-7
    would turn `+ABs-` into ESC, and EBCDIC (cp037, cp500) would read ASCII
    markup as other letters, so a server or page that names one is ignored
    and the bytes are read as for no label. The "replacement" encodings
    (ISO-2022-KR and friends, which WHATWG decodes as a single U+FFFD) are
    ignored the same way, so the text is kept.
    """
    if not name:
        return None
    import webencodings

    label = name.strip()
    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name == "replacement":
        return None
    if label.lower() in ("ascii", "us-ascii"):
        # declcli's own choice (WHATWG says windows-1252): a page that says
        # ASCII is nearly always UTF-8 with a few stray characters.
        return "ascii"
    if in_page and encoding.name in ("utf-16be", "utf-16le"):
        # A page that could state its charset in ASCII is not UTF-16 (WHATWG's prescan).
        return "utf-8"
    return encoding.codec_info.name


def decode(src: Source) -> str:
    """The text of the source.

    Order: a BOM, the transport's charset, the page's own declaration,
    strict UTF-8, then a guess between the common single-byte charsets.
    """
    data = src.data
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(UTF32_BOMS):
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    declared = [_lookup(src.charset)]
    if src.media_type == "text/html":
        for label in (_head_meta_charset(data), _xml_encoding(data)):
            if label:
                declared.append(_lookup(label, in_page=True))
    for enc in declared:
        if enc is None:
            continue
        if enc in ("utf-8", "ascii"):
            # Pages that declare UTF-8 and carry a stray byte keep their text.
            return data.decode("utf-8", errors="replace")
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess_single_byte(data)


def _head_meta_charset(data: bytes) -> str | None:
    """The charset the first <meta charset> or <meta http-equiv> of the head
    names, outside comments, scripts and styles, within HEAD_SCAN_LIMIT bytes."""
    head = data[:HEAD_SCAN_LIMIT].lower()  # bytes.lower() maps ASCII only: offsets stay
    pos = 0
    while m := _HEAD_TOKEN.search(head, pos):
        token = m.group()
        if token in (b"</head", b"<body"):
            return None
        if token in _SKIP_TO:
            end = head.find(_SKIP_TO[token], m.end())
            if end < 0:
                return None
            pos = end + 1
            continue
        # A meta tag, read to its end; an unclosed one (no ">" within 4 KB) is
        # passed over, and the scan goes on after the tag, so each byte is read
        # about once even on "<meta <meta <meta ..." input.
        end = head.find(b">", m.start(), m.start() + 4096)
        if end < 0:
            pos = m.end()
            continue
        found = _META_CHARSET.match(head, m.start(), end)
        if found:
            return found.group(1).decode("ascii", "replace")
        pos = end + 1
    return None


def _xml_encoding(data: bytes) -> str | None:
    m = _XML_ENCODING.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _guess_single_byte(data: bytes) -> str:
    """UTF-8 with a few stray bytes, windows-1251 (Cyrillic) or windows-1252."""
    utf8 = data.decode("utf-8", errors="replace")
    bad = utf8.count("\ufffd")
    high = sum(1 for b in data if b >= 0x80)
    # Single-byte text almost never forms valid UTF-8 sequences, so many
    # well-formed non-ASCII characters against a few bad bytes is UTF-8.
    good = sum(1 for ch in utf8 if ch >= "\x80") - bad
    if high and (bad / high < 0.05 or good >= 3 * bad):
        return utf8
    cyr = data.decode("cp1251", errors="replace")
    letters = sum(1 for ch in cyr if "\u0400" <= ch <= "\u04ff")
    single = "cp1251" if high and letters / high > 0.7 and _cyrillic_words(data) else "cp1252"
    if good >= 8 and 4 * good >= bad:
        # Many well-formed UTF-8 sequences and many stray bytes: a page pasted
        # together from two encodings. Each part is read in its own.
        return _UNDECODED.sub(
            lambda m: _raw(m.group()).decode(single, errors="replace"), data.decode("utf-8", errors="surrogateescape")
        )
    return cyr if single == "cp1251" else data.decode("cp1252", errors="replace")


_UNDECODED = patterns.compile("[\udc80-\udcff]+")
_HIGH_RUN = patterns.compile(rb"[\x80-\xff]+")


def _cyrillic_words(data: bytes) -> bool:
    """Whether the non-ASCII bytes make words of their own, as Cyrillic does,
    rather than letters inside ASCII words, as Latin-1 does.

    Nearly every byte 0xC0-0xFF is a letter in both windows-1251 and
    windows-1252, so the letters alone cannot tell them apart; where they
    stand can. A Cyrillic word is a run of high bytes between spaces or
    punctuation ("\xcc\xe8\xed\xe8\xf1\xf2\xf0"); a German, French or Spanish
    word keeps its high byte next to an ASCII letter ("f\xfcr", "Stra\xdfe",
    "informa\xe7\xe3o"). The runs of two or more high bytes standing alone
    must outnumber the runs with a letter byte (0xC0-0xFF) touching an ASCII
    letter.
    """
    alone = touching = 0
    for m in _HIGH_RUN.finditer(data):
        start, end = m.span()
        before = data[start - 1 : start]
        after = data[end : end + 1]
        if before.isalpha() or after.isalpha():
            # Punctuation ("I\x92ll", "safety\x97all") is the same byte in both.
            touching += max(m.group()) >= 0xC0
        elif end - start > 1:  # one high byte alone is as often a sign ("\xa371m") as a word
            alone += 1
    return alone > touching


def _raw(escaped: str) -> bytes:
    return bytes(ord(ch) - 0xDC00 for ch in escaped)
