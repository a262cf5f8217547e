"""Runs of many inputs under hostile conditions (issue 15, hangs and unbounded
reads): a --from list is read with bounds, and a --jobs worker that dies
(SIGKILL, as the OOM killer sends) is reported as that input's failure
instead of leaving the parent waiting forever."""

import errno
import json
import os
import signal
import subprocess
import sys

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli

from declcli.defaults import LIST_BYTES, LIST_LINE


def test_from_list_line_longer_than_the_bound_is_refused(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_bytes(f"{SEED_HTML}\n".encode() + b"x" * (LIST_LINE + 1) + b"\n")
    for res in (
        run_cli("read", "--from", listing, "-f", "jsonl"),
        run_cli("read", "--from", "-", "-f", "jsonl", stdin=listing.read_bytes()),
    ):
        assert res.returncode == 65 and res.stdout == b""
        assert res.stderr.decode().splitlines() == [
            f"declcli: {listing if b'--from -' not in res.stderr else '--from -'}: "
            f"line 2 of the --from list is longer than {LIST_LINE} bytes"
        ]


@pytest.mark.slow
def test_from_list_larger_than_the_bound_is_refused(tmp_path):
    listing = tmp_path / "list.txt"
    line = b"# a comment line of the list, many times over\n"
    listing.write_bytes(line * (LIST_BYTES // len(line) + 1))
    res = run_cli("fetch", "--from", listing, "-f", "jsonl")
    assert res.returncode == 65 and res.stdout == b""
    assert res.stderr.decode().splitlines() == [f"declcli: {listing}: the --from list is larger than 64 MiB; split it"]


def test_from_list_that_never_ends_is_refused():
    res = run_cli("read", "--from", "/dev/zero", timeout=30)
    assert res.returncode == 65 and b"longer than" in res.stderr and len(res.stderr.splitlines()) == 1


def test_from_list_within_the_bounds_is_read_as_before(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_bytes(f"# inputs\r\n{SEED_TEXT}\r\n\n  {SEED_HTML}  \n# end".encode())
    res = run_cli("read", "--from", listing, "-f", "jsonl", "--no-claims")
    assert res.returncode == 0, res.stderr
    assert [json.loads(line)["source"]["location"] for line in res.stdout.splitlines()] == [str(SEED_TEXT), str(SEED_HTML)]


# ------------------------------------------------------------ a worker that dies


def _children(pid: int) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    stat = fh.read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(name))
    return found


def _holder(pids: list[int], path: str) -> int | None:
    """Which of `pids` has `path` open."""
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == path:
                    return pid
            except OSError:
                continue
    return None


def _run_killing_the_reader(tmp_path, *options):
    """`read --jobs 2 FIFO SEED_HTML SEED_TEXT`: the worker that reads the
    FIFO waits on it (this test holds its writing end open and writes
    nothing), is found among the parent's children by its open FIFO and
    killed with SIGKILL, as the OOM killer would. Returns the finished run."""
    if not sys.platform.startswith("linux"):
        pytest.skip("finds the worker through /proc")
    fifo = str(tmp_path / "slow.html")
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "declcli",
            "read",
            "--jobs",
            "2",
            "--no-claims",
            "-f",
            "jsonl",
            *options,
            fifo,
            str(SEED_HTML),
            str(SEED_TEXT),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1"},
    )
    writer = None
    try:
        # Opening the writing end without blocking works once a reader has it open.
        while writer is None and proc.poll() is None:
            try:
                writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:
                    raise
                os.sched_yield()
        assert writer is not None, proc.communicate()
        reader = None
        while reader is None and proc.poll() is None:
            reader = _holder(_children(proc.pid), fifo)
        assert reader is not None and reader != proc.pid
        os.kill(reader, signal.SIGKILL)
        # A generous bound: the parent must end by itself (before the fix it waited forever).
        out, err = proc.communicate(timeout=120)
    finally:
        if writer is not None:
            os.close(writer)
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return proc.returncode, out, err, fifo


@pytest.mark.slow
@pytest.mark.subprocess
def test_killed_worker_fails_its_input_and_the_run_goes_on(tmp_path):
    code, out, err, fifo = _run_killing_the_reader(tmp_path, "--keep-going")
    docs = [json.loads(line) for line in out.splitlines()]
    assert code == 70, err
    assert [d["source"]["location"] for d in docs] == [fifo, str(SEED_HTML), str(SEED_TEXT)]
    assert docs[0]["error"] == {
        "code": 70,
        "message": f"{fifo}: the worker process reading it died (killed by SIGKILL; out of memory?)",
    }
    assert "error" not in docs[1] and "error" not in docs[2] and docs[1]["article"]["text"]
    assert err.decode().splitlines() == [f"declcli: {docs[0]['error']['message']}"]


@pytest.mark.slow
@pytest.mark.subprocess
def test_killed_worker_without_keep_going_stops_with_one_line(tmp_path):
    code, out, err, fifo = _run_killing_the_reader(tmp_path)
    assert code == 70 and out == b""
    assert err.decode().splitlines() == [
        f"declcli: {fifo}: the worker process reading it died (killed by SIGKILL; out of memory?) (add --keep-going to skip it)"
    ]
