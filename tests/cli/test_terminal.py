"""declcli as a person meets it on a terminal (issue 14) and as untrusted
pages meet the terminal (issue 15): real ptys (the pty module), never a
faked isatty."""

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def run_pty(*args, cols=80, rows=60, stdout_tty=True, stderr_tty=True, env=None, cwd=ROOT, timeout=60):
    """The CLI with stdout and/or stderr on a pty of `cols` columns; stdin is
    /dev/null. Returns (returncode, what the terminal got, piped stdout, piped stderr)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    full_env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR")}
    full_env.update({"TERM": "xterm-256color", **(env or {})})
    proc = subprocess.Popen(
        [sys.executable, "-m", "declcli", *map(str, args)],
        cwd=cwd,
        env=full_env,
        stdin=subprocess.DEVNULL,
        stdout=slave if stdout_tty else subprocess.PIPE,
        stderr=slave if stderr_tty else subprocess.PIPE,
    )
    os.close(slave)
    screen = bytearray()
    piped = {"out": bytearray(), "err": bytearray()}
    streams = {master: screen}
    if proc.stdout:
        streams[proc.stdout.fileno()] = piped["out"]
    if proc.stderr:
        streams[proc.stderr.fileno()] = piped["err"]
    try:
        while streams:
            ready, _, _ = select.select(list(streams), [], [], timeout)
            if not ready:
                proc.kill()
                raise AssertionError("the command hung")
            for fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:  # EIO: the pty's other side is closed
                    chunk = b""
                if chunk:
                    streams[fd] += chunk
                else:
                    del streams[fd]
    finally:
        os.close(master)
    code = proc.wait(timeout)
    return code, screen.decode("utf-8", "replace").replace("\r\n", "\n"), bytes(piped["out"]), bytes(piped["err"])


def plain(text):
    return ANSI.sub("", text)


# ------------------------------------------------------------ the table, by width


@pytest.mark.parametrize("cols", [50, 80, 200])
@pytest.mark.slow
@pytest.mark.subprocess
def test_table_on_a_terminal_fits_and_reads_as_blocks(cols):
    code, screen, _, _ = run_pty("read", SEED_HTML, cols=cols)
    assert code == 0
    text = plain(screen)
    lines = text.rstrip("\n").split("\n")
    assert max(len(line) for line in lines) <= cols
    assert not [line for line in lines if line != line.rstrip()], "lines padded with spaces"
    assert lines[0].startswith("Presidents Aliyev and Putin")
    assert "11 claims · 1 agreement · 8 paragraphs" in text  # the header's counts
    # One block per claim, numbered as in the data, the text at full width.
    starts = [line.split()[0] for line in lines if re.match(r"c\d+ ", line)]
    assert starts == [f"c{i}" for i in range(1, 12)]
    assert "intention, negated" in text and "NOT" not in text
    assert "\x1b[" in screen  # coloured on a terminal
    if cols >= 200:
        # Wide enough: every claim's text on one line, its details on the next.
        assert len(lines) < 50
    if cols == 80:
        assert len(lines) < 80  # was 126 lines for the same 11 claims


@pytest.mark.slow
@pytest.mark.subprocess
def test_table_honours_columns():
    code, screen, _, _ = run_pty("read", SEED_HTML, cols=200, env={"COLUMNS": "60"})
    assert code == 0
    assert max(len(line) for line in plain(screen).split("\n")) <= 60


@pytest.mark.slow
@pytest.mark.subprocess
def test_colour_follows_meaning_and_no_color_removes_it():
    code, screen, _, _ = run_pty("read", SEED_HTML)
    obligation = next(line for line in screen.split("\n") if "obligation" in line)
    assert re.search(r"\x1b\[[0-9;]*31m", obligation)  # red: an obligation
    code, screen, _, _ = run_pty("read", SEED_HTML, "--no-color")
    assert "\x1b[" not in screen


# ------------------------------------------------------------ -o on a terminal (issue 14, 2)


@pytest.mark.parametrize(
    "name,start",
    [
        ("out.yaml", b"schema: declcli/1\n"),
        ("out.json", b"{\n"),
        ("out.jsonl", b'{"schema"'),
        ("out.dat", b"schema: declcli/1\n"),
    ],
)
@pytest.mark.slow
@pytest.mark.subprocess
def test_output_file_format_follows_the_file_not_the_terminal(tmp_path, name, start):
    out = tmp_path / name
    code, screen, _, _ = run_pty("read", SEED_HTML, "-o", out)
    assert code == 0 and screen == ""
    assert out.read_bytes().startswith(start)
    assert run_cli("validate", out).returncode == 0


# ------------------------------------------------------------ progress (issue 14, 3)


@pytest.mark.slow
@pytest.mark.subprocess
def test_no_progress_bar_on_the_screen_that_shows_the_data():
    code, screen, _, _ = run_pty("read", SEED_HTML, SEED_TEXT, SEED_HTML, "-f", "jsonl")
    assert code == 0
    assert "reading" not in screen and "━" not in screen
    assert [line[:10] for line in screen.strip().split("\n")] == ['{"schema":'] * 3


@pytest.mark.slow
@pytest.mark.subprocess
def test_progress_on_stderr_when_the_data_goes_elsewhere(tmp_path):
    code, screen, out, _ = run_pty(
        "read", SEED_HTML, SEED_TEXT, tmp_path / "missing.html", "-f", "jsonl", "--keep-going", stdout_tty=False
    )
    assert code == 66
    assert [line[:10] for line in out.decode().strip().split("\n")] == ['{"schema":'] * 3
    # The closing summary, plurals right; the failing input named once.
    assert re.search(r"declcli: 2 documents, 1 error, \d+\.\d s", plain(screen))
    assert plain(screen).count("missing.html") >= 1
    assert "missing.html: missing.html" not in plain(screen)


def test_summary_with_verbose_and_plurals():
    res = run_cli("read", SEED_HTML, "-v")
    err = res.stderr.decode()
    assert re.search(r"11 claims, 8 paragraphs, 1 agreement\b", err)
    assert re.search(r"declcli: 1 document, \d+\.\d s", err)


# ------------------------------------------------------------ help screens


@pytest.mark.parametrize("command", ["read", "fetch", "batch", "diff", "validate", "schema"])
def test_every_command_has_examples_and_readable_metavars(command):
    res = run_cli(command, "--help", env={"COLUMNS": "100"})
    assert res.returncode == 0
    out = res.stdout.decode()
    assert "Examples:" in out and f"declcli {command}" in out.split("Examples:")[1]
    assert "<str>" not in out and "<int" not in out and "<float" not in out and "[default: 0]" not in out


def test_options_are_grouped_into_panels():
    out = run_cli("read", "--help", env={"COLUMNS": "100"}).stdout.decode()
    order = [out.index(f"{name} options:") for name in ("Input", "Output", "Run")]
    assert order == sorted(order)
    assert out.index("--from FILE") < out.index("Output options:") < out.index("-o, --output FILE") < out.index("Run options:")
    assert "--reference-date DATE" in out and "--jobs N" in out and "--max-bytes BYTES" in out
    fetch = run_cli("fetch", "--help", env={"COLUMNS": "100"}).stdout.decode()
    assert "Fetch options:" in fetch and fetch.index("Fetch options:") < fetch.index("--timeout SECONDS")


def test_diff_help_explains_old_and_new():
    out = run_cli("diff", "--help", env={"COLUMNS": "100"}).stdout.decode()
    assert "OLD is the reference" in out and re.search(r"OLD\s+The reference", out) and re.search(r"NEW\s+What is compared", out)


@pytest.mark.subprocess
def test_help_does_not_import_rich():
    code = (
        "import sys; from declcli.cli import main\n"
        "try:\n    main(['read', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('rich' in sys.modules, file=sys.stderr)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.stderr.strip().endswith("False")
