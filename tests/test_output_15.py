"""Issue 15: output that cannot be written, and validate/diff on hostile
files. A closed or full stdout, a stdout whose encoding cannot hold the
text, and a full disk under -o each end in one line and a documented exit
code (74 for output errors), never a traceback or exit 70, and -o leaves no
temporary file behind."""

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SEED_HTML, run_cli


def _process(*args, preexec=None, env=None, stdout=subprocess.PIPE, timeout=120):
    """`python -m declcli args` in a real process (standard streams and
    resource limits are the process's own)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "declcli", *map(str, args)], stdout=stdout,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=full_env, cwd=ROOT,
                          timeout=timeout, preexec_fn=preexec)


def _close_stdout():
    os.close(1)


def _one_line(stderr: bytes) -> str:
    err = stderr.decode()
    assert "Traceback" not in err and "internal error" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    return err


# ------------------------------------------------------------------ stdout


@pytest.mark.parametrize("args", [("read", SEED_HTML, "-f", "json", "--no-claims"), ("schema",), ("--version",)],
                         ids=["read", "schema", "version"])
def test_closed_stdout_is_an_output_error(args):
    res = _process(*args, preexec=_close_stdout, stdout=None)
    assert res.returncode == 74, res.stderr
    assert "stdout: is closed" in _one_line(res.stderr)


def test_closed_stdout_validate_and_diff(tmp_path):
    doc = tmp_path / "doc.json"
    doc.write_bytes(run_cli("read", SEED_HTML, "-f", "json", "--no-claims").stdout)
    for args in (("validate", doc), ("diff", doc, doc, "-f", "yaml")):
        res = _process(*args, preexec=_close_stdout, stdout=None)
        assert res.returncode == 74, (args, res.stderr)
        assert "stdout: is closed" in _one_line(res.stderr)


def test_closed_stdout_does_not_matter_with_o(tmp_path):
    out = tmp_path / "out.json"
    res = _process("read", SEED_HTML, "-f", "json", "--no-claims", "-o", out, preexec=_close_stdout, stdout=None)
    assert res.returncode == 0, res.stderr
    assert json.loads(out.read_text())["schema"] == "declcli/1"
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_closed_stderr_never_puts_error_lines_in_the_data(tmp_path):
    # With fd 2 closed, print(file=sys.stderr) would fall back to stdout.
    res = _process("read", tmp_path / "missing.html", "-f", "json", preexec=lambda: os.close(2))
    assert res.returncode == 66
    assert res.stdout == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [("read", SEED_HTML, "-f", "yaml", "--no-claims"), ("schema",)], ids=["read", "schema"])
def test_full_stdout_is_an_output_error(args):
    with open("/dev/full", "w") as full:
        res = _process(*args, stdout=full)
    assert res.returncode == 74, res.stderr
    assert "stdout: cannot write: No space left on device" in _one_line(res.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_full_stdout_validate_is_an_output_error(tmp_path):
    doc = tmp_path / "doc.json"
    doc.write_bytes(run_cli("read", SEED_HTML, "-f", "json", "--no-claims").stdout)
    with open("/dev/full", "w") as full:
        res = _process("validate", doc, stdout=full)
    assert res.returncode == 74, res.stderr
    assert "No space left on device" in _one_line(res.stderr)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_data_on_a_non_utf8_stdout_is_utf8(encoding):
    # A user piping to a file expects UTF-8 data whatever the locale says.
    utf8 = _process("read", SEED_HTML, "-f", "yaml", "--no-claims")
    other = _process("read", SEED_HTML, "-f", "yaml", "--no-claims", env={"PYTHONIOENCODING": encoding})
    assert utf8.returncode == other.returncode == 0, other.stderr
    assert other.stdout == utf8.stdout
    assert "Главная".encode() in other.stdout


def test_table_on_an_ascii_stdout_escapes_what_it_cannot_show():
    res = _process("read", SEED_HTML, "-f", "table", "--no-claims", env={"PYTHONIOENCODING": "ascii", "COLUMNS": "80"})
    assert res.returncode == 0, res.stderr
    text = res.stdout.decode("ascii")  # every byte ASCII
    assert "\\u0413\\u043b\\u0430\\u0432" in text  # "Глав…" escaped, not dropped
    assert "-" * 80 in text  # the rule in dashes, not "\u2500" escapes
    assert "\\u2500" not in text


# ------------------------------------------------------------------ -o on a full disk


def _file_size_limit(limit: int):
    def set_limit():
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return set_limit


@pytest.mark.skipif(not hasattr(os, "fork"), reason="resource limits need a POSIX system")
@pytest.mark.parametrize("fmt", ["json", "yaml", "jsonl", "csv", "markdown", "text"])
def test_o_past_the_file_size_limit_is_an_output_error_and_leaves_no_temp_file(tmp_path, fmt):
    # RLIMIT_FSIZE makes write() fail with EFBIG (Python ignores SIGXFSZ), as
    # a full disk fails it with ENOSPC: both are "output could not be written".
    out = tmp_path / f"out.{fmt}"
    out.write_text("the old file\n")
    res = _process("read", SEED_HTML, "-f", fmt, "-o", out, preexec=_file_size_limit(2048))
    assert res.returncode == 74, res.stderr
    assert f"{out}: cannot write: File too large" in _one_line(res.stderr)
    assert out.read_text() == "the old file\n"
    assert sorted(os.listdir(tmp_path)) == [out.name]


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs, nearly full: a real ENOSPC (needs root and mount)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("mount is not permitted here")
    try:
        (disk / "fill").write_bytes(b"\0" * (60 * 1024))
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


def test_o_on_a_full_disk_is_an_output_error_and_leaves_no_temp_file(tiny_disk):
    out = tiny_disk / "out.json"
    res = _process("read", SEED_HTML, "-f", "json", "-o", out)
    assert res.returncode == 74, res.stderr
    assert f"{out}: cannot write: No space left on device" in _one_line(res.stderr)
    assert sorted(os.listdir(tiny_disk)) == ["fill"]
