"""Where the stages get their fixed regular expressions from.

`compile(pattern, flags)` is `re.compile(pattern, flags)`, and
`import_module(name)` is `importlib.import_module(name)`; both go through the
pattern cache (declcli._speedups.pattern_cache) unless DECLCLI_NO_SPEEDUPS
switches it off.
"""

from ._speedups.pattern_cache import compile, import_module

__all__ = ["compile", "import_module"]
