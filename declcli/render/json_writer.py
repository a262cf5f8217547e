"""-f json and -f jsonl: the document as pretty JSON (indent 2) and as one
compact line, the same bytes as the json module's, written in pieces.

orjson, when installed, encodes the pieces (about ten times as fast); json
writes what it refuses.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache

from . import shared
from .shared import Writer, with_last


class JsonWriter(Writer):
    """An object for one input, an array for several (held until the end, so
    that a failed run prints nothing half-made)."""

    def __init__(self, out, **options):
        super().__init__(out, **options)
        self.held: list[dict] = []
        _orjson()  # loaded before any input is read: a command's start-up ends here (declcli._speedups.collector)

    def add(self, tree: dict) -> None:
        if self.multi:
            self.held.append(tree)
        else:
            self._write(iter_json(tree))

    def close(self) -> None:
        if self.multi:
            self.out.write(
                "[\n" + ",\n".join(_indent(to_json(t).rstrip("\n")) for t in self.held) + "\n]\n" if self.held else "[]\n"
            )
        self.out.flush()


class JsonLinesWriter(Writer):
    """One line per document."""

    def __init__(self, out, **options):
        super().__init__(out, **options)
        _orjson()  # see JsonWriter

    def add(self, tree: dict) -> None:
        self._write(iter_jsonl(tree))


def to_json(tree: dict) -> str:
    """json.dumps(tree, indent=2) + newline (see iter_json)."""
    return "".join(iter_json(tree))


def iter_json(tree: dict):
    """The pieces of json.dumps(tree, indent=2) + newline, in order.

    With indent, the json module encodes in pure Python and holds every
    token of the whole document in one list before joining: on a page with
    100,000 claims that list, not the text, set the peak memory. Encoding
    each element of the top-level lists on its own, and writing the pieces
    as they come, gives the same bytes with a fraction of the peak.
    """
    if not isinstance(tree, dict) or not tree:
        yield _pretty(tree) + "\n"
        return
    yield "{\n"
    for n, (key, value) in enumerate(tree.items()):
        name = json.dumps(key, ensure_ascii=False)
        sep = ",\n" if n < len(tree) - 1 else "\n"
        if isinstance(value, (list, Iterator)):
            empty = True
            for item, last in with_last(value):
                if empty:
                    yield f"  {name}: [\n"
                    empty = False
                yield _indented(_pretty(item), 4, first=True)
                yield "\n" if last else ",\n"
            yield f"  {name}: []" + sep if empty else "  ]" + sep
        elif isinstance(value, dict) and value:
            # Key by key, so that the article's text is encoded into one string, not three.
            yield f"  {name}: {{\n"
            for m, (inner_key, inner) in enumerate(value.items()):
                yield f"    {json.dumps(inner_key, ensure_ascii=False)}: "
                if isinstance(inner, str) and len(inner) > shared.WRITE_SLICE:
                    yield from _json_string(inner)
                else:
                    yield _indented(_pretty(inner), 4, first=False)
                yield ",\n" if m < len(value) - 1 else "\n"
            yield "  }" + sep
        else:
            yield f"  {name}: " + _indented(_pretty(value), 2, first=False) + sep
    yield "}\n"


def _json_string(text: str):
    """json.dumps(text) (ensure_ascii off) in pieces of a slice of the text
    each: JSON escapes character by character, so the pieces join to the same
    string, and a long article's text is never held encoded whole."""
    yield '"'
    for start in range(0, len(text), shared.WRITE_SLICE):
        yield json.dumps(text[start : start + shared.WRITE_SLICE], ensure_ascii=False)[1:-1]
    yield '"'


def _indented(text: str, by: int, *, first: bool) -> str:
    pad = " " * by
    body = text.replace("\n", "\n" + pad)
    return pad + body if first else body


def to_jsonl(tree: dict) -> str:
    return "".join(iter_jsonl(tree))


def iter_jsonl(tree: dict):
    """The pieces of one JSON line: a streamed list (the claims) item by item."""
    if not isinstance(tree, dict) or not any(isinstance(v, Iterator) for v in tree.values()):
        yield _compact(tree) + "\n"
        return
    yield "{"
    for n, (key, value) in enumerate(tree.items()):
        yield ("," if n else "") + _compact(key) + ":"
        if isinstance(value, Iterator):
            yield "["
            for i, item in enumerate(value):
                yield ("," if i else "") + _compact(item)
            yield "]"
        elif isinstance(value, dict):
            # Key by key, so that the article's text is encoded into one string, not three.
            yield "{"
            for m, (inner_key, inner) in enumerate(value.items()):
                yield ("," if m else "") + _compact(inner_key) + ":"
                if isinstance(inner, str) and len(inner) > shared.WRITE_SLICE:
                    yield from _json_string(inner)
                else:
                    yield _compact(inner)
            yield "}"
        else:
            yield _compact(value)
    yield "}\n"


# json.dumps with these arguments builds an encoder on every call; a streamed
# document calls it once a claim.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _compact(value) -> str:
    """json.dumps(value, ensure_ascii=False, separators=(",", ":"))."""
    orjson = _orjson()
    if orjson is not None:
        try:
            return orjson.dumps(value).decode()
        except TypeError:  # a lone surrogate, an integer past 64 bits: json writes them
            pass
    return _COMPACT.encode(value)


def _pretty(value) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2), the same bytes.

    With an indent the json module encodes in pure Python; orjson writes the
    same text (checked over every Unicode character and by the tests) about
    ten times as fast. json stays for what orjson refuses."""
    orjson = _orjson()
    if orjson is not None:
        try:
            return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
        except TypeError:
            pass
    return json.dumps(value, ensure_ascii=False, indent=2)


@lru_cache(maxsize=1)
def _orjson():
    """orjson, imported on first use (None where it cannot be)."""
    try:
        import orjson
    except ImportError:
        return None
    return orjson


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))
