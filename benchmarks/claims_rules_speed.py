"""CPU time of the claims' rules alone, spaCy's parse taken out, and a snapshot of the output.

    .venv/bin/python benchmarks/claims_rules_speed.py [--rounds 3] [--pages N] [--profile FILE]
    .venv/bin/python benchmarks/claims_rules_speed.py --snapshot FILE   # the output to compare

Timing: the article texts of the article-extraction-benchmark pages (as claims_speed.py finds them)
are cut into paragraphs and parsed once, untimed; then each round reads the claims and agreements of
every text from fresh copies of those Docs (`iter_claims` with `parse_paragraphs` answering from the
copies, and the agreement finder), and reports the CPU time (`time.process_time`, so that other
processes on a loaded machine count less than in wall time) per page. Agreements parse some claims
again with spaCy: that parse is in the figure, as it is in claims_speed.py's "claims rules+agreements"
stage. `--profile FILE` writes cProfile's statistics of one more round.

Snapshot: `read -f json` of every tune and dev article text of benchmarks/claims_real (as the CLI
reads a text file), the claims and agreements the eval reads (with each article's reference date),
and the whole pipeline's JSON of each benchmark page, in one file: a change meant to keep the output
must leave it byte-identical (`cmp`). Test parts that are not in tune are never read.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import json
import statistics
import sys
import time
from dataclasses import asdict
from itertools import takewhile
from pathlib import Path

from claims_real_eval import PARTS, SET
from throughput import DEFAULT_DATASET, load_pages

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def tune_articles() -> list[tuple[str, str, str | None]]:
    """(id, text, reference date) of the tune articles (dev among them)."""
    out = []
    for meta_path in sorted((SET / "articles").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["part"] in PARTS["tune"]:
            text = (SET / "articles" / f"{meta['id']}.txt").read_text(encoding="utf-8")[:-1]
            out.append((meta["id"], text, meta.get("reference_date")))
    return out


def snapshot(path: Path, pages) -> None:
    from declcli.errors import DeclError
    from declcli.model import Article, document_to_dict
    from declcli.pipeline import analyze, process_bytes
    from declcli.render import to_json

    with path.open("w", encoding="utf-8") as out:
        for aid, text, ref in tune_articles():
            out.write(f"== {aid} read\n")
            out.write(to_json(document_to_dict(process_bytes(text.encode(), location=aid, input_format="text"))) + "\n")
            claims, agreements = analyze(Article(text=text), ref)
            out.write(f"== {aid} eval {ref}\n")
            out.write(json.dumps([asdict(c) for c in claims], ensure_ascii=False) + "\n")
            out.write(json.dumps([asdict(a) for a in agreements], ensure_ascii=False, default=str) + "\n")
        for pid, data in pages:
            out.write(f"== page {pid}\n")
            try:
                out.write(to_json(document_to_dict(process_bytes(data, location=pid, input_format="html"))) + "\n")
            except DeclError as err:
                out.write(f"error {type(err).__name__}\n")


def parsed_pages(pages) -> list:
    """(text, published, sentences, [(doc, payload)]) per page with an article text."""
    from declcli.claims import _paragraphs
    from declcli.claims.nlp import parse_paragraphs
    from declcli.errors import DeclError
    from declcli.input.source import classify
    from declcli.model import Source
    from declcli.pipeline import claims_extent, extract_article
    from declcli.sentences import split_sentences

    out = []
    for pid, data in pages:
        with contextlib.suppress(DeclError):
            article = extract_article(classify(Source(kind="file", location=pid, data=data), "html"))
            extent = claims_extent(article.text)
            sentences = list(takewhile(lambda s, extent=extent: s.end <= extent, split_sentences(article.text)))
            docs = list(parse_paragraphs(_paragraphs(article.text, sentences)))
            out.append((article.text, article.published, sentences, docs))
    return out


def rules_round(parsed, profile: cProfile.Profile | None = None) -> float:
    """CPU seconds of the rules and agreements over every parsed text, from fresh copies of its Docs."""
    import declcli.claims.nlp as nlp
    from declcli.claims import iter_claims
    from declcli.claims.agreements import AgreementFinder

    total = 0.0
    real = nlp.parse_paragraphs
    try:
        for text, published, sentences, docs in parsed:
            copies = [(doc.copy(), payload) for doc, payload in docs]
            for doc, _ in copies:
                doc.user_data.clear()  # nothing kept from an earlier round
            nlp.parse_paragraphs = lambda paragraphs, batch_size=0, copies=copies: iter(copies)
            gc.collect()
            start = time.process_time()
            if profile is not None:
                profile.enable()
            finder = AgreementFinder(text)
            for claim in iter_claims(text, iter(sentences), published=published):
                finder.add(claim)
            if profile is not None:
                profile.disable()
            total += time.process_time() - start
    finally:
        nlp.parse_paragraphs = real
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pages", type=int, default=None, help="only the first N pages")
    ap.add_argument("--profile", type=Path, help="write cProfile statistics of one more round here")
    ap.add_argument("--snapshot", type=Path, help="write the output to compare here, and time nothing")
    args = ap.parse_args(argv)
    if not (args.dataset / "html").is_dir():
        print(f"claims_rules_speed.py: skipped: no benchmark pages under {args.dataset / 'html'}", file=sys.stderr)
        return 0
    pages = load_pages(args.dataset)[: args.pages]
    if args.snapshot:
        snapshot(args.snapshot, pages)
        return 0
    parsed = parsed_pages(pages)
    rules_round(parsed)  # warm-up: word lists, gazetteer, patterns
    rounds = [rules_round(parsed) for _ in range(args.rounds)]
    n = len(parsed)
    print(
        f"claims' rules and agreements, spaCy's parse taken out: {n} texts, CPU ms a page per round "
        + " ".join(f"{r / n * 1000:.1f}" for r in rounds)
        + f"; median {statistics.median(rounds) / n * 1000:.1f}"
    )
    if args.profile:
        profile = cProfile.Profile()
        rules_round(parsed, profile)
        profile.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
