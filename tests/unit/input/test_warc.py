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
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
            )
            writer.write_record(rec)

        req = writer.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        response("https://news.example/a", SEED_HTML.read_bytes(), "text/html; charset=utf-8", "2022-02-23T08:00:00Z")
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n0000", "image/png", "2022-02-23T08:00:01Z")
        page = (
            "<html><body><article><p>"
            + "Kazakhstan and Uzbekistan signed a water agreement in Tashkent on Monday, officials said. " * 3
            + "</p></article></body></html>"
        ).encode()
        response("https://news.example/b", page, "text/html", "2022-02-23T08:00:02Z")
        response("https://news.example/empty", b"<html><body><nav>Home</nav></body></html>", "text/html", "2022-02-23T08:00:03Z")


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.slow
def test_every_html_response_record(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _write_warc(path, gz)
    res = run_cli("read", path, "-f", "jsonl", "--keep-going")
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert docs, res.stderr
    assert [d["source"].get("target_uri") for d in docs] == [
        "https://news.example/a",
        "https://news.example/b",
        "https://news.example/empty",
    ]
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


@pytest.mark.slow
@pytest.mark.subprocess
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


# ------------------------------------------------------------ bounded records (issue 15)

ARTICLE = (
    "<html><body><article><p>" + "Kazakhstan and Uzbekistan signed a water agreement in Tashkent on Monday, "
    "officials said. " * 3 + "</p></article></body></html>"
).encode()


class _Repeat(io.RawIOBase):
    """`size` bytes of one letter, made as they are read (a big record without a big list)."""

    def __init__(self, size):
        self.left = size

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), self.left)
        buf[:n] = b"a" * n
        self.left -= n
        return n


def _archive(path, records):
    """A .warc.gz of response records: (uri, payload stream, extra HTTP headers)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, payload, extra in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")] + extra, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=payload, http_headers=headers))


def _gzip_bomb(size):
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"a" * 65536
    out = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join(out) + packer.flush()


def test_record_larger_than_max_bytes_is_refused_and_the_archive_goes_on(tmp_path):
    path = tmp_path / "big.warc.gz"
    _archive(
        path,
        [("https://x.example/big", io.BufferedReader(_Repeat(3_000_000)), []), ("https://x.example/b", io.BytesIO(ARTICLE), [])],
    )
    res = run_cli("read", path, "-f", "jsonl", "--keep-going", "--max-bytes", "1000000", "--no-claims")
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert res.returncode == 65, res.stderr
    assert docs[0]["error"]["code"] == 65 and "larger than --max-bytes (1000000 bytes)" in docs[0]["error"]["message"]
    assert docs[0]["source"]["kind"] == "warc" and docs[0]["source"]["target_uri"] == "https://x.example/big"
    assert "error" not in docs[1] and "Tashkent" in docs[1]["article"]["text"]
    assert b"https://x.example/big" in res.stderr and b"Traceback" not in res.stderr
    # Without --keep-going: the refusal alone, one line, nothing on stdout.
    res = run_cli("read", path, "-f", "jsonl", "--max-bytes", "1000000")
    assert res.returncode == 65 and res.stdout == b"" and len(res.stderr.splitlines()) == 1


def test_gzip_bomb_payload_is_refused_at_max_bytes(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    _archive(
        path,
        [
            ("https://x.example/bomb", io.BytesIO(_gzip_bomb(20_000_000)), [("Content-Encoding", "gzip")]),
            ("https://x.example/b", io.BytesIO(ARTICLE), []),
        ],
    )
    res = run_cli("read", path, "-f", "jsonl", "--keep-going", "--max-bytes", "1000000", "--no-claims")
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert res.returncode == 65 and "larger than --max-bytes" in docs[0]["error"]["message"]
    assert "Tashkent" in docs[1]["article"]["text"]


def test_gzip_bomb_is_decoded_a_block_at_a_time():
    """The body is never held whole: a 40 MB bomb against a 1 MB limit peaks
    at a few blocks of memory, not at 40 MB (warcio's content_stream().read()
    held every byte)."""
    import tracemalloc

    from warcio.archiveiterator import ArchiveIterator

    from declcli.input import warc

    buf = io.BytesIO()
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://x.example/bomb", "response", payload=io.BytesIO(_gzip_bomb(40_000_000)), http_headers=headers
        )
    )
    buf.seek(0)
    record = next(iter(ArchiveIterator(buf)))
    tracemalloc.start()
    try:
        with pytest.raises(warc.PayloadTooLarge):
            warc.payload(record, 1_000_000, "bomb.warc.gz")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000


def test_chunked_and_deflate_bodies_are_decoded(tmp_path):
    import zlib

    chunked = (
        b"".join(b"%x\r\n%s\r\n" % (len(ARTICLE[i : i + 100]), ARTICLE[i : i + 100]) for i in range(0, len(ARTICLE), 100))
        + b"0\r\n\r\n"
    )
    path = tmp_path / "encodings.warc.gz"
    _archive(
        path,
        [
            ("https://x.example/chunked", io.BytesIO(chunked), [("Transfer-Encoding", "chunked")]),
            ("https://x.example/deflate", io.BytesIO(zlib.compress(ARTICLE)), [("Content-Encoding", "deflate")]),
            ("https://x.example/stored", io.BytesIO(ARTICLE), [("Content-Encoding", "gzip")]),
        ],
    )
    res = run_cli("read", path, "-f", "jsonl", "--no-claims")
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert res.returncode == 0, res.stderr
    assert len({d["article"]["text"] for d in docs}) == 1 and "Tashkent" in docs[0]["article"]["text"]


def test_endless_header_line_is_refused(tmp_path):
    """A header line of 3 MB is not read whole (warcio reads a line to its end)."""
    path = tmp_path / "header.warc"
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + ARTICLE
    path.write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\nX-Junk: "
        + b"a" * 3_000_000
        + b"\r\nContent-Type: application/http; msgtype=response\r\n"
        + b"Content-Length: %d\r\n\r\n" % len(body)
        + body
        + b"\r\n\r\n"
    )
    res = run_cli("read", path, "-f", "jsonl")
    assert res.returncode == 65 and res.stdout == b""
    assert b"headers longer than" in res.stderr and len(res.stderr.splitlines()) == 1


@pytest.mark.slow
@pytest.mark.subprocess
def test_warcio_log_lines_never_reach_stderr_raw(tmp_path):
    """warcio logs a target URI it repairs (spaces) as it is; through
    logging's last resort that printed ESC sequences raw. A real process, so
    that no test logging handler stands in the way."""
    path = tmp_path / "uri.warc.gz"
    _archive(path, [("https://x.example/a b\x1b[31m\x9b\u202e", io.BytesIO(b"<html><body><nav>Home</nav></body></html>"), [])])
    res = run_cli("read", path, "-f", "jsonl", "-k", process=True)
    assert res.returncode == 4
    err = res.stderr.decode()
    assert "\x1b" not in err and "\x9b" not in err and "\u202e" not in err
    assert err.splitlines()[0].startswith("declcli: ") and "a%20b\\x1b[31m\\x9b\\u202e" in err
