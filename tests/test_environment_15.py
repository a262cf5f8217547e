"""Issue 15: what the environment can do to a run (special files in a
folder, a cache that cannot be written, signals while -o is written) must
not hang it, lose the document or leave files behind."""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SEED_HTML, run_cli


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_in_folder_is_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEED_HTML, folder / "a.html")
    os.mkfifo(folder / "b.html")
    # A real process: a FIFO without a writer blocks open() forever, so the
    # timeout is what turns the old hang into a failure.
    proc = subprocess.run([sys.executable, "-m", "declcli", "read", str(folder), "-f", "json"],
                          capture_output=True, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr.decode()
    assert "b.html: skipped, a FIFO" in err
    assert b'"schema"' in proc.stdout and b"a.html" in proc.stdout
    assert b"b.html" not in proc.stdout
