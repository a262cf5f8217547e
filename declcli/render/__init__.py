"""Stage 7: a Document (as the contract's dict) -> YAML, JSON, JSON Lines,
CSV, Markdown, plain text or a Rich table.

The `iter_*` renderers give the output in pieces, the claims one at a time;
a top-level list of the tree may be a one-pass iterator (model.Stream), which
they consume as they write. The `to_*` functions join the pieces.

One module per format (yaml_writer, json_writer, csv_writer, markdown,
markdown_body, text, table), each with its Writer; registry.py lists the
formats, and emitter.Emitter writes documents through their writers.

The names below are loaded from their module on first use (PEP 562): the CLI
imports the registry for --help, which must not load the writers.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "registry": ("FORMATS", "OUTPUT_EXTENSIONS"),
    "emitter": ("Emitter",),
    "yaml_writer": ("to_yaml", "iter_yaml", "_yaml", "_dumper", "_LongYaml", "_IndentingStream", "_indent_lines", "_open_end"),
    "json_writer": ("to_json", "iter_json", "to_jsonl", "iter_jsonl", "_compact", "_pretty", "_orjson"),
    "csv_writer": ("CSV_COLUMNS", "csv_cell", "csv_line", "csv_rows"),
    "markdown": ("to_markdown",),
    "markdown_body": ("to_markdown_body", "_md_inline", "_md_link_target"),
    "text": ("to_text", "TEXT_SEPARATOR"),
    "table": ("to_table", "iter_table", "table_header", "claim_details", "claim_block", "MODALITY_STYLES", "print_wrapped"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(name for name in _MODULE_OF if not name.startswith("_"))


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__():
    return sorted(set(globals()) | set(_MODULE_OF))
