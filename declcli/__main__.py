"""The `declcli` command and `python -m declcli`: the command line started
with the cyclic garbage collector paused (see declcli._speedups.collector)."""

from ._speedups import collector


def main() -> None:
    with collector.paused(freeze=True):  # ended early by the command (collector.resume)
        from .cli import main as run

        run()


if __name__ == "__main__":
    main()
