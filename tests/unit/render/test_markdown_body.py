"""-f markdown-body: the article's body as Markdown, headings, lists, quotes,
emphasis, code and links kept (issue 14), page text made inert; the text,
its offsets and the claims are the same with the body's form made or not."""

import re
from pathlib import Path

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli
from markdown_it import MarkdownIt

from declcli.clean import clean_html
from declcli.input.source import classify
from declcli.model import Block, Source, document_to_dict
from declcli.pipeline import process
from declcli.render import _md_inline, _md_link_target, to_markdown_body

PAGE = ROOT / "tests" / "pages" / "markdown_body.html"

EXPECTED = """\
# Harbour council agrees new flood plan

The harbour council agreed on Tuesday a *new* flood plan that the mayor called **the most important decision of the decade**, \
after the [storm of 2023](https://gazette.example/news/storm-2023.html) flooded the old town, and it set out its costs in the \
`budget_2025.xlsx` file it published.

## What the plan holds

The plan, drawn up over two years with residents, engineers and the regional water board, rests on three measures that will \
be put in place one after another:

- A higher sea wall along the **northern quay**
- New pumps, in two stages:
  1. two pumps at the river mouth
  2. one pump under the *market square*
- A warning system by text message

### What the mayor said

> We have waited too long for this, and the people of the old town have paid for our waiting every winter.

Residents can read the full plan on the [council's site](https://council.example/plans/flood%282025%29.pdf); a petition link \
and a second one that circulated on social media are not from the council.

Some comments under the announcement read: \\*not again\\* \\_sure\\_ \\[click\\](javascript:alert(3)) \
&lt;script&gt;alert(4)&lt;/script&gt; &lt;img src=x onerror=alert(5)&gt; \\`rm -rf\\` &amp;amp; and more, which the council \
did not answer.

1\\. The council will vote on the costs next month, and the first works could start in the spring if the regional board agrees.

\\# Residents who want to comment can write to the council until the end of the month, the notice says.
"""


def _source(path: Path) -> Source:
    return classify(Source(kind="file", location=str(path), data=path.read_bytes()), None)


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


def test_markdown_body_of_a_page_with_every_form():
    res = run_cli("read", PAGE, "-f", "markdown-body")
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode() == EXPECTED


def test_markdown_body_reads_back_as_the_page_s_structure_and_nothing_else():
    html = _html(run_cli("read", PAGE, "-f", "markdown-body").stdout.decode())
    count = {
        tag: len(re.findall(f"<{tag}[ >]", html))
        for tag in ("h1", "h2", "h3", "ul", "ol", "li", "blockquote", "em", "strong", "code", "a", "pre", "script", "img")
    }
    assert count == {
        "h1": 1,
        "h2": 1,
        "h3": 1,
        "ul": 1,
        "ol": 1,
        "li": 5,
        "blockquote": 1,
        "em": 2,
        "strong": 2,
        "code": 1,
        "a": 2,
        "pre": 0,
        "script": 0,
        "img": 0,
    }
    assert re.findall(r'href="([^"]*)"', html) == [
        "https://gazette.example/news/storm-2023.html",
        "https://council.example/plans/flood%282025%29.pdf",
    ]
    # The injected text reads as the page wrote it.
    assert "*not again* _sure_ [click](javascript:alert(3)) &lt;script&gt;alert(4)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "path", [SEED_HTML, SEED_TEXT, PAGE, *sorted((ROOT / "tests" / "pages").glob("*.*"))], ids=lambda p: p.name
)
@pytest.mark.slow
def test_the_body_s_form_changes_no_text_offset_or_claim(path):
    claims = path in (SEED_HTML, PAGE)  # the claims stage reads only the text; two pages show it
    plain = process(_source(path), "2024-01-01", claims=claims)
    formed = process(_source(path), "2024-01-01", claims=claims, structure=True)
    assert document_to_dict(formed) == document_to_dict(plain)
    assert plain.article.blocks == []
    assert len(formed.article.blocks) == len(formed.article.text.split("\n\n"))
    for block, text in zip(formed.article.blocks, formed.article.text.split("\n\n"), strict=False):
        assert all(0 <= s < e <= len(text) and not text[s].isspace() and not text[e - 1].isspace() for s, e, _, _ in block.spans)


def test_plain_text_gives_escaped_paragraphs():
    doc = process(_source(SEED_TEXT), claims=False, structure=True)
    tree = document_to_dict(doc)
    tree["article"]["blocks"] = doc.article.blocks
    out = to_markdown_body(tree)
    paragraphs = doc.article.text.split("\n\n")
    assert out == "# " + doc.article.title + "\n\n" + "\n\n".join(paragraphs) + "\n"  # this text has nothing to escape
    assert all(b == Block() for b in doc.article.blocks)


def test_a_line_dropped_from_a_block_moves_its_marks():
    story = "The council met on Tuesday to agree the plan, which residents had asked for since the storm of last winter."
    page = clean_html(
        f"<html><head><title>t</title></head><body><article><div>By Jane Doe<br>The <em>council</em> "
        f"<strong>met</strong>{story[15:]}</div><p>{story} {story}</p></article></body></html>",
        structure=True,
    )
    assert page.blocks[0] == story
    assert page.forms[0].spans == [(4, 11, "em", None), (12, 15, "strong", None)]


def test_a_page_cleaned_in_windows_has_the_same_forms(monkeypatch):
    import declcli.clean as clean

    sections = "".join(
        f"<section><h2>Part {i}</h2><p>Paragraph {i} says that the <em>council</em> met again, with residents, "
        f"engineers and the board, for a long time.</p><ul><li>point <b>{i}</b></li><li>another point</li></ul>"
        f"<blockquote><p>A quote of section {i}, long enough to be a paragraph of the story as it is.</p></blockquote>"
        "</section>"
        for i in range(40)
    )
    html = f"<html><head><title>t</title></head><body><main><article>{sections}</article></main></body></html>"
    whole = clean_html(html, structure=True)
    monkeypatch.setattr(clean, "_WINDOWED_ABOVE", 100)
    monkeypatch.setattr(clean, "_WINDOW_ELEMENTS", 60)
    windowed = clean_html(html, structure=True)
    assert windowed.blocks == whole.blocks and windowed.forms == whole.forms
    assert [f.kind for f in whole.forms[:5]] == ["heading", "paragraph", "item", "item", "paragraph"]
    assert whole.forms[4].quote == 1 and whole.forms[2].spans == [(6, 7, "strong", None)]


@pytest.mark.parametrize(
    "spans,expected",
    [
        # Overlapping marks stay nested; white space stays outside the markers.
        ([(0, 10, "em", None), (6, 16, "strong", None)], "*alpha **beta*** **gamma**"),
        ([(6, 10, "link", "https://a.example/x y"), (0, 16, "strong", None)], "**alpha [beta](https://a.example/x%20y) gamma**"),
        ([(6, 10, "code", None), (0, 16, "em", None)], "*alpha `beta` gamma*"),
    ],
)
def test_inline_marks_nest(spans, expected):
    out = _md_inline("alpha beta gamma", spans, None)
    assert out == expected
    assert re.sub(r"<[^>]+>", "", _html(out)).strip() == "alpha beta gamma"


def test_code_with_backticks_and_markup_inside_stays_literal():
    text = "run `ls` <b>*now*</b>"
    out = _md_inline(text, [(0, len(text), "code", None)], None)
    assert out == "``run `ls` <b>*now*</b>``"
    assert _html(out) == "<p><code>run `ls` &lt;b&gt;*now*&lt;/b&gt;</code></p>\n"
    assert _md_inline("`x` y", [(0, 3, "code", None)], None) == "`` `x` `` y"
    assert _html("`` `x` `` y") == "<p><code>`x`</code> y</p>\n"


@pytest.mark.parametrize(
    "href,base,expected",
    [
        ("javascript:alert(1)", None, None),
        (" JavaScript:alert(1)", None, None),
        ("java\tscript:alert(1)", "https://a.example/", None),
        ("jav\nascript:alert(1)", None, None),
        ("data:text/html,<script>alert(1)</script>", None, None),
        ("vbscript:msgbox", None, None),
        ("file:///etc/passwd", None, None),
        ("/news/x.html", "https://a.example/a/b.html", "https://a.example/news/x.html"),
        ("x.html", None, "x.html"),
        ("\x01javascript:alert(1)", None, None),  # C0 controls before a scheme are stripped, as browsers do
        ("mailto:desk@a.example", None, "mailto:desk@a.example"),
        ('https://a.example/q?a=<b>&c="d"', None, "https://a.example/q?a=%3Cb%3E&c=%22d%22"),
    ],
)
def test_link_targets(href, base, expected):
    assert _md_link_target(href, base) == expected


def test_cli_markdown_body_several_documents_an_error_and_help(tmp_path):
    one = run_cli("read", PAGE, "-f", "markdown-body").stdout.decode()
    text = run_cli("read", SEED_TEXT, "-f", "markdown-body").stdout.decode()
    res = run_cli("read", PAGE, tmp_path / "missing.html", SEED_TEXT, "--keep-going", "-f", "markdown-body")
    assert res.returncode == 66
    assert res.stdout.decode() == one + "\n" + text
    assert res.stderr.decode().count("missing.html") == 1
    assert "markdown-body" in run_cli("read", "--help").stdout.decode()
    assert "markdown-body" in run_cli("fetch", "--help").stdout.decode()


@pytest.mark.slow
@pytest.mark.subprocess
def test_markdown_body_with_workers_is_the_same(tmp_path):
    args = ("read", PAGE, SEED_HTML, SEED_TEXT, "-f", "markdown-body")
    one = run_cli(*args)
    two = run_cli(*args, "--jobs", "2", process=True)
    assert two.returncode == 0 and two.stdout == one.stdout
    assert b"\n- A higher sea wall" in two.stdout
