"""The `declcli` command and `python -m declcli`: the command line started
with the cyclic garbage collector paused (see declcli._speedups.collector)."""

import signal

from ._startup import interrupted_while_starting


def main() -> None:
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        # Only over Python's own handler: a run started with SIGINT ignored (a background job) keeps ignoring it.
        signal.signal(signal.SIGINT, interrupted_while_starting)
    from ._speedups import collector

    with collector.paused(freeze=True):  # ended early by the command (collector.resume)
        from .cli import main as run

        run()


if __name__ == "__main__":
    main()
