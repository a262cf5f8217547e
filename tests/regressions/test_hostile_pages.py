"""Hostile and broken pages through the real CLI (issue 7): each ends with a
clear error (one line, its documented exit code) or a sane result (exit 0,
output that validates, the article's text kept), inside a time bound.

Large pages are generated here in tmp_path, never committed. The bounds are
generous: they guard against hangs, not for speed.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest
from conftest import run_cli

from declcli.validate import check_document

BOUND = 60  # seconds: a run still going then is a hang

STORY = (
    "The minister said on Monday that talks in Baku will continue, and both sides agreed to meet again. "
    "Russia and Azerbaijan must refrain from any actions that could damage the partnership."
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


ARTICLE = page(f"<article><h1>Talks in Baku</h1><p>{STORY}</p></article>")


def read(path, *args, stdin=None, process=False):
    # In the test process a hang ends at the bound too (conftest.run_cli); `process` where the
    # interpreter's own limits are what is tested (recursion depth).
    return run_cli("read", path, *args, stdin=stdin, timeout=BOUND, process=process)


def assert_refused(res, code: int, cause: str) -> None:
    assert res.returncode == code, res.stderr
    assert res.stdout == b""
    err = res.stderr.decode()
    assert err.startswith("declcli: ") and err.count("\n") == 1, err
    assert cause in err and "Traceback" not in err


def assert_sane(res, *must_keep: str) -> dict:
    """Exit 0, a document that validates, and the given text in the body."""
    assert res.returncode == 0, res.stderr[-2000:]
    assert b"Traceback" not in res.stderr
    doc = json.loads(res.stdout)
    assert check_document(doc, "<stdout>", 1) == []
    for text in must_keep:
        assert text in doc["article"]["text"], text
    return doc


# ------------------------------------------------------------ refused with a clear error


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("story.html", ARTICLE)
    return buf.getvalue()


REFUSED = [
    ("empty", b"", 3, "empty input"),
    ("whitespace", b" \r\n\t\n   \n", 3, "empty input"),
    ("unicode-spaces", "\u00a0\u3000\u2003\n".encode(), 4, "no article text"),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, 65, "PNG"),
    ("pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)), 65, "PDF"),
    ("gzip", gzip.compress(ARTICLE.encode()), 65, "gzip"),
    ("zip", _zip(), 65, "ZIP"),
    ("nul-bytes", b"<html><body>\x00\x00\x00<p>" + STORY.encode() + b"</p></body></html>", 65, "NUL"),
    (
        "navigation-only",
        page(
            "<header><nav><ul>"
            + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(40))
            + "</ul></nav></header><footer><a href='/about'>About us</a> <a href='/privacy'>Privacy</a>"
            "</footer>"
        ).encode(),
        4,
        "no article text",
    ),
    (
        "menus-and-link-lists",
        page(
            "<div class='menu'>"
            + " | ".join(f"<a href='/t{i}'>Topic {i}</a>" for i in range(60))
            + "</div><ul class='related'>"
            + "".join(f"<li><a href='/r{i}'>Headline of another story number {i}</a></li>" for i in range(30))
            + "</ul>"
        ).encode(),
        4,
        "no article text",
    ),
    (
        "markup-only",
        page("<div><span></span><img src='a.png'><br><br><table><tr><td></td></tr></table></div>").encode(),
        4,
        "no article text",
    ),
]


@pytest.mark.parametrize("name,data,code,cause", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_with_one_line(tmp_path, name, data, code, cause):
    path = tmp_path / f"{name}.html"
    path.write_bytes(data)
    assert_refused(read(path), code, cause)


def test_fifty_megabyte_page_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.html"
    paragraph = f"<p>{STORY}</p>\n".encode()
    with open(path, "wb") as fh:
        fh.write(b"<html><body><article>")
        for _ in range(50 * 1024 * 1024 // len(paragraph) + 1):
            fh.write(paragraph)
    res = read(path)
    assert_refused(res, 65, "larger than --max-bytes")
    # The same through stdin, and a smaller --max-bytes for any input.
    res = read("-", stdin=path.read_bytes()[: 11 * 1024 * 1024])
    assert_refused(res, 65, "larger than --max-bytes")
    small = tmp_path / "small.html"
    small.write_text(ARTICLE)
    assert_refused(read(small, "--max-bytes", "100"), 65, "larger than --max-bytes (100 bytes)")


# ------------------------------------------------------------ a sane result


def test_invalid_utf8_keeps_the_text(tmp_path):
    data = page(f"<p>{STORY}</p><p>Stray bytes \xff\xfe here and there.</p>", '<meta charset="utf-8">').encode("latin-1")
    data = data.replace(b"The minister", "The minister \xe2\x80".encode("latin-1"))
    path = tmp_path / "bad-utf8.html"
    path.write_bytes(data)
    doc = assert_sane(read(path, "-f", "json"), "both sides agreed to meet again")
    assert "\ufffd" in doc["article"]["text"]


def test_mixed_encodings_keep_the_text(tmp_path):
    utf8 = f"<p>{STORY}</p><p>Министр иностранных дел заявил, что переговоры продолжатся в Москве.</p>".encode()
    cp1251 = "<p>Президент подписал указ о сотрудничестве, сообщила пресс-служба Кремля.</p>".encode("cp1251")
    path = tmp_path / "mixed.html"
    path.write_bytes(b"<html><body><article>" + utf8 + cp1251 + b"</article></body></html>")
    doc = assert_sane(read(path, "-f", "json"), "both sides agreed to meet again", "Министр иностранных дел")
    assert doc["claims"]


@pytest.mark.slow
def test_nul_bytes_past_the_sniffed_head(tmp_path):
    filler = "".join(f"<p>Filler paragraph number {i} of the page.</p>" for i in range(400)).encode()
    path = tmp_path / "late-nul.html"
    path.write_bytes(
        b"<html><body><article>" + filler + b"<p>The minister said\x00 talks will continue.</p></article></body></html>"
    )
    doc = assert_sane(read(path, "-f", "json"), "talks will continue")
    assert "\x00" not in doc["article"]["text"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_pages_with_a_bom(tmp_path, encoding):
    path = tmp_path / f"{encoding}.html"
    path.write_bytes(ARTICLE.encode(encoding) if "-be" not in encoding else "\ufeff".encode(encoding) + ARTICLE.encode(encoding))
    doc = assert_sane(read(path, "-f", "json"), "both sides agreed to meet again")
    assert "\x00" not in doc["article"]["text"] and doc["source"]["media_type"] == "text/html"


@pytest.mark.slow
def test_one_five_megabyte_line_of_html(tmp_path):
    """A minified page: styles, scripts, menus and link lists on one line."""
    links = "".join(f'<li><a href="/n/{i}">Story number {i}</a></li>' for i in range(30000))
    html = (
        f"<html><head><style>{'a{color:red}' * 150_000}</style><script>{'var a=1;' * 200_000}</script></head>"
        f"<body><nav><ul>{links[:200_000]}</ul></nav><article><p>{STORY}</p><p>{STORY}</p></article>"
        f"<div class=related><ul>{links}</ul></div></body></html>"
    )
    assert len(html) > 5_000_000 and "\n" not in html
    path = tmp_path / "oneline.html"
    path.write_text(html)
    doc = assert_sane(read(path, "-f", "json"), STORY)
    assert "Story number" not in doc["article"]["text"]


@pytest.mark.slow
def test_one_five_megabyte_line_of_text(tmp_path):
    """No sentence end for 5 MB: cut into runs at most 1,000 characters long."""
    path = tmp_path / "oneline.txt"
    path.write_text(("word " * 100 + "x" * 1500 + " ") * 2500)
    assert path.stat().st_size > 5_000_000
    doc = assert_sane(read(path, "-f", "jsonl"))
    assert max(c["end"] - c["start"] for c in doc["claims"]) <= 1000


@pytest.mark.parametrize("closed", [True, False], ids=["closed", "unclosed"])
@pytest.mark.slow
@pytest.mark.subprocess
def test_hundred_thousand_nested_elements(tmp_path, closed):
    """Past libxml2's depth limit (256) and Python's recursion limit."""
    html = "<html><body>" + "<div>" * 100_000 + f"<p>{STORY}</p>" + ("</div>" * 100_000 if closed else "") + "</body></html>"
    path = tmp_path / "nested.html"
    path.write_text(html)
    assert_sane(read(path, "-f", "json", process=True), STORY)


@pytest.mark.slow
def test_hundred_thousand_line_breaks(tmp_path):
    path = tmp_path / "brs.html"
    path.write_text(page(f"<article><p>{STORY}</p>{'<br>' * 100_000}<p>Trade grew by a third, the ministry said.</p></article>"))
    assert_sane(read(path, "-f", "json"), STORY, "Trade grew by a third")


def test_unclosed_tags(tmp_path):
    html = (
        "<html><head><title>Talks</title><body><div class=story><p>" + STORY + "<p>Trade grew by a third, the ministry "
        "said.<div><span><b><i>The parties will meet again in May.<ul><li>First<li>Second<table><tr><td>"
        "Officials said the talks were useful<a href='/x'>link"
    )
    path = tmp_path / "unclosed.html"
    path.write_text(html)
    assert_sane(read(path, "-f", "json"), STORY, "Trade grew by a third", "The parties will meet again in May.")


@pytest.mark.slow
def test_five_megabyte_attribute(tmp_path):
    path = tmp_path / "attr.html"
    path.write_text(page(f'<article class="{"x" * 5_000_000}" data-blob="{"y" * 100}"><p>{STORY}</p></article>'))
    assert_sane(read(path, "-f", "json"), STORY)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("ar", "قال وزير الخارجية يوم الاثنين إن المحادثات في باكو ستستمر، واتفق الجانبان على الاجتماع مرة أخرى."),
        ("he", "שר החוץ אמר ביום שני כי השיחות בבאקו יימשכו, ושני הצדדים הסכימו להיפגש שוב."),
    ],
)
def test_right_to_left_scripts(tmp_path, lang, text):
    body = f"<article dir='rtl'><p>{text}</p><p>\u202b{text}\u202c</p><p>\u200f{STORY}\u200e</p></article>"
    path = tmp_path / f"{lang}.html"
    path.write_text(page(body, '<meta charset="utf-8">').replace("<html>", f"<html lang='{lang}' dir='rtl'>"))
    doc = assert_sane(read(path, "-f", "json"), text, STORY)
    assert doc["article"]["language"] == lang
    # Plain text in the same script, and YAML output reads back the same.
    txt = tmp_path / f"{lang}.txt"
    txt.write_text(f"{text}\n\n{text}\n", encoding="utf-8")
    assert_sane(read(txt, "-f", "json"), text)
    import yaml

    assert yaml.safe_load(read(path, "-f", "yaml").stdout) == doc


# ------------------------------------------------------------ reading output back, interrupted runs


@pytest.mark.slow
@pytest.mark.subprocess
def test_validate_and_diff_refuse_oversized_and_deeply_nested_files(tmp_path):
    big = tmp_path / "big.yaml"
    with open(big, "wb") as fh:
        fh.write(b"schema: declcli/1\n")
        fh.truncate(64 * 1024 * 1024 + 10)  # sparse: nothing to write, all to read
    for cmd in (("validate", big), ("diff", big, big)):
        res = run_cli(*cmd, timeout=BOUND, process=True)
        assert_refused(res, 65, "larger than")
    deep_json = tmp_path / "deep.json"
    deep_json.write_text("[" * 200_000 + "]" * 200_000)
    assert_refused(run_cli("validate", deep_json, timeout=BOUND, process=True), 65, "nested too deeply")
    deep_yaml = tmp_path / "deep.yaml"
    deep_yaml.write_text("schema: declcli/1\nx: " + "[" * 100_000 + "]" * 100_000 + "\n")
    res = run_cli("validate", deep_yaml, timeout=BOUND, process=True)
    assert res.returncode in (1, 65) and b"Traceback" not in res.stderr and res.stderr.count(b"\n") <= 1


@pytest.mark.slow
@pytest.mark.subprocess
def test_ctrl_c_leaves_only_whole_documents_on_a_stream(tmp_path):
    """Two articles are written, the third input never ends (a FIFO nobody
    writes), Ctrl-C: the stream holds exactly the two whole documents."""
    import os
    import select
    import signal
    import subprocess
    import sys
    import time

    import yaml
    from conftest import ROOT, SEED_HTML

    fifo = tmp_path / "never.html"
    os.mkfifo(fifo)
    for fmt, marker in (("jsonl", b'{"schema":'), ("yaml", b"schema: declcli/1")):
        proc = subprocess.Popen(
            [sys.executable, "-m", "declcli", "read", str(SEED_HTML), str(SEED_HTML), str(fifo), "-f", fmt],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, deadline = b"", time.monotonic() + BOUND
        while out.count(marker) < 2 and time.monotonic() < deadline:
            if select.select([proc.stdout], [], [], 0.2)[0]:
                out += os.read(proc.stdout.fileno(), 1 << 20)
        # Wait until the run has opened the FIFO (a writer can open it only once a reader has): the two
        # documents before it are then whole, however slowly a loaded machine wrote them. Holding the
        # write end open without writing keeps the run waiting there.
        writer = None
        while writer is None and time.monotonic() < deadline:
            try:
                writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: no reader yet
                time.sleep(0.05)
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        rest, err = proc.communicate(timeout=BOUND)
        if writer is not None:
            os.close(writer)
        out += rest
        assert proc.returncode == 130, err
        assert b"interrupted" in err and b"Traceback" not in err
        if fmt == "jsonl":
            docs = [json.loads(line) for line in out.decode().splitlines()]
        else:
            docs = [d for d in yaml.safe_load_all(out) if d is not None]
        assert len(docs) == 2 and all(check_document(d, fmt, 1) == [] for d in docs)
