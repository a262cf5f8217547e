"""Speed devices: code that makes declcli faster without changing what it
does, kept apart from the pipeline's stages so that each can be read,
measured and switched off on its own.

- `pattern_cache`: the arguments of `_sre.compile` for declcli's fixed
  regular expressions (and those PyYAML and bs4 compile as they are
  imported), kept in a file beside the package's bytecode;
- `collector`: the cyclic garbage collector paused while the command starts
  and while a page's soup is built and judged (one context manager);
- `record`: one shared `__eq__` and `__repr__` for the data types in place of
  the ones @dataclass generates for each.

Each module's docstring says what it saves, measured by the scripts under
benchmarks/ (docs/performance.md has the ratios). The environment variable
DECLCLI_NO_SPEEDUPS switches them off: `1` (or `all`) every one of them, or
a comma-separated list of names (`pattern_cache,collector,record`). Output
is byte-identical either way (tests/unit/speedups/test_speedups.py).
"""

from __future__ import annotations

import os

NAMES = ("pattern_cache", "collector", "record")


def enabled(name: str) -> bool:
    """Whether the speed device `name` is on: not named by DECLCLI_NO_SPEEDUPS."""
    value = os.environ.get("DECLCLI_NO_SPEEDUPS", "").strip().lower()
    if not value or value == "0":
        return True
    if value in ("1", "all", "yes", "true"):
        return False
    return name not in {part.strip() for part in value.split(",")}
