"""The command's start-up: the cyclic garbage collector paused until the
first input is read.

Starting `declcli` makes objects that live as long as the process: typer and
click, the pipeline's modules, PyYAML, compiled patterns. The collector runs
every 700 allocations and walked them about 40 times while a short
`declcli read` started, finding nothing to free: 4.5 ms, a twentieth of the
run. So the command (declcli.__main__, not a library call) pauses it before
it imports the command line, and resumes it once the command's modules and
output format are ready, before the first input is read; the objects made
by then are frozen (gc.freeze) so that later collections never walk them
again. Inputs are read with the collector on, so memory stays flat over many
of them.

The freeze pays twice: the interpreter's full collection at exit skips the
frozen objects, and so do the first collections after resuming, which would
otherwise walk every object made during the pause (71 ms on the seed, against
78 ms when the collector is resumed unfrozen and the objects are frozen only at
exit, and 86 ms without any of this). Its cost, measured: the 20 MiB page of
benchmarks/memory.py written as YAML peaks 8 MB higher (181 against 174 MiB).
"""

import gc

_paused = False


def pause_collector() -> None:
    """Pause the collector, if it runs, until resume_collector()."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """Resume a collector paused by pause_collector(), the objects made so
    far frozen out of its sight. Does nothing otherwise."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
