"""Ctrl-C while the command is still loading its modules: one line and exit code 130, no traceback."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

# A stand-in for a user's Ctrl-C that always lands in the same place: while declcli.cli is being
# imported, the process sends itself SIGINT, as a terminal would.
_INTERRUPT_DURING_CLI_IMPORT = textwrap.dedent(
    """
    import importlib.abc, os, signal, sys, time

    class InterruptOnImport(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name == "declcli.cli":
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.5)  # the signal is handled here at the latest
            return None

    sys.meta_path.insert(0, InterruptOnImport())
    sys.argv = ["declcli", "--version"]
    from declcli.__main__ import main
    main()
    """
)


def test_ctrl_c_while_loading_gives_one_line_and_130():
    proc = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_DURING_CLI_IMPORT],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert proc.returncode == 130
    assert proc.stderr == "declcli: interrupted\n"
    assert proc.stdout == ""


def test_the_command_puts_pythons_own_handler_back():
    # Once the command runs, Ctrl-C must become a KeyboardInterrupt again, so that the one place that
    # maps exceptions to exit codes can remove a half-written output file.
    from declcli._startup import interrupted_while_starting
    from declcli.cli import main

    before = signal.signal(signal.SIGINT, interrupted_while_starting)
    try:
        try:
            main(["--version"])
        except SystemExit:
            pass
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_run_started_with_ctrl_c_ignored_keeps_ignoring_it():
    # A background job of a non-interactive shell starts with SIGINT ignored; neither the startup handler nor
    # the command may take that away.
    script = textwrap.dedent(
        """
        import atexit, signal, sys
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        atexit.register(lambda: print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN, file=sys.stderr))
        sys.argv = ["declcli", "--version"]
        from declcli.__main__ import main
        main()
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert proc.returncode == 0
    assert proc.stderr.strip().splitlines()[-1] == "True"
