"""-f text: each article's title and body as plain text."""

from __future__ import annotations

from .shared import Writer


class TextWriter(Writer):
    """Each article's title and body, a form feed line between two. On a
    person's screen (`terminal`), control and bidi characters are shown
    escaped (terminal.safe), as the table does."""

    def __init__(self, out, **options):
        super().__init__(out, **options)
        self.written = False

    def add(self, tree: dict) -> None:
        text = to_text(tree)
        if self.terminal:
            from ..terminal import safe

            text = safe(text, keep_newlines=True)
        if text:
            if self.written:
                self.out.write(TEXT_SEPARATOR)
            self._write([text])
            self.written = True


def to_text(tree: dict) -> str:
    """The article's body as plain text, its title as the first line and a
    blank line after it (what trafilatura's text output gives). The exact
    text of the document: nothing escaped. An error record gives nothing
    (its line is on stderr)."""
    if "error" in tree:
        return ""
    art = tree["article"]
    head = f"{art['title']}\n\n" if art["title"] else ""
    return head + art["text"] + "\n"


# Between the documents of -f text: a form feed on a line of its own, the
# page break of plain text (`csplit -z - '/^\f$/' '{*}'` splits them again).
TEXT_SEPARATOR = "\f\n"
