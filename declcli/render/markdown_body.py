"""-f markdown-body: the article's body as Markdown, with the headings,
lists, quotes, emphasis, code and links the page gave it; page text escaped
as in the claims report (markdown.MD_SPECIAL)."""

from __future__ import annotations

import re

from .markdown import MD_SPECIAL
from .shared import Writer


class MarkdownBodyWriter(Writer):
    """Each article's body, a blank line between two; an error record gives
    nothing (its line is on stderr)."""

    def __init__(self, out, **options):
        super().__init__(out, **options)
        self.written = False

    def add(self, tree: dict) -> None:
        body = to_markdown_body(tree)
        if body:
            if self.written:
                self.out.write("\n")
            self._write([body])
            self.written = True


# The body's text escaped as the claims report escapes it (MD_SPECIAL),
# less what cannot start markup in a body of one-line blocks: `(` `)` and
# `!` only act after `]` (escaped), `|` only in a table (a delimiter row
# never forms: blocks are one line each) and `#` only at a line's start
# (escaped there, and everywhere in a heading).
_MD_BODY = str.maketrans({c: e for c, e in MD_SPECIAL.items() if c not in "()!|#"})
_MD_HEADING = str.maketrans({c: e for c, e in MD_SPECIAL.items() if c not in "()!|"})

# A line that would start a list, a heading, a thematic break or a setext
# underline: its first character escaped (for "1." and "1)", the dot or
# parenthesis).
_MD_LINE_START = re.compile(r"^(?:(\d{1,9})([.)])|([-+=#]))")

# The schemes a link of the body may keep (none: a relative link, left so
# where the page's URL is unknown); any other (javascript:, data:,
# vbscript:, file:) leaves its text without the link.
_LINK_SCHEMES = ("http", "https", "mailto", "")

# Where inline marks open, outermost first, when several open at once.
_MARK_ORDER = {"link": 0, "strong": 1, "em": 2, "code": 3}


def _md_body_text(text: str, table=_MD_BODY) -> str:
    from ..terminal import safe

    return safe(text.translate(table))


def _md_line_start(line: str) -> str:
    m = _MD_LINE_START.match(line)
    if m is None:
        return line
    if m.group(1):
        return m.group(1) + "\\" + line[len(m.group(1)) :]
    return "\\" + line


def _md_link_target(href: str, base: str | None) -> str | None:
    """A link's target as a Markdown destination, resolved against the
    page's URL; None for a scheme that is not http(s) or mailto."""
    from urllib.parse import urljoin, urlsplit

    href = re.sub(r"[\t\n\r]", "", href).strip()  # as browsers read it: "java\tscript:" is javascript:
    try:
        if base and re.match(r"https?://", base, re.I):
            href = urljoin(base, href)
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return None
    if scheme not in _LINK_SCHEMES:
        return None
    return re.sub(r"[\x00-\x20\x7f-\x9f<>()\\\"'`]", lambda m: "%" + "%".join(f"{b:02X}" for b in m.group().encode()), href)


def _code_span(text: str) -> str:
    """`text` as a code span: backticks one longer than its longest run."""
    from ..terminal import safe

    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{safe(text)}{pad}{fence}"


def _md_inline(text: str, spans, base: str | None, table=_MD_BODY) -> str:
    """A block's text with its marks as Markdown: page text escaped, marks
    kept nested (one that ends inside another closes and reopens what lies
    above it), white space kept outside the markers so that they open and
    close as emphasis does (CommonMark's flanking rules)."""
    targets = {}
    for _, _, mark, href in spans:
        if mark == "link" and href not in targets:
            targets[href] = _md_link_target(href, base)
    spans = [s for s in spans if s[2] != "link" or targets[s[3]] is not None]
    if not spans:
        return _md_body_text(text, table)
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[str] = []
    stack: list[tuple] = []  # open marks, outermost first
    code: list[str] | None = None  # the text of an open code span
    pending = ""  # white space held until the markers around it are written

    def close(mark) -> None:
        nonlocal code
        kind, href = mark
        if kind == "code":
            out.append(_code_span("".join(code or [])))
            code = None
        elif kind == "link":
            out.append(f"]({targets[href]})")
        else:
            out.append("**" if kind == "strong" else "*")

    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = text[a:b]
        marks = {(m, h) for s, e, m, h in spans if s <= a and b <= e}
        links = sorted(m for m in marks if m[0] == "link")
        marks = {m for m in marks if m[0] != "link"} | set(links[-1:])
        if not piece.strip():
            pending += piece
            continue
        # Close from the lowest open mark that ends here; reopen those above it that go on.
        low = next((i for i, m in enumerate(stack) if m not in marks), len(stack))
        for mark in reversed(stack[low:]):
            close(mark)
        stack = stack[:low]
        core = piece.lstrip()
        pending += piece[: len(piece) - len(core)]
        if code is not None:
            code.append(pending)
        else:
            out.append(pending)
        pending = ""
        trail = core[len(core.rstrip()) :]
        core = core.rstrip()
        for mark in sorted(marks - set(stack), key=lambda m: _MARK_ORDER[m[0]]):
            if code is not None:
                break  # nothing opens inside a code span
            stack.append(mark)
            if mark[0] == "code":
                code = []
            else:
                out.append("[" if mark[0] == "link" else "**" if mark[0] == "strong" else "*")
        if code is not None:
            code.append(core)
        else:
            out.append(_md_body_text(core, table))
        pending = trail
    for mark in reversed(stack):
        close(mark)
    out.append(pending)
    return "".join(out)


def to_markdown_body(tree: dict) -> str:
    """The article's body as Markdown: its title as `# Title`, then its
    paragraphs with the headings (one level below the title at least),
    lists, quotes, preformatted text, emphasis, code and links the page
    gave them (article.blocks, when the pipeline was asked for them; plain
    paragraphs otherwise). Page text is escaped, as in the claims report:
    no HTML, no link the page did not make, none to a scheme but http(s)
    and mailto. An error record gives nothing (its line is on stderr)."""
    if "error" in tree:
        return ""
    art = tree["article"]
    base = art["url"] or (tree["source"].get("final_url") if tree["source"]["kind"] == "url" else None)
    paragraphs = art["text"].split("\n\n") if art["text"] else []
    forms = art.get("blocks") or []
    if len(forms) != len(paragraphs):
        forms = [None] * len(paragraphs)
    title = art["title"] or tree["source"]["location"]
    out = ["# " + _md_body_text(title, _MD_HEADING)]
    indents: list[int] = []  # the content column of the open list items, by depth
    previous = None
    for text, form in zip(paragraphs, forms, strict=False):
        kind = form.kind if form is not None else "paragraph"
        quote = "> " * form.quote if form is not None else ""
        if kind == "item":
            depth = min(form.level, len(indents) + 1)
            del indents[depth - 1 :]
            marker = f"{form.number or 1}." if form.ordered else "-"
            indent = indents[-1] if indents else 0
            indents.append(indent + len(marker) + 1)
            lines = [" " * indent + marker + " " + _md_line_start(_md_inline(text, form.spans, base))]
        else:
            level = form.level if form is not None and kind == "paragraph" else 0
            if not level:
                indents.clear()
            indent = indents[min(level, len(indents)) - 1] if level and indents else 0
            if kind == "heading":
                lines = ["#" * max(2, min(form.level, 6)) + " " + _md_inline(text, form.spans, base, _MD_HEADING)]
            elif kind == "preformatted":
                from ..terminal import safe

                code = safe(form.code if form.code is not None else text, keep_newlines=True)
                longest = max((len(run) for run in re.findall(r"`{3,}", code)), default=2)
                fence = "`" * (longest + 1)
                lines = [fence, *code.split("\n"), fence]
            else:
                lines = [_md_line_start(_md_inline(text, form.spans if form is not None else [], base))]
            lines = [" " * indent + line if line else line for line in lines]
        if quote:
            lines = [(quote + line).rstrip() for line in lines]
        # A list's items follow each other on the next line (a tight list);
        # every other block after a blank line (inside the quote it shares).
        tight = previous is not None and kind == "item" and previous[0] == "item" and previous[1] == quote
        shared = quote if previous is not None and previous[1] == quote else ""
        out.append(("" if tight else (shared.rstrip() + "\n")) + "\n".join(lines))
        previous = (kind, quote)
    return "\n".join(out) + "\n"
