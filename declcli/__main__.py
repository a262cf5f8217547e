"""The `declcli` command and `python -m declcli`: the command line started
with the cyclic garbage collector paused (see declcli._speedups.collector)."""

import os
import signal


def _interrupted_while_starting(signum, frame) -> None:
    # Ctrl-C while the command's modules are still loading would otherwise end in a traceback from
    # whichever import it hit. Nothing has been written yet, so say so in one line and leave at once;
    # declcli.cli.main puts Python's own handler back before any work starts.
    os.write(2, b"declcli: interrupted\n")
    os._exit(130)


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted_while_starting)
    from ._speedups import collector

    with collector.paused(freeze=True):  # ended early by the command (collector.resume)
        from .cli import main as run

        run()


if __name__ == "__main__":
    main()
