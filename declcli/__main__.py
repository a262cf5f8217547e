"""The `declcli` command and `python -m declcli`: the command line started
with the cyclic garbage collector paused (see declcli.startup)."""

from .startup import pause_collector


def main() -> None:
    pause_collector()
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()
