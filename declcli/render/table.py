"""-f table: the terminal view of a document (Rich), claim by claim as they
are made. For a person; not a contract (docs/output.md).

Rich is imported on first use (ruff TID253): `--help` never loads it.
"""

from __future__ import annotations

from .shared import Writer, error_cause, plural


class TableWriter(Writer):
    """A section per article, a blank line between two."""

    def add(self, tree: dict) -> None:
        if self.multi and self.count:
            self.out.write("\n")
        for piece in iter_table(tree, width=self.width, color=self.color, ascii_only=self.ascii_only):
            self.out.write(piece)
            self.out.flush()


# Colours by meaning: the force of a claim, then who and when.
MODALITY_STYLES = {
    "obligation": "bold red",
    "recommendation": "yellow",
    "possibility": "cyan",
    "intention": "magenta",
    "none": "dim",
}
_KIND_STYLE = "bold"
_NEGATED_STYLE = "bold red"
_ACTORS_STYLE = "green"
_SAID_STYLE = "blue"
_DATES_STYLE = "yellow"


def _actor_label(actor: dict) -> str:
    if actor["type"] == "country" and actor["country"] and actor["country"] != actor["name"]:
        return f"{actor['name']} ({actor['country']})"
    if actor["type"] == "person" and (actor.get("role") or actor["country"]):
        # "Vladimir Putin (President, RUS)"
        return f"{actor['name']} ({', '.join(x for x in (actor.get('role'), actor['country']) if x)})"
    return actor["name"]


def data_console(buf, width: int | None, color: bool):
    """A Rich console writing into `buf` for page text and file names: they go to Rich as Text
    objects only, never as markup; emoji codes and highlighting are off for the same reason."""
    from rich.console import Console

    return Console(
        file=buf,
        width=width or 80,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        soft_wrap=False,
    )


def _drain(buf) -> str:
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text


def table_header(tree: dict, claims: int | None, agreements: int | None):
    """The header of the terminal view: title, details, trail and, unless
    `claims` is None, the counts (a Rich Text)."""
    from rich.text import Text

    from ..terminal import safe

    art = tree["article"]
    head = Text()
    head.append(safe(art["title"] or "(untitled)"), style="bold")
    details = [x for x in (art["site"], art["published"], ", ".join(art.get("byline") or art["authors"])) if x]
    if details:
        head.append("\n" + safe(" · ".join(details)), style="dim")
    if art["breadcrumbs"]:
        head.append("\n" + safe(" › ".join(art["breadcrumbs"])), style="dim")
    if claims is not None:
        head.append("\n" + _counts(tree, claims, agreements), style="dim")
    return head


def _counts(tree: dict, claims: int, agreements: int) -> str:
    """ "11 claims · 1 agreement · 8 paragraphs · en"."""
    from ..terminal import safe

    art = tree["article"]
    paragraphs = art["text"].count("\n\n") + 1 if art["text"] else 0
    counts = [plural(claims, "claim"), plural(agreements, "agreement"), plural(paragraphs, "paragraph")]
    if art["language"]:
        counts.append(safe(art["language"]))
    return " · ".join(counts)


def claim_details(c: dict):
    """The line under a claim's text: kind, force, actors, attribution, dates, places."""
    from rich.text import Text

    from ..terminal import safe

    details = Text()
    details.append(c["kind"], style=_KIND_STYLE)
    if c["modality"] != "none":
        details.append(" · ")
        details.append(c["modality"], style=MODALITY_STYLES.get(c["modality"], ""))
    if c["polarity"] == "negative":
        details.append(", negated" if c["modality"] != "none" else " · negated", style=_NEGATED_STYLE)
    if c.get("mood") == "question":
        details.append(" · question", style=_NEGATED_STYLE)
    elif c.get("mood") == "conditional" and c.get("condition"):
        details.append(" · ")
        details.append(safe(f"on condition: {c['condition']['text']}"), style=_NEGATED_STYLE)
    if c["actors"]:
        details.append(" · ")
        details.append(safe(", ".join(_actor_label(a) for a in c["actors"])), style=_ACTORS_STYLE)
    attr = c["attribution"]
    if attr is not None:
        details.append(" · ")
        details.append(safe(f"{attr['cue']}: {attr['source']}" if attr["source"] else attr["cue"]), style=_SAID_STYLE)
    if c["dates"]:
        details.append(" · ")
        details.append(
            safe(
                ", ".join(
                    f"{d['text']} ({d['value']})" if d["value"] and d["value"] != d["text"] else d["text"] for d in c["dates"]
                )
            ),
            style=_DATES_STYLE,
        )
    if c["places"]:
        details.append(" · ")
        details.append(safe("in " + ", ".join(c["places"])))
    return details


def _hanging(console, label: str, parts, id_width: int, blank_before: bool = False) -> None:
    """`label` in a column of its own, each of `parts` wrapped beside it at
    the console's full width (lines are not padded with spaces)."""
    from rich.text import Text

    room = max(10, console.width - id_width - 1)
    lines = [Text("")] if blank_before else []
    for part in parts:
        for line in part.wrap(console, room, overflow="fold"):
            line.rstrip()
            first = len(lines) == int(blank_before)
            prefix = Text(label.ljust(id_width) + " " if first else " " * (id_width + 1), style="dim" if first else "")
            lines.append(prefix + line)
    # One print for the block: Rich's cost is by the call (options, buffer), not by the line.
    console.print(Text("\n").join(lines), no_wrap=True, overflow="ignore", crop=False)


def print_wrapped(console, text) -> None:
    """`text` wrapped at the console's width, its lines not padded with spaces."""
    for line in text.wrap(console, console.width, overflow="fold"):
        line.rstrip()
        console.print(line, no_wrap=True, overflow="ignore", crop=False)


def claim_block(console, c: dict, id_width: int, blank_before: bool = False) -> None:
    """One claim of the terminal view: its id, its text wrapped at full width,
    and under it what the claim says about whom, coloured by meaning."""
    from rich.text import Text

    from ..terminal import safe

    _hanging(console, safe(c["id"]), [Text(safe(c["text"])), claim_details(c)], id_width, blank_before)


def iter_table(tree: dict, *, width: int | None = None, color: bool = True, ascii_only: bool = False):
    """The terminal view of one document, in pieces: a header, then one block
    per claim, then the agreements. Not a contract (docs/output.md).
    `ascii_only`: the terminal cannot show box drawing (its rule is dashes)."""
    from io import StringIO

    from rich.text import Text

    from ..terminal import safe

    buf = StringIO()
    console = data_console(buf, width, color)
    if "error" in tree:
        line = Text(safe(tree["source"]["location"]), style="bold")
        line.append(f": error {tree['error']['code']}: ", style="red")
        line.append(safe(error_cause(tree)))
        print_wrapped(console, line)
        yield _drain(buf)
        return
    # Claims are shown as they are made (a Stream): the header is written
    # first, and the counts, known only at the end, close the view.
    print_wrapped(console, table_header(tree, None, None))
    console.rule(characters="-" if ascii_only else "─", style="dim")
    yield _drain(buf)
    claims = 0
    for c in tree["claims"]:
        # Ids take 3 columns up to c99, then as many as the id has.
        claim_block(console, c, max(3, len(c["id"])), blank_before=claims > 0)
        claims += 1
        yield _drain(buf)
    agreements = list(tree["agreements"])
    if agreements:
        console.line()
    for a in agreements:
        line = Text()
        line.append("Agreement: ", style="bold")
        line.append(safe(a["name"]))
        extra = [a["type"], " and ".join(a["parties"])]
        if a["date"]:
            extra.append(a["date"]["value"] or a["date"]["text"])
        if a["place"]:
            extra.append(a["place"])
        if a["claims"]:
            extra.append(", ".join(a["claims"]))
        line.append(" (" + safe("; ".join(x for x in extra if x)) + ")", style="dim")
        print_wrapped(console, line)
    console.line()
    print_wrapped(console, Text(_counts(tree, claims, len(agreements)), style="dim"))
    yield _drain(buf)


def to_table(tree: dict, *, width: int | None = None, color: bool = True) -> str:
    """The terminal view of one document (see iter_table)."""
    return "".join(iter_table(tree, width=width, color=color))
