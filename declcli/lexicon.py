"""Loads the word lists and gazetteers kept as data files in declcli/data."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed JSON data file `declcli/data/<name>.json`."""
    text = resources.files("declcli").joinpath("data", f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
