"""A page is data, never control (issue 15, items 1-4): escape sequences,
Rich markup, spreadsheet formulas and Markdown/HTML in page text reach no
terminal, spreadsheet or Markdown viewer as anything but text; the data
formats keep the exact text."""

import csv
import io
import json
import re

import pytest
from conftest import run_cli
from test_terminal import run_pty

EVIL_PAGE = """<html><head><title>Evil &#27;]8;;http://evil.example/&#7;click&#27;]8;;&#7; \
[link=http://evil.example]here[/link] &#x202E;txt.exe</title>
<meta property="og:site_name" content="Site &#27;]52;c;ZXZpbA==&#7; [black on black]hidden[/]"></head>
<body><article><p>The minister said on Monday that [bracketed] talks in Baku will continue &#27;[2J and the \
parties must agree. [/bold] =HYPERLINK("http://evil") is here.</p>
<p>+cmd|' /C calc'!A0 the parties should sign &lt;img src=x onerror=alert(1)&gt; ![x](javascript:alert(1)) \
&lt;!-- hidden --&gt; and back&#13;space&#8;.</p>
<p>@SUM(1+1) -2+3 and the parties will meet again in Baku on Tuesday, the minister said.</p></article></body></html>
"""

MARKUP = ["[link=http://evil.example]here[/link]", "[black on black]hidden[/]", "[bracketed]", "[/bold]"]
SGR = re.compile(r"\x1b\[[0-9;]*m")
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def evil(tmp_path):
    path = tmp_path / "evil.html"
    path.write_text(EVIL_PAGE, encoding="utf-8")
    return path


def assert_inert(shown: str):
    """Nothing but our own colour codes steers the terminal."""
    assert not RAW.search(SGR.sub("", shown).replace("\n", "").replace("\t", "")), repr(RAW.search(SGR.sub("", shown)))


@pytest.mark.parametrize("colour", [True, False])
@pytest.mark.slow
def test_table_shows_page_text_escaped_and_markup_as_text(evil, colour):
    code, screen, _, _ = run_pty("read", evil, *([] if colour else ["--no-color"]), cols=200)
    assert code == 0, screen
    assert_inert(screen)
    if not colour:
        assert "\x1b" not in screen
    text = SGR.sub("", screen)
    assert "\\x1b]8;;http://evil.example/" in text and "\\u202e" in text
    for markup in MARKUP:
        assert markup in text, markup
    assert "\\x08" in text or "\\r" in text or "back" in text


def test_data_formats_keep_the_exact_text(evil):
    doc = json.loads(run_cli("read", evil, "-f", "json").stdout)
    assert "\x1b]8;;http://evil.example/\x07click" in doc["article"]["title"]
    assert "\u202e" in doc["article"]["title"]
    assert any("[/bold]" in c["text"] for c in doc["claims"])


@pytest.mark.slow
def test_notes_and_errors_are_escaped(tmp_path, evil):
    res = run_cli("read", evil, "-vv")
    assert res.returncode == 0
    assert_inert(res.stderr.decode())
    missing = tmp_path / "\x1b]52;c;ZXZpbA==\x07\u202egnp.html"
    res = run_cli("read", missing)
    assert res.returncode == 66
    err = res.stderr.decode()
    assert_inert(err)
    assert "\\x1b]52" in err and "\\u202e" in err and err.count("\n") == 1
    # The table's error record too.
    code, screen, _, _ = run_pty("read", evil, missing, "--keep-going")
    assert code == 66
    assert_inert(screen)


@pytest.mark.slow
def test_diff_table_shows_file_names_as_text(tmp_path, evil):
    name = tmp_path / "[link=http:evil]x[black on black]\x1b[2J.yaml"
    name.write_bytes(run_cli("read", evil).stdout)
    code, screen, _, _ = run_pty("diff", name, name, cols=200)
    assert code == 0
    assert "[link=http:evil]x[black on black]\\x1b[2J.yaml" in SGR.sub("", screen)
    assert_inert(screen)


def test_csv_cells_cannot_be_formulas(evil):
    res = run_cli("read", evil, "-f", "csv")
    assert res.returncode == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout.decode())))
    texts = [r["text"] for r in rows]
    assert any(t.startswith("'+cmd|") for t in texts)
    assert any(t.startswith("'@SUM(1+1)") for t in texts)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_markdown_escapes_page_text(evil):
    res = run_cli("read", evil, "-f", "markdown")
    assert res.returncode == 0
    md = res.stdout.decode()
    assert "<img" not in md and "<!--" not in md and "](javascript:" not in md and "![x]" not in md
    assert "&lt;img src=x onerror=alert\\(1\\)&gt;" in md
    assert "\\[link=http://evil.example\\]here\\[/link\\]" in md
    assert_inert(md)


@pytest.mark.slow
def test_text_format_is_exact_in_a_pipe_and_escaped_on_a_terminal(evil):
    piped = run_cli("read", evil, "-f", "text").stdout.decode()
    assert "\x1b]8;;http://evil.example/" in piped
    code, screen, _, _ = run_pty("read", evil, "-f", "text")
    assert code == 0
    assert_inert(screen)
    assert "\\x1b]8;;http://evil.example/" in screen
