"""-f markdown-body beside trafilatura's Markdown output, in the same run.

    python benchmarks/markdown_body.py [--pages N] [--no-trafilatura] [--no-same-text]

1. The body's form changes no text: every page of the development sets
   (article-extraction-benchmark and the whole trafilatura-eval-dev) is
   cleaned with and without the form (`clean_html(html, structure=True)`);
   the blocks must be the same on every page. The time the form costs is
   given as a ratio (clean with the form / clean without, best of 3 passes).

2. Headings and list items recovered, on the article-extraction-benchmark
   pages. The truth of a page: its own <h1>-<h6> and <li> elements (the
   <li>'s own text, nested lists left out) of at least two `\\w+` tokens
   whose tokens are those of a whole line of the page's true body
   (ground-truth articleBody, where a heading or an item is a line of its
   own): the headings and list items of the story, not a menu entry or a
   tag whose words the story happens to hold. A tool's
   headings and list items are read back from its Markdown by a CommonMark
   parser (markdown-it), those of two tokens or more as for the truth;
   declcli's first heading, the `# Title` it always
   writes, is left out (the true body holds no headline). One of the
   tool's counts as a true positive when its tokens are those of a truth
   element not yet matched; else a false positive (a heading of the page's
   chrome, or a paragraph's text made a heading); a truth element left
   unmatched is a false negative. Precision, recall and F1 pooled over the
   pages, with bootstrap 95% intervals (benchmarks/extraction.py's).
   As these count the text a tool keeps as much as the form it gives it,
   "form kept" counts, of the truth elements whose text the tool keeps as
   a block of its own (any heading, list item or paragraph), those it
   keeps as a heading (resp. list item).

trafilatura: `trafilatura.extract(html, output_format="markdown")` on the
page decoded as declcli decodes it (its default options: formatting kept,
links not). declcli: the pipeline without claims, with the form
(`process(..., claims=False, structure=True)`), rendered by
`render.to_markdown_body`.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extraction import bootstrap, load_aeb, load_trafilatura, pooled_prf  # noqa: E402

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> str:
    return " ".join(t.casefold() for t in _TOKEN.findall(text or ""))


def truth_elements(html: str, body: str) -> tuple[list[str], list[str]]:
    """The page's headings and list items (token strings) inside its true body."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return [], []
    lines = {tokens(line) for line in body.split("\n")}
    headings, items = [], []
    for el in doc.iter("h1", "h2", "h3", "h4", "h5", "h6", "li"):
        if el.tag == "li":
            # The item's own text: nested lists are items of their own.
            parts = [el.text or ""]
            for child in el:
                if child.tag not in ("ul", "ol"):
                    parts.append(child.text_content() if isinstance(child.tag, str) else "")
                parts.append(child.tail or "")
            text = tokens(" ".join(parts))
        else:
            text = tokens(el.text_content())
        if len(text.split()) >= 2 and text in lines:
            (items if el.tag == "li" else headings).append(text)
    return headings, items


def markdown_elements(markdown: str, skip_title: bool) -> tuple[list[str], list[str], set[str]]:
    """Headings, list items and every block's text (token strings) of a
    Markdown text, read by CommonMark."""
    from markdown_it import MarkdownIt

    found = MarkdownIt("commonmark").parse(markdown or "")
    headings, items, blocks = [], [], set()
    item_open = False
    for i, tok in enumerate(found):
        if tok.type == "list_item_open":
            item_open = True
        elif tok.type == "inline":
            blocks.add(_inline_text(tok))
            if i and found[i - 1].type == "heading_open":
                headings.append(_inline_text(tok))
            elif item_open:
                items.append(_inline_text(tok))
                item_open = False
    if skip_title and headings:
        headings = headings[1:]
    return [h for h in headings if len(h.split()) >= 2], [i for i in items if len(i.split()) >= 2], blocks


def _inline_text(tok) -> str:
    return tokens(" ".join(c.content for c in tok.children or [] if c.type in ("text", "code_inline")))


def match(truth: list[str], found: list[str]) -> tuple[int, int, int]:
    left = list(truth)
    tp = fp = 0
    for f in found:
        if f in left:
            left.remove(f)
            tp += 1
        else:
            fp += 1
    return tp, fp, len(left)


def declcli_markdown(data: bytes) -> str:
    from declcli.errors import DeclError
    from declcli.input.source import classify
    from declcli.model import Source, document_to_dict
    from declcli.pipeline import process, with_blocks
    from declcli.render import to_markdown_body

    try:
        doc = process(classify(Source(kind="file", location="page.html", data=data), "html"), claims=False, structure=True)
    except DeclError:
        return ""
    return to_markdown_body(with_blocks(document_to_dict(doc), doc.article))


def same_text(pages: list[bytes]) -> None:
    from declcli.clean import clean_html
    from declcli.input.decode import decode
    from declcli.input.source import classify
    from declcli.model import Source

    htmls = [decode(classify(Source(kind="file", location="p.html", data=d), "html")) for d in pages]
    differ = [n for n, h in enumerate(htmls) if clean_html(h).blocks != clean_html(h, structure=True).blocks]
    times = {}
    for structure in (False, True, False, True, False, True):
        start = time.perf_counter()
        for h in htmls:
            clean_html(h, structure=structure)
        times[structure] = min(times.get(structure, 1e9), time.perf_counter() - start)
    print(f"## Same text with and without the form: {len(htmls)} pages, {len(differ)} with other blocks {differ[:10]}")
    print(
        f"clean_html: {times[False]:.2f} s without the form, {times[True]:.2f} s with it "
        f"({times[True] / times[False]:.2f}x, best of 3)\n"
    )


def fmt(prf, ci) -> str:
    return " | ".join(f"{v:.3f} [{lo:.3f}, {hi:.3f}]" for v, (lo, hi) in zip(prf, ci, strict=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=0, help="only the first N article-extraction-benchmark pages")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--no-same-text", action="store_true", help="skip part 1")
    args = ap.parse_args()
    aeb = load_aeb()
    pages = aeb.pages[: args.pages] if args.pages else aeb.pages
    if not args.no_same_text:
        same_text([p.html for p in aeb.pages] + [p.html for p in load_trafilatura(split="all").pages])
    tools = {"declcli": lambda html, data: declcli_markdown(data)}
    if not args.no_trafilatura:
        import trafilatura

        tools["trafilatura"] = lambda html, data: trafilatura.extract(html, output_format="markdown") or ""
    from declcli.input.decode import decode
    from declcli.input.source import classify
    from declcli.model import Source

    counts: dict[str, dict[str, list]] = {t: {"headings": [], "items": []} for t in tools}
    formed = {t: {"headings": [0, 0], "items": [0, 0]} for t in tools}  # [text kept, form kept]
    truth_total = {"headings": 0, "items": 0}
    with_structure = 0
    for page in pages:
        html = decode(classify(Source(kind="file", location="p.html", data=page.html), "html"))
        truth_h, truth_i = truth_elements(html, page.truth)
        truth_total["headings"] += len(truth_h)
        truth_total["items"] += len(truth_i)
        with_structure += bool(truth_h or truth_i)
        for name, run in tools.items():
            found_h, found_i, blocks = markdown_elements(run(html, page.html), skip_title=name == "declcli")
            counts[name]["headings"].append(match(truth_h, found_h))
            counts[name]["items"].append(match(truth_i, found_i))
            for kind, truth, found in (("headings", truth_h, found_h), ("items", truth_i, found_i)):
                kept = [t for t in truth if t in blocks]
                formed[name][kind][0] += len(kept)
                formed[name][kind][1] += sum(min(kept.count(t), found.count(t)) for t in set(kept))
    print(
        f"## Headings and list items: {len(pages)} article-extraction-benchmark pages, {with_structure} with any; "
        f"truth {truth_total['headings']} headings, {truth_total['items']} list items\n"
    )
    print("| tool | element | found (TP / FP) | precision | recall | F1 | form kept |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for kind in ("headings", "items"):
        for name in tools:
            c = counts[name][kind]
            tp, fp = sum(x[0] for x in c), sum(x[1] for x in c)
            kept, form = formed[name][kind]
            print(f"| {name} | {kind} | {tp} / {fp} | {fmt(pooled_prf(c), bootstrap(c, pooled_prf))} | {form} of {kept} |")


if __name__ == "__main__":
    main()
