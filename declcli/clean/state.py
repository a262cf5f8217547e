"""What a cleaning run notes on the side: the drop trace (trace_drops, what
-vv shows) and whether chrome is judged by class and id names. Both are
context variables, so threads cleaning pages side by side never see each
other's.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

# While a trace_drops() block runs: (rule, full text) of everything the HTML
# cleaner drops, for finding failure classes (what -vv shows, untruncated).
_trace: ContextVar[list[tuple[str, str]] | None] = ContextVar("declcli_clean_trace", default=None)

# False while a page is cleaned again with no element judged by its class
# or id names (see clean_html).
_judge_names: ContextVar[bool] = ContextVar("declcli_clean_judge_names", default=True)


@contextmanager
def trace_drops():
    """Collect, for each block the HTML cleaner drops, the rule that dropped
    it and its whole text (-vv shows the same rules with the text cut)."""
    trace: list[tuple[str, str]] = []
    token = _trace.set(trace)
    try:
        yield trace
    finally:
        _trace.reset(token)


def tracing() -> bool:
    return _trace.get() is not None


@contextmanager
def names_not_judged():
    """Clean with no element judged chrome by its class or id names."""
    token = _judge_names.set(False)
    try:
        yield
    finally:
        _judge_names.reset(token)


def judging_names() -> bool:
    return _judge_names.get()


def _note(removed: list | None, why: str, text: str) -> None:
    """Record a dropped block: its rule and the start of its text for -vv."""
    if removed is not None:
        removed.append((why, text[:80]))
    trace = _trace.get()
    if trace is not None:
        trace.append((why, text))
