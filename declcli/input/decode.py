"""The text of a Source's bytes: the charset chosen from a BOM, the transport, the page
itself, or the bytes."""

from __future__ import annotations

import codecs
import re

from .. import patterns
from ..model import Source

UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)  # checked before UTF-16's: FF FE starts both LE BOMs

_META_CHARSET = patterns.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
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
        head = data[:4096]
        for rx in (_META_CHARSET, _XML_ENCODING):
            m = rx.search(head)
            if m:
                declared.append(_lookup(m.group(1).decode("ascii", "replace"), in_page=True))
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
    single = "cp1251" if high and letters / high > 0.7 else "cp1252"
    if good >= 8 and 4 * good >= bad:
        # Many well-formed UTF-8 sequences and many stray bytes: a page pasted
        # together from two encodings. Each part is read in its own.
        return _UNDECODED.sub(
            lambda m: _raw(m.group()).decode(single, errors="replace"), data.decode("utf-8", errors="surrogateescape")
        )
    return cyr if single == "cp1251" else data.decode("cp1252", errors="replace")


_UNDECODED = patterns.compile("[\udc80-\udcff]+")


def _raw(escaped: str) -> bytes:
    return bytes(ord(ch) - 0xDC00 for ch in escaped)
