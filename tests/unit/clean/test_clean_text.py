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


@pytest.mark.parametrize(
    "inner,text",
    [
        (
            '<p>Officials said the <a href="/r">new report</a>, published on <b>Monday</b>, was final.</p>',
            "Officials said the new report, published on Monday, was final.",
        ),
        ("<p>He called it “<em>a turning point</em>” (<i>twice</i>).</p>", "He called it “a turning point” (twice)."),
        ('<p><span class="dropcap">T</span>he ministers met in <strong>Ankara</strong>.</p>', "The ministers met in Ankara."),
        # a word or a sentence running into the next across a tag reads as two
        (
            "<p>Governor Kristi Noem<span>South Dakota governor</span> spoke.</p>",
            "Governor Kristi Noem South Dakota governor spoke.",
        ),
        ("<p>The road is long.<span>It is also steep.</span></p>", "The road is long. It is also steep."),
        ("<p>Line one<br>line two</p>", "Line one line two"),
        ("<p>About 1,<b>000</b> people came.</p>", "About 1,000 people came."),
        # no space invented inside a word, before a superscript, or in text written without spaces
        ('<p>We made it s<a href="/x">elbst</a> at home.</p>', "We made it selbst at home."),
        ("<p>A park of 5000 m<sup>2</sup> with a lake.</p>", "A park of 5000 m2 with a lake."),
        ("<p>子どもへの<span>虐待</span>をなくすための法律ができました。</p>", "子どもへの虐待をなくすための法律ができました。"),
    ],
)
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


def long_page() -> str:
    """A long story in sections, with chrome between its paragraphs (share
    bars, related links, captions), after a menu and before a footer."""
    parts = []
    for s in range(6):
        paras = []
        for i in range(60):
            paras.append(
                f"<p>Paragraph {s}.{i}: the ministers of both countries said on Monday that the talks "
                f"on trade, energy and transport would go on, and that {i} working groups would meet.</p>"
            )
            if i % 15 == 7:
                paras.append('<div class="share-bar"><a href="/s">Share on Facebook</a> <a href="/t">Tweet</a></div>')
            if i % 20 == 3:
                paras.append('<figure><img src="x.jpg"><figcaption>Delegations in Baku. Photo: AP</figcaption></figure>')
            if i % 25 == 11:
                paras.append('<aside class="related"><a href="/r">Read also: Gas prices rise</a></aside>')
        parts.append(f'<section class="story-part">{"".join(paras)}</section>')
    return (
        "<html><head><title>Talks go on</title></head><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
        f"<main><article><h1>Talks go on</h1>{''.join(parts)}</article></main>"
        "<footer>© 2024 Example News. All rights reserved.</footer></body></html>"
    )


@pytest.mark.parametrize("window,count", [(40, 13), (150, 3), (1000, 1)])  # the headline, then sections split; two a window; one
def test_a_large_page_cleaned_in_windows_reads_as_the_whole(monkeypatch, window, count):
    import declcli.clean as clean

    html = long_page()
    whole = clean_html(html)
    windows = []
    real_windows = clean._windows

    def counted(body, size):
        for pair in real_windows(body, size):
            windows.append(pair)
            yield pair

    monkeypatch.setattr(clean, "_windows", counted)
    monkeypatch.setattr(clean, "_WINDOWED_ABOVE", 300)
    monkeypatch.setattr(clean, "_WINDOW_ELEMENTS", window)
    windowed = clean_html(html)
    assert len(windows) == count
    assert len(whole.blocks) == 6 * 60 and whole.blocks[0].startswith("Paragraph 0.0:")
    assert windowed.blocks == whole.blocks
    assert windowed.media == whole.media and len(whole.media) == 18
    assert not any("Share on" in b or "Read also" in b or "rights reserved" in b for b in windowed.blocks)


def test_control_characters_do_not_lose_the_metadata():
    """lxml keeps the control characters it parsed but refuses them from
    Python: joining the text around a removed element cleans them, and the
    page keeps its normal path (its hints) rather than a fallback."""
    page = clean_html(
        '<html><head><title>Talks\x1f go on</title><meta property="og:site_name" content="Example"></head><body>'
        '<h1>Talks go on</h1><div class="share-bar">Share</div>\x0bThe talks continue.'
        f"<article><p>{FILLER}</p><p>Both sides\x1f will meet again.</p></article></body></html>"
    )
    assert ("og:site_name", "Example") in page.hints.meta and page.hints.h1 == ["Talks go on"]
    assert any("Both sides" in b for b in page.blocks)
    assert ("class share-bar", "Share") in page.removed  # removed by lxml: its tail joined the h1


def test_text_is_nfc_normalised():
    # "é" spelt as "e" and a combining acute accent reads as the one character.
    assert body("<p>Le caf\u0065\u0301 est ouvert depuis lundi matin.</p>") == "Le caf\u00e9 est ouvert depuis lundi matin."
