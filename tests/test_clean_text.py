"""How text nodes are joined into the body's text: as a page reads, not one
space between every two nodes (bs4's get_text(" ") wrote "the report ,").
Both halves of the cleaner are covered: the soup (body blocks, captions) and
lxml (headline, byline and breadcrumb hints)."""

import pytest

from declcli.clean import clean_html

FILLER = "The talks in Baku lasted four hours, and both delegations called them useful and frank. " * 3


def body(inner: str) -> str:
    page = clean_html(f"<html><head><title>t</title></head><body><article><p>{FILLER}</p>{inner}</article></body></html>")
    return "\n".join(page.blocks[1:])


@pytest.mark.parametrize("inner,text", [
    ('<p>Officials said the <a href="/r">new report</a>, published on <b>Monday</b>, was final.</p>',
     "Officials said the new report, published on Monday, was final."),
    ("<p>He called it “<em>a turning point</em>” (<i>twice</i>).</p>", "He called it “a turning point” (twice)."),
    ('<p><span class="dropcap">T</span>he ministers met in <strong>Ankara</strong>.</p>', "The ministers met in Ankara."),
    # a word or a sentence running into the next across a tag reads as two
    ("<p>Governor Kristi Noem<span>South Dakota governor</span> spoke.</p>",
     "Governor Kristi Noem South Dakota governor spoke."),
    ("<p>The road is long.<span>It is also steep.</span></p>", "The road is long. It is also steep."),
    ("<p>Line one<br>line two</p>", "Line one line two"),
    ("<p>About 1,<b>000</b> people came.</p>", "About 1,000 people came."),
])
def test_inline_markup_joins_as_the_page_reads(inner, text):
    assert body(inner) == text


def test_caption_and_byline_hints_read_the_same_way():
    page = clean_html(
        "<html><head><title>t</title></head><body><article><h1>Leaders <em>sign</em> a declaration</h1>"
        '<p class="byline">By <a href="/a">Anna Petrova</a>, Reuters</p>'
        f"<p>{FILLER}</p><figure><img src=x.jpg><figcaption>The signing in Moscow.Photo: <span>AP</span>"
        "</figcaption></figure></article></body></html>"
    )
    assert "Leaders sign a declaration" in page.hints.h1
    assert "By Anna Petrova, Reuters" in page.hints.bylines
    assert (page.media[0].caption, page.media[0].credit) == ("The signing in Moscow.", "AP")
