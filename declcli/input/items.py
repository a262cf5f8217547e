"""The inputs a command names: paths, folders (their article files, sorted), `--from` lists
of paths or URLs, and the URL helpers that keep a password out of anything declcli writes."""

from __future__ import annotations

import os
import re
import sys

from ..defaults import LIST_BYTES, LIST_LINE  # the bounds of a --from list
from ..errors import NoInput, NotText, UsageProblem

INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
# The authority's user name and password: everything up to its last "@".
_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:)//[^/?#]*@")


def without_userinfo(url: str) -> str:
    """`url` without `user:pass@`: what declcli writes anywhere (output,
    messages, notes, the cache) instead of the URL the request was sent to,
    so a password given on the command line never lands in a file or a log."""
    return _USERINFO.sub(lambda m: m.group(1) + "//", url, count=1)


def redact_userinfo(text: str) -> str:
    """`text` (a message that may quote URLs) with the userinfo of each URL in it removed."""
    return re.sub(r"(//)[^/?#\s@]*@", r"\1", text)


def is_url(item: str) -> bool:
    return bool(_URL.match(item)) and not os.path.exists(item)


def read_list(path: str) -> list[str]:
    """Paths or URLs, one a line; blank lines and # comments skipped."""
    try:
        if path == "-":
            if sys.stdin is None or sys.stdin.isatty():
                raise UsageProblem("--from -", "stdin is a terminal; pipe a list of inputs in")
            return _list_lines(getattr(sys.stdin, "buffer", sys.stdin), "--from -")
        with open(path, "rb") as fh:
            return _list_lines(fh, path)
    except FileNotFoundError:
        raise NoInput(path, "no such file (given to --from)") from None
    except OSError as exc:
        raise NoInput(path, f"cannot read: {exc.strerror or exc}") from None


def _list_lines(fh, where: str) -> list[str]:
    items: list[str] = []
    total = number = 0
    while True:
        line = fh.readline(LIST_LINE + 1)
        if not line:
            return items
        number += 1
        total += len(line)
        if total > LIST_BYTES:
            raise NotText(where, f"the --from list is larger than {LIST_BYTES // (1024 * 1024)} MiB; split it")
        if len(line) > LIST_LINE:
            raise NotText(where, f"line {number} of the --from list is longer than {LIST_LINE} bytes")
        text = line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line
        items += [t.strip() for t in text.splitlines() if t.strip() and not t.lstrip().startswith("#")]


def _regular_file(path: str) -> bool:
    """Whether a file found in a folder is a regular file. A FIFO, socket or
    device named *.html would block the read (a FIFO waits for a writer
    forever) or never end, so it is skipped with a note on stderr; only
    names given one by one are read whatever they are."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True  # a broken link or a race: reading it reports the error
    if stat.S_ISREG(mode):
        return True
    from ..terminal import safe

    what = (
        "a FIFO"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a regular file"
    )
    print(safe(f"declcli: {path}: skipped, {what}"), file=sys.stderr)
    return False


def expand(items: list[str], from_file: str | None = None, *, urls_only: bool = False) -> list[str]:
    """Inputs in order: folders become their article files, sorted."""
    all_items = list(items) + (read_list(from_file) if from_file else [])
    out: list[str] = []
    for item in all_items:
        if urls_only:
            out.append(item)
        elif item != "-" and os.path.isdir(item):
            found = []
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for name in files:
                    if name.lower().endswith(INPUT_SUFFIXES + (".warc", ".warc.gz")):
                        path = os.path.join(root, name)
                        if _regular_file(path):
                            found.append(path)
            if not found:
                raise NoInput(item, "the folder holds no .html, .htm, .xhtml, .txt, .warc or .gz files of them")
            out.extend(sorted(found))
        else:
            out.append(item)
    if "-" in out and out.count("-") > 1:
        raise UsageProblem("-", "stdin can be read only once")
    return out


def is_warc(item: str) -> bool:
    return item.lower().endswith((".warc", ".warc.gz")) and not is_url(item)
