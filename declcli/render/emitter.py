"""The Emitter: documents written to a text stream as they come, in the
format the registry names."""

from __future__ import annotations

from . import registry


class Emitter:
    """Writes documents to a text stream as they come; a document whose
    claims are a Stream is written while they are made.

    yaml: one document, or a `---` stream for several inputs; jsonl: one line
    each; json: an object for one input, an array for several (held until the
    end, so a failed run prints nothing half-made); csv: one header, a row per
    claim; markdown and table: a section per article; text: each article's
    title and body, a form feed line between two. (Each format's writer,
    registry.OUTPUT_FORMATS, says what it does.)
    """

    def __init__(
        self,
        fmt: str,
        out,
        *,
        multi: bool,
        color: bool = False,
        width: int | None = None,
        terminal: bool = False,
        ascii_only: bool = False,
    ):
        # `terminal`: the output is a person's screen; -f text then shows
        # control and bidi characters escaped (terminal.safe), as the table does.
        self.fmt, self.out = fmt, out
        # The writer's library is loaded now, before any input is read: a
        # command's start-up ends here (declcli._speedups.collector).
        self.writer = registry.writer_class(fmt)(
            out, multi=multi, color=color, width=width, terminal=terminal, ascii_only=ascii_only
        )

    def add(self, tree: dict) -> None:
        self.writer.add(tree)
        self.out.flush()
        self.writer.count += 1

    def close(self) -> None:
        self.writer.close()
