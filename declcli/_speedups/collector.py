"""The cyclic garbage collector paused where it would walk many live objects
and free nothing: one context manager, `paused`, used in two places.

- The command's start-up (declcli.__main__, not a library call). Starting
  `declcli` makes objects that live as long as the process: typer and click,
  the pipeline's modules, PyYAML, compiled patterns. The collector runs every
  700 allocations and walked them about 40 times while a short `declcli
  read` started, finding nothing to free. So the entry point runs the command
  inside `paused(freeze=True)`, and the command ends that pause early with
  `resume()` once its modules and output format are ready, before the first
  input is read (`read` and `fetch`; other commands as soon as they start).
  The objects made by then are frozen (gc.freeze) so that later collections,
  the interpreter's full collection at exit included, never walk them again.
  Inputs are read with the collector on, so memory stays flat over many of
  them. Measured on the seed (third session): 86 ms without any of this,
  79 ms with the collector off for the whole run, 78 ms paused and resumed
  unfrozen, 71 ms paused and frozen. Its cost: the 20 MiB page of
  benchmarks/memory.py written as YAML peaks 8 MB higher (181 against
  174 MiB).
- A page's soup while it is built and judged (declcli.clean.clean_html). A
  soup is thousands of objects that point at each other (parents, siblings,
  next and previous elements), all alive until the page is cleaned. The
  collections their allocation triggers walked them and found nothing to
  free, moving them on to older generations, whose full collections then
  walked them again: 3.5% of the time of the whole pipeline over the
  benchmark pages, for no memory. Paused, a soup is freed by the first young
  collection after it is let go. (Mercurial's util.nogc does the same around
  building large structures.) Not on a large page, nor for the windows of
  one, where the garbage of each window would pile up.

A collector the caller had paused stays paused; one a pause paused is
resumed when the block ends, even if it fails. Off switch:
DECLCLI_NO_SPEEDUPS=collector (or =1): `paused` then does nothing.
Measured again in issue 16 (benchmarks/speedups.py, CPU time off / on):
`--help` 1.16x, `validate` 1.14x, `diff` 1.13x, `read` of the seed 1.05x;
docs/performance.md ("Speed devices") has the tables.
"""

from __future__ import annotations

import gc

from . import enabled

_ON = enabled("collector")
_start_up: paused | None = None  # the command's start-up pause, while it lasts


class paused:
    """Context manager: the collector paused for the block, if it runs and `when`.

    `freeze`: the objects made during the pause are frozen out of the
    collector's sight when it resumes (the command's start-up); such a pause
    can be ended early, from anywhere, by `resume()`.
    """

    __slots__ = ("when", "freeze", "active")

    def __init__(self, when: bool = True, *, freeze: bool = False):
        self.when, self.freeze, self.active = when, freeze, False

    def __enter__(self) -> paused:
        global _start_up
        if _ON and self.when and gc.isenabled():
            gc.disable()
            self.active = True
            if self.freeze and _start_up is None:
                _start_up = self
        return self

    def __exit__(self, *exc) -> None:
        self.end()

    def end(self) -> None:
        """Resume the collector now, if this pause paused it (and not again at the block's end)."""
        global _start_up
        if _start_up is self:
            _start_up = None
        if self.active:
            self.active = False
            if self.freeze:
                gc.freeze()
            gc.enable()


def resume() -> None:
    """End the command's start-up pause, if one lasts (see the docstring)."""
    if _start_up is not None:
        _start_up.end()
