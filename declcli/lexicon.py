"""Loads the word lists and gazetteers kept as data files in declcli/data."""

from __future__ import annotations

import json
import os
from functools import cache

# A path beside this module rather than importlib.resources, whose import
# and readers cost a few milliseconds of every short run.
_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


@cache
def load(name: str) -> dict:
    """The parsed JSON data file `declcli/data/<name>.json`."""
    with open(os.path.join(_DATA, f"{name}.json"), encoding="utf-8") as f:
        return json.load(f)
