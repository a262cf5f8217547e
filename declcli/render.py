"""Stage 7: a Document (as the contract's dict) -> YAML, JSON or a Rich table.

The `iter_*` renderers give the output in pieces, the claims one at a time;
a top-level list of the tree may be a one-pass iterator (model.Stream), which
they consume as they write. The `to_*` functions join the pieces.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache


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
            for item, last in _with_last(value):
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
                if isinstance(inner, str) and len(inner) > _WRITE_SLICE:
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
    for start in range(0, len(text), _WRITE_SLICE):
        yield json.dumps(text[start:start + _WRITE_SLICE], ensure_ascii=False)[1:-1]
    yield '"'


def _with_last(items):
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


def _indented(text: str, by: int, *, first: bool) -> str:
    pad = " " * by
    body = text.replace("\n", "\n" + pad)
    return pad + body if first else body




def _yaml_module():
    """PyYAML, imported with the patterns it compiles built from declcli's
    pattern cache: half of its import time otherwise (patterns.import_module)."""
    from . import patterns

    return patterns.import_module("yaml")


@lru_cache(maxsize=2)
def _dumper(pure: bool = False):
    """A safe dumper that writes multi-line strings (the body) as | blocks:
    libyaml's when present (same output, several times faster), or with
    `pure`, PyYAML's own, which writes a long scalar line by line where
    libyaml first copies all of it to UTF-8."""
    yaml = _yaml_module()

    base = yaml.SafeDumper if pure else getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    class Dumper(base):
        pass

    def str_rep(dumper, value):
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, str_rep)
    # PyYAML writes a string plain when its YAML 1.1 resolvers read it back
    # as a string; a YAML 1.2 reader (and the 1.1 spec itself, beyond
    # PyYAML's subset) would read some of those as numbers, booleans or null.
    # Declaring those forms non-strings to the dumper makes it quote them.
    for tag, pattern, first in _OTHER_YAML_SCALARS:
        # By first character, as PyYAML's own: a word is tried against the
        # patterns its first letter can start, not all of them.
        Dumper.add_implicit_resolver(tag, re.compile(pattern, re.X), list(first))
    return Dumper


# Plain scalars that some YAML version reads as another type than string,
# where PyYAML's own (YAML 1.1) resolvers read them as strings: the YAML 1.2
# core schema (spec 1.2.2, 10.3.2) and the YAML 1.1 type repository forms
# that PyYAML leaves out (y/n booleans, floats without a dot, a bare ".").
_OTHER_YAML_SCALARS = (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE|y|Y|n|N)$", "tTfFyYnN"),
    ("tag:yaml.org,2002:null", r"^(?:null|Null|NULL|~)$", "nN~"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"""^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
                                    | [-+]?(?:\.inf|\.Inf|\.INF) | \.nan|\.NaN|\.NAN
                                    | [-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?)$""", "-+.0123456789"),
)


def _yaml(value) -> str:
    yaml = _yaml_module()

    return yaml.dump(value, Dumper=_dumper(), sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=100000)


def to_yaml(tree: dict) -> str:
    """yaml.dump(tree) with declcli's style (see iter_yaml)."""
    out: list[str] = []
    for piece in iter_yaml(tree):
        if isinstance(piece, _LongYaml):
            piece.dump(out.append)
        else:
            out.append(piece)
    return "".join(out)


class _LongYaml:
    """A piece of iter_yaml too long to build as one string (the article's
    text): `dump(write)` has the dumper write it, a chunk at a time, indented
    by `indent` spaces as it sits in the document, through `write`."""

    def __init__(self, mapping: dict, indent: int, last: bool):
        self.mapping, self.indent, self.last = mapping, indent, last

    def dump(self, write) -> None:
        yaml = _yaml_module()

        stream = _IndentingStream(write, " " * self.indent, self.last)
        yaml.dump(self.mapping, stream, Dumper=_dumper(pure=True), sort_keys=False, allow_unicode=True,
                  default_flow_style=False, width=100000)
        stream.close()


class _IndentingStream:
    """What yaml.dump writes, indented line by line on the way to `write`;
    the end marker a document ending in a kept-newline block scalar gets
    ("...") is held back and dropped unless this is the document's end."""

    def __init__(self, write, indent: str, last: bool):
        self.write_out, self.indent, self.last = write, indent, last
        self.at_line_start = True
        self.held = ""  # the last few characters: maybe the end marker

    def write(self, chunk: str) -> None:
        text = self.held + chunk
        self.held = text[-4:]
        self._emit(text[:-4])

    def _emit(self, text: str) -> None:
        if not text:
            return
        lines = text.split("\n")
        # An indent goes before every line that has something in it; the
        # dumper writes no line that is empty but for a block scalar's blank
        # lines, which are not indented (as the whole-document dump has them).
        out = []
        for n, line in enumerate(lines):
            if line and (n > 0 or self.at_line_start):
                out.append(self.indent + line)
            else:
                out.append(line)
        self.write_out("\n".join(out))
        self.at_line_start = text.endswith("\n")

    def close(self) -> None:
        held, self.held = self.held, ""
        if held == "...\n" and self.at_line_start and not self.last:
            return
        self._emit(held)


def iter_yaml(tree: dict):
    """The pieces of the YAML document, in order.

    The dumper builds a node for every value before writing anything; a
    top-level list (the claims) dumped item by item gives the same text
    while holding the nodes of one item at a time.
    """
    if not isinstance(tree, dict) or not tree:
        yield _yaml(tree)
        return
    last_key = list(tree)[-1]
    for key, value in tree.items():
        by_item = isinstance(key, str) and key.isidentifier()
        if isinstance(value, Iterator) and not by_item:
            value = list(value)
        if isinstance(value, Iterator) or (by_item and isinstance(value, list) and value
                                           and all(isinstance(v, dict) and v for v in value)):
            empty = True
            for item, last in _with_last(value):
                if not (isinstance(item, dict) and item):
                    # Items already written were dumped as mappings: the rest cannot be dumped whole.
                    raise TypeError(f"{key}: a streamed list must give non-empty dicts, not {type(item).__name__}")
                if empty:
                    yield _yaml({key: []}).replace(" []\n", "\n", 1)
                    empty = False
                yield _open_end(_yaml([item]), key == last_key and last)
            if empty:
                yield _open_end(_yaml({key: []}), key == last_key)
        elif isinstance(value, dict) and any(isinstance(v, str) and len(v) > _WRITE_SLICE for v in value.values()):
            # Key by key, the long text written by the dumper a chunk at a time.
            yield _yaml({key: {}}).replace(" {}\n", "\n", 1)
            for n, (inner_key, inner) in enumerate(value.items()):
                last = key == last_key and n == len(value) - 1
                if isinstance(inner, str) and len(inner) > _WRITE_SLICE:
                    yield _LongYaml({inner_key: inner}, 2, last)
                else:
                    yield _indent_lines(_open_end(_yaml({inner_key: inner}), last), "  ")
        else:
            yield _open_end(_yaml({key: value}), key == last_key)


def _indent_lines(text: str, indent: str) -> str:
    """Every line that has something in it indented (see _IndentingStream)."""
    return "\n".join(indent + line if line else line for line in text.split("\n"))


def _open_end(piece: str, last: bool) -> str:
    # A document that ends in a kept-newline block scalar gets an explicit
    # end marker; inside the whole document only the real end has one.
    return piece if last or not piece.endswith("\n...\n") else piece[:-4]


def _modality_label(claim: dict) -> str:
    label = claim["modality"]
    if claim["polarity"] == "negative":
        label = f"{label}, negated" if label != "none" else "negated"
    return label


# Colours by meaning: the force of a claim, then who and when.
MODALITY_STYLES = {"obligation": "bold red", "recommendation": "yellow", "possibility": "cyan",
                   "intention": "magenta", "none": "dim"}
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


def _console(buf, width: int | None, color: bool):
    from rich.console import Console

    # Page text goes to Rich as Text objects only, never as markup; emoji
    # codes and highlighting are off for the same reason.
    return Console(file=buf, width=width or 80, force_terminal=color, no_color=not color,
                   color_system="standard" if color else None, highlight=False, emoji=False, markup=False,
                   legacy_windows=False, soft_wrap=False)


def _drain(buf) -> str:
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text


def table_header(tree: dict, claims: int | None, agreements: int | None):
    """The header of the terminal view: title, details, trail and, unless
    `claims` is None, the counts (a Rich Text)."""
    from rich.text import Text

    from .terminal import safe

    art = tree["article"]
    head = Text()
    head.append(safe(art["title"] or "(untitled)"), style="bold")
    details = [x for x in (art["site"], art["published"], ", ".join(art["authors"])) if x]
    if details:
        head.append("\n" + safe(" · ".join(details)), style="dim")
    if art["breadcrumbs"]:
        head.append("\n" + safe(" › ".join(art["breadcrumbs"])), style="dim")
    if claims is not None:
        head.append("\n" + _counts(tree, claims, agreements), style="dim")
    return head


def _counts(tree: dict, claims: int, agreements: int) -> str:
    """"11 claims · 1 agreement · 8 paragraphs · en"."""
    from .terminal import safe

    art = tree["article"]
    paragraphs = art["text"].count("\n\n") + 1 if art["text"] else 0
    counts = [_plural(claims, "claim"), _plural(agreements, "agreement"), _plural(paragraphs, "paragraph")]
    if art["language"]:
        counts.append(safe(art["language"]))
    return " · ".join(counts)


def claim_details(c: dict):
    """The line under a claim's text: kind, force, actors, attribution, dates, places."""
    from rich.text import Text

    from .terminal import safe

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
        details.append(safe(", ".join(f"{d['text']} ({d['value']})" if d["value"] and d["value"] != d["text"] else d["text"]
                                      for d in c["dates"])), style=_DATES_STYLE)
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


def _print_wrapped(console, text) -> None:
    """`text` wrapped at the console's width, its lines not padded with spaces."""
    for line in text.wrap(console, console.width, overflow="fold"):
        line.rstrip()
        console.print(line, no_wrap=True, overflow="ignore", crop=False)


def claim_block(console, c: dict, id_width: int, blank_before: bool = False) -> None:
    """One claim of the terminal view: its id, its text wrapped at full width,
    and under it what the claim says about whom, coloured by meaning."""
    from rich.text import Text

    from .terminal import safe

    _hanging(console, safe(c["id"]), [Text(safe(c["text"])), claim_details(c)], id_width, blank_before)


def iter_table(tree: dict, *, width: int | None = None, color: bool = True, ascii_only: bool = False):
    """The terminal view of one document, in pieces: a header, then one block
    per claim, then the agreements. Not a contract (docs/output.md).
    `ascii_only`: the terminal cannot show box drawing (its rule is dashes)."""
    from io import StringIO

    from rich.text import Text

    from .terminal import safe

    buf = StringIO()
    console = _console(buf, width, color)
    if "error" in tree:
        line = Text(safe(tree["source"]["location"]), style="bold")
        line.append(f": error {tree['error']['code']}: ", style="red")
        line.append(safe(_error_cause(tree)))
        _print_wrapped(console, line)
        yield _drain(buf)
        return
    # Claims are shown as they are made (a Stream): the header is written
    # first, and the counts, known only at the end, close the view.
    _print_wrapped(console, table_header(tree, None, None))
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
        _print_wrapped(console, line)
    console.line()
    _print_wrapped(console, Text(_counts(tree, claims, len(agreements)), style="dim"))
    yield _drain(buf)


def to_table(tree: dict, *, width: int | None = None, color: bool = True) -> str:
    """The terminal view of one document (see iter_table)."""
    return "".join(iter_table(tree, width=width, color=color))


def _error_cause(tree: dict) -> str:
    """An error record's message without the location it starts with (a line
    that names the input already says it once)."""
    message, location = tree["error"]["message"], tree["source"]["location"]
    return message[len(location) + 2:] if message.startswith(location + ": ") else message


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


# ------------------------------------------------------------ many documents

FORMATS = ("yaml", "json", "jsonl", "csv", "markdown", "table", "text", "markdown-body")

CSV_COLUMNS = [
    "location", "title", "site", "url", "published", "language", "claim", "paragraph", "sentence", "start", "end",
    "kind", "modality", "polarity", "actors", "countries", "attribution_source", "attribution_cue", "quotes",
    "dates", "places", "topics", "text", "error",
]


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
                if isinstance(inner, str) and len(inner) > _WRITE_SLICE:
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


def _join(values) -> str:
    return "; ".join(v for v in values if v)


# OWASP's advice on CSV injection: a cell that a spreadsheet would read as a
# formula (it begins with = + - @, a tab or a carriage return) gets a leading
# single quote, which spreadsheets show as text. Numbers stay numbers.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell that no spreadsheet runs as a formula (see _FORMULA_START)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@lru_cache(maxsize=1)
def _csv_writer():
    """A writer into a buffer, ending rows in CRLF only so that the csv module
    quotes a cell holding a lone carriage return (with "\n" as the line end
    it quotes cells holding "\n" but leaves "\r" bare, which readers take
    for a line break)."""
    import csv
    from io import StringIO

    buf = StringIO(newline="")
    return buf, csv.writer(buf, lineterminator="\r\n")


def csv_line(row) -> str:
    """One CSV row ending in "\n", every cell holding a line break quoted."""
    buf, writer = _csv_writer()
    buf.seek(0)
    buf.truncate()
    writer.writerow(row)
    return buf.getvalue()[:-2] + "\n"


def csv_rows(tree: dict):
    """One row per claim, each with the article's columns, as the claims come;
    an error record gives one row. Cells are neutralised (csv_cell)."""
    for row in _csv_rows(tree):
        yield [csv_cell(v) for v in row]


def _csv_rows(tree: dict):
    src = tree["source"]
    if "error" in tree:
        yield [src["location"]] + [""] * (len(CSV_COLUMNS) - 2) + [tree["error"]["message"]]
        return
    art = tree["article"]
    head = [src["location"], art["title"] or "", art["site"] or "", art["url"] or "", art["published"] or "",
            art["language"] or ""]
    empty = True
    for c in tree["claims"]:
        attr = c["attribution"] or {}
        empty = False
        yield head + [
            c["id"], c["paragraph"], c["sentence"], c["start"], c["end"], c["kind"], c["modality"], c["polarity"],
            _join(a["name"] for a in c["actors"]), _join(a["country"] for a in c["actors"] if a["country"]),
            attr.get("source") or "", attr.get("cue") or "", _join(c["quotes"]),
            _join(d["value"] or d["text"] for d in c["dates"]), _join(c["places"]), _join(c["topics"]), c["text"], "",
        ]
    if empty:
        yield head + [""] * (len(CSV_COLUMNS) - len(head))


# Page text is data in Markdown too: every character that could start
# emphasis, code, a link or an image is backslash-escaped, and HTML's own
# (`<`, `>`, `&`) become entities, so no tag, comment or autolink forms.
_MD_SPECIAL = {c: "\\" + c for c in "\\`*_[]()!|~#"}
_MD_SPECIAL.update({"<": "&lt;", ">": "&gt;", "&": "&amp;", "\n": " ", "\r": " "})
_MD_TABLE = str.maketrans(_MD_SPECIAL)


def _md_cell(value: str) -> str:
    """Page text made inert in a Markdown line or table cell."""
    from .terminal import safe

    return safe(value.translate(_MD_TABLE))


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


def to_markdown(tree: dict) -> str:
    """A Markdown section per article: for reports and pull-request comments."""
    src = tree["source"]
    if "error" in tree:
        return f"## {_md_cell(src['location'])}\n\n**Error {tree['error']['code']}:** {_md_cell(_error_cause(tree))}\n\n"
    art = tree["article"]
    lines = [f"## {_md_cell(art['title'] or src['location'])}", ""]
    details = [x for x in (art["site"], art["published"], ", ".join(art["authors"])) if x]
    if details:
        lines += ["*" + _md_cell(" · ".join(details)) + "*", ""]
    if art["breadcrumbs"]:
        lines += [_md_cell(" › ".join(art["breadcrumbs"])), ""]
    lines += ["| # | kind | modality | actors | claim | said by |", "| ---: | --- | --- | --- | --- | --- |"]
    for c in tree["claims"]:
        actors = ", ".join(a["country"] if a["type"] == "country" and a["country"] else a["name"] for a in c["actors"])
        attr = c["attribution"]
        said = "" if attr is None else f"{attr['source'] or '—'} ({attr['cue']})"
        lines.append("| " + " | ".join(_md_cell(x) for x in (c["id"], c["kind"], _modality_label(c), actors, c["text"], said)) + " |")
    for a in tree["agreements"]:
        when = a["date"]["value"] or a["date"]["text"] if a["date"] else None
        extra = "; ".join(x for x in (a["type"], " and ".join(a["parties"]), when, a["place"]) if x)
        lines += ["", f"**Agreement:** {_md_cell(a['name'])} ({_md_cell(extra)})"]
    return "\n".join(lines) + "\n\n"


# ------------------------------------------------------------ -f markdown-body

# The body's text escaped as the claims report escapes it (_MD_SPECIAL),
# less what cannot start markup in a body of one-line blocks: `(` `)` and
# `!` only act after `]` (escaped), `|` only in a table (a delimiter row
# never forms: blocks are one line each) and `#` only at a line's start
# (escaped there, and everywhere in a heading).
_MD_BODY = str.maketrans({c: e for c, e in _MD_SPECIAL.items() if c not in "()!|#"})
_MD_HEADING = str.maketrans({c: e for c, e in _MD_SPECIAL.items() if c not in "()!|"})

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
    from .terminal import safe

    return safe(text.translate(table))


def _md_line_start(line: str) -> str:
    m = _MD_LINE_START.match(line)
    if m is None:
        return line
    if m.group(1):
        return m.group(1) + "\\" + line[len(m.group(1)):]
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
    from .terminal import safe

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

    for a, b in zip(cuts, cuts[1:]):
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
        pending += piece[:len(piece) - len(core)]
        if code is not None:
            code.append(pending)
        else:
            out.append(pending)
        pending = ""
        trail = core[len(core.rstrip()):]
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
    for text, form in zip(paragraphs, forms):
        kind = form.kind if form is not None else "paragraph"
        quote = "> " * form.quote if form is not None else ""
        if kind == "item":
            depth = min(form.level, len(indents) + 1)
            del indents[depth - 1:]
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
                from .terminal import safe

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


_WRITE_SLICE = 1 << 20


class Emitter:
    """Writes documents to a text stream as they come; a document whose
    claims are a Stream is written while they are made.

    yaml: one document, or a `---` stream for several inputs; jsonl: one line
    each; json: an object for one input, an array for several (held until the
    end, so a failed run prints nothing half-made); csv: one header, a row per
    claim; markdown and table: a section per article; text: each article's
    title and body, a form feed line between two.
    """

    def __init__(self, fmt: str, out, *, multi: bool, color: bool = False, width: int | None = None,
                 terminal: bool = False, ascii_only: bool = False):
        # `terminal`: the output is a person's screen; -f text then shows
        # control and bidi characters escaped (terminal.safe), as the table does.
        self.fmt, self.out, self.multi, self.terminal = fmt, out, multi, terminal
        self.color, self.width, self.ascii_only = color, width, ascii_only
        self.held: list[dict] = []
        self.count = 0
        self.written_text = False
        # The writer's library is loaded now, before any input is read: a
        # command's start-up ends here (declcli._speedups.collector).
        if fmt == "yaml":
            _dumper()
        elif fmt in ("json", "jsonl"):
            _orjson()

    def add(self, tree: dict) -> None:
        fmt = self.fmt
        if fmt == "json":
            if self.multi:
                self.held.append(tree)
            else:
                self._write(iter_json(tree))
        elif fmt == "jsonl":
            self._write(iter_jsonl(tree))
        elif fmt == "yaml":
            if self.multi:
                self.out.write("---\n")
            self._write(iter_yaml(tree))
        elif fmt == "csv":
            if self.count == 0:
                self.out.write(csv_line(CSV_COLUMNS))
            for row in csv_rows(tree):
                self.out.write(csv_line(row))
        elif fmt == "markdown":
            self.out.write(to_markdown(tree))
        elif fmt == "markdown-body":
            body = to_markdown_body(tree)
            if body:
                if self.written_text:
                    self.out.write("\n")
                self._write([body])
                self.written_text = True
        elif fmt == "text":
            text = to_text(tree)
            if self.terminal:
                from .terminal import safe

                text = safe(text, keep_newlines=True)
            if text:
                if self.written_text:
                    self.out.write(TEXT_SEPARATOR)
                self._write([text])
                self.written_text = True
        elif fmt == "table":
            if self.multi and self.count:
                self.out.write("\n")
            for piece in iter_table(tree, width=self.width, color=self.color, ascii_only=self.ascii_only):
                self.out.write(piece)
                self.out.flush()
        self.out.flush()
        self.count += 1

    def _write(self, pieces) -> None:
        for piece in pieces:
            if isinstance(piece, _LongYaml):
                piece.dump(self.out.write)
                continue
            # A text stream encodes what it is given at once: a long piece (the
            # article's text) in slices keeps that copy small.
            for start in range(0, len(piece), _WRITE_SLICE):
                self.out.write(piece[start:start + _WRITE_SLICE])

    def close(self) -> None:
        if self.fmt == "json":
            if self.multi:
                self.out.write("[\n" + ",\n".join(_indent(to_json(t).rstrip("\n")) for t in self.held) + "\n]\n" if self.held else "[]\n")
            self.out.flush()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))
