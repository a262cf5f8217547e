"""fetch's limits on hostile servers and settings (issue 15): redirects to
internal addresses, invalid host names, proxy variables it cannot use, one
deadline through dripped headers and every hop, redirect bodies never read,
--max-bytes on cache hits. Every server is a real one on 127.0.0.1."""

import json

import pytest
from conftest import SEED_HTML, LoopbackServer, run_cli
from werkzeug import Response

SEED = SEED_HTML.read_bytes()


@pytest.fixture
def server():
    made = []

    def make(handler):
        s = LoopbackServer(handler)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


def _redirect_to(location: str, body_length: int = 0) -> bytes:
    return (
        f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Type: text/html\r\nContent-Length: {body_length}\r\n\r\n"
    ).encode()


def _seed_answer(server, conn):
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(SEED) + SEED
    )


def _one_line(res) -> str:
    err = res.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err and "internal error" not in err, err
    return err


# --------------------------------------------------- item 8: redirects to internal addresses


def test_redirect_to_a_private_address_is_followed_by_default(server):
    """The default: a user fetching their own intranet expects its redirects
    to work, loopback and private addresses included."""
    target = server(_seed_answer)
    start = server(lambda s, conn: conn.sendall(_redirect_to(f"http://localhost:{target.port}/story")))
    res = run_cli("fetch", start.url, "-f", "json", "--retries", "0", "--no-claims")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["source"]["final_url"] == f"http://localhost:{target.port}/story"


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "2130706433",
        "0x7f000001",
        "127.1",
        "0.0.0.0",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "localhost",
        "LOCALHOST",
    ],
)
def test_no_private_redirects_refuses_every_form_of_an_internal_address(server, host):
    target = server(_seed_answer)
    start = server(lambda s, conn: conn.sendall(_redirect_to(f"http://{host}:{target.port}/admin")))
    res = run_cli("fetch", start.url, "--no-private-redirects", "-f", "json", "--retries", "0")
    assert res.returncode == 76 and res.stdout == b""
    line = _one_line(res)
    assert "refused a redirect to a loopback address" in line or "unspecified address" in line, line
    assert "--no-private-redirects" in line
    assert target.requests == 0  # refused before any connection


def test_no_private_redirects_still_fetches_the_url_given(server):
    """Only redirects are checked: the user chose the URL they typed."""
    target = server(_seed_answer)
    res = run_cli("fetch", target.url, "--no-private-redirects", "-f", "json", "--no-claims", "--retries", "0")
    assert res.returncode == 0, res.stderr


@pytest.mark.parametrize(
    "address, kind",
    [
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("2002:7f00:1::", "loopback"),
        ("240.0.0.1", "reserved"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "non-public"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_kinds(address, kind):
    import ipaddress

    from declcli.input.fetching import address_kind

    assert address_kind(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "0177.0.0.1", "127.1", "[::ffff:127.0.0.1]"])
def test_numeric_host_forms_are_read_as_the_c_library_reads_them(host):
    import ipaddress

    from declcli.input.fetching import host_addresses

    found = host_addresses(host, 80)
    assert found and all(
        a == ipaddress.ip_address("127.0.0.1") or a.ipv4_mapped == ipaddress.ip_address("127.0.0.1") for a in found
    )


@pytest.mark.slow
@pytest.mark.subprocess
def test_batch_refuses_private_redirects_too(server, tmp_path):
    target = server(_seed_answer)
    start = server(lambda s, conn: conn.sendall(_redirect_to(f"http://127.1:{target.port}/")))
    out = tmp_path / "out"
    res = run_cli(
        "batch", start.url, "--output", out, "--jobs", "1", "--no-claims", "--no-private-redirects", process=True, timeout=120
    )
    assert res.returncode == 76, res.stderr
    records = [json.loads(line) for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text().splitlines()]
    assert [r["error"]["code"] for r in records] == [76]
    assert target.requests == 0


# --------------------------------------------------- item 2: invalid host names


@pytest.mark.parametrize("location", ["http://ex..ample/", f"http://{'a' * 64}.example/", "http://0177.0.0.1/"])
def test_redirect_to_an_invalid_host_is_one_line_and_keep_going_writes_o(server, tmp_path, location):
    good = server(_seed_answer)
    bad = server(lambda s, conn: conn.sendall(_redirect_to(location)))
    out = tmp_path / "out.jsonl"
    res = run_cli("fetch", bad.url, good.url, "-k", "-f", "jsonl", "-o", out, "--retries", "0", "--no-claims")
    assert res.returncode == 76, res.stderr
    assert "redirected to" in _one_line(res)
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert docs[0]["error"]["code"] == 76 and "article" in docs[1]


@pytest.mark.parametrize("url", ["http://ex..ample/", f"http://{'a' * 64}.example/"])
def test_invalid_host_given_is_one_line(url):
    res = run_cli("fetch", url, "--retries", "0")
    assert res.returncode == 76 and res.stdout == b""
    assert "invalid host name" in _one_line(res)


# --------------------------------------------------- item 3: proxy variables


def _only_proxy(variable: str, value: str) -> dict:
    """An environment with one proxy variable set and the others empty (an
    empty lowercase one would hide its uppercase twin, as urllib reads them)."""
    names = ("all_proxy", "ALL_PROXY", "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY")
    return {**{n: "" for n in names if n.lower() != variable.lower()}, variable: value}


@pytest.mark.parametrize("variable", ["ALL_PROXY", "HTTPS_PROXY", "all_proxy"])
def test_socks_proxy_variable_is_one_line_exit_69(variable):
    """Without socksio, httpx cannot use a SOCKS proxy (exit 69, what to
    install); with it, the proxy on a closed loopback port refuses (69)."""
    env = _only_proxy(variable, "socks5://127.0.0.1:9")
    res = run_cli("fetch", "http://127.0.0.1:9/story", "--retries", "0", env=env)
    assert res.returncode == 69 and res.stdout == b""
    line = _one_line(res)
    try:
        import socksio  # noqa: F401
    except ImportError:
        assert f"{variable} names a SOCKS proxy" in line and "httpx[socks]" in line


@pytest.mark.parametrize(
    "variable, value", [("http_proxy", "::::"), ("HTTP_PROXY", "http://[::1"), ("https_proxy", "http://proxy:port/")]
)
def test_malformed_proxy_variable_is_a_usage_error(variable, value):
    env = _only_proxy(variable, value)
    res = run_cli("fetch", "http://127.0.0.1:9/story", "--retries", "0", env=env)
    assert res.returncode == 2 and res.stdout == b""
    assert f"{variable} is not a usable proxy URL" in _one_line(res)


# --------------------------------------------------- item 4: one deadline, headers included

_DRIPPED_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"p" * 20 + b"\r\nContent-Length: %d\r\n\r\n" % len(SEED)
)


def _drip_head(server, conn):
    # About 50 bytes a second for 30 s: every read is quick, the whole is not.
    server.send_slowly(conn, _DRIPPED_HEAD, 1, 0.5)
    conn.sendall(SEED)


@pytest.mark.slow
def test_headers_dripped_a_byte_at_a_time_hit_the_deadline(server):
    slow = server(_drip_head)
    res = run_cli("fetch", slow.url, "--timeout", "2", "--retries", "0")
    assert res.returncode == 75 and res.stdout == b""
    assert "timed out after 2 s" in _one_line(res)
    # The client gave up while the server was still dripping its headers.
    assert slow.client_left.wait(10) and not slow.finished.is_set()


@pytest.mark.slow
def test_the_deadline_covers_every_redirect_hop(server):
    slow = server(_drip_head)
    start = server(lambda s, conn: conn.sendall(_redirect_to(slow.url)))
    res = run_cli("fetch", start.url, "--timeout", "2", "--retries", "0")
    assert res.returncode == 75 and "timed out after 2 s" in _one_line(res)
    assert slow.requests == 1 and slow.client_left.wait(10) and not slow.finished.is_set()


@pytest.mark.slow
def test_each_retry_gets_its_own_deadline_and_the_run_ends(server):
    slow = server(_drip_head)
    res = run_cli("fetch", slow.url, "--timeout", "1", "--retries", "1")
    assert res.returncode == 75 and "timed out after 1 s" in _one_line(res)
    assert slow.requests == 2 and not slow.finished.is_set()


# --------------------------------------------------- item 5: redirect bodies

_BIG = 20 * 1024 * 1024


def _redirect_with_a_big_body(target):
    def answer(server, conn):
        conn.sendall(_redirect_to(target.url, _BIG))
        server.send_slowly(conn, b"x" * _BIG, 64 * 1024, 0.02)  # 20 MB in about 7 s

    return answer


def _redirect_with_a_dripped_body(target):
    def answer(server, conn):
        conn.sendall(_redirect_to(target.url, 60))
        server.send_slowly(conn, b"x" * 60, 1, 0.5)  # 30 s

    return answer


@pytest.mark.parametrize("body", [_redirect_with_a_big_body, _redirect_with_a_dripped_body])
def test_a_redirect_body_is_never_read(server, body):
    target = server(_seed_answer)
    start = server(body(target))
    res = run_cli("fetch", start.url, "--max-bytes", "100000", "--timeout", "3", "--retries", "0", "-f", "json", "--no-claims")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["article"]["site"] == "Caspian Ledger"
    # The redirect's connection was dropped after its headers, not read to its end.
    assert start.client_left.wait(10) and not start.finished.is_set()


# --------------------------------------------------- item 6: --max-bytes on a cache hit


def test_a_cache_hit_larger_than_max_bytes_is_refused(httpserver, tmp_path):
    calls = []

    def story(request):
        calls.append(1)
        return Response(SEED, content_type="text/html")

    httpserver.expect_request("/story").respond_with_handler(story)
    url, cache = httpserver.url_for("/story"), tmp_path / "cache"
    first = run_cli("fetch", url, "--cache", cache, "-f", "json", "--no-claims")
    assert first.returncode == 0, first.stderr
    res = run_cli("fetch", url, "--cache", cache, "--max-bytes", "1000", "-f", "json", "--no-claims")
    assert res.returncode == 65 and res.stdout == b""
    assert "larger than --max-bytes (1000 bytes), in the cache" in _one_line(res)
    assert len(calls) == 1  # refused from the cache, as a fetch of it would be
    same = run_cli("fetch", url, "--cache", cache, "--max-bytes", str(len(SEED)), "-f", "json", "--no-claims")
    assert same.returncode == 0 and len(calls) == 1


# --------------------------------------------------- the API: declcli.fetch, called twice


@pytest.mark.slow
def test_api_fetch_can_be_called_again(httpserver):
    """A module named declcli.fetch once hid the function of that name once imported (it is
    declcli.input.fetching now)."""
    import declcli

    httpserver.expect_request("/story").respond_with_data(SEED, content_type="text/html")
    first = declcli.fetch(httpserver.url_for("/story"), retries=0)
    second = declcli.fetch(httpserver.url_for("/story"), retries=0)
    assert first.article.site == second.article.site == "Caspian Ledger"
    assert callable(declcli.fetch) and not hasattr(declcli.fetch, "fetch_url")
