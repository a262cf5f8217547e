"""The whole pipeline against spaCy's own `nlp.pipe` over the same article texts.

    .venv/bin/python benchmarks/claims_speed.py [--dataset PATH] [--repeats 3] [--json]

Over the article-extraction-benchmark pages (gzip HTML, decompressed into
memory before timing), in one process:

- declcli: `process_bytes(data, input_format="html")`, `document_to_dict`
  and `render.to_json`, the whole pipeline as `read -f json` runs it
  (cleaning, metadata, sentences, the spaCy parse, the claims' rules,
  agreements, JSON);
- the peer: `list(nlp.pipe(texts))`, spaCy's own pipeline over the article
  texts declcli extracts from the same pages (found once, untimed), with
  the very pipeline declcli loads (`declcli.claims.nlp.load_model()`: the
  same model and components), cut to the first MAX_TEXT characters as
  declcli's claims stage is.

Each side makes one untimed warm-up pass, then `--repeats` timed passes,
alternating (declcli, peer, declcli, peer, ...) so that drift on a shared
machine hits both alike; pages/s is from the median pass, and the spread
(min-max) of the passes is printed too. The ratio is declcli / peer pages/s
(higher is better; goal >= 0.75x: declcli's rules and I/O cost at most a
third on top of the parse). For comparison, with no goal: `nlp.pipe` over the
paragraphs declcli itself hands to spaCy (shorter Docs, batched with less
padding than whole articles), timed in the same rounds.

declcli's time is also broken down by stage in a separate pass: clean +
metadata, sentences, the spaCy parse of the paragraphs (`parse_paragraphs`,
consumed without the rules), the claims' rules and agreements (the claims
stage minus that parse), and `document_to_dict` + `to_json`.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

from throughput import DEFAULT_DATASET, load_pages  # the same pages, read the same way

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def article_texts(pages) -> list[str]:
    """The body text declcli extracts from each page (pages without one give none)."""
    from declcli.claims import MAX_TEXT
    from declcli.errors import DeclError
    from declcli.input.source import classify
    from declcli.model import Source
    from declcli.pipeline import extract_article

    texts = []
    for pid, data in pages:
        with contextlib.suppress(DeclError):
            texts.append(extract_article(classify(Source(kind="file", location=pid, data=data), "html")).text[:MAX_TEXT])
    return texts


def paragraph_texts(texts) -> list[str]:
    """The pieces declcli hands to spaCy: each article text's paragraphs (or
    pieces of at most MAX_PIECE characters), as `claims.iter_claims` cuts them."""
    from declcli.claims import _paragraphs
    from declcli.sentences import split_sentences

    return [piece for text in texts for piece, _, _ in _paragraphs(text, split_sentences(text))]


def declcli_pass(pages) -> list:
    from declcli.errors import DeclError
    from declcli.model import document_to_dict
    from declcli.pipeline import process_bytes
    from declcli.render import to_json

    failed = []
    for pid, data in pages:
        try:
            to_json(document_to_dict(process_bytes(data, location=pid, input_format="html")))
        except DeclError as err:  # a page without article text is an answer, not a crash
            failed.append((pid, f"{type(err).__name__}: {err}"))
    return failed


def spacy_pass(texts) -> int:
    from declcli.claims.nlp import load_model

    nlp = load_model()
    return sum(len(doc) for doc in nlp.pipe(texts))


def declcli_stages(pages) -> dict[str, float]:
    """Seconds per stage over all pages, in one pass."""
    from declcli.claims import _paragraphs, extract_claims
    from declcli.claims.agreements import find_agreements
    from declcli.claims.nlp import parse_paragraphs
    from declcli.errors import DeclError
    from declcli.input.source import classify
    from declcli.model import Document, Source, document_to_dict
    from declcli.pipeline import extract_article
    from declcli.render import to_json
    from declcli.sentences import split_sentences

    clock = time.perf_counter
    t = {"clean+metadata": 0.0, "sentences": 0.0, "spaCy parse": 0.0, "claims rules+agreements": 0.0, "dict+json": 0.0}
    for pid, data in pages:
        t0 = clock()
        try:
            source = classify(Source(kind="file", location=pid, data=data), "html")
            article = extract_article(source)
        except DeclError:
            continue
        t1 = clock()
        sentences = split_sentences(article.text)
        t2 = clock()
        for _ in parse_paragraphs(_paragraphs(article.text, sentences)):
            pass
        t3 = clock()
        claims = extract_claims(article.text, sentences, published=article.published)
        agreements = find_agreements(claims)
        t4 = clock()
        to_json(document_to_dict(Document(source=source, article=article, claims=claims, agreements=agreements)))
        t5 = clock()
        t["clean+metadata"] += t1 - t0
        t["sentences"] += t2 - t1
        t["spaCy parse"] += t3 - t2
        t["claims rules+agreements"] += (t4 - t3) - (t3 - t2)  # the claims stage parses again: its parse is taken off
        t["dict+json"] += t5 - t4
    return t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--repeats", type=int, default=3, help="timed passes per side (median reported)")
    ap.add_argument("--no-stages", action="store_true", help="skip the breakdown by stage")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)

    if not (args.dataset / "html").is_dir() or not any((args.dataset / "html").glob("*.html.gz")):
        print(
            f"claims_speed.py: skipped: benchmark pages not found under {args.dataset / 'html'} "
            f"(expected ../shared/datasets/article-extraction-benchmark/html/*.html.gz)",
            file=sys.stderr,
        )
        return 0
    from declcli.claims.nlp import load_model, model_name

    load = os.getloadavg()[0]
    nlp = load_model()
    pages = load_pages(args.dataset)
    texts = article_texts(pages)
    paragraphs = paragraph_texts(texts)
    n, chars = len(pages), sum(map(len, texts))

    declcli_pass(pages)  # warm-up: word lists, gazetteer, patterns, the model's first batches
    spacy_pass(texts)
    ours, peer, by_paragraph = [], [], []
    failed = []
    for _ in range(args.repeats):
        for side, fn, arg in (
            ("declcli", declcli_pass, pages),
            ("spacy", spacy_pass, texts),
            ("paragraphs", spacy_pass, paragraphs),
        ):
            gc.collect()
            start = time.perf_counter()
            result = fn(arg)
            elapsed = time.perf_counter() - start
            if side == "declcli":
                ours.append(elapsed)
                failed = result
            elif side == "spacy":
                peer.append(elapsed)
            else:
                by_paragraph.append(elapsed)
    stages = None if args.no_stages else declcli_stages(pages)

    # pages/s over the same pages: the peer parses the text of every page that has one.
    ours_rate = n / statistics.median(ours)
    peer_rate = n / statistics.median(peer)
    ratio = ours_rate / peer_rate
    ratios = [(n / o) / (n / p) for o, p in zip(ours, peer, strict=False)]
    paragraph_rate = n / statistics.median(by_paragraph)
    result = {
        "benchmark": "claims_speed",
        "pages": n,
        "texts": len(texts),
        "characters": chars,
        "repeats": args.repeats,
        "cpus": os.cpu_count(),
        "load_average_at_start": load,
        "model": model_name(),
        "pipe_names": list(nlp.pipe_names),
        "declcli_pages_per_s": ours_rate,
        "spacy_pipe_pages_per_s": peer_rate,
        "ratio": ratio,
        "ratio_per_round": ratios,
        "goal_min_ratio": 0.75,
        "met": ratio >= 0.75,
        "spacy_pipe_over_paragraphs_pages_per_s": paragraph_rate,
        "paragraphs": len(paragraphs),
        "ratio_to_pipe_over_paragraphs": ours_rate / paragraph_rate,
        "declcli_pass_s": ours,
        "spacy_pass_s": peer,
        "spacy_paragraphs_pass_s": by_paragraph,
        "declcli_stages_s": stages,
        "declcli_failed": failed,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"whole pipeline vs spaCy nlp.pipe, one process, {n} pages ({len(texts)} article texts, "
        f"{chars / 1e6:.2f} M characters), median of {args.repeats} passes after a warm-up "
        f"({os.cpu_count()} cpus, load average {load:.2f} at start)"
    )
    print(f"model {model_name()}, components {', '.join(nlp.pipe_names)}")
    print(f"{'declcli pages/s':>16} {'nlp.pipe pages/s':>17} {'ratio':>7}  goal")
    print(f"{ours_rate:16.1f} {peer_rate:17.1f} {ratio:6.2f}x  >= 0.75x {'ok' if ratio >= 0.75 else 'MISSED'}")
    print(
        f"{'':16} {paragraph_rate:17.1f} {ours_rate / paragraph_rate:6.2f}x  (no goal: nlp.pipe over the "
        f"{len(paragraphs)} paragraphs declcli hands to spaCy, shorter Docs than whole texts)"
    )
    print(
        f"passes (s): declcli {', '.join(f'{x:.2f}' for x in ours)}; nlp.pipe {', '.join(f'{x:.2f}' for x in peer)}; "
        f"nlp.pipe over paragraphs {', '.join(f'{x:.2f}' for x in by_paragraph)}; "
        f"ratio per round {min(ratios):.2f}-{max(ratios):.2f}x"
    )
    if stages:
        total = sum(stages.values())
        print("\ndeclcli by stage (one separate pass)")
        print(f"{'stage':<24} {'s':>7} {'share':>6} {'ms/page':>8}")
        for k, v in stages.items():
            print(f"{k:<24} {v:7.2f} {v / total:6.1%} {v / n * 1000:8.1f}")
    if failed:
        print(f"declcli: {len(failed)} pages without an article: " + "; ".join(f"{p} ({e})" for p, e in failed[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
