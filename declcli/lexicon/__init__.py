"""The word lists and gazetteers kept as data files in declcli/data, read once, checked
against their views (declcli/lexicon/views.py: one TypedDict a file).

A file whose keys differ from its view (a key missing, or one no view names) fails when it
is read, naming the file and the key, rather than as a KeyError deep in a stage or a list
nobody reads.
"""

from __future__ import annotations

import json
import os
import types
import typing
from functools import cache

from .views import VIEWS

# A path beside the package rather than importlib.resources, whose import
# and readers cost a few milliseconds of every short run.
DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


class LexiconError(Exception):
    """A data file that does not match its view: an edit to declcli/data gone wrong."""


def is_commentary(key: str) -> bool:
    """Keys for the people who edit a file ("_doc", "_months_doc", "metonyms_doc"): in no view."""
    return key.startswith("_") or key.endswith("_doc")


@cache
def load(name: str) -> dict:
    """The parsed JSON data file `declcli/data/<name>.json`, its keys checked against its view."""
    with open(os.path.join(DATA_DIR, f"{name}.json"), encoding="utf-8") as f:
        data = json.load(f)
    _check_keys(name, data)
    return data


def _check_keys(name: str, data: dict) -> None:
    view = VIEWS.get(name)
    if view is None:
        raise LexiconError(f"declcli/data/{name}.json: no view for this file in declcli/lexicon/views.py")
    fields = view.__annotations__
    for key in data:
        if not is_commentary(key) and key not in fields:
            raise LexiconError(f"declcli/data/{name}.json: unknown key {key!r} (not in views.{view.__name__})")
    for key, kind in fields.items():
        if key not in data:
            raise LexiconError(f"declcli/data/{name}.json: missing key {key!r} (views.{view.__name__})")
        if not isinstance(data[key], typing.get_origin(kind) or kind):
            raise LexiconError(f"declcli/data/{name}.json: {key!r} is not a {_type_name(kind)}")


def check(name: str, data: dict | None = None) -> None:
    """Every key and every element of a data file against its view (`load` checks keys and
    top-level types only, so that reading the large gazetteer stays cheap)."""
    data = load(name) if data is None else data
    _check_keys(name, data)
    for key, kind in VIEWS[name].__annotations__.items():
        if is_commentary(key):
            continue
        where = _conforms(data[key], kind)
        if where is not None:
            raise LexiconError(f"declcli/data/{name}.json: {key}{where} is not a {_type_name(kind)}")


def _conforms(value, kind) -> str | None:
    """None if `value` is a `kind`, else where inside it the first element that is not sits."""
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return None if any(_conforms(value, a) is None for a in args) else ""
    if kind is type(None):
        return None if value is None else ""
    if origin is None:
        return None if isinstance(value, kind) else ""
    if not isinstance(value, origin):
        return ""
    if origin is list:
        for i, item in enumerate(value):
            inner = _conforms(item, args[0])
            if inner is not None:
                return f"[{i}]{inner}"
    elif origin is dict:
        for k, item in value.items():
            inner = _conforms(item, args[1])
            if inner is not None:
                return f"[{k!r}]{inner}"
    return None


def _type_name(kind) -> str:
    return getattr(kind, "__name__", None) if typing.get_origin(kind) is None else str(kind)
