"""Ctrl-C while the command line is still loading its modules.

Without a handler of its own, Ctrl-C in that moment ends in a traceback from whichever import it hit.
Nothing has been written yet, so one line and a quick exit are all there is to do. declcli.__main__ sets
this handler first; declcli.cli.main puts Python's own back before any work starts.
"""

import os


def interrupted_while_starting(signum, frame) -> None:
    os.write(2, b"declcli: interrupted\n")
    os._exit(130)
