"""`declcli fetch` against a real HTTP server on 127.0.0.1 (pytest-httpserver)."""

import json
import time

import pytest
from conftest import SEED_HTML, run_cli
from werkzeug import Response


@pytest.fixture
def seed_bytes():
    return SEED_HTML.read_bytes()


@pytest.mark.slow
def test_fetch_seed_page_same_as_read(httpserver, seed_bytes):
    httpserver.expect_request("/news/seed.html").respond_with_data(seed_bytes, content_type="text/html; charset=utf-8")
    res = run_cli("fetch", httpserver.url_for("/news/seed.html"), "-f", "json")
    assert res.returncode == 0, res.stderr
    fetched = json.loads(res.stdout)
    read = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    assert fetched["source"]["kind"] == "url"
    assert fetched["source"]["location"] == httpserver.url_for("/news/seed.html")
    assert fetched["source"]["sha256"] == read["source"]["sha256"]
    assert fetched["article"] == read["article"]
    assert fetched["claims"] == read["claims"]


def test_user_agent_is_declcli(httpserver, seed_bytes):
    from declcli import __version__

    httpserver.expect_request("/ua", headers={"User-Agent": f"declcli/{__version__}"}).respond_with_data(
        seed_bytes, content_type="text/html"
    )
    assert run_cli("fetch", httpserver.url_for("/ua")).returncode == 0


def test_redirect_is_followed(httpserver, seed_bytes):
    httpserver.expect_request("/old").respond_with_response(Response(status=301, headers={"Location": "/new"}))
    httpserver.expect_request("/new").respond_with_data(seed_bytes, content_type="text/html")
    res = run_cli("fetch", httpserver.url_for("/old"), "-f", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["article"]["site"] == "Caspian Ledger"


def test_redirect_loop_is_capped(httpserver):
    httpserver.expect_request("/loop").respond_with_response(Response(status=302, headers={"Location": "/loop"}))
    res = run_cli("fetch", httpserver.url_for("/loop"))
    assert res.returncode == 76
    assert b"redirects" in res.stderr and res.stdout == b""


@pytest.mark.parametrize("status,code", [(404, 76), (410, 76), (500, 75), (503, 75), (429, 75)])
@pytest.mark.slow
def test_http_errors(httpserver, status, code):
    httpserver.expect_request("/x").respond_with_data("nope", status=status, content_type="text/html")
    res = run_cli("fetch", httpserver.url_for("/x"))
    assert res.returncode == code
    assert f"HTTP {status}".encode() in res.stderr
    assert res.stdout == b""


@pytest.mark.parametrize("ctype", ["application/pdf", "image/png", "application/json"])
def test_non_article_type(httpserver, ctype):
    httpserver.expect_request("/f").respond_with_data(b"%PDF-1.4 ...", content_type=ctype)
    res = run_cli("fetch", httpserver.url_for("/f"))
    assert res.returncode == 65
    assert ctype.encode() in res.stderr


@pytest.mark.slow
def test_timeout(httpserver, seed_bytes):
    def slow(request):
        time.sleep(3)
        return Response(seed_bytes, content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    res = run_cli("fetch", httpserver.url_for("/slow"), "--timeout", "0.5")
    assert res.returncode == 75
    assert b"timed out" in res.stderr


@pytest.mark.slow
def test_charset_from_http_header(httpserver):
    page = (
        "<html><body><article><p>"
        + "Министр иностранных дел заявил, что переговоры продолжатся в Москве. " * 3
        + "</p></article></body></html>"
    )
    httpserver.expect_request("/ru").respond_with_data(page.encode("cp1251"), content_type="text/html; charset=windows-1251")
    res = run_cli("fetch", httpserver.url_for("/ru"), "-f", "json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert "Министр иностранных дел" in doc["article"]["text"]
    assert doc["article"]["language"] == "ru"


@pytest.mark.slow
def test_connection_refused():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    res = run_cli("fetch", f"http://127.0.0.1:{port}/")
    assert res.returncode == 69
    assert b"refused" in res.stderr


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi"])
def test_only_http_and_https(url):
    res = run_cli("fetch", url)
    assert res.returncode == 76
    assert res.stdout == b""
