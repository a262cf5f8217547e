"""Writing files so that a reader never sees half of one."""

from __future__ import annotations

import os


def atomic_write(path: str, data: bytes | str) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over
    `path`: the file is either the old one or the whole new one."""
    import tempfile

    folder = os.path.dirname(path) or "."
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".declcli-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
