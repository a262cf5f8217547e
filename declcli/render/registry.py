"""The output formats, in one table: each one's name, the -o extensions that
choose it, whether it is for a person, and its writer.

The CLI builds --format's choices, the help's list of formats and the -o
extension map from this table; the Emitter finds a format's writer in it.
A writer is named here as "module:Class" and imported only when documents
are written, so that `--help` loads none of them (they import json, csv, and
in time yaml and rich).
"""

from __future__ import annotations

import importlib
from typing import NamedTuple


class OutputFormat(NamedTuple):
    name: str
    writer: str  # "module:Class" in declcli.render: a shared.Writer
    extensions: tuple[str, ...] = ()  # -o FILE suffixes that choose it when -f is not given
    # Whether the output is read by a person, and so written in the
    # terminal's own encoding (cli._stdout): "always", "on a terminal" or "never".
    for_person: str = "never"
    note: str = ""  # what --help says of it, in brackets
    help_extension: str | None = None  # the extension --help names for it
    compares: bool = False  # `diff` writes its comparison in it too


OUTPUT_FORMATS = (
    OutputFormat("yaml", "yaml_writer:YamlWriter", (".yaml", ".yml"), compares=True),
    OutputFormat("json", "json_writer:JsonWriter", (".json",), help_extension=".json", compares=True),
    OutputFormat("jsonl", "json_writer:JsonLinesWriter", (".jsonl", ".ndjson"), help_extension=".jsonl"),
    OutputFormat("csv", "csv_writer:CsvWriter", (".csv",), help_extension=".csv"),
    OutputFormat("markdown", "markdown:MarkdownWriter", (".md", ".markdown"), note="a claims report", help_extension=".md"),
    OutputFormat("table", "table:TableWriter", for_person="always", compares=True),
    OutputFormat(
        "text", "text:TextWriter", (".txt", ".text"), for_person="on a terminal", note="the article's title and body only"
    ),
    OutputFormat(
        "markdown-body", "markdown_body:MarkdownBodyWriter", note="the body as Markdown: headings, lists, emphasis, links"
    ),
)

# Without -f: a file named by -o by its extension (this when it tells
# nothing), a terminal ON_A_TERMINAL, anything else DEFAULT.
DEFAULT = "yaml"
ON_A_TERMINAL = "table"

FORMATS = tuple(f.name for f in OUTPUT_FORMATS)
DIFF_FORMATS = tuple(f.name for f in OUTPUT_FORMATS if f.compares)
BY_NAME = {f.name: f for f in OUTPUT_FORMATS}
OUTPUT_EXTENSIONS = {ext: f.name for f in OUTPUT_FORMATS for ext in f.extensions}


def _help() -> str:
    names = [f"{f.name} ({f.note})" if f.note else f.name for f in OUTPUT_FORMATS]
    extensions = ", ".join(f.help_extension for f in OUTPUT_FORMATS if f.help_extension)
    return (
        ", ".join(names[:-1]) + ", or " + names[-1] + ". Default: with -o, what the file's extension names "
        f"({extensions}; else {DEFAULT}); {ON_A_TERMINAL} on a terminal; {DEFAULT} otherwise."
    )


FORMAT_HELP = _help()
DIFF_FORMAT_HELP = (
    ", ".join(DIFF_FORMATS[:-1]) + f" or {DIFF_FORMATS[-1]}. Default: {ON_A_TERMINAL} on a terminal, {DEFAULT} otherwise."
)


def for_person(name: str, on_terminal: bool) -> bool:
    """Whether format `name`, written to stdout, is read by a person."""
    person = BY_NAME[name].for_person
    return person == "always" or (person == "on a terminal" and on_terminal)


def writer_class(name: str):
    """The shared.Writer subclass that writes format `name` (imported now)."""
    module, _, cls = BY_NAME[name].writer.partition(":")
    return getattr(importlib.import_module(f".{module}", __package__), cls)
