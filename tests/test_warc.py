"""`declcli read crawl.warc.gz`: every HTML response record, with the record's
target URI and date in `source`."""

import io
import json

import pytest

from conftest import SEED_HTML, run_cli

warcio = pytest.importorskip("warcio")


def _write_warc(path, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(uri, body, ctype, date):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                            warc_headers_dict={"WARC-Date": date})
            writer.write_record(rec)

        req = writer.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        response("https://news.example/a", SEED_HTML.read_bytes(), "text/html; charset=utf-8", "2022-02-23T08:00:00Z")
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n0000", "image/png", "2022-02-23T08:00:01Z")
        page = ("<html><body><article><p>" + "Kazakhstan and Uzbekistan signed a water agreement in Tashkent on Monday, officials said. " * 3
                + "</p></article></body></html>").encode()
        response("https://news.example/b", page, "text/html", "2022-02-23T08:00:02Z")
        response("https://news.example/empty", b"<html><body><nav>Home</nav></body></html>", "text/html", "2022-02-23T08:00:03Z")


@pytest.mark.parametrize("gz", [True, False])
def test_every_html_response_record(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _write_warc(path, gz)
    res = run_cli("read", path, "-f", "jsonl", "--keep-going")
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert docs, res.stderr
    assert [d["source"].get("target_uri") for d in docs] == [
        "https://news.example/a", "https://news.example/b", "https://news.example/empty"]
    assert res.returncode == 4  # the navigation-only record has no article text
    first, second, third = docs
    assert first["source"]["kind"] == "warc" and first["source"]["location"] == str(path)
    assert first["source"]["warc_date"] == "2022-02-23T08:00:00Z"
    assert first["source"]["record_id"].startswith("<urn:uuid:")
    assert first["article"]["title"].startswith("Presidents Aliyev and Putin")
    read = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    assert first["article"] == read["article"] and first["claims"] == read["claims"]
    assert second["agreements"] and "Tashkent" in second["claims"][0]["places"]
    assert third["error"]["code"] == 4 and third["source"]["target_uri"] == "https://news.example/empty"
    out = tmp_path / "out.jsonl"
    out.write_bytes(res.stdout)
    assert run_cli("validate", out).returncode == 0


def test_jobs_give_the_same_bytes(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    one = run_cli("read", path, "-f", "jsonl", "--keep-going", "--jobs", "1")
    two = run_cli("read", path, "-f", "jsonl", "--keep-going", "--jobs", "2", process=True)
    assert one.stdout == two.stdout and one.returncode == two.returncode


def test_broken_warc_is_a_data_error(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00not really gzip at all")
    res = run_cli("read", path)
    assert res.returncode == 65 and b"WARC" in res.stderr and res.stdout == b""
