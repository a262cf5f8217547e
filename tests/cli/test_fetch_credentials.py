"""`user:pass@` in a URL is used for the request only: it is never written
(output, messages, -v notes, the cache), and a redirect cannot add one.
A real HTTP server on 127.0.0.1 (pytest-httpserver)."""

import base64
import json
import os

import pytest
from conftest import SEED_HTML, run_cli
from werkzeug import Response

SECRET = "s3cretPW"


def _with_userinfo(url: str, userinfo: str = f"alice:{SECRET}") -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{userinfo}@{rest}"


def _everything_in(folder) -> bytes:
    """Names and contents of every file under `folder`."""
    out = b""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as fh:
                out += path.encode() + b"\n" + fh.read()
    return out


def test_given_userinfo_is_sent_but_never_written(httpserver, tmp_path):
    seen = []

    def private(request):
        seen.append(request.headers.get("Authorization"))
        return Response(status=302, headers={"Location": "/page"})

    httpserver.expect_request("/private").respond_with_handler(private)
    httpserver.expect_request("/page").respond_with_data(SEED_HTML.read_bytes(), content_type="text/html")
    url = _with_userinfo(httpserver.url_for("/private"))
    cache = tmp_path / "cache"
    res = run_cli("fetch", url, "--cache", cache, "-f", "json", "-v")
    assert res.returncode == 0, res.stderr
    # The user's credentials did go to the server that was named...
    assert seen == ["Basic " + base64.b64encode(f"alice:{SECRET}".encode()).decode()]
    # ...and are nowhere in what declcli wrote.
    doc = json.loads(res.stdout)
    assert doc["source"]["location"] == httpserver.url_for("/private")
    assert doc["source"]["final_url"] == httpserver.url_for("/page")
    written = res.stdout + res.stderr + _everything_in(cache)
    assert SECRET.encode() not in written and b"alice" not in written
    assert b"stored in the cache" in res.stderr
    # The cache is keyed by the URL without them: a rerun is served from it.
    again = run_cli("fetch", url, "--cache", cache, "-f", "json", "-v")
    assert again.returncode == 0 and b"from the cache" in again.stderr
    assert SECRET.encode() not in again.stdout + again.stderr


@pytest.mark.slow
def test_errors_and_retry_notes_hide_userinfo(httpserver):
    httpserver.expect_request("/busy").respond_with_data("busy", status=503)
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    busy = _with_userinfo(httpserver.url_for("/busy"))
    gone = _with_userinfo(httpserver.url_for("/gone"))
    res = run_cli("fetch", busy, gone, "--retries", "1", "--keep-going", "-f", "jsonl", "-v")
    assert res.returncode == 75
    assert SECRET.encode() not in res.stdout + res.stderr
    assert b"retry 1 of 1" in res.stderr and b"HTTP 404" in res.stderr
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["source"]["location"] for r in records] == [httpserver.url_for("/busy"), httpserver.url_for("/gone")]
    alone = run_cli("fetch", gone)
    assert alone.returncode == 76 and b"HTTP 404" in alone.stderr and SECRET.encode() not in alone.stderr


@pytest.mark.parametrize("location", ["http://mallory:{pw}@{host}/page", "//mallory:{pw}@{host}/page"])
def test_redirect_that_adds_userinfo_is_refused(httpserver, location):
    host = f"{httpserver.host}:{httpserver.port}"
    httpserver.expect_request("/r").respond_with_response(
        Response(status=302, headers={"Location": location.format(pw=SECRET, host=host)})
    )
    httpserver.expect_request("/page").respond_with_data(SEED_HTML.read_bytes(), content_type="text/html")
    res = run_cli("fetch", httpserver.url_for("/r"), "-f", "json")
    assert res.returncode == 76 and res.stdout == b""
    assert len(res.stderr.strip().splitlines()) == 1
    assert b"user name or password" in res.stderr and SECRET.encode() not in res.stderr
    assert [req.path for req, _resp in httpserver.log] == ["/r"]  # the redirect was never followed


def test_redirect_keeping_the_given_userinfo_is_followed(httpserver):
    host = f"{httpserver.host}:{httpserver.port}"
    httpserver.expect_request("/r").respond_with_response(
        Response(status=302, headers={"Location": f"http://alice:{SECRET}@{host}/page"})
    )
    httpserver.expect_request("/page").respond_with_data(SEED_HTML.read_bytes(), content_type="text/html")
    res = run_cli("fetch", _with_userinfo(httpserver.url_for("/r")), "-f", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["source"]["final_url"] == httpserver.url_for("/page")
    assert SECRET.encode() not in res.stdout + res.stderr
