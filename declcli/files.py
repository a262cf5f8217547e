"""Writing files so that a reader never sees half of one, with the mode a
plain shell redirection (`>`) would give them.

A temporary file is written beside the target and renamed over it. mkstemp
creates it 0600; the rename would carry that mode over, so the file gets
what `>` gives: an existing file keeps its own mode, a new one gets
0666 minus the umask. A symlink is written through (its target is
replaced, the link stays); a file with several hard links is rewritten in
place, which keeps the links but is not atomic.
"""

from __future__ import annotations

import contextlib
import os
import stat
from typing import IO

from .errors import OutputError, UsageProblem


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(path: str) -> int:
    """The permission bits `>` would leave on `path`."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def resolve_target(path: str, inputs: tuple[str, ...] | list[str] = (), option: str = "-o") -> str:
    """The real file that writing to `path` replaces, checked before any work.

    Refused (exit 2): a folder (or a name ending in '/'), a special file
    (device, FIFO, socket), and a file that is one of the inputs (or the
    --from list), which writing would replace. A folder that does not exist
    is an output error (exit 74), found now rather than after the run.
    """
    if path.endswith(("/", os.sep)) or os.path.isdir(path):
        raise UsageProblem(
            path, f"is a folder; {option} takes a file name (one output for all inputs; `declcli batch -o DIR` writes a folder)"
        )
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        what = (
            "a FIFO"
            if stat.S_ISFIFO(st.st_mode)
            else "a device"
            if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
            else "a socket"
            if stat.S_ISSOCK(st.st_mode)
            else "not a regular file"
        )
        raise UsageProblem(path, f"is {what}; {option} writes regular files only (use a shell redirection)")
    folder = os.path.dirname(real) or "."
    if not os.path.isdir(folder):
        raise OutputError(path, f"cannot write: no folder {os.path.dirname(path) or '.'}")
    if st is not None:
        for item in inputs:
            if item == "-":
                continue
            try:
                other = os.stat(item)
            except OSError:
                continue
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                raise UsageProblem(path, f"is also an input ({item}); writing would replace it")
    return real


# Temporary files of this process not yet renamed or removed. A signal that
# ends the process (SIGTERM from a service manager or `kill`, SIGHUP when the
# terminal goes, SIGQUIT from Ctrl-\\) would skip every `finally`, so these
# are removed by a handler that then lets the signal end the process as it
# would have (same exit status, core for SIGQUIT). Ctrl-C is a
# KeyboardInterrupt, which the callers' `except BaseException` handles.
_LIVE_TEMPS: set[str] = set()
_OWNER_PID: int | None = None
_ENDING_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT")


def _remove_temps_and_die(signum, frame) -> None:
    import signal

    # A forked worker (--jobs) inherits the set but not the files: only the
    # process that made them removes them.
    if os.getpid() == _OWNER_PID:
        for path in list(_LIVE_TEMPS):
            _unlink(path)
        _LIVE_TEMPS.clear()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _track(path: str) -> None:
    """Remember a temporary file, and (once per process) take over the
    signals that end a process while their default action is in force."""
    global _OWNER_PID
    import signal

    if os.getpid() != _OWNER_PID:
        _OWNER_PID = os.getpid()
        _LIVE_TEMPS.clear()
        for name in _ENDING_SIGNALS:
            signum = getattr(signal, name, None)
            if signum is None:
                continue
            try:
                if signal.getsignal(signum) == signal.SIG_DFL:
                    signal.signal(signum, _remove_temps_and_die)
            except ValueError:
                pass  # not the main thread: signals cannot be handled here
    _LIVE_TEMPS.add(path)


class AtomicFile:
    """A text file written to a temporary file beside the target and renamed
    over it by `commit` (see the module's notes on modes and links)."""

    def __init__(self, path: str, *, binary: bool = False, target: str | None = None):
        import tempfile

        self.path = path
        self.tmp: str | None = None
        self.stream: IO
        self.target = target or os.path.realpath(path)
        folder = os.path.dirname(self.target) or "."
        try:
            fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=".declcli-", suffix=".tmp")
        except OSError as exc:
            raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
        _track(self.tmp)
        self.stream = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        if self.tmp is None:
            return
        try:
            self.stream.close()  # the last of the buffer is written now: a full disk shows here
        except OSError as exc:
            self.discard()
            raise OutputError(self.path, f"cannot write: {exc.strerror or exc}") from None
        tmp, self.tmp = self.tmp, None
        try:
            self._finish(tmp)
        finally:
            _LIVE_TEMPS.discard(tmp)

    def _finish(self, tmp: str) -> None:
        try:
            try:
                links = os.stat(self.target).st_nlink
            except FileNotFoundError:
                links = 1
            os.chmod(tmp, _mode_for(self.target))
            if links > 1:
                # Renaming would cut the file off from its other names: copy in place.
                import shutil

                with open(tmp, "rb") as src, open(self.target, "r+b") as dst:
                    shutil.copyfileobj(src, dst)
                    dst.truncate()
                os.unlink(tmp)
            else:
                os.replace(tmp, self.target)
        except OSError as exc:
            _unlink(tmp)
            raise OutputError(self.path, f"cannot write: {exc.strerror or exc}") from None

    def discard(self) -> None:
        if self.tmp is None:
            return
        with contextlib.suppress(OSError):
            self.stream.close()
        _unlink(self.tmp)
        _LIVE_TEMPS.discard(self.tmp)
        self.tmp = None


class WriteGuard:
    """A text stream whose write errors (a full disk, ENOSPC; a file past
    the size limit, EFBIG; a quota, EDQUOT; any other OSError but a closed
    pipe) are output errors (exit 74) naming `name`, not crashes."""

    def __init__(self, stream, name: str):
        self.stream, self.name = stream, name

    def write(self, text: str):
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self.name, f"cannot write: {exc.strerror or exc}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(self.name, f"cannot write: {exc.strerror or exc}") from None


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def atomic_write(path: str, data: bytes | str) -> None:
    """Write `data` to `path` whole or not at all (see AtomicFile)."""
    out = AtomicFile(path, binary=True)
    try:
        try:
            out.stream.write(data.encode("utf-8") if isinstance(data, str) else data)
        except OSError as exc:
            raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
        out.commit()
    except BaseException:
        out.discard()
        raise
