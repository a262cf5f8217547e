"""-f yaml: the document as one yaml.dump would write it, in declcli's style
(multi-line strings as | blocks, every scalar a YAML 1.2 reader could take
for another type quoted), written in pieces.

PyYAML is imported on first use (ruff TID253): `--help` never loads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import shared
from .shared import Writer, with_last


class YamlWriter(Writer):
    """One document, or a `---` stream for several inputs."""

    def __init__(self, out, **options):
        super().__init__(out, **options)
        _dumper()  # loaded before any input is read: a command's start-up ends here (declcli._speedups.collector)

    def add(self, tree: dict) -> None:
        if self.multi:
            self.out.write("---\n")
        self._write(iter_yaml(tree))


def _yaml_module():
    """PyYAML, imported with the patterns it compiles built from declcli's
    pattern cache: half of its import time otherwise (patterns.import_module)."""
    from .. import patterns

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
    (
        "tag:yaml.org,2002:float",
        r"""^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
                                    | [-+]?(?:\.inf|\.Inf|\.INF) | \.nan|\.NaN|\.NAN
                                    | [-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?)$""",
        "-+.0123456789",
    ),
)


def _yaml(value) -> str:
    yaml = _yaml_module()

    return yaml.dump(value, Dumper=_dumper(), sort_keys=False, allow_unicode=True, default_flow_style=False, width=100000)


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
        yaml.dump(
            self.mapping,
            stream,
            Dumper=_dumper(pure=True),
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=100000,
        )
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
        if isinstance(value, Iterator) or (
            by_item and isinstance(value, list) and value and all(isinstance(v, dict) and v for v in value)
        ):
            empty = True
            for item, last in with_last(value):
                if not (isinstance(item, dict) and item):
                    # Items already written were dumped as mappings: the rest cannot be dumped whole.
                    raise TypeError(f"{key}: a streamed list must give non-empty dicts, not {type(item).__name__}")
                if empty:
                    yield _yaml({key: []}).replace(" []\n", "\n", 1)
                    empty = False
                yield _open_end(_yaml([item]), key == last_key and last)
            if empty:
                yield _open_end(_yaml({key: []}), key == last_key)
        elif isinstance(value, dict) and any(isinstance(v, str) and len(v) > shared.WRITE_SLICE for v in value.values()):
            # Key by key, the long text written by the dumper a chunk at a time.
            yield _yaml({key: {}}).replace(" {}\n", "\n", 1)
            for n, (inner_key, inner) in enumerate(value.items()):
                last = key == last_key and n == len(value) - 1
                if isinstance(inner, str) and len(inner) > shared.WRITE_SLICE:
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
