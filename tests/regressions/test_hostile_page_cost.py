"""Issue 15, crashes and cost on hostile pages: deep nesting of any element,
deep JSON-LD, attribute floods, runs of <br>, huge comments, text patterns.

Each page is generated in tmp_path and goes through the real CLI. No timed
assertions (benchmarks/robustness.py measures time and memory); the bound is
test_hostile_pages' guard against hangs.
"""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from declcli.validate import check_document

BOUND = 60

STORY = (
    "The minister said on Monday that talks in Baku will continue, and both sides agreed to meet again. "
    "Russia and Azerbaijan must refrain from any actions that could damage the partnership."
)

LATER = "Trade grew by a third, the ministry said."


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def read(tmp_path, name: str, content: str | bytes, *args: str, process: bool = False) -> dict:
    """Exit 0, one document that validates; the document."""
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    res = run_cli("read", path, "-f", "json", *args, timeout=BOUND, process=process)
    assert res.returncode == 0, res.stderr[-2000:]
    assert b"Traceback" not in res.stderr
    doc = json.loads(res.stdout)
    assert check_document(doc, "<stdout>", 1) == []
    return doc


# ------------------------------------------------------------ nesting


@pytest.mark.parametrize("tag", ["span", "em", "strong", "font", "pre", "div"])
@pytest.mark.slow
@pytest.mark.subprocess
def test_thousand_unclosed_tags_are_read(tmp_path, tag):
    """1,000 unclosed tags after the story (a 4-6 KB page): read, not "nested too deeply"."""
    html = page(f"<article><p>{STORY}</p>" + f"<{tag}>" * 1000 + f"<p>{LATER}</p></article>")
    doc = read(tmp_path, f"{tag}.html", html, "--no-claims", process=True)
    assert STORY in doc["article"]["text"] and LATER in doc["article"]["text"]


@pytest.mark.parametrize("tag", ["span", "font", "pre"])
@pytest.mark.slow
@pytest.mark.subprocess
def test_hundred_thousand_nested_elements_with_text_at_every_level(tmp_path, tag):
    """Past libxml2's depth limit the soup is nested at most 256 deep: every
    word below is kept, in order, and no walk is quadratic in the depth."""
    html = page(
        f"<article><p>{STORY}</p>"
        + "".join(f"<{tag}>w{i} " for i in range(100_000))
        + f"<p>{LATER}</p>"
        + f"</{tag}>" * 100_000
        + "</article>"
    )
    doc = read(tmp_path, f"nested-{tag}.html", html, "--no-claims", process=True)
    text = doc["article"]["text"]
    assert STORY in text and LATER in text
    words = [w for w in text.split() if w[:1] == "w" and w[1:].isdigit()]
    assert words == [f"w{i}" for i in range(100_000)]


def test_deep_nesting_capped_in_the_soup_keeps_blocks_apart():
    """Below the cap, a block's edges and <br> become line ends, so the
    paragraphs of a deeply nested page do not run together."""
    from bs4 import BeautifulSoup

    from declcli.clean.parse import _SOUP_DEPTH, _depth_capped_builder

    html = "<html><body>" + "<span>" * 1000 + "<p>One.</p><p>Two.</p>x<br>y" + "</span>" * 1000 + "</body></html>"
    soup = BeautifulSoup(html, builder=_depth_capped_builder()())
    depth = max(len(list(t.parents)) for t in soup.find_all(True))
    assert depth == _SOUP_DEPTH  # html is one level, body the next
    assert [line for line in soup.get_text().split("\n") if line] == ["One.", "Two.", "x", "y"]


# ------------------------------------------------------------ comments


def test_ten_megabyte_comment_is_never_text(tmp_path):
    """A comment past libxml2's 10,000,000-character limit, in a page under
    --max-bytes: it was read as article text (about 194,000 claims)."""
    filler = "The minister said talks will continue. " * (10_300_000 // 39)
    html = page(f"<article><p>{STORY}</p><!-- {filler} --><p>{LATER}</p></article>")
    assert 10_000_000 < len(html) < 10 * 1024 * 1024
    doc = read(tmp_path, "comment.html", html, "--no-claims")
    assert doc["article"]["text"] == f"{STORY}\n\n{LATER}"


# ------------------------------------------------------------ JSON-LD


def test_jsonld_nested_thousand_deep_is_skipped_and_the_article_kept(tmp_path):
    deep = '<script type="application/ld+json">' + "[" * 1000 + "]" * 1000 + "</script>"
    good = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks in Baku resume",'
        ' "author": {"@type": "Person", "name": "Anna Petrova"}}</script>'
    )
    doc = read(tmp_path, "jsonld.html", page(f"<article><p>{STORY}</p></article>", deep + good), "--no-claims")
    assert STORY in doc["article"]["text"]
    assert doc["article"]["title"] == "Talks in Baku resume"  # the block beside the deep one is read
    assert doc["article"]["authors"] == ["Anna Petrova"]


def test_jsonld_depth_bound():
    from declcli.metadata.jsonld import _JSONLD_DEPTH, _jsonld_items

    ok = "[" * (_JSONLD_DEPTH - 1) + '{"@type": "NewsArticle"}' + "]" * (_JSONLD_DEPTH - 1)
    assert _jsonld_items([ok]) == [{"@type": "NewsArticle"}]
    too_deep = "[" * _JSONLD_DEPTH + '{"@type": "NewsArticle"}' + "]" * _JSONLD_DEPTH
    assert _jsonld_items([too_deep]) == []
    # Brackets inside strings are not nesting.
    assert _jsonld_items(['{"@type": "NewsArticle", "x": "' + "[" * 500 + '\\""}']) != []


# ------------------------------------------------------------ text patterns


@pytest.mark.slow
def test_spacy_batches_are_bounded_in_tokens(monkeypatch):
    """A paragraph of "U.S. U.S. …" comes as pieces of 20,000 characters;
    batched 64 at a time they held 3 GB for 1 MB. No batch the parser sees
    holds more than PARSE_BATCH_TOKENS tokens, and the claims are the same."""
    from declcli.claims import iter_claims
    from declcli.claims import nlp as nlp_module
    from declcli.defaults import PARSE_BATCH_TOKENS
    from declcli.pipeline import iter_sentences

    model = nlp_module.load_model()
    real_pipe = type(model).pipe
    largest = []

    def pipe(self, docs, batch_size=1000, **kwargs):
        docs = list(docs)
        for i in range(0, len(docs), batch_size):
            largest.append(sum(len(d) for d in docs[i : i + batch_size]))
        return real_pipe(self, docs, batch_size=batch_size, **kwargs)

    monkeypatch.setattr(type(model), "pipe", pipe)
    text = "U.S. " * 30_000 + "\n\nThe minister said talks will continue.\n"
    # The claims stage itself, without the pipeline's token budget (claims_extent).
    claims = list(iter_claims(text, iter_sentences(text)))
    assert largest and max(largest) <= PARSE_BATCH_TOKENS
    assert any("talks will continue" in c.text for c in claims)


def test_a_run_without_white_space_reaches_the_tokenizer_in_pieces(monkeypatch):
    """spaCy's tokenizer is quadratic in a string without white space (a
    run of 8,000 quote marks: 5 s): such a string of more than LONG_RUN
    characters is tokenized in pieces of RUN_PIECE, and the Doc's text is
    the text. Ordinary text, a long URL too, is tokenized whole."""
    import re

    from declcli.claims import nlp as nlp_module
    from declcli.defaults import LONG_RUN, RUN_PIECE

    model = nlp_module.load_model()
    real = type(model).make_doc
    given: list[str] = []

    def make_doc(self, text):
        given.append(text)
        return real(self, text)

    monkeypatch.setattr(type(model), "make_doc", make_doc)
    text = 'He said: "' + '"' * 5_000 + " and “" + "”“" * 700 + '" ok.\nNext line.'
    doc = nlp_module.make_doc(model, text)
    assert doc.text == text
    assert len(given) > 1 and max(len(run) for part in given for run in re.findall(r"\S+", part)) <= RUN_PIECE
    given.clear()
    ordinary = f"{STORY} See https://example.com/{'a' * 300}?utm_source=x for more."
    assert LONG_RUN > 320
    assert nlp_module.make_doc(model, ordinary).text == ordinary
    assert given == [ordinary]


def test_claims_extent_counts_words_and_punctuation():
    from declcli.pipeline import claims_extent

    assert claims_extent("a, b.", 2) == 3
    assert claims_extent("a, b.", 4) == 5
    assert claims_extent('"' * 100, 10) == 10
    assert claims_extent("", 0) == 0


def test_claims_stop_at_the_token_budget_and_say_so(tmp_path, monkeypatch):
    """Claims are read up to the budget's word or mark of punctuation
    (defaults.CLAIM_TOKENS; 10 MB of prose took minutes of parsing): no
    claim ends past it, the text before it gives the claims it gave alone,
    the article's text is whole, and stderr says where claims stopped."""
    from declcli import defaults
    from declcli.pipeline import claims_extent

    monkeypatch.setattr(defaults, "CLAIM_TOKENS", 200)
    text = "\n\n".join(f"{STORY} Trade grew by {n} percent, the ministry said." for n in range(40)) + "\n"
    path = tmp_path / "long.txt"
    path.write_text(text)
    res = run_cli("read", path, "-f", "json", timeout=BOUND)
    assert res.returncode == 0, res.stderr[-2000:]
    doc = json.loads(res.stdout)
    extent = claims_extent(text)
    assert 0 < extent < len(text) / 4
    assert doc["article"]["text"] == text.strip()
    assert doc["claims"] and max(c["end"] for c in doc["claims"]) <= extent
    assert f"claims read from the first {extent:,} of {len(doc['article']['text']):,} characters".encode() in res.stderr
    # Within the budget: no note, and the claims before the cut are those the cut gave.
    monkeypatch.setattr(defaults, "CLAIM_TOKENS", 100_000)
    res = run_cli("read", path, "-f", "json", timeout=BOUND)
    assert b"claims read from" not in res.stderr
    whole = json.loads(res.stdout)["claims"]
    assert max(c["end"] for c in whole) > extent
    assert doc["claims"] == [c for c in whole if c["end"] <= extent][: len(doc["claims"])]


# ------------------------------------------------------------ attributes


def test_attributes_past_the_hundredth_are_cut_before_parsing():
    """libxml2 checks each new attribute against the tag's earlier ones (one
    tag of 80,000: a minute): a start tag keeps its first 100 attributes,
    valued, bare or between slashes, and its end; other tags and ordinary
    pages are left as they are."""
    from conftest import ROOT, SEED_HTML

    from declcli.clean.parse import _MOST_ATTRIBUTES, _with_attributes_capped

    kept = " ".join(f'a{i}="x>y"' for i in range(_MOST_ATTRIBUTES))
    flood = f"<p>one</p><article {kept} " + " ".join(f"b{i}='v' c{i} / d{i}=w" for i in range(30_000)) + " /><p>two</p>"
    assert _with_attributes_capped(flood) == f"<p>one</p><article {kept} /><p>two</p>"
    bare = "<div " + " / ".join(f"a{i}" for i in range(150)) + ">ok"
    assert _with_attributes_capped(bare) == "<div " + " / ".join(f"a{i}" for i in range(100)) + ">ok"
    few = "<div " + " ".join(f"a{i}=x" for i in range(_MOST_ATTRIBUTES)) + ">ok</div>"
    assert _with_attributes_capped(few) == few
    for page_path in [*sorted((ROOT / "tests" / "pages").glob("*.html")), SEED_HTML]:
        html = page_path.read_text(encoding="utf-8", errors="replace")
        assert _with_attributes_capped(html) == html, page_path.name


def test_a_tag_with_eighty_thousand_attributes_is_read(tmp_path, monkeypatch):
    """The page libxml2 parses holds the flooded tag with 100 attributes; the story is read."""
    from declcli.clean import parse

    parsed = []
    real = parse._parse

    def spy(html):
        parsed.append(html)
        return real(html)

    monkeypatch.setattr("declcli.clean._parse", spy)
    attrs = " ".join(f"a{i}=x" for i in range(80_000))
    doc = read(tmp_path, "attributes.html", page(f"<article {attrs}><p>{STORY}</p></article>"), "--no-claims")
    assert STORY in doc["article"]["text"]
    assert len(parsed) == 1 and parsed[0].count("=") < 200


# ------------------------------------------------------------ runs of <br>


def test_a_run_of_breaks_keeps_its_first_hundred():
    """The soup makes an object of each <br> (2,000,000 took 48 s and 660
    MB): a run of more than 100, in any spelling, with white space between,
    is cut to its first 100 before parsing. Shorter runs, breaks between
    words and ordinary pages are left as they are."""
    from conftest import ROOT, SEED_HTML

    from declcli.clean.parse import _MOST_BREAKS, _with_break_runs_cut

    first = "<br>\n<BR/> <br class=x></br>" * (_MOST_BREAKS // 4)
    assert _with_break_runs_cut(f"<p>a{first}<br/>\n" * 3 + "<br>" * 10_000 + "b</p>") == f"<p>a{first}" * 3 + "b</p>"
    few = "x" + "<br>" * _MOST_BREAKS + "y" + "<br>x" * 1000
    assert _with_break_runs_cut(few) == few
    assert _with_break_runs_cut("<brand>" * 200) == "<brand>" * 200
    for page_path in [*sorted((ROOT / "tests" / "pages").glob("*.html")), SEED_HTML]:
        html = page_path.read_text(encoding="utf-8", errors="replace")
        assert _with_break_runs_cut(html) == html, page_path.name


def test_breaks_are_counted_in_every_spelling():
    """The pre-check that lets a page with no more than 100 <br> through
    untouched counts "<br" and "</br" in any mix of cases (as the cut itself
    reads them): 101 in a run, mixed, are cut; 100 are left."""
    from declcli.clean.parse import _MOST_BREAKS, _with_break_runs_cut

    half = _MOST_BREAKS // 2
    mixed = "<bR>" * half + "</Br>" * (half + 1)
    assert _with_break_runs_cut(f"a{mixed}b") == "a" + "<bR>" * half + "</Br>" * half + "b"
    exact = "<Br>" * half + "x" + "</bR >" * half
    assert _with_break_runs_cut(exact) == exact


def test_two_million_breaks_give_the_text_of_a_hundred(tmp_path, monkeypatch):
    """The page libxml2 parses holds 100 of the 2,000,000 <br>; the document
    is the one a page with 200 gives."""
    real = __import__("declcli.clean", fromlist=["_parse"])._parse
    parsed = []

    def spy(html):
        parsed.append(html.lower().count("<br"))
        return real(html)

    monkeypatch.setattr("declcli.clean._parse", spy)
    flood = read(tmp_path, "brs.html", page(f"<article><p>{STORY}</p>{'<br>' * 2_000_000}<p>{LATER}</p></article>"))
    assert parsed == [100]
    short = read(tmp_path, "brs-200.html", page(f"<article><p>{STORY}</p>{'<br>' * 200}<p>{LATER}</p></article>"))
    assert flood["article"] == short["article"] and flood["claims"] == short["claims"]
    assert STORY in flood["article"]["text"] and LATER in flood["article"]["text"]
