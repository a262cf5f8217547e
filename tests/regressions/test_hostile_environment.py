"""Issue 15: what the environment can do to a run (special files in a
folder, a cache that cannot be written, signals while -o is written) must
not hang it, lose the document or leave files behind."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, SEED_HTML, run_cli


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.slow
@pytest.mark.subprocess
def test_fifo_in_folder_is_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEED_HTML, folder / "a.html")
    os.mkfifo(folder / "b.html")
    # A real process: a FIFO without a writer blocks open() forever, so the
    # timeout is what turns the old hang into a failure.
    proc = subprocess.run(
        [sys.executable, "-m", "declcli", "read", str(folder), "-f", "json"],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr.decode()
    assert "b.html: skipped, a FIFO" in err
    assert b'"schema"' in proc.stdout and b"a.html" in proc.stdout
    assert b"b.html" not in proc.stdout


@pytest.mark.slow
@pytest.mark.subprocess
def test_cache_that_cannot_be_written_warns_once_and_keeps_the_document(httpserver, tmp_path):
    # Tests run as root, which writes into any folder: a regular FILE where
    # the cache folder should be is what cannot be written whoever runs it.
    cache = tmp_path / "cache"
    cache.write_text("not a folder\n")
    page = SEED_HTML.read_bytes()
    httpserver.expect_request("/a.html").respond_with_data(page, content_type="text/html; charset=utf-8")
    httpserver.expect_request("/b.html").respond_with_data(page, content_type="text/html; charset=utf-8")
    out = tmp_path / "out.jsonl"
    res = run_cli(
        "fetch",
        httpserver.url_for("/a.html"),
        httpserver.url_for("/b.html"),
        "--cache",
        cache,
        "-f",
        "jsonl",
        "-o",
        out,
        process=True,
    )
    assert res.returncode == 0, res.stderr
    err = res.stderr.decode()
    assert err.count("going on without the cache") == 1, err
    assert f"--cache {cache}" in err and "Traceback" not in err
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["source"]["location"] for d in docs] == [httpserver.url_for("/a.html"), httpserver.url_for("/b.html")]
    assert all(d["claims"] for d in docs)
    assert cache.read_text() == "not a folder\n"


def _wait_for_temporary_file(proc, folder) -> None:
    """Until the run has made its temporary file for -o in `folder` (it is writing), a minute at most."""
    import time

    deadline = time.monotonic() + 60
    while not list(folder.glob(".declcli-*.tmp")):
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "no temporary file appeared"
        time.sleep(0.05)


def _reap(proc) -> None:
    """The run killed if it still runs, and its pipes closed (a closed one again is no error)."""
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        pipe.close()


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP", "SIGQUIT"])
@pytest.mark.subprocess
def test_ending_signal_while_o_is_written_leaves_no_temp_file(tmp_path, signame):
    import signal

    signum = getattr(signal, signame, None)
    if signum is None:
        pytest.skip(f"no {signame} on this system")
    import resource

    out = tmp_path / "out.json"

    def default_action_and_no_core():
        # The child starts with the signal's default action, whatever the
        # runner's (under `nohup` SIGHUP is ignored, and declcli rightly keeps
        # it so). No core file: SIGQUIT's would land in the repository on a
        # machine that keeps cores, and writing one can outlast the wait.
        signal.signal(signum, signal.SIG_DFL)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    # stdin left open: the run holds its temporary file and waits for the
    # rest of the page, so the signal lands while -o is being written.
    proc = subprocess.Popen(
        [sys.executable, "-m", "declcli", "read", "-", "-f", "json", "-o", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        preexec_fn=default_action_and_no_core,
    )
    try:
        proc.stdin.write(SEED_HTML.read_bytes()[:2000])
        proc.stdin.flush()
        _wait_for_temporary_file(proc, tmp_path)
        proc.send_signal(signum)
        # A bound, not a speed: under a loaded CI machine 30 s once ran out.
        proc.wait(timeout=120)
    finally:
        _reap(proc)
    # It ends as the signal ends a process, with nothing left beside the target.
    assert proc.returncode == -signum
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
@pytest.mark.subprocess
def test_hangup_ignored_by_nohup_stays_ignored_while_o_is_written(tmp_path):
    import signal

    out = tmp_path / "out.json"
    # As under `nohup declcli read … -o out.json`: SIGHUP ignored from the start.
    proc = subprocess.Popen(
        [sys.executable, "-m", "declcli", "read", "-", "-f", "json", "--no-claims", "-o", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN),
    )
    try:
        page = SEED_HTML.read_bytes()
        proc.stdin.write(page[:2000])
        proc.stdin.flush()
        _wait_for_temporary_file(proc, tmp_path)
        proc.send_signal(signal.SIGHUP)
        proc.stdin.write(page[2000:])
        proc.stdin.close()
        proc.wait(timeout=60)
    finally:
        _reap(proc)
    # The hangup changed nothing: the run finished and wrote its whole output.
    assert proc.returncode == 0
    assert json.loads(out.read_text())["schema"] == "declcli/1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
@pytest.mark.subprocess
def test_forked_worker_killed_by_sigterm_keeps_the_parents_temp_file(tmp_path):
    # --jobs workers are forked with the parent's list of temporary files;
    # Pool.terminate() sends them SIGTERM. Only the parent removes its files.
    script = (
        "import os, signal, sys\n"
        "from declcli.files import AtomicFile\n"
        f"out = AtomicFile({str(tmp_path / 'out.txt')!r})\n"
        "out.stream.write('whole')\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    os._exit(9)\n"
        "_, status = os.waitpid(pid, 0)\n"
        "assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM, status\n"
        "assert os.path.exists(out.tmp), 'the worker removed the parent file'\n"
        "out.commit()\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    assert (tmp_path / "out.txt").read_text() == "whole"
