"""Text from a page, a server or a file name, made safe to show a person.

Whatever declcli prints for people (the table, notes, error lines) passes
through `safe`: a page is data, never control. Control characters (C0, DEL,
C1: ESC sequences, OSC 8 links, OSC 52 clipboard writes, carriage returns,
backspaces) are shown escaped as `\\x1b`, bidi controls (which reorder what
follows them on screen) as `\\u202e`, lone surrogates as `\\udc80`. The data
formats (YAML, JSON, CSV, ...) keep the exact text.
"""

from __future__ import annotations

import re

# Tab is kept (it moves the cursor only forward); a newline only where asked.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_KEEP_NL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every character that could steer a terminal shown escaped."""
    rx = _UNSAFE_KEEP_NL if keep_newlines else _UNSAFE
    return rx.sub(_escape, text) if rx.search(text) else text
