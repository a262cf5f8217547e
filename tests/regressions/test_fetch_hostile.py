"""fetch against slow, failing, huge, compressed, lying and redirecting
servers, all real servers on 127.0.0.1 started here."""

import gzip
import json
import os
import threading
import time

import pytest
from conftest import SEED_HTML, LoopbackServer, run_cli
from werkzeug import Response


@pytest.fixture
def seed_bytes():
    return SEED_HTML.read_bytes()


@pytest.mark.slow
def test_retry_on_503_then_success(httpserver, seed_bytes):
    calls = []

    def flaky(request):
        calls.append(time.monotonic())
        if len(calls) < 3:
            return Response("busy", status=503, headers={"Retry-After": "1"})
        return Response(seed_bytes, content_type="text/html")

    httpserver.expect_request("/flaky").respond_with_handler(flaky)
    res = run_cli("fetch", httpserver.url_for("/flaky"), "--retries", "3", "-f", "json")
    assert res.returncode == 0, res.stderr
    assert len(calls) == 3
    # Retry-After: 1 was honoured between attempts.
    assert calls[1] - calls[0] >= 0.9 and calls[2] - calls[1] >= 0.9


@pytest.mark.slow
def test_retries_exhausted_gives_temporary_failure(httpserver):
    httpserver.expect_request("/down").respond_with_data("down", status=502)
    res = run_cli("fetch", httpserver.url_for("/down"), "--retries", "1")
    assert res.returncode == 75 and b"HTTP 502" in res.stderr


def test_no_retry_on_404(httpserver):
    calls = []

    def gone(request):
        calls.append(1)
        return Response("gone", status=404)

    httpserver.expect_request("/gone").respond_with_handler(gone)
    assert run_cli("fetch", httpserver.url_for("/gone"), "--retries", "3").returncode == 76
    assert len(calls) == 1


def test_gzip_response_is_decoded(httpserver, seed_bytes):
    httpserver.expect_request("/gz").respond_with_data(
        gzip.compress(seed_bytes), headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )
    res = run_cli("fetch", httpserver.url_for("/gz"), "-f", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["article"]["site"] == "Caspian Ledger"


@pytest.mark.slow
def test_gzip_bomb_stops_at_max_bytes(httpserver):
    bomb = gzip.compress(b"<p>" + b"a" * (50 * 1024 * 1024))
    assert len(bomb) < 200_000
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"}, content_type="text/html")
    res = run_cli("fetch", httpserver.url_for("/bomb"), "--max-bytes", "1000000")
    assert res.returncode == 65 and b"--max-bytes" in res.stderr


def test_body_over_max_bytes(httpserver):
    httpserver.expect_request("/big").respond_with_data(b"<p>" + b"x" * 3_000_000, content_type="text/html")
    res = run_cli("fetch", httpserver.url_for("/big"), "--max-bytes", "100000")
    assert res.returncode == 65 and b"--max-bytes" in res.stderr and res.stdout == b""


def test_redirect_to_other_scheme_is_refused(httpserver):
    httpserver.expect_request("/evil").respond_with_response(Response(status=302, headers={"Location": "file:///etc/passwd"}))
    res = run_cli("fetch", httpserver.url_for("/evil"))
    assert res.returncode == 76 and res.stdout == b""


def test_final_url_and_fetched_at(httpserver, seed_bytes):
    httpserver.expect_request("/a").respond_with_response(Response(status=301, headers={"Location": "/b"}))
    httpserver.expect_request("/b").respond_with_data(seed_bytes, content_type="text/html")
    doc = json.loads(run_cli("fetch", httpserver.url_for("/a"), "-f", "json").stdout)
    assert doc["source"]["location"] == httpserver.url_for("/a")
    assert doc["source"]["final_url"] == httpserver.url_for("/b")
    assert doc["source"]["fetched_at"].endswith("+00:00")


@pytest.mark.slow
def test_cache_makes_reruns_offline_and_identical(httpserver, seed_bytes, tmp_path):
    httpserver.expect_request("/c").respond_with_data(seed_bytes, content_type="text/html")
    url = httpserver.url_for("/c")
    first = run_cli("fetch", url, "--cache", tmp_path / "cache", "-f", "json")
    assert first.returncode == 0
    httpserver.clear()  # the server now answers 500 to everything
    second = run_cli("fetch", url, "--cache", tmp_path / "cache", "-f", "json")
    assert second.returncode == 0, second.stderr
    assert first.stdout == second.stdout


@pytest.mark.slow
def test_several_urls_and_keep_going(httpserver, seed_bytes):
    httpserver.expect_request("/ok").respond_with_data(seed_bytes, content_type="text/html")
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    res = run_cli(
        "fetch",
        httpserver.url_for("/ok"),
        httpserver.url_for("/missing"),
        httpserver.url_for("/ok"),
        "-f",
        "jsonl",
        "--keep-going",
    )
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert res.returncode == 76
    assert [("error" in d) for d in docs] == [False, True, False]
    assert docs[1]["error"]["code"] == 76 and docs[1]["source"]["kind"] == "url"


# ------------------------------------------------------------ raw sockets for lying servers


@pytest.fixture
def raw_server():
    servers = []

    def make(handler):
        # A lying server answers with `handler(conn, stop)`: it needs nothing else of the server.
        s = LoopbackServer(lambda server, conn: handler(conn, server.stop))
        servers.append(s)
        return s.url

    yield make
    for s in servers:
        s.close()


@pytest.mark.slow
def test_dripping_server_hits_the_total_deadline(raw_server):
    def drip(conn, stop):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>")
        for _ in range(200):  # one byte every 0.1 s: each read is quick, the whole is not
            if stop.is_set():
                return
            conn.sendall(b"a")
            time.sleep(0.1)

    url = raw_server(drip)
    start = time.monotonic()
    res = run_cli("fetch", url, "--timeout", "1.5", "--retries", "0")
    assert res.returncode == 75 and b"timed out" in res.stderr
    assert time.monotonic() - start < 10


def test_content_length_that_lies(raw_server):
    def short(conn, stop):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<p>only this</p>")

    res = run_cli("fetch", raw_server(short), "--retries", "0")
    assert res.returncode == 75 and res.stdout == b""
    assert b"broke the connection" in res.stderr


def test_content_type_that_lies(raw_server):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4

    def liar(conn, stop):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(png) + png)

    res = run_cli("fetch", raw_server(liar), "--retries", "0")
    assert res.returncode == 65 and b"PNG" in res.stderr


def test_tls_is_verified_with_an_opt_out(raw_server):
    # Not a TLS server: the handshake fails and the cause is named.
    def plain(conn, stop):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")

    url = raw_server(plain).replace("http://", "https://")
    res = run_cli("fetch", url, "--retries", "0")
    assert res.returncode in (69, 75) and res.stdout == b""
    assert b"Traceback" not in res.stderr


@pytest.fixture
def tls_server(tmp_path, seed_bytes):
    """An https server on 127.0.0.1 with a self-signed certificate."""
    import http.server
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(seed_bytes)))
            self.end_headers()
            self.wfile.write(seed_bytes)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.slow
def test_self_signed_certificate_refused_unless_insecure(tls_server):
    res = run_cli("fetch", tls_server, "--retries", "0")
    assert res.returncode == 69 and b"TLS" in res.stderr and b"--insecure" in res.stderr
    res = run_cli("fetch", tls_server, "--insecure", "-f", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["article"]["site"] == "Caspian Ledger"


@pytest.mark.slow
@pytest.mark.subprocess
def test_ctrl_c_exits_130_and_leaves_no_file(raw_server, tmp_path):
    import signal
    import subprocess
    import sys

    from conftest import ROOT

    def hang(conn, stop):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>")
        stop.wait(20)

    url = raw_server(hang)
    out = tmp_path / "out.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "declcli", "fetch", url, "--timeout", "30", "-o", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert stdout == b""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
@pytest.mark.subprocess
def test_progress_bar_only_on_a_terminal_stderr(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    from conftest import ROOT, SEED_TEXT

    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "declcli", "read", str(SEED_HTML), str(SEED_TEXT), "-f", "jsonl"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=slave,
            stdin=subprocess.DEVNULL,
            timeout=60,
        )
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 2
    assert b"reading" in seen  # the bar's label, drawn on the terminal
    piped = run_cli("read", SEED_HTML, SEED_TEXT, "-f", "jsonl")
    assert piped.stderr == b""


def test_shell_completion_script():
    # typer guesses the shell from the parent processes unless told not to (its own test switch),
    # and then the argument names it: under make, the parent is sh, which has no completion.
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    res = run_cli("--show-completion", "bash", env=env, process=True)
    assert res.returncode == 0 and b"complete" in res.stdout and b"declcli" in res.stdout


@pytest.mark.slow
def test_proxy_from_the_environment(httpserver, seed_bytes):
    """HTTP_PROXY is honoured: a host that does not resolve is reached
    through the proxy on loopback, which answers for it."""
    httpserver.expect_request("/story").respond_with_data(seed_bytes, content_type="text/html")
    proxy = httpserver.url_for("/").rstrip("/")
    res = run_cli(
        "fetch",
        "http://news.invalid/story",
        "-f",
        "json",
        "--retries",
        "0",
        env={"HTTP_PROXY": proxy, "http_proxy": proxy, "NO_PROXY": "", "no_proxy": ""},
    )
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["article"]["site"] == "Caspian Ledger"
    without = run_cli("fetch", "http://news.invalid/story", "--retries", "0", env={"HTTP_PROXY": "", "http_proxy": ""})
    assert without.returncode == 68


@pytest.mark.slow
def test_verbose_says_when_a_fetch_retries_or_hits_the_cache(httpserver, seed_bytes, tmp_path):
    calls = []

    def flaky(request):
        calls.append(1)
        if len(calls) < 2:
            return Response("busy", status=503)
        return Response(seed_bytes, content_type="text/html")

    httpserver.expect_request("/flaky-v").respond_with_handler(flaky)
    url = httpserver.url_for("/flaky-v")
    first = run_cli("fetch", url, "--retries", "2", "--cache", tmp_path / "cache", "-f", "json", "-v")
    assert first.returncode == 0, first.stderr
    err = first.stderr.decode()
    assert f"{url}: HTTP 503" in err and "retry 1 of 2 in" in err and "stored in the cache" in err
    second = run_cli("fetch", url, "--cache", tmp_path / "cache", "-f", "json", "-v")
    assert "from the cache" in second.stderr.decode() and len(calls) == 2
    quiet = run_cli("fetch", url, "--cache", tmp_path / "cache", "-f", "json")
    assert quiet.stderr == b""


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, br"])
def test_compression_never_asked_for_is_named(httpserver, encoding):
    # declcli sends Accept-Encoding: gzip, deflate; a server that answers in another is refused by name.
    httpserver.expect_request("/z").respond_with_data(
        bytes(range(256)) * 8, content_type="text/html", headers={"Content-Encoding": encoding}
    )
    res = run_cli("fetch", httpserver.url_for("/z"), "--retries", "0")
    assert res.returncode == 65 and res.stdout == b""
    line = res.stderr.decode()
    assert len(line.strip().splitlines()) == 1
    assert f"compressed with {encoding.split(', ')[-1]}" in line and "binary data" not in line
    assert httpserver.log[0][0].headers["Accept-Encoding"] == "gzip, deflate"


def _close_delimited_gzip(body: bytes, cut: bool):
    packed = gzip.compress(body)

    def serve(conn, stop):
        # No Content-Length, no chunks: the body ends when the connection closes.
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
            b"Connection: close\r\n\r\n" + (packed[: len(packed) // 2] if cut else packed)
        )

    return serve


def test_close_delimited_body_cut_short_is_an_error(raw_server, seed_bytes):
    res = run_cli("fetch", raw_server(_close_delimited_gzip(seed_bytes, cut=True)), "--retries", "0")
    assert res.returncode == 75 and res.stdout == b""
    assert b"broke the connection" in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_close_delimited_body_that_ends_is_read(raw_server, seed_bytes):
    res = run_cli("fetch", raw_server(_close_delimited_gzip(seed_bytes, cut=False)), "--retries", "0", "-f", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["article"]["site"] == "Caspian Ledger"
