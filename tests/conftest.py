import io
import os
import select
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_HTML = ROOT / "fixtures" / "seed" / "aliyev-putin-declaration.html"
SEED_TEXT = ROOT / "fixtures" / "seed" / "000_6e7106922741f6b0.txt"
DATASETS = ROOT.parent / "shared" / "datasets"


def run_cli(*args, stdin=None, env=None, timeout=60, process=False):
    """The CLI on `args`, as a user's shell would run it: exit code, stdout
    and stderr (bytes) in a subprocess.CompletedProcess.

    By default it runs in this process: `declcli.cli.main(args)` (what the
    entry point calls) with its own stdin, stdout, stderr, environment and
    working directory, so the language model is loaded once per test
    process instead of once per run. `process=True` starts `python -m
    declcli` instead, for what only a real process shows: worker pools
    (`--jobs 2`, `batch`), signals, terminals, the entry point's own
    start-up, the interpreter's recursion depth and memory.
    """
    argv = [str(a) for a in args]
    if process:
        return _run_process(argv, stdin, env, timeout)
    pool = argv[:1] == ["batch"] or any(a == "--jobs" and argv[n + 1 : n + 2] != ["1"] for n, a in enumerate(argv))
    if pool and "--help" not in argv:
        raise ValueError("worker processes are not forked from the test process: pass process=True")
    return _run_in_process(argv, stdin, env, timeout)


class CliTimeout(BaseException):
    """A run in this process took longer than its timeout (a BaseException,
    so that the CLI's last line of defence does not turn it into exit 70)."""


def _run_in_process(argv, stdin, env, timeout):
    from declcli.cli import main

    out, err = io.BytesIO(), io.BytesIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    # The streams a subprocess with pipes has: UTF-8, not terminals; stdin empty unless given.
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    os.environ.update({"NO_COLOR": "1", **(env or {})})
    os.chdir(ROOT)

    def expire(signum, frame):
        raise CliTimeout(f"declcli {' '.join(argv)} ran longer than {timeout} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    code = 0
    try:
        main(argv)
    except SystemExit as exc:
        if isinstance(exc.code, str):
            sys.stderr.write(exc.code + "\n")
            code = 1
        else:
            code = exc.code or 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except ValueError:  # closed by the command
                pass
        stdout, stderr = out.getvalue(), err.getvalue()
        sys.stdin, sys.stdout, sys.stderr = saved
        os.environ.clear()
        os.environ.update(saved_env)
        os.chdir(saved_cwd)
    return subprocess.CompletedProcess(["declcli", *argv], code, stdout, stderr)


def _run_process(argv, stdin, env, timeout):
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "declcli", *argv],
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


@pytest.fixture
def cli():
    return run_cli


# Fixtures that start an HTTP (or scheduler) server on 127.0.0.1; a test that asks for one is
# marked `network` here, so that the mark follows the fixture instead of being copied by hand.
LOOPBACK_SERVER_FIXTURES = {"httpserver", "server", "raw_server", "tls_server", "cluster"}


def pytest_collection_modifyitems(items):
    for item in items:
        if LOOPBACK_SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.network)


class LoopbackServer:
    """A TCP server on 127.0.0.1 whose `handler(server, conn)` answers each
    request; the handler reports through `client_left` (the client closed
    the connection before the answer was whole) and `finished` (it was)."""

    def __init__(self, handler):
        self.handler = handler
        self.requests = 0
        self.client_left = threading.Event()
        self.finished = threading.Event()
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        try:
            conn.recv(65536)
            self.requests += 1
            self.handler(self, conn)
            self.finished.set()
        except OSError:  # the client reset the connection
            self.client_left.set()
        finally:
            conn.close()

    def send_slowly(self, conn, data: bytes, step: int, pause: float) -> None:
        """`data`, `step` bytes every `pause` seconds; a client that closes
        its end in the meantime sets `client_left` and ends the answer."""
        for i in range(0, len(data), step):
            if self.stop.is_set():
                return
            conn.sendall(data[i : i + step])
            readable, _, _ = select.select([conn], [], [], pause)
            if readable and not conn.recv(1):
                raise ConnectionResetError  # an orderly close: the client gave up

    def close(self):
        self.stop.set()
        self.sock.close()
