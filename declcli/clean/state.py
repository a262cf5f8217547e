"""What a cleaning run notes on the side: the drop trace (trace_drops, what
-vv shows) and whether chrome is judged by class and id names.
"""

from __future__ import annotations

from contextlib import contextmanager


# While a trace_drops() block runs: (rule, full text) of everything the HTML
# cleaner drops, for finding failure classes (what -vv shows, untruncated).
_trace: list[tuple[str, str]] | None = None


@contextmanager
def trace_drops():
    """Collect, for each block the HTML cleaner drops, the rule that dropped
    it and its whole text (-vv shows the same rules with the text cut)."""
    global _trace
    saved, _trace = _trace, []
    try:
        yield _trace
    finally:
        _trace = saved


# False while a page is cleaned again with no element judged by its class
# or id names (see clean_html).
_judge_names = True


def _note(removed: list | None, why: str, text: str) -> None:
    """Record a dropped block: its rule and the start of its text for -vv."""
    if removed is not None:
        removed.append((why, text[:80]))
    if _trace is not None:
        _trace.append((why, text))
