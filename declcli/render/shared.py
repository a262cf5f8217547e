"""What the writers share: the slice long text is written in, the writer
base the Emitter drives, and small helpers over the tree."""

from __future__ import annotations

# Text longer than this (the article's) is encoded and written a slice at a
# time, so that no second copy of all of it is held. Read at call time, as
# `shared.WRITE_SLICE`, so that a test can make it small.
WRITE_SLICE = 1 << 20


class Writer:
    """One format's writing of documents to a text stream, as they come (see
    emitter.Emitter). A format subclasses it and registers the subclass
    (registry.OUTPUT_FORMATS)."""

    def __init__(
        self, out, *, multi: bool, color: bool = False, width: int | None = None, terminal: bool = False, ascii_only: bool = False
    ):
        self.out, self.multi, self.color, self.width = out, multi, color, width
        self.terminal, self.ascii_only = terminal, ascii_only
        self.count = 0  # documents added so far

    def add(self, tree: dict) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """After the last document (a format that holds them writes them now)."""

    def _write(self, pieces) -> None:
        for piece in pieces:
            if not isinstance(piece, str):
                piece.dump(self.out.write)  # written by its library, a chunk at a time (yaml_writer._LongYaml)
                continue
            # A text stream encodes what it is given at once: a long piece (the
            # article's text) in slices keeps that copy small.
            for start in range(0, len(piece), WRITE_SLICE):
                self.out.write(piece[start : start + WRITE_SLICE])


def with_last(items):
    """(item, whether it is the last) over a list or a one-pass iterator."""
    items = iter(items)
    try:
        held = next(items)
    except StopIteration:
        return
    for item in items:
        yield held, False
        held = item
    yield held, True


def error_cause(tree: dict) -> str:
    """An error record's message without the location it starts with (a line
    that names the input already says it once)."""
    message, location = tree["error"]["message"], tree["source"]["location"]
    return message[len(location) + 2 :] if message.startswith(location + ": ") else message


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")
